//! The step-9 self-assessment: averages of the answered questions per condition.

use rust_decimal::Decimal;

/// The average of the answered scores (unanswered ones are left out), rounded to one
/// decimal half away from zero; `None` when nothing is answered.
pub fn average(scores: impl IntoIterator<Item = Option<u8>>) -> Option<Decimal> {
    let (sum, n) = scores
        .into_iter()
        .flatten()
        .fold((0u32, 0u32), |(s, n), x| (s + u32::from(x), n + 1));
    if n == 0 {
        return None;
    }
    Some((Decimal::from(sum) / Decimal::from(n)).round_dp_with_strategy(1, crate::domain::money::MONEY_ROUNDING))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn averages_only_answered_questions() {
        assert_eq!(average([None, None]), None);
        assert_eq!(average([Some(4), None, Some(1)]), Some(Decimal::new(25, 1)));
        assert_eq!(average([Some(1), Some(1), Some(2)]), Some(Decimal::new(13, 1)));
        assert_eq!(average([Some(0)]), Some(Decimal::ZERO));
    }
}
