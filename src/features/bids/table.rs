//! The bids table: one row per bid (keyed by bid id), with the bidder, price per trajectory,
//! offered placement rate, lead time, the verdicts on manual knock-outs and one score per
//! quality criterion per evaluator. Real inputs in a real table: every cell is tied to its
//! row header and column header(s) with `headers`, every input has a name that says what and
//! whose it is, ArrowUp/ArrowDown move between rows, rows can be moved and removed (undo).

use super::cell::{to_u32, NumInput, NumKind};
use super::rows::{BidRow, Structure};
use super::targets::{bid_cell, knockout_cell, score_cell};
use super::BidsCtx;
use crate::components::focus::focus_id;
use crate::domain::money::{Money, Percent};
use crate::domain::scoring::model::{Bid, KnockoutVerdict, Score};
use crate::domain::scoring::Removed;
use crate::i18n::bids;
use crate::i18n::Tr;
use crate::platform::new_id;
use crate::state::use_lang;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// Column ids of the table, from the generation's `Structure`.
#[derive(Clone, Copy)]
struct Cols {
    bid_ids: Memo<Vec<String>>,
    quality: Memo<Vec<String>>,
    evaluators: Memo<Vec<String>>,
    manual: Memo<Vec<String>>,
    /// (criterion, evaluator) for every score column, criterion-major.
    scores: Memo<Vec<(String, String)>>,
    names: Memo<super::ColNames>,
}

impl Cols {
    fn of(st: RwSignal<Structure>) -> Cols {
        Cols {
            bid_ids: Memo::new(move |_| st.with(|s| s.bid_ids.clone())),
            quality: Memo::new(move |_| st.with(|s| s.quality.clone())),
            evaluators: Memo::new(move |_| st.with(|s| s.evaluators.clone())),
            manual: Memo::new(move |_| st.with(|s| s.manual.clone())),
            scores: Memo::new(move |_| st.with(|s| s.score_cols.clone())),
            names: Memo::new(move |_| st.with(|s| s.names.clone())),
        }
    }
}

fn edit_bid(ctx: BidsCtx, id: &str, f: impl FnOnce(&mut Bid)) {
    ctx.edit(|a| {
        if let Some(b) = a.bids.iter_mut().find(|b| b.id == id) {
            f(b);
        }
    });
}

/// The table with its add and undo controls.
pub fn bids_table(ctx: BidsCtx) -> impl IntoView {
    let lang = use_lang();
    let undo = RwSignal::new(None::<Removed>);
    let add = move |_| {
        let id = new_id("b");
        ctx.edit(|a| a.bids.push(Bid { id: id.clone(), ..Bid::default() }));
        focus_id(bid_cell(&id, "name"));
    };
    let restore = move |_| {
        if let Some(r) = undo.get_untracked() {
            let focus = bid_cell(r.id().unwrap_or_default(), "name");
            let mut restored = false;
            ctx.edit(|a| restored = a.restore(r));
            undo.set(None);
            if restored {
                focus_id(focus);
            }
        }
    };
    let n_bids = Memo::new(move |_| ctx.award.with(|a| a.bids.len()));
    view! {
        <p class="help" id="bids-help">
            {lang.text(bids::BIDS_HELP)}
        </p>
        // Rebuilt only when the set-up changed from outside this page (see `rows`).
        {move || {
            ctx.generation();
            table_view(ctx, Cols::of(ctx.structure()), undo)
        }}
        <Show when=move || n_bids.get() == 0>
            <p class="note">{lang.text(bids::NO_BIDS)}</p>
        </Show>
        <div class="button-row">
            <button
                type="button"
                class="secondary"
                id="bids-add"
                prop:disabled=move || ctx.ds.read_only.get()
                on:click=add
            >
                "+ "
                {lang.text(bids::ADD_BID)}
            </button>
            {move || {
                undo.get()
                    .map(|r| {
                        view! {
                            <span class="undo" role="status">
                                {lang.text(bids::BID_REMOVED)}
                                " "
                                {match r {
                                    Removed::Bid { bid, .. } if !bid.bidder.trim().is_empty() => {
                                        format!("({}) ", bid.bidder)
                                    }
                                    _ => String::new(),
                                }}
                                <button type="button" class="link" id="bids-undo" on:click=restore>
                                    {lang.text(bids::UNDO)}
                                </button>
                            </span>
                        }
                    })
            }}
            <span class="note">{move || bids::bid_count(n_bids.get(), lang.get())}</span>
        </div>
    }
}

