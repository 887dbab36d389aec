//! The parts of the bestek that make it a request for tender a municipality can send out
//! after a legal check: questions and the nota van inlichtingen, submission, exclusion
//! grounds and the declaration (eigen verklaring or UEA), suitability, the meaning of the
//! scores and a worked example of the award, the main contract conditions, the standstill
//! period and legal protection, and the annexes a bidder fills in. Also the step-5 fields
//! that feed them, and the third-person texts the projectplan uses instead of the wizard's
//! coaching (which speaks to the user).
//!
//! The texts follow what Dutch model tender documents contain (PIANOo's models, the
//! Aanbestedingswet 2012, the Gids Proportionaliteit), in our own words. Where a text sets a
//! term (a validity period of the bid, a standstill of 20 calendar days, a payment term),
//! it is written as what the municipality sets in this tender, not as a claim about the law.
//! Every document text speaks as the municipality, in the third person: the bidder is
//! `de inschrijver`, the municipality `de opdrachtgever`.

use super::{Lang, Tr};
use crate::domain::dossier::{BuyerRole, Financing, SubmissionChannel};

// ---- step 5 fields (label, help)

pub const SUBMISSION_CHANNEL_FIELD: (Tr, Tr) = (
    Tr::new("Indienen via", "Submission through"),
    Tr::new(
        "Waar de inschrijvers hun offerte indienen en hun vragen stellen. Een Europese procedure \
         loopt via het aanbestedingsplatform van de overheid; bij een onderhandse procedure kan \
         dat ook per e-mail. Vul het \
         e-mailadres van het aanspreekpunt in: het komt in het bestek.",
        "Where bidders submit their bids and ask their questions. A European procedure runs \
         through the government's tender platform; a private procedure may also use e-mail. Enter the contact's e-mail \
         address: it goes into the bestek.",
    ),
);

pub const QUESTIONS_DEADLINE_FIELD: (Tr, Tr) = (
    Tr::new("Vragen uiterlijk op", "Questions by"),
    Tr::new(
        "De laatste dag waarop inschrijvers vragen kunnen stellen. De antwoorden komen in één nota \
         van inlichtingen voor iedereen; laat daarna genoeg tijd om de offerte af te maken.",
        "The last day on which bidders can ask questions. The answers go into one nota van \
         inlichtingen for everyone; leave enough time after it to finish the bids.",
    ),
);

pub const SUBMISSION_DEADLINE_FIELD: (Tr, Tr) = (
    Tr::new("Sluitingsdatum en -tijd voor offertes", "Closing date and time for bids"),
    Tr::new(
        "Tot wanneer een offerte binnen moet zijn. Een offerte die later binnenkomt, wordt niet \
         beoordeeld; het bestek noemt datum en tijd.",
        "Until when a bid must have arrived. A bid that arrives later is not assessed; the bestek \
         states the date and the time.",
    ),
);

pub const PURCHASE_CONDITIONS_FIELD: (Tr, Tr) = (
    Tr::new("Algemene inkoopvoorwaarden", "General purchase conditions"),
    Tr::new(
        "De naam van de inkoopvoorwaarden die op het contract van toepassing zijn, zoals ze heten \
         in het besluit waarmee uw gemeente ze vaststelde (veel gemeenten gebruiken het model van \
         de VNG). Het bestek verwijst ernaar en voegt ze als bijlage toe.",
        "The name of the purchase conditions that apply to the contract, as they are called in \
         the decision by which your municipality adopted them (many municipalities use the VNG \
         model). The bestek refers to them and adds them as an annex.",
    ),
);

pub const DEADLINE_DATE_LABEL: Tr = Tr::new("Datum", "Date");
pub const DEADLINE_TIME_LABEL: Tr = Tr::new("Tijd", "Time");
pub const ADDRESS_LABEL: Tr = Tr::new("E-mailadres van het aanspreekpunt", "The contact's e-mail address");
pub const SECTION_TITLE: Tr = Tr::new("Vragen en indienen", "Questions and submission");

pub fn channel_label(c: SubmissionChannel) -> Tr {
    match c {
        SubmissionChannel::TenderNed => Tr::new("TenderNed", "TenderNed"),
        SubmissionChannel::Email => Tr::new("E-mail aan het aanspreekpunt", "E-mail to the contact"),
    }
}

pub fn channel_help(c: SubmissionChannel) -> Tr {
    match c {
        SubmissionChannel::TenderNed => Tr::new(
            "Het aanbestedingsplatform van de overheid: aankondiging, vragen en offertes op één plek.",
            "The government's tender platform: announcement, questions and bids in one place.",
        ),
        SubmissionChannel::Email => Tr::new(
            "Voor een onderhandse procedure met een paar uitgenodigde aanbieders.",
            "For a private procedure with a few invited providers.",
        ),
    }
}

/// What to do when one of the new fields is empty (the open point's hint).
pub fn missing_hint(field: crate::domain::fields::FieldId) -> Option<Tr> {
    use crate::domain::fields::FieldId::*;
    Some(match field {
        SubmissionChannel => Tr::new(
            "Kies waar inschrijvers indienen en vul het e-mailadres van het aanspreekpunt in.",
            "Choose where bidders submit and enter the contact's e-mail address.",
        ),
        QuestionsDeadline => Tr::new("Vul de laatste dag voor vragen in.", "Enter the last day for questions."),
        SubmissionDeadline => {
            Tr::new("Vul de sluitingsdatum en -tijd voor offertes in.", "Enter the closing date and time for bids.")
        }
        PurchaseConditions => Tr::new(
            "Noem de algemene inkoopvoorwaarden die op het contract van toepassing zijn.",
            "Name the general purchase conditions that apply to the contract.",
        ),
        _ => return None,
    })
}

