//! Reading a spreadsheet file into a plain [`Sheet`]: CSV as Finnish Excel writes it
//! (`;`-separated, Windows-1252 or UTF-8 with a BOM), or the first worksheet of an XLSX
//! workbook. Every value comes out as trimmed text; the first non-empty row is the header.

use super::TransferError;
use calamine::{Data, Reader, SheetType, Xlsx};
use std::io::Cursor;

/// The most data rows an import accepts.
pub const MAX_ROWS: usize = 50_000;
/// The most columns an import accepts.
pub const MAX_COLUMNS: usize = 200;

/// A table of text. Every row has exactly as many cells as there are headers; rows
/// with no content are dropped; every value is trimmed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sheet {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// The 1-based spreadsheet row of each entry of `rows`, as Excel numbers it (the
    /// header of a plain file is row 1), so problems point where the user looks even
    /// when empty rows were dropped.
    pub row_numbers: Vec<usize>,
}

impl Sheet {
    /// A sheet from headers and rows numbered 2, 3, … (before dropping empty rows);
    /// cells are trimmed and rows padded or cut to the header length.
    pub fn new(headers: Vec<String>, rows: Vec<Vec<String>>) -> Sheet {
        let mut b = Builder::new(headers);
        for (i, row) in rows.into_iter().enumerate() {
            b.push(row, i + 2);
        }
        b.sheet
    }
}

/// Collects rows under a header, normalising as it goes.
struct Builder {
    sheet: Sheet,
}

impl Builder {
    /// Header cells past the last non-empty one are dropped.
    fn new(headers: impl IntoIterator<Item = String>) -> Builder {
        let mut headers: Vec<String> = headers.into_iter().map(|h| h.trim().to_string()).collect();
        while headers.last().is_some_and(String::is_empty) {
            headers.pop();
        }
        Builder {
            sheet: Sheet {
                headers,
                ..Sheet::default()
            },
        }
    }

    fn check_width(&self) -> Result<(), TransferError> {
        if self.sheet.headers.len() > MAX_COLUMNS {
            return Err(TransferError::TooManyColumns { max: MAX_COLUMNS });
        }
        Ok(())
    }

    /// Adds a row unless it is empty; refuses to grow past [`MAX_ROWS`].
    fn push(&mut self, cells: impl IntoIterator<Item = String>, row: usize) -> bool {
        let width = self.sheet.headers.len();
        let mut cells: Vec<String> = cells
            .into_iter()
            .take(width)
            .map(|c| unneutralise(c.trim()).to_string())
            .collect();
        if cells.iter().all(String::is_empty) {
            return true;
        }
        cells.resize(width, String::new());
        self.sheet.rows.push(cells);
        self.sheet.row_numbers.push(row);
        self.sheet.rows.len() <= MAX_ROWS
    }
}

/// Reads a CSV file. Strips a BOM, decodes UTF-8 (or UTF-16 with its BOM) and falls back
/// to Windows-1252, the encoding of Finnish Excel's "CSV (semicolon separated)". The
/// separator is sniffed from the header line among `;`, `,` and tab; Excel's `sep=;`
/// hint line is honoured.
pub fn read_csv(bytes: &[u8]) -> Result<Sheet, TransferError> {
    let decoded = decode(bytes);
    let mut text = decoded.as_ref();
    let mut sep = None;
    // Excel reads and hides a `sep=;` first line; the next line is its row 1.
    if let Some(rest) = text.strip_prefix("sep=") {
        if let Some(c) = rest.chars().next().filter(char::is_ascii) {
            sep = Some(c as u8);
            text = rest.split_once('\n').map_or("", |(_, after)| after);
        }
    }
    let sep = sep.unwrap_or_else(|| sniff_separator(text));
    if text.contains('\0') {
        return Err(TransferError::Unreadable);
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut builder: Option<Builder> = None;
    let rows = excel_rows(text.as_bytes(), sep);
    let mut next = 0;
    // The spreadsheet row of a record: the first non-blank row starting at or after the
    // record's byte offset (csv reports the offset of the preceding line break).
    let mut excel_row = |byte: u64| {
        while rows
            .get(next)
            .is_some_and(|&(start, blank)| blank || (start as u64) < byte)
        {
            next += 1;
        }
        next += 1;
        next
    };
    for record in reader.records() {
        let record = record.map_err(|e| TransferError::BadRow {
            row: e.position().map_or(0, |p| excel_row(p.byte())),
        })?;
        let row = excel_row(record.position().map_or(0, |p| p.byte()));
        match builder.as_mut() {
            None if record.iter().all(|f| f.trim().is_empty()) => {}
            None => {
                let b = Builder::new(record.iter().map(str::to_string));
                b.check_width()?;
                builder = Some(b);
            }
            Some(b) => {
                if !b.push(record.iter().map(str::to_string), row) {
                    return Err(TransferError::TooManyRows { max: MAX_ROWS });
                }
            }
        }
    }
    builder.map(|b| b.sheet).ok_or(TransferError::Empty)
}

/// The start offset of every row as a spreadsheet shows the file, and whether it is
/// blank. Mirrors csv's rules: a quote opens a quoted field only at the start of a field,
/// `""` inside one is a quote, and `\r\n`, `\n` or `\r` end a row outside quotes.
fn excel_rows(text: &[u8], sep: u8) -> Vec<(usize, bool)> {
    #[derive(PartialEq)]
    enum State {
        FieldStart,
        Field,
        Quoted,
        QuoteInQuoted,
    }
    let (mut rows, mut state, mut start) = (Vec::new(), State::FieldStart, 0);
    let mut i = 0;
    while i < text.len() {
        let b = text[i];
        match state {
            State::Quoted => {
                state = if b == b'"' {
                    State::QuoteInQuoted
                } else {
                    State::Quoted
                }
            }
            _ if b == b'\r' || b == b'\n' => {
                rows.push((start, i == start));
                if b == b'\r' && text.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                (state, start) = (State::FieldStart, i + 1);
            }
            _ if b == sep => state = State::FieldStart,
            State::FieldStart if b == b'"' => state = State::Quoted,
            State::QuoteInQuoted if b == b'"' => state = State::Quoted,
            _ => state = State::Field,
        }
        i += 1;
    }
    if start < text.len() {
        rows.push((start, false));
    }
    rows
}

/// The text of a CSV file: UTF-8 if it is valid UTF-8, otherwise Windows-1252.
fn decode(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding.decode_without_bom_handling(&bytes[bom..]).0;
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => s.into(),
        Err(_) => {
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
        }
    }
}

