//! The browser half of the map: runs the layout in slices between animation frames (so the
//! page never freezes), draws it (`paint`), and turns pointer, wheel, touch and keyboard input
//! into camera moves, drags, selections and announcements.

use super::paint::{self, Frame};
use super::{Command, LayoutState};
use crate::api::save_positions;
use crate::i18n::Texts;
use crate::model::PortfolioId;
use crate::network::camera::Camera;
use crate::network::graph::{Network, NodeKey, SavedPosition};
use crate::network::layout::Layout;
use crate::network::pick::PickIndex;
use crate::network::style::{node_color, radii};
use crate::network::view::View;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    CanvasRenderingContext2d, HtmlCanvasElement, KeyboardEvent, PointerEvent, WheelEvent,
};

/// Layout units to world units (pixels at zoom 1).
pub const WORLD: f32 = 10.0;
/// Time the layout may take per animation frame, in milliseconds.
const SLICE_MS: f64 = 8.0;

pub struct Setup {
    pub id: PortfolioId,
    pub net: Arc<Network>,
    pub positions: Vec<SavedPosition>,
    pub title: String,
    pub canvas: NodeRef<leptos::html::Canvas>,
    pub view: Memo<View>,
    pub shown: Memo<Vec<bool>>,
    pub selected: Memo<Option<usize>>,
    pub select: Callback<Option<NodeKey>>,
    pub state: RwSignal<LayoutState>,
    pub paused: RwSignal<bool>,
    pub announce: RwSignal<String>,
    pub read_only: bool,
    pub t: &'static Texts,
}

type Shared = Rc<RefCell<Renderer>>;

#[derive(Clone, Copy)]
pub struct Handle(StoredValue<Option<Shared>, LocalStorage>);

impl Handle {
    pub fn run(&self, c: Command) {
        if let Some(r) = self.0.get_value() {
            r.borrow_mut().command(c);
        }
    }
}

pub fn form_query(ev: &leptos::ev::Event) -> Option<String> {
    let form = ev
        .current_target()?
        .dyn_into::<web_sys::HtmlFormElement>()
        .ok()?;
    let data = web_sys::FormData::new_with_form(&form).ok()?;
    let params = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?;
    Some(params.to_string().into())
}

/// Starts the map once its canvas is in the page; returns a handle for the toolbar.
pub fn start(setup: Setup) -> Handle {
    let handle = Handle(StoredValue::new_local(None));
    let (view, shown, selected) = (setup.view, setup.shown, setup.selected);
    let canvas_ref = setup.canvas;
    let mut setup = Some(setup);
    Effect::new(move |_| {
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        let Some(s) = setup.take() else { return };
        let Some(r) = Renderer::new(s, canvas) else {
            return;
        };
        let r = Rc::new(RefCell::new(r));
        listen(&r);
        animate(r.clone());
        handle.0.set_value(Some(r));
    });
    // Filters, colouring and selection come from the URL.
    Effect::new(move |_| {
        let (v, s, sel) = (view.get(), shown.get(), selected.get());
        if let Some(r) = handle.0.get_value() {
            r.borrow_mut().set_view(v, s, sel);
        }
    });
    handle
}

pub struct Renderer {
    s: Setup,
    canvas: HtmlCanvasElement,
    ctx: CanvasRenderingContext2d,
    layout: Layout,
    camera: Camera,
    size: [f32; 2],
    dpr: f32,
    shown: Vec<bool>,
    radii: Vec<f32>,
    colors: Vec<&'static str>,
    highlight: Option<Vec<bool>>,
    selected: Option<usize>,
    focus: Option<usize>,
    hover: Option<usize>,
    /// Walking links with L: the node whose links are walked, and the next link.
    anchor: Option<usize>,
    link_step: usize,
    pointers: Vec<(i32, [f32; 2])>,
    drag: Option<Drag>,
    pinch: Option<f32>,
    moved: f32,
    paused: bool,
    reduced_motion: bool,
    camera_touched: bool,
    needs_save: bool,
    dirty: bool,
    label_width: Vec<f32>,
    picker: PickIndex,
    /// When the layout started and its longest slice, for the benchmark (`data-layout-*`).
    started: Option<f64>,
    longest_slice: f64,
    /// The pick index is rebuilt before the next pick when nodes moved or the view changed.
    pick_stale: bool,
}

