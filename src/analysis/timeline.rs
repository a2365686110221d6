//! The portfolio over time: per calendar year, how many projects run, start and end, and how
//! much money they have that year (a project's budget spread evenly over the days it runs).

use super::Input;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One year of the timeline.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Year {
    pub year: i32,
    /// Projects running at some point of the year.
    pub running: u32,
    pub starting: u32,
    pub ending: u32,
    /// The year's share of the running projects' budgets.
    pub budget_cents: i64,
}

/// Years longer than this are not drawn: a typo such as 2205 must not stretch the chart.
const MAX_SPAN: i32 = 30;

/// The timeline from the first start to the last end (at most [`MAX_SPAN`] years after the
/// first start). Projects without a start date are left out; one without an end counts for
/// its start year only.
pub fn timeline(input: &Input) -> Vec<Year> {
    let mut years: BTreeMap<i32, Year> = BTreeMap::new();
    let first = input.projects.iter().filter_map(|p| p.start).min();
    let Some(first) = first else {
        return Vec::new();
    };
    let limit = first.year() + MAX_SPAN;
    for p in &input.projects {
        let Some(start) = p.start else { continue };
        let end = match p.end {
            Some(e) if e >= start => e,
            _ => start,
        };
        let (y0, y1) = (start.year(), end.year().min(limit));
        let days = (end - start).num_days() + 1;
        for y in y0..=y1 {
            let row = years.entry(y).or_insert(Year {
                year: y,
                ..Year::default()
            });
            row.running += 1;
            if y == y0 {
                row.starting += 1;
            }
            if y == end.year() && p.end.is_some() {
                row.ending += 1;
            }
            if let Some(b) = p.budget_cents {
                row.budget_cents += share(b, start, end, y, days);
            }
        }
    }
    // Fill gaps so the chart's years are consecutive.
    let (Some(&lo), Some(&hi)) = (years.keys().next(), years.keys().next_back()) else {
        return Vec::new();
    };
    (lo..=hi)
        .map(|y| {
            years.get(&y).copied().unwrap_or(Year {
                year: y,
                ..Year::default()
            })
        })
        .collect()
}

/// The part of `budget` that falls in `year`, by days.
fn share(budget: i64, start: NaiveDate, end: NaiveDate, year: i32, days: i64) -> i64 {
    let (Some(y_start), Some(y_end)) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) else {
        return 0;
    };
    let from = start.max(y_start);
    let to = end.min(y_end);
    if to < from {
        return 0;
    }
    let in_year = (to - from).num_days() + 1;
    (budget as i128 * in_year as i128 / days.max(1) as i128) as i64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::ProjectFacts;
    use crate::model::ProjectId;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    fn project(
        id: i64,
        start: Option<NaiveDate>,
        end: Option<NaiveDate>,
        budget: i64,
    ) -> ProjectFacts {
        ProjectFacts {
            id: ProjectId(id),
            start,
            end,
            budget_cents: Some(budget),
            ..Default::default()
        }
    }

    #[test]
    fn years_count_running_starting_and_ending_projects() {
        let input = Input {
            projects: vec![
                // 2024-07-01 … 2025-06-30: half a year in each.
                project(1, d(2024, 7, 1), d(2025, 6, 30), 365_000),
                project(2, d(2026, 1, 1), None, 1_000),
                project(3, None, d(2026, 1, 1), 5_000),
            ],
            ..Default::default()
        };
        let t = timeline(&input);
        assert_eq!(
            t.iter().map(|y| y.year).collect::<Vec<_>>(),
            vec![2024, 2025, 2026]
        );
        assert_eq!((t[0].running, t[0].starting, t[0].ending), (1, 1, 0));
        assert_eq!((t[1].running, t[1].starting, t[1].ending), (1, 0, 1));
        assert_eq!((t[2].running, t[2].starting, t[2].ending), (1, 1, 0));
        // 184 of 365 days fall in 2024, 181 in 2025.
        assert_eq!(t[0].budget_cents, 184_000);
        assert_eq!(t[1].budget_cents, 181_000);
        assert_eq!(
            t[2].budget_cents, 1_000,
            "no end: the start year has it all"
        );
    }

    #[test]
    fn gaps_are_filled_and_typos_do_not_stretch_the_chart() {
        let input = Input {
            projects: vec![
                project(1, d(2020, 1, 1), d(2020, 12, 31), 0),
                project(2, d(2023, 1, 1), d(2205, 1, 1), 0),
            ],
            ..Default::default()
        };
        let t = timeline(&input);
        assert_eq!(t.first().map(|y| y.year), Some(2020));
        assert_eq!(t.last().map(|y| y.year), Some(2050));
        assert_eq!(t[1].running, 0, "2021 is there, empty");
        assert!(timeline(&Input::default()).is_empty());
    }
}
