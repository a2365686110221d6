//! Which language a request wants: the language cookie first (set by the switcher), then the
//! browser's `Accept-Language`, then Finnish.

use super::Locale;

/// Name of the cookie that remembers the chosen language for a year.
pub const LANG_COOKIE: &str = "hk_lang";

/// Picks the language from a `Cookie` header value and an `Accept-Language` header value.
pub fn negotiate(cookie_header: Option<&str>, accept_language: Option<&str>) -> Locale {
    let from_cookie = cookie_header.and_then(|c| {
        c.split(';').find_map(|pair| {
            let (k, v) = pair.trim().split_once('=')?;
            (k == LANG_COOKIE).then(|| Locale::from_code(v)).flatten()
        })
    });
    from_cookie
        .or_else(|| accept_language.and_then(best_accepted))
        .unwrap_or_default()
}

/// The supported language with the highest q-value in an `Accept-Language` list.
fn best_accepted(header: &str) -> Option<Locale> {
    let mut best: Option<(f32, Locale)> = None;
    for item in header.split(',') {
        let mut parts = item.split(';');
        let Some(locale) = parts.next().and_then(Locale::from_code) else {
            continue;
        };
        let q = parts
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if q > 0.0 && best.is_none_or(|(bq, _)| q > bq) {
            best = Some((q, locale));
        }
    }
    best.map(|(_, l)| l)
}

/// The language of the page being rendered: from the request on the server, from
/// `<html lang>` (which the server wrote) in the browser, so hydration sees the same texts.
pub fn request_locale() -> Locale {
    current::request_locale()
}

#[cfg(feature = "ssr")]
mod current {
    use super::{negotiate, Locale};
    use http::header::{HeaderName, ACCEPT_LANGUAGE, COOKIE};

    pub fn request_locale() -> Locale {
        let parts = leptos::prelude::use_context::<http::request::Parts>();
        let header = |name: HeaderName| {
            parts
                .as_ref()
                .and_then(|p| p.headers.get(name))
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        negotiate(
            header(COOKIE).as_deref(),
            header(ACCEPT_LANGUAGE).as_deref(),
        )
    }
}

#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
mod current {
    use super::Locale;

    pub fn request_locale() -> Locale {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|l| Locale::from_code(&l))
            .unwrap_or_default()
    }
}

#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
mod current {
    pub fn request_locale() -> super::Locale {
        super::Locale::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_wins_over_browser() {
        assert_eq!(negotiate(Some("a=1; hk_lang=en"), Some("fi")), Locale::En);
        assert_eq!(
            negotiate(Some("hk_lang=xx"), Some("en-GB,en;q=0.9")),
            Locale::En
        );
    }

    #[test]
    fn browser_preference_by_quality() {
        assert_eq!(
            negotiate(None, Some("sv-FI, en;q=0.8, fi;q=0.9")),
            Locale::Fi
        );
        assert_eq!(negotiate(None, Some("de, en;q=0.5")), Locale::En);
        assert_eq!(negotiate(None, Some("en;q=0, fi;q=0.1")), Locale::Fi);
    }

    #[test]
    fn finnish_by_default() {
        assert_eq!(negotiate(None, None), Locale::Fi);
        assert_eq!(negotiate(Some(""), Some("de, ja")), Locale::Fi);
    }
}