#[derive(Clone, Copy)]
enum Drag {
    Node(usize),
    Pan,
}

impl Renderer {
    fn new(s: Setup, canvas: HtmlCanvasElement) -> Option<Self> {
        let ctx = canvas
            .get_context("2d")
            .ok()??
            .dyn_into::<CanvasRenderingContext2d>()
            .ok()?;
        let net = s.net.clone();
        let by_key: std::collections::HashMap<NodeKey, &SavedPosition> =
            s.positions.iter().map(|p| (p.key, p)).collect();
        let known: Vec<Option<[f32; 2]>> = net
            .nodes
            .iter()
            .map(|n| by_key.get(&n.key).map(|p| [p.x, p.y]))
            .collect();
        let missing = known.iter().filter(|k| k.is_none()).count();
        let mut layout = Layout::new(net.nodes.len(), &net.layout_edges(), &known, 1);
        for (i, n) in net.nodes.iter().enumerate() {
            if let Some(p) = by_key.get(&n.key).filter(|p| p.pinned) {
                layout.pin(i, [p.x, p.y]);
            }
        }
        let reduced_motion = web_sys::window()
            .and_then(|w| {
                w.match_media("(prefers-reduced-motion: reduce)")
                    .ok()
                    .flatten()
            })
            .is_some_and(|m| m.matches());
        let n = net.nodes.len();
        let mut r = Renderer {
            canvas,
            ctx,
            layout,
            camera: Camera::default(),
            size: [0.0, 0.0],
            dpr: 1.0,
            shown: vec![true; n],
            radii: vec![6.0; n],
            colors: vec!["#0b5cad"; n],
            highlight: None,
            selected: None,
            focus: None,
            hover: None,
            anchor: None,
            link_step: 0,
            pointers: Vec::new(),
            drag: None,
            pinch: None,
            moved: 0.0,
            paused: false,
            reduced_motion,
            camera_touched: false,
            needs_save: missing > 0 && !s.read_only,
            dirty: true,
            // An estimate for 12 px text: measuring every label would stall the first frame.
            label_width: net
                .nodes
                .iter()
                .map(|x| x.label.chars().count() as f32 * 6.6)
                .collect(),
            picker: PickIndex::default(),
            started: None,
            longest_slice: 0.0,
            pick_stale: true,
            s,
        };
        let (v, sh, sel) = (
            r.s.view.get_untracked(),
            r.s.shown.get_untracked(),
            r.s.selected.get_untracked(),
        );
        r.set_view(v, sh, sel);
        r.resize();
        r.fit();
        Some(r)
    }

    fn set_view(&mut self, view: View, shown: Vec<bool>, selected: Option<usize>) {
        let net = self.s.net.clone();
        let themes: Vec<i64> = net
            .nodes
            .iter()
            .filter_map(|n| match n.key {
                NodeKey::Theme(t) => Some(t.0),
                _ => None,
            })
            .collect();
        let rank = |t: i64| themes.iter().position(|x| *x == t).unwrap_or(0);
        self.colors = net
            .nodes
            .iter()
            .map(|n| node_color(n, &view, rank))
            .collect();
        self.radii = radii(&net, &view);
        self.highlight = selected.map(|i| net.neighbourhood(i, view.hops, &shown));
        if selected.is_some() && selected != self.selected {
            self.focus = selected;
            self.anchor = selected;
            self.link_step = 0;
            if let Some(i) = selected {
                self.reveal(i);
            }
        }
        self.selected = selected;
        self.shown = shown;
        self.dirty = true;
        self.pick_stale = true;
    }

    /// Screen position (CSS pixels) of node i.
    fn screen(&self, i: usize) -> [f32; 2] {
        let p = self.layout.positions()[i];
        self.camera
            .world_to_screen([p[0] * WORLD, p[1] * WORLD], self.size)
    }

