//! Persistence: the only code that touches storage. The envelope, migrations and import
//! validation are pure and tested natively; the localStorage access is wasm-only.

pub mod settings;

#[cfg(target_arch = "wasm32")]
pub mod browser;
