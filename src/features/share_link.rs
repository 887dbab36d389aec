//! Handing the room a scenario: "Deel als link" (a link and its QR code, made in the browser)
//! on the workshop's rank-reversal and weights exercises and on a dossier's bid page, and the
//! page that opens such a link (`/gedeeld#s1.…`).
//!
//! The encoding and every check live in `persistence::link` (pure, tested natively); a link is
//! read through the session's `parse_import`, the validation a backup file passes, and always
//! opens as a new dossier. Both the panel and the page are chunks of their own: the start page
//! carries none of this code (nor the deflate and QR code it uses).
//!
//! Where a link is read: its own route, `/gedeeld`. A navigation there is answered like any
//! other (the host's `index.html` fallback, or the service worker's cached `index.html`), and
//! the fragment never leaves the browser. After "Open als kopie" the fragment is removed from
//! the address bar (`history.replaceState`) and the new dossier's bid page replaces the entry,
//! so that Back does not offer the link again.

use crate::components::lazy::{LazyPanel, PanelFuture};
use crate::domain::dossier::Dossier;
use crate::domain::qr::qr_modules;
use crate::domain::workshop::{reversal_setup, weights_setup, ReversalStep};
use crate::i18n::scoring::{fmt_money, fmt_percent};
use crate::i18n::share_link as t;
use crate::persistence::link::{self, LinkError, LinkScenario};
use crate::routes::{self, Page};
use crate::state::dossiers::use_dossiers;
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

crate::components::lazy::lazy_screen!(share_link_page_chunk, load_page, preload_page, || view! { <SharedPage /> });
crate::components::lazy::lazy_screen!(share_link_panel_chunk, load_panel, preload_panel, || view! { <LinkPanel /> });

/// [`load_panel`] for [`LazyPanel`].
pub fn load_panel_boxed() -> PanelFuture {
    Box::pin(load_panel())
}

/// The scenario a [`ShareLink`] shares, for its lazily loaded panel.
#[derive(Clone, Copy)]
struct Shared {
    scenario: Signal<Option<Dossier>>,
    /// Makes the panel's element ids unique on a page with several panels.
    key: &'static str,
}

/// "Deel als link" for a scenario (`None`: nothing to share yet). The panel's code arrives
/// when it is first shown.
#[component]
pub fn ShareLink(
    /// The dossier whose name and award are shared (`persistence::link::scenario_of`).
    #[prop(into)]
    scenario: Signal<Option<Dossier>>,
    /// A short name, unique on the page, for the element ids (`share-link-button-{key}`).
    key: &'static str,
) -> impl IntoView {
    // A context of its own (`Provider` makes a child owner): a page may hold several panels.
    view! {
        <leptos::context::Provider value=Shared { scenario, key }>
            <LazyPanel load=load_panel_boxed />
        </leptos::context::Provider>
    }
}

/// The rank-reversal exercise's scenario at its current step: all three bids.
#[component]
pub fn ReversalShare(step: RwSignal<ReversalStep>) -> impl IntoView {
    let lang = use_lang();
    let scenario = Signal::derive(move || {
        let s = step.get();
        let name = t::reversal_name(crate::i18n::workshop::reversal_step(s).get(lang.get()), lang.get());
        Some(Dossier { name, award: reversal_setup(s, true), ..Dossier::default() })
    });
    view! { <ShareLink scenario key="reversal" /> }
}

/// The weights exercise's scenario at the slider's weight.
#[component]
pub fn WeightsShare(weight: RwSignal<u32>) -> impl IntoView {
    let lang = use_lang();
    let scenario = Signal::derive(move || {
        let w = weight.get();
        weights_setup(w).map(|award| Dossier { name: t::weights_name(w, lang.get()), award, ..Dossier::default() })
    });
    view! { <ShareLink scenario key="weights" /> }
}

/// The open dossier's bid table, for its bid page.
#[component]
pub fn DossierShare() -> impl IntoView {
    let ds = use_dossiers();
    let scenario = Signal::derive(move || ds.current.with(|c| c.clone()));
    view! { <ShareLink scenario key="dossier" /> }
}

