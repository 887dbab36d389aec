//! Independent scoring by file: the contact's evaluation package (without prices), three
//! evaluators' score sheets, and reading them back into the dossier, with every special
//! case (another package, a sheet read twice, an evaluator with the same name as another,
//! damaged files) asked, never decided silently.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use inkoopwijzer::domain::dossier::Dossier;
use inkoopwijzer::domain::money::{Money, Percent};
use inkoopwijzer::domain::scoring::model::{
    Bid, Criterion, CriterionKind, CriterionNote, EvaluationRound, Evaluator, SheetScore,
};
use inkoopwijzer::domain::scoring::{evaluate, sample_setup};
use inkoopwijzer::persistence::envelope::{read_envelope, write_envelope, Read, ReadError, Stamp};
use inkoopwijzer::persistence::evaluation::*;
use inkoopwijzer::persistence::import::{parse_import, ImportError};
use inkoopwijzer::persistence::kv::MemoryKv;
use inkoopwijzer::persistence::share::Sender;
use inkoopwijzer::persistence::store::Store;
use proptest::prelude::*;
use rust_decimal::Decimal;

const NOW: &str = "2026-12-06T10:00:00.000Z";

fn dec(n: i64) -> Decimal {
    Decimal::from(n)
}

/// A dossier with a price criterion, two quality criteria and three bids with prices that
/// are easy to find in a text.
fn dossier() -> Dossier {
    let mut d = Dossier { id: "d1".into(), name: "Re-integratie Holland Rijnland".into(), ..Dossier::default() };
    let a = &mut d.award;
    a.criteria = vec![
        Criterion {
            id: "c-price".into(),
            name: "Prijs".into(),
            kind: CriterionKind::Price,
            weight: Some(Percent(dec(40))),
            value_per_point: None,
        },
        Criterion {
            id: "c-plan".into(),
            name: "Plan van aanpak".into(),
            kind: CriterionKind::Quality,
            weight: Some(Percent(dec(35))),
            value_per_point: None,
        },
        Criterion {
            id: "c-net".into(),
            name: "Netwerk met werkgevers".into(),
            kind: CriterionKind::Quality,
            weight: Some(Percent(dec(25))),
            value_per_point: None,
        },
    ];
    a.bids = ["Alfa", "Beta", "Gamma"]
        .iter()
        .enumerate()
        .map(|(i, name)| Bid {
            id: format!("b{i}"),
            bidder: format!("{name} Re-integratie"),
            price: Some(Money(Decimal::new(421_737 + i as i64 * 11_111, 2))),
            placement_rate: Some(Percent(dec(61 + i as i64))),
            lead_time_weeks: Some(13 + i as u32),
            ..Bid::default()
        })
        .collect();
    a.round = Some(EvaluationRound {
        package_id: "pkg-1".into(),
        sent_at: NOW.into(),
        sent_by: "Ria (Leiden)".into(),
        descriptions: vec![CriterionNote { criterion_id: "c-plan".into(), text: "Hoe komt de klant aan werk?".into() }],
        ..EvaluationRound::default()
    });
    d
}

fn package() -> EvaluationPackage {
    package_of(&dossier(), "pkg-1", NOW, Sender { municipality: "Leiden".into(), name: "Ria".into() })
}

fn sheet(evaluator_id: &str, name: &str, points: [i64; 6]) -> ScoreSheet {
    let p = package();
    let mut d = EvaluationDraft::start(p.clone(), evaluator_id);
    d.sheet.evaluator.name = name.into();
    d.sheet.evaluator.municipality = "Katwijk".into();
    let mut k = 0;
    for b in &p.bids {
        for c in &p.criteria {
            let pts = points[k];
            k += 1;
            d.sheet.set(&b.id, &c.id, |s| {
                s.points = Some(dec(pts));
                s.reason = format!("{name}: {pts} voor {}", b.bidder);
            });
        }
    }
    d.sheet_to_send(NOW)
}

fn read(text: &str) -> Result<EvaluationFile, ImportError> {
    parse_evaluation(text.as_bytes())
}

