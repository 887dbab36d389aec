//! The editing session: which dossier is open, whether it has changes that are not saved,
//! and every decision about saving it. This is the policy of an app that promises never to
//! lose a word, kept pure so that every sequence can be tested natively
//! (`tests/persistence_session.rs`).
//!
//! Shape: a functional core under an imperative shell. [`Session`] owns the store, the
//! list, the status, the conflict, the unsaved stash, the undo and the settings. It does
//! not own the open dossier itself: the shell (`state::dossiers`) keeps it in a signal so
//! that an edit never copies a large dossier, and passes it to every call as `cur`. Each
//! call records what it changed; the shell takes those [`Changes`] with
//! [`Session::take_changes`] and applies them to read-only signals. The clock and the id
//! source come from an [`Env`]; timers and browser events stay in the shell, which only
//! starts or stops its save timer when a [`Changes::timer`] says so.
//!
//! Invariants:
//! - Saving is explicit: nothing here writes because the open dossier was replaced (open,
//!   adopting another tab's newer version), so two tabs cannot ping-pong.
//! - [`Session::on_storage`] (another tab wrote) only reads: it refreshes the list, adopts a
//!   newer version when this tab has nothing unsaved, and otherwise raises a conflict.
//! - A dossier with changes that could not be saved is never dropped: switching away moves
//!   it to the unsaved stash (or keeps it in its conflict) until a save succeeds, the user
//!   exports it, or the user chooses to discard it.
//! - While a conflict is open on a dossier, nothing of it is saved: the user decides.
//! - An import that replaces the open dossier while this tab has unsaved work on it does
//!   not replace the work: it raises a conflict, exactly as another tab's save would.

mod sharing;
pub use sharing::ShareDownload;

use super::backup::backup_file_name;
use super::envelope::salvage_name;
use super::import::{apply_import, parse_import, ImportChoice, ImportError, ImportPlan};
use super::keys::{dossier_id, dossier_key, is_quarantine_key, is_valid_id, SETTINGS_KEY};
use super::kv::{KeyValue, StoreError};
use super::settings::{BackupMark, Draft, Settings};
use super::store::{summary_of_raw, Exported, Observed, OpenError, Problem, SaveError, Store, Theirs};
use super::summary::DossierSummary;
use crate::domain::dossier::Dossier;
use crate::domain::lang::Lang;

/// Quiet time after the last change before a dossier of ordinary size is saved. Short, so
/// that a crash of the tab (which runs no `pagehide`) loses at most this much typing: a
/// crash 100 ms after the last key press loses nothing.
pub const QUICK_DEBOUNCE_MS: u64 = 40;
/// The longest quiet time: for a very large dossier, or on a machine where saving is slow.
pub const DEBOUNCE_MS: u64 = 500;
/// Stored size (bytes of the envelope text) up to which [`QUICK_DEBOUNCE_MS`] applies. A
/// dossier with 100 bids and every text filled is about 340 KB.
pub const QUICK_UP_TO_BYTES: usize = 512 * 1024;
/// Stored size from which [`DEBOUNCE_MS`] applies; between the two the quiet time grows
/// in proportion.
pub const SLOW_FROM_BYTES: usize = 2 * 1024 * 1024;
/// For a dossier larger than [`QUICK_UP_TO_BYTES`], the quiet time is at least this many
/// times the duration of the last save, so that saving takes at most about a sixth of the
/// time while typing goes on (a machine where such a save is slow waits longer rather than
/// stutter). A dossier of ordinary size keeps [`QUICK_DEBOUNCE_MS`] whatever its save costs:
/// its crash window is the promise, and a save of a few tens of milliseconds at a pause in
/// typing is not felt.
pub const SAVE_COST_FACTOR: f64 = 5.0;
/// Longest time a change waits while typing goes on.
pub const MAX_WAIT_MS: f64 = 2000.0;

/// The quiet time after an edit before the save, for a dossier whose stored text is
/// `stored_bytes` long when its last save took `last_save_ms`: [`QUICK_DEBOUNCE_MS`] up to
/// [`QUICK_UP_TO_BYTES`] (whatever the save costs), growing to [`DEBOUNCE_MS`] at
/// [`SLOW_FROM_BYTES`]; above [`QUICK_UP_TO_BYTES`] never less than [`SAVE_COST_FACTOR`]
/// times the last save, and never more than [`DEBOUNCE_MS`].
/// This is the crash window: what was typed in the last `save_delay_ms` (plus the save's
/// own duration) before the tab is killed is lost; everything before it is stored.
pub fn save_delay_ms(stored_bytes: usize, last_save_ms: f64) -> u64 {
    if stored_bytes <= QUICK_UP_TO_BYTES {
        return QUICK_DEBOUNCE_MS;
    }
    let by_size = if stored_bytes >= SLOW_FROM_BYTES {
        DEBOUNCE_MS
    } else {
        let over = (stored_bytes - QUICK_UP_TO_BYTES) as u64;
        let span = (SLOW_FROM_BYTES - QUICK_UP_TO_BYTES) as u64;
        QUICK_DEBOUNCE_MS + (DEBOUNCE_MS - QUICK_DEBOUNCE_MS) * over / span
    };
    // A duration that is not a number (a clock that went wrong) counts as nothing; `as`
    // saturates, so a huge one gives the ceiling.
    let by_cost = if last_save_ms.is_finite() && last_save_ms > 0.0 {
        (last_save_ms * SAVE_COST_FACTOR).ceil() as u64
    } else {
        0
    };
    by_size.max(by_cost).clamp(QUICK_DEBOUNCE_MS, DEBOUNCE_MS)
}

