//! The bestek (Programma van Eisen) with the request for tender, built from a dossier.
//!
//! Chapters: 1 Inleiding, 2 Doelgroep, 3 Programma van Eisen, 4 Risicoverdeling en
//! financiering, 5 Uitvoering, 6 Procedure, 7 Selectie- en gunningscriteria,
//! 8 Offerteaanvraag. The document is meant to be sent to providers after a read-through, so
//! it leaves out what is internal to the buyer: the invited providers (a request for tender
//! does not name competitors), the participants' budgets and the bids.

use super::builder::{
    bonus_malus_example, buyers, contact_text, front_matter, join, lower_first, participant_name, procedure_kind,
    requirement_rows, requirements_read_as, target_group, timeline, title, value_and_threshold, Writer,
};
use super::model::{Document, Text};
use super::tender;
use crate::domain::completeness::Problem;
use crate::domain::dossier::{Dossier, Financing, Invoicing};
use crate::domain::fields::FieldId;
use crate::domain::money::{format_fixed, Percent};
use crate::domain::scoring::model::{CriterionKind, KnockoutRule, PriceFormula};
use crate::domain::scoring::weight_total;
use crate::i18n::{self, wizard_messages, Labeled, Lang};
use rust_decimal::Decimal;

/// The bestek with the request for tender. `today` (`YYYY-MM-DD`) is the document date and
/// picks the threshold set.
pub fn bestek(d: &Dossier, lang: Lang, today: &str) -> Document {
    let mut w = Writer::for_dossier(lang, d);
    front_matter(&mut w, d, today);
    w.page_break();
    introduction(&mut w, d);
    w.heading(1, w.t.b_h_target);
    target_group(&mut w, d, 2);
    programme(&mut w, d);
    risks(&mut w, d);
    execution(&mut w, d);
    procedure(&mut w, d, today);
    criteria(&mut w, d, today);
    tender::contract_conditions(&mut w, d);
    request(&mut w, d);
    tender::annexes(&mut w, d, today);
    let title = title(&w, d);
    let subtitle = w.t.b_subtitle;
    w.finish(title, subtitle, today)
}

fn introduction(w: &mut Writer, d: &Dossier) {
    let t = w.t;
    let ps = &d.exploration.participants;
    w.heading(1, t.b_h_intro);
    w.heading(2, t.b_h_buyer);
    buyers(w, ps, (t.b_single_buyer_pre, t.b_single_buyer_post), |w, n| {
        Text::plain(i18n::documents::joint_buyers(n, w.lang))
    });
    w.heading(2, t.b_h_contact);
    let contact = contact_text(w, d);
    w.para(Text::plain(t.b_contact_pre).extend(contact).then("."));
    w.para(t.b_contact_rules);
    w.heading(2, t.b_h_reason);
    w.user_text(&d.exploration.problem, FieldId::Problem);
    w.optional_section(2, t.b_h_goal, &d.exploration.goals);
    w.heading(2, t.b_h_reading);
    w.para(t.b_reading);
}

fn programme(w: &mut Writer, d: &Dossier) {
    let t = w.t;
    let s = &d.specification;
    let header = vec![t.col_nr.to_string(), t.col_requirement.to_string()];
    w.heading(1, t.b_h_pve);
    w.para(t.b_pve_intro);
    w.heading(2, t.b_h_functional);
    let functional = requirement_rows(&s.functional, "F");
    if functional.is_empty() {
        let open = w.open_field(FieldId::FunctionalRequirements);
        w.para(open);
    } else {
        w.para(t.b_functional_intro);
        w.table(header.clone(), functional);
        // A requirement here that prescribes how is not printed without comment.
        let (technical, mixed) = requirements_read_as(&s.functional, "F");
        let lang = w.lang;
        for note in [
            i18n::spec_lists::bestek_technical_in_functional(&technical, lang),
            i18n::spec_lists::bestek_mixed_in_functional(&mixed, lang),
        ]
        .into_iter()
        .flatten()
        {
            w.note(note);
        }
    }
    w.heading(2, t.b_h_technical);
    let technical = requirement_rows(&s.technical, "T");
    if technical.is_empty() {
        w.para(t.b_no_technical);
    } else {
        w.para(t.b_technical_intro);
        w.table(header, technical);
    }
    if s.cooperation_required {
        w.heading(2, t.b_h_cooperation);
        w.para(t.b_cooperation);
    }
}

