//! Translations. Every text the UI shows lives in a [`Texts`] table, one per language; a
//! missing text in any language is a compile error, because each table is a struct literal.
//!
//! Why not leptos_i18n: its 0.6 line generates code from a build script that compiles the ICU
//! data exporter, which costs minutes per cold build on the 2-core machines this project is
//! built on; plain structs give the same compile-time completeness check at no cost.

pub mod account;
mod detect;
pub mod editing;
mod en;
mod fi;
pub mod network;
pub mod transfer;

pub use detect::*;

use crate::error::AppError;
use crate::model::{ActorKind, ActorRole, Field, FieldError, Problem, ProjectStatus, RelationKind};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A UI language. Finnish is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    Fi,
    En,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::Fi, Locale::En];

    /// The BCP 47 code, as used in `<html lang>` and the language cookie.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Fi => "fi",
            Locale::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.code() == primary)
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Locale::Fi => &fi::TEXTS,
            Locale::En => &en::TEXTS,
        }
    }
}

/// The current language, provided by the app shell.
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// The texts of the current language.
pub fn use_texts() -> &'static Texts {
    use_locale().texts()
}

/// Every text of the UI in one language.
pub struct Texts {
    /// The network view's texts.
    pub net: &'static network::NetTexts,
    /// The editing pages' texts.
    pub editing: &'static editing::EditTexts,
    pub account: &'static account::AccountTexts,
    /// The import and export page's texts.
    pub transfer: &'static transfer::TransferTexts,
    pub language_name: &'static str,
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub skip_to_content: &'static str,
    pub main_nav: &'static str,
    pub language: &'static str,
    pub change_language: &'static str,
    pub footer_demo: &'static str,

    pub home_title: &'static str,
    pub home_intro: &'static str,
    pub no_portfolios: &'static str,
    pub open_portfolio: fn(&str) -> String,
    pub projects_count: fn(usize) -> String,

    pub projects_heading: &'static str,
    pub new_project: &'static str,
    pub no_projects: &'static str,
    pub projects_table_caption: fn(&str) -> String,
    pub col_name: &'static str,
    pub col_status: &'static str,
    pub col_period: &'static str,
    pub col_budget: &'static str,
    pub col_actors: &'static str,
    pub col_themes: &'static str,
    pub col_actions: &'static str,
    pub edit: &'static str,
    pub edit_named: fn(&str) -> String,
    pub not_set: &'static str,
    pub revision: fn(i64) -> String,
    pub date: fn(chrono::NaiveDate) -> String,
    pub loading: &'static str,
    pub back_to_portfolio: &'static str,

    pub new_project_title: &'static str,
    pub edit_project_title: &'static str,
    pub edit_action_title: &'static str,
    pub back_to_actions: &'static str,
    /// The accessible name of an action's edit link.
    pub edit_action_of: fn(&str) -> String,
    pub field_name: &'static str,
    pub field_summary: &'static str,
    pub field_goals: &'static str,
    pub field_status: &'static str,
    pub field_start: &'static str,
    pub field_end: &'static str,
    pub field_budget: &'static str,
    pub field_funding: &'static str,
    pub field_contact_name: &'static str,
    pub field_contact_email: &'static str,
    pub field_website: &'static str,
    pub field_business_id: &'static str,
    pub hint_required: &'static str,
    pub hint_date: &'static str,
    pub hint_budget: &'static str,
    pub hint_funding: &'static str,
    pub contact_legend: &'static str,
    pub save: &'static str,
    pub saving: &'static str,
    pub cancel: &'static str,
    pub form_has_errors: fn(usize) -> String,

