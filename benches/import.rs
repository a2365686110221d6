//! The import of a 10 000-row XLSX into the demo database (SQLite, a temporary directory):
//! reading the file, planning it against the portfolio (the preview), and running it in one
//! transaction. A benchmark, not a test: it prints the figures.
//! Run: `cargo bench --features ssr --bench import`.

use hankekartta::model::DEFAULT_THEMES;
use hankekartta::server::config::Config;
use hankekartta::server::export::PROJECT_HEADERS;
use hankekartta::server::state::AppState;
use hankekartta::server::store::{self, Scope};
use hankekartta::server::{import, portfolio_json};
use hankekartta::transfer::{read_any, to_xlsx};
use std::time::Instant;

const ROWS: usize = 10_000;

fn workbook() -> Vec<u8> {
    let rows: Vec<Vec<String>> = (0..ROWS)
        .map(|i| {
            let theme = |k: usize| DEFAULT_THEMES[(i * 7 + k) % DEFAULT_THEMES.len()].to_string();
            vec![
                format!("Kehittämishanke {i:05}"),
                ["suunnitteilla", "käynnissä", "päättynyt"][i % 3].to_string(),
                format!("{}.{}.{}", 1 + i % 28, 1 + i % 12, 2020 + i % 7),
                format!("{}.{}.{}", 1 + i % 28, 1 + i % 12, 2028 + i % 3),
                format!("{} {:03}", 10 + i % 900, (i * 37) % 1000),
                "EAKR; kunta".to_string(),
                format!("Toteuttaja {} Oy", i % 700),
                String::new(),
                format!("Kumppani {} ry; Oppilaitos {}", i % 400, i % 90),
                String::new(),
                format!("{}; {}", theme(0), theme(5)),
                format!("Hanke {i} kehittää alueen palveluja ja yritysten yhteistyötä."),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ]
        })
        .collect();
    to_xlsx("Hankkeet", &PROJECT_HEADERS, &rows).expect("xlsx")
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().to_string_lossy().to_string();
    let config = Config::from_parts("", |k| match k {
        "HK_DATA_DIR" | "HK_SITE_ROOT" => Some(data.clone()),
        _ => None,
    })
    .expect("config");
    let state = AppState::open(config).await.expect("state");
    let org = store::organisations::by_slug(&state.db, "vaaralahti")
        .await
        .expect("lookup")
        .expect("demo organisation")
        .id;
    let portfolio = store::portfolios::list(&state.db, org).await.expect("list")[0]
        .portfolio
        .id;
    let scope = Scope { org, portfolio };

    let t = Instant::now();
    let bytes = workbook();
    println!(
        "wrote a {ROWS}-row XLSX ({} KiB) in {:?}",
        bytes.len() / 1024,
        t.elapsed()
    );
    let t = Instant::now();
    let sheet = read_any(&bytes).expect("read");
    println!(
        "read:    {:>8.1} ms ({} rows)",
        t.elapsed().as_secs_f64() * 1e3,
        sheet.rows.len()
    );
    let upload = store::uploads::save(&state.db, scope, "bench.xlsx", &bytes)
        .await
        .expect("upload");
    let t = Instant::now();
    let preview = import::preview(&state, scope, upload, Vec::new())
        .await
        .expect("preview");
    println!(
        "preview: {:>8.1} ms ({} to create, {} problems)",
        t.elapsed().as_secs_f64() * 1e3,
        preview.creates.len(),
        preview.problems.len()
    );
    let t = Instant::now();
    import::run(&state, scope, "bench", upload, Vec::new())
        .await
        .expect("run");
    println!(
        "run:     {:>8.1} ms (read, plan and write in one transaction)",
        t.elapsed().as_secs_f64() * 1e3
    );
    let t = Instant::now();
    let doc = portfolio_json::export(&state.db, scope)
        .await
        .expect("export");
    println!(
        "JSON export of {} projects: {:.1} ms",
        doc.projects.len(),
        t.elapsed().as_secs_f64() * 1e3
    );
}
