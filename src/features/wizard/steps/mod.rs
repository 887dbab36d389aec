//! The fields of each of the nine steps.

use super::bind::{check, choice, count, percent, text};
use super::lists::{list_editor, row_text, ListAccess};
use crate::components::field::{ParsedField, ParsedKind, ParsedValue};
use crate::domain::dossier::*;
use crate::domain::fields::FieldId;
use crate::domain::steps::Step;
use crate::i18n::Labeled;
use crate::i18n::wizard_ui::wt;
use crate::i18n::Tr;
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
use leptos::prelude::*;

/// The options of an enum for a `choice` field: label and explanation per variant.
fn options<T: Labeled + Copy + 'static>() -> Vec<(T, Tr, Option<Tr>)> {
    T::VARIANTS.iter().map(|v| (*v, v.label(), Some(v.explanation()))).collect()
}

const T_MONTHS: Tr = Tr::new("maanden", "months");
const T_WEEKS: Tr = Tr::new("weken", "weeks");
const T_CLIENTS: Tr = Tr::new("klanten", "clients");

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

pub const PARTICIPANTS: ListAccess<Participant> = ListAccess {
    get: |d| &d.exploration.participants,
    get_mut: |d| &mut d.exploration.participants,
};

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
        <ParsedField id=input_id label=Signal::derive(move || label(wt(lang.get())).to_string()) kind=kind
            value=value on_change=on_change disabled=ds.read_only/>
    }
}

fn as_count(v: Option<ParsedValue>) -> Option<u32> {
    match v {
        Some(ParsedValue::Count(n)) => Some(n),
        _ => None,
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
                {row_text(ds, access, id.clone(), anchor, |t| t.participant_name, |p| p.name.clone(), |p, v| p.name = v, false)}
            </div>
            <div class="field">
                <label for=contact_id.clone()>{lang.pick(wt, |t| t.contact_person)}</label>
                <input type="text" id=contact_id prop:value=move || contact.get()
                    prop:disabled=move || ds.read_only.get()
                    on:input=move |ev| { let v = event_target_value(&ev); access.edit(ds, &id_contact, |p| p.contact_person = v) }/>
            </div>
            {participant_number(ds, id.clone(), "trajectories", |t| t.trajectories_per_year, ParsedKind::Count,
                |p| p.trajectories.map(ParsedValue::Count), |p, v| p.trajectories = as_count(v))}
            {participant_number(ds, id.clone(), "budget", |t| t.budget, ParsedKind::Money,
                |p| p.budget.map(ParsedValue::Money),
                |p, v| p.budget = v.and_then(ParsedValue::as_money))}
        </div>
    }
    .into_any()
}

fn step1(ds: Dossiers) -> impl IntoView {
    let lang = use_lang();
    let participants =
        Memo::new(move |_| ds.current.with(|d| d.as_ref().map(Dossier::participant_names).unwrap_or_default()));
    let contact = Memo::new(move |_| ds.current.with(|d| d.as_ref().and_then(|d| d.exploration.contact_participant.clone())));
    view! {
        {text(ds, FieldId::Title, |d| &d.exploration.title, |d| &mut d.exploration.title, false)}
        {text(ds, FieldId::Problem, |d| &d.exploration.problem, |d| &mut d.exploration.problem, true)}
        {text(ds, FieldId::Goals, |d| &d.exploration.goals, |d| &mut d.exploration.goals, true)}
        {text(ds, FieldId::Principles, |d| &d.exploration.principles, |d| &mut d.exploration.principles, true)}
        {list_editor(ds, FieldId::Participants, PARTICIPANTS, Tr::new(crate::i18n::wizard_ui::NL.add_participant, crate::i18n::wizard_ui::EN.add_participant), participant_row)}
        <div class="field">
            <label for=FieldId::ContactParticipant.anchor()>{move || super::bind::label_of(FieldId::ContactParticipant).get()}</label>
            <p class="help" id="f-contact-participant-help">{move || crate::i18n::labels::field_help(FieldId::ContactParticipant).get(lang.get())}</p>
            <select id=FieldId::ContactParticipant.anchor() aria-describedby="f-contact-participant-help"
                prop:disabled=move || ds.read_only.get()
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    ds.update(|d| d.exploration.contact_participant = (!v.is_empty()).then_some(v));
                }>
                <option value="" selected=move || contact.get().is_none()>{lang.pick(wt, |t| t.none_chosen)}</option>
                <For each=move || participants.get() key=|p| p.clone() let:p>
                    {
                        let pid = p.0.clone();
                        view! { <option value=p.0.clone() selected=move || contact.get().as_deref() == Some(pid.as_str())>{p.1.clone()}</option> }
                    }
                </For>
            </select>
        </div>
        {choice(ds, FieldId::BuyerRole, options::<BuyerRole>(), |d| d.exploration.buyer_role, |d| &mut d.exploration.buyer_role)}
        {text(ds, FieldId::RoleRationale, |d| &d.exploration.role_rationale, |d| &mut d.exploration.role_rationale, true)}
    }
}

