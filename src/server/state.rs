//! The application state handed to every handler and server function (via context).

use super::config::Config;
use super::db::Db;
use super::{demo, store};
use crate::model::OrgId;
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;
use std::sync::Arc;

#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub leptos: LeptosOptions,
    /// The organisation visitors act in until accounts exist (see `auth`).
    pub open_org: Option<OrgId>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
}

impl AppState {
    /// Opens the database, loads the demo portfolio into an empty one if configured, and
    /// resolves the open organisation.
    pub async fn open(config: Config) -> Result<Self, String> {
        let db = Db::open(&config.database_url, &config.data_dir).await?;
        if config.demo {
            demo::load_if_empty(&db)
                .await
                .map_err(|e| format!("demo data: {e:?}"))?;
        }
        let open_org = store::organisations::by_slug(&db, &config.open_organisation)
            .await
            .map_err(|e| format!("organisation lookup: {e:?}"))?
            .map(|o| o.id);
        if let (Some(org), false) = (open_org, config.synthetic.is_empty()) {
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
            open_org,
        })
    }
}
