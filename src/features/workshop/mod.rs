//! The workshop (`/workshop`): a 45-minute session for a facilitator on a projector. Each
//! exercise has a question for the room, live material, a reveal (the answer, why, and the
//! source) and a reset; at the bottom the facilitator's script, which is all that prints.
//!
//! The material lives in this page's signals, built from the demo cases through
//! `domain::workshop`: a reset builds it again and never reads or writes a stored dossier.
//! The presenting lock (`state::Projector::locked`) makes the material read-only and disables
//! the resets; the reveal stays usable so that the facilitator can present while locked.

mod functional;
mod incentives;
mod reversal;
mod risk;
mod role;
mod together;
mod weights;

use crate::domain::workshop::Exercise;
use crate::i18n::workshop;
use crate::state::{use_lang, use_projector};
use leptos::prelude::*;

crate::components::lazy::lazy_screen!(workshop_chunk, load_page, preload_page, || view! { <WorkshopPage /> });

#[component]
fn WorkshopPage() -> impl IntoView {
    let lang = use_lang();
    let locked = use_projector().locked;
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <div class="page workshop-page">
            <h1 tabindex="-1" class="page-focus">
                {lang.text(workshop::TITLE)}
            </h1>
            <p class="lead no-print">{lang.text(workshop::INTRO)}</p>
            <Show when=move || locked.get()>
                <p class="banner locked-banner no-print" role="status">
                    <LockIcon closed=true />
                    {lang.text(workshop::LOCKED_BANNER)}
                </p>
            </Show>
            <nav class="workshop-agenda no-print" aria-labelledby="agenda-title">
                <h2 id="agenda-title">{lang.text(workshop::AGENDA)}</h2>
                <ol>
                    {Exercise::ALL
                        .iter()
                        .map(|&e| {
                            view! {
                                <li>
                                    <a href=format!("#title-{}", e.slug()) rel="external">
                                        {lang.text(workshop::exercise_title(e))}
                                    </a>
                                    " "
                                    <span class="slot">{move || workshop::exercise_slot(e, lang.get())}</span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
                <button type="button" class="secondary" id="print-script" on:click=print>
                    {lang.text(workshop::PRINT_SCRIPT)}
                </button>
            </nav>
            {functional::exercise()}
            {risk::exercise()}
            {incentives::exercise()}
            {reversal::exercise()}
            {weights::exercise()}
            {role::exercise()}
            {together::exercise()}
            {script()}
        </div>
    }
}

/// The frame every exercise shares: number and minutes, title, the question, the material,
/// the reveal and the reset (with a confirmation on the page).
fn exercise_frame(
    e: Exercise,
    material: AnyView,
    extra_answer: Option<AnyView>,
    revealed: RwSignal<bool>,
    reset: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let locked = use_projector().locked;
    let asking = RwSignal::new(false);
    let done = RwSignal::new(false);
    let slug = e.slug();
    let answer_id = format!("answer-{slug}");
    view! {
        <section class="exercise" id=format!("oefening-{slug}") aria-labelledby=format!("title-{slug}")>
            <p class="eyebrow">{move || workshop::exercise_meta(e, lang.get())}</p>
            <h2 id=format!("title-{slug}") tabindex="-1">
                {lang.text(workshop::exercise_title(e))}
            </h2>
            <div class="question">
                <h3>{lang.text(workshop::QUESTION)}</h3>
                <p>{lang.text(workshop::question(e))}</p>
            </div>
            <div class="exercise-material" class:locked=move || locked.get()>
                {material}
            </div>
            <div class="button-row">
                <button
                    type="button"
                    id=format!("reveal-{slug}")
                    aria-expanded=move || if revealed.get() { "true" } else { "false" }
                    aria-controls=answer_id.clone()
                    on:click=move |_| revealed.update(|r| *r = !*r)
                >
                    {move || {
                        if revealed.get() {
                            workshop::HIDE_ANSWER.get(lang.get())
                        } else {
                            workshop::SHOW_ANSWER.get(lang.get())
                        }
                    }}
                </button>
                <button
                    type="button"
                    class="secondary"
                    id=format!("reset-{slug}")
                    disabled=move || locked.get()
                    on:click=move |_| {
                        done.set(false);
                        asking.set(true);
                    }
                >
                    {lang.text(workshop::RESET)}
                </button>
            </div>
            <Show when=move || asking.get() && !locked.get()>
                <div class="reset-confirm" role="alertdialog" aria-label=move || workshop::RESET.get(lang.get())>
                    <p>{lang.text(workshop::RESET_CONFIRM)}</p>
                    <button
                        type="button"
                        class="danger"
                        id=format!("reset-yes-{slug}")
                        on:click=move |_| {
                            reset();
                            revealed.set(false);
                            asking.set(false);
                            done.set(true);
                        }
                    >
                        {lang.text(workshop::RESET_YES)}
                    </button>
                    " "
                    <button type="button" class="secondary" on:click=move |_| asking.set(false)>
                        {lang.text(workshop::RESET_NO)}
                    </button>
                </div>
            </Show>
            <p class="note" role="status">
                {move || done.get().then(|| workshop::RESET_DONE.get(lang.get()))}
            </p>
            <div class="answer" id=answer_id hidden=move || !revealed.get()>
                <h3>{lang.text(workshop::ANSWER)}</h3>
                <p>{lang.text(workshop::answer(e))}</p>
                <h3>{lang.text(workshop::WHY)}</h3>
                <p>{lang.text(workshop::why(e))}</p>
                {extra_answer}
                <p class="source">
                    <strong>{lang.text(workshop::SOURCE)}": "</strong>
                    {lang.text(workshop::source(e))}
                </p>
            </div>
        </section>
    }
}

/// The one-page facilitator script: on screen at the bottom, and the only part that prints.
fn script() -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="facilitator-script" aria-labelledby="script-title">
            <h2 id="script-title">{lang.text(workshop::SCRIPT_TITLE)}</h2>
            <p>{lang.text(workshop::SCRIPT_INTRO)}</p>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{lang.text(workshop::COL_EXERCISE)}</th>
                        <th scope="col" class="num">
                            {lang.text(workshop::COL_MINUTES)}
                        </th>
                        <th scope="col">{lang.text(workshop::QUESTION)}</th>
                        <th scope="col">{lang.text(workshop::COL_EXPECTED)}</th>
                        <th scope="col">{lang.text(workshop::SOURCE)}</th>
                    </tr>
                </thead>
                <tbody>
                    {Exercise::ALL
                        .iter()
                        .map(|&e| {
                            view! {
                                <tr>
                                    <th scope="row">{e.number()}". "{lang.text(workshop::exercise_title(e))}</th>
                                    <td class="num">{e.minutes()}</td>
                                    <td>{lang.text(workshop::question(e))}</td>
                                    <td>{lang.text(workshop::answer(e))}</td>
                                    <td>{lang.text(workshop::source(e))}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            <p class="script-total">{move || workshop::script_total(lang.get())}</p>
        </section>
    }
}

/// The header's projector switch and, in projector mode, the presenting lock: two toggle
/// buttons (`aria-pressed`), reachable by keyboard like every button. Part of the main module
/// (the header), not of the workshop's chunk.
#[component]
pub fn ProjectorSwitch() -> impl IntoView {
    let lang = use_lang();
    let projector = use_projector();
    let dossiers = crate::state::dossiers::use_dossiers();
    let toggle = move |_| {
        let on = !projector.on.get_untracked();
        projector.on.set(on);
        if !on {
            projector.locked.set(false);
        }
        dossiers.set_projector(on);
    };
    view! {
        <button
            type="button"
            class="header-toggle"
            id="projector-switch"
            aria-pressed=move || if projector.on.get() { "true" } else { "false" }
            title=move || workshop::PROJECTOR_HELP.get(lang.get())
            on:click=toggle
        >
            {lang.text(workshop::PROJECTOR_ON)}
        </button>
        <Show when=move || projector.on.get()>
            <button
                type="button"
                class="header-toggle lock-switch"
                id="presenting-lock"
                aria-pressed=move || if projector.locked.get() { "true" } else { "false" }
                on:click=move |_| projector.locked.update(|l| *l = !*l)
            >
                {move || view! { <LockIcon closed=projector.locked.get() /> }}
                {lang.text(workshop::LOCK)}
            </button>
        </Show>
    }
}

/// A padlock, closed or open, drawn inline (an emoji needs a font that a projector's browser
/// may lack). Decorative: the button's text and `aria-pressed` say the state.
#[component]
fn LockIcon(closed: bool) -> impl IntoView {
    // The shackle: closed it meets the body on both sides; open it is lifted on the right.
    let shackle = if closed { "M8 11V7a4 4 0 0 1 8 0v4" } else { "M8 11V7a4 4 0 0 1 7.75-1.4" };
    view! {
        <svg
            class="lock-icon"
            viewBox="0 0 24 24"
            aria-hidden="true"
            focusable="false"
            fill="none"
            stroke="currentColor"
            stroke-width="2.4"
            stroke-linecap="round"
        >
            <path d=shackle />
            <rect x="5" y="11" width="14" height="10" rx="2" fill="currentColor" />
        </svg>
    }
}
