//! Creating and editing a project. The form posts to a server function; validation errors
//! come back as codes and are shown, translated, next to their fields.

use super::{portfolio_param, project_param};
use crate::api::{get_project, CreateProject, UpdateProject};
use crate::components::error::ErrorMessage;
use crate::components::field::{ErrorSummary, FormField, InputKind};
use crate::error::AppError;
use crate::i18n::use_texts;
use crate::model::{Field, FieldError, PortfolioId, ProjectId, ProjectInput, ProjectStatus};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NewProjectPage() -> impl IntoView {
    let t = use_texts();
    let id = portfolio_param();
    view! {
        <Title text=t.new_project_title />
        {move || match id.get() {
            Some(portfolio) => view! {
                <h1>{t.new_project_title}</h1>
                <ProjectForm portfolio project=None values=ProjectInput::default() />
            }
            .into_any(),
            None => view! { <ErrorMessage error=AppError::NotFound /> }.into_any(),
        }}
    }
}

#[component]
pub fn EditProjectPage() -> impl IntoView {
    let t = use_texts();
    let portfolio = portfolio_param();
    let project = project_param();
    let data = Resource::new(
        move || (portfolio.get(), project.get()),
        |ids| async move {
            match ids {
                (Some(pf), Some(pr)) => get_project(pf, pr).await.map(|p| (pf, p)),
                _ => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Title text=t.edit_project_title />
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((portfolio, p)) => {
                        let values = ProjectInput::from_draft(&p.draft);
                        view! {
                            <h1>{t.edit_project_title} ": " {p.draft.name.clone()}</h1>
                            <ProjectForm portfolio project=Some(p.id) values />
                        }
                            .into_any()
                    }
                    Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The project form; `project` is `None` when creating.
#[component]
fn ProjectForm(
    portfolio: PortfolioId,
    project: Option<ProjectId>,
    values: ProjectInput,
) -> impl IntoView {
    let create = ServerAction::<CreateProject>::new();
    let update = ServerAction::<UpdateProject>::new();
    let result = Signal::derive(move || match project {
        None => create.value().get().map(|r| r.map(|_| ())),
        Some(_) => update.value().get(),
    });
    let pending = Signal::derive(move || create.pending().get() || update.pending().get());
    let errors = Signal::derive(move || match result.get() {
        Some(Err(AppError::Validation(es))) => es,
        _ => Vec::<FieldError>::new(),
    });
    let fields = move || view! { <ProjectFields portfolio project values=values.clone() errors pending result /> };
    match project {
        None => view! {
            <ActionForm action=create attr:novalidate="" attr:class="form">
                {fields()}
            </ActionForm>
        }
        .into_any(),
        Some(_) => view! {
            <ActionForm action=update attr:novalidate="" attr:class="form">
                {fields()}
            </ActionForm>
        }
        .into_any(),
    }
}

#[component]
fn ProjectFields(
    portfolio: PortfolioId,
    project: Option<ProjectId>,
    values: ProjectInput,
    errors: Signal<Vec<FieldError>>,
    pending: Signal<bool>,
    result: Signal<Option<Result<(), AppError>>>,
) -> impl IntoView {
    let t = use_texts();
    let other_error = move || match result.get() {
        Some(Err(e)) if !matches!(e, AppError::Validation(_)) => Some(t.error(&e)),
        _ => None,
    };
    let current_status = values.status.clone();
    let cancel_href = format!("/portfolio/{portfolio}");
    view! {
        <ErrorSummary errors />
        <p class="form-error" role="alert" hidden=move || other_error().is_none()>
            {other_error}
        </p>
        <input type="hidden" name="portfolio_id" value=portfolio.0 />
        {project.map(|p| view! { <input type="hidden" name="project_id" value=p.0 /> })}
        <FormField field=Field::Name name="input[name]" label=t.field_name value=values.name errors required=true />
        <FormField field=Field::Summary name="input[summary]" label=t.field_summary value=values.summary errors kind=InputKind::TextArea />
        <FormField field=Field::Goals name="input[goals]" label=t.field_goals value=values.goals errors kind=InputKind::TextArea />
        <div class="field">
            <label for=Field::Status.input_id()>{t.field_status}</label>
            <select id=Field::Status.input_id() name="input[status]">
                {ProjectStatus::ALL
                    .into_iter()
                    .map(|s| {
                        let selected = s.as_str() == current_status
                            || (current_status.is_empty() && s == ProjectStatus::default());
                        view! { <option value=s.as_str() selected=selected>{t.status(s)}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
        <div class="field-row">
            <FormField field=Field::StartDate name="input[start_date]" label=t.field_start value=values.start_date errors kind=InputKind::Date hint=t.hint_date />
            <FormField field=Field::EndDate name="input[end_date]" label=t.field_end value=values.end_date errors kind=InputKind::Date hint=t.hint_date />
        </div>
        <FormField field=Field::Budget name="input[budget]" label=t.field_budget value=values.budget errors hint=t.hint_budget />
        <FormField field=Field::Funding name="input[funding]" label=t.field_funding value=values.funding errors hint=t.hint_funding />
        <fieldset>
            <legend>{t.contact_legend}</legend>
            <FormField field=Field::ContactName name="input[contact_name]" label=t.field_contact_name value=values.contact_name errors />
            <FormField field=Field::ContactEmail name="input[contact_email]" label=t.field_contact_email value=values.contact_email errors kind=InputKind::Email />
        </fieldset>
        <FormField field=Field::Website name="input[website]" label=t.field_website value=values.website errors kind=InputKind::Url />
        <div class="actions">
            <button type="submit" class="button primary" disabled=move || pending.get()>
                {move || if pending.get() { t.saving } else { t.save }}
            </button>
            <a class="button" href=cancel_href>{t.cancel}</a>
        </div>
    }
}
