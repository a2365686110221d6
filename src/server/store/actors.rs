//! Reading actors: the organisation's list with project counts, and one actor with its links.
//! Writes go through `write::apply`.

use super::super::db::{db_error, Db};
use super::Scope;
use crate::error::{AppError, AppResult};
use crate::model::{
    Actor, ActorDetail, ActorId, ActorKind, ActorProject, ActorRole, ActorSummary, BusinessId,
    ProjectId,
};

fn actor(id: i64, name: String, kind: String, business_id: Option<String>) -> Actor {
    Actor {
        id: ActorId(id),
        name,
        kind: ActorKind::parse(&kind).unwrap_or(ActorKind::Other),
        business_id: business_id.as_deref().and_then(BusinessId::parse),
    }
}

/// Every actor of the organisation by name, with its number of projects in the portfolio.
pub async fn list(db: &Db, scope: Scope) -> AppResult<Vec<ActorSummary>> {
    let rows: Vec<(i64, String, String, Option<String>, i64)> = sqlx::query_as(
        "SELECT a.id, a.name, a.kind, a.business_id, \
         (SELECT COUNT(DISTINCT pa.project_id) FROM project_actors pa \
          JOIN projects p ON p.id = pa.project_id AND p.org_id = pa.org_id \
          WHERE pa.actor_id = a.id AND p.portfolio_id = $2) \
         FROM actors a WHERE a.org_id = $1 ORDER BY LOWER(a.name), a.id",
    )
    .bind(scope.org.0)
    .bind(scope.portfolio.0)
    .fetch_all(&db.pool)
    .await
    .map_err(db_error)?;
    Ok(rows
        .into_iter()
        .map(|(id, name, kind, bid, n)| ActorSummary {
            actor: actor(id, name, kind, bid),
            projects: n as usize,
        })
        .collect())
}

/// One actor of the organisation with its projects in the portfolio.
pub async fn get(db: &Db, scope: Scope, id: ActorId) -> AppResult<ActorDetail> {
    let row: Option<(i64, String, String, Option<String>)> = sqlx::query_as(
        "SELECT id, name, kind, business_id FROM actors WHERE id = $1 AND org_id = $2",
    )
    .bind(id.0)
    .bind(scope.org.0)
    .fetch_optional(&db.pool)
    .await
    .map_err(db_error)?;
    let (aid, name, kind, bid) = row.ok_or(AppError::NotFound)?;
    let links: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT p.id, p.name, pa.role, p.portfolio_id FROM project_actors pa \
         JOIN projects p ON p.id = pa.project_id AND p.org_id = pa.org_id \
         WHERE pa.actor_id = $1 AND pa.org_id = $2 ORDER BY LOWER(p.name), p.id, pa.role",
    )
    .bind(id.0)
    .bind(scope.org.0)
    .fetch_all(&db.pool)
    .await
    .map_err(db_error)?;
    let (here, elsewhere): (Vec<_>, Vec<_>) = links
        .into_iter()
        .partition(|(_, _, _, portfolio)| *portfolio == scope.portfolio.0);
    Ok(ActorDetail {
        actor: actor(aid, name, kind, bid),
        projects: here
            .into_iter()
            .map(|(p, name, role, _)| ActorProject {
                project: ProjectId(p),
                name,
                role: ActorRole::parse(&role).unwrap_or(ActorRole::Partner),
            })
            .collect(),
        elsewhere: elsewhere.len(),
    })
}
