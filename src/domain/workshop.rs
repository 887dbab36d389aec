//! The workshop: a 45-minute session on innovative purchasing that a facilitator runs from the
//! app on a projector (`/workshop`). This module holds what is not words: the order of the
//! exercises and their minutes, and the material of the exercises that compute (rank reversal
//! from the demo case `workshop-omkering`, Apeldoorn's bonus/malus from the demo case
//! `apeldoorn`), built from the same domain code the dossiers use.
//!
//! Invariants, checked by the tests below:
//! - the minutes of the exercises add up to [`SESSION_MINUTES`];
//! - the material is rebuilt from the demo cases every time, so a reset of an exercise is
//!   "build it again": it never reads or writes a stored dossier.

use crate::domain::contract::{estimated_contract_value, ContractValue, ContractValueProblem};
use crate::domain::demo::demo_case;
use crate::domain::dossier::{BuyerRole, Dossier, ProcedureKind, ServiceRegime};
use crate::domain::incentive::{payout_series, settle, IncentiveProblem, IncentiveTerms, PayoutSeries, Settlement};
use crate::domain::money::Money;
use crate::domain::scoring::model::{AwardSetup, PriceFormula};
use crate::domain::scoring::{evaluate, Evaluation};
use crate::domain::source::{SourceRef, CURRENT_LAW};
use crate::domain::thresholds::{assess_dossier, ThresholdAssessment};
use rust_decimal::Decimal;

/// The length of the session.
pub const SESSION_MINUTES: u32 = 45;

/// One exercise of the session, in the order they are run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Exercise {
    /// Functional or technical? The guide's table, the coffee example, the room's own sentences.
    Functional,
    /// Who carries the risk? The guide's instruments and what each does to a provider's
    /// willingness to invest.
    Risk,
    /// Apeldoorn's bonus/malus with the number of placements as a slider.
    Incentives,
    /// Rank reversal in three steps.
    Reversal,
    /// Weights and what they cost: the range of weights that keeps the winner, the euro value
    /// of a quality point.
    Weights,
    /// The buyer's role: the four cases' choices side by side, and what each meant.
    Role,
    /// Buying together: participants added one by one, the summed value against the thresholds.
    Together,
}

impl Exercise {
    /// The session, in order.
    pub const ALL: [Exercise; 7] = [
        Exercise::Functional,
        Exercise::Risk,
        Exercise::Incentives,
        Exercise::Reversal,
        Exercise::Weights,
        Exercise::Role,
        Exercise::Together,
    ];

    /// How long the exercise takes, question to reveal.
    pub const fn minutes(self) -> u32 {
        match self {
            Exercise::Functional => 8,
            Exercise::Risk => 6,
            Exercise::Incentives => 7,
            Exercise::Reversal => 7,
            Exercise::Weights => 6,
            Exercise::Role => 5,
            Exercise::Together => 6,
        }
    }

    /// Stable id, used for element ids and the URL fragment of an exercise.
    pub const fn slug(self) -> &'static str {
        match self {
            Exercise::Functional => "functioneel",
            Exercise::Risk => "risico",
            Exercise::Reversal => "rangorde",
            Exercise::Incentives => "prikkels",
            Exercise::Weights => "gewichten",
            Exercise::Role => "rol",
            Exercise::Together => "samen",
        }
    }

    /// Its number in the session (1-based).
    pub fn number(self) -> usize {
        Exercise::ALL.iter().position(|e| *e == self).map_or(0, |i| i + 1)
    }

    /// The minute of the session at which the exercise starts (0 for the first).
    pub fn starts_at(self) -> u32 {
        Exercise::ALL.iter().take_while(|e| **e != self).map(|e| e.minutes()).sum()
    }
}

// ---- Who carries the risk? -----------------------------------------------------------------

/// An instrument of the risk exercise: something a municipality can put in the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RiskInstrument {
    /// A guaranteed minimum inflow of clients.
    InflowGuarantee,
    /// No guarantee of inflow at all.
    NoInflowGuarantee,
    /// No cure, less pay: a failed trajectory is paid in part.
    NoCureLessPay,
    /// (Almost) all pay on the result: no cure, no pay.
    NoCureNoPay,
    /// Contracts of one year.
    OneYearContract,
    /// Longer contracts (two years, or with an option to extend).
    LongerContract,
    /// The municipality co-finances a new approach until it has proven itself.
    CoFinancedPilot,
}

