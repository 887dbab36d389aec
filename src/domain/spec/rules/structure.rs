//! The sentence's structure: who or what it is about (its subject), what the main verb does,
//! and whether it falls into a means part and an end part ("X, zodat Y"; "Via X doet de
//! deelnemer Y"). The word signals say *what* a sentence mentions; the structure says *how* it
//! mentions it: "de deelnemer vindt werk" asks for work, "de opdrachtnemer biedt werkervaring"
//! offers it as a means, "de rapportage over de uitstroom" only reports on it.
//!
//! Everything here looks at each token a bounded number of times: linear in the sentence.

use super::super::lexicon::{fl, tw, Class, Unit};
use super::super::text::TokKind;
use super::{Analyser, Flags, Raw, K, PART_MIN, POSSIBILITY_NOUNS};

/// Who or what a sentence is about: the role of its subject.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// No subject recognised.
    #[default]
    Unknown,
    /// A member of the target group: "de deelnemer", "participants".
    Client,
    /// The provider: "de opdrachtnemer", "the provider".
    Provider,
    /// The buyer: "de gemeente", "wij".
    Buyer,
    /// Staff: "de jobcoach", "coaches".
    Staff,
    /// A specific means: "de training", "sessions", "de methode".
    Means,
    /// A generic word for the service: "de begeleiding", "de dienstverlening", "het traject".
    Service,
    /// A figure or a result: "70% van de deelnemers", "het aantal ...", "de uitstroom".
    Figure,
    /// A process: "de rapportage", "registration".
    Process,
    /// A price: "de prijs", "betaling".
    Cost,
    /// A place or a time: "het spreekuur", "de locatie".
    PlaceTime,
}

/// The structure of one sentence.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Frame {
    /// The role of the subject.
    pub subject: Role,
    /// The first token after a heading ("Eis 2.1 Uitstroom:").
    pub start: usize,
    /// The subject's token.
    pub subject_at: usize,
    /// The end part, as a token range: what the rest of the sentence (the means part) is for.
    /// From a marker to the end ("zodat", "so that", "om ... te"), an opening purpose clause
    /// ("Om de taalvaardigheid te verbeteren, volgen ..."), or from the subject after a means
    /// that opens the sentence ("Via een stage doet de deelnemer ..."). Set only when the end
    /// part names something functional.
    pub end: Option<(usize, usize)>,
    /// The main verb delivers or receives a service ("biedt", "volgt", "krijgt").
    pub provision: bool,
    /// The provider answers for a result ("zorgt ervoor dat", "realiseert", "ensures").
    pub ensure: bool,
    /// Something is done to the subject: a passive ("worden gebeld", "are coached") or an
    /// agent ("door de opdrachtnemer", "by the provider").
    pub done_to: bool,
    /// A verb of change or reaching in the main clause ("daalt", "bevordert", "behaalt").
    pub changes: bool,
    /// A specific means, place, method or handled instrument outside the end part: the
    /// subject attends or uses it ("take part in a sports programme").
    pub attends: bool,
    /// The end part is the main clause after a means that opens the sentence ("Via een
    /// stage doet de deelnemer ...").
    pub opened_with_means: bool,
    /// Where the main clause starts: after an opening purpose clause ("Om te zorgen dat ...,
    /// organiseert de opdrachtnemer ..."), else `start`.
    pub main_from: usize,
    /// "bestaat uit", "omvat", "consists of": the parts of the service follow this token.
    pub consists_at: Option<usize>,
    /// An opening partitive before a share ("Van de deelnemers die jobcoaching krijgen, werkt
    /// 80% ..."), as a token range up to and with its comma: which ones the share is of.
    pub partitive: Option<(usize, usize)>,
}

impl Frame {
    /// Whether token `i` lies in the end part.
    pub fn in_end(&self, i: usize) -> bool {
        self.end.is_some_and(|(a, b)| a <= i && i < b)
    }

    /// Whether token `i` lies in the means part of a two-part sentence.
    pub fn in_means_part(&self, i: usize) -> bool {
        self.end.is_some() && i >= self.start && !self.in_end(i)
    }
}

/// Words that open a sentence as a generic service ("de dienstverlening ...").
const SERVICE_WORDS: [&str; 24] = [
    "activering",
    "activation",
    "reintegratie",
    "reintegration",
    "schuldhulpverlening",
    "schuldhulp",
    "inburgering",
    "integration",
    "woonbegeleiding",
    "nazorg",
    "dienstverlening",
    "dienst",
    "service",
    "services",
    "aanpak",
    "approach",
    "traject",
    "trajecten",
    "trajectory",
    "project",
    "programma",
    "programme",
    "program",
    "inkoop",
];

/// Purpose phrases that are a main verb rather than a purpose clause ("leidt tot werk").
const RESULT_VERBS: [&str; 15] = [
    "leiden",
    "leidt",
    "leidend",
    "lead",
    "leads",
    "leading",
    "resulterend",
    "resulteert",
    "resulting",
    "draagt",
    "dragen",
    "bijdragen",
    "contributes",
    "contribute",
    "de",
];