    fn world_of(&self, s: [f32; 2]) -> [f32; 2] {
        let w = self.camera.screen_to_world(s, self.size);
        [w[0] / WORLD, w[1] / WORLD]
    }

    /// The shown node under a screen point, preferring the one whose shape contains it;
    /// small nodes are hit within 6 pixels, so they can be tapped on a phone.
    fn pick(&mut self, s: [f32; 2]) -> Option<usize> {
        let z = self.camera.zoom;
        if self.pick_stale {
            let hidden = [f32::NAN; 2];
            let pos: Vec<[f32; 2]> = (0..self.shown.len())
                .map(|i| {
                    let p = self.layout.positions()[i];
                    if self.shown[i] {
                        [p[0] * WORLD, p[1] * WORLD]
                    } else {
                        hidden
                    }
                })
                .collect();
            let radii: Vec<f32> = self.radii.iter().map(|r| r.max(6.0 / z)).collect();
            self.picker.rebuild(&pos, &radii);
            self.pick_stale = false;
        }
        self.picker
            .nearest(self.camera.screen_to_world(s, self.size), 3.0 / z)
    }

    fn resize(&mut self) -> bool {
        let dpr = web_sys::window()
            .map(|w| w.device_pixel_ratio())
            .unwrap_or(1.0) as f32;
        let w = self.canvas.client_width() as f32;
        let h = self.canvas.client_height() as f32;
        if [w, h] == self.size && dpr == self.dpr {
            return false;
        }
        self.size = [w, h];
        self.dpr = dpr;
        self.canvas.set_width((w * dpr).round() as u32);
        self.canvas.set_height((h * dpr).round() as u32);
        true
    }

    fn bounds(&self) -> Option<([f32; 2], [f32; 2])> {
        let mut lo = [f32::MAX; 2];
        let mut hi = [f32::MIN; 2];
        for (i, p) in self.layout.positions().iter().enumerate() {
            if self.shown[i] {
                lo = [lo[0].min(p[0] * WORLD), lo[1].min(p[1] * WORLD)];
                hi = [hi[0].max(p[0] * WORLD), hi[1].max(p[1] * WORLD)];
            }
        }
        (lo[0] <= hi[0]).then_some((lo, hi))
    }

    fn fit(&mut self) {
        if let Some((lo, hi)) = self.bounds() {
            self.camera.fit(lo, hi, self.size, 40.0);
        }
        self.dirty = true;
        self.pick_stale = true;
    }

    /// Pans so node i is on screen.
    fn reveal(&mut self, i: usize) {
        let s = self.screen(i);
        let m = 40.0;
        if s[0] < m || s[1] < m || s[0] > self.size[0] - m || s[1] > self.size[1] - m {
            let p = self.layout.positions()[i];
            self.camera.x = p[0] * WORLD;
            self.camera.y = p[1] * WORLD;
            self.camera_touched = true;
        }
        self.dirty = true;
    }

    /// Centres node i and zooms in far enough to read its neighbourhood (a search hit).
    fn focus_on(&mut self, i: usize) {
        let Some(p) = self.layout.positions().get(i).copied() else {
            return;
        };
        self.camera.x = p[0] * WORLD;
        self.camera.y = p[1] * WORLD;
        self.camera.zoom = self.camera.zoom.max(1.5);
        self.camera_touched = true;
        self.focus = Some(i);
        self.anchor = Some(i);
        self.link_step = 0;
        self.pick_stale = true;
        self.dirty = true;
        let _ = self
            .canvas
            .set_attribute("data-focus", &self.s.net.nodes[i].key.code());
    }

    fn command(&mut self, c: Command) {
        let center = [self.size[0] / 2.0, self.size[1] / 2.0];
        match c {
            Command::Zoom(f) => {
                self.pick_stale = true;
                self.camera.zoom_at(center, f, self.size);
                self.camera_touched = true;
            }
            Command::Fit => self.fit(),
            Command::Focus(i) => self.focus_on(i),
            Command::TogglePause => {
                self.paused = !self.paused;
                self.s.paused.set(self.paused);
            }
            Command::ExportPng => {
                if let Ok(url) = self.canvas.to_data_url() {
                    download(&url, "hankeverkosto.png");
                }
            }
            Command::ExportSvg => self.export_svg(),
        }
        self.dirty = true;
    }

