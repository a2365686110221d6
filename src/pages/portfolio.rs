//! A portfolio's page: its projects in a table that reads without JavaScript.

use super::portfolio_param;
use crate::api::{get_portfolio, PortfolioView};
use crate::components::error::ErrorMessage;
use crate::components::refusal::PortfolioNav;
use crate::error::AppError;
use crate::i18n::{use_texts, Texts};
use crate::model::{
    format_euros, ActorKind, Project, ProjectFilter, ProjectSort, ProjectStatus, Theme,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn PortfolioPage() -> impl IntoView {
    let t = use_texts();
    let id = portfolio_param();
    let data = Resource::new(
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => get_portfolio(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(view) => view! { <PortfolioBody view t /> }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn PortfolioBody(view: PortfolioView, t: &'static Texts) -> impl IntoView {
    let PortfolioView {
        portfolio,
        projects,
        themes,
        actor_kinds,
    } = view;
    let query = use_query_map();
    let filter = move || ProjectFilter::from_query(|k| query.read().get(k));
    let kinds: std::collections::HashMap<_, _> = actor_kinds.into_iter().collect();
    let total = projects.len();
    let new_href = format!("/portfolio/{}/projects/new", portfolio.id);
    let caption = (t.projects_table_caption)(&portfolio.name);
    let region_label = caption.clone();
    let count = (t.projects_count)(projects.len());
    let pid = portfolio.id;
    view! {
        <Title text=portfolio.name.clone() />
        <PortfolioNav portfolio=pid current="" />
        {portfolio.archived.then(|| view! { <p class="notice" role="status">{t.editing.archived_banner}</p> })}
        <div class="page-head">
            <div>
                <h1>{portfolio.name.clone()}</h1>
                <p class="lead">{portfolio.description.clone()}</p>
                <p class="meta">{count} " · " {(t.revision)(portfolio.revision)}</p>
            </div>
            <div class="actions-inline">
                <a class="button primary" href=new_href>
                    {t.new_project}
                </a>
            </div>
        </div>
        <h2>{t.projects_heading}</h2>
        <FilterForm portfolio=pid.0 themes filter=filter() t />
        {move || {
            let projects = filter().apply(projects.clone(), &kinds);
            let region_label = region_label.clone();
            let caption = caption.clone();
            if total == 0 {
                return view! { <p>{t.no_projects}</p> }.into_any();
            }
            if projects.is_empty() {
                return view! { <p role="status">{t.editing.nothing_matches}</p> }.into_any();
            }
            view! {
                <p role="status" class="meta">{(t.editing.shown)(projects.len(), total)}</p>
                <div class="table-wrap" role="region" aria-label=region_label tabindex="0">
                    <table class="projects">
                        <caption class="visually-hidden">{caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t.col_name}</th>
                                <th scope="col">{t.col_status}</th>
                                <th scope="col">{t.col_period}</th>
                                <th scope="col" class="num">{t.col_budget}</th>
                                <th scope="col">{t.col_actors}</th>
                                <th scope="col">{t.col_themes}</th>
                                <th scope="col">{t.col_actions}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {projects
                                .into_iter()
                                .map(|p| view! { <ProjectRow p t portfolio=pid.0 /> })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            }
                .into_any()
        }}
    }
}

/// The project list's filters as a plain GET form: a filtered list is a link.
#[component]
fn FilterForm(
    portfolio: i64,
    themes: Vec<Theme>,
    filter: ProjectFilter,
    t: &'static Texts,
) -> impl IntoView {
    let e = t.editing;
    let n = t.net;
    let base = format!("/portfolio/{portfolio}");
    let year = |y: Option<i32>| y.map(|y| y.to_string()).unwrap_or_default();
    let clear = base.clone();
    view! {
        <form method="get" action=base.clone() class="filters no-print" role="search" aria-label=e.filter_projects>
            <div class="field">
                <label for="pf-q">{e.search_projects}</label>
                <input id="pf-q" type="search" name="q" value=filter.q.clone() />
            </div>
            <div class="field">
                <label for="pf-status">{n.status}</label>
                <select id="pf-status" name="status">
                    <option value="">{n.all}</option>
                    {ProjectStatus::ALL.into_iter().map(|s| view! {
                        <option value=s.as_str() selected=filter.status == Some(s)>{t.status(s)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="pf-theme">{n.theme}</label>
                <select id="pf-theme" name="theme">
                    <option value="">{n.all}</option>
                    {themes.into_iter().map(|th| view! {
                        <option value=th.id.0 selected=filter.theme == Some(th.id)>{th.name}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="pf-kind">{n.actor_type}</label>
                <select id="pf-kind" name="actor_kind">
                    <option value="">{n.all}</option>
                    {ActorKind::ALL.into_iter().map(|k| view! {
                        <option value=k.as_str() selected=filter.actor_kind == Some(k)>{t.actor_kind(k)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="pf-funder">{n.funder}</label>
                <input id="pf-funder" type="text" name="funder" value=filter.funder.clone() />
            </div>
            <div class="field">
                <label for="pf-from">{n.from_year}</label>
                <input id="pf-from" type="number" inputmode="numeric" min="1900" max="2200" name="from" value=year(filter.from_year) />
            </div>
            <div class="field">
                <label for="pf-to">{n.to_year}</label>
                <input id="pf-to" type="number" inputmode="numeric" min="1900" max="2200" name="to" value=year(filter.to_year) />
            </div>
            <div class="field">
                <label for="pf-sort">{e.sort}</label>
                <select id="pf-sort" name="sort">
                    {ProjectSort::ALL.into_iter().enumerate().map(|(i, s)| view! {
                        <option value=s.as_str() selected=filter.sort == s>{e.sorts[i]}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button">{e.filter}</button>
            <a class="button" href=clear>{e.clear}</a>
        </form>
    }
}

#[component]
fn ProjectRow(p: Project, t: &'static Texts, portfolio: i64) -> impl IntoView {
    let d = &p.draft;
    let date = |x: Option<chrono::NaiveDate>| x.map(t.date).unwrap_or_else(|| "…".into());
    let period = if d.start_date.is_none() && d.end_date.is_none() {
        t.not_set.to_string()
    } else {
        format!("{} – {}", date(d.start_date), date(d.end_date))
    };
    let budget = d
        .budget_cents
        .map(format_euros)
        .unwrap_or_else(|| t.not_set.to_string());
    let edit_href = format!("/portfolio/{portfolio}/projects/{}/edit", p.id);
    let edit_label = (t.edit_named)(&d.name);
    let status_class = format!("status status-{}", d.status.as_str());
    view! {
        <tr>
            <th scope="row">
                <a class="project-name" href=format!("/portfolio/{portfolio}/projects/{}", p.id)>
                    {d.name.clone()}
                </a>
                <span class="summary">{d.summary.clone()}</span>
            </th>
            <td>
                <span class=status_class>{t.status(d.status)}</span>
            </td>
            <td class="nowrap">{period}</td>
            <td class="num nowrap">{budget}</td>
            <td>
                <ul class="plain">
                    {p
                        .actors
                        .iter()
                        .map(|a| {
                            view! {
                                <li>
                                    {a.actor_name.clone()}
                                    <span class="role">" (" {t.actor_role(a.role)} ")"</span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </td>
            <td>
                <ul class="tags">
                    {p.themes.iter().map(|th| view! { <li>{th.name.clone()}</li> }).collect_view()}
                </ul>
            </td>
            <td>
                <a href=edit_href aria-label=edit_label>
                    {t.edit}
                </a>
            </td>
        </tr>
    }
}
