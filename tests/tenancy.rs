//! One organisation never sees or changes another's data: every server function with another
//! organisation's IDs answers NotFound and writes nothing, on SQLite and on PostgreSQL.

#[macro_use]
mod common;

use axum::body::Body;
use axum::http::StatusCode;
use axum::http::{header, Request};
use common::{TestApp, ADMIN, EDITOR, VIEWER};
use hankekartta::api::access::ACCESS;
use hankekartta::error::AppError;
use hankekartta::model::Need;
use hankekartta::model::{
    ActorDraft, ActorId, ActorKind, ActorRole, OrgId, PortfolioId, ProjectId, ProjectInput, Role,
    UserId,
};
use hankekartta::server::store::write::{apply, create_portfolio, Command};
use hankekartta::server::store::{accounts, organisations, portfolios, projects, Scope};
use serde_json::json;

on_both_backends!(
    another_organisations_data_is_not_found_through_the_api,
    the_store_refuses_cross_tenant_links,
    every_function_and_route_answers_each_role_as_its_need_says,
);

/// A second organisation with one portfolio, one project and one actor.
async fn other_tenant(app: &TestApp) -> (Scope, ProjectId, ActorId) {
    let db = &app.state.db;
    let org = organisations::create(db, "toisenkyla", "Toisenkylän kunta")
        .await
        .unwrap();
    let portfolio = create_portfolio(db, org, "test", "Toisenkylän hankkeet", "")
        .await
        .unwrap();
    let scope = Scope { org, portfolio };
    let draft = ProjectInput {
        name: "Salainen hanke".into(),
        ..Default::default()
    }
    .validate()
    .unwrap();
    let project = ProjectId(
        apply(db, scope, "test", Command::CreateProject(draft))
            .await
            .unwrap()
            .id,
    );
    let actor = ActorDraft {
        name: "Toisenkylän Yritys Oy".into(),
        kind: ActorKind::Company,
        business_id: None,
    };
    let actor = ActorId(
        apply(db, scope, "test", Command::CreateActor(actor))
            .await
            .unwrap()
            .id,
    );
    (scope, project, actor)
}

/// The other organisation's administrator (created on first use).
async fn other_admin(app: &TestApp, org: OrgId) -> UserId {
    const EMAIL: &str = "toinen@toisenkyla.fi";
    let db = &app.state.db;
    if let Some((user, _)) = accounts::user_by_email(db, EMAIL).await.unwrap() {
        return user;
    }
    let mut tx = db.pool.begin().await.unwrap();
    let user = accounts::insert_user(&mut tx, EMAIL, "Toisen Kylän Pääkäyttäjä", "x")
        .await
        .unwrap();
    accounts::insert_membership(&mut tx, user, org, Role::Admin)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    user
}

