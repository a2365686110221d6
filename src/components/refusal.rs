//! A small form's refusal, translated: field problems named with their field, anything else
//! as the error's message. Announced when it appears.

use crate::error::AppError;
use crate::i18n::use_texts;
use leptos::prelude::*;

#[component]
pub fn Refusal(error: Signal<Option<AppError>>) -> impl IntoView {
    let t = use_texts();
    let text = move || {
        error.get().map(|e| match &e {
            AppError::Validation(es) => es
                .iter()
                .map(|x| format!("{}: {}", t.field(x.field), t.field_error(x)))
                .collect::<Vec<_>>()
                .join(" "),
            e => t.error(e).to_string(),
        })
    };
    view! {
        <p class="form-error" role="alert" hidden=move || text().is_none()>
            {text}
        </p>
    }
}

/// Bumps `saved` each time one of the server actions succeeds, so resources that read it
/// load again; a refused action leaves them (and what was typed) as they are.
#[macro_export]
macro_rules! reload_on_success {
    ($saved:expr, $($action:expr),+ $(,)?) => {
        $(
            {
                let action = $action;
                let saved = $saved;
                leptos::prelude::Effect::new(move |_| {
                    if let Some(Ok(_)) = action.value().get() {
                        saved.update(|n: &mut u32| *n += 1);
                    }
                });
            }
        )+
    };
}

/// Links to the parts of a portfolio, with the current one marked.
#[component]
pub fn PortfolioNav(portfolio: crate::model::PortfolioId, current: &'static str) -> impl IntoView {
    let t = use_texts();
    let e = t.editing;
    let links = [
        ("", t.projects_heading),
        ("/actors", e.actors_title),
        ("/themes", e.themes_title),
        ("/network", t.net.title),
        ("/situation", t.situation_title),
        ("/actions", t.actions_title),
        ("/history", e.history_title),
        ("/import", t.transfer.title),
        ("/settings", e.settings_title),
    ];
    view! {
        <nav class="portfolio-nav no-print" aria-label=e.portfolio_nav>
            <ul>
                {links
                    .into_iter()
                    .map(|(path, label)| {
                        let href = format!("/portfolio/{portfolio}{path}");
                        let here = (path == current).then_some("page");
                        view! {
                            <li>
                                <a href=href aria-current=here>{label}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
