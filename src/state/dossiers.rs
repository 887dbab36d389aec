//! The dossiers and the one being edited: the reactive shell around
//! `persistence::session::Session`, which makes every decision (when to save, what is
//! dirty, conflicts, the unsaved stash, undo). This file only keeps the open dossier in a
//! signal, runs the save timer, listens to the browser, and mirrors the session into
//! signals that the rest of the app can only read.
//!
//! Invariants:
//! - Every field of [`Dossiers`] is a read-only handle; changes go through its methods, and
//!   each method runs one session call through [`Dossiers::call`], which applies what the
//!   session says changed (and nothing else).
//! - Edits go through [`Dossiers::update`]: the edit is applied in place (a large dossier is
//!   never copied), then the session marks it dirty and asks for the save timer.
//!   `pagehide`, `visibilitychange` to hidden and `freeze` save at once; `beforeunload`
//!   asks before leaving only when work would be lost.
//! - The `storage` event handler only reads (see `Session::on_storage`).
//! - Storage unavailable: the same code runs over a memory store (`mode` = Memory).

use crate::domain::dossier::{Contribution, Dossier};
use crate::domain::lang::Lang;
use crate::persistence::backup::safe_file_part;
use crate::persistence::browser;
use crate::persistence::import::{ImportChoice, ImportError, ImportPlan};
use crate::persistence::keys;
use crate::persistence::kv::{KeyValue, MemoryKv, StoreError};
use crate::persistence::local::{LocalKv, Probe};
use crate::persistence::merge::{Choice, DossierMerge};
use crate::persistence::session::{Env, Session, Timer};
use crate::persistence::settings::{Draft, Settings};
use crate::persistence::share::{Part, Sender};
use crate::persistence::store::{OpenError, Problem, SaveError, Store};
use crate::persistence::summary::DossierSummary;
use crate::platform;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub use crate::persistence::session::{Action, Conflict, Notice, SaveProblem, SaveStatus, StorageMode};

/// The browser's clock and ids.
pub struct BrowserEnv;

impl Env for BrowserEnv {
    fn now_iso(&mut self) -> String {
        platform::now_iso()
    }

    fn now_ms(&mut self) -> f64 {
        platform::now_ms()
    }

    fn new_id(&mut self) -> String {
        platform::new_id("d")
    }
}

/// A download that could not be offered, as the store's error type (the actions that
/// download report `SaveError`s).
fn download_failed(e: JsValue) -> StoreError {
    StoreError::Other(e.as_string().unwrap_or_else(|| "download failed".into()))
}

/// The path of the page shown (`/dossier/d1/stap/1-verkenning`).
fn current_path() -> String {
    web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default()
}

type BrowserSession = Session<Box<dyn KeyValue>, BrowserEnv>;

struct Inner {
    session: BrowserSession,
    /// For exact downloads of raw text (JavaScript strings, not round-tripped).
    local: Option<LocalKv>,
    timer: Option<TimeoutHandle>,
}

/// The writing halves of the signals, kept private: only [`Dossiers::apply`] writes.
#[derive(Clone, Copy)]
struct Writers {
    current: WriteSignal<Option<Dossier>>,
    read_only: WriteSignal<bool>,
    list: WriteSignal<Vec<DossierSummary>>,
    status: WriteSignal<SaveStatus>,
    problems: WriteSignal<Vec<Problem>>,
    conflict: WriteSignal<Option<Conflict>>,
    unsaved: WriteSignal<Vec<Dossier>>,
    settings: WriteSignal<Settings>,
    notice: WriteSignal<Option<Notice>>,
    open_error: WriteSignal<Option<(String, OpenError)>>,
    clock: WriteSignal<String>,
}

