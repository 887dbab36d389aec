//! Which points of a dossier are still open, per step, and the resulting step status.
//!
//! The rules ask what a policy officer would need before moving on, and no more: step 1
//! needs a title, the problem, at least one named participant, a contact participant when
//! there are two or more, and a chosen buyer role; step 3 needs a functional requirement,
//! a decision on the inflow guarantee (with a number when it is given), financing, a
//! contract duration, bonus/malus parameters when bonus/malus is on, and award criteria
//! whose weights add up to exactly 100; and so on for every step (see each `stepN`
//! function). Optional fields (goals, principles, technical requirements, selection
//! criteria, option months, reporting content, contacts, notes, a participant's contact
//! person and budget) never make a step incomplete.
//!
//! These rules are the one source of truth for what is missing: the generated documents
//! (`crate::render::documents`) print a gap marker (`[nog in te vullen: …]`) only for a
//! field that has an open point here, so a step shown as complete has no gaps in the
//! documents. What the bestek needs to be sent out (intake period, maximum duration, the
//! timeline, the trajectories behind the contract value) is therefore a rule here.
//!
//! A step is *not started* when none of its fields is filled in, *complete* when it has no
//! open points, and *incomplete* otherwise. Texts are in `crate::i18n::wizard_messages`.
//!
//! One file per step holds its rules (`step1_exploration.rs` … `step9_evaluation.rs`, each with
//! its `stepN` function); this file holds the shared types, the step status, `is_started` and
//! the small helpers the rules share. The tests are in `tests.rs`.

mod step1_exploration;
mod step2_target_group;
mod step3_specification;
mod step4_execution;
mod step5_procedure;
mod step6_start;
mod step7_monitoring;
mod step8_accountability;
mod step9_evaluation;
#[cfg(test)]
mod tests;

use crate::domain::contract::BudgetShortfall;
use crate::domain::dossier::{Dossier, Participant, Requirement};
use crate::domain::fields::FieldId;
use crate::domain::money::Percent;
use crate::domain::scoring::model::{KnockoutRule, PriceFormula};
use crate::domain::steps::Step;
use crate::domain::thresholds::ProcedureMismatch;
use rust_decimal::Decimal;
use step1_exploration::step1;
use step2_target_group::step2;
use step3_specification::step3;
use step4_execution::step4;
use step5_procedure::step5;
use step6_start::step6;
use step7_monitoring::step7;
use step8_accountability::step8;
use step9_evaluation::step9;

pub use step3_specification::is_about_innovation;
pub use step5_procedure::{is_email, is_time, MIN_INVITED_PRIVATE};

/// The state of one step in the wizard's step list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepStatus {
    NotStarted,
    Incomplete { open: usize },
    Complete,
}

/// A part of the bonus/malus rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BonusMalusPart {
    AgreedRate,
    BonusShare,
    MalusShare,
}

