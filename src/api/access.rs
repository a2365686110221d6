//! What every server function needs of its caller, in one table that the router enforces
//! before the function runs. A function missing from the table cannot be called (the router
//! answers Not Found), and a test checks the table against [`super::register`], so a new
//! server function cannot be added without deciding who may call it — and without joining
//! the cross-tenant test matrix, which is generated from this table.

use crate::model::Need;
use Need::{Admin, Edit, Member, Public, SignedIn};

pub const ACCESS: &[(&str, Need)] = &[
    // portfolios and their content
    ("list_portfolios", Member),
    ("get_portfolio", Member),
    ("get_project", Member),
    ("create_project", Edit),
    ("update_project", Edit),
    ("get_project_detail", Member),
    ("delete_project", Edit),
    ("link_actor", Edit),
    ("unlink_actor", Edit),
    ("set_project_themes", Edit),
    ("relate_projects", Edit),
    ("unrelate_projects", Edit),
    ("list_actors", Member),
    ("get_actor", Member),
    ("create_actor", Edit),
    ("update_actor", Edit),
    ("delete_actor", Edit),
    ("merge_actors", Edit),
    ("list_themes", Member),
    ("create_theme", Edit),
    ("rename_theme", Edit),
    ("delete_theme", Edit),
    ("get_history", Member),
    ("undo_last", Edit),
    ("preview_import", Edit),
    ("run_import", Edit),
    ("create_scoped_portfolio", Edit),
    ("update_portfolio", Admin),
    ("set_portfolio_archived", Admin),
    // analysis, network and the action plan
    ("get_analysis", Member),
    ("get_network", Member),
    ("save_positions", Edit),
    ("list_actions", Member),
    ("create_action", Edit),
    ("act_on_finding", Edit),
    ("dismiss_finding", Edit),
    ("set_action_status", Edit),
    ("update_action", Edit),
    ("set_action_links", Edit),
    // accounts
    ("register", Public),
    ("login", Public),
    ("logout", Public),
    ("get_account", Public),
    ("request_password_reset", Public),
    ("reset_password", Public),
    ("get_invitation", Public),
    ("accept_invitation", Public),
    ("change_password", SignedIn),
    ("switch_organisation", SignedIn),
    // the organisation's people
    ("list_members", Admin),
    ("set_member_role", Admin),
    ("remove_member", Admin),
    ("create_invitation", Admin),
    ("list_audit", Admin),
];

/// What server function `name` needs, or `None` for no such function.
pub fn need(name: &str) -> Option<Need> {
    ACCESS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, need)| *need)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `SetMemberRole` → `set_member_role`.
    fn snake(camel: &str) -> String {
        let mut out = String::new();
        for (i, c) in camel.chars().enumerate() {
            if c.is_uppercase() && i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        }
        out
    }

    #[test]
    fn every_registered_function_is_in_the_table_once() {
        let registered: Vec<String> = include_str!("mod.rs")
            .lines()
            .filter_map(|l| l.trim().strip_prefix("register_explicit::<"))
            .filter_map(|l| l.strip_suffix(">();"))
            .map(snake)
            .collect();
        assert!(registered.len() > 40, "{registered:?}");
        for name in &registered {
            assert!(need(name).is_some(), "{name} is not in ACCESS");
        }
        assert_eq!(
            ACCESS.len(),
            registered.len(),
            "ACCESS lists only registered functions"
        );
        let mut names: Vec<&str> = ACCESS.iter().map(|(n, _)| *n).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), ACCESS.len(), "no function twice");
    }

    #[test]
    fn writes_need_more_than_reading() {
        for (name, need) in ACCESS {
            let reads = name.starts_with("get_") || name.starts_with("list_");
            if reads && *need != Public {
                assert!(matches!(need, Member | Admin), "{name}");
            }
            if !reads && !matches!(need, Public | SignedIn) {
                assert!(matches!(need, Edit | Admin), "{name} changes data");
            }
        }
    }
}