/// Context over the dossiers and the one being edited. Read the fields; change through
/// the methods.
#[derive(Clone, Copy)]
pub struct Dossiers {
    /// The open dossier. Change it through [`Dossiers::update`] so that changes are saved.
    pub current: ReadSignal<Option<Dossier>>,
    /// True when the open dossier must not be changed: written by a newer app version, or the
    /// presenting lock is on (projector mode, so that a click from the room changes nothing).
    pub read_only: Signal<bool>,
    /// The presenting lock (`state::Projector::locked` is this signal): while on, no edit of
    /// a dossier is applied ([`Dossiers::update`]) and dossier screens show their fields
    /// disabled through `read_only`.
    pub presenting: RwSignal<bool>,
    /// The stored dossiers (list rows; the open one's row may lag until it is saved).
    pub list: ReadSignal<Vec<DossierSummary>>,
    pub status: ReadSignal<SaveStatus>,
    pub mode: ReadSignal<StorageMode>,
    /// Stored text that could not be read (quarantined).
    pub problems: ReadSignal<Vec<Problem>>,
    pub conflict: ReadSignal<Option<Conflict>>,
    /// Dossiers with changes that could not be saved, no longer open.
    pub unsaved: ReadSignal<Vec<Dossier>>,
    /// Language, backup log and number drafts.
    pub settings: ReadSignal<Settings>,
    pub notice: ReadSignal<Option<Notice>>,
    /// Why the last `open` failed (for the dossier route).
    pub open_error: ReadSignal<Option<(String, OpenError)>>,
    /// "Now" (ISO), refreshed every few minutes: for the backup reminder.
    pub clock: ReadSignal<String>,
    w: Writers,
    inner: StoredValue<Rc<RefCell<Inner>>, LocalStorage>,
}

impl Dossiers {
    fn alive(self) -> bool {
        !self.inner.is_disposed()
    }

    /// Runs one session call with the open dossier, then applies what it changed. `None`
    /// when the context is disposed or the session is busy (re-entered): never panics.
    fn call<R>(self, f: impl FnOnce(&mut BrowserSession, Option<&Dossier>) -> R) -> Option<R> {
        let rc = self.inner.try_with_value(Rc::clone)?;
        let result = {
            let mut guard = rc.try_borrow_mut().ok()?;
            let inner = &mut *guard;
            self.current.try_with_untracked(|cur| f(&mut inner.session, cur.as_ref()))?
        };
        self.apply(&rc);
        Some(result)
    }

    /// Mirrors what the session changed into the signals and runs the save timer.
    fn apply(self, rc: &Rc<RefCell<Inner>>) {
        let Ok(mut guard) = rc.try_borrow_mut() else { return };
        let inner = &mut *guard;
        let changes = inner.session.take_changes();
        if changes.is_empty() {
            return;
        }
        match changes.timer {
            Some(Timer::Start(quiet_ms)) => {
                if let Some(t) = inner.timer.take() {
                    t.clear();
                }
                inner.timer = set_timeout_with_handle(
                    move || {
                        if self.alive() {
                            self.call(|s, cur| s.timer_fired(cur));
                        }
                    },
                    Duration::from_millis(quiet_ms),
                )
                .ok();
            }
            Some(Timer::Cancel) => {
                if let Some(t) = inner.timer.take() {
                    t.clear();
                }
            }
            None => {}
        }
        let s = &inner.session;
        // Values are copied out under the borrow and set after it ends, so that anything a
        // signal runs synchronously may call back into the session.
        let read_only = changes.read_only.then(|| s.read_only());
        let list = changes.list.then(|| s.list().to_vec());
        let problems = changes.problems.then(|| s.problems().to_vec());
        let status = changes.status.then(|| s.status().clone());
        let conflict = changes.conflict.then(|| s.conflict().cloned());
        let unsaved = changes.unsaved.then(|| s.unsaved().to_vec());
        let settings = changes.settings.then(|| s.settings().clone());
        let notice = changes.notice.then(|| s.notice().cloned());
        let open_error = changes.open_error.then(|| s.open_error().cloned());
        let clock = changes.clock.then(|| s.clock().to_string());
        drop(guard);
        let w = self.w;
        if let Some(d) = changes.current {
            w.current.set(d);
        }
        if let Some(v) = read_only {
            w.read_only.set(v);
        }
        if let Some(v) = list {
            w.list.set(v);
        }
        if let Some(v) = problems {
            w.problems.set(v);
        }
        if let Some(v) = status {
            w.status.set(v);
        }
        if let Some(v) = conflict {
            w.conflict.set(v);
        }
        if let Some(v) = unsaved {
            w.unsaved.set(v);
        }
        if let Some(v) = settings {
            w.settings.set(v);
        }
        if let Some(v) = notice {
            w.notice.set(v);
        }
        if let Some(v) = open_error {
            w.open_error.set(v);
        }
        if let Some(v) = clock {
            w.clock.set(v);
        }
    }

