//! The privacy notice (tietosuojaseloste): what personal data the service processes, why,
//! how long, and the rights of the people concerned. Readable without signing in.

use crate::i18n::use_texts;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let a = use_texts().account;
    view! {
        <Title text=a.privacy_title />
        <article class="prose">
            <h1>{a.privacy_title}</h1>
            <p class="lead">{a.privacy_intro}</p>
            {a
                .privacy_sections
                .iter()
                .map(|(heading, body)| {
                    view! {
                        <section>
                            <h2>{*heading}</h2>
                            {body.split("\n\n").map(|p| view! { <p>{p}</p> }).collect_view()}
                        </section>
                    }
                })
                .collect_view()}
        </article>
    }
}
