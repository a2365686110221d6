//! The account pages — signing in, registering, new passwords, one's own account, the
//! organisation's people, invitations and the privacy notice — and the form pieces they
//! share: the summary of a refused form and the role choice. Their fields are the shared
//! `components::field::FormField`.

// the account page itself, named like the others after its route
#[allow(clippy::module_inception)]
mod account;
mod invitation;
mod login;
mod organisation;
mod privacy;
mod register;
mod reset;

pub use account::AccountPage;
pub use invitation::InvitationPage;
pub use login::LoginPage;
pub use organisation::OrganisationPage;
pub use privacy::PrivacyPage;
pub use register::RegisterPage;
pub use reset::{RequestResetPage, ResetPasswordPage};

use crate::error::AppError;
use crate::i18n::use_texts;
use leptos::prelude::*;

/// What was wrong with a sent form, announced when it appears: each field's problem with
/// the field's label, or the error's message.
#[component]
fn FormProblems(error: Signal<Option<AppError>>) -> impl IntoView {
    let t = use_texts();
    let a = t.account;
    let lines = move || match error.get() {
        Some(AppError::Validation(es)) => es
            .iter()
            .map(|e| format!("{}: {}", a.label(t, e.field), t.field_error(e)))
            .collect::<Vec<_>>(),
        Some(e) => vec![t.error(&e).to_string()],
        None => Vec::new(),
    };
    view! {
        <div class="error-summary" role="alert" hidden=move || lines().is_empty()>
            <p class="error-summary-title">{a.form_problems}</p>
            <ul>
                {move || lines().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
            </ul>
        </div>
    }
}

/// The role options of a select, with `current` chosen.
fn role_options(current: crate::model::Role) -> impl IntoView {
    let a = use_texts().account;
    crate::model::Role::ALL
        .into_iter()
        .map(|r| {
            let selected = r == current;
            view! { <option value=r.as_str() selected=selected>{a.role_name(r)}</option> }
        })
        .collect_view()
}
