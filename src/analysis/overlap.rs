//! Inferred project–project connections and possible overlaps (päällekkäisyydet).
//!
//! Candidate pairs come from inverted indexes — projects of one actor, projects sharing a
//! distinctive description term, stated relations — never from comparing all pairs, so the
//! cost grows with the number of real candidates. Very busy actors (a city in hundreds of
//! projects) and very common terms are left out of candidate generation only; they still
//! count in the score of pairs found otherwise.

use super::text::Corpus;
use super::{ordered, Dismissed, Index, Input, ProjectFacts};
use crate::model::{ActorId, ProjectId, RelationKind, ThemeId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Actors with more projects than this do not generate candidates by themselves.
const HUB_LIMIT: usize = 200;
/// Description features found in more projects than this do not generate candidates.
const TERM_LIMIT: usize = 40;
/// Score weights: shared actors, shared themes, simultaneity, description similarity.
const W_ACTORS: f32 = 0.35;
const W_THEMES: f32 = 0.20;
const W_TIME: f32 = 0.15;
const W_TEXT: f32 = 0.30;
/// Pairs scoring at least this are listed as connections…
pub const LINK_THRESHOLD: f32 = 0.25;
/// …and at least this, when simultaneous, as possible overlaps.
pub const OVERLAP_THRESHOLD: f32 = 0.5;

/// Two projects that the analysis connects, with why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PairFinding {
    pub a: ProjectId,
    pub b: ProjectId,
    pub score: f32,
    pub is_overlap: bool,
    pub shared_actors: Vec<ActorId>,
    pub shared_themes: Vec<ThemeId>,
    /// Days both run; `None` when a start date is missing.
    pub overlap_days: Option<i64>,
    pub text_similarity: f32,
    /// One continues the other (stated, or one ended before the other began): never an overlap.
    pub sequential: bool,
}

/// Every connection above [`LINK_THRESHOLD`], best first.
pub fn find_pairs(input: &Input, index: &Index, dismissed: &Dismissed) -> Vec<PairFinding> {
    let corpus = Corpus::new(input.projects.iter().map(|p| p.text.as_str()));
    // Candidates as a sorted, deduplicated list: far cheaper than a hash set of pairs.
    let mut candidates: Vec<(u32, u32)> = Vec::new();
    let mut add_block = |block: &[usize]| {
        for (i, &a) in block.iter().enumerate() {
            for &b in &block[i + 1..] {
                if a != b {
                    let (a, b) = ordered(a, b);
                    candidates.push((a as u32, b as u32));
                }
            }
        }
    };
    for projects in index
        .projects_of_actor
        .iter()
        .filter(|p| p.len() <= HUB_LIMIT)
    {
        add_block(projects);
    }
    for docs in corpus
        .postings
        .iter()
        .filter(|d| (2..=TERM_LIMIT).contains(&d.len()))
    {
        add_block(docs);
    }
    let position: std::collections::HashMap<ProjectId, usize> = input
        .projects
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id, i))
        .collect();
    let continues: HashSet<(usize, usize)> = input
        .relations
        .iter()
        .filter(|r| r.kind == RelationKind::Continues)
        .filter_map(|r| Some(ordered(*position.get(&r.from)?, *position.get(&r.to)?)))
        .collect();
    candidates.extend(
        continues
            .iter()
            .filter(|(a, b)| a != b)
            .map(|&(a, b)| (a as u32, b as u32)),
    );
    candidates.sort_unstable();
    candidates.dedup();

    let sets: Vec<Sets> = input.projects.iter().map(Sets::of).collect();
    let mut found: Vec<PairFinding> = candidates
        .into_iter()
        .filter_map(|(a, b)| {
            let (a, b) = (a as usize, b as usize);
            let (pa, pb) = (&input.projects[a], &input.projects[b]);
            let text = corpus.similarity(a, b);
            if quick_score(pa, pb, &sets[a], &sets[b], text) < LINK_THRESHOLD {
                return None;
            }
            let mut f = finding(pa, pb, &sets[a], &sets[b], text);
            f.sequential |= continues.contains(&(a, b));
            f.is_overlap =
                f.score >= OVERLAP_THRESHOLD && !f.sequential && !dismissed.projects(pa.id, pb.id);
            Some(f)
        })
        .collect();
    found.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    found
}

/// A project's actors and themes, sorted and without repeats, for merge intersections.
struct Sets {
    actors: Vec<ActorId>,
    themes: Vec<ThemeId>,
}

