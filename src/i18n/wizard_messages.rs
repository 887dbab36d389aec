//! Texts for the wizard's domain results: step status, open points (completeness), the
//! threshold advice and the contract value. Fixed texts are `Tr` pairs; texts with numbers
//! or names are built per language and formatted with the language's number style.

use crate::domain::completeness::{BonusMalusPart, OpenPoint, Problem, StepStatus};
use crate::domain::contract::{ContractValue, ContractValueProblem, MissingInput};
use crate::domain::dossier::{Participant, ServiceRegime};
use crate::domain::fields::FieldId;
use crate::domain::money::{format_fixed, Money};
use crate::domain::thresholds::{ProcedureOption, ThresholdAssessment, ThresholdReason, ThresholdSet};
use crate::i18n::{Lang, Tr};
use rust_decimal::Decimal;

// ---------------------------------------------------------------------------------------
// Step status

/// `Nog niet begonnen` / `3 open punten` / `Compleet`.
pub fn step_status(status: StepStatus, lang: Lang) -> String {
    match (status, lang) {
        (StepStatus::NotStarted, _) => Tr::new("Nog niet begonnen", "Not started").get(lang).to_string(),
        (StepStatus::Complete, _) => Tr::new("Compleet", "Complete").get(lang).to_string(),
        (StepStatus::Incomplete { open }, Lang::Nl) => plural(open, "open punt", "open punten", lang),
        (StepStatus::Incomplete { open }, Lang::En) => plural(open, "open point", "open points", lang),
    }
}

// ---------------------------------------------------------------------------------------
// Open points

/// The text of an open point; names participants by their names. Every text names the field
/// it is about, because lists of open points (the step's list, the overview) show the text
/// alone: `Omvang doelgroep ontbreekt voor Gemeente Apeldoorn.`, `Planning: 1 regel zonder
/// naam of tekst.`
pub fn open_point(point: &OpenPoint, participants: &[Participant], lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    match &point.problem {
        Problem::Missing => missing(point.field).get(lang).to_string(),
        Problem::MissingForParticipants { participants: ids } => {
            let names = participant_names(ids, participants, lang);
            let (what, plural) = per_participant_noun(point.field, lang);
            match (nl, plural) {
                (true, false) => format!("{what} ontbreekt voor {names}."),
                (true, true) => format!("{what} ontbreken voor {names}."),
                (false, false) => format!("{what} is missing for {names}."),
                (false, true) => format!("{what} are missing for {names}."),
            }
        }
        Problem::MustBePositive => {
            let label = crate::i18n::labels::field_label(point.field).get(lang);
            if nl {
                format!("{label}: dit getal moet groter zijn dan nul.")
            } else {
                format!("{label}: this number must be more than zero.")
            }
        }
        Problem::UnnamedEntries { .. }
        | Problem::PercentAbove100 { .. }
        | Problem::InvalidDates { .. }
        | Problem::DatesMissing { .. }
        | Problem::UnknownParticipants { .. }
        | Problem::ScoresOutOfRange { .. } => {
            let label = crate::i18n::labels::field_label(point.field).get(lang);
            format!("{label}: {}", problem(&point.problem, participants, lang))
        }
        _ => problem(&point.problem, participants, lang),
    }
}

/// What is missing per participant, as the subject of `… ontbreekt voor …`, and whether it
/// is plural (`ontbreken`, `are missing`).
fn per_participant_noun(field: FieldId, lang: Lang) -> (String, bool) {
    use FieldId::*;
    let (tr, plural) = match field {
        TargetGroupSizes => (Tr::new("Omvang doelgroep", "Target-group size"), false),
        FirstReferrals => (Tr::new("Eerste aanmeldingen", "First referrals"), true),
        MonitorFigures => (Tr::new("Gestarte trajecten of resultaten", "Started trajectories or results"), true),
        Costs => (Tr::new("Kosten", "Costs"), true),
        Threshold => (
            Tr::new(
                "Aantal trajecten per jaar (nodig voor de contractwaarde, stap 1)",
                "Number of trajectories per year (needed for the contract value, step 1)",
            ),
            false,
        ),
        other => (crate::i18n::labels::field_label(other), false),
    };
    (tr.get(lang).to_string(), plural)
}

