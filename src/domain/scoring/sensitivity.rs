//! Weight sensitivity and the euro worth of a quality point.
//!
//! Invariants:
//! - Exact breakpoints, not sampling: when one criterion's weight `t` moves over 0..=100
//!   and the other weights are scaled in proportion (`w_j·(100−t)/(100−w_i)`), every
//!   bid's score is linear in `t` (the normalized scores of relative price formulas depend
//!   on the set of bids, not on the weights). The winner keeps winning exactly as long as
//!   its line lies on or above every other line; each other bid gives at most one
//!   breakpoint `t* = w_i − d₀/slope`.
//! - The lines use unrounded scores; the ranking uses contributions rounded to two
//!   decimals. At a breakpoint the bids tie and the tie-break rule decides. In the rare
//!   case that rounding alone makes the winner (its unrounded score is not the highest),
//!   the range is just the current weight and `rounding_decides` says so.
//! - For quality-to-price the parameter is the euro value per point (0 and up), the same
//!   way: fictive prices are linear in it.

use crate::domain::money::{Money, MONEY_ROUNDING};
use crate::domain::scoring::formula::{quality_score_frac, FormulaKind};
use crate::domain::scoring::model::AwardSetup;
use crate::domain::scoring::prepare::Ctx;
use crate::domain::scoring::table::{ok, Calc, Candidate, Refs, Scored, Scorer};
use rust_decimal::Decimal;

/// A change of less than this many percentage points in one weight that changes the
/// winner is reported as `Problem::WinnerSensitiveToWeight`.
pub const SENSITIVE_WEIGHT_MARGIN: Decimal = Decimal::from_parts(5, 0, 0, false, 0);

/// What is varied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SensitivityParameter {
    /// The criterion's weight in percentage points (0..=100), the others scaled in proportion.
    Weight,
    /// Quality-to-price: the criterion's euro value per point (0 and up).
    ValuePerPoint,
}

/// The range of the parameter within which the winner stays the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StableRange {
    /// Lowest value for which the winner stays (at exactly this value it may tie).
    pub low: Decimal,
    /// Highest value; `None`: no upper limit.
    pub high: Option<Decimal>,
    /// Index in `AwardSetup::bids` of the bid that wins just below `low` (`None` when
    /// `low` is the bottom of the range of the parameter).
    pub below: Option<usize>,
    /// The bid that wins just above `high` (`None` when no bid takes over).
    pub above: Option<usize>,
    /// The winner wins only by the rounding of contributions: `low = high = current`.
    pub rounding_decides: bool,
}

impl StableRange {
    /// `low` rounded up and `high` rounded down to `decimals`, so the displayed range
    /// never promises more than is true.
    pub fn display_bounds(&self, decimals: u32) -> (Decimal, Option<Decimal>) {
        use rust_decimal::RoundingStrategy::{ToNegativeInfinity, ToPositiveInfinity};
        (
            self.low.round_dp_with_strategy(decimals, ToPositiveInfinity),
            self.high.map(|h| h.round_dp_with_strategy(decimals, ToNegativeInfinity)),
        )
    }
}

/// The sensitivity of the winner to one criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sensitivity {
    /// Index in `AwardSetup::criteria`.
    pub criterion: usize,
    /// Its weight, or (quality-to-price) its euro value per point.
    pub parameter: SensitivityParameter,
    /// The parameter's current value.
    pub current: Decimal,
    /// `None` when the parameter cannot be varied: the criterion has all the weight, so
    /// there is nothing to scale in proportion.
    pub range: Option<StableRange>,
}

/// How exact a point value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PointValueBasis {
    /// Linear price formulas: the same at every price (fixed bounds: within the bounds).
    Exact,
    /// Relative to the lowest price: true near the lowest price; at a price `P` a point is
    /// worth `(P/P_min)²` times as much.
    AroundLowestPrice,
    /// Cost per result: true near the bid with the lowest cost per result, at its rate.
    AroundLowestCostPerResult,
    /// Quality-to-price: the euro value per point itself.
    ValuePerPoint,
}

