//! The whole portfolio as one JSON document, and back: export writes its themes, the actors
//! its projects use, its projects with their links and its relations; import creates a new
//! portfolio from such a document in one transaction, matching actors already in the
//! organisation by Y-tunnus, then by name. Exporting the imported portfolio gives the same
//! document.

use super::db::{db_error, now_ms, Db};
use super::store::{self, Scope};
use crate::error::{AppError, AppResult};
use crate::model::{
    ActorKind, ActorRole, BusinessId, OrgId, PortfolioId, ProjectDraft, ProjectInput, RelationKind,
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::collections::HashMap;

pub const FORMAT: &str = "hankekartta-portfolio";
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortfolioDoc {
    pub format: String,
    pub version: u32,
    pub name: String,
    pub description: String,
    pub themes: Vec<String>,
    pub actors: Vec<ActorDoc>,
    pub projects: Vec<ProjectDoc>,
    pub relations: Vec<RelationDoc>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorDoc {
    pub name: String,
    pub kind: ActorKind,
    pub business_id: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectDoc {
    #[serde(flatten)]
    pub draft: ProjectDraft,
    /// (index into `actors`, role)
    pub actors: Vec<(usize, ActorRole)>,
    /// Indexes into `themes`.
    pub themes: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelationDoc {
    /// Indexes into `projects`.
    pub from: usize,
    pub to: usize,
    pub kind: RelationKind,
}

/// The portfolio as a document.
pub async fn export(db: &Db, scope: Scope) -> AppResult<PortfolioDoc> {
    let portfolio = store::portfolios::get(db, scope.org, scope.portfolio).await?;
    let themes = store::portfolios::themes(db, scope).await?;
    let projects = store::projects::list(db, scope).await?;
    let all_actors = store::actors::list(db, scope).await?;
    let theme_index: HashMap<i64, usize> = themes
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.0, i))
        .collect();
    let mut actor_index: HashMap<i64, usize> = HashMap::new();
    let mut actors = Vec::new();
    for a in all_actors.iter().filter(|a| a.projects > 0) {
        actor_index.insert(a.actor.id.0, actors.len());
        actors.push(ActorDoc {
            name: a.actor.name.clone(),
            kind: a.actor.kind,
            business_id: a.actor.business_id.as_ref().map(|b| b.to_string()),
        });
    }
    let project_index: HashMap<i64, usize> = projects
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.0, i))
        .collect();
    let mut relations = Vec::new();
    for p in &projects {
        for r in store::projects::relations(db, scope, p.id).await? {
            if r.outgoing {
                if let Some(&to) = project_index.get(&r.other.0) {
                    relations.push(RelationDoc {
                        from: project_index[&p.id.0],
                        to,
                        kind: r.kind,
                    });
                }
            }
        }
    }
    let projects = projects
        .into_iter()
        .map(|p| ProjectDoc {
            actors: p
                .actors
                .iter()
                .filter_map(|a| Some((*actor_index.get(&a.actor_id.0)?, a.role)))
                .collect(),
            themes: p
                .themes
                .iter()
                .filter_map(|t| theme_index.get(&t.id.0).copied())
                .collect(),
            draft: p.draft,
        })
        .collect();
    Ok(PortfolioDoc {
        format: FORMAT.into(),
        version: VERSION,
        name: portfolio.name,
        description: portfolio.description,
        themes: themes.into_iter().map(|t| t.name).collect(),
        actors,
        projects,
        relations,
    })
}

/// Checks a document before anything is written: its format, every project as the form
/// would, every Y-tunnus, and that every index points at something.
fn check(doc: &PortfolioDoc) -> AppResult<()> {
    if doc.format != FORMAT || doc.version != VERSION || doc.name.trim().is_empty() {
        return Err(AppError::Request("not a Hankekartta portfolio".into()));
    }
    for p in &doc.projects {
        ProjectInput::from_draft(&p.draft).validate()?;
        if p.actors.iter().any(|(i, _)| *i >= doc.actors.len())
            || p.themes.iter().any(|i| *i >= doc.themes.len())
        {
            return Err(AppError::Request("index out of range".into()));
        }
    }
    for a in &doc.actors {
        if a.name.trim().is_empty()
            || a.business_id
                .as_deref()
                .is_some_and(|b| BusinessId::parse(b).is_none())
        {
            return Err(AppError::Request("bad actor".into()));
        }
    }
    let n = doc.projects.len();
    if doc
        .relations
        .iter()
        .any(|r| r.from >= n || r.to >= n || r.from == r.to)
    {
        return Err(AppError::Request("bad relation".into()));
    }
    Ok(())
}

