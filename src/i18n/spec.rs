//! Texts of the functional-specification helper: verdict and signal labels with one-line
//! explanations, the question to ask of a technical requirement, the rewrite template, the
//! overall figure, and the examples from the guide *Inkoop en innovatie* (SZW / Steunpunt Suwi
//! Gemeenten, 2002): its table in §2.3, the coffee example, and the functional and technical
//! performance requirements of Apeldoorn (appendix 1) and Emmen (appendix 3).
//!
//! The examples are faithful paraphrases of the guide in Dutch, with an English rendering;
//! the explanations ("why the functional one leaves room") are ours.

use super::{Lang, Tr};
use crate::domain::spec::{
    Assessment, ClauseForm, Overall, Rewrite, SentenceAssessment, SignalKind, TextLanguage, Topic, Verdict,
    VerdictCounts,
};

/// The name of a verdict.
pub fn verdict_label(v: Verdict) -> Tr {
    match v {
        Verdict::Functional => Tr::new("Functioneel", "Functional"),
        Verdict::Technical => Tr::new("Technisch", "Technical"),
        Verdict::Mixed => Tr::new("Gemengd", "Mixed"),
    }
}

/// The overall label of a text: the same words as the count line under it.
pub fn overall_label(o: Overall) -> Tr {
    match o {
        Overall::Functional => Tr::new("Functioneel", "Functional"),
        Overall::MostlyFunctional => Tr::new("Overwegend functioneel", "Mostly functional"),
        Overall::Technical => Tr::new("Technisch", "Technical"),
        Overall::MostlyTechnical => Tr::new("Overwegend technisch", "Mostly technical"),
        Overall::Mixed => Tr::new("Gemengd", "Mixed"),
        Overall::MostlyMixed => Tr::new("Overwegend gemengd", "Mostly mixed"),
        Overall::Divided => Tr::new("Deels functioneel, deels technisch", "Partly functional, partly technical"),
    }
}

/// One line on what the overall label means.
pub fn overall_explanation(o: Overall) -> Tr {
    match o {
        Overall::Functional | Overall::Technical | Overall::Mixed => {
            verdict_explanation(o.leaning().unwrap_or(Verdict::Mixed))
        }
        Overall::MostlyFunctional => Tr::new(
            "De meeste eisen vragen om een resultaat; kijk naar de andere hieronder.",
            "Most requirements ask for a result; look at the others below.",
        ),
        Overall::MostlyTechnical => Tr::new(
            "De meeste eisen schrijven voor hoe het moet; hieronder ziet u welke en hoe het anders kan.",
            "Most requirements prescribe how to do it; below you see which, and how to ask otherwise.",
        ),
        Overall::MostlyMixed => Tr::new(
            "De meeste eisen noemen een resultaat, maar leggen ook de middelen vast.",
            "Most requirements name a result, but also fix the means.",
        ),
        Overall::Divided => Tr::new(
            "Geen soort eis heeft de overhand: hieronder ziet u per zin het oordeel.",
            "No kind of requirement has the upper hand: below you see the verdict per sentence.",
        ),
    }
}

/// One line on what a verdict means.
pub fn verdict_explanation(v: Verdict) -> Tr {
    match v {
        Verdict::Functional => Tr::new(
            "Vraagt om een resultaat en laat de aanpak aan de aanbieder.",
            "Asks for a result and leaves the approach to the provider.",
        ),
        Verdict::Technical => Tr::new(
            "Schrijft voor hoe het moet, zonder te zeggen wat het moet opleveren.",
            "Prescribes how to do it, without saying what it must achieve.",
        ),
        Verdict::Mixed => {
            Tr::new("Noemt een resultaat, maar legt ook de middelen vast.", "Names a result, but also fixes the means.")
        }
    }
}

/// Shown for a sentence in which the analyser found no signal at all.
pub const INCONCLUSIVE: Tr = Tr::new(
    "Geen eis herkend: noemt deze zin een resultaat of een middel?",
    "No requirement recognised: does this sentence name a result or a means?",
);

/// The question to ask of a technical (or mixed) requirement.
pub const QUESTION: Tr = Tr::new(
    "Wat moet dit opleveren voor de klant, en hoe meet u dat?",
    "What must this deliver for the client, and how will you measure it?",
);

/// A short name for a signal kind (for a legend or a tooltip title).
pub fn signal_label(k: SignalKind) -> Tr {
    match k {
        SignalKind::PrescribedMeans => Tr::new("Voorgeschreven middel", "Prescribed means"),
        SignalKind::InputQuantity => Tr::new("Hoeveelheid inzet", "Amount of input"),
        SignalKind::PlaceOrTime => Tr::new("Plaats of tijd", "Place or time"),
        SignalKind::StaffQualification => Tr::new("Eis aan personeel", "Staff requirement"),
        SignalKind::NamedMethod => Tr::new("Voorgeschreven methode", "Prescribed method"),
        SignalKind::InputCostUnit => Tr::new("Prijs per inzet", "Price per input"),
        SignalKind::ProcessCondition => Tr::new("Procesvoorwaarde", "Process condition"),
        SignalKind::ProviderActivity => Tr::new("Activiteit van de aanbieder", "Provider activity"),
        SignalKind::Result => Tr::new("Resultaat", "Result"),
        SignalKind::Level => Tr::new("Niveau", "Level"),
        SignalKind::Measure => Tr::new("Meetbaar", "Measure"),
        SignalKind::TargetGroupOutcome => Tr::new("Uitkomst voor de doelgroep", "Outcome for the target group"),
        SignalKind::Purpose => Tr::new("Doel", "Purpose"),
        SignalKind::OutcomeCostUnit => Tr::new("Prijs per resultaat", "Price per result"),
        SignalKind::TrajectoryPrice => Tr::new("Integrale trajectprijs", "Integral trajectory price"),
        SignalKind::ProviderFreedom => Tr::new("Ruimte voor de aanbieder", "Room for the provider"),
    }
}

