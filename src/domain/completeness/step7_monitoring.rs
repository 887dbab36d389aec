//! The open points of step 7, Monitoring. What the rules ask and why: the header of `domain::completeness`.

use super::{is_participant, named, Out, Problem};
use crate::domain::dossier::Dossier;
use crate::domain::fields::FieldId;

/// Step 7, Monitoring: started trajectories and results per participant; the average price
/// when bonus/malus has to be computed.
pub(super) fn step7(d: &Dossier, out: &mut Out) {
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
        out.push(FieldId::MonitorFigures, Problem::MissingForParticipants { participants: missing });
    }
    if !exceeding.is_empty() {
        out.push(FieldId::MonitorFigures, Problem::ResultsExceedStarted { participants: exceeding });
    }
    let unknown = m.figures.keys().filter(|id| !is_participant(d, id)).count();
    if unknown > 0 {
        out.push(FieldId::MonitorFigures, Problem::UnknownParticipants { count: unknown });
    }
}
