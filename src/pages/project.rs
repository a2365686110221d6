//! A project's page: everything about it and everything linked to it — actors in their
//! roles, themes, connections to other projects, its history — with the forms that change
//! the links, and deletion behind a confirmation that says what goes with it.

use super::history::HistoryTable;
use super::{portfolio_param, project_param};
use crate::api::{
    get_project_detail, DeleteProject, LinkActor, ProjectDetail, RelateProjects, SetProjectThemes,
    UnlinkActor, UnrelateProjects,
};
use crate::components::error::ErrorMessage;
use crate::components::refusal::{PortfolioNav, Refusal};
use crate::error::AppError;
use crate::i18n::{use_texts, Texts};
use crate::model::{format_euros, ActorRole, PortfolioId, RelationKind};
use crate::reload_on_success;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The server actions of the page, shared by its sections.
#[derive(Clone, Copy)]
struct Actions {
    link: ServerAction<LinkActor>,
    unlink: ServerAction<UnlinkActor>,
    themes: ServerAction<SetProjectThemes>,
    relate: ServerAction<RelateProjects>,
    unrelate: ServerAction<UnrelateProjects>,
    delete: ServerAction<DeleteProject>,
}

#[component]
pub fn ProjectPage() -> impl IntoView {
    let t = use_texts();
    let portfolio = portfolio_param();
    let project = project_param();
    let acts = Actions {
        link: ServerAction::new(),
        unlink: ServerAction::new(),
        themes: ServerAction::new(),
        relate: ServerAction::new(),
        unrelate: ServerAction::new(),
        delete: ServerAction::new(),
    };
    let saved = RwSignal::new(0u32);
    reload_on_success!(
        saved,
        acts.link,
        acts.unlink,
        acts.themes,
        acts.relate,
        acts.unrelate
    );
    let data = Resource::new(
        move || (portfolio.get(), project.get(), saved.get()),
        |ids| async move {
            match ids {
                (Some(pf), Some(pr), _) => get_project_detail(pf, pr).await.map(|d| (pf, d)),
                _ => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((portfolio, d)) => view! { <ProjectBody portfolio d acts t /> }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ProjectBody(
    portfolio: PortfolioId,
    d: ProjectDetail,
    acts: Actions,
    t: &'static Texts,
) -> impl IntoView {
    let e = t.editing;
    let p = &d.project;
    let name = p.draft.name.clone();
    let query = use_query_map();
    let confirming = move || query.read().get("delete").is_some();
    let pid = p.id;
    let base = format!("/portfolio/{portfolio}/projects/{pid}");
    let confirm_text =
        (e.confirm_delete_project)(&name, p.actors.len(), p.themes.len(), d.relations.len());
    let delete_error = Signal::derive(move || acts.delete.value().get().and_then(Result::err));
    let cancel = StoredValue::new(base.clone());
    view! {
        <Title text=name.clone() />
        <PortfolioNav portfolio current="" />
        <div class="page-head">
            <div>
                <h1>{name.clone()}</h1>
                <p class="meta">
                    <span class=format!("status status-{}", p.draft.status.as_str())>{t.status(p.draft.status)}</span>
                </p>
            </div>
            <div class="actions-inline no-print">
                <a class="button" href=format!("{base}/edit")>{t.edit}</a>
                <a class="button danger" href=format!("{base}?delete=1")>{e.delete_project}</a>
            </div>
        </div>
        <Show when=confirming>
            <section class="confirm-box" role="alertdialog" aria-labelledby="confirm-h" aria-describedby="confirm-text">
                <h2 id="confirm-h">{e.delete_project}</h2>
                <p id="confirm-text">{confirm_text.clone()}</p>
                <Refusal error=delete_error />
                <ActionForm action=acts.delete attr:class="actions">
                    <input type="hidden" name="portfolio_id" value=portfolio.0 />
                    <input type="hidden" name="project_id" value=pid.0 />
                    <button type="submit" class="button danger">{e.confirm_delete}</button>
                    <a class="button" href=cancel.get_value()>{t.cancel}</a>
                </ActionForm>
            </section>
        </Show>
        {details(&d, t)}
        {actors_section(portfolio, &d, acts, t)}
        {themes_section(portfolio, &d, acts, t)}
        {relations_section(portfolio, &d, acts, t)}
        <section aria-labelledby="history-h">
            <h2 id="history-h">{e.history_heading}</h2>
            <HistoryTable changes=d.history.clone() caption=e.history_heading.to_string() />
        </section>
    }
}

fn details(d: &ProjectDetail, t: &'static Texts) -> impl IntoView {
    let p = &d.project.draft;
    let date =
        |x: Option<chrono::NaiveDate>| x.map(t.date).unwrap_or_else(|| t.not_set.to_string());
    let or_not_set = |s: &str| {
        if s.is_empty() {
            t.not_set.to_string()
        } else {
            s.to_string()
        }
    };
    let rows = vec![
        (t.field_summary, or_not_set(&p.summary)),
        (t.field_goals, or_not_set(&p.goals)),
        (t.field_start, date(p.start_date)),
        (t.field_end, date(p.end_date)),
        (
            t.field_budget,
            p.budget_cents
                .map(format_euros)
                .unwrap_or_else(|| t.not_set.to_string()),
        ),
        (t.field_funding, or_not_set(&p.funding.join(", "))),
        (t.field_contact_name, or_not_set(&p.contact_name)),
        (t.field_contact_email, or_not_set(&p.contact_email)),
        (t.field_website, or_not_set(&p.website)),
    ];
    view! {
        <section aria-labelledby="details-h">
            <h2 id="details-h">{t.editing.details}</h2>
            <dl class="details">
                {rows
                    .into_iter()
                    .map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> })
                    .collect_view()}
            </dl>
        </section>
    }
}

fn actors_section(
    portfolio: PortfolioId,
    d: &ProjectDetail,
    acts: Actions,
    t: &'static Texts,
) -> impl IntoView {
    let e = t.editing;
    let pid = d.project.id;
    let error = Signal::derive(move || {
        acts.link
            .value()
            .get()
            .and_then(Result::err)
            .or_else(|| acts.unlink.value().get().and_then(Result::err))
    });
    let list = if d.project.actors.is_empty() {
        view! { <p>{e.no_actors}</p> }.into_any()
    } else {
        view! {
            <ul class="link-list">
                {d.project.actors.clone().into_iter().map(|a| {
                    let label = format!("{} ({})", a.actor_name, t.actor_role(a.role));
                    let href = format!("/portfolio/{portfolio}/actors/{}", a.actor_id);
                    view! {
                        <li>
                            <a href=href>{a.actor_name.clone()}</a>
                            <span class="role">" (" {t.actor_role(a.role)} ")"</span>
                            <ActionForm action=acts.unlink attr:class="inline-form no-print">
                                <input type="hidden" name="portfolio_id" value=portfolio.0 />
                                <input type="hidden" name="project_id" value=pid.0 />
                                <input type="hidden" name="actor_id" value=a.actor_id.0 />
                                <input type="hidden" name="role" value=a.role.as_str() />
                                <button type="submit" class="link-button" aria-label=(e.remove_named)(&label)>{e.remove}</button>
                            </ActionForm>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }.into_any()
    };
    let options = d
        .actors
        .iter()
        .map(|a| view! { <option value=a.id.0>{a.name.clone()}</option> })
        .collect_view();
    view! {
        <section aria-labelledby="actors-h">
            <h2 id="actors-h">{t.col_actors}</h2>
            {list}
            <ActionForm action=acts.link attr:class="form-inline no-print" attr:aria-label=e.add_actor>
                <input type="hidden" name="portfolio_id" value=portfolio.0 />
                <input type="hidden" name="project_id" value=pid.0 />
                <div class="field">
                    <label for="f-actor">{e.field_actor}</label>
                    <select id="f-actor" name="actor_id">
                        <option value="">{e.choose}</option>
                        {options}
                    </select>
                </div>
                <div class="field">
                    <label for="f-role">{e.field_role}</label>
                    <select id="f-role" name="role">
                        {ActorRole::ALL.into_iter().map(|r| view! {
                            <option value=r.as_str() selected=r == ActorRole::Partner>{t.actor_role(r)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button">{e.add_actor}</button>
            </ActionForm>
            <Refusal error />
        </section>
    }
}

fn themes_section(
    portfolio: PortfolioId,
    d: &ProjectDetail,
    acts: Actions,
    t: &'static Texts,
) -> impl IntoView {
    let e = t.editing;
    let pid = d.project.id;
    let error = Signal::derive(move || acts.themes.value().get().and_then(Result::err));
    let current: Vec<_> = d.project.themes.iter().map(|x| x.id).collect();
    let all_themes = d.themes.clone();
    view! {
        <section aria-labelledby="themes-h">
            <h2 id="themes-h">{t.col_themes}</h2>
            {d.project.themes.is_empty().then(|| view! { <p>{e.no_themes}</p> })}
            <ActionForm action=acts.themes attr:class="form no-print">
                <input type="hidden" name="portfolio_id" value=portfolio.0 />
                <input type="hidden" name="project_id" value=pid.0 />
                <fieldset class="checkbox-grid">
                    <legend class="visually-hidden">{t.col_themes}</legend>
                    {all_themes.into_iter().map(|th| {
                        let id = format!("theme-{}", th.id);
                        let name = format!("themes[{}]", th.id);
                        view! {
                            <div class="checkbox">
                                <input type="checkbox" id=id.clone() name=name value="on" checked=current.contains(&th.id) />
                                <label for=id>{th.name}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <button type="submit" class="button">{e.save_themes}</button>
            </ActionForm>
            <Refusal error />
        </section>
    }
}

fn relations_section(
    portfolio: PortfolioId,
    d: &ProjectDetail,
    acts: Actions,
    t: &'static Texts,
) -> impl IntoView {
    let e = t.editing;
    let pid = d.project.id;
    let error = Signal::derive(move || {
        acts.relate
            .value()
            .get()
            .and_then(Result::err)
            .or_else(|| acts.unrelate.value().get().and_then(Result::err))
    });
    let others = d.others.clone();
    let list = if d.relations.is_empty() {
        view! { <p>{e.no_relations}</p> }.into_any()
    } else {
        view! {
            <ul class="link-list">
                {d.relations.clone().into_iter().map(|r| {
                    let kind = t.relation_kind(r.kind);
                    let text = if r.outgoing { (e.relation_out)(kind, &r.other_name) } else { (e.relation_in)(kind, &r.other_name) };
                    let href = format!("/portfolio/{portfolio}/projects/{}", r.other);
                    view! {
                        <li>
                            <a href=href>{text.clone()}</a>
                            <ActionForm action=acts.unrelate attr:class="inline-form no-print">
                                <input type="hidden" name="portfolio_id" value=portfolio.0 />
                                <input type="hidden" name="project_id" value=pid.0 />
                                <input type="hidden" name="relation_id" value=r.id />
                                <button type="submit" class="link-button" aria-label=(e.remove_named)(&text)>{e.remove}</button>
                            </ActionForm>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }.into_any()
    };
    view! {
        <section aria-labelledby="relations-h">
            <h2 id="relations-h">{e.relations_heading}</h2>
            {list}
            <ActionForm action=acts.relate attr:class="form-inline no-print" attr:aria-label=e.add_relation>
                <input type="hidden" name="portfolio_id" value=portfolio.0 />
                <input type="hidden" name="project_id" value=pid.0 />
                <div class="field">
                    <label for="f-kind">{e.field_relation}</label>
                    <select id="f-kind" name="kind">
                        {RelationKind::ALL.into_iter().map(|k| view! { <option value=k.as_str()>{t.relation_kind(k)}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="f-project">{e.field_project}</label>
                    <select id="f-project" name="other">
                        <option value="">{e.choose}</option>
                        {others.into_iter().map(|(id, name)| view! { <option value=id.0>{name}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button">{e.add_relation}</button>
            </ActionForm>
            <Refusal error />
        </section>
    }
}
