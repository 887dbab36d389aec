//! The nine purchasing steps of the Holland Rijnland plan, each tied to one of
//! Telgen's seven purchasing phases (guide §2.2).

use serde::{Deserialize, Serialize};

/// Telgen's seven phases of a purchase. Tendering (aanbesteden) is
/// Specificeren + Selecteren + Contracteren.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TelgenPhase {
    Inventariseren,
    Specificeren,
    Selecteren,
    Contracteren,
    Bestellen,
    Bewaken,
    Nazorg,
}

impl TelgenPhase {
    pub const ALL: [TelgenPhase; 7] = [
        TelgenPhase::Inventariseren,
        TelgenPhase::Specificeren,
        TelgenPhase::Selecteren,
        TelgenPhase::Contracteren,
        TelgenPhase::Bestellen,
        TelgenPhase::Bewaken,
        TelgenPhase::Nazorg,
    ];

    /// Whether this phase belongs to tendering (aanbesteden).
    pub fn is_tendering(self) -> bool {
        matches!(self, TelgenPhase::Specificeren | TelgenPhase::Selecteren | TelgenPhase::Contracteren)
    }
}

/// One of the nine steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Step {
    Verkenning,
    Doelgroep,
    Bestek,
    Uitvoeringsproces,
    Offerteprocedure,
    StartUitvoering,
    Monitoring,
    Verantwoording,
    Evaluatie,
}

impl Step {
    pub const ALL: [Step; 9] = [
        Step::Verkenning,
        Step::Doelgroep,
        Step::Bestek,
        Step::Uitvoeringsproces,
        Step::Offerteprocedure,
        Step::StartUitvoering,
        Step::Monitoring,
        Step::Verantwoording,
        Step::Evaluatie,
    ];

    /// 1-based number as shown to users.
    pub fn number(self) -> usize {
        self.index() + 1
    }

    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The URL segment, stable across versions: `/stap/3-bestek`.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Verkenning => "1-verkenning",
            Step::Doelgroep => "2-doelgroep",
            Step::Bestek => "3-bestek",
            Step::Uitvoeringsproces => "4-uitvoeringsproces",
            Step::Offerteprocedure => "5-offerteprocedure",
            Step::StartUitvoering => "6-start-uitvoering",
            Step::Monitoring => "7-monitoring",
            Step::Verantwoording => "8-verantwoording",
            Step::Evaluatie => "9-evaluatie",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The Telgen phases this step belongs to (one or two).
    pub fn phases(self) -> &'static [TelgenPhase] {
        use TelgenPhase::*;
        match self {
            Step::Verkenning | Step::Doelgroep => &[Inventariseren],
            Step::Bestek => &[Specificeren],
            Step::Uitvoeringsproces => &[Specificeren, Contracteren],
            Step::Offerteprocedure => &[Selecteren, Contracteren],
            Step::StartUitvoering => &[Bestellen],
            Step::Monitoring => &[Bewaken],
            Step::Verantwoording => &[Bewaken, Nazorg],
            Step::Evaluatie => &[Nazorg],
        }
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    pub fn previous(self) -> Option<Step> {
        self.index().checked_sub(1).and_then(|i| Step::ALL.get(i).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nine_steps_with_unique_slugs_that_round_trip() {
        assert_eq!(Step::ALL.len(), 9);
        for s in Step::ALL {
            assert_eq!(Step::from_slug(s.slug()), Some(s));
            assert!(s.slug().starts_with(&s.number().to_string()));
        }
        assert_eq!(Step::from_slug("10-nope"), None);
    }

    #[test]
    fn every_telgen_phase_is_covered() {
        let mut seen = Vec::new();
        for s in Step::ALL {
            for p in s.phases() {
                if !seen.contains(p) {
                    seen.push(*p);
                }
            }
        }
        // Step 4 (execution process) already touches contracting before step 5 selects,
        // so coverage, not order, is the invariant.
        assert_eq!(seen.len(), TelgenPhase::ALL.len());
        assert_eq!(Step::Verkenning.phases(), &[TelgenPhase::Inventariseren]);
        assert_eq!(Step::Evaluatie.phases(), &[TelgenPhase::Nazorg]);
    }

    #[test]
    fn next_and_previous() {
        assert_eq!(Step::Verkenning.previous(), None);
        assert_eq!(Step::Verkenning.next(), Some(Step::Doelgroep));
        assert_eq!(Step::Evaluatie.next(), None);
        assert_eq!(Step::Evaluatie.previous(), Some(Step::Verantwoording));
        assert!(Step::Bestek.phases()[0].is_tendering());
        assert!(!Step::Monitoring.phases()[0].is_tendering());
    }
}
