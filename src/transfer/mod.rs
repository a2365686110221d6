//! Spreadsheet import and export: the pure half of moving a portfolio in and out.
//!
//! Municipal staff keep their projects in spreadsheets. An import reads the file
//! ([`sheet`]), guesses what each column holds ([`mapping`]), parses Finnish dates and
//! amounts ([`values`]) and builds a preview [`plan::Plan`] against what already exists —
//! all or nothing: either every row is understood, or every problem is listed. Exports
//! write tables as CSV or XLSX ([`export`]) and the relationship network as GraphML or
//! GEXF for Gephi ([`graph`]).
//!
//! Everything here is bytes or strings in, values out: no I/O, no database. The one
//! impurity is inside `rust_xlsxwriter`: [`to_xlsx`] stamps the workbook's creation time
//! from the system clock, which panics in the browser unless `rust_xlsxwriter`'s `wasm`
//! feature is on — call it on the server. The module depends only on std and external
//! crates, not on the rest of the crate.

pub mod export;
pub mod graph;
pub mod mapping;
pub mod plan;
pub mod sheet;
pub mod values;

pub use export::{neutralise, to_csv, to_xlsx};
pub use graph::{to_gexf, to_graphml, EdgeOut, GraphOut, NodeOut};
pub use mapping::{guess, guess_all, status_value, Target};
pub use plan::{
    plan_import, ActorRef, CellProblem, Existing, ExistingActor, NewActor, Plan, PlannedProject,
    ProblemCode, ProjectFields, ThemeRef,
};
pub use sheet::{read_csv, read_xlsx, Sheet, MAX_COLUMNS, MAX_ROWS};
pub use values::{
    excel_serial_date, parse_business_id, parse_date_cell, parse_fi_date, parse_fi_number,
    split_cell, NumberError,
};

use serde::{Deserialize, Serialize};

/// Reads a CSV or XLSX file by its content: XLSX is a zip archive ("PK"), anything else CSV.
pub fn read_any(bytes: &[u8]) -> Result<Sheet, TransferError> {
    if bytes.starts_with(b"PK") {
        read_xlsx(bytes)
    } else {
        read_csv(bytes)
    }
}

/// What can go wrong in an import or export. The `Display` texts are codes, not
/// sentences: the UI translates them. Rows are 1-based as the spreadsheet shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum TransferError {
    /// The bytes are not a spreadsheet this module reads (not text, not an XLSX workbook,
    /// a damaged zip, no worksheet).
    #[error("unreadable_file")]
    Unreadable,
    /// The file holds no header row at all.
    #[error("empty_file")]
    Empty,
    /// More data rows than [`MAX_ROWS`].
    #[error("too_many_rows")]
    TooManyRows { max: usize },
    /// More columns than [`MAX_COLUMNS`].
    #[error("too_many_columns")]
    TooManyColumns { max: usize },
    /// A CSV record that could not be parsed, at this spreadsheet row.
    #[error("bad_row")]
    BadRow { row: usize },
    /// Writing an export failed (e.g. a cell longer than XLSX allows).
    #[error("export_failed")]
    ExportFailed,
    /// The import plan found problems; every one is listed.
    #[error("import_problems")]
    Problems(Vec<CellProblem>),
}

impl From<Vec<CellProblem>> for TransferError {
    fn from(problems: Vec<CellProblem>) -> Self {
        TransferError::Problems(problems)
    }
}