/// The clock and the id source (the browser's in the app; a fake in tests).
pub trait Env {
    /// The current time as ISO 8601 UTC (`2026-12-06T10:00:00.000Z`).
    fn now_iso(&mut self) -> String;
    /// Milliseconds on a monotonic-enough clock (for the save timer's maximum wait).
    fn now_ms(&mut self) -> f64;
    /// A fresh dossier id, valid for `keys::is_valid_id` and unlikely to collide across tabs.
    fn new_id(&mut self) -> String;
}

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
    /// The stored revision cannot be raised (see `store::next_revision`): the dossier can
    /// only be kept as a copy or exported.
    RevisionLimit,
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

    /// Whether the open dossier has changes that are not stored.
    fn is_unsaved(&self) -> bool {
        matches!(self, SaveStatus::Failed(_) | SaveStatus::Dirty)
    }
}

/// The open dossier and the stored one diverged (another tab saved or deleted it, or an
/// import replaced it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub id: String,
    /// Its name for messages (its name, or without one its purchase's title).
    pub name: String,
    /// This tab's version when the conflict was found (the open dossier may have more).
    pub mine: Dossier,
    pub theirs: Theirs,
}

/// A short-lived message in the list or banner area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Deleted {
        id: String,
        name: String,
    },
    Restored {
        id: String,
        name: String,
    },
    Duplicated {
        id: String,
        name: String,
    },
    Imported {
        ids: Vec<String>,
    },
    Exported,
    Adopted,
    /// An action could not run because its code could not be fetched (a split build offline
    /// before that code arrived); nothing was changed.
    CodeUnavailable,
    /// An action failed: which one, on which dossier (its name for messages; empty when it
    /// was about no one dossier), and why.
    Failed {
        action: Action,
        name: String,
        error: SaveError,
    },
}

/// An action on a dossier that can fail, so that its message says which one did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Rename,
    Duplicate,
    Delete,
    /// Putting back the last deleted dossier.
    Undo,
    /// A backup file of one dossier.
    Export,
    /// A backup file of all dossiers.
    ExportAll,
    /// Downloading stored text that could not be read.
    Download,
    /// Deleting stored text that could not be read.
    Discard,
    /// A file of a dossier (or a part of it) for colleagues in other municipalities.
    Share,
    /// Downloading the version of a dossier that a merge replaced.
    DownloadReplaced,
}

/// What the shell does with its save timer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timer {
    /// (Re)start it: save after this many milliseconds of quiet ([`save_delay_ms`]).
    Start(u64),
    /// Stop it: nothing is waiting to be saved.
    Cancel,
}

/// What a call changed, for the shell to apply to its signals. Flags name the parts of
/// the session to read again; `current` replaces the open dossier.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Changes {
    /// `Some(d)`: the open dossier is now `d` (`None`: no dossier is open).
    pub current: Option<Option<Dossier>>,
    pub timer: Option<Timer>,
    pub read_only: bool,
    pub list: bool,
    pub problems: bool,
    pub status: bool,
    pub conflict: bool,
    pub unsaved: bool,
    pub settings: bool,
    pub notice: bool,
    pub open_error: bool,
    pub clock: bool,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        *self == Changes::default()
    }
}

/// What an undo of the last delete puts back.
#[derive(Debug, Clone)]
struct Undo {
    id: String,
    raw: Option<String>,
    /// The version in this tab when it had unsaved changes (restored instead of `raw`).
    memory: Option<Dossier>,
}

/// A backup file ready to be offered; hand it back to [`Session::exported`] once the
/// download has started, so that the backup log records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    pub file_name: String,
    pub text: String,
    exported: Vec<Exported>,
    now: String,
    all: bool,
}

/// The session over a key-value store `K`, with clock and ids from `E`.
pub struct Session<K: KeyValue, E: Env> {
    store: Store<K>,
    env: E,
    mode: StorageMode,
    read_only: bool,
    list: Vec<DossierSummary>,
    problems: Vec<Problem>,
    status: SaveStatus,
    conflict: Option<Conflict>,
    unsaved: Vec<Dossier>,
    settings: Settings,
    notice: Option<Notice>,
    open_error: Option<(String, OpenError)>,
    clock: String,
    /// The open dossier has changes that are not saved.
    dirty: bool,
    dirty_since: Option<f64>,
    /// The shell's save timer is running.
    timer: bool,
    /// How long the last save of the open dossier took (ms; 0 before the first).
    last_save_ms: f64,
    undo: Option<Undo>,
    /// Dossiers without a usable summary, not listed until `check_stored` (0 after it).
    unread: usize,
    /// Whether `check_stored` has run.
    checked: bool,
    /// Changed since the last backup of everything (matters in memory mode: closing the
    /// tab loses it).
    since_export: bool,
    changes: Changes,
}

impl<K: KeyValue, E: Env> Session<K, E> {
    /// Starts a session: lists the dossiers and quarantines unreadable text. When even
    /// listing fails (storage broke after the probe), it goes on in memory over
    /// `fallback()` rather than fail. `full`: the probe found storage full.
    pub fn start(store: Store<K>, mode: StorageMode, full: bool, env: E, fallback: impl FnOnce() -> K) -> Self {
        let mut session = Self::start_quick(store, mode, full, env, fallback);
        session.check_stored();
        session
    }

