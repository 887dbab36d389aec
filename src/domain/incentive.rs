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
//! - **One rule for one contract** (issue 17): [`settle_figures`] settles the participants'
//!   figures by the contract's [`SettlementBasis`], over the whole contract (the default, and
//!   what the bestek states) or per participant. [`settle_dossier`] applies it to a dossier's
//!   monitoring figures for steps 7 and 8 and the projectplan; the bid page's simulator
//!   applies it to its what-if. Figures kept for a participant removed since count nowhere.

use crate::domain::dossier::{BonusMalusRule, Dossier, Participant, SettlementBasis};
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

/// The bonus/malus of a contract settled by its basis: what [`settle_figures`] returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BasisSettlement {
    /// The settlement on all trajectories and placements together (whole contract); `None`
    /// when settled per participant.
    pub contract: Option<Settlement>,
    /// Each participant's own settlement, in order (per participant); empty for the whole
    /// contract.
    pub own: Vec<Settlement>,
    /// Each participant's part of the net amount, in order. Per participant: its own net.
    /// Whole contract: the net in proportion to the trajectories started for it, rounded to
    /// cents, the last participant taking the rounding difference; the shares add up to
    /// [`BasisSettlement::net`] exactly.
    pub shares: Vec<Money>,
    /// Bonuses: the contract's, or the participants' added up.
    pub bonus: Money,
    /// Withheld amounts: the contract's, or the participants' added up.
    pub withheld: Money,
    /// `bonus − withheld`.
    pub net: Money,
}

/// **The one settlement rule** of the app: settles the participants' figures `(N, k)`
/// (trajectories started, placements) by the contract's basis. Monitoring and accountability
/// (steps 7 and 8, through [`settle_dossier`]), the bid page's simulator and the projectplan
/// all settle through here, so one contract never gets two amounts.
///
/// - [`SettlementBasis::WholeContract`]: once, `settle(ΣN, Σk)`: 24 placements of 60 at an
///   agreed 40 % is exactly on target, nothing either way, however the placements are spread
///   over the municipalities.
/// - [`SettlementBasis::PerParticipant`]: `settle(Nᵢ, kᵢ)` for each, added up.
pub fn settle_figures(
    terms: &IncentiveTerms,
    basis: SettlementBasis,
    figures: &[(u32, u32)],
) -> Result<BasisSettlement, IncentiveProblem> {
    if let Some(&(trajectories, placements)) = figures.iter().find(|(n, k)| k > n) {
        return Err(IncentiveProblem::PlacementsAboveTrajectories { placements, trajectories });
    }
    match basis {
        SettlementBasis::PerParticipant => {
            let own = figures.iter().map(|&(n, k)| settle(terms, n, k)).collect::<Result<Vec<_>, _>>()?;
            let sum = |f: fn(&Settlement) -> Money| Money::sum(own.iter().map(f)).ok_or(IncentiveProblem::Overflow);
            let (bonus, withheld, net) = (sum(|s| s.bonus)?, sum(|s| s.withheld)?, sum(|s| s.net)?);
            let shares = own.iter().map(|s| s.net).collect();
            Ok(BasisSettlement { contract: None, own, shares, bonus, withheld, net })
        }
        SettlementBasis::WholeContract => {
            let add = |f: fn(&(u32, u32)) -> u32| {
                figures.iter().map(f).try_fold(0u32, u32::checked_add).ok_or(IncentiveProblem::Overflow)
            };
            let (n, k) = (add(|f| f.0)?, add(|f| f.1)?);
            let contract = settle(terms, n, k)?;
            let shares = pro_rata(contract.net, figures.iter().map(|f| f.0), n).ok_or(IncentiveProblem::Overflow)?;
            Ok(BasisSettlement {
                contract: Some(contract),
                own: Vec::new(),
                shares,
                bonus: contract.bonus,
                withheld: contract.withheld,
                net: contract.net,
            })
        }
    }
}

