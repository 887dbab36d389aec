//! Tests of the demo cases: every case is complete where its source is, consistent, and copies
//! and resets as the case list promises.

use super::*;
use crate::domain::completeness::{open_points_in, Problem};
use crate::domain::contract::estimated_contract_value;
use crate::domain::dossier::{BuyerRole, Invoicing, ProcedureKind, ReportingFrequency, ServiceRegime};
use crate::domain::fields::FieldId;
use crate::domain::scoring::model::CriterionKind::{Price, Quality};
use crate::domain::scoring::model::KnockoutRule;
use crate::domain::steps::Step;
use crate::domain::thresholds::assess_dossier;
use std::collections::HashSet;
use std::str::FromStr;

fn money(s: &str) -> Money {
    Money(Decimal::from_str(s).expect("literal"))
}

fn all() -> Vec<(DemoCase, Dossier)> {
    demo_cases().into_iter().map(|c| (c, c.dossier())).collect()
}

/// The five cases from the sources (not the workshop exercise).
fn sources() -> Vec<(DemoCase, Dossier)> {
    all().into_iter().filter(|(c, _)| c.key != "workshop-omkering").collect()
}

#[test]
fn a_copy_has_its_id_name_and_times_and_remembers_its_case() {
    let case = demo_case("apeldoorn").expect("case");
    let now = "2026-12-06T10:00:00.000Z";
    let copy = case.copy(Lang::Nl, "d-1".into(), now);
    assert_eq!(copy.id, "d-1");
    assert_eq!(copy.name, "Apeldoorn: bouwproject in Ierland (voorbeeld)");
    assert_eq!((copy.created_at.as_str(), copy.updated_at.as_str()), (now, now));
    assert_eq!(copy.demo_of.as_deref(), Some("apeldoorn"));
    let en = case.copy(Lang::En, "d-2".into(), now);
    assert_eq!(en.name, "Apeldoorn: building project in Ireland (demo)");
    // Apart from those, the copy is the case.
    let expected = Dossier {
        id: "d-1".into(),
        name: copy.name.clone(),
        created_at: now.into(),
        updated_at: now.into(),
        ..case.dossier()
    };
    assert!(copy == expected, "the copy differs from its case");
}

#[test]
fn reset_brings_back_the_case_and_keeps_who_the_copy_is() {
    let case = demo_case("emmen").expect("case");
    let copy = case.copy(Lang::En, "d-7".into(), "2026-01-01T00:00:00.000Z");
    let mut d = copy.clone();
    d.exploration.participants.clear();
    d.specification.functional.clear();
    d.award.bids.clear();
    d.name = "My Emmen".into();
    assert!(reset(&mut d, "2026-02-02T00:00:00.000Z"));
    assert_eq!(d.id, "d-7");
    assert_eq!(d.name, "My Emmen");
    assert_eq!(d.created_at, "2026-01-01T00:00:00.000Z");
    assert_eq!(d.updated_at, "2026-02-02T00:00:00.000Z");
    assert_eq!(d.demo_of.as_deref(), Some("emmen"));
    let mut expected = copy;
    expected.name = "My Emmen".into();
    expected.updated_at = "2026-02-02T00:00:00.000Z".into();
    assert!(d == expected, "the reset copy differs from a fresh copy");
}

#[test]
fn reset_leaves_other_dossiers_alone() {
    let mut own = Dossier { id: "d-1".into(), name: "Eigen".into(), ..Dossier::default() };
    let before = own.clone();
    assert!(!reset(&mut own, "2026-02-02T00:00:00.000Z"));
    assert_eq!(own, before);
    own.demo_of = Some("no-such-case".into());
    let before = own.clone();
    assert!(!reset(&mut own, "2026-02-02T00:00:00.000Z"));
    assert_eq!(own, before);
}

