//! The parts of the bestek that make the request for tender complete: questions and the nota
//! van inlichtingen, submission, the award decision with the standstill period and legal
//! protection, exclusion grounds with the declaration that goes with the procedure,
//! suitability, what the scores mean, a worked example of the award computed by the domain's
//! scoring, the main contract conditions, and the annexes a bidder fills in.
//!
//! Values the dossier lacks are markers for their step-5 fields, never placeholders; the
//! texts speak as the municipality, in the third person (`crate::i18n::tender_documents`).

use super::builder::{contact_text, decimal, Writer};
use super::model::Text;
#[cfg(test)]
use crate::domain::dossier::{BuyerRole, Financing};
use crate::domain::dossier::{Dossier, ProcedureKind, ServiceRegime, SubmissionChannel};
use crate::domain::fields::FieldId;
use crate::domain::money::{format_fixed, Money, Percent};
use crate::domain::scoring::model::{AwardSetup, Bid, Consensus, CriterionKind, Evaluator, KnockoutRule, PriceFormula};
use crate::domain::scoring::{evaluate, ScoreUnit};
use crate::domain::thresholds::{assess_dossier, is_iso_date};
use crate::i18n::tender_documents::{self as td, Declaration};
use crate::i18n::{wizard_messages, Lang};
use rust_decimal::Decimal;

/// The declaration that goes with the procedure: the UEA when European rules apply (by the
/// threshold check), the eigen verklaring otherwise; `None` when it cannot be told yet
/// (no contract value and no private procedure).
pub(super) fn declaration(d: &Dossier, today: &str) -> Option<Declaration> {
    let regime = d.procedure.regime.unwrap_or(ServiceRegime::SocialAndOtherSpecific);
    match assess_dossier(d, regime, today) {
        Ok(a) if a.european => Some(Declaration::Uea),
        Ok(_) => Some(Declaration::EigenVerklaring),
        Err(_) if d.procedure.kind == Some(ProcedureKind::Private) => Some(Declaration::EigenVerklaring),
        Err(_) => None,
    }
}

fn date_or_open(w: &Writer, date: &str, field: FieldId) -> Text {
    let date = date.trim();
    if is_iso_date(date) {
        Text::plain(wizard_messages::long_date(date, w.lang))
    } else {
        w.open_field(field).into()
    }
}

/// Where questions or bids go, or a marker for the channel.
fn channel_text(w: &Writer, d: &Dossier, for_bids: bool) -> Text {
    let s = &d.procedure.submission;
    let address = s.address.trim();
    match s.channel {
        Some(SubmissionChannel::Email) if address.is_empty() => w.open_field(FieldId::SubmissionChannel).into(),
        Some(c) if for_bids => Text::plain(td::submit_where(c, address, w.lang)),
        Some(c) => Text::plain(td::questions_where(c, address, w.lang)),
        None => w.open_field(FieldId::SubmissionChannel).into(),
    }
}

/// Procedure chapter: questions, submission, award decision and legal protection.
pub(super) fn questions_submission_decision(w: &mut Writer, d: &Dossier, european: bool) {
    let lang = w.lang;
    let s = &d.procedure.submission;
    // Who may bid, by the procedure chosen (the timeline above gives the dates).
    let course = match d.procedure.kind {
        Some(ProcedureKind::Open) => Some(td::COURSE_OPEN),
        Some(ProcedureKind::Restricted) => Some(td::COURSE_RESTRICTED),
        Some(ProcedureKind::Private) => Some(td::COURSE_PRIVATE),
        Some(ProcedureKind::LightRegime) => Some(td::COURSE_LIGHT_REGIME),
        None => None,
    };
    if let Some(course) = course {
        w.para(course.get(lang));
    }

    w.heading(2, td::H_QUESTIONS.get(lang));
    let questions = Text::plain(td::QUESTIONS_PRE.get(lang))
        .extend(date_or_open(w, &s.questions_deadline, FieldId::QuestionsDeadline))
        .then(td::QUESTIONS_MID.get(lang))
        .extend(channel_text(w, d, false))
        .then(td::QUESTIONS_POST.get(lang));
    w.para(questions);
    w.para(td::QUESTIONS_NOTA.get(lang));
    w.para(td::QUESTIONS_OBJECTIONS.get(lang));

    w.heading(2, td::H_SUBMISSION.get(lang));
    let time = s.deadline_time.trim();
    let mut when =
        Text::plain(td::SUBMIT_PRE.get(lang)).extend(date_or_open(w, &s.deadline, FieldId::SubmissionDeadline));
    if crate::domain::completeness::is_time(time) {
        when = when.then(td::SUBMIT_AT.get(lang)).then(time).then(td::SUBMIT_HOURS.get(lang));
    } else {
        when = when.then(" ").span(w.open_field(FieldId::SubmissionDeadline)).then(" ");
    }
    w.para(when.extend(channel_text(w, d, true)).then(td::SUBMIT_POST.get(lang)));
    if let Some(c) = s.channel {
        w.bullets(td::submit_rules(c, lang).into_iter().map(Text::plain).collect());
    }

    w.heading(2, td::H_AWARD_DECISION.get(lang));
    w.para(td::DECISION.get(lang));
    w.para(td::STANDSTILL.get(lang));
    let contact = contact_text(w, d);
    w.para(Text::plain(td::COMPLAINT_PRE.get(lang)).extend(contact).then(td::COMPLAINT_POST.get(lang)));
    w.para(td::SUMMARY_PROCEEDINGS.get(lang));
    if european {
        w.para(td::PUBLISH_AWARD.get(lang));
    }
    w.para(td::CANCEL.get(lang));
}