impl Analyser {
    /// Reads the sentence's structure. Needs word classes and phrases (run after
    /// `pass_phrases`).
    pub(super) fn frame(&self) -> Frame {
        let n = self.n();
        let mut f = Frame::default();
        // A heading before a colon ("Eis 4.2:", "Resultaat:", "Prestatie-indicator:").
        if let Some(c) = (0..n.min(7)).find(|&i| self.is_punct(i, ':')) {
            if c + 1 < n {
                f.start = c + 1;
            }
        }
        let opens_with_means = self.opens_with_instrument(f.start);
        // An opening purpose clause: "Om de taalvaardigheid te verbeteren volgen ...".
        // "Om te zorgen dat 90% ... vervuld is, organiseert ...": a clause with "dat" after the
        // verb runs on to its comma.
        let opening_purpose = if self.has(f.start, fl::OM) {
            (f.start + 1..n.min(f.start + 12)).find(|&k| self.has(k, fl::TE)).map(|te| {
                let that_clause = self.has(te + 2, fl::THAT);
                let comma = (te + 3..n.min(te + 28)).find(|&k| self.is_punct(k, ','));
                match comma {
                    Some(c) if that_clause => c + 1,
                    _ => te + 2,
                }
            })
        } else if f.start == 0 && self.w(0) == "to" && self.english_purpose_verb(1) {
            // Round 27: "To help 70% of the participants find work within a year, the provider
            // offers a 240-hour course": the English opening infinitive runs to its comma, as
            // "Om ... te helpen," does; the main clause after it is the means.
            (3..n.min(28)).find(|&k| self.is_clause_break(k)).filter(|&c| self.is_punct(c, ',')).map(|c| c + 1)
        } else if f.start == 0 && self.in_order_to(0) && self.func_after.get(1).copied().unwrap_or(false) {
            // Round 30: "In order to bring at least half ... into work within six months, the
            // contractor assigns ...": as the opening "To ...", when a result with a figure
            // follows (else the purpose marker below reads it, as before: "In order to halve
            // the number ..., the provider deploys ..." kept its weight that way).
            (5..n.min(30))
                .find(|&k| self.is_clause_break(k))
                .filter(|&c| self.is_punct(c, ','))
                .filter(|&c| {
                    (3..c)
                        .any(|k| self.is_number(k) || self.has(k, fl::NUMBER_WORD | fl::PERCENT) || self.w(k) == "half")
                })
                .map(|c| c + 1)
        } else {
            None
        };
        // An opening condition: "Indien een deelnemer niet verschijnt, neemt de opdrachtnemer
        // ...": the main clause comes after the comma.
        let condition = if self.has(f.start, fl::SUBORDINATOR) {
            (f.start + 2..n.min(f.start + 16)).find(|&k| self.is_punct(k, ',')).map(|c| c + 1)
        } else {
            None
        };
        // An opening partitive: "Van de vacatures die werkgevers melden, wordt 50% ...".
        f.partitive = self.opening_partitive(f.start);
        // An opening means with a relative clause or an agent runs to its comma: "Met een
        // aanpak waarbij de opdrachtnemer ... gaat, daalt het aantal ...", "Via a group run by
        // trained volunteers, the number ...": the actor in it is not the subject.
        let means_clause = if opens_with_means {
            (f.start + 2..n.min(f.start + 24))
                .find(|&k| self.is_punct(k, ','))
                .filter(|&c| {
                    (f.start + 1..c).any(|k| {
                        matches!(
                            self.w(k),
                            "waarbij" | "waarin" | "waarmee" | "waardoor" | "where" | "whereby" | "which"
                        ) || self.has(k, fl::BY)
                    })
                })
                .or_else(|| self.infinitive_opening(f.start))
        } else {
            None
        };
        let scan_from = opening_purpose
            .or(condition)
            .or(f.partitive.map(|(_, e)| e))
            .or(means_clause.map(|c| c + 1))
            .unwrap_or(f.start);
        // The subject: the head of a noun phrase that opens the sentence ("De werkplekken
        // voor ...", "A debt counsellor ..."), or else the first actor that is not inside a
        // prepositional phrase. After an opening means ("Via een stage ..."), only a person
        // can be the subject.
        if let Some(h) = self.opening_head(scan_from).filter(|_| !opens_with_means) {
            if let Some(role) = self.role_at(h) {
                f.subject = role;
                f.subject_at = h;
            } else if self.has(h + 1, fl::ABOUT) && matches!(self.w(h + 1), "over" | "about") {
                // "Alle gegevens over ...": a subject of no known role, whose verb and
                // passive are still read after it.
                f.subject_at = h;
            } else if self.has(h + 1, fl::PREP) {
                // "De vervullingsgraad van vacatures die ..., is ten minste 40%": a noun the
                // lexicon does not know, whose main verb is a state with a share: a figure.
                let probe = Frame { subject: Role::Figure, subject_at: h, start: f.start, ..Frame::default() };
                let v = self.after_subject_scope(&probe);
                let share = self.has(v, fl::BE | fl::STATE_VERB)
                    && (v + 1..n.min(v + 5)).any(|k| self.is_number(k) && self.is_punct(k + 1, '%'));
                if share {
                    f.subject = Role::Figure;
                    f.subject_at = h;
                }
            }
        } else {
            for i in scan_from..n {
                // A preposition opens a phrase ("op werk" in "Ter voorbereiding op werk volgen
                // deelnemers ..."); neither it nor its object is the subject.
                if self.in_prep_phrase(i, scan_from) || self.has(i, fl::PREP) {
                    continue;
                }
                let Some(role) = self.role_at(i) else { continue };
                // After an opening means only an actor, the service by name ("het project")
                // or a figure ("het aantal") can be the subject.
                // "Door inzet van een maatje neemt de eenzaamheid af": a problem or a result
                // right after a verb of change is the figure that changes.
                let changed = role == Role::Figure
                    && (i.saturating_sub(3)..i)
                        .rev()
                        .find(|&k| !self.has(k, fl::ARTICLE | fl::DETERMINER))
                        .is_some_and(|k| self.cls(k) == Class::Change || self.has(k, fl::FIGURE_VERB));
                let actor = matches!(role, Role::Client | Role::Provider | Role::Staff | Role::Buyer)
                    || (role == Role::Service && SERVICE_WORDS.contains(&self.w(i)))
                    || (role == Role::Figure && (self.has(i, fl::FIGURE | fl::AANTAL) || self.is_number(i)))
                    || changed;
                if opens_with_means && !actor {
                    continue;
                }
                // "Debt counsellors must ...", "Group sessions take place ...": a compound of
                // separate words (English) without an article; its head is the last noun.
                let person = matches!(role, Role::Client | Role::Provider | Role::Staff | Role::Buyer);
                let head = if i == scan_from && !person && !self.tokens[i].hyphen_next {
                    self.english_compound_head(i)
                } else {
                    i
                };
                f.subject = if head == i { role } else { self.role_at(head).unwrap_or(role) };
                f.subject_at = head;
                break;
            }
        }
        if let Some(e) = opening_purpose {
            if self.func_after.get(f.start + 1).copied().unwrap_or(false) {
                f.end = Some((f.start, e.min(n)));
            }
        } else if opens_with_means && f.subject != Role::Unknown && f.subject_at > f.start + 1 {
            if self.func_after.get(f.subject_at).copied().unwrap_or(false) {
                f.end = Some((f.subject_at, n));
                f.opened_with_means = true;
            }
        } else if let Some(m) = self.purpose_marker(f.start) {
            if self.func_after.get(m + 1).copied().unwrap_or(false) {
                f.end = Some((m, n));
            }
        }
        // "... zorgt de opdrachtnemer ervoor dat deelnemers ...": the clause of the people
        // served after "dat" is what the rest of the sentence is for (see `ensured_clause`).
        if f.end.is_none() && f.subject == Role::Provider {
            f.end = self.ensured_that(f.start).map(|d| (d, n));
        }
        let main_end = match f.end {
            Some((a, _)) if a > f.start => a,
            _ => n,
        };
        // After an opening purpose clause the main clause starts where it ends.
        f.main_from = match f.end {
            Some((a, b)) if a <= f.start => b,
            _ => f.start,
        };
        let main_from = f.main_from;
        // The main verb: a verb of providing right after the subject (and after a relative
        // clause that says which clients: "Inwoners die begeleiding krijgen, geven ...").
        let from = self.after_subject_scope(&f);
        // A client receives ("krijgt", "volgt"); a provider provides ("biedt", "zet in"). A
        // client who "voert een gesprek" or "geeft een 8" provides nothing.
        let client = f.subject == Role::Client;
        let provides = |k: usize| {
            if client {
                self.has(k, fl::RECEIVE) || (self.cls(k) == Class::Provision && !self.has(k, fl::PROVIDE))
            } else {
                self.has(k, fl::PROVIDE | fl::RECEIVE | fl::DEPLOY) || self.cls(k) == Class::Provision
            }
        };
        // "Na het traject krijgen deelnemers ...": the verb before an inverted subject.
        let before = f.subject_at.checked_sub(1).filter(|&b| b > f.start && !self.has(b, fl::PREP));
        // "Clients who miss two appointments receive ...": a short relative clause first.
        let reach = if self.has(from, fl::RELATIVE) { 8 } else { 4 };
        f.provision = (from..main_end.min(from + reach)).any(provides) || before.is_some_and(provides);
        // "Bij de intake wordt een test afgenomen": a Dutch passive auxiliary before an
        // inverted subject counts too.
        let inverted_passive = (scan_from..f.subject_at).any(|k| self.has(k, fl::PASSIVE) && !self.has(k, fl::BE));
        f.done_to = inverted_passive
            || (from..main_end.min(from + 6)).any(|k| self.passive_at(k))
            || (main_from..main_end).any(|k| {
                self.has(k, fl::BY)
                    && (k + 1..main_end.min(k + 4)).any(|a| self.has(a, fl::PROVIDER) || self.cls(a) == Class::Staff)
            });
        // "zorgt ervoor dat", "garandeert dat", "ensures that", "realiseert": the provider
        // answers for a result ("zorgt voor een vervangende coach" only provides).
        f.ensure = (main_from..main_end).any(|k| {
            self.has(k, fl::ENSURE)
                && (!self.has(k, fl::ENSURE_THAT) || (k + 1..n.min(k + 5)).any(|d| self.has(d, fl::THAT)))
        });
        f.consists_at = (main_from..main_end).find(|&k| self.has(k, fl::CONSISTS));
        f.changes = (main_from..main_end)
            .any(|k| matches!(self.cls(k), Class::Change) || self.has(k, fl::FIGURE_VERB | fl::ACHIEVE));
        f.attends = (f.start..n).any(|k| {
            !f.in_end(k)
                && !f.partitive.is_some_and(|(a, b)| a <= k && k < b)
                && (matches!(self.cls(k), Class::Means | Class::Place | Class::Method)
                    || (self.is_instrument(k) && !self.measuring_link(k)))
        });
        // "De gemiddelde duur daalt", "Unemployment falls": whatever the subject is, a verb of
        // a figure makes it a figure.
        if !matches!(f.subject, Role::Provider | Role::Staff | Role::Buyer | Role::Figure)
            && (f.subject_at + 1..main_end.min(f.subject_at + 14)).any(|k| {
                self.has(k, fl::FIGURE_VERB) && (self.cls(k) == Class::Change || (k > 0 && self.has(k - 1, fl::BE)))
            })
        {
            f.subject = Role::Figure;
        }
        f
    }

    /// "Van de deelnemers die ..., werkt 80% ...", "Of the clients who ..., half ...": a
    /// phrase with "van"/"of" up to a comma, and a share right after it. Returns the range up
    /// to and with the comma.
    fn opening_partitive(&self, start: usize) -> Option<(usize, usize)> {
        if !matches!(self.w(start), "van" | "of") || !self.has(start + 1, fl::ARTICLE | fl::DETERMINER | fl::EACH) {
            return None;
        }
        let n = self.n();
        let comma = (start + 2..n.min(start + 16)).find(|&k| self.is_punct(k, ','))?;
        let share = (comma + 1..n.min(comma + 6)).any(|k| {
            (self.is_number(k) && (self.is_punct(k + 1, '%') || self.has(k + 1, fl::PERCENT | fl::FRACTION_OF)))
                || self.has(k, fl::FIGURE)
        });
        share.then_some((start, comma + 1))
    }

    /// The sentence opens with a means: "Via ...", "Door middel van ...", "Met ...",
    /// "Through ...", "By means of ...".
    pub(super) fn opens_with_instrument(&self, start: usize) -> bool {
        if !self.has(start, fl::INSTRUMENT) && self.cls(start) != Class::Means {
            return false;
        }
        // "Through a paid work trial of three months with an employer, ...", "Via
        // vrijwilligerswerk vinden ...": a preposition that only names a means, whatever the
        // means is called.
        if matches!(self.w(start), "via" | "through" | "using") {
            return true;
        }
        // A means or a place must follow within a few words ("Met vijf huisbezoeken", "Via
        // een stage", "Vanuit een jongerenpunt"), or in the relative clause of the phrase up to
        // its comma ("Met een aanpak waarbij de opdrachtnemer op huisbezoek gaat, ...").
        let n = self.n();
        let relative =
            (start + 1..n.min(start + 5)).any(|k| matches!(self.w(k), "waarbij" | "waarin" | "where" | "whereby"));
        let reach = if relative {
            (start + 2..n.min(start + 24)).find(|&k| self.is_punct(k, ',')).unwrap_or(start + 8)
        } else if let Some(c) = self.infinitive_opening(start) {
            c
        } else {
            start + 8
        };
        (start + 1..n.min(reach)).any(|k| {
            matches!(
                self.cls(k),
                Class::Means | Class::MeansGeneric | Class::Method | Class::Staff | Class::Place | Class::Schedule
            ) || self.unit(k) == Unit::Input
        }) || self.cls(start) == Class::Means
    }

