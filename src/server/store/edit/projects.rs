//! Deleting, restoring and re-linking projects.

use super::super::write::{require, Entry};
use super::super::Scope;
use super::changed;
use crate::error::{AppError, AppResult};
use crate::model::{ActorId, ActorRole, ProjectDraft, ProjectId, RelationKind, ThemeId};
use crate::server::db::{db_error, now_ms};
use crate::server::store::projects::{draft, Row, COLUMNS};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::{Any, Transaction};

pub(super) const IN_PORTFOLIO: &str =
    "SELECT id FROM projects WHERE id = $1 AND org_id = $2 AND portfolio_id = $3";

/// Everything a deleted project had, so that undo can bring it back with its links.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectSnapshot {
    pub draft: ProjectDraft,
    pub actors: Vec<(ActorId, ActorRole)>,
    pub themes: Vec<ThemeId>,
    /// (from, to, kind) of every relation the project is in.
    pub relations: Vec<(ProjectId, ProjectId, RelationKind)>,
    pub actions: Vec<i64>,
}

pub(super) async fn delete(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    id: ProjectId,
) -> AppResult<Entry> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM projects WHERE id = $1 AND portfolio_id = $2 AND org_id = $3"
    ))
    .bind(id.0)
    .bind(scope.portfolio.0)
    .bind(scope.org.0)
    .fetch_optional(&mut **tx)
    .await
    .map_err(db_error)?;
    let (_, d) = draft(row.ok_or(AppError::NotFound)?);
    let actors: Vec<(i64, String)> = sqlx::query_as(
        "SELECT actor_id, role FROM project_actors WHERE project_id = $1 AND org_id = $2 \
         ORDER BY actor_id, role",
    )
    .bind(id.0)
    .bind(scope.org.0)
    .fetch_all(&mut **tx)
    .await
    .map_err(db_error)?;
    let themes: Vec<(i64,)> = sqlx::query_as(
        "SELECT theme_id FROM project_themes WHERE project_id = $1 AND org_id = $2 ORDER BY theme_id",
    )
    .bind(id.0)
    .bind(scope.org.0)
    .fetch_all(&mut **tx)
    .await
    .map_err(db_error)?;
    let relations: Vec<(i64, i64, String)> = sqlx::query_as(
        "SELECT from_project_id, to_project_id, kind FROM project_relations \
         WHERE (from_project_id = $1 OR to_project_id = $1) AND org_id = $2 ORDER BY id",
    )
    .bind(id.0)
    .bind(scope.org.0)
    .fetch_all(&mut **tx)
    .await
    .map_err(db_error)?;
    let actions: Vec<(i64,)> = sqlx::query_as(
        "SELECT action_id FROM action_projects WHERE project_id = $1 AND org_id = $2",
    )
    .bind(id.0)
    .bind(scope.org.0)
    .fetch_all(&mut **tx)
    .await
    .map_err(db_error)?;
    let snapshot = ProjectSnapshot {
        draft: d,
        actors: actors
            .into_iter()
            .filter_map(|(a, r)| Some((ActorId(a), ActorRole::parse(&r)?)))
            .collect(),
        themes: themes.into_iter().map(|(t,)| ThemeId(t)).collect(),
        relations: relations
            .into_iter()
            .filter_map(|(f, t, k)| Some((ProjectId(f), ProjectId(t), RelationKind::parse(&k)?)))
            .collect(),
        actions: actions.into_iter().map(|(a,)| a).collect(),
    };
    for sql in [
        "DELETE FROM project_actors WHERE project_id = $1 AND org_id = $2",
        "DELETE FROM project_themes WHERE project_id = $1 AND org_id = $2",
        "DELETE FROM project_relations WHERE (from_project_id = $1 OR to_project_id = $1) AND org_id = $2",
        "DELETE FROM action_projects WHERE project_id = $1 AND org_id = $2",
        "DELETE FROM projects WHERE id = $1 AND org_id = $2",
    ] {
        sqlx::query(sql)
            .bind(id.0)
            .bind(scope.org.0)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
    }
    sqlx::query("DELETE FROM node_positions WHERE portfolio_id = $1 AND org_id = $2 AND node = $3")
        .bind(scope.portfolio.0)
        .bind(scope.org.0)
        .bind(format!("p{}", id.0))
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    Ok(Entry {
        entity: "project",
        id: id.0,
        op: "delete",
        before: Some(json!(snapshot)),
        after: None,
    })
}

