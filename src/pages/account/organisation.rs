//! The organisation's people, for its administrators: members and their roles, inviting by
//! a link, and the security audit log. Anyone else is refused (`Forbidden`).

use super::{role_options, FormProblems};
use crate::api::{
    get_account, list_audit, list_members, CreateInvitation, RemoveMember, SetMemberRole,
};
use crate::components::error::ErrorMessage;
use crate::components::field::{field_errors, FormField, InputKind};
use crate::error::AppError;
use crate::i18n::{use_texts, Texts};
use crate::model::{AuditEntry, Field, Member, Role, UserId};
use crate::reload_on_success;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

#[derive(Clone, Copy)]
struct Actions {
    role: ServerAction<SetMemberRole>,
    remove: ServerAction<RemoveMember>,
    invite: ServerAction<CreateInvitation>,
}

/// The organisation's name, the caller, its members and its audit log.
type People = (String, UserId, Vec<Member>, Vec<AuditEntry>);

/// Checks the role before asking for anything: pages render on the server by calling the
/// functions directly, past the router's check of what each needs.
async fn load() -> Result<People, AppError> {
    let account = get_account().await?.ok_or(AppError::Unauthenticated)?;
    match account.org {
        Some((_, name, Role::Admin)) => {
            let members = list_members().await?;
            let audit = list_audit().await?;
            Ok((name, account.user, members, audit))
        }
        _ => Err(AppError::Forbidden),
    }
}

#[component]
pub fn OrganisationPage() -> impl IntoView {
    let t = use_texts();
    let acts = Actions {
        role: ServerAction::new(),
        remove: ServerAction::new(),
        invite: ServerAction::new(),
    };
    let saved = RwSignal::new(0u32);
    reload_on_success!(saved, acts.role, acts.remove);
    let data = Resource::new(move || saved.get(), |_| load());
    view! {
        <Title text=t.account.org_title />
        <Transition fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((org, me, members, audit)) => {
                        view! {
                            <h1>{t.account.org_title}</h1>
                            <p class="lead">{(t.account.org_lead)(&org)}</p>
                            <Members members me acts t />
                            <Invite acts t />
                            <Audit audit t />
                        }
                            .into_any()
                    }
                    Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Members(members: Vec<Member>, me: UserId, acts: Actions, t: &'static Texts) -> impl IntoView {
    let a = t.account;
    let error = move || {
        let e = acts.role.value().get().and_then(Result::err);
        let e = e.or_else(|| acts.remove.value().get().and_then(Result::err))?;
        Some(match e {
            AppError::Conflict => a.last_admin,
            e => t.error(&e),
        })
    };
    view! {
        <section aria-labelledby="members-h">
            <h2 id="members-h">{a.members_heading}</h2>
            <p class="form-error" role="alert" hidden=move || error().is_none()>
                {error}
            </p>
            <div class="table-wrap" role="region" aria-label=a.members_caption tabindex="0">
                <table class="report">
                    <caption class="visually-hidden">{a.members_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{a.col_person}</th>
                            <th scope="col">{a.email}</th>
                            <th scope="col">{a.role}</th>
                            <th scope="col">{a.col_manage}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {members.into_iter().map(|m| view! { <MemberRow m me acts t /> }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
fn MemberRow(m: Member, me: UserId, acts: Actions, t: &'static Texts) -> impl IntoView {
    let a = t.account;
    let select_id = format!("role-{}", m.user.0);
    let role_of = (a.role_of)(&m.name);
    let save_role_of = (a.save_role_of)(&m.name);
    let remove_of = (a.remove_of)(&m.name);
    view! {
        <tr>
            <th scope="row">
                {m.name.clone()}
                {(m.user == me).then(|| view! { " " <span class="badge">{a.you_marker}</span> })}
            </th>
            <td>{m.email.clone()}</td>
            <td>
                <ActionForm action=acts.role attr:class="inline-form">
                    <input type="hidden" name="user_id" value=m.user.0 />
                    <label for=select_id.clone() class="visually-hidden">{role_of}</label>
                    <select id=select_id name="role">
                        {role_options(m.role)}
                    </select>
                    <button type="submit" class="button small" aria-label=save_role_of>
                        {t.save}
                    </button>
                </ActionForm>
            </td>
            <td>
                <ActionForm action=acts.remove attr:class="inline-form">
                    <input type="hidden" name="user_id" value=m.user.0 />
                    <button type="submit" class="button small danger" aria-label=remove_of>
                        {a.remove}
                    </button>
                </ActionForm>
            </td>
        </tr>
    }
}

#[component]
fn Invite(acts: Actions, t: &'static Texts) -> impl IntoView {
    let a = t.account;
    let error = Signal::derive(move || acts.invite.value().get().and_then(Result::err));
    let errors = field_errors(error);
    let link = move || acts.invite.value().get().and_then(Result::ok);
    let role_id = Field::Role.input_id();
    view! {
        <section aria-labelledby="invite-h">
            <h2 id="invite-h">{a.invite_heading}</h2>
            <p>{a.invite_intro}</p>
            <ActionForm action=acts.invite attr:class="form" attr:novalidate="">
                <FormProblems error />
                <div class="field-row">
                    <FormField field=Field::Email name="email" label=a.email kind=InputKind::Email autocomplete="off" errors />
                    <div class="field">
                        <label for=role_id>{a.role}</label>
                        <select id=role_id name="role">
                            {role_options(Role::Viewer)}
                        </select>
                    </div>
                </div>
                <button type="submit" class="button primary">{a.invite_button}</button>
            </ActionForm>
            {move || link().map(|link| view! {
                <div class="field invite-link">
                    <p role="status">{a.invite_created}</p>
                    <label for="invite-link">{a.invite_link}</label>
                    <input id="invite-link" type="text" readonly=true value=link.clone() prop:value=link />
                </div>
            })}
        </section>
    }
}

#[component]
fn Audit(audit: Vec<AuditEntry>, t: &'static Texts) -> impl IntoView {
    let a = t.account;
    let body = if audit.is_empty() {
        view! { <p>{a.no_audit}</p> }.into_any()
    } else {
        view! {
            <div class="table-wrap" role="region" aria-label=a.audit_caption tabindex="0">
                <table class="report">
                    <caption class="visually-hidden">{a.audit_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{a.col_time}</th>
                            <th scope="col">{a.col_who}</th>
                            <th scope="col">{a.col_event}</th>
                            <th scope="col">{a.col_detail}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {audit
                            .into_iter()
                            .map(|e| {
                                let event = a.event(&e.event).to_string();
                                view! {
                                    <tr>
                                        <td class="nowrap">{when(e.at_ms)}</td>
                                        <td>{e.who}</td>
                                        <td>{event}</td>
                                        <td>{e.detail}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="audit-h">
            <h2 id="audit-h">{a.audit_heading}</h2>
            {body}
        </section>
    }
}

/// A moment as d.m.yyyy hh:mm (UTC, as the column heading says).
fn when(at_ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(at_ms)
        .map(|d| d.format("%-d.%-m.%Y %H:%M").to_string())
        .unwrap_or_default()
}
