//! Every URL of the app, in one place: the path segments the route table in `app.rs` is built
//! from, the links to the pages outside a dossier, the pages of one dossier ([`Page`]) with
//! their `href`, and the little route parsing the app does (is a path inside a dossier, which
//! path is the same page of another dossier).
//!
//! Pure and native (no router, no browser), so every URL is tested here. The URLs are Dutch
//! (`/dossier/{id}/stap/3-bestek`) because users see and share them; they must not change,
//! or links in saved notes, bookmarks and open drafts (`Draft::path`) would break.

use crate::domain::assessment::Lever;
use crate::domain::steps::Step;

/// The static path segments, as the route table (`app.rs`) matches them.
pub mod segment {
    /// `/stappen`, `/stappen/{step}`: the nine steps, readable without a dossier.
    pub const LEARN: &str = "stappen";
    /// `/specificatiehulp`: the specification helper.
    pub const SPEC_HELPER: &str = "specificatiehulp";
    /// `/workshop`: the facilitator's workshop.
    pub const WORKSHOP: &str = "workshop";
    /// `/beoordelen`: an evaluator scores an evaluation package.
    pub const EVALUATE: &str = "beoordelen";
    /// `/over`: about the app (version, offline use, installing, storage).
    pub const ABOUT: &str = "over";
    /// `/gedeeld#s1.…`: a scenario shared by link (`persistence::link`).
    pub const SHARED: &str = "gedeeld";
    /// `/dossier/{id}/…`: the pages of one dossier.
    pub const DOSSIER: &str = "dossier";
    /// `/dossier/{id}/stap/{step}`: a step of the wizard.
    pub const STEP: &str = "stap";
    /// `/dossier/{id}/overzicht`.
    pub const OVERVIEW: &str = "overzicht";
    /// `/dossier/{id}/offertes`: the bid comparison.
    pub const BIDS: &str = "offertes";
    /// `/dossier/{id}/documenten`.
    pub const DOCUMENTS: &str = "documenten";
}

/// The route parameters, as pages read them (`use_params_map`).
pub mod param {
    /// The dossier id in `/dossier/:id/…`.
    pub const ID: &str = "id";
    /// A step's slug (`3-bestek`, [`Step::slug`](crate::domain::steps::Step::slug)) in
    /// `/stappen/:step` and `/dossier/:id/stap/:step`.
    pub const STEP: &str = "step";
}

/// The start page.
pub const START: &str = "/";
/// The nine steps, readable without a dossier.
pub const LEARN: &str = "/stappen";
/// The specification helper.
pub const SPEC_HELPER: &str = "/specificatiehulp";
/// The workshop: exercises for a facilitator on a projector.
pub const WORKSHOP: &str = "/workshop";
/// About the app: version, offline use, installing, storage.
pub const ABOUT: &str = "/over";
/// A scenario shared by link; the scenario is in the fragment (`/gedeeld#s1.…`).
pub const SHARED: &str = "/gedeeld";
/// An evaluator's page: open an evaluation package and score it.
pub const EVALUATE: &str = "/beoordelen";

/// The page about one step, outside a dossier (`/stappen/3-bestek`).
pub fn learn_href(step: Step) -> String {
    format!("{LEARN}/{}", step.slug())
}

/// The anchor of a lever's explanation on the learning index.
pub fn lever_anchor(lever: Lever) -> &'static str {
    match lever {
        Lever::FunctionalSpecification => "hefboom-functioneel",
        Lever::RiskAllocation => "hefboom-risico",
        Lever::Incentives => "hefboom-prikkels",
        Lever::BuyerRole => "hefboom-rol",
    }
}

/// A lever's explanation on the learning index (`/stappen#hefboom-risico`), where the lever
/// names of the step pages lead.
pub fn lever_href(lever: Lever) -> String {
    format!("{LEARN}#{}", lever_anchor(lever))
}

/// The demo cases on the start page, where the learning pages send a reader to practise.
pub const DEMOS: &str = "/#demos";

/// A page of one dossier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    /// A step of the wizard.
    Step(Step),
    /// The overview of all steps.
    Overview,
    /// The bid comparison.
    Bids,
    /// The generated documents.
    Documents,
}

impl Page {
    /// Where a dossier opens: its first step.
    pub const OPENING: Page = Page::Step(Step::Verkenning);

    /// The URL of this page of a dossier (`/dossier/d1/stap/1-verkenning`).
    pub fn href(self, dossier_id: &str) -> String {
        let prefix = format!("/{}/{dossier_id}", segment::DOSSIER);
        match self {
            Page::Step(step) => format!("{prefix}/{}/{}", segment::STEP, step.slug()),
            Page::Overview => format!("{prefix}/{}", segment::OVERVIEW),
            Page::Bids => format!("{prefix}/{}", segment::BIDS),
            Page::Documents => format!("{prefix}/{}", segment::DOCUMENTS),
        }
    }

    /// The URL of an element on this page (`/dossier/d1/stap/3-bestek#f-criteria`): the shell
    /// scrolls to it and focuses it.
    pub fn href_at(self, dossier_id: &str, element_id: &str) -> String {
        format!("{}#{element_id}", self.href(dossier_id))
    }
}

/// The URL of a step of a dossier, in the shape the step list (`components::step_nav`) takes.
pub fn step_href(step: Step, dossier_id: &str) -> String {
    Page::Step(step).href(dossier_id)
}

/// Whether a path lies under `/dossier/`: a page of a dossier, or a dossier URL that names no
/// page the app has (the tab title names the open dossier on both).
pub fn in_dossier(path: &str) -> bool {
    path.starts_with(&format!("/{}/", segment::DOSSIER))
}

