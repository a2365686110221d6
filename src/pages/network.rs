//! The network page: filters in a GET form (so a view is a shareable link and works without
//! JavaScript), the map the browser lays out and draws, a details panel, and the same content
//! as a table for screen readers and keyboard users.

use super::portfolio_param;
use crate::api::get_network;
use crate::components::error::ErrorMessage;
use crate::components::network::NetworkMap;
use crate::error::AppError;
use crate::i18n::{use_texts, Texts};
use crate::model::{ActorKind, PortfolioId, ProjectStatus};
use crate::network::graph::{Network, NetworkData};
use crate::network::view::{ColorBy, SizeBy, View};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::sync::Arc;

/// The query keys a view uses.
const KEYS: [&str; 11] = [
    "show", "theme", "status", "atype", "funder", "from", "to", "color", "size", "node", "hops",
];

#[component]
pub fn NetworkPage() -> impl IntoView {
    view! { <NetworkRoute read_only=false /> }
}

/// The same map for viewing only: no dragging, pinning or edit links (the website embed).
#[component]
pub fn MapPage() -> impl IntoView {
    view! { <NetworkRoute read_only=true /> }
}

#[component]
fn NetworkRoute(read_only: bool) -> impl IntoView {
    let t = use_texts();
    let id = portfolio_param();
    let data = Resource::new(
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => get_network(id).await.map(|d| (id, d)),
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((id, data)) => view! { <NetworkBody id data read_only t /> }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The current view, read from the URL.
pub fn use_view() -> Memo<View> {
    let query = use_query_map();
    Memo::new(move |_| {
        let q = query.read();
        let pairs: Vec<(&str, String)> = KEYS
            .iter()
            .flat_map(|k| {
                q.get_all(k)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|v| (*k, v))
            })
            .collect();
        View::from_query(pairs.iter().map(|(k, v)| (*k, v.as_str())))
    })
}

#[component]
fn NetworkBody(
    id: PortfolioId,
    data: NetworkData,
    read_only: bool,
    t: &'static Texts,
) -> impl IntoView {
    let title = data.title.clone();
    let net = Arc::new(Network::build(&data));
    let view = use_view();
    let navigate = use_navigate();
    let base = format!(
        "/portfolio/{id}/{}",
        if read_only { "map" } else { "network" }
    );
    let go = {
        let base = base.clone();
        Callback::new(move |v: View| {
            let q = v.to_query();
            let url = if q.is_empty() {
                base.clone()
            } else {
                format!("{base}?{q}")
            };
            navigate(
                &url,
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            );
        })
    };
    view! {
        <Title text=format!("{} – {}", t.net.title, title) />
        <p class="no-print">
            <a href=format!("/portfolio/{id}")>{t.back_to_portfolio}</a>
        </p>
        <h1>{t.net.title} ": " {title.clone()}</h1>
        <p class="lead">{if read_only { t.net.intro_read_only } else { t.net.intro }}</p>
        <Filters data=data.clone() view go base t />
        <NetworkMap id net=net.clone() positions=data.positions.clone() title view go read_only t />
    }
}

/// Builds `<option>`s with one selected.
fn options(items: Vec<(String, String)>, current: String) -> impl IntoView {
    items
        .into_iter()
        .map(|(value, label)| {
            let selected = value == current;
            view! { <option value=value selected=selected>{label}</option> }
        })
        .collect_view()
}

#[component]
fn Filters(
    data: NetworkData,
    view: Memo<View>,
    go: Callback<View>,
    base: String,
    t: &'static Texts,
) -> impl IntoView {
    let n = t.net;
    let v = view.get_untracked();
    let any = |label: &str| vec![(String::new(), label.to_string())];
    let mut themes = any(n.all);
    themes.extend(
        data.input
            .themes
            .iter()
            .map(|x| (x.id.to_string(), x.name.clone())),
    );
    let mut statuses = any(n.all);
    statuses.extend(
        ProjectStatus::ALL
            .iter()
            .map(|s| (s.as_str().into(), t.status(*s).into())),
    );
    let mut types = any(n.all);
    types.extend(
        ActorKind::ALL
            .iter()
            .map(|k| (k.as_str().into(), t.actor_kind(*k).into())),
    );
    let mut funder_ids: Vec<_> = data
        .input
        .projects
        .iter()
        .flat_map(|p| p.actors.iter())
        .filter(|(_, r)| *r == crate::model::ActorRole::Funder)
        .map(|(a, _)| *a)
        .collect();
    funder_ids.sort_unstable();
    funder_ids.dedup();
    let mut funders = any(n.all);
    funders.extend(
        data.input
            .actors
            .iter()
            .filter(|a| funder_ids.contains(&a.id))
            .map(|a| (a.id.to_string(), a.name.clone())),
    );
    let colors: Vec<_> = ColorBy::ALL
        .iter()
        .map(|c| (c.as_str().into(), n.color_by(*c).into()))
        .collect();
    let sizes: Vec<_> = SizeBy::ALL
        .iter()
        .map(|s| (s.as_str().into(), n.size_by(*s).into()))
        .collect();
    let opt = |x: Option<String>| x.unwrap_or_default();
    // With JavaScript, every change applies at once; without it, the form's button does.
    // The time slider spans the portfolio's years.
    let years = data
        .input
        .projects
        .iter()
        .flat_map(|p| [p.start, p.end])
        .flatten()
        .map(|d| chrono::Datelike::year(&d));
    let (first, last) = years.fold((i32::MAX, i32::MIN), |(a, b), y| (a.min(y), b.max(y)));
    let (first, last) = if first > last {
        (2020, 2030)
    } else {
        (first.max(1990), last.min(2100))
    };
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(query) = crate::components::network::form_query(&ev) {
            let pairs: Vec<(&str, &str)> = query
                .split('&')
                .filter_map(|kv| kv.split_once('='))
                .collect();
            let mut next = View::from_query(pairs);
            // The selection and its neighbourhood are set outside this form.
            let now = view.get_untracked();
            next.selected = now.selected;
            next.hops = now.hops;
            // The slider's ends mean "no limit", so projects without dates stay in view.
            next.from = next.from.filter(|y| *y > first);
            next.to = next.to.filter(|y| *y < last);
            go.run(next);
        }
    };
    let kinds = [(v.projects, "p"), (v.actors, "a"), (v.themes, "t")];
    // The controls follow the URL (after "Reset", say); the `selected`/`checked` attributes
    // above are for the server-rendered page.
    let shows = |k: usize| {
        move || {
            let v = view.read();
            [v.projects, v.actors, v.themes][k]
        }
    };
    let value = move |f: fn(&View) -> String| move || f(&view.read());
    let action = base.clone();
    view! {
        <form method="get" action=action class="net-filters no-print" aria-labelledby="net-filters-h" on:change=on_change>
            <h2 id="net-filters-h" class="visually-hidden">{n.filters}</h2>
            <fieldset class="kinds">
                <legend>{n.show}</legend>
                <input type="hidden" name="show" value="-" />
                {kinds.into_iter().enumerate().map(|(i, (on, code))| view! {
                    <label><input type="checkbox" name="show" value=code checked=on prop:checked=shows(i) /> {n.kinds_plural[i]}</label>
                }).collect_view()}
            </fieldset>
            <div class="net-field"><label for="net-theme">{n.theme}</label><select id="net-theme" name="theme" prop:value=value(|v| v.theme.map(|x| x.to_string()).unwrap_or_default())>{options(themes, opt(v.theme.map(|x| x.to_string())))}</select></div>
            <div class="net-field"><label for="net-status">{n.status}</label><select id="net-status" name="status" prop:value=value(|v| v.status.map(|x| x.as_str().to_string()).unwrap_or_default())>{options(statuses, opt(v.status.map(|x| x.as_str().into())))}</select></div>
            <div class="net-field"><label for="net-atype">{n.actor_type}</label><select id="net-atype" name="atype" prop:value=value(|v| v.actor_kind.map(|x| x.as_str().to_string()).unwrap_or_default())>{options(types, opt(v.actor_kind.map(|x| x.as_str().into())))}</select></div>
            <div class="net-field"><label for="net-funder">{n.funder}</label><select id="net-funder" name="funder" prop:value=value(|v| v.funder.map(|x| x.to_string()).unwrap_or_default())>{options(funders, opt(v.funder.map(|x| x.to_string())))}</select></div>
            <div class="net-field">
                <label for="net-from">{n.from_year} " " <output for="net-from">{move || view.read().from.unwrap_or(first)}</output></label>
                <input id="net-from" type="range" name="from" min=first max=last step="1" value=v.from.unwrap_or(first) prop:value=move || view.read().from.unwrap_or(first).to_string() />
            </div>
            <div class="net-field">
                <label for="net-to">{n.to_year} " " <output for="net-to">{move || view.read().to.unwrap_or(last)}</output></label>
                <input id="net-to" type="range" name="to" min=first max=last step="1" value=v.to.unwrap_or(last) prop:value=move || view.read().to.unwrap_or(last).to_string() />
            </div>
            <div class="net-field"><label for="net-color">{n.color}</label><select id="net-color" name="color" prop:value=value(|v| v.color.as_str().to_string())>{options(colors, v.color.as_str().into())}</select></div>
            <div class="net-field"><label for="net-size">{n.size}</label><select id="net-size" name="size" prop:value=value(|v| v.size.as_str().to_string())>{options(sizes, v.size.as_str().into())}</select></div>
            <div class="net-filter-buttons">
                <button type="submit" class="button small">{n.apply}</button>
                <a class="button small quiet" href=base>{n.reset}</a>
            </div>
        </form>
    }
}
