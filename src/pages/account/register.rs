//! Registering an organisation with its first administrator, who is signed in at once.

use super::FormProblems;
use crate::api::Register;
use crate::components::field::{field_errors, FormField, InputKind};
use crate::i18n::use_texts;
use crate::model::{Field, OrgKind, PASSWORD_MIN};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn RegisterPage() -> impl IntoView {
    let a = use_texts().account;
    let register = ServerAction::<Register>::new();
    let error = Signal::derive(move || register.value().get().and_then(Result::err));
    let errors = field_errors(error);
    let kind_id = Field::Kind.input_id();
    view! {
        <Title text=a.register_title />
        <h1>{a.register_title}</h1>
        <p class="lead">{a.register_intro}</p>
        <ActionForm action=register attr:class="form" attr:novalidate="">
            <FormProblems error />
            <fieldset>
                <legend>{a.org_legend}</legend>
                <FormField
                    field=Field::OrgName
                    name="input[org_name]"
                    label=a.org_name
                    autocomplete="organization"
                    errors
                    required=true
                />
                <div class="field">
                    <label for=kind_id>{a.org_kind}</label>
                    <select id=kind_id name="input[org_kind]">
                        {OrgKind::ALL
                            .into_iter()
                            .map(|k| view! { <option value=k.as_str()>{a.org_kind_name(k)}</option> })
                            .collect_view()}
                    </select>
                </div>
            </fieldset>
            <fieldset>
                <legend>{a.you_legend}</legend>
                <FormField field=Field::Name name="input[name]" label=a.your_name autocomplete="name" errors required=true />
                <FormField
                    field=Field::Email
                    name="input[email]"
                    label=a.email
                    kind=InputKind::Email
                    autocomplete="email"
                    errors
                    required=true
                />
                <FormField
                    field=Field::Password
                    name="input[password]"
                    label=a.password
                    kind=InputKind::Password
                    autocomplete="new-password"
                    hint=(a.password_hint)(PASSWORD_MIN)
                    errors
                    required=true
                />
            </fieldset>
            <p>
                {a.privacy_note} " " <a href="/privacy">{a.privacy_title}</a>
            </p>
            <button type="submit" class="button primary">{a.register_button}</button>
        </ActionForm>
        <p>
            {a.have_account} " " <a href="/login">{a.sign_in}</a>
        </p>
    }
}
