//! Rendering that needs words: the generated documents (`documents`: the bestek and the
//! projectplan as a document model, written to ODT) and the CSV export of the bid comparison
//! (`csv`). Pure and native, like the domain.
//!
//! This room sits above `i18n`: it takes rules and data from `crate::domain` and texts from
//! `crate::i18n`. Neither of those imports it; the app's pages (`features/`) use it.

pub mod csv;
pub mod documents;