/// What one quality point on a criterion is worth in euros of trajectory price: the price
/// difference that one point more or less makes up for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PointValue {
    /// Index in `AwardSetup::criteria` (a quality criterion).
    pub criterion: usize,
    /// Euros per quality point, rounded to cents; `None` when price has no weight (then
    /// no price difference makes up for a point).
    pub euros: Option<Money>,
    /// Euros per point of total score (price side), rounded to cents.
    pub euros_per_score_point: Option<Money>,
    /// How exact the value is.
    pub basis: PointValueBasis,
}

/// The position of the stable range around `t0` given, per other bid, `d0 ≥ 0` (how far
/// the winner is ahead, scaled by any positive factor) and `slope` (how fast that lead
/// grows with the parameter, same factor).
fn stable_range(
    t0: Decimal,
    dom_lo: Decimal,
    dom_hi: Option<Decimal>,
    others: &[(usize, Decimal, Decimal)],
) -> StableRange {
    let mut low = dom_lo;
    let mut high = dom_hi;
    let mut below: Option<(usize, Decimal)> = None;
    let mut above: Option<(usize, Decimal)> = None;
    for &(entry, d0, slope) in others {
        if d0 < Decimal::ZERO {
            return StableRange { low: t0, high: Some(t0), below: None, above: None, rounding_decides: true };
        }
        if slope.is_zero() {
            continue;
        }
        if slope > Decimal::ZERO {
            // The lead shrinks as the parameter goes down: a lower limit at
            // t0 − d0/slope. It matters only if it lies above `low`, i.e.
            // d0 < (t0 − low)·slope (a multiplication is much cheaper than a division).
            if matches!(t0.checked_sub(low).and_then(|g| g.checked_mul(slope)), Some(m) if d0 > m) {
                continue;
            }
            // Overflow means the breakpoint lies far outside any range of interest.
            let Some(root) = d0.checked_div(slope).and_then(|q| t0.checked_sub(q)) else { continue };
            if root > low {
                low = root;
                below = Some((entry, slope));
            } else if root == low && root > dom_lo {
                // Several bids tie at the limit: just below it, the steepest one wins.
                if below.is_some_and(|(_, s)| slope > s) {
                    below = Some((entry, slope));
                }
            }
        } else {
            // The lead shrinks as the parameter goes up: an upper limit at t0 + d0/(−slope).
            if let Some(h) = high {
                if matches!(h.checked_sub(t0).and_then(|g| g.checked_mul(-slope)), Some(m) if d0 > m) {
                    continue;
                }
            }
            let Some(root) = d0.checked_div(slope).and_then(|q| t0.checked_sub(q)) else { continue };
            if high.is_none_or(|h| root < h) {
                high = Some(root);
                above = Some((entry, slope));
            } else if Some(root) == high && dom_hi != Some(root) && above.is_some_and(|(_, s)| slope < s) {
                above = Some((entry, slope));
            }
        }
    }
    StableRange { low, high, below: below.map(|b| b.0), above: above.map(|a| a.0), rounding_decides: false }
}

