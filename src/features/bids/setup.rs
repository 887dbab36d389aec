//! The set-up of the comparison: the award criteria and price formula of step 3 (shown here,
//! changed there; only the euro value per quality point is edited here), the knock-out
//! requirements, the quality scale, the evaluators and the disagreement margin.

use super::cell::{focus_later, NumField, NumInput, NumKind, Tracked};
use super::targets;
use super::BidsCtx;
use crate::components::field::{ChoiceField, ParsedField, ParsedKind, ParsedValue};
use crate::components::undo::undo_bar;
use crate::domain::scoring::model::{CriterionKind, Knockout, KnockoutRule, NamedLevel};
use crate::domain::scoring::problem::BoundSide;
use crate::domain::scoring::{weight_total, FormulaKind, Removed, WeightStatus};
use crate::i18n::scoring::fmt_percent;
use crate::i18n::Tr;
use crate::i18n::{self, bids};
use crate::platform::new_id;
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;
use rust_decimal::Decimal;

/// A reactive read of one entry of a list in the award set-up, by id.
fn entry<T, V>(
    ctx: BidsCtx,
    id: String,
    list: fn(&crate::domain::scoring::model::AwardSetup) -> &Vec<T>,
    key: fn(&T) -> &str,
    f: fn(&T) -> V,
) -> Memo<V>
where
    V: PartialEq + Clone + Default + Send + Sync + 'static,
    T: 'static,
{
    Memo::new(move |_| ctx.award.with(|a| list(a).iter().find(|x| key(x) == id).map(f).unwrap_or_default()))
}

/// The award criteria and weights of step 3, read-only, with the live total; the euro
/// value of a quality point is edited here.
pub fn criteria_view(ctx: BidsCtx) -> impl IntoView {
    let lang = use_lang();
    let ids = Memo::new(move |_| ctx.award.with(|a| a.criteria.iter().map(|c| c.id.clone()).collect::<Vec<_>>()));
    let total = Memo::new(move |_| ctx.award.with(|a| weight_total(&a.criteria)));
    let q2p = Memo::new(move |_| ctx.award.with(|a| a.formula.kind() == FormulaKind::QualityToPrice));
    view! {
        <p class="help">{lang.text(bids::CRITERIA_INTRO)}</p>
        <Show
            when=move || !ids.with(|v| v.is_empty())
            fallback=move || view! { <p class="banner warn">{lang.text(bids::NO_CRITERIA)}</p> }
        >
            <div class="table-scroll">
                <table class="bids-criteria">
                    <caption>{lang.text(bids::CRITERIA_CAPTION)}</caption>
                    <thead>
                        <tr>
                            <th scope="col" id="hc-name">
                                {lang.text(bids::COL_CRITERION)}
                            </th>
                            <th scope="col" id="hc-kind">
                                {lang.text(bids::COL_KIND)}
                            </th>
                            <th scope="col" id="hc-weight" class="num">
                                {lang.text(bids::COL_WEIGHT)}
                            </th>
                            <th scope="col" id="hc-vpp" class:muted=move || !q2p.get()>
                                {lang.text(bids::COL_VALUE_PER_POINT)}
                            </th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || ids.get() key=|id| id.clone() let:id>
                            {criterion_row(ctx, id)}
                        </For>
                    </tbody>
                    <tfoot>
                        <tr>
                            <th scope="row" colspan="2">
                                {lang.text(bids::TOTAL)}
                            </th>
                            <td
                                class="num"
                                class:ok=move || total.get().status == WeightStatus::Complete
                                class:bad=move || total.get().status != WeightStatus::Complete
                            >
                                {move || fmt_percent(total.get().total, lang.get())}
                            </td>
                            <td>{move || weight_status(total.get(), lang.get())}</td>
                        </tr>
                    </tfoot>
                </table>
            </div>
        </Show>
        <p class="note">
            {move || if q2p.get() { bids::VPP_USED.get(lang.get()) } else { bids::VPP_COMPARE.get(lang.get()) }}
        </p>
        <p>
            <A href=move || ctx.step3("f-award-criteria")>{lang.text(bids::EDIT_CRITERIA)}</A>
        </p>
    }
}

