//! Demo requirements whose list in step 3 and the analyser's reading differ on purpose, and
//! why. The screen shows the reason next to the requirement instead of the general note, as
//! long as the text is the demo's own (an edited sentence gets the general note again).
//!
//! A requirement is recognised by its id and its exact text, both copied from the demo
//! dossiers (the test below checks they still match), so that step 3 does not need to build
//! the demo dossiers to find out.

use crate::domain::dossier::Requirement;

/// Why a demo requirement sits in a list that its verdict does not match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListNote {
    /// Amsterdam: the guide calls the request functional and lists diagnosis and guidance in
    /// it (the broker chooses the means); read on its own, the sentence names a means.
    GuideCallsItFunctional,
    /// Roermond: the split is Inkoopwijzer's own; the sentence names a direction and a way of
    /// working, and the provider decides how.
    OwnSplitDirectionAndWay,
    /// Roermond: a prescribed means and the integral trajectory price in one sentence.
    MeansWithIntegralPrice,
}

const LIST_NOTES: [(&str, &str, ListNote); 4] = [
    (
        "amsterdam-f1",
        "Diagnose van de situatie van de klant en een re-integratieplan.",
        ListNote::GuideCallsItFunctional,
    ),
    (
        "amsterdam-f2",
        "Begeleiding tijdens het traject, intensief of minder intensief naar behoefte.",
        ListNote::GuideCallsItFunctional,
    ),
    (
        "roermond-f3",
        "De doelen van de klant worden verbonden met de kansen op werk en activering in de wijk.",
        ListNote::OwnSplitDirectionAndWay,
    ),
    (
        "roermond-t4",
        "Producten inzetten die de gemeente elders al inkocht (productenhandboek Bijstandszaken); extra \
         inkoop of eigen uitvoering valt binnen de integrale trajectprijs.",
        ListNote::MeansWithIntegralPrice,
    ),
];

/// The reason a demo requirement sits where it does, if it is one of those listed and its
/// text is still the demo's own.
pub fn list_note(r: &Requirement) -> Option<ListNote> {
    list_note_of(&r.id, &r.text)
}

/// [`list_note`] for a requirement's id and text.
pub fn list_note_of(id: &str, text: &str) -> Option<ListNote> {
    LIST_NOTES.iter().find(|(i, t, _)| *i == id && *t == text.trim()).map(|(_, _, note)| *note)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::demo::demo_cases;
    use crate::domain::spec::{assess, Verdict};

    /// Every demo requirement that its verdict places in the other list has a reason on
    /// screen, every reason belongs to a demo requirement as it is, and every reason is shown
    /// (its requirement is still read against its list).
    #[test]
    fn every_demo_requirement_read_against_its_list_says_why() {
        let mut used = 0;
        for case in demo_cases() {
            let d = case.dossier();
            let lists = [(true, &d.specification.functional), (false, &d.specification.technical)];
            for (functional_list, reqs) in lists {
                for r in reqs.iter() {
                    let a = assess(&r.text);
                    let v = a.verdict();
                    let against = !a.is_inconclusive()
                        && if functional_list { v != Verdict::Functional } else { v != Verdict::Technical };
                    let note = list_note(r);
                    used += usize::from(note.is_some());
                    // A reason the screen would not show is a verdict that changed: the
                    // analyser now reads the sentence as its list does (see the ledger's note
                    // on round 22, which read a means as functional).
                    assert!(
                        note.is_none() || against,
                        "{}: a reason for a requirement that is not read against its list ({:?}): {}",
                        case.key,
                        v,
                        r.text
                    );
                    assert!(
                        !against || note.is_some(),
                        "{}: {:?} in the {} list without a reason: {}",
                        case.key,
                        v,
                        if functional_list { "functional" } else { "technical" },
                        r.text
                    );
                }
            }
        }
        assert_eq!(used, LIST_NOTES.len(), "a reason whose demo text changed");
    }

    /// The note on a means beside an integral price says the helper reads the sentence as
    /// mixed; a verdict against the list of another kind (functional) would contradict it (the
    /// model retrained in round 26 did that, see the ledger).
    #[test]
    fn a_means_with_an_integral_price_is_read_as_mixed() {
        for (_, text, note) in LIST_NOTES {
            if note == ListNote::MeansWithIntegralPrice {
                assert_eq!(assess(text).verdict(), Verdict::Mixed, "{text}");
            }
        }
    }

    #[test]
    fn an_edited_demo_sentence_loses_its_reason() {
        let r = Requirement { id: "amsterdam-f1".into(), text: "Diagnose van de situatie van de klant.".into() };
        assert_eq!(list_note(&r), None);
        let r = Requirement { id: "amsterdam-f1".into(), text: LIST_NOTES[0].1.into() };
        assert_eq!(list_note(&r), Some(ListNote::GuideCallsItFunctional));
    }
}
