//! Per-bid state of the tables, updated only for the bids that changed.
//!
//! # Why not one memo per cell, derived from the set-up?
//! In Leptos 0.8 writing a signal marks *every* reactive node downstream of it (memos are
//! re-checked lazily, but each one is visited and each effect under it is scheduled and
//! polled). With 100 bids × 12 criteria × 5 evaluators the tables hold ~8,000 inputs with a
//! handful of reactive nodes each; had they derived from `BidsCtx::award`, every keystroke
//! would visit ~50,000 nodes: measured 230 ms per keystroke in the release build (1.1 s at
//! 4x CPU throttling), although `evaluate` itself takes 1.5 ms.
//!
//! # The design
//! - The page's memos (`award`, `eval`, messages, names) stay derived, as everywhere else.
//! - Each bid has a [`BidRow`]: a signal holding a [`RowData`] slice (the bid, its position,
//!   its admission, its score summaries, the messages at its inputs) and memos over it; the
//!   cells of that bid read only these. [`Structure`] (ids of columns, names) is one such
//!   signal for the whole table.
//! - They are written in one place, [`BidsCtx::edit`], the event-handler path through which
//!   every edit on this page goes: it applies the edit, then recomputes the slices from the
//!   new set-up and evaluation and writes only those that differ. A keystroke in one bid
//!   thus touches that bid's cells and nothing else. (No effect writes these signals.)
//! - A change that does not come through [`BidsCtx::edit`] (the dossier replaced by another
//!   tab's version, a conflict resolved) is noticed by the pure comparison in
//!   `BidsCtx::outside`: the tables are then rebuilt with fresh slices (a new *generation*).
//!
//! Invariant: after every [`BidsCtx::edit`], and in every newly built generation, each
//! slice equals what it would be if derived from `award` and `eval` directly.
//!
//! # Why the messages are kept in both languages
//! A bid's admission and the messages at its inputs are the i18n message functions
//! (`admission_text`, `problem_message`) run for both languages when the slice is computed
//! ([`Both`]), not called where they are shown: they need the whole set-up (names of
//! knock-outs, criteria, evaluators), and reading `award` in a cell is exactly the fan-out
//! measured above. Kept in both languages, a language switch re-renders the texts without
//! recomputing a slice.

use super::BidsCtx;
use crate::domain::scoring::model::{AwardSetup, Bid, CriterionKind, KnockoutRule};
use crate::domain::scoring::{Admission, Evaluation, Named, ScoreSummary};
use crate::i18n::scoring::admission_text;
use crate::i18n::{Both, Lang};
use leptos::prelude::*;
use std::collections::HashMap;

/// A message at an input: its text and whether the problem blocks the outcome.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Msg {
    pub text: Both,
    pub blocking: bool,
}

/// Messages at inputs, by element id.
pub type Msgs = HashMap<String, Msg>;

/// Names of criteria, evaluators and knock-outs by id (the domain's `#n` when empty).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ColNames {
    pub criteria: HashMap<String, String>,
    pub evaluators: HashMap<String, String>,
    pub knockouts: HashMap<String, String>,
}

impl ColNames {
    pub fn of(a: &AwardSetup) -> ColNames {
        ColNames {
            criteria: a
                .criteria
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id.clone(), Named::new(&c.id, &c.name, i).name))
                .collect(),
            evaluators: a
                .evaluators
                .iter()
                .enumerate()
                .map(|(i, e)| (e.id.clone(), Named::new(&e.id, &e.name, i).name))
                .collect(),
            knockouts: a
                .knockouts
                .iter()
                .enumerate()
                .map(|(i, k)| (k.id.clone(), Named::new(&k.id, &k.description, i).name))
                .collect(),
        }
    }

    fn get(map: &HashMap<String, String>, id: &str) -> String {
        map.get(id).cloned().unwrap_or_default()
    }
    pub fn criterion(&self, id: &str) -> String {
        Self::get(&self.criteria, id)
    }
    pub fn evaluator(&self, id: &str) -> String {
        Self::get(&self.evaluators, id)
    }
    pub fn knockout(&self, id: &str) -> String {
        Self::get(&self.knockouts, id)
    }
}

