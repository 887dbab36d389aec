//! Bonus/malus on the placement rate (Apeldoorn's rule: guide appendix 1, p. 30; the bonus as
//! an incentive: guide ch. 4, p. 25).
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
//!   monitoring step (per municipality, with its own `N` and `k`); [`settle_dossier`] settles
//!   every participant of a dossier and adds up the totals, for steps 7 and 8 and the
//!   projectplan alike.

use crate::domain::dossier::{BonusMalusRule, Dossier, Participant};
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
    pub fn from_rule(
        rule: &BonusMalusRule,
        average_price: Option<Money>,
    ) -> Result<IncentiveTerms, Vec<IncentiveProblem>> {
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

/// One participant's monitoring figures (steps 7 and 8) and its bonus/malus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParticipantSettlement<'a> {
    /// The participant (municipality): each pays for its own clients.
    pub participant: &'a Participant,
    /// `N`: trajectories started.
    pub started: Option<u32>,
    /// `k`: placements (results).
    pub results: Option<u32>,
    /// Cost actually paid (step 8).
    pub cost: Option<Money>,
    /// `None` while the rule's terms or this participant's `N` and `k` are not all there;
    /// otherwise the settlement, or why it cannot be made.
    pub settlement: Option<Result<Settlement, IncentiveProblem>>,
}

impl ParticipantSettlement<'_> {
    /// The settlement, when it could be made.
    pub fn settled(&self) -> Option<&Settlement> {
        self.settlement.as_ref().and_then(|s| s.as_ref().ok())
    }

    /// Bonus minus withholding, when settled.
    pub fn net(&self) -> Option<Money> {
        self.settled().map(|s| s.net)
    }

    /// The cost paid plus the net bonus/malus (nothing added while not settled); `None`
    /// without a cost.
    pub fn paid_with_net(&self) -> Option<Money> {
        self.cost.and_then(|c| c.checked_add(self.net().unwrap_or(Money::ZERO)))
    }
}

/// The totals over a dossier's participants. A money total is `None` when it cannot be
/// given: one of its amounts is missing (as said per field) or the sum does not fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SettlementTotals {
    /// Trajectories started, over the participants that have the figure.
    pub started: u32,
    /// Placements, over the participants that have the figure.
    pub results: u32,
    /// Trajectories started according to every entry of the monitoring figures, also one
    /// kept for a participant removed since: the `N` of the payout chart of step 7.
    pub started_in_all_figures: u32,
    /// Whether every participant is settled (else the bonus, withheld and settled-net totals
    /// cover only some of them).
    pub complete: bool,
    /// Bonuses of the settled participants.
    pub bonus: Option<Money>,
    /// Withheld amounts of the settled participants.
    pub withheld: Option<Money>,
    /// Net amounts of the settled participants.
    pub settled_net: Option<Money>,
    /// Net amounts of all participants: `None` while one is not settled; zero when the
    /// contract has no (valid) bonus/malus rule.
    pub net: Option<Money>,
    /// Cost paid by all participants: `None` while one has no cost.
    pub cost: Option<Money>,
    /// Cost plus net, over all participants ([`ParticipantSettlement::paid_with_net`]):
    /// `None` while one has no cost.
    pub paid: Option<Money>,
}

/// A dossier's bonus/malus: the terms of its rule, each participant's settlement, and totals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DossierSettlement<'a> {
    /// The rule of step 3 with the contract's average price (step 7), checked.
    pub terms: Result<IncentiveTerms, Vec<IncentiveProblem>>,
    /// One row per participant, in the dossier's order.
    pub rows: Vec<ParticipantSettlement<'a>>,
    /// The totals.
    pub totals: SettlementTotals,
}