pub const QUESTIONS_NOT_BEFORE_CLOSING: Tr = Tr::new(
    "De laatste dag voor vragen ligt niet vóór de sluitingsdatum. De nota van inlichtingen moet \
     er zijn voordat de offertes binnen moeten zijn: kies een eerdere dag voor vragen.",
    "The last day for questions is not before the closing date. The nota van inlichtingen must be \
     out before the bids are due: choose an earlier day for questions.",
);

// ---- the bestek: headings

pub const H_QUESTIONS: Tr = Tr::new("Vragen en nota van inlichtingen", "Questions and nota van inlichtingen");
pub const H_SUBMISSION: Tr = Tr::new("Indienen van de offerte", "Submitting the bid");
pub const H_AWARD_DECISION: Tr = Tr::new(
    "Gunningsbeslissing, opschortende termijn en rechtsbescherming",
    "Award decision, standstill period and legal protection",
);
pub const H_EXCLUSION: Tr = Tr::new("Uitsluitingsgronden", "Exclusion grounds");
pub const H_DECLARATION: Tr = Tr::new("Eigen verklaring, UEA en bewijsstukken", "Eigen verklaring, UEA and evidence");
pub const H_SCORE_LEVELS: Tr = Tr::new("Betekenis van de scores", "What the scores mean");
pub const H_EXAMPLE: Tr = Tr::new("Rekenvoorbeeld", "Worked example");
pub const H_CONTRACT: Tr = Tr::new("Overeenkomst en contractvoorwaarden", "Contract and its main conditions");
pub const H_ANNEXES: Tr = Tr::new("Bijlagen", "Annexes");
pub const H_ANNEX_PRICE: Tr = Tr::new("Bijlage A: Prijsformulier", "Annex A: Price form");
pub const H_ANNEX_DECLARATION: Tr =
    Tr::new("Bijlage B: Inschrijfformulier en verklaring", "Annex B: Tender form and declaration");

// ---- who may bid, by procedure

pub const COURSE_OPEN: Tr = Tr::new(
    "Iedere belangstellende aanbieder kan een offerte indienen. Er is geen aparte selectiefase: \
     de opdrachtgever toetst de uitsluitingsgronden en de geschiktheidseisen bij de beoordeling \
     van de offertes.",
    "Any interested provider may submit a bid. There is no separate selection stage: the buyer \
     checks the exclusion grounds and the suitability requirements when assessing the bids.",
);
pub const COURSE_RESTRICTED: Tr = Tr::new(
    "De procedure heeft twee fasen. In de selectiefase dienen belangstellenden een verzoek tot \
     deelneming in met de verklaring en de gegevens voor de geschiktheidseisen uit hoofdstuk 7; \
     alleen wie daarin wordt geselecteerd, ontvangt deze offerteaanvraag en kan een offerte \
     indienen.",
    "The procedure has two stages. In the selection stage interested providers submit a request \
     to participate with the declaration and the information for the suitability requirements \
     of chapter 7; only those selected receive this request for tender and may submit a bid.",
);
pub const COURSE_LIGHT_REGIME: Tr = Tr::new(
    "De opdracht valt onder het verlichte regime voor sociale en andere specifieke diensten. De \
     opdrachtgever kondigt haar Europees aan en volgt de procedure die dit bestek beschrijft. Iedere \
     belangstellende aanbieder kan een offerte indienen; alle inschrijvers ontvangen dezelfde \
     stukken en inlichtingen.",
    "The contract falls under the light regime for social and other specific services. The buyer \
     announces it at European level and follows the procedure this bestek describes. Any interested \
     provider may submit a bid; all bidders receive the same documents and information.",
);
pub const COURSE_PRIVATE: Tr = Tr::new(
    "De opdrachtgever nodigt een aantal aanbieders uit een offerte in te dienen. Alleen \
     uitgenodigde aanbieders kunnen inschrijven; zij ontvangen allemaal dezelfde stukken en \
     inlichtingen.",
    "The buyer invites a number of providers to submit a bid. Only invited providers may bid; \
     they all receive the same documents and information.",
);

// ---- questions and the nota van inlichtingen

/// `Vragen over … kunnen tot en met {date} worden gesteld {where}.` (`date` and `where` may
/// be markers, so the sentence is split.)
pub const QUESTIONS_PRE: Tr = Tr::new(
    "Vragen over deze offerteaanvraag kunnen tot en met ",
    "Questions about this request for tender can be asked up to and including ",
);
pub const QUESTIONS_MID: Tr = Tr::new(" worden gesteld ", " ");
pub const QUESTIONS_POST: Tr = Tr::new(
    ". Vragen die later binnenkomen, worden niet beantwoord.",
    ". Questions that arrive later are not answered.",
);
pub const QUESTIONS_NOTA: Tr = Tr::new(
    "De opdrachtgever beantwoordt alle vragen in een nota van inlichtingen, zonder de naam van de \
     vraagsteller, en stelt die tegelijk aan alle inschrijvers beschikbaar. De nota van \
     inlichtingen maakt deel uit van de aanbestedingsstukken; waar zij afwijkt van dit bestek, \
     gaat de nota van inlichtingen voor. Mondelinge inlichtingen binden de opdrachtgever niet.",
    "The buyer answers all questions in a nota van inlichtingen, without the name of the person \
     asking, and makes it available to all bidders at the same time. The nota van inlichtingen \
     forms part of the tender documents; where it differs from this bestek, the nota van \
     inlichtingen prevails. Oral information does not bind the buyer.",
);
pub const QUESTIONS_OBJECTIONS: Tr = Tr::new(
    "Ziet een inschrijver in de aanbestedingsstukken onduidelijkheden, tegenstrijdigheden, eisen \
     die hij onredelijk of onrechtmatig vindt of andere bezwaren, dan meldt hij die als vraag in \
     deze vragenronde. Een inschrijver die dat nalaat, kan er na de sluitingsdatum geen beroep \
     meer op doen.",
    "Where a bidder finds in the tender documents anything unclear or contradictory, requirements \
     it considers unreasonable or unlawful, or other objections, it raises them as a question in \
     this round. A bidder that does not can no longer rely on them after the closing date.",
);

