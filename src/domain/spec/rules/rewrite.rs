//! Material for a functional rewrite, taken from the sentence itself: its target group, the
//! means to leave to the provider, a deadline, an input price, and for a mixed sentence its
//! functional part cut out as a clause of its own ("... zodat zij daarna een baan vinden" →
//! "deelnemers daarna een baan vinden"). The words around it ("Het resultaat is dat ...")
//! are texts, in `crate::i18n::spec`.
//!
//! Token positions come from the structure (`structure.rs`); every loop is bounded by the
//! sentence's length.

use super::super::lexicon::{fl, Class, Unit};
use super::super::text::TokKind;
use super::super::{ClauseForm, Kept, Parts, Rewrite, Topic, Verdict};
use super::{topic_index, Analyser, K, TOPICS_ORDER};

/// Personal pronouns that can stand for the target group at the start of a kept clause.
const PRONOUNS: [&str; 6] = ["zij", "ze", "hij", "they", "he", "she"];

/// Separable particles that join the verb when "te" goes ("op te doen" → "opdoen").
const PARTICLES: [&str; 16] = [
    "op", "aan", "af", "in", "uit", "mee", "toe", "door", "terug", "weg", "bij", "na", "over", "vast", "samen", "voor",
];

/// Markers of a clause in subordinate word order.
const SUBORDINATE_MARKERS: [&str; 6] = ["zodat", "opdat", "waardoor", "dat", "that", "so"];

impl Analyser {
    /// Material for a rewrite of the current sentence.
    pub(super) fn rewrite(&self, text: &str, verdict: Verdict) -> Rewrite {
        let slice = |t0: usize, t1: usize| -> Option<String> {
            self.span(t0, t1).map(|sp| sp.text(text).to_string()).filter(|s| !s.is_empty())
        };
        let mut counts = [0usize; 6];
        for x in &self.info {
            if let Some(topic) = x.hit.and_then(|h| h.topic) {
                if let Some(c) = topic_index(topic).and_then(|k| counts.get_mut(k)) {
                    *c += 1;
                }
            }
        }
        let topic = counts
            .iter()
            .enumerate()
            .filter(|(_, &c)| c > 0)
            // On a tie the more specific field wins over work ("volunteer work" is about
            // participation, "taalcoaching op de werkvloer" about language).
            .max_by(|a, b| a.1.cmp(b.1).then((a.0 != 1).cmp(&(b.0 != 1))).then(b.0.cmp(&a.0)))
            .map_or(Topic::General, |(k, _)| TOPICS_ORDER[k]);
        // Not a possessive ("the client's home").
        let client = (0..self.n()).find(|&i| {
            (self.cls(i) == Class::Client || self.unit(i) == Unit::Client)
                && !self.words(text, i, i + 1).contains(['\'', '’'])
        });
        let target_group = client.and_then(|i| {
            // With its adjectives and article ("young people", "de jonge ouders", "the
            // client"); a capital that only starts the sentence is lowered ("Jongeren" →
            // "jongeren").
            let mut from = i;
            while from > 0
                && from + 2 > i
                && matches!(self.tokens.get(from - 1).map(|t| t.kind), Some(TokKind::Word))
                && self.cls(from - 1) == Class::None
                && self.info.get(from - 1).is_some_and(|x| x.flags == 0)
            {
                from -= 1;
            }
            if from > 0 && self.has(from - 1, fl::ARTICLE | fl::EACH) {
                from -= 1;
            }
            let mut words = slice(from, i + 1)?;
            if from == 0 {
                let rest_lower = words.chars().skip(1).all(|c| !c.is_uppercase());
                if rest_lower {
                    if let Some(first) = words.chars().next() {
                        let lower: String = first.to_lowercase().collect();
                        words.replace_range(..first.len_utf8(), &lower);
                    }
                }
            }
            Some(words)
        });
        // "deelnemers", "jongeren", "people": a plural (its base form differs, or an
        // irregular plural); "elke deelnemer" is singular.
        let plural = client.is_some_and(|i| {
            let each = i > 0 && self.has(i - 1, fl::EACH);
            let w = self.w(i);
            !each && (self.lemma(i) != w || matches!(w, "people" | "children" | "kinderen"))
        });
        let mut means: Vec<String> = Vec::new();
        // What to leave to the provider: specific means, amounts, places, staff, methods. Not
        // process conditions (privacy, reporting, approval are legitimate constraints) and
        // not generic nouns ("begeleiding", "hulp") on their own.
        for r in self.raws.iter().filter(|r| {
            !r.kind.is_functional()
                && !matches!(r.kind, K::InputCostUnit | K::ProcessCondition | K::ProviderActivity)
                && (r.kind != K::PrescribedMeans || (r.t0..r.t1).any(|k| self.cls(k) == Class::Means))
                && r.weight >= 0.3
        }) {
            if means.len() >= 3 {
                break;
            }
            if let Some(mut m) = slice(r.t0, r.t1) {
                // "Taalcursus NT2": a capital that only starts the sentence is lowered.
                if r.t0 == 0 && m.chars().skip(1).all(|c| !c.is_uppercase()) {
                    m = lower_first(&m);
                }
                if !means.contains(&m) {
                    means.push(m);
                }
            }
        }
        let outcome = if verdict == Verdict::Mixed {
            self.raws
                .iter()
                .filter(|r| matches!(r.kind, K::Result | K::Level | K::Measure) && r.weight >= 0.5)
                .max_by(|a, b| a.weight.total_cmp(&b.weight))
                .and_then(|r| slice(r.t0, r.t1))
        } else {
            None
        };
        let deadline = self.deadline.and_then(|(a, b)| slice(a, b));
        let input_cost = self.raws.iter().find(|r| r.kind == K::InputCostUnit).and_then(|r| slice(r.t0, r.t1));
        let technical: Vec<_> = self.raws.iter().filter(|r| !r.kind.is_functional() && r.weight >= 0.3).collect();
        // A reporting frequency ("elk kwartaal een rapportage") belongs to the condition.
        let process = technical.iter().any(|r| r.kind == K::ProcessCondition);
        let process_only = process
            && technical.iter().all(|r| matches!(r.kind, K::ProcessCondition | K::ProviderActivity | K::PlaceOrTime));
        let kept = if verdict == Verdict::Mixed { self.kept(text, target_group.as_deref(), plural) } else { None };
        Rewrite { topic, target_group, means, outcome, deadline, input_cost, plural, kept, process_only }
    }

