//! Who is calling and what they may do: the one place where access is decided. Server
//! functions get their [`Caller`] and [`Scope`] only from here; the router checks every
//! server function's [`Need`] (`api::access`) before it runs, and plain routes call
//! [`caller_of`] with theirs.

use super::state::AppState;
use super::store::accounts::Identity;
use super::store::{portfolios, Scope};
use crate::error::{AppError, AppResult};
use crate::model::{Need, OrgId, PortfolioId, Role, UserId};
use leptos::prelude::use_context;

/// A signed-in member acting in one organisation, with the name their changes are
/// recorded under.
#[derive(Clone, Debug)]
pub struct Caller {
    pub org: OrgId,
    pub who: String,
    pub user: UserId,
    pub role: Role,
}

/// Whoever sent the request: the middleware (`session::identify`) puts one into every
/// request, signed in or not.
#[derive(Clone, Debug, Default)]
pub struct Visitor(pub Option<Identity>);

/// Whether `visitor` may call something that needs `need`: `Unauthenticated` when a
/// session is needed and missing, `Forbidden` when the role is not enough.
pub fn check(visitor: &Visitor, need: Need) -> AppResult<()> {
    if need == Need::Public {
        return Ok(());
    }
    let id = visitor.0.as_ref().ok_or(AppError::Unauthenticated)?;
    if need == Need::SignedIn {
        return Ok(());
    }
    match id.org {
        Some((_, role)) if role.allows(need) => Ok(()),
        _ => Err(AppError::Forbidden),
    }
}

/// The state and the visitor of the current server function or page.
pub fn visitor() -> AppResult<(AppState, Visitor)> {
    let state = use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the server function context");
        AppError::Internal
    })?;
    let visitor = use_context::<http::request::Parts>()
        .and_then(|p| p.extensions.get::<Visitor>().cloned())
        .unwrap_or_default();
    Ok((state, visitor))
}

/// The state and the caller of the current server function or page: a signed-in member of
/// an organisation. What the role allows was checked by the router; reads made while a page
/// renders need membership only.
pub fn caller() -> AppResult<(AppState, Caller)> {
    let (state, visitor) = visitor()?;
    let caller = caller_of(&visitor, Need::Member)?;
    Ok((state, caller))
}

/// The caller of a server function that needs more than membership. The router checks
/// every server-function call, but a page rendered on the server calls its server functions
/// directly: an admin-only read checks its need here too.
pub fn caller_with(need: Need) -> AppResult<(AppState, Caller)> {
    let (state, visitor) = visitor()?;
    let caller = caller_of(&visitor, need)?;
    Ok((state, caller))
}

/// The caller of a plain route (downloads, uploads), checked for `need`.
pub fn caller_of(visitor: &Visitor, need: Need) -> AppResult<Caller> {
    check(visitor, need)?;
    let id = visitor.0.as_ref().ok_or(AppError::Unauthenticated)?;
    let (org, role) = id.org.ok_or(AppError::Forbidden)?;
    Ok(Caller {
        org,
        who: id.name.clone(),
        user: id.user,
        role,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn visitor(role: Option<Role>) -> Visitor {
        Visitor(Some(Identity {
            user: UserId(1),
            name: "Anna".into(),
            session: "x".into(),
            org: role.map(|r| (OrgId(1), r)),
            org_name: role.map(|_| "Vaaralahden kaupunki".into()),
        }))
    }

    #[test]
    fn needs_are_checked_against_roles() {
        let anonymous = Visitor(None);
        assert_eq!(check(&anonymous, Need::Public), Ok(()));
        assert_eq!(
            check(&anonymous, Need::SignedIn),
            Err(AppError::Unauthenticated)
        );
        assert_eq!(
            check(&anonymous, Need::Member),
            Err(AppError::Unauthenticated)
        );
        let homeless = visitor(None);
        assert_eq!(check(&homeless, Need::SignedIn), Ok(()));
        assert_eq!(check(&homeless, Need::Member), Err(AppError::Forbidden));
        let viewer = visitor(Some(Role::Viewer));
        assert_eq!(check(&viewer, Need::Member), Ok(()));
        assert_eq!(check(&viewer, Need::Edit), Err(AppError::Forbidden));
        let editor = visitor(Some(Role::Editor));
        assert_eq!(check(&editor, Need::Edit), Ok(()));
        assert_eq!(check(&editor, Need::Admin), Err(AppError::Forbidden));
        assert_eq!(check(&visitor(Some(Role::Admin)), Need::Admin), Ok(()));
        let c = caller_of(&editor, Need::Edit).unwrap();
        assert_eq!(
            (c.org, c.role, c.who.as_str()),
            (OrgId(1), Role::Editor, "Anna")
        );
    }
}
