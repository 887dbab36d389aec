//! Bonus/malus on the placement rate (guide §2.5; Apeldoorn's rule as the example).
//!
//! With `T` the average trajectory price, `N` trajectories, `k` placements and `r` the
//! agreed rate:
//! `bonus = bonus_share·T·max(0, k − r·N)` and `withheld = malus_share·T·max(0, r·N − k)`.
//! Apeldoorn: bonus share 15 %, malus share 50 %, `r` = 55 %.
//!
//! Invariants and decisions:
//! - **Fractional agreed numbers count exactly.** `r·N` is usually not whole (55 % of 11
//!   trajectories is 6.05 placements). It is *not* rounded: 7 placements are 0.95 above it
//!   and 6 placements are 0.05 short. This is the formula as written, it treats every
//!   trajectory alike, and it makes payout a continuous, monotone line in `k` with one
//!   kink at `r·N` (rounding `r·N` up or down would hand a whole placement's bonus or
//!   malus to one side).
//! - **Money is rounded once, at the end**: bonus and withheld amount are computed
//!   exactly and rounded to cents with [`MONEY_ROUNDING`] (half away from zero); the net
//!   amount and the payout are sums of those rounded amounts, so they add up as shown.
//! - All arithmetic is checked; inputs are range-checked first; nothing panics.
//! - The same [`settle`] serves the award step (a chart of the contract) and the
//!   monitoring step (per municipality, with its own `N` and `k`).

use crate::domain::dossier::BonusMalusRule;
use crate::domain::money::{Money, Percent, MONEY_ROUNDING};
use crate::domain::scoring::problem::{limits, money_issue, percent_issue, NumberIssue};
use rust_decimal::Decimal;

/// The most points a payout series holds; beyond it [`payout_series`] refuses.
pub const MAX_SERIES_POINTS: u32 = 10_000;

/// Which input of the bonus/malus rule a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IncentiveInput {
    /// `T`.
    AveragePrice,
    /// `r`.
    AgreedRate,
    /// The bonus share of `T` per placement above `r·N`.
    BonusShare,
    /// The share of `T` withheld per placement short of `r·N`.
    MalusShare,
}

/// Why a bonus/malus cannot be computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IncentiveProblem {
    /// The contract has no bonus/malus rule (`BonusMalusRule::enabled` is false).
    NotEnabled,
    /// An input is missing or invalid.
    Input {
        /// Which input.
        input: IncentiveInput,
        /// What is wrong with it.
        issue: NumberIssue,
    },
    /// More placements than trajectories.
    PlacementsAboveTrajectories {
        /// `k`.
        placements: u32,
        /// `N`.
        trajectories: u32,
    },
    /// A chart of this many trajectories would hold too many points.
    SeriesTooLong {
        /// `N` asked for.
        trajectories: u32,
        /// [`MAX_SERIES_POINTS`].
        max: u32,
    },
    /// A result exceeds the range of exact decimals (only with absurd inputs).
    Overflow,
}

/// The checked terms of a bonus/malus rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IncentiveTerms {
    /// `T`, the average trajectory price.
    pub average_price: Money,
    /// `r`.
    pub agreed_rate: Percent,
    /// Share of `T` paid per placement above `r·N` (Apeldoorn: 15 %).
    pub bonus_share: Percent,
    /// Share of `T` withheld per placement short of `r·N` (Apeldoorn: 50 %).
    pub malus_share: Percent,
}

impl IncentiveTerms {
    /// Apeldoorn's terms (r = 55 %, bonus 15 %, malus 50 %) with the given average price.
    pub fn apeldoorn(average_price: Money) -> IncentiveTerms {
        IncentiveTerms {
            average_price,
            agreed_rate: Percent(Decimal::from(55)),
            bonus_share: Percent(Decimal::from(15)),
            malus_share: Percent(Decimal::from(50)),
        }
    }

    /// Checks the rule from step 3 together with the average price (step 5 or 7).
    /// Returns every problem at once, so a form can mark all fields.
    pub fn from_rule(rule: &BonusMalusRule, average_price: Option<Money>) -> Result<IncentiveTerms, Vec<IncentiveProblem>> {
        if !rule.enabled {
            return Err(vec![IncentiveProblem::NotEnabled]);
        }
        let mut problems = Vec::new();
        let mut check = |input: IncentiveInput, issue: Option<NumberIssue>| {
            if let Some(issue) = issue {
                problems.push(IncentiveProblem::Input { input, issue });
            }
        };
        let pct = |p: Option<Percent>| match p {
            None => Some(NumberIssue::Missing),
            Some(p) => percent_issue(p.0, limits::PERCENT_DECIMALS, false),
        };
        check(
            IncentiveInput::AveragePrice,
            match average_price {
                None => Some(NumberIssue::Missing),
                Some(m) => money_issue(m.0, false),
            },
        );
        check(IncentiveInput::AgreedRate, pct(rule.agreed_rate));
        check(IncentiveInput::BonusShare, pct(rule.bonus_share));
        check(IncentiveInput::MalusShare, pct(rule.malus_share));
        match (average_price, rule.agreed_rate, rule.bonus_share, rule.malus_share) {
            (Some(average_price), Some(agreed_rate), Some(bonus_share), Some(malus_share)) if problems.is_empty() => {
                Ok(IncentiveTerms { average_price, agreed_rate, bonus_share, malus_share })
            }
            _ => Err(problems),
        }
    }
}

