//! The history of a portfolio as the UI reads it: one [`Change`] per write-path entry, and the
//! field-by-field difference between its before and after.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One recorded change.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub revision: i64,
    /// Unix milliseconds.
    pub at: i64,
    pub who: String,
    /// `project`, `actor`, `theme`, `project_actor`, `project_theme`, `project_relation`,
    /// `action`, `dismissal`, `layout` or `portfolio`.
    pub entity: String,
    pub entity_id: i64,
    /// `create`, `update`, `delete`, `restore`, `merge` or `unmerge`.
    pub op: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
    /// The revision this change reversed, when it is an undo.
    pub undo_of: Option<i64>,
    /// Whether a later change reversed this one.
    pub undone: bool,
}

/// One field that an update changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    pub before: String,
    pub after: String,
}

/// Shows a JSON value as a person reads it: text without quotes, lists joined, null empty.
pub fn plain(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(plain).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

impl Change {
    /// The fields whose values differ between before and after, in the after's field order.
    pub fn field_changes(&self) -> Vec<FieldChange> {
        let (Some(Value::Object(b)), Some(Value::Object(a))) = (&self.before, &self.after) else {
            return Vec::new();
        };
        a.iter()
            .filter(|(k, v)| b.get(*k) != Some(*v))
            .map(|(k, v)| FieldChange {
                field: k.clone(),
                before: b.get(k).map(plain).unwrap_or_default(),
                after: plain(v),
            })
            .collect()
    }

    /// The name the change's own record carries (a project's or actor's name, a theme's).
    pub fn subject_name(&self) -> Option<String> {
        let from = |v: &Option<Value>| {
            let v = v.as_ref()?;
            v.get("name")
                .or_else(|| v.get("title"))
                .or_else(|| v.get("draft").and_then(|d| d.get("name")))
                .or_else(|| {
                    v.get("removed")
                        .and_then(|r| r.get("draft"))
                        .and_then(|d| d.get("name"))
                })
                .and_then(Value::as_str)
                .map(String::from)
        };
        from(&self.after).or_else(|| from(&self.before))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn change(before: Value, after: Value) -> Change {
        Change {
            revision: 2,
            at: 0,
            who: "anna".into(),
            entity: "project".into(),
            entity_id: 1,
            op: "update".into(),
            before: Some(before),
            after: Some(after),
            undo_of: None,
            undone: false,
        }
    }

    #[test]
    fn only_changed_fields_are_listed() {
        let c = change(
            json!({ "name": "Polku", "status": "planned", "funding": ["ESR+"], "budget_cents": null }),
            json!({ "name": "Polku", "status": "active", "funding": ["ESR+", "kaupunki"], "budget_cents": 5 }),
        );
        let f = c.field_changes();
        assert_eq!(f.len(), 3);
        assert_eq!(
            (
                f[0].field.as_str(),
                f[0].before.as_str(),
                f[0].after.as_str()
            ),
            ("budget_cents", "", "5")
        );
        assert!(f
            .iter()
            .any(|x| x.field == "funding" && x.after == "ESR+, kaupunki"));
        assert_eq!(c.subject_name().as_deref(), Some("Polku"));
    }

    #[test]
    fn names_come_from_snapshots_too() {
        let mut c = change(json!({ "draft": { "name": "Verstas" } }), Value::Null);
        c.after = None;
        assert_eq!(c.subject_name().as_deref(), Some("Verstas"));
        assert!(c.field_changes().is_empty());
    }
}
