//! Protections that apply to every request and response, decided here once: the security
//! headers, the Content-Security-Policy of rendered pages (with the nonce Leptos puts on its
//! own scripts) and the same-origin check that refuses cross-site state-changing requests
//! (CSRF), server functions included.

use super::state::AppState;
use crate::error::AppError;
use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, Method, Request, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The policy of a page whose inline scripts carry `nonce`. The WASM client needs
/// `'wasm-unsafe-eval'` to compile; no inline script runs without the nonce and no inline
/// style at all. Only the read-only map (`embed`) may be framed by other sites.
pub fn page_policy(nonce: &str, embed: bool) -> String {
    let frame = if embed { "*" } else { "'none'" };
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors {frame}"
    )
}

/// The policy of everything that is not a page (JSON, files, downloads).
const RESOURCE_POLICY: &str = "default-src 'none'; frame-ancestors 'none'; sandbox";

/// Whether a page path is the embeddable read-only map.
pub fn is_embed(path: &str) -> bool {
    let mut parts = path.trim_matches('/').split('/');
    matches!(
        (parts.next(), parts.next(), parts.next(), parts.next()),
        (Some("portfolio"), Some(id), Some("map"), None) if id.parse::<i64>().is_ok()
    )
}

/// The nonce of one response's inline scripts, made by [`harden`] and handed to Leptos
/// ([`provide_page_nonce`]), so the header and the page always agree.
#[derive(Clone, Debug)]
pub struct CspNonce(pub String);

/// Gives the page being rendered the request's nonce (called in the Leptos context, after
/// Leptos has provided its own).
pub fn provide_page_nonce() {
    use leptos::prelude::{provide_context, use_context};
    if let Some(n) =
        use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<CspNonce>().cloned())
    {
        provide_context(leptos::nonce::Nonce::from_value(n.0));
    }
}

/// Makes the request's nonce and adds the security headers to its response: the page
/// policy (with that nonce) on HTML, the resource policy on everything else.
pub async fn harden(State(state): State<AppState>, mut req: Request<Body>, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let nonce = super::passwords::random_token()[..32].to_string();
    req.extensions_mut().insert(CspNonce(nonce.clone()));
    let mut res = next.run(req).await;
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if html {
        if let Ok(v) = HeaderValue::from_str(&page_policy(&nonce, is_embed(&path))) {
            res.headers_mut().insert(header::CONTENT_SECURITY_POLICY, v);
        }
    }
    add_headers(
        res.headers_mut(),
        path.starts_with("/api/"),
        state.config.https,
    );
    res
}

/// The headers [`harden`] adds: a policy where the page set none, no MIME sniffing, no
/// referrer beyond the site, no framing (except the embed), HSTS over HTTPS, and no caching
/// of API answers, which carry an organisation's data.
pub fn add_headers(h: &mut HeaderMap, api: bool, https: bool) {
    let fixed = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
        (
            header::HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
    ];
    for (name, value) in fixed {
        h.insert(name, HeaderValue::from_static(value));
    }
    let embeddable = h
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("frame-ancestors *"));
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(RESOURCE_POLICY),
        );
    }
    if !embeddable {
        h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    if https {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    if api {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
}

/// Refuses a state-changing request that another site made the browser send: its `Origin`
/// names another host (or is opaque), or, without one, the browser says it is cross-site.
pub async fn same_origin(req: Request<Body>, next: Next) -> Response {
    let h = req.headers();
    let host = h
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .or_else(|| req.uri().authority().map(|a| a.as_str()));
    let text = |name: &header::HeaderName| h.get(name).and_then(|v| v.to_str().ok());
    let refused = is_cross_site(
        req.method(),
        text(&header::ORIGIN),
        text(&header::HeaderName::from_static("sec-fetch-site")),
        host,
    );
    if refused {
        tracing::warn!(
            path = %req.uri().path(),
            origin = ?text(&header::ORIGIN),
            "cross-site request refused"
        );
        let body = serde_json::to_string(&AppError::Forbidden).unwrap_or_default();
        return (
            StatusCode::FORBIDDEN,
            [(header::CONTENT_TYPE, "application/json")],
            body,
        )
            .into_response();
    }
    next.run(req).await
}

/// The CSRF decision: safe methods pass; others pass only from this site's own pages, or
/// from a client that is not a browser acting for another site (no `Origin`, no
/// `Sec-Fetch-Site: cross-site`).
pub fn is_cross_site(
    method: &Method,
    origin: Option<&str>,
    fetch_site: Option<&str>,
    host: Option<&str>,
) -> bool {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return false;
    }
    match (origin.and_then(|o| o.split_once("://")), host) {
        (Some((_, origin_host)), Some(host)) => {
            !origin_host.trim_end_matches('/').eq_ignore_ascii_case(host)
        }
        // an opaque ("null") or unreadable origin, or nothing to compare it with
        _ if origin.is_some() => true,
        _ => matches!(fetch_site, Some("cross-site" | "same-site")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cross_site_requests_are_told_apart() {
        let post = Method::POST;
        let host = Some("hankekartta.fi");
        let check = |origin, site| is_cross_site(&post, origin, site, host);
        assert!(!check(Some("https://hankekartta.fi"), Some("same-origin")));
        assert!(!check(Some("https://HANKEKARTTA.fi/"), None));
        assert!(check(Some("https://evil.example"), Some("cross-site")));
        assert!(check(Some("https://hankekartta.fi.evil.example"), None));
        assert!(check(Some("null"), None), "an opaque origin is refused");
        assert!(check(None, Some("cross-site")));
        assert!(
            check(None, Some("same-site")),
            "a sibling subdomain is another site"
        );
        assert!(
            !check(None, None),
            "a non-browser client (no Origin) passes"
        );
        assert!(
            is_cross_site(&post, Some("http://127.0.0.1:3000"), None, None),
            "no host to compare with: refused"
        );
        assert!(!is_cross_site(
            &Method::GET,
            Some("https://evil.example"),
            Some("cross-site"),
            host
        ));
    }

    #[test]
    fn only_the_map_is_embeddable() {
        assert!(is_embed("/portfolio/12/map"));
        assert!(is_embed("/portfolio/12/map/"));
        assert!(!is_embed("/portfolio/12/network"));
        assert!(!is_embed("/portfolio/x/map"));
        assert!(!is_embed("/portfolio/12/map/extra"));
        assert!(page_policy("abc", true).contains("frame-ancestors *"));
        assert!(page_policy("abc", false).contains("frame-ancestors 'none'"));
        assert!(page_policy("abc", false).contains("'nonce-abc'"));
        assert!(!page_policy("abc", false).contains("unsafe-inline"));
    }

    #[test]
    fn every_response_is_hardened() {
        let mut h = HeaderMap::new();
        add_headers(&mut h, true, true);
        assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(h[header::X_FRAME_OPTIONS], "DENY");
        assert_eq!(h[header::CACHE_CONTROL], "no-store");
        assert!(h.contains_key(header::STRICT_TRANSPORT_SECURITY));
        assert_eq!(h[header::CONTENT_SECURITY_POLICY], RESOURCE_POLICY);
        let mut page = HeaderMap::new();
        page.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(&page_policy("n", true)).unwrap(),
        );
        add_headers(&mut page, false, false);
        assert!(
            !page.contains_key(header::X_FRAME_OPTIONS),
            "the embed frames"
        );
        assert!(!page.contains_key(header::STRICT_TRANSPORT_SECURITY));
        assert!(page[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .contains("'nonce-n'"));
    }
}