#[test]
fn the_workshop_shows_rank_reversal_and_that_absolute_formulas_prevent_it() {
    use crate::domain::scoring::{evaluate, BidChange};
    let d = demo_case("workshop-omkering").expect("case").dossier();
    let winner = |a: &AwardSetup| {
        let o = evaluate(a).outcome.expect("an outcome, nothing blocks");
        (a.bids[o.winner].bidder.clone(), o.ranking[0].total)
    };
    assert_eq!(winner(&d.award), ("Aanbieder B (fictief)".to_string(), Decimal::from(59)));
    let o = evaluate(&d.award).outcome.expect("outcome");
    assert!(o.reversal.reversals.iter().any(|r| r.change == BidChange::Removed { entry: 2 }), "C is the cause");
    let mut without_c = d.award.clone();
    without_c.bids.pop();
    assert_eq!(winner(&without_c), ("Aanbieder A (fictief)".to_string(), Decimal::from(80)));
    // Gunnen op waarde (the value per point is filled in): no flips.
    let mut absolute = d.award.clone();
    absolute.formula = PriceFormula::QualityToPrice;
    let o = evaluate(&absolute).outcome.expect("outcome");
    assert!(o.reversal.absolute && o.reversal.reversals.is_empty());
    assert!(d.procedure.rationale.contains("Let op (demo)"));
}

#[test]
fn six_cases_with_unique_keys_and_texts_in_both_languages() {
    let cases = demo_cases();
    assert_eq!(cases.len(), 6);
    let keys: HashSet<_> = cases.iter().map(|c| c.key).collect();
    assert_eq!(keys.len(), 6);
    for c in &cases {
        for t in [c.name, c.description] {
            assert!(!t.nl.is_empty() && !t.en.is_empty(), "{}", c.key);
        }
        assert_eq!(demo_case(c.key).map(|x| x.key), Some(c.key));
    }
    assert!(demo_case("nope").is_none());
}

#[test]
fn every_demo_marks_its_case_and_leaves_identity_to_the_caller() {
    for (c, d) in all() {
        assert_eq!(d.demo_of.as_deref(), Some(c.key));
        assert!(d.id.is_empty() && d.created_at.is_empty() && d.updated_at.is_empty());
        assert!(!d.name.is_empty() && !d.exploration.title.is_empty());
        assert_eq!(d, c.dossier(), "{}: building is deterministic", c.key);
    }
}

#[test]
fn every_demo_has_award_weights_adding_up_to_exactly_100() {
    for (c, d) in all() {
        assert!(d.award.criteria.iter().all(|k| k.weight.is_some()), "{}", c.key);
        let total = crate::domain::scoring::weight_total(&d.award.criteria).total;
        assert_eq!(total, Decimal::ONE_HUNDRED, "{}", c.key);
        assert_eq!(
            d.award.criteria.iter().filter(|k| k.kind == Price).count(),
            1,
            "{}: exactly one price criterion",
            c.key
        );
        assert!(!open_points_in(&d, Step::Bestek).iter().any(|p| p.field == FieldId::AwardCriteria), "{}", c.key);
    }
}

#[test]
fn every_demo_round_trips_through_json_unchanged() {
    for (c, d) in all() {
        let json = serde_json::to_string(&d).expect("serialise");
        let back: Dossier = serde_json::from_str(&json).expect("parse");
        assert_eq!(back, d, "{}", c.key);
        let pretty = serde_json::to_string_pretty(&d).expect("serialise");
        assert_eq!(serde_json::from_str::<Dossier>(&pretty).expect("parse"), d, "{}", c.key);
    }
}

