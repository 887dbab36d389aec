//! The app about itself: the update banner and the footer line that every page shows (version,
//! build date, whether it works offline, an install button where the browser offers one), and
//! the page `/over` (offline use, installing per browser, what the dossiers take up in storage
//! and when a browser may delete them). The page's code is loaded when it is opened.

use crate::i18n::app_info::{app_info, storage_size, version_line};
use crate::platform::{self, BrowserKind, PwaState};
use crate::routes;
use crate::state::dossiers::use_dossiers;
use crate::state::pwa::{use_pwa, BUILD_DATE, VERSION};
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;

/// "A new version is available": shown while one waits. Switching saves the open dossier first
/// and reloads; when saving fails nothing switches and the banner says what to do.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let lang = use_lang();
    let pwa = use_pwa();
    let dossiers = use_dossiers();
    let t = move || app_info(lang.get());
    view! {
        <Show when=move || pwa.state.with(|s| s.update_waiting)>
            <div class="banner update-banner" role="status" id="update-banner">
                <p>
                    <strong>{move || t().update_text}</strong>
                    " "
                    {move || t().update_saved_first}
                </p>
                <Show when=move || pwa.switch_blocked.get()>
                    <p class="update-blocked" role="alert">
                        {move || t().update_not_saved}
                    </p>
                </Show>
                <div class="button-row">
                    <button type="button" id="update-switch" on:click=move |_| pwa.switch_version(dossiers)>
                        {move || t().update_button}
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// What the footer and the page say about offline use.
fn offline_status(state: &PwaState) -> fn(&crate::i18n::app_info::AppInfo) -> &'static str {
    if state.offline_ready {
        |t| t.offline_ready
    } else if state.unsupported {
        |t| t.offline_unsupported
    } else if BUILD_DATE.is_none() {
        |t| t.offline_dev
    } else {
        |t| t.offline_preparing
    }
}

/// The footer's line about the app: version and build date, offline status, a link to `/over`
/// and the install button when the browser offers installation.
#[component]
pub fn AppStatus() -> impl IntoView {
    let lang = use_lang();
    let pwa = use_pwa();
    let t = move || app_info(lang.get());
    view! {
        <p class="app-status">
            <span id="app-version">{move || version_line(VERSION, BUILD_DATE, lang.get())}</span>
            " · "
            <span id="offline-status" class:offline-ready=move || pwa.state.with(|s| s.offline_ready)>
                {move || pwa.state.with(|s| offline_status(s)(t()))}
            </span>
            " · "
            <A href=routes::ABOUT>{move || t().footer_about}</A>
            <Show when=move || {
                pwa.state.with(|s| s.installable)
            }>
                " " <button type="button" class="secondary install-button" on:click=move |_| pwa.install()>
                    {move || t().install_button}
                </button>
            </Show>
        </p>
    }
}

crate::components::lazy::lazy_screen!(about_chunk, load_page, preload_page, || view! { <AboutPage /> });

#[component]
fn AboutPage() -> impl IntoView {
    let lang = use_lang();
    let pwa = use_pwa();
    let dossiers = use_dossiers();
    let t = move || app_info(lang.get());
    let browser = platform::browser_kind();
    // Read when the page opens: storage changes only through this app, and the page is
    // opened to look at it.
    let used = dossiers.storage_used();
    let persisted = LocalResource::new(platform::storage_persisted);
    let storage_line = move || match used {
        Some(units) => t().storage_local.replace("{used}", &storage_size(units, lang.get())),
        None => t().storage_unreadable.to_string(),
    };
    let install_help = move || match browser {
        BrowserKind::Chromium => t().install_chromium,
        BrowserKind::Safari => t().install_safari,
        BrowserKind::Firefox => t().install_firefox,
        BrowserKind::Other => t().install_other,
    };
    view! {
        <div class="page narrow about-page">
            <h1 tabindex="-1" class="page-focus">
                {move || t().page_title}
            </h1>
            <p class="lead">{move || t().page_intro}</p>

            <h2>{move || t().version_title}</h2>
            <p>{move || version_line(VERSION, BUILD_DATE, lang.get())}</p>

            <h2>{move || t().offline_title}</h2>
            <p>
                <strong id="about-offline-status">{move || pwa.state.with(|s| offline_status(s)(t()))}</strong>
                "."
            </p>
            <p>{move || t().offline_text}</p>
            <Show when=move || pwa.state.with(|s| !s.error.is_empty())>
                <p class="warning">{move || t().offline_error}</p>
            </Show>

            <h2>{move || t().install_title}</h2>
            {move || {
                let s = pwa.state.get();
                if s.standalone {
                    view! { <p>{move || t().install_standalone}</p> }.into_any()
                } else if s.installed {
                    view! { <p role="status">{move || t().install_done}</p> }.into_any()
                } else if s.installable {
                    view! {
                        <p>{move || t().install_offered}</p>
                        <div class="button-row">
                            <button type="button" on:click=move |_| pwa.install()>
                                {move || t().install_button}
                            </button>
                        </div>
                    }
                        .into_any()
                } else {
                    view! { <p>{install_help}</p> }.into_any()
                }
            }}
            <Show when=move || browser == BrowserKind::Safari>
                <p>{move || t().install_safari_data}</p>
            </Show>

            <h2>{move || t().storage_title}</h2>
            <p id="storage-used">{storage_line}</p>
            <p>
                {move || match persisted.get().flatten() {
                    Some(true) => t().storage_persisted,
                    _ => t().storage_not_persisted,
                }}
            </p>
            <Show when=move || browser == BrowserKind::Safari>
                <p class="warning">{move || t().storage_safari}</p>
            </Show>
            <p>{move || t().storage_backup}</p>
            <p>
                <A href=routes::START>{move || t().storage_backup_link}</A>
            </p>
        </div>
    }
}
