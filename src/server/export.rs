//! Downloads of a portfolio: projects and actors as CSV or XLSX (columns that import back),
//! the whole portfolio as JSON, and the network as GraphML or GEXF for Gephi. Plain GET
//! routes, scoped like everything else through `server::auth`.

use super::auth::Visitor;
use super::state::AppState;
use super::store::{self, accounts, Scope};
use super::{auth, portfolio_json};
use crate::error::{AppError, AppResult};
use crate::model::{ActorRole, Need, PortfolioId, Project};
use crate::network::graph::{EdgeKind, Network, NetworkData};
use crate::transfer::{to_csv, to_gexf, to_graphml, to_xlsx, EdgeOut, GraphOut, NodeOut};
use axum::extract::{Path, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use axum::Extension;

/// The project columns of an export; their names are what the import recognises.
pub const PROJECT_HEADERS: [&str; 16] = [
    "Hankkeen nimi",
    "Tila",
    "Alkaa",
    "Päättyy",
    "Budjetti (€)",
    "Rahoitus",
    "Toteuttaja",
    "Y-tunnus",
    "Kumppanit",
    "Rahoittajat",
    "Teemat",
    "Kuvaus",
    "Tavoitteet",
    "Yhteyshenkilö",
    "Sähköposti",
    "Verkkosivu",
];

const ACTOR_HEADERS: [&str; 4] = ["Nimi", "Tyyppi", "Y-tunnus", "Hankkeita"];

/// One project as an export row, in [`PROJECT_HEADERS`] order.
pub fn project_row(
    p: &Project,
    business_ids: &std::collections::HashMap<i64, String>,
) -> Vec<String> {
    let d = &p.draft;
    let date = |x: Option<chrono::NaiveDate>| {
        x.map(|x| x.format("%-d.%-m.%Y").to_string())
            .unwrap_or_default()
    };
    let names = |role: ActorRole| {
        p.actors
            .iter()
            .filter(|a| a.role == role)
            .map(|a| a.actor_name.clone())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let lead_id = p
        .actors
        .iter()
        .find(|a| a.role == ActorRole::Lead)
        .map(|a| a.actor_id.0);
    let status = match d.status {
        crate::model::ProjectStatus::Planned => "suunnitteilla",
        crate::model::ProjectStatus::Active => "käynnissä",
        crate::model::ProjectStatus::Ended => "päättynyt",
    };
    let budget = d
        .budget_cents
        .map(|c| {
            if c % 100 == 0 {
                (c / 100).to_string()
            } else {
                format!("{},{:02}", c / 100, c % 100)
            }
        })
        .unwrap_or_default();
    vec![
        d.name.clone(),
        status.into(),
        date(d.start_date),
        date(d.end_date),
        budget,
        d.funding.join("; "),
        names(ActorRole::Lead),
        lead_id
            .and_then(|id| business_ids.get(&id).cloned())
            .unwrap_or_default(),
        names(ActorRole::Partner),
        names(ActorRole::Funder),
        p.themes
            .iter()
            .map(|t| t.name.clone())
            .collect::<Vec<_>>()
            .join("; "),
        d.summary.clone(),
        d.goals.clone(),
        d.contact_name.clone(),
        d.contact_email.clone(),
        d.website.clone(),
    ]
}

fn file(content_type: &str, name: &str, body: Vec<u8>) -> Response {
    let disposition = format!("attachment; filename=\"{name}\"");
    (
        [
            (CONTENT_TYPE, content_type.to_string()),
            (CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response()
}

fn error(e: AppError) -> Response {
    let status = match e {
        AppError::NotFound => axum::http::StatusCode::NOT_FOUND,
        AppError::Forbidden => axum::http::StatusCode::FORBIDDEN,
        _ => axum::http::StatusCode::INTERNAL_SERVER_ERROR,
    };
    (status, format!("{e}")).into_response()
}

/// `GET /portfolio/{id}/export/{file}`: projects.csv, projects.xlsx, actors.csv,
/// actors.xlsx, portfolio.json, network.graphml or network.gexf.
pub async fn download(
    State(state): State<AppState>,
    Extension(visitor): Extension<Visitor>,
    Path((id, name)): Path<(i64, String)>,
) -> Response {
    match build(&state, &visitor, PortfolioId(id), &name).await {
        Ok(r) => r,
        Err(e) => error(e),
    }
}

async fn build(
    state: &AppState,
    visitor: &Visitor,
    id: PortfolioId,
    name: &str,
) -> AppResult<Response> {
    let caller = auth::caller_of(visitor, Need::Member)?;
    let scope = auth::portfolio(state, &caller, id).await?;
    let detail = format!("{name} (portfolio {})", id.0);
    accounts::audit(
        &state.db,
        Some(caller.org),
        Some(caller.user),
        "export",
        &detail,
    )
    .await?;
    let db = &state.db;
    const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    const CSV: &str = "text/csv; charset=utf-8";
    Ok(match name {
        "projects.csv" | "projects.xlsx" => {
            let rows = project_rows(state, scope).await?;
            if name.ends_with("csv") {
                file(CSV, name, to_csv(&PROJECT_HEADERS, &rows))
            } else {
                let bytes =
                    to_xlsx("Hankkeet", &PROJECT_HEADERS, &rows).map_err(|_| AppError::Internal)?;
                file(XLSX, name, bytes)
            }
        }
        "actors.csv" | "actors.xlsx" => {
            let t = crate::i18n::Locale::Fi.texts();
            let rows: Vec<Vec<String>> = store::actors::list(db, scope)
                .await?
                .into_iter()
                .map(|a| {
                    vec![
                        a.actor.name,
                        t.actor_kind(a.actor.kind).to_string(),
                        a.actor
                            .business_id
                            .map(|b| b.to_string())
                            .unwrap_or_default(),
                        a.projects.to_string(),
                    ]
                })
                .collect();
            if name.ends_with("csv") {
                file(CSV, name, to_csv(&ACTOR_HEADERS, &rows))
            } else {
                let bytes =
                    to_xlsx("Toimijat", &ACTOR_HEADERS, &rows).map_err(|_| AppError::Internal)?;
                file(XLSX, name, bytes)
            }
        }
        "portfolio.json" => {
            let doc = portfolio_json::export(db, scope).await?;
            let body = serde_json::to_vec_pretty(&doc).map_err(|_| AppError::Internal)?;
            file("application/json", name, body)
        }
        "network.graphml" | "network.gexf" => {
            let graph = graph_out(state, scope).await?;
            if name.ends_with("graphml") {
                file(
                    "application/graphml+xml",
                    name,
                    to_graphml(&graph).into_bytes(),
                )
            } else {
                file("application/gexf+xml", name, to_gexf(&graph).into_bytes())
            }
        }
        _ => return Err(AppError::NotFound),
    })
}

async fn project_rows(state: &AppState, scope: Scope) -> AppResult<Vec<Vec<String>>> {
    let business_ids = store::actors::list(&state.db, scope)
        .await?
        .into_iter()
        .filter_map(|a| Some((a.actor.id.0, a.actor.business_id?.to_string())))
        .collect();
    Ok(store::projects::list(&state.db, scope)
        .await?
        .iter()
        .map(|p| project_row(p, &business_ids))
        .collect())
}

/// The network with each node's kind and facts as attributes, and its saved position.
async fn graph_out(state: &AppState, scope: Scope) -> AppResult<GraphOut> {
    let input = store::analysis::input(&state.db, scope).await?;
    let positions = store::network::positions(&state.db, scope).await?;
    let data = NetworkData {
        title: String::new(),
        input,
        positions: positions.clone(),
        clusters: Vec::new(),
    };
    let net = Network::build(&data);
    let t = crate::i18n::Locale::Fi.texts();
    let nodes = net
        .nodes
        .iter()
        .map(|n| {
            let mut attrs = Vec::new();
            if let Some(s) = n.status {
                attrs.push(("status".to_string(), s.as_str().to_string()));
            }
            if let Some(k) = n.actor_kind {
                attrs.push(("actor_type".to_string(), t.actor_kind(k).to_string()));
            }
            if let Some(d) = n.start {
                attrs.push(("start".to_string(), d.to_string()));
            }
            if let Some(d) = n.end {
                attrs.push(("end".to_string(), d.to_string()));
            }
            if let Some(b) = n.budget_cents {
                attrs.push(("budget_eur".to_string(), (b / 100).to_string()));
            }
            if let Some(p) = positions.iter().find(|p| p.key == n.key) {
                attrs.push(("x".to_string(), p.x.to_string()));
                attrs.push(("y".to_string(), p.y.to_string()));
            }
            NodeOut {
                id: n.key.code(),
                label: n.label.clone(),
                kind: format!("{:?}", n.key.kind()).to_lowercase(),
                attrs,
            }
        })
        .collect();
    let edges = net
        .edges
        .iter()
        .map(|e| EdgeOut {
            source: net.nodes[e.a as usize].key.code(),
            target: net.nodes[e.b as usize].key.code(),
            kind: match e.kind {
                EdgeKind::Role(r) => r.as_str().to_string(),
                EdgeKind::Theme => "theme".to_string(),
                EdgeKind::Relation(k) => k.as_str().to_string(),
            },
            weight: 1.0,
        })
        .collect();
    Ok(GraphOut { nodes, edges })
}
