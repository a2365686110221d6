//! Server functions for portfolios.

use crate::error::AppError;
use crate::model::{ActorId, ActorKind, Portfolio, PortfolioId, PortfolioSummary, Project, Theme};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A portfolio with its projects and themes, as the portfolio page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortfolioView {
    pub portfolio: Portfolio,
    pub projects: Vec<Project>,
    pub themes: Vec<Theme>,
    /// The type of each actor, for the actor-type filter.
    pub actor_kinds: Vec<(ActorId, ActorKind)>,
}

/// The caller's organisation's portfolios.
#[server(prefix = "/api", endpoint = "list_portfolios")]
pub async fn list_portfolios() -> Result<Vec<PortfolioSummary>, AppError> {
    use crate::server::{auth, store};
    let (state, caller) = auth::caller()?;
    store::portfolios::list(&state.db, caller.org).await
}

/// One portfolio with its projects.
#[server(prefix = "/api", endpoint = "get_portfolio")]
pub async fn get_portfolio(portfolio_id: PortfolioId) -> Result<PortfolioView, AppError> {
    use crate::server::{auth, store};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    Ok(PortfolioView {
        portfolio: store::portfolios::get(&state.db, scope.org, scope.portfolio).await?,
        projects: store::projects::list(&state.db, scope).await?,
        themes: store::portfolios::themes(&state.db, scope).await?,
        actor_kinds: store::actors::list(&state.db, scope)
            .await?
            .into_iter()
            .map(|a| (a.actor.id, a.actor.kind))
            .collect(),
    })
}
