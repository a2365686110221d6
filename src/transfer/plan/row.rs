//! Reading one data row of an import: each mapped cell parsed and checked, every problem
//! recorded at its cell, names resolved to actors and themes.

use super::refs::{self, Refs};
use super::{ActorRef, CellProblem, PlannedProject, ProblemCode, ProjectFields, ThemeRef};
use crate::transfer::mapping::{status_value, Target};
use crate::transfer::sheet::Sheet;
use crate::transfer::values::{
    parse_business_id, parse_date_cell, parse_fi_number, split_cell, NumberError,
};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

/// Longest name and short text, longest long text, longest address — as in the project form.
const NAME_MAX: usize = 200;
const TEXT_MAX: usize = 5_000;
const URL_MAX: usize = 2_000;

/// One data row being read, with the problems list to add to.
pub(super) struct RowReader<'a> {
    pub(super) cells: &'a [String],
    pub(super) columns: &'a HashMap<Target, usize>,
    pub(super) sheet: &'a Sheet,
    pub(super) row: usize,
    pub(super) problems: &'a mut Vec<CellProblem>,
}

impl RowReader<'_> {
    pub(super) fn cell_at(&self, c: usize) -> &str {
        self.cells.get(c).map_or("", String::as_str)
    }

    /// The cell mapped to `t`, or `""`.
    fn cell(&self, t: Target) -> &str {
        self.columns.get(&t).map_or("", |&c| self.cell_at(c))
    }

    fn add(&mut self, t: Target, problem: ProblemCode) {
        let column = self.columns.get(&t).copied();
        let header = column.and_then(|c| self.sheet.headers.get(c).cloned());
        self.problems.push(CellProblem {
            row: self.row,
            column,
            header,
            problem,
        });
    }

    /// The cell's text, checked against a length limit.
    fn text(&mut self, t: Target, max: usize) -> String {
        let s = self.cell(t).to_string();
        if s.chars().count() > max {
            self.add(t, ProblemCode::TooLong { max });
        }
        s
    }

    /// A list cell's items, each checked against the name length limit.
    fn list(&mut self, t: Target) -> Vec<String> {
        let items = split_cell(self.cell(t));
        if items.iter().any(|i| i.chars().count() > NAME_MAX) {
            self.add(t, ProblemCode::TooLong { max: NAME_MAX });
        }
        items
    }

    fn date(&mut self, t: Target) -> Option<NaiveDate> {
        let s = self.cell(t);
        if s.is_empty() {
            return None;
        }
        let date = parse_date_cell(s);
        if date.is_none() {
            self.add(t, ProblemCode::BadDate);
        }
        date
    }

    pub(super) fn project(
        &mut self,
        refs: &mut Refs,
        projects: &HashMap<String, i64>,
        seen_names: &mut HashSet<String>,
    ) -> PlannedProject {
        let name = self.text(Target::Name, NAME_MAX);
        if self.columns.contains_key(&Target::Name) {
            if name.is_empty() {
                self.add(Target::Name, ProblemCode::MissingName);
            } else if !seen_names.insert(refs::key(&name)) {
                self.add(Target::Name, ProblemCode::DuplicateName);
            }
        }
        let fields = self.fields(name);
        let lead = self.lead(refs);
        let mut partners: Vec<ActorRef> = Vec::new();
        for n in self.list(Target::Partners) {
            let r = refs.actor(&n);
            if Some(r) != lead && !partners.contains(&r) {
                partners.push(r);
            }
        }
        let mut funders: Vec<ActorRef> = Vec::new();
        for n in self.list(Target::Funders) {
            let r = refs.actor(&n);
            if !funders.contains(&r) {
                funders.push(r);
            }
        }
        let mut themes: Vec<ThemeRef> = Vec::new();
        for n in self.list(Target::Themes) {
            let r = refs.theme(&n);
            if !themes.contains(&r) {
                themes.push(r);
            }
        }
        let existing = projects.get(&refs::key(&fields.name)).copied();
        PlannedProject {
            row: self.row,
            existing,
            fields,
            lead,
            partners,
            funders,
            themes,
        }
    }

    fn fields(&mut self, name: String) -> ProjectFields {
        let summary = self.text(Target::Summary, TEXT_MAX);
        let goals = self.text(Target::Goals, TEXT_MAX);
        let status = match self.cell(Target::Status) {
            "" => "planned",
            s => status_value(s).unwrap_or_else(|| {
                self.add(Target::Status, ProblemCode::BadStatus);
                "planned"
            }),
        };
        let start = self.date(Target::Start);
        let end = self.date(Target::End);
        if matches!((start, end), (Some(s), Some(e)) if e < s) {
            self.add(Target::End, ProblemCode::EndBeforeStart);
        }
        let budget_cents = match self.cell(Target::Budget) {
            "" => None,
            s => match parse_fi_number(s) {
                Ok(c) if c < 0 => {
                    self.add(Target::Budget, ProblemCode::NegativeNumber);
                    None
                }
                Ok(c) => Some(c),
                Err(e) => {
                    let code = match e {
                        NumberError::Invalid => ProblemCode::BadNumber,
                        NumberError::TooLarge => ProblemCode::NumberTooLarge,
                    };
                    self.add(Target::Budget, code);
                    None
                }
            },
        };
        let funding = self.list(Target::Funding);
        let contact_name = self.text(Target::ContactName, NAME_MAX);
        let contact_email = self.text(Target::ContactEmail, NAME_MAX);
        if !contact_email.is_empty() && !is_email(&contact_email) {
            self.add(Target::ContactEmail, ProblemCode::BadEmail);
        }
        let website = self.text(Target::Website, URL_MAX);
        let website = match web_url(&website) {
            Some(url) => url,
            None => {
                self.add(Target::Website, ProblemCode::BadUrl);
                website
            }
        };
        let status = status.to_string();
        ProjectFields {
            name,
            summary,
            goals,
            status,
            start,
            end,
            budget_cents,
            funding,
            contact_name,
            contact_email,
            website,
        }
    }

    /// The lead from the name and Y-tunnus cells.
    fn lead(&mut self, refs: &mut Refs) -> Option<ActorRef> {
        let single = split_cell(self.cell(Target::Lead)).len() <= 1;
        if !single {
            self.add(Target::Lead, ProblemCode::MultipleLeads);
        }
        let name = self.text(Target::Lead, NAME_MAX);
        let bid = match self.cell(Target::LeadBusinessId) {
            "" => Ok(None),
            s => parse_business_id(s).map(Some).ok_or(()),
        };
        let Ok(bid) = bid else {
            self.add(Target::LeadBusinessId, ProblemCode::BadBusinessId);
            return None;
        };
        if !single {
            return None;
        }
        let name = (!name.is_empty()).then_some(name);
        refs.lead(name.as_deref(), bid.as_deref())
            .unwrap_or_else(|problem| {
                self.add(Target::LeadBusinessId, problem);
                None
            })
    }
}

/// One `@`, something before it, a dot inside the domain, no spaces.
fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(char::is_whitespace)
}

/// An absolute http(s) address; a bare `www.hamk.fi` gets `https://`. Empty stays empty;
/// anything else (`javascript:`, spaces) is `None`.
fn web_url(s: &str) -> Option<String> {
    if s.is_empty() {
        return Some(String::new());
    }
    if s.chars().any(char::is_whitespace) {
        return None;
    }
    let lower = s.to_ascii_lowercase();
    match lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
    {
        Some(rest) => (!rest.is_empty() && !rest.starts_with('/')).then(|| s.to_string()),
        None => {
            let bare =
                s.contains('.') && !s.contains(':') && s.starts_with(|c: char| c.is_alphanumeric());
            bare.then(|| format!("https://{s}"))
        }
    }
}
