//! Demo cases from the sources, opened as copies: the user's own dossiers are never touched,
//! and a copy can be put back to the original at any time.

use crate::components::lazy::ChunkError;
use crate::components::source::Sources;
use crate::domain::demo::{self, demo_case, demo_cases};
use crate::domain::dossier::Dossier;
use crate::i18n::{demos, Lang};
use crate::platform::{new_id, now_iso};
use crate::routes::Page;
use crate::state::dossiers::{use_dossiers, Dossiers};
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// A fresh copy of a demo, ready to be stored as a new dossier. The cases' data is large and
/// only needed here, so in a split build it is a chunk of its own, fetched on the first click.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        demo_chunk,
        fallible,
        wasm_split_path = ::leptos::wasm_split,
        preload(preload_demo_copy)
    )
)]
pub(crate) fn demo_copy(key: String, lang: Lang, id: String, now: String) -> Result<Option<Dossier>, ChunkError> {
    Ok(demo_case(&key).map(|case| case.copy(lang, id, &now)))
}

/// Fetches the demos' code without making a copy (nothing to do in an unsplit build).
#[cfg(not(feature = "split"))]
pub(crate) async fn preload_demo_copy() -> Result<(), ChunkError> {
    Ok(())
}

/// A fresh copy of the case `key`, with an id that names the case (`d-<key>-…`) or, when
/// `id` is given, that id (a participant opening the facilitator's link keeps its address).
pub(crate) async fn load_demo_copy(key: &str, lang: Lang, id: Option<String>) -> Result<Option<Dossier>, ChunkError> {
    let id = id.unwrap_or_else(|| new_id(&demo_case(key).map(|c| c.id_prefix()).unwrap_or_else(|| "d".to_string())));
    crate::platform::split_await!(demo_copy(key.to_string(), lang, id, now_iso()))
}

/// Where a copy of the case opens: the bid comparison for the workshop case, else step 1.
pub(crate) fn landing_page(key: &str) -> Page {
    if demo_case(key).is_some_and(|c| c.opens_on_bids()) {
        Page::Bids
    } else {
        Page::OPENING
    }
}

/// The most recently changed copy of the case `key` in this browser: `(id, name)`.
fn existing_copy(ds: Dossiers, key: &str) -> Option<(String, String)> {
    ds.list.with_untracked(|list| {
        list.iter()
            .filter(|s| s.demo_of.as_deref() == Some(key))
            .max_by(|a, b| a.updated_at.cmp(&b.updated_at))
            .map(|s| (s.id.clone(), s.name.clone()))
    })
}

/// Puts a demo copy back to its original contents, keeping its id and name.
pub fn reset_demo(ds: Dossiers) {
    ds.update(|d| {
        demo::reset(d, &now_iso());
    });
}

#[component]
pub fn DemoCases() -> impl IntoView {
    let lang = use_lang();
    let ds = use_dossiers();
    let navigate = use_navigate();
    // The demos' code could not be fetched (offline before it arrived).
    let failed = RwSignal::new(false);
    view! {
        <section class="demos" id="demos" aria-labelledby="demos-title">
            <h2 id="demos-title">{lang.text(demos::TITLE)}</h2>
            <p>{lang.text(demos::INTRO)}</p>
            <aside class="note caveat">
                {crate::i18n::lessons::EVIDENCE_CAVEAT
                    .iter()
                    .map(|a| {
                        view! {
                            <p>{lang.text(a.text)}</p>
                            <Sources refs=a.sources />
                        }
                    })
                    .collect_view()}
            </aside>
            <Show when=move || lang.get() == crate::i18n::Lang::En>
                <p class="note" lang="en">
                    {demos::CONTENT_IN_DUTCH}
                </p>
            </Show>
            <ul class="demo-list">
                {demo_cases()
                    .into_iter()
                    .map(|case| {
                        let key = case.key;
                        let offer = RwSignal::new(None::<(String, String)>);
                        let busy = RwSignal::new(false);
                        let make_copy = {
                            let navigate = navigate.clone();
                            move || {
                                if busy.get_untracked() {
                                    return;
                                }
                                busy.set(true);
                                let navigate = navigate.clone();
                                offer.set(None);
                                failed.set(false);
                                leptos::task::spawn_local(async move {
                                    let loaded = load_demo_copy(key, lang.get_untracked(), None).await;
                                    busy.set(false);
                                    match loaded {
                                        Ok(Some(d)) => {
                                            ds.with_store(move |ops| {
                                                let id = (ops.create)(ds, d);
                                                navigate(&landing_page(key).href(&id), Default::default());
                                            });
                                        }
                                        Ok(None) => {}
                                        Err(ChunkError) => failed.set(true),
                                    }
                                });
                            }
                        };
                        let open_existing = {
                            let navigate = navigate.clone();
                            move |_| {
                                if let Some((id, _)) = offer.get_untracked() {
                                    offer.set(None);
                                    navigate(&landing_page(key).href(&id), Default::default());
                                }
                            }
                        };
                        let make_anyway = make_copy.clone();
                        // A copy of this case already here: offered before a second one is made.
                        // A copy on its way (`busy`: its code may still be fetched) is not made
                        // twice by a second click.
                        view! {
                            <li class="demo-card">
                                <h3>{lang.text(case.name)}</h3>
                                <p>{lang.text(case.description)}</p>
                                <Sources refs=case.sources />
                                <button
                                    type="button"
                                    class="secondary"
                                    data-demo=key
                                    aria-label=move || {
                                        format!("{}: {}", demos::OPEN.get(lang.get()), case.name.get(lang.get()))
                                    }
                                    aria-busy=move || busy.get().then_some("true")
                                    on:click=move |_| {
                                        if busy.get_untracked() {
                                            return;
                                        }
                                        match existing_copy(ds, key) {
                                            Some(found) => offer.set(Some(found)),
                                            None => make_copy(),
                                        }
                                    }
                                >
                                    {lang.text(demos::OPEN)}
                                </button>
                                {move || {
                                    offer
                                        .get()
                                        .map(|(_, name)| {
                                            let make_anyway = make_anyway.clone();
                                            let open_existing = open_existing.clone();
                                            view! {
                                                <div class="demo-existing" role="group" data-existing=key>
                                                    <p>{move || demos::existing_copy(&name, lang.get())}</p>
                                                    <div class="button-row">
                                                        <button
                                                            type="button"
                                                            class="open-existing"
                                                            on:click=open_existing
                                                        >
                                                            {lang.text(demos::OPEN_EXISTING)}
                                                        </button>
                                                        <button
                                                            type="button"
                                                            class="secondary new-copy"
                                                            on:click=move |_| make_anyway()
                                                        >
                                                            {lang.text(demos::NEW_COPY_ANYWAY)}
                                                        </button>
                                                        <button
                                                            type="button"
                                                            class="secondary"
                                                            on:click=move |_| offer.set(None)
                                                        >
                                                            {lang.text(demos::CANCEL)}
                                                        </button>
                                                    </div>
                                                </div>
                                            }
                                        })
                                }}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <Show when=move || failed.get()>
                <p class="banner warn" role="alert" id="demo-failed">
                    {move || crate::i18n::ui::ui(lang.get()).screen_failed_text}
                </p>
            </Show>
        </section>
    }
}
