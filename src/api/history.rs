//! Server functions for the history of a portfolio and undo.

use crate::error::AppError;
use crate::model::{Change, PortfolioId};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The history page: the latest changes, the one the caller can undo, and current names of
/// what the entries refer to by ID.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistoryView {
    pub changes: Vec<Change>,
    pub undoable: Option<Change>,
    pub projects: HashMap<i64, String>,
    pub actors: HashMap<i64, String>,
    pub themes: HashMap<i64, String>,
}

/// The portfolio's latest 200 changes.
#[server(prefix = "/api", endpoint = "get_history")]
pub async fn get_history(portfolio_id: PortfolioId) -> Result<HistoryView, AppError> {
    use crate::server::{auth, store};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let db = &state.db;
    Ok(HistoryView {
        changes: store::history::list(db, scope, None, 200).await?,
        undoable: store::history::last_undoable(db, scope, &caller.who).await?,
        projects: store::projects::list(db, scope)
            .await?
            .into_iter()
            .map(|p| (p.id.0, p.draft.name))
            .collect(),
        actors: store::actors::list(db, scope)
            .await?
            .into_iter()
            .map(|a| (a.actor.id.0, a.actor.name))
            .collect(),
        themes: store::portfolios::themes(db, scope)
            .await?
            .into_iter()
            .map(|t| (t.id.0, t.name))
            .collect(),
    })
}

/// Undoes the caller's latest change; the browser returns to the history page.
#[server(prefix = "/api", endpoint = "undo_last")]
pub async fn undo_last(portfolio_id: PortfolioId) -> Result<i64, AppError> {
    use crate::server::{auth, store};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let applied = store::history::undo_last(&state.db, scope, &caller.who).await?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/history"));
    Ok(applied.revision)
}
