//! Accounts and sessions on SQLite and PostgreSQL: registration, login and its failures,
//! session fixation, logout, expiry, password change and reset, invitations and roles,
//! switching organisation, the audit log and rate limits.

#[macro_use]
mod common;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, HeaderMap, Request, StatusCode};
use common::{TestApp, ADMIN, VIEWER};
use hankekartta::server::demo::DEMO_PASSWORD;
use serde_json::{json, Value};
use std::net::SocketAddr;

on_both_backends!(
    an_organisation_registers_and_its_admin_signs_in_and_out,
    login_failures_look_alike_and_slow_the_account_down,
    login_rotates_the_session_and_sessions_expire,
    passwords_change_and_reset_by_a_one_time_link,
    invitations_roles_and_switching_organisation,
    login_is_rate_limited_per_address,
);

const STRONG: &str = "kolme iloista kissaa kiipeää";

/// Posts a form to a server function with exactly this cookie (or none).
async fn post(
    app: &TestApp,
    name: &str,
    form: &[(&str, &str)],
    cookie: Option<&str>,
) -> (StatusCode, HeaderMap, Value) {
    let mut req = Request::post(format!("/api/{name}"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "application/json");
    // an empty Cookie header keeps the test app from adding its own session
    req = req.header(header::COOKIE, cookie.unwrap_or(""));
    let body = serde_urlencoded::to_string(form).unwrap();
    let (status, headers, text) = app.send(req.body(Body::from(body)).unwrap()).await;
    let json = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (status, headers, json)
}

/// The session cookie a response sets (`hk_session=…`), checked for its flags.
fn session_cookie(headers: &HeaderMap) -> String {
    let set = headers
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("hk_session="))
        .expect("a session cookie");
    assert!(set.contains("HttpOnly") && set.contains("SameSite=Lax") && set.contains("Path=/"));
    let pair = set.split(';').next().unwrap().to_string();
    let token = pair.trim_start_matches("hk_session=");
    assert!(token.len() >= 32, "at least 128 random bits: {token}");
    pair
}

fn problem(body: &Value) -> (String, String) {
    let e = &body["Validation"][0];
    (
        e["field"].as_str().unwrap_or_default().into(),
        e["problem"].to_string(),
    )
}

async fn account(app: &TestApp, cookie: Option<&str>) -> Value {
    post(app, "get_account", &[], cookie).await.2
}

async fn sessions(app: &TestApp) -> i64 {
    app.scalar("SELECT COUNT(*) FROM sessions").await
}

async fn login(app: &TestApp, email: &str, password: &str) -> (StatusCode, HeaderMap, Value) {
    post(
        app,
        "login",
        &[("email", email), ("password", password)],
        None,
    )
    .await
}

