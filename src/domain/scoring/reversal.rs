//! The rank-reversal check: does removing one bid, or adding a plausible extra bid, flip
//! the order of two *other* bids under the chosen formula?
//!
//! Invariants:
//! - With a relative formula, the scores of the other bids depend on the set of bids only
//!   through its reference values (lowest price; lowest and highest price; the lowest cost
//!   per result). A change that leaves those equal leaves every other score equal, so it
//!   cannot flip anything: such changes are skipped without rescoring (this is exact, not
//!   a sample, and keeps the check near O(n²)).
//! - Absolute formulas (fixed bounds, quality-to-price) have no reference values, so they
//!   never report a flip; the property tests check this against full rescoring.
//! - The extra bids are hypothetical and never enter the ranking or the outcome.

use crate::domain::money::{Money, Percent, MONEY_ROUNDING};
use crate::domain::scoring::formula::{FormulaKind, Frac};
use crate::domain::scoring::model::AwardSetup;
use crate::domain::scoring::prepare::{BidInfo, Ctx};
use crate::domain::scoring::table::{ok, quality_score, Calc, Candidate, Family, Refs, Scored, Scorer};
use rust_decimal::Decimal;

/// The kind of extra bid tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HypotheticalKind {
    /// Half the lowest price (with cost per result: half the lowest cost per result, at the
    /// lowest offered rate), the lowest quality on every criterion (0 points).
    CheapLowQuality,
    /// Twice the highest price, the highest quality on every criterion.
    ExpensiveHighQuality,
}

/// An extra bid that does not exist, tried to see whether it would flip other bids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HypotheticalBid {
    /// Cheap or expensive.
    pub kind: HypotheticalKind,
    /// Its price per trajectory.
    pub price: Money,
    /// Its placement rate (lowest offered for the cheap one, highest for the expensive one).
    pub placement_rate: Option<Percent>,
    /// Its points on every quality criterion.
    pub points: Decimal,
}

/// What changed in the set of bids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BidChange {
    /// The bid at this index of `AwardSetup::bids` is left out.
    Removed {
        /// Index in `AwardSetup::bids`.
        entry: usize,
    },
    /// A hypothetical bid is added.
    Added(HypotheticalBid),
}

/// Which reference value of a relative formula moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReferenceKind {
    /// `P_min` (relative to the lowest price; linear between lowest and highest).
    LowestPrice,
    /// `P_max` (linear between lowest and highest).
    HighestPrice,
    /// `C_min` (cost per result).
    LowestCostPerResult,
}

/// A reference value before and after the change (cost per result rounded to cents).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReferenceChange {
    /// Which reference value.
    pub kind: ReferenceKind,
    /// Its value before the change.
    pub from: Money,
    /// Its value after the change.
    pub to: Money,
}

/// Two bids whose order flips. "Before" is the situation as entered (all admitted bids);
/// "after" is with the change applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flip {
    /// Index in `AwardSetup::bids` of the bid ranked higher before the change.
    pub was_ahead: usize,
    /// Index of the bid ranked lower before and higher after.
    pub was_behind: usize,
    /// Totals of (`was_ahead`, `was_behind`) before the change.
    pub totals_before: (Decimal, Decimal),
    /// Totals of (`was_ahead`, `was_behind`) after the change.
    pub totals_after: (Decimal, Decimal),
}

/// One change that flips at least one pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RankReversal {
    /// The bid left out or added.
    pub change: BidChange,
    /// Why: the reference values that moved.
    pub references: Vec<ReferenceChange>,
    /// Every pair of other bids whose order flips, in the order of the ranking before.
    pub flips: Vec<Flip>,
    /// The best of the other bids before and after the change (indices in
    /// `AwardSetup::bids`); they differ when the change decides who wins.
    pub best_other_before: usize,
    /// See `best_other_before`.
    pub best_other_after: usize,
    /// For an added bid: whether it would itself rank first.
    pub hypothetical_wins: bool,
}

/// The result of the check for the chosen formula.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReversalReport {
    /// The chosen formula.
    pub formula: FormulaKind,
    /// Absolute formulas cannot flip (and the check confirms it).
    pub absolute: bool,
    /// The extra bids that were tried.
    pub hypotheticals: Vec<HypotheticalBid>,
    /// Changes that flip at least one pair.
    pub reversals: Vec<RankReversal>,
    /// Total number of flipped pairs over all changes.
    pub flip_count: usize,
}

fn cents(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, MONEY_ROUNDING)
}