/// `via TenderNed` / `per e-mail aan x@y.nl` for questions.
pub fn questions_where(channel: SubmissionChannel, address: &str, lang: Lang) -> String {
    match (channel, lang) {
        (SubmissionChannel::TenderNed, Lang::Nl) => "via de vragenmodule van TenderNed".into(),
        (SubmissionChannel::TenderNed, Lang::En) => "through TenderNed's question module".into(),
        (SubmissionChannel::Email, Lang::Nl) => format!("per e-mail aan {address}"),
        (SubmissionChannel::Email, Lang::En) => format!("by e-mail to {address}"),
    }
}

// ---- submission

pub const SUBMIT_PRE: Tr = Tr::new("De offerte moet uiterlijk op ", "The bid must have arrived no later than ");
pub const SUBMIT_AT: Tr = Tr::new(" om ", " at ");
pub const SUBMIT_HOURS: Tr = Tr::new(" uur ", " ");
pub const SUBMIT_POST: Tr = Tr::new(" binnen zijn.", ".");

/// `via TenderNed` / `per e-mail aan x@y.nl` for bids.
pub fn submit_where(channel: SubmissionChannel, address: &str, lang: Lang) -> String {
    match (channel, lang) {
        (SubmissionChannel::TenderNed, Lang::Nl) => "via TenderNed".into(),
        (SubmissionChannel::TenderNed, Lang::En) => "through TenderNed".into(),
        (SubmissionChannel::Email, Lang::Nl) => format!("per e-mail aan {address}"),
        (SubmissionChannel::Email, Lang::En) => format!("by e-mail to {address}"),
    }
}

pub fn submit_rules(channel: SubmissionChannel, lang: Lang) -> Vec<&'static str> {
    let (nl, en) = match channel {
        SubmissionChannel::TenderNed => (
            "De tijd van ontvangst die TenderNed registreert, is beslissend. Een inschrijver houdt \
             rekening met de tijd die het uploaden kost.",
            "The time of receipt that TenderNed records is decisive. A bidder allows for the time \
             uploading takes.",
        ),
        SubmissionChannel::Email => (
            "De tijd waarop de e-mail in de mailbox van het aanspreekpunt binnenkomt, is beslissend. \
             De offerte en de bijlagen worden als pdf meegestuurd; het aanspreekpunt bevestigt de \
             ontvangst.",
            "The time at which the e-mail reaches the contact's mailbox is decisive. The bid and \
             its annexes are attached as pdf files; the contact confirms receipt.",
        ),
    };
    let common: [Tr; 4] = [
        Tr::new(
            "Een offerte die na de sluitingstijd binnenkomt, wordt niet beoordeeld.",
            "A bid that arrives after the closing time is not assessed.",
        ),
        Tr::new(
            "De offerte is in het Nederlands gesteld. Alle bedragen zijn in euro en exclusief btw.",
            "The bid is written in Dutch. All amounts are in euros and exclusive of VAT.",
        ),
        Tr::new(
            "De opdrachtgever vraagt de inschrijver zijn offerte 90 kalenderdagen na de \
             sluitingsdatum gestand te doen. \
             Varianten zijn niet toegestaan; een voorbehoud of een eigen voorwaarde bij de \
             offerte kan tot ongeldigheid leiden.",
            "The buyer asks the bidder to keep its bid open for 90 calendar days after the closing \
             date. Variants \
             are not allowed; a reservation or conditions of the bidder's own may make the bid \
             invalid.",
        ),
        Tr::new(
            "De kosten van het opstellen en indienen van een offerte komen voor rekening van de \
             inschrijver.",
            "The costs of preparing and submitting a bid are borne by the bidder.",
        ),
    ];
    let mut out = vec![if lang == Lang::Nl { nl } else { en }];
    out.extend(common.iter().map(|t| t.get(lang)));
    out
}

// ---- award decision, standstill, legal protection

pub const DECISION: Tr = Tr::new(
    "De opdrachtgever deelt de gunningsbeslissing tegelijk en schriftelijk mee aan alle \
     inschrijvers. De beslissing vermeldt de scores van de eigen offerte en van de winnende \
     offerte en de redenen daarvoor.",
    "The buyer announces the award decision in writing to all bidders at the same time. The \
     decision states the scores of the bidder's own bid and of the winning bid, and the reasons.",
);
pub const STANDSTILL: Tr = Tr::new(
    "De opdrachtgever hanteert in deze aanbesteding na verzending van de gunningsbeslissing een \
     opschortende termijn van 20 kalenderdagen. Binnen die termijn sluit de opdrachtgever de \
     overeenkomst niet.",
    "In this tender the buyer observes a standstill period of 20 calendar days after the award \
     decision has been sent. Within that period the buyer does not conclude the contract.",
);
/// `… kan binnen de opschortende termijn een klacht indienen bij {contact}.`
pub const COMPLAINT_PRE: Tr = Tr::new(
    "Een inschrijver die het niet eens is met de gunningsbeslissing of met de gang van zaken, kan \
     binnen de opschortende termijn een klacht indienen bij ",
    "A bidder that disagrees with the award decision or with the course of the procedure can \
     lodge a complaint within the standstill period with ",
);
pub const COMPLAINT_POST: Tr =
    Tr::new(". Een klacht schort de termijn niet op.", ". A complaint does not suspend the period.");
