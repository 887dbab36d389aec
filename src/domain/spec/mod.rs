//! Functional-specification analyser: is a requirement functional (it asks *what* result is
//! needed) or technical (it prescribes *how*: means, inputs, places, staff, methods, input
//! prices)? This is the guide's first lever for innovation (*Inkoop en innovatie*, §2.3).
//!
//! [`assess`] splits a text (one requirement or a whole pasted bestek) into sentences and gives
//! each a [`Verdict`], a score and the [`Signal`]s that make it so: byte spans into the original
//! text with their [`SignalKind`]. The words behind the kinds live in `lexicon.rs` (Dutch and
//! English, matched together); the rules that weigh them in `rules.rs`, which also reads each
//! sentence's structure (`rules/structure.rs`: its subject, main verb, means part and end
//! part) and takes the material for a functional version from the sentence's own words
//! (`rules/rewrite.rs`). User-facing texts (explanations, the question to ask, the functional
//! version) are in `crate::i18n::spec`.
//!
//! Accuracy is measured on fresh batches at first contact: `tests/fixtures/spec_batches/` and
//! `docs/spec-ledger.md`.
//!
//! Invariants, relied on by the UI and checked by tests:
//! - every span (sentence or signal) lies within the text and on `char` boundaries;
//! - signal spans within a sentence are sorted and do not overlap; sentences do not overlap;
//! - no input panics, and the work is linear in the length of the text.

mod lexicon;
pub mod model;
pub mod model_weights;
mod rules;
mod text;

#[cfg(test)]
mod tests;

/// The verdict on a sentence or a whole text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// States the result or the goal and leaves the means to the provider.
    Functional,
    /// Prescribes means, inputs, places, times, staff, methods or input-based prices, without a
    /// result (or with a result that weighs less).
    Technical,
    /// Prescribes means *and* states a result, both with weight.
    Mixed,
}

/// Why a piece of text counts as technical or functional. The one-line explanations are in
/// `crate::i18n::spec::signal_explanation`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignalKind {
    // Technical: *how*.
    /// A prescribed means or instrument: a course, lessons, a training, an internship, a device.
    PrescribedMeans,
    /// An input quantity: "40 lessen", "3 uur per week", "vier sessies".
    InputQuantity,
    /// A place or time of delivery: a branch in town, office hours, a weekday, waiting times.
    PlaceOrTime,
    /// Who must deliver: a profession or a qualification of staff or provider.
    StaffQualification,
    /// A named or prescribed method or way of working.
    NamedMethod,
    /// A cost unit based on input: per lesson, per hour, course price, hourly rate.
    InputCostUnit,
    /// A process condition: registration, reporting, approval, privacy procedure.
    ProcessCondition,
    /// What the provider does (or what is done to the client), read from the sentence's
    /// structure when no word says more: "De opdrachtnemer onderhoudt ...", "worden gebeld".
    ProviderActivity,
    // Functional: *what*.
    /// A result for the client: a job, outflow, independence, participation.
    Result,
    /// A level to reach: a language level, an exam, a start qualification.
    Level,
    /// A measure: a percentage, a share, "aantoonbaar", "gemeten met".
    Measure,
    /// What the target group can do or has afterwards.
    TargetGroupOutcome,
    /// A purpose: "zodat", "om ... te", "gericht op", "so that".
    Purpose,
    /// A cost unit based on results: per placement, per result, a bonus.
    OutcomeCostUnit,
    /// One integral price for a whole trajectory ("trajectprijs"): all instruments in one
    /// price, so the provider chooses them; not in itself a price per result.
    TrajectoryPrice,
    /// Room for the provider: its own approach, innovation, an integral approach.
    ProviderFreedom,
}

impl SignalKind {
    /// All kinds, technical first.
    pub const ALL: [SignalKind; 16] = [
        SignalKind::PrescribedMeans,
        SignalKind::InputQuantity,
        SignalKind::PlaceOrTime,
        SignalKind::StaffQualification,
        SignalKind::NamedMethod,
        SignalKind::InputCostUnit,
        SignalKind::ProcessCondition,
        SignalKind::ProviderActivity,
        SignalKind::Result,
        SignalKind::Level,
        SignalKind::Measure,
        SignalKind::TargetGroupOutcome,
        SignalKind::Purpose,
        SignalKind::OutcomeCostUnit,
        SignalKind::TrajectoryPrice,
        SignalKind::ProviderFreedom,
    ];

