//! Several evaluators: each scores on their own (in the bids table); here, per quality
//! criterion and bid, their scores side by side with the mean and the spread, a flag where
//! they differ by more than the margin, the agreed (consensus) score with its reason, and
//! which score counts (`ScoreSummary::source`).

use super::cell::{NumInput, NumKind};
use super::rows::BidRow;
use super::targets::{agreed_cell, agreed_reason};
use super::BidsCtx;
use crate::domain::scoring::model::{Bid, Consensus};
use crate::domain::scoring::ScoreSummary;
use crate::i18n::bids;
use crate::i18n::scoring::{fmt_number, score_source};
use crate::state::use_lang;
use leptos::prelude::*;
use rust_decimal::Decimal;
use std::collections::HashMap;

fn edit_consensus(ctx: BidsCtx, bid: &str, criterion: &str, f: impl FnOnce(&mut Consensus)) {
    ctx.edit(|a| {
        let Some(b) = a.bids.iter_mut().find(|b| b.id == bid) else { return };
        let k = match b.consensus.iter().position(|k| k.criterion_id == criterion) {
            Some(i) => i,
            None => {
                b.consensus.push(Consensus { criterion_id: criterion.to_string(), ..Consensus::default() });
                b.consensus.len() - 1
            }
        };
        f(&mut b.consensus[k]);
        // An entry with neither score nor reason is no entry.
        if b.consensus[k].points.is_none() && b.consensus[k].reason.trim().is_empty() {
            b.consensus.remove(k);
        }
    });
}

/// The consensus section.
pub fn consensus_view(ctx: BidsCtx) -> impl IntoView {
    let lang = use_lang();
    let margin = Memo::new(move |_| ctx.award.with(|a| a.disagreement_margin));
    let counts = Memo::new(move |_| {
        ctx.eval.with(|e| {
            let open = e.scores.iter().filter(|s| s.disagree && s.consensus.is_none()).count();
            let agreed = e.scores.iter().filter(|s| s.consensus.is_some()).count();
            (open, agreed)
        })
    });
    view! {
        <p class="help">{lang.text(bids::CONSENSUS_HELP)}</p>
        <p class="note">{move || bids::margin_note(margin.get(), lang.get())}</p>
        {move || {
            let l = lang.get();
            if ctx.stale() {
                return view! { <p class="banner warn">{bids::STALE_DERIVED.get(l)}</p> }.into_any();
            }
            let (open, agreed) = counts.get();
            let class = if open > 0 { "banner warn" } else { "banner ok" };
            view! {
                <p class=class role="status">
                    {bids::consensus_counts(open, agreed, l)}
                </p>
            }
                .into_any()
        }}
        // Rebuilt only when the set-up changed from outside this page (see `rows`).
        {move || {
            ctx.generation();
            let st = ctx.structure();
            let quality = Memo::new(move |_| st.with(|s| s.quality.clone()));
            let bid_ids = Memo::new(move |_| st.with(|s| s.bid_ids.clone()));
            let evaluators = Memo::new(move |_| st.with(|s| s.evaluators.clone()));
            let names = Memo::new(move |_| st.with(|s| s.names.clone()));
            let index = Memo::new(move |_| st.with(|s| s.crit_index.clone()));
            view! {
                <Show
                    when=move || quality.with(|q| !q.is_empty()) && bid_ids.with(|b| !b.is_empty())
                    fallback=move || view! { <p class="note">{lang.text(bids::CONSENSUS_EMPTY)}</p> }
                >
                    <For each=move || quality.get() key=|c| c.clone() let:c>
                        {criterion_block(
                            ctx,
                            c,
                            Shared {
                                bid_ids,
                                evaluators,
                                names,
                                index,
                            },
                        )}
                    </For>
                </Show>
            }
        }}
    }
}

/// What every criterion's table reads from the generation's `Structure`.
#[derive(Clone, Copy)]
struct Shared {
    bid_ids: Memo<Vec<String>>,
    evaluators: Memo<Vec<String>>,
    names: Memo<super::ColNames>,
    index: Memo<HashMap<String, usize>>,
}