fn risks(w: &mut Writer, d: &Dossier) {
    let t = w.t;
    let lang = w.lang;
    let s = &d.specification;
    w.heading(1, t.b_h_risks);

    w.heading(2, t.b_h_inflow);
    match s.inflow_guarantee {
        Some(true) => {
            let n = w.count_or_open(s.inflow_clients, FieldId::InflowClients);
            let mut inflow = Text::plain(t.b_inflow_pre).extend(n).then(t.b_inflow_post);
            if let Some(m) = s.contract_months {
                inflow = inflow.then(i18n::tender_documents::inflow_period(&w.count(u64::from(m)), lang));
            }
            w.para(inflow);
        }
        Some(false) => w.para(t.b_no_inflow),
        None => {
            let open = w.open_field(FieldId::InflowGuarantee);
            w.para(open);
        }
    }

    w.heading(2, t.b_h_financing);
    match s.financing {
        Some(f) => {
            let sentence = match f {
                Financing::Input => Text::plain(t.b_input),
                Financing::Output => Text::plain(t.b_output),
                Financing::NoCureLessPay => Text::plain(t.b_nclp_pre)
                    .extend(w.pct_or_open(s.failure_pay_share, FieldId::FailurePayShare))
                    .then(t.b_nclp_post),
            };
            w.para(Text::new().strong(f.label().get(lang)).then(". ").extend(sentence));
        }
        None => {
            let open = w.open_field(FieldId::Financing);
            w.para(open);
        }
    }
    if s.integral_price {
        w.para(t.b_integral_price);
    }
    if d.exploration.participants.len() >= 2 {
        w.para(t.b_joint_payment);
    }

    // The ways the buyer carries part of the risk of something new (step 3).
    if !s.risk_sharing.is_empty() {
        w.heading(2, i18n::documents::RISK_SHARING_HEADING.get(lang));
        for r in &s.risk_sharing {
            w.para(i18n::documents::risk_instrument_clause(*r).get(lang));
        }
    }

    w.heading(2, t.b_h_duration);
    let mut duration = Text::plain(t.b_duration_pre)
        .extend(w.count_or_open(s.contract_months, FieldId::ContractMonths))
        .then(t.b_duration_post);
    if let Some(m) = s.option_months.filter(|m| *m > 0) {
        duration = duration.then(t.b_options_pre).then(w.count(u64::from(m))).then(t.b_options_post);
    }
    w.para(duration);
    let start = d.start.start_date.trim();
    if !start.is_empty() {
        w.para(Text::plain(t.b_start_pre).then(wizard_messages::long_date(start, lang)).then(t.b_start_post));
    }

    w.heading(2, t.b_h_bonus_malus);
    let bm = &s.bonus_malus;
    if bm.enabled {
        w.para(
            Text::plain(t.b_bm_rate_pre)
                .extend(w.pct_or_open(bm.agreed_rate, FieldId::BonusMalus))
                .then(t.b_bm_rate_post)
                .then(t.b_bm_bonus_pre)
                .extend(w.pct_or_open(bm.bonus_share, FieldId::BonusMalus))
                .then(t.b_bm_bonus_post)
                .then(t.b_bm_malus_pre)
                .extend(w.pct_or_open(bm.malus_share, FieldId::BonusMalus))
                .then(t.b_bm_malus_post),
        );
        if let (Some(rate), Some(bonus), Some(malus)) = (bm.agreed_rate, bm.bonus_share, bm.malus_share) {
            w.para(i18n::documents::bonus_malus_formula(&w.pct(bonus), &w.pct(rate), &w.pct(malus), lang));
        }
        w.para(t.b_bm_settlement);
        if d.exploration.participants.len() > 1 {
            w.para(i18n::first_tender::settlement_basis_sentence(bm.basis).get(lang));
        }
        bonus_malus_example(w, d);
    } else {
        w.para(t.b_no_bonus_malus);
    }
}