/// What to do about a missing field: specific where the rules ask for it, generic otherwise.
pub fn missing(field: FieldId) -> Tr {
    use FieldId::*;
    match field {
        Title => Tr::new("Geef de inkoop een titel.", "Give the purchase a title."),
        Problem => Tr::new(
            "Beschrijf het probleem dat deze inkoop moet oplossen.",
            "Describe the problem this purchase should solve.",
        ),
        Participants => Tr::new(
            "Voeg ten minste één deelnemende gemeente met een naam toe.",
            "Add at least one participating municipality with a name.",
        ),
        BuyerRole => Tr::new(
            "Kies de rol van de gemeente als opdrachtgever.",
            "Choose the municipality's role as buyer.",
        ),
        ProjectGroup => Tr::new(
            "Koopt u samen in: leg vast wie in de projectgroep zitten en wat die beslist.",
            "Buying jointly: record who sits in the project group and what it decides.",
        ),
        DecisionRoute => Tr::new(
            "Koopt u samen in: leg vast langs welke weg de besluiten naar afdelingshoofden en portefeuillehouders gaan.",
            "Buying jointly: record how the decisions reach the heads of department and the portfolio holders.",
        ),
        TargetDescription => Tr::new("Beschrijf de doelgroep.", "Describe the target group."),
        Characteristics => Tr::new(
            "Kies kenmerken van de doelgroep of beschrijf ze zelf.",
            "Choose characteristics of the target group or describe them yourself.",
        ),
        ResultLadder => Tr::new(
            "Geef aan wat als resultaat telt (de resultaatladder).",
            "State what counts as a result (the result ladder).",
        ),
        FunctionalRequirements => Tr::new(
            "Formuleer ten minste één functionele eis: welk resultaat nodig is, niet hoe.",
            "Write at least one functional requirement: which result is needed, not how.",
        ),
        InflowGuarantee => Tr::new(
            "Kies of u een instroomgarantie geeft. Zonder garantie investeren aanbieders minder snel in een nieuwe aanpak.",
            "Decide whether you give an inflow guarantee. Without one, providers are slower to invest in a new approach.",
        ),
        InflowClients => Tr::new(
            "Bij een instroomgarantie hoort een minimumaantal klanten.",
            "An inflow guarantee needs a minimum number of clients.",
        ),
        Financing => Tr::new(
            "Kies hoe de aanbieder wordt betaald: op inzet, op resultaat of no cure less pay.",
            "Choose how the provider is paid: for effort, for results or no cure, less pay.",
        ),
        FailurePayShare => Tr::new(
            "Bij no cure less pay: welk deel van de prijs wordt betaald als het resultaat niet wordt gehaald?",
            "With no cure, less pay: which share of the price is paid when the result is not reached?",
        ),
        ContractMonths => Tr::new("Vul de contractduur in maanden in.", "Enter the contract duration in months."),
        IntakeWeeks => Tr::new(
            "Vul in binnen hoeveel weken na aanmelding de intake plaatsvindt; het bestek noemt die termijn.",
            "Enter within how many weeks of referral the intake takes place; the bestek states that term.",
        ),
        MaxDuration => Tr::new(
            "Vul de maximale duur van een traject in maanden in; het bestek noemt die duur.",
            "Enter the maximum duration of a trajectory in months; the bestek states it.",
        ),
        Timeline => Tr::new(
            "Zet de planning van de procedure op een rij (mijlpalen met datum); het bestek noemt ze.",
            "Set out the procedure's timeline (milestones with dates); the bestek lists them.",
        ),
        AwardCriteria => Tr::new(
            "Voeg gunningscriteria toe, met gewichten die samen 100 % zijn.",
            "Add gunningscriteria (award criteria) with weights that add up to 100%.",
        ),
        PriceFormula => crate::i18n::first_tender_tail::BOUNDS_MISSING,
        Referral => Tr::new(
            "Beschrijf hoe klanten naar de aanbieder worden verwezen.",
            "Describe how clients are referred to the provider.",
        ),
        ReportingFrequency => Tr::new("Kies hoe vaak de aanbieder rapporteert.", "Choose how often the provider reports."),
        DataProtection => Tr::new(
            "Beschrijf hoe de persoonsgegevens van klanten worden beschermd (AVG).",
            "Describe how clients' personal data are protected (GDPR).",
        ),
        Invoicing => Tr::new(
            "Kies hoe de aanbieder factureert: per instrument of per traject.",
            "Choose how the provider invoices: per instrument or per trajectory.",
        ),
        EstimatedPrice => Tr::new(
            "Vul een geschatte trajectprijs in; die is nodig voor de contractwaarde en de drempeltoets.",
            "Enter an estimated trajectory price; the contract value and the threshold check need it.",
        ),
        ProcedureKind => Tr::new("Kies een procedure.", "Choose a procedure."),
        ProcedureRationale => Tr::new(
            "Leg uit waarom deze procedure past; de Aanbestedingswet vraagt de keuze te motiveren.",
            "Explain why this procedure fits; the Aanbestedingswet asks you to justify the choice.",
        ),
        Bids => Tr::new("Voer de ontvangen offertes in.", "Enter the bids received."),
        Preconditions => Tr::new(
            "Zet de randvoorwaarden voor de start op een rij.",
            "List the preconditions for the start.",
        ),
        StartDate => Tr::new("Vul de startdatum in.", "Enter the start date."),
        AveragePrice => Tr::new(
            "Vul de gemiddelde trajectprijs uit het contract in; de bonus/malus rekent ermee.",
            "Enter the contract's average trajectory price; the bonus/malus is computed with it.",
        ),
        WhatWorked => Tr::new("Schrijf op wat goed werkte.", "Write down what worked well."),
        WhatToChange => Tr::new(
            "Schrijf op wat u de volgende keer anders doet.",
            "Write down what you will do differently next time.",
        ),
        other => crate::i18n::tender_documents::missing_hint(other)
            .unwrap_or(Tr::new("Nog niet ingevuld.", "Not filled in yet.")),
    }
}

