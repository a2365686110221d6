//! Server functions for actors (toimijat): list, create, edit, delete and merge.

use crate::error::AppError;
use crate::model::{Actor, ActorDetail, ActorId, ActorInput, ActorSummary, PortfolioId};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// An actor's page: the actor, its projects, and the actors it could be merged with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorPage {
    pub detail: ActorDetail,
    /// Probably the same organisation (see `model::merge_candidates`).
    pub candidates: Vec<Actor>,
    /// Every other actor, for choosing one to merge by hand.
    pub others: Vec<Actor>,
}

/// The organisation's actors with their project counts in the portfolio.
#[server(prefix = "/api", endpoint = "list_actors")]
pub async fn list_actors(portfolio_id: PortfolioId) -> Result<Vec<ActorSummary>, AppError> {
    use crate::server::{auth, store};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    store::actors::list(&state.db, scope).await
}

/// One actor with everything linked to it.
#[server(prefix = "/api", endpoint = "get_actor")]
pub async fn get_actor(
    portfolio_id: PortfolioId,
    actor_id: ActorId,
) -> Result<ActorPage, AppError> {
    use crate::server::{auth, store};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let detail = store::actors::get(&state.db, scope, actor_id).await?;
    let all: Vec<Actor> = store::actors::list(&state.db, scope)
        .await?
        .into_iter()
        .map(|a| a.actor)
        .collect();
    let candidates = crate::model::merge_candidates(&detail.actor, &all)
        .into_iter()
        .cloned()
        .collect();
    let others = all.into_iter().filter(|a| a.id != actor_id).collect();
    Ok(ActorPage {
        detail,
        candidates,
        others,
    })
}

/// Creates an actor; the browser goes to its page.
#[server(prefix = "/api", endpoint = "create_actor")]
pub async fn create_actor(
    portfolio_id: PortfolioId,
    input: ActorInput,
) -> Result<ActorId, AppError> {
    use super::form::taken_business_id;
    use crate::server::auth;
    use crate::server::store::write::{apply, Command};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let draft = input.validate()?;
    let applied = apply(&state.db, scope, &caller.who, Command::CreateActor(draft))
        .await
        .map_err(taken_business_id)?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/actors/{}", applied.id));
    Ok(ActorId(applied.id))
}

/// Saves an edited actor.
#[server(prefix = "/api", endpoint = "update_actor")]
pub async fn update_actor(
    portfolio_id: PortfolioId,
    actor_id: ActorId,
    input: ActorInput,
) -> Result<(), AppError> {
    use super::form::taken_business_id;
    use crate::server::auth;
    use crate::server::store::write::{apply, Command};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let draft = input.validate()?;
    apply(
        &state.db,
        scope,
        &caller.who,
        Command::UpdateActor(actor_id, draft),
    )
    .await
    .map_err(taken_business_id)?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/actors/{actor_id}"));
    Ok(())
}

/// Deletes an actor and its links (the page asked for confirmation first).
#[server(prefix = "/api", endpoint = "delete_actor")]
pub async fn delete_actor(portfolio_id: PortfolioId, actor_id: ActorId) -> Result<(), AppError> {
    use crate::server::auth;
    use crate::server::store::write::{apply, Command};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    apply(
        &state.db,
        scope,
        &caller.who,
        Command::DeleteActor(actor_id),
    )
    .await?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/actors"));
    Ok(())
}

/// Merges `remove` into `keep`: its links move to `keep` and it is removed.
#[server(prefix = "/api", endpoint = "merge_actors")]
pub async fn merge_actors(
    portfolio_id: PortfolioId,
    keep: ActorId,
    remove: String,
) -> Result<(), AppError> {
    use super::form::chosen;
    use crate::model::{Field, FieldError, Problem};
    use crate::server::auth;
    use crate::server::store::write::{apply, Command};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let remove = ActorId(chosen(Field::Actor, &remove)?);
    if remove == keep {
        return Err(AppError::Validation(vec![FieldError {
            field: Field::Actor,
            problem: Problem::UnknownChoice,
        }]));
    }
    apply(
        &state.db,
        scope,
        &caller.who,
        Command::MergeActors { keep, remove },
    )
    .await?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/actors/{keep}"));
    Ok(())
}
