//! Texts of the workshop (`features::workshop`) and of projector mode in the header: the
//! session, each exercise's question, material labels, reveal (answer, why, source) and the
//! facilitator's script. Facts are the sources' (the guide *Inkoop en innovatie*, its
//! appendices on the four municipalities) and the literature on rank reversal, in our words.

use super::{pick, Lang, Tr};
use crate::domain::workshop::{Exercise, InvestEffect, ReversalStep, RiskInstrument};

// ---- projector mode (header)
pub const PROJECTOR_ON: Tr = Tr::new("Projectormodus", "Projector mode");
pub const PROJECTOR_HELP: Tr = Tr::new(
    "Grote letters, hoog contrast en een kort menu, voor een zaal met een projector.",
    "Large type, high contrast and a short menu, for a room with a projector.",
);
pub const LOCK: Tr = Tr::new("Vergrendel de presentatie", "Lock the presentation");
pub const LOCKED_BANNER: Tr = Tr::new(
    "Presentatie vergrendeld: het materiaal van de oefeningen kan niet worden gewijzigd.",
    "Presentation locked: the material of the exercises cannot be changed.",
);
pub const NAV_WORKSHOP: Tr = Tr::new("Workshop", "Workshop");

// ---- the page
pub const TITLE: Tr =
    Tr::new("Workshop: innovatief inkopen in 45 minuten", "Workshop: innovative purchasing in 45 minutes");
pub const INTRO: Tr = Tr::new(
    "Korte oefeningen voor een zaal met collega's. Stel de vraag, laat de zaal meedenken en het \
     materiaal veranderen, toon dan het antwoord met de bron. Wat u hier verandert, blijft op deze \
     pagina: uw dossiers raakt de workshop nooit.",
    "Short exercises for a room of colleagues. Ask the question, let the room think along and \
     change the material, then show the answer with its source. What you change here stays on this \
     page: the workshop never touches your dossiers.",
);
pub const AGENDA: Tr = Tr::new("Programma", "Programme");
pub const PRINT_SCRIPT: Tr = Tr::new("Draaiboek afdrukken", "Print the facilitator script");
pub const QUESTION: Tr = Tr::new("Vraag aan de zaal", "Question for the room");
pub const SHOW_ANSWER: Tr = Tr::new("Toon het antwoord", "Show the answer");
pub const HIDE_ANSWER: Tr = Tr::new("Verberg het antwoord", "Hide the answer");
pub const ANSWER: Tr = Tr::new("Antwoord", "Answer");
pub const WHY: Tr = Tr::new("Waarom", "Why");
pub const SOURCE: Tr = Tr::new("Bron", "Source");
pub const RESET: Tr = Tr::new("Oefening terugzetten", "Reset the exercise");
pub const RESET_CONFIRM: Tr = Tr::new(
    "Deze oefening terugzetten naar het begin? Uw dossiers blijven zoals ze zijn.",
    "Reset this exercise to its start? Your dossiers stay as they are.",
);
pub const RESET_YES: Tr = Tr::new("Ja, terugzetten", "Yes, reset");
pub const RESET_NO: Tr = Tr::new("Nee", "No");
pub const RESET_DONE: Tr = Tr::new("De oefening staat weer aan het begin.", "The exercise is back at its start.");

/// "Oefening 2 · 12 minuten".
pub fn exercise_meta(e: Exercise, lang: Lang) -> String {
    pick(
        format!("Oefening {} · {} minuten", e.number(), e.minutes()),
        format!("Exercise {} · {} minutes", e.number(), e.minutes()),
        lang,
    )
}

/// "minuut 13–25" on the agenda.
pub fn exercise_slot(e: Exercise, lang: Lang) -> String {
    let (from, to) = (e.starts_at(), e.starts_at() + e.minutes());
    pick(format!("minuut {from}–{to}"), format!("minute {from}–{to}"), lang)
}

pub fn exercise_title(e: Exercise) -> Tr {
    match e {
        Exercise::Role | Exercise::Together => super::workshop_more::exercise_title(e),
        Exercise::Functional => Tr::new("Functioneel of technisch?", "Functional or technical?"),
        Exercise::Risk => Tr::new("Wie draagt het risico?", "Who carries the risk?"),
        Exercise::Reversal => Tr::new("Rangorde-omkering in drie stappen", "Rank reversal in three steps"),
        Exercise::Incentives => Tr::new("Prikkels die werken: bonus en malus", "Incentives that work: bonus and malus"),
        Exercise::Weights => Tr::new("Gewichten en wat ze kosten", "Weights and what they cost"),
    }
}