    /// "Door elke deelnemer een half jaar lang een werkgever als mentor te geven, ...", "By
    /// giving every participant ..., ...": an opening "door"/"by" clause with its own verb
    /// (an infinitive with "te" before the comma, or an English "-ing" form right after
    /// "by"). Returns its comma: the clause is the means, whoever is named in it.
    pub(super) fn infinitive_opening(&self, start: usize) -> Option<usize> {
        if !matches!(self.w(start), "door" | "by") {
            return None;
        }
        let n = self.n();
        let c = (start + 3..n.min(start + 24)).find(|&k| self.is_clause_break(k))?;
        if !self.is_punct(c, ',') {
            return None;
        }
        let dutch = (c.saturating_sub(3)..c).any(|k| self.has(k, fl::TE));
        let english = self.w(start) == "by" && self.w(start + 1).ends_with("ing");
        (dutch || english).then_some(c)
    }

    /// The head of a noun phrase that opens the sentence with an article or a determiner
    /// ("De werkplekken voor ...", "Iedere deelnemer", "A debt counsellor"): its last noun.
    /// `None` when the sentence does not open that way.
    fn opening_head(&self, start: usize) -> Option<usize> {
        if !self.has(start, fl::ARTICLE | fl::DETERMINER | fl::EACH) {
            return None;
        }
        let n = self.n();
        let mut h = start + 1;
        while h < n
            && h < start + 5
            && (self.has(h, fl::ARTICLE | fl::DETERMINER | fl::EACH | fl::SKIPPABLE) || self.skippable(h))
            && self.role_at(h).is_none()
        {
            h += 1;
        }
        if h >= n || !matches!(self.tokens.get(h).map(|t| t.kind), Some(TokKind::Word)) {
            return None;
        }
        if self.unit(h) == Unit::Time {
            return None; // "Een jaar na de start staat ...": a time, not the subject
        }
        // English compounds: "debt counsellor", "group sessions", "language course"; not
        // "aantal mensen", "percentage deelnemers" (a figure of clients).
        Some(self.compound_end(h, n))
    }

    /// The last noun of a compound of separate words that starts at `i` ("debt counsellors",
    /// "group sessions"): over nouns of a role of their own, not over a verb.
    fn english_compound_head(&self, i: usize) -> usize {
        self.compound_end(i, (i + 4).min(self.n()))
    }

    /// From the noun at `h`, the last noun of a compound of separate words that ends before
    /// `end`: on over the next word while it is a noun of a role of its own (staff, means,
    /// place or time, process, cost, client) and not a verb, and not over a figure ("aantal
    /// mensen", "percentage deelnemers" are a figure of clients) or a hyphen.
    fn compound_end(&self, mut h: usize, end: usize) -> usize {
        while h + 1 < end
            && !self.has(h, fl::FIGURE | fl::AANTAL)
            && matches!(self.tokens.get(h + 1).map(|t| t.kind), Some(TokKind::Word))
            && !self.tokens[h].hyphen_next
            && matches!(
                self.role_at(h + 1),
                Some(Role::Staff | Role::Means | Role::PlaceTime | Role::Process | Role::Cost | Role::Client)
            )
            && !self.has(h + 1, fl::PROVIDE | fl::RECEIVE | fl::STATE_VERB)
        {
            h += 1;
        }
        h
    }

    /// Whether token `i` is the object of a preposition ("na afloop van het traject").
    fn in_prep_phrase(&self, i: usize, start: usize) -> bool {
        let mut j = i;
        for _ in 0..4 {
            if j <= start {
                return false;
            }
            j -= 1;
            // "at least 70%", "ten minste 60%": a limit on a number, not a preposition.
            let limit = matches!((self.w(j), self.w(j + 1)), ("at", "least" | "most") | ("ten", "minste" | "hoogste"));
            if self.has(j, fl::PREP) && !limit {
                return true;
            }
            if limit {
                continue;
            }
            // An English noun before its head, where Dutch writes one word: "the debt programme".
            let adjunct = j + 1 == i
                && self.has(j, fl::ENGLISH)
                && matches!(self.tokens.get(j).map(|t| t.kind), Some(TokKind::Word))
                && matches!(self.cls(j), Class::None | Class::Problem);
            let skip = self.has(j, fl::ARTICLE | fl::DETERMINER | fl::EACH | fl::SKIPPABLE | fl::QUANTITY_MODIFIER)
                || self.is_number(j)
                || self.skippable(j)
                || adjunct;
            if !skip {
                return false;
            }
        }
        false
    }

    /// The role a token gives a sentence when it is its subject.
    fn role_at(&self, i: usize) -> Option<Role> {
        if self.is_number(i) && !self.tokens.get(i).is_some_and(|t| t.clock) {
            // "70%", "25 statushouders", "8 van de 10": a figure.
            let next = i + 1;
            let figure = self.is_punct(next, '%')
                || self.has(next, fl::PERCENT | fl::FRACTION_OF)
                || self.cls(next) == Class::Client
                || self.unit(next) == Unit::Client
                || self.unit(next) == Unit::Result;
            return figure.then_some(Role::Figure);
        }
        if self.has(i, fl::FIGURE) || self.has(i, fl::AANTAL) {
            return Some(Role::Figure);
        }
        if self.has(i, fl::PROVIDER) {
            return Some(Role::Provider);
        }
        if self.has(i, fl::BUYER) {
            return Some(Role::Buyer);
        }
        if self.has(i, fl::EMPLOYER) {
            // Employers are served too (a match, a placement): like clients.
            return Some(Role::Client);
        }
        let w = self.w(i);
        if SERVICE_WORDS.contains(&w) {
            return Some(Role::Service);
        }
        Some(match self.cls(i) {
            Class::Client => Role::Client,
            _ if self.unit(i) == Unit::Client => Role::Client,
            Class::Staff => Role::Staff,
            Class::Means | Class::Method => Role::Means,
            Class::MeansGeneric => Role::Service,
            Class::Result | Class::Problem | Class::Measure | Class::Level => Role::Figure,
            Class::Process => Role::Process,
            Class::Cost | Class::InputCost | Class::OutcomeCost => Role::Cost,
            Class::Place | Class::Schedule => Role::PlaceTime,
            _ => return None,
        })
    }

    /// Whether token `k` after an opening "To" is the verb of a purpose ("To help ...", "To
    /// reduce ...", "To halve ..."): a word that is no article, determiner, number or
    /// preposition, and not "be" (a condition: "To be eligible, ...") or "date".
    fn english_purpose_verb(&self, k: usize) -> bool {
        matches!(self.tokens.get(k).map(|t| t.kind), Some(TokKind::Word))
            && !self.has(k, fl::ARTICLE | fl::DETERMINER | fl::EACH | fl::PREP | fl::QUANTITY_MODIFIER)
            && !matches!(self.w(k), "be" | "date" | "this" | "that" | "what" | "whom")
    }

    /// The first purpose marker after the start of the main clause: "zodat", "opdat",
    /// "met als doel", "gericht op", "so that", "in order to", "om ... te".
    fn purpose_marker(&self, start: usize) -> Option<usize> {
        let n = self.n();
        (start + 1..n).find(|&i| {
            if self.has(i, fl::OM) {
                // Not the content of a noun of possibility ("de mogelijkheden om te verhuizen").
                return !POSSIBILITY_NOUNS.contains(&self.w(i - 1))
                    && (i + 1..n.min(i + 12)).any(|k| self.has(k, fl::TE));
            }
            // "neemt ze zo weg dat de deelnemer werkt": "dat" after "zo".
            if self.has(i, fl::RELATIVE) && (i.saturating_sub(4)..i).any(|k| self.has(k, fl::SO)) {
                return true;
            }
            if self.cls(i) != Class::Purpose || RESULT_VERBS.contains(&self.w(i)) {
                return false;
            }
            // Only the first word of a phrase, and not a bare noun ("doel", "goal").
            let first = i == 0 || self.cls(i - 1) != Class::Purpose;
            let noun = self.info[i].hit.is_some_and(|h| h.entry.class == Class::Purpose && h.entry.weight < 0.6);
            first && !noun
        })
    }

    /// Whether a quantity at token `i` measures what the subject reaches: the client does it
    /// (not receives it) in the main clause, or the subject is a figure.
    pub(super) fn quantity_of_subject(&self, fr: &Frame, i: usize) -> bool {
        if fr.in_means_part(i) {
            return false;
        }
        if fr.done_to {
            return false; // "worden elke twee maanden gebeld": what is done to them
        }
        let reaches = self.func_after.get(fr.start).copied().unwrap_or(false);
        reaches && !fr.attends && (fr.subject == Role::Figure || (fr.subject == Role::Client && !fr.provision))
    }

    /// The provider (or its staff) as subject, doing something without answering for a
    /// result: no "zorgt dat", no figure that changes.
    pub(super) fn provider_acts_plainly(&self) -> bool {
        matches!(self.frame.subject, Role::Provider | Role::Staff) && !self.provider_answers()
    }

    /// The provider answers for a result: "zorgt dat", "realiseert", a figure that changes in
    /// the main clause.
    pub(super) fn provider_answers(&self) -> bool {
        self.frame.ensure || self.frame.changes
    }

