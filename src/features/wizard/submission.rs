//! Step 5: where and by when bidders ask questions and submit, and the purchase conditions.
//! The bestek prints them in its procedure chapter; empty, they are open points.

use super::bind::{choice, label_of, text};
use crate::domain::dossier::{Dossier, SubmissionChannel};
use crate::domain::fields::FieldId;
use crate::i18n::labels::field_help;
use crate::i18n::tender_documents as td;
use crate::i18n::Tr;
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
use leptos::prelude::*;

/// A date or time input bound to a `String` of the dossier's submission arrangements.
fn date_input(
    ds: Dossiers,
    id: &'static str,
    kind: &'static str,
    label: Signal<String>,
    help_id: Option<&'static str>,
    get: fn(&Dossier) -> &String,
    set: fn(&mut Dossier) -> &mut String,
) -> impl IntoView {
    let value = ds.select(move |d| get(d).clone());
    view! {
        <div class="field">
            <label for=id>{move || label.get()}</label>
            <input
                type=kind
                id=id
                aria-describedby=help_id
                prop:value=move || value.get()
                prop:disabled=move || ds.read_only.get()
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    ds.update(|d| *set(d) = v)
                }
            />
        </div>
    }
}

pub fn submission_section(ds: Dossiers) -> impl IntoView {
    let lang = use_lang();
    let options: Vec<(SubmissionChannel, Tr, Option<Tr>)> =
        SubmissionChannel::ALL.iter().map(|c| (*c, td::channel_label(*c), Some(td::channel_help(*c)))).collect();
    let tr = move |t: Tr| Signal::derive(move || t.get(lang.get()).to_string());
    view! {
        <section class="submission" aria-labelledby="submission-title">
            <h2 id="submission-title">{move || td::SECTION_TITLE.get(lang.get())}</h2>
            {choice(
                ds,
                FieldId::SubmissionChannel,
                options,
                |d| d.procedure.submission.channel,
                |d| &mut d.procedure.submission.channel,
            )}
            <div class="field">
                <label for="f-submission-address">{move || td::ADDRESS_LABEL.get(lang.get())}</label>
                <input
                    type="email"
                    id="f-submission-address"
                    autocomplete="email"
                    prop:value=move || {
                        ds.current
                            .with(|d| d.as_ref().map(|d| d.procedure.submission.address.clone()).unwrap_or_default())
                    }
                    prop:disabled=move || ds.read_only.get()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        ds.update(|d| d.procedure.submission.address = v)
                    }
                />
            </div>
            <div class="field">
                <label for=FieldId::QuestionsDeadline
                    .anchor()>{move || label_of(FieldId::QuestionsDeadline).get()}</label>
                <p class="help" id="f-questions-deadline-help">
                    {move || field_help(FieldId::QuestionsDeadline).get(lang.get())}
                </p>
                <input
                    type="date"
                    id=FieldId::QuestionsDeadline.anchor()
                    aria-describedby="f-questions-deadline-help"
                    prop:value=move || {
                        ds.current
                            .with(|d| {
                                d.as_ref()
                                    .map(|d| d.procedure.submission.questions_deadline.clone())
                                    .unwrap_or_default()
                            })
                    }
                    prop:disabled=move || ds.read_only.get()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        ds.update(|d| d.procedure.submission.questions_deadline = v)
                    }
                />
            </div>
            <fieldset class="field" id="f-submission-deadline-group">
                <legend>{move || label_of(FieldId::SubmissionDeadline).get()}</legend>
                <p class="help" id="f-submission-deadline-help">
                    {move || field_help(FieldId::SubmissionDeadline).get(lang.get())}
                </p>
                <div class="row-grid two">
                    {date_input(
                        ds,
                        FieldId::SubmissionDeadline.anchor(),
                        "date",
                        tr(td::DEADLINE_DATE_LABEL),
                        Some("f-submission-deadline-help"),
                        |d| &d.procedure.submission.deadline,
                        |d| &mut d.procedure.submission.deadline,
                    )}
                    {date_input(
                        ds,
                        "f-submission-deadline-time",
                        "time",
                        tr(td::DEADLINE_TIME_LABEL),
                        None,
                        |d| &d.procedure.submission.deadline_time,
                        |d| &mut d.procedure.submission.deadline_time,
                    )}
                </div>
            </fieldset>
            {text(
                ds,
                FieldId::PurchaseConditions,
                |d| &d.procedure.submission.purchase_conditions,
                |d| &mut d.procedure.submission.purchase_conditions,
                false,
            )}
        </section>
    }
}