fn step2(ds: Dossiers) -> impl IntoView {
    let lang = use_lang();
    let chars = Memo::new(move |_| ds.current.with(|d| d.as_ref().map(|d| d.target_group.characteristics.clone()).unwrap_or_default()));
    let ladder = Memo::new(move |_| ds.current.with(|d| d.as_ref().map(|d| d.target_group.result_ladder.clone()).unwrap_or_default()));
    let participant_ids = Memo::new(move |_| {
        ds.current.with(|d| d.as_ref().map(|d| d.exploration.participants.iter().map(|p| p.id.clone()).collect::<Vec<_>>()).unwrap_or_default())
    });
    view! {
        {text(ds, FieldId::TargetDescription, |d| &d.target_group.description, |d| &mut d.target_group.description, true)}
        <fieldset class="field checks" id=FieldId::Characteristics.anchor()>
            <legend>{move || super::bind::label_of(FieldId::Characteristics).get()}</legend>
            <p class="help">{move || crate::i18n::labels::field_help(FieldId::Characteristics).get(lang.get())}</p>
            <div class="check-grid">
            {Characteristic::ALL.into_iter().map(|c| {
                let id = format!("{}-{:?}", FieldId::Characteristics.anchor(), c).to_lowercase();
                view! {
                    <div class="check">
                        <input type="checkbox" id=id.clone() prop:checked=move || chars.get().contains(&c)
                            prop:disabled=move || ds.read_only.get()
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                ds.update(|d| {
                                    let v = &mut d.target_group.characteristics;
                                    v.retain(|x| *x != c);
                                    if on { v.push(c); v.sort(); }
                                });
                            }/>
                        <label for=id>{move || c.label().get(lang.get())}</label>
                    </div>
                }
            }).collect_view()}
            </div>
        </fieldset>
        {text(ds, FieldId::OtherCharacteristics, |d| &d.target_group.other_characteristics, |d| &mut d.target_group.other_characteristics, true)}
        <div class="field" id=FieldId::TargetGroupSizes.anchor()>
            <p class="list-label">{move || super::bind::label_of(FieldId::TargetGroupSizes).get()}</p>
            <p class="help">{move || crate::i18n::labels::field_help(FieldId::TargetGroupSizes).get(lang.get())}</p>
            <Show when=move || !participant_ids.get().is_empty()
                fallback=move || view! { <p class="note">{lang.pick(wt, |t| t.no_participants_yet)}</p> }>
                <div class="sizes">
                    <For each=move || participant_ids.get() key=|id| id.clone() let:id>
                        {
                            let name = PARTICIPANTS.field(ds, id.clone(), |p| p.name.clone());
                            let value = PARTICIPANTS.field(ds, id.clone(), |p| p.target_group_size.map(ParsedValue::Count));
                            let idc = id.clone();
                            let on_change = Callback::new(move |v: Option<ParsedValue>| PARTICIPANTS.edit(ds, &idc, |p| p.target_group_size = as_count(v)));
                            view! {
                                <ParsedField id=format!("{}-{id}", FieldId::TargetGroupSizes.anchor())
                                    label=Signal::derive(move || { let n = name.get(); if n.is_empty() { "?".to_string() } else { n } })
                                    kind=ParsedKind::Count value=value on_change=on_change disabled=ds.read_only
                                    unit=Signal::derive(move || T_CLIENTS.get(lang.get()).to_string())/>
                            }
                        }
                    </For>
                </div>
            </Show>
        </div>
        <fieldset class="field ladder" id=FieldId::ResultLadder.anchor()>
            <legend>{move || super::bind::label_of(FieldId::ResultLadder).get()}</legend>
            <p class="help">{move || crate::i18n::labels::field_help(FieldId::ResultLadder).get(lang.get())}</p>
            <ol class="ladder-list">
            {ResultLevel::ALL.into_iter().map(|r| {
                let id = format!("{}-{:?}", FieldId::ResultLadder.anchor(), r).to_lowercase();
                view! {
                    <li class="check">
                        <input type="checkbox" id=id.clone() prop:checked=move || ladder.get().contains(&r)
                            prop:disabled=move || ds.read_only.get()
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                ds.update(|d| {
                                    let v = &mut d.target_group.result_ladder;
                                    v.retain(|x| *x != r);
                                    if on {
                                        v.push(r);
                                        // Keep the ladder in its natural order, first rung first.
                                        v.sort_by_key(|x| ResultLevel::ALL.iter().position(|y| y == x));
                                    }
                                });
                            }/>
                        <label for=id>{move || r.label().get(lang.get())}</label>
                    </li>
                }
            }).collect_view()}
            </ol>
        </fieldset>
    }
}