fn table_view(ctx: BidsCtx, cols: Cols, undo: RwSignal<Option<Removed>>) -> impl IntoView {
    let lang = use_lang();
    let has_scores = Memo::new(move |_| cols.scores.with(|v| !v.is_empty()));
    let rows = move || if has_scores.get() { 2 } else { 1 };
    let n_eval = Memo::new(move |_| cols.evaluators.with(Vec::len));
    view! {
        <Show when=move || n_eval.get() == 0 && cols.quality.with(|q| !q.is_empty())>
            <p class="banner warn">
                {lang.text(bids::NO_EVALUATORS_FOR_SCORES)}" "
                <super::FocusLink target="evaluators-add">{lang.text(bids::ADD_EVALUATOR)}</super::FocusLink>
            </p>
        </Show>
        // The title sits outside the scroll box, so it stays in view when the table scrolls.
        <h3 id="bids-caption" class="table-title">
            {lang.text(bids::BIDS_CAPTION)}
        </h3>
        // Read-only (the presenting lock, a newer version's dossier) leaves nothing to focus
        // inside: the scroller itself then takes focus, so that it scrolls by keyboard.
        <div class="table-scroll bids-scroll" tabindex=move || ctx.ds.read_only.get().then_some("0")>
            <table
                class="bids-table"
                aria-labelledby="bids-caption"
                aria-describedby="bids-help"
                class:stale=move || ctx.stale.get()
            >
                <thead>
                    <tr>
                        <th scope="col" rowspan=rows id="hb-pos" class="num">
                            "#"
                        </th>
                        <th scope="col" rowspan=rows id="hb-bidder" class="sticky-col">
                            {lang.text(bids::COL_BIDDER)}
                        </th>
                        <th scope="col" rowspan=rows id="hb-price">
                            {lang.text(bids::COL_PRICE)}
                        </th>
                        <th scope="col" rowspan=rows id="hb-rate">
                            {lang.text(bids::COL_RATE)}
                        </th>
                        <th scope="col" rowspan=rows id="hb-weeks">
                            {lang.text(bids::COL_WEEKS)}
                        </th>
                        <For each=move || cols.manual.get() key=|k| k.clone() let:k>
                            {
                                let k2 = k.clone();
                                view! {
                                    <th scope="col" rowspan=rows id=format!("hb-ko-{k}") class="ko-head">
                                        {move || cols.names.with(|n| n.knockout(&k2))}
                                    </th>
                                }
                            }
                        </For>
                        <Show when=move || { n_eval.get() > 0 }>
                            <For each=move || cols.quality.get() key=|c| c.clone() let:c>
                                {
                                    let c2 = c.clone();
                                    view! {
                                        <th
                                            scope="colgroup"
                                            colspan=move || n_eval.get()
                                            id=format!("hb-c-{c}")
                                            class="crit-head"
                                        >
                                            {move || cols.names.with(|n| n.criterion(&c2))}
                                        </th>
                                    }
                                }
                            </For>
                        </Show>
                        <th scope="col" rowspan=rows id="hb-status">
                            {lang.text(bids::COL_STATUS)}
                        </th>
                        <th scope="col" rowspan=rows id="hb-actions">
                            {lang.text(bids::COL_ACTIONS)}
                        </th>
                    </tr>
                    <Show when=move || has_scores.get()>
                        <tr>
                            <For each=move || cols.scores.get() key=|k| k.clone() let:k>
                                {
                                    let (c, e) = k;
                                    let e2 = e.clone();
                                    view! {
                                        <th scope="col" id=format!("hb-e-{c}-{e}") class="eval-head">
                                            {move || cols.names.with(|n| n.evaluator(&e2))}
                                        </th>
                                    }
                                }
                            </For>
                        </tr>
                    </Show>
                </thead>
                <tbody>
                    <For each=move || cols.bid_ids.get() key=|id| id.clone() let:id>
                        {bid_row(ctx, cols, id, undo)}
                    </For>
                </tbody>
            </table>
        </div>
    }
}

