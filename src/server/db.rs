//! Opening the database: SQLite (embedded, the default) or PostgreSQL, chosen by the URL,
//! behind one sqlx `AnyPool`, and migrated on open with the dialect's own migrations.

use crate::error::AppError;
use sqlx::any::{install_default_drivers, AnyPoolOptions};
use sqlx::AnyPool;
use std::path::Path;

/// Which SQL dialect the pool speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The connection pool. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
}

static SQLITE: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

impl Db {
    /// Opens `url`, or an SQLite file in `data_dir` when `url` is empty, and migrates it.
    pub async fn open(url: &str, data_dir: &Path) -> Result<Self, String> {
        let url = if url.is_empty() {
            std::fs::create_dir_all(data_dir)
                .map_err(|e| format!("cannot create {}: {e}", data_dir.display()))?;
            format!(
                "sqlite://{}?mode=rwc",
                data_dir.join("hankekartta.db").display()
            )
        } else {
            url.to_string()
        };
        let backend = if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else {
            return Err("the database URL must start with sqlite: or postgres:".into());
        };
        install_default_drivers();
        let options = AnyPoolOptions::new().max_connections(match backend {
            Backend::Sqlite => 4,
            Backend::Postgres => 16,
        });
        let pool = options
            .connect(&url)
            .await
            .map_err(|e| format!("cannot open the database: {e}"))?;
        if backend == Backend::Sqlite {
            // Readers do not block the writer; survives a crash mid-write.
            sqlx::query("PRAGMA journal_mode = WAL")
                .execute(&pool)
                .await
                .map_err(|e| format!("cannot set WAL mode: {e}"))?;
        }
        let migrator = match backend {
            Backend::Sqlite => &SQLITE,
            Backend::Postgres => &POSTGRES,
        };
        migrator
            .run(&pool)
            .await
            .map_err(|e| format!("migration failed: {e}"))?;
        Ok(Self { pool, backend })
    }
}

/// Logs a database error and turns it into the error the client sees. A unique-key
/// violation is a conflict the user can act on; anything else is internal.
pub fn db_error(e: sqlx::Error) -> AppError {
    if let sqlx::Error::Database(d) = &e {
        if d.is_unique_violation() {
            return AppError::Conflict;
        }
    }
    if matches!(e, sqlx::Error::RowNotFound) {
        return AppError::NotFound;
    }
    tracing::error!("database error: {e}");
    AppError::Internal
}

/// Milliseconds since the Unix epoch, the timestamp format of every table.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}
