//! The HTML shell, the root component and the route table — nothing else.

use crate::components::layout::Layout;
use crate::i18n::request_locale;
use crate::pages::{
    AccountPage, ActionsPage, ActorPage, ActorsPage, EditActionPage, EditActorPage,
    EditProjectPage, HistoryPage, HomePage, ImportPage, ImportPreviewPage, InvitationPage,
    LoginPage, MapPage, NetworkPage, NewActorPage, NewProjectPage, NotFoundPage, OrganisationPage,
    PortfolioPage, PrivacyPage, ProjectPage, RegisterPage, RequestResetPage, ResetPasswordPage,
    SettingsPage, SituationPage, ThemesPage,
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// The document around the app, rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = request_locale();
    view! {
        <!DOCTYPE html>
        <html lang=locale.code()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="icon" href="/favicon.ico" />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale = request_locale();
    provide_context(locale);
    let t = locale.texts();
    // Data pages render completely on the server (`Async`), so they read without JavaScript.
    view! {
        <Stylesheet id="leptos" href="/pkg/hankekartta.css" />
        <Title formatter=move |page: String| {
            if page.is_empty() { t.app_name.to_string() } else { format!("{page} – {}", t.app_name) }
        } />
        <Router>
            <Layout>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage ssr=SsrMode::Async />
                    <Route path=path!("/login") view=LoginPage ssr=SsrMode::Async />
                    <Route path=path!("/register") view=RegisterPage ssr=SsrMode::Async />
                    <Route path=path!("/reset") view=RequestResetPage ssr=SsrMode::Async />
                    <Route path=path!("/reset/:token") view=ResetPasswordPage ssr=SsrMode::Async />
                    <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async />
                    <Route path=path!("/organisation") view=OrganisationPage ssr=SsrMode::Async />
                    <Route path=path!("/invite/:token") view=InvitationPage ssr=SsrMode::Async />
                    <Route path=path!("/privacy") view=PrivacyPage ssr=SsrMode::Async />
                    <Route path=path!("/portfolio/:id") view=PortfolioPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/portfolio/:id/actions")
                        view=ActionsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/portfolio/:id/actions/:action/edit")
                        view=EditActionPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/portfolio/:id/network")
                        view=NetworkPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/portfolio/:id/map") view=MapPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/portfolio/:id/situation")
                        view=SituationPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/portfolio/:id/projects/new")
                        view=NewProjectPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/portfolio/:id/projects/:project/edit")
                        view=EditProjectPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/portfolio/:id/projects/:project")
                        view=ProjectPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/portfolio/:id/actors") view=ActorsPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/portfolio/:id/actors/new")
                        view=NewActorPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/portfolio/:id/actors/:actor/edit")
                        view=EditActorPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/portfolio/:id/actors/:actor")
                        view=ActorPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/portfolio/:id/themes") view=ThemesPage ssr=SsrMode::Async />
                    <Route path=path!("/portfolio/:id/import") view=ImportPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/portfolio/:id/settings")
                        view=SettingsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/portfolio/:id/import/:upload")
                        view=ImportPreviewPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/portfolio/:id/history")
                        view=HistoryPage
                        ssr=SsrMode::Async
                    />
                </Routes>
            </Layout>
        </Router>
    }
}
