//! XML text escaping for the ODF writer.
//!
//! Invariants: the output of [`escape`] is safe both as element content and inside a
//! double- or single-quoted attribute value; characters XML 1.0 does not allow (C0 control
//! characters other than tab, line feed and carriage return; U+FFFE and U+FFFF) are dropped,
//! and so are DEL and the C1 control characters, which XML 1.0 discourages and no document
//! needs. Everything else passes unchanged.

/// Whether `c` may appear in the XML we write.
pub fn is_allowed(c: char) -> bool {
    match c {
        '\t' | '\n' | '\r' => true,
        '\u{0}'..='\u{1F}' => false,
        '\u{7F}'..='\u{9F}' => false,
        '\u{FFFE}' | '\u{FFFF}' => false,
        _ => true,
    }
}

/// Escapes `&`, `<`, `>`, `"` and `'`, and drops characters XML must not contain.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if is_allowed(c) => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape(r#"<script>alert("x" & 'y')</script>"#),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &apos;y&apos;)&lt;/script&gt;"
        );
        assert_eq!(escape("&amp;"), "&amp;amp;", "already escaped text is escaped again");
    }

    #[test]
    fn drops_what_xml_forbids_and_keeps_the_rest() {
        assert_eq!(escape("a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1F}g"), "abcdefg");
        assert_eq!(escape("x\u{7F}\u{80}\u{9F}y\u{FFFE}\u{FFFF}z"), "xyz");
        assert_eq!(escape("tab\tnl\ncr\r"), "tab\tnl\ncr\r");
        assert_eq!(escape("reïntegratie € 4.250 — ‘quoted’ 😀 \u{A0}"), "reïntegratie € 4.250 — ‘quoted’ 😀 \u{A0}");
        assert_eq!(escape(""), "");
    }
}