    /// Starts a session with the list read from the envelopes' summaries only
    /// (`Store::list_quick`): nothing is read in full and nothing is quarantined yet, so the
    /// start page needs no dossier reader. [`Session::check_stored`] must follow (the browser
    /// runs it right after the first render); until then [`Session::unread`] counts the
    /// dossiers not listed yet. Falls back to memory as [`Session::start`] does.
    pub fn start_quick(
        mut store: Store<K>,
        mut mode: StorageMode,
        full: bool,
        mut env: E,
        fallback: impl FnOnce() -> K,
    ) -> Self {
        let now = env.now_iso();
        let quick = match store.list_quick() {
            Ok(q) => q,
            Err(e) => {
                let writer = store.writer().to_string();
                store = Store::new(fallback(), writer);
                mode = StorageMode::Memory { reason: e.to_string() };
                Default::default()
            }
        };
        let status = match (&mode, full) {
            (StorageMode::Memory { .. }, _) => SaveStatus::Memory,
            (StorageMode::Local, true) => SaveStatus::Failed(SaveProblem::Quota),
            (StorageMode::Local, false) => SaveStatus::Saved { at: None },
        };
        Session {
            settings: store.settings(),
            store,
            env,
            mode,
            read_only: false,
            list: quick.dossiers,
            unread: quick.unread,
            checked: false,
            problems: Vec::new(),
            status,
            conflict: None,
            unsaved: Vec::new(),
            notice: None,
            open_error: None,
            clock: now,
            dirty: false,
            dirty_since: None,
            timer: false,
            last_save_ms: 0.0,
            undo: None,
            since_export: false,
            changes: Changes::default(),
        }
    }

    /// Reads every stored dossier in full and quarantines unreadable text (`Store::startup`),
    /// then lists what was read: the list and the problems replace the quick list's. Runs
    /// once; later calls do nothing. When storage cannot be listed now, the quick list stays
    /// (nothing is written then).
    pub fn check_stored(&mut self) {
        if self.checked {
            return;
        }
        self.checked = true;
        let now = self.env.now_iso();
        if let Ok(startup) = self.store.startup(&now) {
            if matches!(self.mode, StorageMode::Local) {
                // Backup marks and drafts of dossiers that are gone (best effort: only tidying).
                let _ = self.store.prune_backup_log(&startup.dossiers, &now);
                let _ = sharing::prune_shared_records(&mut self.store, &startup.dossiers);
                self.settings = self.store.settings();
                self.changes.settings = true;
            }
            let mut list = startup.dossiers;
            // A dossier this tab created or changed since the quick list keeps its newer row.
            for row in &self.list {
                if let Some(stored) = list.iter_mut().find(|s| s.id == row.id) {
                    if row.revision > stored.revision {
                        *stored = row.clone();
                    }
                }
            }
            self.list = list;
            self.problems = startup.problems;
        }
        self.unread = 0;
        self.changes.list = true;
        self.changes.problems = true;
    }

    /// Whether [`Session::check_stored`] has run.
    pub fn checked(&self) -> bool {
        self.checked
    }

    /// Stored dossiers not listed yet: their text had no usable summary, and the full
    /// reading ([`Session::check_stored`]) has not run. 0 once it has.
    pub fn unread(&self) -> usize {
        self.unread
    }

    // ---- Reading -------------------------------------------------------------------

    /// What changed since the last call of this method.
    pub fn take_changes(&mut self) -> Changes {
        std::mem::take(&mut self.changes)
    }

    pub fn mode(&self) -> &StorageMode {
        &self.mode
    }

    /// The open dossier must not be changed (written by a newer app version).
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// The stored dossiers (list rows; the open one's row may lag until it is saved).
    pub fn list(&self) -> &[DossierSummary] {
        &self.list
    }

    /// Stored text that could not be read (quarantined).
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    pub fn status(&self) -> &SaveStatus {
        &self.status
    }

    pub fn conflict(&self) -> Option<&Conflict> {
        self.conflict.as_ref()
    }

    /// Dossiers with changes that could not be saved, no longer open.
    pub fn unsaved(&self) -> &[Dossier] {
        &self.unsaved
    }

    /// What the app keeps in storage, in UTF-16 code units (see [`kv::used_units`]).
    pub fn storage_used(&self) -> Result<usize, StoreError> {
        super::kv::used_units(self.store.kv(), super::keys::PREFIX)
    }

    /// Language, backup log and number drafts.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// Why the last `open` failed (for the dossier route).
    pub fn open_error(&self) -> Option<&(String, OpenError)> {
        self.open_error.as_ref()
    }

    /// "Now" (ISO) as of the last [`Session::tick`]: for the backup reminder.
    pub fn clock(&self) -> &str {
        &self.clock
    }

    /// Whether the open dossier has changes that are not saved.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// Whether closing the tab now would lose work.
    pub fn has_unsaved_work(&self) -> bool {
        self.dirty
            || (self.since_export && matches!(self.mode, StorageMode::Memory { .. }))
            || !self.unsaved.is_empty()
            || self.conflict.is_some()
    }

    /// The name of a dossier for messages: its name, or without one its purchase's title
    /// (as the list shows it); empty when it has neither (the message has its own words).
    pub fn name_of(&self, cur: Option<&Dossier>, id: &str) -> String {
        let shown = |d: &Dossier| d.display_name().unwrap_or_default().to_string();
        if let Some(d) = cur.filter(|d| d.id == id) {
            return shown(d);
        }
        if let Some(d) = self.unsaved.iter().chain(self.conflict.as_ref().map(|c| &c.mine)).find(|d| d.id == id) {
            return shown(d);
        }
        self.list.iter().find(|s| s.id == id).map(|s| s.name.clone()).unwrap_or_default()
    }

