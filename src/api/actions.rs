//! Server functions for the action plan and for acting on findings.

use crate::error::AppError;
use crate::model::{Action, ActionId, ActionInput, ActionStatus, FindingKind, PortfolioId};
use leptos::prelude::*;

/// The portfolio's action plan.
#[server(prefix = "/api", endpoint = "list_actions")]
pub async fn list_actions(portfolio_id: PortfolioId) -> Result<Vec<Action>, AppError> {
    use crate::server::{auth, store};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    store::plan::list(&state.db, scope).await
}

/// Adds an action from the plan's form.
#[server(prefix = "/api", endpoint = "create_action")]
pub async fn create_action(
    portfolio_id: PortfolioId,
    input: ActionInput,
) -> Result<ActionId, AppError> {
    use crate::server::auth;
    use crate::server::store::write::{apply, Command};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let draft = input.validate()?;
    let applied = apply(&state.db, scope, &caller.who, Command::CreateAction(draft)).await?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/actions"));
    Ok(ActionId(applied.id))
}

/// Edits an action's title, owner, due date and status (its links stay).
#[server(prefix = "/api", endpoint = "update_action")]
pub async fn update_action(
    portfolio_id: PortfolioId,
    action_id: ActionId,
    input: ActionInput,
) -> Result<(), AppError> {
    use crate::server::auth;
    use crate::server::store::write::{apply, Command};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let draft = input.validate()?;
    apply(
        &state.db,
        scope,
        &caller.who,
        Command::UpdateAction(action_id, draft),
    )
    .await?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/actions"));
    Ok(())
}

/// Turns an overlap or a cooperation (two projects) or an opportunity (two actors) into an
/// action in one step; the action is titled in the caller's language and linked to both.
#[server(prefix = "/api", endpoint = "act_on_finding")]
pub async fn act_on_finding(
    portfolio_id: PortfolioId,
    kind: FindingKind,
    a: i64,
    b: i64,
) -> Result<ActionId, AppError> {
    use crate::model::{ActionDraft, ActorId, ProjectId};
    use crate::server::store::write::{apply, Command};
    use crate::server::{auth, store};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let (name_a, name_b) = store::plan::finding_names(&state.db, scope, kind, a, b).await?;
    let t = crate::i18n::request_locale().texts();
    let mut draft = ActionDraft::default();
    match kind {
        FindingKind::Overlap => {
            draft.title = (t.action_title_overlap)(&name_a, &name_b);
            draft.projects = vec![ProjectId(a), ProjectId(b)];
        }
        FindingKind::Opportunity => {
            draft.title = (t.action_title_opportunity)(&name_a, &name_b);
            draft.actors = vec![ActorId(a), ActorId(b)];
        }
        FindingKind::Cooperation => {
            draft.title = (t.action_title_cooperation)(&name_a, &name_b);
            draft.projects = vec![ProjectId(a), ProjectId(b)];
        }
    }
    let applied = apply(&state.db, scope, &caller.who, Command::CreateAction(draft)).await?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/actions"));
    Ok(ActionId(applied.id))
}

/// Marks a finding as known: an overlap that is not one, an opportunity not worth pursuing.
#[server(prefix = "/api", endpoint = "dismiss_finding")]
pub async fn dismiss_finding(
    portfolio_id: PortfolioId,
    kind: FindingKind,
    a: i64,
    b: i64,
) -> Result<(), AppError> {
    use crate::server::auth;
    use crate::server::store::write::{apply, Command};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    apply(
        &state.db,
        scope,
        &caller.who,
        Command::Dismiss { kind, a, b },
    )
    .await?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/situation"));
    Ok(())
}

/// Changes an action's status.
#[server(prefix = "/api", endpoint = "set_action_status")]
pub async fn set_action_status(
    portfolio_id: PortfolioId,
    action_id: ActionId,
    status: ActionStatus,
) -> Result<(), AppError> {
    use crate::server::auth;
    use crate::server::store::write::{apply, Command};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    apply(
        &state.db,
        scope,
        &caller.who,
        Command::SetActionStatus(action_id, status),
    )
    .await?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/actions"));
    Ok(())
}

/// Sets which projects (`projects[<id>]=on`) and actors (`actors[<id>]=on`) the action
/// concerns; none checked clears them.
#[server(prefix = "/api", endpoint = "set_action_links")]
pub async fn set_action_links(
    portfolio_id: PortfolioId,
    action_id: ActionId,
    projects: Option<std::collections::HashMap<String, String>>,
    actors: Option<std::collections::HashMap<String, String>>,
) -> Result<(), AppError> {
    use crate::model::{ActorId, ProjectId};
    use crate::server::auth;
    use crate::server::store::write::{apply, Command};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let ids = |m: Option<std::collections::HashMap<String, String>>| -> Result<Vec<i64>, AppError> {
        m.unwrap_or_default()
            .keys()
            .map(|k| k.parse().map_err(|_| AppError::Request("bad id".into())))
            .collect()
    };
    let command = Command::SetActionLinks {
        action: action_id,
        projects: ids(projects)?.into_iter().map(ProjectId).collect(),
        actors: ids(actors)?.into_iter().map(ActorId).collect(),
    };
    apply(&state.db, scope, &caller.who, command).await?;
    leptos_axum::redirect(&format!("/portfolio/{portfolio_id}/actions"));
    Ok(())
}
