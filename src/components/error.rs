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
    use http::StatusCode;

    pub fn set(error: &AppError) {
        let code = match error {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict => StatusCode::CONFLICT,
            AppError::Internal | AppError::Request(_) => StatusCode::INTERNAL_SERVER_ERROR,
        };
        if let Some(res) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
            res.set_status(code);
        }
    }
}

#[cfg(not(feature = "ssr"))]
mod status {
    pub fn set(_: &crate::error::AppError) {}
}