/// `total` split into whole parts in proportion to `weights` (largest remainder, ties to the
/// earlier participant); all of it to the first when the weights add up to zero.
fn split(total: u32, weights: &[u32]) -> Vec<u32> {
    let sum: u64 = weights.iter().map(|&w| u64::from(w)).sum();
    if weights.is_empty() {
        return Vec::new();
    }
    if sum == 0 {
        let mut parts = vec![0; weights.len()];
        parts[0] = total;
        return parts;
    }
    let exact: Vec<(u64, u64)> = weights
        .iter()
        .map(|&w| (u64::from(total) * u64::from(w) / sum, u64::from(total) * u64::from(w) % sum))
        .collect();
    let mut parts: Vec<u32> = exact.iter().map(|&(q, _)| u32::try_from(q).unwrap_or(u32::MAX)).collect();
    let given: u64 = exact.iter().map(|&(q, _)| q).sum();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&a, &b| exact[b].1.cmp(&exact[a].1).then(a.cmp(&b)));
    for &i in order.iter().take(usize::try_from(u64::from(total).saturating_sub(given)).unwrap_or(0)) {
        parts[i] = parts[i].saturating_add(1);
    }
    parts
}

/// The bid page's "what if": the payout for `0..=trajectories` placements settled by the basis
/// through [`settle_figures`], with the trajectories and each number of placements spread over
/// the participants in proportion to `weights` (their trajectories per year; the same rate
/// everywhere). Over the whole contract the spread does not matter; per participant it does,
/// and the line shows what the split rule costs or pays. Refuses more than
/// [`MAX_SERIES_POINTS`] points.
pub fn simulate_payout(
    terms: &IncentiveTerms,
    basis: SettlementBasis,
    weights: &[u32],
    trajectories: u32,
) -> Result<PayoutSeries, IncentiveProblem> {
    if trajectories >= MAX_SERIES_POINTS {
        return Err(IncentiveProblem::SeriesTooLong { trajectories, max: MAX_SERIES_POINTS });
    }
    let weights = if weights.is_empty() { &[1][..] } else { weights };
    let started = split(trajectories, weights);
    let points = (0..=trajectories)
        .map(|k| {
            let figures: Vec<(u32, u32)> = started.iter().copied().zip(split(k, &started)).collect();
            let b = settle_figures(terms, basis, &figures)?;
            // The contract's own settlement, or one built from the participants' sums.
            let whole = settle(terms, trajectories, k)?;
            Ok(match b.contract {
                Some(c) => c,
                None => {
                    let payout = whole.base.checked_add(b.net).ok_or(IncentiveProblem::Overflow)?;
                    Settlement { bonus: b.bonus, withheld: b.withheld, net: b.net, payout, ..whole }
                }
            })
        })
        .collect::<Result<Vec<_>, IncentiveProblem>>()?;
    let agreed_placements = points.first().map(|p| p.agreed_placements).unwrap_or_default();
    Ok(PayoutSeries { agreed_placements, points })
}

/// `amount` divided in proportion to `weights` (which add up to `total`), each part rounded to
/// cents and the last taking what rounding left, so that the parts add up exactly. With a
/// total of zero every part is zero except the last, which takes the whole amount.
fn pro_rata(amount: Money, weights: impl Iterator<Item = u32>, total: u32) -> Option<Vec<Money>> {
    let weights: Vec<u32> = weights.collect();
    let mut parts = Vec::with_capacity(weights.len());
    let mut given = Decimal::ZERO;
    for (i, w) in weights.iter().enumerate() {
        let part = if i + 1 == weights.len() {
            amount.0.checked_sub(given)?
        } else if total == 0 {
            Decimal::ZERO
        } else {
            cents(amount.0.checked_mul(Decimal::from(*w))?.checked_div(Decimal::from(total))?)
        };
        given = given.checked_add(part)?;
        parts.push(Money(part));
    }
    Some(parts)
}

/// One participant's monitoring figures (steps 7 and 8) and its part of the bonus/malus.
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
    /// Its own settlement when the rule is settled per participant: `None` while the terms or
    /// its `N` and `k` are not all there, otherwise the settlement or why it cannot be made.
    /// Settled over the whole contract it holds only a problem with its own figures (more
    /// placements than trajectories).
    pub settlement: Option<Result<Settlement, IncentiveProblem>>,
    /// Its part of the net bonus/malus ([`BasisSettlement::shares`]), when settled.
    pub share: Option<Money>,
}

