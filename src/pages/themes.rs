//! The portfolio's themes: add, rename, and delete behind a confirmation that says how many
//! projects lose the theme.

use super::portfolio_param;
use crate::api::{list_themes, CreateTheme, DeleteTheme, RenameTheme};
use crate::components::error::ErrorMessage;
use crate::components::refusal::{PortfolioNav, Refusal};
use crate::error::AppError;
use crate::i18n::{use_texts, Texts};
use crate::model::{PortfolioId, ThemeSummary};
use crate::reload_on_success;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[derive(Clone, Copy)]
struct Actions {
    create: ServerAction<CreateTheme>,
    rename: ServerAction<RenameTheme>,
    delete: ServerAction<DeleteTheme>,
}

#[component]
pub fn ThemesPage() -> impl IntoView {
    let t = use_texts();
    let id = portfolio_param();
    let acts = Actions {
        create: ServerAction::new(),
        rename: ServerAction::new(),
        delete: ServerAction::new(),
    };
    let saved = RwSignal::new(0u32);
    reload_on_success!(saved, acts.create, acts.rename, acts.delete);
    let data = Resource::new(
        move || (id.get(), saved.get()),
        |(id, _)| async move {
            match id {
                Some(id) => list_themes(id).await.map(|l| (id, l)),
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Title text=t.editing.themes_title />
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((portfolio, themes)) => view! { <ThemesBody portfolio themes acts t /> }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ThemesBody(
    portfolio: PortfolioId,
    themes: Vec<ThemeSummary>,
    acts: Actions,
    t: &'static Texts,
) -> impl IntoView {
    let e = t.editing;
    let query = use_query_map();
    let base = format!("/portfolio/{portfolio}/themes");
    let error = Signal::derive(move || {
        acts.create
            .value()
            .get()
            .and_then(Result::err)
            .or_else(|| acts.rename.value().get().and_then(Result::err))
            .or_else(|| acts.delete.value().get().and_then(Result::err))
    });
    let confirm = {
        let themes = themes.clone();
        move || {
            let id: i64 = query.read().get("delete")?.parse().ok()?;
            themes.iter().find(|s| s.theme.id.0 == id).cloned()
        }
    };
    let cancel = StoredValue::new(base.clone());
    view! {
        <PortfolioNav portfolio current="/themes" />
        <h1>{e.themes_title}</h1>
        <p class="lead">{e.themes_intro}</p>
        <Refusal error />
        {move || confirm().map(|s| view! {
            <section class="confirm-box" role="alertdialog" aria-labelledby="confirm-h" aria-describedby="confirm-text">
                <h2 id="confirm-h">{e.delete_theme}</h2>
                <p id="confirm-text">{(e.confirm_delete_theme)(&s.theme.name, s.projects)}</p>
                <ActionForm action=acts.delete attr:class="actions">
                    <input type="hidden" name="portfolio_id" value=portfolio.0 />
                    <input type="hidden" name="theme_id" value=s.theme.id.0 />
                    <button type="submit" class="button danger">{e.confirm_delete}</button>
                    <a class="button" href=cancel.get_value()>{t.cancel}</a>
                </ActionForm>
            </section>
        })}
        <div class="table-wrap" role="region" aria-label=e.themes_list_caption tabindex="0">
            <table>
                <caption class="visually-hidden">{e.themes_list_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_theme}</th>
                        <th scope="col" class="num">{t.col_projects}</th>
                        <th scope="col" class="no-print">{e.rename}</th>
                        <th scope="col" class="no-print">{e.delete}</th>
                    </tr>
                </thead>
                <tbody>
                    {themes.into_iter().map(|s| {
                        let input_id = format!("rename-{}", s.theme.id);
                        let filter_href = format!("/portfolio/{portfolio}?theme={}", s.theme.id);
                        let delete_href = format!("{base}?delete={}", s.theme.id);
                        let rename_label = (e.rename_label)(&s.theme.name);
                        let delete_label = format!("{} {}", e.delete, s.theme.name);
                        view! {
                            <tr>
                                <th scope="row"><a href=filter_href>{s.theme.name.clone()}</a></th>
                                <td class="num">{s.projects}</td>
                                <td class="no-print">
                                    <ActionForm action=acts.rename attr:class="inline-form">
                                        <input type="hidden" name="portfolio_id" value=portfolio.0 />
                                        <input type="hidden" name="theme_id" value=s.theme.id.0 />
                                        <label for=input_id.clone() class="visually-hidden">{rename_label}</label>
                                        <input id=input_id type="text" name="name" value=s.theme.name.clone() />
                                        <button type="submit" class="button">{e.rename}</button>
                                    </ActionForm>
                                </td>
                                <td class="no-print">
                                    <a href=delete_href aria-label=delete_label>{e.delete}</a>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <ActionForm action=acts.create attr:class="form-inline no-print" attr:aria-label=e.add_theme>
            <input type="hidden" name="portfolio_id" value=portfolio.0 />
            <div class="field">
                <label for="f-theme-name">{e.theme_name}</label>
                <input id="f-theme-name" type="text" name="name" />
            </div>
            <button type="submit" class="button primary">{e.add_theme}</button>
        </ActionForm>
    }
}
