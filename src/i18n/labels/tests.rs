//! Every text of `labels` in both languages and tidy; the choices' variant lists complete.

use super::bestek::SHORT_CONTRACT_WARNING;
use super::*;
use crate::domain::assessment::{Lever, Question, SCALE_MAX};
use crate::domain::dossier::{
    BuyerRole, Characteristic, Financing, Invoicing, ProcedureKind, ReportingFrequency, ResultLevel, RiskInstrument,
};
use crate::domain::steps::Step;
use std::collections::HashSet;

/// Both languages present, tidy, and actually translated.
pub(crate) fn check_pair(t: Tr, what: &str) {
    for s in [t.nl, t.en] {
        assert!(!s.trim().is_empty(), "{what}: empty text in {t:?}");
        assert_eq!(s, s.trim(), "{what}: stray whitespace in {s:?}");
        assert!(!s.contains("  "), "{what}: double space in {s:?}");
    }
    assert_ne!(t.nl, t.en, "{what}: not translated: {:?}", t.nl);
}

fn check_labeled<T: Labeled + std::fmt::Debug + PartialEq>(what: &str) {
    let mut labels = HashSet::new();
    for v in T::VARIANTS {
        check_pair(v.label(), what);
        check_pair(v.explanation(), what);
        assert!(labels.insert(v.label().nl), "{what}: duplicate label for {v:?}");
    }
}

#[test]
fn every_field_has_a_label_and_help_in_both_languages() {
    let mut labels = HashSet::new();
    for f in FieldId::ALL {
        check_pair(field_label(f), "field label");
        check_pair(field_help(f), "field help");
        let help = field_help(f);
        assert!(help.nl.ends_with(['.', '?', '\'']) && help.en.ends_with(['.', '?', '\'']), "{f:?}");
        // Labels are unique within a step (the same word may recur across steps).
        assert!(labels.insert((f.step(), field_label(f).nl)), "{f:?}: duplicate label");
    }
    for s in Step::ALL {
        assert!(FieldId::ALL.iter().any(|f| f.step() == s));
    }
}

#[test]
fn every_choice_has_a_label_and_explanation() {
    check_labeled::<BuyerRole>("buyer role");
    check_labeled::<Characteristic>("characteristic");
    check_labeled::<ResultLevel>("result level");
    check_labeled::<Financing>("financing");
    check_labeled::<ProcedureKind>("procedure");
    check_labeled::<ReportingFrequency>("reporting frequency");
    check_labeled::<Invoicing>("invoicing");
    check_labeled::<RiskInstrument>("risk instrument");
    for r in RiskInstrument::ALL {
        assert!(risk_instrument_sources(r).iter().all(|s| s.is_known() && s.is_source()), "{r:?}");
    }
    check_labeled::<Lever>("lever");
    check_labeled::<crate::domain::steps::TelgenPhase>("telgen phase");
    assert_eq!(BuyerRole::VARIANTS, &BuyerRole::ALL);
    assert_eq!(<Characteristic as Labeled>::VARIANTS.len(), Characteristic::ALL.len());
    assert_eq!(<ResultLevel as Labeled>::VARIANTS.len(), ResultLevel::ALL.len());
}

