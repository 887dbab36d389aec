//! The projectplan, built from a dossier, following the structure of the Holland Rijnland
//! plan (2005-2006): 1 Inleiding, 2 Projectomschrijving (doelstelling, uitgangspunten,
//! doelgroep), 3 Projectstructuur (deelnemers, aanspreekpunt, rol van de opdrachtgever),
//! 4 Fasen (the nine steps with their Telgen phases and status, the timeline, the tender
//! procedure with the invited providers, the start), 5 Taken, rollen en
//! verantwoordelijkheden, 6 Financiën, 7 Monitoring en verantwoording, 8 Evaluatie.
//!
//! Unlike the bestek this is an internal document: it names the invited providers and the
//! budgets, and it explains the consequences of the chosen buyer role and financing with the
//! explanations the wizard shows.

use super::bestek::reporting_frequency;
use super::builder::{
    buyers, contact_text, decimal, front_matter, participant_name, procedure_kind, target_group, timeline, title,
    value_and_threshold, Writer,
};
use super::model::{Document, Text};
use crate::domain::completeness::step_status;
use crate::domain::contract::{budget_shortfall, budget_total, estimated_contract_value};
use crate::domain::dossier::{Dossier, ProcedureKind};
use crate::domain::fields::FieldId;
use crate::domain::incentive::settle_dossier;
use crate::domain::steps::Step;
use crate::i18n;
use crate::i18n::guidance::step_guidance;
use crate::i18n::wizard_messages;
use crate::i18n::Labeled;
use crate::i18n::Lang;

/// The projectplan. `today` (`YYYY-MM-DD`) is the document date, the date of the status
/// of the steps, and picks the threshold set.
pub fn projectplan(d: &Dossier, lang: Lang, today: &str) -> Document {
    let mut w = Writer::for_dossier(lang, d);
    front_matter(&mut w, d, today);
    w.page_break();
    introduction(&mut w, d);
    description(&mut w, d);
    structure(&mut w, d);
    phases(&mut w, d, today);
    tasks(&mut w, d);
    finances(&mut w, d);
    monitoring(&mut w, d);
    evaluation(&mut w, d);
    let title = title(&w, d);
    let subtitle = w.t.p_subtitle;
    w.finish(title, subtitle, today)
}

fn introduction(w: &mut Writer, d: &Dossier) {
    let t = w.t;
    let ps = &d.exploration.participants;
    w.heading(1, t.p_h_intro);
    buyers(w, ps, (t.p_intro_single_pre, t.p_intro_single_post), |w, n| {
        Text::plain(w.count(n as u64)).then(t.p_intro_joint_post)
    });
    w.user_text(&d.exploration.problem, FieldId::Problem);
    w.para(t.p_outline);
}

fn description(w: &mut Writer, d: &Dossier) {
    let t = w.t;
    w.heading(1, t.p_h_description);
    w.optional_section(2, t.p_h_goals, &d.exploration.goals);
    w.optional_section(2, t.p_h_principles, &d.exploration.principles);
    w.heading(2, t.p_h_target);
    target_group(w, d, 3);
}