/// Weight sensitivity for a weighted formula, per criterion in set-up order.
///
/// With `u` the normalized scores (0..1) and `S = Σ w_j·u_j` the unrounded totals, the
/// winner `w`'s lead over bid `b` as a function of criterion `i`'s weight `t` is, times the
/// positive constant `(100 − w_i)`:
/// `(100 − w_i)·D₀ + (t − w_i)·(100·Δu_i − D₀)` with `D₀ = S_w − S_b`, `Δu_i = u_wi − u_bi`.
/// Everything is kept times 100 (`U = 100·u`, `B = 100·D₀`) so the breakpoint is the
/// single division `t* = w_i − (100 − w_i)·B / (100·ΔU_i − B)`.
pub(crate) fn weight_sensitivity(
    setup: &AwardSetup,
    ctx: &Ctx,
    scorer: &Scorer<'_>,
    candidates: &[Candidate<'_>],
    ranking: &[Scored],
    refs: Refs,
) -> Calc<Vec<Sensitivity>> {
    let n_crit = setup.criteria.len();
    let hundred = Decimal::ONE_HUNDRED;
    let weights: Vec<Decimal> = setup.criteria.iter().map(|c| c.weight.map(|w| w.0).unwrap_or_default()).collect();
    // big_u[p][j] = 100·u: candidate p's normalized score on criterion j, times 100.
    let mut big_u = Vec::with_capacity(candidates.len());
    let mut big_s = Vec::with_capacity(candidates.len());
    for c in candidates {
        let mut row = vec![Decimal::ZERO; n_crit];
        let mut s = Decimal::ZERO;
        for j in 0..n_crit {
            let v = if Some(j) == ctx.price_crit {
                scorer.price_value(hundred, c.info, refs)?
            } else {
                ok(quality_score_frac(hundred, c.info.points[j], ctx.max_points))?
            };
            row[j] = v;
            s = ok(s.checked_add(ok(weights[j].checked_mul(v))?))?;
        }
        big_u.push(row);
        big_s.push(s); // = 100·S
    }
    let Some(winner) = ranking.first() else { return Ok(Vec::new()) };
    let w = winner.pos;
    // B = 100·D₀ per other bid, in rank order.
    let leads: Vec<(usize, usize, Decimal)> = ranking[1..]
        .iter()
        .map(|s| Ok((s.pos, s.entry, ok(big_s[w].checked_sub(big_s[s.pos]))?)))
        .collect::<Calc<_>>()?;
    let mut out = Vec::with_capacity(n_crit);
    let mut others = Vec::with_capacity(ranking.len());
    for i in 0..n_crit {
        let wi = weights[i];
        if wi >= hundred {
            out.push(Sensitivity { criterion: i, parameter: SensitivityParameter::Weight, current: wi, range: None });
            continue;
        }
        let k = hundred - wi;
        others.clear();
        for &(b, entry, lead) in &leads {
            let du = ok(big_u[w][i].checked_sub(big_u[b][i]))?;
            let slope = ok(ok(du.checked_mul(hundred))?.checked_sub(lead))?;
            others.push((entry, ok(k.checked_mul(lead))?, slope));
        }
        let range = stable_range(wi, Decimal::ZERO, Some(hundred), &others);
        out.push(Sensitivity {
            criterion: i,
            parameter: SensitivityParameter::Weight,
            current: wi,
            range: Some(range),
        });
    }
    Ok(out)
}

/// Value-per-point sensitivity for quality-to-price, per quality criterion.
pub(crate) fn value_sensitivity(
    setup: &AwardSetup,
    ctx: &Ctx,
    candidates: &[Candidate<'_>],
    ranking: &[Scored],
) -> Calc<Vec<Sensitivity>> {
    let values: Vec<Decimal> =
        setup.criteria.iter().map(|c| c.value_per_point.map(|v| v.0).unwrap_or_default()).collect();
    // merit = Σ v_j·p_j − P (minus the unrounded fictive price)
    let mut points = Vec::with_capacity(candidates.len());
    let mut merit = Vec::with_capacity(candidates.len());
    for c in candidates {
        let mut row = vec![Decimal::ZERO; setup.criteria.len()];
        let mut m = -c.info.price;
        for &j in &ctx.quality {
            let p = ok(c.info.points[j].value())?;
            row[j] = p;
            m = ok(m.checked_add(ok(values[j].checked_mul(p))?))?;
        }
        points.push(row);
        merit.push(m);
    }
    let Some(winner) = ranking.first() else { return Ok(Vec::new()) };
    let w = winner.pos;
    let mut out = Vec::new();
    let mut others = Vec::with_capacity(ranking.len());
    for &i in &ctx.quality {
        others.clear();
        for s in &ranking[1..] {
            let b = s.pos;
            let d0 = ok(merit[w].checked_sub(merit[b]))?;
            let slope = ok(points[w][i].checked_sub(points[b][i]))?;
            others.push((s.entry, d0, slope));
        }
        let range = stable_range(values[i], Decimal::ZERO, None, &others);
        out.push(Sensitivity {
            criterion: i,
            parameter: SensitivityParameter::ValuePerPoint,
            current: values[i],
            range: Some(range),
        });
    }
    Ok(out)
}

/// What one quality point is worth in euros, per quality criterion.
pub(crate) fn point_values(setup: &AwardSetup, ctx: &Ctx, scorer: &Scorer<'_>, refs: Refs) -> Calc<Vec<PointValue>> {
    let cents = |d: Decimal| Money(d.round_dp_with_strategy(2, MONEY_ROUNDING));
    let mut out = Vec::with_capacity(ctx.quality.len());
    // The price range that one full price weight spans, and how exact that is.
    let (span, basis) = match (scorer.kind, refs) {
        (FormulaKind::QualityToPrice, _) => (None, PointValueBasis::ValuePerPoint),
        (FormulaKind::RelativeToLowest, Refs::Lowest(l)) => (Some(l), PointValueBasis::AroundLowestPrice),
        (FormulaKind::LinearLowestHighest, Refs::LowHigh(l, h)) => (Some(h - l), PointValueBasis::Exact),
        (FormulaKind::FixedBounds, _) => (Some(scorer.bounds.1 - scorer.bounds.0), PointValueBasis::Exact),
        (FormulaKind::CostPerResult, Refs::BestCpr { price, .. }) => {
            (Some(price), PointValueBasis::AroundLowestCostPerResult)
        }
        _ => (None, PointValueBasis::Exact),
    };
    let wp = scorer.price_weight;
    let per_score_point = match span {
        Some(s) if wp > Decimal::ZERO && ctx.price_crit.is_some() => s.checked_div(wp).map(cents),
        _ => None,
    };
    for &c in &ctx.quality {
        let crit = &setup.criteria[c];
        let euros = match (basis, span) {
            (PointValueBasis::ValuePerPoint, _) => crit.value_per_point.map(|v| cents(v.0)),
            (_, Some(s)) if wp > Decimal::ZERO && ctx.price_crit.is_some() => {
                let wi = crit.weight.map(|w| w.0).unwrap_or_default();
                // W_i·span / (max·W_p): one division
                let num = ok(wi.checked_mul(s))?;
                let den = ok(ctx.max_points.checked_mul(wp))?;
                num.checked_div(den).map(cents)
            }
            _ => None,
        };
        out.push(PointValue { criterion: c, euros, euros_per_score_point: per_score_point, basis });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(n: i64) -> Decimal {
        Decimal::from(n)
    }

    #[test]
    fn stable_range_takes_the_tightest_limits() {
        // lead 10 shrinking 1 per unit below t0 = 50 -> lower limit 40; lead 20 shrinking
        // 2 per unit above -> upper limit 60.
        let r = stable_range(d(50), d(0), Some(d(100)), &[(1, d(10), d(1)), (2, d(20), d(-2)), (3, d(5), d(0))]);
        assert_eq!((r.low, r.high, r.below, r.above), (d(40), Some(d(60)), Some(1), Some(2)));
        // limits outside the domain are clamped
        let r = stable_range(d(50), d(0), Some(d(100)), &[(1, d(100), d(1))]);
        assert_eq!((r.low, r.high, r.below, r.above), (d(0), Some(d(100)), None, None));
        // a negative lead: rounding decides
        let r = stable_range(d(50), d(0), Some(d(100)), &[(1, d(-1), d(1))]);
        assert!(r.rounding_decides);
        // no upper domain
        let r = stable_range(d(50), d(0), None, &[(1, d(10), d(1))]);
        assert_eq!((r.low, r.high), (d(40), None));
    }

    #[test]
    fn display_bounds_round_inwards() {
        let r = StableRange {
            low: Decimal::new(40001, 3),
            high: Some(Decimal::new(59999, 3)),
            below: None,
            above: None,
            rounding_decides: false,
        };
        assert_eq!(r.display_bounds(2), (Decimal::new(4001, 2), Some(Decimal::new(5999, 2))));
    }
}