#[test]
fn the_package_round_trips_and_holds_no_price() {
    let p = package();
    assert_eq!(p.criteria.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["c-plan", "c-net"], "quality only");
    assert_eq!(p.criteria[0].description, "Hoe komt de klant aan werk?");
    let text = write_package(&p).unwrap();
    assert!(text.starts_with("{\n  \"format\": \"inkoopwijzer-evaluation-package\",\n  \"schema\": 1,"), "{text}");
    assert_eq!(read(&text).unwrap(), EvaluationFile::Package(Box::new(p)));
    // Not a price, a placement rate or a lead time in the bytes: not the amounts, not the
    // field names, not the price criterion.
    for needle in ["4217.37", "4328.48", "4439.59", "price", "prijs", "placement", "lead_time", "61", "c-price"] {
        assert!(!text.to_lowercase().contains(&needle.to_lowercase()), "{needle} in\n{text}");
    }
    // The dossier's own envelope does hold them (the test would find them).
    let env = write_envelope(&dossier(), &Stamp::new(1, NOW, "t")).unwrap();
    assert!(env.contains("4217.37") && env.contains("price"));
}

#[test]
fn a_sheet_round_trips_and_a_draft_survives_storage() {
    let s = sheet("e-ann", "Ann", [7, 8, 5, 6, 9, 4]);
    let text = write_sheet(&s).unwrap();
    assert!(text.starts_with("{\n  \"format\": \"inkoopwijzer-score-sheet\",\n  \"schema\": 1,"), "{text}");
    assert_eq!(read(&text).unwrap(), EvaluationFile::Sheet(Box::new(s.clone())));
    assert_eq!(s.progress(&package()), (6, 6));

    let mut draft = EvaluationDraft::start(package(), "e-ann");
    draft.sheet.evaluator.name = "Ann".into();
    draft.sheet.set("b1", "c-net", |x| x.points = Some(Decimal::new(75, 1)));
    draft.sheet.set("b2", "c-plan", |x| x.reason = "nog twijfel".into());
    assert_eq!(draft.sheet.without_reason(), vec![("b1".to_string(), "c-net".to_string())]);
    let mut store = Store::new(MemoryKv::new(), "tab");
    store.set_evaluation_draft("pkg-1", Some(&draft.to_text().unwrap())).unwrap();
    let stored = store.evaluation_drafts().unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].0, "pkg-1");
    assert!(store.kv().snapshot().contains_key("inkoopwijzer:evaluation:pkg-1"));
    assert_eq!(EvaluationDraft::from_text(&stored[0].1).unwrap(), draft);
    // Clearing a score and its reason removes the entry.
    draft.sheet.set("b2", "c-plan", |x| x.reason.clear());
    assert!(draft.sheet.score("b2", "c-plan").is_none());
    // A damaged draft is an error, not a panic (the caller keeps the text).
    assert!(EvaluationDraft::from_text("{\"format\":\"inkoopwijzer-evaluation-draft\",\"schema\":1}").is_err());
    assert!(EvaluationDraft::from_text("nonsense").is_err());
}

#[test]
fn three_evaluators_are_read_and_their_originals_kept() {
    let mut d = dossier();
    let sheets = [
        sheet("e-ann", "Ann", [7, 8, 5, 6, 9, 4]),
        sheet("e-bob", "Bob", [8, 8, 6, 6, 2, 5]),
        sheet("e-cas", "Cas", [7, 7, 5, 7, 9, 4]),
    ];
    for s in &sheets {
        let check = check_sheet(&d, s);
        assert!(check.is_plain(), "{check:?}");
        assert_eq!(check.scored, 6);
        apply_sheet(&mut d, s, &SheetDecision::default(), NOW).unwrap();
    }
    let a = &d.award;
    assert_eq!(a.evaluators.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(), ["Ann", "Bob", "Cas"]);
    assert_eq!(a.current_sheets().count(), 3);
    assert_eq!(reason_of(a, "e-bob", "b2", "c-plan"), "Bob: 2 voor Gamma Re-integratie");
    // The consensus view's numbers: Gamma's plan 9, 2, 9: spread 7, a disagreement.
    let ev = evaluate(a);
    let gamma_plan = ev.scores.iter().find(|s| s.bid == 2 && s.criterion == 1).unwrap();
    assert_eq!(gamma_plan.scores, vec![Some(dec(9)), Some(dec(2)), Some(dec(9))]);
    assert_eq!(gamma_plan.spread, Some(dec(7)));
    assert!(gamma_plan.disagree);
    // The agreed score changes the bids, never the sheets kept for the record.
    d.award.bids[2].scores.retain(|s| s.evaluator_id != "e-bob");
    assert_eq!(d.award.sheets[1].scores, sheets[1].scores);
}

