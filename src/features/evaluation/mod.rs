//! Independent scoring by file (`persistence::evaluation`):
//!
//! - [`evaluator`]: the evaluator's page at `/beoordelen`: open a package, score every bid on
//!   every quality criterion with a reason (no prices), work kept in this browser, download the
//!   score sheet. A screen of its own (`lazy_screen!`).
//! - [`round`]: on the bids page, the contact's panel: descriptions for the evaluators, the
//!   package download, the price opening with its record, and reading the sheets back in
//!   (every special case asked, never decided silently). A panel of its own (`LazyPanel`).
//! - [`reasons`]: the evaluators' reasons under each table of the consensus view (part of
//!   the bids page's chunk).
//!
//! Texts: `i18n::evaluation`.

pub mod evaluator;
pub mod reasons;
pub mod round;

use crate::domain::money::parse_points;
use crate::domain::scoring::model::QualityScale;
use crate::i18n::{evaluation as t, Lang};
use rust_decimal::Decimal;

crate::components::lazy::lazy_screen!(evaluator_chunk, load_page, preload_page, || leptos::prelude::view! {
    <evaluator::EvaluatorPage />
});
crate::components::lazy::lazy_screen!(round_chunk, load_round, preload_round, || leptos::prelude::view! {
    <round::RoundPanel />
});

/// [`load_round`] for [`crate::components::lazy::LazyPanel`].
pub fn load_round_boxed() -> crate::components::lazy::PanelFuture {
    Box::pin(load_round())
}

/// A score typed by an evaluator: `Ok(None)` when empty, else points on the scale, or the
/// message that says what is wrong.
pub fn check_points(text: &str, scale: &QualityScale, lang: Lang) -> Result<Option<Decimal>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let p = parse_points(text).map_err(|e| crate::i18n::bids::points_parse_error(e, lang).to_string())?;
    if p > scale.max_points {
        return Err(t::above_max(&crate::i18n::scoring::fmt_number(scale.max_points, lang), lang));
    }
    if !scale.levels.is_empty() && !scale.levels.iter().any(|l| l.points == p) {
        return Err(t::NOT_A_LEVEL.get(lang).to_string());
    }
    Ok(Some(p))
}
