//! Server functions for managing portfolios: rename, archive and restore, and a theme-scoped
//! portfolio made from an existing one.

use crate::error::AppError;
use crate::model::PortfolioId;
use leptos::prelude::*;
use std::collections::HashMap;

/// Renames the portfolio and rewrites its description.
#[server(prefix = "/api", endpoint = "update_portfolio")]
pub async fn update_portfolio(
    portfolio_id: PortfolioId,
    name: String,
    description: String,
) -> Result<(), AppError> {
    use crate::model::{Field, FieldError, Problem};
    use crate::server::auth;
    use crate::server::store::write::{apply, Command};
    let (state, caller) = auth::caller_with(crate::model::Need::Admin)?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let (name, description) = (name.trim().to_string(), description.trim().to_string());
    let mut problems = Vec::new();
    if name.is_empty() {
        problems.push(FieldError {
            field: Field::Name,
            problem: Problem::Required,
        });
    } else if name.chars().count() > 200 {
        problems.push(FieldError {
            field: Field::Name,
            problem: Problem::TooLong { max: 200 },
        });
    }
    if description.chars().count() > 2000 {
        problems.push(FieldError {
            field: Field::Summary,
            problem: Problem::TooLong { max: 2000 },
        });
    }
    if !problems.is_empty() {
        return Err(AppError::Validation(problems));
    }
    apply(
        &state.db,
        scope,
        &caller.who,
        Command::RenamePortfolio { name, description },
    )
    .await?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/settings"));
    Ok(())
}

/// Archives the portfolio (kept for reading, closed to changes) or takes it back into use.
#[server(prefix = "/api", endpoint = "set_portfolio_archived")]
pub async fn set_portfolio_archived(
    portfolio_id: PortfolioId,
    archived: bool,
) -> Result<(), AppError> {
    use crate::server::{auth, store};
    let (state, caller) = auth::caller_with(crate::model::Need::Admin)?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    store::portfolios::set_archived(&state.db, scope, &caller.who, archived).await?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/settings"));
    Ok(())
}

/// Makes a new portfolio of this one's projects on the checked themes (`themes[<id>]=on`),
/// with their actors and the relations between them.
#[server(prefix = "/api", endpoint = "create_scoped_portfolio")]
pub async fn create_scoped_portfolio(
    portfolio_id: PortfolioId,
    name: String,
    themes: Option<HashMap<String, String>>,
) -> Result<PortfolioId, AppError> {
    use crate::model::{Field, FieldError, Problem};
    use crate::server::{auth, portfolio_json, store};
    let (state, caller) = auth::caller_with(crate::model::Need::Edit)?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let name = name.trim().to_string();
    let chosen: Vec<i64> = themes
        .unwrap_or_default()
        .keys()
        .filter_map(|k| k.parse().ok())
        .collect();
    let mut problems = Vec::new();
    if name.is_empty() || name.chars().count() > 200 {
        problems.push(FieldError {
            field: Field::Name,
            problem: Problem::Required,
        });
    }
    if chosen.is_empty() {
        problems.push(FieldError {
            field: Field::ThemeName,
            problem: Problem::Required,
        });
    }
    if !problems.is_empty() {
        return Err(AppError::Validation(problems));
    }
    let all = store::portfolios::themes(&state.db, scope).await?;
    let indexes: Vec<usize> = all
        .iter()
        .enumerate()
        .filter(|(_, t)| chosen.contains(&t.id.0))
        .map(|(i, _)| i)
        .collect();
    if indexes.len() != chosen.len() {
        return Err(AppError::NotFound);
    }
    let doc = portfolio_json::export(&state.db, scope).await?;
    let doc = portfolio_json::scoped(&doc, &indexes, &name);
    let new = portfolio_json::import(&state.db, scope.org, &caller.who, &doc).await?;
    leptos_axum::redirect(&format!("/portfolio/{new}"));
    Ok(new)
}