/// The page of the dossier `dossier_id` that `path` is, exactly as [`Page::href`] writes it;
/// `None` for anything else (another dossier, a step that does not exist, another site, a
/// `javascript:` URL). For paths read from storage (a draft's page) before they become links.
pub fn page_of(path: &str, dossier_id: &str) -> Option<Page> {
    [Page::Overview, Page::Bids, Page::Documents]
        .into_iter()
        .chain(Step::ALL.map(Page::Step))
        .find(|page| page.href(dossier_id) == path)
}

/// Whether `id` can be an element id in a link's fragment as the app writes them (`f-budget`,
/// `f-participants-p1-budget`): 1 to 100 ASCII letters, digits, `-` or `_`.
pub fn is_element_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 100 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The same page of another dossier: `/dossier/{old}/stap/3-bestek` becomes
/// `/dossier/{new}/stap/3-bestek`. `None` when the path is not under `/dossier/{old}/`.
pub fn same_page_of(path: &str, old_id: &str, new_id: &str) -> Option<String> {
    let rest = path.strip_prefix(&format!("/{}/{old_id}/", segment::DOSSIER))?;
    Some(format!("/{}/{new_id}/{rest}", segment::DOSSIER))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dossier_pages_have_their_dutch_urls() {
        assert_eq!(Page::Step(Step::Verkenning).href("d1"), "/dossier/d1/stap/1-verkenning");
        assert_eq!(Page::Step(Step::Bestek).href("d-18c2f"), "/dossier/d-18c2f/stap/3-bestek");
        assert_eq!(Page::Overview.href("d1"), "/dossier/d1/overzicht");
        assert_eq!(Page::Bids.href("d1"), "/dossier/d1/offertes");
        assert_eq!(Page::Documents.href("d1"), "/dossier/d1/documenten");
        assert_eq!(Page::OPENING.href("d1"), "/dossier/d1/stap/1-verkenning");
        assert_eq!(Page::Step(Step::Bestek).href_at("d1", "f-criteria"), "/dossier/d1/stap/3-bestek#f-criteria");
        for step in Step::ALL {
            assert_eq!(step_href(step, "d1"), format!("/dossier/d1/stap/{}", step.slug()));
        }
    }

    #[test]
    fn pages_outside_a_dossier_have_their_dutch_urls() {
        assert_eq!(START, "/");
        assert_eq!(LEARN, format!("/{}", segment::LEARN));
        assert_eq!(SPEC_HELPER, format!("/{}", segment::SPEC_HELPER));
        assert_eq!(ABOUT, format!("/{}", segment::ABOUT));
        assert_eq!(WORKSHOP, format!("/{}", segment::WORKSHOP));
        assert_eq!(SHARED, format!("/{}", segment::SHARED));
        assert_eq!(EVALUATE, format!("/{}", segment::EVALUATE));
        assert_eq!(learn_href(Step::Bestek), "/stappen/3-bestek");
        assert_eq!(lever_href(Lever::RiskAllocation), "/stappen#hefboom-risico");
        let anchors: std::collections::HashSet<_> = Lever::ALL.iter().map(|l| lever_anchor(*l)).collect();
        assert_eq!(anchors.len(), Lever::ALL.len());
        assert_eq!(DEMOS, "/#demos");
    }

    #[test]
    fn a_stored_path_is_a_link_only_when_it_is_a_page_of_the_dossier() {
        for page in [Page::Overview, Page::Bids, Page::Documents].into_iter().chain(Step::ALL.map(Page::Step)) {
            assert_eq!(page_of(&page.href("d1"), "d1"), Some(page));
        }
        for bad in [
            "javascript:alert(1)",
            "//evil.example/dossier/d1/overzicht",
            "https://evil.example/",
            "/dossier/d2/overzicht",
            "/dossier/d1/stap/99",
            "/dossier/d1/stap/1-verkenning?x",
            "/dossier/d1/overzicht#f-x",
            "/dossier/d1/",
            "",
        ] {
            assert_eq!(page_of(bad, "d1"), None, "{bad}");
        }
        assert!(is_element_id("f-participants-p1-budget"));
        for bad in ["", "a b", "x\"onmouseover", "é", &"x".repeat(101)] {
            assert!(!is_element_id(bad), "{bad}");
        }
    }

    #[test]
    fn every_step_url_names_its_step_again() {
        for step in Step::ALL {
            let href = step_href(step, "d1");
            let slug = href.rsplit('/').next().unwrap_or_default();
            assert_eq!(Step::from_slug(slug), Some(step), "{href}");
            let learn = learn_href(step);
            assert_eq!(Step::from_slug(learn.rsplit('/').next().unwrap_or_default()), Some(step), "{learn}");
        }
    }

    #[test]
    fn paths_inside_a_dossier_are_recognised() {
        for page in [Page::OPENING, Page::Overview, Page::Bids, Page::Documents] {
            assert!(in_dossier(&page.href("d1")), "{page:?}");
        }
        assert!(in_dossier("/dossier/d1/bestaat-niet"));
        for path in
            ["/", "/stappen", "/stappen/3-bestek", "/specificatiehulp", "/workshop", "/dossiers/d1", "/dossier", ""]
        {
            assert!(!in_dossier(path), "{path}");
        }
    }

    #[test]
    fn the_same_page_of_another_dossier_keeps_the_page() {
        for page in [Page::Step(Step::Bestek), Page::Overview, Page::Bids, Page::Documents] {
            assert_eq!(same_page_of(&page.href("d1"), "d1", "d2"), Some(page.href("d2")), "{page:?}");
        }
        assert_eq!(same_page_of("/dossier/d1/stap/3-bestek", "d10", "d2"), None);
        assert_eq!(same_page_of("/dossier/d10/overzicht", "d1", "d2"), None);
        assert_eq!(same_page_of("/stappen/3-bestek", "d1", "d2"), None);
    }
}
