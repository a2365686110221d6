//! People, memberships, sessions, invitations and the audit log. Tokens arrive here already
//! hashed (`passwords::token_hash`); nothing in the database opens a session by itself.

use super::super::db::{db_error, now_ms, Db};
use super::write::insert_portfolio;
use crate::error::{AppError, AppResult};
use crate::model::{
    Account, AuditEntry, Member, OrgId, OrgKind, PortfolioId, Registration, Role, UserId,
};
use sqlx::{Any, Transaction};

/// A session ends after this long without a request…
pub const IDLE_TIMEOUT_MS: i64 = 4 * 3600 * 1000;
/// …and in any case this long after login.
pub const ABSOLUTE_TIMEOUT_MS: i64 = 12 * 3600 * 1000;
/// A session's `last_seen` is written at most this often.
const TOUCH_EVERY_MS: i64 = 60 * 1000;
/// Failed logins before an account is slowed down.
const FREE_FAILURES: i64 = 5;
/// The longest wait after repeated failures.
const MAX_LOCK_MS: i64 = 15 * 60 * 1000;
/// An invitation link is valid this long.
pub const INVITATION_MS: i64 = 7 * 24 * 3600 * 1000;

/// Who a live session belongs to, and the organisation (with role) it acts in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    pub user: UserId,
    pub name: String,
    pub session: String,
    pub org: Option<(OrgId, Role)>,
    /// The name of that organisation, for the page header.
    pub org_name: Option<String>,
}

/// A login candidate: the account behind an e-mail address.
pub struct Credentials {
    pub user: UserId,
    pub password_hash: String,
    pub locked_until: i64,
}

pub async fn credentials(db: &Db, email: &str) -> AppResult<Option<Credentials>> {
    let row: Option<(i64, String, i64)> =
        sqlx::query_as("SELECT id, password_hash, locked_until FROM users WHERE email = $1")
            .bind(email)
            .fetch_optional(&db.pool)
            .await
            .map_err(db_error)?;
    Ok(row.map(|(id, password_hash, locked_until)| Credentials {
        user: UserId(id),
        password_hash,
        locked_until,
    }))
}

pub async fn password_hash(db: &Db, user: UserId) -> AppResult<String> {
    let (h,): (String,) = sqlx::query_as("SELECT password_hash FROM users WHERE id = $1")
        .bind(user.0)
        .fetch_one(&db.pool)
        .await
        .map_err(db_error)?;
    Ok(h)
}

/// Counts a failed login; from the sixth on, the account waits 30 s, 60 s, … up to 15 min
/// before the next attempt is even checked.
pub async fn login_failed(db: &Db, user: UserId) -> AppResult<()> {
    let (failures,): (i64,) = sqlx::query_as(
        "UPDATE users SET failed_logins = failed_logins + 1 WHERE id = $1 RETURNING failed_logins",
    )
    .bind(user.0)
    .fetch_one(&db.pool)
    .await
    .map_err(db_error)?;
    let wait = lock_after(failures);
    if wait > 0 {
        sqlx::query("UPDATE users SET locked_until = $2 WHERE id = $1")
            .bind(user.0)
            .bind(now_ms() + wait)
            .execute(&db.pool)
            .await
            .map_err(db_error)?;
    }
    Ok(())
}

/// How long an account waits after its `failures`-th failed login in a row.
pub fn lock_after(failures: i64) -> i64 {
    if failures < FREE_FAILURES {
        return 0;
    }
    let doublings = (failures - FREE_FAILURES).min(10) as u32;
    (30_000i64 << doublings).min(MAX_LOCK_MS)
}

pub async fn login_succeeded(db: &Db, user: UserId) -> AppResult<()> {
    sqlx::query("UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = $1")
        .bind(user.0)
        .execute(&db.pool)
        .await
        .map_err(db_error)?;
    Ok(())
}

/// The organisation a new session starts in: the one joined first.
pub async fn first_org(db: &Db, user: UserId) -> AppResult<Option<OrgId>> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT org_id FROM memberships WHERE user_id = $1 ORDER BY created_at, org_id LIMIT 1",
    )
    .bind(user.0)
    .fetch_optional(&db.pool)
    .await
    .map_err(db_error)?;
    Ok(row.map(|r| OrgId(r.0)))
}

