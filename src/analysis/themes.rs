//! What the work targets: per theme the projects by status, money, actors and projects per
//! year; themes with no or few live projects (neglected); and how concentrated the
//! portfolio is. A project's budget is split evenly over its themes, so sums add up to the
//! portfolio's total instead of counting a project once per theme.

use super::Input;
use crate::model::{ActorId, ProjectStatus, ThemeId};
use chrono::Datelike;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};

/// How much live work a theme has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attention {
    /// No active or planned project.
    Neglected,
    /// Only one active or planned project.
    Few,
    Covered,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThemeStat {
    pub theme: ThemeId,
    pub active: u32,
    pub planned: u32,
    pub ended: u32,
    pub budget_cents: i64,
    pub actors: u32,
    /// Projects running in each calendar year.
    pub per_year: BTreeMap<i32, u32>,
    pub attention: Attention,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThemeReport {
    pub themes: Vec<ThemeStat>,
    /// Share of (theme-attributed) live projects on the three busiest themes.
    pub top3_project_share: f32,
    /// Share of the budget on the three best-funded themes.
    pub top3_budget_share: f32,
    /// Herfindahl–Hirschman index of the budget over themes: 1/n when even, 1 when all on one.
    pub budget_hhi: f32,
}

pub fn theme_report(input: &Input) -> ThemeReport {
    let pos: HashMap<ThemeId, usize> = input
        .themes
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id, i))
        .collect();
    let mut stats: Vec<ThemeStat> = input
        .themes
        .iter()
        .map(|t| ThemeStat {
            theme: t.id,
            active: 0,
            planned: 0,
            ended: 0,
            budget_cents: 0,
            actors: 0,
            per_year: BTreeMap::new(),
            attention: Attention::Neglected,
        })
        .collect();
    let mut actors: Vec<HashSet<ActorId>> = vec![HashSet::new(); input.themes.len()];
    let mut live = vec![0.0f32; input.themes.len()];
    for p in &input.projects {
        let themes: Vec<usize> = p
            .themes
            .iter()
            .filter_map(|t| pos.get(t).copied())
            .collect();
        let share = p.budget_cents.unwrap_or(0) / themes.len().max(1) as i64;
        // Years the project runs; none when its start is unknown.
        let years: Vec<i32> = match (p.start, p.end) {
            (Some(s), Some(e)) if e >= s => (s.year()..=e.year().min(s.year() + 50)).collect(),
            (Some(s), _) => vec![s.year()],
            _ => Vec::new(),
        };
        for &t in &themes {
            let st = &mut stats[t];
            match p.status {
                ProjectStatus::Active => st.active += 1,
                ProjectStatus::Planned => st.planned += 1,
                ProjectStatus::Ended => st.ended += 1,
            }
            if p.status != ProjectStatus::Ended {
                live[t] += 1.0 / themes.len() as f32;
            }
            st.budget_cents += share;
            actors[t].extend(p.actors.iter().map(|(a, _)| *a));
            for &y in &years {
                *st.per_year.entry(y).or_default() += 1;
            }
        }
    }
    for (st, a) in stats.iter_mut().zip(&actors) {
        st.actors = a.len() as u32;
        st.attention = match st.active + st.planned {
            0 => Attention::Neglected,
            1 => Attention::Few,
            _ => Attention::Covered,
        };
    }
    let budgets: Vec<f32> = stats.iter().map(|s| s.budget_cents as f32).collect();
    ThemeReport {
        top3_project_share: top3_share(&live),
        top3_budget_share: top3_share(&budgets),
        budget_hhi: hhi(&budgets),
        themes: stats,
    }
}

fn top3_share(values: &[f32]) -> f32 {
    let total: f32 = values.iter().sum();
    if total <= 0.0 {
        return 0.0;
    }
    let mut v = values.to_vec();
    v.sort_by(|a, b| b.total_cmp(a));
    v.iter().take(3).sum::<f32>() / total
}

fn hhi(values: &[f32]) -> f32 {
    let total: f32 = values.iter().sum();
    if total <= 0.0 {
        return 0.0;
    }
    values.iter().map(|v| (v / total).powi(2)).sum()
}

#[cfg(test)]
mod tests {
    use super::super::{ProjectFacts, ThemeFacts};
    use super::*;
    use crate::model::ProjectId;
    use chrono::NaiveDate;

    #[test]
    fn counts_money_years_and_neglect() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd);
        let p = |id, status, themes: &[i64], budget, start, end| ProjectFacts {
            id: ProjectId(id),
            status,
            themes: themes.iter().map(|t| ThemeId(*t)).collect(),
            budget_cents: budget,
            start,
            end,
            ..Default::default()
        };
        let input = Input {
            themes: (1..=4)
                .map(|i| ThemeFacts {
                    id: ThemeId(i),
                    name: format!("T{i}"),
                })
                .collect(),
            projects: vec![
                p(
                    1,
                    ProjectStatus::Active,
                    &[1, 2],
                    Some(1_000),
                    d(2024, 3, 1),
                    d(2025, 6, 30),
                ),
                p(
                    2,
                    ProjectStatus::Planned,
                    &[1],
                    Some(500),
                    d(2026, 1, 1),
                    None,
                ),
                p(
                    3,
                    ProjectStatus::Ended,
                    &[3],
                    Some(300),
                    d(2020, 1, 1),
                    d(2021, 12, 31),
                ),
            ],
            ..Default::default()
        };
        let r = theme_report(&input);
        let t = |i: usize| &r.themes[i];
        assert_eq!((t(0).active, t(0).planned, t(0).ended), (1, 1, 0));
        assert_eq!(
            t(0).budget_cents,
            500 + 500,
            "half of project 1, all of project 2"
        );
        assert_eq!(t(1).budget_cents, 500);
        assert_eq!(
            t(0).per_year,
            BTreeMap::from([(2024, 1), (2025, 1), (2026, 1)])
        );
        assert_eq!(t(0).attention, Attention::Covered);
        assert_eq!(t(1).attention, Attention::Few);
        assert_eq!(t(2).attention, Attention::Neglected, "only ended work");
        assert_eq!(t(3).attention, Attention::Neglected, "nothing at all");
        // budgets 1000, 500, 300, 0 of 1800
        assert!((r.top3_budget_share - 1.0).abs() < 1e-6);
        let hhi =
            (1000f32 / 1800.0).powi(2) + (500f32 / 1800.0).powi(2) + (300f32 / 1800.0).powi(2);
        assert!((r.budget_hhi - hhi).abs() < 1e-6);
    }

    #[test]
    fn empty_portfolio() {
        let r = theme_report(&Input::default());
        assert!(r.themes.is_empty());
        assert_eq!((r.top3_budget_share, r.budget_hhi), (0.0, 0.0));
    }
}
