//! The import steps behind the server functions: read the uploaded file, apply the mapping,
//! plan against the portfolio, and (on run) apply the plan through the write path.

use super::state::AppState;
use super::store::import::{classify, ImportBatch, RowAction};
use super::store::write::{apply, Command};
use super::store::{self, uploads, Scope};
use super::upload::{error_code, read_sheet};
use crate::api::{ColumnView, ImportPreview, ProblemView};
use crate::error::{AppError, AppResult};
use crate::model::Project;
use crate::transfer::{
    guess_all, plan_import, Existing, ExistingActor, Plan, ProblemCode, Sheet, Target,
};

/// The file, the mapping in force, the plan (or every problem) and the projects it was made
/// against.
struct Planned {
    name: String,
    sheet: Sheet,
    mapping: Vec<Target>,
    plan: Result<Plan, Vec<crate::transfer::CellProblem>>,
    current: Vec<Project>,
}

async fn plan(
    state: &AppState,
    scope: Scope,
    upload: i64,
    mapping: Vec<String>,
) -> AppResult<Planned> {
    let (name, bytes) = uploads::get(&state.db, scope, upload).await?;
    let db = &state.db;
    let current = store::projects::list(db, scope).await?;
    let existing = Existing {
        projects: current
            .iter()
            .map(|p| (p.id.0, p.draft.name.clone()))
            .collect(),
        actors: store::actors::list(db, scope)
            .await?
            .into_iter()
            .map(|a| ExistingActor {
                id: a.actor.id.0,
                name: a.actor.name,
                business_id: a.actor.business_id.map(|b| b.to_string()),
            })
            .collect(),
        themes: store::portfolios::themes(db, scope)
            .await?
            .into_iter()
            .map(|t| (t.id.0, t.name))
            .collect(),
    };
    let (sheet, mapping, plan) = tokio::task::spawn_blocking(move || {
        let sheet = read_sheet(&bytes).map_err(|e| {
            tracing::warn!("a stored upload no longer reads: {}", error_code(&e));
            AppError::NotFound
        })?;
        let guessed = guess_all(&sheet.headers);
        let mapping: Vec<Target> = guessed
            .iter()
            .enumerate()
            .map(|(i, g)| match mapping.get(i).map(String::as_str) {
                Some("") | None => *g,
                Some(code) => Target::parse(code).unwrap_or(*g),
            })
            .collect();
        let plan = plan_import(&sheet, &mapping, &existing);
        Ok::<_, AppError>((sheet, mapping, plan))
    })
    .await
    .map_err(|_| AppError::Internal)??;
    Ok(Planned {
        name,
        sheet,
        mapping,
        plan,
        current,
    })
}

/// What the import would do, or every problem in the file.
pub async fn preview(
    state: &AppState,
    scope: Scope,
    upload: i64,
    mapping: Vec<String>,
) -> AppResult<ImportPreview> {
    let p = plan(state, scope, upload, mapping).await?;
    let columns = p
        .sheet
        .headers
        .iter()
        .enumerate()
        .map(|(i, h)| ColumnView {
            header: h.clone(),
            samples: p
                .sheet
                .rows
                .iter()
                .map(|r| r.get(i).cloned().unwrap_or_default())
                .filter(|v| !v.is_empty())
                .take(3)
                .collect(),
            target: p.mapping[i].as_str().to_string(),
        })
        .collect();
    let mut out = ImportPreview {
        upload,
        file_name: p.name,
        rows: p.sheet.rows.len(),
        columns,
        creates: Vec::new(),
        updates: Vec::new(),
        unchanged: 0,
        new_actors: Vec::new(),
        new_themes: Vec::new(),
        problems: Vec::new(),
    };
    match p.plan {
        Ok(plan) => {
            for (row, action) in plan.rows.iter().zip(classify(&plan, &p.current)) {
                match action {
                    RowAction::Create => out.creates.push(row.fields.name.clone()),
                    RowAction::Update => out.updates.push(row.fields.name.clone()),
                    RowAction::Unchanged => out.unchanged += 1,
                }
            }
            out.new_actors = plan.new_actors.iter().map(|a| a.name.clone()).collect();
            out.new_themes = plan.new_themes.clone();
        }
        Err(problems) => {
            out.problems = problems
                .into_iter()
                .map(|c| {
                    let max = match c.problem {
                        ProblemCode::TooLong { max } => Some(max),
                        _ => None,
                    };
                    let code = serde_json::to_value(&c.problem)
                        .ok()
                        .and_then(|v| match v {
                            serde_json::Value::String(s) => Some(s),
                            serde_json::Value::Object(m) => m.keys().next().cloned(),
                            _ => None,
                        })
                        .unwrap_or_default();
                    ProblemView {
                        row: c.row,
                        header: c.header,
                        code,
                        max,
                    }
                })
                .collect();
        }
    }
    Ok(out)
}

/// Runs the import: `Conflict` when the file has problems or would change nothing.
pub async fn run(
    state: &AppState,
    scope: Scope,
    who: &str,
    upload: i64,
    mapping: Vec<String>,
) -> AppResult<()> {
    let p = plan(state, scope, upload, mapping).await?;
    let plan = p.plan.map_err(|_| AppError::Conflict)?;
    let batch = ImportBatch {
        file: p.name,
        plan,
        current: p.current,
    };
    apply(&state.db, scope, who, Command::Import(Box::new(batch))).await?;
    Ok(())
}
