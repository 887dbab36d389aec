//! Inkoopwijzer: guides a Dutch municipality through purchasing re-integration services
//! the innovative way. The domain, i18n, persistence's pure half, render, routes and the
//! benchmarks' fixtures compile natively; the user interface and the benchmark exports exist
//! only in the browser build (`wasm32`).

pub mod bench;
pub mod domain;
pub mod i18n;
pub mod persistence;
pub mod render;
pub mod routes;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod features;
#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod state;

#[cfg(target_arch = "wasm32")]
pub use app::App;
