//! A colleague's file laid beside the dossier it came from (`persistence::merge`): what
//! changed since the version both started from, field by field and line by line. Changes
//! only the colleague made are taken at once; each conflicting change shows both values
//! and waits for the user's choice (keep, take, combine), never chosen silently. Nothing is
//! written until "Samenvoegen"; then the session writes a new revision and keeps the
//! replaced version, which can be downloaded from here and from the sharing panel.

use super::format_datetime;
use crate::components::focus::focus_id;
use crate::i18n;
use crate::i18n::sharing as t;
use crate::persistence::import::{ImportChoice, ImportError, ImportPlan};
use crate::persistence::merge::{Change, ChangeKind, Choice, DossierMerge};
use crate::state::dossiers::{use_dossiers, Action};
use crate::state::use_lang;
use leptos::prelude::*;

/// The colleague's file that the import panel hands to the merge panel (its code is a chunk
/// of its own, fetched when a colleague's file first arrives).
#[derive(Clone, Copy)]
pub struct MergeRequest(pub RwSignal<Option<ImportPlan>>);

crate::components::lazy::lazy_screen!(merge_chunk, load_panel, preload_panel, || view! { <MergeRequested /> });

/// [`load_panel`] for [`crate::components::lazy::LazyPanel`].
pub fn load_panel_boxed() -> crate::components::lazy::PanelFuture {
    Box::pin(load_panel())
}

/// Lays the requested file beside its dossier; a file for a dossier that is not here (or
/// cannot be replaced) becomes a dossier of its own. Or says why neither can be done.
#[component]
fn MergeRequested() -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    let Some(request) = use_context::<MergeRequest>() else { return ().into_any() };
    let Some(plan) = request.0.get_untracked() else { return ().into_any() };
    let close = Callback::new(move |()| request.0.set(None));
    let outcome = if plan.mergeable().is_some() {
        d.merge_proposal(&plan).map(Some)
    } else {
        let suffix = i18n::persistence::IMPORT_SUFFIX.get(lang.get_untracked());
        d.apply_share_import(&plan, &[ImportChoice::KeepBoth], suffix).map(|_| None)
    };
    match outcome {
        Ok(Some(merge)) => {
            focus_id("merge-title".into());
            view! { <MergePanel plan=plan merge=merge close=close /> }.into_any()
        }
        Ok(None) => {
            // Imported: the list shows it (with the session's notice); this panel goes.
            request_animation_frame(move || close.run(()));
            focus_id("dossiers-title".into());
            ().into_any()
        }
        Err(e) => {
            focus_id("import-error".into());
            view! {
                <div class="import-error" role="alert" id="import-error" tabindex="-1">
                    <p>
                        <strong>{lang.text(i18n::persistence::IMPORT_FAILED)}</strong>
                    </p>
                    <p class="import-error-text">{move || i18n::persistence::import_error(&e, lang.get())}</p>
                    <p>{lang.text(i18n::persistence::NOTHING_CHANGED)}</p>
                </div>
            }
            .into_any()
        }
    }
}