/// Criteria chapter, first: exclusion grounds and the declaration with the evidence.
pub(super) fn exclusion(w: &mut Writer, d: &Dossier, today: &str) {
    let lang = w.lang;
    w.heading(2, td::H_EXCLUSION.get(lang));
    w.para(td::EXCLUSION_INTRO.get(lang));
    w.bullets(td::EXCLUSION_MANDATORY.iter().map(|t| Text::plain(t.get(lang))).collect());
    w.para(td::EXCLUSION_TAXES.get(lang));
    w.para(td::EXCLUSION_OPTIONAL_INTRO.get(lang));
    w.bullets(td::EXCLUSION_OPTIONAL.iter().map(|t| Text::plain(t.get(lang))).collect());

    w.heading(2, td::H_DECLARATION.get(lang));
    match declaration(d, today) {
        Some(kind) => w.para(td::declaration_text(kind).get(lang)),
        None => {
            let open = w.open_field(FieldId::ProcedureKind);
            w.para(open);
        }
    }
    w.para(td::EVIDENCE_INTRO.get(lang));
    w.bullets(td::EVIDENCE.iter().map(|t| Text::plain(t.get(lang))).collect());
    w.para(td::EVIDENCE_FAILS.get(lang));
}

/// The points of the quality scale at a fraction of its top, rounded to a whole point when
/// the top is 4 or more (so `10` gives 0, 3, 5, 8, 10).
fn scale_point(max: Decimal, fraction: Decimal) -> Decimal {
    let p = max * fraction;
    if max >= Decimal::from(4) {
        p.round()
    } else {
        p.round_dp(1)
    }
}

/// What each score means: the dossier's named levels, or five described bands of its scale.
pub(super) fn score_levels(w: &mut Writer, d: &Dossier) {
    let lang = w.lang;
    let a = &d.award;
    if !a.criteria.iter().any(|c| c.kind == CriterionKind::Quality) {
        return;
    }
    w.heading(2, td::H_SCORE_LEVELS.get(lang));
    w.para(td::LEVELS_INTRO_OWN.get(lang));
    let style = lang.number_style();
    let fmt = |p: Decimal| {
        let p = p.normalize();
        format_fixed(p, p.scale(), style)
    };
    let named: Vec<Text> = a
        .scale
        .levels
        .iter()
        .filter(|l| !l.label.trim().is_empty())
        .map(|l| Text::plain(format!("{}: {}", fmt(l.points), l.label.trim())))
        .collect();
    if named.is_empty() {
        let max = a.scale.max_points;
        let fractions = [Decimal::ZERO, Decimal::new(3, 1), Decimal::new(5, 1), Decimal::new(75, 2), Decimal::ONE];
        let points = fractions.map(|f| fmt(scale_point(max, f)));
        w.bullets(td::default_level_meanings(&points, lang).into_iter().map(Text::plain).collect());
    } else {
        w.bullets(named);
    }
    w.para(td::levels_between(lang));
}

/// The example prices: around the estimate (A 5 % below, B 10 % above), or for fixed bounds
/// at a quarter and at half the way from the low to the high bound. Whole euros.
fn example_prices(d: &Dossier) -> Option<(Money, Money)> {
    let whole = |x: Decimal| Money(x.round());
    match &d.award.formula {
        PriceFormula::FixedBounds { low: Some(lo), high: Some(hi) } if lo.0 < hi.0 => {
            let span = hi.0 - lo.0;
            Some((whole(lo.0 + span / Decimal::from(4)), whole(lo.0 + span / Decimal::TWO)))
        }
        _ => {
            let p = d.procedure.estimated_price?.0;
            (p > Decimal::ZERO).then(|| (whole(p * Decimal::new(95, 2)), whole(p * Decimal::new(110, 2))))
        }
    }
}

