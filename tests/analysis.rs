//! The analysis of the demo portfolio finds what was planted in it, through the server
//! function, on SQLite and PostgreSQL.

#[macro_use]
mod common;

use axum::http::StatusCode;
use common::TestApp;
use serde_json::Value;

on_both_backends!(the_demo_analysis_finds_the_planted_findings);

async fn id_of(app: &TestApp, table: &str, name: &str) -> i64 {
    app.scalar(&format!("SELECT id FROM {table} WHERE name = '{name}'"))
        .await
}

async fn the_demo_analysis_finds_the_planted_findings(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    let (status, view) = app.call("get_analysis", &[("portfolio_id", &pid)]).await;
    let report = &view["report"];
    assert_eq!(status, StatusCode::OK, "{view}");

    let verstas = id_of(&app, "projects", "Nuorten työpaja Verstas").await;
    let polku = id_of(&app, "projects", "Polku töihin").await;
    let plan = id_of(&app, "projects", "Asemanseudun kehittämissuunnitelma").await;
    let build = id_of(&app, "projects", "Asemanseutu 2030 – toteutusvaihe").await;
    let pair = |f: &Value, x: i64, y: i64| {
        let (a, b) = (f["a"].as_i64().unwrap(), f["b"].as_i64().unwrap());
        (a, b) == (x.min(y), x.max(y))
    };

    let overlaps = report["overlaps"].as_array().unwrap();
    let top = &overlaps[0];
    assert!(
        pair(top, verstas, polku),
        "the youth-employment duplicates rank first: {top}"
    );
    assert!(top["shared_actors"].as_array().unwrap().len() >= 2);
    assert!(top["text_similarity"].as_f64().unwrap() > 0.05);
    assert!(
        !overlaps.iter().any(|f| pair(f, plan, build)),
        "a successor is no overlap"
    );
    let links = report["links"].as_array().unwrap();
    let station = links
        .iter()
        .find(|f| pair(f, plan, build))
        .expect("still a connection");
    assert_eq!(station["sequential"], true);

    let neglected = id_of(&app, "themes", "Kansainvälisyys ja kotoutuminen").await;
    let themes = report["themes"]["themes"].as_array().unwrap();
    let t = themes.iter().find(|t| t["theme"] == neglected).unwrap();
    assert_eq!(t["attention"], "neglected");
    assert_eq!(
        themes
            .iter()
            .filter(|t| t["attention"] == "neglected")
            .count(),
        1
    );

    let opportunities = report["opportunities"].as_array().unwrap();
    assert!(!opportunities.is_empty());
    let puutalo = id_of(&app, "actors", "Puutalo Lahtinen Oy").await;
    let tutkimus = id_of(&app, "actors", "Sisämaan tutkimuskeskus").await;
    let rank = opportunities
        .iter()
        .position(|o| o["a"] == puutalo.min(tutkimus) && o["b"] == puutalo.max(tutkimus));
    let top: Vec<String> = opportunities
        .iter()
        .take(12)
        .map(|o| format!("{}-{} {}", o["a"], o["b"], o["score"]))
        .collect();
    assert!(
        rank.is_some_and(|r| r < 10),
        "both work on climate and circular economy but never together, so the pair is among \
         the ten the situation page shows: rank {rank:?}, top {top:?}"
    );

    let brokers = report["actors"].as_array().unwrap();
    let city = id_of(&app, "actors", "Vaaralahden kaupunki").await;
    assert_eq!(
        brokers[0]["actor"], city,
        "the town connects most of the portfolio"
    );
    assert!(!report["clusters"].as_array().unwrap().is_empty());
}