    /// The current time from the session's clock (for stamping an edit).
    pub fn now_iso(&mut self) -> String {
        self.env.now_iso()
    }

    // ---- Small setters that record what changed -----------------------------------

    fn set_current(&mut self, d: Option<Dossier>) {
        self.changes.current = Some(d);
    }

    fn set_read_only(&mut self, read_only: bool) {
        if self.read_only != read_only {
            self.read_only = read_only;
            self.changes.read_only = true;
        }
    }

    fn set_status(&mut self, status: SaveStatus) {
        if self.status != status {
            self.status = status;
            self.changes.status = true;
        }
    }

    fn set_conflict(&mut self, conflict: Option<Conflict>) {
        self.conflict = conflict;
        self.changes.conflict = true;
    }

    /// Shows a short-lived message.
    pub fn notify(&mut self, notice: Notice) {
        self.notice = Some(notice);
        self.changes.notice = true;
    }

    /// Shows the error of a failed action on the dossier `id` (`""`: none), if it failed.
    pub fn report<T>(&mut self, cur: Option<&Dossier>, action: Action, id: &str, result: Result<T, SaveError>) {
        if let Err(error) = result {
            let name = if id.is_empty() { String::new() } else { self.name_of(cur, id) };
            self.notify(Notice::Failed { action, name, error });
        }
    }

    pub fn dismiss_notice(&mut self) {
        if self.notice.take().is_some() {
            self.changes.notice = true;
        }
    }

    /// (Re)starts the save timer of the open dossier `id`, with the quiet time its size and
    /// the last save's duration call for.
    fn start_timer(&mut self, id: &str) {
        let stored = self.store.known(id).map_or(0, |k| k.raw.len());
        self.timer = true;
        self.changes.timer = Some(Timer::Start(save_delay_ms(stored, self.last_save_ms)));
    }

    fn cancel_timer(&mut self) {
        if self.timer {
            self.timer = false;
            self.changes.timer = Some(Timer::Cancel);
        }
    }

    /// Clean again: nothing of the open dossier waits to be saved.
    fn clean(&mut self) {
        self.cancel_timer();
        self.dirty = false;
        self.dirty_since = None;
    }

    /// The status after a successful save or open.
    fn settled(&self, at: Option<String>) -> SaveStatus {
        match self.mode {
            StorageMode::Memory { .. } => SaveStatus::Memory,
            StorageMode::Local => SaveStatus::Saved { at },
        }
    }

    fn upsert(&mut self, s: DossierSummary) {
        match self.list.iter_mut().find(|x| x.id == s.id) {
            Some(x) => *x = s,
            None => self.list.push(s),
        }
        self.changes.list = true;
    }

    fn remove_row(&mut self, id: &str) {
        self.list.retain(|s| s.id != id);
        self.changes.list = true;
    }

    fn take_unsaved(&mut self, id: &str) -> Option<Dossier> {
        let pos = self.unsaved.iter().position(|d| d.id == id)?;
        self.changes.unsaved = true;
        Some(self.unsaved.remove(pos))
    }

    fn stash_unsaved(&mut self, d: Dossier) {
        self.unsaved.retain(|x| x.id != d.id);
        self.unsaved.push(d);
        self.changes.unsaved = true;
    }

    fn in_conflict(&self, id: &str) -> bool {
        self.conflict.as_ref().is_some_and(|c| c.id == id)
    }

    // ---- Editing and saving -------------------------------------------------------

    /// Call after the shell applied an edit to the open dossier `cur` (stamped with
    /// [`Session::now_iso`]): marks it dirty and decides about the save timer.
    pub fn edited(&mut self, cur: &Dossier) {
        self.mark_dirty(&cur.id);
    }

    fn mark_dirty(&mut self, id: &str) {
        self.dirty = true;
        self.since_export = true;
        if self.dirty_since.is_none() {
            self.dirty_since = Some(self.env.now_ms());
        }
        if self.in_conflict(id) {
            return; // no saves while the user decides
        }
        if matches!(self.status, SaveStatus::Saved { .. } | SaveStatus::Saving) {
            self.set_status(SaveStatus::Dirty);
        }
        let waited = self.dirty_since.map(|s| self.env.now_ms() - s).unwrap_or(0.0);
        if self.timer && waited >= MAX_WAIT_MS {
            return; // let the pending save happen while typing goes on
        }
        self.start_timer(id);
    }

    /// The shell's save timer fired.
    pub fn timer_fired(&mut self, cur: Option<&Dossier>) -> bool {
        self.timer = false;
        self.flush(cur)
    }

    /// Saves the open dossier now when it has unsaved changes. True when nothing of it is
    /// left unsaved.
    pub fn flush(&mut self, cur: Option<&Dossier>) -> bool {
        let Some(d) = cur else { return true };
        if self.in_conflict(&d.id) {
            return false;
        }
        self.cancel_timer();
        if !self.dirty {
            return true;
        }
        let now = self.env.now_iso();
        let started = self.env.now_ms();
        let saved = self.store.save(d, &now);
        self.last_save_ms = self.env.now_ms() - started;
        match saved {
            Ok(revision) => {
                self.dirty = false;
                self.dirty_since = None;
                self.upsert(DossierSummary::of(d, revision));
                self.set_status(self.settled(Some(now)));
                true
            }
            Err(e) => {
                self.save_failed(d, e);
                false
            }
        }
    }

