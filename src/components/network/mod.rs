//! The network map component: a canvas the browser draws on (see `canvas`, hydrate only),
//! its toolbar, search, a details panel and the accessible table of the same nodes and links.
//! `read_only` leaves out everything that changes the map (for the website embed).

#[cfg(feature = "hydrate")]
mod canvas;
#[cfg(feature = "hydrate")]
mod paint;
mod table;

use crate::i18n::Texts;
use crate::model::PortfolioId;
use crate::network::graph::{Network, NodeKey, NodeKind, SavedPosition};
use crate::network::view::{visible, View};
use leptos::prelude::*;
use std::sync::Arc;
use table::{Details, NodeTable};

/// What the canvas tells the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LayoutState {
    Computing,
    Ready,
    Saved,
    SaveFailed,
}

/// The query string of the form an event came from (with JavaScript only).
pub fn form_query(ev: &leptos::ev::Event) -> Option<String> {
    #[cfg(feature = "hydrate")]
    {
        canvas::form_query(ev)
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = ev;
        None
    }
}

#[component]
pub fn NetworkMap(
    id: PortfolioId,
    net: Arc<Network>,
    positions: Vec<SavedPosition>,
    title: String,
    view: Memo<View>,
    go: Callback<View>,
    t: &'static Texts,
    #[prop(optional)] read_only: bool,
) -> impl IntoView {
    let n = t.net;
    let shown = {
        let net = net.clone();
        Memo::new(move |_| visible(&net, &view.read()))
    };
    let selected = {
        let net = net.clone();
        Memo::new(move |_| {
            view.read()
                .selected
                .and_then(|k| net.index.get(&k).map(|i| *i as usize))
        })
    };
    let select = Callback::new(move |key: Option<NodeKey>| {
        let mut v = view.get_untracked();
        v.selected = key;
        go.run(v);
    });
    let state = RwSignal::new(LayoutState::Computing);
    let paused = RwSignal::new(false);
    let announce = RwSignal::new(String::new());
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let counts = {
        let net = net.clone();
        move || {
            let s = shown.read();
            let nodes = s.iter().filter(|x| **x).count();
            let links = net
                .edges
                .iter()
                .filter(|e| s[e.a as usize] && s[e.b as usize])
                .count();
            (n.canvas_label)(nodes, links)
        }
    };
    #[cfg(feature = "hydrate")]
    let handle = canvas::start(canvas::Setup {
        id,
        net: net.clone(),
        positions,
        title: title.clone(),
        canvas: canvas_ref,
        view,
        shown,
        selected,
        select,
        state,
        paused,
        announce,
        read_only,
        t,
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = (id, positions, &title);
    let command = move |c: Command| {
        #[cfg(feature = "hydrate")]
        handle.run(c);
        #[cfg(not(feature = "hydrate"))]
        let _ = c;
    };
    let status = move || match state.get() {
        LayoutState::Computing => n.computing,
        LayoutState::Ready => n.ready,
        LayoutState::Saved => n.saved,
        LayoutState::SaveFailed => n.save_failed,
    };
    view! {
        <section class="net" aria-labelledby="net-map-h">
            <h2 id="net-map-h" class="visually-hidden">{n.title}</h2>
            <Search net=net.clone() shown select focus=Callback::new(move |i| command(Command::Focus(i))) t />
            <div class="net-toolbar needs-js no-print" role="toolbar" aria-label=n.title>
                <button type="button" class="button small quiet" on:click=move |_| command(Command::Zoom(1.4))>
                    {n.zoom_in}
                </button>
                <button type="button" class="button small quiet" on:click=move |_| command(Command::Zoom(1.0 / 1.4))>
                    {n.zoom_out}
                </button>
                <button type="button" class="button small quiet" on:click=move |_| command(Command::Fit)>
                    {n.fit}
                </button>
                <button
                    type="button"
                    class="button small quiet"
                    aria-pressed=move || paused.get().to_string()
                    on:click=move |_| command(Command::TogglePause)
                >
                    {move || if paused.get() { n.resume } else { n.pause }}
                </button>
                <button type="button" class="button small quiet" on:click=move |_| command(Command::ExportPng)>
                    {n.export_png}
                </button>
                <button type="button" class="button small quiet" on:click=move |_| command(Command::ExportSvg)>
                    {n.export_svg}
                </button>
                <span class="net-status" role="status">{status}</span>
            </div>
            <div class="net-stage">
                <canvas
                    node_ref=canvas_ref
                    class="net-canvas"
                    tabindex="0"
                    role="application"
                    aria-roledescription=n.title
                    aria-label=counts
                    aria-describedby="net-keys"
                    data-state=move || format!("{:?}", state.get()).to_lowercase()
                ></canvas>
                <Details net=net.clone() selected select id read_only t>
                    <label for="net-hops">{n.neighbourhood}</label>
                    <select
                        id="net-hops"
                        on:change=move |ev| {
                            let mut v = view.get_untracked();
                            v.hops = if event_target_value(&ev) == "2" { 2 } else { 1 };
                            go.run(v);
                        }
                    >
                        <option value="1" selected=move || view.read().hops == 1>{n.hops[0]}</option>
                        <option value="2" selected=move || view.read().hops == 2>{n.hops[1]}</option>
                    </select>
                </Details>
            </div>
            <p id="net-keys" class="hint needs-js">{n.keys_help}</p>
            <p class="visually-hidden" aria-live="polite">{move || announce.get()}</p>
            <Legend net=net.clone() view t />
            <NodeTable net shown select t />
        </section>
    }
}

/// Toolbar commands for the canvas.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Command {
    Zoom(f32),
    Fit,
    /// Centre and zoom to a node (by index), as after a search.
    Focus(usize),
    TogglePause,
    ExportPng,
    ExportSvg,
}

#[component]
fn Search(
    net: Arc<Network>,
    shown: Memo<Vec<bool>>,
    select: Callback<Option<NodeKey>>,
    focus: Callback<usize>,
    t: &'static Texts,
) -> impl IntoView {
    let n = t.net;
    let query = RwSignal::new(String::new());
    let hits = move || {
        let q = query.get();
        if q.trim().is_empty() {
            return None;
        }
        let found = net.search(&q, &shown.read());
        Some(
            found
                .into_iter()
                .take(8)
                .map(|i| {
                    (
                        i,
                        net.nodes[i].key,
                        net.nodes[i].label.clone(),
                        net.nodes[i].key.kind(),
                    )
                })
                .collect::<Vec<_>>(),
        )
    };
    view! {
        <div class="net-search no-print" role="search">
            <label for="net-q">{n.search}</label>
            <input
                id="net-q"
                type="search"
                autocomplete="off"
                aria-describedby="net-q-hint"
                prop:value=query
                on:input=move |ev| query.set(event_target_value(&ev))
            />
            <span id="net-q-hint" class="hint">{n.search_hint}</span>
            {move || {
                hits()
                    .map(|list| {
                        if list.is_empty() {
                            return view! { <p class="hint" role="status">{n.no_match}</p> }.into_any();
                        }
                        view! {
                            <ul class="net-hits">
                                {list
                                    .into_iter()
                                    .map(|(i, key, label, kind)| {
                                        view! {
                                            <li>
                                                <button
                                                    type="button"
                                                    class="linklike"
                                                    on:click=move |_| {
                                                        query.set(String::new());
                                                        select.run(Some(key));
                                                        focus.run(i);
                                                    }
                                                >
                                                    {label}
                                                    " (" {n.kind(kind)} ")"
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    })
            }}
        </div>
    }
}

#[component]
fn Legend(net: Arc<Network>, view: Memo<View>, t: &'static Texts) -> impl IntoView {
    let n = t.net;
    // What the colours mean in the current colouring (shapes and lines say the kind).
    let colours = move || {
        use crate::network::style::{kind_color, status_color, PALETTE};
        use crate::network::view::ColorBy;
        let items: Vec<(&'static str, String)> = match view.read().color {
            ColorBy::Kind => NodeKind::ALL
                .iter()
                .map(|k| (kind_color(*k), n.kind(*k).to_string()))
                .collect(),
            ColorBy::Status => crate::model::ProjectStatus::ALL
                .iter()
                .map(|s| (status_color(*s), t.status(*s).to_string()))
                .collect(),
            ColorBy::Theme => net
                .nodes
                .iter()
                .filter(|x| x.key.kind() == NodeKind::Theme)
                .enumerate()
                .map(|(i, x)| (PALETTE[i % PALETTE.len()], x.label.clone()))
                .collect(),
            ColorBy::Cluster => {
                let count = net
                    .nodes
                    .iter()
                    .filter_map(|x| x.cluster)
                    .max()
                    .map_or(0, |c| c + 1);
                (0..count.min(PALETTE.len() as u32))
                    .map(|c| {
                        (
                            PALETTE[c as usize],
                            format!("{} {}", n.color_by(ColorBy::Cluster), c + 1),
                        )
                    })
                    .collect()
            }
        };
        items
            .into_iter()
            .map(|(c, label)| view! {
                <li>
                    <svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" fill=c></rect></svg>
                    " " {label}
                </li>
            })
            .collect_view()
    };
    let shape = |k: NodeKind, i: usize| {
        let svg = match k {
            NodeKind::Project => view! { <circle cx="8" cy="8" r="6"></circle> }.into_any(),
            NodeKind::Actor => {
                view! { <rect x="2" y="2" width="12" height="12"></rect> }.into_any()
            }
            NodeKind::Theme => view! { <polygon points="8,1 15,8 8,15 1,8"></polygon> }.into_any(),
        };
        view! {
            <li>
                <svg width="16" height="16" aria-hidden="true" class=format!("legend-{}", i)>{svg}</svg>
                " " {n.legend_shapes[i]}
            </li>
        }
    };
    let line = |i: usize, dash: &'static str, width: &'static str| {
        view! {
            <li>
                <svg width="28" height="10" aria-hidden="true">
                    <line x1="0" y1="5" x2="28" y2="5" stroke="#555" stroke-width=width stroke-dasharray=dash></line>
                </svg>
                " " {n.legend_lines[i]}
            </li>
        }
    };
    view! {
        <details class="net-legend">
            <summary>{n.legend}</summary>
            <ul>
                {shape(NodeKind::Project, 0)}
                {shape(NodeKind::Actor, 1)}
                {shape(NodeKind::Theme, 2)}
                {line(0, "", "1.8")}
                {line(1, "2 3", "1")}
                {line(2, "6 4", "1")}
                {line(3, "", "3")}
            </ul>
            <ul class="net-colours">{colours}</ul>
        </details>
    }
}
