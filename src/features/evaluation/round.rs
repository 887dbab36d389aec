//! The contact's side of independent scoring, on the bids page: what evaluators read per
//! criterion, the evaluation package (without prices), the price opening with its record,
//! and the evaluators' score sheets read back in. A sheet that is special (another dossier,
//! another package, read before, an evaluator with the same name as another) waits for the
//! user's answer; nothing is written until then (`persistence::evaluation::apply_sheet`).

use crate::components::file_drop::{read_files, FileDrop};
use crate::components::focus::focus_id;
use crate::domain::scoring::model::{CriterionKind, CriterionNote, EvaluationRound};
use crate::i18n::{evaluation as t, persistence as tp};
use crate::persistence::evaluation::{
    apply_sheet, check_sheet, package_file_name, package_of, parse_evaluation, write_package, EvaluationFile,
    NameChoice, ScoreSheet, SheetCheck, SheetDecision, SheetRefused,
};
use crate::persistence::import::ImportError;
use crate::persistence::share::Sender;
use crate::state::dossiers::use_dossiers;
use crate::state::use_lang;
use leptos::prelude::*;

fn day_time(iso: &str) -> String {
    // `2026-12-06T10:00:00.000Z` → `2026-12-06 10:00` (UTC, as stored).
    match (iso.get(..10), iso.get(11..16)) {
        (Some(d), Some(tm)) => format!("{d} {tm}"),
        _ => iso.to_string(),
    }
}

/// A sheet waiting for the user's answer.
#[derive(Clone, PartialEq)]
struct Waiting {
    sheet: ScoreSheet,
    check: SheetCheck,
}

