//! The dossiers and the one being edited: the reactive side of `persistence::store`.
//!
//! Invariants:
//! - Edits go through [`Dossiers::update`], which marks the dossier dirty and schedules a
//!   save after [`DEBOUNCE_MS`] of quiet (at most [`MAX_WAIT_MS`] after the first unsaved
//!   change while typing goes on). `pagehide`, `visibilitychange` to hidden and `freeze`
//!   save at once; `beforeunload` asks before leaving only when work would be lost.
//! - Saving is explicit, not an effect on `current`: setting `current` from storage (open,
//!   another tab's newer version) never writes, so two tabs cannot ping-pong.
//! - The `storage` event handler only reads: it refreshes the list, shows a newer version
//!   from another tab when this tab has nothing unsaved, and otherwise raises a conflict.
//! - A dossier whose save failed is never dropped: when the user switches away it moves to
//!   `unsaved` (shown with export buttons) until a save succeeds or it is exported.
//! - Storage unavailable: the same code runs over a memory store (`mode` = Memory).

use crate::domain::dossier::Dossier;
use crate::persistence::browser;
use crate::persistence::import::{apply_import, parse_import, ImportChoice, ImportError, ImportPlan};
use crate::persistence::keys::{self, dossier_id, is_quarantine_key, is_valid_id, SETTINGS_KEY};
use crate::persistence::kv::{KeyValue, MemoryKv, StoreError};
use crate::persistence::local::{LocalKv, Probe};
use crate::persistence::settings::{Draft, Settings};
use crate::persistence::store::{summary_of_raw, Observed, OpenError, Problem, SaveError, Store, Theirs};
use crate::persistence::summary::DossierSummary;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Quiet time after the last change before it is saved.
pub const DEBOUNCE_MS: u64 = 500;
/// Longest time a change waits while typing goes on.
pub const MAX_WAIT_MS: f64 = 2000.0;

/// Where this tab keeps its work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageMode {
    /// localStorage.
    Local,
    /// In this tab only: localStorage is unavailable (the reason, technical).
    Memory { reason: String },
}

/// Why the last save failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveProblem {
    Quota,
    Blocked(String),
    Conflict,
    Other(String),
}

/// The save status in the header. `data_state()` is its `data-state` attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Everything is saved (the time of the last save in this tab, ISO).
    Saved { at: Option<String> },
    /// Changes wait for the debounce.
    Dirty,
    /// A write is under way.
    Saving,
    /// The last save failed; the changes are kept in this tab.
    Failed(SaveProblem),
    /// Storage is unavailable: nothing is saved beyond this tab.
    Memory,
    /// The open dossier is from a newer version: nothing to save.
    ReadOnly,
}

impl SaveStatus {
    pub fn data_state(&self) -> &'static str {
        match self {
            SaveStatus::Saved { .. } | SaveStatus::ReadOnly => "saved",
            SaveStatus::Dirty => "dirty",
            SaveStatus::Saving => "saving",
            SaveStatus::Failed(_) => "error",
            SaveStatus::Memory => "memory",
        }
    }
}

/// The open dossier and the stored one diverged (another tab saved or deleted it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub id: String,
    pub name: String,
    /// This tab's version when the conflict was found (the open dossier may have more).
    pub mine: Dossier,
    pub theirs: Theirs,
}

/// A short-lived message in the list or banner area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Deleted { id: String, name: String },
    Restored { id: String, name: String },
    Duplicated { id: String, name: String },
    Imported { ids: Vec<String> },
    Exported,
    Adopted,
    Failed(SaveError),
}

/// What an undo of the last delete puts back.
struct Undo {
    id: String,
    raw: Option<String>,
    /// The version in this tab when it had unsaved changes (restored instead of `raw`).
    memory: Option<Dossier>,
}

struct Inner {
    store: Store<Box<dyn KeyValue>>,
    /// For exact downloads of raw text (JavaScript strings, not round-tripped).
    local: Option<LocalKv>,
    /// The open dossier has changes that are not saved.
    dirty: bool,
    dirty_since: Option<f64>,
    timer: Option<TimeoutHandle>,
    undo: Option<Undo>,
    /// Changed since the last export (matters in memory mode: closing the tab loses it).
    since_export: bool,
}

