//! Step 2, Doelgroep: who the purchase is for, how many clients per municipality, and which
//! rungs of the result ladder count as a result.

use super::clients_per_municipality;
use crate::components::source::Sources;
use crate::domain::dossier::{Characteristic, ResultLevel};
use crate::domain::fields::FieldId;
use crate::features::wizard::bind::{label_of, text};
use crate::i18n::labels::field_sources;
use crate::i18n::Labeled;
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
use leptos::prelude::*;

pub(super) fn step2(ds: Dossiers) -> impl IntoView {
    let lang = use_lang();
    let chars = ds.select(|d| d.target_group.characteristics.clone());
    let ladder = ds.select(|d| d.target_group.result_ladder.clone());
    view! {
        {text(
            ds,
            FieldId::TargetDescription,
            |d| &d.target_group.description,
            |d| &mut d.target_group.description,
            true,
        )}
        <fieldset class="field checks" id=FieldId::Characteristics.anchor()>
            <legend>{move || label_of(FieldId::Characteristics).get()}</legend>
            <p class="help">{move || crate::i18n::labels::field_help(FieldId::Characteristics).get(lang.get())}</p>
            <Sources refs=field_sources(FieldId::Characteristics) />
            <div class="check-grid">
                {Characteristic::ALL
                    .into_iter()
                    .map(|c| {
                        let id = format!("{}-{:?}", FieldId::Characteristics.anchor(), c).to_lowercase();
                        view! {
                            <div class="check">
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    prop:checked=move || chars.get().contains(&c)
                                    prop:disabled=move || ds.read_only.get()
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        ds.update(|d| {
                                            let v = &mut d.target_group.characteristics;
                                            v.retain(|x| *x != c);
                                            if on {
                                                v.push(c);
                                                v.sort();
                                            }
                                        });
                                    }
                                />
                                <label for=id>{move || c.label().get(lang.get())}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
        {text(
            ds,
            FieldId::OtherCharacteristics,
            |d| &d.target_group.other_characteristics,
            |d| &mut d.target_group.other_characteristics,
            true,
        )}
        {clients_per_municipality(
            ds,
            FieldId::TargetGroupSizes,
            |d, id| d.exploration.participants.iter().find(|p| p.id == id).and_then(|p| p.target_group_size),
            |d, id, n| {
                if let Some(p) = d.exploration.participants.iter_mut().find(|p| p.id == id) {
                    p.target_group_size = n;
                }
            },
        )}
        <fieldset class="field ladder" id=FieldId::ResultLadder.anchor()>
            <legend>{move || label_of(FieldId::ResultLadder).get()}</legend>
            <p class="help">{move || crate::i18n::labels::field_help(FieldId::ResultLadder).get(lang.get())}</p>
            <Sources refs=field_sources(FieldId::ResultLadder) />
            <ol class="ladder-list">
                {ResultLevel::ALL
                    .into_iter()
                    .map(|r| {
                        let id = format!("{}-{:?}", FieldId::ResultLadder.anchor(), r).to_lowercase();
                        view! {
                            <li class="check">
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    prop:checked=move || ladder.get().contains(&r)
                                    prop:disabled=move || ds.read_only.get()
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        ds.update(|d| {
                                            let v = &mut d.target_group.result_ladder;
                                            v.retain(|x| *x != r);
                                            if on {
                                                v.push(r);
                                                v.sort_by_key(|x| ResultLevel::ALL.iter().position(|y| y == x));
                                            }
                                        });
                                    }
                                />
                                <label for=id>{move || r.label().get(lang.get())}</label>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </fieldset>
    }
}