fn reference_changes(before: Refs, after: Refs) -> Calc<Vec<ReferenceChange>> {
    let mut out = Vec::new();
    let cpr = |p: Decimal, r: Decimal| -> Calc<Money> {
        Ok(Money(cents(ok(ok(p.checked_mul(Decimal::ONE_HUNDRED))?.checked_div(r))?)))
    };
    match (before, after) {
        (Refs::Lowest(a), Refs::Lowest(b)) if a != b => {
            out.push(ReferenceChange { kind: ReferenceKind::LowestPrice, from: Money(a), to: Money(b) })
        }
        (Refs::LowHigh(l1, h1), Refs::LowHigh(l2, h2)) => {
            if l1 != l2 {
                out.push(ReferenceChange { kind: ReferenceKind::LowestPrice, from: Money(l1), to: Money(l2) });
            }
            if h1 != h2 {
                out.push(ReferenceChange { kind: ReferenceKind::HighestPrice, from: Money(h1), to: Money(h2) });
            }
        }
        (Refs::BestCpr { price: p1, rate: r1 }, Refs::BestCpr { price: p2, rate: r2 }) => {
            out.push(ReferenceChange { kind: ReferenceKind::LowestCostPerResult, from: cpr(p1, r1)?, to: cpr(p2, r2)? })
        }
        _ => {}
    }
    Ok(out)
}

/// Compares the full ranking with a ranking after a change. `new_pos[p]` is the position
/// after the change of candidate `p` (`usize::MAX`: not present); `new_total[p]` its total.
fn flips(full: &[Scored], new_pos: &[usize], new_total: &[Decimal], skip: Option<usize>) -> Vec<Flip> {
    let mut out = Vec::new();
    let others: Vec<&Scored> = full.iter().filter(|s| Some(s.pos) != skip).collect();
    for (i, a) in others.iter().enumerate() {
        for b in &others[i + 1..] {
            if new_pos[b.pos] < new_pos[a.pos] {
                out.push(Flip {
                    was_ahead: a.entry,
                    was_behind: b.entry,
                    totals_before: (a.total, b.total),
                    totals_after: (new_total[a.pos], new_total[b.pos]),
                });
            }
        }
    }
    out
}

