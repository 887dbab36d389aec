//! Tests of the builders against the demo dossiers and against empty and hostile dossiers.

use super::builder::one_line;
use super::*;
use crate::domain::demo::demo_cases;
use crate::domain::dossier::*;
use crate::domain::fields::FieldId;
use crate::domain::money::{Money, Percent};
use crate::domain::scoring::model::{KnockoutRule, PriceFormula};
use crate::i18n::documents::texts;
use rust_decimal::Decimal;

const TODAY: &str = "2026-11-22";
const LANGS: [Lang; 2] = [Lang::Nl, Lang::En];

fn demos() -> Vec<(&'static str, Dossier)> {
    demo_cases().into_iter().map(|c| (c.key, c.dossier())).collect()
}

fn filled(s: &str) -> bool {
    !s.trim().is_empty()
}

/// Whether the dossier says everything a marker for `field` could ask for. A marker for a
/// field that is fully filled is a bug in a builder.
fn fully_filled(d: &Dossier, field: FieldId) -> bool {
    use FieldId::*;
    let e = &d.exploration;
    let ps = &e.participants;
    let s = &d.specification;
    let x = &d.execution;
    let p = &d.procedure;
    let a = &d.award;
    match field {
        Title => filled(&e.title) || filled(&d.name),
        Problem => filled(&e.problem),
        Goals => filled(&e.goals),
        Principles => filled(&e.principles),
        Participants => {
            !ps.is_empty()
                && ps.iter().all(|p| {
                    filled(&p.name) && filled(&p.contact_person) && p.trajectories.is_some() && p.budget.is_some()
                })
        }
        ContactParticipant => match &e.contact_participant {
            Some(id) => ps.iter().any(|p| &p.id == id),
            None => ps.len() == 1,
        },
        BuyerRole => e.buyer_role.is_some(),
        RoleRationale => filled(&e.role_rationale),
        TargetDescription => filled(&d.target_group.description),
        Characteristics => !d.target_group.characteristics.is_empty() || filled(&d.target_group.other_characteristics),
        TargetGroupSizes => ps.iter().all(|p| p.target_group_size.is_some()),
        ResultLadder => !d.target_group.result_ladder.is_empty(),
        FunctionalRequirements => s.functional.iter().any(|r| filled(&r.text)),
        InflowGuarantee => s.inflow_guarantee.is_some(),
        InflowClients => s.inflow_clients.is_some(),
        Financing => s.financing.is_some(),
        FailurePayShare => s.failure_pay_share.is_some(),
        ContractMonths => s.contract_months.is_some(),
        BonusMalus => {
            let b = &s.bonus_malus;
            b.agreed_rate.is_some() && b.bonus_share.is_some() && b.malus_share.is_some()
        }
        SelectionCriteria => s.selection_criteria.iter().any(|r| filled(&r.text)),
        AwardCriteria => {
            !a.criteria.is_empty()
                && a.criteria.iter().all(|c| filled(&c.name) && c.weight.is_some())
                && a.knockouts.iter().all(|k| {
                    filled(&k.description)
                        || matches!(
                            k.rule,
                            KnockoutRule::MinPlacementRate { min: Some(_) }
                                | KnockoutRule::MaxLeadTimeWeeks { max: Some(_) }
                        )
                })
        }
        PriceFormula => !matches!(
            a.formula,
            crate::domain::scoring::model::PriceFormula::FixedBounds { low: None, .. }
                | crate::domain::scoring::model::PriceFormula::FixedBounds { high: None, .. }
        ),
        Referral => filled(&x.referral),
        IntakeWeeks => x.intake_weeks.is_some(),
        MaxDuration => x.max_duration_months.is_some(),
        ReportingFrequency => x.reporting_frequency.is_some(),
        ReportingContent => filled(&x.reporting_content),
        DataProtection => filled(&x.data_protection),
        Invoicing => x.invoicing.is_some(),
        Contacts => filled(&x.contacts),
        EstimatedPrice => p.estimated_price.is_some(),
        ProcedureKind => p.kind.is_some(),
        ProcedureRationale => filled(&p.rationale),
        InvitedProviders => p.invited.iter().any(|i| filled(&i.name)),
        Timeline => !p.timeline.is_empty() && p.timeline.iter().all(|m| filled(&m.label) && filled(&m.date)),
        SubmissionChannel => p.submission.channel.is_some() && filled(&p.submission.address),
        QuestionsDeadline => filled(&p.submission.questions_deadline),
        SubmissionDeadline => filled(&p.submission.deadline) && filled(&p.submission.deadline_time),
        PurchaseConditions => filled(&p.submission.purchase_conditions),
        Preconditions => d.start.preconditions.iter().any(|c| filled(&c.text)),
        StartDate => filled(&d.start.start_date),
        AccountabilityNotes => filled(&d.accountability.notes),
        // No builder makes markers for other fields.
        _ => true,
    }
}