fn execution(w: &mut Writer, d: &Dossier) {
    let t = w.t;
    let lang = w.lang;
    let x = &d.execution;
    w.heading(1, t.b_h_execution);

    w.heading(2, t.b_h_referral);
    w.user_text(&x.referral, FieldId::Referral);
    let intake = w.count_or_open(x.intake_weeks, FieldId::IntakeWeeks);
    w.para(Text::plain(t.b_intake_pre).extend(intake).then(t.b_intake_post));
    let max = w.count_or_open(x.max_duration_months, FieldId::MaxDuration);
    w.para(Text::plain(t.b_max_duration_pre).extend(max).then(t.b_max_duration_post));

    w.heading(2, t.b_h_reporting);
    reporting_frequency(w, d);
    w.user_text_opt(&x.reporting_content);
    if x.go_no_go {
        w.para(t.b_go_no_go);
    }

    w.heading(2, t.b_h_privacy);
    w.user_text(&x.data_protection, FieldId::DataProtection);

    w.heading(2, t.b_h_invoicing);
    match x.invoicing {
        Some(i) => {
            let sentence = match i {
                Invoicing::PerInstrument => t.b_per_instrument,
                Invoicing::PerTrajectory => t.b_per_trajectory,
            };
            w.para(Text::new().strong(i.label().get(lang)).then(". ").then(sentence));
        }
        None => {
            let open = w.open_field(FieldId::Invoicing);
            w.para(open);
        }
    }

    w.heading(2, t.b_h_contacts);
    // Optional: without the dossier's own words the section states the arrangement itself.
    if x.contacts.trim().is_empty() {
        w.para(i18n::first_tender_tail::CONTACTS_ARRANGED_AT_START.get(lang));
    } else {
        w.user_text_opt(&x.contacts);
    }
    let with_person: Vec<Vec<Text>> = d
        .exploration
        .participants
        .iter()
        .filter(|p| !p.contact_person.trim().is_empty())
        .map(|p| vec![participant_name(w, p), Text::plain(p.contact_person.trim())])
        .collect();
    if !with_person.is_empty() {
        w.para(t.b_contacts_table_intro);
        w.table(vec![t.col_participant.to_string(), t.col_contact_person.to_string()], with_person);
    }
}

/// `De opdrachtnemer rapporteert per kwartaal aan de opdrachtgever.` or a marker.
pub(super) fn reporting_frequency(w: &mut Writer, d: &Dossier) {
    let t = w.t;
    match d.execution.reporting_frequency {
        Some(f) => {
            w.para(Text::plain(t.b_reporting_pre).then(lower_first(f.label().get(w.lang))).then(t.b_reporting_post))
        }
        None => {
            let open = w.open_field(FieldId::ReportingFrequency);
            w.para(open);
        }
    }
}

fn procedure(w: &mut Writer, d: &Dossier, today: &str) {
    let t = w.t;
    w.heading(1, t.b_h_procedure);
    w.heading(2, t.b_h_kind);
    procedure_kind(w, d);
    w.heading(2, t.b_h_value);
    value_and_threshold(w, d, today);
    w.heading(2, t.b_h_timeline);
    timeline(w, d);
    tender::questions_submission_decision(w, d, tender::is_european(d, today));
}

