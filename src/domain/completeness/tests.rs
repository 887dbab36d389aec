//! Tests of the completeness rules, step by step, and of the step status.

use super::*;
use crate::domain::dossier::*;
use crate::domain::money::Money;
use crate::domain::scoring::model::{Bid, Criterion, CriterionKind, Knockout};
use crate::domain::scoring::weight_total;
use std::str::FromStr;

fn pct(s: &str) -> Percent {
    Percent(Decimal::from_str(s).expect("literal"))
}
fn money(s: &str) -> Money {
    Money(Decimal::from_str(s).expect("literal"))
}
fn participant(id: &str, name: &str) -> Participant {
    Participant { id: id.into(), name: name.into(), ..Default::default() }
}
fn req(id: &str, text: &str) -> Requirement {
    Requirement { id: id.into(), text: text.into() }
}
fn criterion(id: &str, kind: CriterionKind, weight: Option<&str>) -> Criterion {
    Criterion { id: id.into(), name: format!("Criterium {id}"), kind, weight: weight.map(pct), value_per_point: None }
}
fn points(d: &Dossier, step: Step) -> Vec<OpenPoint> {
    open_points_in(d, step)
}
fn has(d: &Dossier, step: Step, field: FieldId, problem: Problem) -> bool {
    points(d, step).contains(&OpenPoint { field, problem })
}
fn fields(d: &Dossier, step: Step) -> Vec<FieldId> {
    points(d, step).into_iter().map(|p| p.field).collect()
}

/// A dossier whose steps 1–9 are all complete; each test breaks one rule.
fn complete() -> Dossier {
    let mut d = Dossier::default();
    let e = &mut d.exploration;
    e.title = "Trajecten".into();
    e.problem = "Harde kern".into();
    e.participants = vec![participant("a", "Gemeente A"), participant("b", "Gemeente B")];
    for p in &mut e.participants {
        p.target_group_size = Some(10);
        p.trajectories = Some(5);
    }
    e.contact_participant = Some("a".into());
    e.buyer_role = Some(BuyerRole::Director);
    // Two participants: a joint purchase, with its project group and decision route.
    e.governance.project_group = "Beleidsmedewerkers van A en B".into();
    e.governance.decision_route = "Afdelingshoofden, dan portefeuillehouders".into();
    let t = &mut d.target_group;
    t.description = "Langdurig in de bijstand".into();
    t.characteristics = vec![Characteristic::MultipleProblems];
    t.result_ladder = vec![ResultLevel::SocialActivation, ResultLevel::RegularWork];
    let s = &mut d.specification;
    s.functional = vec![req("f1", "Participatie neemt toe")];
    s.inflow_guarantee = Some(false);
    s.financing = Some(Financing::Output);
    s.contract_months = Some(12);
    d.award.criteria =
        vec![criterion("c1", CriterionKind::Price, Some("40")), criterion("c2", CriterionKind::Quality, Some("60"))];
    let x = &mut d.execution;
    x.referral = "Klantmanager meldt aan".into();
    x.intake_weeks = Some(2);
    x.max_duration_months = Some(12);
    x.reporting_frequency = Some(ReportingFrequency::Quarterly);
    x.data_protection = "AVG-verwerkersovereenkomst".into();
    x.invoicing = Some(Invoicing::PerTrajectory);
    let p = &mut d.procedure;
    p.estimated_price = Some(money("5000"));
    p.kind = Some(ProcedureKind::Restricted);
    p.rationale = "Onder de drempel".into();
    p.timeline = vec![Milestone { id: "m1".into(), label: "Gunning".into(), date: "2026-07-01".into() }];
    p.submission = Submission {
        channel: Some(SubmissionChannel::Email),
        address: "inkoop@gemeente.nl".into(),
        questions_deadline: "2026-05-01".into(),
        deadline: "2026-05-20".into(),
        deadline_time: "12:00".into(),
        purchase_conditions: "Algemene Inkoopvoorwaarden gemeente Dalwijk 2026".into(),
    };
    d.award.bids = vec![Bid { id: "b1".into(), bidder: "X".into(), price: Some(money("4800")), ..Default::default() }];
    d.start.preconditions = vec![ChecklistItem { id: "k1".into(), text: "Contract getekend".into(), done: true }];
    d.start.start_date = "2026-01-05".into();
    d.start.first_referrals.insert("a".into(), 3);
    d.start.first_referrals.insert("b".into(), 2);
    for id in ["a", "b"] {
        d.monitoring
            .figures
            .insert(id.into(), MonitorFigures { started: Some(5), results: Some(3), cost: Some(money("25000")) });
    }
    d.evaluation.what_worked = "Samen inkopen".into();
    d.evaluation.what_to_change = "Eerder beginnen".into();
    d
}

