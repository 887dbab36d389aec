//! Exercise 6, the buyer's role: the four municipalities of the guide side by side with their
//! choices from the demo dossiers (inflow guarantee, contract length, procedure); the room
//! picks the role each took, and the reveal shows the guide's role, what it meant there and
//! how many the room had right (`domain::workshop::role_score`).

use super::exercise_frame;
use crate::components::source::Sources;
use crate::domain::dossier::BuyerRole;
use crate::domain::workshop::{role_case_sources, role_cases, role_score, Exercise, RoleAnswers, ROLE_SOURCES};
use crate::i18n::{workshop, workshop_more as more, Labeled};
use crate::state::{use_lang, use_projector};
use leptos::prelude::*;

fn role_slug(r: BuyerRole) -> &'static str {
    match r {
        BuyerRole::AtDistance => "op-afstand",
        BuyerRole::Facilitating => "faciliterend",
        BuyerRole::Director => "regisseur",
        BuyerRole::Partner => "partner",
    }
}

pub(super) fn exercise() -> impl IntoView {
    let lang = use_lang();
    let locked = use_projector().locked;
    let answers = RwSignal::new(RoleAnswers::default());
    let revealed = RwSignal::new(false);
    let cases = role_cases();
    let total = cases.len();
    let rows = cases
        .into_iter()
        .enumerate()
        .map(|(i, case)| {
            let select_id = format!("ws-role-{}", case.key);
            let inflow = match case.inflow_guarantee {
                Some(true) => more::YES,
                Some(false) => more::NO,
                None => more::UNKNOWN,
            };
            let procedure = case.procedure.map(|k| k.label()).unwrap_or(more::UNKNOWN);
            let guide_role = case.role;
            let row_header = format!("ws-role-h-{}", case.key);
            view! {
                <tr>
                    <th scope="row" id=row_header.clone()>
                        {more::municipality(case.key)}
                    </th>
                    <td>{lang.text(inflow)}</td>
                    <td>
                        {move || {
                            case.contract_months
                                .map(|m| more::months(m, lang.get()))
                                .unwrap_or_else(|| more::UNKNOWN.get(lang.get()).to_string())
                        }}
                    </td>
                    <td>{lang.text(procedure)}</td>
                    <td>
                        <label class="visually-hidden" for=select_id.clone()>
                            {move || {
                                format!("{}: {}", more::COL_ROOM_ROLE.get(lang.get()), more::municipality(case.key))
                            }}
                        </label>
                        <select
                            id=select_id
                            disabled=move || locked.get()
                            prop:value=move || answers.with(|a| a[i].map(role_slug).unwrap_or(""))
                            on:change=move |ev| {
                                if locked.get_untracked() {
                                    return;
                                }
                                let v = event_target_value(&ev);
                                let role = BuyerRole::ALL.iter().copied().find(|r| role_slug(*r) == v);
                                answers.update(|a| a[i] = role);
                            }
                        >
                            <option value="">{lang.text(more::NOT_CHOSEN)}</option>
                            {BuyerRole::ALL
                                .iter()
                                .map(|&r| view! { <option value=role_slug(r)>{lang.text(r.label())}</option> })
                                .collect_view()}
                        </select>
                    </td>
                </tr>
                // The answer goes under its row, across the table: beside it, a sixth column
                // squeezed the choices at 1024x768 in projector mode.
                <tr class="role-answer" hidden=move || !revealed.get()>
                    <td class="guide-answer" colspan="5" headers=row_header>
                        <span class="answer-label">{lang.text(more::COL_GUIDE_ROLE)}": "</span>
                        <strong>{guide_role.map(|r| lang.text(r.label()))}</strong>
                        {move || {
                            answers
                                .with(|a| a[i])
                                .map(|given| {
                                    let (class, text) = if Some(given) == guide_role {
                                        ("agree", workshop::AGREES)
                                    } else {
                                        ("differ", workshop::DIFFERS)
                                    };
                                    view! { <span class=format!("mark {class}")>" ("{text.get(lang.get())}")"</span> }
                                })
                        }}
                        <br />
                        {lang.text(more::role_meaning(case.key))}
                        <Sources refs=role_case_sources(case.key) />
                    </td>
                </tr>
            }
        })
        .collect_view();
    let material = view! {
        <div class="table-scroll">
            <table class="role-table">
                <thead>
                    <tr>
                        <th scope="col">{lang.text(more::COL_MUNICIPALITY)}</th>
                        <th scope="col">{lang.text(more::COL_INFLOW)}</th>
                        <th scope="col">{lang.text(more::COL_DURATION)}</th>
                        <th scope="col">{lang.text(more::COL_PROCEDURE)}</th>
                        <th scope="col">{lang.text(more::COL_ROOM_ROLE)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="verdict-line" id="ws-role-score" hidden=move || !revealed.get()>
            {move || more::role_score_line(answers.with(role_score), total, lang.get())}
        </p>
    }
    .into_any();
    let extra = view! { <Sources refs=ROLE_SOURCES /> }.into_any();
    exercise_frame(Exercise::Role, material, Some(extra), revealed, move || answers.set(RoleAnswers::default()))
}