fn headings(doc: &Document) -> Vec<(u8, String)> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level, text } => Some((*level, text.clone())),
            _ => None,
        })
        .collect()
}

/// Every heading is followed by content before the next heading of the same or a higher level.
fn assert_no_empty_sections(doc: &Document, what: &str) {
    for (i, b) in doc.blocks.iter().enumerate() {
        let Block::Heading { level, text } = b else {
            continue;
        };
        let next = doc.blocks[i + 1..].iter().find(|b| !matches!(b, Block::PageBreak));
        match next {
            None => panic!("{what}: document ends with heading {text}"),
            Some(Block::Heading { level: l, text: t }) if l <= level => {
                panic!("{what}: empty section {text} (next: {t})")
            }
            Some(Block::Heading { level: l, .. }) if *l > level + 1 => {
                panic!("{what}: {text} skips a level")
            }
            _ => {}
        }
    }
}

fn assert_sane(doc: &Document, lang: Lang, what: &str) {
    assert_no_empty_sections(doc, what);
    let text = doc.plain_text();
    for bad in ["None", "Some(", "{", "}", "  ", "..", " ."] {
        assert!(!text.contains(bad), "{what}: contains {bad:?}");
    }
    let other = match lang {
        Lang::Nl => texts(Lang::En).open_prefix,
        Lang::En => texts(Lang::Nl).open_prefix,
    };
    assert!(!text.contains(other), "{what}: marker of the other language");
    // Every marker is written in the document's language and only inside an Open span.
    let markers = text.matches(texts(lang).open_prefix).count();
    assert_eq!(markers, doc.open_fields().len(), "{what}: markers outside Open spans");
    for b in &doc.blocks {
        if let Block::Heading { level, text } = b {
            assert!((1..=3).contains(level), "{what}: {text}");
        }
        if let Block::Table { header, rows } = b {
            for r in rows {
                assert!(r.len() <= header.len().max(2), "{what}: row wider than the header");
            }
        }
    }
}

#[test]
fn every_demo_gives_both_documents_without_markers_for_what_it_fills() {
    for (key, d) in demos() {
        for kind in DocumentKind::ALL {
            for lang in LANGS {
                let what = format!("{key} {kind:?} {lang:?}");
                let doc = kind.build(&d, lang, TODAY);
                assert_sane(&doc, lang, &what);
                assert_eq!(doc.title.to_plain(), d.exploration.title, "{what}");
                assert!(doc.title.open_fields().next().is_none(), "{what}");
                for field in doc.open_fields() {
                    assert!(!fully_filled(&d, field), "{what}: marker for {field:?}, which the demo fills");
                }
                assert_eq!(doc, kind.build(&d, lang, TODAY), "{what}: deterministic");
            }
        }
    }
}

#[test]
fn apeldoorn_is_almost_complete() {
    let d = demos().into_iter().find(|(k, _)| *k == "apeldoorn").map(|(_, d)| d).expect("demo");
    let doc = bestek(&d, Lang::Nl, TODAY);
    let open: Vec<FieldId> = doc.open_fields();
    // What the source does not say: target-group size and inflow number (steps 2 and 3).
    // Innovation is ticked but no award criterion of the appendix is about it (step 3).
    // Nor does it say how bids were submitted, by when, or under which purchase conditions
    // (step 5), which a request for tender states.
    assert_eq!(
        open,
        vec![
            FieldId::TargetGroupSizes,
            FieldId::InflowClients,
            FieldId::QuestionsDeadline,
            FieldId::SubmissionChannel,
            FieldId::SubmissionDeadline,
            FieldId::SubmissionDeadline,
            FieldId::SubmissionChannel,
            FieldId::InflowClients,
            FieldId::PurchaseConditions
        ],
        "{open:?}"
    );
    let text = doc.plain_text();
    assert!(text.contains("Dit concept bevat nog 9 open punten"), "{text}");
    assert!(text.contains("Het afgesproken plaatsingspercentage is 55 %."));
    assert!(text.contains("bonus = 15 % × T × max(0; k − 55 % × N)"));
    // The worked example, computed with domain::incentive: 20 trajectories at € 7.500,
    // 55 % agreed is 11 placements; 14 give a bonus of 0,15 × 7.500 × 3 = 3.375, 8 make
    // 0,50 × 7.500 × 3 = 11.250 withheld.
    assert!(text.contains(
        "Rekenvoorbeeld, ter illustratie: bij een gemiddelde trajectprijs van €\u{a0}7.500,00 en 20 \
         gestarte trajecten is het afgesproken aantal plaatsingen 55 % × 20 = 11."
    ));
    assert!(text.contains(
        "Bij 14 plaatsingen, 3 boven het afgesproken aantal, betaalt de opdrachtgever een bonus \
         van 15 % × €\u{a0}7.500,00 × 3 = €\u{a0}3.375,00."
    ));
    assert!(text.contains(
        "Bij 8 plaatsingen, 3 onder het afgesproken aantal, houdt de opdrachtgever 50 % × \
         €\u{a0}7.500,00 × 3 = €\u{a0}11.250,00 in."
    ));
    // The projectplan settles the figures so far: 21 started, 19 results, 55 % of 21 is
    // 11,55 agreed; 7,45 above gives 0,15 × 7.500 × 7,45 = € 8.381,25.
    let plan = projectplan(&d, Lang::Nl, TODAY).plain_text();
    assert!(plan.contains("11,55\n€\u{a0}8.381,25\n€\u{a0}0,00"), "{plan}");
    assert!(text.contains("€\u{a0}75.000,00"), "contract value");
    assert!(text.contains("€\u{a0}7.500,00 × 10 trajecten per jaar × 12 maanden ÷ 12 = €\u{a0}75.000,00"));
    assert!(text.contains("Onder de Europese drempel (€\u{a0}750.000,00): nationale regels."));
    assert!(text.contains("prijs per resultaat"), "cost-per-result formula explained");
}