#[test]
fn the_reference_dossier_is_complete_in_every_step() {
    let d = complete();
    assert_eq!(open_points(&d), vec![]);
    for (step, status) in step_statuses(&d) {
        assert_eq!(status, StepStatus::Complete, "{step:?}");
    }
}

#[test]
fn an_empty_dossier_has_no_started_step() {
    let d = Dossier::default();
    for (step, status) in step_statuses(&d) {
        assert_eq!(status, StepStatus::NotStarted, "{step:?}");
    }
    // ...but it does have open points to show when the user opens a step.
    assert!(has(&d, Step::Verkenning, FieldId::Title, Problem::Missing));
}

#[test]
fn one_filled_field_starts_a_step() {
    let mut d = Dossier::default();
    d.exploration.goals = "Meer participatie".into();
    assert!(matches!(step_status(&d, Step::Verkenning), StepStatus::Incomplete { open } if open >= 4));
    let mut d = Dossier::default();
    d.execution.go_no_go = true;
    assert!(matches!(step_status(&d, Step::Uitvoeringsproces), StepStatus::Incomplete { open: 6 }));
    // Whitespace and empty rows are not 'filled in'.
    let mut d = Dossier::default();
    d.exploration.title = "   ".into();
    d.exploration.participants.push(Participant::default());
    d.specification.functional.push(Requirement::default());
    d.award.bids.push(Bid::default());
    d.start.preconditions.push(ChecklistItem::default());
    for step in [Step::Verkenning, Step::Bestek, Step::Offerteprocedure, Step::StartUitvoering] {
        assert_eq!(step_status(&d, step), StepStatus::NotStarted, "{step:?}");
    }
    d.exploration.participants[0].name = "Gemeente A".into();
    assert!(matches!(step_status(&d, Step::Verkenning), StepStatus::Incomplete { .. }));
}

#[test]
fn step1_title_problem_role() {
    let mut d = complete();
    d.exploration.title.clear();
    d.exploration.problem = " ".into();
    d.exploration.buyer_role = None;
    assert_eq!(fields(&d, Step::Verkenning), vec![FieldId::Title, FieldId::Problem, FieldId::BuyerRole]);
    assert_eq!(step_status(&d, Step::Verkenning), StepStatus::Incomplete { open: 3 });
}

#[test]
fn step1_needs_a_named_participant_and_flags_unnamed_rows() {
    let mut d = complete();
    d.exploration.participants = vec![participant("x", "")];
    d.exploration.contact_participant = None;
    assert!(has(&d, Step::Verkenning, FieldId::Participants, Problem::Missing));
    assert!(has(&d, Step::Verkenning, FieldId::Participants, Problem::UnnamedEntries { count: 1 }));
    d.exploration.participants.push(participant("y", "Gemeente Y"));
    assert!(!has(&d, Step::Verkenning, FieldId::Participants, Problem::Missing));
}

#[test]
fn step1_a_joint_purchase_needs_a_project_group_and_a_decision_route() {
    let mut d = complete();
    d.exploration.governance.project_group = " ".into();
    d.exploration.governance.decision_route.clear();
    assert!(has(&d, Step::Verkenning, FieldId::ProjectGroup, Problem::Missing));
    assert!(has(&d, Step::Verkenning, FieldId::DecisionRoute, Problem::Missing));
    // Working groups, a facilitator and the owners per step are asked for, not required.
    assert!(d.exploration.governance.working_groups.is_empty() && d.exploration.governance.step_owners.is_empty());
    assert_eq!(step_status(&d, Step::Verkenning), StepStatus::Incomplete { open: 2 });
    // A single buyer needs no project structure.
    d.exploration.participants.truncate(1);
    d.start.first_referrals.remove("b");
    assert!(!fields(&d, Step::Verkenning).contains(&FieldId::ProjectGroup));
    assert!(!fields(&d, Step::Verkenning).contains(&FieldId::DecisionRoute));
}