/// The one-line explanation of a highlighted span.
pub fn signal_explanation(k: SignalKind) -> Tr {
    match k {
        SignalKind::PrescribedMeans => Tr::new(
            "Schrijft een middel voor (cursus, lessen, training, stage): dat is het 'hoe', niet het resultaat.",
            "Prescribes a means (course, lessons, training, internship): the 'how', not the result.",
        ),
        SignalKind::InputQuantity => Tr::new(
            "Legt een hoeveelheid inzet vast (aantal lessen, uren per week): u koopt inspanning, geen effect.",
            "Fixes an amount of input (number of lessons, hours per week): you buy effort, not effect.",
        ),
        SignalKind::PlaceOrTime => Tr::new(
            "Bepaalt waar of wanneer de dienst geleverd wordt (vestiging, locatie, dagen, tijden, wachttijd).",
            "Sets where or when the service is delivered (branch, location, days, hours, waiting time).",
        ),
        SignalKind::StaffQualification => Tr::new(
            "Bepaalt wie het werk doet (beroep, diploma, certificering) in plaats van wat het oplevert.",
            "Sets who does the work (profession, diploma, certification) instead of what it achieves.",
        ),
        SignalKind::NamedMethod => Tr::new(
            "Schrijft een methode of werkwijze voor: een betere aanpak kan de aanbieder dan niet meer voorstellen.",
            "Prescribes a method or way of working: the provider can no longer propose a better approach.",
        ),
        SignalKind::InputCostUnit => Tr::new(
            "Prijs per eenheid inzet (per les, per uur): de aanbieder verdient aan meer inzet, niet aan resultaat.",
            "Price per unit of input (per lesson, per hour): the provider earns from more input, not from results.",
        ),
        SignalKind::ProcessCondition => Tr::new(
            "Procesvoorwaarde (registratie, rapportage, goedkeuring): soms nodig, maar een 'hoe'-eis.",
            "Process condition (registration, reporting, approval): sometimes needed, but a 'how' requirement.",
        ),
        SignalKind::ProviderActivity => Tr::new(
            "Beschrijft wat de aanbieder doet (of wat er met de klant gebeurt), niet wat het de klant oplevert.",
            "Describes what the provider does (or what is done to the client), not what it achieves for the client.",
        ),
        SignalKind::Result => Tr::new(
            "Noemt een resultaat voor de klant (werk, uitstroom, zelfstandigheid, participatie).",
            "Names a result for the client (work, outflow, independence, participation).",
        ),
        SignalKind::Level => Tr::new(
            "Noemt een niveau dat bereikt moet worden (taalniveau, examen, startkwalificatie).",
            "Names a level to be reached (language level, exam, basic qualification).",
        ),
        SignalKind::Measure => Tr::new(
            "Maakt het resultaat meetbaar (percentage, aandeel, aantoonbaar, gemeten met).",
            "Makes the result measurable (percentage, share, demonstrably, measured with).",
        ),
        SignalKind::TargetGroupOutcome => Tr::new(
            "Beschrijft wat de doelgroep na afloop kan of heeft.",
            "Describes what the target group can do or has afterwards.",
        ),
        SignalKind::Purpose => Tr::new(
            "Geeft het doel aan (zodat, om ... te, gericht op): waartoe de dienst dient.",
            "States the purpose (so that, in order to, aimed at): what the service is for.",
        ),
        SignalKind::OutcomeCostUnit => Tr::new(
            "Prijs per resultaat (per traject, per plaatsing, bonus): u betaalt voor effect.",
            "Price per result (per trajectory, per placement, bonus): you pay for effect.",
        ),
        SignalKind::TrajectoryPrice => Tr::new(
            "Eén prijs voor het hele traject, alle onderdelen inbegrepen: de aanbieder kiest zelf de \
             middelen. Voor een resultaat betaalt u pas met een bonus/malus of no cure less pay.",
            "One price for the whole trajectory, every part included: the provider chooses the means. \
             You pay for a result only with a bonus/malus or no cure, less pay.",
        ),
        SignalKind::ProviderFreedom => Tr::new(
            "Laat de aanbieder ruimte (eigen aanpak, innovatie, integrale aanpak): ruimte voor vernieuwing.",
            "Leaves the provider room (own approach, innovation, integral approach): room for innovation.",
        ),
    }
}

/// A measure for a topic, as the end of a requirement ("..., gemeten met ..."); `None` for
/// a sentence without a recognised topic (the user has to choose one).
fn topic_measure_clause(t: Topic) -> Option<Tr> {
    Some(match t {
        Topic::Language => Tr::new(
            "aangetoond met een erkend examen op minimaal taalniveau A2",
            "shown by a recognised exam at language level A2 or higher",
        ),
        Topic::Work => Tr::new(
            "gemeten als het aandeel deelnemers met betaald werk dat na zes maanden nog loopt",
            "measured as the share of participants in paid work that still lasts after six months",
        ),
        Topic::Debt => Tr::new(
            "gemeten als het aandeel huishoudens zonder nieuwe betalingsachterstanden na twaalf maanden",
            "measured as the share of households without new arrears after twelve months",
        ),
        Topic::Care => Tr::new(
            "gemeten met een gevalideerde vragenlijst aan het begin en het eind",
            "measured with a validated questionnaire at the start and at the end",
        ),
        Topic::Youth => Tr::new(
            "gemeten als het aandeel jongeren met een startkwalificatie of werk na een jaar",
            "measured as the share of young people with a basic qualification or a job after one year",
        ),
        Topic::Activation => Tr::new(
            "gemeten als een stap op de participatieladder binnen een jaar",
            "measured as a step up the participation ladder within a year",
        ),
        Topic::General => return None,
    })
}