pub const SUMMARY_PROCEEDINGS: Tr = Tr::new(
    "Wil een inschrijver de gunning aanvechten, dan maakt hij binnen de opschortende termijn een \
     kort geding aanhangig bij de voorzieningenrechter van de rechtbank in het arrondissement van \
     de opdrachtgever en meldt hij dat binnen dezelfde termijn aan het aanspreekpunt. Is binnen de \
     termijn geen kort geding aanhangig gemaakt, dan gaat de opdrachtgever ervan uit dat de \
     inschrijver zich bij de gunningsbeslissing neerlegt, en sluit zij de overeenkomst.",
    "A bidder that wants to challenge the award starts summary proceedings (kort geding) within \
     the standstill period before the interim relief judge of the district court of the buyer's \
     district, and informs the contact within the same period. If no summary proceedings have \
     been started within the period, the buyer takes it that the bidder accepts the award \
     decision, and concludes the contract.",
);
pub const PUBLISH_AWARD: Tr = Tr::new(
    "Na het sluiten van de overeenkomst maakt de opdrachtgever de gunning bekend via TenderNed.",
    "After concluding the contract the buyer publishes the award through TenderNed.",
);
pub const CANCEL: Tr = Tr::new(
    "De opdrachtgever kan de procedure op elk moment stoppen of opschorten. Inschrijvers hebben \
     dan geen recht op een vergoeding.",
    "The buyer may stop or suspend the procedure at any time. Bidders are then not entitled to \
     compensation.",
);

// ---- exclusion grounds and the declaration

pub const EXCLUSION_INTRO: Tr = Tr::new(
    "Een inschrijver wordt uitgesloten van deelname als hij, of een persoon die lid is van zijn \
     bestuurs-, leidinggevend of toezichthoudend orgaan of daarin vertegenwoordigings-, \
     beslissings- of controlebevoegdheid heeft, onherroepelijk is veroordeeld voor:",
    "A bidder is excluded if it, or a person who is a member of its administrative, management \
     or supervisory body or has powers of representation, decision or control in it, has been \
     finally convicted of:",
);
pub const EXCLUSION_MANDATORY: [Tr; 6] = [
    Tr::new("deelneming aan een criminele organisatie;", "participation in a criminal organisation;"),
    Tr::new("omkoping of corruptie;", "bribery or corruption;"),
    Tr::new("fraude;", "fraud;"),
    Tr::new(
        "terroristische misdrijven of strafbare feiten in verband met terroristische activiteiten;",
        "terrorist offences or offences linked to terrorist activities;",
    ),
    Tr::new("witwassen van geld of financiering van terrorisme;", "money laundering or terrorist financing;"),
    Tr::new("kinderarbeid en andere vormen van mensenhandel.", "child labour and other forms of human trafficking."),
];
pub const EXCLUSION_TAXES: Tr = Tr::new(
    "Ook wordt uitgesloten wie zijn verplichtingen tot betaling van belastingen of sociale \
     premies niet is nagekomen, als dat bij onherroepelijke rechterlijke of bestuurlijke \
     beslissing is vastgesteld.",
    "A bidder is also excluded if it has not met its obligations to pay taxes or social security \
     contributions, where this has been established by a final judicial or administrative \
     decision.",
);
pub const EXCLUSION_OPTIONAL_INTRO: Tr = Tr::new(
    "Daarnaast kan de opdrachtgever een inschrijver uitsluiten die:",
    "The buyer may also exclude a bidder that:",
);
pub const EXCLUSION_OPTIONAL: [Tr; 4] = [
    Tr::new(
        "failliet is, in surseance van betaling verkeert of een vergelijkbare procedure doorloopt;",
        "is bankrupt, in suspension of payments or in a comparable procedure;",
    ),
    Tr::new(
        "in de uitoefening van zijn beroep een ernstige fout heeft begaan die zijn integriteit in \
         twijfel trekt;",
        "has committed grave professional misconduct that calls its integrity into question;",
    ),
    Tr::new(
        "bij de uitvoering van een eerdere overheidsopdracht aanzienlijke of voortdurende \
         tekortkomingen heeft laten zien die tot ontbinding, schadevergoeding of vergelijkbare \
         sancties hebben geleid;",
        "has shown significant or persistent deficiencies in performing an earlier public \
         contract that led to termination, damages or comparable sanctions;",
    ),
    Tr::new(
        "een belangenconflict heeft dat niet op een andere manier kan worden opgelost.",
        "has a conflict of interest that cannot be remedied in another way.",
    ),
];

/// Which declaration goes with the procedure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Declaration {
    /// European procedure: the Uniform European Procurement Document.
    Uea,
    /// National or private procedure: the model eigen verklaring.
    EigenVerklaring,
}

pub fn declaration_text(d: Declaration) -> Tr {
    match d {
        Declaration::Uea => Tr::new(
            "Bij de offerte voegt de inschrijver het Uniform Europees Aanbestedingsdocument (UEA), \
             volledig ingevuld en ondertekend. Daarin verklaart hij dat de uitsluitingsgronden \
             niet op hem van toepassing zijn en dat hij aan de geschiktheidseisen voldoet. Steunt \
             de inschrijver op de capaciteit van een ander bedrijf of schrijft hij in als \
             combinatie, dan levert ook dat bedrijf of elk lid van de combinatie een UEA in.",
            "With the bid the bidder includes the European Single Procurement Document (UEA), \
             fully completed and signed, in which it declares that the exclusion grounds do not \
             apply to it and that it meets the suitability requirements. Where the bidder relies \
             on the capacity of another company or bids as a consortium, that company or each \
             member of the consortium also submits a UEA.",
        ),
        Declaration::EigenVerklaring => Tr::new(
            "Bij de offerte voegt de inschrijver de eigen verklaring (het model bij de \
             Aanbestedingswet 2012), volledig ingevuld en ondertekend. Daarin verklaart hij dat \
             de uitsluitingsgronden niet op hem van toepassing zijn en dat hij aan de \
             geschiktheidseisen voldoet. Steunt de inschrijver op de capaciteit van een ander \
             bedrijf of schrijft hij in als combinatie, dan levert ook dat bedrijf of elk lid \
             van de combinatie een eigen verklaring in.",
            "With the bid the bidder includes the eigen verklaring (the model that goes with the \
             Aanbestedingswet 2012), fully completed and signed, in which it declares that the \
             exclusion grounds do not apply to it and that it meets the suitability \
             requirements. Where the bidder relies on the capacity of another company or bids as \
             a consortium, that company or each member of the consortium also submits an eigen \
             verklaring.",
        ),
    }
}

