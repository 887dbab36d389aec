//! Offline use, installation and updates as reactive state: [`Pwa`] mirrors what the loader
//! (`public/boot.js`, through `platform::pwa_*`) knows about the service worker and the
//! browser's install offer, and switches to a waiting version only after the open dossier is
//! saved.

use crate::platform::{self, PwaState};
use crate::state::dossiers::Dossiers;
use leptos::prelude::*;

/// The app's version (Cargo.toml) and build date (`INKOOPWIJZER_BUILD_DATE`, set by
/// scripts/build to the date of the commit it builds; absent in development builds).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
pub const BUILD_DATE: Option<&str> = option_env!("INKOOPWIJZER_BUILD_DATE");

#[derive(Clone, Copy)]
pub struct Pwa {
    pub state: ReadSignal<PwaState>,
    /// The last switch could not save the open dossier first, so it did not happen.
    pub switch_blocked: ReadSignal<bool>,
    set_switch_blocked: WriteSignal<bool>,
}

impl Pwa {
    /// Saves the open dossier, then switches to the waiting version (the page reloads). When
    /// the save fails nothing switches, and [`Pwa::switch_blocked`] says so.
    pub fn switch_version(self, dossiers: Dossiers) {
        if dossiers.flush() {
            self.set_switch_blocked.set(false);
            platform::pwa_activate();
        } else {
            self.set_switch_blocked.set(true);
        }
    }

    /// Shows the browser's install dialog.
    pub fn install(self) {
        leptos::task::spawn_local(async {
            platform::pwa_install().await;
        });
    }
}

/// Provides [`Pwa`] (once, in the shell).
pub fn provide_pwa() {
    let (state, set_state) = signal(platform::pwa_state());
    let (switch_blocked, set_switch_blocked) = signal(false);
    let listener = window_event_listener_untyped(platform::PWA_EVENT, move |_| set_state.set(platform::pwa_state()));
    on_cleanup(move || listener.remove());
    provide_context(Pwa { state, switch_blocked, set_switch_blocked });
}

pub fn use_pwa() -> Pwa {
    expect_context::<Pwa>()
}