#[test]
fn ids_are_unique_and_references_resolve() {
    let mut all_ids = HashSet::new();
    for (c, d) in sources() {
        let mut ids: Vec<&str> = Vec::new();
        ids.extend(d.exploration.participants.iter().map(|p| p.id.as_str()));
        for list in [&d.specification.functional, &d.specification.technical, &d.specification.selection_criteria] {
            ids.extend(list.iter().map(|r| r.id.as_str()));
        }
        ids.extend(d.award.criteria.iter().map(|k| k.id.as_str()));
        ids.extend(d.award.knockouts.iter().map(|k| k.id.as_str()));
        ids.extend(d.award.evaluators.iter().map(|e| e.id.as_str()));
        ids.extend(d.award.bids.iter().map(|b| b.id.as_str()));
        ids.extend(d.procedure.invited.iter().map(|p| p.id.as_str()));
        ids.extend(d.procedure.timeline.iter().map(|m| m.id.as_str()));
        ids.extend(d.start.preconditions.iter().map(|k| k.id.as_str()));
        for id in ids {
            assert!(!id.is_empty(), "{}: empty id", c.key);
            // Unique across all demos too, so copies of two demos never collide.
            assert!(all_ids.insert(id.to_string()), "{}: duplicate id {id}", c.key);
        }
        let participant = |id: &str| d.exploration.participants.iter().any(|p| p.id == id);
        if let Some(contact) = &d.exploration.contact_participant {
            assert!(participant(contact), "{}", c.key);
        }
        assert!(d.start.first_referrals.keys().all(|k| participant(k)), "{}", c.key);
        assert!(d.monitoring.figures.keys().all(|k| participant(k)), "{}", c.key);
        let quality: HashSet<&str> =
            d.award.criteria.iter().filter(|k| k.kind == Quality).map(|k| k.id.as_str()).collect();
        let evaluators: HashSet<&str> = d.award.evaluators.iter().map(|e| e.id.as_str()).collect();
        for b in &d.award.bids {
            for sc in &b.scores {
                assert!(quality.contains(sc.criterion_id.as_str()), "{}: {}", c.key, sc.criterion_id);
                assert!(evaluators.contains(sc.evaluator_id.as_str()), "{}", c.key);
                assert!(sc.points.is_some_and(|p| p >= Decimal::ZERO && p <= d.award.scale.max_points));
            }
            // Every quality criterion has an agreed score for every bid.
            let agreed: HashSet<&str> = b.consensus.iter().map(|k| k.criterion_id.as_str()).collect();
            assert_eq!(agreed, quality, "{}: {}", c.key, b.id);
        }
    }
}

#[test]
fn every_demo_has_three_fictitious_bids_and_says_what_is_illustrative() {
    for (c, d) in sources() {
        assert_eq!(d.award.bids.len(), 3, "{}", c.key);
        assert!(d.award.bids.iter().all(|b| b.bidder.contains("(fictief)")), "{}", c.key);
        assert!(d.procedure.rationale.contains("Let op (demo)"), "{}", c.key);
        assert_eq!(d.award.evaluators.len(), 2);
    }
}

#[test]
fn apeldoorn_follows_its_appendix() {
    let d = demo_case("apeldoorn").expect("case").dossier();
    let weights: Vec<i64> =
        d.award.criteria.iter().filter_map(|k| k.weight.and_then(|w| w.0.to_string().parse().ok())).collect();
    assert_eq!(weights, vec![50, 5, 10, 10, 25]);
    assert_eq!(d.award.criteria[0].kind, Price);
    assert_eq!(d.award.formula, PriceFormula::CostPerResult);
    assert_eq!(d.award.knockouts[0].rule, KnockoutRule::MinPlacementRate { min: Some(pct(55)) });
    let bm = &d.specification.bonus_malus;
    assert!(bm.enabled);
    assert_eq!((bm.agreed_rate, bm.bonus_share, bm.malus_share), (Some(pct(55)), Some(pct(15)), Some(pct(50))));
    assert_eq!(d.specification.functional.len(), 4);
    assert_eq!(d.specification.technical.len(), 5);
    assert_eq!(d.execution.invoicing, Some(Invoicing::PerInstrument));
    assert_eq!(d.procedure.kind, Some(ProcedureKind::Private));
    assert_eq!(d.exploration.buyer_role, Some(BuyerRole::Facilitating));
    let f = &d.monitoring.figures["apeldoorn-p1"];
    assert_eq!((f.started, f.results), (Some(21), Some(19)));
    // Bid C offers 50 %: below the knock-out, on purpose.
    assert!(d.award.bids.iter().any(|b| b.placement_rate == Some(pct(50))));
}

