//! The open points of step 2, Doelgroep. What the rules ask and why: the header of `domain::completeness`.

use super::{filled, named, Out, Problem};
use crate::domain::dossier::Dossier;
use crate::domain::fields::FieldId;

/// Step 2, Doelgroep: who the purchase is for, how many per municipality, what counts as a result.
pub(super) fn step2(d: &Dossier, out: &mut Out) {
    let t = &d.target_group;
    if !filled(&t.description) {
        out.push(FieldId::TargetDescription, Problem::Missing);
    }
    if t.characteristics.is_empty() && !filled(&t.other_characteristics) {
        out.push(FieldId::Characteristics, Problem::Missing);
    }
    let without_size: Vec<String> = named(d).filter(|p| p.target_group_size.is_none()).map(|p| p.id.clone()).collect();
    if !without_size.is_empty() {
        out.push(FieldId::TargetGroupSizes, Problem::MissingForParticipants { participants: without_size });
    }
    if t.result_ladder.is_empty() {
        out.push(FieldId::ResultLadder, Problem::Missing);
    }
}
