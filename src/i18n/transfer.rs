//! Texts of the import and export page, in Finnish and English.

pub struct TransferTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub export_heading: &'static str,
    /// (file, label) of each download
    pub downloads: [(&'static str, &'static str); 7],
    pub import_heading: &'static str,
    pub import_intro: &'static str,
    pub file_label: &'static str,
    pub file_hint: &'static str,
    pub upload: &'static str,
    /// (code, text) of the upload refusals
    pub upload_errors: [(&'static str, &'static str); 8],
    pub mapping_heading: &'static str,
    pub mapping_intro: &'static str,
    pub col_column: &'static str,
    pub col_samples: &'static str,
    pub col_target: &'static str,
    pub update_preview: &'static str,
    /// (code, label) of each mapping target, in the order the choice lists them
    pub targets: [(&'static str, &'static str); 17],
    pub preview_heading: &'static str,
    pub file_rows: fn(&str, usize) -> String,
    pub will_create: fn(usize) -> String,
    pub will_update: fn(usize) -> String,
    pub unchanged: fn(usize) -> String,
    pub new_actors: fn(usize) -> String,
    pub new_themes: fn(usize) -> String,
    pub problems_heading: fn(usize) -> String,
    pub problems_caption: &'static str,
    pub col_row: &'static str,
    pub col_problem: &'static str,
    /// (code, text) of each problem a file can have
    pub problems: [(&'static str, &'static str); 17],
    pub too_long: fn(usize) -> String,
    pub run: fn(usize) -> String,
    pub running: &'static str,
    pub nothing_to_import: &'static str,
    pub back: &'static str,
}

impl TransferTexts {
    pub fn target(&self, code: &str) -> &'static str {
        self.targets
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, l)| *l)
            .unwrap_or(self.targets[0].1)
    }

    pub fn upload_error(&self, code: &str) -> &'static str {
        self.upload_errors
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, l)| *l)
            .unwrap_or(self.upload_errors[0].1)
    }

    pub fn problem(&self, code: &str, max: Option<usize>) -> String {
        if let Some(max) = max {
            return (self.too_long)(max);
        }
        self.problems
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, l)| l.to_string())
            .unwrap_or_else(|| code.to_string())
    }
}

