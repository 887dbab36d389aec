//! Persistence: the only code that touches storage.
//!
//! Pure and tested natively: the key table (`keys`), the storage trait with its memory
//! implementation (`kv`), the versioned envelope (`envelope`) and its migrations
//! (`migrate`), the store with conflict detection and quarantine (`store`), imports
//! (`import`), list rows (`summary`) and the backup reminder (`backup`, `time`).
//! Wasm only: the localStorage adapter (`local`) and the safe probe (`browser`).
//! The storage format is documented in `docs/storage-format.md`.

pub mod backup;
pub mod envelope;
pub mod evaluation;
pub mod import;
pub mod keys;
pub mod kv;
pub mod link;
pub mod merge;
pub mod migrate;
pub mod session;
pub mod settings;
pub mod share;
pub mod store;
pub mod summary;
pub mod time;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod local;
