//! The action plan page: the agreed actions with their status, and a form to add one.
//! Status changes are plain form posts, so they work with or without the browser bundle.

use super::portfolio_param;
use crate::api::{list_actions, CreateAction};
use crate::components::error::ErrorMessage;
use crate::components::field::{field_errors, ErrorSummary, FormField, InputKind};
use crate::error::AppError;
use crate::i18n::{use_texts, Texts};
use crate::model::{Action, ActionInput, ActionStatus, Field, PortfolioId};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ActionsPage() -> impl IntoView {
    let t = use_texts();
    let id = portfolio_param();
    // Adding an action reloads the list (the form's redirect does so without JavaScript).
    // Only a saved action reloads it: a refused one keeps the form and what was typed.
    let create = ServerAction::<CreateAction>::new();
    let saved = RwSignal::new(0u32);
    Effect::new(move |_| {
        if let Some(Ok(_)) = create.value().get() {
            saved.update(|n| *n += 1);
        }
    });
    let data = Resource::new(
        move || (id.get(), saved.get()),
        |(id, _)| async move {
            match id {
                Some(id) => list_actions(id).await.map(|a| (id, a)),
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Title text=t.actions_title />
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((portfolio, actions)) => view! {
                        <p class="no-print">
                            <a href=format!("/portfolio/{portfolio}")>{t.back_to_portfolio}</a>
                        </p>
                        <h1>{t.actions_title}</h1>
                        <p class="lead">{t.actions_intro}</p>
                        {actions_table(portfolio, actions, t)}
                        <NewActionForm portfolio create />
                    }
                    .into_any(),
                    Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn actions_table(portfolio: PortfolioId, actions: Vec<Action>, t: &'static Texts) -> impl IntoView {
    if actions.is_empty() {
        return view! { <p>{t.no_actions}</p> }.into_any();
    }
    let rows = actions
        .into_iter()
        .map(|a| {
            let select_id = format!("status-{}", a.id);
            let concerns = a.concerns().join(", ");
            let due = a.due_date.map(t.date).unwrap_or_else(|| t.not_set.to_string());
            view! {
                <tr>
                    <th scope="row">
                        {a.title.clone()} " "
                        <a
                            class="no-print"
                            href=format!("/portfolio/{portfolio}/actions/{}/edit", a.id)
                            aria-label=(t.edit_action_of)(&a.title)
                        >
                            {t.edit}
                        </a>
                    </th>
                    <td>{a.owner.clone()}</td>
                    <td class="nowrap">{due}</td>
                    <td>{concerns}</td>
                    <td>
                        <form class="inline-form" method="post" action="/api/set_action_status">
                            <input type="hidden" name="portfolio_id" value=portfolio.0 />
                            <input type="hidden" name="action_id" value=a.id.0 />
                            <label class="visually-hidden" for=select_id.clone()>
                                {(t.status_of)(&a.title)}
                            </label>
                            <select id=select_id name="status">
                                {ActionStatus::ALL
                                    .into_iter()
                                    .map(|s| view! {
                                        <option value=s.as_str() selected=s == a.status>
                                            {t.action_status(s)}
                                        </option>
                                    })
                                    .collect_view()}
                            </select>
                            <button type="submit" class="button small" aria-label=(t.update_status_of)(&a.title)>
                                {t.update_status}
                            </button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="report">
                <caption>{t.actions_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_action}</th>
                        <th scope="col">{t.col_owner}</th>
                        <th scope="col">{t.col_due}</th>
                        <th scope="col">{t.col_concerns}</th>
                        <th scope="col">{t.col_status}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

#[component]
fn NewActionForm(portfolio: PortfolioId, create: ServerAction<CreateAction>) -> impl IntoView {
    let t = use_texts();
    let error = Signal::derive(move || create.value().get().and_then(Result::err));
    view! {
        <section aria-labelledby="new-action-h" class="no-print">
            <h2 id="new-action-h">{t.new_action}</h2>
            <ActionForm action=create attr:novalidate="" attr:class="form">
                <input type="hidden" name="portfolio_id" value=portfolio.0 />
                <ActionFields values=ActionInput::default() error />
                <div class="actions">
                    <button type="submit" class="button primary" disabled=move || create.pending().get()>
                        {t.add_action}
                    </button>
                </div>
            </ActionForm>
        </section>
    }
}

/// The fields of an action (new or edited) with their errors: field errors beside the
/// fields and in a summary, any other refusal above them.
#[component]
pub(super) fn ActionFields(values: ActionInput, error: Signal<Option<AppError>>) -> impl IntoView {
    let t = use_texts();
    let errors = field_errors(error);
    let other_error = move || match error.get() {
        Some(e) if !matches!(e, AppError::Validation(_)) => Some(t.error(&e)),
        _ => None,
    };
    let status = values.status.clone();
    view! {
        <ErrorSummary errors />
        <p class="form-error" role="alert" hidden=move || other_error().is_none()>
            {other_error}
        </p>
        <FormField field=Field::Title name="input[title]" label=t.field_title value=values.title errors required=true />
        <div class="field-row">
            <FormField field=Field::Owner name="input[owner]" label=t.field_owner value=values.owner errors />
            <FormField field=Field::DueDate name="input[due_date]" label=t.field_due value=values.due_date errors kind=InputKind::Date hint=t.hint_date />
        </div>
        <div class="field">
            <label for="f-action-status">{t.field_status}</label>
            <select id="f-action-status" name="input[status]">
                {ActionStatus::ALL
                    .into_iter()
                    .map(|s| view! {
                        <option value=s.as_str() selected=s.as_str() == status>{t.action_status(s)}</option>
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