#[test]
fn every_requirement_and_criterion_of_the_demos_is_in_the_bestek() {
    for (key, d) in demos() {
        for lang in LANGS {
            let text = bestek(&d, lang, TODAY).plain_text();
            let s = &d.specification;
            for r in s.functional.iter().chain(&s.technical).chain(&s.selection_criteria) {
                assert!(text.contains(&one_line(&r.text)), "{key}: {}", r.text);
            }
            for c in &d.award.criteria {
                assert!(text.contains(c.name.trim()), "{key}: {}", c.name);
            }
            assert!(text.contains(&one_line(&d.exploration.problem)), "{key}: problem");
            assert!(text.contains(&one_line(&d.target_group.description)), "{key}: description");
        }
    }
}

#[test]
fn weights_table_of_every_demo_adds_up_to_100() {
    for (key, d) in demos() {
        for lang in LANGS {
            let t = texts(lang);
            let doc = bestek(&d, lang, TODAY);
            let tables: Vec<&Vec<Vec<Text>>> = doc
                .blocks
                .iter()
                .filter_map(|b| match b {
                    Block::Table { header, rows } if header.get(2).map(String::as_str) == Some(t.col_weight) => {
                        Some(rows)
                    }
                    _ => None,
                })
                .collect();
            assert_eq!(tables.len(), 1, "{key}: one weights table");
            let rows = tables[0];
            let (total_row, criteria) = rows.split_last().expect("rows");
            assert_eq!(criteria.len(), d.award.criteria.len(), "{key}");
            let sum: Decimal = criteria.iter().map(|r| Percent::parse(&r[2].to_plain()).expect("a weight").0).sum();
            assert_eq!(sum, Decimal::ONE_HUNDRED, "{key}");
            assert_eq!(total_row[0].to_plain(), t.total);
            let expected = match lang {
                Lang::Nl => "100 %",
                Lang::En => "100%",
            };
            assert_eq!(total_row[2].to_plain(), expected, "{key}");
        }
    }
}

#[test]
fn the_bestek_names_no_competitors_and_the_projectplan_does() {
    for (key, d) in demos() {
        let bestek_text = bestek(&d, Lang::Nl, TODAY).plain_text();
        let plan_text = projectplan(&d, Lang::Nl, TODAY).plain_text();
        for p in &d.procedure.invited {
            assert!(!bestek_text.contains(p.name.trim()), "{key}: {} in the bestek", p.name);
            assert!(plan_text.contains(p.name.trim()), "{key}: {} not in the plan", p.name);
        }
        for b in &d.award.bids {
            assert!(!bestek_text.contains(b.bidder.trim()) || d.procedure.invited.iter().any(|p| p.name == b.bidder));
        }
    }
}

#[test]
fn the_projectplan_follows_holland_rijnland() {
    let d = demos().into_iter().find(|(k, _)| *k == "holland-rijnland").map(|(_, d)| d).expect("demo");
    let doc = projectplan(&d, Lang::Nl, TODAY);
    let h1: Vec<String> = headings(&doc).into_iter().filter(|(l, _)| *l == 1).map(|(_, t)| t).collect();
    assert_eq!(
        h1,
        [
            "1 Inleiding",
            "2 Projectomschrijving",
            "3 Projectstructuur",
            "4 Fasen",
            "5 Taken, rollen en verantwoordelijkheden",
            "6 Financiën",
            "7 Monitoring en verantwoording",
            "8 Evaluatie"
        ]
    );
    let steps = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table { header, rows } if header.first().map(String::as_str) == Some("Stap") => Some(rows),
            _ => None,
        })
        .expect("steps table");
    assert_eq!(steps.len(), 9);
    assert_eq!(steps[2][1].to_plain(), "Specificeren");
    assert_eq!(steps[4][1].to_plain(), "Selecteren / Contracteren");
    let text = doc.plain_text();
    assert!(text.contains("1 december 2005"), "timeline dates written out");
    assert!(text.contains("Gemeente Katwijk is het aanspreekpunt tijdens de aanbesteding"));
    assert!(text.contains("uit haar eigen re-integratiebudget"), "each pays from its own budget");
    assert!(text.contains("€\u{a0}270.000,00"), "joint contract value");
    // The role is open in the source: a marker, and the rationale still printed.
    assert!(doc.open_fields().contains(&FieldId::BuyerRole));
    assert!(text.contains("Nog te kiezen."));
}

