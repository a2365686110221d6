//! The shared network map: saved node positions (read here, written by `write::apply`), and
//! the network snapshot the browser lays out and draws.

use super::super::db::{db_error, Db};
use super::write::Entry;
use super::Scope;
use crate::error::AppResult;
use crate::network::graph::{NodeKey, SavedPosition};
use serde_json::json;
use sqlx::{Any, Transaction};

/// Coordinates are stored as integers in thousandths.
const SCALE: f32 = 1000.0;

pub async fn positions(db: &Db, scope: Scope) -> AppResult<Vec<SavedPosition>> {
    let rows: Vec<(String, i64, i64, i64)> = sqlx::query_as(
        "SELECT node, x, y, pinned FROM node_positions \
         WHERE portfolio_id = $1 AND org_id = $2 ORDER BY node",
    )
    .bind(scope.portfolio.0)
    .bind(scope.org.0)
    .fetch_all(&db.pool)
    .await
    .map_err(db_error)?;
    Ok(rows
        .into_iter()
        .filter_map(|(node, x, y, pinned)| {
            Some(SavedPosition {
                key: NodeKey::parse(&node)?,
                x: x as f32 / SCALE,
                y: y as f32 / SCALE,
                pinned: pinned == 1,
            })
        })
        .collect())
}

/// Upserts positions (already validated by the caller). Positions of nodes that are not in
/// the portfolio are harmless: they are only ever read back into this portfolio's map.
pub(super) async fn save(
    tx: &mut Transaction<'_, Any>,
    scope: Scope,
    list: &[SavedPosition],
) -> AppResult<Entry> {
    for p in list {
        sqlx::query(
            "INSERT INTO node_positions (org_id, portfolio_id, node, x, y, pinned) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (portfolio_id, node) \
             DO UPDATE SET x = excluded.x, y = excluded.y, pinned = excluded.pinned",
        )
        .bind(scope.org.0)
        .bind(scope.portfolio.0)
        .bind(p.key.code())
        .bind((p.x * SCALE).round() as i64)
        .bind((p.y * SCALE).round() as i64)
        .bind(p.pinned as i64)
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    }
    // The history records how many moved, not every coordinate: the map is not content.
    let after = json!({ "nodes": list.len(), "pinned": list.iter().filter(|p| p.pinned).count() });
    Ok(Entry {
        entity: "layout",
        id: scope.portfolio.0,
        op: "update",
        before: None,
        after: Some(after),
    })
}
