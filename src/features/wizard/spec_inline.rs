//! The specification helper inside step 3: each requirement gets its verdict as it is
//! typed (a functional version to take over where it is not yet one, and a note when it
//! sits in the other list than its verdict), and the bestek as a whole its share of
//! functional requirements, one count per requirement.

use super::lists::ListAccess;
use crate::components::assessment::{sentence_view, SentenceActions};
use crate::domain::demo::list_note_of;
use crate::domain::dossier::Requirement;
use crate::domain::spec::{assess, requirement_counts, Replacement, Verdict};
use crate::i18n;
use crate::i18n::wizard_ui::wt;
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
use leptos::prelude::*;

/// Which list of step 3 a requirement is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequirementList {
    /// "Functionele eisen".
    Functional,
    /// "Technische eisen".
    Technical,
}

/// One requirement: its text and, live, the analyser's verdict on it.
pub fn requirement_row(
    ds: Dossiers,
    access: ListAccess<Requirement>,
    id: String,
    anchor: &'static str,
    list: RequirementList,
) -> AnyView {
    let lang = use_lang();
    let value = access.field(ds, id.clone(), |r| r.text.clone());
    let assessment = Memo::new(move |_| value.with(|t| (!t.trim().is_empty()).then(|| assess(t))));
    let input_id = format!("{anchor}-{id}");
    let idc = id.clone();
    // "Neem deze versie over": the sentence becomes its functional version (only while it
    // still reads as it did when the version was proposed).
    let idu = id.clone();
    let use_version = Callback::new(move |r: Replacement| {
        access.edit(ds, &idu, |req| {
            r.apply(&mut req.text);
        })
    });
    let actions = SentenceActions { use_version: Some(use_version), send: None };
    // A requirement in the functional list that reads technical (or the other way round)
    // says so, here and before it goes into the bestek.
    let idn = id.clone();
    let note = move || {
        let a = assessment.get()?;
        if a.is_inconclusive() {
            return None;
        }
        let against = match (list, a.verdict()) {
            (RequirementList::Functional, Verdict::Technical) => Some(i18n::spec::NOTE_TECHNICAL_IN_FUNCTIONAL),
            (RequirementList::Functional, Verdict::Mixed) => Some(i18n::spec::NOTE_MIXED_IN_FUNCTIONAL),
            (RequirementList::Technical, Verdict::Functional) => Some(i18n::spec::NOTE_FUNCTIONAL_IN_TECHNICAL),
            (RequirementList::Technical, Verdict::Mixed) => None,
            _ => return None,
        };
        // A demo requirement that is where it is on purpose says why instead.
        let reason = value.with(|t| list_note_of(&idn, t)).map(i18n::spec_lists::demo_list_note);
        let text = reason.or(against)?;
        Some(view! {
            <p class="list-note" role="note">
                {text.get(lang.get())}
            </p>
        })
    };
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
                {note}
                {move || {
                    assessment
                        .get()
                        .map(|a| {
                            value
                                .with(|t| {
                                    a.sentences()
                                        .iter()
                                        .map(|s| sentence_view(t, s, lang.get(), true, actions))
                                        .collect_view()
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
    let texts = Memo::new(move |_| {
        ds.current.with(|d| {
            d.as_ref()
                .map(|d| {
                    d.specification
                        .functional
                        .iter()
                        .chain(d.specification.technical.iter())
                        .map(|r| r.text.trim())
                        .filter(|t| !t.is_empty())
                        .map(str::to_string)
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let summary = Memo::new(move |_| {
        texts.with(|t| i18n::spec::counts_summary(requirement_counts(t.iter().map(String::as_str)), lang.get()))
    });
    view! {
        <aside class="bestek-summary" aria-live="polite">
            <h2>{lang.text(i18n::spec::SHARE_TITLE)}</h2>
            <p>{move || summary.get().unwrap_or_else(|| i18n::spec::SHARE_EMPTY.get(lang.get()).to_string())}</p>
        </aside>
    }
}
