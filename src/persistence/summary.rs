//! What the dossier list shows of each dossier, without keeping the dossiers in memory.

use crate::domain::dossier::*;
use crate::domain::scoring::model::AwardSetup;
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
            name: d.name.clone(),
            created_at: d.created_at.clone(),
            updated_at: d.updated_at.clone(),
            steps_complete: steps_complete(d),
            revision,
            newer_schema: None,
            demo_of: d.demo_of.clone(),
        }
    }

    /// Whether the dossier holds anything worth a backup.
    pub fn has_content(&self) -> bool {
        self.steps_complete > 0 || !self.name.trim().is_empty()
    }
}

/// How far along a dossier is: the number of the nine steps that are complete.
///
/// Until the wizard's completeness rules exist, a step counts when it holds any content
/// (see [`step_has_content`]). Re-point this one function to the completeness rules; the
/// list and the backup reminder only call this.
pub fn steps_complete(d: &Dossier) -> usize {
    Step::ALL.into_iter().filter(|s| step_has_content(d, *s)).count()
}

/// Whether anything was entered for this step.
pub fn step_has_content(d: &Dossier, step: Step) -> bool {
    let award = &d.award;
    let award_default = AwardSetup::default();
    match step {
        Step::Verkenning => d.exploration != Exploration::default(),
        Step::Doelgroep => {
            d.target_group != TargetGroup::default()
                || d.exploration.participants.iter().any(|p| p.target_group_size.is_some())
        }
        Step::Bestek => {
            d.specification != Specification::default()
                || !award.criteria.is_empty()
                || !award.knockouts.is_empty()
                || award.formula != award_default.formula
        }
        Step::Uitvoeringsproces => d.execution != Execution::default(),
        Step::Offerteprocedure => {
            d.procedure != Procedure::default() || !award.bids.is_empty() || !award.evaluators.is_empty()
        }
        Step::StartUitvoering => d.start != Start::default(),
        Step::Monitoring => d.monitoring != Monitoring::default(),
        Step::Verantwoording => d.accountability != Accountability::default(),
        Step::Evaluatie => d.evaluation != Evaluation::default(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn counts_steps_with_content() {
        let mut d = Dossier::default();
        assert_eq!(steps_complete(&d), 0);
        d.exploration.title = "x".into();
        d.evaluation.what_worked = "y".into();
        assert_eq!(steps_complete(&d), 2);
        assert_eq!(steps_complete(&crate::persistence::bench::large_dossier()), 9);
    }
}
