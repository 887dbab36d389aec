//! The award criteria (gunningscriteria) with their weights, a live total that must reach
//! exactly 100 %, and the price-scoring formula. Stored in `Dossier::award`, shared with the
//! bid comparison.

use crate::components::field::{ParsedField, ParsedKind, ParsedValue};
use crate::components::focus::focus_id;
use crate::components::undo::undo_bar;
use crate::domain::fields::FieldId;
use crate::domain::scoring::formula::FormulaKind;
use crate::domain::scoring::model::{Criterion, CriterionKind, PriceFormula};
use crate::domain::scoring::price_criterion::names_price;
use crate::domain::scoring::weights::{weight_total, WeightStatus};
use crate::domain::scoring::Removed;
use crate::i18n::labels::{field_help, field_label};
use crate::i18n::wizard_ui::wt;
use crate::i18n::{self, bids};
use crate::platform::new_id;
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
use leptos::prelude::*;

fn crit_field<V>(ds: Dossiers, id: String, f: fn(&Criterion) -> V) -> Memo<V>
where
    V: PartialEq + Clone + Default + Send + Sync + 'static,
{
    Memo::new(move |_| {
        ds.current
            .with(|d| d.as_ref().and_then(|d| d.award.criteria.iter().find(|c| c.id == id).map(f)).unwrap_or_default())
    })
}

fn edit_crit(ds: Dossiers, id: &str, f: impl FnOnce(&mut Criterion)) {
    ds.update(|d| {
        if let Some(c) = d.award.criteria.iter_mut().find(|c| c.id == id) {
            f(c);
        }
    });
}

/// Sets a criterion's name; when the name says it is the price, the criterion is of kind
/// quality, no criterion is of kind price yet and no evaluator has scored it, its kind follows
/// the name (`followed` tells the caller, which says so beside the row).
fn follow_name(d: &mut crate::domain::dossier::Dossier, id: &str, name: String, followed: &mut bool) {
    let price_free = !d.award.has_price_criterion();
    let scored = d.award.bids.iter().any(|b| b.scores.iter().any(|s| s.criterion_id == id && s.points.is_some()));
    if let Some(c) = d.award.criteria.iter_mut().find(|c| c.id == id) {
        if price_free && !scored && c.kind == CriterionKind::Quality && names_price(&name) {
            c.kind = CriterionKind::Price;
            *followed = true;
        }
        c.name = name;
    }
}

/// The note under the criteria when a weighted price formula has no price criterion: the
/// criterion named after the price with a button that makes it the price criterion, or the
/// general note (the add button for a price criterion is beside the other add button).
fn price_note(
    ds: Dossiers,
    formula: PriceFormula,
    has_price: Option<bool>,
    price_named: Option<(String, String)>,
    empty: bool,
    l: crate::i18n::Lang,
) -> Option<AnyView> {
    if empty || has_price != Some(false) || !formula.kind().is_weighted() {
        return None;
    }
    Some(match price_named {
        Some((id, name)) => view! {
            <div class="banner warn price-criterion" role="status">
                <p>{i18n::first_tender::price_criterion_is_quality(&name, l)}</p>
                <button
                    type="button"
                    class="secondary"
                    id="award-criteria-make-price"
                    prop:disabled=move || ds.read_only.get()
                    on:click=move |_| edit_crit(ds, &id, |c| c.kind = CriterionKind::Price)
                >
                    {i18n::first_tender::make_price_criterion(&name, l)}
                </button>
            </div>
        }
        .into_any(),
        None => view! {
            <div class="banner warn price-criterion" role="status">
                <p>{i18n::first_tender::NO_PRICE_CRITERION.get(l)}</p>
            </div>
        }
        .into_any(),
    })
}

