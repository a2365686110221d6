//! Signing in. A private page sends a signed-out visitor here with `?next=` (where to go
//! after signing in); `?reset=1` says that a new password was just set.

use super::FormProblems;
use crate::api::Login;
use crate::components::field::{field_errors, FormField, InputKind};
use crate::i18n::use_texts;
use crate::model::Field;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn LoginPage() -> impl IntoView {
    let a = use_texts().account;
    let login = ServerAction::<Login>::new();
    let error = Signal::derive(move || login.value().get().and_then(Result::err));
    let errors = field_errors(error);
    let query = use_query_map();
    // only a path on this site; the server checks it again
    let next = move || {
        query
            .read()
            .get("next")
            .filter(|n| n.starts_with('/') && !n.starts_with("//"))
    };
    let reset_done = move || query.read().get("reset").is_some();
    view! {
        <Title text=a.login_title />
        <h1>{a.login_title}</h1>
        {move || reset_done().then(|| view! { <p class="notice" role="status">{a.reset_done}</p> })}
        <ActionForm action=login attr:class="form narrow" attr:novalidate="">
            <FormProblems error />
            {move || next().map(|n| view! { <input type="hidden" name="next" value=n /> })}
            <FormField field=Field::Email name="email" label=a.email kind=InputKind::Email autocomplete="email" errors />
            <FormField
                field=Field::Password
                name="password"
                label=a.password
                kind=InputKind::Password
                autocomplete="current-password"
                errors
            />
            <button type="submit" class="button primary">{a.sign_in}</button>
        </ActionForm>
        <ul class="link-list">
            <li>
                <a href="/reset">{a.forgot_password}</a>
            </li>
            <li>
                {a.no_account} " " <a href="/register">{a.register_link}</a>
            </li>
        </ul>
    }
}