    /// Weighs the signals by the structure (after the context rules).
    pub(super) fn apply_frame(&mut self, fr: &Frame, fl_: &Flags) {
        let n = self.n();
        let main_end = match fr.end {
            Some((a, _)) if a > fr.start => a,
            _ => n,
        };
        let generic = |a: &Analyser, r: &Raw| {
            r.kind == K::PrescribedMeans && (r.t0..r.t1).all(|k| a.cls(k) == Class::MeansGeneric)
        };
        // A measurable target: a share, a percentage, a score.
        let target = self.raws.iter().any(|r| r.kind == K::Measure && r.weight >= 0.7);
        let about_client = matches!(fr.subject, Role::Figure | Role::Client) || fr.ensure;
        // The provider doing something, without answering for a result: what it offers or
        // measures is a means ("biedt werkervaring", "neemt de vragenlijst af").
        let changes = fr.changes;
        // "biedt in 90% van de gevallen binnen tien werkdagen een afspraak aan": a share of the
        // provider's own acts is a norm on its process, not a target for the clients.
        let case_share = self.raws.iter().any(|r| r.kind == K::Measure && self.share_of_cases(r.t1));
        let provider_acts =
            fr.subject == Role::Provider && !fr.ensure && (!target || case_share) && !changes && !fl_.cost;
        // "De deelnemer werkt drie maanden in het leerwerkbedrijf": work at a set place or in
        // a set means is the means itself.
        let set_place = self.raws.iter().any(|r| {
            r.t0 >= fr.start
                && r.t0 < main_end
                && r.weight >= 0.8
                && matches!(r.kind, K::PlaceOrTime | K::PrescribedMeans | K::NamedMethod)
        });
        let input_cost = self.raws.iter().any(|r| r.kind == K::InputCostUnit);
        // How strongly the end part names a result: a purpose with only a weak one ("zodat
        // bij uitval niet het hele traject wordt betaald") counts less.
        let end_strength = self
            .raws
            .iter()
            .filter(|r| fr.in_end(r.t0) && matches!(r.kind, K::Result | K::Level | K::Measure))
            .fold(0.0f32, |m, r| m.max(r.weight));
        // Where method names end (few per sentence).
        let method_ends: Vec<usize> =
            self.raws.iter().filter(|r| r.kind == K::NamedMethod).map(|r| r.t1).take(4).collect();
        // "bestaat uit", "omvat", "consists of": what follows are the parts of the service.
        let consists = fr.consists_at;
        // A client's ability ("kan", "is able to") right after the subject.
        // After a phrase that says which clients ("Inburgeraars op de Z-route kunnen ...").
        let verb_at = self.after_subject_scope(fr).max(fr.subject_at + 3);
        let able_at = (fr.subject == Role::Client)
            .then(|| {
                self.raws
                    .iter()
                    .find(|r| r.kind == K::TargetGroupOutcome && r.weight >= 0.6 && r.t0 <= verb_at)
                    .map(|r| r.t0)
            })
            .flatten();
        // "Plaatsingen worden gemeld ...": a result that is only reported on.
        let processed = fr.subject == Role::Figure
            && !target
            && self.raws.iter().any(|r| {
                r.kind == K::ProcessCondition
                    && r.weight >= 0.6
                    && r.t0 > fr.subject_at
                    && !self.scope_of_subject(fr, r.t0)
                    && !self.is_instrument(r.t0)
            });
        // "ook als zij met het openbaar vervoer moeten reizen", "even if they need an
        // interpreter": a condition under which the rest holds, not a means prescribed.
        let concessive = self.concessive_clause();
        // "even vaak ... als andere kinderen": the reference group is no means.
        let reference = self.parity().map(|(_, close, end)| (close, end));
        let in_condition = |t0: usize| concessive.is_some_and(|(a, b)| a < t0 && t0 < b);
        let mut raws = std::mem::take(&mut self.raws);
        for r in raws.iter_mut() {
            // The subject's own clause: before the end part, or the end part itself when a
            // means opens the sentence ("Met een huiskamer ... daalt het percentage ...").
            let main = if fr.opened_with_means {
                fr.in_end(r.t0)
            } else {
                r.t0 < main_end && r.t0 >= fr.start && !fr.in_end(r.t0)
            };
            if r.kind.is_functional() {
                if r.kind == K::Purpose && fr.end.is_some() && end_strength < 0.5 {
                    r.weight *= 0.5;
                    continue;
                }
                if r.kind == K::ProviderFreedom && fl_.cost && (r.t0..r.t1).any(|k| self.unit(k) == Unit::Result) {
                    // "zodat niet het hele traject wordt betaald": the scope of a price, not
                    // room for the provider.
                    r.weight *= 0.25;
                    continue;
                }
                if r.kind == K::Level && method_ends.iter().any(|&e| e <= r.t0 && r.t0 <= e + 2) {
                    // "volgens het programma Triple P, niveau 4": the level of the method.
                    r.weight *= 0.2;
                    continue;
                }
                if r.kind == K::Measure && (self.share_of_travel(r.t1) || self.travel_word(r.t0)) {
                    // Round 30: "voor min. 80% van de kilometers elektrisch of per fiets": a
                    // norm on how the provider travels, an input.
                    r.kind = K::InputQuantity;
                    r.weight = r.weight.min(0.8);
                    continue;
                }
                if r.kind == K::Measure && self.share_of_staff(r.t1) {
                    // "Minimaal de helft van de klantmanagers heeft ...": a norm on the staff.
                    r.kind = K::StaffQualification;
                    r.weight = r.weight.min(0.8);
                    continue;
                }
                if in_condition(r.t0) {
                    // "zolang de werknemer minder dan het minimumloon kan verdienen".
                    r.weight *= 0.3;
                    continue;
                }
                if r.kind == K::Measure && fr.subject == Role::Client && self.scope_of_subject(fr, r.t0) {
                    // "Gezinnen met een inkomen tot 120% van het sociaal minimum ontvangen ...":
                    // which clients receive it, not a target.
                    r.weight *= 0.3;
                    continue;
                }
                if r.kind == K::Result && self.topic_of_opening(fr, r.t0) {
                    // "Alle gegevens over de gezondheid van deelnemers worden ...": what the
                    // subject is about, not a result.
                    r.weight *= 0.35;
                    continue;
                }
                if r.kind == K::Result && self.in_agent_phrase(r.t0, r.t1) {
                    // "door een onafhankelijk bureau": who does it, not a result.
                    r.weight *= 0.2;
                    continue;
                }
                if matches!(r.kind, K::Result | K::Level) && self.describes_client(r.t0) && !target {
                    // "jongeren zonder startkwalificatie", "huishoudens met een laag inkomen":
                    // which clients, not a result asked.
                    r.weight *= 0.3;
                    continue;
                }
                if r.kind == K::Result
                    && fr.opened_with_means
                    && fr.in_means_part(r.t0)
                    && (r.t0..r.t1).all(|k| matches!(self.cls(k), Class::Result | Class::None))
                {
                    // "Through a paid work trial ..., half of the participants obtain ...",
                    // "Via vrijwilligerswerk vinden ...": what the opening phrase names is the
                    // means to the result of the main clause.
                    r.kind = K::PrescribedMeans;
                    r.weight = r.weight.min(0.6);
                    continue;
                }
                if !main {
                    continue;
                }
                if r.kind == K::OutcomeCostUnit && fr.subject == Role::Cost && r.t0 <= fr.subject_at + 3 && input_cost {
                    // "De prijs per traject bestaat uit uren tegen een uurtarief".
                    r.weight *= 0.4;
                    continue;
                }
                if r.kind == K::Measure && provider_acts {
                    r.kind = K::ProcessCondition;
                    continue;
                }
                if r.kind == K::Measure
                    && matches!(self.w(r.t0), "aantal" | "number" | "percentage")
                    && fr.subject == Role::Provider
                    && self.reported_on(r.t0)
                {
                    // Round 33: "levert een overzicht aan van het aantal plaatsingen": the
                    // figure a report gives is the report's content, no target.
                    r.kind = K::ProcessCondition;
                    r.weight = 0.5;
                    continue;
                }
                if r.kind == K::Level && fr.done_to && !target {
                    // "get their diplomas assessed by the provider".
                    r.weight *= 0.35;
                    continue;
                }
                if r.kind == K::Level && self.scope_of_subject(fr, r.t0) {
                    // "Jongeren zonder startkwalificatie worden gebeld".
                    r.weight *= 0.3;
                    continue;
                }
                if r.kind == K::Level && fr.subject == Role::Staff {
                    // "De praktijkopleider heeft een diploma op mbo-niveau 4".
                    r.kind = K::StaffQualification;
                    r.weight = r.weight.max(0.8);
                    continue;
                }
                if r.kind != K::Result {
                    continue;
                }
                if !target && consists.is_some_and(|c| r.t0 > c) {
                    // "bestaat uit vrijwilligerswerk, cursussen en ...": components of the service.
                    r.weight *= 0.35;
                    continue;
                }
                if fr.subject == Role::Client && fr.provision && !target && !fr.ensure {
                    // "volgen het traject met taal en werk", "krijgen werkervaring": what the
                    // client receives is the service, not a result.
                    r.weight *= 0.35;
                    continue;
                }
                if set_place && r.t1 == r.t0 + 1 && self.has(r.t0, fl::WORK_VERB) {
                    r.weight *= 0.4;
                    continue;
                }
                if self.named_instrument(r.t0) {
                    // "de vragenlijst ervaren gezondheid": the name of a form filled in.
                    r.weight *= 0.3;
                    continue;
                }
                if self.attends_means(r.t1) {
                    // "neemt deel aan een training", "take part in a sports programme".
                    r.weight *= 0.3;
                    continue;
                }
                // What the provider offers, staff have, or a report is about is no result asked.
                // A passive of payment ("wordt beloond naar ...") is no activity done to a
                // client.
                let done_to_client = fr.done_to && matches!(fr.subject, Role::Client | Role::Figure | Role::Unknown);
                let offered = provider_acts || (done_to_client && !target && !changes);
                if offered
                    || processed
                    || matches!(fr.subject, Role::Staff | Role::Process)
                    || self.reported_on(r.t0)
                    || self.scope_of_subject(fr, r.t0)
                {
                    r.weight *= 0.35;
                }
                continue;
            }
            if in_condition(r.t0)
                || fr.partitive.is_some_and(|(a, b)| a <= r.t0 && r.t0 < b)
                || reference.is_some_and(|(a, b)| a < r.t0 && r.t0 < b)
                || (r.kind == K::PrescribedMeans && (self.origin_of_result(r.t0) || self.dropped_out_of(r.t0)))
            {
                // The circumstances, or which ones a share is of ("Van de deelnemers die
                // jobcoaching krijgen, ...").
                r.weight *= 0.3;
            }
            if target && matches!(r.kind, K::PrescribedMeans | K::ProcessCondition) && self.rated_object(r.t0) {
                // "beoordelen de samenwerking met minimaal een 7": what is rated, not a means.
                r.weight *= 0.25;
            }
            if generic(self, r) && (target || matches!(fr.subject, Role::Service | Role::Figure)) {
                r.weight *= 0.3;
            }
            if fr.subject == Role::Service && r.t0 == fr.subject_at {
                // "Het project draagt bij aan ...", "The programme leads to ...": the service
                // being bought, not a means prescribed.
                r.weight *= 0.3;
            }
            if r.kind == K::PrescribedMeans && fr.subject == Role::Client && fr.provision && !target && generic(self, r)
            {
                // "krijgen een gesprek": what the client receives is the service prescribed.
                r.weight = r.weight.max(0.6);
            }

            if main && self.scope_of_subject(fr, r.t0) {
                // "Deelnemers in de Z-route ...", "Young parents in the programme ...".
                r.weight *= 0.3;
            }
            if able_at.is_some_and(|a| r.t0 > a)
                && main
                && r.kind == K::PrescribedMeans
                && r.t1 == r.t0 + 1
                && r.t0 > 0
                && !self.has(r.t0 - 1, fl::ARTICLE | fl::DETERMINER | fl::EACH | fl::PREP)
                && !self.is_number(r.t0 - 1)
                && !matches!(self.tokens.get(r.t1).map(|t| t.kind), Some(TokKind::Word))
                && self.w(r.t0).ends_with("en")
            {
                // "kunnen ... hun post lezen": a verb at the end of the clause under the
                // client's "kunnen" is what they can do, not lessons prescribed.
                r.kind = K::TargetGroupOutcome;
                r.weight = 0.6;
                continue;
            }
            if able_at.is_some_and(|a| r.t0 > a) && r.weight < 0.8 && main {
                // "Newcomers can find their way in the healthcare system": what the client
                // can handle is no means prescribed.
                r.weight *= 0.5;
            }
            if r.kind == K::PlaceOrTime
                && fr.subject == Role::Client
                && !fr.done_to
                && !fr.provision
                && (r.t0..r.t1).any(|k| self.has(k, fl::HOME))
            {
                // "zelfstandig thuis wonen", "activities outside the home": the client's life,
                // not a place of delivery ("worden thuis bezocht").
                r.weight *= 0.2;
            }
            if r.kind == K::ProcessCondition
                && fr.subject == Role::Client
                && !fr.done_to
                && main
                && r.t0 == self.after_subject_scope(fr)
                && self.negated_in_clause(r.t1)
            {
                // "melden zich binnen twee jaar niet opnieuw": what the clients no longer do.
                r.weight *= 0.3;
            }
            if r.kind == K::ProcessCondition && fr.subject == Role::Client && r.weight < 0.5 {
                // "Participants report better health": they say so.
                r.weight *= 0.3;
            }
            if r.kind == K::PlaceOrTime
                && fr.subject == Role::Client
                && !fr.done_to
                && r.t1 == r.t0 + 1
                && self.has(self.after_subject_scope(fr), fl::HAVE)
                && self.participle_form(r.t0)
                && !matches!(self.tokens.get(r.t1).map(|t| t.kind), Some(TokKind::Word))
            {
                // "Jongeren hebben ... een bankrekening geopend": the client's own act, in
                // the perfect, not opening hours.
                r.weight *= 0.2;
            }
            if r.kind == K::PlaceOrTime && self.scopes_noun(r.t0) {
                // "de daling van het aantal bijstandsuitkeringen in de wijk": which ones.
                r.weight *= 0.3;
            }
            if main && fr.subject == Role::Figure && matches!(r.kind, K::PlaceOrTime | K::PrescribedMeans) {
                // "het aantal jongeren in de wijk", "young people not in training": scope.
                r.weight *= 0.4;
            }
            if main && target && about_client && r.kind == K::PlaceOrTime {
                r.weight *= 0.6;
            }
        }
        self.raws = raws;
        // "vallen na deelname aan het programma minder vaak", "hebben na afronding van de
        // cursus vaker werk", "after completing the course, ...": with a target for the
        // clients or a figure, the service named as the moment after which it is measured is
        // no means prescribed.
        if matches!(fr.subject, Role::Client | Role::Figure) && target {
            for j in 0..self.raws.len() {
                let r = self.raws[j];
                if r.kind == K::PrescribedMeans && self.after_taking_part(r.t0) {
                    if let Some(x) = self.raws.get_mut(j) {
                        x.weight *= 0.3;
                    }
                }
            }
        }
        // "Iedere deelnemer heeft na het traject ...", "Deelnemers voeren na een jaar een
        // gesprek in het Nederlands": what the client does or has once the service is over.
        if fr.subject == Role::Client {
            let after = (fr.start..main_end).any(|k| self.has(k, fl::AFTER_TIME) && self.ends_service(k + 1));
            let from = self.after_subject_scope(fr);
            let verb = (from..main_end.min(from + 4)).find(|&k| {
                !fr.done_to
                    && !self.in_prep_phrase(k, fr.subject_at)
                    && !self.has(k, fl::PREP | fl::ARTICLE | fl::RELATIVE)
                    && matches!(self.tokens.get(k).map(|t| t.kind), Some(TokKind::Word))
                    && !self.used(k)
            });
            if after && !fr.done_to && !fr.provision {
                // "Laaggeletterde volwassenen lezen na het traject zelfstandig hun post": a skill
                // the client uses once the service is over, not lessons prescribed. Also after
                // a description of the clients ("Ouders met een taalachterstand lezen ..."): a
                // means word without an article, a preposition or a number before it is a verb.
                let from = self.after_subject_scope(fr);
                let subject_at = fr.subject_at;
                let bare = |a: &Analyser, r: &Raw| {
                    r.kind == K::PrescribedMeans
                        && r.t1 == r.t0 + 1
                        && (r.t0 == from
                            || (r.t0 > subject_at
                                && r.t0 <= subject_at + 5
                                && !a.has(r.t0 - 1, fl::ARTICLE | fl::DETERMINER | fl::EACH | fl::PREP)
                                && !a.is_number(r.t0 - 1)
                                && !a.is_clause_break(r.t0 - 1)))
                };
                let at = self.raws.iter().position(|r| bare(self, r));
                if let Some(r) = at.and_then(|k| self.raws.get_mut(k)) {
                    r.kind = K::TargetGroupOutcome;
                    r.weight = 0.6;
                }
                // "lezen minstens een keer per week voor": how often the client does it then.
                // Not after a label of input ("...; Inzet: jobcoaching van 10 uur per maand").
                let main_end_ = self.input_from().map_or(main_end, |f| main_end.min(f));
                for k in 0..self.raws.len() {
                    let r = self.raws[k];
                    if r.kind == K::InputQuantity
                        && r.t0 < main_end_
                        && (r.t0..r.t1).any(|j| self.has(j, fl::TIME_PER))
                        && !(r.t0..r.t1).any(|j| self.cls(j) == Class::Means)
                    {
                        if let Some(x) = self.raws.get_mut(k) {
                            x.kind = K::Measure;
                            x.weight = 0.6;
                        }
                    }
                }
            }
            if let Some(v) = verb.filter(|_| after) {
                let receives = self.has(v, fl::RECEIVE) || self.cls(v) == Class::Provision;
                if !receives && (self.has(v, fl::STATE_VERB) || self.cls(v) == Class::None) {
                    self.push(v, v + 1, K::TargetGroupOutcome, 0.6);
                }
            }
        }
        self.structural_prior(fr, main_end);
    }

