//! Drawing one frame of the map on a 2D canvas: links batched by style, nodes by shape, then
//! labels placed without overlap, the focus ring and the hover tooltip in screen space.

use crate::network::camera::Camera;
use crate::network::graph::{EdgeKind, Network};
use crate::network::labels::{place, Rect};
use crate::network::style::{edge_color, edge_stroke, shape, Shape};
use std::fmt::Write;
use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, Path2d};

pub struct Frame<'a> {
    pub ctx: &'a CanvasRenderingContext2d,
    pub net: &'a Network,
    pub positions: &'a [[f32; 2]],
    pub world: f32,
    pub camera: Camera,
    pub size: [f32; 2],
    pub dpr: f32,
    pub shown: &'a [bool],
    pub radii: &'a [f32],
    pub colors: &'a [&'static str],
    pub highlight: Option<&'a [bool]>,
    pub selected: Option<usize>,
    pub focus: Option<usize>,
    pub hover: Option<usize>,
    pub label_width: &'a [f32],
    /// The hovered node with its name and a detail line.
    pub tooltip: Option<(usize, String, String)>,
    /// The layout is moving: only the most important labels are placed.
    pub moving: bool,
    pub pinned: &'a dyn Fn(usize) -> bool,
}

/// Links drawn in one batch each: every kind's style.
const EDGE_KINDS: [fn(EdgeKind) -> bool; 5] = [
    |k| matches!(k, EdgeKind::Theme),
    |k| matches!(k, EdgeKind::Role(crate::model::ActorRole::Funder)),
    |k| matches!(k, EdgeKind::Role(crate::model::ActorRole::Partner)),
    |k| matches!(k, EdgeKind::Role(crate::model::ActorRole::Lead)),
    |k| matches!(k, EdgeKind::Relation(_)),
];

/// Path coordinates are written as integers in tenths of a world unit: formatting integers
/// is several times faster than floats, and a tenth is finer than a pixel up to zoom 10.
const SUB: f32 = 10.0;
/// A kind of link with more visible links than this is drawn solid: dashing tens of thousands
/// of segments costs more than a frame. Kinds are counted apart, so the few funder links of a
/// big map keep their dashes; widths and shades still tell the rest apart.
const MAX_DASHED: usize = 4000;