/// A worked example: two imaginary bids scored with the dossier's own criteria, weights,
/// scale and formula by [`evaluate`] (the same code that scores the real bids). Nothing when
/// the award set-up cannot be scored yet: its fields then have open points of their own.
pub(super) fn worked_example(w: &mut Writer, d: &Dossier) {
    let lang = w.lang;
    let Some((price_a, price_b)) = example_prices(d) else {
        return;
    };
    let a = &d.award;
    let max = a.scale.max_points;
    let quality = [scale_point(max, Decimal::new(5, 1)), scale_point(max, Decimal::new(8, 1))];
    let rates = [Percent(Decimal::from(50)), Percent(Decimal::from(60))];
    // A placement rate high enough for a minimum-rate knock-out, a lead time short enough for
    // a maximum: the example shows the scoring, not an exclusion.
    let min_rate = a
        .knockouts
        .iter()
        .filter_map(|k| match k.rule {
            KnockoutRule::MinPlacementRate { min: Some(p) } => Some(p.0),
            _ => None,
        })
        .max()
        .unwrap_or(Decimal::ZERO);
    let rates = rates.map(|r| Percent(r.0.max(min_rate).min(Decimal::ONE_HUNDRED)));
    let evaluator = Evaluator { id: "example".into(), name: String::new() };
    let bids: Vec<Bid> = [price_a, price_b]
        .iter()
        .enumerate()
        .map(|(i, price)| Bid {
            id: format!("example-{i}"),
            bidder: td::example_bidder(i, lang),
            price: Some(*price),
            placement_rate: Some(rates[i]),
            lead_time_weeks: Some(1),
            consensus: a
                .criteria
                .iter()
                .filter(|c| c.kind == CriterionKind::Quality)
                .map(|c| Consensus { criterion_id: c.id.clone(), points: Some(quality[i]), reason: String::new() })
                .collect(),
            ..Bid::default()
        })
        .collect();
    let setup = AwardSetup {
        criteria: a.criteria.clone(),
        formula: a.formula.clone(),
        knockouts: a.knockouts.iter().filter(|k| k.rule != KnockoutRule::Manual).cloned().collect(),
        scale: a.scale.clone(),
        evaluators: vec![evaluator],
        bids,
        disagreement_margin: a.disagreement_margin,
        ..AwardSetup::default()
    };
    let Some(outcome) = evaluate(&setup).outcome else {
        return;
    };
    w.heading(2, td::H_EXAMPLE.get(lang));
    let style = lang.number_style();
    let fmt = |p: Decimal| {
        let p = p.normalize();
        format_fixed(p, p.scale(), style)
    };
    w.para(td::example_intro(&w.money(price_a), &w.money(price_b), lang));
    if a.criteria.iter().any(|c| c.kind == CriterionKind::Quality) {
        w.para(td::example_quality(&fmt(quality[0]), &fmt(quality[1]), &fmt(max), lang));
    }
    if a.formula == PriceFormula::CostPerResult {
        w.para(td::example_rate_note(&w.pct(rates[0]), &w.pct(rates[1]), lang));
    }
    let points = outcome.unit == ScoreUnit::Points;
    // Criteria as rows and the two bids as columns, so that long criterion names stay
    // readable; in bid order (A first), the ranking decides the sentence below.
    let mut by_entry: Vec<_> = outcome.ranking.iter().collect();
    by_entry.sort_by_key(|r| r.entry);
    let cell = |x: Decimal| if points { decimal(x.round_dp(2), lang) } else { w.money(Money(x)) };
    let mut header = vec![td::COL_PART.get(lang).to_string(), w.t.col_weight.to_string()];
    header.extend(by_entry.iter().map(|r| r.bidder.clone()));
    let mut rows: Vec<Vec<Text>> = Vec::new();
    let mut price_row = vec![Text::plain(td::COL_PRICE.get(lang)), Text::plain("–")];
    price_row.extend(by_entry.iter().map(|r| Text::plain(w.money(r.price))));
    rows.push(price_row);
    if a.formula == PriceFormula::CostPerResult {
        let mut row = vec![Text::plain(td::ROW_COST_PER_RESULT.get(lang)), Text::plain("–")];
        row.extend(by_entry.iter().map(|r| Text::plain(r.cost_per_result.map(|m| w.money(m)).unwrap_or_default())));
        rows.push(row);
    }
    for (i, col) in outcome.columns.iter().enumerate() {
        let name = col
            .criterion
            .and_then(|i| a.criteria.get(i))
            .map(|c| c.name.trim().to_string())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| w.t.kind_price.to_string());
        let weight = match (col.weight, col.value_per_point) {
            (Some(p), _) if points => w.pct(Percent(p)),
            (_, Some(v)) => format!("{} {}", w.money(Money(v)), td::PER_POINT.get(lang)),
            _ => "–".to_string(),
        };
        let mut row = vec![Text::plain(name), Text::plain(weight)];
        row.extend(by_entry.iter().map(|r| Text::plain(r.contributions.get(i).map(|c| cell(*c)).unwrap_or_default())));
        rows.push(row);
    }
    let total = if points { td::COL_TOTAL_POINTS } else { td::COL_FICTIVE }.get(lang);
    let mut total_row = vec![Text::new().strong(total), Text::new()];
    total_row.extend(by_entry.iter().map(|r| Text::new().strong(cell(r.total))));
    rows.push(total_row);
    w.table(header, rows);
    if let Some(winner) = outcome.ranking.first() {
        w.para(td::example_outcome(&winner.bidder, points, lang));
    }
    w.para(td::TIE_BREAK.get(lang));
}