/// Opens a session under the hash of a fresh token, and clears out every expired one.
pub async fn create_session(
    db: &Db,
    token_hash: &str,
    user: UserId,
    org: Option<OrgId>,
) -> AppResult<()> {
    let now = now_ms();
    sqlx::query("DELETE FROM sessions WHERE last_seen < $1 OR created_at < $2")
        .bind(now - IDLE_TIMEOUT_MS)
        .bind(now - ABSOLUTE_TIMEOUT_MS)
        .execute(&db.pool)
        .await
        .map_err(db_error)?;
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, org_id, created_at, last_seen) \
         VALUES ($1, $2, $3, $4, $4)",
    )
    .bind(token_hash)
    .bind(user.0)
    .bind(org.map(|o| o.0))
    .bind(now)
    .execute(&db.pool)
    .await
    .map_err(db_error)?;
    Ok(())
}

/// The live session under `token_hash`, or `None`. An expired session is deleted.
pub async fn identify(db: &Db, token_hash: &str) -> AppResult<Option<Identity>> {
    type Row = (
        i64,
        Option<i64>,
        i64,
        i64,
        String,
        Option<String>,
        Option<String>,
    );
    let row: Option<Row> = sqlx::query_as(
        "SELECT s.user_id, s.org_id, s.created_at, s.last_seen, u.name, m.role, o.name \
         FROM sessions s JOIN users u ON u.id = s.user_id \
         LEFT JOIN memberships m ON m.user_id = s.user_id AND m.org_id = s.org_id \
         LEFT JOIN organisations o ON o.id = m.org_id \
         WHERE s.token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(&db.pool)
    .await
    .map_err(db_error)?;
    let Some((user, org, created, seen, name, role, org_name)) = row else {
        return Ok(None);
    };
    let now = now_ms();
    if is_expired(created, seen, now) {
        delete_session(db, token_hash).await?;
        return Ok(None);
    }
    if now - seen > TOUCH_EVERY_MS {
        sqlx::query("UPDATE sessions SET last_seen = $2 WHERE token_hash = $1")
            .bind(token_hash)
            .bind(now)
            .execute(&db.pool)
            .await
            .map_err(db_error)?;
    }
    let org = match (org, role.as_deref().and_then(Role::parse)) {
        (Some(o), Some(r)) => Some((OrgId(o), r)),
        _ => None,
    };
    Ok(Some(Identity {
        user: UserId(user),
        name,
        session: token_hash.to_string(),
        org,
        org_name,
    }))
}

/// Whether a session created at `created` and last used at `seen` has ended by `now`.
pub fn is_expired(created: i64, seen: i64, now: i64) -> bool {
    now - seen > IDLE_TIMEOUT_MS || now - created > ABSOLUTE_TIMEOUT_MS
}

pub async fn delete_session(db: &Db, token_hash: &str) -> AppResult<()> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(&db.pool)
        .await
        .map_err(db_error)?;
    Ok(())
}

/// Ends every session of a person except `keep` (after a password change).
pub async fn delete_other_sessions(db: &Db, user: UserId, keep: &str) -> AppResult<()> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
        .bind(user.0)
        .bind(keep)
        .execute(&db.pool)
        .await
        .map_err(db_error)?;
    Ok(())
}

/// Moves a session to another organisation the person belongs to.
pub async fn switch_org(db: &Db, token_hash: &str, user: UserId, org: OrgId) -> AppResult<Role> {
    let role = role_in(db, user, org).await?.ok_or(AppError::NotFound)?;
    sqlx::query("UPDATE sessions SET org_id = $2 WHERE token_hash = $1")
        .bind(token_hash)
        .bind(org.0)
        .execute(&db.pool)
        .await
        .map_err(db_error)?;
    Ok(role)
}

pub async fn role_in(db: &Db, user: UserId, org: OrgId) -> AppResult<Option<Role>> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT role FROM memberships WHERE user_id = $1 AND org_id = $2")
            .bind(user.0)
            .bind(org.0)
            .fetch_optional(&db.pool)
            .await
            .map_err(db_error)?;
    Ok(row.and_then(|r| Role::parse(&r.0)))
}

pub async fn set_password(db: &Db, user: UserId, hash: &str) -> AppResult<()> {
    sqlx::query("UPDATE users SET password_hash = $2 WHERE id = $1")
        .bind(user.0)
        .bind(hash)
        .execute(&db.pool)
        .await
        .map_err(db_error)?;
    Ok(())
}

