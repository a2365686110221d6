//! The situational picture's charts: themes, themes over the years, projects over time and
//! who develops. Each chart is a table with bars beside the numbers.

use super::{bar, Names, TOP};
use crate::analysis::themes::Attention;
use crate::api::AnalysisView;
use crate::i18n::Texts;
use crate::model::{format_euros, ActorKind};
use leptos::prelude::*;

pub(super) fn themes_section(v: &AnalysisView, names: &Names, t: &'static Texts) -> impl IntoView {
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

pub(super) fn actors_section(v: &AnalysisView, names: &Names, t: &'static Texts) -> impl IntoView {
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
            // The list is brokers first, so the first of each type are its most central.
            let top = actors
                .iter()
                .filter(|a| a.kind == k)
                .take(3)
                .map(|a| names.actor(a.actor))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <tr>
                    <th scope="row">{t.actor_kind(k)}</th>
                    <td class="num">{n}</td>
                    <td class="chart">{bar(n as f64, max_kind)}</td>
                    <td>{top}</td>
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
            <table class="report">
                <caption>{t.types_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_type}</th>
                        <th scope="col" class="num">{t.col_count}</th>
                        <td></td>
                        <th scope="col">{t.col_most_central}</th>
                    </tr>
                </thead>
                <tbody>{kinds}</tbody>
            </table>
        </section>
    }
}

/// Projects per year as columns (running projects), with the numbers in a table beside them.
pub(super) fn timeline_section(v: &AnalysisView, t: &'static Texts) -> impl IntoView {
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

/// Projects per theme and year: which themes grow, which fade. Years are those of the
/// timeline; a project counts in every year it runs.
pub(super) fn theme_years_section(
    v: &AnalysisView,
    names: &Names,
    t: &'static Texts,
) -> impl IntoView {
    let years: Vec<i32> = v.report.timeline.iter().map(|y| y.year).collect();
    let max = v
        .report
        .themes
        .themes
        .iter()
        .flat_map(|s| s.per_year.values())
        .copied()
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let head = years
        .iter()
        .map(|y| view! { <th scope="col" class="num">{*y}</th> })
        .collect_view();
    let rows = v
        .report
        .themes
        .themes
        .iter()
        .map(|s| {
            let cells = years
                .iter()
                .map(|y| {
                    let n = s.per_year.get(y).copied().unwrap_or(0);
                    // A shade behind the number in five steps (classes, not inline styles,
                    // so a strict style policy holds); the number carries the meaning.
                    let step = (n as f64 / max * 5.0).ceil() as u32;
                    view! { <td class=format!("num heat-{step}")>{n}</td> }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{names.theme(s.theme)}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="theme-years-h">
            <h2 id="theme-years-h">{t.theme_years_heading}</h2>
            <div class="table-wrap" role="region" aria-labelledby="theme-years-h" tabindex="0">
                <table class="report theme-years">
                    <caption>{t.theme_years_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_theme}</th>
                            {head}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
