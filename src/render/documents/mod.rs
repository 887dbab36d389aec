//! Documents generated from a dossier: the bestek (Programma van Eisen) with the request for
//! tender, and the projectplan. Pure and native: no browser, no I/O. Part of `crate::render`
//! (above `i18n`: documents need words); the kinds themselves are domain data
//! (`crate::domain::document_kind`), so that `i18n` can name them.
//!
//! Flow: a builder ([`bestek()`], [`projectplan()`]) turns a [`Dossier`] into a format-neutral
//! [`Document`] ([`model`]); the app renders that model itself (preview and print), and
//! [`to_odt`] writes it as an OpenDocument text file for download. [`file_name`] gives the
//! download a safe name.
//!
//! Invariants:
//! - a builder never fails and never panics, whatever the dossier holds; what the dossier
//!   does not say yet becomes a visible marker ([`Span::Open`], `[nog in te vullen: …]` /
//!   `[to be completed: …]`) that names the wizard field, never an empty heading or `None`;
//! - every text a document prints comes from `crate::i18n` (documents, labels, wizard
//!   messages) or from the dossier; money and numbers are formatted in the document's
//!   language;
//! - the same dossier, language and date give the same document and the same bytes.

pub mod bestek;
mod builder;
pub mod model;
pub mod odt;
pub mod projectplan;
mod scoring_round;
mod tender;
mod xml;
pub mod zip;

pub use bestek::bestek;
pub use model::{Block, Document, Span, Text};
pub use odt::to_odt;
pub use projectplan::projectplan;

pub use crate::domain::document_kind::DocumentKind;

use crate::domain::dossier::Dossier;
use crate::i18n::Lang;

impl DocumentKind {
    /// Builds this document.
    pub fn build(self, d: &Dossier, lang: Lang, today: &str) -> Document {
        match self {
            DocumentKind::Bestek => bestek(d, lang, today),
            DocumentKind::Projectplan => projectplan(d, lang, today),
        }
    }
}

/// Most characters of the dossier part of a file name.
const MAX_NAME_CHARS: usize = 40;

/// A safe file name for the `.odt` of a document, such as
/// `bestek-apeldoorn-bouwproject-in-ierland-2026-11-22.odt`: the kind, the dossier's name
/// (or else its title) in lower-case ASCII words joined by hyphens and cut at a word boundary
/// after at most 40 characters, and the document date when it is a `YYYY-MM-DD` date.
///
/// The result contains only `a-z`, `0-9`, `-` and the `.odt` extension: no path separators,
/// no spaces, no characters Windows forbids, never empty parts.
pub fn file_name(kind: DocumentKind, d: &Dossier, today: &str) -> String {
    let mut parts = vec![kind.slug().to_string()];
    let name = slug(d.display_name().unwrap_or_default(), MAX_NAME_CHARS);
    if !name.is_empty() {
        parts.push(name);
    }
    if crate::domain::thresholds::is_iso_date(today) {
        parts.push(today.to_string());
    }
    format!("{}.odt", parts.join("-"))
}

/// Lower-case ASCII words joined by `-`; accented Latin letters lose their accents, other
/// characters separate words; at most `max` characters, cut between words.
fn slug(s: &str, max: usize) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in s.chars() {
        match fold(c) {
            Some(folded) => word.push_str(folded),
            None if c.is_ascii_alphanumeric() => word.push(c.to_ascii_lowercase()),
            None => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    let mut out = String::new();
    for w in words {
        let extra = if out.is_empty() { w.len() } else { w.len() + 1 };
        if out.len() + extra > max {
            if out.is_empty() {
                // One very long word: cut it (it is ASCII, so any byte is a boundary).
                out = w.chars().take(max).collect();
            }
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&w);
    }
    out
}

/// Accented Latin letters (as used in Dutch, German, French …) to plain ASCII.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ĳ' | 'Ĳ' => "ij",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'œ' | 'Œ' => "oe",
        'ß' => "ss",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        _ => return None,
    })
}

#[cfg(test)]
mod tests;
