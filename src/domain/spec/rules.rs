//! The rules: from tokens and their word classes to weighted signals and a verdict.
//!
//! A sentence is read in passes. Each pass may *claim* tokens; a claimed token belongs to one
//! signal only, so signal spans never overlap. Order matters and goes from the most specific
//! pattern to the least: phrases, method names, numbers with units, cost units, schedules,
//! places, purpose clauses, modal verbs, then single words. Context rules then adjust weights:
//! means that are only examples ("bijvoorbeeld") or left to the provider count less, means
//! under an obligation ("moet", "uitsluitend") a little more; a purpose marker counts fully
//! only when a result follows it.
//!
//! All loops are bounded per token (windows of a few tokens) or run once per sentence, so the
//! work stays linear in the length of the text.

mod rewrite;
mod structure;

use super::lexicon::{fl, lexicon, pairs, tw, Class, Entry, FastMap, Hit, Lexicon, Unit};
use super::text::{self, TokKind, Token};
use super::{model, SentenceAssessment, Signal, SignalKind as K, Span, TextLanguage, Topic, Verdict};
use structure::{Frame, Role};

/// A sentence is mixed when both sides weigh at least this much...
const MIX_MIN: f32 = 0.7;
/// ...and the lighter side weighs at least this share of the heavier one.
const MIX_RATIO: f32 = 0.45;
/// Each further signal on one side counts this much less than the previous one.
const DIMINISH: f32 = 0.75;
/// Technical signals that the provider is left free to choose, or that are given as examples.
const DISCOUNT_FREE: f32 = 0.35;
/// Technical signals under "kan worden ingezet": a possibility, not a prescription.
const DISCOUNT_POSSIBLE: f32 = 0.6;
/// Technical signals under an obligation ("moet", "uitsluitend").
const BOOST_OBLIGED: f32 = 1.15;
/// In a sentence of a means part and an end part ("X, zodat Y"), the strongest specific
/// technical signal before and the strongest result after must weigh this much for "mixed".
pub(super) const PART_MIN: f32 = 0.5;
/// How far (in tokens) the rules look around a quantity or after a marker.
const WINDOW: usize = 4;
/// The longest look-ahead of any rule.
const LOOKAHEAD: usize = 24;

#[derive(Debug, Clone, Copy)]
struct Info {
    hit: Option<Hit>,
    /// The effective class: from the word, or from a phrase that covers it.
    cls: Class,
    used: bool,
    /// An upper-case CEFR level such as "A2" or "B1".
    cefr: bool,
    /// The closed lists (`fl::*`) the word belongs to.
    flags: u128,
    /// The word's base form (from the lexicon) is a measuring instrument
    /// (`fl::INSTRUMENT_NOUN`): looked up once here, not at every question of the rules.
    lemma_instrument: bool,
    /// The rules' trigger words (`tw::*`) the word is.
    triggers: u32,
    /// Clause segment (split at "maar", "zodat", ";"), set by the context pass.
    segment: u32,
    /// Inside the scope of an example marker ("bijvoorbeeld").
    example: bool,
}

#[derive(Debug, Clone, Copy)]
struct Raw {
    t0: usize,
    /// Exclusive.
    t1: usize,
    kind: K,
    weight: f32,
}

/// Reusable buffers for analysing sentence after sentence without allocating.
pub(crate) struct Analyser {
    lex: &'static Lexicon,
    tokens: Vec<Token>,
    info: Vec<Info>,
    fold: String,
    scratch: String,
    raws: Vec<Raw>,
    /// "binnen zes maanden": token range of a deadline, for the rewrite.
    deadline: Option<(usize, usize)>,
    /// Round 30: the sentence opens with a heading of input ("Inzet:", "Input:").
    input_label: bool,
    /// Round 32: the sentence opens with a heading that is one staff word ("Jobcoach:",
    /// "Werkleider:"): what follows asks something of that person.
    staff_label: bool,
    /// Per token: some functional content (result, level, measure, problem, change) follows.
    func_after: Vec<bool>,
    dutch: usize,
    english: usize,
    /// Per clause segment: the provider is left free there.
    free_segments: Vec<bool>,
    /// Scratch for the weights of one side.
    weights: Vec<f32>,
    /// The structure of the current sentence (subject, means and end part).
    frame: Frame,
    /// The union of the list bits, and of the trigger bits, of the sentence's words, and
    /// whether it has a number (set by `lookup_all`): a pass whose opening words are absent
    /// is skipped whole.
    sentence_bits: u128,
    sentence_triggers: u32,
    sentence_number: bool,
    /// Scratch for the model's word buckets.
    model_buckets: Vec<u32>,
    /// Lookups already done: (word class hit, list bits) by folded word. Kept between calls
    /// of `assess` (see `WORD_CACHE`), so re-analysing while the user types is cheap.
    cache: WordCache,
}

/// A cached lookup: the hit, the list bits, whether the hit's base form is an instrument, and
/// the trigger bits.
type Cached = (Option<Hit>, u128, bool, u32);

/// Lookups already done, by folded word. Most words have at most 16 bytes: they are kept by
/// value, as their bytes in a `u128` (a folded word has no zero byte, so the padding cannot
/// make two words equal), which needs no allocation per word; longer ones by their text.
#[derive(Default)]
pub(crate) struct WordCache {
    short: FastMap<u128, Cached>,
    long: FastMap<Box<str>, Cached>,
}

impl WordCache {
    /// The key of a word of at most 16 bytes.
    fn short_key(word: &str) -> Option<u128> {
        let b = word.as_bytes();
        (b.len() <= 16).then(|| {
            let mut k = [0u8; 16];
            k[..b.len()].copy_from_slice(b);
            u128::from_le_bytes(k)
        })
    }

    fn get(&self, word: &str) -> Option<Cached> {
        match Self::short_key(word) {
            Some(k) => self.short.get(&k).copied(),
            None => self.long.get(word).copied(),
        }
    }

    fn insert(&mut self, word: &str, value: Cached) {
        match Self::short_key(word) {
            Some(k) => self.short.insert(k, value),
            None => self.long.insert(word.into(), value),
        };
    }

    fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    /// Makes room in an empty cache: a bestek of 20,000 characters has about 1,500 different
    /// words, so the cache does not grow (and rehash) step by step while it is analysed.
    fn reserve_when_empty(&mut self) {
        if self.short.capacity() == 0 {
            self.short.reserve(2048);
        }
    }
}

/// Empties the word cache between calls.
pub(crate) fn clear_cache() {
    WORD_CACHE.with(|c| *c.borrow_mut() = WordCache::default());
}

/// Past this many words the cache is cleared rather than grown (about 1 MB at most).
const CACHE_LIMIT: usize = 20_000;

thread_local! {
    /// The word cache between calls. The lexicon is static, so a cached lookup never goes
    /// stale; the cache only bounds memory.
    static WORD_CACHE: std::cell::RefCell<WordCache> = std::cell::RefCell::new(WordCache::default());
}

fn is_cefr(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() == 2 && matches!(b[0], b'a' | b'b' | b'c') && matches!(b[1], b'1' | b'2')
}

fn kind_of(class: Class) -> Option<K> {
    Some(match class {
        Class::Means | Class::MeansGeneric => K::PrescribedMeans,
        Class::Staff | Class::Qualification | Class::Credential => K::StaffQualification,
        Class::Place | Class::Schedule => K::PlaceOrTime,
        Class::Method => K::NamedMethod,
        Class::Process => K::ProcessCondition,
        Class::InputCost => K::InputCostUnit,
        Class::OutcomeCost => K::OutcomeCostUnit,
        Class::Result | Class::Problem | Class::Change => K::Result,
        Class::Level => K::Level,
        Class::Measure => K::Measure,
        Class::Purpose => K::Purpose,
        Class::Freedom => K::ProviderFreedom,
        Class::None | Class::Cost | Class::Client | Class::Provision => return None,
    })
}

/// Participles of verbs of change that read as a change only in the perfect ("is afgenomen").
const CHANGE_PARTICIPLES: [&str; 7] =
    ["gedaald", "gestegen", "afgenomen", "toegenomen", "gegroeid", "verdubbeld", "gehalveerd"];

/// Nouns of possibility whose "om ... te" says what the possibility is, not a purpose.
pub(super) const POSSIBILITY_NOUNS: [&str; 10] = [
    "mogelijkheid",
    "mogelijkheden",
    "kans",
    "kansen",
    "gelegenheid",
    "optie",
    "opties",
    "manier",
    "manieren",
    "keuze",
];

/// Nouns a qualification word can qualify that make it about measuring, not about staff
/// ("een erkende toets", "a recognised test").
const MEASURING_HEADS: [&str; 8] =
    ["toets", "test", "examen", "meting", "meetinstrument", "vragenlijst", "exam", "assessment"];

/// Nouns for an organisation that delivers: a qualification of one is a requirement of the
/// provider ("erkend leerbedrijf", "gecertificeerd opleidingsinstituut").
const ORGANISATION_HEADS: [&str; 12] = [
    "instituut",
    "instelling",
    "bedrijf",
    "bureau",
    "organisatie",
    "school",
    "opleider",
    "aanbieder",
    "institute",
    "organisation",
    "organization",
    "provider",
];

/// Fractions in words after "een"/"a"/"one": "een derde", "a fifth", "one quarter".
const FRACTION_WORDS: [&str; 12] =
    ["derde", "vierde", "vijfde", "zesde", "tiende", "third", "fourth", "fifth", "sixth", "tenth", "quarter", "half"];

/// What a comparison with the situation before refers to: "dan bij de start", "dan voorheen",
/// "ten opzichte van de nulmeting", "than at baseline", "than before".
const BASELINE_WORDS: [&str; 20] = [
    "start",
    "nulmeting",
    "intake",
    "aanmelding",
    "begin",
    "aanvang",
    "voorheen",
    "daarvoor",
    "vooraf",
    "tevoren",
    "instroom",
    "startmeting",
    "beginsituatie",
    "before",
    "baseline",
    "beginning",
    "previously",
    "entry",
    "referral",
    "outset",
];

/// Whether an unknown word's ending marks a person (see `Analyser::person_nouns`).
fn is_person_noun(w: &str) -> bool {
    const NOT_PERSON: [&str; 12] = [
        "voerders",
        "verleners",
        "leiders",
        "bieders",
        "ments",
        "tters",
        "lters",
        "eters",
        "ittees",
        "antees",
        "grees",
        "ers's",
    ];
    if NOT_PERSON.iter().any(|x| w.ends_with(x)) {
        return false;
    }
    ["ers", "sters", "ees", "ants", "ents"].iter().any(|x| w.ends_with(x))
}

/// "trajectprijs", "trajectkosten", "gemiddelde-trajectprijs": the price of one whole
/// trajectory (integral), which the guide counts as functional but which is not in itself a
/// price per result.
fn is_trajectory_price(word: &str) -> bool {
    ["trajectprijs", "trajectkosten", "trajectkost", "trajectory price"].iter().any(|w| word.ends_with(w))
}

fn is_means(c: Class) -> bool {
    matches!(c, Class::Means | Class::MeansGeneric | Class::Staff)
}

fn is_functional_content(c: Class) -> bool {
    matches!(c, Class::Result | Class::Level | Class::Measure | Class::Problem | Class::Change)
}

impl Analyser {
    pub(crate) fn new() -> Analyser {
        Analyser {
            lex: lexicon(),
            tokens: Vec::new(),
            info: Vec::new(),
            fold: String::new(),
            scratch: String::new(),
            raws: Vec::new(),
            deadline: None,
            input_label: false,
            staff_label: false,
            func_after: Vec::new(),
            dutch: 0,
            english: 0,
            free_segments: Vec::new(),
            weights: Vec::new(),
            frame: Frame::default(),
            sentence_bits: 0,
            sentence_triggers: 0,
            sentence_number: false,
            model_buckets: Vec::new(),
            cache: WORD_CACHE.with(|c| {
                let mut cache = std::mem::take(&mut *c.borrow_mut());
                cache.reserve_when_empty();
                cache
            }),
        }
    }

    /// Hands the word cache back for the next call.
    pub(crate) fn finish_text(mut self) {
        if self.cache.len() > CACHE_LIMIT {
            self.cache = WordCache::default();
        }
        let cache = std::mem::take(&mut self.cache);
        WORD_CACHE.with(|c| *c.borrow_mut() = cache);
    }

    /// The language of everything analysed so far, by function words.
    pub(crate) fn language(&self) -> Option<TextLanguage> {
        if self.dutch == 0 && self.english == 0 {
            None
        } else if self.dutch >= self.english {
            Some(TextLanguage::Dutch)
        } else {
            Some(TextLanguage::English)
        }
    }

    // --- token accessors (all bounds-checked) ----------------------------------------------

    #[inline(always)]
    fn n(&self) -> usize {
        self.tokens.len()
    }

    /// The folded text of token `i` ("" for punctuation or out of range).
    #[inline(always)]
    fn w(&self, i: usize) -> &str {
        match self.tokens.get(i) {
            Some(t) if !matches!(t.kind, TokKind::Punct(_)) => self.fold.get(t.fold_start..t.fold_end).unwrap_or(""),
            _ => "",
        }
    }

    /// The base form of token `i` if the lexicon knows it, else its folded text.
    #[inline(always)]
    fn lemma(&self, i: usize) -> &str {
        match self.info.get(i).and_then(|x| x.hit) {
            Some(h) if !h.lemma.is_empty() => h.lemma,
            _ => self.w(i),
        }
    }

    /// Whether token `i` belongs to the closed list `flag` (`fl::*`).
    #[inline(always)]
    fn has(&self, i: usize, flag: u128) -> bool {
        self.info.get(i).is_some_and(|x| x.flags & flag != 0)
    }

    /// Whether token `i` is one of the trigger words `bit` (`tw::*`): a rule's cheap first
    /// question before it compares words.
    #[inline(always)]
    pub(super) fn triggers(&self, i: usize, bit: u32) -> bool {
        self.info.get(i).is_some_and(|x| x.triggers & bit != 0)
    }

    #[inline(always)]
    fn is_punct(&self, i: usize, c: char) -> bool {
        matches!(self.tokens.get(i), Some(t) if t.kind == TokKind::Punct(c))
    }

    #[inline(always)]
    fn is_clause_break(&self, i: usize) -> bool {
        matches!(self.tokens.get(i).map(|t| t.kind), Some(TokKind::Punct(',' | ';' | ':' | '(' | ')')))
    }

    #[inline(always)]
    fn is_number(&self, i: usize) -> bool {
        matches!(self.tokens.get(i), Some(t) if t.kind == TokKind::Number)
    }

    #[inline(always)]
    fn cls(&self, i: usize) -> Class {
        self.info.get(i).map_or(Class::None, |x| x.cls)
    }

    #[inline(always)]
    fn unit(&self, i: usize) -> Unit {
        match self.info.get(i).and_then(|x| x.hit) {
            Some(h) => h.entry.unit,
            None => Unit::None,
        }
    }

    #[inline(always)]
    fn used(&self, i: usize) -> bool {
        self.info.get(i).is_none_or(|x| x.used)
    }

    fn free(&self, t0: usize, t1: usize) -> bool {
        t0 < t1 && t1 <= self.n() && (t0..t1).all(|i| !self.used(i))
    }

    /// Records a signal over tokens `t0..t1` if they are all still free.
    fn push(&mut self, t0: usize, t1: usize, kind: K, weight: f32) -> bool {
        if !self.free(t0, t1) {
            return false;
        }
        for x in &mut self.info[t0..t1] {
            x.used = true;
        }
        self.raws.push(Raw { t0, t1, kind, weight });
        true
    }

    fn claim(&mut self, t0: usize, t1: usize) {
        let t1 = t1.min(self.n());
        for x in self.info.get_mut(t0..t1).into_iter().flatten() {
            x.used = true;
        }
    }

    /// A negation among the `k` words before token `i`.
    fn negated_before(&self, i: usize, k: usize) -> bool {
        (i.saturating_sub(k)..i).any(|j| self.has(j, fl::NEGATION))
    }

    /// "in plaats van", "instead of", "niet" right before token `i`.
    fn rejected_before(&self, i: usize) -> bool {
        if self.negated_before(i, 1) {
            return true;
        }
        pairs::INSTEAD.iter().any(|[a, b, c]| {
            let len = if c.is_empty() { 2 } else { 3 };
            i >= len && self.w(i - len) == *a && self.w(i - len + 1) == *b && (c.is_empty() || self.w(i - 1) == *c)
        })
    }

    /// The index of the first word before `i` that is not a quantity modifier such as
    /// "minimaal", "ten minste", "at least".
    fn before_modifiers(&self, i: usize) -> Option<usize> {
        let mut j = i;
        for _ in 0..4 {
            j = j.checked_sub(1)?;
            if !self.has(j, fl::QUANTITY_MODIFIER) {
                return Some(j);
            }
        }
        None
    }

    /// Extends a quantity over "per week", "a week", "in de week".
    fn extend_per_time(&self, end: usize) -> usize {
        if self.has(end, fl::TIME_PER) && self.unit(end + 1) == Unit::Time && self.free(end, end + 2) {
            return end + 2;
        }
        if self.has(end, fl::IN)
            && self.has(end + 1, fl::ARTICLE)
            && self.unit(end + 2) == Unit::Time
            && self.free(end, end + 3)
        {
            return end + 3;
        }
        end
    }

    /// Words that may stand between a number or "per" and its unit: articles and adjectives
    /// without a class of their own ("vier individuele gesprekken").
    pub(super) fn skippable(&self, i: usize) -> bool {
        if self.used(i) || !matches!(self.tokens.get(i).map(|t| t.kind), Some(TokKind::Word)) {
            return false;
        }
        if self.has(i, fl::SKIPPABLE) {
            return true;
        }
        self.cls(i) == Class::None && self.unit(i) == Unit::None && self.w(i).ends_with('e') && self.w(i).len() > 3
    }

    // --- the analysis ----------------------------------------------------------------------

    /// Analyses the sentence `text[s..e]`.
    pub(crate) fn sentence(&mut self, text: &str, s: usize, e: usize) -> SentenceAssessment {
        text::tokenize(text, s, e, &mut self.tokens, &mut self.fold);
        // A heading before a colon ("Eis 4.2:", "KPI:", "Prestatie-indicator:") names the kind
        // of requirement, not its content: the sentence after it decides.
        self.input_label = false;
        self.staff_label = false;
        if let Some(from) = self.heading_end() {
            self.input_label = matches!(self.w(0), "inzet" | "input" | "middelen" | "means");
            // Round 33: also a staff word with its employer ("Casemanager opdrachtnemer:").
            if self.is_punct(1, ':') || self.is_punct(2, ':') && self.lex.flags(self.w(1)) & fl::PROVIDER != 0 {
                let first = self.w(0).to_string();
                self.staff_label =
                    self.lex.lookup(&first, &mut self.scratch).is_some_and(|h| h.entry.class == Class::Staff);
            }
            text::tokenize(text, from, e, &mut self.tokens, &mut self.fold);
        }
        self.raws.clear();
        self.deadline = None;
        self.lookup_all();
        self.person_nouns();
        self.perfect_changes();
        self.pass_employment();
        self.pass_time_clauses();
        self.pass_phrases();
        self.pass_takes_place();
        self.pass_methods_and_prescriptions();
        self.pass_left_to_provider();
        let flags = self.sentence_flags();
        self.frame = self.frame();
        self.pass_word_targets();
        self.pass_baseline();
        self.pass_income_limit();
        self.pass_school_year();
        self.pass_staff_ratio();
        self.opening_count_ratio();
        self.pass_quantities(&flags);
        self.pass_schedules(&flags);
        self.pass_per(&flags);
        self.pass_cost_words();
        self.pass_places();
        self.pass_purpose_om();
        self.pass_parity();
        self.pass_kept_problems();
        self.pass_paid_inputs();
        let possibility = self.pass_modals(&flags);
        self.pass_singles(&flags);
        self.pass_norm_levels();
        self.pass_share_receiving();
        self.pass_programme_input();
        self.pass_zero_targets();
        self.pass_run_by_clients();
        self.pass_included_in_price();
        self.pass_paid_result_clause();
        self.pass_means_after_purpose();
        self.pass_unnamed_opening_means();
        self.pass_opening_by_clause();
        self.pass_met_means();
        self.pass_input_lines();
        self.pass_payable_after_result();
        self.pass_attendance_after_period();
        self.pass_ride_length();
        self.pass_rated_service();
        self.pass_leads_to();
        self.pass_credential_names();
        self.pass_sector_of_paid_work();
        self.pass_open_to_clients();
        self.pass_shown_by_references();
        self.pass_staff_label();
        self.context(&flags, possibility);
        let frame = self.frame;
        self.apply_frame(&frame, &flags);
        self.target_group();
        self.merge_adjacent();
        self.finish(text, s, e)
    }

    /// Whether the rules read the sentence `text[s..e]` as opening with a means ("Via een
    /// stage ...", "Using group training ...", "Door wekelijkse gesprekken ...").
    pub(crate) fn opens_with_means(&mut self, text: &str, s: usize, e: usize) -> bool {
        self.sentence(text, s, e);
        self.opens_with_instrument(self.frame.start)
    }

    /// A noun the lexicon does not know, opening the sentence (after an article or "alle"), whose
    /// ending marks a person: Dutch "-ers"/"-sters" ("Mantelzorgers", "Nuggers"), English
    /// "-ers", "-ees", "-ants", "-ents" ("Claimants", "Trainees"). As the subject it is read as a
    /// member of the target group. Endings of staff and of things are left out ("-voerders",
    /// "-verleners", "-leiders", "-ments", "-ters").
    fn person_nouns(&mut self) {
        let mut i = 0;
        while i < 2 && (self.has(i, fl::ARTICLE | fl::DETERMINER | fl::EACH) || matches!(self.w(i), "alle" | "all")) {
            i += 1;
        }
        let candidate = |a: &Analyser, i: usize| {
            let w = a.w(i);
            let unknown = a.info.get(i).is_some_and(|x| x.hit.is_none() && x.cls == Class::None && x.flags == 0);
            let word = a.tokens.get(i).is_some_and(|t| t.kind == TokKind::Word && !t.hyphen_next);
            unknown && word && w.len() >= 6 && is_person_noun(w)
        };
        // "Care leavers", "Young carers": a compound or an adjective before the head.
        if !candidate(self, i) {
            let modifier = self.tokens.get(i).is_some_and(|t| t.kind == TokKind::Word && !t.hyphen_next)
                && matches!(self.cls(i), Class::None)
                && self.info.get(i).is_some_and(|x| x.flags & (fl::PREP | fl::RELATIVE | fl::MODAL | fl::BE) == 0);
            if !modifier || !candidate(self, i + 1) {
                return;
            }
            i += 1;
        }
        // Not a noun before a noun ("Vouchers voor ..." is left alone only by this: the next
        // word must not be a known means, place or staff).
        if matches!(self.cls(i + 1), Class::Means | Class::Place | Class::Staff | Class::Method) {
            return;
        }
        if let Some(x) = self.info.get_mut(i) {
            x.cls = Class::Client;
            x.hit = Some(Hit {
                lemma: "",
                entry: Entry { class: Class::Client, weight: 0.0, unit: Unit::Client },
                modifier: None,
                topic: None,
            });
        }
    }

    /// "in dienst van de opdrachtnemer", "employed by the provider": staff employed by the
    /// provider or another organisation, a requirement of staff (not "in dienst van een
    /// werkgever", a client's job).
    fn pass_employment(&mut self) {
        if self.sentence_triggers & tw::EMPLOYMENT == 0 {
            return;
        }
        let n = self.n();
        for i in 0..n.saturating_sub(2) {
            let obj = match self.w(i) {
                "in" if self.w(i + 1) == "dienst" && matches!(self.w(i + 2), "van" | "bij") => i + 3,
                "employed" if self.w(i + 1) == "by" => i + 2,
                _ => continue,
            };
            let org = (obj..n.min(obj + 4))
                .take_while(|&k| !self.is_clause_break(k))
                .find(|&k| self.has(k, fl::PROVIDER | fl::BUYER) || ORGANISATION_HEADS.contains(&self.lemma(k)));
            if let Some(k) = org {
                self.push(i, k + 1, K::StaffQualification, 0.8);
            }
        }
    }

