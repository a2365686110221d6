//! Editing one action of the plan: title, owner, due date and status. An action made in one
//! click from a finding gets its owner and due date here; its links stay as they are.

use super::actions::ActionFields;
use super::portfolio_param;
use crate::api::{get_portfolio, list_actions, list_actors, SetActionLinks, UpdateAction};
use crate::components::error::ErrorMessage;
use crate::components::refusal::Refusal;
use crate::error::AppError;
use crate::i18n::use_texts;
use crate::model::{Action, ActionId, ActionInput, ActorId, PortfolioId, ProjectId};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn EditActionPage() -> impl IntoView {
    let t = use_texts();
    let portfolio = portfolio_param();
    let params = use_params_map();
    let action = Memo::new(move |_| {
        params
            .read()
            .get("action")
            .and_then(|s| s.parse().ok())
            .map(ActionId)
    });
    let data = Resource::new(
        move || (portfolio.get(), action.get()),
        |ids| async move {
            let (Some(pf), Some(id)) = ids else {
                return Err(AppError::NotFound);
            };
            let found = list_actions(pf).await?.into_iter().find(|a| a.id == id);
            let a = found.ok_or(AppError::NotFound)?;
            let projects: Vec<(ProjectId, String)> = get_portfolio(pf)
                .await?
                .projects
                .into_iter()
                .map(|p| (p.id, p.draft.name))
                .collect();
            let actors: Vec<(ActorId, String)> = list_actors(pf)
                .await?
                .into_iter()
                .map(|s| (s.actor.id, s.actor.name))
                .collect();
            Ok((pf, a, projects, actors))
        },
    );
    view! {
        <Title text=t.edit_action_title />
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((portfolio, a, projects, actors)) => view! {
                        <EditActionForm portfolio a=a.clone() />
                        <ActionLinksForm portfolio a projects actors />
                    }
                    .into_any(),
                    Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn EditActionForm(portfolio: PortfolioId, a: Action) -> impl IntoView {
    let t = use_texts();
    let update = ServerAction::<UpdateAction>::new();
    let error = Signal::derive(move || update.value().get().and_then(Result::err));
    let concerns = a.concerns().join(", ");
    let values = ActionInput {
        title: a.title.clone(),
        owner: a.owner.clone(),
        due_date: a.due_date.map(|d| d.to_string()).unwrap_or_default(),
        status: a.status.as_str().to_string(),
    };
    let back = format!("/portfolio/{portfolio}/actions");
    view! {
        <p class="no-print">
            <a href=back.clone()>{t.back_to_actions}</a>
        </p>
        <h1>{t.edit_action_title} ": " {a.title.clone()}</h1>
        {(!concerns.is_empty()).then(|| view! { <p class="lead">{t.col_concerns} ": " {concerns}</p> })}
        <ActionForm action=update attr:novalidate="" attr:class="form">
            <input type="hidden" name="portfolio_id" value=portfolio.0 />
            <input type="hidden" name="action_id" value=a.id.0 />
            <ActionFields values error />
            <div class="actions">
                <button type="submit" class="button primary" disabled=move || update.pending().get()>
                    {t.save}
                </button>
                <a class="button quiet" href=back>{t.cancel}</a>
            </div>
        </ActionForm>
    }
}

/// Checkboxes for the projects and actors the action concerns.
#[component]
fn ActionLinksForm(
    portfolio: PortfolioId,
    a: Action,
    projects: Vec<(ProjectId, String)>,
    actors: Vec<(ActorId, String)>,
) -> impl IntoView {
    let t = use_texts();
    let e = t.editing;
    let save = ServerAction::<SetActionLinks>::new();
    let error = Signal::derive(move || save.value().get().and_then(Result::err));
    let linked_projects: Vec<ProjectId> = a.projects.iter().map(|p| p.0).collect();
    let linked_actors: Vec<ActorId> = a.actors.iter().map(|x| x.0).collect();
    view! {
        <section aria-labelledby="links-h">
            <h2 id="links-h">{e.action_links_heading}</h2>
            <p>{e.action_links_intro}</p>
            <ActionForm action=save attr:class="form">
                <input type="hidden" name="portfolio_id" value=portfolio.0 />
                <input type="hidden" name="action_id" value=a.id.0 />
                <fieldset class="checkbox-grid scroll">
                    <legend>{t.projects_heading}</legend>
                    {projects.into_iter().map(|(id, name)| {
                        let input = format!("link-p{id}");
                        view! {
                            <div class="checkbox">
                                <input type="checkbox" id=input.clone() name=format!("projects[{id}]") value="on" checked=linked_projects.contains(&id) />
                                <label for=input>{name}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <fieldset class="checkbox-grid scroll">
                    <legend>{e.actors_title}</legend>
                    {actors.into_iter().map(|(id, name)| {
                        let input = format!("link-a{id}");
                        view! {
                            <div class="checkbox">
                                <input type="checkbox" id=input.clone() name=format!("actors[{id}]") value="on" checked=linked_actors.contains(&id) />
                                <label for=input>{name}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <Refusal error />
                <button type="submit" class="button">{e.save_links}</button>
            </ActionForm>
        </section>
    }
}
