//! Amsterdam (guide *Inkoop en innovatie*, appendix 2): the demo case `amsterdam`.
//!
//! What is taken from the source and what is illustrative: see the header of `domain::demo`.

use super::{award, bid, criteria, euros, participant, reqs, s};
use crate::domain::dossier::{
    BonusMalusRule, BuyerRole, Characteristic, Dossier, Evaluation, Execution, Exploration, Financing, Procedure,
    ProcedureKind, ReportingFrequency, ResultLevel, ServiceRegime, Specification, TargetGroup,
};
use crate::domain::scoring::model::CriterionKind::{Price, Quality};
use crate::domain::scoring::model::PriceFormula;
use std::collections::BTreeMap;

pub(super) fn amsterdam() -> Dossier {
    let case = "amsterdam";
    let p1 = "amsterdam-p1";
    Dossier {
        name: s("Amsterdam – sociale-activeringsmakelaar (demo)"),
        demo_of: Some(s(case)),
        exploration: Exploration {
            title: s("Sociale-activeringsmakelaar per regio"),
            problem: s("Veel Amsterdamse bijstandsklanten staan ver van de arbeidsmarkt. Het aanbod aan sociale \
                 activering verschilt per stadsdeel, en de Sociale Dienst had veel kleine contracten die \
                 moeilijk te sturen en te beheersen waren. Kleinere, vaak vernieuwende aanbieders vielen \
                 bovendien af op de formele eisen over privacy en klachten."),
            goals: s("De afstand tot de arbeidsmarkt verkleinen en participatie bevorderen: vrijwilligerswerk, \
                 (educatieve) activiteiten of hulp bij het oplossen van problemen, waar mogelijk met toeleiding \
                 naar werk. Dit past bij het streven van de gemeenteraad dat niemand aan de kant blijft staan \
                 (onder meer 4.000 klanten actief in vrijwilligerswerk)."),
            principles: s(
                "Per regio (meerdere stadsdelen) één makelaar die klant en instrument bij elkaar brengt en het \
                 lokale aanbod via onderaanneming in stand houdt; in elke regio werkt hij samen met de \
                 opdrachtnemer Werk. De aanbieder stelt werk boven inkomen en de klant centraal, verwijst voor \
                 taal- of beroepsscholing naar de scholingspartners van de Sociale Dienst, signaleert \
                 knelpunten bij kinderopvang, scholing en schuldhulp en werkt in een netwerk van aanbieders en \
                 werkgevers. Combinaties van bedrijven mogen inschrijven met één hoofdaannemer. De Sociale \
                 Dienst mag de aantallen trajecten uit het bestek altijd wijzigen (onzekerheid over \
                 bezuinigingen).\n\nFinanciering: per klant een budget in twee niveaus (intensief of minder \
                 intensief); begeleiding wordt afgerekend op de (gemaximaliseerde) uren per klant; het budget \
                 voor instrumenten blijft bij de Sociale Dienst en wordt per klant verantwoord met facturen van \
                 derden.",
            ),
            participants: vec![participant(
                p1,
                "Gemeente Amsterdam (Sociale Dienst Amsterdam)",
                "Stedelijk Inkoopbureau Scholing en Activering",
                Some(300),
                None,
            )],
            contact_participant: Some(s(p1)),
            buyer_role: Some(BuyerRole::AtDistance),
            governance: Default::default(),
            role_rationale: s(
                "De opdrachtgever volgt, bewaakt en stuurt bij op basis van de afspraken en resultaten in het \
                 contract, en bemoeit zich zo min mogelijk met de inhoudelijke invulling. Wel verwacht hij inzet \
                 op samenwerking: de makelaar beschrijft hoe hij samenwerkt met de opdrachtnemer Werk en het \
                 stadsdeel, en neemt deel aan het regulier overleg tussen stadsdeel en Sociale Dienst (onder \
                 meer over de kwartaalrapportages).",
            ),
        },
        target_group: TargetGroup {
            description: s(
                "Klanten met een grote afstand tot de arbeidsmarkt, met en zonder arbeidsplicht, onder wie \
                 klanten (Abw, nu Participatiewet) met een arbeidshandicap en alleenstaande ouders; overwegend fase 4-klanten met \
                 meervoudige problematiek.",
            ),
            characteristics: vec![Characteristic::MultipleProblems, Characteristic::MedicalLimitations],
            other_characteristics: s("Overwegend fase 4; ook alleenstaande ouders; met en zonder arbeidsplicht."),
            result_ladder: vec![
                ResultLevel::SocialActivation,
                ResultLevel::VolunteerWork,
                ResultLevel::Education,
                ResultLevel::RegularWork,
            ],
        },
        specification: Specification {
            functional: reqs(
                "amsterdam-f",
                &[
                    "Diagnose van de situatie van de klant en een re-integratieplan.",
                    "Begeleiding tijdens het traject, intensief of minder intensief naar behoefte.",
                    "Duurzame plaatsing op werk, een traject naar werk of sociale activering.",
                    "De makelaar zorgt dat de klant het traject werkelijk volgt en afrondt, en voor een passend \
                     vervolg (bijvoorbeeld overdracht aan een werkgever).",
                    "Alle instrumenten die de klant nodig heeft voor een eerste stap richting werk zijn \
                     inzetbaar; de makelaar kiest ze (zoals vrijwilligerswerk, stage, oriëntatie op werk, \
                     computervaardigheden, een cursus zelfredzaamheid, hulp bij problemen).",
                ],
            ),
            technical: reqs(
                "amsterdam-t",
                &[
                    "Dienstverlening zo mogelijk in het Bedrijfsverzamelgebouw.",
                    "Taal- en beroepsscholing via de scholingspartners van de Sociale Dienst; alleen als die het \
                     gevraagde niet bieden, apart inkopen.",
                    "Een kennismakings- of intakegesprek binnen twee weken; binnen 14 dagen hoort de klantmanager \
                     of de klant kan starten.",
                    "Een traject duurt hoogstens twaalf maanden.",
                    "Per kwartaal een voortgangsrapportage per klant; tussentijds een mondelinge rapportage als \
                     go/no-go-moment.",
                    "De inzet van het instrumentenbudget per klant verantwoorden met facturen van derden.",
                ],
            ),
            inflow_guarantee: Some(false),
            inflow_clients: None,
            financing: Some(Financing::Input),
            failure_pay_share: None,
            contract_months: Some(12),
            option_months: None,
            bonus_malus: BonusMalusRule::default(),
            innovation_criterion: true,
            integral_price: false,
            cooperation_required: true,
            risk_sharing: Vec::new(),
            selection_criteria: reqs(
                "amsterdam-s",
                &[
                    "Uitsluitingsgronden, geschiktheidseisen en standaardvoorwaarden volgens de selectieleidraad.",
                    "Goed op de hoogte van de sociale kaart van Amsterdam en goede samenwerking met de betrokken \
                     instellingen.",
                    "Kennis van de doelgroep en haar problematiek (signalen herkennen).",
                    "Ervaring van de medewerkers (niet alleen van de organisatie), zodat ook kleinere en jongere \
                     aanbieders kans maken.",
                ],
            ),
        },
        execution: Execution {
            referral: s("De klantmanager beoordeelt het advies van CWI en KWINT en verwijst, zo nodig na een \
                 aanvullende diagnose door derden, naar werk, activering of zorg. Leidt de intake niet tot een \
                 traject, dan hoort de klantmanager dat."),
            intake_weeks: Some(2),
            max_duration_months: Some(12),
            reporting_frequency: Some(ReportingFrequency::Quarterly),
            reporting_content: s(
                "Per kwartaal rapporteert de makelaar over de voortgang per klant. Tussentijds een mondeling \
                 gesprek tussen klant, makelaar en consulent van de Sociale Dienst: go/no-go-moment voor het \
                 traject en zo nodig heronderzoek. Verder volgens de protocollen Samenwerking en Rapportages.",
            ),
            go_no_go: true,
            data_protection: s(
                "De aanbieder voldoet aan de formele eisen van de Sociale Dienst over privacy en klachten.",
            ),
            invoicing: None,
            contacts: s("De makelaar is aanspreekpunt voor de klant en onderhoudt de contacten met de andere \
                 betrokken organisaties; bij knelpunten in een traject neemt hij direct contact op met de \
                 klantmanager. De klantmanager bewaakt de voortgang volgens het rapportageprotocol."),
        },
        procedure: Procedure {
            submission: Default::default(),
            estimated_price: Some(euros(3_000)),
            threshold_override: None,
            regime: Some(ServiceRegime::SocialAndOtherSpecific),
            kind: Some(ProcedureKind::Restricted),
            rationale: s(
                "Als enige van de vier gemeenten koos Amsterdam een uitgebreide procedure: een advertentie, een \
                 selectiefase (selectieleidraad met uitsluiting, geschiktheid en standaardvoorwaarden) en een \
                 gunningsfase op prijs/kwaliteitverhouding, met aandacht voor de wensen van de stadsdelen. De \
                 gemeente geeft geen garantie op het aantal doorverwezen klanten.\n\nLet op (demo): \
                 de vooraf gepubliceerde prijsgrenzen (€ 2.000 en € 4.000, voor de formule met vaste \
                 grenzen) zijn illustratief; \
                 de bron \
                 noemt zes gunningscriteria maar geen gewichten; de gewichten hier (25/20/25/10/10/10) zijn \
                 illustratief. Ook de geschatte trajectprijs (€ 3.000), het aantal trajecten per jaar (300) en \
                 de drie offertes met hun scores zijn fictief. De prijsformule (relatief ten opzichte van de \
                 laagste prijs) is voor de demo gekozen; de bron noemt geen formule.\n\nDe selectiecriteria in \
                 stap 3 zijn de lezing van Inkoopwijzer: de bijlage noemt de sociale kaart, de samenwerking met \
                 instellingen en de kennis van de doelgroep als uitgangspunten voor de aanbieder, en selecteerde \
                 zelf met een selectieleidraad (uitsluiting, geschiktheid, standaardvoorwaarden). De ervaring \
                 van de medewerkers is wel een criterium uit de bron (handreiking §3.4).\n\nDe functionele eisen \
                 volgen de handreiking, die de vraag van Amsterdam functioneel noemt (§3.2): de makelaar kiest \
                 zelf welke instrumenten hij inzet. De specificatiehulp in stap 3 leest per zin en ziet \
                 'diagnose' en 'begeleiding' als middelen, dus als technisch. Beide lezingen zijn te verdedigen; \
                 in een workshop is dat een goed gesprek.\n\n\
                 Bronnen: Handreiking bijlage 2 (Amsterdam), blz. 33-35; Handreiking §3.2, blz. 17; \
                 Handreiking §3.4, blz. 20; Handreiking §3.5, blz. 22.",
            ),
            invited: Vec::new(),
            timeline: Vec::new(),
        },
        award: award(
            criteria(
                case,
                &[
                    ("Gehanteerde methodiek: effectiviteit, maatwerk en creativiteit", Quality, 25),
                    ("Verwachte resultaten (plaatsingspercentage)", Quality, 20),
                    ("Prijs", Price, 25),
                    ("Klantvriendelijkheid", Quality, 10),
                    ("Communicatie met de opdrachtgever", Quality, 10),
                    ("Doorlooptijd", Quality, 10),
                ],
            ),
            PriceFormula::RelativeToLowest,
            (2_000, 4_000),
            Vec::new(),
            case,
            vec![
                bid(case, 'A', 2_800, 35, 40, &[(1, 6, 7, 6), (2, 6, 6, 6), (4, 7, 7, 7), (5, 6, 6, 6), (6, 7, 6, 7)]),
                bid(case, 'B', 3_400, 45, 48, &[(1, 9, 8, 8), (2, 8, 7, 8), (4, 8, 8, 8), (5, 7, 8, 7), (6, 6, 6, 6)]),
                bid(case, 'C', 2_300, 25, 36, &[(1, 4, 5, 4), (2, 4, 4, 4), (4, 5, 6, 5), (5, 5, 5, 5), (6, 8, 7, 8)]),
            ],
        ),
        evaluation: Evaluation {
            what_worked: String::new(),
            what_to_change: s("Kleinere, vaak vernieuwende aanbieders vielen af op de formele eisen over privacy en \
                 klachten; daarom telt nu de ervaring van de medewerkers mee. Gezocht wordt naar één integraal \
                 budget voor uren en instrumenten, afgerekend op voortgang en resultaat."),
            self_assessment: BTreeMap::new(),
        },
        ..Dossier::default()
    }
}