#[component]
fn LinkPanel() -> impl IntoView {
    let lang = use_lang();
    let Some(Shared { scenario, key }) = use_context::<Shared>() else {
        return ().into_any();
    };
    let shown = RwSignal::new(false);
    let download_failed = RwSignal::new(false);
    let address = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .map(|origin| format!("{origin}{}", routes::SHARED))
        .unwrap_or_default();
    // Follows the scenario (a slider, a step, an edit of the bids) while it is shown.
    let made = Memo::new(move |_| {
        if !shown.get() {
            return None;
        }
        scenario.with(|d| d.as_ref().map(|d| link::share_link(&address, d)))
    });
    let download = move |_| {
        let Some(d) = scenario.get_untracked() else { return };
        let ok = link::scenario_file(&d, &crate::platform::now_iso()).ok().is_some_and(|text| {
            crate::platform::download_text("inkoopwijzer-scenario.json", "application/json", &text).is_ok()
        });
        download_failed.set(!ok);
    };
    let url_id = format!("share-link-url-{key}");
    // The link last copied, and whether the clipboard took it: the message shows while the link
    // is the same.
    let copied = RwSignal::new(None::<(String, bool)>);
    let select_id = url_id.clone();
    let copy = move |url: String| {
        let select_id = select_id.clone();
        let failed = move |url: String| {
            copied.set(Some((url, false)));
            // The user copies it by hand: the link is selected for them.
            if let Some(input) = document()
                .get_element_by_id(&select_id)
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(e).ok())
            {
                let _ = input.focus();
                input.select();
            }
        };
        // Without a secure context (or in an old browser) there is no clipboard object, and an
        // embedded browser may have one without a working `writeText`. A call that throws
        // must not go through the module, so the method is looked up and called with its
        // exception caught (`Function::call1` returns it as an `Err`).
        use wasm_bindgen::JsCast;
        let promise = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok())
            .filter(|c| c.is_object())
            .and_then(|c| {
                let write = js_sys::Reflect::get(&c, &"writeText".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
                write.call1(&c, &url.as_str().into()).ok()?.dyn_into::<js_sys::Promise>().ok()
            });
        let Some(promise) = promise else {
            failed(url);
            return;
        };
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => copied.set(Some((url, true))),
                Err(_) => failed(url),
            }
        });
    };
    let body = move || {
        let l = lang.get();
        match made.get() {
            None => view! { <p class="note">{t::NO_SCENARIO.get(l)}</p> }.into_any(),
            Some(Ok(url)) => {
                let chars = url.chars().count();
                let qr = qr_modules(&url);
                let url_id = url_id.clone();
                view! {
                    <label for=url_id.clone()>{t::LINK_LABEL.get(l)}</label>
                    <input
                        type="text"
                        readonly
                        class="share-link-url"
                        id=url_id
                        prop:value=url.clone()
                        on:focus=move |ev| {
                            use wasm_bindgen::JsCast;
                            if let Some(input) = ev
                                .target()
                                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                            {
                                input.select();
                            }
                        }
                    />
                    <div class="button-row">
                        <button
                            type="button"
                            class="secondary"
                            id=format!("share-link-copy-{key}")
                            on:click={
                                let url = url.clone();
                                let copy = copy.clone();
                                move |_| copy(url.clone())
                            }
                        >
                            {t::COPY_LINK.get(l)}
                        </button>
                    </div>
                    <p role="status" id=format!("share-link-copied-{key}")>
                        {
                            let url = url.clone();
                            move || {
                                copied
                                    .get()
                                    .filter(|(u, _)| *u == url)
                                    .map(|(_, ok)| if ok { t::COPIED } else { t::COPY_FAILED }.get(lang.get()))
                            }
                        }
                    </p>
                    <p class="note">{t::link_length(chars, l)}</p>
                    {match qr {
                        Some(q) => {
                            let size = q.view_size();
                            view! {
                                <figure class="share-qr">
                                    <svg
                                        id=format!("share-qr-{key}")
                                        role="img"
                                        aria-label=t::QR_LABEL.get(l)
                                        viewBox=format!("0 0 {size} {size}")
                                        shape-rendering="crispEdges"
                                    >
                                        <rect width=size.to_string() height=size.to_string() fill="#fff" />
                                        <path d=q.svg_path() fill="#000" />
                                    </svg>
                                    <figcaption>{t::QR_CAPTION.get(l)}</figcaption>
                                </figure>
                            }
                                .into_any()
                        }
                        None => view! { <p class="note">{t::QR_TOO_DENSE.get(l)}</p> }.into_any(),
                    }}
                }
                .into_any()
            }
            Some(Err(e)) => {
                let file = matches!(e, LinkError::TooLong { .. });
                view! {
                    <p class="share-link-error" role="alert" id=format!("share-link-error-{key}")>
                        {t::link_error(&e, l)}
                    </p>
                    <Show when=move || file>
                        <button type="button" class="secondary" id=format!("share-link-file-{key}") on:click=download>
                            {t::DOWNLOAD_FILE.get(l)}
                        </button>
                        <p class="note">{t::FILE_HINT.get(l)}</p>
                    </Show>
                    <Show when=move || download_failed.get()>
                        <p role="alert">{t::DOWNLOAD_FAILED.get(l)}</p>
                    </Show>
                }
                .into_any()
            }
        }
    };
    view! {
        <div class="share-link no-print">
            <button
                type="button"
                class="secondary"
                id=format!("share-link-button-{key}")
                aria-expanded=move || if shown.get() { "true" } else { "false" }
                on:click=move |_| shown.update(|s| *s = !*s)
            >
                {move || if shown.get() { t::HIDE_BUTTON.get(lang.get()) } else { t::SHARE_BUTTON.get(lang.get()) }}
            </button>
            <Show when=move || shown.get()>
                <div class="share-link-body" id=format!("share-link-{key}")>
                    <p class="share-warning">{move || t::EXAMPLES_ONLY.get(lang.get())}</p>
                    {body.clone()}
                </div>
            </Show>
        </div>
    }
    .into_any()
}

