//! The frame of every page: skip link, header with the language switcher, main, footer.

use crate::i18n::{use_locale, Locale};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let locale = use_locale();
    let t = locale.texts();
    view! {
        <a class="skip-link" href="#main">
            {t.skip_to_content}
        </a>
        <header class="site-header">
            <a class="brand" href="/">
                <span class="brand-name">{t.app_name}</span>
                <span class="brand-tagline">{t.tagline}</span>
            </a>
            <LanguageSwitcher current=locale />
        </header>
        <main id="main" tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <p>{t.footer_demo}</p>
        </footer>
    }
}

/// One button per other language. A plain form post, so it works before (and without)
/// the browser bundle; the server remembers the choice in a cookie.
#[component]
fn LanguageSwitcher(current: Locale) -> impl IntoView {
    let t = current.texts();
    let location = use_location();
    let next = move || {
        let search = location.search.get();
        if search.is_empty() {
            location.pathname.get()
        } else {
            format!("{}?{search}", location.pathname.get())
        }
    };
    view! {
        <form class="lang-switch" method="post" action="/lang" aria-label=t.change_language>
            <input type="hidden" name="next" prop:value=next value=next />
            {Locale::ALL
                .into_iter()
                .filter(|l| *l != current)
                .map(|l| {
                    view! {
                        <button type="submit" name="lang" value=l.code() lang=l.code()>
                            {l.texts().language_name}
                        </button>
                    }
                })
                .collect_view()}
        </form>
    }
}
