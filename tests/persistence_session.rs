//! The editing session's promises, natively: every sequence of edits, saves, failures,
//! other tabs, deletes, undos, imports and conflict choices keeps every word typed
//! somewhere the user can reach it (stored, open, in the unsaved stash, or kept with a
//! conflict), unless the user chose to discard it.
//!
//! Two or three "tabs" share one in-memory localStorage; a write by one queues a `storage`
//! event for the others, delivered when a test says so (or dropped, as for a tab that
//! slept). Each tab holds its open dossier the way the reactive shell does and applies the
//! session's `Changes` to it.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests stop at the first surprise

use inkoopwijzer::domain::dossier::Dossier;
use inkoopwijzer::persistence::backup::backup_due;
use inkoopwijzer::persistence::envelope::{read_envelope, write_envelope, Stamp};
use inkoopwijzer::persistence::import::{ImportChoice, ImportError};
use inkoopwijzer::persistence::keys::dossier_key;
use inkoopwijzer::persistence::kv::{KeyValue, MemoryKv, StoreError};
use inkoopwijzer::persistence::session::{
    save_delay_ms, Env, Notice, SaveProblem, SaveStatus, Session, StorageMode, Timer, DEBOUNCE_MS, MAX_WAIT_MS,
    QUICK_DEBOUNCE_MS, QUICK_UP_TO_BYTES, SAVE_COST_FACTOR, SLOW_FROM_BYTES,
};
use inkoopwijzer::persistence::store::{SaveError, Store, Theirs};
use proptest::prelude::*;
use std::cell::RefCell;
use std::collections::{BTreeSet, VecDeque};
use std::rc::Rc;

// ---- A shared localStorage with storage events --------------------------------------

#[derive(Default)]
struct Shared {
    kv: MemoryKv,
    /// Per tab: the `storage` events not yet delivered.
    queues: Vec<VecDeque<(String, Option<String>)>>,
    /// The test's clock, moved on by `write_cost` on every write (a slow machine).
    clock: Rc<RefCell<u64>>,
    write_cost: u64,
}

/// One tab's handle on the shared storage.
#[derive(Clone)]
struct SharedKv {
    shared: Rc<RefCell<Shared>>,
    tab: usize,
}

impl SharedKv {
    fn announce(&self, key: &str, value: Option<&str>) {
        let mut s = self.shared.borrow_mut();
        for (i, q) in s.queues.iter_mut().enumerate() {
            if i != self.tab {
                q.push_back((key.to_string(), value.map(str::to_string)));
            }
        }
    }
}

impl KeyValue for SharedKv {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.shared.borrow().kv.get(key)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        let old = self.shared.borrow().kv.snapshot().get(key).cloned();
        {
            let s = self.shared.borrow();
            *s.clock.borrow_mut() += s.write_cost;
        }
        self.shared.borrow_mut().kv.set(key, value)?;
        // Browsers fire no event when the value did not change.
        if old.as_deref() != Some(value) {
            self.announce(key, Some(value));
        }
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        let old = self.shared.borrow().kv.snapshot().get(key).cloned();
        self.shared.borrow_mut().kv.remove(key)?;
        if old.is_some() {
            self.announce(key, None);
        }
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.shared.borrow().kv.keys()
    }
}

// ---- A fake clock and id source -------------------------------------------------------

#[derive(Clone)]
struct FakeEnv {
    /// Milliseconds since the test began, shared by all tabs.
    ms: Rc<RefCell<u64>>,
    ids: Rc<RefCell<u64>>,
    tab: usize,
}

impl Env for FakeEnv {
    fn now_iso(&mut self) -> String {
        let ms = *self.ms.borrow();
        let (s, milli) = (ms / 1000, ms % 1000);
        format!("2026-12-06T{:02}:{:02}:{:02}.{milli:03}Z", 10 + s / 3600 % 12, s / 60 % 60, s % 60)
    }

    fn now_ms(&mut self) -> f64 {
        *self.ms.borrow() as f64
    }

    fn new_id(&mut self) -> String {
        let mut n = self.ids.borrow_mut();
        *n += 1;
        format!("dt{}n{}", self.tab, *n)
    }
}

// ---- A tab: the session plus the open dossier, as the shell holds them ---------------

struct Tab {
    session: Session<SharedKv, FakeEnv>,
    current: Option<Dossier>,
    timer: bool,
    /// When the save timer fires (ms on the test's clock), as the browser's `setTimeout` would.
    deadline: Option<u64>,
    /// The quiet time of the last (re)start of the save timer.
    last_delay: Option<u64>,
    kv: SharedKv,
}

impl Tab {
    /// Applies what the last call changed, as `state::dossiers` does.
    fn apply(&mut self) {
        let changes = self.session.take_changes();
        if let Some(d) = changes.current {
            self.current = d;
        }
        match changes.timer {
            Some(Timer::Start(ms)) => {
                self.timer = true;
                self.deadline = Some(self.now() + ms);
                self.last_delay = Some(ms);
            }
            Some(Timer::Cancel) => {
                self.timer = false;
                self.deadline = None;
            }
            None => {}
        }
    }

    fn now(&self) -> u64 {
        let clock = self.kv.shared.borrow().clock.clone();
        let now = *clock.borrow();
        now
    }

    fn call<R>(&mut self, f: impl FnOnce(&mut Session<SharedKv, FakeEnv>, Option<&Dossier>) -> R) -> R {
        let r = f(&mut self.session, self.current.as_ref());
        self.apply();
        r
    }

    /// Types `text` at the end of the open dossier's problem statement. False when no
    /// dossier is open or it is read-only (the shell ignores the edit then).
    fn edit(&mut self, text: &str) -> bool {
        if self.session.read_only() || self.current.is_none() {
            return false;
        }
        let now = self.session.now_iso();
        let d = self.current.as_mut().unwrap();
        d.exploration.problem.push_str(text);
        d.updated_at = now;
        let d = self.current.clone().unwrap();
        self.session.edited(&d);
        self.apply();
        true
    }

    /// Changes the open dossier as the shell's `update` does. False when none is open or it
    /// is read-only.
    fn edit_with(&mut self, f: impl FnOnce(&mut Dossier)) -> bool {
        if self.session.read_only() || self.current.is_none() {
            return false;
        }
        let now = self.session.now_iso();
        let d = self.current.as_mut().unwrap();
        f(d);
        d.updated_at = now;
        let d = self.current.clone().unwrap();
        self.session.edited(&d);
        self.apply();
        true
    }

    /// The save timer fires (when it runs).
    fn fire(&mut self) -> bool {
        if !self.timer {
            return false;
        }
        self.timer = false;
        self.deadline = None;
        self.call(|s, cur| s.timer_fired(cur))
    }

    fn flush(&mut self) -> bool {
        self.call(|s, cur| s.flush(cur))
    }

    fn deliver(&mut self) {
        loop {
            let next = self.kv.shared.borrow_mut().queues[self.kv.tab].pop_front();
            let Some((key, value)) = next else { break };
            self.call(|s, cur| s.on_storage(cur, Some(&key), value.as_deref()));
        }
    }

    fn drop_events(&mut self) {
        self.kv.shared.borrow_mut().queues[self.kv.tab].clear();
    }

    fn open(&mut self, id: &str) -> bool {
        self.call(|s, cur| s.open(cur, id))
    }

    fn create(&mut self, name: &str) -> String {
        let d = Dossier { name: name.into(), ..Dossier::default() };
        self.call(|s, cur| s.create(cur, d))
    }

    fn id(&self) -> String {
        self.current.as_ref().map(|d| d.id.clone()).unwrap_or_default()
    }

    /// Everything this tab holds in memory: the open dossier, the unsaved stash and the
    /// version kept with a conflict.
    fn held(&self) -> Vec<&Dossier> {
        let mut v: Vec<&Dossier> = self.current.iter().collect();
        v.extend(self.session.unsaved());
        v.extend(self.session.conflict().map(|c| &c.mine));
        v
    }

    /// What this tab holds that is not stored: the open dossier when it has unsaved work,
    /// the stash and the conflict's version.
    fn unsaved_work(&self) -> Vec<&Dossier> {
        let open_id = self.current.as_ref().map(|d| d.id.as_str());
        let open_unsaved = self.session.is_dirty()
            || matches!(self.session.status(), SaveStatus::Failed(_) | SaveStatus::Dirty)
            || self.session.conflict().is_some_and(|c| Some(c.id.as_str()) == open_id);
        let mut v: Vec<&Dossier> = self.current.iter().filter(|_| open_unsaved).collect();
        v.extend(self.session.unsaved());
        v.extend(self.session.conflict().map(|c| &c.mine));
        v
    }
}