#[test]
fn step1_contact_participant_only_needed_from_two_participants() {
    let mut d = complete();
    d.exploration.contact_participant = None;
    assert!(has(&d, Step::Verkenning, FieldId::ContactParticipant, Problem::NoContactParticipant));
    d.exploration.participants.truncate(1);
    assert!(!fields(&d, Step::Verkenning).contains(&FieldId::ContactParticipant));
    d.exploration.contact_participant = Some("gone".into());
    assert!(has(&d, Step::Verkenning, FieldId::ContactParticipant, Problem::UnknownContactParticipant));
}

#[test]
fn step2_description_characteristics_sizes_ladder() {
    let mut d = complete();
    d.target_group.description.clear();
    d.target_group.characteristics.clear();
    d.target_group.result_ladder.clear();
    d.exploration.participants[1].target_group_size = None;
    assert_eq!(
        points(&d, Step::Doelgroep),
        vec![
            OpenPoint { field: FieldId::TargetDescription, problem: Problem::Missing },
            OpenPoint { field: FieldId::Characteristics, problem: Problem::Missing },
            OpenPoint {
                field: FieldId::TargetGroupSizes,
                problem: Problem::MissingForParticipants { participants: vec!["b".into()] }
            },
            OpenPoint { field: FieldId::ResultLadder, problem: Problem::Missing },
        ]
    );
    // Free-text characteristics are enough.
    d.target_group.other_characteristics = "Veel schulden".into();
    assert!(!fields(&d, Step::Doelgroep).contains(&FieldId::Characteristics));
}

#[test]
fn step3_needs_a_functional_requirement_with_text() {
    let mut d = complete();
    d.specification.functional = vec![req("f1", "  ")];
    assert!(has(&d, Step::Bestek, FieldId::FunctionalRequirements, Problem::Missing));
    d.specification.functional.push(req("f2", "Uitstroom naar werk"));
    assert!(has(&d, Step::Bestek, FieldId::FunctionalRequirements, Problem::UnnamedEntries { count: 1 }));
    // Technical requirements are optional.
    d.specification.functional.truncate(0);
    d.specification.functional.push(req("f2", "Uitstroom naar werk"));
    d.specification.technical.clear();
    assert_eq!(points(&d, Step::Bestek), vec![]);
}

#[test]
fn step3_inflow_guarantee_needs_a_number() {
    let mut d = complete();
    d.specification.inflow_guarantee = None;
    assert!(has(&d, Step::Bestek, FieldId::InflowGuarantee, Problem::Missing));
    d.specification.inflow_guarantee = Some(true);
    assert!(has(&d, Step::Bestek, FieldId::InflowClients, Problem::Missing));
    d.specification.inflow_clients = Some(0);
    assert!(has(&d, Step::Bestek, FieldId::InflowClients, Problem::MustBePositive));
    d.specification.inflow_clients = Some(25);
    assert_eq!(points(&d, Step::Bestek), vec![]);
}

#[test]
fn step3_financing_and_no_cure_less_pay_share() {
    let mut d = complete();
    d.specification.financing = None;
    assert!(has(&d, Step::Bestek, FieldId::Financing, Problem::Missing));
    d.specification.financing = Some(Financing::NoCureLessPay);
    assert!(has(&d, Step::Bestek, FieldId::FailurePayShare, Problem::Missing));
    d.specification.failure_pay_share = Some(pct("120"));
    assert!(has(&d, Step::Bestek, FieldId::FailurePayShare, Problem::PercentAbove100 { value: pct("120") }));
    d.specification.failure_pay_share = Some(pct("50"));
    assert_eq!(points(&d, Step::Bestek), vec![]);
}

#[test]
fn step3_contract_duration() {
    let mut d = complete();
    d.specification.contract_months = None;
    assert!(has(&d, Step::Bestek, FieldId::ContractMonths, Problem::Missing));
    d.specification.contract_months = Some(0);
    assert!(has(&d, Step::Bestek, FieldId::ContractMonths, Problem::MustBePositive));
}