#[test]
fn a_sheet_read_twice_asks_and_keeps_the_first() {
    let mut d = dossier();
    let first = sheet("e-ann", "Ann", [7, 8, 5, 6, 9, 4]);
    apply_sheet(&mut d, &first, &SheetDecision::default(), NOW).unwrap();
    let before = d.clone();
    // The same file again: asked, nothing written without an answer.
    let check = check_sheet(&d, &first);
    assert_eq!(check.read_before.as_ref().map(|r| r.identical), Some(true));
    assert_eq!(apply_sheet(&mut d, &first, &SheetDecision::default(), NOW), Err(SheetRefused::Unanswered));
    assert_eq!(d, before);
    // A corrected sheet of the same evaluator: replaces the scores, keeps the first record.
    let second = sheet("e-ann", "Ann", [1, 8, 5, 6, 9, 4]);
    assert_eq!(check_sheet(&d, &second).read_before.map(|r| r.identical), Some(false));
    let yes = SheetDecision { replace: true, ..SheetDecision::default() };
    apply_sheet(&mut d, &second, &yes, "2026-12-07T09:00:00.000Z").unwrap();
    assert_eq!(d.award.evaluators.len(), 1);
    assert_eq!(d.award.sheets.len(), 2);
    assert_eq!(d.award.sheets[0].replaced_at, "2026-12-07T09:00:00.000Z");
    assert_eq!(d.award.sheets[0].scores, first.scores, "the first sheet is kept as it came");
    assert_eq!(d.award.current_sheets().count(), 1);
    let b0 = &d.award.bids[0];
    assert_eq!(b0.scores.iter().filter(|s| s.criterion_id == "c-plan").count(), 1);
    assert_eq!(b0.scores.iter().find(|s| s.criterion_id == "c-plan").unwrap().points, Some(dec(1)));
}

#[test]
fn an_evaluator_with_the_same_name_is_asked_about() {
    let mut d = dossier();
    d.award.evaluators.push(Evaluator { id: "e-hand".into(), name: "Jan de Vries".into() });
    d.award.bids[0].scores.push(inkoopwijzer::domain::scoring::model::Score {
        criterion_id: "c-net".into(),
        evaluator_id: "e-hand".into(),
        points: Some(dec(3)),
    });
    let s = sheet("e-jan2", " jan  de vries", [7, 8, 5, 6, 9, 4]);
    let check = check_sheet(&d, &s);
    assert_eq!(check.same_name, Some(("e-hand".to_string(), "Jan de Vries".to_string())));
    let before = d.clone();
    assert_eq!(apply_sheet(&mut d, &s, &SheetDecision::default(), NOW), Err(SheetRefused::Unanswered));
    assert_eq!(d, before);

    // Another person: a name that is taken too is refused, another is added beside.
    let mut other = d.clone();
    let taken = SheetDecision { name: Some(NameChoice::Other("JAN DE VRIES".into())), ..SheetDecision::default() };
    assert!(matches!(apply_sheet(&mut other, &s, &taken, NOW), Err(SheetRefused::NameTaken(_))));
    let named =
        SheetDecision { name: Some(NameChoice::Other("Jan de Vries (Katwijk)".into())), ..SheetDecision::default() };
    assert_eq!(apply_sheet(&mut other, &s, &named, NOW).unwrap(), "e-jan2");
    assert_eq!(other.award.evaluators.len(), 2);
    assert_eq!(other.award.evaluators[1].name, "Jan de Vries (Katwijk)");
    assert_eq!(other.award.bids[0].scores.iter().find(|x| x.evaluator_id == "e-hand").unwrap().points, Some(dec(3)));

    // The same person: their scores become the sheet's, under their id.
    let same = SheetDecision { name: Some(NameChoice::SamePerson), ..SheetDecision::default() };
    assert_eq!(apply_sheet(&mut d, &s, &same, NOW).unwrap(), "e-hand");
    assert_eq!(d.award.evaluators.len(), 1);
    let net: Vec<_> = d.award.bids[0].scores.iter().filter(|x| x.criterion_id == "c-net").collect();
    assert_eq!(net.len(), 1);
    assert_eq!(net[0].points, Some(dec(8)));
    assert_eq!(d.award.sheets[0].evaluator_id, "e-hand");
}