struct World {
    shared: Rc<RefCell<Shared>>,
    tabs: Vec<Tab>,
    ms: Rc<RefCell<u64>>,
    ids: Rc<RefCell<u64>>,
    /// Tabs started so far (each gets its own writer id, as a reloaded tab does).
    started: usize,
}

impl World {
    fn new(tabs: usize) -> World {
        World::seeded(tabs, &[])
    }

    /// A world whose storage holds `stored` (keys and texts) before the tabs start.
    fn seeded(tabs: usize, stored: &[(String, String)]) -> World {
        let ms = Rc::new(RefCell::new(0));
        let mut kv = MemoryKv::new();
        for (k, v) in stored {
            kv.set(k, v).unwrap();
        }
        let shared =
            Rc::new(RefCell::new(Shared { kv, queues: vec![VecDeque::new(); tabs], clock: ms.clone(), write_cost: 0 }));
        let mut w = World { shared, tabs: Vec::new(), ms, ids: Rc::new(RefCell::new(0)), started: 0 };
        for tab in 0..tabs {
            let t = w.start_tab(tab);
            w.tabs.push(t);
        }
        w
    }

    /// A new tab (page load) in slot `tab`.
    fn start_tab(&mut self, tab: usize) -> Tab {
        let kv = SharedKv { shared: self.shared.clone(), tab };
        let env = FakeEnv { ms: self.ms.clone(), ids: self.ids.clone(), tab };
        let store = Store::new(kv.clone(), format!("tab{tab}w{}", self.started));
        self.started += 1;
        let session = Session::start(store, StorageMode::Local, false, env, || kv.clone());
        Tab { session, current: None, timer: false, deadline: None, last_delay: None, kv }
    }

    /// The renderer of tab `t` crashes (or the system kills it): no `pagehide`, no flush,
    /// everything it held in memory is gone. The user opens the app again in its place.
    fn crash(&mut self, t: usize) {
        self.shared.borrow_mut().queues[t].clear();
        let fresh = self.start_tab(t);
        self.tabs[t] = fresh;
    }

    /// Moves the clock on without running timers (the named sequences fire them by hand).
    fn wait(&self, ms: u64) {
        *self.ms.borrow_mut() += ms;
    }

    /// Moves the clock on by `ms`, firing every save timer that falls due on the way, in
    /// order, as the browser would.
    fn advance(&mut self, ms: u64) {
        let end = *self.ms.borrow() + ms;
        loop {
            let due =
                (0..self.tabs.len()).filter_map(|i| self.tabs[i].deadline.filter(|d| *d <= end).map(|d| (d, i))).min();
            let Some((at, i)) = due else { break };
            let now = *self.ms.borrow();
            *self.ms.borrow_mut() = now.max(at);
            self.tabs[i].fire();
        }
        let now = *self.ms.borrow();
        *self.ms.borrow_mut() = now.max(end);
    }

    fn now(&self) -> u64 {
        *self.ms.borrow()
    }

    fn stored(&self, id: &str) -> Option<String> {
        // The snapshot, not `get`: the test reads even while storage is "blocked".
        self.shared.borrow().kv.snapshot().get(&dossier_key(id)).cloned()
    }

    fn set_quota(&self, quota: Option<usize>) {
        let mut s = self.shared.borrow_mut();
        let q = quota.map(|extra| s.kv.used() + extra);
        s.kv.set_quota(q);
    }

    fn set_broken(&self, broken: bool) {
        let e = broken.then(|| StoreError::Unavailable("SecurityError: blocked".into()));
        self.shared.borrow_mut().kv.break_with(e);
    }

    /// Whether `token` is anywhere the user can reach it.
    fn reachable(&self, token: &str) -> bool {
        let in_storage = self.shared.borrow().kv.snapshot().values().any(|v| v.contains(token));
        in_storage || self.tabs.iter().any(|t| t.held().iter().any(|d| d.exploration.problem.contains(token)))
    }

    /// Whether `token` is in some tab's unsaved work other than `except`.
    fn held_elsewhere(&self, token: &str, except: usize) -> bool {
        self.tabs
            .iter()
            .enumerate()
            .any(|(i, t)| i != except && t.unsaved_work().iter().any(|d| d.exploration.problem.contains(token)))
    }
}

fn status(t: &Tab) -> SaveStatus {
    t.session.status().clone()
}

// ---- Sequences, one by one ------------------------------------------------------------

#[test]
fn an_edit_is_saved_after_the_quiet_time_and_typing_does_not_postpone_it_forever() {
    let mut w = World::new(1);
    let id = w.tabs[0].create("Eerste");
    assert!(!w.tabs[0].timer, "a new dossier is stored at once");
    assert!(w.tabs[0].edit(" a"));
    assert_eq!(status(&w.tabs[0]), SaveStatus::Dirty);
    assert!(w.tabs[0].timer, "the save timer runs");
    // Typing goes on: each key restarts the quiet time until the maximum wait is reached.
    let mut restarts = 0;
    for i in 0..20 {
        w.wait(DEBOUNCE_MS / 2);
        w.tabs[0].edit(&format!(" k{i}"));
        let changes_restarted = w.tabs[0].timer;
        assert!(changes_restarted);
        restarts += 1;
        if (DEBOUNCE_MS / 2) as f64 * (i + 1) as f64 >= MAX_WAIT_MS {
            break;
        }
    }
    assert!(restarts >= 4);
    assert!(w.tabs[0].fire(), "the pending save runs");
    let stored = w.stored(&id).unwrap();
    assert!(stored.contains(" k3"), "everything typed before the save is in it");
    assert!(matches!(status(&w.tabs[0]), SaveStatus::Saved { at: Some(_) }));
    assert!(!w.tabs[0].session.has_unsaved_work());
}

#[test]
fn the_timer_is_not_restarted_once_the_maximum_wait_is_reached() {
    let mut w = World::new(1);
    w.tabs[0].create("Eerste");
    w.tabs[0].edit("a");
    assert_eq!(w.tabs[0].session.take_changes().timer, None);
    w.wait(MAX_WAIT_MS as u64);
    let now = w.tabs[0].session.now_iso();
    let mut d = w.tabs[0].current.clone().unwrap();
    d.exploration.problem.push('b');
    d.updated_at = now;
    w.tabs[0].session.edited(&d);
    let changes = w.tabs[0].session.take_changes();
    assert_eq!(changes.timer, None, "a save is pending and overdue: it is not postponed");
}

#[test]
fn the_quiet_time_is_short_for_ordinary_dossiers_and_grows_with_size_and_save_cost() {
    assert_eq!(save_delay_ms(0, 0.0), QUICK_DEBOUNCE_MS);
    // The fault report's dossier: 337 KB, saved in 3.6 ms.
    assert_eq!(save_delay_ms(337 * 1024, 3.6), QUICK_DEBOUNCE_MS);
    assert_eq!(save_delay_ms(QUICK_UP_TO_BYTES, 0.0), QUICK_DEBOUNCE_MS);
    assert_eq!(save_delay_ms(1024 * 1024, 0.0), 193, "1 MB: a third of the way to the ceiling");
    assert_eq!(save_delay_ms(SLOW_FROM_BYTES, 0.0), DEBOUNCE_MS);
    assert_eq!(save_delay_ms(usize::MAX, 0.0), DEBOUNCE_MS);
    // An ordinary dossier keeps its short window however slow the save: a crash 100 ms
    // after the last key press must not lose typing on a loaded machine either.
    assert_eq!(save_delay_ms(10_000, 30.0), QUICK_DEBOUNCE_MS);
    assert_eq!(save_delay_ms(QUICK_UP_TO_BYTES, 1e12), QUICK_DEBOUNCE_MS);
    // Above it a slow save lengthens it (at most a sixth of the time goes to saving), up to
    // the ceiling.
    let large = QUICK_UP_TO_BYTES + 1;
    assert_eq!(save_delay_ms(large, 30.0), (30.0 * SAVE_COST_FACTOR) as u64);
    assert_eq!(save_delay_ms(large, 1e12), DEBOUNCE_MS);
    assert_eq!(save_delay_ms(large, f64::INFINITY), QUICK_DEBOUNCE_MS, "a broken clock is ignored");
    assert_eq!(save_delay_ms(large, f64::NAN), QUICK_DEBOUNCE_MS);
    assert_eq!(save_delay_ms(large, -5.0), QUICK_DEBOUNCE_MS);
    let mut last = 0;
    for kb in (0..3000).step_by(7) {
        let d = save_delay_ms(kb * 1024, 0.0);
        assert!(d >= last && (QUICK_DEBOUNCE_MS..=DEBOUNCE_MS).contains(&d), "{kb} KB: {d} ms");
        last = d;
    }
}

