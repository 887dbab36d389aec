//! Banners above the page: work not being saved (storage unavailable, full, blocked), a
//! conflict with another tab, a read-only dossier of a newer version, dossiers kept only
//! in this tab, and stored text that could not be read. Each stays until its cause is
//! gone; each offers a way out (a backup file, a choice, a download).

use crate::components::focus::focus_id;
use crate::i18n;
use crate::persistence::store::Theirs;
use crate::routes::{self, Page};
use crate::state::dossiers::{use_dossiers, Notice, SaveProblem, SaveStatus, StorageMode};
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate};

/// All banners; goes directly above `<main>`.
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
            <GlobalNotice />
        </div>
    }
}

fn export_all_button() -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    view! {
        <button
            type="button"
            class="export-now"
            on:click=move |_| {
                d.report(d.export_all());
            }
        >
            {lang.text(i18n::persistence::EXPORT_NOW)}
        </button>
    }
}

#[component]
fn MemoryBanner() -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    move || match d.mode.get() {
        StorageMode::Memory { reason } => Some(view! {
            <div class="banner banner-bad" role="alert" id="banner-memory">
                <h2>{lang.text(i18n::persistence::MEMORY_TITLE)}</h2>
                <p>{lang.text(i18n::persistence::MEMORY_TEXT)}</p>
                <div class="button-row">{export_all_button()}</div>
                <details>
                    <summary>{lang.text(i18n::persistence::TECHNICAL)}</summary>
                    <p class="technical">{reason}</p>
                </details>
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
        let (title, text, detail) = match d.status.get() {
            SaveStatus::Failed(SaveProblem::Quota) => {
                (i18n::persistence::QUOTA_TITLE, i18n::persistence::QUOTA_TEXT, None)
            }
            SaveStatus::Failed(SaveProblem::Blocked(m)) => {
                (i18n::persistence::BLOCKED_TITLE, i18n::persistence::BLOCKED_TEXT, Some(m))
            }
            SaveStatus::Failed(SaveProblem::Other(m)) => {
                (i18n::persistence::ERROR_TITLE, i18n::persistence::BLOCKED_TEXT, Some(m))
            }
            _ => return None,
        };
        Some(view! {
            <div class="banner banner-bad" role="alert" id="banner-save-failed">
                <h2>{lang.text(title)}</h2>
                <p>{lang.text(text)}</p>
                <div class="button-row">
                    {export_all_button()} <button type="button" class="secondary" on:click=move |_| d.retry()>
                        {lang.text(i18n::persistence::RETRY)}
                    </button>
                </div>
                {detail
                    .map(|m| {
                        view! {
                            <details>
                                <summary>{lang.text(i18n::persistence::TECHNICAL)}</summary>
                                <p class="technical">{m}</p>
                            </details>
                        }
                    })}
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
        if let Some((old, new)) = d.resolve_keep_mine(i18n::persistence::MY_VERSION_SUFFIX.get(lang.get_untracked())) {
            // Stay on the same step, now of the copy.
            if let Some(path) = routes::same_page_of(&location.pathname.get_untracked(), &old, &new) {
                navigate(&path, Default::default());
            }
        }
        focus_id("main".into());
    };
    let load_theirs = move |_| {
        d.resolve_load_theirs();
        focus_id("main".into());
    };
    move || {
        let keep_mine = keep_mine.clone();
        d.conflict.get().map(|c| {
            let deleted = c.theirs == Theirs::Deleted;
            let name = c.name.clone();
            let theirs = c.theirs.clone();
            view! {
                <div class="banner banner-bad" role="alert" id="banner-conflict">
                    <h2>{lang.text(i18n::persistence::CONFLICT_TITLE)}</h2>
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
                                on:click=move |_| {
                                    d.report(d.export_one(&id));
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
                    view! {
                        <li class="problem">
                            <p>{move || i18n::persistence::problem_text(&original, quarantined, lang.get())}</p>
                            <p class="technical">
                                {move || match &error {
                                    Some(e) => crate::i18n::persistence::read_error(e, lang.get()),
                                    None => i18n::persistence::READS_NOW.get(lang.get()).to_string(),
                                }}
                            </p>
                            <div class="button-row">
                                <button
                                    type="button"
                                    on:click=move |_| {
                                        if let Err(e) = d.download_raw(&key) {
                                            d.notify(Some(Notice::Failed(e.into())));
                                        }
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
                                                        if let Err(e) = d.discard_problem(&key2) {
                                                            d.notify(Some(Notice::Failed(e.into())));
                                                        }
                                                        focus_id("main".into());
                                                    }
                                                }
                                            >
                                                {lang.text(i18n::persistence::DISCARD_RAW)}
                                            </button>
                                        }
                                    })}
                            </div>
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

/// Notices that are not about the list (which shows its own).
#[component]
fn GlobalNotice() -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    let text = move || {
        let l = lang.get();
        d.notice.with(|n| match n {
            Some(Notice::Adopted) => Some(i18n::persistence::ADOPTED.get(l).to_string()),
            Some(Notice::Exported) => Some(i18n::persistence::EXPORTED.get(l).to_string()),
            Some(Notice::Failed(e)) => {
                Some(format!("{}: {}.", i18n::persistence::ERROR_TITLE.get(l), i18n::persistence::save_error(e, l)))
            }
            _ => None,
        })
    };
    view! {
        <div class="notice-area" role="status" aria-live="polite">
            {move || {
                text()
                    .map(|msg| {
                        view! {
                            <p class="notice" id="global-notice">
                                <span>{msg}</span>
                                " "
                                <button type="button" class="link" on:click=move |_| d.notify(None)>
                                    {lang.text(i18n::persistence::CLOSE_NOTICE)}
                                </button>
                            </p>
                        }
                    })
            }}
        </div>
    }
}
