//! The result strip: a one-line summary of the outcome (winner and total, or why there is
//! none yet) that stays at the bottom of the screen while the bids are edited, so that a
//! facilitator who changes a price on a projector sees the winner change without scrolling
//! three screens down. It links to the full results. Derived from the same memos as the
//! results section; shown on screen only (not printed, not a live region: the results
//! section itself is the place screen readers go to).

use super::results::{bidder, fmt_total};
use super::{BidsCtx, FocusLink};
use crate::i18n::bids;
use crate::i18n::scoring::unit_label;
use crate::i18n::Lang;
use crate::state::use_lang;
use leptos::prelude::*;

/// What the strip says, and whether it is a winner (`true`) or a reason there is none.
fn summary(ctx: BidsCtx, l: Lang) -> (bool, String) {
    if ctx.stale.get() {
        return (false, bids::STRIP_STALE.get(l).to_string());
    }
    ctx.award.with(|a| {
        ctx.eval.with(|e| match &e.outcome {
            Some(o) => {
                let tied: Vec<String> = o.tied_for_first().into_iter().map(|entry| bidder(a, entry)).collect();
                if !tied.is_empty() {
                    // Only lots can decide: no winner is named (issue 17).
                    return (false, crate::i18n::first_tender_tail::tied_for_first_strip(&tied, l));
                }
                let total = o.ranking.first().map(|r| fmt_total(o.unit, r.total, l)).unwrap_or_default();
                let text =
                    bids::strip_winner(&bidder(a, o.winner), &total, unit_label(o.unit, l), e.warnings().count(), l);
                (true, text)
            }
            None => (false, bids::strip_blocked(e.blocking().count(), l)),
        })
    })
}

pub fn result_strip(ctx: BidsCtx) -> impl IntoView {
    let lang = use_lang();
    let state = Memo::new(move |_| summary(ctx, lang.get()));
    view! {
        <aside
            class="result-strip no-print"
            class:has-winner=move || state.with(|s| s.0)
            aria-label=move || bids::STRIP_LABEL.get(lang.get())
        >
            <span class="result-strip-text" id="result-strip-text">
                {move || state.with(|s| s.1.clone())}
            </span>
            <FocusLink target="s-results">{move || bids::STRIP_TO_RESULTS.get(lang.get())}</FocusLink>
        </aside>
    }
}
