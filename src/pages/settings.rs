//! A portfolio's settings: its name and description, a theme-scoped portfolio made from it,
//! and archiving.

use super::portfolio_param;
use crate::api::{
    get_portfolio, CreateScopedPortfolio, PortfolioView, SetPortfolioArchived, UpdatePortfolio,
};
use crate::components::error::ErrorMessage;
use crate::components::refusal::{PortfolioNav, Refusal};
use crate::error::AppError;
use crate::i18n::{use_texts, Texts};
use crate::reload_on_success;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

#[derive(Clone, Copy)]
struct Actions {
    rename: ServerAction<UpdatePortfolio>,
    archive: ServerAction<SetPortfolioArchived>,
    scoped: ServerAction<CreateScopedPortfolio>,
}

#[component]
pub fn SettingsPage() -> impl IntoView {
    let t = use_texts();
    let id = portfolio_param();
    let acts = Actions {
        rename: ServerAction::new(),
        archive: ServerAction::new(),
        scoped: ServerAction::new(),
    };
    let saved = RwSignal::new(0u32);
    reload_on_success!(saved, acts.rename, acts.archive);
    let data = Resource::new(
        move || (id.get(), saved.get()),
        |(id, _)| async move {
            match id {
                Some(id) => get_portfolio(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Title text=t.editing.settings_title />
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(v) => view! { <SettingsBody v acts t /> }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn SettingsBody(v: PortfolioView, acts: Actions, t: &'static Texts) -> impl IntoView {
    let e = t.editing;
    let p = v.portfolio;
    let id = p.id;
    let rename_error = Signal::derive(move || acts.rename.value().get().and_then(Result::err));
    let archive_error = Signal::derive(move || acts.archive.value().get().and_then(Result::err));
    let scoped_error = Signal::derive(move || acts.scoped.value().get().and_then(|r| r.err()));
    view! {
        <PortfolioNav portfolio=id current="/settings" />
        <h1>{e.settings_title} ": " {p.name.clone()}</h1>
        {p.archived.then(|| view! { <p class="notice" role="status">{e.archived_banner}</p> })}
        <section aria-labelledby="rename-h">
            <h2 id="rename-h">{e.rename_heading}</h2>
            <ActionForm action=acts.rename attr:class="form">
                <input type="hidden" name="portfolio_id" value=id.0 />
                <div class="field">
                    <label for="pf-name">{e.portfolio_name}</label>
                    <input id="pf-name" type="text" name="name" value=p.name.clone() />
                </div>
                <div class="field">
                    <label for="pf-description">{e.portfolio_description}</label>
                    <textarea id="pf-description" name="description" rows="3">{p.description.clone()}</textarea>
                </div>
                <Refusal error=rename_error />
                <button type="submit" class="button primary">{t.save}</button>
            </ActionForm>
        </section>
        <section aria-labelledby="scoped-h">
            <h2 id="scoped-h">{e.scoped_heading}</h2>
            <p>{e.scoped_intro}</p>
            <ActionForm action=acts.scoped attr:class="form">
                <input type="hidden" name="portfolio_id" value=id.0 />
                <div class="field">
                    <label for="scoped-name">{e.scoped_name}</label>
                    <input id="scoped-name" type="text" name="name" />
                </div>
                <fieldset class="checkbox-grid">
                    <legend>{t.col_themes}</legend>
                    {v.themes.into_iter().map(|th| {
                        let input = format!("scoped-theme-{}", th.id);
                        view! {
                            <div class="checkbox">
                                <input type="checkbox" id=input.clone() name=format!("themes[{}]", th.id) value="on" />
                                <label for=input>{th.name}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <Refusal error=scoped_error />
                <button type="submit" class="button">{e.create_scoped}</button>
            </ActionForm>
        </section>
        <section aria-labelledby="archive-h">
            <h2 id="archive-h">{e.archive_heading}</h2>
            <p>{e.archive_intro}</p>
            <ActionForm action=acts.archive>
                <input type="hidden" name="portfolio_id" value=id.0 />
                <input type="hidden" name="archived" value=(!p.archived).to_string() />
                <button type="submit" class=if p.archived { "button" } else { "button danger" }>
                    {if p.archived { e.unarchive } else { e.archive }}
                </button>
            </ActionForm>
            <Refusal error=archive_error />
        </section>
    }
}
