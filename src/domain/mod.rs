//! The domain: pure Rust with no leptos, web_sys or gloo. Compiles and tests natively.

pub mod csv;
pub mod dossier;
pub mod fields;
pub mod incentive;
pub mod money;
pub mod scoring;
pub mod steps;