/// Types `text` one character every `gap` ms into tab 0's open dossier, with the browser's
/// timers running.
fn type_slowly(w: &mut World, text: &str, gap: u64) {
    for c in text.chars() {
        assert!(w.tabs[0].edit(&c.to_string()));
        w.advance(gap);
    }
}

#[test]
fn a_crash_100_ms_after_the_last_key_press_loses_nothing_of_an_ordinary_dossier() {
    let mut w = World::new(1);
    let id = w.tabs[0].create("Crash");
    // 23 characters at a typist's pace, then 100 ms of quiet, then the renderer dies.
    let typed = " Extra: taalcoaching 27";
    type_slowly(&mut w, &typed[..typed.len() - 1], 25);
    w.tabs[0].edit(&typed[typed.len() - 1..]);
    assert_eq!(w.tabs[0].last_delay, Some(QUICK_DEBOUNCE_MS));
    w.advance(100);
    w.crash(0);
    assert!(w.tabs[0].open(&id));
    assert!(w.tabs[0].current.as_ref().unwrap().exploration.problem.ends_with(typed), "every character is back");
    // What a crash can still catch: the keys of the last quiet time.
    w.tabs[0].edit(" weg");
    w.advance(QUICK_DEBOUNCE_MS - 1);
    w.crash(0);
    assert!(w.tabs[0].open(&id));
    assert!(!w.tabs[0].current.as_ref().unwrap().exploration.problem.contains(" weg"));
}

#[test]
fn a_large_dossier_waits_longer_but_never_more_than_half_a_second() {
    let mut w = World::new(1);
    let id = w.tabs[0].create("Groot");
    w.tabs[0].edit(&"werk naar vermogen ".repeat(1024 * 1024 / 19));
    w.tabs[0].flush();
    let stored = w.stored(&id).unwrap().len();
    assert!(stored > 1024 * 1024);
    w.tabs[0].edit("x");
    let delay = w.tabs[0].last_delay.unwrap();
    assert_eq!(delay, save_delay_ms(stored, 0.0));
    assert!(delay > QUICK_DEBOUNCE_MS && delay < DEBOUNCE_MS, "{delay}");
    w.advance(delay - 1);
    assert!(w.tabs[0].session.is_dirty(), "not yet");
    w.advance(1);
    assert!(!w.tabs[0].session.is_dirty(), "saved when the quiet time is over");
    assert!(w.stored(&id).unwrap().contains("vermogen x"));
}

#[test]
fn a_slow_save_lengthens_the_quiet_time_of_a_large_dossier_and_the_next_dossier_starts_afresh() {
    let mut w = World::new(1);
    let a = w.tabs[0].create("Traag");
    // Larger than an ordinary dossier (QUICK_UP_TO_BYTES), small enough that its size alone
    // asks for little more than the short quiet time.
    w.tabs[0].edit(&"werk naar vermogen ".repeat(QUICK_UP_TO_BYTES / 19 + 100));
    w.tabs[0].flush();
    let stored = w.stored(&a).unwrap().len();
    assert!(stored > QUICK_UP_TO_BYTES && save_delay_ms(stored, 0.0) < 150, "{stored}");
    w.shared.borrow_mut().write_cost = 30;
    w.tabs[0].edit("a");
    assert_eq!(w.tabs[0].last_delay, Some(save_delay_ms(stored, 0.0)), "the last save was quick");
    w.advance(w.tabs[0].last_delay.unwrap());
    assert!(!w.tabs[0].session.is_dirty());
    w.tabs[0].edit("b");
    assert_eq!(w.tabs[0].last_delay, Some(150), "five times the 30 ms the save took");
    w.advance(150);
    assert!(w.stored(&a).unwrap().contains("ab"));
    w.shared.borrow_mut().write_cost = 0;
    w.tabs[0].create("Snel");
    w.tabs[0].edit("c");
    assert_eq!(w.tabs[0].last_delay, Some(QUICK_DEBOUNCE_MS), "another dossier: its own cost");
}

#[test]
fn a_slow_save_does_not_widen_the_crash_window_of_an_ordinary_dossier() {
    let mut w = World::new(1);
    let id = w.tabs[0].create("Druk");
    // A loaded machine: every save takes 30 ms.
    w.shared.borrow_mut().write_cost = 30;
    w.tabs[0].edit("a");
    w.advance(QUICK_DEBOUNCE_MS);
    assert!(!w.tabs[0].session.is_dirty());
    w.tabs[0].edit("b");
    assert_eq!(w.tabs[0].last_delay, Some(QUICK_DEBOUNCE_MS));
    w.advance(QUICK_DEBOUNCE_MS);
    w.crash(0);
    assert!(w.tabs[0].open(&id));
    assert!(w.tabs[0].current.as_ref().unwrap().exploration.problem.ends_with("ab"));
}

#[test]
fn while_typing_goes_on_a_save_happens_at_least_every_two_seconds() {
    let mut w = World::new(1);
    let id = w.tabs[0].create("Door");
    // Keys every 30 ms: never a quiet time of 40 ms.
    for i in 0..200 {
        w.tabs[0].edit(&format!("{}", i % 10));
        w.advance(30);
        if w.now() >= MAX_WAIT_MS as u64 + 2 * QUICK_DEBOUNCE_MS {
            break;
        }
    }
    assert!(w.stored(&id).unwrap().contains("0123456789"), "saved while typing went on");
}

#[test]
fn a_failed_write_keeps_the_work_and_a_retry_saves_it() {
    let mut w = World::new(1);
    let id = w.tabs[0].create("Vol");
    w.set_quota(Some(0));
    w.tabs[0].edit(" veel tekst die niet past");
    assert!(!w.tabs[0].fire());
    assert_eq!(status(&w.tabs[0]), SaveStatus::Failed(SaveProblem::Quota));
    assert!(!w.stored(&id).unwrap().contains("veel tekst"), "the stored version is the old one, intact");
    assert!(w.tabs[0].session.has_unsaved_work());
    // More typing while storage is full: kept, tried again.
    w.tabs[0].edit(" en meer");
    assert!(!w.tabs[0].fire());
    w.set_quota(None);
    w.tabs[0].call(|s, cur| s.retry(cur));
    assert!(matches!(status(&w.tabs[0]), SaveStatus::Saved { .. }));
    assert!(w.stored(&id).unwrap().contains("veel tekst die niet past en meer"));
    assert!(!w.tabs[0].session.has_unsaved_work());
}

#[test]
fn blocked_storage_then_switching_away_keeps_the_dossier_in_the_unsaved_stash() {
    let mut w = World::new(1);
    let a = w.tabs[0].create("A");
    let b = w.tabs[0].create("B");
    assert!(w.tabs[0].open(&a));
    w.tabs[0].edit(" ongeschreven");
    w.set_broken(true);
    assert!(!w.tabs[0].open(&b), "B cannot be read while storage is blocked");
    assert_eq!(w.tabs[0].current, None);
    assert_eq!(w.tabs[0].session.unsaved().len(), 1, "A waits in the stash");
    assert!(w.tabs[0].session.unsaved()[0].exploration.problem.contains("ongeschreven"));
    assert!(w.tabs[0].session.open_error().is_some());
    w.set_broken(false);
    // Opening A again takes it from the stash and saves it.
    assert!(w.tabs[0].open(&a));
    assert!(w.tabs[0].session.unsaved().is_empty());
    assert!(w.tabs[0].timer, "its save is tried again");
    assert!(w.tabs[0].fire());
    assert!(w.stored(&a).unwrap().contains("ongeschreven"));
}

#[test]
fn a_second_tab_saving_in_between_raises_a_conflict_and_keep_mine_keeps_both() {
    let mut w = World::new(2);
    let id = w.tabs[0].create("Samen");
    w.tabs[1].deliver();
    assert!(w.tabs[1].open(&id));
    w.tabs[0].edit(" van A");
    w.tabs[1].edit(" van B");
    assert!(w.tabs[1].fire(), "B saves first");
    // A's save finds B's version: nothing is written, the user decides.
    assert!(!w.tabs[0].fire());
    assert_eq!(status(&w.tabs[0]), SaveStatus::Failed(SaveProblem::Conflict));
    assert!(w.stored(&id).unwrap().contains("van B"));
    let c = w.tabs[0].session.conflict().unwrap().clone();
    assert!(matches!(c.theirs, Theirs::Changed { revision: 2, .. }));
    // Edits during the conflict are kept but not saved.
    w.tabs[0].edit(" en nog meer");
    assert!(!w.tabs[0].timer, "no saves while the user decides");
    assert!(!w.tabs[0].flush());
    let (old, new) = w.tabs[0].call(|s, cur| s.resolve_keep_mine(cur, "(mijn versie)")).unwrap();
    assert_eq!(old, id);
    assert_ne!(new, id);
    let copy = w.stored(&new).unwrap();
    assert!(copy.contains("van A en nog meer"), "the latest version of mine, edits after the conflict included");
    assert!(w.stored(&id).unwrap().contains("van B"), "theirs untouched");
    assert_eq!(w.tabs[0].id(), new);
    assert_eq!(w.tabs[0].current.as_ref().unwrap().name, "Samen (mijn versie)");
}

