//! The demo portfolio: Vaaralahti, a fictional town of 24 000 people on a railway corridor
//! in southern Finland (Häme). Loaded into an empty database through the ordinary write path.
//! 76 projects from 2019 to 2028 (statuses as of December 2026) and 87 actors —
//! the town, its companies, schools, associations, research bodies, neighbouring
//! municipalities, the region and the state — on the 12 default themes, spread unevenly.
//!
//! Planted findings for the analysis (the tests rely on the first four):
//! - two overlapping youth-employment projects, "Nuorten työpaja Verstas" and "Polku töihin",
//!   the strongest overlap of all;
//! - a predecessor–successor pair (the station area plan and its implementation), stated as
//!   a continuation and so no overlap;
//! - actors on the same themes who never work together ("Puutalo Lahtinen Oy" and
//!   "Sisämaan tutkimuskeskus", both on climate and circular economy);
//! - a theme, internationality and integration, that nobody works on now: one project on it
//!   ended in 2021 and nothing is active or planned;
//! - weaker overlaps by different leads: two route projects on Vaaranrinne, two digital-support
//!   projects for older people, two village-broadband projects;
//! - partner clusters whose actors recur together: wood and bioeconomy, tourism and culture,
//!   wellbeing, digital skills and education, climate and industry;
//! - a thin theme (transport: one live project) beside crowded ones (business, skills).

use super::db::Db;
use super::store::write::{apply, create_portfolio, Command};
use super::store::{accounts, organisations, portfolios, Scope};
use crate::error::AppResult;
use crate::model::{
    ActorDraft, ActorId, ActorKind, ActorRole, BusinessId, OrgId, ProjectInput, RelationKind, Role,
    ThemeId,
};
use std::collections::HashMap;
use std::sync::OnceLock;

pub const ORG_SLUG: &str = "vaaralahti";
const ORG_NAME: &str = "Vaaralahden kaupunki";
const PORTFOLIO: &str = "Vaaralahden kehittämishankkeet";
const PORTFOLIO_DESCRIPTION: &str =
    "Kaupungin, yritysten, oppilaitosten ja järjestöjen kehittämishankkeet Vaaralahdella.";
const WHO: &str = "demo";

/// The demo sign-in (documented in the README): one password for the town's three people.
pub const DEMO_PASSWORD: &str = "vaaralahti-demo-2026";
/// (e-mail, name, role) of the demo organisation's people.
pub const DEMO_PEOPLE: [(&str, &str, Role); 3] = [
    ("anna.virtanen@vaaralahti.fi", "Anna Virtanen", Role::Admin),
    ("mikko.laine@vaaralahti.fi", "Mikko Laine", Role::Editor),
    ("sari.nieminen@vaaralahti.fi", "Sari Nieminen", Role::Viewer),
];

use ActorKind::{Association as Assoc, Company, Education as Edu, Public, Research};

