//! Filtering and sorting the project and actor lists. The filter lives in the URL query, so a
//! filtered list is a link and the filter form works as a plain GET without JavaScript.

use super::{Actor, ActorId, ActorKind, ActorRole, Project, ProjectStatus, ThemeId};
use chrono::Datelike;
use std::collections::HashMap;

/// How the project list is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ProjectSort {
    #[default]
    Name,
    /// Latest start first; projects without a start date last.
    Start,
    /// Largest budget first.
    Budget,
}

impl ProjectSort {
    pub const ALL: [ProjectSort; 3] = [Self::Name, Self::Start, Self::Budget];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Start => "start",
            Self::Budget => "budget",
        }
    }
}

/// The project list's filters, read from the URL query.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProjectFilter {
    /// Words that must all appear in the name, summary, goals, an actor or a theme.
    pub q: String,
    pub status: Option<ProjectStatus>,
    pub theme: Option<ThemeId>,
    pub actor_kind: Option<ActorKind>,
    /// Part of a funding source or of a funder's name.
    pub funder: String,
    pub from_year: Option<i32>,
    pub to_year: Option<i32>,
    pub sort: ProjectSort,
}

fn year(s: Option<String>) -> Option<i32> {
    s?.trim().parse().ok().filter(|y| (1900..=2200).contains(y))
}

impl ProjectFilter {
    /// Reads the filter from query parameters; unknown or malformed values are ignored.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Self {
        let text = |k| get(k).map(|s| s.trim().to_string()).unwrap_or_default();
        Self {
            q: text("q"),
            status: get("status").and_then(|s| ProjectStatus::parse(&s)),
            theme: get("theme").and_then(|s| s.parse().ok()).map(ThemeId),
            actor_kind: get("actor_kind").and_then(|s| ActorKind::parse(&s)),
            funder: text("funder"),
            from_year: year(get("from")),
            to_year: year(get("to")),
            sort: match get("sort").as_deref() {
                Some("start") => ProjectSort::Start,
                Some("budget") => ProjectSort::Budget,
                _ => ProjectSort::Name,
            },
        }
    }

    /// Whether any filter (not the sort order) is set.
    pub fn is_filtering(&self) -> bool {
        *self
            != Self {
                sort: self.sort,
                ..Self::default()
            }
    }

    /// Whether `p` passes every filter; `kinds` gives the type of each actor.
    pub fn matches(&self, p: &Project, kinds: &HashMap<ActorId, ActorKind>) -> bool {
        let d = &p.draft;
        if self.status.is_some_and(|s| s != d.status) {
            return false;
        }
        if self
            .theme
            .is_some_and(|t| !p.themes.iter().any(|x| x.id == t))
        {
            return false;
        }
        if let Some(kind) = self.actor_kind {
            if !p
                .actors
                .iter()
                .any(|a| kinds.get(&a.actor_id) == Some(&kind))
            {
                return false;
            }
        }
        if !self.funder.is_empty() {
            let f = self.funder.to_lowercase();
            let in_sources = d.funding.iter().any(|s| s.to_lowercase().contains(&f));
            let in_funders = p
                .actors
                .iter()
                .any(|a| a.role == ActorRole::Funder && a.actor_name.to_lowercase().contains(&f));
            if !in_sources && !in_funders {
                return false;
            }
        }
        if self.from_year.is_some() || self.to_year.is_some() {
            let start = d.start_date.or(d.end_date).map(|x| x.year());
            let end = d.end_date.or(d.start_date).map(|x| x.year());
            let (Some(start), Some(end)) = (start, end) else {
                return false;
            };
            if self.from_year.is_some_and(|y| end < y) || self.to_year.is_some_and(|y| start > y) {
                return false;
            }
        }
        if !self.q.is_empty() {
            let mut hay = format!("{} {} {}", d.name, d.summary, d.goals);
            for a in &p.actors {
                hay.push(' ');
                hay.push_str(&a.actor_name);
            }
            for t in &p.themes {
                hay.push(' ');
                hay.push_str(&t.name);
            }
            let hay = hay.to_lowercase();
            if !self
                .q
                .to_lowercase()
                .split_whitespace()
                .all(|w| hay.contains(w))
            {
                return false;
            }
        }
        true
    }

    /// The projects that pass, in the chosen order.
    pub fn apply(
        &self,
        projects: Vec<Project>,
        kinds: &HashMap<ActorId, ActorKind>,
    ) -> Vec<Project> {
        let mut out: Vec<Project> = projects
            .into_iter()
            .filter(|p| self.matches(p, kinds))
            .collect();
        let by_name = |a: &Project, b: &Project| {
            a.draft
                .name
                .to_lowercase()
                .cmp(&b.draft.name.to_lowercase())
        };
        match self.sort {
            ProjectSort::Name => out.sort_by(by_name),
            ProjectSort::Start => out.sort_by(|a, b| {
                b.draft
                    .start_date
                    .cmp(&a.draft.start_date)
                    .then_with(|| by_name(a, b))
            }),
            ProjectSort::Budget => out.sort_by(|a, b| {
                b.draft
                    .budget_cents
                    .cmp(&a.draft.budget_cents)
                    .then_with(|| by_name(a, b))
            }),
        }
        out
    }
}