#[test]
fn budgets_are_added_up_in_the_projectplan() {
    let mut d = demos().into_iter().find(|(k, _)| *k == "holland-rijnland").map(|(_, d)| d).expect("demo");
    let amounts = ["60000", "90000.50", "120000"];
    for (p, a) in d.exploration.participants.iter_mut().zip(amounts) {
        p.budget = Some(Money(a.parse().expect("amount")));
        // Issue 17: a budget says what period it covers (here a one-year contract).
        p.budget_period = Some(crate::domain::dossier::BudgetPeriod::WholeContract);
    }
    let text = projectplan(&d, Lang::Nl, TODAY).plain_text();
    assert!(text.contains("€\u{a0}270.000,50 voor de hele opdracht"), "total of the budgets, with their period");
    assert!(text.contains("€\u{a0}90.000,50 voor de hele opdracht"), "each budget says its period");
    assert!(!text.contains("Let op: de geraamde waarde"), "270.000 does not exceed 270.000,50");
    d.exploration.participants[0].budget = Some(Money(Decimal::from(1000)));
    let text = projectplan(&d, Lang::En, TODAY).plain_text();
    assert!(text.contains("is higher than the budgets over the same 12 months together (€211,000.50)"), "{text}");
    // The note is step 1's open point, in the same words (one source of warnings).
    let point = crate::domain::completeness::open_points(&d)
        .into_iter()
        .find(|p| matches!(p.problem, crate::domain::completeness::Problem::ValueExceedsBudgets { .. }))
        .expect("open point");
    let words = crate::i18n::wizard_messages::problem(&point.problem, &d.exploration.participants, Lang::En);
    assert!(text.contains(&words), "{words}");
    // Without a period nothing is compared in the document: step 1 asks for the period.
    for p in &mut d.exploration.participants {
        p.budget_period = None;
    }
    let text = projectplan(&d, Lang::En, TODAY).plain_text();
    assert!(!text.contains("is higher than the budgets"), "no false alarm");
}

#[test]
fn an_empty_dossier_gives_markers_not_gaps() {
    let d = Dossier::default();
    for kind in DocumentKind::ALL {
        for lang in LANGS {
            let what = format!("empty {kind:?} {lang:?}");
            let doc = kind.build(&d, lang, TODAY);
            assert_sane(&doc, lang, &what);
            let open = doc.open_fields();
            for f in
                [FieldId::Title, FieldId::Problem, FieldId::Participants, FieldId::Financing, FieldId::ProcedureKind]
            {
                assert!(open.contains(&f), "{what}: no marker for {f:?}");
            }
            let what_title = match lang {
                Lang::Nl => "titel van de inkoop",
                Lang::En => "title of the purchase",
            };
            let t = texts(lang);
            assert_eq!(doc.title.to_plain(), format!("{}{what_title}{}", t.open_prefix, t.open_suffix));
            assert!(doc.plain_text().contains(&crate::i18n::documents::open_summary(open.len(), lang)));
        }
    }
}