pub fn question(e: Exercise) -> Tr {
    match e {
        Exercise::Role | Exercise::Together => super::workshop_more::question(e),
        Exercise::Functional => Tr::new(
            "Werknemers willen op het werk koffie kunnen drinken. Welke van de twee eisen hieronder is \
             functioneel, en wat wint u ermee? Schrijf daarna samen een eis uit uw eigen werk op.",
            "Employees want to be able to drink coffee at work. Which of the two requirements below is \
             functional, and what do you gain by it? Then write down a requirement from your own work together.",
        ),
        Exercise::Risk => Tr::new(
            "Een bedrijf wil investeren in een nieuwe aanpak. Welke afspraken in het contract maken het \
             meer bereid om te investeren, en welke minder?",
            "A provider wants to invest in a new approach. Which terms of the contract make it more \
             willing to invest, and which less?",
        ),
        Exercise::Reversal => Tr::new(
            "Prijs en kwaliteit wegen elk 50 %. Aanbieder C is duidelijk kansloos. Kan C toch bepalen \
             wie er wint?",
            "Price and quality weigh 50% each. Provider C clearly has no chance. Can C still decide who wins?",
        ),
        Exercise::Incentives => Tr::new(
            "Apeldoorn spreekt 55 % plaatsingen af, met een bonus erboven en een malus eronder. Wat krijgt \
             het bedrijf bij 8 plaatsingen van de 20, en wat bij 16? Waarom is de malus zwaarder dan de bonus?",
            "Apeldoorn agrees on 55% placements, with a bonus above and a malus below. What does the \
             provider get for 8 placements out of 20, and for 16? Why is the malus heavier than the bonus?",
        ),
        Exercise::Weights => Tr::new(
            "Hoe zwaar moet kwaliteit wegen voordat een andere aanbieder wint? En hoeveel euro is één \
             kwaliteitspunt dan waard?",
            "How much must quality weigh before another provider wins? And how many euros is one quality \
             point then worth?",
        ),
    }
}

pub fn answer(e: Exercise) -> Tr {
    match e {
        Exercise::Role | Exercise::Together => super::workshop_more::answer(e),
        Exercise::Functional => Tr::new(
            "‘Werknemers kunnen op het werk een kopje koffie drinken’ is functioneel: het noemt de behoefte. \
             ‘Een koffiezetapparaat aanschaffen’ schrijft het middel voor. De functionele eis laat een \
             apparaat, een cateringbedrijf of iets nieuws toe.",
            "‘Employees can have a cup of coffee at work’ is functional: it names the need. ‘Buy a coffee \
             machine’ prescribes the means. The functional requirement allows a machine, a caterer or \
             something new.",
        ),
        Exercise::Risk => Tr::new(
            "Meer bereid: een instroomgarantie, no cure less pay, een langer contract en een proef die de \
             gemeente meefinanciert. Minder bereid: geen instroomgarantie, no cure no pay en jaarcontracten.",
            "More willing: an inflow guarantee, no cure less pay, a longer contract and a pilot the \
             municipality co-finances. Less willing: no inflow guarantee, no cure no pay and one-year contracts.",
        ),
        Exercise::Reversal => Tr::new(
            "Ja. Met twee offertes wint A (80,00 tegen 79,00). Komt C erbij, dan wint B (59,00 tegen 55,00) \
             terwijl C zelf laatste wordt. Met vooraf gepubliceerde prijsgrenzen (€ 40.000 en € 150.000) \
             wint A met en zonder C, met precies dezelfde punten.",
            "Yes. With two bids A wins (80.00 to 79.00). Add C and B wins (59.00 to 55.00) while C itself \
             comes last. With price bounds published in advance (€40,000 and €150,000) A wins with and \
             without C, with exactly the same points.",
        ),
        Exercise::Incentives => Tr::new(
            "Bij 20 trajecten is 55 % gelijk aan 11 plaatsingen. Bij 8 plaatsingen zijn er 3 te weinig: de \
             gemeente houdt 3 × 50 % × € 7.500 = € 11.250 in. Bij 16 zijn er 5 meer: bonus 5 × 15 % × € 7.500 \
             = € 5.625. Een plaatsing te weinig kost het bedrijf dus ruim drie keer zoveel als een plaatsing \
             extra oplevert.",
            "With 20 trajectories 55% is 11 placements. At 8 placements 3 are missing: the municipality \
             withholds 3 × 50% × €7,500 = €11,250. At 16 there are 5 more: a bonus of 5 × 15% × €7,500 = \
             €5,625. One placement short costs the provider more than three times what one extra placement earns.",
        ),
        Exercise::Weights => Tr::new(
            "In dit voorbeeld blijft B winnen zolang kwaliteit zwaarder weegt dan ongeveer 45 %; weegt \
             kwaliteit minder, dan wint de goedkope maar zwakke C. Het gewicht is dus een prijs die u \
             vooraf op kwaliteit zet: de app rekent uit hoeveel euro trajectprijs één kwaliteitspunt \
             waard is.",
            "In this example B keeps winning while quality weighs more than about 45%; with less weight on \
             quality the cheap but weak C wins. The weight is a price you put on quality in advance: the \
             app works out how many euros of trajectory price one quality point is worth.",
        ),
    }
}

