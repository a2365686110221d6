//! Clusters: communities of projects and actors found by the Louvain method on the
//! actor–project graph, each labelled by the themes most common among its projects.
//! Nodes are visited in a fixed order, so the same portfolio always gives the same clusters.

use super::{Index, Input};
use crate::model::{ActorId, ProjectId, ThemeId};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Clusters smaller than this (projects + actors) are not reported.
const MIN_SIZE: usize = 3;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cluster {
    pub projects: Vec<ProjectId>,
    pub actors: Vec<ActorId>,
    /// The (at most two) themes most of its projects are on.
    pub themes: Vec<ThemeId>,
}

pub fn clusters(input: &Input, index: &Index) -> Vec<Cluster> {
    let n_actors = input.actors.len();
    let n = n_actors + input.projects.len();
    let mut adj: Vec<Vec<(usize, f64)>> = vec![Vec::new(); n];
    for (p, project) in input.projects.iter().enumerate() {
        let mut seen = Vec::new();
        for (a, _) in &project.actors {
            if let Some(&i) = index.actor_pos.get(a) {
                if !seen.contains(&i) {
                    seen.push(i);
                    adj[i].push((n_actors + p, 1.0));
                    adj[n_actors + p].push((i, 1.0));
                }
            }
        }
    }
    let community = louvain(&adj);
    let mut groups: HashMap<usize, (Vec<ProjectId>, Vec<ActorId>)> = HashMap::new();
    for (node, &c) in community.iter().enumerate() {
        if adj[node].is_empty() {
            continue; // isolated nodes form no cluster
        }
        let g = groups.entry(c).or_default();
        if node < n_actors {
            g.1.push(input.actors[node].id);
        } else {
            g.0.push(input.projects[node - n_actors].id);
        }
    }
    let themes_of: HashMap<ProjectId, &Vec<ThemeId>> =
        input.projects.iter().map(|p| (p.id, &p.themes)).collect();
    let mut out: Vec<Cluster> = groups
        .into_values()
        .filter(|(p, a)| p.len() + a.len() >= MIN_SIZE)
        .map(|(mut projects, mut actors)| {
            projects.sort();
            actors.sort();
            let mut counts: HashMap<ThemeId, u32> = HashMap::new();
            for t in projects.iter().flat_map(|p| themes_of[p].iter()) {
                *counts.entry(*t).or_default() += 1;
            }
            let mut ranked: Vec<(ThemeId, u32)> = counts.into_iter().collect();
            ranked.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
            let themes = ranked.into_iter().take(2).map(|(t, _)| t).collect();
            Cluster {
                projects,
                actors,
                themes,
            }
        })
        .collect();
    out.sort_by(|x, y| {
        (y.projects.len() + y.actors.len())
            .cmp(&(x.projects.len() + x.actors.len()))
            .then(x.projects.cmp(&y.projects))
    });
    out
}

/// The community of every node of a weighted undirected graph given as symmetric adjacency
/// lists: local moving, then aggregation, repeated until modularity stops improving.
pub fn louvain(adj: &[Vec<(usize, f64)>]) -> Vec<usize> {
    let mut membership: Vec<usize> = (0..adj.len()).collect();
    let mut graph: Vec<Vec<(usize, f64)>> = adj.to_vec();
    for _level in 0..32 {
        let (community, moved) = local_moves(&graph);
        if !moved {
            break;
        }
        // Renumber communities densely in order of first appearance.
        let mut renumber: HashMap<usize, usize> = HashMap::new();
        for &c in &community {
            let next = renumber.len();
            renumber.entry(c).or_insert(next);
        }
        for m in membership.iter_mut() {
            *m = renumber[&community[*m]];
        }
        let mut next: Vec<HashMap<usize, f64>> = vec![HashMap::new(); renumber.len()];
        for (i, edges) in graph.iter().enumerate() {
            for &(j, w) in edges {
                *next[renumber[&community[i]]]
                    .entry(renumber[&community[j]])
                    .or_default() += w;
            }
        }
        graph = next
            .into_iter()
            .map(|m| {
                let mut v: Vec<(usize, f64)> = m.into_iter().collect();
                v.sort_by_key(|e| e.0);
                v
            })
            .collect();
    }
    membership
}