#[test]
fn a_sheet_for_another_package_or_dossier_is_asked_or_refused() {
    let mut d = dossier();
    let mut s = sheet("e-ann", "Ann", [7, 8, 5, 6, 9, 4]);
    s.package_id = "pkg-old".into();
    s.scores.push(SheetScore {
        bid_id: "b-gone".into(),
        criterion_id: "c-plan".into(),
        points: Some(dec(3)),
        reason: String::new(),
    });
    let check = check_sheet(&d, &s);
    assert!(check.other_package && !check.other_dossier);
    assert_eq!((check.unknown, check.scored), (1, 6));
    let before = d.clone();
    assert_eq!(apply_sheet(&mut d, &s, &SheetDecision::default(), NOW), Err(SheetRefused::Unanswered));
    assert_eq!(d, before);
    let anyway = SheetDecision { accept_other_package: true, ..SheetDecision::default() };
    apply_sheet(&mut d, &s, &anyway, NOW).unwrap();
    assert_eq!(d.award.bids.iter().map(|b| b.scores.len()).sum::<usize>(), 6, "the unknown bid's score left out");
    assert_eq!(d.award.sheets[0].scores.len(), 7, "the record keeps the sheet as it came");

    let mut elsewhere = sheet("e-bob", "Bob", [1; 6]);
    elsewhere.dossier_id = "d-other".into();
    let mut d2 = dossier();
    assert!(check_sheet(&d2, &elsewhere).other_dossier);
    let all = SheetDecision { accept_other_package: true, replace: true, name: Some(NameChoice::SamePerson) };
    assert_eq!(apply_sheet(&mut d2, &elsewhere, &all, NOW), Err(SheetRefused::OtherDossier));
    assert_eq!(d2, dossier());
}

