//! The dossier list on the start page: create, open (switch), rename, duplicate, back up
//! and delete (with undo). Rows are keyed by their content, so a changed row is rebuilt;
//! focus is put back explicitly after each action (see `focus_id`).

use super::format_datetime;
use crate::components::focus::focus_id;
use crate::components::lazy::LazyPanel;
use crate::domain::dossier::Dossier;
use crate::i18n;
use crate::persistence::summary::DossierSummary;
use crate::routes::Page;
use crate::state::dossiers::{use_dossiers, Action, Notice, SaveStatus};
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// One row: a stored dossier, or one that exists only in this tab.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Row {
    s: DossierSummary,
    current: bool,
    unsaved: bool,
}

impl Row {
    fn key(&self) -> String {
        format!(
            "{}|{}|{}|{}|{}|{}|{:?}",
            self.s.id,
            self.s.name,
            self.s.updated_at,
            self.s.steps_complete,
            self.current,
            self.unsaved,
            self.s.newer_schema
        )
    }
}

/// The list section, for the start page.
#[component]
pub fn DossierList() -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    let navigate = use_navigate();
    // Renaming: the id whose name is being edited.
    let editing = RwSignal::new(None::<String>);

    let rows = Memo::new(move |_| {
        let failed = d.status.with(|s| matches!(s, SaveStatus::Failed(_)));
        let mut rows: Vec<Row> = d.list.get().into_iter().map(|s| Row { s, current: false, unsaved: false }).collect();
        // A dossier in this tab is there because code of a chunk opened it, so the store's code
        // (which counts its steps) is here; the main module does not carry that count.
        let summary_of = d.summary_of_now();
        let mut add = |doc: &Dossier, current: bool, unsaved: bool| match rows.iter_mut().find(|r| r.s.id == doc.id) {
            Some(r) => {
                let newer = r.s.newer_schema;
                r.s = DossierSummary { newer_schema: newer, ..summary_of(doc, r.s.revision) };
                r.current |= current;
                r.unsaved |= unsaved;
            }
            None => rows.push(Row { s: summary_of(doc, 0), current, unsaved: true }),
        };
        d.current.with(|c| {
            if let Some(c) = c {
                add(c, true, failed);
            }
        });
        d.unsaved.with(|u| u.iter().for_each(|doc| add(doc, false, true)));
        rows.sort_by(|a, b| b.s.updated_at.cmp(&a.s.updated_at).then_with(|| a.s.id.cmp(&b.s.id)));
        rows
    });

    let new_name = RwSignal::new(String::new());
    // While the store's code is on its way (the first moments after the start page appears), a
    // second click would queue a second dossier: the button takes no click until the first is
    // made, or until the code has failed to arrive (the notice says so; a new try may follow).
    let creating = RwSignal::new(false);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if creating.get_untracked() {
            return;
        }
        creating.set(true);
        // The name is also the purchase's title (step 1), asked once; without a name the list
        // shows the title once step 1 has one.
        let name = new_name.get_untracked().trim().to_string();
        let navigate = navigate.clone();
        d.with_store_else(
            move |ops| {
                let id = (ops.create)(d, Dossier::named(name));
                new_name.set(String::new());
                creating.set(false);
                navigate(&Page::OPENING.href(&id), Default::default());
            },
            move || creating.set(false),
        );
    };

    view! {
        <section class="dossiers" aria-labelledby="dossiers-title">
            <h2 id="dossiers-title">{lang.text(i18n::persistence::LIST_TITLE)}</h2>
            <p class="note">{lang.text(i18n::persistence::LIST_INTRO)}</p>

            <form class="new-dossier" on:submit=create>
                <h3>{lang.text(i18n::persistence::NEW_TITLE)}</h3>
                <label for="new-dossier-name">{lang.text(i18n::persistence::NEW_NAME_LABEL)}</label>
                <div class="inline-form">
                    <input
                        id="new-dossier-name"
                        type="text"
                        maxlength="200"
                        autocomplete="off"
                        aria-describedby="new-dossier-hint"
                        bind:value=new_name
                    />
                    <button type="submit" id="create-dossier" aria-busy=move || creating.get().then_some("true")>
                        {lang.text(i18n::persistence::CREATE)}
                    </button>
                </div>
                <p id="new-dossier-hint" class="note">
                    {lang.text(i18n::persistence::NEW_NAME_HINT)}
                </p>
            </form>

            <ListNotice />

            // Dossiers stored without a list summary (by a version from before it) are listed
            // once they have been read in full, a moment after the page is drawn.
            <Show when=move || { d.unread.get() > 0 || d.check_failed.get() }>
                <p class="note list-reading" id="list-reading" role="status">
                    {move || {
                        if d.check_failed.get() {
                            i18n::persistence::READING_FAILED.get(lang.get())
                        } else {
                            i18n::persistence::READING_DOSSIERS.get(lang.get())
                        }
                    }}
                    // The code that reads them could not be fetched (offline before it arrived).
                    <Show when=move || {
                        d.check_failed.get()
                    }>
                        " "
                        <button
                            type="button"
                            class="secondary"
                            id="list-reading-retry"
                            on:click=move |_| d.retry_check()
                        >
                            {lang.text(i18n::persistence::RETRY)}
                        </button>
                    </Show>
                </p>
            </Show>
            <Show
                when=move || !rows.with(Vec::is_empty)
                fallback=move || {
                    view! {
                        <Show when=move || d.unread.get() == 0>
                            <p class="list-empty">{lang.text(i18n::persistence::LIST_EMPTY)}</p>
                        </Show>
                    }
                }
            >
                <table class="dossier-table" id="dossier-table">
                    <caption class="visually-hidden">{lang.text(i18n::persistence::LIST_TITLE)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{lang.text(i18n::persistence::COL_NAME)}</th>
                            <th scope="col">{lang.text(i18n::persistence::COL_CHANGED)}</th>
                            <th scope="col">{lang.text(i18n::persistence::COL_PROGRESS)}</th>
                            <th scope="col">{lang.text(i18n::persistence::COL_ACTIONS)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For
                            each=move || rows.get()
                            key=Row::key
                            children=move |row| view! { <DossierRow row=row editing=editing /> }
                        />
                    </tbody>
                </table>
            </Show>

            <div class="button-row">
                <button
                    type="button"
                    class="secondary"
                    id="export-all"
                    disabled=move || rows.with(Vec::is_empty)
                    on:click=move |_| {
                        d.with_store(move |ops| d.report(Action::ExportAll, "", (ops.export_all)(d)));
                    }
                >
                    {lang.text(i18n::persistence::EXPORT_ALL)}
                </button>
            </div>
            <LazyPanel load=super::import::load_panel_boxed />
            <LazyPanel load=super::share::load_panel_boxed />
        </section>
    }
}

#[component]
fn DossierRow(row: Row, editing: RwSignal<Option<String>>) -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    let id = row.s.id.clone();
    // The summary's name is the dossier's display name (`Dossier::display_name`), empty when
    // it has none.
    let label_name = StoredValue::new(row.s.name.clone());
    let shown = move || {
        label_name.with_value(|n| {
            if n.trim().is_empty() { i18n::persistence::UNNAMED.get(lang.get()) } else { n.as_str() }.to_string()
        })
    };
    let label = move |action| i18n::persistence::action_label(action, &shown(), lang.get());
    let ids = StoredValue::new(id.clone());
    let is_editing = move || editing.with(|e| e.as_deref() == Some(ids.get_value().as_str()));
    let updated = row.s.updated_at.clone();
    let updated_attr = updated.clone();
    // A demo copy is full but keeps its open points on purpose (they are part of the lesson):
    // its progress counts the steps filled in, so that it does not look empty.
    let is_demo = row.s.demo_of.is_some();
    let steps = if is_demo { row.s.steps_started } else { row.s.steps_complete };
    let read_only = row.s.newer_schema.is_some();

    let start_rename = move |_| {
        let id = ids.get_value();
        editing.set(Some(id.clone()));
        focus_id(format!("rename-{id}"));
    };
    let duplicate = move |_| {
        let id = ids.get_value();
        let suffix = i18n::persistence::COPY_SUFFIX.get(lang.get_untracked());
        d.with_store(move |ops| {
            d.report(Action::Duplicate, &id, (ops.duplicate)(d, &id, suffix));
            focus_id(format!("duplicate-{id}"));
        });
    };
    let export = move |_| {
        let id = ids.get_value();
        d.with_store(move |ops| d.report(Action::Export, &id, (ops.export_one)(d, &id)));
    };
    let delete = move |_| {
        let id = ids.get_value();
        d.with_store(move |ops| match (ops.delete)(d, &id) {
            Ok(()) => focus_id("undo-delete".into()),
            Err(e) => d.report(Action::Delete, &id, Err::<(), _>(e)),
        });
    };

    view! {
        <tr class:current=row.current data-dossier-id=id.clone()>
            <th scope="row" class="dossier-name">
                <Show
                    when=is_editing
                    fallback=move || {
                        view! {
                            <A href=Page::OPENING.href(&ids.get_value()) attr:id=format!("open-{}", ids.get_value())>
                                {shown}
                            </A>
                        }
                    }
                >
                    <RenameForm id=ids.get_value() name=label_name.get_value() editing=editing />
                </Show>
                {is_demo
                    .then(|| {
                        view! { <span class="badge badge-demo">{lang.text(i18n::demos::DEMO_BADGE)}</span> }
                    })}
                {row
                    .current
                    .then(|| {
                        view! { <span class="badge badge-current">{lang.text(i18n::persistence::CURRENT)}</span> }
                    })}
                {read_only
                    .then(|| {
                        view! { <span class="badge badge-warn">{lang.text(i18n::persistence::NEWER_BADGE)}</span> }
                    })}
                {row
                    .unsaved
                    .then(|| {
                        view! { <span class="badge badge-bad">{lang.text(i18n::persistence::UNSAVED_BADGE)}</span> }
                    })}
            </th>
            <td>
                <time datetime=updated_attr>{move || format_datetime(&updated, lang.get(), true)}</time>
            </td>
            <td class="progress-cell">
                <span class=format!("progress-bar steps-{}", steps.min(9)) aria-hidden="true">
                    <span></span>
                </span>
                <span>
                    {move || {
                        if is_demo {
                            i18n::demos::filled_in(steps, lang.get())
                        } else {
                            i18n::persistence::progress(steps, lang.get())
                        }
                    }}
                </span>
            </td>
            <td class="row-actions">
                <button
                    type="button"
                    class="secondary"
                    id=format!("rename-btn-{id}")
                    disabled=read_only
                    aria-label=move || label(i18n::persistence::RENAME)
                    on:click=start_rename
                >
                    {lang.text(i18n::persistence::RENAME)}
                </button>
                <button
                    type="button"
                    class="secondary"
                    id=format!("duplicate-{id}")
                    disabled=read_only
                    aria-label=move || label(i18n::persistence::DUPLICATE)
                    on:click=duplicate
                >
                    {lang.text(i18n::persistence::DUPLICATE)}
                </button>
                <button
                    type="button"
                    class="secondary"
                    id=format!("export-{id}")
                    aria-label=move || label(i18n::persistence::EXPORT_ONE)
                    on:click=export
                >
                    {lang.text(i18n::persistence::EXPORT_ONE)}
                </button>
                <button
                    type="button"
                    class="danger"
                    id=format!("delete-{id}")
                    aria-label=move || label(i18n::persistence::DELETE)
                    on:click=delete
                >
                    {lang.text(i18n::persistence::DELETE)}
                </button>
            </td>
        </tr>
    }
}

