//! Accounts: registration, login and logout, the signed-in person, passwords (change and
//! reset by a one-time link) and switching organisation. What each needs is in `access`;
//! the rate limits on the guessable ones are the router's.

use crate::error::AppError;
use crate::model::{Account, OrgId, RegistrationInput};
use leptos::prelude::*;

/// Registers an organisation with its first administrator, who is signed in at once.
#[server(prefix = "/api", endpoint = "register")]
pub async fn register(input: RegistrationInput) -> Result<(), AppError> {
    use crate::model::{Field, Problem};
    use crate::server::store::accounts;
    use crate::server::{auth, passwords, session};
    let (state, _) = auth::visitor()?;
    let r = input.validate()?;
    passwords::check_strength(
        &r.password,
        Field::Password,
        &[&r.name, &r.email, &r.org_name],
    )?;
    let hash = passwords::hash(&r.password).await?;
    let t = crate::i18n::request_locale().texts();
    let portfolio = (t.account.first_portfolio)(&r.org_name);
    let (user, org, _) = accounts::register(&state.db, &r, &hash, &portfolio)
        .await
        .map_err(|e| match e {
            AppError::Conflict => super::web::refuse(Field::Email, Problem::Duplicate),
            e => e,
        })?;
    accounts::audit(&state.db, Some(org), Some(user), "register", &r.org_name).await?;
    super::web::end_current(&state).await?;
    super::web::set_cookie(&session::open(&state, user, Some(org)).await?);
    leptos_axum::redirect("/");
    Ok(())
}

/// Signs in. Wrong address and wrong password give the same answer; after five failures in
/// a row the account waits before the next try is even checked.
#[server(prefix = "/api", endpoint = "login")]
pub async fn login(email: String, password: String, next: Option<String>) -> Result<(), AppError> {
    use crate::model::{normalise_email, Field, Problem};
    use crate::server::db::now_ms;
    use crate::server::store::accounts;
    use crate::server::{auth, passwords, session};
    let (state, _) = auth::visitor()?;
    let email = normalise_email(&email);
    let creds = accounts::credentials(&state.db, &email).await?;
    let locked = creds.as_ref().is_some_and(|c| c.locked_until > now_ms());
    let ok = passwords::verify(&password, creds.as_ref().map(|c| c.password_hash.as_str())).await;
    let user = creds.as_ref().map(|c| c.user);
    let org = match user {
        Some(u) => accounts::first_org(&state.db, u).await?,
        None => None,
    };
    if !ok || locked {
        if let (Some(u), false) = (user, locked) {
            accounts::login_failed(&state.db, u).await?;
        }
        let event = if locked {
            "login_locked"
        } else {
            "login_failed"
        };
        accounts::audit(&state.db, org, user, event, &email).await?;
        return Err(super::web::refuse(Field::Password, Problem::LoginFailed));
    }
    let user = user.ok_or(AppError::Internal)?;
    accounts::login_succeeded(&state.db, user).await?;
    super::web::end_current(&state).await?;
    super::web::set_cookie(&session::open(&state, user, org).await?);
    accounts::audit(&state.db, org, Some(user), "login", "").await?;
    leptos_axum::redirect(&super::web::local_path(next));
    Ok(())
}

/// Signs out: the session ends on the server, the cookie is removed.
#[server(prefix = "/api", endpoint = "logout")]
pub async fn logout() -> Result<(), AppError> {
    use crate::server::store::accounts;
    use crate::server::{auth, session};
    let (state, visitor) = auth::visitor()?;
    if let Some(id) = &visitor.0 {
        accounts::audit(&state.db, id.org.map(|o| o.0), Some(id.user), "logout", "").await?;
    }
    super::web::end_current(&state).await?;
    super::web::set_cookie(&session::clear_cookie(state.config.https));
    leptos_axum::redirect("/login");
    Ok(())
}

/// The signed-in person, or `None`.
#[server(prefix = "/api", endpoint = "get_account")]
pub async fn get_account() -> Result<Option<Account>, AppError> {
    use crate::server::{auth, store::accounts};
    let (state, visitor) = auth::visitor()?;
    match &visitor.0 {
        Some(id) => Ok(Some(accounts::account(&state.db, id).await?)),
        None => Ok(None),
    }
}