fn structure(w: &mut Writer, d: &Dossier) {
    let t = w.t;
    let lang = w.lang;
    let ps = &d.exploration.participants;
    w.heading(1, t.p_h_structure);

    w.heading(2, t.p_h_participants);
    if ps.is_empty() {
        let open = w.open_field(FieldId::Participants);
        w.para(open);
    } else {
        let rows = ps
            .iter()
            .map(|p| {
                vec![
                    participant_name(w, p),
                    match p.contact_person.trim() {
                        "" => w.open(FieldId::Participants, &t.col_contact_person.to_lowercase()).into(),
                        person => Text::plain(person),
                    },
                    w.count_or_open(p.trajectories, FieldId::Threshold),
                ]
            })
            .collect();
        w.table(
            vec![t.col_participant.to_string(), t.col_contact_person.to_string(), t.col_trajectories.to_string()],
            rows,
        );
    }

    w.heading(2, t.p_h_contact);
    let contact = contact_text(w, d);
    w.para(contact.then(t.p_contact_post));

    // A joint purchase: the project group, its working groups, where the decisions go and who
    // guides the process (the Holland Rijnland plan, §2.3 and §3).
    if ps.len() >= 2 {
        let g = &d.exploration.governance;
        w.heading(2, t.p_h_project_group);
        w.user_text(&g.project_group, FieldId::ProjectGroup);
        if !g.working_groups.trim().is_empty() {
            w.heading(2, t.p_h_working_groups);
            w.user_text_opt(&g.working_groups);
        }
        w.heading(2, t.p_h_decisions);
        w.user_text(&g.decision_route, FieldId::DecisionRoute);
        if !g.facilitator.trim().is_empty() {
            w.heading(2, t.p_h_facilitator);
            w.user_text_opt(&g.facilitator);
        }
    }

    w.heading(2, t.p_h_role);
    match d.exploration.buyer_role {
        Some(role) => {
            w.para(
                Text::new()
                    .strong(role.label().get(lang))
                    .then(". ")
                    .then(i18n::tender_documents::role_in_plan(role).get(lang)),
            );
            w.user_text_opt(&d.exploration.role_rationale);
        }
        None => {
            let open = w.open(FieldId::BuyerRole, t.what_role);
            w.para(open);
            w.user_text_opt(&d.exploration.role_rationale);
        }
    }
}

fn phases(w: &mut Writer, d: &Dossier, today: &str) {
    let t = w.t;
    let lang = w.lang;
    w.heading(1, t.p_h_phases);

    w.heading(2, t.p_h_steps);
    w.para(i18n::documents::steps_intro(&wizard_messages::long_date(today, lang), lang));
    // Who does what per step, when the dossier says so (a joint purchase's owners per phase).
    let owners = &d.exploration.governance.step_owners;
    let with_owners = owners.values().any(|o| !o.trim().is_empty());
    let rows = Step::ALL
        .iter()
        .map(|&s| {
            let g = step_guidance(s);
            let phases: Vec<&str> = s.phases().iter().map(|p| p.label().get(lang)).collect();
            let mut row = vec![
                Text::plain(format!("{}. {}", s.number(), g.name.get(lang))),
                Text::plain(phases.join(" / ")),
                Text::plain(i18n::documents::step_activity(s).get(lang)),
            ];
            if with_owners {
                row.push(Text::plain(owners.get(s.slug()).map(|o| o.trim()).unwrap_or(t.not_given_inline)));
            }
            row.push(Text::plain(wizard_messages::step_status(step_status(d, s), lang)));
            row
        })
        .collect();
    let mut header = vec![t.col_step.to_string(), t.col_phase.to_string(), t.col_activity.to_string()];
    if with_owners {
        header.push(t.col_who.to_string());
    }
    header.push(t.col_status.to_string());
    w.table(header, rows);

    w.heading(2, t.p_h_timeline);
    timeline(w, d);

    w.heading(2, t.p_h_tender);
    procedure_kind(w, d);
    value_and_threshold(w, d, today);
    let invited: Vec<Vec<Text>> = d
        .procedure
        .invited
        .iter()
        .filter(|p| !p.name.trim().is_empty())
        .map(|p| vec![Text::plain(p.name.trim()), Text::plain(p.note.trim())])
        .collect();
    if !invited.is_empty() {
        w.para(t.p_invited_intro);
        w.table(vec![t.col_provider.to_string(), t.col_note.to_string()], invited);
    } else if d.procedure.kind == Some(ProcedureKind::Open) {
        w.para(t.p_open_procedure_no_invites);
    } else if d.procedure.kind == Some(ProcedureKind::Private) {
        let open = w.open_field(FieldId::InvitedProviders);
        w.para(Text::plain(t.p_invited_intro).then(" ").span(open));
    }
    super::scoring_round::scoring_round(w, d);

    w.heading(2, t.p_h_start);
    let date: Text = match d.start.start_date.trim() {
        "" => w.open_field(FieldId::StartDate).into(),
        date => Text::plain(wizard_messages::long_date(date, lang)),
    };
    w.para(Text::plain(t.p_start_pre).extend(date).then(t.p_start_post));
    let preconditions: Vec<Text> = d
        .start
        .preconditions
        .iter()
        .filter(|c| !c.text.trim().is_empty())
        .map(|c| {
            let state = if c.done { t.done } else { t.open };
            Text::new().strong(format!("{state}: ")).then(c.text.trim())
        })
        .collect();
    if preconditions.is_empty() {
        let open = w.open_field(FieldId::Preconditions);
        w.para(open);
    } else {
        w.para(t.p_preconditions_intro);
        w.bullets(preconditions);
    }
    let referrals: Vec<Vec<Text>> = d
        .exploration
        .participants
        .iter()
        .filter_map(|p| {
            d.start
                .first_referrals
                .get(&p.id)
                .map(|n| vec![participant_name(w, p), Text::plain(w.count(u64::from(*n)))])
        })
        .collect();
    if !referrals.is_empty() {
        w.table(vec![t.col_participant.to_string(), t.col_first_referrals.to_string()], referrals);
    }
}