fn weight_status(t: crate::domain::scoring::WeightTotal, lang: crate::i18n::Lang) -> String {
    match t.status {
        WeightStatus::Complete => bids::WEIGHTS_OK.get(lang).to_string(),
        WeightStatus::Below => format!("{} {}", bids::WEIGHTS_BELOW.get(lang), fmt_percent(t.remaining, lang)),
        WeightStatus::Above => format!("{} {}", bids::WEIGHTS_ABOVE.get(lang), fmt_percent(-t.remaining, lang)),
        WeightStatus::Incomplete => format!("{} {}", bids::WEIGHTS_MISSING.get(lang), t.missing),
    }
}

fn criterion_row(ctx: BidsCtx, id: String) -> impl IntoView {
    let lang = use_lang();
    let is_price = entry(ctx, id.clone(), |a| &a.criteria, |c| &c.id, |c| c.kind == CriterionKind::Price);
    let weight = entry(ctx, id.clone(), |a| &a.criteria, |c| &c.id, |c| c.weight);
    let vpp = entry(ctx, id.clone(), |a| &a.criteria, |c| &c.id, |c| c.value_per_point.map(ParsedValue::Money));
    let name = {
        let id = id.clone();
        Memo::new(move |_| ctx.col_names.with(|n| n.criterion(&id)))
    };
    let row_id = format!("hc-row-{id}");
    let field_id = targets::value_per_point(&id);
    let id_set = id.clone();
    let on_change = Callback::new(move |v: Option<ParsedValue>| {
        let v = v.and_then(ParsedValue::as_money);
        ctx.edit(|a| {
            if let Some(c) = a.criteria.iter_mut().find(|c| c.id == id_set) {
                c.value_per_point = v;
            }
        });
    });
    let label = Signal::derive(move || format!("{}, {}", bids::COL_VALUE_PER_POINT.get(lang.get()), name.get()));
    let headers_kind = format!("hc-kind {row_id}");
    let headers_weight = format!("hc-weight {row_id}");
    let headers_vpp = format!("hc-vpp {row_id}");
    view! {
        <tr>
            <th scope="row" id=row_id>
                {move || name.get()}
            </th>
            <td headers=headers_kind>
                {move || {
                    if is_price.get() { bids::KIND_PRICE.get(lang.get()) } else { bids::KIND_QUALITY.get(lang.get()) }
                }}
            </td>
            <td class="num" headers=headers_weight>
                {move || weight.get().map(|w| fmt_percent(w.0, lang.get())).unwrap_or_else(|| "–".into())}
            </td>
            <td headers=headers_vpp class="vpp-cell">
                {move || {
                    if is_price.get() {
                        view! { <span aria-hidden="true">"–"</span> }.into_any()
                    } else {
                        let field_id = field_id.clone();
                        view! {
                            <Tracked id=field_id.clone() kind=NumKind::Money set=ctx.invalid>
                                <ParsedField
                                    id=field_id
                                    label=label
                                    kind=ParsedKind::Money
                                    value=vpp
                                    on_change=on_change
                                    disabled=ctx.ds.read_only
                                />
                            </Tracked>
                        }
                            .into_any()
                    }
                }}
            </td>
        </tr>
    }
}

/// The price formula of step 3: which one, what it does, and where to change it.
pub fn formula_view(ctx: BidsCtx) -> impl IntoView {
    let lang = use_lang();
    let formula = Memo::new(move |_| ctx.award.with(|a| a.formula.clone()));
    view! {
        <div class="formula-box">
            <h3>{lang.text(bids::FORMULA_TITLE)}</h3>
            {move || {
                let l = lang.get();
                let f = formula.get();
                let kind = f.kind();
                view! {
                    <p class="formula-name">
                        <strong>{i18n::scoring::formula_name(kind, l)}</strong>
                        " · "
                        <span class="formula">{i18n::scoring::formula_expression(kind, l)}</span>
                        " · "
                        <span class="chip">
                            {if kind.is_absolute() { bids::ABSOLUTE.get(l) } else { bids::RELATIVE.get(l) }}
                        </span>
                    </p>
                    <p>{i18n::scoring::formula_explanation(kind, l)}</p>
                }
            }}
            {bounds_view(ctx)}
            <p>
                <A href=move || ctx.step3("f-price-formula")>{lang.text(bids::EDIT_FORMULA)}</A>
            </p>
        </div>
    }
}