#[component]
pub fn RoundPanel() -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    let round = d.select(|x| x.award.round.clone().unwrap_or_default());
    let quality = d.select(|x| {
        x.award
            .criteria
            .iter()
            .filter(|c| c.kind == CriterionKind::Quality)
            .map(|c| (c.id.clone(), c.name.clone()))
            .collect::<Vec<_>>()
    });
    let has_bids = d.select(|x| !x.award.bids.is_empty());
    let sheets = d.select(|x| x.award.sheets.clone());
    let by = RwSignal::new(round.get_untracked().sent_by.clone());
    let download_failed = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let results = RwSignal::new(Vec::<String>::new());
    let waiting = RwSignal::new(Vec::<Waiting>::new());

    let edit_round = move |f: &dyn Fn(&mut EvaluationRound)| {
        d.update(|x| {
            let r = x.award.round.get_or_insert_with(EvaluationRound::default);
            f(r);
        })
    };

    let download = move |_| {
        let now = crate::platform::now_iso();
        let by_text = by.get_untracked().trim().to_string();
        edit_round(&|r| {
            if r.package_id.is_empty() {
                r.package_id = crate::platform::new_id("pkg");
            }
            r.sent_at = now.clone();
            r.sent_by = by_text.clone();
        });
        let Some(dossier) = d.current.get_untracked() else { return };
        let r = dossier.award.round.clone().unwrap_or_default();
        let p = package_of(&dossier, &r.package_id, &r.sent_at, Sender { municipality: String::new(), name: by_text });
        let ok = write_package(&p).ok().is_some_and(|text| {
            crate::platform::download_text(&package_file_name(&p), "application/json", &text).is_ok()
        });
        download_failed.set(!ok);
    };

    // A sheet that needs no answer is read in at once; one that does waits in line.
    let take = move |sheet: ScoreSheet| {
        let Some(dossier) = d.current.get_untracked() else { return };
        let check = check_sheet(&dossier, &sheet);
        if check.is_plain() {
            let mut result = Err(SheetRefused::Unanswered);
            let now = crate::platform::now_iso();
            d.update(|x| result = apply_sheet(x, &sheet, &SheetDecision::default(), &now));
            if result.is_ok() {
                results.update(|r| {
                    r.push(t::sheet_read(&sheet.evaluator.name, check.scored, check.unknown, lang.get_untracked()))
                });
            }
        } else {
            waiting.update(|w| w.push(Waiting { sheet, check }));
            focus_id("sheet-question-title".into());
        }
    };
    let received = move |file: String, bytes: Result<Vec<u8>, ImportError>| {
        let l = lang.get_untracked();
        match bytes.and_then(|b| parse_evaluation(&b)) {
            Ok(EvaluationFile::Sheet(s)) => take(*s),
            Ok(EvaluationFile::Package(_)) => {
                results.update(|r| r.push(format!("{} {}", t::file_failed(&file, l), t::IS_PACKAGE.get(l))))
            }
            Err(e) => results.update(|r| {
                r.push(format!("{} {} {}", t::file_failed(&file, l), tp::import_error(&e, l), tp::import_advice(&e, l)))
            }),
        }
    };
    let on_files = move |files: web_sys::FileList| {
        results.set(Vec::new());
        read_files(files, received);
    };

    let open_prices = move |_| {
        let now = crate::platform::now_iso();
        let by_text = by.get_untracked().trim().to_string();
        edit_round(&|r| {
            r.prices_opened_at = now.clone();
            r.prices_opened_by = by_text.clone();
        });
        confirming.set(false);
        focus_id("round-status".into());
    };

    let descriptions = move || {
        quality
            .get()
            .into_iter()
            .map(|(id, name)| {
                let field = format!("round-desc-{id}");
                let id2 = id.clone();
                let value = Memo::new(move |_| round.with(|r| r.description(&id2).to_string()));
                let label_name = name.clone();
                view! {
                    <label for=field.clone()>{move || t::description_label(&label_name, lang.get())}</label>
                    <textarea
                        id=field
                        rows="2"
                        prop:value=move || value.get()
                        // Written when the field is left (every keystroke would change the
                        // award and rebuild the bid tables); the download button is a click
                        // after leaving it.
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            edit_round(
                                &|r| {
                                    r.descriptions.retain(|n| n.criterion_id != id);
                                    if !v.trim().is_empty() {
                                        r.descriptions
                                            .push(CriterionNote {
                                                criterion_id: id.clone(),
                                                text: v.clone(),
                                            });
                                    }
                                },
                            )
                        }
                    ></textarea>
                }
            })
            .collect_view()
    };

    view! {
        <div class="evaluation-round">
            <p class="help">{lang.text(t::ROUND_HELP)}</p>
            <Show
                when=move || quality.with(|q| !q.is_empty()) && has_bids.get()
                fallback=move || {
                    view! {
                        <p class="note">
                            {move || {
                                if quality.with(Vec::is_empty) { t::NO_QUALITY } else { t::NO_BIDS }.get(lang.get())
                            }}
                        </p>
                    }
                }
            >
                <fieldset class="round-descriptions">
                    <legend>{lang.text(t::DESCRIPTIONS)}</legend>
                    {descriptions}
                </fieldset>
                <label for="round-by">{lang.text(t::SENT_BY)}</label>
                <input
                    id="round-by"
                    type="text"
                    aria-describedby="round-by-hint"
                    prop:value=move || by.get()
                    on:input=move |ev| by.set(event_target_value(&ev))
                />
                <p class="note" id="round-by-hint">
                    {lang.text(t::SENT_BY_HINT)}
                </p>
                <p>
                    <button type="button" id="round-download" on:click=download>
                        {lang.text(t::DOWNLOAD_PACKAGE)}
                    </button>
                </p>
                <Show when=move || download_failed.get()>
                    <p class="banner warn" role="alert">
                        {lang.text(t::PACKAGE_DOWNLOAD_FAILED)}
                    </p>
                </Show>
            </Show>
            <div id="round-status" tabindex="-1">
                {move || {
                    let r = round.get();
                    let l = lang.get();
                    if r.package_id.is_empty() {
                        return ().into_any();
                    }
                    let sent = view! { <p>{t::package_sent(&day_time(&r.sent_at), &r.sent_by, l)}</p> };
                    if r.prices_closed() {
                        view! {
                            {sent}
                            <p class="banner warn" id="prices-closed">
                                {t::PRICES_CLOSED.get(l)}
                            </p>
                            <Show
                                when=move || confirming.get()
                                fallback=move || {
                                    view! {
                                        <button
                                            type="button"
                                            id="prices-open"
                                            class="secondary"
                                            on:click=move |_| {
                                                confirming.set(true);
                                                focus_id("prices-open-yes".into());
                                            }
                                        >
                                            {lang.text(t::OPEN_PRICES)}
                                        </button>
                                    }
                                }
                            >
                                <div class="confirm" role="group" aria-labelledby="prices-confirm-text">
                                    <p id="prices-confirm-text">
                                        {move || t::open_prices_confirm(
                                            sheets.with(|s| s.iter().filter(|x| x.replaced_at.is_empty()).count()),
                                            lang.get(),
                                        )}
                                    </p>
                                    <button type="button" id="prices-open-yes" on:click=open_prices>
                                        {lang.text(t::OPEN_PRICES_YES)}
                                    </button>
                                    " "
                                    <button type="button" class="secondary" on:click=move |_| confirming.set(false)>
                                        {lang.text(t::CANCEL)}
                                    </button>
                                </div>
                            </Show>
                        }
                            .into_any()
                    } else {
                        view! {
                            {sent}
                            <p class="banner ok" id="prices-opened">
                                {t::prices_opened(&day_time(&r.prices_opened_at), &r.prices_opened_by, l)}
                            </p>
                        }
                            .into_any()
                    }
                }}
            </div>
            <h3 id="sheets-read-title">{lang.text(t::READ_SHEETS)}</h3>
            <FileDrop
                input_id="sheet-file"
                zone_id="sheet-drop"
                label=t::READ_SHEETS
                hint=t::SHEETS_DROP_HINT
                dragging_hint=t::SHEETS_DROP_HERE
                on_files=on_files
                multiple=true
            />
            <div role="status" id="sheet-results" tabindex="-1">
                <ul class="sheet-results">
                    {move || results.get().into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
                </ul>
            </div>
            {move || waiting.with(|w| w.first().cloned()).map(|w| question(w, waiting, results))}
            {move || {
                let list = sheets.get();
                (!list.is_empty())
                    .then(|| {
                        let l = lang.get();
                        view! {
                            <div class="table-scroll">
                                <table class="sheets-table" id="sheets-table">
                                    <caption>{t::SHEETS_TITLE.get(l)}</caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{t::COL_EVALUATOR.get(l)}</th>
                                            <th scope="col">{t::COL_MUNICIPALITY.get(l)}</th>
                                            <th scope="col">{t::COL_MADE.get(l)}</th>
                                            <th scope="col">{t::COL_READ.get(l)}</th>
                                            <th scope="col">{t::COL_STATUS.get(l)}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {list
                                            .into_iter()
                                            .map(|s| {
                                                let status = if s.replaced_at.is_empty() {
                                                    t::CURRENT.get(l).to_string()
                                                } else {
                                                    t::replaced_on(&day_time(&s.replaced_at), l)
                                                };
                                                view! {
                                                    <tr>
                                                        <th scope="row">{s.evaluator_name}</th>
                                                        <td>{s.municipality}</td>
                                                        <td>{day_time(&s.submitted_at)}</td>
                                                        <td>{day_time(&s.imported_at)}</td>
                                                        <td>{status}</td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                            </div>
                        }
                    })
            }}
        </div>
    }
}

/// The questions about one sheet, and "read in" / "skip".
fn question(w: Waiting, waiting: RwSignal<Vec<Waiting>>, results: RwSignal<Vec<String>>) -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    let Waiting { sheet, mut check } = w;
    // Sheets answered before this one may have changed what is special about it.
    if let Some(now) = d.current.with_untracked(|x| x.as_ref().map(|x| check_sheet(x, &sheet))) {
        check = now;
    }
    let name = if sheet.evaluator.name.trim().is_empty() { "–".to_string() } else { sheet.evaluator.name.clone() };
    let accept = RwSignal::new(false);
    let replace = RwSignal::new(false);
    // "same" or "other"; empty: not answered.
    let person = RwSignal::new(String::new());
    let suggested = if sheet.evaluator.municipality.trim().is_empty() {
        format!("{} (2)", sheet.evaluator.name.trim())
    } else {
        format!("{} ({})", sheet.evaluator.name.trim(), sheet.evaluator.municipality.trim())
    };
    let other_name = RwSignal::new(suggested);
    let problem = RwSignal::new(None::<&'static str>);
    let next = move || {
        waiting.update(|w| {
            if !w.is_empty() {
                w.remove(0);
            }
        });
        focus_id("sheet-results".into());
    };
    let sheet_store = StoredValue::new(sheet.clone());
    let check_store = StoredValue::new(check.clone());
    let name2 = name.clone();
    let apply = move |_| {
        let decision = SheetDecision {
            accept_other_package: accept.get_untracked(),
            replace: replace.get_untracked(),
            name: match person.get_untracked().as_str() {
                "same" => Some(NameChoice::SamePerson),
                "other" => Some(NameChoice::Other(other_name.get_untracked())),
                _ => None,
            },
        };
        let sheet = sheet_store.get_value();
        let now = crate::platform::now_iso();
        let mut result = Err(SheetRefused::Unanswered);
        d.update(|x| result = apply_sheet(x, &sheet, &decision, &now));
        let l = lang.get_untracked();
        match result {
            Ok(_) => {
                let c = check_store.get_value();
                results.update(|r| r.push(t::sheet_read(&name2, c.scored, c.unknown, l)));
                next();
            }
            Err(SheetRefused::Unanswered) => problem.set(Some(t::ANSWER_ALL.get(l))),
            Err(SheetRefused::NameTaken(_)) => problem.set(Some(t::NAME_TAKEN.get(l))),
            Err(SheetRefused::OtherDossier) => next(),
        }
    };
    let name3 = name.clone();
    let skip = move |_| {
        results.update(|r| r.push(t::sheet_skipped(&name3, lang.get_untracked())));
        next();
    };
    let title_name = name.clone();
    let other_dossier = check.other_dossier;
    let dossier_name = sheet.dossier_name.clone();
    view! {
        <div class="import-choices sheet-question" role="group" aria-labelledby="sheet-question-title">
            <h4 id="sheet-question-title" tabindex="-1">
                {move || t::question_title(&title_name, lang.get())}
            </h4>
            {if other_dossier {
                view! { <p id="sheet-other-dossier">{move || t::other_dossier(&dossier_name, lang.get())}</p> }
                    .into_any()
            } else {
                view! {
                    {check
                        .other_package
                        .then(|| {
                            view! {
                                <fieldset class="import-choice">
                                    <legend>{lang.text(t::OTHER_PACKAGE)}</legend>
                                    <label>
                                        <input
                                            type="checkbox"
                                            id="sheet-accept-package"
                                            prop:checked=move || accept.get()
                                            on:change=move |ev| accept.set(event_target_checked(&ev))
                                        />
                                        " "
                                        {lang.text(t::OTHER_PACKAGE_ACCEPT)}
                                    </label>
                                </fieldset>
                            }
                        })}
                    {check
                        .read_before
                        .clone()
                        .map(|rb| {
                            view! {
                                <fieldset class="import-choice">
                                    <legend>
                                        {move || t::read_before(&day_time(&rb.imported_at), rb.identical, lang.get())}
                                    </legend>
                                    <label>
                                        <input
                                            type="checkbox"
                                            id="sheet-replace"
                                            prop:checked=move || replace.get()
                                            on:change=move |ev| replace.set(event_target_checked(&ev))
                                        />
                                        " "
                                        {lang.text(t::REPLACE)}
                                    </label>
                                </fieldset>
                            }
                        })}
                    {check
                        .same_name
                        .clone()
                        .map(|(_, other)| {
                            view! {
                                <fieldset class="import-choice">
                                    <legend>{move || t::same_name(&other, lang.get())}</legend>
                                    <label>
                                        <input
                                            type="radio"
                                            name="sheet-person"
                                            id="sheet-same-person"
                                            prop:checked=move || person.get() == "same"
                                            on:change=move |_| person.set("same".into())
                                        />
                                        " "
                                        {lang.text(t::SAME_PERSON)}
                                    </label>
                                    <label>
                                        <input
                                            type="radio"
                                            name="sheet-person"
                                            id="sheet-other-person"
                                            prop:checked=move || person.get() == "other"
                                            on:change=move |_| person.set("other".into())
                                        />
                                        " "
                                        {lang.text(t::OTHER_PERSON)}
                                    </label>
                                    <input
                                        type="text"
                                        id="sheet-other-name"
                                        aria-label=move || t::OTHER_PERSON.get(lang.get())
                                        prop:value=move || other_name.get()
                                        on:input=move |ev| {
                                            other_name.set(event_target_value(&ev));
                                            person.set("other".into());
                                        }
                                    />
                                </fieldset>
                            }
                        })}
                }
                    .into_any()
            }}
            {move || {
                problem
                    .get()
                    .map(|p| {
                        view! {
                            <p class="banner warn" role="alert">
                                {p}
                            </p>
                        }
                    })
            }}
            <div class="button-row">
                {(!other_dossier)
                    .then(|| {
                        view! {
                            <button type="button" id="sheet-apply" on:click=apply>
                                {lang.text(t::APPLY_SHEET)}
                            </button>
                        }
                    })} <button type="button" class="secondary" id="sheet-skip" on:click=skip>
                    {lang.text(t::SKIP_SHEET)}
                </button>
            </div>
        </div>
    }
}
