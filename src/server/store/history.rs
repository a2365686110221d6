//! The history of a portfolio (the change entries of the write path) and undo: the caller's
//! latest change that is still in effect is reversed by the inverse command, recorded as a
//! change of its own that names the revision it undoes.

use super::super::db::{db_error, Db};
use super::edit::{ActorSnapshot, ProjectSnapshot, ThemeSnapshot};
use super::write::{apply_as, Applied, Command};
use super::Scope;
use crate::error::{AppError, AppResult};
use crate::model::{
    ActionDraft, ActionId, ActionStatus, ActorDraft, ActorId, ActorRole, Change, FindingKind,
    ProjectDraft, ProjectId, RelationKind, ThemeId,
};
use serde::de::DeserializeOwned;
use serde_json::Value;

type Row = (
    i64,
    i64,
    String,
    String,
    i64,
    String,
    Option<String>,
    Option<String>,
    Option<i64>,
    i64,
);

const SELECT: &str = "SELECT c.revision, c.at, c.who, c.entity, c.entity_id, c.op, c.before_json, \
     c.after_json, c.undo_of, \
     (SELECT COUNT(*) FROM changes u WHERE u.portfolio_id = c.portfolio_id AND u.undo_of = c.revision) \
     FROM changes c";

fn change(r: Row) -> Change {
    let json = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
    Change {
        revision: r.0,
        at: r.1,
        who: r.2,
        entity: r.3,
        entity_id: r.4,
        op: r.5,
        before: json(r.6),
        after: json(r.7),
        undo_of: r.8,
        undone: r.9 > 0,
    }
}

/// The latest `limit` changes of the portfolio, or of one project (its own record, its actor
/// and theme links), newest first.
pub async fn list(
    db: &Db,
    scope: Scope,
    project: Option<ProjectId>,
    limit: i64,
) -> AppResult<Vec<Change>> {
    let filter = if project.is_some() {
        "AND c.entity IN ('project', 'project_actor', 'project_theme') AND c.entity_id = $4"
    } else {
        ""
    };
    let sql = format!(
        "{SELECT} WHERE c.portfolio_id = $1 AND c.org_id = $2 {filter} \
         ORDER BY c.revision DESC LIMIT $3"
    );
    let q = sqlx::query_as::<_, Row>(&sql)
        .bind(scope.portfolio.0)
        .bind(scope.org.0)
        .bind(limit);
    let q = match project {
        Some(p) => q.bind(p.0),
        None => q,
    };
    let rows = q.fetch_all(&db.pool).await.map_err(db_error)?;
    Ok(rows.into_iter().map(change).collect())
}

/// The change that [`undo_last`] would reverse for `who`, if any: their newest change that is
/// content (not the map layout, an import, the portfolio's creation or archiving), not an
/// undo and not undone.
pub async fn last_undoable(db: &Db, scope: Scope, who: &str) -> AppResult<Option<Change>> {
    let sql = format!(
        "{SELECT} WHERE c.portfolio_id = $1 AND c.org_id = $2 AND c.who = $3 \
         AND c.undo_of IS NULL AND c.entity NOT IN ('layout', 'import') \
         AND (c.entity <> 'portfolio' OR c.op = 'update') \
         AND NOT EXISTS (SELECT 1 FROM changes u WHERE u.portfolio_id = c.portfolio_id \
                         AND u.undo_of = c.revision) \
         ORDER BY c.revision DESC LIMIT 1"
    );
    let row: Option<Row> = sqlx::query_as(&sql)
        .bind(scope.portfolio.0)
        .bind(scope.org.0)
        .bind(who)
        .fetch_optional(&db.pool)
        .await
        .map_err(db_error)?;
    Ok(row.map(change))
}

