//! The write-path steps for editing a portfolio's content beyond creating it: deleting and
//! restoring projects, actors and themes, merging actors, unlinking. Each returns the change
//! entry, and a removal's entry keeps a snapshot that is enough to restore it (for undo).

mod actors;
mod projects;
mod themes;

pub use actors::ActorSnapshot;
pub use projects::ProjectSnapshot;
pub(super) use themes::ensure_unique;
pub use themes::ThemeSnapshot;

use super::write::{Command, Entry};
use super::Scope;
use crate::error::{AppError, AppResult};
use crate::server::db::db_error;
use serde_json::json;
use sqlx::{Any, Transaction};

pub(super) async fn execute(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    command: Command,
) -> AppResult<Entry> {
    match command {
        Command::DeleteProject(id) => projects::delete(tx, scope, id).await,
        Command::RestoreProject(id, snap) => projects::restore(tx, scope, id, snap).await,
        Command::SetProjectThemes(id, themes) => projects::set_themes(tx, scope, id, themes).await,
        Command::UnrelateProjects(id) => projects::unrelate(tx, scope, id).await,
        Command::UnlinkActor {
            project,
            actor,
            role,
        } => projects::unlink_actor(tx, scope, project, actor, role).await,
        Command::UpdateActor(id, draft) => actors::update(tx, scope, id, draft).await,
        Command::DeleteActor(id) => actors::delete(tx, scope, id).await,
        Command::RestoreActor(id, snap) => actors::restore(tx, scope, id, snap).await,
        Command::MergeActors { keep, remove } => actors::merge(tx, scope, keep, remove).await,
        Command::Unmerge {
            keep,
            removed,
            moved,
            moved_actions,
        } => actors::unmerge(tx, scope, keep, removed, moved, moved_actions).await,
        Command::UnlinkTheme { project, theme } => {
            projects::unlink_theme(tx, scope, project, theme).await
        }
        Command::RenameTheme(id, name) => themes::rename(tx, scope, id, name).await,
        Command::DeleteTheme(id) => themes::delete(tx, scope, id).await,
        Command::RestoreTheme(id, snap) => themes::restore(tx, scope, id, snap).await,
        Command::Undismiss { kind, a, b } => {
            let done = sqlx::query(
                "DELETE FROM dismissals WHERE portfolio_id = $1 AND org_id = $2 AND kind = $3 \
                 AND a = $4 AND b = $5",
            )
            .bind(scope.portfolio.0)
            .bind(scope.org.0)
            .bind(kind.as_str())
            .bind(a)
            .bind(b)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
            if done.rows_affected() == 0 {
                return Err(AppError::NotFound);
            }
            Ok(Entry {
                entity: "dismissal",
                id: a,
                op: "delete",
                before: Some(json!({ "kind": kind, "a": a, "b": b })),
                after: None,
            })
        }
        Command::DeleteAction(id) => super::plan::delete_action(tx, scope, id).await,
        Command::SetActionLinks {
            action,
            projects,
            actors,
        } => super::plan::set_links(tx, scope, action, projects, actors).await,
        Command::RenamePortfolio { name, description } => {
            let (before_name, before_description): (String, String) = sqlx::query_as(
                "SELECT name, description FROM portfolios WHERE id = $1 AND org_id = $2",
            )
            .bind(scope.portfolio.0)
            .bind(scope.org.0)
            .fetch_one(&mut **tx)
            .await
            .map_err(db_error)?;
            sqlx::query(
                "UPDATE portfolios SET name = $1, description = $2 WHERE id = $3 AND org_id = $4",
            )
            .bind(&name)
            .bind(&description)
            .bind(scope.portfolio.0)
            .bind(scope.org.0)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
            Ok(Entry {
                entity: "portfolio",
                id: scope.portfolio.0,
                op: "update",
                before: Some(json!({ "name": before_name, "description": before_description })),
                after: Some(json!({ "name": name, "description": description })),
            })
        }
        other => {
            tracing::error!("command reached edit::execute by mistake: {other:?}");
            Err(AppError::Internal)
        }
    }
}

/// Counts what a statement changed and turns "nothing" into `NotFound`.
pub(super) fn changed(rows: u64) -> AppResult<()> {
    if rows == 0 {
        Err(AppError::NotFound)
    } else {
        Ok(())
    }
}
