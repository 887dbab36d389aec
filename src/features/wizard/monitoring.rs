//! Steps 7 and 8: monitoring figures per municipality, the bonus or withholding that follows
//! from the contract's rule, and the account per municipality.

use super::bind::{money, text};
use crate::components::field::{ParsedField, ParsedKind, ParsedValue};
use crate::domain::dossier::{Dossier, MonitorFigures};
use crate::domain::fields::FieldId;
use crate::i18n::labels::{field_help, sub};
use crate::i18n::wizard_ui::wt;
use crate::i18n::Tr;
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
use leptos::prelude::*;

/// One number of one participant's monitoring figures.
fn figure_input(
    ds: Dossiers,
    pid: String,
    suffix: &'static str,
    label: Tr,
    kind: ParsedKind,
    get: fn(&MonitorFigures) -> Option<ParsedValue>,
    set: fn(&mut MonitorFigures, Option<ParsedValue>),
) -> impl IntoView {
    let lang = use_lang();
    let element_id = format!("{}-{pid}-{suffix}", FieldId::MonitorFigures.anchor());
    let key = pid.clone();
    let value = ds.select(move |d| d.monitoring.figures.get(&key).and_then(get));
    let on_change = Callback::new(move |v: Option<ParsedValue>| {
        let pid = pid.clone();
        ds.update(move |d| set(d.monitoring.figures.entry(pid).or_default(), v));
    });
    view! {
        <ParsedField
            id=element_id
            label=Signal::derive(move || label.get(lang.get()).to_string())
            kind=kind
            value=value
            on_change=on_change
            disabled=ds.read_only
        />
    }
}

fn count_of(v: Option<ParsedValue>) -> Option<u32> {
    match v {
        Some(ParsedValue::Count(n)) => Some(n),
        _ => None,
    }
}

fn participant_rows(ds: Dossiers, with_cost: bool) -> impl IntoView {
    let lang = use_lang();
    let participants = ds.select(Dossier::participant_names);
    view! {
        <Show
            when=move || !participants.get().is_empty()
            fallback=move || view! { <p class="note">{lang.pick(wt, |t| t.no_participants_yet)}</p> }
        >
            <For each=move || participants.get() key=|p| p.clone() let:p>
                <fieldset class="figures">
                    <legend>{if p.1.trim().is_empty() { "?".to_string() } else { p.1.clone() }}</legend>
                    <div class="row-grid">
                        {figure_input(
                            ds,
                            p.0.clone(),
                            "started",
                            sub::FIGURES_STARTED,
                            ParsedKind::Count,
                            |f| f.started.map(ParsedValue::Count),
                            |f, v| f.started = count_of(v),
                        )}
                        {figure_input(
                            ds,
                            p.0.clone(),
                            "results",
                            sub::FIGURES_RESULTS,
                            ParsedKind::Count,
                            |f| f.results.map(ParsedValue::Count),
                            |f, v| f.results = count_of(v),
                        )}
                        {with_cost
                            .then(|| figure_input(
                                ds,
                                p.0.clone(),
                                "cost",
                                sub::FIGURES_COST,
                                ParsedKind::Money,
                                |f| f.cost.map(ParsedValue::Money),
                                |f, v| f.cost = v.and_then(ParsedValue::as_money),
                            ))}
                    </div>
                </fieldset>
            </For>
        </Show>
    }
}

pub fn step7(ds: Dossiers) -> impl IntoView {
    let lang = use_lang();
    view! {
        {money(ds, FieldId::AveragePrice, |d| d.monitoring.average_price, |d| &mut d.monitoring.average_price)}
        {move || {
            let price = ds.current.with(|d| d.as_ref().and_then(crate::domain::reuse::average_price_from_winner))?;
            let l = lang.get();
            Some(
                view! {
                    <p class="note reuse" id="average-price-suggestion">
                        {crate::i18n::first_tender::average_price_from_winner(&price.format(l.number_style()), l)}
                        " "
                        <button
                            type="button"
                            class="secondary small"
                            prop:disabled=move || ds.read_only.get()
                            on:click=move |_| ds.update(move |d| d.monitoring.average_price = Some(price))
                        >
                            {crate::i18n::first_tender::TAKE_OVER.get(l)}
                        </button>
                    </p>
                },
            )
        }}
        <div class="field" id=FieldId::MonitorFigures.anchor()>
            <p class="list-label">{move || super::bind::label_of(FieldId::MonitorFigures).get()}</p>
            <p class="help">{move || field_help(FieldId::MonitorFigures).get(lang.get())}</p>
            {participant_rows(ds, false)}
        </div>
        {super::settlement::settlement_view(ds)}
        {text(ds, FieldId::MonitoringNotes, |d: &Dossier| &d.monitoring.notes, |d| &mut d.monitoring.notes, true)}
    }
}

pub fn step8(ds: Dossiers) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="field" id=FieldId::Costs.anchor()>
            <p class="list-label">{move || super::bind::label_of(FieldId::Costs).get()}</p>
            <p class="help">{move || field_help(FieldId::Costs).get(lang.get())}</p>
            <crate::components::source::Sources refs=crate::i18n::labels::field_sources(FieldId::Costs) />
            {participant_rows(ds, true)}
        </div>
        {super::settlement::account_table(ds)}
        {text(
            ds,
            FieldId::AccountabilityNotes,
            |d: &Dossier| &d.accountability.notes,
            |d| &mut d.accountability.notes,
            true,
        )}
    }
}
