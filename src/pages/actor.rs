//! One actor's page: its projects in this portfolio, deletion behind a confirmation that
//! says what it touches, and merging a duplicate into it.

use super::actors::actor_param;
use super::portfolio_param;
use crate::api::{get_actor, ActorPage as ActorData, DeleteActor, MergeActors};
use crate::components::error::ErrorMessage;
use crate::components::refusal::{PortfolioNav, Refusal};
use crate::error::AppError;
use crate::i18n::{use_texts, Texts};
use crate::model::PortfolioId;
use crate::reload_on_success;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ActorPage() -> impl IntoView {
    let t = use_texts();
    let portfolio = portfolio_param();
    let actor = actor_param();
    let delete = ServerAction::<DeleteActor>::new();
    let merge = ServerAction::<MergeActors>::new();
    let saved = RwSignal::new(0u32);
    reload_on_success!(saved, merge);
    let data = Resource::new(
        move || (portfolio.get(), actor.get(), saved.get()),
        |ids| async move {
            match ids {
                (Some(pf), Some(a), _) => get_actor(pf, a).await.map(|p| (pf, p)),
                _ => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((portfolio, page)) => view! { <ActorBody portfolio page delete merge t /> }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ActorBody(
    portfolio: PortfolioId,
    page: ActorData,
    delete: ServerAction<DeleteActor>,
    merge: ServerAction<MergeActors>,
    t: &'static Texts,
) -> impl IntoView {
    let e = t.editing;
    let a = page.detail.actor.clone();
    let base = format!("/portfolio/{portfolio}/actors/{}", a.id);
    let query = use_query_map();
    let confirming = move || query.read().get("delete").is_some();
    let links = page.detail.projects.len() + page.detail.elsewhere;
    let confirm_text = (e.confirm_delete_actor)(&a.name, links);
    let cancel = StoredValue::new(base.clone());
    let delete_error = Signal::derive(move || delete.value().get().and_then(Result::err));
    let merge_error = Signal::derive(move || merge.value().get().and_then(Result::err));
    let projects = if page.detail.projects.is_empty() {
        view! { <p>{e.actor_no_projects}</p> }.into_any()
    } else {
        view! {
            <ul class="link-list">
                {page.detail.projects.iter().map(|p| {
                    let href = format!("/portfolio/{portfolio}/projects/{}", p.project);
                    view! {
                        <li>
                            <a href=href>{p.name.clone()}</a>
                            <span class="role">" (" {t.actor_role(p.role)} ")"</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let keep = a.id;
    let merge_button = move |other: crate::model::Actor| {
        let label = (e.merge_this)(&other.name);
        view! {
            <li>
                <ActionForm action=merge attr:class="inline-form">
                    <input type="hidden" name="portfolio_id" value=portfolio.0 />
                    <input type="hidden" name="keep" value=keep.0 />
                    <input type="hidden" name="remove" value=other.id.0 />
                    <span>{other.name.clone()} " "</span>
                    <button type="submit" class="button" aria-label=label>{e.merge_button}</button>
                </ActionForm>
            </li>
        }
    };
    view! {
        <Title text=a.name.clone() />
        <PortfolioNav portfolio current="/actors" />
        <div class="page-head">
            <div>
                <h1>{a.name.clone()}</h1>
                <p class="meta">
                    {t.actor_kind(a.kind)}
                    {a.business_id.clone().map(|b| format!(" · {} {b}", t.field_business_id))}
                </p>
            </div>
            <div class="actions-inline no-print">
                <a class="button" href=format!("{base}/edit")>{t.edit}</a>
                <a class="button danger" href=format!("{base}?delete=1")>{e.delete_actor}</a>
            </div>
        </div>
        <Show when=confirming>
            <section class="confirm-box" role="alertdialog" aria-labelledby="confirm-h" aria-describedby="confirm-text">
                <h2 id="confirm-h">{e.delete_actor}</h2>
                <p id="confirm-text">{confirm_text.clone()}</p>
                <Refusal error=delete_error />
                <ActionForm action=delete attr:class="actions">
                    <input type="hidden" name="portfolio_id" value=portfolio.0 />
                    <input type="hidden" name="actor_id" value=keep.0 />
                    <button type="submit" class="button danger">{e.confirm_delete}</button>
                    <a class="button" href=cancel.get_value()>{t.cancel}</a>
                </ActionForm>
            </section>
        </Show>
        <section aria-labelledby="projects-h">
            <h2 id="projects-h">{e.actor_projects}</h2>
            {projects}
            {(page.detail.elsewhere > 0).then(|| view! { <p class="meta">{(e.elsewhere)(page.detail.elsewhere)}</p> })}
        </section>
        <section aria-labelledby="merge-h" class="no-print">
            <h2 id="merge-h">{e.merge_heading}</h2>
            <p>{e.merge_hint}</p>
            <Refusal error=merge_error />
            {(!page.candidates.is_empty()).then(|| view! {
                <h3>{e.merge_likely}</h3>
                <ul class="link-list">{page.candidates.clone().into_iter().map(merge_button).collect_view()}</ul>
            })}
            <ActionForm action=merge attr:class="form-inline" attr:aria-label=e.merge_heading>
                <input type="hidden" name="portfolio_id" value=portfolio.0 />
                <input type="hidden" name="keep" value=keep.0 />
                <div class="field">
                    <label for="f-actor">{e.field_actor}</label>
                    <select id="f-actor" name="remove">
                        <option value="">{e.choose}</option>
                        {page.others.clone().into_iter().map(|o| view! { <option value=o.id.0>{o.name}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button">{e.merge_button}</button>
            </ActionForm>
        </section>
    }
}
