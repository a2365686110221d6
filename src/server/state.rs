//! The application state handed to every handler and server function (via context).

use super::config::Config;
use super::db::Db;
use super::limits::Limits;
use super::mail::{LogMailer, Mailer};
use super::{demo, store};
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;
use std::sync::Arc;

#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub leptos: LeptosOptions,
    /// Rate limits of login, registration and invitations.
    pub limits: Limits,
    /// Where invitation and password-reset mail goes.
    pub mailer: Arc<dyn Mailer>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
}

impl AppState {
    /// Opens the database, loads the demo portfolio into an empty one if configured, and
    /// synthetic benchmark portfolios when asked for.
    pub async fn open(config: Config) -> Result<Self, String> {
        let db = Db::open(&config.database_url, &config.data_dir).await?;
        if config.demo {
            demo::load_if_empty(&db)
                .await
                .map_err(|e| format!("demo data: {e:?}"))?;
        }
        let bench_org = store::organisations::by_slug(&db, &config.bench_organisation)
            .await
            .map_err(|e| format!("organisation lookup: {e:?}"))?
            .map(|o| o.id);
        if let (Some(org), false) = (bench_org, config.synthetic.is_empty()) {
            super::synthetic::load(&db, org, &config.synthetic)
                .await
                .map_err(|e| format!("synthetic data: {e:?}"))?;
        }
        let leptos = LeptosOptions::builder()
            .output_name("hankekartta")
            .site_root(config.site_root.clone())
            .site_pkg_dir("pkg")
            .site_addr(config.address)
            .build();
        Ok(Self {
            db,
            config: Arc::new(config),
            leptos,
            limits: Limits::default(),
            mailer: Arc::new(LogMailer),
        })
    }
}
