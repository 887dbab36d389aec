//! Exercise 7, buying together: the participants of the Holland Rijnland case join one by one;
//! the value of the whole purchase (`domain::contract`) is held against both thresholds
//! (`domain::thresholds`), with the procedures that fit. The room can also lengthen the contract.

use super::exercise_frame;
use crate::components::source::Sources;
use crate::domain::demo::demo_case;
use crate::domain::thresholds::ThresholdAssessment;
use crate::domain::workshop::{
    joint_participant_count, joint_purchase, Exercise, JOINT_CASE, JOINT_MONTHS, JOINT_START, TOGETHER_SOURCES,
};
use crate::i18n::scoring::fmt_money;
use crate::i18n::wizard_messages::procedure_option;
use crate::i18n::{workshop_more as more, Lang, Tr};
use crate::state::{use_lang, use_projector};
use leptos::prelude::*;

pub(super) fn exercise() -> impl IntoView {
    let lang = use_lang();
    let locked = use_projector().locked;
    let joined = RwSignal::new(JOINT_START.0);
    let months = RwSignal::new(JOINT_START.1);
    let revealed = RwSignal::new(false);
    let today = crate::platform::today();
    let count = joint_participant_count();
    let participants = demo_case(JOINT_CASE).map(|c| c.dossier().exploration.participants).unwrap_or_default();
    let purchase = Memo::new(move |_| joint_purchase(joined.get(), months.get(), &today));
    let rows = participants
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            let n = p.trajectories;
            view! {
                <li class:joined=move || i < joined.get() data-joined=move || (i < joined.get()).to_string()>
                    <strong>{p.name.clone()}</strong>
                    " · "
                    {move || more::trajectories(n, lang.get())}
                    " · "
                    <span class="join-state">
                        {move || if i < joined.get() { more::JOINED } else { more::NOT_JOINED }.get(lang.get())}
                    </span>
                </li>
            }
        })
        .collect_view();
    let material = view! {
        <p class="help">{lang.text(more::TOGETHER_CASE)}</p>
        <h3>{lang.text(more::PARTICIPANTS)}</h3>
        <ol class="joint-participants" id="ws-participants">
            {rows}
        </ol>
        <div class="button-row">
            <button
                type="button"
                id="ws-join"
                disabled=move || { locked.get() || joined.get() >= count }
                on:click=move |_| {
                    if !locked.get_untracked() {
                        joined.update(|j| *j = (*j + 1).min(count));
                    }
                }
            >
                {lang.text(more::JOIN)}
            </button>
            <button
                type="button"
                class="secondary"
                id="ws-leave"
                disabled=move || { locked.get() || joined.get() <= 1 }
                on:click=move |_| {
                    if !locked.get_untracked() {
                        joined.update(|j| *j = j.saturating_sub(1).max(1));
                    }
                }
            >
                {lang.text(more::LEAVE)}
            </button>
        </div>
        <div class="step-buttons" role="group" aria-label=move || more::DURATION.get(lang.get())>
            <span class="group-label" aria-hidden="true">
                {lang.text(more::DURATION)}
                ": "
            </span>
            {JOINT_MONTHS
                .iter()
                .map(|&m| {
                    view! {
                        <button
                            type="button"
                            class="secondary"
                            id=format!("ws-months-{m}")
                            aria-pressed=move || if months.get() == m { "true" } else { "false" }
                            disabled=move || locked.get()
                            on:click=move |_| {
                                if !locked.get_untracked() {
                                    months.set(m);
                                }
                            }
                        >
                            {move || more::months(m, lang.get())}
                        </button>
                    }
                })
                .collect_view()}
        </div>
        {move || {
            let l = lang.get();
            purchase
                .with(|p| match p {
                    Ok(j) => {
                        let v = &j.value;
                        view! {
                            <p class="verdict-line" id="ws-joint-value" aria-live="polite">
                                {more::joint_value(
                                    &fmt_money(v.total, l),
                                    v.participants,
                                    v.trajectories_per_year,
                                    &fmt_money(v.price, l),
                                    v.months,
                                    l,
                                )}
                            </p>
                            <div class="thresholds">
                                {threshold_view("ws-threshold-services", more::REGIME_SERVICES, &j.services, l)}
                                {threshold_view("ws-threshold-social", more::REGIME_SOCIAL, &j.social, l)}
                            </div>
                        }
                            .into_any()
                    }
                    Err(_) => view! { <p class="note">{more::NO_VALUE.get(l)}</p> }.into_any(),
                })
        }}
    }
    .into_any();
    let extra = view! { <Sources refs=TOGETHER_SOURCES /> }.into_any();
    exercise_frame(Exercise::Together, material, Some(extra), revealed, move || {
        joined.set(JOINT_START.0);
        months.set(JOINT_START.1);
    })
}

/// One threshold: a bar of the value against it, the verdict and the procedures that fit.
fn threshold_view(id: &'static str, name: Tr, a: &ThresholdAssessment, l: Lang) -> impl IntoView {
    // The bar: the value as a share of the threshold, capped at 100 %.
    let share = (a.value.0 * rust_decimal::Decimal::from(100u8))
        .checked_div(a.threshold.0)
        .map(|d| d.round().min(rust_decimal::Decimal::from(100u8)))
        .unwrap_or_default();
    let verdict = if a.european { more::ABOVE } else { more::BELOW };
    let procedures = a.procedures.iter().map(|p| procedure_option(*p).get(l)).collect::<Vec<_>>().join(", ");
    view! {
        <div class="threshold" id=id data-european=a.european.to_string()>
            <p>
                <strong>{name.get(l)}</strong>
                " · "
                {more::threshold(&fmt_money(a.threshold, l), l)}
                " · "
                <strong class=if a.european { "mark differ" } else { "mark agree" }>{verdict.get(l)}</strong>
            </p>
            // Drawn with SVG attributes: the CSP allows no inline styles.
            <svg
                class="threshold-bar"
                viewBox="0 0 100 4"
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
            >
                <rect class="track" x="0" y="0" width="100" height="4" />
                <rect class="fill" x="0" y="0" width=share.to_string() height="4" />
            </svg>
            <p class="help">{more::FITS.get(l)}": "{procedures}</p>
        </div>
    }
}
