//! Roermond (guide *Inkoop en innovatie*, appendix 4): the demo case `roermond`.
//!
//! What is taken from the source and what is illustrative: see the header of `domain::demo`.

use super::{award, bid, criteria, euros, participant, providers, reqs, s};
use crate::domain::dossier::{
    BonusMalusRule, BuyerRole, Dossier, Evaluation, Execution, Exploration, Financing, Invoicing, Procedure,
    ProcedureKind, ResultLevel, ServiceRegime, Specification, TargetGroup,
};
use crate::domain::scoring::model::CriterionKind::{Price, Quality};
use crate::domain::scoring::model::PriceFormula;
use std::collections::BTreeMap;

pub(super) fn roermond() -> Dossier {
    let case = "roermond";
    let p1 = "roermond-p1";
    Dossier {
        name: s("Roermond – integraal Wijkproject II (demo)"),
        demo_of: Some(s(case)),
        exploration: Exploration {
            title: s("Integraal Wijkproject II"),
            problem: s("Roermond (ongeveer 43.000 inwoners, circa 1.550 bijstandsgerechtigden) kampt met complexe \
                 stadsproblematiek, vooral door de achterstand van drie wijken. In die wijken zijn veel \
                 organisaties actief die nog niet gestructureerd samenwerken; dat is verwarrend voor bewoners en \
                 hulpverleners en bemoeilijkt de regie van de gemeente."),
            goals: s(
                "1. Een sluitend netwerk van dienstverlening rond bijstandsklanten in twee wijken dat hun sociale \
                 participatie bevordert, met als doel 10 % minder bijstandsklanten.\n2. Vragen van klanten over \
                 activering en zorg koppelen aan kansen op activiteiten en werk in de wijk (bijvoorbeeld een \
                 boodschappendienst in een wijk met veel ouderen).\nVerwachte baten onder meer: minder \
                 uitkeringen, minder kosten voor maatschappelijk werk, welzijn en politie, en kortere trajecten \
                 door betere afstemming in de keten.",
            ),
            principles: s(
                "Tweede van drie projecten uit het Masterplan, dat stap voor stap een wijkgerichte werkwijze \
                 invoert waarin lokaal sociaal beleid en arbeidsmarktbeleid zijn verweven. Wijkproject II sluit \
                 aan op Wijkproject I: klanten zonder resultaat gaan over van de huidige uitvoerder. \
                 Cofinanciering uit het ESF is nodig. Eén integrale trajectprijs, waarbinnen de aanbieder zelf \
                 bepaalt welke diensten de klant nodig heeft; hij moet diensten van andere contractpartners \
                 inbouwen waar die passen. Bij het gewenste resultaat volgt een bonus (de hoogte staat niet in \
                 de bron).",
            ),
            participants: vec![participant(p1, "Gemeente Roermond", "Afdeling Bijstandszaken", Some(65), Some(130))],
            contact_participant: Some(s(p1)),
            buyer_role: Some(BuyerRole::Director),
            governance: Default::default(),
            role_rationale: s(
                "Heldere regie- en opdrachtgeversrol: Roermond stuurt op output, regisseert de inrichting van de \
                 projectorganisatie en zorgt voor goede communicatie en informatie-uitwisseling. In de wijk is \
                 de gemeente sturend en aanjagend, en intermediair tussen de betrokken instellingen en de \
                 opdrachtnemer. Van het bedrijf wordt flexibiliteit gevraagd om mee te groeien met het \
                 klantmanagement dat de gemeente ontwikkelt.",
            ),
        },
        target_group: TargetGroup {
            description: s(
                "Bijstandsklanten in de twee kanswijken het Roermondse Veld en De Kemp-Kitskensberg-Heide: 70 \
                 trajecten die uit Wijkproject I overgaan en 60 nieuwe, samen 130. De omvang bij de deelnemer is \
                 dat aantal trajecten; de bron noemt niet hoeveel klanten er in de wijken wonen. Plaatsing telt \
                 ruim: ook gesubsidieerde arbeid, een schakeltraject of sociale activering is een resultaat.",
            ),
            characteristics: Vec::new(),
            other_characteristics: s(
                "Klanten met vragen op het gebied van activering en zorg in achterstandswijken; de bron beschrijft \
                 geen verdere kenmerken.",
            ),
            result_ladder: vec![ResultLevel::SocialActivation, ResultLevel::SubsidisedWork, ResultLevel::RegularWork],
        },
        specification: Specification {
            functional: reqs(
                "roermond-f",
                &[
                    "130 re-integratietrajecten voor klanten uit de twee kanswijken, die leiden naar werk of \
                     sociale activering; de invulling laat de gemeente aan de aanbieder.",
                    "Plaatsing is ruimer dan uitstroom naar werk: gesubsidieerde arbeid, een schakeltraject of \
                     sociale activering telt ook als resultaat.",
                    "De doelen van de klant worden verbonden met de kansen op werk en activering in de wijk.",
                ],
            ),
            technical: reqs(
                "roermond-t",
                &[
                    "Aansluiten op Wijkproject I en klanten zonder resultaat overnemen van de huidige uitvoerder.",
                    // A method (the appendix: "middels een systematiek van jobhunting"), so
                    // technical; the appendix itself does not sort its starting points.
                    "Het bedrijf zoekt met een systematiek van jobhunting vacatures in de wijk (daarna stad en \
                     regio), waarbij de beperkingen van de klant geen rol spelen.",
                    "Een administratief beheersysteem invoeren en voldoen aan de administratieve eisen van het ESF.",
                    "Producten inzetten die de gemeente elders al inkocht (productenhandboek Bijstandszaken); \
                     extra inkoop of eigen uitvoering valt binnen de integrale trajectprijs.",
                    "Rapporteren volgens het diagnose-instrument van Bijstandszaken, de ESF-administratie en de \
                     monitor scholing en activering.",
                    "Zitting nemen in de wijkbeheergroep, waarin de ketenpartners hun dienstverlening afstemmen.",
                    "Bij de start van een traject (intake, aanvullende diagnose) werken vanaf een herkenbare \
                     locatie in de twee wijken.",
                ],
            ),
            inflow_guarantee: Some(false),
            inflow_clients: None,
            financing: Some(Financing::Output),
            failure_pay_share: None,
            contract_months: Some(24),
            option_months: None,
            bonus_malus: BonusMalusRule::default(),
            innovation_criterion: true,
            integral_price: true,
            cooperation_required: true,
            risk_sharing: Vec::new(),
            selection_criteria: reqs(
                "roermond-s",
                &["Visie van de aanbieder op innovatie en vernieuwing: hoe onorthodox wil hij werken om mensen \
                   aan de slag te krijgen?"],
            ),
        },
        execution: Execution {
            referral: s("Klantmanager en re-integratiebedrijf stellen samen de aanvullende diagnose; de klantmanager \
                 regisseert de dienstverlening, volgt de voortgang en bewaakt de afstemming met de doelen in de \
                 wijk."),
            intake_weeks: None,
            max_duration_months: None,
            reporting_frequency: None,
            reporting_content: s(
                "Rapportages in dezelfde 'taal' als de gemeente: volgens de indeling van het diagnose-instrument \
                 van Bijstandszaken, de ESF-administratie en de monitor scholing en activering.",
            ),
            go_no_go: false,
            data_protection: String::new(),
            invoicing: Some(Invoicing::PerTrajectory),
            contacts: s("Regelmatig overleg tussen projectleider, klantmanagers van Bijstandszaken en het bedrijf; \
                 afstemming in de keten via de wijkbeheergroep. Alle accountmanagers van gesubsidieerde en \
                 gecontracteerde instellingen zitten in de projectorganisatie."),
        },
        procedure: Procedure {
            submission: Default::default(),
            estimated_price: Some(euros(5_000)),
            threshold_override: None,
            regime: Some(ServiceRegime::SocialAndOtherSpecific),
            // Five firms asked directly: a private procedure. The appendix of 2002 calls it
            // "niet-openbaar", but the guide's own synthesis (§3.1) counts Roermond among the
            // private tenders; only Amsterdam advertised and selected.
            kind: Some(ProcedureKind::Private),
            rationale: s(
                "Onderhandse procedure: vijf bedrijven zijn gevraagd een offerte uit te brengen. De bijlage van \
                 2002 noemt dit een 'niet-openbare aanbestedingsprocedure', maar de handreiking rekent Roermond \
                 zelf bij de gemeenten die onderhands aanbesteedden: alleen Amsterdam koos een procedure met een \
                 advertentie en een selectiefase (handreiking §3.1). In de termen van nu is het een meervoudig \
                 onderhandse procedure. Het bestek vraagt vooral een grondhouding, uitgewerkt in specifieke eisen voor de zorg voor het traject en voor de \
                 opbouw en instandhouding van de keten rond de klant. Er is geen instroomgarantie; dat bleek \
                 bedrijven ervan te weerhouden hun diensten lokaal aan te bieden.\n\nLet op (demo): \
                 de vooraf gepubliceerde prijsgrenzen (€ 3.500 en € 6.500, voor de formule met vaste \
                 grenzen) zijn illustratief; \
                 de bron \
                 noemt geen gunningscriteria met gewichten; de criteria en gewichten hier zijn illustratief, \
                 afgeleid van wat de bron belangrijk vindt. De namen van de vijf bedrijven, de geschatte \
                 trajectprijs (€ 5.000) en de drie offertes zijn fictief; de prijsformule (relatief ten opzichte \
                 van de laagste prijs) is voor de demo gekozen, de bron noemt geen formule. De indeling van de \
                 uitgangspunten uit het bestek in functionele en technische eisen is van Inkoopwijzer; de \
                 bijlage deelt ze niet in. 130 trajecten in 24 maanden is 65 per jaar.\n\n\
                 Bronnen: Handreiking bijlage 4 (Roermond), blz. 41-44; Handreiking §3.1, blz. 16; \
                 Handreiking §3.3, blz. 18-19; Handreiking §3.4, blz. 20-21; Handreiking §3.5, blz. 22.",
            ),
            invited: providers(
                case,
                &[
                    ("Aanbieder A (fictief)", ""),
                    ("Aanbieder B (fictief)", ""),
                    ("Aanbieder C (fictief)", ""),
                    ("Aanbieder D (fictief)", ""),
                    ("Aanbieder E (fictief)", ""),
                ],
            ),
            timeline: Vec::new(),
        },
        award: award(
            criteria(
                case,
                &[
                    ("Visie en vernieuwende aanpak", Quality, 30),
                    ("Samenwerking in de keten en de wijk", Quality, 25),
                    ("Integrale trajectprijs", Price, 30),
                    ("Aansluiting op Wijkproject I en de wijkaanpak", Quality, 15),
                ],
            ),
            PriceFormula::RelativeToLowest,
            (3_500, 6_500),
            Vec::new(),
            case,
            vec![
                bid(case, 'A', 4_600, 35, 52, &[(1, 6, 6, 6), (2, 7, 6, 7), (4, 8, 8, 8)]),
                bid(case, 'B', 5_400, 40, 52, &[(1, 9, 8, 9), (2, 8, 8, 8), (4, 6, 7, 6)]),
                bid(case, 'C', 4_100, 30, 48, &[(1, 4, 5, 4), (2, 5, 5, 5), (4, 5, 5, 5)]),
            ],
        ),
        evaluation: Evaluation {
            what_worked: String::new(),
            what_to_change: s(
                "Zonder instroomgarantie bleken bedrijven niet bereid hun diensten lokaal aan te bieden; de \
                 gemeente overweegt afspraken over een minimale instroom. Nu worden soms contracten van twee \
                 jaar gesloten om nieuwe bedrijven te leren kennen; zodra de resultaten beter zichtbaar zijn, \
                 wil Roermond jaarcontracten sluiten.",
            ),
            self_assessment: BTreeMap::new(),
        },
        ..Dossier::default()
    }
}
