//! The demo portfolio: Vaaralahti, a fictional town of 24 000 people on a railway corridor
//! in southern Finland. Loaded into an empty database through the ordinary write path, with
//! planted findings for the analysis: two overlapping youth-employment projects, a
//! predecessor–successor pair, actors on the same themes who never work together, and a
//! theme (internationality and integration) that nobody works on.

use super::db::Db;
use super::store::write::{apply, create_portfolio, Command};
use super::store::{organisations, portfolios, Scope};
use crate::error::AppResult;
use crate::model::{
    ActorDraft, ActorId, ActorKind, ActorRole, BusinessId, ProjectInput, RelationKind, ThemeId,
};
use std::collections::HashMap;

pub const ORG_SLUG: &str = "vaaralahti";
const ORG_NAME: &str = "Vaaralahden kaupunki";
const PORTFOLIO: &str = "Vaaralahden kehittämishankkeet";
const PORTFOLIO_DESCRIPTION: &str =
    "Kaupungin, yritysten, oppilaitosten ja järjestöjen kehittämishankkeet Vaaralahdella.";
const WHO: &str = "demo";

use ActorKind::{Association as Assoc, Company, Education as Edu, Public, Research};

const ACTORS: &[(&str, ActorKind, Option<&str>)] = &[
    ("Vaaralahden kaupunki", Public, Some("2841073-0")),
    ("Vaaralahden Elinvoimayhtiö Oy", Company, Some("1937465-1")),
    ("Hämeen ELY-keskus", Public, None),
    ("Business Finland", Public, None),
    ("Järvi-Hämeen hyvinvointialue", Public, None),
    ("Koulutuskeskus Vaara", Edu, Some("0718294-3")),
    ("Vaaralahden lukio", Edu, None),
    ("Järvi-Suomen ammattikorkeakoulu", Edu, Some("2650318-3")),
    ("Sisämaan tutkimuskeskus", Research, None),
    ("Vaaralahden Yrittäjät ry", Assoc, None),
    ("Vaaran Kylät ry", Assoc, None),
    ("Nuorisoseura Kipinä ry", Assoc, None),
    ("Kulttuuriyhdistys Ruuti ry", Assoc, None),
    ("Matkailuyhdistys Vaaranrinne ry", Assoc, None),
    ("Vaaralahden Energia Oy", Company, Some("3012847-8")),
    ("Vaaralahden Vuokra-asunnot Oy", Company, Some("2209561-0")),
    ("Puutalo Lahtinen Oy", Company, Some("1876402-5")),
    ("Metsäharjun Saha Oy", Company, Some("2468013-5")),
    ("Lähiruokaosuuskunta Vaarala", Company, None),
    ("Bittiverstas Oy", Company, Some("3159260-0")),
    ("Rantaradan kasvukäytävä", Public, None),
    ("Väylävirasto", Public, None),
];

struct DemoProject {
    name: &'static str,
    summary: &'static str,
    status: &'static str,
    start: &'static str,
    end: &'static str,
    budget: &'static str,
    funding: &'static str,
    lead: &'static str,
    partners: &'static [&'static str],
    themes: &'static [&'static str],
    contact: (&'static str, &'static str),
}