/// Context over the dossiers and the one being edited.
#[derive(Clone, Copy)]
pub struct Dossiers {
    /// The open dossier. Write through `update` so that changes are saved.
    pub current: RwSignal<Option<Dossier>>,
    /// True when the open dossier must not be changed (written by a newer app version).
    pub read_only: RwSignal<bool>,
    /// The stored dossiers (list rows; the open one's row may lag until it is saved).
    pub list: RwSignal<Vec<DossierSummary>>,
    pub status: RwSignal<SaveStatus>,
    pub mode: RwSignal<StorageMode>,
    /// Stored text that could not be read (quarantined).
    pub problems: RwSignal<Vec<Problem>>,
    pub conflict: RwSignal<Option<Conflict>>,
    /// Dossiers with changes that could not be saved, no longer open.
    pub unsaved: RwSignal<Vec<Dossier>>,
    /// Language and backup log.
    pub settings: RwSignal<Settings>,
    pub notice: RwSignal<Option<Notice>>,
    /// Why the last `open` failed (for the dossier route).
    pub open_error: RwSignal<Option<(String, OpenError)>>,
    /// "Now" (ISO), refreshed every few minutes: for the backup reminder.
    pub clock: RwSignal<String>,
    inner: StoredValue<Rc<RefCell<Inner>>, LocalStorage>,
}

/// The path of the page shown (`/dossier/d1/stap/1-verkenning`).
fn current_path() -> String {
    web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default()
}

/// The current time as ISO 8601 UTC.
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// A fresh dossier id: time plus randomness, so two tabs never collide.
pub fn new_id() -> String {
    let random = (js_sys::Math::random() * 36f64.powi(5)) as u64;
    format!("d{}{}", base36(now_ms() as u64), base36(random))
}

enum Flushed {
    Nothing,
    Busy,
    Saved(DossierSummary, String),
    Failed(SaveError),
}

impl Dossiers {
    fn alive(self) -> bool {
        !self.inner.is_disposed()
    }

    /// Runs `f` on the store state. `None` when disposed or re-entered (never panics).
    fn with<R>(self, f: impl FnOnce(&mut Inner) -> R) -> Option<R> {
        let rc = self.inner.try_with_value(Rc::clone)?;
        let mut guard = rc.try_borrow_mut().ok()?;
        Some(f(&mut guard))
    }

    fn current_id(self) -> Option<String> {
        self.current.try_with_untracked(|d| d.as_ref().map(|d| d.id.clone())).flatten()
    }

    /// The status after a successful save or open.
    fn settled(self, at: Option<String>) -> SaveStatus {
        match self.mode.get_untracked() {
            StorageMode::Memory { .. } => SaveStatus::Memory,
            StorageMode::Local => SaveStatus::Saved { at },
        }
    }

    fn upsert(self, s: DossierSummary) {
        self.list.update(|l| match l.iter_mut().find(|x| x.id == s.id) {
            Some(x) => *x = s,
            None => l.push(s),
        });
    }

    /// The name of a dossier for messages.
    pub fn name_of(self, id: &str) -> String {
        if let Some(name) = self.current.with_untracked(|d| d.as_ref().filter(|d| d.id == id).map(|d| d.name.clone())) {
            return name;
        }
        if let Some(d) = self.unsaved.with_untracked(|u| u.iter().find(|d| d.id == id).map(|d| d.name.clone())) {
            return d;
        }
        self.list.with_untracked(|l| l.iter().find(|s| s.id == id).map(|s| s.name.clone())).unwrap_or_default()
    }

    /// Applies an edit to the open dossier (no-op when none is open or it is read-only)
    /// and schedules its save.
    pub fn update(self, f: impl FnOnce(&mut Dossier)) {
        if self.read_only.get_untracked() {
            return;
        }
        let mut changed = false;
        self.current.update(|d| {
            if let Some(d) = d {
                f(d);
                d.updated_at = now_iso();
                changed = true;
            }
        });
        if changed {
            self.changed();
        }
    }

    fn changed(self) {
        self.with(|i| {
            i.dirty = true;
            i.since_export = true;
            if i.dirty_since.is_none() {
                i.dirty_since = Some(now_ms());
            }
        });
        let id = self.current_id();
        if self.conflict.with_untracked(|c| c.as_ref().is_some_and(|c| Some(&c.id) == id.as_ref())) {
            return; // no saves while the user decides
        }
        if self.status.with_untracked(|s| matches!(s, SaveStatus::Saved { .. } | SaveStatus::Saving)) {
            self.status.set(SaveStatus::Dirty);
        }
        self.schedule();
    }

    fn schedule(self) {
        let now = now_ms();
        self.with(|i| {
            let waited = i.dirty_since.map(|s| now - s).unwrap_or(0.0);
            if i.timer.is_some() && waited >= MAX_WAIT_MS {
                return; // let the pending save happen while typing goes on
            }
            if let Some(t) = i.timer.take() {
                t.clear();
            }
            i.timer = set_timeout_with_handle(
                move || {
                    if self.alive() {
                        self.with(|i| i.timer = None);
                        self.flush();
                    }
                },
                Duration::from_millis(DEBOUNCE_MS),
            )
            .ok();
        });
    }

