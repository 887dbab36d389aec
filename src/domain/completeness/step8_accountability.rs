//! The open points of step 8, Verantwoording. What the rules ask and why: the header of `domain::completeness`.

use super::{named, Out, Problem};
use crate::domain::dossier::Dossier;
use crate::domain::fields::FieldId;

/// Step 8, Verantwoording: every participant accounts for its own cost.
pub(super) fn step8(d: &Dossier, out: &mut Out) {
    let missing: Vec<String> = named(d)
        .filter(|p| d.monitoring.figures.get(&p.id).and_then(|f| f.cost).is_none())
        .map(|p| p.id.clone())
        .collect();
    if !missing.is_empty() {
        out.push(FieldId::Costs, Problem::MissingForParticipants { participants: missing });
    }
}
