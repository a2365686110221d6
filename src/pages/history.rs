//! The portfolio's history: who changed what and when, before → after, and undo of the
//! caller's own latest change. [`HistoryTable`] is also shown on each project's page.

use super::portfolio_param;
use crate::api::{get_history, HistoryView, UndoLast};
use crate::components::error::ErrorMessage;
use crate::components::refusal::{PortfolioNav, Refusal};
use crate::error::AppError;
use crate::i18n::{use_texts, Texts};
use crate::model::{Change, PortfolioId};
use crate::reload_on_success;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use std::collections::HashMap;

#[component]
pub fn HistoryPage() -> impl IntoView {
    let t = use_texts();
    let id = portfolio_param();
    let undo = ServerAction::<UndoLast>::new();
    let saved = RwSignal::new(0u32);
    reload_on_success!(saved, undo);
    let data = Resource::new(
        move || (id.get(), saved.get()),
        |(id, _)| async move {
            match id {
                Some(id) => get_history(id).await.map(|h| (id, h)),
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Title text=t.editing.history_title />
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((portfolio, h)) => view! { <HistoryBody portfolio h undo t /> }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn HistoryBody(
    portfolio: PortfolioId,
    h: HistoryView,
    undo: ServerAction<UndoLast>,
    t: &'static Texts,
) -> impl IntoView {
    let e = t.editing;
    let error = Signal::derive(move || undo.value().get().and_then(Result::err));
    let names = Names {
        projects: h.projects,
        actors: h.actors,
        themes: h.themes,
    };
    let undo_box = match &h.undoable {
        Some(c) => {
            let what = (e.undo_what)(&describe(c, t, &names));
            view! {
                <ActionForm action=undo attr:class="undo-box no-print">
                    <input type="hidden" name="portfolio_id" value=portfolio.0 />
                    <p>{what}</p>
                    <button type="submit" class="button primary">{e.undo}</button>
                </ActionForm>
            }
            .into_any()
        }
        None => view! { <p class="undo-box">{e.nothing_to_undo}</p> }.into_any(),
    };
    view! {
        <PortfolioNav portfolio current="/history" />
        <h1>{e.history_title}</h1>
        <p class="lead">{e.history_intro}</p>
        {undo_box}
        <Refusal error />
        <HistoryRows changes=h.changes caption=e.history_caption.to_string() names />
    }
}

/// Current names of what history entries refer to by ID.
#[derive(Clone, Default)]
struct Names {
    projects: HashMap<i64, String>,
    actors: HashMap<i64, String>,
    themes: HashMap<i64, String>,
}

impl Names {
    fn get(&self, map: &HashMap<i64, String>, v: Option<&serde_json::Value>) -> Option<String> {
        map.get(&v?.as_i64()?).cloned()
    }
}

/// What a change was about, in words: "Hanke lisätty: Polku töihin".
fn describe(c: &Change, t: &'static Texts, names: &Names) -> String {
    let e = t.editing;
    let side = c.after.as_ref().or(c.before.as_ref());
    let field = |k: &str| side.and_then(|v| v.get(k));
    let subject = match c.entity.as_str() {
        "project_actor" => {
            let actor = names.get(&names.actors, field("actor"));
            let project = names.get(&names.projects, field("project"));
            let role = field("role")
                .and_then(|r| r.as_str())
                .and_then(crate::model::ActorRole::parse)
                .map(|r| t.actor_role(r));
            Some(format!(
                "{} – {}{}",
                project.unwrap_or_default(),
                actor.unwrap_or_default(),
                role.map(|r| format!(" ({r})")).unwrap_or_default()
            ))
        }
        "project_theme" => names.projects.get(&c.entity_id).cloned(),
        "project_relation" => {
            let from = names.get(&names.projects, field("from"));
            let to = names.get(&names.projects, field("to"));
            Some(format!(
                "{} → {}",
                from.unwrap_or_default(),
                to.unwrap_or_default()
            ))
        }
        _ => c.subject_name().or_else(|| match c.entity.as_str() {
            "project" => names.projects.get(&c.entity_id).cloned(),
            "actor" => names.actors.get(&c.entity_id).cloned(),
            "theme" => names.themes.get(&c.entity_id).cloned(),
            _ => None,
        }),
    };
    let head = format!("{} {}", e.entity(&c.entity), e.op(&c.op));
    match subject {
        Some(s) if !s.trim().is_empty() => format!("{head}: {s}"),
        _ => head,
    }
}

/// The label of a recorded field, as the forms name it.
fn field_label(t: &'static Texts, key: &str) -> String {
    match key {
        "name" => t.field_name,
        "summary" => t.field_summary,
        "goals" => t.field_goals,
        "status" => t.field_status,
        "start_date" => t.field_start,
        "end_date" => t.field_end,
        "budget_cents" => t.field_budget,
        "funding" => t.field_funding,
        "contact_name" => t.field_contact_name,
        "contact_email" => t.field_contact_email,
        "website" => t.field_website,
        "business_id" => t.field_business_id,
        "kind" => t.editing.field_kind,
        "title" => t.field_title,
        "owner" => t.field_owner,
        "due_date" => t.field_due,
        "themes" => t.col_themes,
        other => return other.to_string(),
    }
    .to_string()
}

/// A recorded value as the UI shows it: euros, translated choices, Finnish dates.
fn shown(t: &'static Texts, key: &str, raw: &str) -> String {
    use crate::model::{format_euros, ActionStatus, ActorKind, ProjectStatus};
    let translated = match key {
        "budget_cents" => raw.parse().ok().map(format_euros),
        "status" => ProjectStatus::parse(raw)
            .map(|s| t.status(s).to_string())
            .or_else(|| ActionStatus::parse(raw).map(|s| t.action_status(s).to_string())),
        "kind" => ActorKind::parse(raw).map(|k| t.actor_kind(k).to_string()),
        "start_date" | "end_date" | "due_date" => crate::model::parse_date(raw).map(t.date),
        _ => None,
    };
    translated.unwrap_or_else(|| raw.to_string())
}

fn when(at: i64) -> String {
    chrono::DateTime::from_timestamp_millis(at)
        .map(|d| d.format("%-d.%-m.%Y %H.%M UTC").to_string())
        .unwrap_or_default()
}

/// A history table without name lookups (the entries' own names are used).
#[component]
pub fn HistoryTable(changes: Vec<Change>, caption: String) -> impl IntoView {
    view! { <HistoryRows changes caption names=Names::default() /> }
}

#[component]
fn HistoryRows(changes: Vec<Change>, caption: String, names: Names) -> impl IntoView {
    let t = use_texts();
    let e = t.editing;
    if changes.is_empty() {
        return view! { <p>{e.no_history}</p> }.into_any();
    }
    let label = caption.clone();
    view! {
        <div class="table-wrap" role="region" aria-label=label tabindex="0">
            <table class="history">
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="num">{e.col_revision}</th>
                        <th scope="col">{e.col_when}</th>
                        <th scope="col">{e.col_who}</th>
                        <th scope="col">{e.col_what}</th>
                        <th scope="col">{e.col_change}</th>
                    </tr>
                </thead>
                <tbody>
                    {changes.into_iter().map(|c| {
                        let fields = c.field_changes();
                        let what = describe(&c, t, &names);
                        view! {
                            <tr class:undone=c.undone>
                                <td class="num">{c.revision}</td>
                                <td class="nowrap">{when(c.at)}</td>
                                <td>{c.who.clone()}</td>
                                <th scope="row">
                                    {what}
                                    {c.undo_of.map(|r| view! { <span class="badge">{(e.undo_of)(r)}</span> })}
                                    {c.undone.then(|| view! { <span class="badge">{e.undone}</span> })}
                                </th>
                                <td>
                                    <ul class="plain">
                                        {fields.into_iter().map(|f| view! {
                                            <li>
                                                {field_label(t, &f.field)} ": "
                                                <del>{shown(t, &f.field, &f.before)}</del>
                                                " → "
                                                <ins>{shown(t, &f.field, &f.after)}</ins>
                                            </li>
                                        }).collect_view()}
                                    </ul>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
