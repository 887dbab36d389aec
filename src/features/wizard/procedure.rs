//! Step 5: the tender procedure. The estimated contract value is computed from the
//! participants, checked against the dated European thresholds, and the procedures that
//! fit are listed with the reasons; the bid comparison has its own page.

use super::bind::{choice, label_of, money, text};
use crate::components::field::{read, write, ParsedField, ParsedKind, ParsedValue};
use crate::domain::money::format_fixed;
use crate::i18n::labels::field_help;
use crate::i18n::Lang;
use super::lists::list_editor;
use super::steps::{milestone_row, provider_row, MILESTONES, PROVIDERS};
use crate::domain::contract::estimated_contract_value;
use crate::domain::dossier::ProcedureKind;
use crate::domain::fields::FieldId;
use crate::domain::thresholds::{assess_dossier, thresholds_on, ServiceRegime};
use crate::i18n::labels::Labeled;
use crate::i18n::wizard_messages as wm;
use crate::i18n::wizard_ui::wt;
use crate::i18n::Tr;
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;

/// Today's date as `YYYY-MM-DD` in the user's time zone.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

const ADD_PROVIDER: Tr = Tr::new("Aanbieder toevoegen", "Add provider");
const ADD_MILESTONE: Tr = Tr::new("Mijlpaal toevoegen", "Add milestone");
const VALUE_TITLE: Tr = Tr::new("Geschatte opdrachtwaarde en drempel", "Estimated contract value and threshold");
const REGIME_LABEL: Tr = Tr::new("Soort dienst voor de drempel", "Kind of service for the threshold");
const FITTING: Tr = Tr::new("Procedures die passen", "Procedures that fit");
const DOES_NOT_FIT: Tr = Tr::new(
    "Let op: de gekozen procedure past niet bij deze opdrachtwaarde.",
    "Note: the chosen procedure does not fit this contract value.",
);
const TO_BIDS: Tr = Tr::new("Naar de vergelijking van de offertes", "Go to the comparison of the bids");
const BIDS_INTRO: Tr = Tr::new(
    "Zijn de offertes binnen? Vergelijk ze op een aparte pagina, met de gunningscriteria en weging uit stap 3.",
    "Have the bids come in? Compare them on a page of their own, with the award criteria and weights of step 3.",
);

/// The threshold field's placeholder: the amount used while the field is empty.
fn threshold_placeholder(amount: &str, from: &str, until: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{amount} (geldt {from}–{until}; leeg laten)"),
        Lang::En => format!("{amount} (applies {from}–{until}; leave empty)"),
    }
}

