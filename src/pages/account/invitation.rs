//! Accepting an invitation by its link: a signed-in person joins with one button; anyone
//! else creates an account with a name and a password. An expired or used link says so.

use super::FormProblems;
use crate::api::{get_invitation, AcceptInvitation, InvitationView};
use crate::components::error::ErrorMessage;
use crate::components::field::{field_errors, FormField, InputKind};
use crate::error::AppError;
use crate::i18n::{use_texts, Texts};
use crate::model::{Field, PASSWORD_MIN};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn InvitationPage() -> impl IntoView {
    let t = use_texts();
    let params = use_params_map();
    let token = Memo::new(move |_| params.read().get("token").unwrap_or_default());
    let data = Resource::new(move || token.get(), get_invitation);
    let accept = ServerAction::<AcceptInvitation>::new();
    view! {
        <Title text=t.account.invitation_title />
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(inv) => {
                        view! { <InvitationBody inv token=token.get_untracked() accept t /> }.into_any()
                    }
                    Err(AppError::NotFound) => view! { <Expired t /> }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn InvitationBody(
    inv: InvitationView,
    token: String,
    accept: ServerAction<AcceptInvitation>,
    t: &'static Texts,
) -> impl IntoView {
    let a = t.account;
    let error = Signal::derive(move || accept.value().get().and_then(Result::err));
    let errors = field_errors(error);
    let role = a.role_name(inv.role).to_lowercase();
    let sign_in = inv
        .signed_in_as
        .is_none()
        .then(|| format!("/login?next=/invite/{token}"));
    let who = match inv.signed_in_as {
        Some(name) => view! { <p>{(a.signed_in_as)(&name)}</p> }.into_any(),
        None => view! {
            <p>{a.accept_new_intro}</p>
            <FormField field=Field::Name name="name" label=a.your_name autocomplete="name" errors required=true />
            <FormField
                field=Field::Password
                name="password"
                label=a.password
                kind=InputKind::Password
                autocomplete="new-password"
                hint=(a.password_hint)(PASSWORD_MIN)
                errors
                required=true
            />
        }
        .into_any(),
    };
    view! {
        <h1>{a.invitation_title}</h1>
        <p class="lead">{(a.invited_to)(&inv.org_name, &role)}</p>
        <p>{(a.invited_email)(&inv.email)}</p>
        <ActionForm action=accept attr:class="form narrow" attr:novalidate="">
            <FormProblems error />
            <input type="hidden" name="token" value=token />
            {who}
            <button type="submit" class="button primary">{a.accept_button}</button>
        </ActionForm>
        {sign_in.map(|href| view! {
            <p>
                <a href=href>{a.sign_in_first}</a>
            </p>
        })}
    }
}

#[component]
fn Expired(t: &'static Texts) -> impl IntoView {
    let a = t.account;
    view! {
        <h1>{a.invitation_invalid}</h1>
        <p>{a.problem_link_expired}</p>
        <p>
            <a href="/login">{a.sign_in}</a>
        </p>
    }
}