fn tasks(w: &mut Writer, d: &Dossier) {
    let t = w.t;
    w.heading(1, t.p_h_tasks);
    if d.exploration.participants.len() >= 2 {
        w.heading(2, t.p_h_each);
        w.para(t.p_each);
        w.heading(2, t.p_h_together);
        w.para(t.p_together);
        w.heading(2, t.p_h_contact_role);
        let contact = contact_text(w, d);
        w.para(contact.then(t.p_contact_role_post));
    } else {
        w.heading(2, t.p_h_single);
        w.para(t.p_single);
    }
    w.heading(2, t.p_h_contractor);
    w.para(t.p_contractor);
    w.labelled_user_text(t.p_referral_label, &d.execution.referral, FieldId::Referral);
    if !d.execution.contacts.trim().is_empty() {
        w.labelled_user_text(t.p_contacts_label, &d.execution.contacts, FieldId::Contacts);
    }
}

fn finances(w: &mut Writer, d: &Dossier) {
    let t = w.t;
    let lang = w.lang;
    let ps = &d.exploration.participants;
    w.heading(1, t.p_h_finance);
    w.para(if ps.len() >= 2 { t.p_finance_joint } else { t.p_finance_single });

    let budgets = budget_total(ps).ok();
    if ps.is_empty() {
        let open = w.open_field(FieldId::Participants);
        w.para(open);
    } else {
        w.para(t.p_budget_intro);
        let mut rows: Vec<Vec<Text>> = ps
            .iter()
            .map(|p| {
                vec![
                    participant_name(w, p),
                    match p.budget {
                        // The period it covers, as step 1 asks (issue 17).
                        Some(m) => {
                            Text::plain(i18n::first_tender::budget_with_period(&w.money(m), p.budget_period, lang))
                        }
                        None => w.open(FieldId::Participants, t.what_budget).into(),
                    },
                ]
            })
            .collect();
        if ps.len() >= 2 {
            rows.push(vec![
                Text::new().strong(t.total),
                match &budgets {
                    Some(b) if b.with_budget > 0 => {
                        // A common period, when every budget has the same one.
                        let first = ps.first().and_then(|p| p.budget_period);
                        let common = first.filter(|_| ps.iter().all(|p| p.budget_period == first));
                        Text::new().strong(i18n::first_tender::budget_with_period(&w.money(b.total), common, lang))
                    }
                    _ => Text::plain("–"),
                },
            ]);
        }
        w.table(vec![t.col_participant.to_string(), t.col_budget.to_string()], rows);
        if budgets.as_ref().is_some_and(|b| b.with_budget > 0 && !b.is_complete()) {
            w.para(t.p_budget_partial);
        }
    }
    if let Ok(v) = estimated_contract_value(d) {
        w.para(Text::plain(t.value_pre).strong(w.money(v.total)).then(t.value_post));
        w.para(wizard_messages::contract_value_formula(&v, lang));
        // The same check and words as step 1's open point (one source of warnings).
        if let Some(shortfall) = budget_shortfall(d) {
            w.note(i18n::first_tender::value_exceeds_budgets(&shortfall, lang));
        }
    }
    let financing: Text = match d.specification.financing {
        Some(f) => Text::new()
            .strong(f.label().get(lang))
            .then(". ")
            .then(i18n::tender_documents::financing_in_plan(f).get(lang)),
        None => w.open_field(FieldId::Financing).into(),
    };
    w.para(Text::plain(t.p_financing_pre).extend(financing));
    w.para(t.p_time_investment);
}