/// The text of a problem; participant ids are shown as names.
pub fn problem(problem: &Problem, participants: &[Participant], lang: Lang) -> String {
    let style = lang.number_style();
    let nl = lang == Lang::Nl;
    match problem {
        Problem::Missing => Tr::new("Nog niet ingevuld.", "Not filled in yet.").get(lang).to_string(),
        Problem::UnnamedEntries { count } => format!(
            "{}.",
            if nl {
                plural(*count, "regel zonder naam of tekst", "regels zonder naam of tekst", lang)
            } else {
                plural(*count, "entry without a name or text", "entries without a name or text", lang)
            }
        ),
        Problem::NoContactParticipant => Tr::new(
            "Kies welke deelnemer aanspreekpunt is tijdens de aanbesteding.",
            "Choose which participant is the contact during the tender.",
        )
        .get(lang)
        .to_string(),
        Problem::UnknownContactParticipant => Tr::new(
            "Het gekozen aanspreekpunt is geen deelnemer meer; kies opnieuw.",
            "The chosen contact is no longer a participant; choose again.",
        )
        .get(lang)
        .to_string(),
        Problem::WeightsMissing { count } => format!(
            "{}.",
            if nl {
                plural(*count, "criterium zonder gewicht", "criteria zonder gewicht", lang)
            } else {
                plural(*count, "criterion without a weight", "criteria without a weight", lang)
            }
        ),
        Problem::WeightsNot100 { total } => {
            let t = total.format(style);
            if nl {
                format!("De gewichten zijn samen {t}; dat moet precies 100 % zijn.")
            } else {
                format!("The weights add up to {t}; they must add up to exactly 100%.")
            }
        }
        Problem::ValuePerPointMissing { count } => {
            if nl {
                format!(
                    "Bij gunnen op waarde heeft elk kwaliteitscriterium een eurowaarde per punt nodig; die ontbreekt bij {}.",
                    plural(*count, "criterium", "criteria", lang)
                )
            } else {
                format!(
                    "Quality-to-price needs a euro value per point for every quality criterion; {} lack one.",
                    plural(*count, "criterion", "criteria", lang)
                )
            }
        }
        Problem::PriceBoundsInvalid => Tr::new(
            "De ondergrens van de prijs moet lager zijn dan de bovengrens.",
            "The lower price bound must be below the upper bound.",
        )
        .get(lang)
        .to_string(),
        Problem::BonusMalusMissing { part } => {
            let p = bonus_malus_part(*part).get(lang);
            if nl {
                format!("Bonus/malus staat aan, maar {p} ontbreekt.")
            } else {
                format!("Bonus/malus is on, but {p} is missing.")
            }
        }
        Problem::PercentAbove100 { value } => {
            let v = value.format(style);
            if nl {
                format!("{v} is meer dan 100 %.")
            } else {
                format!("{v} is more than 100%.")
            }
        }
        Problem::MustBePositive => {
            Tr::new("Dit getal moet groter zijn dan nul.", "This number must be more than zero.").get(lang).to_string()
        }
        Problem::TooFewInvited { count, min } => {
            if nl {
                format!(
                    "Bij een onderhandse procedure vraagt u meerdere aanbieders om een offerte: nu {count}, minstens {min}."
                )
            } else {
                format!("A private procedure asks several providers for a quote: now {count}, at least {min}.")
            }
        }
        Problem::BidsIncomplete { count } => {
            if nl {
                format!(
                    "{} een inschrijver, een prijs of een cijfer dat de prijsformule of een knock-out nodig heeft.",
                    plural(*count, "offerte mist", "offertes missen", lang)
                )
            } else {
                format!(
                    "{} a bidder, a price, or a figure the price formula or a knock-out needs.",
                    plural(*count, "bid lacks", "bids lack", lang)
                )
            }
        }
        Problem::InvalidDates { count } => {
            if nl {
                format!("{} geen geldige datum (JJJJ-MM-DD).", plural(*count, "datum is", "data zijn", lang))
            } else {
                format!("{} not a valid date (YYYY-MM-DD).", plural(*count, "date is", "dates are", lang))
            }
        }
        Problem::PreconditionsOpen { open } => format!(
            "{}.",
            if nl {
                plural(*open, "randvoorwaarde nog niet afgevinkt", "randvoorwaarden nog niet afgevinkt", lang)
            } else {
                plural(*open, "precondition not yet ticked off", "preconditions not yet ticked off", lang)
            }
        ),
        Problem::MissingForParticipants { participants: ids } => {
            let names = participant_names(ids, participants, lang);
            if nl {
                format!("Ontbreekt voor {names}.")
            } else {
                format!("Missing for {names}.")
            }
        }
        Problem::UnknownParticipants { count } => format!(
            "{}.",
            if nl {
                plural(
                    *count,
                    "regel hoort bij een deelnemer die niet meer bestaat",
                    "regels horen bij een deelnemer die niet meer bestaat",
                    lang,
                )
            } else {
                plural(
                    *count,
                    "entry belongs to a participant that no longer exists",
                    "entries belong to a participant that no longer exists",
                    lang,
                )
            }
        ),
        Problem::ResultsExceedStarted { participants: ids } => {
            let names = participant_names(ids, participants, lang);
            if nl {
                format!("Meer resultaten dan gestarte trajecten bij {names}.")
            } else {
                format!("More results than started trajectories for {names}.")
            }
        }
        Problem::DatesMissing { count } => {
            if nl {
                format!("{} zonder datum.", plural(*count, "mijlpaal", "mijlpalen", lang))
            } else {
                format!("{} without a date.", plural(*count, "milestone", "milestones", lang))
            }
        }
        Problem::KnockoutsIncomplete { count } => {
            if nl {
                format!(
                    "{} zonder omschrijving of grenswaarde.",
                    plural(*count, "knock-outcriterium", "knock-outcriteria", lang)
                )
            } else {
                format!(
                    "{} without a description or a limit.",
                    plural(*count, "knock-out criterion", "knock-out criteria", lang)
                )
            }
        }
        Problem::QuestionsNotBeforeClosing => {
            crate::i18n::tender_documents::QUESTIONS_NOT_BEFORE_CLOSING.get(lang).to_string()
        }
        Problem::NoPriceCriterion => crate::i18n::first_tender::NO_PRICE_CRITERION.get(lang).to_string(),
        Problem::BudgetPeriodMissing { participants: ids } => {
            crate::i18n::first_tender::budget_period_missing(&participant_names(ids, participants, lang), lang)
        }
        Problem::ValueExceedsBudgets { shortfall } => crate::i18n::first_tender::value_exceeds_budgets(shortfall, lang),
        Problem::PriceCriterionIsQuality { name } => crate::i18n::first_tender::price_criterion_is_quality(name, lang),
        Problem::ProcedureDoesNotFit { mismatch } => crate::i18n::first_tender::procedure_does_not_fit(mismatch, lang),
        Problem::NoInnovationCriterion => Tr::new(
            "Vernieuwing is aangevinkt als gunningscriterium, maar geen gunningscriterium gaat over \
             vernieuwing. Voeg er een toe (bijvoorbeeld 'Vernieuwende aanpak') of zet het vinkje uit.",
            "Innovation is ticked as an award criterion, but no award criterion is about innovation. \
             Add one (for example 'Innovative approach') or untick the box.",
        )
        .get(lang)
        .to_string(),
        Problem::ScoresOutOfRange { count } => {
            if nl {
                format!("{} buiten 0 tot en met 4.", plural(*count, "score ligt", "scores liggen", lang))
            } else {
                format!("{} outside 0 to 4.", plural(*count, "score is", "scores are", lang))
            }
        }
    }
}

