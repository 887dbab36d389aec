//! The checks on a valid outcome: the rank-reversal check of the chosen formula (every pair
//! whose order flips when a bid is removed or a plausible one is added, which bid causes it
//! and why), the weight sensitivity (per criterion the range within which the winner stays,
//! as a chart and in words) and what one quality point is worth in euros.

use super::results::{bidder, pattern_defs, short};
use super::BidsCtx;
use crate::domain::money::Money;
use crate::domain::scoring::model::AwardSetup;
use crate::domain::scoring::{Named, Outcome, SensitivityParameter};
use crate::i18n::bids;
use crate::i18n::scoring::{
    flip_message, fmt_money, fmt_percent, formula_name, point_value_message, reversal_cause, sensitivity_message,
};
use crate::i18n::Lang;
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// How many situations and flipped pairs per situation the check lists (the count says how
/// many there are in all; the CSV export lists every one).
const MAX_REVERSALS: usize = 10;
const MAX_FLIPS: usize = 10;

/// The checks section.
pub fn checks_view(ctx: BidsCtx) -> impl IntoView {
    let lang = use_lang();
    move || {
        let l = lang.get();
        if ctx.stale() {
            return view! { <p class="banner warn">{bids::STALE_DERIVED.get(l)}</p> }.into_any();
        }
        ctx.award.with(|a| {
            ctx.eval.with(|e| match &e.outcome {
                None => view! { <p class="note">{bids::CHECKS_NEED_OUTCOME.get(l)}</p> }.into_any(),
                Some(o) => view! {
                    {reversal_view(ctx, a, o, l)}
                    {sensitivity_view(a, o, l)}
                    {point_values_view(a, o, l)}
                }
                .into_any(),
            })
        })
    }
}

fn reversal_view(ctx: BidsCtx, a: &AwardSetup, o: &Outcome, l: Lang) -> impl IntoView {
    let r = &o.reversal;
    let tested = r
        .hypotheticals
        .iter()
        .map(|h| view! { <li>{bids::hypothetical_text(h, a.scale.max_points, l)}</li> })
        .collect_view();
    let body = if r.absolute {
        view! { <p class="banner ok">{bids::REVERSAL_ABSOLUTE.get(l)}</p> }.into_any()
    } else if r.reversals.is_empty() {
        view! {
            <p class="banner ok">{bids::REVERSAL_NONE.get(l)}</p>
            <p class="note">{bids::REVERSAL_RELATIVE_STILL.get(l)}</p>
        }
        .into_any()
    } else {
        view! {
            <p class="banner bad" role="note">
                <strong>{bids::reversal_summary(r.flip_count, r.reversals.len(), l)}</strong>
            </p>
            <ol class="reversals">
                {r
                    .reversals
                    .iter()
                    .take(MAX_REVERSALS)
                    .map(|rev| {
                        view! {
                            <li>
                                <p>{reversal_cause(rev, a, l)}</p>
                                <ul class="flips">
                                    {rev
                                        .flips
                                        .iter()
                                        .take(MAX_FLIPS)
                                        .map(|f| view! { <li>{flip_message(rev, f, a, l)}</li> })
                                        .collect_view()}
                                    {(rev.flips.len() > MAX_FLIPS)
                                        .then(|| {
                                            view! {
                                                <li class="note">{bids::and_more(rev.flips.len() - MAX_FLIPS, l)}</li>
                                            }
                                        })}
                                </ul>
                            </li>
                        }
                    })
                    .collect_view()}
                {(r.reversals.len() > MAX_REVERSALS)
                    .then(|| view! { <li class="note">{bids::and_more(r.reversals.len() - MAX_REVERSALS, l)}</li> })}
            </ol>
            <p class="advice">
                <strong>{bids::ADVICE_TITLE.get(l)}</strong>
                " "
                {bids::ADVICE_ABSOLUTE.get(l)}
                " "
                <A href=ctx.step3("f-price-formula")>{bids::EDIT_FORMULA.get(l)}</A>
            </p>
        }
        .into_any()
    };
    view! {
        <h3 id="reversal" tabindex="-1">
            {bids::REVERSAL_TITLE.get(l)}
        </h3>
        <p class="help">{bids::reversal_help(formula_name(o.formula, l), l)}</p>
        {body}
        {(!r.absolute && !r.hypotheticals.is_empty())
            .then(|| {
                view! {
                    <details class="tested">
                        <summary>{bids::REVERSAL_TESTED.get(l)}</summary>
                        <ul>
                            <li>{bids::REVERSAL_TESTED_REMOVE.get(l)}</li>
                            {tested}
                        </ul>
                    </details>
                }
            })}
    }
}

fn criterion_name(a: &AwardSetup, c: usize) -> String {
    a.criteria.get(c).map(|k| Named::new(&k.id, &k.name, c).name).unwrap_or_default()
}