pub fn draw(f: &Frame) {
    let ctx = f.ctx;
    let z = f.camera.zoom;
    let _ = ctx.set_transform(f.dpr as f64, 0.0, 0.0, f.dpr as f64, 0.0, 0.0);
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, f.size[0] as f64, f.size[1] as f64);
    // World transform: screen = (world − camera) · zoom + centre, in path units of 1/SUB.
    let (ox, oy) = (
        f.size[0] / 2.0 - f.camera.x * z,
        f.size[1] / 2.0 - f.camera.y * z,
    );
    let scale = (f.dpr * z / SUB) as f64;
    let _ = ctx.set_transform(
        scale,
        0.0,
        0.0,
        scale,
        (f.dpr * ox) as f64,
        (f.dpr * oy) as f64,
    );
    let unit = SUB / z;
    let p = |i: usize| {
        [
            (f.positions[i][0] * f.world * SUB).round() as i32,
            (f.positions[i][1] * f.world * SUB).round() as i32,
        ]
    };
    let lit = |i: usize| f.highlight.is_none_or(|h| h[i]);
    let mut per_kind = [0usize; EDGE_KINDS.len()];
    for e in f
        .net
        .edges
        .iter()
        .filter(|e| f.shown[e.a as usize] && f.shown[e.b as usize])
    {
        if let Some(k) = EDGE_KINDS.iter().position(|is| is(e.kind)) {
            per_kind[k] += 1;
        }
    }
    let mut path = String::new();
    for pass_dim in [true, false] {
        if f.highlight.is_none() && pass_dim {
            continue;
        }
        ctx.set_global_alpha(if pass_dim { 0.15 } else { 1.0 });
        for (kind_no, is_kind) in EDGE_KINDS.iter().enumerate() {
            let mut style = None;
            path.clear();
            for e in &f.net.edges {
                let (a, b) = (e.a as usize, e.b as usize);
                if !is_kind(e.kind) || !f.shown[a] || !f.shown[b] || (lit(a) && lit(b)) == pass_dim
                {
                    continue;
                }
                style = Some(e.kind);
                let (pa, pb) = (p(a), p(b));
                let _ = write!(path, "M{} {}L{} {}", pa[0], pa[1], pb[0], pb[1]);
            }
            if let (Some(kind), Ok(p2d)) = (style, Path2d::new_with_path_string(&path)) {
                let (width, dash) = edge_stroke(kind);
                let dash: js_sys::Array = if per_kind[kind_no] <= MAX_DASHED {
                    dash.iter()
                        .map(|d| JsValue::from_f64((*d * unit) as f64))
                        .collect()
                } else {
                    js_sys::Array::new()
                };
                let _ = ctx.set_line_dash(&dash);
                ctx.set_line_width((width * unit) as f64);
                ctx.set_stroke_style_str(edge_color(kind));
                ctx.stroke_with_path(&p2d);
            }
        }
    }
    let _ = ctx.set_line_dash(&js_sys::Array::new());
    ctx.set_line_width((1.5 * unit) as f64);
    ctx.set_stroke_style_str("#ffffff");
    // Nodes in one path per shape, colour and highlight: a handful of canvas calls in all.
    let mut order: Vec<(bool, &'static str, u8, usize)> = (0..f.net.nodes.len())
        .filter(|i| f.shown[*i])
        .map(|i| {
            (
                lit(i),
                f.colors[i],
                shape(f.net.nodes[i].key.kind()) as u8,
                i,
            )
        })
        .collect();
    order.sort_unstable();
    let mut k = 0;
    while k < order.len() {
        let (is_lit, color, _, _) = order[k];
        path.clear();
        while k < order.len() && order[k].0 == is_lit && order[k].1 == color {
            let i = order[k].3;
            node_path(
                &mut path,
                shape(f.net.nodes[i].key.kind()),
                p(i),
                f.radii[i] * SUB,
            );
            k += 1;
        }
        if let Ok(p2d) = Path2d::new_with_path_string(&path) {
            ctx.set_global_alpha(if is_lit { 1.0 } else { 0.25 });
            ctx.set_fill_style_str(color);
            ctx.fill_with_path_2d(&p2d);
            ctx.stroke_with_path(&p2d);
        }
    }
    ctx.set_global_alpha(1.0);
    // Pinned nodes get a small dark dot, so "stays where I put it" is visible.
    path.clear();
    for i in (0..f.net.nodes.len()).filter(|i| f.shown[*i] && (f.pinned)(*i)) {
        node_path(&mut path, Shape::Circle, p(i), (2.0 * unit).max(0.5 * SUB));
    }
    if let Ok(p2d) = Path2d::new_with_path_string(&path) {
        ctx.set_fill_style_str("#1a1a1a");
        ctx.fill_with_path_2d(&p2d);
    }
    let p = |i: usize| [f.positions[i][0] * f.world, f.positions[i][1] * f.world];
    // Screen space from here on.
    let _ = ctx.set_transform(f.dpr as f64, 0.0, 0.0, f.dpr as f64, 0.0, 0.0);
    let screen = |i: usize| f.camera.world_to_screen(p(i), f.size);
    for (i, width, color) in [(f.selected, 3.0, "#1a1a1a"), (f.focus, 3.0, "#b3001b")]
        .into_iter()
        .filter_map(|(i, w, c)| i.filter(|i| f.shown[*i]).map(|i| (i, w, c)))
    {
        let s = screen(i);
        let r = (f.radii[i] * z).max(4.0) + 5.0;
        ctx.set_line_width(width + 3.0);
        ctx.set_stroke_style_str("#ffffff");
        ring(ctx, s, r);
        ctx.set_line_width(width);
        ctx.set_stroke_style_str(color);
        ring(ctx, s, r);
    }
    labels(f, &screen);
    if let Some((i, name, detail)) = &f.tooltip {
        tooltip(f, screen(*i), f.radii[*i] * z, name, detail);
    }
}