/// The price bounds published in advance, editable: the fixed-bounds formula scores with them,
/// and when another formula is chosen the comparison of formulas still does.
fn bounds_view(ctx: BidsCtx) -> impl IntoView {
    let lang = use_lang();
    let bounds = Memo::new(move |_| ctx.award.with(|a| a.published_bounds()));
    let fixed = Memo::new(move |_| ctx.award.with(|a| a.formula.kind() == FormulaKind::FixedBounds));
    let field = move |id: String, label: Tr, side: BoundSide| {
        let value = Memo::new(move |_| {
            let b = bounds.get();
            match side {
                BoundSide::Low => b.low,
                BoundSide::High => b.high,
            }
            .map(ParsedValue::Money)
        });
        let on_change = Callback::new(move |v: Option<ParsedValue>| {
            let v = v.and_then(ParsedValue::as_money);
            ctx.edit(|a| {
                let mut b = a.published_bounds();
                match side {
                    BoundSide::Low => b.low = v,
                    BoundSide::High => b.high = v,
                }
                a.set_published_bounds(b);
            });
        });
        view! {
            <Tracked id=id.clone() kind=NumKind::Money set=ctx.invalid>
                <ParsedField
                    id=id
                    label=Signal::derive(move || label.get(lang.get()).to_string())
                    kind=ParsedKind::Money
                    value=value
                    on_change=on_change
                    disabled=ctx.ds.read_only
                />
            </Tracked>
        }
    };
    view! {
        <div class="price-bounds">
            <h4>{lang.text(bids::BOUNDS_TITLE)}</h4>
            <p class="note">
                {move || {
                    if fixed.get() { bids::BOUNDS_USED.get(lang.get()) } else { bids::BOUNDS_COMPARED.get(lang.get()) }
                }}
            </p>
            <div class="row-grid two">
                {field(targets::price_bound(BoundSide::Low), i18n::award_criteria::LOW, BoundSide::Low)}
                {field(targets::price_bound(BoundSide::High), i18n::award_criteria::HIGH, BoundSide::High)}
            </div>
        </div>
    }
}

/// How a knock-out requirement is judged (the three `KnockoutRule` variants).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KoKind {
    MinRate,
    MaxWeeks,
    Manual,
}

fn ko_kind(rule: &KnockoutRule) -> KoKind {
    match rule {
        KnockoutRule::MinPlacementRate { .. } => KoKind::MinRate,
        KnockoutRule::MaxLeadTimeWeeks { .. } => KoKind::MaxWeeks,
        KnockoutRule::Manual => KoKind::Manual,
    }
}

/// Puts a removed entry back (with what was removed along with it) and focuses `focus`.
fn restore_and_focus(ctx: BidsCtx, r: Removed, focus: String) {
    let mut restored = false;
    ctx.edit(|a| restored = a.restore(r));
    if restored {
        focus_later(focus);
    }
}

/// The knock-out requirements (pass/fail), editable.
pub fn knockouts_view(ctx: BidsCtx) -> impl IntoView {
    let lang = use_lang();
    let ids = Memo::new(move |_| ctx.award.with(|a| a.knockouts.iter().map(|k| k.id.clone()).collect::<Vec<_>>()));
    let undo = RwSignal::new(None::<Removed>);
    let add = move |_| {
        let id = new_id("ko");
        ctx.edit(|a| a.add_knockout(id.clone()));
        focus_later(format!("ko-{id}-desc"));
    };
    let restore = move |r: Removed| {
        let focus = format!("ko-{}-desc", r.id().unwrap_or_default());
        restore_and_focus(ctx, r, focus);
    };
    let spec = ListSpec {
        class: "ko-list",
        add_id: "knockouts-add",
        undo_id: "knockouts-undo",
        empty: bids::NO_KNOCKOUTS,
        add_label: bids::ADD_KNOCKOUT,
        removed: bids::KNOCKOUT_REMOVED,
    };
    view! {
        <div id="knockouts" tabindex="-1" class="knockouts">
            <h3>{lang.text(bids::KNOCKOUTS_TITLE)}</h3>
            <p class="help">{lang.text(bids::KNOCKOUTS_HELP)}</p>
            {editable_list(ctx, ids, spec, move |id| knockout_row(ctx, id, undo), add, undo, restore)}
        </div>
    }
}

