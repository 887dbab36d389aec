//! Exercise 5, weights and what they cost: the rank-reversal case with a slider for the weight
//! of quality; the ranking, how far the weight can move before the winner changes
//! (sensitivity) and what one quality point is worth in euros, all from `domain::scoring`.

use super::exercise_frame;
use crate::domain::scoring::evaluate;
use crate::domain::workshop::{weights_setup, Exercise, WEIGHT_CHOICES, WEIGHT_START};
use crate::i18n::scoring::{fmt_points, point_value_message, sensitivity_message};
use crate::i18n::workshop;
use crate::state::{use_lang, use_projector};
use leptos::prelude::*;

pub(super) fn exercise() -> impl IntoView {
    let lang = use_lang();
    let locked = use_projector().locked;
    let weight = RwSignal::new(WEIGHT_START);
    let revealed = RwSignal::new(false);
    let evaluated = Memo::new(move |_| weights_setup(weight.get()).map(|s| (evaluate(&s), s)));
    let material = view! {
        <p>{lang.text(workshop::WEIGHTS_CASE)}</p>
        <div class="field slider">
            <label for="ws-weight">{lang.text(workshop::QUALITY_WEIGHT)}</label>
            <input
                type="range"
                id="ws-weight"
                min=WEIGHT_CHOICES.start().to_string()
                max=WEIGHT_CHOICES.end().to_string()
                step="1"
                disabled=move || locked.get()
                prop:value=move || weight.get().to_string()
                aria-valuetext=move || workshop::weights_value(weight.get(), lang.get())
                on:input=move |ev| {
                    if let Ok(w) = event_target_value(&ev).parse::<u32>() {
                        if WEIGHT_CHOICES.contains(&w) {
                            weight.set(w);
                        }
                    }
                }
            />
            <output for="ws-weight" id="ws-weight-value">
                {move || workshop::weights_value(weight.get(), lang.get())}
            </output>
        </div>
        {move || {
            let l = lang.get();
            evaluated
                .with(|ev| {
                    let Some((e, setup)) = ev else {
                        return view! { <p class="note">{workshop::NO_OUTCOME.get(l)}</p> }.into_any();
                    };
                    let Some(o) = e.outcome.as_ref() else {
                        return view! { <p class="note">{workshop::NO_OUTCOME.get(l)}</p> }.into_any();
                    };
                    let winner = o.ranking.first().map(|r| r.bidder.clone()).unwrap_or_default();
                    view! {
                        <p class="winner-line" id="ws-weight-winner">
                            <strong>{workshop::winner_line(&winner, l)}</strong>
                        </p>
                        <p class="ranking-line">
                            {o
                                .ranking
                                .iter()
                                .map(|r| format!("{} {}", r.bidder, fmt_points(r.total, l)))
                                .collect::<Vec<_>>()
                                .join(" · ")}
                        </p>
                        <h3>{workshop::STABLE.get(l)}</h3>
                        <ul class="sensitivity" id="ws-sensitivity">
                            {o
                                .sensitivity
                                .iter()
                                .filter(|s| {
                                    setup
                                        .criteria
                                        .get(s.criterion)
                                        .is_some_and(|c| {
                                            c.kind == crate::domain::scoring::model::CriterionKind::Quality
                                        })
                                })
                                .map(|s| view! { <li>{sensitivity_message(s, setup, o.winner, l)}</li> })
                                .collect_view()}
                        </ul>
                        <h3>{workshop::POINT_VALUE.get(l)}</h3>
                        <ul class="point-values">
                            {o
                                .point_values
                                .iter()
                                .map(|v| view! { <li>{point_value_message(v, setup, l)}</li> })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                })
        }}
        <crate::features::share_link::WeightsShare weight />
    }
    .into_any();
    exercise_frame(Exercise::Weights, material, None, revealed, move || weight.set(WEIGHT_START))
}