/// A two-line box beside the hovered node, kept inside the canvas.
fn tooltip(f: &Frame, at: [f32; 2], r: f32, name: &str, detail: &str) {
    let ctx = f.ctx;
    ctx.set_font("bold 13px system-ui, sans-serif");
    let w1 = ctx.measure_text(name).map(|m| m.width()).unwrap_or(0.0);
    ctx.set_font("12px system-ui, sans-serif");
    let w2 = ctx.measure_text(detail).map(|m| m.width()).unwrap_or(0.0);
    let (w, h) = (w1.max(w2) + 16.0, 42.0);
    let (ax, ay, r) = (at[0] as f64, at[1] as f64, r.max(4.0) as f64);
    let (cw, ch) = (f.size[0] as f64, f.size[1] as f64);
    let mut x = ax + r + 8.0;
    if x + w > cw {
        x = ax - r - 8.0 - w;
    }
    let x = x.max(2.0);
    let y = (ay - h / 2.0).clamp(2.0, (ch - h - 2.0).max(2.0));
    ctx.set_fill_style_str("#1a1a1a");
    ctx.fill_rect(x, y, w, h);
    ctx.set_fill_style_str("#ffffff");
    ctx.set_font("bold 13px system-ui, sans-serif");
    let _ = ctx.fill_text(name, x + 8.0, y + 17.0);
    ctx.set_font("12px system-ui, sans-serif");
    let _ = ctx.fill_text(detail, x + 8.0, y + 34.0);
}

/// Appends a node's outline (in path units) to an SVG path string.
fn node_path(path: &mut String, s: Shape, c: [i32; 2], r: f32) {
    let (x, y) = (c[0], c[1]);
    let _ = match s {
        Shape::Circle => {
            let r = r.round().max(1.0) as i32;
            write!(
                path,
                "M{} {}A{r} {r} 0 1 0 {} {}A{r} {r} 0 1 0 {} {}Z",
                x + r,
                y,
                x - r,
                y,
                x + r,
                y
            )
        }
        Shape::Square => {
            let r = r.round().max(1.0) as i32;
            write!(path, "M{} {}h{}v{}h{}Z", x - r, y - r, 2 * r, 2 * r, -2 * r)
        }
        Shape::Diamond => {
            let d = (r * 1.3).round().max(1.0) as i32;
            write!(
                path,
                "M{} {}L{} {}L{} {}L{} {}Z",
                x,
                y - d,
                x + d,
                y,
                x,
                y + d,
                x - d,
                y
            )
        }
    };
}

fn ring(ctx: &CanvasRenderingContext2d, c: [f32; 2], r: f32) {
    ctx.begin_path();
    let _ = ctx.arc(
        c[0] as f64,
        c[1] as f64,
        r as f64,
        0.0,
        std::f64::consts::TAU,
    );
    ctx.stroke();
}

/// Labels by importance — hover, selection, focus, the highlighted neighbourhood, then by
/// number of links — each shown only where it does not overlap one already placed.
fn labels(f: &Frame, screen: &dyn Fn(usize) -> [f32; 2]) {
    let ctx = f.ctx;
    let z = f.camera.zoom;
    let mut order: Vec<usize> = (0..f.net.nodes.len())
        .filter(|i| f.shown[*i])
        .filter(|i| {
            let s = screen(*i);
            s[0] > -200.0 && s[1] > -20.0 && s[0] < f.size[0] + 20.0 && s[1] < f.size[1] + 20.0
        })
        .collect();
    let rank = |i: usize| {
        let special = [f.hover, f.selected, f.focus]
            .iter()
            .position(|x| *x == Some(i));
        let lit = f.highlight.is_some_and(|h| h[i]);
        (special.unwrap_or(9), !lit, usize::MAX - f.net.degree(i))
    };
    order.sort_by_key(|i| rank(*i));
    // Small nodes at low zoom get no label unless they matter.
    order
        .retain(|i| rank(*i).0 < 9 || f.highlight.is_some_and(|h| h[*i]) || f.radii[*i] * z >= 5.0);
    order.truncate(if f.moving { 40 } else { 600 });
    let boxes: Vec<Rect> = order
        .iter()
        .map(|i| {
            let s = screen(*i);
            let r = (f.radii[*i] * z).max(3.0);
            Rect {
                x: s[0] + r + 3.0,
                y: s[1] - 8.0,
                w: f.label_width[*i].max(0.0) + 4.0,
                h: 16.0,
            }
        })
        .collect();
    let keep = place(&boxes);
    ctx.set_font("12px system-ui, sans-serif");
    ctx.set_line_width(3.0);
    ctx.set_stroke_style_str("#ffffff");
    ctx.set_fill_style_str("#1a1a1a");
    for (k, i) in order.iter().enumerate().filter(|(k, _)| keep[*k]) {
        let b = boxes[k];
        let label = &f.net.nodes[*i].label;
        let (x, y) = ((b.x + 2.0) as f64, (b.y + 12.0) as f64);
        let _ = ctx.stroke_text(label, x, y);
        let _ = ctx.fill_text(label, x, y);
    }
}
