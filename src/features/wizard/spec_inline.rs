//! The specification helper inside step 3: each requirement gets its verdict as it is
//! typed, and the bestek as a whole its share of functional requirements.

use super::lists::ListAccess;
use crate::components::assessment::sentence_view;
use crate::domain::dossier::Requirement;
use crate::domain::spec::assess;
use crate::i18n;
use crate::i18n::wizard_ui::wt;
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
use leptos::prelude::*;

/// One requirement: its text and, live, the analyser's verdict on it.
pub fn requirement_row(ds: Dossiers, access: ListAccess<Requirement>, id: String, anchor: &'static str) -> AnyView {
    let lang = use_lang();
    let value = access.field(ds, id.clone(), |r| r.text.clone());
    let assessment = Memo::new(move |_| value.with(|t| (!t.trim().is_empty()).then(|| assess(t))));
    let input_id = format!("{anchor}-{id}");
    let idc = id.clone();
    view! {
        <div class="requirement">
            <textarea
                id=input_id
                rows="2"
                aria-label=move || wt(lang.get()).requirement
                prop:value=move || value.get()
                prop:disabled=move || ds.read_only.get()
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    access.edit(ds, &idc, |r| r.text = v)
                }
            ></textarea>
            <div class="inline-assessment" aria-live="polite">
                {move || {
                    assessment
                        .get()
                        .map(|a| {
                            value
                                .with(|t| {
                                    a.sentences().iter().map(|s| sentence_view(t, s, lang.get(), true)).collect_view()
                                })
                        })
                }}
            </div>
        </div>
    }
    .into_any()
}

/// The share of functional requirements over both lists.
pub fn bestek_summary(ds: Dossiers) -> impl IntoView {
    let lang = use_lang();
    let all_text = Memo::new(move |_| {
        ds.current.with(|d| {
            d.as_ref()
                .map(|d| {
                    d.specification
                        .functional
                        .iter()
                        .chain(d.specification.technical.iter())
                        .map(|r| r.text.trim())
                        .filter(|t| !t.is_empty())
                        // Each requirement is its own sentence, even without a full stop.
                        .map(|t| if t.ends_with(['.', '!', '?']) { t.to_string() } else { format!("{t}.") })
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .unwrap_or_default()
        })
    });
    let summary = Memo::new(move |_| all_text.with(|t| i18n::spec::share_summary(&assess(t), lang.get())));
    view! {
        <aside class="bestek-summary" aria-live="polite">
            <h2>{lang.text(i18n::spec::SHARE_TITLE)}</h2>
            <p>{move || summary.get().unwrap_or_else(|| i18n::spec::SHARE_EMPTY.get(lang.get()).to_string())}</p>
        </aside>
    }
}
