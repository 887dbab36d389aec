//! The browser's localStorage, reached safely. `gloo_storage::LocalStorage::raw()` panics (and
//! a panic kills the module) when storage is disabled, so every access goes through
//! `window().local_storage()`, which returns a `Result`.

use web_sys::Storage;

/// The localStorage object, or `None` when it is disabled, blocked or throws on access.
pub fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
