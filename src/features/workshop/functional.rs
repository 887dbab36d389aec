//! Exercise 1, functional or technical: the guide's coffee example as two requirements, the
//! room's own sentence analysed live (`domain::spec::assess`, shown as in the specification
//! helper), and in the reveal the guide's table.

use super::exercise_frame;
use crate::components::assessment::{assessment_view, SentenceActions};
use crate::domain::spec::assess;
use crate::domain::workshop::Exercise;
use crate::i18n::{self, spec_helper, workshop};
use crate::state::{use_lang, use_projector};
use leptos::prelude::*;

pub(super) fn exercise() -> impl IntoView {
    let lang = use_lang();
    let locked = use_projector().locked;
    let text = RwSignal::new(String::new());
    let revealed = RwSignal::new(false);
    let assessment = Memo::new(move |_| text.with(|t| (!t.trim().is_empty()).then(|| assess(t))));
    let coffee = i18n::spec::COFFEE;
    let material = view! {
        <div class="coffee">
            <blockquote>
                <p class="label">{lang.text(workshop::COFFEE_A)}</p>
                <p>{lang.text(coffee.technical)}</p>
            </blockquote>
            <blockquote>
                <p class="label">{lang.text(workshop::COFFEE_B)}</p>
                <p>{lang.text(coffee.functional)}</p>
            </blockquote>
        </div>
        <div class="field">
            <label for="ws-own">{lang.text(workshop::OWN_SENTENCE)}</label>
            <p class="help" id="ws-own-help">
                {lang.text(workshop::OWN_HELP)}
            </p>
            <textarea
                id="ws-own"
                rows="3"
                aria-describedby="ws-own-help"
                readonly=move || locked.get()
                prop:value=move || text.get()
                on:input=move |ev| {
                    if !locked.get_untracked() {
                        text.set(event_target_value(&ev));
                    }
                }
            ></textarea>
        </div>
        <div class="spec-result" aria-live="polite" id="ws-own-verdict">
            {move || match assessment.get() {
                Some(a) => text.with(|t| assessment_view(t, &a, lang.get(), SentenceActions::default())).into_any(),
                None => view! { <p class="note">{workshop::OWN_EMPTY.get(lang.get())}</p> }.into_any(),
            }}
        </div>
    }
    .into_any();
    let table = view! {
        <h3>{lang.text(workshop::GUIDE_TABLE)}</h3>
        <div class="table-scroll">
            <table class="side-by-side">
                <thead>
                    <tr>
                        <th scope="col">{lang.text(spec_helper::COL_TOPIC)}</th>
                        <th scope="col">{lang.text(spec_helper::COL_TECH)}</th>
                        <th scope="col">{lang.text(spec_helper::COL_FUNC)}</th>
                    </tr>
                </thead>
                <tbody>
                    {i18n::spec::GUIDE_TABLE
                        .iter()
                        .chain(std::iter::once(&i18n::spec::COFFEE))
                        .map(|s| {
                            view! {
                                <tr>
                                    <th scope="row">{lang.text(s.topic)}</th>
                                    <td>{lang.text(s.technical)}</td>
                                    <td>{lang.text(s.functional)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any();
    exercise_frame(Exercise::Functional, material, Some(table), revealed, move || text.set(String::new()))
}
