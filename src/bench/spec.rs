//! A micro-benchmark of the specification helper: analyses a bestek of 20,000 characters once
//! per call.

use crate::platform::ChunkError;
use wasm_bindgen::prelude::*;

/// Analyses a 20,000-character bestek with the specification helper; returns the number of
/// sentences (so the work cannot be optimised away). Async: in a split build the code arrives
/// with the benchmarks' own chunk on the first call, so the benchmarks add nothing to what the
/// start page loads.
#[wasm_bindgen]
pub async fn bench_spec_20k() -> usize {
    crate::platform::split_await!(spec_20k()).unwrap_or(0)
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(bench_chunk, fallible, wasm_split_path = ::leptos::wasm_split)
)]
fn spec_20k() -> Result<usize, ChunkError> {
    let text = super::sample::sample_bestek(20_000);
    Ok(crate::domain::spec::assess(&text).sentences().len())
}