    /// Saves the open dossier now when it has unsaved changes. True when nothing of it is
    /// left unsaved.
    pub fn flush(self) -> bool {
        if !self.alive() {
            return false;
        }
        let Some(id) = self.current_id() else { return true };
        if self.conflict.with_untracked(|c| c.as_ref().is_some_and(|c| c.id == id)) {
            return false;
        }
        let now = now_iso();
        let current = self.current;
        let outcome = self
            .with(|i| {
                if let Some(t) = i.timer.take() {
                    t.clear();
                }
                if !i.dirty {
                    return Flushed::Nothing;
                }
                let result = current.with_untracked(|d| d.as_ref().map(|d| (i.store.save(d, &now), DossierSummary::of(d, 0))));
                match result {
                    None => Flushed::Nothing,
                    Some((Ok(rev), mut summary)) => {
                        i.dirty = false;
                        i.dirty_since = None;
                        summary.revision = rev;
                        Flushed::Saved(summary, now.clone())
                    }
                    Some((Err(e), _)) => Flushed::Failed(e),
                }
            })
            .unwrap_or(Flushed::Busy);
        match outcome {
            Flushed::Nothing => true,
            Flushed::Busy => false,
            Flushed::Saved(summary, at) => {
                self.upsert(summary);
                self.status.set(self.settled(Some(at)));
                true
            }
            Flushed::Failed(e) => {
                self.save_failed(&id, e);
                false
            }
        }
    }

    fn save_failed(self, id: &str, e: SaveError) {
        match e {
            SaveError::Conflict(theirs) => {
                let mine = self.current.get_untracked().unwrap_or_default();
                self.conflict.set(Some(Conflict { id: id.to_string(), name: mine.name.clone(), mine, theirs }));
                self.status.set(SaveStatus::Failed(SaveProblem::Conflict));
            }
            SaveError::ReadOnly => {
                self.with(|i| i.dirty = false);
                self.read_only.set(true);
                self.status.set(SaveStatus::ReadOnly);
            }
            SaveError::Storage(StoreError::QuotaExceeded) => self.status.set(SaveStatus::Failed(SaveProblem::Quota)),
            SaveError::Storage(StoreError::Unavailable(m)) => self.status.set(SaveStatus::Failed(SaveProblem::Blocked(m))),
            other => self.status.set(SaveStatus::Failed(SaveProblem::Other(other.to_string()))),
        }
    }

    /// Whether closing the tab now would lose work.
    pub fn has_unsaved_work(self) -> bool {
        let dirty = self.with(|i| i.dirty || (i.since_export && matches!(self.mode.get_untracked(), StorageMode::Memory { .. })));
        dirty.unwrap_or(false)
            || !self.unsaved.with_untracked(Vec::is_empty)
            || self.conflict.with_untracked(Option::is_some)
    }

    /// Lets go of the open dossier before another one opens: saves it, or keeps it in
    /// `unsaved` when that fails.
    fn release_current(self) {
        let Some(cur) = self.current.get_untracked() else { return };
        let saved = self.flush();
        let in_conflict = self.conflict.with_untracked(|c| c.as_ref().is_some_and(|c| c.id == cur.id));
        if in_conflict {
            // Keep the latest version with the conflict, for "keep mine as a copy".
            self.conflict.update(|c| {
                if let Some(c) = c {
                    c.mine = cur.clone();
                }
            });
        } else if !saved {
            self.unsaved.update(|u| {
                u.retain(|d| d.id != cur.id);
                u.push(cur.clone());
            });
        }
        self.with(|i| {
            if let Some(t) = i.timer.take() {
                t.clear();
            }
            i.dirty = false;
            i.dirty_since = None;
            if saved && !in_conflict {
                i.store.forget(&cur.id);
            }
        });
    }

    /// Makes the dossier with this id current, loading it from storage when it is not;
    /// false when it cannot be opened (`open_error` says why).
    pub fn open(self, id: &str) -> bool {
        if self.current_id().as_deref() == Some(id) {
            return true;
        }
        self.release_current();
        self.open_error.set(None);
        if let Some(d) = self.take_unsaved(id) {
            self.current.set(Some(d));
            self.read_only.set(false);
            self.changed(); // try saving it again
            return true;
        }
        match self.with(|i| i.store.open(id)) {
            Some(Ok(opened)) => {
                let read_only = opened.newer_schema.is_some();
                self.current.set(Some(opened.dossier));
                self.read_only.set(read_only);
                self.status.set(if read_only { SaveStatus::ReadOnly } else { self.settled(None) });
                true
            }
            Some(Err(e)) => {
                self.current.set(None);
                self.read_only.set(false);
                self.open_error.set(Some((id.to_string(), e)));
                false
            }
            None => false,
        }
    }