    /// True for kinds that point to a functional requirement (*what*), false for technical
    /// ones (*how*).
    pub const fn is_functional(self) -> bool {
        matches!(
            self,
            SignalKind::Result
                | SignalKind::Level
                | SignalKind::Measure
                | SignalKind::TargetGroupOutcome
                | SignalKind::Purpose
                | SignalKind::OutcomeCostUnit
                | SignalKind::TrajectoryPrice
                | SignalKind::ProviderFreedom
        )
    }

    /// True for the two cost-unit kinds.
    pub const fn is_cost(self) -> bool {
        matches!(self, SignalKind::InputCostUnit | SignalKind::OutcomeCostUnit | SignalKind::TrajectoryPrice)
    }
}

/// A byte range `start..end` into the analysed text, always on `char` boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The spanned text, or `""` if `source` is not the analysed text.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        source.get(self.start..self.end).unwrap_or("")
    }

    /// As a `Range`.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

/// One piece of evidence: a span of the text, why it counts, and how much.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Signal {
    /// Where the signal is in the analysed text.
    pub span: Span,
    /// Why it counts.
    pub kind: SignalKind,
    /// Contribution to the sentence's score after context rules (negation, "bijvoorbeeld",
    /// freedom for the provider, obligation); 0.0..=1.5.
    pub weight: f32,
}

/// The field of social services a sentence is about; chooses the example result and measure
/// in the rewrite template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Topic {
    /// Language and civic integration (NT2, inburgering).
    Language,
    /// Work and re-integration.
    Work,
    /// Debt and budgeting.
    Debt,
    /// Care and wellbeing.
    Care,
    /// Youth, school and parenting.
    Youth,
    /// Social activation and participation.
    Activation,
    /// None recognised.
    #[default]
    General,
}

/// How a kept functional clause reads on its own (see [`Kept`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClauseForm {
    /// A main clause: it can stand as a sentence ("Deelnemers halen het examen").
    Main,
    /// A clause in subordinate word order, the verb last ("deelnemers daarna een baan
    /// vinden"): it reads after "Het resultaat is dat" / "The result is that".
    Subordinate,
    /// An infinitive clause ("werkervaring op te doen", "raise their chances"): it reads
    /// after "Het doel is om" / "The aim is to".
    Infinitive,
    /// A noun phrase ("het terugdringen van de klachten", "a job offer"): it reads after
    /// "Het doel is" / "The aim is".
    NounPhrase,
}

/// The functional part of a mixed sentence, rebuilt as a clause of its own from the
/// sentence's words: what a rewrite keeps.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    /// The clause, in the words of the sentence (a pronoun such as "zij" replaced by the
    /// target group it stands for; in a main clause the verb moved after its subject).
    pub clause: String,
    /// How the clause reads on its own.
    pub form: ClauseForm,
}

/// The two parts of a mixed sentence: what it asks for and the means it prescribes.
#[derive(Debug, Clone, PartialEq)]
pub struct Parts {
    /// The functional part (the result), as a span of the analysed text.
    pub functional: Span,
    /// The technical part (the prescribed means), as a span of the analysed text.
    pub technical: Span,
}

/// What a functional rewrite of a sentence can take from that sentence. Render it with
/// `crate::i18n::spec::proposal`. Strings are verbatim from the analysed text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Rewrite {
    /// The field the sentence is about.
    pub topic: Topic,
    /// Who the result is for, as named in the sentence ("deelnemers", "de klant").
    pub target_group: Option<String>,
    /// The prescribed means, inputs, places and staff found (at most three), to leave to the
    /// provider.
    pub means: Vec<String>,
    /// A result or level the sentence already names (for mixed sentences).
    pub outcome: Option<String>,
    /// A deadline the sentence names ("binnen zes maanden").
    pub deadline: Option<String>,
    /// An input-based cost unit found ("per les", "uurtarief"), to replace by a price per
    /// trajectory that reaches the result.
    pub input_cost: Option<String>,
    /// Whether the target group is named in the plural ("deelnemers", "young people"): for
    /// the verb that goes with it.
    pub plural: bool,
    /// For a mixed sentence: its functional part as a clause of its own, when it can be cut
    /// out.
    pub kept: Option<Kept>,
    /// True when every technical signal is a process condition (reporting, registration,
    /// approval) or the provider's activity: a condition that may stay technical.
    pub process_only: bool,
}