async fn another_organisations_data_is_not_found_through_the_api(app: TestApp) {
    let own = app.demo_portfolio().await.to_string();
    let (other, secret, other_actor) = other_tenant(&app).await;
    let (o, s) = (other.portfolio.0.to_string(), secret.0.to_string());
    let oa = other_actor.0.to_string();
    let own_p = app
        .scalar("SELECT MIN(id) FROM projects WHERE org_id = 1")
        .await
        .to_string();

    let (_, list) = app.call("list_portfolios", &[]).await;
    assert!(
        !list.to_string().contains("Toisenkylän"),
        "not listed: {list}"
    );

    let draft = hankekartta::model::ActionDraft {
        title: "Salainen toimenpide".into(),
        ..Default::default()
    };
    let other_action = apply(&app.state.db, other, "test", Command::CreateAction(draft))
        .await
        .unwrap()
        .id
        .to_string();
    let oact = other_action.as_str();
    let ot = app
        .scalar(&format!(
            "SELECT MIN(id) FROM themes WHERE org_id = {}",
            other.org.0
        ))
        .await
        .to_string();
    let other_theme = format!("themes[{ot}]");
    let (ou, oo) = (
        other_admin(&app, other.org).await.0.to_string(),
        other.org.0.to_string(),
    );
    let changes = app.scalar("SELECT COUNT(*) FROM changes").await;
    let calls: Vec<(&str, Vec<(&str, &str)>)> = vec![
        ("get_portfolio", vec![("portfolio_id", &o)]),
        ("get_analysis", vec![("portfolio_id", &o)]),
        ("list_actions", vec![("portfolio_id", &o)]),
        (
            "create_action",
            vec![("portfolio_id", &o), ("input[title]", "Tunkeilija")],
        ),
        (
            "act_on_finding",
            vec![
                ("portfolio_id", &o),
                ("kind", "overlap"),
                ("a", &s),
                ("b", &s),
            ],
        ),
        // tampered: own portfolio, another organisation's project or actor
        (
            "act_on_finding",
            vec![
                ("portfolio_id", &own),
                ("kind", "overlap"),
                ("a", &s),
                ("b", &own_p),
            ],
        ),
        (
            "act_on_finding",
            vec![
                ("portfolio_id", &own),
                ("kind", "cooperation"),
                ("a", &s),
                ("b", &own_p),
            ],
        ),
        (
            "dismiss_finding",
            vec![
                ("portfolio_id", &own),
                ("kind", "cooperation"),
                ("a", &own_p),
                ("b", &s),
            ],
        ),
        (
            "act_on_finding",
            vec![
                ("portfolio_id", &own),
                ("kind", "opportunity"),
                ("a", &oa),
                ("b", "1"),
            ],
        ),
        (
            "dismiss_finding",
            vec![
                ("portfolio_id", &own),
                ("kind", "overlap"),
                ("a", &s),
                ("b", &own_p),
            ],
        ),
        (
            "dismiss_finding",
            vec![
                ("portfolio_id", &o),
                ("kind", "overlap"),
                ("a", &s),
                ("b", &own_p),
            ],
        ),
        (
            "set_action_status",
            vec![("portfolio_id", &o), ("action_id", "1"), ("status", "done")],
        ),
        (
            "set_action_status",
            vec![
                ("portfolio_id", &own),
                ("action_id", oact),
                ("status", "done"),
            ],
        ),
        (
            "update_action",
            vec![
                ("portfolio_id", &o),
                ("action_id", oact),
                ("input[title]", "Kaapattu"),
            ],
        ),
        // tampered: own portfolio, another organisation's action
        (
            "update_action",
            vec![
                ("portfolio_id", &own),
                ("action_id", oact),
                ("input[title]", "Kaapattu"),
            ],
        ),
        (
            "get_project",
            vec![("portfolio_id", &o), ("project_id", &s)],
        ),
        ("get_network", vec![("portfolio_id", &o)]),
        // tampered: own portfolio, another organisation's project
        (
            "get_project",
            vec![("portfolio_id", &own), ("project_id", &s)],
        ),
        (
            "create_project",
            vec![("portfolio_id", &o), ("input[name]", "Tunkeilija")],
        ),
        (
            "update_project",
            vec![
                ("portfolio_id", &o),
                ("project_id", &s),
                ("input[name]", "Kaapattu"),
            ],
        ),
        (
            "update_project",
            vec![
                ("portfolio_id", &own),
                ("project_id", &s),
                ("input[name]", "Kaapattu"),
            ],
        ),
        (
            "get_project_detail",
            vec![("portfolio_id", &o), ("project_id", &s)],
        ),
        (
            "get_project_detail",
            vec![("portfolio_id", &own), ("project_id", &s)],
        ),
        (
            "delete_project",
            vec![("portfolio_id", &o), ("project_id", &s)],
        ),
        (
            "delete_project",
            vec![("portfolio_id", &own), ("project_id", &s)],
        ),
        (
            "link_actor",
            vec![
                ("portfolio_id", &own),
                ("project_id", &own_p),
                ("actor_id", &oa),
                ("role", "partner"),
            ],
        ),
        (
            "link_actor",
            vec![
                ("portfolio_id", &own),
                ("project_id", &s),
                ("actor_id", "1"),
                ("role", "partner"),
            ],
        ),
        (
            "unlink_actor",
            vec![
                ("portfolio_id", &o),
                ("project_id", &s),
                ("actor_id", &oa),
                ("role", "lead"),
            ],
        ),
        (
            "set_project_themes",
            vec![
                ("portfolio_id", &own),
                ("project_id", &own_p),
                (&other_theme, "on"),
            ],
        ),
        (
            "set_project_themes",
            vec![("portfolio_id", &own), ("project_id", &s)],
        ),
        (
            "relate_projects",
            vec![
                ("portfolio_id", &own),
                ("project_id", &own_p),
                ("other", &s),
                ("kind", "related"),
            ],
        ),
        (
            "unrelate_projects",
            vec![
                ("portfolio_id", &o),
                ("project_id", &s),
                ("relation_id", "1"),
            ],
        ),
        ("list_actors", vec![("portfolio_id", &o)]),
        ("get_actor", vec![("portfolio_id", &own), ("actor_id", &oa)]),
        (
            "create_actor",
            vec![
                ("portfolio_id", &o),
                ("input[name]", "Tunkeilija"),
                ("input[kind]", "company"),
            ],
        ),
        (
            "update_actor",
            vec![
                ("portfolio_id", &own),
                ("actor_id", &oa),
                ("input[name]", "Kaapattu"),
                ("input[kind]", "company"),
            ],
        ),
        (
            "delete_actor",
            vec![("portfolio_id", &own), ("actor_id", &oa)],
        ),
        (
            "merge_actors",
            vec![("portfolio_id", &own), ("keep", "1"), ("remove", &oa)],
        ),
        (
            "merge_actors",
            vec![("portfolio_id", &own), ("keep", &oa), ("remove", "1")],
        ),
        ("list_themes", vec![("portfolio_id", &o)]),
        (
            "create_theme",
            vec![("portfolio_id", &o), ("name", "Tunkeilija")],
        ),
        (
            "rename_theme",
            vec![
                ("portfolio_id", &own),
                ("theme_id", &ot),
                ("name", "Kaapattu"),
            ],
        ),
        (
            "delete_theme",
            vec![("portfolio_id", &own), ("theme_id", &ot)],
        ),
        ("get_history", vec![("portfolio_id", &o)]),
        (
            "set_action_links",
            vec![("portfolio_id", &o), ("action_id", oact)],
        ),
        // tampered: own portfolio, another organisation's action
        (
            "set_action_links",
            vec![("portfolio_id", &own), ("action_id", oact)],
        ),
        (
            "preview_import",
            vec![("portfolio_id", &o), ("upload_id", "1")],
        ),
        ("run_import", vec![("portfolio_id", &o), ("upload_id", "1")]),
        (
            "update_portfolio",
            vec![
                ("portfolio_id", &o),
                ("name", "Kaapattu"),
                ("description", ""),
            ],
        ),
        (
            "set_portfolio_archived",
            vec![("portfolio_id", &o), ("archived", "true")],
        ),
        (
            "create_scoped_portfolio",
            vec![
                ("portfolio_id", &o),
                ("name", "Kaapattu"),
                (&other_theme, "on"),
            ],
        ),
        // tampered: own portfolio, another organisation's theme
        (
            "create_scoped_portfolio",
            vec![
                ("portfolio_id", &own),
                ("name", "Kaapattu"),
                (&other_theme, "on"),
            ],
        ),
        ("undo_last", vec![("portfolio_id", &o)]),
        // another organisation's member, and another organisation
        (
            "set_member_role",
            vec![("user_id", &ou), ("role", "viewer")],
        ),
        ("remove_member", vec![("user_id", &ou)]),
        ("switch_organisation", vec![("org_id", &oo)]),
    ];
    // Every server function takes part: a new one cannot be added without joining the matrix.
    let registry = include_str!("../src/api/mod.rs");
    let tried: Vec<&str> = calls.iter().map(|(f, _)| *f).collect();
    for line in registry
        .lines()
        .filter_map(|l| l.trim().strip_prefix("register_explicit::<"))
    {
        let name = line.trim_end_matches(">();");
        let snake: String = name
            .chars()
            .enumerate()
            .flat_map(|(i, c)| {
                let lower = c.to_ascii_lowercase();
                if c.is_ascii_uppercase() && i > 0 {
                    vec!['_', lower]
                } else {
                    vec![lower]
                }
            })
            .collect();
        // functions that take no other tenant's IDs: their access is the role matrix's
        let no_ids = [
            "list_portfolios",
            "save_positions",
            "register",
            "login",
            "logout",
            "get_account",
            "change_password",
            "request_password_reset",
            "reset_password",
            "get_invitation",
            "accept_invitation",
            "list_members",
            "create_invitation",
            "list_audit",
        ];
        assert!(
            tried.contains(&snake.as_str()) || no_ids.contains(&snake.as_str()),
            "{snake} is missing from the cross-tenant matrix"
        );
    }
    for (f, args) in calls {
        let (status, body) = app.call(f, &args).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{f} {args:?}");
        assert_eq!(body, json!("NotFound"), "{f} {args:?}");
        assert!(!body.to_string().contains("Salainen"), "{f} leaks");
    }
    let moved = json!({ "portfolio_id": other.portfolio.0, "positions": [
        { "key": format!("p{s}"), "x": 1.0, "y": 1.0, "pinned": true },
    ]});
    let (status, body) = app.call_json("save_positions", &moved).await;
    assert_ne!(status, StatusCode::OK);
    assert_eq!(body, json!("NotFound"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM node_positions").await, 0);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM changes").await,
        changes,
        "nothing written"
    );
    let (status, _, html) = app.get(&format!("/portfolio/{own}/actors/{oa}"), &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!html.contains("Toisenkylän Yritys"));
    let title = app
        .scalar(&format!(
            "SELECT COUNT(*) FROM actions WHERE id = {other_action} AND title = 'Salainen toimenpide' AND status = 'open'"
        ))
        .await;
    assert_eq!(title, 1, "the other organisation's action is untouched");
    let p = projects::get(&app.state.db, other, secret).await.unwrap();
    assert_eq!(p.draft.name, "Salainen hanke");

    // Pages too: another organisation's portfolio is a 404 without its name.
    for page in [
        "",
        "/network",
        "/situation",
        "/actions",
        "/actors",
        "/themes",
        "/history",
        "/import",
        "/settings",
        "/export/projects.csv",
        "/export/portfolio.json",
        "/export/network.graphml",
        &format!("/projects/{s}"),
    ] {
        let (status, _, html) = app.get(&format!("/portfolio/{o}{page}"), &[]).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{page}");
        assert!(
            !html.contains("Toisenkylän") && !html.contains("Salainen"),
            "{page}"
        );
    }
}

