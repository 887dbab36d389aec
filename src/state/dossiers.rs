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
    unread: WriteSignal<usize>,
    check_failed: WriteSignal<bool>,
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
    /// Stored dossiers not in `list` yet: read in full right after the first render (see
    /// `Session::start_quick`); 0 from then on.
    pub unread: ReadSignal<usize>,
    /// The code of that full reading could not be fetched (offline before it arrived):
    /// [`Dossiers::retry_check`] tries again.
    pub check_failed: ReadSignal<bool>,
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
                            self.with_store(move |ops| (ops.timer_fired)(self));
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
        let list = changes.list.then(|| (s.list().to_vec(), s.unread()));
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
        if let Some((v, unread)) = list {
            w.list.set(v);
            w.unread.set(unread);
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
        match loaded_store_ops() {
            Some(ops) => (ops.flush)(self),
            // Their code arrives before a dossier can be opened: nothing waits to be saved.
            None => self.alive() && !self.has_unsaved_work(),
        }
    }

    fn flush_now(self) -> bool {
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
        // Only an open dossier can be edited: from now on its saves (also the one when the
        // page is hidden, which cannot wait for code to arrive) have their code at hand.
        install_store_ops();
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

    /// [`Dossiers::problem_name`] when the store's code is here (it is once there are
    /// problems: they are found by its full reading); `None` otherwise.
    pub fn problem_name_now(self, key: &str) -> Option<String> {
        loaded_store_ops().and_then(|ops| (ops.problem_name)(self, key))
    }

    /// The list row of a dossier held in this tab (`DossierSummary::of`, which counts the
    /// steps done). Its code is in the store's chunk, which is here once a dossier has been
    /// opened or made; before that (never, for a dossier in this tab) a row without counts.
    pub fn summary_of_now(self) -> fn(&Dossier, u64) -> DossierSummary {
        match loaded_store_ops() {
            Some(ops) => ops.summary_of,
            None => DossierSummary::uncounted,
        }
    }

    /// Runs the full reading of the stored dossiers again when its code could not be fetched
    /// at start (nothing happens when it has run).
    pub fn retry_check(self) {
        self.w.check_failed.set(false);
        self.check_now();
    }

    fn check_now(self) {
        // Nobody waits for it: background work, so that a screen opened in the first seconds
        // on a slow line gets the connection first.
        self.with_store_or(true, move |ops| (ops.check)(self), move || self.w.check_failed.set(true));
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
    // The list from the envelopes' summaries: the dossier reader is not needed to draw the
    // start page. Everything is read in full (and unreadable text quarantined) just after.
    let session = Session::start_quick(store, mode, full, BrowserEnv, || Box::new(MemoryKv::new()));
    if matches!(session.mode(), StorageMode::Local) {
        request_persistence();
    }
    let (current, w_current) = signal(None);
    let (stored_read_only, w_read_only) = signal(false);
    let presenting = RwSignal::new(false);
    let read_only = Signal::derive(move || stored_read_only.get() || presenting.get());
    let (list, w_list) = signal(session.list().to_vec());
    let (unread, w_unread) = signal(session.unread());
    let (check_failed, w_check_failed) = signal(false);
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
        unread,
        check_failed,
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
            unread: w_unread,
            check_failed: w_check_failed,
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
    check_stored(d);
}

/// Reads every stored dossier in full and quarantines unreadable text
/// (`Session::check_stored`). In a split build that code is a chunk of its own: it is fetched
/// once the start page has been drawn, and the list is completed when it has run. Without
/// the split there is nothing to wait for, so it runs at once.
fn check_stored(d: Dossiers) {
    #[cfg(not(feature = "split"))]
    d.check_now();
    #[cfg(feature = "split")]
    request_animation_frame(move || {
        // After the frame: the start page is painted before its code is asked for.
        set_timeout(move || d.check_now(), Duration::ZERO);
    });
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
            let (key, value) = (ev.key(), ev.new_value());
            d.with_store(move |ops| (ops.on_storage)(d, key, value));
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

/// The operations that read or write whole dossiers (and so need the dossier reader and
/// writer), reached from code that is in the main module: the start page's list, the banners,
/// the save timer and the browser's events. In a split build their code is a chunk of its own
/// (`store_chunk`), so that the start page does not carry it; code that is itself in a chunk
/// calls the [`Dossiers`] methods directly. Reach them through [`Dossiers::with_store`].
#[derive(Clone, Copy)]
pub struct StoreOps {
    /// Reads everything in full and quarantines unreadable text (once).
    pub check: fn(Dossiers),
    pub flush: fn(Dossiers) -> bool,
    pub timer_fired: fn(Dossiers),
    pub on_storage: fn(Dossiers, Option<String>, Option<String>),
    pub create: fn(Dossiers, Dossier) -> String,
    pub rename: fn(Dossiers, &str, &str) -> Result<(), SaveError>,
    pub duplicate: fn(Dossiers, &str, &str) -> Result<String, SaveError>,
    pub delete: fn(Dossiers, &str) -> Result<(), SaveError>,
    pub undo_delete: fn(Dossiers) -> Result<String, SaveError>,
    pub export_one: fn(Dossiers, &str) -> Result<(), SaveError>,
    pub export_all: fn(Dossiers) -> Result<(), SaveError>,
    pub retry: fn(Dossiers),
    pub resolve_keep_mine: fn(Dossiers, &str) -> Option<(String, String)>,
    pub resolve_load_theirs: fn(Dossiers),
    pub problem_name: fn(Dossiers, &str) -> Option<String>,
    pub download_raw: fn(Dossiers, &str) -> Result<(), StoreError>,
    pub discard_problem: fn(Dossiers, &str) -> Result<(), StoreError>,
    pub summary_of: fn(&Dossier, u64) -> DossierSummary,
}

static STORE_OPS: StoreOps = StoreOps {
    check: |d| {
        d.call(|s, _| s.check_stored());
    },
    flush: Dossiers::flush_now,
    timer_fired: |d| {
        d.call(|s, cur| s.timer_fired(cur));
    },
    on_storage: Dossiers::on_storage,
    create: Dossiers::create,
    rename: Dossiers::rename,
    duplicate: Dossiers::duplicate,
    delete: Dossiers::delete,
    undo_delete: Dossiers::undo_delete,
    export_one: Dossiers::export_one,
    export_all: Dossiers::export_all,
    retry: Dossiers::retry,
    resolve_keep_mine: Dossiers::resolve_keep_mine,
    resolve_load_theirs: Dossiers::resolve_load_theirs,
    problem_name: Dossiers::problem_name,
    download_raw: Dossiers::download_raw,
    discard_problem: Dossiers::discard_problem,
    summary_of: DossierSummary::of,
};

thread_local! {
    /// [`STORE_OPS`] once its code is here.
    static STORE_OPS_LOADED: std::cell::Cell<Option<&'static StoreOps>> = const { std::cell::Cell::new(None) };
}

fn install_store_ops() {
    // Through `black_box`: were the optimiser to see that this cell only ever holds
    // `STORE_OPS`, it would turn the calls through it in the main module into direct calls,
    // and the split would have to keep all of their code there.
    STORE_OPS_LOADED.with(|c| c.set(Some(std::hint::black_box(&STORE_OPS))));
}

fn loaded_store_ops() -> Option<&'static StoreOps> {
    STORE_OPS_LOADED.with(std::cell::Cell::get)
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        store_chunk,
        fallible,
        wasm_split_path = ::leptos::wasm_split,
        preload(preload_store_ops)
    )
)]
pub(crate) fn load_store_ops() -> Result<&'static StoreOps, platform::ChunkError> {
    install_store_ops();
    Ok(&STORE_OPS)
}

