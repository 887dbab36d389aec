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

use crate::domain::assessment;
use crate::domain::dossier::{Dossier, Financing, Participant, ProcedureKind, Requirement};
use crate::domain::fields::FieldId;
use crate::domain::money::Percent;
use crate::domain::scoring::model::{CriterionKind, KnockoutRule, PriceFormula};
use crate::domain::scoring::weight_total;
use crate::domain::steps::Step;
use crate::domain::thresholds::is_iso_date;
use rust_decimal::Decimal;

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
}

/// One open point: the field it is about and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenPoint {
    pub field: FieldId,
    pub problem: Problem,
}

/// Minimum number of invited providers in a private procedure ('several quotes').
pub const MIN_INVITED_PRIVATE: usize = 2;

/// All open points of the dossier, in step order.
pub fn open_points(d: &Dossier) -> Vec<OpenPoint> {
    Step::ALL
        .into_iter()
        .flat_map(|s| open_points_in(d, s))
        .collect()
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
                    filled(&p.name)
                        || filled(&p.contact_person)
                        || p.trajectories.is_some()
                        || p.budget.is_some()
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
                || a.criteria
                    .iter()
                    .any(|c| filled(&c.name) || c.weight.is_some())
                || a.knockouts
                    .iter()
                    .any(|k| filled(&k.description) || k.rule != KnockoutRule::Manual)
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
                || p.timeline
                    .iter()
                    .any(|m| filled(&m.label) || filled(&m.date))
                || a.bids
                    .iter()
                    .any(|b| filled(&b.bidder) || b.price.is_some())
                || a.evaluators.iter().any(|e| filled(&e.name))
        }
        Step::StartUitvoering => {
            d.start.preconditions.iter().any(|c| filled(&c.text))
                || filled(&d.start.start_date)
                || !d.start.first_referrals.is_empty()
        }
        Step::Monitoring => {
            d.monitoring.average_price.is_some()
                || d.monitoring
                    .figures
                    .values()
                    .any(|f| f.started.is_some() || f.results.is_some())
                || filled(&d.monitoring.notes)
        }
        Step::Verantwoording => {
            d.monitoring.figures.values().any(|f| f.cost.is_some())
                || filled(&d.accountability.notes)
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
    d.exploration
        .participants
        .iter()
        .filter(|p| filled(&p.name))
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

/// Step 1, Verkenning: what is bought, why, by whom, and in which role.
fn step1(d: &Dossier, out: &mut Out) {
    let e = &d.exploration;
    if !filled(&e.title) {
        out.push(FieldId::Title, Problem::Missing);
    }
    if !filled(&e.problem) {
        out.push(FieldId::Problem, Problem::Missing);
    }
    let with_name = named(d).count();
    if with_name == 0 {
        out.push(FieldId::Participants, Problem::Missing);
    }
    let unnamed = e.participants.len() - with_name;
    if unnamed > 0 {
        out.push(
            FieldId::Participants,
            Problem::UnnamedEntries { count: unnamed },
        );
    }
    match &e.contact_participant {
        None if e.participants.len() >= 2 => {
            out.push(FieldId::ContactParticipant, Problem::NoContactParticipant)
        }
        Some(id) if !is_participant(d, id) => out.push(
            FieldId::ContactParticipant,
            Problem::UnknownContactParticipant,
        ),
        _ => {}
    }
    if e.buyer_role.is_none() {
        out.push(FieldId::BuyerRole, Problem::Missing);
    }
}

/// Step 2, Doelgroep: who the purchase is for, how many per municipality, what counts as a result.
fn step2(d: &Dossier, out: &mut Out) {
    let t = &d.target_group;
    if !filled(&t.description) {
        out.push(FieldId::TargetDescription, Problem::Missing);
    }
    if t.characteristics.is_empty() && !filled(&t.other_characteristics) {
        out.push(FieldId::Characteristics, Problem::Missing);
    }
    let without_size: Vec<String> = named(d)
        .filter(|p| p.target_group_size.is_none())
        .map(|p| p.id.clone())
        .collect();
    if !without_size.is_empty() {
        out.push(
            FieldId::TargetGroupSizes,
            Problem::MissingForParticipants {
                participants: without_size,
            },
        );
    }
    if t.result_ladder.is_empty() {
        out.push(FieldId::ResultLadder, Problem::Missing);
    }
}

/// Step 3, Bestek: requirements, risk allocation, incentives, selection and award criteria.
fn step3(d: &Dossier, out: &mut Out) {
    let s = &d.specification;
    requirement_list(out, FieldId::FunctionalRequirements, &s.functional, true);
    requirement_list(out, FieldId::TechnicalRequirements, &s.technical, false);
    match s.inflow_guarantee {
        None => out.push(FieldId::InflowGuarantee, Problem::Missing),
        Some(true) => match s.inflow_clients {
            None => out.push(FieldId::InflowClients, Problem::Missing),
            Some(0) => out.push(FieldId::InflowClients, Problem::MustBePositive),
            Some(_) => {}
        },
        Some(false) => {}
    }
    match s.financing {
        None => out.push(FieldId::Financing, Problem::Missing),
        Some(Financing::NoCureLessPay) => match s.failure_pay_share {
            None => out.push(FieldId::FailurePayShare, Problem::Missing),
            Some(p) if above_100(p) => out.push(
                FieldId::FailurePayShare,
                Problem::PercentAbove100 { value: p },
            ),
            Some(_) => {}
        },
        Some(_) => {}
    }
    match s.contract_months {
        None => out.push(FieldId::ContractMonths, Problem::Missing),
        Some(0) => out.push(FieldId::ContractMonths, Problem::MustBePositive),
        Some(_) => {}
    }
    let bm = &s.bonus_malus;
    if bm.enabled {
        let parts = [
            (BonusMalusPart::AgreedRate, bm.agreed_rate, true),
            (BonusMalusPart::BonusShare, bm.bonus_share, false),
            (BonusMalusPart::MalusShare, bm.malus_share, true),
        ];
        for (part, value, max_100) in parts {
            match value {
                None => out.push(FieldId::BonusMalus, Problem::BonusMalusMissing { part }),
                Some(p) if max_100 && above_100(p) => {
                    out.push(FieldId::BonusMalus, Problem::PercentAbove100 { value: p })
                }
                Some(_) => {}
            }
        }
    }
    if s.innovation_criterion
        && !d
            .award
            .criteria
            .iter()
            .any(|c| is_about_innovation(&c.name))
    {
        out.push(FieldId::Incentives, Problem::NoInnovationCriterion);
    }
    requirement_list(
        out,
        FieldId::SelectionCriteria,
        &s.selection_criteria,
        false,
    );
    award_criteria(d, out);
}

/// Whether an award criterion's name says it is about innovation, in Dutch or English,
/// case-insensitively: a word containing `innov` (innovatie, innovatief, procesinnovatie,
/// innovation) or `vernieuw` (vernieuwing, vernieuwende, procesvernieuwing), or a word
/// starting with `creati` (creativiteit, creatief, creatieve, creativity; not recreatie).
/// The guide rewards innovation through the approach, so 'Vernieuwende aanpak' or 'Methodiek:
/// effectiviteit, maatwerk en creativiteit' count; 'Aanpak' alone does not, because an
/// approach need not be new.
pub fn is_about_innovation(name: &str) -> bool {
    name.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.contains("innov") || w.contains("vernieuw") || w.starts_with("creati"))
}

