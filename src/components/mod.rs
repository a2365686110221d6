//! Reusable UI pieces shared by the pages.

pub mod error;
pub mod field;
pub mod layout;
pub mod network;
pub mod refusal;