/// Fetches the store's code without running anything (nothing to do in an unsplit build).
#[cfg(not(feature = "split"))]
pub async fn preload_store_ops() -> Result<(), platform::ChunkError> {
    Ok(())
}

impl Dossiers {
    /// Runs `f` with the store's operations: at once when their code is here, else once it has
    /// arrived; when it cannot be fetched (offline before it came), nothing runs and a notice
    /// says so. Calls made while the code is on its way run in the order they were made.
    pub fn with_store(self, f: impl FnOnce(&'static StoreOps) + 'static) {
        self.with_store_else(f, || ());
    }

    /// [`Dossiers::with_store`], and `failed` after the notice when the code could not be
    /// fetched: for a caller that holds back a second call while the first waits for the code,
    /// so that it takes calls again.
    pub fn with_store_else(self, f: impl FnOnce(&'static StoreOps) + 'static, failed: impl FnOnce() + 'static) {
        self.with_store_or(false, f, move || {
            self.notify(Some(Notice::CodeUnavailable));
            failed();
        });
    }

    /// [`Dossiers::with_store`], with `failed` run instead of the notice when the code cannot
    /// be fetched; `background`: nobody waits for the call (its fetch goes out with low
    /// priority), unless a call someone waits for joins it.
    fn with_store_or(
        self,
        background: bool,
        f: impl FnOnce(&'static StoreOps) + 'static,
        failed: impl FnOnce() + 'static,
    ) {
        // Without the split the code is always here.
        #[cfg(not(feature = "split"))]
        install_store_ops();
        if let Some(ops) = loaded_store_ops() {
            f(ops);
            return;
        }
        WAITING_FOR_STORE.with(|w| w.borrow_mut().push((Box::new(f), Box::new(failed))));
        #[cfg(feature = "split")]
        if !background {
            // Someone waits now: the idle prefetch holds back until the code is here.
            STORE_WANTED.with(|w| {
                w.borrow_mut().get_or_insert_with(platform::ChunkWanted::start);
            });
        }
        if WAITING_FOR_STORE.with(|w| w.borrow().len()) > 1 {
            return; // already on its way
        }
        leptos::task::spawn_local(async move {
            let loaded = if background {
                platform::split_background!(load_store_ops())
            } else {
                platform::split_await!(load_store_ops())
            };
            #[cfg(feature = "split")]
            STORE_WANTED.with(|w| w.borrow_mut().take());
            let waiting = WAITING_FOR_STORE.with(|w| std::mem::take(&mut *w.borrow_mut()));
            match loaded {
                Ok(ops) => {
                    for (f, _) in waiting {
                        if self.alive() {
                            f(ops);
                        }
                    }
                }
                Err(_) => {
                    for (_, failed) in waiting {
                        if self.alive() {
                            failed();
                        }
                    }
                }
            }
        });
    }
}

/// A call waiting for the store's code, and what to do when that code cannot be fetched.
type StoreCall = (Box<dyn FnOnce(&'static StoreOps)>, Box<dyn FnOnce()>);

#[cfg(feature = "split")]
thread_local! {
    /// Held while a call someone waits for waits for the store's code (see `ChunkWanted`).
    static STORE_WANTED: RefCell<Option<platform::ChunkWanted>> = const { RefCell::new(None) };
}

thread_local! {
    /// Calls waiting for the store's code, in order.
    static WAITING_FOR_STORE: RefCell<Vec<StoreCall>> = const { RefCell::new(Vec::new()) };
}

pub fn use_dossiers() -> Dossiers {
    expect_context::<Dossiers>()
}
