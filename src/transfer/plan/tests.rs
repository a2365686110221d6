//! Tests of [`super`]: matching, new actors and themes, every problem at its cell,
//! and importing the same file twice.

use super::*;
use crate::transfer::mapping::guess_all;

fn sheet(headers: &[&str], rows: &[&[&str]]) -> Sheet {
    Sheet::new(
        headers.iter().map(|h| h.to_string()).collect(),
        rows.iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect(),
    )
}

fn plan_guessed(sheet: &Sheet, existing: &Existing) -> Result<Plan, Vec<CellProblem>> {
    plan_import(sheet, &guess_all(&sheet.headers), existing)
}

const HEADERS: &[&str] = &[
    "Hankkeen nimi",
    "Tila",
    "Alkaa",
    "Päättyy",
    "Budjetti (€)",
    "Rahoitus",
    "Päätoteuttaja",
    "Y-tunnus",
    "Osatoteuttajat",
    "Teemat",
    "Sähköposti",
    "Verkkosivu",
    "Muistiinpanot",
];

fn portfolio() -> Sheet {
    sheet(
        HEADERS,
        &[
            &[
                "Kasvu-Häme",
                "Käynnissä",
                "1.3.2025",
                "2026-12-31",
                "1 250 000 €",
                "EAKR; kunta",
                "Hamk",
                "0201256-6",
                "Oy Ab, Finland; Kunta X",
                "Kiertotalous; Energia",
                "a@hamk.fi",
                "www.hamk.fi",
                "ohita",
            ],
            &[
                "Toinen",
                "",
                "",
                "",
                "85 000,50",
                "",
                "Uusi Oy",
                "1572860-0",
                "oy ab, finland",
                "energia",
                "",
                "https://x.fi",
                "",
            ],
            &[
                "Kolmas",
                "valmis",
                "45658",
                "",
                "",
                "",
                "uusi oy",
                "",
                "Hämeen ammattikorkeakoulu",
                "",
                "",
                "",
                "",
            ],
        ],
    )
}

fn existing() -> Existing {
    Existing {
        projects: vec![(7, "KASVU-HÄME ".into())],
        actors: vec![
            ExistingActor {
                id: 1,
                name: "Hämeen ammattikorkeakoulu".into(),
                business_id: Some("0201256-6".into()),
            },
            ExistingActor {
                id: 2,
                name: "Kunta  x".into(),
                business_id: None,
            },
        ],
        themes: vec![(3, "Kiertotalous".into())],
    }
}

#[test]
fn matches_by_business_id_then_name_and_creates_the_rest_once() {
    let plan = plan_guessed(&portfolio(), &existing()).unwrap();
    assert_eq!(plan.counts(), (2, 1));
    assert!(plan.maps(Target::Website) && !plan.maps(Target::Goals) && !plan.maps(Target::Ignore));
    let [a, b, c] = &plan.rows[..] else {
        panic!("three rows")
    };
    assert_eq!((a.row, a.existing, b.existing), (2, Some(7), None));
    // "Hamk" is matched by its Y-tunnus to the existing actor 1, not created.
    assert_eq!(a.lead, Some(ActorRef::Existing(1)));
    assert_eq!(a.partners, vec![ActorRef::New(0), ActorRef::Existing(2)]);
    assert_eq!(a.themes, vec![ThemeRef::Existing(3), ThemeRef::New(0)]);
    assert_eq!(a.fields.status, "active");
    assert_eq!(a.fields.start, NaiveDate::from_ymd_opt(2025, 3, 1));
    assert_eq!(a.fields.end, NaiveDate::from_ymd_opt(2026, 12, 31));
    assert_eq!(a.fields.budget_cents, Some(125_000_000));
    assert_eq!(a.fields.funding, vec!["EAKR", "kunta"]);
    assert_eq!(a.fields.website, "https://www.hamk.fi");
    // Row 3: a new lead with its Y-tunnus; the partner matches the new actor by name.
    assert_eq!(b.lead, Some(ActorRef::New(1)));
    assert_eq!(b.partners, vec![ActorRef::New(0)]);
    assert_eq!(b.themes, vec![ThemeRef::New(0)]);
    assert_eq!(
        (b.fields.status.as_str(), b.fields.budget_cents),
        ("planned", Some(8_500_050))
    );
    // Row 4: the same new lead by name; an Excel serial date; a partner by name.
    assert_eq!(c.lead, Some(ActorRef::New(1)));
    assert_eq!(c.partners, vec![ActorRef::Existing(1)]);
    assert_eq!(c.fields.start, NaiveDate::from_ymd_opt(2025, 1, 1));
    assert_eq!(
        plan.new_actors,
        vec![
            NewActor {
                name: "Oy Ab, Finland".into(),
                business_id: None
            },
            NewActor {
                name: "Uusi Oy".into(),
                business_id: Some("1572860-0".into())
            },
        ]
    );
    assert_eq!(plan.new_themes, vec!["Energia"]);
}