    pub situation_title: &'static str,
    pub situation_intro: &'static str,
    pub key_figures: &'static str,
    pub kf_projects: &'static str,
    pub kf_active: &'static str,
    pub kf_budget: &'static str,
    pub kf_actors: &'static str,
    pub kf_neglected: &'static str,
    pub themes_heading: &'static str,
    pub themes_caption: &'static str,
    pub col_theme: &'static str,
    pub col_active: &'static str,
    pub col_planned: &'static str,
    pub col_ended: &'static str,
    pub col_attention: &'static str,
    pub attention_neglected: &'static str,
    pub attention_few: &'static str,
    pub attention_covered: &'static str,
    pub concentration: fn(u32) -> String,
    pub actors_heading: &'static str,
    pub brokers_caption: &'static str,
    pub col_actor: &'static str,
    pub col_type: &'static str,
    pub col_projects: &'static str,
    pub col_leads: &'static str,
    pub col_partners: &'static str,
    pub col_broker: &'static str,
    pub types_caption: &'static str,
    pub col_count: &'static str,
    pub overlaps_heading: &'static str,
    pub overlaps_intro: &'static str,
    pub no_overlaps: &'static str,
    pub connections_heading: &'static str,
    pub connections_intro: fn(usize) -> String,
    pub no_connections: &'static str,
    pub connection_score: fn(u32) -> String,
    pub continues_other: &'static str,
    pub theme_years_heading: &'static str,
    pub theme_years_caption: &'static str,
    pub opportunities_heading: &'static str,
    pub opportunities_intro: &'static str,
    pub no_opportunities: &'static str,
    pub project_opps_heading: &'static str,
    pub project_opps_intro: &'static str,
    pub no_project_opps: &'static str,
    pub col_most_central: &'static str,
    pub clusters_heading: &'static str,
    pub timeline_heading: &'static str,
    pub timeline_caption: &'static str,
    pub col_year: &'static str,
    pub col_running: &'static str,
    pub col_starting: &'static str,
    pub col_ending: &'static str,
    pub col_year_budget: &'static str,
    pub clusters_intro: &'static str,
    pub cluster_size: fn(usize, usize) -> String,
    pub cluster_focus: fn(&str) -> String,
    pub shared_actors: fn(&str) -> String,
    pub shared_themes: fn(&str) -> String,
    pub same_time: fn(i64) -> String,
    pub sequential: &'static str,
    pub text_similarity: fn(u32) -> String,
    pub overlap_score: fn(u32) -> String,
    pub theme_work: fn(&str, u32, u32) -> String,
    pub both_work_on: fn(&str) -> String,
    pub pair: fn(&str, &str) -> String,
    pub actions_title: &'static str,
    pub actions_intro: &'static str,
    pub no_actions: &'static str,
    pub actions_caption: &'static str,
    pub col_action: &'static str,
    pub col_owner: &'static str,
    pub col_due: &'static str,
    pub col_concerns: &'static str,
    pub new_action: &'static str,
    pub field_title: &'static str,
    pub field_owner: &'static str,
    pub field_due: &'static str,
    pub add_action: &'static str,
    pub update_status: &'static str,
    pub status_of: fn(&str) -> String,
    pub update_status_of: fn(&str) -> String,
    pub make_action: &'static str,
    pub dismiss_overlap: &'static str,
    pub dismiss_opportunity: &'static str,
    pub action_title_overlap: fn(&str, &str) -> String,
    pub action_title_opportunity: fn(&str, &str) -> String,
    /// Title of an action made from a project pair that could cooperate.
    pub action_title_cooperation: fn(&str, &str) -> String,
    action_statuses: [&'static str; 3],
    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    pub back_home: &'static str,
    pub error_title: &'static str,

    status_planned: &'static str,
    status_active: &'static str,
    status_ended: &'static str,
    actor_kinds: [&'static str; 6],
    actor_roles: [&'static str; 3],
    relation_kinds: [&'static str; 4],

    problem_required: &'static str,
    problem_too_long: fn(usize) -> String,
    problem_invalid_date: &'static str,
    problem_end_before_start: &'static str,
    problem_invalid_amount: &'static str,
    problem_negative_amount: &'static str,
    problem_amount_too_large: &'static str,
    problem_invalid_email: &'static str,
    problem_invalid_url: &'static str,
    problem_invalid_business_id: &'static str,
    problem_unknown_choice: &'static str,
    problem_out_of_range: &'static str,

    error_validation: &'static str,
    error_not_found: &'static str,
    error_forbidden: &'static str,
    error_conflict: &'static str,
    error_internal: &'static str,
    error_request: &'static str,
}

impl Texts {
    pub fn status(&self, s: ProjectStatus) -> &'static str {
        match s {
            ProjectStatus::Planned => self.status_planned,
            ProjectStatus::Active => self.status_active,
            ProjectStatus::Ended => self.status_ended,
        }
    }

    pub fn attention(&self, a: crate::analysis::themes::Attention) -> &'static str {
        use crate::analysis::themes::Attention;
        match a {
            Attention::Neglected => self.attention_neglected,
            Attention::Few => self.attention_few,
            Attention::Covered => self.attention_covered,
        }
    }

    pub fn action_status(&self, s: crate::model::ActionStatus) -> &'static str {
        use crate::model::ActionStatus;
        self.action_statuses[ActionStatus::ALL.iter().position(|x| *x == s).unwrap_or(0)]
    }

    pub fn actor_kind(&self, k: ActorKind) -> &'static str {
        self.actor_kinds[ActorKind::ALL.iter().position(|x| *x == k).unwrap_or(0)]
    }