    fn export_svg(&self) {
        let positions: Vec<[f32; 2]> = self
            .layout
            .positions()
            .iter()
            .map(|p| [p[0] * WORLD, p[1] * WORLD])
            .collect();
        let labels: Vec<bool> = (0..positions.len())
            .map(|i| self.shown[i] && self.s.net.degree(i) >= 3)
            .collect();
        let svg = crate::network::svg::to_svg(&crate::network::svg::Scene {
            net: &self.s.net,
            visible: &self.shown,
            positions: &positions,
            radii: &self.radii,
            colors: &self.colors,
            labels: &labels,
            title: &self.s.title,
        });
        let parts = js_sys::Array::of1(&JsValue::from_str(&svg));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type("image/svg+xml");
        if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) {
            if let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) {
                download(&url, "hankeverkosto.svg");
                // Released once the download has had time to start.
                let release = Closure::once_into_js(move || {
                    let _ = web_sys::Url::revoke_object_url(&url);
                });
                if let Some(w) = web_sys::window() {
                    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                        release.unchecked_ref(),
                        10_000,
                    );
                }
            }
        }
    }

    /// One animation frame: a slice of layout, then a redraw if anything changed.
    fn frame(&mut self) {
        if self.resize() {
            self.dirty = true;
        }
        let running = !self.paused && !self.layout.converged();
        if running {
            let perf = web_sys::window().and_then(|w| w.performance());
            let t0 = perf.as_ref().map(|p| p.now()).unwrap_or(0.0);
            if self.started.is_none() {
                let _ = self
                    .canvas
                    .set_attribute("data-layout-start", &format!("{t0:.0}"));
            }
            let started = *self.started.get_or_insert(t0);
            loop {
                self.layout.step();
                let now = perf.as_ref().map(|p| p.now()).unwrap_or(t0 + SLICE_MS);
                if self.layout.converged() || now - t0 >= SLICE_MS {
                    self.longest_slice = self.longest_slice.max(now - t0);
                    if self.layout.converged() {
                        // Figures for the benchmark script, read off the canvas.
                        let c = &self.canvas;
                        let _ = c.set_attribute("data-layout-ms", &format!("{:.0}", now - started));
                        let _ = c.set_attribute(
                            "data-layout-slice-ms",
                            &format!("{:.1}", self.longest_slice),
                        );
                        let _ = c.set_attribute(
                            "data-layout-iterations",
                            &self.layout.iterations().to_string(),
                        );
                    }
                    break;
                }
            }
            if !self.camera_touched {
                self.fit();
            }
            self.dirty = true;
            self.pick_stale = true;
            if self.layout.converged() {
                self.s.state.set(LayoutState::Ready);
            }
        }
        // Saved once settled and let go of (a drag can outlast the layout's settling).
        if self.needs_save && self.layout.converged() && self.drag.is_none() {
            self.needs_save = false;
            self.save();
        }
        // With reduced motion the map is drawn once settled, not while it moves.
        let still = !running || !self.reduced_motion;
        if self.dirty && still {
            self.dirty = false;
            self.paint();
        }
    }

    fn paint(&mut self) {
        let focused = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_some_and(|e| e == **self.canvas);
        paint::draw(&Frame {
            ctx: &self.ctx,
            net: &self.s.net,
            positions: self.layout.positions(),
            world: WORLD,
            camera: self.camera,
            size: self.size,
            dpr: self.dpr,
            shown: &self.shown,
            radii: &self.radii,
            colors: &self.colors,
            highlight: self.highlight.as_deref(),
            selected: self.selected,
            focus: if focused { self.focus } else { None },
            hover: self.hover,
            label_width: &self.label_width,
            tooltip: self
                .hover
                .filter(|i| self.shown[*i])
                .map(|i| self.tooltip(i)),
            moving: !self.paused && !self.layout.converged(),
            pinned: &|i| self.layout.is_pinned(i),
        });
    }

    /// Saves the whole map. Each save that lands is counted in `data-saves` on the canvas
    /// (the browser tests wait for it).
    fn save(&self) {
        let net = &self.s.net;
        let pos = self.layout.positions();
        let item = |i: usize| SavedPosition {
            key: net.nodes[i].key,
            x: pos[i][0],
            y: pos[i][1],
            pinned: self.layout.is_pinned(i),
        };
        let list: Vec<SavedPosition> = (0..pos.len()).map(item).collect();
        let (id, state) = (self.s.id, self.s.state);
        let canvas = self.canvas.clone();
        leptos::task::spawn_local(async move {
            state.set(match save_positions(id, list).await {
                Ok(()) => {
                    let n: u32 = canvas
                        .get_attribute("data-saves")
                        .and_then(|s| s.parse().ok())
                        .unwrap_or(0);
                    let _ = canvas.set_attribute("data-saves", &(n + 1).to_string());
                    LayoutState::Saved
                }
                Err(_) => LayoutState::SaveFailed,
            });
        });
    }

    /// The hover tooltip: name, then kind and number of visible links.
    fn tooltip(&self, i: usize) -> (usize, String, String) {
        let n = &self.s.net.nodes[i];
        let t = self.s.t.net;
        let links = self.s.net.adjacency[i]
            .iter()
            .filter(|(m, _)| self.shown[*m as usize])
            .count();
        (
            i,
            n.label.clone(),
            (t.tooltip_detail)(t.kind(n.key.kind()), links),
        )
    }

    fn announce_focus(&self, i: usize) {
        let n = &self.s.net.nodes[i];
        let t = self.s.t.net;
        let links = self.s.net.adjacency[i]
            .iter()
            .filter(|(m, _)| self.shown[*m as usize])
            .count();
        self.s
            .announce
            .set((t.focus_announce)(&n.label, t.kind(n.key.kind()), links));
    }

    fn key(&mut self, ev: &KeyboardEvent) {
        let key = ev.key();
        let dir = match key.as_str() {
            "ArrowLeft" => Some([-1.0, 0.0]),
            "ArrowRight" => Some([1.0, 0.0]),
            "ArrowUp" => Some([0.0, -1.0]),
            "ArrowDown" => Some([0.0, 1.0]),
            _ => None,
        };
        let center = [self.size[0] / 2.0, self.size[1] / 2.0];
        match key.as_str() {
            _ if dir.is_some() => {
                let from = self.focus.map(|i| self.screen(i)).unwrap_or(center);
                let next = match self.focus {
                    None => self.nearest(center, None),
                    Some(f) => self.nearest(from, dir).or(Some(f)),
                };
                if let Some(i) = next {
                    self.focus = Some(i);
                    self.anchor = Some(i);
                    self.link_step = 0;
                    self.reveal(i);
                    self.announce_focus(i);
                }
            }
            "l" | "L" => {
                let Some(a) = self.anchor.or(self.focus) else {
                    return;
                };
                let links: Vec<(u32, u32)> = self.s.net.adjacency[a]
                    .iter()
                    .copied()
                    .filter(|(m, _)| self.shown[*m as usize])
                    .collect();
                if links.is_empty() {
                    self.s.announce.set(self.s.t.net.no_links.into());
                } else {
                    let (m, e) = links[self.link_step % links.len()];
                    self.link_step += 1;
                    self.focus = Some(m as usize);
                    self.reveal(m as usize);
                    let t = self.s.t;
                    let how = t.net.edge(t, self.s.net.edges[e as usize].kind);
                    let name = &self.s.net.nodes[m as usize].label;
                    self.s.announce.set((t.net.link_announce)(how, name));
                }
            }
            "Enter" | " " => {
                if let Some(i) = self.focus {
                    self.anchor = Some(i);
                    self.link_step = 0;
                    self.s.select.run(Some(self.s.net.nodes[i].key));
                }
            }
            "Escape" => self.s.select.run(None),
            "p" | "P" if !self.s.read_only => {
                let Some(i) = self.focus else { return };
                if self.layout.is_pinned(i) {
                    self.layout.unpin(i);
                } else {
                    let at = self.layout.positions()[i];
                    self.layout.pin(i, at);
                }
                self.layout.reheat();
                self.camera_touched = true;
                let t = self.s.t.net;
                let said = if self.layout.is_pinned(i) {
                    t.pinned
                } else {
                    t.unpinned
                };
                self.s
                    .announce
                    .set(format!("{}: {said}", self.s.net.nodes[i].label));
                self.needs_save = true;
                self.s.state.set(LayoutState::Computing);
            }
            "+" | "=" => self.command(Command::Zoom(1.25)),
            "-" | "_" => self.command(Command::Zoom(0.8)),
            "0" => self.command(Command::Fit),
            _ => return,
        }
        ev.prevent_default();
        self.dirty = true;
    }

    /// The nearest shown node to `from`, in direction `dir` (screen space) when given.
    fn nearest(&self, from: [f32; 2], dir: Option<[f32; 2]>) -> Option<usize> {
        let mut best: Option<(f32, usize)> = None;
        for i in (0..self.shown.len()).filter(|i| self.shown[*i] && Some(*i) != self.focus) {
            let p = self.screen(i);
            let d = [p[0] - from[0], p[1] - from[1]];
            let score = match dir {
                None => d[0].hypot(d[1]),
                Some(v) => {
                    let along = d[0] * v[0] + d[1] * v[1];
                    if along <= 0.5 {
                        continue;
                    }
                    let across = (d[0] * v[1] - d[1] * v[0]).abs();
                    along + 2.0 * across
                }
            };
            if best.is_none_or(|(b, _)| score < b) {
                best = Some((score, i));
            }
        }
        best.map(|b| b.1)
    }

    fn pointer_down(&mut self, ev: &PointerEvent) {
        let p = [ev.offset_x() as f32, ev.offset_y() as f32];
        let _ = self.canvas.set_pointer_capture(ev.pointer_id());
        self.pointers.retain(|(id, _)| *id != ev.pointer_id());
        self.pointers.push((ev.pointer_id(), p));
        self.moved = 0.0;
        if self.pointers.len() == 2 {
            let (a, b) = (self.pointers[0].1, self.pointers[1].1);
            self.pinch = Some((a[0] - b[0]).hypot(a[1] - b[1]).max(1.0));
            self.drag = None;
            return;
        }
        self.drag = match self.pick(p) {
            Some(i) if !self.s.read_only => Some(Drag::Node(i)),
            _ => Some(Drag::Pan),
        };
    }

    fn pointer_move(&mut self, ev: &PointerEvent) {
        let p = [ev.offset_x() as f32, ev.offset_y() as f32];
        let Some(k) = self
            .pointers
            .iter()
            .position(|(id, _)| *id == ev.pointer_id())
        else {
            let hover = self.pick(p);
            if hover != self.hover {
                self.hover = hover;
                self.dirty = true;
            }
            return;
        };
        let last = self.pointers[k].1;
        self.pointers[k].1 = p;
        let (dx, dy) = (p[0] - last[0], p[1] - last[1]);
        self.moved += dx.hypot(dy);
        if let (Some(d0), 2) = (self.pinch, self.pointers.len()) {
            let (a, b) = (self.pointers[0].1, self.pointers[1].1);
            let d = (a[0] - b[0]).hypot(a[1] - b[1]).max(1.0);
            let mid = [(a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0];
            self.camera.zoom_at(mid, d / d0, self.size);
            self.pick_stale = true;
            self.pinch = Some(d);
            self.camera_touched = true;
        } else {
            match self.drag {
                Some(Drag::Node(i)) if self.moved > 3.0 => {
                    let w = self.world_of(p);
                    self.layout.pin(i, w);
                    self.layout.reheat();
                    self.pick_stale = true;
                    // The map must not jump to fit while someone drags on it.
                    self.camera_touched = true;
                }
                Some(Drag::Pan) => {
                    self.camera.pan_by(dx, dy);
                    self.camera_touched = true;
                }
                _ => {}
            }
        }
        self.dirty = true;
    }

    fn pointer_up(&mut self, ev: &PointerEvent) {
        let p = [ev.offset_x() as f32, ev.offset_y() as f32];
        self.pointers.retain(|(id, _)| *id != ev.pointer_id());
        if self.pointers.len() < 2 {
            self.pinch = None;
        }
        let drag = self.drag.take();
        if self.moved <= 3.0 {
            let hit = self.pick(p);
            self.focus = hit.or(self.focus);
            self.s.select.run(hit.map(|i| self.s.net.nodes[i].key));
        } else if let Some(Drag::Node(_)) = drag {
            // The neighbours move with it: the whole map is saved once they settle, so
            // everyone sees the same picture.
            self.needs_save = true;
            self.s.state.set(LayoutState::Computing);
        }
        self.dirty = true;
    }

    fn wheel(&mut self, ev: &WheelEvent) {
        self.pick_stale = true;
        ev.prevent_default();
        let p = [ev.offset_x() as f32, ev.offset_y() as f32];
        let f = (-ev.delta_y() as f32 * 0.0015).exp();
        self.camera.zoom_at(p, f, self.size);
        self.camera_touched = true;
        self.dirty = true;
    }
}

