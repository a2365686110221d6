//! The `hankekartta` server binary: reads the configuration and serves the app.

#[cfg(feature = "ssr")]
#[tokio::main]
async fn main() -> std::process::ExitCode {
    hankekartta::server::run().await
}

#[cfg(not(feature = "ssr"))]
fn main() {
    // The browser half has no binary; `cargo leptos` builds the library for it.
}
