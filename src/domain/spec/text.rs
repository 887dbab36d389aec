//! Text plumbing: sentence boundaries, tokens and folding.
//!
//! Invariants: every byte offset produced here lies on a `char` boundary of the input and
//! inside it; sentences come out in order and never overlap. All work is linear in the length
//! of the input: each character is looked at a bounded number of times.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// A run of letters and digits containing at least one letter.
    Word,
    /// Digits, possibly with `.`, `,` or `:` between digits ("1.500", "3,5", "9:00"), or a
    /// number word ("twee", "twelve", "één"; set by the lexicon, except "één").
    Number,
    /// Any other visible character (one token per character).
    Punct(char),
}

/// One token of a sentence. Offsets `start..end` are bytes in the original text; `fold_start
/// ..fold_end` are bytes in the sentence's folded buffer (lower case, diacritics removed).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub fold_start: usize,
    pub fold_end: usize,
    pub kind: TokKind,
    /// The first character is upper case in the original.
    pub upper: bool,
    /// Directly preceded by a hyphen that joins it to the previous word ("NT2-docent").
    pub hyphen_prev: bool,
    /// Directly followed by a hyphen that joins it to the next word ("job-search").
    pub hyphen_next: bool,
    /// A clock time or decimal such as "15.00" or "9:30".
    pub clock: bool,
}

/// Lower-case and strip diacritics from one character, appending to `out`.
pub(crate) fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    for l in c.to_lowercase() {
        let mapped = match l {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
            'ý' | 'ÿ' => 'y',
            'ç' | 'č' => 'c',
            'ñ' => 'n',
            'š' => 's',
            'ž' => 'z',
            'ĳ' => {
                out.push_str("ij");
                continue;
            }
            'ß' => {
                out.push_str("ss");
                continue;
            }
            'æ' => {
                out.push_str("ae");
                continue;
            }
            'œ' => {
                out.push_str("oe");
                continue;
            }
            other => other,
        };
        out.push(mapped);
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | '`')
}

fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '·' | '▪' | '◦' | '●' | '■' | '►' | '▸' | '‣' | '∙' | '⁃')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "bijv", "bv", "ca", "nl", "incl", "excl", "evt", "resp", "mr", "dhr", "mevr", "drs", "dr", "ir", "ing", "prof",
    "nr", "art", "jl", "zgn", "tel", "blz", "pag", "vgl", "vs", "mrs", "ms", "no", "approx", "fig", "min", "max", "st",
    "jr", "sr", "vlg", "mln", "mld", "wo", "ad",
];

