//! English.

use super::Texts;

pub(super) static TEXTS: Texts = Texts {
    language_name: "English",
    app_name: "Hankekartta",
    tagline: "A municipality's development work on one map",
    skip_to_content: "Skip to content",
    main_nav: "Main menu",
    language: "Language",
    change_language: "Change language",
    footer_demo: "Demo data: Vaaralahti is a fictional town.",

    home_title: "Portfolios",
    home_intro:
        "A portfolio brings an area's development projects, their actors and themes into one view.",
    no_portfolios: "The organisation has no portfolios yet.",
    open_portfolio: |name| format!("Open portfolio {name}"),
    projects_count: |n| {
        if n == 1 {
            "1 project".into()
        } else {
            format!("{n} projects")
        }
    },

    projects_heading: "Projects",
    new_project: "New project",
    no_projects: "The portfolio has no projects yet. Add the first one.",
    projects_table_caption: |name| format!("Projects of portfolio {name}"),
    col_name: "Project",
    col_status: "Status",
    col_period: "Period",
    col_budget: "Budget",
    col_actors: "Actors",
    col_themes: "Themes",
    col_actions: "Actions",
    edit: "Edit",
    edit_named: |name| format!("Edit project {name}"),
    not_set: "not known",
    revision: |r| format!("Revision {r}"),
    date: |d| d.format("%-d %b %Y").to_string(),
    loading: "Loading…",
    back_to_portfolio: "Back to the portfolio",

    new_project_title: "New project",
    edit_project_title: "Edit project",
    field_name: "Project name",
    field_summary: "Summary",
    field_goals: "Goals",
    field_status: "Status",
    field_start: "Starts",
    field_end: "Ends",
    field_budget: "Budget (€)",
    field_funding: "Funding sources",
    field_contact_name: "Contact person's name",
    field_contact_email: "Contact person's email",
    field_website: "Website",
    field_business_id: "Business ID (Y-tunnus)",
    hint_required: "required",
    hint_date: "As dd.mm.yyyy, or pick from the calendar.",
    hint_budget: "In euros, for example 250 000 or 85 000,50.",
    hint_funding: "Separate funders with semicolons, for example ERDF; Town of Vaaralahti.",
    contact_legend: "Contact person",
    save: "Save",
    saving: "Saving…",
    cancel: "Cancel",
    form_has_errors: |n| {
        if n == 1 {
            "The form has 1 error. Correct the marked field and save again.".into()
        } else {
            format!("The form has {n} errors. Correct the marked fields and save again.")
        }
    },

    not_found_title: "Page not found",
    not_found_text: "The page you asked for does not exist, or you have no access to it.",
    back_home: "To the front page",
    error_title: "Error",

    status_planned: "Planned",
    status_active: "Active",
    status_ended: "Ended",
    actor_kinds: [
        "Company",
        "Educational institution",
        "Public sector",
        "Association",
        "Research organisation",
        "Other",
    ],
    actor_roles: ["Lead", "Partner", "Funder"],
    relation_kinds: ["Related", "Overlaps", "Continues", "Depends on"],

    problem_required: "This field is required.",
    problem_too_long: |max| format!("The text is too long: at most {max} characters."),
    problem_invalid_date: "The date is not valid. Write it as dd.mm.yyyy, for example 1.3.2025.",
    problem_end_before_start: "The end date is before the start date.",
    problem_invalid_amount:
        "The amount is not valid. Write the euros as digits, for example 250 000.",
    problem_negative_amount: "The amount cannot be negative.",
    problem_amount_too_large: "The amount is too large.",
    problem_invalid_email: "The email address is not valid. Example: firstname.lastname@town.fi",
    problem_invalid_url: "The web address must start with https:// or http://",
    problem_invalid_business_id:
        "The business ID is not valid. The form is 1234567-8 and the check digit must match.",
    problem_unknown_choice: "Choose one of the given options.",

    error_validation: "The data has errors.",
    error_not_found: "Not found, or you have no access to it.",
    error_forbidden: "You are not allowed to do this.",
    error_conflict: "The data has changed or already exists. Reload the page and try again.",
    error_internal:
        "Something went wrong on the server. Nothing was saved. Please try again shortly.",
    error_request: "Could not reach the server. Check your connection and try again.",
};