pub const EVIDENCE_INTRO: Tr = Tr::new(
    "Alleen de inschrijver aan wie de opdrachtgever de opdracht wil gunnen, levert binnen tien \
     werkdagen na het verzoek daartoe de volgende bewijsstukken:",
    "Only the bidder to whom the buyer intends to award the contract provides, within ten \
     working days of the request, the following evidence:",
);
pub const EVIDENCE: [Tr; 4] = [
    Tr::new(
        "een Gedragsverklaring Aanbesteden (GVA) van Justis die niet ouder is dan twee jaar op de \
         sluitingsdatum;",
        "a Gedragsverklaring Aanbesteden (GVA, certificate of conduct for tenders) from Justis \
         that is no more than two years old on the closing date;",
    ),
    Tr::new(
        "een verklaring betalingsgedrag nakoming fiscale verplichtingen van de Belastingdienst die \
         niet ouder is dan zes maanden op de sluitingsdatum;",
        "a statement of payment behaviour (verklaring betalingsgedrag) from the Dutch Tax \
         Administration that is no more than six months old on the closing date;",
    ),
    Tr::new(
        "een uittreksel uit het Handelsregister van de Kamer van Koophandel;",
        "an extract from the Chamber of Commerce's Trade Register;",
    ),
    Tr::new(
        "de stukken waaruit blijkt dat hij voldoet aan de geschiktheidseisen (zie hierna).",
        "the documents showing that it meets the suitability requirements (see below).",
    ),
];
pub const EVIDENCE_FAILS: Tr = Tr::new(
    "Levert de beoogde opdrachtnemer de stukken niet op tijd of blijkt daaruit dat hij niet aan \
     de eisen voldoet, dan wordt hij alsnog uitgesloten en kan de opdrachtgever de opdracht \
     gunnen aan de inschrijver die daarna het hoogst eindigde.",
    "If the intended contractor does not provide the documents in time, or they show that it \
     does not meet the requirements, it is excluded after all and the buyer may award the \
     contract to the bidder ranked next.",
);

// ---- suitability

pub const SUITABILITY_INTRO: Tr = Tr::new(
    "De geschiktheidseisen zijn beperkt tot wat voor deze opdracht nodig is. De inschrijver \
     toont elke eis aan met ten minste één referentieopdracht die hij in de afgelopen drie jaar \
     heeft uitgevoerd, met de naam en het telefoonnummer van een contactpersoon bij de \
     opdrachtgever van die opdracht. De inschrijver is ingeschreven in het Handelsregister.",
    "The suitability requirements are limited to what this contract needs. The bidder shows \
     each requirement with at least one reference contract it performed in the past three \
     years, with the name and telephone number of a contact person at the client of that \
     contract. The bidder is registered in the Trade Register.",
);
// ---- scores

pub const LEVELS_INTRO_OWN: Tr = Tr::new(
    "Bij elke score hoort een omschrijving; de beoordelaars motiveren de score die zij samen \
     vaststellen aan de hand daarvan. De scores betekenen:",
    "Each score has a description; the evaluators give the reasons for the score they agree on \
     in its terms. The scores mean:",
);

/// The meaning of a score when the dossier names no levels: five bands of the scale, from
/// `0` to `max` (as formatted). `points[i]` are the formatted points of each band.
pub fn default_level_meanings(points: &[String; 5], lang: Lang) -> Vec<String> {
    let (nl, en): ([&str; 5], [&str; 5]) = (
        [
            "het criterium is niet of onvoldoende beantwoord; er is geen bijdrage aan de doelen van de opdracht.",
            "de beantwoording is zwak: algemeen, weinig op de doelgroep toegesneden, met weinig onderbouwing.",
            "de beantwoording is voldoende: zij voldoet aan wat gevraagd is, zonder meerwaarde.",
            "de beantwoording is goed: concreet, op de doelgroep toegesneden en overtuigend onderbouwd, met duidelijke meerwaarde.",
            "de beantwoording is uitstekend: zij overtuigt op alle punten en biedt een vernieuwende aanpak met aantoonbaar betere resultaten.",
        ],
        [
            "the criterion is not or insufficiently addressed; no contribution to the contract's goals.",
            "the answer is weak: general, hardly tailored to the target group, with little support.",
            "the answer is adequate: it meets what was asked, without added value.",
            "the answer is good: concrete, tailored to the target group and convincingly supported, with clear added value.",
            "the answer is excellent: convincing on every point, with an innovative approach and demonstrably better results.",
        ],
    );
    let texts = if lang == Lang::Nl { nl } else { en };
    points.iter().zip(texts).map(|(p, t)| format!("{p}: {t}")).collect()
}

pub fn levels_between(lang: Lang) -> &'static str {
    Tr::new(
        "Tussenliggende scores worden gegeven waar een beantwoording tussen twee omschrijvingen in ligt.",
        "Scores in between are given where an answer lies between two descriptions.",
    )
    .get(lang)
}

// ---- worked example

pub fn example_intro(price_a: &str, price_b: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "Ter illustratie de berekening met de gewichten en de formule van deze aanbesteding, voor \
             twee denkbeeldige offertes: inschrijver A biedt {price_a} per traject en scoort \
             middelmatig op kwaliteit, inschrijver B biedt {price_b} en scoort hoger. De getallen \
             zijn een voorbeeld en zeggen niets over de verwachte offertes."
        ),
        Lang::En => format!(
            "As an illustration, the calculation with this tender's weights and formula for two \
             imaginary bids: bidder A offers {price_a} per trajectory and scores average on \
             quality, bidder B offers {price_b} and scores higher. The numbers are an example and \
             say nothing about the bids expected."
        ),
    }
}

