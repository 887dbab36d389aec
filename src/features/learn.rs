//! "Learn the nine steps": the steps and their Telgen phases, readable without a dossier; on the
//! index also what the guide teaches beyond the steps (its caveat about the cases, the
//! construction example, what counts as innovation, the lessons from practice) and where its
//! 2002 legal frame differs from today. Every paragraph shows its sources.

use crate::components::guidance::Guidance;
use crate::components::source::Sources;
use crate::components::step_nav::StepNav;
use crate::domain::assessment::Lever;
use crate::domain::steps::{Step, TelgenPhase};
use crate::i18n::{self, phase_name, Labeled};
use crate::routes::{self, param};
use crate::state::{use_lang, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// The step list's link to a step (it takes a base, which pages outside a dossier do not need).
fn learn_href(step: Step, _base: &str) -> String {
    routes::learn_href(step)
}

crate::components::lazy::lazy_screen!(learn_index_chunk, load_index, preload_index, || view! { <LearnIndex /> });

/// Paragraphs of advice, each followed by its sources.
fn advice_list(list: &'static [i18n::guidance::Advice]) -> impl IntoView {
    let lang = use_lang();
    list.iter()
        .map(|a| {
            view! {
                <p>{lang.text(a.text)}</p>
                <Sources refs=a.sources />
            }
        })
        .collect_view()
}

#[component]
fn LearnIndex() -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="page with-steps">
            <StepNav href=learn_href />
            <div class="step-main">
                <h1 tabindex="-1" class="page-focus">
                    {lang.ui(|t| t.steps_title)}
                </h1>
                {advice_list(&i18n::guidance::NINE_STEPS_INTRO)}
                <aside class="note caveat">{advice_list(&i18n::lessons::EVIDENCE_CAVEAT)}</aside>
                <h2>{lang.text(i18n::guidance::LEVERS_TITLE)}</h2>
                <p>{lang.text(i18n::guidance::LEVERS_INTRO)}</p>
                <Sources refs=i18n::guidance::LEVERS_SOURCES />
                <dl class="levers-list">
                    {Lever::ALL
                        .into_iter()
                        .map(|l| {
                            view! {
                                <dt id=routes::lever_anchor(l)>{move || l.label().get(lang.get())}</dt>
                                <dd>
                                    {move || l.explanation().get(lang.get())}
                                    <Sources refs=i18n::guidance::lever_sources(l) />
                                </dd>
                            }
                        })
                        .collect_view()}
                </dl>
                <h2>{lang.text(i18n::lessons::CONSTRUCTION_TITLE)}</h2>
                {advice_list(&i18n::lessons::CONSTRUCTION)}
                <h2>{lang.text(i18n::lessons::INNOVATION_TITLE)}</h2>
                {advice_list(&i18n::lessons::INNOVATION)}
                <h2>{lang.ui(|t| t.telgen_title)}</h2>
                <ol class="phases">
                    {TelgenPhase::ALL
                        .into_iter()
                        .map(|p| {
                            view! {
                                <li class:tendering=p.is_tendering()>
                                    <strong>{move || phase_name(p, lang.get())}</strong>
                                    ": "
                                    {move || p.explanation().get(lang.get())}
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
                <p class="note">{lang.text(i18n::guidance::TENDERING_NOTE)}</p>
                <Sources refs=i18n::guidance::TELGEN_SOURCES />
                <h2>{lang.text(i18n::lessons::LESSONS_TITLE)}</h2>
                <ul class="lessons">
                    {i18n::lessons::LESSONS
                        .iter()
                        .map(|l| {
                            let step = l.step;
                            view! {
                                <li>
                                    <p>
                                        {lang.text(l.advice.text)}" "
                                        <A href=learn_href(
                                            step,
                                            "",
                                        )>
                                            {lang.ui(|t| t.step_word)}" "{step.number()}": "
                                            {move || i18n::step_name(step, lang.get())}
                                        </A>
                                    </p>
                                    <Sources refs=l.advice.sources />
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <h2>{lang.text(i18n::guidance::LEGAL_FRAME_TITLE)}</h2>
                {advice_list(&i18n::guidance::LEGAL_FRAME)}
            </div>
        </div>
    }
}

crate::components::lazy::lazy_screen!(learn_step_chunk, load_step, preload_step, || view! { <LearnStep /> });

/// Where a step can be practised: a demo case for every step, the specification helper for
/// step 3, the workshop for step 5, and for step 9 the self-assessment's questions per lever.
fn practise(step: Step) -> impl IntoView {
    use i18n::lessons::{SELF_ASSESSMENT_HERE, TO_DEMOS, TO_SPEC_HELPER, TO_WORKSHOP};
    let lang = use_lang();
    let questions = (step == Step::Evaluatie).then(|| {
        view! {
            <p>{lang.text(SELF_ASSESSMENT_HERE)}</p>
            <dl class="levers-list">
                {Lever::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <dt>{move || l.label().get(lang.get())}</dt>
                            <dd>
                                <ul>
                                    {crate::domain::assessment::questions_for(l)
                                        .map(|q| view! { <li>{lang.text(i18n::labels::question_text(q))}</li> })
                                        .collect_view()}
                                </ul>
                            </dd>
                        }
                    })
                    .collect_view()}
            </dl>
        }
    });
    view! {
        <section class="practise" aria-labelledby="practise-title">
            <h2 id="practise-title">{lang.text(i18n::lessons::PRACTISE_TITLE)}</h2>
            <ul>
                <li>
                    <a href=routes::DEMOS>{lang.text(TO_DEMOS)}</a>
                </li>
                {(step == Step::Bestek)
                    .then(|| {
                        view! {
                            <li>
                                <A href=routes::SPEC_HELPER>{lang.text(TO_SPEC_HELPER)}</A>
                            </li>
                        }
                    })}
                {(step == Step::Offerteprocedure)
                    .then(|| {
                        view! {
                            <li>
                                <a href=routes::DEMOS>{lang.text(TO_WORKSHOP)}</a>
                            </li>
                        }
                    })}
            </ul>
            {questions}
        </section>
    }
}

#[component]
fn LearnStep() -> impl IntoView {
    let t = use_ui();
    let lang = use_lang();
    let params = use_params_map();
    let step = Memo::new(move |_| params.read().get(param::STEP).and_then(|s| Step::from_slug(&s)));
    view! {
        <Show when=move || step.get().is_some() fallback=|| view! { <super::not_found::NotFound /> }>
            <div class="page with-steps">
                <StepNav href=learn_href />
                {move || {
                    step.get()
                        .map(|s| {
                            view! {
                                <article class="step-main">
                                    <p class="eyebrow">
                                        {lang.ui(|t| t.step_word)}" "{s.number()}" · "{lang.ui(|t| t.phase_word)}": "
                                        {move || {
                                            s.phases()
                                                .iter()
                                                .map(|p| phase_name(*p, lang.get()))
                                                .collect::<Vec<_>>()
                                                .join(" / ")
                                        }}
                                    </p>
                                    <h1 tabindex="-1" class="page-focus">
                                        {move || i18n::guidance::step_guidance(s).name.get(lang.get())}
                                    </h1>
                                    <p class="lead">
                                        {move || i18n::guidance::step_guidance(s).purpose.get(lang.get())}
                                    </p>
                                    <Guidance step=s />
                                    {practise(s)}
                                    <nav class="prev-next" aria-label=move || t().steps_nav_label>
                                        {s
                                            .previous()
                                            .map(|p| {
                                                view! {
                                                    <A
                                                        href=learn_href(p, "")
                                                        attr:class="button secondary"
                                                        attr:rel="prev"
                                                    >
                                                        "← "
                                                        {lang.ui(|t| t.previous)}
                                                    </A>
                                                }
                                            })}
                                        {s
                                            .next()
                                            .map(|n| {
                                                view! {
                                                    <A href=learn_href(n, "") attr:class="button" attr:rel="next">
                                                        {lang.ui(|t| t.next)}
                                                        " →"
                                                    </A>
                                                }
                                            })}
                                    </nav>
                                </article>
                            }
                        })
                }}
            </div>
        </Show>
    }
}