/// The enums without an `ALL` in the domain: an exhaustive match here breaks the build when
/// a variant is added, pointing at the `VARIANTS` list that must grow with it.
#[test]
fn variant_lists_are_complete() {
    fn count_financing(f: Financing) -> usize {
        match f {
            Financing::Input | Financing::Output | Financing::NoCureLessPay => 3,
        }
    }
    fn count_procedure(p: ProcedureKind) -> usize {
        match p {
            ProcedureKind::Open | ProcedureKind::Restricted | ProcedureKind::Private | ProcedureKind::LightRegime => 4,
        }
    }
    fn count_reporting(r: ReportingFrequency) -> usize {
        match r {
            ReportingFrequency::Weekly
            | ReportingFrequency::Monthly
            | ReportingFrequency::Quarterly
            | ReportingFrequency::HalfYearly => 4,
        }
    }
    fn count_invoicing(i: Invoicing) -> usize {
        match i {
            Invoicing::PerInstrument | Invoicing::PerTrajectory => 2,
        }
    }
    assert_eq!(Financing::VARIANTS.len(), count_financing(Financing::Input));
    assert_eq!(ProcedureKind::VARIANTS.len(), count_procedure(ProcedureKind::Open));
    assert_eq!(ReportingFrequency::VARIANTS.len(), count_reporting(ReportingFrequency::Monthly));
    assert_eq!(Invoicing::VARIANTS.len(), count_invoicing(Invoicing::PerInstrument));
}

#[test]
fn self_assessment_questions_have_texts_in_both_languages() {
    // Ids, levers and their order are the domain's (`domain::assessment` tests them).
    for q in Question::ALL {
        check_pair(question_text(q), q.id());
        assert!(question_text(q).nl.ends_with('?') && question_text(q).en.ends_with('?'), "{}", q.id());
    }
}

#[test]
fn the_reading_of_the_self_assessment_is_worded_in_both_languages() {
    use crate::domain::assessment::Mismatch;
    use rust_decimal::Decimal;
    for l in Lever::ALL {
        check_pair(lever_advice(l), "lever advice");
    }
    for t in [READING_TITLE, READING_CONSISTENT, READING_MISMATCHES] {
        check_pair(t, "reading");
    }
    assert_eq!(
        weakest_lever(Lever::RiskAllocation, Decimal::new(15, 1), crate::i18n::Lang::Nl),
        "Het zwakst scoort risicoverdeling: gemiddeld 1,5 van de 4, deels ruimte voor vernieuwing."
    );
    assert!(
        weakest_lever(Lever::Incentives, Decimal::ONE, crate::i18n::Lang::En).ends_with("little room for innovation.")
    );
    let all = [
        Mismatch::TechnicalRequirements { score: 4, technical: 2, total: 5 },
        Mismatch::InflowGuarantee { score: 3, in_dossier: false },
        Mismatch::InflowGuarantee { score: 0, in_dossier: true },
        Mismatch::SpreadRiskWithoutMeans { score: 3 },
        Mismatch::RewardWithoutMeans { score: 4 },
    ];
    for m in all {
        let (nl, en) = (mismatch(m, crate::i18n::Lang::Nl), mismatch(m, crate::i18n::Lang::En));
        assert!(nl != en && nl.ends_with('.') && en.ends_with('.'), "{m:?}");
        assert_eq!(mismatch_field(m).step(), crate::domain::steps::Step::Bestek);
    }
    assert!(mismatch(all[0], crate::i18n::Lang::Nl).contains("2 van de 5 functionele eisen"));
}

#[test]
fn scale_has_five_labelled_points() {
    assert_eq!(SCALE_LABELS.len(), usize::from(SCALE_MAX) + 1);
    for label in SCALE_LABELS {
        check_pair(label, "scale");
    }
    check_pair(SELF_ASSESSMENT_TITLE, "self-assessment title");
    check_pair(SELF_ASSESSMENT_INTRO, "self-assessment intro");
}

#[test]
fn short_contracts_get_the_warning() {
    check_pair(SHORT_CONTRACT_WARNING, "warning");
    assert_eq!(contract_duration_warning(Some(12)), Some(SHORT_CONTRACT_WARNING));
    assert_eq!(contract_duration_warning(Some(6)), Some(SHORT_CONTRACT_WARNING));
    assert_eq!(contract_duration_warning(Some(24)), None);
    assert_eq!(contract_duration_warning(None), None);
}

