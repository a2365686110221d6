//! Editing, deleting, restoring and merging actors. Actors belong to the organisation, so
//! their links are followed into every portfolio of it.

use super::super::write::{require, Entry};
use super::super::Scope;
use super::projects::exists;
use crate::error::{AppError, AppResult};
use crate::model::{ActorDraft, ActorId, ActorKind, ActorRole, BusinessId, ProjectId};
use crate::server::db::{db_error, now_ms};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::{Any, Transaction};

const IN_ORG: &str = "SELECT id FROM actors WHERE id = $1 AND org_id = $2";

/// A removed actor and everything it was linked to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorSnapshot {
    pub id: ActorId,
    pub draft: ActorDraft,
    pub links: Vec<(ProjectId, ActorRole)>,
    pub actions: Vec<i64>,
}

async fn read(tx: &mut Transaction<'_, Any>, scope: Scope, id: ActorId) -> AppResult<ActorDraft> {
    let row: Option<(String, String, Option<String>)> =
        sqlx::query_as("SELECT name, kind, business_id FROM actors WHERE id = $1 AND org_id = $2")
            .bind(id.0)
            .bind(scope.org.0)
            .fetch_optional(&mut **tx)
            .await
            .map_err(db_error)?;
    let (name, kind, business_id) = row.ok_or(AppError::NotFound)?;
    Ok(ActorDraft {
        name,
        kind: ActorKind::parse(&kind).unwrap_or(ActorKind::Other),
        business_id: business_id.as_deref().and_then(BusinessId::parse),
    })
}

async fn snapshot(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    id: ActorId,
) -> AppResult<ActorSnapshot> {
    let draft = read(tx, scope, id).await?;
    let links: Vec<(i64, String)> = sqlx::query_as(
        "SELECT project_id, role FROM project_actors WHERE actor_id = $1 AND org_id = $2 \
         ORDER BY project_id, role",
    )
    .bind(id.0)
    .bind(scope.org.0)
    .fetch_all(&mut **tx)
    .await
    .map_err(db_error)?;
    let actions: Vec<(i64,)> =
        sqlx::query_as("SELECT action_id FROM action_actors WHERE actor_id = $1 AND org_id = $2")
            .bind(id.0)
            .bind(scope.org.0)
            .fetch_all(&mut **tx)
            .await
            .map_err(db_error)?;
    Ok(ActorSnapshot {
        id,
        draft,
        links: links
            .into_iter()
            .filter_map(|(p, r)| Some((ProjectId(p), ActorRole::parse(&r)?)))
            .collect(),
        actions: actions.into_iter().map(|(a,)| a).collect(),
    })
}

/// Removes the actor, its links and its map positions.
async fn remove(tx: &mut Transaction<'_, Any>, scope: Scope, id: ActorId) -> AppResult<()> {
    for sql in [
        "DELETE FROM project_actors WHERE actor_id = $1 AND org_id = $2",
        "DELETE FROM action_actors WHERE actor_id = $1 AND org_id = $2",
        "DELETE FROM actors WHERE id = $1 AND org_id = $2",
    ] {
        sqlx::query(sql)
            .bind(id.0)
            .bind(scope.org.0)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
    }
    sqlx::query("DELETE FROM node_positions WHERE org_id = $1 AND node = $2")
        .bind(scope.org.0)
        .bind(format!("a{}", id.0))
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    Ok(())
}

pub(super) async fn update(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    id: ActorId,
    d: ActorDraft,
) -> AppResult<Entry> {
    let before = read(tx, scope, id).await?;
    sqlx::query(
        "UPDATE actors SET name = $1, kind = $2, business_id = $3 WHERE id = $4 AND org_id = $5",
    )
    .bind(&d.name)
    .bind(d.kind.as_str())
    .bind(d.business_id.as_ref().map(|b| b.as_str().to_string()))
    .bind(id.0)
    .bind(scope.org.0)
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    Ok(Entry {
        entity: "actor",
        id: id.0,
        op: "update",
        before: Some(json!(before)),
        after: Some(json!(d)),
    })
}

pub(super) async fn delete(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    id: ActorId,
) -> AppResult<Entry> {
    let snap = snapshot(tx, scope, id).await?;
    remove(tx, scope, id).await?;
    Ok(Entry {
        entity: "actor",
        id: id.0,
        op: "delete",
        before: Some(json!(snap)),
        after: None,
    })
}

