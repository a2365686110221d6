//! The import form's target: `POST /portfolio/{id}/import` with a multipart file. A
//! spreadsheet (CSV or XLSX) is checked to be readable and kept for the mapping step; a
//! portfolio JSON export becomes a new portfolio at once. Works without JavaScript: every
//! outcome is a redirect, problems come back as `?error=<code>`.

use super::auth::Visitor;
use super::state::AppState;
use super::store::uploads;
use super::{auth, portfolio_json};
use crate::model::Need;
use crate::model::PortfolioId;
pub use crate::transfer::read_any as read_sheet;
use crate::transfer::TransferError;
use axum::extract::{Multipart, Path, State};
use axum::response::Redirect;
use axum::Extension;

/// The largest file accepted: a 50 000-row spreadsheet fits with room to spare.
pub const MAX_UPLOAD: usize = 20 * 1024 * 1024;

/// The code of a transfer error, as the import page translates it.
pub fn error_code(e: &TransferError) -> &'static str {
    match e {
        TransferError::Unreadable | TransferError::BadRow { .. } | TransferError::ExportFailed => {
            "unreadable_file"
        }
        TransferError::Empty => "empty_file",
        TransferError::TooManyRows { .. } => "too_many_rows",
        TransferError::TooManyColumns { .. } => "too_many_columns",
        TransferError::Problems(_) => "import_problems",
    }
}

pub async fn receive(
    State(state): State<AppState>,
    Extension(visitor): Extension<Visitor>,
    Path(id): Path<i64>,
    mut form: Multipart,
) -> Redirect {
    let back = |code: &str| Redirect::to(&format!("/portfolio/{id}/import?error={code}"));
    let Ok(caller) = auth::caller_of(&visitor, Need::Edit) else {
        return back("forbidden");
    };
    let Ok(scope) = auth::portfolio(&state, &caller, PortfolioId(id)).await else {
        return Redirect::to("/");
    };
    let mut file = None;
    while let Ok(Some(field)) = form.next_field().await {
        if field.name() == Some("file") {
            let name = field.file_name().unwrap_or("tiedosto").to_string();
            match field.bytes().await {
                Ok(bytes) => file = Some((name, bytes)),
                Err(_) => return back("too_large"),
            }
        }
    }
    let Some((name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return back("no_file");
    };
    if name.to_lowercase().ends_with(".json") {
        let Ok(doc) = serde_json::from_slice::<portfolio_json::PortfolioDoc>(&bytes) else {
            return back("not_portfolio");
        };
        return match portfolio_json::import(&state.db, scope.org, &caller.who, &doc).await {
            Ok(new) => Redirect::to(&format!("/portfolio/{new}")),
            Err(_) => back("not_portfolio"),
        };
    }
    let parsed = tokio::task::spawn_blocking({
        let bytes = bytes.clone();
        move || read_sheet(&bytes).map(|_| ())
    })
    .await;
    match parsed {
        Ok(Ok(())) => {}
        Ok(Err(e)) => return back(error_code(&e)),
        Err(_) => return back("unreadable_file"),
    }
    match uploads::save(&state.db, scope, &name, &bytes).await {
        Ok(upload) => Redirect::to(&format!("/portfolio/{id}/import/{upload}")),
        Err(_) => back("unreadable_file"),
    }
}
