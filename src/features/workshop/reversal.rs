//! Exercise 4, rank reversal in three steps: A and B; then C joins (without and with C side
//! by side, price relative to the lowest); then the same with published price bounds. The
//! numbers are the app's own scoring (`domain::workshop::reversal_situations`).

use super::exercise_frame;
use crate::domain::scoring::model::CriterionKind;
use crate::domain::workshop::{
    reversal_situations, reversal_winner_changes, Exercise, ReversalSituation, ReversalStep,
};
use crate::i18n::scoring::{fmt_money, fmt_points};
use crate::i18n::{workshop, Lang};
use crate::state::{use_lang, use_projector};
use leptos::prelude::*;

const START: ReversalStep = ReversalStep::TwoBids;

fn step_id(s: ReversalStep) -> &'static str {
    match s {
        ReversalStep::TwoBids => "ws-step-1",
        ReversalStep::ThirdBid => "ws-step-2",
        ReversalStep::Absolute => "ws-step-3",
    }
}

pub(super) fn exercise() -> impl IntoView {
    let lang = use_lang();
    let locked = use_projector().locked;
    let step = RwSignal::new(START);
    let revealed = RwSignal::new(false);
    let situations = Memo::new(move |_| reversal_situations(step.get()));
    let material = view! {
        <div class="step-buttons" role="group" aria-label=move || workshop::STEPS_LABEL.get(lang.get())>
            {ReversalStep::ALL
                .iter()
                .map(|&s| {
                    view! {
                        <button
                            type="button"
                            id=step_id(s)
                            class="secondary"
                            aria-pressed=move || if step.get() == s { "true" } else { "false" }
                            disabled=move || locked.get()
                            on:click=move |_| step.set(s)
                        >
                            {lang.text(workshop::reversal_step(s))}
                        </button>
                    }
                })
                .collect_view()}
        </div>
        <p class="help">{move || workshop::reversal_step_help(step.get()).get(lang.get())}</p>
        <div class="situations" id="ws-situations">
            {move || {
                let l = lang.get();
                situations.with(|all| all.iter().map(|s| situation_view(s, l)).collect_view())
            }}
        </div>
        <p class="verdict-line" aria-live="polite" id="ws-reversal-verdict">
            {move || {
                situations.with(|all| reversal_winner_changes(all)).map(|c| workshop::winner_changes(c).get(lang.get()))
            }}
        </p>
        <crate::features::share_link::ReversalShare step />
    }
    .into_any();
    exercise_frame(Exercise::Reversal, material, None, revealed, move || step.set(START))
}

fn situation_view(s: &ReversalSituation, l: Lang) -> impl IntoView {
    let caption = if s.with_third { workshop::WITH_C } else { workshop::WITHOUT_C };
    let Some(o) = s.evaluation.outcome.as_ref() else {
        return view! {
            <div class="situation">
                <p class="note">{caption.get(l)}": "{workshop::NO_OUTCOME.get(l)}</p>
            </div>
        }
        .into_any();
    };
    let col = |kind: CriterionKind| o.columns.iter().position(|c| c.kind == kind);
    let (price_col, quality_col) = (col(CriterionKind::Price), col(CriterionKind::Quality));
    let winner = o.ranking.first().map(|r| r.bidder.clone()).unwrap_or_default();
    let points = |r: &crate::domain::scoring::BidResult, c: Option<usize>| {
        c.and_then(|c| r.contributions.get(c)).map(|d| fmt_points(*d, l)).unwrap_or_default()
    };
    view! {
        <div class="situation" data-with-c=if s.with_third { "true" } else { "false" }>
            <table class="ranking">
                <caption>
                    <span class="situation-name">{caption.get(l)}</span>
                    " · "
                    <strong class="winner">{workshop::winner_line(&winner, l)}</strong>
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{workshop::COL_BIDDER.get(l)}</th>
                        <th scope="col" class="num">
                            {workshop::COL_PRICE.get(l)}
                        </th>
                        <th scope="col" class="num">
                            {workshop::COL_PRICE_POINTS.get(l)}
                        </th>
                        <th scope="col" class="num">
                            {workshop::COL_QUALITY_POINTS.get(l)}
                        </th>
                        <th scope="col" class="num">
                            {workshop::COL_TOTAL.get(l)}
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {o
                        .ranking
                        .iter()
                        .map(|r| {
                            view! {
                                <tr class:first=r.rank == 1>
                                    <th scope="row">{r.bidder.clone()}</th>
                                    <td class="num">{fmt_money(r.price, l)}</td>
                                    <td class="num">{points(r, price_col)}</td>
                                    <td class="num">{points(r, quality_col)}</td>
                                    <td class="num total">{fmt_points(r.total, l)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
