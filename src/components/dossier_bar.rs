//! The bar above every page of an open dossier: its name and the same four ways around it
//! (the steps, the overview, the bid comparison, the documents), the current one marked
//! with `aria-current="page"`, so that each page can be reached from every other. A demo copy
//! gets its reset here, on every page of it (with a confirmation on the page); with the
//! presenting lock on, the bar says that the dossier cannot be changed.

use crate::domain::steps::Step;
use crate::i18n::demos;
use crate::i18n::wizard_ui::wt;
use crate::routes::Page;
use crate::state::dossiers::use_dossiers;
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;

/// The name shown for a dossier that has neither a name nor a title (the same in both
/// languages).
pub const NO_NAME: &str = "—";

/// Which dossier page shows the bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DossierPage {
    Step,
    Overview,
    Bids,
    Documents,
}

#[component]
pub fn DossierBar(
    /// The dossier id (of the URL).
    #[prop(into)]
    id: Signal<String>,
    /// The page showing the bar.
    current: DossierPage,
    /// The step the "Stappen" link opens (default: step 1; the bid page: step 5).
    #[prop(optional)]
    step: Option<Step>,
) -> impl IntoView {
    let step = step.unwrap_or(Step::Verkenning);
    let lang = use_lang();
    let ds = use_dossiers();
    let name = ds.select(|d| d.display_name().unwrap_or(NO_NAME).to_string());
    let href = move |page: DossierPage, id: &str| {
        match page {
            DossierPage::Step => Page::Step(step),
            DossierPage::Overview => Page::Overview,
            DossierPage::Bids => Page::Bids,
            DossierPage::Documents => Page::Documents,
        }
        .href(id)
    };
    type Label = fn(&crate::i18n::wizard_ui::WizardText) -> &'static str;
    let links: [(DossierPage, Label); 4] = [
        (DossierPage::Step, |w| w.steps),
        (DossierPage::Overview, |w| w.overview),
        (DossierPage::Bids, |w| w.bids),
        (DossierPage::Documents, |w| w.documents),
    ];
    let is_demo = ds.select(|d| d.demo_of.is_some());
    let locked = ds.presenting;
    let asking = RwSignal::new(false);
    let done = RwSignal::new(false);
    let reset = move |_| {
        let now = ds.clock.get_untracked();
        ds.update(|d| {
            crate::domain::demo::reset(d, &now);
        });
        asking.set(false);
        done.set(true);
    };
    view! {
        <nav class="dossier-bar no-print" aria-label=move || wt(lang.get()).dossier_nav>
            <span class="dossier-name">{move || name.get()}</span>
            {links
                .into_iter()
                .map(|(page, label)| {
                    (!(current == DossierPage::Step && page == DossierPage::Step))
                        .then(|| {
                            // On a step page the step list is the way to the other steps.
                            view! {
                                <A
                                    href=move || href(page, &id.get())
                                    attr:aria-current=(page == current).then_some("page")
                                >
                                    {move || label(wt(lang.get()))}
                                </A>
                            }
                        })
                })
                .collect_view()}
            <Show when=move || is_demo.get()>
                <button
                    type="button"
                    class="secondary demo-reset"
                    id="demo-reset"
                    disabled=move || locked.get()
                    on:click=move |_| {
                        done.set(false);
                        asking.set(true);
                    }
                >
                    {lang.text(demos::RESET)}
                </button>
            </Show>
        </nav>
        <Show when=move || asking.get() && is_demo.get() && !locked.get()>
            <div class="reset-confirm no-print" role="alertdialog" aria-label=move || demos::RESET.get(lang.get())>
                <p>{lang.text(demos::RESET_CONFIRM)}</p>
                <button type="button" class="danger" id="demo-reset-yes" on:click=reset>
                    {lang.text(demos::RESET_YES)}
                </button>
                " "
                <button type="button" class="secondary" on:click=move |_| asking.set(false)>
                    {lang.text(demos::RESET_NO)}
                </button>
            </div>
        </Show>
        <p class="note no-print" role="status" id="demo-reset-done">
            {move || done.get().then(|| demos::RESET_DONE.get(lang.get()))}
        </p>
        <Show when=move || locked.get()>
            <p class="banner locked-banner no-print" role="status" id="dossier-locked">
                {lang.text(demos::DOSSIER_LOCKED)}
            </p>
        </Show>
    }
}