/// The columns and rows of the tables.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Structure {
    pub bid_ids: Vec<String>,
    /// Quality criteria ids, in criteria order.
    pub quality: Vec<String>,
    pub evaluators: Vec<String>,
    /// Ids of knock-outs judged by hand.
    pub manual: Vec<String>,
    /// (criterion, evaluator) of every score column, criterion-major.
    pub score_cols: Vec<(String, String)>,
    /// Criterion id → index in `AwardSetup::criteria`.
    pub crit_index: HashMap<String, usize>,
    pub names: ColNames,
}

impl Structure {
    pub fn of(a: &AwardSetup) -> Structure {
        let quality: Vec<String> =
            a.criteria.iter().filter(|c| c.kind == CriterionKind::Quality).map(|c| c.id.clone()).collect();
        let evaluators: Vec<String> = a.evaluators.iter().map(|e| e.id.clone()).collect();
        let score_cols = quality.iter().flat_map(|c| evaluators.iter().map(move |e| (c.clone(), e.clone()))).collect();
        Structure {
            bid_ids: a.bids.iter().map(|b| b.id.clone()).collect(),
            quality,
            evaluators,
            manual: a.knockouts.iter().filter(|k| k.rule == KnockoutRule::Manual).map(|k| k.id.clone()).collect(),
            score_cols,
            crit_index: a.criteria.iter().enumerate().map(|(i, c)| (c.id.clone(), i)).collect(),
            names: ColNames::of(a),
        }
    }
}

/// The admission of a bid in words, and a class (`ok`, `bad`, `warn`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Status {
    pub text: Both,
    pub class: &'static str,
}

/// Everything the tables show about one bid.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RowData {
    /// Position in the list of bids (0-based).
    pub pos: usize,
    pub bid: Bid,
    /// The display name (the domain's `#n` when empty).
    pub name: String,
    pub status: Option<Status>,
    /// One summary per quality criterion, in criteria order.
    pub summaries: Vec<ScoreSummary>,
    /// Messages at this bid's inputs.
    pub msgs: Msgs,
}

/// Messages at inputs by the bid they belong to (`None`: the set-up).
pub type MsgsByBid = HashMap<Option<String>, Msgs>;

/// The slice of one bid (defaults when the id is gone).
pub fn row_data(a: &AwardSetup, e: &Evaluation, msgs: &MsgsByBid, id: &str) -> RowData {
    let Some(pos) = a.bids.iter().position(|b| b.id == id) else { return RowData::default() };
    let bid = &a.bids[pos];
    let status = e.admission.get(pos).map(|adm| Status {
        text: Both::of(|lang| admission_text(adm, a, lang)),
        class: match adm {
            Admission::Admitted => "ok",
            Admission::Excluded { .. } => "bad",
            Admission::Undecided => "warn",
        },
    });
    // Summaries are stored bid-major, one per quality criterion; checked, else searched.
    let nq = a.criteria.iter().filter(|c| c.kind == CriterionKind::Quality).count();
    let summaries = match e.scores.get(pos * nq..(pos + 1) * nq) {
        Some(s) if s.iter().all(|x| x.bid == pos) => s.to_vec(),
        _ => e.scores.iter().filter(|s| s.bid == pos).cloned().collect(),
    };
    RowData {
        pos,
        bid: bid.clone(),
        name: Named::new(&bid.id, &bid.bidder, pos).name,
        status,
        summaries,
        msgs: msgs.get(&Some(id.to_string())).cloned().unwrap_or_default(),
    }
}

/// The reactive slices of one bid.
#[derive(Clone, Copy)]
pub struct BidRow {
    data: RwSignal<RowData>,
    pub bid: Memo<Bid>,
    pub pos: Memo<usize>,
    pub name: Memo<String>,
    pub status: Memo<Option<Status>>,
    pub summaries: Memo<Vec<ScoreSummary>>,
    pub msgs: Memo<Msgs>,
    /// The language (a per-row copy of the page's, so a switch fans out through 100 rows).
    pub lang: Memo<Lang>,
    /// Whether the dossier is read-only (a per-row copy).
    pub locked: Memo<bool>,
    /// Names of criteria, evaluators and knock-outs (a per-row copy).
    pub cols: Memo<ColNames>,
}

