//! Server functions, grouped by domain. Each is a thin adapter: find the caller and scope
//! (`server::auth`), call the store, return model types. Every one is listed in [`register`].

mod actions;
mod analysis;
mod network;
mod portfolios;
mod projects;

pub use actions::*;
pub use analysis::*;
pub use network::*;
pub use portfolios::*;
pub use projects::*;

/// Registers every server function with the router explicitly, so none depends on link-time
/// registration, and so this list is the complete inventory of the API.
#[cfg(feature = "ssr")]
pub fn register() {
    use leptos::server_fn::axum::register_explicit;
    register_explicit::<ListPortfolios>();
    register_explicit::<GetPortfolio>();
    register_explicit::<GetProject>();
    register_explicit::<CreateProject>();
    register_explicit::<UpdateProject>();
    register_explicit::<GetAnalysis>();
    register_explicit::<ListActions>();
    register_explicit::<CreateAction>();
    register_explicit::<ActOnFinding>();
    register_explicit::<DismissFinding>();
    register_explicit::<SetActionStatus>();
    register_explicit::<UpdateAction>();
    register_explicit::<GetNetwork>();
    register_explicit::<SavePositions>();
}
