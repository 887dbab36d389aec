//! The open points of step 1, Verkenning. What the rules ask and why: the header of `domain::completeness`.

use super::{filled, is_participant, named, Out, Problem};
use crate::domain::contract::{budget_shortfall, budgets_without_period};
use crate::domain::dossier::Dossier;
use crate::domain::fields::FieldId;

/// Step 1, Verkenning: what is bought, why, by whom, and in which role.
pub(super) fn step1(d: &Dossier, out: &mut Out) {
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
        out.push(FieldId::Participants, Problem::UnnamedEntries { count: unnamed });
    }
    // A budget says what period it covers, so that it can be compared with the contract value
    // like with like (issue 17); the comparison is an open point here and the same note in the
    // projectplan.
    let without_period = budgets_without_period(&e.participants);
    if !without_period.is_empty() {
        out.push(FieldId::Participants, Problem::BudgetPeriodMissing { participants: without_period });
    }
    if let Some(shortfall) = budget_shortfall(d) {
        out.push(FieldId::Participants, Problem::ValueExceedsBudgets { shortfall });
    }
    match &e.contact_participant {
        None if e.participants.len() >= 2 => out.push(FieldId::ContactParticipant, Problem::NoContactParticipant),
        Some(id) if !is_participant(d, id) => out.push(FieldId::ContactParticipant, Problem::UnknownContactParticipant),
        _ => {}
    }
    if e.buyer_role.is_none() {
        out.push(FieldId::BuyerRole, Problem::Missing);
    }
    // A joint purchase needs a structure before the work starts: who decides, and how the
    // decisions reach each participant's heads of department and portfolio holders (the
    // Holland Rijnland plan, §2.3). Working groups, a facilitator and who does what per step
    // are asked for, not required.
    if e.participants.len() >= 2 {
        if !filled(&e.governance.project_group) {
            out.push(FieldId::ProjectGroup, Problem::Missing);
        }
        if !filled(&e.governance.decision_route) {
            out.push(FieldId::DecisionRoute, Problem::Missing);
        }
    }
}
