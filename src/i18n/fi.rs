//! Suomi — the default language.

use super::Texts;

pub(super) static TEXTS: Texts = Texts {
    language_name: "suomi",
    app_name: "Hankekartta",
    tagline: "Kunnan kehittämistyö yhdellä kartalla",
    skip_to_content: "Siirry sisältöön",
    main_nav: "Päävalikko",
    language: "Kieli",
    change_language: "Vaihda kieli",
    footer_demo: "Esittelyaineisto: Vaaralahti on kuvitteellinen kaupunki.",

    home_title: "Portfoliot",
    home_intro:
        "Portfolio kokoaa alueen kehittämishankkeet, niiden toimijat ja teemat yhteen näkymään.",
    no_portfolios: "Organisaatiolla ei ole vielä portfolioita.",
    open_portfolio: |name| format!("Avaa portfolio {name}"),
    projects_count: |n| {
        if n == 1 {
            "1 hanke".into()
        } else {
            format!("{n} hanketta")
        }
    },

    projects_heading: "Hankkeet",
    new_project: "Uusi hanke",
    no_projects: "Portfoliossa ei ole vielä hankkeita. Lisää ensimmäinen.",
    projects_table_caption: |name| format!("Portfolion {name} hankkeet"),
    col_name: "Hanke",
    col_status: "Tila",
    col_period: "Aikataulu",
    col_budget: "Budjetti",
    col_actors: "Toimijat",
    col_themes: "Teemat",
    col_actions: "Toiminnot",
    edit: "Muokkaa",
    edit_named: |name| format!("Muokkaa hanketta {name}"),
    not_set: "ei tiedossa",
    revision: |r| format!("Versio {r}"),
    date: |d| d.format("%-d.%-m.%Y").to_string(),
    loading: "Ladataan…",
    back_to_portfolio: "Takaisin portfolioon",

    new_project_title: "Uusi hanke",
    edit_project_title: "Muokkaa hanketta",
    field_name: "Hankkeen nimi",
    field_summary: "Kuvaus",
    field_goals: "Tavoitteet",
    field_status: "Tila",
    field_start: "Alkaa",
    field_end: "Päättyy",
    field_budget: "Budjetti (€)",
    field_funding: "Rahoituslähteet",
    field_contact_name: "Yhteyshenkilön nimi",
    field_contact_email: "Yhteyshenkilön sähköposti",
    field_website: "Verkkosivu",
    field_business_id: "Y-tunnus",
    hint_required: "pakollinen",
    hint_date: "Muodossa pp.kk.vvvv tai valitse kalenterista.",
    hint_budget: "Euroina, esimerkiksi 250 000 tai 85 000,50.",
    hint_funding: "Erota rahoittajat puolipisteellä, esimerkiksi EAKR; Vaaralahden kaupunki.",
    contact_legend: "Yhteyshenkilö",
    save: "Tallenna",
    saving: "Tallennetaan…",
    cancel: "Peruuta",
    form_has_errors: |n| {
        if n == 1 {
            "Lomakkeessa on 1 virhe. Korjaa merkitty kenttä ja tallenna uudelleen.".into()
        } else {
            format!("Lomakkeessa on {n} virhettä. Korjaa merkityt kentät ja tallenna uudelleen.")
        }
    },

    not_found_title: "Sivua ei löytynyt",
    not_found_text: "Hakemaasi sivua ei ole, tai sinulla ei ole siihen pääsyä.",
    back_home: "Etusivulle",
    error_title: "Virhe",

    status_planned: "Suunnitteilla",
    status_active: "Käynnissä",
    status_ended: "Päättynyt",
    actor_kinds: [
        "Yritys",
        "Oppilaitos",
        "Julkinen sektori",
        "Yhdistys",
        "Tutkimusorganisaatio",
        "Muu",
    ],
    actor_roles: ["Vetäjä", "Kumppani", "Rahoittaja"],
    relation_kinds: ["Liittyy", "Päällekkäinen", "Jatkaa", "Riippuu"],

    problem_required: "Tämä kenttä on pakollinen.",
    problem_too_long: |max| format!("Teksti on liian pitkä: enintään {max} merkkiä."),
    problem_invalid_date:
        "Päivämäärä ei kelpaa. Kirjoita se muodossa pp.kk.vvvv, esimerkiksi 1.3.2025.",
    problem_end_before_start: "Päättymispäivä on ennen alkamispäivää.",
    problem_invalid_amount: "Summa ei kelpaa. Kirjoita euromäärä numeroina, esimerkiksi 250 000.",
    problem_negative_amount: "Summa ei voi olla negatiivinen.",
    problem_amount_too_large: "Summa on liian suuri.",
    problem_invalid_email: "Sähköpostiosoite ei kelpaa. Esimerkki: etunimi.sukunimi@kunta.fi",
    problem_invalid_url: "Verkko-osoitteen pitää alkaa https:// tai http://",
    problem_invalid_business_id:
        "Y-tunnus ei kelpaa. Muoto on 1234567-8, ja tarkistusnumeron pitää täsmätä.",
    problem_unknown_choice: "Valitse jokin annetuista vaihtoehdoista.",

    error_validation: "Tiedoissa on virheitä.",
    error_not_found: "Tietoa ei löytynyt, tai sinulla ei ole siihen pääsyä.",
    error_forbidden: "Sinulla ei ole oikeutta tähän toimintoon.",
    error_conflict:
        "Tieto on muuttunut tai on jo olemassa. Lataa sivu uudelleen ja yritä uudestaan.",
    error_internal:
        "Palvelimella tapahtui virhe. Mitään ei tallennettu. Yritä hetken kuluttua uudelleen.",
    error_request: "Yhteys palvelimeen epäonnistui. Tarkista verkkoyhteys ja yritä uudelleen.",
};