/// Puts a deleted project back under its old ID with the links whose other ends still exist.
pub(super) async fn restore(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    id: ProjectId,
    s: ProjectSnapshot,
) -> AppResult<Entry> {
    let d = &s.draft;
    let now = now_ms();
    sqlx::query(
        "INSERT INTO projects (id, org_id, portfolio_id, name, summary, goals, status, \
         start_date, end_date, budget_cents, funding, contact_name, contact_email, \
         website, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)",
    )
    .bind(id.0)
    .bind(scope.org.0)
    .bind(scope.portfolio.0)
    .bind(&d.name)
    .bind(&d.summary)
    .bind(&d.goals)
    .bind(d.status.as_str())
    .bind(d.start_date.map(|x| x.to_string()))
    .bind(d.end_date.map(|x| x.to_string()))
    .bind(d.budget_cents)
    .bind(json!(d.funding).to_string())
    .bind(&d.contact_name)
    .bind(&d.contact_email)
    .bind(&d.website)
    .bind(now)
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    for (actor, role) in &s.actors {
        if exists(
            tx,
            "SELECT id FROM actors WHERE id = $1 AND org_id = $2",
            actor.0,
            scope,
        )
        .await?
        {
            sqlx::query(
                "INSERT INTO project_actors (org_id, project_id, actor_id, role) VALUES ($1, $2, $3, $4)",
            )
            .bind(scope.org.0)
            .bind(id.0)
            .bind(actor.0)
            .bind(role.as_str())
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
        }
    }
    for theme in &s.themes {
        let sql = "SELECT id FROM themes WHERE id = $1 AND org_id = $2 AND portfolio_id = $3";
        if exists(tx, sql, theme.0, scope).await? {
            sqlx::query(
                "INSERT INTO project_themes (org_id, project_id, theme_id) VALUES ($1, $2, $3)",
            )
            .bind(scope.org.0)
            .bind(id.0)
            .bind(theme.0)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
        }
    }
    for (from, to, kind) in &s.relations {
        let other = if *from == id { to } else { from };
        if exists(tx, IN_PORTFOLIO, other.0, scope).await? {
            sqlx::query(
                "INSERT INTO project_relations (org_id, from_project_id, to_project_id, kind) \
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(scope.org.0)
            .bind(from.0)
            .bind(to.0)
            .bind(kind.as_str())
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
        }
    }
    for action in &s.actions {
        let sql = "SELECT id FROM actions WHERE id = $1 AND org_id = $2 AND portfolio_id = $3";
        if exists(tx, sql, *action, scope).await? {
            sqlx::query(
                "INSERT INTO action_projects (org_id, action_id, project_id) VALUES ($1, $2, $3)",
            )
            .bind(scope.org.0)
            .bind(action)
            .bind(id.0)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
        }
    }
    Ok(Entry {
        entity: "project",
        id: id.0,
        op: "restore",
        before: None,
        after: Some(json!(s)),
    })
}

/// Whether the row exists in scope (see [`require`] for the parameters).
pub(super) async fn exists(
    tx: &mut Transaction<'_, Any>,
    sql: &str,
    id: i64,
    scope: Scope,
) -> AppResult<bool> {
    match require(tx, sql, id, scope).await {
        Ok(()) => Ok(true),
        Err(AppError::NotFound) => Ok(false),
        Err(e) => Err(e),
    }
}

pub(super) async fn set_themes(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    id: ProjectId,
    mut themes: Vec<ThemeId>,
) -> AppResult<Entry> {
    require(tx, IN_PORTFOLIO, id.0, scope).await?;
    themes.sort();
    themes.dedup();
    for t in &themes {
        let sql = "SELECT id FROM themes WHERE id = $1 AND org_id = $2 AND portfolio_id = $3";
        require(tx, sql, t.0, scope).await?;
    }
    let before: Vec<(i64,)> = sqlx::query_as(
        "SELECT theme_id FROM project_themes WHERE project_id = $1 AND org_id = $2 ORDER BY theme_id",
    )
    .bind(id.0)
    .bind(scope.org.0)
    .fetch_all(&mut **tx)
    .await
    .map_err(db_error)?;
    let before: Vec<ThemeId> = before.into_iter().map(|(t,)| ThemeId(t)).collect();
    sqlx::query("DELETE FROM project_themes WHERE project_id = $1 AND org_id = $2")
        .bind(id.0)
        .bind(scope.org.0)
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    for t in &themes {
        sqlx::query(
            "INSERT INTO project_themes (org_id, project_id, theme_id) VALUES ($1, $2, $3)",
        )
        .bind(scope.org.0)
        .bind(id.0)
        .bind(t.0)
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    }
    Ok(Entry {
        entity: "project_theme",
        id: id.0,
        op: "update",
        before: Some(json!({ "project": id, "themes": before })),
        after: Some(json!({ "project": id, "themes": themes })),
    })
}

pub(super) async fn unlink_actor(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    project: ProjectId,
    actor: ActorId,
    role: ActorRole,
) -> AppResult<Entry> {
    require(tx, IN_PORTFOLIO, project.0, scope).await?;
    let done = sqlx::query(
        "DELETE FROM project_actors WHERE project_id = $1 AND actor_id = $2 AND role = $3 \
         AND org_id = $4",
    )
    .bind(project.0)
    .bind(actor.0)
    .bind(role.as_str())
    .bind(scope.org.0)
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    changed(done.rows_affected())?;
    Ok(Entry {
        entity: "project_actor",
        id: project.0,
        op: "delete",
        before: Some(json!({ "project": project, "actor": actor, "role": role })),
        after: None,
    })
}

pub(super) async fn unrelate(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    id: i64,
) -> AppResult<Entry> {
    let row: Option<(i64, i64, String)> = sqlx::query_as(
        "SELECT r.from_project_id, r.to_project_id, r.kind FROM project_relations r \
         JOIN projects p ON p.id = r.from_project_id AND p.org_id = r.org_id \
         WHERE r.id = $1 AND r.org_id = $2 AND p.portfolio_id = $3",
    )
    .bind(id)
    .bind(scope.org.0)
    .bind(scope.portfolio.0)
    .fetch_optional(&mut **tx)
    .await
    .map_err(db_error)?;
    let (from, to, kind) = row.ok_or(AppError::NotFound)?;
    sqlx::query("DELETE FROM project_relations WHERE id = $1 AND org_id = $2")
        .bind(id)
        .bind(scope.org.0)
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    let kind = RelationKind::parse(&kind).unwrap_or(RelationKind::Related);
    Ok(Entry {
        entity: "project_relation",
        id,
        op: "delete",
        before: Some(json!({ "from": ProjectId(from), "to": ProjectId(to), "kind": kind })),
        after: None,
    })
}

pub(super) async fn unlink_theme(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    project: ProjectId,
    theme: ThemeId,
) -> AppResult<Entry> {
    require(tx, IN_PORTFOLIO, project.0, scope).await?;
    let done = sqlx::query(
        "DELETE FROM project_themes WHERE project_id = $1 AND theme_id = $2 AND org_id = $3",
    )
    .bind(project.0)
    .bind(theme.0)
    .bind(scope.org.0)
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    changed(done.rows_affected())?;
    Ok(Entry {
        entity: "project_theme",
        id: project.0,
        op: "delete",
        before: Some(json!({ "project": project, "theme": theme })),
        after: None,
    })
}
