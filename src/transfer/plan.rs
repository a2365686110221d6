//! The import preview: a [`Sheet`] and a column mapping become a [`Plan`] of projects to
//! create or update, actors and themes to create — or the list of every problem in the
//! file, each at its spreadsheet row and column. All or nothing: one problem and nothing
//! is imported.
//!
//! How the caller applies a plan:
//! - A project with `existing: Some(id)` is updated. Only fields whose [`Target`] is in
//!   [`Plan::mapped`] replace stored values (an empty mapped cell clears the field); the
//!   others, and links of unmapped kinds (lead, partners, funders, themes), stay.
//! - Importing the same file twice gives a second plan of updates only, with the same
//!   values as stored; deciding which updates change nothing, and skipping them, is left
//!   to the caller, which holds the stored projects.
//! - An existing actor matched by name keeps its record, even if the file gives a
//!   Y-tunnus it lacks.

mod refs;
mod row;

use super::mapping::Target;
use super::sheet::Sheet;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

/// What exists in the portfolio, for matching.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Existing {
    /// `(id, name)`
    pub projects: Vec<(i64, String)>,
    pub actors: Vec<ExistingActor>,
    /// `(id, name)`
    pub themes: Vec<(i64, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExistingActor {
    pub id: i64,
    pub name: String,
    pub business_id: Option<String>,
}

/// A problem at a place in the file. `row` is 1-based as the spreadsheet shows it (the
/// header is row 1 in a plain file, so the first data row is 2); file-level problems are
/// at row 1. `column` is 0-based.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CellProblem {
    pub row: usize,
    pub column: Option<usize>,
    pub header: Option<String>,
    pub problem: ProblemCode,
}

/// What is wrong; the UI translates the code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemCode {
    /// No column is mapped to the project name (file level).
    MissingNameColumn,
    /// Two columns are mapped to the same field (at the second).
    DuplicateColumn,
    /// A row with content but no project name.
    MissingName,
    /// The same project name on an earlier row.
    DuplicateName,
    BadDate,
    EndBeforeStart,
    BadNumber,
    NegativeNumber,
    NumberTooLarge,
    BadStatus,
    /// A malformed Y-tunnus or a wrong check digit.
    BadBusinessId,
    /// The lead's name belongs to an actor with another Y-tunnus.
    BusinessIdConflict,
    /// A Y-tunnus of no known actor and no lead name to create one with.
    MissingLeadName,
    /// More than one organisation in the lead cell.
    MultipleLeads,
    BadEmail,
    BadUrl,
    TooLong {
        max: usize,
    },
}

/// The preview of an import.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// The fields the file provides (each mapped target once, in column order).
    pub mapped: Vec<Target>,
    pub rows: Vec<PlannedProject>,
    pub new_actors: Vec<NewActor>,
    pub new_themes: Vec<String>,
}

impl Plan {
    /// `(creates, updates)` of projects.
    pub fn counts(&self) -> (usize, usize) {
        let updates = self.rows.iter().filter(|r| r.existing.is_some()).count();
        (self.rows.len() - updates, updates)
    }

    /// Whether the file provides this field (see the module docs on updates).
    pub fn maps(&self, target: Target) -> bool {
        self.mapped.contains(&target)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedProject {
    /// The spreadsheet row.
    pub row: usize,
    /// The project of the same name (case-insensitive, trimmed), to update.
    pub existing: Option<i64>,
    pub fields: ProjectFields,
    pub lead: Option<ActorRef>,
    pub partners: Vec<ActorRef>,
    pub funders: Vec<ActorRef>,
    pub themes: Vec<ThemeRef>,
}

/// A project's own fields, parsed. Empty cells give empty values; `status` is
/// `planned`, `active` or `ended` (`planned` when empty).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectFields {
    pub name: String,
    pub summary: String,
    pub goals: String,
    pub status: String,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub budget_cents: Option<i64>,
    pub funding: Vec<String>,
    pub contact_name: String,
    pub contact_email: String,
    pub website: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewActor {
    pub name: String,
    pub business_id: Option<String>,
}

/// An actor that exists (by id) or that the plan creates (index in `new_actors`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorRef {
    Existing(i64),
    New(usize),
}

/// A theme that exists (by id) or that the plan creates (index in `new_themes`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeRef {
    Existing(i64),
    New(usize),
}

/// Builds the import plan, or returns every problem found. `mapping` has one target per
/// column; missing entries count as [`Target::Ignore`].
pub fn plan_import(
    sheet: &Sheet,
    mapping: &[Target],
    existing: &Existing,
) -> Result<Plan, Vec<CellProblem>> {
    let mut problems = Vec::new();
    let header = |c: usize| sheet.headers.get(c).cloned();
    let mut columns: HashMap<Target, usize> = HashMap::new();
    let mut mapped = Vec::new();
    for (c, &t) in mapping.iter().enumerate().take(sheet.headers.len()) {
        if t == Target::Ignore {
            continue;
        }
        match columns.entry(t) {
            Entry::Occupied(_) => problems.push(CellProblem {
                row: 1,
                column: Some(c),
                header: header(c),
                problem: ProblemCode::DuplicateColumn,
            }),
            Entry::Vacant(v) => {
                v.insert(c);
                mapped.push(t);
            }
        }
    }
    if !columns.contains_key(&Target::Name) {
        let problem = ProblemCode::MissingNameColumn;
        problems.push(CellProblem {
            row: 1,
            column: None,
            header: None,
            problem,
        });
    }
    let projects: HashMap<String, i64> = existing
        .projects
        .iter()
        .rev()
        .map(|(id, name)| (refs::key(name), *id))
        .collect();
    let mut refs = refs::Refs::new(existing);
    let mut seen_names = HashSet::new();
    let mut rows = Vec::new();
    for (i, cells) in sheet.rows.iter().enumerate() {
        let row = sheet.row_numbers.get(i).copied().unwrap_or(i + 2);
        let mut r = row::RowReader {
            cells,
            columns: &columns,
            sheet,
            row,
            problems: &mut problems,
        };
        if columns.values().all(|&c| r.cell_at(c).is_empty()) {
            continue;
        }
        rows.push(r.project(&mut refs, &projects, &mut seen_names));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Plan {
        mapped,
        rows,
        new_actors: refs.new_actors,
        new_themes: refs.new_themes,
    })
}

#[cfg(test)]
mod tests;
