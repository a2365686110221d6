//! A portfolio's page: its projects in a table that reads without JavaScript.

use super::portfolio_param;
use crate::api::{get_portfolio, PortfolioView};
use crate::components::error::ErrorMessage;
use crate::error::AppError;
use crate::i18n::{use_texts, Texts};
use crate::model::{format_euros, Project};
use leptos::prelude::*;
use leptos_meta::Title;

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
        ..
    } = view;
    let new_href = format!("/portfolio/{}/projects/new", portfolio.id);
    let situation_href = format!("/portfolio/{}/situation", portfolio.id);
    let actions_href = format!("/portfolio/{}/actions", portfolio.id);
    let caption = (t.projects_table_caption)(&portfolio.name);
    let region_label = caption.clone();
    let count = (t.projects_count)(projects.len());
    let pid = portfolio.id;
    view! {
        <Title text=portfolio.name.clone() />
        <div class="page-head">
            <div>
                <h1>{portfolio.name.clone()}</h1>
                <p class="lead">{portfolio.description.clone()}</p>
                <p class="meta">{count} " · " {(t.revision)(portfolio.revision)}</p>
            </div>
            <div class="actions-inline">
                <a class="button" href=format!("/portfolio/{}/network", portfolio.id)>
                    {t.net.open}
                </a>
                <a class="button" href=situation_href>
                    {t.situation_title}
                </a>
                <a class="button" href=actions_href>
                    {t.actions_title}
                </a>
                <a class="button primary" href=new_href>
                    {t.new_project}
                </a>
            </div>
        </div>
        <h2>{t.projects_heading}</h2>
        {if projects.is_empty() {
            view! { <p>{t.no_projects}</p> }.into_any()
        } else {
            view! {
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
                <span class="project-name">{d.name.clone()}</span>
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