pub static FI: TransferTexts = TransferTexts {
    title: "Tuonti ja vienti",
    intro: "Tuo hankkeet taulukosta, jota olet tähän asti pitänyt, tai vie portfolio taulukoksi, JSON-tiedostoksi tai verkostona Gephiin.",
    export_heading: "Vie tiedot",
    downloads: [
        ("projects.xlsx", "Hankkeet (Excel)"),
        ("projects.csv", "Hankkeet (CSV)"),
        ("actors.xlsx", "Toimijat (Excel)"),
        ("actors.csv", "Toimijat (CSV)"),
        ("portfolio.json", "Koko portfolio (JSON, tuotavissa takaisin)"),
        ("network.graphml", "Verkosto (GraphML, Gephi)"),
        ("network.gexf", "Verkosto (GEXF, Gephi)"),
    ],
    import_heading: "Tuo taulukosta",
    import_intro: "CSV (pilku tai puolipiste, UTF-8 tai Windows-1252) tai Excel (XLSX). Ensimmäinen rivi on otsikkorivi; sarakkeet tunnistetaan otsikoista (esim. ”Hankkeen nimi”, ”Toteuttaja”, ”Kumppanit”, ”Teemat”, ”Alkaa”, ”Päättyy”, ”Budjetti (€)”), ja voit korjata tunnistuksen ennen tuontia. Mitään ei tallenneta ennen kuin hyväksyt esikatselun. Hankkeet tunnistetaan nimestä, toimijat Y-tunnuksesta ja nimestä. Portfolion JSON-vienti tuodaan uudeksi portfolioksi.",
    file_label: "Tiedosto",
    file_hint: "CSV, XLSX tai Hankekartan JSON, enintään 20 Mt.",
    upload: "Lataa ja esikatsele",
    upload_errors: [
        ("unreadable_file", "Tiedostoa ei voitu lukea taulukkona. Tallenna se Excelissä muodossa XLSX tai CSV ja yritä uudelleen."),
        ("empty_file", "Tiedosto on tyhjä: siinä ei ole otsikkoriviä."),
        ("too_many_rows", "Tiedostossa on yli 50 000 riviä. Jaa se osiin."),
        ("too_many_columns", "Tiedostossa on yli 200 saraketta."),
        ("no_file", "Valitse ensin tiedosto."),
        ("too_large", "Tiedosto on liian suuri (enintään 20 Mt)."),
        ("forbidden", "Tuonti vaatii muokkausoikeuden tähän salkkuun."),
        ("not_portfolio", "JSON-tiedosto ei ole Hankekartan portfoliovienti tai siinä on virheellisiä tietoja."),
    ],
    mapping_heading: "Sarakkeet",
    mapping_intro: "Tarkista, mitä kukin sarake sisältää. Ehdotukset perustuvat otsikoihin; muuta tarvittaessa ja päivitä esikatselu.",
    col_column: "Sarake",
    col_samples: "Esimerkkejä",
    col_target: "Sisältö",
    update_preview: "Päivitä esikatselu",
    targets: [
        ("ignore", "Ei tuoda"),
        ("name", "Hankkeen nimi"),
        ("summary", "Kuvaus"),
        ("goals", "Tavoitteet"),
        ("status", "Tila"),
        ("start", "Alkaa"),
        ("end", "Päättyy"),
        ("budget", "Budjetti (€)"),
        ("funding", "Rahoituslähteet"),
        ("lead", "Päätoteuttaja"),
        ("lead_business_id", "Päätoteuttajan Y-tunnus"),
        ("partners", "Kumppanit"),
        ("funders", "Rahoittajat (toimijat)"),
        ("themes", "Teemat"),
        ("contact_name", "Yhteyshenkilö"),
        ("contact_email", "Sähköposti"),
        ("website", "Verkkosivu"),
    ],
    preview_heading: "Esikatselu",
    file_rows: |name, n| format!("{name}: {n} riviä"),
    will_create: |n| format!("Uusia hankkeita: {n}"),
    will_update: |n| format!("Päivitettäviä hankkeita: {n}"),
    unchanged: |n| format!("Ennallaan pysyviä: {n}"),
    new_actors: |n| format!("Uusia toimijoita: {n}"),
    new_themes: |n| format!("Uusia teemoja: {n}"),
    problems_heading: |n| format!("Tiedostossa on {n} ongelmaa. Mitään ei tuoda ennen kuin ne on korjattu."),
    problems_caption: "Ongelmat riveittäin ja sarakkeittain",
    col_row: "Rivi",
    col_problem: "Ongelma",
    problems: [
        ("missing_name_column", "Mikään sarake ei ole hankkeen nimi."),
        ("duplicate_column", "Kaksi saraketta on merkitty samaksi sisällöksi."),
        ("missing_name", "Hankkeen nimi puuttuu."),
        ("duplicate_name", "Sama hanke on tiedostossa kahdesti."),
        ("bad_date", "Päivämäärä ei kelpaa (muoto p.k.vvvv)."),
        ("end_before_start", "Päättymispäivä on ennen alkamispäivää."),
        ("bad_number", "Summa ei kelpaa (esim. 1 250 000 tai 85 000,50)."),
        ("negative_number", "Summa ei voi olla negatiivinen."),
        ("number_too_large", "Summa on liian suuri."),
        ("bad_status", "Tila ei ole tunnettu (suunnitteilla, käynnissä tai päättynyt)."),
        ("bad_business_id", "Y-tunnus ei kelpaa."),
        ("business_id_conflict", "Samanniminen toimija on jo olemassa eri Y-tunnuksella."),
        ("missing_lead_name", "Y-tunnukselle ei löydy toimijaa eikä toteuttajan nimeä ole annettu."),
        ("multiple_leads", "Päätoteuttajia voi olla vain yksi; muut kuuluvat kumppaneihin."),
        ("bad_email", "Sähköpostiosoite ei kelpaa."),
        ("bad_url", "Verkko-osoite ei kelpaa."),
        ("too_long", "Teksti on liian pitkä."),
    ],
    too_long: |max| format!("Teksti on liian pitkä (enintään {max} merkkiä)."),
    run: |n| format!("Tuo {n} hanketta"),
    running: "Tuodaan…",
    nothing_to_import: "Tiedosto ei muuta mitään: sen hankkeet ovat jo portfoliossa sellaisinaan.",
    back: "Takaisin tuontiin",
};