pub fn why(e: Exercise) -> Tr {
    match e {
        Exercise::Role | Exercise::Together => super::workshop_more::why(e),
        Exercise::Functional => Tr::new(
            "Wie het resultaat vraagt in plaats van het middel, laat aanbieders hun kennis gebruiken en kijkt \
             naar de kosten over de hele levensduur. Dat is de eerste hefboom voor vernieuwing: in een \
             technisch bestek kan een aanbieder niet met een betere aanpak komen.",
            "Asking for the result instead of the means lets providers use their expertise, and looks at the \
             cost over the whole life. It is the first lever for innovation: a technical bestek leaves a \
             provider no room for a better approach.",
        ),
        Exercise::Risk => Tr::new(
            "Wie vernieuwt loopt risico: het is onzeker of de aanpak werkt en of er afnemers zijn. Neemt de \
             gemeente een deel van dat risico, dan durft een bedrijf te investeren; schuift zij alles door, \
             dan kiest het bedrijf voor wat het al kent.",
            "Innovating is risky: it is uncertain whether the approach works and whether there are clients. \
             When the municipality takes part of that risk, a provider dares to invest; when it passes all \
             of it on, the provider sticks to what it knows.",
        ),
        Exercise::Reversal => Tr::new(
            "Een relatieve formule geeft prijspunten ten opzichte van de laagste prijs. C verlaagt die van \
             € 100.000 naar € 50.000: A verliest 25 prijspunten, B maar 20. Een absolute formule scoort \
             elke offerte op zichzelf, zodat een derde het verschil tussen twee anderen niet kan veranderen.",
            "A relative formula gives price points relative to the lowest price. C lowers it from €100,000 \
             to €50,000: A loses 25 price points, B only 20. An absolute formula scores each bid on its own, \
             so a third bid cannot change the difference between two others.",
        ),
        Exercise::Incentives => Tr::new(
            "Een bonus beloont creativiteit bij het plaatsen; de malus zorgt dat de gemeente niet het hele \
             traject betaalt als het resultaat uitblijft. Zo deelt het bedrijf in het risico, maar houdt het \
             ruimte om zelf te kiezen hoe het plaatst.",
            "A bonus rewards creativity in placing people; the malus means the municipality does not pay the \
             whole trajectory when the result does not come. The provider shares the risk but keeps room to \
             choose how it places people.",
        ),
        Exercise::Weights => Tr::new(
            "Gewichten en de prijsformule samen bepalen hoeveel prijsverschil één kwaliteitspunt goedmaakt. \
             Wie dat vooraf uitrekent, ziet of de weging past bij wat u aan vernieuwing wilt betalen, en of \
             een kleine verschuiving van het gewicht de winnaar al verandert.",
            "Weights and the price formula together decide how much price difference one quality point makes \
             up for. Working it out in advance shows whether the weighting fits what you want to pay for \
             innovation, and whether a small shift of weight already changes the winner.",
        ),
    }
}

