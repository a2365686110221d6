//! Running a spreadsheet import: the plan from `transfer::plan_import` applied in one write-
//! path transaction. A row whose project already holds exactly what the file says is left
//! alone, so importing the same file twice changes nothing; an update replaces only the
//! fields and link kinds the mapping covers.

use super::super::db::{db_error, now_ms};
use super::write::Entry;
use super::Scope;
use crate::error::{AppError, AppResult};
use crate::model::{guess_actor_kind, ActorRole, Project, ProjectDraft, ProjectStatus};
use crate::transfer::{ActorRef, Plan, PlannedProject, Target, ThemeRef};
use serde_json::json;
use sqlx::{Any, Transaction};
use std::collections::{BTreeSet, HashMap};

/// What an import is given: the file's name, its plan and the projects as they were read
/// when the plan was made.
#[derive(Clone, Debug)]
pub struct ImportBatch {
    pub file: String,
    pub plan: Plan,
    pub current: Vec<Project>,
}

/// What a row does to the portfolio.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowAction {
    Create,
    Update,
    Unchanged,
}

/// The project a row asks for: the stored one with the mapped fields replaced, or a new one.
fn wanted(plan: &Plan, row: &PlannedProject, current: Option<&Project>) -> ProjectDraft {
    let f = &row.fields;
    let mut d = current.map(|p| p.draft.clone()).unwrap_or_default();
    d.name = f.name.clone();
    let m = |t| plan.maps(t);
    if m(Target::Summary) {
        d.summary = f.summary.clone();
    }
    if m(Target::Goals) {
        d.goals = f.goals.clone();
    }
    if m(Target::Status) || current.is_none() {
        d.status = ProjectStatus::parse(&f.status).unwrap_or_default();
    }
    if m(Target::Start) {
        d.start_date = f.start;
    }
    if m(Target::End) {
        d.end_date = f.end;
    }
    if m(Target::Budget) {
        d.budget_cents = f.budget_cents;
    }
    if m(Target::Funding) {
        d.funding = f.funding.clone();
    }
    if m(Target::ContactName) {
        d.contact_name = f.contact_name.clone();
    }
    if m(Target::ContactEmail) {
        d.contact_email = f.contact_email.clone();
    }
    if m(Target::Website) {
        d.website = f.website.clone();
    }
    d
}

/// The link roles the mapping covers.
fn mapped_roles(plan: &Plan) -> Vec<ActorRole> {
    let mut roles = Vec::new();
    if plan.maps(Target::Lead) || plan.maps(Target::LeadBusinessId) {
        roles.push(ActorRole::Lead);
    }
    if plan.maps(Target::Partners) {
        roles.push(ActorRole::Partner);
    }
    if plan.maps(Target::Funders) {
        roles.push(ActorRole::Funder);
    }
    roles
}

fn row_actors(row: &PlannedProject) -> Vec<(ActorRef, ActorRole)> {
    let mut v: Vec<_> = row.lead.iter().map(|a| (*a, ActorRole::Lead)).collect();
    v.extend(row.partners.iter().map(|a| (*a, ActorRole::Partner)));
    v.extend(row.funders.iter().map(|a| (*a, ActorRole::Funder)));
    v
}

/// Whether each row creates, updates or leaves its project; used by the preview and the run.
pub fn classify(plan: &Plan, current: &[Project]) -> Vec<RowAction> {
    let by_id: HashMap<i64, &Project> = current.iter().map(|p| (p.id.0, p)).collect();
    let roles = mapped_roles(plan);
    plan.rows
        .iter()
        .map(|row| {
            let Some(p) = row.existing.and_then(|id| by_id.get(&id)) else {
                return RowAction::Create;
            };
            if wanted(plan, row, Some(p)) != p.draft {
                return RowAction::Update;
            }
            let new_link = row_actors(row)
                .iter()
                .any(|(a, _)| matches!(a, ActorRef::New(_)))
                || row.themes.iter().any(|t| matches!(t, ThemeRef::New(_)));
            if new_link {
                return RowAction::Update;
            }
            let has: BTreeSet<(i64, ActorRole)> = p
                .actors
                .iter()
                .filter(|a| roles.contains(&a.role))
                .map(|a| (a.actor_id.0, a.role))
                .collect();
            let wants: BTreeSet<(i64, ActorRole)> = row_actors(row)
                .into_iter()
                .filter_map(|(a, r)| match a {
                    ActorRef::Existing(id) => Some((id, r)),
                    ActorRef::New(_) => None,
                })
                .collect();
            let themes_differ = plan.maps(Target::Themes) && {
                let has: BTreeSet<i64> = p.themes.iter().map(|t| t.id.0).collect();
                let wants: BTreeSet<i64> = row
                    .themes
                    .iter()
                    .filter_map(|t| match t {
                        ThemeRef::Existing(id) => Some(*id),
                        ThemeRef::New(_) => None,
                    })
                    .collect();
                has != wants
            };
            if has != wants || themes_differ {
                RowAction::Update
            } else {
                RowAction::Unchanged
            }
        })
        .collect()
}

