//! Pages under `/dossier/{id}/…` open the dossier named in the URL. Loading writes signals,
//! so it runs in an effect, not in a memo; until it has run, neither the page nor the
//! "not found" message is shown (no flash of an error on a slow start).

use crate::i18n::wizard_ui::wt;
use crate::routes::{self, param};
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

/// The message when the URL names a dossier this browser does not have.
#[component]
pub fn DossierNotFound() -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="page narrow">
            <h1 tabindex="-1" class="page-focus">
                {lang.pick(wt, |t| t.dossier_not_found)}
            </h1>
            <p>{lang.pick(wt, |t| t.dossier_not_found_text)}</p>
            <p>
                <A href=routes::START>{lang.ui(|t| t.back_to_start)}</A>
            </p>
        </div>
    }
}