/// What an instrument does to a provider's willingness to invest in a new approach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InvestEffect {
    /// More willing: the municipality takes on part of the risk.
    MoreWilling,
    /// Less willing: the provider carries more of the risk.
    LessWilling,
}

impl InvestEffect {
    pub const ALL: [InvestEffect; 2] = [InvestEffect::MoreWilling, InvestEffect::LessWilling];
}

impl RiskInstrument {
    pub const ALL: [RiskInstrument; 7] = [
        RiskInstrument::InflowGuarantee,
        RiskInstrument::NoInflowGuarantee,
        RiskInstrument::NoCureLessPay,
        RiskInstrument::NoCureNoPay,
        RiskInstrument::OneYearContract,
        RiskInstrument::LongerContract,
        RiskInstrument::CoFinancedPilot,
    ];

    /// The guide's answer (§2.3 'Goede risicoverdeling', §3.3): who bears the risk decides
    /// whether a provider dares to invest.
    pub const fn effect(self) -> InvestEffect {
        match self {
            RiskInstrument::InflowGuarantee
            | RiskInstrument::NoCureLessPay
            | RiskInstrument::LongerContract
            | RiskInstrument::CoFinancedPilot => InvestEffect::MoreWilling,
            RiskInstrument::NoInflowGuarantee | RiskInstrument::NoCureNoPay | RiskInstrument::OneYearContract => {
                InvestEffect::LessWilling
            }
        }
    }

    /// Stable id for element ids.
    pub const fn slug(self) -> &'static str {
        match self {
            RiskInstrument::InflowGuarantee => "instroomgarantie",
            RiskInstrument::NoInflowGuarantee => "geen-instroomgarantie",
            RiskInstrument::NoCureLessPay => "no-cure-less-pay",
            RiskInstrument::NoCureNoPay => "no-cure-no-pay",
            RiskInstrument::OneYearContract => "jaarcontract",
            RiskInstrument::LongerContract => "langer-contract",
            RiskInstrument::CoFinancedPilot => "cofinanciering",
        }
    }
}

/// The room's answers to the risk exercise, one per instrument in [`RiskInstrument::ALL`]
/// order (`None`: not answered yet).
pub type RiskAnswers = [Option<InvestEffect>; 7];

/// How many of the room's answers agree with the guide.
pub fn risk_score(answers: &RiskAnswers) -> usize {
    RiskInstrument::ALL.iter().zip(answers).filter(|(i, a)| **a == Some(i.effect())).count()
}

// ---- Rank reversal -------------------------------------------------------------------------

/// The three steps of the rank-reversal exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReversalStep {
    /// A and B, price scored relative to the lowest price: A wins.
    TwoBids,
    /// C, hopeless itself, joins: B wins.
    ThirdBid,
    /// The same two situations with price bounds published in advance: A wins both times.
    Absolute,
}

impl ReversalStep {
    pub const ALL: [ReversalStep; 3] = [ReversalStep::TwoBids, ReversalStep::ThirdBid, ReversalStep::Absolute];

    /// Whether the step scores price with the absolute formula.
    pub const fn is_absolute(self) -> bool {
        matches!(self, ReversalStep::Absolute)
    }

    /// The situations shown side by side: without C, and (from step 2) with C.
    pub fn situations(self) -> &'static [bool] {
        match self {
            ReversalStep::TwoBids => &[false],
            ReversalStep::ThirdBid | ReversalStep::Absolute => &[false, true],
        }
    }
}

/// The published price bounds of the absolute step: at or below the lower bound a bid gets all
/// price points, at or above the upper bound none (illustrative, as in the walkthrough).
pub const REVERSAL_BOUNDS: (i64, i64) = (40_000, 150_000);

/// The award of the rank-reversal exercise: the demo case's three bids (A, B, C), with or
/// without C, and the price formula of the step. Empty (no bids) if the demo case were gone.
pub fn reversal_setup(step: ReversalStep, with_third: bool) -> AwardSetup {
    let mut setup = demo_case("workshop-omkering").map(|c| c.dossier().award).unwrap_or_default();
    if !with_third {
        // C is the third bid entered; A and B keep their entry order.
        setup.bids.truncate(2);
    }
    setup.formula = if step.is_absolute() {
        let (low, high) = REVERSAL_BOUNDS;
        PriceFormula::FixedBounds { low: Some(Money(Decimal::from(low))), high: Some(Money(Decimal::from(high))) }
    } else {
        PriceFormula::RelativeToLowest
    };
    setup
}

/// One situation of a step, evaluated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReversalSituation {
    /// Whether C takes part.
    pub with_third: bool,
    pub evaluation: Evaluation,
}