pub fn source(e: Exercise) -> Tr {
    match e {
        Exercise::Role | Exercise::Together => super::workshop_more::source(e),
        Exercise::Functional => Tr::new(
            "Handreiking Inkoop en innovatie §2.3 (de tabel en het koffievoorbeeld) en §3.2 (functionele inkoop)",
            "Guide Inkoop en innovatie §2.3 (the table and the coffee example) and §3.2 (functional purchasing)",
        ),
        Exercise::Risk => Tr::new(
            "Handreiking §2.3 (goede risicoverdeling) en §3.3 (risicoverdeling bij de vier gemeenten)",
            "Guide §2.3 (a good division of risk) and §3.3 (the division of risk in the four municipalities)",
        ),
        Exercise::Reversal => Tr::new(
            "Telgen & Timmer (2016) over rangorde-omkering; de prijsformules in stap 3 van de app",
            "Telgen & Timmer (2016) on rank reversal; the price formulas in step 3 of the app",
        ),
        Exercise::Incentives => Tr::new(
            "Handreiking §3.4 (prikkels voor innovatie) en bijlage 1 (Apeldoorn: bonus 15 %, malus 50 %, 55 % plaatsingen)",
            "Guide §3.4 (incentives for innovation) and appendix 1 (Apeldoorn: bonus 15%, malus 50%, 55% placements)",
        ),
        Exercise::Weights => Tr::new(
            "Handreiking §3.4 (‘innovatie in de aanpak’ als gunningscriterium, de weging in Emmen); de \
             gevoeligheidsanalyse van de app",
            "Guide §3.4 (‘innovation in the approach’ as an award criterion, Emmen's weighting); the app's \
             sensitivity analysis",
        ),
    }
}

// ---- exercise 1: functional or technical
pub const COFFEE_A: Tr = Tr::new("Eis 1", "Requirement 1");
pub const COFFEE_B: Tr = Tr::new("Eis 2", "Requirement 2");
pub const OWN_SENTENCE: Tr = Tr::new("De eis van de zaal", "The room's requirement");
pub const OWN_HELP: Tr = Tr::new(
    "Typ een eis die iemand in de zaal noemt: het oordeel en een functionele versie verschijnen direct.",
    "Type a requirement someone in the room names: the verdict and a functional version appear at once.",
);
pub const OWN_EMPTY: Tr = Tr::new("Nog geen eis getypt.", "No requirement typed yet.");
pub const GUIDE_TABLE: Tr = Tr::new("De tabel uit de handreiking", "The guide's table");

// ---- exercise 2: who carries the risk
pub fn instrument(i: RiskInstrument) -> Tr {
    match i {
        RiskInstrument::InflowGuarantee => Tr::new(
            "Instroomgarantie: de gemeente garandeert een minimaal aantal deelnemers",
            "Inflow guarantee: the municipality guarantees a minimum number of participants",
        ),
        RiskInstrument::NoInflowGuarantee => Tr::new(
            "Geen instroomgarantie (zoals Amsterdam en Roermond)",
            "No inflow guarantee (as in Amsterdam and Roermond)",
        ),
        RiskInstrument::NoCureLessPay => Tr::new(
            "No cure, less pay: een mislukt traject wordt deels betaald",
            "No cure, less pay: a failed trajectory is paid in part",
        ),
        RiskInstrument::NoCureNoPay => Tr::new(
            "No cure, no pay: (vrijwel) alleen betalen voor resultaat",
            "No cure, no pay: paying (almost) only for results",
        ),
        RiskInstrument::OneYearContract => {
            Tr::new("Contracten van één jaar (Amsterdam, Roermond)", "One-year contracts (Amsterdam, Roermond)")
        }
        RiskInstrument::LongerContract => Tr::new(
            "Een langer contract: twee jaar of meer, of met een optie op verlenging",
            "A longer contract: two years or more, or with an option to extend",
        ),
        RiskInstrument::CoFinancedPilot => Tr::new(
            "De gemeente financiert een nieuwe aanpak mee tot die zich bewezen heeft (Apeldoorn met de provincie)",
            "The municipality co-finances a new approach until it has proven itself (Apeldoorn with the province)",
        ),
    }
}

