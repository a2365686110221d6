//! The action plan (toimintasuunnitelma): agreed next steps with an owner, a due date and a
//! status, linked to the projects and actors they concern.

use super::validate::{parse_date, Field, FieldError, Problem, Problems};
use super::{ActionId, ActorId, ProjectId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    Open,
    InProgress,
    Done,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 3] = [Self::Open, Self::InProgress, Self::Done];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::InProgress => "in_progress",
            Self::Done => "done",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A stored action with the names of what it concerns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    pub id: ActionId,
    pub title: String,
    pub owner: String,
    pub due_date: Option<NaiveDate>,
    pub status: ActionStatus,
    pub projects: Vec<(ProjectId, String)>,
    pub actors: Vec<(ActorId, String)>,
}

impl Action {
    /// The names of the projects, then the actors, the action concerns.
    pub fn concerns(&self) -> Vec<&str> {
        let projects = self.projects.iter().map(|p| p.1.as_str());
        projects
            .chain(self.actors.iter().map(|a| a.1.as_str()))
            .collect()
    }
}

/// The validated content of an action.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionDraft {
    pub title: String,
    pub owner: String,
    pub due_date: Option<NaiveDate>,
    pub status: ActionStatus,
    pub projects: Vec<ProjectId>,
    pub actors: Vec<ActorId>,
}

/// The action form as the browser sends it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionInput {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub due_date: String,
    #[serde(default)]
    pub status: String,
}

impl ActionInput {
    pub fn validate(&self) -> Result<ActionDraft, Vec<FieldError>> {
        let mut p = Problems::default();
        let title = p.text(Field::Title, &self.title, 300, true);
        let owner = p.text(Field::Owner, &self.owner, 200, false);
        let due_date = match self.due_date.trim() {
            "" => None,
            s => parse_date(s).or_else(|| {
                p.add(Field::DueDate, Problem::InvalidDate);
                None
            }),
        };
        let status = match self.status.trim() {
            "" => ActionStatus::default(),
            s => ActionStatus::parse(s).unwrap_or_else(|| {
                p.add(Field::Status, Problem::UnknownChoice);
                ActionStatus::default()
            }),
        };
        if !p.0.is_empty() {
            return Err(p.0);
        }
        Ok(ActionDraft {
            title,
            owner,
            due_date,
            status,
            ..Default::default()
        })
    }
}

/// What kind of finding a user acts on or dismisses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// Two projects that may overlap.
    Overlap,
    /// Two actors who could cooperate.
    Opportunity,
    /// Two projects that could cooperate (same theme and time, no shared actor).
    Cooperation,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Overlap => "overlap",
            Self::Opportunity => "opportunity",
            Self::Cooperation => "cooperation",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Overlap, Self::Opportunity, Self::Cooperation]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_form() {
        let ok = ActionInput {
            title: " Yhdistetään nuorten työpajat ".into(),
            owner: "Anna Virtanen".into(),
            due_date: "31.3.2026".into(),
            status: "in_progress".into(),
        };
        let d = ok.validate().unwrap();
        assert_eq!(d.title, "Yhdistetään nuorten työpajat");
        assert_eq!(d.due_date, NaiveDate::from_ymd_opt(2026, 3, 31));
        assert_eq!(d.status, ActionStatus::InProgress);
        let bad = ActionInput {
            title: "".into(),
            due_date: "ensi kuussa".into(),
            status: "x".into(),
            ..ok
        };
        let fields: Vec<Field> = bad
            .validate()
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, vec![Field::Title, Field::DueDate, Field::Status]);
        assert_eq!(FindingKind::parse("overlap"), Some(FindingKind::Overlap));
        assert_eq!(FindingKind::parse("x"), None);
        assert_eq!(
            FindingKind::parse("cooperation"),
            Some(FindingKind::Cooperation)
        );
    }
}
