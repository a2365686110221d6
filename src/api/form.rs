//! Small helpers the server functions share for reading form choices and naming refusals.

use crate::error::AppError;
use crate::model::{Field, FieldError, Problem};

/// Reads a choice from a form's select: a number that must be there.
pub fn chosen(field: Field, value: &str) -> Result<i64, AppError> {
    let problem = if value.trim().is_empty() {
        Problem::Required
    } else {
        Problem::UnknownChoice
    };
    value
        .trim()
        .parse()
        .map_err(|_| AppError::Validation(vec![FieldError { field, problem }]))
}

pub fn duplicate(field: Field, e: AppError) -> AppError {
    match e {
        AppError::Conflict => AppError::Validation(vec![FieldError {
            field,
            problem: Problem::Duplicate,
        }]),
        e => e,
    }
}

/// A Y-tunnus that another actor already has is a field problem, not a bare conflict.
pub fn taken_business_id(e: AppError) -> AppError {
    duplicate(Field::BusinessId, e)
}
