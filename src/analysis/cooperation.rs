//! Cooperation opportunities (yhteistyömahdollisuudet): actors who work on the same themes
//! but have no project together, ranked by a weighted Adamic–Adar score over the
//! actor–theme graph — a shared rare theme says more than a shared theme everyone is on,
//! and a theme both are active in says more than one they touched once.

use super::overlap::PairFinding;
use super::{ordered, Dismissed, Index, Input};
use crate::model::{ActorId, ThemeId};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// Per theme, only this many of its most active actors generate candidate pairs (blocking,
/// so the work stays near-linear on big portfolios).
const PER_THEME: usize = 60;
/// At most this many opportunities are returned.
pub const MAX_RESULTS: usize = 200;

/// A theme two actors share: its ID and how many projects each has on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedTheme {
    pub theme: ThemeId,
    pub projects_a: u32,
    pub projects_b: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Opportunity {
    pub a: ActorId,
    pub b: ActorId,
    pub score: f32,
    pub shared_themes: Vec<SharedTheme>,
}

pub fn opportunities(input: &Input, index: &Index, dismissed: &Dismissed) -> Vec<Opportunity> {
    let n_themes = input.themes.len();
    // weight[actor][theme] = the actor's projects on the theme
    let mut weight: Vec<HashMap<usize, u32>> = vec![HashMap::new(); input.actors.len()];
    let mut together: HashSet<(usize, usize)> = HashSet::new();
    for p in &input.projects {
        let actors: Vec<usize> = p
            .actors
            .iter()
            .filter_map(|(a, _)| index.actor_pos.get(a).copied())
            .collect();
        for (i, &a) in actors.iter().enumerate() {
            for t in p.themes.iter().filter_map(|t| index.theme_pos.get(t)) {
                *weight[a].entry(*t).or_default() += 1;
            }
            for &b in &actors[i + 1..] {
                together.insert(ordered(a, b));
            }
        }
    }
    let mut actors_of_theme: Vec<Vec<(u32, usize)>> = vec![Vec::new(); n_themes];
    for (a, themes) in weight.iter().enumerate() {
        for (&t, &w) in themes {
            actors_of_theme[t].push((w, a));
        }
    }
    let mut candidates: HashSet<(usize, usize)> = HashSet::new();
    for list in &mut actors_of_theme {
        list.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
        let top = &list[..list.len().min(PER_THEME)];
        for (i, &(_, a)) in top.iter().enumerate() {
            for &(_, b) in &top[i + 1..] {
                candidates.insert(ordered(a, b));
            }
        }
    }
    let degree: Vec<f32> = actors_of_theme.iter().map(|l| l.len() as f32).collect();
    let mut out: Vec<Opportunity> = candidates
        .into_iter()
        .filter(|pair| !together.contains(pair))
        .filter_map(|(a, b)| {
            let (ida, idb) = (input.actors[a].id, input.actors[b].id);
            if dismissed.actors(ida, idb) {
                return None;
            }
            let mut shared: Vec<SharedTheme> = weight[a]
                .iter()
                .filter_map(|(t, &wa)| {
                    let wb = *weight[b].get(t)?;
                    Some(SharedTheme {
                        theme: input.themes[*t].id,
                        projects_a: wa,
                        projects_b: wb,
                    })
                })
                .collect();
            shared.sort_by_key(|s| s.theme);
            let score = shared
                .iter()
                .map(|s| {
                    let t = index.theme_pos[&s.theme];
                    s.projects_a.min(s.projects_b) as f32 / degree[t].max(2.0).ln()
                })
                .sum();
            Some(Opportunity {
                a: ida,
                b: idb,
                score,
                shared_themes: shared,
            })
        })
        .collect();
    out.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    out.truncate(MAX_RESULTS);
    out
}