#[test]
fn the_other_cases_keep_their_distinguishing_facts() {
    let get = |k: &str| demo_case(k).expect("case").dossier();
    let a = get("amsterdam");
    assert_eq!(a.specification.inflow_guarantee, Some(false));
    assert_eq!(a.specification.contract_months, Some(12));
    assert_eq!(a.execution.max_duration_months, Some(12));
    assert_eq!(a.execution.intake_weeks, Some(2));
    assert_eq!(a.execution.reporting_frequency, Some(ReportingFrequency::Quarterly));
    assert!(a.execution.go_no_go);
    assert_eq!(a.award.criteria.len(), 6);
    let e = get("emmen");
    assert_eq!(e.specification.inflow_guarantee, Some(true));
    assert_eq!(e.specification.inflow_clients, Some(25));
    assert_eq!(e.specification.contract_months, Some(24));
    assert_eq!(e.procedure.invited.len(), 6);
    assert_eq!(e.procedure.invited.iter().filter(|p| p.note.contains("niet offreren")).count(), 3);
    let price = e.award.criteria.iter().find(|k| k.kind == Price).and_then(|k| k.weight);
    assert!(e.award.criteria.iter().all(|k| k.weight >= price), "price weighs least");
    let f = &e.monitoring.figures["emmen-p1"];
    assert_eq!((f.started, f.results), (Some(18), Some(8)));
    let r = get("roermond");
    assert_eq!(r.exploration.participants[0].trajectories, Some(65));
    assert_eq!(r.specification.contract_months, Some(24));
    assert!(r.specification.integral_price && r.specification.cooperation_required);
    assert_eq!(r.specification.inflow_guarantee, Some(false));
    assert_eq!(r.exploration.buyer_role, Some(BuyerRole::Director));
    // Five firms asked directly: private (guide §3.1), not the "niet-openbaar" of the appendix.
    assert_eq!(r.procedure.kind, Some(ProcedureKind::Private));
    assert_eq!(r.procedure.invited.len(), 5);
    let h = get("holland-rijnland");
    assert_eq!(h.exploration.contact_participant.as_deref(), Some("hr-katwijk"));
    assert!(h
        .exploration
        .participants
        .iter()
        .any(|p| p.name.contains("Hillegom, Lisse, Noordwijkerhout en Teylingen")));
    assert_eq!(h.procedure.timeline.len(), 5);
    assert_eq!(h.procedure.timeline[0].date, "2005-12-01");
    assert_eq!(h.procedure.timeline[4].date, "2006-08-01");
}

#[test]
fn contract_values_of_the_demos_are_as_hand_computed() {
    let expect = [
        ("apeldoorn", "75000"),         // 7.500 × 10 × 12/12
        ("amsterdam", "900000"),        // 3.000 × 300 × 12/12
        ("emmen", "156000"),            // 6.000 × 13 × 24/12
        ("roermond", "650000"),         // 5.000 × 65 × 24/12 (130 trajectories in 24 months)
        ("holland-rijnland", "270000"), // 6.000 × (10 + 15 + 20) × 12/12
    ];
    for (key, value) in expect {
        let d = demo_case(key).expect("case").dossier();
        assert_eq!(estimated_contract_value(&d).map(|v| v.total), Ok(money(value)), "{key}");
    }
}

#[test]
fn threshold_advice_for_the_demos() {
    let day = "2025-06-30";
    let social = ServiceRegime::SocialAndOtherSpecific;
    let get = |k: &str| demo_case(k).expect("case").dossier();
    let a = assess_dossier(&get("amsterdam"), social, day).expect("value");
    assert!(a.european, "900.000 ≥ 750.000");
    assert!(a.fits(ProcedureKind::Restricted));
    let r = assess_dossier(&get("roermond"), social, day).expect("value");
    assert!(!r.european && r.fits(ProcedureKind::Private));
    let h = assess_dossier(&get("holland-rijnland"), social, day).expect("value");
    assert!(!h.european);
    let hs = assess_dossier(&get("holland-rijnland"), ServiceRegime::Services, day).expect("value");
    assert!(hs.european, "270.000 ≥ 221.000 when summed over the participants");
}