    fn take_unsaved(self, id: &str) -> Option<Dossier> {
        let mut found = None;
        self.unsaved.update(|u| {
            if let Some(pos) = u.iter().position(|d| d.id == id) {
                found = Some(u.remove(pos));
            }
        });
        found
    }

    /// Creates a dossier, makes it current and returns its id.
    pub fn create(self, mut dossier: Dossier) -> String {
        if !is_valid_id(&dossier.id) {
            dossier.id = new_id();
        }
        let now = now_iso();
        if dossier.created_at.is_empty() {
            dossier.created_at = now.clone();
        }
        dossier.updated_at = now.clone();
        self.release_current();
        let mut result = None;
        for _ in 0..5 {
            let r = self.with(|i| i.store.create(&dossier, &now));
            if matches!(r, Some(Err(SaveError::IdTaken))) {
                dossier.id = new_id();
                continue;
            }
            result = r;
            break;
        }
        let id = dossier.id.clone();
        let summary = DossierSummary::of(&dossier, 1);
        self.current.set(Some(dossier));
        self.read_only.set(false);
        self.open_error.set(None);
        match result {
            Some(Ok(_)) => {
                self.upsert(summary);
                self.with(|i| i.since_export = true);
                self.status.set(self.settled(Some(now)));
            }
            Some(Err(e)) => {
                // Keep it in this tab and keep trying on each change.
                self.with(|i| {
                    i.dirty = true;
                    i.since_export = true;
                });
                self.save_failed(&id, e);
            }
            None => {}
        }
        id
    }

    /// Renames a dossier (open or not).
    pub fn rename(self, id: &str, name: &str) -> Result<(), SaveError> {
        let name = name.trim().to_string();
        if self.current_id().as_deref() == Some(id) {
            if self.read_only.get_untracked() {
                return Err(SaveError::ReadOnly);
            }
            self.update(|d| d.name = name);
            return Ok(());
        }
        let mut in_stash = false;
        self.unsaved.update(|u| {
            if let Some(d) = u.iter_mut().find(|d| d.id == id) {
                d.name = name.clone();
                in_stash = true;
            }
        });
        if in_stash {
            return Ok(());
        }
        let now = now_iso();
        let (d, rev) = self.with(|i| i.store.modify(id, &now, |d| d.name = name)).ok_or(SaveError::NotFound)??;
        self.upsert(DossierSummary::of(&d, rev));
        Ok(())
    }

    /// Copies a dossier under a new id with `suffix` after its name; returns the new id.
    pub fn duplicate(self, id: &str, suffix: &str) -> Result<String, SaveError> {
        if self.current_id().as_deref() == Some(id) {
            self.flush();
        }
        let new = new_id();
        let now = now_iso();
        let in_memory = self
            .current
            .with_untracked(|d| d.as_ref().filter(|d| d.id == id).cloned())
            .or_else(|| self.unsaved.with_untracked(|u| u.iter().find(|d| d.id == id).cloned()));
        let name = format!("{} {suffix}", self.name_of(id)).trim().to_string();
        let copy = match in_memory {
            Some(mut copy) => {
                copy.id = new.clone();
                copy.name = name.clone();
                copy.created_at = now.clone();
                copy.updated_at = now.clone();
                self.with(|i| i.store.create(&copy, &now)).ok_or(SaveError::NotFound)??;
                copy
            }
            None => self.with(|i| i.store.duplicate(id, &new, &name, &now)).ok_or(SaveError::NotFound)??,
        };
        self.upsert(DossierSummary::of(&copy, 1));
        self.with(|i| i.since_export = true);
        self.notice.set(Some(Notice::Duplicated { id: new.clone(), name }));
        Ok(new)
    }