impl ReversalSituation {
    /// The winner's name, when the outcome is valid.
    pub fn winner(&self) -> Option<&str> {
        self.evaluation.outcome.as_ref().and_then(|o| o.ranking.first()).map(|r| r.bidder.as_str())
    }
}

/// The situations of a step, evaluated with the app's scoring.
pub fn reversal_situations(step: ReversalStep) -> Vec<ReversalSituation> {
    step.situations()
        .iter()
        .map(|&with_third| ReversalSituation { with_third, evaluation: evaluate(&reversal_setup(step, with_third)) })
        .collect()
}

/// Whether adding C changes the winner in this step (`None` in step 1, which has no C yet, or
/// when an outcome is missing).
pub fn reversal_winner_changes(situations: &[ReversalSituation]) -> Option<bool> {
    let without = situations.iter().find(|s| !s.with_third)?.winner()?;
    let with = situations.iter().find(|s| s.with_third)?.winner()?;
    Some(without != with)
}

// ---- Weights and what they cost ------------------------------------------------------------

/// The quality weights the weights exercise offers (price takes the rest): from 10 % to 90 %.
pub const WEIGHT_CHOICES: std::ops::RangeInclusive<u32> = 10..=90;
/// Where the weights exercise starts: the demo case's 50/50.
pub const WEIGHT_START: u32 = 50;

/// The rank-reversal case with all three bids, price relative to the lowest, and quality
/// weighing `quality_weight` % (price the rest). `None` outside [`WEIGHT_CHOICES`].
pub fn weights_setup(quality_weight: u32) -> Option<AwardSetup> {
    if !WEIGHT_CHOICES.contains(&quality_weight) {
        return None;
    }
    let mut setup = reversal_setup(ReversalStep::ThirdBid, true);
    for c in &mut setup.criteria {
        let w = match c.kind {
            crate::domain::scoring::model::CriterionKind::Price => 100 - quality_weight,
            crate::domain::scoring::model::CriterionKind::Quality => quality_weight,
        };
        c.weight = Some(crate::domain::money::Percent(Decimal::from(w)));
    }
    Some(setup)
}

// ---- Incentives ----------------------------------------------------------------------------

/// The number of trajectories of the incentives exercise (illustrative: a round number for a
/// room; the slider runs from 0 to this many placements).
pub const INCENTIVE_TRAJECTORIES: u32 = 20;

/// Apeldoorn's bonus/malus terms as the demo case holds them (55 %, bonus 15 %, malus 50 %),
/// with the demo's average trajectory price.
pub fn incentive_terms() -> Result<IncentiveTerms, Vec<IncentiveProblem>> {
    let d = demo_case("apeldoorn").map(|c| c.dossier()).unwrap_or_default();
    let price = d.monitoring.average_price.or(d.procedure.estimated_price);
    IncentiveTerms::from_rule(&d.specification.bonus_malus, price)
}

/// The payout for 0..=[`INCENTIVE_TRAJECTORIES`] placements, for the chart.
pub fn incentive_series() -> Result<PayoutSeries, IncentiveProblem> {
    let terms = incentive_terms().map_err(|p| p.into_iter().next().unwrap_or(IncentiveProblem::NotEnabled))?;
    payout_series(&terms, INCENTIVE_TRAJECTORIES)
}

/// The settlement for `placements` (clamped to the number of trajectories).
pub fn incentive_settlement(placements: u32) -> Result<Settlement, IncentiveProblem> {
    let terms = incentive_terms().map_err(|p| p.into_iter().next().unwrap_or(IncentiveProblem::NotEnabled))?;
    settle(&terms, INCENTIVE_TRAJECTORIES, placements.min(INCENTIVE_TRAJECTORIES))
}

/// Where the slider starts: the agreed number of placements (55 % of 20 = 11), where the
/// payout is exactly the trajectory payments.
pub const INCENTIVE_START: u32 = 11;

// ---- The buyer's role ----------------------------------------------------------------------

/// The four municipalities of the guide, in the order of its §3.5: the demo case keys.
pub const ROLE_CASES: [&str; 4] = ["amsterdam", "emmen", "roermond", "apeldoorn"];

/// One case of the role exercise: what the demo dossier holds on the buyer's role and the
/// choices around it, side by side with the other cases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleCase {
    /// The demo case key (one of [`ROLE_CASES`]).
    pub key: &'static str,
    /// The role the municipality took (the guide's answer).
    pub role: Option<BuyerRole>,
    pub inflow_guarantee: Option<bool>,
    pub contract_months: Option<u32>,
    pub procedure: Option<ProcedureKind>,
}