const FUNCTIONAL: ListAccess<Requirement> = ListAccess {
    get: |d| &d.specification.functional,
    get_mut: |d| &mut d.specification.functional,
};
const TECHNICAL: ListAccess<Requirement> = ListAccess {
    get: |d| &d.specification.technical,
    get_mut: |d| &mut d.specification.technical,
};
const SELECTION: ListAccess<Requirement> = ListAccess {
    get: |d| &d.specification.selection_criteria,
    get_mut: |d| &mut d.specification.selection_criteria,
};

fn requirement_row_f(ds: Dossiers, access: ListAccess<Requirement>, id: String) -> AnyView {
    super::spec_inline::requirement_row(ds, access, id, FieldId::FunctionalRequirements.anchor())
}
fn requirement_row_t(ds: Dossiers, access: ListAccess<Requirement>, id: String) -> AnyView {
    super::spec_inline::requirement_row(ds, access, id, FieldId::TechnicalRequirements.anchor())
}
fn requirement_row_s(ds: Dossiers, access: ListAccess<Requirement>, id: String) -> AnyView {
    row_text(ds, access, id, FieldId::SelectionCriteria.anchor(), |t| t.requirement, |r| r.text.clone(), |r, v| r.text = v, true)
}

const ADD_REQ: Tr = Tr::new("Eis toevoegen", "Add requirement");
const ADD_CRIT: Tr = Tr::new("Selectiecriterium toevoegen", "Add selection criterion");

