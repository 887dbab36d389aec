//! The evaluator's page (`/beoordelen`): open an evaluation package, score each bid on each
//! quality criterion with a reason, download the score sheet. There are no prices to see:
//! the package has none. Every change is kept in this browser at once
//! (`inkoopwijzer:evaluation:<package id>`), so a reload or a closed tab loses nothing.

use super::check_points;
use crate::components::file_drop::{read_files, FileDrop};
use crate::components::focus::focus_id;
use crate::i18n::scoring::fmt_number;
use crate::i18n::{evaluation as t, persistence as tp};
use crate::persistence::evaluation::{parse_evaluation, sheet_file_name, write_sheet, EvaluationDraft, EvaluationFile};
use crate::persistence::import::ImportError;
use crate::state::dossiers::use_dossiers;
use crate::state::use_lang;
use leptos::prelude::*;

/// The date part of an ISO time, for display (`2026-12-06`).
fn day(iso: &str) -> String {
    iso.get(..10).unwrap_or(iso).to_string()
}

#[component]
pub fn EvaluatorPage() -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    let drafts = RwSignal::new(Vec::<EvaluationDraft>::new());
    let unreadable = RwSignal::new(false);
    let open = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<ImportError>);
    let notice = RwSignal::new(None::<String>);
    let save_failed = RwSignal::new(false);

    // What this browser kept: readable drafts are shown, others stay untouched.
    if let Ok(stored) = d.evaluation_drafts() {
        let mut list = Vec::new();
        for (_, raw) in stored {
            match EvaluationDraft::from_text(&raw) {
                Ok(dr) => list.push(dr),
                Err(_) => unreadable.set(true),
            }
        }
        open.set(list.last().map(|dr| dr.package.package_id.clone()));
        drafts.set(list);
    }

    let save = move |dr: &EvaluationDraft| {
        let ok =
            dr.to_text().ok().is_some_and(|text| d.set_evaluation_draft(&dr.package.package_id, Some(&text)).is_ok());
        save_failed.set(!ok);
    };

    let received = move |_name: String, bytes: Result<Vec<u8>, ImportError>| {
        notice.set(None);
        match bytes.and_then(|b| parse_evaluation(&b)) {
            Ok(EvaluationFile::Package(p)) => {
                error.set(None);
                let id = p.package_id.clone();
                // The page may be gone when a file finishes reading: then nothing is done.
                if drafts.try_with_untracked(|l| l.iter().any(|dr| dr.package.package_id == id)).unwrap_or(false) {
                    // The same package again (perhaps sent again with more said about a
                    // criterion): the package is updated, the scores and reasons are kept.
                    drafts.update(|l| {
                        if let Some(dr) = l.iter_mut().find(|dr| dr.package.package_id == id) {
                            dr.package = (*p).clone();
                            save(dr);
                        }
                    });
                    open.set(None);
                    notice.set(Some(t::ALREADY_STARTED.get(lang.get_untracked()).to_string()));
                } else {
                    let dr = EvaluationDraft::start(*p, &crate::platform::new_id("e"));
                    save(&dr);
                    drafts.update(|l| l.push(dr));
                }
                open.set(Some(id));
                focus_id("ev-package-title".into());
            }
            Ok(EvaluationFile::Sheet(_)) => {
                error.set(Some(ImportError::EvaluationFile { sheet: true }));
                focus_id("ev-error".into());
            }
            Err(e) => {
                error.set(Some(e));
                focus_id("ev-error".into());
            }
        }
    };

    let on_files = move |files: web_sys::FileList| read_files(files, received);

    view! {
        <div class="page evaluator-page">
            <h1 tabindex="-1" class="page-focus">
                {lang.text(t::PAGE_TITLE)}
            </h1>
            <p class="lead">{lang.text(t::PAGE_LEAD)}</p>
            <FileDrop
                input_id="ev-file"
                zone_id="ev-drop"
                label=t::OPEN_PACKAGE
                hint=t::PACKAGE_DROP_HINT
                dragging_hint=t::PACKAGE_DROP_HERE
                on_files=on_files
            />
            {move || {
                error
                    .get()
                    .map(|e| {
                        let e2 = e.clone();
                        view! {
                            <div class="import-error" role="alert" id="ev-error" tabindex="-1">
                                <p>
                                    <strong>{lang.text(t::OPEN_FAILED)}</strong>
                                </p>
                                <p class="import-error-text">{move || tp::import_error(&e, lang.get())}</p>
                                <p>{move || tp::import_advice(&e2, lang.get())}</p>
                            </div>
                        }
                    })
            }}
            {move || {
                notice
                    .get()
                    .map(|n| {
                        view! {
                            <p class="banner ok" role="status" id="ev-notice">
                                {n}
                            </p>
                        }
                    })
            }}
            <Show when=move || unreadable.get()>
                <p class="banner warn">{lang.text(t::UNREADABLE_DRAFT)}</p>
            </Show>
            <Show when=move || save_failed.get()>
                <p class="banner warn" role="alert" id="ev-save-failed">
                    {lang.text(t::SAVE_FAILED)}
                </p>
            </Show>
            <Show when=move || drafts.with(|l| l.len() > 1)>
                <nav class="ev-packages" aria-labelledby="ev-packages-title">
                    <h2 id="ev-packages-title">{lang.text(t::IN_PROGRESS)}</h2>
                    <ul>
                        {move || {
                            drafts
                                .get()
                                .into_iter()
                                .map(|dr| {
                                    let id = dr.package.package_id.clone();
                                    let id2 = id.clone();
                                    let label = format!("{} ({})", dr.package.dossier_name, day(&dr.package.sent_at));
                                    view! {
                                        <li>
                                            <button
                                                type="button"
                                                class="link-button"
                                                aria-current=move || {
                                                    (open.get().as_deref() == Some(id2.as_str())).then_some("true")
                                                }
                                                on:click=move |_| open.set(Some(id.clone()))
                                            >
                                                {label}
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                </nav>
            </Show>
            {move || open.get().map(|id| draft_view(id, drafts, save))}
        </div>
    }
}

/// One package being scored. Built once per package (the inputs are not rebuilt while typing).
fn draft_view(
    id: String,
    drafts: RwSignal<Vec<EvaluationDraft>>,
    save: impl Fn(&EvaluationDraft) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let Some(start) = drafts.with_untracked(|l| l.iter().find(|dr| dr.package.package_id == id).cloned()) else {
        return ().into_any();
    };
    let package = start.package.clone();
    let edit = {
        let id = id.clone();
        move |f: &dyn Fn(&mut EvaluationDraft)| {
            drafts.update(|l| {
                if let Some(dr) = l.iter_mut().find(|dr| dr.package.package_id == id) {
                    f(dr);
                    save(dr);
                }
            })
        }
    };
    let draft = {
        let id = id.clone();
        Memo::new(move |_| {
            drafts.with(|l| l.iter().find(|dr| dr.package.package_id == id).cloned().unwrap_or_default())
        })
    };
    let sent = RwSignal::new(None::<String>);
    let blocked = RwSignal::new(None::<String>);
    let download = move |_| {
        let l = lang.get_untracked();
        let dr = draft.get_untracked();
        if dr.sheet.evaluator.name.trim().is_empty() {
            blocked.set(Some(t::NAME_NEEDED.get(l).to_string()));
            sent.set(None);
            focus_id("ev-name".into());
            return;
        }
        let without = dr.sheet.without_reason();
        if let Some((b, c)) = without.first() {
            blocked.set(Some(t::reasons_missing(without.len(), l)));
            sent.set(None);
            focus_id(format!("ev-{b}-{c}-reason"));
            return;
        }
        blocked.set(None);
        let sheet = dr.sheet_to_send(&crate::platform::now_iso());
        let (done, total) = sheet.progress(&dr.package);
        let ok = write_sheet(&sheet).ok().is_some_and(|text| {
            crate::platform::download_text(&sheet_file_name(&sheet), "application/json", &text).is_ok()
        });
        if ok {
            let to = [dr.package.from.name.trim(), dr.package.from.municipality.trim()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            sent.set(Some(t::sheet_sent(total - done, &to, l)));
        } else {
            blocked.set(Some(t::SHEET_DOWNLOAD_FAILED.get(l).to_string()));
        }
    };
    let from = [package.from.name.clone(), package.from.municipality.clone()]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let scale = package.scale.clone();
    let scale_line = {
        let scale = scale.clone();
        move || {
            let l = lang.get();
            let levels: Vec<(String, String)> =
                scale.levels.iter().map(|x| (x.label.clone(), fmt_number(x.points, l))).collect();
            t::scale_text(&fmt_number(scale.max_points, l), &levels, l)
        }
    };
    let (name_edit, mun_edit) = (edit.clone(), edit.clone());
    let criteria = package
        .criteria
        .iter()
        .map(|c| {
            let c_name = c.name.clone();
            let weight = c.weight;
            let description = c.description.clone();
            let head = format!("ev-c-{}", c.id);
            let labelled_by = head.clone();
            let rows = package
                .bids
                .iter()
                .map(|b| score_row(&b.id, &b.bidder, &c.id, &c_name, &scale, draft, edit.clone()))
                .collect_view();
            view! {
                <section class="ev-criterion" aria-labelledby=labelled_by>
                    <h3 id=head>
                        {c_name.clone()}
                        {weight
                            .map(|w| {
                                view! {
                                    " "
                                    <span class="note">
                                        {move || {
                                            format!("({})", t::weight_of(&fmt_number(w.0, lang.get()), lang.get()))
                                        }}
                                    </span>
                                }
                            })}
                    </h3>
                    {(!description.trim().is_empty()).then(|| view! { <p class="ev-description">{description}</p> })}
                    <div class="table-scroll">
                        <table class="ev-table">
                            <thead>
                                <tr>
                                    <th scope="col">{lang.text(t::COL_BIDDER)}</th>
                                    <th scope="col">{lang.text(t::COL_SCORE)}</th>
                                    <th scope="col">{lang.text(t::COL_REASON)}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                </section>
            }
        })
        .collect_view();
    let sent_at = package.sent_at.clone();
    let dossier_name = package.dossier_name.clone();
    view! {
        <section class="ev-package" aria-labelledby="ev-package-title">
            <h2 id="ev-package-title" tabindex="-1">
                {dossier_name.clone()}
            </h2>
            <p>{move || t::package_from(&dossier_name, &from, &day(&sent_at), lang.get())}</p>
            <p class="note">{lang.text(t::NO_PRICES)}</p>
            <fieldset class="ev-you">
                <legend>{lang.text(t::YOU)}</legend>
                <label for="ev-name">{lang.text(t::YOUR_NAME)}</label>
                <input
                    id="ev-name"
                    type="text"
                    autocomplete="name"
                    prop:value=move || draft.with(|dr| dr.sheet.evaluator.name.clone())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        name_edit(&|dr: &mut EvaluationDraft| dr.sheet.evaluator.name = v.clone())
                    }
                />
                <label for="ev-municipality">{lang.text(t::YOUR_MUNICIPALITY)}</label>
                <input
                    id="ev-municipality"
                    type="text"
                    prop:value=move || draft.with(|dr| dr.sheet.evaluator.municipality.clone())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        mun_edit(&|dr: &mut EvaluationDraft| dr.sheet.evaluator.municipality = v.clone())
                    }
                />
            </fieldset>
            <p class="note">{scale_line}</p>
            {criteria}
            <p role="status" id="ev-progress">
                {move || {
                    let (done, total) = draft.with(|dr| dr.sheet.progress(&dr.package));
                    t::progress(done, total, lang.get())
                }}
            </p>
            <p>
                <button type="button" id="ev-download" on:click=download>
                    {lang.text(t::DOWNLOAD_SHEET)}
                </button>
            </p>
            {move || {
                blocked
                    .get()
                    .map(|m| {
                        view! {
                            <p class="banner warn" role="alert" id="ev-blocked">
                                {m}
                            </p>
                        }
                    })
            }}
            {move || {
                sent.get()
                    .map(|m| {
                        view! {
                            <p class="banner ok" role="status" id="ev-sent">
                                {m}
                            </p>
                        }
                    })
            }}
        </section>
    }
    .into_any()
}

#[allow(clippy::too_many_arguments)]
fn score_row(
    bid: &str,
    bidder: &str,
    criterion: &str,
    c_name: &str,
    scale: &crate::domain::scoring::model::QualityScale,
    draft: Memo<EvaluationDraft>,
    edit: impl Fn(&dyn Fn(&mut EvaluationDraft)) + Clone + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let (b, c) = (bid.to_string(), criterion.to_string());
    let points_id = format!("ev-{b}-{c}-points");
    let reason_id = format!("ev-{b}-{c}-reason");
    let msg_id = format!("{points_id}-msg");
    // What is typed and does not parse stays in the input (not stored) with its message.
    let message = RwSignal::new(None::<String>);
    let stored = {
        let (b, c) = (b.clone(), c.clone());
        Memo::new(move |_| draft.with(|dr| dr.sheet.score(&b, &c).and_then(|s| s.points)))
    };
    let reason = {
        let (b, c) = (b.clone(), c.clone());
        Memo::new(move |_| draft.with(|dr| dr.sheet.score(&b, &c).map(|s| s.reason.clone()).unwrap_or_default()))
    };
    let scale = scale.clone();
    let (e1, e2) = (edit.clone(), edit);
    let (b1, c1, b2, c2) = (b.clone(), c.clone(), b.clone(), c.clone());
    let (bidder1, bidder2, cn1, cn2) = (bidder.to_string(), bidder.to_string(), c_name.to_string(), c_name.to_string());
    let initial = stored.get_untracked().map(|p| fmt_number(p, lang.get_untracked())).unwrap_or_default();
    view! {
        <tr>
            <th scope="row">{bidder.to_string()}</th>
            <td>
                <input
                    id=points_id
                    type="text"
                    inputmode="decimal"
                    class="cell-input num"
                    aria-label=move || t::score_label(&cn1, &bidder1, lang.get())
                    aria-describedby=msg_id.clone()
                    aria-invalid=move || message.with(|m| m.is_some().then_some("true"))
                    value=initial
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        match check_points(&text, &scale, lang.get_untracked()) {
                            Ok(p) => {
                                message.set(None);
                                e1(&|dr: &mut EvaluationDraft| dr.sheet.set(&b1, &c1, |s| s.points = p));
                            }
                            Err(m) => message.set(Some(m)),
                        }
                    }
                />
                <span class="cell-msg" id=msg_id>
                    {move || message.get()}
                </span>
            </td>
            <td>
                <textarea
                    id=reason_id
                    class="ev-reason"
                    rows="2"
                    aria-label=move || t::reason_label(&cn2, &bidder2, lang.get())
                    prop:value=move || reason.get()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        e2(&|dr: &mut EvaluationDraft| dr.sheet.set(&b2, &c2, |s| s.reason = v.clone()))
                    }
                ></textarea>
            </td>
        </tr>
    }
}