/// The criteria editor with the live total and the formula choice.
pub fn award_criteria(ds: Dossiers) -> impl IntoView {
    let lang = use_lang();
    let ids = Memo::new(move |_| {
        ds.current.with(|d| {
            d.as_ref().map(|d| d.award.criteria.iter().map(|c| c.id.clone()).collect::<Vec<_>>()).unwrap_or_default()
        })
    });
    let total = ds.select(|d| Some(weight_total(&d.award.criteria)));
    let formula = ds.select(|d| d.award.formula.clone());
    let anchor = FieldId::AwardCriteria.anchor();
    // The price criterion (issue 17): whether there is one, and the quality criterion named
    // after the price when there is none.
    let has_price = ds.select(|d| Some(d.award.has_price_criterion()));
    let price_named = ds.select(|d| {
        d.award.price_named_quality().and_then(|c| d.award.criteria.get(c)).map(|c| (c.id.clone(), c.name.clone()))
    });
    // The criterion whose kind the editor set from its name, to say so beside it.
    let auto_price = RwSignal::new(None::<String>);
    // The last removed criterion with its scores, for undo (as on the bids page).
    let undo = RwSignal::new(None::<Removed>);
    let restore = move |r: Removed| {
        let focus = format!("{anchor}-{}", r.id().unwrap_or_default());
        let mut restored = false;
        ds.update(|d| restored = d.award.restore(r));
        if restored {
            focus_id(focus);
        }
    };
    view! {
        <div class="field-group" id=anchor>
            <p class="list-label" id="award-criteria-label">
                {move || field_label(FieldId::AwardCriteria).get(lang.get())}
            </p>
            <p class="help">{move || field_help(FieldId::AwardCriteria).get(lang.get())}</p>
            <crate::components::source::Sources refs=crate::i18n::labels::field_sources(FieldId::AwardCriteria) />
            <table class="criteria-table" aria-labelledby="award-criteria-label">
                <thead>
                    <tr>
                        <th scope="col">{lang.text(i18n::award_criteria::NAME)}</th>
                        <th scope="col">{lang.text(i18n::award_criteria::KIND)}</th>
                        <th scope="col" class="num">
                            {lang.text(i18n::award_criteria::WEIGHT)}
                        </th>
                        <th scope="col">
                            <span class="visually-hidden">{lang.pick(wt, |t| t.remove)}</span>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || ids.get() key=|id| id.clone() let:id>
                        {
                            let name = crit_field(ds, id.clone(), |c| c.name.clone());
                            let kind = crit_field(ds, id.clone(), |c| c.kind == CriterionKind::Price);
                            let weight = crit_field(ds, id.clone(), |c| c.weight.map(ParsedValue::Percent));
                            let (i1, i2, i3, i4) = (id.clone(), id.clone(), id.clone(), id.clone());
                            let name_id = format!("{anchor}-{id}");
                            view! {
                                <tr>
                                    // A text area that grows with its text: criterion names are long
                                    // ("Prijs, gewogen met het plaatsingspercentage") and must be read whole.
                                    <td>
                                        <textarea
                                            id=name_id
                                            rows="1"
                                            class="grow"
                                            aria-label=move || i18n::award_criteria::NAME.get(lang.get())
                                            prop:value=move || name.get()
                                            prop:disabled=move || ds.read_only.get()
                                            on:input=move |ev| {
                                                let v = event_target_value(&ev);
                                                let id = i1.clone();
                                                let mut followed = false;
                                                ds.update(|d| follow_name(d, &id, v, &mut followed));
                                                if followed {
                                                    auto_price.set(Some(id));
                                                }
                                            }
                                        ></textarea>
                                        {move || {
                                            (auto_price.get().as_deref() == Some(id.as_str()) && kind.get())
                                                .then(|| {
                                                    view! {
                                                        <p class="note kind-follows-name" role="status">
                                                            {i18n::first_tender::kind_follows_name(
                                                                &name.get(),
                                                                lang.get(),
                                                            )}
                                                        </p>
                                                    }
                                                })
                                        }}
                                    </td>
                                    <td>
                                        <select
                                            aria-label=move || i18n::award_criteria::KIND.get(lang.get())
                                            prop:disabled=move || ds.read_only.get()
                                            on:change=move |ev| {
                                                let price = event_target_value(&ev) == "price";
                                                auto_price.set(None);
                                                edit_crit(
                                                    ds,
                                                    &i2,
                                                    |c| {
                                                        c.kind = if price {
                                                            CriterionKind::Price
                                                        } else {
                                                            CriterionKind::Quality
                                                        };
                                                    },
                                                );
                                            }
                                        >
                                            <option value="quality" selected=move || !kind.get()>
                                                {lang.text(i18n::award_criteria::QUALITY)}
                                            </option>
                                            <option value="price" selected=move || kind.get()>
                                                {lang.text(i18n::award_criteria::PRICE)}
                                            </option>
                                        </select>
                                    </td>
                                    <td class="num">
                                        <ParsedField
                                            id=format!("{anchor}-{i3}-weight")
                                            label=Signal::derive(move || {
                                                i18n::award_criteria::WEIGHT.get(lang.get()).to_string()
                                            })
                                            kind=ParsedKind::Percent
                                            value=weight
                                            disabled=ds.read_only
                                            on_change=Callback::new(move |v: Option<ParsedValue>| edit_crit(
                                                ds,
                                                &i3,
                                                |c| c.weight = v.and_then(ParsedValue::as_percent),
                                            ))
                                            unit=Signal::derive(|| "%".to_string())
                                        />
                                    </td>
                                    <td>
                                        <button
                                            type="button"
                                            class="danger small"
                                            prop:disabled=move || ds.read_only.get()
                                            aria-label=move || format!("{}: {}", wt(lang.get()).remove, name.get())
                                            on:click=move |_| {
                                                let mut taken = None;
                                                ds.update(|d| taken = d.award.remove_criterion(&i4));
                                                if taken.is_some() {
                                                    undo.set(taken)
                                                }
                                                focus_id("award-criteria-add".into());
                                            }
                                        >
                                            {lang.pick(wt, |t| t.remove)}
                                        </button>
                                    </td>
                                </tr>
                            }
                        }
                    </For>
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row" colspan="2">
                            {lang.text(i18n::award_criteria::TOTAL)}
                        </th>
                        <td
                            class="num"
                            aria-live="polite"
                            id="weights-total"
                            class:ok=move || total.get().is_some_and(|t| t.status == WeightStatus::Complete)
                            class:bad=move || total.get().is_some_and(|t| t.status != WeightStatus::Complete)
                        >
                            {move || {
                                total
                                    .get()
                                    .map(|t| crate::domain::money::Percent(t.total).format(lang.get().number_style()))
                            }}
                        </td>
                        <td></td>
                    </tr>
                </tfoot>
            </table>
            <p class="weights-status" role="status">
                {move || total.get().map(|t| i18n::award_criteria::weight_total_message(&t, lang.get()))}
            </p>
            {move || price_note(
                ds,
                formula.get(),
                has_price.get(),
                price_named.get(),
                ids.with(Vec::is_empty),
                lang.get(),
            )}
            <div class="button-row">
                <button
                    type="button"
                    class="secondary"
                    id="award-criteria-add"
                    prop:disabled=move || ds.read_only.get()
                    on:click=move |_| {
                        let id = new_id("c");
                        ds.update(|d| d.award.add_criterion(id.clone()));
                        let target = format!("{anchor}-{id}");
                        request_animation_frame(move || {
                            if let Some(el) = document().get_element_by_id(&target) {
                                use wasm_bindgen::JsCast;
                                if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
                                    let _ = el.focus();
                                }
                            }
                        });
                    }
                >
                    "+ "
                    {lang.text(i18n::award_criteria::ADD)}
                </button>
                {move || {
                    (has_price.get() == Some(false))
                        .then(|| {
                            view! {
                                <button
                                    type="button"
                                    class="secondary"
                                    id="award-criteria-add-price"
                                    prop:disabled=move || ds.read_only.get()
                                    on:click=move |_| {
                                        let id = new_id("c");
                                        let name = i18n::first_tender::PRICE_CRITERION_NAME.get(lang.get()).to_string();
                                        ds.update(|d| {
                                            d.award
                                                .criteria
                                                .push(Criterion {
                                                    id: id.clone(),
                                                    name,
                                                    kind: CriterionKind::Price,
                                                    ..Criterion::default()
                                                })
                                        });
                                        focus_id(format!("{anchor}-{id}-weight"));
                                    }
                                >
                                    "+ "
                                    {lang.text(i18n::first_tender::ADD_PRICE_CRITERION)}
                                </button>
                            }
                        })
                }}
                {undo_bar(undo, "award-criteria-undo", bids::CRITERION_REMOVED, restore)}
            </div>
        </div>
        <fieldset class="field choices" id=FieldId::PriceFormula.anchor()>
            <legend>{move || field_label(FieldId::PriceFormula).get(lang.get())}</legend>
            <p class="help">{move || field_help(FieldId::PriceFormula).get(lang.get())}</p>
            <crate::components::source::Sources refs=crate::i18n::labels::field_sources(FieldId::PriceFormula) />
            {FormulaKind::ALL
                .iter()
                .enumerate()
                .map(|(i, kind)| {
                    let kind = *kind;
                    let input_id = format!("f-price-formula-{i}");
                    view! {
                        <div class="choice">
                            <input
                                type="radio"
                                id=input_id.clone()
                                name="price-formula"
                                prop:checked=move || formula.get().kind() == kind
                                prop:disabled=move || ds.read_only.get()
                                on:change=move |_| ds.update(|d| d.award.set_formula_kind(kind))
                            />
                            <label for=input_id>
                                <span class="choice-label">
                                    {move || i18n::scoring::formula_name(kind, lang.get())}
                                </span>
                                <span class="choice-explain">
                                    {move || i18n::scoring::formula_explanation(kind, lang.get())}
                                </span>
                            </label>
                        </div>
                    }
                })
                .collect_view()}
            {move || {
                matches!(formula.get(), PriceFormula::FixedBounds { .. })
                    .then(|| {
                        let low = Memo::new(move |_| match formula.get() {
                            PriceFormula::FixedBounds { low, .. } => low.map(ParsedValue::Money),
                            _ => None,
                        });
                        let high = Memo::new(move |_| match formula.get() {
                            PriceFormula::FixedBounds { high, .. } => high.map(ParsedValue::Money),
                            _ => None,
                        });
                        view! {
                            <div class="indent row-grid two">
                                <ParsedField
                                    id="f-price-low"
                                    label=Signal::derive(move || i18n::award_criteria::LOW.get(lang.get()).to_string())
                                    kind=ParsedKind::Money
                                    value=low
                                    disabled=ds.read_only
                                    on_change=Callback::new(move |v: Option<ParsedValue>| {
                                        ds.update(|d| {
                                            if let PriceFormula::FixedBounds { low, .. } = &mut d.award.formula {
                                                *low = v.and_then(ParsedValue::as_money);
                                            }
                                        })
                                    })
                                />
                                <ParsedField
                                    id="f-price-high"
                                    label=Signal::derive(move || i18n::award_criteria::HIGH.get(lang.get()).to_string())
                                    kind=ParsedKind::Money
                                    value=high
                                    disabled=ds.read_only
                                    on_change=Callback::new(move |v: Option<ParsedValue>| {
                                        ds.update(|d| {
                                            if let PriceFormula::FixedBounds { high, .. } = &mut d.award.formula {
                                                *high = v.and_then(ParsedValue::as_money);
                                            }
                                        })
                                    })
                                />
                            </div>
                        }
                    })
            }}
            {move || {
                matches!(formula.get(), PriceFormula::QualityToPrice)
                    .then(|| {
                        view! {
                            <p class="note">
                                {i18n::award_criteria::VALUE_PER_POINT.get(lang.get())}": "
                                {i18n::award_criteria::VALUE_PER_POINT_WHERE.get(lang.get())}
                            </p>
                        }
                    })
            }}
        </fieldset>
    }
}