pub fn example_rate_note(rate_a: &str, rate_b: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("A biedt een plaatsingspercentage van {rate_a}, B van {rate_b}."),
        Lang::En => format!("A offers a placement rate of {rate_a}, B of {rate_b}."),
    }
}

pub fn example_bidder(i: usize, lang: Lang) -> String {
    let letter = if i == 0 { "A" } else { "B" };
    match lang {
        Lang::Nl => format!("Inschrijver {letter}"),
        Lang::En => format!("Bidder {letter}"),
    }
}

pub const COL_PART: Tr = Tr::new("Onderdeel", "Item");
pub const ROW_COST_PER_RESULT: Tr =
    Tr::new("Prijs per resultaat (prijs ÷ plaatsingspercentage)", "Price per result (price ÷ placement rate)");
pub const PER_POINT: Tr = Tr::new("per punt", "per point");

pub fn example_quality(a: &str, b: &str, max: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "Op elk kwaliteitscriterium krijgt A {a} en B {b} van de {max} punten. De tabel toont \
             wat elk onderdeel bijdraagt."
        ),
        Lang::En => format!(
            "On every quality criterion A gets {a} and B {b} of the {max} points. The table shows \
             what each item contributes."
        ),
    }
}
pub const COL_PRICE: Tr = Tr::new("Prijs per traject", "Price per trajectory");
pub const COL_TOTAL_POINTS: Tr = Tr::new("Totaal (punten)", "Total (points)");
pub const COL_FICTIVE: Tr = Tr::new("Fictieve prijs", "Fictive price");

pub fn example_outcome(winner: &str, points: bool, lang: Lang) -> String {
    match (lang, points) {
        (Lang::Nl, true) => format!(
            "{winner} heeft de meeste punten en zou de opdracht krijgen. Elke bijdrage is op twee \
             decimalen afgerond; het totaal is de som van de afgeronde bijdragen."
        ),
        (Lang::Nl, false) => format!(
            "{winner} heeft de laagste fictieve prijs en zou de opdracht krijgen. Elk bedrag is op \
             centen afgerond; de fictieve prijs is de prijs min de waarde van de kwaliteit."
        ),
        (Lang::En, true) => format!(
            "{winner} has the most points and would win the contract. Each contribution is rounded \
             to two decimals; the total is the sum of the rounded contributions."
        ),
        (Lang::En, false) => format!(
            "{winner} has the lowest fictive price and would win the contract. Each amount is \
             rounded to cents; the fictive price is the price minus the value of the quality."
        ),
    }
}

pub const TIE_BREAK: Tr = Tr::new(
    "Bij een gelijk totaal wint de offerte met de hoogste kwaliteitsscore; is die ook gelijk, dan \
     de offerte met de laagste prijs. Blijft het gelijk, dan beslist loting onder toezicht van \
     een onafhankelijke derde.",
    "With equal totals the bid with the higher quality score wins; if that is equal too, the bid \
     with the lower price. If it is still equal, lots are drawn under the supervision of an \
     independent third party.",
);

// ---- contract conditions

pub const CONTRACT_INTRO: Tr = Tr::new(
    "De opdrachtgever sluit met de winnende inschrijver een overeenkomst. Die bestaat uit de \
     overeenkomst zelf, de nota van inlichtingen, dit bestek en de offerte; bij strijdigheid gaan \
     zij in die volgorde voor. De belangrijkste voorwaarden:",
    "The buyer concludes a contract with the winning bidder. It consists of the contract itself, \
     the nota van inlichtingen, this bestek and the bid; where they conflict, they prevail in \
     that order. The main conditions:",
);
pub const C_DURATION: Tr = Tr::new("Looptijd: ", "Duration: ");
pub const C_PAYMENT: Tr = Tr::new("Betaling: ", "Payment: ");
pub const C_BONUS_MALUS: Tr = Tr::new("Bonus/malus: ", "Bonus/malus: ");
pub const C_INFLOW: Tr = Tr::new("Instroom: ", "Inflow: ");
pub const C_REPORTING: Tr = Tr::new("Rapportage: ", "Reporting: ");
pub const C_DATA: Tr = Tr::new("Persoonsgegevens: ", "Personal data: ");
pub const C_CONDITIONS: Tr = Tr::new("Inkoopvoorwaarden: ", "Purchase conditions: ");

pub fn duration_clause(months: &str, options: Option<&str>, lang: Lang) -> String {
    match (lang, options) {
        (Lang::Nl, Some(o)) => format!(
            "{months} maanden, met de mogelijkheid die eenzijdig door de opdrachtgever te verlengen \
             met ten hoogste {o} maanden. De opdrachtgever maakt een verlenging uiterlijk drie maanden \
             voor het einde schriftelijk bekend."
        ),
        (Lang::Nl, None) => format!("{months} maanden, zonder verlengingsopties."),
        (Lang::En, Some(o)) => format!(
            "{months} months, which the buyer may extend unilaterally by at most {o} months. The \
             buyer announces an extension in writing no later than three months before the end."
        ),
        (Lang::En, None) => format!("{months} months, with no options to extend."),
    }
}

pub const PAYMENT: Tr = Tr::new(
    "de opdrachtgever spreekt in de overeenkomst af dat zij binnen 30 dagen na ontvangst van een \
     juiste en volledige factuur betaalt. \
     De opdrachtnemer factureert elektronisch en vermeldt per deelnemer het traject en, waar de \
     betaling van het resultaat afhangt, het bereikte resultaat.",
    "the buyer agrees in the contract to pay within 30 days of receiving a correct and complete \
     invoice. The contractor \
     invoices electronically and states for each participant the trajectory and, where payment \
     depends on the result, the result reached.",
);
pub const PAYMENT_JOINT: Tr = Tr::new(
    " Iedere deelnemende gemeente betaalt de facturen voor haar eigen inwoners.",
    " Each participating municipality pays the invoices for its own residents.",
);
pub const BONUS_MALUS_APPLIES: Tr = Tr::new(
    "volgens de regeling in hoofdstuk 4, afgerekend na afloop van de contractperiode.",
    "according to the scheme in chapter 4, settled after the contract period.",
);
pub const NO_BONUS_MALUS: Tr = Tr::new("niet van toepassing.", "does not apply.");