fn criteria(w: &mut Writer, d: &Dossier, today: &str) {
    let t = w.t;
    let lang = w.lang;
    let style = lang.number_style();
    let a = &d.award;
    w.heading(1, t.b_h_criteria);
    tender::exclusion(w, d, today);

    let knockouts: Vec<Text> = a
        .knockouts
        .iter()
        .map(|k| {
            let description = k.description.trim();
            if !description.is_empty() {
                return Text::plain(description);
            }
            match k.rule {
                KnockoutRule::MinPlacementRate { min: Some(p) } => {
                    Text::plain(i18n::documents::knockout_min_rate(&w.pct(p), lang))
                }
                KnockoutRule::MaxLeadTimeWeeks { max: Some(n) } => {
                    Text::plain(i18n::documents::knockout_max_weeks(n, lang))
                }
                _ => w.open(FieldId::AwardCriteria, t.what_knockout).into(),
            }
        })
        .collect();
    if !knockouts.is_empty() {
        w.heading(2, t.b_h_knockouts);
        w.para(t.b_knockouts_intro);
        w.bullets(knockouts);
    }

    w.heading(2, t.b_h_selection);
    let selection = requirement_rows(&d.specification.selection_criteria, "S");
    if selection.is_empty() {
        if w.is_open(FieldId::SelectionCriteria) {
            let open = w.open_field(FieldId::SelectionCriteria);
            w.para(open);
        } else {
            w.para(t.b_no_selection);
        }
    } else {
        w.para(i18n::tender_documents::SUITABILITY_INTRO.get(lang));
        w.para(t.b_selection_intro);
        w.table(vec![t.col_nr.to_string(), t.col_criterion.to_string()], selection);
    }

    w.heading(2, t.b_h_award);
    let quality_to_price = a.formula == PriceFormula::QualityToPrice;
    if a.criteria.is_empty() {
        let open = w.open_field(FieldId::AwardCriteria);
        w.para(open);
    } else {
        w.para(t.b_award_intro);
        let mut header = vec![t.col_criterion.to_string(), t.col_kind.to_string(), t.col_weight.to_string()];
        if quality_to_price {
            header.push(t.col_value_per_point.to_string());
        }
        let mut rows: Vec<Vec<Text>> = a
            .criteria
            .iter()
            .map(|c| {
                let name = match c.name.trim() {
                    "" => w.open(FieldId::AwardCriteria, t.what_criterion_name).into(),
                    n => Text::plain(n),
                };
                let kind = match c.kind {
                    CriterionKind::Price => t.kind_price,
                    CriterionKind::Quality => t.kind_quality,
                };
                let weight = match c.weight {
                    Some(p) => Text::plain(w.pct(p)),
                    None => w.open(FieldId::AwardCriteria, t.what_weight).into(),
                };
                let mut row = vec![name, Text::plain(kind), weight];
                if quality_to_price {
                    row.push(match (c.kind, c.value_per_point) {
                        (CriterionKind::Price, _) => Text::plain("–"),
                        (CriterionKind::Quality, Some(m)) => Text::plain(w.money(m)),
                        (CriterionKind::Quality, None) => w.open(FieldId::AwardCriteria, t.what_value_per_point).into(),
                    });
                }
                row
            })
            .collect();
        let weights = weight_total(&a.criteria);
        let total = (weights.missing == 0).then_some(Percent(weights.total));
        rows.push(vec![
            Text::new().strong(t.total),
            Text::new(),
            match total {
                Some(p) => Text::new().strong(w.pct(p)),
                None => Text::plain("–"),
            },
        ]);
        w.table(header, rows);
        if let Some(total) = total.filter(|p| p.0 != Decimal::ONE_HUNDRED) {
            w.note(wizard_messages::problem(&Problem::WeightsNot100 { total }, &[], lang));
        }
    }
    if d.specification.innovation_criterion {
        w.para(t.b_innovation);
    }
    if a.criteria.iter().any(|c| c.kind == CriterionKind::Quality) {
        let max = a.scale.max_points.normalize();
        let max = format_fixed(max, max.scale(), style);
        w.para(i18n::documents::quality_scale(&max, !quality_to_price, a.evaluators.len(), lang));
    }
    tender::score_levels(w, d);

    w.heading(2, t.b_h_price);
    let words = match &a.formula {
        PriceFormula::RelativeToLowest => Text::plain(t.b_relative),
        PriceFormula::LinearLowestHighest => Text::plain(t.b_linear),
        PriceFormula::FixedBounds { low, high } => {
            let bound = |m: &Option<_>| -> Text {
                match m {
                    Some(m) => Text::plain(w.money(*m)),
                    None => w.open(FieldId::PriceFormula, t.what_amount).into(),
                }
            };
            Text::plain(t.b_bounds_pre)
                .extend(bound(low))
                .then(t.b_bounds_mid)
                .extend(bound(high))
                .then(t.b_bounds_post)
        }
        PriceFormula::QualityToPrice => Text::plain(t.b_quality_to_price),
        PriceFormula::CostPerResult => Text::plain(t.b_cost_per_result),
    };
    w.para(words);
    tender::worked_example(w, d);
}

fn request(w: &mut Writer, d: &Dossier) {
    let t = w.t;
    let s = &d.specification;
    let a = &d.award;
    w.heading(1, t.b_h_request);
    w.heading(2, t.b_h_contents);
    w.para(t.b_contents_intro);
    let mut items = vec![Text::plain(t.b_item_plan)];
    let quality: Vec<Text> = a
        .criteria
        .iter()
        .filter(|c| c.kind == CriterionKind::Quality && !c.name.trim().is_empty())
        .map(|c| Text::plain(format!("‘{}’", c.name.trim())))
        .collect();
    if !quality.is_empty() {
        items.push(Text::plain(t.b_item_quality).extend(join(quality, t.and)).then("."));
    }
    items.push(Text::plain(if s.integral_price { t.b_item_price_integral } else { t.b_item_price }));
    if tender::asks_rate(d) {
        items.push(Text::plain(t.b_item_rate));
    }
    if tender::asks_lead_time(d) {
        items.push(Text::plain(t.b_item_lead_time));
    }
    if !requirement_rows(&s.technical, "T").is_empty() {
        items.push(Text::plain(t.b_item_technical));
    }
    if !requirement_rows(&s.selection_criteria, "S").is_empty() {
        items.push(Text::plain(t.b_item_selection));
    }
    if !a.knockouts.is_empty() {
        items.push(Text::plain(t.b_item_knockouts));
    }
    if s.cooperation_required {
        items.push(Text::plain(t.b_item_cooperation));
    }
    items.push(Text::plain(t.b_item_reporting));
    items.push(Text::plain(t.b_item_privacy));
    w.numbered(items);

    w.heading(2, t.b_h_submit);
    let contact = contact_text(w, d);
    w.para(Text::plain(t.b_submit_pre).extend(contact).then(t.b_submit_post));
    w.para(t.b_submit_rules);
}
