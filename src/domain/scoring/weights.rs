//! The live total of the award weights, shown while the user types.
//!
//! Invariant: never fails; a weight that is missing is counted as missing, not as zero,
//! and a sum that would overflow (only with absurd inputs) saturates and reports `Above`.

use crate::domain::scoring::model::Criterion;
use rust_decimal::Decimal;

/// Where the total stands against the required 100 %.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WeightStatus {
    /// Exactly 100 % and every criterion has a weight.
    Complete,
    /// Below 100 %: `remaining` is still to be distributed.
    Below,
    /// Above 100 %.
    Above,
    /// 100 % or less, but some criteria have no weight yet.
    Incomplete,
}

/// The sum of the weights entered so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeightTotal {
    /// Sum of the weights entered, in percentage points.
    pub total: Decimal,
    /// `100 − total` (negative when above 100).
    pub remaining: Decimal,
    /// Criteria without a weight.
    pub missing: usize,
    /// Complete, below, above or incomplete.
    pub status: WeightStatus,
}

/// Adds up the weights of `criteria` for the live total in the criteria editor.
pub fn weight_total(criteria: &[Criterion]) -> WeightTotal {
    let mut total = Decimal::ZERO;
    let mut missing = 0;
    let mut overflow = false;
    for c in criteria {
        match c.weight {
            Some(w) => match total.checked_add(w.0) {
                Some(t) => total = t,
                None => overflow = true,
            },
            None => missing += 1,
        }
    }
    if overflow {
        total = Decimal::MAX;
    }
    let remaining = Decimal::ONE_HUNDRED.checked_sub(total).unwrap_or(Decimal::MIN);
    let status = if total > Decimal::ONE_HUNDRED {
        WeightStatus::Above
    } else if missing > 0 {
        WeightStatus::Incomplete
    } else if total == Decimal::ONE_HUNDRED {
        WeightStatus::Complete
    } else {
        WeightStatus::Below
    };
    WeightTotal { total, remaining, missing, status }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::Percent;

    fn crit(w: Option<i64>) -> Criterion {
        Criterion { weight: w.map(|w| Percent(Decimal::from(w))), ..Criterion::default() }
    }

    #[test]
    fn totals_and_status() {
        let t = weight_total(&[crit(Some(50)), crit(Some(50))]);
        assert_eq!((t.total, t.remaining, t.status), (Decimal::ONE_HUNDRED, Decimal::ZERO, WeightStatus::Complete));
        let t = weight_total(&[crit(Some(50)), crit(None)]);
        assert_eq!((t.missing, t.status), (1, WeightStatus::Incomplete));
        let t = weight_total(&[crit(Some(60)), crit(Some(50))]);
        assert_eq!((t.remaining, t.status), (Decimal::from(-10), WeightStatus::Above));
        let t = weight_total(&[crit(Some(30))]);
        assert_eq!((t.remaining, t.status), (Decimal::from(70), WeightStatus::Below));
        assert_eq!(weight_total(&[]).status, WeightStatus::Below);
    }

    #[test]
    fn huge_weights_do_not_overflow() {
        let big = Criterion { weight: Some(Percent(Decimal::MAX)), ..Criterion::default() };
        let t = weight_total(&[big.clone(), big]);
        assert_eq!(t.status, WeightStatus::Above);
    }
}
