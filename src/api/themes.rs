//! Server functions for a portfolio's themes: list, add, rename, delete.

use crate::error::AppError;
use crate::model::{PortfolioId, ThemeId, ThemeSummary};
use leptos::prelude::*;

/// The portfolio's themes with project counts.
#[server(prefix = "/api", endpoint = "list_themes")]
pub async fn list_themes(portfolio_id: PortfolioId) -> Result<Vec<ThemeSummary>, AppError> {
    use crate::server::{auth, store};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    store::themes::list(&state.db, scope).await
}

/// Adds a theme at the end of the list.
#[server(prefix = "/api", endpoint = "create_theme")]
pub async fn create_theme(portfolio_id: PortfolioId, name: String) -> Result<ThemeId, AppError> {
    use crate::server::store::write::{apply, Command};
    use crate::server::{auth, store};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let name = crate::model::validate_theme_name(&name)?;
    let position = store::themes::next_position(&state.db, scope).await?;
    let applied = apply(
        &state.db,
        scope,
        &caller.who,
        Command::CreateTheme { name, position },
    )
    .await?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/themes"));
    Ok(ThemeId(applied.id))
}

/// Renames a theme; its projects keep it.
#[server(prefix = "/api", endpoint = "rename_theme")]
pub async fn rename_theme(
    portfolio_id: PortfolioId,
    theme_id: ThemeId,
    name: String,
) -> Result<(), AppError> {
    use crate::server::auth;
    use crate::server::store::write::{apply, Command};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let name = crate::model::validate_theme_name(&name)?;
    apply(
        &state.db,
        scope,
        &caller.who,
        Command::RenameTheme(theme_id, name),
    )
    .await?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/themes"));
    Ok(())
}

/// Deletes a theme and takes it off its projects (the page asked for confirmation first).
#[server(prefix = "/api", endpoint = "delete_theme")]
pub async fn delete_theme(portfolio_id: PortfolioId, theme_id: ThemeId) -> Result<(), AppError> {
    use crate::server::auth;
    use crate::server::store::write::{apply, Command};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    apply(
        &state.db,
        scope,
        &caller.who,
        Command::DeleteTheme(theme_id),
    )
    .await?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/themes"));
    Ok(())
}
