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
use crate::persistence::import::{ImportError, MAX_IMPORT_BYTES};
use rust_decimal::Decimal;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

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

/// Reads files as bytes (checking each size first) and hands each to `done` with its name.
pub fn read_files(files: web_sys::FileList, done: impl Fn(String, Result<Vec<u8>, ImportError>) + Copy + 'static) {
    for i in 0..files.length() {
        let Some(file) = files.get(i) else { continue };
        let name = file.name();
        if file.size() > MAX_IMPORT_BYTES as f64 {
            done(name, Err(ImportError::TooLarge { bytes: file.size() as u64, limit: MAX_IMPORT_BYTES }));
            continue;
        }
        let Ok(reader) = web_sys::FileReader::new() else {
            done(name, Err(ImportError::FileUnreadable));
            continue;
        };
        let r = reader.clone();
        let n1 = name.clone();
        let onload = Closure::once_into_js(move || match r.result() {
            Ok(buf) => done(n1, Ok(js_sys::Uint8Array::new(&buf).to_vec())),
            Err(_) => done(n1, Err(ImportError::FileUnreadable)),
        });
        let n2 = name.clone();
        let onerror = Closure::once_into_js(move || done(n2, Err(ImportError::FileUnreadable)));
        reader.set_onload(Some(onload.unchecked_ref()));
        reader.set_onerror(Some(onerror.unchecked_ref()));
        if reader.read_as_array_buffer(&file).is_err() {
            done(name, Err(ImportError::FileUnreadable));
        }
    }
}
