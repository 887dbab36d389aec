//! The open points of step 4, Uitvoeringsproces. What the rules ask and why: the header of `domain::completeness`.

use super::{filled, Out, Problem};
use crate::domain::dossier::Dossier;
use crate::domain::fields::FieldId;

/// Step 4, Uitvoeringsproces: referral, intake period and maximum duration, reporting,
/// privacy and invoicing as the contract will say.
pub(super) fn step4(d: &Dossier, out: &mut Out) {
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
