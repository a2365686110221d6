//! What one view of the network shows and how: filters, colouring and sizing, read from and
//! written to the URL's query so a view can be shared as a link.

use super::graph::{Network, NodeKey, NodeKind};
use crate::model::{ActorId, ActorKind, ProjectStatus, ThemeId};
use chrono::Datelike;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ColorBy {
    #[default]
    Kind,
    Theme,
    Status,
    Cluster,
}

impl ColorBy {
    pub const ALL: [ColorBy; 4] = [Self::Kind, Self::Theme, Self::Status, Self::Cluster];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Kind => "kind",
            Self::Theme => "theme",
            Self::Status => "status",
            Self::Cluster => "cluster",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SizeBy {
    #[default]
    Links,
    Budget,
}

impl SizeBy {
    pub const ALL: [SizeBy; 2] = [Self::Links, Self::Budget];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Links => "links",
            Self::Budget => "budget",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// One view's settings. The default shows everything, coloured by kind, sized by links.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    pub projects: bool,
    pub actors: bool,
    pub themes: bool,
    pub theme: Option<ThemeId>,
    pub status: Option<ProjectStatus>,
    pub actor_kind: Option<ActorKind>,
    pub funder: Option<ActorId>,
    /// Projects running at some point between these years (inclusive).
    pub from: Option<i32>,
    pub to: Option<i32>,
    pub color: ColorBy,
    pub size: SizeBy,
    /// The selected node, highlighted with its neighbourhood of `hops` steps.
    pub selected: Option<NodeKey>,
    pub hops: u8,
}

impl Default for View {
    fn default() -> Self {
        View {
            projects: true,
            actors: true,
            themes: true,
            theme: None,
            status: None,
            actor_kind: None,
            funder: None,
            from: None,
            to: None,
            color: ColorBy::Kind,
            size: SizeBy::Links,
            selected: None,
            hops: 1,
        }
    }
}

/// Years outside this range are typos, not filters.
const YEARS: std::ops::RangeInclusive<i32> = 1990..=2100;

impl View {
    /// Reads a view from query parameters; unknown or malformed values fall back to the
    /// default rather than failing, so an old or hand-edited link still opens.
    pub fn from_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut v = View::default();
        let mut show_seen = false;
        let id = |s: &str| s.parse::<i64>().ok().filter(|i| *i > 0);
        let year = |s: &str| s.parse::<i32>().ok().filter(|y| YEARS.contains(y));
        for (k, val) in pairs {
            match k {
                // A form sends one "show" per ticked box (after a "-" that says the form was
                // sent at all); a link sends them together ("show=pt").
                "show" => {
                    if !show_seen {
                        (v.projects, v.actors, v.themes) = (false, false, false);
                        show_seen = true;
                    }
                    v.projects |= val.contains('p');
                    v.actors |= val.contains('a');
                    v.themes |= val.contains('t');
                }
                "theme" => v.theme = id(val).map(ThemeId),
                "status" => v.status = ProjectStatus::parse(val),
                "atype" => v.actor_kind = ActorKind::parse(val),
                "funder" => v.funder = id(val).map(ActorId),
                "from" => v.from = year(val),
                "to" => v.to = year(val),
                "color" => v.color = ColorBy::parse(val).unwrap_or_default(),
                "size" => v.size = SizeBy::parse(val).unwrap_or_default(),
                "node" => v.selected = NodeKey::parse(val),
                "hops" => v.hops = if val == "2" { 2 } else { 1 },
                _ => {}
            }
        }
        v
    }

    /// The query string (without "?") that [`View::from_query`] reads back; default values
    /// are left out so links stay short.
    pub fn to_query(&self) -> String {
        let d = View::default();
        let mut q: Vec<(&str, String)> = Vec::new();
        if (self.projects, self.actors, self.themes) != (true, true, true) {
            let show: String = [(self.projects, 'p'), (self.actors, 'a'), (self.themes, 't')]
                .iter()
                .filter(|(on, _)| *on)
                .map(|(_, c)| *c)
                .collect();
            q.push(("show", if show.is_empty() { "-".into() } else { show }));
        }
        if let Some(t) = self.theme {
            q.push(("theme", t.to_string()));
        }
        if let Some(s) = self.status {
            q.push(("status", s.as_str().into()));
        }
        if let Some(k) = self.actor_kind {
            q.push(("atype", k.as_str().into()));
        }
        if let Some(f) = self.funder {
            q.push(("funder", f.to_string()));
        }
        if let Some(y) = self.from {
            q.push(("from", y.to_string()));
        }
        if let Some(y) = self.to {
            q.push(("to", y.to_string()));
        }
        if self.color != d.color {
            q.push(("color", self.color.as_str().into()));
        }
        if self.size != d.size {
            q.push(("size", self.size.as_str().into()));
        }
        if let Some(n) = self.selected {
            q.push(("node", n.code()));
        }
        if self.hops != d.hops {
            q.push(("hops", self.hops.to_string()));
        }
        q.iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    }

