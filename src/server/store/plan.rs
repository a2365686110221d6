//! The action plan and dismissed findings: reads, and the write-path steps for them (called
//! from `write::apply` inside its transaction).

use super::super::db::{db_error, now_ms, Db};
use super::write::{require, Entry};
use super::Scope;
use crate::analysis::{ordered, Dismissed};
use crate::error::{AppError, AppResult};
use crate::model::{Action, ActionDraft, ActionId, ActionStatus, ActorId, FindingKind, ProjectId};
use chrono::NaiveDate;
use serde_json::json;
use sqlx::{Any, Transaction};
use std::collections::HashMap;

const IN_PORTFOLIO: &str =
    "SELECT id FROM projects WHERE id = $1 AND org_id = $2 AND portfolio_id = $3";
const IN_ORG: &str = "SELECT id FROM actors WHERE id = $1 AND org_id = $2";

/// The portfolio's actions, open ones first, then by due date.
pub async fn list(db: &Db, scope: Scope) -> AppResult<Vec<Action>> {
    let rows: Vec<(i64, String, String, Option<String>, String)> = sqlx::query_as(
        "SELECT id, title, owner, due_date, status FROM actions \
         WHERE portfolio_id = $1 AND org_id = $2 \
         ORDER BY CASE status WHEN 'done' THEN 1 ELSE 0 END, due_date IS NULL, due_date, id",
    )
    .bind(scope.portfolio.0)
    .bind(scope.org.0)
    .fetch_all(&db.pool)
    .await
    .map_err(db_error)?;
    let links = |sql: &'static str| {
        sqlx::query_as::<_, (i64, i64, String)>(sql)
            .bind(scope.portfolio.0)
            .bind(scope.org.0)
            .fetch_all(&db.pool)
    };
    let projects = links(
        "SELECT ap.action_id, p.id, p.name FROM action_projects ap \
         JOIN actions a ON a.id = ap.action_id JOIN projects p ON p.id = ap.project_id \
         WHERE a.portfolio_id = $1 AND a.org_id = $2 AND p.org_id = $2 ORDER BY p.name",
    )
    .await
    .map_err(db_error)?;
    let actors = links(
        "SELECT aa.action_id, x.id, x.name FROM action_actors aa \
         JOIN actions a ON a.id = aa.action_id JOIN actors x ON x.id = aa.actor_id \
         WHERE a.portfolio_id = $1 AND a.org_id = $2 AND x.org_id = $2 ORDER BY x.name",
    )
    .await
    .map_err(db_error)?;
    let mut by_action_p: HashMap<i64, Vec<(ProjectId, String)>> = HashMap::new();
    for (a, id, name) in projects {
        by_action_p
            .entry(a)
            .or_default()
            .push((ProjectId(id), name));
    }
    let mut by_action_a: HashMap<i64, Vec<(ActorId, String)>> = HashMap::new();
    for (a, id, name) in actors {
        by_action_a.entry(a).or_default().push((ActorId(id), name));
    }
    Ok(rows
        .into_iter()
        .map(|(id, title, owner, due, status)| Action {
            id: ActionId(id),
            title,
            owner,
            due_date: due.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
            status: ActionStatus::parse(&status).unwrap_or_default(),
            projects: by_action_p.remove(&id).unwrap_or_default(),
            actors: by_action_a.remove(&id).unwrap_or_default(),
        })
        .collect())
}

/// The findings the portfolio's users marked as known.
pub async fn dismissed(db: &Db, scope: Scope) -> AppResult<Dismissed> {
    let rows: Vec<(String, i64, i64)> =
        sqlx::query_as("SELECT kind, a, b FROM dismissals WHERE portfolio_id = $1 AND org_id = $2")
            .bind(scope.portfolio.0)
            .bind(scope.org.0)
            .fetch_all(&db.pool)
            .await
            .map_err(db_error)?;
    let mut d = Dismissed::default();
    for (kind, a, b) in rows {
        match FindingKind::parse(&kind) {
            Some(FindingKind::Overlap) => {
                d.project_pairs.insert((ProjectId(a), ProjectId(b)));
            }
            Some(FindingKind::Opportunity) => {
                d.actor_pairs.insert((ActorId(a), ActorId(b)));
            }
            Some(FindingKind::Cooperation) => {
                d.cooperation_pairs.insert((ProjectId(a), ProjectId(b)));
            }
            None => {}
        }
    }
    Ok(d)
}