/// The signed-in person with their organisations.
pub async fn account(db: &Db, id: &Identity) -> AppResult<Account> {
    let (name, email): (String, String) =
        sqlx::query_as("SELECT name, email FROM users WHERE id = $1")
            .bind(id.user.0)
            .fetch_one(&db.pool)
            .await
            .map_err(db_error)?;
    let rows: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT o.id, o.name, m.role FROM memberships m JOIN organisations o ON o.id = m.org_id \
         WHERE m.user_id = $1 ORDER BY o.name",
    )
    .bind(id.user.0)
    .fetch_all(&db.pool)
    .await
    .map_err(db_error)?;
    let memberships: Vec<(OrgId, String, Role)> = rows
        .into_iter()
        .filter_map(|(o, n, r)| Some((OrgId(o), n, Role::parse(&r)?)))
        .collect();
    let org = id
        .org
        .and_then(|(o, _)| memberships.iter().find(|m| m.0 == o).cloned());
    Ok(Account {
        user: id.user,
        name,
        email,
        org,
        memberships,
    })
}

/// A URL-friendly name for an organisation: `Vaaralahden kaupunki` → `vaaralahden-kaupunki`.
pub fn slug_of(name: &str) -> String {
    let mut slug = String::new();
    for c in name.to_lowercase().chars() {
        let c = match c {
            'ä' | 'å' | 'á' | 'à' => 'a',
            'ö' | 'ó' => 'o',
            'é' | 'è' => 'e',
            'ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    if slug.is_empty() {
        "organisaatio".into()
    } else {
        slug
    }
}

/// Registers an organisation with its first administrator and first portfolio, all or
/// nothing. An e-mail address already in use is a `Conflict`.
pub async fn register(
    db: &Db,
    r: &Registration,
    password_hash: &str,
    portfolio_name: &str,
) -> AppResult<(UserId, OrgId, PortfolioId)> {
    let mut tx = db.pool.begin().await.map_err(db_error)?;
    let now = now_ms();
    let base = slug_of(&r.org_name);
    let mut slug = base.clone();
    for n in 2.. {
        let taken: Option<(i64,)> = sqlx::query_as("SELECT id FROM organisations WHERE slug = $1")
            .bind(&slug)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_error)?;
        if taken.is_none() {
            break;
        }
        slug = format!("{base}-{n}");
    }
    let (org,): (i64,) = sqlx::query_as(
        "INSERT INTO organisations (slug, name, kind, created_at) VALUES ($1, $2, $3, $4) \
         RETURNING id",
    )
    .bind(&slug)
    .bind(&r.org_name)
    .bind(r.org_kind.as_str())
    .bind(now)
    .fetch_one(&mut *tx)
    .await
    .map_err(db_error)?;
    let user = insert_user(&mut tx, &r.email, &r.name, password_hash).await?;
    insert_membership(&mut tx, user, OrgId(org), Role::Admin).await?;
    let portfolio = insert_portfolio(&mut tx, OrgId(org), &r.name, portfolio_name, "").await?;
    tx.commit().await.map_err(db_error)?;
    Ok((user, OrgId(org), portfolio))
}

pub async fn insert_user(
    tx: &mut Transaction<'_, Any>,
    email: &str,
    name: &str,
    password_hash: &str,
) -> AppResult<UserId> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO users (email, name, password_hash, created_at) VALUES ($1, $2, $3, $4) \
         RETURNING id",
    )
    .bind(email)
    .bind(name)
    .bind(password_hash)
    .bind(now_ms())
    .fetch_one(&mut **tx)
    .await
    .map_err(db_error)?;
    Ok(UserId(id))
}

/// Adds a person to an organisation, or changes their role there.
pub async fn insert_membership(
    tx: &mut Transaction<'_, Any>,
    user: UserId,
    org: OrgId,
    role: Role,
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO memberships (user_id, org_id, role, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (user_id, org_id) DO UPDATE SET role = excluded.role",
    )
    .bind(user.0)
    .bind(org.0)
    .bind(role.as_str())
    .bind(now_ms())
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    Ok(())
}

/// The organisation's members, by name.
pub async fn members(db: &Db, org: OrgId) -> AppResult<Vec<Member>> {
    let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT u.id, u.name, u.email, m.role FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.org_id = $1 ORDER BY u.name, u.id",
    )
    .bind(org.0)
    .fetch_all(&db.pool)
    .await
    .map_err(db_error)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, name, email, role)| {
            Some(Member {
                user: UserId(id),
                name,
                email,
                role: Role::parse(&role)?,
            })
        })
        .collect())
}

