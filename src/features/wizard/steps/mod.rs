//! The form of each of the nine steps: [`step_form`] picks it. Steps 1, 2, 3, 4 and 6 have a
//! file in this folder (`step1_exploration.rs`, `step2_target_group.rs`, `step3_specification.rs`,
//! `step4_execution.rs`, `step6_start.rs`); steps 5, 7, 8 and 9 live beside it (the list is in the
//! header of `features::wizard`). This file also holds what several forms share.

mod step1_exploration;
mod step2_target_group;
mod step3_specification;
mod step4_execution;
mod step6_start;

use super::lists::ListAccess;
use crate::components::field::ParsedValue;
use crate::domain::dossier::Participant;
use crate::domain::steps::Step;
use crate::i18n::Labeled;
use crate::i18n::Tr;
use crate::state::dossiers::Dossiers;
use leptos::prelude::*;
use step1_exploration::step1;
use step2_target_group::step2;
use step3_specification::step3;
use step4_execution::step4;
use step6_start::step6;

/// The options of an enum for a `choice` field: label and explanation per variant.
fn options<T: Labeled + Copy + 'static>() -> Vec<(T, Tr, Option<Tr>)> {
    T::VARIANTS.iter().map(|v| (*v, v.label(), Some(v.explanation()))).collect()
}

/// The form of a step.
pub fn step_form(ds: Dossiers, step: Step) -> AnyView {
    match step {
        Step::Verkenning => step1(ds).into_any(),
        Step::Doelgroep => step2(ds).into_any(),
        Step::Bestek => step3(ds).into_any(),
        Step::Uitvoeringsproces => step4(ds).into_any(),
        Step::Offerteprocedure => super::procedure::step5(ds).into_any(),
        Step::StartUitvoering => step6(ds).into_any(),
        Step::Monitoring => super::monitoring::step7(ds).into_any(),
        Step::Verantwoording => super::monitoring::step8(ds).into_any(),
        Step::Evaluatie => super::evaluation::step9(ds).into_any(),
    }
}

pub const PARTICIPANTS: ListAccess<Participant> =
    ListAccess { get: |d| &d.exploration.participants, get_mut: |d| &mut d.exploration.participants };

fn as_count(v: Option<ParsedValue>) -> Option<u32> {
    match v {
        Some(ParsedValue::Count(n)) => Some(n),
        _ => None,
    }
}