/// The names and texts of an [`editable_list`].
struct ListSpec {
    /// The class of the `<ol>`.
    class: &'static str,
    /// The ids of the add button and of the undo bar's button.
    add_id: &'static str,
    undo_id: &'static str,
    /// The note while the list is empty, the add button's label, the undo bar's message.
    empty: Tr,
    add_label: Tr,
    removed: Tr,
}

/// What the knock-outs and the evaluators share: a note while the list is empty, the rows in
/// order, and the add button beside the undo bar of the last removal.
fn editable_list<V: IntoView + 'static>(
    ctx: BidsCtx,
    ids: Memo<Vec<String>>,
    spec: ListSpec,
    row: impl Fn(String) -> V + Clone + Send + Sync + 'static,
    add: impl Fn(leptos::ev::MouseEvent) + Send + Sync + 'static,
    undo: RwSignal<Option<Removed>>,
    restore: impl Fn(Removed) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Show when=move || ids.with(|v| v.is_empty())>
            <p class="note">{lang.text(spec.empty)}</p>
        </Show>
        <ol class=spec.class>
            <For each=move || ids.get() key=|id| id.clone() children=row />
        </ol>
        <div class="button-row">
            <button
                type="button"
                class="secondary"
                id=spec.add_id
                prop:disabled=move || ctx.ds.read_only.get()
                on:click=add
            >
                "+ "
                {lang.text(spec.add_label)}
            </button>
            {undo_bar(undo, spec.undo_id, spec.removed, restore)}
        </div>
    }
}

