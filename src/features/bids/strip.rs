//! The result strip: a one-line summary of the outcome (winner and total, or why there is
//! none yet) that stays at the bottom of the screen while the bids are edited, so that a
//! facilitator who changes a price on a projector sees the winner change without scrolling
//! three screens down. It links to the full results. Derived from the same memos as the
//! results section; shown on screen only (not printed, not a live region: the results
//! section itself is the place screen readers go to).

use super::results::{bidder, fmt_total};
use super::{BidsCtx, FocusLink};
use crate::i18n::scoring::{bids_text as bt, unit_label};
use crate::i18n::{Lang, Tr};
use crate::state::use_lang;
use leptos::prelude::*;

const LABEL: Tr = Tr::new("Uitkomst", "Outcome");
const TO_RESULTS: Tr = Tr::new("Naar de uitkomst", "Go to the outcome");
const STALE: Tr = Tr::new(
    "Geen uitkomst: een invoer is ongeldig (zie de melding bij de cel).",
    "No outcome: an entry is invalid (see the message at the cell).",
);

fn blocked(n: usize, l: Lang) -> String {
    match (l, n) {
        (Lang::Nl, 1) => "Nog geen uitkomst: 1 punt blokkeert de berekening.".into(),
        (Lang::Nl, n) => format!("Nog geen uitkomst: {n} punten blokkeren de berekening."),
        (Lang::En, 1) => "No outcome yet: 1 point blocks the calculation.".into(),
        (Lang::En, n) => format!("No outcome yet: {n} points block the calculation."),
    }
}

fn warnings(n: usize, l: Lang) -> String {
    match (l, n) {
        (_, 0) => String::new(),
        (Lang::Nl, 1) => " · 1 waarschuwing".into(),
        (Lang::Nl, n) => format!(" · {n} waarschuwingen"),
        (Lang::En, 1) => " · 1 warning".into(),
        (Lang::En, n) => format!(" · {n} warnings"),
    }
}

/// What the strip says, and whether it is a winner (`true`) or a reason there is none.
fn summary(ctx: BidsCtx, l: Lang) -> (bool, String) {
    if ctx.stale.get() {
        return (false, STALE.get(l).to_string());
    }
    ctx.award.with(|a| {
        ctx.eval.with(|e| match &e.outcome {
            Some(o) => {
                let total = o.ranking.first().map(|r| fmt_total(o.unit, r.total, l)).unwrap_or_default();
                let text = format!(
                    "{}: {} — {total} {}{}",
                    bt::WINNER.get(l),
                    bidder(a, o.winner),
                    unit_label(o.unit, l),
                    warnings(e.warnings().count(), l)
                );
                (true, text)
            }
            None => (false, blocked(e.blocking().count(), l)),
        })
    })
}

pub fn result_strip(ctx: BidsCtx) -> impl IntoView {
    let lang = use_lang();
    let state = Memo::new(move |_| summary(ctx, lang.get()));
    view! {
        <aside class="result-strip no-print" class:has-winner=move || state.with(|s| s.0)
            aria-label=move || LABEL.get(lang.get())>
            <span class="result-strip-text" id="result-strip-text">{move || state.with(|s| s.1.clone())}</span>
            <FocusLink target="s-results">{move || TO_RESULTS.get(lang.get())}</FocusLink>
        </aside>
    }
}