fn award_criteria(d: &Dossier, out: &mut Out) {
    let a = &d.award;
    if a.criteria.is_empty() {
        out.push(FieldId::AwardCriteria, Problem::Missing);
        return;
    }
    let unnamed = a.criteria.iter().filter(|c| !filled(&c.name)).count();
    if unnamed > 0 {
        out.push(
            FieldId::AwardCriteria,
            Problem::UnnamedEntries { count: unnamed },
        );
    }
    let without_weight = a.criteria.iter().filter(|c| c.weight.is_none()).count();
    if without_weight > 0 {
        out.push(
            FieldId::AwardCriteria,
            Problem::WeightsMissing {
                count: without_weight,
            },
        );
    } else {
        // Every criterion has a weight here; a sum too large to hold saturates (far from 100).
        let total = weight_total(&a.criteria).total;
        if total != Decimal::ONE_HUNDRED {
            out.push(
                FieldId::AwardCriteria,
                Problem::WeightsNot100 {
                    total: Percent(total),
                },
            );
        }
    }
    let knockouts = a
        .knockouts
        .iter()
        .filter(|k| {
            !filled(&k.description)
                && !matches!(
                    k.rule,
                    KnockoutRule::MinPlacementRate { min: Some(_) }
                        | KnockoutRule::MaxLeadTimeWeeks { max: Some(_) }
                )
        })
        .count();
    if knockouts > 0 {
        out.push(
            FieldId::AwardCriteria,
            Problem::KnockoutsIncomplete { count: knockouts },
        );
    }
    match &a.formula {
        PriceFormula::FixedBounds { low, high } => match (low, high) {
            (Some(lo), Some(hi)) if lo >= hi => {
                out.push(FieldId::PriceFormula, Problem::PriceBoundsInvalid)
            }
            (Some(_), Some(_)) => {}
            _ => out.push(FieldId::PriceFormula, Problem::Missing),
        },
        PriceFormula::QualityToPrice => {
            let count = a
                .criteria
                .iter()
                .filter(|c| c.kind == CriterionKind::Quality && c.value_per_point.is_none())
                .count();
            if count > 0 {
                out.push(
                    FieldId::AwardCriteria,
                    Problem::ValuePerPointMissing { count },
                );
            }
        }
        _ => {}
    }
}

/// Step 4, Uitvoeringsproces: referral, intake period and maximum duration, reporting,
/// privacy and invoicing as the contract will say.
fn step4(d: &Dossier, out: &mut Out) {
    let x = &d.execution;
    if !filled(&x.referral) {
        out.push(FieldId::Referral, Problem::Missing);
    }
    match x.intake_weeks {
        None => out.push(FieldId::IntakeWeeks, Problem::Missing),
        Some(0) => out.push(FieldId::IntakeWeeks, Problem::MustBePositive),
        Some(_) => {}
    }
    if x.max_duration_months.is_none() {
        out.push(FieldId::MaxDuration, Problem::Missing);
    }
    if x.reporting_frequency.is_none() {
        out.push(FieldId::ReportingFrequency, Problem::Missing);
    }
    if !filled(&x.data_protection) {
        out.push(FieldId::DataProtection, Problem::Missing);
    }
    if x.invoicing.is_none() {
        out.push(FieldId::Invoicing, Problem::Missing);
    }
    if x.max_duration_months == Some(0) {
        out.push(FieldId::MaxDuration, Problem::MustBePositive);
    }
}

