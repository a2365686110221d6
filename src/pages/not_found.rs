//! The page for an unknown address.

use crate::components::error::ErrorMessage;
use crate::error::AppError;
use crate::i18n::use_texts;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <Title text=t.not_found_title />
        <ErrorMessage error=AppError::NotFound />
    }
}