#[test]
fn step3_bonus_malus_parameters_when_enabled() {
    let mut d = complete();
    d.specification.bonus_malus.enabled = true;
    assert_eq!(
        points(&d, Step::Bestek),
        [BonusMalusPart::AgreedRate, BonusMalusPart::BonusShare, BonusMalusPart::MalusShare]
            .map(|part| OpenPoint { field: FieldId::BonusMalus, problem: Problem::BonusMalusMissing { part } })
            .to_vec()
    );
    let bm = &mut d.specification.bonus_malus;
    bm.agreed_rate = Some(pct("55"));
    bm.bonus_share = Some(pct("150")); // a bonus above the price is odd but allowed
    bm.malus_share = Some(pct("101"));
    assert_eq!(
        points(&d, Step::Bestek),
        vec![OpenPoint { field: FieldId::BonusMalus, problem: Problem::PercentAbove100 { value: pct("101") } }]
    );
    // Parameters without 'enabled' are not checked.
    d.specification.bonus_malus.enabled = false;
    assert_eq!(points(&d, Step::Bestek), vec![]);
}

#[test]
fn step3_award_weights_must_add_up_to_exactly_100() {
    let mut d = complete();
    d.award.criteria[1].weight = Some(pct("59.99"));
    assert!(has(&d, Step::Bestek, FieldId::AwardCriteria, Problem::WeightsNot100 { total: pct("99.99") }));
    d.award.criteria[1].weight = Some(pct("60.00"));
    assert_eq!(points(&d, Step::Bestek), vec![], "100.00 equals 100");
    d.award.criteria[1].weight = None;
    assert!(has(&d, Step::Bestek, FieldId::AwardCriteria, Problem::WeightsMissing { count: 1 }));
    d.award.criteria.clear();
    assert!(has(&d, Step::Bestek, FieldId::AwardCriteria, Problem::Missing));
    d.award.criteria = vec![Criterion { weight: Some(pct("100")), ..Default::default() }];
    assert!(has(&d, Step::Bestek, FieldId::AwardCriteria, Problem::UnnamedEntries { count: 1 }));
}

#[test]
fn weight_total_saturates_instead_of_panicking() {
    let weighted = |ws: &[Percent]| -> Vec<Criterion> {
        ws.iter().map(|w| Criterion { weight: Some(*w), ..Criterion::default() }).collect()
    };
    assert_eq!(
        Percent(weight_total(&weighted(&[Percent(Decimal::MAX), Percent(Decimal::MAX)])).total),
        Percent(Decimal::MAX)
    );
    assert_eq!(Percent(weight_total(&weighted(&[pct("33.33"), pct("33.33"), pct("33.34")])).total), pct("100"));
    assert_eq!(Percent(weight_total(&weighted(&[])).total), pct("0"));
    // Saturated, the total is far from 100 and step 3 says so.
    let mut d = Dossier::default();
    d.award.criteria = weighted(&[Percent(Decimal::MAX), Percent(Decimal::MAX)]);
    d.award.criteria[0].name = "Prijs".into();
    d.award.criteria[1].name = "Kwaliteit".into();
    assert!(open_points_in(&d, Step::Bestek).contains(&OpenPoint {
        field: FieldId::AwardCriteria,
        problem: Problem::WeightsNot100 { total: Percent(Decimal::MAX) },
    }));
}

#[test]
fn step3_price_formula_needs_its_parameters() {
    let mut d = complete();
    d.award.formula = PriceFormula::FixedBounds { low: Some(money("3000")), high: None };
    assert!(has(&d, Step::Bestek, FieldId::PriceFormula, Problem::Missing));
    d.award.formula = PriceFormula::FixedBounds { low: Some(money("9000")), high: Some(money("3000")) };
    assert!(has(&d, Step::Bestek, FieldId::PriceFormula, Problem::PriceBoundsInvalid));
    d.award.formula = PriceFormula::FixedBounds { low: Some(money("3000")), high: Some(money("9000")) };
    assert_eq!(points(&d, Step::Bestek), vec![]);
    d.award.formula = PriceFormula::QualityToPrice;
    assert!(has(&d, Step::Bestek, FieldId::AwardCriteria, Problem::ValuePerPointMissing { count: 1 }));
    d.award.criteria[1].value_per_point = Some(money("100"));
    assert_eq!(points(&d, Step::Bestek), vec![]);
}

