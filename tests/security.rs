//! Security headers on every response and the same-origin (CSRF) check, on SQLite and
//! PostgreSQL alike.

#[macro_use]
mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::TestApp;

on_both_backends!(
    pages_carry_a_nonce_policy_that_matches_their_scripts,
    every_response_is_hardened,
    cross_site_posts_are_refused,
);

async fn pages_carry_a_nonce_policy_that_matches_their_scripts(app: TestApp) {
    let (status, headers, html) = app.get("/", &[]).await;
    assert_eq!(status, StatusCode::OK);
    let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce in the policy");
    assert!(nonce.len() >= 16, "{nonce}");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    let scripts = html.matches("<script").count();
    assert!(scripts > 0);
    assert_eq!(
        html.matches(&format!("nonce=\"{nonce}\"")).count(),
        scripts,
        "every inline script carries the nonce: {html}"
    );
    let (_, again, _) = app.get("/", &[]).await;
    assert_ne!(
        again[header::CONTENT_SECURITY_POLICY],
        headers[header::CONTENT_SECURITY_POLICY],
        "a new nonce for every render"
    );

    let pid = app.demo_portfolio().await;
    let (status, headers, _) = app.get(&format!("/portfolio/{pid}/map"), &[]).await;
    assert_eq!(status, StatusCode::OK);
    let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(
        csp.contains("frame-ancestors *"),
        "the map is embeddable: {csp}"
    );
    assert!(!headers.contains_key(header::X_FRAME_OPTIONS));
}

async fn every_response_is_hardened(app: TestApp) {
    let pid = app.demo_portfolio().await;
    for path in [
        "/".to_string(),
        format!("/portfolio/{pid}/network"),
        "/no/such/page".to_string(),
        format!("/portfolio/{pid}/export/projects.csv"),
    ] {
        let (_, headers, _) = app.get(&path, &[]).await;
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{path}");
        assert_eq!(headers[header::X_FRAME_OPTIONS], "DENY", "{path}");
        assert_eq!(headers[header::REFERRER_POLICY], "same-origin", "{path}");
        assert!(
            headers.contains_key(header::CONTENT_SECURITY_POLICY),
            "{path}"
        );
        assert!(
            !headers.contains_key(header::STRICT_TRANSPORT_SECURITY),
            "no HSTS over plain HTTP: {path}"
        );
    }
    let req = Request::post("/api/list_portfolios")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::empty())
        .unwrap();
    let (status, headers, _) = app.send(req).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    assert_eq!(
        headers[header::CONTENT_SECURITY_POLICY],
        "default-src 'none'; frame-ancestors 'none'; sandbox"
    );
}

async fn cross_site_posts_are_refused(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    let projects = app.scalar("SELECT COUNT(*) FROM projects").await;
    let post = |origin: Option<&str>, site: Option<&str>| {
        let mut req = Request::post("/api/create_project")
            .header(header::HOST, "hankekartta.example")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json");
        if let Some(o) = origin {
            req = req.header(header::ORIGIN, o);
        }
        if let Some(s) = site {
            req = req.header("sec-fetch-site", s);
        }
        let body = format!("portfolio_id={pid}&input[name]=Hyökkääjän+hanke");
        req.body(Body::from(body)).unwrap()
    };
    for (origin, site) in [
        (Some("https://evil.example"), Some("cross-site")),
        (Some("null"), None),
        (None, Some("cross-site")),
    ] {
        let (status, _, body) = app.send(post(origin, site)).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{origin:?} {site:?}");
        assert_eq!(body, "\"Forbidden\"");
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM projects").await, projects);
    // the language switcher is a form post too
    let req = Request::post("/lang")
        .header(header::HOST, "hankekartta.example")
        .header(header::ORIGIN, "https://evil.example")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("lang=en&next=/"))
        .unwrap();
    assert_eq!(app.send(req).await.0, StatusCode::FORBIDDEN);
    // the site's own pages post with their own origin
    let (status, _, body) = app
        .send(post(
            Some("http://hankekartta.example"),
            Some("same-origin"),
        ))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM projects").await,
        projects + 1
    );
}
