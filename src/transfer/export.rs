//! Table exports that Finnish Excel opens correctly: CSV as UTF-8 with a BOM, `;`
//! between cells and CRLF line ends; XLSX with a bold header row.
//!
//! Formula injection: a CSV cell that starts like a formula (`=`, `+`, `-`, `@`, tab,
//! carriage return) gets a leading `'` as the OWASP guidance on CSV injection advises,
//! except a plain negative number. XLSX cells are written as string cells
//! (`write_string`), which Excel shows as text and never evaluates, so they are written
//! unchanged: a value exported to XLSX comes back identical when imported again.

use super::TransferError;
use rust_xlsxwriter::{Format, Workbook};

/// Makes a cell safe to open in a spreadsheet: a leading `'` before `=`, `+`, `-`, `@`,
/// tab or carriage return — but `-5` or `-1 250,50` stays a number.
pub fn neutralise(cell: &str) -> String {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_negative_number(cell) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// `-` followed by a digit and then only digits, spaces and decimal/group marks.
fn is_negative_number(cell: &str) -> bool {
    let Some(rest) = cell.strip_prefix('-') else {
        return false;
    };
    rest.starts_with(|c: char| c.is_ascii_digit())
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '\u{a0}' | '\u{202f}' | ',' | '.'))
}

/// A CSV file: UTF-8 with a BOM, `;`-separated, CRLF line ends, quoted where needed,
/// every cell (headers too) [`neutralise`]d. Rows may be shorter or longer than the
/// headers; they are written as given.
pub fn to_csv(headers: &[&str], rows: &[Vec<String>]) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .quote_style(csv::QuoteStyle::Necessary)
            .flexible(true)
            .from_writer(&mut out);
        let records = std::iter::once(headers.iter().map(|h| neutralise(h)).collect::<Vec<_>>())
            .chain(
                rows.iter()
                    .map(|r| r.iter().map(|c| neutralise(c)).collect()),
            );
        for record in records {
            // Writing to memory with flexible lengths cannot fail.
            writer.write_record(&record).expect("CSV into memory");
        }
        writer.flush().expect("CSV into memory");
    }
    out
}

/// An XLSX workbook of one worksheet: a bold, frozen header row, every cell a string,
/// columns fitted to their content (at most about 60 characters wide). An invalid sheet
/// name is made valid (forbidden characters become spaces, at most 31 characters).
pub fn to_xlsx(
    sheet_name: &str,
    headers: &[&str],
    rows: &[Vec<String>],
) -> Result<Vec<u8>, TransferError> {
    let failed = |_| TransferError::ExportFailed;
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(sheet_title(sheet_name)).map_err(failed)?;
    let bold = Format::new().set_bold();
    for (c, h) in headers.iter().enumerate() {
        let c = u16::try_from(c).map_err(|_| TransferError::ExportFailed)?;
        sheet
            .write_string_with_format(0, c, *h, &bold)
            .map_err(failed)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = u32::try_from(r + 1).map_err(|_| TransferError::ExportFailed)?;
        for (c, cell) in row.iter().enumerate() {
            let c = u16::try_from(c).map_err(|_| TransferError::ExportFailed)?;
            if !cell.is_empty() {
                sheet.write_string(r, c, cell).map_err(failed)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(failed)?;
    sheet.set_autofit_max_width(420).autofit();
    book.save_to_buffer().map_err(failed)
}

/// A valid worksheet name: no `[]:*?/\`, not starting or ending with `'`, 1–31 characters.
fn sheet_title(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if "[]:*?/\\".contains(c) || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    let title: String = cleaned
        .trim()
        .trim_matches('\'')
        .trim()
        .chars()
        .take(31)
        .collect();
    let title = title.trim_end().trim_end_matches('\'').to_string();
    if title.is_empty() {
        "Sheet1".to_string()
    } else {
        title
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transfer::sheet::{read_csv, read_xlsx};

    #[test]
    fn formulas_are_neutralised_negative_numbers_are_not() {
        assert_eq!(neutralise("=1+1"), "'=1+1");
        assert_eq!(
            neutralise("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(neutralise("+358 40 123"), "'+358 40 123");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("\tx"), "'\tx");
        assert_eq!(neutralise("\r=x"), "'\r=x");
        assert_eq!(neutralise("-2+3"), "'-2+3");
        assert_eq!(neutralise("-"), "'-");
        assert_eq!(neutralise("- lista"), "'- lista");
        assert_eq!(neutralise("-5"), "-5");
        assert_eq!(neutralise("-1 250,50"), "-1 250,50");
        assert_eq!(neutralise("Hanke = hyvä"), "Hanke = hyvä");
        assert_eq!(neutralise(""), "");
    }

    #[test]
    fn csv_for_finnish_excel() {
        let rows = vec![
            vec!["Kasvu; Häme".to_string(), "=cmd|' /C calc'!A0".to_string()],
            vec!["Rivi\n2 \"lainaus\"".to_string(), "-1 250,50".to_string()],
        ];
        let bytes = to_csv(&["Nimi", "Budjetti"], &rows);
        let text = std::str::from_utf8(&bytes).unwrap();
        assert_eq!(
            text,
            "\u{feff}Nimi;Budjetti\r\n\"Kasvu; Häme\";'=cmd|' /C calc'!A0\r\n\
             \"Rivi\n2 \"\"lainaus\"\"\";-1 250,50\r\n"
        );
        let back = read_csv(&bytes).unwrap();
        assert_eq!(back.headers, vec!["Nimi", "Budjetti"]);
        assert_eq!(back.rows[0][0], "Kasvu; Häme");
        assert_eq!(back.rows[1][0], "Rivi\n2 \"lainaus\"");
    }

    #[test]
    fn xlsx_round_trip_keeps_text_raw() {
        let rows = vec![
            vec![
                "Hämeen kasvu".to_string(),
                "=1+1".to_string(),
                "".to_string(),
            ],
            vec!["B".to_string(), "1 250 000".to_string(), "x".to_string()],
        ];
        let bytes = to_xlsx("Hankkeet: 2025/[kaikki]", &["Nimi", "Kaava", "Muu"], &rows).unwrap();
        assert!(bytes.starts_with(b"PK"));
        let back = read_xlsx(&bytes).unwrap();
        assert_eq!(back.headers, vec!["Nimi", "Kaava", "Muu"]);
        assert_eq!(back.rows, rows);
    }

    #[test]
    fn sheet_titles() {
        assert_eq!(
            sheet_title("Hankkeet: 2025/[kaikki]"),
            "Hankkeet  2025  kaikki"
        );
        assert_eq!(sheet_title(""), "Sheet1");
        assert_eq!(sheet_title("'x'"), "x");
        assert_eq!(sheet_title(&"a".repeat(40)).len(), 31);
    }
}