impl ParticipantSettlement<'_> {
    /// Its own settlement, when settled per participant.
    pub fn settled(&self) -> Option<&Settlement> {
        self.settlement.as_ref().and_then(|s| s.as_ref().ok())
    }

    /// Its part of the net bonus/malus, when settled.
    pub fn net(&self) -> Option<Money> {
        self.share
    }

    /// The cost paid plus its part of the net bonus/malus (nothing added while not settled);
    /// `None` without a cost.
    pub fn paid_with_net(&self) -> Option<Money> {
        self.cost.and_then(|c| c.checked_add(self.net().unwrap_or(Money::ZERO)))
    }
}

/// The totals over a dossier's participants. A money total is `None` when it cannot be
/// given: one of its amounts is missing (as said per field) or the sum does not fit. Figures
/// kept for a participant removed since count nowhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SettlementTotals {
    /// Trajectories started, over the participants that have the figure: also the `N` of the
    /// payout chart of step 7.
    pub started: u32,
    /// Placements, over the participants that have the figure.
    pub results: u32,
    /// Whether the bonus/malus is settled for every participant (over the whole contract:
    /// once every participant has its figures).
    pub complete: bool,
    /// Bonuses settled so far.
    pub bonus: Option<Money>,
    /// Amounts withheld so far.
    pub withheld: Option<Money>,
    /// Net amounts settled so far.
    pub settled_net: Option<Money>,
    /// The net amount of the contract: `None` until it is settled for every participant; zero
    /// when the contract has no (valid) bonus/malus rule.
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
    /// Over which trajectories the rule is settled (step 3).
    pub basis: SettlementBasis,
    /// Over the whole contract, once every participant has its figures: the one settlement,
    /// or why it cannot be made.
    pub contract: Option<Result<Settlement, IncentiveProblem>>,
    /// One row per participant, in the dossier's order.
    pub rows: Vec<ParticipantSettlement<'a>>,
    /// The totals.
    pub totals: SettlementTotals,
}

