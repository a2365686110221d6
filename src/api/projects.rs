//! Server functions for projects.

use crate::error::AppError;
use crate::model::{PortfolioId, Project, ProjectId, ProjectInput};
use leptos::prelude::*;

/// One project of a portfolio.
#[server(prefix = "/api", endpoint = "get_project")]
pub async fn get_project(
    portfolio_id: PortfolioId,
    project_id: ProjectId,
) -> Result<Project, AppError> {
    use crate::server::{auth, store};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    store::projects::get(&state.db, scope, project_id).await
}

/// Creates a project from the form; on success the browser goes to the portfolio page.
#[server(prefix = "/api", endpoint = "create_project")]
pub async fn create_project(
    portfolio_id: PortfolioId,
    input: ProjectInput,
) -> Result<ProjectId, AppError> {
    use crate::server::auth;
    use crate::server::store::write::{apply, Command};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let draft = input.validate()?;
    let applied = apply(&state.db, scope, &caller.who, Command::CreateProject(draft)).await?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}"));
    Ok(ProjectId(applied.id))
}

/// Saves an edited project; on success the browser goes to the portfolio page.
#[server(prefix = "/api", endpoint = "update_project")]
pub async fn update_project(
    portfolio_id: PortfolioId,
    project_id: ProjectId,
    input: ProjectInput,
) -> Result<(), AppError> {
    use crate::server::auth;
    use crate::server::store::write::{apply, Command};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let draft = input.validate()?;
    apply(
        &state.db,
        scope,
        &caller.who,
        Command::UpdateProject(project_id, draft),
    )
    .await?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}"));
    Ok(())
}