/// The result a technical sentence could ask for instead, as a verb phrase after its target
/// group: (singular, plural) in each language; `{when}` is the deadline.
fn topic_result(t: Topic) -> Option<(Tr, Tr)> {
    Some(match t {
        Topic::Language => (
            Tr::new(
                "spreekt {when} voldoende Nederlands om zelfstandig mee te doen (minimaal taalniveau A2), aangetoond met een erkend examen",
                "speaks enough Dutch {when} to take part independently (at least language level A2), shown by a recognised exam",
            ),
            Tr::new(
                "spreken {when} voldoende Nederlands om zelfstandig mee te doen (minimaal taalniveau A2), aangetoond met een erkend examen",
                "speak enough Dutch {when} to take part independently (at least language level A2), shown by a recognised exam",
            ),
        ),
        Topic::Work => (
            Tr::new(
                "heeft {when} betaald werk dat na zes maanden nog loopt",
                "has paid work {when} that still lasts after six months",
            ),
            Tr::new(
                "hebben {when} betaald werk dat na zes maanden nog loopt",
                "have paid work {when} that still lasts after six months",
            ),
        ),
        Topic::Debt => (
            Tr::new(
                "heeft {when} een stabiele financiële situatie, zonder nieuwe betalingsachterstanden",
                "has a stable financial situation {when}, without new arrears",
            ),
            Tr::new(
                "hebben {when} een stabiele financiële situatie, zonder nieuwe betalingsachterstanden",
                "have a stable financial situation {when}, without new arrears",
            ),
        ),
        Topic::Care => (
            Tr::new(
                "woont en functioneert {when} zo zelfstandig mogelijk, gemeten met een gevalideerde vragenlijst",
                "lives and functions as independently as possible {when}, measured with a validated questionnaire",
            ),
            Tr::new(
                "wonen en functioneren {when} zo zelfstandig mogelijk, gemeten met een gevalideerde vragenlijst",
                "live and function as independently as possible {when}, measured with a validated questionnaire",
            ),
        ),
        Topic::Youth => (
            Tr::new("heeft {when} een startkwalificatie of werk", "has a basic qualification or a job {when}"),
            Tr::new("hebben {when} een startkwalificatie of werk", "have a basic qualification or a job {when}"),
        ),
        Topic::Activation => (
            Tr::new(
                "stijgt {when} minimaal één trede op de participatieladder",
                "moves up at least one step on the participation ladder {when}",
            ),
            Tr::new(
                "stijgen {when} minimaal één trede op de participatieladder",
                "move up at least one step on the participation ladder {when}",
            ),
        ),
        Topic::General => return None,
    })
}

/// What is offered for a sentence that is not (yet) a measurable functional requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProposalKind {
    /// A mixed sentence: its functional part kept, the means left to the provider.
    KeepFunctional,
    /// A technical sentence: a result for its target group in its field.
    FromTopic,
    /// A functional sentence without a measure: the same sentence with a measure.
    AddMeasure,
    /// Only a process condition (reporting, approval): it may stay technical.
    Process,
    /// A technical sentence in no recognised field: the question what it must achieve.
    AskResult,
}

/// A functional version of a sentence, in the sentence's own language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// What kind of help this is.
    pub kind: ProposalKind,
    /// The requirement text to take over, in the language of the sentence; `None` when only
    /// advice can be given (a process condition, no recognised field).
    pub text: Option<String>,
}

/// The label above a proposal, in the interface language.
pub fn proposal_label(k: ProposalKind) -> Tr {
    match k {
        ProposalKind::KeepFunctional => Tr::new(
            "Functionele versie: het resultaat uit uw zin, de middelen aan de aanbieder.",
            "Functional version: the result from your sentence, the means left to the provider.",
        ),
        ProposalKind::FromTopic => Tr::new(
            "Een functionele versie op basis van uw zin (pas de termijn en de maat aan uw situatie aan):",
            "A functional version based on your sentence (adjust the period and the measure to your situation):",
        ),
        ProposalKind::AddMeasure => Tr::new(
            "Dit resultaat is nog niet meetbaar: hoe stelt u vast dat het bereikt is? Met een maat erbij:",
            "This result cannot be measured yet: how will you know it was reached? With a measure added:",
        ),
        ProposalKind::Process => Tr::new(
            "Dit is een procesvoorwaarde (rapportage, registratie, goedkeuring). Die mag technisch zijn: zet haar bij de technische eisen of de uitvoeringsafspraken van stap 4.",
            "This is a process condition (reporting, registration, approval). It may be technical: put it with the technical requirements or the delivery arrangements of step 4.",
        ),
        ProposalKind::AskResult => Tr::new(
            "Schrijf op welk resultaat dit moet opleveren voor de klant, binnen welke termijn en hoe u dat meet; noem het middel hooguit als voorbeeld.",
            "Write down what result this must achieve for the client, within what period and how you measure it; name the means at most as an example.",
        ),
    }
}

