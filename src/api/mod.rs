//! Server functions, grouped by domain. Each is a thin adapter: find the caller and scope
//! (`server::auth`), call the store, return model types. Every one is listed in [`register`]
//! and, with what it needs of its caller, in [`access::ACCESS`].

pub mod access;
mod account;
mod actions;
mod actors;
mod analysis;
#[cfg(feature = "ssr")]
mod form;
mod history;
mod import;
mod members;
mod network;
mod portfolio_admin;
mod portfolios;
mod projects;
mod themes;
#[cfg(feature = "ssr")]
mod web;

pub use account::*;
pub use actions::*;
pub use actors::*;
pub use analysis::*;
pub use history::*;
pub use import::*;
pub use members::*;
pub use network::*;
pub use portfolio_admin::*;
pub use portfolios::*;
pub use projects::*;
pub use themes::*;

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
    register_explicit::<SetActionLinks>();
    register_explicit::<GetNetwork>();
    register_explicit::<SavePositions>();
    register_explicit::<GetProjectDetail>();
    register_explicit::<DeleteProject>();
    register_explicit::<LinkActor>();
    register_explicit::<UnlinkActor>();
    register_explicit::<SetProjectThemes>();
    register_explicit::<RelateProjects>();
    register_explicit::<UnrelateProjects>();
    register_explicit::<ListActors>();
    register_explicit::<GetActor>();
    register_explicit::<CreateActor>();
    register_explicit::<UpdateActor>();
    register_explicit::<DeleteActor>();
    register_explicit::<MergeActors>();
    register_explicit::<ListThemes>();
    register_explicit::<CreateTheme>();
    register_explicit::<RenameTheme>();
    register_explicit::<DeleteTheme>();
    register_explicit::<GetHistory>();
    register_explicit::<UndoLast>();
    register_explicit::<PreviewImport>();
    register_explicit::<RunImport>();
    register_explicit::<UpdatePortfolio>();
    register_explicit::<SetPortfolioArchived>();
    register_explicit::<CreateScopedPortfolio>();
    register_explicit::<Register>();
    register_explicit::<Login>();
    register_explicit::<Logout>();
    register_explicit::<GetAccount>();
    register_explicit::<ChangePassword>();
    register_explicit::<RequestPasswordReset>();
    register_explicit::<ResetPassword>();
    register_explicit::<SwitchOrganisation>();
    register_explicit::<ListMembers>();
    register_explicit::<SetMemberRole>();
    register_explicit::<RemoveMember>();
    register_explicit::<CreateInvitation>();
    register_explicit::<GetInvitation>();
    register_explicit::<AcceptInvitation>();
    register_explicit::<ListAudit>();
}
