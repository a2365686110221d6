//! The network view's server functions: the snapshot the browser lays out, and the shared map
//! of saved positions, on SQLite and PostgreSQL.

#[macro_use]
mod common;

use axum::http::StatusCode;
use common::TestApp;
use serde_json::{json, Value};

on_both_backends!(
    the_network_has_the_portfolio_and_its_clusters,
    positions_are_saved_shared_and_validated,
);

async fn network(app: &TestApp, pid: &str) -> Value {
    let (status, net) = app.call("get_network", &[("portfolio_id", pid)]).await;
    assert_eq!(status, StatusCode::OK, "{net}");
    net
}

async fn the_network_has_the_portfolio_and_its_clusters(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    let net = network(&app, &pid).await;
    let projects = net["input"]["projects"].as_array().unwrap();
    let count = app.scalar("SELECT COUNT(*) FROM projects").await;
    assert_eq!(projects.len() as i64, count);
    assert!(
        projects.iter().all(|p| p["text"] == ""),
        "descriptions stay on the server"
    );
    assert_eq!(net["input"]["themes"].as_array().unwrap().len(), 12);
    assert_eq!(net["title"], "Vaaralahden kehittämishankkeet");
    let clusters = net["clusters"].as_array().unwrap();
    assert!(
        clusters.len() > 10,
        "projects and actors have clusters: {clusters:?}"
    );
    assert!(clusters
        .iter()
        .all(|c| c[0].as_str().unwrap().starts_with(['p', 'a'])));
    assert_eq!(net["positions"], json!([]));
}

async fn positions_are_saved_shared_and_validated(app: TestApp) {
    let pid = app.demo_portfolio().await;
    let revision = app.scalar("SELECT revision FROM portfolios").await;
    let first = json!({ "portfolio_id": pid, "positions": [
        { "key": "p1", "x": 1.5, "y": -2.25, "pinned": true },
        { "key": "a3", "x": 10.0, "y": 0.0, "pinned": false },
    ]});
    let (status, body) = app.call_json("save_positions", &first).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let moved = json!({ "portfolio_id": pid, "positions": [
        { "key": "p1", "x": 4.0, "y": 5.0, "pinned": false },
    ]});
    let (status, _) = app.call_json("save_positions", &moved).await;
    assert_eq!(status, StatusCode::OK);
    let net = network(&app, &pid.to_string()).await;
    assert_eq!(
        net["positions"],
        json!([
            { "key": "a3", "x": 10.0, "y": 0.0, "pinned": false },
            { "key": "p1", "x": 4.0, "y": 5.0, "pinned": false },
        ])
    );
    assert_eq!(
        app.scalar("SELECT revision FROM portfolios").await,
        revision + 2
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM changes WHERE entity = 'layout'")
            .await,
        2
    );

    // Out of range, junk keys, nothing: refused or ignored, nothing half-written.
    let far = json!({ "portfolio_id": pid, "positions": [
        { "key": "p2", "x": 1.0, "y": 2.0, "pinned": false },
        { "key": "p1", "x": 1.0e9, "y": 0.0, "pinned": false },
    ]});
    let (status, body) = app.call_json("save_positions", &far).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.to_string().contains("out_of_range"), "{body}");
    let junk = json!({ "portfolio_id": pid, "positions": [{ "key": "x1", "x": 1.0, "y": 2.0, "pinned": false }]});
    let (status, body) = app.call_json("save_positions", &junk).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        body.get("Request").is_some(),
        "refused before the server function: {body}"
    );
    let (status, _) = app
        .call_json(
            "save_positions",
            &json!({ "portfolio_id": pid, "positions": [] }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM node_positions").await, 2);
    assert_eq!(
        app.scalar("SELECT revision FROM portfolios").await,
        revision + 2
    );
}