pub fn bonus_malus_part(part: BonusMalusPart) -> Tr {
    match part {
        BonusMalusPart::AgreedRate => Tr::new("het afgesproken plaatsingspercentage", "the agreed placement rate"),
        BonusMalusPart::BonusShare => Tr::new("het bonuspercentage", "the bonus share"),
        BonusMalusPart::MalusShare => Tr::new("het maluspercentage", "the malus share"),
    }
}

// ---------------------------------------------------------------------------------------
// Thresholds

/// Shown with the threshold data.
pub const THRESHOLDS_ARE_REVISED: Tr = Tr::new(
    "De Europese Commissie herziet de drempels elke twee jaar, per 1 januari van een even jaar. Het bedrag \
     voor sociale en andere specifieke diensten (€ 750.000) ligt vast in de richtlijn. Alle bedragen zijn \
     zonder btw en gelden voor de hele opdracht, inclusief opties en verlengingen.",
    "The European Commission revises the thresholds every two years, on 1 January of even years. The \
     amount for social and other specific services (€750,000) is fixed in the directive. All amounts \
     exclude VAT and apply to the whole contract, options and extensions included.",
);

pub fn service_regime(r: ServiceRegime) -> Tr {
    match r {
        ServiceRegime::Services => {
            Tr::new("Diensten (decentrale overheid)", "Services (sub-central contracting authority)")
        }
        ServiceRegime::SocialAndOtherSpecific => {
            Tr::new("Sociale en andere specifieke diensten", "Social and other specific services")
        }
    }
}

pub fn service_regime_help(r: ServiceRegime) -> Tr {
    match r {
        ServiceRegime::Services => Tr::new(
            "De gewone drempel voor diensten die een gemeente inkoopt.",
            "The ordinary threshold for services a municipality buys.",
        ),
        ServiceRegime::SocialAndOtherSpecific => Tr::new(
            "Re-integratiediensten vallen meestal hieronder (bijlage XIV van Richtlijn 2014/24/EU); boven de \
             drempel geldt een verlicht regime.",
            "Re-integration services usually fall here (Annex XIV of Directive 2014/24/EU); above the \
             threshold a lighter regime applies.",
        ),
    }
}

