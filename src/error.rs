//! The one error type. It crosses the wire to the browser as JSON and carries codes, not
//! sentences, so the UI translates it (`i18n::Texts::error`). Internal detail (database
//! messages, paths) is logged on the server and never put into an `AppError`.

use crate::model::FieldError;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The input had problems; each names its field.
    #[error("invalid input: {0:?}")]
    Validation(Vec<FieldError>),
    /// No such thing — or it belongs to another organisation, which looks the same.
    #[error("not found")]
    NotFound,
    /// The caller may not do this.
    #[error("forbidden")]
    Forbidden,
    /// The caller is not signed in (or the session has ended).
    #[error("not signed in")]
    Unauthenticated,
    /// Too many attempts in a short time (login, registration); try again later.
    #[error("too many requests")]
    RateLimited,
    /// The change collides with existing data (a duplicate name, a stale edit).
    #[error("conflict")]
    Conflict,
    /// Something failed on the server; the detail is in the server log.
    #[error("internal error")]
    Internal,
    /// The request did not reach the server function or its answer could not be read.
    #[error("request failed: {0}")]
    Request(String),
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        AppError::Request(value.to_string())
    }
}

impl From<Vec<FieldError>> for AppError {
    fn from(errors: Vec<FieldError>) -> Self {
        AppError::Validation(errors)
    }
}

pub type AppResult<T> = Result<T, AppError>;