    /// Deletes a dossier; `undo_delete` puts it back.
    pub fn delete(self, id: &str) -> Result<(), SaveError> {
        let name = self.name_of(id);
        let is_current = self.current_id().as_deref() == Some(id);
        let memory = if is_current && self.with(|i| i.dirty).unwrap_or(false) {
            self.current.get_untracked()
        } else {
            self.unsaved.with_untracked(|u| u.iter().find(|d| d.id == id).cloned())
        };
        let raw = self.with(|i| i.store.delete(id)).ok_or(SaveError::NotFound)??;
        if raw.is_none() && memory.is_none() {
            return Err(SaveError::NotFound);
        }
        self.with(|i| {
            if is_current {
                if let Some(t) = i.timer.take() {
                    t.clear();
                }
                i.dirty = false;
                i.dirty_since = None;
            }
            i.undo = Some(Undo { id: id.to_string(), raw, memory });
        });
        if is_current {
            self.current.set(None);
            self.read_only.set(false);
            self.status.set(self.settled(None));
        }
        if self.conflict.with_untracked(|c| c.as_ref().is_some_and(|c| c.id == id)) {
            self.conflict.set(None);
        }
        self.take_unsaved(id);
        self.list.update(|l| l.retain(|s| s.id != id));
        self.notice.set(Some(Notice::Deleted { id: id.to_string(), name }));
        Ok(())
    }

    /// Puts back the last deleted dossier; returns its id.
    pub fn undo_delete(self) -> Result<String, SaveError> {
        let undo = self.with(|i| i.undo.take()).flatten().ok_or(SaveError::NotFound)?;
        let now = now_iso();
        let id = undo.id.clone();
        let result = self
            .with(|i| match (&undo.memory, &undo.raw) {
                (Some(d), _) => i.store.create(d, &now).map(|_| ()),
                (None, Some(raw)) => i.store.restore(&undo.id, raw),
                (None, None) => Err(SaveError::NotFound),
            })
            .ok_or(SaveError::NotFound)?;
        if let Err(e) = result {
            self.with(|i| i.undo = Some(undo));
            return Err(e);
        }
        if let Some(Ok(Some(s))) = self.with(|i| i.store.summary(&id)) {
            let name = s.name.clone();
            self.upsert(s);
            self.notice.set(Some(Notice::Restored { id: id.clone(), name }));
        }
        Ok(id)
    }

    /// Keeps (`Some(text)`) or forgets (`None`) what was typed into a number field of the
    /// open dossier that does not parse, so that it survives a reload (see
    /// `Settings::drafts`). Writes only when something changes. When storage fails the
    /// draft is still shown in this tab.
    pub fn set_draft(self, field: &str, text: Option<&str>) {
        let Some(id) = self.current_id() else { return };
        let draft = text.map(|t| Draft { text: t.to_string(), path: current_path() });
        let unchanged = self.settings.with_untracked(|s| s.draft(&id, field) == draft.as_ref());
        if unchanged {
            return;
        }
        let now = now_iso();
        match self.with(|i| i.store.set_draft(&id, field, draft.clone(), &now)) {
            Some(Ok(s)) => self.settings.set(s),
            _ => self.settings.update(|s| {
                s.set_draft(&id, field, draft);
            }),
        }
    }

    /// Forgets the drafts of the open dossier that belong to the page at `path` but whose
    /// field is not on it any more (its row was removed). Call once that page has rendered.
    pub fn forget_missing_drafts(self, path: &str) {
        let Some(id) = self.current_id() else { return };
        let fields: Vec<String> = self
            .settings
            .with_untracked(|s| s.drafts_of(&id).filter(|(_, d)| d.path == path).map(|(f, _)| f.clone()).collect());
        for field in fields {
            if document().get_element_by_id(&field).is_none() {
                self.set_draft(&field, None);
            }
        }
    }

    /// The draft of a field of the open dossier (not tracked).
    pub fn draft_untracked(self, field: &str) -> Option<String> {
        let id = self.current_id()?;
        self.settings.with_untracked(|s| s.draft(&id, field).map(|d| d.text.clone()))
    }

    /// Downloads a backup file of one dossier.
    pub fn export_one(self, id: &str) -> Result<(), SaveError> {
        if self.current_id().as_deref() == Some(id) {
            self.flush();
        }
        let in_memory = self
            .current
            .with_untracked(|d| d.as_ref().filter(|d| d.id == id).cloned())
            .or_else(|| self.unsaved.with_untracked(|u| u.iter().find(|d| d.id == id).cloned()));
        let now = now_iso();
        let (text, exported) =
            self.with(|i| i.store.export_one(id, in_memory.as_ref(), &now)).ok_or(SaveError::NotFound)??;
        let name = self.name_of(id);
        browser::download_text(&browser::backup_file_name(&name, id, &now), "application/json", &text)
            .map_err(SaveError::Storage)?;
        self.exported(&[exported], &now, false);
        Ok(())
    }

