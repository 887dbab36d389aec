//! The open points of step 5, Offerteprocedure. What the rules ask and why: the header of `domain::completeness`.

use super::{filled, Out, Problem};
use crate::domain::dossier::{Dossier, ProcedureKind, SubmissionChannel};
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
    submission(d, out);
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

/// The request for tender's arrangements: where bids go (and the address when by e-mail),
/// the last day for questions, the closing date and time, the purchase conditions.
fn submission(d: &Dossier, out: &mut Out) {
    let s = &d.procedure.submission;
    let address_ok = is_email(s.address.trim());
    match s.channel {
        None => out.push(FieldId::SubmissionChannel, Problem::Missing),
        Some(SubmissionChannel::Email) if !address_ok => out.push(FieldId::SubmissionChannel, Problem::Missing),
        Some(_) => {}
    }
    date_point(&s.questions_deadline, FieldId::QuestionsDeadline, out);
    date_point(&s.deadline, FieldId::SubmissionDeadline, out);
    if is_iso_date(s.deadline.trim()) && !is_time(s.deadline_time.trim()) {
        out.push(FieldId::SubmissionDeadline, Problem::Missing);
    }
    // ISO dates compare as text; the answers must be out before the bids are due.
    let (questions, closing) = (s.questions_deadline.trim(), s.deadline.trim());
    if is_iso_date(questions) && is_iso_date(closing) && questions >= closing {
        out.push(FieldId::QuestionsDeadline, Problem::QuestionsNotBeforeClosing);
    }
    if !filled(&s.purchase_conditions) {
        out.push(FieldId::PurchaseConditions, Problem::Missing);
    }
}

fn date_point(date: &str, field: FieldId, out: &mut Out) {
    let date = date.trim();
    if date.is_empty() {
        out.push(field, Problem::Missing);
    } else if !is_iso_date(date) {
        out.push(field, Problem::InvalidDates { count: 1 });
    }
}

/// `HH:MM` with a valid hour and minute, as a time input gives it.
pub fn is_time(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 5 || b[2] != b':' || !b.iter().enumerate().all(|(i, c)| i == 2 || c.is_ascii_digit()) {
        return false;
    }
    let n = |i: usize| u32::from(b[i] - b'0') * 10 + u32::from(b[i + 1] - b'0');
    n(0) < 24 && n(3) < 60
}

/// A plausible e-mail address: one `@` with text before it and a dotted domain after it, no
/// spaces.
pub fn is_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && !s.contains(char::is_whitespace)
                && domain.split('.').count() >= 2
                && domain.split('.').all(|part| !part.is_empty())
        }
        None => false,
    }
}