    fn filters_projects(&self) -> bool {
        self.theme.is_some()
            || self.status.is_some()
            || self.funder.is_some()
            || self.from.is_some()
            || self.to.is_some()
    }

    fn shows(&self, kind: NodeKind) -> bool {
        match kind {
            NodeKind::Project => self.projects,
            NodeKind::Actor => self.actors,
            NodeKind::Theme => self.themes,
        }
    }
}

/// Which nodes the view shows. Projects pass the project filters; an actor or theme shows
/// when its kind is on, it passes its own filter, and — while project filters are set — it
/// is linked to a project that passes them.
pub fn visible(net: &Network, view: &View) -> Vec<bool> {
    let project_ok: Vec<bool> = net
        .nodes
        .iter()
        .map(|n| {
            if n.key.kind() != NodeKind::Project {
                return false;
            }
            let theme = view.theme.is_none_or(|t| n.themes.contains(&t));
            let status = view.status.is_none_or(|s| n.status == Some(s));
            let funder = view.funder.is_none_or(|f| n.funders.contains(&f));
            let years = match (view.from, view.to) {
                (None, None) => true,
                (from, to) => n.start.is_some_and(|s| {
                    let end = n.end.unwrap_or(s).max(s).year();
                    from.is_none_or(|f| end >= f) && to.is_none_or(|t| s.year() <= t)
                }),
            };
            theme && status && funder && years
        })
        .collect();
    let filtering = view.filters_projects();
    net.nodes
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let kind = n.key.kind();
            if !view.shows(kind) {
                return false;
            }
            match kind {
                NodeKind::Project => project_ok[i],
                NodeKind::Actor | NodeKind::Theme => {
                    let own = match kind {
                        NodeKind::Actor => view.actor_kind.is_none_or(|k| n.actor_kind == Some(k)),
                        _ => view.theme.is_none_or(|t| n.themes.contains(&t)),
                    };
                    let chosen = kind == NodeKind::Theme && view.theme.is_some();
                    own && (!filtering
                        || chosen
                        || net.adjacency[i]
                            .iter()
                            .any(|(m, _)| project_ok[*m as usize]))
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::graph::tests::fixture;

    #[test]
    fn query_round_trips_and_tolerates_junk() {
        let v = View {
            projects: true,
            actors: false,
            themes: true,
            theme: Some(ThemeId(100)),
            status: Some(ProjectStatus::Active),
            actor_kind: Some(ActorKind::Public),
            funder: Some(ActorId(12)),
            from: Some(2024),
            to: Some(2026),
            color: ColorBy::Cluster,
            size: SizeBy::Budget,
            selected: NodeKey::parse("p1"),
            hops: 2,
        };
        let q = v.to_query();
        assert_eq!(
            q,
            "show=pt&theme=100&status=active&atype=public&funder=12&from=2024&to=2026\
             &color=cluster&size=budget&node=p1&hops=2"
        );
        let pairs: Vec<(&str, &str)> = q.split('&').filter_map(|kv| kv.split_once('=')).collect();
        assert_eq!(View::from_query(pairs), v);
        assert_eq!(View::default().to_query(), "");
        let form = [
            ("show", "-"),
            ("show", "p"),
            ("show", "t"),
            ("color", "status"),
        ];
        let v = View::from_query(form);
        assert_eq!(
            (v.projects, v.actors, v.themes, v.color),
            (true, false, true, ColorBy::Status)
        );
        assert_eq!(v.to_query(), "show=pt&color=status");
        let junk = [
            ("theme", "x"),
            ("from", "20245"),
            ("color", "pink"),
            ("node", "q1"),
        ];
        assert_eq!(View::from_query(junk), View::default());
    }

    #[test]
    fn filters_hide_projects_and_what_only_they_link() {
        let net = Network::build(&fixture());
        // p1, p2, a10, a12, t100, t101
        assert_eq!(visible(&net, &View::default()), [true; 6]);
        let active = View {
            status: Some(ProjectStatus::Active),
            ..View::default()
        };
        assert_eq!(
            visible(&net, &active),
            [true, false, true, true, true, false]
        );
        let funded = View {
            funder: Some(ActorId(12)),
            ..View::default()
        };
        assert_eq!(
            visible(&net, &funded),
            [true, false, true, true, true, false]
        );
        let later = View {
            from: Some(2027),
            ..View::default()
        };
        assert_eq!(
            visible(&net, &later),
            [false, true, true, false, true, false]
        );
        let public_only = View {
            actor_kind: Some(ActorKind::Company),
            ..View::default()
        };
        assert_eq!(
            visible(&net, &public_only),
            [true, true, false, false, true, true]
        );
        let no_themes = View {
            themes: false,
            ..View::default()
        };
        assert_eq!(
            visible(&net, &no_themes),
            [true, true, true, true, false, false]
        );
        let theme = View {
            theme: Some(ThemeId(101)),
            ..View::default()
        };
        assert_eq!(
            visible(&net, &theme),
            [false, false, false, false, false, true],
            "the chosen theme, alone"
        );
    }
}
