//! Emmen (guide *Inkoop en innovatie*, appendix 3): the demo case `emmen`.
//!
//! What is taken from the source and what is illustrative: see the header of `domain::demo`.

use super::{award, bid, checklist, criteria, euros, participant, providers, reqs, s};
use crate::domain::dossier::{
    BonusMalusRule, BuyerRole, Characteristic, Dossier, Evaluation, Execution, Exploration, Financing, Invoicing,
    MonitorFigures, Monitoring, Procedure, ProcedureKind, ReportingFrequency, ResultLevel, ServiceRegime,
    Specification, Start, TargetGroup,
};
use crate::domain::scoring::model::CriterionKind::{Price, Quality};
use crate::domain::scoring::model::PriceFormula;
use std::collections::BTreeMap;

pub(super) fn emmen() -> Dossier {
    let case = "emmen";
    let p1 = "emmen-p1";
    Dossier {
        name: s("Emmen – activering Nieuw-Amsterdam en Veenoord (demo)"),
        demo_of: Some(s(case)),
        exploration: Exploration {
            title: s("Activeringsproject Nieuw-Amsterdam en Veenoord"),
            problem: s("In de dorpen Nieuw-Amsterdam en Veenoord wonen ongeveer 25 klanten uit de harde kern van het \
                 bijstandsbestand; de klantmanagers zeggen na jaren geen grip meer op hen te hebben. In \
                 Zuidoost-Drenthe loopt het aantal klanten door de neergaande conjunctuur weer op (Emmen: \
                 ongeveer 107.000 inwoners, 2.250 klanten)."),
            goals: s("De maatschappelijke participatie van deze groep verhogen en hun sociaal isolement doorbreken."),
            principles: s(
                "Bewust een heel open vraag aan de markt: 'bied ons een aanpak' en laat de bedrijven met een \
                 voorstel komen. Eerst zijn, zoals gebruikelijk, de gemeentelijke bedrijven (preferred \
                 suppliers) gevraagd; gezien de complexe problematiek konden die geen aanbod doen. De gekozen \
                 aanpak combineert individuele begeleiding (wekelijks gesprek, eigen activeringsplan) met \
                 groepsactiviteiten: een sociaal café in het dorps- of buurthuis, een sport- en \
                 fitnessprogramma onder leiding van een fysiotherapeut en een groepsprogramma.",
            ),
            participants: vec![participant(
                p1,
                "Gemeente Emmen",
                "Regie Unit (inkoop en monitoring van trajecten)",
                Some(13),
                Some(25),
            )],
            contact_participant: Some(s(p1)),
            buyer_role: Some(BuyerRole::AtDistance),
            governance: Default::default(),
            role_rationale: s("Opdrachtgever op afstand: de verantwoordelijkheid voor het project ligt bij het \
                 re-integratiebedrijf, dat zijn eigen plan en creativiteit kan volgen. Omdat meetbare \
                 eindresultaten ontbraken, kon de gemeente niet op uitstroom sturen; de Regie Unit volgt daarom \
                 wekelijks per cliënt de voortgang en betaalt pas na oplevering van een programmaonderdeel."),
        },
        target_group: TargetGroup {
            description: s("Ongeveer 25 klanten uit de harde kern in Nieuw-Amsterdam en Veenoord, zogenaamde fase \
                 4-klanten. Om 25 deelnemers een traject te laten doorlopen, moet de klantmanager ongeveer 50 \
                 kandidaten selecteren."),
            characteristics: vec![
                Characteristic::LongTermAssistance,
                Characteristic::MedicalLimitations,
                Characteristic::HardToMotivate,
                Characteristic::LowEducation,
                Characteristic::NeverWorked,
                Characteristic::CannotKeepAppointments,
                Characteristic::PsychosocialProblems,
            ],
            other_characteristics: s(
                "Ongevoelig voor oproepen en sancties; reageren niet op argumenten; praktisch ingesteld; vaak \
                 geen vertrouwen meer in hulpverleners.",
            ),
            result_ladder: vec![
                ResultLevel::SocialActivation,
                ResultLevel::VolunteerWork,
                ResultLevel::Education,
                ResultLevel::SubsidisedWork,
                ResultLevel::RegularWork,
            ],
        },
        specification: Specification {
            functional: reqs(
                "emmen-f",
                &[
                    "De opdrachtnemer bevordert de maatschappelijke participatie van deze groep, vergroot en \
                     behoudt het aanwezige arbeidspotentieel en doorbreekt het sociaal isolement met \
                     maatschappelijk zinvolle activiteiten.",
                    "De opdrachtnemer geeft het hele traject zelf vorm (een beroep op zijn creativiteit).",
                    "De hele uitvoering valt onder de verantwoordelijkheid van de opdrachtnemer, ook bij \
                     onderaanneming.",
                    "Uitgangspunt is een integrale aanpak.",
                ],
            ),
            technical: reqs(
                "emmen-t",
                &[
                    "Het hele project wordt in de wijk uitgevoerd.",
                    "De opdrachtnemer houdt de deelnemersregistratie bij.",
                    "Samenwerking zoeken met lokale instellingen; waar nodig gebruikmaken van producten die de \
                     gemeente daar al heeft ingekocht.",
                    "Deelnemers hebben geen wachttijden.",
                    "De inzet van andere instellingen leidt niet tot tussentijdse prijsverhogingen.",
                ],
            ),
            inflow_guarantee: Some(true),
            inflow_clients: Some(25),
            financing: Some(Financing::Input),
            failure_pay_share: None,
            contract_months: Some(24),
            option_months: None,
            bonus_malus: BonusMalusRule::default(),
            innovation_criterion: true,
            integral_price: false,
            cooperation_required: true,
            risk_sharing: Vec::new(),
            selection_criteria: Vec::new(),
        },
        execution: Execution {
            referral: s(
                "De klantmanager selecteert de klanten en leidt ze naar het re-integratiebedrijf. Samen met de \
                 projectleider bezoekt hij de kandidaten thuis om hun motivatie te peilen.",
            ),
            intake_weeks: None,
            max_duration_months: None,
            reporting_frequency: Some(ReportingFrequency::Weekly),
            reporting_content: s(
                "De Regie Unit volgt wekelijks per cliënt de prestaties van het bedrijf. De klantmanager heeft \
                 dagelijks contact met de projectleider, beoordeelt de activeringsplannen en volgt de klant in \
                 het klantvolgsysteem.",
            ),
            go_no_go: false,
            data_protection: String::new(),
            invoicing: Some(Invoicing::PerInstrument),
            contacts: s("Open informatie-uitwisseling tussen klant, klantmanager, projectleider en Regie Unit. De \
                 klantmanager zorgt voor tijdige bijzondere bijstand binnen het traject en sanctioneert zo \
                 nodig."),
        },
        procedure: Procedure {
            submission: Default::default(),
            estimated_price: Some(euros(6_000)),
            threshold_override: None,
            regime: Some(ServiceRegime::SocialAndOtherSpecific),
            kind: Some(ProcedureKind::Private),
            rationale: s("Onderhandse aanbesteding, voor Emmen nieuw: tot medio 2001 werd per project één bedrijf \
                 benaderd. Eerst zijn de gemeentelijke bedrijven gevraagd; zij konden niet. Daarna zijn zes \
                 re-integratiebedrijven benaderd, van wie drie op korte termijn geen geschikt personeel hadden \
                 en niet konden offreren. Kennis van en aantoonbare ervaring met de doelgroep, de integrale \
                 aanpak en de voorgestelde werkwijze wogen zwaar; de prijs speelde een ondergeschikte rol.\n\n\
                 Let op (demo): \
                 de vooraf gepubliceerde prijsgrenzen (€ 4.500 en € 8.500, voor de formule met vaste \
                 grenzen) zijn illustratief; \
                 de bron noemt de criteria maar geen gewichten; de gewichten hier (prijs 10 %) zijn \
                 illustratief. De namen van de benaderde bedrijven, de geschatte trajectprijs (€ 6.000), het \
                 aantal trajecten per jaar (13: ongeveer 25 deelnemers over twee jaar) en de drie offertes zijn \
                 fictief. De handreiking zegt alleen dat Emmen een instroomgarantie gaf, niet voor hoeveel \
                 klanten; de 25 in stap 3 is het aantal klanten uit de harde kern, hier als illustratie. De \
                 prijsformule (relatief ten opzichte van de laagste prijs) is voor de demo gekozen; de bron \
                 noemt geen formule.\n\n\
                 Bronnen: Handreiking bijlage 3 (Emmen), blz. 36-40; Handreiking §3.2, blz. 18; Handreiking \
                 §3.3, blz. 19; Handreiking §3.5, blz. 22."),
            invited: providers(
                case,
                &[
                    ("Aanbieder A (fictief)", ""),
                    ("Aanbieder B (fictief)", ""),
                    ("Aanbieder C (fictief)", ""),
                    ("Aanbieder D (fictief)", "Kon niet offreren: op korte termijn geen geschikt personeel."),
                    ("Aanbieder E (fictief)", "Kon niet offreren: op korte termijn geen geschikt personeel."),
                    ("Aanbieder F (fictief)", "Kon niet offreren: op korte termijn geen geschikt personeel."),
                ],
            ),
            timeline: Vec::new(),
        },
        award: award(
            criteria(
                case,
                &[
                    ("Trajectprijs", Price, 10),
                    ("Kennis van de regio", Quality, 10),
                    ("Aantoonbare ervaring met de doelgroep", Quality, 25),
                    ("Aanpak en werkwijze: eigen, creatieve invulling van het traject", Quality, 25),
                    ("Integraliteit van de aanpak", Quality, 20),
                    ("Grootte en capaciteit van het bureau", Quality, 10),
                ],
            ),
            PriceFormula::RelativeToLowest,
            (4_500, 8_500),
            Vec::new(),
            case,
            vec![
                bid(case, 'A', 6_500, 40, 52, &[(2, 8, 8, 8), (3, 8, 7, 8), (4, 7, 8, 7), (5, 8, 8, 8), (6, 5, 5, 5)]),
                bid(case, 'B', 5_200, 40, 52, &[(2, 6, 6, 6), (3, 5, 6, 5), (4, 6, 6, 6), (5, 5, 4, 5), (6, 8, 8, 8)]),
                bid(case, 'C', 7_400, 45, 60, &[(2, 5, 6, 5), (3, 9, 9, 9), (4, 9, 8, 9), (5, 7, 8, 7), (6, 6, 6, 6)]),
            ],
        ),
        start: Start {
            preconditions: checklist(
                case,
                &[
                    (
                        "Motivatie van de kandidaten gepeild met een huisbezoek door projectleider en klantmanager.",
                        true,
                    ),
                    ("Café-accommodatie in het dorps- of buurthuis beschikbaar.", true),
                    ("Sportkleding voor de deelnemers aangeschaft (kosten voor de gemeente).", true),
                    ("Klanten tijdig aangemeld en goed geïnformeerd (ging bij de start mis).", false),
                ],
            ),
            start_date: String::new(),
            first_referrals: BTreeMap::from([(s(p1), 8)]),
        },
        monitoring: Monitoring {
            average_price: None,
            figures: BTreeMap::from([(s(p1), MonitorFigures { started: Some(18), results: Some(8), cost: None })]),
            notes: s("Eerste groep (8 personen): het traject mislukte volledig; de deelnemers voelden zich door de \
                 projectleider niet serieus genomen en kwamen hun afspraken niet na. Gemeente en bedrijf hebben \
                 de projectleider vervangen; de nieuwe projectleider won het vertrouwen terug. Tweede groep (10 personen): \
                 8 aan het werk, regulier of gesubsidieerd, in deeltijd en dus nog deels in de bijstand. De \
                 eerste groep krijgt een herkansing. Gestart = 8 + 10."),
        },
        evaluation: Evaluation {
            what_worked: s(
                "Vertrouwen opbouwen bleek de sleutel. De nieuwe projectleider zette zich persoonlijk volledig in \
                 en bracht de deelnemers opnieuw in contact met hulpverleners, wijkagent en huisarts.",
            ),
            what_to_change: s(
                "Bij een volgende gunning uitgebreid spreken met de beoogde projectleider. In het nieuwe \
                 contract duidelijke eindresultaten vastleggen (een aantal uren per week gedurende een aantal \
                 maanden sociaal actief, toeleiding naar werk of opleiding), zodat het financiële risico naar \
                 het bedrijf gaat. De klantmanager neemt meer initiatief bij het aanmelden.",
            ),
            self_assessment: BTreeMap::new(),
        },
        ..Dossier::default()
    }
}
