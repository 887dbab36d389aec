//! The save status and the backup reminder in the header.
//!
//! Stable hooks for end-to-end tests: `#save-status` with `data-state` =
//! `saved|dirty|saving|error|memory`. Screen readers hear problems and the recovery from
//! them through a polite live region; the saving/saved cycle of ordinary typing is not
//! announced (it would interrupt every pause).

use super::format_datetime;
use crate::i18n;
use crate::i18n::{Lang, Tr};
use crate::persistence::backup::backup_due;
use crate::persistence::time::unix_seconds;
use crate::routes::{self, Page};
use crate::state::dossiers::{use_dossiers, Action, SaveProblem, SaveStatus as Status};
use crate::state::use_lang;
use leptos::prelude::*;

fn status_text(s: &Status) -> Tr {
    match s {
        Status::Saved { .. } => i18n::persistence::SAVED,
        Status::Dirty | Status::Saving => i18n::persistence::SAVING,
        Status::Failed(SaveProblem::Quota) => i18n::persistence::NOT_SAVED_QUOTA,
        Status::Failed(SaveProblem::Blocked(_)) => i18n::persistence::NOT_SAVED_BLOCKED,
        Status::Failed(SaveProblem::Conflict) => i18n::persistence::NOT_SAVED_CONFLICT,
        Status::Failed(SaveProblem::RevisionLimit) => i18n::persistence::NOT_SAVED_REVISION,
        Status::Failed(SaveProblem::Other(_)) => i18n::persistence::NOT_SAVED_ERROR,
        Status::Memory => i18n::persistence::NOT_SAVED_MEMORY,
        Status::ReadOnly => i18n::persistence::READ_ONLY,
    }
}

/// Save status and backup reminder, for the header's tool area.
#[component]
pub fn SaveStatus() -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    let text = move || status_text(&d.status.get()).get(lang.get());
    let title = move || match d.status.get() {
        Status::Saved { at: Some(at) } => {
            Some(i18n::persistence::saved_at(&super::format_time(&at, lang.get()), lang.get()))
        }
        _ => None,
    };
    // What the live region says: problems, and "saved" once a problem is over.
    let announce = Memo::new(move |prev: Option<&String>| {
        let s = d.status.get();
        let l = lang.get();
        let prev = prev.cloned().unwrap_or_default();
        match s {
            Status::Failed(_) | Status::Memory | Status::ReadOnly => status_text(&s).get(l).to_string(),
            Status::Saved { .. } if !prev.is_empty() => i18n::persistence::SAVED.get(l).to_string(),
            _ => prev,
        }
    });
    view! {
        <div class="save-tools">
            <p id="save-status" class="save-status" data-state=move || d.status.get().data_state() title=title>
                <span class="save-dot" aria-hidden="true"></span>
                <span class="save-text">{text}</span>
            </p>
            <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                {move || announce.get()}
            </p>
            <DraftStatus />
            <BackupStatus />
        </div>
    }
}

/// Number entries of the open dossier that do not parse: kept in the settings (so a reload
/// loses nothing) but not in the dossier, which keeps the last valid value. A link goes to
/// the first one. (Drafts whose field is gone are forgotten by the app's navigation effect,
/// `Dossiers::forget_missing_drafts`.) Needs no router: it is also mounted on its own.
#[component]
fn DraftStatus() -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    let drafts = Memo::new(move |_| {
        let id = d.current.with(|c| c.as_ref().map(|c| c.id.clone()))?;
        let list: Vec<(String, String)> =
            d.settings.with(|s| s.drafts_of(&id).map(|(field, draft)| (field.clone(), draft.path.clone())).collect());
        (!list.is_empty()).then_some((id, list))
    });
    move || {
        drafts.get().map(|(id, list)| {
            // The page and field come from storage: a link only to a page of this dossier
            // and a plain element id, else to the dossier's first step.
            let href = list
                .first()
                .map(|(field, path)| match routes::page_of(path, &id) {
                    Some(page) if routes::is_element_id(field) => page.href_at(&id, field),
                    Some(page) => page.href(&id),
                    None => Page::OPENING.href(&id),
                })
                .unwrap_or_default();
            view! {
                <a
                    id="draft-status"
                    class="draft-status"
                    href=href
                    title=move || i18n::persistence::INVALID_ENTRIES_TITLE.get(lang.get())
                >
                    {move || i18n::persistence::invalid_entries(list.len(), lang.get())}
                </a>
            }
        })
    }
}

/// When the last backup was made; a reminder button after a week without one.
#[component]
fn BackupStatus() -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    let due = Memo::new(move |_| d.list.with(|l| d.settings.with(|s| d.clock.with(|now| backup_due(l, s, now)))));
    let last = move || {
        let l: Lang = lang.get();
        d.settings.with(|s| match &s.last_export_at {
            // A damaged settings value is not shown as if it were a date.
            Some(at) if unix_seconds(at).is_some() && !format_datetime(at, l, false).is_empty() => {
                i18n::persistence::last_backup(&format_datetime(at, l, false), l)
            }
            Some(_) => i18n::persistence::LAST_BACKUP_UNKNOWN.get(l).to_string(),
            None => i18n::persistence::NO_BACKUP_YET.get(l).to_string(),
        })
    };
    let export = move |_| {
        d.with_store(move |ops| d.report(Action::ExportAll, "", (ops.export_all)(d)));
    };
    // Nothing to say to someone who has no dossiers and never made a backup.
    let relevant = move || !d.list.with(Vec::is_empty) || d.settings.with(|s| s.last_export_at.is_some());
    view! {
        <Show when=relevant>
            <p id="backup-status" class="backup-status">
                {last}
            </p>
        </Show>
        <Show when=move || due.get()>
            <button
                type="button"
                id="backup-due"
                class="backup-due"
                on:click=export
                aria-describedby="backup-due-text"
                title=move || i18n::persistence::BACKUP_DUE_TEXT.get(lang.get())
            >
                {lang.text(i18n::persistence::BACKUP_DUE)}
            </button>
            <span id="backup-due-text" class="visually-hidden">
                {lang.text(i18n::persistence::BACKUP_DUE_TEXT)}
            </span>
        </Show>
    }
}
