//! Step 1, Verkenning: what is bought, why, by whom (the participating municipalities) and in
//! which role.

use super::{as_count, options, PARTICIPANTS};
use crate::components::field::{ParsedField, ParsedKind, ParsedValue};
use crate::domain::dossier::{BuyerRole, Dossier, Participant};
use crate::domain::fields::FieldId;
use crate::features::wizard::bind::{choice, label_of, text};
use crate::features::wizard::lists::{list_editor, row_text, ListAccess};
use crate::i18n::wizard_steps::ADD_PARTICIPANT;
use crate::i18n::wizard_ui::wt;
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
use leptos::prelude::*;

/// A number input inside a participant row.
fn participant_number(
    ds: Dossiers,
    id: String,
    suffix: &'static str,
    label: fn(&crate::i18n::wizard_ui::WizardText) -> &'static str,
    kind: ParsedKind,
    get: fn(&Participant) -> Option<ParsedValue>,
    set: fn(&mut Participant, Option<ParsedValue>),
) -> impl IntoView {
    let lang = use_lang();
    let value = PARTICIPANTS.field(ds, id.clone(), get);
    let input_id = format!("{}-{id}-{suffix}", FieldId::Participants.anchor());
    let on_change = Callback::new(move |v: Option<ParsedValue>| PARTICIPANTS.edit(ds, &id, |p| set(p, v)));
    view! {
        <ParsedField
            id=input_id
            label=Signal::derive(move || label(wt(lang.get())).to_string())
            kind=kind
            value=value
            on_change=on_change
            disabled=ds.read_only
        />
    }
}

/// What period a participant's budget covers (issue 17): per year or the whole contract.
fn budget_period(ds: Dossiers, id: String) -> impl IntoView {
    use crate::domain::dossier::BudgetPeriod;
    use crate::i18n::first_tender;
    let lang = use_lang();
    let value = PARTICIPANTS.field(ds, id.clone(), |p| p.budget_period);
    let select_id = format!("{}-{id}-budget-period", FieldId::Participants.anchor());
    let key = |p: Option<BudgetPeriod>| match p {
        None => "",
        Some(BudgetPeriod::PerYear) => "per_year",
        Some(BudgetPeriod::WholeContract) => "whole_contract",
    };
    view! {
        <div class="field">
            <label for=select_id.clone()>{lang.text(first_tender::BUDGET_PERIOD_LABEL)}</label>
            <select
                id=select_id
                prop:disabled=move || ds.read_only.get()
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let period = BudgetPeriod::ALL.into_iter().find(|p| key(Some(*p)) == v);
                    PARTICIPANTS.edit(ds, &id, |p| p.budget_period = period)
                }
            >
                <option value="" selected=move || value.get().is_none()>
                    {lang.text(first_tender::BUDGET_PERIOD_UNSET)}
                </option>
                {BudgetPeriod::ALL
                    .into_iter()
                    .map(|p| {
                        view! {
                            <option value=key(Some(p)) selected=move || value.get() == Some(p)>
                                {lang.text(first_tender::budget_period(p))}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

fn participant_row(ds: Dossiers, access: ListAccess<Participant>, id: String) -> AnyView {
    let lang = use_lang();
    let anchor = FieldId::Participants.anchor();
    let contact_id = format!("{anchor}-{id}-contact");
    let contact = access.field(ds, id.clone(), |p| p.contact_person.clone());
    let id_contact = id.clone();
    view! {
        <div class="row-grid">
            <div class="field">
                <label for=format!("{anchor}-{id}")>{lang.pick(wt, |t| t.participant_name)}</label>
                {row_text(
                    ds,
                    access,
                    id.clone(),
                    anchor,
                    |t| t.participant_name,
                    |p| p.name.clone(),
                    |p, v| p.name = v,
                    false,
                )}
            </div>
            <div class="field">
                <label for=contact_id.clone()>{lang.pick(wt, |t| t.contact_person)}</label>
                <input
                    type="text"
                    id=contact_id
                    prop:value=move || contact.get()
                    prop:disabled=move || ds.read_only.get()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        access.edit(ds, &id_contact, |p| p.contact_person = v)
                    }
                />
            </div>
            {participant_number(
                ds,
                id.clone(),
                "trajectories",
                |t| t.trajectories_per_year,
                ParsedKind::Count,
                |p| p.trajectories.map(ParsedValue::Count),
                |p, v| p.trajectories = as_count(v),
            )}
            {participant_number(
                ds,
                id.clone(),
                "budget",
                |t| t.budget,
                ParsedKind::Money,
                |p| p.budget.map(ParsedValue::Money),
                |p, v| p.budget = v.and_then(ParsedValue::as_money),
            )}
            {budget_period(ds, id.clone())}
        </div>
    }
    .into_any()
}

pub(super) fn step1(ds: Dossiers) -> impl IntoView {
    let lang = use_lang();
    let participants = ds.select(Dossier::participant_names);
    let contact = ds.select(|d| d.exploration.contact_participant.clone());
    view! {
        {
            let value = ds.select(|d| d.exploration.title.clone());
            let on_change = crate::components::field::write(ds, |d, v: String| d.set_title(v));
            // The dossier's name follows the title while they are one (`Dossier::set_title`).
            view! {
                <crate::components::field::TextField
                    id=FieldId::Title.anchor()
                    label=label_of(FieldId::Title)
                    help=crate::i18n::labels::field_help(FieldId::Title)
                    value=value
                    on_change=on_change
                    multiline=false
                    disabled=crate::features::wizard::bind::locked(ds)
                />
            }
        }
        {text(ds, FieldId::Problem, |d| &d.exploration.problem, |d| &mut d.exploration.problem, true)}
        {text(ds, FieldId::Goals, |d| &d.exploration.goals, |d| &mut d.exploration.goals, true)}
        {text(ds, FieldId::Principles, |d| &d.exploration.principles, |d| &mut d.exploration.principles, true)}
        {list_editor(ds, FieldId::Participants, PARTICIPANTS, ADD_PARTICIPANT, participant_row)}
        <div class="field">
            <label for=FieldId::ContactParticipant
                .anchor()>{move || label_of(FieldId::ContactParticipant).get()}</label>
            <p class="help" id="f-contact-participant-help">
                {move || crate::i18n::labels::field_help(FieldId::ContactParticipant).get(lang.get())}
            </p>
            <select
                id=FieldId::ContactParticipant.anchor()
                aria-describedby="f-contact-participant-help"
                prop:disabled=move || ds.read_only.get()
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    ds.update(|d| d.exploration.contact_participant = (!v.is_empty()).then_some(v));
                }
            >
                <option value="" selected=move || contact.get().is_none()>
                    {lang.pick(wt, |t| t.none_chosen)}
                </option>
                <For each=move || participants.get() key=|p| p.clone() let:p>
                    {
                        let pid = p.0.clone();
                        view! {
                            <option value=p.0.clone() selected=move || contact.get().as_deref() == Some(pid.as_str())>
                                {p.1.clone()}
                            </option>
                        }
                    }
                </For>
            </select>
        </div>
        {choice(
            ds,
            FieldId::BuyerRole,
            options::<BuyerRole>(),
            |d| d.exploration.buyer_role,
            |d| &mut d.exploration.buyer_role,
        )}
        {text(
            ds,
            FieldId::RoleRationale,
            |d| &d.exploration.role_rationale,
            |d| &mut d.exploration.role_rationale,
            true,
        )}
        {crate::features::wizard::governance::governance(ds)}
    }
}
