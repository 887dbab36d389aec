//! The domain: pure Rust with no leptos, web_sys or gloo. Compiles and tests natively.
//!
//! The ground floor: it imports nothing from the rest of the crate. It holds rules and data,
//! no words: a text the domain carries is a `Tr` pair (`lang`), and turning its enums into
//! sentences is `crate::i18n`'s job; rendering that needs words (documents, CSV) is
//! `crate::render`.

pub mod assessment;
pub mod completeness;
pub mod contract;
pub mod demo;
pub mod document_kind;
pub mod dossier;
pub mod fields;
pub mod incentive;
pub mod lang;
pub mod money;
pub mod newcomers;
pub mod qr;
pub mod reuse;
pub mod scoring;
pub mod source;
/// The specification analyser, a crate of its own (`src/domain/spec/Cargo.toml` says why).
pub use inkoopwijzer_spec as spec;
pub mod steps;
pub mod thresholds;
pub mod workshop;