/// Changes a member's role (`Some`) or removes them (`None`). The last administrator can be
/// neither demoted nor removed: that is a `Conflict`. Not a member: `NotFound`.
pub async fn change_member(
    db: &Db,
    org: OrgId,
    user: UserId,
    role: Option<Role>,
) -> AppResult<Role> {
    let mut tx = db.pool.begin().await.map_err(db_error)?;
    let row: Option<(String,)> =
        sqlx::query_as("SELECT role FROM memberships WHERE user_id = $1 AND org_id = $2")
            .bind(user.0)
            .bind(org.0)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_error)?;
    let before = row
        .and_then(|r| Role::parse(&r.0))
        .ok_or(AppError::NotFound)?;
    if before == Role::Admin && role != Some(Role::Admin) {
        let (admins,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND role = 'admin'")
                .bind(org.0)
                .fetch_one(&mut *tx)
                .await
                .map_err(db_error)?;
        if admins <= 1 {
            return Err(AppError::Conflict);
        }
    }
    match role {
        Some(r) => insert_membership(&mut tx, user, org, r).await?,
        None => {
            sqlx::query("DELETE FROM memberships WHERE user_id = $1 AND org_id = $2")
                .bind(user.0)
                .bind(org.0)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
        }
    }
    tx.commit().await.map_err(db_error)?;
    Ok(before)
}

/// Stores an invitation under the hash of its token.
pub async fn create_invitation(
    db: &Db,
    token_hash: &str,
    org: OrgId,
    email: &str,
    role: Role,
    by: UserId,
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO invitations (token_hash, org_id, email, role, invited_by, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(token_hash)
    .bind(org.0)
    .bind(email)
    .bind(role.as_str())
    .bind(by.0)
    .bind(now_ms() + INVITATION_MS)
    .execute(&db.pool)
    .await
    .map_err(db_error)?;
    Ok(())
}

/// An open invitation: the organisation (with its name), the address and the role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    pub org: OrgId,
    pub org_name: String,
    pub email: String,
    pub role: Role,
}

/// The invitation under `token_hash` if it is unused and in date.
pub async fn invitation(db: &Db, token_hash: &str) -> AppResult<Option<Invitation>> {
    let row: Option<(i64, String, String, String)> = sqlx::query_as(
        "SELECT i.org_id, o.name, i.email, i.role FROM invitations i \
         JOIN organisations o ON o.id = i.org_id \
         WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.expires_at > $2",
    )
    .bind(token_hash)
    .bind(now_ms())
    .fetch_optional(&db.pool)
    .await
    .map_err(db_error)?;
    Ok(row.and_then(|(org, org_name, email, role)| {
        Some(Invitation {
            org: OrgId(org),
            org_name,
            email,
            role: Role::parse(&role)?,
        })
    }))
}

/// Uses an invitation: the person (existing `user`, or a new account from `new`) joins the
/// organisation. All or nothing; a used or expired invitation is `NotFound`.
pub async fn accept_invitation(
    db: &Db,
    token_hash: &str,
    user: Option<UserId>,
    new: Option<(&str, &str, &str)>,
) -> AppResult<(UserId, Invitation)> {
    let inv = invitation(db, token_hash)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut tx = db.pool.begin().await.map_err(db_error)?;
    let used = sqlx::query(
        "UPDATE invitations SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL",
    )
    .bind(token_hash)
    .bind(now_ms())
    .execute(&mut *tx)
    .await
    .map_err(db_error)?;
    if used.rows_affected() != 1 {
        return Err(AppError::NotFound);
    }
    let user = match (user, new) {
        (Some(u), _) => u,
        (None, Some((email, name, hash))) => insert_user(&mut tx, email, name, hash).await?,
        (None, None) => return Err(AppError::Unauthenticated),
    };
    insert_membership(&mut tx, user, inv.org, inv.role).await?;
    tx.commit().await.map_err(db_error)?;
    Ok((user, inv))
}