#[component]
fn RenameForm(id: String, name: String, editing: RwSignal<Option<String>>) -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    let value = RwSignal::new(name.clone());
    let ids = StoredValue::new(id.clone());
    let close = move || {
        editing.set(None);
        focus_id(format!("rename-btn-{}", ids.get_value()));
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let v = value.get_untracked();
        if !v.trim().is_empty() {
            let id = ids.get_value();
            d.with_store(move |ops| d.report(Action::Rename, &id, (ops.rename)(d, &id, &v)));
        }
        close();
    };
    let keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            close();
        }
    };
    view! {
        <form class="rename-form inline-form" on:submit=submit>
            <label class="visually-hidden" for=format!("rename-{id}")>
                {move || i18n::persistence::rename_label(&name, lang.get())}
            </label>
            <input id=format!("rename-{id}") type="text" maxlength="200" required bind:value=value on:keydown=keydown />
            <button type="submit">{lang.text(i18n::persistence::SAVE_NAME)}</button>
            <button type="button" class="secondary" on:click=move |_| close()>
                {lang.text(i18n::persistence::CANCEL)}
            </button>
        </form>
    }
}

/// Notices about the list (deleted with undo, restored, copied, imported), announced.
#[component]
fn ListNotice() -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    let undo = move |_| {
        d.with_store(move |ops| match (ops.undo_delete)(d) {
            Ok(id) => focus_id(format!("open-{id}")),
            Err(e) => d.report(Action::Undo, "", Err::<(), _>(e)),
        })
    };
    view! {
        <div class="notice-area list-notice" role="status" aria-live="polite">
            {move || {
                let l = lang.get();
                d.notice
                    .get()
                    .and_then(|n| match n {
                        Notice::Deleted { name, .. } => {
                            Some(
                                view! {
                                    <p class="notice">
                                        <span>{i18n::persistence::deleted(&name, l)}</span>
                                        " "
                                        <button type="button" id="undo-delete" on:click=undo>
                                            {i18n::persistence::UNDO.get(l)}
                                        </button>
                                    </p>
                                }
                                    .into_any(),
                            )
                        }
                        Notice::Restored { name, .. } => {
                            Some(view! { <p class="notice">{i18n::persistence::restored(&name, l)}</p> }.into_any())
                        }
                        Notice::Duplicated { name, .. } => {
                            Some(view! { <p class="notice">{i18n::persistence::duplicated(&name, l)}</p> }.into_any())
                        }
                        Notice::Imported { ids } => {
                            Some(view! { <p class="notice">{i18n::persistence::imported(ids.len(), l)}</p> }.into_any())
                        }
                        _ => None,
                    })
            }}
        </div>
    }
}
