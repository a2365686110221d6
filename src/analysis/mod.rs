//! Portfolio analysis: who develops, which themes are crowded or neglected, which projects
//! overlap, where cooperation would pay off, and which groups form. Pure and synchronous —
//! no database, no Leptos — so it runs on the server and in the browser alike, and every
//! measure is unit-tested on small hand-computed fixtures beside its code.
//!
//! Results carry structured explanations (IDs and numbers, not sentences) so the UI can
//! translate them.

pub mod centrality;
pub mod clusters;
pub mod cooperation;
mod input;
pub mod overlap;
pub mod synthetic;
pub mod text;
pub mod themes;
pub mod timeline;

pub use input::*;

use serde::{Deserialize, Serialize};

/// Everything the analysis finds in one portfolio.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub actors: Vec<centrality::ActorScore>,
    pub themes: themes::ThemeReport,
    pub links: Vec<overlap::PairFinding>,
    pub overlaps: Vec<overlap::PairFinding>,
    pub opportunities: Vec<cooperation::Opportunity>,
    /// Project pairs that could cooperate (see [`cooperation::project_opportunities`]).
    pub project_opportunities: Vec<overlap::PairFinding>,
    pub clusters: Vec<clusters::Cluster>,
    pub timeline: Vec<timeline::Year>,
}

/// Runs every analysis. `dismissed` pairs (overlaps or opportunities the users marked as
/// known) are left out of the lists.
pub fn analyse(input: &Input, dismissed: &Dismissed) -> Report {
    let index = Index::new(input);
    let pairs = overlap::find_pairs(input, &index, dismissed);
    Report {
        actors: centrality::actor_scores(input, &index),
        themes: themes::theme_report(input),
        overlaps: pairs.iter().filter(|p| p.is_overlap).cloned().collect(),
        project_opportunities: cooperation::project_opportunities(&pairs, dismissed),
        links: pairs,
        opportunities: cooperation::opportunities(input, &index, dismissed),
        clusters: clusters::clusters(input, &index),
        timeline: timeline::timeline(input),
    }
}