const ACTORS: &[(&str, ActorKind, Option<&str>)] = &[
    // The core: the town and its companies, schools, associations and public bodies
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
    // Neighbours, the region and the state
    ("Ylä-Vaaran kunta", Public, None),
    ("Kivijärven kunta", Public, None),
    ("Järvi-Hämeen liitto", Public, None),
    ("Järvi-Hämeen työllisyysalue", Public, None),
    ("Järvi-Hämeen pelastuslaitos", Public, None),
    ("Opetushallitus", Public, None),
    ("Ympäristöministeriö", Public, None),
    ("Vaaralahden seurakunta", ActorKind::Other, None),
    // Schools and universities
    ("Vaaralahden yhteiskoulu", Edu, None),
    ("Rantakylän koulu", Edu, None),
    ("Vaaralahden kansalaisopisto", Edu, None),
    ("Vaaralahden musiikkiopisto", Edu, None),
    ("Järvi-Hämeen kesäyliopisto", Edu, None),
    ("Järvi-Hämeen maaseutuopisto", Edu, None),
    ("Sisä-Suomen yliopisto", Edu, None),
    // Research
    ("Biotalouden tutkimuslaitos Kaarna", Research, None),
    ("Maaseutututkimuksen keskus Kide", Research, None),
    ("Hyvinvointitutkimuksen keskus Lumo", Research, None),
    // Associations
    ("Leader Vaara-Häme ry", Assoc, None),
    ("Metsänhoitoyhdistys Vaaranmaa ry", Assoc, None),
    ("Urheiluseura Vaaralahden Vauhti ry", Assoc, None),
    ("Vaaralahden Eläkeläiset ry", Assoc, None),
    ("Vaaralahden Omaishoitajat ry", Assoc, None),
    ("Mielenterveysyhdistys Tuulikello ry", Assoc, None),
    ("Vaaralahden 4H-yhdistys ry", Assoc, None),
    ("Vaaralahden Kotiseutuyhdistys ry", Assoc, None),
    ("Ahvenkosken kyläyhdistys ry", Assoc, None),
    ("Mustalammen kyläseura ry", Assoc, None),
    ("Harrastajateatteri Kulissi ry", Assoc, None),
    ("Vaaralahden Taideyhdistys ry", Assoc, None),
    ("Vaaralahden luonnonsuojeluyhdistys ry", Assoc, None),
    ("Asemanseudun asukasyhdistys ry", Assoc, None),
    ("Järvi-Hämeen Matkailu ry", Assoc, None),
    ("Järvi-Hämeen kauppakamari", Assoc, None),
    ("Vaaralahden Työttömät ry", Assoc, None),
    ("Monikulttuuriyhdistys Silta ry", Assoc, None),
    // Companies
    ("Vaaran Hirsitalot Oy", Company, Some("2034718-3")),
    ("Kuusikon Elementti Oy", Company, Some("2987341-1")),
    ("Biolämpö Kivijärvi Oy", Company, Some("1653209-5")),
    ("Kaarnatec Oy", Company, Some("3204517-4")),
    ("Metsäpalvelu Honkanen Oy", Company, Some("0953812-2")),
    ("Hotelli Vaarahovi Oy", Company, Some("0861427-7")),
    ("Lomakylä Vaaranranta Oy", Company, Some("1528730-7")),
    ("Elämyspalvelut Koskikara Oy", Company, Some("2750914-9")),
    ("Vaaran Juustola Oy", Company, Some("2391065-6")),
    ("Leipomo Kaneli Oy", Company, Some("2816453-3")),
    ("Hoivakoti Päivärinne Oy", Company, Some("2145876-6")),
    ("Kuntoutuskeskus Voimala Oy", Company, Some("1092384-5")),
    ("Hyvinvointiteknologia Vire Oy", Company, Some("3087152-8")),
    ("Koodikallio Oy", Company, Some("2913578-5")),
    ("Vaaran Valokuituosuuskunta", Company, Some("2706341-5")),
    ("Vaaralahden Sanomat Oy", Company, Some("0387215-4")),
    ("Konepaja Rautiainen Oy", Company, Some("0624938-4")),
    ("Rantaradan Logistiikka Oy", Company, Some("2478016-0")),
    ("Vaaralahden Teollisuuskylä Oy", Company, Some("1789425-8")),
    ("Kiertokaari Oy", Company, Some("3128469-1")),
    ("Vaaran Aurinkovoima Oy", Company, Some("3245106-8")),
    ("Rakennusliike Koivisto Oy", Company, Some("1347082-9")),
    ("Vaaran Marja Oy", Company, Some("2569831-0")),
    ("Kyläkyyti Oy", Company, Some("2845207-6")),
    ("Linja-autoliike Rantanen Oy", Company, Some("0518764-4")),
    ("Henkilöstöpalvelu Tekijä Oy", Company, Some("2271594-7")),
    ("Vaaralahden Vesi Oy", Company, Some("1954068-0")),
    ("Kivijärven Kehitys Oy", Company, Some("2093478-3")),
    ("Arkkitehtitoimisto Vaarno Oy", Company, Some("2638195-6")),
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
    // --- Youth employment: the planted overlap (Verstas and Polku töihin) ---
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
    // --- The station area: a plan and its implementation (predecessor and successor) ---
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
        status: "ended", start: "2024-02-01", end: "2026-06-30", budget: "390 000", funding: "EAKR; Vaaralahden kaupunki",
        lead: "Vaaralahden Elinvoimayhtiö Oy", partners: &["Vaaralahden Yrittäjät ry", "Järvi-Suomen ammattikorkeakoulu"],
        themes: &["Elinkeinot ja yrittäjyys"], contact: ("Jari Nieminen", "jari.nieminen@elinvoimayhtio.example"),
    },
    DemoProject {
        name: "Puurakentamisen osaamiskeskittymä",
        summary: "Teollisen puurakentamisen tuotekehitys ja koulutus yhdessä sahateollisuuden ja ammattikorkeakoulun kanssa.",
        status: "ended", start: "2023-05-01", end: "2026-04-30", budget: "1 150 000", funding: "Business Finland; EAKR",
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
        status: "planned", start: "2027-01-01", end: "2028-12-31", budget: "310 000", funding: "EAKR",
        lead: "Puutalo Lahtinen Oy", partners: &["Vaaralahden Elinvoimayhtiö Oy"],
        themes: &["Ilmasto ja kiertotalous", "Elinkeinot ja yrittäjyys"], contact: ("Petri Lahtinen", "petri@puutalolahtinen.example"),
    },
    DemoProject {
        name: "Kylien etätyötilat",
        summary: "Kyläkoulujen ja seurantalojen tiloista etätyöpisteitä, joissa on nopea yhteys ja yhteisöllistä toimintaa.",
        status: "active", start: "2024-04-01", end: "2027-03-31", budget: "95 000", funding: "Leader; Vaaralahden kaupunki",
        lead: "Vaaran Kylät ry", partners: &["Bittiverstas Oy"],
        themes: &["Digitalisaatio", "Asuminen"], contact: ("Eeva Rantanen", "eeva.rantanen@vaarankylat.example"),
    },
    DemoProject {
        name: "Digituki kaikille",
        summary: "Ikäihmisten ja maahan muuttaneiden digitaitojen vahvistaminen kirjastossa ja kylillä vertaisopastajien avulla.",
        status: "active", start: "2023-01-01", end: "2026-12-31", budget: "120 000", funding: "Vaaralahden kaupunki; Digi- ja väestötietovirasto",
        lead: "Vaaralahden kaupunki", partners: &["Vaaran Kylät ry", "Bittiverstas Oy"],
        themes: &["Digitalisaatio", "Hyvinvointi ja terveys"], contact: ("Kaisa Mäkinen", "kaisa.makinen@vaaralahti.example"),
    },
    DemoProject {
        name: "Vaaranrinteen matkailureitit",
        summary: "Retkeily- ja pyöräilyreittien kunnostus, opasteet ja reittien yhteinen markkinointi matkailuyritysten kanssa.",
        status: "active", start: "2024-05-01", end: "2027-05-31", budget: "270 000", funding: "EAKR; Vaaralahden kaupunki",
        lead: "Matkailuyhdistys Vaaranrinne ry", partners: &["Vaaralahden kaupunki", "Vaaralahden Elinvoimayhtiö Oy"],
        themes: &["Matkailu", "Kulttuuri ja vapaa-aika"], contact: ("Heikki Lehtonen", "heikki@vaaranrinne.example"),
    },
    DemoProject {
        name: "Lähiruokaa kouluihin",
        summary: "Kuntien ruokapalvelujen ja paikallisten tuottajien yhteinen hankintamalli, jolla lähiruoan osuus kasvaa.",
        status: "planned", start: "2027-08-01", end: "2028-12-31", budget: "140 000", funding: "Maaseuturahasto",
        lead: "Lähiruokaosuuskunta Vaarala", partners: &["Vaaralahden kaupunki"],
        themes: &["Elinkeinot ja yrittäjyys", "Hyvinvointi ja terveys"], contact: ("Maria Hakala", "maria@lahiruokavaarala.example"),
    },
    DemoProject {
        name: "Liikkuva Vaaralahti",
        summary: "Arkiliikunnan lisääminen kouluissa ja työpaikoilla sekä matalan kynnyksen liikuntaryhmät.",
        status: "active", start: "2023-08-01", end: "2027-07-31", budget: "210 000", funding: "Opetus- ja kulttuuriministeriö; Vaaralahden kaupunki",
        lead: "Vaaralahden kaupunki", partners: &["Järvi-Hämeen hyvinvointialue", "Nuorisoseura Kipinä ry"],
        themes: &["Hyvinvointi ja terveys", "Kulttuuri ja vapaa-aika"], contact: ("Ville Kinnunen", "ville.kinnunen@vaaralahti.example"),
    },
    DemoProject {
        name: "Keskustan elävöittäminen",
        summary: "Kauppatorin ja kävelykadun tapahtumat, tyhjien liiketilojen pop-up-käyttö ja keskustan kesäkatu.",
        status: "ended", start: "2024-03-01", end: "2025-11-30", budget: "160 000", funding: "Vaaralahden kaupunki",
        lead: "Vaaralahden Elinvoimayhtiö Oy", partners: &["Vaaralahden Yrittäjät ry", "Kulttuuriyhdistys Ruuti ry"],
        themes: &["Keskusta ja elinympäristö", "Kulttuuri ja vapaa-aika", "Elinkeinot ja yrittäjyys"], contact: ("Jari Nieminen", "jari.nieminen@elinvoimayhtio.example"),
    },
    DemoProject {
        name: "Kohtuuhintaiset vuokrakodit",
        summary: "Asemanseudun täydennysrakentaminen: 60 uutta kohtuuhintaista vuokra-asuntoa puurakenteisina.",
        status: "planned", start: "2027-04-01", end: "2028-12-31", budget: "9 800 000", funding: "ARA; Vaaralahden Vuokra-asunnot Oy",
        lead: "Vaaralahden Vuokra-asunnot Oy", partners: &["Vaaralahden kaupunki", "Puutalo Lahtinen Oy"],
        themes: &["Asuminen", "Keskusta ja elinympäristö"], contact: ("Riikka Aalto", "riikka.aalto@vva.example"),
    },
    DemoProject {
        name: "Osaajat Vaaralahteen",
        summary: "Rekrytointimessut, työnantajamielikuvan kehittäminen ja muuttajien vastaanottopalvelu alueen yrityksille.",
        status: "active", start: "2024-09-01", end: "2027-08-31", budget: "230 000", funding: "EAKR; Vaaralahden kaupunki",
        lead: "Vaaralahden Elinvoimayhtiö Oy", partners: &["Vaaralahden Yrittäjät ry", "Rantaradan kasvukäytävä"],
        themes: &["Työllisyys", "Elinkeinot ja yrittäjyys", "Asuminen"], contact: ("Jari Nieminen", "jari.nieminen@elinvoimayhtio.example"),
    },
    DemoProject {
        name: "Lukion yrittäjyyslinja",
        summary: "Lukiolaisten yrittäjyyskurssit ja yhteistyöprojektit paikallisten yritysten kanssa.",
        status: "active", start: "2023-08-01", end: "2027-05-31", budget: "60 000", funding: "Vaaralahden kaupunki",
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
        status: "ended", start: "2024-01-15", end: "2026-03-31", budget: "340 000", funding: "Leader; Vaaralahden kaupunki; Opetus- ja kulttuuriministeriö",
        lead: "Kulttuuriyhdistys Ruuti ry", partners: &["Vaaralahden kaupunki", "Nuorisoseura Kipinä ry"],
        themes: &["Kulttuuri ja vapaa-aika"], contact: ("Noora Heino", "noora@ruuti.example"),
    },
    DemoProject {
        name: "Tekoäly pk-yritysten arkeen",
        summary: "Pienten yritysten digitalisaation ja tekoälyn käyttöönoton tuki työpajoissa ja kokeiluissa.",
        status: "active", start: "2025-10-01", end: "2027-09-30", budget: "450 000", funding: "EAKR; Business Finland",
        lead: "Järvi-Suomen ammattikorkeakoulu", partners: &["Bittiverstas Oy", "Vaaralahden Elinvoimayhtiö Oy"],
        themes: &["Digitalisaatio", "Elinkeinot ja yrittäjyys"], contact: ("Sanna Koskinen", "sanna.koskinen@jsamk.example"),
    },
    // --- Wood and bioeconomy cluster: the sawmill, the university of applied sciences,
    // the bioeconomy institute, the element and log-house makers, the forest owners ---
    DemoProject {
        name: "Teollisen puurakentamisen kasvuohjelma",
        summary: "Osaamiskeskittymän jatko: puuelementtien sarjatuotanto, uudet tuotteet kerrostalorakentamiseen ja yritysten yhteinen tuotekehitysalusta.",
        status: "active", start: "2026-05-01", end: "2028-12-31", budget: "1 900 000", funding: "Business Finland; EAKR",
        lead: "Järvi-Suomen ammattikorkeakoulu", partners: &["Metsäharjun Saha Oy", "Kuusikon Elementti Oy", "Vaaran Hirsitalot Oy", "Puutalo Lahtinen Oy", "Biotalouden tutkimuslaitos Kaarna"],
        themes: &["Elinkeinot ja yrittäjyys", "Osaaminen ja koulutus", "Ilmasto ja kiertotalous"], contact: ("Sanna Koskinen", "sanna.koskinen@jsamk.example"),
    },
    DemoProject {
        name: "Sahan sivuvirrat uusiksi tuotteiksi",
        summary: "Kuoresta, purusta ja hakkeesta kehitetään eristeitä, kasvualustoja ja biohiiltä. Pilotointi tehdään Metsäharjun sahalla.",
        status: "active", start: "2025-03-01", end: "2027-08-31", budget: "780 000", funding: "Business Finland; EAKR",
        lead: "Biotalouden tutkimuslaitos Kaarna", partners: &["Metsäharjun Saha Oy", "Kaarnatec Oy", "Järvi-Suomen ammattikorkeakoulu"],
        themes: &["Ilmasto ja kiertotalous", "Elinkeinot ja yrittäjyys"], contact: ("Laura Pesonen", "laura.pesonen@kaarna.example"),
    },
    DemoProject {
        name: "Metsäalan osaajat",
        summary: "Metsäkoneenkuljettajien ja metsurien koulutus oppisopimuksella sekä simulaattorikoulutus yhteistyössä metsäyritysten kanssa.",
        status: "active", start: "2025-08-01", end: "2027-12-31", budget: "420 000", funding: "ESR+; Järvi-Hämeen maaseutuopisto",
        lead: "Järvi-Hämeen maaseutuopisto", partners: &["Koulutuskeskus Vaara", "Metsänhoitoyhdistys Vaaranmaa ry", "Metsäpalvelu Honkanen Oy", "Metsäharjun Saha Oy"],
        themes: &["Osaaminen ja koulutus", "Elinkeinot ja yrittäjyys"], contact: ("Jussi Korhonen", "jussi.korhonen@jhmo.example"),
    },
    DemoProject {
        name: "Ilmastoviisas metsänhoito",
        summary: "Metsänomistajille neuvontaa jatkuvasta kasvatuksesta, hiilinieluista ja monimuotoisuudesta sekä maastopäiviä esimerkkimetsissä.",
        status: "active", start: "2024-04-01", end: "2027-03-31", budget: "190 000", funding: "Leader; Maaseuturahasto",
        lead: "Metsänhoitoyhdistys Vaaranmaa ry", partners: &["Biotalouden tutkimuslaitos Kaarna", "Metsäpalvelu Honkanen Oy", "Leader Vaara-Häme ry"],
        themes: &["Ilmasto ja kiertotalous", "Elinkeinot ja yrittäjyys"], contact: ("Timo Karjalainen", "timo.karjalainen@mhyvaaranmaa.example"),
    },
    DemoProject {
        name: "Biolämpöä kylille",
        summary: "Kyläkoulujen ja kylätalojen öljylämmitys vaihdettiin hakelämpöön; paikallinen lämpöyrittäjä huolehtii polttoaineesta.",
        status: "ended", start: "2019-09-01", end: "2022-06-30", budget: "260 000", funding: "Leader; Kivijärven kunta",
        lead: "Biolämpö Kivijärvi Oy", partners: &["Metsäpalvelu Honkanen Oy", "Kivijärven kunta", "Ahvenkosken kyläyhdistys ry"],
        themes: &["Ilmasto ja kiertotalous"], contact: ("Kalle Hämäläinen", "kalle@biolampokivijarvi.example"),
    },
    DemoProject {
        name: "Hirsirakentamisen osaamispolku",
        summary: "Hirsitalotehtaan ja ammattiopiston yhteinen koulutusmalli hirsirakentamiseen: opiskelijat tekevät osan opinnoistaan tehtaalla ja työmailla.",
        status: "ended", start: "2021-08-01", end: "2023-12-31", budget: "150 000", funding: "Opetushallitus; Vaaran Hirsitalot Oy",
        lead: "Vaaran Hirsitalot Oy", partners: &["Koulutuskeskus Vaara", "Järvi-Hämeen maaseutuopisto"],
        themes: &["Osaaminen ja koulutus", "Elinkeinot ja yrittäjyys"], contact: ("Marko Hirvonen", "marko.hirvonen@vaaranhirsitalot.example"),
    },
    DemoProject {
        name: "Puurakentamisen opettajavaihto",
        summary: "Ammatillisten opettajien työelämäjaksot eurooppalaisissa puurakentamisen oppilaitoksissa ja yrityksissä; opitut menetelmät tuodaan omiin opetussuunnitelmiin.",
        status: "active", start: "2025-09-01", end: "2027-08-31", budget: "85 000", funding: "Erasmus+",
        lead: "Koulutuskeskus Vaara", partners: &["Järvi-Hämeen maaseutuopisto", "Opetushallitus"],
        themes: &["Osaaminen ja koulutus"], contact: ("Helena Lindqvist", "helena.lindqvist@koulutuskeskusvaara.example"),
    },
    DemoProject {
        name: "Turvealan yritysten uudet liiketoiminnat",
        summary: "Turvetuotannosta luopuvien yrittäjien ja heidän työntekijöidensä siirtyminen uusille aloille: liiketoimintasuunnitelmat, investointituki ja konekaluston uusi käyttö.",
        status: "active", start: "2024-02-01", end: "2027-01-31", budget: "1 250 000", funding: "JTF; Hämeen ELY-keskus",
        lead: "Vaaralahden Elinvoimayhtiö Oy", partners: &["Hämeen ELY-keskus", "Metsäpalvelu Honkanen Oy", "Biolämpö Kivijärvi Oy"],
        themes: &["Elinkeinot ja yrittäjyys", "Ilmasto ja kiertotalous"], contact: ("Jari Nieminen", "jari.nieminen@elinvoimayhtio.example"),
    },
    // --- Tourism and culture cluster: the tourism associations, the hotel, the holiday
    // village, the activity and food companies, the culture associations ---
    DemoProject {
        name: "Ylä-Vaaran retkeilyreitit",
        summary: "Ylä-Vaaran puolen retkeilyreittien ja maastopyöräilyreittien kunnostus, laavut ja opastetaulut sekä reittien markkinointi alueen matkailuyrittäjien kanssa.",
        status: "active", start: "2025-04-01", end: "2027-06-30", budget: "210 000", funding: "EAKR; Ylä-Vaaran kunta",
        lead: "Ylä-Vaaran kunta", partners: &["Matkailuyhdistys Vaaranrinne ry", "Elämyspalvelut Koskikara Oy", "Lomakylä Vaaranranta Oy"],
        themes: &["Matkailu", "Kulttuuri ja vapaa-aika"], contact: ("Sari Pulkkinen", "sari.pulkkinen@ylavaara.example"),
    },
    DemoProject {
        name: "Ympärivuotinen Vaaranrinne",
        summary: "Matkailuyritysten yhteiset talvi- ja syyskauden palvelupaketit, uudet myyntikanavat ja sesonkien tasaaminen.",
        status: "active", start: "2024-10-01", end: "2027-09-30", budget: "560 000", funding: "EAKR; Leader",
        lead: "Lomakylä Vaaranranta Oy", partners: &["Hotelli Vaarahovi Oy", "Elämyspalvelut Koskikara Oy", "Matkailuyhdistys Vaaranrinne ry", "Järvi-Hämeen Matkailu ry"],
        themes: &["Matkailu", "Elinkeinot ja yrittäjyys"], contact: ("Tiina Ojala", "tiina.ojala@vaaranranta.example"),
    },
    DemoProject {
        name: "Järvi-Hämeen ruokamatkailu",
        summary: "Juustolan, leipomon ja lähiruokatuottajien ruokareitti, tilavierailut ja yhteinen ruokamatkailutuote hotellien ja lomakylien asiakkaille.",
        status: "active", start: "2025-04-01", end: "2027-06-30", budget: "330 000", funding: "EAKR; Leader",
        lead: "Järvi-Hämeen Matkailu ry", partners: &["Vaaran Juustola Oy", "Leipomo Kaneli Oy", "Lähiruokaosuuskunta Vaarala", "Hotelli Vaarahovi Oy"],
        themes: &["Matkailu", "Elinkeinot ja yrittäjyys"], contact: ("Pauliina Lehto", "pauliina.lehto@jhmatkailu.example"),
    },
    DemoProject {
        name: "Matkailun yhteinen varauskalenteri",
        summary: "Alueen majoitus- ja ohjelmapalveluille rakennettiin yhteinen verkkovarauskalenteri ja sähköinen myyntikanava.",
        status: "ended", start: "2021-02-01", end: "2023-01-31", budget: "240 000", funding: "EAKR",
        lead: "Järvi-Hämeen Matkailu ry", partners: &["Koodikallio Oy", "Lomakylä Vaaranranta Oy", "Hotelli Vaarahovi Oy"],
        themes: &["Matkailu", "Digitalisaatio"], contact: ("Pauliina Lehto", "pauliina.lehto@jhmatkailu.example"),
    },
    DemoProject {
        name: "Kesäteatteri Vaaranlava",
        summary: "Harrastajateatterin kesänäytännöt Vaaranrinteen ulkolavalla, teatteripaketit hotellin kanssa ja lavan esteettömyyden parantaminen.",
        status: "active", start: "2025-05-01", end: "2027-09-30", budget: "120 000", funding: "Leader; Vaaralahden kaupunki",
        lead: "Harrastajateatteri Kulissi ry", partners: &["Kulttuuriyhdistys Ruuti ry", "Hotelli Vaarahovi Oy", "Vaaralahden Kotiseutuyhdistys ry"],
        themes: &["Kulttuuri ja vapaa-aika", "Matkailu"], contact: ("Minna Salmi", "minna.salmi@kulissi.example"),
    },
    DemoProject {
        name: "Vaaralahden tarinat",
        summary: "Kotiseutuarkiston valokuvat, muistelmat ja lehtileikkeet digitoitiin ja julkaistiin avoimena verkkoarkistona.",
        status: "ended", start: "2020-01-01", end: "2022-12-31", budget: "65 000", funding: "Leader; Vaaralahden kaupunki",
        lead: "Vaaralahden Kotiseutuyhdistys ry", partners: &["Vaaralahden Sanomat Oy", "Bittiverstas Oy"],
        themes: &["Kulttuuri ja vapaa-aika", "Digitalisaatio"], contact: ("Raimo Leinonen", "raimo.leinonen@vaaralahdenkotiseutu.example"),
    },
    DemoProject {
        name: "Kaupunkifestivaali Raide",
        summary: "Asemanseudun ja kauppatorin yhteinen kesäfestivaali: paikalliset esiintyjät, katuruoka ja ratapihan vanhat varastot tapahtumapaikkoina.",
        status: "active", start: "2025-01-01", end: "2027-10-31", budget: "180 000", funding: "Vaaralahden kaupunki; Opetus- ja kulttuuriministeriö",
        lead: "Kulttuuriyhdistys Ruuti ry", partners: &["Vaaralahden kaupunki", "Vaaralahden Elinvoimayhtiö Oy", "Asemanseudun asukasyhdistys ry"],
        themes: &["Kulttuuri ja vapaa-aika", "Keskusta ja elinympäristö"], contact: ("Noora Heino", "noora@ruuti.example"),
    },
    DemoProject {
        name: "Taidepolku Vaaranrinteelle",
        summary: "Ympäristötaideteosten reitti keskustasta Vaaranrinteelle, taiteilijaresidenssi ja teosten opastus matkailijoille.",
        status: "planned", start: "2027-05-01", end: "2028-10-31", budget: "95 000", funding: "Leader; Vaaralahden kaupunki",
        lead: "Vaaralahden Taideyhdistys ry", partners: &["Vaaralahden kaupunki", "Matkailuyhdistys Vaaranrinne ry", "Leader Vaara-Häme ry"],
        themes: &["Kulttuuri ja vapaa-aika", "Matkailu"], contact: ("Elina Kettunen", "elina.kettunen@vaaralahdentaide.example"),
    },
    DemoProject {
        name: "Bändikoulu kylille",
        summary: "Musiikkiopiston opettajat vetävät bändi- ja laulupajoja kyläkouluilla ja nuorisoseuran tiloissa, ja pajat päättyvät yhteiskonserttiin.",
        status: "active", start: "2024-09-01", end: "2027-05-31", budget: "70 000", funding: "Opetus- ja kulttuuriministeriö; Vaaralahden kaupunki",
        lead: "Vaaralahden musiikkiopisto", partners: &["Nuorisoseura Kipinä ry", "Rantakylän koulu"],
        themes: &["Kulttuuri ja vapaa-aika", "Osaaminen ja koulutus"], contact: ("Jukka Tuominen", "jukka.tuominen@vaaralahdenmusiikkiopisto.example"),
    },
    DemoProject {
        name: "Kirjasto kaikkien olohuoneena",
        summary: "Pääkirjaston tilat uudistettiin kohtaamispaikaksi: kansalaisopiston kurssit, kotiseutuillat ja omatoimikirjasto iltaisin.",
        status: "ended", start: "2019-09-01", end: "2021-12-31", budget: "210 000", funding: "Vaaralahden kaupunki; Opetus- ja kulttuuriministeriö",
        lead: "Vaaralahden kaupunki", partners: &["Vaaralahden kansalaisopisto", "Vaaralahden Kotiseutuyhdistys ry"],
        themes: &["Kulttuuri ja vapaa-aika"], contact: ("Kaisa Mäkinen", "kaisa.makinen@vaaralahti.example"),
    },
    DemoProject {
        name: "Vauhti-areenan lähiliikuntapaikka",
        summary: "Yhteiskoulun kentälle monitoimikenttä, ulkokuntosali ja talvella luistelualue, jotka ovat iltaisin seurojen ja asukkaiden käytössä.",
        status: "planned", start: "2027-04-01", end: "2028-09-30", budget: "480 000", funding: "Opetus- ja kulttuuriministeriö; Vaaralahden kaupunki",
        lead: "Urheiluseura Vaaralahden Vauhti ry", partners: &["Vaaralahden kaupunki", "Vaaralahden yhteiskoulu"],
        themes: &["Kulttuuri ja vapaa-aika", "Hyvinvointi ja terveys"], contact: ("Pekka Mustonen", "pekka.mustonen@vauhti.example"),
    },
    // --- Wellbeing cluster: the wellbeing services county, care and rehabilitation
    // companies, the wellbeing research centre, the patient and senior associations ---
    DemoProject {
        name: "Seniorien digiopastus",
        summary: "Ikäihmisten digitaitojen opastus: vapaaehtoiset vertaisopastajat neuvovat kirjastossa ja kylätaloilla verkkopankin ja sähköisen asioinnin käytössä.",
        status: "active", start: "2025-02-01", end: "2027-01-31", budget: "90 000", funding: "STEA; Vaaralahden kaupunki",
        lead: "Vaaralahden Eläkeläiset ry", partners: &["Vaaralahden kansalaisopisto", "Vaaran Kylät ry"],
        themes: &["Digitalisaatio", "Hyvinvointi ja terveys"], contact: ("Aila Nurmi", "aila.nurmi@vaaralahdenelakelaiset.example"),
    },
    DemoProject {
        name: "Kotona asumisen teknologiat",
        summary: "Ikäihmisten kotona asumista tukevien etälaitteiden, turvarannekkeiden ja kuvapuhelujen kokeilu kotihoidossa ja palvelutaloissa.",
        status: "active", start: "2024-09-01", end: "2027-08-31", budget: "890 000", funding: "STM; Järvi-Hämeen hyvinvointialue",
        lead: "Järvi-Hämeen hyvinvointialue", partners: &["Hyvinvointiteknologia Vire Oy", "Hoivakoti Päivärinne Oy", "Järvi-Suomen ammattikorkeakoulu", "Hyvinvointitutkimuksen keskus Lumo"],
        themes: &["Hyvinvointi ja terveys", "Digitalisaatio"], contact: ("Satu Eskola", "satu.eskola@jhhva.example"),
    },
    DemoProject {
        name: "Omaishoitajien vertaistuki",
        summary: "Omaishoitajien vertaisryhmät, virkistyspäivät ja sijaishoidon järjestäminen kylille yhdessä seurakunnan diakoniatyön kanssa.",
        status: "active", start: "2025-01-01", end: "2027-12-31", budget: "150 000", funding: "STEA",
        lead: "Vaaralahden Omaishoitajat ry", partners: &["Järvi-Hämeen hyvinvointialue", "Vaaralahden seurakunta", "Vaaralahden Eläkeläiset ry"],
        themes: &["Hyvinvointi ja terveys"], contact: ("Leena Väisänen", "leena.vaisanen@vaaralahdenomaishoitajat.example"),
    },
    DemoProject {
        name: "Mielen tuki – matalan kynnyksen kohtaamispaikka",
        summary: "Ajanvarauksettomat keskusteluillat, vertaisryhmät ja kokemusasiantuntijoiden vastaanotto keskustan kohtaamispaikassa.",
        status: "active", start: "2024-03-01", end: "2027-02-28", budget: "180 000", funding: "STEA; Järvi-Hämeen hyvinvointialue",
        lead: "Mielenterveysyhdistys Tuulikello ry", partners: &["Järvi-Hämeen hyvinvointialue", "Vaaralahden seurakunta"],
        themes: &["Hyvinvointi ja terveys"], contact: ("Johanna Räsänen", "johanna.rasanen@tuulikello.example"),
    },
    DemoProject {
        name: "Hyvinvoinnin etäpalvelut kylille",
        summary: "Kylätaloille terveyspisteet, joissa voi mitata verenpaineen ja asioida hoitajan kanssa videoyhteydellä; edellyttää kylien valokuituverkkoa.",
        status: "planned", start: "2027-02-01", end: "2028-12-31", budget: "640 000", funding: "STM; EAKR",
        lead: "Järvi-Hämeen hyvinvointialue", partners: &["Hyvinvointiteknologia Vire Oy", "Vaaran Kylät ry", "Maaseutututkimuksen keskus Kide"],
        themes: &["Hyvinvointi ja terveys", "Digitalisaatio"], contact: ("Satu Eskola", "satu.eskola@jhhva.example"),
    },
    DemoProject {
        name: "Työikäisten kuntoutuksen verkostomalli",
        summary: "Tuki- ja liikuntaelinsairaiden työikäisten kuntoutus koottiin yhdeksi palveluketjuksi kuntoutuskeskuksen, kaupungin ja urheiluseuran kesken.",
        status: "ended", start: "2019-05-01", end: "2021-12-31", budget: "340 000", funding: "STM; Vaaralahden kaupunki",
        lead: "Kuntoutuskeskus Voimala Oy", partners: &["Vaaralahden kaupunki", "Hyvinvointitutkimuksen keskus Lumo", "Urheiluseura Vaaralahden Vauhti ry"],
        themes: &["Hyvinvointi ja terveys"], contact: ("Harri Kivelä", "harri.kivela@voimala.example"),
    },
    DemoProject {
        name: "Osatyökykyiset työelämään",
        summary: "Osatyökykyisille työhönvalmennusta, työkyvyn arviointia ja sopivien työtehtävien räätälöintiä yhdessä työnantajien kanssa.",
        status: "active", start: "2024-04-01", end: "2027-03-31", budget: "360 000", funding: "ESR+; STEA",
        lead: "Vaaralahden Työttömät ry", partners: &["Kuntoutuskeskus Voimala Oy", "Järvi-Hämeen hyvinvointialue", "Järvi-Hämeen työllisyysalue"],
        themes: &["Työllisyys", "Hyvinvointi ja terveys"], contact: ("Tapio Heiskanen", "tapio.heiskanen@vaaralahdentyottomat.example"),
    },
    DemoProject {
        name: "Kylien turvallisuus ja varautuminen",
        summary: "Kylille varautumissuunnitelmat, kylätaloista sähkökatkojen aikaisia turvapaikkoja ja ensiapukoulutusta yhdessä pelastuslaitoksen kanssa.",
        status: "active", start: "2025-05-01", end: "2027-04-30", budget: "110 000", funding: "Leader; Järvi-Hämeen pelastuslaitos",
        lead: "Vaaran Kylät ry", partners: &["Järvi-Hämeen pelastuslaitos", "Mustalammen kyläseura ry", "Ahvenkosken kyläyhdistys ry"],
        themes: &["Hyvinvointi ja terveys"], contact: ("Eeva Rantanen", "eeva.rantanen@vaarankylat.example"),
    },
    // --- Digital and education cluster: the software companies, the schools, the
    // universities and the education agency ---
    DemoProject {
        name: "Koodaus ja tekoäly yläkouluun",
        summary: "Yläkoulun ja lukion ohjelmoinnin ja tekoälyn opetus uudistetaan yritysten asiantuntijoiden kanssa; opettajille täydennyskoulutusta.",
        status: "active", start: "2024-08-01", end: "2027-07-31", budget: "160 000", funding: "Opetushallitus; Vaaralahden kaupunki",
        lead: "Vaaralahden yhteiskoulu", partners: &["Koodikallio Oy", "Bittiverstas Oy", "Vaaralahden lukio", "Opetushallitus"],
        themes: &["Osaaminen ja koulutus", "Digitalisaatio"], contact: ("Anu Pelkonen", "anu.pelkonen@vaaralahti.example"),
    },
    DemoProject {
        name: "Ohjelmistoalan osaajat Rantaradalle",
        summary: "Muuntokoulutus ohjelmistokehittäjiksi, etäopiskelu Rantaradan kasvukäytävän kaupungeissa ja harjoittelupaikat alueen ohjelmistoyrityksissä.",
        status: "active", start: "2025-01-01", end: "2027-12-31", budget: "980 000", funding: "ESR+",
        lead: "Järvi-Suomen ammattikorkeakoulu", partners: &["Koodikallio Oy", "Bittiverstas Oy", "Sisä-Suomen yliopisto", "Rantaradan kasvukäytävä"],
        themes: &["Osaaminen ja koulutus", "Digitalisaatio", "Elinkeinot ja yrittäjyys"], contact: ("Olli Rautio", "olli.rautio@jsamk.example"),
    },
    DemoProject {
        name: "Kylien valokuituverkko",
        summary: "Valokuituverkon rakentaminen haja-asutusalueen kyliin: nopea laajakaista kotitalouksille, yrityksille ja kylätaloille. Osuuskunta kerää liittymät kyläyhdistysten kanssa.",
        status: "active", start: "2024-06-01", end: "2027-05-31", budget: "2 200 000", funding: "ELY-keskus; Leader",
        lead: "Vaaran Valokuituosuuskunta", partners: &["Vaaran Kylät ry", "Ahvenkosken kyläyhdistys ry", "Mustalammen kyläseura ry"],
        themes: &["Digitalisaatio", "Asuminen"], contact: ("Mika Laitinen", "mika.laitinen@vaaranvalokuitu.example"),
    },
    DemoProject {
        name: "Nopea laajakaista haja-asutusalueille",
        summary: "Valokuituyhteys haja-asutusalueen kotitalouksille ja yrityksille: energiayhtiö rakentaa laajakaistaverkon sähköverkon maakaapeloinnin yhteydessä.",
        status: "active", start: "2025-03-01", end: "2027-12-31", budget: "2 900 000", funding: "ELY-keskus; Vaaralahden Energia Oy",
        lead: "Vaaralahden Energia Oy", partners: &["Vaaralahden kaupunki", "Kivijärven kunta", "Vaaran Kylät ry"],
        themes: &["Digitalisaatio", "Asuminen"], contact: ("Antti Hiltunen", "antti.hiltunen@vaaralahdenenergia.example"),
    },
    DemoProject {
        name: "Kasvuyrityshautomo Kiihdyttämö",
        summary: "Aloittaville kasvuyrityksille hautomo-ohjelma: liiketoiminnan sparraus, opiskelijatiimit ja yhteistyöyritysten tekninen mentorointi.",
        status: "active", start: "2025-10-01", end: "2027-09-30", budget: "410 000", funding: "EAKR; Vaaralahden kaupunki",
        lead: "Vaaralahden Elinvoimayhtiö Oy", partners: &["Järvi-Suomen ammattikorkeakoulu", "Koodikallio Oy", "Vaaralahden Yrittäjät ry"],
        themes: &["Elinkeinot ja yrittäjyys", "Digitalisaatio"], contact: ("Jenni Kallio", "jenni.kallio@elinvoimayhtio.example"),
    },
    DemoProject {
        name: "Aikuisten täydennyskoulutus",
        summary: "Avoimen yliopiston ja ammattikorkeakoulun opintoja iltaisin ja verkossa työssä käyville; osaamistarpeet kartoitetaan työnantajien kanssa.",
        status: "active", start: "2025-01-01", end: "2027-12-31", budget: "270 000", funding: "ESR+; Vaaralahden kaupunki",
        lead: "Järvi-Hämeen kesäyliopisto", partners: &["Sisä-Suomen yliopisto", "Vaaralahden kansalaisopisto", "Järvi-Hämeen työllisyysalue"],
        themes: &["Osaaminen ja koulutus", "Työllisyys"], contact: ("Riitta Savolainen", "riitta.savolainen@jhkesayliopisto.example"),
    },
    DemoProject {
        name: "Työpaikalla oppimisen malli",
        summary: "Oppisopimus- ja koulutussopimusopiskelijoille yhteinen malli konepajoissa ja elementtitehtailla: työpaikkaohjaajien koulutus ja henkilöstövuokrauksen kautta palkatut opiskelijat.",
        status: "active", start: "2025-08-01", end: "2028-07-31", budget: "350 000", funding: "ESR+",
        lead: "Koulutuskeskus Vaara", partners: &["Konepaja Rautiainen Oy", "Kuusikon Elementti Oy", "Henkilöstöpalvelu Tekijä Oy"],
        themes: &["Osaaminen ja koulutus", "Elinkeinot ja yrittäjyys"], contact: ("Mikko Laine", "mikko.laine@koulutuskeskusvaara.example"),
    },
    DemoProject {
        name: "Luontokoulu Vaaranrinne",
        summary: "Alakoululaisten luontopäivät Vaaranrinteen suojelualueella, opettajien luonto-opetuksen materiaalit ja luontopolun uusiminen.",
        status: "active", start: "2025-04-01", end: "2027-06-30", budget: "45 000", funding: "Ympäristöministeriö; Vaaralahden kaupunki",
        lead: "Vaaralahden luonnonsuojeluyhdistys ry", partners: &["Rantakylän koulu", "Matkailuyhdistys Vaaranrinne ry"],
        themes: &["Osaaminen ja koulutus", "Kulttuuri ja vapaa-aika"], contact: ("Heli Koivula", "heli.koivula@vaaralahdenluonto.example"),
    },
    DemoProject {
        name: "Nuorten kesäyrittäjyys",
        summary: "Koululaiset perustavat kesäksi oman 4H-yrityksen: yrittäjyyskurssi, paikallisten yrittäjien kummitoiminta ja starttiraha.",
        status: "active", start: "2024-05-01", end: "2027-09-30", budget: "40 000", funding: "Leader; Vaaralahden kaupunki",
        lead: "Vaaralahden 4H-yhdistys ry", partners: &["Vaaralahden Yrittäjät ry", "Vaaralahden yhteiskoulu", "Leader Vaara-Häme ry"],
        themes: &["Elinkeinot ja yrittäjyys", "Osaaminen ja koulutus"], contact: ("Sanni Honkonen", "sanni.honkonen@vaaralahden4h.example"),
    },
    // --- Climate, energy and industry: the energy company and the inland research centre ---
    DemoProject {
        name: "Teollisuuskylän energiayhteisö",
        summary: "Teollisuuskylän yritysten yhteinen aurinkosähkö, hukkalämmön talteenotto ja energian jakaminen energiayhteisönä.",
        status: "active", start: "2025-06-01", end: "2027-12-31", budget: "1 400 000", funding: "EAKR; Business Finland",
        lead: "Vaaralahden Teollisuuskylä Oy", partners: &["Vaaran Aurinkovoima Oy", "Vaaralahden Energia Oy", "Sisämaan tutkimuskeskus", "Konepaja Rautiainen Oy"],
        themes: &["Ilmasto ja kiertotalous", "Elinkeinot ja yrittäjyys"], contact: ("Esa Manninen", "esa.manninen@teollisuuskyla.example"),
    },
    DemoProject {
        name: "Aurinkopuisto Hiekkakangas",
        summary: "Vanhan soranottoalueen muuttaminen 30 megawatin aurinkovoimalaksi; kaavoitus, ympäristöselvitykset ja asukkaiden kuuleminen.",
        status: "planned", start: "2027-04-01", end: "2028-12-31", budget: "2 800 000", funding: "Vaaran Aurinkovoima Oy; Business Finland",
        lead: "Vaaran Aurinkovoima Oy", partners: &["Vaaralahden Energia Oy", "Vaaralahden kaupunki"],
        themes: &["Ilmasto ja kiertotalous"], contact: ("Niko Aaltonen", "niko.aaltonen@vaaranaurinkovoima.example"),
    },
    DemoProject {
        name: "Hulevedet ja viherrakenne",
        summary: "Keskustan hulevesien viivytysaltaat, sadepuutarhat ja viherkatot rankkasateiden varalle; vaikutukset mitataan.",
        status: "active", start: "2024-05-01", end: "2027-04-30", budget: "620 000", funding: "Ympäristöministeriö; Vaaralahden kaupunki",
        lead: "Vaaralahden Vesi Oy", partners: &["Vaaralahden kaupunki", "Sisämaan tutkimuskeskus", "Vaaralahden luonnonsuojeluyhdistys ry", "Ympäristöministeriö"],
        themes: &["Ilmasto ja kiertotalous", "Keskusta ja elinympäristö"], contact: ("Katja Peltonen", "katja.peltonen@vaaralahdenvesi.example"),
    },
    DemoProject {
        name: "Teollisuuden sivuvirtojen symbioosi",
        summary: "Yritysten jätteet ja sivuvirrat toisten raaka-aineiksi: materiaalivirtojen kartoitus, markkinapaikka ja yhteinen välivarasto.",
        status: "active", start: "2025-09-01", end: "2028-08-31", budget: "690 000", funding: "EAKR",
        lead: "Kiertokaari Oy", partners: &["Vaaralahden Teollisuuskylä Oy", "Konepaja Rautiainen Oy", "Sisämaan tutkimuskeskus", "Järvi-Suomen ammattikorkeakoulu"],
        themes: &["Ilmasto ja kiertotalous", "Elinkeinot ja yrittäjyys"], contact: ("Veera Lampinen", "veera.lampinen@kiertokaari.example"),
    },
    DemoProject {
        name: "Ilmastoviisas koulu",
        summary: "Oppilaat mittasivat koulun energiankulutusta ja ruokahävikkiä ja suunnittelivat säästötoimet; malli levisi kaikkiin kaupungin kouluihin.",
        status: "ended", start: "2021-08-01", end: "2023-06-30", budget: "55 000", funding: "Ympäristöministeriö; Vaaralahden kaupunki",
        lead: "Vaaralahden yhteiskoulu", partners: &["Sisämaan tutkimuskeskus", "Vaaralahden luonnonsuojeluyhdistys ry"],
        themes: &["Ilmasto ja kiertotalous", "Osaaminen ja koulutus"], contact: ("Anu Pelkonen", "anu.pelkonen@vaaralahti.example"),
    },
    DemoProject {
        name: "Pientalojen energiaremontit",
        summary: "Omakotitaloille energianeuvontaa, lämpöpumppujen yhteishankinta ja öljylämmityksestä luopumisen tuki paikallisten urakoitsijoiden kanssa.",
        status: "active", start: "2025-02-01", end: "2026-12-31", budget: "230 000", funding: "Ympäristöministeriö; Vaaralahden Energia Oy",
        lead: "Vaaralahden Energia Oy", partners: &["Sisämaan tutkimuskeskus", "Rakennusliike Koivisto Oy"],
        themes: &["Ilmasto ja kiertotalous", "Asuminen"], contact: ("Antti Hiltunen", "antti.hiltunen@vaaralahdenenergia.example"),
    },
    DemoProject {
        name: "Kiertotalouden aluepolitiikka",
        summary: "Maakunnan kiertotalousohjelman päivitys eurooppalaisten alueiden hyvistä käytännöistä oppien; toimenpiteet kokeillaan Vaaralahdella.",
        status: "active", start: "2023-04-01", end: "2027-03-31", budget: "280 000", funding: "Interreg Europe",
        lead: "Järvi-Hämeen liitto", partners: &["Vaaralahden kaupunki", "Kiertokaari Oy", "Sisämaan tutkimuskeskus"],
        themes: &["Ilmasto ja kiertotalous"], contact: ("Kimmo Lappalainen", "kimmo.lappalainen@jarvihame.example"),
    },
    DemoProject {
        name: "Puuelementtikodit kyliin",
        summary: "Kyliin tyyppitaloja tehdasvalmisteisista puuelementeistä: tontit kaupungilta, talot avaimet käteen ja energialuokka A.",
        status: "active", start: "2025-06-01", end: "2027-10-31", budget: "520 000", funding: "Puutalo Lahtinen Oy; Vaaralahden kaupunki",
        lead: "Puutalo Lahtinen Oy", partners: &["Vaaralahden kaupunki", "Kuusikon Elementti Oy", "Arkkitehtitoimisto Vaarno Oy"],
        themes: &["Asuminen", "Ilmasto ja kiertotalous"], contact: ("Petri Lahtinen", "petri@puutalolahtinen.example"),
    },
    // --- Employment and business services ---
    DemoProject {
        name: "Vaaralahden työllisyyskokeilu",
        summary: "Työttömien työnhakijoiden palvelut siirtyivät kokeiluna kaupungille: omavalmentajat, palkkatuki ja yhteistyö oppilaitosten kanssa.",
        status: "ended", start: "2021-03-01", end: "2024-12-31", budget: "1 600 000", funding: "Vaaralahden kaupunki; Hämeen ELY-keskus",
        lead: "Vaaralahden kaupunki", partners: &["Hämeen ELY-keskus", "Koulutuskeskus Vaara", "Henkilöstöpalvelu Tekijä Oy"],
        themes: &["Työllisyys"], contact: ("Anna Virtanen", "anna.virtanen@vaaralahti.example"),
    },
    DemoProject {
        name: "Työnantajapalvelujen yhteinen malli",
        summary: "Työllisyysalueen kuntien yhteinen palvelu työnantajille: rekrytointiapu, palkkatuki ja koulutukset yhden yhteyshenkilön kautta.",
        status: "active", start: "2025-01-01", end: "2027-12-31", budget: "540 000", funding: "Järvi-Hämeen työllisyysalue; ESR+",
        lead: "Järvi-Hämeen työllisyysalue", partners: &["Vaaralahden kaupunki", "Ylä-Vaaran kunta", "Kivijärven kunta", "Henkilöstöpalvelu Tekijä Oy", "Järvi-Hämeen kauppakamari"],
        themes: &["Työllisyys", "Elinkeinot ja yrittäjyys"], contact: ("Marjut Hyvönen", "marjut.hyvonen@jhtyollisyys.example"),
    },
    DemoProject {
        name: "Yrityspalvelujen seutuyhteistyö",
        summary: "Kivijärven ja Vaaralahden yritysneuvonta yhdistettiin: yhteinen neuvontapiste, omistajanvaihdosten tuki ja investointien markkinointi.",
        status: "ended", start: "2019-01-01", end: "2021-12-31", budget: "210 000", funding: "EAKR; Kivijärven kunta",
        lead: "Kivijärven Kehitys Oy", partners: &["Vaaralahden Elinvoimayhtiö Oy", "Kivijärven kunta"],
        themes: &["Elinkeinot ja yrittäjyys"], contact: ("Arto Kemppainen", "arto.kemppainen@kivijarvenkehitys.example"),
    },
    DemoProject {
        name: "Marjojen jatkojalostus ja suoramyynti",
        summary: "Marjatila laajentaa mehu- ja hilloketuotantoon, rakentaa tilapuodin ja myy verkossa yhdessä lähiruokaosuuskunnan kanssa.",
        status: "active", start: "2024-06-01", end: "2027-05-31", budget: "180 000", funding: "Leader; Maaseuturahasto",
        lead: "Vaaran Marja Oy", partners: &["Lähiruokaosuuskunta Vaarala", "Järvi-Hämeen maaseutuopisto", "Leader Vaara-Häme ry"],
        themes: &["Elinkeinot ja yrittäjyys"], contact: ("Hanna Mäkelä", "hanna@vaaranmarja.example"),
    },
    // --- Housing, the centre and the region ---
    DemoProject {
        name: "Asemanrinteen yhteisöpihat",
        summary: "Vuokrakerrostalojen pihat kunnostetaan asukkaiden kanssa yhteisöpihoiksi: viljelylaatikot, leikkipaikat ja oleskelualueet.",
        status: "active", start: "2025-05-01", end: "2027-06-30", budget: "75 000", funding: "Ympäristöministeriö; Vaaralahden Vuokra-asunnot Oy",
        lead: "Asemanseudun asukasyhdistys ry", partners: &["Vaaralahden Vuokra-asunnot Oy", "Vaaralahden kaupunki"],
        themes: &["Keskusta ja elinympäristö", "Asuminen"], contact: ("Irja Turunen", "irja.turunen@asemanseutu.example"),
    },
    DemoProject {
        name: "Kyläkodit muuttajille",
        summary: "Kylien tyhjät talot myyntiin ja vuokralle: talokartoitus, kyläkohtaiset esittelyt ja muuttajien kummitoiminta.",
        status: "active", start: "2025-03-01", end: "2027-02-28", budget: "85 000", funding: "Leader",
        lead: "Vaaran Kylät ry", partners: &["Leader Vaara-Häme ry", "Maaseutututkimuksen keskus Kide", "Vaaralahden Elinvoimayhtiö Oy"],
        themes: &["Asuminen"], contact: ("Eeva Rantanen", "eeva.rantanen@vaarankylat.example"),
    },
    DemoProject {
        name: "Yleiskaava 2040",
        summary: "Kaupungin uusi yleiskaava: asumisen, työpaikkojen ja palvelujen sijoittuminen asemanseudulle ja kyliin, asukaskyselyt ja karttakysely.",
        status: "active", start: "2024-01-01", end: "2027-06-30", budget: "450 000", funding: "Vaaralahden kaupunki",
        lead: "Vaaralahden kaupunki", partners: &["Järvi-Hämeen liitto", "Arkkitehtitoimisto Vaarno Oy"],
        themes: &["Keskusta ja elinympäristö", "Asuminen"], contact: ("Liisa Heikkinen", "liisa.heikkinen@vaaralahti.example"),
    },
    DemoProject {
        name: "Kauppatorin uudistus",
        summary: "Kauppatorin ja sen laidan liiketilojen peruskorjaus: katos, torikahvila ja tapahtumakäyttö ympäri vuoden.",
        status: "planned", start: "2027-05-01", end: "2028-10-31", budget: "1 700 000", funding: "Vaaralahden kaupunki; EAKR",
        lead: "Vaaralahden kaupunki", partners: &["Arkkitehtitoimisto Vaarno Oy", "Vaaralahden Yrittäjät ry", "Vaaralahden Elinvoimayhtiö Oy"],
        themes: &["Keskusta ja elinympäristö", "Elinkeinot ja yrittäjyys"], contact: ("Liisa Heikkinen", "liisa.heikkinen@vaaralahti.example"),
    },
    DemoProject {
        name: "Rantaradan vetovoima",
        summary: "Kasvukäytävän kuntien yhteinen vetovoimatyö: asukas- ja yrityskyselyt, yhteinen tilannekuva ja markkinointi muuttajille ja investoijille.",
        status: "active", start: "2025-09-01", end: "2027-08-31", budget: "300 000", funding: "EAKR; Järvi-Hämeen liitto",
        lead: "Rantaradan kasvukäytävä", partners: &["Järvi-Hämeen liitto", "Vaaralahden kaupunki", "Ylä-Vaaran kunta", "Kivijärven kunta", "Vaaralahden Sanomat Oy"],
        themes: &["Elinkeinot ja yrittäjyys", "Asuminen"], contact: ("Petra Sundström", "petra.sundstrom@rantarata.example"),
    },
    // --- Transport: only one live project on it (few), two ended ones ---
    DemoProject {
        name: "Kutsujoukkoliikenteen kokeilu",
        summary: "Kylien ja keskustan välillä kokeiltiin tilauksesta ajavaa pikkubussia, joka sovitettiin junien aikatauluihin.",
        status: "ended", start: "2020-08-01", end: "2022-12-31", budget: "190 000", funding: "Hämeen ELY-keskus; Vaaralahden kaupunki",
        lead: "Vaaralahden kaupunki", partners: &["Kyläkyyti Oy", "Linja-autoliike Rantanen Oy", "Hämeen ELY-keskus"],
        themes: &["Liikenne ja saavutettavuus"], contact: ("Tuomas Salo", "tuomas.salo@vaaralahti.example"),
    },
    DemoProject {
        name: "Rantaradan logistiikkakeskus – esiselvitys",
        summary: "Selvitettiin rautatien varteen sijoittuvan logistiikkakeskuksen kysyntä, sijainti ja raideyhteys.",
        status: "ended", start: "2019-06-01", end: "2020-12-31", budget: "90 000", funding: "Vaaralahden kaupunki; Rantaradan kasvukäytävä",
        lead: "Rantaradan Logistiikka Oy", partners: &["Rantaradan kasvukäytävä", "Väylävirasto", "Vaaralahden Elinvoimayhtiö Oy"],
        themes: &["Elinkeinot ja yrittäjyys", "Liikenne ja saavutettavuus"], contact: ("Sami Väänänen", "sami.vaananen@rantaradanlogistiikka.example"),
    },
    // --- Internationality and integration: one ended project, nothing since (neglected) ---
    DemoProject {
        name: "Kotoutumisen kumppanuusmalli",
        summary: "Maahan muuttaneille suomen kielen opetusta työpaikoilla, vertaisohjaajia ja perheiden kohtaamispaikka. Toiminta päättyi rahoituksen loputtua.",
        status: "ended", start: "2019-03-01", end: "2021-06-30", budget: "160 000", funding: "AMIF; Vaaralahden kaupunki",
        lead: "Monikulttuuriyhdistys Silta ry", partners: &["Vaaralahden kaupunki", "Vaaralahden kansalaisopisto"],
        themes: &["Kansainvälisyys ja kotoutuminen", "Osaaminen ja koulutus"], contact: ("Amina Hassan", "amina.hassan@silta.example"),
    },
];

