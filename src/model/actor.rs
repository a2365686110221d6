//! Actors (toimijat) as forms send them, and the checks that turn a form into a draft.

use super::validate::{Field, FieldError, Problem, Problems};
use super::{Actor, ActorDraft, ActorKind, ActorRole, BusinessId, ProjectId, Theme};
use serde::{Deserialize, Serialize};

pub const ACTOR_NAME_MAX: usize = 200;
pub const THEME_NAME_MAX: usize = 80;

/// An actor form: every field is text, checked by [`ActorInput::validate`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorInput {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub business_id: String,
}

impl ActorInput {
    /// Checks every field and returns the draft, or every problem found.
    pub fn validate(&self) -> Result<ActorDraft, Vec<FieldError>> {
        let mut p = Problems::default();
        let name = p.text(Field::ActorName, &self.name, ACTOR_NAME_MAX, true);
        let kind = ActorKind::parse(self.kind.trim()).unwrap_or_else(|| {
            p.add(Field::Kind, Problem::UnknownChoice);
            ActorKind::Other
        });
        let business_id = match self.business_id.trim() {
            "" => None,
            s => BusinessId::parse(s).or_else(|| {
                p.add(Field::BusinessId, Problem::InvalidBusinessId);
                None
            }),
        };
        if p.0.is_empty() {
            Ok(ActorDraft {
                name,
                kind,
                business_id,
            })
        } else {
            Err(p.0)
        }
    }

    /// The form pre-filled from a stored actor.
    pub fn from_draft(d: &ActorDraft) -> Self {
        Self {
            name: d.name.clone(),
            kind: d.kind.as_str().to_string(),
            business_id: d
                .business_id
                .as_ref()
                .map(|b| b.as_str().to_string())
                .unwrap_or_default(),
        }
    }
}

/// Checks a theme name: required, at most [`THEME_NAME_MAX`] characters, trimmed.
pub fn validate_theme_name(name: &str) -> Result<String, Vec<FieldError>> {
    let mut p = Problems::default();
    let name = p.text(Field::ThemeName, name, THEME_NAME_MAX, true);
    if p.0.is_empty() {
        Ok(name)
    } else {
        Err(p.0)
    }
}

/// A name for comparing actors: lower case, without punctuation, the legal-form words and
/// repeated spaces, so "HAMK", "Hamk" and "Puutalo Lahtinen Oy" / "Puutalo Lahtinen" meet.
pub fn comparable_name(name: &str) -> String {
    const FORMS: [&str; 6] = ["oy", "oyj", "ab", "ry", "ky", "osk"];
    name.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !FORMS.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// An actor as listed: with how many projects of the portfolio it takes part in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorSummary {
    pub actor: Actor,
    pub projects: usize,
}

/// One project an actor takes part in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorProject {
    pub project: ProjectId,
    pub name: String,
    pub role: ActorRole,
}

/// An actor with everything linked to it in the portfolio.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorDetail {
    pub actor: Actor,
    pub projects: Vec<ActorProject>,
    /// Links to projects of the organisation's other portfolios (also removed with the actor).
    pub elsewhere: usize,
}

/// A theme as listed: with the number of projects on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeSummary {
    pub theme: Theme,
    pub projects: usize,
}

/// Actors that are probably the same organisation as `actor`: the same name once case,
/// punctuation and legal form are ignored, or one name contained in the other.
pub fn merge_candidates<'a>(actor: &Actor, all: &'a [Actor]) -> Vec<&'a Actor> {
    let own = comparable_name(&actor.name);
    all.iter()
        .filter(|a| a.id != actor.id)
        .filter(|a| {
            let other = comparable_name(&a.name);
            !own.is_empty()
                && !other.is_empty()
                && (other == own
                    || format!(" {other} ").contains(&format!(" {own} "))
                    || format!(" {own} ").contains(&format!(" {other} ")))
        })
        .collect()
}