/// Reverses `who`'s latest change. `NotFound` when there is none; `Conflict` when someone
/// has changed the same thing since (their change would be lost).
pub async fn undo_last(db: &Db, scope: Scope, who: &str) -> AppResult<Applied> {
    let target = last_undoable(db, scope, who)
        .await?
        .ok_or(AppError::NotFound)?;
    let (later,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM changes c WHERE c.portfolio_id = $1 AND c.org_id = $2 \
         AND c.revision > $3 AND ((c.entity = $4 AND c.entity_id = $5) OR c.entity = 'import') \
         AND c.undo_of IS NULL \
         AND NOT EXISTS (SELECT 1 FROM changes u WHERE u.portfolio_id = c.portfolio_id \
                         AND u.undo_of = c.revision)",
    )
    .bind(scope.portfolio.0)
    .bind(scope.org.0)
    .bind(target.revision)
    .bind(&target.entity)
    .bind(target.entity_id)
    .fetch_one(&db.pool)
    .await
    .map_err(db_error)?;
    if later > 0 {
        return Err(AppError::Conflict);
    }
    let command = inverse(&target).ok_or(AppError::Conflict)?;
    apply_as(db, scope, who, command, Some(target.revision)).await
}

fn field<T: DeserializeOwned>(v: &Option<Value>, key: &str) -> Option<T> {
    let v = v.as_ref()?;
    let v = if key.is_empty() { v } else { v.get(key)? };
    serde_json::from_value(v.clone()).ok()
}

