//! Texts of the functional-specification helper: verdict and signal labels with one-line
//! explanations, the question to ask of a technical requirement, the rewrite template, the
//! overall figure, and the examples from the guide *Inkoop en innovatie* (SZW / Steunpunt Suwi
//! Gemeenten, 2002): its table in §2.3, the coffee example, and the functional and technical
//! performance requirements of Apeldoorn (appendix 1) and Emmen (appendix 3).
//!
//! The examples are faithful paraphrases of the guide in Dutch, with an English rendering;
//! the explanations ("why the functional one leaves room") are ours.

use super::{Lang, Tr};
use crate::domain::spec::{Assessment, Overall, Rewrite, SignalKind, Topic, Verdict};

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

/// The label before the rewrite template of a technical or mixed sentence.
pub const REWRITE_LABEL: Tr = Tr::new("Een functionele versie zou kunnen zijn:", "A functional version could be:");

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

/// An example result for a topic, used when the sentence names none.
pub fn topic_outcome(t: Topic) -> Tr {
    match t {
        Topic::Language => Tr::new(
            "voldoende Nederlands om zelfstandig mee te doen (bijvoorbeeld taalniveau A2 of B1)",
            "enough Dutch to take part independently (for example language level A2 or B1)",
        ),
        Topic::Work => Tr::new("duurzaam betaald werk", "lasting paid work"),
        Topic::Debt => Tr::new(
            "een stabiele financiële situatie zonder nieuwe achterstanden",
            "a stable financial situation without new arrears",
        ),
        Topic::Care => Tr::new(
            "zo zelfstandig mogelijk wonen en functioneren",
            "living and functioning as independently as possible",
        ),
        Topic::Youth => Tr::new("een startkwalificatie of werk", "a basic qualification or a job"),
        Topic::Activation => Tr::new(
            "meer maatschappelijke participatie en minder isolement",
            "more social participation and less isolation",
        ),
        Topic::General => Tr::new("[het resultaat voor de klant]", "[the result for the client]"),
    }
}

/// An example measure for a topic.
pub fn topic_measure(t: Topic) -> Tr {
    match t {
        Topic::Language => {
            Tr::new("een erkend examen of toets op dat niveau", "a recognised exam or test at that level")
        }
        Topic::Work => Tr::new(
            "het aandeel deelnemers met een arbeidscontract dat na zes maanden nog loopt",
            "the share of participants with a job contract still running after six months",
        ),
        Topic::Debt => Tr::new(
            "schuldregeling getroffen of schulden stabiel, en na twaalf maanden geen nieuwe achterstanden",
            "a debt arrangement made or debts stable, and no new arrears after twelve months",
        ),
        Topic::Care => Tr::new(
            "afname van klachten op een gevalideerde vragenlijst, of minder beroep op zwaardere zorg",
            "fewer complaints on a validated questionnaire, or less use of heavier care",
        ),
        Topic::Youth => Tr::new("een behaald diploma of een arbeidscontract", "a diploma obtained or a job contract"),
        Topic::Activation => Tr::new(
            "een stap op de participatieladder of het aantal uren per week actief",
            "a step up the participation ladder or hours per week active",
        ),
        Topic::General => Tr::new("[een indicator die u vooraf vastlegt]", "[an indicator you fix in advance]"),
    }
}

fn quoted(items: &[String], lang: Lang) -> String {
    let q: Vec<String> = items.iter().map(|s| format!("«{s}»")).collect();
    let and = match lang {
        Lang::Nl => " en ",
        Lang::En => " and ",
    };
    match q.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{}{and}{last}", rest.join(", ")),
    }
}

/// Renders the rewrite template for a technical or mixed sentence, one suggestion per line.
/// Words in «» come from the analysed sentence; words in [] are for the user to fill in.
pub fn render_rewrite(r: &Rewrite, lang: Lang) -> String {
    let who = r.target_group.clone().unwrap_or_else(|| match lang {
        Lang::Nl => "de deelnemer".to_string(),
        Lang::En => "the participant".to_string(),
    });
    let what = match &r.outcome {
        Some(o) => format!("«{o}»"),
        None => topic_outcome(r.topic).get(lang).to_string(),
    };
    let when = match (&r.deadline, lang) {
        (Some(d), _) => format!("«{d}»"),
        (None, Lang::Nl) => "binnen [termijn]".to_string(),
        (None, Lang::En) => "within [period]".to_string(),
    };
    let measure = topic_measure(r.topic).get(lang);
    let mut lines = Vec::with_capacity(4);
    match lang {
        Lang::Nl => {
            lines.push(format!("Resultaat voor {who}: {what}, {when}."));
            lines.push(format!("Meetbaar aan: {measure}."));
            if !r.means.is_empty() {
                lines.push(format!(
                    "De aanpak ({}) laat u aan de aanbieder; noem middelen hooguit als voorbeeld.",
                    quoted(&r.means, lang)
                ));
            }
            if let Some(c) = &r.input_cost {
                lines.push(format!("Prijs: een vast bedrag per traject dat dit resultaat haalt, in plaats van «{c}»."));
            }
        }
        Lang::En => {
            lines.push(format!("Result for {who}: {what}, {when}."));
            lines.push(format!("Measured by: {measure}."));
            if !r.means.is_empty() {
                lines.push(format!(
                    "Leave the approach ({}) to the provider; name means at most as an example.",
                    quoted(&r.means, lang)
                ));
            }
            if let Some(c) = &r.input_cost {
                lines.push(format!("Price: a fixed amount per trajectory that reaches this result, instead of «{c}»."));
            }
        }
    }
    lines.join("\n")
}

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
    let share = a.functional_share()?;
    let c = a.counts();
    let total = c.functional + c.technical + c.mixed;
    let pct = (share * 100.0).round();
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

    #[test]
    fn rewrite_uses_words_from_the_sentence() {
        let a = assess("Deelnemers volgen een taalcursus van 40 lessen; wij betalen per les.");
        let rw: Vec<&Rewrite> = a.sentences().iter().filter_map(|s| s.rewrite.as_ref()).collect();
        assert_eq!(rw.len(), 2);
        let nl = render_rewrite(rw[0], Lang::Nl);
        assert!(nl.contains("voor deelnemers") && nl.contains("taalniveau"), "{nl}");
        assert!(nl.contains("«taalcursus»") || nl.contains("«40 lessen»"), "{nl}");
        let en = render_rewrite(rw[1], Lang::En);
        assert!(en.contains("«per les»"), "{en}");
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