    /// A slice of the open dossier as a memo (the default when none is open): what a view
    /// reads, recomputed when the dossier changes, and passed on only when it differs.
    pub fn select<T>(self, get: impl Fn(&Dossier) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: PartialEq + Clone + Default + Send + Sync + 'static,
    {
        let current = self.current;
        Memo::new(move |_| current.with(|d| d.as_ref().map(&get).unwrap_or_default()))
    }

    fn current_id(self) -> Option<String> {
        self.current.try_with_untracked(|d| d.as_ref().map(|d| d.id.clone())).flatten()
    }

    /// The name of a dossier for messages.
    pub fn name_of(self, id: &str) -> String {
        self.call(|s, cur| s.name_of(cur, id)).unwrap_or_default()
    }

    /// Applies an edit to the open dossier (no-op when none is open or it is read-only)
    /// and schedules its save.
    pub fn update(self, f: impl FnOnce(&mut Dossier)) {
        if self.read_only.get_untracked() || self.current.with_untracked(Option::is_none) {
            return;
        }
        let Some(now) = self.call(|s, _| s.now_iso()) else { return };
        self.w.current.update(|d| {
            if let Some(d) = d {
                f(d);
                d.updated_at = now;
            }
        });
        self.call(|s, cur| {
            if let Some(cur) = cur {
                s.edited(cur);
            }
        });
    }

    /// Saves the open dossier now when it has unsaved changes. True when nothing of it is
    /// left unsaved.
    pub fn flush(self) -> bool {
        self.alive() && self.call(|s, cur| s.flush(cur)).unwrap_or(false)
    }

    /// What the app keeps in this browser's storage, in UTF-16 code units; `None` when
    /// storage cannot be read (or the app runs in memory: then it is what memory holds).
    pub fn storage_used(self) -> Option<usize> {
        self.call(|s, _| s.storage_used().ok()).flatten()
    }

    /// Whether closing the tab now would lose work.
    pub fn has_unsaved_work(self) -> bool {
        self.call(|s, _| s.has_unsaved_work()).unwrap_or(false)
    }

    /// Shows a short-lived message (`None` hides it).
    pub fn notify(self, notice: Option<Notice>) {
        self.call(|s, _| match notice {
            Some(n) => s.notify(n),
            None => s.dismiss_notice(),
        });
    }

    /// Shows the error of a failed action on the dossier `id` (`""`: none), if it failed:
    /// what failed, on which dossier, why and what to do.
    pub fn report<T>(self, action: Action, id: &str, result: Result<T, SaveError>) {
        if result.is_err() {
            self.call(|s, cur| s.report(cur, action, id, result));
        }
    }

    /// Makes the dossier with this id current, loading it from storage when it is not;
    /// false when it cannot be opened (`open_error` says why).
    pub fn open(self, id: &str) -> bool {
        self.call(|s, cur| s.open(cur, id)).unwrap_or(false)
    }

    /// Creates a dossier, makes it current and returns its id.
    pub fn create(self, dossier: Dossier) -> String {
        let fallback = dossier.id.clone();
        self.call(|s, cur| s.create(cur, dossier)).unwrap_or(fallback)
    }

    /// Renames a dossier (open or not).
    pub fn rename(self, id: &str, name: &str) -> Result<(), SaveError> {
        if self.current_id().as_deref() == Some(id) {
            if self.read_only.get_untracked() {
                return Err(SaveError::ReadOnly);
            }
            let name = name.trim().to_string();
            self.update(|d| d.name = name);
            return Ok(());
        }
        self.call(|s, _| s.rename_closed(id, name)).ok_or(SaveError::NotFound)?
    }

    /// Copies a dossier under a new id with `suffix` after its name; returns the new id.
    pub fn duplicate(self, id: &str, suffix: &str) -> Result<String, SaveError> {
        self.call(|s, cur| s.duplicate(cur, id, suffix)).ok_or(SaveError::NotFound)?
    }

    /// Deletes a dossier; `undo_delete` puts it back.
    pub fn delete(self, id: &str) -> Result<(), SaveError> {
        self.call(|s, cur| s.delete(cur, id)).ok_or(SaveError::NotFound)?
    }

    /// Puts back the last deleted dossier; returns its id.
    pub fn undo_delete(self) -> Result<String, SaveError> {
        self.call(|s, _| s.undo_delete()).ok_or(SaveError::NotFound)?
    }

    /// Keeps (`Some(text)`) or forgets (`None`) what was typed into a number field of the
    /// open dossier that does not parse, so that it survives a reload (see
    /// `Settings::drafts`). Writes only when something changes. When storage fails the
    /// draft is still shown in this tab.
    pub fn set_draft(self, field: &str, text: Option<&str>) {
        let Some(id) = self.current_id() else { return };
        let draft = text.map(|t| Draft { text: t.to_string(), path: current_path() });
        self.call(|s, _| s.set_draft(&id, field, draft));
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

    /// Remembers the interface language (best effort: a failed write only means the
    /// choice is not remembered).
    pub fn set_language(self, lang: Lang) {
        self.call(|s, _| {
            let _ = s.set_language(lang);
        });
    }

    /// Remembers projector mode (best effort, like the language).
    pub fn set_projector(self, on: bool) {
        self.call(|s, _| {
            let _ = s.set_projector(on);
        });
    }

    /// The specification helper's scratch text, as stored.
    pub fn spec_draft(self) -> String {
        self.call(|s, _| s.spec_draft()).unwrap_or_default()
    }

    /// Keeps the specification helper's scratch text (best effort: it is never a dossier).
    pub fn set_spec_draft(self, text: &str) {
        self.call(|s, _| {
            let _ = s.set_spec_draft(text);
        });
    }

    /// The evaluators' work in progress in this browser: (package id, stored text).
    pub fn evaluation_drafts(self) -> Result<Vec<(String, String)>, StoreError> {
        self.call(|s, _| s.evaluation_drafts()).unwrap_or(Ok(Vec::new()))
    }

    /// Keeps or removes an evaluator's work in progress.
    pub fn set_evaluation_draft(self, package_id: &str, text: Option<&str>) -> Result<(), StoreError> {
        self.call(|s, _| s.set_evaluation_draft(package_id, text))
            .unwrap_or(Err(StoreError::Unavailable(String::new())))
    }

    /// Downloads a backup file of one dossier.
    pub fn export_one(self, id: &str) -> Result<(), SaveError> {
        let export = self.call(|s, cur| s.export_one(cur, id)).ok_or(SaveError::NotFound)??;
        platform::download_text(&export.file_name, "application/json", &export.text)
            .map_err(|e| SaveError::Storage(download_failed(e)))?;
        self.call(|s, _| s.exported(&export));
        Ok(())
    }

    /// Downloads a backup file of all dossiers (including changes not yet saved).
    pub fn export_all(self) -> Result<(), SaveError> {
        let export = self.call(|s, cur| s.export_all(cur)).ok_or(SaveError::NotFound)??;
        platform::download_text(&export.file_name, "application/json", &export.text)
            .map_err(|e| SaveError::Storage(download_failed(e)))?;
        self.call(|s, _| s.exported(&export));
        Ok(())
    }

    /// Reads and checks an import file; writes nothing.
    pub fn parse_import(self, bytes: &[u8]) -> Result<ImportPlan, ImportError> {
        self.call(|s, _| s.parse_import(bytes)).unwrap_or(Err(ImportError::NoDossiers))
    }

    /// Writes the dossiers of a checked import (all or none); returns their ids.
    pub fn apply_import(
        self,
        plan: &ImportPlan,
        choices: &[ImportChoice],
        suffix: &str,
    ) -> Result<Vec<String>, ImportError> {
        self.call(|s, cur| s.apply_import(cur, plan, choices, suffix)).unwrap_or(Err(ImportError::NoDossiers))
    }

    // ---- Working together by file (`persistence::session::sharing`) ----------------

    /// Downloads a file for colleagues: the dossier (or a part) with the version they start from.
    pub fn share_file(self, id: &str, from: Sender, part: Part) -> Result<(), SaveError> {
        let file = self.call(|s, cur| s.share_file(cur, id, from, part)).ok_or(SaveError::NotFound)??;
        platform::download_text(&file.file_name, "application/json", &file.text)
            .map_err(|e| SaveError::Storage(download_failed(e)))
    }

    /// A colleague's file laid beside the dossier it came from; writes nothing.
    pub fn merge_proposal(self, plan: &ImportPlan) -> Result<DossierMerge, ImportError> {
        self.call(|s, cur| s.merge_proposal(cur, plan)).unwrap_or(Err(ImportError::NoDossiers))
    }

    /// Writes a merge with the user's choices as a new revision.
    pub fn apply_merge(self, plan: &ImportPlan, merge: &DossierMerge, choices: &[Choice]) -> Result<(), ImportError> {
        self.call(|s, cur| s.apply_merge(cur, plan, merge, choices).map(|_| ())).unwrap_or(Err(ImportError::NoDossiers))
    }

    /// Imports a colleague's file as a dossier of its own.
    pub fn apply_share_import(
        self,
        plan: &ImportPlan,
        choices: &[ImportChoice],
        suffix: &str,
    ) -> Result<Vec<String>, ImportError> {
        self.call(|s, cur| s.apply_share_import(cur, plan, choices, suffix)).unwrap_or(Err(ImportError::NoDossiers))
    }

    /// Whether a version replaced by a merge can be downloaded.
    pub fn has_replaced_version(self, id: &str) -> bool {
        self.call(|s, _| s.shared_record(id).replaced.is_some()).unwrap_or(false)
    }

    /// Downloads the version the last merge replaced.
    pub fn download_replaced(self, id: &str) -> Result<(), SaveError> {
        let file = self.call(|s, _| s.replaced_version(id)).flatten().ok_or(SaveError::NotFound)?;
        platform::download_text(&file.file_name, "application/json", &file.text)
            .map_err(|e| SaveError::Storage(download_failed(e)))
    }

    /// Who contributed to a dossier by file, newest first.
    pub fn contributions(self, id: &str) -> Vec<Contribution> {
        self.call(|s, cur| s.contributions(cur, id)).unwrap_or_default()
    }

    /// A dossier's participants as `(id, name)` pairs.
    pub fn participants_of(self, id: &str) -> Vec<(String, String)> {
        self.call(|s, cur| s.participants_of(cur, id)).unwrap_or_default()
    }

    /// The conflict's choice "load the other version": this tab's changes are discarded.
    pub fn resolve_load_theirs(self) {
        self.call(|s, cur| s.resolve_load_theirs(cur));
    }

    /// The conflict's choice "keep mine as a copy": this tab's version is saved under a
    /// new id (and `suffix` after its name) and becomes the open dossier. Returns the old
    /// and the new id.
    pub fn resolve_keep_mine(self, suffix: &str) -> Option<(String, String)> {
        self.call(|s, cur| s.resolve_keep_mine(cur, suffix)).flatten()
    }

    /// Saves the open dossier again (its save is retried at once).
    pub fn retry(self) {
        self.call(|s, cur| s.retry(cur));
    }

    /// Downloads stored text exactly as it is (for quarantined or unreadable text).
    pub fn download_raw(self, key: &str) -> Result<(), StoreError> {
        let file = format!("inkoopwijzer-{}.txt", safe_file_part(key.strip_prefix(keys::PREFIX).unwrap_or(key)));
        let js = self.with_inner(|i| i.local.as_ref().map(|l| l.get_js(key))).flatten().transpose()?.flatten();
        if let Some(value) = js {
            return platform::download_js(&file, "text/plain;charset=utf-8", &value).map_err(download_failed);
        }
        let text = self.call(|s, _| s.raw(key)).ok_or(StoreError::Other("busy".into()))??.unwrap_or_default();
        platform::download_text(&file, "text/plain;charset=utf-8", &text).map_err(download_failed)
    }

    fn with_inner<R>(self, f: impl FnOnce(&Inner) -> R) -> Option<R> {
        let rc = self.inner.try_with_value(Rc::clone)?;
        let guard = rc.try_borrow().ok()?;
        Some(f(&guard))
    }

    /// Deletes quarantined text (the user confirmed).
    pub fn discard_problem(self, key: &str) -> Result<(), StoreError> {
        self.call(|s, cur| s.discard_problem(cur, key)).ok_or(StoreError::Other("busy".into()))?
    }

    /// The name of the dossier whose stored text under `key` could not be read, as far as
    /// the text still tells it.
    pub fn problem_name(self, key: &str) -> Option<String> {
        self.call(|s, _| s.problem_name(key)).flatten()
    }

    /// Re-reads the list and the problems from storage (after another tab changed them).
    pub fn refresh(self) {
        self.call(|s, _| s.refresh());
    }

    /// A `storage` event from another tab. Reads only: never writes (no ping-pong).
    fn on_storage(self, key: Option<String>, new_value: Option<String>) {
        if self.alive() {
            self.call(|s, cur| s.on_storage(cur, key.as_deref(), new_value.as_deref()));
        }
    }
}

/// Opens storage (or falls back to memory), lists the dossiers, quarantines unreadable
/// text, asks the browser to keep the data, and listens for other tabs and page hiding.
pub fn provide_dossiers() {
    let writer = platform::new_id("t");
    let (kv, local, mode, full): (Box<dyn KeyValue>, Option<LocalKv>, StorageMode, bool) = match LocalKv::probe() {
        Probe::Ok(kv) => (Box::new(kv.clone()), Some(kv), StorageMode::Local, false),
        Probe::Full(kv) => (Box::new(kv.clone()), Some(kv), StorageMode::Local, true),
        Probe::Unavailable(mem, reason) => (Box::new(mem), None, StorageMode::Memory { reason }, false),
    };
    provide_dossiers_with(Store::new(kv, writer), local, mode, full);
}

/// [`provide_dossiers`] over a given store (browser tests use their own).
pub fn provide_dossiers_with(store: Store<Box<dyn KeyValue>>, local: Option<LocalKv>, mode: StorageMode, full: bool) {
    let session = Session::start(store, mode, full, BrowserEnv, || Box::new(MemoryKv::new()));
    if matches!(session.mode(), StorageMode::Local) {
        request_persistence();
    }
    let (current, w_current) = signal(None);
    let (stored_read_only, w_read_only) = signal(false);
    let presenting = RwSignal::new(false);
    let read_only = Signal::derive(move || stored_read_only.get() || presenting.get());
    let (list, w_list) = signal(session.list().to_vec());
    let (status, w_status) = signal(session.status().clone());
    let (mode, _) = signal(session.mode().clone());
    let (problems, w_problems) = signal(session.problems().to_vec());
    let (conflict, w_conflict) = signal(None);
    let (unsaved, w_unsaved) = signal(Vec::new());
    let (settings, w_settings) = signal(session.settings().clone());
    let (notice, w_notice) = signal(None);
    let (open_error, w_open_error) = signal(None);
    let (clock, w_clock) = signal(session.clock().to_string());
    let d = Dossiers {
        current,
        read_only,
        presenting,
        list,
        status,
        mode,
        problems,
        conflict,
        unsaved,
        settings,
        notice,
        open_error,
        clock,
        w: Writers {
            current: w_current,
            read_only: w_read_only,
            list: w_list,
            status: w_status,
            problems: w_problems,
            conflict: w_conflict,
            unsaved: w_unsaved,
            settings: w_settings,
            notice: w_notice,
            open_error: w_open_error,
            clock: w_clock,
        },
        inner: StoredValue::new_local(Rc::new(RefCell::new(Inner { session, local, timer: None }))),
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
                d.call(|s, _| s.tick());
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
