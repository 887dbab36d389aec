//! Pages under `/dossier/{id}/…` open the dossier named in the URL. Loading writes signals,
//! so it runs in an effect, not in a memo; until it has run, neither the page nor the
//! "not found" message is shown (no flash of an error on a slow start).

use crate::i18n::{self, wizard_ui::wt};
use crate::persistence::store::OpenError;
use crate::routes::{self, param, Page};
use crate::state::dossiers::use_dossiers;
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// The dossier of the route.
#[derive(Clone, Copy)]
pub struct RouteDossier {
    /// The id in the URL.
    pub id: Memo<String>,
    /// Whether opening has been tried (the effect has run).
    pub tried: RwSignal<bool>,
    /// Whether the open dossier is the one in the URL.
    pub found: Memo<bool>,
}

/// Opens the dossier whose id is the route's `:id` parameter.
pub fn use_route_dossier() -> RouteDossier {
    let params = use_params_map();
    let ds = use_dossiers();
    let id = Memo::new(move |_| params.read().get(param::ID).unwrap_or_default());
    let tried = RwSignal::new(false);
    Effect::new(move |_| {
        ds.open(&id.get());
        tried.set(true);
    });
    let found = Memo::new(move |_| {
        let id = id.get();
        ds.current.with(|d| d.as_ref().is_some_and(|d| d.id == id))
    });
    RouteDossier { id, tried, found }
}

/// The message when the URL names a dossier that exists, with a step it does not have
/// (`/dossier/d1/stap/99`): the dossier is named, and a link leads to its first step.
#[component]
pub fn StepNotFound(
    /// The dossier id of the URL.
    id: String,
    /// The step as the URL spells it.
    step: String,
) -> impl IntoView {
    let lang = use_lang();
    let ds = use_dossiers();
    let name = ds.name_of(&id);
    // The URL's text is shown as text, and not at any length.
    let step: String = step.chars().take(40).collect();
    let href = Page::OPENING.href(&id);
    view! {
        <div class="page narrow">
            <h1 tabindex="-1" class="page-focus">
                {lang.text(i18n::persistence::STEP_NOT_FOUND)}
            </h1>
            <p id="step-not-found">{move || i18n::persistence::step_not_found_text(&name, &step, lang.get())}</p>
            <p>
                <A href=href>{lang.text(i18n::persistence::TO_FIRST_STEP)}</A>
            </p>
        </div>
    }
}

/// The message when the URL names a dossier that cannot be opened: not in this browser, or
/// stored in a form this version cannot read (then the reason is said, not "not found").
#[component]
pub fn DossierNotFound() -> impl IntoView {
    let lang = use_lang();
    let ds = use_dossiers();
    // Why the last open failed, unless the dossier simply is not there.
    let reason = Memo::new(move |_| {
        ds.open_error.with(|e| e.as_ref().filter(|(_, e)| !matches!(e, OpenError::NotFound)).map(|(_, e)| e.clone()))
    });
    // A link to a demo copy in someone else's browser (`d-<key>-…`): the same demo can be
    // opened here as a copy, under the same address.
    let params = use_params_map();
    let url_id = Memo::new(move |_| params.read().get(param::ID).unwrap_or_default());
    let case = Memo::new(move |_| {
        if reason.get().is_some() {
            return None;
        }
        crate::domain::demo::case_of_copy_id(&url_id.get()).map(|c| (c.key, c.name))
    });
    let failed = RwSignal::new(false);
    let open_case = move |_| {
        let Some((key, _)) = case.get_untracked() else { return };
        let id = url_id.get_untracked();
        failed.set(false);
        leptos::task::spawn_local(async move {
            match crate::features::demos::load_demo_copy(key, lang.get_untracked(), Some(id)).await {
                Ok(Some(d)) => {
                    ds.create(d);
                }
                Ok(None) => {}
                Err(_) => failed.set(true),
            }
        });
    };
    view! {
        <div class="page narrow">
            <h1 tabindex="-1" class="page-focus">
                {move || match reason.get() {
                    Some(_) => i18n::persistence::NOT_OPENED.get(lang.get()),
                    None => wt(lang.get()).dossier_not_found,
                }}
            </h1>
            <p id="open-error">
                {move || match reason.get() {
                    Some(e) => i18n::persistence::open_error(&e, lang.get()),
                    None => wt(lang.get()).dossier_not_found_text.to_string(),
                }}
            </p>
            {move || {
                case.get()
                    .map(|(_, name)| {
                        view! {
                            <div class="demo-offer" id="demo-offer">
                                <p>{move || i18n::demos::foreign_copy(name.get(lang.get()), lang.get())}</p>
                                <button type="button" id="open-same-demo" on:click=open_case>
                                    {lang.text(i18n::demos::OPEN_SAME_DEMO)}
                                </button>
                            </div>
                        }
                    })
            }}
            <Show when=move || failed.get()>
                <p class="banner warn" role="alert">
                    {move || crate::i18n::ui::ui(lang.get()).screen_failed_text}
                </p>
            </Show>
            <p>
                <A href=routes::START>{lang.ui(|t| t.back_to_start)}</A>
            </p>
        </div>
    }
}
