//! The actors (toimijat) of the organisation: a searchable list, and the form that creates
//! or edits one.

use super::portfolio_param;
use crate::api::{get_actor, list_actors, CreateActor, UpdateActor};
use crate::components::error::ErrorMessage;
use crate::components::field::{field_errors, ErrorSummary, FormField};
use crate::components::refusal::PortfolioNav;
use crate::error::AppError;
use crate::i18n::{use_texts, Texts};
use crate::model::{
    filter_actors, ActorId, ActorInput, ActorKind, ActorSummary, Field, PortfolioId,
};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The `:actor` route parameter.
pub(super) fn actor_param() -> Memo<Option<ActorId>> {
    let params = use_params_map();
    Memo::new(move |_| {
        params
            .read()
            .get("actor")
            .and_then(|s| s.parse().ok())
            .map(ActorId)
    })
}

#[component]
pub fn ActorsPage() -> impl IntoView {
    let t = use_texts();
    let id = portfolio_param();
    let data = Resource::new(
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => list_actors(id).await.map(|a| (id, a)),
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Title text=t.editing.actors_title />
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((portfolio, actors)) => view! { <ActorList portfolio actors t /> }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ActorList(
    portfolio: PortfolioId,
    actors: Vec<ActorSummary>,
    t: &'static Texts,
) -> impl IntoView {
    let e = t.editing;
    let query = use_query_map();
    let q = move || query.read().get("q").unwrap_or_default();
    let kind = move || query.read().get("kind").and_then(|k| ActorKind::parse(&k));
    let total = actors.len();
    let all: Vec<_> = actors.iter().map(|a| a.actor.clone()).collect();
    let counts: std::collections::HashMap<_, _> =
        actors.iter().map(|a| (a.actor.id, a.projects)).collect();
    let shown_counts = counts.clone();
    let by_projects = move || query.read().get("sort").as_deref() == Some("projects");
    let shown = move || {
        let mut list = filter_actors(&all, &q(), kind());
        if by_projects() {
            list.sort_by_key(|a| std::cmp::Reverse(counts.get(&a.id).copied().unwrap_or(0)));
        }
        list
    };
    let base = format!("/portfolio/{portfolio}/actors");
    view! {
        <PortfolioNav portfolio current="/actors" />
        <div class="page-head">
            <div>
                <h1>{e.actors_title}</h1>
                <p class="lead">{e.actors_intro}</p>
            </div>
            <div class="actions-inline no-print">
                <a class="button primary" href=format!("{base}/new")>{e.new_actor}</a>
            </div>
        </div>
        <form method="get" action=base.clone() class="filters no-print" role="search" aria-label=e.search_actors>
            <div class="field">
                <label for="actor-q">{e.search_actors}</label>
                <input id="actor-q" type="search" name="q" value=q />
            </div>
            <div class="field">
                <label for="actor-kind">{t.col_type}</label>
                <select id="actor-kind" name="kind">
                    <option value="">{e.all_types}</option>
                    {ActorKind::ALL.into_iter().map(|k| view! {
                        <option value=k.as_str() selected=move || kind() == Some(k)>{t.actor_kind(k)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="actor-sort">{e.sort}</label>
                <select id="actor-sort" name="sort">
                    <option value="name">{e.actor_sorts[0]}</option>
                    <option value="projects" selected=by_projects>{e.actor_sorts[1]}</option>
                </select>
            </div>
            <button type="submit" class="button">{e.filter}</button>
            <a class="button" href=base.clone()>{e.clear}</a>
        </form>
        {move || {
            let list = shown();
            let status = (e.shown)(list.len(), total);
            if list.is_empty() {
                return view! { <p role="status">{e.nothing_matches}</p> }.into_any();
            }
            view! {
                <p role="status" class="meta">{status}</p>
                <div class="table-wrap" role="region" aria-label=e.actors_caption tabindex="0">
                    <table>
                        <caption class="visually-hidden">{e.actors_caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t.col_actor}</th>
                                <th scope="col">{t.col_type}</th>
                                <th scope="col">{t.field_business_id}</th>
                                <th scope="col" class="num">{t.col_projects}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {list.into_iter().map(|a| {
                                let href = format!("/portfolio/{portfolio}/actors/{}", a.id);
                                let n = shown_counts.get(&a.id).copied().unwrap_or(0);
                                view! {
                                    <tr>
                                        <th scope="row"><a href=href>{a.name.clone()}</a></th>
                                        <td>{t.actor_kind(a.kind)}</td>
                                        <td class="nowrap">{a.business_id.map(|b| b.to_string()).unwrap_or_default()}</td>
                                        <td class="num">{n}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any()
        }}
    }
}

#[component]
pub fn NewActorPage() -> impl IntoView {
    let t = use_texts();
    let id = portfolio_param();
    view! {
        <Title text=t.editing.new_actor_title />
        {move || match id.get() {
            Some(portfolio) => view! {
                <h1>{t.editing.new_actor_title}</h1>
                <ActorForm portfolio actor=None values=ActorInput { kind: "company".into(), ..Default::default() } />
            }.into_any(),
            None => view! { <ErrorMessage error=AppError::NotFound /> }.into_any(),
        }}
    }
}

#[component]
pub fn EditActorPage() -> impl IntoView {
    let t = use_texts();
    let portfolio = portfolio_param();
    let actor = actor_param();
    let data = Resource::new(
        move || (portfolio.get(), actor.get()),
        |ids| async move {
            match ids {
                (Some(pf), Some(a)) => get_actor(pf, a).await.map(|p| (pf, p)),
                _ => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Title text=t.editing.edit_actor_title />
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((portfolio, page)) => {
                        let a = page.detail.actor;
                        let values = ActorInput::from_draft(&crate::model::ActorDraft {
                            name: a.name.clone(),
                            kind: a.kind,
                            business_id: a.business_id.clone(),
                        });
                        view! {
                            <h1>{t.editing.edit_actor_title} ": " {a.name.clone()}</h1>
                            <ActorForm portfolio actor=Some(a.id) values />
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The actor form; `actor` is `None` when creating.
#[component]
fn ActorForm(portfolio: PortfolioId, actor: Option<ActorId>, values: ActorInput) -> impl IntoView {
    let t = use_texts();
    let create = ServerAction::<CreateActor>::new();
    let update = ServerAction::<UpdateActor>::new();
    let error = Signal::derive(move || match actor {
        None => create.value().get().and_then(|r| r.err()),
        Some(_) => update.value().get().and_then(|r| r.err()),
    });
    let errors = field_errors(error);
    let other = move || match error.get() {
        Some(e) if !matches!(e, AppError::Validation(_)) => Some(t.error(&e)),
        _ => None,
    };
    let cancel = match actor {
        Some(a) => format!("/portfolio/{portfolio}/actors/{a}"),
        None => format!("/portfolio/{portfolio}/actors"),
    };
    let kind = values.kind.clone();
    let fields = move || {
        view! {
            <ErrorSummary errors />
            <p class="form-error" role="alert" hidden=move || other().is_none()>{other}</p>
            <input type="hidden" name="portfolio_id" value=portfolio.0 />
            {actor.map(|a| view! { <input type="hidden" name="actor_id" value=a.0 /> })}
            <FormField field=Field::ActorName name="input[name]" label=t.editing.actor_name value=values.name.clone() errors required=true />
            <div class="field">
                <label for=Field::Kind.input_id()>{t.editing.field_kind}</label>
                <select id=Field::Kind.input_id() name="input[kind]">
                    {ActorKind::ALL.into_iter().map(|k| view! {
                        <option value=k.as_str() selected=k.as_str() == kind>{t.actor_kind(k)}</option>
                    }).collect_view()}
                </select>
            </div>
            <FormField field=Field::BusinessId name="input[business_id]" label=t.field_business_id value=values.business_id.clone() errors />
            <div class="actions">
                <button type="submit" class="button primary">{t.save}</button>
                <a class="button" href=cancel.clone()>{t.cancel}</a>
            </div>
        }
    };
    match actor {
        None => view! { <ActionForm action=create attr:novalidate="" attr:class="form">{fields()}</ActionForm> }.into_any(),
        Some(_) => view! { <ActionForm action=update attr:novalidate="" attr:class="form">{fields()}</ActionForm> }.into_any(),
    }
}