/// Creates a new portfolio of `org` from the document; all or nothing.
pub async fn import(db: &Db, org: OrgId, who: &str, doc: &PortfolioDoc) -> AppResult<PortfolioId> {
    check(doc)?;
    let existing: Vec<(i64, String, Option<String>)> =
        sqlx::query_as("SELECT id, name, business_id FROM actors WHERE org_id = $1")
            .bind(org.0)
            .fetch_all(&db.pool)
            .await
            .map_err(db_error)?;
    let mut tx = db.pool.begin().await.map_err(db_error)?;
    let now = now_ms();
    let (pid,): (i64,) = sqlx::query_as(
        "INSERT INTO portfolios (org_id, name, description, revision, created_at) \
         VALUES ($1, $2, $3, 1, $4) RETURNING id",
    )
    .bind(org.0)
    .bind(doc.name.trim())
    .bind(&doc.description)
    .bind(now)
    .fetch_one(&mut *tx)
    .await
    .map_err(db_error)?;
    let mut themes = Vec::new();
    for (i, name) in doc.themes.iter().enumerate() {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO themes (org_id, portfolio_id, name, position) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(org.0)
        .bind(pid)
        .bind(name)
        .bind(i as i64)
        .fetch_one(&mut *tx)
        .await
        .map_err(db_error)?;
        themes.push(id);
    }
    let mut actors = Vec::new();
    let mut created_actors = 0;
    for a in &doc.actors {
        let wanted = a
            .business_id
            .as_deref()
            .and_then(BusinessId::parse)
            .map(|b| b.to_string());
        let found = existing.iter().find(|(_, n, b)| match (&wanted, b) {
            (Some(x), Some(y)) => x == y,
            _ => n.to_lowercase() == a.name.to_lowercase(),
        });
        let id = match found {
            Some((id, _, _)) => *id,
            None => {
                created_actors += 1;
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO actors (org_id, name, kind, business_id, created_at) \
                     VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(org.0)
                .bind(&a.name)
                .bind(a.kind.as_str())
                .bind(
                    a.business_id
                        .as_deref()
                        .and_then(BusinessId::parse)
                        .map(|b| b.to_string()),
                )
                .bind(now)
                .fetch_one(&mut *tx)
                .await
                .map_err(db_error)?;
                id
            }
        };
        actors.push(id);
    }
    let mut projects = Vec::new();
    for p in &doc.projects {
        let d = &p.draft;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO projects (org_id, portfolio_id, name, summary, goals, status, \
             start_date, end_date, budget_cents, funding, contact_name, contact_email, \
             website, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14) RETURNING id",
        )
        .bind(org.0)
        .bind(pid)
        .bind(&d.name)
        .bind(&d.summary)
        .bind(&d.goals)
        .bind(d.status.as_str())
        .bind(d.start_date.map(|x| x.to_string()))
        .bind(d.end_date.map(|x| x.to_string()))
        .bind(d.budget_cents)
        .bind(json!(d.funding).to_string())
        .bind(&d.contact_name)
        .bind(&d.contact_email)
        .bind(&d.website)
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .map_err(db_error)?;
        for (a, role) in &p.actors {
            sqlx::query("INSERT INTO project_actors (org_id, project_id, actor_id, role) VALUES ($1, $2, $3, $4)")
                .bind(org.0)
                .bind(id)
                .bind(actors[*a])
                .bind(role.as_str())
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
        }
        for t in &p.themes {
            sqlx::query(
                "INSERT INTO project_themes (org_id, project_id, theme_id) VALUES ($1, $2, $3)",
            )
            .bind(org.0)
            .bind(id)
            .bind(themes[*t])
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        }
        projects.push(id);
    }
    for r in &doc.relations {
        sqlx::query(
            "INSERT INTO project_relations (org_id, from_project_id, to_project_id, kind) VALUES ($1, $2, $3, $4)",
        )
        .bind(org.0)
        .bind(projects[r.from])
        .bind(projects[r.to])
        .bind(r.kind.as_str())
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
    }
    let after = json!({
        "name": doc.name, "description": doc.description, "imported": true,
        "projects": doc.projects.len(), "themes": doc.themes.len(), "new_actors": created_actors,
    });
    sqlx::query(
        "INSERT INTO changes (org_id, portfolio_id, revision, at, who, entity, entity_id, op, \
         before_json, after_json) VALUES ($1, $2, 1, $3, $4, 'portfolio', $2, 'create', NULL, $5)",
    )
    .bind(org.0)
    .bind(pid)
    .bind(now)
    .bind(who)
    .bind(after.to_string())
    .execute(&mut *tx)
    .await
    .map_err(db_error)?;
    tx.commit().await.map_err(db_error)?;
    Ok(PortfolioId(pid))
}