    /// Targets written in words: "een derde van", "a fifth fewer", "four out of five", "is in
    /// 2029 nul", "falls to zero", "geen enkele jongere". A share or a count in words is a
    /// measure exactly as a number is.
    fn pass_word_targets(&mut self) {
        if !self.sentence_number && self.sentence_triggers & tw::WORD_TARGET == 0 {
            return;
        }
        let n = self.n();
        for i in 0..n {
            let w = self.w(i);
            // Cheap test first: most words open none of these shapes.
            let number = self.is_number(i);
            if self.used(i) || !(number || self.triggers(i, tw::WORD_TARGET)) {
                continue;
            }
            let next_is_word = self.tokens.get(i + 1).is_some_and(|t| t.kind == TokKind::Word);
            // "een derde van de gevallen", "a third of", "one fifth fewer"; not "een derde partij".
            if matches!(w, "een" | "één" | "a" | "one")
                && FRACTION_WORDS.contains(&self.w(i + 1))
                && (self.has(i + 2, fl::FRACTION_OF | fl::COMPARATIVE | fl::LESS)
                    || !self.tokens.get(i + 2).is_some_and(|t| t.kind == TokKind::Word))
            {
                self.push(i, i + 2, K::Measure, 0.8);
                continue;
            }
            // "three fifths of", "drie vijfde van".
            if number
                && FRACTION_WORDS.iter().any(|f| self.w(i + 1).strip_suffix('s').unwrap_or(self.w(i + 1)) == *f)
                && self.has(i + 2, fl::FRACTION_OF)
            {
                self.push(i, i + 2, K::Measure, 0.8);
                continue;
            }
            // "four out of five", "3 out of 4".
            if number && self.w(i + 1) == "out" && self.w(i + 2) == "of" && self.is_number(i + 3) {
                self.push(i, i + 4, K::Measure, 0.8);
                continue;
            }
            // "is in 2029 nul", "daalt naar nul", "falls to zero": a figure brought to nothing.
            if matches!(w, "nul" | "zero" | "nihil") {
                let before = i.checked_sub(1).map_or("", |b| self.w(b));
                if !next_is_word
                    || matches!(before, "naar" | "tot" | "to" | "is" | "zijn" | "be" | "blijft" | "remains" | "stays")
                {
                    self.push(i, i + 1, K::Measure, 0.8);
                }
                continue;
            }
            // "Geen enkele jongere ...", "not a single household": none of them.
            let none = match (w, self.w(i + 1), self.w(i + 2)) {
                ("geen", "enkele" | "enkel", _) => Some(i + 2),
                ("not", "a", "single") | ("not", "one", _) if !self.used(i + 1) => {
                    Some(i + 2 + usize::from(self.w(i + 2) == "single"))
                }
                ("no", "single", _) => Some(i + 2),
                // Round 27: "Geen van de bewoners keert ... terug", "None of the tenants is
                // evicted": none of a group of people.
                ("geen", "van", "de" | "het" | "onze" | "hun") | ("none", "of", "the" | "our" | "their") => Some(i + 3),
                _ => None,
            };
            // Only as the subject of its clause: "Geen enkele jongere staat ...", not "is voor
            // geen enkele inwoner langer dan vier weken" (a limit on a waiting time).
            // Also after the verb of an inverted main clause ("Op het terrein staat eind 2028
            // geen enkele vacature ... open"): no preposition before it.
            let opens = i == self.frame.start
                || (i > 0 && (self.is_clause_break(i - 1) || self.has(i - 1, fl::THAT | fl::BE)))
                || (i > 0 && self.fronted_adverbial() && !self.has(i - 1, fl::PREP | fl::ARTICLE));
            if let Some(k) = none.filter(|_| opens) {
                // A client, a result or a problem; or a noun of no class (a vacancy, a house)
                // that is no means, staff, place or process, unless the clause gives the
                // length of something delivered ("Geen enkele sessie duurt langer dan ...").
                let lasts = || {
                    (k + 1..n.min(k + 8))
                        .take_while(|&x| !self.is_clause_break(x))
                        .any(|x| matches!(self.w(x), "duurt" | "duren" | "lasts" | "last" | "takes"))
                };
                let who = matches!(self.cls(k), Class::Client | Class::Result | Class::Problem)
                    || self.unit(k) == Unit::Client
                    || self.unit(k) == Unit::Result
                    || (self.cls(k) == Class::None
                        && matches!(self.unit(k), Unit::None | Unit::Input)
                        && !lasts()
                        && self.tokens.get(k).is_some_and(|t| t.kind == TokKind::Word)
                        && !self.has(k, fl::ARTICLE | fl::PREP | fl::DETERMINER | fl::COORD | fl::BE));
                // "Geen van de ...": only people, and not what they receive ("Geen van de
                // deelnemers krijgt meer dan vier gesprekken" caps an input).
                let of_group = k == i + 3;
                let people = || {
                    (self.cls(k) == Class::Client || self.unit(k) == Unit::Client)
                        && !(k + 1..n.min(k + 8))
                            .take_while(|&x| !self.is_clause_break(x))
                            .any(|x| self.has(x, fl::RECEIVE | fl::PROVIDE | fl::DEPLOY))
                };
                if who && (!of_group || people()) {
                    self.push(i, k, K::Measure, 0.7);
                }
            }
        }
    }

    /// The main clause opens with a phrase of place or time ("Op het terrein ...", "In 2027
    /// ...", "Eind 2028 ..."), so its subject follows the verb.
    fn fronted_adverbial(&self) -> bool {
        let s = self.frame.start;
        self.has(s, fl::PREP) || self.is_number(s) || matches!(self.w(s), "eind" | "begin" | "medio" | "vanaf")
    }

    /// "free"/"vrij(e)" as an adjective before a noun ("a free breakfast", "een vrije
    /// inloop", "twelve free places") or in "free of charge": gratis or open, not the
    /// provider's freedom ("is free to choose", "vrij in de keuze", "free choice of").
    fn free_of_charge(&self, i: usize) -> bool {
        if !matches!(self.w(i), "free" | "vrij" | "vrije") {
            return false;
        }
        let next = self.w(i + 1);
        if next == "of" && self.w(i + 2) == "charge" {
            return true;
        }
        let attributive = i > 0
            // Also after "and", "with" or a verb of giving or receiving ("are given ... and free
            // seeds and tools", "krijgen vrije toegang").
            && (self.has(i - 1, fl::ARTICLE | fl::DETERMINER | fl::EACH | fl::COORD | fl::PREP | fl::RECEIVE | fl::PROVIDE)
                || self.is_number(i - 1))
            && matches!(self.tokens.get(i + 1).map(|t| t.kind), Some(TokKind::Word))
            && !matches!(next, "to" | "in" | "om" | "choice" | "keuze" | "hand" | "rein");
        attributive
    }

    /// "in groep 1", "leerlingen uit groep 7 en 8", "leerjaar 3": a year of (primary) school
    /// says which children or when, not a group the service is given in ("in groepen van
    /// acht").
    fn pass_school_year(&mut self) {
        if self.sentence_triggers & tw::SCHOOL_YEAR == 0 {
            return;
        }
        let n = self.n();
        for i in 0..n.saturating_sub(1) {
            if !matches!(self.w(i), "groep" | "leerjaar") || self.used(i) || !self.is_number(i + 1) {
                continue;
            }
            let year = self.w(i + 1).parse::<u8>().is_ok_and(|y| (1..=8).contains(&y));
            if year && !self.is_punct(i + 2, '%') {
                self.claim(i, i + 2);
            }
        }
    }

    /// "huishoudens met een inkomen tot 120% van het sociaal minimum", "households with an
    /// income below 130% of the social minimum": an upper limit on the income of the people
    /// named says who qualifies, not what they must reach (a target would be a floor: "een
    /// inkomen boven ..."). The phrase is claimed without a signal.
    fn pass_income_limit(&mut self) {
        // The limit is a number: without one the pass finds nothing.
        if !self.sentence_number {
            return;
        }
        let n = self.n();
        for i in 1..n {
            if !matches!(self.w(i), "inkomen" | "inkomens" | "income" | "incomes") || self.used(i) {
                continue;
            }
            // Described people: "met"/"with"/"on" before it, a client noun before that.
            let with = (i.saturating_sub(3)..i).find(|&k| matches!(self.w(k), "met" | "with" | "on"));
            let Some(m) = with else { continue };
            let people = (m.saturating_sub(4)..m).any(|k| self.cls(k) == Class::Client || self.unit(k) == Unit::Client);
            if !people {
                continue;
            }
            let limit = (i + 1..n.min(i + 3)).find(|&k| {
                matches!(self.w(k), "tot" | "onder" | "beneden" | "maximaal" | "hoogstens" | "below" | "under" | "up")
            });
            let Some(l) = limit else { continue };
            let Some(num) = (l + 1..n.min(l + 4)).find(|&k| self.is_number(k)) else { continue };
            // On to the reference ("van het sociaal minimum", "of the minimum wage").
            let mut end = num + 1;
            if self.is_punct(end, '%') {
                end += 1;
            }
            if matches!(self.w(end), "van" | "of") {
                end = (end + 1..n.min(end + 5))
                    .find(|&k| {
                        self.is_clause_break(k)
                            || self.is_punct(k, '.')
                            || matches!(self.w(k), "minimum" | "minimumloon" | "bijstandsnorm" | "wage")
                    })
                    .map_or(end, |k| if self.is_clause_break(k) || self.is_punct(k, '.') { k } else { k + 1 });
            }
            self.claim(i, end);
        }
    }

    /// A comparison with the situation before: "vaker ... dan bij de start", "meer contact dan
    /// voorheen", "lager dan bij de nulmeting", "less lonely than before", "ten opzichte van
    /// de nulmeting", "compared with the baseline". A change against a baseline is a target;
    /// the reference ("bij de intake") is no means.
    fn pass_baseline(&mut self) {
        if self.sentence_bits & (fl::COMPARATIVE | fl::LESS | fl::COMPARATIVE_ADJ) == 0
            && self.sentence_triggers & tw::BASELINE == 0
        {
            return;
        }
        let n = self.n();
        let baseline = |a: &Analyser, from: usize| {
            (from..n.min(from + 5)).take_while(|&k| !a.is_clause_break(k)).find(|&k| BASELINE_WORDS.contains(&a.w(k)))
        };
        for i in 0..n {
            let w = self.w(i);
            let flagged = self.has(i, fl::COMPARATIVE | fl::LESS | fl::COMPARATIVE_ADJ);
            // Cheap test first: most words open no comparison.
            if !flagged
                && !matches!(
                    w,
                    "beter"
                        | "better"
                        | "vaker"
                        | "often"
                        | "eerder"
                        | "sooner"
                        | "earlier"
                        | "ten"
                        | "vergeleken"
                        | "compared"
                )
            {
                continue;
            }
            let comparative = flagged
                || matches!(w, "beter" | "better" | "vaker" | "often" | "eerder" | "sooner" | "earlier")
                    && !(w == "often" && i > 0 && self.w(i - 1) != "more");
            if comparative && w != "nieuwe" {
                let than = (i + 1..n.min(i + 10))
                    .take_while(|&k| !self.is_clause_break(k))
                    .find(|&k| matches!(self.w(k), "dan" | "than"));
                let Some(t) = than else { continue };
                // "minder vaak ... dan voor hun deelname", "dan vóór de cursus": Dutch "voor"
                // right after "dan" is "before" when what follows is an event, not people
                // ("meer uren voor jongeren dan voor volwassenen" compares two groups).
                let before = self.w(t + 1) == "voor"
                    && (t + 2..n.min(t + 5))
                        .find(|&k| {
                            !self.has(k, fl::ARTICLE | fl::DETERMINER) && !matches!(self.w(k), "hun" | "zijn" | "haar")
                        })
                        .is_some_and(|k| {
                            matches!(self.tokens.get(k).map(|x| x.kind), Some(TokKind::Word))
                                && !matches!(self.cls(k), Class::Client | Class::Staff)
                                && self.unit(k) != Unit::Client
                                && !self.has(k, fl::PROVIDER | fl::EMPLOYER)
                        });
                let Some(b) = baseline(self, t + 1).or(before.then_some(t + 1)) else { continue };
                if self.push(i, i + 1, K::Measure, 0.7) || self.used(i) {
                    let end = (b + 1..n.min(b + 5))
                        .find(|&k| self.is_clause_break(k) || self.is_punct(k, '.'))
                        .unwrap_or(n.min(b + 5));
                    self.claim(t, end);
                }
                continue;
            }
            let reference = match (w, self.w(i + 1), self.w(i + 2)) {
                ("ten", "opzichte", "van") => Some(i + 3),
                ("vergeleken", "met", _) | ("compared", "with" | "to", _) => Some(i + 2),
                _ => None,
            };
            if let Some(r) = reference {
                if let Some(b) = baseline(self, r) {
                    if self.free(i, b + 1) {
                        self.push(i, b + 1, K::Measure, 0.7);
                    }
                }
            }
        }
    }

    /// The end (a byte offset) of a heading that opens the sentence: at most three words and
    /// some numbers before a colon ("Eis 4.2 Uitstroom:", "KPI 3:", "Prestatie-indicator:"),
    /// not opening with an article ("Een bonus:", "Het resultaat van de opdracht:"), with a
    /// sentence of at least four words after it.
    fn heading_end(&self) -> Option<usize> {
        let colon = (0..self.n().min(9)).find(|&i| self.is_punct(i, ':'))?;
        let head = self.tokens.get(..colon)?;
        let words = head.iter().filter(|t| t.kind == TokKind::Word).count();
        let first = self.w(0);
        // Round 29: the weight of an award criterion in brackets ("Gunningscriterium 4 (10%):",
        // "(20 punten)") is part of the heading, no measure of the requirement.
        let weight = |t: &Token| matches!(t.kind, TokKind::Punct('(' | ')' | '%'));
        // Round 30: "Doel van de cultuurdagbesteding:", "Goal of the walking group:": the goal of
        // a named service heads what follows, which decides (the service named is no means).
        let goal_of = matches!(first, "doel" | "goal" | "aim" | "purpose") && matches!(self.w(1), "van" | "of");
        let label = colon > 0
            && ((1..=3).contains(&words) || (goal_of && words <= 5))
            && head.first().is_some_and(|t| t.kind == TokKind::Word)
            && head
                .iter()
                .all(|t| matches!(t.kind, TokKind::Word | TokKind::Number | TokKind::Punct('.')) || weight(t))
            && (!head.iter().any(weight) || head.last().is_some_and(|t| t.kind == TokKind::Punct(')')))
            && self.lex.flags(first) & (fl::ARTICLE | fl::DETERMINER | fl::EACH) == 0;
        let rest = self.tokens.get(colon + 1..)?.iter().filter(|t| t.kind == TokKind::Word).count();
        (label && rest >= 4).then(|| self.tokens.get(colon).map_or(0, |t| t.end))
    }

    fn lookup_all(&mut self) {
        self.info.clear();
        for idx in 0..self.tokens.len() {
            let t = self.tokens[idx];
            let mut info = Info {
                hit: None,
                cls: Class::None,
                used: false,
                cefr: false,
                flags: 0,
                lemma_instrument: false,
                triggers: 0,
                segment: 0,
                example: false,
            };
            if matches!(t.kind, TokKind::Punct(_)) {
                self.info.push(info);
                continue;
            }
            let word = self.fold.get(t.fold_start..t.fold_end).unwrap_or("");
            let (hit, flags, lemma_instrument, triggers) = match self.cache.get(word) {
                Some(cached) => cached,
                None => {
                    let mut flags = self.lex.flags(word);
                    let hit = if t.kind == TokKind::Word { self.lex.lookup(word, &mut self.scratch) } else { None };
                    let mut lemma_instrument = false;
                    // Phrases are matched on base forms too ("volledige trajecten").
                    if let Some(h) = hit.filter(|h| !h.lemma.is_empty() && h.lemma != word) {
                        let lemma_flags = self.lex.flags(h.lemma);
                        flags |= lemma_flags & fl::PHRASE_START;
                        lemma_instrument = lemma_flags & fl::INSTRUMENT_NOUN != 0;
                    }
                    let triggers = self.lex.triggers(word);
                    if word.len() <= 48 {
                        self.cache.insert(word, (hit, flags, lemma_instrument, triggers));
                    }
                    (hit, flags, lemma_instrument, triggers)
                }
            };
            info.flags = flags;
            info.triggers = triggers;
            if t.kind == TokKind::Word {
                if flags & fl::NUMBER_WORD != 0 {
                    if let Some(tok) = self.tokens.get_mut(idx) {
                        tok.kind = TokKind::Number;
                    }
                    self.info.push(info);
                    continue;
                }
                if flags & fl::DUTCH != 0 {
                    self.dutch += 1;
                }
                if flags & fl::ENGLISH != 0 {
                    self.english += 1;
                }
                if is_cefr(word) && t.upper {
                    info.cls = Class::Level;
                    info.cefr = true;
                } else if let Some(hit) = hit {
                    info.cls = hit.entry.class;
                    info.hit = Some(hit);
                    info.lemma_instrument = lemma_instrument;
                }
                // "to halve the number of ...": the English verb only after "to" or a modal;
                // Dutch "halve" is the adjective "half" ("een halve dag").
                if info.cls == Class::Change
                    && word == "halve"
                    && !matches!(
                        idx.checked_sub(1).map(|k| self.w(k)),
                        Some("to" | "will" | "must" | "should" | "shall" | "can")
                    )
                {
                    info.cls = Class::None;
                    info.hit = None;
                }
            }
            self.info.push(info);
        }
        self.sentence_bits = self.info.iter().fold(0, |b, x| b | x.flags);
        self.sentence_triggers = self.info.iter().fold(0, |b, x| b | x.triggers);
        self.sentence_number = self.tokens.iter().any(|t| t.kind == TokKind::Number);
    }

    /// "is met drie maanden afgenomen", "zijn gestegen": the perfect of a verb of change, after
    /// "is"/"zijn" in the same clause, is a change of a figure (not the passive "wordt
    /// afgenomen" of a test that is taken).
    fn perfect_changes(&mut self) {
        if self.sentence_triggers & tw::PERFECT == 0 {
            return;
        }
        let mut aux = false;
        for i in 0..self.n() {
            if self.is_clause_break(i) {
                aux = false;
                continue;
            }
            if !self.triggers(i, tw::PERFECT) {
                continue;
            }
            match self.w(i) {
                "is" | "zijn" | "was" | "waren" => aux = true,
                "wordt" | "worden" | "werd" | "werden" => aux = false,
                w if aux && CHANGE_PARTICIPLES.contains(&w) && self.cls(i) == Class::None => {
                    self.mark_change(i);
                }
                "maakt" | "maken" | "rondt" | "ronden" => {
                    // "maken hun opleiding af": a separable verb of completing.
                    let particle = (i + 2..self.n().min(i + 9)).take_while(|&k| !self.is_clause_break(k)).find(|&k| {
                        self.w(k) == "af" && !self.tokens.get(k + 1).is_some_and(|t| t.kind == TokKind::Word)
                    });
                    if let Some(k) = particle {
                        if let Some(x) = self.info.get_mut(i) {
                            x.flags |= fl::ACHIEVE;
                        }
                        self.claim(k, k + 1);
                    }
                }
                "neemt" | "nemen" | "nam" | "namen" => {
                    // "neemt jaarlijks af": a separable verb of change with its particle at
                    // the end of the clause ("neemt af" together is a phrase).
                    let particle = (i + 2..self.n().min(i + 9)).take_while(|&k| !self.is_clause_break(k)).find(|&k| {
                        matches!(self.w(k), "af" | "toe")
                            && !self.tokens.get(k + 1).is_some_and(|t| t.kind == TokKind::Word)
                    });
                    if let Some(k) = particle {
                        self.mark_change(i);
                        self.claim(k, k + 1);
                    }
                }
                _ => {}
            }
        }
    }

    /// Token `i` is a verb of change found by its form: a change of a figure, weighed like the
    /// lexicon's verbs of change.
    fn mark_change(&mut self, i: usize) {
        if let Some(x) = self.info.get_mut(i) {
            x.cls = Class::Change;
            x.flags |= fl::FIGURE_VERB;
        }
        self.push(i, i + 1, K::Result, 0.5);
    }

    /// A comparison of parity: "even vaak ... als andere kinderen", "as well as their other
    /// staff": a measurable target against a reference group. Returns the comparison's first
    /// token, its "als"/"as", and the end of the reference group (the clause's end).
    pub(super) fn parity(&self) -> Option<(usize, usize, usize)> {
        if self.sentence_triggers & tw::PARITY == 0 {
            return None;
        }
        let n = self.n();
        let start = (0..n.saturating_sub(2)).find(|&i| {
            self.triggers(i, tw::PARITY)
                && match self.w(i) {
                    "even" | "evenveel" | "evenvaak" => {
                        self.w(i) != "even"
                            || matches!(self.w(i + 1), "vaak" | "veel" | "goed" | "snel" | "lang" | "hoog")
                    }
                    "net" => self.w(i + 1) == "zo" && matches!(self.w(i + 2), "vaak" | "veel" | "goed" | "snel"),
                    "as" => matches!(self.w(i + 1), "often" | "well" | "much" | "many" | "likely" | "quickly" | "high"),
                    _ => false,
                }
        })?;
        let close = (start + 2..n.min(start + 12))
            .take_while(|&k| !self.is_clause_break(k))
            .find(|&k| matches!(self.w(k), "als" | "as"))?;
        // A reference group follows: "als andere kinderen", "as their other staff"; not "as
        // well as training" (a list).
        let reference = self.has(close + 1, fl::ARTICLE | fl::DETERMINER | fl::EACH)
            || matches!(self.w(close + 1), "andere" | "other" | "hun" | "their" | "leeftijdgenoten" | "peers")
            || self.cls(close + 1) == Class::Client
            || self.unit(close + 1) == Unit::Client;
        if !reference {
            return None;
        }
        let end = (close + 1..n).find(|&k| self.is_clause_break(k)).unwrap_or(n);
        Some((start, close, end))
    }

    /// "even vaak ... als", "as well as": the comparison of parity is a target.
    fn pass_parity(&mut self) {
        if let Some((start, _, _)) = self.parity() {
            let len = if self.w(start) == "net" {
                3
            } else if self.w(start).len() > 4 {
                1
            } else {
                2
            };
            self.push(start, start + len, K::Measure, 0.7);
        }
    }

    /// "De deelnemer behoudt zijn uitkering", "ontvangen hun uitkering", "betaalt ... uit hun
    /// uitkering", "keeps his benefit": a problem word (a benefit, debts) that the people served
    /// keep or receive, or that money is paid from, is a condition of the instrument, not a
    /// problem reduced or a result. Verb and object are claimed.
    fn pass_kept_problems(&mut self) {
        if self.sentence_bits & fl::RECEIVE == 0 && self.sentence_triggers & tw::KEEP == 0 {
            return;
        }
        let n = self.n();
        for k in 1..n {
            // A benefit or debts; or a price or an amount of their own ("behouden hun oude
            // huurprijs", "keep their current rent"): the terms of the instrument.
            let own_price = self.cls(k) == Class::Cost
                && (k.saturating_sub(2)..k)
                    .any(|p| matches!(self.w(p), "hun" | "zijn" | "haar" | "their" | "his" | "her"));
            if self.used(k) || !(self.cls(k) == Class::Problem || own_price) {
                continue;
            }
            let keeps = |v: usize| {
                self.has(v, fl::RECEIVE)
                    || matches!(
                        self.w(v),
                        "behoudt" | "behouden" | "houdt" | "houden" | "keeps" | "keep" | "retains" | "retain"
                    )
            };
            // The verb before it in its clause ("behoudt in die periode zijn uitkering").
            let kept = (k.saturating_sub(6)..k).rev().take_while(|&v| !self.is_clause_break(v)).find(|&v| keeps(v));
            let possessive = matches!(self.w(k - 1), "hun" | "zijn" | "haar" | "their" | "his" | "her");
            let paid_from = (possessive && k >= 2 && matches!(self.w(k - 2), "uit" | "from")).then(|| k - 2);
            if let Some(v) = kept.or(paid_from).filter(|&v| !self.used(v) && !self.negated_before(v, 2)) {
                self.claim(v, v + 1);
                self.claim(k, k + 1);
            }
        }
    }