#[test]
fn the_same_file_again_is_all_updates() {
    let first = plan_guessed(&portfolio(), &existing()).unwrap();
    let mut after = existing();
    for (i, p) in first.rows.iter().enumerate() {
        if p.existing.is_none() {
            after.projects.push((100 + i as i64, p.fields.name.clone()));
        }
    }
    for (i, a) in first.new_actors.iter().enumerate() {
        after.actors.push(ExistingActor {
            id: 200 + i as i64,
            name: a.name.clone(),
            business_id: a.business_id.clone(),
        });
    }
    for (i, t) in first.new_themes.iter().enumerate() {
        after.themes.push((300 + i as i64, t.clone()));
    }
    let second = plan_guessed(&portfolio(), &after).unwrap();
    assert_eq!(second.counts(), (0, 3));
    assert!(second.new_actors.is_empty() && second.new_themes.is_empty());
    for (a, b) in first.rows.iter().zip(&second.rows) {
        assert_eq!(a.fields, b.fields);
    }
    assert_eq!(second.rows[1].lead, Some(ActorRef::Existing(201)));
    assert_eq!(second.rows[1].themes, vec![ThemeRef::Existing(300)]);
}

#[test]
fn every_problem_is_reported_at_its_cell() {
    let s = sheet(
        &["Nimi", "Alkaa", "Budjetti", "Tila"],
        &[
            &["A", "32.1.2025", "", ""],
            &["B", "", "paljon", ""],
            &["", "", "", ""],
            &["C", "", "", "kesken"],
        ],
    );
    let problems = plan_guessed(&s, &Existing::default()).unwrap_err();
    let at: Vec<_> = problems
        .iter()
        .map(|p| (p.row, p.column, p.problem.clone()))
        .collect();
    assert_eq!(
        at,
        vec![
            (2, Some(1), ProblemCode::BadDate),
            (3, Some(2), ProblemCode::BadNumber),
            (5, Some(3), ProblemCode::BadStatus),
        ]
    );
    assert_eq!(problems[2].header.as_deref(), Some("Tila"));
}

#[test]
fn row_level_problems() {
    let s = sheet(
        &[
            "Nimi",
            "Alkaa",
            "Päättyy",
            "Toteuttaja",
            "Y-tunnus",
            "Sähköposti",
            "Budjetti",
            "Kotisivu",
        ],
        &[
            &["A", "1.3.2026", "1.3.2025", "X; Y", "", "", "-5", ""],
            &["a ", "", "", "", "1234567-8", "", "", "javascript:alert(1)"],
            &["", "", "", "Z", "", "ei-osoite", "", ""],
            &["D", "", "", "", "1572860-0", "", "", ""],
            &[
                "E",
                "",
                "",
                "Hämeen ammattikorkeakoulu",
                "1572860-0",
                "",
                "",
                "",
            ],
        ],
    );
    let problems = plan_guessed(&s, &existing()).unwrap_err();
    let at: Vec<_> = problems
        .iter()
        .map(|p| (p.row, p.column, p.problem.clone()))
        .collect();
    use ProblemCode::*;
    assert_eq!(
        at,
        vec![
            (2, Some(2), EndBeforeStart),
            (2, Some(6), NegativeNumber),
            (2, Some(3), MultipleLeads),
            (3, Some(0), DuplicateName),
            (3, Some(7), BadUrl),
            (3, Some(4), BadBusinessId),
            (4, Some(0), MissingName),
            (4, Some(5), BadEmail),
            (5, Some(4), MissingLeadName),
            (6, Some(4), BusinessIdConflict),
        ]
    );
}

#[test]
fn file_level_problems() {
    let s = sheet(&["Kuvaus", "Tila", "Status"], &[&["x", "bad", "active"]]);
    let mapping = [Target::Summary, Target::Status, Target::Status];
    let problems = plan_import(&s, &mapping, &Existing::default()).unwrap_err();
    let at: Vec<_> = problems
        .iter()
        .map(|p| (p.row, p.column, p.problem.clone()))
        .collect();
    assert_eq!(
        at,
        vec![
            (1, Some(2), ProblemCode::DuplicateColumn),
            (1, None, ProblemCode::MissingNameColumn),
            (2, Some(1), ProblemCode::BadStatus),
        ]
    );
}

#[test]
fn rows_with_only_ignored_content_are_skipped_and_limits_hold() {
    let long = "x".repeat(201);
    let s = sheet(
        &["Nimi", "Muistiinpanot", "Teemat"],
        &[&["", "muistio", ""], &["A", "", &long]],
    );
    let problems = plan_guessed(&s, &Existing::default()).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(
        (problems[0].row, problems[0].problem.clone()),
        (3, ProblemCode::TooLong { max: 200 })
    );
}

#[test]
fn errors_cross_the_wire() {
    let problems = plan_guessed(&sheet(&["x"], &[]), &Existing::default()).unwrap_err();
    let err = crate::transfer::TransferError::from(problems);
    let json = serde_json::to_string(&err).unwrap();
    assert_eq!(
        json,
        r#"{"Problems":[{"row":1,"column":null,"header":null,"problem":"missing_name_column"}]}"#
    );
    assert_eq!(
        serde_json::from_str::<crate::transfer::TransferError>(&json).unwrap(),
        err
    );
}
