//! Importing a backup file: a file picker and a drop zone. The file is checked completely
//! before anything is written (`persistence::import`); an existing id asks "replace or
//! keep both"; a bad file gets a message naming what is wrong and where.

use super::merge::MergeRequest;
use crate::components::file_drop::{read_file, FileDrop};
use crate::components::focus::focus_id;
use crate::components::lazy::LazyPanel;
use crate::i18n;
use crate::persistence::import::{ImportChoice, ImportError, ImportPlan};
use crate::state::dossiers::use_dossiers;
use crate::state::use_lang;
use leptos::prelude::*;

// The panel reads whole backup files (the dossier reader and the import's checks): a chunk
// of its own, fetched as the start page renders, so the start page is drawn without it.
crate::components::lazy::lazy_screen!(import_chunk, load_panel, preload_panel, || view! { <ImportPanel /> });

/// [`load_panel`] for [`LazyPanel`].
/// Below the dossier list, so fetched as background work: a screen opened in the first
/// seconds on a slow line gets the connection first.
pub fn load_panel_boxed() -> crate::components::lazy::PanelFuture {
    Box::pin(crate::platform::in_background(load_panel()))
}

#[component]
pub fn ImportPanel() -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    let error = RwSignal::new(None::<ImportError>);
    let pending = RwSignal::new(None::<ImportPlan>);
    let choices = RwSignal::new(Vec::<ImportChoice>::new());

    // A colleague's file for a dossier that is here: laid beside it (`merge.rs`).
    let merging = RwSignal::new(None::<ImportPlan>);
    provide_context(MergeRequest(merging));

    let apply = move |plan: ImportPlan, chosen: Vec<ImportChoice>| {
        let suffix = i18n::persistence::IMPORT_SUFFIX.get(lang.get_untracked());
        match d.apply_import(&plan, &chosen, suffix) {
            Ok(_) => {
                error.set(None);
                focus_id("dossiers-title".into());
            }
            Err(e) => {
                error.set(Some(e));
                focus_id("import-error".into());
            }
        }
        pending.set(None);
    };

    let received = move |bytes: Result<Vec<u8>, ImportError>| {
        pending.set(None);
        merging.set(None);
        match bytes.and_then(|b| d.parse_import(&b)) {
            // A colleague's file: the merge panel's chunk lays it beside the dossier it came
            // from, or adds it as a dossier of its own.
            Ok(plan) if plan.share.is_some() => {
                error.set(None);
                merging.set(Some(plan));
            }
            Ok(plan) if plan.has_conflicts() => {
                error.set(None);
                choices.set(vec![ImportChoice::KeepBoth; plan.items.len()]);
                pending.set(Some(plan));
                focus_id("import-choices-title".into());
            }
            Ok(plan) => apply(plan, Vec::new()),
            Err(e) => {
                error.set(Some(e));
                focus_id("import-error".into());
            }
        }
    };

    // One file: a backup is one file (several dossiers inside).
    let on_files = move |files: web_sys::FileList| {
        if let Some(file) = files.get(0) {
            read_file(file, received);
        }
    };

    view! {
        <section class="import" aria-labelledby="import-title">
            <h3 id="import-title">{lang.text(i18n::persistence::IMPORT_TITLE)}</h3>
            <FileDrop
                input_id="import-file"
                zone_id="import-drop"
                label=i18n::persistence::IMPORT_LABEL
                hint=i18n::persistence::DROP_HINT
                dragging_hint=i18n::persistence::DROP_HERE
                on_files=on_files
            />
            {move || {
                error
                    .get()
                    .map(|e| {
                        view! {
                            <div class="import-error" role="alert" id="import-error" tabindex="-1">
                                <p>
                                    <strong>{lang.text(i18n::persistence::IMPORT_FAILED)}</strong>
                                </p>
                                <p class="import-error-text">
                                    {
                                        let e = e.clone();
                                        move || i18n::persistence::import_error(&e, lang.get())
                                    }
                                </p>
                                <p>
                                    {lang.text(i18n::persistence::NOTHING_CHANGED)} " "
                                    {
                                        let e = e.clone();
                                        move || i18n::persistence::import_advice(&e, lang.get())
                                    }
                                </p>
                                {i18n::persistence::import_error_detail(&e)
                                    .map(|detail| {
                                        view! {
                                            <details class="technical-details">
                                                <summary>{lang.text(i18n::persistence::TECHNICAL)}</summary>
                                                <p class="technical">{detail}</p>
                                            </details>
                                        }
                                    })}
                            </div>
                        }
                    })
            }}
            {move || { merging.get().map(|_| view! { <LazyPanel load=super::merge::load_panel_boxed /> }) }}
            {move || {
                pending
                    .get()
                    .map(|plan| {
                        let items = plan
                            .items
                            .iter()
                            .enumerate()
                            .filter(|(_, item)| item.existing.is_some() && !item.needs_new_id)
                            .map(|(i, item)| {
                                let name = item.dossier.name.clone();
                                let replaceable = item.existing.as_ref().is_some_and(|e| e.replaceable);
                                let group = format!("import-choice-{i}");
                                let set = move |c: ImportChoice| {
                                    choices
                                        .update(|v| {
                                            if let Some(x) = v.get_mut(i) {
                                                *x = c;
                                            }
                                        })
                                };
                                let is = move |c: ImportChoice| choices.with(|v| v.get(i) == Some(&c));
                                view! {
                                    <fieldset class="import-choice">
                                        <legend>
                                            {move || i18n::persistence::import_conflict_text(&name, lang.get())}
                                        </legend>
                                        {if replaceable {
                                            view! {
                                                <label>
                                                    <input
                                                        type="radio"
                                                        name=group.clone()
                                                        prop:checked=move || is(ImportChoice::Replace)
                                                        on:change=move |_| set(ImportChoice::Replace)
                                                    />
                                                    " "
                                                    {lang.text(i18n::persistence::REPLACE)}
                                                </label>
                                                <label>
                                                    <input
                                                        type="radio"
                                                        name=group.clone()
                                                        prop:checked=move || is(ImportChoice::KeepBoth)
                                                        on:change=move |_| set(ImportChoice::KeepBoth)
                                                    />
                                                    " "
                                                    {lang.text(i18n::persistence::KEEP_BOTH)}
                                                </label>
                                            }
                                                .into_any()
                                        } else {
                                            view! {
                                                <p class="note">{lang.text(i18n::persistence::NOT_REPLACEABLE)}</p>
                                            }
                                                .into_any()
                                        }}
                                    </fieldset>
                                }
                            })
                            .collect_view();
                        let plan_for_apply = StoredValue::new(plan);
                        view! {
                            <div class="import-choices" role="group" aria-labelledby="import-choices-title">
                                <h4 id="import-choices-title" tabindex="-1">
                                    {lang.text(i18n::persistence::IMPORT_CONFLICT_TITLE)}
                                </h4>
                                {items}
                                <div class="button-row">
                                    <button
                                        type="button"
                                        id="import-confirm"
                                        on:click=move |_| {
                                            apply(plan_for_apply.get_value(), choices.get_untracked());
                                        }
                                    >
                                        {lang.text(i18n::persistence::IMPORT_CONFIRM)}
                                    </button>
                                    <button
                                        type="button"
                                        class="secondary"
                                        on:click=move |_| {
                                            pending.set(None);
                                            focus_id("import-file".into());
                                        }
                                    >
                                        {lang.text(i18n::persistence::CANCEL)}
                                    </button>
                                </div>
                            </div>
                        }
                    })
            }}
        </section>
    }
}