/// The assessment of one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceAssessment {
    /// The sentence in the analysed text (trimmed, list markers removed).
    pub span: Span,
    /// Functional, technical or mixed. A sentence without any signal is `Technical` (it names
    /// no result), with [`SentenceAssessment::is_inconclusive`] true.
    pub verdict: Verdict,
    /// From -1.0 (clearly technical) to 1.0 (clearly functional); 0.0 without signals.
    pub score: f32,
    /// The evidence, sorted by position, not overlapping.
    pub signals: Vec<Signal>,
    /// For technical and mixed sentences, and functional ones without a measure: material
    /// for a functional rewrite.
    pub rewrite: Option<Rewrite>,
    /// For a mixed sentence whose parts can be told apart: the functional and the technical
    /// part.
    pub parts: Option<Parts>,
    /// The language of the sentence, when its function words tell.
    pub language: Option<TextLanguage>,
    /// When the model (`model.rs`) overrode the rules: what the rules said, how sure the model
    /// is and the words that decided. `verdict`, `rewrite` and `parts` follow the model then.
    pub model: Option<ModelDecision>,
}

/// The model's decision on a sentence where it overrode the rules' verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelDecision {
    /// The verdict the rules gave (the signals are theirs).
    pub rules: Verdict,
    /// The model's probability for the verdict it gave instead (at least
    /// [`model::OVERRIDE_AT`]).
    pub confidence: f32,
    /// The words of the sentence that pushed the model most towards its verdict (at most
    /// three), strongest first.
    pub words: Vec<Span>,
}

impl SentenceAssessment {
    /// True when no signal at all was found: a heading, context, or wording the lexicon does
    /// not know. Such sentences are left out of the overall verdict and share.
    pub fn is_inconclusive(&self) -> bool {
        self.signals.is_empty()
    }

    /// The sentence cut into plain and highlighted pieces, in order; their texts joined give
    /// the sentence. `text` must be the analysed text.
    pub fn pieces<'a>(&'a self, text: &'a str) -> Vec<Piece<'a>> {
        let mut out = Vec::with_capacity(2 * self.signals.len() + 1);
        cut(text, self.span.start, self.span.end, self.signals.iter(), &mut out);
        out
    }

    /// Whether the sentence makes its result measurable: a measure (a percentage, a score, a
    /// number of clients), a level, or a price per result.
    pub fn is_measurable(&self) -> bool {
        self.signals.iter().any(|s| {
            matches!(
                s.kind,
                SignalKind::Measure | SignalKind::Level | SignalKind::OutcomeCostUnit | SignalKind::TrajectoryPrice
            ) && s.weight >= 0.3
        })
    }

    /// A functional sentence that names an outcome but no way to measure it ("Deelnemers
    /// voelen zich gezonder"): it needs a measure before anyone can pay on it.
    pub fn needs_measure(&self) -> bool {
        self.verdict == Verdict::Functional
            && !self.is_measurable()
            && self
                .signals
                .iter()
                .any(|s| matches!(s.kind, SignalKind::Result | SignalKind::TargetGroupOutcome) && s.weight >= 0.3)
            && !self.signals.iter().any(|s| s.kind == SignalKind::ProviderFreedom && s.weight >= 0.5)
    }

    /// The summed weight of the technical and of the functional signals.
    pub fn weights(&self) -> (f32, f32) {
        self.signals.iter().fold(
            (0.0, 0.0),
            |(t, f), s| {
                if s.kind.is_functional() {
                    (t, f + s.weight)
                } else {
                    (t + s.weight, f)
                }
            },
        )
    }
}

/// A piece of the analysed text for rendering highlights in place: plain text, or the text of
/// one signal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Piece<'a> {
    /// The text of the piece.
    pub text: &'a str,
    /// The signal this piece highlights, if any.
    pub signal: Option<&'a Signal>,
}

/// Cuts `text[from..to]` into plain and highlighted pieces, in order.
fn cut<'a>(text: &'a str, from: usize, to: usize, signals: impl Iterator<Item = &'a Signal>, out: &mut Vec<Piece<'a>>) {
    let mut at = from;
    for sig in signals {
        if sig.span.start < at || sig.span.end > to {
            continue; // not from this text: skip rather than slice wrongly
        }
        let (Some(plain), Some(marked)) = (text.get(at..sig.span.start), text.get(sig.span.range())) else {
            continue;
        };
        if !plain.is_empty() {
            out.push(Piece { text: plain, signal: None });
        }
        out.push(Piece { text: marked, signal: Some(sig) });
        at = sig.span.end;
    }
    if let Some(rest) = text.get(at..to).filter(|r| !r.is_empty()) {
        out.push(Piece { text: rest, signal: None });
    }
}

/// The language a text appears to be in (by its function words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextLanguage {
    /// More Dutch function words ("de", "het", "van") than English ones.
    Dutch,
    /// More English function words ("the", "of", "and") than Dutch ones.
    English,
}

