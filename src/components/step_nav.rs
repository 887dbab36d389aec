//! The always-visible list of the nine steps, each a link; the active one carries
//! `aria-current="page"` (set by the router's `<A>`).

use crate::domain::steps::Step;
use crate::i18n::{phase_name, step_name};
use crate::state::{use_lang, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;

/// Navigation through the nine steps.
#[component]
pub fn StepNav(
    /// The URL of a step, e.g. `/stappen/3-bestek`.
    href: fn(Step, &str) -> String,
    /// Extra path data for `href` (a dossier id), may be empty.
    #[prop(into, default = String::new())]
    base: String,
    /// A short status text per step (e.g. "compleet"), shown after the name.
    #[prop(optional)]
    status: Option<Callback<Step, Option<(String, &'static str)>>>,
) -> impl IntoView {
    let lang = use_lang();
    let t = use_ui();
    let items = Step::ALL
        .into_iter()
        .map(|step| {
            let url = href(step, &base);
            view! {
                <li>
                    <A href=url>
                        <span class="step-num" aria-hidden="true">
                            {step.number()}
                        </span>
                        <span class="step-text">
                            <span class="step-name">
                                <span class="visually-hidden">{lang.ui(|t| t.step_word)}" "{step.number()}": "</span>
                                {move || step_name(step, lang.get())}
                            </span>
                            <span class="step-phase">
                                {move || {
                                    step.phases()
                                        .iter()
                                        .map(|p| phase_name(*p, lang.get()))
                                        .collect::<Vec<_>>()
                                        .join(" / ")
                                }}
                            </span>
                            {move || {
                                status
                                    .and_then(|cb| cb.run(step))
                                    .map(|(text, class)| {
                                        view! { <span class=format!("step-status {class}")>{text}</span> }
                                    })
                            }}
                        </span>
                    </A>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="step-nav" aria-label=move || t().steps_nav_label>
            <ol>{items}</ol>
        </nav>
    }
}
