//! Editing a portfolio through the server functions — actors, themes, links, relations,
//! deletion, merging — and the history and undo built on the write path's change entries.
//! On SQLite and on PostgreSQL.

#[macro_use]
mod common;

use axum::http::StatusCode;
use common::TestApp;
use serde_json::json;

on_both_backends!(
    actors_are_created_edited_and_refused_with_field_errors,
    links_themes_and_relations_are_edited_on_the_project,
    deleting_a_project_is_undone_with_all_its_links,
    merging_actors_keeps_every_link_and_can_be_undone,
    themes_are_renamed_deleted_and_restored,
    the_history_lists_changes_and_undo_walks_back,
    portfolios_are_renamed_scoped_and_archived,
);

async fn id_of(app: &TestApp, table: &str, name: &str) -> String {
    app.scalar(&format!("SELECT id FROM {table} WHERE name = '{name}'"))
        .await
        .to_string()
}

async fn actors_are_created_edited_and_refused_with_field_errors(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    let (status, body) = app
        .call(
            "create_actor",
            &[
                ("portfolio_id", &pid),
                ("input[name]", ""),
                ("input[kind]", "alien"),
                ("input[business_id]", "1234567-8"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<&str> = body["Validation"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["actor_name", "kind", "business_id"]);

    let (status, id) = app
        .call(
            "create_actor",
            &[
                ("portfolio_id", &pid),
                ("input[name]", "Hämeen ammattikorkeakoulu"),
                ("input[kind]", "education"),
                ("input[business_id]", "1029558-6"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{id}");
    let id = id.as_i64().unwrap().to_string();
    // The same Y-tunnus twice is a field problem, not a crash.
    let (status, body) = app
        .call(
            "create_actor",
            &[
                ("portfolio_id", &pid),
                ("input[name]", "HAMK"),
                ("input[kind]", "education"),
                ("input[business_id]", "1029558-6"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["Validation"][0]["problem"], "duplicate");

    let (status, _) = app
        .call(
            "update_actor",
            &[
                ("portfolio_id", &pid),
                ("actor_id", &id),
                ("input[name]", "HAMK"),
                ("input[kind]", "research"),
                ("input[business_id]", ""),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, page) = app
        .call("get_actor", &[("portfolio_id", &pid), ("actor_id", &id)])
        .await;
    assert_eq!(page["detail"]["actor"]["name"], "HAMK");
    assert_eq!(page["detail"]["actor"]["kind"], "research");
    assert_eq!(page["detail"]["actor"]["business_id"], json!(null));
    let (_, list) = app.call("list_actors", &[("portfolio_id", &pid)]).await;
    assert!(list
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["actor"]["name"] == "HAMK"));
}

async fn links_themes_and_relations_are_edited_on_the_project(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    let verstas = id_of(&app, "projects", "Nuorten työpaja Verstas").await;
    let polku = id_of(&app, "projects", "Polku töihin").await;
    let puutalo = id_of(&app, "actors", "Puutalo Lahtinen Oy").await;
    let matkailu = id_of(&app, "themes", "Matkailu").await;
    let asuminen = id_of(&app, "themes", "Asuminen").await;
    let base = [
        ("portfolio_id", pid.as_str()),
        ("project_id", verstas.as_str()),
    ];
    let with = |extra: &[(&'static str, &str)]| {
        let mut v: Vec<(&str, String)> = base.iter().map(|(k, v)| (*k, v.to_string())).collect();
        v.extend(extra.iter().map(|(k, v)| (*k, v.to_string())));
        v
    };
    let call = |name: &'static str, args: Vec<(&'static str, String)>| {
        let app = &app;
        async move {
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.call(name, &args).await
        }
    };

    let (status, body) = call("link_actor", with(&[("actor_id", ""), ("role", "partner")])).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body["Validation"][0],
        json!({ "field": "actor", "problem": "required" })
    );
    let (status, _) = call(
        "link_actor",
        with(&[("actor_id", &puutalo), ("role", "funder")]),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = call(
        "link_actor",
        with(&[("actor_id", &puutalo), ("role", "funder")]),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "twice: {body}");

    let t1 = format!("themes[{matkailu}]");
    let t2 = format!("themes[{asuminen}]");
    let args = with(&[
        (Box::leak(t1.into_boxed_str()), "on"),
        (Box::leak(t2.into_boxed_str()), "on"),
    ]);
    let (status, body) = call("set_project_themes", args).await;
    assert_eq!(status, StatusCode::OK, "{body}");

    let (status, _) = call(
        "relate_projects",
        with(&[("other", &polku), ("kind", "overlaps")]),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = call(
        "relate_projects",
        with(&[("other", &verstas), ("kind", "related")]),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "not with itself");

    let (_, d) = call("get_project_detail", with(&[])).await;
    let themes: Vec<&str> = d["project"]["themes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(themes, ["Asuminen", "Matkailu"]);
    assert!(d["project"]["actors"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["actor_name"] == "Puutalo Lahtinen Oy" && a["role"] == "funder"));
    let rel = &d["relations"][0];
    assert_eq!(
        (rel["other_name"].as_str(), rel["kind"].as_str()),
        (Some("Polku töihin"), Some("overlaps"))
    );
    assert!(d["history"].as_array().unwrap().len() >= 3);

    // Unlink, unrelate, and no themes at all (no checkbox sent).
    let (status, _) = call(
        "unlink_actor",
        with(&[("actor_id", &puutalo), ("role", "funder")]),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let rid = rel["id"].as_i64().unwrap().to_string();
    let (status, _) = call("unrelate_projects", with(&[("relation_id", &rid)])).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = call("set_project_themes", with(&[])).await;
    assert_eq!(status, StatusCode::OK);
    let (_, d) = call("get_project_detail", with(&[])).await;
    assert!(d["project"]["themes"].as_array().unwrap().is_empty());
    assert!(d["relations"].as_array().unwrap().is_empty());
    assert!(!d["project"]["actors"].to_string().contains("Puutalo"));
}

async fn deleting_a_project_is_undone_with_all_its_links(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    let verstas = id_of(&app, "projects", "Nuorten työpaja Verstas").await;
    let (_, before) = app
        .call(
            "get_project_detail",
            &[("portfolio_id", &pid), ("project_id", &verstas)],
        )
        .await;
    let links = app.scalar("SELECT COUNT(*) FROM project_actors").await;
    let (status, _) = app
        .call(
            "delete_project",
            &[("portfolio_id", &pid), ("project_id", &verstas)],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = app
        .call(
            "get_project",
            &[("portfolio_id", &pid), ("project_id", &verstas)],
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(
        app.scalar("SELECT COUNT(*) FROM project_actors").await < links,
        "links go too"
    );

    let (status, _) = app.call("undo_last", &[("portfolio_id", &pid)]).await;
    assert_eq!(status, StatusCode::OK);
    let (status, after) = app
        .call(
            "get_project_detail",
            &[("portfolio_id", &pid), ("project_id", &verstas)],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        after["project"], before["project"],
        "same project, same links"
    );
    assert_eq!(after["relations"], before["relations"]);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM project_actors").await,
        links
    );
}

async fn merging_actors_keeps_every_link_and_can_be_undone(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    let (_, dup) = app
        .call(
            "create_actor",
            &[
                ("portfolio_id", &pid),
                ("input[name]", "VAARALAHDEN YRITTÄJÄT"),
                ("input[kind]", "association"),
            ],
        )
        .await;
    let dup = dup.as_i64().unwrap().to_string();
    let keep = id_of(&app, "actors", "Vaaralahden Yrittäjät ry").await;
    let polku = id_of(&app, "projects", "Polku töihin").await;
    let (status, _) = app
        .call(
            "link_actor",
            &[
                ("portfolio_id", &pid),
                ("project_id", &polku),
                ("actor_id", &dup),
                ("role", "funder"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, page) = app
        .call("get_actor", &[("portfolio_id", &pid), ("actor_id", &keep)])
        .await;
    assert!(
        page["candidates"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["id"] == json!(dup.parse::<i64>().unwrap())),
        "the duplicate is suggested: {page}"
    );
    let kept_before = page["detail"]["projects"].as_array().unwrap().len();

    let (status, _) = app
        .call(
            "merge_actors",
            &[("portfolio_id", &pid), ("keep", &keep), ("remove", &keep)],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "not into itself");
    let (status, _) = app
        .call(
            "merge_actors",
            &[("portfolio_id", &pid), ("keep", &keep), ("remove", &dup)],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, page) = app
        .call("get_actor", &[("portfolio_id", &pid), ("actor_id", &keep)])
        .await;
    assert_eq!(
        page["detail"]["projects"].as_array().unwrap().len(),
        kept_before + 1
    );
    let (status, _) = app
        .call("get_actor", &[("portfolio_id", &pid), ("actor_id", &dup)])
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (status, _) = app.call("undo_last", &[("portfolio_id", &pid)]).await;
    assert_eq!(status, StatusCode::OK);
    let (_, page) = app
        .call("get_actor", &[("portfolio_id", &pid), ("actor_id", &dup)])
        .await;
    assert_eq!(
        page["detail"]["projects"][0]["role"], "funder",
        "the duplicate is back with its link"
    );
    let (_, page) = app
        .call("get_actor", &[("portfolio_id", &pid), ("actor_id", &keep)])
        .await;
    assert_eq!(
        page["detail"]["projects"].as_array().unwrap().len(),
        kept_before
    );
}

async fn themes_are_renamed_deleted_and_restored(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    let matkailu = id_of(&app, "themes", "Matkailu").await;
    let (_, list) = app.call("list_themes", &[("portfolio_id", &pid)]).await;
    let count = |list: &serde_json::Value, name: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|t| t["theme"]["name"] == name)
            .map(|t| t["projects"].as_i64().unwrap())
    };
    let n = count(&list, "Matkailu").unwrap();
    assert!(n > 0);
    let (status, body) = app
        .call(
            "rename_theme",
            &[
                ("portfolio_id", &pid),
                ("theme_id", &matkailu),
                ("name", "asuminen"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["Validation"][0]["problem"], "duplicate");
    let (status, _) = app
        .call(
            "rename_theme",
            &[
                ("portfolio_id", &pid),
                ("theme_id", &matkailu),
                ("name", "Matkailu ja tapahtumat"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = app
        .call("create_theme", &[("portfolio_id", &pid), ("name", "")])
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _) = app
        .call(
            "create_theme",
            &[("portfolio_id", &pid), ("name", "Vesihuolto")],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = app
        .call(
            "delete_theme",
            &[("portfolio_id", &pid), ("theme_id", &matkailu)],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, list) = app.call("list_themes", &[("portfolio_id", &pid)]).await;
    assert_eq!(count(&list, "Matkailu ja tapahtumat"), None);
    assert_eq!(count(&list, "Vesihuolto"), Some(0));
    let (status, _) = app.call("undo_last", &[("portfolio_id", &pid)]).await;
    assert_eq!(status, StatusCode::OK);
    let (_, list) = app.call("list_themes", &[("portfolio_id", &pid)]).await;
    assert_eq!(
        count(&list, "Matkailu ja tapahtumat"),
        Some(n),
        "back on every project"
    );
}

async fn the_history_lists_changes_and_undo_walks_back(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    let polku = id_of(&app, "projects", "Polku töihin").await;
    let edit = |name: &'static str| {
        let (pid, polku) = (pid.clone(), polku.clone());
        let app = &app;
        async move {
            app.call(
                "update_project",
                &[
                    ("portfolio_id", &pid),
                    ("project_id", &polku),
                    ("input[name]", name),
                    ("input[status]", "active"),
                ],
            )
            .await
        }
    };
    assert_eq!(edit("Polku töihin 2").await.0, StatusCode::OK);
    assert_eq!(edit("Polku töihin 3").await.0, StatusCode::OK);
    let (_, h) = app.call("get_history", &[("portfolio_id", &pid)]).await;
    assert_eq!(h["changes"][0]["after"]["name"], "Polku töihin 3");
    assert_eq!(h["changes"][0]["before"]["name"], "Polku töihin 2");
    assert_eq!(h["undoable"]["revision"], h["changes"][0]["revision"]);

    assert_eq!(
        app.call("undo_last", &[("portfolio_id", &pid)]).await.0,
        StatusCode::OK
    );
    assert_eq!(
        app.call("undo_last", &[("portfolio_id", &pid)]).await.0,
        StatusCode::OK
    );
    let name = app
        .scalar(&format!(
            "SELECT COUNT(*) FROM projects WHERE id = {polku} AND name = 'Polku töihin'"
        ))
        .await;
    assert_eq!(name, 1, "two undos bring the original name back");
    let (_, h) = app.call("get_history", &[("portfolio_id", &pid)]).await;
    let first = &h["changes"][0];
    assert_eq!(
        first["undo_of"].as_i64().unwrap() + 2,
        first["revision"].as_i64().unwrap() - 1
    );
    assert!(h["changes"][2]["undone"].as_bool().unwrap());
    // The demo's own entries are by "demo", so this caller has nothing left to undo.
    assert_eq!(h["undoable"], json!(null));
    let (status, _) = app.call("undo_last", &[("portfolio_id", &pid)]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

async fn portfolios_are_renamed_scoped_and_archived(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    let (status, _) = app
        .call(
            "update_portfolio",
            &[("portfolio_id", &pid), ("name", " "), ("description", "")],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _) = app
        .call(
            "update_portfolio",
            &[
                ("portfolio_id", &pid),
                ("name", "Vaaralahti 2030"),
                ("description", "Kaikki hankkeet"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, v) = app.call("get_portfolio", &[("portfolio_id", &pid)]).await;
    assert_eq!(v["portfolio"]["name"], "Vaaralahti 2030");
    assert_eq!(
        app.call("undo_last", &[("portfolio_id", &pid)]).await.0,
        StatusCode::OK
    );
    let (_, v) = app.call("get_portfolio", &[("portfolio_id", &pid)]).await;
    assert_eq!(
        v["portfolio"]["name"], "Vaaralahden kehittämishankkeet",
        "undone"
    );

    let tyo = id_of(&app, "themes", "Työllisyys").await;
    let key = format!("themes[{tyo}]");
    let (status, _) = app
        .call(
            "create_scoped_portfolio",
            &[("portfolio_id", &pid), ("name", "Työllisyys")],
        )
        .await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a theme must be chosen"
    );
    let (status, new) = app
        .call(
            "create_scoped_portfolio",
            &[
                ("portfolio_id", &pid),
                ("name", "Työllisyyden hankkeet"),
                (&key, "on"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{new}");
    let new = new.as_i64().unwrap().to_string();
    let (_, v) = app.call("get_portfolio", &[("portfolio_id", &new)]).await;
    let projects = v["projects"].as_array().unwrap();
    assert!(projects.len() >= 3, "{}", projects.len());
    assert!(projects
        .iter()
        .any(|p| p["name"] == "Nuorten työpaja Verstas"));
    for p in projects {
        assert_eq!(p["themes"].as_array().unwrap().len(), 1);
        assert_eq!(p["themes"][0]["name"], "Työllisyys");
    }
    // The analysis works on the scoped portfolio alone: it finds the youth-employment
    // overlap, and every finding names the scoped portfolio's own projects.
    let (status, a) = app.call("get_analysis", &[("portfolio_id", &new)]).await;
    assert_eq!(status, StatusCode::OK, "{a}");
    let name_of: std::collections::HashMap<String, String> = a["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p[0].to_string(), p[1].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(name_of.len(), projects.len());
    let overlaps = a["report"]["overlaps"].as_array().unwrap();
    let pairs: Vec<(String, String)> = overlaps
        .iter()
        .map(|o| {
            (
                name_of[&o["a"].to_string()].clone(),
                name_of[&o["b"].to_string()].clone(),
            )
        })
        .collect();
    assert!(
        pairs
            .iter()
            .any(|(x, y)| [x.as_str(), y.as_str()].contains(&"Polku töihin")
                && [x.as_str(), y.as_str()].contains(&"Nuorten työpaja Verstas")),
        "{pairs:?}"
    );
    let (_, list) = app.call("list_portfolios", &[]).await;
    assert_eq!(list.as_array().unwrap().len(), 2);

    let (status, _) = app
        .call(
            "set_portfolio_archived",
            &[("portfolio_id", &new), ("archived", "true")],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = app
        .call(
            "create_project",
            &[("portfolio_id", &new), ("input[name]", "Myöhästynyt")],
        )
        .await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "an archived portfolio is read-only"
    );
    let (_, list) = app.call("list_portfolios", &[]).await;
    assert_eq!(
        list[1]["portfolio"]["archived"], true,
        "listed last, as archived"
    );
    let (status, _) = app
        .call(
            "set_portfolio_archived",
            &[("portfolio_id", &new), ("archived", "false")],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = app
        .call(
            "create_project",
            &[("portfolio_id", &new), ("input[name]", "Myöhästynyt")],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
}
