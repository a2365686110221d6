//! Import and export against a real database, on SQLite and PostgreSQL: exports that import
//! back unchanged, a Finnish spreadsheet with problems named by row and column, an import
//! run all at once and not twice, the portfolio JSON round trip, and the network for Gephi.

#[macro_use]
mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::TestApp;
use hankekartta::transfer::read_any as read_sheet;

on_both_backends!(
    exported_projects_import_back_unchanged,
    a_finnish_csv_is_previewed_fixed_and_imported_once,
    the_portfolio_json_imports_into_an_identical_portfolio,
    the_network_exports_for_gephi,
    hostile_content_stays_inert,
);

/// Posts a file to the import form; returns the redirect target.
async fn upload(app: &TestApp, portfolio: &str, name: &str, bytes: &[u8]) -> String {
    let boundary = "hkboundary7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    body.extend(
        format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n"
    )
        .as_bytes(),
    );
    body.extend(bytes);
    body.extend(format!("\r\n--{boundary}--\r\n").as_bytes());
    let req = Request::post(format!("/portfolio/{portfolio}/import"))
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(Body::from(body))
        .unwrap();
    let (status, headers, _) = app.send(req).await;
    assert!(status.is_redirection(), "{status}");
    headers[header::LOCATION].to_str().unwrap().to_string()
}

async fn download(app: &TestApp, portfolio: &str, file: &str) -> Vec<u8> {
    let req = Request::get(format!("/portfolio/{portfolio}/export/{file}"))
        .body(Body::empty())
        .unwrap();
    let res = tower::ServiceExt::oneshot(app.router.clone(), app.with_session(req))
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK, "{file}");
    let bytes = http_body_util::BodyExt::collect(res.into_body())
        .await
        .unwrap()
        .to_bytes();
    bytes.to_vec()
}

fn upload_id(location: &str) -> String {
    location.rsplit('/').next().unwrap().to_string()
}

async fn exported_projects_import_back_unchanged(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    let projects = app.scalar("SELECT COUNT(*) FROM projects").await as usize;
    for file in ["projects.csv", "projects.xlsx"] {
        let bytes = download(&app, &pid, file).await;
        let sheet = read_sheet(&bytes).expect(file);
        assert_eq!(sheet.rows.len(), projects);
        assert_eq!(sheet.headers[0], "Hankkeen nimi");
        let location = upload(&app, &pid, file, &bytes).await;
        assert!(location.contains("/import/"), "{location}");
        let up = upload_id(&location);
        let (status, p) = app
            .call(
                "preview_import",
                &[("portfolio_id", &pid), ("upload_id", &up)],
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{p}");
        assert_eq!(p["problems"], serde_json::json!([]), "{file}");
        assert_eq!(p["creates"].as_array().unwrap().len(), 0, "{file}: {p}");
        assert_eq!(
            p["updates"].as_array().unwrap().len(),
            0,
            "{file}: {}",
            p["updates"]
        );
        assert_eq!(p["unchanged"], projects, "{file}");
    }
    let actors = download(&app, &pid, "actors.xlsx").await;
    assert!(read_sheet(&actors).unwrap().rows.len() >= 80);
}

async fn a_finnish_csv_is_previewed_fixed_and_imported_once(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    // As Finnish Excel saves it: semicolons, Windows-1252, d.m.yyyy, "1 250 000".
    let bad = "Hankkeen nimi;Toteuttaja;Kumppanit;Teemat;Alkaa;Päättyy;Budjetti (€)\r\n\
               Järvikylän kyläkauppa;Vaaran Kylät ry;\"Kyläkauppa Oy\nPuutalo Lahtinen Oy\";Asuminen;1.3.2026;31.12.2027;120 000\r\n\
               Rantasaunan kunnostus;Vaaran Kylät ry;;Vesistöt;31.2.2026;1.1.2027;noin paljon\r\n";
    let (cp1252, _, _) = encoding_rs::WINDOWS_1252.encode(bad);
    let location = upload(&app, &pid, "hankkeet.csv", &cp1252).await;
    let up = upload_id(&location);
    let (_, p) = app
        .call(
            "preview_import",
            &[("portfolio_id", &pid), ("upload_id", &up)],
        )
        .await;
    let problems: Vec<(i64, &str, &str)> = p["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["row"].as_i64().unwrap(),
                x["header"].as_str().unwrap_or(""),
                x["code"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        problems,
        [(3, "Alkaa", "bad_date"), (3, "Budjetti (€)", "bad_number")],
        "{p}"
    );
    let (status, _) = app
        .call("run_import", &[("portfolio_id", &pid), ("upload_id", &up)])
        .await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "nothing is imported while there are problems"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM projects WHERE name = 'Järvikylän kyläkauppa'")
            .await,
        0
    );

    let good = bad
        .replace("31.2.2026", "1.2.2026")
        .replace("noin paljon", "85 000,50");
    let (cp1252, _, _) = encoding_rs::WINDOWS_1252.encode(&good);
    let up = upload_id(&upload(&app, &pid, "hankkeet.csv", &cp1252).await);
    let (_, p) = app
        .call(
            "preview_import",
            &[("portfolio_id", &pid), ("upload_id", &up)],
        )
        .await;
    assert_eq!(
        p["creates"],
        serde_json::json!(["Järvikylän kyläkauppa", "Rantasaunan kunnostus"])
    );
    assert_eq!(p["new_actors"], serde_json::json!(["Kyläkauppa Oy"]));
    assert_eq!(p["new_themes"], serde_json::json!(["Vesistöt"]));
    // The user maps the partners column away; the preview follows.
    let (_, mapped) = app
        .call(
            "preview_import",
            &[
                ("portfolio_id", &pid),
                ("upload_id", &up),
                ("mapping[0]", "name"),
                ("mapping[1]", "lead"),
                ("mapping[2]", "ignore"),
                ("mapping[3]", "themes"),
                ("mapping[4]", "start"),
                ("mapping[5]", "end"),
                ("mapping[6]", "budget"),
            ],
        )
        .await;
    assert_eq!(mapped["columns"][2]["target"], "ignore");
    assert_eq!(mapped["new_actors"], serde_json::json!([]));

    let revision = app.scalar("SELECT revision FROM portfolios").await;
    let (status, body) = app
        .call("run_import", &[("portfolio_id", &pid), ("upload_id", &up)])
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        app.scalar("SELECT revision FROM portfolios").await,
        revision + 1,
        "one change"
    );
    let budget = app
        .scalar("SELECT budget_cents FROM projects WHERE name = 'Rantasaunan kunnostus'")
        .await;
    assert_eq!(budget, 8_500_050);
    let links = app
        .scalar(
            "SELECT COUNT(*) FROM project_actors pa JOIN projects p ON p.id = pa.project_id \
             JOIN actors a ON a.id = pa.actor_id WHERE p.name = 'Järvikylän kyläkauppa' \
             AND a.name IN ('Vaaran Kylät ry', 'Kyläkauppa Oy', 'Puutalo Lahtinen Oy')",
        )
        .await;
    assert_eq!(links, 3);
    let kind = app
        .scalar("SELECT COUNT(*) FROM actors WHERE name = 'Kyläkauppa Oy' AND kind = 'company'")
        .await;
    assert_eq!(kind, 1, "the new actor's type is guessed from its name");

    // The same file again changes nothing.
    let up = upload_id(&upload(&app, &pid, "hankkeet.csv", &cp1252).await);
    let (_, p) = app
        .call(
            "preview_import",
            &[("portfolio_id", &pid), ("upload_id", &up)],
        )
        .await;
    assert_eq!(p["unchanged"], 2, "{p}");
    let (status, _) = app
        .call("run_import", &[("portfolio_id", &pid), ("upload_id", &up)])
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        app.scalar("SELECT revision FROM portfolios").await,
        revision + 1
    );
}

