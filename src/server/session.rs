//! Sessions on the wire: the cookie that carries the token, and the middleware that turns
//! it into a [`Visitor`] in the request's extensions (where `auth` and Leptos's request
//! `Parts` find it) and sends signed-out visitors of private pages to the login page.

use super::auth::Visitor;
use super::passwords::{random_token, token_hash};
use super::state::AppState;
use super::store::accounts;
use crate::error::AppResult;
use crate::model::{OrgId, UserId};
use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, Method, Request};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

/// The cookie's name: with HTTPS the `__Host-` prefix, which browsers accept only from a
/// secure origin, for the whole site, without a `Domain`.
pub fn cookie_name(https: bool) -> &'static str {
    if https {
        "__Host-hk_session"
    } else {
        "hk_session"
    }
}

/// `Set-Cookie` for a new session token: HttpOnly, SameSite=Lax, Secure over HTTPS, and no
/// `Max-Age` (the server ends the session; the browser forgets it when closed).
pub fn set_cookie(token: &str, https: bool) -> String {
    let secure = if https { "; Secure" } else { "" };
    format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Lax{secure}",
        cookie_name(https)
    )
}

/// `Set-Cookie` that removes the session cookie.
pub fn clear_cookie(https: bool) -> String {
    let secure = if https { "; Secure" } else { "" };
    format!(
        "{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}",
        cookie_name(https)
    )
}

/// The session token in a request's cookies.
pub fn token_in(headers: &HeaderMap, https: bool) -> Option<String> {
    let name = cookie_name(https);
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, v)| *k == name && !v.is_empty())
        .map(|(_, v)| v.to_string())
}

/// Opens a new session (a fresh token: never one the browser brought, so a planted token
/// cannot be fixed onto an account) and returns its `Set-Cookie` value.
pub async fn open(state: &AppState, user: UserId, org: Option<OrgId>) -> AppResult<String> {
    let token = random_token();
    accounts::create_session(&state.db, &token_hash(&token), user, org).await?;
    Ok(set_cookie(&token, state.config.https))
}

/// Paths anyone may load without signing in.
pub fn is_public_path(path: &str) -> bool {
    const EXACT: [&str; 6] = [
        "/login",
        "/register",
        "/reset",
        "/privacy",
        "/favicon.ico",
        "/lang",
    ];
    EXACT.contains(&path)
        || path.starts_with("/invite/")
        || path.starts_with("/reset/")
        || path.starts_with("/pkg/")
        || path.starts_with("/api/")
}

/// Reads the session, puts its [`Identity`] into the request, and redirects a signed-out
/// visitor of a private page to `/login?next=…`.
pub async fn identify(
    State(state): State<AppState>,
    mut req: Request<Body>,
    next: Next,
) -> Response {
    let path = req.uri().path().to_string();
    // the browser bundle and static files are the same for everyone: no session lookup
    if path.starts_with("/pkg/") || path == "/favicon.ico" {
        return next.run(req).await;
    }
    let identity = match token_in(req.headers(), state.config.https) {
        Some(token) => accounts::identify(&state.db, &token_hash(&token))
            .await
            .ok()
            .flatten(),
        None => None,
    };
    let page = matches!(*req.method(), Method::GET | Method::HEAD);
    if identity.is_none() && page && !is_public_path(&path) {
        let next = req
            .uri()
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or("/");
        let query = serde_urlencoded::to_string([("next", next)]).unwrap_or_default();
        return Redirect::to(&format!("/login?{query}")).into_response();
    }
    req.extensions_mut().insert(Visitor(identity));
    let mut res = next.run(req).await;
    // pages differ by who is signed in: never cached by a shared cache
    res.headers_mut()
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("private, no-cache"));
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_hardened_and_read_back() {
        let c = set_cookie("abc", true);
        assert_eq!(
            c,
            "__Host-hk_session=abc; Path=/; HttpOnly; SameSite=Lax; Secure"
        );
        assert!(!set_cookie("abc", false).contains("Secure"));
        assert!(clear_cookie(false).contains("Max-Age=0"));
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("hk_lang=fi; hk_session=t0k3n; other=1"),
        );
        assert_eq!(token_in(&h, false).as_deref(), Some("t0k3n"));
        assert_eq!(
            token_in(&h, true),
            None,
            "over HTTPS only the prefixed cookie counts"
        );
        h.insert(header::COOKIE, HeaderValue::from_static("hk_session="));
        assert_eq!(token_in(&h, false), None);
    }

    #[test]
    fn only_sign_in_pages_and_assets_are_public() {
        assert!(is_public_path("/login"));
        assert!(is_public_path("/invite/abc"));
        assert!(is_public_path("/pkg/hankekartta.wasm"));
        assert!(!is_public_path("/"));
        assert!(!is_public_path("/portfolio/1"));
        assert!(!is_public_path("/loginx"));
    }
}
