//! The application shell: header, language switch, routes, error boundary, panic hook.

use crate::components::focus::{focus_field_later, focus_page_heading};
use crate::components::lazy::LazyView;
use crate::features::about::{AppStatus, UpdateBanner};
use crate::features::dossiers::{SaveStatus, StorageBanners};
use crate::features::not_found::NotFound;
use crate::features::start::StartPage;
use crate::i18n::Lang;
use crate::routes::{self, param, segment};
use crate::state::{use_lang, use_ui, LangCtx};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::hooks::use_location;
use leptos_router::{path, ParamSegment, StaticSegment};
use wasm_bindgen::JsCast;

/// Entry point called by `main`: panic hook, mount, app-ready mark.
pub fn start() {
    std::panic::set_hook(Box::new(panic_hook));
    let doc = web_sys::window().and_then(|w| w.document());
    // The release build's prerendered start page (scripts/prerender.mjs, shown by
    // public/boot.js while this module loaded) goes in the same task as the mount, so no frame
    // shows both, and no id is in the page twice.
    if let Some(doc) = &doc {
        for id in ["prerendered-nl", "prerendered-en"] {
            if let Some(el) = doc.get_element_by_id(id) {
                el.remove();
            }
        }
        if let Some(html) = doc.document_element() {
            let _ = html.class_list().remove_1("prerender-shown");
        }
    }
    leptos::mount::mount_to_body(App);
    if let Some(doc) = &doc {
        if let Some(el) = doc.get_element_by_id("boot-message") {
            el.remove();
        }
        // public/boot.js carries out on the live page what the visitor typed and chose in
        // the prerendered copy while this module loaded.
        if let Ok(event) = web_sys::Event::new("inkoopwijzer-mounted") {
            let _ = doc.dispatch_event(&event);
        }
    }
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        // Read by the benchmark script: navigation start to a mounted app.
        let _ = perf.mark("app-ready");
    }
    prefetch_screens();
}

/// Once the start page is ready and the browser is idle, fetches the code of every lazy screen
/// in the background (nothing to fetch in an unsplit build), so that a click a few seconds
/// later is as fast as in one bundle, and the screens work when the connection drops later. A
/// chunk that fails here is fetched again when its screen is opened.
fn prefetch_screens() {
    leptos::task::spawn_local(async {
        let idle = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(w) = web_sys::window() {
                if w.request_idle_callback(&resolve).is_err() {
                    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 1000);
                }
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(idle).await;
        // The screens a user most likely opens next come first. Before each, the prefetch
        // waits while something the user clicked is still arriving, and
        // its own fetches go out with low priority (`platform::in_background`).
        macro_rules! in_turn {
            ($($preload:path),* $(,)?) => {$(
                crate::platform::chunks_wanted_done().await;
                let _ = crate::platform::in_background($preload()).await;
            )*};
        }
        in_turn!(
            // Reading and writing whole dossiers, and the start page's import panel: asked for
            // as the start page renders, so normally here already.
            crate::state::dossiers::preload_store_ops,
            crate::features::dossiers::import::preload_panel,
            crate::features::wizard::preload_page,
            crate::features::demos::preload_demo_copy,
            crate::features::learn::preload_index,
            crate::features::learn::preload_step,
            crate::features::spec_helper::preload_page,
            crate::features::wizard::overview::preload_page,
            crate::features::bids::preload_page,
            crate::features::documents::preload_page,
            crate::features::about::preload_page,
            crate::features::workshop::preload_page,
        );
        // The loader (public/boot.js) registers the service worker now, which caches the whole
        // app for offline use and finds these files in the browser's HTTP cache.
        crate::platform::announce("inkoopwijzer-prefetched");
        // Then the panels for working together by file (the merge of a colleague's file; the
        // sharing panel is on the start page and fetched as it renders). After the
        // announcement, so that offline use is set up as soon as before.
        in_turn!(
            crate::features::dossiers::merge::preload_panel,
            crate::features::dossiers::share::preload_panel,
            crate::features::share_link::preload_panel,
            crate::features::share_link::preload_page,
            // Independent scoring: the contact's panel on the bids page, the evaluator's page.
            crate::features::evaluation::preload_round,
            crate::features::evaluation::preload_page
        );
    });
}