/// For a functional version that keeps a result nobody can measure yet: the question how,
/// with an example for the sentence's field (in the interface language). `None` when the
/// result is measurable.
pub fn measure_hint(s: &SentenceAssessment, lang: Lang) -> Option<String> {
    let r = s.rewrite.as_ref()?;
    if s.is_measurable() || s.verdict == Verdict::Functional || r.kept.is_none() {
        return None;
    }
    let example = topic_measure_clause(r.topic);
    Some(match (lang, example) {
        (Lang::Nl, Some(m)) => format!("Maak het resultaat meetbaar, bijvoorbeeld: {}.", m.nl),
        (Lang::Nl, None) => "Maak het resultaat meetbaar: hoe stelt u vast dat het bereikt is?".to_string(),
        (Lang::En, Some(m)) => format!("Make the result measurable, for example: {}.", m.en),
        (Lang::En, None) => "Make the result measurable: how will you know it was reached?".to_string(),
    })
}

/// The button that takes a proposal over.
pub const USE_VERSION: Tr = Tr::new("Neem deze versie over", "Use this version");

/// Before the two parts of a mixed sentence.
pub const PART_FUNCTIONAL: Tr = Tr::new("Functioneel deel (wat):", "Functional part (what):");
/// See [`PART_FUNCTIONAL`].
pub const PART_TECHNICAL: Tr = Tr::new("Technisch deel (hoe):", "Technical part (how):");

fn text_lang(s: &SentenceAssessment, fallback: Lang) -> Lang {
    match s.language {
        Some(TextLanguage::Dutch) => Lang::Nl,
        Some(TextLanguage::English) => Lang::En,
        None => fallback,
    }
}

/// The means to leave to the provider, as the end of a proposal: " De aanbieder kiest zelf
/// hoe, bijvoorbeeld met: taalcursus, 40 lessen."
fn freedom(r: &Rewrite, lang: Lang) -> String {
    let means = r.means.join(", ");
    match (lang, means.is_empty()) {
        (Lang::Nl, true) => " De aanbieder kiest zelf hoe.".to_string(),
        (Lang::Nl, false) => format!(" De aanbieder kiest zelf hoe, bijvoorbeeld met: {means}."),
        (Lang::En, true) => " The provider chooses how.".to_string(),
        (Lang::En, false) => format!(" The provider chooses how, for example with: {means}."),
    }
}

