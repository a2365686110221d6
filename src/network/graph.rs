//! The network's content: the nodes (projects, actors, themes) and links of a portfolio, built
//! from the analysis snapshot, with neighbourhoods and search. Positions live in the layout;
//! what a view shows lives in [`super::view`].

use crate::analysis::{Input, Relation};
use crate::model::{
    ActorId, ActorKind, ActorRole, ProjectId, ProjectStatus, RelationKind, ThemeId,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A node's identity that outlives reloads: saved positions, URLs and the table use it.
/// It crosses the wire as its [`NodeKey::code`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum NodeKey {
    Project(ProjectId),
    Actor(ActorId),
    Theme(ThemeId),
}

impl NodeKey {
    /// "p12", "a3", "t7".
    pub fn code(self) -> String {
        match self {
            Self::Project(id) => format!("p{id}"),
            Self::Actor(id) => format!("a{id}"),
            Self::Theme(id) => format!("t{id}"),
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let (kind, id) = s.split_at_checked(1)?;
        let id: i64 = id.parse().ok().filter(|i| *i > 0)?;
        match kind {
            "p" => Some(Self::Project(ProjectId(id))),
            "a" => Some(Self::Actor(ActorId(id))),
            "t" => Some(Self::Theme(ThemeId(id))),
            _ => None,
        }
    }

    pub fn kind(self) -> NodeKind {
        match self {
            Self::Project(_) => NodeKind::Project,
            Self::Actor(_) => NodeKind::Actor,
            Self::Theme(_) => NodeKind::Theme,
        }
    }
}

impl From<NodeKey> for String {
    fn from(k: NodeKey) -> String {
        k.code()
    }
}

impl TryFrom<String> for NodeKey {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        NodeKey::parse(&s).ok_or_else(|| format!("not a node: {s}"))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NodeKind {
    Project,
    Actor,
    Theme,
}

impl NodeKind {
    pub const ALL: [NodeKind; 3] = [Self::Project, Self::Actor, Self::Theme];
}

/// What a link stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EdgeKind {
    /// An actor takes part in a project (project → actor).
    Role(ActorRole),
    /// A project is on a theme (project → theme).
    Theme,
    /// A stated project–project relation.
    Relation(RelationKind),
}

/// A saved node position; `pinned` nodes stay where a user put them.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedPosition {
    pub key: NodeKey,
    pub x: f32,
    pub y: f32,
    pub pinned: bool,
}

/// What the browser receives for the network view.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NetworkData {
    /// The portfolio's name.
    pub title: String,
    /// The portfolio's snapshot; project texts are left empty (the view does not need them).
    pub input: Input,
    pub positions: Vec<SavedPosition>,
    /// The cluster (community) number of each project and actor that belongs to one.
    pub clusters: Vec<(NodeKey, u32)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub key: NodeKey,
    pub label: String,
    pub status: Option<ProjectStatus>,
    pub actor_kind: Option<ActorKind>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub budget_cents: Option<i64>,
    /// A project's themes; a theme node its own.
    pub themes: Vec<ThemeId>,
    /// The actors funding a project.
    pub funders: Vec<ActorId>,
    pub cluster: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Edge {
    pub a: u32,
    pub b: u32,
    pub kind: EdgeKind,
}

/// The whole network of a portfolio, in a fixed order: projects, then actors taking part in
/// them, then themes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Network {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    /// Per node, (neighbour, edge index), sorted by neighbour.
    pub adjacency: Vec<Vec<(u32, u32)>>,
    pub index: HashMap<NodeKey, u32>,
}

