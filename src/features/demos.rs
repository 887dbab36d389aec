//! Demo cases from the sources, opened as copies: the user's own dossiers are never touched,
//! and a copy can be put back to the original at any time.

use crate::domain::demo::{self, demo_case, demo_cases};
use crate::domain::dossier::Dossier;
use crate::i18n::{Lang, Tr};
use crate::platform::{new_id, now_iso};
use crate::routes::Page;
use crate::state::dossiers::{use_dossiers, Dossiers};
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

const TITLE: Tr = Tr::new("Voorbeeldcasussen", "Demo cases");
const INTRO: Tr = Tr::new(
    "Vijf inkopen uit de bronnen, ingevuld met hun feiten, en een rekenoefening voor een \
     workshop. U opent steeds een kopie: uw eigen \
     dossiers blijven onaangeroerd, en een kopie kunt u altijd terugzetten naar het origineel.",
    "Five purchases from the sources, filled in with their facts, and a worked exercise for a \
     workshop. You always open a copy: your own \
     dossiers stay untouched, and a copy can always be put back to the original.",
);
const OPEN: Tr = Tr::new("Open als kopie", "Open as a copy");
/// Only shown in English: the cases are Dutch purchases and their content stays Dutch.
const CONTENT_IN_DUTCH: &str = "These are Dutch purchases: what the dossiers hold (requirements, \
     criteria, notes) is in Dutch, as the municipalities wrote it. The app around it speaks English.";

/// A fresh copy of a demo, ready to be stored as a new dossier.
pub fn demo_copy(key: &str, lang: Lang) -> Option<Dossier> {
    Some(demo_case(key)?.copy(lang, new_id("d"), &now_iso()))
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
    view! {
        <section class="demos" id="demos" aria-labelledby="demos-title">
            <h2 id="demos-title">{lang.text(TITLE)}</h2>
            <p>{lang.text(INTRO)}</p>
            <Show when=move || lang.get() == crate::i18n::Lang::En>
                <p class="note" lang="en">{CONTENT_IN_DUTCH}</p>
            </Show>
            <ul class="demo-list">
                {demo_cases().into_iter().map(|case| {
                    let key = case.key;
                    let navigate = navigate.clone();
                    view! {
                        <li class="demo-card">
                            <h3>{lang.text(case.name)}</h3>
                            <p>{lang.text(case.description)}</p>
                            <button type="button" class="secondary" data-demo=key
                                aria-label=move || format!("{}: {}", OPEN.get(lang.get()), case.name.get(lang.get()))
                                on:click=move |_| {
                                    if let Some(d) = demo_copy(key, lang.get_untracked()) {
                                        let id = ds.create(d);
                                        navigate(&Page::OPENING.href(&id), Default::default());
                                    }
                                }>
                                {lang.text(OPEN)}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