fn bid_row(ctx: BidsCtx, cols: Cols, id: String, undo: RwSignal<Option<Removed>>) -> impl IntoView {
    let row = ctx.row(&id);
    let BidRow { bid, pos, name, lang, locked, .. } = row;
    let row_head = format!("hb-row-{id}");
    let h = |col: &str| format!("{col} {row_head}");
    let name_id = bid_cell(&id, "name");
    let (i_name, i_price, i_rate, i_weeks) = (id.clone(), id.clone(), id.clone(), id.clone());
    let price = Memo::new(move |_| bid.with(|b| b.price.map(|m| m.0)));
    let rate = Memo::new(move |_| bid.with(|b| b.placement_rate.map(|p| p.0)));
    let weeks = Memo::new(move |_| bid.with(|b| b.lead_time_weeks.map(Decimal::from)));
    let label = move |what: Tr| Signal::derive(move || format!("{}, {}", what.get(lang.get()), name.get()));
    // The admission; hidden by the table's `stale` class while an input is invalid.
    let status = row.status;

    let move_by = move |id: String, down: bool| {
        let mut at_end = false;
        ctx.edit(|a| {
            if let Some(i) = a.bids.iter().position(|b| b.id == id) {
                if down && i + 1 < a.bids.len() {
                    a.bids.swap(i, i + 1);
                    at_end = i + 2 == a.bids.len();
                } else if !down && i > 0 {
                    a.bids.swap(i, i - 1);
                    at_end = i == 1;
                }
            }
        });
        // The row moved in the DOM; keep focus on the button that moved it, or on the other
        // one when the row reached the end (a disabled button cannot hold focus).
        let button = match (down, at_end) {
            (true, false) | (false, true) => "down",
            (false, false) | (true, true) => "up",
        };
        focus_id(bid_cell(&id, button));
    };
    let (i_up, i_down, i_rm) = (id.clone(), id.clone(), id.clone());
    let (id_ko, id_sc) = (id.clone(), id.clone());
    let up_id = bid_cell(&id, "up");
    let down_id = bid_cell(&id, "down");
    let remove = move |_| {
        let mut taken = None;
        let mut next_focus = "bids-add".to_string();
        ctx.edit(|a| {
            taken = a.remove_bid(&i_rm);
            if let Some(i) = taken.as_ref().map(Removed::pos) {
                if let Some(next) = a.bids.get(i).or_else(|| i.checked_sub(1).and_then(|j| a.bids.get(j))) {
                    next_focus = bid_cell(&next.id, "name");
                }
            }
        });
        if taken.is_some() {
            undo.set(taken);
        }
        focus_id(next_focus);
    };
    let n_bids = Memo::new(move |_| cols.bid_ids.with(Vec::len));

    view! {
        <tr class=move || format!("bid-row {}", status.with(|s| s.as_ref().map(|s| s.class).unwrap_or_default()))>
            <td class="num" headers=h("hb-pos")>
                {move || pos.get() + 1}
            </td>
            <th scope="row" id=row_head.clone() class="sticky-col">
                <input
                    type="text"
                    id=name_id
                    class="cell-input name"
                    // Out of the browser's saved form state, like every cell (`cell::NumInput`).
                    autocomplete="off"
                    data-col="name"
                    aria-label=move || format!("{} {}", bids::COL_BIDDER.get(lang.get()), pos.get() + 1)
                    prop:value=move || bid.with(|b| b.bidder.clone())
                    prop:disabled=move || locked.get()
                    on:keydown=move |ev: web_sys::KeyboardEvent| super::cell::arrow_nav(&ev)
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        edit_bid(ctx, &i_name, |b| b.bidder = v)
                    }
                />
            </th>
            <td headers=h("hb-price")>
                <NumInput
                    ctx=ctx
                    id=bid_cell(&id, "price")
                    kind=NumKind::Money
                    col="price".to_string()
                    label=label(bids::COL_PRICE_SHORT)
                    value=price
                    lang=lang
                    msgs=row.msgs
                    disabled=locked
                    on_change=Callback::new(move |v: Option<Decimal>| edit_bid(
                        ctx,
                        &i_price,
                        |b| b.price = v.map(Money),
                    ))
                />
            </td>
            <td headers=h("hb-rate")>
                <NumInput
                    ctx=ctx
                    id=bid_cell(&id, "rate")
                    kind=NumKind::Percent
                    col="rate".to_string()
                    label=label(bids::COL_RATE_SHORT)
                    value=rate
                    lang=lang
                    msgs=row.msgs
                    disabled=locked
                    on_change=Callback::new(move |v: Option<Decimal>| edit_bid(
                        ctx,
                        &i_rate,
                        |b| b.placement_rate = v.map(Percent),
                    ))
                />
            </td>
            <td headers=h("hb-weeks")>
                <NumInput
                    ctx=ctx
                    id=bid_cell(&id, "weeks")
                    kind=NumKind::Count
                    col="weeks".to_string()
                    label=label(bids::COL_WEEKS_SHORT)
                    value=weeks
                    lang=lang
                    msgs=row.msgs
                    disabled=locked
                    on_change=Callback::new(move |v: Option<Decimal>| edit_bid(
                        ctx,
                        &i_weeks,
                        |b| b.lead_time_weeks = to_u32(v),
                    ))
                />
            </td>
            <For each=move || cols.manual.get() key=|k| k.clone() let:k>
                {verdict_cell(ctx, id_ko.clone(), k, row)}
            </For>
            <For each=move || cols.scores.get() key=|k| k.clone() let:k>
                {score_input(ctx, id_sc.clone(), k, row)}
            </For>
            <td headers=h("hb-status") class="status-cell derived">
                <span class="v">{move || status.with(|s| s.as_ref().map(|s| s.text.get(lang.get()).to_string()))}</span>
            </td>
            <td headers=h("hb-actions") class="row-tools">
                <button
                    type="button"
                    class="secondary small"
                    id=up_id
                    prop:disabled=move || locked.get() || pos.get() == 0
                    aria-label=move || format!("{}: {}", bids::MOVE_UP.get(lang.get()), name.get())
                    on:click=move |_| move_by(i_up.clone(), false)
                >
                    "↑"
                </button>
                <button
                    type="button"
                    class="secondary small"
                    id=down_id
                    prop:disabled={move || locked.get() || pos.get() + 1 >= n_bids.get()}
                    aria-label=move || format!("{}: {}", bids::MOVE_DOWN.get(lang.get()), name.get())
                    on:click=move |_| move_by(i_down.clone(), true)
                >
                    "↓"
                </button>
                <button
                    type="button"
                    class="danger small"
                    prop:disabled=move || locked.get()
                    aria-label=move || format!("{}: {}", bids::REMOVE.get(lang.get()), name.get())
                    on:click=remove
                >
                    {move || bids::REMOVE.get(lang.get())}
                </button>
            </td>
        </tr>
    }
}

