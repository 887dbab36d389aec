//! Step 6, Start uitvoering: the preconditions checklist, the start date and the first referrals
//! per municipality.

use super::{as_count, PARTICIPANTS};
use crate::components::field::{ParsedField, ParsedKind, ParsedValue};
use crate::components::source::Sources;
use crate::domain::dossier::ChecklistItem;
use crate::domain::fields::FieldId;
use crate::features::wizard::bind::label_of;
use crate::features::wizard::lists::{list_editor, row_text, ListAccess};
use crate::i18n::labels::field_sources;
use crate::i18n::wizard_steps::{ADD_PRECONDITION, UNIT_CLIENTS};
use crate::i18n::wizard_ui::wt;
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
use leptos::prelude::*;

const PRECONDITIONS: ListAccess<ChecklistItem> =
    ListAccess { get: |d| &d.start.preconditions, get_mut: |d| &mut d.start.preconditions };

fn precondition_row(ds: Dossiers, access: ListAccess<ChecklistItem>, id: String) -> AnyView {
    let lang = use_lang();
    let done = access.field(ds, id.clone(), |c| c.done);
    let check_id = format!("{}-{id}-done", FieldId::Preconditions.anchor());
    let idc = id.clone();
    view! {
        <div class="row-inline">
            {row_text(
                ds,
                access,
                id,
                FieldId::Preconditions.anchor(),
                |t| t.checklist_item,
                |c| c.text.clone(),
                |c, v| c.text = v,
                false,
            )} <span class="check">
                <input
                    type="checkbox"
                    id=check_id.clone()
                    prop:checked=move || done.get()
                    prop:disabled=move || ds.read_only.get()
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        access.edit(ds, &idc, |c| c.done = on)
                    }
                />
                <label for=check_id>{lang.pick(wt, |t| t.done)}</label>
            </span>
        </div>
    }
    .into_any()
}

pub(super) fn step6(ds: Dossiers) -> impl IntoView {
    let lang = use_lang();
    let start = ds.select(|d| d.start.start_date.clone());
    let participant_ids = Memo::new(move |_| {
        ds.current.with(|d| {
            d.as_ref()
                .map(|d| d.exploration.participants.iter().map(|p| p.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    view! {
        {list_editor(ds, FieldId::Preconditions, PRECONDITIONS, ADD_PRECONDITION, precondition_row)}
        <div class="field">
            <label for=FieldId::StartDate.anchor()>{move || label_of(FieldId::StartDate).get()}</label>
            <p class="help" id="f-start-date-help">
                {move || crate::i18n::labels::field_help(FieldId::StartDate).get(lang.get())}
            </p>
            <input
                type="date"
                id=FieldId::StartDate.anchor()
                aria-describedby="f-start-date-help"
                prop:value=move || start.get()
                prop:disabled=move || ds.read_only.get()
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    ds.update(|d| d.start.start_date = v)
                }
            />
            {move || {
                let date = ds
                    .current
                    .with(|d| {
                        d.as_ref().and_then(|d| crate::domain::reuse::start_date_from_timeline(d).map(str::to_string))
                    })?;
                let l = lang.get();
                let shown = crate::i18n::wizard_messages::long_date(&date, l);
                Some(
                    view! {
                        <p class="note reuse" id="start-date-suggestion">
                            {crate::i18n::first_tender::start_date_from_timeline(&shown, l)}
                            " "
                            <button
                                type="button"
                                class="secondary small"
                                prop:disabled=move || ds.read_only.get()
                                on:click=move |_| {
                                    let date = date.clone();
                                    ds.update(move |d| d.start.start_date = date)
                                }
                            >
                                {crate::i18n::first_tender::TAKE_OVER.get(l)}
                            </button>
                        </p>
                    },
                )
            }}
        </div>
        <div class="field" id=FieldId::FirstReferrals.anchor()>
            <p class="list-label">{move || label_of(FieldId::FirstReferrals).get()}</p>
            <p class="help">{move || crate::i18n::labels::field_help(FieldId::FirstReferrals).get(lang.get())}</p>
            <Sources refs=field_sources(FieldId::FirstReferrals) />
            <Show
                when=move || !participant_ids.get().is_empty()
                fallback=move || view! { <p class="note">{lang.pick(wt, |t| t.no_participants_yet)}</p> }
            >
                <div class="sizes">
                    <For each=move || participant_ids.get() key=|id| id.clone() let:id>
                        {
                            let name = PARTICIPANTS.field(ds, id.clone(), |p| p.name.clone());
                            let key = id.clone();
                            let value = Memo::new(move |_| {
                                ds.current
                                    .with(|d| {
                                        d.as_ref()
                                            .and_then(|d| d.start.first_referrals.get(&key).copied())
                                            .map(ParsedValue::Count)
                                    })
                            });
                            let idc = id.clone();
                            let on_change = Callback::new(move |v: Option<ParsedValue>| {
                                let idc = idc.clone();
                                ds.update(move |d| match as_count(v) {
                                    Some(n) => {
                                        d.start.first_referrals.insert(idc, n);
                                    }
                                    None => {
                                        d.start.first_referrals.remove(&idc);
                                    }
                                })
                            });
                            view! {
                                <ParsedField
                                    id=format!("{}-{id}", FieldId::FirstReferrals.anchor())
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
