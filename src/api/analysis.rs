//! Server functions for the analysis.

use crate::analysis::Report;
use crate::error::AppError;
use crate::model::{ActorId, ActorKind, Portfolio, PortfolioId, ProjectId, ThemeId};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The analysis of a portfolio with the names the report refers to by ID.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnalysisView {
    pub portfolio: Portfolio,
    pub report: Report,
    pub projects: Vec<(ProjectId, String)>,
    pub actors: Vec<(ActorId, String, ActorKind)>,
    pub themes: Vec<(ThemeId, String)>,
    pub total_budget_cents: i64,
    pub active_projects: usize,
}

/// The full analysis of a portfolio.
#[server(prefix = "/api", endpoint = "get_analysis")]
pub async fn get_analysis(portfolio_id: PortfolioId) -> Result<AnalysisView, AppError> {
    use crate::analysis::analyse;
    use crate::model::ProjectStatus;
    use crate::server::{auth, store};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let portfolio = store::portfolios::get(&state.db, scope.org, scope.portfolio).await?;
    let input = store::analysis::input(&state.db, scope).await?;
    let dismissed = store::plan::dismissed(&state.db, scope).await?;
    // Analysis is CPU work: keep it off the async workers.
    let (input, report) = tokio::task::spawn_blocking(move || {
        let report = analyse(&input, &dismissed);
        (input, report)
    })
    .await
    .map_err(|e| {
        tracing::error!("analysis task failed: {e}");
        AppError::Internal
    })?;
    Ok(AnalysisView {
        portfolio,
        total_budget_cents: input.projects.iter().filter_map(|p| p.budget_cents).sum(),
        active_projects: input
            .projects
            .iter()
            .filter(|p| p.status == ProjectStatus::Active)
            .count(),
        projects: input.projects.into_iter().map(|p| (p.id, p.name)).collect(),
        actors: input
            .actors
            .into_iter()
            .map(|a| (a.id, a.name, a.kind))
            .collect(),
        themes: input.themes.into_iter().map(|t| (t.id, t.name)).collect(),
        report,
    })
}
