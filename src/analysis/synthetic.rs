//! Synthetic portfolios of any size for benchmarks: plausible shapes (a few busy public
//! actors, many small companies, themes of uneven popularity, Finnish-looking descriptions
//! from a word pool), generated deterministically from a seed.

use super::{ActorFacts, Input, ProjectFacts, ThemeFacts};
use crate::model::{ActorId, ActorKind, ActorRole, ProjectId, ProjectStatus, ThemeId};
use chrono::NaiveDate;

const WORDS: &[&str] = &[
    "nuorten",
    "työllisyys",
    "osaaminen",
    "koulutus",
    "yritysten",
    "kasvu",
    "matkailu",
    "reitit",
    "asuminen",
    "vuokra-asunnot",
    "keskusta",
    "liikenne",
    "pyöräily",
    "kiertotalous",
    "energia",
    "bioenergia",
    "digitaidot",
    "tekoäly",
    "kulttuuri",
    "liikunta",
    "hyvinvointi",
    "ikäihmiset",
    "kotoutuminen",
    "maahanmuuttajat",
    "kylät",
    "etätyö",
    "lähiruoka",
    "metsä",
    "puurakentaminen",
    "rekrytointi",
    "harjoittelu",
    "valmennus",
    "tapahtumat",
    "yhteisöt",
    "saavutettavuus",
    "ilmasto",
    "vesistöt",
    "luonto",
    "palvelut",
    "kirjasto",
];

/// A description of eight words: two from the common pool and six compounds of two pool
/// words ("kylätmatkailu", "energiavalmennus" …). The 1 600 compounds give a vocabulary
/// like a real portfolio's, where most words are rare enough to tell projects apart, so
/// the benchmark exercises the description matching at every size.
fn description(rng: &mut Rng) -> String {
    let mut words: Vec<String> = (0..2)
        .map(|_| WORDS[rng.below(WORDS.len())].to_string())
        .collect();
    for _ in 0..6 {
        let (a, b) = (rng.below(WORDS.len()), rng.below(WORDS.len()));
        words.push(format!("{}{}", WORDS[a], WORDS[b]));
    }
    words.join(" ")
}

/// A small xorshift generator: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// Skewed towards small values: a few items get most of the picks.
    fn skewed(&mut self, n: usize) -> usize {
        let a = self.below(n);
        let b = self.below(n);
        a.min(b)
    }
}

/// `projects` projects, twice as many actors, 40 themes, about three actors per project.
pub fn portfolio(projects: usize, seed: u64) -> Input {
    let mut rng = Rng(seed.max(1));
    let n_actors = projects * 2;
    let themes: Vec<ThemeFacts> = (0..40)
        .map(|i| ThemeFacts {
            id: ThemeId(i as i64 + 1),
            name: format!("Teema {i}"),
        })
        .collect();
    let actors: Vec<ActorFacts> = (0..n_actors)
        .map(|i| ActorFacts {
            id: ActorId(i as i64 + 1),
            name: format!("Toimija {i}"),
            kind: ActorKind::ALL[i % ActorKind::ALL.len()],
        })
        .collect();
    let projects = (0..projects)
        .map(|i| {
            let start =
                NaiveDate::from_ymd_opt(2018 + rng.below(8) as i32, 1 + rng.below(12) as u32, 1);
            let end = start.map(|s| s + chrono::Days::new(180 + rng.below(1100) as u64));
            let n = 2 + rng.below(3);
            let actors = (0..n)
                .map(|k| {
                    let a = if k == 0 {
                        rng.skewed(n_actors)
                    } else {
                        rng.below(n_actors)
                    };
                    (
                        ActorId(a as i64 + 1),
                        if k == 0 {
                            ActorRole::Lead
                        } else {
                            ActorRole::Partner
                        },
                    )
                })
                .collect();
            let themes = (0..1 + rng.below(3))
                .map(|_| ThemeId(rng.skewed(40) as i64 + 1))
                .collect();
            let text = description(&mut rng);
            ProjectFacts {
                id: ProjectId(i as i64 + 1),
                name: format!("Hanke {i}"),
                text,
                status: ProjectStatus::ALL[rng.below(3)],
                start,
                end,
                budget_cents: Some(rng.below(2_000_000) as i64 * 100),
                actors,
                themes,
            }
        })
        .collect();
    Input {
        projects,
        actors,
        themes,
        relations: vec![],
    }
}
