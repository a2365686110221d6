//! Reading a portfolio's themes with how many projects each has.

use super::super::db::{db_error, Db};
use super::Scope;
use crate::error::AppResult;
use crate::model::{Theme, ThemeId, ThemeSummary};

/// The portfolio's themes in display order, with project counts.
pub async fn list(db: &Db, scope: Scope) -> AppResult<Vec<ThemeSummary>> {
    let rows: Vec<(i64, String, i64)> = sqlx::query_as(
        "SELECT t.id, t.name, (SELECT COUNT(*) FROM project_themes pt WHERE pt.theme_id = t.id) \
         FROM themes t WHERE t.portfolio_id = $1 AND t.org_id = $2 ORDER BY t.position, t.name",
    )
    .bind(scope.portfolio.0)
    .bind(scope.org.0)
    .fetch_all(&db.pool)
    .await
    .map_err(db_error)?;
    Ok(rows
        .into_iter()
        .map(|(id, name, n)| ThemeSummary {
            theme: Theme {
                id: ThemeId(id),
                name,
            },
            projects: n as usize,
        })
        .collect())
}

/// The position a new theme gets: after the last one.
pub async fn next_position(db: &Db, scope: Scope) -> AppResult<i64> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COALESCE(MAX(position), -1) + 1 FROM themes WHERE portfolio_id = $1 AND org_id = $2",
    )
    .bind(scope.portfolio.0)
    .bind(scope.org.0)
    .fetch_one(&db.pool)
    .await
    .map_err(db_error)?;
    Ok(n)
}