/// A price per result instead of an input price found in the sentence.
fn price(r: &Rewrite, lang: Lang) -> String {
    match (&r.input_cost, lang) {
        (None, _) => String::new(),
        (Some(c), Lang::Nl) => {
            format!(" Betaling: een vast bedrag per deelnemer die dit resultaat haalt, in plaats van {c}.")
        }
        (Some(c), Lang::En) => {
            format!(" Payment: a fixed amount per participant who reaches this result, instead of {c}.")
        }
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A functional version of sentence `s` of `source`: for a mixed sentence its functional part
/// kept; for a technical one a result for its target group; for a functional one without a
/// measure the same sentence with a measure. The text is in the sentence's own language
/// (`ui` when that cannot be told), built from its own words where it can. `None` for a
/// measurable functional sentence or one without any signal.
pub fn proposal(source: &str, s: &SentenceAssessment, ui: Lang) -> Option<Proposal> {
    let r = s.rewrite.as_ref()?;
    let lang = text_lang(s, ui);
    if s.verdict == Verdict::Functional {
        let sentence = s.span.text(source).trim_end_matches(['.', ';', '!', ' ']);
        let text = topic_measure_clause(r.topic).map(|m| format!("{sentence}, {}.", m.get(lang)));
        return Some(Proposal { kind: ProposalKind::AddMeasure, text });
    }
    if let Some(k) = &r.kept {
        let body = match (k.form, lang) {
            (ClauseForm::Main, _) => format!("{}.", k.clause),
            (ClauseForm::Subordinate, Lang::Nl) => format!("Het resultaat is dat {}.", k.clause),
            (ClauseForm::Subordinate, Lang::En) => format!("The result is that {}.", k.clause),
            (ClauseForm::Infinitive, Lang::Nl) => format!("Het doel is om {}.", k.clause),
            (ClauseForm::Infinitive, Lang::En) => format!("The aim is to {}.", k.clause),
            (ClauseForm::NounPhrase, Lang::Nl) => format!("Het doel is {}.", k.clause),
            (ClauseForm::NounPhrase, Lang::En) => format!("The aim is {}.", k.clause),
        };
        let text = format!("{body}{}{}", freedom(r, lang), price(r, lang));
        return Some(Proposal { kind: ProposalKind::KeepFunctional, text: Some(text) });
    }
    if r.process_only {
        return Some(Proposal { kind: ProposalKind::Process, text: None });
    }
    let Some((one, many)) = topic_result(r.topic) else {
        return Some(Proposal { kind: ProposalKind::AskResult, text: None });
    };
    let (who, plural) = match &r.target_group {
        Some(w) => (capitalised(w), r.plural),
        None => (capitalised(if lang == Lang::Nl { "deelnemers" } else { "participants" }), true),
    };
    let when = r.deadline.clone().unwrap_or_else(|| {
        match lang {
            Lang::Nl => "binnen een jaar",
            Lang::En => "within a year",
        }
        .to_string()
    });
    let verb = if plural { many } else { one }.get(lang).replace("{when}", &when);
    let text = format!("{who} {verb}.{}{}", freedom(r, lang), price(r, lang));
    Some(Proposal { kind: ProposalKind::FromTopic, text: Some(text) })
}

/// Step 3: a requirement in the functional list that reads technical.
pub const NOTE_TECHNICAL_IN_FUNCTIONAL: Tr = Tr::new(
    "Let op: deze eis staat bij de functionele eisen, maar schrijft voor hoe het moet. Neem de functionele versie hieronder over, of zet de eis bij de technische eisen; anders staat ze zo onder 'Functionele eisen' in het bestek.",
    "Note: this requirement is in the functional list, but it prescribes how. Take over the functional version below, or move it to the technical requirements; otherwise it appears as it is under 'Functional requirements' in the bestek.",
);

/// Step 3: a requirement in the functional list that also fixes a means.
pub const NOTE_MIXED_IN_FUNCTIONAL: Tr = Tr::new(
    "Let op: deze eis staat bij de functionele eisen, maar legt naast het resultaat ook een middel vast. De functionele versie hieronder houdt het resultaat en laat het middel aan de aanbieder.",
    "Note: this requirement is in the functional list, but besides the result it also fixes a means. The functional version below keeps the result and leaves the means to the provider.",
);

/// Step 3: a requirement in the technical list that asks for a result.
pub const NOTE_FUNCTIONAL_IN_TECHNICAL: Tr = Tr::new(
    "Deze eis staat bij de technische eisen, maar vraagt om een resultaat: hoort ze bij de functionele eisen?",
    "This requirement is in the technical list, but it asks for a result: does it belong with the functional requirements?",
);

/// The title of the bestek's overall figure in step 3 (above [`share_summary`]).
pub const SHARE_TITLE: Tr = Tr::new("Hoe functioneel is uw bestek?", "How functional is your bestek?");

/// In place of [`share_summary`] while step 3 has no requirement to assess.
pub const SHARE_EMPTY: Tr = Tr::new(
    "Nog geen eisen om te beoordelen. Schrijf bij elke eis wat het moet opleveren voor de klant.",
    "No requirements to assess yet. For each requirement, write what it must achieve for the client.",
);

/// The overall figure for a bestek: "3 van de 4 eisen zijn functioneel (75%)". `None` when no
/// sentence carries a signal.
pub fn share_summary(a: &Assessment, lang: Lang) -> Option<String> {
    counts_summary(a.counts(), lang)
}

/// The overall figure for counted verdicts (one per requirement in step 3, where a
/// requirement of two sentences still counts once). `None` when nothing is conclusive.
pub fn counts_summary(c: VerdictCounts, lang: Lang) -> Option<String> {
    let total = c.functional + c.technical + c.mixed;
    if total == 0 {
        return None;
    }
    let pct = (100.0 * c.functional as f64 / total as f64).round();
    Some(match lang {
        Lang::Nl => format!(
            "{} van de {total} {} {} functioneel ({pct}%); {} technisch, {} gemengd.",
            c.functional,
            if total == 1 { "eis" } else { "eisen" },
            if c.functional == 1 { "is" } else { "zijn" },
            c.technical,
            c.mixed
        ),
        Lang::En => format!(
            "{} of {total} {} {} functional ({pct}%); {} technical, {} mixed.",
            c.functional,
            if total == 1 { "requirement" } else { "requirements" },
            if c.functional == 1 { "is" } else { "are" },
            c.technical,
            c.mixed
        ),
    })
}

/// A technical and a functional formulation side by side, with the cost units where the guide
/// gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SideBySide {
    /// What the example is about.
    pub topic: Tr,
    /// The technical requirement (*how*).
    pub technical: Tr,
    /// The functional requirement (*what*).
    pub functional: Tr,
    /// The technical (input-based) cost unit, where the guide gives one.
    pub technical_cost: Option<Tr>,
    /// The functional (result-based) cost unit, where the guide gives one.
    pub functional_cost: Option<Tr>,
    /// Why the functional formulation leaves room for innovation.
    pub why: Tr,
}

/// The guide's table (§2.3): requirements and cost units of a social service, technical and
/// functional.
pub const GUIDE_TABLE: [SideBySide; 3] = [
    SideBySide {
        topic: Tr::new("Taal (NT2)", "Language (Dutch as a second language)"),
        technical: Tr::new("Taalcursus NT2", "An NT2 language course"),
        functional: Tr::new(
            "Voldoende kennis van de Nederlandse taal om volwaardig aan de Nederlandse samenleving deel te kunnen nemen",
            "Enough knowledge of Dutch to take full part in Dutch society",
        ),
        technical_cost: Some(Tr::new(
            "Cursusprijs voor x-aantal lessen, kosten docent, kosten lesmateriaal",
            "Course price for x lessons, teacher costs, cost of teaching materials",
        )),
        functional_cost: Some(Tr::new(
            "Kosten per traject resulterend in een bepaald niveau",
            "Cost per trajectory that results in a defined level",
        )),
        why: Tr::new(
            "Een cursus is maar één weg naar taalvaardigheid. Vraagt u om het niveau, dan kan een aanbieder ook leren op de werkvloer, een taalmaatje of online oefenen voorstellen, en verdient hij pas als het niveau gehaald is.",
            "A course is only one road to language skills. Ask for the level, and a provider may also propose learning on the job, a language buddy or online practice, and earns only when the level is reached.",
        ),
    },
    SideBySide {
        topic: Tr::new("Vakopleiding", "Vocational training"),
        technical: Tr::new("Vakopleiding X", "Vocational course X"),
        functional: Tr::new("Vergroten van vakkennis", "More professional knowledge"),
        technical_cost: Some(Tr::new(
            "Cursusmateriaal, stagekosten, kosten van coaching",
            "Course materials, internship costs, coaching costs",
        )),
        functional_cost: Some(Tr::new("Kosten per afgerond traject", "Cost per completed trajectory")),
        why: Tr::new(
            "'Vakopleiding X' legt de oplossing vast voordat de markt iets kan inbrengen. Vraagt u meer vakkennis, dan kan de aanbieder kiezen tussen een opleiding, leren op de werkplek of een combinatie, en betaalt u per afgerond traject in plaats van voor losse onderdelen.",
            "'Vocational course X' fixes the solution before the market can contribute. Ask for more professional knowledge, and the provider can choose between a course, learning at the workplace or a mix, while you pay per completed trajectory instead of for separate parts.",
        ),
    },
    SideBySide {
        topic: Tr::new("Vrijwilligerswerk en participatie", "Volunteer work and participation"),
        technical: Tr::new(
            "Deelnemers toeleiden naar vrijwilligerswerk",
            "Guide participants to volunteer work",
        ),
        functional: Tr::new(
            "Bevorderen van maatschappelijke participatie",
            "More social participation",
        ),
        technical_cost: Some(Tr::new(
            "Kosten van intake, oriëntatie, testen, toeleiding",
            "Costs of intake, orientation, tests, guidance",
        )),
        functional_cost: Some(Tr::new("Kosten per traject per maand", "Cost per trajectory per month")),
        why: Tr::new(
            "Vrijwilligerswerk is één vorm van meedoen. Met participatie als doel kan een aanbieder ook sport, een rol in de buurt of een opstap naar werk inzetten. Eén prijs per traject per maand betaalt voor het geheel; de aanbieder kiest zelf welke onderdelen nodig zijn.",
            "Volunteer work is one way of taking part. With participation as the goal a provider may also use sport, a role in the neighbourhood or a first step towards work. One price per trajectory per month pays for the whole; the provider chooses which parts are needed.",
        ),
    },
];

/// The guide's coffee example (§2.3).
pub const COFFEE: SideBySide = SideBySide {
    topic: Tr::new("Koffie op het werk", "Coffee at work"),
    technical: Tr::new(
        "De werkgever schaft een koffiezetapparaat aan, of een cateringbedrijf levert de koffie.",
        "The employer buys a coffee machine, or a catering firm delivers the coffee.",
    ),
    functional: Tr::new(
        "Werknemers kunnen op het werk een kopje koffie drinken.",
        "Employees can have a cup of coffee at work.",
    ),
    technical_cost: None,
    functional_cost: None,
    why: Tr::new(
        "Voor de werknemer maakt het weinig uit of er een apparaat komt of een cateringbedrijf de koffie levert. Wie de behoefte noemt in plaats van het product, laat leveranciers hun kennis gebruiken voor de beste oplossing, en kijkt naar de kosten over de hele levensduur (aanschaf, inkoop, onderhoud en afbouw) in plaats van alleen de aanschafprijs.",
        "For the employee it hardly matters whether a machine is bought or a caterer delivers the coffee. Naming the need instead of the product lets suppliers use their expertise for the best solution, and looks at the cost over the whole life (purchase, buying process, upkeep and phasing out) rather than the purchase price alone.",
    ),
};

/// A municipality's labelled performance requirements from the guide's appendices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseRequirements {
    /// The municipality (a name, the same in both languages).
    pub municipality: &'static str,
    /// What was bought, in one sentence.
    pub context: Tr,
    /// The requirements the guide calls functional: the 'what' question, the goal.
    pub functional: &'static [Tr],
    /// The requirements the guide calls technical: conditions, the 'how' question.
    pub technical: &'static [Tr],
    /// What to learn from the example.
    pub note: Tr,
}

