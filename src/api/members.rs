//! An organisation's people, for its administrators: members and roles, invitations by a
//! link that expires, and the security audit log.

use crate::error::AppError;
use crate::model::{AuditEntry, Member, Role, UserId};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// An invitation as its recipient sees it before accepting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationView {
    pub org_name: String,
    pub email: String,
    pub role: Role,
    /// The name of the person already signed in in this browser, if any.
    pub signed_in_as: Option<String>,
}

#[server(prefix = "/api", endpoint = "list_members")]
pub async fn list_members() -> Result<Vec<Member>, AppError> {
    use crate::server::{auth, store::accounts};
    let (state, caller) = auth::caller_with(crate::model::Need::Admin)?;
    accounts::members(&state.db, caller.org).await
}

/// Changes a member's role. The last administrator cannot be demoted (`Conflict`).
#[server(prefix = "/api", endpoint = "set_member_role")]
pub async fn set_member_role(user_id: UserId, role: Role) -> Result<(), AppError> {
    use crate::server::{auth, store::accounts};
    let (state, caller) = auth::caller_with(crate::model::Need::Admin)?;
    let before = accounts::change_member(&state.db, caller.org, user_id, Some(role)).await?;
    let detail = format!(
        "user {}: {} → {}",
        user_id.0,
        before.as_str(),
        role.as_str()
    );
    accounts::audit(
        &state.db,
        Some(caller.org),
        Some(caller.user),
        "role_changed",
        &detail,
    )
    .await?;
    leptos_axum::redirect("/organisation");
    Ok(())
}

/// Removes a person from the organisation (their account stays, with other memberships).
#[server(prefix = "/api", endpoint = "remove_member")]
pub async fn remove_member(user_id: UserId) -> Result<(), AppError> {
    use crate::server::{auth, store::accounts};
    let (state, caller) = auth::caller_with(crate::model::Need::Admin)?;
    let before = accounts::change_member(&state.db, caller.org, user_id, None).await?;
    let detail = format!("user {} ({})", user_id.0, before.as_str());
    accounts::audit(
        &state.db,
        Some(caller.org),
        Some(caller.user),
        "member_removed",
        &detail,
    )
    .await?;
    leptos_axum::redirect("/organisation");
    Ok(())
}

/// Invites a person by e-mail with a role; the link (valid 7 days) is mailed and also
/// returned, so an administrator can pass it on themselves.
#[server(prefix = "/api", endpoint = "create_invitation")]
pub async fn create_invitation(email: String, role: String) -> Result<String, AppError> {
    use crate::model::{Field, Problem, Problems};
    use crate::server::mail::Mail;
    use crate::server::{auth, passwords, store::accounts};
    let (state, caller) = auth::caller_with(crate::model::Need::Admin)?;
    let mut p = Problems::default();
    let email = crate::model::check_email(&mut p, &email);
    let role = Role::parse(&role);
    if role.is_none() {
        p.add(Field::Role, Problem::UnknownChoice);
    }
    let (Some(role), true) = (role, p.0.is_empty()) else {
        return Err(AppError::Validation(p.0));
    };
    let token = passwords::random_token();
    accounts::create_invitation(
        &state.db,
        &passwords::token_hash(&token),
        caller.org,
        &email,
        role,
        caller.user,
    )
    .await?;
    let link = format!("{}/invite/{token}", super::web::site(&state));
    let t = crate::i18n::request_locale().texts();
    let org_name = crate::server::store::organisations::name(&state.db, caller.org).await?;
    state.mailer.send(Mail {
        to: email.clone(),
        subject: (t.account.invite_mail_subject)(&org_name),
        body: (t.account.invite_mail_body)(&caller.who, &org_name, &link),
    });
    let detail = format!("{email} ({})", role.as_str());
    accounts::audit(
        &state.db,
        Some(caller.org),
        Some(caller.user),
        "invited",
        &detail,
    )
    .await?;
    Ok(link)
}

/// An open invitation, for the page that accepts it.
#[server(prefix = "/api", endpoint = "get_invitation")]
pub async fn get_invitation(token: String) -> Result<InvitationView, AppError> {
    use crate::server::{auth, passwords, store::accounts};
    let (state, visitor) = auth::visitor()?;
    let inv = accounts::invitation(&state.db, &passwords::token_hash(&token))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(InvitationView {
        org_name: inv.org_name,
        email: inv.email,
        role: inv.role,
        signed_in_as: visitor.0.map(|i| i.name),
    })
}

/// Accepts an invitation: a signed-in person joins the organisation; anyone else creates an
/// account (name and password) for the invited address. Either way the session then acts
/// in the organisation.
#[server(prefix = "/api", endpoint = "accept_invitation")]
pub async fn accept_invitation(
    token: String,
    name: Option<String>,
    password: Option<String>,
) -> Result<(), AppError> {
    use crate::model::{check_password, Field, Problem, Problems};
    use crate::server::{auth, passwords, session, store::accounts};
    let (state, visitor) = auth::visitor()?;
    let hash_of_token = passwords::token_hash(&token);
    let (user, inv) = match &visitor.0 {
        Some(id) => {
            accounts::accept_invitation(&state.db, &hash_of_token, Some(id.user), None).await?
        }
        None => {
            let inv = accounts::invitation(&state.db, &hash_of_token)
                .await?
                .ok_or(AppError::Validation(vec![crate::model::FieldError {
                    field: Field::Password,
                    problem: Problem::LinkExpired,
                }]))?;
            let mut p = Problems::default();
            let name = p.text(Field::Name, name.as_deref().unwrap_or(""), 120, true);
            let password = password.unwrap_or_default();
            check_password(&mut p, Field::Password, &password);
            if accounts::user_by_email(&state.db, &inv.email)
                .await?
                .is_some()
            {
                // the address has an account: its owner signs in first, then accepts
                p.add(Field::Email, Problem::Duplicate);
            }
            if !p.0.is_empty() {
                return Err(AppError::Validation(p.0));
            }
            passwords::check_strength(&password, Field::Password, &[&name, &inv.email])?;
            let hash = passwords::hash(&password).await?;
            let new = (inv.email.as_str(), name.as_str(), hash.as_str());
            accounts::accept_invitation(&state.db, &hash_of_token, None, Some(new)).await?
        }
    };
    let detail = format!("{} ({})", inv.email, inv.role.as_str());
    accounts::audit(
        &state.db,
        Some(inv.org),
        Some(user),
        "invitation_accepted",
        &detail,
    )
    .await?;
    if let Some(id) = &visitor.0 {
        accounts::switch_org(&state.db, &id.session, user, inv.org).await?;
    } else {
        super::web::set_cookie(&session::open(&state, user, Some(inv.org)).await?);
    }
    leptos_axum::redirect("/");
    Ok(())
}

/// The organisation's security events, newest first (the latest 500).
#[server(prefix = "/api", endpoint = "list_audit")]
pub async fn list_audit() -> Result<Vec<AuditEntry>, AppError> {
    use crate::server::{auth, store::accounts};
    let (state, caller) = auth::caller_with(crate::model::Need::Admin)?;
    accounts::audit_log(&state.db, caller.org, 500).await
}