/// Per criterion a bar over the possible weights (0–100 %, or 0 to a euro amount for the
/// value per point) with the stable range marked and the current value as a tick.
fn sensitivity_view(a: &AwardSetup, o: &Outcome, l: Lang) -> impl IntoView {
    let n = o.sensitivity.len();
    let (w, label_w, right) = (860.0_f64, 235.0_f64, 265.0_f64);
    let plot = w - label_w - right;
    let (row_h, gap, top) = (20.0_f64, 18.0_f64, 26.0_f64);
    let h = top + n as f64 * (row_h + gap) + 10.0;
    let f = |d: Decimal| d.to_f64().unwrap_or(0.0);
    let euros = o.sensitivity.iter().any(|s| s.parameter == SensitivityParameter::ValuePerPoint);
    let fmt = move |s: SensitivityParameter, d: Decimal| match s {
        SensitivityParameter::Weight => fmt_percent(d, l),
        SensitivityParameter::ValuePerPoint => fmt_money(Money(d), l),
    };
    let mut aria = Vec::new();
    let rows = o
        .sensitivity
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let y = top + i as f64 * (row_h + gap);
            let max = match s.parameter {
                SensitivityParameter::Weight => 100.0,
                SensitivityParameter::ValuePerPoint => {
                    let hi = s.range.and_then(|r| r.high).map(f).unwrap_or(0.0);
                    let lo = s.range.map(|r| f(r.low)).unwrap_or(0.0);
                    (f(s.current).max(hi).max(lo) * 1.5).max(1.0)
                }
            };
            let x = move |v: f64| label_w + (v.max(0.0) / max).min(1.0) * plot;
            let name = criterion_name(a, s.criterion);
            let (band, text) = match s.range {
                None => (None, bids::SENS_ALL_WEIGHT.get(l).to_string()),
                Some(r) if r.rounding_decides => (None, bids::SENS_ROUNDING.get(l).to_string()),
                Some(r) => {
                    let (lo, hi) = r.display_bounds(2);
                    let text = match hi {
                        Some(h) => format!("{} – {}", fmt(s.parameter, lo), fmt(s.parameter, h)),
                        None => format!("≥ {}", fmt(s.parameter, lo)),
                    };
                    let hi_x = hi.map(|h| x(f(h))).unwrap_or(label_w + plot);
                    (Some((x(f(lo)), hi_x)), text)
                }
            };
            aria.push(format!(
                "{name}: {} {} ({} {})",
                bids::STABLE.get(l),
                text,
                bids::NOW.get(l),
                fmt(s.parameter, s.current)
            ));
            let cx = x(f(s.current));
            view! {
                <g class="sens-row">
                    <text
                        x=format!("{:.1}", label_w - 8.0)
                        y=format!("{:.1}", y + row_h / 2.0 + 5.0)
                        text-anchor="end"
                        class="chart-label"
                    >
                        {short(&name, 27)}
                    </text>
                    <rect x=label_w y=format!("{y:.1}") width=plot height=row_h class="chart-track" />
                    {band
                        .map(|(bx, ex)| {
                            view! {
                                <rect
                                    x=format!("{bx:.1}")
                                    y=format!("{y:.1}")
                                    width=format!("{:.1}", (ex - bx).max(1.0))
                                    height=row_h
                                    class="stable-band"
                                />
                                <rect
                                    x=format!("{bx:.1}")
                                    y=format!("{y:.1}")
                                    width=format!("{:.1}", (ex - bx).max(1.0))
                                    height=row_h
                                    fill="url(#sp-1)"
                                    class="stable-pattern"
                                />
                            }
                        })}
                    <line
                        x1=format!("{cx:.1}")
                        y1=format!("{:.1}", y - 5.0)
                        x2=format!("{cx:.1}")
                        y2=format!("{:.1}", y + row_h + 5.0)
                        class="current-tick"
                    />
                    <text
                        x=format!("{:.1}", label_w + plot + 8.0)
                        y=format!("{:.1}", y + row_h / 2.0 + 5.0)
                        class="chart-value"
                    >
                        {format!("{} ({} {})", text, bids::NOW.get(l), fmt(s.parameter, s.current))}
                    </text>
                </g>
            }
        })
        .collect_view();
    let axis = if euros { bids::SENS_AXIS_EUROS.get(l) } else { bids::SENS_AXIS_WEIGHT.get(l) };
    let label = format!("{}: {}", bids::SENS_CHART.get(l), aria.join("; "));
    let winner = bidder(a, o.winner);
    view! {
        <h3 id="sensitivity" tabindex="-1">
            {bids::SENS_TITLE.get(l)}
        </h3>
        <p class="help">{bids::sens_help(&winner, euros, l)}</p>
        {(n > 0)
            .then(|| {
                view! {
                    <figure class="chart sens-chart">
                        <figcaption>{bids::SENS_CHART.get(l)}" "<span class="note">{axis}</span></figcaption>
                        <svg viewBox=format!("0 0 {w} {h:.0}") class="bar-chart" role="img" aria-label=label>
                            {pattern_defs("sp")}
                            <g class="legend">
                                <rect x=label_w y="4" width="22" height="12" class="stable-band" />
                                <rect x=label_w y="4" width="22" height="12" fill="url(#sp-1)" />
                                <text x=label_w + 28.0 y="15" class="tick">
                                    {bids::LEGEND_STABLE.get(l)}
                                </text>
                                <line x1=label_w + 200.0 y1="2" x2=label_w + 200.0 y2="18" class="current-tick" />
                                <text x=label_w + 208.0 y="15" class="tick">
                                    {bids::LEGEND_CURRENT.get(l)}
                                </text>
                            </g>
                            {rows}
                        </svg>
                    </figure>
                }
            })}
        <ul class="sentences">
            {o.sensitivity.iter().map(|s| view! { <li>{sensitivity_message(s, a, o.winner, l)}</li> }).collect_view()}
        </ul>
    }
}

fn point_values_view(a: &AwardSetup, o: &Outcome, l: Lang) -> impl IntoView {
    view! {
        <h3 id="point-values" tabindex="-1">
            {bids::POINT_VALUE_TITLE.get(l)}
        </h3>
        <p class="help">{bids::POINT_VALUE_HELP.get(l)}</p>
        {if o.point_values.is_empty() {
            view! { <p class="note">{bids::NO_QUALITY.get(l)}</p> }.into_any()
        } else {
            view! {
                <ul class="sentences">
                    {o.point_values.iter().map(|v| view! { <li>{point_value_message(v, a, l)}</li> }).collect_view()}
                </ul>
            }
                .into_any()
        }}
    }
}