/// Stated relations between demo projects: (from, kind, to).
const RELATIONS: &[(&str, RelationKind, &str)] = &[
    (
        "Asemanseutu 2030 – toteutusvaihe",
        RelationKind::Continues,
        "Asemanseudun kehittämissuunnitelma",
    ),
    (
        "Teollisen puurakentamisen kasvuohjelma",
        RelationKind::Continues,
        "Puurakentamisen osaamiskeskittymä",
    ),
    (
        "Työnantajapalvelujen yhteinen malli",
        RelationKind::Continues,
        "Vaaralahden työllisyyskokeilu",
    ),
    (
        "Hyvinvoinnin etäpalvelut kylille",
        RelationKind::DependsOn,
        "Kylien valokuituverkko",
    ),
];

/// Loads the demo organisation and portfolio if the database has no organisations at all.
pub async fn load_if_empty(db: &Db) -> AppResult<()> {
    if organisations::count(db).await? > 0 {
        return Ok(());
    }
    tracing::info!("empty database: loading the Vaaralahti demo portfolio");
    load(db).await
}

/// The demo organisation's admin, editor and viewer. The password is hashed once per
/// process (tests load the demo many times).
async fn add_people(db: &Db, org: OrgId) -> AppResult<()> {
    static HASH: OnceLock<String> = OnceLock::new();
    let hash = match HASH.get() {
        Some(h) => h.clone(),
        None => {
            let h = super::passwords::hash(DEMO_PASSWORD).await?;
            HASH.get_or_init(|| h).clone()
        }
    };
    let mut tx = db.pool.begin().await.map_err(super::db::db_error)?;
    for (email, name, role) in DEMO_PEOPLE {
        let user = accounts::insert_user(&mut tx, email, name, &hash).await?;
        accounts::insert_membership(&mut tx, user, org, role).await?;
    }
    tx.commit().await.map_err(super::db::db_error)?;
    Ok(())
}

/// Loads the demo organisation and portfolio unconditionally.
pub async fn load(db: &Db) -> AppResult<()> {
    let org = organisations::create(db, ORG_SLUG, ORG_NAME).await?;
    add_people(db, org).await?;
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
    for (from, kind, to) in RELATIONS {
        let relation = Command::RelateProjects {
            from: ids[from],
            to: ids[to],
            kind: *kind,
        };
        apply(db, scope, WHO, relation).await?;
    }
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
        for (from, _, to) in RELATIONS {
            for name in [from, to] {
                assert!(
                    PROJECTS.iter().any(|p| p.name == *name),
                    "unknown project {name}"
                );
            }
        }
        let mut names: Vec<&str> = PROJECTS.iter().map(|p| p.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), PROJECTS.len(), "project names are unique");
        // The planted neglected theme stays neglected: nothing active or planned, at most
        // one ended project.
        let integration: Vec<&DemoProject> = PROJECTS
            .iter()
            .filter(|p| p.themes.contains(&"Kansainvälisyys ja kotoutuminen"))
            .collect();
        assert!(integration.len() <= 1);
        assert!(integration.iter().all(|p| p.status == "ended"));
    }
}
