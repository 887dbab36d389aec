//! Texts of the demo cases on the start page (`features::demos`). The cases' own names and
//! descriptions are domain data (`domain::demo`), each a [`Tr`] pair.

use super::Tr;

pub const TITLE: Tr = Tr::new("Voorbeeldcasussen", "Demo cases");
pub const INTRO: Tr = Tr::new(
    "Vier inkopen uit de handreiking en het inkoopplan van Holland Rijnland, ingevuld met hun \
     feiten, en een rekenoefening voor een workshop. U opent steeds een kopie: uw eigen \
     dossiers blijven onaangeroerd, en een kopie kunt u altijd terugzetten naar het origineel.",
    "Four purchases from the guide and the Holland Rijnland purchasing plan, filled in with \
     their facts, and a worked exercise for a workshop. You always open a copy: your own \
     dossiers stay untouched, and a copy can always be put back to the original.",
);
/// The button of a case (its accessible name adds the case's name: "Open als kopie: …").
pub const OPEN: Tr = Tr::new("Open als kopie", "Open as a copy");

/// Only shown in English: the cases are Dutch purchases and their content stays Dutch. (So it
/// has no Dutch twin, and is not a [`Tr`].)
pub const CONTENT_IN_DUTCH: &str = "These are Dutch purchases: what the dossiers hold (requirements, \
     criteria, notes) is in Dutch, as the municipalities wrote it. The app around it speaks English.";
