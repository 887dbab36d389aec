//! The domain: pure Rust with no leptos, web_sys or gloo. Compiles and tests natively.

pub mod assessment;
pub mod completeness;
pub mod contract;
pub mod documents;
pub mod demo;
pub mod csv;
pub mod dossier;
pub mod fields;
pub mod incentive;
pub mod lang;
pub mod money;
pub mod scoring;
pub mod spec;
pub mod steps;
pub mod thresholds;
