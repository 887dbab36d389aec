//! Step 5: the tender procedure. The estimated contract value is computed from the
//! participants, checked against the dated European thresholds, and the procedures that
//! fit are listed with the reasons; the bid comparison has its own page.

use super::bind::{choice, label_of, money, text};
use super::lists::{list_editor, row_text, ListAccess, ListItem};
use crate::components::field::{write, ParsedField, ParsedKind, ParsedValue};
use crate::domain::contract::estimated_contract_value;
use crate::domain::dossier::{Milestone, ProcedureKind, Provider, ServiceRegime};
use crate::domain::fields::FieldId;
use crate::domain::money::format_fixed;
use crate::domain::thresholds::{assess_dossier, thresholds_on};
use crate::i18n::labels::field_help;
use crate::i18n::wizard_messages;
use crate::i18n::wizard_ui::{wt, WizardText};
use crate::i18n::Labeled;
use crate::i18n::{first_tender_tail, procedure, Tr};
use crate::routes::Page;
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;

pub fn step5(ds: Dossiers) -> impl IntoView {
    let lang = use_lang();
    let today = crate::platform::today();
    let (threshold_set, _) = thresholds_on(&today);
    let regime = Memo::new(move |_| {
        ds.current
            .with(|d| d.as_ref().and_then(|d| d.procedure.regime))
            .unwrap_or(ServiceRegime::SocialAndOtherSpecific)
    });
    let participants = ds.select(|d| d.exploration.participants.clone());
    let value = ds.select(|d| Some(estimated_contract_value(d)));
    let assessment = Memo::new(move |_| {
        let r = regime.get();
        ds.current.with(|d| d.as_ref().map(|d| assess_dossier(d, r, &today)))
    });
    let chosen = ds.select(|d| d.procedure.kind);
    let dossier_id = ds.select(|d| d.id.clone());
    let regime_options: Vec<(ServiceRegime, Tr, Option<Tr>)> = ServiceRegime::ALL
        .iter()
        .map(|r| (*r, wizard_messages::service_regime(*r), Some(wizard_messages::service_regime_help(*r))))
        .collect();
    let procedure_options: Vec<(ProcedureKind, Tr, Option<Tr>)> =
        ProcedureKind::VARIANTS.iter().map(|k| (*k, k.label(), Some(k.explanation()))).collect();
    view! {
        {money(ds, FieldId::EstimatedPrice, |d| d.procedure.estimated_price, |d| &mut d.procedure.estimated_price)}
        <section class="value-check" aria-labelledby="value-title">
            <h2 id="value-title">{lang.text(procedure::VALUE_TITLE)}</h2>
            <p class="computed" aria-live="polite">
                {move || match value.get() {
                    Some(Ok(v)) => wizard_messages::contract_value_formula(&v, lang.get()),
                    Some(Err(p)) => wizard_messages::contract_problem(&p, &participants.get(), lang.get()),
                    None => String::new(),
                }}
            </p>
            // While the amount above holds text that does not parse, the dossier (and so this
            // calculation) keeps the last valid amount: say so (issue 17).
            {move || {
                let field = FieldId::EstimatedPrice.anchor();
                let id = dossier_id.get();
                ds.settings
                    .with(|s| s.draft(&id, field).is_some())
                    .then(|| {
                        view! {
                            <p class="note stale-value" id="value-stale" role="status">
                                {first_tender_tail::LAST_VALID_AMOUNT.get(lang.get())}
                            </p>
                        }
                    })
            }}
            {
                let on_regime = Callback::new(move |r: Option<ServiceRegime>| ds.update(|d| d.procedure.regime = r));
                view! {
                    <crate::components::field::ChoiceField
                        id="f-regime"
                        label=Signal::derive(move || procedure::REGIME_LABEL.get(lang.get()).to_string())
                        options=regime_options
                        value=Signal::derive(move || Some(regime.get()))
                        on_change=on_regime
                        disabled=ds.read_only
                    />
                }
            }
            {
                let set = threshold_set;
                let placeholder = Signal::derive(move || {
                    let l = lang.get();
                    let amount = format_fixed(set.threshold(regime.get()).0, 2, l.number_style());
                    procedure::threshold_placeholder(&amount, &set.valid_from[..4], &set.valid_until[..4], l)
                });
                let value = ds.select(|d| d.procedure.threshold_override.map(ParsedValue::Money));
                let on_change = write(
                    ds,
                    |d, v: Option<ParsedValue>| {
                        d.procedure.threshold_override = v.and_then(ParsedValue::as_money);
                    },
                );
                // Empty means: the amount of the dated set that applies today, shown as the
                // placeholder so that the user sees which number is used.
                view! {
                    <ParsedField
                        id=FieldId::Threshold.anchor()
                        label=label_of(FieldId::Threshold)
                        help=field_help(FieldId::Threshold)
                        kind=ParsedKind::Money
                        value=value
                        on_change=on_change
                        disabled=ds.read_only
                        placeholder=placeholder
                    />
                }
            }
            {move || {
                assessment
                    .get()
                    .and_then(|a| a.ok())
                    .map(|a| {
                        let l = lang.get();
                        view! {
                            <div class=if a.european { "verdict european" } else { "verdict national" } role="status">
                                <p class="verdict-text">
                                    <strong>{wizard_messages::threshold_verdict(&a, l)}</strong>
                                </p>
                                <p class="note">
                                    {wizard_messages::threshold_period(a.set, l)}" "
                                    {wizard_messages::THRESHOLDS_ARE_REVISED.get(l)}
                                </p>
                                <ul class="reasons">
                                    {a
                                        .reasons
                                        .iter()
                                        .map(|r| view! { <li>{wizard_messages::threshold_reason(r, l)}</li> })
                                        .collect_view()}
                                </ul>
                                <h3>{procedure::FITTING.get(l)}</h3>
                                <ul class="procedures">
                                    {a
                                        .procedures
                                        .iter()
                                        .map(|p| {
                                            view! {
                                                <li>
                                                    <strong>{wizard_messages::procedure_option(*p).get(l)}</strong>
                                                    ": "
                                                    {wizard_messages::procedure_option_help(*p).get(l)}
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                                {chosen
                                    .get()
                                    .and_then(|k| a.mismatch(k))
                                    .map(|m| {
                                        view! {
                                            <p class="banner warn" id="procedure-does-not-fit">
                                                <strong>{procedure::DOES_NOT_FIT.get(l)}</strong>
                                                " "
                                                {crate::i18n::first_tender::procedure_does_not_fit(&m, l)}
                                            </p>
                                        }
                                    })}
                            </div>
                        }
                    })
            }}
        </section>
        {choice(ds, FieldId::ProcedureKind, procedure_options, |d| d.procedure.kind, |d| &mut d.procedure.kind)}
        {text(ds, FieldId::ProcedureRationale, |d| &d.procedure.rationale, |d| &mut d.procedure.rationale, true)}
        {list_editor(ds, FieldId::InvitedProviders, PROVIDERS, procedure::ADD_PROVIDER, two_column_row::<Provider>)}
        {super::advice::newcomers_warning(ds, "step5-newcomers")}
        {list_editor(ds, FieldId::Timeline, MILESTONES, procedure::ADD_MILESTONE, two_column_row::<Milestone>)}
        {super::submission::submission_section(ds)}
        <section class="to-bids" id=FieldId::Bids.anchor()>
            <h2>{lang.pick(wt, |t| t.bids)}</h2>
            <p>{lang.text(procedure::BIDS_INTRO)}</p>
            <A href=move || Page::Bids.href(&dossier_id.get()) attr:class="button">
                {lang.text(procedure::TO_BIDS)}
                " →"
            </A>
        </section>
    }
}

// The invited providers and the timeline: two lists of two-column rows.
const PROVIDERS: ListAccess<Provider> =
    ListAccess { get: |d| &d.procedure.invited, get_mut: |d| &mut d.procedure.invited };
const MILESTONES: ListAccess<Milestone> =
    ListAccess { get: |d| &d.procedure.timeline, get_mut: |d| &mut d.procedure.timeline };

/// The two inputs of an entry of a two-column list: a text (the entry's first input, which
/// the list editor focuses) and a second input of its own type beside it.
struct TwoColumns<T: 'static> {
    field: FieldId,
    first_label: fn(&WizardText) -> &'static str,
    first: fn(&T) -> String,
    set_first: fn(&mut T, String),
    second_label: fn(&WizardText) -> &'static str,
    /// The second input's id is `{anchor}-{entry id}-{second_suffix}`.
    second_suffix: &'static str,
    /// The `type` of the second input (`text`, `date`).
    second_type: &'static str,
    second: fn(&T) -> String,
    set_second: fn(&mut T, String),
}

/// A list entry shown as a two-column row.
trait TwoColumnItem: ListItem {
    const COLUMNS: TwoColumns<Self>;
}

impl TwoColumnItem for Provider {
    const COLUMNS: TwoColumns<Provider> = TwoColumns {
        field: FieldId::InvitedProviders,
        first_label: |t| t.provider_name,
        first: |p| p.name.clone(),
        set_first: |p, v| p.name = v,
        second_label: |t| t.provider_note,
        second_suffix: "note",
        second_type: "text",
        second: |p| p.note.clone(),
        set_second: |p, v| p.note = v,
    };
}

impl TwoColumnItem for Milestone {
    const COLUMNS: TwoColumns<Milestone> = TwoColumns {
        field: FieldId::Timeline,
        first_label: |t| t.milestone_label,
        first: |m| m.label.clone(),
        set_first: |m, v| m.label = v,
        second_label: |t| t.milestone_date,
        second_suffix: "date",
        second_type: "date",
        second: |m| m.date.clone(),
        set_second: |m, v| m.date = v,
    };
}

/// One row of a two-column list (the shape `list_editor` takes for its rows).
fn two_column_row<T: TwoColumnItem>(ds: Dossiers, access: ListAccess<T>, id: String) -> AnyView {
    let lang = use_lang();
    let c = &T::COLUMNS;
    let anchor = c.field.anchor();
    let second_id = format!("{anchor}-{id}-{}", c.second_suffix);
    let second = access.field(ds, id.clone(), c.second);
    let set_second = c.set_second;
    let (first_label, second_label) = (c.first_label, c.second_label);
    let id2 = id.clone();
    view! {
        <div class="row-grid two">
            <div class="field">
                <label for=format!("{anchor}-{id}")>{lang.pick(wt, first_label)}</label>
                {row_text(ds, access, id.clone(), anchor, first_label, c.first, c.set_first, false)}
            </div>
            <div class="field">
                <label for=second_id.clone()>{lang.pick(wt, second_label)}</label>
                <input
                    type=c.second_type
                    id=second_id
                    prop:value=move || second.get()
                    prop:disabled=move || ds.read_only.get()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        access.edit(ds, &id2, |x| set_second(x, v))
                    }
                />
            </div>
        </div>
    }
    .into_any()
}
