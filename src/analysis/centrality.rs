//! Who develops: per actor the number of projects and leads, distinct partners (degree), and
//! betweenness on the actor–project graph — the brokers who connect otherwise separate
//! groups. Betweenness is Brandes' algorithm, exact up to [`EXACT_LIMIT`] nodes and estimated
//! from [`PIVOTS`] evenly spaced pivot sources above it (Brandes & Pich 2007), which keeps 30 000 nodes
//! well under a second. (rustworkx-core has the exact algorithm but brings rayon and ndarray
//! into the browser bundle; this is the one graph algorithm written here.)

use super::{Index, Input};
use crate::model::{ActorId, ActorKind, ActorRole};
use petgraph::graph::{NodeIndex, UnGraph};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Up to this many nodes every node is a source (exact)…
pub const EXACT_LIMIT: usize = 400;
/// …above it, this many evenly spaced pivots are.
pub const PIVOTS: usize = 128;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActorScore {
    pub actor: ActorId,
    pub kind: ActorKind,
    pub projects: u32,
    pub leads: u32,
    /// Distinct actors it shares a project with.
    pub partners: u32,
    /// Betweenness scaled so the top broker has 1.0.
    pub betweenness: f32,
}

/// Actors that appear in at least one project, brokers first.
pub fn actor_scores(input: &Input, index: &Index) -> Vec<ActorScore> {
    let n_actors = input.actors.len();
    let mut graph: UnGraph<(), ()> = UnGraph::with_capacity(n_actors + input.projects.len(), 0);
    (0..n_actors + input.projects.len()).for_each(|_| {
        graph.add_node(());
    });
    let mut leads = vec![0u32; n_actors];
    let mut partners: Vec<HashSet<usize>> = vec![HashSet::new(); n_actors];
    for (p, project) in input.projects.iter().enumerate() {
        let members: Vec<usize> = project
            .actors
            .iter()
            .filter_map(|(a, _)| index.actor_pos.get(a).copied())
            .collect();
        let unique: HashSet<usize> = members.iter().copied().collect();
        for &a in &unique {
            graph.add_edge(NodeIndex::new(a), NodeIndex::new(n_actors + p), ());
            partners[a].extend(unique.iter().filter(|&&b| b != a));
        }
        for (a, role) in &project.actors {
            if let (ActorRole::Lead, Some(&i)) = (role, index.actor_pos.get(a)) {
                leads[i] += 1;
            }
        }
    }
    let between = betweenness(&graph);
    let top = between[..n_actors].iter().copied().fold(0.0f64, f64::max);
    let mut out: Vec<ActorScore> = input
        .actors
        .iter()
        .enumerate()
        .filter(|(i, _)| !index.projects_of_actor[*i].is_empty())
        .map(|(i, a)| ActorScore {
            actor: a.id,
            kind: a.kind,
            projects: index.projects_of_actor[i].len() as u32,
            leads: leads[i],
            partners: partners[i].len() as u32,
            betweenness: if top > 0.0 {
                (between[i] / top) as f32
            } else {
                0.0
            },
        })
        .collect();
    out.sort_by(|x, y| {
        y.betweenness
            .total_cmp(&x.betweenness)
            .then(y.projects.cmp(&x.projects))
            .then(x.actor.cmp(&y.actor))
    });
    out
}

/// Unnormalised betweenness of every node of an unweighted undirected graph (Brandes).
/// The graph is copied into compressed adjacency arrays first; predecessors are not stored
/// but found again from the distances, which keeps each breadth-first search allocation-free.
pub fn betweenness(graph: &UnGraph<(), ()>) -> Vec<f64> {
    let n = graph.node_count();
    let mut offsets = Vec::with_capacity(n + 1);
    let mut targets = Vec::with_capacity(graph.edge_count() * 2);
    offsets.push(0);
    for v in 0..n {
        targets.extend(graph.neighbors(NodeIndex::new(v)).map(|w| w.index()));
        offsets.push(targets.len());
    }
    let neighbours = |v: usize| &targets[offsets[v]..offsets[v + 1]];
    let mut score = vec![0.0f64; n];
    let sources: Vec<usize> = if n <= EXACT_LIMIT {
        (0..n).collect()
    } else {
        (0..PIVOTS).map(|k| k * n / PIVOTS).collect()
    };
    let scale = n as f64 / sources.len().max(1) as f64;
    let (mut sigma, mut dist, mut delta) = (vec![0.0f64; n], vec![-1i64; n], vec![0.0f64; n]);
    let mut order: Vec<usize> = Vec::with_capacity(n);
    for &s in &sources {
        for &v in &order {
            sigma[v] = 0.0;
            dist[v] = -1;
            delta[v] = 0.0;
        }
        order.clear();
        sigma[s] = 1.0;
        dist[s] = 0;
        order.push(s);
        let mut head = 0;
        while head < order.len() {
            let v = order[head];
            head += 1;
            for &w in neighbours(v) {
                if dist[w] < 0 {
                    dist[w] = dist[v] + 1;
                    order.push(w);
                }
                if dist[w] == dist[v] + 1 {
                    sigma[w] += sigma[v];
                }
            }
        }
        for &w in order.iter().rev() {
            for &v in neighbours(w) {
                if dist[v] == dist[w] - 1 {
                    delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
                }
            }
            if w != s {
                score[w] += delta[w] * scale;
            }
        }
    }
    // Each undirected path was counted from both ends.
    score.iter_mut().for_each(|x| *x /= 2.0);
    score
}

