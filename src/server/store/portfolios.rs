//! Portfolios of an organisation.

use super::super::db::{db_error, Db};
use super::Scope;
use crate::error::{AppError, AppResult};
use crate::model::{OrgId, Portfolio, PortfolioId, PortfolioSummary, Theme, ThemeId};

type Row = (i64, i64, String, String, i64);

fn portfolio((id, org_id, name, description, revision): Row) -> Portfolio {
    Portfolio {
        id: PortfolioId(id),
        org_id: OrgId(org_id),
        name,
        description,
        revision,
    }
}

/// The organisation's portfolios that are not archived, with their project counts.
pub async fn list(db: &Db, org: OrgId) -> AppResult<Vec<PortfolioSummary>> {
    let rows: Vec<(i64, i64, String, String, i64, i64)> = sqlx::query_as(
        "SELECT p.id, p.org_id, p.name, p.description, p.revision, \
                (SELECT COUNT(*) FROM projects pr WHERE pr.portfolio_id = p.id) \
         FROM portfolios p WHERE p.org_id = $1 AND p.archived_at IS NULL ORDER BY p.name, p.id",
    )
    .bind(org.0)
    .fetch_all(&db.pool)
    .await
    .map_err(db_error)?;
    Ok(rows
        .into_iter()
        .map(
            |(id, org_id, name, description, revision, n)| PortfolioSummary {
                portfolio: portfolio((id, org_id, name, description, revision)),
                project_count: n as usize,
            },
        )
        .collect())
}

/// One portfolio of the organisation; another organisation's portfolio is `NotFound`.
pub async fn get(db: &Db, org: OrgId, id: PortfolioId) -> AppResult<Portfolio> {
    let row: Option<Row> = sqlx::query_as(
        "SELECT id, org_id, name, description, revision FROM portfolios \
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