    /// "Het klantportaal voldoet aan de toegankelijkheidsnorm WCAG 2.1 op niveau AA", "The
    /// portal must meet WCAG 2.1 level AA": a conformance level of a norm ("AA", "AAA", or
    /// any level of WCAG) is a level of a system, not one a client reaches; it and the norm it
    /// belongs to are a condition on the provider's process.
    fn pass_norm_levels(&mut self) {
        let norm_level = |a: &Self, i: usize| {
            matches!(a.w(i), "niveau" | "level" | "conformance")
                && (matches!(a.w(i + 1), "aa" | "aaa")
                    || (i.saturating_sub(6)..i).any(|j| a.w(j) == "wcag")
                    || (i + 1..a.n().min(i + 4)).any(|j| a.w(j) == "wcag"))
        };
        if !self.raws.iter().any(|r| r.kind == K::Level && norm_level(self, r.t0)) {
            return;
        }
        let mut raws = std::mem::take(&mut self.raws);
        for r in raws.iter_mut() {
            let norm = r.kind == K::Measure && self.lemma(r.t1 - 1).ends_with("norm");
            if (r.kind == K::Level && norm_level(self, r.t0)) || norm {
                r.kind = K::ProcessCondition;
                r.weight = r.weight.min(0.6);
            }
        }
        self.raws = raws;
    }

    /// A frequency that is read as a measure but says how often the service runs, not what
    /// anyone reaches: a meeting ("Het werkgeversnetwerk komt vier keer per jaar bijeen",
    /// "The steering group meets six times a year"), or the hours the people in a programme
    /// put in ("De werkzoekenden van het zwerfafvalproject werken vier ochtenden per week",
    /// "Participants at the animal shelter work three mornings a week"): clients named by the
    /// programme or place they are in, with no target, no change and no moment of measuring
    /// in the sentence ("werken na een jaar twintig uur per week" is a result). Both are an
    /// amount of input; the work done there is no result.
    fn pass_programme_input(&mut self) {
        if !self.sentence_number {
            return;
        }
        let per_time = |a: &Self, r: &Raw| {
            r.kind == K::Measure && r.t1 >= r.t0 + 3 && a.is_number(r.t0) && a.unit(r.t1 - 1) == Unit::Time
        };
        let Some(q) = self.raws.iter().position(|r| per_time(self, r)) else {
            return;
        };
        let (t0, t1) = (self.raws[q].t0, self.raws[q].t1);
        let from = self.frame.main_from;
        let meets = (from..self.n().min(t1 + 3)).any(|k| {
            matches!(
                self.w(k),
                "bijeen" | "vergadert" | "vergaderen" | "meets" | "convenes" | "overlegt" | "overleggen"
            ) || (matches!(self.w(k), "komt" | "komen" | "come" | "comes" | "get" | "gets")
                && matches!(self.w(k + 1), "samen" | "together"))
        });
        let fr = self.frame;
        let n = self.n();
        // Round 27: "Trainees work at least 24 hours a week in one of the two municipal
        // theatres, under the supervision of a certified stage manager": without the
        // programme in the subject, work supervised by the programme's staff is its work too.
        let supervised = || {
            self.has(fr.subject_at + 1, fl::WORK_VERB)
                && (fr.subject_at + 2..n).any(|k| {
                    matches!(self.w(k), "onder" | "under")
                        && (k + 1..n.min(k + 3))
                            .any(|x| matches!(self.w(x), "leiding" | "toezicht" | "supervision" | "guidance"))
                })
        };
        // Other counts after the work ("en volgen één dag theorie", "in one of the two
        // theatres"): more of the programme's inputs, not shares of people.
        let other_count = |a: &Self, r: &Raw| {
            r.kind == K::Measure && r.t0 > fr.subject_at && !a.is_punct(r.t0 + 1, '%') && !a.has(r.t0 + 1, fl::PERCENT)
        };
        let in_programme = !meets
            && fr.subject == Role::Client
            && self.deadline.is_none()
            && ((matches!(self.w(fr.subject_at + 1), "van" | "aan" | "bij" | "in" | "at" | "of" | "on")
                && (fr.subject_at + 2..t0).any(|k| self.has(k, fl::WORK_VERB)))
                || supervised())
            // Nothing else functional: the work and its hours are all the sentence could mean.
            && self.raws.iter().enumerate().all(|(j, r)| {
                j == q
                    || !r.kind.is_functional()
                    || r.kind == K::TargetGroupOutcome
                    || (r.kind == K::Result && self.has(r.t0, fl::WORK_VERB))
                    || other_count(self, r)
            })
            && !(0..n).any(|k| matches!(self.w(k), "na" | "after" | "binnen" | "within" | "eind" | "by"));
        if !(meets || in_programme) {
            return;
        }
        if let Some(r) = self.raws.get_mut(q) {
            r.kind = K::InputQuantity;
            r.weight = 0.8;
        }
        if in_programme {
            for j in 0..self.raws.len() {
                if j != q && other_count(self, &self.raws[j]) {
                    if let Some(r) = self.raws.get_mut(j) {
                        r.kind = K::InputQuantity;
                        r.weight = 0.8;
                    }
                }
            }
            let info = &self.info;
            self.raws.retain(|r| {
                !(r.kind == K::Result && r.t1 <= t0 && info.get(r.t0).is_some_and(|x| x.flags & fl::WORK_VERB != 0))
            });
        }
    }

    /// "Participants in the work placements attend school or work at least four days a week
    /// after six months": the people served going to school or work that often once a period
    /// has passed is a state they reach, not a frequency of input; the programme named in the
    /// subject ("in the work placements") only says which participants. Needs the clients as
    /// subject, "attend(s)" with school or work, a frequency and a moment after a period.
    fn pass_attendance_after_period(&mut self) {
        let fr = self.frame;
        if !self.sentence_number || !matches!(fr.subject, Role::Client | Role::Unknown) {
            return;
        }
        let n = self.n();
        let Some(v) = (fr.start + 1..n).find(|&k| matches!(self.w(k), "attend" | "attends")) else {
            return;
        };
        let place = |a: &Self, k: usize| matches!(a.w(k), "school" | "work" | "education" | "college");
        if !place(self, v + 1) {
            return;
        }
        // The frequency: "four days a week", read as a measure or as an input.
        let frequency = |a: &Self, r: &Raw| {
            matches!(r.kind, K::Measure | K::InputQuantity)
                && r.t0 > v
                && a.unit(r.t1 - 1) == Unit::Time
                && (r.t0..r.t1).any(|k| a.has(k, fl::TIME_PER))
        };
        let per_time = self.raws.iter().any(|r| frequency(self, r));
        let after_period = (v..n).any(|j| {
            self.has(j, fl::AFTER_TIME)
                && (j + 1..n.min(j + 4)).any(|k| self.is_number(k) || self.has(k, fl::NUMBER_WORD | fl::ARTICLE))
                && (j + 1..n.min(j + 4)).any(|k| self.unit(k) == Unit::Time)
        });
        if !per_time || !after_period {
            return;
        }
        // "school or work": the whole destination.
        let mut end = v + 2;
        if matches!(self.w(end), "or" | "and") && place(self, end + 1) {
            end += 2;
        }
        let subject_at = if fr.subject == Role::Client { fr.subject_at } else { fr.start };
        for k in 0..self.raws.len() {
            let r = self.raws[k];
            if frequency(self, &r) {
                if let Some(x) = self.raws.get_mut(k) {
                    x.kind = K::Measure;
                    x.weight = x.weight.max(0.7);
                }
            }
        }
        let mut raws = std::mem::take(&mut self.raws);
        for r in raws.iter_mut() {
            if r.kind == K::Result && v < r.t0 && r.t0 < end {
                r.weight = -1.0;
            } else if r.kind == K::PrescribedMeans && subject_at < r.t0 && r.t1 <= v {
                r.weight *= 0.3;
            }
        }
        raws.retain(|r| r.weight >= 0.0);
        self.raws = raws;
        for x in &mut self.info[v..end] {
            x.used = false;
        }
        self.push(v, end, K::Result, 0.8);
    }

    /// "Het mentorprogramma leidt ertoe dat het aandeel ... wordt gehalveerd", "Het
    /// hulpmiddelendepot als leerwerkbedrijf moet ertoe leiden dat jaarlijks vijftien
    /// deelnemers doorstromen naar een baan": a programme or place as the subject of "leidt
    /// ertoe dat" only names what the result is asked of; the clause after "dat" is the
    /// requirement. The means, place or staff in the subject are dropped (as after a generic
    /// service word), and so is a "jaarlijks" right before the count in that clause (the
    /// period of the count). Needs a result, a measure, a level or a change after "dat", or
    /// (round 33) the people served as its subject.
    fn pass_leads_to(&mut self) {
        let n = self.n();
        // Round 33: also "Het traject levert op dat de deelnemer ...".
        let Some(j) = (1..n).find(|&k| {
            self.w(k) == "ertoe"
                && (matches!(self.w(k - 1), "leidt" | "leiden" | "leidde") || self.w(k + 1) == "leiden")
                || self.w(k) == "op" && matches!(self.w(k - 1), "levert" | "leveren") && self.w(k + 1) == "dat"
        }) else {
            return;
        };
        let Some(dat) = (j + 1..n.min(j + 3)).find(|&k| self.w(k) == "dat") else {
            return;
        };
        // The finite verb ("leidt", "moet") right before "ertoe": the subject ends there.
        let verb = j - 1;
        let result = self
            .raws
            .iter()
            .any(|r| r.t0 > dat && matches!(r.kind, K::Result | K::Measure | K::Level) && r.weight > 0.0);
        if !result {
            // Round 33: "levert op dat de deelnemer zijn eigen signalen herkent en zelf
            // ingrijpt": with the people served as the subject after "dat" and no result word
            // the lexicon knows, what they do there is the result, as after "zorgt ervoor dat".
            let Some(p) = self.ensured_actor(dat) else {
                return;
            };
            let e = self.unclaimed_clause_end(p + 1, n);
            if e > p + 1 {
                self.push(p + 1, e, K::Result, 0.6);
            }
        }
        // "jaarlijks" right before a counted measure in the clause: the count's period.
        let period = self
            .raws
            .iter()
            .find(|r| {
                r.kind == K::PlaceOrTime
                    && r.t0 > dat
                    && matches!(self.w(r.t0), "jaarlijks" | "yearly" | "annually")
                    && self.raws.iter().any(|m| m.kind == K::Measure && m.t0 == r.t1)
            })
            .map(|r| r.t0);
        self.raws.retain(|r| {
            let in_subject = r.t1 <= verb
                && matches!(r.kind, K::PrescribedMeans | K::PlaceOrTime | K::StaffQualification | K::NamedMethod);
            !in_subject && Some(r.t0) != period.filter(|_| r.kind == K::PlaceOrTime)
        });
    }

    /// "Clients rate the support they receive from their budget coach at 7.5 or higher",
    /// "Participants rate the library work experience placement at 8 or higher": what the
    /// people served rate with a mark is the object of their judgement, no means prescribed,
    /// place or staff. Needs the clients as subject, a rating verb and a mark after "at" or
    /// "met"; the technical evidence between the verb and the mark is dropped.
    fn pass_rated_service(&mut self) {
        if !self.sentence_number || self.sentence_bits & fl::RATING_VERB == 0 || self.frame.subject != Role::Client {
            return;
        }
        let n = self.n();
        let Some(v) = (self.frame.start..n).find(|&k| self.has(k, fl::RATING_VERB)) else {
            return;
        };
        let Some(mark) = self
            .raws
            .iter()
            .filter(|r| r.kind == K::Measure && r.t0 > v + 1 && r.t0 < v + 16 && self.is_number(r.t0))
            .filter(|r| matches!(self.w(r.t0 - 1), "at" | "met" | "with" | "een"))
            .map(|r| r.t0)
            .min()
        else {
            return;
        };
        if (v + 1..mark).any(|k| self.is_clause_break(k)) {
            return;
        }
        self.raws.retain(|r| {
            !(matches!(r.kind, K::PrescribedMeans | K::PlaceOrTime | K::StaffQualification) && r.t0 > v && r.t1 <= mark)
        });
    }

    /// "Een leerling zit per enkele reis niet langer dan 60 minuten in het voertuig", "No
    /// ride takes longer than 45 minutes": a cap on the time spent in the transport, per ride
    /// or in the vehicle, is a norm on the service (as an intake within five days is), an
    /// input; the people served sitting in it reach nothing. Needs the ride ("per rit", "per
    /// reis", "per ride", "in het voertuig", "in the vehicle"), a cap ("niet langer dan",
    /// "maximaal", "at most", "no longer than") and a number of minutes or hours after it.
    fn pass_ride_length(&mut self) {
        // Not a result after a period or a frequency ("werken na een jaar maximaal 20 uur per
        // week").
        if !self.sentence_number || self.sentence_bits & fl::AFTER_TIME != 0 {
            return;
        }
        let n = self.n();
        let calendar =
            |a: &Self, k: usize| matches!(a.w(k), "week" | "dag" | "maand" | "jaar" | "day" | "month" | "year");
        if (0..n).any(|k| matches!(self.w(k), "per" | "a" | "each" | "every") && calendar(self, k + 1)) {
            return;
        }
        let ride = |a: &Self, k: usize| matches!(a.w(k), "rit" | "reis" | "ride" | "trip" | "journey");
        let vehicle = |a: &Self, k: usize| matches!(a.w(k), "voertuig" | "vehicle" | "bus" | "busje" | "taxi");
        let marked = (0..n).any(|k| {
            (self.has(k, fl::PER) && (ride(self, k + 1) || ride(self, k + 2)))
                || (self.w(k) == "in" && (vehicle(self, k + 1) || vehicle(self, k + 2)))
        });
        if !marked {
            return;
        }
        let minutes = |a: &Self, k: usize| {
            matches!(a.w(k), "minuten" | "minuut" | "minutes" | "minute" | "uur" | "hour" | "hours")
        };
        // The cap, its number and the unit: "niet langer dan 60 minuten", "at most 45 minutes".
        let Some(num) = (1..n.saturating_sub(1)).find(|&k| self.is_number(k) && minutes(self, k + 1)) else {
            return;
        };
        let from = (num.saturating_sub(3)..num).find(|&k| {
            matches!(self.w(k), "maximaal" | "hoogstens" | "hoogste" | "most" | "maximum")
                || matches!(self.w(k), "langer" | "longer" | "meer" | "more")
                    && matches!(self.w(k.wrapping_sub(1)), "niet" | "no" | "not")
        });
        let Some(from) = from else {
            return;
        };
        let from =
            if matches!(self.w(from.wrapping_sub(1)), "niet" | "no" | "not" | "ten" | "at") { from - 1 } else { from };
        self.raws.retain(|r| !(r.t1 > from && r.t0 <= num + 1));
        self.raws.retain(|r| !(matches!(r.kind, K::Result | K::TargetGroupOutcome) && r.weight <= 0.5));
        for x in self.info.get_mut(from..num + 2).into_iter().flatten() {
            x.used = false;
        }
        self.push(from, num + 2, K::InputQuantity, 0.8);
    }

    /// "Op het bedrijventerrein staat eind 2028 geen enkele vacature voor productiemedewerker
    /// langer dan drie maanden open": after a count brought to zero ("geen enkele", "not a
    /// single"), the rest of its clause says what none of them may be; a duration there is
    /// part of the target, a job title or "open" no staff or opening hours. Not when the
    /// clause gives or receives something ("Geen enkele deelnemer krijgt meer dan twee
    /// gesprekken per week": a limit on input).
    fn pass_zero_targets(&mut self) {
        if self.sentence_triggers & tw::WORD_TARGET == 0 {
            return;
        }
        let Some(z) = self
            .raws
            .iter()
            .find(|r| r.kind == K::Measure && matches!(self.w(r.t0), "geen" | "not" | "no"))
            .map(|r| r.t1)
        else {
            return;
        };
        let end = (z..self.n()).find(|&k| self.is_clause_break(k)).unwrap_or(self.n());
        if (z..end)
            .any(|k| self.has(k, fl::RECEIVE | fl::HAVE | fl::PROVIDE | fl::DEPLOY) || self.cls(k) == Class::Provision)
        {
            return;
        }
        let mut raws = std::mem::take(&mut self.raws);
        for r in raws.iter_mut().filter(|r| !r.kind.is_functional() && z <= r.t0 && r.t0 < end) {
            if r.kind == K::InputQuantity && self.unit(r.t1 - 1) == Unit::Time {
                // "langer dan drie maanden": how long none of them may be so.
                r.kind = K::Measure;
                r.weight = 0.6;
            } else {
                r.weight = -1.0;
            }
        }
        raws.retain(|r| r.weight >= 0.0);
        self.raws = raws;
    }

    /// "Om de helft van de jongeren ... aan een startkwalificatie te helpen, volgt iedere
    /// jongere een leerwerktraject van 40 weken": after an opening purpose clause the main
    /// clause is the means; a length given to a noun there ("van 40 weken", "of 200 hours") is
    /// the size of that means, an input, not a measure of the result.
    fn pass_means_after_purpose(&mut self) {
        let n = self.n();
        let start = self.frame.start;
        let english = start == 0 && (self.w(0) == "to" || self.in_order_to(0));
        let opens = self.has(start, fl::OM) || english;
        if !opens {
            return;
        }
        // The comma after the infinitive ("... te helpen,"; "To help ... within a year,").
        let Some(b) = (start + 2..n.min(start + 28)).find(|&k| self.is_clause_break(k)) else {
            return;
        };
        let infinitive = (b.saturating_sub(3)..b).any(|k| self.has(k, fl::TE)) || english;
        if !self.is_punct(b, ',') || !infinitive {
            return;
        }
        // Round 30: a main clause that names no result of its own ("..., koppelt de
        // coöperatie elke deelnemer twee dagen per week aan een vaste ondernemer") is the
        // means; a rate of time in it ("twee dagen per week") is input, not a measure.
        // An adjective of a person ("zelfstandige schoonmakers") names who, not a result.
        let no_result_after = !self.raws.iter().any(|r| {
            r.t0 > b
                && r.kind.is_functional()
                && r.kind != K::Measure
                && !(r.t1 == r.t0 + 1 && is_person_noun(self.w(r.t1)))
        });
        for k in 0..self.raws.len() {
            let r = self.raws[k];
            let rate = no_result_after && (r.t0..r.t1).any(|j| matches!(self.w(j), "per" | "a" | "each"));
            if r.kind == K::Measure
                && r.t0 >= b
                && r.t0 > 0
                && (self.is_number(r.t0) || self.has(r.t0, fl::NUMBER_WORD))
                && (matches!(self.w(r.t0 - 1), "van" | "of") || rate)
                && self.unit(r.t1 - 1) == Unit::Time
            {
                if let Some(x) = self.raws.get_mut(k) {
                    x.kind = K::InputQuantity;
                    x.weight = 0.8;
                }
            }
        }
    }

    /// Round 30: "In order to": the English opening purpose ("In order to bring half ... back
    /// into work within six months, the contractor assigns ...") at token `i`.
    pub(super) fn in_order_to(&self, i: usize) -> bool {
        self.w(i) == "in" && self.w(i + 1) == "order" && self.w(i + 2) == "to"
    }

    /// Round 30: an opening "Via"/"Through"/"Using" phrase whose noun the lexicon does not know
    /// ("Via een vaste werkgeverspool van vijftien bedrijven zorgt De Opdrachtnemer ervoor dat
    /// ..."): the frame already reads it as the means before the result, but without a signal
    /// it was not weighed. Its head (the last word before a preposition, a number or a comma)
    /// becomes a means (0.6) when the phrase holds no technical signal. Returns at once unless
    /// the sentence opens that way and the frame found a result after it.
    fn pass_unnamed_opening_means(&mut self) {
        let start = self.frame.start;
        if !self.frame.opened_with_means || !matches!(self.w(start), "via" | "through" | "using") {
            return;
        }
        let Some((end, _)) = self.frame.end else {
            return;
        };
        if self.raws.iter().any(|r| r.t0 > start && r.t0 < end && !r.kind.is_functional()) {
            return;
        }
        let mut head = None;
        for k in start + 1..end {
            if self.is_number(k) || self.has(k, fl::PREP) || self.is_clause_break(k) || self.is_punct(k, '(') {
                break;
            }
            if matches!(self.tokens.get(k).map(|t| t.kind), Some(TokKind::Word))
                && !self.has(k, fl::ARTICLE | fl::DETERMINER | fl::EACH)
            {
                head = Some(k);
            }
        }
        if let Some(h) = head.filter(|&h| !self.used(h)) {
            self.push(h, h + 1, K::PrescribedMeans, 0.6);
        }
    }

    /// Round 32: "By rotating every employee through green maintenance, cleaning and catering
    /// during the first year, the contractor shall ensure that at least half of them move
    /// into a regular job ...": an opening "by"/"door" clause with its own verb is the means
    /// of the measured result after its comma, even when the lexicon knows none of its words.
    /// Its verb is the means asked; the people named in it are not the subject. Only with a
    /// measure after the comma and nothing technical read in the clause already.
    fn pass_opening_by_clause(&mut self) {
        let start = self.frame.start;
        if !matches!(self.w(start), "door" | "by") {
            return;
        }
        let Some(c) = self.infinitive_opening(start) else {
            return;
        };
        if !self.raws.iter().any(|r| r.t0 > c && r.kind == K::Measure)
            || self.raws.iter().any(|r| r.t0 < c && !r.kind.is_functional())
        {
            return;
        }
        let verb = if self.w(start) == "by" {
            start + 1
        } else {
            (start..c).rev().find(|&k| self.has(k, fl::TE)).map_or(c - 1, |t| (t + 1).min(c - 1))
        };
        self.raws.retain(|r| !(r.t0 <= verb && verb < r.t1));
        if let Some(x) = self.info.get_mut(verb) {
            x.used = false;
        }
        self.push(verb, verb + 1, K::PrescribedMeans, 1.0);
    }

    /// Round 33: "Minstens 90% van de deelnemers krijgt binnen vier weken na de intake een
    /// plan van aanpak": a share of the people served who receive a means or a document of the
    /// process (the verb right after them) is a norm on the service, as "in 90% van de
    /// gevallen" is, when nothing they reach is named (a job, a level, a change).
    fn pass_share_receiving(&mut self) {
        if self.sentence_bits & fl::RECEIVE == 0 || self.frame.end.is_some() {
            return;
        }
        // "een plan van aanpak" received is a document of the process (the phrase is no
        // signal of its own: "De keuze valt op het plan van aanpak" is an award criterion).
        let plan = (1..self.n()).any(|k| self.w(k) == "plan" && self.w(k + 1) == "van" && self.w(k + 2) == "aanpak");
        let received = plan
            || self.raws.iter().any(|r| {
                matches!(r.kind, K::ProcessCondition | K::PrescribedMeans | K::StaffQualification)
                    && r.weight >= PART_MIN
            });
        let reached = self.raws.iter().any(|r| matches!(r.kind, K::Result | K::Level));
        if !received || reached {
            return;
        }
        let of_clients = |a: &Self, r: &Raw| {
            r.kind == K::Measure
                && a.is_punct(r.t0 + 1, '%')
                && a.share_of_word(r.t1).is_some_and(|k| {
                    (a.cls(k) == Class::Client || a.unit(k) == Unit::Client)
                        && (k + 1..a.n().min(k + 3))
                            .take_while(|&v| !a.is_clause_break(v))
                            .any(|v| a.has(v, fl::RECEIVE))
                })
        };
        let shares: Vec<usize> = (0..self.raws.len()).filter(|&x| of_clients(self, &self.raws[x])).collect();
        for x in shares {
            if let Some(r) = self.raws.get_mut(x) {
                r.kind = K::ProcessCondition;
                r.weight = 0.8;
            }
        }
    }