async fn the_portfolio_json_imports_into_an_identical_portfolio(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    let json = download(&app, &pid, "portfolio.json").await;
    let location = upload(&app, &pid, "vaaralahti.json", &json).await;
    let new = location.trim_start_matches("/portfolio/").to_string();
    assert_ne!(new, pid, "{location}");
    let again = download(&app, &new, "portfolio.json").await;
    let a: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let b: serde_json::Value = serde_json::from_slice(&again).unwrap();
    assert_eq!(a, b);
    assert!(a["projects"].as_array().unwrap().len() >= 60);
    assert!(a["relations"].as_array().unwrap().len() >= 3);
    let actors_before = app.scalar("SELECT COUNT(*) FROM actors").await;
    let _ = upload(&app, &pid, "vaaralahti.json", &json).await;
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM actors").await,
        actors_before,
        "actors are matched, not copied"
    );
    let broken = String::from_utf8(json)
        .unwrap()
        .replace("\"version\": 1", "\"version\": 99");
    let location = upload(&app, &pid, "broken.json", broken.as_bytes()).await;
    assert!(location.ends_with("?error=not_portfolio"), "{location}");
}

async fn the_network_exports_for_gephi(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    let graphml = String::from_utf8(download(&app, &pid, "network.graphml").await).unwrap();
    let gexf = String::from_utf8(download(&app, &pid, "network.gexf").await).unwrap();
    let projects = app.scalar("SELECT COUNT(*) FROM projects").await as usize;
    assert!(graphml.matches("<node ").count() > projects);
    assert_eq!(
        graphml.matches("<node ").count(),
        gexf.matches("<node ").count()
    );
    assert_eq!(
        graphml.matches("<edge ").count(),
        gexf.matches("<edge ").count()
    );
    assert!(graphml.contains("Nuorten työpaja Verstas"));
    let req = Request::get(format!("/portfolio/{pid}/export/secrets.txt"))
        .body(Body::empty())
        .unwrap();
    let (status, _, _) = app.send(req).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

async fn hostile_content_stays_inert(app: TestApp) {
    let pid = app.demo_portfolio().await.to_string();
    let (status, id) = app
        .call(
            "create_project",
            &[
                ("portfolio_id", &pid),
                (
                    "input[name]",
                    "=HYPERLINK(\"http://evil.example\";\"Klikkaa\")",
                ),
                (
                    "input[summary]",
                    "<script>alert('xss')</script><img src=x onerror=alert(1)>",
                ),
                ("input[funding]", "+SUM(A1:A9); @kaupunki"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{id}");
    let csv = String::from_utf8(download(&app, &pid, "projects.csv").await).unwrap();
    assert!(
        csv.contains("\"'=HYPERLINK("),
        "a formula is neutralised: {}",
        &csv[..200]
    );
    assert!(csv.contains("'+SUM(A1:A9)"));
    assert!(!csv.contains(";=HYPERLINK") && !csv.contains("\n=HYPERLINK"));
    let (_, _, html) = app
        .get(&format!("/portfolio/{pid}/projects/{id}"), &[])
        .await;
    assert!(!html.contains("<script>alert"), "text is escaped");
    assert!(html.contains("&lt;script&gt;alert"));
    assert!(!html.contains("<img src=x"));
}
