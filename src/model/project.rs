//! Projects (hankkeet): the stored record, the form input and the validated draft between them.

use super::money::{parse_euros, AmountError};
use super::validate::{is_email, is_web_url, parse_date, Field, FieldError, Problem, Problems};
use super::{Participation, ProjectId, Theme};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where a project is in its life.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProjectStatus {
    #[default]
    Planned,
    Active,
    Ended,
}

impl ProjectStatus {
    pub const ALL: [ProjectStatus; 3] = [Self::Planned, Self::Active, Self::Ended];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::Active => "active",
            Self::Ended => "ended",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The validated content of a project, as written to the store and recorded in the history.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectDraft {
    pub name: String,
    pub summary: String,
    pub goals: String,
    pub status: ProjectStatus,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    /// Whole budget in cents.
    pub budget_cents: Option<i64>,
    /// Funding sources as named by the user: "EAKR", "Business Finland", "kunta" …
    pub funding: Vec<String>,
    pub contact_name: String,
    pub contact_email: String,
    pub website: String,
}

/// A stored project with what is linked to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    pub id: ProjectId,
    #[serde(flatten)]
    pub draft: ProjectDraft,
    pub actors: Vec<Participation>,
    pub themes: Vec<Theme>,
}

/// A project form as the browser sends it: every field is text, checked by [`ProjectInput::validate`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectInput {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub goals: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub start_date: String,
    #[serde(default)]
    pub end_date: String,
    #[serde(default)]
    pub budget: String,
    /// Funding sources separated by commas, semicolons or line breaks.
    #[serde(default)]
    pub funding: String,
    #[serde(default)]
    pub contact_name: String,
    #[serde(default)]
    pub contact_email: String,
    #[serde(default)]
    pub website: String,
}

pub const NAME_MAX: usize = 200;
pub const TEXT_MAX: usize = 5_000;
pub const SHORT_MAX: usize = 200;

impl ProjectInput {
    /// Checks every field and returns the draft, or every problem found (not just the first).
    pub fn validate(&self) -> Result<ProjectDraft, Vec<FieldError>> {
        let mut p = Problems::default();
        let name = p.text(Field::Name, &self.name, NAME_MAX, true);
        let summary = p.text(Field::Summary, &self.summary, TEXT_MAX, false);
        let goals = p.text(Field::Goals, &self.goals, TEXT_MAX, false);
        let status = match self.status.trim() {
            "" => ProjectStatus::default(),
            s => ProjectStatus::parse(s).unwrap_or_else(|| {
                p.add(Field::Status, Problem::UnknownChoice);
                ProjectStatus::default()
            }),
        };
        let mut date = |field: Field, s: &str| match s.trim() {
            "" => None,
            s => parse_date(s).or_else(|| {
                p.add(field, Problem::InvalidDate);
                None
            }),
        };
        let start_date = date(Field::StartDate, &self.start_date);
        let end_date = date(Field::EndDate, &self.end_date);
        if let (Some(s), Some(e)) = (start_date, end_date) {
            if e < s {
                p.add(Field::EndDate, Problem::EndBeforeStart);
            }
        }
        let budget_cents = match self.budget.trim() {
            "" => None,
            s => match parse_euros(s) {
                Ok(c) => Some(c),
                Err(e) => {
                    let problem = match e {
                        AmountError::Invalid => Problem::InvalidAmount,
                        AmountError::Negative => Problem::NegativeAmount,
                        AmountError::TooLarge => Problem::AmountTooLarge,
                    };
                    p.add(Field::Budget, problem);
                    None
                }
            },
        };
        let funding = split_list(&self.funding);
        if funding.iter().any(|f| f.chars().count() > SHORT_MAX) {
            p.add(Field::Funding, Problem::TooLong { max: SHORT_MAX });
        }
        let contact_name = p.text(Field::ContactName, &self.contact_name, SHORT_MAX, false);
        let contact_email = p.text(Field::ContactEmail, &self.contact_email, SHORT_MAX, false);
        if !contact_email.is_empty() && !is_email(&contact_email) {
            p.add(Field::ContactEmail, Problem::InvalidEmail);
        }
        let website = p.text(Field::Website, &self.website, 2_000, false);
        if !website.is_empty() && !is_web_url(&website) {
            p.add(Field::Website, Problem::InvalidUrl);
        }
        if !p.0.is_empty() {
            return Err(p.0);
        }
        Ok(ProjectDraft {
            name,
            summary,
            goals,
            status,
            start_date,
            end_date,
            budget_cents,
            funding,
            contact_name,
            contact_email,
            website,
        })
    }