#[test]
fn step4_referral_reporting_privacy_invoicing() {
    let mut d = complete();
    d.execution = Execution { go_no_go: true, max_duration_months: Some(0), ..Default::default() };
    assert_eq!(
        fields(&d, Step::Uitvoeringsproces),
        vec![
            FieldId::Referral,
            FieldId::IntakeWeeks,
            FieldId::ReportingFrequency,
            FieldId::DataProtection,
            FieldId::Invoicing,
            FieldId::MaxDuration
        ]
    );
}

#[test]
fn step5_estimate_kind_rationale_bids() {
    let mut d = complete();
    d.procedure = Procedure::default();
    d.award.bids.clear();
    d.procedure.threshold_override = Some(money("1"));
    assert_eq!(
        fields(&d, Step::Offerteprocedure),
        vec![
            FieldId::EstimatedPrice,
            FieldId::ProcedureKind,
            FieldId::ProcedureRationale,
            FieldId::Timeline,
            FieldId::SubmissionChannel,
            FieldId::QuestionsDeadline,
            FieldId::SubmissionDeadline,
            FieldId::PurchaseConditions,
            FieldId::Bids
        ]
    );
}

#[test]
fn step5_private_procedure_invites_several() {
    let mut d = complete();
    d.procedure.kind = Some(ProcedureKind::Private);
    d.procedure.invited = vec![Provider { id: "i1".into(), name: "Bureau 1".into(), note: String::new() }];
    assert!(has(&d, Step::Offerteprocedure, FieldId::InvitedProviders, Problem::TooFewInvited { count: 1, min: 2 }));
    d.procedure.invited.push(Provider { id: "i2".into(), name: "Bureau 2".into(), note: String::new() });
    assert_eq!(points(&d, Step::Offerteprocedure), vec![]);
    d.procedure.invited.push(Provider::default());
    assert!(has(&d, Step::Offerteprocedure, FieldId::InvitedProviders, Problem::UnnamedEntries { count: 1 }));
}

#[test]
fn step5_bids_need_what_formula_and_knockouts_use() {
    let mut d = complete();
    d.award.bids.push(Bid { id: "b2".into(), bidder: "Y".into(), ..Default::default() });
    assert!(has(&d, Step::Offerteprocedure, FieldId::Bids, Problem::BidsIncomplete { count: 1 }));
    d.award.bids[1].price = Some(money("5100"));
    assert_eq!(points(&d, Step::Offerteprocedure), vec![]);
    d.award.formula = PriceFormula::CostPerResult;
    assert!(has(&d, Step::Offerteprocedure, FieldId::Bids, Problem::BidsIncomplete { count: 2 }));
    d.award.formula = PriceFormula::default();
    d.award.knockouts = vec![Knockout {
        id: "k".into(),
        description: String::new(),
        rule: KnockoutRule::MaxLeadTimeWeeks { max: Some(8) },
    }];
    d.award.bids[0].lead_time_weeks = Some(4);
    assert!(has(&d, Step::Offerteprocedure, FieldId::Bids, Problem::BidsIncomplete { count: 1 }));
}

#[test]
fn step5_timeline_labels_and_dates() {
    let mut d = complete();
    d.procedure.timeline = vec![
        Milestone { id: "m1".into(), label: "Gunning".into(), date: "2006-07-31".into() },
        Milestone { id: "m2".into(), label: String::new(), date: "juli".into() },
        Milestone { id: "m3".into(), label: "Nog geen datum".into(), date: String::new() },
    ];
    assert_eq!(
        points(&d, Step::Offerteprocedure),
        vec![
            OpenPoint { field: FieldId::Timeline, problem: Problem::UnnamedEntries { count: 1 } },
            OpenPoint { field: FieldId::Timeline, problem: Problem::InvalidDates { count: 1 } },
            OpenPoint { field: FieldId::Timeline, problem: Problem::DatesMissing { count: 1 } },
        ]
    );
}

