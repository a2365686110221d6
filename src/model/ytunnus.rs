//! The Finnish business ID (Y-tunnus): seven digits, a hyphen and a mod-11 check digit.

use serde::{Deserialize, Serialize};

/// A Y-tunnus whose check digit has been verified. Always stored as `1234567-8`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct BusinessId(String);

const WEIGHTS: [u32; 7] = [7, 9, 10, 5, 8, 4, 2];

impl BusinessId {
    /// Accepts `1234567-8`, and the old six-digit form `123456-8` (a leading zero is added).
    pub fn parse(input: &str) -> Option<Self> {
        let s = input.trim();
        let (body, check) = s.split_once('-')?;
        let body = match body.len() {
            7 => body.to_string(),
            6 => format!("0{body}"),
            _ => return None,
        };
        if check.len() != 1 || !body.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let check = check.chars().next()?.to_digit(10)?;
        let sum: u32 = body
            .bytes()
            .zip(WEIGHTS)
            .map(|(b, w)| u32::from(b - b'0') * w)
            .sum();
        let expected = match sum % 11 {
            0 => 0,
            1 => return None, // no valid ID has remainder 1
            r => 11 - r,
        };
        (check == expected).then(|| Self(format!("{body}-{check}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for BusinessId {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Self::parse(&s).ok_or_else(|| format!("invalid business ID: {s}"))
    }
}

impl From<BusinessId> for String {
    fn from(b: BusinessId) -> String {
        b.0
    }
}

impl std::fmt::Display for BusinessId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_ids() {
        // Published IDs: Nokia Oyj, Kela, and one with remainder 0 (check digit 0).
        assert_eq!(
            BusinessId::parse("0112038-9").unwrap().as_str(),
            "0112038-9"
        );
        assert!(BusinessId::parse("0246246-0").is_some());
        assert_eq!(
            BusinessId::parse(" 112038-9 ").unwrap().as_str(),
            "0112038-9"
        );
    }

    #[test]
    fn invalid_ids() {
        assert!(
            BusinessId::parse("0112038-8").is_none(),
            "wrong check digit"
        );
        assert!(BusinessId::parse("01120389").is_none(), "no hyphen");
        assert!(BusinessId::parse("0112a38-9").is_none());
        assert!(BusinessId::parse("12345678-9").is_none());
        assert!(BusinessId::parse("0112038-").is_none());
        assert!(BusinessId::parse("").is_none());
        // 1234567: 7+18+30+20+40+24+14 = 153 ≡ 10 (mod 11) → check digit 1.
        assert!(BusinessId::parse("1234567-1").is_some());
        // 0000001: 2 ≡ 2 → 9; 0000005: 10 → 1; 0000006: 12 ≡ 1 → never valid.
        assert!(BusinessId::parse("0000001-9").is_some());
        assert!((0..=9).all(|d| BusinessId::parse(&format!("0000006-{d}")).is_none()));
    }

    #[test]
    fn serde_rejects_bad_ids() {
        assert!(serde_json::from_str::<BusinessId>("\"0112038-9\"").is_ok());
        assert!(serde_json::from_str::<BusinessId>("\"0112038-1\"").is_err());
    }
}