async fn an_organisation_registers_and_its_admin_signs_in_and_out(app: TestApp) {
    let form = |password: &'static str, email: &'static str| {
        vec![
            ("input[org_name]", "Testilän kunta"),
            ("input[org_kind]", "municipality"),
            ("input[name]", "Tiina Testaaja"),
            ("input[email]", email),
            ("input[password]", password),
        ]
    };
    let (status, _, body) = post(
        &app,
        "register",
        &form("salasana1234", "tiina@testila.fi"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        problem(&body),
        ("password".into(), "\"password_too_common\"".into())
    );
    let (status, _, body) = post(
        &app,
        "register",
        &form("Testilän kunta!", "tiina@testila.fi"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");

    let (status, headers, body) =
        post(&app, "register", &form(STRONG, " Tiina@Testila.FI "), None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let cookie = session_cookie(&headers);
    let me = account(&app, Some(&cookie)).await;
    assert_eq!(me["email"], "tiina@testila.fi");
    assert_eq!(me["org"][1], "Testilän kunta");
    assert_eq!(me["org"][2], "admin");
    let (_, _, list) = post(&app, "list_portfolios", &[], Some(&cookie)).await;
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(
        list[0]["portfolio"]["name"],
        "Testilän kunta: kehittämishankkeet"
    );
    assert!(!list.to_string().contains("Vaaralahti"), "another tenant");
    let stored = app
        .scalar("SELECT COUNT(*) FROM users WHERE password_hash LIKE '$argon2id$v=19$m=19456,t=2,p=1$%'")
        .await;
    assert!(stored >= 4, "argon2id with the OWASP parameters");

    // The same address cannot register twice.
    let (status, _, body) = post(&app, "register", &form(STRONG, "tiina@testila.fi"), None).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem(&body), ("email".into(), "\"duplicate\"".into()));

    // Logout ends the session on the server, not only in the browser.
    let (status, headers, _) = post(&app, "logout", &[], Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);
    let cleared = headers[header::SET_COOKIE].to_str().unwrap();
    assert!(cleared.starts_with("hk_session=;") && cleared.contains("Max-Age=0"));
    assert_eq!(account(&app, Some(&cookie)).await, Value::Null);
    let (status, _, body) = post(&app, "list_portfolios", &[], Some(&cookie)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body, json!("Unauthenticated"));

    let (status, headers, _) = login(&app, "tiina@testila.fi", STRONG).await;
    assert_eq!(status, StatusCode::OK);
    let again = session_cookie(&headers);
    assert_ne!(again, cookie);
    assert_eq!(account(&app, Some(&again)).await["name"], "Tiina Testaaja");
}

async fn login_failures_look_alike_and_slow_the_account_down(app: TestApp) {
    let (s1, _, wrong_password) = login(&app, ADMIN, "väärä salasana tässä").await;
    let (s2, _, no_account) = login(&app, "ei.ole@vaaralahti.fi", "väärä salasana tässä").await;
    assert_eq!(
        (s1, s2),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            StatusCode::UNPROCESSABLE_ENTITY
        )
    );
    assert_eq!(
        wrong_password, no_account,
        "nothing tells whether the account exists"
    );
    assert_eq!(problem(&wrong_password).1, "\"login_failed\"");
    for _ in 0..4 {
        login(&app, ADMIN, "väärä salasana tässä").await;
    }
    // five failures: now even the right password waits
    let (status, headers, body) = login(&app, ADMIN, DEMO_PASSWORD).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body, wrong_password, "a locked account answers the same");
    assert!(headers.get(header::SET_COOKIE).is_none());
    app.scalar("SELECT COUNT(*) FROM users").await;
    sqlx::query("UPDATE users SET locked_until = 0")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let (status, _, _) = login(&app, ADMIN, DEMO_PASSWORD).await;
    assert_eq!(status, StatusCode::OK, "after the wait");
    assert_eq!(
        app.scalar("SELECT failed_logins FROM users WHERE email = 'anna.virtanen@vaaralahti.fi'")
            .await,
        0
    );
    // the admin reads it all in the audit log; a viewer may not
    let (status, _, log) = post(&app, "list_audit", &[], None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{log}");
    app.sign_in_as(ADMIN).await;
    let (_, log) = app.call("list_audit", &[]).await;
    let events: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert!(events.contains(&"login_failed"), "{events:?}");
    assert!(events.contains(&"login_locked"), "{events:?}");
    assert!(events.contains(&"login"), "{events:?}");
    app.sign_in_as(VIEWER).await;
    let (status, _) = app.call("list_audit", &[]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

async fn login_rotates_the_session_and_sessions_expire(app: TestApp) {
    // A session the browser already had (planted or old) is ended, never reused.
    let planted = app.session_of(VIEWER).await;
    let before = sessions(&app).await;
    let (status, headers, _) = post(
        &app,
        "login",
        &[("email", ADMIN), ("password", DEMO_PASSWORD)],
        Some(&planted),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let fresh = session_cookie(&headers);
    assert_ne!(fresh, planted);
    assert_eq!(account(&app, Some(&planted)).await, Value::Null);
    assert_eq!(sessions(&app).await, before, "one ended, one opened");
    assert_eq!(account(&app, Some(&fresh)).await["name"], "Anna Virtanen");
    // A made-up token is nobody.
    assert_eq!(account(&app, Some("hk_session=abcdef")).await, Value::Null);

    // Idle for over 4 hours: gone, and removed from the server.
    let hour = 3_600_000i64;
    let now = hankekartta::server::db::now_ms();
    sqlx::query("UPDATE sessions SET last_seen = $1")
        .bind(now - 4 * hour - 1000)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(account(&app, Some(&fresh)).await, Value::Null);
    let cookie = app.session_of(ADMIN).await;
    // In use all the time but opened over 12 hours ago: gone too.
    sqlx::query("UPDATE sessions SET created_at = $1, last_seen = $2")
        .bind(now - 12 * hour - 1000)
        .bind(now)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(account(&app, Some(&cookie)).await, Value::Null);
    // Expired sessions nobody uses again are cleared out when the next one opens.
    assert_eq!(login(&app, VIEWER, DEMO_PASSWORD).await.0, StatusCode::OK);
    assert_eq!(sessions(&app).await, 1);
}

async fn passwords_change_and_reset_by_a_one_time_link(app: TestApp) {
    let mine = app.sign_in_as(ADMIN).await;
    let elsewhere = app.session_of(ADMIN).await;
    let (status, body) = app
        .call(
            "change_password",
            &[("current", "ei tämä"), ("new_password", STRONG)],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        problem(&body),
        ("password".into(), "\"wrong_password\"".into())
    );
    let (status, body) = app
        .call(
            "change_password",
            &[("current", DEMO_PASSWORD), ("new_password", "lyhyt")],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem(&body).0, "new_password");
    let (status, body) = app
        .call(
            "change_password",
            &[("current", DEMO_PASSWORD), ("new_password", STRONG)],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(account(&app, Some(&mine)).await["name"], "Anna Virtanen");
    assert_eq!(
        account(&app, Some(&elsewhere)).await,
        Value::Null,
        "other sessions end"
    );
    assert_eq!(
        login(&app, ADMIN, DEMO_PASSWORD).await.0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(login(&app, ADMIN, STRONG).await.0, StatusCode::OK);

    // Reset: the same answer for any address; mail only to a real account.
    let (status, _, _) = post(
        &app,
        "request_password_reset",
        &[("email", "ei@ole.fi")],
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(app.mail.sent().is_empty());
    let (status, _, _) = post(&app, "request_password_reset", &[("email", ADMIN)], None).await;
    assert_eq!(status, StatusCode::OK);
    let mail = app.mail.sent().pop().expect("a reset mail");
    assert_eq!(mail.to, ADMIN);
    let token = mail
        .body
        .split("/reset/")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("a link")
        .to_string();
    let new = "neljä nopeaa norsua nukkuu";
    let (status, _, body) = post(
        &app,
        "reset_password",
        &[("token", &token), ("new_password", new)],
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        account(&app, Some(&mine)).await,
        Value::Null,
        "every session ends"
    );
    assert_eq!(login(&app, ADMIN, new).await.0, StatusCode::OK);
    let (status, _, body) = post(
        &app,
        "reset_password",
        &[("token", &token), ("new_password", "viisi vihreää varista")],
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "one use only");
    assert_eq!(problem(&body).1, "\"link_expired\"");
}

async fn invitations_roles_and_switching_organisation(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    app.sign_in_as(VIEWER).await;
    let (status, _) = app
        .call(
            "create_invitation",
            &[("email", "x@y.fi"), ("role", "viewer")],
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    app.sign_in_as(ADMIN).await;
    let (status, link) = app
        .call(
            "create_invitation",
            &[("email", "Uusi.Jasen@Vaaralahti.fi"), ("role", "viewer")],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{link}");
    let token = link
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    assert!(app
        .mail
        .sent()
        .iter()
        .any(|m| m.to == "uusi.jasen@vaaralahti.fi"));
    let (_, _, view) = post(&app, "get_invitation", &[("token", &token)], None).await;
    assert_eq!(view["org_name"], "Vaaralahden kaupunki");
    assert_eq!(view["role"], "viewer");
    let (status, headers, body) = post(
        &app,
        "accept_invitation",
        &[
            ("token", &token),
            ("name", "Uusi Jäsen"),
            ("password", STRONG),
        ],
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let member = session_cookie(&headers);
    assert_eq!(account(&app, Some(&member)).await["org"][2], "viewer");
    let (status, _, _) = post(&app, "accept_invitation", &[("token", &token)], None).await;
    assert_ne!(status, StatusCode::OK, "an invitation is used once");

    // A viewer reads but does not write; made an editor, they do.
    let create = [
        ("portfolio_id", pid.as_str()),
        ("input[name]", "Uuden jäsenen hanke"),
    ];
    let (status, _, _) = post(&app, "create_project", &create, Some(&member)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let user = app
        .scalar("SELECT id FROM users WHERE email = 'uusi.jasen@vaaralahti.fi'")
        .await
        .to_string();
    let (status, _) = app
        .call("set_member_role", &[("user_id", &user), ("role", "editor")])
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, body) = post(&app, "create_project", &create, Some(&member)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (_, members) = app.call("list_members", &[]).await;
    assert_eq!(members.as_array().unwrap().len(), 4);

    // The last admin stays an admin.
    let admin = app
        .scalar("SELECT id FROM users WHERE email = 'anna.virtanen@vaaralahti.fi'")
        .await
        .to_string();
    let (status, body) = app
        .call(
            "set_member_role",
            &[("user_id", &admin), ("role", "editor")],
        )
        .await;
    assert_eq!((status, body), (StatusCode::CONFLICT, json!("Conflict")));

    // A consultant in two organisations switches between them.
    let (_, headers, _) = post(
        &app,
        "register",
        &[
            ("input[org_name]", "Hämeen liitto"),
            ("input[org_kind]", "region"),
            ("input[name]", "Reija Alue"),
            ("input[email]", "reija@hame.fi"),
            ("input[password]", STRONG),
        ],
        None,
    )
    .await;
    let region = session_cookie(&headers);
    let (_, link) = app
        .call(
            "create_invitation",
            &[("email", "reija@hame.fi"), ("role", "viewer")],
        )
        .await;
    let token = link
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    let (status, _, body) = post(
        &app,
        "accept_invitation",
        &[("token", &token)],
        Some(&region),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let me = account(&app, Some(&region)).await;
    assert_eq!(me["memberships"].as_array().unwrap().len(), 2);
    assert_eq!(me["org"][1], "Vaaralahden kaupunki", "accepting switches");
    let hame = me["memberships"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m[1] == "Hämeen liitto")
        .unwrap()[0]
        .to_string();
    let (status, _, _) = post(
        &app,
        "switch_organisation",
        &[("org_id", &hame)],
        Some(&region),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (_, _, list) = post(&app, "list_portfolios", &[], Some(&region)).await;
    assert!(list.to_string().contains("Hämeen liitto"));
    assert!(!list.to_string().contains("Vaaralahden"));
    let (status, _, _) = post(
        &app,
        "switch_organisation",
        &[("org_id", "999999")],
        Some(&region),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "not a member there");

    // Removed, a member loses access at once.
    let (status, _) = app.call("remove_member", &[("user_id", &user)]).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = post(&app, "list_portfolios", &[], Some(&member)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, log) = app.call("list_audit", &[]).await;
    let log = log.to_string();
    for event in [
        "invited",
        "invitation_accepted",
        "role_changed",
        "member_removed",
    ] {
        assert!(log.contains(event), "{event} in {log}");
    }
}

async fn login_is_rate_limited_per_address(app: TestApp) {
    let from = |ip: &str| {
        let mut req = Request::post("/api/login")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, "")
            .body(Body::from("email=a%40b.fi&password=xxxxxxxxxxxxxxx"))
            .unwrap();
        let addr: SocketAddr = format!("{ip}:40000").parse().unwrap();
        req.extensions_mut().insert(ConnectInfo(addr));
        req
    };
    for _ in 0..10 {
        let (status, _, _) = app.send(from("192.0.2.7")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let (status, _, body) = app.send(from("192.0.2.7")).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(body, "\"RateLimited\"");
    let (status, _, _) = app.send(from("192.0.2.8")).await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "another address goes on"
    );
}