/// What is wrong with a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Nothing filled in (or, for a list, no usable entry).
    Missing,
    /// List entries without a name or text.
    UnnamedEntries { count: usize },
    /// Two or more participants and none is the contact during the tender.
    NoContactParticipant,
    /// The contact participant is not (any longer) among the participants.
    UnknownContactParticipant,
    /// Award criteria without a weight.
    WeightsMissing { count: usize },
    /// All weights are there but do not add up to exactly 100.
    WeightsNot100 { total: Percent },
    /// Quality-to-price: quality criteria without a euro value per point.
    ValuePerPointMissing { count: usize },
    /// Fixed price bounds: the low bound is not below the high bound.
    PriceBoundsInvalid,
    /// Bonus/malus is on but a parameter is missing.
    BonusMalusMissing { part: BonusMalusPart },
    /// A share or rate above 100 %.
    PercentAbove100 { value: Percent },
    /// A number that must be more than zero.
    MustBePositive,
    /// A private procedure with fewer invited providers than the minimum.
    TooFewInvited { count: usize, min: usize },
    /// Bids without a bidder, a price, or a figure a knock-out or the formula needs.
    BidsIncomplete { count: usize },
    /// Dates that are not `YYYY-MM-DD` calendar dates.
    InvalidDates { count: usize },
    /// Preconditions not yet ticked off.
    PreconditionsOpen { open: usize },
    /// A per-participant figure is missing for these participant ids.
    MissingForParticipants { participants: Vec<String> },
    /// Entries that refer to participants that no longer exist.
    UnknownParticipants { count: usize },
    /// More results than started trajectories for these participant ids.
    ResultsExceedStarted { participants: Vec<String> },
    /// Self-assessment scores outside 0..=4.
    ScoresOutOfRange { count: usize },
    /// Milestones with a label but without a date.
    DatesMissing { count: usize },
    /// Knock-out criteria with neither a description nor a filled-in rule.
    KnockoutsIncomplete { count: usize },
    /// Innovation is to be an award criterion, but no award criterion is about innovation
    /// (see [`is_about_innovation`]).
    NoInnovationCriterion,
    /// The last day for questions is not before the closing date for bids.
    QuestionsNotBeforeClosing,
    /// A weighted price formula is chosen but no award criterion is of kind price: the price
    /// would play no role in the score.
    NoPriceCriterion,
    /// No criterion is of kind price and this one, of kind quality, is named after the price
    /// ("Prijs"): the evaluators would have to score the price by hand.
    PriceCriterionIsQuality { name: String },
    /// The chosen procedure does not fit the contract value and the regime (a private
    /// procedure above the threshold, the light regime where it does not apply).
    ProcedureDoesNotFit { mismatch: ProcedureMismatch },
    /// These participants (ids) have a budget without saying what period it covers.
    BudgetPeriodMissing { participants: Vec<String> },
    /// The estimated contract value exceeds the participants' budgets over the same months.
    ValueExceedsBudgets { shortfall: BudgetShortfall },
}

/// One open point: the field it is about and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenPoint {
    pub field: FieldId,
    pub problem: Problem,
}

/// All open points of the dossier, in step order.
pub fn open_points(d: &Dossier) -> Vec<OpenPoint> {
    Step::ALL.into_iter().flat_map(|s| open_points_in(d, s)).collect()
}

/// The open points of one step.
pub fn open_points_in(d: &Dossier, step: Step) -> Vec<OpenPoint> {
    let mut out = Out(Vec::new());
    match step {
        Step::Verkenning => step1(d, &mut out),
        Step::Doelgroep => step2(d, &mut out),
        Step::Bestek => step3(d, &mut out),
        Step::Uitvoeringsproces => step4(d, &mut out),
        Step::Offerteprocedure => step5(d, &mut out),
        Step::StartUitvoering => step6(d, &mut out),
        Step::Monitoring => step7(d, &mut out),
        Step::Verantwoording => step8(d, &mut out),
        Step::Evaluatie => step9(d, &mut out),
    }
    out.0
}

/// The status of one step.
pub fn step_status(d: &Dossier, step: Step) -> StepStatus {
    if !is_started(d, step) {
        return StepStatus::NotStarted;
    }
    match open_points_in(d, step).len() {
        0 => StepStatus::Complete,
        open => StepStatus::Incomplete { open },
    }
}

/// The status of every step, in order.
pub fn step_statuses(d: &Dossier) -> [(Step, StepStatus); 9] {
    Step::ALL.map(|s| (s, step_status(d, s)))
}