/// Why an instrument has its effect, shown in the reveal.
pub fn instrument_why(i: RiskInstrument) -> Tr {
    match i {
        RiskInstrument::InflowGuarantee => Tr::new(
            "Zekerheid over afnemers: de gemeente neemt het instroomrisico. Emmen en Apeldoorn deden dat.",
            "Certainty of clients: the municipality takes the inflow risk. Emmen and Apeldoorn did so.",
        ),
        RiskInstrument::NoInflowGuarantee => Tr::new(
            "Zonder garantie weet een bedrijf niet of de investering terugkomt; in Roermond wilde daardoor \
             geen bedrijf lokaal aanbieden.",
            "Without a guarantee a provider does not know whether the investment pays back; in Roermond no \
             provider would then offer its services locally.",
        ),
        RiskInstrument::NoCureLessPay => Tr::new(
            "De gemeente draagt een deel van het risico van een nieuwe aanpak die misschien niet werkt.",
            "The municipality bears part of the risk of a new approach that may not work.",
        ),
        RiskInstrument::NoCureNoPay => Tr::new(
            "Het hele uitstroomrisico ligt bij het bedrijf: een onbewezen aanpak is dan een gok.",
            "The whole outflow risk lies with the provider: an unproven approach becomes a gamble.",
        ),
        RiskInstrument::OneYearContract => Tr::new(
            "Bij korte contracten is men minder geneigd te investeren: er is weinig tijd om de investering terug te verdienen.",
            "With short contracts providers are less inclined to invest: there is little time to earn it back.",
        ),
        RiskInstrument::LongerContract => Tr::new(
            "Meer tijd om een investering terug te verdienen (het spoorproject in §2.4 liep dertig jaar).",
            "More time to earn an investment back (the railway project in §2.4 ran for thirty years).",
        ),
        RiskInstrument::CoFinancedPilot => Tr::new(
            "Het project kreeg de kans zich te bewijzen met een aanvaardbaar risico voor beide partijen; daarna \
             deed het mee in de gewone aanbesteding.",
            "The project got the chance to prove itself with an acceptable risk for both parties; then it \
             competed in the regular tender.",
        ),
    }
}

pub fn invest_effect(e: InvestEffect) -> Tr {
    match e {
        InvestEffect::MoreWilling => Tr::new("Meer bereid te investeren", "More willing to invest"),
        InvestEffect::LessWilling => Tr::new("Minder bereid te investeren", "Less willing to invest"),
    }
}

pub const COL_INSTRUMENT: Tr = Tr::new("Instrument", "Instrument");
pub const COL_ROOM: Tr = Tr::new("Wat zegt de zaal?", "What does the room say?");
pub const COL_GUIDE: Tr = Tr::new("De handreiking", "The guide");
pub const AGREES: Tr = Tr::new("klopt", "right");
pub const DIFFERS: Tr = Tr::new("anders", "different");

/// "5 van de 7 antwoorden komen overeen met de handreiking."
pub fn risk_score_line(score: usize, total: usize, lang: Lang) -> String {
    pick(
        format!("{score} van de {total} antwoorden van de zaal komen overeen met de handreiking."),
        format!("{score} of the room's {total} answers agree with the guide."),
        lang,
    )
}

// ---- exercise 4: rank reversal
pub const STEPS_LABEL: Tr = Tr::new("Stap van de oefening", "Step of the exercise");

pub fn reversal_step(s: ReversalStep) -> Tr {
    match s {
        ReversalStep::TwoBids => Tr::new("1. Twee offertes", "1. Two bids"),
        ReversalStep::ThirdBid => Tr::new("2. Een kansloze derde erbij", "2. Add a hopeless third"),
        ReversalStep::Absolute => Tr::new("3. Absolute formule", "3. Absolute formula"),
    }
}

pub fn reversal_step_help(s: ReversalStep) -> Tr {
    match s {
        ReversalStep::TwoBids => Tr::new(
            "A en B, prijs relatief ten opzichte van de laagste prijs.",
            "A and B, price relative to the lowest price.",
        ),
        ReversalStep::ThirdBid => Tr::new(
            "Dezelfde formule, zonder en met C naast elkaar.",
            "The same formula, without and with C side by side.",
        ),
        ReversalStep::Absolute => Tr::new(
            "Vaste prijsgrenzen, vooraf gepubliceerd: € 40.000 (alle prijspunten) en € 150.000 (geen).",
            "Fixed price bounds, published in advance: €40,000 (all price points) and €150,000 (none).",
        ),
    }
}

pub const WITHOUT_C: Tr = Tr::new("Zonder C", "Without C");
pub const WITH_C: Tr = Tr::new("Met C", "With C");
pub const COL_BIDDER: Tr = Tr::new("Aanbieder", "Provider");
pub const COL_PRICE: Tr = Tr::new("Prijs", "Price");
pub const COL_PRICE_POINTS: Tr = Tr::new("Prijspunten", "Price points");
pub const COL_QUALITY_POINTS: Tr = Tr::new("Kwaliteitspunten", "Quality points");
pub const COL_TOTAL: Tr = Tr::new("Totaal", "Total");
pub const NO_OUTCOME: Tr = Tr::new("Geen uitkomst te berekenen.", "No outcome can be computed.");

/// "Winnaar: Aanbieder B (fictief)".
pub fn winner_line(name: &str, lang: Lang) -> String {
    pick(format!("Winnaar: {name}"), format!("Winner: {name}"), lang)
}

