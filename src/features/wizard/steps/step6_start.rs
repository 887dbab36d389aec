//! Step 6, Start uitvoering: the preconditions checklist, the start date and the first referrals
//! per municipality.

use super::clients_per_municipality;
use crate::domain::dossier::ChecklistItem;
use crate::domain::fields::FieldId;
use crate::features::wizard::bind::label_of;
use crate::features::wizard::lists::{list_editor, row_text, ListAccess};
use crate::i18n::wizard_steps::ADD_PRECONDITION;
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
        {clients_per_municipality(
            ds,
            FieldId::FirstReferrals,
            |d, id| d.start.first_referrals.get(id).copied(),
            |d, id, n| match n {
                Some(n) => {
                    d.start.first_referrals.insert(id.to_string(), n);
                }
                None => {
                    d.start.first_referrals.remove(id);
                }
            },
        )}
    }
}
