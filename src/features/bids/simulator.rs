//! The bonus/malus simulator: the contract's rule from step 3 with its parameters, and a
//! local "what if" for the average trajectory price and the number of trajectories (page
//! signals, never stored), with the payout against the number of placements as a chart
//! (`payout_series`) and a table of a few points (none, the agreed number, all).

use super::cell::{NumKind, Tracked};
use super::BidsCtx;
use crate::components::field::{ParsedField, ParsedKind, ParsedValue};
use crate::domain::incentive::{simulate_payout, IncentiveTerms, PayoutSeries};
use crate::domain::money::Money;
use crate::i18n::bids;
use crate::i18n::scoring::{fmt_money, fmt_number, fmt_percent, incentive_problem_message};
use crate::i18n::Lang;
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::collections::BTreeSet;

/// The number of trajectories of the what-if when the dossier has none per year yet.
const DEFAULT_TRAJECTORIES: u32 = 20;

pub fn simulator_view(ctx: BidsCtx) -> impl IntoView {
    let lang = use_lang();
    let rule = ctx.ds.select(|d| d.specification.bonus_malus.clone());
    // The what-if starts from the winning bid's price (else the average price of step 7);
    // read once, then it is the user's own number.
    let seed = ctx
        .eval
        .with_untracked(|e| e.outcome.as_ref().and_then(|o| o.ranking.first().map(|r| r.price)))
        .or_else(|| ctx.ds.current.with_untracked(|d| d.as_ref().and_then(|d| d.monitoring.average_price)));
    let price = RwSignal::new(seed.map(ParsedValue::Money));
    // The participants' trajectories per year (step 1): the weights of the split per
    // municipality, and their sum the what-if's starting N (issue 17: not a fixed 20).
    let weights =
        ctx.ds.select(|d| d.exploration.participants.iter().map(|p| p.trajectories.unwrap_or(0)).collect::<Vec<u32>>());
    let per_year = weights.with_untracked(|w| w.iter().fold(0u32, |a, b| a.saturating_add(*b)));
    let basis = ctx.ds.select(|d| d.specification.bonus_malus.basis);
    let start_n = if per_year > 0 { per_year } else { DEFAULT_TRAJECTORIES };
    let trajectories = RwSignal::new(Some(ParsedValue::Count(start_n)));
    let drafts = RwSignal::new(BTreeSet::<String>::new());
    let link = move || ctx.step3("f-bonus-malus");
    view! {
        <p class="help">{lang.text(bids::BONUS_HELP)}</p>
        {move || {
            let l = lang.get();
            let r = rule.get();
            if !r.enabled {
                return view! {
                    <p class="note">{bids::BONUS_NONE.get(l)}" "<A href=link()>{bids::EDIT_BONUS.get(l)}</A></p>
                }
                    .into_any();
            }
            let pct = |p: Option<crate::domain::money::Percent>| {
                p.map(|p| fmt_percent(p.0, l)).unwrap_or_else(|| bids::NOT_SET.get(l).to_string())
            };
            view! {
                <dl class="rule-params">
                    <dt>{bids::AGREED_RATE.get(l)}</dt>
                    <dd>{pct(r.agreed_rate)}</dd>
                    <dt>{bids::BONUS_SHARE.get(l)}</dt>
                    <dd>{pct(r.bonus_share)}</dd>
                    <dt>{bids::MALUS_SHARE.get(l)}</dt>
                    <dd>{pct(r.malus_share)}</dd>
                </dl>
                <p class="formula">{bids::BONUS_FORMULA.get(l)}</p>
                <p>
                    <A href=link()>{bids::EDIT_BONUS.get(l)}</A>
                </p>
            }
                .into_any()
        }}
        <Show when=move || rule.with(|r| r.enabled)>
            <div class="what-if">
                <h3>{lang.text(bids::WHAT_IF)}</h3>
                <p class="help">{lang.text(bids::WHAT_IF_HELP)}</p>
                <div class="row-grid two">
                    <Tracked id="sim-price" kind=NumKind::Money set=drafts>
                        <ParsedField
                            id="sim-price"
                            label=Signal::derive(move || bids::SIM_PRICE.get(lang.get()).to_string())
                            kind=ParsedKind::Money
                            value=price
                            on_change=Callback::new(move |v| price.set(v))
                        />
                    </Tracked>
                    <Tracked id="sim-n" kind=NumKind::Count set=drafts>
                        <ParsedField
                            id="sim-n"
                            label=Signal::derive(move || bids::SIM_TRAJECTORIES.get(lang.get()).to_string())
                            kind=ParsedKind::Count
                            value=trajectories
                            on_change=Callback::new(move |v| trajectories.set(v))
                            unit=Signal::derive(move || bids::TRAJECTORIES.get(lang.get()).to_string())
                        />
                    </Tracked>
                </div>
                {move || {
                    let l = lang.get();
                    if drafts.with(|d| !d.is_empty()) {
                        return view! { <p class="banner warn">{bids::SIM_FIX_INPUT.get(l)}</p> }.into_any();
                    }
                    let t = match price.get() {
                        Some(ParsedValue::Money(m)) => Some(m),
                        _ => None,
                    };
                    let n = match trajectories.get() {
                        Some(ParsedValue::Count(n)) => n,
                        _ => 0,
                    };
                    let terms = match IncentiveTerms::from_rule(&rule.get(), t) {
                        Ok(terms) => terms,
                        Err(problems) => {
                            return view! {
                                <ul class="problems">
                                    {problems
                                        .iter()
                                        .map(|p| view! { <li>{incentive_problem_message(p, l)}</li> })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any();
                        }
                    };
                    if n == 0 {
                        return view! { <p class="note">{bids::SIM_NEED_N.get(l)}</p> }.into_any();
                    }
                    match simulate_payout(&terms, basis.get(), &weights.get(), n) {
                        Ok(series) => {
                            view! {
                                <p class="note" id="sim-basis">
                                    {crate::i18n::first_tender::simulator_note(
                                        basis.get(),
                                        per_year,
                                        weights.with(|w| w.len()),
                                        l,
                                    )}
                                </p>
                                {payout_chart(&series, n, l)}
                                {payout_table(&series, n, l)}
                            }
                                .into_any()
                        }
                        Err(p) => view! { <p class="banner warn">{incentive_problem_message(&p, l)}</p> }.into_any(),
                    }
                }}
            </div>
        </Show>
    }
}

/// The placements shown in the table: none, around the agreed number, all.
fn table_points(series: &PayoutSeries, n: u32) -> Vec<u32> {
    let agreed = series.agreed_placements;
    let lo = agreed.floor().to_u32().unwrap_or(0).min(n);
    let hi = agreed.ceil().to_u32().unwrap_or(n).min(n);
    let mut v = vec![0, lo, hi, n];
    v.sort_unstable();
    v.dedup();
    v
}

fn payout_table(series: &PayoutSeries, n: u32, l: Lang) -> impl IntoView {
    let agreed = series.agreed_placements;
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=bids::PAYOUT_CHART.get(l)>
            <table class="payout-table">
                <caption>{bids::payout_caption(n, &fmt_number(agreed, l), l)}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="num">
                            {bids::COL_PLACEMENTS.get(l)}
                        </th>
                        <th scope="col" class="num">
                            {bids::COL_VS_AGREED.get(l)}
                        </th>
                        <th scope="col" class="num">
                            {bids::COL_BASE.get(l)}
                        </th>
                        <th scope="col" class="num">
                            {bids::COL_BONUS.get(l)}
                        </th>
                        <th scope="col" class="num">
                            {bids::COL_WITHHELD.get(l)}
                        </th>
                        <th scope="col" class="num">
                            {bids::COL_PAYOUT.get(l)}
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {table_points(series, n)
                        .into_iter()
                        .filter_map(|k| series.points.get(k as usize))
                        .map(|s| {
                            let diff = Decimal::from(s.placements) - agreed;
                            let diff_text = if diff.is_zero() {
                                "0".to_string()
                            } else if diff > Decimal::ZERO {
                                format!("+{}", fmt_number(diff, l))
                            } else {
                                format!("−{}", fmt_number(-diff, l))
                            };
                            view! {
                                <tr>
                                    <th scope="row" class="num">
                                        {s.placements}
                                    </th>
                                    <td class="num">{diff_text}</td>
                                    <td class="num">{fmt_money(s.base, l)}</td>
                                    <td class="num">{fmt_money(s.bonus, l)}</td>
                                    <td class="num">{fmt_money(s.withheld, l)}</td>
                                    <td class="num">{fmt_money(s.payout, l)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Payout for 0..=N placements: a line with one kink at the agreed number.
fn payout_chart(series: &PayoutSeries, n: u32, l: Lang) -> impl IntoView {
    let (w, h, left, bottom, top, right) = (640.0_f64, 260.0_f64, 110.0_f64, 40.0_f64, 16.0_f64, 20.0_f64);
    let f = |m: Money| m.0.to_f64().unwrap_or(0.0);
    let max_y = series.points.iter().map(|s| f(s.payout)).fold(0.0_f64, f64::max).max(1.0);
    let nf = f64::from(n).max(1.0);
    let x = move |k: f64| left + (k / nf) * (w - left - right);
    let y = move |v: f64| (h - bottom) - (v.max(0.0) / max_y) * (h - bottom - top);
    let path: String = series
        .points
        .iter()
        .enumerate()
        .map(|(i, s)| {
            format!("{}{:.1},{:.1}", if i == 0 { "M" } else { "L" }, x(f64::from(s.placements)), y(f(s.payout)))
        })
        .collect();
    let agreed = series.agreed_placements.to_f64().unwrap_or(0.0);
    let ax = x(agreed);
    let base = series.points.first().map(|s| f(s.base)).unwrap_or(0.0);
    let by = y(base);
    let first = series.points.first().map(|s| fmt_money(s.payout, l)).unwrap_or_default();
    let last = series.points.last().map(|s| fmt_money(s.payout, l)).unwrap_or_default();
    let label = bids::payout_chart_label(n, &fmt_number(series.agreed_placements, l), &first, &last, l);
    let axis_y = h - bottom;
    let near_right = ax > w * 0.7;
    let agreed_label_x = if near_right { ax - 6.0 } else { ax + 6.0 };
    let agreed_anchor = if near_right { "end" } else { "start" };
    let max_label = fmt_money(Money(Decimal::from_f64_retain(max_y).unwrap_or_default().round()), l);
    view! {
        <figure class="chart">
            <figcaption>{bids::PAYOUT_CHART.get(l)}</figcaption>
            <svg viewBox=format!("0 0 {w} {h}") class="line-chart" role="img" aria-label=label>
                <line x1=left y1=axis_y x2=w - right y2=axis_y class="axis" />
                <line x1=left y1=top x2=left y2=axis_y class="axis" />
                <line x1=left y1=by x2=w - right y2=by class="base" />
                <line x1=ax y1=top x2=ax y2=axis_y class="agreed" />
                <path d=path class="payout" />
                <text x=left - 6.0 y=top + 6.0 class="tick" text-anchor="end">
                    {max_label}
                </text>
                <text x=left - 6.0 y=axis_y class="tick" text-anchor="end">
                    "€ 0"
                </text>
                <text x=left y=axis_y + 18.0 class="tick" text-anchor="middle">
                    "0"
                </text>
                <text x=w - right y=axis_y + 18.0 class="tick" text-anchor="middle">
                    {n}
                </text>
                <text x=agreed_label_x y=axis_y - 8.0 class="tick agreed-label" text-anchor=agreed_anchor>
                    {bids::AGREED_SHORT.get(l)}
                    " "
                    {fmt_number(series.agreed_placements, l)}
                </text>
                <text x=(left + w - right) / 2.0 y=axis_y + 34.0 class="tick" text-anchor="middle">
                    {bids::X_PLACEMENTS.get(l)}
                </text>
                // Left of the agreed number the payout runs below N × T, so the label above the line is free.
                <text x=left + 6.0 y=by - 6.0 class="tick">
                    {bids::BASE_LINE.get(l)}
                </text>
            </svg>
        </figure>
    }
}
