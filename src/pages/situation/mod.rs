//! The situational picture (tilannekuva): the analysis of a portfolio as one printable page —
//! key figures, themes (with neglected ones flagged), who develops, possible overlaps,
//! cooperation opportunities and clusters. Every chart is a table with bars beside the
//! numbers, so screen readers and print get the same information.

mod charts;
mod findings;

use super::portfolio_param;
use crate::analysis::themes::Attention;
use crate::api::{get_analysis, AnalysisView};
use crate::components::error::ErrorMessage;
use crate::error::AppError;
use crate::i18n::{use_texts, Texts};
use crate::model::{format_euros, ActorId, ActorKind, ProjectId, ThemeId};
use charts::{actors_section, theme_years_section, themes_section, timeline_section};
use findings::{
    clusters_section, connections_section, opportunities_section, overlaps_section,
    project_opportunities_section,
};
use leptos::prelude::*;
use leptos_meta::Title;
use std::collections::HashMap;

/// How many rows each list shows.
pub(super) const TOP: usize = 10;

#[component]
pub fn SituationPage() -> impl IntoView {
    let t = use_texts();
    let id = portfolio_param();
    let data = Resource::new(
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => get_analysis(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(v) => view! { <Situation v t /> }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Names of the things the report refers to by ID.
pub(super) struct Names {
    projects: HashMap<ProjectId, String>,
    actors: HashMap<ActorId, (String, ActorKind)>,
    themes: HashMap<ThemeId, String>,
}

impl Names {
    pub(super) fn project(&self, id: ProjectId) -> String {
        self.projects.get(&id).cloned().unwrap_or_default()
    }
    pub(super) fn actor(&self, id: ActorId) -> String {
        self.actors
            .get(&id)
            .map(|a| a.0.clone())
            .unwrap_or_default()
    }
    pub(super) fn theme(&self, id: ThemeId) -> String {
        self.themes.get(&id).cloned().unwrap_or_default()
    }
    pub(super) fn themes(&self, ids: &[ThemeId]) -> String {
        ids.iter()
            .map(|t| self.theme(*t))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The two buttons beside a finding: turn it into an action, or mark it as known. Plain
/// form posts to the server functions, so they work before and without the browser bundle.
pub(super) fn finding_buttons(
    portfolio: i64,
    kind: &'static str,
    a: i64,
    b: i64,
    pair: &str,
    dismiss: &'static str,
    t: &'static Texts,
) -> impl IntoView {
    let hidden = move || {
        view! {
            <input type="hidden" name="portfolio_id" value=portfolio />
            <input type="hidden" name="kind" value=kind />
            <input type="hidden" name="a" value=a />
            <input type="hidden" name="b" value=b />
        }
    };
    view! {
        <div class="finding-actions no-print">
            <form method="post" action="/api/act_on_finding">
                {hidden()}
                <button type="submit" class="button small" aria-label=format!("{}: {pair}", t.make_action)>
                    {t.make_action}
                </button>
            </form>
            <form method="post" action="/api/dismiss_finding">
                {hidden()}
                <button type="submit" class="button small quiet" aria-label=format!("{dismiss}: {pair}")>
                    {dismiss}
                </button>
            </form>
        </div>
    }
}

/// A bar for a table cell; the number itself is in the cell's text.
pub(super) fn bar(value: f64, max: f64) -> impl IntoView {
    let pct = if max > 0.0 {
        (value / max * 100.0).clamp(0.0, 100.0)
    } else {
        0.0
    };
    view! {
        <svg class="bar" aria-hidden="true" focusable="false" width="100%" height="10">
            <rect width=format!("{pct:.1}%") height="10" rx="2"></rect>
        </svg>
    }
}

#[component]
fn Situation(v: AnalysisView, t: &'static Texts) -> impl IntoView {
    let names = Names {
        projects: v.projects.iter().cloned().collect(),
        actors: v
            .actors
            .iter()
            .map(|(id, n, k)| (*id, (n.clone(), *k)))
            .collect(),
        themes: v.themes.iter().cloned().collect(),
    };
    let r = &v.report;
    let neglected = r
        .themes
        .themes
        .iter()
        .filter(|s| s.attention == Attention::Neglected)
        .count();
    let back = format!("/portfolio/{}", v.portfolio.id);
    view! {
        <Title text=format!("{} – {}", t.situation_title, v.portfolio.name) />
        <p class="no-print">
            <a href=back>{t.back_to_portfolio}</a>
        </p>
        <h1>{t.situation_title} ": " {v.portfolio.name.clone()}</h1>
        <p class="lead">{t.situation_intro}</p>
        <section aria-labelledby="kf-h">
            <h2 id="kf-h">{t.key_figures}</h2>
            <dl class="figures">
                <div><dt>{t.kf_projects}</dt><dd>{v.projects.len()}</dd></div>
                <div><dt>{t.kf_active}</dt><dd>{v.active_projects}</dd></div>
                <div><dt>{t.kf_budget}</dt><dd>{format_euros(v.total_budget_cents)}</dd></div>
                <div><dt>{t.kf_actors}</dt><dd>{r.actors.len()}</dd></div>
                <div><dt>{t.kf_neglected}</dt><dd>{neglected}</dd></div>
            </dl>
        </section>
        {themes_section(&v, &names, t)}
        {timeline_section(&v, t)}
        {theme_years_section(&v, &names, t)}
        {actors_section(&v, &names, t)}
        {overlaps_section(&v, &names, t)}
        {connections_section(&v, &names, t)}
        {opportunities_section(&v, &names, t)}
        {project_opportunities_section(&v, &names, t)}
        {clusters_section(&v, &names, t)}
    }
}