/// A first guess of an actor's type from its name, for actors an import creates: the legal
/// form and the usual words of Finnish organisation names. Users correct it on the actor page.
pub fn guess_actor_kind(name: &str) -> ActorKind {
    let n = name.to_lowercase();
    let words: Vec<&str> = n
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |w: &str| words.contains(&w);
    let part = |p: &str| n.contains(p);
    if has("ry") || part("yhdistys") || part("seura") || part("säätiö") {
        ActorKind::Association
    } else if part("tutkimus") || part("yliopisto") || part("instituutti") {
        ActorKind::Research
    } else if part("koulu") || part("opisto") || part("lukio") || part("koulutus") {
        ActorKind::Education
    } else if has("oy") || has("oyj") || has("ab") || has("ky") || has("tmi") || part("osuuskunta")
    {
        ActorKind::Company
    } else if part("kunta")
        || part("kaupunki")
        || part("ely-keskus")
        || part("virasto")
        || part("liitto")
        || part("hyvinvointialue")
        || part("ministeriö")
    {
        ActorKind::Public
    } else {
        ActorKind::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_valid_actor() {
        let input = ActorInput {
            name: "  Puutalo Lahtinen Oy ".into(),
            kind: "company".into(),
            business_id: "1876402-5".into(),
        };
        let d = input.validate().unwrap();
        assert_eq!(d.name, "Puutalo Lahtinen Oy");
        assert_eq!(d.kind, ActorKind::Company);
        assert_eq!(d.business_id.unwrap().as_str(), "1876402-5");
        assert_eq!(
            ActorInput::from_draft(&input.validate().unwrap()).kind,
            "company"
        );
    }

    #[test]
    fn every_problem_is_reported() {
        let input = ActorInput {
            name: " ".into(),
            kind: "alien".into(),
            business_id: "1876402-4".into(),
        };
        let fields: Vec<Field> = input
            .validate()
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, [Field::ActorName, Field::Kind, Field::BusinessId]);
    }

    #[test]
    fn likely_duplicates() {
        let a = |id, name: &str| Actor {
            id: crate::model::ActorId(id),
            name: name.into(),
            kind: ActorKind::Company,
            business_id: None,
        };
        let all = [
            a(1, "Puutalo Lahtinen Oy"),
            a(2, "PUUTALO LAHTINEN"),
            a(3, "Lahtinen"),
            a(4, "Puutalo Lahtiset"),
        ];
        let ids: Vec<i64> = merge_candidates(&all[0], &all)
            .iter()
            .map(|x| x.id.0)
            .collect();
        assert_eq!(ids, [2, 3]);
    }

    #[test]
    fn actor_types_are_guessed_from_names() {
        assert_eq!(guess_actor_kind("Puutalo Lahtinen Oy"), ActorKind::Company);
        assert_eq!(guess_actor_kind("Vaaran Kylät ry"), ActorKind::Association);
        assert_eq!(
            guess_actor_kind("Hämeen ammattikorkeakoulu"),
            ActorKind::Education
        );
        assert_eq!(
            guess_actor_kind("Sisämaan tutkimuskeskus"),
            ActorKind::Research
        );
        assert_eq!(guess_actor_kind("Ylä-Vaaran kunta"), ActorKind::Public);
        assert_eq!(guess_actor_kind("Hanna Virtanen"), ActorKind::Other);
    }

    #[test]
    fn theme_names() {
        assert_eq!(validate_theme_name(" Matkailu ").unwrap(), "Matkailu");
        assert!(validate_theme_name("").is_err());
        assert!(validate_theme_name(&"x".repeat(81)).is_err());
    }

    #[test]
    fn comparable_names_ignore_case_punctuation_and_legal_form() {
        assert_eq!(comparable_name("Puutalo Lahtinen Oy"), "puutalo lahtinen");
        assert_eq!(comparable_name("PUUTALO  LAHTINEN"), "puutalo lahtinen");
        assert_eq!(comparable_name("Vaaran Kylät ry."), "vaaran kylät");
        assert_ne!(
            comparable_name("Oy Vaara Ab"),
            comparable_name("Vaara Oy Kivi")
        );
    }
}