fn step3(ds: Dossiers) -> impl IntoView {
    let guarantee = Memo::new(move |_| ds.current.with(|d| d.as_ref().and_then(|d| d.specification.inflow_guarantee)));
    let financing = Memo::new(move |_| ds.current.with(|d| d.as_ref().and_then(|d| d.specification.financing)));
    let bm = Memo::new(move |_| ds.current.with(|d| d.as_ref().is_some_and(|d| d.specification.bonus_malus.enabled)));
    use crate::i18n::labels as l;
    let lang = use_lang();
    let short_contract = Memo::new(move |_| {
        ds.current.with(|d| l::contract_duration_warning(d.as_ref().and_then(|d| d.specification.contract_months)))
    });
    view! {
        {super::spec_inline::bestek_summary(ds)}
        {list_editor(ds, FieldId::FunctionalRequirements, FUNCTIONAL, ADD_REQ, requirement_row_f)}
        {list_editor(ds, FieldId::TechnicalRequirements, TECHNICAL, ADD_REQ, requirement_row_t)}
        <h2>{move || crate::i18n::wizard_ui::SECTION_RISKS.get(use_lang().get())}</h2>
        {choice(ds, FieldId::InflowGuarantee, vec![(true, l::sub::INFLOW_YES, None), (false, l::sub::INFLOW_NO, None)],
            |d| d.specification.inflow_guarantee, |d| &mut d.specification.inflow_guarantee)}
        <Show when=move || guarantee.get() == Some(true)>
            {count(ds, FieldId::InflowClients, |d| d.specification.inflow_clients, |d| &mut d.specification.inflow_clients, T_CLIENTS)}
        </Show>
        {choice(ds, FieldId::Financing, options::<Financing>(), |d| d.specification.financing, |d| &mut d.specification.financing)}
        <Show when=move || financing.get() == Some(Financing::NoCureLessPay)>
            {percent(ds, FieldId::FailurePayShare.anchor(), l::field_label(FieldId::FailurePayShare), Some(l::field_help(FieldId::FailurePayShare)),
                |d| d.specification.failure_pay_share, |d| &mut d.specification.failure_pay_share)}
        </Show>
        {count(ds, FieldId::ContractMonths, |d| d.specification.contract_months, |d| &mut d.specification.contract_months, T_MONTHS)}
        // The guide's warning when a contract of a year or less is chosen; a live region that is
        // always there, so that the warning is announced when it appears.
        <div class="field-warning" id="f-contract-months-warning" role="status">
            {move || short_contract.get().map(|w| view! { <p class="banner warn">{lang.text(w)}</p> })}
        </div>
        {count(ds, FieldId::OptionMonths, |d| d.specification.option_months, |d| &mut d.specification.option_months, T_MONTHS)}
        <h2>{move || crate::i18n::wizard_ui::SECTION_INCENTIVES.get(use_lang().get())}</h2>
        <div class="field-group" id=FieldId::BonusMalus.anchor()>
            {check(ds, "f-bonus-malus-enabled", l::sub::BONUS_MALUS_ENABLED, Some(l::field_help(FieldId::BonusMalus)),
                |d| d.specification.bonus_malus.enabled, |d| &mut d.specification.bonus_malus.enabled)}
            <Show when=move || bm.get()>
                <div class="indent">
                    {percent(ds, "f-bonus-malus-rate", l::sub::AGREED_RATE, None, |d| d.specification.bonus_malus.agreed_rate, |d| &mut d.specification.bonus_malus.agreed_rate)}
                    {percent(ds, "f-bonus-malus-bonus", l::sub::BONUS_SHARE, None, |d| d.specification.bonus_malus.bonus_share, |d| &mut d.specification.bonus_malus.bonus_share)}
                    {percent(ds, "f-bonus-malus-malus", l::sub::MALUS_SHARE, None, |d| d.specification.bonus_malus.malus_share, |d| &mut d.specification.bonus_malus.malus_share)}
                </div>
            </Show>
        </div>
        <div class="field-group" id=FieldId::Incentives.anchor()>
            {check(ds, "f-incentive-innovation", l::sub::INCENTIVE_INNOVATION_CRITERION, None, |d| d.specification.innovation_criterion, |d| &mut d.specification.innovation_criterion)}
            {check(ds, "f-incentive-integral", l::sub::INCENTIVE_INTEGRAL_PRICE, None, |d| d.specification.integral_price, |d| &mut d.specification.integral_price)}
            {check(ds, "f-incentive-cooperation", l::sub::INCENTIVE_COOPERATION, None, |d| d.specification.cooperation_required, |d| &mut d.specification.cooperation_required)}
        </div>
        <h2>{move || crate::i18n::wizard_ui::SECTION_CRITERIA.get(use_lang().get())}</h2>
        {list_editor(ds, FieldId::SelectionCriteria, SELECTION, ADD_CRIT, requirement_row_s)}
        {super::criteria::award_criteria(ds)}
    }
}

fn step4(ds: Dossiers) -> impl IntoView {
    view! {
        {text(ds, FieldId::Referral, |d| &d.execution.referral, |d| &mut d.execution.referral, true)}
        {count(ds, FieldId::IntakeWeeks, |d| d.execution.intake_weeks, |d| &mut d.execution.intake_weeks, T_WEEKS)}
        {count(ds, FieldId::MaxDuration, |d| d.execution.max_duration_months, |d| &mut d.execution.max_duration_months, T_MONTHS)}
        {choice(ds, FieldId::ReportingFrequency, options::<ReportingFrequency>(), |d| d.execution.reporting_frequency, |d| &mut d.execution.reporting_frequency)}
        {text(ds, FieldId::ReportingContent, |d| &d.execution.reporting_content, |d| &mut d.execution.reporting_content, true)}
        {check(ds, FieldId::GoNoGo.anchor(), crate::i18n::labels::sub::GO_NO_GO_ENABLED, Some(crate::i18n::labels::field_help(FieldId::GoNoGo)),
            |d| d.execution.go_no_go, |d| &mut d.execution.go_no_go)}
        {text(ds, FieldId::DataProtection, |d| &d.execution.data_protection, |d| &mut d.execution.data_protection, true)}
        {choice(ds, FieldId::Invoicing, options::<Invoicing>(), |d| d.execution.invoicing, |d| &mut d.execution.invoicing)}
        {text(ds, FieldId::Contacts, |d| &d.execution.contacts, |d| &mut d.execution.contacts, true)}
    }
}

