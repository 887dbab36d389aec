//! Banners above the page: work not being saved (storage unavailable, full, blocked), a
//! conflict with another tab, a read-only dossier of a newer version, dossiers kept only
//! in this tab, and stored text that could not be read. Each stays until its cause is
//! gone; each offers a way out (a backup file, a choice, a download).
//!
//! Below them, the save dock ([`SaveDock`]): while the open dossier is not being saved it
//! keeps one line about it in view at the top of the window wherever the user has scrolled
//! to (sticky), with the way out and a link to the banner; notices (an action that failed,
//! a backup made) show there too. When it appears it keeps the field being typed in clear
//! of itself. Screen readers hear save problems through the header's live region
//! (`status.rs`) and notices through the dock's own.

use crate::components::focus::focus_id;
use crate::i18n;
use crate::i18n::Tr;
use crate::persistence::store::Theirs;
use crate::routes::{self, Page};
use crate::state::dossiers::{use_dossiers, Action, Conflict, Dossiers, Notice, SaveProblem, SaveStatus, StorageMode};
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate};
use wasm_bindgen::JsCast;

/// All banners and the save dock; goes directly above `<main>`, as a child of `<body>` (the
/// dock sticks to the top of the window within its parent, so the parent must be the page).
#[component]
pub fn StorageBanners() -> impl IntoView {
    view! {
        <div class="storage-banners">
            <MemoryBanner />
            <FailureBanner />
            <ConflictBanner />
            <ReadOnlyBanner />
            <UnsavedBanner />
            <ProblemsBanner />
        </div>
        <SaveDock />
    }
}

fn export_all_button(label: Tr) -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    view! {
        <button
            type="button"
            class="export-now"
            on:click=move |_| {
                d.with_store(move |ops| d.report(Action::ExportAll, "", (ops.export_all)(d)));
            }
        >
            {lang.text(label)}
        </button>
    }
}

/// A "technical details" disclosure (closed), for what only a helpdesk needs.
fn technical(detail: String) -> impl IntoView {
    let lang = use_lang();
    view! {
        <details class="technical-details">
            <summary>{lang.text(i18n::persistence::TECHNICAL)}</summary>
            <p class="technical">{detail}</p>
        </details>
    }
}

#[component]
fn MemoryBanner() -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    move || match d.mode.get() {
        StorageMode::Memory { reason } => Some(view! {
            <div class="banner banner-bad" role="alert" id="banner-memory">
                <h2 id="banner-memory-title" tabindex="-1">
                    {lang.text(i18n::persistence::MEMORY_TITLE)}
                </h2>
                <p>{lang.text(i18n::persistence::MEMORY_TEXT)}</p>
                <div class="button-row">{export_all_button(i18n::persistence::EXPORT_NOW)}</div>
                {technical(reason)}
            </div>
        }),
        StorageMode::Local => None,
    }
}

#[component]
fn FailureBanner() -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    move || {
        let (title, text, advice, detail) = match d.status.get() {
            SaveStatus::Failed(SaveProblem::Quota) => {
                (i18n::persistence::QUOTA_TITLE, i18n::persistence::QUOTA_TEXT, None, None)
            }
            SaveStatus::Failed(SaveProblem::Blocked(m)) => {
                (i18n::persistence::BLOCKED_TITLE, i18n::persistence::BLOCKED_TEXT, None, Some(m))
            }
            SaveStatus::Failed(SaveProblem::RevisionLimit) => (
                i18n::persistence::REVISION_TITLE,
                i18n::persistence::REVISION_TEXT,
                Some(i18n::persistence::REVISION_LIMIT_ADVICE),
                None,
            ),
            SaveStatus::Failed(SaveProblem::Other(m)) => {
                (i18n::persistence::ERROR_TITLE, i18n::persistence::ERROR_TEXT, None, Some(m))
            }
            _ => return None,
        };
        Some(view! {
            <div class="banner banner-bad" role="alert" id="banner-save-failed">
                <h2 id="banner-save-failed-title" tabindex="-1">
                    {lang.text(title)}
                </h2>
                <p>{lang.text(text)}</p>
                {advice.map(|a| view! { <p>{lang.text(a)}</p> })}
                <div class="button-row">
                    {export_all_button(i18n::persistence::EXPORT_NOW)}
                    <button type="button" class="secondary" on:click=move |_| d.with_store(move |ops| (ops.retry)(d))>
                        {lang.text(i18n::persistence::RETRY)}
                    </button>
                </div>
                {detail.map(technical)}
            </div>
        })
    }
}

