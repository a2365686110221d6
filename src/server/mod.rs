//! The server half (`ssr` only): configuration, state, database, the write path, the demo
//! portfolio and the axum router. Server functions in `crate::api` call into `store` here.

pub mod auth;
pub mod config;
pub mod db;
pub mod demo;
pub mod export;
pub mod import;
pub mod lang;
pub mod limits;
pub mod mail;
pub mod passwords;
pub mod portfolio_json;
pub mod router;
pub mod security;
pub mod session;
pub mod state;
pub mod store;
pub mod synthetic;
pub mod upload;

use std::process::ExitCode;

/// Starts the server: configuration, database (migrated, demo loaded when empty), router.
pub async fn run() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .init();
    let config = match config::Config::load() {
        Ok(c) => c,
        Err(e) => {
            tracing::error!("configuration: {e}");
            return ExitCode::FAILURE;
        }
    };
    let state = match state::AppState::open(config).await {
        Ok(s) => s,
        Err(e) => {
            tracing::error!("start-up failed: {e}");
            return ExitCode::FAILURE;
        }
    };
    let addr = state.config.address;
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(l) => l,
        Err(e) => {
            tracing::error!("cannot listen on {addr}: {e}");
            return ExitCode::FAILURE;
        }
    };
    tracing::info!("Hankekartta listening on http://{addr}");
    let app = router::app(state);
    let app = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
    let served = axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await;
    match served {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("server error: {e}");
            ExitCode::FAILURE
        }
    }
}
