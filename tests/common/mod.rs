//! Test harness: a fresh database per test on SQLite (a temp file) or PostgreSQL (a new
//! database on the server named by `HK_TEST_PG_URL`), the router driven in-process.
#![allow(dead_code)]

use axum::body::Body;
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::Router;
use hankekartta::server::config::Config;
use hankekartta::server::mail::MemoryMailer;
use hankekartta::server::passwords;
use hankekartta::server::router::app;
use hankekartta::server::state::AppState;
use hankekartta::server::store::accounts;
use http_body_util::BodyExt;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;
use tower::ServiceExt;

#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub struct TestApp {
    pub state: AppState,
    pub router: Router,
    /// The mail the app sent (invitations, password resets).
    pub mail: MemoryMailer,
    /// The `Cookie` header sent with every request: a session of the demo admin at first.
    cookie: Mutex<Option<String>>,
    _dir: tempfile::TempDir,
}

/// The demo organisation's people (see `server::demo`).
pub const ADMIN: &str = "anna.virtanen@vaaralahti.fi";
pub const EDITOR: &str = "mikko.laine@vaaralahti.fi";
pub const VIEWER: &str = "sari.nieminen@vaaralahti.fi";

/// Runs each named `async fn(TestApp)` once on SQLite and once on PostgreSQL.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let app = $crate::common::TestApp::new($crate::common::Backend::Sqlite).await;
                super::$name(app.expect("SQLite is always available")).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(app) = $crate::common::TestApp::new($crate::common::Backend::Postgres).await {
                    super::$name(app).await
                }
            }
        }
    )*};
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

impl TestApp {
    /// A fresh app with the demo portfolio loaded. `None` only for PostgreSQL when no server
    /// was given and `HK_REQUIRE_PG` is unset (then the test is skipped with a note).
    pub async fn new(backend: Backend) -> Option<Self> {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = match backend {
            Backend::Sqlite => String::new(),
            Backend::Postgres => match std::env::var("HK_TEST_PG_URL") {
                Ok(admin) => fresh_pg_database(&admin).await,
                Err(_) if std::env::var("HK_REQUIRE_PG").is_ok() => {
                    panic!("HK_REQUIRE_PG is set but HK_TEST_PG_URL is not")
                }
                Err(_) => {
                    eprintln!("skipped: no PostgreSQL (set HK_TEST_PG_URL, or run `make test`)");
                    return None;
                }
            },
        };
        let data_dir = dir.path().to_string_lossy().to_string();
        let config = Config::from_parts("", |k| match k {
            "DATABASE_URL" => Some(url.clone()),
            "HK_DATA_DIR" => Some(data_dir.clone()),
            "HK_SITE_ROOT" => Some(data_dir.clone()),
            _ => None,
        })
        .expect("config");
        let mut state = AppState::open(config).await.expect("app state");
        let mail = MemoryMailer::default();
        state.mailer = std::sync::Arc::new(mail.clone());
        let router = app(state.clone());
        let app = Self {
            state,
            router,
            mail,
            cookie: Mutex::new(None),
            _dir: dir,
        };
        app.sign_in_as(ADMIN).await;
        Some(app)
    }

    /// From now on, requests carry a fresh session of the person with this e-mail address
    /// (in their first organisation), opened directly in the store.
    pub async fn sign_in_as(&self, email: &str) -> String {
        let cookie = self.session_of(email).await;
        *self.cookie.lock().unwrap() = Some(cookie.clone());
        cookie
    }

    /// A new session cookie (`hk_session=…`) of the person with this e-mail address.
    pub async fn session_of(&self, email: &str) -> String {
        let db = &self.state.db;
        let (user, _) = accounts::user_by_email(db, email)
            .await
            .unwrap()
            .expect("a known person");
        let org = accounts::first_org(db, user).await.unwrap();
        let token = passwords::random_token();
        accounts::create_session(db, &passwords::token_hash(&token), user, org)
            .await
            .unwrap();
        format!("hk_session={token}")
    }

