//! Which project field a column holds: [`Target`], guessed from Finnish or English
//! headers and then adjusted by the user in the import preview; and the status words
//! people write in a status column.
//!
//! Funding words: "Rahoitus", "Rahoituslähde" and the singular "Rahoittaja" name where the
//! money comes from ("EAKR; kunta") and map to [`Target::Funding`], free text. Only the
//! plural "Rahoittajat" / "Funders" maps to [`Target::Funders`]: organisations linked to the
//! project in the funder role, which become actors in the network.

use serde::{Deserialize, Serialize};

/// What a column is imported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    Ignore,
    Name,
    Summary,
    Goals,
    Status,
    Start,
    End,
    Budget,
    Funding,
    Lead,
    LeadBusinessId,
    Partners,
    Funders,
    Themes,
    ContactName,
    ContactEmail,
    Website,
}

impl Target {
    pub const ALL: [Target; 17] = [
        Target::Ignore,
        Target::Name,
        Target::Summary,
        Target::Goals,
        Target::Status,
        Target::Start,
        Target::End,
        Target::Budget,
        Target::Funding,
        Target::Lead,
        Target::LeadBusinessId,
        Target::Partners,
        Target::Funders,
        Target::Themes,
        Target::ContactName,
        Target::ContactEmail,
        Target::Website,
    ];

    /// The stable code, as in serde and form values.
    pub fn as_str(self) -> &'static str {
        match self {
            Target::Ignore => "ignore",
            Target::Name => "name",
            Target::Summary => "summary",
            Target::Goals => "goals",
            Target::Status => "status",
            Target::Start => "start",
            Target::End => "end",
            Target::Budget => "budget",
            Target::Funding => "funding",
            Target::Lead => "lead",
            Target::LeadBusinessId => "lead_business_id",
            Target::Partners => "partners",
            Target::Funders => "funders",
            Target::Themes => "themes",
            Target::ContactName => "contact_name",
            Target::ContactEmail => "contact_email",
            Target::Website => "website",
        }
    }

    /// The inverse of [`Target::as_str`].
    pub fn parse(s: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// Normalised header words (see [`normalise`]) and what they mean.
#[rustfmt::skip]
const HEADERS: &[(Target, &[&str])] = &[
    (Target::Name, &["nimi", "hanke", "hankkeen nimi", "hankenimi", "projekti", "projektin nimi",
        "project", "project name", "name", "title", "otsikko"]),
    (Target::Summary, &["kuvaus", "tiivistelmä", "lyhyt kuvaus", "hankekuvaus", "summary",
        "description", "abstract"]),
    (Target::Goals, &["tavoitteet", "tavoite", "goals", "goal", "objectives", "aims"]),
    (Target::Status, &["tila", "vaihe", "status", "state"]),
    (Target::Start, &["alkaa", "alkupäivä", "alkupvm", "aloitus", "aloituspäivä", "alkamispäivä",
        "alku", "start", "start date", "begins"]),
    (Target::End, &["päättyy", "loppupäivä", "loppupvm", "päättymispäivä", "loppu",
        "päättyminen", "end", "end date", "ends"]),
    (Target::Budget, &["budjetti", "kokonaisbudjetti", "kustannusarvio", "kokonaiskustannukset",
        "budget", "total budget"]),
    (Target::Funding, &["rahoitus", "rahoittaja", "rahoituslähde", "rahoituslähteet",
        "rahoitusmuoto", "funding", "funding source", "funding sources"]),
    (Target::Funders, &["rahoittajat", "rahoittajaorganisaatiot", "funders"]),
    (Target::Lead, &["toteuttaja", "päätoteuttaja", "vastuutaho", "hallinnoija", "vetäjä",
        "lead", "lead organisation", "lead organization", "coordinator"]),
    (Target::LeadBusinessId, &["y tunnus", "ytunnus", "toteuttajan y tunnus",
        "päätoteuttajan y tunnus", "hallinnoijan y tunnus", "business id", "lead business id"]),
    (Target::Partners, &["kumppanit", "osatoteuttajat", "yhteistyökumppanit", "toteuttajat",
        "partners", "partner organisations", "partner organizations"]),
    (Target::Themes, &["teemat", "teema", "aihe", "aiheet", "themes", "theme", "topics", "tags"]),
    (Target::ContactName, &["yhteyshenkilö", "yhteyshenkilön nimi", "projektipäällikkö",
        "contact", "contact person", "contact name"]),
    (Target::ContactEmail, &["sähköposti", "yhteyshenkilön sähköposti", "sähköpostiosoite",
        "email", "e mail", "contact email"]),
    (Target::Website, &["verkkosivu", "verkkosivut", "kotisivu", "kotisivut", "www", "linkki",
        "website", "web", "url", "homepage"]),
];

/// Lowercase, without `(€)`/`€`, punctuation turned to spaces, spaces collapsed.
fn normalise(header: &str) -> String {
    let lower = header.to_lowercase().replace("(€)", " ").replace('€', " ");
    let spaced: String = lower
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The field a header most likely names; [`Target::Ignore`] when unsure. A leading
/// "hankkeen"/"project" is dropped when the whole header is not known
/// ("Hankkeen tila" is "Tila").
pub fn guess(header: &str) -> Target {
    let h = normalise(header);
    let lookup = |h: &str| {
        HEADERS
            .iter()
            .find(|(_, words)| words.contains(&h))
            .map(|(t, _)| *t)
    };
    lookup(&h)
        .or_else(|| {
            let rest = h
                .strip_prefix("hankkeen ")
                .or_else(|| h.strip_prefix("project "))?;
            lookup(rest)
        })
        .unwrap_or(Target::Ignore)
}

/// A guess per column; a target already taken by an earlier column becomes
/// [`Target::Ignore`], so each field is read from one column.
pub fn guess_all(headers: &[String]) -> Vec<Target> {
    let mut taken = Vec::new();
    headers
        .iter()
        .map(|h| match guess(h) {
            Target::Ignore => Target::Ignore,
            t if taken.contains(&t) => Target::Ignore,
            t => {
                taken.push(t);
                t
            }
        })
        .collect()
}

/// The status code for a status cell, in Finnish or English, any case.
pub fn status_value(s: &str) -> Option<&'static str> {
    match normalise(s).as_str() {
        "käynnissä" | "aktiivinen" | "käynnissä oleva" | "toteutuksessa" | "active" | "ongoing"
        | "in progress" => Some("active"),
        "suunnitteilla" | "suunniteltu" | "valmisteilla" | "tulossa" | "planned" | "planning" => {
            Some("planned")
        }
        "päättynyt" | "valmis" | "päättyneet" | "loppunut" | "ended" | "completed" | "finished"
        | "closed" => Some("ended"),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