#[test]
fn another_tabs_save_is_adopted_when_nothing_here_is_unsaved() {
    let mut w = World::new(2);
    let id = w.tabs[0].create("Gedeeld");
    w.tabs[1].deliver();
    w.tabs[1].open(&id);
    w.tabs[0].edit(" nieuw");
    w.tabs[0].fire();
    w.tabs[1].deliver();
    assert!(w.tabs[1].current.as_ref().unwrap().exploration.problem.contains("nieuw"));
    assert_eq!(w.tabs[1].session.notice(), Some(&Notice::Adopted));
    assert!(w.tabs[1].session.conflict().is_none());
}

#[test]
fn an_event_while_this_tab_types_raises_a_conflict_and_never_writes() {
    let mut w = World::new(2);
    let id = w.tabs[0].create("Gedeeld");
    w.tabs[1].deliver();
    w.tabs[1].open(&id);
    w.tabs[1].edit(" getypt in B");
    w.tabs[0].edit(" opgeslagen in A");
    w.tabs[0].fire();
    let before = w.shared.borrow().kv.snapshot();
    w.tabs[1].deliver();
    assert_eq!(w.shared.borrow().kv.snapshot(), before, "reading an event writes nothing");
    assert!(w.tabs[1].session.conflict().is_some());
    assert!(!w.tabs[1].timer);
    // "Load theirs": the user discards B's edit.
    w.tabs[1].call(|s, cur| s.resolve_load_theirs(cur));
    assert!(w.tabs[1].current.as_ref().unwrap().exploration.problem.contains("opgeslagen in A"));
    assert!(!w.tabs[1].session.has_unsaved_work());
}

#[test]
fn delete_then_undo_puts_back_the_unsaved_version() {
    let mut w = World::new(1);
    let id = w.tabs[0].create("Weg");
    w.tabs[0].edit(" laatste woorden");
    w.tabs[0].call(|s, cur| s.delete(cur, &id)).unwrap();
    assert_eq!(w.tabs[0].current, None);
    assert!(w.stored(&id).is_none());
    assert!(!w.tabs[0].timer, "no save of a deleted dossier is pending");
    assert!(matches!(w.tabs[0].session.notice(), Some(Notice::Deleted { .. })));
    assert_eq!(w.tabs[0].call(|s, _| s.undo_delete()).unwrap(), id);
    assert!(w.stored(&id).unwrap().contains("laatste woorden"));
    assert!(w.tabs[0].session.list().iter().any(|s| s.id == id));
}

#[test]
fn an_undo_that_fails_can_be_tried_again() {
    let mut w = World::new(1);
    let id = w.tabs[0].create("Weg");
    w.tabs[0].call(|s, cur| s.delete(cur, &id)).unwrap();
    w.set_broken(true);
    assert!(w.tabs[0].call(|s, _| s.undo_delete()).is_err());
    w.set_broken(false);
    assert_eq!(w.tabs[0].call(|s, _| s.undo_delete()).unwrap(), id);
    assert!(w.stored(&id).is_some());
}

#[test]
fn a_dossier_deleted_in_another_tab_is_a_conflict_for_the_tab_that_edits_it() {
    let mut w = World::new(2);
    let id = w.tabs[0].create("Gedeeld");
    w.tabs[1].deliver();
    w.tabs[1].open(&id);
    w.tabs[1].edit(" werk in B");
    w.tabs[0].call(|s, cur| s.delete(cur, &id)).unwrap();
    w.tabs[1].drop_events(); // B slept and missed the event
    assert!(!w.tabs[1].fire());
    let c = w.tabs[1].session.conflict().unwrap();
    assert_eq!(c.theirs, Theirs::Deleted);
    assert!(w.stored(&id).is_none(), "B did not write a deleted dossier back silently");
    let (_, new) = w.tabs[1].call(|s, cur| s.resolve_keep_mine(cur, "(kopie)")).unwrap();
    assert!(w.stored(&new).unwrap().contains("werk in B"));
}

fn export_of(w: &mut World, tab: usize, id: &str) -> String {
    let export = w.tabs[tab].call(|s, cur| s.export_one(cur, id)).unwrap();
    w.tabs[tab].call(|s, _| s.exported(&export));
    export.text
}

#[test]
fn an_import_over_the_open_clean_dossier_shows_the_imported_version() {
    let mut w = World::new(1);
    let id = w.tabs[0].create("Import");
    w.tabs[0].edit(" versie 1");
    w.tabs[0].fire();
    let file = export_of(&mut w, 0, &id);
    w.tabs[0].edit(" versie 2");
    w.tabs[0].fire();
    let plan = w.tabs[0].session.parse_import(file.as_bytes()).unwrap();
    let ids = w.tabs[0].call(|s, cur| s.apply_import(cur, &plan, &[ImportChoice::Replace], "(import)")).unwrap();
    assert_eq!(ids, std::slice::from_ref(&id));
    let shown = &w.tabs[0].current.as_ref().unwrap().exploration.problem;
    assert!(shown.contains("versie 1") && !shown.contains("versie 2"), "{shown}");
    assert!(w.tabs[0].session.conflict().is_none());
}

#[test]
fn an_import_over_the_open_dossier_with_unsaved_work_asks_instead_of_replacing_it() {
    let mut w = World::new(1);
    let id = w.tabs[0].create("Import");
    let file = export_of(&mut w, 0, &id);
    w.tabs[0].edit(" nog niet opgeslagen");
    // The save fails (blocked), then storage works again just for the import.
    w.set_broken(true);
    assert!(!w.tabs[0].fire());
    w.set_broken(false);
    let plan = w.tabs[0].session.parse_import(file.as_bytes()).unwrap();
    // apply_import flushes first: make that flush fail on quota, the import itself fits.
    w.set_quota(Some(0));
    let result = w.tabs[0].call(|s, cur| s.apply_import(cur, &plan, &[ImportChoice::Replace], "(import)"));
    // Replacing with a smaller or equal file fits in the quota, or the whole import fails:
    // either way the unsaved work stays.
    assert!(w.tabs[0].current.as_ref().unwrap().exploration.problem.contains("nog niet opgeslagen"));
    if result.is_ok() {
        let c = w.tabs[0].session.conflict().expect("the user chooses between the import and this tab's work");
        assert!(c.mine.exploration.problem.contains("nog niet opgeslagen"));
        w.set_quota(None);
        let (_, new) = w.tabs[0].call(|s, cur| s.resolve_keep_mine(cur, "(mijn versie)")).unwrap();
        assert!(w.stored(&new).unwrap().contains("nog niet opgeslagen"));
    }
}

/// Two tabs; tab 0 creates dossier A, tab 1 opens it and saves a version first, then tab 0
/// types `text` into A and its save finds tab 1's version: a conflict on A in tab 0. Returns
/// the world and A's id.
fn conflict_in_tab0(text: &str) -> (World, String) {
    let mut w = World::new(2);
    let a = w.tabs[0].create("A");
    w.tabs[1].deliver();
    w.tabs[1].open(&a);
    w.tabs[1].edit(" B was eerst");
    w.tabs[1].fire();
    w.tabs[0].edit(text);
    assert!(!w.tabs[0].fire(), "the save runs into the other tab's version");
    assert_eq!(w.tabs[0].session.conflict().map(|c| c.id.clone()), Some(a.clone()));
    (w, a)
}

#[test]
fn resolving_a_conflict_of_a_dossier_no_longer_open_keeps_the_open_ones_work() {
    let (mut w, _) = conflict_in_tab0(" A in conflict");
    // The user leaves A's conflict for later and works on another dossier.
    let b = w.tabs[0].create("B");
    w.tabs[0].edit(" werk aan B");
    assert!(w.tabs[0].timer);
    // Now "load theirs" for A: B's pending edit must still be saved.
    w.tabs[0].call(|s, cur| s.resolve_load_theirs(cur));
    assert_eq!(w.tabs[0].id(), b);
    assert!(w.tabs[0].session.has_unsaved_work(), "B's edit is still waiting");
    assert!(w.tabs[0].fire() || w.tabs[0].flush());
    assert!(w.stored(&b).unwrap().contains("werk aan B"));
}