/// Actors whose name or Y-tunnus contains every word of `q`, of `kind` when given.
pub fn filter_actors(actors: &[Actor], q: &str, kind: Option<ActorKind>) -> Vec<Actor> {
    let words: Vec<String> = q
        .to_lowercase()
        .split_whitespace()
        .map(String::from)
        .collect();
    actors
        .iter()
        .filter(|a| kind.is_none_or(|k| a.kind == k))
        .filter(|a| {
            let hay = format!(
                "{} {}",
                a.name.to_lowercase(),
                a.business_id.as_ref().map(|b| b.as_str()).unwrap_or("")
            );
            words.iter().all(|w| hay.contains(w.as_str()))
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Participation, ProjectDraft, ProjectId, Theme};
    use chrono::NaiveDate;

    fn project(id: i64, name: &str, start: Option<&str>, end: Option<&str>) -> Project {
        let date = |s: Option<&str>| s.map(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap());
        Project {
            id: ProjectId(id),
            draft: ProjectDraft {
                name: name.into(),
                start_date: date(start),
                end_date: date(end),
                ..Default::default()
            },
            actors: vec![],
            themes: vec![],
        }
    }

    fn names(ps: &[Project]) -> Vec<&str> {
        ps.iter().map(|p| p.draft.name.as_str()).collect()
    }

    fn query(pairs: &[(&str, &str)]) -> ProjectFilter {
        ProjectFilter::from_query(|k| {
            pairs
                .iter()
                .find(|(key, _)| *key == k)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn year_range_keeps_projects_that_run_in_it() {
        let ps = vec![
            project(1, "Vanha", Some("2019-01-01"), Some("2021-06-30")),
            project(2, "Käynnissä", Some("2024-01-01"), Some("2026-12-31")),
            project(3, "Tuleva", Some("2027-03-01"), None),
            project(4, "Ajaton", None, None),
        ];
        let f = query(&[("from", "2021"), ("to", "2025")]);
        assert_eq!(
            names(&f.apply(ps.clone(), &HashMap::new())),
            ["Käynnissä", "Vanha"]
        );
        let f = query(&[("from", "2027")]);
        assert_eq!(names(&f.apply(ps, &HashMap::new())), ["Tuleva"]);
    }

    #[test]
    fn search_theme_kind_and_funder() {
        let mut a = project(1, "Nuorten työpaja", None, None);
        a.draft.summary = "Työpajatoimintaa nuorille".into();
        a.draft.funding = vec!["ESR+".into()];
        a.themes = vec![Theme {
            id: ThemeId(3),
            name: "Työllisyys".into(),
        }];
        a.actors = vec![Participation {
            actor_id: ActorId(7),
            actor_name: "Koulutuskeskus Vaara".into(),
            role: ActorRole::Lead,
        }];
        let mut b = project(2, "Rantaraitti", None, None);
        b.actors = vec![Participation {
            actor_id: ActorId(8),
            actor_name: "Hämeen ELY-keskus".into(),
            role: ActorRole::Funder,
        }];
        let kinds = HashMap::from([
            (ActorId(7), ActorKind::Education),
            (ActorId(8), ActorKind::Public),
        ]);
        let ps = vec![a, b];
        let run = |pairs: &[(&str, &str)]| names(&query(pairs).apply(ps.clone(), &kinds)).join(",");
        assert_eq!(run(&[("q", "NUORILLE vaara")]), "Nuorten työpaja");
        assert_eq!(run(&[("q", "työllisyys")]), "Nuorten työpaja");
        assert_eq!(run(&[("theme", "3")]), "Nuorten työpaja");
        assert_eq!(run(&[("actor_kind", "public")]), "Rantaraitti");
        assert_eq!(run(&[("funder", "esr")]), "Nuorten työpaja");
        assert_eq!(run(&[("funder", "ely")]), "Rantaraitti");
        assert_eq!(run(&[("status", "ended")]), "");
        assert_eq!(
            run(&[("theme", "x"), ("status", "bogus")]),
            "Nuorten työpaja,Rantaraitti"
        );
        assert!(!query(&[("sort", "budget")]).is_filtering());
        assert!(query(&[("funder", "ely")]).is_filtering());
    }

    #[test]
    fn sorting() {
        let mut a = project(1, "b", Some("2020-01-01"), None);
        a.draft.budget_cents = Some(5);
        let mut b = project(2, "A", Some("2024-01-01"), None);
        b.draft.budget_cents = Some(1);
        let c = project(3, "c", None, None);
        let ps = vec![a, b, c];
        let k = HashMap::new();
        assert_eq!(names(&query(&[]).apply(ps.clone(), &k)), ["A", "b", "c"]);
        assert_eq!(
            names(&query(&[("sort", "start")]).apply(ps.clone(), &k)),
            ["A", "b", "c"]
        );
        assert_eq!(
            names(&query(&[("sort", "budget")]).apply(ps, &k)),
            ["b", "A", "c"]
        );
    }

    #[test]
    fn actor_search() {
        let actors = vec![
            Actor {
                id: ActorId(1),
                name: "Puutalo Lahtinen Oy".into(),
                kind: ActorKind::Company,
                business_id: crate::model::BusinessId::parse("1876402-5"),
            },
            Actor {
                id: ActorId(2),
                name: "Vaaran Kylät ry".into(),
                kind: ActorKind::Association,
                business_id: None,
            },
        ];
        assert_eq!(filter_actors(&actors, "lahtinen", None).len(), 1);
        assert_eq!(filter_actors(&actors, "1876402", None).len(), 1);
        assert_eq!(
            filter_actors(&actors, "", Some(ActorKind::Association))[0].id,
            ActorId(2)
        );
        assert!(filter_actors(&actors, "vaara", Some(ActorKind::Company)).is_empty());
    }
}
