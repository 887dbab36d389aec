//! Per-bid reactive slices, shared by every part of the page that shows one bid.
//!
//! Why: in Leptos 0.8 a signal or memo keeps its subscribers in an ordered set, and a
//! subscriber that re-runs removes itself from every source it read in time linear in that
//! source's number of subscribers. With 100 bids x 12 criteria x 5 evaluators the page has
//! ~8,000 inputs; had each of them read the set-up, the evaluation, the language or the
//! messages directly, every keystroke (or a language switch) would cost time quadratic in
//! that number — seconds. So the page fans out in two levels: the page-wide memos have a few
//! hundred subscribers at most (one [`BidRow`] per bid among them), and the cells of a bid
//! read only that bid's [`BidRow`]. A keystroke then re-runs the ~100 row slices (cheap, and
//! equal results stop there) and the cells of the one bid that changed.
//!
//! Invariant: a [`BidRow`] is created once per bid id under the page's owner (so the bids
//! table and the consensus tables share it, and it lives as long as the page); for an id
//! that is no longer in the set-up it yields defaults.

use super::BidsCtx;
use crate::domain::scoring::model::{Bid, CriterionKind};
use crate::domain::scoring::{Admission, ScoreSummary};
use crate::i18n::scoring::admission_text;
use crate::i18n::Lang;
use crate::state::LangCtx;
use leptos::prelude::*;
use std::collections::HashMap;

/// Messages at inputs: element id → (text, blocking).
pub type Msgs = HashMap<String, (String, bool)>;

/// What the evaluation says about one bid.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BidEval {
    /// The admission in words and a class (`ok`, `bad`, `warn`).
    pub status: Option<(String, &'static str)>,
    /// One summary per quality criterion, in criteria order.
    pub summaries: Vec<ScoreSummary>,
}

/// The reactive slices of one bid.
#[derive(Clone, Copy)]
pub struct BidRow {
    /// The bid as stored (default when it no longer exists).
    pub bid: Memo<Bid>,
    /// Its position in the list of bids (0-based).
    pub pos: Memo<usize>,
    /// Its display name.
    pub name: Memo<String>,
    /// The language (a per-row copy of the page's).
    pub lang: Memo<Lang>,
    /// Whether the dossier is read-only (a per-row copy).
    pub locked: Memo<bool>,
    /// The names of criteria, evaluators and knock-outs (a per-row copy).
    pub cols: Memo<super::ColNames>,
    /// Admission and score summaries.
    pub eval: Memo<BidEval>,
    /// The messages at this bid's inputs.
    pub msgs: Memo<Msgs>,
}

impl BidRow {
    fn new(ctx: BidsCtx, lang: LangCtx, id: String) -> BidRow {
        let bid = {
            let id = id.clone();
            Memo::new(move |_| ctx.award.with(|a| a.bids.iter().find(|b| b.id == id).cloned().unwrap_or_default()))
        };
        let pos = {
            let id = id.clone();
            Memo::new(move |_| ctx.bid_ids.with(|v| v.iter().position(|x| *x == id).unwrap_or(0)))
        };
        let name = {
            let id = id.clone();
            Memo::new(move |_| ctx.bid_names.with(|n| n.get(&id).cloned().unwrap_or_default()))
        };
        let lang = Memo::new(move |_| lang.get());
        let locked = Memo::new(move |_| ctx.ds.read_only.get());
        let cols = Memo::new(move |_| ctx.col_names.get());
        let eval = {
            let id = id.clone();
            Memo::new(move |_| {
                let l = lang.get();
                ctx.award.with(|a| {
                    let Some(p) = a.bids.iter().position(|b| b.id == id) else { return BidEval::default() };
                    let nq = a.criteria.iter().filter(|c| c.kind == CriterionKind::Quality).count();
                    ctx.eval.with(|e| {
                        let status = e.admission.get(p).map(|adm| {
                            let class = match adm {
                                Admission::Admitted => "ok",
                                Admission::Excluded { .. } => "bad",
                                Admission::Undecided => "warn",
                            };
                            (admission_text(adm, a, l), class)
                        });
                        // Summaries are stored bid-major, one per quality criterion.
                        let direct = e.scores.get(p * nq..(p + 1) * nq).filter(|s| s.iter().all(|x| x.bid == p));
                        let summaries = match direct {
                            Some(s) => s.to_vec(),
                            None => e.scores.iter().filter(|s| s.bid == p).cloned().collect(),
                        };
                        BidEval { status, summaries }
                    })
                })
            })
        };
        let msgs = Memo::new(move |_| ctx.cell_msgs.with(|m| m.get(&Some(id.clone())).cloned().unwrap_or_default()));
        BidRow { bid, pos, name, lang, locked, cols, eval, msgs }
    }
}

/// The rows created so far, by bid id, and the owner they belong to.
pub struct RowStore {
    owner: Option<Owner>,
    rows: HashMap<String, BidRow>,
}

impl RowStore {
    /// A store whose rows belong to the current (page) owner.
    pub fn new() -> RowStore {
        RowStore { owner: Owner::current(), rows: HashMap::new() }
    }
}

impl BidsCtx {
    /// The slices of the bid with this id (created on first use, then shared).
    pub fn row(self, id: &str) -> BidRow {
        if let Some(r) = self.rows.with_value(|s| s.rows.get(id).copied()) {
            return r;
        }
        let make = || BidRow::new(self, self.lang, id.to_string());
        let row = match self.rows.with_value(|s| s.owner.clone()) {
            Some(owner) => owner.with(make),
            None => make(),
        };
        self.rows.update_value(|s| {
            s.rows.insert(id.to_string(), row);
        });
        row
    }
}