    /// Where the words say little, the structure says something: a client who does or has
    /// something leans functional, a provider that does something or a client to whom
    /// something is done leans technical. Weak signals on the main verb.
    fn structural_prior(&mut self, fr: &Frame, main_end: usize) {
        let strong = |a: &Analyser, functional: bool| {
            a.raws.iter().any(|r| {
                r.kind.is_functional() == functional && r.weight >= 0.5 && r.t0 < main_end && r.t0 >= fr.main_from
            })
        };
        let from = self.after_subject_scope(fr);
        if fr.subject == Role::Client
            && fr.subject_at == fr.start + 1
            && self.has(fr.start, fl::LESS | fl::COMPARATIVE)
            && !self.used(fr.start)
            && !strong(self, true)
        {
            // "Minder jongeren komen opnieuw in beeld", "More residents ...": a count of
            // clients that changes.
            self.push(fr.start, fr.start + 1, K::Measure, 0.6);
        }
        // "zodat meer inwoners een toeslag aanvragen", "vallen minder deelnemers terug": the
        // same count as the subject of an end part or after an inverted verb.
        for p in fr.start..self.n() {
            if !self.comparative_count(p) || self.used(p) {
                continue;
            }
            // Right after the marker: "zodat meer ...", "so that fewer ...".
            let opens_end = fr.end.is_some_and(|(a, _)| {
                a < p && (a + 1..p).all(|k| self.has(k, fl::THAT) || self.cls(k) == Class::Purpose)
            });
            if !opens_end && p + 1 != fr.subject_at {
                continue;
            }
            let in_end = fr.in_end(p);
            let known = self.raws.iter().any(|r| {
                r.kind.is_functional() && r.kind != K::Purpose && r.weight >= 0.5 && fr.in_end(r.t0) == in_end
            });
            if !known {
                self.push(p, p + 1, K::Measure, 0.6);
            }
        }
        // "zodat werkgevers hun vacatures met inwoners uit de regio vervullen", "so that they
        // can arrange their own affairs": the people the service is for, as the subject of the
        // end part, with no result word the lexicon knows. What they do there is the result.
        // Only after a specific means of weight that is not the subject: after a clause that
        // only says when or where ("The lessons take place on weekday mornings so that parents
        // can ...") the clause gives the reason for the time or the place; after a weak means
        // it would make the sentence functional, not mixed.
        if let Some((a, b)) = fr.end.filter(|&(a, _)| a > fr.start) {
            let clients_named = (0..self.n()).any(|k| self.cls(k) == Class::Client || self.unit(k) == Unit::Client);
            let known = self
                .raws
                .iter()
                .any(|r| r.kind.is_functional() && r.kind != K::Purpose && r.weight >= PART_MIN && fr.in_end(r.t0));
            // A means of weight, other than a time, a place or the subject itself ("The
            // lessons take place ...": the service as the subject, up to its head).
            let person = matches!(fr.subject, Role::Client | Role::Provider | Role::Staff | Role::Buyer);
            let means = self.raws.iter().any(|r| {
                !r.kind.is_functional()
                    && r.kind != K::PlaceOrTime
                    && r.weight >= PART_MIN
                    && fr.in_means_part(r.t0)
                    && (person || r.t0 > fr.subject_at)
            });
            let actor = (a + 1..b.min(a + 6)).find(|&p| self.purpose_actor(p, clients_named));
            if let Some(p) = actor.filter(|_| means && !known && !self.spared_travel(a, b)) {
                let e = self.unclaimed_clause_end(p, b);
                self.push(p, e, K::Result, 0.6);
            }
        }
        self.ensured_clause(fr);
        self.none_of_clients(fr, main_end);
        if self.has(from, fl::RELATIVE) || self.has(fr.subject_at.saturating_sub(1), fl::LESS) {
            return; // the main verb is not where it is looked for; "Fewer households ..."
        }
        let is_verb = |a: &Analyser, k: usize| {
            matches!(a.tokens.get(k).map(|t| t.kind), Some(TokKind::Word))
                && !a.has(k, fl::PREP | fl::ARTICLE | fl::OBLIGATION | fl::MODAL | fl::DETERMINER)
                && !matches!(a.cls(k), Class::Client | Class::Problem | Class::Result | Class::Means | Class::Staff)
        };
        // "Bij de afronding vult de deelnemer ... in": the verb before an inverted subject.
        let inverted = fr.subject_at > fr.start + 1
            && fr
                .subject_at
                .checked_sub(2)
                .is_some_and(|b| self.has(b + 1, fl::ARTICLE | fl::EACH) && is_verb(self, b))
            && !self.has(fr.start, fl::ARTICLE | fl::DETERMINER | fl::EACH);
        let verb =
            if inverted { Some(fr.subject_at - 2) } else { (from..main_end.min(from + 3)).find(|&k| is_verb(self, k)) };
        let Some(v) = verb else { return };
        if fr.done_to && matches!(fr.subject, Role::Client | Role::Figure | Role::Unknown) {
            if !strong(self, true) {
                // "Aanvragen worden binnen acht weken afgehandeld", "are coached".
                self.push(v, v + 1, K::ProviderActivity, 0.35);
            }
            return;
        }
        if fr.subject == Role::Figure {
            // "Het aantal ... blijft gelijk": the verb of the figure is its target.
            if let Some(g) = (fr.subject_at + 1..main_end).find(|&k| self.has(k, fl::FIGURE_VERB) && !self.used(k)) {
                self.push(g, g + 1, K::Measure, 0.6);
            }
        }
        match fr.subject {
            Role::Client if !fr.provision && !self.has(v, fl::PASSIVE) && !strong(self, false) => {
                // "Werkgevers vullen vacatures ...", "Deelnemers solliciteren zelfstandig".
                self.push(v, v + 1, K::TargetGroupOutcome, 0.35);
            }
            Role::Provider if fr.ensure && !strong(self, true) => {
                // "De opdrachtnemer realiseert voor 20 deelnemers een plek ...": a verb of
                // reaching itself (not "garandeert dat ...", whose clause decides).
                if let Some(e) =
                    (fr.start..main_end).find(|&k| self.has(k, fl::ENSURE) && !self.has(k, fl::ENSURE_THAT))
                {
                    self.push(e, e + 1, K::Result, 0.5);
                }
            }
            Role::Provider | Role::Staff
                if self.provider_acts_plainly() && !strong(self, true) && !strong(self, false) =>
            {
                // "De opdrachtnemer onderhoudt een netwerk met werkgevers". In the means part of
                // a sentence with an end part ("Om te bereiken dat ..., belt een medewerker
                // elke nieuwe klant"), the act is the means that end is reached by.
                let chooses = matches!(self.w(v), "kiest" | "kiezen" | "bepaalt" | "bepalen" | "chooses" | "decides")
                    || self.raws.iter().any(|r| r.kind == K::ProviderFreedom);
                let w = if fr.end.is_some() && !chooses { 0.5 } else { 0.35 };
                self.push(v, v + 1, K::ProviderActivity, w);
            }
            _ => {}
        }
    }