    /// Downloads a backup file of all dossiers (including changes not yet saved).
    pub fn export_all(self) -> Result<(), SaveError> {
        self.flush();
        let mut in_memory = self.unsaved.get_untracked();
        if self.with(|i| i.dirty).unwrap_or(false) {
            if let Some(d) = self.current.get_untracked() {
                in_memory.push(d);
            }
        }
        let now = now_iso();
        let (text, exported) = self.with(|i| i.store.export_all(&in_memory, &now)).ok_or(SaveError::NotFound)??;
        browser::download_text(&browser::backup_file_name("", "", &now), "application/json", &text)
            .map_err(SaveError::Storage)?;
        self.exported(&exported, &now, true);
        Ok(())
    }

    fn exported(self, exported: &[(String, u64)], now: &str, all: bool) {
        let recorded = self.with(|i| {
            if all {
                i.since_export = false;
            }
            i.store.record_export(exported, now)
        });
        match recorded {
            Some(Ok(s)) => self.settings.set(s),
            // The file exists even when the log could not be written: show it anyway.
            _ => self.settings.update(|s| {
                s.last_export_at = Some(now.to_string());
                for (id, revision) in exported {
                    s.backups.insert(
                        id.clone(),
                        crate::persistence::settings::BackupMark { revision: *revision, exported_at: now.to_string() },
                    );
                }
            }),
        }
        self.clock.set(now.to_string());
        self.notice.set(Some(Notice::Exported));
    }

    /// Reads and checks an import file; writes nothing.
    pub fn parse_import(self, bytes: &[u8]) -> Result<ImportPlan, ImportError> {
        self.with(|i| parse_import(&i.store, bytes)).unwrap_or(Err(ImportError::NoDossiers))
    }

    /// Writes the dossiers of a checked import (all or none); returns their ids.
    pub fn apply_import(self, plan: &ImportPlan, choices: &[ImportChoice], suffix: &str) -> Result<Vec<String>, ImportError> {
        self.flush();
        let now = now_iso();
        let ids = self
            .with(|i| apply_import(&mut i.store, plan, choices, &now, &mut new_id, suffix))
            .unwrap_or(Err(ImportError::NoDossiers))?;
        self.with(|i| i.since_export = true);
        self.refresh();
        // A replaced dossier that is open here shows the imported version.
        if let Some(cur) = self.current_id().filter(|c| ids.contains(c)) {
            if let Some(Ok(opened)) = self.with(|i| {
                i.dirty = false;
                i.store.open(&cur)
            }) {
                self.read_only.set(opened.newer_schema.is_some());
                self.current.set(Some(opened.dossier));
            }
        }
        self.notice.set(Some(Notice::Imported { ids: ids.clone() }));
        Ok(ids)
    }

    /// The conflict's choice "load the other version": this tab's changes are discarded.
    pub fn resolve_load_theirs(self) {
        let Some(c) = self.conflict.get_untracked() else { return };
        self.conflict.set(None);
        self.with(|i| {
            i.dirty = false;
            i.dirty_since = None;
            i.store.forget(&c.id);
        });
        self.take_unsaved(&c.id);
        if self.current_id().as_deref() == Some(c.id.as_str()) {
            match self.with(|i| i.store.open(&c.id)) {
                Some(Ok(opened)) => {
                    let read_only = opened.newer_schema.is_some();
                    self.current.set(Some(opened.dossier));
                    self.read_only.set(read_only);
                    self.status.set(if read_only { SaveStatus::ReadOnly } else { self.settled(None) });
                }
                _ => {
                    self.current.set(None);
                    self.read_only.set(false);
                    self.status.set(self.settled(None));
                }
            }
        } else {
            self.status.set(self.settled(None));
        }
        self.refresh();
    }

    /// The conflict's choice "keep mine as a copy": this tab's version is saved under a
    /// new id (and `suffix` after its name) and becomes the open dossier. Returns the old
    /// and the new id.
    pub fn resolve_keep_mine(self, suffix: &str) -> Option<(String, String)> {
        let c = self.conflict.get_untracked()?;
        let was_current = self.current_id().as_deref() == Some(c.id.as_str());
        let mut mine = if was_current { self.current.get_untracked().unwrap_or(c.mine.clone()) } else { c.mine.clone() };
        let now = now_iso();
        mine.id = new_id();
        mine.name = format!("{} {suffix}", mine.name).trim().to_string();
        mine.created_at = now.clone();
        mine.updated_at = now.clone();
        self.conflict.set(None);
        let result = self.with(|i| {
            i.dirty = false;
            i.dirty_since = None;
            if let Some(t) = i.timer.take() {
                t.clear();
            }
            i.store.forget(&c.id);
            i.since_export = true;
            i.store.create(&mine, &now)
        });
        let new = mine.id.clone();
        self.current.set(Some(mine.clone()));
        self.read_only.set(false);
        match result {
            Some(Ok(_)) => {
                self.upsert(DossierSummary::of(&mine, 1));
                self.status.set(self.settled(Some(now)));
            }
            Some(Err(e)) => {
                self.with(|i| i.dirty = true);
                self.save_failed(&new, e);
            }
            None => {}
        }
        self.refresh();
        Some((c.id, new))
    }