const PRECONDITIONS: ListAccess<ChecklistItem> = ListAccess {
    get: |d| &d.start.preconditions,
    get_mut: |d| &mut d.start.preconditions,
};

fn precondition_row(ds: Dossiers, access: ListAccess<ChecklistItem>, id: String) -> AnyView {
    let lang = use_lang();
    let done = access.field(ds, id.clone(), |c| c.done);
    let check_id = format!("{}-{id}-done", FieldId::Preconditions.anchor());
    let idc = id.clone();
    view! {
        <div class="row-inline">
            {row_text(ds, access, id, FieldId::Preconditions.anchor(), |t| t.checklist_item, |c| c.text.clone(), |c, v| c.text = v, false)}
            <span class="check">
                <input type="checkbox" id=check_id.clone() prop:checked=move || done.get()
                    prop:disabled=move || ds.read_only.get()
                    on:change=move |ev| { let on = event_target_checked(&ev); access.edit(ds, &idc, |c| c.done = on) }/>
                <label for=check_id>{lang.pick(wt, |t| t.done)}</label>
            </span>
        </div>
    }
    .into_any()
}

fn step6(ds: Dossiers) -> impl IntoView {
    let lang = use_lang();
    let start = Memo::new(move |_| ds.current.with(|d| d.as_ref().map(|d| d.start.start_date.clone()).unwrap_or_default()));
    let participant_ids = Memo::new(move |_| {
        ds.current.with(|d| d.as_ref().map(|d| d.exploration.participants.iter().map(|p| p.id.clone()).collect::<Vec<_>>()).unwrap_or_default())
    });
    view! {
        {list_editor(ds, FieldId::Preconditions, PRECONDITIONS, Tr::new(crate::i18n::wizard_ui::NL.add_item, crate::i18n::wizard_ui::EN.add_item), precondition_row)}
        <div class="field">
            <label for=FieldId::StartDate.anchor()>{move || super::bind::label_of(FieldId::StartDate).get()}</label>
            <p class="help" id="f-start-date-help">{move || crate::i18n::labels::field_help(FieldId::StartDate).get(lang.get())}</p>
            <input type="date" id=FieldId::StartDate.anchor() aria-describedby="f-start-date-help"
                prop:value=move || start.get() prop:disabled=move || ds.read_only.get()
                on:input=move |ev| { let v = event_target_value(&ev); ds.update(|d| d.start.start_date = v) }/>
        </div>
        <div class="field" id=FieldId::FirstReferrals.anchor()>
            <p class="list-label">{move || super::bind::label_of(FieldId::FirstReferrals).get()}</p>
            <p class="help">{move || crate::i18n::labels::field_help(FieldId::FirstReferrals).get(lang.get())}</p>
            <Show when=move || !participant_ids.get().is_empty()
                fallback=move || view! { <p class="note">{lang.pick(wt, |t| t.no_participants_yet)}</p> }>
                <div class="sizes">
                    <For each=move || participant_ids.get() key=|id| id.clone() let:id>
                        {
                            let name = PARTICIPANTS.field(ds, id.clone(), |p| p.name.clone());
                            let key = id.clone();
                            let value = Memo::new(move |_| ds.current.with(|d| d.as_ref().and_then(|d| d.start.first_referrals.get(&key).copied()).map(ParsedValue::Count)));
                            let idc = id.clone();
                            let on_change = Callback::new(move |v: Option<ParsedValue>| {
                                let idc = idc.clone();
                                ds.update(move |d| match as_count(v) {
                                    Some(n) => { d.start.first_referrals.insert(idc, n); }
                                    None => { d.start.first_referrals.remove(&idc); }
                                })
                            });
                            view! {
                                <ParsedField id=format!("{}-{id}", FieldId::FirstReferrals.anchor())
                                    label=Signal::derive(move || { let n = name.get(); if n.is_empty() { "?".to_string() } else { n } })
                                    kind=ParsedKind::Count value=value on_change=on_change disabled=ds.read_only
                                    unit=Signal::derive(move || T_CLIENTS.get(lang.get()).to_string())/>
                            }
                        }
                    </For>
                </div>
            </Show>
        </div>
    }
}