    /// The two parts of a mixed sentence as token ranges: (functional, technical).
    fn part_ranges(&self) -> Option<((usize, usize), (usize, usize))> {
        let fr = &self.frame;
        let n = self.trimmed_end();
        let Some((a, b)) = fr.end else { return self.split_ranges(n) };
        let b = self.before_trailing_means(a, b.min(n));
        if a >= b {
            return None;
        }
        if a <= fr.start {
            // An opening purpose clause: the rest is the means.
            return (b < n).then_some(((a, b), (b, n)));
        }
        if fr.opened_with_means {
            // "Via een stage doet de deelnemer ...": the verb before the subject belongs to
            // the functional part.
            let v = self.verb_before(a).unwrap_or(a);
            return (v > fr.start).then_some(((v, b), (fr.start, v)));
        }
        Some(((a, b), (fr.start, a)))
    }

    /// `a..b` ends before ", door middel van ...", ", via ...": a means named after the result.
    fn before_trailing_means(&self, a: usize, b: usize) -> usize {
        (a + 1..b)
            .find(|&k| self.is_punct(k, ',') && (self.has(k + 1, fl::INSTRUMENT) || self.cls(k + 1) == Class::Means))
            .unwrap_or(b)
    }

    /// Without a purpose marker: parts split at ";" or at "en"/"and" before a second verb
    /// ("... krijgen een taalcursus en halen binnen negen maanden het examen"), when the
    /// results lie on one side and the specific means on the other.
    fn split_ranges(&self, n: usize) -> Option<((usize, usize), (usize, usize))> {
        let start = self.frame.start;
        let weigh = |a: usize, b: usize| {
            self.raws.iter().filter(|r| r.t0 >= a && r.t0 < b).fold((0.0f32, 0.0f32), |(t, f), r| {
                let generic = r.kind == K::PrescribedMeans && (r.t0..r.t1).all(|k| self.cls(k) == Class::MeansGeneric);
                let specific = !(r.kind.is_functional() || generic);
                let result = matches!(r.kind, K::Result | K::Level | K::Measure);
                (if specific { t.max(r.weight) } else { t }, if result { f.max(r.weight) } else { f })
            })
        };
        let split = (start + 2..n.saturating_sub(1))
            .find(|&k| self.is_punct(k, ';') || (self.has(k, fl::COORD) && self.clause_after_coordinator(k + 1)))?;
        let (t_left, f_left) = weigh(start, split);
        let (t_right, f_right) = weigh(split + 1, n);
        if t_left >= 0.5 && f_right >= 0.5 && t_right < 0.5 {
            Some(((split + 1, n), (start, split)))
        } else if f_left >= 0.5 && t_right >= 0.5 && t_left < 0.5 {
            Some(((start, split), (split + 1, n)))
        } else {
            None
        }
    }

