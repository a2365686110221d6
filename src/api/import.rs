//! Server functions for a spreadsheet import: the column mapping and preview of an uploaded
//! file, and running it. (The upload itself is a plain multipart form: `server::upload`.)

use crate::error::AppError;
use crate::model::PortfolioId;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One column of the file: its header, a few values, and what it is mapped to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnView {
    pub header: String,
    pub samples: Vec<String>,
    /// A mapping target code (`name`, `lead`, `ignore` …).
    pub target: String,
}

/// One problem of the file, by row and column.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProblemView {
    pub row: usize,
    pub header: Option<String>,
    /// A problem code (`bad_date`, `missing_name` …), translated by the page.
    pub code: String,
    pub max: Option<usize>,
}

/// What importing the file with the mapping would do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportPreview {
    pub upload: i64,
    pub file_name: String,
    pub rows: usize,
    pub columns: Vec<ColumnView>,
    pub creates: Vec<String>,
    pub updates: Vec<String>,
    pub unchanged: usize,
    pub new_actors: Vec<String>,
    pub new_themes: Vec<String>,
    pub problems: Vec<ProblemView>,
}

/// Reads the uploaded file, maps its columns (`mapping` by column, guessed where empty)
/// and plans the import without writing anything.
#[server(prefix = "/api", endpoint = "preview_import")]
pub async fn preview_import(
    portfolio_id: PortfolioId,
    upload_id: i64,
    #[server(default)] mapping: Vec<String>,
) -> Result<ImportPreview, AppError> {
    use crate::server::{auth, import};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    import::preview(&state, scope, upload_id, mapping).await
}

/// Runs the import with the mapping; all or nothing. The browser goes to the portfolio.
#[server(prefix = "/api", endpoint = "run_import")]
pub async fn run_import(
    portfolio_id: PortfolioId,
    upload_id: i64,
    #[server(default)] mapping: Vec<String>,
) -> Result<(), AppError> {
    use crate::server::{auth, import};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    import::run(&state, scope, &caller.who, upload_id, mapping).await?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/history"));
    Ok(())
}