/// Settles the bonus/malus of every participant of the dossier on its monitoring figures, and
/// adds up the totals (see [`SettlementTotals`] for what each total covers).
pub fn settle_dossier(d: &Dossier) -> DossierSettlement<'_> {
    let terms = IncentiveTerms::from_rule(&d.specification.bonus_malus, d.monitoring.average_price);
    let rows: Vec<ParticipantSettlement<'_>> = d
        .exploration
        .participants
        .iter()
        .map(|participant| {
            let f = d.monitoring.figures.get(&participant.id);
            let started = f.and_then(|f| f.started);
            let results = f.and_then(|f| f.results);
            let settlement = match (terms.as_ref().ok(), started, results) {
                (Some(t), Some(n), Some(k)) => Some(settle(t, n, k)),
                _ => None,
            };
            ParticipantSettlement { participant, started, results, cost: f.and_then(|f| f.cost), settlement }
        })
        .collect();
    let count = |values: &mut dyn Iterator<Item = u32>| values.fold(0u32, u32::saturating_add);
    let settled: Vec<&Settlement> = rows.iter().filter_map(ParticipantSettlement::settled).collect();
    let all = |amount: fn(&ParticipantSettlement<'_>) -> Option<Money>| {
        rows.iter().map(amount).collect::<Option<Vec<Money>>>().and_then(Money::sum)
    };
    let totals = SettlementTotals {
        started: count(&mut rows.iter().filter_map(|r| r.started)),
        results: count(&mut rows.iter().filter_map(|r| r.results)),
        started_in_all_figures: count(&mut d.monitoring.figures.values().filter_map(|f| f.started)),
        complete: settled.len() == rows.len(),
        bonus: Money::sum(settled.iter().map(|s| s.bonus)),
        withheld: Money::sum(settled.iter().map(|s| s.withheld)),
        settled_net: Money::sum(settled.iter().map(|s| s.net)),
        net: if terms.is_ok() { all(|r| r.net()) } else { Some(Money::ZERO) },
        cost: all(|r| r.cost),
        paid: all(|r| r.paid_with_net()),
    };
    DossierSettlement { terms, rows, totals }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dossier::MonitorFigures;
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

    fn participant(id: &str, name: &str) -> Participant {
        Participant { id: id.into(), name: name.into(), ..Participant::default() }
    }

    fn figures(started: Option<u32>, results: Option<u32>, cost: Option<&str>) -> MonitorFigures {
        MonitorFigures { started, results, cost: cost.map(|c| Money(d(c))) }
    }

    /// Three municipalities under Apeldoorn's rule at € 10.000: one above the agreed rate,
    /// one below, one without results yet.
    fn dossier() -> Dossier {
        let mut dossier = Dossier::default();
        dossier.specification.bonus_malus = BonusMalusRule {
            enabled: true,
            agreed_rate: Some(Percent(d("55"))),
            bonus_share: Some(Percent(d("15"))),
            malus_share: Some(Percent(d("50"))),
        };
        dossier.monitoring.average_price = Some(Money(d("10000")));
        dossier.exploration.participants =
            vec![participant("a", "Apeldoorn"), participant("b", "Brummen"), participant("c", "Epe")];
        let f = &mut dossier.monitoring.figures;
        f.insert("a".into(), figures(Some(20), Some(14), Some("200000")));
        f.insert("b".into(), figures(Some(20), Some(8), Some("190000.50")));
        f.insert("c".into(), figures(Some(5), None, Some("50000")));
        dossier
    }

    #[test]
    fn settles_each_participant_and_adds_up() {
        let dossier = dossier();
        let s = settle_dossier(&dossier);
        assert_eq!(s.terms, Ok(apeldoorn()));
        let names: Vec<&str> = s.rows.iter().map(|r| r.participant.name.as_str()).collect();
        assert_eq!(names, ["Apeldoorn", "Brummen", "Epe"]);
        // a: 3 above -> bonus 4 500; b: 3 short -> 15 000 withheld; c: no results yet.
        assert_eq!(s.rows[0].settled().map(|s| (s.bonus, s.withheld)), Some((Money(d("4500")), Money::ZERO)));
        assert_eq!(s.rows[1].net(), Some(Money(d("-15000"))));
        assert_eq!(s.rows[2].settlement, None);
        assert_eq!(s.rows[2].started, Some(5));
        assert_eq!(s.rows[0].paid_with_net(), Some(Money(d("204500"))));
        assert_eq!(s.rows[1].paid_with_net(), Some(Money(d("175000.50"))));
        assert_eq!(s.rows[2].paid_with_net(), Some(Money(d("50000"))));
        let t = s.totals;
        assert_eq!((t.started, t.results, t.started_in_all_figures), (45, 22, 45));
        assert!(!t.complete);
        assert_eq!(t.bonus, Some(Money(d("4500"))));
        assert_eq!(t.withheld, Some(Money(d("15000"))));
        assert_eq!(t.settled_net, Some(Money(d("-10500"))));
        assert_eq!(t.net, None, "Epe is not settled yet");
        assert_eq!(t.cost, Some(Money(d("440000.50"))));
        assert_eq!(t.paid, Some(Money(d("429500.50"))));
    }

    #[test]
    fn complete_figures_give_every_total() {
        let mut dossier = dossier();
        dossier.monitoring.figures.insert("c".into(), figures(Some(5), Some(3), Some("50000")));
        let t = settle_dossier(&dossier).totals;
        // c: r·N = 2.75, 0.25 above -> 0.15 · 10 000 · 0.25 = 375
        assert!(t.complete);
        assert_eq!(t.bonus, Some(Money(d("4875"))));
        assert_eq!(t.settled_net, Some(Money(d("-10125"))));
        assert_eq!(t.net, t.settled_net);
        assert_eq!(t.paid, Some(Money(d("429875.50"))));
    }

    #[test]
    fn without_a_rule_nothing_is_settled_and_the_net_is_zero() {
        let mut dossier = dossier();
        dossier.specification.bonus_malus.enabled = false;
        let s = settle_dossier(&dossier);
        assert_eq!(s.terms, Err(vec![IncentiveProblem::NotEnabled]));
        assert!(s.rows.iter().all(|r| r.settlement.is_none()));
        assert_eq!(s.totals.net, Some(Money::ZERO));
        assert_eq!(s.totals.settled_net, Some(Money::ZERO));
        assert_eq!(s.totals.paid, Some(Money(d("440000.50"))));
    }

    #[test]
    fn a_missing_cost_or_an_impossible_figure_shows_as_such() {
        let mut dossier = dossier();
        dossier.monitoring.figures.insert("c".into(), figures(Some(5), Some(6), None));
        let s = settle_dossier(&dossier);
        assert_eq!(
            s.rows[2].settlement,
            Some(Err(IncentiveProblem::PlacementsAboveTrajectories { placements: 6, trajectories: 5 }))
        );
        assert_eq!(s.rows[2].paid_with_net(), None);
        assert_eq!((s.totals.cost, s.totals.paid, s.totals.net), (None, None, None));
        assert!(!s.totals.complete);
    }

    #[test]
    fn figures_of_a_removed_participant_count_only_for_the_chart() {
        let mut dossier = dossier();
        dossier.monitoring.figures.insert("gone".into(), figures(Some(7), Some(7), Some("1")));
        let s = settle_dossier(&dossier);
        assert_eq!(s.rows.len(), 3);
        assert_eq!((s.totals.started, s.totals.started_in_all_figures), (45, 52));
        assert_eq!(s.totals.cost, Some(Money(d("440000.50"))));
    }

    #[test]
    fn huge_counts_saturate_instead_of_overflowing() {
        let mut dossier = dossier();
        dossier.monitoring.figures.insert("a".into(), figures(Some(u32::MAX), None, None));
        assert_eq!(settle_dossier(&dossier).totals.started, u32::MAX);
    }
}