/// The main contract conditions, with the dossier's own values.
pub(super) fn contract_conditions(w: &mut Writer, d: &Dossier) {
    let lang = w.lang;
    let t = w.t;
    let s = &d.specification;
    w.heading(1, td::H_CONTRACT.get(lang));
    w.para(td::CONTRACT_INTRO.get(lang));
    let mut items = Vec::new();

    let duration: Text = match s.contract_months {
        Some(m) => {
            let options = s.option_months.filter(|o| *o > 0).map(|o| w.count(u64::from(o)));
            Text::plain(td::duration_clause(&w.count(u64::from(m)), options.as_deref(), lang))
        }
        None => w.open_field(FieldId::ContractMonths).into(),
    };
    items.push(Text::new().strong(td::C_DURATION.get(lang)).extend(duration));

    let mut payment = Text::new().strong(td::C_PAYMENT.get(lang)).then(td::PAYMENT.get(lang));
    if d.exploration.participants.len() >= 2 {
        payment = payment.then(td::PAYMENT_JOINT.get(lang));
    }
    items.push(payment);

    let bm = if s.bonus_malus.enabled { td::BONUS_MALUS_APPLIES } else { td::NO_BONUS_MALUS };
    items.push(Text::new().strong(td::C_BONUS_MALUS.get(lang)).then(bm.get(lang)));

    let inflow: Text = match (s.inflow_guarantee, s.inflow_clients, s.contract_months) {
        (Some(true), Some(n), Some(m)) => {
            Text::plain(td::inflow_clause(&w.count(u64::from(n)), &w.count(u64::from(m)), lang))
        }
        (Some(true), None, _) => w.open_field(FieldId::InflowClients).into(),
        (Some(true), _, None) => w.open_field(FieldId::ContractMonths).into(),
        (Some(false), _, _) => Text::plain(td::NO_INFLOW.get(lang)),
        (None, _, _) => w.open_field(FieldId::InflowGuarantee).into(),
    };
    items.push(Text::new().strong(td::C_INFLOW.get(lang)).extend(inflow));

    let reporting: Text = match d.execution.reporting_frequency {
        Some(f) => Text::plain(t.b_reporting_pre.trim_start().to_string())
            .then(super::builder::lower_first(crate::i18n::Labeled::label(f).get(lang)))
            .then(t.b_reporting_post)
            .then(td::REPORTING_POST.get(lang)),
        None => w.open_field(FieldId::ReportingFrequency).into(),
    };
    items.push(Text::new().strong(td::C_REPORTING.get(lang)).extend(lower_text(reporting)));

    items.push(Text::new().strong(td::C_DATA.get(lang)).then(td::DATA_PROCESSING.get(lang)));

    let conditions = d.procedure.submission.purchase_conditions.trim();
    let conditions: Text = if conditions.is_empty() {
        w.open_field(FieldId::PurchaseConditions).into()
    } else {
        Text::plain(td::conditions_clause(conditions, lang))
    };
    items.push(Text::new().strong(td::C_CONDITIONS.get(lang)).extend(conditions));
    w.bullets(items);
}

/// The first plain span with a lower-case first letter (a clause after a bold label).
fn lower_text(t: Text) -> Text {
    let mut spans = t.0;
    if let Some(super::model::Span::Plain(s)) = spans.first_mut() {
        *s = super::builder::lower_first(s);
    }
    Text(spans)
}

/// What the request asks about the price: the placement rate and the lead time when the
/// formula or a knock-out needs them.
pub(super) fn asks_rate(d: &Dossier) -> bool {
    let a = &d.award;
    a.formula == PriceFormula::CostPerResult
        || d.specification.bonus_malus.enabled
        || a.knockouts.iter().any(|k| matches!(k.rule, KnockoutRule::MinPlacementRate { .. }))
}

