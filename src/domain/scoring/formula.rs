//! The price-scoring formulas and the scoring of quality points, as pure functions.
//!
//! Invariants:
//! - Every function returns `None` instead of dividing by zero or overflowing; none panics.
//! - Each score is computed as *one* division of exact products (e.g. `(W·P_min)/P`, not
//!   `W·(P_min/P)`), so rounding it once with [`round_score`] gives the correctly rounded
//!   value of the true fraction: a half-way case is never missed by a digit lost earlier.
//! - Scores of the points formulas lie in `[0, W]`; a lower price never gives a lower score.

use crate::domain::money::MONEY_ROUNDING;
use crate::domain::scoring::model::PriceFormula;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Decimals a score contribution is rounded to (half away from zero) before it is added
/// to a bid's total. Euro contributions (quality-to-price) are rounded to cents: also 2.
pub const SCORE_DECIMALS: u32 = 2;

/// Rounds a contribution to [`SCORE_DECIMALS`], half away from zero (the app's one rule).
pub fn round_score(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(SCORE_DECIMALS, MONEY_ROUNDING)
}

/// The price formulas without their parameters: for labels, comparisons and tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FormulaKind {
    /// `W·P_min/P` (relative).
    RelativeToLowest,
    /// `W·(P_max − P)/(P_max − P_min)` (relative).
    LinearLowestHighest,
    /// `W·(P_hi − P)/(P_hi − P_lo)` between published bounds, clamped (absolute).
    FixedBounds,
    /// Fictive price `P − Σ value·points`, lowest wins (absolute).
    QualityToPrice,
    /// `W·C_min/C` on the cost per result `C = P/rate` (relative).
    CostPerResult,
}

/// What a total is measured in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScoreUnit {
    /// Points out of 100; the highest total wins.
    Points,
    /// Euros (the fictive price of quality-to-price); the lowest total wins.
    Euros,
}

impl FormulaKind {
    /// Every formula, in the order the UI lists them.
    pub const ALL: [FormulaKind; 5] = [
        FormulaKind::RelativeToLowest,
        FormulaKind::LinearLowestHighest,
        FormulaKind::FixedBounds,
        FormulaKind::QualityToPrice,
        FormulaKind::CostPerResult,
    ];

    /// Absolute formulas score each bid on its own, so adding or removing another bid
    /// can never change the order of two bids. Relative ones compare with the other bids.
    pub fn is_absolute(self) -> bool {
        matches!(self, FormulaKind::FixedBounds | FormulaKind::QualityToPrice)
    }

    /// Whether the formula combines weighted criteria (all but quality-to-price, which
    /// converts quality to euros instead of weighing it).
    pub fn is_weighted(self) -> bool {
        self != FormulaKind::QualityToPrice
    }

    /// Points (highest wins) or euros (lowest wins).
    pub fn unit(self) -> ScoreUnit {
        if self == FormulaKind::QualityToPrice {
            ScoreUnit::Euros
        } else {
            ScoreUnit::Points
        }
    }
}

impl PriceFormula {
    /// The formula without its parameters.
    pub fn kind(&self) -> FormulaKind {
        match self {
            PriceFormula::RelativeToLowest => FormulaKind::RelativeToLowest,
            PriceFormula::LinearLowestHighest => FormulaKind::LinearLowestHighest,
            PriceFormula::FixedBounds { .. } => FormulaKind::FixedBounds,
            PriceFormula::QualityToPrice => FormulaKind::QualityToPrice,
            PriceFormula::CostPerResult => FormulaKind::CostPerResult,
        }
    }
}

/// Relative to the lowest price: `W·P_min/P` (unrounded). `None` if `price ≤ 0`, or
/// `lowest` is not in `(0, price]`.
pub fn relative_to_lowest(weight: Decimal, price: Decimal, lowest: Decimal) -> Option<Decimal> {
    if price <= Decimal::ZERO || lowest <= Decimal::ZERO || lowest > price {
        return None;
    }
    weight.checked_mul(lowest)?.checked_div(price)
}

/// Linear between the lowest and the highest bid: `W·(P_max − P)/(P_max − P_min)`
/// (unrounded). `None` if `P_max ≤ P_min` (division by zero) or `price` is outside them.
pub fn linear_lowest_highest(weight: Decimal, price: Decimal, lowest: Decimal, highest: Decimal) -> Option<Decimal> {
    if highest <= lowest || price < lowest || price > highest {
        return None;
    }
    weight.checked_mul(highest.checked_sub(price)?)?.checked_div(highest.checked_sub(lowest)?)
}