pub static EN: TransferTexts = TransferTexts {
    title: "Import and export",
    intro: "Bring in the projects from the spreadsheet you have kept so far, or take the portfolio out as a spreadsheet, a JSON file or a network for Gephi.",
    export_heading: "Export",
    downloads: [
        ("projects.xlsx", "Projects (Excel)"),
        ("projects.csv", "Projects (CSV)"),
        ("actors.xlsx", "Actors (Excel)"),
        ("actors.csv", "Actors (CSV)"),
        ("portfolio.json", "Whole portfolio (JSON, imports back)"),
        ("network.graphml", "Network (GraphML, Gephi)"),
        ("network.gexf", "Network (GEXF, Gephi)"),
    ],
    import_heading: "Import a spreadsheet",
    import_intro: "CSV (comma or semicolon, UTF-8 or Windows-1252) or Excel (XLSX). The first row holds the headers; columns are recognised from them (e.g. “Project name”, “Lead”, “Partners”, “Themes”, “Start”, “End”, “Budget”), and you can correct the guesses before importing. Nothing is saved until you accept the preview. Projects are matched by name, actors by business ID and then name. A portfolio JSON export becomes a new portfolio.",
    file_label: "File",
    file_hint: "CSV, XLSX or Hankekartta JSON, at most 20 MB.",
    upload: "Upload and preview",
    upload_errors: [
        ("unreadable_file", "The file could not be read as a spreadsheet. Save it from Excel as XLSX or CSV and try again."),
        ("empty_file", "The file is empty: it has no header row."),
        ("too_many_rows", "The file has more than 50,000 rows. Split it into parts."),
        ("too_many_columns", "The file has more than 200 columns."),
        ("no_file", "Choose a file first."),
        ("too_large", "The file is too large (at most 20 MB)."),
        ("forbidden", "Importing needs the right to edit this portfolio."),
        ("not_portfolio", "The JSON file is not a Hankekartta portfolio export or it holds invalid data."),
    ],
    mapping_heading: "Columns",
    mapping_intro: "Check what each column holds. The suggestions come from the headers; change them if needed and update the preview.",
    col_column: "Column",
    col_samples: "Examples",
    col_target: "Holds",
    update_preview: "Update preview",
    targets: [
        ("ignore", "Not imported"),
        ("name", "Project name"),
        ("summary", "Description"),
        ("goals", "Goals"),
        ("status", "Status"),
        ("start", "Start"),
        ("end", "End"),
        ("budget", "Budget (€)"),
        ("funding", "Funding sources"),
        ("lead", "Lead organisation"),
        ("lead_business_id", "Lead's business ID"),
        ("partners", "Partners"),
        ("funders", "Funders (actors)"),
        ("themes", "Themes"),
        ("contact_name", "Contact person"),
        ("contact_email", "Email"),
        ("website", "Website"),
    ],
    preview_heading: "Preview",
    file_rows: |name, n| format!("{name}: {n} rows"),
    will_create: |n| format!("New projects: {n}"),
    will_update: |n| format!("Projects updated: {n}"),
    unchanged: |n| format!("Unchanged: {n}"),
    new_actors: |n| format!("New actors: {n}"),
    new_themes: |n| format!("New themes: {n}"),
    problems_heading: |n| format!("The file has {n} problems. Nothing is imported until they are fixed."),
    problems_caption: "Problems by row and column",
    col_row: "Row",
    col_problem: "Problem",
    problems: [
        ("missing_name_column", "No column is the project name."),
        ("duplicate_column", "Two columns are marked as holding the same thing."),
        ("missing_name", "The project name is missing."),
        ("duplicate_name", "The same project is in the file twice."),
        ("bad_date", "The date is not valid (format d.m.yyyy)."),
        ("end_before_start", "The end date is before the start date."),
        ("bad_number", "The amount is not valid (e.g. 1 250 000 or 85 000,50)."),
        ("negative_number", "The amount cannot be negative."),
        ("number_too_large", "The amount is too large."),
        ("bad_status", "Unknown status (planned, active or ended)."),
        ("bad_business_id", "The business ID is not valid."),
        ("business_id_conflict", "An actor of this name already exists with another business ID."),
        ("missing_lead_name", "No actor has this business ID and no lead name is given."),
        ("multiple_leads", "A project has one lead; the others are partners."),
        ("bad_email", "The email address is not valid."),
        ("bad_url", "The web address is not valid."),
        ("too_long", "The text is too long."),
    ],
    too_long: |max| format!("The text is too long (at most {max} characters)."),
    run: |n| format!("Import {n} projects"),
    running: "Importing…",
    nothing_to_import: "The file changes nothing: its projects are already in the portfolio as they are.",
    back: "Back to import",
};