fn criterion_block(ctx: BidsCtx, c: String, shared: Shared) -> impl IntoView {
    let lang = use_lang();
    let Shared { bid_ids, evaluators, names, index } = shared;
    let c_name = {
        let c = c.clone();
        Memo::new(move |_| names.with(|n| n.criterion(&c)))
    };
    let c_index = {
        let c = c.clone();
        Memo::new(move |_| index.with(|m| m.get(&c).copied()))
    };
    let p = format!("hk-{c}");
    let cols = [
        (format!("{p}-bid"), bids::COL_BIDDER),
        (format!("{p}-mean"), bids::COL_MEAN),
        (format!("{p}-spread"), bids::COL_SPREAD),
        (format!("{p}-flag"), bids::COL_FLAG),
        (format!("{p}-agreed"), bids::COL_AGREED),
        (format!("{p}-reason"), bids::COL_REASON),
        (format!("{p}-counts"), bids::COL_COUNTS),
    ];
    let head = |i: usize| {
        let (id, t) = cols[i].clone();
        view! {
            <th scope="col" id=id>
                {lang.text(t)}
            </th>
        }
    };
    let p2 = p.clone();
    let caption_id = format!("{p}-caption");
    let block = Block { c_name, c_index, evaluators };
    let reasons_for = c.clone();
    view! {
        <div class="consensus-block">
            <h3 id=caption_id.clone()>{move || c_name.get()}</h3>
            // Focusable when read-only, as the bids table's scroller.
            <div class="table-scroll" tabindex=move || ctx.ds.read_only.get().then_some("0")>
                <table class="consensus-table" aria-labelledby=caption_id class:stale=move || ctx.stale.get()>
                    <thead>
                        <tr>
                            {head(0)} <For each=move || evaluators.get() key=|e| e.clone() let:e>
                                {
                                    let id = format!("{p2}-e-{e}");
                                    view! {
                                        <th scope="col" id=id class="num">
                                            {move || names.with(|n| n.evaluator(&e))}
                                        </th>
                                    }
                                }
                            </For> {head(1)}{head(2)}{head(3)}{head(4)}{head(5)}{head(6)}
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || bid_ids.get() key=|b| b.clone() let:b>
                            {consensus_row(ctx, c.clone(), b, block)}
                        </For>
                    </tbody>
                </table>
            </div>
            {crate::features::evaluation::reasons::reasons_block(ctx.award, reasons_for)}
        </div>
    }
}

/// What the rows of one criterion's table share.
#[derive(Clone, Copy)]
struct Block {
    c_name: Memo<String>,
    c_index: Memo<Option<usize>>,
    evaluators: Memo<Vec<String>>,
}