    /// Saves an `unsaved` dossier again by opening it (its save is retried at once).
    pub fn retry(self) {
        if self.current_id().is_some() {
            self.with(|i| i.dirty = true);
            self.flush();
        }
    }

    /// Downloads stored text exactly as it is (for quarantined or unreadable text).
    pub fn download_raw(self, key: &str) -> Result<(), StoreError> {
        let file = format!("inkoopwijzer-{}.txt", browser::safe_file_part(key.strip_prefix(keys::PREFIX).unwrap_or(key)));
        let js = self.with(|i| i.local.as_ref().map(|l| l.get_js(key))).flatten().transpose()?.flatten();
        if let Some(value) = js {
            return browser::download_js(&file, "text/plain;charset=utf-8", &value);
        }
        let text = self.with(|i| i.store.raw(key)).ok_or(StoreError::Other("busy".into()))??.unwrap_or_default();
        browser::download_text(&file, "text/plain;charset=utf-8", &text)
    }

    /// Deletes quarantined text (the user confirmed).
    pub fn discard_problem(self, key: &str) -> Result<(), StoreError> {
        self.with(|i| i.store.discard_quarantined(key)).ok_or(StoreError::Other("busy".into()))??;
        self.problems.update(|p| p.retain(|x| x.key != key));
        Ok(())
    }

    /// Re-reads the list and the problems from storage (after another tab changed them).
    pub fn refresh(self) {
        if let Some(Ok(listed)) = self.with(|i| i.store.list()) {
            self.list.set(listed.dossiers);
            self.problems.set(listed.problems);
        }
    }

    /// A `storage` event from another tab. Reads only: never writes (no ping-pong).
    fn on_storage(self, key: Option<String>, new_value: Option<String>) {
        if !self.alive() || matches!(self.mode.get_untracked(), StorageMode::Memory { .. }) {
            return;
        }
        let Some(key) = key else {
            // `localStorage.clear()` elsewhere: everything may be gone.
            self.refresh();
            if let Some(id) = self.current_id() {
                self.observe(&keys::dossier_key(&id), None);
            }
            return;
        };
        if key == SETTINGS_KEY {
            if let Some(s) = self.with(|i| i.store.settings()) {
                self.settings.set(s);
            }
        } else if is_quarantine_key(&key) {
            self.refresh();
        } else if let Some(id) = dossier_id(&key) {
            match new_value.as_deref() {
                Some(raw) => {
                    if let Some(s) = summary_of_raw(id, raw) {
                        self.upsert(s);
                    }
                }
                None => self.list.update(|l| l.retain(|s| s.id != id)),
            }
            if self.current_id().as_deref() == Some(id) {
                self.observe(&key, new_value.as_deref());
            }
        }
    }

    fn observe(self, key: &str, new_value: Option<&str>) {
        let unsaved = self.status.with_untracked(|s| matches!(s, SaveStatus::Failed(_) | SaveStatus::Dirty));
        let Some(observed) = self.with(|i| {
            let dirty = i.dirty || unsaved;
            i.store.observe(key, new_value, dirty)
        }) else {
            return;
        };
        match observed {
            Observed::Adopt(opened) => {
                self.current.set(Some(opened.dossier.clone()));
                self.read_only.set(false);
                self.status.set(self.settled(None));
                self.notice.set(Some(Notice::Adopted));
            }
            Observed::Conflict(theirs) => {
                self.with(|i| {
                    if let Some(t) = i.timer.take() {
                        t.clear();
                    }
                });
                let mine = self.current.get_untracked().unwrap_or_default();
                let id = mine.id.clone();
                self.conflict.set(Some(Conflict { id, name: mine.name.clone(), mine, theirs }));
                self.status.set(SaveStatus::Failed(SaveProblem::Conflict));
            }
            Observed::Same | Observed::NotHeld => {}
        }
    }
}

/// Opens storage (or falls back to memory), lists the dossiers, quarantines unreadable
/// text, asks the browser to keep the data, and listens for other tabs and page hiding.
pub fn provide_dossiers() {
    let writer = format!("t{}", base36((js_sys::Math::random() * 36f64.powi(8)) as u64));
    let (kv, local, mode, full): (Box<dyn KeyValue>, Option<LocalKv>, StorageMode, bool) = match LocalKv::probe() {
        Probe::Ok(kv) => (Box::new(kv.clone()), Some(kv), StorageMode::Local, false),
        Probe::Full(kv) => (Box::new(kv.clone()), Some(kv), StorageMode::Local, true),
        Probe::Unavailable(mem, reason) => (Box::new(mem), None, StorageMode::Memory { reason }, false),
    };
    provide_dossiers_with(Store::new(kv, writer), local, mode, full);
}