#[test]
fn damaged_and_wrong_files_get_named_errors() {
    let good = write_sheet(&sheet("e-ann", "Ann", [7, 8, 5, 6, 9, 4])).unwrap();
    let path_of = |text: String| match read(&text).unwrap_err() {
        ImportError::Read(r) => r.path().to_string(),
        e => panic!("{e:?}"),
    };
    let mut v: serde_json::Value = serde_json::from_str(&good).unwrap();
    v["scores"][3]["points"] = serde_json::json!(7);
    assert_eq!(path_of(v.to_string()), "scores[3].points");
    let mut v: serde_json::Value = serde_json::from_str(&good).unwrap();
    v["scores"][2]["points"] = serde_json::json!("-1");
    assert_eq!(path_of(v.to_string()), "scores[2].points");
    let mut v: serde_json::Value = serde_json::from_str(&good).unwrap();
    v["scores"][1] = v["scores"][0].clone();
    assert_eq!(path_of(v.to_string()), "scores[1]");
    let mut v: serde_json::Value = serde_json::from_str(&good).unwrap();
    v["evaluator"]["id"] = serde_json::json!("");
    assert_eq!(path_of(v.to_string()), "evaluator.id");
    let mut v: serde_json::Value = serde_json::from_str(&good).unwrap();
    v["package_id"] = serde_json::json!("../x");
    assert_eq!(path_of(v.to_string()), "package_id");
    let mut v: serde_json::Value = serde_json::from_str(&good).unwrap();
    v["schema"] = serde_json::json!(2);
    assert!(matches!(read(&v.to_string()), Err(ImportError::NewerSchema { found: 2, supported: 1, .. })));
    v["schema"] = serde_json::json!("een");
    assert_eq!(read(&v.to_string()), Err(ImportError::Read(ReadError::BadSchema { path: "schema".into() })));

    let pkg = write_package(&package()).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&pkg).unwrap();
    v["bids"][1]["id"] = v["bids"][0]["id"].clone();
    assert_eq!(path_of(v.to_string()), "bids[1].id");
    let mut v: serde_json::Value = serde_json::from_str(&pkg).unwrap();
    v["scale"]["max_points"] = serde_json::json!("0");
    assert_eq!(path_of(v.to_string()), "scale.max_points");

    // The checks every import shares.
    assert_eq!(read(""), Err(ImportError::Empty));
    assert!(matches!(read(&good[..good.len() / 2]), Err(ImportError::Read(ReadError::NotJson { .. }))));
    assert!(matches!(parse_evaluation(b"\xff{"), Err(ImportError::NotUtf8 { offset: 0 })));
    let env = write_envelope(&dossier(), &Stamp::new(1, NOW, "t")).unwrap();
    assert!(matches!(read(&env), Err(ImportError::Read(ReadError::WrongFormat { .. }))));
    // And the other way round: the start page's import says what an evaluation file is.
    let store = Store::new(MemoryKv::new(), "tab");
    assert_eq!(parse_import(&store, pkg.as_bytes()), Err(ImportError::EvaluationFile { sheet: false }));
    assert_eq!(parse_import(&store, good.as_bytes()), Err(ImportError::EvaluationFile { sheet: true }));
}

#[test]
fn the_round_is_stored_and_older_dossiers_keep_their_form() {
    // A dossier without a round or sheets writes neither field.
    let plain = Dossier { id: "d0".into(), ..Dossier::default() };
    let text = write_envelope(&plain, &Stamp::new(1, NOW, "t")).unwrap();
    assert!(!text.contains("\"round\"") && !text.contains("\"sheets\""), "{text}");
    // One with both reads back the same.
    let mut d = dossier();
    apply_sheet(&mut d, &sheet("e-ann", "Ann", [7, 8, 5, 6, 9, 4]), &SheetDecision::default(), NOW).unwrap();
    d.award.round.as_mut().unwrap().prices_opened_at = NOW.into();
    let text = write_envelope(&d, &Stamp::new(1, NOW, "t")).unwrap();
    match read_envelope(&text).unwrap() {
        Read::Current { dossier, .. } => assert_eq!(dossier, d),
        other => panic!("{other:?}"),
    }
    assert!(!d.award.prices_hidden());
    d.award.round.as_mut().unwrap().prices_opened_at.clear();
    assert!(d.award.prices_hidden());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any number of evaluators, each read once, in any order: every score of every sheet is
    /// in the bids and every sheet is kept; a sheet's package never carries a price.
    #[test]
    fn sheets_in_any_order_give_the_same_scores(
        n_crit in 1usize..4, n_bids in 1usize..5, n_eval in 1usize..4,
        points in proptest::collection::vec(0i64..=10, 48), rotate in 0usize..4,
    ) {
        let mut d = Dossier { id: "d1".into(), ..Dossier::default() };
        d.award = sample_setup(n_bids, n_crit, 0);
        d.award.round = Some(EvaluationRound { package_id: "pkg-p".into(), ..EvaluationRound::default() });
        let p = package_of(&d, "pkg-p", NOW, Sender::default());
        let text = write_package(&p).unwrap();
        for b in &d.award.bids {
            if let Some(price) = b.price {
                let shown = price.0.to_string();
                prop_assert!(shown.len() < 3 || !text.contains(&format!("\"{shown}\"")), "{} in the package", shown);
            }
        }
        let mut sheets = Vec::new();
        let mut k = 0;
        for e in 0..n_eval {
            let mut dr = EvaluationDraft::start(p.clone(), &format!("e{e}"));
            dr.sheet.evaluator.name = format!("Beoordelaar {e}");
            for b in &p.bids {
                for c in &p.criteria {
                    let v = points[k % points.len()];
                    k += 1;
                    dr.sheet.set(&b.id, &c.id, |s| { s.points = Some(dec(v)); s.reason = "r".into(); });
                }
            }
            let s = dr.sheet_to_send(NOW);
            // Every sheet survives its own file.
            let back = match parse_evaluation(write_sheet(&s).unwrap().as_bytes()).unwrap() {
                EvaluationFile::Sheet(s) => *s,
                other => panic!("{other:?}"),
            };
            prop_assert_eq!(&back, &s);
            sheets.push(back);
        }
        let mut a = d.clone();
        for s in &sheets {
            apply_sheet(&mut a, s, &SheetDecision::default(), NOW).unwrap();
        }
        let mut b = d.clone();
        let r = rotate % sheets.len();
        for s in sheets[r..].iter().chain(&sheets[..r]) {
            apply_sheet(&mut b, s, &SheetDecision::default(), NOW).unwrap();
        }
        let scores = |x: &Dossier| {
            let mut v: Vec<_> = x.award.bids.iter().flat_map(|bid| bid.scores.iter().filter(|s| s.evaluator_id.starts_with('e') && s.evaluator_id.len() == 2).map(move |s| (bid.id.clone(), s.criterion_id.clone(), s.evaluator_id.clone(), s.points))).collect();
            v.sort();
            v
        };
        prop_assert_eq!(scores(&a), scores(&b));
        prop_assert_eq!(scores(&a).len(), n_eval * p.bids.len() * p.criteria.len());
        prop_assert_eq!(a.award.sheets.len(), n_eval);
        for s in &sheets {
            for sc in &s.scores {
                let bid = a.award.bids.iter().find(|x| x.id == sc.bid_id).unwrap();
                let got = bid.scores.iter().find(|x| x.evaluator_id == s.evaluator.id && x.criterion_id == sc.criterion_id).unwrap();
                prop_assert_eq!(got.points, sc.points);
            }
        }
    }
}

