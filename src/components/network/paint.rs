//! Drawing one frame of the map on a 2D canvas: links batched by style, nodes by shape, then
//! labels placed without overlap, the focus ring and the hover tooltip in screen space.

use crate::network::camera::Camera;
use crate::network::graph::{EdgeKind, Network};
use crate::network::labels::{place, Rect};
use crate::network::style::{edge_color, edge_stroke, shape, Shape};
use wasm_bindgen::JsValue;
use web_sys::CanvasRenderingContext2d;

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

pub fn draw(f: &Frame) {
    let ctx = f.ctx;
    let z = f.camera.zoom;
    let _ = ctx.set_transform(f.dpr as f64, 0.0, 0.0, f.dpr as f64, 0.0, 0.0);
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, f.size[0] as f64, f.size[1] as f64);
    // World transform: screen = (world − camera) · zoom + centre.
    let (ox, oy) = (
        f.size[0] / 2.0 - f.camera.x * z,
        f.size[1] / 2.0 - f.camera.y * z,
    );
    let _ = ctx.set_transform(
        (f.dpr * z) as f64,
        0.0,
        0.0,
        (f.dpr * z) as f64,
        (f.dpr * ox) as f64,
        (f.dpr * oy) as f64,
    );
    let p = |i: usize| [f.positions[i][0] * f.world, f.positions[i][1] * f.world];
    let lit = |i: usize| f.highlight.is_none_or(|h| h[i]);
    for pass_dim in [true, false] {
        if f.highlight.is_none() && pass_dim {
            continue;
        }
        ctx.set_global_alpha(if pass_dim { 0.15 } else { 1.0 });
        for is_kind in EDGE_KINDS {
            let mut style = None;
            ctx.begin_path();
            for e in &f.net.edges {
                let (a, b) = (e.a as usize, e.b as usize);
                if !is_kind(e.kind) || !f.shown[a] || !f.shown[b] || (lit(a) && lit(b)) == pass_dim
                {
                    continue;
                }
                style = Some(e.kind);
                let (pa, pb) = (p(a), p(b));
                ctx.move_to(pa[0] as f64, pa[1] as f64);
                ctx.line_to(pb[0] as f64, pb[1] as f64);
            }
            if let Some(kind) = style {
                let (width, dash) = edge_stroke(kind);
                let dash: js_sys::Array = dash
                    .iter()
                    .map(|d| JsValue::from_f64((*d / z) as f64))
                    .collect();
                let _ = ctx.set_line_dash(&dash);
                ctx.set_line_width((width / z) as f64);
                ctx.set_stroke_style_str(edge_color(kind));
                ctx.stroke();
            }
        }
    }
    let _ = ctx.set_line_dash(&js_sys::Array::new());
    ctx.set_line_width((1.5 / z) as f64);
    ctx.set_stroke_style_str("#ffffff");
    for i in (0..f.net.nodes.len()).filter(|i| f.shown[*i]) {
        ctx.set_global_alpha(if lit(i) { 1.0 } else { 0.25 });
        ctx.set_fill_style_str(f.colors[i]);
        node_path(ctx, shape(f.net.nodes[i].key.kind()), p(i), f.radii[i]);
        ctx.fill();
        ctx.stroke();
    }
    ctx.set_global_alpha(1.0);
    // Pinned nodes get a small dark dot, so "stays where I put it" is visible.
    ctx.set_fill_style_str("#1a1a1a");
    for i in (0..f.net.nodes.len()).filter(|i| f.shown[*i] && (f.pinned)(*i)) {
        let c = p(i);
        ctx.begin_path();
        let _ = ctx.arc(
            c[0] as f64,
            c[1] as f64,
            (2.0 / z).max(0.5) as f64,
            0.0,
            std::f64::consts::TAU,
        );
        ctx.fill();
    }
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
}

fn node_path(ctx: &CanvasRenderingContext2d, s: Shape, c: [f32; 2], r: f32) {
    let (x, y, r) = (c[0] as f64, c[1] as f64, r as f64);
    ctx.begin_path();
    match s {
        Shape::Circle => {
            let _ = ctx.arc(x, y, r, 0.0, std::f64::consts::TAU);
        }
        Shape::Square => ctx.rect(x - r, y - r, 2.0 * r, 2.0 * r),
        Shape::Diamond => {
            let d = r * 1.3;
            ctx.move_to(x, y - d);
            ctx.line_to(x + d, y);
            ctx.line_to(x, y + d);
            ctx.line_to(x - d, y);
            ctx.close_path();
        }
    }
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
    order.truncate(600);
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