    /// A save of `mine` (the open dossier) failed.
    fn save_failed(&mut self, mine: &Dossier, e: SaveError) {
        let problem = match e {
            SaveError::Conflict(theirs) => {
                self.raise_conflict(mine, theirs);
                return;
            }
            SaveError::ReadOnly => {
                self.dirty = false;
                self.set_read_only(true);
                self.set_status(SaveStatus::ReadOnly);
                return;
            }
            SaveError::Storage(StoreError::QuotaExceeded) => SaveProblem::Quota,
            SaveError::Storage(StoreError::Unavailable(m)) => SaveProblem::Blocked(m),
            SaveError::RevisionLimit => SaveProblem::RevisionLimit,
            other => SaveProblem::Other(other.to_string()),
        };
        self.set_status(SaveStatus::Failed(problem));
    }

    /// Saves the open dossier again (after a failure the user wants to retry).
    pub fn retry(&mut self, cur: Option<&Dossier>) {
        if cur.is_some() {
            self.dirty = true;
            self.flush(cur);
        }
    }

    /// Lets go of the open dossier before another one opens: saves it, or keeps it in the
    /// unsaved stash (or its conflict) when that fails.
    fn release(&mut self, cur: Option<&Dossier>) {
        let Some(d) = cur else { return };
        let saved = self.flush(cur);
        let in_conflict = self.in_conflict(&d.id);
        if in_conflict {
            // Keep the latest version with the conflict, for "keep mine as a copy".
            if let Some(c) = self.conflict.as_mut() {
                c.mine = d.clone();
                self.changes.conflict = true;
            }
        } else if !saved {
            self.stash_unsaved(d.clone());
        }
        self.clean();
        // The next dossier's saves cost what its own size costs.
        self.last_save_ms = 0.0;
        if saved && !in_conflict {
            self.store.forget(&d.id);
        }
    }

    /// Makes the dossier with this id current, loading it from storage when it is not
    /// already; false when it cannot be opened (`open_error` says why).
    pub fn open(&mut self, cur: Option<&Dossier>, id: &str) -> bool {
        if cur.is_some_and(|d| d.id == id) {
            return true;
        }
        self.release(cur);
        if self.open_error.take().is_some() {
            self.changes.open_error = true;
        }
        if let Some(mine) = self.conflict.as_ref().filter(|c| c.id == id).map(|c| c.mine.clone()) {
            // The user goes back to a dossier whose conflict waits: they see their own
            // version, with the conflict's choices, and nothing is saved until they choose.
            self.set_current(Some(mine));
            self.set_read_only(false);
            self.dirty = true;
            self.set_status(SaveStatus::Failed(SaveProblem::Conflict));
            return true;
        }
        if let Some(d) = self.take_unsaved(id) {
            self.set_current(Some(d));
            self.set_read_only(false);
            self.mark_dirty(id); // try saving it again
            return true;
        }
        match self.store.open(id) {
            Ok(opened) => {
                let read_only = opened.newer_schema.is_some();
                self.set_current(Some(opened.dossier));
                self.set_read_only(read_only);
                self.set_status(if read_only { SaveStatus::ReadOnly } else { self.settled(None) });
                true
            }
            Err(e) => {
                self.set_current(None);
                self.set_read_only(false);
                self.open_error = Some((id.to_string(), e));
                self.changes.open_error = true;
                false
            }
        }
    }

    /// Creates a dossier, makes it current and returns its id. When it cannot be stored it
    /// stays open in this tab, dirty, and every change tries again.
    pub fn create(&mut self, cur: Option<&Dossier>, mut dossier: Dossier) -> String {
        if !is_valid_id(&dossier.id) {
            dossier.id = self.env.new_id();
        }
        let now = self.env.now_iso();
        if dossier.created_at.is_empty() {
            dossier.created_at = now.clone();
        }
        dossier.updated_at = now.clone();
        self.release(cur);
        let mut result = self.store.create(&dossier, &now);
        for _ in 0..4 {
            if result != Err(SaveError::IdTaken) {
                break;
            }
            dossier.id = self.env.new_id();
            result = self.store.create(&dossier, &now);
        }
        self.set_read_only(false);
        if self.open_error.take().is_some() {
            self.changes.open_error = true;
        }
        self.since_export = true;
        match result {
            Ok(revision) => {
                self.upsert(DossierSummary::of(&dossier, revision));
                self.set_status(self.settled(Some(now)));
            }
            Err(e) => {
                self.dirty = true;
                self.save_failed(&dossier, e);
            }
        }
        let id = dossier.id.clone();
        self.set_current(Some(dossier));
        id
    }

    /// Renames a dossier that is not open (the shell renames the open one as an edit).
    pub fn rename_closed(&mut self, id: &str, name: &str) -> Result<(), SaveError> {
        let name = name.trim().to_string();
        if let Some(d) = self.unsaved.iter_mut().find(|d| d.id == id) {
            d.name = name;
            self.changes.unsaved = true;
            return Ok(());
        }
        if let Some(c) = self.conflict.as_mut().filter(|c| c.id == id) {
            c.mine.name = name.clone();
            c.name = name;
            self.changes.conflict = true;
            return Ok(());
        }
        let now = self.env.now_iso();
        let (d, revision) = self.store.modify(id, &now, |d| d.name = name)?;
        self.upsert(DossierSummary::of(&d, revision));
        Ok(())
    }