fn verdict_cell(ctx: BidsCtx, bid_id: String, ko: String, row: BidRow) -> impl IntoView {
    let BidRow { bid, name, lang, locked, cols, msgs, .. } = row;
    let ko_v = ko.clone();
    let verdict =
        Memo::new(move |_| bid.with(|b| b.knockouts.iter().find(|v| v.knockout_id == ko_v).and_then(|v| v.pass)));
    let ko_n = ko.clone();
    let ko_name = Memo::new(move |_| cols.with(|n| n.knockout(&ko_n)));
    let headers = format!("hb-ko-{ko} hb-row-{bid_id}");
    let id = knockout_cell(&bid_id, &ko);
    let data_col = format!("ko-{ko}");
    let msg_id = format!("{id}-msg");
    let id_m = id.clone();
    let on_change = move |ev: web_sys::Event| {
        let pass = match event_target_value(&ev).as_str() {
            "pass" => Some(true),
            "fail" => Some(false),
            _ => None,
        };
        let ko = ko.clone();
        edit_bid(ctx, &bid_id, |b| match b.knockouts.iter_mut().find(|v| v.knockout_id == ko) {
            Some(v) => v.pass = pass,
            None => b.knockouts.push(KnockoutVerdict { knockout_id: ko, pass }),
        });
    };
    view! {
        <td headers=headers>
            <select
                id=id
                class="cell-input"
                autocomplete="off"
                data-col=data_col
                aria-describedby=msg_id.clone()
                aria-label=move || format!("{}, {}", ko_name.get(), name.get())
                prop:disabled=move || locked.get()
                on:change=on_change
            >
                <option value="" selected=move || verdict.get().is_none()>
                    {move || bids::VERDICT_NONE.get(lang.get())}
                </option>
                <option value="pass" selected=move || verdict.get() == Some(true)>
                    {move || bids::VERDICT_PASS.get(lang.get())}
                </option>
                <option value="fail" selected=move || verdict.get() == Some(false)>
                    {move || bids::VERDICT_FAIL.get(lang.get())}
                </option>
            </select>
            <span class="cell-msg" id=msg_id>
                {move || msgs.with(|m| m.get(&id_m).map(|t| t.text.get(lang.get()).to_string()))}
            </span>
        </td>
    }
}

