//! Step 4, Uitvoeringsproces (delivery process): the labels and help texts of its fields, the
//! go/no-go checkbox, and the names of the reporting frequencies and invoicing forms.

use super::FieldTexts;
use crate::domain::dossier::{Invoicing, ReportingFrequency};
use crate::i18n::{Labeled, Tr};

// ---- fields

pub(super) const REFERRAL: FieldTexts = (
    Tr::new("Aanmelding van klanten", "Referral of clients"),
    Tr::new(
        "Wie meldt klanten aan, hoe, en welke informatie gaat mee? In Apeldoorn beoordeelde een \
         aparte eenheid het advies van de klantmanager, meldde de klant aan en bewaakte dat elke \
         aanbieder de afgesproken aantallen kreeg.",
        "Who refers clients, how, and what information goes along? In Apeldoorn a separate \
         unit assessed the case manager's advice, referred the client and made sure each \
         provider received the agreed numbers.",
    ),
);

pub(super) const INTAKE_WEEKS: FieldTexts = (
    Tr::new("Intake binnen (weken)", "Intake within (weeks)"),
    Tr::new(
        "Binnen hoeveel weken na aanmelding heeft de klant een intakegesprek? Een korte termijn \
         houdt de motivatie vast. Amsterdam spreekt twee weken af.",
        "Within how many weeks of referral does the client have an intake meeting? A short \
         term keeps motivation alive. Amsterdam agrees on two weeks.",
    ),
);

pub(super) const MAX_DURATION: FieldTexts = (
    Tr::new("Maximale trajectduur (maanden)", "Maximum trajectory duration (months)"),
    Tr::new(
        "Hoe lang mag één traject duren? Een maximum maakt de kosten voorspelbaar en dwingt tot \
         een besluit. Amsterdam hanteert twaalf maanden.",
        "How long may a single trajectory last? A maximum makes costs predictable and forces a \
         decision. Amsterdam uses twelve months.",
    ),
);

pub(super) const REPORTING_FREQUENCY: FieldTexts = (
    Tr::new("Rapportagefrequentie", "Reporting frequency"),
    Tr::new(
        "Hoe vaak rapporteert de aanbieder over de voortgang? Vaak genoeg om op tijd bij te \
         sturen, niet zo vaak dat rapporteren het werk verdringt.",
        "How often does the provider report on progress? Often enough to adjust in time, not \
         so often that reporting crowds out the work.",
    ),
);

pub(super) const REPORTING_CONTENT: FieldTexts = (
    Tr::new("Inhoud van de rapportages", "Content of the reports"),
    Tr::new(
        "Wat staat er in een rapportage: gestarte klanten, voortgang, resultaten, uitval? \
         Spreek dezelfde 'taal' af als uw eigen registratie, zoals Roermond eiste dat \
         rapportages de indeling van haar diagnose-instrument volgden.",
        "What goes into a report: clients started, progress, results, drop-outs? Agree on the \
         same 'language' as your own records, as Roermond required reports to follow the \
         structure of its diagnostic instrument.",
    ),
);

pub(super) const GO_NO_GO: FieldTexts = (
    Tr::new("Go/no-go-moment", "Go/no-go moment"),
    Tr::new(
        "Een vast moment tijdens het traject waarop klant, aanbieder en klantmanager beslissen \
         of het traject doorgaat. Zo voorkomt u dat een traject zonder uitzicht doorloopt; \
         Amsterdam gebruikt er een tussentijds gesprek voor.",
        "A set moment during the trajectory at which client, provider and case manager decide \
         whether it continues. It prevents a trajectory without prospects from running on; \
         Amsterdam uses an interim meeting for it.",
    ),
);

pub(super) const DATA_PROTECTION: FieldTexts = (
    Tr::new("Bescherming persoonsgegevens", "Protection of personal data"),
    Tr::new(
        "Welke gegevens over klanten deelt u, hoe, en wie mag ze zien? Spreek één werkwijze af \
         voor alle aanbieders, zoals Apeldoorn deed, en houd de eisen in verhouding: in \
         Amsterdam vielen kleinere, vaak vernieuwende aanbieders af op de formele eisen voor \
         privacy en klachten.",
        "Which data about clients do you share, how, and who may see them? Agree on one way of \
         working for all providers, as Apeldoorn did, and keep the requirements proportionate: \
         in Amsterdam smaller, often innovative providers dropped out on the formal rules for \
         privacy and complaints.",
    ),
);

pub(super) const INVOICING: FieldTexts = (
    Tr::new("Facturering", "Invoicing"),
    Tr::new(
        "Factureert de aanbieder per ingezet instrument of per traject? Dat bepaalt wie betaalt \
         bij uitval. Koopt u samen in, laat dan per gemeente factureren.",
        "Does the provider invoice per instrument used or per trajectory? That decides who pays \
         when a client drops out. If you buy together, have invoices sent per municipality.",
    ),
);

