//! The page for an unknown address.

use crate::components::error::ErrorMessage;
use crate::error::AppError;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <ErrorMessage error=AppError::NotFound /> }
}
