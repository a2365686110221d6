//! Tests of [`super`].

use super::*;

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn finnish_and_iso_dates() {
    assert_eq!(parse_fi_date("1.3.2025"), date(2025, 3, 1));
    assert_eq!(parse_fi_date(" 01.03.2025 "), date(2025, 3, 1));
    assert_eq!(parse_fi_date("31.12.2026"), date(2026, 12, 31));
    assert_eq!(parse_fi_date("2025-03-01"), date(2025, 3, 1));
    for bad in [
        "1.3.25",
        "31.2.2025",
        "2025-3-1",
        "1.3.2025.",
        "1/3/2025",
        "",
        "maaliskuu",
        "1.3.1800",
    ] {
        assert_eq!(parse_fi_date(bad), None, "{bad}");
    }
}

#[test]
fn excel_serial_days() {
    assert_eq!(excel_serial_date(45658.0), date(2025, 1, 1));
    assert_eq!(excel_serial_date(45658.75), date(2025, 1, 1));
    assert_eq!(excel_serial_date(1.0), date(1900, 1, 1));
    assert_eq!(excel_serial_date(59.0), date(1900, 2, 28));
    assert_eq!(excel_serial_date(60.0), None);
    assert_eq!(excel_serial_date(61.0), date(1900, 3, 1));
    assert_eq!(excel_serial_date(0.0), None);
    assert_eq!(excel_serial_date(f64::NAN), None);
    assert_eq!(parse_date_cell("45658"), date(2025, 1, 1));
    assert_eq!(parse_date_cell("2025"), None);
    assert_eq!(parse_date_cell("1.1.2025"), date(2025, 1, 1));
}

#[test]
fn finnish_amounts() {
    assert_eq!(parse_fi_number("1 250 000"), Ok(125_000_000));
    assert_eq!(parse_fi_number("1 250 000 €"), Ok(125_000_000));
    assert_eq!(
        parse_fi_number("1\u{a0}250\u{a0}000\u{a0}€"),
        Ok(125_000_000)
    );
    assert_eq!(parse_fi_number("1\u{202f}250\u{202f}000"), Ok(125_000_000));
    assert_eq!(parse_fi_number("85 000,50"), Ok(8_500_050));
    assert_eq!(parse_fi_number("85000.50"), Ok(8_500_050));
    assert_eq!(parse_fi_number("85000,5"), Ok(8_500_050));
    assert_eq!(parse_fi_number("1.250.000"), Ok(125_000_000));
    assert_eq!(parse_fi_number("1.250"), Ok(125_000));
    assert_eq!(parse_fi_number("1.250.000,50"), Ok(125_000_050));
    assert_eq!(parse_fi_number("1,250.50"), Ok(125_050));
    assert_eq!(parse_fi_number("1,250,000"), Ok(125_000_000));
    assert_eq!(parse_fi_number("€ 500"), Ok(50_000));
    assert_eq!(parse_fi_number("0"), Ok(0));
    assert_eq!(parse_fi_number("-1 250,50"), Ok(-125_050));
}

#[test]
fn bad_amounts() {
    for bad in [
        "",
        "abc",
        "12 50",
        "1.25.000",
        "85,000",
        "1,2,3",
        "85,",
        "1 250,505",
        "1..2",
        "1.2.3",
        "10 %",
        "1e6",
        "1 250 000,50,1",
        ",50",
        "1  250",
    ] {
        assert_eq!(parse_fi_number(bad), Err(NumberError::Invalid), "{bad:?}");
    }
    assert_eq!(
        parse_fi_number("99999999999999"),
        Err(NumberError::TooLarge)
    );
}

#[test]
fn list_cells_split_on_semicolons_and_lines_not_commas() {
    assert_eq!(
        split_cell("Hamk; Oy Ab, Finland\nHAMK\r\n ;  Kunta "),
        vec!["Hamk", "Oy Ab, Finland", "Kunta"]
    );
    assert!(split_cell(" ; \n").is_empty());
}

#[test]
fn business_ids_with_check_digit() {
    assert_eq!(parse_business_id("0201256-6").as_deref(), Some("0201256-6"));
    assert_eq!(
        parse_business_id(" 1572860-0 ").as_deref(),
        Some("1572860-0")
    );
    assert_eq!(parse_business_id("201256-6").as_deref(), Some("0201256-6"));
    for bad in [
        "0201256-5",
        "02012566",
        "abc",
        "",
        "0201256-66",
        "1234567-1x",
    ] {
        assert_eq!(parse_business_id(bad), None, "{bad}");
    }
}
