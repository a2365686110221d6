//! The language switcher's form target: remembers the choice in a cookie for a year and
//! sends the browser back where it was. Works without JavaScript.

use crate::i18n::{Locale, LANG_COOKIE};
use axum::response::{IntoResponse, Redirect};
use axum::Form;
use http::header::SET_COOKIE;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct LangForm {
    lang: String,
    #[serde(default)]
    next: String,
}

pub async fn set_language(Form(form): Form<LangForm>) -> impl IntoResponse {
    let locale = Locale::from_code(&form.lang).unwrap_or_default();
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
        locale.code()
    );
    ([(SET_COOKIE, cookie)], Redirect::to(safe_next(&form.next)))
}

/// Only a path on this site is followed, never another host (`//evil.example`, `https:`).
pub fn safe_next(next: &str) -> &str {
    let local = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.chars().any(|c| c.is_control());
    if local {
        next
    } else {
        "/"
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn redirects_stay_on_site() {
        assert_eq!(safe_next("/portfolio/1"), "/portfolio/1");
        assert_eq!(safe_next("//evil.example/"), "/");
        assert_eq!(safe_next("/\\evil.example"), "/");
        assert_eq!(safe_next("https://evil.example/"), "/");
        assert_eq!(safe_next(""), "/");
        assert_eq!(safe_next("/a\r\nSet-Cookie: x"), "/");
    }
}