#[component]
fn ConflictBanner() -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    let location = use_location();
    let navigate = use_navigate();
    let keep_mine = move |_| {
        let suffix = i18n::persistence::MY_VERSION_SUFFIX.get(lang.get_untracked());
        let navigate = navigate.clone();
        d.with_store(move |ops| {
            if let Some((old, new)) = (ops.resolve_keep_mine)(d, suffix) {
                // Stay on the same step, now of the copy.
                if let Some(path) = routes::same_page_of(&location.pathname.get_untracked(), &old, &new) {
                    navigate(&path, Default::default());
                }
            }
            focus_id("main".into());
        });
    };
    let load_theirs = move |_| {
        d.with_store(move |ops| {
            (ops.resolve_load_theirs)(d);
            focus_id("main".into());
        });
    };
    move || {
        let keep_mine = keep_mine.clone();
        d.conflict.get().map(|c| {
            let deleted = c.theirs == Theirs::Deleted;
            let name = conflict_name(d, &c);
            let theirs = c.theirs.clone();
            view! {
                <div class="banner banner-bad" role="alert" id="banner-conflict">
                    <h2 id="banner-conflict-title" tabindex="-1">
                        {lang.text(i18n::persistence::CONFLICT_TITLE)}
                    </h2>
                    <p>{move || i18n::persistence::conflict_text(&name, &theirs, lang.get())}</p>
                    <div class="button-row">
                        <button type="button" id="conflict-keep-mine" on:click=keep_mine>
                            {lang.text(i18n::persistence::CONFLICT_KEEP_MINE)}
                        </button>
                        <button type="button" id="conflict-load-theirs" class="secondary" on:click=load_theirs>
                            {move || {
                                if deleted {
                                    i18n::persistence::CONFLICT_DISCARD_MINE
                                } else {
                                    i18n::persistence::CONFLICT_LOAD_THEIRS
                                }
                                    .get(lang.get())
                            }}
                        </button>
                    </div>
                </div>
            }
        })
    }
}

/// The name of the conflicted dossier as the user sees it now: the open dossier's (it may
/// have been renamed since the conflict arose), else the one noted with the conflict.
fn conflict_name(d: Dossiers, c: &Conflict) -> String {
    d.current
        .with_untracked(|cur| cur.as_ref().filter(|x| x.id == c.id).and_then(|x| x.display_name().map(str::to_string)))
        .unwrap_or_else(|| c.name.clone())
}

#[component]
fn ReadOnlyBanner() -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    let schema = Memo::new(move |_| {
        if !d.read_only.get() {
            return None;
        }
        let id = d.current.with(|c| c.as_ref().map(|c| c.id.clone()))?;
        d.list.with(|l| l.iter().find(|s| s.id == id).and_then(|s| s.newer_schema))
    });
    move || {
        schema.get().map(|n| {
            view! {
                <div class="banner banner-warn" role="status" id="banner-read-only">
                    <h2>{lang.text(i18n::persistence::NEWER_TITLE)}</h2>
                    <p>{move || i18n::persistence::newer_text(n, lang.get())}</p>
                </div>
            }
        })
    }
}