    /// Round 33: a "met"/"with" phrase as the means of what the verb after it brings about:
    /// an opening "Met een visueel dagschema en vaste taakkaarten (...) zorgt de opdrachtnemer
    /// ervoor dat ..." (the verb and the provider right after the phrase) or "De gemeente wil
    /// met een wekelijks inloopspreekuur in elk wijkcentrum bereiken dat ..." (the phrase before
    /// "bereiken"/"realiseren"/"ervoor zorgen dat"), even when the lexicon knows no word of the
    /// phrase. Its head noun is the means asked and a result word inside it is part of the
    /// means. Only with a result of weight after the verb; not "Met ingang van", "Met
    /// inachtneming van", "Met het oog op", nor a phrase naming the people served or employers
    /// (partners, no means).
    fn pass_met_means(&mut self) {
        if self.sentence_triggers & tw::MET_WITH == 0 {
            return;
        }
        let n = self.n();
        let Some(m) = (0..n).find(|&k| self.triggers(k, tw::MET_WITH)) else {
            return;
        };
        if matches!(self.w(m + 1), "ingang" | "inachtneming" | "behoud" | "uitzondering" | "respect" | "regard")
            || (self.w(m + 1), self.w(m + 2)) == ("het", "oog")
        {
            return;
        }
        // Where the phrase ends: at a verb with the provider or the buyer as subject right after
        // it (an opening phrase), or at a verb of bringing about followed by "dat".
        let mut verb = None;
        let mut depth = 0usize;
        for k in m + 2..n.min(m + 20) {
            match self.tokens.get(k).map(|t| t.kind) {
                Some(TokKind::Punct('(')) => depth += 1,
                Some(TokKind::Punct(')')) => depth = depth.saturating_sub(1),
                Some(TokKind::Punct(_)) if depth == 0 => break,
                _ => {}
            }
            if depth > 0 {
                continue;
            }
            let subject_after = |j: usize| {
                self.has(j, fl::PROVIDER | fl::WORK_SUBJECT)
                    || self.has(j, fl::ARTICLE) && self.has(j + 1, fl::PROVIDER | fl::WORK_SUBJECT)
            };
            let bring_about = self.triggers(k, tw::BRING_ABOUT);
            let opening =
                m == self.frame.start && (self.has(k, fl::ENSURE_THAT) || bring_about) && subject_after(k + 1);
            let inside = m > self.frame.start
                && (bring_about && self.has(k + 1, fl::THAT)
                    || self.has(k, fl::ENSURE_THAT) && self.w(k - 1) == "ervoor");
            if opening || inside {
                verb = Some(k);
                break;
            }
        }
        let Some(v) = verb else {
            return;
        };
        let phrase_end = if m > self.frame.start && self.w(v - 1) == "ervoor" { v - 1 } else { v };
        if (m + 1..phrase_end)
            .any(|k| self.cls(k) == Class::Client || self.unit(k) == Unit::Client || self.has(k, fl::EMPLOYER))
            || !self
                .raws
                .iter()
                .any(|r| r.t0 > v && r.kind.is_functional() && r.kind != K::Purpose && r.weight >= PART_MIN)
        {
            return;
        }
        // The phrase's own result words are part of the means ("pictogrammen bij elke werkstap").
        self.raws.retain(|r| !(r.t0 > m && r.t0 < phrase_end && r.kind.is_functional()));
        for r in self.raws.iter_mut().filter(|r| r.t0 > m && r.t0 < phrase_end) {
            r.weight = r.weight.max(0.8);
        }
        let mut head = None;
        for k in m + 1..phrase_end {
            if self.is_number(k) || self.has(k, fl::PREP) || self.is_clause_break(k) {
                break;
            }
            if matches!(self.tokens.get(k).map(|t| t.kind), Some(TokKind::Word))
                && !self.has(k, fl::ARTICLE | fl::DETERMINER | fl::EACH | fl::NAME_LINK)
            {
                head = Some(k);
            }
        }
        if let Some(h) = head {
            self.push(h, h + 1, K::PrescribedMeans, 0.8);
        }
    }

    /// Round 30: terse bestek lines. "tot einde plaatsing", "until the end of the placement":
    /// the end of a result bounds the time of an input, it is no result asked for. And under a
    /// heading of input ("Inzet: ... 4 uur jobcoaching per week, daarna afbouwend naar 1 uur
    /// per week"), or after such a label behind ";" ("Resultaat: ...; Inzet: ... jobcoaching
    /// van min. 10 uur per maand"), a rate of hours or days is input, not a measure of a
    /// result. Returns at once without either.
    fn pass_input_lines(&mut self) {
        let n = self.n();
        if let Some(end) = (1..n).find(|&k| matches!(self.w(k), "einde" | "eind" | "end")) {
            let until = |k: usize| matches!(self.w(k), "tot" | "until" | "till");
            if until(end - 1) || (end > 1 && matches!(self.w(end - 1), "het" | "the") && until(end - 2)) {
                let mut at = end + 1;
                while at < n && matches!(self.w(at), "van" | "de" | "het" | "of" | "the") {
                    at += 1;
                }
                self.raws.retain(|r| !(r.kind == K::Result && r.t0 == at));
            }
        }
        let Some(from) = self.input_from() else {
            return;
        };
        for k in 0..self.raws.len() {
            let r = self.raws[k];
            if r.kind == K::Measure
                && r.t0 >= from
                && self.unit(r.t1 - 1) == Unit::Time
                && (r.t0..r.t1).any(|j| matches!(self.w(j), "per" | "a" | "each"))
            {
                if let Some(x) = self.raws.get_mut(k) {
                    x.kind = K::InputQuantity;
                    x.weight = 0.8;
                }
            }
        }
    }

    /// Round 30: "Bij inzet van een persoonlijk re-integratiebudget is de vergoeding pas
    /// verschuldigd nadat de budgethouder betaald werk heeft aanvaard", "the fee is only payable
    /// once the participant has signed a contract": a payment due only after a result is a
    /// payment on that result (a cost unit of the result, 1.0); and spending a budget ("inzet
    /// van een ... budget") is no means prescribed. Returns at once without a word of being due.
    fn pass_payable_after_result(&mut self) {
        let n = self.n();
        let Some(due) = (1..n).find(|&k| matches!(self.w(k), "verschuldigd" | "payable" | "due" | "uitbetaald")) else {
            return;
        };
        let only = (due.saturating_sub(3)..due).any(|k| matches!(self.w(k), "pas" | "only"));
        let Some(after) = (due + 1..n.min(due + 4))
            .find(|&k| matches!(self.w(k), "nadat" | "zodra" | "wanneer" | "once" | "after" | "when"))
        else {
            return;
        };
        let result_after = self.raws.iter().any(|r| r.t0 > after && r.kind == K::Result && r.weight >= 0.5);
        if !only || !result_after {
            return;
        }
        self.push(due, due + 1, K::OutcomeCostUnit, 1.0);
        let spent_budget = |a: &Analyser, k: usize| (k + 1..a.n().min(k + 6)).any(|j| a.w(j).ends_with("budget"));
        let budget = self.raws.iter().position(|r| {
            r.kind == K::PrescribedMeans && r.t1 == r.t0 + 1 && self.w(r.t0) == "inzet" && spent_budget(self, r.t0)
        });
        if let Some(k) = budget {
            self.raws.remove(k);
        }
    }

    /// Round 32: under a heading that names one kind of staff ("Jobcoach: minimaal
    /// hbo-werk- en denkniveau en drie jaar ervaring ..."), levels and lengths are what that
    /// person must hold, no level a client reaches; a word of work inside "hbo-werk- en
    /// denkniveau" is no result. A client named after the heading ("Jobcoach: begeleidt de
    /// deelnemer naar ...") leaves the sentence as it was read.
    fn pass_staff_label(&mut self) {
        self.reported_problem();
        // A client word, other than the people the staff have experience "met"/"with".
        let client = |a: &Self, k: usize| {
            a.cls(k) == Class::Client && !(k.saturating_sub(2)..k).any(|j| matches!(a.w(j), "met" | "with"))
        };
        if !self.staff_label || (0..self.n()).any(|k| client(self, k)) {
            return;
        }
        if !self.raws.iter().any(|r| matches!(r.kind, K::Level | K::StaffQualification)) {
            return;
        }
        for r in self.raws.iter_mut() {
            match r.kind {
                K::Level | K::Measure => {
                    r.kind = K::StaffQualification;
                    r.weight = r.weight.max(0.7);
                }
                K::Result if r.weight <= 0.5 => r.weight = -1.0,
                _ => {}
            }
        }
        self.raws.retain(|r| r.weight >= 0.0);
    }

    /// Round 32: "Bewoners melden minder vaak overlast": the people served reporting a
    /// problem less often is a figure of that problem, no reporting process asked of the
    /// provider. Only with a client subject and a problem word after the verb.
    fn reported_problem(&mut self) {
        if self.frame.subject != Role::Client {
            return;
        }
        let n = self.n();
        let Some(k) = self.raws.iter().position(|r| {
            r.kind == K::ProcessCondition
                && r.t1 == r.t0 + 1
                && matches!(self.w(r.t0), "melden" | "meldt" | "report" | "reports")
                && (r.t0 + 1..n.min(r.t0 + 10)).any(|j| self.cls(j) == Class::Problem)
        }) else {
            return;
        };
        self.raws.remove(k);
    }

    /// Round 30: where a label of input starts to cover the sentence: 0 under a heading
    /// "Inzet:"/"Input:", the token after "; Inzet:" in "Resultaat: ...; Inzet: ...".
    pub(super) fn input_from(&self) -> Option<usize> {
        if self.input_label {
            return Some(0);
        }
        let label = |w: &str| matches!(w, "inzet" | "input" | "middelen" | "means");
        (1..self.n())
            .find(|&k| label(self.w(k)) && self.is_punct(k + 1, ':') && self.is_punct(k - 1, ';'))
            .map(|k| k + 2)
    }

    /// Round 27: "Toegang: het traject staat open voor statushouders die korter dan drie jaar
    /// in de gemeente wonen ...": open to the people served is who may take part, a condition
    /// of access, no freedom of the provider ("staat open voor andere methoden" stays one).
    fn pass_open_to_clients(&mut self) {
        let Some(j) = self.raws.iter().position(|r| {
            r.kind == K::ProviderFreedom
                && (r.t0..r.t1).any(|k| self.w(k) == "open")
                && (r.t1..self.n().min(r.t1 + 5)).any(|k| {
                    (r.t1..k)
                        .all(|x| matches!(self.w(x), "voor") || self.has(x, fl::ARTICLE | fl::DETERMINER | fl::EACH))
                        && (self.cls(k) == Class::Client || self.unit(k) == Unit::Client)
                })
        }) else {
            return;
        };
        if let Some(r) = self.raws.get_mut(j) {
            r.kind = K::ProcessCondition;
            r.weight = 0.6;
        }
    }

    /// Round 27: "zijn na een jaar doorgestroomd naar betaald werk in het personenvervoer of
    /// de logistiek", "a paid job in circular demolition or materials recovery": what comes
    /// right after paid work ("in", a sector or two joined by "of"/"or") is the sector of the
    /// job, no means or place of the service.
    fn pass_sector_of_paid_work(&mut self) {
        let n = self.n();
        let paid = |a: &Self, k: usize| {
            matches!(a.w(k), "betaald" | "betaalde" | "paid" | "regulier" | "reguliere" | "regular")
        };
        let work =
            |a: &Self, k: usize| matches!(a.w(k), "werk" | "baan" | "job" | "work" | "employment" | "jobs" | "banen");
        // Only the last word of a result read ("betaald werk", "job"): no scan of every word.
        let Some(w) = self.raws.iter().filter(|r| r.kind == K::Result).map(|r| r.t1 - 1).find(|&k| {
            k + 2 < n && work(self, k) && self.w(k + 1) == "in" && (k.saturating_sub(2)..k).any(|x| paid(self, x))
        }) else {
            return;
        };
        // The sector runs to the end of the clause or a verb, at most eight words.
        let end = (w + 2..n.min(w + 10))
            .find(|&k| self.is_clause_break(k) || self.has(k, fl::RELATIVE) || self.verbish(k))
            .unwrap_or(n.min(w + 10));
        self.raws.retain(|r| !(w + 1 < r.t0 && r.t1 <= end && matches!(r.kind, K::PrescribedMeans | K::PlaceOrTime)));
    }

    /// Round 27: "minimaal 75% van de cursisten behaalt ... het mbo-2-diploma Medewerker
    /// secretariaat en receptie", "wanneer de deelnemer het mbo-certificaat logistiek
    /// medewerker heeft behaald": a staff word right after a diploma or certificate is the
    /// name of the qualification, and what the people served obtain is their level, no
    /// qualification of staff. Needs a verb of obtaining in the clause, a subject that is no
    /// staff member or provider, and no other staff word in the sentence.
    fn pass_credential_names(&mut self) {
        let fr = self.frame;
        if matches!(fr.subject, Role::Staff | Role::Provider) {
            return;
        }
        let n = self.n();
        let credential = |a: &Self, k: usize| a.cls(k) == Class::Credential;
        let held = |a: &Self, r: &Raw| r.kind == K::StaffQualification && (r.t0..r.t1).any(|k| credential(a, k));
        if !self.raws.iter().any(|r| held(self, r)) {
            return;
        }
        // A staff word that names the credential: one to three words after it, no break.
        let names = |a: &Self, k: usize| {
            (k.saturating_sub(3)..k).any(|c| credential(a, c) && !(c + 1..k).any(|x| a.is_clause_break(x)))
        };
        if (0..n).any(|k| self.cls(k) == Class::Staff && !names(self, k)) {
            return;
        }
        let obtains = |a: &Self, c: usize| {
            let start = (0..c).rev().find(|&x| a.is_clause_break(x)).map_or(0, |x| x + 1);
            let end = (c..n).find(|&x| a.is_clause_break(x)).unwrap_or(n);
            (start..end)
                .any(|k| a.has(k, fl::ACHIEVE) || matches!(a.w(k), "behaald" | "gehaald" | "obtained" | "achieved"))
        };
        let mut raws = std::mem::take(&mut self.raws);
        for r in raws.iter_mut() {
            if r.kind != K::StaffQualification {
                continue;
            }
            if let Some(c) = (r.t0..r.t1).find(|&k| credential(self, k)) {
                if obtains(self, c) {
                    r.kind = K::Level;
                    r.weight = 0.7;
                }
            } else if self.cls(r.t0) == Class::Staff && names(self, r.t0) {
                let c = (r.t0.saturating_sub(3)..r.t0).find(|&c| credential(self, c)).unwrap_or(r.t0);
                if obtains(self, c) {
                    r.weight = -1.0;
                }
            }
        }
        raws.retain(|r| r.weight >= 0.0);
        self.raws = raws;
    }

    /// Round 27: "De opdrachtnemer ontvangt een vast bedrag van € 4.800 per deelnemer die na
    /// de omscholing ... een contract van minimaal twaalf maanden bij een metaalbedrijf
    /// tekent", "paid a fixed amount per participant who holds a paid job in circular
    /// demolition or materials recovery six months after starting": the relative clause of a
    /// price per client who reaches a result is the unit of the result; the means, places and
    /// lengths in it describe that result (the job, its sector, its contract), no means
    /// prescribed. Only a price with a word of paying (weight 1).
    fn pass_paid_result_clause(&mut self) {
        if self.sentence_bits & (fl::PER | fl::PAIR_START) == 0 {
            return;
        }
        let n = self.n();
        let Some(t) = self
            .raws
            .iter()
            .find(|r| {
                r.kind == K::OutcomeCostUnit
                    && r.weight >= 1.0
                    && self.unit(r.t1 - 1) == Unit::Client
                    && self.has(r.t1, fl::RELATIVE)
            })
            .map(|r| r.t1)
        else {
            return;
        };
        let end = (t + 1..n).find(|&k| self.is_clause_break(k)).unwrap_or(n);
        self.raws.retain(|r| {
            !(t < r.t0
                && r.t0 < end
                && matches!(r.kind, K::PrescribedMeans | K::PlaceOrTime | K::InputQuantity | K::NamedMethod))
        });
    }

    /// "één integrale prijs per traject budgetbeheer, waarin alle gesprekken en huisbezoeken
    /// zijn inbegrepen", "a price per trajectory, in which all coaching sessions are included":
    /// what a price says it covers is its content, no means prescribed; nor is the name of the
    /// trajectory right after "per traject". A clause opened by "waarin"/"waarbij"/"in which"
    /// or a relative word after the price, with a verb of including ("inbegrepen", "begrepen",
    /// "omvat", "included", "covers") before the sentence ends. Round 28: "zijn begrepen" as
    /// "zijn inbegrepen", and the costs it names ("alle kosten van begeleiding ... zijn
    /// inbegrepen") are its content too, no price per unit of input.
    fn pass_included_in_price(&mut self) {
        let n = self.n();
        let Some(price) = self
            .raws
            .iter()
            .filter(|r| matches!(r.kind, K::OutcomeCostUnit | K::TrajectoryPrice | K::InputCostUnit))
            .map(|r| r.t1)
            .min()
        else {
            return;
        };
        let Some(opener) = (price..n).find(|&k| {
            matches!(self.w(k), "waarin" | "waarbij")
                || (self.w(k) == "in" && self.w(k + 1) == "which")
                || (self.has(k, fl::RELATIVE) && k > 0 && self.is_punct(k - 1, ','))
        }) else {
            return;
        };
        let end = (opener..n).find(|&k| self.is_clause_break(k) && !self.is_punct(k, ',')).unwrap_or(n);
        let including = (opener..end).any(|k| {
            matches!(
                self.w(k),
                "inbegrepen"
                    | "begrepen"
                    | "omvat"
                    | "omvatten"
                    | "dekt"
                    | "dekken"
                    | "included"
                    | "includes"
                    | "include"
                    | "covers"
                    | "cover"
            )
        });
        if !including {
            return;
        }
        // The name after "per traject": the word after a price that ends in "traject".
        let name = self
            .raws
            .iter()
            .find(|r| r.kind == K::OutcomeCostUnit && matches!(self.w(r.t1 - 1), "traject" | "trajectory"))
            .map(|r| r.t1)
            .filter(|&t| t < opener);
        let named = |r: &Raw| r.kind == K::PrescribedMeans && Some(r.t0) == name && r.t1 == r.t0 + 1;
        let mut raws = std::mem::take(&mut self.raws);
        for r in raws.iter_mut() {
            let content = opener < r.t0
                && r.t0 < end
                && matches!(r.kind, K::PrescribedMeans | K::InputQuantity | K::InputCostUnit);
            if content || named(r) {
                r.weight = -1.0;
            }
        }
        raws.retain(|r| r.weight >= 0.0);
        self.raws = raws;
        if let Some(t) = name.filter(|&t| !self.used(t) && matches!(self.cls(t), Class::Means | Class::MeansGeneric)) {
            self.claim(t, t + 1);
        }
    }

    /// "Het wijkcentrum wordt na twee jaar door bewoners zelf beheerd", "The garden is run by
    /// residents themselves after a year": a facility the people served run or keep up
    /// themselves once a period has passed is a state they reach, not a place of delivery. A
    /// passive with the clients as its agent, "zelf"/"themselves" after them and a moment after
    /// a period ("na twee jaar", "after a year") in the sentence; without the moment ("wordt
    /// door bewoners zelf schoongemaakt") it is left alone.
    fn pass_run_by_clients(&mut self) {
        let n = self.n();
        let Some(own) = (0..n).find(|&k| self.has(k, fl::SELF)) else {
            return;
        };
        // The agent: "door"/"by" and a client within three words before "zelf".
        let Some(agent) = (own.saturating_sub(4)..own).find(|&j| {
            matches!(self.w(j), "door" | "by")
                && (j + 1..own).any(|c| self.cls(c) == Class::Client)
                && (j + 1..own).all(|c| !self.is_clause_break(c))
        }) else {
            return;
        };
        let passive = (0..agent).any(|j| self.has(j, fl::PASSIVE | fl::BE))
            || (own + 1..n.min(own + 3)).any(|j| self.has(j, fl::PASSIVE | fl::BE));
        let after_period = (0..n.saturating_sub(2)).any(|j| {
            self.has(j, fl::AFTER_TIME)
                && (j + 1..n.min(j + 4)).any(|k| self.is_number(k) || self.has(k, fl::NUMBER_WORD | fl::ARTICLE))
                && (j + 1..n.min(j + 4)).any(|k| self.unit(k) == Unit::Time)
        });
        if !passive || !after_period {
            return;
        }
        let client = (agent + 1..own).find(|&c| self.cls(c) == Class::Client).unwrap_or(own);
        if self.free(client, own + 1) {
            self.push(client, own + 1, K::TargetGroupOutcome, 0.6);
        } else {
            self.push(own, own + 1, K::TargetGroupOutcome, 0.6);
        }
        // The facility they run is what the result is about, not where a service is given.
        for r in self.raws.iter_mut().filter(|r| r.kind == K::PlaceOrTime && r.t1 <= agent) {
            r.weight *= 0.5;
        }
    }

    /// "De opdrachtnemer betaalt het examengeld voor het heftruckcertificaat", "The
    /// municipality pays the course and the exam": what the provider or the buyer pays for is
    /// an input; a level or result named in what is paid is not reached by anyone there. Not
    /// a price per result ("betalen een bonus voor elk behaald diploma", "per deelnemer die
    /// ..."): a cost of results, a per-marker, an achievement or a relative or purpose clause
    /// in the clause leaves it alone.
    fn pass_paid_inputs(&mut self) {
        // The provider or the buyer opens the main clause ("De opdrachtnemer betaalt ...";
        // the verb right after it, whatever else the frame took for the subject).
        let from = self.frame.main_from;
        let Some(who) = (from..self.n().min(from + 2)).find(|&k| !self.has(k, fl::ARTICLE)) else {
            return;
        };
        if !self.has(who, fl::PROVIDER | fl::BUYER) {
            return;
        }
        let n = self.n();
        let Some(v) = (who + 1..n.min(who + 2)).find(|&k| {
            matches!(
                self.w(k),
                "betaalt"
                    | "betalen"
                    | "vergoedt"
                    | "vergoeden"
                    | "financiert"
                    | "financieren"
                    | "pays"
                    | "pay"
                    | "funds"
                    | "fund"
                    | "covers"
                    | "reimburses"
            )
        }) else {
            return;
        };
        let end = (v + 1..n)
            .find(|&k| self.is_clause_break(k) || self.has(k, fl::RELATIVE | fl::SUBORDINATOR | fl::THAT))
            .unwrap_or(n);
        let priced_result = (v + 1..end).any(|k| {
            matches!(self.cls(k), Class::OutcomeCost | Class::Purpose)
                || self.per_marker(k)
                || self.has(k, fl::ACHIEVE)
                || self.unit(k) == Unit::Result
        });
        if priced_result {
            return;
        }
        let paid: Vec<usize> = (v + 1..end)
            .filter(|&k| !self.used(k) && matches!(self.cls(k), Class::Level | Class::Result | Class::Credential))
            .collect();
        if paid.is_empty() {
            return;
        }
        for k in paid {
            self.claim(k, k + 1);
        }
        if !self.used(v) {
            self.push(v, v + 1, K::InputCostUnit, 0.6);
        }
    }

    /// "op ochtenden dat de kinderen naar school zijn", "in the evenings when the children are
    /// asleep": a clause after a word of schedule says when the service is given; what the
    /// people served do in it ("naar school", "at home") is no result. The clause is claimed.
    /// So is a step of the service that opens a span ("from intake to ...").
    fn pass_time_clauses(&mut self) {
        if self.sentence_triggers & (tw::SPAN | tw::WHEN) == 0 {
            return;
        }
        let n = self.n();
        // "from intake to six months after placement", "van intake tot plaatsing": the step of
        // the service that opens a span of time is a moment, not a means.
        for k in 0..n.saturating_sub(3) {
            if !self.triggers(k, tw::SPAN) {
                continue;
            }
            let m = if self.has(k + 1, fl::ARTICLE) { k + 2 } else { k + 1 };
            let to = matches!(self.w(m + 1), "to" | "until" | "tot" | "till");
            if to && matches!(self.cls(m), Class::Means | Class::MeansGeneric) && !self.used(m) {
                self.claim(k, m + 1);
            }
        }
        for k in 0..n.saturating_sub(2) {
            if self.cls(k) != Class::Schedule || !self.triggers(k + 1, tw::WHEN) {
                continue;
            }
            let end = (k + 2..n.min(k + 12))
                .find(|&x| self.is_clause_break(x) || self.is_punct(x, '.'))
                .unwrap_or(n.min(k + 12));
            if (k + 2..end).any(|x| self.cls(x) == Class::Client || self.unit(x) == Unit::Client) {
                self.claim(k + 1, end);
            }
        }
    }