/// The bonus or malus for one number of placements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settlement {
    /// `N`.
    pub trajectories: u32,
    /// `k`.
    pub placements: u32,
    /// `r·N`, exact (may be fractional).
    pub agreed_placements: Decimal,
    /// `max(0, k − r·N)`.
    pub above: Decimal,
    /// `max(0, r·N − k)`.
    pub short: Decimal,
    /// `bonus_share·T·above`, rounded to cents.
    pub bonus: Money,
    /// `malus_share·T·short`, rounded to cents.
    pub withheld: Money,
    /// `bonus − withheld` (negative when money is withheld).
    pub net: Money,
    /// `N·T`: the trajectory payments before bonus/malus.
    pub base: Money,
    /// `base + net`.
    pub payout: Money,
}

fn pct(p: Percent) -> Option<Decimal> {
    p.0.checked_div(Decimal::ONE_HUNDRED)
}

fn cents(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, MONEY_ROUNDING)
}

/// Settles the bonus/malus for `placements` out of `trajectories`.
pub fn settle(terms: &IncentiveTerms, trajectories: u32, placements: u32) -> Result<Settlement, IncentiveProblem> {
    if placements > trajectories {
        return Err(IncentiveProblem::PlacementsAboveTrajectories { placements, trajectories });
    }
    let calc = || -> Option<Settlement> {
        let n = Decimal::from(trajectories);
        let k = Decimal::from(placements);
        let t = terms.average_price.0;
        let agreed = terms.agreed_rate.0.checked_mul(n)?.checked_div(Decimal::ONE_HUNDRED)?;
        let diff = k.checked_sub(agreed)?;
        let above = diff.max(Decimal::ZERO);
        let short = (-diff).max(Decimal::ZERO);
        let bonus = cents(pct(terms.bonus_share)?.checked_mul(t)?.checked_mul(above)?);
        let withheld = cents(pct(terms.malus_share)?.checked_mul(t)?.checked_mul(short)?);
        let net = bonus.checked_sub(withheld)?;
        let base = cents(n.checked_mul(t)?);
        let payout = base.checked_add(net)?;
        Some(Settlement {
            trajectories,
            placements,
            agreed_placements: agreed,
            above,
            short,
            bonus: Money(bonus),
            withheld: Money(withheld),
            net: Money(net),
            base: Money(base),
            payout: Money(payout),
        })
    };
    calc().ok_or(IncentiveProblem::Overflow)
}

/// A chart of the payout against the number of placements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayoutSeries {
    /// `r·N`: where the line bends (exact, may be fractional).
    pub agreed_placements: Decimal,
    /// One settlement for each `k` in `0..=N`.
    pub points: Vec<Settlement>,
}