/// Projects that could work together: on a shared theme at the same time, run by different
/// actors (no actor in common), not duplicates of each other and not one continuing the
/// other. Taken from the inferred connections, best first; pairs the users dismissed are
/// left out.
pub fn project_opportunities(pairs: &[PairFinding], dismissed: &Dismissed) -> Vec<PairFinding> {
    pairs
        .iter()
        .filter(|p| {
            !p.is_overlap
                && !dismissed.cooperation(p.a, p.b)
                && !p.sequential
                && p.shared_actors.is_empty()
                && !p.shared_themes.is_empty()
                && p.overlap_days.is_some_and(|d| d > 0)
        })
        .take(MAX_RESULTS)
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::{ActorFacts, ProjectFacts, ThemeFacts};
    use super::*;
    use crate::model::{ActorKind, ActorRole, ProjectId};

    fn p(id: i64, actors: &[i64], themes: &[i64]) -> ProjectFacts {
        ProjectFacts {
            id: ProjectId(id),
            actors: actors
                .iter()
                .map(|a| (ActorId(*a), ActorRole::Partner))
                .collect(),
            themes: themes.iter().map(|t| ThemeId(*t)).collect(),
            ..Default::default()
        }
    }

    fn input(projects: Vec<ProjectFacts>) -> Input {
        Input {
            projects,
            actors: (1..=6)
                .map(|i| ActorFacts {
                    id: ActorId(i),
                    name: format!("A{i}"),
                    kind: ActorKind::Company,
                })
                .collect(),
            themes: (1..=3)
                .map(|i| ThemeFacts {
                    id: ThemeId(i),
                    name: format!("T{i}"),
                })
                .collect(),
            relations: vec![],
        }
    }

    #[test]
    fn ranks_by_weighted_adamic_adar_and_skips_existing_partners() {
        // Theme 1 (rare): actors 1, 2. Theme 2 (common): actors 1, 2, 3, 4, 5.
        // Actors 1 and 2 never share a project; 3 and 4 already do.
        let i = input(vec![
            p(1, &[1], &[1, 2]),
            p(2, &[1], &[1]),
            p(3, &[2], &[1, 2]),
            p(4, &[2], &[1]),
            p(5, &[3, 4], &[2]),
            p(6, &[5], &[2]),
        ]);
        let found = opportunities(&i, &Index::new(&i), &Dismissed::default());
        let top = &found[0];
        assert_eq!((top.a, top.b), (ActorId(1), ActorId(2)));
        // theme 1: min(2, 2) / ln 2 ; theme 2: min(1, 1) / ln 5
        let expected = 2.0 / 2f32.ln() + 1.0 / 5f32.ln();
        assert!(
            (top.score - expected).abs() < 1e-5,
            "{} vs {expected}",
            top.score
        );
        assert_eq!(
            top.shared_themes[0],
            SharedTheme {
                theme: ThemeId(1),
                projects_a: 2,
                projects_b: 2
            }
        );
        assert!(
            !found.iter().any(|o| (o.a, o.b) == (ActorId(3), ActorId(4))),
            "already partners"
        );
        assert!(
            !found.iter().any(|o| o.a == ActorId(6) || o.b == ActorId(6)),
            "no projects, no themes"
        );
        let others: Vec<_> = found[1..].iter().map(|o| o.score).collect();
        assert!(
            others.iter().all(|s| (*s - 1.0 / 5f32.ln()).abs() < 1e-5),
            "{others:?}"
        );
    }

    #[test]
    fn dismissed_pairs_are_left_out() {
        let i = input(vec![p(1, &[1], &[1]), p(2, &[2], &[1])]);
        let mut d = Dismissed::default();
        assert_eq!(opportunities(&i, &Index::new(&i), &d).len(), 1);
        d.actor_pairs.insert((ActorId(1), ActorId(2)));
        assert!(opportunities(&i, &Index::new(&i), &d).is_empty());
    }

    #[test]
    fn project_opportunities_share_a_theme_and_time_but_no_actor() {
        use crate::model::ProjectId;
        let pair =
            |a: i64, actors: Vec<i64>, days: Option<i64>, overlap: bool, sequential: bool| {
                PairFinding {
                    a: ProjectId(a),
                    b: ProjectId(a + 100),
                    score: 0.4,
                    is_overlap: overlap,
                    shared_actors: actors.into_iter().map(ActorId).collect(),
                    shared_themes: vec![ThemeId(1)],
                    overlap_days: days,
                    text_similarity: 0.1,
                    sequential,
                }
            };
        let pairs = vec![
            pair(1, vec![], Some(200), false, false),
            pair(2, vec![7], Some(200), false, false),
            pair(3, vec![], Some(200), true, false),
            pair(4, vec![], None, false, false),
            pair(5, vec![], Some(0), false, true),
            pair(6, vec![], Some(30), false, false),
        ];
        let found = |d: &Dismissed| -> Vec<i64> {
            project_opportunities(&pairs, d)
                .iter()
                .map(|p| p.a.0)
                .collect()
        };
        let mut d = Dismissed::default();
        assert_eq!(found(&d), [1, 6]);
        d.cooperation_pairs.insert((ProjectId(6), ProjectId(106)));
        assert_eq!(found(&d), [1], "a dismissed pair stays out");
    }
}