    /// After "en"/"and", a second verb rather than a second noun ("en halen ...", "and lead
    /// to ..."): a word that is no article, number, client or known noun.
    fn clause_after_coordinator(&self, k: usize) -> bool {
        matches!(self.tokens.get(k).map(|t| t.kind), Some(TokKind::Word))
            && !self.has(k, fl::ARTICLE | fl::DETERMINER | fl::EACH | fl::PREP | fl::QUANTITY_MODIFIER)
            && matches!(self.cls(k), Class::None | Class::Change | Class::Provision)
            && !self.tokens[k].upper
    }

    /// The functional and technical parts of a mixed sentence, as spans.
    pub(super) fn parts_spans(&self) -> Option<Parts> {
        let ((f0, f1), (t0, t1)) = self.part_ranges()?;
        let functional = self.span(f0, f1)?;
        let technical = self.span(t0, self.trim_break(t0, t1))?;
        Some(Parts { functional, technical })
    }

    /// The token after the last one that is not closing punctuation.
    fn trimmed_end(&self) -> usize {
        let mut n = self.n();
        while n > 0 && matches!(self.tokens.get(n - 1).map(|t| t.kind), Some(TokKind::Punct('.' | '!' | '?' | ';'))) {
            n -= 1;
        }
        n
    }

    /// `t1` without a trailing comma.
    fn trim_break(&self, t0: usize, t1: usize) -> usize {
        let mut t = t1;
        while t > t0 + 1 && self.is_clause_break(t - 1) {
            t -= 1;
        }
        t
    }

    /// The verb right before an inverted subject at `a` ("doet de deelnemer"), if any.
    fn verb_before(&self, a: usize) -> Option<usize> {
        let mut v = a.checked_sub(1)?;
        if self.has(v, fl::ARTICLE | fl::DETERMINER | fl::EACH) {
            v = v.checked_sub(1)?;
        }
        let word = matches!(self.tokens.get(v).map(|t| t.kind), Some(TokKind::Word));
        (word && !self.has(v, fl::PREP) && !self.is_clause_break(v)).then_some(v)
    }

    /// The text of tokens `t0..t1` (as written, with the spacing of the original).
    fn words(&self, text: &str, t0: usize, t1: usize) -> String {
        self.span(t0, t1).map(|sp| sp.text(text).to_string()).unwrap_or_default()
    }

