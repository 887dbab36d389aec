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
    /// The list row of a dossier, with its steps counted (the completeness rules).
    pub fn of(d: &Dossier, revision: u64) -> DossierSummary {
        DossierSummary {
            steps_complete: steps_complete(d),
            steps_started: steps_started(d),
            ..Self::uncounted(d, revision)
        }
    }

    /// The list row without the step counts (both 0): what a split build's main module can
    /// make before the completeness rules' code has arrived (`Dossiers::summary_of_now`).
    pub fn uncounted(d: &Dossier, revision: u64) -> DossierSummary {
        DossierSummary {
            id: d.id.clone(),
            // A dossier made without a name is listed by its purchase's title; empty when it
            // has neither (the list shows its own word for that).
            name: d.display_name().unwrap_or_default().to_string(),
            created_at: d.created_at.clone(),
            updated_at: d.updated_at.clone(),
            steps_complete: 0,
            steps_started: 0,
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

/// The list row of a stored envelope, read from its `summary` alone (what
/// `envelope::write_envelope` writes beside the dossier), without reading the dossier: the
/// start page lists the dossiers with this, and the full reading with its checks and any
/// quarantine (`Store::startup`) follows right after the first render. `None` when the text
/// has no usable summary: not JSON, not a dossier envelope, a schema other than this
/// version's, or written before summaries; such a dossier is listed once the full reading
/// has read it.
pub fn listed(id: &str, raw: &str) -> Option<DossierSummary> {
    #[derive(serde::Deserialize)]
    struct Head {
        format: String,
        schema: u64,
        #[serde(default)]
        revision: Option<u64>,
        summary: Option<Listed>,
    }
    #[derive(serde::Deserialize)]
    struct Listed {
        name: String,
        created_at: String,
        updated_at: String,
        steps_complete: usize,
        steps_started: usize,
        #[serde(default)]
        demo_of: Option<String>,
    }
    let head: Head = serde_json::from_str(raw).ok()?;
    if head.format != super::envelope::DOSSIER_FORMAT || head.schema != u64::from(super::envelope::CURRENT_SCHEMA) {
        return None;
    }
    let l = head.summary?;
    let steps = Step::ALL.len();
    (l.steps_complete <= steps && l.steps_started <= steps).then(|| DossierSummary {
        id: id.to_string(),
        name: l.name,
        created_at: l.created_at,
        updated_at: l.updated_at,
        steps_complete: l.steps_complete,
        steps_started: l.steps_started,
        revision: head.revision.unwrap_or(0),
        newer_schema: None,
        demo_of: l.demo_of,
    })
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
    fn the_uncounted_row_is_the_counted_one_without_its_counts() {
        let large = crate::bench::fixtures::large_dossier();
        let counted = DossierSummary::of(&large, 7);
        let uncounted = DossierSummary::uncounted(&large, 7);
        assert_eq!((uncounted.steps_complete, uncounted.steps_started), (0, 0));
        assert_eq!(counted.steps_started, 9);
        assert_eq!(DossierSummary { steps_complete: 0, steps_started: 0, ..counted }, uncounted);
    }

    #[test]
    fn the_summary_in_the_envelope_lists_as_the_full_reading_does() {
        use crate::persistence::envelope::{read_envelope, write_envelope, Stamp};
        use crate::persistence::store::summary_of;
        let mut dossiers = vec![crate::bench::fixtures::large_dossier(), Dossier::default()];
        let mut titled = Dossier::default();
        titled.exploration.title = "Taal \u{20ac} 2027".into();
        titled.demo_of = Some("amsterdam".into());
        dossiers.push(titled);
        for d in dossiers {
            let raw = write_envelope(&d, &Stamp::new(7, "2026-01-01T00:00:00.000Z", "t1")).unwrap();
            let full = summary_of("x1", &read_envelope(&raw).unwrap());
            assert_eq!(listed("x1", &raw), Some(full));
        }
    }

    #[test]
    fn text_without_a_usable_summary_is_left_to_the_full_reading() {
        use crate::persistence::envelope::{write_envelope, Stamp};
        let raw = write_envelope(&Dossier::default(), &Stamp::new(3, "t", "w")).unwrap();
        let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
        let mut without = v.clone();
        without.as_object_mut().unwrap().remove("summary");
        let mut newer = v.clone();
        newer["schema"] = 2.into();
        let mut too_many = v.clone();
        too_many["summary"]["steps_complete"] = 10.into();
        let mut other = v.clone();
        other["format"] = "inkoopwijzer-backup".into();
        for text in [without, newer, too_many, other].map(|v| v.to_string()) {
            assert_eq!(listed("x", &text), None, "{text}");
        }
        assert_eq!(listed("x", "{not json"), None);
        assert_eq!(listed("x", &raw[..raw.len() - 1]), None, "cut off");
        assert_eq!(listed("x", &raw).map(|s| s.revision), Some(3));
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
