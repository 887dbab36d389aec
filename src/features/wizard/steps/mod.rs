//! The form of each of the nine steps: [`step_form`] picks it. Steps 1, 2, 3, 4 and 6 have a
//! file in this folder (`step1_exploration.rs`, `step2_target_group.rs`, `step3_specification.rs`,
//! `step4_execution.rs`, `step6_start.rs`); steps 5, 7, 8 and 9 live beside it (the list is in the
//! header of `features::wizard`). This file also holds what several forms share.

mod step1_exploration;
mod step2_target_group;
mod step3_specification;
mod step4_execution;
mod step6_start;

use super::bind::label_of;
use super::lists::ListAccess;
use crate::components::field::{ParsedField, ParsedKind, ParsedValue};
use crate::components::source::Sources;
use crate::domain::dossier::{Dossier, Participant};
use crate::domain::fields::FieldId;
use crate::domain::steps::Step;
use crate::i18n::labels::{field_help, field_sources};
use crate::i18n::wizard_steps::UNIT_CLIENTS;
use crate::i18n::wizard_ui::wt;
use crate::i18n::Labeled;
use crate::i18n::Tr;
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
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

/// A number of clients per participating municipality (the target group's sizes in step 2, the
/// first referrals in step 6): the field's label, help and sources, then one count per
/// municipality, labelled by its name, or a note while no municipality is listed.
fn clients_per_municipality(
    ds: Dossiers,
    field: FieldId,
    get: fn(&Dossier, &str) -> Option<u32>,
    set: fn(&mut Dossier, &str, Option<u32>),
) -> impl IntoView {
    let lang = use_lang();
    let ids = Memo::new(move |_| {
        ds.current.with(|d| {
            d.as_ref()
                .map(|d| d.exploration.participants.iter().map(|p| p.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    view! {
        <div class="field" id=field.anchor()>
            <p class="list-label">{move || label_of(field).get()}</p>
            <p class="help">{move || field_help(field).get(lang.get())}</p>
            <Sources refs=field_sources(field) />
            <Show
                when=move || !ids.get().is_empty()
                fallback=move || view! { <p class="note">{lang.pick(wt, |t| t.no_participants_yet)}</p> }
            >
                <div class="sizes">
                    <For each=move || ids.get() key=|id| id.clone() let:id>
                        {
                            let name = PARTICIPANTS.field(ds, id.clone(), |p| p.name.clone());
                            let key = id.clone();
                            let value = Memo::new(move |_| {
                                ds.current.with(|d| d.as_ref().and_then(|d| get(d, &key)).map(ParsedValue::Count))
                            });
                            let idc = id.clone();
                            let on_change = Callback::new(move |v: Option<ParsedValue>| {
                                let idc = idc.clone();
                                ds.update(move |d| set(d, &idc, as_count(v)));
                            });
                            view! {
                                <ParsedField
                                    id=format!("{}-{id}", field.anchor())
                                    label=Signal::derive(move || {
                                        let n = name.get();
                                        if n.is_empty() { "?".to_string() } else { n }
                                    })
                                    kind=ParsedKind::Count
                                    value=value
                                    on_change=on_change
                                    disabled=ds.read_only
                                    unit=Signal::derive(move || UNIT_CLIENTS.get(lang.get()).to_string())
                                />
                            }
                        }
                    </For>
                </div>
            </Show>
        </div>
    }
}