/// Linear between fixed, published bounds: `W·(P_hi − P)/(P_hi − P_lo)`, clamped to
/// `[0, W]` (unrounded). `None` if `P_hi ≤ P_lo`.
pub fn fixed_bounds(weight: Decimal, price: Decimal, low: Decimal, high: Decimal) -> Option<Decimal> {
    if high <= low {
        return None;
    }
    if price >= high {
        return Some(Decimal::ZERO);
    }
    if price <= low {
        return Some(weight);
    }
    weight.checked_mul(high.checked_sub(price)?)?.checked_div(high.checked_sub(low)?)
}

/// Cost per result: the price of one successful trajectory, `P / rate` with the rate in
/// percent (`P·100/rate`), unrounded. `None` if the rate is not positive.
pub fn cost_per_result(price: Decimal, rate_percent: Decimal) -> Option<Decimal> {
    if rate_percent <= Decimal::ZERO {
        return None;
    }
    price.checked_mul(Decimal::ONE_HUNDRED)?.checked_div(rate_percent)
}

/// Price points on the cost per result, relative to the lowest cost per result:
/// `W·C_min/C` with `C = P·100/r`, computed as the single division
/// `(W·P_min·r)/(r_min·P)` where `(P_min, r_min)` is the bid with the lowest cost per
/// result. `None` if a price or rate is not positive or `(price, rate)` costs less per
/// result than the reference.
pub fn relative_cost_per_result(
    weight: Decimal,
    price: Decimal,
    rate: Decimal,
    best_price: Decimal,
    best_rate: Decimal,
) -> Option<Decimal> {
    if price <= Decimal::ZERO || rate <= Decimal::ZERO || best_price <= Decimal::ZERO || best_rate <= Decimal::ZERO {
        return None;
    }
    let num = weight.checked_mul(best_price)?.checked_mul(rate)?;
    let den = best_rate.checked_mul(price)?;
    if best_price.checked_mul(rate)? > price.checked_mul(best_rate)? {
        return None;
    }
    num.checked_div(den)
}

/// Quality points scaled to the criterion weight: `W·points/max` (unrounded).
/// `None` if `max ≤ 0`.
pub fn quality_score(weight: Decimal, points: Decimal, max_points: Decimal) -> Option<Decimal> {
    quality_score_frac(weight, Frac { num: points, den: Decimal::ONE }, max_points)
}

/// Quality-to-price (gunnen op waarde): `P − Σ value_per_point·points`, each value
/// rounded to cents before it is subtracted (the table shows those cents). `None` on overflow.
pub fn fictive_price(price: Decimal, values: &[(Decimal, Decimal)]) -> Option<Decimal> {
    let mut total = price;
    for &(value, points) in values {
        total = total.checked_sub(round_score(value.checked_mul(points)?))?;
    }
    Some(total)
}

/// A number of points kept as a fraction `num/den` (a sum of scores over the number of
/// evaluators), so that a mean enters a score through one division only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Frac {
    pub num: Decimal,
    pub den: Decimal,
}

impl Frac {
    pub const ZERO: Frac = Frac { num: Decimal::ZERO, den: Decimal::ONE };

    /// The value `num/den` (rounded to 28 significant digits).
    pub fn value(self) -> Option<Decimal> {
        self.num.checked_div(self.den)
    }
}

/// `W·(num/den)/max` as the single division `(W·num)/(den·max)`.
pub(crate) fn quality_score_frac(weight: Decimal, points: Frac, max_points: Decimal) -> Option<Decimal> {
    if max_points <= Decimal::ZERO || points.den <= Decimal::ZERO {
        return None;
    }
    weight.checked_mul(points.num)?.checked_div(points.den.checked_mul(max_points)?)
}