/// `/gedeeld#s1.…`: what the link holds, and "Open als kopie".
#[component]
fn SharedPage() -> impl IntoView {
    let lang = use_lang();
    let ds = use_dossiers();
    let navigate = use_navigate();
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    let read: Result<LinkScenario, LinkError> = link::read_link_with(&hash, |json| ds.parse_import(json));
    let failed = RwSignal::new(false);
    let content = match read {
        Ok(scenario) => {
            let Some(d) = scenario.dossier().cloned() else {
                return ().into_any();
            };
            let stored = StoredValue::new(scenario);
            let open = move |_| {
                let result = stored.with_value(|s| ds.apply_import(&s.plan, &[], ""));
                match result {
                    Ok(ids) => {
                        // Drop the fragment first, then replace this entry by the new dossier.
                        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                            let _ =
                                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(routes::SHARED));
                        }
                        if let Some(id) = ids.first() {
                            navigate(&Page::Bids.href(id), NavigateOptions { replace: true, ..Default::default() });
                        }
                    }
                    Err(_) => failed.set(true),
                }
            };
            let criteria = d.award.criteria.clone();
            let bids = d.award.bids.clone();
            view! {
                <section class="shared-contents" aria-labelledby="shared-contents-title">
                    <h2 id="shared-contents-title">{lang.text(t::CONTAINS)}</h2>
                    <p id="shared-summary">
                        {move || t::summary(&d.name, d.award.bids.len(), d.award.criteria.len(), lang.get())}
                    </p>
                    <h3>{lang.text(t::CRITERIA)}</h3>
                    <ul id="shared-criteria">
                        {criteria
                            .into_iter()
                            .map(|c| {
                                view! {
                                    <li>
                                        {c.name.clone()} ": "
                                        {move || {
                                            c.weight
                                                .map(|w| fmt_percent(w.0, lang.get()))
                                                .unwrap_or_else(|| t::NO_WEIGHT.get(lang.get()).to_string())
                                        }}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <h3>{lang.text(t::BIDDERS)}</h3>
                    <ul id="shared-bidders">
                        {bids
                            .into_iter()
                            .map(|b| {
                                view! {
                                    <li>
                                        {b.bidder.clone()}
                                        {move || b.price.map(|p| format!(": {}", fmt_money(p, lang.get())))}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
                <div class="button-row">
                    <button type="button" id="shared-open" on:click=open>
                        {lang.text(t::OPEN_COPY)}
                    </button>
                    " "
                    <a href=routes::START class="button secondary">
                        {lang.text(t::DONT_OPEN)}
                    </a>
                </div>
                <Show when=move || failed.get()>
                    <p role="alert" id="shared-open-failed">
                        {lang.text(t::OPEN_FAILED)}
                    </p>
                </Show>
            }
            .into_any()
        }
        Err(e) => view! {
            <section class="shared-error" aria-labelledby="shared-error-title">
                <h2 id="shared-error-title">{lang.text(t::ERROR_TITLE)}</h2>
                <p role="alert" id="shared-error">
                    {move || t::link_error(&e, lang.get())}
                </p>
                <p>
                    <a href=routes::START>{lang.text(t::TO_START)}</a>
                </p>
            </section>
        }
        .into_any(),
    };
    view! {
        <div class="page shared-page">
            <h1 tabindex="-1" class="page-focus">
                {lang.text(t::PAGE_TITLE)}
            </h1>
            <p class="lead">{lang.text(t::PAGE_INTRO)}</p>
            <p class="share-warning">{lang.text(t::EXAMPLES_ONLY)}</p>
            {content}
        </div>
    }
    .into_any()
}
