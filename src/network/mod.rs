//! The relationship network: its content and views (`graph`, `view`), how it looks (`style`,
//! `svg`), and its geometry (`layout`, `camera`, `labels`, `pick`). Pure, no web-sys, so it runs
//! natively in tests and in the browser's WASM; the drawing lives in `components::network`.

pub mod camera;
pub mod graph;
pub mod labels;
pub mod layout;
pub mod pick;
pub mod style;
pub mod svg;
pub mod view;
