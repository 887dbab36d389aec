//! Where a text comes from, in one small line under it: "Bron: Handreiking §3.3, blz. 18".
//! The one way the app shows a `domain::source::SourceRef` (the words are `i18n::source`); each
//! reference is a `<cite>` with the document's full title as its tooltip.

use crate::domain::source::SourceRef;
use crate::i18n::source::{source_ref, source_title, LABEL_MANY, LABEL_ONE};
use crate::state::use_lang;
use leptos::prelude::*;

/// The sources of the text just above, in one line; nothing when there are none.
#[component]
pub fn Sources(
    /// The references, in the order they are read.
    refs: &'static [SourceRef],
) -> impl IntoView {
    let lang = use_lang();
    let label = if refs.len() == 1 { LABEL_ONE } else { LABEL_MANY };
    (!refs.is_empty()).then(|| {
        view! {
            <p class="source">
                <span class="source-label">{lang.text(label)}": "</span>
                {refs
                    .iter()
                    .enumerate()
                    .map(|(i, r)| {
                        let r = *r;
                        view! {
                            {(i > 0).then_some("; ")}
                            <cite class:own=!r.is_source() title=move || source_title(r).get(lang.get())>
                                {move || source_ref(r, lang.get())}
                            </cite>
                        }
                    })
                    .collect_view()}
            </p>
        }
    })
}
