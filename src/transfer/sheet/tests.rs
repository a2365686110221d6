//! Tests of [`super`]: encodings, separators, quoting, row numbers, XLSX cells, limits.

use super::*;

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

#[test]
fn windows_1252_from_finnish_excel() {
    let bytes = b"Nimi;Toteuttaja\r\nKasvu;H\xe4meen ammattikorkeakoulu\r\n";
    let sheet = read_csv(bytes).unwrap();
    assert_eq!(sheet.headers, s(&["Nimi", "Toteuttaja"]));
    assert_eq!(sheet.rows, vec![s(&["Kasvu", "Hämeen ammattikorkeakoulu"])]);
}

#[test]
fn utf8_with_bom_and_utf16() {
    let sheet = read_csv("\u{feff}Nimi;Tila\nHämeen hanke;käynnissä\n".as_bytes()).unwrap();
    assert_eq!(sheet.headers, s(&["Nimi", "Tila"]));
    assert_eq!(sheet.rows[0], s(&["Hämeen hanke", "käynnissä"]));

    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(
        "Nimi\tTila\r\nÄänekoski\tvalmis\r\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    let sheet = read_csv(&utf16).unwrap();
    assert_eq!(sheet.rows, vec![s(&["Äänekoski", "valmis"])]);
}

#[test]
fn semicolons_with_quoted_newline_and_escaped_quotes() {
    let text = "Nimi;Kuvaus;Budjetti\r\n\
                \"Hanke; yksi\";\"Rivi 1\r\nRivi 2 \"\"lainaus\"\"\";1 250 000\r\n\
                \r\n\
                Toinen ; ; 5\r\n";
    let sheet = read_csv(text.as_bytes()).unwrap();
    assert_eq!(sheet.headers, s(&["Nimi", "Kuvaus", "Budjetti"]));
    assert_eq!(
        sheet.rows,
        vec![
            s(&["Hanke; yksi", "Rivi 1\r\nRivi 2 \"lainaus\"", "1 250 000"]),
            s(&["Toinen", "", "5"]),
        ]
    );
    // Excel shows the quoted newline inside row 2 and the blank line as row 3.
    assert_eq!(sheet.row_numbers, vec![2, 4]);
}

#[test]
fn row_numbers_count_blank_lines_not_quoted_breaks() {
    let text = "\n Nimi,Kuvaus\r\rA,\"x\n\ny\"\n\n\nB,ab\"c\nC,\"q\"\"\n\"\"r\"\r\n\r\nD,\"\"";
    let sheet = read_csv(text.as_bytes()).unwrap();
    let names: Vec<_> = sheet.rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(names, vec!["A", "B", "C", "D"]);
    assert_eq!(sheet.rows[1][1], "ab\"c");
    assert_eq!(sheet.rows[2][1], "q\"\n\"r");
    assert_eq!(sheet.row_numbers, vec![4, 7, 8, 10]);
}

#[test]
fn comma_and_tab_files() {
    let sheet = read_csv(b"Name,Lead,Budget\n\"Oy Ab, Finland\",Hamk,\"1,250.50\"\n").unwrap();
    assert_eq!(sheet.headers, s(&["Name", "Lead", "Budget"]));
    assert_eq!(sheet.rows, vec![s(&["Oy Ab, Finland", "Hamk", "1,250.50"])]);

    let sheet = read_csv(b"Nimi\tKumppanit\nA\tX; Y, Oy\n").unwrap();
    assert_eq!(sheet.rows, vec![s(&["A", "X; Y, Oy"])]);
}

#[test]
fn separator_in_quoted_header_does_not_count() {
    let sheet = read_csv(b"\"Nimi, suomeksi\";\"Tila, nyt\";Y\nA;B;C\n").unwrap();
    assert_eq!(sheet.headers, s(&["Nimi, suomeksi", "Tila, nyt", "Y"]));
}

#[test]
fn excel_sep_hint_line() {
    let sheet = read_csv(b"sep=,\nNimi,Tila\nA;B,C\n").unwrap();
    assert_eq!(sheet.headers, s(&["Nimi", "Tila"]));
    assert_eq!(sheet.rows, vec![s(&["A;B", "C"])]);
    assert_eq!(sheet.row_numbers, vec![2]);
}

#[test]
fn rows_padded_truncated_trimmed_and_empty_dropped() {
    let sheet = read_csv(b"\n ; \nNimi ; Tila;;\n A \n;;\nB;x;y;z\n").unwrap();
    assert_eq!(sheet.headers, s(&["Nimi", "Tila"]));
    assert_eq!(sheet.rows, vec![s(&["A", ""]), s(&["B", "x"])]);
}

#[test]
fn empty_and_binary_files() {
    assert_eq!(read_csv(b""), Err(TransferError::Empty));
    assert_eq!(read_csv(b"\n;;\n"), Err(TransferError::Empty));
    assert_eq!(
        read_csv(b"PK\x03\x04\0\0garbage"),
        Err(TransferError::Unreadable)
    );
}

#[test]
fn limits() {
    let wide = vec!["h"; MAX_COLUMNS + 1].join(";");
    assert_eq!(
        read_csv(wide.as_bytes()),
        Err(TransferError::TooManyColumns { max: MAX_COLUMNS })
    );
    let mut long = String::from("Nimi\n");
    for i in 0..=MAX_ROWS {
        long.push_str(&format!("h{i}\n"));
    }
    assert_eq!(
        read_csv(long.as_bytes()),
        Err(TransferError::TooManyRows { max: MAX_ROWS })
    );
    let fits = long.rsplit_once("h50000").unwrap().0;
    assert_eq!(read_csv(fits.as_bytes()).unwrap().rows.len(), MAX_ROWS);
}

#[test]
fn xlsx_round_trip_with_date_and_numbers() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    let date = Format::new().set_num_format("d.m.yyyy");
    // Row 1 left empty: the header is the first non-empty row.
    for (c, h) in ["Hankkeen nimi", "Alkaa", "Budjetti (€)", "Osuus", "Vuosi"]
        .iter()
        .enumerate()
    {
        ws.write_string(1, c as u16, *h).unwrap();
    }
    ws.write_string(2, 0, "  Hämeen kasvu ").unwrap();
    let day = ExcelDateTime::from_ymd(2025, 3, 1).unwrap();
    ws.write_datetime_with_format(2, 1, &day, &date).unwrap();
    ws.write_number(2, 2, 1_250_000.0).unwrap();
    ws.write_number(2, 3, 85_000.5).unwrap();
    ws.write_number(2, 4, 2025.0).unwrap();
    ws.write_string(4, 0, "Toinen").unwrap();
    let bytes = book.save_to_buffer().unwrap();

    let sheet = read_xlsx(&bytes).unwrap();
    assert_eq!(
        sheet.headers,
        s(&["Hankkeen nimi", "Alkaa", "Budjetti (€)", "Osuus", "Vuosi"])
    );
    assert_eq!(
        sheet.rows,
        vec![
            s(&["Hämeen kasvu", "2025-03-01", "1250000", "85000.5", "2025"]),
            s(&["Toinen", "", "", "", ""])
        ]
    );
    assert_eq!(sheet.row_numbers, vec![3, 5]);
}

#[test]
fn not_an_xlsx() {
    assert_eq!(read_xlsx(b"Nimi;Tila\n"), Err(TransferError::Unreadable));
    assert_eq!(read_xlsx(b""), Err(TransferError::Unreadable));
}

#[test]
fn sheet_new_normalises() {
    let sheet = Sheet::new(
        s(&["Nimi", "Tila", ""]),
        vec![s(&[" A "]), s(&["", " "]), s(&["B", "x", "y"])],
    );
    assert_eq!(sheet.headers, s(&["Nimi", "Tila"]));
    assert_eq!(sheet.rows, vec![s(&["A", ""]), s(&["B", "x"])]);
    assert_eq!(sheet.row_numbers, vec![2, 4]);
}

#[test]
fn numbers_as_excel_shows_them() {
    assert_eq!(number_text(1_250_000.0), "1250000");
    assert_eq!(number_text(-5.0), "-5");
    assert_eq!(number_text(85_000.5), "85000.5");
    assert_eq!(number_text(0.1 + 0.2), "0.3");
    assert_eq!(number_text(1234.56), "1234.56");
    assert_eq!(number_text(1e20), "100000000000000000000");
}