fn knockout_row(ctx: BidsCtx, id: String, undo: RwSignal<Option<Removed>>) -> impl IntoView {
    let lang = use_lang();
    let desc = entry(ctx, id.clone(), |a| &a.knockouts, |k| &k.id, |k| k.description.clone());
    let kind = entry(ctx, id.clone(), |a| &a.knockouts, |k| &k.id, |k| Some(ko_kind(&k.rule)));
    let rate = entry(
        ctx,
        id.clone(),
        |a| &a.knockouts,
        |k| &k.id,
        |k| match k.rule {
            KnockoutRule::MinPlacementRate { min } => min.map(ParsedValue::Percent),
            _ => None,
        },
    );
    let weeks = entry(
        ctx,
        id.clone(),
        |a| &a.knockouts,
        |k| &k.id,
        |k| match k.rule {
            KnockoutRule::MaxLeadTimeWeeks { max } => max.map(ParsedValue::Count),
            _ => None,
        },
    );
    let name = {
        let id = id.clone();
        Memo::new(move |_| ctx.col_names.with(|n| n.knockout(&id)))
    };
    let desc_id = format!("ko-{id}-desc");
    let threshold_id = targets::knockout_threshold(&id);
    let edit = move |id: &str, f: &dyn Fn(&mut Knockout)| {
        ctx.edit(|a| {
            if let Some(k) = a.knockouts.iter_mut().find(|k| k.id == id) {
                f(k);
            }
        })
    };
    let (i1, i2, i3, i4, i5) = (id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
    let options: Vec<(KoKind, Tr, Option<Tr>)> = vec![
        (KoKind::MinRate, bids::KO_MIN_RATE, Some(bids::KO_MIN_RATE_HELP)),
        (KoKind::MaxWeeks, bids::KO_MAX_WEEKS, Some(bids::KO_MAX_WEEKS_HELP)),
        (KoKind::Manual, bids::KO_MANUAL, Some(bids::KO_MANUAL_HELP)),
    ];
    let on_kind = Callback::new(move |k: Option<KoKind>| {
        edit(&i2, &|ko: &mut Knockout| {
            if k.is_some_and(|k| k != ko_kind(&ko.rule)) {
                ko.rule = match k {
                    Some(KoKind::MinRate) => KnockoutRule::MinPlacementRate { min: None },
                    Some(KoKind::MaxWeeks) => KnockoutRule::MaxLeadTimeWeeks { max: None },
                    _ => KnockoutRule::Manual,
                };
            }
        })
    });
    let on_rate = Callback::new(move |v: Option<ParsedValue>| {
        let min = v.and_then(ParsedValue::as_percent);
        edit(&i3, &|ko: &mut Knockout| {
            if let KnockoutRule::MinPlacementRate { min: m } = &mut ko.rule {
                *m = min;
            }
        })
    });
    let on_weeks = Callback::new(move |v: Option<ParsedValue>| {
        let max = v.and_then(ParsedValue::as_count);
        edit(&i4, &|ko: &mut Knockout| {
            if let KnockoutRule::MaxLeadTimeWeeks { max: m } = &mut ko.rule {
                *m = max;
            }
        })
    });
    let remove = move |_| {
        let mut taken = None;
        ctx.edit(|a| taken = a.remove_knockout(&i5));
        if taken.is_some() {
            undo.set(taken);
        }
        focus_later("knockouts-add".into());
    };
    let kind_label = Signal::derive(move || format!("{} ({})", bids::KO_HOW.get(lang.get()), name.get()));
    view! {
        <li class="ko-row">
            <div class="field">
                <label for=desc_id.clone()>{lang.text(bids::KO_DESCRIPTION)}</label>
                <input
                    type="text"
                    id=desc_id
                    prop:value=move || desc.get()
                    prop:disabled=move || ctx.ds.read_only.get()
                    placeholder=move || bids::KO_PLACEHOLDER.get(lang.get())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        edit(&i1, &|k: &mut Knockout| k.description = v.clone())
                    }
                />
            </div>
            <ChoiceField
                id=format!("ko-{id}-kind")
                label=kind_label
                options=options
                value=kind
                on_change=on_kind
                disabled=ctx.ds.read_only
            />
            {move || {
                let threshold_id = threshold_id.clone();
                match kind.get() {
                    Some(KoKind::MinRate) => {
                        view! {
                            <Tracked id=threshold_id.clone() kind=NumKind::Percent set=ctx.invalid>
                                <ParsedField
                                    id=threshold_id
                                    label=Signal::derive(move || {
                                        format!("{} ({})", bids::KO_MIN_RATE_LABEL.get(lang.get()), name.get())
                                    })
                                    kind=ParsedKind::Percent
                                    value=rate
                                    on_change=on_rate
                                    disabled=ctx.ds.read_only
                                    unit=Signal::derive(|| "%".to_string())
                                />
                            </Tracked>
                        }
                            .into_any()
                    }
                    Some(KoKind::MaxWeeks) => {
                        view! {
                            <Tracked id=threshold_id.clone() kind=NumKind::Count set=ctx.invalid>
                                <ParsedField
                                    id=threshold_id
                                    label=Signal::derive(move || {
                                        format!("{} ({})", bids::KO_MAX_WEEKS_LABEL.get(lang.get()), name.get())
                                    })
                                    kind=ParsedKind::Count
                                    value=weeks
                                    on_change=on_weeks
                                    disabled=ctx.ds.read_only
                                    unit=Signal::derive(move || bids::WEEKS.get(lang.get()).to_string())
                                />
                            </Tracked>
                        }
                            .into_any()
                    }
                    _ => view! { <p class="note">{lang.text(bids::KO_MANUAL_WHERE)}</p> }.into_any(),
                }
            }}
            <div class="button-row">
                <button
                    type="button"
                    class="danger small"
                    prop:disabled=move || ctx.ds.read_only.get()
                    aria-label=move || format!("{}: {}", bids::REMOVE.get(lang.get()), name.get())
                    on:click=remove
                >
                    {lang.text(bids::REMOVE)}
                </button>
            </div>
        </li>
    }
}

