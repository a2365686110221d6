//! Synthetic portfolios for benchmarks (`HK_SYNTHETIC=500,2000,10000`): the analysis's
//! generator, sized by network nodes with about five links per node, loaded through the
//! ordinary write path into the open organisation. Each size is loaded once: a portfolio of
//! that name already there is left as it is.

use super::db::Db;
use super::store::write::{apply, create_portfolio, Command};
use super::store::{portfolios, Scope};
use crate::analysis::synthetic;
use crate::error::AppResult;
use crate::model::{ActorDraft, ActorId, OrgId, ProjectId, ProjectInput, RelationKind, ThemeId};
use std::collections::{HashMap, HashSet};

const WHO: &str = "synthetic";

/// The portfolio's name for a size.
pub fn name(nodes: usize) -> String {
    format!("Synteettinen verkosto {nodes}")
}

pub async fn load(db: &Db, org: OrgId, sizes: &[usize]) -> AppResult<()> {
    let existing: HashSet<String> = portfolios::list(db, org)
        .await?
        .into_iter()
        .map(|p| p.portfolio.name)
        .collect();
    for &nodes in sizes {
        if existing.contains(&name(nodes)) {
            continue;
        }
        tracing::info!("loading a synthetic portfolio of about {nodes} nodes");
        load_one(db, org, nodes).await?;
    }
    Ok(())
}

async fn load_one(db: &Db, org: OrgId, nodes: usize) -> AppResult<()> {
    // About 2.4 network nodes per project: the project, its share of the actors, the themes.
    let input = synthetic::portfolio((nodes * 10 / 24).max(1), nodes as u64);
    let portfolio = create_portfolio(db, org, WHO, &name(nodes), "").await?;
    let scope = Scope { org, portfolio };
    let mut themes: HashMap<ThemeId, ThemeId> = HashMap::new();
    for (i, t) in input.themes.iter().enumerate() {
        let cmd = Command::CreateTheme {
            name: t.name.clone(),
            position: 100 + i as i64,
        };
        themes.insert(t.id, ThemeId(apply(db, scope, WHO, cmd).await?.id));
    }
    let used: HashSet<ActorId> = input
        .projects
        .iter()
        .flat_map(|p| p.actors.iter().map(|a| a.0))
        .collect();
    let mut actors: HashMap<ActorId, ActorId> = HashMap::new();
    for a in input.actors.iter().filter(|a| used.contains(&a.id)) {
        let draft = ActorDraft {
            name: a.name.clone(),
            kind: a.kind,
            business_id: None,
        };
        actors.insert(
            a.id,
            ActorId(apply(db, scope, WHO, Command::CreateActor(draft)).await?.id),
        );
    }
    let mut projects: Vec<ProjectId> = Vec::new();
    let mut links = 0;
    for p in &input.projects {
        let draft = ProjectInput {
            name: p.name.clone(),
            summary: p.text.clone(),
            status: p.status.as_str().into(),
            start_date: p.start.map(|d| d.to_string()).unwrap_or_default(),
            end_date: p.end.map(|d| d.to_string()).unwrap_or_default(),
            ..Default::default()
        }
        .validate()?;
        let project = ProjectId(
            apply(db, scope, WHO, Command::CreateProject(draft))
                .await?
                .id,
        );
        projects.push(project);
        let mut seen = HashSet::new();
        for (a, role) in &p.actors {
            if seen.insert(*a) {
                let cmd = Command::LinkActor {
                    project,
                    actor: actors[a],
                    role: *role,
                };
                apply(db, scope, WHO, cmd).await?;
                links += 1;
            }
        }
        // The generator may repeat a theme; a project is on it once.
        let mut on = HashSet::new();
        for t in p.themes.iter().filter(|t| on.insert(**t)) {
            apply(
                db,
                scope,
                WHO,
                Command::LinkTheme {
                    project,
                    theme: themes[t],
                },
            )
            .await?;
            links += 1;
        }
    }
    // Relations between nearby projects bring the links to about five per node.
    let total = projects.len() + actors.len() + themes.len();
    let mut pairs = HashSet::new();
    let mut x = nodes as u64 | 1;
    while links < total * 5 && projects.len() > 1 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let i = (x % projects.len() as u64) as usize;
        let j = (i + 1 + (x >> 32) as usize % 25) % projects.len();
        if i != j && pairs.insert((i.min(j), i.max(j))) {
            let cmd = Command::RelateProjects {
                from: projects[i],
                to: projects[j],
                kind: RelationKind::Related,
            };
            apply(db, scope, WHO, cmd).await?;
            links += 1;
        }
    }
    tracing::info!("synthetic portfolio: {total} nodes, {links} links");
    Ok(())
}