/// With `panic = "abort"` the module is dead after this returns, so the message comes from
/// the plain-JavaScript fallback (`public/fallback.js`), not from Leptos.
fn panic_hook(info: &std::panic::PanicHookInfo<'_>) {
    let message = info.to_string();
    web_sys::console::error_1(&message.clone().into());
    let Some(window) = web_sys::window() else { return };
    if let Ok(f) = js_sys::Reflect::get(&window, &"inkoopwijzerFatal".into()) {
        if let Some(f) = f.dyn_ref::<js_sys::Function>() {
            let _ = f.call1(&wasm_bindgen::JsValue::NULL, &message.into());
        }
    }
}

#[component]
pub fn App() -> impl IntoView {
    crate::state::dossiers::provide_dossiers();
    // Dutch unless the user chose English before: the app is for Dutch municipalities, and
    // a browser set to English (common on work laptops) says little about the reader.
    let chosen = crate::state::dossiers::use_dossiers().settings.with_untracked(|s| s.lang);
    let lang = RwSignal::new(chosen.unwrap_or(Lang::Nl));
    provide_context(LangCtx::new(lang));
    crate::state::provide_guidance_open();
    crate::state::provide_screen_shown();
    crate::state::pwa::provide_pwa();
    // A file dropped beside a drop zone must not replace the app with the file.
    crate::components::file_drop::refuse_stray_drops();
    let projector = crate::state::dossiers::use_dossiers().settings.with_untracked(|s| s.projector);
    let projector = crate::state::provide_projector(projector, crate::state::dossiers::use_dossiers().presenting);
    // Projector mode and the presenting lock are classes on <html> (style/workshop.css).
    Effect::new(move |_| {
        let (on, locked) = (projector.on.get(), projector.locked.get());
        if let Some(html) = document().document_element() {
            let mut classes: Vec<String> = html
                .get_attribute("class")
                .unwrap_or_default()
                .split_whitespace()
                .filter(|c| *c != "projector" && *c != "presenting-locked")
                .map(str::to_string)
                .collect();
            classes.extend(on.then(|| "projector".to_string()));
            classes.extend((on && locked).then(|| "presenting-locked".to_string()));
            let _ = html.set_attribute("class", &classes.join(" "));
        }
    });
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", l.tag());
        }
    });

    view! {
        <Router>
            <Shell />
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let t = use_ui();
    let lc = use_lang();
    let dossiers = crate::state::dossiers::use_dossiers();
    let toggle = move |_| {
        let next = match lc.get_untracked() {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        };
        lc.set(next);
        dossiers.set_language(next);
    };

    // Focus management: after navigation, move focus to the page's heading so that a
    // screen reader announces the new page and keyboard users start at the top; a link to a
    // field (`…/stap/4-uitvoeringsproces#f-intake-weeks`, from open points, document gaps,
    // the invalid-entries link) brings that field into view and focuses it instead, also
    // on first load and within a page.
    let location = use_location();
    let shown = crate::state::use_screen_shown();
    // Where focus should go after the last navigation: (path, field id or "" for the heading).
    // A screen whose code arrives later has no heading yet when the route changes, so the
    // effect below tries again once it has rendered.
    let pending_focus = StoredValue::new(None::<(String, String)>);
    let forget_drafts_later = move |path: String| {
        // Once the page has rendered its fields: drafts whose field is gone are dropped.
        set_timeout(
            move || {
                let rendered = document().query_selector("main .page-focus").ok().flatten().is_some();
                if rendered && location.pathname.get_untracked() == path {
                    dossiers.forget_missing_drafts(&path);
                }
            },
            std::time::Duration::from_millis(400),
        );
    };
    Effect::new(move |prev: Option<(String, String)>| {
        let path = location.pathname.get();
        let hash = location.hash.get();
        let target = hash.trim_start_matches('#').to_string();
        let moved = prev.as_ref().is_none_or(|(p, h)| *p != path || *h != hash);
        if prev.as_ref().is_none_or(|(p, _)| *p != path) {
            forget_drafts_later(path.clone());
        }
        if moved && !target.is_empty() && target != "main" {
            pending_focus.set_value(Some((path.clone(), target.clone())));
            focus_field_later(target, 40);
        } else if prev.as_ref().is_some_and(|(p, _)| *p != path) {
            pending_focus.set_value(Some((path.clone(), String::new())));
            focus_page_heading();
        } else {
            pending_focus.set_value(None);
        }
        (path, hash)
    });
    Effect::new(move |prev: Option<()>| {
        shown.get();
        if prev.is_none() {
            return;
        }
        let path = location.pathname.get_untracked();
        if let Some((_, target)) = pending_focus.get_value().filter(|(p, _)| *p == path) {
            pending_focus.set_value(None);
            if target.is_empty() {
                focus_page_heading();
            } else {
                focus_field_later(target, 40);
            }
        }
        forget_drafts_later(path);
    });

    // The tab title names the page (and the open dossier), so that tabs and the history
    // list can be told apart: "Bestek (Programma van Eisen) – Taaltrajecten – Inkoopwijzer".
    let dossier_name = dossiers.select(|d| d.display_name().map(str::to_string));
    Effect::new(move |_| {
        let path = location.pathname.get();
        let in_dossier = routes::in_dossier(&path);
        let name = if in_dossier { dossier_name.get() } else { None };
        let _ = lc.get(); // tracked: the title follows the language
        let _ = shown.get(); // and the heading of a screen whose code arrived later
        let app = t().app_name;
        // After the page (and its heading, in the new language) has rendered.
        request_animation_frame(move || {
            let heading = document()
                .query_selector("main h1")
                .ok()
                .flatten()
                .and_then(|h| h.text_content())
                .map(|h| h.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|h| !h.is_empty());
            // A page whose heading is the dossier's name (the overview) names it once.
            let name = name.filter(|n| heading.as_deref() != Some(n.as_str()));
            let parts: Vec<String> = heading.into_iter().chain(name).chain(std::iter::once(app.to_string())).collect();
            document().set_title(&parts.join(" – "));
        });
    });

    view! {
        <a class="skip-link" href="#main" rel="external">
            {lc.ui(|t| t.skip_link)}
        </a>
        <header class="site-header">
            <A href=routes::START attr:class="brand">
                <svg class="logo" viewBox="0 0 64 64" width="32" height="32" aria-hidden="true">
                    <rect width="64" height="64" rx="12" fill="#ffffff" />
                    <path
                        d="M18 34l9 9 19-21"
                        fill="none"
                        stroke="#1d4f73"
                        stroke-width="7"
                        stroke-linecap="round"
                        stroke-linejoin="round"
                    />
                </svg>
                <span class="brand-text">
                    <span class="brand-name">{lc.ui(|t| t.app_name)}</span>
                    <span class="brand-tagline">{lc.ui(|t| t.tagline)}</span>
                </span>
            </A>
            <nav class="main-nav" aria-label=move || t().nav_label>
                <ul>
                    <li>
                        <A href=routes::START exact=true>
                            {lc.ui(|t| t.nav_start)}
                        </A>
                    </li>
                    <li>
                        <A href=routes::LEARN>{lc.ui(|t| t.nav_steps)}</A>
                    </li>
                    <li>
                        <A href=routes::SPEC_HELPER>{lc.ui(|t| t.nav_spec)}</A>
                    </li>
                    <li class="nav-workshop">
                        <A href=routes::WORKSHOP>{lc.text(crate::i18n::workshop::NAV_WORKSHOP)}</A>
                    </li>
                </ul>
            </nav>
            <div class="header-tools">
                <SaveStatus />
                <crate::features::workshop::ProjectorSwitch />
                <button
                    type="button"
                    class="lang-switch"
                    on:click=toggle
                    lang=move || match lc.get() {
                        Lang::Nl => "en",
                        Lang::En => "nl",
                    }
                    aria-label=move || t().switch_lang_label
                >
                    {lc.ui(|t| t.switch_lang)}
                </button>
            </div>
        </header>
        <UpdateBanner />
        <StorageBanners />
        <main id="main" tabindex="-1">
            <ErrorBoundary fallback=move |_errors| {
                view! {
                    <div class="page narrow error-box" role="alert">
                        <h1 class="page-focus" tabindex="-1">
                            {lc.ui(|t| t.error_title)}
                        </h1>
                        <p>{lc.ui(|t| t.error_text)}</p>
                        <p>
                            <A href=routes::START>{lc.ui(|t| t.back_to_start)}</A>
                        </p>
                    </div>
                }
            }>
                // The segments come from `routes`, which also builds every link to them (what
                // `path!("/dossier/:id/stap/:step")` would expand to, without a second spelling).
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=StartPage />
                    <Route
                        path=(StaticSegment(segment::LEARN),)
                        view=|| view! { <LazyView load=crate::features::learn::load_index /> }
                    />
                    <Route
                        path=(StaticSegment(segment::LEARN), ParamSegment(param::STEP))
                        view=|| view! { <LazyView load=crate::features::learn::load_step /> }
                    />
                    <Route
                        path=(StaticSegment(segment::ABOUT),)
                        view=|| view! { <LazyView load=crate::features::about::load_page /> }
                    />
                    <Route
                        path=(StaticSegment(segment::SHARED),)
                        view=|| view! { <LazyView load=crate::features::share_link::load_page /> }
                    />
                    <Route
                        path=(StaticSegment(segment::WORKSHOP),)
                        view=|| view! { <LazyView load=crate::features::workshop::load_page /> }
                    />
                    <Route
                        path=(StaticSegment(segment::EVALUATE),)
                        view=|| view! { <LazyView load=crate::features::evaluation::load_page /> }
                    />
                    <Route
                        path=(StaticSegment(segment::SPEC_HELPER),)
                        view=|| view! { <LazyView load=crate::features::spec_helper::load_page /> }
                    />
                    <Route
                        path=(
                            StaticSegment(segment::DOSSIER),
                            ParamSegment(param::ID),
                            StaticSegment(segment::STEP),
                            ParamSegment(param::STEP),
                        )
                        view=|| view! { <LazyView load=crate::features::wizard::load_page /> }
                    />
                    <Route
                        path=(
                            StaticSegment(segment::DOSSIER),
                            ParamSegment(param::ID),
                            StaticSegment(segment::OVERVIEW),
                        )
                        view=|| view! { <LazyView load=crate::features::wizard::overview::load_page /> }
                    />
                    <Route
                        path=(
                            StaticSegment(segment::DOSSIER),
                            ParamSegment(param::ID),
                            StaticSegment(segment::DOCUMENTS),
                        )
                        view=|| view! { <LazyView load=crate::features::documents::load_page /> }
                    />
                    <Route
                        path=(StaticSegment(segment::DOSSIER), ParamSegment(param::ID), StaticSegment(segment::BIDS))
                        view=|| view! { <LazyView load=crate::features::bids::load_page /> }
                    />
                </Routes>
            </ErrorBoundary>
        </main>
        <footer class="site-footer">
            <p>{lc.ui(|t| t.footer)}</p>
            <AppStatus />
        </footer>
    }
}