#[test]
fn keep_mine_while_another_dossier_is_open_lets_go_of_that_one_properly() {
    let (mut w, _) = conflict_in_tab0(" A in conflict");
    let b = w.tabs[0].create("B");
    w.tabs[0].edit(" werk aan B");
    let (_, copy) = w.tabs[0].call(|s, cur| s.resolve_keep_mine(cur, "(mijn versie)")).unwrap();
    assert!(w.stored(&copy).unwrap().contains("A in conflict"));
    assert!(w.stored(&b).unwrap().contains("werk aan B"), "B was saved before the copy opened");
}

#[test]
fn memory_mode_never_writes_and_reports_unsaved_work_until_exported() {
    let shared = Rc::new(RefCell::new(Shared { queues: vec![VecDeque::new()], ..Shared::default() }));
    let kv = SharedKv { shared, tab: 0 };
    let env = FakeEnv { ms: Rc::default(), ids: Rc::default(), tab: 0 };
    let mode = StorageMode::Memory { reason: "blocked".into() };
    let session = Session::start(Store::new(kv.clone(), "t"), mode, false, env, || kv.clone());
    let mut tab = Tab { session, current: None, timer: false, deadline: None, last_delay: None, kv };
    tab.create("Alleen hier");
    tab.edit(" tekst");
    tab.fire();
    assert_eq!(status(&tab), SaveStatus::Memory);
    assert!(tab.session.has_unsaved_work(), "closing the tab would lose it");
    let export = tab.call(|s, cur| s.export_all(cur)).unwrap();
    assert!(export.text.contains("tekst"));
    tab.call(|s, _| s.exported(&export));
    assert!(!tab.session.has_unsaved_work());
}

#[test]
fn listing_that_fails_at_start_goes_on_in_memory() {
    let shared = Rc::new(RefCell::new(Shared { queues: vec![VecDeque::new()], ..Shared::default() }));
    shared.borrow_mut().kv.break_with(Some(StoreError::Unavailable("gone".into())));
    let kv = SharedKv { shared, tab: 0 };
    let env = FakeEnv { ms: Rc::default(), ids: Rc::default(), tab: 0 };
    let fallback = SharedKv {
        shared: Rc::new(RefCell::new(Shared { queues: vec![VecDeque::new()], ..Shared::default() })),
        tab: 0,
    };
    let session = Session::start(Store::new(kv, "t"), StorageMode::Local, false, env, || fallback.clone());
    assert!(matches!(session.mode(), StorageMode::Memory { .. }));
    assert_eq!(session.status(), &SaveStatus::Memory);
}

#[test]
fn the_export_of_everything_includes_the_open_unsaved_and_conflicted_versions() {
    let (mut w, _) = conflict_in_tab0(" conflictwerk");
    let b = w.tabs[0].create("B");
    w.set_quota(Some(0));
    w.tabs[0].edit(" niet opgeslagen");
    w.tabs[0].fire();
    let export = w.tabs[0].call(|s, cur| s.export_all(cur)).unwrap();
    assert!(export.text.contains("conflictwerk"));
    assert!(export.text.contains("niet opgeslagen"));
    assert!(export.file_name.starts_with("inkoopwijzer-backup-2026-12-06"));
    let _ = b;
}

// ---- Names in messages (issue 18, item 4) --------------------------------------------

#[test]
fn a_dossier_with_a_title_but_no_name_is_called_by_its_title_in_a_conflict() {
    let mut w = World::new(2);
    let id = w.tabs[0].create("");
    w.tabs[0].edit_with(|d| d.exploration.title = "Taaltrajecten 2027".into());
    w.tabs[0].flush();
    w.tabs[1].deliver();
    assert!(w.tabs[1].open(&id));
    w.tabs[1].edit(" van B");
    w.tabs[1].fire();
    w.tabs[0].edit(" van A");
    assert!(!w.tabs[0].flush());
    let c = w.tabs[0].session.conflict().unwrap();
    assert_eq!(c.name, "Taaltrajecten 2027", "not ‘’");
    let cur = w.tabs[0].current.clone();
    assert_eq!(w.tabs[0].session.name_of(cur.as_ref(), &id), "Taaltrajecten 2027");
    // A copy made from it carries the title into its name, and so does its backup file.
    let (_, copy) = w.tabs[0].call(|s, cur| s.resolve_keep_mine(cur, "(mijn versie)")).unwrap();
    assert_eq!(
        w.tabs[0].session.list().iter().find(|r| r.id == copy).unwrap().name,
        "Taaltrajecten 2027 (mijn versie)"
    );
    let export = w.tabs[0].call(|s, cur| s.export_one(cur, &id)).unwrap();
    assert!(export.file_name.starts_with("inkoopwijzer-taaltrajecten-2027-"), "{}", export.file_name);
}

#[test]
fn a_newer_schema_dossier_is_listed_by_its_title_when_it_has_no_name() {
    let raw = serde_json::json!({ "format": "inkoopwijzer-dossier", "schema": 9, "revision": 3,
        "dossier": { "id": "dn", "name": "", "exploration": { "title": "Van later" }, "new_thing": [1] } })
    .to_string();
    let w = World::seeded(1, &[(dossier_key("dn"), raw)]);
    let row = w.tabs[0].session.list().iter().find(|r| r.id == "dn").unwrap();
    assert_eq!(row.name, "Van later");
    assert_eq!(row.newer_schema, Some(9));
}

// ---- Revision arithmetic (item 5) -----------------------------------------------------

fn envelope_at(id: &str, name: &str, revision: u64) -> String {
    let d = Dossier { id: id.into(), name: name.into(), ..Dossier::default() };
    write_envelope(&d, &Stamp::new(revision, "2026-12-01T10:00:00.000Z", "other")).unwrap()
}

#[test]
fn a_stored_revision_at_the_largest_number_is_never_wrapped_and_the_work_is_kept() {
    let raw = envelope_at("dmax", "Max", u64::MAX);
    let mut w = World::seeded(2, &[(dossier_key("dmax"), raw.clone())]);
    assert!(w.tabs[0].open("dmax"));
    w.tabs[0].edit(" werk");
    w.advance(QUICK_DEBOUNCE_MS);
    assert_eq!(status(&w.tabs[0]), SaveStatus::Failed(SaveProblem::RevisionLimit));
    assert_eq!(w.stored("dmax").unwrap(), raw, "nothing written: no wrap to revision 0");
    assert!(w.tabs[0].current.as_ref().unwrap().exploration.problem.contains(" werk"));
    assert!(w.tabs[0].session.has_unsaved_work());
    // Another tab cannot rename it either, and changes nothing.
    w.tabs[1].deliver();
    assert_eq!(w.tabs[1].call(|s, _| s.rename_closed("dmax", "Anders")), Err(SaveError::RevisionLimit));
    // An import that would replace it is refused the same way.
    let file = w.tabs[0].call(|s, cur| s.export_one(cur, "dmax")).unwrap().text;
    let plan = w.tabs[0].session.parse_import(file.as_bytes()).unwrap();
    let replaced = w.tabs[1].call(|s, cur| s.apply_import(cur, &plan, &[ImportChoice::Replace], "(import)"));
    assert_eq!(replaced, Err(ImportError::Save(SaveError::RevisionLimit)));
    assert_eq!(w.stored("dmax").unwrap(), raw);
    // The way out the message gives: the backup file imported with "keep both" saves as usual.
    let ids = w.tabs[0].call(|s, cur| s.apply_import(cur, &plan, &[ImportChoice::KeepBoth], "(kopie)")).unwrap();
    assert!(w.tabs[0].open(&ids[0]));
    assert!(
        w.tabs[0].current.as_ref().unwrap().exploration.problem.contains(" werk"),
        "the unsaved work is in the copy"
    );
    w.tabs[0].edit(" verder");
    w.advance(QUICK_DEBOUNCE_MS);
    assert!(matches!(status(&w.tabs[0]), SaveStatus::Saved { .. }));
    assert!(w.stored(&ids[0]).unwrap().contains("\"revision\":2,"));
}