/// Re-creates the actor under its old ID and re-links what still exists.
async fn put_back(tx: &mut Transaction<'_, Any>, scope: Scope, s: &ActorSnapshot) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO actors (id, org_id, name, kind, business_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(s.id.0)
    .bind(scope.org.0)
    .bind(&s.draft.name)
    .bind(s.draft.kind.as_str())
    .bind(s.draft.business_id.as_ref().map(|b| b.as_str().to_string()))
    .bind(now_ms())
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    for (project, role) in &s.links {
        if exists(
            tx,
            "SELECT id FROM projects WHERE id = $1 AND org_id = $2",
            project.0,
            scope,
        )
        .await?
        {
            sqlx::query(
                "INSERT INTO project_actors (org_id, project_id, actor_id, role) VALUES ($1, $2, $3, $4)",
            )
            .bind(scope.org.0)
            .bind(project.0)
            .bind(s.id.0)
            .bind(role.as_str())
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
        }
    }
    for action in &s.actions {
        if exists(
            tx,
            "SELECT id FROM actions WHERE id = $1 AND org_id = $2",
            *action,
            scope,
        )
        .await?
        {
            sqlx::query(
                "INSERT INTO action_actors (org_id, action_id, actor_id) VALUES ($1, $2, $3)",
            )
            .bind(scope.org.0)
            .bind(action)
            .bind(s.id.0)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
        }
    }
    Ok(())
}

pub(super) async fn restore(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    id: ActorId,
    s: ActorSnapshot,
) -> AppResult<Entry> {
    if s.id != id {
        return Err(AppError::Conflict);
    }
    put_back(tx, scope, &s).await?;
    Ok(Entry {
        entity: "actor",
        id: id.0,
        op: "restore",
        before: None,
        after: Some(json!(s)),
    })
}

/// Moves every link of `remove` to `keep` (a link `keep` already has is not doubled) and
/// removes `remove`. The kept actor's name, type and Y-tunnus stay as they are.
pub(super) async fn merge(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    keep: ActorId,
    remove_id: ActorId,
) -> AppResult<Entry> {
    if keep == remove_id {
        return Err(AppError::Conflict);
    }
    require(tx, IN_ORG, keep.0, scope).await?;
    let removed = snapshot(tx, scope, remove_id).await?;
    let kept: Vec<(i64, String)> = sqlx::query_as(
        "SELECT project_id, role FROM project_actors WHERE actor_id = $1 AND org_id = $2",
    )
    .bind(keep.0)
    .bind(scope.org.0)
    .fetch_all(&mut **tx)
    .await
    .map_err(db_error)?;
    let kept_actions: Vec<(i64,)> =
        sqlx::query_as("SELECT action_id FROM action_actors WHERE actor_id = $1 AND org_id = $2")
            .bind(keep.0)
            .bind(scope.org.0)
            .fetch_all(&mut **tx)
            .await
            .map_err(db_error)?;
    remove(tx, scope, remove_id).await?;
    let mut moved = Vec::new();
    for (project, role) in &removed.links {
        if kept
            .iter()
            .any(|(p, r)| *p == project.0 && r == role.as_str())
        {
            continue;
        }
        sqlx::query(
            "INSERT INTO project_actors (org_id, project_id, actor_id, role) VALUES ($1, $2, $3, $4)",
        )
        .bind(scope.org.0)
        .bind(project.0)
        .bind(keep.0)
        .bind(role.as_str())
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
        moved.push((*project, *role));
    }
    let mut moved_actions = Vec::new();
    for action in &removed.actions {
        if kept_actions.iter().any(|(a,)| a == action) {
            continue;
        }
        sqlx::query("INSERT INTO action_actors (org_id, action_id, actor_id) VALUES ($1, $2, $3)")
            .bind(scope.org.0)
            .bind(action)
            .bind(keep.0)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
        moved_actions.push(*action);
    }
    Ok(Entry {
        entity: "actor",
        id: keep.0,
        op: "merge",
        before: Some(json!({ "removed": removed })),
        after: Some(json!({ "keep": keep, "moved": moved, "moved_actions": moved_actions })),
    })
}

/// Undoes a merge: takes the moved links from `keep` and restores the removed actor.
pub(super) async fn unmerge(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    keep: ActorId,
    removed: ActorSnapshot,
    moved: Vec<(ProjectId, ActorRole)>,
    moved_actions: Vec<i64>,
) -> AppResult<Entry> {
    require(tx, IN_ORG, keep.0, scope).await?;
    for action in &moved_actions {
        sqlx::query(
            "DELETE FROM action_actors WHERE action_id = $1 AND actor_id = $2 AND org_id = $3",
        )
        .bind(action)
        .bind(keep.0)
        .bind(scope.org.0)
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    }
    for (project, role) in &moved {
        sqlx::query(
            "DELETE FROM project_actors WHERE project_id = $1 AND actor_id = $2 AND role = $3 \
             AND org_id = $4",
        )
        .bind(project.0)
        .bind(keep.0)
        .bind(role.as_str())
        .bind(scope.org.0)
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    }
    put_back(tx, scope, &removed).await?;
    Ok(Entry {
        entity: "actor",
        id: keep.0,
        op: "unmerge",
        before: Some(json!({ "keep": keep, "moved": moved, "moved_actions": moved_actions })),
        after: Some(json!({ "removed": removed })),
    })
}