    /// This tab's version of a dossier, when it holds one in memory.
    fn in_memory(&self, cur: Option<&Dossier>, id: &str) -> Option<Dossier> {
        cur.filter(|d| d.id == id)
            .or_else(|| self.unsaved.iter().find(|d| d.id == id))
            .or_else(|| self.conflict.as_ref().filter(|c| c.id == id).map(|c| &c.mine))
            .cloned()
    }

    /// Copies a dossier under a new id with `suffix` after its name; returns the new id.
    pub fn duplicate(&mut self, cur: Option<&Dossier>, id: &str, suffix: &str) -> Result<String, SaveError> {
        if cur.is_some_and(|d| d.id == id) {
            self.flush(cur);
        }
        let new = self.env.new_id();
        let now = self.env.now_iso();
        let name = format!("{} {suffix}", self.name_of(cur, id)).trim().to_string();
        let copy = match self.in_memory(cur, id) {
            Some(mut copy) => {
                copy.id = new.clone();
                copy.name = name.clone();
                copy.created_at = now.clone();
                copy.updated_at = now.clone();
                self.store.create(&copy, &now)?;
                copy
            }
            None => self.store.duplicate(id, &new, &name, &now)?,
        };
        self.upsert(DossierSummary::of(&copy, 1));
        self.since_export = true;
        self.notify(Notice::Duplicated { id: new.clone(), name });
        Ok(new)
    }

    /// Deletes a dossier; [`Session::undo_delete`] puts it back (this tab's unsaved version
    /// when it had one).
    pub fn delete(&mut self, cur: Option<&Dossier>, id: &str) -> Result<(), SaveError> {
        let name = self.name_of(cur, id);
        let is_current = cur.is_some_and(|d| d.id == id);
        let memory = match cur.filter(|d| d.id == id) {
            Some(d) if self.dirty || self.in_conflict(id) => Some(d.clone()),
            Some(_) => None,
            None => self.in_memory(None, id),
        };
        let raw = self.store.delete(id)?;
        if raw.is_none() && memory.is_none() {
            return Err(SaveError::NotFound);
        }
        if is_current {
            self.clean();
            self.set_current(None);
            self.set_read_only(false);
            self.set_status(self.settled(None));
        }
        self.undo = Some(Undo { id: id.to_string(), raw, memory });
        if self.in_conflict(id) {
            self.set_conflict(None);
        }
        self.take_unsaved(id);
        self.remove_row(id);
        self.notify(Notice::Deleted { id: id.to_string(), name });
        if !is_current {
            self.room_made(cur);
        }
        Ok(())
    }

    /// Room was made in storage (this tab deleted a dossier or unreadable text): a save of
    /// the open dossier that failed for want of room is tried again at once.
    fn room_made(&mut self, cur: Option<&Dossier>) {
        if self.dirty && matches!(self.status, SaveStatus::Failed(SaveProblem::Quota)) {
            self.flush(cur);
        }
    }

    /// Puts back the last deleted dossier; returns its id. On failure the undo stays
    /// possible.
    pub fn undo_delete(&mut self) -> Result<String, SaveError> {
        let undo = self.undo.take().ok_or(SaveError::NotFound)?;
        let now = self.env.now_iso();
        let result = match (&undo.memory, &undo.raw) {
            (Some(d), _) => self.store.create(d, &now).map(|_| ()),
            (None, Some(raw)) => self.store.restore(&undo.id, raw),
            (None, None) => Err(SaveError::NotFound),
        };
        if let Err(e) = result {
            self.undo = Some(undo);
            return Err(e);
        }
        let id = undo.id;
        if let Ok(Some(s)) = self.store.summary(&id) {
            let name = s.name.clone();
            self.upsert(s);
            self.notify(Notice::Restored { id: id.clone(), name });
        }
        Ok(id)
    }

    /// Keeps (`Some`) or forgets (`None`) what was typed into a number field of the open
    /// dossier `id` that does not parse (see `Settings::drafts`). Writes only on a change;
    /// when storage fails the draft is still kept in this tab.
    pub fn set_draft(&mut self, id: &str, field: &str, draft: Option<Draft>) {
        if self.settings.draft(id, field) == draft.as_ref() {
            return;
        }
        let now = self.env.now_iso();
        match self.store.set_draft(id, field, draft.clone(), &now) {
            Ok(s) => self.settings = s,
            Err(_) => {
                self.settings.set_draft(id, field, draft);
            }
        }
        self.changes.settings = true;
    }

    /// Remembers the interface language. A failed write only means the choice is not
    /// remembered: nothing else is at stake, so the error is returned for the caller to
    /// ignore or show.
    pub fn set_language(&mut self, lang: Lang) -> Result<(), StoreError> {
        let mut s = self.store.settings();
        s.lang = Some(lang);
        self.settings.lang = Some(lang);
        self.changes.settings = true;
        let now = self.env.now_iso();
        self.store.write_settings(&s, &now)
    }

    /// Remembers projector mode, best effort like the language.
    pub fn set_projector(&mut self, on: bool) -> Result<(), StoreError> {
        let mut s = self.store.settings();
        s.projector = on;
        self.settings.projector = on;
        self.changes.settings = true;
        let now = self.env.now_iso();
        self.store.write_settings(&s, &now)
    }

    /// The specification helper's scratch text.
    pub fn spec_draft(&self) -> String {
        self.store.spec_draft()
    }