fn monitoring(w: &mut Writer, d: &Dossier) {
    let t = w.t;
    w.heading(1, t.p_h_monitoring_accountability);
    w.heading(2, t.p_h_monitoring);
    reporting_frequency(w, d);
    w.user_text_opt(&d.execution.reporting_content);
    if d.execution.go_no_go {
        w.para(t.b_go_no_go);
    }
    if d.specification.bonus_malus.enabled {
        w.para(t.p_bonus_malus_applies);
        if d.exploration.participants.len() > 1 {
            w.para(i18n::first_tender::settlement_basis_sentence(d.specification.bonus_malus.basis).get(w.lang));
        }
    }
    if let Some(m) = d.monitoring.average_price {
        w.para(Text::plain(t.p_average_price_pre).then(w.money(m)).then("."));
    }
    let dash = || Text::plain("–");
    let rows: Vec<Vec<Text>> = d
        .exploration
        .participants
        .iter()
        .filter_map(|p| {
            let f = d.monitoring.figures.get(&p.id)?;
            Some(vec![
                participant_name(w, p),
                f.started.map_or_else(dash, |n| Text::plain(w.count(u64::from(n)))),
                f.results.map_or_else(dash, |n| Text::plain(w.count(u64::from(n)))),
                f.cost.map_or_else(dash, |m| Text::plain(w.money(m))),
            ])
        })
        .collect();
    if !rows.is_empty() {
        w.para(t.p_monitoring_figures_intro);
        w.table(
            vec![
                t.col_participant.to_string(),
                t.col_started.to_string(),
                t.col_results.to_string(),
                t.col_cost.to_string(),
            ],
            rows,
        );
    }
    settlement(w, d);
    w.user_text_opt(&d.monitoring.notes);

    w.optional_section(2, t.p_h_accountability, &d.accountability.notes);
}

/// The bonus/malus settled on the figures so far (with [`settle_dossier`], by the rule's
/// basis): one row for the whole contract, or one per settled participant, when the rule, the
/// contract's average price and figures are there.
fn settlement(w: &mut Writer, d: &Dossier) {
    let t = w.t;
    let lang = w.lang;
    let settled = settle_dossier(d);
    let row = |w: &Writer, name: Text, s: &crate::domain::incentive::Settlement| {
        vec![
            name,
            Text::plain(decimal(s.agreed_placements, lang)),
            Text::plain(w.money(s.bonus)),
            Text::plain(w.money(s.withheld)),
        ]
    };
    let rows: Vec<Vec<Text>> = match &settled.contract {
        Some(Ok(c)) => vec![row(w, Text::plain(i18n::first_tender::WHOLE_CONTRACT_ROW.get(lang)), c)],
        _ => {
            settled.rows.iter().filter_map(|r| Some(row(w, participant_name(w, r.participant), r.settled()?))).collect()
        }
    };
    if !rows.is_empty() {
        w.para(t.p_settlement_intro);
        w.table(
            vec![
                t.col_participant.to_string(),
                t.col_agreed_placements.to_string(),
                t.col_bonus.to_string(),
                t.col_withheld.to_string(),
            ],
            rows,
        );
    }
}

fn evaluation(w: &mut Writer, d: &Dossier) {
    let t = w.t;
    let e = &d.evaluation;
    w.heading(1, t.p_h_evaluation);
    w.para(t.p_evaluation);
    if !e.what_worked.trim().is_empty() {
        w.labelled_user_text(t.p_what_worked, &e.what_worked, FieldId::WhatWorked);
    }
    if !e.what_to_change.trim().is_empty() {
        w.labelled_user_text(t.p_what_to_change, &e.what_to_change, FieldId::WhatToChange);
    }
}