/// Splits `text` into sentence ranges (byte offsets), appending to `out`.
///
/// Boundaries: `.`, `!`, `?` followed by white space and then not a lower-case letter (and not
/// after a known abbreviation or a single letter as in "o.a."); bullet characters; every line
/// break. A `;` does not end a sentence: it joins the parts of one requirement ("... ; de
/// aanbieder zet daarvoor ... in"), which the rules weigh as segments of one sentence. A line is an item of its own: people type one requirement per line, often
/// without a full stop, and a line after a full stop is never the same sentence. Leading list markers
/// ("1.", "a)", "-", "·") are trimmed from each sentence; sentences without a letter or digit
/// are dropped.
pub(crate) fn split_sentences(text: &str, out: &mut Vec<(usize, usize)>) {
    // A byte scan: every boundary character is ASCII or starts with the lead byte 0xC2 ("·")
    // or 0xE2 ("•", "…", "▪", ...), and UTF-8 continuation bytes never equal those.
    let bytes = text.as_bytes();
    let mut start = 0usize;
    let mut i = 0usize;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'!' | b'?' => {
                push_sentence(text, start, i + 1, out);
                start = i + 1;
            }
            b'.' => {
                let (ws, we) = word_before(text, i);
                if full_stop_ends_sentence(text, bytes, start, ws, we, i, i + 1) {
                    push_sentence(text, start, i + 1, out);
                    start = i + 1;
                }
            }
            b'\n' => {
                push_sentence(text, start, i, out);
                start = i + 1;
            }
            0xC2 | 0xE2 => {
                if let Some(c) = text.get(i..).and_then(|t| t.chars().next()) {
                    let next = i + c.len_utf8();
                    if c == '…' {
                        push_sentence(text, start, next, out);
                        start = next;
                    } else if is_bullet(c) {
                        push_sentence(text, start, i, out);
                        start = next;
                    }
                    i = next;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    push_sentence(text, start, text.len(), out);
}

/// The word (letters and digits, at most 12 characters) ending right before byte `dot`, as a
/// byte range; an empty range at `dot` if there is none.
fn word_before(text: &str, dot: usize) -> (usize, usize) {
    let Some(before) = text.get(..dot) else {
        return (dot, dot);
    };
    let mut ws = dot;
    for (k, c) in before.char_indices().rev().take(13) {
        if c.is_alphanumeric() {
            ws = k;
        } else {
            break;
        }
    }
    (ws, dot)
}

fn full_stop_ends_sentence(
    text: &str,
    bytes: &[u8],
    start: usize,
    word_start: usize,
    word_end: usize,
    dot: usize,
    after: usize,
) -> bool {
    // "1.500", "e.g", "www.x.nl": no white space (or closing mark) after the dot.
    let follows_ok = match text.get(after..).and_then(|s| s.chars().next()) {
        None => true,
        Some(c) => c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | ')' | ']'),
    };
    if !follows_ok {
        return false;
    }
    let next = next_visible_any(text, after);
    if let Some(c) = next {
        if c.is_lowercase() || matches!(c, ',' | ';' | ':') {
            return false;
        }
    }
    let word_before = word_end == dot && word_start < word_end;
    if word_before {
        let word = text.get(word_start..word_end).unwrap_or("");
        // An enumerator such as "1." at the start of an item: keep it with its item.
        if word.len() <= 3
            && word.bytes().all(|b| b.is_ascii_digit())
            && text.get(start..word_start).is_some_and(|s| s.trim().is_empty())
        {
            return false;
        }
        let chars = word.chars().count();
        if chars == 1 {
            // "o.a.", "e.g.", "L.W.": a single letter after another dot is an abbreviation.
            let prev_is_dot = word_start > 0 && bytes.get(word_start - 1) == Some(&b'.');
            if prev_is_dot || !next.is_some_and(|c| c.is_uppercase()) {
                return false;
            }
        }
        if chars <= 6 {
            let mut folded = String::with_capacity(word.len());
            for c in word.chars() {
                fold_char(c, &mut folded);
            }
            if ABBREVIATIONS.contains(&folded.as_str()) {
                return false;
            }
        }
    }
    true
}

/// The next non-white-space character after `from`, across line breaks.
fn next_visible_any(text: &str, from: usize) -> Option<char> {
    text.get(from..)?.chars().find(|c| !c.is_whitespace())
}

/// Trims a candidate sentence and pushes it when it holds a letter or digit.
fn push_sentence(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let Some(slice) = text.get(start..end) else {
        return;
    };
    let lead = slice.len() - slice.trim_start().len();
    let mut s = start + lead;
    let e = start + slice.trim_end().len();
    if s >= e {
        return;
    }
    s = skip_list_marker(text, s, e);
    // Leading closing marks left over from the previous sentence.
    while let Some(c) = text.get(s..e).and_then(|x| x.chars().next()) {
        if matches!(c, ')' | ']' | '"' | '”' | '’') || c.is_whitespace() {
            s += c.len_utf8();
        } else {
            break;
        }
    }
    match text.get(s..e) {
        Some(body) if body.chars().any(|c| c.is_alphanumeric()) => out.push((s, e)),
        _ => {}
    }
}

/// Skips list markers at the start of an item: "-", "*", "1.", "1)", "12 " (digits followed by
/// a space and an upper-case letter), "a)", "a." and "a " before an upper-case letter.
fn skip_list_marker(text: &str, s: usize, e: usize) -> usize {
    let Some(body) = text.get(s..e) else {
        return s;
    };
    let mut chars = body.char_indices();
    let Some((_, first)) = chars.next() else {
        return s;
    };
    if matches!(first, '-' | '*' | '–' | '—' | '>') || is_bullet(first) {
        let rest = body.get(first.len_utf8()..).unwrap_or("");
        let trimmed = rest.trim_start();
        if trimmed.is_empty() {
            return s;
        }
        return s + (body.len() - trimmed.len());
    }
    // Digits or a single lower-case letter, then ".", ")" or a space before an upper-case letter.
    let marker_len = if first.is_ascii_digit() {
        body.bytes().take_while(|b| b.is_ascii_digit()).count()
    } else if first.is_ascii_lowercase() {
        1
    } else {
        return s;
    };
    if marker_len > 3 {
        return s;
    }
    let after = body.get(marker_len..).unwrap_or("");
    let mut ac = after.chars();
    let sep = ac.next();
    let (skip, need_upper) = match sep {
        Some('.') | Some(')') => (marker_len + 1, false),
        Some(' ') => (marker_len + 1, true),
        _ => return s,
    };
    let rest = body.get(skip..).unwrap_or("");
    let trimmed = rest.trim_start();
    let next = trimmed.chars().next();
    let ok = match next {
        None => false,
        Some(c) if need_upper => c.is_uppercase(),
        // "3.5", "1.500" are numbers, not markers.
        Some(c) => !c.is_ascii_digit() && (rest.starts_with(' ') || rest.is_empty()),
    };
    if ok && !(first.is_ascii_lowercase() && sep == Some('.') && !rest.starts_with(' ')) {
        s + (body.len() - trimmed.len())
    } else {
        s
    }
}

/// `char::is_alphanumeric` with an ASCII fast path.
#[inline(always)]
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// The character at byte `i` of `body` and its length; ASCII without decoding.
#[inline(always)]
fn char_at(body: &str, i: usize) -> Option<(char, usize)> {
    let b = *body.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    body.get(i..)?.chars().next().map(|c| (c, c.len_utf8()))
}

/// Tokenises `text[s..e]` into `tokens`, writing folded word text into `fold`. Both buffers
/// are cleared first, so callers can reuse them across sentences without allocating.
pub(crate) fn tokenize(text: &str, s: usize, e: usize, tokens: &mut Vec<Token>, fold: &mut String) {
    tokens.clear();
    fold.clear();
    let Some(body) = text.get(s..e) else {
        return;
    };
    let n = body.len();
    let mut i = 0usize;
    // Absolute offset of a hyphen that directly follows the previous token.
    let mut hyphen_at: Option<usize> = None;
    while i < n {
        // ASCII white space between words: the common case, skipped without decoding.
        if body.as_bytes().get(i).is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {
            hyphen_at = None;
            i += 1;
            continue;
        }
        let Some((c, len)) = char_at(body, i) else {
            // Not a char boundary (cannot happen from a valid start); step over the byte.
            i += 1;
            continue;
        };
        if !is_alnum(c) {
            let abs = s + i;
            if is_hyphen(c) {
                if tokens.last().is_some_and(|t| t.end == abs) {
                    hyphen_at = Some(abs);
                }
            } else if c == '.'
                && tokens
                    .last()
                    .is_some_and(|t| t.end == abs && matches!(fold.get(t.fold_start..t.fold_end), Some("min" | "max")))
            {
                // Round 33: the full stop of memo shorthand "min. 3 uur", "max. 12 deelnemers"
                // is no token: the abbreviation reads as "minimaal", "maximaal".
            } else if !c.is_whitespace() && !is_apostrophe(c) {
                tokens.push(Token {
                    start: abs,
                    end: abs + len,
                    fold_start: fold.len(),
                    fold_end: fold.len(),
                    kind: TokKind::Punct(c),
                    upper: false,
                    hyphen_prev: false,
                    hyphen_next: false,
                    clock: false,
                });
            }
            if !is_hyphen(c) {
                hyphen_at = None;
            }
            i += len;
            continue;
        }
        // A run of letters and digits, with joiners: apostrophes between letters ("auto's"),
        // separators between digits ("1.500", "9:30").
        let start = i;
        let mut j = i;
        let mut last = c;
        let mut has_letter = false;
        let mut has_sep = false;
        let mut accented_e = false;
        let mut ascii = true;
        let mut joined = false;
        while let Some((c2, l2)) = char_at(body, j) {
            if c2.is_ascii_alphabetic() {
                has_letter = true;
                last = c2;
                j += 1;
                continue;
            }
            if c2.is_ascii_digit() {
                last = c2;
                j += 1;
                continue;
            }
            if !c2.is_ascii() && c2.is_alphanumeric() {
                has_letter |= c2.is_alphabetic();
                accented_e |= matches!(c2, 'é' | 'É');
                ascii &= l2 == 1;
                last = c2;
                j += l2;
                continue;
            }
            let after = char_at(body, j + l2).map(|x| x.0);
            if is_apostrophe(c2) && last.is_alphabetic() && after.is_some_and(char::is_alphabetic) {
                joined = true;
                j += l2;
                continue;
            }
            if matches!(c2, '.' | ',' | ':')
                && last.is_ascii_digit()
                && !has_letter
                && after.is_some_and(|x| x.is_ascii_digit())
            {
                has_sep = true;
                j += l2;
                continue;
            }
            break;
        }
        let run = body.get(start..j).unwrap_or("");
        let fold_start = fold.len();
        if ascii && !joined {
            fold.push_str(run);
            if let Some(part) = fold.get_mut(fold_start..) {
                part.make_ascii_lowercase();
            }
        } else {
            for ch in run.chars() {
                if !is_apostrophe(ch) {
                    fold_char(ch, fold);
                }
            }
        }
        let fold_end = fold.len();
        let folded = fold.get(fold_start..fold_end).unwrap_or("");
        let kind = if !has_letter || (accented_e && folded == "een") {
            // Digits, or "één" (other number words are marked by the lexicon).
            TokKind::Number
        } else {
            TokKind::Word
        };
        let clock = kind == TokKind::Number
            && has_sep
            && folded.len() >= 4
            && folded.rfind(['.', ':']).is_some_and(|p| folded.len() - p == 3);
        let hyphen_next = char_at(body, j)
            .is_some_and(|(h, hl)| is_hyphen(h) && char_at(body, j + hl).is_some_and(|(x, _)| x.is_alphanumeric()));
        let abs_start = s + start;
        tokens.push(Token {
            start: abs_start,
            end: s + j,
            fold_start,
            fold_end,
            kind,
            upper: c.is_uppercase(),
            // Only hyphens stand between the previous token and this one.
            hyphen_prev: hyphen_at.is_some(),
            hyphen_next,
            clock,
        });
        hyphen_at = None;
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split_sentences(text, &mut out);
        out.iter().map(|&(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn splits_on_full_stops_and_keeps_abbreviations() {
        let t = "De klant volgt o.a. een cursus, bijv. NT2. Daarna werkt hij 3,5 dag. Kosten: 1.500 euro.";
        assert_eq!(
            sentences(t),
            vec!["De klant volgt o.a. een cursus, bijv. NT2.", "Daarna werkt hij 3,5 dag.", "Kosten: 1.500 euro."]
        );
    }

    #[test]
    fn splits_lists_and_bullets() {
        let t = "Functionele eisen\n· De opdrachtnemer bevordert participatie. · Er wordt uitgegaan van een integrale aanpak.\n1 De dienstverlening vindt plaats in Apeldoorn;\n2. Een uniforme werkwijze";
        assert_eq!(
            sentences(t),
            vec![
                "Functionele eisen",
                "De opdrachtnemer bevordert participatie.",
                "Er wordt uitgegaan van een integrale aanpak.",
                "De dienstverlening vindt plaats in Apeldoorn;",
                "Een uniforme werkwijze"
            ]
        );
    }

    #[test]
    fn every_line_is_an_item() {
        assert_eq!(
            sentences("We betalen per uur begeleiding.\nasdf qwerty"),
            vec!["We betalen per uur begeleiding.", "asdf qwerty"]
        );
        assert_eq!(
            sentences("Eerste eis zonder punt\nTweede eis zonder punt\r\nderde eis klein"),
            vec!["Eerste eis zonder punt", "Tweede eis zonder punt", "derde eis klein"]
        );
    }

    #[test]
    fn tokens_fold_and_recognise_numbers() {
        let t = "Één reïntegratie-traject van 1.500 euro om 15.00 uur, auto's";
        let mut toks = Vec::new();
        let mut fold = String::new();
        tokenize(t, 0, t.len(), &mut toks, &mut fold);
        let words: Vec<&str> = toks.iter().map(|t| &fold[t.fold_start..t.fold_end]).collect();
        assert_eq!(
            words,
            vec!["een", "reintegratie", "traject", "van", "1.500", "euro", "om", "15.00", "uur", "", "autos"]
        );
        assert_eq!(toks[0].kind, TokKind::Number, "één");
        assert!(toks[2].hyphen_prev && toks[1].hyphen_next);
        assert!(toks[7].clock && !toks[4].clock);
    }
}
