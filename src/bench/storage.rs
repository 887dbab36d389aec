//! The storage benchmarks, exported to JavaScript: `bench_save_large` times exactly what an
//! autosave does, through the store and the localStorage adapter: serialise the envelope, check
//! that the stored text is still the one this tab wrote (the conflict check), and `setItem`.
//! `bench_bid_table_dossier` gives the typing benchmark (`bench/keystroke.mjs`) its stored
//! dossier. A script reaches them through the app's JS module:
//! `(await import(document.querySelector('script[data-wasm]').dataset.js)).bench_save_large()`.
//!
//! They write only under `persistence::keys::BENCH_KEY` (and remove it at once), through
//! persistence's own `LocalKv` and `Store`.

use super::fixtures::{large_dossier, large_dossier_with_bids};
use crate::domain::dossier::Dossier;
use crate::persistence::browser::local_storage;
use crate::persistence::envelope::{write_envelope, Stamp};
use crate::persistence::keys::{BENCH_ID, BENCH_KEY};
use crate::persistence::kv::KeyValue;
use crate::persistence::local::LocalKv;
use crate::persistence::store::Store;
use crate::platform::ChunkError;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

/// The stored text (envelope) of [`large_dossier_with_bids`] under the id `bench-bids`, for
/// the typing benchmark to put into localStorage before it opens the bid page.
/// Async, from the benchmarks' own chunk (see `bench_spec_20k`).
#[wasm_bindgen]
pub async fn bench_bid_table_dossier(bids: u32) -> String {
    crate::platform::split_await!(bid_table_dossier(bids)).unwrap_or_default()
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(bench_chunk, fallible, wasm_split_path = ::leptos::wasm_split)
)]
fn bid_table_dossier(bids: u32) -> Result<String, ChunkError> {
    let mut d = large_dossier_with_bids(bids as usize);
    d.id = "bench-bids".to_string();
    d.name = format!("Benchmark: {bids} inschrijvingen");
    Ok(write_envelope(&d, &Stamp::new(1, "2025-01-01T00:00:00.000Z", "bench")).unwrap_or_default())
}

/// Milliseconds for one autosave of [`large_dossier`] into localStorage, measured with
/// `performance.now()` around exactly what an autosave does: serialise, conflict check
/// against the stored megabyte, `setItem`. Before the timing the previous version is put
/// under the key (a plain `setItem`, as the stored state an autosave finds); afterwards the
/// key is removed. The dossier and that previous text are built once per page, so repeated
/// calls spend their time on the save. `NaN` when storage or `performance` is unavailable
/// or a write fails.
/// Async, from the benchmarks' own chunk (see `bench_spec_20k`).
#[wasm_bindgen]
pub async fn bench_save_large() -> f64 {
    crate::platform::split_await!(save_large()).unwrap_or(f64::NAN)
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(bench_chunk, fallible, wasm_split_path = ::leptos::wasm_split)
)]
fn save_large() -> Result<f64, ChunkError> {
    Ok(save_large_ms())
}

fn save_large_ms() -> f64 {
    thread_local! {
        static PREPARED: RefCell<Option<(Dossier, String)>> = const { RefCell::new(None) };
    }
    let Some(storage) = local_storage() else { return f64::NAN };
    let Some(perf) = web_sys::window().and_then(|w| w.performance()) else { return f64::NAN };
    PREPARED.with(|p| {
        let Ok(mut prepared) = p.try_borrow_mut() else { return f64::NAN };
        let (dossier, previous) = prepared.get_or_insert_with(|| {
            let mut d = large_dossier();
            d.id = BENCH_ID.to_string();
            let text = write_envelope(&d, &Stamp::new(1, "2025-01-01T00:00:00.000Z", "bench")).unwrap_or_default();
            (d, text)
        });
        let mut kv = LocalKv::new(storage);
        if previous.is_empty() || kv.set(BENCH_KEY, previous).is_err() {
            let _ = kv.remove(BENCH_KEY);
            return f64::NAN;
        }
        let mut store = Store::new(kv.clone(), "bench");
        store.assume_known(BENCH_ID, previous.clone(), 1);
        // A change, as typing makes (alternating, so the dossier does not grow).
        if dossier.exploration.title.ends_with('!') {
            dossier.exploration.title.pop();
        } else {
            dossier.exploration.title.push('!');
        }
        let start = perf.now();
        let saved = store.save(dossier, "2025-01-01T00:00:01.000Z");
        let elapsed = perf.now() - start;
        let _ = kv.remove(BENCH_KEY);
        if saved.is_ok() {
            elapsed
        } else {
            f64::NAN
        }
    })
}