#[test]
fn step4_intake_and_maximum_duration_are_required() {
    let mut d = complete();
    d.execution.intake_weeks = None;
    d.execution.max_duration_months = None;
    assert_eq!(
        points(&d, Step::Uitvoeringsproces),
        vec![
            OpenPoint { field: FieldId::IntakeWeeks, problem: Problem::Missing },
            OpenPoint { field: FieldId::MaxDuration, problem: Problem::Missing },
        ]
    );
    d.execution.intake_weeks = Some(0);
    d.execution.max_duration_months = Some(9);
    assert_eq!(fields(&d, Step::Uitvoeringsproces), vec![FieldId::IntakeWeeks]);
}

#[test]
fn step5_needs_a_timeline_and_the_trajectories_behind_the_contract_value() {
    let mut d = complete();
    d.procedure.timeline.clear();
    d.exploration.participants[1].trajectories = None;
    assert_eq!(
        points(&d, Step::Offerteprocedure),
        vec![
            OpenPoint {
                field: FieldId::Threshold,
                problem: Problem::MissingForParticipants { participants: vec!["b".into()] }
            },
            OpenPoint { field: FieldId::Timeline, problem: Problem::Missing },
        ]
    );
}

#[test]
fn step3_knockouts_need_a_description_or_a_limit() {
    let mut d = complete();
    d.award.knockouts = vec![Knockout {
        id: "k".into(),
        description: String::new(),
        rule: KnockoutRule::MinPlacementRate { min: None },
    }];
    assert!(has(&d, Step::Bestek, FieldId::AwardCriteria, Problem::KnockoutsIncomplete { count: 1 }));
    d.award.knockouts[0].rule = KnockoutRule::MinPlacementRate { min: Some(pct("55")) };
    assert_eq!(points(&d, Step::Bestek), vec![]);
}

#[test]
fn step3_innovation_ticked_needs_a_criterion_about_innovation() {
    let mut d = complete();
    d.specification.innovation_criterion = true;
    assert_eq!(
        points(&d, Step::Bestek),
        vec![OpenPoint { field: FieldId::Incentives, problem: Problem::NoInnovationCriterion }]
    );
    for name in [
        "Vernieuwende aanpak",
        "Visie en VERNIEUWING",
        "Innovatief vermogen",
        "Innovation",
        "Methodiek: effectiviteit, maatwerk en creativiteit",
        "Creatieve aanpak",
        "Creatief",
    ] {
        d.award.criteria[1].name = name.into();
        assert_eq!(points(&d, Step::Bestek), vec![], "{name}");
    }
    for name in ["Aanpak", "Plan van aanpak", "Recreatieve activiteiten", "Prijs"] {
        d.award.criteria[1].name = name.into();
        assert!(!is_about_innovation(name), "{name}");
        assert!(has(&d, Step::Bestek, FieldId::Incentives, Problem::NoInnovationCriterion));
    }
    d.specification.innovation_criterion = false;
    assert_eq!(points(&d, Step::Bestek), vec![]);
}

#[test]
fn step6_preconditions_date_referrals() {
    let mut d = complete();
    d.start.preconditions.push(ChecklistItem { id: "k2".into(), text: "Privacy geregeld".into(), done: false });
    d.start.start_date = "2026-02-30".into();
    d.start.first_referrals.remove("b");
    d.start.first_referrals.insert("weg".into(), 1);
    assert_eq!(
        points(&d, Step::StartUitvoering),
        vec![
            OpenPoint { field: FieldId::Preconditions, problem: Problem::PreconditionsOpen { open: 1 } },
            OpenPoint { field: FieldId::StartDate, problem: Problem::InvalidDates { count: 1 } },
            OpenPoint {
                field: FieldId::FirstReferrals,
                problem: Problem::MissingForParticipants { participants: vec!["b".into()] }
            },
            OpenPoint { field: FieldId::FirstReferrals, problem: Problem::UnknownParticipants { count: 1 } },
        ]
    );
    d.start = Start::default();
    assert_eq!(step_status(&d, Step::StartUitvoering), StepStatus::NotStarted);
}

