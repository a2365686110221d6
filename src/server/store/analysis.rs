//! The analysis snapshot of a portfolio: its projects with links, the organisation's actors,
//! the portfolio's themes and stated relations.

use super::super::db::{db_error, Db};
use super::{portfolios, projects, Scope};
use crate::analysis::{ActorFacts, Input, ProjectFacts, Relation, ThemeFacts};
use crate::error::AppResult;
use crate::model::{ActorId, ActorKind, ProjectId, RelationKind};

pub async fn input(db: &Db, scope: Scope) -> AppResult<Input> {
    let projects = projects::list(db, scope)
        .await?
        .into_iter()
        .map(|p| ProjectFacts {
            id: p.id,
            text: format!("{}\n{}\n{}", p.draft.name, p.draft.summary, p.draft.goals),
            name: p.draft.name,
            status: p.draft.status,
            start: p.draft.start_date,
            end: p.draft.end_date,
            budget_cents: p.draft.budget_cents,
            actors: p.actors.iter().map(|a| (a.actor_id, a.role)).collect(),
            themes: p.themes.iter().map(|t| t.id).collect(),
        })
        .collect();
    let actors: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT id, name, kind FROM actors WHERE org_id = $1 ORDER BY id")
            .bind(scope.org.0)
            .fetch_all(&db.pool)
            .await
            .map_err(db_error)?;
    let relations: Vec<(i64, i64, String)> = sqlx::query_as(
        "SELECT r.from_project_id, r.to_project_id, r.kind FROM project_relations r \
         JOIN projects p ON p.id = r.from_project_id \
         WHERE p.portfolio_id = $1 AND p.org_id = $2 AND r.org_id = $2",
    )
    .bind(scope.portfolio.0)
    .bind(scope.org.0)
    .fetch_all(&db.pool)
    .await
    .map_err(db_error)?;
    Ok(Input {
        projects,
        actors: actors
            .into_iter()
            .map(|(id, name, kind)| ActorFacts {
                id: ActorId(id),
                name,
                kind: ActorKind::parse(&kind).unwrap_or(ActorKind::Other),
            })
            .collect(),
        themes: portfolios::themes(db, scope)
            .await?
            .into_iter()
            .map(|t| ThemeFacts {
                id: t.id,
                name: t.name,
            })
            .collect(),
        relations: relations
            .into_iter()
            .filter_map(|(from, to, kind)| {
                Some(Relation {
                    from: ProjectId(from),
                    to: ProjectId(to),
                    kind: RelationKind::parse(&kind)?,
                })
            })
            .collect(),
    })
}