#[test]
fn the_revision_before_the_largest_is_raised_to_it_once() {
    let mut w = World::seeded(1, &[(dossier_key("dm1"), envelope_at("dm1", "Bijna", u64::MAX - 1))]);
    assert!(w.tabs[0].open("dm1"));
    w.tabs[0].edit("a");
    w.advance(QUICK_DEBOUNCE_MS);
    assert!(matches!(status(&w.tabs[0]), SaveStatus::Saved { .. }));
    assert!(w.stored("dm1").unwrap().contains(&format!("\"revision\":{},", u64::MAX)));
    w.tabs[0].edit("b");
    w.advance(QUICK_DEBOUNCE_MS);
    assert_eq!(status(&w.tabs[0]), SaveStatus::Failed(SaveProblem::RevisionLimit));
}

// ---- A failed save and making room (item 7) ------------------------------------------

#[test]
fn deleting_a_dossier_in_this_tab_saves_the_one_that_did_not_fit_at_once() {
    let mut w = World::new(1);
    let old = w.tabs[0].create("Oud");
    w.tabs[0].edit(&"x".repeat(3000));
    w.tabs[0].flush();
    let id = w.tabs[0].create("Nieuw");
    w.set_quota(Some(200));
    w.tabs[0].edit(&"y".repeat(1000));
    w.advance(QUICK_DEBOUNCE_MS);
    assert_eq!(status(&w.tabs[0]), SaveStatus::Failed(SaveProblem::Quota));
    assert!(!w.tabs[0].timer, "nothing is pending: the next edit or Retry would save");
    w.tabs[0].call(|s, cur| s.delete(cur, &old)).unwrap();
    assert!(matches!(status(&w.tabs[0]), SaveStatus::Saved { .. }), "room was made: saved at once");
    assert!(w.stored(&id).unwrap().contains("yyyy"));
}

#[test]
fn deleting_unreadable_text_saves_the_one_that_did_not_fit_at_once() {
    let junk = format!("{{\"format\":\"inkoopwijzer-dossier\",\"dossier\":{}", "x".repeat(3000));
    let mut w = World::seeded(1, &[(dossier_key("dbad"), junk)]);
    let problem = w.tabs[0].session.problems()[0].key.clone();
    let id = w.tabs[0].create("Nieuw");
    w.set_quota(Some(200));
    w.tabs[0].edit(&"y".repeat(1000));
    w.advance(QUICK_DEBOUNCE_MS);
    assert_eq!(status(&w.tabs[0]), SaveStatus::Failed(SaveProblem::Quota));
    w.tabs[0].call(|s, cur| s.discard_problem(cur, &problem)).unwrap();
    assert!(matches!(status(&w.tabs[0]), SaveStatus::Saved { .. }));
    assert!(w.stored(&id).unwrap().contains("yyyy"));
}

// ---- The whole import-and-save path, fuzzed (item 5) ----------------------------------

const FIXTURE: &str = include_str!("fixtures/dossier_v1.json");

/// Pointers to every number, and every text that reads as one, in `v`.
fn number_pointers(v: &serde_json::Value, at: String, out: &mut Vec<String>) {
    use serde_json::Value;
    match v {
        Value::Number(_) => out.push(at),
        Value::String(t) if t.parse::<f64>().is_ok() => out.push(at),
        Value::Object(m) => m.iter().for_each(|(k, w)| number_pointers(w, format!("{at}/{k}"), out)),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, w)| number_pointers(w, format!("{at}/{i}"), out)),
        _ => {}
    }
}

fn extreme() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::json;
    prop_oneof![
        Just(json!(u64::MAX)),
        Just(json!(u64::MAX - 1)),
        Just(json!(i64::MIN)),
        Just(json!(-1)),
        Just(json!(0)),
        Just(json!(1u64 << 53)),
        Just(json!(4_294_967_296u64)),
        Just(json!(1e308)),
        Just(json!(-0.5)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<i64>().prop_map(|n| json!(n)),
        Just(json!("1e400")),
        Just(json!("-4250.00")),
        Just(json!("79228162514264337593543950335")),
        Just(json!("0.00000000000000000000000000001")),
    ]
}

/// The revision of every readable dossier in storage.
fn revisions(w: &World) -> std::collections::BTreeMap<String, u64> {
    w.shared
        .borrow()
        .kv
        .snapshot()
        .iter()
        .filter(|(k, _)| k.starts_with("inkoopwijzer:dossier:"))
        .filter_map(|(k, v)| read_envelope(v).ok().map(|r| (k.clone(), r.stamp().revision)))
        .collect()
}

/// No stored revision went down (a wrap to 0 would).
fn never_lower(before: &std::collections::BTreeMap<String, u64>, w: &World, what: &str) -> Result<(), TestCaseError> {
    for (k, after) in revisions(w) {
        if let Some(b) = before.get(&k) {
            prop_assert!(after >= *b, "{what}: the revision of {k} went from {b} to {after}");
        }
    }
    Ok(())
}

/// A stored dossier at `stored_rev`, a fuzzed envelope stored beside it and offered as a
/// file, and settings with extreme values: start, open, edit, save, hear the other tab,
/// import, export, import the export, compute the backup reminder. Nothing panics, no
/// revision wraps, a save that cannot raise the revision keeps the work.
fn import_and_save(file: &str, stored_rev: u64, settings: &str, replace: bool) -> Result<(), TestCaseError> {
    let stored = envelope_at("d1a2b3", "Bestaand", stored_rev);
    let mut w = World::seeded(
        2,
        &[
            (dossier_key("d1a2b3"), stored),
            (dossier_key("dfz"), file.to_string()),
            ("inkoopwijzer:settings".to_string(), settings.to_string()),
        ],
    );
    for id in ["d1a2b3", "dfz"] {
        let before = revisions(&w);
        if w.tabs[0].open(id) && w.tabs[0].edit(" ~fuzz;") {
            w.advance(DEBOUNCE_MS);
            match status(&w.tabs[0]) {
                SaveStatus::Saved { .. } => prop_assert!(w.stored(id).unwrap().contains("~fuzz;")),
                SaveStatus::Failed(SaveProblem::RevisionLimit) => {
                    prop_assert_eq!(before.get(&dossier_key(id)).copied(), Some(u64::MAX));
                    prop_assert!(w.tabs[0].current.as_ref().unwrap().exploration.problem.contains("~fuzz;"));
                }
                other => prop_assert!(false, "unexpected status {:?}", other),
            }
        }
        never_lower(&before, &w, "save")?;
        w.tabs[1].deliver();
    }
    let before = revisions(&w);
    if let Ok(plan) = w.tabs[0].session.parse_import(file.as_bytes()) {
        let choice = if replace { ImportChoice::Replace } else { ImportChoice::KeepBoth };
        let choices = vec![choice; plan.items.len()];
        if let Ok(ids) = w.tabs[0].call(|s, cur| s.apply_import(cur, &plan, &choices, "(import)")) {
            for id in ids {
                prop_assert!(w.stored(&id).is_some());
            }
        }
    }
    never_lower(&before, &w, "import")?;
    w.tabs[1].deliver();
    let export = w.tabs[0].call(|s, cur| s.export_all(cur)).unwrap();
    w.tabs[0].call(|s, _| s.exported(&export));
    let before = revisions(&w);
    match w.tabs[1].session.parse_import(export.text.as_bytes()) {
        Ok(plan) => {
            let ids = w.tabs[1].call(|s, cur| s.apply_import(cur, &plan, &[], "(kopie)"));
            prop_assert!(ids.is_ok(), "an export imports: {:?}", ids);
        }
        // A newer version's dossier is exported as stored and refused by this version.
        Err(ImportError::NewerSchema { .. }) => {}
        Err(e) => prop_assert!(false, "the export does not import: {:?}", e),
    }
    never_lower(&before, &w, "import of the export")?;
    for t in &w.tabs {
        let _ = backup_due(t.session.list(), t.session.settings(), t.session.clock());
    }
    Ok(())
}

proptest! {
    // IMPORT_SAVE_CASES=20000 for a longer hunt.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("IMPORT_SAVE_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64),
        ..ProptestConfig::default()
    })]

    #[test]
    fn stored_and_imported_numbers_never_panic_or_wrap_on_the_way_through_import_and_save(
        picks in prop::collection::vec((any::<prop::sample::Index>(), extreme()), 1..5),
        stored_rev in prop_oneof![Just(u64::MAX), Just(u64::MAX - 1), Just(0u64), any::<u64>()],
        mark_rev in prop_oneof![Just(u64::MAX), Just(0u64), any::<u64>()],
        date in prop_oneof![Just("not a date"), Just("2026-12-01T10:00:00.000Z"), Just("9999-99-99"), Just("")],
        replace in any::<bool>(),
    ) {
        let mut v: serde_json::Value = serde_json::from_str(FIXTURE).unwrap();
        v["dossier"]["id"] = "dfz".into();
        let mut at = Vec::new();
        number_pointers(&v, String::new(), &mut at);
        for (index, value) in picks {
            let ptr = index.get(&at).clone();
            if let Some(slot) = v.pointer_mut(&ptr) {
                *slot = value;
            }
        }
        let settings = serde_json::json!({ "last_export_at": date,
            "backups": { "d1a2b3": { "revision": mark_rev, "exported_at": date } } }).to_string();
        import_and_save(&v.to_string(), stored_rev, &settings, replace)?;
    }
}

