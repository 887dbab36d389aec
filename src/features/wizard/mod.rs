//! The nine-step wizard: one URL per step (`/dossier/{id}/stap/{slug}`, `crate::routes`), the step list with
//! each step's status, the guidance ("why"), the step's fields and its open points.
//!
//! Where each step's form lives (`steps::step_form` picks it):
//!
//! | Step | File |
//! |---|---|
//! | 1 Verkenning | `steps/step1_exploration.rs` |
//! | 2 Doelgroep | `steps/step2_target_group.rs` |
//! | 3 Bestek | `steps/step3_specification.rs`, with `spec_inline.rs` (spec helper), `criteria.rs` (award) |
//! | 4 Uitvoeringsproces | `steps/step4_execution.rs` |
//! | 5 Offerteprocedure | `procedure.rs` (the bid comparison is `features::bids`) |
//! | 6 Start uitvoering | `steps/step6_start.rs` |
//! | 7 Monitoring | `monitoring.rs` (`step7`), with `settlement.rs` (bonus/malus) |
//! | 8 Verantwoording | `monitoring.rs` (`step8`), with `settlement.rs` (the account per municipality) |
//! | 9 Evaluatie | `evaluation.rs` |
//!
//! Shared by the forms: `bind.rs` (fields bound to the dossier), `lists.rs` (editable lists),
//! `steps/mod.rs` (choice options, the participants list); `overview.rs` is the dossier overview.

pub mod advice;
pub mod bind;
pub mod criteria;
pub mod evaluation;
pub mod governance;
pub mod lists;
pub mod monitoring;
pub mod overview;
pub mod procedure;
pub mod risk_sharing;
pub mod settlement;
pub mod spec_inline;
pub mod steps;
pub mod submission;

use crate::components::dossier_bar::{DossierBar, DossierPage};
use crate::components::guidance::Guidance;
use crate::components::step_nav::StepNav;
use crate::domain::completeness::{open_points, step_status, StepStatus};
use crate::domain::steps::Step;
use crate::features::route_dossier::{use_route_dossier, DossierNotFound, RouteDossier, StepNotFound};
use crate::i18n::guidance::step_guidance;
use crate::i18n::wizard_ui::wt;
use crate::i18n::{step_eyebrow, wizard_messages};
use crate::routes::{param, step_href};
use crate::state::dossiers::use_dossiers;
use crate::state::{use_lang, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

crate::components::lazy::lazy_screen!(wizard_chunk, load_page, preload_page, || view! { <WizardPage /> });

/// The wizard page of one step of one dossier.
#[component]
fn WizardPage() -> impl IntoView {
    let params = use_params_map();
    let step = Memo::new(move |_| params.read().get(param::STEP).and_then(|s| Step::from_slug(&s)));
    let RouteDossier { id, tried, found } = use_route_dossier();
    view! {
        <Show
            when=move || found.get() && step.get().is_some()
            fallback=move || {
                tried
                    .get()
                    .then(|| {
                        if found.get() {
                            let slug = params.read().get(param::STEP).unwrap_or_default();
                            // The dossier exists; the step in the URL does not.
                            view! { <StepNotFound id=id.get() step=slug /> }
                                .into_any()
                        } else {
                            view! { <DossierNotFound /> }.into_any()
                        }
                    })
            }
        >
            {move || step.get().map(|s| view! { <StepPage step=s dossier_id=id.get() /> })}
        </Show>
    }
}

#[component]
fn StepPage(step: Step, dossier_id: String) -> impl IntoView {
    let ds = use_dossiers();
    let lang = use_lang();
    let t = use_ui();
    let g = step_guidance(step);
    let status_cb = Callback::new(move |s: Step| {
        let st = ds.current.with(|d| d.as_ref().map(|d| step_status(d, s)))?;
        let w = wt(lang.get());
        Some(match st {
            StepStatus::Complete => (w.status_complete.to_string(), "complete"),
            StepStatus::Incomplete { .. } => (wizard_messages::step_status(st, lang.get()), "incomplete"),
            StepStatus::NotStarted => (w.status_not_started.to_string(), "not-started"),
        })
    });
    let points = Memo::new(move |_| {
        ds.current.with(|d| {
            d.as_ref()
                .map(|d| open_points(d).into_iter().filter(|p| p.field.step() == step).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let did = dossier_id.clone();
    view! {
        <div class="page with-steps wizard">
            <StepNav href=step_href base=dossier_id.clone() status=status_cb />
            <article class="step-main" aria-labelledby="step-title">
                <DossierBar id=Signal::stored(did) current=DossierPage::Step />
                <p class="eyebrow">{move || step_eyebrow(step, lang.get())}</p>
                <h1 id="step-title" tabindex="-1" class="page-focus">
                    {lang.text(g.name)}
                </h1>
                <p class="lead">{lang.text(g.purpose)}</p>
                <Guidance step=step />
                <div class="step-form">{steps::step_form(ds, step)}</div>
                <section class="open-points" aria-labelledby="open-points-title">
                    <h2 id="open-points-title">{lang.pick(wt, |t| t.open_points_title)}</h2>
                    <Show
                        when=move || !points.get().is_empty()
                        fallback=move || view! { <p class="ok-text">{lang.pick(wt, |t| t.no_open_points)}</p> }
                    >
                        <ul>
                            {move || {
                                points
                                    .get()
                                    .into_iter()
                                    .map(|p| {
                                        view! {
                                            <li>
                                                <a href=format!(
                                                    "#{}",
                                                    p.field.anchor(),
                                                )>
                                                    {ds
                                                        .current
                                                        .with(|d| {
                                                            d.as_ref()
                                                                .map(|d| wizard_messages::open_point(
                                                                    &p,
                                                                    &d.exploration.participants,
                                                                    lang.get(),
                                                                ))
                                                        })}
                                                </a>
                                            </li>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </ul>
                    </Show>
                </section>
                <nav class="prev-next" aria-label=move || t().steps_nav_label>
                    {step
                        .previous()
                        .map(|p| {
                            view! {
                                <A href=step_href(p, &dossier_id) attr:class="button secondary" attr:rel="prev">
                                    "← "
                                    {lang.ui(|t| t.previous)}
                                </A>
                            }
                        })}
                    {step
                        .next()
                        .map(|n| {
                            view! {
                                <A href=step_href(n, &dossier_id) attr:class="button" attr:rel="next">
                                    {lang.ui(|t| t.next)}
                                    " →"
                                </A>
                            }
                        })}
                </nav>
            </article>
        </div>
    }
}
