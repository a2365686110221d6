//! The account pages — signing in, registering, new passwords, one's own account, the
//! organisation's people, invitations and the privacy notice — and the form pieces they
//! share: a labelled input with its problems, and the summary of a refused form.

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
use crate::model::Field;
use leptos::prelude::*;

/// A labelled input of an account form. Its problems in `error` appear above it, linked
/// with `aria-describedby` and marked with `aria-invalid`.
#[component]
fn AccountField(
    field: Field,
    /// The form name the server function reads.
    name: &'static str,
    label: &'static str,
    /// The `autocomplete` token, e.g. `email`, `current-password`, `new-password`.
    autocomplete: &'static str,
    error: Signal<Option<AppError>>,
    /// The input type.
    #[prop(default = "text")]
    kind: &'static str,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let t = use_texts();
    let id = field.input_id();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let message = move || {
        error.with(|e| match e {
            Some(AppError::Validation(es)) => es
                .iter()
                .filter(|x| x.field == field)
                .map(|x| t.account.problem(t, x))
                .collect::<Vec<_>>()
                .join(" "),
            _ => String::new(),
        })
    };
    let invalid = move || (!message().is_empty()).then_some("true");
    let has_hint = hint.is_some();
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if !message().is_empty() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:has-error=move || invalid().is_some()>
            <label for=id>
                {label}
                {required.then(|| view! { <span class="required">" (" {t.hint_required} ")"</span> })}
            </label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            <p class="field-error" id=error_id hidden=move || message().is_empty()>
                {message}
            </p>
            <input
                id=id
                name=name
                type=kind
                autocomplete=autocomplete
                aria-invalid=invalid
                aria-describedby=described_by
                aria-required=required.then_some("true")
            />
        </div>
    }
}

/// What was wrong with a sent form, announced when it appears: each field's problem with
/// the field's label, or the error's message.
#[component]
fn FormProblems(error: Signal<Option<AppError>>) -> impl IntoView {
    let t = use_texts();
    let a = t.account;
    let lines = move || match error.get() {
        Some(AppError::Validation(es)) => es
            .iter()
            .map(|e| format!("{}: {}", a.label(t, e.field), a.problem(t, e)))
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
