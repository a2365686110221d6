//! Import and export: downloads in every format people use, the upload of a spreadsheet,
//! and the column mapping with a preview that names every problem by row and column before
//! anything is written.

use super::portfolio_param;
use crate::api::{get_portfolio, preview_import, ImportPreview, RunImport};
use crate::components::error::ErrorMessage;
use crate::components::refusal::{PortfolioNav, Refusal};
use crate::error::AppError;
use crate::i18n::{use_texts, Texts};
use crate::model::PortfolioId;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn ImportPage() -> impl IntoView {
    let t = use_texts();
    let x = t.transfer;
    let id = portfolio_param();
    let query = use_query_map();
    let error = move || query.read().get("error").map(|c| x.upload_error(&c));
    // The portfolio is read first, so another organisation's ID is a 404 like everywhere.
    let data = Resource::new(
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => get_portfolio(id).await.map(|v| v.portfolio),
                None => Err(AppError::NotFound),
            }
        },
    );
    let body = move |p: crate::model::Portfolio| {
        let portfolio = p.id;
        let action = format!("/portfolio/{portfolio}/import");
        view! {
            <Title text=x.title />
            <PortfolioNav portfolio current="/import" />
            <h1>{x.title}</h1>
            <p class="lead">{x.intro}</p>
            <section aria-labelledby="import-h">
                <h2 id="import-h">{x.import_heading}</h2>
                <p>{x.import_intro}</p>
                <p class="form-error" role="alert" hidden=move || error().is_none()>{error}</p>
                <form class="form-inline" method="post" enctype="multipart/form-data" action=action>
                    <div class="field">
                        <label for="import-file">{x.file_label}</label>
                        <p class="hint" id="import-file-hint">{x.file_hint}</p>
                        <input id="import-file" type="file" name="file" required
                            accept=".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                            aria-describedby="import-file-hint" />
                    </div>
                    <button type="submit" class="button primary">{x.upload}</button>
                </form>
            </section>
            <section aria-labelledby="export-h">
                <h2 id="export-h">{x.export_heading}</h2>
                <ul class="link-list">
                    {x.downloads.iter().map(|(file, label)| {
                        let href = format!("/portfolio/{portfolio}/export/{file}");
                        view! { <li><a href=href download=*file rel="external">{*label}</a></li> }
                    }).collect_view()}
                </ul>
            </section>
        }
    };
    view! {
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(p) => body(p).into_any(),
                    Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn ImportPreviewPage() -> impl IntoView {
    let t = use_texts();
    let portfolio = portfolio_param();
    let params = use_params_map();
    let upload = Memo::new(move |_| {
        params
            .read()
            .get("upload")
            .and_then(|s| s.parse::<i64>().ok())
    });
    let query = use_query_map();
    let mapping = Memo::new(move |_| {
        let q = query.read();
        (0..200)
            .map_while(|i| q.get(&format!("m{i}")))
            .collect::<Vec<String>>()
    });
    let data = Resource::new(
        move || (portfolio.get(), upload.get(), mapping.get()),
        |(pf, up, mapping)| async move {
            match (pf, up) {
                (Some(pf), Some(up)) => preview_import(pf, up, mapping).await.map(|p| (pf, p)),
                _ => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Title text=t.transfer.title />
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((portfolio, p)) => view! { <PreviewBody portfolio p t /> }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn PreviewBody(portfolio: PortfolioId, p: ImportPreview, t: &'static Texts) -> impl IntoView {
    let x = t.transfer;
    let run = ServerAction::<RunImport>::new();
    let error = Signal::derive(move || run.value().get().and_then(Result::err));
    let here = format!("/portfolio/{portfolio}/import/{}", p.upload);
    let targets: Vec<String> = p.columns.iter().map(|c| c.target.clone()).collect();
    let n = p.creates.len() + p.updates.len();
    let mapping_form = view! {
        <form method="get" action=here class="no-print">
            <div class="table-wrap" role="region" aria-labelledby="mapping-h" tabindex="0">
                <table>
                    <caption class="visually-hidden">{x.mapping_heading}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{x.col_column}</th>
                            <th scope="col">{x.col_samples}</th>
                            <th scope="col">{x.col_target}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {p.columns.iter().enumerate().map(|(i, c)| {
                            let id = format!("m{i}");
                            let current = c.target.clone();
                            view! {
                                <tr>
                                    <th scope="row"><label for=id.clone()>{c.header.clone()}</label></th>
                                    <td>{c.samples.join(" · ")}</td>
                                    <td>
                                        <select id=id.clone() name=id>
                                            {x.targets.iter().map(|(code, label)| view! {
                                                <option value=*code selected=*code == current>{*label}</option>
                                            }).collect_view()}
                                        </select>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <button type="submit" class="button">{x.update_preview}</button>
        </form>
    };
    let outcome = if !p.problems.is_empty() {
        view! {
            <p class="form-error" role="alert">{(x.problems_heading)(p.problems.len())}</p>
            <div class="table-wrap" role="region" aria-label=x.problems_caption tabindex="0">
                <table class="problems">
                    <caption class="visually-hidden">{x.problems_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="num">{x.col_row}</th>
                            <th scope="col">{x.col_column}</th>
                            <th scope="col">{x.col_problem}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {p.problems.iter().map(|pr| view! {
                            <tr>
                                <td class="num">{pr.row}</td>
                                <td>{pr.header.clone().unwrap_or_default()}</td>
                                <td>{x.problem(&pr.code, pr.max)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    } else {
        let list = |items: &[String]| {
            (!items.is_empty()).then(|| {
                let items = items.to_vec();
                view! { <ul class="tags">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }
            })
        };
        view! {
            <ul class="plain" role="status">
                <li>{(x.will_create)(p.creates.len())}</li>
                <li>{(x.will_update)(p.updates.len())}</li>
                <li>{(x.unchanged)(p.unchanged)}</li>
                <li>{(x.new_actors)(p.new_actors.len())} {list(&p.new_actors)}</li>
                <li>{(x.new_themes)(p.new_themes.len())} {list(&p.new_themes)}</li>
            </ul>
            {if n == 0 {
                view! { <p>{x.nothing_to_import}</p> }.into_any()
            } else {
                view! {
                    <ActionForm action=run attr:class="actions">
                        <input type="hidden" name="portfolio_id" value=portfolio.0 />
                        <input type="hidden" name="upload_id" value=p.upload />
                        {targets.iter().enumerate().map(|(i, code)| view! {
                            <input type="hidden" name=format!("mapping[{i}]") value=code.clone() />
                        }).collect_view()}
                        <button type="submit" class="button primary" aria-busy=move || run.pending().get().then_some("true")>
                            {move || if run.pending().get() { x.running.to_string() } else { (x.run)(n) }}
                        </button>
                    </ActionForm>
                }.into_any()
            }}
        }
        .into_any()
    };
    view! {
        <PortfolioNav portfolio current="/import" />
        <p class="no-print"><a href=format!("/portfolio/{portfolio}/import")>{x.back}</a></p>
        <h1>{x.title}</h1>
        <p class="meta">{(x.file_rows)(&p.file_name, p.rows)}</p>
        <h2 id="mapping-h">{x.mapping_heading}</h2>
        <p>{x.mapping_intro}</p>
        {mapping_form}
        <section aria-labelledby="preview-h">
            <h2 id="preview-h">{x.preview_heading}</h2>
            <Refusal error />
            {outcome}
        </section>
    }
}
