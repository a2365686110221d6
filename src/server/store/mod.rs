//! Database access. Every function takes the organisation (or a [`Scope`]) it works in and
//! puts it in its `WHERE` clause: there is no query that reads across tenants. Writes go
//! through [`write::apply`] only.

pub mod accounts;
pub mod actors;
pub mod analysis;
pub mod edit;
pub mod history;
pub mod import;
pub mod network;
pub mod organisations;
pub mod plan;
pub mod portfolios;
pub mod projects;
pub mod themes;
pub mod uploads;
pub mod write;

use crate::model::{OrgId, PortfolioId};

/// A portfolio that the caller has been authorised for, with the organisation that owns it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scope {
    pub org: OrgId,
    pub portfolio: PortfolioId,
}
