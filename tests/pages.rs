//! Server-rendered pages: complete HTML without JavaScript, the right language and status.

#[macro_use]
mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::TestApp;

on_both_backends!(
    pages_render_on_the_server,
    language_follows_cookie_then_browser,
    unknown_pages_are_404,
    the_situational_picture_shows_the_findings
);

async fn pages_render_on_the_server(app: TestApp) {
    let (status, _, html) = app.get("/", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<html lang=\"fi\""), "Finnish by default");
    assert!(html.contains("Vaaralahden kehittämishankkeet"));
    let id = app.demo_portfolio().await;
    let (status, _, html) = app.get(&format!("/portfolio/{id}"), &[]).await;
    assert_eq!(status, StatusCode::OK);
    for text in [
        "Nuorten työpaja Verstas",
        "Polku töihin",
        "640\u{a0}000\u{a0}€",
        "Käynnissä",
        "Budjetti",
    ] {
        assert!(html.contains(text), "missing {text}");
    }
    let (status, _, html) = app.get(&format!("/portfolio/{id}/projects/new"), &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("name=\"input[name]\"") && html.contains("Hankkeen nimi"));
}

async fn the_situational_picture_shows_the_findings(app: TestApp) {
    let id = app.demo_portfolio().await;
    let (status, _, html) = app.get(&format!("/portfolio/{id}/situation"), &[]).await;
    assert_eq!(status, StatusCode::OK);
    let overlaps = html
        .find("Mahdolliset päällekkäisyydet")
        .expect("overlaps section");
    let pair = html
        .find("Nuorten työpaja Verstas ja Polku töihin")
        .expect("the planted overlap");
    assert!(pair > overlaps);
    assert!(html.contains("Kansainvälisyys ja kotoutuminen"));
    assert!(html.contains("Katveessa: ei käynnissä olevia eikä suunniteltuja hankkeita"));
    assert!(html.contains("Yhteistyömahdollisuudet") && html.contains("Ryhmittymät"));
    assert!(html.contains("Hankkeet ajan mittaan") && html.contains("<th scope=\"row\">2025</th>"));
    let (_, _, en) = app
        .get(
            &format!("/portfolio/{id}/situation"),
            &[("cookie", "hk_lang=en")],
        )
        .await;
    assert!(
        en.contains("Possible overlaps") && en.contains("Nuorten työpaja Verstas and Polku töihin")
    );
}

async fn language_follows_cookie_then_browser(app: TestApp) {
    let (_, _, html) = app
        .get("/", &[("accept-language", "en-GB,en;q=0.9,fi;q=0.8")])
        .await;
    assert!(html.contains("<html lang=\"en\"") && html.contains("Portfolios"));
    let (_, _, html) = app
        .get("/", &[("accept-language", "en"), ("cookie", "hk_lang=fi")])
        .await;
    assert!(html.contains("<html lang=\"fi\"") && html.contains("Portfoliot"));

    let req = Request::post("/lang")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("lang=en&next=%2Fportfolio%2F1"))
        .unwrap();
    let (status, headers, _) = app.send(req).await;
    assert!(status.is_redirection());
    assert_eq!(headers[header::LOCATION], "/portfolio/1");
    let cookie = headers[header::SET_COOKIE].to_str().unwrap();
    assert!(
        cookie.starts_with("hk_lang=en;") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );

    let req = Request::post("/lang")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("lang=en&next=https%3A%2F%2Fevil.example%2F"))
        .unwrap();
    let (_, headers, _) = app.send(req).await;
    assert_eq!(headers[header::LOCATION], "/", "no open redirect");
}

async fn unknown_pages_are_404(app: TestApp) {
    for path in [
        "/ei-ole",
        "/portfolio/424242",
        "/portfolio/x",
        "/portfolio/1/projects/424242/edit",
    ] {
        let (status, _, html) = app.get(path, &[]).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(
            html.contains("Sivua ei löytynyt") || html.contains("Tietoa ei löytynyt"),
            "{path}"
        );
    }
}
