//! The single write path. Every change to a portfolio is a [`Command`] applied here in one
//! transaction that also bumps the portfolio's revision and records a change entry (who,
//! when, what, before → after). History, undo and live sessions build on these entries.

use super::super::db::{db_error, now_ms, Db};
use super::projects::{draft, Row, COLUMNS};
use super::Scope;
use crate::error::{AppError, AppResult};
use crate::model::{
    ActionDraft, ActionId, ActionStatus, ActorDraft, ActorId, ActorRole, FindingKind, OrgId,
    PortfolioId, ProjectDraft, ProjectId, RelationKind, ThemeId, DEFAULT_THEMES,
};
use serde_json::{json, Value};
use sqlx::{Any, Transaction};

/// A change to a portfolio.
#[derive(Clone, Debug)]
pub enum Command {
    CreateProject(ProjectDraft),
    UpdateProject(ProjectId, ProjectDraft),
    CreateTheme {
        name: String,
        position: i64,
    },
    CreateActor(ActorDraft),
    LinkActor {
        project: ProjectId,
        actor: ActorId,
        role: ActorRole,
    },
    LinkTheme {
        project: ProjectId,
        theme: ThemeId,
    },
    RelateProjects {
        from: ProjectId,
        to: ProjectId,
        kind: RelationKind,
    },
    CreateAction(ActionDraft),
    SetActionStatus(ActionId, ActionStatus),
    /// Title, owner, due date and status; the action's links stay as they are.
    UpdateAction(ActionId, ActionDraft),
    /// Marks an overlap or opportunity as known, so the analysis leaves it out.
    Dismiss {
        kind: FindingKind,
        a: i64,
        b: i64,
    },
    /// Moves nodes on the shared network map.
    SavePositions(Vec<crate::network::graph::SavedPosition>),
    /// Removes a project with its links; the entry keeps everything needed to restore it.
    DeleteProject(ProjectId),
    RestoreProject(ProjectId, super::edit::ProjectSnapshot),
    UpdateActor(ActorId, ActorDraft),
    /// Removes an actor and its links in every portfolio of the organisation.
    DeleteActor(ActorId),
    RestoreActor(ActorId, super::edit::ActorSnapshot),
    /// Moves `remove`'s links to `keep` and removes `remove`.
    MergeActors {
        keep: ActorId,
        remove: ActorId,
    },
    /// Reverses a merge: restores the removed actor and takes back the links it gave.
    Unmerge {
        keep: ActorId,
        removed: super::edit::ActorSnapshot,
        moved: Vec<(ProjectId, ActorRole)>,
        moved_actions: Vec<i64>,
    },
    UnlinkTheme {
        project: ProjectId,
        theme: ThemeId,
    },
    UnlinkActor {
        project: ProjectId,
        actor: ActorId,
        role: ActorRole,
    },
    /// Sets exactly which themes a project has.
    SetProjectThemes(ProjectId, Vec<ThemeId>),
    UnrelateProjects(i64),
    RenameTheme(ThemeId, String),
    DeleteTheme(ThemeId),
    RestoreTheme(ThemeId, super::edit::ThemeSnapshot),
    /// Takes back a dismissal, so the finding is shown again.
    Undismiss {
        kind: FindingKind,
        a: i64,
        b: i64,
    },
    DeleteAction(ActionId),
    /// Sets which projects and actors an action concerns.
    SetActionLinks {
        action: ActionId,
        projects: Vec<ProjectId>,
        actors: Vec<ActorId>,
    },
    /// A new name and description for the portfolio.
    RenamePortfolio {
        name: String,
        description: String,
    },
    /// A spreadsheet import, all rows at once.
    Import(Box<super::import::ImportBatch>),
}

/// What a command did: the portfolio's new revision and the ID of the row it wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Applied {
    pub revision: i64,
    pub id: i64,
}

