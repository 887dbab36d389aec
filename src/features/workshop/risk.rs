//! Exercise 2, who carries the risk: for each instrument of the guide the room says whether it
//! makes a provider more or less willing to invest; the reveal shows the guide's answer per
//! instrument and how many the room had right (`domain::workshop::risk_score`).

use super::exercise_frame;
use crate::domain::workshop::{risk_score, Exercise, InvestEffect, RiskAnswers, RiskInstrument};
use crate::i18n::workshop;
use crate::state::{use_lang, use_projector};
use leptos::prelude::*;

pub(super) fn exercise() -> impl IntoView {
    let lang = use_lang();
    let locked = use_projector().locked;
    let answers = RwSignal::new(RiskAnswers::default());
    let revealed = RwSignal::new(false);
    let rows = RiskInstrument::ALL
        .iter()
        .enumerate()
        .map(|(i, &instrument)| {
            let name = format!("ws-risk-{}", instrument.slug());
            view! {
                <tr>
                    <th scope="row" id=format!("{name}-label")>
                        {lang.text(workshop::instrument(instrument))}
                    </th>
                    <td>
                        <div class="risk-choice" role="radiogroup" aria-labelledby=format!("{name}-label")>
                            {InvestEffect::ALL
                                .iter()
                                .map(|&effect| {
                                    let id = format!(
                                        "{name}-{}",
                                        if effect == InvestEffect::MoreWilling { "meer" } else { "minder" },
                                    );
                                    view! {
                                        <label class="risk-option">
                                            <input
                                                type="radio"
                                                id=id
                                                name=name.clone()
                                                disabled=move || locked.get()
                                                prop:checked=move || answers.with(|a| a[i] == Some(effect))
                                                on:change=move |_| {
                                                    if !locked.get_untracked() {
                                                        answers.update(|a| a[i] = Some(effect));
                                                    }
                                                }
                                            />
                                            {lang.text(workshop::invest_effect(effect))}
                                        </label>
                                    }
                                })
                                .collect_view()}
                        </div>
                    </td>
                    <td class="guide-answer" hidden=move || !revealed.get()>
                        <strong>{lang.text(workshop::invest_effect(instrument.effect()))}</strong>
                        {move || {
                            answers
                                .with(|a| a[i])
                                .map(|given| {
                                    let (class, text) = if given == instrument.effect() {
                                        ("agree", workshop::AGREES)
                                    } else {
                                        ("differ", workshop::DIFFERS)
                                    };
                                    view! { <span class=format!("mark {class}")>" ("{text.get(lang.get())}")"</span> }
                                })
                        }}
                        <br />
                        {lang.text(workshop::instrument_why(instrument))}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let material = view! {
        <div class="table-scroll">
            <table class="risk-table">
                <thead>
                    <tr>
                        <th scope="col">{lang.text(workshop::COL_INSTRUMENT)}</th>
                        <th scope="col">{lang.text(workshop::COL_ROOM)}</th>
                        <th scope="col" hidden=move || !revealed.get()>
                            {lang.text(workshop::COL_GUIDE)}
                        </th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="verdict-line" id="ws-risk-score" hidden=move || !revealed.get()>
            {move || { workshop::risk_score_line(answers.with(risk_score), RiskInstrument::ALL.len(), lang.get()) }}
        </p>
    }
    .into_any();
    exercise_frame(Exercise::Risk, material, None, revealed, move || answers.set(RiskAnswers::default()))
}
