//! The open points of step 9, Evaluatie. What the rules ask and why: the header of `domain::completeness`.

use super::{filled, Out, Problem};
use crate::domain::assessment;
use crate::domain::dossier::Dossier;
use crate::domain::fields::FieldId;

/// Step 9, Evaluatie: what worked and what to change next time.
pub(super) fn step9(d: &Dossier, out: &mut Out) {
    let e = &d.evaluation;
    if !filled(&e.what_worked) {
        out.push(FieldId::WhatWorked, Problem::Missing);
    }
    if !filled(&e.what_to_change) {
        out.push(FieldId::WhatToChange, Problem::Missing);
    }
    let out_of_range = e.self_assessment.values().filter(|v| **v > assessment::SCALE_MAX).count();
    if out_of_range > 0 {
        out.push(FieldId::SelfAssessment, Problem::ScoresOutOfRange { count: out_of_range });
    }
}