pub fn procedure_option(p: ProcedureOption) -> Tr {
    match p {
        ProcedureOption::EuropeanOpen => Tr::new("Europese openbare procedure", "European open procedure"),
        ProcedureOption::EuropeanRestricted => {
            Tr::new("Europese niet-openbare procedure", "European restricted (non-public) procedure")
        }
        ProcedureOption::LightRegime => Tr::new(
            "Verlicht regime voor sociale en andere specifieke diensten",
            "Light regime for social and other specific services",
        ),
        ProcedureOption::NationalOpen => Tr::new("Nationale openbare procedure", "National open procedure"),
        ProcedureOption::NationalRestricted => {
            Tr::new("Nationale niet-openbare procedure", "National restricted (non-public) procedure")
        }
        ProcedureOption::PrivateMultipleQuotes => {
            Tr::new("Meervoudig onderhandse procedure", "Private procedure with several quotes")
        }
    }
}

pub fn procedure_option_help(p: ProcedureOption) -> Tr {
    match p {
        ProcedureOption::EuropeanOpen => Tr::new(
            "Europese aankondiging (via TenderNed); iedere aanbieder mag inschrijven.",
            "European notice (via TenderNed); every provider may bid.",
        ),
        ProcedureOption::EuropeanRestricted => Tr::new(
            "Na een Europese aankondiging eerst selectie op geschiktheid; daarna schrijven de geselecteerde \
             aanbieders in.",
            "After a European notice, selection on suitability first; then the selected providers bid.",
        ),
        ProcedureOption::LightRegime => Tr::new(
            "De opdracht vooraf aankondigen, dan een eigen, proportionele procedure met vooraf bekende criteria \
             die gelijke behandeling en transparantie waarborgt; de gunning achteraf bekendmaken.",
            "Announce the contract, then run your own proportionate procedure with criteria known in advance \
             that ensures equal treatment and transparency; announce the award afterwards.",
        ),
        ProcedureOption::NationalOpen => Tr::new(
            "Aankondiging op TenderNed; iedere aanbieder mag inschrijven.",
            "Notice on TenderNed; every provider may bid.",
        ),
        ProcedureOption::NationalRestricted => Tr::new(
            "Aankondiging op TenderNed, selectie, daarna inschrijving door de geselecteerde aanbieders.",
            "Notice on TenderNed, selection, then bids from the selected providers.",
        ),
        ProcedureOption::PrivateMultipleQuotes => Tr::new(
            "U nodigt enkele aanbieders uit een offerte te doen op criteria die u vooraf vastlegt en meedeelt.",
            "You invite a few providers to quote on criteria you set and share in advance.",
        ),
    }
}

/// The verdict in one line.
pub fn threshold_verdict(a: &ThresholdAssessment, lang: Lang) -> String {
    let t = a.threshold.format(lang.number_style());
    match (a.european, lang) {
        (true, Lang::Nl) => format!("Europees aanbesteden is verplicht (drempel {t})."),
        (true, Lang::En) => format!("European tendering is required (threshold {t})."),
        (false, Lang::Nl) => format!("Onder de Europese drempel ({t}): nationale regels."),
        (false, Lang::En) => format!("Below the European threshold ({t}): national rules."),
    }
}

/// `1 januari 2024 – 31 december 2025`.
pub fn threshold_period(set: &ThresholdSet, lang: Lang) -> String {
    format!("{} – {}", long_date(set.valid_from, lang), long_date(set.valid_until, lang))
}

