//! The open points of step 3, Bestek. What the rules ask and why: the header of `domain::completeness`.

use super::{above_100, filled, requirement_list, BonusMalusPart, Out, Problem};
use crate::domain::dossier::{Dossier, Financing};
use crate::domain::fields::FieldId;
use crate::domain::money::{Money, Percent};
use crate::domain::scoring::model::{CriterionKind, KnockoutRule, PriceFormula};
use crate::domain::scoring::weight_total;
use rust_decimal::Decimal;

/// Step 3, Bestek: requirements, risk allocation, incentives, selection and award criteria.
pub(super) fn step3(d: &Dossier, out: &mut Out) {
    let s = &d.specification;
    requirement_list(out, FieldId::FunctionalRequirements, &s.functional, true);
    requirement_list(out, FieldId::TechnicalRequirements, &s.technical, false);
    match s.inflow_guarantee {
        None => out.push(FieldId::InflowGuarantee, Problem::Missing),
        Some(true) => match s.inflow_clients {
            None => out.push(FieldId::InflowClients, Problem::Missing),
            Some(0) => out.push(FieldId::InflowClients, Problem::MustBePositive),
            Some(_) => {}
        },
        Some(false) => {}
    }
    match s.financing {
        None => out.push(FieldId::Financing, Problem::Missing),
        Some(Financing::NoCureLessPay) => match s.failure_pay_share {
            None => out.push(FieldId::FailurePayShare, Problem::Missing),
            Some(p) if above_100(p) => out.push(FieldId::FailurePayShare, Problem::PercentAbove100 { value: p }),
            Some(_) => {}
        },
        Some(_) => {}
    }
    match s.contract_months {
        None => out.push(FieldId::ContractMonths, Problem::Missing),
        Some(0) => out.push(FieldId::ContractMonths, Problem::MustBePositive),
        Some(_) => {}
    }
    let bm = &s.bonus_malus;
    if bm.enabled {
        let parts = [
            (BonusMalusPart::AgreedRate, bm.agreed_rate, true),
            (BonusMalusPart::BonusShare, bm.bonus_share, false),
            (BonusMalusPart::MalusShare, bm.malus_share, true),
        ];
        for (part, value, max_100) in parts {
            match value {
                None => out.push(FieldId::BonusMalus, Problem::BonusMalusMissing { part }),
                Some(p) if max_100 && above_100(p) => {
                    out.push(FieldId::BonusMalus, Problem::PercentAbove100 { value: p })
                }
                Some(_) => {}
            }
        }
    }
    if s.innovation_criterion && !d.award.criteria.iter().any(|c| is_about_innovation(&c.name)) {
        out.push(FieldId::Incentives, Problem::NoInnovationCriterion);
    }
    requirement_list(out, FieldId::SelectionCriteria, &s.selection_criteria, false);
    award_criteria(d, out);
}

/// Whether an award criterion's name says it is about innovation, in Dutch or English,
/// case-insensitively: a word containing `innov` (innovatie, innovatief, procesinnovatie,
/// innovation) or `vernieuw` (vernieuwing, vernieuwende, procesvernieuwing), or a word
/// starting with `creati` (creativiteit, creatief, creatieve, creativity; not recreatie).
/// The guide rewards innovation through the approach, so 'Vernieuwende aanpak' or 'Methodiek:
/// effectiviteit, maatwerk en creativiteit' count; 'Aanpak' alone does not, because an
/// approach need not be new.
pub fn is_about_innovation(name: &str) -> bool {
    name.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.contains("innov") || w.contains("vernieuw") || w.starts_with("creati"))
}

fn award_criteria(d: &Dossier, out: &mut Out) {
    let a = &d.award;
    if a.criteria.is_empty() {
        out.push(FieldId::AwardCriteria, Problem::Missing);
        // The published bounds are asked from the start (a new dossier's formula is fixed
        // bounds, issue 17), not only once criteria exist.
        if let PriceFormula::FixedBounds { low, high } = &a.formula {
            fixed_bounds(*low, *high, out);
        }
        return;
    }
    let unnamed = a.criteria.iter().filter(|c| !filled(&c.name)).count();
    if unnamed > 0 {
        out.push(FieldId::AwardCriteria, Problem::UnnamedEntries { count: unnamed });
    }
    let without_weight = a.criteria.iter().filter(|c| c.weight.is_none()).count();
    if without_weight > 0 {
        out.push(FieldId::AwardCriteria, Problem::WeightsMissing { count: without_weight });
    } else {
        // Every criterion has a weight here; a sum too large to hold saturates (far from 100).
        let total = weight_total(&a.criteria).total;
        if total != Decimal::ONE_HUNDRED {
            out.push(FieldId::AwardCriteria, Problem::WeightsNot100 { total: Percent(total) });
        }
    }
    let knockouts = a
        .knockouts
        .iter()
        .filter(|k| {
            !filled(&k.description)
                && !matches!(
                    k.rule,
                    KnockoutRule::MinPlacementRate { min: Some(_) } | KnockoutRule::MaxLeadTimeWeeks { max: Some(_) }
                )
        })
        .count();
    if knockouts > 0 {
        out.push(FieldId::AwardCriteria, Problem::KnockoutsIncomplete { count: knockouts });
    }
    // The price criterion (issue 17): a weighted formula scores exactly one criterion of kind
    // price. Quality-to-price works without one (the price itself is the basis).
    if a.formula.kind().is_weighted() {
        if let Some(c) = a.price_named_quality() {
            let name = a.criteria[c].name.trim().to_string();
            out.push(FieldId::AwardCriteria, Problem::PriceCriterionIsQuality { name });
        } else if !a.has_price_criterion() {
            out.push(FieldId::AwardCriteria, Problem::NoPriceCriterion);
        }
    }
    match &a.formula {
        PriceFormula::FixedBounds { low, high } => fixed_bounds(*low, *high, out),
        PriceFormula::QualityToPrice => {
            let count =
                a.criteria.iter().filter(|c| c.kind == CriterionKind::Quality && c.value_per_point.is_none()).count();
            if count > 0 {
                out.push(FieldId::AwardCriteria, Problem::ValuePerPointMissing { count });
            }
        }
        _ => {}
    }
}

/// The fixed-bounds formula needs both bounds, the lower below the upper.
fn fixed_bounds(low: Option<Money>, high: Option<Money>, out: &mut Out) {
    match (low, high) {
        (Some(lo), Some(hi)) if lo >= hi => out.push(FieldId::PriceFormula, Problem::PriceBoundsInvalid),
        (Some(_), Some(_)) => {}
        _ => out.push(FieldId::PriceFormula, Problem::Missing),
    }
}
