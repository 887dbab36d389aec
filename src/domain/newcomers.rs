//! Does the purchase shut out newcomers? The guide: innovation often comes from newcomers to
//! the market, and the government has a responsibility to give them a chance (ch. 4); the
//! municipalities were still looking for ways not to exclude young firms that cannot point to
//! much experience or striking results (§3.1). A purchase that selects on past results, or
//! weighs the firm's own track record heavily in the award, works against them.
//!
//! A criterion counts when its text names past results or a track record, or the experience of
//! the firm; the experience of the staff does not count, as that is the guide's own remedy
//! (Amsterdam asked for it so that small and young providers stand a chance, §3.4). "Heavily"
//! is Inkoopwijzer's line, not the guide's: such award criteria weighing together
//! [`HEAVY_AWARD_WEIGHT`] or more, or any selection criterion of the kind. The matching is by
//! words, in Dutch and English, and errs towards warning: the warning only asks to look again.

use crate::domain::dossier::Dossier;
use rust_decimal::Decimal;

/// From this total weight (in %) of award criteria on past results or the firm's experience,
/// the award weighs them heavily.
pub const HEAVY_AWARD_WEIGHT: Decimal = Decimal::from_parts(20, 0, 0, false, 0);

/// Criteria that look back at what a provider did before.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PastRecord {
    /// Names of the award criteria on past results or the firm's experience.
    pub award_criteria: Vec<String>,
    /// Their weights added up (criteria without a weight count as 0).
    pub award_weight: Decimal,
    /// Texts of the selection criteria on past results or experience.
    pub selection_criteria: Vec<String>,
}

impl PastRecord {
    /// Whether selection or award leans on the past so much that newcomers are likely to lose.
    pub fn weighs_heavily(&self) -> bool {
        self.award_weight >= HEAVY_AWARD_WEIGHT || !self.selection_criteria.is_empty()
    }
}

/// What in the dossier's selection and award criteria looks back at a provider's past.
pub fn past_record(d: &Dossier) -> PastRecord {
    let mut r = PastRecord::default();
    for c in &d.award.criteria {
        if looks_back(&c.name) {
            r.award_criteria.push(c.name.trim().to_string());
            r.award_weight = r.award_weight.saturating_add(c.weight.map(|w| w.0).unwrap_or_default());
        }
    }
    r.selection_criteria = d
        .specification
        .selection_criteria
        .iter()
        .filter(|s| looks_back(&s.text))
        .map(|s| s.text.trim().to_string())
        .collect();
    r
}

/// Past results or a track record, in Dutch or English.
const PAST: [&str; 14] = [
    "behaalde resultaten",
    "eerder behaalde",
    "eerdere resultaten",
    "resultaten uit het verleden",
    "in het verleden",
    "staat van dienst",
    "referentie",
    "trackrecord",
    "track record",
    "past results",
    "previous results",
    "past performance",
    "references",
    "reference projects",
];

/// Experience, which counts unless it is the staff's.
const EXPERIENCE: [&str; 2] = ["ervaring", "experience"];
const STAFF: [&str; 8] =
    ["medewerker", "personeel", "projectleider", "begeleider", "staff", "employee", "project leader", "coach"];

fn looks_back(text: &str) -> bool {
    let t = text.to_lowercase();
    PAST.iter().any(|p| t.contains(p))
        || (EXPERIENCE.iter().any(|e| t.contains(e)) && !STAFF.iter().any(|s| t.contains(s)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::demo::demo_case;
    use crate::domain::dossier::Requirement;
    use crate::domain::money::Percent;
    use crate::domain::scoring::model::{Criterion, CriterionKind};

    fn criterion(name: &str, weight: Option<i64>) -> Criterion {
        Criterion {
            id: name.into(),
            name: name.into(),
            kind: CriterionKind::Quality,
            weight: weight.map(|w| Percent(Decimal::from(w))),
            value_per_point: None,
        }
    }

    #[test]
    fn past_results_and_the_firms_experience_count_the_staffs_does_not() {
        for yes in [
            "Behaalde resultaten en vakbekwaamheid van het personeel",
            "Aantoonbare ervaring met de doelgroep",
            "Staat van dienst",
            "Past results",
            "Experience with the target group",
        ] {
            assert!(looks_back(yes), "{yes}");
        }
        for no in [
            "Ervaring van de medewerkers (niet alleen van de organisatie)",
            "Verwachte resultaten (plaatsingspercentage)",
            "Visie en vernieuwende aanpak",
            "Prijs",
            "Experience of the staff",
        ] {
            assert!(!looks_back(no), "{no}");
        }
    }

    #[test]
    fn heavy_from_twenty_percent_or_any_selection_criterion() {
        let mut d = Dossier::default();
        d.award.criteria = vec![criterion("Eerdere resultaten", Some(15)), criterion("Aanpak", Some(85))];
        let r = past_record(&d);
        assert_eq!((r.award_weight, r.weighs_heavily()), (Decimal::from(15), false));
        d.award.criteria.push(criterion("Ervaring met de doelgroep", Some(5)));
        d.award.criteria.push(criterion("Referenties", None));
        let r = past_record(&d);
        assert_eq!(r.award_weight, Decimal::from(20));
        assert_eq!(r.award_criteria.len(), 3);
        assert!(r.weighs_heavily(), "20 % is heavy");
        let mut d = Dossier::default();
        d.specification.selection_criteria =
            vec![Requirement { id: "s1".into(), text: "In het verleden behaalde resultaten".into() }];
        assert!(past_record(&d).weighs_heavily());
        assert!(!past_record(&Dossier::default()).weighs_heavily());
    }

    #[test]
    fn the_demos_that_look_back_are_warned() {
        let get = |k: &str| past_record(&demo_case(k).expect("case").dossier());
        // Apeldoorn: 25 % on past results and staff, and selection on past results (guide p. 30-31).
        let a = get("apeldoorn");
        assert!(a.weighs_heavily() && a.award_weight == Decimal::from(25) && a.selection_criteria.len() == 1);
        // Emmen: proven experience with the target group, 25 % (illustrative weight).
        assert!(get("emmen").weighs_heavily());
        // Amsterdam asks for the staff's experience: the remedy, not the problem.
        assert!(!get("amsterdam").weighs_heavily());
        assert!(!get("roermond").weighs_heavily());
    }
}