// ---- Every interleaving: nothing is lost ----------------------------------------------

#[derive(Debug, Clone)]
enum Op {
    Edit(usize),
    Fire(usize),
    Flush(usize),
    Wait(u64),
    Deliver(usize),
    DropEvents(usize),
    Open(usize, usize),
    Create(usize),
    Delete(usize, usize),
    Undo(usize),
    Duplicate(usize, usize),
    Rename(usize, usize),
    KeepMine(usize),
    LoadTheirs(usize),
    Retry(usize),
    Export(usize, usize),
    Import(usize, usize, bool),
    Quota(Option<usize>),
    Broken(bool),
    /// The tab's renderer crashes and the app is opened again in its place.
    Crash(usize),
}

fn op(tabs: usize) -> impl Strategy<Value = Op> {
    let t = 0..tabs;
    prop_oneof![
        6 => t.clone().prop_map(Op::Edit),
        3 => t.clone().prop_map(Op::Fire),
        1 => t.clone().prop_map(Op::Flush),
        1 => (0u64..3000).prop_map(Op::Wait),
        3 => t.clone().prop_map(Op::Deliver),
        1 => t.clone().prop_map(Op::DropEvents),
        2 => (t.clone(), 0usize..6).prop_map(|(t, d)| Op::Open(t, d)),
        1 => t.clone().prop_map(Op::Create),
        1 => (t.clone(), 0usize..6).prop_map(|(t, d)| Op::Delete(t, d)),
        1 => t.clone().prop_map(Op::Undo),
        1 => (t.clone(), 0usize..6).prop_map(|(t, d)| Op::Duplicate(t, d)),
        1 => (t.clone(), 0usize..6).prop_map(|(t, d)| Op::Rename(t, d)),
        1 => t.clone().prop_map(Op::KeepMine),
        1 => t.clone().prop_map(Op::LoadTheirs),
        1 => t.clone().prop_map(Op::Retry),
        1 => (t.clone(), 0usize..6).prop_map(|(t, d)| Op::Export(t, d)),
        1 => (t.clone(), 0usize..4, any::<bool>()).prop_map(|(t, f, r)| Op::Import(t, f, r)),
        1 => prop_oneof![Just(None), (0usize..400).prop_map(Some)].prop_map(Op::Quota),
        1 => any::<bool>().prop_map(Op::Broken),
        1 => t.clone().prop_map(Op::Crash),
    ]
}

/// The ids of every dossier the world has seen, in order of appearance.
fn known_ids(w: &World, seen: &mut Vec<String>) {
    let mut add = |id: &str| {
        if !id.is_empty() && !seen.iter().any(|s| s == id) {
            seen.push(id.to_string());
        }
    };
    for t in &w.tabs {
        for s in t.session.list() {
            add(&s.id);
        }
        for d in t.held() {
            add(&d.id);
        }
    }
}

/// The texts of the work that tab `tab` shows as not saved: its stash, its side of a conflict,
/// and its open dossier while its saving fails or conflicts.
fn exposed_unsaved(tab: &Tab) -> Vec<String> {
    let open_failing =
        !matches!(tab.session.status(), SaveStatus::Saved { .. } | SaveStatus::Dirty | SaveStatus::Saving)
            || tab.current.as_ref().is_some_and(|d| tab.session.conflict().is_some_and(|c| c.id == d.id));
    let mut exposed: Vec<String> = tab.session.unsaved().iter().map(|d| d.exploration.problem.clone()).collect();
    exposed.extend(tab.session.conflict().map(|c| c.mine.exploration.problem.clone()));
    if open_failing {
        exposed.extend(tab.current.iter().map(|d| d.exploration.problem.clone()));
    }
    exposed
}

