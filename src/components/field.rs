//! Labelled form fields whose validation errors appear next to them, linked for screen
//! readers (`aria-invalid`, `aria-describedby`), and the error summary above a form.

use crate::error::AppError;
use crate::i18n::use_texts;
use crate::model::{Field, FieldError};
use leptos::prelude::*;

/// The kind of input a [`FormField`] renders.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Text,
    Date,
    Email,
    Url,
    Password,
    TextArea,
}

/// The field problems of a refused form (none for any other refusal).
pub fn field_errors(error: Signal<Option<AppError>>) -> Signal<Vec<FieldError>> {
    Signal::derive(move || match error.get() {
        Some(AppError::Validation(es)) => es,
        _ => Vec::new(),
    })
}

/// A labelled input with an optional hint and its errors from `errors`.
#[component]
pub fn FormField(
    field: Field,
    /// The form name the server function reads, e.g. `input[name]`.
    name: &'static str,
    label: &'static str,
    /// The value shown (none for passwords and empty forms).
    #[prop(optional)]
    value: String,
    errors: Signal<Vec<FieldError>>,
    #[prop(default = InputKind::Text)] kind: InputKind,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] required: bool,
    /// The `autocomplete` token, e.g. `email`, `current-password`, `new-password`.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
) -> impl IntoView {
    let t = use_texts();
    let id = field.input_id();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let message = move || {
        errors.with(|es| {
            es.iter()
                .filter(|e| e.field == field)
                .map(|e| t.field_error(e))
                .collect::<Vec<_>>()
                .join(" ")
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
    let input = match kind {
        InputKind::TextArea => view! {
            <textarea
                id=id
                name=name
                rows="4"
                aria-invalid=invalid
                aria-describedby=described_by
                aria-required=required.then_some("true")
            >
                {value}
            </textarea>
        }
        .into_any(),
        _ => {
            let type_ = match kind {
                InputKind::Date => "date",
                InputKind::Email => "email",
                InputKind::Url => "url",
                InputKind::Password => "password",
                _ => "text",
            };
            view! {
                <input
                    id=id
                    name=name
                    type=type_
                    value=value
                    autocomplete=autocomplete
                    aria-invalid=invalid
                    aria-describedby=described_by
                    aria-required=required.then_some("true")
                />
            }
            .into_any()
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
            {input}
        </div>
    }
}

/// Lists a form's errors as links to the fields, announced when it appears.
#[component]
pub fn ErrorSummary(errors: Signal<Vec<FieldError>>) -> impl IntoView {
    let t = use_texts();
    view! {
        <div class="error-summary" role="alert" hidden=move || errors.with(Vec::is_empty)>
            <p class="error-summary-title">{move || (t.form_has_errors)(errors.with(Vec::len))}</p>
            <ul>
                {move || {
                    errors
                        .get()
                        .into_iter()
                        .map(|e| {
                            let href = format!("#{}", e.field.input_id());
                            view! {
                                <li>
                                    <a href=href>{t.field(e.field)} ": " {t.field_error(&e)}</a>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}