/// The quality scale: its top and, optionally, named levels.
pub fn scale_view(ctx: BidsCtx) -> impl IntoView {
    let lang = use_lang();
    let max = Memo::new(move |_| ctx.award.with(|a| Some(a.scale.max_points)));
    let count = Memo::new(move |_| ctx.award.with(|a| a.scale.levels.len()));
    let undo = RwSignal::new(None::<Removed>);
    let restore = move |r: Removed| {
        let focus = format!("level-{}-label", r.pos());
        restore_and_focus(ctx, r, focus);
    };
    view! {
        <div class="scale-box">
            <h3>{lang.text(bids::SCALE_TITLE)}</h3>
            <NumField
                ctx=ctx
                id="scale-max"
                kind=NumKind::Points
                required=true
                label=Signal::derive(move || bids::SCALE_MAX.get(lang.get()).to_string())
                help=Signal::derive(move || bids::SCALE_MAX_HELP.get(lang.get()).to_string())
                value=max
                unit=Signal::derive(move || bids::POINTS.get(lang.get()).to_string())
                on_change=Callback::new(move |v: Option<Decimal>| {
                    if let Some(v) = v {
                        ctx.edit(|a| a.scale.max_points = v)
                    }
                })
            />
            <div id="scale-levels" tabindex="-1" class="levels">
                <p class="list-label" id="scale-levels-label">
                    {lang.text(bids::LEVELS_TITLE)}
                </p>
                <p class="help">{lang.text(bids::LEVELS_HELP)}</p>
                <Show when=move || { count.get() > 0 }>
                    <table class="levels-table" aria-labelledby="scale-levels-label">
                        <thead>
                            <tr>
                                <th scope="col">{lang.text(bids::LEVEL_LABEL)}</th>
                                <th scope="col" class="num">
                                    {lang.text(bids::POINTS)}
                                </th>
                                <th scope="col">
                                    <span class="visually-hidden">{lang.text(bids::REMOVE)}</span>
                                </th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || 0..count.get() key=|i| *i let:i>
                                {level_row(ctx, i, undo)}
                            </For>
                        </tbody>
                    </table>
                </Show>
                <div class="button-row">
                    <button
                        type="button"
                        class="secondary"
                        id="levels-add"
                        prop:disabled=move || ctx.ds.read_only.get()
                        on:click=move |_| {
                            let pos = ctx.award.with_untracked(|a| a.scale.levels.len());
                            let level = NamedLevel {
                                id: new_id("l"),
                                ..NamedLevel::default()
                            };
                            ctx.edit(|a| a.scale.levels.push(level));
                            focus_later(format!("level-{pos}-label"));
                        }
                    >
                        "+ "
                        {lang.text(bids::ADD_LEVEL)}
                    </button>
                    {undo_bar(undo, "levels-undo", bids::LEVEL_REMOVED, restore)}
                </div>
            </div>
        </div>
    }
}

fn level_row(ctx: BidsCtx, i: usize, undo: RwSignal<Option<Removed>>) -> impl IntoView {
    let lang = use_lang();
    let label =
        Memo::new(move |_| ctx.award.with(|a| a.scale.levels.get(i).map(|l| l.label.clone()).unwrap_or_default()));
    let points = Memo::new(move |_| ctx.award.with(|a| a.scale.levels.get(i).map(|l| l.points)));
    let shown = move || {
        let l = label.get();
        if l.trim().is_empty() {
            format!("#{}", i + 1)
        } else {
            l
        }
    };
    view! {
        <tr>
            <td>
                <input
                    type="text"
                    id=format!("level-{i}-label")
                    aria-label=move || format!("{} {}", bids::LEVEL_LABEL.get(lang.get()), i + 1)
                    prop:value=move || label.get()
                    prop:disabled=move || ctx.ds.read_only.get()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        ctx.edit(|a| {
                            if let Some(l) = a.scale.levels.get_mut(i) {
                                l.label = v;
                            }
                        });
                    }
                />
            </td>
            <td class="num">
                <NumInput
                    ctx=ctx
                    id=format!("level-{i}-points")
                    kind=NumKind::Points
                    required=true
                    label=Signal::derive(move || format!("{}, {}", bids::POINTS.get(lang.get()), shown()))
                    value=points
                    on_change=Callback::new(move |v: Option<Decimal>| {
                        if let Some(v) = v {
                            ctx.edit(|a| {
                                if let Some(l) = a.scale.levels.get_mut(i) {
                                    l.points = v;
                                }
                            });
                        }
                    })
                />
            </td>
            <td>
                <button
                    type="button"
                    class="danger small"
                    prop:disabled=move || ctx.ds.read_only.get()
                    aria-label=move || format!("{}: {}", bids::REMOVE.get(lang.get()), shown())
                    on:click=move |_| {
                        let mut taken = None;
                        ctx.edit(|a| taken = a.remove_level(i));
                        if taken.is_some() {
                            undo.set(taken)
                        }
                        focus_later("levels-add".into());
                    }
                >
                    {lang.text(bids::REMOVE)}
                </button>
            </td>
        </tr>
    }
}