    pub fn actor_role(&self, r: ActorRole) -> &'static str {
        self.actor_roles[ActorRole::ALL.iter().position(|x| *x == r).unwrap_or(0)]
    }

    pub fn relation_kind(&self, r: RelationKind) -> &'static str {
        self.relation_kinds[RelationKind::ALL.iter().position(|x| *x == r).unwrap_or(0)]
    }

    pub fn problem(&self, p: Problem) -> String {
        match p {
            Problem::Required => self.problem_required.into(),
            Problem::TooLong { max } => (self.problem_too_long)(max),
            Problem::InvalidDate => self.problem_invalid_date.into(),
            Problem::EndBeforeStart => self.problem_end_before_start.into(),
            Problem::InvalidAmount => self.problem_invalid_amount.into(),
            Problem::NegativeAmount => self.problem_negative_amount.into(),
            Problem::AmountTooLarge => self.problem_amount_too_large.into(),
            Problem::InvalidEmail => self.problem_invalid_email.into(),
            Problem::InvalidUrl => self.problem_invalid_url.into(),
            Problem::InvalidBusinessId => self.problem_invalid_business_id.into(),
            Problem::UnknownChoice => self.problem_unknown_choice.into(),
            Problem::OutOfRange => self.problem_out_of_range.into(),
            Problem::Duplicate => self.editing.problem_duplicate.into(),
            Problem::PasswordTooShort { min } => (self.account.problem_password_short)(min),
            Problem::PasswordTooCommon => self.account.problem_password_common.into(),
            Problem::LoginFailed => self.account.problem_login_failed.into(),
            Problem::WrongPassword => self.account.problem_wrong_password.into(),
            Problem::LinkExpired => self.account.problem_link_expired.into(),
        }
    }

    /// The label of a form field.
    pub fn field(&self, f: Field) -> &'static str {
        match f {
            Field::Name => self.field_name,
            Field::Summary => self.field_summary,
            Field::Goals => self.field_goals,
            Field::Status => self.field_status,
            Field::StartDate => self.field_start,
            Field::EndDate => self.field_end,
            Field::Budget => self.field_budget,
            Field::Funding => self.field_funding,
            Field::ContactName => self.field_contact_name,
            Field::ContactEmail => self.field_contact_email,
            Field::Website => self.field_website,
            Field::BusinessId => self.field_business_id,
            Field::Title => self.field_title,
            Field::Owner => self.field_owner,
            Field::DueDate => self.field_due,
            Field::Positions => self.net.title,
            Field::Kind => self.editing.field_kind,
            Field::ActorName => self.editing.actor_name,
            Field::ThemeName => self.editing.theme_name,
            Field::Role => self.editing.field_role,
            Field::Actor => self.editing.field_actor,
            Field::Project => self.editing.field_project,
            Field::OrgName => self.account.org_name,
            Field::Email => self.account.email,
            Field::Password => self.account.password,
            Field::NewPassword => self.account.new_password,
        }
    }

    pub fn field_error(&self, e: &FieldError) -> String {
        match (e.field, e.problem) {
            // a sign-in address already taken: say so in words that point to signing in
            (Field::Email, Problem::Duplicate) => self.account.email_in_use.into(),
            _ => self.problem(e.problem),
        }
    }

    pub fn error(&self, e: &AppError) -> &'static str {
        match e {
            AppError::Validation(_) => self.error_validation,
            AppError::NotFound => self.error_not_found,
            AppError::Forbidden => self.error_forbidden,
            AppError::Conflict => self.error_conflict,
            AppError::Internal => self.error_internal,
            AppError::Request(_) => self.error_request,
            AppError::Unauthenticated => self.account.error_unauthenticated,
            AppError::RateLimited => self.account.error_rate_limited,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_codes() {
        assert_eq!(Locale::from_code("fi-FI"), Some(Locale::Fi));
        assert_eq!(Locale::from_code("EN_gb"), Some(Locale::En));
        assert_eq!(Locale::from_code("sv"), None);
        for l in Locale::ALL {
            assert_eq!(Locale::from_code(l.code()), Some(l));
        }
    }

    #[test]
    fn languages_differ_and_nothing_is_empty() {
        let (fi, en) = (Locale::Fi.texts(), Locale::En.texts());
        assert_ne!(fi.new_project, en.new_project);
        for t in [fi, en] {
            for s in [
                t.app_name,
                t.new_project,
                t.save,
                t.problem_required,
                t.error_internal,
            ] {
                assert!(!s.trim().is_empty());
            }
            assert!(t
                .actor_kinds
                .iter()
                .chain(&t.actor_roles)
                .all(|s| !s.is_empty()));
        }
        assert_eq!((fi.projects_count)(1), "1 hanke");
        assert_eq!((fi.projects_count)(3), "3 hanketta");
        assert_eq!((en.projects_count)(1), "1 project");
    }
}
