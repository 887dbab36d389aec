//! Benchmarks. In-browser micro-benchmarks, exported to JavaScript for `scripts/bench`
//! (`bench/bench.config.mjs` lists them), which times each call (one warm-up, then several
//! timed calls, median) with the CPU throttled over the DevTools protocol. They measure the real
//! release build. Each call does the work once.
//!
//! - `fixtures`: the large dossier the storage benchmark saves; pure, deterministic and compiled
//!   natively too, because the storage tests use it.
//! - `sample`: the bestek that `spec` analyses; compiled natively too, for the native timing
//!   test and the specification helper's reading dump.
//! - `spec`: `bench_spec_20k`, the specification helper on 20,000 characters.
//! - `scoring`: `bench_scoring_100x12x5`, the award arithmetic on 100 bids.
//! - `storage`: `bench_save_large`, one autosave of the large dossier; `bench_bid_table_dossier`,
//!   the stored dossier of the typing benchmark (`bench/keystroke.mjs`).
//!
//! The exported names are what the scripts and `tests/browser_persistence.rs` call: keep them.
//! The exports are in every build, not behind a cargo feature: `scripts/bench` measures the
//! release bundle of `scripts/build`, the same one that is deployed and that the end-to-end
//! tests load.

pub mod fixtures;
pub mod sample;
#[cfg(target_arch = "wasm32")]
pub mod scoring;
#[cfg(target_arch = "wasm32")]
pub mod spec;
#[cfg(target_arch = "wasm32")]
pub mod storage;
