//! The current view as a standalone SVG document (the "export as SVG" button): the same
//! shapes, colours and dash patterns as the canvas, every text escaped.

use super::graph::Network;
use super::style::{edge_color, edge_stroke, shape, Shape};

/// What to draw: per node its visibility, position, radius, colour and whether its label
/// shows; `title` becomes the document's `<title>`.
pub struct Scene<'a> {
    pub net: &'a Network,
    pub visible: &'a [bool],
    pub positions: &'a [[f32; 2]],
    pub radii: &'a [f32],
    pub colors: &'a [&'static str],
    pub labels: &'a [bool],
    pub title: &'a str,
}

/// Escapes text for XML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

pub fn to_svg(s: &Scene) -> String {
    let shown = |i: usize| s.visible.get(i).copied().unwrap_or(false);
    let (mut lo, mut hi) = ([f32::MAX; 2], [f32::MIN; 2]);
    for (i, p) in s.positions.iter().enumerate().filter(|(i, _)| shown(*i)) {
        let r = s.radii[i] + 4.0;
        lo = [lo[0].min(p[0] - r), lo[1].min(p[1] - r)];
        hi = [hi[0].max(p[0] + r + 120.0), hi[1].max(p[1] + r)];
    }
    if lo[0] > hi[0] {
        (lo, hi) = ([0.0, 0.0], [100.0, 100.0]);
    }
    let (w, h) = (hi[0] - lo[0], hi[1] - lo[1]);
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{:.1} {:.1} {:.1} {:.1}\" \
         width=\"{:.0}\" height=\"{:.0}\" font-family=\"system-ui, sans-serif\" \
         role=\"img\" aria-labelledby=\"title\">\n<title id=\"title\">{}</title>\n\
         <rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#ffffff\"/>\n<g>\n",
        lo[0],
        lo[1],
        w,
        h,
        w,
        h,
        escape(s.title),
        lo[0],
        lo[1],
        w,
        h
    );
    for e in &s.net.edges {
        let (a, b) = (e.a as usize, e.b as usize);
        if !shown(a) || !shown(b) {
            continue;
        }
        let (width, dash) = edge_stroke(e.kind);
        let dash = if dash.is_empty() {
            String::new()
        } else {
            let d: Vec<String> = dash.iter().map(|x| x.to_string()).collect();
            format!(" stroke-dasharray=\"{}\"", d.join(" "))
        };
        let (pa, pb) = (s.positions[a], s.positions[b]);
        out.push_str(&format!(
            "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{}\" \
             stroke-width=\"{width}\"{dash}/>\n",
            pa[0],
            pa[1],
            pb[0],
            pb[1],
            edge_color(e.kind)
        ));
    }
    out.push_str("</g>\n<g stroke=\"#ffffff\" stroke-width=\"1.5\">\n");
    for (i, node) in s.net.nodes.iter().enumerate().filter(|(i, _)| shown(*i)) {
        let [x, y] = s.positions[i];
        let r = s.radii[i];
        let fill = s.colors[i];
        let label = escape(&node.label);
        out.push_str(&match shape(node.key.kind()) {
            Shape::Circle => format!(
                "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r:.1}\" fill=\"{fill}\">\
                 <title>{label}</title></circle>\n"
            ),
            Shape::Square => format!(
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{fill}\">\
                 <title>{label}</title></rect>\n",
                x - r,
                y - r,
                2.0 * r,
                2.0 * r
            ),
            Shape::Diamond => format!(
                "<polygon points=\"{x:.1},{:.1} {:.1},{y:.1} {x:.1},{:.1} {:.1},{y:.1}\" \
                 fill=\"{fill}\"><title>{label}</title></polygon>\n",
                y - r * 1.3,
                x + r * 1.3,
                y + r * 1.3,
                x - r * 1.3
            ),
        });
    }
    out.push_str("</g>\n<g font-size=\"11\" fill=\"#1a1a1a\">\n");
    for (i, node) in s.net.nodes.iter().enumerate() {
        if shown(i) && s.labels.get(i).copied().unwrap_or(false) {
            let [x, y] = s.positions[i];
            out.push_str(&format!(
                "<text x=\"{:.1}\" y=\"{:.1}\">{}</text>\n",
                x + s.radii[i] + 3.0,
                y + 4.0,
                escape(&node.label)
            ));
        }
    }
    out.push_str("</g>\n</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::graph::tests::fixture;

    #[test]
    fn draws_what_is_visible_and_escapes_text() {
        let mut data = fixture();
        data.input.projects[0].name = "<script>alert(1)</script> & \"co\"".into();
        let net = Network::build(&data);
        let n = net.nodes.len();
        let mut visible = vec![true; n];
        visible[5] = false;
        let positions: Vec<[f32; 2]> = (0..n).map(|i| [i as f32 * 30.0, 10.0]).collect();
        let svg = to_svg(&Scene {
            net: &net,
            visible: &visible,
            positions: &positions,
            radii: &vec![6.0; n],
            colors: &vec!["#0b5cad"; n],
            labels: &vec![true; n],
            title: "Vaaralahti <verkosto>",
        });
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;"));
        assert!(svg.contains("<title id=\"title\">Vaaralahti &lt;verkosto&gt;</title>"));
        assert_eq!(svg.matches("<circle").count(), 2, "two projects");
        assert_eq!(
            svg.matches("<rect x").count(),
            1 + 2,
            "background and two actors"
        );
        assert_eq!(
            svg.matches("<polygon").count(),
            1,
            "the hidden theme is left out"
        );
        assert_eq!(svg.matches("<line").count(), 6);
        assert!(
            svg.contains("stroke-dasharray=\"6 4\""),
            "theme links dashed"
        );
        assert!(!svg.contains("NaN"));
    }

    #[test]
    fn an_empty_view_is_still_a_valid_document() {
        let net = Network::default();
        let svg = to_svg(&Scene {
            net: &net,
            visible: &[],
            positions: &[],
            radii: &[],
            colors: &[],
            labels: &[],
            title: "",
        });
        assert!(svg.contains("viewBox=\"0.0 0.0 100.0 100.0\"") && svg.ends_with("</svg>\n"));
    }
}
