//! The document model: a small, format-neutral tree that the builders fill and that both
//! the app (Leptos preview and print) and [`super::odt`] render.
//!
//! Invariants, kept by the builders and relied on by the renderers:
//! - text is plain Unicode, never markup: renderers escape it;
//! - heading texts carry their own number (`3.1 Functionele eisen`), so every renderer shows
//!   the same numbering without a numbering engine; levels are 1..=3;
//! - every heading is followed by content before the next heading of the same or a higher
//!   level: there are no empty sections;
//! - something the dossier does not say yet is a [`Span::Open`], never an empty string or
//!   `None` in the text, so the reader sees what is still open and the app can link to the field.

use crate::domain::fields::FieldId;

/// One piece of running text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span {
    /// Ordinary text.
    Plain(String),
    /// Text set in bold (labels such as `Procedure:`).
    Strong(String),
    /// A visible marker for something the dossier does not say yet, such as
    /// `[nog in te vullen: omvang doelgroep]`. `field` is the wizard field that fills it
    /// (`FieldId::anchor()` links to it).
    Open { field: FieldId, text: String },
}

impl Span {
    /// The text as it is printed.
    pub fn text(&self) -> &str {
        match self {
            Span::Plain(s) | Span::Strong(s) => s,
            Span::Open { text, .. } => text,
        }
    }
}

/// The text with no-break spaces where a line must not break: between `€` and its amount
/// and between a number and ` %` (`€ 7.500,00`, `55 %`). For renderers; the model keeps
/// ordinary spaces so that its text is easy to search.
pub fn keep_units_together(s: &str) -> String {
    s.replace("€ ", "€\u{A0}").replace(" %", "\u{A0}%")
}

/// Running text: a sequence of spans (a paragraph, a list item, a table cell).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text(pub Vec<Span>);

impl Text {
    /// Empty text.
    pub fn new() -> Text {
        Text(Vec::new())
    }

    /// One plain span.
    pub fn plain(s: impl Into<String>) -> Text {
        Text(vec![Span::Plain(s.into())])
    }

    /// Appends plain text.
    pub fn then(mut self, s: impl Into<String>) -> Text {
        self.0.push(Span::Plain(s.into()));
        self
    }

    /// Appends bold text.
    pub fn strong(mut self, s: impl Into<String>) -> Text {
        self.0.push(Span::Strong(s.into()));
        self
    }

    /// Appends any span.
    pub fn span(mut self, span: Span) -> Text {
        self.0.push(span);
        self
    }

    /// Appends all spans of another text.
    pub fn extend(mut self, other: Text) -> Text {
        self.0.extend(other.0);
        self
    }

    /// The whole text as one string (markers included).
    pub fn to_plain(&self) -> String {
        self.0.iter().map(Span::text).collect()
    }

    /// Whether there is no visible text.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|s| s.text().is_empty())
    }

    /// The open markers in this text.
    pub fn open_fields(&self) -> impl Iterator<Item = FieldId> + '_ {
        self.0.iter().filter_map(|s| match s {
            Span::Open { field, .. } => Some(*field),
            _ => None,
        })
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::plain(s)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::plain(s)
    }
}

impl From<Span> for Text {
    fn from(s: Span) -> Text {
        Text(vec![s])
    }
}

/// A block of the document, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A numbered heading; `level` is 1, 2 or 3 and `text` includes the number.
    Heading {
        level: u8,
        text: String,
    },
    Paragraph(Text),
    Bullets(Vec<Text>),
    /// A list numbered 1, 2, 3 … (each list starts at 1).
    Numbered(Vec<Text>),
    /// A table with borders. `header` may be empty (then there is no header row); rows may
    /// be shorter than the widest row, renderers pad them with empty cells.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<Text>>,
    },
    /// The next block starts on a new page.
    PageBreak,
    /// A remark set apart from the body text (a framed box): demo notices, warnings.
    Note(Text),
}

impl Block {
    /// Every text in the block, in reading order (header cells as plain text).
    pub fn texts(&self) -> Vec<Text> {
        match self {
            Block::Heading { text, .. } => vec![Text::plain(text.clone())],
            Block::Paragraph(t) | Block::Note(t) => vec![t.clone()],
            Block::Bullets(items) | Block::Numbered(items) => items.clone(),
            Block::Table { header, rows } => {
                header.iter().map(|h| Text::plain(h.clone())).chain(rows.iter().flatten().cloned()).collect()
            }
            Block::PageBreak => Vec::new(),
        }
    }
}

/// A generated document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The purchase's title (a marker when the dossier has none).
    pub title: Text,
    /// What kind of document it is, e.g. `Bestek (Programma van Eisen) en offerteaanvraag`.
    pub subtitle: String,
    /// The document date as given to the builder, `YYYY-MM-DD`.
    pub date: String,
    pub blocks: Vec<Block>,
}

impl Document {
    /// All text of the document (title, subtitle, blocks) joined with newlines: for search
    /// and tests.
    pub fn plain_text(&self) -> String {
        let mut out = vec![self.title.to_plain(), self.subtitle.clone()];
        for b in &self.blocks {
            for t in b.texts() {
                out.push(t.to_plain());
            }
        }
        out.join("\n")
    }

    /// The fields still open, in order of appearance (with repeats).
    pub fn open_fields(&self) -> Vec<FieldId> {
        let mut out: Vec<FieldId> = self.title.open_fields().collect();
        for b in &self.blocks {
            for t in b.texts() {
                out.extend(t.open_fields());
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_stay_with_their_numbers() {
        assert_eq!(keep_units_together("€ 7.500,00 en 55 % of €5 %"), "€\u{A0}7.500,00 en 55\u{A0}% of €5\u{A0}%");
        assert_eq!(keep_units_together("geen"), "geen");
    }
}
