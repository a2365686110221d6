//! Cell values as Finnish spreadsheets hold them: dates (`1.3.2025`, `2025-03-01`, Excel
//! serial days), amounts (`1 250 000 €`, `85 000,50`, `1.250.000`), list cells
//! (`EAKR; kunta`) and Y-tunnus. Self-contained equivalents of the parsers in
//! `crate::model`, so this module depends on nothing else in the crate.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// Dates outside these years are typing mistakes, not project dates.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// Parses `d.m.yyyy`, `dd.mm.yyyy` or `yyyy-mm-dd`. Two-digit years (`1.3.25`) are
/// refused: they are ambiguous across centuries.
pub fn parse_fi_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let digits = |t: &str, lens: std::ops::RangeInclusive<usize>| {
        lens.contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
    };
    let (y, m, d) = if let [d, m, y] = s.split('.').collect::<Vec<_>>()[..] {
        (digits(d, 1..=2) && digits(m, 1..=2) && digits(y, 4..=4)).then_some((y, m, d))?
    } else if let [y, m, d] = s.split('-').collect::<Vec<_>>()[..] {
        (digits(y, 4..=4) && digits(m, 2..=2) && digits(d, 2..=2)).then_some((y, m, d))?
    } else {
        return None;
    };
    let date = NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
    YEARS.contains(&date.year()).then_some(date)
}

/// The date of an Excel serial day number in the 1900 date system (`45658` is
/// 2025-01-01). The time of day is dropped. Serial 60 is Excel's phantom 29 February
/// 1900 and gives `None`, as does anything before 1900 or after 2200.
pub fn excel_serial_date(serial: f64) -> Option<NaiveDate> {
    if !serial.is_finite() || serial < 1.0 {
        return None;
    }
    let days = serial.floor() as i64;
    // Excel counts 1900 as a leap year: serials after 60 are one day ahead.
    let (epoch, days) = match days {
        60 => return None,
        d if d < 60 => (NaiveDate::from_ymd_opt(1899, 12, 31)?, d),
        d => (NaiveDate::from_ymd_opt(1899, 12, 30)?, d),
    };
    let date = epoch.checked_add_days(chrono::Days::new(u64::try_from(days).ok()?))?;
    YEARS.contains(&date.year()).then_some(date)
}

/// A cell of a column mapped to a date: a Finnish or ISO date, or a five-digit Excel
/// serial day (what a date cell without date formatting shows). Shorter numbers are
/// refused, so a bare year like `2025` is never read as a day in 1905.
pub fn parse_date_cell(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    parse_fi_date(s).or_else(|| {
        let whole = s.strip_suffix(".0").unwrap_or(s);
        (whole.len() == 5 && whole.bytes().all(|b| b.is_ascii_digit()))
            .then(|| excel_serial_date(whole.parse().ok()?))
            .flatten()
    })
}

/// Why an amount did not parse.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberError {
    /// Not an amount, or ambiguous (`85,000`: three decimals or a thousands comma?).
    Invalid,
    /// More than 13 digits of euros.
    TooLarge,
}

/// Parses an amount in euros into whole cents. Accepts `1 250 000`, `1 250 000 €`,
/// `85 000,50`, `85000.50`, `1.250.000`, `1.250.000,50` and `1,250.50`; spaces may be
/// ordinary, no-break (U+00A0), narrow no-break (U+202F) or thin (U+2009). Thousands
/// groups must be exactly three digits, decimals one or two. A lone dot followed by
/// three digits is a thousands dot (`1.250` is 1250 €); a lone comma followed by three
/// digits is refused as ambiguous. A leading minus gives negative cents.
pub fn parse_fi_number(s: &str) -> Result<i64, NumberError> {
    let mut t = s.trim();
    for unit in ["€", "EUR", "eur", "e"] {
        t = t
            .strip_suffix(unit)
            .or_else(|| t.strip_prefix(unit))
            .unwrap_or(t)
            .trim();
    }
    let (negative, t) = match t.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, t),
    };
    let t: String = t
        .chars()
        .map(|c| {
            if matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}') {
                ' '
            } else {
                c
            }
        })
        .collect();
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | ',' | '.'))
    {
        return Err(NumberError::Invalid);
    }
    let (commas, dots) = (t.matches(',').count(), t.matches('.').count());
    let after = |c: char| t.rsplit(c).next().map_or(0, str::len);
    let decimal = match (commas, dots) {
        (0, 0) => None,
        (_, 0) if commas == 1 && after(',') == 3 => return Err(NumberError::Invalid),
        (1, 0) => Some(','),
        (0, 1) if (1..=2).contains(&after('.')) => Some('.'),
        (0, _) | (_, 0) => None,
        _ => Some(if t.rfind(',') > t.rfind('.') {
            ','
        } else {
            '.'
        }),
    };
    let (whole, frac) = match decimal {
        Some(c) => t.rsplit_once(c).ok_or(NumberError::Invalid)?,
        None => (t.as_str(), ""),
    };
    if !(frac.is_empty() && decimal.is_none()
        || (1..=2).contains(&frac.len()) && frac.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(NumberError::Invalid);
    }
    let whole = ungroup(whole).ok_or(NumberError::Invalid)?;
    if whole.len() > 13 {
        return Err(NumberError::TooLarge);
    }
    let euros: i64 = whole.parse().map_err(|_| NumberError::Invalid)?;
    let cents: i64 = format!("{frac:0<2}")
        .parse()
        .map_err(|_| NumberError::Invalid)?;
    let total = euros * 100 + cents;
    Ok(if negative { -total } else { total })
}

/// Removes one kind of thousands separator, checking the groups: the first 1–3 digits,
/// every later one exactly 3.
fn ungroup(whole: &str) -> Option<String> {
    let sep = whole.chars().find(|c| !c.is_ascii_digit());
    let groups: Vec<&str> = match sep {
        Some(c) => whole.split(c).collect(),
        None => vec![whole],
    };
    let ok = groups.iter().enumerate().all(|(i, g)| {
        let len_ok = if i == 0 {
            (1..=3).contains(&g.len()) || sep.is_none()
        } else {
            g.len() == 3
        };
        len_ok && !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit())
    });
    ok.then(|| groups.concat())
}

/// Splits a list cell on semicolons and line breaks — never on commas, which company
/// names contain ("Oy Ab, Finland"). Items are trimmed; empty items and repeats that
/// differ only in case are dropped, keeping the first spelling.
pub fn split_cell(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in s
        .split([';', '\n', '\r'])
        .map(str::trim)
        .filter(|i| !i.is_empty())
    {
        if !out.iter().any(|o| o.to_lowercase() == item.to_lowercase()) {
            out.push(item.to_string());
        }
    }
    out
}

/// Parses a Y-tunnus (Finnish business ID) into its canonical form `1234567-8`,
/// checking the check digit. Spaces are ignored; an old six-digit form (`123456-7`)
/// gets its leading zero.
pub fn parse_business_id(s: &str) -> Option<String> {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let (body, check) = s.split_once('-')?;
    let body = if body.len() == 6 {
        format!("0{body}")
    } else {
        body.to_string()
    };
    if body.len() != 7
        || check.len() != 1
        || !(body.clone() + check).bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let sum: u32 = body
        .bytes()
        .zip([7, 9, 10, 5, 8, 4, 2])
        .map(|(b, w)| u32::from(b - b'0') * w)
        .sum();
    let expected = match sum % 11 {
        0 => 0,
        1 => return None,
        r => 11 - r,
    };
    (u32::from(check.as_bytes()[0] - b'0') == expected).then(|| format!("{body}-{check}"))
}

#[cfg(test)]
mod tests;