fn consensus_row(ctx: BidsCtx, c: String, b: String, block: Block) -> impl IntoView {
    let row = ctx.row(&b);
    let BidRow { bid, name: b_name, lang, locked, msgs, summaries, .. } = row;
    let Block { c_name, c_index, evaluators } = block;
    let summary = Memo::new(move |_| {
        let ci = c_index.get();
        summaries.with(|v| v.iter().find(|s| Some(s.criterion) == ci).cloned())
    });
    let agreed = {
        let c = c.clone();
        Memo::new(move |_| bid.with(|x: &Bid| x.consensus.iter().find(|k| k.criterion_id == c).and_then(|k| k.points)))
    };
    let reason = {
        let c = c.clone();
        Memo::new(move |_| {
            bid.with(|x: &Bid| {
                x.consensus.iter().find(|k| k.criterion_id == c).map(|k| k.reason.clone()).unwrap_or_default()
            })
        })
    };
    let p = format!("hk-{c}");
    let row_id = format!("{p}-row-{b}");
    let h = |col: &str| format!("{p}-{col} {row_id}");
    let fmt = move |d: Option<Decimal>| d.map(|d| fmt_number(d, lang.get())).unwrap_or_else(|| "–".into());
    // Derived values sit in `.derived .v`: the table's `stale` class hides them while an
    // input elsewhere is invalid.
    let derived = move |f: fn(&ScoreSummary, crate::i18n::Lang) -> String| {
        move || summary.with(|s| s.as_ref().map(|s| f(s, lang.get())).unwrap_or_else(|| "–".into()))
    };
    let open_disagreement = move || summary.with(|s| s.as_ref().is_some_and(|s| s.disagree && s.consensus.is_none()));
    let (c1, b1, c2, b2) = (c.clone(), b.clone(), c.clone(), b.clone());
    let reason_id = agreed_reason(&b, &c);
    let p_e = p.clone();
    let row_e = row_id.clone();
    let each_eval = move || evaluators.get().into_iter().enumerate().collect::<Vec<_>>();
    view! {
        <tr class:disagree=open_disagreement>
            <th scope="row" id=row_id.clone()>
                {move || b_name.get()}
            </th>
            <For each=each_eval key=|ie| ie.clone() let:ie>
                {
                    let (i, e) = ie;
                    let headers = format!("{p_e}-e-{e} {row_e}");
                    view! {
                        <td class="num" headers=headers>
                            {move || fmt(summary.with(|s| s.as_ref().and_then(|s| s.scores.get(i).copied().flatten())))}
                        </td>
                    }
                }
            </For>
            <td class="num derived" headers=h("mean")>
                <span class="v">
                    {derived(|s, l| s.mean.map(|m| fmt_number(m, l)).unwrap_or_else(|| "–".into()))}
                </span>
            </td>
            <td class="num derived" headers=h("spread")>
                <span class="v">
                    {derived(|s, l| s.spread.map(|m| fmt_number(m, l)).unwrap_or_else(|| "–".into()))}
                </span>
            </td>
            <td headers=h("flag") class="flag-cell derived">
                <span class="v">
                    {derived(|s, l| bids::flag_text(s.disagree, s.consensus.is_some(), l).to_string())}
                </span>
            </td>
            <td headers=h("agreed")>
                <NumInput
                    ctx=ctx
                    id=agreed_cell(&b, &c)
                    kind=NumKind::Points
                    col=format!("agree-{c}")
                    label=Signal::derive(move || {
                        format!("{}, {}, {}", bids::COL_AGREED.get(lang.get()), c_name.get(), b_name.get())
                    })
                    value=agreed
                    lang=lang
                    msgs=msgs
                    disabled=locked
                    on_change=Callback::new(move |v: Option<Decimal>| edit_consensus(ctx, &b1, &c1, |k| k.points = v))
                />
            </td>
            <td headers=h("reason")>
                <input
                    type="text"
                    id=reason_id.clone()
                    class="cell-input reason"
                    // Out of the browser's saved form state, like every cell (`cell::NumInput`).
                    autocomplete="off"
                    data-col=format!("reason-{c}")
                    aria-label=move || {
                        format!("{}, {}, {}", bids::COL_REASON.get(lang.get()), c_name.get(), b_name.get())
                    }
                    aria-describedby=format!("{reason_id}-msg")
                    prop:value=move || reason.get()
                    prop:disabled=move || locked.get()
                    on:keydown=move |ev: web_sys::KeyboardEvent| super::cell::arrow_nav(&ev)
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        edit_consensus(ctx, &b2, &c2, |k| k.reason = v)
                    }
                />
                <span class="cell-msg" id=format!("{reason_id}-msg")>
                    {
                        let id = reason_id.clone();
                        move || msgs.with(|m| m.get(&id).map(|t| t.text.get(lang.get()).to_string()))
                    }
                </span>
            </td>
            <td headers=h("counts") class="derived">
                <span class="v">
                    {derived(|s, l| match (s.used, s.source) {
                        (Some(u), Some(src)) => format!("{} ({})", fmt_number(u, l), score_source(src, l)),
                        _ => bids::NOT_COMPLETE.get(l).to_string(),
                    })}
                </span>
            </td>
        </tr>
    }
}
