//! The front page: the organisation's portfolios.

use crate::api::list_portfolios;
use crate::components::error::ErrorMessage;
use crate::i18n::use_texts;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    let t = use_texts();
    let portfolios = Resource::new(|| (), |_| list_portfolios());
    view! {
        <Title text=t.home_title />
        <h1>{t.home_title}</h1>
        <p class="lead">{t.home_intro}</p>
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match portfolios.await {
                    Ok(list) if list.is_empty() => view! { <p>{t.no_portfolios}</p> }.into_any(),
                    Ok(list) => {
                        let (archived, active): (Vec<_>, Vec<_>) =
                            list.into_iter().partition(|s| s.portfolio.archived);
                        let cards = |list: Vec<crate::model::PortfolioSummary>| {
                            view! {
                                <ul class="card-list">
                                    {list
                                        .into_iter()
                                        .map(|s| {
                                            let href = format!("/portfolio/{}", s.portfolio.id);
                                            view! {
                                                <li class="card">
                                                    <h2>
                                                        <a href=href>{s.portfolio.name.clone()}</a>
                                                    </h2>
                                                    <p>{s.portfolio.description.clone()}</p>
                                                    <p class="meta">{(t.projects_count)(s.project_count)}</p>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                        };
                        view! {
                            {cards(active)}
                            {(!archived.is_empty()).then(|| view! {
                                <h2>{t.editing.archived_heading}</h2>
                                {cards(archived)}
                            })}
                        }
                            .into_any()
                    }
                    Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