    /// The functional part of a mixed sentence as a clause of its own.
    fn kept(&self, text: &str, who: Option<&str>, plural: bool) -> Option<Kept> {
        let fr = self.frame;
        let ((f0, f1), _) = self.part_ranges()?;
        if f1 <= f0 {
            return None;
        }
        if fr.end.is_none() {
            // Split at ";" or "en": a clause of its own, or a verb phrase that takes the
            // sentence's subject (and its modal: "The course must ... and lead to ...").
            if self.clause_after_coordinator(f0) && f0 > fr.subject_at {
                let mut subject_end = fr.subject_at + 1;
                while subject_end < f0 && self.has(subject_end, fl::MODAL | fl::OBLIGATION) {
                    subject_end += 1;
                }
                let subject = self.words(text, fr.start, subject_end);
                let clause = join(&[&subject, &self.words(text, f0, f1)]);
                return Some(Kept { clause: capitalise(&clause), form: ClauseForm::Main });
            }
            return Some(Kept { clause: capitalise(&self.words(text, f0, f1)), form: ClauseForm::Main });
        }
        // An inverted main clause after an opening means: subject, verb, rest.
        if fr.opened_with_means {
            let subject_from =
                if fr.subject_at > 0 && self.has(fr.subject_at - 1, fl::ARTICLE | fl::DETERMINER | fl::EACH) {
                    fr.subject_at - 1
                } else {
                    fr.subject_at
                };
            let clause = if f0 < subject_from {
                // "doet | de deelnemer | werkritme op" → "de deelnemer doet werkritme op".
                let verb = self.words(text, f0, subject_from);
                let mut np_end = self.noun_phrase_end(fr.subject_at, f1);
                // "moet | het aandeel dat na een jaar nog werkt | stijgen": a relative clause
                // on the subject runs to its own verb, the last word of a Dutch clause.
                let relative = (fr.subject_at + 1..=np_end).find(|&k| self.has(k, fl::RELATIVE));
                if let Some(r) = relative {
                    if let Some(k) = (r + 1..f1.min(r + 10)).find(|&k| self.verbish(k)) {
                        np_end = k + 1;
                    }
                }
                let subject = self.words(text, subject_from, np_end);
                let rest = self.words(text, np_end, f1);
                join(&[&subject, &verb, &rest])
            } else {
                self.words(text, f0, f1)
            };
            return Some(Kept { clause: capitalise(&clause), form: ClauseForm::Main });
        }
        // Skip the marker: "zodat", "so that", "met als doel (dat)", "om", "in order to".
        let mut c = f0;
        while c < f1 && (self.cls(c) == Class::Purpose || self.has(c, fl::OM)) {
            c += 1;
        }
        let marker = self.w(f0);
        if c < f1 && (self.has(c, fl::THAT) || self.w(c) == "to") {
            // "met als doel dat ...", "erop gericht dat ...", "in order to ...".
            let infinitive = self.w(c) == "to";
            c += 1;
            if c >= f1 {
                return None;
            }
            let clause = self.words(text, c, f1);
            return Some(if infinitive {
                Kept { clause, form: ClauseForm::Infinitive }
            } else {
                Kept { clause: self.resolve_pronoun(text, c, f1, who, plural), form: ClauseForm::Subordinate }
            });
        }
        if c >= f1 {
            return None;
        }
        if c > f0 && self.w(c - 1) == "to" {
            // "in order to reach level A2".
            return Some(Kept { clause: self.words(text, c, f1), form: ClauseForm::Infinitive });
        }
        if self.has(f0, fl::OM) {
            // "om werkervaring op te doen": with a plural target group, a subordinate clause
            // without "te" ("deelnemers werkervaring opdoen"); else the infinitive.
            return Some(match who.filter(|_| plural && self.is_dutch_clause(c, f1)) {
                Some(w) => {
                    Kept { clause: format!("{w} {}", self.without_te(text, c, f1)), form: ClauseForm::Subordinate }
                }
                None => Kept { clause: self.words(text, c, f1), form: ClauseForm::Infinitive },
            });
        }
        if SUBORDINATE_MARKERS.contains(&marker) {
            return Some(Kept {
                clause: self.resolve_pronoun(text, c, f1, who, plural),
                form: ClauseForm::Subordinate,
            });
        }
        // "gericht op het terugdringen van ...", "aimed at a job offer": a noun phrase.
        Some(Kept { clause: self.words(text, c, f1), form: ClauseForm::NounPhrase })
    }

    /// The clause `c..f1`, its opening pronoun ("zij", "they") replaced by the target group.
    fn resolve_pronoun(&self, text: &str, c: usize, f1: usize, who: Option<&str>, plural: bool) -> String {
        match who {
            Some(w) if self.pronoun_agrees(c, plural) && c + 1 < f1 => format!("{w} {}", self.words(text, c + 1, f1)),
            _ => self.words(text, c, f1),
        }
    }

    /// The end of the subject's noun phrase: after "het aantal" its noun too ("het aantal
    /// crisismeldingen", "het aandeel van de jongeren").
    fn noun_phrase_end(&self, h: usize, limit: usize) -> usize {
        let mut k = h + 1;
        if !self.has(h, fl::FIGURE | fl::AANTAL) {
            return k;
        }
        if self.has(k, fl::ABOUT) {
            k += 1;
            if self.has(k, fl::ARTICLE | fl::DETERMINER) {
                k += 1;
            }
        }
        let noun = k < limit
            && matches!(self.tokens.get(k).map(|t| t.kind), Some(TokKind::Word))
            && !self.has(k, fl::MODAL | fl::OBLIGATION | fl::STATE_VERB | fl::FIGURE_VERB | fl::PASSIVE);
        if noun {
            k + 1
        } else {
            h + 1
        }
    }