#[test]
fn step7_figures_per_participant_and_average_price_for_bonus_malus() {
    let mut d = complete();
    d.monitoring.figures.get_mut("a").expect("a").results = Some(9);
    d.monitoring.figures.get_mut("b").expect("b").started = None;
    d.specification.bonus_malus = BonusMalusRule {
        enabled: true,
        agreed_rate: Some(pct("55")),
        bonus_share: Some(pct("15")),
        malus_share: Some(pct("50")),
        ..BonusMalusRule::default()
    };
    assert_eq!(
        points(&d, Step::Monitoring),
        vec![
            OpenPoint { field: FieldId::AveragePrice, problem: Problem::Missing },
            OpenPoint {
                field: FieldId::MonitorFigures,
                problem: Problem::MissingForParticipants { participants: vec!["b".into()] }
            },
            OpenPoint {
                field: FieldId::MonitorFigures,
                problem: Problem::ResultsExceedStarted { participants: vec!["a".into()] }
            },
        ]
    );
    d.monitoring.average_price = Some(money("7500"));
    d.monitoring
        .figures
        .insert("a".into(), MonitorFigures { started: Some(21), results: Some(19), cost: Some(money("1")) });
    d.monitoring
        .figures
        .insert("b".into(), MonitorFigures { started: Some(0), results: Some(0), cost: Some(money("0")) });
    assert_eq!(points(&d, Step::Monitoring), vec![]);
}

#[test]
fn step8_costs_per_participant() {
    let mut d = complete();
    d.monitoring.figures.get_mut("b").expect("b").cost = None;
    assert!(has(
        &d,
        Step::Verantwoording,
        FieldId::Costs,
        Problem::MissingForParticipants { participants: vec!["b".into()] }
    ));
    // Started only by costs or notes, not by monitoring figures.
    let mut fresh = Dossier::default();
    fresh.monitoring.figures.insert("a".into(), MonitorFigures { started: Some(1), ..Default::default() });
    assert_eq!(step_status(&fresh, Step::Verantwoording), StepStatus::NotStarted);
    fresh.accountability.notes = "Via de WWB-verantwoording".into();
    assert_eq!(step_status(&fresh, Step::Verantwoording), StepStatus::Complete);
}

#[test]
fn step9_lessons_and_score_range() {
    let mut d = complete();
    d.evaluation.what_to_change.clear();
    d.evaluation.self_assessment.insert("q1".into(), 4);
    d.evaluation.self_assessment.insert("q2".into(), 5);
    assert_eq!(
        points(&d, Step::Evaluatie),
        vec![
            OpenPoint { field: FieldId::WhatToChange, problem: Problem::Missing },
            OpenPoint { field: FieldId::SelfAssessment, problem: Problem::ScoresOutOfRange { count: 1 } },
        ]
    );
}

#[test]
fn open_points_are_in_step_order_and_name_fields_of_that_step() {
    let d = Dossier::default();
    let all = open_points(&d);
    let steps: Vec<Step> = all.iter().map(|p| p.field.step()).collect();
    let mut sorted = steps.clone();
    sorted.sort();
    assert_eq!(steps, sorted);
    for s in Step::ALL {
        for p in open_points_in(&d, s) {
            assert_eq!(p.field.step(), s, "{p:?}");
        }
    }
}

/// Issue 17, the first trap: a criterion named "Prijs" left as quality, or no price criterion
/// at all under a weighted price formula, is an open point of step 3 at the award criteria.
#[test]
fn step3_the_price_criterion_cannot_be_missed() {
    use crate::domain::scoring::model::PriceFormula;
    let mut d = complete();
    d.award.criteria = vec![
        Criterion { name: "Prijs".into(), ..criterion("c1", CriterionKind::Quality, Some("40")) },
        criterion("c2", CriterionKind::Quality, Some("60")),
    ];
    let point = Problem::PriceCriterionIsQuality { name: "Prijs".into() };
    assert!(has(&d, Step::Bestek, FieldId::AwardCriteria, point.clone()));
    assert!(!has(&d, Step::Bestek, FieldId::AwardCriteria, Problem::NoPriceCriterion), "the cause, not both");
    // Without a name that says price: the general open point.
    d.award.criteria[0].name = "Aanpak".into();
    assert!(has(&d, Step::Bestek, FieldId::AwardCriteria, Problem::NoPriceCriterion));
    // Quality-to-price needs no price criterion.
    d.award.formula = PriceFormula::QualityToPrice;
    for c in &mut d.award.criteria {
        c.value_per_point = Some(money("100"));
    }
    assert_eq!(points(&d, Step::Bestek), vec![]);
    // The fix: the kind set to price.
    d.award.formula = PriceFormula::default();
    d.award.criteria[0].name = "Prijs".into();
    d.award.criteria[0].kind = CriterionKind::Price;
    assert_eq!(points(&d, Step::Bestek), vec![]);
}

