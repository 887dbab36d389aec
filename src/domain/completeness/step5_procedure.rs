//! The open points of step 5, Offerteprocedure. What the rules ask and why: the header of `domain::completeness`.

use super::{filled, Out, Problem};
use crate::domain::dossier::{Dossier, ProcedureKind};
use crate::domain::fields::FieldId;
use crate::domain::scoring::model::{KnockoutRule, PriceFormula};
use crate::domain::thresholds::{is_iso_date, latest_period_start, procedure_mismatch};

/// Minimum number of invited providers in a private procedure ('several quotes').
pub const MIN_INVITED_PRIVATE: usize = 2;

/// Step 5, Offerteprocedure: estimate, the trajectories behind the contract value, procedure
/// and why, invited providers, timeline, bids.
pub(super) fn step5(d: &Dossier, out: &mut Out) {
    let p = &d.procedure;
    if p.estimated_price.is_none() {
        out.push(FieldId::EstimatedPrice, Problem::Missing);
    }
    // The contract value (and so the threshold check) needs every participant's number of
    // trajectories; step 1 lets a participant be added without one.
    let without_trajectories: Vec<String> =
        d.exploration.participants.iter().filter(|p| p.trajectories.is_none()).map(|p| p.id.clone()).collect();
    if !without_trajectories.is_empty() {
        out.push(FieldId::Threshold, Problem::MissingForParticipants { participants: without_trajectories });
    }
    match p.kind {
        None => out.push(FieldId::ProcedureKind, Problem::Missing),
        Some(ProcedureKind::Private) => {
            let count = p.invited.iter().filter(|i| filled(&i.name)).count();
            if count < MIN_INVITED_PRIVATE {
                out.push(FieldId::InvitedProviders, Problem::TooFewInvited { count, min: MIN_INVITED_PRIVATE });
            }
        }
        Some(_) => {}
    }
    // The procedure against the contract value and the regime (issue 17): judged on the latest
    // known thresholds, as the wizard has no clock here.
    if let Some(mismatch) = procedure_mismatch(d, latest_period_start()) {
        out.push(FieldId::ProcedureKind, Problem::ProcedureDoesNotFit { mismatch });
    }
    if !filled(&p.rationale) {
        out.push(FieldId::ProcedureRationale, Problem::Missing);
    }
    let unnamed = p.invited.iter().filter(|i| !filled(&i.name)).count();
    if unnamed > 0 {
        out.push(FieldId::InvitedProviders, Problem::UnnamedEntries { count: unnamed });
    }
    if p.timeline.is_empty() {
        out.push(FieldId::Timeline, Problem::Missing);
    }
    let unlabelled = p.timeline.iter().filter(|m| !filled(&m.label)).count();
    if unlabelled > 0 {
        out.push(FieldId::Timeline, Problem::UnnamedEntries { count: unlabelled });
    }
    let bad_dates = p.timeline.iter().filter(|m| filled(&m.date) && !is_iso_date(m.date.trim())).count();
    if bad_dates > 0 {
        out.push(FieldId::Timeline, Problem::InvalidDates { count: bad_dates });
    }
    let undated = p.timeline.iter().filter(|m| filled(&m.label) && !filled(&m.date)).count();
    if undated > 0 {
        out.push(FieldId::Timeline, Problem::DatesMissing { count: undated });
    }
    let a = &d.award;
    if a.bids.is_empty() {
        out.push(FieldId::Bids, Problem::Missing);
    } else {
        let needs_rate = a.formula == PriceFormula::CostPerResult
            || a.knockouts.iter().any(|k| matches!(k.rule, KnockoutRule::MinPlacementRate { .. }));
        let needs_lead_time = a.knockouts.iter().any(|k| matches!(k.rule, KnockoutRule::MaxLeadTimeWeeks { .. }));
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
