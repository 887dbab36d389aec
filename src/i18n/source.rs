//! The words of a source reference (`domain::source::SourceRef`): "Handreiking §3.3, blz. 18",
//! "Projectplan Holland Rijnland §2.3", "Toevoeging Inkoopwijzer: huidige regels". One way to
//! write them, used by the one component that shows them (`components::source`) and by the
//! tests that hold the demo dossiers' facts against their sources.

use super::{Lang, Tr};
use crate::domain::source::{Addition, GuidePart, SourceRef};

/// Before one reference, and before several.
pub const LABEL_ONE: Tr = Tr::new("Bron", "Source");
pub const LABEL_MANY: Tr = Tr::new("Bronnen", "Sources");

/// The full titles, for the tooltip of a reference.
pub const GUIDE_TITLE: Tr = Tr::new(
    "Handreiking Inkoop en innovatie, Steunpunt Suwi Gemeenten, ministerie van Sociale Zaken en \
     Werkgelegenheid, december 2002",
    "The guide Inkoop en innovatie (Purchasing and innovation), Steunpunt Suwi Gemeenten, Ministry of \
     Social Affairs and Employment, December 2002",
);
pub const PLAN_TITLE: Tr = Tr::new(
    "Projectplan (pilot) Gezamenlijke aanbesteding re-integratietrajecten Sociale Diensten Holland \
     Rijnland, 2005-2006",
    "Project plan (pilot) for the joint tender of re-integration trajectories by the social services \
     of Holland Rijnland, 2005-2006",
);
pub const OWN_TITLE: Tr = Tr::new(
    "Niet uit de handreiking van 2002 of het projectplan van Holland Rijnland: een toevoeging van \
     Inkoopwijzer",
    "Not from the guide of 2002 or the Holland Rijnland project plan: an addition of Inkoopwijzer",
);

/// The case of an appendix of the guide.
fn appendix_case(n: u8) -> &'static str {
    match n {
        1 => "Apeldoorn",
        2 => "Amsterdam",
        3 => "Emmen",
        4 => "Roermond",
        _ => "",
    }
}

fn pages(first: u8, last: u8, lang: Lang) -> String {
    match (first == last, lang) {
        (true, Lang::Nl) => format!("blz. {first}"),
        (false, Lang::Nl) => format!("blz. {first}-{last}"),
        (true, Lang::En) => format!("p. {first}"),
        (false, Lang::En) => format!("pp. {first}-{last}"),
    }
}

/// One reference in words: `Handreiking §3.3, blz. 18`, `Handreiking bijlage 1 (Apeldoorn),
/// blz. 28-32`, `Projectplan Holland Rijnland §2.3`, `Toevoeging Inkoopwijzer: huidige regels`.
pub fn source_ref(r: SourceRef, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    match r {
        SourceRef::Guide { part, first, last } => {
            let guide = if nl { "Handreiking" } else { "Guide" };
            let part = match part {
                GuidePart::Section(s) => format!("§{s}"),
                GuidePart::Chapter(c) if nl => format!("hoofdstuk {c}"),
                GuidePart::Chapter(c) => format!("chapter {c}"),
                GuidePart::Appendix(a) if nl => format!("bijlage {a} ({})", appendix_case(a)),
                GuidePart::Appendix(a) => format!("appendix {a} ({})", appendix_case(a)),
            };
            format!("{guide} {part}, {}", pages(first, last, lang))
        }
        SourceRef::Plan(section) if nl => format!("Projectplan Holland Rijnland §{section}"),
        SourceRef::Plan(section) => format!("Holland Rijnland project plan §{section}"),
        SourceRef::Own(a) => {
            let what = match a {
                Addition::CurrentLaw => Tr::new("huidige regels", "current rules"),
                Addition::LaterPractice => Tr::new("latere praktijk", "later practice"),
                Addition::OwnWorking => Tr::new("eigen uitwerking", "own working-out"),
            };
            if nl {
                format!("Toevoeging Inkoopwijzer: {}", what.nl)
            } else {
                format!("Inkoopwijzer's addition: {}", what.en)
            }
        }
    }
}

/// The full title of the document a reference points into (for a tooltip).
pub fn source_title(r: SourceRef) -> Tr {
    match r {
        SourceRef::Guide { .. } => GUIDE_TITLE,
        SourceRef::Plan(_) => PLAN_TITLE,
        SourceRef::Own(_) => OWN_TITLE,
    }
}

/// A list of references in one line: `Bron: Handreiking §3.3, blz. 18` or `Bronnen: …; …`.
pub fn sources_line(refs: &[SourceRef], lang: Lang) -> String {
    let label = if refs.len() == 1 { LABEL_ONE } else { LABEL_MANY }.get(lang);
    let list: Vec<String> = refs.iter().map(|r| source_ref(*r, lang)).collect();
    format!("{label}: {}", list.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::source::{CURRENT_LAW, LATER_PRACTICE, OWN_WORKING};

    #[test]
    fn references_read_the_same_way_everywhere() {
        let g = SourceRef::guide("3.3", 18, 18);
        assert_eq!(source_ref(g, Lang::Nl), "Handreiking §3.3, blz. 18");
        assert_eq!(source_ref(g, Lang::En), "Guide §3.3, p. 18");
        let a = SourceRef::appendix(1, 28, 32);
        assert_eq!(source_ref(a, Lang::Nl), "Handreiking bijlage 1 (Apeldoorn), blz. 28-32");
        assert_eq!(source_ref(a, Lang::En), "Guide appendix 1 (Apeldoorn), pp. 28-32");
        assert_eq!(source_ref(SourceRef::guide_chapter(4, 26, 26), Lang::Nl), "Handreiking hoofdstuk 4, blz. 26");
        assert_eq!(source_ref(SourceRef::plan("2.3"), Lang::Nl), "Projectplan Holland Rijnland §2.3");
        assert_eq!(source_ref(SourceRef::plan("2.3"), Lang::En), "Holland Rijnland project plan §2.3");
        assert_eq!(source_ref(CURRENT_LAW, Lang::Nl), "Toevoeging Inkoopwijzer: huidige regels");
        assert_eq!(source_ref(LATER_PRACTICE, Lang::En), "Inkoopwijzer's addition: later practice");
        assert_eq!(source_ref(OWN_WORKING, Lang::Nl), "Toevoeging Inkoopwijzer: eigen uitwerking");
        assert_eq!(sources_line(&[g], Lang::Nl), "Bron: Handreiking §3.3, blz. 18");
        assert_eq!(
            sources_line(&[g, SourceRef::plan("4")], Lang::En),
            "Sources: Guide §3.3, p. 18; Holland Rijnland project plan §4"
        );
        assert_eq!(sources_line(&[], Lang::Nl), "Bronnen: ");
        for t in [GUIDE_TITLE, PLAN_TITLE, OWN_TITLE, LABEL_ONE, LABEL_MANY] {
            crate::i18n::labels::tests::check_pair(t, "source");
        }
    }

    /// Each demo names its sources on its card (`DemoCase::sources`), and its dossier, whose
    /// texts are Dutch user data, ends its procedure rationale with the same line in Dutch.
    #[test]
    fn every_demo_names_its_sources_in_the_dossier_too() {
        for case in crate::domain::demo::demo_cases() {
            assert!(!case.sources.is_empty(), "{}", case.key);
            assert!(case.sources.iter().all(|r| r.is_known()), "{}", case.key);
            let line = format!("{}.", sources_line(case.sources, Lang::Nl));
            let d = case.dossier();
            assert!(d.procedure.rationale.ends_with(&line), "{}: the rationale should end with {line:?}", case.key);
        }
    }
}
