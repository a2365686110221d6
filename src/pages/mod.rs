//! One route component per file.

mod account;
mod action_edit;
mod actions;
mod actor;
mod actors;
mod history;
mod home;
mod import;
mod network;
mod not_found;
mod portfolio;
mod project;
mod project_form;
mod settings;
mod situation;
mod themes;

pub use account::{
    AccountPage, InvitationPage, LoginPage, OrganisationPage, PrivacyPage, RegisterPage,
    RequestResetPage, ResetPasswordPage,
};
pub use action_edit::EditActionPage;
pub use actions::ActionsPage;
pub use actor::ActorPage;
pub use actors::{ActorsPage, EditActorPage, NewActorPage};
pub use history::HistoryPage;
pub use home::HomePage;
pub use import::{ImportPage, ImportPreviewPage};
pub use network::{MapPage, NetworkPage};
pub use not_found::NotFoundPage;
pub use portfolio::PortfolioPage;
pub use project::ProjectPage;
pub use project_form::{EditProjectPage, NewProjectPage};
pub use settings::SettingsPage;
pub use situation::SituationPage;
pub use themes::ThemesPage;

use crate::model::{PortfolioId, ProjectId};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The `:id` route parameter as a portfolio ID.
fn portfolio_param() -> Memo<Option<PortfolioId>> {
    let params = use_params_map();
    Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse().ok())
            .map(PortfolioId)
    })
}

/// The `:project` route parameter as a project ID.
fn project_param() -> Memo<Option<ProjectId>> {
    let params = use_params_map();
    Memo::new(move |_| {
        params
            .read()
            .get("project")
            .and_then(|s| s.parse().ok())
            .map(ProjectId)
    })
}
