//! Hankekartta: the co-development portfolio for Finnish municipalities and regions.
//!
//! One crate, two halves: the `ssr` feature builds the axum server (with `src/server/`), the
//! `hydrate` feature builds the browser client that takes over the server-rendered pages.
//! Everything else — the data model, translations, server-function declarations, pages and
//! components — is shared by both.
#![recursion_limit = "256"]

pub mod analysis;
pub mod api;
pub mod app;
pub mod components;
pub mod error;
pub mod i18n;
pub mod model;
pub mod network;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;
/// Spreadsheet import and export (server only).
#[cfg(feature = "ssr")]
pub mod transfer;

/// Entry point of the browser bundle: hydrates the server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
    // A marker for tests and styles: the page is now interactive.
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        let _ = body.set_attribute("data-hydrated", "");
    }
}