    /// "zorgt ervoor dat deelnemers na zes maanden niet meer gokken", "ensures that clients
    /// ...": the provider answers for what the people it serves do in the clause after
    /// "dat"/"that", whatever the verb. With no result word the lexicon knows there, that
    /// clause is the result (the weight of a target, so that a means of weight before it
    /// makes the sentence mixed, and none leaves it functional). Only with the provider as
    /// the subject and a client, an employer or their possessive right after "dat": "zorgt
    /// ervoor dat de rapportage ..." or "ensures that the sessions ..." stays a process or a
    /// means.
    fn ensured_clause(&mut self, fr: &Frame) {
        if !fr.ensure || fr.subject != Role::Provider {
            return;
        }
        let n = self.n();
        let Some(that) = self.ensured_that(fr.main_from) else { return };
        let known = self
            .raws
            .iter()
            .any(|r| r.kind.is_functional() && r.kind != K::Purpose && r.weight >= PART_MIN && r.t0 > that);
        if known {
            return;
        }
        let Some(p) = self.ensured_actor(that) else { return };
        let mut e = p + 1;
        while e < n && !self.is_clause_break(e) && !self.is_punct(e, '.') {
            e += 1;
        }
        // What they receive, attend or have is a service or its staff ("dat deelnemers een
        // training volgen", "een vaste contactpersoon hebben"): no result.
        if (p + 1..e).any(|k| {
            self.has(k, fl::RECEIVE | fl::HAVE) || self.cls(k) == Class::Provision || self.cls(k) == Class::Staff
        }) {
            return;
        }
        // A means word in their clause is what they do or reach ("hun opleiding afmaken"),
        // not a means prescribed to the provider; a time or a place there stays.
        self.raws.retain(|r| !(r.t0 >= p && r.t1 <= e && r.kind == K::PrescribedMeans));
        for x in self.info.get_mut(p..e).into_iter().flatten() {
            x.used = false;
        }
        for j in 0..self.raws.len() {
            let r = self.raws[j];
            if r.t0 >= p && r.t1 <= e {
                self.claim(r.t0, r.t1);
            }
        }
        if let Some(s) = (p..e).find(|&k| !self.used(k)) {
            let t = (s..e).take_while(|&k| !self.used(k)).last().map_or(s + 1, |k| k + 1);
            self.push(s, t, K::Result, 0.75);
        }
    }

    /// The "dat"/"that" after "zorgt ervoor", "garandeert", "ensures" (from `from` on), when
    /// one of the people served is the subject right after it (see `ensured_actor`).
    fn ensured_that(&self, from: usize) -> Option<usize> {
        let n = self.n();
        let k = (from..n).find(|&k| self.has(k, fl::ENSURE_THAT))?;
        let that = (k + 1..n.min(k + 5)).find(|&d| self.has(d, fl::THAT))?;
        self.ensured_actor(that).map(|_| that)
    }

    /// Where the unclaimed rest of a clause from `from` ends (before `limit`): at the first
    /// token a signal already uses, a clause break or a full stop.
    pub(super) fn unclaimed_clause_end(&self, from: usize, limit: usize) -> usize {
        (from..limit)
            .find(|&e| self.used(e) || self.is_clause_break(e) || self.is_punct(e, '.'))
            .unwrap_or(limit.max(from))
    }

    /// A client or an employer as the subject right after `that`: after an article, a
    /// possessive or an adjective ("dat oudere inwoners ..."), not after a verb.
    pub(super) fn ensured_actor(&self, that: usize) -> Option<usize> {
        let n = self.n();
        (that + 1..n.min(that + 4))
            .take_while(|&k| !self.is_clause_break(k) && !self.verbish(k))
            .find(|&p| self.cls(p) == Class::Client || self.unit(p) == Unit::Client || self.has(p, fl::EMPLOYER))
    }