pub(super) fn asks_lead_time(d: &Dossier) -> bool {
    d.award.knockouts.iter().any(|k| matches!(k.rule, KnockoutRule::MaxLeadTimeWeeks { .. }))
}

/// The annexes: the list, the price form and the tender form with the declaration.
pub(super) fn annexes(w: &mut Writer, d: &Dossier, today: &str) {
    let lang = w.lang;
    w.page_break();
    w.heading(1, td::H_ANNEXES.get(lang));
    w.para(td::ANNEXES_INTRO.get(lang));
    let conditions = d.procedure.submission.purchase_conditions.trim();
    w.numbered(td::annex_list(declaration(d, today), conditions, lang).into_iter().map(Text::plain).collect());

    w.heading(2, td::H_ANNEX_PRICE.get(lang));
    w.para(td::PRICE_FORM_INTRO.get(lang));
    let price_row = if d.specification.integral_price { td::ROW_PRICE_INTEGRAL } else { td::ROW_PRICE };
    let mut rows = vec![vec![Text::plain(price_row.get(lang)), Text::plain(td::FILL_MONEY)]];
    if asks_rate(d) {
        let fill = if lang == Lang::Nl { td::FILL_PERCENT_NL } else { td::FILL_PERCENT_EN };
        rows.push(vec![Text::plain(td::ROW_RATE.get(lang)), Text::plain(fill)]);
    }
    if asks_lead_time(d) {
        rows.push(vec![Text::plain(td::ROW_LEAD_TIME.get(lang)), Text::plain(td::FILL_WEEKS.get(lang))]);
    }
    w.table(vec![td::COL_ITEM.get(lang).to_string(), td::COL_OFFER.get(lang).to_string()], rows);

    w.heading(2, td::H_ANNEX_DECLARATION.get(lang));
    w.para(td::DECLARATION_INTRO.get(lang));
    w.bullets(td::DECLARATION_ITEMS.iter().map(|t| Text::plain(t.get(lang))).collect());
    let rows =
        td::SIGN_ROWS.iter().map(|r| vec![Text::new().strong(r.get(lang)), Text::plain(td::FILL_LINE)]).collect();
    w.table(Vec::new(), rows);
}

/// Whether European rules apply by the threshold check (for the award notice).
pub(super) fn is_european(d: &Dossier, today: &str) -> bool {
    declaration(d, today) == Some(Declaration::Uea)
}

#[cfg(test)]
mod tests {
    use super::super::{bestek, projectplan, DocumentKind};
    use super::*;
    use crate::domain::demo::demo_cases;
    use crate::domain::dossier::Submission;
    use crate::domain::scoring::model::Criterion;
    use std::str::FromStr;

    const TODAY: &str = "2026-11-22";

    fn submission() -> Submission {
        Submission {
            channel: Some(SubmissionChannel::Email),
            address: "inkoop@dalwijk.nl".into(),
            questions_deadline: "2027-01-15".into(),
            deadline: "2027-02-05".into(),
            deadline_time: "12:00".into(),
            purchase_conditions: "Algemene Inkoopvoorwaarden gemeente Dalwijk 2026".into(),
        }
    }