/// One recorded change, before it is written.
pub(super) struct Entry {
    pub entity: &'static str,
    pub id: i64,
    pub op: &'static str,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

/// Applies `command` in `scope` on behalf of `who`: all or nothing.
pub async fn apply(db: &Db, scope: Scope, who: &str, command: Command) -> AppResult<Applied> {
    apply_as(db, scope, who, command, None).await
}

/// [`apply`], recording the entry as the undo of revision `undo_of` when given.
pub(super) async fn apply_as(
    db: &Db,
    scope: Scope,
    who: &str,
    command: Command,
    undo_of: Option<i64>,
) -> AppResult<Applied> {
    let mut tx = db.pool.begin().await.map_err(db_error)?;
    let revision: Option<(i64,)> = sqlx::query_as(
        "UPDATE portfolios SET revision = revision + 1 \
         WHERE id = $1 AND org_id = $2 AND archived_at IS NULL RETURNING revision",
    )
    .bind(scope.portfolio.0)
    .bind(scope.org.0)
    .fetch_optional(&mut *tx)
    .await
    .map_err(db_error)?;
    let Some((revision,)) = revision else {
        // Archived portfolios are read-only; anything else is not there (for this caller).
        let archived: Option<(i64,)> = sqlx::query_as(
            "SELECT id FROM portfolios WHERE id = $1 AND org_id = $2 AND archived_at IS NOT NULL",
        )
        .bind(scope.portfolio.0)
        .bind(scope.org.0)
        .fetch_optional(&mut *tx)
        .await
        .map_err(db_error)?;
        return Err(if archived.is_some() {
            AppError::Forbidden
        } else {
            AppError::NotFound
        });
    };
    let entry = execute(&mut tx, scope, command).await?;
    sqlx::query(
        "INSERT INTO changes (org_id, portfolio_id, revision, at, who, entity, entity_id, op, \
         before_json, after_json, undo_of) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(scope.org.0)
    .bind(scope.portfolio.0)
    .bind(revision)
    .bind(now_ms())
    .bind(who)
    .bind(entry.entity)
    .bind(entry.id)
    .bind(entry.op)
    .bind(entry.before.map(|v| v.to_string()))
    .bind(entry.after.map(|v| v.to_string()))
    .bind(undo_of)
    .execute(&mut *tx)
    .await
    .map_err(db_error)?;
    tx.commit().await.map_err(db_error)?;
    Ok(Applied {
        revision,
        id: entry.id,
    })
}

/// Creates a portfolio with the default themes, as revision 1 of its history.
pub async fn create_portfolio(
    db: &Db,
    org: OrgId,
    who: &str,
    name: &str,
    description: &str,
) -> AppResult<PortfolioId> {
    let mut tx = db.pool.begin().await.map_err(db_error)?;
    let id = insert_portfolio(&mut tx, org, who, name, description).await?;
    tx.commit().await.map_err(db_error)?;
    Ok(id)
}

/// [`create_portfolio`] inside a caller's transaction (registration creates the
/// organisation, its administrator and its first portfolio at once).
pub async fn insert_portfolio(
    tx: &mut Transaction<'_, Any>,
    org: OrgId,
    who: &str,
    name: &str,
    description: &str,
) -> AppResult<PortfolioId> {
    let now = now_ms();
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO portfolios (org_id, name, description, revision, created_at) \
         VALUES ($1, $2, $3, 1, $4) RETURNING id",
    )
    .bind(org.0)
    .bind(name)
    .bind(description)
    .bind(now)
    .fetch_one(&mut **tx)
    .await
    .map_err(db_error)?;
    for (position, theme) in DEFAULT_THEMES.iter().enumerate() {
        sqlx::query(
            "INSERT INTO themes (org_id, portfolio_id, name, position) VALUES ($1, $2, $3, $4)",
        )
        .bind(org.0)
        .bind(id)
        .bind(*theme)
        .bind(position as i64)
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    }
    let after = json!({ "name": name, "description": description, "themes": DEFAULT_THEMES });
    sqlx::query(
        "INSERT INTO changes (org_id, portfolio_id, revision, at, who, entity, entity_id, op, \
         before_json, after_json) VALUES ($1, $2, 1, $3, $4, 'portfolio', $2, 'create', NULL, $5)",
    )
    .bind(org.0)
    .bind(id)
    .bind(now)
    .bind(who)
    .bind(after.to_string())
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    Ok(PortfolioId(id))
}

async fn execute(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    command: Command,
) -> AppResult<Entry> {
    let now = now_ms();
    let entry = match command {
        Command::CreateProject(d) => {
            let (id,): (i64,) = sqlx::query_as(
                "INSERT INTO projects (org_id, portfolio_id, name, summary, goals, status, \
                 start_date, end_date, budget_cents, funding, contact_name, contact_email, \
                 website, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14) \
                 RETURNING id",
            )
            .bind(scope.org.0)
            .bind(scope.portfolio.0)
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
            .fetch_one(&mut **tx)
            .await
            .map_err(db_error)?;
            Entry {
                entity: "project",
                id,
                op: "create",
                before: None,
                after: Some(json!(d)),
            }
        }
        Command::UpdateProject(id, d) => {
            let before: Option<Row> = sqlx::query_as(&format!(
                "SELECT {COLUMNS} FROM projects WHERE id = $1 AND portfolio_id = $2 AND org_id = $3"
            ))
            .bind(id.0)
            .bind(scope.portfolio.0)
            .bind(scope.org.0)
            .fetch_optional(&mut **tx)
            .await
            .map_err(db_error)?;
            let (_, before) = draft(before.ok_or(AppError::NotFound)?);
            sqlx::query(
                "UPDATE projects SET name = $1, summary = $2, goals = $3, status = $4, \
                 start_date = $5, end_date = $6, budget_cents = $7, funding = $8, \
                 contact_name = $9, contact_email = $10, website = $11, updated_at = $12 \
                 WHERE id = $13 AND portfolio_id = $14 AND org_id = $15",
            )
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
            .bind(id.0)
            .bind(scope.portfolio.0)
            .bind(scope.org.0)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
            Entry {
                entity: "project",
                id: id.0,
                op: "update",
                before: Some(json!(before)),
                after: Some(json!(d)),
            }
        }
        Command::CreateTheme { name, position } => {
            super::edit::ensure_unique(tx, scope, &name, None).await?;
            let (id,): (i64,) = sqlx::query_as(
                "INSERT INTO themes (org_id, portfolio_id, name, position) \
                 VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(scope.org.0)
            .bind(scope.portfolio.0)
            .bind(&name)
            .bind(position)
            .fetch_one(&mut **tx)
            .await
            .map_err(db_error)?;
            Entry {
                entity: "theme",
                id,
                op: "create",
                before: None,
                after: Some(json!({ "name": name })),
            }
        }
        Command::CreateActor(a) => {
            let (id,): (i64,) = sqlx::query_as(
                "INSERT INTO actors (org_id, name, kind, business_id, created_at) \
                 VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(scope.org.0)
            .bind(&a.name)
            .bind(a.kind.as_str())
            .bind(a.business_id.as_ref().map(|b| b.as_str().to_string()))
            .bind(now)
            .fetch_one(&mut **tx)
            .await
            .map_err(db_error)?;
            Entry {
                entity: "actor",
                id,
                op: "create",
                before: None,
                after: Some(json!(a)),
            }
        }
        Command::LinkActor {
            project,
            actor,
            role,
        } => {
            require(
                tx,
                "SELECT id FROM projects WHERE id = $1 AND org_id = $2 AND portfolio_id = $3",
                project.0,
                scope,
            )
            .await?;
            require(
                tx,
                "SELECT id FROM actors WHERE id = $1 AND org_id = $2",
                actor.0,
                scope,
            )
            .await?;
            sqlx::query("INSERT INTO project_actors (org_id, project_id, actor_id, role) VALUES ($1, $2, $3, $4)")
                .bind(scope.org.0)
                .bind(project.0)
                .bind(actor.0)
                .bind(role.as_str())
                .execute(&mut **tx)
                .await
                .map_err(db_error)?;
            let after = json!({ "project": project, "actor": actor, "role": role });
            Entry {
                entity: "project_actor",
                id: project.0,
                op: "create",
                before: None,
                after: Some(after),
            }
        }
        Command::LinkTheme { project, theme } => {
            require(
                tx,
                "SELECT id FROM projects WHERE id = $1 AND org_id = $2 AND portfolio_id = $3",
                project.0,
                scope,
            )
            .await?;
            require(
                tx,
                "SELECT id FROM themes WHERE id = $1 AND org_id = $2 AND portfolio_id = $3",
                theme.0,
                scope,
            )
            .await?;
            sqlx::query(
                "INSERT INTO project_themes (org_id, project_id, theme_id) VALUES ($1, $2, $3)",
            )
            .bind(scope.org.0)
            .bind(project.0)
            .bind(theme.0)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
            let after = json!({ "project": project, "theme": theme });
            Entry {
                entity: "project_theme",
                id: project.0,
                op: "create",
                before: None,
                after: Some(after),
            }
        }
        Command::RelateProjects { from, to, kind } => {
            if from == to {
                return Err(AppError::Conflict);
            }
            for p in [from, to] {
                require(
                    tx,
                    "SELECT id FROM projects WHERE id = $1 AND org_id = $2 AND portfolio_id = $3",
                    p.0,
                    scope,
                )
                .await?;
            }
            let (id,): (i64,) = sqlx::query_as(
                "INSERT INTO project_relations (org_id, from_project_id, to_project_id, kind) \
                 VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(scope.org.0)
            .bind(from.0)
            .bind(to.0)
            .bind(kind.as_str())
            .fetch_one(&mut **tx)
            .await
            .map_err(db_error)?;
            let after = json!({ "from": from, "to": to, "kind": kind });
            Entry {
                entity: "project_relation",
                id,
                op: "create",
                before: None,
                after: Some(after),
            }
        }
        Command::CreateAction(draft) => super::plan::create_action(tx, scope, draft).await?,
        Command::SetActionStatus(id, status) => {
            super::plan::set_status(tx, scope, id, status).await?
        }
        Command::UpdateAction(id, draft) => {
            super::plan::update_action(tx, scope, id, draft).await?
        }
        Command::Dismiss { kind, a, b } => super::plan::dismiss(tx, scope, kind, a, b).await?,
        Command::SavePositions(list) => super::network::save(tx, scope, &list).await?,
        Command::Import(batch) => super::import::execute(tx, scope, *batch).await?,
        other => super::edit::execute(tx, scope, other).await?,
    };
    Ok(entry)
}

/// Fails with `NotFound` unless the row exists in the caller's scope. `sql` takes the row ID,
/// the organisation and (where it uses it) the portfolio.
pub(super) async fn require(
    tx: &mut Transaction<'_, Any>,
    sql: &str,
    id: i64,
    scope: Scope,
) -> AppResult<()> {
    let mut q = sqlx::query_as::<_, (i64,)>(sql).bind(id).bind(scope.org.0);
    if sql.contains("$3") {
        q = q.bind(scope.portfolio.0);
    }
    q.fetch_optional(&mut **tx)
        .await
        .map_err(db_error)?
        .map(|_| ())
        .ok_or(AppError::NotFound)
}