pub fn step5(ds: Dossiers) -> impl IntoView {
    let lang = use_lang();
    let today = today();
    let (threshold_set, _) = thresholds_on(&today);
    let regime = Memo::new(move |_| {
        ds.current.with(|d| d.as_ref().and_then(|d| d.procedure.regime)).unwrap_or(ServiceRegime::SocialAndOtherSpecific)
    });
    let participants = Memo::new(move |_| ds.current.with(|d| d.as_ref().map(|d| d.exploration.participants.clone()).unwrap_or_default()));
    let value = Memo::new(move |_| ds.current.with(|d| d.as_ref().map(estimated_contract_value)));
    let assessment = Memo::new(move |_| {
        let r = regime.get();
        ds.current.with(|d| d.as_ref().map(|d| assess_dossier(d, r, &today)))
    });
    let chosen = Memo::new(move |_| ds.current.with(|d| d.as_ref().and_then(|d| d.procedure.kind)));
    let dossier_id = Memo::new(move |_| ds.current.with(|d| d.as_ref().map(|d| d.id.clone()).unwrap_or_default()));
    let regime_options: Vec<(ServiceRegime, Tr, Option<Tr>)> =
        ServiceRegime::ALL.iter().map(|r| (*r, wm::service_regime(*r), Some(wm::service_regime_help(*r)))).collect();
    let procedure_options: Vec<(ProcedureKind, Tr, Option<Tr>)> =
        ProcedureKind::VARIANTS.iter().map(|k| (*k, k.label(), Some(k.explanation()))).collect();
    view! {
        {money(ds, FieldId::EstimatedPrice, |d| d.procedure.estimated_price, |d| &mut d.procedure.estimated_price)}
        <section class="value-check" aria-labelledby="value-title">
            <h2 id="value-title">{lang.text(VALUE_TITLE)}</h2>
            <p class="computed" aria-live="polite">
                {move || match value.get() {
                    Some(Ok(v)) => wm::contract_value_formula(&v, lang.get()),
                    Some(Err(p)) => wm::contract_problem(&p, &participants.get(), lang.get()),
                    None => String::new(),
                }}
            </p>
            {
                let on_regime = Callback::new(move |r: Option<ServiceRegime>| ds.update(|d| d.procedure.regime = r));
                view! {
                    <crate::components::field::ChoiceField id="f-regime" label=Signal::derive(move || REGIME_LABEL.get(lang.get()).to_string())
                        options=regime_options value=Signal::derive(move || Some(regime.get())) on_change=on_regime disabled=ds.read_only/>
                }
            }
            {
                // Empty means: the amount of the dated set that applies today, shown as the
                // placeholder so that the user sees which number is used.
                let set = threshold_set;
                let placeholder = Signal::derive(move || {
                    let l = lang.get();
                    let amount = format_fixed(set.threshold(regime.get()).0, 2, l.number_style());
                    threshold_placeholder(&amount, &set.valid_from[..4], &set.valid_until[..4], l)
                });
                let value = read(ds, |d| d.procedure.threshold_override.map(ParsedValue::Money));
                let on_change = write(ds, |d, v: Option<ParsedValue>| {
                    d.procedure.threshold_override = v.and_then(ParsedValue::as_money);
                });
                view! {
                    <ParsedField id=FieldId::Threshold.anchor() label=label_of(FieldId::Threshold) help=field_help(FieldId::Threshold)
                        kind=ParsedKind::Money value=value on_change=on_change disabled=ds.read_only placeholder=placeholder/>
                }
            }
            {move || assessment.get().and_then(|a| a.ok()).map(|a| {
                let l = lang.get();
                view! {
                    <div class=if a.european { "verdict european" } else { "verdict national" } role="status">
                        <p class="verdict-text"><strong>{wm::threshold_verdict(&a, l)}</strong></p>
                        <p class="note">{wm::threshold_period(a.set, l)}" "{wm::THRESHOLDS_ARE_REVISED.get(l)}</p>
                        <ul class="reasons">
                            {a.reasons.iter().map(|r| view! { <li>{wm::threshold_reason(r, l)}</li> }).collect_view()}
                        </ul>
                        <h3>{FITTING.get(l)}</h3>
                        <ul class="procedures">
                            {a.procedures.iter().map(|p| view! {
                                <li><strong>{wm::procedure_option(*p).get(l)}</strong>": "{wm::procedure_option_help(*p).get(l)}</li>
                            }).collect_view()}
                        </ul>
                        {chosen.get().filter(|k| !a.fits(*k)).map(|_| view! { <p class="banner warn">{DOES_NOT_FIT.get(l)}</p> })}
                    </div>
                }
            })}
        </section>
        {choice(ds, FieldId::ProcedureKind, procedure_options, |d| d.procedure.kind, |d| &mut d.procedure.kind)}
        {text(ds, FieldId::ProcedureRationale, |d| &d.procedure.rationale, |d| &mut d.procedure.rationale, true)}
        {list_editor(ds, FieldId::InvitedProviders, PROVIDERS, ADD_PROVIDER, provider_row)}
        {list_editor(ds, FieldId::Timeline, MILESTONES, ADD_MILESTONE, milestone_row)}
        <section class="to-bids" id=FieldId::Bids.anchor()>
            <h2>{lang.pick(wt, |t| t.bids)}</h2>
            <p>{lang.text(BIDS_INTRO)}</p>
            <A href=move || format!("/dossier/{}/offertes", dossier_id.get()) attr:class="button">{lang.text(TO_BIDS)}" →"</A>
        </section>
    }
}