/// Counts of sentence verdicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct VerdictCounts {
    /// Functional sentences.
    pub functional: usize,
    /// Technical sentences that carry a signal.
    pub technical: usize,
    /// Mixed sentences.
    pub mixed: usize,
    /// Sentences without any signal (also counted nowhere else).
    pub inconclusive: usize,
}

/// The overall label of a text, consistent with its [`VerdictCounts`]: a kind names the text
/// when it holds every conclusive sentence, 'mostly' when it holds more than half of them,
/// and a text where no kind has a majority is `Divided`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Overall {
    /// Every conclusive sentence is functional.
    Functional,
    /// More than half of the conclusive sentences are functional.
    MostlyFunctional,
    /// Every conclusive sentence is technical (also: no conclusive sentence at all).
    Technical,
    /// More than half of the conclusive sentences are technical.
    MostlyTechnical,
    /// Every conclusive sentence is mixed.
    Mixed,
    /// More than half of the conclusive sentences are mixed.
    MostlyMixed,
    /// No kind holds more than half.
    Divided,
}

impl Overall {
    /// The sentence verdict the label leans to (for colouring a badge); `None` when divided.
    pub fn leaning(self) -> Option<Verdict> {
        match self {
            Overall::Functional | Overall::MostlyFunctional => Some(Verdict::Functional),
            Overall::Technical | Overall::MostlyTechnical => Some(Verdict::Technical),
            Overall::Mixed | Overall::MostlyMixed => Some(Verdict::Mixed),
            Overall::Divided => None,
        }
    }
}

impl VerdictCounts {
    /// The overall label these counts give (see [`Overall`]).
    pub fn overall(&self) -> Overall {
        let total = self.functional + self.technical + self.mixed;
        let label = |n: usize, all: Overall, most: Overall| {
            if n == total {
                Some(all)
            } else if 2 * n > total {
                Some(most)
            } else {
                None
            }
        };
        if total == 0 {
            return Overall::Technical;
        }
        label(self.functional, Overall::Functional, Overall::MostlyFunctional)
            .or_else(|| label(self.technical, Overall::Technical, Overall::MostlyTechnical))
            .or_else(|| label(self.mixed, Overall::Mixed, Overall::MostlyMixed))
            .unwrap_or(Overall::Divided)
    }
}

/// The assessment of a whole text: one [`SentenceAssessment`] per sentence.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Assessment {
    sentences: Vec<SentenceAssessment>,
    language: Option<TextLanguage>,
}

impl Assessment {
    /// The sentences, in order.
    pub fn sentences(&self) -> &[SentenceAssessment] {
        &self.sentences
    }

    /// All signals of all sentences, in text order.
    pub fn signals(&self) -> impl Iterator<Item = &Signal> + '_ {
        self.sentences.iter().flat_map(|s| s.signals.iter())
    }

    /// The overall verdict over the sentences that carry a signal: `Functional` when all of
    /// them are functional, `Technical` when all are technical, otherwise `Mixed`. A text
    /// without any signal (empty, a heading, unknown wording) is `Technical`: it names no
    /// result; check [`Assessment::is_inconclusive`] before presenting it.
    pub fn verdict(&self) -> Verdict {
        let c = self.counts();
        let conclusive = c.functional + c.technical + c.mixed;
        if conclusive == 0 {
            Verdict::Technical
        } else if c.functional == conclusive {
            Verdict::Functional
        } else if c.technical == conclusive {
            Verdict::Technical
        } else {
            Verdict::Mixed
        }
    }

    /// The overall label for showing: consistent with [`Assessment::counts`] (two technical
    /// sentences and one functional one are 'mostly technical', not 'mixed').
    pub fn overall(&self) -> Overall {
        self.counts().overall()
    }

    /// The share (0.0..=1.0) of functional sentences among the sentences that carry a signal:
    /// the overall figure for a bestek. `None` when no sentence carries a signal.
    pub fn functional_share(&self) -> Option<f64> {
        let c = self.counts();
        let conclusive = c.functional + c.technical + c.mixed;
        if conclusive == 0 {
            None
        } else {
            Some(c.functional as f64 / conclusive as f64)
        }
    }

    /// How many sentences got each verdict.
    pub fn counts(&self) -> VerdictCounts {
        let mut c = VerdictCounts::default();
        for s in &self.sentences {
            if s.is_inconclusive() {
                c.inconclusive += 1;
                continue;
            }
            match s.verdict {
                Verdict::Functional => c.functional += 1,
                Verdict::Technical => c.technical += 1,
                Verdict::Mixed => c.mixed += 1,
            }
        }
        c
    }

    /// True when no sentence carries a signal.
    pub fn is_inconclusive(&self) -> bool {
        self.sentences.iter().all(SentenceAssessment::is_inconclusive)
    }

    /// The whole text cut into plain and highlighted pieces, in order; their texts joined give
    /// `text` back. For rendering the highlights in place. `text` must be the analysed text.
    pub fn pieces<'a>(&'a self, text: &'a str) -> Vec<Piece<'a>> {
        let mut out = Vec::new();
        cut(text, 0, text.len(), self.signals(), &mut out);
        out
    }

    /// The language of the text, when its function words tell.
    pub fn language(&self) -> Option<TextLanguage> {
        self.language
    }
}

