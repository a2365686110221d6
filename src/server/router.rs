//! The axum router: pages rendered by Leptos, server functions under `/api`, the language
//! switcher and static files. Built by a function so tests drive it without a socket.

use super::auth::{self, Visitor};
use super::lang::set_language;
use super::security;
use super::session;
use super::state::AppState;
use crate::app::{shell, App};
use crate::error::AppError;
use axum::body::Body;
use axum::extract::DefaultBodyLimit;
use axum::extract::{ConnectInfo, State};
use axum::http::{Request, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use leptos::prelude::provide_context;
use leptos_axum::{
    generate_route_list_with_exclusions, handle_server_fns_with_context, LeptosRoutes,
};
use std::net::SocketAddr;
use tower_http::compression::CompressionLayer;
use tower_http::trace::TraceLayer;

pub fn app(state: AppState) -> Router {
    crate::api::register();
    // Server functions are served by `server_fn` below, which checks access first; Leptos
    // must not register its own unchecked handlers for them.
    let functions: Vec<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_string())
        .collect();
    let routes = generate_route_list_with_exclusions(App, Some(functions));
    let context = {
        let state = state.clone();
        move || {
            provide_context(state.clone());
            security::provide_page_nonce();
        }
    };
    let leptos = state.leptos.clone();
    Router::new()
        .route("/api/{*fn_name}", post(server_fn))
        .route("/lang", post(set_language))
        .route(
            "/portfolio/{id}/export/{file}",
            get(super::export::download),
        )
        .route(
            "/portfolio/{id}/import",
            post(super::upload::receive).layer(DefaultBodyLimit::max(super::upload::MAX_UPLOAD)),
        )
        .leptos_routes_with_context(&state, routes, context.clone(), {
            let leptos = leptos.clone();
            move || shell(leptos.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(context, shell))
        .layer(middleware::from_fn(error_status))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            session::identify,
        ))
        .layer(middleware::from_fn(security::same_origin))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security::harden,
        ))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Every server function passes here: unknown names are not found, the caller must have
/// what the function needs (`api::access`), and login-like functions are rate-limited.
async fn server_fn(State(state): State<AppState>, req: Request<Body>) -> Response {
    let name = req.uri().path().trim_start_matches("/api/").to_string();
    let Some(need) = crate::api::access::need(&name) else {
        return refuse(AppError::NotFound);
    };
    let visitor = req
        .extensions()
        .get::<Visitor>()
        .cloned()
        .unwrap_or_default();
    if let Err(e) = auth::check(&visitor, need) {
        return refuse(e);
    }
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0);
    if !state.limits.allow(&name, peer) {
        tracing::warn!(function = %name, ?peer, "rate limit reached");
        return refuse(AppError::RateLimited);
    }
    handle_server_fns_with_context(move || provide_context(state.clone()), req)
        .await
        .into_response()
}

/// An [`AppError`] as a server function's answer, with its status.
fn refuse(e: AppError) -> Response {
    let body = serde_json::to_string(&e).unwrap_or_default();
    (
        status_of(&e),
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        body,
    )
        .into_response()
}

pub fn status_of(e: &AppError) -> StatusCode {
    match e {
        AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
        AppError::NotFound => StatusCode::NOT_FOUND,
        AppError::Forbidden => StatusCode::FORBIDDEN,
        AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
        AppError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
        AppError::Conflict => StatusCode::CONFLICT,
        AppError::Request(_) => StatusCode::BAD_REQUEST,
        AppError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// Leptos answers every server-function error with 500; this reads the error back (always
/// an [`AppError`], a few hundred bytes) to give it its real status: 422 for refused input,
/// 404, 403, 409, and 400 for a request that did not parse.
async fn error_status(req: Request<Body>, next: Next) -> Response {
    let api = req.uri().path().starts_with("/api/");
    let res = next.run(req).await;
    if !api || res.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 256 * 1024).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status = status_of(&error);
    }
    Response::from_parts(parts, Body::from(bytes))
}