#[test]
fn the_csv_and_the_projectplan_keep_the_record() {
    use inkoopwijzer::domain::lang::Lang;
    use inkoopwijzer::render::csv::{award_csv, CsvOptions};
    use inkoopwijzer::render::documents::projectplan::projectplan;
    let mut d = dossier();
    apply_sheet(&mut d, &sheet("e-ann", "Ann", [7, 8, 5, 6, 9, 4]), &SheetDecision::default(), NOW).unwrap();
    // A plain dossier has no such section.
    let plain = Dossier { id: "d0".into(), ..Dossier::default() };
    let csv = award_csv(&plain.award, &evaluate(&plain.award), &CsvOptions::for_lang(Lang::Nl));
    assert!(!csv.contains("Onafhankelijke beoordeling"));
    assert!(!projectplan(&plain, Lang::Nl, "2026-12-06").plain_text().contains("Beoordeling van de offertes"));

    let csv = award_csv(&d.award, &evaluate(&d.award), &CsvOptions::for_lang(Lang::Nl));
    assert!(csv.contains("De prijzen zijn nog niet geopend."), "{csv}");
    assert!(
        csv.contains("Ann (Katwijk);Gamma Re-integratie;Plan van aanpak;9,00;Ann: 9 voor Gamma Re-integratie"),
        "{csv}"
    );
    d.award.round.as_mut().unwrap().prices_opened_at = "2026-12-08T14:30:00.000Z".into();
    d.award.round.as_mut().unwrap().prices_opened_by = "Ria (Leiden)".into();
    let csv = award_csv(&d.award, &evaluate(&d.award), &CsvOptions::for_lang(Lang::En));
    assert!(csv.contains("The prices were opened on 2026-12-08 14:30 UTC by Ria (Leiden)."), "{csv}");
    let doc = projectplan(&d, Lang::Nl, "2026-12-08").plain_text();
    assert!(doc.contains("De prijzen zijn geopend op 2026-12-08 14:30 UTC door Ria (Leiden)."), "{doc}");
    assert!(doc.contains("Ann: 4 voor Gamma Re-integratie"), "{doc}");
}