/// One level of Louvain: move each node to the neighbouring community with the best
/// modularity gain until no node moves. Returns the communities and whether any node moved.
fn local_moves(graph: &[Vec<(usize, f64)>]) -> (Vec<usize>, bool) {
    let n = graph.len();
    let k: Vec<f64> = graph.iter().map(|e| e.iter().map(|x| x.1).sum()).collect();
    let m2: f64 = k.iter().sum();
    let mut community: Vec<usize> = (0..n).collect();
    if m2 == 0.0 {
        return (community, false);
    }
    let mut total = k.clone();
    let mut weight_to = vec![0.0f64; n];
    let mut touched: Vec<usize> = Vec::new();
    let mut any = false;
    for _pass in 0..100 {
        let mut moved = false;
        for i in 0..n {
            let own = community[i];
            for &(j, w) in &graph[i] {
                if j != i {
                    let c = community[j];
                    if weight_to[c] == 0.0 {
                        touched.push(c);
                    }
                    weight_to[c] += w;
                }
            }
            total[own] -= k[i];
            let gain = |c: usize| weight_to[c] - total[c] * k[i] / m2;
            let mut best = own;
            let mut best_gain = gain(own);
            for &c in &touched {
                let g = gain(c);
                if g > best_gain + 1e-12 || (g > best_gain - 1e-12 && c < best && best != own) {
                    best = c;
                    best_gain = g;
                }
            }
            total[best] += k[i];
            community[i] = best;
            if best != own {
                moved = true;
            }
            for c in touched.drain(..) {
                weight_to[c] = 0.0;
            }
        }
        any |= moved;
        if !moved {
            break;
        }
    }
    (community, any)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn undirected(n: usize, edges: &[(usize, usize)]) -> Vec<Vec<(usize, f64)>> {
        let mut adj = vec![Vec::new(); n];
        for &(a, b) in edges {
            adj[a].push((b, 1.0));
            adj[b].push((a, 1.0));
        }
        adj
    }

    #[test]
    fn two_cliques_joined_by_one_edge_are_two_communities() {
        let mut edges = Vec::new();
        for group in [0..4, 4..8] {
            let g: Vec<usize> = group.collect();
            for (i, &a) in g.iter().enumerate() {
                for &b in &g[i + 1..] {
                    edges.push((a, b));
                }
            }
        }
        edges.push((3, 4));
        let c = louvain(&undirected(8, &edges));
        assert!(c[..4].iter().all(|&x| x == c[0]));
        assert!(c[4..].iter().all(|&x| x == c[4]));
        assert_ne!(c[0], c[4]);
        assert_eq!(c, louvain(&undirected(8, &edges)), "deterministic");
    }

    #[test]
    fn clusters_are_labelled_by_their_most_common_themes() {
        use crate::analysis::{ActorFacts, ProjectFacts, ThemeFacts};
        use crate::model::{ActorKind, ActorRole, ProjectStatus};
        let project = |id: i64, actors: &[i64], themes: &[i64]| ProjectFacts {
            id: ProjectId(id),
            name: format!("p{id}"),
            text: String::new(),
            status: ProjectStatus::Active,
            start: None,
            end: None,
            budget_cents: None,
            actors: actors
                .iter()
                .map(|a| (ActorId(*a), ActorRole::Partner))
                .collect(),
            themes: themes.iter().map(|t| ThemeId(*t)).collect(),
        };
        // Wood: actors 1–3 on theme 1 (and once theme 3); tourism: actors 4–6 on theme 2.
        let input = Input {
            projects: vec![
                project(1, &[1, 2, 3], &[1]),
                project(2, &[1, 2], &[1, 3]),
                project(3, &[2, 3], &[1]),
                project(4, &[4, 5, 6], &[2]),
                project(5, &[4, 5], &[2]),
                project(6, &[5, 6], &[2, 3]),
            ],
            actors: (1..=6)
                .map(|i| ActorFacts {
                    id: ActorId(i),
                    name: format!("a{i}"),
                    kind: ActorKind::Company,
                })
                .collect(),
            themes: (1..=3)
                .map(|i| ThemeFacts {
                    id: ThemeId(i),
                    name: format!("t{i}"),
                })
                .collect(),
            relations: vec![],
        };
        let found = clusters(&input, &Index::new(&input));
        assert_eq!(found.len(), 2);
        let wood = found
            .iter()
            .find(|c| c.actors.contains(&ActorId(1)))
            .unwrap();
        assert_eq!(wood.projects, [ProjectId(1), ProjectId(2), ProjectId(3)]);
        assert_eq!(wood.actors, [ActorId(1), ActorId(2), ActorId(3)]);
        assert_eq!(
            wood.themes,
            [ThemeId(1), ThemeId(3)],
            "most common first, at most two"
        );
        let tourism = found
            .iter()
            .find(|c| c.actors.contains(&ActorId(4)))
            .unwrap();
        assert_eq!(tourism.themes, [ThemeId(2), ThemeId(3)]);
    }

    #[test]
    fn no_edges_no_moves() {
        assert_eq!(louvain(&undirected(3, &[])), vec![0, 1, 2]);
        assert!(louvain(&[]).is_empty());
    }
}