/// Apeldoorn (appendix 1): the Programma van Eisen for re-integration trajectories.
pub const APELDOORN: CaseRequirements = CaseRequirements {
    municipality: "Apeldoorn",
    context: Tr::new(
        "Apeldoorn (circa 154.000 inwoners, 2.700 klanten) kocht re-integratietrajecten in via een onderhandse aanbesteding met voorselectie: 50 bedrijven werden uitgenodigd voor de voorselectie, 28 daarvan gevraagd een offerte uit te brengen, twaalf kregen een contract.",
        "Apeldoorn (about 154,000 inhabitants, 2,700 clients) bought re-integration trajectories through a private tender with pre-selection: 50 firms were invited to the pre-selection, 28 of them were asked to bid, twelve got a contract.",
    ),
    functional: &[
        Tr::new(
            "Elke uitvoerder behaalt bij minimaal 55 % van de gestarte trajectplannen het beoogde resultaat: uitstroom of plaatsing op een sociale-activeringsplaats.",
            "Every provider achieves the intended result in at least 55% of the trajectory plans started: outflow, or placement in a social activation position.",
        ),
        Tr::new(
            "Bonus: voor elke plaatsing boven het afgesproken plaatsingspercentage betaalt de gemeente 15 % van de gemiddelde trajectprijs extra.",
            "Bonus: for each placement above the agreed placement rate the municipality pays an extra 15% of the average trajectory price.",
        ),
        Tr::new(
            "Malus: blijft het bedrijf onder het afgesproken plaatsingspercentage, dan betaalt de gemeente voor dat tekort 50 % van de gemiddelde trajectkosten niet.",
            "Malus: if the provider stays below the agreed placement rate, the municipality withholds 50% of the average trajectory cost for the shortfall.",
        ),
        Tr::new(
            "De gemeente koopt volledige trajecten in; kan de uitvoerder een onderdeel niet zelf leveren, dan koopt hij het zelf in bij een onderaannemer.",
            "The municipality buys complete trajectories; if the provider cannot deliver a part itself, it buys it in from a subcontractor.",
        ),
        Tr::new(
            "Prijscriterium: de voordeligste aanbieding, afgewogen tegen het aangeboden plaatsingspercentage (minimaal 55 %).",
            "Price criterion: the most advantageous offer, weighed against the placement rate offered (at least 55%).",
        ),
        Tr::new(
            "Het re-integratiebedrijf geeft een gemiddelde trajectprijs op.",
            "The re-integration firm states an average trajectory price.",
        ),
        Tr::new(
            "De keuze berust in de eerste plaats op het plan van aanpak; de gemeente staat open voor innovatieve vormen van re-integratie.",
            "The choice rests first of all on the plan of approach; the municipality is open to innovative forms of re-integration.",
        ),
    ],
    technical: &[
        Tr::new(
            "De dienstverlening vindt plaats vanuit een vestiging in Apeldoorn.",
            "The service is delivered from a branch in Apeldoorn.",
        ),
        Tr::new(
            "Alle uitvoerders werken op dezelfde manier met de Wet bescherming persoonsgegevens.",
            "All providers handle the Personal Data Protection Act in the same way.",
        ),
        Tr::new(
            "Het trajectplan wordt goedgekeurd voordat de uitvoering start.",
            "The trajectory plan is approved before delivery starts.",
        ),
        Tr::new(
            "Een traject duurt niet langer dan de afgesproken maximale duur.",
            "A trajectory lasts no longer than the agreed maximum duration.",
        ),
        Tr::new(
            "De uitvoerders leveren op een vaste manier een kwartaalrapportage en voortgangsrapportages.",
            "The providers deliver quarterly and progress reports in a fixed format.",
        ),
        Tr::new(
            "Facturering gebeurt op basis van de ingezette instrumenten, niet van het totale traject.",
            "Invoicing is based on the instruments used, not on the trajectory as a whole.",
        ),
    ],
    note: Tr::new(
        "De functionele eisen sturen op resultaat: een minimaal plaatsingspercentage, een bonus en een malus, een prijs gewogen met het plaatsingspercentage. Let op de spanning met de laatste technische eis: facturering per ingezet instrument beschermt de gemeente bij uitval, maar betaalt inzet in plaats van resultaat.",
        "The functional requirements steer on results: a minimum placement rate, a bonus and a malus, a price weighted by the placement rate. Note the tension with the last technical requirement: invoicing per instrument used protects the municipality when a client drops out, but pays for input instead of results.",
    ),
};