    fn phrase_matches(&self, i: usize, words: &[&str]) -> bool {
        let last = words.len().saturating_sub(1);
        words.iter().enumerate().all(|(k, pw)| {
            let j = i + k;
            let w = self.w(j);
            // The head of a phrase in the plural: "youth workers", "job coaches" (asked last:
            // every question here only reads).
            let plural = || k == last && k > 0 && w.starts_with(pw) && matches!(&w[pw.len()..], "s" | "es");
            !self.used(j)
                && !matches!(self.tokens.get(j).map(|t| t.kind), Some(TokKind::Punct(_)) | None)
                && (w == *pw || self.lemma(j) == *pw || plural())
        })
    }

    fn pass_phrases(&mut self) {
        let n = self.n();
        let mut i = 0;
        while i < n {
            if self.used(i) || !self.has(i, fl::PHRASE_START) {
                i += 1;
                continue;
            }
            let mut found: Option<(usize, Class, f32)> = None;
            let lex = self.lex;
            let (word, lemma) = (self.w(i), self.lemma(i));
            let keys: &[&str] = if word == lemma { &[word] } else { &[word, lemma] };
            'keys: for &key in keys {
                for ph in lex.phrases(key) {
                    if self.phrase_matches(i, &ph.words) {
                        found = Some((ph.words.len(), ph.class, ph.weight));
                        break 'keys;
                    }
                }
            }
            let Some((len, class, weight)) = found else {
                i += 1;
                continue;
            };
            // "toeleiding naar werk": a direction of an activity, not a result to reach.
            let directed = class == Class::Result
                && (self.has(i, fl::TOWARDS) && i > 0 && matches!(self.cls(i - 1), Class::Means | Class::MeansGeneric)
                    || self.directed_to(i));
            let weight = if directed { weight * 0.5 } else { weight };
            // "Fewer young people drop out": a problem to reduce is a result.
            let weight = if class == Class::Problem && self.reduced_in_clause(i) { 0.8 } else { weight };
            // "een vaste coach die gedurende het hele traject het aanspreekpunt blijft": one
            // fixed person for the whole trajectory is staffing, a means, no room for the
            // provider (round 31).
            // Round 33: "Deelnemers bepalen zelf hun tempo": the people served choosing for
            // themselves is no room of the provider.
            let kind = kind_of(class)
                .filter(|_| !(class == Class::Freedom && (self.fixed_person_before(i) || self.chosen_by_clients(i))));
            match kind {
                Some(kind) => {
                    self.push(i, i + len, kind, weight);
                }
                None => self.claim(i, i + len),
            }
            for x in self.info.get_mut(i..i + len).into_iter().flatten() {
                x.cls = class;
            }
            i += len;
        }
    }

    /// Round 33: a freedom phrase of choosing ("bepalen zelf", "kiest zelf") right after the
    /// people served as its subject ("Deelnemers bepalen zelf hun tempo"), or "care how" and
    /// "maakt niet uit" without a negation or a bounding condition: no room of the provider.
    fn chosen_by_clients(&self, i: usize) -> bool {
        if matches!(self.w(i), "care" | "maakt") {
            // Round 33: "care how" leaves the means open only after a negation ("I don't
            // really care how the provider organises it"); "We care how ..." does not. Both it
            // and "maakt (ons) niet uit" only with the condition that bounds the freedom
            // ("zolang", "mits", "as long as"): "Het maakt niet uit of het een training of
            // een stage is: de deelnemer volgt 20 uur per week" leaves nothing open.
            let negated = self.w(i) == "maakt"
                || (i.saturating_sub(3)..i)
                    .any(|k| self.has(k, fl::NEGATION) || matches!(self.w(k), "don't" | "dont" | "doesn't" | "doesnt"));
            let n = self.n();
            let bounded = (i + 2..n).any(|k| {
                matches!(self.w(k), "zolang" | "mits" | "provided") || (self.w(k), self.w(k + 1)) == ("as", "long")
            });
            return !(negated && bounded);
        }
        i > 0
            && matches!(self.w(i), "bepalen" | "bepaalt" | "kiezen" | "kiest")
            && (self.cls(i - 1) == Class::Client || self.unit(i - 1) == Unit::Client)
    }

    /// "vindt ... plaats" (takes place) with words in between: a place or time of delivery.
    fn pass_takes_place(&mut self) {
        if self.sentence_bits & fl::TAKES_PLACE == 0 {
            return;
        }
        let n = self.n();
        for i in 0..n {
            if self.used(i) || !self.has(i, fl::TAKES_PLACE) {
                continue;
            }
            let mut k = i + 1;
            while k < n && k < i + 12 && !self.is_clause_break(k) {
                if self.w(k) == "plaats" && !self.used(k) {
                    self.push(i, i + 1, K::PlaceOrTime, 0.5);
                    self.claim(k, k + 1);
                    // "vindt" here takes place; it reaches nothing.
                    if let Some(x) = self.info.get_mut(i) {
                        x.cls = Class::Place;
                    }
                    break;
                }
                k += 1;
            }
        }
    }

    /// "De keuze van methodiek, locatie en frequentie ... laat de gemeente uitdrukkelijk aan
    /// opdrachtnemer", "laten wij graag aan de aanbieder over": the buyer leaving something to
    /// the provider with words between "laat" and "aan" (the lexicon knows "laat aan" and "aan
    /// de opdrachtnemer" only side by side), so the means named there are left free. "laat"/
    /// "laten" and, within four words and the same clause, "aan", an optional article and the
    /// provider. Not "laat ... zien aan" (showing) or a payment "aan opdrachtnemer" (no
    /// "laat"). Round 30: "is (uitdrukkelijk) voorbehouden aan opdrachtnemer", reserved to the
    /// provider, is the same freedom; reserved to the municipality or to some clients is not
    /// (no provider after "aan").
    fn pass_left_to_provider(&mut self) {
        let n = self.n();
        let Some(leave) = (0..n).find(|&k| matches!(self.w(k), "laat" | "laten" | "leave" | "leaves" | "voorbehouden"))
        else {
            return;
        };
        // Round 29: the English "We leave the choice of methods (entirely) to the provider".
        let english = matches!(self.w(leave), "leave" | "leaves");
        let Some(to) = (leave + 1..n.min(leave + 7))
            .take_while(|&k| !self.is_clause_break(k))
            .find(|&k| self.w(k) == if english { "to" } else { "aan" })
        else {
            return;
        };
        // "leave the programme to go to work": leaving, no freedom left to someone.
        if english
            && !(leave + 1..to).any(|k| {
                matches!(
                    self.w(k),
                    "choice" | "choosing" | "methods" | "method" | "approach" | "means" | "how" | "way" | "ways"
                )
            })
        {
            return;
        }
        // "laat de rapportage zien aan opdrachtnemer": showing or telling, no leaving.
        if (leave + 1..to).any(|k| matches!(self.w(k), "zien" | "weten" | "horen" | "blijken" | "merken")) {
            return;
        }
        let who = if self.has(to + 1, fl::ARTICLE) { to + 2 } else { to + 1 };
        if who >= n || !self.has(who, fl::PROVIDER) {
            return;
        }
        if self.raws.iter().any(|r| r.kind == K::ProviderFreedom && r.t0 >= leave && r.t0 <= who) {
            return;
        }
        if english {
            // "leave" is no result (leaving a job) here.
            self.claim(leave, leave + 1);
        }
        if !self.push(to, who + 1, K::ProviderFreedom, 0.9) {
            self.push(leave, leave + 1, K::ProviderFreedom, 0.9);
        }
    }

    /// Round 29: experience or expertise "aangetoond met (drie) referenties" is a qualification
    /// shown by references, not a result that is demonstrated: the word of proof is no measure.
    /// Returns at once without a word for references.
    fn pass_shown_by_references(&mut self) {
        let n = self.n();
        let is_reference = |w: &str| w.starts_with("referentie") || matches!(w, "references" | "reference");
        let Some(reference) = (0..n).find(|&k| is_reference(self.w(k))) else {
            return;
        };
        let proof = |w: &str| matches!(w, "aangetoond" | "aantoonbaar" | "demonstrated" | "shown" | "evidenced");
        let Some(at) = (reference.saturating_sub(4)..reference).find(|&k| proof(self.w(k))) else {
            return;
        };
        self.raws.retain(|r| !(r.kind == K::Measure && r.t0 == at && r.t1 == at + 1));
    }

    /// Method words with the name that follows ("methodiek Individuele Plaatsing en Steun
    /// (IPS)", "methode 'Taal Centraal'"), and "schrijft geen ... voor" (leaves the provider
    /// free).
    fn pass_methods_and_prescriptions(&mut self) {
        let n = self.n();
        for i in 0..n {
            if self.used(i) {
                continue;
            }
            if self.has(i, fl::PRESCRIBE) {
                let dutch = !self.w(i).starts_with("prescribe");
                let neg_after = (i + 1..n.min(i + 1 + WINDOW)).any(|j| self.has(j, fl::NEGATION));
                let particle = !dutch || (i + 1..n.min(i + LOOKAHEAD)).any(|j| self.has(j, fl::PARTICLE_VOOR));
                if particle && (neg_after || self.negated_before(i, 3)) {
                    self.push(i, i + 1, K::ProviderFreedom, 0.9);
                }
                continue;
            }
            if self.cls(i) != Class::Method {
                continue;
            }
            let end = self.extend_name(i + 1);
            let start = self.name_before(i);
            let weight = self.info[i].hit.map_or(0.9, |h| h.entry.weight);
            if self.negated_before(i, 2) {
                self.push(i, end, K::ProviderFreedom, 0.9);
            } else if !self.push(start, end, K::NamedMethod, weight) {
                self.push(i, end, K::NamedMethod, weight);
            }
        }
    }

    /// The start of a proper name that ends right before the method word at `i` ("the
    /// Individual Placement and Support model"): capitalised words, with "and", "en" between.
    fn name_before(&self, i: usize) -> usize {
        let mut j = i;
        while j > 1 && j + 8 > i {
            let k = j - 1;
            let t = self.tokens[k];
            let capitalised = t.kind == TokKind::Word && t.upper && !self.used(k);
            let link = self.has(k, fl::NAME_LINK) && k > 0 && self.tokens[k - 1].upper;
            if !(capitalised || link) {
                break;
            }
            j = k;
        }
        j
    }

    /// The end of a proper name starting at `j`: capitalised words (with "en", "and", "van"
    /// between them), a quoted name, or an acronym in brackets.
    fn extend_name(&self, mut j: usize) -> usize {
        let n = self.n();
        let start = j;
        if matches!(self.tokens.get(j).map(|t| t.kind), Some(TokKind::Punct('"' | '“' | '„'))) {
            let mut k = j + 1;
            while k < n && k < j + 8 {
                if matches!(self.tokens[k].kind, TokKind::Punct('"' | '”' | '“')) {
                    return k + 1;
                }
                k += 1;
            }
            return j;
        }
        while j < n && j < start + 8 && !self.used(j) {
            let t = self.tokens[j];
            let capitalised = t.kind == TokKind::Word && t.upper;
            let link = self.has(j, fl::NAME_LINK) && self.tokens.get(j + 1).is_some_and(|t2| t2.upper);
            if !(capitalised || link) {
                break;
            }
            j += 1;
        }
        if self.is_punct(j, '(') && self.tokens.get(j + 1).is_some_and(|t| t.upper) && self.is_punct(j + 2, ')') {
            j += 3;
        }
        j
    }

    fn sentence_flags(&mut self) -> Flags {
        let n = self.n();
        let mut f = Flags::default();
        // The list bits and trigger bits of every word together: a sentence has a word of a
        // list when the union has its bit.
        let (mut bits, mut triggers) = (0u128, 0u32);
        for (i, (x, t)) in self.info.iter().zip(&self.tokens).enumerate() {
            let c = x.cls;
            bits |= x.flags;
            triggers |= x.triggers;
            f.result |=
                (matches!(c, Class::Result | Class::Level) && self.preceded_by(i, fl::AFTER_TIME).is_none()) || x.cefr;
            f.means |= matches!(c, Class::Means | Class::MeansGeneric | Class::Staff | Class::Method);
            f.staff |= c == Class::Staff;
            f.credential |= c == Class::Credential;
            f.cost |= matches!(c, Class::Cost | Class::InputCost | Class::OutcomeCost)
                || matches!(t.kind, TokKind::Punct('€' | '$' | '£'));
            f.change |= c == Class::Change && !x.used;
            f.problem |= c == Class::Problem;
            f.measure |= c == Class::Measure;
            f.client |= c == Class::Client || x.hit.is_some_and(|h| h.entry.unit == Unit::Client);
            f.target |= t.kind == TokKind::Punct('%');
        }
        f.obliged = bits & fl::OBLIGATION != 0;
        f.deploy = bits & fl::DEPLOY != 0;
        f.provider = bits & fl::PROVIDER != 0;
        f.score = bits & fl::SCORE != 0;
        f.target |= bits & fl::PERCENT != 0;
        f.inclusive = triggers & tw::INCLUSIVE != 0;
        // A mark with a word of rating ("gemiddeld een 7,5") is a target too.
        f.target |= f.score && (0..n).any(|i| self.is_number(i) && self.is_mark(i));
        self.func_after.clear();
        self.func_after.resize(n + 1, false);
        for i in (0..n).rev() {
            let c = self.cls(i);
            // "De deelnemer werkt": the client's work is functional content too.
            let works = || f.client && self.has(i, fl::WORK_VERB);
            // A share ("90%") and a count of clients that changes ("meer inwoners", "fewer
            // households") are functional content too.
            let share = || self.is_number(i) && (self.is_punct(i + 1, '%') || self.has(i + 1, fl::PERCENT));
            let count = || self.comparative_count(i);
            // "zodat werkgevers hun vacatures ... vervullen", "so that they can arrange ...":
            // the people the service is for, doing something in a purpose clause.
            let actor = || self.purpose_actor(i, f.client);
            // Each question is asked only while the answer is still open (they only read).
            let after = self.func_after[i + 1]
                || is_functional_content(c)
                || self.info[i].cefr
                || works()
                || share()
                || count()
                || actor();
            self.func_after[i] = after;
        }
        f
    }

    /// "one supervisor for every four participants", "één begeleider op tien deelnemers", "a
    /// coach per 12 clients": a ratio of staff (or any means) to the people served is an
    /// input; the counted clients are no target. The ratio is one input quantity (or, when
    /// its first words are already read, the words from the marker on are claimed).
    fn pass_staff_ratio(&mut self) {
        if !self.sentence_number || self.sentence_bits & (fl::PER | fl::PAIR_START) == 0 {
            return;
        }
        self.staff_first_ratio();
        let n = self.n();
        for m in 2..n {
            if !self.has(m, fl::PER | fl::PAIR_START) || !self.is_number(m + 1) && !self.is_number(m + 2) {
                continue;
            }
            let len = if self.has(m, fl::PER) || self.w(m) == "op" {
                1
            } else if matches!(
                (self.w(m), self.w(m + 1)),
                ("for" | "voor", "every" | "each" | "elke" | "iedere" | "elk")
            ) {
                2
            } else {
                continue;
            };
            let num = m + len;
            if !self.is_number(num) || self.used(num) {
                continue;
            }
            let mut c = num + 1;
            while c < n && c < num + 3 && self.skippable(c) {
                c += 1;
            }
            let clients = self.cls(c) == Class::Client || self.unit(c) == Unit::Client;
            // The counted thing before the marker: a noun after a number or an article, not
            // itself a client or a result ("een plaatsing op elke vier deelnemers" is a target).
            let x = m - 1;
            let thing = matches!(self.tokens.get(x).map(|t| t.kind), Some(TokKind::Word))
                && !matches!(
                    self.cls(x),
                    Class::Client | Class::Result | Class::Level | Class::Measure | Class::Problem | Class::Change
                )
                && self.unit(x) != Unit::Client
                && self.unit(x) != Unit::Result
                && (self.is_number(x - 1) || self.has(x - 1, fl::ARTICLE));
            if clients && thing {
                // The whole ratio is the input: "één begeleider op vijf deelnemers".
                let start = if self.is_number(x - 1) { x - 1 } else { x };
                if !self.push(start, c + 1, K::InputQuantity, 0.8) {
                    self.claim(m, c + 1);
                }
            }
        }
    }

    /// Round 32: "Op iedere acht medewerkers in beschut werk zet opdrachtnemer ten minste één
    /// gekwalificeerde werkleider in", "Op elke tien deelnemers ... één begeleider": a count
    /// of the people served opening the sentence, and one staff member in its clause, is a
    /// ratio of staff, an input; the counted people (and where they work) are no target.
    fn opening_count_ratio(&mut self) {
        if self.w(0) != "op" || !matches!(self.w(1), "iedere" | "elke" | "elk") || !self.is_number(2) {
            return;
        }
        let n = self.n();
        let Some(c) = (3..n.min(5)).find(|&k| matches!(self.cls(k), Class::Client | Class::Staff)) else {
            return;
        };
        let end = (c + 1..n).find(|&k| self.is_clause_break(k)).unwrap_or(n);
        // The staff member counted against them: "één (gekwalificeerde) werkleider".
        let Some(s) = (c + 2..end).find(|&k| {
            self.cls(k) == Class::Staff
                && (k.saturating_sub(3)..k).any(|j| matches!(self.w(j), "een" | "één" | "1" | "one"))
        }) else {
            return;
        };
        // "in beschut werk", "bij de groenvoorziening": where the counted people work.
        let mut to = c + 1;
        if matches!(self.w(to), "in" | "bij" | "at") {
            to = (to + 1..(to + 4).min(end))
                .find(|&k| self.has(k, fl::PROVIDER) || self.cls(k) == Class::Staff)
                .unwrap_or(to + 3)
                .min(s);
        }
        if self.push(0, c + 1, K::InputQuantity, 0.8) {
            self.claim(c + 1, to);
            let one = (s.saturating_sub(3)..s).find(|&j| matches!(self.w(j), "een" | "één" | "1" | "one")).unwrap_or(s);
            self.push(one, s + 1, K::StaffQualification, 0.7);
        }
    }

    /// "Per werkmeester zijn maximaal zes deelnemers tegelijk aan het werk", "For each
    /// supervisor there are at most six participants at work": a sentence opening with the
    /// staff member the ratio is counted per, and the number of the people served after its
    /// verb, is the same ratio of staff to clients, an input. What the counted clients do in
    /// that clause is what they do under that staff member, no result. Only with a cap
    /// ("maximaal", "at most"), no moment after a period, and nothing else in the clause the
    /// clients reach ("Per coach vinden tien deelnemers een baan" is a target).
    fn staff_first_ratio(&mut self) {
        let n = self.n();
        let len = if self.has(0, fl::PER) {
            1
        } else if matches!((self.w(0), self.w(1)), ("for" | "voor", "every" | "each" | "elke" | "iedere" | "elk")) {
            2
        } else {
            return;
        };
        // The staff noun, after an article or a modifier ("For each work supervisor").
        let Some(s) = (len..len + 3).find(|&k| self.cls(k) == Class::Staff) else {
            return;
        };
        // The number ("ten" of "ten hoogste" is none).
        let Some(num) = (s + 1..n.min(s + 6))
            .take_while(|&k| !self.is_clause_break(k))
            .find(|&k| self.is_number(k) && !(self.w(k) == "ten" && matches!(self.w(k + 1), "hoogste" | "minste")))
        else {
            return;
        };
        // A cap ("maximaal", "ten hoogste", "at most", "no more than"), not a target.
        let cap = (s + 1..num).any(|k| {
            matches!(self.w(k), "maximaal" | "hoogstens" | "hoogste" | "most" | "maximum" | "max")
                || matches!(self.w(k), "meer" | "more") && matches!(self.w(k - 1), "niet" | "no" | "not")
        });
        if !cap || self.used(num) || self.sentence_bits & fl::AFTER_TIME != 0 {
            return;
        }
        let mut c = num + 1;
        while c < n && c < num + 3 && self.skippable(c) {
            c += 1;
        }
        if self.cls(c) != Class::Client && self.unit(c) != Unit::Client {
            return;
        }
        // Nothing in the clause the clients reach: an unread result, level or change word.
        let end = (c + 1..n).find(|&k| self.is_clause_break(k)).unwrap_or(n);
        if (c + 1..end).any(|k| !self.used(k) && matches!(self.cls(k), Class::Result | Class::Change | Class::Level)) {
            return;
        }
        if !self.push(num, c + 1, K::InputQuantity, 0.8) {
            return;
        }
        self.raws.retain(|r| !(r.kind == K::Result && r.t0 > s && r.t0 < end));
        for x in self.info.get_mut(s + 1..end).into_iter().flatten() {
            if x.cls == Class::Result {
                x.used = true;
            }
        }
    }

    /// For a share at `i` ("95%"): when it is a share of the cases ("van de gevallen", "of
    /// (the) cases"; round 28: or of the referrals, "van de aanmeldingen", "of referrals", each
    /// a case of the service) and its clause holds a deadline of days or hours ("binnen vijf
    /// werkdagen", "within ten working days", "binnen zes uur"), the start and the end of the
    /// clause (the whole sentence up to its end when the share closes it after a comma).
    fn cases_with_short_deadline(&self, i: usize) -> Option<(usize, usize)> {
        let n = self.n();
        let c = (i + 2..n.min(i + 6))
            .take_while(|&k| !self.is_clause_break(k))
            .find(|&k| matches!(self.w(k), "gevallen" | "cases" | "aanmeldingen" | "meldingen" | "referrals"))?;
        let end = (c + 1..n).find(|&x| self.is_clause_break(x)).unwrap_or(n);
        // Round 33: a share of the cases closing the sentence after a comma ("Intake binnen
        // 10 werkdagen na aanmelding, in 90% vd gevallen") is the norm of the whole sentence.
        let start = match (0..i).rev().find(|&x| self.is_clause_break(x)) {
            Some(x) if end == n && self.is_punct(x, ',') => 0,
            found => found.map_or(0, |x| x + 1),
        };
        let short = |k: usize| {
            matches!(
                self.w(k),
                "dag"
                    | "dagen"
                    | "werkdag"
                    | "werkdagen"
                    | "uur"
                    | "uren"
                    | "day"
                    | "days"
                    | "working"
                    | "hour"
                    | "hours"
            )
        };
        (start..end)
            .any(|k| {
                matches!(self.w(k), "binnen" | "within")
                    && (k + 1..(k + 3).min(end)).any(|x| self.is_number(x) && short(x + 1))
            })
            .then_some((start, end))
    }

    /// Numbers: "40%" (a measure), "8 van de 10" (a measure), "40 lessen", "3 uur per week"
    /// (inputs, unless they describe the client's result), "binnen zes maanden" (a deadline).
    fn pass_quantities(&mut self, f: &Flags) {
        let n = self.n();
        for i in 0..n {
            if !self.used(i)
                && matches!(self.w(i), "een" | "één")
                && self.w(i + 1) == "op"
                && self.has(i + 2, fl::ARTICLE)
                && self.is_number(i + 3)
                && !self.unit_follows(i + 3)
            {
                // "een op de vijf": a share, written with the article "een".
                self.push(i, i + 4, K::Measure, 0.8);
                continue;
            }
            if self.used(i) || !self.is_number(i) || self.tokens[i].clock {
                continue;
            }
            if self.is_punct(i + 1, '%') || self.has(i + 1, fl::PERCENT) {
                // "90% of the scheduled lessons": a share of the input, an attendance rule.
                let mut k = i + 2;
                if self.has(k, fl::FRACTION_OF) {
                    k += 1;
                    // "90% van de geplande lessen"; an article after a word opens the next noun
                    // phrase ("in 40% van de gevallen een opleiding"): the share ends before it.
                    let mut word_seen = false;
                    while k < n
                        && k < i + 6
                        && !(word_seen && self.has(k, fl::ARTICLE))
                        && (self.has(k, fl::ARTICLE) || self.skippable(k) || self.plain_word(k))
                    {
                        word_seen |= !self.has(k, fl::ARTICLE);
                        k += 1;
                    }
                    // "70% van de proefplaatsingen gaat over in een dienstverband": a share of
                    // the means that turns into a result in the same clause is a target.
                    let turns_into_result = || {
                        !self.frame.in_means_part(i)
                            && (k + 1..n.min(k + 9))
                                .take_while(|&x| !self.is_clause_break(x))
                                .any(|x| matches!(self.cls(x), Class::Result | Class::Level))
                    };
                    // "In 98% van de ritten komt de leerling op tijd aan", "In 95% of the
                    // sessions ...": a fronted share of the occasions of the service is a norm
                    // on how it is delivered; what happens in its clause is the service's
                    // performance, no result of the people served.
                    let fronted = i >= 1 && self.w(i - 1) == "in" && (i == 1 || self.is_clause_break(i - 2));
                    if fronted && self.unit(k) == Unit::Input && self.free(i, k + 1) {
                        self.push(i, k + 1, K::InputQuantity, 0.8);
                        let end = (k + 1..n).find(|&x| self.is_clause_break(x)).unwrap_or(n);
                        self.raws.retain(|r| !(r.kind == K::Result && r.t0 > k && r.t0 < end));
                        for x in self.info.get_mut(k + 1..end).into_iter().flatten() {
                            if matches!(x.cls, Class::Result | Class::Level | Class::Change) {
                                x.used = true;
                            }
                        }
                        continue;
                    }
                    // Round 27: "In 95% van de gevallen krijgt een inwoner binnen vijf
                    // werkdagen na zijn aanmelding een afspraak", "wordt in 90% van de gevallen
                    // binnen drie werkdagen ... bevestigd", "In 95% of cases the provider
                    // completes the application within ten working days": a share of the cases
                    // with a deadline of days or hours in its clause is a norm on how fast the
                    // service responds, as an intake within five days is; what happens in the
                    // clause is no result of the people served.
                    // Round 32: also "In ten minste 90% van de gevallen start een detachering
                    // binnen tien werkdagen", "In at least 95% of cases".
                    let opens_in = i >= 1 && self.w(i - 1) == "in"
                        || i >= 2 && self.w(i - 2) == "in" && matches!(self.w(i - 1), "minimaal" | "minstens")
                        || i >= 3
                            && self.w(i - 3) == "in"
                            && matches!((self.w(i - 2), self.w(i - 1)), ("ten", "minste") | ("at", "least"));
                    if opens_in && self.free(i, i + 2) {
                        if let Some((start, end)) = self.cases_with_short_deadline(i) {
                            // A condition on the process, as the same share is read where the
                            // provider is the subject ("De opdrachtnemer biedt in 90% van de
                            // gevallen binnen tien werkdagen een eerste afspraak aan").
                            self.push(i, i + 2, K::ProcessCondition, 0.9);
                            self.raws.retain(|r| !(r.kind == K::Result && r.t0 >= start && r.t0 < end));
                            for x in self.info.get_mut(start..end).into_iter().flatten() {
                                if matches!(x.cls, Class::Result | Class::Level | Class::Change) {
                                    x.used = true;
                                }
                            }
                            continue;
                        }
                    }
                    if (matches!(self.cls(k), Class::Means) || self.unit(k) == Unit::Input) && !turns_into_result() {
                        self.push(i, k + 1, K::InputQuantity, 0.8);
                        continue;
                    }
                    if self.cls(k) == Class::Cost && self.info[k].hit.is_some_and(|h| h.entry.weight > 0.0) {
                        // "5% van de opdrachtwaarde": a share of the money, an input.
                        self.push(i, k + 1, K::InputCostUnit, 0.8);
                        continue;
                    }
                }
                // "een opslag van 12% op de brutoloonkosten", "a surcharge of 12% on the gross
                // wage costs": a percentage charged on an amount of money is a term of the
                // price, an input, not a share of people.
                if matches!(self.w(i + 2), "on" | "op" | "over") {
                    let cost = (i + 3..n.min(i + 8))
                        .take_while(|&k| !self.is_clause_break(k) && !self.is_number(k))
                        .find(|&k| matches!(self.cls(k), Class::Cost | Class::InputCost | Class::OutcomeCost));
                    // Not a bonus per result ("10% op de trajectprijs per plaatsing").
                    let per_result = |k: usize| (k + 1..n).any(|x| matches!(self.unit(x), Unit::Result | Unit::Client));
                    if let Some(k) = cost {
                        if self.free(i, k + 1) && !per_result(k) {
                            self.push(i, k + 1, K::InputCostUnit, 0.8);
                            continue;
                        }
                    }
                }
                self.push(i, i + 2, K::Measure, 0.9);
                continue;
            }
            if f.score && self.is_mark(i) {
                // "gemiddeld een 7,5", "rated 8 or higher": a mark out of ten.
                let next = i + 1;
                // "een 7 of hoger": Dutch "of" is "or" before a comparative, not "8 of 10".
                let or_higher = self.has(next, fl::COORD)
                    && (self.has(next + 1, fl::COMPARATIVE_ADJ | fl::COMPARATIVE) || self.w(next + 1) == "beter");
                let unit = self.unit(next) != Unit::None
                    || is_means(self.cls(next))
                    || self.cls(next) == Class::Client
                    || (self.has(next, fl::PERCENT | fl::FRACTION_OF) && !or_higher);
                if !unit {
                    self.push(i, i + 1, K::Measure, 0.9);
                    continue;
                }
            }
            if self.has(i + 1, fl::FRACTION_OF) && self.has(i + 2, fl::ARTICLE) && self.is_number(i + 3) {
                self.push(i, i + 4, K::Measure, 0.8);
                continue;
            }
            if self.w(i + 1) == "in" && self.is_number(i + 2) && !self.unit_follows(i + 2) {
                // "one in ten", "1 in 5": a share.
                self.push(i, i + 3, K::Measure, 0.8);
                continue;
            }
            // "eens per maand", "twee per week": a frequency of input.
            if self.has(i + 1, fl::TIME_PER) && self.unit(i + 2) == Unit::Time {
                // "krijgen een vergoeding van € 500 per jaar": money per period handed to the
                // people served (the main verb gives or receives) is an instrument, not what
                // they reach ("houden € 300 per maand over", "stijgt met € 150 per maand" are).
                let handed_out = self.is_money(i) && !self.frame.in_end(i) && self.given_before(i);
                if !handed_out && self.describes_result(i, i + 3, f) {
                    self.push(i, i + 3, K::Measure, 0.7);
                } else {
                    self.push(i, i + 3, K::InputQuantity, 0.8);
                }
                continue;
            }
            if self.is_money(i)
                && self.frame.subject == Role::Client
                && self.given_before(i)
                && !self.frame.in_end(i)
                && !(0..n).any(|k| matches!(self.cls(k), Class::OutcomeCost | Class::Purpose))
            {
                // "Gezinnen ontvangen een tegemoetkoming van € 150 per kind": money handed to
                // the people served is an instrument, not what they reach.
                let end = if self.per_marker(i + 1) { i + 1 } else { self.extend_per_time(i + 1) };
                self.push(i, end, K::InputQuantity, 0.6);
                continue;
            }
            let mut j = i + 1;
            if self.has(j, fl::AANTAL) {
                j += 1;
            }
            let mut skipped = 0;
            while skipped < 2 && self.skippable(j) {
                j += 1;
                skipped += 1;
            }
            if j >= n || self.used(j) {
                continue;
            }
            let cls = self.cls(j);
            let unit = self.unit(j);
            if is_means(cls) || unit == Unit::Input {
                let mut end = j + 1;
                while end < n
                    && end < j + 3
                    && !self.used(end)
                    && (matches!(self.cls(end), Class::Means | Class::MeansGeneric) || self.unit(end) == Unit::Input)
                {
                    end += 1;
                }
                end = self.extend_per_time(end);
                let weight = if cls == Class::Staff { 0.8 } else { 1.0 };
                if self.describes_result(i, end, f) {
                    self.push(i, end, K::Measure, 0.8);
                } else {
                    self.push(i, end, K::InputQuantity, weight);
                }
            } else if unit == Unit::Time {
                if let Some(from) = self.age_of_clients(i, j) {
                    // "werkzoekenden boven de 50 jaar", "jongeren tot 27 jaar": which clients.
                    self.claim(from, j + 1);
                    continue;
                }
                let back = self.before_modifiers(i);
                if back.is_some_and(|b| self.w(b) == "met")
                    && (j + 1..n.min(j + 5))
                        .take_while(|&k| !self.is_clause_break(k))
                        .any(|k| self.cls(k) == Class::Change || self.has(k, fl::FIGURE_VERB))
                {
                    // "is met drie maanden afgenomen": the amount a figure changes by.
                    self.push(i, j + 1, K::Measure, 0.7);
                    continue;
                }
                if back.is_some_and(|b| self.has(b, fl::DEADLINE)) {
                    self.deadline = back.map(|b| (b, j + 1));
                    continue;
                }
                if let Some(b) = back.filter(|&b| {
                    matches!(self.w(b), "lasting" | "durend" | "durende") && b > 0 && self.cls(b - 1) == Class::Result
                }) {
                    // Round 33: "employment lasting at least six months": how long the result
                    // holds, a measure of it.
                    self.claim(b, b + 1);
                    self.push(i, j + 1, K::Measure, 0.7);
                    continue;
                }
                if self.has(j + 1, fl::AFTER_TIME) {
                    // "een jaar na afloop", "one year after leaving": a moment of measuring.
                    self.deadline = Some((i, j + 2));
                    continue;
                }
                let mut end = j + 1;
                let long = self.has(end, fl::LENGTH_AFTER);
                if long {
                    end += 1;
                }
                let duration = long || back.is_some_and(|b| self.has(b, fl::DURATION)) || self.tokens[i].hyphen_next;
                end = self.extend_per_time(end);
                if self.describes_result(i, end, f) {
                    self.push(i, end, K::Measure, 0.7);
                } else {
                    self.push(i, end, K::InputQuantity, if duration { 0.6 } else { 0.4 });
                }
            } else if (cls == Class::Client || unit == Unit::Client) && f.result && !self.frame.provision {
                // "een instroom van minimaal twintig inwoners per jaar", "25 statushouders
                // vinden een baan": a number of clients reaching the result.
                let end = self.extend_per_time(j + 1);
                if self.group_size(i, end) {
                    self.push(i, end, K::InputQuantity, 0.8);
                } else {
                    self.push(i, end, K::Measure, 0.7);
                }
            } else if unit == Unit::Result
                && !self.is_money(i)
                && !self.tokens[j].upper
                && matches!(self.w(j), "plaatsingen" | "placements")
            {
                // Round 33: "ten minste 60 plaatsingen", "100 placements a year": a number of
                // results is a target (not a section number before a capital, "3.5 Plaatsingen").
                let end = self.extend_per_time(j + 1);
                self.push(i, end, K::Measure, 0.7);
            } else if self.frame.subject == Role::Provider
                && !self.frame.in_end(i)
                && !(self.is_money(i) && self.per_marker(i + 1))
                && cls == Class::None
                && unit == Unit::None
                && matches!(self.tokens.get(j).map(|t| t.kind), Some(TokKind::Word))
                && !self.provider_answers()
            {
                // "De opdrachtnemer onderhoudt een netwerk van vijftig werkgevers", "proposes
                // three candidates": an amount of what the provider puts in.
                self.push(i, j + 1, K::InputQuantity, 0.6);
            }
        }
    }

    /// Round 33: a number of clients capped by "maximaal", "max.", "ten hoogste", "hooguit",
    /// "no more than", "at most", "up to" and closing its clause ("min. 3 uur, max. 12
    /// deelnemers", "in groups of no more than eight participants"): the size of a group, an
    /// input. "Maximaal 12 deelnemers vallen uit" goes on into a verb: a target.
    fn group_size(&self, i: usize, end: usize) -> bool {
        let w = |k: usize| if k < i { self.w(i - k - 1) } else { "" };
        let capped = matches!(w(0), "maximaal" | "max" | "hooguit" | "maximum")
            || (w(1), w(0)) == ("ten", "hoogste")
            || (w(1), w(0)) == ("at", "most")
            || (w(1), w(0)) == ("up", "to")
            || (w(2), w(1), w(0)) == ("no", "more", "than");
        let closes = end >= self.n()
            || self.is_clause_break(end)
            || self.is_punct(end, '.')
            || (self.w(end) == "per"
                && matches!(self.lemma(end + 1), "groep" | "group" | "bijeenkomst" | "sessie" | "session"));
        capped && closes
    }

    /// An age after a client noun: "werkzoekenden boven de 50 jaar", "jongeren tot 27 jaar",
    /// "inwoners van 55 jaar en ouder". Returns where the age phrase starts.
    fn age_of_clients(&self, i: usize, j: usize) -> Option<usize> {
        if !matches!(self.w(j), "jaar" | "jaren" | "year" | "years") {
            return None;
        }
        let after = matches!(
            (self.w(j + 1), self.w(j + 2)),
            ("en" | "of" | "and" | "or", "ouder" | "older" | "over" | "jonger" | "younger" | "under")
        ) || matches!(self.w(j + 1), "oud" | "old");
        let mut marker = None;
        let mut k = i;
        for _ in 0..3 {
            let Some(p) = k.checked_sub(1) else { break };
            k = p;
            if matches!(
                self.w(k),
                "boven" | "onder" | "tot" | "vanaf" | "ouder" | "jonger" | "van" | "aged" | "over" | "under" | "of"
            ) {
                marker = Some(k);
                break;
            }
            if !matches!(self.w(k), "de" | "het" | "dan" | "than" | "the") {
                break;
            }
        }
        if marker.is_none() && !after {
            return None;
        }
        let from = marker.unwrap_or(i);
        let client =
            (from.saturating_sub(3)..from).any(|c| self.cls(c) == Class::Client || self.unit(c) == Unit::Client);
        client.then_some(from)
    }

    /// A word the lexicon does not know and that is on no list ("scheduled").
    pub(super) fn plain_word(&self, i: usize) -> bool {
        matches!(self.tokens.get(i).map(|t| t.kind), Some(TokKind::Word))
            && self.cls(i) == Class::None
            && self.info.get(i).is_some_and(|x| x.flags == 0 && x.hit.is_none())
    }

    /// Token `i` is the subject of a purpose clause ("zodat", "so that", "met als doel dat")
    /// and one of the people the service is for: a client, an employer, or a personal pronoun
    /// when the sentence names clients ("zodat zij ...", "so that they ..."). What such a
    /// subject does or reaches is what the means is for, whatever the verb.
    pub(super) fn purpose_actor(&self, i: usize, clients_named: bool) -> bool {
        let person = self.cls(i) == Class::Client || self.unit(i) == Unit::Client || self.has(i, fl::EMPLOYER);
        let pronoun = clients_named && matches!(self.w(i), "zij" | "ze" | "hij" | "they" | "he" | "she");
        if !person && !pronoun {
            return false;
        }
        // Back over a possessive or an article ("zodat hun kinderen", "so that the employers")
        // and "dat"/"that" to the marker; not a bare noun ("doel", "goal") and not "om".
        let mut k = i;
        for _ in 0..3 {
            let Some(p) = k.checked_sub(1) else { return false };
            k = p;
            if self.has(k, fl::ARTICLE | fl::DETERMINER) || matches!(self.w(k), "hun" | "zijn" | "his" | "her") {
                continue;
            }
            if self.has(k, fl::THAT) && k > 0 && self.cls(k - 1) == Class::Purpose {
                return true; // "met als doel dat", "with the aim that"
            }
            let noun = self.info.get(k).and_then(|x| x.hit).is_some_and(|h| h.entry.weight < 0.6);
            return self.cls(k) == Class::Purpose && !noun;
        }
        false
    }

    /// "meer inwoners", "minder jongeren", "fewer households": a comparative before a client
    /// noun, a count of clients that changes.
    pub(super) fn comparative_count(&self, i: usize) -> bool {
        self.triggers(i, tw::COUNT)
            && (self.cls(i + 1) == Class::Client || self.unit(i + 1) == Unit::Client)
            && !(i > 0 && self.has(i - 1, fl::PREP))
    }

    /// The number at `i` is an amount of money: a currency sign right before it ("€ 1.800")
    /// or "euro" right after it.
    fn is_money(&self, i: usize) -> bool {
        self.is_number(i)
            && (i > 0 && matches!(self.tokens.get(i - 1).map(|t| t.kind), Some(TokKind::Punct('€' | '$' | '£')))
                || matches!(self.w(i + 1), "euro" | "eur"))
    }

    /// A verb of giving or receiving ("krijgen", "ontvangt", "biedt") before token `i` in its
    /// clause: what follows is handed out.
    fn given_before(&self, i: usize) -> bool {
        (i.saturating_sub(10)..i)
            .rev()
            .take_while(|&k| !self.is_clause_break(k))
            .any(|k| self.has(k, fl::RECEIVE | fl::PROVIDE))
    }

    /// "per", "voor elke", "for each" at token `k`: a price or an amount per unit follows.
    fn per_marker(&self, k: usize) -> bool {
        self.has(k, fl::PER) || pairs::PER.iter().any(|[a, b]| self.w(k) == *a && self.w(k + 1) == *b)
    }

    /// The number at `i` lies in a relative clause about the people served ("per
    /// alleenstaande ouder die ... twintig uur per week werkt", "who works 24 hours a week"):
    /// the clause says what they do, and no means is named in it.
    fn in_client_relative(&self, i: usize) -> bool {
        let Some(r) = (i.saturating_sub(12)..i).rev().take_while(|&k| !self.is_clause_break(k)).find(|&k| {
            self.has(k, fl::RELATIVE) && k > 0 && (self.cls(k - 1) == Class::Client || self.unit(k - 1) == Unit::Client)
        }) else {
            return false;
        };
        let end = (r + 1..self.n()).find(|&k| self.is_clause_break(k)).unwrap_or(self.n());
        let means = (r + 1..end).any(|k| is_means(self.cls(k)) || self.cls(k) == Class::Method);
        !means && (r + 1..end).any(|k| self.has(k, fl::WORK_VERB) || is_functional_content(self.cls(k)))
    }

    /// A unit right after the number at `i` ("in 5 weken", "op de 3 locaties"): a quantity,
    /// not the denominator of a share.
    fn unit_follows(&self, i: usize) -> bool {
        let next = i + 1;
        if self.cls(next) == Class::Client || self.unit(next) == Unit::Client {
            return false; // "een op de vijf deelnemers"
        }
        self.unit(next) != Unit::None
            || (self.tokens.get(next).is_some_and(|t| t.kind == TokKind::Word)
                && !self.has(next, fl::ARTICLE | fl::DETERMINER | fl::COORD | fl::PREP))
    }

    /// A mark out of ten written in digits: "7", "7,5", "8.0".
    fn is_mark(&self, i: usize) -> bool {
        let w = self.w(i);
        let (whole, frac) = w.split_once([',', '.']).unwrap_or((w, ""));
        let ok_frac = frac.is_empty() || (frac.len() == 1 && frac.bytes().all(|b| b.is_ascii_digit()));
        ok_frac && whole.parse::<u8>().is_ok_and(|v| (1..=10).contains(&v))
    }

    /// Whether a quantity at `i..end` measures the client's result ("twintig uur per week
    /// betaald werk", "x uren per week sociaal actief") rather than an input: the sentence
    /// names a result and no means, or a result is near and no means or staff is.
    fn describes_result(&self, i: usize, end: usize, f: &Flags) -> bool {
        if self.in_client_relative(i) {
            return true; // "per deelnemer die ... twintig uur per week werkt"
        }
        if self.frame.in_means_part(i) || self.provider_acts_plainly() {
            return false; // in the means part of "X, zodat Y"; what the provider does
        }
        if self.frame.consists_at.is_some_and(|c| c < i) {
            return false; // "bestaat uit tien lessen": the parts of the service
        }
        if self.quantity_of_subject(&self.frame, i) {
            return true;
        }
        if f.result && !f.means {
            return true;
        }
        let lo = i.saturating_sub(WINDOW);
        let hi = (end + WINDOW).min(self.n());
        let near = (lo..i).chain(end..hi);
        let mut result = false;
        for k in near {
            let c = self.cls(k);
            if is_means(c) || c == Class::Provision || c == Class::Method || c == Class::Place {
                return false;
            }
            result |= matches!(c, Class::Result | Class::Level);
        }
        result
    }

    /// "tussen 15.00 en 22.00 uur", "between 9 and 12", a clock time: a time of delivery.
    fn pass_schedules(&mut self, f: &Flags) {
        if self.sentence_bits & (fl::PAIR_START | fl::EACH) == 0 && !self.tokens.iter().any(|t| t.clock) {
            return;
        }
        let n = self.n();
        for i in 0..n {
            if self.used(i) {
                continue;
            }
            let w = self.w(i);
            let pair = if self.has(i, fl::PAIR_START) { pairs::BETWEEN.iter().find(|(a, _)| *a == w) } else { None };
            if let Some(&(_, b)) = pair {
                if self.is_number(i + 1) && self.w(i + 2) == b && self.is_number(i + 3) {
                    let mut end = i + 4;
                    if self.has(end, fl::HOUR) {
                        end += 1;
                    }
                    self.push(i, end, K::PlaceOrTime, 0.8);
                    continue;
                }
            }
            if self.tokens[i].clock && !f.cost {
                let mut end = i + 1;
                if self.has(end, fl::HOUR) {
                    end += 1;
                }
                self.push(i, end, K::PlaceOrTime, 0.6);
                continue;
            }
            // "elke maand", "iedere week", "every month": a frequency of delivery.
            if self.has(i, fl::EACH) {
                let unit = if self.is_number(i + 1) { i + 2 } else { i + 1 };
                if self.unit(unit) == Unit::Time && !self.describes_result(i, unit + 1, f) {
                    self.push(i, unit + 1, K::PlaceOrTime, 0.6);
                }
            }
        }
    }

    /// "per les", "per uur" (input cost units when the sentence is about money), "per
    /// traject", "per plaatsing", "voor elke plaatsing", "per deelnemer die ... haalt"
    /// (result cost units).
    fn pass_per(&mut self, f: &Flags) {
        if self.sentence_bits & (fl::PER | fl::PAIR_START) == 0 {
            return;
        }
        let n = self.n();
        for i in 0..n {
            if self.used(i) {
                continue;
            }
            let m = if self.has(i, fl::PER) {
                i + 1
            } else if !self.has(i, fl::PAIR_START) {
                continue;
            } else if pairs::PER.iter().any(|[a, b]| self.w(i) == *a && self.w(i + 1) == *b) {
                i + 2
            } else if pairs::PER_TRIPLE
                .iter()
                .any(|[a, b, c]| self.w(i) == *a && self.w(i + 1) == *b && self.w(i + 2) == *c)
            {
                i + 3
            } else {
                continue;
            };
            let mut t = m;
            let mut skipped = 0;
            while skipped < 3 && self.skippable(t) {
                t += 1;
                skipped += 1;
            }
            if t >= n || self.used(t) {
                continue;
            }
            if self.rejected_before(i) {
                // "in plaats van per traject", "niet per uur": what is *not* asked.
                self.claim(i, t + 1);
                continue;
            }
            let cls = self.cls(t);
            let unit = self.unit(t);
            if unit == Unit::Result {
                let end = self.extend_per_time(t + 1);
                // "Per traject worden maximaal twintig gesprekken vergoed": the trajectory is
                // only the scope of an input price. A price of the trajectory itself has its
                // price word right before ("bedrag per traject", "betalen per plaatsing").
                let priced = (i.saturating_sub(2)..i).any(|k| self.cls(k) == Class::Cost);
                // "Voor elke plaatsing stelt de opdrachtnemer een inwerkplan op": without a word
                // of paying, for each result the provider does something; no price.
                let unpaid_act = !f.cost && !priced && self.provider_acts_plainly() && !self.frame.done_to;
                let weight = if (f.means && !priced) || unpaid_act {
                    0.3
                } else if f.cost {
                    1.0
                } else {
                    0.7
                };
                self.push(i, end, K::OutcomeCostUnit, weight);
            } else if is_means(cls) || unit == Unit::Input {
                if !f.cost {
                    continue;
                }
                let mut end = t + 1;
                if matches!(self.cls(end), Class::Means | Class::MeansGeneric) {
                    end += 1;
                } else if self.has(end, fl::OF) && matches!(self.cls(end + 1), Class::Means | Class::MeansGeneric) {
                    end += 2;
                }
                if !self.push(i, end, K::InputCostUnit, 1.0) {
                    self.push(i, t + 1, K::InputCostUnit, 1.0);
                }
            } else if unit == Unit::Client && f.cost && f.inclusive {
                // "De prijs is per deelnemer vast en inclusief alle begeleiding": one price for
                // everything a participant needs.
                self.push(i, t + 1, K::TrajectoryPrice, 0.8);
            } else if unit == Unit::Client
                && self.has(t + 1, fl::RELATIVE)
                && (t + 2..n.min(t + 2 + LOOKAHEAD)).any(|k| {
                    is_functional_content(self.cls(k))
                        || self.has(k, fl::ACHIEVE | fl::WORK_VERB)
                        // Round 27: "per deelnemer die ... een contract van minimaal twaalf
                        // maanden ... tekent": a contract the client signs, with a price.
                        || (f.cost && matches!(self.w(k), "contract" | "arbeidscontract" | "contracts"))
                })
            {
                self.push(i, t + 1, K::OutcomeCostUnit, 1.0);
            }
        }
    }

    /// Cost words: "cursusprijs", "stagekosten" (price of a means), "trajectprijs" (price of a
    /// result), "kosten docent", "kosten van coaching", "course fee".
    fn pass_cost_words(&mut self) {
        let n = self.n();
        // Round 33: "€ 45 per uur, met alles erin": everything included in a price per unit
        // of input leaves it a price of input.
        if self.raws.iter().any(|r| r.kind == K::InputCostUnit) {
            let plain =
                |a: &Self, r: &Raw| r.kind == K::OutcomeCostUnit && matches!(a.w(r.t0), "met" | "alles" | "everything");
            let mut raws = std::mem::take(&mut self.raws);
            raws.retain(|r| !plain(self, r));
            self.raws = raws;
        }
        for i in 0..n {
            if self.used(i) || self.cls(i) != Class::Cost {
                continue;
            }
            if let Some(m) = self.info[i].hit.and_then(|h| h.modifier) {
                if is_means(m.class) || m.unit == Unit::Input {
                    self.push(i, i + 1, K::InputCostUnit, 1.0);
                    continue;
                }
                if m.unit == Unit::Result || m.class == Class::Result {
                    let kind = if is_trajectory_price(self.w(i)) { K::TrajectoryPrice } else { K::OutcomeCostUnit };
                    self.push(i, i + 1, kind, 1.0);
                    continue;
                }
            }
            let mut t = i + 1;
            let mut skipped = 0;
            while skipped < 2 && self.has(t, fl::COST_LINK) {
                t += 1;
                skipped += 1;
            }
            if t < n && !self.used(t) && (is_means(self.cls(t)) || self.unit(t) == Unit::Input) {
                self.push(i, t + 1, K::InputCostUnit, 1.0);
                continue;
            }
            if i > 0
                && !self.used(i - 1)
                && matches!(self.cls(i - 1), Class::Means | Class::MeansGeneric)
                && !self.tokens[i - 1].hyphen_next
            {
                self.push(i - 1, i + 1, K::InputCostUnit, 1.0);
            }
        }
    }

    /// "vijf punten", "een punt lager", "2 points higher" in a sentence about a score or a
    /// change: points of a scale, not a place ("een meldpunt", "het informatiepunt").
    fn points_of_a_score(&self, i: usize) -> bool {
        if !matches!(self.w(i), "punt" | "punten" | "point" | "points") || i == 0 {
            return false;
        }
        let counted = self.is_number(i - 1) || matches!(self.w(i - 1), "een" | "één" | "a" | "one");
        let about_score = (0..self.n()).any(|k| {
            self.has(k, fl::SCORE | fl::COMPARATIVE | fl::COMPARATIVE_ADJ | fl::FIGURE_VERB)
                || self.cls(k) == Class::Change
        });
        counted && about_score
    }

    /// Places: a place word after a locative preposition ("in het buurthuis", "vanuit een
    /// vestiging", "at the office") counts fully; a bare place word less; a capitalised name
    /// right after "in", "vanuit" or "te" ("in Apeldoorn") is a place too.
    fn pass_places(&mut self) {
        let n = self.n();
        for i in 0..n {
            if self.used(i) {
                continue;
            }
            if self.cls(i) == Class::Place {
                let mut b = i;
                let mut prep = None;
                for _ in 0..3 {
                    let Some(p) = b.checked_sub(1) else { break };
                    b = p;
                    if self.has(b, fl::LOCATIVE) {
                        prep = Some(b);
                        break;
                    }
                    // "in een leer-werkbedrijf": over the first part of a hyphenated compound.
                    if !self.has(b, fl::DETERMINER) && !self.tokens[b].hyphen_next {
                        break;
                    }
                }
                if prep.is_none() && self.preceded_by(i, fl::AFTER_TIME).is_some() {
                    // "binnen een jaar na vestiging": a moment, not a place.
                    self.claim(i, i + 1);
                    continue;
                }
                if prep.is_none() && self.points_of_a_score(i) {
                    // "daalt met ten minste vijf punten", "scoren een punt lager": the amount a
                    // score changes by.
                    self.push(i, i + 1, K::Measure, 0.7);
                    continue;
                }
                match prep {
                    Some(p) if self.free(p, i + 1) => {
                        self.push(p, i + 1, K::PlaceOrTime, 1.0);
                    }
                    _ => {
                        let weight = self.info[i].hit.map_or(0.0, |h| h.entry.weight);
                        if weight > 0.0 {
                            self.push(i, i + 1, K::PlaceOrTime, weight);
                        }
                    }
                }
                continue;
            }
            let t = self.tokens[i];
            if i >= 2
                && t.kind == TokKind::Word
                && t.upper
                && self.info[i].hit.is_none()
                && self.has(i - 1, fl::NAME_PREP)
                && !self.used(i - 1)
            {
                self.push(i - 1, i + 1, K::PlaceOrTime, 0.6);
            }
        }
    }

    /// "om ... te <verb>": a purpose clause.
    fn pass_purpose_om(&mut self) {
        if self.sentence_bits & fl::OM == 0 {
            return;
        }
        let n = self.n();
        for i in 0..n {
            if self.used(i) || !self.has(i, fl::OM) {
                continue;
            }
            // "bespreekt de mogelijkheden om te verhuizen", "de kans om ... te oefenen": the
            // content of a noun of possibility, not what the sentence is for.
            if i > 0 && POSSIBILITY_NOUNS.contains(&self.w(i - 1)) {
                continue;
            }
            for k in i + 1..n.min(i + 12) {
                if self.is_clause_break(k) || self.has(k, fl::OM) {
                    break;
                }
                if self.has(k, fl::TE) && matches!(self.tokens.get(k + 1).map(|t| t.kind), Some(TokKind::Word)) {
                    if self.results_kept_track_of(i, k) {
                        // Round 33: "Om de resultaten te borgen, voert ...", "Om het resultaat
                        // te kunnen volgen, levert ...": keeping track of the results is a
                        // process of the provider, no result of the people served.
                        self.raws.retain(|r| !(r.t0 > i && r.t0 < k));
                        self.claim(i + 1, k + 3);
                        self.push(i, i + 1, K::ProcessCondition, 0.6);
                    } else {
                        self.push(i, i + 1, K::Purpose, 0.6);
                    }
                    break;
                }
            }
        }
    }

    /// Round 33: the clause "om ... te" from `om` to `te` has the results as its object
    /// ("de resultaten", "het resultaat per gemeente") and a verb of keeping track after "te"
    /// ("borgen", "(kunnen) volgen", "inzichtelijk maken", "verantwoorden").
    fn results_kept_track_of(&self, om: usize, te: usize) -> bool {
        let results =
            (om + 1..te).any(|j| matches!(self.lemma(j), "resultaat" | "resultaten" | "uitkomst" | "uitkomsten"));
        let mut v = te + 1;
        if matches!(self.w(v), "kunnen" | "worden") {
            v += 1;
        }
        let tracking = matches!(
            self.w(v),
            "borgen"
                | "volgen"
                | "meten"
                | "monitoren"
                | "bewaken"
                | "vastleggen"
                | "registreren"
                | "verantwoorden"
                | "controleren"
                | "toetsen"
                | "rapporteren"
        ) || (self.w(v) == "maken"
            && matches!(self.w(te - 1), "inzichtelijk" | "zichtbaar" | "meetbaar"));
        results && tracking
    }

    /// "kan", "kunnen", "can", "is able to": what the client can do is an outcome; "kan
    /// worden ingezet", "kan een cursus volgen" is only a possibility (returns true then).
    fn pass_modals(&mut self, f: &Flags) -> bool {
        let n = self.n();
        let mut possibility = false;
        if self.sentence_bits & fl::MODAL == 0 {
            return possibility;
        }
        for i in 0..n {
            if self.used(i) || !self.has(i, fl::MODAL) {
                continue;
            }
            let w = self.w(i);
            if w == "staat" && !(i > 0 && self.w(i - 1) == "in") {
                continue;
            }
            if w == "able" && !(i > 0 && self.has(i - 1, fl::BE)) {
                continue;
            }
            if self.negated_before(i, 1) || self.has(i + 1, fl::NEGATION) {
                continue;
            }
            let mut end = i + 1;
            while end < n && end < i + 10 && !self.is_clause_break(end) {
                end += 1;
            }
            let passive = (i + 1..end.min(i + 6)).any(|k| self.has(k, fl::PASSIVE));
            // "kan een cursus volgen": a means after the modal; "een platform dat deelnemers
            // kunnen gebruiken": a relative clause about a means.
            let means = (i + 1..end).any(|k| {
                (self.cls(k) == Class::Means && self.preceded_by(k, fl::AFTER_TIME).is_none())
                    || self.has(k, fl::RECEIVE)
            }) || (i.saturating_sub(5)..i)
                .any(|r| self.has(r, fl::RELATIVE) && (r.saturating_sub(2)..r).any(|m| self.cls(m) == Class::Means));
            // "Tienermoeders kunnen hun coach op werkdagen bellen", "can reach their coach by
            // phone": the people served getting in touch with staff or the provider is access
            // to the service, a service level, not what they achieve.
            let staff = |k: usize| self.cls(k) == Class::Staff || self.has(k, fl::PROVIDER);
            let clause_end = (i + 1..n.min(i + 16)).find(|&k| self.is_clause_break(k)).unwrap_or(n.min(i + 16));
            let access = (i + 1..clause_end).any(|k| {
                // The staff member is what they contact: before a Dutch verb at the end, or
                // right after the verb ("reach their coach", "terecht bij hun consulent").
                self.triggers(k, tw::CONTACT) && ((i + 1..k).any(staff) || (k + 1..clause_end.min(k + 5)).any(staff))
            });
            if access && f.client && !self.frame.in_end(i) {
                self.push(i, i + 1, K::PlaceOrTime, 0.6);
                continue;
            }
            if passive || means {
                possibility = true;
            } else if f.client {
                let start = if w == "staat" || w == "able" { i - 1 } else { i };
                // "so that parents can bring their children": what a purpose clause makes
                // possible without naming a result counts less.
                let in_purpose = (i.saturating_sub(5)..i).any(|k| self.cls(k) == Class::Purpose);
                let weight = if in_purpose && !self.func_after.get(i).copied().unwrap_or(false) { 0.3 } else { 0.6 };
                self.push(start, i + 1, K::TargetGroupOutcome, weight);
            }
        }
        possibility
    }

    fn pass_singles(&mut self, f: &Flags) {
        let n = self.n();
        for i in 0..n {
            if self.used(i) {
                continue;
            }
            let cls = self.cls(i);
            let base = self.info[i].hit.map_or(1.0, |h| h.entry.weight);
            let t = self.tokens[i];
            match cls {
                Class::Means | Class::MeansGeneric | Class::Staff => {
                    if let Some(z) = self.preceded_by(i, fl::WITHOUT) {
                        // "zonder tolk", "without help": independence, a result.
                        self.push(z, i + 1, K::Result, 0.7);
                    } else if self.less_dependent(i)
                        || self.listed_with_result(i)
                        || (f.client && self.done_by_self(i))
                        || (f.client && self.has(i, fl::STATE_MEANS) && self.in_om_clause(i))
                    {
                        // "minder afhankelijk van hulpverleners", "fewer ask for help".
                        self.push(i, i + 1, K::Result, 0.6);
                    } else if cls == Class::Staff && self.frame.subject == Role::Client && self.as_role(i) {
                        // "Deelnemers werken als vrijwilliger": the role the client takes up.
                        self.push(i, i + 1, K::Result, 0.6);
                    } else if self.measured_with(i) {
                        // "een hogere score op de fitheidstest": the test measures the result.
                        self.push(i, i + 1, K::Measure, 0.6);
                    } else if cls != Class::Staff
                        && (self.preceded_by(i, fl::TOWARDS).is_some()
                            || self.achieved_object(i)
                            || (i > 0
                                && self.has(i - 1, fl::IN)
                                && !self.tokens[i].upper
                                && self.has(i, fl::STATE_MEANS)))
                    {
                        // "terug naar een opleiding", "vindt een dagbesteding", "in training":
                        // a destination or a state reached, a result ("naar activiteiten":
                        // a generic word, little).
                        self.push(i, i + 1, K::Result, if cls == Class::MeansGeneric { 0.3 } else { 0.6 });
                    } else if t.hyphen_next && cls != Class::Staff {
                        // "job-search workshop": a modifier; the head carries the signal.
                        continue;
                    } else if self.preceded_by(i, fl::AFTER_TIME).is_some() || self.end_of(i) {
                        // "na de training", "after the programme", "aan het eind van de
                        // cursus": a moment, not a means asked.
                        continue;
                    } else {
                        let kind = if cls == Class::Staff { K::StaffQualification } else { K::PrescribedMeans };
                        // "zet een maatje in": deploying someone prescribes them.
                        let w = if f.deploy { base.max(0.7) } else { base };
                        // Round 33: "een vast schuldhulpmaatje", "a dedicated buddy": one fixed
                        // person beside the client is staffing asked, as a fixed coach is ("vaste
                        // medewerkers" only say who delivers).
                        let w = if cls == Class::Staff
                            && ["maatje", "buddy", "contactpersoon"].iter().any(|h| self.w(i).ends_with(h))
                            && (i.saturating_sub(2)..i)
                                .any(|j| matches!(self.w(j), "vaste" | "vast" | "fixed" | "dedicated"))
                        {
                            w.max(0.6)
                        } else {
                            w
                        };
                        self.push(i, i + 1, kind, w);
                    }
                }
                Class::Qualification
                    if i > 0 && self.has(i - 1, fl::BE | fl::PASSIVE) && self.has(i, fl::PROCESS_PARTICIPLE) =>
                {
                    // "Placements must be registered", "worden geregistreerd": a process.
                    self.push(i, i + 1, K::ProcessCondition, 0.7);
                }
                Class::Qualification => {
                    // "erkend", "gecertificeerd" on their own do not ask anything of staff:
                    // "gemeten met een erkende toets" qualifies a measure. They are a staff
                    // requirement only about a person or a credential in the sentence ("een
                    // gecertificeerde docent", "personeel met een erkend diploma"), about the
                    // provider ("de aanbieder is HKZ-gecertificeerd"), or when they qualify
                    // an organisation ("een erkend leerbedrijf").
                    let next = self.w(i + 1);
                    let of_measure = matches!(self.cls(i + 1), Class::Level | Class::Measure)
                        || MEASURING_HEADS.iter().any(|h| next.ends_with(h));
                    let of_organisation = ORGANISATION_HEADS.iter().any(|h| next.ends_with(h));
                    // "Deelnemers behalen een branche-erkend certificaat": the client's
                    // credential, not a qualification of staff.
                    let clients_own = self.frame.subject == Role::Client && !self.frame.provision && !f.staff;
                    if of_measure || clients_own || !(f.staff || f.credential || f.provider || of_organisation) {
                        continue;
                    }
                    // "erkend taalinstituut": the qualified noun belongs to the span.
                    let next_plain = self.tokens.get(i + 1).is_some_and(|n| n.kind == TokKind::Word)
                        && self.cls(i + 1) == Class::None
                        && self.info.get(i + 1).is_some_and(|x| x.flags == 0);
                    if !(next_plain && self.push(i, i + 2, K::StaffQualification, base)) {
                        self.push(i, i + 1, K::StaffQualification, base);
                    }
                }
                Class::Credential => {
                    // "mbo-niveau 4", "NVVK-certificaat": one signal.
                    let mut end = i + 1;
                    if t.hyphen_next && self.cls(end) == Class::Level {
                        end += 1;
                        if self.is_number(end) {
                            end += 1;
                        }
                    }
                    // Staff or a provider holding it: a qualification; a client obtaining it: a level.
                    let staff = f.staff || (f.provider && !f.client) || self.held_by_staff(i);
                    let kind = if staff { K::StaffQualification } else { K::Level };
                    self.push(i, end, kind, if staff { 0.8 } else { 0.7 });
                }
                Class::Schedule => {
                    if self.is_instrument(i + 1)
                        && (f.target || self.measuring_link(i + 1) || self.cls(i + 1) == Class::Measure)
                    {
                        // "in the annual survey": when the survey measures a target.
                        continue;
                    }
                    self.push(i, i + 1, K::PlaceOrTime, base);
                }
                Class::Process => {
                    if self.is_instrument(i) && (f.target || self.measuring_link(i)) {
                        // "gemeten met een enquête", "rated 7.5 in the annual survey".
                        self.push(i, i + 1, K::Measure, 0.6);
                        continue;
                    }
                    self.push(i, i + 1, K::ProcessCondition, base);
                }
                Class::InputCost => {
                    self.push(i, i + 1, K::InputCostUnit, base);
                }
                Class::OutcomeCost => {
                    // "trajectprijs": one integral price per trajectory, not a price per result.
                    let kind = if is_trajectory_price(self.w(i)) { K::TrajectoryPrice } else { K::OutcomeCostUnit };
                    self.push(i, i + 1, kind, base);
                }
                Class::Result => {
                    // "job-search", "job coaches": a modifier of the next noun, not a result.
                    // "Low-income households": a modifier of the target group.
                    let next_is_means = matches!(
                        self.cls(i + 1),
                        Class::Means | Class::MeansGeneric | Class::Staff | Class::Place | Class::Client
                    ) && !self.used(i + 1)
                        && (self.cls(i + 1) != Class::Client || t.hyphen_prev);
                    if (t.hyphen_next && !t.hyphen_prev) || next_is_means {
                        continue;
                    }
                    let w = if self.directed_activity(i) {
                        base * 0.5
                    } else if self.preceded_by(i, fl::AFTER_TIME).is_some() {
                        // "na plaatsing", "after placement": a moment, not a result asked.
                        0.2
                    } else {
                        base
                    };
                    self.push(i, i + 1, K::Result, w);
                }
                Class::Problem => {
                    let neg = self
                        .preceded_by(i, fl::WITHOUT)
                        .or_else(|| self.preceded_by(i, fl::NEGATION))
                        .or_else(|| self.preceded_by(i, fl::LESS))
                        .filter(|&z| self.free(z, i + 1));
                    let less_in_clause = neg.is_none() && self.reduced_in_clause(i);
                    match neg {
                        Some(z) if self.free(z, i + 1) => {
                            self.push(z, i + 1, K::Result, 0.8);
                        }
                        _ => {
                            let w = if f.change || f.measure || less_in_clause { 0.7 } else { 0.2 };
                            self.push(i, i + 1, K::Result, w);
                        }
                    }
                }
                Class::Change => {
                    // "zodat het verschil in slagingskans binnen twee jaar is gehalveerd": a
                    // figure that changes by a deadline or an amount in a purpose clause is the
                    // result, also when the lexicon does not know what the figure is.
                    let timed_in_end = || {
                        self.frame.in_end(i)
                            && (self.deadline.is_some_and(|(d, _)| self.frame.in_end(d))
                                || self.raws.iter().any(|r| r.kind == K::Measure && self.frame.in_end(r.t0)))
                    };
                    let other = f.result
                        || f.measure
                        || f.problem
                        || self.func_after.get(i + 1).copied().unwrap_or(false)
                        || timed_in_end();
                    self.push(i, i + 1, K::Result, if other { base } else { base * 0.5 });
                }
                Class::Level if self.held_by_staff(i) => {
                    // "job coaches with a recognised qualification": what staff hold.
                    self.push(i, i + 1, K::StaffQualification, 0.8);
                }
                Class::Level => {
                    let w = if self.info[i].cefr { 1.0 } else { base };
                    let mut end = i + 1;
                    // "niveau A2", "level B1": one span.
                    if self.info.get(end).is_some_and(|x| x.cefr) || (self.is_number(end) && self.w(end).len() <= 2) {
                        end += 1;
                    }
                    if !self.push(i, end, K::Level, w) {
                        self.push(i, i + 1, K::Level, w);
                    }
                }
                Class::Measure if self.has(i, fl::RATING_VERB) && !f.target => {
                    // "beoordeelt de trainer op een formulier": rating without a target to
                    // reach is a step of the process, not a measure of a result.
                }
                Class::Measure => {
                    // "aantoonbare ervaring", "proven expertise": a qualification of the provider.
                    // "De begeleiders hebben aantoonbare kennis van ...": what staff or the
                    // provider know is a qualification too.
                    let staff_knows = matches!(self.frame.subject, Role::Staff | Role::Provider)
                        && !self.frame.ensure
                        && matches!(self.lemma(i + 1), "kennis" | "vakkennis" | "knowledge" | "expertise");
                    if self.has(i, fl::MEASURE_ADJ)
                        && (staff_knows
                            || matches!(self.cls(i + 1), Class::Qualification | Class::Credential | Class::Staff))
                        && self.push(i, i + 2, K::StaffQualification, 0.8)
                    {
                        continue;
                    }
                    // "vult de vragenlijst in", "neemt een meting af": an instrument that is
                    // handled, not one that something is measured with ("gemeten met de
                    // vragenlijst", "a score on the scale").
                    if self.is_instrument(i) && !self.measuring_link(i) && !f.target {
                        self.push(i, i + 1, K::ProcessCondition, 0.6);
                        continue;
                    }
                    self.push(i, i + 1, K::Measure, base);
                }
                Class::Purpose => {
                    self.push(i, i + 1, K::Purpose, base);
                }
                Class::Freedom if self.separable_particle(i) => {
                    // "houdt een slaapplaats vrij", "maakt tijd vrij": a verb of its own
                    // (vrijhouden, vrijmaken), not room for the provider.
                }
                Class::Freedom if self.free_of_charge(i) => {
                    // "a free breakfast", "een vrije inloop", "free of charge": what is given
                    // costs nothing; no room for the provider.
                }
                Class::Freedom => {
                    self.push(i, i + 1, K::ProviderFreedom, base);
                }
                Class::None if f.client && self.has(i, fl::WORK_VERB) => {
                    // "De deelnemer werkt", "mensen ... werken naar vermogen": the client works.
                    // Not "werkt met", "werken volgens", "werkt samen", "werkt uitsluitend".
                    let how = self.has(i + 1, fl::HOW_AFTER_WORK);
                    let provider_before = (i.saturating_sub(3)..i).any(|j| self.has(j, fl::WORK_SUBJECT));
                    // "In het wijkrestaurant werken vier werkervaringsplaatsen ...": counted
                    // places or staff right at the verb are its subject, an input.
                    let counted_input =
                        self.raws.iter().any(|r| r.kind == K::InputQuantity && (r.t0 == i + 1 || r.t1 == i));
                    if !how && !provider_before && !counted_input {
                        self.push(i, i + 1, K::Result, 0.5);
                    }
                }
                Class::None if self.unit(i) == Unit::Result && self.completed(i) => {
                    // "dat de klant het traject afrondt", "completes the trajectory": a
                    // trajectory completed is a result.
                    self.push(i, i + 1, K::Result, 0.6);
                }
                Class::None | Class::Cost | Class::Client | Class::Provision | Class::Place | Class::Method => {
                    // "een lager aantal schoolverlaters", "a higher share of ...": a figure to
                    // change.
                    if self.has(i, fl::FIGURE | fl::AANTAL) && i > 0 && self.has(i - 1, fl::COMPARATIVE_ADJ) {
                        self.push(i - 1, i + 1, K::Measure, 0.8);
                        continue;
                    }
                    // "het aantal plaatsingen": a measure.
                    if self.has(i, fl::AANTAL) {
                        let mut k = i + 1;
                        if self.has(k, fl::NAME_LINK) {
                            k += 1;
                        }
                        // "het aantal vechtscheidingen daalt": a count of something the lexicon
                        // does not know, with a verb of change in its clause, is a figure too.
                        let changes = (k + 1..self.n().min(k + 6))
                            .take_while(|&j| !self.is_clause_break(j))
                            .any(|j| self.cls(j) == Class::Change || self.has(j, fl::FIGURE_VERB));
                        if self.unit(k) == Unit::Result
                            || matches!(self.cls(k), Class::Result | Class::Problem)
                            || (changes && self.cls(k) == Class::None)
                        {
                            self.push(i, i + 1, K::Measure, 0.7);
                        }
                    }
                }
            }
        }
    }

    /// A verb of reaching ("vindt", "behaalt", "finds") within six words before `i` in the same
    /// clause, with no other means in between: `i` is what the client reaches.
    fn achieved_object(&self, i: usize) -> bool {
        // "heeft een dagbesteding": having counts for means that are also states.
        let state = self.has(i, fl::STATE_MEANS);
        // "dat elke deelnemer een baan, een opleiding of vrijwilligerswerk heeft": the verb
        // after the state, in a subordinate clause.
        // (Not an auxiliary: "die een training hebben gevolgd".)
        let having = |k: usize| {
            self.has(k, fl::HAVE)
                && !(matches!(self.tokens.get(k + 1).map(|t| t.kind), Some(TokKind::Word))
                    && (self.has(k + 1, fl::RECEIVE | fl::PROVIDE) || self.w(k + 1).starts_with("ge")))
        };
        if state && (i + 1..self.n().min(i + 7)).any(having) {
            let provider =
                matches!(self.frame.subject, Role::Provider | Role::Staff | Role::Buyer) && !self.frame.ensure;
            if !provider {
                return true;
            }
        }
        let reach = if state { fl::ACHIEVE | fl::HAVE } else { fl::ACHIEVE };
        let mut j = i;
        for _ in 0..if state { 12 } else { 8 } {
            let Some(p) = j.checked_sub(1) else {
                return false;
            };
            j = p;
            // A list ("woonruimte, inkomen en dagbesteding") may cross commas for states; a
            // condition ("wanneer", "when") starts another clause.
            if (self.is_clause_break(j) && !state) || is_means(self.cls(j)) || self.has(j, fl::SUBORDINATOR) {
                return false;
            }
            if self.has(j, reach) {
                // "vinden de bijeenkomsten plaats": taking place, not reaching; "the provider
                // must complete an intake": the provider's task, not the client's result.
                let takes_place = self.cls(j) == Class::Place;
                let provider =
                    matches!(self.frame.subject, Role::Provider | Role::Staff | Role::Buyer) && !self.frame.ensure;
                return !takes_place && !provider;
            }
        }
        false
    }

    /// "als vrijwilliger of betaald medewerker": the role after "als", "as", also the later
    /// members of a list.
    fn as_role(&self, i: usize) -> bool {
        let mut j = i;
        for _ in 0..6 {
            let Some(p) = j.checked_sub(1) else { return false };
            j = p;
            if self.has(j, fl::AS) {
                return true;
            }
            let plain = self.cls(j) == Class::None && self.info.get(j).is_some_and(|x| x.flags == 0);
            let ok = self.has(j, fl::ARTICLE | fl::NAME_LINK | fl::SKIPPABLE)
                || self.skippable(j)
                || self.cls(j) == Class::Staff
                || (plain && matches!(self.tokens.get(j).map(|t| t.kind), Some(TokKind::Word)));
            if !ok {
                return false;
            }
        }
        false
    }

    /// A means in a list after a strong result ("to paid work or training", "werk of een
    /// opleiding"): another destination, unless the client receives them.
    fn listed_with_result(&self, i: usize) -> bool {
        if self.frame.provision {
            return false;
        }
        // "werk of een opleiding", "een baan, een opleiding": after "of"/"en" or a comma.
        let comma = |j: usize| {
            let mut k = j;
            while k > 0 && self.has(k - 1, fl::ARTICLE) {
                k -= 1;
            }
            (k > 0 && self.is_punct(k - 1, ',')).then(|| k - 1)
        };
        // Not in a list of what the service consists of ("bestaat uit werk, cursussen en ...").
        if self.frame.consists_at.is_some_and(|k| k < i) {
            return false;
        }
        // "werk met scholing", "a job with training": part of the result.
        if i > 1 && matches!(self.w(i - 1), "met" | "with") && self.cls(i - 2) == Class::Result {
            return true;
        }
        // "een opleiding of werk": before "of"/"or" and a result.
        if matches!(self.w(i + 1), "of" | "or")
            && (i + 2..self.n().min(i + 4))
                .find(|&k| !self.has(k, fl::ARTICLE))
                .is_some_and(|k| self.cls(k) == Class::Result)
        {
            return true;
        }
        let Some(c) = self.preceded_by(i, fl::COORD).or_else(|| comma(i)) else { return false };
        // The word before the coordinator belongs to a result (a phrase sets the class of
        // each of its words).
        // "nog werkt of een opleiding volgt": after a verb of working, too.
        c > 0 && (self.cls(c - 1) == Class::Result || self.has(c - 1, fl::WORK_VERB)) && self.used(c - 1)
    }

    /// A trajectory that the client completes: a verb of reaching a few words before it, or
    /// after it in a subordinate clause ("dat de klant het traject volgt en afrondt").
    fn completed(&self, i: usize) -> bool {
        if matches!(self.frame.subject, Role::Provider | Role::Staff) && !self.frame.ensure {
            return false;
        }
        // The client completes it ("de klant het traject ... afrondt"), not "Het traject is
        // afgerond wanneer ...".
        let client = self.frame.subject == Role::Client
            || (i.saturating_sub(4)..i).any(|k| self.cls(k) == Class::Client || self.unit(k) == Unit::Client);
        if !client {
            return false;
        }
        let before = (i.saturating_sub(4)..i).any(|k| self.has(k, fl::ACHIEVE));
        let after =
            (i + 1..self.n().min(i + 5)).take_while(|&k| !self.is_clause_break(k)).any(|k| self.has(k, fl::ACHIEVE));
        before || after
    }

    /// A fixed or named person shortly before: "een vaste (persoonlijke) coach die ... het hele
    /// traject", "één vaste contactpersoon die het hele traject ...", "a named key worker for
    /// the whole trajectory".
    fn fixed_person_before(&self, i: usize) -> bool {
        (i.saturating_sub(12)..i).any(|j| {
            matches!(self.w(j), "vaste" | "vast" | "fixed" | "named" | "dedicated")
                && (j..(j + 4).min(i)).any(|k| self.cls(k) == Class::Staff)
        })
    }

    /// "vrij" as the particle of a separable verb at the end of its clause: "houdt ... vrij",
    /// "maakt ... vrij", "stelt ... vrij" (to reserve, to free up, to exempt).
    fn separable_particle(&self, i: usize) -> bool {
        if self.w(i) != "vrij"
            || self.tokens.get(i + 1).is_some_and(|t| t.kind == TokKind::Word && !self.has(i + 1, fl::PREP))
        {
            return false;
        }
        (i.saturating_sub(8)..i).rev().take_while(|&k| !self.is_clause_break(k)).any(|k| {
            matches!(
                self.w(k),
                "houdt"
                    | "houden"
                    | "hield"
                    | "hielden"
                    | "maakt"
                    | "maken"
                    | "maakte"
                    | "maakten"
                    | "stelt"
                    | "stellen"
            )
        })
    }

    /// A level right after staff "met"/"with" it: "coaches met een erkend diploma", "job
    /// coaches with a recognised qualification"; also a provider or the one carrying out the
    /// work right before "met"/"with" ("onder toezicht van een uitvoerder met een geldig
    /// VCA-certificaat"): what they hold is a qualification, no level a client reaches.
    fn held_by_staff(&self, i: usize) -> bool {
        let lo = i.saturating_sub(5);
        let with = |j: usize| matches!(self.w(j), "met" | "with");
        if self.info.get(i).is_some_and(|x| x.cefr) {
            return false;
        }
        ((lo..i).any(|j| self.cls(j) == Class::Staff) && (lo..i).any(with))
            || (i.saturating_sub(8).max(1)..i)
                .any(|j| with(j) && self.has(j - 1, fl::PROVIDER) && !(j..i).any(|k| self.is_clause_break(k)))
    }

    /// Inside an "om ... te" clause: "gemotiveerd om een opleiding te volgen".
    fn in_om_clause(&self, i: usize) -> bool {
        (i.saturating_sub(5)..i).any(|j| self.has(j, fl::OM))
            && (i + 1..self.n().min(i + 4)).any(|j| self.has(j, fl::TE))
    }

    /// "zij regelen zelf hun post en vervoer": what the client arranges on their own.
    fn done_by_self(&self, i: usize) -> bool {
        let Some(z) = (i.saturating_sub(7)..i).find(|&j| self.has(j, fl::SELF)) else {
            return false;
        };
        // Round 33: not a means after a preposition ("bepalen zelf hun tempo in wekelijkse
        // groepsbijeenkomsten"): where they choose, not what they arrange.
        !(i.saturating_sub(7)..i).any(|j| self.is_clause_break(j) && !self.is_punct(j, ','))
            && !(z + 1..i).any(|j| matches!(self.w(j), "in" | "tijdens" | "during"))
    }

    /// A measuring instrument ("vragenlijst", "evaluatieformulier", "survey"), also as the
    /// head of a compound.
    pub(super) fn is_instrument(&self, i: usize) -> bool {
        // The word itself or its base form (`lemma`): the base form's bit is looked up once,
        // in `lookup_all`.
        self.has(i, fl::INSTRUMENT_NOUN) || self.info.get(i).is_some_and(|x| x.lemma_instrument)
    }

    /// A preposition or a measure word among the three words before `i` ("gemeten met de",
    /// "blijkt uit een", "a score on the").
    pub(super) fn measuring_link(&self, i: usize) -> bool {
        (i.saturating_sub(5)..i)
            .any(|j| self.has(j, fl::MEASURE_PREP) || (self.cls(j) == Class::Measure && !self.is_instrument(j)))
    }

    /// "aan het eind van de cursus", "at the end of the programme".
    fn end_of(&self, i: usize) -> bool {
        (i.saturating_sub(4)..i).any(|j| self.has(j, fl::END) && self.has(j + 1, fl::ABOUT))
    }

    /// A means or staff that the client depends on less ("minder afhankelijk van
    /// hulpverleners", "fewer residents ask for help").
    fn less_dependent(&self, i: usize) -> bool {
        let lo = i.saturating_sub(4);
        (lo..i).any(|j| self.has(j, fl::DEPENDENT)) && self.reduced_in_clause(i)
    }

    /// A test or assessment that measures: a measure word among the five words before it
    /// ("blijkend uit een hogere score op de fitheidstest", "gemeten met een erkende toets").
    fn measured_with(&self, i: usize) -> bool {
        let w = self.lemma(i);
        let measuring = ["test", "toets", "examen", "meting", "assessment", "exam"].iter().any(|h| w.ends_with(h));
        measuring && (i.saturating_sub(5)..i).any(|j| self.cls(j) == Class::Measure)
    }

    /// "minder", "fewer", "geen", "zonder" within four words before `i` in the same clause:
    /// the problem is to be reduced ("Fewer young people drop out").
    fn reduced_in_clause(&self, i: usize) -> bool {
        let mut j = i;
        for _ in 0..2 * WINDOW {
            let Some(p) = j.checked_sub(1) else {
                return false;
            };
            j = p;
            if self.is_clause_break(j) {
                return false;
            }
            if self.has(j, fl::LESS) || self.has(j, fl::NEGATION) || self.has(j, fl::WITHOUT) {
                return true;
            }
        }
        false
    }

    /// "toeleiden naar vrijwilligerswerk", "begeleiding naar werk": an activity in the direction
    /// of a result, which names the means and only a direction, not a result to reach.
    fn directed_activity(&self, i: usize) -> bool {
        self.preceded_by(i, fl::TOWARDS)
            .is_some_and(|p| p > 0 && matches!(self.cls(p - 1), Class::Means | Class::MeansGeneric))
            || self.directed_to(i)
    }

    /// "Guide participants to volunteer work", "refer clients to a job": a means, its object,
    /// then "to" and the direction.
    fn directed_to(&self, i: usize) -> bool {
        let Some(to) = self.preceded_by(i, fl::TO) else { return false };
        let mut j = to;
        for _ in 0..3 {
            let Some(p) = j.checked_sub(1) else { return false };
            j = p;
            match self.cls(j) {
                Class::Means | Class::MeansGeneric => return true,
                Class::Client => {}
                _ if self.has(j, fl::ARTICLE | fl::EACH) => {}
                _ => return false,
            }
        }
        false
    }

    /// The index of a word from `list` among the two words before `i` (skipping articles and
    /// adjectives), if any.
    pub(super) fn preceded_by(&self, i: usize, flag: u128) -> Option<usize> {
        let mut j = i;
        for _ in 0..3 {
            j = j.checked_sub(1)?;
            if self.has(j, flag) {
                return Some(j);
            }
            if !(self.has(j, fl::PRECEDE_SKIP) || self.skippable(j)) {
                return None;
            }
        }
        None
    }

    /// Context rules over the whole sentence: freedom and examples discount technical
    /// signals; a possibility discounts them; an obligation boosts them; a purpose marker
    /// without a result after it counts half; a negated purpose is dropped; the target group
    /// gets a signal when the sentence names its result.
    fn context(&mut self, f: &Flags, possibility: bool) {
        let n = self.n();
        // Segments split at "maar", "but", "echter", "however", "zodat", ";"; an example
        // marker ("bijvoorbeeld", "such as") covers the rest of its segment.
        let mut s = 0u32;
        let mut in_example = false;
        for i in 0..n {
            if self.has(i, fl::SEGMENT_BREAK) || self.is_punct(i, ';') {
                s += 1;
                in_example = false;
            }
            if self.has(i, fl::EXAMPLE)
                || self.has(i, fl::PAIR_START)
                    && pairs::EXAMPLE.iter().any(|[a, b]| {
                        self.w(i) == *a && (self.w(i + 1) == *b || (self.is_punct(i + 1, '.') && self.w(i + 2) == *b))
                    })
            {
                in_example = true;
            }
            if let Some(x) = self.info.get_mut(i) {
                x.segment = s;
                x.example = in_example;
            }
        }
        self.free_segments.clear();
        self.free_segments.resize(s as usize + 1, false);
        for r in &self.raws {
            if r.kind == K::ProviderFreedom && r.weight >= 0.7 {
                if let Some(sg) = self.info.get(r.t0).map(|x| x.segment as usize) {
                    if let Some(slot) = self.free_segments.get_mut(sg) {
                        *slot = true;
                    }
                }
            }
        }
        let any_free = self.free_segments.contains(&true);
        let mut raws = std::mem::take(&mut self.raws);
        for r in raws.iter_mut() {
            let at = self.info.get(r.t0).copied();
            if r.kind.is_functional() {
                if r.kind == K::Purpose {
                    let negated = (r.t0.saturating_sub(2)..r.t0)
                        .any(|j| self.info.get(j).is_some_and(|x| x.flags & fl::NEGATION != 0));
                    if negated {
                        r.weight = -1.0; // dropped below
                        continue;
                    }
                    let is_noun = at.is_some_and(|x| {
                        x.hit.is_some_and(|h| h.entry.class == Class::Purpose && h.entry.weight < 0.6)
                    });
                    if !is_noun && !self.func_after.get(r.t1).copied().unwrap_or(false) {
                        r.weight *= 0.5;
                    }
                }
                continue;
            }
            let free = at
                .is_some_and(|x| x.example || self.free_segments.get(x.segment as usize).copied().unwrap_or(false))
                || self.not_asked(r.t0);
            if free {
                r.weight *= DISCOUNT_FREE;
            } else if possibility {
                r.weight *= DISCOUNT_POSSIBLE;
            } else if f.obliged && !any_free {
                r.weight *= BOOST_OBLIGED;
            }
        }
        raws.retain(|r| r.weight >= 0.0);
        self.raws = raws;
    }

    /// The target group gets a signal when the sentence names its result.
    fn target_group(&mut self) {
        let n = self.n();
        let has_outcome =
            self.raws.iter().any(|r| matches!(r.kind, K::Result | K::Level | K::Measure) && r.weight >= 0.5);
        if has_outcome {
            if let Some(c) =
                (0..n).find(|&i| !self.used(i) && (self.cls(i) == Class::Client || self.unit(i) == Unit::Client))
            {
                self.push(c, c + 1, K::TargetGroupOutcome, 0.3);
            }
        }
    }

    /// "niet een cursus", "not a number of training hours": a means named as what is *not*
    /// asked. "niet meer dan 10 lessen" is a limit and still a requirement.
    fn not_asked(&self, t0: usize) -> bool {
        (t0.saturating_sub(4)..t0).any(|j| {
            self.has(j, fl::NOT)
                && !self.has(j + 1, fl::COMPARATIVE)
                && !(j + 1..t0).any(|k| self.is_clause_break(k) || self.has(k, fl::MODAL))
        })
    }

    /// Joins signals of the same kind on adjacent tokens ("taalniveau" + "B1"), in place.
    fn merge_adjacent(&mut self) {
        self.raws.sort_unstable_by_key(|r| r.t0);
        let mut w = 0usize;
        for k in 0..self.raws.len() {
            let r = self.raws[k];
            if w > 0 {
                let last = &mut self.raws[w - 1];
                if last.kind == r.kind && last.t1 == r.t0 {
                    let (hi, lo) =
                        if last.weight >= r.weight { (last.weight, r.weight) } else { (r.weight, last.weight) };
                    last.t1 = r.t1;
                    last.weight = hi + 0.3 * lo;
                    continue;
                }
            }
            self.raws[w] = r;
            w += 1;
        }
        self.raws.truncate(w);
    }

    fn span(&self, t0: usize, t1: usize) -> Option<Span> {
        let a = self.tokens.get(t0)?;
        let b = self.tokens.get(t1.checked_sub(1)?)?;
        Some(Span { start: a.start, end: b.end })
    }

    fn finish(&mut self, text: &str, s: usize, e: usize) -> SentenceAssessment {
        let mut side = std::mem::take(&mut self.weights);
        side.clear();
        side.extend(self.raws.iter().filter(|r| !r.kind.is_functional()).map(|r| r.weight));
        let t = diminished(&mut side);
        side.clear();
        side.extend(self.raws.iter().filter(|r| r.kind.is_functional()).map(|r| r.weight));
        let fu = diminished(&mut side);
        self.weights = side;
        let parts = self.parts(&self.frame);
        let verdict = if t <= 0.0 && fu <= 0.0 {
            Verdict::Technical
        } else if parts.is_some_and(|(tm, fe)| tm >= PART_MIN && fe >= PART_MIN) {
            // A means with what it is for: both parts carry weight.
            Verdict::Mixed
        } else if parts.is_some_and(|(tm, fe)| tm < PART_MIN && fe >= PART_MIN && fe >= 0.7 * t) {
            // Only a generic service, a process or nothing technical before what it is for:
            // "De begeleiding is erop gericht dat ...", "brengt ... in kaart zodat ...".
            Verdict::Functional
        } else if t >= MIX_MIN && fu >= MIX_MIN && t.min(fu) >= MIX_RATIO * t.max(fu) {
            Verdict::Mixed
        } else if fu > t {
            Verdict::Functional
        } else {
            Verdict::Technical
        };
        let score = if t + fu > 0.0 { ((fu - t) / (fu + t + 0.3)).clamp(-1.0, 1.0) } else { 0.0 };
        let mut signals: Vec<Signal> = Vec::with_capacity(self.raws.len());
        signals.extend(
            self.raws
                .iter()
                .filter_map(|r| Some(Signal { span: self.span(r.t0, r.t1)?, kind: r.kind, weight: r.weight.min(1.5) })),
        );
        // The model reads the sentence alongside this evidence and overrides only when it is
        // confident (see `model.rs`); the rewrite and the parts below follow the final verdict.
        let span = Span { start: s, end: e };
        // A means part and the result it is for (a purpose clause, an opening means), not two
        // clauses joined by "en"; or a sentence that opens with a means ("Via ...", "Using
        // ..."), also when the rules found no end part after it. Round 30: or a result and a
        // labelled means after it ("Resultaat: ...; Inzet: ...").
        let split = verdict == Verdict::Mixed
            && ((self.frame.end.is_some() && self.parts_spans().is_some())
                || self.opens_with_instrument(self.frame.start)
                || self.input_from().is_some_and(|f| f > 0));
        let decision = model::decide(text, span, verdict, split, &signals, &mut self.model_buckets);
        let verdict = decision.as_ref().map_or(verdict, |(v, _)| *v);
        let mut sentence = SentenceAssessment {
            span,
            verdict,
            score,
            signals,
            rewrite: None,
            parts: None,
            language: None,
            model: decision.map(|(_, d)| d),
        };
        // Material for a rewrite: for technical and mixed sentences, and for functional ones
        // that name an outcome without a measure ("voelen zich gezonder").
        if verdict != Verdict::Functional || sentence.needs_measure() {
            sentence.rewrite = Some(self.rewrite(text, verdict));
        }
        if verdict == Verdict::Mixed {
            sentence.parts = self.parts_spans();
        }
        let (nl, en) = (0..self.n()).fold((0, 0), |(nl, en), i| {
            (nl + usize::from(self.has(i, fl::DUTCH)), en + usize::from(self.has(i, fl::ENGLISH)))
        });
        sentence.language = match (nl, en) {
            (0, 0) => None,
            (nl, en) if nl >= en => Some(TextLanguage::Dutch),
            _ => Some(TextLanguage::English),
        };
        sentence
    }
}