#[test]
fn every_choice_gives_a_sentence() {
    let base = demos().into_iter().find(|(k, _)| *k == "amsterdam").map(|(_, d)| d).expect("demo");
    let mut variants = Vec::new();
    for financing in [Financing::Input, Financing::Output, Financing::NoCureLessPay] {
        for invoicing in [Invoicing::PerInstrument, Invoicing::PerTrajectory] {
            for kind in [ProcedureKind::Open, ProcedureKind::Restricted, ProcedureKind::Private] {
                let mut d = base.clone();
                d.specification.financing = Some(financing);
                d.specification.failure_pay_share = Some(Percent(Decimal::from(40)));
                d.execution.invoicing = Some(invoicing);
                d.procedure.kind = Some(kind);
                variants.push(d);
            }
        }
    }
    let formulas = [
        PriceFormula::RelativeToLowest,
        PriceFormula::LinearLowestHighest,
        PriceFormula::FixedBounds { low: Some(Money(Decimal::from(3000))), high: Some(Money(Decimal::from(6000))) },
        PriceFormula::FixedBounds { low: None, high: None },
        PriceFormula::QualityToPrice,
        PriceFormula::CostPerResult,
    ];
    for f in formulas {
        let mut d = base.clone();
        d.award.formula = f;
        d.award.knockouts.push(crate::domain::scoring::model::Knockout {
            id: "k".into(),
            description: String::new(),
            rule: KnockoutRule::MaxLeadTimeWeeks { max: Some(12) },
        });
        variants.push(d);
    }
    for (i, d) in variants.iter().enumerate() {
        for lang in LANGS {
            let doc = bestek(d, lang, TODAY);
            assert_sane(&doc, lang, &format!("variant {i} {lang:?}"));
        }
    }
    let nclp = bestek(&variants[12], Lang::Nl, TODAY).plain_text();
    assert!(nclp.contains("dan betaalt de opdrachtgever 40 % van de trajectprijs"), "{nclp}");
    let bounds = bestek(&variants[variants.len() - 4], Lang::En, TODAY).plain_text();
    assert!(bounds.contains("A price of €3,000.00 or less gets the full weight"), "{bounds}");
    let open_bounds = bestek(&variants[variants.len() - 3], Lang::En, TODAY);
    assert!(open_bounds.open_fields().contains(&FieldId::PriceFormula));
    let qtp = bestek(&variants[variants.len() - 2], Lang::Nl, TODAY);
    assert!(qtp.open_fields().contains(&FieldId::AwardCriteria), "values per point are missing");
    assert!(qtp.plain_text().contains("De aangeboden doorlooptijd is ten hoogste 12 weken."));
    // Amsterdam is above the threshold (€ 900.000): a private procedure does not fit.
    let private = bestek(&variants[2], Lang::Nl, TODAY).plain_text();
    assert!(private.contains("Europees aanbesteden is verplicht"));
    // Above the threshold the contract must be announced, under the light regime for social
    // services too: a private procedure does not fit (issue 17; this test used to assert that
    // under the light regime any procedure fits, which is wrong), and the light regime is the
    // first procedure that does.
    assert!(
        private.contains(
            "past niet bij deze waarde. Passende procedures: Verlicht regime voor sociale en andere specifieke diensten"
        ),
        "{private}"
    );
    let mut services = variants[2].clone();
    services.procedure.regime = Some(crate::domain::dossier::ServiceRegime::Services);
    let text = bestek(&services, Lang::Nl, TODAY).plain_text();
    assert!(
        text.contains("Let op: de gekozen procedure, ‘Onderhandse procedure (meerdere offertes)’, past niet bij deze waarde. Passende procedures: Europese openbare procedure, Europese niet-openbare procedure."),
        "{text}"
    );
}

#[test]
fn hostile_dossier_texts_stay_text() {
    let mut d = Dossier::default();
    d.exploration.title = "<script>alert('x')</script> & \"Q\"\u{0}\u{7}".into();
    d.name = "../../etc/passwd\\ C:".into();
    d.exploration.problem = "regel 1\n\n   regel 2   \r\n".into();
    d.exploration.participants = vec![Participant { id: "a".into(), name: "A & B <x>".into(), ..Default::default() }];
    let doc = bestek(&d, Lang::Nl, TODAY);
    assert_eq!(doc.title.to_plain(), d.exploration.title);
    let text = doc.plain_text();
    assert!(text.contains("\nregel 1\nregel 2\n"), "one paragraph per line, trimmed");
    let bytes = to_odt(&doc, Lang::Nl).expect("odt");
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;Q&quot;"));
    assert!(!raw.contains("<script>"));
    assert!(!raw.contains('\u{7}'));
    assert!(raw.contains("A &amp; B &lt;x&gt;"));
}