fn score_input(ctx: BidsCtx, bid_id: String, col: (String, String), row: BidRow) -> impl IntoView {
    let BidRow { bid, name, lang, locked, cols, msgs, .. } = row;
    let (c, e) = col;
    let (c1, e1) = (c.clone(), e.clone());
    let value = Memo::new(move |_| {
        bid.with(|b| b.scores.iter().find(|s| s.criterion_id == c1 && s.evaluator_id == e1).and_then(|s| s.points))
    });
    let (c2, e2) = (c.clone(), e.clone());
    let label =
        Signal::derive(move || cols.with(|n| format!("{}, {}, {}", n.criterion(&c2), n.evaluator(&e2), name.get())));
    let headers = format!("hb-c-{c} hb-e-{c}-{e} hb-row-{bid_id}");
    let id = score_cell(&bid_id, &c, &e);
    let (c3, e3) = (c.clone(), e.clone());
    let on_change = Callback::new(move |v: Option<Decimal>| {
        let (c, e) = (c3.clone(), e3.clone());
        edit_bid(ctx, &bid_id, |b| {
            match (b.scores.iter_mut().find(|s| s.criterion_id == c && s.evaluator_id == e), v) {
                (Some(s), Some(p)) => s.points = Some(p),
                (Some(_), None) => b.scores.retain(|s| !(s.criterion_id == c && s.evaluator_id == e)),
                (None, Some(p)) => b.scores.push(Score { criterion_id: c, evaluator_id: e, points: Some(p) }),
                (None, None) => {}
            }
        });
    });
    view! {
        <td headers=headers class="score-cell">
            <NumInput
                ctx=ctx
                id=id
                kind=NumKind::Points
                col=format!("s-{c}-{e}")
                label=label
                value=value
                on_change=on_change
                lang=lang
                msgs=msgs
                disabled=locked
            />
        </td>
    }
}
