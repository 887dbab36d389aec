//! Writes a [`Document`] as an OpenDocument text file (`.odt`, ODF 1.2) that LibreOffice and
//! Word open.
//!
//! The package is a ZIP of stored entries ([`super::zip`]): `mimetype` first, uncompressed
//! and without extra field (so that `file` and other tools recognise it from its first
//! bytes), then `META-INF/manifest.xml`, `content.xml`, `styles.xml` and `meta.xml`.
//!
//! Layout: A4 portrait with margins, page numbers (`Pagina 3 van 12`) and the title in the
//! footer; named paragraph styles Title, Subtitle, Heading 1–3 (with outline levels, so the
//! navigator in LibreOffice and the navigation pane in Word list them), Text body, list
//! styles for bullets and numbers, a framed Note style, tables with a repeated header row
//! and thin borders, and two character styles: Strong Emphasis and Open Marker (the
//! highlighted "to be completed" markers). The document language (`fo:language`,
//! `dc:language`) follows `lang`, for spelling and hyphenation.
//!
//! Invariants: every text goes through [`super::xml::escape`] (characters XML 1.0 forbids
//! are dropped); runs of spaces, tabs and line breaks are written as `text:s`, `text:tab`
//! and `text:line-break` so they survive; output is deterministic (same document, same
//! bytes).

use super::model::{keep_units_together, Block, Document, Span, Text};
use super::xml::{escape, is_allowed};
use super::zip::{write_stored, ZipError};
use crate::domain::thresholds::is_iso_date;
use crate::i18n::documents::{texts, DocText};
use crate::i18n::Lang;
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// The ODF media type, also the content of the `mimetype` entry.
pub const MEDIA_TYPE: &str = "application/vnd.oasis.opendocument.text";

/// Width of the text area in millimetres: A4 (210) minus the margins (25 + 20).
const TEXT_WIDTH_MM: u32 = 165;

const NS: &str = concat!(
    r##"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" "##,
    r##"xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" "##,
    r##"xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" "##,
    r##"xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" "##,
    r##"xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" "##,
    r##"xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" "##,
    r##"xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" "##,
    r##"xmlns:dc="http://purl.org/dc/elements/1.1/""##
);

const FONT_DECLS: &str = r##"<office:font-face-decls><style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>"##;

/// The `.odt` file of a document.
///
/// Fails only when the package would not fit in a classic ZIP (more than 4 GiB), which no
/// dossier comes near.
pub fn to_odt(doc: &Document, lang: Lang) -> Result<Vec<u8>, ZipError> {
    let manifest = manifest_xml();
    let content = content_xml(doc, lang);
    let styles = styles_xml(doc, lang);
    let meta = meta_xml(doc, lang);
    write_stored(&[
        ("mimetype", MEDIA_TYPE.as_bytes()),
        ("META-INF/manifest.xml", manifest.as_bytes()),
        ("content.xml", content.as_bytes()),
        ("styles.xml", styles.as_bytes()),
        ("meta.xml", meta.as_bytes()),
    ])
}