#[test]
fn file_names_are_safe() {
    let demo = |key: &str| demos().into_iter().find(|(k, _)| *k == key).map(|(_, d)| d).expect("demo");
    assert_eq!(
        file_name(DocumentKind::Bestek, &demo("apeldoorn"), TODAY),
        "bestek-apeldoorn-bouwproject-in-ierland-demo-2026-11-22.odt"
    );
    assert_eq!(
        file_name(DocumentKind::Projectplan, &demo("holland-rijnland"), TODAY),
        "projectplan-holland-rijnland-gezamenlijke-2026-11-22.odt"
    );
    let mut d = Dossier::default();
    assert_eq!(file_name(DocumentKind::Bestek, &d, TODAY), "bestek-2026-11-22.odt");
    assert_eq!(file_name(DocumentKind::Bestek, &d, "vandaag"), "bestek.odt");
    d.name = "../../etc/passwd\\ C: <>|?*".into();
    assert_eq!(file_name(DocumentKind::Bestek, &d, TODAY), "bestek-etc-passwd-c-2026-11-22.odt");
    d.name = "Reïntegratie Ĳsselstein – ‘Café’ 😀 2026".into();
    assert_eq!(file_name(DocumentKind::Bestek, &d, TODAY), "bestek-reintegratie-ijsselstein-cafe-2026-2026-11-22.odt");
    d.name = "x".repeat(100);
    assert_eq!(file_name(DocumentKind::Bestek, &d, ""), format!("bestek-{}.odt", "x".repeat(40)));
    d.name = "   ".into();
    d.exploration.title = "Titel".into();
    assert_eq!(file_name(DocumentKind::Projectplan, &d, ""), "projectplan-titel.odt");
    for (_, d) in demos() {
        for kind in DocumentKind::ALL {
            let f = file_name(kind, &d, TODAY);
            assert!(f.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.'), "{f}");
            assert!(f.ends_with(".odt") && !f.contains("--") && f.len() < 80, "{f}");
        }
    }
}

/// Every demo, an empty dossier, and every demo with one step's worth of data cleared.
fn dossiers_for_gap_checks() -> Vec<(String, Dossier)> {
    let mut out: Vec<(String, Dossier)> = Vec::new();
    out.push(("empty".into(), Dossier::default()));
    for (key, d) in demos() {
        out.push((key.to_string(), d.clone()));
        let mut x = d.clone();
        x.execution = Execution::default();
        out.push((format!("{key} without step 4"), x));
        let mut x = d.clone();
        x.procedure = Procedure::default();
        out.push((format!("{key} without step 5"), x));
        let mut x = d.clone();
        x.specification = Specification::default();
        out.push((format!("{key} without step 3"), x));
        let mut x = d.clone();
        for p in &mut x.exploration.participants {
            p.trajectories = None;
            p.budget = None;
            p.contact_person.clear();
            p.target_group_size = None;
        }
        x.exploration.goals.clear();
        x.exploration.principles.clear();
        x.exploration.role_rationale.clear();
        x.accountability.notes.clear();
        out.push((format!("{key} without optional texts"), x));
    }
    out
}

#[test]
fn every_gap_marker_is_an_open_point_and_a_complete_step_has_no_gaps() {
    use crate::domain::completeness::{open_points, open_points_in};
    use crate::domain::steps::Step;
    for (key, d) in dossiers_for_gap_checks() {
        let open: Vec<FieldId> = open_points(&d).into_iter().map(|p| p.field).collect();
        for kind in DocumentKind::ALL {
            for lang in LANGS {
                let what = format!("{key} {kind:?} {lang:?}");
                let doc = kind.build(&d, lang, TODAY);
                assert_sane(&doc, lang, &what);
                let markers = doc.open_fields();
                for f in &markers {
                    assert!(open.contains(f), "{what}: gap marker for {f:?}, which has no open point");
                }
                for step in Step::ALL {
                    if open_points_in(&d, step).is_empty() {
                        let gaps: Vec<&FieldId> = markers.iter().filter(|f| f.step() == step).collect();
                        assert!(gaps.is_empty(), "{what}: {step:?} is complete but has gaps {gaps:?}");
                    }
                }
            }
        }
    }
}

#[test]
fn what_the_bestek_needs_and_misses_is_a_gap_and_an_open_point() {
    use crate::domain::completeness::open_points;
    // The other direction: a required field the bestek prints is marked when it is missing.
    let d = Dossier::default();
    let open: Vec<FieldId> = open_points(&d).into_iter().map(|p| p.field).collect();
    let markers = bestek(&d, Lang::Nl, TODAY).open_fields();
    for f in [
        FieldId::Title,
        FieldId::Problem,
        FieldId::TargetDescription,
        FieldId::FunctionalRequirements,
        FieldId::InflowGuarantee,
        FieldId::Financing,
        FieldId::Referral,
        FieldId::IntakeWeeks,
        FieldId::MaxDuration,
        FieldId::ReportingFrequency,
        FieldId::DataProtection,
        FieldId::Invoicing,
        FieldId::ProcedureKind,
        FieldId::Timeline,
        FieldId::AwardCriteria,
    ] {
        assert!(open.contains(&f), "{f:?} is no open point");
        assert!(markers.contains(&f), "{f:?} has no marker");
    }
    // Optional fields give no marker: goals, selection criteria, reporting content.
    for f in [FieldId::Goals, FieldId::SelectionCriteria, FieldId::ReportingContent] {
        assert!(!markers.contains(&f), "{f:?} is optional");
    }
    let text = bestek(&d, Lang::Nl, TODAY).plain_text();
    assert!(text.contains(texts(Lang::Nl).b_no_selection));
}

#[test]
fn demos_that_show_a_step_complete_fill_the_bestek_for_it() {
    use crate::domain::completeness::{step_status, StepStatus};
    use crate::domain::steps::Step;
    let d = demos().into_iter().find(|(k, _)| *k == "apeldoorn").map(|(_, d)| d).expect("demo");
    // Step 5 is complete apart from the submission arrangements the source does not give.
    assert_eq!(step_status(&d, Step::Uitvoeringsproces), StepStatus::Complete);
    let mut with_arrangements = d.clone();
    with_arrangements.procedure.submission = submission_filled();
    assert_eq!(step_status(&with_arrangements, Step::Offerteprocedure), StepStatus::Complete);
    let text = bestek(&d, Lang::Nl, TODAY).plain_text();
    assert!(text.contains("binnen 2 weken"), "{text}");
    assert!(text.contains("9 maanden"), "{text}");
    assert!(text.contains("14 december 2001"), "{text}");
}

#[test]
fn a_joint_projectplan_shows_its_governance_and_who_does_what() {
    let d = demos().into_iter().find(|(k, _)| *k == "holland-rijnland").map(|(_, d)| d).expect("demo");
    let doc = projectplan(&d, Lang::Nl, TODAY);
    let h2: Vec<String> = headings(&doc).into_iter().filter(|(l, _)| *l == 2).map(|(_, t)| t).collect();
    for h in ["Projectgroep", "Werkgroepen", "Besluitvorming", "Procesbegeleiding"] {
        assert!(h2.iter().any(|x| x.ends_with(h)), "{h} in {h2:?}");
    }
    let steps = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table { header, rows } if header.first().map(String::as_str) == Some("Stap") => Some((header, rows)),
            _ => None,
        })
        .expect("steps table");
    assert_eq!(steps.0[3], "Wie");
    assert_eq!(steps.1[2][3].to_plain(), "Werkgroep Programma van Eisen");
    assert_eq!(steps.1[7][3].to_plain(), "De gemeenten afzonderlijk");
    assert!(doc.plain_text().contains("ambtelijke en bestuurlijke legitimatie"));
    // Without its project group and decision route a joint plan has markers for them.
    let mut bare = d.clone();
    bare.exploration.governance = Governance::default();
    let doc = projectplan(&bare, Lang::En, TODAY);
    assert!(doc.open_fields().contains(&FieldId::ProjectGroup) && doc.open_fields().contains(&FieldId::DecisionRoute));
    let steps = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table { header, .. } if header.first().map(String::as_str) == Some("Step") => Some(header.len()),
            _ => None,
        })
        .expect("steps table");
    assert_eq!(steps, 4, "no 'who' column when nobody is named");
    // A single buyer's plan has no governance sections.
    let apeldoorn = demos().into_iter().find(|(k, _)| *k == "apeldoorn").map(|(_, d)| d).expect("demo");
    let h2: Vec<String> = headings(&projectplan(&apeldoorn, Lang::Nl, TODAY)).into_iter().map(|(_, t)| t).collect();
    assert!(!h2.iter().any(|x| x.ends_with("Projectgroep")));
}

