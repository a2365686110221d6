//! Server functions against a real database, on SQLite and on PostgreSQL.

#[macro_use]
mod common;

use axum::http::StatusCode;
use common::TestApp;
use serde_json::json;

on_both_backends!(
    lists_the_demo_portfolio,
    creates_a_project_and_records_the_change,
    invalid_input_is_refused_and_nothing_is_written,
    updates_a_project_and_records_before_and_after,
    unknown_ids_are_not_found,
);

async fn lists_the_demo_portfolio(app: TestApp) {
    let (status, list) = app.call("list_portfolios", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(
        list[0]["portfolio"]["name"],
        "Vaaralahden kehittämishankkeet"
    );
    assert_eq!(list[0]["project_count"], 76);
    let id = app.demo_portfolio().await.to_string();
    let (status, view) = app.call("get_portfolio", &[("portfolio_id", &id)]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(view["themes"].as_array().unwrap().len(), 12);
    let verstas = view["projects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Nuorten työpaja Verstas")
        .expect("demo project");
    assert_eq!(verstas["budget_cents"], 64_000_000);
    assert_eq!(verstas["actors"][0]["role"], "lead");
    assert_eq!(verstas["actors"][0]["actor_name"], "Vaaralahden kaupunki");
    assert_eq!(verstas["themes"].as_array().unwrap().len(), 2);
}

async fn creates_a_project_and_records_the_change(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    let revision = app.scalar("SELECT revision FROM portfolios").await;
    let (status, id) = app
        .call(
            "create_project",
            &[
                ("portfolio_id", &pid),
                ("input[name]", "Senioreiden digiklinikka"),
                ("input[status]", "planned"),
                ("input[start_date]", "1.9.2025"),
                ("input[budget]", "85 000,50"),
                ("input[funding]", "Vaaralahden kaupunki; Leader"),
                ("input[contact_email]", "kaisa.makinen@vaaralahti.example"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{id}");
    let id = id.as_i64().expect("the new project's ID");
    let (_, project) = app
        .call(
            "get_project",
            &[("portfolio_id", &pid), ("project_id", &id.to_string())],
        )
        .await;
    assert_eq!(project["name"], "Senioreiden digiklinikka");
    assert_eq!(project["start_date"], "2025-09-01");
    assert_eq!(project["budget_cents"], 8_500_050);
    assert_eq!(
        project["funding"],
        json!(["Vaaralahden kaupunki", "Leader"])
    );
    assert_eq!(
        app.scalar("SELECT revision FROM portfolios").await,
        revision + 1
    );
    let (entity, op, who): (String, String, String) = sqlx::query_as(
        "SELECT entity, op, who FROM changes WHERE revision = (SELECT MAX(revision) FROM changes)",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(
        (entity.as_str(), op.as_str(), who.as_str()),
        ("project", "create", "Anna Virtanen")
    );
}

async fn invalid_input_is_refused_and_nothing_is_written(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    let projects = app.scalar("SELECT COUNT(*) FROM projects").await;
    let changes = app.scalar("SELECT COUNT(*) FROM changes").await;
    let (status, err) = app
        .call(
            "create_project",
            &[
                ("portfolio_id", &pid),
                ("input[name]", "   "),
                ("input[start_date]", "2026-05-01"),
                ("input[end_date]", "1.1.2026"),
                ("input[budget]", "paljon"),
                ("input[website]", "javascript:alert(1)"),
            ],
        )
        .await;
    assert!(
        status.is_server_error() || status.is_client_error(),
        "{status}"
    );
    assert_eq!(
        err,
        json!({"Validation": [
            {"field": "name", "problem": "required"},
            {"field": "end_date", "problem": "end_before_start"},
            {"field": "budget", "problem": "invalid_amount"},
            {"field": "website", "problem": "invalid_url"},
        ]})
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM projects").await, projects);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM changes").await, changes);
}

async fn updates_a_project_and_records_before_and_after(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    let id = app
        .scalar("SELECT id FROM projects WHERE name = 'Kylien etätyötilat'")
        .await;
    let (status, body) = app
        .call(
            "update_project",
            &[
                ("portfolio_id", &pid),
                ("project_id", &id.to_string()),
                ("input[name]", "Kylien etätyötilat"),
                ("input[status]", "ended"),
                ("input[budget]", "105 000"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (before, after): (String, String) = sqlx::query_as(
        "SELECT before_json, after_json FROM changes WHERE op = 'update' AND entity = 'project'",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let before: serde_json::Value = serde_json::from_str(&before).unwrap();
    let after: serde_json::Value = serde_json::from_str(&after).unwrap();
    assert_eq!(
        (before["status"].as_str(), after["status"].as_str()),
        (Some("active"), Some("ended"))
    );
    assert_eq!(
        (
            before["budget_cents"].as_i64(),
            after["budget_cents"].as_i64()
        ),
        (Some(9_500_000), Some(10_500_000))
    );
    let (status, _) = app
        .call(
            "update_project",
            &[
                ("portfolio_id", &pid),
                ("project_id", &id.to_string()),
                ("input[name]", ""),
            ],
        )
        .await;
    assert_ne!(status, StatusCode::OK);
    let name: (String,) = sqlx::query_as(&format!("SELECT name FROM projects WHERE id = {id}"))
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(
        name.0, "Kylien etätyötilat",
        "a refused edit changes nothing"
    );
}

async fn unknown_ids_are_not_found(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    for (f, args) in [
        ("get_portfolio", vec![("portfolio_id", "987654")]),
        (
            "get_project",
            vec![("portfolio_id", pid.as_str()), ("project_id", "987654")],
        ),
        (
            "update_project",
            vec![
                ("portfolio_id", pid.as_str()),
                ("project_id", "987654"),
                ("input[name]", "X"),
            ],
        ),
        (
            "create_project",
            vec![("portfolio_id", "987654"), ("input[name]", "X")],
        ),
    ] {
        let (status, err) = app.call(f, &args).await;
        assert_ne!(status, StatusCode::OK, "{f}");
        assert_eq!(err, json!("NotFound"), "{f}");
    }
    let (status, err) = app
        .call("get_portfolio", &[("portfolio_id", "not-a-number")])
        .await;
    assert_ne!(status, StatusCode::OK);
    assert!(
        err.get("Request").is_some(),
        "a malformed request is reported as such: {err}"
    );
}