pub fn threshold_reason(r: &ThresholdReason, lang: Lang) -> String {
    let style = lang.number_style();
    let m = |x: &Money| x.format(style);
    let nl = lang == Lang::Nl;
    match r {
        ThresholdReason::AtOrAboveThreshold { value, threshold } => {
            if nl {
                format!(
                    "De geraamde waarde ({}) is gelijk aan of hoger dan de drempel ({}): Europees aanbesteden is verplicht.",
                    m(value),
                    m(threshold)
                )
            } else {
                format!(
                    "The estimated value ({}) is equal to or above the threshold ({}): European tendering is required.",
                    m(value),
                    m(threshold)
                )
            }
        }
        ThresholdReason::BelowThreshold { value, threshold } => {
            if nl {
                format!(
                    "De geraamde waarde ({}) ligt onder de drempel ({}). Dan gelden de nationale regels: de \
                     Aanbestedingswet 2012 (deel 1), de Gids Proportionaliteit en het inkoopbeleid van de gemeente.",
                    m(value),
                    m(threshold)
                )
            } else {
                format!(
                    "The estimated value ({}) is below the threshold ({}). National rules apply: the \
                     Aanbestedingswet 2012 (part 1), the Gids Proportionaliteit and the municipality's \
                     purchasing policy.",
                    m(value),
                    m(threshold)
                )
            }
        }
        ThresholdReason::CloseToThreshold { .. } => Tr::new(
            "De waarde ligt minder dan 10 % onder de drempel. Controleer de raming: tel opties en verlengingen, \
             de hele looptijd en alle deelnemers mee. Een opdracht splitsen om onder de drempel te blijven mag niet.",
            "The value is less than 10% below the threshold. Check the estimate: include options and \
             extensions, the whole duration and all participants. Splitting a contract to stay below the \
             threshold is not allowed.",
        )
        .get(lang)
        .to_string(),
        ThresholdReason::UserOverride { threshold, default } => {
            if nl {
                format!("U gebruikt een eigen drempel van {} in plaats van {}.", m(threshold), m(default))
            } else {
                format!("You use your own threshold of {} instead of {}.", m(threshold), m(default))
            }
        }
        ThresholdReason::SocialServicesRegime => Tr::new(
            "Voor sociale en andere specifieke diensten geldt boven de drempel een verlicht regime: de opdracht \
             vooraf aankondigen, een procedure kiezen die gelijke behandeling en transparantie waarborgt, en de \
             gunning achteraf bekendmaken.",
            "Above the threshold, social and other specific services follow a lighter regime: announce the \
             contract, choose a procedure that ensures equal treatment and transparency, and announce the \
             award afterwards.",
        )
        .get(lang)
        .to_string(),
        ThresholdReason::JointPurchaseSummed { participants } => {
            if nl {
                format!(
                    "Gezamenlijke inkoop: de waarde is opgeteld over alle {participants} deelnemers. De drempel \
                     geldt voor de hele opdracht, niet per gemeente."
                )
            } else {
                format!(
                    "Joint purchase: the value is added up over all {participants} participants. The threshold \
                     applies to the whole contract, not to each municipality."
                )
            }
        }
        ThresholdReason::PeriodEnded { valid_until } => {
            let d = long_date(valid_until, lang);
            if nl {
                format!(
                    "Deze drempels golden tot en met {d}. De Europese Commissie herziet ze elke twee jaar; \
                     controleer het actuele bedrag en vul het zo nodig zelf in."
                )
            } else {
                format!(
                    "These thresholds applied until {d}. The European Commission revises them every two \
                     years; check the current amount and enter it yourself if needed."
                )
            }
        }
        ThresholdReason::BeforePeriod { valid_from } => {
            let d = long_date(valid_from, lang);
            if nl {
                format!("Deze drempels gelden pas vanaf {d}; voor een eerdere datum golden andere bedragen.")
            } else {
                format!("These thresholds apply from {d}; before that date other amounts applied.")
            }
        }
        ThresholdReason::DateNotRecognised => Tr::new(
            "De datum is niet herkend; de meest recente bekende drempels zijn gebruikt.",
            "The date was not recognised; the latest known thresholds are used.",
        )
        .get(lang)
        .to_string(),
    }
}

// ---------------------------------------------------------------------------------------
// Contract value and budget

pub fn missing_input(m: &MissingInput, participants: &[Participant], lang: Lang) -> String {
    match m {
        MissingInput::EstimatedPrice => {
            Tr::new("de geschatte trajectprijs (stap 5)", "the estimated trajectory price (step 5)")
                .get(lang)
                .to_string()
        }
        MissingInput::ContractMonths => {
            Tr::new("de contractduur (stap 3)", "the contract duration (step 3)").get(lang).to_string()
        }
        MissingInput::Participants => {
            Tr::new("ten minste één deelnemer (stap 1)", "at least one participant (step 1)").get(lang).to_string()
        }
        MissingInput::Trajectories { participant_id } => {
            let name = participant_name(participant_id, participants, lang);
            match lang {
                Lang::Nl => format!("het aantal trajecten per jaar van {name} (stap 1)"),
                Lang::En => format!("the trajectories per year of {name} (step 1)"),
            }
        }
    }
}

pub fn contract_problem(p: &ContractValueProblem, participants: &[Participant], lang: Lang) -> String {
    match p {
        ContractValueProblem::Missing(list) => {
            let items: Vec<String> = list.iter().map(|m| missing_input(m, participants, lang)).collect();
            let joined = join_list(&items, lang);
            match lang {
                Lang::Nl => {
                    format!("De contractwaarde kan nog niet worden berekend. Nog nodig: {joined}.")
                }
                Lang::En => {
                    format!("The contract value cannot be computed yet. Still needed: {joined}.")
                }
            }
        }
        ContractValueProblem::TooLarge => Tr::new(
            "De getallen zijn te groot om exact mee te rekenen; controleer de invoer.",
            "The numbers are too large to compute exactly; check the input.",
        )
        .get(lang)
        .to_string(),
    }
}

/// `€ 5.000,00 × 65 trajecten per jaar × 24 maanden ÷ 12 = € 650.000,00`.
pub fn contract_value_formula(v: &ContractValue, lang: Lang) -> String {
    let style = lang.number_style();
    let n = format_fixed(Decimal::from(v.trajectories_per_year), 0, style);
    let months = format_fixed(Decimal::from(v.months), 0, style);
    let (price, total) = (v.price.format(style), v.total.format(style));
    match lang {
        Lang::Nl => format!("{price} × {n} trajecten per jaar × {months} maanden ÷ 12 = {total}"),
        Lang::En => format!("{price} × {n} trajectories per year × {months} months ÷ 12 = {total}"),
    }
}

// ---------------------------------------------------------------------------------------
// Helpers