    /// A pronoun at `c` that can stand for the target group: "zij", "ze", "they" for a plural
    /// one, "hij", "he", "she" for a singular one (so the verb still agrees).
    fn pronoun_agrees(&self, c: usize, plural: bool) -> bool {
        let w = self.w(c);
        PRONOUNS.contains(&w) && (matches!(w, "zij" | "ze" | "they") == plural)
    }

    /// Whether the clause has Dutch "te" infinitives (and no English "to").
    fn is_dutch_clause(&self, c: usize, f1: usize) -> bool {
        (c..f1).any(|k| self.has(k, fl::TE))
    }

    /// The words of `c..f1` without "te", a separable particle joined to its verb ("op te
    /// doen" → "opdoen").
    fn without_te(&self, text: &str, c: usize, f1: usize) -> String {
        let mut out: Vec<String> = Vec::new();
        let mut k = c;
        while k < f1 {
            let word = self.words(text, k, k + 1);
            if self.has(k, fl::TE) {
                k += 1;
                continue;
            }
            // "op" before "te doen": held back and joined to the verb.
            if PARTICLES.contains(&self.w(k)) && self.has(k + 1, fl::TE) && k + 2 < f1 + 1 {
                let verb = self.words(text, k + 2, (k + 3).min(f1));
                out.push(format!("{word}{verb}"));
                k += 3;
                continue;
            }
            if matches!(self.tokens.get(k).map(|t| t.kind), Some(TokKind::Punct(','))) {
                if let Some(last) = out.last_mut() {
                    last.push(',');
                }
            } else {
                out.push(word);
            }
            k += 1;
        }
        out.join(" ")
    }
}

/// Joins non-empty pieces with single spaces.
fn join(pieces: &[&str]) -> String {
    pieces.iter().map(|p| p.trim()).filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" ")
}

/// The text with its first letter in lower case.
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The text with its first letter in upper case.
fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::{assess, ClauseForm, Verdict};

    fn kept(text: &str) -> (String, ClauseForm) {
        let a = assess(text);
        let s = &a.sentences()[0];
        assert_eq!(s.verdict, Verdict::Mixed, "{text}: {:?}", s.signals);
        let k = s.rewrite.as_ref().and_then(|r| r.kept.clone()).unwrap_or_else(|| panic!("no kept part: {text}"));
        (k.clause, k.form)
    }

    #[test]
    fn the_functional_part_is_cut_out_in_the_sentences_own_words() {
        assert_eq!(
            kept("Deelnemers lopen een stage van drie maanden bij een erkend leerbedrijf zodat zij daarna een baan vinden."),
            ("deelnemers daarna een baan vinden".to_string(), ClauseForm::Subordinate)
        );
        assert_eq!(
            kept("Via een werkervaringsplaats van zes maanden in de groenvoorziening doet de deelnemer werkritme op."),
            ("De deelnemer doet werkritme op".to_string(), ClauseForm::Main)
        );
        assert_eq!(
            kept("Deelnemers volgen een vrijwilligersstage van twaalf weken om werkervaring op te doen."),
            ("deelnemers werkervaring opdoen".to_string(), ClauseForm::Subordinate)
        );
        assert_eq!(
            kept("Each participant follows a language course of 200 hours in order to reach level A2 within a year."),
            ("reach level A2 within a year".to_string(), ClauseForm::Infinitive)
        );
        assert_eq!(
            kept("De psycholoog voert vijf gesprekken gericht op het terugdringen van de psychische klachten."),
            ("het terugdringen van de psychische klachten".to_string(), ClauseForm::NounPhrase)
        );
    }

    #[test]
    fn a_mixed_sentence_shows_both_parts() {
        let text = "De aanbieder verzorgt 120 uur taalles zodat deelnemers taalniveau B1 halen.";
        let a = assess(text);
        let p = a.sentences()[0].parts.clone().unwrap_or_else(|| panic!("no parts"));
        assert_eq!(p.technical.text(text), "De aanbieder verzorgt 120 uur taalles");
        assert_eq!(p.functional.text(text), "zodat deelnemers taalniveau B1 halen");
    }
}