impl Network {
    pub fn build(data: &NetworkData) -> Self {
        let input = &data.input;
        let clusters: HashMap<NodeKey, u32> = data.clusters.iter().copied().collect();
        let mut net = Network::default();
        for p in &input.projects {
            let key = NodeKey::Project(p.id);
            net.push(Node {
                key,
                label: p.name.clone(),
                status: Some(p.status),
                actor_kind: None,
                start: p.start,
                end: p.end,
                budget_cents: p.budget_cents,
                themes: p.themes.clone(),
                funders: p
                    .actors
                    .iter()
                    .filter(|(_, r)| *r == ActorRole::Funder)
                    .map(|(a, _)| *a)
                    .collect(),
                cluster: clusters.get(&key).copied(),
            });
        }
        let used: std::collections::HashSet<ActorId> = input
            .projects
            .iter()
            .flat_map(|p| p.actors.iter().map(|(a, _)| *a))
            .collect();
        for a in input.actors.iter().filter(|a| used.contains(&a.id)) {
            let key = NodeKey::Actor(a.id);
            net.push(Node {
                key,
                label: a.name.clone(),
                status: None,
                actor_kind: Some(a.kind),
                start: None,
                end: None,
                budget_cents: None,
                themes: Vec::new(),
                funders: Vec::new(),
                cluster: clusters.get(&key).copied(),
            });
        }
        for t in &input.themes {
            net.push(Node {
                key: NodeKey::Theme(t.id),
                label: t.name.clone(),
                status: None,
                actor_kind: None,
                start: None,
                end: None,
                budget_cents: None,
                themes: vec![t.id],
                funders: Vec::new(),
                cluster: None,
            });
        }
        for p in &input.projects {
            let from = NodeKey::Project(p.id);
            for (a, role) in &p.actors {
                net.link(from, NodeKey::Actor(*a), EdgeKind::Role(*role));
            }
            for t in &p.themes {
                net.link(from, NodeKey::Theme(*t), EdgeKind::Theme);
            }
        }
        for Relation { from, to, kind } in &input.relations {
            net.link(
                NodeKey::Project(*from),
                NodeKey::Project(*to),
                EdgeKind::Relation(*kind),
            );
        }
        for list in &mut net.adjacency {
            list.sort_unstable();
        }
        net
    }

    fn push(&mut self, node: Node) {
        self.index.insert(node.key, self.nodes.len() as u32);
        self.nodes.push(node);
        self.adjacency.push(Vec::new());
    }

    /// Adds a link between two known nodes; links to unknown nodes or to itself are ignored.
    fn link(&mut self, a: NodeKey, b: NodeKey, kind: EdgeKind) {
        let (Some(&a), Some(&b)) = (self.index.get(&a), self.index.get(&b)) else {
            return;
        };
        if a == b {
            return;
        }
        let e = self.edges.len() as u32;
        self.edges.push(Edge { a, b, kind });
        self.adjacency[a as usize].push((b, e));
        self.adjacency[b as usize].push((a, e));
    }

    pub fn degree(&self, i: usize) -> usize {
        self.adjacency[i].len()
    }

    /// Nodes within `hops` links of `start` that `visible` allows (the start included).
    pub fn neighbourhood(&self, start: usize, hops: u8, visible: &[bool]) -> Vec<bool> {
        let mut seen = vec![false; self.nodes.len()];
        if start >= seen.len() {
            return seen;
        }
        seen[start] = true;
        let mut frontier = vec![start];
        for _ in 0..hops {
            let mut next = Vec::new();
            for &n in &frontier {
                for &(m, _) in &self.adjacency[n] {
                    let m = m as usize;
                    if !seen[m] && visible.get(m).copied().unwrap_or(false) {
                        seen[m] = true;
                        next.push(m);
                    }
                }
            }
            frontier = next;
        }
        seen
    }

    /// Visible nodes whose label contains `query` (case-insensitive): labels that start with it
    /// first, then alphabetically.
    pub fn search(&self, query: &str, visible: &[bool]) -> Vec<usize> {
        let q = query.trim().to_lowercase();
        if q.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(bool, String, usize)> = self
            .nodes
            .iter()
            .enumerate()
            .filter(|(i, _)| visible.get(*i).copied().unwrap_or(false))
            .filter_map(|(i, n)| {
                let l = n.label.to_lowercase();
                l.find(&q).map(|at| (at != 0, l, i))
            })
            .collect();
        hits.sort();
        hits.into_iter().map(|h| h.2).collect()
    }

