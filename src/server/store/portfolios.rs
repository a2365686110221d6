//! Portfolios of an organisation.

use super::super::db::{db_error, Db};
use super::Scope;
use crate::error::{AppError, AppResult};
use crate::model::{OrgId, Portfolio, PortfolioId, PortfolioSummary, Theme, ThemeId};

type Row = (i64, i64, String, String, i64, i64);

fn portfolio((id, org_id, name, description, revision, archived): Row) -> Portfolio {
    Portfolio {
        id: PortfolioId(id),
        org_id: OrgId(org_id),
        name,
        description,
        revision,
        archived: archived != 0,
    }
}

/// The organisation's portfolios with their project counts: the ones in use first, then
/// the archived ones, each by name.
pub async fn list(db: &Db, org: OrgId) -> AppResult<Vec<PortfolioSummary>> {
    let rows: Vec<(i64, i64, String, String, i64, i64, i64)> = sqlx::query_as(
        "SELECT p.id, p.org_id, p.name, p.description, p.revision, \
                CASE WHEN p.archived_at IS NULL THEN 0 ELSE 1 END AS archived, \
                (SELECT COUNT(*) FROM projects pr WHERE pr.portfolio_id = p.id) \
         FROM portfolios p WHERE p.org_id = $1 ORDER BY archived, p.name, p.id",
    )
    .bind(org.0)
    .fetch_all(&db.pool)
    .await
    .map_err(db_error)?;
    Ok(rows
        .into_iter()
        .map(
            |(id, org_id, name, description, revision, archived, n)| PortfolioSummary {
                portfolio: portfolio((id, org_id, name, description, revision, archived)),
                project_count: n as usize,
            },
        )
        .collect())
}

/// One portfolio of the organisation; another organisation's portfolio is `NotFound`.
pub async fn get(db: &Db, org: OrgId, id: PortfolioId) -> AppResult<Portfolio> {
    let row: Option<Row> = sqlx::query_as(
        "SELECT id, org_id, name, description, revision, \
         CASE WHEN archived_at IS NULL THEN 0 ELSE 1 END FROM portfolios \
         WHERE id = $1 AND org_id = $2",
    )
    .bind(id.0)
    .bind(org.0)
    .fetch_optional(&db.pool)
    .await
    .map_err(db_error)?;
    row.map(portfolio).ok_or(AppError::NotFound)
}

/// The portfolio's themes in their display order.
pub async fn themes(db: &Db, scope: Scope) -> AppResult<Vec<Theme>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT id, name FROM themes WHERE portfolio_id = $1 AND org_id = $2 \
         ORDER BY position, name",
    )
    .bind(scope.portfolio.0)
    .bind(scope.org.0)
    .fetch_all(&db.pool)
    .await
    .map_err(db_error)?;
    Ok(rows
        .into_iter()
        .map(|(id, name)| Theme {
            id: ThemeId(id),
            name,
        })
        .collect())
}

/// Archives the portfolio (or takes it back into use), as a change of its history. The
/// write path refuses every other change while it is archived.
pub async fn set_archived(db: &Db, scope: Scope, who: &str, archived: bool) -> AppResult<i64> {
    use super::super::db::now_ms;
    let mut tx = db.pool.begin().await.map_err(db_error)?;
    let now = now_ms();
    let sql = if archived {
        "UPDATE portfolios SET revision = revision + 1, archived_at = $3 \
         WHERE id = $1 AND org_id = $2 AND archived_at IS NULL RETURNING revision"
    } else {
        "UPDATE portfolios SET revision = revision + 1, archived_at = NULL \
         WHERE id = $1 AND org_id = $2 AND archived_at IS NOT NULL AND $3 > 0 RETURNING revision"
    };
    let row: Option<(i64,)> = sqlx::query_as(sql)
        .bind(scope.portfolio.0)
        .bind(scope.org.0)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await
        .map_err(db_error)?;
    let (revision,) = row.ok_or(AppError::Conflict)?;
    sqlx::query(
        "INSERT INTO changes (org_id, portfolio_id, revision, at, who, entity, entity_id, op, \
         before_json, after_json) VALUES ($1, $2, $3, $4, $5, 'portfolio', $2, $6, NULL, NULL)",
    )
    .bind(scope.org.0)
    .bind(scope.portfolio.0)
    .bind(revision)
    .bind(now)
    .bind(who)
    .bind(if archived { "archive" } else { "unarchive" })
    .execute(&mut *tx)
    .await
    .map_err(db_error)?;
    tx.commit().await.map_err(db_error)?;
    Ok(revision)
}