    /// Sends the given cookie (or none) from now on.
    pub fn use_cookie(&self, cookie: Option<&str>) {
        *self.cookie.lock().unwrap() = cookie.map(str::to_string);
    }

    /// From now on, requests carry no session.
    pub fn sign_out(&self) {
        self.use_cookie(None);
    }

    /// Calls a server function the way the browser's form does; returns the status and JSON.
    pub async fn call(&self, name: &str, form: &[(&str, &str)]) -> (StatusCode, serde_json::Value) {
        let body = serde_urlencoded::to_string(form).expect("form");
        let req = Request::post(format!("/api/{name}"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json")
            .body(Body::from(body))
            .expect("request");
        let (status, _, text) = self.send(req).await;
        let json = serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text));
        (status, json)
    }

    /// Calls a server function that takes JSON (as the browser's code does for big inputs).
    pub async fn call_json(
        &self,
        name: &str,
        body: &serde_json::Value,
    ) -> (StatusCode, serde_json::Value) {
        let req = Request::post(format!("/api/{name}"))
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::ACCEPT, "application/json")
            .body(Body::from(body.to_string()))
            .expect("request");
        let (status, _, text) = self.send(req).await;
        let json = serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text));
        (status, json)
    }

    /// GETs a page with extra headers; returns status, headers and body text.
    pub async fn get(
        &self,
        path: &str,
        headers: &[(&str, &str)],
    ) -> (StatusCode, HeaderMap, String) {
        let mut req = Request::get(path);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        self.send(req.body(Body::empty()).expect("request")).await
    }

    /// The request with the current session among its cookies.
    pub fn with_session(&self, mut req: Request<Body>) -> Request<Body> {
        let cookie = self.cookie.lock().unwrap().clone();
        // The session joins the request's own cookies, unless the request names its session
        // (or sends an empty Cookie header: deliberately signed out).
        if let Some(c) = cookie {
            let own = req
                .headers()
                .get(header::COOKIE)
                .map(|v| v.to_str().unwrap_or_default().to_string());
            let merged = match own {
                None => Some(c),
                Some(o) if o.is_empty() || o.contains("hk_session=") => None,
                Some(o) => Some(format!("{o}; {c}")),
            };
            if let Some(m) = merged {
                req.headers_mut()
                    .insert(header::COOKIE, m.parse().expect("cookie header"));
            }
        }
        req
    }

    pub async fn send(&self, req: Request<Body>) -> (StatusCode, HeaderMap, String) {
        let req = self.with_session(req);
        let res = self.router.clone().oneshot(req).await.expect("response");
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.expect("body").to_bytes();
        (status, headers, String::from_utf8_lossy(&bytes).to_string())
    }

    /// The demo organisation's portfolio ID.
    pub async fn demo_portfolio(&self) -> i64 {
        let (status, json) = self.call("list_portfolios", &[]).await;
        assert_eq!(status, StatusCode::OK, "{json}");
        json[0]["portfolio"]["id"].as_i64().expect("a portfolio")
    }

    pub async fn scalar(&self, sql: &str) -> i64 {
        let (n,): (i64,) = sqlx::query_as(sql)
            .fetch_one(&self.state.db.pool)
            .await
            .expect(sql);
        n
    }
}

/// Creates an empty database on the PostgreSQL server and returns its URL.
async fn fresh_pg_database(admin_url: &str) -> String {
    sqlx::any::install_default_drivers();
    let name = format!(
        "hk_test_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    );
    let pool = sqlx::AnyPool::connect(admin_url)
        .await
        .expect("PostgreSQL server");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&pool)
        .await
        .expect("create database");
    pool.close().await;
    let base = admin_url
        .rsplit_once('/')
        .map(|(b, _)| b)
        .unwrap_or(admin_url);
    format!("{base}/{name}")
}
