//! The frame of every page: skip link, header with the account menu and the language
//! switcher, main, footer.

use crate::api::{get_account, Logout};
use crate::i18n::{use_locale, Locale};
use leptos::form::ActionForm;
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
            <AccountMenu />
            <LanguageSwitcher current=locale />
        </header>
        <main id="main" tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <p>{t.footer_demo}</p>
            <p>
                <a href="/privacy">{t.account.privacy_title}</a>
            </p>
        </footer>
    }
}

/// Who is signed in and where, linking to their account, with a sign-out button; or a
/// sign-in link. The server renders it from the request's session at once (a value shared
/// with the client, not an awaited resource: a second suspense boundary beside the page's
/// made Leptos hang now and then); the browser asks again after each navigation, so signing
/// in or out shows without a reload.
#[component]
fn AccountMenu() -> impl IntoView {
    let a = use_locale().texts().account;
    let location = use_location();
    let initial = SharedValue::new(signed_in).into_inner();
    let fresh = LocalResource::new(move || {
        location.pathname.track();
        get_account()
    });
    let current = move || match fresh.get() {
        Some(Ok(acc)) => acc.map(|acc| (acc.name, acc.org.map(|(_, name, _)| name))),
        _ => initial.clone(),
    };
    let logout = ServerAction::<Logout>::new();
    view! {
        <nav class="account-nav" aria-label=a.account_nav>
            {move || match current() {
                Some((name, org)) => view! {
                    <a class="account-link" href="/account">
                        <span class="account-name">{name}</span>
                        {org.map(|o| view! { " " <span class="account-org">{o}</span> })}
                    </a>
                    <ActionForm action=logout>
                        <button type="submit" class="header-button">{a.sign_out}</button>
                    </ActionForm>
                }
                .into_any(),
                None => view! { <a class="account-link" href="/login">{a.sign_in}</a> }.into_any(),
            }}
        </nav>
    }
}

/// The signed-in person's name and organisation, from the request (server only).
fn signed_in() -> Option<(String, Option<String>)> {
    #[cfg(feature = "ssr")]
    {
        let (_, visitor) = crate::server::auth::visitor().ok()?;
        visitor.0.map(|id| (id.name, id.org_name))
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
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
