//! Who is calling and which portfolio they may touch: the one place where access is decided.
//! Server functions get their [`Caller`] and [`Scope`] only from here.
//!
//! Until accounts exist every visitor acts in the configured open organisation
//! (`[access] organisation`); registration, sessions and roles replace `caller` without
//! changing its users.

use super::state::AppState;
use super::store::{portfolios, Scope};
use crate::error::{AppError, AppResult};
use crate::model::{OrgId, PortfolioId};
use leptos::prelude::use_context;

/// The organisation a request acts in, and the name its changes are recorded under.
#[derive(Clone, Debug)]
pub struct Caller {
    pub org: OrgId,
    pub who: String,
}

/// The state and the caller of the current server function or page.
pub fn caller() -> AppResult<(AppState, Caller)> {
    let state = use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the server function context");
        AppError::Internal
    })?;
    let caller = caller_in(&state)?;
    Ok((state, caller))
}

/// The caller of a plain route (downloads, uploads) that has the state but no Leptos context.
pub fn caller_in(state: &AppState) -> AppResult<Caller> {
    let org = state.open_org.ok_or(AppError::NotFound)?;
    Ok(Caller {
        org,
        who: "anonymous".into(),
    })
}

/// The scope of a portfolio the caller may use. Another organisation's portfolio is
/// `NotFound`, the same as one that does not exist, so IDs reveal nothing.
pub async fn portfolio(state: &AppState, caller: &Caller, id: PortfolioId) -> AppResult<Scope> {
    let p = portfolios::get(&state.db, caller.org, id).await?;
    Ok(Scope {
        org: p.org_id,
        portfolio: p.id,
    })
}