    fn with_arrangements(key: &str) -> Dossier {
        let mut d = demo_cases().into_iter().find(|c| c.key == key).map(|c| c.dossier()).expect("demo");
        d.procedure.submission = submission();
        d
    }

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).expect("decimal")
    }

    /// A dossier with one price and one quality criterion, scored relative to the lowest price.
    fn simple(estimate: &str) -> Dossier {
        let mut d = with_arrangements("apeldoorn");
        d.award.formula = PriceFormula::RelativeToLowest;
        d.award.knockouts.clear();
        d.award.scale.levels.clear();
        d.award.criteria = vec![
            Criterion {
                id: "p".into(),
                name: "Prijs".into(),
                kind: CriterionKind::Price,
                weight: Some(Percent(dec("40"))),
                value_per_point: None,
            },
            Criterion {
                id: "q".into(),
                name: "Plan van aanpak".into(),
                kind: CriterionKind::Quality,
                weight: Some(Percent(dec("60"))),
                value_per_point: None,
            },
        ];
        d.procedure.estimated_price = Some(Money(dec(estimate)));
        d
    }

    /// Words and phrases that speak to the user of the app, or quote its coaching. A document
    /// speaks as the municipality, in the third person.
    const USER_ADDRESSED_NL: [&str; 6] = ["u", "uw", "wij", "we", "ons", "onze"];
    const USER_ADDRESSED_EN: [&str; 5] = ["you", "your", "we", "our", "us"];
    const COACHING: [&str; 6] =
        ["koos deze rol", "chose this role", "de wijzer", "the guide works", "in de wizard", "in stap "];

    /// The lines of a document that address the user; lines the dossier holds verbatim (the
    /// user's own texts) are the user's words and pass.
    fn user_addressed(doc: &super::super::Document, d: &Dossier, lang: Lang) -> Vec<String> {
        let json = serde_json::to_string(d).expect("json");
        let words: &[&str] = if lang == Lang::Nl { &USER_ADDRESSED_NL } else { &USER_ADDRESSED_EN };
        doc.plain_text()
            .lines()
            .filter(|line| {
                let lower = line.to_lowercase();
                let by_word = lower.split(|c: char| !c.is_alphanumeric()).any(|w| words.contains(&w));
                by_word || COACHING.iter().any(|c| lower.contains(c))
            })
            .filter(|line| !json.contains(&serde_json::to_string(line).expect("json").trim_matches('"').to_string()))
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn no_document_speaks_to_the_user() {
        let mut dossiers: Vec<(String, Dossier)> =
            demo_cases().into_iter().map(|c| (c.key.to_string(), c.dossier())).collect();
        dossiers.push(("empty".into(), Dossier::default()));
        dossiers.push(("apeldoorn with arrangements".into(), with_arrangements("apeldoorn")));
        // Every choice of role and financing, whose wizard explanations speak to the user.
        for (i, role) in BuyerRole::ALL.into_iter().enumerate() {
            let mut d = with_arrangements("roermond");
            d.exploration.buyer_role = Some(role);
            d.specification.financing =
                Some([Financing::Input, Financing::Output, Financing::NoCureLessPay, Financing::Output][i]);
            dossiers.push((format!("roermond as {role:?}"), d));
        }
        let mut found = Vec::new();
        for (key, d) in &dossiers {
            for kind in DocumentKind::ALL {
                for lang in [Lang::Nl, Lang::En] {
                    let doc = kind.build(d, lang, TODAY);
                    for line in user_addressed(&doc, d, lang) {
                        found.push(format!("{key} {kind:?} {lang:?}: {line}"));
                    }
                }
            }
        }
        assert!(found.is_empty(), "{} lines address the user:\n{}", found.len(), found.join("\n"));
    }

    #[test]
    fn the_scan_finds_what_it_is_for() {
        let mut d = Dossier::default();
        d.exploration.problem = "U kiest een rol.".into();
        let mut doc = bestek(&d, Lang::Nl, TODAY);
        // The user's own text passes; a fixed text that speaks to the user is caught.
        assert!(user_addressed(&doc, &d, Lang::Nl).is_empty());
        doc.blocks.push(super::super::Block::Paragraph(Text::plain("U stuurt als duidelijke opdrachtgever.")));
        doc.blocks.push(super::super::Block::Paragraph(Text::plain("Roermond koos deze rol.")));
        assert_eq!(user_addressed(&doc, &d, Lang::Nl).len(), 2);
        doc.blocks.push(super::super::Block::Paragraph(Text::plain("Your bid contains at least:")));
        // In English: the coaching phrase and the line with 'your'.
        assert_eq!(user_addressed(&doc, &d, Lang::En).len(), 2);
    }

    fn headings(doc: &super::super::Document) -> Vec<String> {
        doc.blocks
            .iter()
            .filter_map(|b| match b {
                super::super::Block::Heading { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_bestek_holds_what_a_request_for_tender_needs_in_both_languages() {
        let d = with_arrangements("apeldoorn");
        for lang in [Lang::Nl, Lang::En] {
            let doc = bestek(&d, lang, TODAY);
            let hs = headings(&doc);
            for h in [
                td::H_QUESTIONS,
                td::H_SUBMISSION,
                td::H_AWARD_DECISION,
                td::H_EXCLUSION,
                td::H_DECLARATION,
                td::H_SCORE_LEVELS,
                td::H_EXAMPLE,
                td::H_CONTRACT,
                td::H_ANNEXES,
                td::H_ANNEX_PRICE,
                td::H_ANNEX_DECLARATION,
            ] {
                assert!(
                    hs.iter().any(|x| x.ends_with(h.get(lang))),
                    "{lang:?}: no heading {:?} in {hs:?}",
                    h.get(lang)
                );
            }
            let text = doc.plain_text();
            // The dossier's own arrangements.
            for v in ["inkoop@dalwijk.nl", "Algemene Inkoopvoorwaarden gemeente Dalwijk 2026", "12:00"] {
                assert!(text.contains(v), "{lang:?}: {v} missing");
            }
            let (questions, closing, standstill, months) = match lang {
                Lang::Nl => ("15 januari 2027", "5 februari 2027", "20 kalenderdagen", "12 maanden"),
                Lang::En => ("15 January 2027", "5 February 2027", "20 calendar days", "12 months"),
            };
            for v in [questions, closing, standstill, months] {
                assert!(text.contains(v), "{lang:?}: {v} missing in\n{text}");
            }
            // Apeldoorn is below the threshold: the eigen verklaring, not the UEA.
            assert!(text.contains(td::declaration_text(Declaration::EigenVerklaring).get(lang)));
            assert!(!text.contains(td::declaration_text(Declaration::Uea).get(lang)));
            // No markers left for the submission fields.
            let open = doc.open_fields();
            for f in [
                FieldId::SubmissionChannel,
                FieldId::QuestionsDeadline,
                FieldId::SubmissionDeadline,
                FieldId::PurchaseConditions,
            ] {
                assert!(!open.contains(&f), "{lang:?}: {f:?} still open");
            }
        }
    }

    #[test]
    fn missing_arrangements_are_markers_and_open_points() {
        use crate::domain::completeness::open_points;
        let mut d = with_arrangements("apeldoorn");
        d.procedure.submission = Submission { channel: Some(SubmissionChannel::Email), ..Submission::default() };
        let open: Vec<FieldId> = open_points(&d).into_iter().map(|p| p.field).collect();
        let markers = bestek(&d, Lang::Nl, TODAY).open_fields();
        for f in [
            FieldId::SubmissionChannel,
            FieldId::QuestionsDeadline,
            FieldId::SubmissionDeadline,
            FieldId::PurchaseConditions,
        ] {
            assert!(open.contains(&f), "{f:?} is no open point");
            assert!(markers.contains(&f), "{f:?} has no marker");
        }
        // An e-mail address that is no address, a time that is no time: still open.
        d.procedure.submission = submission();
        d.procedure.submission.address = "inkoop at dalwijk".into();
        d.procedure.submission.deadline_time = "25:00".into();
        let open: Vec<FieldId> = open_points(&d).into_iter().map(|p| p.field).collect();
        assert!(open.contains(&FieldId::SubmissionChannel) && open.contains(&FieldId::SubmissionDeadline));
        // Questions after the closing date: an open point of its own.
        d.procedure.submission.questions_deadline = "2027-02-05".into();
        assert!(open_points(&d).iter().any(|p| p.field == FieldId::QuestionsDeadline
            && p.problem == crate::domain::completeness::Problem::QuestionsNotBeforeClosing));
        d.procedure.submission.questions_deadline = "2027-01-15".into();
        // Through TenderNed no address is needed.
        d.procedure.submission.channel = Some(SubmissionChannel::TenderNed);
        d.procedure.submission.deadline_time = "09:30".into();
        let open: Vec<FieldId> = open_points(&d).into_iter().map(|p| p.field).collect();
        assert!(!open.contains(&FieldId::SubmissionChannel) && !open.contains(&FieldId::SubmissionDeadline));
        assert!(bestek(&d, Lang::Nl, TODAY).plain_text().contains("via TenderNed"));
    }

    #[test]
    fn a_dossier_saved_before_the_arrangements_existed_still_reads() {
        let old = r#"{"id":"d-1","procedure":{"kind":"private","rationale":"Onder de drempel","timeline":[]}}"#;
        let d: Dossier = serde_json::from_str(old).expect("old dossier reads");
        assert_eq!(d.procedure.submission, Submission::default());
        assert_eq!(d.procedure.kind, Some(ProcedureKind::Private));
        // And the new fields survive a round trip.
        let mut d = d;
        d.procedure.submission = submission();
        let back: Dossier = serde_json::from_str(&serde_json::to_string(&d).expect("json")).expect("reads");
        assert_eq!(back.procedure.submission, submission());
    }

    #[test]
    fn the_bestek_says_who_may_bid_in_the_procedure_chosen() {
        let mut d = with_arrangements("apeldoorn");
        for (kind, text) in [
            (ProcedureKind::Open, td::COURSE_OPEN),
            (ProcedureKind::Restricted, td::COURSE_RESTRICTED),
            (ProcedureKind::Private, td::COURSE_PRIVATE),
            (ProcedureKind::LightRegime, td::COURSE_LIGHT_REGIME),
        ] {
            d.procedure.kind = Some(kind);
            for lang in [Lang::Nl, Lang::En] {
                assert!(bestek(&d, lang, TODAY).plain_text().contains(text.get(lang)), "{kind:?} {lang:?}");
            }
        }
    }

    #[test]
    fn times_and_addresses() {
        use crate::domain::completeness::{is_email, is_time};
        for ok in ["00:00", "12:00", "23:59"] {
            assert!(is_time(ok), "{ok}");
        }
        for bad in ["24:00", "12:60", "1200", "12:0", "ab:cd", ""] {
            assert!(!is_time(bad), "{bad}");
        }
        for ok in ["a@b.nl", "inkoop@gemeente.dalwijk.nl"] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in ["a@b", "@b.nl", "a b@c.nl", "a@@b.nl", "a@b..nl", ""] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn above_the_threshold_the_bidder_sends_the_uea() {
        let mut d = with_arrangements("apeldoorn");
        d.procedure.estimated_price = Some(Money(dec("1000000")));
        assert_eq!(declaration(&d, TODAY), Some(Declaration::Uea));
        let text = bestek(&d, Lang::En, TODAY).plain_text();
        assert!(text.contains(td::declaration_text(Declaration::Uea).get(Lang::En)));
        assert!(text.contains(td::PUBLISH_AWARD.get(Lang::En)));
    }

    #[test]
    fn the_worked_example_is_scored_by_the_domain() {
        // Estimate € 10.000: A offers 9.500 with 5 of 10 points, B 11.000 with 8 of 10.
        // A: 40 × 9.500 / 9.500 = 40 and 60 × 0,5 = 30, total 70.
        // B: 40 × 9.500 / 11.000 = 34,545… → 34,55 and 60 × 0,8 = 48, total 82,55.
        let d = simple("10000");
        let text = bestek(&d, Lang::Nl, TODAY).plain_text();
        for v in [
            "Inschrijver A\nInschrijver B\nPrijs per traject\n–\n€\u{a0}9.500,00\n€\u{a0}11.000,00",
            "Prijs\n40 %\n40\n34,55",
            "Plan van aanpak\n60 %\n30\n48",
            "Totaal (punten)\n\n70\n82,55",
        ] {
            assert!(text.contains(v), "{v:?} in\n{text}");
        }
        assert!(text.contains("Inschrijver B heeft de meeste punten"));
        let en = bestek(&d, Lang::En, TODAY).plain_text();
        assert!(en.contains("Bidder B has the most points"));
        // Without an estimate there is nothing to compute the example from.
        let mut d = simple("10000");
        d.procedure.estimated_price = None;
        assert!(!headings(&bestek(&d, Lang::Nl, TODAY)).iter().any(|h| h.ends_with(td::H_EXAMPLE.get(Lang::Nl))));
    }

    #[test]
    fn with_cost_per_result_the_example_shows_the_price_of_one_success() {
        // Apeldoorn: € 7.500 estimated; A 7.125 at 55 %, B 8.250 at 60 %.
        // 7.125 ÷ 0,55 = 12.954,545… → € 12.954,55; 8.250 ÷ 0,60 = € 13.750,00.
        let d = with_arrangements("apeldoorn");
        let text = bestek(&d, Lang::Nl, TODAY).plain_text();
        assert!(
            text.contains("Prijs per resultaat (prijs ÷ plaatsingspercentage)\n–\n€\u{a0}12.954,55\n€\u{a0}13.750,00"),
            "{text}"
        );
    }

    #[test]
    fn the_scores_are_explained_with_the_dossier_levels_or_five_bands() {
        let d = simple("10000");
        let text = bestek(&d, Lang::Nl, TODAY).plain_text();
        // No named levels: five bands of the 0..10 scale.
        for band in [
            "0: het criterium",
            "3: de beantwoording is zwak",
            "5: de beantwoording is voldoende",
            "8: de beantwoording is goed",
            "10: de beantwoording is uitstekend",
        ] {
            assert!(text.contains(band), "{band}");
        }
        let mut d = d;
        d.award.scale.levels = vec![crate::domain::scoring::model::NamedLevel {
            id: "l1".into(),
            label: "Ruim voldoende: concreet en onderbouwd".into(),
            points: dec("7"),
        }];
        let text = bestek(&d, Lang::Nl, TODAY).plain_text();
        assert!(text.contains("7: Ruim voldoende: concreet en onderbouwd"));
        assert!(!text.contains("3: de beantwoording is zwak"));
    }

    #[test]
    fn the_projectplan_states_role_and_financing_as_the_municipality() {
        let d = with_arrangements("roermond");
        let plan = projectplan(&d, Lang::Nl, TODAY).plain_text();
        assert!(!plan.contains("U stuurt"), "{plan}");
        assert!(!plan.contains("Roermond koos deze rol"));
        if let Some(role) = d.exploration.buyer_role {
            assert!(plan.contains(td::role_in_plan(role).get(Lang::Nl)));
        }
    }
}