/// Where the role exercise's facts are: the guide's §3.5 on the four municipalities, chapter 4
/// on the buyer's role.
pub const ROLE_SOURCES: &[SourceRef] = &[SourceRef::guide("3.5", 21, 23), SourceRef::guide_chapter(4, 25, 26)];

/// The page of §3.5 where a case's role is described.
pub fn role_case_sources(key: &str) -> &'static [SourceRef] {
    const P22: &[SourceRef] = &[SourceRef::guide("3.5", 22, 22)];
    const P23: &[SourceRef] = &[SourceRef::guide("3.5", 23, 23)];
    if key == "apeldoorn" {
        P23
    } else {
        P22
    }
}

/// The four cases, built from the demo dossiers (so the exercise and the demos cannot disagree).
pub fn role_cases() -> Vec<RoleCase> {
    ROLE_CASES
        .iter()
        .map(|&key| {
            let d = demo_case(key).map(|c| c.dossier()).unwrap_or_default();
            RoleCase {
                key,
                role: d.exploration.buyer_role,
                inflow_guarantee: d.specification.inflow_guarantee,
                contract_months: d.specification.contract_months,
                procedure: d.procedure.kind,
            }
        })
        .collect()
}

/// The room's answers to the role exercise, one per case in [`ROLE_CASES`] order.
pub type RoleAnswers = [Option<BuyerRole>; 4];

/// How many of the room's answers name the role the guide describes for that municipality.
pub fn role_score(answers: &RoleAnswers) -> usize {
    role_cases().iter().zip(answers).filter(|(c, a)| a.is_some() && c.role == **a).count()
}

// ---- Buying together -----------------------------------------------------------------------

/// Where the joint purchase's facts are: the plan on scale (§2.1), the ten participants (§3)
/// and each paying for its own (§4); the thresholds are today's law.
pub const TOGETHER_SOURCES: &[SourceRef] =
    &[SourceRef::plan("2.1"), SourceRef::plan("3"), SourceRef::plan("4"), CURRENT_LAW];

/// The demo case of the joint purchase.
pub const JOINT_CASE: &str = "holland-rijnland";
/// The contract durations the room can choose from, options included (months).
pub const JOINT_MONTHS: [u32; 3] = [12, 24, 36];
/// Where the exercise starts: the first participant alone, the demo's twelve months.
pub const JOINT_START: (usize, u32) = (1, 12);

/// The joint purchase after `joined` participants have joined, for a contract of `months`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JointPurchase {
    /// The contract value of the whole purchase, all participants so far added up.
    pub value: ContractValue,
    /// The advice against the threshold for services in general.
    pub services: ThresholdAssessment,
    /// The advice against the threshold for social and other specific services (where
    /// re-integration usually falls).
    pub social: ThresholdAssessment,
}

/// The number of participants of the joint case (0 if the demo case were gone).
pub fn joint_participant_count() -> usize {
    joint_dossier().exploration.participants.len()
}

fn joint_dossier() -> Dossier {
    demo_case(JOINT_CASE).map(|c| c.dossier()).unwrap_or_default()
}

/// The demo case with its first `joined` participants (at least one, at most all) and a
/// contract of `months` (no separate options), assessed on `today` (`YYYY-MM-DD`) with the
/// app's own contract value and threshold rules.
pub fn joint_purchase(joined: usize, months: u32, today: &str) -> Result<JointPurchase, ContractValueProblem> {
    let mut d = joint_dossier();
    let all = d.exploration.participants.len();
    d.exploration.participants.truncate(joined.clamp(1, all.max(1)));
    d.specification.contract_months = Some(months);
    d.specification.option_months = None;
    let value = estimated_contract_value(&d)?;
    let services = assess_dossier(&d, ServiceRegime::Services, today)?;
    let social = assess_dossier(&d, ServiceRegime::SocialAndOtherSpecific, today)?;
    Ok(JointPurchase { value, services, social })
}

