//! The action plan and acting on findings, on SQLite and PostgreSQL.

#[macro_use]
mod common;

use axum::http::StatusCode;
use common::TestApp;
use serde_json::{json, Value};

on_both_backends!(
    an_overlap_becomes_an_action_and_can_be_dismissed,
    actions_are_added_validated_and_updated,
    an_action_is_linked_to_projects_and_actors_by_hand,
    a_project_pair_that_could_cooperate_becomes_an_action_or_is_dismissed,
);

async fn project(app: &TestApp, name: &str) -> String {
    app.scalar(&format!("SELECT id FROM projects WHERE name = '{name}'"))
        .await
        .to_string()
}

async fn overlaps(app: &TestApp, pid: &str) -> Vec<Value> {
    let (status, view) = app.call("get_analysis", &[("portfolio_id", pid)]).await;
    assert_eq!(status, StatusCode::OK, "{view}");
    view["report"]["overlaps"].as_array().unwrap().clone()
}

async fn an_overlap_becomes_an_action_and_can_be_dismissed(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    let (a, b) = (
        project(&app, "Nuorten työpaja Verstas").await,
        project(&app, "Polku töihin").await,
    );
    let (status, id) = app
        .call(
            "act_on_finding",
            &[
                ("portfolio_id", &pid),
                ("kind", "overlap"),
                ("a", &a),
                ("b", &b),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{id}");
    let (_, actions) = app.call("list_actions", &[("portfolio_id", &pid)]).await;
    let action = &actions[0];
    assert_eq!(action["id"], id);
    assert_eq!(
        action["title"],
        "Selvitetään päällekkäisyys: Nuorten työpaja Verstas ja Polku töihin"
    );
    assert_eq!(action["status"], "open");
    assert_eq!(action["projects"].as_array().unwrap().len(), 2);

    let before = overlaps(&app, &pid).await.len();
    let (status, body) = app
        .call(
            "dismiss_finding",
            &[
                ("portfolio_id", &pid),
                ("kind", "overlap"),
                ("a", &b),
                ("b", &a),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let after = overlaps(&app, &pid).await;
    assert_eq!(
        after.len(),
        before - 1,
        "the dismissed pair is no longer an overlap"
    );
    // Dismissing twice is harmless.
    let (status, _) = app
        .call(
            "dismiss_finding",
            &[
                ("portfolio_id", &pid),
                ("kind", "overlap"),
                ("a", &a),
                ("b", &b),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    // An opportunity between two actors becomes an action linked to both.
    let x = app
        .scalar("SELECT id FROM actors WHERE name = 'Puutalo Lahtinen Oy'")
        .await
        .to_string();
    let y = app
        .scalar("SELECT id FROM actors WHERE name = 'Sisämaan tutkimuskeskus'")
        .await
        .to_string();
    let (status, _) = app
        .call(
            "act_on_finding",
            &[
                ("portfolio_id", &pid),
                ("kind", "opportunity"),
                ("a", &x),
                ("b", &y),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, actions) = app.call("list_actions", &[("portfolio_id", &pid)]).await;
    assert!(actions
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["actors"].as_array().unwrap().len() == 2));
    // A finding that names nothing real is refused.
    let (status, err) = app
        .call(
            "act_on_finding",
            &[
                ("portfolio_id", &pid),
                ("kind", "overlap"),
                ("a", &a),
                ("b", "999999"),
            ],
        )
        .await;
    assert_ne!(status, StatusCode::OK);
    assert_eq!(err, json!("NotFound"));
}

async fn actions_are_added_validated_and_updated(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    let (status, err) = app
        .call(
            "create_action",
            &[
                ("portfolio_id", &pid),
                ("input[title]", " "),
                ("input[due_date]", "huomenna"),
            ],
        )
        .await;
    assert_ne!(status, StatusCode::OK);
    assert_eq!(
        err,
        json!({"Validation": [
            {"field": "title", "problem": "required"},
            {"field": "due_date", "problem": "invalid_date"},
        ]})
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM actions").await,
        0,
        "nothing saved"
    );
    let (status, id) = app
        .call(
            "create_action",
            &[
                ("portfolio_id", &pid),
                ("input[title]", "Kootaan nuorten palveluiden verkosto"),
                ("input[owner]", "Anna Virtanen"),
                ("input[due_date]", "30.4.2026"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{id}");
    let id = id.to_string();
    let (status, _) = app
        .call(
            "set_action_status",
            &[
                ("portfolio_id", &pid),
                ("action_id", &id),
                ("status", "done"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, actions) = app.call("list_actions", &[("portfolio_id", &pid)]).await;
    assert_eq!(actions[0]["status"], "done");
    assert_eq!(actions[0]["due_date"], "2026-04-30");

    // Editing: a new owner and due date, links and the change entry kept.
    let changes = app.scalar("SELECT COUNT(*) FROM changes").await;
    let (status, body) = app
        .call(
            "update_action",
            &[
                ("portfolio_id", &pid),
                ("action_id", &id),
                ("input[title]", "Kootaan nuorten palveluiden verkosto"),
                ("input[owner]", "Mikko Laine"),
                ("input[due_date]", "15.6.2026"),
                ("input[status]", "in_progress"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (_, actions) = app.call("list_actions", &[("portfolio_id", &pid)]).await;
    let edited = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"].as_i64().map(|x| x.to_string()).as_deref() == Some(id.as_str()))
        .unwrap();
    assert_eq!(edited["owner"], "Mikko Laine");
    assert_eq!(edited["due_date"], "2026-06-15");
    assert_eq!(edited["status"], "in_progress");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM changes").await,
        changes + 1
    );
    let before: String = sqlx::query_scalar(
        "SELECT before_json FROM changes WHERE entity = 'action' ORDER BY id DESC LIMIT 1",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert!(before.contains("Anna Virtanen"), "{before}");
    // A refused edit writes nothing.
    let (status, body) = app
        .call(
            "update_action",
            &[
                ("portfolio_id", &pid),
                ("action_id", &id),
                ("input[title]", ""),
                ("input[due_date]", "huomenna"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM changes").await,
        changes + 1
    );
    let (status, _) = app
        .call(
            "set_action_status",
            &[
                ("portfolio_id", &pid),
                ("action_id", &id),
                ("status", "lost"),
            ],
        )
        .await;
    assert_ne!(status, StatusCode::OK, "unknown status");
}

async fn an_action_is_linked_to_projects_and_actors_by_hand(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    let (status, id) = app
        .call(
            "create_action",
            &[
                ("portfolio_id", &pid),
                ("input[title]", "Yhteinen rekrytointitapahtuma"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{id}");
    let id = id.as_i64().unwrap().to_string();
    let verstas = project(&app, "Nuorten työpaja Verstas").await;
    let polku = project(&app, "Polku töihin").await;
    let yrittajat = app
        .scalar("SELECT id FROM actors WHERE name = 'Vaaralahden Yrittäjät ry'")
        .await
        .to_string();
    let (kv, kp, ka) = (
        format!("projects[{verstas}]"),
        format!("projects[{polku}]"),
        format!("actors[{yrittajat}]"),
    );
    let (status, _) = app
        .call(
            "set_action_links",
            &[
                ("portfolio_id", &pid),
                ("action_id", &id),
                (&kv, "on"),
                (&kp, "on"),
                (&ka, "on"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, list) = app.call("list_actions", &[("portfolio_id", &pid)]).await;
    let action = list
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"].as_i64() == id.parse::<i64>().ok())
        .unwrap()
        .clone();
    assert_eq!(action["projects"].as_array().unwrap().len(), 2);
    assert_eq!(action["actors"][0][1], "Vaaralahden Yrittäjät ry");

    // Undo takes the links back; an unknown project is refused and nothing changes.
    assert_eq!(
        app.call("undo_last", &[("portfolio_id", &pid)]).await.0,
        StatusCode::OK
    );
    let (_, list) = app.call("list_actions", &[("portfolio_id", &pid)]).await;
    let action = list
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"].as_i64() == id.parse::<i64>().ok())
        .unwrap()
        .clone();
    assert!(action["projects"].as_array().unwrap().is_empty());
    let (status, _) = app
        .call(
            "set_action_links",
            &[
                ("portfolio_id", &pid),
                ("action_id", &id),
                ("projects[999999]", "on"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

async fn project_opportunities(app: &TestApp, pid: &str) -> Vec<(String, String)> {
    let (status, view) = app.call("get_analysis", &[("portfolio_id", pid)]).await;
    assert_eq!(status, StatusCode::OK, "{view}");
    view["report"]["project_opportunities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["a"].to_string(), f["b"].to_string()))
        .collect()
}

async fn a_project_pair_that_could_cooperate_becomes_an_action_or_is_dismissed(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    let found = project_opportunities(&app, &pid).await;
    assert!(
        found.len() >= 2,
        "the demo has project pairs that could cooperate"
    );
    let (a, b) = found[0].clone();
    let call = |name: &'static str, a: String, b: String| {
        let pid = pid.clone();
        let app = &app;
        async move {
            app.call(
                name,
                &[
                    ("portfolio_id", &pid),
                    ("kind", "cooperation"),
                    ("a", &a),
                    ("b", &b),
                ],
            )
            .await
        }
    };
    let (status, id) = call("act_on_finding", a.clone(), b.clone()).await;
    assert_eq!(status, StatusCode::OK, "{id}");
    let (_, actions) = app.call("list_actions", &[("portfolio_id", &pid)]).await;
    let action = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == id)
        .unwrap();
    assert!(action["title"]
        .as_str()
        .unwrap()
        .starts_with("Sovitaan yhteistyöstä: "));
    let linked: Vec<String> = action["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p[0].to_string())
        .collect();
    assert!(linked.contains(&a) && linked.contains(&b), "{action}");

    // Dismissed, the pair leaves the list (either order names it); undo brings it back.
    let (status, body) = call("dismiss_finding", b.clone(), a.clone()).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let after = project_opportunities(&app, &pid).await;
    assert!(!after.contains(&(a.clone(), b.clone())));
    assert_eq!(after.len(), found.len() - 1);
    let (status, _) = app.call("undo_last", &[("portfolio_id", &pid)]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(project_opportunities(&app, &pid).await, found);

    // A cooperation names projects of this portfolio: actor IDs or unknown IDs are refused.
    let (status, err) = call("dismiss_finding", a.clone(), "999999".into()).await;
    assert_ne!(status, StatusCode::OK);
    assert_eq!(err, json!("NotFound"));
}
