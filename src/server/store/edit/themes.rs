//! Renaming, deleting and restoring a portfolio's themes.

use super::super::write::{require, Entry};
use super::super::Scope;
use super::projects::{exists, IN_PORTFOLIO};
use crate::error::{AppError, AppResult};
use crate::model::{Field, FieldError, Problem, ProjectId, ThemeId};
use crate::server::db::db_error;
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::{Any, Transaction};

const IN_PORTFOLIO_THEME: &str =
    "SELECT id FROM themes WHERE id = $1 AND org_id = $2 AND portfolio_id = $3";

/// A removed theme and the projects that had it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeSnapshot {
    pub name: String,
    pub position: i64,
    pub projects: Vec<ProjectId>,
}

/// Refuses a name that another theme of the portfolio already has (any letter case).
pub(in crate::server::store) async fn ensure_unique(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    name: &str,
    except: Option<ThemeId>,
) -> AppResult<()> {
    let rows: Vec<(i64, String)> =
        sqlx::query_as("SELECT id, name FROM themes WHERE portfolio_id = $1 AND org_id = $2")
            .bind(scope.portfolio.0)
            .bind(scope.org.0)
            .fetch_all(&mut **tx)
            .await
            .map_err(db_error)?;
    let taken = rows
        .iter()
        .any(|(id, n)| Some(ThemeId(*id)) != except && n.to_lowercase() == name.to_lowercase());
    if taken {
        return Err(AppError::Validation(vec![FieldError {
            field: Field::ThemeName,
            problem: Problem::Duplicate,
        }]));
    }
    Ok(())
}

pub(super) async fn rename(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    id: ThemeId,
    name: String,
) -> AppResult<Entry> {
    let before: Option<(String,)> = sqlx::query_as(
        "SELECT name FROM themes WHERE id = $1 AND org_id = $2 AND portfolio_id = $3",
    )
    .bind(id.0)
    .bind(scope.org.0)
    .bind(scope.portfolio.0)
    .fetch_optional(&mut **tx)
    .await
    .map_err(db_error)?;
    let (before,) = before.ok_or(AppError::NotFound)?;
    ensure_unique(tx, scope, &name, Some(id)).await?;
    sqlx::query("UPDATE themes SET name = $1 WHERE id = $2 AND org_id = $3")
        .bind(&name)
        .bind(id.0)
        .bind(scope.org.0)
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    Ok(Entry {
        entity: "theme",
        id: id.0,
        op: "update",
        before: Some(json!({ "name": before })),
        after: Some(json!({ "name": name })),
    })
}

pub(super) async fn delete(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    id: ThemeId,
) -> AppResult<Entry> {
    let row: Option<(String, i64)> = sqlx::query_as(
        "SELECT name, position FROM themes WHERE id = $1 AND org_id = $2 AND portfolio_id = $3",
    )
    .bind(id.0)
    .bind(scope.org.0)
    .bind(scope.portfolio.0)
    .fetch_optional(&mut **tx)
    .await
    .map_err(db_error)?;
    let (name, position) = row.ok_or(AppError::NotFound)?;
    let projects: Vec<(i64,)> = sqlx::query_as(
        "SELECT project_id FROM project_themes WHERE theme_id = $1 AND org_id = $2 ORDER BY project_id",
    )
    .bind(id.0)
    .bind(scope.org.0)
    .fetch_all(&mut **tx)
    .await
    .map_err(db_error)?;
    for sql in [
        "DELETE FROM project_themes WHERE theme_id = $1 AND org_id = $2",
        "DELETE FROM themes WHERE id = $1 AND org_id = $2",
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
        .bind(format!("t{}", id.0))
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    let snap = ThemeSnapshot {
        name,
        position,
        projects: projects.into_iter().map(|(p,)| ProjectId(p)).collect(),
    };
    Ok(Entry {
        entity: "theme",
        id: id.0,
        op: "delete",
        before: Some(json!(snap)),
        after: None,
    })
}

pub(super) async fn restore(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    id: ThemeId,
    s: ThemeSnapshot,
) -> AppResult<Entry> {
    if exists(tx, IN_PORTFOLIO_THEME, id.0, scope).await? {
        return Err(AppError::Conflict);
    }
    ensure_unique(tx, scope, &s.name, None).await?;
    sqlx::query(
        "INSERT INTO themes (id, org_id, portfolio_id, name, position) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id.0)
    .bind(scope.org.0)
    .bind(scope.portfolio.0)
    .bind(&s.name)
    .bind(s.position)
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    for p in &s.projects {
        if exists(tx, IN_PORTFOLIO, p.0, scope).await? {
            sqlx::query(
                "INSERT INTO project_themes (org_id, project_id, theme_id) VALUES ($1, $2, $3)",
            )
            .bind(scope.org.0)
            .bind(p.0)
            .bind(id.0)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
        }
    }
    require(tx, IN_PORTFOLIO_THEME, id.0, scope).await?;
    Ok(Entry {
        entity: "theme",
        id: id.0,
        op: "restore",
        before: None,
        after: Some(json!(s)),
    })
}