pub(super) async fn create_action(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    d: ActionDraft,
) -> AppResult<Entry> {
    for p in &d.projects {
        require(tx, IN_PORTFOLIO, p.0, scope).await?;
    }
    for a in &d.actors {
        require(tx, IN_ORG, a.0, scope).await?;
    }
    let now = now_ms();
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO actions (org_id, portfolio_id, title, owner, due_date, status, created_at, \
         updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
    )
    .bind(scope.org.0)
    .bind(scope.portfolio.0)
    .bind(&d.title)
    .bind(&d.owner)
    .bind(d.due_date.map(|x| x.to_string()))
    .bind(d.status.as_str())
    .bind(now)
    .fetch_one(&mut **tx)
    .await
    .map_err(db_error)?;
    for p in &d.projects {
        sqlx::query(
            "INSERT INTO action_projects (org_id, action_id, project_id) VALUES ($1, $2, $3)",
        )
        .bind(scope.org.0)
        .bind(id)
        .bind(p.0)
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    }
    for a in &d.actors {
        sqlx::query("INSERT INTO action_actors (org_id, action_id, actor_id) VALUES ($1, $2, $3)")
            .bind(scope.org.0)
            .bind(id)
            .bind(a.0)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
    }
    Ok(Entry {
        entity: "action",
        id,
        op: "create",
        before: None,
        after: Some(json!(d)),
    })
}

pub(super) async fn update_action(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    id: ActionId,
    d: ActionDraft,
) -> AppResult<Entry> {
    type Row = (String, String, Option<String>, String);
    let before: Option<Row> = sqlx::query_as(
        "SELECT title, owner, due_date, status FROM actions \
         WHERE id = $1 AND portfolio_id = $2 AND org_id = $3",
    )
    .bind(id.0)
    .bind(scope.portfolio.0)
    .bind(scope.org.0)
    .fetch_optional(&mut **tx)
    .await
    .map_err(db_error)?;
    let (title, owner, due, status) = before.ok_or(AppError::NotFound)?;
    sqlx::query(
        "UPDATE actions SET title = $1, owner = $2, due_date = $3, status = $4, updated_at = $5 \
         WHERE id = $6 AND org_id = $7",
    )
    .bind(&d.title)
    .bind(&d.owner)
    .bind(d.due_date.map(|x| x.to_string()))
    .bind(d.status.as_str())
    .bind(now_ms())
    .bind(id.0)
    .bind(scope.org.0)
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    let before = json!({ "title": title, "owner": owner, "due_date": due, "status": status });
    let after = json!({
        "title": d.title, "owner": d.owner, "due_date": d.due_date, "status": d.status,
    });
    Ok(Entry {
        entity: "action",
        id: id.0,
        op: "update",
        before: Some(before),
        after: Some(after),
    })
}

pub(super) async fn set_status(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    id: ActionId,
    status: ActionStatus,
) -> AppResult<Entry> {
    let before: Option<(String,)> = sqlx::query_as(
        "SELECT status FROM actions WHERE id = $1 AND portfolio_id = $2 AND org_id = $3",
    )
    .bind(id.0)
    .bind(scope.portfolio.0)
    .bind(scope.org.0)
    .fetch_optional(&mut **tx)
    .await
    .map_err(db_error)?;
    let (before,) = before.ok_or(AppError::NotFound)?;
    sqlx::query("UPDATE actions SET status = $1, updated_at = $2 WHERE id = $3 AND org_id = $4")
        .bind(status.as_str())
        .bind(now_ms())
        .bind(id.0)
        .bind(scope.org.0)
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    Ok(Entry {
        entity: "action",
        id: id.0,
        op: "update",
        before: Some(json!({ "status": before })),
        after: Some(json!({ "status": status })),
    })
}

pub(super) async fn dismiss(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    kind: FindingKind,
    a: i64,
    b: i64,
) -> AppResult<Entry> {
    let (a, b) = ordered(a, b);
    if a == b {
        return Err(AppError::Conflict);
    }
    let sql = match kind {
        FindingKind::Overlap | FindingKind::Cooperation => IN_PORTFOLIO,
        FindingKind::Opportunity => IN_ORG,
    };
    require(tx, sql, a, scope).await?;
    require(tx, sql, b, scope).await?;
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO dismissals (org_id, portfolio_id, kind, a, b) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (portfolio_id, kind, a, b) DO UPDATE SET kind = excluded.kind RETURNING id",
    )
    .bind(scope.org.0)
    .bind(scope.portfolio.0)
    .bind(kind.as_str())
    .bind(a)
    .bind(b)
    .fetch_one(&mut **tx)
    .await
    .map_err(db_error)?;
    let after = json!({ "kind": kind, "a": a, "b": b });
    Ok(Entry {
        entity: "dismissal",
        id,
        op: "create",
        before: None,
        after: Some(after),
    })
}

