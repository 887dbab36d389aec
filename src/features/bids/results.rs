//! The outcome: problems first (blocking ones with a link to their input, then warnings),
//! the chosen formula's ranking next to the ranking of every other formula, and the
//! breakdown of each bid's total per criterion as a stacked bar chart (SVG drawn here, with
//! patterns as well as colours, `role="img"` and a label) and as a table with the same
//! numbers, with the tie-break and rounding rules stated.
//!
//! Nothing here is shown as valid while an input holds unparseable text (`BidsCtx::stale`)
//! or while `Evaluation::outcome` is `None`.

use super::targets::{target, Target};
use super::{BidsCtx, FocusLink};
use crate::domain::money::Money;
use crate::domain::scoring::model::{AwardSetup, CriterionKind};
use crate::domain::scoring::{Admission, Evaluation, FormulaKind, Named, Outcome, Problem, ScoreUnit, TieBreakStep};
use crate::i18n::bids;
use crate::i18n::first_tender_tail;
use crate::i18n::scoring::{
    admission_text, fmt_money, fmt_percent, fmt_points, formula_expression, formula_name, problem_message,
    rounding_rule, tie_break_rule, tie_break_step, unit_label,
};
use crate::i18n::Lang;
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// How many problems of one kind a list shows before it says "and N more".
const MAX_LISTED: usize = 40;

/// How many ranked bids the ranking, chart and breakdown show until the user asks for all
/// (a committee reads the top of the ranking; the CSV export always holds every bid). This
/// also keeps a keystroke cheap with a hundred bids: these views are rebuilt on each change.
pub const FIRST_SHOWN: usize = 15;

/// A total in its unit: points `79,00` or euros `€ 79.000,00`.
pub fn fmt_total(unit: ScoreUnit, d: Decimal, l: Lang) -> String {
    match unit {
        ScoreUnit::Points => fmt_points(d, l),
        // A deduction reads "− € 700,00", not "€ -700,00".
        ScoreUnit::Euros if d.is_sign_negative() && !d.is_zero() => format!("− {}", fmt_money(Money(-d), l)),
        ScoreUnit::Euros => fmt_money(Money(d), l),
    }
}

/// The bidder's name as the domain shows it (`#n` when empty).
pub fn bidder(a: &AwardSetup, entry: usize) -> String {
    a.bids.get(entry).map(|b| Named::new(&b.id, &b.bidder, entry).name).unwrap_or_default()
}

fn column_name(a: &AwardSetup, criterion: Option<usize>, l: Lang) -> String {
    match criterion {
        Some(c) => a.criteria.get(c).map(|k| Named::new(&k.id, &k.name, c).name).unwrap_or_default(),
        None => bids::PRICE.get(l).to_string(),
    }
}

/// The accessible name of an input on the page, for the list of invalid inputs.
fn input_name(id: &str) -> String {
    let doc = document();
    let Some(el) = doc.get_element_by_id(id) else { return id.to_string() };
    if let Some(label) = el.get_attribute("aria-label").filter(|s| !s.is_empty()) {
        return label;
    }
    let selector = format!("label[for=\"{id}\"]");
    doc.query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|l| l.text_content())
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| id.to_string())
}

/// One problem as a list item, linked to where it is solved.
fn problem_item(ctx: BidsCtx, p: &Problem, l: Lang) -> impl IntoView {
    let msg = problem_message(p, l);
    let link = match target(p) {
        Target::Here(id) => Some(
            view! {
                " "
                <FocusLink target=id>{bids::GO_TO_FIELD.get(l)}</FocusLink>
            }
            .into_any(),
        ),
        Target::Section(id) => Some(
            view! {
                " "
                <FocusLink target=id>{bids::SEE_SECTION.get(l)}</FocusLink>
            }
            .into_any(),
        ),
        Target::Step3(anchor) => Some(
            view! {
                " "
                <A href=ctx.step3(anchor)>{bids::GO_TO_STEP3.get(l)}</A>
            }
            .into_any(),
        ),
        Target::Nowhere => None,
    };
    view! { <li>{msg}{link}</li> }
}

