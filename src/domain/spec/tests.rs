//! Unit tests of the analyser: behaviour on known sentences, robustness, span invariants.

use super::*;

fn check_invariants(text: &str, a: &Assessment) {
    let mut last_sentence_end = 0;
    for s in a.sentences() {
        assert!(s.span.start <= s.span.end && s.span.end <= text.len());
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        assert!(s.span.start >= last_sentence_end, "sentences overlap");
        last_sentence_end = s.span.end;
        let mut last_end = s.span.start;
        for sig in &s.signals {
            assert!(sig.span.start < sig.span.end, "empty span");
            assert!(sig.span.start >= last_end, "spans unsorted or overlapping");
            assert!(sig.span.end <= s.span.end, "span outside its sentence");
            assert!(text.is_char_boundary(sig.span.start) && text.is_char_boundary(sig.span.end));
            last_end = sig.span.end;
        }
    }
}

#[test]
fn empty_and_blank_input() {
    for t in ["", " ", "\n\n\t", "...", "·"] {
        let a = assess(t);
        assert!(a.sentences().is_empty());
        assert!(a.is_inconclusive());
        assert_eq!(a.functional_share(), None);
        assert_eq!(a.verdict(), Verdict::Technical);
    }
}