    /// Keeps the specification helper's scratch text. A failed write loses only scratch
    /// text, never a dossier; the error is returned for the caller to ignore or show.
    pub fn set_spec_draft(&mut self, text: &str) -> Result<(), StoreError> {
        if self.store.spec_draft() == text {
            return Ok(());
        }
        self.store.set_spec_draft(text)
    }

    /// The evaluators' work in progress in this browser (see `Store::evaluation_drafts`).
    pub fn evaluation_drafts(&self) -> Result<Vec<(String, String)>, StoreError> {
        self.store.evaluation_drafts()
    }

    /// Keeps or removes an evaluator's work in progress (see `Store::set_evaluation_draft`).
    pub fn set_evaluation_draft(&mut self, package_id: &str, text: Option<&str>) -> Result<(), StoreError> {
        self.store.set_evaluation_draft(package_id, text)
    }

    // ---- Backups and imports ------------------------------------------------------

    /// A backup file of one dossier, with this tab's unsaved version when it holds one.
    pub fn export_one(&mut self, cur: Option<&Dossier>, id: &str) -> Result<Export, SaveError> {
        if cur.is_some_and(|d| d.id == id) {
            self.flush(cur);
        }
        let in_memory = self.in_memory(cur, id);
        let now = self.env.now_iso();
        let (text, exported) = self.store.export_one(id, in_memory.as_ref(), &now)?;
        let file_name = backup_file_name(&self.name_of(cur, id), id, &now);
        Ok(Export { file_name, text, exported: vec![exported], now, all: false })
    }

    /// A backup file of all dossiers, including changes not yet saved.
    pub fn export_all(&mut self, cur: Option<&Dossier>) -> Result<Export, SaveError> {
        self.flush(cur);
        let mut in_memory = self.unsaved.clone();
        if let Some(c) = &self.conflict {
            if !in_memory.iter().any(|d| d.id == c.id) && cur.is_none_or(|d| d.id != c.id) {
                in_memory.push(c.mine.clone());
            }
        }
        if let Some(d) = cur.filter(|d| self.dirty || self.in_conflict(&d.id)) {
            in_memory.push(d.clone());
        }
        let now = self.env.now_iso();
        let (text, exported) = self.store.export_all(&in_memory, &now)?;
        Ok(Export { file_name: backup_file_name("", "", &now), text, exported, now, all: true })
    }

    /// Records in the backup log that this file was offered.
    pub fn exported(&mut self, export: &Export) {
        if export.all {
            self.since_export = false;
        }
        match self.store.record_export(&export.exported, &export.now) {
            Ok(s) => self.settings = s,
            // The file exists even when the log could not be written: show it anyway.
            Err(_) => {
                self.settings.last_export_at = Some(export.now.clone());
                for (id, revision) in &export.exported {
                    let mark = BackupMark { revision: *revision, exported_at: export.now.clone() };
                    self.settings.backups.insert(id.clone(), mark);
                }
            }
        }
        self.changes.settings = true;
        self.clock = export.now.clone();
        self.changes.clock = true;
        self.notify(Notice::Exported);
    }

    /// Reads and checks an import file; writes nothing.
    pub fn parse_import(&self, bytes: &[u8]) -> Result<ImportPlan, ImportError> {
        parse_import(&self.store, bytes)
    }

    /// Writes the dossiers of a checked import (all or none); returns their ids. A
    /// replaced dossier that is open here shows the imported version, unless this tab has
    /// unsaved work on it: then the user chooses, as in a conflict with another tab.
    pub fn apply_import(
        &mut self,
        cur: Option<&Dossier>,
        plan: &ImportPlan,
        choices: &[ImportChoice],
        suffix: &str,
    ) -> Result<Vec<String>, ImportError> {
        self.flush(cur);
        let now = self.env.now_iso();
        let env = &mut self.env;
        let ids = apply_import(&mut self.store, plan, choices, &now, &mut || env.new_id(), suffix)?;
        self.since_export = true;
        self.refresh();
        if let Some(d) = cur.filter(|d| ids.contains(&d.id)) {
            let unsaved = self.dirty || self.status.is_unsaved() || self.in_conflict(&d.id);
            if unsaved {
                let theirs = match self.store.summary(&d.id) {
                    Ok(Some(s)) => Theirs::Changed { revision: s.revision, saved_at: now.clone() },
                    _ => Theirs::Unreadable,
                };
                self.store.forget(&d.id);
                self.raise_conflict(d, theirs);
            } else if let Ok(opened) = self.store.open(&d.id) {
                self.clean();
                self.set_read_only(opened.newer_schema.is_some());
                self.set_current(Some(opened.dossier));
            }
        }
        self.notify(Notice::Imported { ids: ids.clone() });
        Ok(ids)
    }

    // ---- Conflicts and other tabs -------------------------------------------------

    /// There is one conflict at a time: an older one, of a dossier no longer open, keeps
    /// its version in the unsaved stash (where saving it again raises it again).
    fn raise_conflict(&mut self, mine: &Dossier, theirs: Theirs) {
        self.cancel_timer();
        if let Some(old) = self.conflict.take().filter(|c| c.id != mine.id) {
            self.stash_unsaved(old.mine);
        }
        let name = mine.display_name().unwrap_or_default().to_string();
        self.set_conflict(Some(Conflict { id: mine.id.clone(), name, mine: mine.clone(), theirs }));
        self.set_status(SaveStatus::Failed(SaveProblem::Conflict));
    }