    /// The form pre-filled from a stored project, for editing.
    pub fn from_draft(d: &ProjectDraft) -> Self {
        Self {
            name: d.name.clone(),
            summary: d.summary.clone(),
            goals: d.goals.clone(),
            status: d.status.as_str().to_string(),
            start_date: d.start_date.map(|d| d.to_string()).unwrap_or_default(),
            end_date: d.end_date.map(|d| d.to_string()).unwrap_or_default(),
            budget: d
                .budget_cents
                .map(|c| {
                    if c % 100 == 0 {
                        (c / 100).to_string()
                    } else {
                        format!("{},{:02}", c / 100, c % 100)
                    }
                })
                .unwrap_or_default(),
            funding: d.funding.join("; "),
            contact_name: d.contact_name.clone(),
            contact_email: d.contact_email.clone(),
            website: d.website.clone(),
        }
    }
}

/// Splits a list cell on commas, semicolons and line breaks, dropping empty items and repeats.
pub fn split_list(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in s.split([',', ';', '\n', '\r']).map(str::trim) {
        if !item.is_empty() && !out.iter().any(|o| o.eq_ignore_ascii_case(item)) {
            out.push(item.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ProjectInput {
        ProjectInput {
            name: "Nuorten työpajat".into(),
            status: "active".into(),
            start_date: "1.1.2025".into(),
            end_date: "2026-12-31".into(),
            budget: "250 000".into(),
            funding: "ESR+; Vaaralahden kaupunki\nESR+".into(),
            contact_email: "anna.virtanen@vaaralahti.fi".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_good_form_validates() {
        let d = input().validate().unwrap();
        assert_eq!(d.name, "Nuorten työpajat");
        assert_eq!(d.status, ProjectStatus::Active);
        assert_eq!(d.start_date, NaiveDate::from_ymd_opt(2025, 1, 1));
        assert_eq!(d.budget_cents, Some(25_000_000));
        assert_eq!(d.funding, vec!["ESR+", "Vaaralahden kaupunki"]);
    }

    #[test]
    fn every_problem_is_reported() {
        let bad = ProjectInput {
            name: " ".into(),
            status: "forever".into(),
            start_date: "2026-01-01".into(),
            end_date: "31.12.2025".into(),
            budget: "-5".into(),
            contact_email: "anna".into(),
            website: "javascript:alert(1)".into(),
            ..Default::default()
        };
        let errs = bad.validate().unwrap_err();
        let got: Vec<(Field, Problem)> = errs.iter().map(|e| (e.field, e.problem)).collect();
        assert_eq!(
            got,
            vec![
                (Field::Name, Problem::Required),
                (Field::Status, Problem::UnknownChoice),
                (Field::EndDate, Problem::EndBeforeStart),
                (Field::Budget, Problem::NegativeAmount),
                (Field::ContactEmail, Problem::InvalidEmail),
                (Field::Website, Problem::InvalidUrl),
            ]
        );
    }

    #[test]
    fn invalid_dates_and_amounts() {
        let bad = ProjectInput {
            start_date: "30.2.2025".into(),
            budget: "noin miljoona".into(),
            ..input()
        };
        let errs = bad.validate().unwrap_err();
        assert!(errs.contains(&FieldError {
            field: Field::StartDate,
            problem: Problem::InvalidDate
        }));
        assert!(errs.contains(&FieldError {
            field: Field::Budget,
            problem: Problem::InvalidAmount
        }));
    }

    #[test]
    fn editing_round_trips_through_the_form() {
        let d = input().validate().unwrap();
        assert_eq!(ProjectInput::from_draft(&d).validate().unwrap(), d);
        let cents = ProjectDraft {
            budget_cents: Some(8_500_050),
            ..d
        };
        assert_eq!(ProjectInput::from_draft(&cents).validate().unwrap(), cents);
    }
}
