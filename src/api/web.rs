//! Helpers of the account server functions for the HTTP exchange itself (server only):
//! cookies, the site's address for mailed links, the current session, safe redirects.

use crate::error::{AppError, AppResult};
use crate::model::{Field, FieldError, Problem};
use crate::server::session;
use crate::server::state::AppState;
use leptos::prelude::*;

/// One field's problem as the error of a form.
pub(crate) fn refuse(field: Field, problem: Problem) -> AppError {
    AppError::Validation(vec![FieldError { field, problem }])
}

/// Adds a `Set-Cookie` to the answer.
pub(crate) fn set_cookie(value: &str) {
    if let (Some(res), Ok(v)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(value),
    ) {
        res.append_header(http::header::SET_COOKIE, v);
    }
}

/// The site's own address, for links in mail: the configured public URL, or else the
/// request's host (https when configured).
pub(crate) fn site(state: &AppState) -> String {
    if let Some(url) = &state.config.public_url {
        return url.clone();
    }
    let host = use_context::<http::request::Parts>()
        .and_then(|p| {
            p.headers
                .get(http::header::HOST)
                .and_then(|h| h.to_str().ok())
                .map(str::to_string)
        })
        .unwrap_or_else(|| state.config.address.to_string());
    let scheme = if state.config.https { "https" } else { "http" };
    format!("{scheme}://{host}")
}

/// Ends the session the browser brought, if any (login rotates it; logout ends it).
pub(crate) async fn end_current(state: &AppState) -> AppResult<()> {
    if let Some(parts) = use_context::<http::request::Parts>() {
        if let Some(token) = session::token_in(&parts.headers, state.config.https) {
            let hash = crate::server::passwords::token_hash(&token);
            crate::server::store::accounts::delete_session(&state.db, &hash).await?;
        }
    }
    Ok(())
}

/// Only a path on this site is followed after login, never another host.
pub(crate) fn local_path(next: Option<String>) -> String {
    crate::server::lang::safe_next(next.as_deref().unwrap_or("/")).to_string()
}
