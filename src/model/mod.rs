//! The shared portfolio data model: plain serde types, ID types and validation. No I/O, so the
//! server, the browser client and the analysis all use the same definitions.

mod account;
mod action;
mod actor;
mod change;
mod filter;
mod ids;
mod money;
mod project;
mod validate;
mod ytunnus;

pub use account::*;
pub use action::*;
pub use actor::*;
pub use change::*;
pub use filter::*;
pub use ids::*;
pub use money::{format_euros, parse_euros};
pub use project::*;
#[cfg(feature = "ssr")]
pub(crate) use validate::Problems;
pub use validate::{parse_date, Field, FieldError, Problem};
pub use ytunnus::BusinessId;

use serde::{Deserialize, Serialize};

/// A tenant: a municipality, city or regional body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: OrgId,
    pub slug: String,
    pub name: String,
}

/// A portfolio of one organisation: the whole municipality or one theme-scoped view.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Portfolio {
    pub id: PortfolioId,
    pub org_id: OrgId,
    pub name: String,
    pub description: String,
    /// Bumped by every change; clients use it to tell whether their copy is current.
    pub revision: i64,
    /// An archived portfolio is kept for reading; nothing in it changes until it is restored.
    pub archived: bool,
}

/// A portfolio as listed on the front page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortfolioSummary {
    pub portfolio: Portfolio,
    pub project_count: usize,
}

/// The themes a new portfolio starts with: a municipality's usual attraction factors
/// (vetovoimatekijät). Users rename, add and remove them; they are data, not UI text.
pub const DEFAULT_THEMES: [&str; 12] = [
    "Elinkeinot ja yrittäjyys",
    "Osaaminen ja koulutus",
    "Työllisyys",
    "Asuminen",
    "Liikenne ja saavutettavuus",
    "Keskusta ja elinympäristö",
    "Kulttuuri ja vapaa-aika",
    "Matkailu",
    "Hyvinvointi ja terveys",
    "Ilmasto ja kiertotalous",
    "Digitalisaatio",
    "Kansainvälisyys ja kotoutuminen",
];

/// A theme (teema) that projects target; each portfolio has its own list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theme {
    pub id: ThemeId,
    pub name: String,
}

/// The kinds of organisation that do development work (toimijatyypit).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    Company,
    Education,
    Public,
    Association,
    Research,
    Other,
}

impl ActorKind {
    pub const ALL: [ActorKind; 6] = [
        Self::Company,
        Self::Education,
        Self::Public,
        Self::Association,
        Self::Research,
        Self::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Company => "company",
            Self::Education => "education",
            Self::Public => "public",
            Self::Association => "association",
            Self::Research => "research",
            Self::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// An organisation doing development work (toimija).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub id: ActorId,
    pub name: String,
    pub kind: ActorKind,
    pub business_id: Option<BusinessId>,
}

/// What an actor does in a project.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorRole {
    Lead,
    Partner,
    Funder,
}

impl ActorRole {
    pub const ALL: [ActorRole; 3] = [Self::Lead, Self::Partner, Self::Funder];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Lead => "lead",
            Self::Partner => "partner",
            Self::Funder => "funder",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// How two projects relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    Related,
    Overlaps,
    Continues,
    DependsOn,
}

impl RelationKind {
    pub const ALL: [RelationKind; 4] = [
        Self::Related,
        Self::Overlaps,
        Self::Continues,
        Self::DependsOn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Related => "related",
            Self::Overlaps => "overlaps",
            Self::Continues => "continues",
            Self::DependsOn => "depends_on",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// An actor's part in one project, as listed with the project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participation {
    pub actor_id: ActorId,
    pub actor_name: String,
    pub role: ActorRole,
}

/// The validated content of an actor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorDraft {
    pub name: String,
    pub kind: ActorKind,
    pub business_id: Option<BusinessId>,
}

/// A relation between two projects, seen from one of them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelationView {
    pub id: i64,
    /// Whether the seen project is the relation's "from" end (it continues / depends on the other).
    pub outgoing: bool,
    pub other: ProjectId,
    pub other_name: String,
    pub kind: RelationKind,
}