impl Sets {
    fn of(p: &ProjectFacts) -> Self {
        let mut actors: Vec<ActorId> = p.actors.iter().map(|(x, _)| *x).collect();
        actors.sort_unstable();
        actors.dedup();
        let mut themes = p.themes.clone();
        themes.sort_unstable();
        themes.dedup();
        Self { actors, themes }
    }
}

/// The items two sorted lists share, in order.
fn common<T: Ord + Copy>(a: &[T], b: &[T]) -> Vec<T> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// How many items two sorted lists share.
fn count_common<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Scores one pair given their description similarity.
pub fn score(a: &ProjectFacts, b: &ProjectFacts, text_similarity: f32) -> PairFinding {
    finding(a, b, &Sets::of(a), &Sets::of(b), text_similarity)
}

fn jaccard(shared: usize, x: usize, y: usize) -> f32 {
    let union = x + y - shared;
    if union == 0 {
        0.0
    } else {
        shared as f32 / union as f32
    }
}

/// The pair's score alone, without allocating: most candidates end here.
fn quick_score(a: &ProjectFacts, b: &ProjectFacts, sa: &Sets, sb: &Sets, text: f32) -> f32 {
    let actors = count_common(&sa.actors, &sb.actors);
    let themes = count_common(&sa.themes, &sb.themes);
    let (_, time, _) = simultaneity(a, b);
    W_ACTORS * jaccard(actors, sa.actors.len(), sb.actors.len())
        + W_THEMES * jaccard(themes, sa.themes.len(), sb.themes.len())
        + W_TIME * time
        + W_TEXT * text
}

/// The pair's finding with its explanation.
fn finding(a: &ProjectFacts, b: &ProjectFacts, sa: &Sets, sb: &Sets, text: f32) -> PairFinding {
    let (overlap_days, _, sequential) = simultaneity(a, b);
    let (a_id, b_id) = ordered(a.id, b.id);
    PairFinding {
        a: a_id,
        b: b_id,
        score: quick_score(a, b, sa, sb, text),
        is_overlap: false,
        shared_actors: common(&sa.actors, &sb.actors),
        shared_themes: common(&sa.themes, &sb.themes),
        overlap_days,
        text_similarity: text,
        sequential,
    }
}

/// (days both run, share of the shorter one's span, whether one ended before the other began).
/// A missing start date is unknown (neutral 0.5); a missing end date means still running.
fn simultaneity(a: &ProjectFacts, b: &ProjectFacts) -> (Option<i64>, f32, bool) {
    let (Some(sa), Some(sb)) = (a.start, b.start) else {
        return (None, 0.5, false);
    };
    let open = NaiveDate::MAX;
    let (ea, eb) = (a.end.unwrap_or(open).max(sa), b.end.unwrap_or(open).max(sb));
    let days = (ea.min(eb) - sa.max(sb)).num_days() + 1;
    if days <= 0 {
        return (Some(0), 0.0, true);
    }
    let span = |s: NaiveDate, e: NaiveDate| ((e - s).num_days() + 1).clamp(1, 3650);
    let shorter = span(sa, ea).min(span(sb, eb));
    (Some(days), (days as f32 / shorter as f32).min(1.0), false)
}

#[cfg(test)]
mod tests {
    use super::super::{ActorFacts, Relation, ThemeFacts};
    use super::*;
    use crate::model::{ActorKind, ActorRole};

    fn d(s: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
    }

    fn project(
        id: i64,
        text: &str,
        actors: &[i64],
        themes: &[i64],
        start: &str,
        end: &str,
    ) -> ProjectFacts {
        ProjectFacts {
            id: ProjectId(id),
            name: format!("P{id}"),
            text: text.into(),
            start: d(start),
            end: d(end),
            actors: actors
                .iter()
                .map(|a| (ActorId(*a), ActorRole::Partner))
                .collect(),
            themes: themes.iter().map(|t| ThemeId(*t)).collect(),
            ..Default::default()
        }
    }

    fn input(projects: Vec<ProjectFacts>, relations: Vec<Relation>) -> Input {
        let actors = (1..=9)
            .map(|i| ActorFacts {
                id: ActorId(i),
                name: format!("A{i}"),
                kind: ActorKind::Other,
            })
            .collect();
        let themes = (1..=5)
            .map(|i| ThemeFacts {
                id: ThemeId(i),
                name: format!("T{i}"),
            })
            .collect();
        Input {
            projects,
            actors,
            themes,
            relations,
        }
    }