fn manifest_xml() -> String {
    let mut s = String::from(r##"<?xml version="1.0" encoding="UTF-8"?>"##);
    s.push_str(r##"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">"##);
    let _ = write!(
        s,
        r##"<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{MEDIA_TYPE}"/>"##
    );
    for part in ["content.xml", "styles.xml", "meta.xml"] {
        let _ = write!(s, r##"<manifest:file-entry manifest:full-path="{part}" manifest:media-type="text/xml"/>"##);
    }
    s.push_str("</manifest:manifest>");
    s
}

/// `(language, country)` for `fo:language` / `fo:country`.
fn locale(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Nl => ("nl", "NL"),
        Lang::En => ("en", "GB"),
    }
}

fn meta_xml(doc: &Document, lang: Lang) -> String {
    let (language, country) = locale(lang);
    let mut s = String::from(r##"<?xml version="1.0" encoding="UTF-8"?>"##);
    let _ = write!(s, r##"<office:document-meta {NS} office:version="1.2"><office:meta>"##);
    s.push_str("<meta:generator>Inkoopwijzer</meta:generator>");
    let _ = write!(
        s,
        "<dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:language>{language}-{country}</dc:language>",
        escape(&one_line(&doc.title.to_plain())),
        escape(&doc.subtitle),
    );
    if is_iso_date(&doc.date) {
        let _ = write!(
            s,
            "<meta:creation-date>{d}T00:00:00</meta:creation-date><dc:date>{d}T00:00:00</dc:date>",
            d = doc.date
        );
    }
    s.push_str("</office:meta></office:document-meta>");
    s
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Label alignment for a list level, as Word and LibreOffice both read it.
fn list_level_properties(indent_cm: &str) -> String {
    format!(
        r##"<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="{indent_cm}cm" fo:text-indent="-0.6cm" fo:margin-left="{indent_cm}cm"/></style:list-level-properties>"##
    )
}

fn styles_xml(doc: &Document, lang: Lang) -> String {
    let t = texts(lang);
    let (language, country) = locale(lang);
    let mut s = String::from(r##"<?xml version="1.0" encoding="UTF-8"?>"##);
    let _ = write!(s, r##"<office:document-styles {NS} office:version="1.2">"##);
    s.push_str(FONT_DECLS);
    s.push_str("<office:styles>");
    let _ = write!(
        s,
        r##"<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2" style:writing-mode="lr-tb"/><style:text-properties style:font-name="Arial" fo:font-size="10.5pt" fo:language="{language}" fo:country="{country}" fo:hyphenate="false"/></style:default-style>"##
    );
    s.push_str(concat!(
        r##"<style:style style:name="Standard" style:family="paragraph" style:class="text"/>"##,
        r##"<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="130%"/></style:style>"##,
        r##"<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Subtitle" style:class="chapter"><style:paragraph-properties fo:margin-top="3cm" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="24pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>"##,
        r##"<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="chapter"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="1.2cm"/><style:text-properties fo:font-size="15pt" fo:color="#404040"/></style:style>"##,
        r##"<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:color="#1f3864"/></style:style>"##,
        r##"<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:margin-top="0.7cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="16pt"/></style:style>"##,
        r##"<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="13pt"/></style:style>"##,
        r##"<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="3" style:class="text"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="11.5pt"/></style:style>"##,
        r##"<style:style style:name="Text_20_body_20_intro" style:display-name="Text body intro" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:keep-with-next="always"/></style:style>"##,
        r##"<style:style style:name="List_20_Item" style:display-name="List Item" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>"##,
        r##"<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="9.5pt"/></style:style>"##,
        r##"<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:text-properties fo:font-weight="bold"/></style:style>"##,
        r##"<style:style style:name="Note" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.3cm" fo:padding="0.2cm" fo:border="0.5pt solid #bf9000" fo:background-color="#fff8e1"/></style:style>"##,
        r##"<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8.5pt" fo:color="#595959"/></style:style>"##,
        r##"<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>"##,
        r##"<style:style style:name="Open_20_Marker" style:display-name="Open Marker" style:family="text"><style:text-properties fo:font-style="italic" fo:color="#7f3f00" fo:background-color="#ffe599"/></style:style>"##,
    ));
    let _ = write!(
        s,
        r##"<text:list-style style:name="List_20_Bullet" style:display-name="List Bullet"><text:list-level-style-bullet text:level="1" text:bullet-char="•">{}</text:list-level-style-bullet></text:list-style>"##,
        list_level_properties("0.6")
    );
    let _ = write!(
        s,
        r##"<text:list-style style:name="List_20_Number" style:display-name="List Number"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">{}</text:list-level-style-number></text:list-style>"##,
        list_level_properties("0.6")
    );
    // Headings carry their own numbers; the outline only sets the levels.
    s.push_str(r##"<text:outline-style style:name="Outline">"##);
    for level in 1..=10 {
        let _ = write!(
            s,
            r##"<text:outline-level-style text:level="{level}" style:num-format=""><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties></text:outline-level-style>"##
        );
    }
    s.push_str("</text:outline-style>");
    s.push_str("</office:styles>");
    s.push_str(concat!(
        r##"<office:automatic-styles><style:page-layout style:name="pm1">"##,
        r##"<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2cm"/>"##,
        r##"<style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.5cm"/></style:footer-style>"##,
        r##"</style:page-layout></office:automatic-styles>"##,
    ));
    let _ = write!(
        s,
        r##"<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Footer">{title} · {page} <text:page-number text:select-page="current">1</text:page-number> {of} <text:page-count>1</text:page-count></text:p></style:footer></style:master-page></office:master-styles>"##,
        title = escape(&one_line(&doc.title.to_plain())),
        page = escape(t.page),
        of = escape(t.page_of),
    );
    s.push_str("</office:document-styles>");
    s
}

/// Writes plain text as ODF paragraph content: escaped, with spaces, tabs and line breaks kept.
fn push_content(out: &mut String, s: &str) {
    let s = keep_units_together(s);
    let mut spaces = 0usize;
    let flush = |out: &mut String, spaces: &mut usize| {
        if *spaces > 0 {
            out.push(' ');
            if *spaces > 1 {
                let _ = write!(out, r##"<text:s text:c="{}"/>"##, *spaces - 1);
            }
            *spaces = 0;
        }
    };
    for c in s.chars() {
        match c {
            ' ' => spaces += 1,
            '\t' => {
                flush(out, &mut spaces);
                out.push_str("<text:tab/>");
            }
            '\n' => {
                flush(out, &mut spaces);
                out.push_str("<text:line-break/>");
            }
            '\r' => {}
            c if is_allowed(c) => {
                flush(out, &mut spaces);
                let mut buf = [0u8; 4];
                out.push_str(&escape(c.encode_utf8(&mut buf)));
            }
            _ => {}
        }
    }
    flush(out, &mut spaces);
}

fn push_text(out: &mut String, text: &Text) {
    for span in &text.0 {
        match span {
            Span::Plain(s) => push_content(out, s),
            Span::Strong(s) => {
                out.push_str(r##"<text:span text:style-name="Strong_20_Emphasis">"##);
                push_content(out, s);
                out.push_str("</text:span>");
            }
            Span::Open { text, .. } => {
                out.push_str(r##"<text:span text:style-name="Open_20_Marker">"##);
                push_content(out, text);
                out.push_str("</text:span>");
            }
        }
    }
}

/// Renders the body and remembers the automatic styles it needs.
struct Body {
    out: String,
    /// A page break is due before the next block.
    pending_break: bool,
    /// Parent styles that need a "page break before" variant.
    break_styles: BTreeSet<String>,
    break_table: bool,
    /// Column widths (mm) of every table, in order.
    tables: Vec<Vec<u32>>,
    t: &'static DocText,
}

impl Body {
    /// The paragraph style to use, switching to its page-break variant if a break is due.
    fn style(&mut self, parent: &str) -> String {
        if self.pending_break {
            self.pending_break = false;
            self.break_styles.insert(parent.to_string());
            format!("PB_{parent}")
        } else {
            parent.to_string()
        }
    }

    fn paragraph(&mut self, parent: &str, text: &Text) {
        let style = self.style(parent);
        let _ = write!(self.out, r##"<text:p text:style-name="{style}">"##);
        push_text(&mut self.out, text);
        self.out.push_str("</text:p>");
    }

    fn list(&mut self, list_style: &str, items: &[Text]) {
        let _ = write!(self.out, r##"<text:list text:style-name="{list_style}">"##);
        for item in items {
            self.out.push_str("<text:list-item>");
            self.paragraph("List_20_Item", item);
            self.out.push_str("</text:list-item>");
        }
        self.out.push_str("</text:list>");
    }

    fn table(&mut self, header: &[String], rows: &[Vec<Text>]) {
        let columns = rows.iter().map(Vec::len).chain(std::iter::once(header.len())).max().unwrap_or(0).max(1);
        let widths = column_widths(header, rows, columns);
        self.tables.push(widths);
        let n = self.tables.len();
        let style = if self.pending_break {
            self.pending_break = false;
            self.break_table = true;
            "TblPB"
        } else {
            "Tbl"
        };
        let _ = write!(
            self.out,
            r##"<table:table table:name="{}{n}" table:style-name="{style}">"##,
            escape(self.t.table_name)
        );
        for i in 1..=columns {
            let _ = write!(self.out, r##"<table:table-column table:style-name="T{n}.C{i}"/>"##);
        }
        if !header.is_empty() {
            self.out.push_str(r##"<table:table-header-rows><table:table-row table:style-name="TblRow">"##);
            for i in 0..columns {
                let text = Text::plain(header.get(i).cloned().unwrap_or_default());
                self.cell("TblHead", "Table_20_Heading", &text);
            }
            self.out.push_str("</table:table-row></table:table-header-rows>");
        }
        let empty = Text::new();
        for row in rows {
            self.out.push_str(r##"<table:table-row table:style-name="TblRow">"##);
            for i in 0..columns {
                self.cell("TblCell", "Table_20_Contents", row.get(i).unwrap_or(&empty));
            }
            self.out.push_str("</table:table-row>");
        }
        self.out.push_str("</table:table>");
    }

    fn cell(&mut self, cell_style: &str, para_style: &str, text: &Text) {
        let _ = write!(
            self.out,
            r##"<table:table-cell table:style-name="{cell_style}" office:value-type="string"><text:p text:style-name="{para_style}">"##
        );
        push_text(&mut self.out, text);
        self.out.push_str("</text:p></table:table-cell>");
    }

    /// Renders a block; `next` is the block after it (an introduction stays with its list).
    fn block(&mut self, block: &Block, next: Option<&Block>) {
        match block {
            Block::Heading { level, text } => {
                let level = (*level).clamp(1, 3);
                let style = self.style(&format!("Heading_20_{level}"));
                let _ = write!(self.out, r##"<text:h text:style-name="{style}" text:outline-level="{level}">"##);
                push_content(&mut self.out, text);
                self.out.push_str("</text:h>");
            }
            Block::Paragraph(t) => {
                let introduces = matches!(next, Some(Block::Bullets(_) | Block::Numbered(_) | Block::Table { .. }));
                let style = if introduces { "Text_20_body_20_intro" } else { "Text_20_body" };
                self.paragraph(style, t)
            }
            Block::Note(t) => self.paragraph("Note", t),
            Block::Bullets(items) => self.list("List_20_Bullet", items),
            Block::Numbered(items) => self.list("List_20_Number", items),
            Block::Table { header, rows } => self.table(header, rows),
            Block::PageBreak => self.pending_break = true,
        }
    }
}

/// Column widths in millimetres, in proportion to the longest text of each column (within
/// bounds, so a number column stays narrow and a text column does not take everything);
/// they add up to the text width exactly.
fn column_widths(header: &[String], rows: &[Vec<Text>], columns: usize) -> Vec<u32> {
    let weights: Vec<u32> = (0..columns)
        .map(|i| {
            let longest = rows
                .iter()
                .filter_map(|r| r.get(i))
                .map(|t| t.to_plain().chars().count())
                .chain(header.get(i).map(|h| h.chars().count()))
                .max()
                .unwrap_or(0);
            u32::try_from(longest.clamp(6, 50)).unwrap_or(50)
        })
        .collect();
    let sum: u32 = weights.iter().sum::<u32>().max(1);
    let mut widths: Vec<u32> = weights.iter().map(|w| TEXT_WIDTH_MM * w / sum).collect();
    let used: u32 = widths.iter().sum();
    if let Some(last) = widths.last_mut() {
        *last += TEXT_WIDTH_MM.saturating_sub(used);
    }
    widths
}

fn mm(v: u32) -> String {
    format!("{}.{}cm", v / 10, v % 10)
}

fn content_xml(doc: &Document, lang: Lang) -> String {
    let mut body = Body {
        out: String::new(),
        pending_break: false,
        break_styles: BTreeSet::new(),
        break_table: false,
        tables: Vec::new(),
        t: texts(lang),
    };
    body.paragraph("Title", &doc.title);
    body.paragraph("Subtitle", &Text::plain(doc.subtitle.clone()));
    for (i, block) in doc.blocks.iter().enumerate() {
        body.block(block, doc.blocks.get(i + 1));
    }

    let mut s = String::from(r##"<?xml version="1.0" encoding="UTF-8"?>"##);
    let _ = write!(s, r##"<office:document-content {NS} office:version="1.2">"##);
    s.push_str(FONT_DECLS);
    s.push_str("<office:automatic-styles>");
    let width = mm(TEXT_WIDTH_MM);
    let _ = write!(
        s,
        r##"<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="{width}" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.35cm"/></style:style>"##
    );
    if body.break_table {
        let _ = write!(
            s,
            r##"<style:style style:name="TblPB" style:family="table"><style:table-properties style:width="{width}" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.35cm" fo:break-before="page"/></style:style>"##
        );
    }
    for (n, widths) in body.tables.iter().enumerate() {
        for (i, w) in widths.iter().enumerate() {
            let _ = write!(
                s,
                r##"<style:style style:name="T{}.C{}" style:family="table-column"><style:table-column-properties style:column-width="{}" style:rel-column-width="{w}*"/></style:style>"##,
                n + 1,
                i + 1,
                mm(*w)
            );
        }
    }
    s.push_str(concat!(
        r##"<style:style style:name="TblRow" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>"##,
        r##"<style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #808080"/></style:style>"##,
        r##"<style:style style:name="TblHead" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #808080" fo:background-color="#dde4ee"/></style:style>"##,
    ));
    for parent in &body.break_styles {
        let _ = write!(
            s,
            r##"<style:style style:name="PB_{parent}" style:family="paragraph" style:parent-style-name="{parent}"><style:paragraph-properties fo:break-before="page"/></style:style>"##
        );
    }
    s.push_str("</office:automatic-styles>");
    s.push_str("<office:body><office:text>");
    s.push_str(&body.out);
    s.push_str("</office:text></office:body></office:document-content>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fields::FieldId;

    fn doc(blocks: Vec<Block>) -> Document {
        Document {
            title: Text::plain("Titel <script>&\"'"),
            subtitle: "Bestek".into(),
            date: "2026-11-22".into(),
            blocks,
        }
    }

    #[test]
    fn hostile_text_is_escaped_and_control_characters_are_dropped() {
        let d = doc(vec![Block::Paragraph(
            Text::plain("<script>alert('x')</script> & \"q\"\u{0}\u{1}\u{B}\u{FFFF}")
                .strong("<b>")
                .span(Span::Open { field: FieldId::Goals, text: "[nog in te vullen: doelen]".into() }),
        )]);
        let content = content_xml(&d, Lang::Nl);
        assert!(content.contains(
            "&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;q&quot;<text:span text:style-name=\"Strong_20_Emphasis\">&lt;b&gt;</text:span>"
        ));
        assert!(
            content.contains(r##"<text:span text:style-name="Open_20_Marker">[nog in te vullen: doelen]</text:span>"##)
        );
        assert!(!content.contains("<script>"));
        for bad in ['\u{0}', '\u{1}', '\u{B}', '\u{FFFF}'] {
            assert!(!content.contains(bad));
        }
        let styles = styles_xml(&d, Lang::Nl);
        assert!(styles.contains("Titel &lt;script&gt;&amp;&quot;&apos; · Pagina"));
        let meta = meta_xml(&d, Lang::En);
        assert!(meta.contains("<dc:title>Titel &lt;script&gt;&amp;&quot;&apos;</dc:title>"));
        assert!(meta.contains("<dc:language>en-GB</dc:language>"));
        assert!(meta.contains("<meta:creation-date>2026-11-22T00:00:00</meta:creation-date>"));
    }

    #[test]
    fn whitespace_survives() {
        let mut s = String::new();
        push_content(&mut s, "a  b\tc\nd    e\r");
        assert_eq!(s, r##"a <text:s text:c="1"/>b<text:tab/>c<text:line-break/>d <text:s text:c="3"/>e"##);
    }

    #[test]
    fn headings_lists_tables_and_breaks() {
        let d = doc(vec![
            Block::PageBreak,
            Block::Heading { level: 1, text: "1 Inleiding".into() },
            Block::Heading { level: 7, text: "1.1.1 Diep".into() },
            Block::Paragraph(Text::plain("Lijst:")),
            Block::Bullets(vec![Text::plain("a"), Text::plain("b")]),
            Block::Numbered(vec![Text::plain("één")]),
            Block::Paragraph(Text::plain("Slot.")),
            Block::PageBreak,
            Block::Table {
                header: vec!["Nr.".into(), "Eis".into()],
                rows: vec![vec![Text::plain("F1"), Text::plain("Een lange eis")], vec![Text::plain("F2")]],
            },
            Block::Note(Text::plain("Let op")),
        ]);
        let c = content_xml(&d, Lang::Nl);
        assert!(
            c.contains(r##"<text:h text:style-name="PB_Heading_20_1" text:outline-level="1">1 Inleiding</text:h>"##)
        );
        assert!(c.contains(r##"<text:h text:style-name="Heading_20_3" text:outline-level="3">1.1.1 Diep</text:h>"##));
        assert!(c.contains(
            r##"style:name="PB_Heading_20_1" style:family="paragraph" style:parent-style-name="Heading_20_1""##
        ));
        assert!(c.contains(r##"<text:list text:style-name="List_20_Bullet"><text:list-item><text:p text:style-name="List_20_Item">a</text:p>"##));
        assert!(c.contains(r##"<text:list text:style-name="List_20_Number">"##));
        // An introduction stays on the page of its list; other paragraphs do not need to.
        assert!(c.contains(r##"<text:p text:style-name="Text_20_body_20_intro">Lijst:</text:p>"##));
        assert!(c.contains(r##"<text:p text:style-name="Text_20_body">Slot.</text:p>"##));
        assert!(c.contains(r##"<table:table-row table:style-name="TblRow">"##));
        assert!(c.contains(r##"<table:table table:name="Tabel1" table:style-name="TblPB">"##));
        assert!(c.contains("<table:table-header-rows>"));
        // The short row is padded to two cells.
        assert_eq!(c.matches("<table:table-cell ").count(), 6);
        assert!(c.contains(r##"<text:p text:style-name="Note">Let op</text:p>"##));
    }

    #[test]
    fn column_widths_add_up_and_keep_number_columns_narrow() {
        let rows = vec![vec![Text::plain("F1"), Text::plain("x".repeat(200))]];
        let w = column_widths(&["Nr.".into(), "Eis".into()], &rows, 2);
        assert_eq!(w.iter().sum::<u32>(), TEXT_WIDTH_MM);
        assert!(w[0] < 25 && w[1] > 130, "{w:?}");
        let w = column_widths(&[], &[], 3);
        assert_eq!(w.iter().sum::<u32>(), TEXT_WIDTH_MM);
        assert_eq!(mm(165), "16.5cm");
        assert_eq!(mm(7), "0.7cm");
    }

    #[test]
    fn package_starts_with_the_stored_mimetype() {
        let bytes = to_odt(&doc(vec![Block::Paragraph("x".into())]), Lang::Nl).expect("odt");
        assert_eq!(&bytes[0..4], b"PK\x03\x04");
        assert_eq!(&bytes[30..38], b"mimetype");
        assert_eq!(&bytes[38..38 + MEDIA_TYPE.len()], MEDIA_TYPE.as_bytes());
        assert_eq!(to_odt(&doc(Vec::new()), Lang::Nl).expect("odt"), to_odt(&doc(Vec::new()), Lang::Nl).expect("odt"));
    }
}