fn download(url: &str, name: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(a) = doc.create_element("a") else {
        return;
    };
    let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() else {
        return;
    };
    a.set_href(url);
    a.set_download(name);
    a.click();
}

/// Wires the canvas's input events to the renderer.
fn listen(r: &Shared) {
    let canvas = r.borrow().canvas.clone();
    fn on<E: JsCast + 'static>(
        canvas: &HtmlCanvasElement,
        r: &Shared,
        name: &str,
        passive: bool,
        f: fn(&mut Renderer, &E),
    ) {
        let r = r.clone();
        let cb = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            if let Ok(ev) = ev.dyn_into::<E>() {
                if let Ok(mut r) = r.try_borrow_mut() {
                    f(&mut r, &ev);
                }
            }
        });
        let opts = web_sys::AddEventListenerOptions::new();
        opts.set_passive(passive);
        let _ = canvas.add_event_listener_with_callback_and_add_event_listener_options(
            name,
            cb.as_ref().unchecked_ref(),
            &opts,
        );
        // The canvas lives as long as the page; so does its listener.
        cb.forget();
    }
    on::<PointerEvent>(&canvas, r, "pointerdown", true, Renderer::pointer_down);
    on::<PointerEvent>(&canvas, r, "pointermove", true, Renderer::pointer_move);
    on::<PointerEvent>(&canvas, r, "pointerup", true, Renderer::pointer_up);
    on::<PointerEvent>(&canvas, r, "pointercancel", true, Renderer::pointer_up);
    on::<PointerEvent>(&canvas, r, "pointerleave", true, |r, _| {
        if r.hover.take().is_some() {
            r.dirty = true;
        }
    });
    on::<WheelEvent>(&canvas, r, "wheel", false, Renderer::wheel);
    on::<KeyboardEvent>(&canvas, r, "keydown", false, Renderer::key);
    on::<web_sys::FocusEvent>(&canvas, r, "focus", true, |r, _| r.dirty = true);
    on::<web_sys::FocusEvent>(&canvas, r, "blur", true, |r, _| r.dirty = true);
}

/// Calls `frame` on every animation frame for as long as the page lives.
fn animate(r: Shared) {
    type Slot = Rc<RefCell<Option<Closure<dyn FnMut()>>>>;
    let slot: Slot = Rc::new(RefCell::new(None));
    let again = slot.clone();
    *slot.borrow_mut() = Some(Closure::new(move || {
        if let Ok(mut r) = r.try_borrow_mut() {
            r.frame();
        }
        if let (Some(w), Some(cb)) = (web_sys::window(), again.borrow().as_ref()) {
            let _ = w.request_animation_frame(cb.as_ref().unchecked_ref());
        }
    }));
    let first = slot.borrow();
    if let (Some(w), Some(cb)) = (web_sys::window(), first.as_ref()) {
        let _ = w.request_animation_frame(cb.as_ref().unchecked_ref());
    }
}