/// The command that reverses a change, or `None` when it cannot be reversed.
pub fn inverse(c: &Change) -> Option<Command> {
    let id = c.entity_id;
    let (b, a) = (&c.before, &c.after);
    Some(match (c.entity.as_str(), c.op.as_str()) {
        ("project", "create" | "restore") => Command::DeleteProject(ProjectId(id)),
        ("project", "update") => {
            Command::UpdateProject(ProjectId(id), field::<ProjectDraft>(b, "")?)
        }
        ("project", "delete") => {
            Command::RestoreProject(ProjectId(id), field::<ProjectSnapshot>(b, "")?)
        }
        ("actor", "create" | "restore") => Command::DeleteActor(ActorId(id)),
        ("actor", "update") => Command::UpdateActor(ActorId(id), field::<ActorDraft>(b, "")?),
        ("actor", "delete") => Command::RestoreActor(ActorId(id), field::<ActorSnapshot>(b, "")?),
        ("actor", "merge") => Command::Unmerge {
            keep: ActorId(id),
            removed: field(b, "removed")?,
            moved: field(a, "moved")?,
            moved_actions: field(a, "moved_actions").unwrap_or_default(),
        },
        ("actor", "unmerge") => Command::MergeActors {
            keep: ActorId(id),
            remove: field::<ActorSnapshot>(a, "removed")?.id,
        },
        ("project_actor", "create") => Command::UnlinkActor {
            project: field(a, "project")?,
            actor: field(a, "actor")?,
            role: field::<ActorRole>(a, "role")?,
        },
        ("project_actor", "delete") => Command::LinkActor {
            project: field(b, "project")?,
            actor: field(b, "actor")?,
            role: field(b, "role")?,
        },
        ("project_theme", "create") => Command::UnlinkTheme {
            project: field(a, "project")?,
            theme: field(a, "theme")?,
        },
        ("project_theme", "delete") => Command::LinkTheme {
            project: field(b, "project")?,
            theme: field(b, "theme")?,
        },
        ("project_theme", "update") => {
            Command::SetProjectThemes(ProjectId(id), field::<Vec<ThemeId>>(b, "themes")?)
        }
        ("project_relation", "create") => Command::UnrelateProjects(id),
        ("project_relation", "delete") => Command::RelateProjects {
            from: field(b, "from")?,
            to: field(b, "to")?,
            kind: field::<RelationKind>(b, "kind")?,
        },
        ("theme", "create" | "restore") => Command::DeleteTheme(ThemeId(id)),
        ("theme", "update") => Command::RenameTheme(ThemeId(id), field(b, "name")?),
        ("theme", "delete") => Command::RestoreTheme(ThemeId(id), field::<ThemeSnapshot>(b, "")?),
        ("action", "create") => Command::DeleteAction(ActionId(id)),
        ("action", "delete") => Command::CreateAction(field::<ActionDraft>(b, "")?),
        ("action", "update") => match field::<String>(b, "title") {
            Some(title) => Command::UpdateAction(
                ActionId(id),
                ActionDraft {
                    title,
                    owner: field(b, "owner").unwrap_or_default(),
                    due_date: field(b, "due_date").flatten(),
                    status: field(b, "status")?,
                    ..Default::default()
                },
            ),
            None => Command::SetActionStatus(ActionId(id), field::<ActionStatus>(b, "status")?),
        },
        ("action_links", "update") => Command::SetActionLinks {
            action: ActionId(id),
            projects: field(b, "projects")?,
            actors: field(b, "actors")?,
        },
        ("portfolio", "update") => Command::RenamePortfolio {
            name: field(b, "name")?,
            description: field(b, "description")?,
        },
        ("dismissal", "create") => Command::Undismiss {
            kind: field::<FindingKind>(a, "kind")?,
            a: field(a, "a")?,
            b: field(a, "b")?,
        },
        ("dismissal", "delete") => Command::Dismiss {
            kind: field::<FindingKind>(b, "kind")?,
            a: field(b, "a")?,
            b: field(b, "b")?,
        },
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn entry(
        entity: &str,
        op: &str,
        id: i64,
        before: Option<Value>,
        after: Option<Value>,
    ) -> Change {
        Change {
            revision: 5,
            at: 0,
            who: "anna".into(),
            entity: entity.into(),
            entity_id: id,
            op: op.into(),
            before,
            after,
            undo_of: None,
            undone: false,
        }
    }

    #[test]
    fn every_content_change_has_an_inverse() {
        let draft = json!(ProjectDraft {
            name: "Polku".into(),
            ..Default::default()
        });
        let cases = [
            entry("project", "create", 3, None, Some(draft.clone())),
            entry(
                "project",
                "update",
                3,
                Some(draft.clone()),
                Some(draft.clone()),
            ),
            entry(
                "actor",
                "update",
                4,
                Some(json!({ "name": "HAMK", "kind": "education", "business_id": null })),
                None,
            ),
            entry(
                "project_actor",
                "create",
                3,
                None,
                Some(json!({ "project": 3, "actor": 4, "role": "lead" })),
            ),
            entry(
                "project_theme",
                "update",
                3,
                Some(json!({ "project": 3, "themes": [1, 2] })),
                None,
            ),
            entry(
                "theme",
                "update",
                7,
                Some(json!({ "name": "Matkailu" })),
                None,
            ),
            entry(
                "dismissal",
                "create",
                1,
                None,
                Some(json!({ "kind": "overlap", "a": 1, "b": 2 })),
            ),
            entry(
                "action",
                "update",
                9,
                Some(json!({ "status": "open" })),
                None,
            ),
        ];
        for c in &cases {
            assert!(inverse(c).is_some(), "{} {}", c.entity, c.op);
        }
        assert!(matches!(
            inverse(&cases[0]),
            Some(Command::DeleteProject(ProjectId(3)))
        ));
        assert!(matches!(
            inverse(&cases[3]),
            Some(Command::UnlinkActor {
                actor: ActorId(4),
                role: ActorRole::Lead,
                ..
            })
        ));
        match inverse(&cases[4]) {
            Some(Command::SetProjectThemes(ProjectId(3), t)) => {
                assert_eq!(t, [ThemeId(1), ThemeId(2)])
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_map_layout_and_broken_entries_have_none() {
        assert!(inverse(&entry(
            "layout",
            "update",
            1,
            None,
            Some(json!({ "nodes": 3 }))
        ))
        .is_none());
        assert!(inverse(&entry("project", "update", 3, Some(json!("garbage")), None)).is_none());
    }
}