const PROJECTS: &[DemoProject] = &[
    DemoProject {
        name: "Nuorten työpaja Verstas",
        summary: "Työpajatoiminta tukee nuorten työllisyyttä: 16–29-vuotiaat harjoittelevat työelämän taitoja puu- ja metallipajalla ja saavat henkilökohtaista ohjausta.",
        status: "active", start: "2024-01-01", end: "2026-12-31", budget: "640 000", funding: "ESR+; Vaaralahden kaupunki",
        lead: "Vaaralahden kaupunki", partners: &["Koulutuskeskus Vaara", "Nuorisoseura Kipinä ry"],
        themes: &["Työllisyys", "Osaaminen ja koulutus"], contact: ("Anna Virtanen", "anna.virtanen@vaaralahti.example"),
    },
    DemoProject {
        name: "Polku töihin",
        summary: "Hanke tarjoaa nuorille työllistymistä tukevaa valmennusta ja työkokeiluja paikallisissa yrityksissä sekä ohjausta työelämään ja koulutukseen.",
        status: "active", start: "2024-08-01", end: "2027-07-31", budget: "520 000", funding: "ESR+",
        lead: "Koulutuskeskus Vaara", partners: &["Vaaralahden kaupunki", "Vaaralahden Yrittäjät ry"],
        themes: &["Työllisyys", "Osaaminen ja koulutus"], contact: ("Mikko Laine", "mikko.laine@koulutuskeskusvaara.example"),
    },
    DemoProject {
        name: "Asemanseudun kehittämissuunnitelma",
        summary: "Rautatieaseman ympäristön maankäytön ja liikenteen yleissuunnitelma vuorovaikutteisesti asukkaiden kanssa.",
        status: "ended", start: "2021-03-01", end: "2023-05-31", budget: "180 000", funding: "Vaaralahden kaupunki; Väylävirasto",
        lead: "Vaaralahden kaupunki", partners: &["Väylävirasto", "Rantaradan kasvukäytävä"],
        themes: &["Liikenne ja saavutettavuus", "Keskusta ja elinympäristö"], contact: ("Liisa Heikkinen", "liisa.heikkinen@vaaralahti.example"),
    },
    DemoProject {
        name: "Asemanseutu 2030 – toteutusvaihe",
        summary: "Asemanseudun suunnitelman toteutus: liityntäpysäköinti, pyöräparkki ja uusi kevyen liikenteen yhteys keskustaan.",
        status: "active", start: "2023-09-01", end: "2027-12-31", budget: "2 400 000", funding: "Vaaralahden kaupunki; Väylävirasto; EAKR",
        lead: "Vaaralahden kaupunki", partners: &["Väylävirasto", "Rantaradan kasvukäytävä", "Vaaralahden Energia Oy"],
        themes: &["Liikenne ja saavutettavuus", "Keskusta ja elinympäristö", "Ilmasto ja kiertotalous"], contact: ("Liisa Heikkinen", "liisa.heikkinen@vaaralahti.example"),
    },
    DemoProject {
        name: "Yritysten kasvupolku",
        summary: "Sparraus- ja mentorointiohjelma pk-yritysten kasvulle ja kansainvälistymiselle, sekä yritysten omistajanvaihdosten tuki.",
        status: "active", start: "2024-02-01", end: "2026-06-30", budget: "390 000", funding: "EAKR; Vaaralahden kaupunki",
        lead: "Vaaralahden Elinvoimayhtiö Oy", partners: &["Vaaralahden Yrittäjät ry", "Järvi-Suomen ammattikorkeakoulu"],
        themes: &["Elinkeinot ja yrittäjyys"], contact: ("Jari Nieminen", "jari.nieminen@elinvoimayhtio.example"),
    },
    DemoProject {
        name: "Puurakentamisen osaamiskeskittymä",
        summary: "Teollisen puurakentamisen tuotekehitys ja koulutus yhdessä sahateollisuuden ja ammattikorkeakoulun kanssa.",
        status: "active", start: "2023-05-01", end: "2026-04-30", budget: "1 150 000", funding: "Business Finland; EAKR",
        lead: "Järvi-Suomen ammattikorkeakoulu", partners: &["Metsäharjun Saha Oy", "Koulutuskeskus Vaara", "Business Finland"],
        themes: &["Elinkeinot ja yrittäjyys", "Osaaminen ja koulutus", "Ilmasto ja kiertotalous"], contact: ("Sanna Koskinen", "sanna.koskinen@jsamk.example"),
    },
    DemoProject {
        name: "Hiilineutraali Vaaralahti 2035",
        summary: "Kaupungin ilmasto-ohjelman toimeenpano: energiatehokkuus, uusiutuva energia ja kuntalaisten ilmastoteot.",
        status: "active", start: "2022-01-01", end: "2026-12-31", budget: "850 000", funding: "Vaaralahden kaupunki; Ympäristöministeriö",
        lead: "Vaaralahden kaupunki", partners: &["Vaaralahden Energia Oy", "Sisämaan tutkimuskeskus"],
        themes: &["Ilmasto ja kiertotalous"], contact: ("Tuomas Salo", "tuomas.salo@vaaralahti.example"),
    },
    DemoProject {
        name: "Rakennusjätteen kiertotalousmalli",
        summary: "Rakennus- ja purkujätteen uudelleenkäyttö: materiaalipankki ja yritysten yhteinen lajittelualue.",
        status: "planned", start: "2025-09-01", end: "2027-08-31", budget: "310 000", funding: "EAKR",
        lead: "Puutalo Lahtinen Oy", partners: &["Vaaralahden Elinvoimayhtiö Oy"],
        themes: &["Ilmasto ja kiertotalous", "Elinkeinot ja yrittäjyys"], contact: ("Petri Lahtinen", "petri@puutalolahtinen.example"),
    },
    DemoProject {
        name: "Kylien etätyötilat",
        summary: "Kyläkoulujen ja seurantalojen tiloista etätyöpisteitä, joissa on nopea yhteys ja yhteisöllistä toimintaa.",
        status: "active", start: "2024-04-01", end: "2025-12-31", budget: "95 000", funding: "Leader; Vaaralahden kaupunki",
        lead: "Vaaran Kylät ry", partners: &["Bittiverstas Oy"],
        themes: &["Digitalisaatio", "Asuminen"], contact: ("Eeva Rantanen", "eeva.rantanen@vaarankylat.example"),
    },
    DemoProject {
        name: "Digituki kaikille",
        summary: "Ikäihmisten ja maahan muuttaneiden digitaitojen vahvistaminen kirjastossa ja kylillä vertaisopastajien avulla.",
        status: "active", start: "2023-01-01", end: "2025-12-31", budget: "120 000", funding: "Vaaralahden kaupunki; Digi- ja väestötietovirasto",
        lead: "Vaaralahden kaupunki", partners: &["Vaaran Kylät ry", "Bittiverstas Oy"],
        themes: &["Digitalisaatio", "Hyvinvointi ja terveys"], contact: ("Kaisa Mäkinen", "kaisa.makinen@vaaralahti.example"),
    },
    DemoProject {
        name: "Vaaranrinteen matkailureitit",
        summary: "Retkeily- ja pyöräilyreittien kunnostus, opasteet ja reittien yhteinen markkinointi matkailuyritysten kanssa.",
        status: "active", start: "2024-05-01", end: "2026-10-31", budget: "270 000", funding: "EAKR; Vaaralahden kaupunki",
        lead: "Matkailuyhdistys Vaaranrinne ry", partners: &["Vaaralahden kaupunki", "Vaaralahden Elinvoimayhtiö Oy"],
        themes: &["Matkailu", "Kulttuuri ja vapaa-aika"], contact: ("Heikki Lehtonen", "heikki@vaaranrinne.example"),
    },
    DemoProject {
        name: "Lähiruokaa kouluihin",
        summary: "Kuntien ruokapalvelujen ja paikallisten tuottajien yhteinen hankintamalli, jolla lähiruoan osuus kasvaa.",
        status: "planned", start: "2025-08-01", end: "2027-06-30", budget: "140 000", funding: "Maaseuturahasto",
        lead: "Lähiruokaosuuskunta Vaarala", partners: &["Vaaralahden kaupunki"],
        themes: &["Elinkeinot ja yrittäjyys", "Hyvinvointi ja terveys"], contact: ("Maria Hakala", "maria@lahiruokavaarala.example"),
    },
    DemoProject {
        name: "Liikkuva Vaaralahti",
        summary: "Arkiliikunnan lisääminen kouluissa ja työpaikoilla sekä matalan kynnyksen liikuntaryhmät.",
        status: "active", start: "2023-08-01", end: "2026-07-31", budget: "210 000", funding: "Opetus- ja kulttuuriministeriö; Vaaralahden kaupunki",
        lead: "Vaaralahden kaupunki", partners: &["Järvi-Hämeen hyvinvointialue", "Nuorisoseura Kipinä ry"],
        themes: &["Hyvinvointi ja terveys", "Kulttuuri ja vapaa-aika"], contact: ("Ville Kinnunen", "ville.kinnunen@vaaralahti.example"),
    },
    DemoProject {
        name: "Keskustan elävöittäminen",
        summary: "Kauppatorin ja kävelykadun tapahtumat, tyhjien liiketilojen pop-up-käyttö ja keskustan kesäkatu.",
        status: "active", start: "2024-03-01", end: "2025-11-30", budget: "160 000", funding: "Vaaralahden kaupunki",
        lead: "Vaaralahden Elinvoimayhtiö Oy", partners: &["Vaaralahden Yrittäjät ry", "Kulttuuriyhdistys Ruuti ry"],
        themes: &["Keskusta ja elinympäristö", "Kulttuuri ja vapaa-aika", "Elinkeinot ja yrittäjyys"], contact: ("Jari Nieminen", "jari.nieminen@elinvoimayhtio.example"),
    },
    DemoProject {
        name: "Kohtuuhintaiset vuokrakodit",
        summary: "Asemanseudun täydennysrakentaminen: 60 uutta kohtuuhintaista vuokra-asuntoa puurakenteisina.",
        status: "planned", start: "2026-01-01", end: "2028-12-31", budget: "9 800 000", funding: "ARA; Vaaralahden Vuokra-asunnot Oy",
        lead: "Vaaralahden Vuokra-asunnot Oy", partners: &["Vaaralahden kaupunki", "Puutalo Lahtinen Oy"],
        themes: &["Asuminen", "Keskusta ja elinympäristö"], contact: ("Riikka Aalto", "riikka.aalto@vva.example"),
    },
    DemoProject {
        name: "Osaajat Vaaralahteen",
        summary: "Rekrytointimessut, työnantajamielikuvan kehittäminen ja muuttajien vastaanottopalvelu alueen yrityksille.",
        status: "active", start: "2024-09-01", end: "2026-08-31", budget: "230 000", funding: "EAKR; Vaaralahden kaupunki",
        lead: "Vaaralahden Elinvoimayhtiö Oy", partners: &["Vaaralahden Yrittäjät ry", "Rantaradan kasvukäytävä"],
        themes: &["Työllisyys", "Elinkeinot ja yrittäjyys", "Asuminen"], contact: ("Jari Nieminen", "jari.nieminen@elinvoimayhtio.example"),
    },
    DemoProject {
        name: "Lukion yrittäjyyslinja",
        summary: "Lukiolaisten yrittäjyyskurssit ja yhteistyöprojektit paikallisten yritysten kanssa.",
        status: "active", start: "2023-08-01", end: "2026-05-31", budget: "60 000", funding: "Vaaralahden kaupunki",
        lead: "Vaaralahden lukio", partners: &["Vaaralahden Yrittäjät ry"],
        themes: &["Osaaminen ja koulutus", "Elinkeinot ja yrittäjyys"], contact: ("Outi Järvinen", "outi.jarvinen@vaaralahti.example"),
    },
    DemoProject {
        name: "Bioenergiaterminaali",
        summary: "Metsäteollisuuden sivuvirtojen hyödyntäminen kaukolämmössä: selvitys terminaalista ja logistiikasta.",
        status: "ended", start: "2021-01-01", end: "2022-12-31", budget: "75 000", funding: "Business Finland",
        lead: "Vaaralahden Energia Oy", partners: &["Metsäharjun Saha Oy", "Sisämaan tutkimuskeskus"],
        themes: &["Ilmasto ja kiertotalous", "Elinkeinot ja yrittäjyys"], contact: ("Antti Hiltunen", "antti.hiltunen@vaaralahdenenergia.example"),
    },
    DemoProject {
        name: "Kulttuuriareena Ruuti",
        summary: "Vanhan ruutivaraston muuttaminen nuorten ja harrastajien kulttuuritilaksi.",
        status: "active", start: "2024-01-15", end: "2026-03-31", budget: "340 000", funding: "Leader; Vaaralahden kaupunki; Opetus- ja kulttuuriministeriö",
        lead: "Kulttuuriyhdistys Ruuti ry", partners: &["Vaaralahden kaupunki", "Nuorisoseura Kipinä ry"],
        themes: &["Kulttuuri ja vapaa-aika"], contact: ("Noora Heino", "noora@ruuti.example"),
    },
    DemoProject {
        name: "Tekoäly pk-yritysten arkeen",
        summary: "Pienten yritysten digitalisaation ja tekoälyn käyttöönoton tuki työpajoissa ja kokeiluissa.",
        status: "planned", start: "2025-10-01", end: "2027-09-30", budget: "450 000", funding: "EAKR; Business Finland",
        lead: "Järvi-Suomen ammattikorkeakoulu", partners: &["Bittiverstas Oy", "Vaaralahden Elinvoimayhtiö Oy"],
        themes: &["Digitalisaatio", "Elinkeinot ja yrittäjyys"], contact: ("Sanna Koskinen", "sanna.koskinen@jsamk.example"),
    },
];