/// The most frequent of `;`, tab and `,` outside quotes on the first non-blank line;
/// ties go to `;` (Finnish Excel), then tab, then `,`.
fn sniff_separator(text: &str) -> u8 {
    let (mut counts, mut quoted) = ([0usize; 3], false);
    for c in text.trim_start_matches(['\n', '\r', ' ']).chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ';' if !quoted => counts[0] += 1,
            '\t' if !quoted => counts[1] += 1,
            ',' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).rev().max_by_key(|&i| counts[i]).unwrap_or(0);
    [b';', b'\t', b','][best]
}

/// Reads the first worksheet of an XLSX workbook. Whole numbers come out without a
/// trailing `.0`; date cells as `yyyy-mm-dd`; error cells as their Excel text (`#N/A`).
pub fn read_xlsx(bytes: &[u8]) -> Result<Sheet, TransferError> {
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|_| TransferError::Unreadable)?;
    let name = book
        .sheets_metadata()
        .iter()
        .find(|s| s.typ == SheetType::WorkSheet)
        .map(|s| s.name.clone())
        .ok_or(TransferError::Unreadable)?;
    let range = book
        .worksheet_range(&name)
        .map_err(|_| TransferError::Unreadable)?;
    let first_row = range.start().map_or(0, |(r, _)| r as usize) + 1;
    let mut rows = range.rows().enumerate().map(|(i, r)| (i + first_row, r));
    let (_, header) = rows
        .by_ref()
        .find(|(_, r)| r.iter().any(|c| !cell_text(c).is_empty()))
        .ok_or(TransferError::Empty)?;
    let mut builder = Builder::new(header.iter().map(cell_text));
    builder.check_width()?;
    for (row, cells) in rows {
        if !builder.push(cells.iter().map(cell_text), row) {
            return Err(TransferError::TooManyRows { max: MAX_ROWS });
        }
    }
    Ok(builder.sheet)
}

/// The text a cell shows, for import purposes.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{d:02}")
        }
        Data::DateTime(dt) => number_text(dt.as_f64()),
        Data::DateTimeIso(s) => match s.get(..10) {
            Some(date) if s.len() == 10 || s[10..].starts_with('T') => date.to_string(),
            _ => s.clone(),
        },
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
    }
}

/// `1250` for 1250.0, `1250.5` for 1250.5: no trailing `.0` on whole numbers, and at
/// most 15 significant digits as Excel shows (`0.3`, not `0.30000000000000004`).
fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        return format!("{}", f as i64);
    }
    let magnitude = f.abs().log10().floor() as i32;
    let decimals = (14 - magnitude).clamp(0, 15) as usize;
    let text = format!("{f:.decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

#[cfg(test)]
mod tests;

/// Takes off the `'` an export puts before a formula-like cell (`export::neutralise`), so an
/// exported file imports back as it was.
fn unneutralise(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => cell,
    }
}