pub fn winner_changes(changes: bool) -> Tr {
    if changes {
        Tr::new("C verandert de winnaar, terwijl C zelf verliest.", "C changes the winner, while C itself loses.")
    } else {
        Tr::new("C verandert de winnaar niet.", "C does not change the winner.")
    }
}

// ---- exercise 3: incentives
pub const PLACEMENTS: Tr = Tr::new("Aantal plaatsingen", "Number of placements");

/// "11 van 20 trajecten (55 %)".
pub fn placements_value(k: u32, n: u32, lang: Lang) -> String {
    let share = (k * 100).checked_div(n).unwrap_or(0);
    pick(format!("{k} van {n} trajecten ({share} %)"), format!("{k} of {n} trajectories ({share}%)"), lang)
}

pub const TERMS: Tr = Tr::new(
    "Apeldoorn: 55 % plaatsingen afgesproken; per plaatsing erboven 15 % van de gemiddelde trajectprijs \
     bonus, per plaatsing eronder 50 % ingehouden. Gemiddelde trajectprijs € 7.500 (illustratief), 20 trajecten.",
    "Apeldoorn: 55% placements agreed; per placement above it a bonus of 15% of the average trajectory \
     price, per placement below it 50% withheld. Average trajectory price €7,500 (illustrative), 20 trajectories.",
);
pub const AGREED: Tr = Tr::new("Afgesproken plaatsingen", "Agreed placements");
pub const BASE: Tr = Tr::new("Trajectbetalingen", "Trajectory payments");
pub const BONUS: Tr = Tr::new("Bonus", "Bonus");
pub const WITHHELD: Tr = Tr::new("Ingehouden (malus)", "Withheld (malus)");
pub const PAYOUT: Tr = Tr::new("Uitbetaling", "Payout");
pub const CHART: Tr = Tr::new("Uitbetaling per aantal plaatsingen", "Payout by number of placements");

/// The chart's text alternative.
pub fn chart_label(k: u32, payout: &str, lang: Lang) -> String {
    pick(
        format!(
            "Lijn van de uitbetaling bij 0 tot 20 plaatsingen, met een knik bij 11. Nu: {k} plaatsingen, {payout}."
        ),
        format!("Line of the payout for 0 to 20 placements, with a kink at 11. Now: {k} placements, {payout}."),
        lang,
    )
}

// ---- exercise 5: weights
pub const QUALITY_WEIGHT: Tr = Tr::new("Gewicht van kwaliteit", "Weight of quality");

/// "kwaliteit 50 %, prijs 50 %" / "quality 50%, price 50%".
pub fn weights_value(quality: u32, lang: Lang) -> String {
    let price = 100u32.saturating_sub(quality);
    pick(format!("kwaliteit {quality} %, prijs {price} %"), format!("quality {quality}%, price {price}%"), lang)
}

pub const WEIGHTS_CASE: Tr = Tr::new(
    "De drie offertes van de vorige oefening, prijs relatief ten opzichte van de laagste prijs.",
    "The three bids of the previous exercise, price relative to the lowest price.",
);
pub const STABLE: Tr = Tr::new("Hoe vast zit de winnaar?", "How firm is the winner?");
pub const POINT_VALUE: Tr = Tr::new("Wat is een kwaliteitspunt waard?", "What is a quality point worth?");

// ---- the facilitator's script (printed)
pub const SCRIPT_TITLE: Tr = Tr::new("Draaiboek voor de begeleider", "Facilitator script");
pub const SCRIPT_INTRO: Tr = Tr::new(
    "Eén pagina: per oefening de tijd, de vraag, het verwachte antwoord en de bron. Zet de \
     projectormodus aan en vergrendel de oefeningen voordat de zaal binnenkomt.",
    "One page: per exercise the time, the question, the expected answer and the source. Turn on \
     projector mode and lock the exercises before the room comes in.",
);
/// "Totaal: 45 minuten." (the sum of the exercises' minutes).
pub fn script_total(lang: Lang) -> String {
    let total: u32 = Exercise::ALL.iter().map(|e| e.minutes()).sum();
    pick(format!("Totaal: {total} minuten."), format!("Total: {total} minutes."), lang)
}
pub const COL_EXERCISE: Tr = Tr::new("Oefening", "Exercise");
pub const COL_MINUTES: Tr = Tr::new("Min.", "Min.");
pub const COL_EXPECTED: Tr = Tr::new("Verwacht antwoord", "Expected answer");
