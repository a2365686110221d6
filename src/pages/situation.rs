//! The situational picture (tilannekuva): the analysis of a portfolio as one printable page —
//! key figures, themes (with neglected ones flagged), who develops, possible overlaps,
//! cooperation opportunities and clusters. Every chart is a table with bars beside the
//! numbers, so screen readers and print get the same information.

use super::portfolio_param;
use crate::analysis::themes::Attention;
use crate::api::{get_analysis, AnalysisView};
use crate::components::error::ErrorMessage;
use crate::error::AppError;
use crate::i18n::{use_texts, Texts};
use crate::model::{format_euros, ActorId, ActorKind, ProjectId, ThemeId};
use leptos::prelude::*;
use leptos_meta::Title;
use std::collections::HashMap;

/// How many rows each list shows.
const TOP: usize = 10;

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
struct Names {
    projects: HashMap<ProjectId, String>,
    actors: HashMap<ActorId, (String, ActorKind)>,
    themes: HashMap<ThemeId, String>,
}

impl Names {
    fn project(&self, id: ProjectId) -> String {
        self.projects.get(&id).cloned().unwrap_or_default()
    }
    fn actor(&self, id: ActorId) -> String {
        self.actors
            .get(&id)
            .map(|a| a.0.clone())
            .unwrap_or_default()
    }
    fn theme(&self, id: ThemeId) -> String {
        self.themes.get(&id).cloned().unwrap_or_default()
    }
    fn themes(&self, ids: &[ThemeId]) -> String {
        ids.iter()
            .map(|t| self.theme(*t))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The two buttons beside a finding: turn it into an action, or mark it as known. Plain
/// form posts to the server functions, so they work before and without the browser bundle.
fn finding_buttons(
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
fn bar(value: f64, max: f64) -> impl IntoView {
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
        {actors_section(&v, &names, t)}
        {overlaps_section(&v, &names, t)}
        {opportunities_section(&v, &names, t)}
        {clusters_section(&v, &names, t)}
    }
}

fn themes_section(v: &AnalysisView, names: &Names, t: &'static Texts) -> impl IntoView {
    let stats = &v.report.themes;
    let max_live = stats
        .themes
        .iter()
        .map(|s| (s.active + s.planned) as f64)
        .fold(0.0, f64::max);
    let max_budget = stats
        .themes
        .iter()
        .map(|s| s.budget_cents as f64)
        .fold(0.0, f64::max);
    let share = (stats.top3_budget_share * 100.0).round() as u32;
    let rows = stats
        .themes
        .iter()
        .map(|s| {
            let class = format!(
                "attention attention-{}",
                match s.attention {
                    Attention::Neglected => "neglected",
                    Attention::Few => "few",
                    Attention::Covered => "covered",
                }
            );
            view! {
                <tr class:neglected=s.attention == Attention::Neglected>
                    <th scope="row">{names.theme(s.theme)}</th>
                    <td class="num">{s.active}</td>
                    <td class="num">{s.planned}</td>
                    <td class="num">{s.ended}</td>
                    <td class="chart">{bar((s.active + s.planned) as f64, max_live)}</td>
                    <td class="num nowrap">{format_euros(s.budget_cents)}</td>
                    <td class="chart">{bar(s.budget_cents as f64, max_budget)}</td>
                    <td class="num">{s.actors}</td>
                    <td><span class=class>{t.attention(s.attention)}</span></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="themes-h">
            <h2 id="themes-h">{t.themes_heading}</h2>
            <p>{(t.concentration)(share)}</p>
            <div class="table-wrap" role="region" aria-labelledby="themes-h" tabindex="0">
                <table class="report">
                    <caption>{t.themes_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_theme}</th>
                            <th scope="col" class="num">{t.col_active}</th>
                            <th scope="col" class="num">{t.col_planned}</th>
                            <th scope="col" class="num">{t.col_ended}</th>
                            <td></td>
                            <th scope="col" class="num">{t.col_budget}</th>
                            <td></td>
                            <th scope="col" class="num">{t.kf_actors}</th>
                            <th scope="col">{t.col_attention}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

fn actors_section(v: &AnalysisView, names: &Names, t: &'static Texts) -> impl IntoView {
    let actors = &v.report.actors;
    let mut by_kind: Vec<(ActorKind, usize)> = ActorKind::ALL
        .iter()
        .map(|k| (*k, actors.iter().filter(|a| a.kind == *k).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    by_kind.sort_by_key(|k| std::cmp::Reverse(k.1));
    let max_kind = by_kind.first().map(|k| k.1 as f64).unwrap_or(0.0);
    let kinds = by_kind
        .into_iter()
        .map(|(k, n)| {
            view! {
                <tr>
                    <th scope="row">{t.actor_kind(k)}</th>
                    <td class="num">{n}</td>
                    <td class="chart">{bar(n as f64, max_kind)}</td>
                </tr>
            }
        })
        .collect_view();
    let brokers = actors
        .iter()
        .take(TOP)
        .map(|a| {
            view! {
                <tr>
                    <th scope="row">{names.actor(a.actor)}</th>
                    <td>{t.actor_kind(a.kind)}</td>
                    <td class="num">{a.projects}</td>
                    <td class="num">{a.leads}</td>
                    <td class="num">{a.partners}</td>
                    <td class="num">{(a.betweenness * 100.0).round() as u32}</td>
                    <td class="chart">{bar(a.betweenness as f64, 1.0)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="actors-h">
            <h2 id="actors-h">{t.actors_heading}</h2>
            <div class="table-wrap">
                <table class="report">
                    <caption>{t.brokers_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_actor}</th>
                            <th scope="col">{t.col_type}</th>
                            <th scope="col" class="num">{t.col_projects}</th>
                            <th scope="col" class="num">{t.col_leads}</th>
                            <th scope="col" class="num">{t.col_partners}</th>
                            <th scope="col" class="num">{t.col_broker}</th>
                            <td></td>
                        </tr>
                    </thead>
                    <tbody>{brokers}</tbody>
                </table>
            </div>
            <table class="report narrow">
                <caption>{t.types_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_type}</th>
                        <th scope="col" class="num">{t.col_count}</th>
                        <td></td>
                    </tr>
                </thead>
                <tbody>{kinds}</tbody>
            </table>
        </section>
    }
}

fn overlaps_section(v: &AnalysisView, names: &Names, t: &'static Texts) -> impl IntoView {
    let items = v
        .report
        .overlaps
        .iter()
        .take(TOP)
        .map(|f| {
            let mut why = Vec::new();
            if !f.shared_actors.is_empty() {
                let list = f
                    .shared_actors
                    .iter()
                    .map(|a| names.actor(*a))
                    .collect::<Vec<_>>()
                    .join(", ");
                why.push((t.shared_actors)(&list));
            }
            if !f.shared_themes.is_empty() {
                why.push((t.shared_themes)(&names.themes(&f.shared_themes)));
            }
            match f.overlap_days {
                Some(d) if d > 0 => why.push((t.same_time)(d)),
                _ => {}
            }
            why.push((t.text_similarity)(
                (f.text_similarity * 100.0).round() as u32
            ));
            let pair = (t.pair)(&names.project(f.a), &names.project(f.b));
            let buttons = finding_buttons(
                v.portfolio.id.0,
                "overlap",
                f.a.0,
                f.b.0,
                &pair,
                t.dismiss_overlap,
                t,
            );
            view! {
                <li class="finding">
                    <h3>{pair}</h3>
                    <p class="meta">{(t.overlap_score)((f.score * 100.0).round() as u32)}</p>
                    <p>{why.join(" · ")}</p>
                    {buttons}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="overlaps-h">
            <h2 id="overlaps-h">{t.overlaps_heading}</h2>
            <p>{t.overlaps_intro}</p>
            {if v.report.overlaps.is_empty() {
                view! { <p>{t.no_overlaps}</p> }.into_any()
            } else {
                view! { <ol class="findings">{items}</ol> }.into_any()
            }}
        </section>
    }
}

fn opportunities_section(v: &AnalysisView, names: &Names, t: &'static Texts) -> impl IntoView {
    let items = v
        .report
        .opportunities
        .iter()
        .take(TOP)
        .map(|o| {
            let themes = o
                .shared_themes
                .iter()
                .map(|s| (t.theme_work)(&names.theme(s.theme), s.projects_a, s.projects_b))
                .collect::<Vec<_>>()
                .join(", ");
            let pair = (t.pair)(&names.actor(o.a), &names.actor(o.b));
            let buttons = finding_buttons(
                v.portfolio.id.0,
                "opportunity",
                o.a.0,
                o.b.0,
                &pair,
                t.dismiss_opportunity,
                t,
            );
            view! {
                <li class="finding">
                    <h3>{pair}</h3>
                    <p>{(t.both_work_on)(&themes)}</p>
                    {buttons}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="opps-h">
            <h2 id="opps-h">{t.opportunities_heading}</h2>
            <p>{t.opportunities_intro}</p>
            {if v.report.opportunities.is_empty() {
                view! { <p>{t.no_opportunities}</p> }.into_any()
            } else {
                view! { <ol class="findings">{items}</ol> }.into_any()
            }}
        </section>
    }
}

fn clusters_section(v: &AnalysisView, names: &Names, t: &'static Texts) -> impl IntoView {
    let items = v
        .report
        .clusters
        .iter()
        .take(TOP)
        .map(|c| {
            let projects = c
                .projects
                .iter()
                .map(|p| names.project(*p))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <li class="finding">
                    <h3>{(t.cluster_focus)(&names.themes(&c.themes))}</h3>
                    <p class="meta">{(t.cluster_size)(c.projects.len(), c.actors.len())}</p>
                    <p>{projects}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="clusters-h">
            <h2 id="clusters-h">{t.clusters_heading}</h2>
            <p>{t.clusters_intro}</p>
            <ul class="findings">{items}</ul>
        </section>
    }
}

/// Projects per year as columns (running projects), with the numbers in a table beside them.
fn timeline_section(v: &AnalysisView, t: &'static Texts) -> impl IntoView {
    let years = &v.report.timeline;
    let max_running = years.iter().map(|y| y.running).max().unwrap_or(0).max(1) as f64;
    let max_budget = years.iter().map(|y| y.budget_cents).max().unwrap_or(0) as f64;
    // The chart: one column per year, 28 px wide, 120 px tall, year labels below.
    let w = 28.0;
    let h = 120.0;
    let columns = years
        .iter()
        .enumerate()
        .map(|(i, y)| {
            let x = i as f64 * w;
            let ch = y.running as f64 / max_running * h;
            view! {
                <g>
                    <rect x=x + 4.0 y=h - ch width=w - 8.0 height=ch rx="2"></rect>
                    <text x=x + w / 2.0 y=h + 14.0 text-anchor="middle">{y.year % 100}</text>
                </g>
            }
        })
        .collect_view();
    let rows = years
        .iter()
        .map(|y| {
            view! {
                <tr>
                    <th scope="row">{y.year}</th>
                    <td class="num">{y.running}</td>
                    <td class="num">{y.starting}</td>
                    <td class="num">{y.ending}</td>
                    <td class="num nowrap">{format_euros(y.budget_cents)}</td>
                    <td class="chart">{bar(y.budget_cents as f64, max_budget)}</td>
                </tr>
            }
        })
        .collect_view();
    let width = (years.len() as f64 * w).max(w);
    view! {
        <section aria-labelledby="timeline-h">
            <h2 id="timeline-h">{t.timeline_heading}</h2>
            <svg
                class="timeline"
                aria-hidden="true"
                focusable="false"
                viewBox=format!("0 0 {width} {}", h + 20.0)
                width=width
                height=h + 20.0
            >
                {columns}
            </svg>
            <div class="table-wrap" role="region" aria-labelledby="timeline-h" tabindex="0">
                <table class="report">
                    <caption>{t.timeline_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_year}</th>
                            <th scope="col" class="num">{t.col_running}</th>
                            <th scope="col" class="num">{t.col_starting}</th>
                            <th scope="col" class="num">{t.col_ending}</th>
                            <th scope="col" class="num">{t.col_year_budget}</th>
                            <td></td>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