#[component]
fn MergePanel(plan: ImportPlan, merge: DossierMerge, close: Callback<()>) -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    let (municipality, name, sent_at) = plan
        .share
        .as_deref()
        .map(|f| (f.from.municipality.clone(), f.from.name.clone(), f.sent_at.clone()))
        .unwrap_or_default();
    let dossier_name = merge.ours.display_name().unwrap_or(&merge.ours.id).to_string();
    let dossier_id = merge.ours.id.clone();
    let n = merge.merged.changes.len();
    let choices = RwSignal::new(vec![None::<Choice>; n]);
    let missing = RwSignal::new(false);
    let error = RwSignal::new(None::<ImportError>);
    let done = RwSignal::new(false);
    let merge = StoredValue::new(merge);
    let plan = StoredValue::new(plan);
    let sender = StoredValue::new((municipality, name));
    let who = move || sender.with_value(|(m, n)| t::who(m, n, lang.get()));

    // The rows of one kind, with the place described from the versions at hand.
    let rows = move |kind: ChangeKind| -> Vec<(usize, Change, String)> {
        merge.with_value(|m| {
            let ours = crate::persistence::merge::dossier_value(&m.ours);
            let docs = [&m.merged.value, &ours];
            m.merged
                .changes
                .iter()
                .enumerate()
                .filter(|(_, c)| c.kind == kind)
                .map(|(i, c)| (i, c.clone(), t::place(&c.path, &docs, lang.get())))
                .collect()
        })
    };
    let taken = Memo::new(move |_| rows(ChangeKind::Theirs));
    let own = Memo::new(move |_| rows(ChangeKind::Ours));
    let conflicts = Memo::new(move |_| rows(ChangeKind::Conflict));

    let confirm = move |_| {
        let chosen = choices.get_untracked();
        let open: Vec<usize> = conflicts.with_untracked(|c| c.iter().map(|(i, ..)| *i).collect());
        if let Some(first) = open.iter().find(|i| chosen.get(**i).copied().flatten().is_none()) {
            missing.set(true);
            focus_id(format!("merge-{first}-keep"));
            return;
        }
        missing.set(false);
        let picked: Vec<Choice> = chosen.into_iter().map(Option::unwrap_or_default).collect();
        let result = merge.with_value(|m| plan.with_value(|p| d.apply_merge(p, m, &picked)));
        match result {
            Ok(()) => {
                error.set(None);
                done.set(true);
                focus_id("merge-done".into());
            }
            Err(e) => {
                error.set(Some(e));
                focus_id("merge-error".into());
            }
        }
    };
    let keep_apart = move |_| {
        let suffix = i18n::persistence::IMPORT_SUFFIX.get(lang.get_untracked());
        match plan.with_value(|p| d.apply_share_import(p, &[ImportChoice::KeepBoth], suffix)) {
            Ok(_) => {
                close.run(());
                focus_id("dossiers-title".into());
            }
            Err(e) => {
                error.set(Some(e));
                focus_id("merge-error".into());
            }
        }
    };
    let ids = StoredValue::new(dossier_id);
    let download_replaced = move |_| {
        let id = ids.get_value();
        d.report(Action::DownloadReplaced, &id, d.download_replaced(&id));
    };

    let change_row = move |(_, c, place): (usize, Change, String), mine: bool| {
        let (from, to) = if mine { (c.base.clone(), c.ours.clone()) } else { (c.base.clone(), c.theirs.clone()) };
        view! {
            <li>
                <span class="merge-place">{place}</span>
                ": "
                <del>{move || t::value(from.as_ref(), lang.get())}</del>
                " → "
                <ins>{move || t::value(to.as_ref(), lang.get())}</ins>
            </li>
        }
    };

    view! {
        <div class="merge-panel" role="group" aria-labelledby="merge-title" id="merge-panel">
            <h4 id="merge-title" tabindex="-1">
                {lang.text(t::MERGE_TITLE)}
            </h4>
            <p>
                {move || {
                    t::merge_from(&who(), &format_datetime(&sent_at, lang.get(), true), &dossier_name, lang.get())
                }}
            </p>
            <Show
                when=move || !done.get()
                fallback=move || {
                    view! {
                        <div class="merge-done" role="status" id="merge-done" tabindex="-1">
                            <p>{lang.text(t::MERGED_DONE)}</p>
                            <div class="button-row">
                                <button type="button" id="merge-download-replaced" on:click=download_replaced>
                                    {lang.text(t::REPLACED_DOWNLOAD)}
                                </button>
                                <button type="button" class="secondary" on:click=move |_| close.run(())>
                                    {lang.text(t::CLOSE)}
                                </button>
                            </div>
                        </div>
                    }
                }
            >
                <p id="merge-summary">
                    {move || {
                        if merge.with_value(|m| m.nothing_new()) {
                            t::MERGE_NOTHING.get(lang.get()).to_string()
                        } else {
                            t::merge_summary(taken.with(Vec::len), conflicts.with(Vec::len), lang.get())
                        }
                    }}
                </p>
                <p class="note">{lang.text(t::MERGE_KEPT_INTACT)}</p>
                <Show when=move || !conflicts.with(Vec::is_empty)>
                    <h5>{lang.text(t::CONFLICTS_TITLE)}</h5>
                    <For
                        each=move || conflicts.get()
                        key=|(i, ..)| *i
                        children=move |(i, c, place)| {
                            let combinable = merge.with_value(|m| m.can_combine(i));
                            let is = move |x: Choice| choices.with(|v| v.get(i).copied().flatten() == Some(x));
                            let set = move |x: Choice| {
                                choices
                                    .update(|v| {
                                        if let Some(slot) = v.get_mut(i) {
                                            *slot = Some(x);
                                        }
                                    })
                            };
                            let group = format!("merge-choice-{i}");
                            let (base, ours, theirs) = (c.base.clone(), c.ours.clone(), c.theirs.clone());
                            view! {
                                <fieldset class="merge-conflict" id=format!("merge-conflict-{i}")>
                                    <legend>{place}</legend>
                                    <dl class="merge-values">
                                        <dt>{lang.text(t::BEFORE)}</dt>
                                        <dd>{move || t::value(base.as_ref(), lang.get())}</dd>
                                        <dt>{lang.text(t::HERE)}</dt>
                                        <dd class="merge-ours">{move || t::value(ours.as_ref(), lang.get())}</dd>
                                        <dt>{move || t::from_file(&who(), lang.get())}</dt>
                                        <dd class="merge-theirs">{move || t::value(theirs.as_ref(), lang.get())}</dd>
                                    </dl>
                                    <label>
                                        <input
                                            type="radio"
                                            id=format!("merge-{i}-keep")
                                            name=group.clone()
                                            prop:checked=move || is(Choice::Keep)
                                            on:change=move |_| set(Choice::Keep)
                                        />
                                        " "
                                        {lang.text(t::KEEP)}
                                    </label>
                                    <label>
                                        <input
                                            type="radio"
                                            id=format!("merge-{i}-take")
                                            name=group.clone()
                                            prop:checked=move || is(Choice::Take)
                                            on:change=move |_| set(Choice::Take)
                                        />
                                        " "
                                        {lang.text(t::TAKE)}
                                    </label>
                                    {combinable
                                        .then(|| {
                                            view! {
                                                <label>
                                                    <input
                                                        type="radio"
                                                        id=format!("merge-{i}-combine")
                                                        name=group.clone()
                                                        prop:checked=move || is(Choice::Combine)
                                                        on:change=move |_| set(Choice::Combine)
                                                    />
                                                    " "
                                                    {lang.text(t::COMBINE)}
                                                </label>
                                            }
                                        })}
                                </fieldset>
                            }
                        }
                    />
                </Show>
                <Show when=move || !taken.with(Vec::is_empty)>
                    <h5>{lang.text(t::TAKEN_TITLE)}</h5>
                    <ul class="merge-list" id="merge-taken">
                        {move || taken.get().into_iter().map(|r| change_row(r, false)).collect_view()}
                    </ul>
                </Show>
                <Show when=move || !own.with(Vec::is_empty)>
                    <details class="merge-own">
                        <summary>{lang.text(t::OURS_TITLE)}</summary>
                        <ul class="merge-list">
                            {move || own.get().into_iter().map(|r| change_row(r, true)).collect_view()}
                        </ul>
                    </details>
                </Show>
                {move || {
                    missing
                        .get()
                        .then(|| {
                            view! {
                                <p class="import-error" role="alert">
                                    {lang.text(t::CHOOSE_EACH)}
                                </p>
                            }
                        })
                }}
                {move || {
                    error
                        .get()
                        .map(|e| {
                            view! {
                                <div class="import-error" role="alert" id="merge-error" tabindex="-1">
                                    <p>
                                        <strong>{lang.text(i18n::persistence::IMPORT_FAILED)}</strong>
                                    </p>
                                    <p>{move || i18n::persistence::import_error(&e, lang.get())}</p>
                                    <p>{lang.text(i18n::persistence::NOTHING_CHANGED)}</p>
                                </div>
                            }
                        })
                }}
                <div class="button-row">
                    <button type="button" id="merge-confirm" on:click=confirm>
                        {lang.text(t::MERGE_CONFIRM)}
                    </button>
                    <button type="button" class="secondary" id="merge-keep-apart" on:click=keep_apart>
                        {lang.text(t::MERGE_AS_COPY)}
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        id="merge-cancel"
                        on:click=move |_| {
                            close.run(());
                            focus_id("import-file".into());
                        }
                    >
                        {lang.text(i18n::persistence::CANCEL)}
                    </button>
                </div>
            </Show>
        </div>
    }
}