/// A functional version taken over: the sentence at `span` (which read `old`) becomes `new`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replacement {
    /// Where the sentence was, in the analysed text.
    pub span: Span,
    /// The sentence as it was (the text is only changed while it still reads so).
    pub old: String,
    /// The version to take over.
    pub new: String,
}

impl Replacement {
    /// Applies the replacement to `text` when the sentence is still there, unchanged; false
    /// (and `text` untouched) otherwise: a version is never put over words typed since.
    pub fn apply(&self, text: &mut String) -> bool {
        if text.get(self.span.range()) != Some(self.old.as_str()) {
            return false;
        }
        text.replace_range(self.span.range(), &self.new);
        true
    }
}

/// The verdicts of a list of requirements, each counted once whatever its number of
/// sentences ("Eis. Toelichting." or "...; ..." is one requirement), for the figure of a
/// bestek. A requirement without any signal counts as inconclusive.
pub fn requirement_counts<'a>(requirements: impl IntoIterator<Item = &'a str>) -> VerdictCounts {
    let mut c = VerdictCounts::default();
    for t in requirements {
        let a = assess(t);
        if a.is_inconclusive() {
            c.inconclusive += 1;
            continue;
        }
        match a.verdict() {
            Verdict::Functional => c.functional += 1,
            Verdict::Technical => c.technical += 1,
            Verdict::Mixed => c.mixed += 1,
        }
    }
    c
}

/// Empties the cache of word look-ups that [`assess`] keeps between calls (per thread, at
/// most about 20,000 words). Only needed to free memory or to time a cold analysis.
pub fn clear_cache() {
    rules::clear_cache();
}

/// Whether the rules read `sentence` (one sentence) as opening with a means ("Via een stage
/// ...", "Using group training ...", "Door wekelijkse gesprekken ..."). The model does not
/// override a mixed verdict of such a sentence (see [`model::overrides`]); the model's tests
/// use this to weigh that protection on text of earlier batches.
pub fn opens_with_means(sentence: &str) -> bool {
    let mut analyser = rules::Analyser::new();
    let opens = analyser.opens_with_means(sentence, 0, sentence.len());
    analyser.finish_text();
    opens
}

/// Analyses a requirement or a whole bestek.
///
/// The text is split into sentences (full stops, `;`, bullets, list items, every line
/// break); each sentence is tokenised (case and diacritics folded, numbers with units
/// recognised), matched against the Dutch and English lexicon, and the rules weigh the
/// signals: a prescribed means counts less when it is only an example or when the provider is
/// left free; hours attached to a result ("twintig uur per week betaald werk") are a measure,
/// hours of a course are an input; "per les" is an input cost unit, "per traject" a result one.
///
/// Never panics; linear in the length of `text`. Word look-ups are cached between calls (see
/// [`clear_cache`]), so analysing the same text again while the user edits it is cheaper.
///
/// ```
/// use inkoopwijzer_spec::{assess, Verdict}; // in the app: crate::domain::spec
/// let a = assess("De deelnemer volgt een taalcursus NT2 van 40 lessen.");
/// assert_eq!(a.verdict(), Verdict::Technical);
/// let a = assess("De deelnemer beheerst na een jaar de Nederlandse taal op niveau A2.");
/// assert_eq!(a.verdict(), Verdict::Functional);
/// ```
pub fn assess(text: &str) -> Assessment {
    let mut ranges = Vec::new();
    text::split_sentences(text, &mut ranges);
    let mut analyser = rules::Analyser::new();
    let sentences = ranges.iter().map(|&(s, e)| analyser.sentence(text, s, e)).collect();
    let language = analyser.language();
    analyser.finish_text();
    Assessment { sentences, language }
}