/// Settles the bonus/malus of the dossier on its monitoring figures by the rule's basis
/// ([`settle_figures`]), and adds up the totals (see [`SettlementTotals`]). Per participant,
/// the participants with figures are settled while others wait; over the whole contract the
/// settlement waits until every participant has its figures.
pub fn settle_dossier(d: &Dossier) -> DossierSettlement<'_> {
    let rule = &d.specification.bonus_malus;
    let basis = rule.basis;
    let terms = IncentiveTerms::from_rule(rule, d.monitoring.average_price);
    let mut rows: Vec<ParticipantSettlement<'_>> = d
        .exploration
        .participants
        .iter()
        .map(|participant| {
            let f = d.monitoring.figures.get(&participant.id);
            let started = f.and_then(|f| f.started);
            let results = f.and_then(|f| f.results);
            let settlement = match (terms.as_ref().ok(), started, results) {
                (Some(t), Some(n), Some(k)) => match basis {
                    SettlementBasis::PerParticipant => Some(settle(t, n, k)),
                    SettlementBasis::WholeContract if k > n => {
                        Some(Err(IncentiveProblem::PlacementsAboveTrajectories { placements: k, trajectories: n }))
                    }
                    SettlementBasis::WholeContract => None,
                },
                _ => None,
            };
            let share = settlement.as_ref().and_then(|s| s.as_ref().ok()).map(|s| s.net);
            ParticipantSettlement { participant, started, results, cost: f.and_then(|f| f.cost), settlement, share }
        })
        .collect();
    let figures: Option<Vec<(u32, u32)>> = rows.iter().map(|r| r.started.zip(r.results)).collect();
    let contract = match (basis, terms.as_ref().ok(), figures) {
        (SettlementBasis::WholeContract, Some(t), Some(f)) if !rows.is_empty() => {
            let settled = settle_figures(t, basis, &f);
            if let Ok(b) = &settled {
                for (r, share) in rows.iter_mut().zip(&b.shares) {
                    r.share = Some(*share);
                }
            }
            Some(settled.and_then(|b| b.contract.ok_or(IncentiveProblem::Overflow)))
        }
        _ => None,
    };
    let count = |values: &mut dyn Iterator<Item = u32>| values.fold(0u32, u32::saturating_add);
    let all = |amount: fn(&ParticipantSettlement<'_>) -> Option<Money>| {
        rows.iter().map(amount).collect::<Option<Vec<Money>>>().and_then(Money::sum)
    };
    let (bonus, withheld, settled_net, complete) = match basis {
        SettlementBasis::PerParticipant => {
            let settled: Vec<&Settlement> = rows.iter().filter_map(ParticipantSettlement::settled).collect();
            (
                Money::sum(settled.iter().map(|s| s.bonus)),
                Money::sum(settled.iter().map(|s| s.withheld)),
                Money::sum(settled.iter().map(|s| s.net)),
                settled.len() == rows.len(),
            )
        }
        SettlementBasis::WholeContract => match &contract {
            Some(Ok(c)) => (Some(c.bonus), Some(c.withheld), Some(c.net), true),
            _ => (None, None, None, rows.is_empty()),
        },
    };
    let totals = SettlementTotals {
        started: count(&mut rows.iter().filter_map(|r| r.started)),
        results: count(&mut rows.iter().filter_map(|r| r.results)),
        complete,
        bonus,
        withheld,
        settled_net,
        net: if terms.is_ok() { all(|r| r.net()) } else { Some(Money::ZERO) },
        cost: all(|r| r.cost),
        paid: all(|r| r.paid_with_net()),
    };
    DossierSettlement { terms, basis, contract, rows, totals }
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
            ..BonusMalusRule::default()
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
            ..BonusMalusRule::default()
        };
        assert_eq!(IncentiveTerms::from_rule(&rule, Some(Money(d("10000")))), Ok(apeldoorn()));
    }

    fn participant(id: &str, name: &str) -> Participant {
        Participant { id: id.into(), name: name.into(), ..Participant::default() }
    }

    fn figures(started: Option<u32>, results: Option<u32>, cost: Option<&str>) -> MonitorFigures {
        MonitorFigures { started, results, cost: cost.map(|c| Money(d(c))) }
    }

    /// Three municipalities under Apeldoorn's rule at € 10.000, settled per municipality: one
    /// above the agreed rate, one below, one without results yet.
    fn dossier() -> Dossier {
        let mut dossier = Dossier::default();
        dossier.specification.bonus_malus = BonusMalusRule {
            enabled: true,
            agreed_rate: Some(Percent(d("55"))),
            bonus_share: Some(Percent(d("15"))),
            malus_share: Some(Percent(d("50"))),
            basis: SettlementBasis::PerParticipant,
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
        assert_eq!((t.started, t.results), (45, 22));
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

    /// Figures kept for a participant removed since count nowhere, not even in the chart's
    /// `N` (issue 17: they used to count there).
    #[test]
    fn figures_of_a_removed_participant_count_nowhere() {
        let mut dossier = dossier();
        dossier.monitoring.figures.insert("gone".into(), figures(Some(7), Some(7), Some("1")));
        let s = settle_dossier(&dossier);
        assert_eq!(s.rows.len(), 3);
        assert_eq!((s.totals.started, s.totals.results), (45, 22));
        assert_eq!(s.totals.cost, Some(Money(d("440000.50"))));
        dossier.specification.bonus_malus.basis = SettlementBasis::WholeContract;
        dossier.monitoring.figures.insert("c".into(), figures(Some(5), Some(3), Some("50000")));
        let s = settle_dossier(&dossier);
        let c = s.contract.expect("all figures").expect("settles");
        assert_eq!((c.trajectories, c.placements), (45, 25), "without the 7 of the removed one");
    }

    /// The walkthrough's three municipalities (issue 17): 60 trajectories, 24 placements, an
    /// agreed 40 %, € 7.500, bonus 15 %, malus 50 %.
    fn heuvelrand(basis: SettlementBasis) -> Dossier {
        let mut dossier = Dossier::default();
        dossier.specification.bonus_malus = BonusMalusRule {
            enabled: true,
            agreed_rate: Some(Percent(d("40"))),
            bonus_share: Some(Percent(d("15"))),
            malus_share: Some(Percent(d("50"))),
            basis,
        };
        dossier.monitoring.average_price = Some(Money(d("7500")));
        dossier.exploration.participants =
            vec![participant("h", "Heuvelrand"), participant("d", "Dalwijk"), participant("o", "Oosterbeek")];
        let f = &mut dossier.monitoring.figures;
        f.insert("h".into(), figures(Some(30), Some(10), Some("225000")));
        f.insert("d".into(), figures(Some(18), Some(9), Some("135000")));
        f.insert("o".into(), figures(Some(12), Some(5), Some("90000")));
        dossier
    }

    #[test]
    fn over_the_whole_contract_24_of_60_at_40_percent_is_nothing_either_way() {
        let dossier = heuvelrand(SettlementBasis::WholeContract);
        let s = settle_dossier(&dossier);
        let c = s.contract.clone().expect("all figures").expect("settles");
        assert_eq!((c.trajectories, c.placements, c.agreed_placements), (60, 24, d("24")));
        assert_eq!((c.bonus, c.withheld, c.net), (Money::ZERO, Money::ZERO, Money::ZERO));
        assert!(s.rows.iter().all(|r| r.net() == Some(Money::ZERO) && r.settled().is_none()));
        assert_eq!(s.totals.net, Some(Money::ZERO));
        assert_eq!(s.totals.paid, s.totals.cost);
        assert!(s.totals.complete);
    }

    #[test]
    fn per_municipality_the_same_figures_give_a_net_withholding() {
        // h: 12 agreed, 2 short: 0.50 · 7 500 · 2 = 7 500 withheld; d: 7.2 agreed, 1.8 above:
        // 0.15 · 7 500 · 1.8 = 2 025; o: 4.8 agreed, 0.2 above: 225. Net −5 250.
        let dossier = heuvelrand(SettlementBasis::PerParticipant);
        let s = settle_dossier(&dossier);
        assert_eq!(s.contract, None);
        let nets: Vec<Option<Money>> = s.rows.iter().map(ParticipantSettlement::net).collect();
        assert_eq!(nets, [Some(Money(d("-7500"))), Some(Money(d("2025"))), Some(Money(d("225")))]);
        assert_eq!(s.totals.net, Some(Money(d("-5250"))));
        assert_eq!(s.totals.bonus, Some(Money(d("2250"))));
    }

    #[test]
    fn over_the_whole_contract_the_net_is_shared_by_trajectories_started() {
        let mut dossier = heuvelrand(SettlementBasis::WholeContract);
        // 20 placements: 4 short of 24 -> 0.50 · 7 500 · 4 = 15 000 withheld, shared 30:18:12.
        dossier.monitoring.figures.insert("o".into(), figures(Some(12), Some(1), Some("90000")));
        let s = settle_dossier(&dossier);
        assert_eq!(s.totals.net, Some(Money(d("-15000"))));
        let nets: Vec<Option<Money>> = s.rows.iter().map(ParticipantSettlement::net).collect();
        assert_eq!(nets, [Some(Money(d("-7500"))), Some(Money(d("-4500"))), Some(Money(d("-3000")))]);
        assert_eq!(s.rows[2].paid_with_net(), Some(Money(d("87000"))));
        // Until every municipality has its figures nothing is settled.
        dossier.monitoring.figures.get_mut("o").expect("o").results = None;
        let s = settle_dossier(&dossier);
        assert_eq!(s.contract, None);
        assert!(!s.totals.complete);
        assert_eq!((s.totals.net, s.totals.bonus), (None, None));
        assert!(s.rows.iter().all(|r| r.net().is_none()));
    }

    #[test]
    fn split_is_whole_and_proportional() {
        assert_eq!(split(60, &[30, 18, 12]), [30, 18, 12]);
        assert_eq!(split(24, &[30, 18, 12]), [12, 7, 5], "12, 7.2, 4.8: the remainder to the largest fraction");
        assert_eq!(split(1, &[1, 1]), [1, 0]);
        assert_eq!(split(5, &[0, 0]), [5, 0]);
        for k in 0..=60 {
            let parts = split(k, &[30, 18, 12]);
            assert_eq!(parts.iter().sum::<u32>(), k);
            assert!(parts.iter().zip([30, 18, 12]).all(|(p, n)| *p <= n));
        }
    }

    #[test]
    fn the_simulator_settles_by_the_basis() {
        let terms = IncentiveTerms {
            average_price: Money(d("7500")),
            agreed_rate: Percent(d("40")),
            bonus_share: Percent(d("15")),
            malus_share: Percent(d("50")),
        };
        let whole = simulate_payout(&terms, SettlementBasis::WholeContract, &[30, 18, 12], 60).expect("series");
        assert_eq!(whole, payout_series(&terms, 60).expect("series"), "whole contract: the plain line");
        let per = simulate_payout(&terms, SettlementBasis::PerParticipant, &[30, 18, 12], 60).expect("series");
        // 24 placements spread 12/7/5: h on target; d 7.2 agreed, 0.2 short: 0.50 · 7 500 · 0.2
        // = 750 withheld; o 4.8 agreed, 0.2 above: 0.15 · 7 500 · 0.2 = 225 bonus.
        assert_eq!((per.points[24].bonus, per.points[24].withheld), (Money(d("225")), Money(d("750"))));
        assert_eq!(per.points[24].net, Money(d("-525")));
        assert_eq!(per.points[24].payout, Money(d("449475")));
        assert_eq!(whole.points[24].net, Money::ZERO);
        // Every placement on target or all placed: the bases agree.
        assert_eq!(per.points[60], whole.points[60]);
        assert_eq!(per.points[0].net, whole.points[0].net);
        assert!(matches!(
            simulate_payout(&terms, SettlementBasis::PerParticipant, &[1], MAX_SERIES_POINTS),
            Err(IncentiveProblem::SeriesTooLong { .. })
        ));
    }

    #[test]
    fn shares_add_up_to_the_cent() {
        let terms = IncentiveTerms {
            average_price: Money(d("1000")),
            agreed_rate: Percent(d("50")),
            bonus_share: Percent(d("10")),
            malus_share: Percent(d("10")),
        };
        // N = 3 (1 each), k = 3: 1.5 above -> 150, shared in thirds: 50, 50, 50.
        let b = settle_figures(&terms, SettlementBasis::WholeContract, &[(1, 1), (1, 1), (1, 1)]).expect("settles");
        assert_eq!(b.shares, [Money(d("50")), Money(d("50")), Money(d("50"))]);
        // N = 7 (1, 3, 3), k = 4: 0.5 above -> 50; 50/7 = 7.14, 150/7 = 21.43, rest 21.43.
        let b = settle_figures(&terms, SettlementBasis::WholeContract, &[(1, 0), (3, 2), (3, 2)]).expect("settles");
        assert_eq!(b.net, Money(d("50")));
        assert_eq!(b.shares, [Money(d("7.14")), Money(d("21.43")), Money(d("21.43"))]);
        assert_eq!(Money::sum(b.shares.iter().copied()), Some(b.net));
        // No trajectories at all: nothing to share.
        let b = settle_figures(&terms, SettlementBasis::WholeContract, &[(0, 0), (0, 0)]).expect("settles");
        assert_eq!(b.shares, [Money::ZERO, Money::ZERO]);
        // One participant: both bases agree.
        for basis in SettlementBasis::ALL {
            let b = settle_figures(&terms, basis, &[(20, 14)]).expect("settles");
            assert_eq!(b.net, settle(&terms, 20, 14).expect("settles").net);
        }
        assert_eq!(
            settle_figures(&terms, SettlementBasis::WholeContract, &[(2, 3)]),
            Err(IncentiveProblem::PlacementsAboveTrajectories { placements: 3, trajectories: 2 })
        );
    }

    #[test]
    fn huge_counts_saturate_instead_of_overflowing() {
        let mut dossier = dossier();
        dossier.monitoring.figures.insert("a".into(), figures(Some(u32::MAX), None, None));
        assert_eq!(settle_dossier(&dossier).totals.started, u32::MAX);
    }
}