/// Changes the signed-in person's password; their other sessions end.
#[server(prefix = "/api", endpoint = "change_password")]
pub async fn change_password(current: String, new_password: String) -> Result<(), AppError> {
    use crate::model::{check_password, Field, Problem, Problems};
    use crate::server::{auth, passwords, store::accounts};
    let (state, visitor) = auth::visitor()?;
    let id = visitor.0.ok_or(AppError::Unauthenticated)?;
    let stored = accounts::password_hash(&state.db, id.user).await?;
    if !passwords::verify(&current, Some(&stored)).await {
        accounts::audit(
            &state.db,
            id.org.map(|o| o.0),
            Some(id.user),
            "password_change_failed",
            "",
        )
        .await?;
        return Err(super::web::refuse(Field::Password, Problem::WrongPassword));
    }
    let mut p = Problems::default();
    check_password(&mut p, Field::NewPassword, &new_password);
    if !p.0.is_empty() {
        return Err(AppError::Validation(p.0));
    }
    passwords::check_strength(&new_password, Field::NewPassword, &[&id.name])?;
    let hash = passwords::hash(&new_password).await?;
    accounts::set_password(&state.db, id.user, &hash).await?;
    accounts::delete_other_sessions(&state.db, id.user, &id.session).await?;
    accounts::audit(
        &state.db,
        id.org.map(|o| o.0),
        Some(id.user),
        "password_changed",
        "",
    )
    .await?;
    leptos_axum::redirect("/account?changed=1");
    Ok(())
}

/// Sends a one-time link for a new password. The answer is the same whether or not the
/// address has an account.
#[server(prefix = "/api", endpoint = "request_password_reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    use crate::model::normalise_email;
    use crate::server::mail::Mail;
    use crate::server::{auth, passwords, store::accounts};
    let (state, _) = auth::visitor()?;
    let email = normalise_email(&email);
    if let Some((user, name)) = accounts::user_by_email(&state.db, &email).await? {
        let token = passwords::random_token();
        accounts::create_reset(&state.db, &passwords::token_hash(&token), user).await?;
        let t = crate::i18n::request_locale().texts();
        let link = format!("{}/reset/{token}", super::web::site(&state));
        state.mailer.send(Mail {
            to: email.clone(),
            subject: t.account.reset_mail_subject.into(),
            body: (t.account.reset_mail_body)(&name, &link),
        });
        let org = accounts::first_org(&state.db, user).await?;
        accounts::audit(&state.db, org, Some(user), "password_reset_requested", "").await?;
    }
    leptos_axum::redirect("/reset?sent=1");
    Ok(())
}

/// Sets a new password through a reset link; every session of the person ends.
#[server(prefix = "/api", endpoint = "reset_password")]
pub async fn reset_password(token: String, new_password: String) -> Result<(), AppError> {
    use crate::model::{check_password, Field, Problem, Problems};
    use crate::server::{auth, passwords, store::accounts};
    let (state, _) = auth::visitor()?;
    let mut p = Problems::default();
    check_password(&mut p, Field::NewPassword, &new_password);
    if !p.0.is_empty() {
        return Err(AppError::Validation(p.0));
    }
    passwords::check_strength(&new_password, Field::NewPassword, &[])?;
    let hash = passwords::hash(&new_password).await?;
    let user = accounts::reset_password(&state.db, &passwords::token_hash(&token), &hash)
        .await
        .map_err(|e| match e {
            AppError::NotFound => super::web::refuse(Field::NewPassword, Problem::LinkExpired),
            e => e,
        })?;
    let org = accounts::first_org(&state.db, user).await?;
    accounts::audit(&state.db, org, Some(user), "password_reset", "").await?;
    leptos_axum::redirect("/login?reset=1");
    Ok(())
}

/// Moves the session to another organisation the person belongs to.
#[server(prefix = "/api", endpoint = "switch_organisation")]
pub async fn switch_organisation(org_id: OrgId) -> Result<(), AppError> {
    use crate::server::{auth, store::accounts};
    let (state, visitor) = auth::visitor()?;
    let id = visitor.0.ok_or(AppError::Unauthenticated)?;
    accounts::switch_org(&state.db, &id.session, id.user, org_id).await?;
    leptos_axum::redirect("/");
    Ok(())
}
