//! The operator's runtime settings: `Leptos.toml` (or the file named by `HK_CONFIG`), each key
//! overridable by an environment variable. Missing file or keys fall back to laptop defaults.

use serde::Deserialize;
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct Config {
    /// `[server] address`, env `HK_ADDRESS` (or `LEPTOS_SITE_ADDR`, set by cargo-leptos).
    pub address: SocketAddr,
    /// `[server] site_root`: where the built browser bundle and static files are,
    /// env `HK_SITE_ROOT` (or `LEPTOS_SITE_ROOT`).
    pub site_root: String,
    /// `[database] url`, env `DATABASE_URL`. Empty: an SQLite file in `data_dir`.
    pub database_url: String,
    /// `[database] data_dir`, env `HK_DATA_DIR`.
    pub data_dir: PathBuf,
    /// `[database] demo`, env `HK_DEMO`: load the demo portfolio into an empty database
    /// (by default only when not served over HTTPS).
    pub demo: bool,
    /// Env `HK_SYNTHETIC` (e.g. "500,2000"): synthetic portfolios of these many network nodes
    /// for benchmarks, loaded once into the open organisation.
    pub synthetic: Vec<usize>,
    /// `[server] https`, env `HK_HTTPS`: the site is served over HTTPS (directly or behind a
    /// proxy), so cookies are `Secure` and responses carry HSTS.
    pub https: bool,
    /// `[server] public_url`, env `HK_PUBLIC_URL`: the address people reach the site at
    /// (`https://hankekartta.example.fi`), used in mailed links. Unset, links use the
    /// request's host — fine on a laptop, but set it in production so that a forged `Host`
    /// header cannot make a reset link point elsewhere.
    pub public_url: Option<String>,
    /// `[access] organisation`, env `HK_ORGANISATION`: the organisation (by slug) that
    /// synthetic benchmark portfolios (`HK_SYNTHETIC`) are loaded into.
    pub bench_organisation: String,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    server: ServerSection,
    #[serde(default)]
    database: DatabaseSection,
    #[serde(default)]
    access: AccessSection,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ServerSection {
    address: Option<String>,
    site_root: Option<String>,
    https: Option<bool>,
    public_url: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct DatabaseSection {
    url: Option<String>,
    data_dir: Option<String>,
    demo: Option<bool>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct AccessSection {
    organisation: Option<String>,
}

impl Config {
    /// Reads the file and the environment.
    pub fn load() -> Result<Self, String> {
        let path = std::env::var("HK_CONFIG").unwrap_or_else(|_| "Leptos.toml".into());
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(format!("{path}: {e}")),
        };
        Self::from_parts(&text, |k| std::env::var(k).ok()).map_err(|e| format!("{path}: {e}"))
    }

    /// Builds the configuration from a file's text and an environment lookup.
    pub fn from_parts(text: &str, env: impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
        let pick = |keys: &[&str], file_value: Option<String>, default: &str| {
            keys.iter()
                .find_map(|k| env(k).filter(|v| !v.is_empty()))
                .or(file_value)
                .unwrap_or_else(|| default.to_string())
        };
        let address = pick(
            &["HK_ADDRESS", "LEPTOS_SITE_ADDR"],
            file.server.address,
            "127.0.0.1:3000",
        );
        let address = address
            .parse()
            .map_err(|_| format!("server address is not host:port: {address}"))?;
        let flag = |key: &str, file_value: Option<bool>, default: bool| match env(key).as_deref() {
            Some("0" | "false" | "no") => false,
            Some(_) => true,
            None => file_value.unwrap_or(default),
        };
        let https = flag("HK_HTTPS", file.server.https, false);
        // the demo people have a published password: not by default on a real (HTTPS) site
        let demo = flag("HK_DEMO", file.database.demo, !https);
        Ok(Self {
            address,
            site_root: pick(
                &["HK_SITE_ROOT", "LEPTOS_SITE_ROOT"],
                file.server.site_root,
                "target/site",
            ),
            database_url: pick(&["DATABASE_URL"], file.database.url, ""),
            data_dir: pick(&["HK_DATA_DIR"], file.database.data_dir, "data").into(),
            demo,
            https,
            public_url: env("HK_PUBLIC_URL")
                .filter(|v| !v.is_empty())
                .or(file.server.public_url)
                .map(|u| u.trim_end_matches('/').to_string()),
            synthetic: env("HK_SYNTHETIC")
                .unwrap_or_default()
                .split(',')
                .filter_map(|s| s.trim().parse().ok())
                .filter(|n| (1..=100_000).contains(n))
                .collect(),
            bench_organisation: pick(&["HK_ORGANISATION"], file.access.organisation, "vaaralahti"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_file_and_environment() {
        let c = Config::from_parts("", |_| None).unwrap();
        assert_eq!(c.address.to_string(), "127.0.0.1:3000");
        assert!(c.database_url.is_empty() && c.demo && !c.https);
        let file = "[server]\naddress = \"0.0.0.0:8080\"\nhttps = true\n[database]\ndemo = false\n";
        let c = Config::from_parts(file, |_| None).unwrap();
        assert_eq!(c.address.port(), 8080);
        assert!(c.https);
        let c = Config::from_parts("[server]\nhttps = true\n", |_| None).unwrap();
        assert!(!c.demo, "no demo people on an HTTPS site unless asked for");
        assert!(!c.demo);
        let c = Config::from_parts(file, |k| {
            (k == "HK_ADDRESS").then(|| "127.0.0.1:4000".into())
        })
        .unwrap();
        assert_eq!(c.address.port(), 4000);
    }

    #[test]
    fn the_public_address_is_read_without_its_trailing_slash() {
        let file = "[server]\npublic_url = \"https://kartta.example.fi/\"\n";
        let c = Config::from_parts(file, |_| None).unwrap();
        assert_eq!(c.public_url.as_deref(), Some("https://kartta.example.fi"));
        assert_eq!(Config::from_parts("", |_| None).unwrap().public_url, None);
    }

    #[test]
    fn bad_settings_are_reported() {
        assert!(Config::from_parts("[server]\naddress = \"nowhere\"", |_| None).is_err());
        assert!(Config::from_parts("[server]\nadress = \"x\"", |_| None).is_err());
    }
}