impl BidRow {
    fn new(ctx: BidsCtx, structure: RwSignal<Structure>, initial: RowData) -> BidRow {
        let data = RwSignal::new(initial);
        let lang = ctx.lang;
        BidRow {
            data,
            bid: Memo::new(move |_| data.with(|d| d.bid.clone())),
            pos: Memo::new(move |_| data.with(|d| d.pos)),
            name: Memo::new(move |_| data.with(|d| d.name.clone())),
            status: Memo::new(move |_| data.with(|d| d.status.clone())),
            summaries: Memo::new(move |_| data.with(|d| d.summaries.clone())),
            msgs: Memo::new(move |_| data.with(|d| d.msgs.clone())),
            lang: Memo::new(move |_| lang.get()),
            locked: Memo::new(move |_| ctx.ds.read_only.get()),
            cols: Memo::new(move |_| structure.with(|s| s.names.clone())),
        }
    }
}

/// The slices of the current generation.
pub struct GenStore {
    gen: u64,
    owner: Option<Owner>,
    structure: Option<RwSignal<Structure>>,
    rows: HashMap<String, BidRow>,
}

impl GenStore {
    /// A store whose signals belong to the current (page) owner.
    pub fn new() -> GenStore {
        GenStore { gen: 0, owner: Owner::current(), structure: None, rows: HashMap::new() }
    }
}

impl BidsCtx {
    /// The generation of the tables; read it (tracked) in the closure that builds a table,
    /// so that a change from outside this page rebuilds it with fresh slices.
    pub fn generation(self) -> u64 {
        self.outside.get()
    }

    /// Starts a new generation when the set-up changed from outside since the last one.
    fn current_store(self) {
        let gen = self.outside.get_untracked();
        if self.store.with_value(|s| s.gen != gen) {
            self.store.update_value(|s| {
                s.gen = gen;
                s.structure = None;
                s.rows.clear();
            });
            self.synced.set_value(Some(self.award.get_untracked()));
        }
    }

    fn in_owner<T>(self, f: impl FnOnce() -> T) -> T {
        match self.store.with_value(|s| s.owner.clone()) {
            Some(owner) => owner.with(f),
            None => f(),
        }
    }

    /// The columns of the tables (one signal per generation).
    pub fn structure(self) -> RwSignal<Structure> {
        self.current_store();
        if let Some(s) = self.store.with_value(|s| s.structure) {
            return s;
        }
        let initial = self.award.with_untracked(Structure::of);
        let s = self.in_owner(|| RwSignal::new(initial));
        self.store.update_value(|st| st.structure = Some(s));
        s
    }

    /// The slices of the bid with this id (created on first use, then shared by the bids
    /// table and the consensus tables).
    pub fn row(self, id: &str) -> BidRow {
        let structure = self.structure();
        if let Some(r) = self.store.with_value(|s| s.rows.get(id).copied()) {
            return r;
        }
        let initial = self
            .award
            .with_untracked(|a| self.eval.with_untracked(|e| self.bid_msgs.with_untracked(|m| row_data(a, e, m, id))));
        let row = self.in_owner(|| BidRow::new(self, structure, initial));
        self.store.update_value(|s| {
            s.rows.insert(id.to_string(), row);
        });
        row
    }

    /// Applies an edit to the award set-up, then brings the slices of the tables up to
    /// date, writing only those that changed (see the module documentation).
    pub fn edit(self, f: impl FnOnce(&mut crate::domain::scoring::model::AwardSetup)) {
        self.ds.update(|d| f(&mut d.award));
        let (structure, rows) = self
            .store
            .with_value(|s| (s.structure, s.rows.iter().map(|(k, v)| (k.clone(), v.data)).collect::<Vec<_>>()));
        self.award.with_untracked(|a| {
            self.synced.set_value(Some(a.clone()));
            if let Some(st) = structure {
                let new = Structure::of(a);
                if st.with_untracked(|s| *s != new) {
                    st.set(new);
                }
            }
            self.eval.with_untracked(|e| {
                self.bid_msgs.with_untracked(|m| {
                    for (id, data) in rows {
                        let new = row_data(a, e, m, &id);
                        if data.with_untracked(|d| *d != new) {
                            data.set(new);
                        }
                    }
                })
            })
        });
    }
}
