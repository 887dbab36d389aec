//! Scoring one formula over a set of bids, and ranking them (internal).
//!
//! Invariants: a contribution is rounded once ([`round_score`]); a total is the exact sum
//! of the rounded contributions; the ranking orders by merit (the total, or minus the
//! total when lower is better), then by the tie-break rule — higher quality total, lower
//! price, earlier entry — so it is a strict total order and the same inputs always give
//! the same ranking. All arithmetic is checked; failures surface as [`CalcError`].

use crate::domain::scoring::formula::{
    fixed_bounds, linear_lowest_highest, quality_score_frac, quality_value_frac, relative_cost_per_result,
    relative_to_lowest, round_score, FormulaKind, Frac,
};
use crate::domain::scoring::model::AwardSetup;
use crate::domain::scoring::prepare::{BidInfo, Ctx};
use rust_decimal::Decimal;
use std::cmp::Ordering;

/// A calculation left the range of exact decimals (or met data that validation should
/// have rejected). Reported as `Problem::Overflow`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CalcError;

pub(crate) type Calc<T> = Result<T, CalcError>;

pub(crate) fn ok<T>(v: Option<T>) -> Calc<T> {
    v.ok_or(CalcError)
}

/// The quality side of one bid under one formula family.
#[derive(Debug, Clone)]
pub(crate) struct QualityScore {
    /// Per criterion index, as shown in the table (price criterion: 0). Points: `W·p/max`;
    /// euros: minus the value `v·p` (it lowers the fictive price).
    pub contributions: Vec<Decimal>,
    /// Sum of `contributions`.
    pub shown_total: Decimal,
    /// The tie-break measure (higher is better): the quality points, or the euro value.
    pub quality_total: Decimal,
}

/// Which family of quality scoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    Points,
    Euros,
}

impl Family {
    pub fn of(kind: FormulaKind) -> Family {
        if kind.is_weighted() {
            Family::Points
        } else {
            Family::Euros
        }
    }
}

/// Scores the quality criteria of one bid (its points per criterion index).
pub(crate) fn quality_score(setup: &AwardSetup, ctx: &Ctx, family: Family, points: &[Frac]) -> Calc<QualityScore> {
    let mut contributions = vec![Decimal::ZERO; setup.criteria.len()];
    let mut shown_total = Decimal::ZERO;
    let mut quality_total = Decimal::ZERO;
    for &c in &ctx.quality {
        let p = points.get(c).copied().unwrap_or(Frac::ZERO);
        let crit = &setup.criteria[c];
        let (shown, measure) = match family {
            Family::Points => {
                let w = crit.weight.map(|w| w.0).unwrap_or(Decimal::ZERO);
                let s = round_score(ok(quality_score_frac(w, p, ctx.max_points))?);
                (s, s)
            }
            Family::Euros => {
                let v = crit.value_per_point.map(|v| v.0).unwrap_or(Decimal::ZERO);
                let value = round_score(ok(quality_value_frac(v, p))?);
                (-value, value)
            }
        };
        contributions[c] = shown;
        shown_total = ok(shown_total.checked_add(shown))?;
        quality_total = ok(quality_total.checked_add(measure))?;
    }
    Ok(QualityScore { contributions, shown_total, quality_total })
}

/// The reference values a relative formula compares with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Refs {
    /// Absolute formulas: nothing.
    Absolute,
    Lowest(Decimal),
    LowHigh(Decimal, Decimal),
    /// The bid with the lowest cost per result: its price and rate.
    BestCpr {
        price: Decimal,
        rate: Decimal,
    },
}

impl Refs {
    /// Equal references give equal scores (cost per result compares `P/r` exactly).
    pub fn same(self, other: Refs) -> bool {
        match (self, other) {
            (Refs::BestCpr { price: p1, rate: r1 }, Refs::BestCpr { price: p2, rate: r2 }) => {
                matches!((p1.checked_mul(r2), p2.checked_mul(r1)), (Some(a), Some(b)) if a == b)
            }
            (a, b) => a == b,
        }
    }
}

/// One candidate for ranking: a bid and its quality score.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate<'a> {
    pub info: &'a BidInfo,
    pub quality: &'a QualityScore,
}

/// A scored candidate.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scored {
    /// Index in the candidate slice.
    pub pos: usize,
    /// Entry order (`usize::MAX` for a hypothetical bid: it comes last).
    pub entry: usize,
    pub price: Decimal,
    pub price_contribution: Decimal,
    pub total: Decimal,
    pub quality_total: Decimal,
    /// Higher is better: the total, or minus the total for euros.
    pub merit: Decimal,
    /// `[−merit, −quality_total, price]` in cents/hundredths as integers, when all three
    /// have at most two decimals (always, for validated input): an exact, fast sort key.
    pub key: Option<[i128; 3]>,
}

/// `d` in hundredths, exactly, when it has at most two decimals.
fn hundredths(d: Decimal) -> Option<i128> {
    let scale = d.scale();
    if scale > 2 {
        return None;
    }
    d.mantissa().checked_mul(10i128.pow(2 - scale))
}

/// The formula with its parameters, bound to a checked set-up.
pub(crate) struct Scorer<'a> {
    pub ctx: &'a Ctx,
    pub kind: FormulaKind,
    /// Weight of the price criterion (0 without one; unused for quality-to-price).
    pub price_weight: Decimal,
    /// Fixed bounds (only for `FixedBounds`).
    pub bounds: (Decimal, Decimal),
}

