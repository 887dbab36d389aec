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

async fn load_demo_copy(key: &str, lang: Lang) -> Result<Option<Dossier>, ChunkError> {
    crate::platform::split_await!(demo_copy(key.to_string(), lang, new_id("d"), now_iso()))
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
                        let navigate = navigate.clone();
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
                                    on:click=move |_| {
                                        let navigate = navigate.clone();
                                        failed.set(false);
                                        leptos::task::spawn_local(async move {
                                            match load_demo_copy(key, lang.get_untracked()).await {
                                                Ok(Some(d)) => {
                                                    let id = ds.create(d);
                                                    navigate(&Page::OPENING.href(&id), Default::default());
                                                }
                                                Ok(None) => {}
                                                Err(ChunkError) => failed.set(true),
                                            }
                                        });
                                    }
                                >
                                    {lang.text(demos::OPEN)}
                                </button>
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