pub fn inflow_clause(clients: &str, months: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "de opdrachtgever garandeert ten minste {clients} verwijzingen over de looptijd van \
             {months} maanden (zonder verlenging)."
        ),
        Lang::En => format!(
            "the buyer guarantees at least {clients} referrals over the term of {months} months \
             (extensions not included)."
        ),
    }
}

/// Inflow guarantee, for chapter 4: when it applies.
pub fn inflow_period(months: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            " De garantie geldt voor de looptijd van het contract van {months} maanden, zonder \
             verlenging; verwijzingen tijdens een verlenging tellen niet mee."
        ),
        Lang::En => format!(
            " The guarantee covers the contract term of {months} months, extensions not included; \
             referrals during an extension do not count."
        ),
    }
}

pub const NO_INFLOW: Tr =
    Tr::new("de opdrachtgever garandeert geen aantal verwijzingen.", "the buyer guarantees no number of referrals.");
pub const DATA_PROCESSING: Tr = Tr::new(
    "de opdrachtnemer verwerkt de persoonsgegevens van deelnemers alleen voor de uitvoering van \
     deze opdracht en volgens de Algemene verordening gegevensbescherming (AVG). Voor de start \
     sluiten opdrachtgever en opdrachtnemer een verwerkersovereenkomst waarin staat welke \
     gegevens worden verwerkt, hoe ze worden beveiligd, hoe een datalek wordt gemeld en wat er na \
     afloop met de gegevens gebeurt.",
    "the contractor processes participants' personal data only to perform this contract and in \
     line with the General Data Protection Regulation (AVG). Before the start, buyer and \
     contractor conclude a processing agreement (verwerkersovereenkomst) stating which data are \
     processed, how they are secured, how a data breach is reported and what happens to the data \
     afterwards.",
);

pub fn conditions_clause(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "op de overeenkomst zijn de {name} van toepassing. Algemene voorwaarden van de \
             inschrijver worden uitdrukkelijk van de hand gewezen."
        ),
        Lang::En => format!(
            "the {name} apply to the contract. The bidder's own general terms are expressly \
             rejected."
        ),
    }
}

pub const REPORTING_POST: Tr =
    Tr::new(" De rapportage volgt wat in hoofdstuk 5 is afgesproken.", " The reports follow what chapter 5 sets out.");

// ---- annexes

pub const ANNEXES_INTRO: Tr = Tr::new(
    "Bij deze offerteaanvraag horen de volgende bijlagen. De inschrijver vult bijlage A en B in, \
     ondertekent ze en dient ze met zijn offerte in.",
    "The following annexes belong to this request for tender. The bidder completes annexes A \
     and B, signs them and submits them with its bid.",
);

pub fn annex_list(declaration: Option<Declaration>, conditions: &str, lang: Lang) -> Vec<String> {
    let decl = match (declaration, lang) {
        (Some(Declaration::Uea), Lang::Nl) => {
            "Het Uniform Europees Aanbestedingsdocument (UEA), in te vullen via TenderNed."
        }
        (Some(Declaration::Uea), Lang::En) => {
            "The European Single Procurement Document (UEA), to be completed through TenderNed."
        }
        (_, Lang::Nl) => "De eigen verklaring (model bij de Aanbestedingswet 2012).",
        (_, Lang::En) => "The eigen verklaring (the model that goes with the Aanbestedingswet 2012).",
    };
    let mut out = match lang {
        Lang::Nl => vec![
            "Bijlage A: Prijsformulier (in te vullen).".to_string(),
            "Bijlage B: Inschrijfformulier en verklaring (in te vullen en te ondertekenen).".to_string(),
        ],
        Lang::En => vec![
            "Annex A: Price form (to be completed).".to_string(),
            "Annex B: Tender form and declaration (to be completed and signed).".to_string(),
        ],
    };
    out.push(decl.to_string());
    out.push(match lang {
        Lang::Nl => "Model van de verwerkersovereenkomst.".to_string(),
        Lang::En => "Model processing agreement (verwerkersovereenkomst).".to_string(),
    });
    if !conditions.is_empty() {
        out.push(match lang {
            Lang::Nl => format!("De {conditions}."),
            Lang::En => format!("The {conditions}."),
        });
    }
    out
}

pub const PRICE_FORM_INTRO: Tr = Tr::new(
    "De inschrijver vult dit formulier volledig in. De prijs is een vaste prijs per traject in \
     euro, exclusief btw, en geldt voor de hele looptijd van het contract.",
    "The bidder completes this form in full. The price is a fixed price per trajectory in euros, \
     exclusive of VAT, and applies for the whole contract term.",
);
pub const COL_ITEM: Tr = Tr::new("Onderdeel", "Item");
pub const COL_OFFER: Tr = Tr::new("Aanbod van de inschrijver", "Bidder's offer");
pub const FILL_MONEY: &str = "€ ……………";
pub const FILL_PERCENT_NL: &str = "…… %";
pub const FILL_PERCENT_EN: &str = "……%";
pub const FILL_WEEKS: Tr = Tr::new("…… weken", "…… weeks");
pub const FILL_LINE: &str = "……………………";
pub const ROW_PRICE: Tr = Tr::new("Prijs per traject, exclusief btw", "Price per trajectory, exclusive of VAT");
pub const ROW_PRICE_INTEGRAL: Tr = Tr::new(
    "Integrale prijs per traject, exclusief btw (alle diensten en instrumenten inbegrepen)",
    "Integral price per trajectory, exclusive of VAT (all services and instruments included)",
);
pub const ROW_RATE: Tr = Tr::new(
    "Aangeboden plaatsingspercentage (deel van de trajecten dat het resultaat bereikt)",
    "Placement rate offered (share of trajectories that reach the result)",
);
pub const ROW_LEAD_TIME: Tr = Tr::new("Doorlooptijd van een traject", "Lead time of a trajectory");