/// Step 5, Offerteprocedure: estimate, the trajectories behind the contract value, procedure
/// and why, invited providers, timeline, bids.
fn step5(d: &Dossier, out: &mut Out) {
    let p = &d.procedure;
    if p.estimated_price.is_none() {
        out.push(FieldId::EstimatedPrice, Problem::Missing);
    }
    // The contract value (and so the threshold check) needs every participant's number of
    // trajectories; step 1 lets a participant be added without one.
    let without_trajectories: Vec<String> = d
        .exploration
        .participants
        .iter()
        .filter(|p| p.trajectories.is_none())
        .map(|p| p.id.clone())
        .collect();
    if !without_trajectories.is_empty() {
        out.push(
            FieldId::Threshold,
            Problem::MissingForParticipants {
                participants: without_trajectories,
            },
        );
    }
    match p.kind {
        None => out.push(FieldId::ProcedureKind, Problem::Missing),
        Some(ProcedureKind::Private) => {
            let count = p.invited.iter().filter(|i| filled(&i.name)).count();
            if count < MIN_INVITED_PRIVATE {
                out.push(
                    FieldId::InvitedProviders,
                    Problem::TooFewInvited {
                        count,
                        min: MIN_INVITED_PRIVATE,
                    },
                );
            }
        }
        Some(_) => {}
    }
    if !filled(&p.rationale) {
        out.push(FieldId::ProcedureRationale, Problem::Missing);
    }
    let unnamed = p.invited.iter().filter(|i| !filled(&i.name)).count();
    if unnamed > 0 {
        out.push(
            FieldId::InvitedProviders,
            Problem::UnnamedEntries { count: unnamed },
        );
    }
    if p.timeline.is_empty() {
        out.push(FieldId::Timeline, Problem::Missing);
    }
    let unlabelled = p.timeline.iter().filter(|m| !filled(&m.label)).count();
    if unlabelled > 0 {
        out.push(
            FieldId::Timeline,
            Problem::UnnamedEntries { count: unlabelled },
        );
    }
    let bad_dates = p
        .timeline
        .iter()
        .filter(|m| filled(&m.date) && !is_iso_date(m.date.trim()))
        .count();
    if bad_dates > 0 {
        out.push(
            FieldId::Timeline,
            Problem::InvalidDates { count: bad_dates },
        );
    }
    let undated = p
        .timeline
        .iter()
        .filter(|m| filled(&m.label) && !filled(&m.date))
        .count();
    if undated > 0 {
        out.push(FieldId::Timeline, Problem::DatesMissing { count: undated });
    }
    let a = &d.award;
    if a.bids.is_empty() {
        out.push(FieldId::Bids, Problem::Missing);
    } else {
        let needs_rate = a.formula == PriceFormula::CostPerResult
            || a.knockouts
                .iter()
                .any(|k| matches!(k.rule, KnockoutRule::MinPlacementRate { .. }));
        let needs_lead_time = a
            .knockouts
            .iter()
            .any(|k| matches!(k.rule, KnockoutRule::MaxLeadTimeWeeks { .. }));
        let incomplete = a
            .bids
            .iter()
            .filter(|b| {
                !filled(&b.bidder)
                    || b.price.is_none()
                    || (needs_rate && b.placement_rate.is_none())
                    || (needs_lead_time && b.lead_time_weeks.is_none())
            })
            .count();
        if incomplete > 0 {
            out.push(FieldId::Bids, Problem::BidsIncomplete { count: incomplete });
        }
    }
}

/// Step 6, Start uitvoering: preconditions met, a start date, first referrals per participant.
fn step6(d: &Dossier, out: &mut Out) {
    let s = &d.start;
    if s.preconditions.is_empty() {
        out.push(FieldId::Preconditions, Problem::Missing);
    } else {
        let unnamed = s.preconditions.iter().filter(|c| !filled(&c.text)).count();
        if unnamed > 0 {
            out.push(
                FieldId::Preconditions,
                Problem::UnnamedEntries { count: unnamed },
            );
        }
        let open = s
            .preconditions
            .iter()
            .filter(|c| !c.done && filled(&c.text))
            .count();
        if open > 0 {
            out.push(FieldId::Preconditions, Problem::PreconditionsOpen { open });
        }
    }
    if !filled(&s.start_date) {
        out.push(FieldId::StartDate, Problem::Missing);
    } else if !is_iso_date(s.start_date.trim()) {
        out.push(FieldId::StartDate, Problem::InvalidDates { count: 1 });
    }
    let missing: Vec<String> = named(d)
        .filter(|p| !s.first_referrals.contains_key(&p.id))
        .map(|p| p.id.clone())
        .collect();
    if !missing.is_empty() {
        out.push(
            FieldId::FirstReferrals,
            Problem::MissingForParticipants {
                participants: missing,
            },
        );
    }
    let unknown = s
        .first_referrals
        .keys()
        .filter(|id| !is_participant(d, id))
        .count();
    if unknown > 0 {
        out.push(
            FieldId::FirstReferrals,
            Problem::UnknownParticipants { count: unknown },
        );
    }
}

/// Step 7, Monitoring: started trajectories and results per participant; the average price
/// when bonus/malus has to be computed.
fn step7(d: &Dossier, out: &mut Out) {
    let m = &d.monitoring;
    if d.specification.bonus_malus.enabled && m.average_price.is_none() {
        out.push(FieldId::AveragePrice, Problem::Missing);
    }
    let mut missing = Vec::new();
    let mut exceeding = Vec::new();
    for p in named(d) {
        match m.figures.get(&p.id) {
            Some(f) => match (f.started, f.results) {
                (Some(s), Some(r)) if r > s => exceeding.push(p.id.clone()),
                (Some(_), Some(_)) => {}
                _ => missing.push(p.id.clone()),
            },
            None => missing.push(p.id.clone()),
        }
    }
    if !missing.is_empty() {
        out.push(
            FieldId::MonitorFigures,
            Problem::MissingForParticipants {
                participants: missing,
            },
        );
    }
    if !exceeding.is_empty() {
        out.push(
            FieldId::MonitorFigures,
            Problem::ResultsExceedStarted {
                participants: exceeding,
            },
        );
    }
    let unknown = m.figures.keys().filter(|id| !is_participant(d, id)).count();
    if unknown > 0 {
        out.push(
            FieldId::MonitorFigures,
            Problem::UnknownParticipants { count: unknown },
        );
    }
}

/// Step 8, Verantwoording: every participant accounts for its own cost.
fn step8(d: &Dossier, out: &mut Out) {
    let missing: Vec<String> = named(d)
        .filter(|p| {
            d.monitoring
                .figures
                .get(&p.id)
                .and_then(|f| f.cost)
                .is_none()
        })
        .map(|p| p.id.clone())
        .collect();
    if !missing.is_empty() {
        out.push(
            FieldId::Costs,
            Problem::MissingForParticipants {
                participants: missing,
            },
        );
    }
}

