//! The map's accessible equivalents: the details panel of the selected node and the table of
//! every shown node with its links. Both are plain HTML, server-rendered, filtered like the map.

use crate::i18n::Texts;
use crate::model::{format_euros, PortfolioId};
use crate::network::graph::{Network, NodeKey};
use leptos::prelude::*;
use std::sync::Arc;

/// Rows the table shows at most; the rest are reached by filtering.
const MAX_ROWS: usize = 300;

/// A node's links as (neighbour, how the link reads), neighbours shown only.
fn links(
    net: &Network,
    i: usize,
    shown: &[bool],
    t: &'static Texts,
) -> Vec<(NodeKey, String, &'static str)> {
    net.adjacency[i]
        .iter()
        .filter(|(m, _)| shown.get(*m as usize).copied().unwrap_or(false))
        .map(|(m, e)| {
            let node = &net.nodes[*m as usize];
            (
                node.key,
                node.label.clone(),
                t.net.edge(t, net.edges[*e as usize].kind),
            )
        })
        .collect()
}

#[component]
pub fn Details(
    net: Arc<Network>,
    selected: Memo<Option<usize>>,
    select: Callback<Option<NodeKey>>,
    id: PortfolioId,
    read_only: bool,
    t: &'static Texts,
    /// The neighbourhood control, shown with the details.
    children: ChildrenFn,
) -> impl IntoView {
    let n = t.net;
    move || {
        let i = selected.get()?;
        let node = net.nodes.get(i)?.clone();
        let all = vec![true; net.nodes.len()];
        let list = links(&net, i, &all, t);
        let kind = n.kind(node.key.kind());
        let mut facts: Vec<String> = Vec::new();
        if let Some(s) = node.status {
            facts.push(t.status(s).to_string());
        }
        if let Some(k) = node.actor_kind {
            facts.push(t.actor_kind(k).to_string());
        }
        match (node.start, node.end) {
            (Some(s), Some(e)) => facts.push(format!("{} – {}", (t.date)(s), (t.date)(e))),
            (Some(s), None) => facts.push(format!("{} –", (t.date)(s))),
            _ => {}
        }
        if let Some(b) = node.budget_cents {
            facts.push(format_euros(b));
        }
        let edit = match (node.key, read_only) {
            (NodeKey::Project(p), false) => Some(view! {
                <a class="button small" href=format!("/portfolio/{id}/projects/{p}/edit")>{n.edit_project}</a>
            }),
            _ => None,
        };
        Some(view! {
            <aside class="net-details" aria-labelledby="net-details-h">
                <h3 id="net-details-h">{node.label.clone()}</h3>
                <p class="meta">{kind} {facts.into_iter().map(|f| format!(" · {f}")).collect::<String>()}</p>
                {if list.is_empty() {
                    view! { <p>{n.no_links}</p> }.into_any()
                } else {
                    view! {
                        <ul class="net-links">
                            {list
                                .into_iter()
                                .map(|(key, label, how)| {
                                    view! {
                                        <li>
                                            <button type="button" class="linklike" on:click=move |_| select.run(Some(key))>
                                                {label}
                                            </button>
                                            " (" {how} ")"
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }}
                <div class="net-hops">{children()}</div>
                <div class="actions-inline">
                    {edit}
                    <button type="button" class="button small quiet" on:click=move |_| select.run(None)>
                        {n.close}
                    </button>
                </div>
            </aside>
        })
    }
}

#[component]
pub fn NodeTable(
    net: Arc<Network>,
    shown: Memo<Vec<bool>>,
    select: Callback<Option<NodeKey>>,
    t: &'static Texts,
) -> impl IntoView {
    let n = t.net;
    let rows = move || {
        let s = shown.read();
        let total = s.iter().filter(|x| **x).count();
        let rows = (0..net.nodes.len())
            .filter(|i| s[*i])
            .take(MAX_ROWS)
            .map(|i| {
                let node = &net.nodes[i];
                let key = node.key;
                let label = node.label.clone();
                let list = links(&net, i, &s, t);
                let links_text = if list.is_empty() {
                    n.no_links.to_string()
                } else {
                    list.iter()
                        .map(|(_, name, how)| format!("{name} ({how})"))
                        .collect::<Vec<_>>()
                        .join("; ")
                };
                view! {
                    <tr>
                        <th scope="row">
                            <button
                                type="button"
                                class="linklike"
                                aria-label=(n.select)(&label)
                                on:click=move |_| select.run(Some(key))
                            >
                                {label.clone()}
                            </button>
                        </th>
                        <td>{n.kind(key.kind())}</td>
                        <td>{links_text}</td>
                    </tr>
                }
            })
            .collect_view();
        let more = (total > MAX_ROWS)
            .then(|| view! { <p class="hint">{(n.table_more)(MAX_ROWS, total)}</p> });
        let empty = (total == 0).then(|| view! { <p>{n.empty}</p> });
        view! {
            {empty}
            <div class="table-wrap" role="region" aria-labelledby="net-table-caption" tabindex="0">
                <table class="report net-table">
                    <caption id="net-table-caption">{n.table_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{n.col_name}</th>
                            <th scope="col">{n.col_kind}</th>
                            <th scope="col">{n.col_links}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {more}
        }
    };
    view! { <div class="net-table-wrap">{rows}</div> }
}