/// [`provide_dossiers`] over a given store (browser tests use their own).
pub fn provide_dossiers_with(mut store: Store<Box<dyn KeyValue>>, local: Option<LocalKv>, mut mode: StorageMode, full: bool) {
    let now = now_iso();
    let startup = match store.startup(&now) {
        Ok(s) => s,
        Err(e) => {
            // Listing failed after the probe worked: continue in memory rather than fail.
            let writer = store.writer().to_string();
            store = Store::new(Box::new(MemoryKv::new()), writer);
            mode = StorageMode::Memory { reason: e.to_string() };
            Default::default()
        }
    };
    if matches!(mode, StorageMode::Local) {
        // Backup marks and drafts of dossiers that are gone (best effort: only tidying).
        let _ = store.prune_backup_log(&startup.dossiers, &now);
        request_persistence();
    }
    let settings = store.settings();
    let status = match (&mode, full) {
        (StorageMode::Memory { .. }, _) => SaveStatus::Memory,
        (StorageMode::Local, true) => SaveStatus::Failed(SaveProblem::Quota),
        (StorageMode::Local, false) => SaveStatus::Saved { at: None },
    };
    let d = Dossiers {
        current: RwSignal::new(None),
        read_only: RwSignal::new(false),
        list: RwSignal::new(startup.dossiers),
        status: RwSignal::new(status),
        mode: RwSignal::new(mode),
        problems: RwSignal::new(startup.problems),
        conflict: RwSignal::new(None),
        unsaved: RwSignal::new(Vec::new()),
        settings: RwSignal::new(settings),
        notice: RwSignal::new(None),
        open_error: RwSignal::new(None),
        clock: RwSignal::new(now),
        inner: StoredValue::new_local(Rc::new(RefCell::new(Inner {
            store,
            local,
            dirty: false,
            dirty_since: None,
            timer: None,
            undo: None,
            since_export: false,
        }))),
    };
    provide_context(d);
    listen(d);
}

/// `navigator.storage.persist()`: asks the browser not to evict the data under storage
/// pressure. The answer does not change what the app does, so it is not awaited.
fn request_persistence() {
    if let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) {
        let _ = storage.persist();
    }
}

fn listen(d: Dossiers) {
    let storage = window_event_listener_untyped("storage", move |ev| {
        let Some(ev) = ev.dyn_ref::<web_sys::StorageEvent>() else { return };
        // Only localStorage (sessionStorage events are not ours).
        let is_local = match (ev.storage_area(), browser::local_storage()) {
            (Some(area), Some(local)) => JsValue::from(area) == JsValue::from(local),
            _ => false,
        };
        if is_local && ev.key().is_none_or(|k| k.starts_with(keys::PREFIX)) {
            d.on_storage(ev.key(), ev.new_value());
        }
    });
    let pagehide = window_event_listener_untyped("pagehide", move |_| {
        d.flush();
    });
    let beforeunload = window_event_listener_untyped("beforeunload", move |ev| {
        if !d.alive() {
            return;
        }
        d.flush();
        if d.has_unsaved_work() {
            ev.prevent_default();
            let _ = js_sys::Reflect::set(&ev, &"returnValue".into(), &"".into());
        }
    });
    // `visibilitychange` and `freeze` are fired at the document.
    document_listener("visibilitychange", move || {
        if document().hidden() {
            d.flush();
        }
    });
    document_listener("freeze", move || {
        d.flush();
    });
    let clock = set_interval_with_handle(
        move || {
            if d.alive() {
                d.clock.set(now_iso());
            }
        },
        Duration::from_secs(300),
    )
    .ok();
    on_cleanup(move || {
        storage.remove();
        pagehide.remove();
        beforeunload.remove();
        if let Some(c) = clock {
            c.clear();
        }
    });
}

/// A listener on the document for the page's lifetime; it does nothing once the context
/// is gone (a disposed `Dossiers` answers `alive() == false`).
fn document_listener(name: &str, f: impl Fn() + 'static) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let cb = Closure::<dyn Fn()>::new(f).into_js_value();
    let _ = doc.add_event_listener_with_callback(name, cb.unchecked_ref());
}

pub fn use_dossiers() -> Dossiers {
    expect_context::<Dossiers>()
}