pub(super) const CONTACTS: FieldTexts = (
    Tr::new("Contactpersonen en overleg", "Contacts and meetings"),
    Tr::new(
        "Wie spreekt met wie, en hoe vaak? Korte lijnen helpen: in Emmen hadden klantmanager en \
         projectleider dagelijks contact over de aanpak van de klanten.",
        "Who talks to whom, and how often? Short lines help: in Emmen the case manager and the \
         project leader were in daily contact about the approach to each client.",
    ),
);

// ---- parts inside the fields (`labels::sub`)

pub const GO_NO_GO_ENABLED: Tr =
    Tr::new("Een go/no-go-moment per traject afspreken", "Agree on a go/no-go moment per trajectory");

// ---- choices

impl Labeled for ReportingFrequency {
    const VARIANTS: &'static [Self] = &[
        ReportingFrequency::Weekly,
        ReportingFrequency::Monthly,
        ReportingFrequency::Quarterly,
        ReportingFrequency::HalfYearly,
    ];

    fn label(self) -> Tr {
        match self {
            ReportingFrequency::Weekly => Tr::new("Wekelijks", "Weekly"),
            ReportingFrequency::Monthly => Tr::new("Maandelijks", "Monthly"),
            ReportingFrequency::Quarterly => Tr::new("Per kwartaal", "Quarterly"),
            ReportingFrequency::HalfYearly => Tr::new("Per half jaar", "Half-yearly"),
        }
    }

    fn explanation(self) -> Tr {
        match self {
            ReportingFrequency::Weekly => Tr::new(
                "Per klant elke week de voortgang volgen, zoals de regie-unit van Emmen deed. Dat \
                 vraagt dat u zelf nauw bij de uitvoering betrokken bent en dat informatie open wordt \
                 gedeeld.",
                "Following progress per client every week, as Emmen's Regie Unit (its contract-management unit) did. It asks \
                 you to be closely involved in the execution yourself and to share information openly.",
            ),
            ReportingFrequency::Monthly => Tr::new(
                "Veel zicht, maar ook veel werk voor beide partijen. Past bij een nieuw of kwetsbaar \
                 project waar u dicht op wilt zitten.",
                "Plenty of insight, but also plenty of work for both sides. Fits a new or fragile \
                 project you want to follow closely.",
            ),
            ReportingFrequency::Quarterly => Tr::new(
                "Gangbaar en meestal genoeg om op tijd bij te sturen. Amsterdam en Apeldoorn vroegen \
                 kwartaalrapportages.",
                "Common and usually enough to adjust in time. Amsterdam and Apeldoorn asked for \
                 quarterly reports.",
            ),
            ReportingFrequency::HalfYearly => Tr::new(
                "Weinig administratie, maar u ziet problemen laat. Past alleen bij een beproefde aanpak \
                 en een aanbieder die u vertrouwt; combineer het met een go/no-go-moment per traject.",
                "Little paperwork, but you see problems late. Fits only a proven approach and a \
                 provider you trust; combine it with a go/no-go moment per trajectory.",
            ),
        }
    }
}

impl Labeled for Invoicing {
    const VARIANTS: &'static [Self] = &[Invoicing::PerInstrument, Invoicing::PerTrajectory];

    fn label(self) -> Tr {
        match self {
            Invoicing::PerInstrument => Tr::new("Per ingezet instrument", "Per instrument used"),
            Invoicing::PerTrajectory => Tr::new("Per traject (integrale prijs)", "Per trajectory (integral price)"),
        }
    }

    fn explanation(self) -> Tr {
        match self {
            Invoicing::PerInstrument => Tr::new(
                "De aanbieder factureert wat er per klant echt is ingezet. Valt een klant uit, dan \
                 betaalt u niet het hele traject; zo deed Apeldoorn het. Wel meer administratie, en \
                 minder vrijheid voor de aanbieder om instrumenten te combineren.",
                "The provider invoices what was actually used per client. If a client drops out, you \
                 do not pay for the whole trajectory; that is how Apeldoorn did it. It does mean more \
                 paperwork and less freedom for the provider to combine instruments.",
            ),
            Invoicing::PerTrajectory => Tr::new(
                "U betaalt één prijs per traject, alle instrumenten inbegrepen. De aanbieder bepaalt \
                 zelf wat een klant nodig heeft, wat vernieuwing uitlokt, zoals met de integrale \
                 trajectprijs van Roermond. Spreek wel af wat er gebeurt als een klant voortijdig \
                 uitvalt.",
                "You pay one price per trajectory, all instruments included. The provider decides \
                 what a client needs, which invites innovation, as with Roermond's integral trajectory \
                 price. Do agree on what happens when a client drops out early.",
            ),
        }
    }
}