const TOPICS_ORDER: [Topic; 6] =
    [Topic::Language, Topic::Work, Topic::Debt, Topic::Care, Topic::Youth, Topic::Activation];

fn topic_index(t: Topic) -> Option<usize> {
    TOPICS_ORDER.iter().position(|&x| x == t)
}

/// Sum with diminishing returns: the strongest signal counts fully, each next one
/// `DIMINISH` times less than the one before.
fn diminished(ws: &mut [f32]) -> f32 {
    ws.sort_unstable_by(|a, b| b.total_cmp(a));
    let mut factor = 1.0;
    let mut sum = 0.0;
    for w in ws.iter() {
        sum += w * factor;
        factor *= DIMINISH;
    }
    sum
}

/// Facts about a whole sentence, computed once.
#[derive(Debug, Default, Clone, Copy)]
struct Flags {
    result: bool,
    means: bool,
    staff: bool,
    cost: bool,
    change: bool,
    problem: bool,
    measure: bool,
    client: bool,
    obliged: bool,
    provider: bool,
    /// A diploma or certificate ("diploma", "certificaat", "mbo").
    credential: bool,
    /// "inzetten", "zet ... in", "employ", "deploy".
    deploy: bool,
    /// A word of rating: "gemiddeld", "cijfer", "tevreden", "rated".
    score: bool,
    /// A percentage, or a mark with a word of rating: a measurable target.
    target: bool,
    /// "inclusief", "including": a price that covers everything.
    inclusive: bool,
}