pub const DECLARATION_INTRO: Tr = Tr::new(
    "Ondergetekende, bevoegd om de inschrijver te vertegenwoordigen, verklaart dat de inschrijver:",
    "The undersigned, authorised to represent the bidder, declares that the bidder:",
);
pub const DECLARATION_ITEMS: [Tr; 5] = [
    Tr::new(
        "kennis heeft genomen van dit bestek, de bijlagen en de nota van inlichtingen, en ze \
         zonder voorbehoud aanvaardt;",
        "has read this bestek, its annexes and the nota van inlichtingen, and accepts them without \
         reservation;",
    ),
    Tr::new(
        "de opdracht uitvoert tegen de prijzen op het prijsformulier, en zijn offerte 90 \
         kalenderdagen gestand doet;",
        "will perform the contract at the prices on the price form and keeps its bid open for 90 \
         calendar days;",
    ),
    Tr::new(
        "voldoet aan de eisen uit het Programma van Eisen en de knock-outeisen;",
        "meets the requirements of the Programma van Eisen and the knock-out requirements;",
    ),
    Tr::new(
        "bereid is een verwerkersovereenkomst te sluiten en de persoonsgegevens van deelnemers \
         volgens de AVG te beschermen;",
        "is willing to conclude a processing agreement and to protect participants' personal data \
         in line with the AVG;",
    ),
    Tr::new("de inkoopvoorwaarden van de opdrachtgever aanvaardt.", "accepts the buyer's purchase conditions."),
];
pub const SIGN_ROWS: [Tr; 6] = [
    Tr::new("Naam van de inschrijver", "Name of the bidder"),
    Tr::new("KvK-nummer", "Chamber of Commerce number"),
    Tr::new("Contactpersoon, telefoon en e-mail", "Contact person, telephone and e-mail"),
    Tr::new("Naam en functie van de ondertekenaar", "Name and position of the signatory"),
    Tr::new("Plaats en datum", "Place and date"),
    Tr::new("Handtekening", "Signature"),
];

// ---- the projectplan: the buyer's role and the financing, in the third person

/// What the chosen role means for the municipalities, as a plan states it (the wizard's
/// explanation speaks to the user and quotes the cases).
pub fn role_in_plan(role: BuyerRole) -> Tr {
    match role {
        BuyerRole::AtDistance => Tr::new(
            "De opdrachtgever stuurt op de afspraken en resultaten uit het contract en bemoeit zich \
             zo min mogelijk met de werkwijze. De opdrachtnemer krijgt ruimte voor een eigen \
             aanpak; daarvoor zijn meetbare resultaten en goede rapportages nodig.",
            "The buyer steers on the agreements and results in the contract and interferes as \
             little as possible with the way of working. The contractor gets room for its own \
             approach; this needs measurable results and good reports.",
        ),
        BuyerRole::Facilitating => Tr::new(
            "De opdrachtgever zorgt dat de voorwaarden voor succes vervuld zijn en laat het \
             traject zelf aan de opdrachtnemer. Dat vraagt inzet van de klantmanagers vóór een \
             traject begint.",
            "The buyer makes sure the conditions for success are met and leaves the trajectory \
             itself to the contractor. This asks work from the case managers before a trajectory \
             starts.",
        ),
        BuyerRole::Director => Tr::new(
            "De opdrachtgever stuurt als duidelijke opdrachtgever op output en regisseert de \
             samenwerking tussen alle betrokken partijen. Dat vraagt heldere afspraken over output \
             en tijd om de keten te regisseren.",
            "The buyer steers on output as a clear principal and directs the cooperation between \
             all parties involved. This needs clear agreements on output and time to direct the \
             chain.",
        ),
        BuyerRole::Partner => Tr::new(
            "De opdrachtgever ontwikkelt samen met de opdrachtnemer een nieuwe dienst en is daarbij \
             tot in detail betrokken. Daarvoor is eigen kennis nodig, en afspraken over hoe \
             risico's en opbrengsten worden gedeeld.",
            "The buyer develops a new service together with the contractor and is involved in \
             detail. This needs expertise in house, and agreements on how risks and gains are \
             shared.",
        ),
    }
}

/// What the chosen financing means, as a plan states it.
pub fn financing_in_plan(f: Financing) -> Tr {
    match f {
        Financing::Input => Tr::new(
            "De opdrachtgever betaalt voor wat er is gedaan: uren, programmaonderdelen of \
             instrumenten. Dat past waar het resultaat moeilijk meetbaar is; het risico ligt dan \
             vooral bij de opdrachtgever.",
            "The buyer pays for what was done: hours, programme parts or instruments. This fits \
             where the result is hard to measure; the risk then lies mainly with the buyer.",
        ),
        Financing::Output => Tr::new(
            "De opdrachtgever betaalt voor het bereikte resultaat, zoals een plaatsing op werk. \
             Dat past waar het resultaat goed meetbaar is; de opdrachtnemer draagt dan het \
             grootste risico.",
            "The buyer pays for the result achieved, such as a job placement. This fits where the \
             result is easy to measure; the contractor then carries most of the risk.",
        ),
        Financing::NoCureLessPay => Tr::new(
            "De opdrachtnemer krijgt een deel van de prijs ook als het resultaat uitblijft, en het \
             volle bedrag pas bij resultaat. Zo durft de opdrachtnemer te investeren in een \
             vernieuwende aanpak, en betaalt de opdrachtgever niet alles voor trajecten die \
             mislukken.",
            "The contractor receives part of the price even when the result is not reached, and \
             the full amount only on result. This lets the contractor invest in an innovative \
             approach, and the buyer does not pay everything for trajectories that fail.",
        ),
    }
}
