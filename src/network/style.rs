//! How nodes and links look, shared by the canvas, the SVG export and the legend. Kinds differ
//! by shape and links by dash pattern, so colour is never the only cue; every colour has at
//! least 3:1 contrast on white (WCAG 1.4.11).

use super::graph::{EdgeKind, Network, Node, NodeKind};
use super::view::{ColorBy, SizeBy, View};
use crate::model::{ActorRole, ProjectStatus};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Square,
    Diamond,
}

pub fn shape(kind: NodeKind) -> Shape {
    match kind {
        NodeKind::Project => Shape::Circle,
        NodeKind::Actor => Shape::Square,
        NodeKind::Theme => Shape::Diamond,
    }
}

/// Ten distinguishable dark colours for themes and clusters.
pub const PALETTE: [&str; 10] = [
    "#0b5cad", "#b34700", "#2e7d32", "#8e24aa", "#c62828", "#00695c", "#6d4c41", "#ad1457",
    "#37474f", "#7a6400",
];
pub const NEUTRAL: &str = "#6b6b6b";

pub fn kind_color(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Project => PALETTE[0],
        NodeKind::Actor => PALETTE[1],
        NodeKind::Theme => PALETTE[2],
    }
}

pub fn status_color(s: ProjectStatus) -> &'static str {
    match s {
        ProjectStatus::Planned => PALETTE[3],
        ProjectStatus::Active => PALETTE[0],
        ProjectStatus::Ended => NEUTRAL,
    }
}

/// `theme_rank` gives a theme's place in the portfolio's list (for a stable colour).
pub fn node_color(node: &Node, view: &View, theme_rank: impl Fn(i64) -> usize) -> &'static str {
    let kind = node.key.kind();
    match view.color {
        ColorBy::Kind => kind_color(kind),
        ColorBy::Status => node.status.map(status_color).unwrap_or(NEUTRAL),
        ColorBy::Cluster => node
            .cluster
            .map(|c| PALETTE[c as usize % PALETTE.len()])
            .unwrap_or(NEUTRAL),
        ColorBy::Theme => node
            .themes
            .first()
            .map(|t| PALETTE[theme_rank(t.0) % PALETTE.len()])
            .unwrap_or(NEUTRAL),
    }
}

/// Node radii in world units for a view.
pub fn radii(net: &Network, view: &View) -> Vec<f32> {
    let max_budget = net
        .nodes
        .iter()
        .filter_map(|n| n.budget_cents)
        .max()
        .unwrap_or(0)
        .max(1) as f32;
    net.nodes
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let base = match n.key.kind() {
                NodeKind::Project => 7.0,
                NodeKind::Actor => 6.0,
                NodeKind::Theme => 9.0,
            };
            match (view.size, n.key.kind()) {
                (SizeBy::Budget, NodeKind::Project) => {
                    let b = n.budget_cents.unwrap_or(0).max(0) as f32;
                    4.0 + 20.0 * (b / max_budget).sqrt()
                }
                _ => (base * (0.7 + 0.3 * (net.degree(i) as f32).sqrt())).min(28.0),
            }
        })
        .collect()
}

/// A link's stroke: width and dash pattern (empty for solid).
pub fn edge_stroke(kind: EdgeKind) -> (f32, &'static [f32]) {
    match kind {
        EdgeKind::Role(ActorRole::Lead) => (1.8, &[]),
        EdgeKind::Role(ActorRole::Partner) => (1.0, &[]),
        EdgeKind::Role(ActorRole::Funder) => (1.0, &[2.0, 3.0]),
        EdgeKind::Theme => (0.8, &[6.0, 4.0]),
        EdgeKind::Relation(_) => (2.4, &[]),
    }
}

pub fn edge_color(kind: EdgeKind) -> &'static str {
    match kind {
        EdgeKind::Relation(_) => "#333333",
        EdgeKind::Theme => "#8a8a8a",
        EdgeKind::Role(_) => "#707070",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::graph::{tests::fixture, Network};

    /// Relative luminance contrast against white, per WCAG.
    fn contrast_on_white(hex: &str) -> f32 {
        let c = |i: usize| {
            let v = u8::from_str_radix(&hex[i..i + 2], 16).unwrap() as f32 / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        let l = 0.2126 * c(1) + 0.7152 * c(3) + 0.0722 * c(5);
        1.05 / (l + 0.05)
    }

    #[test]
    fn colours_contrast_with_white() {
        for c in PALETTE.iter().chain([&NEUTRAL]) {
            assert!(contrast_on_white(c) >= 3.0, "{c}: {}", contrast_on_white(c));
        }
    }

    #[test]
    fn sizes_follow_links_or_budget() {
        let net = Network::build(&fixture());
        let by_links = radii(&net, &View::default());
        assert!(by_links[0] > by_links[1], "p1 has more links than p2");
        let by_budget = radii(
            &net,
            &View {
                size: SizeBy::Budget,
                ..View::default()
            },
        );
        assert_eq!(by_budget[0], 24.0, "the biggest budget");
        assert_eq!(by_budget[1], 4.0, "no budget");
        assert!(by_budget.iter().all(|r| r.is_finite() && *r > 0.0));
    }
}