#[test]
fn every_way_of_carrying_risk_gives_a_clause_in_the_bestek() {
    let mut d = demos().into_iter().find(|(k, _)| *k == "roermond").map(|(_, d)| d).expect("demo");
    assert!(!bestek(&d, Lang::Nl, TODAY).plain_text().contains("Risico's in de aanloopfase"));
    d.specification.risk_sharing = RiskInstrument::ALL.to_vec();
    for lang in LANGS {
        let doc = bestek(&d, lang, TODAY);
        assert_sane(&doc, lang, "risk sharing");
        let text = doc.plain_text();
        for r in RiskInstrument::ALL {
            assert!(text.contains(crate::i18n::documents::risk_instrument_clause(r).get(lang)), "{r:?} {lang:?}");
        }
    }
    assert!(bestek(&d, Lang::Nl, TODAY).plain_text().contains("gewenningsbudget"));
}

/// A requirement in the functional list that reads technical (or mixed) is not printed under
/// "Functionele eisen" without comment: a note after the table names it by its number.
#[test]
fn technical_requirements_in_the_functional_list_get_a_note_in_the_bestek() {
    let notes = |d: &Dossier, lang: Lang| -> Vec<String> {
        bestek(d, lang, TODAY)
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Note(t) => Some(t.to_plain()),
                _ => None,
            })
            .collect()
    };
    let mut d = demo_cases().into_iter().find(|c| c.key == "emmen").map(|c| c.dossier()).expect("emmen");
    let before = notes(&d, Lang::Nl);
    assert!(!before.iter().any(|n| n.contains("functionele eisen")), "{before:?}");
    d.specification.functional.insert(
        1,
        Requirement {
            id: "x".into(),
            text: "De opdrachtnemer biedt elke deelnemer een wekelijkse taalles aan.".into(),
        },
    );
    d.specification.functional.push(Requirement {
        id: "y".into(),
        text: "Deelnemers volgen een vakopleiding, zodat 40% binnen een jaar een baan heeft.".into(),
    });
    let n = d.specification.functional.len();
    let nl = notes(&d, Lang::Nl);
    assert!(nl.iter().any(|x| x.contains("eis F2 staat bij de functionele eisen")), "{nl:?}");
    assert!(nl.iter().any(|x| x.contains(&format!("Eis F{n} vraagt een resultaat"))), "{nl:?}");
    let en = notes(&d, Lang::En);
    assert!(en.iter().any(|x| x.contains("requirement F2 is listed as functional")), "{en:?}");
}

