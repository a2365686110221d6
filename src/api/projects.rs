//! Server functions for projects.

use crate::error::AppError;
use crate::model::{
    Actor, ActorId, ActorRole, Change, PortfolioId, Project, ProjectId, ProjectInput, RelationView,
    Theme,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

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
    leptos_axum::redirect(&format!(
        "/portfolio/{portfolio_id}/projects/{}",
        applied.id
    ));
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
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/projects/{project_id}"));
    Ok(())
}

/// A project's page: the project with its links, relations, history, and what can be linked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProjectDetail {
    pub project: Project,
    pub relations: Vec<RelationView>,
    /// Every actor of the organisation, for the "add actor" choice.
    pub actors: Vec<Actor>,
    pub themes: Vec<Theme>,
    /// The portfolio's other projects, for the "add relation" choice.
    pub others: Vec<(ProjectId, String)>,
    pub history: Vec<Change>,
}

/// Everything the project page shows.
#[server(prefix = "/api", endpoint = "get_project_detail")]
pub async fn get_project_detail(
    portfolio_id: PortfolioId,
    project_id: ProjectId,
) -> Result<ProjectDetail, AppError> {
    use crate::server::{auth, store};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let db = &state.db;
    let project = store::projects::get(db, scope, project_id).await?;
    let others = store::projects::list(db, scope)
        .await?
        .into_iter()
        .filter(|p| p.id != project_id)
        .map(|p| (p.id, p.draft.name))
        .collect();
    Ok(ProjectDetail {
        relations: store::projects::relations(db, scope, project_id).await?,
        actors: store::actors::list(db, scope)
            .await?
            .into_iter()
            .map(|a| a.actor)
            .collect(),
        themes: store::portfolios::themes(db, scope).await?,
        others,
        history: store::history::list(db, scope, Some(project_id), 50).await?,
        project,
    })
}

/// Deletes a project with its links; the browser goes back to the portfolio.
#[server(prefix = "/api", endpoint = "delete_project")]
pub async fn delete_project(
    portfolio_id: PortfolioId,
    project_id: ProjectId,
) -> Result<(), AppError> {
    use crate::server::auth;
    use crate::server::store::write::{apply, Command};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    apply(
        &state.db,
        scope,
        &caller.who,
        Command::DeleteProject(project_id),
    )
    .await?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}"));
    Ok(())
}

/// Adds an actor to a project in a role.
#[server(prefix = "/api", endpoint = "link_actor")]
pub async fn link_actor(
    portfolio_id: PortfolioId,
    project_id: ProjectId,
    actor_id: String,
    role: String,
) -> Result<(), AppError> {
    use super::form::{chosen, duplicate};
    use crate::model::{Field, FieldError, Problem};
    use crate::server::auth;
    use crate::server::store::write::{apply, Command};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let actor = ActorId(chosen(Field::Actor, &actor_id)?);
    let role = ActorRole::parse(role.trim()).ok_or_else(|| {
        AppError::Validation(vec![FieldError {
            field: Field::Role,
            problem: Problem::UnknownChoice,
        }])
    })?;
    let command = Command::LinkActor {
        project: project_id,
        actor,
        role,
    };
    apply(&state.db, scope, &caller.who, command)
        .await
        .map_err(|e| duplicate(Field::Actor, e))?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/projects/{project_id}"));
    Ok(())
}

/// Takes an actor off a project (in one role).
#[server(prefix = "/api", endpoint = "unlink_actor")]
pub async fn unlink_actor(
    portfolio_id: PortfolioId,
    project_id: ProjectId,
    actor_id: ActorId,
    role: ActorRole,
) -> Result<(), AppError> {
    use crate::server::auth;
    use crate::server::store::write::{apply, Command};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let command = Command::UnlinkActor {
        project: project_id,
        actor: actor_id,
        role,
    };
    apply(&state.db, scope, &caller.who, command).await?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/projects/{project_id}"));
    Ok(())
}

/// Sets the project's themes to the checked ones (`themes[<id>]=on`; none checked: none).
#[server(prefix = "/api", endpoint = "set_project_themes")]
pub async fn set_project_themes(
    portfolio_id: PortfolioId,
    project_id: ProjectId,
    themes: Option<std::collections::HashMap<String, String>>,
) -> Result<(), AppError> {
    use super::form::chosen;
    use crate::model::{Field, ThemeId};
    use crate::server::auth;
    use crate::server::store::write::{apply, Command};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let mut ids = Vec::new();
    for key in themes.unwrap_or_default().keys() {
        ids.push(ThemeId(chosen(Field::ThemeName, key)?));
    }
    apply(
        &state.db,
        scope,
        &caller.who,
        Command::SetProjectThemes(project_id, ids),
    )
    .await?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/projects/{project_id}"));
    Ok(())
}

/// Records how this project relates to another one.
#[server(prefix = "/api", endpoint = "relate_projects")]
pub async fn relate_projects(
    portfolio_id: PortfolioId,
    project_id: ProjectId,
    other: String,
    kind: String,
) -> Result<(), AppError> {
    use super::form::{chosen, duplicate};
    use crate::model::{Field, FieldError, Problem, RelationKind};
    use crate::server::auth;
    use crate::server::store::write::{apply, Command};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let to = ProjectId(chosen(Field::Project, &other)?);
    let kind = RelationKind::parse(kind.trim()).ok_or_else(|| {
        AppError::Validation(vec![FieldError {
            field: Field::Kind,
            problem: Problem::UnknownChoice,
        }])
    })?;
    if to == project_id {
        return Err(AppError::Validation(vec![FieldError {
            field: Field::Project,
            problem: Problem::UnknownChoice,
        }]));
    }
    let command = Command::RelateProjects {
        from: project_id,
        to,
        kind,
    };
    apply(&state.db, scope, &caller.who, command)
        .await
        .map_err(|e| duplicate(Field::Project, e))?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/projects/{project_id}"));
    Ok(())
}

/// Removes a relation between two projects.
#[server(prefix = "/api", endpoint = "unrelate_projects")]
pub async fn unrelate_projects(
    portfolio_id: PortfolioId,
    project_id: ProjectId,
    relation_id: i64,
) -> Result<(), AppError> {
    use crate::server::auth;
    use crate::server::store::write::{apply, Command};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    apply(
        &state.db,
        scope,
        &caller.who,
        Command::UnrelateProjects(relation_id),
    )
    .await?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/projects/{project_id}"));
    Ok(())
}
