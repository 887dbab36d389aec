//! Step 2, Doelgroep: who the purchase is for, how many clients per municipality, and which
//! rungs of the result ladder count as a result.

use super::{as_count, PARTICIPANTS};
use crate::components::field::{ParsedField, ParsedKind, ParsedValue};
use crate::components::source::Sources;
use crate::domain::dossier::{Characteristic, ResultLevel};
use crate::domain::fields::FieldId;
use crate::features::wizard::bind::{label_of, text};
use crate::i18n::labels::field_sources;
use crate::i18n::wizard_steps::UNIT_CLIENTS;
use crate::i18n::wizard_ui::wt;
use crate::i18n::Labeled;
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
use leptos::prelude::*;

pub(super) fn step2(ds: Dossiers) -> impl IntoView {
    let lang = use_lang();
    let chars = ds.select(|d| d.target_group.characteristics.clone());
    let ladder = ds.select(|d| d.target_group.result_ladder.clone());
    let participant_ids = Memo::new(move |_| {
        ds.current.with(|d| {
            d.as_ref()
                .map(|d| d.exploration.participants.iter().map(|p| p.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
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
        <div class="field" id=FieldId::TargetGroupSizes.anchor()>
            <p class="list-label">{move || label_of(FieldId::TargetGroupSizes).get()}</p>
            <p class="help">{move || crate::i18n::labels::field_help(FieldId::TargetGroupSizes).get(lang.get())}</p>
            <Sources refs=field_sources(FieldId::TargetGroupSizes) />
            <Show
                when=move || !participant_ids.get().is_empty()
                fallback=move || view! { <p class="note">{lang.pick(wt, |t| t.no_participants_yet)}</p> }
            >
                <div class="sizes">
                    <For each=move || participant_ids.get() key=|id| id.clone() let:id>
                        {
                            let name = PARTICIPANTS.field(ds, id.clone(), |p| p.name.clone());
                            let value = PARTICIPANTS
                                .field(ds, id.clone(), |p| p.target_group_size.map(ParsedValue::Count));
                            let idc = id.clone();
                            let on_change = Callback::new(move |v: Option<ParsedValue>| {
                                PARTICIPANTS.edit(ds, &idc, |p| p.target_group_size = as_count(v))
                            });
                            view! {
                                <ParsedField
                                    id=format!("{}-{id}", FieldId::TargetGroupSizes.anchor())
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