/// Writes a security event (login, failed login, role change, export, …).
pub async fn audit(
    db: &Db,
    org: Option<OrgId>,
    user: Option<UserId>,
    event: &str,
    detail: &str,
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO audit_log (org_id, user_id, event, detail, at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(org.map(|o| o.0))
    .bind(user.map(|u| u.0))
    .bind(event)
    .bind(detail)
    .bind(now_ms())
    .execute(&db.pool)
    .await
    .map_err(db_error)?;
    Ok(())
}

/// The organisation's latest security events, newest first.
pub async fn audit_log(db: &Db, org: OrgId, limit: i64) -> AppResult<Vec<AuditEntry>> {
    let rows: Vec<(i64, Option<String>, String, String)> = sqlx::query_as(
        "SELECT a.at, u.name, a.event, a.detail FROM audit_log a \
         LEFT JOIN users u ON u.id = a.user_id WHERE a.org_id = $1 \
         ORDER BY a.at DESC, a.id DESC LIMIT $2",
    )
    .bind(org.0)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
    .map_err(db_error)?;
    Ok(rows
        .into_iter()
        .map(|(at_ms, who, event, detail)| AuditEntry {
            at_ms,
            who: who.unwrap_or_default(),
            event,
            detail,
        })
        .collect())
}

/// The kind of an organisation, for the account page.
pub async fn org_kind(db: &Db, org: OrgId) -> AppResult<OrgKind> {
    let (k,): (String,) = sqlx::query_as("SELECT kind FROM organisations WHERE id = $1")
        .bind(org.0)
        .fetch_one(&db.pool)
        .await
        .map_err(db_error)?;
    Ok(OrgKind::parse(&k).unwrap_or_default())
}

/// A reset link is valid this long.
pub const RESET_MS: i64 = 3600 * 1000;

pub async fn user_by_email(db: &Db, email: &str) -> AppResult<Option<(UserId, String)>> {
    let row: Option<(i64, String)> = sqlx::query_as("SELECT id, name FROM users WHERE email = $1")
        .bind(email)
        .fetch_optional(&db.pool)
        .await
        .map_err(db_error)?;
    Ok(row.map(|(id, name)| (UserId(id), name)))
}

pub async fn create_reset(db: &Db, token_hash: &str, user: UserId) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO password_resets (token_hash, user_id, expires_at) VALUES ($1, $2, $3)",
    )
    .bind(token_hash)
    .bind(user.0)
    .bind(now_ms() + RESET_MS)
    .execute(&db.pool)
    .await
    .map_err(db_error)?;
    Ok(())
}

/// Uses a reset link: sets the new password and ends every session of the person. A used,
/// unknown or expired link is `NotFound`.
pub async fn reset_password(db: &Db, token_hash: &str, password_hash: &str) -> AppResult<UserId> {
    let mut tx = db.pool.begin().await.map_err(db_error)?;
    let row: Option<(i64,)> = sqlx::query_as(
        "UPDATE password_resets SET used_at = $2 \
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING user_id",
    )
    .bind(token_hash)
    .bind(now_ms())
    .fetch_optional(&mut *tx)
    .await
    .map_err(db_error)?;
    let (user,) = row.ok_or(AppError::NotFound)?;
    sqlx::query(
        "UPDATE users SET password_hash = $2, failed_logins = 0, locked_until = 0 WHERE id = $1",
    )
    .bind(user)
    .bind(password_hash)
    .execute(&mut *tx)
    .await
    .map_err(db_error)?;
    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user)
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
    tx.commit().await.map_err(db_error)?;
    Ok(UserId(user))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug_of("Vaaralahden kaupunki"), "vaaralahden-kaupunki");
        assert_eq!(slug_of("  Hämeen liitto!! "), "hameen-liitto");
        assert_eq!(
            slug_of("Ålands landskapsregering"),
            "alands-landskapsregering"
        );
        assert_eq!(slug_of("???"), "organisaatio");
    }

    #[test]
    fn backoff_grows_and_stops() {
        assert_eq!(lock_after(4), 0);
        assert_eq!(lock_after(5), 30_000);
        assert_eq!(lock_after(6), 60_000);
        assert_eq!(lock_after(9), 480_000);
        assert_eq!(lock_after(10), MAX_LOCK_MS);
        assert_eq!(lock_after(1000), MAX_LOCK_MS);
    }

    #[test]
    fn sessions_expire_when_idle_or_old() {
        let h = 3600 * 1000;
        assert!(!is_expired(0, 3 * h, 3 * h + 1));
        assert!(is_expired(0, 0, 4 * h + 1), "idle");
        assert!(!is_expired(0, 11 * h, 12 * h));
        assert!(is_expired(0, 12 * h, 12 * h + 1), "absolute");
    }
}