/// Runs the check. `candidates`/`entries` are the admitted bids, `full` their ranking
/// under `refs`.
pub(crate) fn check(
    setup: &AwardSetup,
    ctx: &Ctx,
    scorer: &Scorer<'_>,
    candidates: &[Candidate<'_>],
    entries: &[usize],
    full: &[Scored],
    refs: Refs,
) -> Calc<ReversalReport> {
    let n = candidates.len();
    let mut reversals = Vec::new();
    let mut new_pos = vec![usize::MAX; n + 1];
    let mut new_total = vec![Decimal::ZERO; n + 1];
    let best_other = |skip: Option<usize>| full.iter().find(|s| Some(s.pos) != skip).map(|s| s.entry);

    // Remove each bid in turn.
    if n > 2 {
        for x in 0..n {
            if !may_set_reference(scorer.kind, candidates[x].info, refs)? {
                continue;
            }
            let members = (0..n).filter(|&p| p != x).map(|p| candidates[p].info);
            let after = scorer.refs(members)?;
            if after.same(refs) {
                continue;
            }
            let map: Vec<usize> = (0..n).filter(|&p| p != x).collect();
            let sub: Vec<Candidate<'_>> = map.iter().map(|&p| candidates[p]).collect();
            let sub_entries: Vec<usize> = map.iter().map(|&p| entries[p]).collect();
            let ranked = scorer.rank_with(&sub, &sub_entries, after)?;
            new_pos.iter_mut().for_each(|v| *v = usize::MAX);
            for (rank, s) in ranked.iter().enumerate() {
                new_pos[map[s.pos]] = rank;
                new_total[map[s.pos]] = s.total;
            }
            let f = flips(full, &new_pos, &new_total, Some(x));
            if !f.is_empty() {
                let before = ok(best_other(Some(x)))?;
                let after_best = ranked.first().map(|s| entries[map[s.pos]]);
                reversals.push(RankReversal {
                    change: BidChange::Removed { entry: entries[x] },
                    references: reference_changes(refs, after)?,
                    flips: f,
                    best_other_before: before,
                    best_other_after: ok(after_best)?,
                    hypothetical_wins: false,
                });
            }
        }
    }

    // Add a plausible extra bid.
    let mut hypotheticals = Vec::new();
    if n >= 2 {
        let family = Family::of(scorer.kind);
        for kind in [HypotheticalKind::CheapLowQuality, HypotheticalKind::ExpensiveHighQuality] {
            let Some(info) = hypothetical(ctx, scorer, kind, refs)? else { continue };
            let quality = quality_score(setup, ctx, family, &info.points)?;
            let hyp = HypotheticalBid {
                kind,
                price: Money(info.price),
                placement_rate: info.rate.map(Percent),
                points: match kind {
                    HypotheticalKind::CheapLowQuality => Decimal::ZERO,
                    HypotheticalKind::ExpensiveHighQuality => ctx.max_points,
                },
            };
            hypotheticals.push(hyp.clone());
            let after = scorer.refs(candidates.iter().map(|c| c.info).chain(std::iter::once(&info)))?;
            if after.same(refs) {
                continue;
            }
            let mut all: Vec<Candidate<'_>> = candidates.to_vec();
            all.push(Candidate { info: &info, quality: &quality });
            let mut all_entries = entries.to_vec();
            all_entries.push(usize::MAX);
            let ranked = scorer.rank_with(&all, &all_entries, after)?;
            for (rank, s) in ranked.iter().enumerate() {
                new_pos[s.pos] = rank;
                new_total[s.pos] = s.total;
            }
            let f = flips(full, &new_pos, &new_total, None);
            if !f.is_empty() {
                let after_best = ranked.iter().find(|s| s.pos != n).map(|s| s.entry);
                reversals.push(RankReversal {
                    change: BidChange::Added(hyp),
                    references: reference_changes(refs, after)?,
                    flips: f,
                    best_other_before: ok(best_other(None))?,
                    best_other_after: ok(after_best)?,
                    hypothetical_wins: ranked.first().map(|s| s.pos) == Some(n),
                });
            }
        }
    }
    let flip_count = reversals.iter().map(|r| r.flips.len()).sum();
    Ok(ReversalReport {
        formula: scorer.kind,
        absolute: scorer.kind.is_absolute(),
        hypotheticals,
        reversals,
        flip_count,
    })
}

/// Whether leaving `b` out could change the references: only a bid that holds a reference
/// value (the lowest or highest price, the lowest cost per result) can. A cheap test that
/// saves rescoring the references for every other bid.
fn may_set_reference(kind: FormulaKind, b: &BidInfo, refs: Refs) -> Calc<bool> {
    Ok(match (kind, refs) {
        (_, Refs::Absolute) => false,
        (_, Refs::Lowest(l)) => b.price == l,
        (_, Refs::LowHigh(l, h)) => b.price == l || b.price == h,
        (_, Refs::BestCpr { price, rate }) => {
            let r = ok(b.rate)?;
            ok(b.price.checked_mul(rate))? == ok(price.checked_mul(r))?
        }
    })
}

/// Builds the extra bid of `kind`, or `None` when it cannot be made (no rates for cost per
/// result).
fn hypothetical(ctx: &Ctx, scorer: &Scorer<'_>, kind: HypotheticalKind, refs: Refs) -> Calc<Option<BidInfo>> {
    let lo = ctx.bids.iter().map(|b| b.price).min();
    let hi = ctx.bids.iter().map(|b| b.price).max();
    let r_min = ctx.bids.iter().filter_map(|b| b.rate).min();
    let r_max = ctx.bids.iter().filter_map(|b| b.rate).max();
    let (Some(lo), Some(hi)) = (lo, hi) else { return Ok(None) };
    let quality_points = match kind {
        HypotheticalKind::CheapLowQuality => Decimal::ZERO,
        HypotheticalKind::ExpensiveHighQuality => ctx.max_points,
    };
    let points: Vec<Frac> = ctx
        .bids
        .first()
        .map(|b| b.points.len())
        .map(|len| {
            (0..len)
                .map(|c| {
                    if ctx.quality.contains(&c) {
                        Frac { num: quality_points, den: Decimal::ONE }
                    } else {
                        Frac::ZERO
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let (price, rate) = match (kind, scorer.kind, refs) {
        (HypotheticalKind::CheapLowQuality, FormulaKind::CostPerResult, Refs::BestCpr { price, rate }) => {
            let Some(r) = r_min.filter(|r| !r.is_zero()) else { return Ok(None) };
            // cost per result half the lowest: P = (best_price / best_rate) · r / 2
            let p = ok(ok(price.checked_mul(r))?.checked_div(ok(rate.checked_mul(Decimal::TWO))?))?;
            (cents(p).max(Decimal::new(1, 2)), Some(r))
        }
        (HypotheticalKind::CheapLowQuality, _, _) => {
            (cents(ok(lo.checked_div(Decimal::TWO))?).max(Decimal::new(1, 2)), r_min)
        }
        (HypotheticalKind::ExpensiveHighQuality, _, _) => (ok(hi.checked_mul(Decimal::TWO))?, r_max),
    };
    Ok(Some(BidInfo { entry: usize::MAX, price, rate, points }))
}
