//! The dossiers and the one being edited. (First version: in memory only; the persistence
//! layer replaces the internals while keeping this API.)

use crate::domain::dossier::Dossier;
use leptos::prelude::*;

/// Context over the dossier being edited.
#[derive(Clone, Copy)]
pub struct Dossiers {
    /// The open dossier. Write through `update` so that changes are saved.
    pub current: RwSignal<Option<Dossier>>,
    /// True when the open dossier must not be changed (written by a newer app version).
    pub read_only: RwSignal<bool>,
}

impl Dossiers {
    /// Applies an edit to the open dossier (no-op when none is open or it is read-only).
    pub fn update(self, f: impl FnOnce(&mut Dossier)) {
        if self.read_only.get_untracked() {
            return;
        }
        self.current.update(|d| {
            if let Some(d) = d {
                f(d);
            }
        });
    }

    /// Makes the dossier with this id current; false when there is none.
    pub fn open(self, id: &str) -> bool {
        self.current.with_untracked(|d| d.as_ref().is_some_and(|d| d.id == id))
    }

    /// Creates a dossier, makes it current and returns its id.
    pub fn create(self, mut dossier: Dossier) -> String {
        if dossier.id.is_empty() {
            dossier.id = format!("d{}", js_sys::Date::now() as u64);
        }
        let id = dossier.id.clone();
        self.current.set(Some(dossier));
        id
    }
}

pub fn provide_dossiers() {
    provide_context(Dossiers { current: RwSignal::new(None), read_only: RwSignal::new(false) });
}

pub fn use_dossiers() -> Dossiers {
    expect_context::<Dossiers>()
}