/// Issue 17, the second trap: the walkthrough's € 1.35 million with a private procedure is an
/// open point of step 5; the light regime that fits is a choice of its own.
#[test]
fn step5_a_private_procedure_above_the_threshold_is_an_open_point() {
    let mut d = complete();
    // 60 trajectories a year × € 7.500 × 36 months ÷ 12 = € 1.350.000.
    d.exploration.participants[0].trajectories = Some(30);
    d.exploration.participants[1].trajectories = Some(30);
    d.procedure.estimated_price = Some(money("7500"));
    d.specification.contract_months = Some(24);
    d.specification.option_months = Some(12);
    d.procedure.kind = Some(ProcedureKind::Private);
    d.procedure.invited = ["Bureau 1", "Bureau 2", "Bureau 3"]
        .iter()
        .enumerate()
        .map(|(i, n)| Provider { id: format!("i{i}"), name: (*n).into(), note: String::new() })
        .collect();
    let open = points(&d, Step::Offerteprocedure);
    assert_eq!(open.len(), 1, "{open:?}");
    assert_eq!(open[0].field, FieldId::ProcedureKind);
    let Problem::ProcedureDoesNotFit { mismatch } = &open[0].problem else { panic!("{open:?}") };
    assert_eq!((mismatch.value, mismatch.threshold, mismatch.european), (money("1350000"), money("750000"), true));
    d.procedure.kind = Some(ProcedureKind::LightRegime);
    assert_eq!(points(&d, Step::Offerteprocedure), vec![]);
    // Below the threshold the light regime is the odd choice, and private fits again.
    d.procedure.estimated_price = Some(money("5000"));
    d.specification.option_months = None;
    assert_eq!(fields(&d, Step::Offerteprocedure), vec![FieldId::ProcedureKind]);
    d.procedure.kind = Some(ProcedureKind::Private);
    assert_eq!(points(&d, Step::Offerteprocedure), vec![]);
}

/// Issue 17, the fourth trap: a budget says what period it covers, and the contract value
/// against the budgets is an open point of step 1, never a warning only in the document.
#[test]
fn step1_budgets_have_a_period_and_are_compared_like_with_like() {
    let mut d = complete();
    for p in &mut d.exploration.participants {
        p.budget = Some(money("25000"));
    }
    // 10 trajectories a year × € 5.000 × 12 months = € 50.000; budgets € 50.000.
    let open = points(&d, Step::Verkenning);
    assert_eq!(
        open,
        vec![OpenPoint {
            field: FieldId::Participants,
            problem: Problem::BudgetPeriodMissing { participants: vec!["a".into(), "b".into()] }
        }]
    );
    for p in &mut d.exploration.participants {
        p.budget_period = Some(BudgetPeriod::PerYear);
    }
    assert_eq!(points(&d, Step::Verkenning), vec![]);
    // Three years: per year the budgets still cover the value; as budgets for the whole
    // contract they do not.
    d.specification.contract_months = Some(36);
    assert_eq!(points(&d, Step::Verkenning), vec![]);
    for p in &mut d.exploration.participants {
        p.budget_period = Some(BudgetPeriod::WholeContract);
    }
    let open = points(&d, Step::Verkenning);
    assert_eq!(open.len(), 1, "{open:?}");
    let Problem::ValueExceedsBudgets { shortfall } = &open[0].problem else { panic!("{open:?}") };
    assert_eq!((shortfall.value, shortfall.budgets, shortfall.months), (money("150000"), money("50000"), 36));
}
