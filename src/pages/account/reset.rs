//! A forgotten password: asking for a one-time link (`/reset`), and setting a new password
//! with it (`/reset/:token`).

use super::FormProblems;
use crate::api::{RequestPasswordReset, ResetPassword};
use crate::components::field::{field_errors, FormField, InputKind};
use crate::i18n::use_texts;
use crate::model::{Field, PASSWORD_MIN};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn RequestResetPage() -> impl IntoView {
    let a = use_texts().account;
    let request = ServerAction::<RequestPasswordReset>::new();
    let error = Signal::derive(move || request.value().get().and_then(Result::err));
    let errors = field_errors(error);
    let query = use_query_map();
    let sent = move || query.read().get("sent").is_some();
    view! {
        <Title text=a.reset_title />
        <h1>{a.reset_title}</h1>
        {move || sent().then(|| view! { <p class="notice" role="status">{a.reset_sent}</p> })}
        <p>{a.reset_intro}</p>
        <ActionForm action=request attr:class="form narrow" attr:novalidate="">
            <FormProblems error />
            <FormField field=Field::Email name="email" label=a.email kind=InputKind::Email autocomplete="email" errors />
            <button type="submit" class="button primary">{a.send_link}</button>
        </ActionForm>
        <p>
            <a href="/login">{a.back_to_login}</a>
        </p>
    }
}

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let a = use_texts().account;
    let reset = ServerAction::<ResetPassword>::new();
    let error = Signal::derive(move || reset.value().get().and_then(Result::err));
    let errors = field_errors(error);
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    view! {
        <Title text=a.new_password_title />
        <h1>{a.new_password_title}</h1>
        <p>{a.new_password_intro}</p>
        <ActionForm action=reset attr:class="form narrow" attr:novalidate="">
            <FormProblems error />
            <input type="hidden" name="token" value=token />
            <FormField
                field=Field::NewPassword
                name="new_password"
                label=a.new_password
                kind=InputKind::Password
                autocomplete="new-password"
                hint=(a.password_hint)(PASSWORD_MIN)
                errors
            />
            <button type="submit" class="button primary">{a.save_password}</button>
        </ActionForm>
        <ul class="link-list">
            <li>
                <a href="/reset">{a.request_new_link}</a>
            </li>
            <li>
                <a href="/login">{a.back_to_login}</a>
            </li>
        </ul>
    }
}