impl Scorer<'_> {
    /// The references of a set of bids.
    pub fn refs<'b>(&self, members: impl Iterator<Item = &'b BidInfo>) -> Calc<Refs> {
        let mut lo: Option<Decimal> = None;
        let mut hi: Option<Decimal> = None;
        let mut best: Option<(Decimal, Decimal)> = None;
        for b in members {
            lo = Some(lo.map_or(b.price, |l| l.min(b.price)));
            hi = Some(hi.map_or(b.price, |h| h.max(b.price)));
            if self.kind == FormulaKind::CostPerResult {
                let r = ok(b.rate)?;
                best = match best {
                    Some((bp, br)) if ok(bp.checked_mul(r))? <= ok(b.price.checked_mul(br))? => Some((bp, br)),
                    _ => Some((b.price, r)),
                };
            }
        }
        Ok(match self.kind {
            FormulaKind::FixedBounds | FormulaKind::QualityToPrice => Refs::Absolute,
            FormulaKind::RelativeToLowest => Refs::Lowest(ok(lo)?),
            FormulaKind::LinearLowestHighest => Refs::LowHigh(ok(lo)?, ok(hi)?),
            FormulaKind::CostPerResult => {
                let (price, rate) = ok(best)?;
                Refs::BestCpr { price, rate }
            }
        })
    }

    /// The price's share of the total, unrounded, with weight `w` (1 gives the normalized
    /// price score in `[0, 1]`). For quality-to-price: the price itself.
    pub fn price_value(&self, w: Decimal, b: &BidInfo, refs: Refs) -> Calc<Decimal> {
        match (self.kind, refs) {
            (FormulaKind::QualityToPrice, _) => Ok(b.price),
            (_, _) if self.ctx.price_crit.is_none() => Ok(Decimal::ZERO),
            (FormulaKind::RelativeToLowest, Refs::Lowest(l)) => ok(relative_to_lowest(w, b.price, l)),
            // Only in the rank-reversal check can all remaining prices be equal: then
            // every bid has the lowest price and gets the full weight.
            (FormulaKind::LinearLowestHighest, Refs::LowHigh(l, h)) if l == h => Ok(w),
            (FormulaKind::LinearLowestHighest, Refs::LowHigh(l, h)) => ok(linear_lowest_highest(w, b.price, l, h)),
            (FormulaKind::FixedBounds, _) => ok(fixed_bounds(w, b.price, self.bounds.0, self.bounds.1)),
            (FormulaKind::CostPerResult, Refs::BestCpr { price, rate }) => {
                ok(relative_cost_per_result(w, b.price, ok(b.rate)?, price, rate))
            }
            _ => Err(CalcError),
        }
    }

    /// Scores one candidate.
    pub fn score(&self, pos: usize, entry: usize, c: Candidate<'_>, refs: Refs) -> Calc<Scored> {
        let price_contribution = match self.kind {
            FormulaKind::QualityToPrice => c.info.price,
            _ => round_score(self.price_value(self.price_weight, c.info, refs)?),
        };
        let total = ok(price_contribution.checked_add(c.quality.shown_total))?;
        let merit = if self.kind.is_weighted() { total } else { -total };
        let key = match (hundredths(merit), hundredths(c.quality.quality_total), hundredths(c.info.price)) {
            (Some(m), Some(q), Some(p)) => Some([-m, -q, p]),
            _ => None,
        };
        Ok(Scored {
            key,
            pos,
            entry,
            price: c.info.price,
            price_contribution,
            total,
            quality_total: c.quality.quality_total,
            merit,
        })
    }

    /// Scores and ranks candidates (best first). `entries[i]` is candidate i's entry order.
    pub fn rank(&self, candidates: &[Candidate<'_>], entries: &[usize]) -> Calc<Vec<Scored>> {
        let refs = self.refs(candidates.iter().map(|c| c.info))?;
        self.rank_with(candidates, entries, refs)
    }

    /// As [`Scorer::rank`] with given references.
    pub fn rank_with(&self, candidates: &[Candidate<'_>], entries: &[usize], refs: Refs) -> Calc<Vec<Scored>> {
        let mut scored = Vec::with_capacity(candidates.len());
        for (pos, c) in candidates.iter().enumerate() {
            scored.push(self.score(pos, entries.get(pos).copied().unwrap_or(usize::MAX), *c, refs)?);
        }
        // A strict total order (entries differ), so an unstable sort is deterministic.
        // Sorting small (key, entry, index) triples and permuting once is much cheaper
        // than moving the scored rows around.
        let keys: Option<Vec<([i128; 3], usize, usize)>> =
            scored.iter().enumerate().map(|(i, s)| s.key.map(|k| (k, s.entry, i))).collect();
        match keys {
            Some(mut keys) => {
                keys.sort_unstable();
                Ok(keys.iter().map(|&(_, _, i)| scored[i]).collect())
            }
            None => {
                scored.sort_unstable_by(order);
                Ok(scored)
            }
        }
    }
}

/// The ranking order: merit, then the tie-break rule.
pub(crate) fn order(a: &Scored, b: &Scored) -> Ordering {
    if let (Some(ka), Some(kb)) = (a.key, b.key) {
        return ka.cmp(&kb).then_with(|| a.entry.cmp(&b.entry));
    }
    b.merit
        .cmp(&a.merit)
        .then_with(|| b.quality_total.cmp(&a.quality_total))
        .then_with(|| a.price.cmp(&b.price))
        .then_with(|| a.entry.cmp(&b.entry))
}