/// Loads the demo organisation and portfolio if the database has no organisations at all.
pub async fn load_if_empty(db: &Db) -> AppResult<()> {
    if organisations::count(db).await? > 0 {
        return Ok(());
    }
    tracing::info!("empty database: loading the Vaaralahti demo portfolio");
    load(db).await
}

/// Loads the demo organisation and portfolio unconditionally.
pub async fn load(db: &Db) -> AppResult<()> {
    let org = organisations::create(db, ORG_SLUG, ORG_NAME).await?;
    let portfolio = create_portfolio(db, org, WHO, PORTFOLIO, PORTFOLIO_DESCRIPTION).await?;
    let scope = Scope { org, portfolio };
    let themes: HashMap<String, ThemeId> = portfolios::themes(db, scope)
        .await?
        .into_iter()
        .map(|t| (t.name, t.id))
        .collect();
    let mut actors: HashMap<&str, ActorId> = HashMap::new();
    for (name, kind, business_id) in ACTORS {
        let draft = ActorDraft {
            name: name.to_string(),
            kind: *kind,
            business_id: business_id.and_then(BusinessId::parse),
        };
        actors.insert(
            name,
            ActorId(apply(db, scope, WHO, Command::CreateActor(draft)).await?.id),
        );
    }
    let mut ids = HashMap::new();
    for p in PROJECTS {
        let input = ProjectInput {
            name: p.name.into(),
            summary: p.summary.into(),
            status: p.status.into(),
            start_date: p.start.into(),
            end_date: p.end.into(),
            budget: p.budget.into(),
            funding: p.funding.into(),
            contact_name: p.contact.0.into(),
            contact_email: p.contact.1.into(),
            ..Default::default()
        };
        let draft = input.validate().expect("demo projects are valid");
        let project = crate::model::ProjectId(
            apply(db, scope, WHO, Command::CreateProject(draft))
                .await?
                .id,
        );
        ids.insert(p.name, project);
        let links = std::iter::once((p.lead, ActorRole::Lead))
            .chain(p.partners.iter().map(|a| (*a, ActorRole::Partner)));
        for (actor, role) in links {
            let actor = actors[actor];
            apply(
                db,
                scope,
                WHO,
                Command::LinkActor {
                    project,
                    actor,
                    role,
                },
            )
            .await?;
        }
        for theme in p.themes {
            let theme = themes[*theme];
            apply(db, scope, WHO, Command::LinkTheme { project, theme }).await?;
        }
    }
    let continues = Command::RelateProjects {
        from: ids["Asemanseutu 2030 – toteutusvaihe"],
        to: ids["Asemanseudun kehittämissuunnitelma"],
        kind: RelationKind::Continues,
    };
    apply(db, scope, WHO, continues).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_data_is_consistent() {
        for p in PROJECTS {
            let input = ProjectInput {
                name: p.name.into(),
                start_date: p.start.into(),
                end_date: p.end.into(),
                budget: p.budget.into(),
                status: p.status.into(),
                contact_email: p.contact.1.into(),
                ..Default::default()
            };
            assert!(input.validate().is_ok(), "{}", p.name);
            for a in std::iter::once(&p.lead).chain(p.partners) {
                assert!(ACTORS.iter().any(|(n, _, _)| n == a), "unknown actor {a}");
            }
            for t in p.themes {
                assert!(
                    crate::model::DEFAULT_THEMES.contains(t),
                    "unknown theme {t}"
                );
            }
        }
        for (name, _, id) in ACTORS {
            assert!(
                id.is_none_or(|id| BusinessId::parse(id).is_some()),
                "{name}"
            );
        }
        // The planted neglected theme stays neglected.
        assert!(PROJECTS
            .iter()
            .all(|p| !p.themes.contains(&"Kansainvälisyys ja kotoutuminen")));
    }
}
