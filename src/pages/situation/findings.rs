//! The situational picture's findings: possible overlaps, other inferred connections,
//! cooperation opportunities and clusters — each explained.

use super::{finding_buttons, Names, TOP};
use crate::analysis::overlap::PairFinding;
use crate::api::AnalysisView;
use crate::i18n::Texts;
use leptos::prelude::*;

/// Why two projects are connected, in one line: shared actors and themes, time together,
/// description similarity, and whether one continues the other.
fn explain(f: &PairFinding, names: &Names, t: &'static Texts) -> String {
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
    if f.sequential {
        why.push(t.continues_other.to_string());
    }
    why.join(" · ")
}

pub(super) fn overlaps_section(
    v: &AnalysisView,
    names: &Names,
    t: &'static Texts,
) -> impl IntoView {
    let items = v
        .report
        .overlaps
        .iter()
        .take(TOP)
        .map(|f| {
            let why = explain(f, names, t);
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
                    <p>{why}</p>
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

pub(super) fn opportunities_section(
    v: &AnalysisView,
    names: &Names,
    t: &'static Texts,
) -> impl IntoView {
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

pub(super) fn project_opportunities_section(
    v: &AnalysisView,
    names: &Names,
    t: &'static Texts,
) -> impl IntoView {
    let list = &v.report.project_opportunities;
    let items = list
        .iter()
        .take(TOP)
        .map(|f| {
            let pair = (t.pair)(&names.project(f.a), &names.project(f.b));
            let buttons = finding_buttons(
                v.portfolio.id.0,
                "cooperation",
                f.a.0,
                f.b.0,
                &pair,
                t.dismiss_opportunity,
                t,
            );
            view! {
                <li class="finding">
                    <h3>{pair}</h3>
                    <p>{explain(f, names, t)}</p>
                    {buttons}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="project-opps-h">
            <h2 id="project-opps-h">{t.project_opps_heading}</h2>
            <p>{t.project_opps_intro}</p>
            {if list.is_empty() {
                view! { <p>{t.no_project_opps}</p> }.into_any()
            } else {
                view! { <ol class="findings">{items}</ol> }.into_any()
            }}
        </section>
    }
}

pub(super) fn clusters_section(
    v: &AnalysisView,
    names: &Names,
    t: &'static Texts,
) -> impl IntoView {
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

/// Connections the analysis infers between projects that are not overlaps: candidates for a
/// stated relation, a shared steering group or an exchange of results.
pub(super) fn connections_section(
    v: &AnalysisView,
    names: &Names,
    t: &'static Texts,
) -> impl IntoView {
    let links: Vec<&PairFinding> = v.report.links.iter().filter(|f| !f.is_overlap).collect();
    let items = links
        .iter()
        .take(TOP)
        .map(|f| {
            view! {
                <li class="finding">
                    <h3>{(t.pair)(&names.project(f.a), &names.project(f.b))}</h3>
                    <p class="meta">{(t.connection_score)((f.score * 100.0).round() as u32)}</p>
                    <p>{explain(f, names, t)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="links-h">
            <h2 id="links-h">{t.connections_heading}</h2>
            <p>{(t.connections_intro)(links.len())}</p>
            {if links.is_empty() {
                view! { <p>{t.no_connections}</p> }.into_any()
            } else {
                view! { <ol class="findings">{items}</ol> }.into_any()
            }}
        </section>
    }
}
