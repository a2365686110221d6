//! Organisations (tenants).

use super::super::db::{db_error, now_ms, Db};
use crate::error::AppResult;
use crate::model::{OrgId, Organisation};

pub async fn by_slug(db: &Db, slug: &str) -> AppResult<Option<Organisation>> {
    let row: Option<(i64, String, String)> =
        sqlx::query_as("SELECT id, slug, name FROM organisations WHERE slug = $1")
            .bind(slug)
            .fetch_optional(&db.pool)
            .await
            .map_err(db_error)?;
    Ok(row.map(|(id, slug, name)| Organisation {
        id: OrgId(id),
        slug,
        name,
    }))
}

/// Creates an organisation. Registration (with its first administrator) builds on this.
pub async fn create(db: &Db, slug: &str, name: &str) -> AppResult<OrgId> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO organisations (slug, name, created_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(slug)
    .bind(name)
    .bind(now_ms())
    .fetch_one(&db.pool)
    .await
    .map_err(db_error)?;
    Ok(OrgId(id))
}

pub async fn count(db: &Db) -> AppResult<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM organisations")
        .fetch_one(&db.pool)
        .await
        .map_err(db_error)?;
    Ok(n)
}

/// An organisation's name.
pub async fn name(db: &Db, org: OrgId) -> AppResult<String> {
    let (n,): (String,) = sqlx::query_as("SELECT name FROM organisations WHERE id = $1")
        .bind(org.0)
        .fetch_one(&db.pool)
        .await
        .map_err(db_error)?;
    Ok(n)
}
