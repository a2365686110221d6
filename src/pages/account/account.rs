//! The signed-in person's own page: who and where they are, switching organisation,
//! changing the password, and signing out.

use super::FormProblems;
use crate::api::{get_account, ChangePassword, Logout, SwitchOrganisation};
use crate::components::error::ErrorMessage;
use crate::components::field::{field_errors, FormField, InputKind};
use crate::error::AppError;
use crate::i18n::{use_texts, Texts};
use crate::model::{Account, Field, Role, PASSWORD_MIN};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[derive(Clone, Copy)]
struct Actions {
    switch: ServerAction<SwitchOrganisation>,
    password: ServerAction<ChangePassword>,
    logout: ServerAction<Logout>,
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let t = use_texts();
    let acts = Actions {
        switch: ServerAction::new(),
        password: ServerAction::new(),
        logout: ServerAction::new(),
    };
    let data = Resource::new(|| (), |_| get_account());
    view! {
        <Title text=t.account.account_title />
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some(account)) => view! { <AccountBody account acts t /> }.into_any(),
                    Ok(None) => view! { <ErrorMessage error=AppError::Unauthenticated /> }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AccountBody(account: Account, acts: Actions, t: &'static Texts) -> impl IntoView {
    let a = t.account;
    let query = use_query_map();
    let changed = move || query.read().get("changed").is_some();
    let password_error = Signal::derive(move || acts.password.value().get().and_then(Result::err));
    let password_errors = field_errors(password_error);
    let switch_error = Signal::derive(move || acts.switch.value().get().and_then(Result::err));
    let current = account.org.as_ref().map(|(id, _, _)| *id);
    let admin = matches!(account.org, Some((_, _, Role::Admin)));
    let (org_name, role) = match &account.org {
        Some((_, name, role)) => (name.clone(), Some(a.role_name(*role))),
        None => (a.no_org.to_string(), None),
    };
    view! {
        <h1>{a.account_title}</h1>
        {move || changed().then(|| view! { <p class="notice" role="status">{a.password_changed}</p> })}
        <section aria-labelledby="about-h">
            <h2 id="about-h">{a.about_you}</h2>
            <dl class="details">
                <dt>{a.your_name}</dt>
                <dd>{account.name.clone()}</dd>
                <dt>{a.email}</dt>
                <dd>{account.email.clone()}</dd>
                <dt>{a.current_org}</dt>
                <dd>{org_name}</dd>
                {role.map(|r| view! {
                    <dt>{a.role}</dt>
                    <dd>{r}</dd>
                })}
            </dl>
            {admin.then(|| view! {
                <p>
                    <a href="/organisation">{a.manage_people}</a>
                </p>
            })}
        </section>
        {(!account.memberships.is_empty()).then(|| view! {
            <section aria-labelledby="orgs-h">
                <h2 id="orgs-h">{a.memberships_heading}</h2>
                <FormProblems error=switch_error />
                <ul class="link-list">
                    {account.memberships.clone().into_iter().map(|(id, name, role)| {
                        let here = Some(id) == current;
                        view! {
                            <li>
                                {name.clone()} " – " {a.role_name(role)} " "
                                {if here {
                                    view! { <span class="meta">{a.current_marker}</span> }.into_any()
                                } else {
                                    view! {
                                        <ActionForm action=acts.switch attr:class="inline-form">
                                            <input type="hidden" name="org_id" value=id.0 />
                                            <button type="submit" class="button small">{(a.switch_to)(&name)}</button>
                                        </ActionForm>
                                    }.into_any()
                                }}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        })}
        <section aria-labelledby="password-h">
            <h2 id="password-h">{a.password_heading}</h2>
            <ActionForm action=acts.password attr:class="form narrow" attr:novalidate="">
                <FormProblems error=password_error />
                <FormField
                    field=Field::Password
                    name="current"
                    label=a.current_password
                    kind=InputKind::Password
                    autocomplete="current-password"
                    errors=password_errors
                />
                <FormField
                    field=Field::NewPassword
                    name="new_password"
                    label=a.new_password
                    kind=InputKind::Password
                    autocomplete="new-password"
                    hint=(a.password_hint)(PASSWORD_MIN)
                    errors=password_errors
                />
                <button type="submit" class="button primary">{a.change_password}</button>
            </ActionForm>
        </section>
        <div class="actions-inline">
            <ActionForm action=acts.logout>
                <button type="submit" class="button">{a.sign_out}</button>
            </ActionForm>
            <a href="/privacy">{a.privacy_title}</a>
        </div>
    }
}