fn problem_list(ctx: BidsCtx, problems: &[&Problem], l: Lang) -> impl IntoView {
    let more = problems.len().saturating_sub(MAX_LISTED);
    view! {
        <ul class="problems">
            {problems.iter().take(MAX_LISTED).map(|p| problem_item(ctx, p, l)).collect_view()}
            {(more > 0).then(|| view! { <li class="note">{bids::and_more(more, l)}</li> })}
        </ul>
    }
}

/// The problems, the ranking with the other formulas, and the breakdown.
pub fn results_view(ctx: BidsCtx) -> impl IntoView {
    let lang = use_lang();
    let show_all = RwSignal::new(false);
    move || {
        let l = lang.get();
        let invalid: Vec<String> = ctx.invalid.get().into_iter().collect();
        if !invalid.is_empty() {
            return view! {
                <div class="banner bad stale" role="alert">
                    <p>
                        <strong>{bids::STALE_TITLE.get(l)}</strong>
                    </p>
                    <p>{bids::STALE_TEXT.get(l)}</p>
                    <ul>
                        {invalid
                            .into_iter()
                            .map(|id| {
                                let name = input_name(&id);
                                view! {
                                    <li>
                                        <FocusLink target=id>{name}</FocusLink>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
            .into_any();
        }
        let all = show_all.get();
        ctx.award.with(|a| ctx.eval.with(|e| outcome_view(ctx, a, e, l, all, show_all))).into_any()
    }
}

fn outcome_view(
    ctx: BidsCtx,
    a: &AwardSetup,
    e: &Evaluation,
    l: Lang,
    all: bool,
    show_all: RwSignal<bool>,
) -> impl IntoView {
    let blocking: Vec<&Problem> = e.blocking().collect();
    let warnings: Vec<&Problem> = e.warnings().collect();
    let problems = view! {
        {(!blocking.is_empty())
            .then(|| {
                view! {
                    <div class="problem-box blocking">
                        <h3>{bids::BLOCKING_TITLE.get(l)}" ("{blocking.len()}")"</h3>
                        <p>{bids::BLOCKING_TEXT.get(l)}</p>
                        {problem_list(ctx, &blocking, l)}
                    </div>
                }
            })}
        {(!warnings.is_empty())
            .then(|| {
                view! {
                    <div class="problem-box warnings">
                        <h3>{bids::WARNINGS_TITLE.get(l)}" ("{warnings.len()}")"</h3>
                        {problem_list(ctx, &warnings, l)}
                    </div>
                }
            })}
    };
    let Some(o) = &e.outcome else {
        return view! { {problems} }.into_any();
    };
    let winner = bidder(a, o.winner);
    let winner_total = o.ranking.first().map(|r| fmt_total(o.unit, r.total, l)).unwrap_or_default();
    // Only lots can decide between the first bids: no winner is named (issue 17).
    let tied: Vec<String> = o.tied_for_first().into_iter().map(|entry| bidder(a, entry)).collect();
    // The first place's total, its unit and the formula: the same after a winner or a tie.
    let total_line = view! {
        {winner_total}
        " "
        {unit_label(o.unit, l)}
        " · "
        {formula_name(o.formula, l)}
    };
    let winner_line = if tied.is_empty() {
        view! {
            <p class="winner-line">
                <span class="winner-badge">{bids::WINNER.get(l)}</span>
                " "
                <strong>{winner}</strong>
                " — "
                {total_line}
            </p>
        }
        .into_any()
    } else {
        view! {
            <p class="winner-line tied" id="tied-for-first">
                {first_tender_tail::tied_for_first(&tied, l)}
                " "
                {total_line}
            </p>
        }
        .into_any()
    };
    view! {
        {problems}
        {winner_line}
        <h3 id="alternatives" tabindex="-1">
            {bids::RANKING_TITLE.get(l)}
        </h3>
        <p class="help">{bids::RANKING_HELP.get(l)}</p>
        {ranking_table(a, o, l, if all { usize::MAX } else { FIRST_SHOWN })}
        {show_toggle(o.ranking.len(), all, show_all, l)}
        <h3 id="breakdown" tabindex="-1">
            {bids::BREAKDOWN_TITLE.get(l)}
        </h3>
        {breakdown_chart(a, o, l, if all { usize::MAX } else { FIRST_SHOWN })}
        {breakdown_table(a, e, o, l, if all { usize::MAX } else { FIRST_SHOWN })}
        {show_toggle(o.ranking.len(), all, show_all, l)}
        <dl class="rules">
            <dt>{bids::FORMULA_USED.get(l)}</dt>
            <dd>{formula_name(o.formula, l)}": "<span class="formula">{formula_expression(o.formula, l)}</span></dd>
            <dt>{bids::REFERENCES.get(l)}</dt>
            <dd>{references(o, l)}</dd>
            <dt>{bids::TIE_BREAK.get(l)}</dt>
            <dd>{tie_break_rule(l)}</dd>
            <dt>{bids::ROUNDING.get(l)}</dt>
            <dd>{rounding_rule(l)}</dd>
        </dl>
    }
    .into_any()
}

fn references(o: &Outcome, l: Lang) -> String {
    let r = &o.references;
    let mut parts = vec![
        format!("{} {}", bids::LOWEST_PRICE.get(l), fmt_money(r.lowest_price, l)),
        format!("{} {}", bids::HIGHEST_PRICE.get(l), fmt_money(r.highest_price, l)),
    ];
    if let Some((lo, hi)) = r.bounds {
        parts.push(format!("{} {} – {}", bids::BOUNDS.get(l), fmt_money(lo, l), fmt_money(hi, l)));
    }
    if let Some(c) = r.lowest_cost_per_result {
        parts.push(format!("{} {}", bids::LOWEST_CPR.get(l), fmt_money(c, l)));
    }
    parts.join("; ")
}

/// Rank by rank: the chosen formula, and next to it every other formula.
/// "Show all 100 bids" / "Show the first 15 only", when there are more than that.
fn show_toggle(n: usize, all: bool, show_all: RwSignal<bool>, l: Lang) -> impl IntoView {
    (n > FIRST_SHOWN).then(|| {
        view! {
            <p class="show-toggle">
                {(!all).then(|| view! { <span class="note">{bids::shown_of(FIRST_SHOWN, n, l)}" "</span> })}
                <button
                    type="button"
                    class="secondary small"
                    aria-pressed=if all { "true" } else { "false" }
                    on:click=move |_| show_all.update(|v| *v = !*v)
                >
                    {if all { bids::show_first(FIRST_SHOWN, l) } else { bids::show_all(n, l) }}
                </button>
            </p>
        }
    })
}

fn ranking_table(a: &AwardSetup, o: &Outcome, l: Lang, limit: usize) -> impl IntoView {
    let n = o.ranking.len().min(limit);
    let cell = |entry: usize, total: Decimal, unit: ScoreUnit, winner_here: bool| {
        let name = bidder(a, entry);
        let is_chosen_winner = entry == o.winner;
        view! {
            <span class:same-winner=is_chosen_winner && winner_here>{name}</span>
            <span class="total">" "{fmt_total(unit, total, l)}</span>
        }
    };
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=bids::RANKING_TITLE.get(l)>
            <table class="ranking-table">
                <caption class="visually-hidden">{bids::RANKING_TITLE.get(l)}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="num">
                            {bids::COL_RANK.get(l)}
                        </th>
                        <th scope="col" class="chosen">
                            {formula_name(o.formula, l)}
                            <br />
                            <span class="chip">{bids::CHOSEN.get(l)}</span>
                        </th>
                        {o
                            .alternatives
                            .iter()
                            .map(|alt| {
                                view! {
                                    <th scope="col">
                                        {formula_name(alt.formula, l)}<br />
                                        <span class="chip">
                                            {if alt.formula.is_absolute() {
                                                bids::ABSOLUTE.get(l)
                                            } else {
                                                bids::RELATIVE.get(l)
                                            }}
                                        </span>
                                    </th>
                                }
                            })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {(0..n)
                        .map(|i| {
                            view! {
                                <tr>
                                    <th scope="row" class="num">
                                        {i + 1}
                                    </th>
                                    <td class="chosen">
                                        {o.ranking.get(i).map(|r| cell(r.entry, r.total, o.unit, i == 0))}
                                    </td>
                                    {o
                                        .alternatives
                                        .iter()
                                        .map(|alt| match &alt.ranking {
                                            Ok(r) => {
                                                view! {
                                                    <td>
                                                        {r.get(i).map(|x| cell(x.entry, x.total, alt.unit, i == 0))}
                                                    </td>
                                                }
                                                    .into_any()
                                            }
                                            Err(problems) if i == 0 => {
                                                view! {
                                                    <td rowspan=n class="unavailable">
                                                        <strong>{bids::NOT_AVAILABLE.get(l)}</strong>
                                                        <ul>
                                                            {problems
                                                                .iter()
                                                                .take(3)
                                                                .map(|p| view! { <li>{problem_message(p, l)}</li> })
                                                                .collect_view()}
                                                        </ul>
                                                        {(problems.len() > 3)
                                                            .then(|| {
                                                                view! {
                                                                    <p class="note">{bids::and_more(problems.len() - 3, l)}</p>
                                                                }
                                                            })}
                                                    </td>
                                                }
                                                    .into_any()
                                            }
                                            Err(_) => ().into_any(),
                                        })
                                        .collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{bids::SAME_WINNER.get(l)}</th>
                        <td class="chosen">"—"</td>
                        {o
                            .alternatives
                            .iter()
                            .map(|alt| {
                                let (text, class) = match (&alt.ranking, alt.same_winner) {
                                    (Err(_), _) => (bids::NOT_AVAILABLE.get(l).to_string(), "muted"),
                                    (Ok(_), true) => (bids::YES.get(l).to_string(), "ok"),
                                    (Ok(r), false) => {
                                        (
                                            bids::no_other_winner(
                                                &r.first().map(|e| bidder(a, e.entry)).unwrap_or_default(),
                                                l,
                                            ),
                                            "bad",
                                        )
                                    }
                                };
                                view! { <td class=class>{text}</td> }
                            })
                            .collect_view()}
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}

/// Fill colours of the breakdown segments; each also gets its own pattern (below), so that
/// neighbouring segments differ in grey print and for colour-blind readers too.
const COLOURS: [&str; 8] = ["#1d4f73", "#b8560f", "#1f6f3f", "#6b3fa0", "#7a5b00", "#a4262c", "#2f7f95", "#4a5561"];

/// SVG pattern definitions (white strokes over the fill colour), one per column index.
pub fn pattern_defs(prefix: &'static str) -> impl IntoView {
    view! {
        <defs>
            <pattern id=format!("{prefix}-0") width="8" height="8" patternUnits="userSpaceOnUse" />
            <pattern
                id=format!("{prefix}-1")
                width="8"
                height="8"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
            >
                <line x1="0" y1="0" x2="0" y2="8" stroke="#fff" stroke-width="3" />
            </pattern>
            <pattern id=format!("{prefix}-2") width="8" height="8" patternUnits="userSpaceOnUse">
                <circle cx="4" cy="4" r="1.8" fill="#fff" />
            </pattern>
            <pattern id=format!("{prefix}-3") width="8" height="8" patternUnits="userSpaceOnUse">
                <line x1="0" y1="4" x2="8" y2="4" stroke="#fff" stroke-width="2.5" />
            </pattern>
            <pattern
                id=format!("{prefix}-4")
                width="8"
                height="8"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
            >
                <line x1="0" y1="0" x2="0" y2="8" stroke="#fff" stroke-width="2" />
                <line x1="0" y1="4" x2="8" y2="4" stroke="#fff" stroke-width="2" />
            </pattern>
            <pattern id=format!("{prefix}-5") width="8" height="8" patternUnits="userSpaceOnUse">
                <line x1="4" y1="0" x2="4" y2="8" stroke="#fff" stroke-width="2.5" />
            </pattern>
            <pattern
                id=format!("{prefix}-6")
                width="8"
                height="8"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(-45)"
            >
                <line x1="0" y1="0" x2="0" y2="8" stroke="#fff" stroke-width="3" />
            </pattern>
            <pattern id=format!("{prefix}-7") width="10" height="10" patternUnits="userSpaceOnUse">
                <rect x="2" y="2" width="4" height="4" fill="#fff" />
            </pattern>
        </defs>
    }
}

/// A coloured, patterned rectangle.
fn segment(prefix: &'static str, index: usize, x: f64, y: f64, w: f64, h: f64) -> impl IntoView {
    let colour = COLOURS[index % COLOURS.len()];
    let pattern = format!("url(#{prefix}-{})", index % 8);
    view! {
        <g class="segment">
            <rect
                x=format!("{x:.1}")
                y=format!("{y:.1}")
                width=format!("{w:.1}")
                height=format!("{h:.1}")
                fill=colour
            />
            <rect
                x=format!("{x:.1}")
                y=format!("{y:.1}")
                width=format!("{w:.1}")
                height=format!("{h:.1}")
                fill=pattern
                stroke="#fff"
                stroke-width="1"
            />
        </g>
    }
}

/// At most `max` characters, with an ellipsis when cut (labels in charts).
pub fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max.saturating_sub(1)).collect::<String>())
    }
}

/// The stacked horizontal bars: per bid (best first) each criterion's contribution.
fn breakdown_chart(a: &AwardSetup, o: &Outcome, l: Lang, limit: usize) -> impl IntoView {
    let euros = o.unit == ScoreUnit::Euros;
    let (w, label_w, right) = (780.0_f64, 235.0_f64, 115.0_f64);
    let plot = w - label_w - right;
    // Legend entries: (column index for colour and pattern, text).
    let mut legend: Vec<(usize, String)> = Vec::new();
    if euros {
        legend.push((0, bids::FICTIVE_PRICE.get(l).to_string()));
    }
    for (j, col) in o.columns.iter().enumerate() {
        match (euros, col.kind) {
            (true, CriterionKind::Price) => {}
            (true, CriterionKind::Quality) => legend.push((j + 1, format!("− {}", column_name(a, col.criterion, l)))),
            (false, _) => legend.push((j, column_name(a, col.criterion, l))),
        }
    }
    let per_line = 3usize;
    let legend_lines = legend.len().div_ceil(per_line);
    let legend_h = legend_lines as f64 * 22.0 + 8.0;
    let (row_h, gap) = (26.0_f64, 10.0_f64);
    let n = o.ranking.len().min(limit);
    let h = legend_h + n as f64 * (row_h + gap) + 24.0;
    let max = if euros {
        o.ranking.iter().map(|r| r.price.0).max().unwrap_or(Decimal::ONE)
    } else {
        o.ranking.iter().map(|r| r.total).max().unwrap_or(Decimal::ONE_HUNDRED).max(Decimal::ONE_HUNDRED)
    }
    .to_f64()
    .unwrap_or(1.0)
    .max(f64::MIN_POSITIVE);
    let x = move |v: f64| label_w + (v.max(0.0) / max).min(1.0) * plot;
    let num = |d: Decimal| d.to_f64().unwrap_or(0.0);

    let legend_view = legend
        .iter()
        .enumerate()
        .map(|(i, (j, text))| {
            let lx = 8.0 + (i % per_line) as f64 * (w / per_line as f64);
            let ly = 6.0 + (i / per_line) as f64 * 22.0;
            view! {
                {segment("bp", *j, lx, ly, 22.0, 14.0)}
                <text x=format!("{:.1}", lx + 28.0) y=format!("{:.1}", ly + 12.0) class="chart-label">
                    {short(text, 28)}
                </text>
            }
        })
        .collect_view();

    let rows = o
        .ranking
        .iter()
        .take(n)
        .enumerate()
        .map(|(i, r)| {
            let y = legend_h + i as f64 * (row_h + gap);
            let mut segs = Vec::new();
            if euros {
                // Fictive price from 0, then each quality deduction up to the price.
                let total = num(r.total);
                segs.push(segment("bp", 0, x(0.0), y, (x(total) - x(0.0)).max(0.0), row_h).into_any());
                let mut acc = num(r.price.0);
                for (j, (col, c)) in o.columns.iter().zip(&r.contributions).enumerate() {
                    if col.kind == CriterionKind::Quality {
                        let v = -num(*c);
                        let from = (acc - v).max(0.0);
                        segs.push(segment("bp", j + 1, x(from), y, (x(acc) - x(from)).max(0.0), row_h).into_any());
                        acc = from;
                    }
                }
            } else {
                let mut acc = 0.0;
                for (j, c) in r.contributions.iter().enumerate() {
                    let v = num(*c);
                    if v > 0.0 {
                        let sx = x(acc);
                        let sw = x(acc + v) - sx;
                        segs.push(segment("bp", j, sx, y, sw, row_h).into_any());
                        if sw >= 44.0 {
                            segs.push(
                                view! {
                                    <text
                                        x=format!("{:.1}", sx + sw / 2.0)
                                        y=format!("{:.1}", y + row_h / 2.0 + 5.0)
                                        class="seg-value"
                                        text-anchor="middle"
                                    >
                                        {fmt_points(*c, l)}
                                    </text>
                                }
                                .into_any(),
                            );
                        }
                        acc += v;
                    }
                }
            }
            let end = if euros { x(num(r.price.0)) } else { x(num(r.total)) };
            let label = format!("{}. {}", r.rank, short(&bidder(a, r.entry), 24));
            let total = fmt_total(o.unit, r.total, l);
            let winner = r.rank == 1;
            view! {
                <g class="bar-row">
                    <text
                        x=format!("{:.1}", label_w - 8.0)
                        y=format!("{:.1}", y + row_h / 2.0 + 5.0)
                        text-anchor="end"
                        class="chart-label"
                        class:winner=winner
                    >
                        {label}
                    </text>
                    {segs}
                    <text
                        x=format!("{:.1}", end + 6.0)
                        y=format!("{:.1}", y + row_h / 2.0 + 5.0)
                        class="chart-value"
                        class:winner=winner
                    >
                        {total}
                        {winner.then_some(" ★")}
                    </text>
                </g>
            }
        })
        .collect_view();

    let axis_y = legend_h + n as f64 * (row_h + gap);
    let axis_max = if euros {
        fmt_money(Money(Decimal::from_f64_retain(max).unwrap_or_default().round()), l)
    } else {
        fmt_points(Decimal::from_f64_retain(max).unwrap_or_default().round(), l)
    };
    let mut summary: Vec<String> = o
        .ranking
        .iter()
        .take(10)
        .map(|r| format!("{}. {} {}", r.rank, bidder(a, r.entry), fmt_total(o.unit, r.total, l)))
        .collect();
    if o.ranking.len() > 10 {
        summary.push("…".into());
    }
    let aria = format!("{}: {}. {}", bids::CHART_BREAKDOWN.get(l), summary.join("; "), bids::CHART_SEE_TABLE.get(l));
    view! {
        <figure class="chart breakdown-chart">
            <figcaption>{bids::CHART_BREAKDOWN.get(l)}" — "{unit_label(o.unit, l)}</figcaption>
            <svg viewBox=format!("0 0 {w} {h:.0}") class="bar-chart" role="img" aria-label=aria>
                {pattern_defs("bp")}
                {legend_view}
                {rows}
                <line
                    x1=label_w
                    y1=format!("{:.1}", axis_y)
                    x2=label_w + plot
                    y2=format!("{:.1}", axis_y)
                    class="axis"
                />
                <text x=label_w y=format!("{:.1}", axis_y + 18.0) class="tick" text-anchor="middle">
                    "0"
                </text>
                <text x=label_w + plot y=format!("{:.1}", axis_y + 18.0) class="tick" text-anchor="middle">
                    {axis_max}
                </text>
            </svg>
        </figure>
    }
}

/// The same numbers as the chart, in a table, with excluded bids after the ranked ones.
fn breakdown_table(a: &AwardSetup, e: &Evaluation, o: &Outcome, l: Lang, limit: usize) -> impl IntoView {
    let show_cpr = o.formula == FormulaKind::CostPerResult;
    let euros = o.unit == ScoreUnit::Euros;
    let tied_first = !o.tied_for_first().is_empty();
    let headers: Vec<String> = o
        .columns
        .iter()
        .map(|col| {
            let name = column_name(a, col.criterion, l);
            match (col.weight, col.value_per_point, col.kind) {
                (Some(w), _, _) => format!("{name} ({})", fmt_percent(w, l)),
                (None, Some(v), _) => format!("{name} (− {} {})", fmt_money(Money(v), l), bids::PER_POINT.get(l)),
                (None, None, CriterionKind::Price) if euros => format!("{name} (€)"),
                _ => name,
            }
        })
        .collect();
    let n_cols = headers.len();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=bids::BREAKDOWN_CAPTION.get(l)>
            <table class="breakdown-table">
                <caption>{bids::BREAKDOWN_CAPTION.get(l)}" — "{unit_label(o.unit, l)}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="num">
                            {bids::COL_RANK.get(l)}
                        </th>
                        <th scope="col">{bids::COL_BIDDER.get(l)}</th>
                        <th scope="col" class="num">
                            {bids::COL_PRICE.get(l)}
                        </th>
                        {show_cpr
                            .then(|| {
                                view! {
                                    <th scope="col" class="num">
                                        {bids::COL_CPR.get(l)}
                                    </th>
                                }
                            })}
                        {headers
                            .into_iter()
                            .map(|h| {
                                view! {
                                    <th scope="col" class="num">
                                        {h}
                                    </th>
                                }
                            })
                            .collect_view()}
                        <th scope="col" class="num">
                            {if euros { bids::COL_FICTIVE.get(l) } else { bids::COL_TOTAL.get(l) }}
                        </th>
                        <th scope="col">{bids::COL_NOTE.get(l)}</th>
                    </tr>
                </thead>
                <tbody>
                    {o
                        .ranking
                        .iter()
                        .take(limit)
                        .map(|r| {
                            let note = match (r.rank, r.tie_with_previous) {
                                (_, Some(TieBreakStep::Lot)) => first_tender_tail::tie_by_lot_note(r.rank, l),
                                (1, _) if tied_first => first_tender_tail::TIE_STEP_LOT_FIRST.get(l).to_string(),
                                (1, _) => bids::WINNER.get(l).to_string(),
                                (_, Some(step)) => bids::tie_note(r.rank - 1, tie_break_step(step, l), l),
                                _ => String::new(),
                            };
                            view! {
                                <tr class:winner-row=r.rank == 1>
                                    <td class="num">{r.rank}</td>
                                    <th scope="row">{bidder(a, r.entry)}</th>
                                    <td class="num">{fmt_money(r.price, l)}</td>
                                    {show_cpr
                                        .then(|| {
                                            view! {
                                                <td class="num">
                                                    {r
                                                        .cost_per_result
                                                        .map(|c| fmt_money(c, l))
                                                        .unwrap_or_else(|| "–".into())}
                                                </td>
                                            }
                                        })}
                                    {r
                                        .contributions
                                        .iter()
                                        .map(|c| view! { <td class="num">{fmt_total(o.unit, *c, l)}</td> })
                                        .collect_view()}
                                    <td class="num total-cell">{fmt_total(o.unit, r.total, l)}</td>
                                    <td>{note}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                    {e
                        .admission
                        .iter()
                        .enumerate()
                        .filter(|(_, adm)| !matches!(adm, Admission::Admitted))
                        .take(limit)
                        .map(|(i, adm)| {
                            view! {
                                <tr class="excluded-row">
                                    <td class="num">"–"</td>
                                    <th scope="row">{bidder(a, i)}</th>
                                    <td class="num">
                                        {a
                                            .bids
                                            .get(i)
                                            .and_then(|b| b.price)
                                            .map(|p| fmt_money(p, l))
                                            .unwrap_or_else(|| "–".into())}
                                    </td>
                                    {show_cpr.then(|| view! { <td></td> })}
                                    {(0..n_cols).map(|_| view! { <td></td> }).collect_view()}
                                    <td></td>
                                    <td>{admission_text(adm, a, l)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