/// The evaluators (add, rename, remove with undo) and the disagreement margin.
pub fn evaluators_view(ctx: BidsCtx) -> impl IntoView {
    let lang = use_lang();
    let ids = Memo::new(move |_| ctx.award.with(|a| a.evaluators.iter().map(|e| e.id.clone()).collect::<Vec<_>>()));
    let margin = Memo::new(move |_| ctx.award.with(|a| Some(a.disagreement_margin)));
    let undo = RwSignal::new(None::<Removed>);
    let add = move |_| {
        let id = new_id("ev");
        let n = ctx.award.with_untracked(|a| a.evaluators.len()) + 1;
        let name = format!("{} {n}", bids::EVALUATOR.get(lang.get_untracked()));
        ctx.edit(|a| a.add_evaluator(id.clone(), name));
        focus_later(format!("ev-{id}-name"));
    };
    let restore = move |r: Removed| {
        let focus = format!("ev-{}-name", r.id().unwrap_or_default());
        restore_and_focus(ctx, r, focus);
    };
    let spec = ListSpec {
        class: "evaluator-list",
        add_id: "evaluators-add",
        undo_id: "evaluators-undo",
        empty: bids::NO_EVALUATORS,
        add_label: bids::ADD_EVALUATOR,
        removed: bids::EVALUATOR_REMOVED,
    };
    view! {
        <div id="evaluators" tabindex="-1" class="evaluators">
            <p class="help">{lang.text(bids::EVALUATORS_HELP)}</p>
            {editable_list(ctx, ids, spec, move |id| evaluator_row(ctx, id, undo), add, undo, restore)}
            <NumField
                ctx=ctx
                id="margin"
                kind=NumKind::Points
                required=true
                label=Signal::derive(move || bids::MARGIN.get(lang.get()).to_string())
                help=Signal::derive(move || bids::MARGIN_HELP.get(lang.get()).to_string())
                value=margin
                unit=Signal::derive(move || bids::POINTS.get(lang.get()).to_string())
                on_change=Callback::new(move |v: Option<Decimal>| {
                    if let Some(v) = v {
                        ctx.edit(|a| a.disagreement_margin = v)
                    }
                })
            />
        </div>
    }
}

fn evaluator_row(ctx: BidsCtx, id: String, undo: RwSignal<Option<Removed>>) -> impl IntoView {
    let lang = use_lang();
    let name = entry(ctx, id.clone(), |a| &a.evaluators, |e| &e.id, |e| e.name.clone());
    let pos = {
        let id = id.clone();
        Memo::new(move |_| ctx.award.with(|a| a.evaluators.iter().position(|e| e.id == id).unwrap_or(0)))
    };
    let shown = {
        let id = id.clone();
        Memo::new(move |_| ctx.col_names.with(|n| n.evaluator(&id)))
    };
    let input_id = format!("ev-{id}-name");
    let (i1, i2) = (id.clone(), id);
    view! {
        <li class="evaluator-row">
            <label for=input_id
                .clone()>{move || format!("{} {}", bids::EVALUATOR_NAME.get(lang.get()), pos.get() + 1)}</label>
            <input
                type="text"
                id=input_id
                prop:value=move || name.get()
                prop:disabled=move || ctx.ds.read_only.get()
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    ctx.edit(|a| {
                        if let Some(e) = a.evaluators.iter_mut().find(|e| e.id == i1) {
                            e.name = v;
                        }
                    });
                }
            />
            <button
                type="button"
                class="danger small"
                prop:disabled=move || ctx.ds.read_only.get()
                aria-label=move || format!("{}: {}", bids::REMOVE.get(lang.get()), shown.get())
                on:click=move |_| {
                    let mut taken = None;
                    ctx.edit(|a| taken = a.remove_evaluator(&i2));
                    if taken.is_some() {
                        undo.set(taken)
                    }
                    focus_later("evaluators-add".into());
                }
            >
                {lang.text(bids::REMOVE)}
            </button>
        </li>
    }
}