/// Settlements for every number of placements `0..=trajectories`, for a chart.
/// Refuses more than [`MAX_SERIES_POINTS`] points.
pub fn payout_series(terms: &IncentiveTerms, trajectories: u32) -> Result<PayoutSeries, IncentiveProblem> {
    if trajectories >= MAX_SERIES_POINTS {
        return Err(IncentiveProblem::SeriesTooLong { trajectories, max: MAX_SERIES_POINTS });
    }
    let points = (0..=trajectories).map(|k| settle(terms, trajectories, k)).collect::<Result<Vec<_>, _>>()?;
    let agreed_placements = points.first().map(|p| p.agreed_placements).unwrap_or_default();
    Ok(PayoutSeries { agreed_placements, points })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).expect("literal")
    }

    fn apeldoorn() -> IncentiveTerms {
        IncentiveTerms::apeldoorn(Money(d("10000")))
    }

    #[test]
    fn apeldoorn_bonus_by_hand() {
        // N = 20, r·N = 11; k = 14: 3 above -> 0.15 · 10 000 · 3 = 4 500
        let s = settle(&apeldoorn(), 20, 14).expect("settles");
        assert_eq!(s.agreed_placements, d("11"));
        assert_eq!((s.above, s.short), (d("3"), d("0")));
        assert_eq!((s.bonus, s.withheld, s.net), (Money(d("4500")), Money(d("0")), Money(d("4500"))));
        assert_eq!((s.base, s.payout), (Money(d("200000")), Money(d("204500"))));
    }

    #[test]
    fn apeldoorn_malus_by_hand() {
        // N = 20, r·N = 11; k = 8: 3 short -> 0.50 · 10 000 · 3 = 15 000 withheld
        let s = settle(&apeldoorn(), 20, 8).expect("settles");
        assert_eq!((s.bonus, s.withheld, s.net), (Money(d("0")), Money(d("15000")), Money(d("-15000"))));
        assert_eq!(s.payout, Money(d("185000")));
        // exactly on target: nothing either way
        let s = settle(&apeldoorn(), 20, 11).expect("settles");
        assert_eq!((s.bonus, s.withheld), (Money(d("0")), Money(d("0"))));
    }

    #[test]
    fn fractional_agreed_number_counts_exactly() {
        // N = 11: r·N = 6.05. k = 7 -> 0.95 above: 0.15 · 10 000 · 0.95 = 1 425
        let s = settle(&apeldoorn(), 11, 7).expect("settles");
        assert_eq!(s.agreed_placements, d("6.05"));
        assert_eq!(s.bonus, Money(d("1425")));
        // k = 6 -> 0.05 short: 0.50 · 10 000 · 0.05 = 250 withheld
        let s = settle(&apeldoorn(), 11, 6).expect("settles");
        assert_eq!(s.withheld, Money(d("250")));
    }

    #[test]
    fn rounds_money_once_half_away_from_zero() {
        // T = 333.33, N = 1, r = 55 %: k = 1 -> 0.45 above; 0.15 · 333.33 · 0.45 = 22.499775 -> 22.50
        let terms = IncentiveTerms { average_price: Money(d("333.33")), ..apeldoorn() };
        let s = settle(&terms, 1, 1).expect("settles");
        assert_eq!(s.bonus, Money(d("22.50")));
        // a half-way case: T = 0.01, one placement short: 0.50 · 0.01 · 1 = 0.005 -> 0.01
        // (banker's rounding would give 0.00)
        let terms = IncentiveTerms { average_price: Money(d("0.01")), ..apeldoorn() };
        let s = settle(&terms, 20, 10).expect("settles");
        assert_eq!(s.withheld, Money(d("0.01")));
    }

    #[test]
    fn series_is_monotone_with_a_kink_at_r_n() {
        let series = payout_series(&apeldoorn(), 20).expect("series");
        assert_eq!(series.points.len(), 21);
        assert_eq!(series.agreed_placements, d("11"));
        for w in series.points.windows(2) {
            assert!(w[1].payout > w[0].payout);
        }
        // 5 000 per placement below r·N, 1 500 above
        assert_eq!(series.points[1].payout.0 - series.points[0].payout.0, d("5000"));
        assert_eq!(series.points[20].payout.0 - series.points[19].payout.0, d("1500"));
    }

    #[test]
    fn problems_instead_of_panics() {
        assert_eq!(
            settle(&apeldoorn(), 5, 6),
            Err(IncentiveProblem::PlacementsAboveTrajectories { placements: 6, trajectories: 5 })
        );
        assert!(matches!(payout_series(&apeldoorn(), u32::MAX), Err(IncentiveProblem::SeriesTooLong { .. })));
        let rule = BonusMalusRule { enabled: false, ..BonusMalusRule::default() };
        assert_eq!(IncentiveTerms::from_rule(&rule, None), Err(vec![IncentiveProblem::NotEnabled]));
        let rule = BonusMalusRule {
            enabled: true,
            agreed_rate: Some(Percent(d("120"))),
            bonus_share: None,
            malus_share: Some(Percent(d("50"))),
        };
        let problems = IncentiveTerms::from_rule(&rule, Some(Money(d("-1")))).expect_err("invalid");
        assert_eq!(
            problems,
            vec![
                IncentiveProblem::Input { input: IncentiveInput::AveragePrice, issue: NumberIssue::Negative },
                IncentiveProblem::Input { input: IncentiveInput::AgreedRate, issue: NumberIssue::AboveHundred },
                IncentiveProblem::Input { input: IncentiveInput::BonusShare, issue: NumberIssue::Missing },
            ]
        );
        // huge numbers: no overflow panic
        let terms = IncentiveTerms { average_price: Money(limits::MAX_MONEY), ..apeldoorn() };
        assert!(settle(&terms, u32::MAX, u32::MAX).is_ok());
    }

    #[test]
    fn from_rule_accepts_apeldoorn() {
        let rule = BonusMalusRule {
            enabled: true,
            agreed_rate: Some(Percent(d("55"))),
            bonus_share: Some(Percent(d("15"))),
            malus_share: Some(Percent(d("50"))),
        };
        assert_eq!(IncentiveTerms::from_rule(&rule, Some(Money(d("10000")))), Ok(apeldoorn()));
    }
}