/// Emmen (appendix 3): the activation project in Nieuw-Amsterdam and Veenoord.
pub const EMMEN: CaseRequirements = CaseRequirements {
    municipality: "Emmen",
    context: Tr::new(
        "Emmen (circa 107.000 inwoners, 2.250 klanten) vroeg de markt om een aanpak voor ongeveer 25 klanten uit de 'harde kern' in twee dorpen: verhoog hun maatschappelijke participatie en doorbreek hun sociaal isolement.",
        "Emmen (about 107,000 inhabitants, 2,250 clients) asked the market for an approach for about 25 'hard core' clients in two villages: raise their social participation and break their social isolation.",
    ),
    functional: &[
        Tr::new(
            "De opdrachtnemer bevordert de maatschappelijke participatie van deze groep, vergroot het aanwezige arbeidspotentieel en houdt het in stand, en doorbreekt het sociaal isolement met maatschappelijk zinvolle activiteiten.",
            "The contractor promotes the social participation of this group, enlarges and maintains its potential for work, and breaks its social isolation through meaningful activities.",
        ),
        Tr::new(
            "De opdrachtnemer geeft het hele traject zelf vorm: een beroep op zijn creativiteit.",
            "The contractor designs the whole trajectory itself: an appeal to its creativity.",
        ),
        Tr::new(
            "De opdrachtnemer is verantwoordelijk voor de hele uitvoering, ook als hij een deel uitbesteedt.",
            "The contractor is responsible for the whole delivery, also when it subcontracts a part.",
        ),
        Tr::new("De aanpak is integraal.", "The approach is integral."),
    ],
    technical: &[
        Tr::new(
            "Het hele project wordt in de wijk uitgevoerd.",
            "The whole project is carried out in the neighbourhood.",
        ),
        Tr::new(
            "De opdrachtnemer houdt de registratie van de deelnemers bij.",
            "The contractor keeps the registration of participants.",
        ),
        Tr::new(
            "De opdrachtnemer werkt samen met lokale instellingen en gebruikt waar nodig producten die de gemeente daar al heeft ingekocht.",
            "The contractor cooperates with local organisations and, where needed, uses products the municipality has already bought from them.",
        ),
        Tr::new(
            "Er zijn geen wachttijden voor de deelnemers.",
            "There are no waiting times for participants.",
        ),
        Tr::new(
            "De inzet van andere instellingen leidt niet tot prijsverhogingen tijdens de looptijd.",
            "Using other organisations does not lead to price increases during the contract.",
        ),
    ],
    note: Tr::new(
        "Emmen stelde bewust een open vraag ('laat ze maar met een voorstel komen'); de technische eisen zijn randvoorwaarden bij die vraag. Omdat meetbare eindresultaten ontbraken, kon Emmen niet op resultaat afrekenen en lag het risico bij de gemeente.",
        "Emmen deliberately asked an open question ('let them come up with a proposal'); the technical requirements are conditions around that question. Because measurable end results were missing, Emmen could not pay on results and the risk stayed with the municipality.",
    ),
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::spec::assess;

    #[test]
    fn every_kind_has_texts_in_both_languages() {
        for k in SignalKind::ALL {
            for tr in [signal_label(k), signal_explanation(k)] {
                assert!(!tr.nl.is_empty() && !tr.en.is_empty());
                assert!(!tr.nl.contains('\n') && !tr.en.contains('\n'), "one line");
            }
        }
    }

    fn proposal_of(text: &str, ui: Lang) -> Proposal {
        let a = assess(text);
        let s = a.sentences().first().unwrap_or_else(|| panic!("no sentence: {text}"));
        proposal(text, s, ui).unwrap_or_else(|| panic!("no proposal: {text}"))
    }

    #[test]
    fn a_technical_sentence_gets_a_result_for_its_own_target_group_without_placeholders() {
        // One requirement with a ";": one sentence (issue 16), one proposal with both parts.
        let p = proposal_of("Deelnemers volgen een taalcursus van 40 lessen; wij betalen per les.", Lang::En);
        assert_eq!(p.kind, ProposalKind::FromTopic);
        // In the sentence's language, whatever the interface's.
        let t = p.text.unwrap_or_default();
        assert!(t.starts_with("Deelnemers spreken binnen een jaar voldoende Nederlands"), "{t}");
        assert!(t.contains("taalcursus") && t.contains("in plaats van per les"), "{t}");
        assert!(!t.contains('[') && !t.contains('«'), "{t}");
        let t = proposal_of("Elke deelnemer krijgt binnen zes maanden een sollicitatietraining.", Lang::Nl)
            .text
            .unwrap_or_default();
        assert!(t.starts_with("Elke deelnemer heeft binnen zes maanden betaald werk"), "{t}");
    }

    #[test]
    fn a_mixed_sentence_keeps_its_functional_part() {
        let p = proposal_of(
            "Deelnemers lopen een stage van drie maanden bij een erkend leerbedrijf zodat zij daarna een baan vinden.",
            Lang::Nl,
        );
        assert_eq!(p.kind, ProposalKind::KeepFunctional);
        let t = p.text.unwrap_or_default();
        assert!(t.starts_with("Het resultaat is dat deelnemers daarna een baan vinden."), "{t}");
        assert!(t.contains("De aanbieder kiest zelf hoe, bijvoorbeeld met: stage"), "{t}");
        let t = proposal_of(
            "Participants follow a 12-week digital skills course so that they can apply for jobs online.",
            Lang::Nl,
        )
        .text
        .unwrap_or_default();
        assert!(t.starts_with("The result is that participants can apply for jobs online."), "{t}");
    }

    #[test]
    fn an_outcome_nobody_can_measure_gets_a_measure() {
        let p = proposal_of("Deelnemers voelen zich na het traject gezonder.", Lang::Nl);
        assert_eq!(p.kind, ProposalKind::AddMeasure);
        let t = p.text.unwrap_or_default();
        assert!(t.starts_with("Deelnemers voelen zich na het traject gezonder, gemeten met"), "{t}");
        // A measurable one needs nothing.
        let a = assess("Minimaal 60% van de deelnemers haalt binnen een jaar taalniveau A2.");
        assert!(a.sentences().iter().all(|s| proposal("", s, Lang::Nl).is_none()));
    }

    #[test]
    fn a_process_condition_may_stay_technical() {
        let p = proposal_of("De opdrachtnemer levert elk kwartaal een voortgangsrapportage aan.", Lang::Nl);
        assert_eq!((p.kind, p.text), (ProposalKind::Process, None));
    }

    #[test]
    fn share_summary_counts() {
        let a = assess("Deelnemers volgen 40 lessen. Minimaal 60% van de deelnemers haalt niveau A2.");
        let s = share_summary(&a, Lang::Nl).unwrap_or_default();
        assert!(s.starts_with("1 van de 2 eisen is functioneel (50%)"), "{s}");
        let three = "Deelnemers volgen 40 lessen. Minimaal 60% van de deelnemers haalt niveau A2. \
                     We betalen per uur begeleiding.";
        let a = assess(three);
        assert_eq!(
            share_summary(&a, Lang::Nl).as_deref(),
            Some("1 van de 3 eisen is functioneel (33%); 2 technisch, 0 gemengd.")
        );
        assert_eq!(
            share_summary(&a, Lang::En).as_deref(),
            Some("1 of 3 requirements is functional (33%); 2 technical, 0 mixed.")
        );
        // The badge above the count line agrees with it.
        assert_eq!(overall_label(a.overall()).get(Lang::Nl), "Overwegend technisch");
        let two = assess("Minimaal 60% haalt niveau A2. Minimaal 70% vindt een baan.");
        assert!(share_summary(&two, Lang::Nl).unwrap_or_default().starts_with("2 van de 2 eisen zijn functioneel"));
        assert_eq!(share_summary(&assess(""), Lang::En), None);
    }

    #[test]
    fn the_apeldoorn_pre_selection_is_stated_as_in_the_guide() {
        for lang in [Lang::Nl, Lang::En] {
            let c = APELDOORN.context.get(lang);
            assert!(c.contains("50") && c.contains("28"), "{c}");
            assert!(!c.contains("28 bedrijven brachten") && !c.contains("28 firms bid"), "{c}");
        }
    }
}
