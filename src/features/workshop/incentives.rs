//! Exercise 3, incentives that work: Apeldoorn's bonus/malus (`domain::workshop`, settled by
//! `domain::incentive`) with the number of placements as a slider, the figures and the payout
//! line moving with it.

use super::exercise_frame;
use crate::domain::incentive::PayoutSeries;
use crate::domain::money::Money;
use crate::domain::workshop::{
    incentive_series, incentive_settlement, Exercise, INCENTIVE_START, INCENTIVE_TRAJECTORIES,
};
use crate::i18n::scoring::{fmt_money, fmt_number, incentive_problem_message};
use crate::i18n::{workshop, Lang};
use crate::state::{use_lang, use_projector};
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;

pub(super) fn exercise() -> impl IntoView {
    let lang = use_lang();
    let locked = use_projector().locked;
    let placements = RwSignal::new(INCENTIVE_START);
    let revealed = RwSignal::new(false);
    // The line does not depend on the slider: computed once.
    let series = StoredValue::new(incentive_series());
    let material = view! {
        <p>{lang.text(workshop::TERMS)}</p>
        <div class="field slider">
            <label for="ws-placements">{lang.text(workshop::PLACEMENTS)}</label>
            <input
                type="range"
                id="ws-placements"
                min="0"
                max=INCENTIVE_TRAJECTORIES.to_string()
                step="1"
                disabled=move || locked.get()
                prop:value=move || placements.get().to_string()
                aria-valuetext=move || workshop::placements_value(placements.get(), INCENTIVE_TRAJECTORIES, lang.get())
                on:input=move |ev| {
                    if let Ok(k) = event_target_value(&ev).parse::<u32>() {
                        placements.set(k.min(INCENTIVE_TRAJECTORIES));
                    }
                }
            />
            <output for="ws-placements" id="ws-placements-value">
                {move || workshop::placements_value(placements.get(), INCENTIVE_TRAJECTORIES, lang.get())}
            </output>
        </div>
        {move || {
            let l = lang.get();
            let k = placements.get();
            match (incentive_settlement(k), series.get_value()) {
                (Ok(s), Ok(series)) => {
                    view! {
                        <div class="incentive-grid">
                            <dl class="figures" id="ws-figures">
                                <dt>{workshop::AGREED.get(l)}</dt>
                                <dd>{fmt_number(s.agreed_placements, l)}</dd>
                                <dt>{workshop::BASE.get(l)}</dt>
                                <dd>{fmt_money(s.base, l)}</dd>
                                <dt>{workshop::BONUS.get(l)}</dt>
                                <dd id="ws-bonus">{fmt_money(s.bonus, l)}</dd>
                                <dt>{workshop::WITHHELD.get(l)}</dt>
                                <dd id="ws-withheld">{fmt_money(s.withheld, l)}</dd>
                                <dt>{workshop::PAYOUT.get(l)}</dt>
                                <dd id="ws-payout" class="payout">
                                    {fmt_money(s.payout, l)}
                                </dd>
                            </dl>
                            {chart(&series, k, s.payout, l)}
                        </div>
                    }
                        .into_any()
                }
                (Err(p), _) | (_, Err(p)) => {
                    view! { <p class="banner warn">{incentive_problem_message(&p, l)}</p> }.into_any()
                }
            }
        }}
    }
    .into_any();
    exercise_frame(Exercise::Incentives, material, None, revealed, move || placements.set(INCENTIVE_START))
}

/// The payout against the number of placements, with a dot at the slider's value.
fn chart(series: &PayoutSeries, k: u32, payout: Money, l: Lang) -> impl IntoView {
    let (w, h, left, right, top, bottom) = (640.0_f64, 280.0_f64, 20.0_f64, 20.0_f64, 20.0_f64, 40.0_f64);
    let f = |m: Money| m.0.to_f64().unwrap_or(0.0);
    let max_y = series.points.iter().map(|s| f(s.payout)).fold(0.0_f64, f64::max).max(1.0);
    let min_y = series.points.iter().map(|s| f(s.payout)).fold(max_y, f64::min);
    // The interesting part is around the base payment: the axis starts below the lowest payout.
    let floor = (min_y - (max_y - min_y) * 0.1).max(0.0);
    let span = (max_y - floor).max(1.0);
    let n = f64::from(INCENTIVE_TRAJECTORIES).max(1.0);
    let x = move |k: f64| left + (k / n) * (w - left - right);
    let y = move |v: f64| (h - bottom) - ((v - floor) / span) * (h - bottom - top);
    let path: String = series
        .points
        .iter()
        .enumerate()
        .map(|(i, s)| {
            format!("{}{:.1},{:.1}", if i == 0 { "M" } else { "L" }, x(f64::from(s.placements)), y(f(s.payout)))
        })
        .collect();
    let ax = x(series.agreed_placements.to_f64().unwrap_or(0.0));
    let axis = h - bottom;
    let (px, py) = (x(f64::from(k)), y(f(payout)));
    let label = workshop::chart_label(k, &fmt_money(payout, l), l);
    // The payouts at no and at all placements, at the ends of the line (the axis does not start at 0).
    let end = |s: Option<&crate::domain::incentive::Settlement>| {
        s.map(|s| (y(f(s.payout)), fmt_money(s.payout, l))).unwrap_or((axis, String::new()))
    };
    let (first_y, first_label) = end(series.points.first());
    let (last_y, last_label) = end(series.points.last());
    view! {
        <figure class="chart workshop-chart">
            <figcaption>{workshop::CHART.get(l)}</figcaption>
            <svg viewBox=format!("0 0 {w} {h}") class="line-chart" role="img" aria-label=label>
                <line x1=left y1=axis x2=w - right y2=axis class="axis" />
                <line x1=ax y1=top x2=ax y2=axis class="agreed" />
                <path d=path class="payout" />
                <circle cx=px cy=py r="9" class="now" />
                <text x=left y=axis + 26.0 class="tick" text-anchor="start">
                    "0"
                </text>
                <text x=ax y=axis + 26.0 class="tick" text-anchor="middle">
                    {fmt_number(series.agreed_placements, l)}
                </text>
                <text x=w - right y=axis + 26.0 class="tick" text-anchor="end">
                    {INCENTIVE_TRAJECTORIES}
                </text>
                <text x=left + 4.0 y=first_y - 12.0 class="tick" text-anchor="start">
                    {first_label}
                </text>
                <text x=w - right y=last_y + 26.0 class="tick" text-anchor="end">
                    {last_label}
                </text>
            </svg>
        </figure>
    }
}
