//! Editing one action of the plan: title, owner, due date and status. An action made in one
//! click from a finding gets its owner and due date here; its links stay as they are.

use super::actions::ActionFields;
use super::portfolio_param;
use crate::api::{list_actions, UpdateAction};
use crate::components::error::ErrorMessage;
use crate::error::AppError;
use crate::i18n::use_texts;
use crate::model::{Action, ActionId, ActionInput, PortfolioId};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn EditActionPage() -> impl IntoView {
    let t = use_texts();
    let portfolio = portfolio_param();
    let params = use_params_map();
    let action = Memo::new(move |_| {
        params
            .read()
            .get("action")
            .and_then(|s| s.parse().ok())
            .map(ActionId)
    });
    let data = Resource::new(
        move || (portfolio.get(), action.get()),
        |ids| async move {
            let (Some(pf), Some(id)) = ids else {
                return Err(AppError::NotFound);
            };
            let found = list_actions(pf).await?.into_iter().find(|a| a.id == id);
            found.map(|a| (pf, a)).ok_or(AppError::NotFound)
        },
    );
    view! {
        <Title text=t.edit_action_title />
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((portfolio, a)) => view! { <EditActionForm portfolio a /> }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn EditActionForm(portfolio: PortfolioId, a: Action) -> impl IntoView {
    let t = use_texts();
    let update = ServerAction::<UpdateAction>::new();
    let error = Signal::derive(move || update.value().get().and_then(Result::err));
    let concerns = a.concerns().join(", ");
    let values = ActionInput {
        title: a.title.clone(),
        owner: a.owner.clone(),
        due_date: a.due_date.map(|d| d.to_string()).unwrap_or_default(),
        status: a.status.as_str().to_string(),
    };
    let back = format!("/portfolio/{portfolio}/actions");
    view! {
        <p class="no-print">
            <a href=back.clone()>{t.back_to_actions}</a>
        </p>
        <h1>{t.edit_action_title} ": " {a.title.clone()}</h1>
        {(!concerns.is_empty()).then(|| view! { <p class="lead">{t.col_concerns} ": " {concerns}</p> })}
        <ActionForm action=update attr:novalidate="" attr:class="form">
            <input type="hidden" name="portfolio_id" value=portfolio.0 />
            <input type="hidden" name="action_id" value=a.id.0 />
            <ActionFields values error />
            <div class="actions">
                <button type="submit" class="button primary" disabled=move || update.pending().get()>
                    {t.save}
                </button>
                <a class="button quiet" href=back>{t.cancel}</a>
            </div>
        </ActionForm>
    }
}