    /// The layout's input: links as (a, b, weight). Participation as lead and stated relations
    /// pull harder than theme links, so the map groups by who works together.
    pub fn layout_edges(&self) -> Vec<(u32, u32, f32)> {
        self.edges
            .iter()
            .map(|e| {
                let w = match e.kind {
                    EdgeKind::Role(ActorRole::Lead) => 1.5,
                    EdgeKind::Role(_) => 1.0,
                    EdgeKind::Theme => 0.4,
                    EdgeKind::Relation(_) => 1.2,
                };
                (e.a, e.b, w)
            })
            .collect()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::analysis::{ActorFacts, ProjectFacts, ThemeFacts};

    /// Two projects sharing an actor, a funder, two themes (one unused) and a relation.
    pub fn fixture() -> NetworkData {
        let d = |y| NaiveDate::from_ymd_opt(y, 1, 1);
        NetworkData {
            input: Input {
                projects: vec![
                    ProjectFacts {
                        id: ProjectId(1),
                        name: "Nuorten työpaja Verstas".into(),
                        status: ProjectStatus::Active,
                        start: d(2024),
                        end: d(2026),
                        budget_cents: Some(64_000_000),
                        actors: vec![
                            (ActorId(10), ActorRole::Lead),
                            (ActorId(12), ActorRole::Funder),
                        ],
                        themes: vec![ThemeId(100)],
                        ..Default::default()
                    },
                    ProjectFacts {
                        id: ProjectId(2),
                        name: "Polku töihin".into(),
                        status: ProjectStatus::Planned,
                        start: d(2027),
                        end: d(2028),
                        actors: vec![(ActorId(10), ActorRole::Partner)],
                        themes: vec![ThemeId(100)],
                        ..Default::default()
                    },
                ],
                actors: vec![
                    ActorFacts {
                        id: ActorId(10),
                        name: "Vaaralahden kaupunki".into(),
                        kind: ActorKind::Public,
                    },
                    ActorFacts {
                        id: ActorId(11),
                        name: "Ei hankkeita Oy".into(),
                        kind: ActorKind::Company,
                    },
                    ActorFacts {
                        id: ActorId(12),
                        name: "Hämeen liitto".into(),
                        kind: ActorKind::Public,
                    },
                ],
                themes: vec![
                    ThemeFacts {
                        id: ThemeId(100),
                        name: "Työllisyys".into(),
                    },
                    ThemeFacts {
                        id: ThemeId(101),
                        name: "Kansainvälisyys".into(),
                    },
                ],
                relations: vec![Relation {
                    from: ProjectId(2),
                    to: ProjectId(1),
                    kind: RelationKind::Continues,
                }],
            },
            title: "Vaaralahti".into(),
            positions: Vec::new(),
            clusters: vec![(NodeKey::Project(ProjectId(1)), 0)],
        }
    }

    #[test]
    fn builds_nodes_and_links_in_a_fixed_order() {
        let net = Network::build(&fixture());
        let keys: Vec<String> = net.nodes.iter().map(|n| n.key.code()).collect();
        assert_eq!(
            keys,
            ["p1", "p2", "a10", "a12", "t100", "t101"],
            "unused actor left out"
        );
        assert_eq!(net.edges.len(), 6);
        assert_eq!(net.degree(0), 4);
        assert_eq!(net.degree(5), 0, "a theme without projects is a lone node");
        assert_eq!(net.nodes[0].funders, vec![ActorId(12)]);
        assert_eq!(net.nodes[0].cluster, Some(0));
        assert!(net
            .edges
            .iter()
            .any(|e| e.kind == EdgeKind::Relation(RelationKind::Continues)));
    }

    #[test]
    fn keys_round_trip_and_reject_junk() {
        for k in [
            NodeKey::Project(ProjectId(7)),
            NodeKey::Actor(ActorId(1)),
            NodeKey::Theme(ThemeId(42)),
        ] {
            assert_eq!(NodeKey::parse(&k.code()), Some(k));
        }
        for junk in ["", "p", "x1", "p-1", "p0", "pä", "ä1"] {
            assert_eq!(NodeKey::parse(junk), None, "{junk}");
        }
    }

    #[test]
    fn neighbourhoods_and_search() {
        let net = Network::build(&fixture());
        let all = vec![true; net.nodes.len()];
        let one = net.neighbourhood(1, 1, &all);
        assert_eq!(one, [true, true, true, false, true, false]);
        let two = net.neighbourhood(1, 2, &all);
        assert_eq!(two, [true, true, true, true, true, false]);
        let mut hidden = all.clone();
        hidden[0] = false;
        assert_eq!(
            net.neighbourhood(1, 2, &hidden),
            [false, true, true, false, true, false]
        );
        assert_eq!(net.search("pol", &all), vec![1]);
        // "Työllisyys" starts with "työ", "Nuorten työpaja" only contains it.
        assert_eq!(net.search("TYÖ", &all), vec![4, 0]);
        assert!(net.search("  ", &all).is_empty());
    }
}