#[test]
fn the_owners_per_step_are_keyed_by_step_slugs() {
    for (c, d) in all() {
        for key in d.exploration.governance.step_owners.keys() {
            assert!(Step::from_slug(key).is_some(), "{}: {key} is no step", c.key);
        }
    }
    let h = demo_case("holland-rijnland").expect("case").dossier();
    assert_eq!(h.exploration.governance.step_owners.len(), 9, "the plan names an owner for every phase");
}

#[test]
fn step_one_is_complete_except_where_the_source_leaves_the_role_open() {
    for (c, d) in sources() {
        let open = open_points_in(&d, Step::Verkenning);
        if c.key == "holland-rijnland" {
            assert_eq!(open.len(), 1);
            assert_eq!((open[0].field, &open[0].problem), (FieldId::BuyerRole, &Problem::Missing));
        } else {
            assert!(open.is_empty(), "{}: {open:?}", c.key);
        }
    }
}

#[test]
fn a_copy_id_names_its_case_and_other_ids_name_none() {
    for case in demo_cases() {
        // As `platform::new_id` makes it: the prefix, the time and a random part in hex.
        let id = format!("{}-18c2f3a1b2c-0a3f1e", case.id_prefix());
        assert_eq!(case_of_copy_id(&id).map(|c| c.key), Some(case.key), "{id}");
        // A valid dossier id (persistence::keys): short, letters, digits and '-'.
        assert!(id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'), "{id}");
    }
    // An ordinary dossier, an old copy, a bare prefix, an unknown case: none.
    for id in ["d-18c2f3a1b2c0a3f1e", "d-apeldoorn", "d-apeldoorn-", "d-utrecht-18c2f", "x-emmen-18c2f", ""] {
        assert!(case_of_copy_id(id).is_none(), "{id}");
    }
    let workshop = demo_case("workshop-omkering").expect("the workshop case");
    assert!(workshop.opens_on_bids());
    assert!(!demo_case("emmen").expect("Emmen").opens_on_bids());
}

#[test]
fn every_demo_publishes_price_bounds_so_the_fixed_bounds_formula_computes() {
    use crate::domain::scoring::{evaluate, FormulaKind};
    for (c, d) in all() {
        let b = d.award.published_bounds();
        let (Some(low), Some(high)) = (b.low, b.high) else { panic!("{}: no published bounds", c.key) };
        // Realistic: every bid lies between the bounds, so no bid is clamped.
        for bid in &d.award.bids {
            let p = bid.price.expect("price");
            assert!(low.0 < p.0 && p.0 < high.0, "{}: {} outside the bounds", c.key, bid.bidder);
        }
        assert!(d.procedure.rationale.contains("prijsgrenzen"), "{}: the bounds are not marked illustrative", c.key);
        let outcome = evaluate(&d.award).outcome.unwrap_or_else(|| panic!("{}: no outcome", c.key));
        let fixed = outcome.alternatives.iter().find(|a| a.formula == FormulaKind::FixedBounds).expect("alternative");
        let ranking = fixed.ranking.as_ref().unwrap_or_else(|p| panic!("{}: fixed bounds not computed: {p:?}", c.key));
        assert_eq!(ranking.len(), outcome.ranking.len(), "{}", c.key);
        // Every other formula computes too, except quality-to-price where a case has no euro
        // value per quality point (the cases from the sources state none).
        for alt in &outcome.alternatives {
            let needs_values = alt.formula == FormulaKind::QualityToPrice
                && d.award.criteria.iter().any(|k| k.kind == Quality && k.value_per_point.is_none());
            assert!(alt.ranking.is_ok() || needs_values, "{}: {:?} not computed", c.key, alt.formula);
        }
    }
}
