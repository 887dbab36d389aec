//! The open points of step 6, Start uitvoering. What the rules ask and why: the header of `domain::completeness`.

use super::{filled, is_participant, named, Out, Problem};
use crate::domain::dossier::Dossier;
use crate::domain::fields::FieldId;
use crate::domain::thresholds::is_iso_date;

/// Step 6, Start uitvoering: preconditions met, a start date, first referrals per participant.
pub(super) fn step6(d: &Dossier, out: &mut Out) {
    let s = &d.start;
    if s.preconditions.is_empty() {
        out.push(FieldId::Preconditions, Problem::Missing);
    } else {
        let unnamed = s.preconditions.iter().filter(|c| !filled(&c.text)).count();
        if unnamed > 0 {
            out.push(FieldId::Preconditions, Problem::UnnamedEntries { count: unnamed });
        }
        let open = s.preconditions.iter().filter(|c| !c.done && filled(&c.text)).count();
        if open > 0 {
            out.push(FieldId::Preconditions, Problem::PreconditionsOpen { open });
        }
    }
    if !filled(&s.start_date) {
        out.push(FieldId::StartDate, Problem::Missing);
    } else if !is_iso_date(s.start_date.trim()) {
        out.push(FieldId::StartDate, Problem::InvalidDates { count: 1 });
    }
    let missing: Vec<String> =
        named(d).filter(|p| !s.first_referrals.contains_key(&p.id)).map(|p| p.id.clone()).collect();
    if !missing.is_empty() {
        out.push(FieldId::FirstReferrals, Problem::MissingForParticipants { participants: missing });
    }
    let unknown = s.first_referrals.keys().filter(|id| !is_participant(d, id)).count();
    if unknown > 0 {
        out.push(FieldId::FirstReferrals, Problem::UnknownParticipants { count: unknown });
    }
}
