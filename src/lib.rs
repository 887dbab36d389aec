//! Inkoopwijzer: guides a Dutch municipality through purchasing re-integration services
//! the innovative way. The domain, i18n, persistence's pure half, render, routes and the
//! benchmarks' fixtures compile natively; the user interface and the benchmark exports exist
//! only in the browser build (`wasm32`).

pub mod bench;
pub mod domain;
pub(crate) mod i18n;
pub mod persistence;
pub mod render;
pub mod routes;

// The user interface is private to the crate, so that the compiler reports what nothing uses.
#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod features;
#[cfg(target_arch = "wasm32")]
mod platform;
#[cfg(target_arch = "wasm32")]
mod state;

#[cfg(target_arch = "wasm32")]
pub use app::{start, App};

/// The texts that the native tests check against: the guide's examples for the specification
/// analyser and the phrasing of scoring problems. (`i18n` itself is private to the crate, so
/// that the compiler reports a text that nothing shows.)
#[doc(hidden)]
pub mod test_texts {
    pub use crate::i18n::scoring::problem_message;
    pub use crate::i18n::spec::{APELDOORN, COFFEE, EMMEN, GUIDE_TABLE};
}

/// What the browser tests (`tests/browser_*.rs`) mount and read beside the whole app.
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod testing {
    pub use crate::features::dossiers::{DossierList, SaveStatus, StorageBanners};
    pub use crate::state::dossiers::{provide_dossiers, use_dossiers, Dossiers};
    pub use crate::state::LangCtx;
}