pub(super) async fn execute(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    batch: ImportBatch,
) -> AppResult<Entry> {
    let ImportBatch {
        file,
        plan,
        current,
    } = batch;
    let actions = classify(&plan, &current);
    if actions.iter().all(|a| *a == RowAction::Unchanged) {
        return Err(AppError::Conflict);
    }
    let now = now_ms();
    let (org, portfolio) = (scope.org.0, scope.portfolio.0);
    let (mut position,): (i64,) = sqlx::query_as(
        "SELECT COALESCE(MAX(position), -1) + 1 FROM themes WHERE portfolio_id = $1 AND org_id = $2",
    )
    .bind(portfolio)
    .bind(org)
    .fetch_one(&mut **tx)
    .await
    .map_err(db_error)?;
    let mut theme_ids = Vec::new();
    for name in &plan.new_themes {
        super::edit::ensure_unique(tx, scope, name, None).await?;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO themes (org_id, portfolio_id, name, position) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(org)
        .bind(portfolio)
        .bind(name)
        .bind(position)
        .fetch_one(&mut **tx)
        .await
        .map_err(db_error)?;
        position += 1;
        theme_ids.push(id);
    }
    let mut actor_ids = Vec::new();
    for a in &plan.new_actors {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO actors (org_id, name, kind, business_id, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(org)
        .bind(&a.name)
        .bind(guess_actor_kind(&a.name).as_str())
        .bind(&a.business_id)
        .bind(now)
        .fetch_one(&mut **tx)
        .await
        .map_err(db_error)?;
        actor_ids.push(id);
    }
    let by_id: HashMap<i64, &Project> = current.iter().map(|p| (p.id.0, p)).collect();
    let roles = mapped_roles(&plan);
    let (mut created, mut updated) = (Vec::new(), Vec::new());
    for (row, action) in plan.rows.iter().zip(&actions) {
        let existing = row.existing.and_then(|id| by_id.get(&id).copied());
        let d = wanted(&plan, row, existing);
        let id = match (action, existing) {
            (RowAction::Unchanged, _) => continue,
            (RowAction::Update, Some(p)) => {
                write_project(tx, scope, Some(p.id.0), &d, now).await?;
                updated.push(p.id.0);
                p.id.0
            }
            _ => {
                let id = write_project(tx, scope, None, &d, now).await?;
                created.push(id);
                id
            }
        };
        let is_new = existing.is_none();
        for role in ActorRole::ALL {
            if !is_new && !roles.contains(&role) {
                continue;
            }
            sqlx::query(
                "DELETE FROM project_actors WHERE project_id = $1 AND role = $2 AND org_id = $3",
            )
            .bind(id)
            .bind(role.as_str())
            .bind(org)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
        }
        let mut seen = BTreeSet::new();
        for (a, role) in row_actors(row) {
            let actor = match a {
                ActorRef::Existing(id) => id,
                ActorRef::New(i) => actor_ids[i],
            };
            if !seen.insert((actor, role)) {
                continue;
            }
            sqlx::query("INSERT INTO project_actors (org_id, project_id, actor_id, role) VALUES ($1, $2, $3, $4)")
                .bind(org)
                .bind(id)
                .bind(actor)
                .bind(role.as_str())
                .execute(&mut **tx)
                .await
                .map_err(db_error)?;
        }
        if is_new || plan.maps(Target::Themes) {
            sqlx::query("DELETE FROM project_themes WHERE project_id = $1 AND org_id = $2")
                .bind(id)
                .bind(org)
                .execute(&mut **tx)
                .await
                .map_err(db_error)?;
            let mut seen = BTreeSet::new();
            for t in &row.themes {
                let theme = match t {
                    ThemeRef::Existing(id) => *id,
                    ThemeRef::New(i) => theme_ids[*i],
                };
                if !seen.insert(theme) {
                    continue;
                }
                sqlx::query(
                    "INSERT INTO project_themes (org_id, project_id, theme_id) VALUES ($1, $2, $3)",
                )
                .bind(org)
                .bind(id)
                .bind(theme)
                .execute(&mut **tx)
                .await
                .map_err(db_error)?;
            }
        }
    }
    Ok(Entry {
        entity: "import",
        id: portfolio,
        op: "create",
        before: None,
        after: Some(json!({
            "name": file,
            "created": created,
            "updated": updated,
            "new_actors": actor_ids,
            "new_themes": theme_ids,
        })),
    })
}

async fn write_project(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    id: Option<i64>,
    d: &ProjectDraft,
    now: i64,
) -> AppResult<i64> {
    let sql = match id {
        None => "INSERT INTO projects (name, summary, goals, status, start_date, end_date, budget_cents, \
                 funding, contact_name, contact_email, website, created_at, updated_at, org_id, portfolio_id) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13, $14) RETURNING id",
        Some(_) => "UPDATE projects SET name = $1, summary = $2, goals = $3, status = $4, start_date = $5, \
                    end_date = $6, budget_cents = $7, funding = $8, contact_name = $9, contact_email = $10, \
                    website = $11, updated_at = $12 WHERE org_id = $13 AND portfolio_id = $14 AND id = $15 RETURNING id",
    };
    let mut q = sqlx::query_as::<_, (i64,)>(sql)
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
        .bind(scope.org.0)
        .bind(scope.portfolio.0);
    if let Some(id) = id {
        q = q.bind(id);
    }
    let (id,) = q.fetch_one(&mut **tx).await.map_err(db_error)?;
    Ok(id)
}