/// Submission arrangements that fill every step-5 field of the request for tender.
fn submission_filled() -> Submission {
    Submission {
        channel: Some(SubmissionChannel::TenderNed),
        address: "inkoop@gemeente.nl".into(),
        questions_deadline: "2027-01-15".into(),
        deadline: "2027-02-05".into(),
        deadline_time: "12:00".into(),
        purchase_conditions: "Algemene Inkoopvoorwaarden 2026".into(),
    }
}

/// Issue 17: an optional field left empty never shows a placeholder ("Niet opgegeven.") in a
/// document a municipality sends: its section is left out, or (the bestek's contact and
/// meetings) states the arrangement in the third person.
#[test]
fn optional_fields_left_empty_show_no_placeholder() {
    for (key, mut d) in demos() {
        let contacts = d.execution.contacts.clone();
        let goals = d.exploration.goals.clone();
        let e = &mut d.exploration;
        e.goals.clear();
        e.principles.clear();
        e.role_rationale.clear();
        e.governance.working_groups.clear();
        e.governance.facilitator.clear();
        for p in &mut e.participants {
            p.contact_person.clear();
        }
        d.target_group.other_characteristics.clear();
        d.specification.technical.clear();
        d.specification.selection_criteria.clear();
        d.execution.contacts.clear();
        d.execution.reporting_content.clear();
        d.monitoring.notes.clear();
        d.accountability.notes.clear();
        for kind in DocumentKind::ALL {
            for lang in LANGS {
                let what = format!("{key} {kind:?} {lang:?} without optional texts");
                let doc = kind.build(&d, lang, TODAY);
                assert_sane(&doc, lang, &what);
                let text = doc.plain_text();
                assert!(!text.contains(texts(lang).not_given), "{what}: a placeholder for an optional field");
                let t = texts(lang);
                let h = headings(&doc);
                for gone in [t.b_h_goal, t.p_h_goals, t.p_h_principles, t.p_h_accountability] {
                    assert!(!h.iter().any(|(_, x)| x.ends_with(gone)), "{what}: empty section {gone}");
                }
                if kind == DocumentKind::Bestek {
                    let arranged = crate::i18n::first_tender_tail::CONTACTS_ARRANGED_AT_START.get(lang);
                    assert!(text.contains(arranged), "{what}: the contact arrangement");
                    assert!(h.iter().any(|(_, x)| x.ends_with(t.b_h_contacts)), "{what}: contacts section kept");
                }
            }
        }
        // With the texts, they are there and the arrangement sentence is not.
        d.execution.contacts = contacts.clone();
        d.exploration.goals = goals.clone();
        let text = DocumentKind::Bestek.build(&d, Lang::Nl, TODAY).plain_text();
        if let Some(first) = contacts.lines().map(str::trim).find(|l| !l.is_empty()) {
            assert!(text.contains(first), "{key}: its own contacts text");
            assert!(!text.contains(crate::i18n::first_tender_tail::CONTACTS_ARRANGED_AT_START.get(Lang::Nl)));
        }
        if let Some(first) = goals.lines().map(str::trim).find(|l| !l.is_empty()) {
            assert!(text.contains(first), "{key}: its own goals");
        }
    }
}

/// Issue 17: the terms the bestek sets that the sources do not give as law (the standstill
/// period, the validity of the bid, the payment term) are stated as the buyer's own choice in
/// this tender, for every procedure, and no sentence claims a legal consequence.
#[test]
fn terms_the_sources_do_not_give_read_as_the_buyers_choice() {
    for (key, mut d) in demos() {
        d.procedure.submission = submission_filled();
        let nl = DocumentKind::Bestek.build(&d, Lang::Nl, TODAY).plain_text();
        for phrase in [
            "De opdrachtgever hanteert in deze aanbesteding na verzending van de gunningsbeslissing een opschortende termijn van 20 kalenderdagen",
            "De opdrachtgever vraagt de inschrijver zijn offerte 90 kalenderdagen",
            "spreekt in de overeenkomst af dat zij binnen 30 dagen",
        ] {
            assert!(nl.contains(phrase), "{key}: {phrase}");
        }
        for claim in ["geldt een opschortende termijn", "niet meer aanvechten"] {
            assert!(!nl.contains(claim), "{key}: {claim}");
        }
        let en = DocumentKind::Bestek.build(&d, Lang::En, TODAY).plain_text();
        assert!(en.contains("In this tender the buyer observes a standstill period of 20 calendar days"), "{key}");
        assert!(!en.contains("can no longer challenge"), "{key}");
    }
}