#[component]
fn UnsavedBanner() -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    move || {
        let unsaved = d.unsaved.get();
        (!unsaved.is_empty()).then(|| {
            let items = unsaved
                .into_iter()
                .map(|u| {
                    let id = u.id.clone();
                    let name =
                        u.display_name().unwrap_or(i18n::persistence::UNNAMED.get(lang.get_untracked())).to_string();
                    let label = name.clone();
                    view! {
                        <li>
                            <A href=Page::OPENING.href(&u.id)>{name}</A>
                            " "
                            <button
                                type="button"
                                class="secondary"
                                aria-label=move || i18n::persistence::action_label(
                                    i18n::persistence::EXPORT_ONE,
                                    &label,
                                    lang.get(),
                                )
                                on:click={
                                    let id = id.clone();
                                    move |_| {
                                        let id = id.clone();
                                        d.with_store(move |ops| {
                                            d.report(Action::Export, &id, (ops.export_one)(d, &id))
                                        });
                                    }
                                }
                            >
                                {lang.text(i18n::persistence::EXPORT_ONE)}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="banner banner-bad" role="region" aria-labelledby="banner-unsaved-title" id="banner-unsaved">
                    <h2 id="banner-unsaved-title">{lang.text(i18n::persistence::UNSAVED_TITLE)}</h2>
                    <p>{lang.text(i18n::persistence::UNSAVED_TEXT)}</p>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}

#[component]
fn ProblemsBanner() -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    move || {
        let problems = d.problems.get();
        (!problems.is_empty()).then(|| {
            let items = problems
                .into_iter()
                .map(|p| {
                    let key = p.key.clone();
                    let key2 = p.key.clone();
                    let original = p.original_key.clone();
                    let quarantined = p.quarantined;
                    let error = p.error.clone();
                    let name = d.problem_name_now(&p.key);
                    let detail = i18n::persistence::problem_detail(
                        &p.key,
                        &p.original_key,
                        p.error.as_ref().map(i18n::persistence::read_error_detail).as_deref(),
                        lang.get_untracked(),
                    );
                    view! {
                        <li class="problem">
                            <p>
                                {move || {
                                    i18n::persistence::problem_text(&original, name.as_deref(), quarantined, lang.get())
                                }}
                            </p>
                            <p>
                                {move || match &error {
                                    Some(e) => {
                                        i18n::persistence::problem_reason(
                                            &i18n::persistence::read_error(e, lang.get()),
                                            lang.get(),
                                        )
                                    }
                                    None => i18n::persistence::READS_NOW.get(lang.get()).to_string(),
                                }}
                            </p>
                            <div class="button-row">
                                <button
                                    type="button"
                                    on:click=move |_| {
                                        let key = key.clone();
                                        d.with_store(move |ops| {
                                            if let Err(e) = (ops.download_raw)(d, &key) {
                                                d.report(Action::Download, "", Err::<(), _>(e.into()));
                                            }
                                        });
                                    }
                                >
                                    {lang.text(i18n::persistence::DOWNLOAD_RAW)}
                                </button>
                                {quarantined
                                    .then(|| {
                                        view! {
                                            <button
                                                type="button"
                                                class="danger"
                                                on:click=move |_| {
                                                    let ok = window()
                                                        .confirm_with_message(
                                                            i18n::persistence::CONFIRM_DISCARD_RAW
                                                                .get(lang.get_untracked()),
                                                        )
                                                        .unwrap_or(false);
                                                    if ok {
                                                        let key = key2.clone();
                                                        d.with_store(move |ops| {
                                                            if let Err(e) = (ops.discard_problem)(d, &key) {
                                                                d.report(Action::Discard, "", Err::<(), _>(e.into()));
                                                            }
                                                            focus_id("main".into());
                                                        });
                                                    }
                                                }
                                            >
                                                {lang.text(i18n::persistence::DISCARD_RAW)}
                                            </button>
                                        }
                                    })}
                            </div>
                            {technical(detail)}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div
                    class="banner banner-warn"
                    role="region"
                    aria-labelledby="banner-problems-title"
                    id="banner-problems"
                >
                    <h2 id="banner-problems-title">{lang.text(i18n::persistence::PROBLEMS_TITLE)}</h2>
                    <ul class="problems">{items}</ul>
                </div>
            }
        })
    }
}

/// The line that stays in view while the open dossier is not being saved, and the notices
/// that are not about the list (which shows its own). See the module header.
#[component]
fn SaveDock() -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    let problem = Memo::new(move |_| {
        let status = d.status.get();
        let memory = d.mode.with(|m| matches!(m, StorageMode::Memory { .. }));
        match status {
            SaveStatus::Failed(SaveProblem::Conflict) => {
                d.conflict.with(|c| c.as_ref().map(|c| DockLine::Conflict(conflict_name(d, c))))
            }
            SaveStatus::Failed(p) => Some(DockLine::Failed(p)),
            SaveStatus::Memory if memory && d.current.with(Option::is_some) => Some(DockLine::Memory),
            _ => None,
        }
    });
    let dock = NodeRef::<leptos::html::Div>::new();
    // When the dock appears or changes, keep the field being typed in clear of it.
    Effect::new(move |_| {
        problem.track();
        d.notice.track();
        request_animation_frame(move || keep_focus_clear(dock));
    });
    let line = move || {
        problem.get().map(|p| {
            let l = lang.get();
            let only_here = Some(i18n::persistence::DOCK_ONLY_HERE.get(l));
            let (text, more, details) = match &p {
                DockLine::Failed(SaveProblem::Quota) => {
                    (i18n::persistence::DOCK_QUOTA.get(l).to_string(), only_here, true)
                }
                DockLine::Failed(SaveProblem::Blocked(_)) => {
                    (i18n::persistence::DOCK_BLOCKED.get(l).to_string(), only_here, true)
                }
                DockLine::Failed(SaveProblem::RevisionLimit) => {
                    (i18n::persistence::DOCK_REVISION.get(l).to_string(), only_here, true)
                }
                DockLine::Failed(_) => (i18n::persistence::DOCK_ERROR.get(l).to_string(), only_here, true),
                DockLine::Conflict(name) => (i18n::persistence::dock_conflict(name, l), None, false),
                DockLine::Memory => (
                    i18n::persistence::DOCK_MEMORY.get(l).to_string(),
                    Some(i18n::persistence::DOCK_BACKUP_FIRST.get(l)),
                    false,
                ),
            };
            let conflict = matches!(p, DockLine::Conflict(_));
            let target = match &p {
                DockLine::Conflict(_) => "banner-conflict-title",
                DockLine::Memory => "banner-memory-title",
                DockLine::Failed(_) => "banner-save-failed-title",
            };
            view! {
                <p class="dock-line" id="save-dock-line">
                    <span class="dock-text">
                        {text}{more.map(|m| view! { <span class="dock-more">{format!(" {m}")}</span> })}
                    </span>
                    <span class="dock-actions">
                        {(!conflict).then(|| export_all_button(i18n::persistence::DOCK_BACKUP))}
                        {(details || conflict)
                            .then(|| {
                                view! {
                                    <button
                                        type="button"
                                        class="secondary"
                                        on:click=move |_| focus_id(target.to_string())
                                    >
                                        {if conflict {
                                            i18n::persistence::DOCK_CHOOSE.get(l)
                                        } else {
                                            i18n::persistence::DOCK_DETAILS.get(l)
                                        }}
                                    </button>
                                }
                            })}
                    </span>
                </p>
            }
        })
    };
    let notice = move || {
        let l = lang.get();
        d.notice.with(|n| match n {
            Some(Notice::Adopted) => Some((i18n::persistence::ADOPTED.get(l).to_string(), None, false)),
            Some(Notice::Exported) => Some((i18n::persistence::EXPORTED.get(l).to_string(), None, false)),
            Some(Notice::CodeUnavailable) => Some((i18n::persistence::CODE_UNAVAILABLE.get(l).to_string(), None, true)),
            Some(Notice::Failed { action, name, error }) => Some((
                i18n::persistence::failed_action(*action, name, error, l),
                i18n::persistence::save_error_detail(error),
                true,
            )),
            _ => None,
        })
    };
    view! {
        <div
            class="save-dock no-print"
            node_ref=dock
            role="region"
            aria-label=move || i18n::persistence::DOCK_LABEL.get(lang.get())
        >
            {line}
            <div class="notice-area" role="status" aria-live="polite">
                {move || {
                    notice()
                        .map(|(msg, detail, bad)| {
                            view! {
                                <div class="notice" class:notice-bad=bad id="global-notice">
                                    <p>
                                        <span>{msg}</span>
                                        " "
                                        <button type="button" class="link" on:click=move |_| d.notify(None)>
                                            {lang.text(i18n::persistence::CLOSE_NOTICE)}
                                        </button>
                                    </p>
                                    {detail.map(technical)}
                                </div>
                            }
                        })
                }}
            </div>
        </div>
    }
}

/// What the dock says about the open dossier.
#[derive(Debug, Clone, PartialEq, Eq)]
enum DockLine {
    Failed(SaveProblem),
    /// A conflict on the open dossier (its name).
    Conflict(String),
    Memory,
}

/// Scrolls the focused field out from under the dock when the dock covers it (the dock
/// sticks to the top of the window), and tells the stylesheet the dock's height, so that
/// fields brought into view later (focus, links to a field) stop below it
/// (`scroll-padding-top`).
fn keep_focus_clear(dock: NodeRef<leptos::html::Div>) {
    let Some(dock) = dock.get_untracked() else { return };
    let rect = dock.get_bounding_client_rect();
    let height = rect.height();
    if let Some(root) = document().document_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = root.style().set_property("--dock-height", &format!("{}px", height.ceil()));
    }
    let Some(active) = document().active_element() else { return };
    if !active.matches("input, textarea, select, [contenteditable]").unwrap_or(false) {
        return;
    }
    let field = active.get_bounding_client_rect();
    let dock_bottom = rect.bottom();
    // Only while the dock is stuck at the top and the field is (partly) under it.
    if rect.top() <= 1.0 && field.top() < dock_bottom + 4.0 && field.bottom() > 0.0 {
        window().scroll_by_with_x_and_y(0.0, field.top() - dock_bottom - 12.0);
    }
}
