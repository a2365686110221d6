//! Reading projects with their actors and themes (three queries per portfolio, never one
//! per project).

use super::super::db::{db_error, Db};
use super::Scope;
use crate::error::{AppError, AppResult};
use crate::model::{
    ActorId, ActorRole, Participation, Project, ProjectDraft, ProjectId, ProjectStatus,
    RelationKind, RelationView, Theme, ThemeId,
};
use chrono::NaiveDate;
use std::collections::HashMap;

pub(crate) const COLUMNS: &str = "id, name, summary, goals, status, start_date, end_date, \
     budget_cents, funding, contact_name, contact_email, website";

pub(crate) type Row = (
    i64,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<i64>,
    String,
    String,
    String,
    String,
);

pub(crate) fn draft(row: Row) -> (ProjectId, ProjectDraft) {
    let (id, name, summary, goals, status, start, end, budget, funding, cname, cemail, web) = row;
    let date = |s: Option<String>| s.and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok());
    let draft = ProjectDraft {
        name,
        summary,
        goals,
        status: ProjectStatus::parse(&status).unwrap_or_default(),
        start_date: date(start),
        end_date: date(end),
        budget_cents: budget,
        funding: serde_json::from_str(&funding).unwrap_or_default(),
        contact_name: cname,
        contact_email: cemail,
        website: web,
    };
    (ProjectId(id), draft)
}

/// Every project of the portfolio, sorted by name, with actors (leads first) and themes.
pub async fn list(db: &Db, scope: Scope) -> AppResult<Vec<Project>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM projects WHERE portfolio_id = $1 AND org_id = $2 \
         ORDER BY name, id"
    ))
    .bind(scope.portfolio.0)
    .bind(scope.org.0)
    .fetch_all(&db.pool)
    .await
    .map_err(db_error)?;
    let mut links = Links::load(db, scope, None).await?;
    Ok(rows.into_iter().map(|r| links.attach(draft(r))).collect())
}

/// One project of the portfolio; a project elsewhere is `NotFound`.
pub async fn get(db: &Db, scope: Scope, id: ProjectId) -> AppResult<Project> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM projects WHERE id = $1 AND portfolio_id = $2 AND org_id = $3"
    ))
    .bind(id.0)
    .bind(scope.portfolio.0)
    .bind(scope.org.0)
    .fetch_optional(&db.pool)
    .await
    .map_err(db_error)?;
    let row = row.ok_or(AppError::NotFound)?;
    let mut links = Links::load(db, scope, Some(id)).await?;
    Ok(links.attach(draft(row)))
}

/// Actor and theme links of a portfolio's projects (or of one project), grouped by project.
struct Links {
    actors: HashMap<i64, Vec<Participation>>,
    themes: HashMap<i64, Vec<Theme>>,
}

impl Links {
    async fn load(db: &Db, scope: Scope, only: Option<ProjectId>) -> AppResult<Self> {
        let filter = if only.is_some() { "AND p.id = $3" } else { "" };
        let actor_sql = format!(
            "SELECT pa.project_id, a.id, a.name, pa.role \
             FROM project_actors pa \
             JOIN projects p ON p.id = pa.project_id \
             JOIN actors a ON a.id = pa.actor_id AND a.org_id = p.org_id \
             WHERE p.portfolio_id = $1 AND p.org_id = $2 {filter} \
             ORDER BY pa.project_id, CASE pa.role WHEN 'lead' THEN 0 WHEN 'partner' THEN 1 ELSE 2 END, a.name"
        );
        let actor_rows = sqlx::query_as(&actor_sql)
            .bind(scope.portfolio.0)
            .bind(scope.org.0);
        let actor_rows: Vec<(i64, i64, String, String)> = match only {
            Some(p) => actor_rows.bind(p.0),
            None => actor_rows,
        }
        .fetch_all(&db.pool)
        .await
        .map_err(db_error)?;
        let theme_sql = format!(
            "SELECT pt.project_id, t.id, t.name \
             FROM project_themes pt \
             JOIN projects p ON p.id = pt.project_id \
             JOIN themes t ON t.id = pt.theme_id AND t.org_id = p.org_id \
             WHERE p.portfolio_id = $1 AND p.org_id = $2 {filter} \
             ORDER BY pt.project_id, t.position, t.name"
        );
        let theme_rows = sqlx::query_as(&theme_sql)
            .bind(scope.portfolio.0)
            .bind(scope.org.0);
        let theme_rows: Vec<(i64, i64, String)> = match only {
            Some(p) => theme_rows.bind(p.0),
            None => theme_rows,
        }
        .fetch_all(&db.pool)
        .await
        .map_err(db_error)?;
        let mut actors: HashMap<i64, Vec<Participation>> = HashMap::new();
        for (project, actor, name, role) in actor_rows {
            actors.entry(project).or_default().push(Participation {
                actor_id: ActorId(actor),
                actor_name: name,
                role: ActorRole::parse(&role).unwrap_or(ActorRole::Partner),
            });
        }
        let mut themes: HashMap<i64, Vec<Theme>> = HashMap::new();
        for (project, id, name) in theme_rows {
            themes.entry(project).or_default().push(Theme {
                id: ThemeId(id),
                name,
            });
        }
        Ok(Self { actors, themes })
    }

    fn attach(&mut self, (id, draft): (ProjectId, ProjectDraft)) -> Project {
        Project {
            id,
            draft,
            actors: self.actors.remove(&id.0).unwrap_or_default(),
            themes: self.themes.remove(&id.0).unwrap_or_default(),
        }
    }
}

/// The relations a project is in, seen from the project.
pub async fn relations(db: &Db, scope: Scope, id: ProjectId) -> AppResult<Vec<RelationView>> {
    let rows: Vec<(i64, i64, i64, String, String)> = sqlx::query_as(
        "SELECT r.id, r.from_project_id, r.to_project_id, r.kind, \
         CASE WHEN r.from_project_id = $1 THEN t.name ELSE f.name END \
         FROM project_relations r \
         JOIN projects f ON f.id = r.from_project_id AND f.org_id = r.org_id \
         JOIN projects t ON t.id = r.to_project_id AND t.org_id = r.org_id \
         WHERE (r.from_project_id = $1 OR r.to_project_id = $1) AND r.org_id = $2 \
         AND f.portfolio_id = $3 ORDER BY r.id",
    )
    .bind(id.0)
    .bind(scope.org.0)
    .bind(scope.portfolio.0)
    .fetch_all(&db.pool)
    .await
    .map_err(db_error)?;
    Ok(rows
        .into_iter()
        .map(|(rid, from, to, kind, other_name)| RelationView {
            id: rid,
            outgoing: from == id.0,
            other: ProjectId(if from == id.0 { to } else { from }),
            other_name,
            kind: RelationKind::parse(&kind).unwrap_or(RelationKind::Related),
        })
        .collect())
}
