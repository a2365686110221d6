//! People and their access: roles in an organisation, what each server function needs, and
//! the registration, login and password forms with their checks. The password-strength
//! check against common passwords is the server's (`server::passwords`); the length rules
//! are here so the form and the server agree.

use super::validate::{is_email, Problems};
use super::{Field, FieldError, OrgId, Problem};
use serde::{Deserialize, Serialize};

/// Passwords shorter than this are refused (ASVS 5.0 6.2.1).
pub const PASSWORD_MIN: usize = 12;
/// Longer passwords are refused, so hashing cannot be used to load the server.
pub const PASSWORD_MAX: usize = 128;

/// A person's ID.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct UserId(pub i64);

/// What a member of an organisation may do there. Ordered: an admin may do all an editor
/// may, an editor all a viewer may.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Reads the organisation's portfolios.
    Viewer,
    /// Also changes portfolio content.
    Editor,
    /// Also manages people, settings and publishing.
    Admin,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Admin, Role::Editor, Role::Viewer];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Viewer => "viewer",
            Self::Editor => "editor",
            Self::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Whether this role is enough for `need`.
    pub fn allows(self, need: Need) -> bool {
        match need {
            Need::Public | Need::SignedIn | Need::Member => true,
            Need::Edit => self >= Role::Editor,
            Need::Admin => self == Role::Admin,
        }
    }
}

/// What a server function or route needs of its caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Need {
    /// Anyone, signed in or not (login, registration).
    Public,
    /// Anyone signed in, member of an organisation or not (own password, switching).
    SignedIn,
    /// A signed-in member of the organisation, any role: reading.
    Member,
    /// An editor or admin: changing portfolio content.
    Edit,
    /// An admin: people, settings, the audit log.
    Admin,
}

/// The kinds of organisation that register.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    #[default]
    Municipality,
    City,
    Region,
}

impl OrgKind {
    pub const ALL: [OrgKind; 3] = [OrgKind::Municipality, OrgKind::City, OrgKind::Region];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Municipality => "municipality",
            Self::City => "city",
            Self::Region => "region",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// An e-mail address as stored and compared: trimmed and lower-case.
pub fn normalise_email(s: &str) -> String {
    s.trim().to_lowercase()
}

/// The registration form: the organisation and its first administrator.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationInput {
    pub org_name: String,
    #[serde(default)]
    pub org_kind: String,
    pub name: String,
    pub email: String,
    pub password: String,
}

/// A checked registration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Registration {
    pub org_name: String,
    pub org_kind: OrgKind,
    pub name: String,
    pub email: String,
    pub password: String,
}

impl RegistrationInput {
    pub fn validate(&self) -> Result<Registration, Vec<FieldError>> {
        let mut p = Problems::default();
        let org_name = p.text(Field::OrgName, &self.org_name, 120, true);
        let org_kind = OrgKind::parse(self.org_kind.trim()).unwrap_or_else(|| {
            if !self.org_kind.trim().is_empty() {
                p.add(Field::Kind, Problem::UnknownChoice);
            }
            OrgKind::default()
        });
        let name = p.text(Field::Name, &self.name, 120, true);
        let email = check_email(&mut p, &self.email);
        check_password(&mut p, Field::Password, &self.password);
        if !p.0.is_empty() {
            return Err(p.0);
        }
        Ok(Registration {
            org_name,
            org_kind,
            name,
            email,
            password: self.password.clone(),
        })
    }
}

/// Checks and normalises an e-mail address field.
pub(crate) fn check_email(p: &mut Problems, value: &str) -> String {
    let email = normalise_email(value);
    if email.is_empty() {
        p.add(Field::Email, Problem::Required);
    } else if email.chars().count() > 254 || !is_email(&email) {
        p.add(Field::Email, Problem::InvalidEmail);
    }
    email
}

/// The length rules of a new password (the common-password check is the server's).
pub(crate) fn check_password(p: &mut Problems, field: Field, value: &str) {
    let n = value.chars().count();
    if n < PASSWORD_MIN {
        p.add(field, Problem::PasswordTooShort { min: PASSWORD_MIN });
    } else if n > PASSWORD_MAX {
        p.add(field, Problem::TooLong { max: PASSWORD_MAX });
    }
}

/// The signed-in person as the pages show them: who, where, and with which role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub user: UserId,
    pub name: String,
    pub email: String,
    /// The organisation the session acts in, with the role there.
    pub org: Option<(OrgId, String, Role)>,
    /// Every organisation the person belongs to, to switch between.
    pub memberships: Vec<(OrgId, String, Role)>,
}

/// A member of an organisation, for its administrators.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub user: UserId,
    pub name: String,
    pub email: String,
    pub role: Role,
}

/// One line of the security audit log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at_ms: i64,
    pub who: String,
    pub event: String,
    pub detail: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_ordered() {
        assert!(Role::Admin.allows(Need::Admin));
        assert!(!Role::Editor.allows(Need::Admin));
        assert!(Role::Editor.allows(Need::Edit));
        assert!(!Role::Viewer.allows(Need::Edit));
        assert!(Role::Viewer.allows(Need::Member));
        assert_eq!(Role::parse("editor"), Some(Role::Editor));
        assert_eq!(Role::parse("owner"), None);
    }

    #[test]
    fn registration_is_checked() {
        let ok = RegistrationInput {
            org_name: " Vaaralahden kaupunki ".into(),
            org_kind: "city".into(),
            name: "Anna Virtanen".into(),
            email: " Anna.Virtanen@Vaaralahti.FI ".into(),
            password: "kuusi kuusta kuudessa".into(),
        };
        let r = ok.validate().unwrap();
        assert_eq!(r.org_name, "Vaaralahden kaupunki");
        assert_eq!(r.org_kind, OrgKind::City);
        assert_eq!(r.email, "anna.virtanen@vaaralahti.fi");
        let bad = RegistrationInput {
            org_name: "".into(),
            org_kind: "kingdom".into(),
            email: "anna@".into(),
            password: "lyhyt".into(),
            ..ok.clone()
        };
        let problems: Vec<(Field, Problem)> = bad
            .validate()
            .unwrap_err()
            .into_iter()
            .map(|e| (e.field, e.problem))
            .collect();
        assert_eq!(
            problems,
            vec![
                (Field::OrgName, Problem::Required),
                (Field::Kind, Problem::UnknownChoice),
                (Field::Email, Problem::InvalidEmail),
                (Field::Password, Problem::PasswordTooShort { min: 12 }),
            ]
        );
        let long = RegistrationInput {
            password: "x".repeat(PASSWORD_MAX + 1),
            ..ok
        };
        assert_eq!(
            long.validate().unwrap_err()[0].problem,
            Problem::TooLong { max: PASSWORD_MAX }
        );
    }
}
