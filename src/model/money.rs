//! Euro amounts as whole cents, parsed the way Finns write them ("1 250 000", "85 000,50 €").

/// The largest budget accepted: a hundred billion euros, far above any municipal project.
const MAX_CENTS: i64 = 100_000_000_000 * 100;

/// Why an amount could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    Invalid,
    Negative,
    TooLarge,
}

/// Parses an amount in euros into cents. Accepts spaces (also non-breaking) and dots or
/// apostrophes as thousands separators, a comma or a dot before at most two decimals, and a
/// trailing `€` or `EUR`.
pub fn parse_euros(input: &str) -> Result<i64, AmountError> {
    let mut s: String = input
        .trim()
        .trim_end_matches("EUR")
        .trim_end_matches('€')
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    if let Some(rest) = s.strip_prefix('-') {
        return if parse_euros(rest).is_ok() {
            Err(AmountError::Negative)
        } else {
            Err(AmountError::Invalid)
        };
    }
    // A comma is always the decimal separator; a dot is one only if 1–2 digits follow it
    // and it is the only dot ("1.250.000" is thousands, "1250.50" is decimals).
    if !s.contains(',') && s.matches('.').count() == 1 {
        let decimals = s.len() - s.find('.').unwrap_or(0) - 1;
        if (1..=2).contains(&decimals) {
            s = s.replace('.', ",");
        }
    }
    let s = s.replace('.', "");
    let (whole, frac) = match s.split_once(',') {
        Some((w, f)) => (w, f),
        None => (s.as_str(), ""),
    };
    let digits = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit());
    if !digits(whole) || !(frac.is_empty() || (frac.len() <= 2 && digits(frac))) {
        return Err(AmountError::Invalid);
    }
    if whole.len() > 15 {
        return Err(AmountError::TooLarge);
    }
    let whole: i64 = whole.parse().map_err(|_| AmountError::Invalid)?;
    let cents: i64 = match frac.len() {
        0 => 0,
        1 => frac.parse::<i64>().map_err(|_| AmountError::Invalid)? * 10,
        _ => frac.parse().map_err(|_| AmountError::Invalid)?,
    };
    let total = whole
        .checked_mul(100)
        .and_then(|w| w.checked_add(cents))
        .ok_or(AmountError::TooLarge)?;
    if total > MAX_CENTS {
        return Err(AmountError::TooLarge);
    }
    Ok(total)
}

/// Formats cents the Finnish way: `1 250 000 €`, `85 000,50 €`. The space is a no-break space.
pub fn format_euros(cents: i64) -> String {
    let whole = (cents / 100).abs();
    let frac = (cents % 100).abs();
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push('\u{a0}');
        }
        grouped.push(c);
    }
    let sign = if cents < 0 { "-" } else { "" };
    if frac == 0 {
        format!("{sign}{grouped}\u{a0}€")
    } else {
        format!("{sign}{grouped},{frac:02}\u{a0}€")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_amounts() {
        assert_eq!(parse_euros("1 250 000"), Ok(125_000_000));
        assert_eq!(parse_euros("85 000,50"), Ok(8_500_050));
        assert_eq!(parse_euros("85\u{a0}000,5 €"), Ok(8_500_050));
        assert_eq!(parse_euros("1.250.000"), Ok(125_000_000));
        assert_eq!(parse_euros("1250.50"), Ok(125_050));
        assert_eq!(parse_euros("40000 EUR"), Ok(4_000_000));
        assert_eq!(parse_euros("0"), Ok(0));
    }

    #[test]
    fn bad_amounts() {
        assert_eq!(parse_euros(""), Err(AmountError::Invalid));
        assert_eq!(parse_euros("paljon"), Err(AmountError::Invalid));
        assert_eq!(parse_euros("12,345"), Err(AmountError::Invalid));
        assert_eq!(parse_euros("1,2,3"), Err(AmountError::Invalid));
        assert_eq!(parse_euros("-500"), Err(AmountError::Negative));
        assert_eq!(parse_euros("9999999999999999"), Err(AmountError::TooLarge));
        assert_eq!(parse_euros("100000000001"), Err(AmountError::TooLarge));
    }

    #[test]
    fn formatting_round_trips() {
        assert_eq!(format_euros(125_000_000), "1\u{a0}250\u{a0}000\u{a0}€");
        assert_eq!(format_euros(8_500_050), "85\u{a0}000,50\u{a0}€");
        assert_eq!(format_euros(99), "0,99\u{a0}€");
        for cents in [0, 5, 100, 123_456_789, 8_500_050] {
            assert_eq!(parse_euros(&format_euros(cents)), Ok(cents));
        }
    }
}