    /// The conflict's choice "load the other version": this tab's changes to that
    /// dossier are discarded (the user chose so).
    pub fn resolve_load_theirs(&mut self, cur: Option<&Dossier>) {
        let Some(c) = self.conflict.take() else { return };
        self.changes.conflict = true;
        self.store.forget(&c.id);
        self.take_unsaved(&c.id);
        if cur.is_some_and(|d| d.id == c.id) {
            self.clean();
            match self.store.open(&c.id) {
                Ok(opened) => {
                    let read_only = opened.newer_schema.is_some();
                    self.set_current(Some(opened.dossier));
                    self.set_read_only(read_only);
                    self.set_status(if read_only { SaveStatus::ReadOnly } else { self.settled(None) });
                }
                Err(_) => {
                    self.set_current(None);
                    self.set_read_only(false);
                    self.set_status(self.settled(None));
                }
            }
        }
        // Otherwise another dossier is open: its state (and status) is its own.
        self.refresh();
    }

    /// The conflict's choice "keep mine as a copy": this tab's version is saved under a
    /// new id (and `suffix` after its name) and becomes the open dossier. Returns the old
    /// and the new id.
    pub fn resolve_keep_mine(&mut self, cur: Option<&Dossier>, suffix: &str) -> Option<(String, String)> {
        let c = self.conflict.clone()?;
        let was_current = cur.is_some_and(|d| d.id == c.id);
        let mut mine = match cur.filter(|_| was_current) {
            Some(d) => d.clone(),
            None => {
                // Another dossier is open: let go of it first (saved, or kept unsaved).
                self.release(cur);
                c.mine.clone()
            }
        };
        let now = self.env.now_iso();
        mine.id = self.env.new_id();
        mine.name = format!("{} {suffix}", mine.display_name().unwrap_or_default()).trim().to_string();
        mine.created_at = now.clone();
        mine.updated_at = now.clone();
        // Letting go of another open dossier may have raised its own conflict, which then
        // holds the one slot (and this one's version moved to the stash): leave that one.
        if self.in_conflict(&c.id) {
            self.set_conflict(None);
        }
        self.take_unsaved(&c.id);
        self.clean();
        self.store.forget(&c.id);
        self.since_export = true;
        self.set_read_only(false);
        match self.store.create(&mine, &now) {
            Ok(revision) => {
                self.upsert(DossierSummary::of(&mine, revision));
                self.set_status(self.settled(Some(now)));
            }
            Err(e) => {
                self.dirty = true;
                self.save_failed(&mine, e);
            }
        }
        let new = mine.id.clone();
        self.set_current(Some(mine));
        self.refresh();
        Some((c.id, new))
    }

    /// Re-reads the list and the problems from storage (after another tab changed them).
    pub fn refresh(&mut self) {
        if let Ok(listed) = self.store.list() {
            self.list = listed.dossiers;
            self.problems = listed.problems;
            self.changes.list = true;
            self.changes.problems = true;
        }
    }

    /// A `storage` event from another tab (`key: None` is `localStorage.clear()`). Reads
    /// only: never writes (no ping-pong).
    pub fn on_storage(&mut self, cur: Option<&Dossier>, key: Option<&str>, new_value: Option<&str>) {
        if matches!(self.mode, StorageMode::Memory { .. }) {
            return;
        }
        let Some(key) = key else {
            // Everything may be gone.
            self.refresh();
            if let Some(d) = cur {
                self.observe(d, &dossier_key(&d.id), None);
            }
            return;
        };
        if key == SETTINGS_KEY {
            self.settings = self.store.settings();
            self.changes.settings = true;
        } else if is_quarantine_key(key) {
            self.refresh();
        } else if let Some(id) = dossier_id(key) {
            match new_value {
                Some(raw) => {
                    if let Some(s) = summary_of_raw(id, raw) {
                        self.upsert(s);
                    }
                }
                None => self.remove_row(id),
            }
            if let Some(d) = cur.filter(|d| d.id == id) {
                self.observe(d, key, new_value);
            }
        }
    }

    fn observe(&mut self, cur: &Dossier, key: &str, new_value: Option<&str>) {
        let dirty = self.dirty || self.status.is_unsaved();
        match self.store.observe(key, new_value, dirty) {
            Observed::Adopt(opened) => {
                self.set_current(Some(opened.dossier));
                self.set_read_only(false);
                self.set_status(self.settled(None));
                self.notify(Notice::Adopted);
            }
            Observed::Conflict(theirs) => self.raise_conflict(cur, theirs),
            Observed::Same | Observed::NotHeld => {}
        }
    }

    // ---- Quarantine and the clock -------------------------------------------------

    /// Stored text exactly as it is (for quarantined or unreadable text).
    pub fn raw(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.store.raw(key)
    }

    /// Deletes quarantined text (the user confirmed); a save that failed for want of room
    /// is tried again.
    pub fn discard_problem(&mut self, cur: Option<&Dossier>, key: &str) -> Result<(), StoreError> {
        self.store.discard_quarantined(key)?;
        self.problems.retain(|p| p.key != key);
        self.changes.problems = true;
        self.room_made(cur);
        Ok(())
    }

    /// The name of the dossier whose stored text could not be read, as far as the text
    /// still tells it (see `envelope::salvage_name`).
    pub fn problem_name(&self, key: &str) -> Option<String> {
        self.store.raw(key).ok().flatten().and_then(|raw| salvage_name(&raw))
    }

    /// Moves the session's "now" on (the backup reminder reads it).
    pub fn tick(&mut self) {
        self.clock = self.env.now_iso();
        self.changes.clock = true;
    }
}
