//! Field-level validation results. A problem is a code, not a sentence: the UI translates it,
//! so the same check speaks Finnish or English.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A form field that a problem can be shown next to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Name,
    Summary,
    Goals,
    Status,
    StartDate,
    EndDate,
    Budget,
    Funding,
    ContactName,
    ContactEmail,
    Website,
    BusinessId,
    Title,
    Owner,
    DueDate,
    Positions,
    Kind,
    Role,
    ActorName,
    ThemeName,
    Actor,
    Project,
    OrgName,
    Email,
    Password,
    NewPassword,
}

impl Field {
    /// The HTML `id` of the field's input, shared by the form and its error messages.
    pub fn input_id(self) -> &'static str {
        match self {
            Self::Name => "f-name",
            Self::Summary => "f-summary",
            Self::Goals => "f-goals",
            Self::Status => "f-status",
            Self::StartDate => "f-start",
            Self::EndDate => "f-end",
            Self::Budget => "f-budget",
            Self::Funding => "f-funding",
            Self::ContactName => "f-contact-name",
            Self::ContactEmail => "f-contact-email",
            Self::Website => "f-website",
            Self::BusinessId => "f-business-id",
            Self::Title => "f-title",
            Self::Owner => "f-owner",
            Self::DueDate => "f-due",
            Self::Positions => "net-canvas",
            Self::Kind => "f-kind",
            Self::ActorName => "f-actor-name",
            Self::ThemeName => "f-theme-name",
            Self::Role => "f-role",
            Self::Actor => "f-actor",
            Self::Project => "f-project",
            Self::OrgName => "f-org-name",
            Self::Email => "f-email",
            Self::Password => "f-password",
            Self::NewPassword => "f-new-password",
        }
    }
}

/// What is wrong with a field's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    Required,
    TooLong {
        max: usize,
    },
    InvalidDate,
    EndBeforeStart,
    InvalidAmount,
    NegativeAmount,
    AmountTooLarge,
    InvalidEmail,
    InvalidUrl,
    InvalidBusinessId,
    UnknownChoice,
    OutOfRange,
    /// Another row already has this value (a theme name, a Y-tunnus).
    Duplicate,
    PasswordTooShort {
        min: usize,
    },
    /// A password found in lists of common or leaked passwords, or easily guessed.
    PasswordTooCommon,
    /// The e-mail address or password is wrong (which one is not told).
    LoginFailed,
    /// The current password, asked again before a change, is wrong.
    WrongPassword,
    /// An invitation or reset link that is unknown, used or out of date.
    LinkExpired,
}

/// One problem with one field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

/// Collects problems while a form is checked field by field.
#[derive(Default, Debug)]
pub(crate) struct Problems(pub Vec<FieldError>);

impl Problems {
    pub fn add(&mut self, field: Field, problem: Problem) {
        self.0.push(FieldError { field, problem });
    }

    /// Trims `value`, checks its length and (when `required`) that it is not empty.
    pub fn text(&mut self, field: Field, value: &str, max: usize, required: bool) -> String {
        let v = value.trim().to_string();
        if required && v.is_empty() {
            self.add(field, Problem::Required);
        } else if v.chars().count() > max {
            self.add(field, Problem::TooLong { max });
        }
        v
    }
}

/// Parses a date as ISO (`2025-03-01`, what `<input type=date>` sends) or Finnish
/// (`1.3.2025`, what people type and spreadsheets hold).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d.%m.%Y"))
        .ok()
        .filter(|d| (1900..=2200).contains(&chrono::Datelike::year(d)))
}

/// A deliberately plain e-mail check: one `@`, something before it, a dot after it, no spaces.
pub(crate) fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(char::is_whitespace)
}

/// Web addresses must be absolute http(s) URLs, so a link can never run script.
pub(crate) fn is_web_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    matches!(rest, Some(r) if !r.is_empty() && !r.starts_with('/') && !s.chars().any(char::is_whitespace))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_iso_and_finnish_form() {
        let d = NaiveDate::from_ymd_opt(2025, 3, 1).unwrap();
        assert_eq!(parse_date("2025-03-01"), Some(d));
        assert_eq!(parse_date("1.3.2025"), Some(d));
        assert_eq!(parse_date(" 01.03.2025 "), Some(d));
        assert_eq!(parse_date("31.2.2025"), None);
        assert_eq!(parse_date("2025-13-01"), None);
        assert_eq!(parse_date("huomenna"), None);
        assert_eq!(parse_date("1.3.25"), None, "two-digit years are ambiguous");
        assert_eq!(parse_date(""), None);
    }

    #[test]
    fn emails() {
        assert!(is_email("anna.virtanen@vaaralahti.fi"));
        assert!(!is_email("anna.virtanen"));
        assert!(!is_email("anna@localhost"));
        assert!(!is_email("anna @vaaralahti.fi"));
        assert!(!is_email("@vaaralahti.fi"));
        assert!(!is_email("a@b@c.fi"));
    }

    #[test]
    fn web_urls_must_be_http() {
        assert!(is_web_url("https://www.vaaralahti.fi/hankkeet"));
        assert!(is_web_url("http://example.fi"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url("https://"));
        assert!(!is_web_url("www.vaaralahti.fi"));
        assert!(!is_web_url("https://a b.fi"));
    }

    #[test]
    fn text_limits() {
        let mut p = Problems::default();
        assert_eq!(p.text(Field::Name, "  Hanke  ", 10, true), "Hanke");
        p.text(Field::Summary, "", 10, false);
        assert!(p.0.is_empty());
        p.text(Field::Name, "   ", 10, true);
        p.text(Field::Goals, "ääääääääääää", 10, false);
        assert_eq!(
            p.0,
            vec![
                FieldError {
                    field: Field::Name,
                    problem: Problem::Required
                },
                FieldError {
                    field: Field::Goals,
                    problem: Problem::TooLong { max: 10 }
                },
            ]
        );
    }
}