/// The names of the two projects (overlap, cooperation) or actors (opportunity) of a
/// finding, in scope.
pub async fn finding_names(
    db: &Db,
    scope: Scope,
    kind: FindingKind,
    a: i64,
    b: i64,
) -> AppResult<(String, String)> {
    let sql = match kind {
        FindingKind::Overlap | FindingKind::Cooperation => {
            "SELECT name FROM projects WHERE id = $1 AND org_id = $2 AND portfolio_id = $3"
        }
        FindingKind::Opportunity => "SELECT name FROM actors WHERE id = $1 AND org_id = $2",
    };
    let mut names = Vec::new();
    for id in [a, b] {
        let mut q = sqlx::query_as::<_, (String,)>(sql)
            .bind(id)
            .bind(scope.org.0);
        if kind != FindingKind::Opportunity {
            q = q.bind(scope.portfolio.0);
        }
        let (name,) = q
            .fetch_optional(&db.pool)
            .await
            .map_err(db_error)?
            .ok_or(AppError::NotFound)?;
        names.push(name);
    }
    let b = names.pop().unwrap_or_default();
    let a = names.pop().unwrap_or_default();
    Ok((a, b))
}

/// Removes an action with its links (the undo of creating it); the entry keeps its content.
pub(super) async fn delete_action(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    id: ActionId,
) -> AppResult<Entry> {
    let before = read_draft(tx, scope, id).await?;
    for sql in [
        "DELETE FROM action_projects WHERE action_id = $1 AND org_id = $2",
        "DELETE FROM action_actors WHERE action_id = $1 AND org_id = $2",
        "DELETE FROM actions WHERE id = $1 AND org_id = $2",
    ] {
        sqlx::query(sql)
            .bind(id.0)
            .bind(scope.org.0)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
    }
    Ok(Entry {
        entity: "action",
        id: id.0,
        op: "delete",
        before: Some(json!(before)),
        after: None,
    })
}

/// One action of the portfolio as a draft, with its links.
async fn read_draft(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    id: ActionId,
) -> AppResult<ActionDraft> {
    let row: Option<(String, String, Option<String>, String)> = sqlx::query_as(
        "SELECT title, owner, due_date, status FROM actions \
         WHERE id = $1 AND portfolio_id = $2 AND org_id = $3",
    )
    .bind(id.0)
    .bind(scope.portfolio.0)
    .bind(scope.org.0)
    .fetch_optional(&mut **tx)
    .await
    .map_err(db_error)?;
    let (title, owner, due, status) = row.ok_or(AppError::NotFound)?;
    let projects: Vec<(i64,)> = sqlx::query_as(
        "SELECT project_id FROM action_projects WHERE action_id = $1 AND org_id = $2",
    )
    .bind(id.0)
    .bind(scope.org.0)
    .fetch_all(&mut **tx)
    .await
    .map_err(db_error)?;
    let actors: Vec<(i64,)> =
        sqlx::query_as("SELECT actor_id FROM action_actors WHERE action_id = $1 AND org_id = $2")
            .bind(id.0)
            .bind(scope.org.0)
            .fetch_all(&mut **tx)
            .await
            .map_err(db_error)?;
    Ok(ActionDraft {
        title,
        owner,
        due_date: due.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
        status: ActionStatus::parse(&status).unwrap_or_default(),
        projects: projects.into_iter().map(|(p,)| ProjectId(p)).collect(),
        actors: actors.into_iter().map(|(a,)| ActorId(a)).collect(),
    })
}

/// Sets exactly which projects and actors an action concerns.
pub(super) async fn set_links(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    id: ActionId,
    mut projects: Vec<ProjectId>,
    mut actors: Vec<ActorId>,
) -> AppResult<Entry> {
    let before = read_draft(tx, scope, id).await?;
    projects.sort();
    projects.dedup();
    actors.sort();
    actors.dedup();
    for p in &projects {
        require(tx, IN_PORTFOLIO, p.0, scope).await?;
    }
    for a in &actors {
        require(tx, IN_ORG, a.0, scope).await?;
    }
    for sql in [
        "DELETE FROM action_projects WHERE action_id = $1 AND org_id = $2",
        "DELETE FROM action_actors WHERE action_id = $1 AND org_id = $2",
    ] {
        sqlx::query(sql)
            .bind(id.0)
            .bind(scope.org.0)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
    }
    for p in &projects {
        sqlx::query(
            "INSERT INTO action_projects (org_id, action_id, project_id) VALUES ($1, $2, $3)",
        )
        .bind(scope.org.0)
        .bind(id.0)
        .bind(p.0)
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    }
    for a in &actors {
        sqlx::query("INSERT INTO action_actors (org_id, action_id, actor_id) VALUES ($1, $2, $3)")
            .bind(scope.org.0)
            .bind(id.0)
            .bind(a.0)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
    }
    let mut old_projects = before.projects;
    old_projects.sort();
    let mut old_actors = before.actors;
    old_actors.sort();
    Ok(Entry {
        entity: "action_links",
        id: id.0,
        op: "update",
        before: Some(
            json!({ "title": before.title, "projects": old_projects, "actors": old_actors }),
        ),
        after: Some(json!({ "title": before.title, "projects": projects, "actors": actors })),
    })
}
