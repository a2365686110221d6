//! Showing an [`AppError`] to the user, translated, and giving the response a fitting status.

use crate::error::AppError;
use crate::i18n::use_texts;
use leptos::prelude::*;
use leptos_meta::Title;

/// A translated error message. On the server it also sets the HTTP status (404 for
/// `NotFound`), so crawlers and tests see the truth.
#[component]
pub fn ErrorMessage(error: AppError) -> impl IntoView {
    let t = use_texts();
    status::set(&error);
    let heading = if error == AppError::NotFound {
        t.not_found_title
    } else {
        t.error_title
    };
    view! {
        <Title text=heading />
        <section class="error-box" role="alert">
            <h1>{heading}</h1>
            <p>{t.error(&error)}</p>
            <p>
                <a href="/">{t.back_home}</a>
            </p>
        </section>
    }
}

#[cfg(feature = "ssr")]
mod status {
    use crate::error::AppError;

    pub fn set(error: &AppError) {
        let code = crate::server::router::status_of(error);
        if let Some(res) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
            res.set_status(code);
        }
    }
}

#[cfg(not(feature = "ssr"))]
mod status {
    pub fn set(_: &crate::error::AppError) {}
}