/// Whether any field of the step is filled in. Empty list rows (a participant, requirement or
/// bid the user added but did not fill in) do not count.
pub fn is_started(d: &Dossier, step: Step) -> bool {
    let e = &d.exploration;
    let t = &d.target_group;
    let s = &d.specification;
    let x = &d.execution;
    let p = &d.procedure;
    let a = &d.award;
    match step {
        Step::Verkenning => {
            filled(&e.title)
                || filled(&e.problem)
                || filled(&e.goals)
                || filled(&e.principles)
                || e.participants.iter().any(|p| {
                    filled(&p.name) || filled(&p.contact_person) || p.trajectories.is_some() || p.budget.is_some()
                })
                || e.contact_participant.is_some()
                || e.buyer_role.is_some()
                || filled(&e.role_rationale)
        }
        Step::Doelgroep => {
            filled(&t.description)
                || !t.characteristics.is_empty()
                || filled(&t.other_characteristics)
                || !t.result_ladder.is_empty()
                || e.participants.iter().any(|p| p.target_group_size.is_some())
        }
        Step::Bestek => {
            any_text(&s.functional)
                || any_text(&s.technical)
                || s.inflow_guarantee.is_some()
                || s.inflow_clients.is_some()
                || s.financing.is_some()
                || s.failure_pay_share.is_some()
                || s.contract_months.is_some()
                || s.option_months.is_some()
                || s.bonus_malus != Default::default()
                || s.innovation_criterion
                || s.integral_price
                || s.cooperation_required
                || any_text(&s.selection_criteria)
                || a.criteria.iter().any(|c| filled(&c.name) || c.weight.is_some())
                || a.knockouts.iter().any(|k| filled(&k.description) || k.rule != KnockoutRule::Manual)
                || a.formula != PriceFormula::default()
        }
        Step::Uitvoeringsproces => {
            filled(&x.referral)
                || x.intake_weeks.is_some()
                || x.max_duration_months.is_some()
                || x.reporting_frequency.is_some()
                || filled(&x.reporting_content)
                || x.go_no_go
                || filled(&x.data_protection)
                || x.invoicing.is_some()
                || filled(&x.contacts)
        }
        Step::Offerteprocedure => {
            p.estimated_price.is_some()
                || p.threshold_override.is_some()
                || p.kind.is_some()
                || filled(&p.rationale)
                || p.invited.iter().any(|i| filled(&i.name))
                || p.timeline.iter().any(|m| filled(&m.label) || filled(&m.date))
                || a.bids.iter().any(|b| filled(&b.bidder) || b.price.is_some())
                || a.evaluators.iter().any(|e| filled(&e.name))
        }
        Step::StartUitvoering => {
            d.start.preconditions.iter().any(|c| filled(&c.text))
                || filled(&d.start.start_date)
                || !d.start.first_referrals.is_empty()
        }
        Step::Monitoring => {
            d.monitoring.average_price.is_some()
                || d.monitoring.figures.values().any(|f| f.started.is_some() || f.results.is_some())
                || filled(&d.monitoring.notes)
        }
        Step::Verantwoording => {
            d.monitoring.figures.values().any(|f| f.cost.is_some()) || filled(&d.accountability.notes)
        }
        Step::Evaluatie => {
            filled(&d.evaluation.what_worked)
                || filled(&d.evaluation.what_to_change)
                || !d.evaluation.self_assessment.is_empty()
        }
    }
}

struct Out(Vec<OpenPoint>);

impl Out {
    fn push(&mut self, field: FieldId, problem: Problem) {
        self.0.push(OpenPoint { field, problem });
    }
}

fn filled(s: &str) -> bool {
    !s.trim().is_empty()
}

fn any_text(list: &[Requirement]) -> bool {
    list.iter().any(|r| filled(&r.text))
}

/// Participants with a name: the ones per-participant rules ask about.
fn named(d: &Dossier) -> impl Iterator<Item = &Participant> {
    d.exploration.participants.iter().filter(|p| filled(&p.name))
}

fn is_participant(d: &Dossier, id: &str) -> bool {
    d.exploration.participants.iter().any(|p| p.id == id)
}

fn above_100(p: Percent) -> bool {
    p.0 > Decimal::ONE_HUNDRED
}

/// A required list of requirements: missing when no entry has text; flags entries without text.
fn requirement_list(out: &mut Out, field: FieldId, list: &[Requirement], required: bool) {
    let with_text = list.iter().filter(|r| filled(&r.text)).count();
    if required && with_text == 0 {
        out.push(field, Problem::Missing);
    }
    let empty = list.len() - with_text;
    if empty > 0 && with_text > 0 {
        out.push(field, Problem::UnnamedEntries { count: empty });
    }
}