/// `1 open punt`, `3 open punten`.
fn plural(n: usize, one: &str, many: &str, lang: Lang) -> String {
    let num = format_fixed(Decimal::from(n), 0, lang.number_style());
    format!("{num} {}", if n == 1 { one } else { many })
}

fn participant_name(id: &str, participants: &[Participant], lang: Lang) -> String {
    match participants.iter().find(|p| p.id == id) {
        Some(p) if !p.name.trim().is_empty() => p.name.trim().to_string(),
        Some(_) => Tr::new("(deelnemer zonder naam)", "(participant without a name)").get(lang).to_string(),
        None => id.to_string(),
    }
}

fn participant_names(ids: &[String], participants: &[Participant], lang: Lang) -> String {
    let names: Vec<String> = ids.iter().map(|id| participant_name(id, participants, lang)).collect();
    join_list(&names, lang)
}

/// `a, b en c` / `a, b and c`.
fn join_list(items: &[String], lang: Lang) -> String {
    let and = Tr::new("en", "and").get(lang);
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// `2025-12-31` → `31 december 2025` / `31 December 2025`; anything else is returned as is.
pub fn long_date(iso: &str, lang: Lang) -> String {
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    if !crate::domain::thresholds::is_iso_date(iso) {
        return iso.to_string();
    }
    let (Some(y), Some(m), Some(d)) = (iso.get(0..4), iso.get(5..7), iso.get(8..10)) else {
        return iso.to_string();
    };
    let month = m.parse::<usize>().ok().and_then(|m| m.checked_sub(1)).and_then(|i| match lang {
        Lang::Nl => NL.get(i),
        Lang::En => EN.get(i),
    });
    let day = d.trim_start_matches('0');
    match month {
        Some(month) => format!("{day} {month} {y}"),
        None => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::completeness::open_points;
    use crate::domain::contract::estimated_contract_value;
    use crate::domain::demo::demo_cases;
    use crate::domain::dossier::Dossier;
    use crate::domain::money::Percent;
    use crate::domain::thresholds::{assess, THRESHOLDS_2024_2025};
    use std::str::FromStr;

    fn money(s: &str) -> Money {
        Money(Decimal::from_str(s).expect("literal"))
    }

    fn ps() -> Vec<Participant> {
        vec![
            Participant { id: "a".into(), name: "Gemeente A".into(), ..Default::default() },
            Participant { id: "b".into(), name: "Gemeente B".into(), ..Default::default() },
            Participant { id: "c".into(), name: " ".into(), ..Default::default() },
        ]
    }

    #[test]
    fn step_status_texts() {
        assert_eq!(step_status(StepStatus::Incomplete { open: 1 }, Lang::Nl), "1 open punt");
        assert_eq!(step_status(StepStatus::Incomplete { open: 3 }, Lang::En), "3 open points");
        assert_eq!(step_status(StepStatus::NotStarted, Lang::Nl), "Nog niet begonnen");
        assert_eq!(step_status(StepStatus::Complete, Lang::En), "Complete");
    }

    #[test]
    fn problem_texts_use_numbers_and_names() {
        let p = ps();
        let weights = Problem::WeightsNot100 { total: Percent(Decimal::from_str("99.5").expect("lit")) };
        assert_eq!(problem(&weights, &p, Lang::Nl), "De gewichten zijn samen 99,5 %; dat moet precies 100 % zijn.");
        assert_eq!(problem(&weights, &p, Lang::En), "The weights add up to 99.5%; they must add up to exactly 100%.");
        let missing = Problem::MissingForParticipants { participants: vec!["a".into(), "c".into(), "x".into()] };
        assert_eq!(problem(&missing, &p, Lang::Nl), "Ontbreekt voor Gemeente A, (deelnemer zonder naam) en x.");
        assert_eq!(problem(&Problem::UnnamedEntries { count: 2 }, &p, Lang::Nl), "2 regels zonder naam of tekst.");
        assert_eq!(problem(&Problem::WeightsMissing { count: 1 }, &p, Lang::En), "1 criterion without a weight.");
    }

    #[test]
    fn every_open_point_of_every_demo_and_an_empty_dossier_has_text_in_both_languages() {
        let mut dossiers: Vec<Dossier> = demo_cases().iter().map(|c| c.dossier()).collect();
        dossiers.push(Dossier::default());
        for d in &dossiers {
            for point in open_points(d) {
                for lang in [Lang::Nl, Lang::En] {
                    let t = open_point(&point, &d.exploration.participants, lang);
                    assert!(t.len() > 5 && t.ends_with('.'), "{point:?}: {t}");
                }
            }
        }
    }

    #[test]
    fn open_points_per_participant_name_the_field() {
        let p = ps();
        let point =
            |field| OpenPoint { field, problem: Problem::MissingForParticipants { participants: vec!["a".into()] } };
        let cases = [
            (
                FieldId::TargetGroupSizes,
                "Omvang doelgroep ontbreekt voor Gemeente A.",
                "Target-group size is missing for Gemeente A.",
            ),
            (
                FieldId::FirstReferrals,
                "Eerste aanmeldingen ontbreken voor Gemeente A.",
                "First referrals are missing for Gemeente A.",
            ),
            (FieldId::Costs, "Kosten ontbreken voor Gemeente A.", "Costs are missing for Gemeente A."),
            (
                FieldId::MonitorFigures,
                "Gestarte trajecten of resultaten ontbreken voor Gemeente A.",
                "Started trajectories or results are missing for Gemeente A.",
            ),
        ];
        for (field, nl, en) in cases {
            assert_eq!(open_point(&point(field), &p, Lang::Nl), nl);
            assert_eq!(open_point(&point(field), &p, Lang::En), en);
        }
        let unnamed = OpenPoint { field: FieldId::Timeline, problem: Problem::UnnamedEntries { count: 1 } };
        assert_eq!(open_point(&unnamed, &p, Lang::Nl), "Planning: 1 regel zonder naam of tekst.");
    }

    #[test]
    fn no_two_open_points_of_a_dossier_read_the_same() {
        // The review found three different gaps all reading 'Ontbreekt voor …'.
        let mut dossiers: Vec<Dossier> = demo_cases().iter().map(|c| c.dossier()).collect();
        dossiers.push(Dossier::default());
        for d in &dossiers {
            for lang in [Lang::Nl, Lang::En] {
                let texts: Vec<String> =
                    open_points(d).iter().map(|p| open_point(p, &d.exploration.participants, lang)).collect();
                for (i, t) in texts.iter().enumerate() {
                    assert!(!t.starts_with("Ontbreekt") && !t.starts_with("Missing"), "{t}");
                    assert!(!texts[..i].contains(t), "twice: {t}");
                }
            }
        }
    }

    #[test]
    fn missing_texts_are_specific_for_every_field_a_rule_reports_as_missing() {
        let generic = missing(FieldId::Goals);
        for point in open_points(&Dossier::default()) {
            if point.problem == Problem::Missing {
                assert_ne!(missing(point.field), generic, "{:?}", point.field);
            }
        }
    }

    #[test]
    fn threshold_texts() {
        let a = assess(money("650000"), None, ServiceRegime::SocialAndOtherSpecific, "2025-01-01");
        assert_eq!(threshold_verdict(&a, Lang::Nl), "Onder de Europese drempel (€\u{a0}750.000,00): nationale regels.");
        assert!(
            threshold_reason(&a.reasons[0], Lang::Nl).starts_with("De geraamde waarde (€\u{a0}650.000,00) ligt onder")
        );
        assert_eq!(threshold_period(&THRESHOLDS_2024_2025, Lang::Nl), "1 januari 2024 – 31 december 2025");
        assert_eq!(threshold_period(&THRESHOLDS_2024_2025, Lang::En), "1 January 2024 – 31 December 2025");
        let later = assess(money("1"), Some(money("2")), ServiceRegime::Services, "2031-05-05");
        for r in &later.reasons {
            for lang in [Lang::Nl, Lang::En] {
                assert!(!threshold_reason(r, lang).is_empty());
            }
        }
        for p in [
            ProcedureOption::EuropeanOpen,
            ProcedureOption::EuropeanRestricted,
            ProcedureOption::LightRegime,
            ProcedureOption::NationalOpen,
            ProcedureOption::NationalRestricted,
            ProcedureOption::PrivateMultipleQuotes,
        ] {
            assert!(!procedure_option(p).nl.is_empty() && !procedure_option_help(p).en.is_empty());
        }
        for r in ServiceRegime::ALL {
            assert!(!service_regime(r).en.is_empty() && !service_regime_help(r).nl.is_empty());
        }
    }

    #[test]
    fn contract_texts() {
        let p = ps();
        let mut d = Dossier::default();
        d.exploration.participants = p.clone();
        let err = estimated_contract_value(&d).expect_err("missing");
        assert_eq!(
            contract_problem(&err, &p, Lang::Nl),
            "De contractwaarde kan nog niet worden berekend. Nog nodig: het aantal trajecten per jaar van \
             Gemeente A (stap 1), het aantal trajecten per jaar van Gemeente B (stap 1), het aantal trajecten \
             per jaar van (deelnemer zonder naam) (stap 1), de contractduur (stap 3) en de geschatte \
             trajectprijs (stap 5)."
        );
        let v = ContractValue {
            total: money("650000"),
            price: money("5000"),
            trajectories_per_year: 65,
            months: 24,
            participants: 1,
        };
        assert_eq!(
            contract_value_formula(&v, Lang::Nl),
            "€\u{a0}5.000,00 × 65 trajecten per jaar × 24 maanden ÷ 12 = €\u{a0}650.000,00"
        );
        assert_eq!(
            contract_value_formula(&v, Lang::En),
            "€5,000.00 × 65 trajectories per year × 24 months ÷ 12 = €650,000.00"
        );
    }

    #[test]
    fn long_dates() {
        assert_eq!(long_date("2006-08-01", Lang::Nl), "1 augustus 2006");
        assert_eq!(long_date("2006-05-31", Lang::En), "31 May 2006");
        assert_eq!(long_date("mei 2006", Lang::Nl), "mei 2006");
    }
}