/// Step 9, Evaluatie: what worked and what to change next time.
fn step9(d: &Dossier, out: &mut Out) {
    let e = &d.evaluation;
    if !filled(&e.what_worked) {
        out.push(FieldId::WhatWorked, Problem::Missing);
    }
    if !filled(&e.what_to_change) {
        out.push(FieldId::WhatToChange, Problem::Missing);
    }
    let out_of_range = e
        .self_assessment
        .values()
        .filter(|v| **v > assessment::SCALE_MAX)
        .count();
    if out_of_range > 0 {
        out.push(
            FieldId::SelfAssessment,
            Problem::ScoresOutOfRange {
                count: out_of_range,
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dossier::*;
    use crate::domain::money::Money;
    use crate::domain::scoring::model::{Bid, Criterion, Knockout};
    use std::str::FromStr;

    fn pct(s: &str) -> Percent {
        Percent(Decimal::from_str(s).expect("literal"))
    }
    fn money(s: &str) -> Money {
        Money(Decimal::from_str(s).expect("literal"))
    }
    fn participant(id: &str, name: &str) -> Participant {
        Participant {
            id: id.into(),
            name: name.into(),
            ..Default::default()
        }
    }
    fn req(id: &str, text: &str) -> Requirement {
        Requirement {
            id: id.into(),
            text: text.into(),
        }
    }
    fn criterion(id: &str, kind: CriterionKind, weight: Option<&str>) -> Criterion {
        Criterion {
            id: id.into(),
            name: format!("Criterium {id}"),
            kind,
            weight: weight.map(pct),
            value_per_point: None,
        }
    }
    fn points(d: &Dossier, step: Step) -> Vec<OpenPoint> {
        open_points_in(d, step)
    }
    fn has(d: &Dossier, step: Step, field: FieldId, problem: Problem) -> bool {
        points(d, step).contains(&OpenPoint { field, problem })
    }
    fn fields(d: &Dossier, step: Step) -> Vec<FieldId> {
        points(d, step).into_iter().map(|p| p.field).collect()
    }

    /// A dossier whose steps 1–9 are all complete; each test breaks one rule.
    fn complete() -> Dossier {
        let mut d = Dossier::default();
        let e = &mut d.exploration;
        e.title = "Trajecten".into();
        e.problem = "Harde kern".into();
        e.participants = vec![
            participant("a", "Gemeente A"),
            participant("b", "Gemeente B"),
        ];
        for p in &mut e.participants {
            p.target_group_size = Some(10);
            p.trajectories = Some(5);
        }
        e.contact_participant = Some("a".into());
        e.buyer_role = Some(BuyerRole::Director);
        let t = &mut d.target_group;
        t.description = "Langdurig in de bijstand".into();
        t.characteristics = vec![Characteristic::MultipleProblems];
        t.result_ladder = vec![ResultLevel::SocialActivation, ResultLevel::RegularWork];
        let s = &mut d.specification;
        s.functional = vec![req("f1", "Participatie neemt toe")];
        s.inflow_guarantee = Some(false);
        s.financing = Some(Financing::Output);
        s.contract_months = Some(12);
        d.award.criteria = vec![
            criterion("c1", CriterionKind::Price, Some("40")),
            criterion("c2", CriterionKind::Quality, Some("60")),
        ];
        let x = &mut d.execution;
        x.referral = "Klantmanager meldt aan".into();
        x.intake_weeks = Some(2);
        x.max_duration_months = Some(12);
        x.reporting_frequency = Some(ReportingFrequency::Quarterly);
        x.data_protection = "AVG-verwerkersovereenkomst".into();
        x.invoicing = Some(Invoicing::PerTrajectory);
        let p = &mut d.procedure;
        p.estimated_price = Some(money("5000"));
        p.kind = Some(ProcedureKind::Restricted);
        p.rationale = "Onder de drempel".into();
        p.timeline = vec![Milestone {
            id: "m1".into(),
            label: "Gunning".into(),
            date: "2026-07-01".into(),
        }];
        d.award.bids = vec![Bid {
            id: "b1".into(),
            bidder: "X".into(),
            price: Some(money("4800")),
            ..Default::default()
        }];
        d.start.preconditions = vec![ChecklistItem {
            id: "k1".into(),
            text: "Contract getekend".into(),
            done: true,
        }];
        d.start.start_date = "2026-01-05".into();
        d.start.first_referrals.insert("a".into(), 3);
        d.start.first_referrals.insert("b".into(), 2);
        for id in ["a", "b"] {
            d.monitoring.figures.insert(
                id.into(),
                MonitorFigures {
                    started: Some(5),
                    results: Some(3),
                    cost: Some(money("25000")),
                },
            );
        }
        d.evaluation.what_worked = "Samen inkopen".into();
        d.evaluation.what_to_change = "Eerder beginnen".into();
        d
    }

    #[test]
    fn the_reference_dossier_is_complete_in_every_step() {
        let d = complete();
        assert_eq!(open_points(&d), vec![]);
        for (step, status) in step_statuses(&d) {
            assert_eq!(status, StepStatus::Complete, "{step:?}");
        }
    }

    #[test]
    fn an_empty_dossier_has_no_started_step() {
        let d = Dossier::default();
        for (step, status) in step_statuses(&d) {
            assert_eq!(status, StepStatus::NotStarted, "{step:?}");
        }
        // ...but it does have open points to show when the user opens a step.
        assert!(has(&d, Step::Verkenning, FieldId::Title, Problem::Missing));
    }

    #[test]
    fn one_filled_field_starts_a_step() {
        let mut d = Dossier::default();
        d.exploration.goals = "Meer participatie".into();
        assert!(
            matches!(step_status(&d, Step::Verkenning), StepStatus::Incomplete { open } if open >= 4)
        );
        let mut d = Dossier::default();
        d.execution.go_no_go = true;
        assert!(matches!(
            step_status(&d, Step::Uitvoeringsproces),
            StepStatus::Incomplete { open: 6 }
        ));
        // Whitespace and empty rows are not 'filled in'.
        let mut d = Dossier::default();
        d.exploration.title = "   ".into();
        d.exploration.participants.push(Participant::default());
        d.specification.functional.push(Requirement::default());
        d.award.bids.push(Bid::default());
        d.start.preconditions.push(ChecklistItem::default());
        for step in [
            Step::Verkenning,
            Step::Bestek,
            Step::Offerteprocedure,
            Step::StartUitvoering,
        ] {
            assert_eq!(step_status(&d, step), StepStatus::NotStarted, "{step:?}");
        }
        d.exploration.participants[0].name = "Gemeente A".into();
        assert!(matches!(
            step_status(&d, Step::Verkenning),
            StepStatus::Incomplete { .. }
        ));
    }

    #[test]
    fn step1_title_problem_role() {
        let mut d = complete();
        d.exploration.title.clear();
        d.exploration.problem = " ".into();
        d.exploration.buyer_role = None;
        assert_eq!(
            fields(&d, Step::Verkenning),
            vec![FieldId::Title, FieldId::Problem, FieldId::BuyerRole]
        );
        assert_eq!(
            step_status(&d, Step::Verkenning),
            StepStatus::Incomplete { open: 3 }
        );
    }

    #[test]
    fn step1_needs_a_named_participant_and_flags_unnamed_rows() {
        let mut d = complete();
        d.exploration.participants = vec![participant("x", "")];
        d.exploration.contact_participant = None;
        assert!(has(
            &d,
            Step::Verkenning,
            FieldId::Participants,
            Problem::Missing
        ));
        assert!(has(
            &d,
            Step::Verkenning,
            FieldId::Participants,
            Problem::UnnamedEntries { count: 1 }
        ));
        d.exploration
            .participants
            .push(participant("y", "Gemeente Y"));
        assert!(!has(
            &d,
            Step::Verkenning,
            FieldId::Participants,
            Problem::Missing
        ));
    }

    #[test]
    fn step1_contact_participant_only_needed_from_two_participants() {
        let mut d = complete();
        d.exploration.contact_participant = None;
        assert!(has(
            &d,
            Step::Verkenning,
            FieldId::ContactParticipant,
            Problem::NoContactParticipant
        ));
        d.exploration.participants.truncate(1);
        assert!(!fields(&d, Step::Verkenning).contains(&FieldId::ContactParticipant));
        d.exploration.contact_participant = Some("gone".into());
        assert!(has(
            &d,
            Step::Verkenning,
            FieldId::ContactParticipant,
            Problem::UnknownContactParticipant
        ));
    }

    #[test]
    fn step2_description_characteristics_sizes_ladder() {
        let mut d = complete();
        d.target_group.description.clear();
        d.target_group.characteristics.clear();
        d.target_group.result_ladder.clear();
        d.exploration.participants[1].target_group_size = None;
        assert_eq!(
            points(&d, Step::Doelgroep),
            vec![
                OpenPoint {
                    field: FieldId::TargetDescription,
                    problem: Problem::Missing
                },
                OpenPoint {
                    field: FieldId::Characteristics,
                    problem: Problem::Missing
                },
                OpenPoint {
                    field: FieldId::TargetGroupSizes,
                    problem: Problem::MissingForParticipants {
                        participants: vec!["b".into()]
                    }
                },
                OpenPoint {
                    field: FieldId::ResultLadder,
                    problem: Problem::Missing
                },
            ]
        );
        // Free-text characteristics are enough.
        d.target_group.other_characteristics = "Veel schulden".into();
        assert!(!fields(&d, Step::Doelgroep).contains(&FieldId::Characteristics));
    }

    #[test]
    fn step3_needs_a_functional_requirement_with_text() {
        let mut d = complete();
        d.specification.functional = vec![req("f1", "  ")];
        assert!(has(
            &d,
            Step::Bestek,
            FieldId::FunctionalRequirements,
            Problem::Missing
        ));
        d.specification
            .functional
            .push(req("f2", "Uitstroom naar werk"));
        assert!(has(
            &d,
            Step::Bestek,
            FieldId::FunctionalRequirements,
            Problem::UnnamedEntries { count: 1 }
        ));
        // Technical requirements are optional.
        d.specification.functional.truncate(0);
        d.specification
            .functional
            .push(req("f2", "Uitstroom naar werk"));
        d.specification.technical.clear();
        assert_eq!(points(&d, Step::Bestek), vec![]);
    }

    #[test]
    fn step3_inflow_guarantee_needs_a_number() {
        let mut d = complete();
        d.specification.inflow_guarantee = None;
        assert!(has(
            &d,
            Step::Bestek,
            FieldId::InflowGuarantee,
            Problem::Missing
        ));
        d.specification.inflow_guarantee = Some(true);
        assert!(has(
            &d,
            Step::Bestek,
            FieldId::InflowClients,
            Problem::Missing
        ));
        d.specification.inflow_clients = Some(0);
        assert!(has(
            &d,
            Step::Bestek,
            FieldId::InflowClients,
            Problem::MustBePositive
        ));
        d.specification.inflow_clients = Some(25);
        assert_eq!(points(&d, Step::Bestek), vec![]);
    }

    #[test]
    fn step3_financing_and_no_cure_less_pay_share() {
        let mut d = complete();
        d.specification.financing = None;
        assert!(has(&d, Step::Bestek, FieldId::Financing, Problem::Missing));
        d.specification.financing = Some(Financing::NoCureLessPay);
        assert!(has(
            &d,
            Step::Bestek,
            FieldId::FailurePayShare,
            Problem::Missing
        ));
        d.specification.failure_pay_share = Some(pct("120"));
        assert!(has(
            &d,
            Step::Bestek,
            FieldId::FailurePayShare,
            Problem::PercentAbove100 { value: pct("120") }
        ));
        d.specification.failure_pay_share = Some(pct("50"));
        assert_eq!(points(&d, Step::Bestek), vec![]);
    }

    #[test]
    fn step3_contract_duration() {
        let mut d = complete();
        d.specification.contract_months = None;
        assert!(has(
            &d,
            Step::Bestek,
            FieldId::ContractMonths,
            Problem::Missing
        ));
        d.specification.contract_months = Some(0);
        assert!(has(
            &d,
            Step::Bestek,
            FieldId::ContractMonths,
            Problem::MustBePositive
        ));
    }

    #[test]
    fn step3_bonus_malus_parameters_when_enabled() {
        let mut d = complete();
        d.specification.bonus_malus.enabled = true;
        assert_eq!(
            points(&d, Step::Bestek),
            [
                BonusMalusPart::AgreedRate,
                BonusMalusPart::BonusShare,
                BonusMalusPart::MalusShare
            ]
            .map(|part| OpenPoint {
                field: FieldId::BonusMalus,
                problem: Problem::BonusMalusMissing { part }
            })
            .to_vec()
        );
        let bm = &mut d.specification.bonus_malus;
        bm.agreed_rate = Some(pct("55"));
        bm.bonus_share = Some(pct("150")); // a bonus above the price is odd but allowed
        bm.malus_share = Some(pct("101"));
        assert_eq!(
            points(&d, Step::Bestek),
            vec![OpenPoint {
                field: FieldId::BonusMalus,
                problem: Problem::PercentAbove100 { value: pct("101") }
            }]
        );
        // Parameters without 'enabled' are not checked.
        d.specification.bonus_malus.enabled = false;
        assert_eq!(points(&d, Step::Bestek), vec![]);
    }

    #[test]
    fn step3_award_weights_must_add_up_to_exactly_100() {
        let mut d = complete();
        d.award.criteria[1].weight = Some(pct("59.99"));
        assert!(has(
            &d,
            Step::Bestek,
            FieldId::AwardCriteria,
            Problem::WeightsNot100 {
                total: pct("99.99")
            }
        ));
        d.award.criteria[1].weight = Some(pct("60.00"));
        assert_eq!(points(&d, Step::Bestek), vec![], "100.00 equals 100");
        d.award.criteria[1].weight = None;
        assert!(has(
            &d,
            Step::Bestek,
            FieldId::AwardCriteria,
            Problem::WeightsMissing { count: 1 }
        ));
        d.award.criteria.clear();
        assert!(has(
            &d,
            Step::Bestek,
            FieldId::AwardCriteria,
            Problem::Missing
        ));
        d.award.criteria = vec![Criterion {
            weight: Some(pct("100")),
            ..Default::default()
        }];
        assert!(has(
            &d,
            Step::Bestek,
            FieldId::AwardCriteria,
            Problem::UnnamedEntries { count: 1 }
        ));
    }

    #[test]
    fn weight_total_saturates_instead_of_panicking() {
        let weighted = |ws: &[Percent]| -> Vec<Criterion> {
            ws.iter()
                .map(|w| Criterion {
                    weight: Some(*w),
                    ..Criterion::default()
                })
                .collect()
        };
        assert_eq!(
            Percent(weight_total(&weighted(&[Percent(Decimal::MAX), Percent(Decimal::MAX)])).total),
            Percent(Decimal::MAX)
        );
        assert_eq!(
            Percent(weight_total(&weighted(&[pct("33.33"), pct("33.33"), pct("33.34")])).total),
            pct("100")
        );
        assert_eq!(Percent(weight_total(&weighted(&[])).total), pct("0"));
        // Saturated, the total is far from 100 and step 3 says so.
        let mut d = Dossier::default();
        d.award.criteria = weighted(&[Percent(Decimal::MAX), Percent(Decimal::MAX)]);
        d.award.criteria[0].name = "Prijs".into();
        d.award.criteria[1].name = "Kwaliteit".into();
        assert!(open_points_in(&d, Step::Bestek).contains(&OpenPoint {
            field: FieldId::AwardCriteria,
            problem: Problem::WeightsNot100 {
                total: Percent(Decimal::MAX)
            },
        }));
    }

    #[test]
    fn step3_price_formula_needs_its_parameters() {
        let mut d = complete();
        d.award.formula = PriceFormula::FixedBounds {
            low: Some(money("3000")),
            high: None,
        };
        assert!(has(
            &d,
            Step::Bestek,
            FieldId::PriceFormula,
            Problem::Missing
        ));
        d.award.formula = PriceFormula::FixedBounds {
            low: Some(money("9000")),
            high: Some(money("3000")),
        };
        assert!(has(
            &d,
            Step::Bestek,
            FieldId::PriceFormula,
            Problem::PriceBoundsInvalid
        ));
        d.award.formula = PriceFormula::FixedBounds {
            low: Some(money("3000")),
            high: Some(money("9000")),
        };
        assert_eq!(points(&d, Step::Bestek), vec![]);
        d.award.formula = PriceFormula::QualityToPrice;
        assert!(has(
            &d,
            Step::Bestek,
            FieldId::AwardCriteria,
            Problem::ValuePerPointMissing { count: 1 }
        ));
        d.award.criteria[1].value_per_point = Some(money("100"));
        assert_eq!(points(&d, Step::Bestek), vec![]);
    }

    #[test]
    fn step4_referral_reporting_privacy_invoicing() {
        let mut d = complete();
        d.execution = Execution {
            go_no_go: true,
            max_duration_months: Some(0),
            ..Default::default()
        };
        assert_eq!(
            fields(&d, Step::Uitvoeringsproces),
            vec![
                FieldId::Referral,
                FieldId::IntakeWeeks,
                FieldId::ReportingFrequency,
                FieldId::DataProtection,
                FieldId::Invoicing,
                FieldId::MaxDuration
            ]
        );
    }

    #[test]
    fn step5_estimate_kind_rationale_bids() {
        let mut d = complete();
        d.procedure = Procedure::default();
        d.award.bids.clear();
        d.procedure.threshold_override = Some(money("1"));
        assert_eq!(
            fields(&d, Step::Offerteprocedure),
            vec![
                FieldId::EstimatedPrice,
                FieldId::ProcedureKind,
                FieldId::ProcedureRationale,
                FieldId::Timeline,
                FieldId::Bids
            ]
        );
    }

    #[test]
    fn step5_private_procedure_invites_several() {
        let mut d = complete();
        d.procedure.kind = Some(ProcedureKind::Private);
        d.procedure.invited = vec![Provider {
            id: "i1".into(),
            name: "Bureau 1".into(),
            note: String::new(),
        }];
        assert!(has(
            &d,
            Step::Offerteprocedure,
            FieldId::InvitedProviders,
            Problem::TooFewInvited { count: 1, min: 2 }
        ));
        d.procedure.invited.push(Provider {
            id: "i2".into(),
            name: "Bureau 2".into(),
            note: String::new(),
        });
        assert_eq!(points(&d, Step::Offerteprocedure), vec![]);
        d.procedure.invited.push(Provider::default());
        assert!(has(
            &d,
            Step::Offerteprocedure,
            FieldId::InvitedProviders,
            Problem::UnnamedEntries { count: 1 }
        ));
    }

    #[test]
    fn step5_bids_need_what_formula_and_knockouts_use() {
        let mut d = complete();
        d.award.bids.push(Bid {
            id: "b2".into(),
            bidder: "Y".into(),
            ..Default::default()
        });
        assert!(has(
            &d,
            Step::Offerteprocedure,
            FieldId::Bids,
            Problem::BidsIncomplete { count: 1 }
        ));
        d.award.bids[1].price = Some(money("5100"));
        assert_eq!(points(&d, Step::Offerteprocedure), vec![]);
        d.award.formula = PriceFormula::CostPerResult;
        assert!(has(
            &d,
            Step::Offerteprocedure,
            FieldId::Bids,
            Problem::BidsIncomplete { count: 2 }
        ));
        d.award.formula = PriceFormula::default();
        d.award.knockouts = vec![Knockout {
            id: "k".into(),
            description: String::new(),
            rule: KnockoutRule::MaxLeadTimeWeeks { max: Some(8) },
        }];
        d.award.bids[0].lead_time_weeks = Some(4);
        assert!(has(
            &d,
            Step::Offerteprocedure,
            FieldId::Bids,
            Problem::BidsIncomplete { count: 1 }
        ));
    }

    #[test]
    fn step5_timeline_labels_and_dates() {
        let mut d = complete();
        d.procedure.timeline = vec![
            Milestone {
                id: "m1".into(),
                label: "Gunning".into(),
                date: "2006-07-31".into(),
            },
            Milestone {
                id: "m2".into(),
                label: String::new(),
                date: "juli".into(),
            },
            Milestone {
                id: "m3".into(),
                label: "Nog geen datum".into(),
                date: String::new(),
            },
        ];
        assert_eq!(
            points(&d, Step::Offerteprocedure),
            vec![
                OpenPoint {
                    field: FieldId::Timeline,
                    problem: Problem::UnnamedEntries { count: 1 }
                },
                OpenPoint {
                    field: FieldId::Timeline,
                    problem: Problem::InvalidDates { count: 1 }
                },
                OpenPoint {
                    field: FieldId::Timeline,
                    problem: Problem::DatesMissing { count: 1 }
                },
            ]
        );
    }

    #[test]
    fn step4_intake_and_maximum_duration_are_required() {
        let mut d = complete();
        d.execution.intake_weeks = None;
        d.execution.max_duration_months = None;
        assert_eq!(
            points(&d, Step::Uitvoeringsproces),
            vec![
                OpenPoint {
                    field: FieldId::IntakeWeeks,
                    problem: Problem::Missing
                },
                OpenPoint {
                    field: FieldId::MaxDuration,
                    problem: Problem::Missing
                },
            ]
        );
        d.execution.intake_weeks = Some(0);
        d.execution.max_duration_months = Some(9);
        assert_eq!(
            fields(&d, Step::Uitvoeringsproces),
            vec![FieldId::IntakeWeeks]
        );
    }

    #[test]
    fn step5_needs_a_timeline_and_the_trajectories_behind_the_contract_value() {
        let mut d = complete();
        d.procedure.timeline.clear();
        d.exploration.participants[1].trajectories = None;
        assert_eq!(
            points(&d, Step::Offerteprocedure),
            vec![
                OpenPoint {
                    field: FieldId::Threshold,
                    problem: Problem::MissingForParticipants {
                        participants: vec!["b".into()]
                    }
                },
                OpenPoint {
                    field: FieldId::Timeline,
                    problem: Problem::Missing
                },
            ]
        );
    }

    #[test]
    fn step3_knockouts_need_a_description_or_a_limit() {
        let mut d = complete();
        d.award.knockouts = vec![Knockout {
            id: "k".into(),
            description: String::new(),
            rule: KnockoutRule::MinPlacementRate { min: None },
        }];
        assert!(has(
            &d,
            Step::Bestek,
            FieldId::AwardCriteria,
            Problem::KnockoutsIncomplete { count: 1 }
        ));
        d.award.knockouts[0].rule = KnockoutRule::MinPlacementRate {
            min: Some(pct("55")),
        };
        assert_eq!(points(&d, Step::Bestek), vec![]);
    }

    #[test]
    fn step3_innovation_ticked_needs_a_criterion_about_innovation() {
        let mut d = complete();
        d.specification.innovation_criterion = true;
        assert_eq!(
            points(&d, Step::Bestek),
            vec![OpenPoint {
                field: FieldId::Incentives,
                problem: Problem::NoInnovationCriterion
            }]
        );
        for name in [
            "Vernieuwende aanpak",
            "Visie en VERNIEUWING",
            "Innovatief vermogen",
            "Innovation",
            "Methodiek: effectiviteit, maatwerk en creativiteit",
            "Creatieve aanpak",
            "Creatief",
        ] {
            d.award.criteria[1].name = name.into();
            assert_eq!(points(&d, Step::Bestek), vec![], "{name}");
        }
        for name in [
            "Aanpak",
            "Plan van aanpak",
            "Recreatieve activiteiten",
            "Prijs",
        ] {
            d.award.criteria[1].name = name.into();
            assert!(!is_about_innovation(name), "{name}");
            assert!(has(
                &d,
                Step::Bestek,
                FieldId::Incentives,
                Problem::NoInnovationCriterion
            ));
        }
        d.specification.innovation_criterion = false;
        assert_eq!(points(&d, Step::Bestek), vec![]);
    }

    #[test]
    fn step6_preconditions_date_referrals() {
        let mut d = complete();
        d.start.preconditions.push(ChecklistItem {
            id: "k2".into(),
            text: "Privacy geregeld".into(),
            done: false,
        });
        d.start.start_date = "2026-02-30".into();
        d.start.first_referrals.remove("b");
        d.start.first_referrals.insert("weg".into(), 1);
        assert_eq!(
            points(&d, Step::StartUitvoering),
            vec![
                OpenPoint {
                    field: FieldId::Preconditions,
                    problem: Problem::PreconditionsOpen { open: 1 }
                },
                OpenPoint {
                    field: FieldId::StartDate,
                    problem: Problem::InvalidDates { count: 1 }
                },
                OpenPoint {
                    field: FieldId::FirstReferrals,
                    problem: Problem::MissingForParticipants {
                        participants: vec!["b".into()]
                    }
                },
                OpenPoint {
                    field: FieldId::FirstReferrals,
                    problem: Problem::UnknownParticipants { count: 1 }
                },
            ]
        );
        d.start = Start::default();
        assert_eq!(
            step_status(&d, Step::StartUitvoering),
            StepStatus::NotStarted
        );
    }

    #[test]
    fn step7_figures_per_participant_and_average_price_for_bonus_malus() {
        let mut d = complete();
        d.monitoring.figures.get_mut("a").expect("a").results = Some(9);
        d.monitoring.figures.get_mut("b").expect("b").started = None;
        d.specification.bonus_malus = BonusMalusRule {
            enabled: true,
            agreed_rate: Some(pct("55")),
            bonus_share: Some(pct("15")),
            malus_share: Some(pct("50")),
        };
        assert_eq!(
            points(&d, Step::Monitoring),
            vec![
                OpenPoint {
                    field: FieldId::AveragePrice,
                    problem: Problem::Missing
                },
                OpenPoint {
                    field: FieldId::MonitorFigures,
                    problem: Problem::MissingForParticipants {
                        participants: vec!["b".into()]
                    }
                },
                OpenPoint {
                    field: FieldId::MonitorFigures,
                    problem: Problem::ResultsExceedStarted {
                        participants: vec!["a".into()]
                    }
                },
            ]
        );
        d.monitoring.average_price = Some(money("7500"));
        d.monitoring.figures.insert(
            "a".into(),
            MonitorFigures {
                started: Some(21),
                results: Some(19),
                cost: Some(money("1")),
            },
        );
        d.monitoring.figures.insert(
            "b".into(),
            MonitorFigures {
                started: Some(0),
                results: Some(0),
                cost: Some(money("0")),
            },
        );
        assert_eq!(points(&d, Step::Monitoring), vec![]);
    }

    #[test]
    fn step8_costs_per_participant() {
        let mut d = complete();
        d.monitoring.figures.get_mut("b").expect("b").cost = None;
        assert!(has(
            &d,
            Step::Verantwoording,
            FieldId::Costs,
            Problem::MissingForParticipants {
                participants: vec!["b".into()]
            }
        ));
        // Started only by costs or notes, not by monitoring figures.
        let mut fresh = Dossier::default();
        fresh.monitoring.figures.insert(
            "a".into(),
            MonitorFigures {
                started: Some(1),
                ..Default::default()
            },
        );
        assert_eq!(
            step_status(&fresh, Step::Verantwoording),
            StepStatus::NotStarted
        );
        fresh.accountability.notes = "Via de WWB-verantwoording".into();
        assert_eq!(
            step_status(&fresh, Step::Verantwoording),
            StepStatus::Complete
        );
    }

    #[test]
    fn step9_lessons_and_score_range() {
        let mut d = complete();
        d.evaluation.what_to_change.clear();
        d.evaluation.self_assessment.insert("q1".into(), 4);
        d.evaluation.self_assessment.insert("q2".into(), 5);
        assert_eq!(
            points(&d, Step::Evaluatie),
            vec![
                OpenPoint {
                    field: FieldId::WhatToChange,
                    problem: Problem::Missing
                },
                OpenPoint {
                    field: FieldId::SelfAssessment,
                    problem: Problem::ScoresOutOfRange { count: 1 }
                },
            ]
        );
    }

    #[test]
    fn open_points_are_in_step_order_and_name_fields_of_that_step() {
        let d = Dossier::default();
        let all = open_points(&d);
        let steps: Vec<Step> = all.iter().map(|p| p.field.step()).collect();
        let mut sorted = steps.clone();
        sorted.sort();
        assert_eq!(steps, sorted);
        for s in Step::ALL {
            for p in open_points_in(&d, s) {
                assert_eq!(p.field.step(), s, "{p:?}");
            }
        }
    }
}