fn all_texts() -> Vec<Tr> {
    use crate::domain::steps::TelgenPhase;
    use sub::*;
    let mut v = Vec::new();
    for f in FieldId::ALL {
        v.extend([field_label(f), field_help(f)]);
    }
    fn add<T: Labeled>(v: &mut Vec<Tr>) {
        for x in T::VARIANTS {
            v.extend([x.label(), x.explanation()]);
        }
    }
    add::<BuyerRole>(&mut v);
    add::<Characteristic>(&mut v);
    add::<ResultLevel>(&mut v);
    add::<Financing>(&mut v);
    add::<ProcedureKind>(&mut v);
    add::<ReportingFrequency>(&mut v);
    add::<Invoicing>(&mut v);
    add::<RiskInstrument>(&mut v);
    add::<Lever>(&mut v);
    add::<TelgenPhase>(&mut v);
    v.extend(Question::ALL.map(question_text));
    v.extend(SCALE_LABELS);
    v.extend([SHORT_CONTRACT_WARNING, SELF_ASSESSMENT_TITLE, SELF_ASSESSMENT_INTRO]);
    v.extend([
        INFLOW_YES,
        INFLOW_NO,
        BONUS_MALUS_ENABLED,
        AGREED_RATE,
        BONUS_SHARE,
        MALUS_SHARE,
        INCENTIVE_INNOVATION_CRITERION,
        INCENTIVE_INTEGRAL_PRICE,
        INCENTIVE_COOPERATION,
        GO_NO_GO_ENABLED,
        FIGURES_STARTED,
        FIGURES_RESULTS,
        FIGURES_COST,
    ]);
    v.extend(crate::i18n::guidance::tests::all_texts());
    v
}

#[test]
fn all_texts_are_translated_and_tidy() {
    for t in all_texts() {
        if t.nl == "Monitoring" || t.nl == "Start" {
            continue;
        }
        check_pair(t, "text");
    }
}

/// House style: "re-integratie" with a hyphen (current spelling), "re-integration" in English.
/// (`tests/spelling.rs` holds this and the other style rules over every file with user-facing
/// text; this test checks the texts of `labels` and `guidance` as the app builds them.)
#[test]
fn re_integratie_is_spelled_consistently() {
    for t in all_texts() {
        for s in [t.nl, t.en] {
            let lower = s.to_lowercase();
            for wrong in ["reïntegr", "reintegr", "re-ïntegr", "re integr"] {
                assert!(!lower.contains(wrong), "spelling {wrong:?} in {s:?}");
            }
        }
    }
}

/// A line continuation without a space before the backslash glues two words together;
/// catch the common results of that slip.
#[test]
fn no_words_glued_at_line_breaks() {
    for t in all_texts() {
        for s in [t.nl, t.en] {
            for (i, w) in s.split_whitespace().enumerate() {
                let core = w.trim_matches(|c: char| !c.is_alphanumeric());
                assert!(core.chars().count() <= 32, "word {i} too long, glued? {w:?} in {s:?}");
                // a lowercase letter followed directly by a capital inside a word
                let chars: Vec<char> = core.chars().collect();
                for pair in chars.windows(2) {
                    if pair[0].is_lowercase() && pair[1].is_uppercase() {
                        panic!("glued words? {w:?} in {s:?}");
                    }
                }
            }
        }
    }
}

/// A help text that names a case, the plan's Katwijk or the guide says where that comes from,
/// and every reference points into its source.
#[test]
fn a_help_text_that_names_a_case_cites_its_source() {
    for f in FieldId::ALL {
        let help = field_help(f).nl;
        let sources = field_sources(f);
        assert!(sources.iter().all(|r| r.is_known()), "{f:?}: {sources:?}");
        let names = ["Apeldoorn", "Amsterdam", "Emmen", "Roermond", "Holland Rijnland", "Katwijk", "handreiking"];
        if names.iter().any(|n| help.contains(n)) {
            assert!(sources.iter().any(|r| r.is_source()), "{f:?} names a case but cites no source: {help:?}");
        }
    }
}
