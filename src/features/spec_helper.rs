//! The functional-specification helper: the user's own text analysed as they type, and the
//! guide's examples of technical and functional phrasing side by side.

use crate::components::assessment::{assessment_view, SentenceActions};
use crate::domain::dossier::Requirement;
use crate::domain::spec::{assess, Replacement, Verdict};
use crate::domain::steps::Step;
use crate::i18n::spec::{CaseRequirements, SideBySide};
use crate::i18n::{self, spec_helper, Lang};
use crate::platform::new_id;
use crate::routes::Page;
use crate::state::dossiers::use_dossiers;
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;

fn side_row(s: &SideBySide, lang: Lang) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{s.topic.get(lang)}</th>
            <td>
                {s.technical.get(lang)}
                {s
                    .technical_cost
                    .map(|c| {
                        view! {
                            <p class="cost">
                                <strong>{spec_helper::COST.get(lang)}": "</strong>
                                {c.get(lang)}
                            </p>
                        }
                    })}
            </td>
            <td>
                {s.functional.get(lang)}
                {s
                    .functional_cost
                    .map(|c| {
                        view! {
                            <p class="cost">
                                <strong>{spec_helper::COST.get(lang)}": "</strong>
                                {c.get(lang)}
                            </p>
                        }
                    })}
            </td>
            <td>{s.why.get(lang)}</td>
        </tr>
    }
}

fn case_block(c: &CaseRequirements, lang: Lang) -> impl IntoView {
    view! {
        <article class="case-reqs">
            <h3>{c.municipality}</h3>
            <p>{c.context.get(lang)}</p>
            <div class="two-col">
                <div>
                    <h4>{spec_helper::FUNCTIONAL_REQS.get(lang)}</h4>
                    <ul>{c.functional.iter().map(|t| view! { <li>{t.get(lang)}</li> }).collect_view()}</ul>
                </div>
                <div>
                    <h4>{spec_helper::TECHNICAL_REQS.get(lang)}</h4>
                    <ul>{c.technical.iter().map(|t| view! { <li>{t.get(lang)}</li> }).collect_view()}</ul>
                </div>
            </div>
            <p class="note">{c.note.get(lang)}</p>
        </article>
    }
}

crate::components::lazy::lazy_screen!(spec_helper_chunk, load_page, preload_page, || view! { <SpecHelperPage /> });

/// The open dossier's id and name, when one is open and may be changed.
fn ds_open(ds: crate::state::dossiers::Dossiers) -> Option<(String, String)> {
    if ds.read_only.get() {
        return None;
    }
    ds.current.with(|d| {
        d.as_ref().map(|d| {
            let name = d.display_name().unwrap_or(crate::components::dossier_bar::NO_NAME).to_string();
            (d.id.clone(), name)
        })
    })
}

#[component]
fn SpecHelperPage() -> impl IntoView {
    let lang = use_lang();
    let dossiers = use_dossiers();
    let text = RwSignal::new(dossiers.spec_draft());
    // Saving the draft leaves the reactive system, so it is an effect (through the store:
    // one writer per key).
    Effect::new(move |_| text.with(|t| dossiers.set_spec_draft(t)));
    let assessment = Memo::new(move |_| text.with(|t| (!t.trim().is_empty()).then(|| assess(t))));
    // "Neem deze versie over": the sentence in the text becomes its functional version.
    let use_version = Callback::new(move |r: Replacement| {
        text.update(|t| {
            r.apply(t);
        })
    });
    // The open dossier (if any, and not read-only) can take a sentence into its requirements:
    // a functional one into the functional list, any other into the technical list.
    let target = Memo::new(move |_| ds_open(dossiers));
    let sent = RwSignal::new(None::<(bool, String, String)>);
    let send = Callback::new(move |(sentence, verdict): (String, Verdict)| {
        let Some((id, name)) = target.get_untracked() else { return };
        let functional = verdict == Verdict::Functional;
        let text = sentence.trim().to_string();
        dossiers.update(|d| {
            let list = if functional { &mut d.specification.functional } else { &mut d.specification.technical };
            list.push(Requirement { id: new_id("i"), text });
        });
        sent.set(Some((functional, name, Page::Step(Step::Bestek).href(&id))));
    });
    let send_label = Signal::derive(move || {
        target.get().map(|(_, name)| spec_helper::send_label(&name, lang.get())).unwrap_or_default()
    });
    let actions = move || SentenceActions {
        use_version: Some(use_version),
        send: target.with(Option::is_some).then_some((send, send_label)),
    };
    view! {
        <div class="page spec-helper">
            <h1 tabindex="-1" class="page-focus">
                {lang.text(spec_helper::TITLE)}
            </h1>
            <p class="lead">{lang.text(spec_helper::INTRO)}</p>
            <div class="spec-grid">
                <div class="field">
                    <label for="spec-input">{lang.text(spec_helper::INPUT_LABEL)}</label>
                    <p class="help" id="spec-input-help">
                        {lang.text(spec_helper::INPUT_HELP)}
                    </p>
                    <textarea
                        id="spec-input"
                        rows="10"
                        aria-describedby="spec-input-help"
                        prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))
                    ></textarea>
                    <div class="button-row">
                        <button
                            type="button"
                            class="secondary"
                            on:click=move |_| text.set(spec_helper::EXAMPLE.get(lang.get_untracked()).to_string())
                        >
                            {lang.text(spec_helper::TRY_EXAMPLE)}
                        </button>
                    </div>
                </div>
                <section class="spec-result" aria-labelledby="spec-result-title" aria-live="polite">
                    <h2 id="spec-result-title">{lang.text(spec_helper::RESULT)}</h2>
                    {move || {
                        sent.get()
                            .map(|(functional, name, href)| {
                                let l = lang.get();
                                view! {
                                    <p class="notice" role="status">
                                        {spec_helper::sent_message(functional, &name, l)}
                                        " "
                                        <A href=href>{spec_helper::TO_STEP_3.get(l)}</A>
                                    </p>
                                }
                            })
                    }}
                    {move || match assessment.get() {
                        Some(a) => text.with(|t| assessment_view(t, &a, lang.get(), actions())).into_any(),
                        None => view! { <p class="note">{spec_helper::EMPTY.get(lang.get())}</p> }.into_any(),
                    }}
                </section>
            </div>
            <section aria-labelledby="side-title">
                <h2 id="side-title">{lang.text(spec_helper::SIDE_TITLE)}</h2>
                <p>{lang.text(spec_helper::SIDE_INTRO)}</p>
                <div class="table-scroll">
                    {move || {
                        let l = lang.get();
                        view! {
                            <table class="side-by-side">
                                <thead>
                                    <tr>
                                        <th scope="col">{spec_helper::COL_TOPIC.get(l)}</th>
                                        <th scope="col">{spec_helper::COL_TECH.get(l)}</th>
                                        <th scope="col">{spec_helper::COL_FUNC.get(l)}</th>
                                        <th scope="col">{spec_helper::COL_WHY.get(l)}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {i18n::spec::GUIDE_TABLE.iter().map(|s| side_row(s, l)).collect_view()}
                                    {side_row(&i18n::spec::COFFEE, l)}
                                </tbody>
                            </table>
                        }
                    }}
                </div>
            </section>
            <section aria-labelledby="cases-title">
                <h2 id="cases-title">{lang.text(spec_helper::CASES_TITLE)}</h2>
                {move || {
                    view! {
                        {case_block(&i18n::spec::APELDOORN, lang.get())}
                        {case_block(&i18n::spec::EMMEN, lang.get())}
                    }
                }}
            </section>
        </div>
    }
}
