//! What the analysis reads: a plain snapshot of a portfolio, and lookup tables built once.

use crate::model::{
    ActorId, ActorKind, ActorRole, ProjectId, ProjectStatus, RelationKind, ThemeId,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// One project as the analysis sees it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ProjectFacts {
    pub id: ProjectId,
    pub name: String,
    /// Summary and goals: the text compared for similarity.
    pub text: String,
    pub status: ProjectStatus,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub budget_cents: Option<i64>,
    pub actors: Vec<(ActorId, ActorRole)>,
    pub themes: Vec<ThemeId>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActorFacts {
    pub id: ActorId,
    pub name: String,
    pub kind: ActorKind,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThemeFacts {
    pub id: ThemeId,
    pub name: String,
}

/// A stated project–project relation.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub from: ProjectId,
    pub to: ProjectId,
    pub kind: RelationKind,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Input {
    pub projects: Vec<ProjectFacts>,
    pub actors: Vec<ActorFacts>,
    pub themes: Vec<ThemeFacts>,
    pub relations: Vec<Relation>,
}

/// Pairs the users marked as known: "not an overlap", "not an opportunity" (actors), "no
/// need to cooperate" (projects).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Dismissed {
    pub project_pairs: HashSet<(ProjectId, ProjectId)>,
    pub actor_pairs: HashSet<(ActorId, ActorId)>,
    pub cooperation_pairs: HashSet<(ProjectId, ProjectId)>,
}

impl Dismissed {
    pub fn projects(&self, a: ProjectId, b: ProjectId) -> bool {
        self.project_pairs.contains(&ordered(a, b))
    }

    pub fn actors(&self, a: ActorId, b: ActorId) -> bool {
        self.actor_pairs.contains(&ordered(a, b))
    }

    pub fn cooperation(&self, a: ProjectId, b: ProjectId) -> bool {
        self.cooperation_pairs.contains(&ordered(a, b))
    }
}

/// A pair in a canonical order, so (a, b) and (b, a) are one key.
pub fn ordered<T: Ord>(a: T, b: T) -> (T, T) {
    if a <= b {
        (a, b)
    } else {
        (b, a)
    }
}

/// Lookup tables over the input, by position (`usize`) rather than ID.
pub struct Index {
    pub actor_pos: HashMap<ActorId, usize>,
    pub theme_pos: HashMap<ThemeId, usize>,
    /// For each actor, the positions of its projects.
    pub projects_of_actor: Vec<Vec<usize>>,
    /// For each theme, the positions of its projects.
    pub projects_of_theme: Vec<Vec<usize>>,
}

impl Index {
    pub fn new(input: &Input) -> Self {
        let actor_pos: HashMap<_, _> = input
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id, i))
            .collect();
        let theme_pos: HashMap<_, _> = input
            .themes
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id, i))
            .collect();
        let mut projects_of_actor = vec![Vec::new(); input.actors.len()];
        let mut projects_of_theme = vec![Vec::new(); input.themes.len()];
        for (p, project) in input.projects.iter().enumerate() {
            let mut seen = HashSet::new();
            for (a, _) in &project.actors {
                if let Some(&i) = actor_pos.get(a) {
                    if seen.insert(i) {
                        projects_of_actor[i].push(p);
                    }
                }
            }
            for t in &project.themes {
                if let Some(&i) = theme_pos.get(t) {
                    projects_of_theme[i].push(p);
                }
            }
        }
        Self {
            actor_pos,
            theme_pos,
            projects_of_actor,
            projects_of_theme,
        }
    }
}
