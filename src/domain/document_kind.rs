//! Which documents the app generates. Only the kinds live here, as data that `i18n` can name
//! (`i18n::documents::document_name`); building a document needs words, so it lives above
//! `i18n`, in `crate::render::documents` (`DocumentKind::build`, `file_name`).

/// The documents the app generates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocumentKind {
    /// Bestek (Programma van Eisen) with the request for tender.
    Bestek,
    Projectplan,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 2] = [DocumentKind::Bestek, DocumentKind::Projectplan];

    /// The first part of the file name; the same in both languages (Dutch terms of art).
    pub fn slug(self) -> &'static str {
        match self {
            DocumentKind::Bestek => "bestek",
            DocumentKind::Projectplan => "projectplan",
        }
    }
}