/// The number of participants at which the purchase first reaches the threshold of `regime`
/// (`None`: not even with all of them).
pub fn joint_crossing(months: u32, regime: ServiceRegime, today: &str) -> Option<usize> {
    (1..=joint_participant_count()).find(|&n| {
        joint_purchase(n, months, today).is_ok_and(|j| match regime {
            ServiceRegime::Services => j.services.european,
            ServiceRegime::SocialAndOtherSpecific => j.social.european,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        s.parse().expect("a decimal")
    }

    #[test]
    fn the_session_takes_45_minutes_and_every_exercise_has_a_place() {
        assert_eq!(Exercise::ALL.iter().map(|e| e.minutes()).sum::<u32>(), SESSION_MINUTES);
        assert_eq!(Exercise::Functional.number(), 1);
        assert_eq!(Exercise::Functional.starts_at(), 0);
        let last = Exercise::ALL[Exercise::ALL.len() - 1];
        assert_eq!(last.starts_at() + last.minutes(), SESSION_MINUTES);
        let mut slugs: Vec<_> = Exercise::ALL.iter().map(|e| e.slug()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), Exercise::ALL.len(), "slugs are unique");
    }

    #[test]
    fn the_room_scores_its_risk_answers_against_the_guide() {
        let none: RiskAnswers = Default::default();
        assert_eq!(risk_score(&none), 0);
        let right: RiskAnswers = RiskInstrument::ALL.map(|i| Some(i.effect()));
        assert_eq!(risk_score(&right), RiskInstrument::ALL.len());
        // Everything 'more willing': right for the four instruments that take risk off the provider.
        let all_more: RiskAnswers = [Some(InvestEffect::MoreWilling); 7];
        assert_eq!(risk_score(&all_more), 4);
        assert_eq!(RiskInstrument::NoInflowGuarantee.effect(), InvestEffect::LessWilling);
        assert_eq!(RiskInstrument::OneYearContract.effect(), InvestEffect::LessWilling);
        assert_eq!(RiskInstrument::InflowGuarantee.effect(), InvestEffect::MoreWilling);
    }

    fn ranking(s: &ReversalSituation) -> Vec<(String, Decimal)> {
        let o = s.evaluation.outcome.as_ref().expect("a valid outcome");
        o.ranking.iter().map(|r| (r.bidder.clone(), r.total)).collect()
    }

    #[test]
    fn rank_reversal_in_three_steps() {
        // Step 1: A beats B, 80,00 to 79,00.
        let one = reversal_situations(ReversalStep::TwoBids);
        assert_eq!(one.len(), 1);
        let r = ranking(&one[0]);
        assert!(r[0].0.starts_with("Aanbieder A"), "{r:?}");
        assert_eq!((r[0].1, r[1].1), (dec("80.00"), dec("79.00")));
        assert_eq!(reversal_winner_changes(&one), None);

        // Step 2: C joins and loses, but B now wins, 59,00 to A's 55,00.
        let two = reversal_situations(ReversalStep::ThirdBid);
        let with = two.iter().find(|s| s.with_third).expect("with C");
        let r = ranking(with);
        assert!(r[0].0.starts_with("Aanbieder B"), "{r:?}");
        assert_eq!((r[0].1, r[1].1, r[2].1), (dec("59.00"), dec("55.00"), dec("52.50")));
        assert!(r[2].0.starts_with("Aanbieder C"));
        assert_eq!(reversal_winner_changes(&two), Some(true));

        // Step 3: bounds published in advance: A wins with and without C, with the same points.
        let three = reversal_situations(ReversalStep::Absolute);
        assert_eq!(reversal_winner_changes(&three), Some(false));
        let without = ranking(three.iter().find(|s| !s.with_third).expect("without C"));
        let with = ranking(three.iter().find(|s| s.with_third).expect("with C"));
        assert!(without[0].0.starts_with("Aanbieder A") && with[0].0.starts_with("Aanbieder A"));
        assert_eq!(without[0].1, with[0].1, "an absolute formula scores A on its own");
        // 50·(150.000 − 100.000)/110.000 = 22,73 for price, 30,00 for quality.
        assert_eq!(without[0].1, dec("52.73"));
    }

    #[test]
    fn weights_move_the_winner_and_stay_within_their_choices() {
        let winner = |w: u32| {
            let e = evaluate(&weights_setup(w).expect("a valid weight"));
            e.outcome.expect("valid").ranking[0].bidder.clone()
        };
        assert!(winner(50).starts_with("Aanbieder B"));
        assert!(winner(20).starts_with("Aanbieder C"), "price heavy: the cheapest wins");
        // The answer the workshop reveals: B wins above about 45 % quality, C below.
        assert!(winner(45).starts_with("Aanbieder C"));
        assert!(winner(46).starts_with("Aanbieder B"));
        assert!(winner(80).starts_with("Aanbieder B"));
        assert!(weights_setup(5).is_none() && weights_setup(95).is_none());
        let o = evaluate(&weights_setup(WEIGHT_START).expect("start")).outcome.expect("valid");
        assert!(!o.sensitivity.is_empty(), "the stable range of the weights is computed");
    }

    #[test]
    fn apeldoorn_bonus_and_malus_move_with_the_placements() {
        let t = incentive_terms().expect("the demo case has Apeldoorn's terms");
        assert_eq!(t.agreed_rate.0, dec("55"));
        // 55 % of 20 = 11 placements: neither bonus nor malus.
        let at = incentive_settlement(INCENTIVE_START).expect("settles");
        assert_eq!((at.bonus.0, at.withheld.0), (Decimal::ZERO, Decimal::ZERO));
        assert_eq!(at.payout, at.base);
        // All 20 placed: 9 above, each 15 % of € 7.500.
        let all = incentive_settlement(20).expect("settles");
        assert_eq!(all.bonus.0, dec("10125.00"));
        // 5 placed: 6 short, each 50 % of € 7.500 withheld.
        let few = incentive_settlement(5).expect("settles");
        assert_eq!(few.withheld.0, dec("22500.00"));
        assert_eq!(few.payout.0, dec("127500.00"));
        // More than the trajectories is clamped, never an error.
        assert_eq!(incentive_settlement(99).expect("clamped").placements, 20);
        let series = incentive_series().expect("a chart");
        assert_eq!(series.points.len(), 21);
        assert_eq!(series.agreed_placements, dec("11"));
    }

    #[test]
    fn the_four_cases_roles_come_from_the_demo_dossiers() {
        let cases = role_cases();
        let roles: Vec<_> = cases.iter().map(|c| c.role).collect();
        assert_eq!(
            roles,
            [
                Some(BuyerRole::AtDistance),
                Some(BuyerRole::AtDistance),
                Some(BuyerRole::Director),
                Some(BuyerRole::Facilitating)
            ]
        );
        // Side by side: Emmen and Apeldoorn give an inflow guarantee, Amsterdam and Roermond do not.
        let inflow: Vec<_> = cases.iter().map(|c| c.inflow_guarantee).collect();
        assert_eq!(inflow, [Some(false), Some(true), Some(false), Some(true)]);
        assert!(cases.iter().all(|c| c.contract_months.is_some() && c.procedure.is_some()));
        let none: RoleAnswers = Default::default();
        assert_eq!(role_score(&none), 0);
        let right: RoleAnswers = [0, 1, 2, 3].map(|i| cases[i].role);
        assert_eq!(role_score(&right), 4);
        // Everyone a director: right only for Roermond.
        assert_eq!(role_score(&[Some(BuyerRole::Director); 4]), 1);
    }

    #[test]
    fn the_new_exercises_references_are_known() {
        for r in ROLE_SOURCES.iter().chain(TOGETHER_SOURCES).chain(ROLE_CASES.iter().flat_map(|k| role_case_sources(k)))
        {
            assert!(r.is_known(), "{r:?}");
        }
    }

    #[test]
    fn buying_together_adds_up_until_a_threshold_is_crossed() {
        let today = "2026-12-06";
        assert_eq!(joint_participant_count(), 3);
        // 10, 15 and 20 trajectories a year at € 6.000, twelve months.
        let values: Vec<_> = (1..=3).map(|n| joint_purchase(n, 12, today).expect("computes").value.total.0).collect();
        assert_eq!(values, [dec("60000.00"), dec("150000.00"), dec("270000.00")]);
        let third = joint_purchase(3, 12, today).expect("computes");
        assert!(third.services.european && !third.social.european);
        assert_eq!(third.value.participants, 3);
        assert_eq!(joint_crossing(12, ServiceRegime::Services, today), Some(3));
        assert_eq!(joint_crossing(12, ServiceRegime::SocialAndOtherSpecific, today), None);
        // Three years: the third participant takes the purchase past € 750.000 as well.
        assert_eq!(joint_purchase(3, 36, today).expect("computes").value.total.0, dec("810000.00"));
        assert_eq!(joint_crossing(36, ServiceRegime::SocialAndOtherSpecific, today), Some(3));
        assert_eq!(joint_crossing(24, ServiceRegime::Services, today), Some(2));
        // Out of range is clamped, never a panic.
        assert_eq!(joint_purchase(0, 12, today).expect("one at least").value.participants, 1);
        assert_eq!(joint_purchase(9, 12, today).expect("all at most").value.participants, 3);
    }
}