    #[test]
    fn duplicate_work_ranks_first_and_is_explained() {
        let i = input(
            vec![
                project(
                    1,
                    "Nuorten työllisyys ja työpajat",
                    &[1, 2, 3],
                    &[1, 2],
                    "2024-01-01",
                    "2026-12-31",
                ),
                project(
                    2,
                    "Nuorille työllistymistä tukevaa valmennusta",
                    &[1, 2],
                    &[1, 2],
                    "2024-08-01",
                    "2027-07-31",
                ),
                project(
                    3,
                    "Kaukolämmön bioenergia",
                    &[1, 4],
                    &[3],
                    "2024-01-01",
                    "2025-12-31",
                ),
                project(4, "Matkailureitit", &[5], &[4], "2024-01-01", "2025-12-31"),
            ],
            vec![],
        );
        let found = find_pairs(&i, &Index::new(&i), &Dismissed::default());
        let top = &found[0];
        assert_eq!((top.a, top.b), (ProjectId(1), ProjectId(2)));
        assert!(top.is_overlap, "{top:?}");
        assert_eq!(top.shared_actors, vec![ActorId(1), ActorId(2)]);
        assert_eq!(top.shared_themes, vec![ThemeId(1), ThemeId(2)]);
        assert_eq!(top.overlap_days, Some(883)); // 1.8.2024–31.12.2026
        assert!(top.text_similarity > 0.2);
        assert!(
            found
                .iter()
                .all(|f| f.a != ProjectId(4) && f.b != ProjectId(4)),
            "no candidate"
        );
        assert!(found.iter().filter(|f| f.is_overlap).count() == 1);
    }

    #[test]
    fn a_successor_is_not_an_overlap() {
        let base = |end: &str, start2: &str| {
            vec![
                project(
                    1,
                    "Asemanseudun kehittäminen",
                    &[1, 2],
                    &[1],
                    "2021-01-01",
                    end,
                ),
                project(
                    2,
                    "Asemanseudun kehittäminen toteutus",
                    &[1, 2],
                    &[1],
                    start2,
                    "2027-12-31",
                ),
            ]
        };
        // One ended before the other began.
        let i = input(base("2023-05-31", "2023-09-01"), vec![]);
        let f = &find_pairs(&i, &Index::new(&i), &Dismissed::default())[0];
        assert!(f.sequential && !f.is_overlap && f.overlap_days == Some(0));
        // Stated as a continuation, even though the dates touch.
        let cont = Relation {
            from: ProjectId(2),
            to: ProjectId(1),
            kind: RelationKind::Continues,
        };
        let i = input(base("2023-12-31", "2023-09-01"), vec![cont]);
        let f = &find_pairs(&i, &Index::new(&i), &Dismissed::default())[0];
        assert!(f.sequential && !f.is_overlap);
        // Without either, the same pair is an overlap.
        let i = input(base("2023-12-31", "2023-09-01"), vec![]);
        assert!(find_pairs(&i, &Index::new(&i), &Dismissed::default())[0].is_overlap);
    }

    #[test]
    fn dismissed_pairs_stay_connections_but_not_overlaps() {
        let i = input(
            vec![
                project(
                    1,
                    "Digituki ikäihmisille",
                    &[1, 2],
                    &[1],
                    "2024-01-01",
                    "2025-12-31",
                ),
                project(
                    2,
                    "Digituki ikäihmisille kylillä",
                    &[1, 2],
                    &[1],
                    "2024-01-01",
                    "2025-12-31",
                ),
            ],
            vec![],
        );
        let mut dismissed = Dismissed::default();
        dismissed.project_pairs.insert((ProjectId(1), ProjectId(2)));
        let f = &find_pairs(&i, &Index::new(&i), &dismissed)[0];
        assert!(!f.is_overlap && f.score >= OVERLAP_THRESHOLD);
    }

    #[test]
    fn dates_missing_or_open_ended_do_not_break_scoring() {
        let a = project(1, "", &[], &[], "", "");
        let b = project(2, "", &[], &[], "2024-01-01", "");
        assert_eq!(simultaneity(&a, &b), (None, 0.5, false));
        let c = project(3, "", &[], &[], "2025-01-01", "");
        let (days, share, seq) = simultaneity(&b, &c);
        assert!(days.unwrap() > 0 && share == 1.0 && !seq);
        let s = score(&a, &b, 0.0);
        assert!(s.score.is_finite() && s.score >= 0.0);
    }
}
