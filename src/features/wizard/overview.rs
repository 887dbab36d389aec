//! The dossier overview: every step's status and every open point, each linking to its
//! field; and, for a demo copy, putting it back to the original.

use crate::components::dossier_bar::{DossierBar, DossierPage, NO_NAME};
use crate::domain::completeness::{open_points, step_status, StepStatus};
use crate::domain::steps::Step;
use crate::features::route_dossier::{use_route_dossier, DossierNotFound, RouteDossier};
use crate::i18n::guidance::step_guidance;
use crate::i18n::overview;
use crate::i18n::wizard_messages;
use crate::routes::Page;
use crate::state::dossiers::use_dossiers;
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;

crate::components::lazy::lazy_screen!(overview_chunk, load_page, preload_page, || view! { <OverviewPage /> });

#[component]
fn OverviewPage() -> impl IntoView {
    let lang = use_lang();
    let ds = use_dossiers();
    let RouteDossier { tried, found, .. } = use_route_dossier();
    let reset_msg = RwSignal::new(false);
    view! {
        <div class="page narrow">
            <Show when=move || found.get() fallback=move || tried.get().then(|| view! { <DossierNotFound /> })>
                {move || {
                    ds.current
                        .with(|d| {
                            d.as_ref()
                                .map(|d| {
                                    let l = lang.get();
                                    let statuses: Vec<(Step, StepStatus)> = Step::ALL
                                        .iter()
                                        .map(|s| (*s, step_status(d, *s)))
                                        .collect();
                                    let complete = statuses.iter().filter(|(_, s)| *s == StepStatus::Complete).count();
                                    let points = open_points(d);
                                    let participants = d.exploration.participants.clone();
                                    let did = d.id.clone();
                                    let is_demo = d.demo_of.is_some();
                                    view! {
                                        <DossierBar id=Signal::stored(did.clone()) current=DossierPage::Overview />
                                        <p class="eyebrow">{overview::TITLE.get(l)}</p>
                                        <h1 tabindex="-1" class="page-focus">
                                            {d.display_name().unwrap_or(NO_NAME).to_string()}
                                        </h1>
                                        <p class="lead">{overview::steps_complete(complete, l)}</p>
                                        <ol class="overview-steps">
                                            {statuses
                                                .into_iter()
                                                .map(|(s, st)| {
                                                    let href = Page::Step(s).href(&did);
                                                    let mine: Vec<(String, String)> = points
                                                        .iter()
                                                        .filter(|p| p.field.step() == s)
                                                        .map(|p| (
                                                            Page::Step(s).href_at(&did, p.field.anchor()),
                                                            wizard_messages::open_point(p, &participants, l),
                                                        ))
                                                        .collect();
                                                    view! {
                                                        <li>
                                                            <h2>
                                                                <A href=href
                                                                    .clone()>{s.number()}". "{step_guidance(s).name.get(l)}</A>
                                                                " "
                                                                <span class=format!(
                                                                    "step-status {}",
                                                                    match st {
                                                                        StepStatus::Complete => "complete",
                                                                        StepStatus::Incomplete { .. } => "incomplete",
                                                                        StepStatus::NotStarted => "not-started",
                                                                    },
                                                                )>{wizard_messages::step_status(st, l)}</span>
                                                            </h2>
                                                            {(!mine.is_empty())
                                                                .then(|| {
                                                                    view! {
                                                                        <ul>
                                                                            {mine
                                                                                .into_iter()
                                                                                .map(|(link, text)| {
                                                                                    view! {
                                                                                        <li>
                                                                                            <A href=link>{text}</A>
                                                                                        </li>
                                                                                    }
                                                                                })
                                                                                .collect_view()}
                                                                        </ul>
                                                                    }
                                                                })}
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ol>
                                        {is_demo
                                            .then(|| {
                                                view! {
                                                    <div class="button-row">
                                                        <button
                                                            type="button"
                                                            class="secondary"
                                                            on:click=move |_| {
                                                                let ok = web_sys::window()
                                                                    .and_then(|w| {
                                                                        w.confirm_with_message(
                                                                                overview::RESET_CONFIRM.get(lang.get_untracked()),
                                                                            )
                                                                            .ok()
                                                                    })
                                                                    .unwrap_or(false);
                                                                if ok {
                                                                    crate::features::demos::reset_demo(ds);
                                                                    reset_msg.set(true);
                                                                }
                                                            }
                                                        >
                                                            {overview::RESET.get(l)}
                                                        </button>
                                                        <span role="status">
                                                            {move || {
                                                                reset_msg
                                                                    .get()
                                                                    .then(|| overview::RESET_DONE.get(lang.get()))
                                                            }}
                                                        </span>
                                                    </div>
                                                }
                                            })}
                                    }
                                })
                        })
                }}
            </Show>
        </div>
    }
}
