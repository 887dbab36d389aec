//! The start page: what the app does and for whom, and the entry points.

use crate::features::demos::DemoCases;
use crate::features::dossiers::DossierList;
use crate::i18n::app_info::app_info;
use crate::routes;
use crate::state::dossiers::use_dossiers;
use crate::state::pwa::use_pwa;
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn StartPage() -> impl IntoView {
    let lang = use_lang();
    let pwa = use_pwa();
    let dossiers = use_dossiers();
    // An installed app may start with empty storage although the user worked in the browser
    // before (Safari's Dock apps do not see the tab's data): lead with the backup.
    let fresh_install = move || pwa.state.with(|s| s.standalone) && dossiers.list.with(Vec::is_empty);
    view! {
        <div class="page start">
            <Show when=fresh_install>
                <p class="notice installed-empty" role="status">
                    {move || app_info(lang.get()).installed_empty}
                    " "
                    <a href="#import-file" rel="external">
                        {move || app_info(lang.get()).installed_empty_link}
                    </a>
                </p>
            </Show>
            <section class="hero" aria-labelledby="start-title">
                <h1 id="start-title" tabindex="-1" class="page-focus">
                    {lang.ui(|t| t.start_title)}
                </h1>
                <p class="lead">{lang.ui(|t| t.start_intro)}</p>
                <p>{lang.ui(|t| t.start_for_whom)}</p>
            </section>
            <DossierList />
            <ul class="entry-points">
                <li class="entry">
                    <a href="#demos" rel="external">
                        <span class="entry-title">{lang.ui(|t| t.entry_demo)}</span>
                        <span class="entry-text">{lang.ui(|t| t.entry_demo_text)}</span>
                    </a>
                </li>
                <li class="entry">
                    <A href=routes::SPEC_HELPER>
                        <span class="entry-title">{lang.ui(|t| t.entry_spec)}</span>
                        <span class="entry-text">{lang.ui(|t| t.entry_spec_text)}</span>
                    </A>
                </li>
                <li class="entry">
                    <A href=routes::LEARN>
                        <span class="entry-title">{lang.ui(|t| t.entry_learn)}</span>
                        <span class="entry-text">{lang.ui(|t| t.entry_learn_text)}</span>
                    </A>
                </li>
            </ul>
            <DemoCases />
        </div>
    }
}