#[cfg(test)]
mod tests {
    use super::super::{ActorFacts, ProjectFacts};
    use super::*;
    use crate::model::ProjectId;

    #[test]
    fn betweenness_of_a_path_and_a_star() {
        // Path 0 - 1 - 2 - 3: inner nodes carry 2 shortest paths each.
        let path = UnGraph::<(), ()>::from_edges([(0, 1), (1, 2), (2, 3)]);
        assert_eq!(betweenness(&path), vec![0.0, 2.0, 2.0, 0.0]);
        // Star with centre 0 and four leaves: C(4, 2) = 6 paths through the centre.
        let star = UnGraph::<(), ()>::from_edges([(0, 1), (0, 2), (0, 3), (0, 4)]);
        assert_eq!(betweenness(&star)[0], 6.0);
        // Square: two shortest paths between opposite corners, each corner carries 0.5.
        let square = UnGraph::<(), ()>::from_edges([(0, 1), (1, 2), (2, 3), (3, 0)]);
        assert_eq!(betweenness(&square), vec![0.5; 4]);
        assert!(betweenness(&UnGraph::<(), ()>::default()).is_empty());
    }

    #[test]
    fn pivot_estimate_on_a_large_graph_is_close() {
        // A path of 1001 nodes: the middle one lies on 500 * 500 shortest paths.
        let path = UnGraph::<(), ()>::from_edges((0..1000u32).map(|i| (i, i + 1)));
        let b = betweenness(&path);
        let exact = 500.0 * 500.0;
        assert!(
            (b[500] - exact).abs() / exact < 0.05,
            "{} vs {exact}",
            b[500]
        );
        assert_eq!(b[0], 0.0);
        assert!(b[500] > b[250] && b[250] > b[10]);
    }

    #[test]
    fn the_broker_between_two_groups_ranks_first() {
        // Actors 1,2 work together (P1); 3,4 work together (P3); actor 5 is in both groups.
        let actor = |i: i64| ActorFacts {
            id: ActorId(i),
            name: format!("A{i}"),
            kind: ActorKind::Company,
        };
        let p = |id: i64, actors: &[(i64, ActorRole)]| ProjectFacts {
            id: ProjectId(id),
            actors: actors.iter().map(|(a, r)| (ActorId(*a), *r)).collect(),
            ..Default::default()
        };
        let input = Input {
            actors: (1..=6).map(actor).collect(),
            projects: vec![
                p(1, &[(1, ActorRole::Lead), (2, ActorRole::Partner)]),
                p(
                    2,
                    &[
                        (5, ActorRole::Lead),
                        (2, ActorRole::Partner),
                        (3, ActorRole::Partner),
                    ],
                ),
                p(3, &[(3, ActorRole::Lead), (4, ActorRole::Partner)]),
            ],
            ..Default::default()
        };
        let scores = actor_scores(&input, &Index::new(&input));
        assert_eq!(scores.len(), 5, "actor 6 has no projects");
        // Actors 2 and 3 bridge their groups through P2; actor 5 only sits in P2.
        assert!(matches!(scores[0].actor, ActorId(2) | ActorId(3)));
        assert_eq!(scores[0].betweenness, 1.0);
        let five = scores.iter().find(|s| s.actor == ActorId(5)).unwrap();
        assert_eq!(
            (five.projects, five.leads, five.partners, five.betweenness),
            (1, 1, 2, 0.0)
        );
        let two = scores.iter().find(|s| s.actor == ActorId(2)).unwrap();
        assert_eq!((two.projects, two.leads, two.partners), (2, 0, 3));
    }
}
