//! Server functions for the network view: the snapshot to lay out, and saving the map.

use crate::error::AppError;
use crate::model::PortfolioId;
use crate::network::graph::{NetworkData, SavedPosition};
use leptos::prelude::*;

/// At most this many positions in one save (a portfolio's nodes, with room to spare).
pub const MAX_POSITIONS: usize = 50_000;
/// Layout coordinates stay well inside this range.
pub const MAX_COORD: f32 = 1.0e6;

/// The portfolio's network: projects, the actors in them, themes, relations, the saved map
/// and the clusters for colouring.
#[server(prefix = "/api", endpoint = "get_network")]
pub async fn get_network(portfolio_id: PortfolioId) -> Result<NetworkData, AppError> {
    use crate::analysis::{clusters::clusters, Index};
    use crate::network::graph::NodeKey;
    use crate::server::{auth, store};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let mut input = store::analysis::input(&state.db, scope).await?;
    let positions = store::network::positions(&state.db, scope).await?;
    for p in &mut input.projects {
        p.text.clear();
    }
    let (input, found) = tokio::task::spawn_blocking(move || {
        let found = clusters(&input, &Index::new(&input));
        (input, found)
    })
    .await
    .map_err(|e| {
        tracing::error!("cluster task failed: {e}");
        AppError::Internal
    })?;
    let mut by_node = Vec::new();
    for (n, c) in found.iter().enumerate() {
        by_node.extend(c.projects.iter().map(|p| (NodeKey::Project(*p), n as u32)));
        by_node.extend(c.actors.iter().map(|a| (NodeKey::Actor(*a), n as u32)));
    }
    let title = store::portfolios::get(&state.db, scope.org, scope.portfolio)
        .await?
        .name;
    Ok(NetworkData {
        title,
        input,
        positions,
        clusters: by_node,
    })
}

/// Saves node positions: after the first layout, and when someone drags or pins a node.
#[server(prefix = "/api", endpoint = "save_positions", input = leptos::server_fn::codec::Json)]
pub async fn save_positions(
    portfolio_id: PortfolioId,
    positions: Vec<SavedPosition>,
) -> Result<(), AppError> {
    use crate::model::{Field, FieldError, Problem};
    use crate::server::auth;
    use crate::server::store::write::{apply, Command};
    let (state, caller) = auth::caller()?;
    let scope = auth::portfolio(&state, &caller, portfolio_id).await?;
    let bad = positions.len() > MAX_POSITIONS
        || positions.iter().any(|p| {
            !(p.x.is_finite() && p.y.is_finite() && p.x.abs() < MAX_COORD && p.y.abs() < MAX_COORD)
        });
    if bad {
        return Err(AppError::Validation(vec![FieldError {
            field: Field::Positions,
            problem: Problem::OutOfRange,
        }]));
    }
    if positions.is_empty() {
        return Ok(());
    }
    apply(
        &state.db,
        scope,
        &caller.who,
        Command::SavePositions(positions),
    )
    .await?;
    Ok(())
}