async fn the_store_refuses_cross_tenant_links(app: TestApp) {
    let db = &app.state.db;
    let (other, secret, other_actor) = other_tenant(&app).await;
    let own_org = organisations::by_slug(db, "vaaralahti")
        .await
        .unwrap()
        .unwrap()
        .id;
    let own = Scope {
        org: own_org,
        portfolio: PortfolioId(app.demo_portfolio().await),
    };
    let own_project = ProjectId(
        app.scalar("SELECT MIN(id) FROM projects WHERE org_id = 1")
            .await,
    );

    // A scope that claims another organisation's portfolio is refused by the write path.
    let forged = Scope {
        org: own_org,
        portfolio: other.portfolio,
    };
    let draft = ProjectInput {
        name: "X".into(),
        ..Default::default()
    }
    .validate()
    .unwrap();
    assert_eq!(
        apply(db, forged, "t", Command::CreateProject(draft)).await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        portfolios::get(db, OrgId(own_org.0), other.portfolio).await,
        Err(AppError::NotFound)
    );

    // Links may not reach into another organisation.
    let link = Command::LinkActor {
        project: own_project,
        actor: other_actor,
        role: ActorRole::Partner,
    };
    assert_eq!(apply(db, own, "t", link).await, Err(AppError::NotFound));
    let link = Command::LinkActor {
        project: secret,
        actor: ActorId(1),
        role: ActorRole::Partner,
    };
    assert_eq!(apply(db, own, "t", link).await, Err(AppError::NotFound));
    let relate = Command::RelateProjects {
        from: own_project,
        to: secret,
        kind: hankekartta::model::RelationKind::Related,
    };
    assert_eq!(apply(db, own, "t", relate).await, Err(AppError::NotFound));
    assert_eq!(
        projects::get(db, own, secret).await,
        Err(AppError::NotFound)
    );
}