/// `value·(num/den)` in euros as the single division `(value·num)/den`.
pub(crate) fn quality_value_frac(value: Decimal, points: Frac) -> Option<Decimal> {
    if points.den <= Decimal::ZERO {
        return None;
    }
    value.checked_mul(points.num)?.checked_div(points.den)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).expect("literal")
    }

    #[test]
    fn relative_to_lowest_by_hand() {
        // 50 · 100 000 / 125 000 = 40
        assert_eq!(relative_to_lowest(d("50"), d("125000"), d("100000")), Some(d("40")));
        assert_eq!(relative_to_lowest(d("50"), d("100000"), d("100000")), Some(d("50")));
        // 40 · 9 000 / 12 000 = 30
        assert_eq!(relative_to_lowest(d("40"), d("12000"), d("9000")), Some(d("30")));
        // 50 · 1 / 3 = 16.666… -> 16.67
        assert_eq!(relative_to_lowest(d("50"), d("3"), d("1")).map(round_score), Some(d("16.67")));
        assert_eq!(relative_to_lowest(d("50"), d("0"), d("0")), None);
        assert_eq!(relative_to_lowest(d("50"), d("-5"), d("-5")), None);
    }

    #[test]
    fn linear_lowest_highest_by_hand() {
        // 40 · (12 000 − 10 000) / (12 000 − 9 000) = 26.666… -> 26.67
        let s = linear_lowest_highest(d("40"), d("10000"), d("9000"), d("12000")).map(round_score);
        assert_eq!(s, Some(d("26.67")));
        assert_eq!(linear_lowest_highest(d("40"), d("9000"), d("9000"), d("12000")), Some(d("40")));
        assert_eq!(linear_lowest_highest(d("40"), d("12000"), d("9000"), d("12000")), Some(d("0")));
        assert_eq!(linear_lowest_highest(d("40"), d("9000"), d("9000"), d("9000")), None);
    }

    #[test]
    fn fixed_bounds_by_hand_and_clamped() {
        // 50 · (15 000 − 11 000)/(15 000 − 7 000) = 25
        assert_eq!(fixed_bounds(d("50"), d("11000"), d("7000"), d("15000")), Some(d("25")));
        assert_eq!(fixed_bounds(d("50"), d("6000"), d("7000"), d("15000")), Some(d("50")));
        assert_eq!(fixed_bounds(d("50"), d("16000"), d("7000"), d("15000")), Some(d("0")));
        assert_eq!(fixed_bounds(d("50"), d("16000"), d("15000"), d("15000")), None);
        // huge prices do not overflow: they are clamped first
        assert_eq!(fixed_bounds(d("50"), Decimal::MAX, d("0"), d("0.01")), Some(d("0")));
    }

    #[test]
    fn cost_per_result_by_hand() {
        // €10 000 at 55 %: 18 181.8181… per result
        assert_eq!(cost_per_result(d("10000"), d("55")).map(round_score), Some(d("18181.82")));
        assert_eq!(cost_per_result(d("10000"), d("0")), None);
        // A €9 000 at 50 % (18 000/result) vs B €12 000 at 80 % (15 000/result): B is best.
        // A's price points at W = 50: 50 · 15 000 / 18 000 = 41.666… -> 41.67
        let a = relative_cost_per_result(d("50"), d("9000"), d("50"), d("12000"), d("80"));
        assert_eq!(a.map(round_score), Some(d("41.67")));
        let b = relative_cost_per_result(d("50"), d("12000"), d("80"), d("12000"), d("80"));
        assert_eq!(b, Some(d("50")));
        assert_eq!(relative_cost_per_result(d("50"), d("12000"), d("80"), d("9000"), d("50")), None);
    }

    #[test]
    fn quality_and_fictive_price_by_hand() {
        // 20 · 7 / 10 = 14
        assert_eq!(quality_score(d("20"), d("7"), d("10")), Some(d("14")));
        // mean of 7, 8, 8 = 23/3; 20 · 23 / 30 = 15.333… -> 15.33
        let s = quality_score_frac(d("20"), Frac { num: d("23"), den: d("3") }, d("10")).map(round_score);
        assert_eq!(s, Some(d("15.33")));
        assert_eq!(quality_score(d("20"), d("7"), d("0")), None);
        // €10 000 − 8 points × €150 − 6 points × €100 = €8 200
        assert_eq!(fictive_price(d("10000"), &[(d("150"), d("8")), (d("100"), d("6"))]), Some(d("8200")));
    }

    #[test]
    fn one_division_rounds_half_way_cases_correctly() {
        // 3 · 1 / 600 = 0.005 exactly: rounds (half away from zero) to 0.01
        assert_eq!(relative_to_lowest(d("3"), d("600"), d("1")).map(round_score), Some(d("0.01")));
    }
}