    /// "Geen kind in de gemeente mist een schoolreis ...", "Geen meisje blijft thuis van
    /// school ...", "No tenant is evicted ...": "geen"/"no" with a client as the subject of
    /// the main clause is a count of clients brought to zero, a target as "geen enkele" is.
    /// What they lack or do there is the result: a means word in that clause ("een laptop")
    /// is not prescribed to the provider. Not when the verb has them receive, attend or have
    /// something ("Geen deelnemer krijgt meer dan twee gesprekken per week": a limit on
    /// input) or the clause holds staff.
    fn none_of_clients(&mut self, fr: &Frame, main_end: usize) {
        let n = self.n();
        let at = fr.start;
        if fr.subject != Role::Client
            || !matches!(self.w(at), "geen" | "no")
            || !(at + 1..=at + 2).contains(&fr.subject_at)
            || self.used(at)
        {
            return;
        }
        // The main clause: from the subject to a subordinate clause ("omdat ...", "die ...",
        // "because ...") or the end; commas inside may separate a list.
        let end = (fr.subject_at + 1..main_end)
            .find(|&k| {
                self.has(k, fl::SUBORDINATOR | fl::RELATIVE)
                    || matches!(self.w(k), "omdat" | "doordat" | "because" | "since")
                    || self.is_punct(k, ';')
                    || self.is_punct(k, '.')
            })
            .unwrap_or(main_end.min(n));
        if (fr.subject_at + 1..end).any(|k| {
            self.has(k, fl::RECEIVE | fl::HAVE | fl::PROVIDE | fl::DEPLOY)
                || matches!(self.cls(k), Class::Provision | Class::Staff | Class::Qualification)
        }) {
            return;
        }
        self.raws.retain(|r| !(r.t0 > fr.subject_at && r.t1 <= end && r.kind == K::PrescribedMeans));
        for k in fr.subject_at + 1..end {
            let claimed = self.raws.iter().any(|r| r.t0 <= k && k < r.t1);
            if let Some(x) = self.info.get_mut(k) {
                x.used = claimed;
            }
        }
        self.push(at, fr.subject_at + 1, K::Measure, 0.7);
    }

    /// "niet", "not", "no longer" within a few words after `from`, before a clause break.
    fn negated_in_clause(&self, from: usize) -> bool {
        (from..self.n().min(from + 6))
            .take_while(|&k| !self.is_clause_break(k))
            .any(|k| matches!(self.w(k), "niet" | "not" | "never" | "nooit") || self.has(k, fl::NEGATION))
    }

    /// A share followed by "van de gevallen", "of cases": how often something happens, not
    /// how many clients reach something.
    fn share_of_cases(&self, end: usize) -> bool {
        (end..self.n().min(end + 4))
            .take_while(|&k| !self.is_clause_break(k))
            .any(|k| matches!(self.lemma(k), "geval" | "gevallen" | "case" | "cases"))
    }

    /// The word a share is of: after "van (de)", "of (the)" following the share ending at
    /// `end` ("half of the coaches"; the share's phrase may hold its "of" already). `None`
    /// when no "van"/"of" follows.
    pub(super) fn share_of_word(&self, end: usize) -> Option<usize> {
        let mut k = if self.has(end, fl::FRACTION_OF) {
            end + 1
        } else if end > 0 && self.has(end - 1, fl::FRACTION_OF) {
            end
        } else {
            return None;
        };
        while k < self.n() && k < end + 4 && self.has(k, fl::ARTICLE | fl::DETERMINER) {
            k += 1;
        }
        Some(k)
    }

    /// A share followed by "van de klantmanagers", "of our coaches": a share of the staff.
    fn share_of_staff(&self, end: usize) -> bool {
        self.share_of_word(end).is_some_and(|k| self.cls(k) == Class::Staff)
    }

    /// Round 30: kilometres, miles or trips travelled ("kilometers", "km", "miles").
    fn travel_word(&self, i: usize) -> bool {
        matches!(self.w(i), "kilometers" | "kilometer" | "km" | "kilometres" | "miles" | "mileage")
    }

    /// Round 33: an end part that spares the people served a journey ("zodat deelnemers ...
    /// niet naar het vasteland hoeven te reizen", "so that clients need not travel to ..."):
    /// convenience of access to the service, no result of theirs.
    fn spared_travel(&self, a: usize, b: usize) -> bool {
        let travel = (a..b).any(|k| matches!(self.w(k), "reizen" | "reist" | "travel" | "commute" | "pendelen"));
        travel && (a..b).any(|k| self.has(k, fl::NEGATION))
    }

    /// Round 30: a share followed by "van de kilometers", "of the miles": a share of the
    /// travelling done, as [`Analyser::share_of_staff`] is of the staff.
    fn share_of_travel(&self, end: usize) -> bool {
        self.share_of_word(end).is_some_and(|k| self.travel_word(k))
    }

    /// A Dutch or English past participle by its form: "geopend", "geregeld", "opened".
    fn participle_form(&self, i: usize) -> bool {
        let w = self.w(i);
        w.len() > 4 && ((w.starts_with("ge") && (w.ends_with('d') || w.ends_with('t'))) || w.ends_with("ed"))
    }

    /// A means named as where a result or the clients come from: "new hires from the
    /// programme", "deelnemers uit het project".
    fn origin_of_result(&self, i: usize) -> bool {
        let Some(p) = self.preceded_by(i, fl::FRACTION_OF | fl::LOCATIVE) else { return false };
        if !matches!(self.w(p), "from" | "uit" | "of" | "van" | "vanuit") || p == 0 {
            return false;
        }
        let q = p - 1;
        matches!(self.cls(q), Class::Result | Class::Client) || self.unit(q) == Unit::Client
    }

    /// A means that clients drop out of: "vallen in het eerste jaar uit hun opleiding",
    /// "drop out of school": where a figure is counted, not a means prescribed.
    fn dropped_out_of(&self, i: usize) -> bool {
        let Some(p) = (i.saturating_sub(3)..i).rev().find(|&k| matches!(self.w(k), "uit" | "of")) else {
            return false;
        };
        let between = (p + 1..i).all(|k| {
            self.has(k, fl::PRECEDE_SKIP | fl::DETERMINER)
                || matches!(self.w(k), "hun" | "zijn" | "haar" | "their" | "his" | "her")
        });
        if !between {
            return false;
        }
        let dutch = self.w(p) == "uit"
            && (p.saturating_sub(8)..p)
                .rev()
                .take_while(|&k| !self.is_clause_break(k))
                .any(|k| matches!(self.w(k), "valt" | "vallen" | "viel" | "vielen" | "uitvallen" | "uitgevallen"));
        let english = self.w(p) == "of" && p >= 2 && self.w(p - 1) == "out" && self.lemma(p - 2).starts_with("drop");
        dutch || english
    }

    /// A result word in an "over"/"about" phrase after the noun that opens the sentence:
    /// "Alle gegevens over de gezondheid ...", "Data about the health of clients ...".
    fn topic_of_opening(&self, fr: &Frame, i: usize) -> bool {
        let Some(p) = self.preceded_by(i, fl::ABOUT) else { return false };
        if !matches!(self.w(p), "over" | "about" | "omtrent" | "inzake") || p > fr.start + 4 || p == 0 {
            return false;
        }
        let opens = self.has(fr.start, fl::ARTICLE | fl::DETERMINER | fl::EACH) || p == fr.start + 1;
        opens
            && matches!(self.tokens.get(p - 1).map(|t| t.kind), Some(TokKind::Word))
            && !self.has(p - 1, fl::PROVIDE | fl::RECEIVE | fl::STATE_VERB | fl::MODAL | fl::PASSIVE | fl::HAVE)
    }

    /// The token range of a concessive or conditional clause after the main clause: "ook als
    /// ...", "zelfs wanneer ...", "even if ...", "zolang ...", "as long as ...", up to the next
    /// clause break. Neither a result asked nor a means prescribed: the circumstances.
    fn concessive_clause(&self) -> Option<(usize, usize)> {
        if self.sentence_triggers & tw::CONCESSIVE == 0 {
            return None;
        }
        let n = self.n();
        let k = (1..n.saturating_sub(1)).find(|&k| {
            if !self.triggers(k, tw::CONCESSIVE) {
                return false;
            }
            (matches!(self.w(k), "ook" | "zelfs" | "even")
                && matches!(self.w(k + 1), "als" | "wanneer" | "indien" | "if" | "when" | "though"))
                || self.w(k) == "zolang"
                || (self.w(k) == "as" && self.w(k + 1) == "long" && self.w(k + 2) == "as")
        })?;
        let end = (k + 2..n).find(|&j| self.is_clause_break(j)).unwrap_or(n);
        Some((k, end))
    }

    /// A result word inside an agent phrase before its noun: "door een onafhankelijk bureau",
    /// "by an independent agency".
    fn in_agent_phrase(&self, t0: usize, t1: usize) -> bool {
        t1 == t0 + 1
            && t0 >= 2
            && self.has(t0 - 2, fl::BY)
            && self.has(t0 - 1, fl::ARTICLE)
            && matches!(self.tokens.get(t1).map(|t| t.kind), Some(TokKind::Word))
            && !matches!(self.cls(t1), Class::Result | Class::Level | Class::Measure | Class::Client)
    }

