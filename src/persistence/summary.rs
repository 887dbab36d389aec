//! What the dossier list shows of each dossier, without keeping the dossiers in memory.

use crate::domain::completeness::{is_started, step_status, StepStatus};
use crate::domain::dossier::*;
use crate::domain::steps::Step;

/// One row of the dossier list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DossierSummary {
    pub id: String,
    pub name: String,
    /// ISO 8601 UTC.
    pub created_at: String,
    pub updated_at: String,
    /// Steps complete, of nine.
    pub steps_complete: usize,
    /// Steps with anything entered, of nine.
    pub steps_started: usize,
    pub revision: u64,
    /// Set when the dossier was written by a newer app version (read-only here).
    pub newer_schema: Option<u32>,
    /// The dossier was imported or made from a demo case (informational).
    pub demo_of: Option<String>,
}

impl DossierSummary {
    pub fn of(d: &Dossier, revision: u64) -> DossierSummary {
        DossierSummary {
            id: d.id.clone(),
            // A dossier made without a name is listed by its purchase's title; empty when it
            // has neither (the list shows its own word for that).
            name: d.display_name().unwrap_or_default().to_string(),
            created_at: d.created_at.clone(),
            updated_at: d.updated_at.clone(),
            steps_complete: steps_complete(d),
            steps_started: steps_started(d),
            revision,
            newer_schema: None,
            demo_of: d.demo_of.clone(),
        }
    }

    /// Whether the dossier holds anything worth a backup.
    pub fn has_content(&self) -> bool {
        self.steps_started > 0 || !self.name.trim().is_empty()
    }
}

/// The number of steps with anything entered (`domain::completeness::is_started`).
pub fn steps_started(d: &Dossier) -> usize {
    Step::ALL.into_iter().filter(|s| is_started(d, *s)).count()
}

/// How far along a dossier is: the number of the nine steps that are complete by the
/// wizard's completeness rules (`domain::completeness`).
pub fn steps_complete(d: &Dossier) -> usize {
    Step::ALL.into_iter().filter(|s| step_status(d, *s) == StepStatus::Complete).count()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn counts_complete_and_started_steps() {
        let mut d = Dossier::default();
        assert_eq!((steps_complete(&d), steps_started(&d)), (0, 0));
        d.exploration.title = "x".into();
        d.evaluation.what_worked = "y".into();
        assert_eq!(steps_started(&d), 2);
        assert!(DossierSummary::of(&d, 1).has_content());
        let large = crate::bench::fixtures::large_dossier();
        assert_eq!(steps_started(&large), 9);
        assert!(steps_complete(&large) <= 9);
    }

    #[test]
    fn a_dossier_without_a_name_is_listed_by_its_title() {
        let mut d = Dossier {
            exploration: Exploration { title: " Taaltrajecten 2027 ".into(), ..Exploration::default() },
            ..Dossier::default()
        };
        assert_eq!(DossierSummary::of(&d, 1).name, "Taaltrajecten 2027");
        d.name = "Eigen naam".into();
        assert_eq!(DossierSummary::of(&d, 1).name, "Eigen naam");
        d.name = "  ".into();
        d.exploration.title = String::new();
        assert_eq!(DossierSummary::of(&d, 1).name, "", "the list shows its own word for untitled");
    }
}
