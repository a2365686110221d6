//! Server functions for the analysis.

use crate::analysis::Report;
use crate::error::AppError;
use crate::model::PortfolioId;
use leptos::prelude::*;

/// The full analysis of a portfolio.
#[server(prefix = "/api", endpoint = "get_analysis")]
pub async fn get_analysis(portfolio_id: PortfolioId) -> Result<Report, AppError> {
    use crate::analysis::{analyse, Dismissed};
    use crate::server::{auth, store};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let input = store::analysis::input(&state.db, scope).await?;
    // Analysis is CPU work: keep it off the async workers.
    tokio::task::spawn_blocking(move || analyse(&input, &Dismissed::default()))
        .await
        .map_err(|e| {
            tracing::error!("analysis task failed: {e}");
            AppError::Internal
        })
}
