//! Step 9: evaluation, with the self-assessment against the guide's four conditions for
//! innovative purchasing, scored 0..=4 and shown as a bar chart.

use super::bind::text;
use crate::domain::assessment::{per_lever, questions_for, read, Lever, SCALE_MAX};
use crate::domain::fields::FieldId;
use crate::i18n::labels::{self, question_text, Labeled, SCALE_LABELS};
use crate::routes::Page;
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;
use rust_decimal::prelude::ToPrimitive;

pub fn step9(ds: Dossiers) -> impl IntoView {
    let lang = use_lang();
    let answers = ds.select(|d| d.evaluation.self_assessment.clone());
    let per_lever = Memo::new(move |_| answers.with(per_lever));
    view! {
        {text(ds, FieldId::WhatWorked, |d| &d.evaluation.what_worked, |d| &mut d.evaluation.what_worked, true)}
        {text(ds, FieldId::WhatToChange, |d| &d.evaluation.what_to_change, |d| &mut d.evaluation.what_to_change, true)}
        <section class="self-assessment" id=FieldId::SelfAssessment.anchor() aria-labelledby="sa-title">
            <h2 id="sa-title">{lang.text(labels::SELF_ASSESSMENT_TITLE)}</h2>
            <p class="help">{lang.text(labels::SELF_ASSESSMENT_INTRO)}</p>
            {Lever::ALL
                .into_iter()
                .map(|lever| {
                    view! {
                        <h3>{move || lever.label().get(lang.get())}</h3>
                        {questions_for(lever)
                            .map(|q| {
                                let qid = q.id();
                                view! {
                                    <fieldset class="scale-question">
                                        <legend>{lang.text(question_text(q))}</legend>
                                        <div class="scale">
                                            {(0..=SCALE_MAX)
                                                .map(|score| {
                                                    let id = format!("sa-{qid}-{score}");
                                                    view! {
                                                        <span class="scale-option">
                                                            <input
                                                                type="radio"
                                                                id=id.clone()
                                                                name=format!("sa-{qid}")
                                                                value=score.to_string()
                                                                prop:checked=move || answers.get().get(qid) == Some(&score)
                                                                prop:disabled=move || ds.read_only.get()
                                                                on:change=move |_| {
                                                                    ds.update(|d| {
                                                                        d.evaluation.self_assessment.insert(qid.to_string(), score);
                                                                    })
                                                                }
                                                            />
                                                            <label for=id>
                                                                {score}" · "
                                                                {move || SCALE_LABELS[usize::from(score)].get(lang.get())}
                                                            </label>
                                                        </span>
                                                    }
                                                })
                                                .collect_view()}
                                        </div>
                                    </fieldset>
                                }
                            })
                            .collect_view()}
                    }
                })
                .collect_view()}
            <figure class="chart">
                <figcaption>{lang.text(labels::SELF_ASSESSMENT_TITLE)}" (0–4)"</figcaption>
                {move || assessment_chart(&per_lever.get(), lang.get())}
            </figure>
            {reading(ds)}
        </section>
    }
}

/// What the answers say (`domain::assessment::read`): the weakest lever with what to consider
/// next time, and answers the dossier contradicts, each linked to its field. Nothing until a
/// question is answered.
fn reading(ds: Dossiers) -> impl IntoView {
    let lang = use_lang();
    let answered = ds.select(|d| !d.evaluation.self_assessment.is_empty());
    let reading = ds.select(read);
    let id = ds.select(|d| d.id.clone());
    view! {
        <Show when=move || answered.get()>
            <div class="reading" aria-live="polite">
                <h3>{lang.text(labels::READING_TITLE)}</h3>
                {move || {
                    reading
                        .get()
                        .weakest
                        .map(|(lever, avg)| {
                            view! {
                                <p>
                                    {move || labels::weakest_lever(lever, avg, lang.get())}" "
                                    {move || labels::lever_advice(lever).get(lang.get())}" "
                                    <A href=crate::routes::lever_href(lever)>{move || lever.label().get(lang.get())}</A>
                                </p>
                            }
                        })
                }}
                {move || {
                    let r = reading.get();
                    if r.mismatches.is_empty() {
                        view! { <p>{lang.text(labels::READING_CONSISTENT)}</p> }.into_any()
                    } else {
                        view! {
                            <p>{lang.text(labels::READING_MISMATCHES)}</p>
                            <ul>
                                {r
                                    .mismatches
                                    .into_iter()
                                    .map(|m| {
                                        let field = labels::mismatch_field(m);
                                        let href = Page::Step(field.step()).href_at(&id.get(), field.anchor());
                                        view! {
                                            <li>
                                                <A href=href>{move || labels::mismatch(m, lang.get())}</A>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                }}
            </div>
        </Show>
    }
}

/// Horizontal bars, one per condition, 0..=4. Text values beside the bars so that the chart
/// is readable without colour and announced by screen readers through the table it mirrors.
fn assessment_chart(rows: &[(Lever, Option<rust_decimal::Decimal>)], lang: crate::i18n::Lang) -> impl IntoView {
    let bar_max = 300.0;
    let row_h = 34.0;
    let label_w = 250.0;
    let height = rows.len() as f64 * row_h + 10.0;
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, (lever, avg))| {
            let y = i as f64 * row_h + 5.0;
            let v = avg.and_then(|d| d.to_f64()).unwrap_or(0.0);
            let w = (v / f64::from(SCALE_MAX)) * bar_max;
            let value_text = match avg {
                Some(d) => crate::domain::money::format_fixed(*d, 1, lang.number_style()),
                None => "–".to_string(),
            };
            view! {
                <g>
                    <text x="0" y={y + 21.0} class="chart-label">
                        {lever.label().get(lang)}
                    </text>
                    <rect x=label_w y={y + 4.0} width=bar_max height={row_h - 12.0} class="chart-track" />
                    <rect x=label_w y={y + 4.0} width=w height={row_h - 12.0} class="chart-bar" />
                    <text x={label_w + bar_max + 10.0} y={y + 21.0} class="chart-value">
                        {value_text}
                    </text>
                </g>
            }
        })
        .collect_view();
    let aria = rows
        .iter()
        .map(|(l, a)| format!("{}: {}", l.label().get(lang), a.map(|d| d.to_string()).unwrap_or_else(|| "–".into())))
        .collect::<Vec<_>>()
        .join("; ");
    let view_box = format!("0 0 {} {height}", label_w + bar_max + 60.0);
    view! {
        <svg class="bar-chart" viewBox=view_box role="img" aria-label=aria>
            {bars}
        </svg>
    }
}