    /// The object of a verb of rating: "beoordelen de samenwerking", "rate the course".
    fn rated_object(&self, i: usize) -> bool {
        self.preceded_by(i, fl::RATING_VERB).is_some()
    }

    /// A passive at token `k`: "wordt", "worden", or English "is"/"are"/"be" before a
    /// participle ("are coached", "be registered").
    fn passive_at(&self, k: usize) -> bool {
        if self.has(k, fl::PASSIVE) && !self.has(k, fl::BE) {
            return true;
        }
        if !self.has(k, fl::BE) {
            return false;
        }
        // Not an adjective of a result: "are satisfied", "is employed".
        let next = self.w(k + 1);
        let result = matches!(self.cls(k + 1), Class::Result | Class::Level | Class::Measure | Class::Change);
        !result && next.len() > 4 && (next.ends_with("ed") || self.has(k + 1, fl::PARTICIPLE))
    }

    /// The first token after the subject and a relative clause closed by a comma.
    fn after_subject_scope(&self, fr: &Frame) -> usize {
        let next = fr.subject_at + 1;
        if self.has(next, fl::PREP | fl::RELATIVE) {
            if let Some(comma) = (next..self.n().min(next + 12)).find(|&k| self.is_punct(k, ',')) {
                if (next..comma).any(|k| self.has(k, fl::RELATIVE)) {
                    return comma + 1;
                }
            }
        }
        if self.has(next, fl::PREP) {
            // "Deelnemers aan de Z-route krijgen ...": over a short prepositional phrase, up
            // to what looks like a verb.
            let mut k = next + 1;
            while k < self.n() && k < next + 6 && !self.verbish(k) {
                k += 1;
            }
            if k < self.n() && self.verbish(k) {
                return k;
            }
        }
        next
    }

    /// A word that is a verb of the lists: providing, receiving, a state, a modal, a passive.
    pub(super) fn verbish(&self, k: usize) -> bool {
        self.has(
            k,
            fl::PROVIDE
                | fl::RECEIVE
                | fl::STATE_VERB
                | fl::MODAL
                | fl::OBLIGATION
                | fl::PASSIVE
                | fl::HAVE
                | fl::ENSURE
                | fl::FIGURE_VERB
                | fl::DEPLOY
                | fl::WORK_VERB
                | fl::ACHIEVE,
        ) || matches!(self.cls(k), Class::Provision | Class::Change)
    }

    /// Token `i` is in a prepositional phrase right after the subject ("Deelnemers in de
    /// Z-route ..."): it says which clients, not where the service is delivered.
    fn scope_of_subject(&self, fr: &Frame, i: usize) -> bool {
        if !matches!(fr.subject, Role::Client | Role::Figure) || i <= fr.subject_at + 1 {
            return false;
        }
        let mut next = fr.subject_at + 1;
        // "70% of participants who ...", "70% van de deelnemers die ...": over the share's
        // "%" and "of"/"van" to the clients.
        if fr.subject == Role::Figure && self.is_punct(next, '%') {
            next += 1;
        }
        if fr.subject == Role::Figure && matches!(self.w(next), "of" | "van") {
            let mut k = next + 1;
            while self.has(k, fl::ARTICLE) {
                k += 1;
            }
            if self.cls(k) == Class::Client || self.unit(k) == Unit::Client {
                next = k;
            }
        }
        // "Het aantal schoolverlaters dat ...": the figure's noun comes first.
        if fr.subject == Role::Figure && (self.cls(next) == Class::Client || self.unit(next) == Unit::Client) {
            next += 1;
        } else if fr.subject == Role::Figure && self.has(fr.subject_at, fl::FIGURE | fl::AANTAL) {
            // "Het aantal dak- en thuislozen dat ...": over the counted noun, known or not.
            while next < fr.subject_at + 5
                && matches!(self.tokens.get(next).map(|t| t.kind), Some(TokKind::Word))
                && !self.has(next, fl::PREP | fl::RELATIVE)
                && !self.verbish(next)
                && matches!(self.cls(next), Class::None | Class::Client)
            {
                next += 1;
            }
        }
        if i <= next {
            return false;
        }
        if !self.has(next, fl::PREP | fl::RELATIVE) {
            return false;
        }
        // "Inwoners met een uitkering die parttime werken, krijgen ...": up to the comma.
        if let Some(comma) = (next..self.n().min(next + 12)).find(|&k| self.is_punct(k, ',')) {
            if (next..comma).any(|k| self.has(k, fl::RELATIVE)) {
                return i < comma;
            }
        }
        // "Participants who start the programme finish it": a short relative clause.
        if self.has(next, fl::RELATIVE) {
            return i <= next + 4;
        }
        i <= fr.subject_at + 5 && self.has(next, fl::PREP) && self.in_prep_phrase(i, fr.subject_at)
    }

    /// A word in "met ...", "zonder ...", "with ..." right after a client noun: a description
    /// of the clients ("cliënten met psychische problemen", "young people without a diploma").
    fn describes_client(&self, i: usize) -> bool {
        if self.verbish(i) {
            return false; // "Deelnemers met een beperking werken ...": the verb after it
        }
        let mut j = i;
        for _ in 0..4 {
            let Some(p) = j.checked_sub(1) else { return false };
            j = p;
            if matches!(self.w(j), "met" | "zonder" | "with" | "without") {
                return j > 0 && (self.cls(j - 1) == Class::Client || self.unit(j - 1) == Unit::Client);
            }
            let skip =
                self.has(j, fl::ARTICLE | fl::DETERMINER | fl::SKIPPABLE) || self.skippable(j) || self.plain_word(j);
            if !skip {
                return false;
            }
        }
        false
    }

    /// A place phrase right after a result, a problem, a figure or a client ("uitkeringen in
    /// de wijk", "jongeren in de regio"): it says which ones, not where to deliver.
    fn scopes_noun(&self, i: usize) -> bool {
        if !self.has(i, fl::LOCATIVE) || i == 0 {
            return false;
        }
        let p = i - 1;
        matches!(self.cls(p), Class::Result | Class::Problem | Class::Client)
            || self.unit(p) == Unit::Client
            || self.has(p, fl::FIGURE | fl::AANTAL)
    }

    /// A result word within three words after an instrument that is handled rather than
    /// measured with ("vult de vragenlijst ervaren gezondheid in").
    fn named_instrument(&self, i: usize) -> bool {
        (i.saturating_sub(3)..i).any(|k| self.is_instrument(k) && !self.measuring_link(k))
            || (self.is_instrument(i + 1) && !self.measuring_link(i + 1))
    }

    /// A specific means within four words after `i` ("deel aan een training", "take part in
    /// a sports programme").
    fn attends_means(&self, i: usize) -> bool {
        let n = self.n();
        if !self.has(i, fl::ATTEND_PREP) {
            return false;
        }
        (i + 1..n.min(i + 5)).any(|k| self.cls(k) == Class::Means)
    }

    /// Token `i` is the service in "na deelname aan", "na afronding van", "na het volgen
    /// van", "after completing", "after taking part in", "after attending".
    fn after_taking_part(&self, i: usize) -> bool {
        let mut act = false;
        let mut j = i;
        for _ in 0..5 {
            let Some(p) = j.checked_sub(1) else { return false };
            j = p;
            let w = self.w(j);
            if matches!(w, "na" | "after") {
                return act;
            }
            if matches!(
                w,
                "deelname" | "afronding" | "volgen" | "doorlopen" | "completing" | "attending" | "taking" | "finishing"
            ) {
                act = true;
            } else if !(self.has(j, fl::ARTICLE | fl::DETERMINER) || matches!(w, "aan" | "van" | "part" | "in")) {
                return false;
            }
        }
        false
    }

    /// "afloop", "het traject", "een jaar", "the programme": after these the service is over.
    fn ends_service(&self, i: usize) -> bool {
        (i..self.n().min(i + 3)).any(|k| {
            let w = self.lemma(k);
            matches!(
                w,
                "afloop"
                    | "einde"
                    | "eind"
                    | "afronding"
                    | "traject"
                    | "trajectory"
                    | "programme"
                    | "program"
                    | "programma"
                    | "begeleiding"
                    | "course"
                    | "support"
                    | "exit"
                    | "completion"
            ) || self.unit(k) == Unit::Time
        })
    }

    /// A result word that is the topic of a report, an overview or a registration ("een
    /// rapportage over de uitstroom", "reports on the number of exits").
    fn reported_on(&self, i: usize) -> bool {
        let mut j = i;
        for _ in 0..5 {
            let Some(p) = j.checked_sub(1) else { return false };
            j = p;
            if self.has(j, fl::ABOUT) {
                return (j.saturating_sub(4)..j).any(|k| self.cls(k) == Class::Process || self.w(k) == "overzicht");
            }
        }
        false
    }

    /// The technical weight of the means part and the functional weight of the end part of a
    /// two-part sentence; `None` for a sentence of one part.
    pub(super) fn parts(&self, fr: &Frame) -> Option<(f32, f32)> {
        fr.end?;
        let mut tech = 0.0f32;
        let mut func = 0.0f32;
        for r in &self.raws {
            let generic = r.kind == K::PrescribedMeans && (r.t0..r.t1).all(|k| self.cls(k) == Class::MeansGeneric);
            if fr.in_means_part(r.t0) && !r.kind.is_functional() && !generic {
                tech = tech.max(r.weight);
            }
            if fr.in_end(r.t0) && matches!(r.kind, K::Result | K::Level | K::Measure) {
                func = func.max(r.weight);
            }
        }
        Some((tech, func))
    }
}