/// Runs the ops; after each one every token typed and not discarded by a user's choice
/// must be reachable.
fn run(ops: &[Op], tabs: usize) -> Result<(), TestCaseError> {
    let mut w = World::new(tabs);
    let mut next_token = 0usize;
    let mut required: BTreeSet<String> = BTreeSet::new();
    let mut ids: Vec<String> = Vec::new();
    let mut files: Vec<String> = Vec::new();
    // Per token: the tab it was typed in and when.
    let mut typed_at: std::collections::BTreeMap<String, (usize, u64)> = Default::default();
    // Words whose stored copy a user deleted or replaced on purpose, kept required only because
    // a tab still held them unsaved: a crash of that tab may lose them (it never learned of the
    // deletion, and its copy is the one the user's choice left).
    let mut left_by_choice: BTreeSet<String> = BTreeSet::new();
    let mut warned_unsaved: std::collections::BTreeMap<usize, BTreeSet<String>> = Default::default();
    w.tabs[0].create("Start");
    for (step, op) in ops.iter().enumerate() {
        known_ids(&w, &mut ids);
        let pick = |i: usize| ids.get(i % ids.len().max(1)).cloned().unwrap_or_default();
        match op.clone() {
            Op::Edit(t) => {
                let token = format!("~tok{next_token};");
                next_token += 1;
                if w.tabs[t].edit(&token) {
                    typed_at.insert(token.clone(), (t, w.now()));
                    required.insert(token);
                    // The dossiers here are small and saving takes no time: the quick quiet time.
                    if w.tabs[t].timer {
                        prop_assert_eq!(w.tabs[t].last_delay, Some(QUICK_DEBOUNCE_MS));
                    }
                }
            }
            Op::Fire(t) => {
                w.tabs[t].fire();
            }
            Op::Flush(t) => {
                w.tabs[t].flush();
            }
            Op::Wait(ms) => w.advance(ms),
            Op::Deliver(t) => w.tabs[t].deliver(),
            Op::DropEvents(t) => w.tabs[t].drop_events(),
            Op::Open(t, d) => {
                let id = pick(d);
                w.tabs[t].open(&id);
            }
            Op::Create(t) => {
                w.tabs[t].create("Nieuw");
            }
            Op::Delete(t, d) => {
                // The user deletes what this tab shows of the dossier: those words are
                // discarded by choice, unless another tab still holds them unsaved.
                let id = pick(d);
                let mut seen_here: Vec<String> =
                    w.tabs[t].held().iter().filter(|x| x.id == id).map(|x| x.exploration.problem.clone()).collect();
                seen_here.extend(w.stored(&id));
                if w.tabs[t].call(|s, cur| s.delete(cur, &id)).is_ok() {
                    required
                        .retain(|tok| !seen_here.iter().any(|x| x.contains(tok.as_str())) || w.held_elsewhere(tok, t));
                    left_by_choice.extend(
                        required.iter().filter(|tok| seen_here.iter().any(|x| x.contains(tok.as_str()))).cloned(),
                    );
                }
            }
            Op::Undo(t) => {
                let _ = w.tabs[t].call(|s, _| s.undo_delete());
            }
            Op::Duplicate(t, d) => {
                let id = pick(d);
                let _ = w.tabs[t].call(|s, cur| s.duplicate(cur, &id, "(kopie)"));
            }
            Op::Rename(t, d) => {
                let id = pick(d);
                if w.tabs[t].current.as_ref().is_some_and(|c| c.id == id) {
                    // The shell renames the open dossier as an edit.
                    w.tabs[t].edit("");
                } else {
                    let _ = w.tabs[t].call(|s, _| s.rename_closed(&id, "Andere naam"));
                }
            }
            Op::KeepMine(t) => {
                w.tabs[t].call(|s, cur| s.resolve_keep_mine(cur, "(mijn versie)"));
            }
            Op::LoadTheirs(t) => {
                // The user discards this tab's version of the conflicted dossier.
                if let Some(c) = w.tabs[t].session.conflict().cloned() {
                    let mut mine = vec![c.mine.exploration.problem.clone()];
                    mine.extend(
                        w.tabs[t].current.iter().filter(|d| d.id == c.id).map(|d| d.exploration.problem.clone()),
                    );
                    mine.extend(
                        w.tabs[t]
                            .session
                            .unsaved()
                            .iter()
                            .filter(|d| d.id == c.id)
                            .map(|d| d.exploration.problem.clone()),
                    );
                    w.tabs[t].call(|s, cur| s.resolve_load_theirs(cur));
                    let after = &w;
                    required.retain(|tok| {
                        !mine.iter().any(|x| x.contains(tok.as_str())) || after.held_elsewhere(tok, usize::MAX)
                    });
                }
            }
            Op::Retry(t) => w.tabs[t].call(|s, cur| s.retry(cur)),
            Op::Export(t, d) => {
                let id = pick(d);
                if let Ok(export) = w.tabs[t].call(|s, cur| s.export_one(cur, &id)) {
                    w.tabs[t].call(|s, _| s.exported(&export));
                    files.push(export.text);
                }
            }
            Op::Import(t, f, replace) => {
                let Some(file) = files.get(f % files.len().max(1)).cloned() else { continue };
                let Ok(plan) = w.tabs[t].session.parse_import(file.as_bytes()) else { continue };
                let choice = if replace { ImportChoice::Replace } else { ImportChoice::KeepBoth };
                // Replacing is the user's choice to drop the stored version (the import
                // saves this tab's open work first): its words that no tab holds unsaved
                // may go.
                w.tabs[t].flush();
                let replaced: Vec<String> = plan.items.iter().filter_map(|i| w.stored(&i.dossier.id)).collect();
                if w.tabs[t].call(|s, cur| s.apply_import(cur, &plan, &[choice], "(import)")).is_ok() && replace {
                    let here = &w;
                    required.retain(|tok| {
                        !replaced.iter().any(|x| x.contains(tok.as_str()))
                            || here.tabs.iter().any(|tb| {
                                tb.unsaved_work().iter().any(|d| d.exploration.problem.contains(tok.as_str()))
                            })
                    });
                    left_by_choice.extend(
                        required.iter().filter(|tok| replaced.iter().any(|x| x.contains(tok.as_str()))).cloned(),
                    );
                }
            }
            Op::Quota(q) => w.set_quota(q),
            Op::Broken(b) => w.set_broken(b),
            Op::Crash(t) => {
                // Work the tab knew it could not save (a failed save, a conflict, the stash,
                // storage in memory only), now or at an earlier step (warned_unsaved), is lost
                // with the tab, as it is when the user closes it after the warning; everything
                // else must be stored, except what was typed in the last quiet time before the
                // crash.
                let exposed = exposed_unsaved(&w.tabs[t]);
                let crash_at = w.now();
                w.crash(t);
                let here = &w;
                let lost: Vec<String> = required.iter().filter(|tok| !here.reachable(tok)).cloned().collect();
                for tok in &lost {
                    let recent =
                        typed_at.get(tok).is_some_and(|(tt, at)| *tt == t && crash_at - at < QUICK_DEBOUNCE_MS);
                    let known_unsaved = exposed.iter().any(|x| x.contains(tok.as_str()))
                        || warned_unsaved.get(&t).is_some_and(|w| w.contains(tok));
                    prop_assert!(
                        recent || known_unsaved || left_by_choice.contains(tok),
                        "step {step}: the crash of tab {t} lost {tok}, typed at {:?}, crash at {crash_at}",
                        typed_at.get(tok)
                    );
                }
                required.retain(|tok| !lost.contains(tok));
            }
        }
        // What each tab has shown as not saved (a failed save stays a warning the user saw,
        // even when a later switch of dossiers shows the work as merely unsaved again).
        for (i, tab) in w.tabs.iter().enumerate() {
            let exposed = exposed_unsaved(tab);
            let seen = warned_unsaved.entry(i).or_default();
            seen.extend(required.iter().filter(|tok| exposed.iter().any(|x| x.contains(tok.as_str()))).cloned());
        }
        if let Op::Crash(t) = op {
            // The tab that crashed starts afresh: its warnings went with it.
            warned_unsaved.remove(t);
        }
        if std::env::var("SESSION_DEBUG").is_ok() {
            eprintln!("step {step} {op:?} ids={ids:?}");
            for (i, t) in w.tabs.iter().enumerate() {
                eprintln!(
                    "  tab{i} cur={:?} dirty={} status={:?} conflict={:?} unsaved={:?}",
                    t.current.as_ref().map(|d| (&d.id, &d.exploration.problem)),
                    t.session.is_dirty(),
                    t.session.status(),
                    t.session.conflict().map(|c| (&c.id, &c.mine.exploration.problem)),
                    t.session.unsaved().iter().map(|d| &d.id).collect::<Vec<_>>()
                );
            }
            eprintln!("  stored={:?}", w.shared.borrow().kv.snapshot().keys().collect::<Vec<_>>());
        }
        for tok in &required {
            prop_assert!(w.reachable(tok), "step {step} ({op:?}): {tok} is lost");
        }
    }
    // Storage works again, every tab hears the others and saves: what is still only in
    // memory is with a conflict or in the stash, never silently gone.
    w.set_quota(None);
    w.set_broken(false);
    for t in 0..tabs {
        w.tabs[t].deliver();
        w.tabs[t].call(|s, cur| s.retry(cur));
    }
    for tok in &required {
        prop_assert!(w.reachable(tok), "after recovery: {tok} is lost");
    }
    // A tab without a conflict or stash has everything stored.
    for (i, t) in w.tabs.iter().enumerate() {
        if t.session.conflict().is_none() && t.session.unsaved().is_empty() && !t.session.read_only() {
            prop_assert!(!t.session.is_dirty(), "tab {i} still dirty after a working retry");
        }
    }
    Ok(())
}

proptest! {
    // SESSION_CASES=20000 for a longer hunt.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("SESSION_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(400),
        ..ProptestConfig::default()
    })]

    #[test]
    fn nothing_typed_is_lost_in_any_interleaving_of_two_tabs(ops in prop::collection::vec(op(2), 1..60)) {
        run(&ops, 2)?;
    }

    #[test]
    fn nothing_typed_is_lost_in_any_interleaving_of_three_tabs(ops in prop::collection::vec(op(3), 1..40)) {
        run(&ops, 3)?;
    }
}

#[test]
fn the_quick_start_lists_from_summaries_and_the_check_reads_the_rest_and_quarantines() {
    let shared = Rc::new(RefCell::new(Shared { queues: vec![VecDeque::new()], ..Shared::default() }));
    let mut kv = SharedKv { shared, tab: 0 };
    // Written by this version (with a list summary), by a version from before summaries,
    // and text that is not a dossier at all.
    let mut with = Dossier { id: "dwith".into(), name: "Met samenvatting".into(), ..Dossier::default() };
    with.exploration.title = "Taal".into();
    kv.set(&dossier_key("dwith"), &write_envelope(&with, &Stamp::new(4, "t", "w")).unwrap()).unwrap();
    let old = Dossier { id: "dold".into(), name: "Van vroeger".into(), ..Dossier::default() };
    let mut old_text: serde_json::Value =
        serde_json::from_str(&write_envelope(&old, &Stamp::new(2, "t", "w")).unwrap()).unwrap();
    old_text.as_object_mut().unwrap().remove("summary");
    let old_text = old_text.to_string();
    kv.set(&dossier_key("dold"), &old_text).unwrap();
    kv.set(&dossier_key("dbad"), "{\"format\":\"inkoopwijzer-dossier\",").unwrap();
    let before = kv.shared.borrow().kv.snapshot();

    let env = FakeEnv { ms: Rc::default(), ids: Rc::default(), tab: 0 };
    let mut session = Session::start_quick(Store::new(kv.clone(), "t"), StorageMode::Local, false, env, || kv.clone());
    let names: Vec<_> = session.list().iter().map(|s| (s.id.clone(), s.name.clone(), s.revision)).collect();
    assert_eq!(names, vec![("dwith".to_string(), "Met samenvatting".to_string(), 4)]);
    assert_eq!(session.unread(), 2, "the old and the damaged text wait for the full reading");
    assert!(session.problems().is_empty() && !session.checked());
    assert_eq!(kv.shared.borrow().kv.snapshot(), before, "the quick start writes nothing");

    session.check_stored();
    let mut ids: Vec<_> = session.list().iter().map(|s| s.id.clone()).collect();
    ids.sort();
    assert_eq!(ids, vec!["dold".to_string(), "dwith".to_string()]);
    assert_eq!(session.unread(), 0);
    assert_eq!(session.problems().len(), 1, "the damaged text is quarantined");
    assert!(session.problems()[0].quarantined);
    let changes = session.take_changes();
    assert!(changes.list && changes.problems);
    assert_eq!(kv.get(&dossier_key("dold")).unwrap().as_deref(), Some(old_text.as_str()), "read, not rewritten");
    // Once is enough: a second check changes nothing.
    session.check_stored();
    assert!(session.take_changes().is_empty());
}
