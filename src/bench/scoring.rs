//! A micro-benchmark of the award arithmetic for the benchmark script (`scripts/bench`),
//! which calls it in the loaded page under 4x CPU throttling.

use crate::domain::scoring::{evaluate, sample_setup};
use crate::platform::ChunkError;
use wasm_bindgen::prelude::*;

/// Times `evaluate` on a deterministic award of 100 bids, 12 criteria and 5 evaluators:
/// the median of 5 runs, in milliseconds (`performance.now()`). The set-up is built once,
/// outside the timing: the page evaluates a set-up it already holds.
/// Async, from the benchmarks' own chunk (see `bench_spec_20k`).
#[wasm_bindgen]
pub async fn bench_scoring_100x12x5() -> f64 {
    crate::platform::split_await!(scoring_100x12x5()).unwrap_or(f64::NAN)
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(bench_chunk, fallible, wasm_split_path = ::leptos::wasm_split)
)]
fn scoring_100x12x5() -> Result<f64, ChunkError> {
    let setup = sample_setup(100, 12, 5);
    let Some(perf) = web_sys::window().and_then(|w| w.performance()) else { return Ok(f64::NAN) };
    let mut times = Vec::with_capacity(5);
    for _ in 0..5 {
        let start = perf.now();
        let evaluation = evaluate(&setup);
        let elapsed = perf.now() - start;
        // Keep the result alive so the call cannot be optimised away.
        std::hint::black_box(&evaluation);
        times.push(elapsed);
    }
    times.sort_by(f64::total_cmp);
    Ok(times[times.len() / 2])
}
