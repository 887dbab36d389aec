//! Where a text, a fact or an example comes from, so that a trainer can open the source at the
//! right page and a learner can tell the 2002 guide from today's rules.
//!
//! Three kinds of origin:
//! - the guide *Inkoop en innovatie* (Steunpunt Suwi Gemeenten / SZW, December 2002): a section,
//!   chapter or appendix with the pages printed in the guide's own page footers (its table of
//!   contents puts appendix 2 on p. 35, but its pages are 33-35);
//! - the project plan of the joint tender in Holland Rijnland (2005-2006): a section number (the
//!   plan has no page numbers);
//! - neither: Inkoopwijzer's own addition, such as the rules in force today (thresholds, the
//!   light regime), later practice (price formulas, rank reversal) or its own working-out.
//!
//! Data only: the words are in `crate::i18n::source`, and one component shows a list of them
//! (`crate::components::source`). [`GUIDE_PARTS`] holds the page span of every part of the guide,
//! so that a test can hold every reference the app makes against it.

/// A part of the guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GuidePart {
    /// A numbered section such as `"3.3"`.
    Section(&'static str),
    /// A whole chapter without sections (1 Inleiding, 4 Conclusies en aandachtspunten).
    Chapter(u8),
    /// A case appendix: 1 Apeldoorn, 2 Amsterdam, 3 Emmen, 4 Roermond.
    Appendix(u8),
}

/// What kind of addition of Inkoopwijzer's own a text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Addition {
    /// The rules in force today: Aanbestedingswet 2012, Directive 2014/24/EU, the thresholds,
    /// the Participatiewet.
    CurrentLaw,
    /// Later tendering practice and literature: price formulas, rank reversal.
    LaterPractice,
    /// Inkoopwijzer's own working-out of what the sources leave open (a formula, an example).
    OwnWorking,
}

/// Where something comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceRef {
    /// The guide, a part of it and the pages (`first..=last`).
    Guide { part: GuidePart, first: u8, last: u8 },
    /// The Holland Rijnland project plan, a section such as `"2.3"`.
    Plan(&'static str),
    /// Not from either source.
    Own(Addition),
}

impl SourceRef {
    /// A section of the guide, pages `first..=last`.
    pub const fn guide(section: &'static str, first: u8, last: u8) -> SourceRef {
        SourceRef::Guide { part: GuidePart::Section(section), first, last }
    }

    /// A chapter of the guide without sections, pages `first..=last`.
    pub const fn guide_chapter(chapter: u8, first: u8, last: u8) -> SourceRef {
        SourceRef::Guide { part: GuidePart::Chapter(chapter), first, last }
    }

    /// A case appendix of the guide, pages `first..=last`.
    pub const fn appendix(number: u8, first: u8, last: u8) -> SourceRef {
        SourceRef::Guide { part: GuidePart::Appendix(number), first, last }
    }

    /// A section of the Holland Rijnland project plan.
    pub const fn plan(section: &'static str) -> SourceRef {
        SourceRef::Plan(section)
    }

    /// Whether the reference points into one of the two sources (not an addition).
    pub fn is_source(self) -> bool {
        !matches!(self, SourceRef::Own(_))
    }

    /// Whether the reference is well-formed: a known part of the guide with pages inside that
    /// part, or a known section of the plan.
    pub fn is_known(self) -> bool {
        match self {
            SourceRef::Guide { part, first, last } => {
                guide_part_pages(part).is_some_and(|(from, to)| from <= first && first <= last && last <= to)
            }
            SourceRef::Plan(section) => PLAN_SECTIONS.contains(&section),
            SourceRef::Own(_) => true,
        }
    }
}

/// Inkoopwijzer's additions, named.
pub const CURRENT_LAW: SourceRef = SourceRef::Own(Addition::CurrentLaw);
pub const LATER_PRACTICE: SourceRef = SourceRef::Own(Addition::LaterPractice);
pub const OWN_WORKING: SourceRef = SourceRef::Own(Addition::OwnWorking);

/// Every part of the guide with its pages, as printed in the page footers.
pub const GUIDE_PARTS: [(GuidePart, u8, u8); 16] = [
    (GuidePart::Chapter(1), 6, 7),
    (GuidePart::Section("2.1"), 8, 8),
    (GuidePart::Section("2.2"), 8, 10),
    (GuidePart::Section("2.3"), 11, 13),
    (GuidePart::Section("2.4"), 13, 14),
    (GuidePart::Section("2.5"), 14, 15),
    (GuidePart::Section("3.1"), 16, 17),
    (GuidePart::Section("3.2"), 17, 18),
    (GuidePart::Section("3.3"), 18, 19),
    (GuidePart::Section("3.4"), 19, 21),
    (GuidePart::Section("3.5"), 21, 23),
    (GuidePart::Chapter(4), 24, 26),
    (GuidePart::Appendix(1), 28, 32),
    (GuidePart::Appendix(2), 33, 35),
    (GuidePart::Appendix(3), 36, 40),
    // Appendices 5 and 6 list the people interviewed and the literature.
    (GuidePart::Appendix(4), 41, 44),
];

/// The sections of the Holland Rijnland project plan (1 Inleiding … 6 Tenslotte; the footnotes
/// on the participants belong to 3).
pub const PLAN_SECTIONS: [&str; 11] = ["1", "2.1", "2.2", "2.3", "2.4", "3", "3.1", "3.2", "3.3", "4", "6"];

/// The pages of a part of the guide.
pub fn guide_part_pages(part: GuidePart) -> Option<(u8, u8)> {
    GUIDE_PARTS.iter().find(|(p, _, _)| *p == part).map(|(_, from, to)| (*from, *to))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_inside_their_part_are_known_and_others_are_not() {
        assert!(SourceRef::guide("3.3", 18, 18).is_known());
        assert!(SourceRef::guide("2.3", 11, 13).is_known());
        assert!(SourceRef::appendix(4, 41, 44).is_known());
        assert!(SourceRef::guide_chapter(4, 25, 25).is_known());
        assert!(SourceRef::plan("2.3").is_known());
        assert!(CURRENT_LAW.is_known() && !CURRENT_LAW.is_source());
        // A page outside the part, pages the wrong way round, an unknown part or section.
        assert!(!SourceRef::guide("3.3", 17, 18).is_known());
        assert!(!SourceRef::guide("3.3", 19, 18).is_known());
        assert!(!SourceRef::guide("3.6", 21, 21).is_known());
        assert!(!SourceRef::appendix(5, 45, 45).is_known());
        assert!(!SourceRef::guide_chapter(2, 8, 8).is_known());
        assert!(!SourceRef::plan("5.1").is_known());
    }

    #[test]
    fn the_guide_parts_follow_each_other_page_by_page() {
        let spans: Vec<(u8, u8)> = GUIDE_PARTS.iter().map(|(_, a, b)| (*a, *b)).collect();
        for w in spans.windows(2) {
            assert!(w[0].0 <= w[0].1, "{w:?}");
            // A part starts on the page where the previous one ends or on a later one, with at
            // most one blank page (p. 27) between chapter 4 and the appendices.
            assert!(w[1].0 >= w[0].1 && w[1].0 <= w[0].1 + 2, "{w:?}");
        }
    }
}