/// The part of a document on the chosen themes (by index): those themes, the projects on
/// any of them, the actors and relations those projects have.
pub fn scoped(doc: &PortfolioDoc, themes: &[usize], name: &str) -> PortfolioDoc {
    let mut chosen: Vec<usize> = themes
        .iter()
        .copied()
        .filter(|t| *t < doc.themes.len())
        .collect();
    chosen.sort_unstable();
    chosen.dedup();
    let theme_map: HashMap<usize, usize> = chosen
        .iter()
        .enumerate()
        .map(|(new, old)| (*old, new))
        .collect();
    let mut project_map = HashMap::new();
    let mut actor_map: HashMap<usize, usize> = HashMap::new();
    let mut out = PortfolioDoc {
        format: FORMAT.into(),
        version: VERSION,
        name: name.into(),
        description: doc.description.clone(),
        themes: {
            let mut t: Vec<(usize, String)> = theme_map
                .iter()
                .map(|(old, new)| (*new, doc.themes[*old].clone()))
                .collect();
            t.sort();
            t.into_iter().map(|(_, n)| n).collect()
        },
        actors: Vec::new(),
        projects: Vec::new(),
        relations: Vec::new(),
    };
    for (i, p) in doc.projects.iter().enumerate() {
        let themes: Vec<usize> = p
            .themes
            .iter()
            .filter_map(|t| theme_map.get(t).copied())
            .collect();
        if themes.is_empty() {
            continue;
        }
        project_map.insert(i, out.projects.len());
        let actors = p
            .actors
            .iter()
            .map(|(a, role)| {
                let next = actor_map.len();
                let new = *actor_map.entry(*a).or_insert_with(|| {
                    out.actors.push(doc.actors[*a].clone());
                    next
                });
                (new, *role)
            })
            .collect();
        out.projects.push(ProjectDoc {
            draft: p.draft.clone(),
            actors,
            themes,
        });
    }
    out.relations = doc
        .relations
        .iter()
        .filter_map(|r| {
            Some(RelationDoc {
                from: *project_map.get(&r.from)?,
                to: *project_map.get(&r.to)?,
                kind: r.kind,
            })
        })
        .collect();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> PortfolioDoc {
        let project =
            |name: &str, actors: Vec<(usize, ActorRole)>, themes: Vec<usize>| ProjectDoc {
                draft: ProjectDraft {
                    name: name.into(),
                    ..Default::default()
                },
                actors,
                themes,
            };
        let actor = |name: &str| ActorDoc {
            name: name.into(),
            kind: ActorKind::Company,
            business_id: None,
        };
        PortfolioDoc {
            format: FORMAT.into(),
            version: VERSION,
            name: "Koko kaupunki".into(),
            description: String::new(),
            themes: vec!["Matkailu".into(), "Asuminen".into(), "Työllisyys".into()],
            actors: vec![actor("A Oy"), actor("B Oy"), actor("C Oy")],
            projects: vec![
                project("Reitit", vec![(0, ActorRole::Lead)], vec![0]),
                project("Kodit", vec![(1, ActorRole::Lead)], vec![1]),
                project(
                    "Työpaja",
                    vec![(2, ActorRole::Lead), (0, ActorRole::Partner)],
                    vec![2, 0],
                ),
            ],
            relations: vec![
                RelationDoc {
                    from: 2,
                    to: 0,
                    kind: RelationKind::Related,
                },
                RelationDoc {
                    from: 1,
                    to: 0,
                    kind: RelationKind::Related,
                },
            ],
        }
    }

    #[test]
    fn a_theme_scoped_copy_keeps_what_touches_the_themes() {
        let s = scoped(&doc(), &[2, 0], "Matkailu ja työ");
        assert_eq!(s.name, "Matkailu ja työ");
        assert_eq!(s.themes, ["Matkailu", "Työllisyys"]);
        let names: Vec<&str> = s.projects.iter().map(|p| p.draft.name.as_str()).collect();
        assert_eq!(names, ["Reitit", "Työpaja"]);
        assert_eq!(s.projects[1].themes, [1, 0]);
        let actors: Vec<&str> = s.actors.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(actors, ["A Oy", "C Oy"]);
        assert_eq!(
            s.projects[1].actors,
            [(1, ActorRole::Lead), (0, ActorRole::Partner)]
        );
        assert_eq!(s.relations.len(), 1, "only relations inside the copy");
        assert!(check(&s).is_ok());
    }
}
