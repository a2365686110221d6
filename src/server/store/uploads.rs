//! Uploaded spreadsheets waiting for their import: saved on upload, read by the mapping and
//! preview steps and the run, removed after a day.

use super::super::db::{db_error, now_ms, Db};
use super::Scope;
use crate::error::{AppError, AppResult};

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// Saves an upload of the portfolio and returns its ID; older uploads are cleared out.
pub async fn save(db: &Db, scope: Scope, name: &str, bytes: &[u8]) -> AppResult<i64> {
    let now = now_ms();
    sqlx::query("DELETE FROM uploads WHERE created_at < $1")
        .bind(now - DAY_MS)
        .execute(&db.pool)
        .await
        .map_err(db_error)?;
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO uploads (org_id, portfolio_id, name, bytes, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(scope.org.0)
    .bind(scope.portfolio.0)
    .bind(name)
    .bind(bytes.to_vec())
    .bind(now)
    .fetch_one(&db.pool)
    .await
    .map_err(db_error)?;
    Ok(id)
}

/// An upload of the portfolio: its file name and bytes.
pub async fn get(db: &Db, scope: Scope, id: i64) -> AppResult<(String, Vec<u8>)> {
    let row: Option<(String, Vec<u8>)> = sqlx::query_as(
        "SELECT name, bytes FROM uploads WHERE id = $1 AND org_id = $2 AND portfolio_id = $3",
    )
    .bind(id)
    .bind(scope.org.0)
    .bind(scope.portfolio.0)
    .fetch_optional(&db.pool)
    .await
    .map_err(db_error)?;
    row.ok_or(AppError::NotFound)
}