const OTHER: &str = "toinen@toisenkyla.fi";

/// What `who` should get from something that needs `need`: `Some` refusal, or `None` for
/// being let through (to whatever the function then says of the arguments).
fn expected_refusal(who: &str, need: Need) -> Option<(StatusCode, &'static str)> {
    let unauthenticated = (StatusCode::UNAUTHORIZED, "Unauthenticated");
    let forbidden = (StatusCode::FORBIDDEN, "Forbidden");
    match (who, need) {
        (_, Need::Public) => None,
        ("anonymous", _) => Some(unauthenticated),
        (_, Need::SignedIn | Need::Member) => None,
        ("viewer", Need::Edit | Need::Admin) => Some(forbidden),
        ("editor", Need::Admin) => Some(forbidden),
        _ => None,
    }
}

/// The role matrix, generated from `api::access::ACCESS` (which a unit test keeps equal to
/// the registered server functions): every function × {anonymous, viewer, editor, admin of
/// the owning organisation, admin of another}. Each call gets a fresh session, so `logout`
/// ends nobody else's.
async fn every_function_and_route_answers_each_role_as_its_need_says(app: TestApp) {
    let (other, _, _) = other_tenant(&app).await;
    other_admin(&app, other.org).await;
    let pid = app.demo_portfolio().await.to_string();
    let people = [
        ("anonymous", None),
        ("viewer", Some(VIEWER)),
        ("editor", Some(EDITOR)),
        ("admin", Some(ADMIN)),
        ("other", Some(OTHER)),
    ];
    let changes = app.scalar("SELECT COUNT(*) FROM changes").await;
    for (name, need) in ACCESS {
        for (who, email) in people {
            let cookie = match email {
                Some(e) => Some(app.session_of(e).await),
                None => None,
            };
            app.use_cookie(cookie.as_deref());
            let (status, body) = app.call(name, &[("portfolio_id", &pid)]).await;
            match expected_refusal(who, *need) {
                Some((code, error)) => {
                    assert_eq!(status, code, "{who} → {name}: {body}");
                    assert_eq!(body, json!(error), "{who} → {name}");
                }
                None => assert!(
                    ![StatusCode::UNAUTHORIZED, StatusCode::FORBIDDEN].contains(&status),
                    "{who} → {name} was refused: {status} {body}"
                ),
            }
        }
    }
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM changes").await,
        changes,
        "no refused call changed anything"
    );
    app.use_cookie(None);
    let (status, _) = app.call("no_such_function", &[]).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "an unlisted function cannot be called"
    );

    // Routes: pages and downloads send the signed-out to the login page; every member reads.
    let routes = [
        "/".to_string(),
        format!("/portfolio/{pid}"),
        format!("/portfolio/{pid}/network"),
        format!("/portfolio/{pid}/situation"),
        format!("/portfolio/{pid}/settings"),
        format!("/portfolio/{pid}/export/projects.csv"),
        "/account".to_string(),
    ];
    for route in &routes {
        app.use_cookie(None);
        let (status, headers, _) = app.get(route, &[]).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "anonymous {route}");
        let to = headers[header::LOCATION].to_str().unwrap();
        assert!(to.starts_with("/login?next=%2F"), "{route} → {to}");
        for email in [VIEWER, EDITOR, ADMIN] {
            app.use_cookie(Some(&app.session_of(email).await));
            let (status, _, _) = app.get(route, &[]).await;
            assert_eq!(status, StatusCode::OK, "{email} {route}");
        }
        app.use_cookie(Some(&app.session_of(OTHER).await));
        let (status, _, _) = app.get(route, &[]).await;
        let own = route.contains(&format!("/portfolio/{pid}"));
        let expected = if own {
            StatusCode::NOT_FOUND
        } else {
            StatusCode::OK
        };
        assert_eq!(status, expected, "another organisation's admin: {route}");
    }
    // The import upload needs an editor: a viewer is sent back with the refusal.
    app.use_cookie(Some(&app.session_of(VIEWER).await));
    let boundary = "XyZ";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\
         Content-Type: text/csv\r\n\r\nNimi\r\nHanke\r\n--{boundary}--\r\n"
    );
    let req = Request::post(format!("/portfolio/{pid}/import"))
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(Body::from(body))
        .unwrap();
    let (_, headers, _) = app.send(req).await;
    assert!(headers[header::LOCATION]
        .to_str()
        .unwrap()
        .ends_with("?error=forbidden"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM uploads").await, 0);
}
