//! "Why this step?": the guide's advice on a step, its levers and a case; shared by the
//! wizard's step pages and the pages that teach the nine steps (`features/learn.rs`).

use crate::components::source::Sources;
use crate::domain::steps::Step;
use crate::i18n::guidance::step_guidance;
use crate::i18n::wizard_ui::wt;
use crate::i18n::Labeled;
use crate::state::{use_guidance_open, use_lang};
use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::JsCast;

/// "Why this step?": the advice paragraph by paragraph, each with where it comes from (the
/// guide, the Holland Rijnland plan or Inkoopwijzer's own addition), the levers and a case
/// with its source. Collapsible: closed at first, so that the step's first fields show on the
/// first screen (issue 17), and once opened it stays open on the other steps too (for this
/// session).
#[component]
pub fn Guidance(step: Step) -> impl IntoView {
    let lang = use_lang();
    let g = step_guidance(step);
    let open = use_guidance_open();
    view! {
        <details
            class="why"
            prop:open=move || open.get()
            on:toggle=move |ev| {
                if let Some(d) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()) {
                    if d.open() != open.get_untracked() {
                        open.set(d.open());
                    }
                }
            }
        >
            <summary>{lang.pick(wt, |t| t.why_title)}</summary>
            <div class="why-body">
                {g
                    .why
                    .iter()
                    .map(|a| {
                        view! {
                            <p>{lang.text(a.text)}</p>
                            <Sources refs=a.sources />
                        }
                    })
                    .collect_view()} <p class="levers">
                    <span class="levers-title">{lang.pick(wt, |t| t.levers)}":"</span>
                    {g
                        .levers
                        .iter()
                        .map(|l| {
                            let l = *l;
                            view! {
                                <A href=crate::routes::lever_href(l) attr:class="chip">
                                    {move || Labeled::label(l).get(lang.get())}
                                </A>
                            }
                        })
                        .collect_view()}
                </p>
                {g
                    .examples
                    .iter()
                    .map(|ex| {
                        view! {
                            <aside class="case">
                                <h3>{lang.pick(wt, |t| t.example)}": "{lang.text(ex.title)}</h3>
                                <p>{lang.text(ex.text)}</p>
                                <Sources refs=ex.sources />
                            </aside>
                        }
                    })
                    .collect_view()}
            </div>
        </details>
    }
}
