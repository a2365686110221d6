//! Passwords: hashing with Argon2id (19 MiB, 2 passes, 1 lane — the OWASP minimum) and the
//! strength check with zxcvbn, which knows the 30 000 most common passwords, names, words,
//! keyboard walks and dates, and what the person typed elsewhere in the form.

use crate::error::{AppError, AppResult};
use crate::model::{Field, FieldError, Problem};
use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid Argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes a password into a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`), off the async
/// threads: hashing takes tens of milliseconds of CPU on purpose.
pub async fn hash(password: &str) -> AppResult<String> {
    let password = password.to_string();
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        hasher()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
    })
    .await
    .map_err(|_| AppError::Internal)?
    .map_err(|e| {
        tracing::error!("password hashing failed: {e}");
        AppError::Internal
    })
}

/// Whether `password` matches the stored hash. With no hash (an unknown account) a dummy
/// hash is checked instead, so the answer takes as long either way.
pub async fn verify(password: &str, stored: Option<&str>) -> bool {
    let password = password.to_string();
    let stored = stored.map(str::to_string);
    tokio::task::spawn_blocking(move || {
        let phc = stored.as_deref().unwrap_or_else(|| dummy_hash());
        let ok = PasswordHash::new(phc)
            .map(|h| hasher().verify_password(password.as_bytes(), &h).is_ok())
            .unwrap_or(false);
        ok && stored.is_some()
    })
    .await
    .unwrap_or(false)
}

/// A hash of a random password nobody knows, with the same parameters as real ones.
fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| {
        let salt = SaltString::generate(&mut OsRng);
        hasher()
            .hash_password(random_token().as_bytes(), &salt)
            .map(|h| h.to_string())
            .unwrap_or_default()
    })
}

/// Refuses a password that is too easy to guess (zxcvbn score below 3 of 4), also given the
/// name, e-mail address and organisation typed in the same form.
pub fn check_strength(password: &str, field: Field, context: &[&str]) -> AppResult<()> {
    let mut inputs: Vec<&str> = context.to_vec();
    for c in context {
        inputs.extend(
            c.split(|ch: char| !ch.is_alphanumeric())
                .filter(|w| w.len() > 2),
        );
    }
    let score = u8::from(zxcvbn::zxcvbn(password, &inputs).score());
    if score < 3 {
        return Err(AppError::Validation(vec![FieldError {
            field,
            problem: Problem::PasswordTooCommon,
        }]));
    }
    Ok(())
}

/// A random secret (session or invitation token): 256 bits, URL-safe hex.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// How a token is stored: its SHA-256, so a copy of the database opens no session.
pub fn token_hash(token: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_differ() {
        let a = hash("kuusi kuusta kuudessa").await.unwrap();
        let b = hash("kuusi kuusta kuudessa").await.unwrap();
        assert!(a.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{a}");
        assert_ne!(a, b, "salted");
        assert!(verify("kuusi kuusta kuudessa", Some(&a)).await);
        assert!(!verify("kuusi kuusta kuudessA", Some(&a)).await);
        assert!(!verify("anything", None).await);
        assert!(!verify("anything", Some("not a hash")).await);
    }

    #[test]
    fn common_and_personal_passwords_are_refused() {
        let weak = |p: &str, ctx: &[&str]| check_strength(p, Field::Password, ctx).is_err();
        assert!(weak("password1234", &[]));
        assert!(weak("qwertyuiop123", &[]));
        assert!(weak("111111111111", &[]));
        assert!(weak(
            "Vaaralahti2026",
            &["Vaaralahden kaupunki", "vaaralahti"]
        ));
        assert!(!weak("kuusi kuusta kuudessa", &[]));
        assert!(!weak("Hankekartta-rocks-Hämeessä", &[]));
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, b) = (random_token(), random_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
        assert_eq!(token_hash(&a), token_hash(&a));
    }
}
