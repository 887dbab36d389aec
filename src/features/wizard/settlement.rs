//! The bonus/malus that follows from the contract's rule (step 3) and the monitoring figures
//! (step 7), per municipality — each pays for its own clients — and in total; with a chart of
//! the payout against the number of placements. Step 8 accounts per municipality.

use crate::domain::dossier::SettlementBasis;
use crate::domain::incentive::{payout_series, settle_dossier, DossierSettlement, IncentiveProblem, IncentiveTerms};
use crate::domain::money::Money;
use crate::i18n::scoring::{fmt_money, incentive_problem_message};
use crate::i18n::{settlement, Lang};
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;

fn opt_num(n: Option<u32>) -> String {
    n.map(|n| n.to_string()).unwrap_or_else(|| "–".into())
}

/// Step 7: the computed bonus/malus and the payout chart.
pub fn settlement_view(ds: Dossiers) -> impl IntoView {
    let lang = use_lang();
    let data = Memo::new(move |_| {
        ds.current.with(|d| {
            d.as_ref().map(|d| {
                let s = settle_dossier(d);
                (s.terms, s.totals.started, s.basis)
            })
        })
    });
    view! {
        <section class="settlement" aria-labelledby="settlement-title">
            <h2 id="settlement-title">{lang.text(settlement::TITLE)}</h2>
            {move || {
                let l = lang.get();
                let Some((terms, total_started, basis)) = data.get() else { return ().into_any() };
                match terms {
                    Err(problems) if problems.contains(&IncentiveProblem::NotEnabled) => {
                        view! { <p class="note">{settlement::NOT_ENABLED.get(l)}</p> }.into_any()
                    }
                    Err(problems) => {
                        view! {
                            <ul class="problems">
                                {problems
                                    .iter()
                                    .map(|p| view! { <li>{incentive_problem_message(p, l)}</li> })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                    Ok(terms) => {
                        let table = ds
                            .current
                            .with(|d| {
                                d.as_ref()
                                    .map(|d| {
                                        let s = settle_dossier(d);
                                        settlement_table(&s, l)
                                    })
                            });
                        view! {
                            {table}
                            <p class="note" id="settlement-basis-note">
                                {crate::i18n::first_tender::settlement_note(basis).get(l)}
                            </p>
                            <p class="note">{settlement::RULE_NOTE.get(l)}</p>
                            {payout_chart(&terms, total_started, l)}
                        }
                            .into_any()
                    }
                }
            }}
        </section>
    }
}

fn settlement_table(s: &DossierSettlement<'_>, l: Lang) -> impl IntoView {
    let (rows, totals) = (&s.rows, &s.totals);
    let fm = move |m: Option<Money>| m.map(|m| fmt_money(m, l)).unwrap_or_else(|| "–".into());
    // Over the whole contract the agreed number belongs to the contract, not to a row.
    let total_agreed = match (&s.basis, &s.contract) {
        (SettlementBasis::WholeContract, Some(Ok(c))) => crate::i18n::scoring::fmt_number(c.agreed_placements, l),
        _ => String::new(),
    };
    let contract_problem = match &s.contract {
        Some(Err(p)) => Some(incentive_problem_message(p, l)),
        _ => None,
    };
    view! {
        <div class="table-scroll">
            <table class="figures-table">
                <thead>
                    <tr>
                        <th scope="col">{settlement::COL_MUNI.get(l)}</th>
                        <th scope="col" class="num">
                            {settlement::COL_STARTED.get(l)}
                        </th>
                        <th scope="col" class="num">
                            {settlement::COL_RESULTS.get(l)}
                        </th>
                        <th scope="col" class="num">
                            {settlement::COL_AGREED.get(l)}
                        </th>
                        <th scope="col" class="num">
                            {settlement::COL_BONUS.get(l)}
                        </th>
                        <th scope="col" class="num">
                            {settlement::COL_WITHHELD.get(l)}
                        </th>
                        <th scope="col" class="num">
                            {settlement::COL_NET.get(l)}
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .iter()
                        .map(|r| {
                            let (agreed, bonus, withheld, net, problem) = match &r.settlement {
                                Some(Ok(s)) => {
                                    (
                                        crate::i18n::scoring::fmt_number(s.agreed_placements, l),
                                        fm(Some(s.bonus)),
                                        fm(Some(s.withheld)),
                                        fm(Some(s.net)),
                                        None,
                                    )
                                }
                                Some(Err(p)) => {
                                    (
                                        "–".into(),
                                        "–".into(),
                                        "–".into(),
                                        "–".into(),
                                        Some(incentive_problem_message(p, l)),
                                    )
                                }
                                None => ("–".into(), "–".into(), "–".into(), fm(r.net()), None),
                            };
                            view! {
                                <tr>
                                    <th scope="row">
                                        {r.participant.name.clone()}
                                        {problem.map(|p| view! { <span class="cell-error">{p}</span> })}
                                    </th>
                                    <td class="num">{opt_num(r.started)}</td>
                                    <td class="num">{opt_num(r.results)}</td>
                                    <td class="num">{agreed}</td>
                                    <td class="num">{bonus}</td>
                                    <td class="num">{withheld}</td>
                                    <td class="num">{net}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">
                            {settlement::TOTAL.get(l)}
                            {(!totals.complete).then(|| format!(" ({})", settlement::INCOMPLETE.get(l)))}
                            {contract_problem.map(|p| view! { <span class="cell-error">{p}</span> })}
                        </th>
                        <td class="num">{totals.started}</td>
                        <td class="num">{totals.results}</td>
                        <td class="num">{total_agreed}</td>
                        <td class="num">{fm(totals.bonus)}</td>
                        <td class="num">{fm(totals.withheld)}</td>
                        <td class="num">{fm(totals.settled_net)}</td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}

/// Payout (trajectory payments plus bonus, minus withholding) for 0..=N placements, as an
/// SVG chart drawn by the app. The x axis is placements, the y axis euros.
fn payout_chart(terms: &IncentiveTerms, trajectories: u32, l: Lang) -> impl IntoView {
    if trajectories == 0 {
        return ().into_any();
    }
    let series = match payout_series(terms, trajectories) {
        Ok(s) => s,
        Err(p) => return view! { <p class="note">{incentive_problem_message(&p, l)}</p> }.into_any(),
    };
    let (w, h, left, bottom) = (560.0, 220.0, 90.0, 30.0);
    let max_y = series.points.iter().filter_map(|s| s.payout.0.to_f64()).fold(0.0_f64, f64::max).max(1.0);
    let n = f64::from(trajectories).max(1.0);
    let x = |k: u32| left + (f64::from(k) / n) * (w - left - 10.0);
    let y = |v: f64| (h - bottom) - (v / max_y) * (h - bottom - 10.0);
    let path = series
        .points
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            s.payout.0.to_f64().map(|v| format!("{}{:.1},{:.1}", if i == 0 { "M" } else { "L" }, x(s.placements), y(v)))
        })
        .collect::<String>();
    let agreed_x = left + (series.agreed_placements.to_f64().unwrap_or(0.0) / n) * (w - left - 10.0);
    let base = series.points.first().map(|s| s.base).unwrap_or(Money::ZERO);
    let label = settlement::payout_chart_label(
        &series.points.first().map(|s| fmt_money(s.payout, l)).unwrap_or_default(),
        trajectories,
        &series.points.last().map(|s| fmt_money(s.payout, l)).unwrap_or_default(),
        l,
    );
    let view_box = format!("0 0 {w} {h}");
    let axis_y = h - bottom;
    let right = w - 10.0;
    let base_y = y(base.0.to_f64().unwrap_or(0.0));
    let tick_x = left - 6.0;
    let label_y = h - 8.0;
    let max_label = fmt_money(Money(rust_decimal::Decimal::from_f64_retain(max_y).unwrap_or_default().round()), l);
    view! {
        <figure class="chart">
            <figcaption>{settlement::CHART_TITLE.get(l)}</figcaption>
            <svg viewBox=view_box class="line-chart" role="img" aria-label=label>
                <line x1=left y1=axis_y x2=right y2=axis_y class="axis" />
                <line x1=left y1="10" x2=left y2=axis_y class="axis" />
                <line x1=agreed_x y1="10" x2=agreed_x y2=axis_y class="agreed" />
                <line x1=left y1=base_y x2=right y2=base_y class="base" />
                <path d=path class="payout" />
                <text x=tick_x y="18" class="tick" text-anchor="end">
                    {max_label}
                </text>
                <text x=tick_x y=axis_y class="tick" text-anchor="end">
                    "0"
                </text>
                <text x=left y=label_y class="tick">
                    "0"
                </text>
                <text x=right y=label_y class="tick" text-anchor="end">
                    {trajectories}
                    " "
                    {settlement::CHART_X.get(l)}
                </text>
            </svg>
        </figure>
    }
    .into_any()
}

/// Step 8: per municipality trajectories, cost, its own bonus/malus, and totals.
pub fn account_table(ds: Dossiers) -> impl IntoView {
    let lang = use_lang();
    view! {
        {move || {
            let l = lang.get();
            ds.current
                .with(|d| {
                    d.as_ref()
                        .map(|d| {
                            let s = settle_dossier(d);
                            let t = s.totals;
                            let fm = move |m: Option<Money>| m.map(|m| fmt_money(m, l)).unwrap_or_else(|| "–".into());
                            view! {
                                <div class="table-scroll">
                                    <table class="figures-table" id="account-table">
                                        <thead>
                                            <tr>
                                                <th scope="col">{settlement::COL_MUNI.get(l)}</th>
                                                <th scope="col" class="num">
                                                    {settlement::COL_STARTED.get(l)}
                                                </th>
                                                <th scope="col" class="num">
                                                    {settlement::COL_RESULTS.get(l)}
                                                </th>
                                                <th scope="col" class="num">
                                                    {settlement::COL_COST.get(l)}
                                                </th>
                                                <th scope="col" class="num">
                                                    {settlement::COL_NET.get(l)}
                                                </th>
                                                <th scope="col" class="num">
                                                    {settlement::COL_TOTAL_COST.get(l)}
                                                </th>
                                            </tr>
                                        </thead>
                                        <tbody>
                                            {s
                                                .rows
                                                .iter()
                                                .map(|r| {
                                                    view! {
                                                        <tr>
                                                            <th scope="row">{r.participant.name.clone()}</th>
                                                            <td class="num">{opt_num(r.started)}</td>
                                                            <td class="num">{opt_num(r.results)}</td>
                                                            <td class="num">{fm(r.cost)}</td>
                                                            <td class="num">{fm(r.net())}</td>
                                                            <td class="num">{fm(r.paid_with_net())}</td>
                                                        </tr>
                                                    }
                                                })
                                                .collect_view()}
                                        </tbody>
                                        <tfoot>
                                            <tr>
                                                <th scope="row">{settlement::TOTAL.get(l)}</th>
                                                <td class="num">{t.started}</td>
                                                <td class="num">{t.results}</td>
                                                <td class="num">{fm(t.cost)}</td>
                                                <td class="num">{fm(t.net)}</td>
                                                <td class="num">{fm(t.paid)}</td>
                                            </tr>
                                        </tfoot>
                                    </table>
                                </div>
                            }
                        })
                })
        }}
    }
}
