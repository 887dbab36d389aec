//! The guidance content: for each of the nine steps its name, purpose, the why (the advice
//! of the ministry guide *Inkoop en innovatie*, 2002, in our own words), the levers for
//! innovation it touches and a case from the sources; the four levers; Telgen's seven
//! phases; the introduction to the nine steps.
//!
//! Facts come from the two sources (the guide and the Holland Rijnland project plan of
//! 2005-2006); the phrasing is ours. Every text is a `Tr` pair, so a missing translation
//! does not compile; the tests below also catch a translation left equal to the Dutch.

use super::Labeled;
use super::Tr;
use crate::domain::assessment::Lever;
use crate::domain::source::{SourceRef, CURRENT_LAW, LATER_PRACTICE};
use crate::domain::steps::{Step, TelgenPhase};
use serde::{Deserialize, Serialize};

// ---------------------------------------------------------------------------------------
// The four levers
// ---------------------------------------------------------------------------------------

impl Labeled for Lever {
    const VARIANTS: &'static [Self] = &Lever::ALL;

    fn label(self) -> Tr {
        match self {
            Lever::FunctionalSpecification => Tr::new("Functionele vraagformulering", "Functional specification"),
            Lever::RiskAllocation => Tr::new("Risicoverdeling", "Risk allocation"),
            Lever::Incentives => {
                Tr::new("Prikkels voor vernieuwing en samenwerking", "Incentives for innovation and cooperation")
            }
            Lever::BuyerRole => Tr::new("Rol van de opdrachtgever", "Role of the buyer"),
        }
    }

    fn explanation(self) -> Tr {
        match self {
            Lever::FunctionalSpecification => Tr::new(
                "Vraag wat u wilt bereiken, niet hoe de aanbieder dat moet doen. Een technische eis \
                 schrijft middelen voor, zoals een taalcursus NT2 van een vast aantal lessen; een \
                 functionele eis noemt het doel, zoals genoeg Nederlands om volwaardig mee te doen, en \
                 hoe u meet of dat gehaald is. Zo krijgt de aanbieder de ruimte om zijn kennis in te \
                 zetten en met een betere oplossing te komen. Dat vraagt wel dat u uw klantenbestand \
                 kent, de groep scherp omschrijft en duidelijk maakt welk resultaat u verwacht. Het \
                 verandert ook de kijk op kosten: u vergelijkt wat een traject kost dat het resultaat \
                 haalt, niet de prijs per les of per uur.",
                "Ask what you want to achieve, not how the provider should do it. A technical \
                 requirement prescribes the means, such as a Dutch language course of a fixed number of \
                 lessons; a functional requirement names the goal, such as enough Dutch to take part \
                 fully in society, and how you will measure whether it was reached. This leaves the \
                 provider room to use its expertise and come up with a better solution. It does require \
                 that you know your caseload, describe the group sharply and make clear which result you \
                 expect. It also changes how you look at cost: you compare the price of a trajectory \
                 that reaches the result, not the price per lesson or per hour.",
            ),
            Lever::RiskAllocation => Tr::new(
                "Wie een nieuwe aanpak ontwikkelt, loopt risico: werkt het, en komen er genoeg \
                 klanten? Legt u alle risico bij de aanbieder, dan kiest die voor het vertrouwde. U kunt \
                 een deel van het risico zelf dragen: met een instroomgarantie, door mislukte trajecten \
                 gedeeltelijk te betalen (no cure less pay), met een gewenningsbudget voor de \
                 aanloopfase, door als eerste afnemer garant te staan voor iets nieuws, met een proef \
                 vooraf zoals Apeldoorn die met de provincie Gelderland deed, of met een langer contract, \
                 zodat de aanbieder tijd heeft om zijn aanpak te verbeteren. Voor een vernieuwende aanpak ligt no \
                 cure less pay volgens de handreiking voor de hand. In de praktijk betaalden gemeenten op \
                 resultaat waar dat goed meetbaar is, zoals werk, en op inzet waar het dat niet is, zoals \
                 bij sociale activering; dan blijft het risico wel bij de gemeente, en Emmen sprak daarom \
                 later ook voor activering meetbare eindresultaten af.",
                "Whoever develops a new approach takes a risk: will it work, and will enough clients \
                 come? If you put all the risk on the provider, it will choose what it already knows. \
                 You can carry part of the risk yourself: with an instroomgarantie (a guaranteed minimum \
                 inflow of clients), by paying part of the price for trajectories that fail (no cure, \
                 less pay), with an acclimatisation budget (gewenningsbudget) for the start-up phase, by \
                 acting as the guaranteed first buyer of something new, with a pilot first as Apeldoorn \
                 ran with the province of Gelderland, or with a longer contract, so the provider has \
                 time to improve its approach. \
                 For an innovative approach the guide sees no cure, less pay as the obvious choice. In \
                 practice municipalities paid for results where results are easy to measure, such as \
                 work, and for effort where they are not, as with social activation; but then the risk \
                 stays with the municipality, which is why Emmen later agreed measurable end results for \
                 activation too.",
            ),
            Lever::Incentives => Tr::new(
                "Beloon vernieuwing en samenwerking. Neem een vernieuwende aanpak op als \
                 gunningscriterium met een echt gewicht, zodat niet de prijs alleen beslist. Een bonus \
                 voor resultaten boven de afspraak geeft een financiële prikkel om creatiever te \
                 bemiddelen; een malus werkt anders, want die legt risico bij de aanbieder, en wie \
                 sterk op resultaat wordt afgerekend, mijdt juist het risico van iets nieuws. Een integrale trajectprijs laat de aanbieder zelf kiezen welke diensten \
                 een klant nodig heeft. En wie aanbieders verplicht samen te werken met andere partijen \
                 in de keten, bundelt kennis; daar kunnen nieuwe werkwijzen uit groeien.",
                "Reward innovation and cooperation. Make an innovative approach one of the \
                 gunningscriteria (award criteria) with a real weight, so that price alone does not \
                 decide. A bonus for results above the agreed level gives a financial incentive to be \
                 more creative in finding people work; a malus works differently, because it puts risk \
                 on the provider, and a provider judged strictly on results avoids the risk of \
                 something new. An integral trajectory price lets the provider \
                 choose which services a client needs. And obliging providers to cooperate with other \
                 parties in the chain pools knowledge, from which new ways of working can grow.",
            ),
            Lever::BuyerRole => Tr::new(
                "Hoe u uw rol als opdrachtgever invult, bepaalt mee hoeveel ruimte er is voor \
                 vernieuwing. U kunt op afstand sturen op afspraken en resultaten, de randvoorwaarden \
                 regelen, als duidelijke regisseur op output sturen, of als partner samen met een \
                 aanbieder iets nieuws ontwikkelen. Elke rol vraagt iets anders van uw organisatie: wie \
                 dichtbij wil ontwikkelen, moet zelf deskundigheid in huis hebben. En de keuze moet door \
                 iedereen worden volgehouden: wie in het bestek het 'hoe' openlaat, moet er in de \
                 uitvoering niet alsnog op gaan sturen.",
                "How you fill your role as buyer partly decides how much room there is for \
                 innovation. You can steer at a distance on agreements and results, take care of the \
                 preconditions, steer on output as a clear director, or develop something new together \
                 with a provider as a partner. Each role asks something different of your organisation: \
                 if you want to develop up close, you need expertise in house. And everyone has to stick \
                 to the choice: if the bestek (specification) leaves the 'how' open, nobody should start \
                 steering on it during delivery.",
            ),
        }
    }
}

/// Where the guide describes each lever: the theory (§2.3), the practice (ch. 3) and the
/// conclusions (ch. 4).
pub fn lever_sources(l: Lever) -> &'static [SourceRef] {
    const FUNCTIONAL: &[SourceRef] =
        &[SourceRef::guide("2.3", 12, 12), SourceRef::guide("3.2", 17, 18), SourceRef::guide_chapter(4, 24, 24)];
    const RISK: &[SourceRef] =
        &[SourceRef::guide("2.3", 13, 13), SourceRef::guide("3.3", 18, 19), SourceRef::guide_chapter(4, 25, 25)];
    const INCENTIVES: &[SourceRef] =
        &[SourceRef::guide("2.3", 13, 13), SourceRef::guide("3.4", 19, 21), SourceRef::guide_chapter(4, 25, 25)];
    const ROLE: &[SourceRef] =
        &[SourceRef::guide("2.3", 11, 11), SourceRef::guide("3.5", 21, 23), SourceRef::guide_chapter(4, 25, 26)];
    match l {
        Lever::FunctionalSpecification => FUNCTIONAL,
        Lever::RiskAllocation => RISK,
        Lever::Incentives => INCENTIVES,
        Lever::BuyerRole => ROLE,
    }
}

/// Where the guide names the four levers.
pub const LEVERS_SOURCES: &[SourceRef] =
    &[SourceRef::guide_chapter(1, 6, 6), SourceRef::guide("2.5", 14, 15), SourceRef::guide_chapter(4, 24, 24)];

/// Heading and introduction above the four levers.
pub const LEVERS_TITLE: Tr = Tr::new("Vier hefbomen voor innovatie", "Four levers for innovation");
pub const LEVERS_INTRO: Tr = Tr::new(
    "Professioneel inkopen is de basis. Wie daarnaast vernieuwing wil uitlokken, heeft vier \
     hefbomen: hoe u uw vraag formuleert, hoe u de risico's verdeelt, welke prikkels u inbouwt en \
     hoe u uw rol als opdrachtgever invult. Bij elke stap ziet u welke hefbomen daar spelen.",
    "Professional purchasing is the basis. If you also want to draw out innovation, you have four \
     levers: how you phrase your question, how you share the risks, which incentives you build in \
     and how you fill your role as buyer. Each step shows which levers are in play there.",
);

// ---------------------------------------------------------------------------------------
// The cases
// ---------------------------------------------------------------------------------------

/// The cases from the sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Case {
    Apeldoorn,
    Amsterdam,
    Emmen,
    Roermond,
    HollandRijnland,
}

// The cases are metadata of the examples: the tests check that each example names its case
// and that every case has one.
#[cfg(test)]
impl Case {
    pub const ALL: [Case; 5] = [Case::Apeldoorn, Case::Amsterdam, Case::Emmen, Case::Roermond, Case::HollandRijnland];

    /// The proper name, the same in both languages.
    pub fn name(self) -> &'static str {
        match self {
            Case::Apeldoorn => "Apeldoorn",
            Case::Amsterdam => "Amsterdam",
            Case::Emmen => "Emmen",
            Case::Roermond => "Roermond",
            Case::HollandRijnland => "Holland Rijnland",
        }
    }
}

/// A case from the sources as an example for a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseExample {
    pub case: Case,
    pub title: Tr,
    pub text: Tr,
    /// Where its facts are, in the guide or the plan.
    pub sources: &'static [SourceRef],
}

/// A paragraph of advice with where it comes from: the guide, the Holland Rijnland plan, or
/// Inkoopwijzer's own addition (today's rules, later practice).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Advice {
    pub text: Tr,
    pub sources: &'static [SourceRef],
}

// ---------------------------------------------------------------------------------------
// The nine steps
// ---------------------------------------------------------------------------------------

/// Everything the app says about one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepGuidance {
    pub step: Step,
    /// The full name, e.g. "Bestek (Programma van Eisen)".
    pub name: Tr,
    /// A short name for the step bar.
    pub short_name: Tr,
    pub subtitle: Tr,
    /// What the step is for, in two or three sentences.
    pub purpose: Tr,
    /// The why: the advice for this step, paragraph by paragraph with its sources.
    pub why: &'static [Advice],
    /// The levers for innovation the step touches, most important first.
    pub levers: &'static [Lever],
    /// One or two cases from the sources.
    pub examples: &'static [CaseExample],
}

/// The guidance of a step.
pub fn step_guidance(step: Step) -> &'static StepGuidance {
    match step {
        Step::Verkenning => &VERKENNING,
        Step::Doelgroep => &DOELGROEP,
        Step::Bestek => &BESTEK,
        Step::Uitvoeringsproces => &UITVOERINGSPROCES,
        Step::Offerteprocedure => &OFFERTEPROCEDURE,
        Step::StartUitvoering => &START_UITVOERING,
        Step::Monitoring => &MONITORING,
        Step::Verantwoording => &VERANTWOORDING,
        Step::Evaluatie => &EVALUATIE,
    }
}

static VERKENNING: StepGuidance = StepGuidance {
    step: Step::Verkenning,
    name: Tr::new("Verkenning", "Exploration"),
    short_name: Tr::new("Verkenning", "Exploration"),
    subtitle: Tr::new("Behoefte, doelen en wie er meedoet", "Need, goals and who takes part"),
    purpose: Tr::new(
        "U brengt in kaart welk probleem u wilt oplossen, wat u wilt bereiken en met wie u optrekt. \
         Aan het eind ligt er een gedeeld beeld van de vraag, de afgesproken uitgangspunten en de rol \
         die u als opdrachtgever wilt spelen.",
        "You map out the problem you want to solve, what you want to achieve and who you will work \
         with. At the end there is a shared picture of the question, the principles agreed on and the \
         role you want to play as buyer.",
    ),
    why: &[
        Advice {
            text: Tr::new(
                "Vernieuwing begint niet bij het bestek maar bij de vraag die u stelt. Beschrijf het probleem en het \
                 resultaat dat u wilt, niet de oplossing die u al in gedachten hebt: anders sluit u nieuwe aanpakken \
                 uit voordat iemand ze kan aanbieden.",
                "Innovation does not start with the bestek (specification) but with the question you ask. Describe \
                 the problem and the result you want, not the solution you already have in mind: otherwise you rule \
                 out new approaches before anyone can offer them.",
            ),
            sources: &[SourceRef::guide("2.3", 12, 12), SourceRef::guide("3.2", 17, 17)],
        },
        Advice {
            text: Tr::new(
                "Denk nu al na over uw rol: wilt u op afstand sturen op resultaten, of juist samen met een aanbieder \
                 iets nieuws ontwikkelen? Die keuze bepaalt hoeveel tijd en deskundigheid u zelf moet inbrengen. \
                 Innovatief inkopen lukt pas als het gewone inkopen op orde is, met een helder inkoopbeleid en goede \
                 ondersteuning in de organisatie.",
                "Think about your role now: do you want to steer on results at a distance, or develop something new \
                 together with a provider? That choice decides how much time and expertise you must bring in \
                 yourself. Innovative purchasing only works once ordinary purchasing is in order, with a clear \
                 purchasing policy and proper support in the organisation.",
            ),
            sources: &[
                SourceRef::guide("2.3", 11, 11),
                SourceRef::guide("3.5", 21, 21),
                SourceRef::guide("2.2", 8, 8),
                SourceRef::guide_chapter(4, 24, 24),
            ],
        },
        Advice {
            text: Tr::new(
                "Samen inkopen geeft schaal en de kans om bij buurgemeenten in de keuken te kijken. Spreek met de \
                 andere gemeenten vooraf af wat voor iedereen vaststaat, zoals wie wat betaalt en wie het \
                 aanspreekpunt is; dat voorkomt discussies halverwege.",
                "Buying together gives scale and a chance to see how neighbouring municipalities work. Agree with the \
                 other municipalities up front on what is fixed for everyone, such as who pays for what and who is \
                 the contact; that prevents debates halfway through.",
            ),
            sources: &[SourceRef::plan("1"), SourceRef::plan("2.1"), SourceRef::plan("2.4"), SourceRef::plan("4")],
        },
        Advice {
            text: Tr::new(
                "Geef de samenwerking een vorm: een projectgroep met een beleidsmedewerker van elke gemeente die \
                 beslist, werkgroepen die uitwerken en terugkoppelen, besluiten die langs de afdelingshoofden en \
                 portefeuillehouders gaan, en zo mogelijk een neutrale procesbegeleider zonder verantwoordelijkheid \
                 voor inhoud of geld; elke gemeente blijft verantwoordelijk voor het draagvlak in de eigen \
                 organisatie.",
                "Give the cooperation a shape: a project group with a policy officer of every municipality that \
                 decides, working groups that work things out and report back, decisions that go past the heads of \
                 department and the portfolio holders, and if possible a neutral process facilitator without \
                 responsibility for content or money; each municipality stays responsible for support in its own \
                 organisation.",
            ),
            sources: &[SourceRef::plan("2.3"), SourceRef::plan("3")],
        },
    ],
    levers: &[Lever::BuyerRole, Lever::FunctionalSpecification],
    examples: &[CaseExample {
        case: Case::HollandRijnland,
        title: Tr::new(
            "Holland Rijnland: tien gemeenten aan één tafel",
            "Holland Rijnland: ten municipalities at one table",
        ),
        text: Tr::new(
            "In december 2005 begonnen beleidsmedewerkers van tien gemeenten in Holland Rijnland met \
             een brainstorm over een gezamenlijke aanbesteding; de ISD Bollenstreek vertegenwoordigde \
             er vier. Alle gemeenten worstelden met dezelfde groep: bijstandsgerechtigden met \
             meervoudige problematiek. Tot en met maart 2006 brachten ze de vraag in kaart en spraken \
             ze de uitgangspunten af. Volgens het plan begeleidt het samenwerkingsorgaan Holland Rijnland \
             het proces en zit het de projectgroep onafhankelijk voor, maar doet het zelf niet mee en is het \
             niet verantwoordelijk voor de inhoudelijke doelen of het geld.",
            "In December 2005 policy officers of ten municipalities in Holland Rijnland started with a \
             brainstorm about a joint tender; the joint social service ISD Bollenstreek represented \
             four of them. All the municipalities struggled with the same group: people on social \
             assistance with multiple problems. Until the end of March 2006 they mapped out the question \
             and agreed on the principles. Under the plan the regional body Holland Rijnland guides the \
             process and chairs the project group independently, but does not take part itself and is not \
             responsible for the aims of the project or the money.",
        ),
        sources: &[SourceRef::plan("2.4"), SourceRef::plan("3"), SourceRef::plan("3.3")],
    }],
};

static DOELGROEP: StepGuidance = StepGuidance {
    step: Step::Doelgroep,
    name: Tr::new("Doelgroep", "Target group"),
    short_name: Tr::new("Doelgroep", "Target group"),
    subtitle: Tr::new("Voor wie koopt u in?", "Who are you buying for?"),
    purpose: Tr::new(
        "U beschrijft voor wie u inkoopt: de kenmerken van de groep, de omvang per gemeente en wat \
         voor deze mensen als resultaat telt. Deze beschrijving stuurt het bestek en later de \
         beoordeling van de resultaten.",
        "You describe who you are buying for: the characteristics of the group, its size per \
         municipality and what counts as a result for these people. This description guides the \
         bestek (specification) and later the judgement of the results.",
    ),
    why: &[
        Advice {
            text: Tr::new(
                "Een functionele vraag werkt alleen als u uw bestand goed kent. Aanbieders bouwen hun aanpak op uw \
                 beschrijving; hoe preciezer die is, hoe beter hun voorstel past.",
                "A functional question only works if you know your caseload well. Providers build their approach on \
                 your description; the more precise it is, the better their proposal will fit.",
            ),
            sources: &[SourceRef::guide_chapter(4, 24, 24)],
        },
        Advice {
            text: Tr::new(
                "Noem de kenmerken die het werk zwaar maken, zoals meervoudige problemen of weinig vertrouwen in \
                 hulpverleners, en houd de lijst open voor wat u nog tegenkomt. Tel per gemeente hoeveel mensen in \
                 aanmerking komen, maar reken er niet op dat iedereen ook start: niet elke aangemelde klant blijkt \
                 geschikt.",
                "Name the characteristics that make the work hard, such as multiple problems or little trust in \
                 social workers, and keep the list open for what you still come across. Count per municipality how \
                 many people qualify, but do not expect all of them to start: not every client referred turns out to \
                 be suitable.",
            ),
            sources: &[SourceRef::plan("2.2"), SourceRef::appendix(3, 36, 36), SourceRef::appendix(3, 40, 40)],
        },
        Advice {
            text: Tr::new(
                "Leg vast wat voor deze groep als resultaat geldt; voor mensen ver van de arbeidsmarkt is een stap \
                 naar vrijwilligerswerk of sociale activering al winst. Zonder meetbaar resultaat kunt u straks niet \
                 op resultaat sturen, en dan blijft het risico bij u.",
                "Record what counts as a result for this group; for people far from the labour market a step towards \
                 volunteer work or social activation is already a gain. Without a measurable result you cannot steer \
                 on results later, and the risk stays with you.",
            ),
            sources: &[SourceRef::plan("2.1"), SourceRef::guide("3.3", 19, 19), SourceRef::guide("3.5", 22, 22)],
        },
    ],
    levers: &[Lever::FunctionalSpecification, Lever::RiskAllocation],
    examples: &[CaseExample {
        case: Case::Emmen,
        title: Tr::new("Emmen: de harde kern in twee dorpen", "Emmen: the hard core in two villages"),
        text: Tr::new(
            "In Nieuw-Amsterdam en Veenoord woonden ongeveer 25 bijstandsklanten op wie de \
             klantmanagers geen grip meer hadden. Emmen beschreef hen concreet: medische beperkingen, \
             ongevoelig voor oproepen en sancties, laag opgeleid en praktisch ingesteld, nooit of al \
             heel lang niet gewerkt, moeite met het maken en nakomen van afspraken, psychosociale \
             problemen. Later bleek dat de klantmanager ongeveer 50 kandidaten moest selecteren om 25 \
             mensen een traject te laten doorlopen.",
            "In the villages of Nieuw-Amsterdam and Veenoord lived about 25 clients on social \
             assistance on whom the case managers (klantmanagers) had lost their grip. Emmen described \
             them concretely: medical limitations, unmoved by summonses and sanctions, little education \
             and practically minded, never worked or out of work for a very long time, unable to make \
             and keep appointments, psychosocial problems. Later it turned out that the case manager \
             had to select about 50 candidates for 25 people to complete a trajectory.",
        ),
        sources: &[SourceRef::appendix(3, 36, 36), SourceRef::appendix(3, 40, 40)],
    }],
};

static BESTEK: StepGuidance = StepGuidance {
    step: Step::Bestek,
    name: Tr::new("Bestek (Programma van Eisen)", "Specification (bestek, Programma van Eisen)"),
    short_name: Tr::new("Bestek", "Specification"),
    subtitle: Tr::new("Wat vraagt u, en hoe beoordeelt u?", "What you ask for and how you judge"),
    purpose: Tr::new(
        "U legt in het Programma van Eisen vast wat u vraagt, hoe de risico's verdeeld zijn, welke \
         prikkels er zijn en hoe u de offertes beoordeelt. In deze stap komen de vier hefbomen voor \
         innovatie het sterkst samen.",
        "In the Programma van Eisen (statement of requirements) you record what you ask for, how the \
         risks are shared, which incentives there are and how you will judge the bids. This is the \
         step where the four levers for innovation come together most.",
    ),
    why: &[
        Advice {
            text: Tr::new(
                "Formuleer zoveel mogelijk functionele eisen: het resultaat en hoe u dat meet. Elke technische eis, \
                 zoals een vestiging in de gemeente of een voorgeschreven methode, beperkt de ruimte voor een andere \
                 aanpak; houd alleen de eisen die echt nodig zijn.",
                "Write as many functional requirements as you can: the result and how you will measure it. Every \
                 technical requirement, such as an office in the municipality or a prescribed method, narrows the \
                 room for a different approach; keep only the ones you really need.",
            ),
            sources: &[SourceRef::guide("2.3", 12, 12), SourceRef::guide("3.2", 17, 17)],
        },
        Advice {
            text: Tr::new(
                "Bepaal wie welk risico draagt: zonder instroomgarantie of met een contract van één jaar zullen \
                 aanbieders weinig investeren in iets nieuws. Voor een vernieuwende aanpak ligt no cure less pay voor \
                 de hand; wie op inzet betaalt omdat het resultaat moeilijk meetbaar is, houdt het risico zelf.",
                "Decide who carries which risk: without an instroomgarantie (guaranteed inflow of clients) or with a \
                 one-year contract, providers will invest little in anything new. For an innovative approach no cure, \
                 less pay is the obvious choice; if you pay for effort because the result is hard to measure, you \
                 keep the risk yourself.",
            ),
            sources: &[SourceRef::guide("2.3", 13, 13), SourceRef::guide("3.3", 18, 19)],
        },
        Advice {
            text: Tr::new(
                "Bouw prikkels in: maak vernieuwing een gunningscriterium, beloon betere resultaten met een bonus en \
                 vraag om samenwerking met andere aanbieders.",
                "Build in incentives: make innovation one of the gunningscriteria (award criteria), reward better \
                 results with a bonus and ask for cooperation with other providers.",
            ),
            sources: &[
                SourceRef::guide("2.3", 13, 13),
                SourceRef::guide("3.4", 20, 21),
                SourceRef::guide_chapter(4, 25, 25),
            ],
        },
        Advice {
            text: Tr::new(
                "Leg de selectie- en gunningscriteria en hun gewichten vast voordat u één offerte hebt gezien. Dan \
                 weten aanbieders waarop ze beoordeeld worden en kunt u uw keuze achteraf uitleggen.",
                "Fix the selection and award criteria and their weights before you have seen a single bid. Then \
                 providers know what they will be judged on, and you can explain your choice afterwards.",
            ),
            sources: &[SourceRef::guide("2.2", 9, 9)],
        },
        Advice {
            text: Tr::new(
                "Leg ook de prijsformule vooraf vast, en kies er een die elke offerte op zichzelf scoort.",
                "Fix the price formula in advance too, and choose one that scores each bid on its own.",
            ),
            sources: &[LATER_PRACTICE],
        },
    ],
    levers: &[Lever::FunctionalSpecification, Lever::RiskAllocation, Lever::Incentives],
    examples: &[
        CaseExample {
            case: Case::Apeldoorn,
            title: Tr::new(
                "Apeldoorn: een norm van 55 % met bonus en malus",
                "Apeldoorn: a 55% norm with bonus and malus",
            ),
            text: Tr::new(
                "Apeldoorn eiste dat elke aanbieder bij minstens 55 % van de trajecten het beoogde \
                 resultaat haalde: uitstroom of een plek in sociale activering. Voor elke plaatsing \
                 boven het afgesproken percentage kreeg de aanbieder een bonus van 15 % van de gemiddelde \
                 trajectprijs; voor het deel waarmee hij eronder bleef, betaalde de gemeente 50 % van de \
                 gemiddelde trajectkosten niet. De gemeente koos in de eerste plaats op het plan van \
                 aanpak en stond open voor vernieuwende vormen van re-integratie. Daarnaast stonden er \
                 enkele technische eisen in het Programma van Eisen, zoals een vestiging in Apeldoorn.",
                "Apeldoorn required every provider to reach the intended result in at least 55% of its \
                 trajectories: leaving benefits or a place in social activation. For each placement above \
                 the agreed rate the provider received a bonus of 15% of the average trajectory price; \
                 for the part by which it fell short, the municipality withheld 50% of the average \
                 trajectory cost. The municipality chose first of all on the plan of approach and was \
                 open to innovative forms of re-integration. Beside that, the Programma van Eisen held a \
                 few technical requirements, such as an office in Apeldoorn.",
            ),
            sources: &[SourceRef::appendix(1, 30, 30)],
        },
        CaseExample {
            case: Case::Roermond,
            title: Tr::new(
                "Roermond: zonder instroomgarantie geen lokaal aanbod",
                "Roermond: no inflow guarantee, no services offered locally",
            ),
            text: Tr::new(
                "Roermond gaf aanbieders geen garantie over het aantal klanten dat ze zouden krijgen. \
                 Het gevolg was dat bedrijven niet bereid waren hun diensten lokaal aan te bieden. De \
                 gemeente overwoog daarom alsnog afspraken te maken over een minimale instroom. Emmen en \
                 Apeldoorn gaven wel een instroomgarantie.",
                "Roermond gave providers no guarantee about the number of clients they would receive. \
                 As a result, firms were not willing to offer their services locally. The municipality \
                 therefore considered agreeing on a minimum inflow after all. Emmen and Apeldoorn did \
                 give an instroomgarantie (inflow guarantee).",
            ),
            sources: &[SourceRef::guide("3.3", 18, 18)],
        },
    ],
};

static UITVOERINGSPROCES: StepGuidance = StepGuidance {
    step: Step::Uitvoeringsproces,
    name: Tr::new("Uitvoeringsproces", "Execution process"),
    short_name: Tr::new("Uitvoering", "Execution"),
    subtitle: Tr::new("Hoe de samenwerking straks loopt", "How the cooperation will run"),
    purpose: Tr::new(
        "U beschrijft hoe het contract in de praktijk gaat werken: hoe klanten worden aangemeld, wat \
         er wordt gerapporteerd, hoe u bijstuurt en hoe er wordt gefactureerd. Deze afspraken gaan mee \
         in de offerteaanvraag en het contract.",
        "You describe how the contract will work in practice: how clients are referred, what is \
         reported, how you adjust course and how invoicing works. These agreements go into the \
         request for tender and the contract.",
    ),
    why: &[
        Advice {
            text: Tr::new(
                "Afspraken over de uitvoering zijn geen bijzaak: ze bepalen of u later kunt sturen. Leg vast binnen \
                 hoeveel weken een aangemelde klant een intake krijgt en hoe lang een traject mag duren. Spreek af \
                 hoe vaak de aanbieder rapporteert en waarover, in dezelfde termen als uw eigen registratie, zodat u \
                 cijfers kunt vergelijken. Een go/no-go-moment onderweg voorkomt dat een traject doorloopt dat niets \
                 oplevert.",
                "Agreements on delivery are not a side issue: they decide whether you can steer later. Record within \
                 how many weeks a referred client gets an intake and how long a trajectory may last. Agree how often \
                 the provider reports and on what, in the same terms as your own records, so that you can compare \
                 figures. A go/no-go moment along the way prevents a trajectory from running on without results.",
            ),
            sources: &[SourceRef::guide("2.2", 10, 10), SourceRef::appendix(2, 35, 35), SourceRef::appendix(4, 43, 43)],
        },
        Advice {
            text: Tr::new(
                "Kies of u per ingezet instrument of per traject betaalt, want dat bepaalt wie het risico van uitval \
                 draagt.",
                "Choose whether you pay per instrument used or per trajectory, because that decides who carries the \
                 risk of drop-out.",
            ),
            sources: &[SourceRef::appendix(1, 30, 30)],
        },
        Advice {
            text: Tr::new(
                "Zorg dat de afspraken passen bij de ruimte die het bestek geeft: wie het 'hoe' heeft opengelaten, \
                 moet in de uitvoering niet alsnog op details sturen.",
                "Make sure the agreements fit the room the bestek (specification) gives: if you left the 'how' open, \
                 do not start steering on details during delivery.",
            ),
            sources: &[SourceRef::guide_chapter(4, 26, 26)],
        },
        Advice {
            text: Tr::new(
                "Koopt u samen in, spreek dan af dat de aanbieder per gemeente factureert en rapporteert.",
                "If you buy together, agree that the provider invoices and reports per municipality.",
            ),
            sources: &[SourceRef::plan("4")],
        },
    ],
    levers: &[Lever::BuyerRole, Lever::RiskAllocation],
    examples: &[CaseExample {
        case: Case::Amsterdam,
        title: Tr::new("Amsterdam: intake binnen twee weken, en een go/no-go-moment", "Amsterdam: intake within two weeks, and a go/no-go moment"),
        text: Tr::new(
            "In Amsterdam krijgt een klant volgens het contract binnen twee weken een kennismakings- of \
             intakegesprek bij het re-integratiebedrijf, en binnen 14 dagen hoort de klantmanager of \
             de klant kan starten. Een traject duurt hooguit twaalf maanden. Tussentijds is er, waar \
             mogelijk, een gesprek tussen klant, sociale-activeringsmakelaar en consulent van de Sociale Dienst, dat \
             dient als go/no-go-moment voor het traject. De makelaar rapporteert elk kwartaal over de \
             voortgang van de klant.",
            "In Amsterdam the contract gives a client an introductory or intake meeting with the \
             re-integration provider within two weeks, and within 14 days the case manager hears \
             whether the client can start. A trajectory lasts twelve months at most. Along the way there \
             is, where possible, a meeting of client, 'social activation broker' and a consultant of the Sociale Dienst \
             (social service), which serves as the go/no-go moment for the trajectory. The broker \
             reports on the client's progress every quarter.",
        ),
        sources: &[SourceRef::appendix(2, 35, 35)],
    }],
};

static OFFERTEPROCEDURE: StepGuidance = StepGuidance {
    step: Step::Offerteprocedure,
    name: Tr::new("Offerteprocedure", "Tender procedure"),
    short_name: Tr::new("Offertes", "Tender"),
    subtitle: Tr::new("Procedure kiezen, offertes vergelijken, gunnen", "Choose a procedure, compare bids, award"),
    purpose: Tr::new(
        "U kiest een procedure die past bij de waarde van de opdracht, stelt de offerteaanvraag op, \
         beoordeelt de offertes met de vooraf bekendgemaakte criteria en gunt de opdracht. Koopt u \
         samen in, dan is één gemeente het aanspreekpunt voor de inschrijvers.",
        "You choose a procedure that fits the value of the contract, write the request for tender, \
         judge the bids on the criteria published in advance and award the contract. If you buy \
         together, one municipality is the contact for the bidders.",
    ),
    why: &[
        Advice {
            text: Tr::new(
                "Een open vraag leidt alleen tot vernieuwing als genoeg aanbieders hem te zien krijgen; nodig bij een \
                 onderhandse procedure dus ook nieuwe namen uit, niet alleen de vaste partners. Vernieuwing komt vaak \
                 van nieuwkomers, dus vraag naar de ervaring van de medewerkers en niet alleen naar de staat van \
                 dienst van het bedrijf.",
                "An open question only leads to innovation if enough providers get to see it; so in a private \
                 procedure, invite new names too, not only your usual partners. Innovation often comes from \
                 newcomers, so ask about the experience of the staff and not only about the firm's track record.",
            ),
            sources: &[
                SourceRef::guide_chapter(4, 24, 24),
                SourceRef::guide_chapter(4, 26, 26),
                SourceRef::guide("3.1", 17, 17),
                SourceRef::guide("3.4", 20, 20),
            ],
        },
        Advice {
            text: Tr::new(
                "Vraag bij een moeilijke doelgroep naar de mensen die het werk gaan doen, want het succes hangt sterk \
                 af van de projectleider.",
                "With a hard-to-help target group, ask about the people who will do the work, because success depends \
                 heavily on the project leader.",
            ),
            sources: &[SourceRef::appendix(3, 39, 39)],
        },
        Advice {
            text: Tr::new(
                "Beoordeel alle offertes met de criteria en gewichten die u vooraf hebt vastgelegd, en leg uw scores \
                 per criterium vast.",
                "Judge all bids on the criteria and weights you fixed in advance, and record your scores per \
                 criterion.",
            ),
            sources: &[SourceRef::guide("2.2", 9, 10)],
        },
        Advice {
            text: Tr::new(
                "Volgens de huidige regels telt u de waarde van alle deelnemende gemeenten en alle contractjaren bij \
                 elkaar op: die totale waarde bepaalt of u Europees moet aanbesteden. Voor re-integratie, een sociale \
                 dienst, geldt boven de drempel meestal het verlichte regime: de opdracht aankondigen, een eigen, \
                 proportionele procedure volgen en de gunning bekendmaken.",
                "Under today's rules you add up the value for all participating municipalities and all contract \
                 years: that total decides whether you must tender at European level. For re-integration, a social \
                 service, the light regime usually applies above the threshold: announce the contract, follow a \
                 proportionate procedure of your own and publish the award.",
            ),
            sources: &[CURRENT_LAW],
        },
        Advice {
            text: Tr::new(
                "Kies een prijsformule die elke offerte op zichzelf scoort: bij formules die vergelijken met de \
                 laagste prijs kan de volgorde omslaan als er een offerte bijkomt of afvalt.",
                "Choose a price formula that scores each bid on its own: with formulas that compare to the lowest \
                 price, the ranking can flip when a bid is added or drops out.",
            ),
            sources: &[LATER_PRACTICE],
        },
    ],
    levers: &[Lever::Incentives, Lever::FunctionalSpecification],
    examples: &[CaseExample {
        case: Case::Roermond,
        title: Tr::new("Roermond: vragen naar de visie", "Roermond: asking for the provider's vision"),
        text: Tr::new(
            "De gemeente Roermond besteedde haar wijkproject, 130 trajecten over 24 maanden, onderhands \
             aan: zij vroeg vijf bedrijven om een offerte. Vernieuwing speelde bij de weging een \
             nadrukkelijke rol: de gemeente vroeg uitdrukkelijk naar de visie van de aanbieder. Zij wilde \
             weten hoe ver een aanbieder wilde gaan om mensen aan de slag te krijgen, en hoe onorthodox \
             hij durfde te werken.",
            "The municipality of Roermond tendered its neighbourhood project, 130 trajectories over 24 \
             months, privately (onderhands): it asked five firms for a bid. Innovation weighed explicitly \
             in the assessment: the municipality asked each provider outright for its vision. It wanted \
             to know how far a provider was prepared to go to get people working, and how unorthodox it \
             dared to be.",
        ),
        sources: &[SourceRef::appendix(4, 42, 42), SourceRef::guide("3.4", 20, 20), SourceRef::guide("3.1", 16, 16)],
    }],
};

static START_UITVOERING: StepGuidance = StepGuidance {
    step: Step::StartUitvoering,
    name: Tr::new("Start uitvoering", "Start of delivery"),
    short_name: Tr::new("Start", "Start"),
    subtitle: Tr::new("Goed van start", "Off to a good start"),
    purpose: Tr::new(
        "U zorgt dat alles klaarstaat voordat de eerste klanten beginnen: het contract getekend, de \
         klantmanagers op de hoogte, de aanmelding geregeld. Daarna volgen de eerste aanmeldingen per \
         gemeente.",
        "You make sure everything is ready before the first clients begin: the contract signed, the \
         case managers informed, the referral route in place. Then the first referrals per \
         municipality follow.",
    ),
    why: &[
        Advice {
            text: Tr::new(
                "De eerste weken bepalen vaak of een project slaagt. Zorg dat de klantmanagers weten wat het project \
                 inhoudt, wie erin past en hoe ze aanmelden, want te late of verkeerde aanmeldingen zijn een bekende \
                 valkuil. Controleer of deelnemers aan de voorwaarden voor deelname voldoen; bij sommige trajecten is \
                 dat uw taak als opdrachtgever.",
                "The first weeks often decide whether a project succeeds. Make sure the case managers know what the \
                 project is about, who fits in and how to refer, because late or wrong referrals are a well-known \
                 pitfall. Check that participants meet the conditions for taking part; for some trajectories that is \
                 your task as buyer.",
            ),
            sources: &[SourceRef::appendix(3, 40, 40), SourceRef::guide("3.5", 23, 23)],
        },
        Advice {
            text: Tr::new(
                "Maak kennis met de projectleider en de begeleiders: bij een moeilijke doelgroep is vertrouwen tussen \
                 deelnemer en begeleider de sleutel. Spreek korte lijnen af tussen klantmanager en projectleider, \
                 zodat problemen met een deelnemer snel op tafel komen. Grijp in als de start niet goed loopt: \
                 wachten tot de eerste rapportage kan een hele groep kosten.",
                "Meet the project leader and the coaches: with a hard-to-help group, trust between participant and \
                 coach is the key. Agree on short lines between case manager and project leader, so that problems \
                 with a participant come up quickly. Step in if the start goes badly: waiting for the first report \
                 can cost a whole group.",
            ),
            sources: &[SourceRef::appendix(3, 39, 39)],
        },
    ],
    levers: &[Lever::BuyerRole],
    examples: &[CaseExample {
        case: Case::Emmen,
        title: Tr::new("Emmen: de projectleider maakt het verschil", "Emmen: the project leader makes the difference"),
        text: Tr::new(
            "De start in Emmen liep slecht. Klanten werden niet op tijd aangemeld of haakten door \
             miscommunicatie voortijdig af, en voor de eerste groep van acht deelnemers mislukte het \
             traject volledig: zij voelden zich door de projectleider niet serieus genomen en kwamen \
             hun afspraken niet na. Gemeente en re-integratiebedrijf grepen in en vervingen de \
             projectleider; de nieuwe projectleider won het vertrouwen van de deelnemers terug. Van de \
             tweede groep van tien werkten er daarna acht, regulier of gesubsidieerd. Bij een volgende \
             gunning wil Emmen vooraf uitgebreid met de beoogde projectleider praten.",
            "The start in Emmen went badly. Clients were not referred in time or dropped out early \
             because of miscommunication, and for the first group of eight participants the trajectory \
             failed completely: they felt the project leader did not take them seriously and did not \
             keep their appointments. The municipality and the provider stepped in and replaced the \
             project leader; the new project leader won back the participants' trust. Of the second \
             group of ten, eight were then in work, regular or subsidised. At the next award Emmen \
             wants to talk at length with the intended project leader beforehand.",
        ),
        sources: &[SourceRef::appendix(3, 39, 40)],
    }],
};

static MONITORING: StepGuidance = StepGuidance {
    step: Step::Monitoring,
    name: Tr::new("Monitoring", "Monitoring"),
    short_name: Tr::new("Monitoring", "Monitoring"),
    subtitle: Tr::new("Volgen wat er gebeurt", "Following what happens"),
    purpose: Tr::new(
        "U volgt de voortgang en de resultaten per gemeente en legt die naast de afspraken in het \
         contract. Zo ziet u op tijd of u moet bijsturen en wat de bonus-malusregeling oplevert.",
        "You follow progress and results per municipality and compare them with the agreements in \
         the contract. That way you see in time whether to adjust course and what the bonus/malus \
         rule comes to.",
    ),
    why: &[
        Advice {
            text: Tr::new(
                "Bewaken gebeurt op twee niveaus: houdt de aanbieder zich aan de afspraken uit het contract, en loopt \
                 elk afzonderlijk traject zoals bedoeld?",
                "Monitoring works on two levels: does the provider keep to the agreements in the contract, and does \
                 each individual trajectory run as intended?",
            ),
            sources: &[SourceRef::guide("2.2", 10, 10)],
        },
        Advice {
            text: Tr::new(
                "Gebruik de rapportages om te zien hoe de instroom loopt, welke instrumenten werken en waar het \
                 aanbod niet aansluit bij de vraag. Blijf bij de rol die u hebt gekozen: stuurt u op afstand, \
                 bespreek dan resultaten en niet elke werkwijze. Bespreek afwijkingen vroeg met de aanbieder; een \
                 gesprek onderweg is goedkoper dan een mislukt contract.",
                "Use the reports to see how the inflow is going, which instruments work and where the offer does not \
                 match the need. Stay in the role you chose: if you steer at a distance, discuss results, not every \
                 working method. Raise deviations with the provider early; a conversation along the way costs less \
                 than a failed contract.",
            ),
            sources: &[SourceRef::guide("3.5", 22, 22), SourceRef::guide_chapter(4, 26, 26)],
        },
        Advice {
            text: Tr::new(
                "Houd per gemeente bij hoeveel mensen zijn gestart, hoeveel het resultaat haalden en wat het kostte. \
                 Dan kunt u het plaatsingspercentage vergelijken met de norm uit het contract en de bonus of malus \
                 uitrekenen.",
                "Keep track, per municipality, of how many people started, how many reached the result and what it \
                 cost. Then you can compare the placement rate with the norm in the contract and work out the bonus \
                 or malus.",
            ),
            sources: &[SourceRef::appendix(1, 31, 31), SourceRef::plan("4")],
        },
    ],
    levers: &[Lever::BuyerRole, Lever::Incentives],
    examples: &[CaseExample {
        case: Case::Amsterdam,
        title: Tr::new("Amsterdam: de kwartaalcijfers op tafel", "Amsterdam: the quarterly figures on the table"),
        text: Tr::new(
            "In Amsterdam neemt de sociale-activeringsmakelaar deel aan het vaste overleg met onder \
             meer het stadsdeel en de Sociale Dienst. Daar bespreken zij, bijvoorbeeld aan de hand van \
             de kwartaalrapportages, of het aanbod past bij de vraag, hoe de instroom in het lokale \
             aanbod loopt en hoe succesvol de verschillende instrumenten zijn. De gemeente volgt, \
             bewaakt en stuurt bij op basis van de afspraken en resultaten in het contract, en bemoeit \
             zich zo min mogelijk met de inhoudelijke invulling.",
            "In Amsterdam the social activation broker takes part in the regular meeting with, among \
             others, the city district and the Sociale Dienst (social service). There they discuss, \
             for instance on the basis of the quarterly reports, whether the offer matches the need, \
             how the inflow into local services is going and how successful the various instruments \
             are. The municipality follows, monitors and adjusts on the basis of the agreements and \
             results in the contract, and interferes as little as possible with how the work is done.",
        ),
        sources: &[SourceRef::guide("3.5", 22, 22)],
    }],
};

static VERANTWOORDING: StepGuidance = StepGuidance {
    step: Step::Verantwoording,
    name: Tr::new("Verantwoording", "Accountability"),
    short_name: Tr::new("Verantwoording", "Accountability"),
    subtitle: Tr::new("Ieder verantwoordt het eigen geld", "Each accounts for its own money"),
    purpose: Tr::new(
        "Na afloop verantwoordt elke gemeente het eigen geld: wat is uitgegeven, voor hoeveel mensen \
         en met welk resultaat. Ook bij gezamenlijke inkoop blijft ieder financieel zelf \
         verantwoordelijk.",
        "Afterwards every municipality accounts for its own money: what was spent, for how many \
         people and with what result. Even in a joint purchase each one stays financially \
         responsible for itself.",
    ),
    why: &[
        Advice {
            text: Tr::new(
                "Samen inkopen is niet samen betalen: elke gemeente betaalt de trajecten van haar eigen inwoners uit \
                 haar eigen re-integratiebudget en verantwoordt die uitgaven ook zelf. Dat werkt alleen als de \
                 aanbieder vanaf het begin per gemeente factureert en rapporteert, dus leg dat al in stap 4 vast.",
                "Buying together is not paying together: each municipality pays for the trajectories of its own \
                 residents from its own re-integration budget and accounts for that spending itself. This only works \
                 if the provider invoices and reports per municipality from the start, so record that in step 4 \
                 already.",
            ),
            sources: &[SourceRef::plan("3.1"), SourceRef::plan("4")],
        },
        Advice {
            text: Tr::new(
                "Zet de werkelijke kosten naast de resultaten, zodat u de prijs per behaald resultaat ziet en niet \
                 alleen de prijs per traject. Verreken de bonus en de malus volgens de afspraak, met de cijfers uit \
                 de monitoring.",
                "Set the actual costs against the results, so you see the price per result achieved and not only the \
                 price per trajectory. Settle the bonus and malus as agreed, using the figures from monitoring.",
            ),
            sources: &[SourceRef::guide("2.3", 12, 12), SourceRef::appendix(1, 31, 31)],
        },
        Advice {
            text: Tr::new(
                "Kijk naar de integrale kosten: de prijs van de trajecten, plus wat het inkoopproces kostte, plus de \
                 begeleiding en de afbouw. Noteer dus ook hoeveel tijd uw eigen medewerkers in de inkoop en de \
                 begeleiding hebben gestoken.",
                "Look at the integral cost: the price of the trajectories, plus what the purchasing process cost, \
                 plus the follow-up and the phasing out. So also note how much time your own staff put into the \
                 purchase and the follow-up.",
            ),
            sources: &[SourceRef::guide("2.3", 12, 12), SourceRef::plan("4")],
        },
    ],
    levers: &[Lever::RiskAllocation, Lever::Incentives],
    examples: &[CaseExample {
        case: Case::HollandRijnland,
        title: Tr::new(
            "Holland Rijnland: samen inkopen, apart betalen",
            "Holland Rijnland: buying together, paying separately",
        ),
        text: Tr::new(
            "Volgens het projectplan van Holland Rijnland blijft elke gemeente zelf verantwoordelijk \
             voor de inzet en verantwoording van het geld. Iedere gemeente betaalt de trajecten per \
             persoon uit het Werkdeel van haar eigen WWB-budget en legt daarover verantwoording af in \
             haar eigen WWB-verantwoording. Daarom moeten met het re-integratiebedrijf goede afspraken \
             worden gemaakt over betaling en verantwoording per gemeente. Het samenwerkingsorgaan zelf \
             investeert alleen tijd in de totstandkoming van het project, niet in de uitvoering. (De WWB, \
             de Wet werk en bijstand, is sinds 2015 de Participatiewet; het geld voor re-integratie heet \
             nu het participatiebudget.)",
            "Under the project plan of Holland Rijnland each municipality stays responsible itself for \
             spending the money and accounting for it. Every municipality pays for the trajectories per \
             person from the Werkdeel (the re-integration part) of its own WWB budget and accounts for it \
             in its own WWB accounts. That is why clear agreements must be made with the re-integration \
             provider about payment and accounting per municipality. The regional body itself only \
             invests time in setting up the project, not in running it. (The WWB, the social assistance \
             act of the time, has been the Participatiewet since 2015; the money for re-integration is \
             now called the participatiebudget.)",
        ),
        sources: &[SourceRef::plan("3.3"), SourceRef::plan("4"), CURRENT_LAW],
    }],
};

static EVALUATIE: StepGuidance = StepGuidance {
    step: Step::Evaluatie,
    name: Tr::new("Evaluatie", "Evaluation"),
    short_name: Tr::new("Evaluatie", "Evaluation"),
    subtitle: Tr::new("Leren voor de volgende inkoop", "Learning for the next purchase"),
    purpose: Tr::new(
        "U kijkt terug: wat werkte, wat moet anders, en in hoeverre hebt u innovatief ingekocht? De \
         lessen gaan mee naar de volgende inkoop.",
        "You look back: what worked, what should change, and how far did you purchase innovatively? \
         The lessons go with you into the next purchase.",
    ),
    why: &[
        Advice {
            text: Tr::new(
                "Evalueren is de nazorg van het inkoopproces: problemen die u in de uitvoering tegenkwam, worden hier \
                 lessen voor de volgende keer.",
                "Evaluation is the follow-up (nazorg) of the purchasing process: problems you met during delivery \
                 become lessons for next time.",
            ),
            sources: &[SourceRef::guide("2.2", 10, 10)],
        },
        Advice {
            text: Tr::new(
                "Kijk naar de resultaten voor de klanten, maar ook naar het proces: liep de samenwerking tussen de \
                 gemeenten en met de aanbieder goed? Deel uw ervaringen met andere gemeenten: van elkaar leren was \
                 juist een van de doelen van de gezamenlijke inkoop in Holland Rijnland.",
                "Look at the results for the clients, but also at the process: did the cooperation between the \
                 municipalities and with the provider go well? Share your experience with other municipalities: \
                 learning from each other was one of the very aims of the joint purchase in Holland Rijnland.",
            ),
            sources: &[SourceRef::plan("2.1")],
        },
        Advice {
            text: Tr::new(
                "Gebruik de zelfevaluatie om per hefboom te zien waar u ruimte gaf voor vernieuwing en waar niet. \
                 Bedenk dat een aanpak die nu nieuw is, over een paar jaar een gewoon product is; dan koopt u het in \
                 met scherpere eisen en vanaf meer afstand.",
                "Use the self-assessment to see, lever by lever, where you left room for innovation and where you did \
                 not. Keep in mind that an approach that is new today will be an ordinary product in a few years; \
                 then you buy it with sharper requirements and from a greater distance.",
            ),
            sources: &[SourceRef::guide("2.5", 14, 15), SourceRef::guide_chapter(4, 26, 26)],
        },
    ],
    levers: &[Lever::FunctionalSpecification, Lever::RiskAllocation, Lever::Incentives, Lever::BuyerRole],
    examples: &[
        CaseExample {
            case: Case::Apeldoorn,
            title: Tr::new("Apeldoorn: van twaalf naar minder aanbieders", "Apeldoorn: from twelve to fewer providers"),
            text: Tr::new(
                "Apeldoorn sloot contracten met twaalf aanbieders, om met veel partijen ervaring op te \
                 doen. Na de eerste contractperiode kon de gemeente een top twaalf van best presterende \
                 bedrijven opstellen. Twaalf bleek te veel om efficiënt mee te werken, want de \
                 coördinatie was ingewikkeld; voor de volgende periode gaat het aantal omlaag. Omdat vooral de voorheen gesubsidieerde aanbieders de gemeente \
                 aan de afgesproken aantallen klanten hielden, wil Apeldoorn die \
                 aantallen in het volgende contract bovendien aan de lage kant houden.",
                "Apeldoorn signed contracts with twelve providers, to gain experience with many \
                 parties. After the first contract period the municipality could rank the twelve by \
                 performance. Twelve turned out to be too many to work with efficiently, because \
                 coordination was complex; for the next period the number will go down. Because especially the formerly subsidised providers held the \
                 municipality to the agreed numbers of clients, Apeldoorn also wants \
                 to keep those numbers on the low side in the next contract.",
            ),
            sources: &[SourceRef::appendix(1, 31, 31)],
        },
        CaseExample {
            case: Case::Emmen,
            title: Tr::new("Emmen: meetbare eindresultaten in het nieuwe contract", "Emmen: measurable end results in the new contract"),
            text: Tr::new(
                "De gemeente Emmen had voor haar activeringstrajecten eerst geen meetbare eindresultaten \
                 en kon dus niet op uitstroom afrekenen; het risico lag bij de gemeente. Na de \
                 opstartproblemen had zij vertrouwen in de aanpak en wilde zij verder met het bedrijf. In het nieuwe \
                 contract komen duidelijke eindkwalificaties, zoals een aantal uren per week sociaal \
                 actief gedurende een aantal maanden, of toeleiding naar werk of opleiding. Daarmee \
                 verschuift het financiële risico naar het re-integratiebedrijf.",
                "At first Emmen had no measurable end results for its activation trajectories, so it \
                 could not pay on outflow; the risk lay with the municipality. After the start-up \
                 problems Emmen trusted the approach and wanted to continue with the firm. The new \
                 contract will set clear end qualifications, such as a number of hours per week of \
                 social activity for a number of months, or a move into work or education. That shifts \
                 the financial risk to the re-integration provider.",
            ),
            sources: &[SourceRef::guide("3.3", 19, 19), SourceRef::guide("3.5", 22, 22)],
        },
    ],
};

// ---------------------------------------------------------------------------------------
// Telgen's seven phases
// ---------------------------------------------------------------------------------------

impl Labeled for TelgenPhase {
    const VARIANTS: &'static [Self] = &TelgenPhase::ALL;

    fn label(self) -> Tr {
        match self {
            // Activities, as Telgen names them; in English not the words of the steps
            // (step 3 'Specification', step 7 'Monitoring').
            TelgenPhase::Inventariseren => Tr::new("Inventariseren", "Taking stock"),
            TelgenPhase::Specificeren => Tr::new("Specificeren", "Specifying"),
            TelgenPhase::Selecteren => Tr::new("Selecteren", "Selecting"),
            TelgenPhase::Contracteren => Tr::new("Contracteren", "Contracting"),
            TelgenPhase::Bestellen => Tr::new("Bestellen", "Ordering"),
            TelgenPhase::Bewaken => Tr::new("Bewaken", "Expediting"),
            TelgenPhase::Nazorg => Tr::new("Nazorg", "Following up"),
        }
    }

    fn explanation(self) -> Tr {
        match self {
            TelgenPhase::Inventariseren => Tr::new(
                "De eigen behoefte verkennen en nagaan wat de markt te bieden heeft.",
                "Explore your own need and find out what the market can offer.",
            ),
            TelgenPhase::Specificeren => Tr::new(
                "De behoefte vertalen in functionele en technische eisen en die, met de selectie- en \
                 gunningscriteria en hun weging, vastleggen in een Programma van Eisen.",
                "Translate the need into functional and technical requirements and record them, with \
                 the selection and award criteria and their weights, in a Programma van Eisen.",
            ),
            TelgenPhase::Selecteren => Tr::new(
                "Bepalen wie een offerte mag uitbrengen, de offerteaanvraag versturen, de offertes \
                 beoordelen en de opdracht gunnen.",
                "Decide who may bid, send out the request for tender, judge the bids and award the \
                 contract.",
            ),
            TelgenPhase::Contracteren => Tr::new(
                "De wederzijdse verplichtingen van opdrachtgever en opdrachtnemer vastleggen in een \
                 contract.",
                "Record the mutual obligations of buyer and contractor in a contract.",
            ),
            TelgenPhase::Bestellen => Tr::new(
                "Trajecten afnemen volgens de voorwaarden en procedures uit het contract.",
                "Call off trajectories under the terms and procedures of the contract.",
            ),
            TelgenPhase::Bewaken => Tr::new(
                "Nagaan of de afspraken worden nagekomen, voor het contract als geheel en per traject, \
                 en facturen verwerken en betalen.",
                "Check that the agreements are kept, for the contract as a whole and per trajectory, \
                 and process and pay the invoices.",
            ),
            TelgenPhase::Nazorg => Tr::new(
                "Gesignaleerde problemen oplossen en leren van de ervaringen voor de volgende inkoop.",
                "Solve the problems that came up and learn from the experience for the next purchase.",
            ),
        }
    }
}

/// Where the guide describes Telgen's seven phases and tendering within them.
pub const TELGEN_SOURCES: &[SourceRef] = &[SourceRef::guide("2.2", 8, 10)];

/// What tendering (aanbesteden) is within the seven phases.
pub const TENDERING_NOTE: Tr = Tr::new(
    "Aanbesteden is maar een deel van inkopen: de fasen specificeren, selecteren en contracteren. \
     Wat ervoor en erna komt, bepaalt net zo goed of de inkoop slaagt.",
    "Tendering (aanbesteden) is only part of purchasing: the phases of specifying, selecting \
     and contracting. What comes before and after decides just as much whether the purchase succeeds.",
);

// ---------------------------------------------------------------------------------------
// The legal frame of 2002 against today
// ---------------------------------------------------------------------------------------

/// Heading of the list below.
pub const LEGAL_FRAME_TITLE: Tr =
    Tr::new("De handreiking is van 2002: wat geldt nu?", "The guide dates from 2002: what applies now?");

/// Where the sources' legal frame differs from today's, paragraph by paragraph.
pub const LEGAL_FRAME: [Advice; 4] = [
    Advice {
        text: Tr::new(
            "In 2002 moesten gemeenten re-integratie zoveel mogelijk inkopen bij private bedrijven, en schreef het \
             Besluit SUWI een toetsbare procedure voor met meerdere offertes op vooraf vastgestelde criteria. Die \
             plicht en die regels vervielen rond 2006. Nu gelden de Aanbestedingswet 2012 en, onder de Europese \
             drempel, de Gids Proportionaliteit; gemeenten mogen re-integratie ook zelf uitvoeren.",
            "In 2002 municipalities had to buy re-integration from private firms as far as possible, and the Besluit \
             SUWI (the SUWI decree) prescribed a verifiable procedure with several quotes on criteria set in advance. \
             That duty and those rules lapsed around 2006. Today the Aanbestedingswet 2012 (the Dutch procurement act) \
             applies and, below the European threshold, the Gids Proportionaliteit (proportionality guide); \
             municipalities may also do re-integration themselves.",
        ),
        sources: &[SourceRef::guide_chapter(1, 6, 6), SourceRef::guide("2.2", 10, 10), CURRENT_LAW],
    },
    Advice {
        text: Tr::new(
            "De handreiking spreekt van de Abw en de WIW, het projectplan van Holland Rijnland van de WWB en haar \
             Werkdeel. De WWB verving in 2004 de Abw en de WIW; het Werkdeel ging in 2009 op in het \
             participatiebudget, en sinds 2015 is de Participatiewet de wet voor bijstand en re-integratie.",
            "The guide speaks of the Abw and the WIW, the Holland Rijnland plan of the WWB and its Werkdeel. The WWB \
             (Wet werk en bijstand) replaced the Abw and the WIW in 2004; the Werkdeel (its re-integration budget) \
             became part of the participatiebudget in 2009, and since 2015 the Participatiewet has been the act for \
             social assistance and re-integration.",
        ),
        sources: &[SourceRef::guide("2.3", 11, 11), SourceRef::appendix(2, 33, 33), SourceRef::plan("4"), CURRENT_LAW],
    },
    Advice {
        text: Tr::new(
            "De drempeltoets in stap 5 rekent met de Europese drempels en het verlichte regime voor sociale diensten \
             van nu (Richtlijn 2014/24/EU), niet met de regels van 2002. Ook prijsformules en rangorde-omkering komen \
             uit de latere praktijk.",
            "The threshold check of step 5 uses today's European thresholds and the light regime for social services \
             (Directive 2014/24/EU), not the rules of 2002. Price formulas and rank reversal also come from later \
             practice.",
        ),
        sources: &[CURRENT_LAW, LATER_PRACTICE],
    },
    Advice {
        text: Tr::new(
            "De Wet bescherming persoonsgegevens, die Apeldoorn in haar Programma van Eisen noemde, is sinds 2018 vervangen door \
             de AVG.",
            "The Wet bescherming persoonsgegevens (the data protection act) that Apeldoorn named in its Programma van Eisen was \
             replaced by the GDPR (AVG) in 2018.",
        ),
        sources: &[SourceRef::appendix(1, 30, 30), CURRENT_LAW],
    },
];

// ---------------------------------------------------------------------------------------
// Introduction to the nine steps
// ---------------------------------------------------------------------------------------

/// The introduction on the "learn about the nine steps" page, one paragraph each, with its
/// sources (the last one is about the app itself).
pub const NINE_STEPS_INTRO: [Advice; 4] = [
    Advice {
        text: Tr::new(
            "Deze wijzer helpt u re-integratietrajecten in te kopen op een manier die aanbieders \
             uitdaagt om met nieuwe en betere aanpakken te komen. De negen stappen volgen het projectplan \
             waarmee tien gemeenten in Holland Rijnland in 2005 en 2006 samen trajecten wilden inkopen voor \
             bijstandsgerechtigden met meervoudige problemen, van de eerste brainstorm tot de evaluatie. \
             Wie de brochure Inkopen van re-integratietrajecten van het Steunpunt Suwi Gemeenten kent: die telt ook \
             negen stappen, maar andere; de handreiking noemt haar alleen.",
            "This guide helps you buy re-integration trajectories in a way that challenges providers to \
             come up with new and better approaches. The nine steps follow the project plan with which \
             ten municipalities in Holland Rijnland set out, in 2005 and 2006, to buy trajectories together \
             for people on social assistance with multiple problems, from the first brainstorm to the \
             evaluation. If you know the brochure Inkopen van re-integratietrajecten by the Steunpunt Suwi Gemeenten: it \
             also has nine steps, but different ones; the guide only mentions it.",
        ),
        sources: &[SourceRef::plan("1"), SourceRef::plan("2.4"), SourceRef::guide("2.2", 9, 9)],
    },
    Advice {
        text: Tr::new(
            "Elke stap hoort bij een of twee van de zeven fasen van het inkoopproces volgens Telgen: \
             inventariseren, specificeren, selecteren, contracteren, bestellen, bewaken en nazorg. \
             Aanbesteden is daar maar een deel van; wat ervoor en erna gebeurt, bepaalt net zo goed of de \
             inkoop slaagt.",
            "Each step belongs to one or two of Telgen's seven phases of purchasing: taking stock, \
             specifying, selecting, contracting, ordering, expediting and following up. Tendering is only \
             part of that; what happens before and after decides just as much whether the purchase \
             succeeds.",
        ),
        sources: &[SourceRef::guide("2.2", 9, 10)],
    },
    Advice {
        text: Tr::new(
            "Bij elke stap leest u niet alleen wat u invult, maar ook waarom. Dat advies komt grotendeels \
             uit de handreiking Inkoop en innovatie van het ministerie van Sociale Zaken en Werkgelegenheid \
             (2002). Die noemt vier hefbomen voor vernieuwing: functioneel vragen, een goede \
             risicoverdeling, prikkels voor vernieuwing en samenwerking, en een bewuste rol als \
             opdrachtgever. Waar Inkoopwijzer iets toevoegt uit de regels en de praktijk van nu, zoals de \
             drempels, de prijsformules en rangorde-omkering, staat dat erbij. Voorbeelden uit Apeldoorn, \
             Amsterdam, Emmen, Roermond en Holland Rijnland laten zien welke prikkels gemeenten al \
             inbouwden; bewezen vernieuwing zijn het niet, zegt de handreiking zelf.",
            "At every step you read not only what to fill in but also why. That advice comes largely from \
             the guide Inkoop en innovatie of the Ministry of Social Affairs and Employment (2002). It names \
             four levers for innovation: asking functionally, a sound allocation of risks, incentives for \
             innovation and cooperation, and a deliberate role as buyer. Where Inkoopwijzer adds something \
             from today's rules and practice, such as the thresholds, the price formulas and rank reversal, \
             it says so. Examples from Apeldoorn, Amsterdam, Emmen, Roermond and Holland Rijnland show which \
             incentives municipalities had already built in; the guide itself says they are not proven \
             innovation.",
        ),
        sources: &[SourceRef::guide_chapter(1, 6, 6), SourceRef::guide_chapter(4, 24, 24)],
    },
    Advice {
        text: Tr::new(
            "U hoeft de stappen niet in één keer te doorlopen. Alles wat u invult, wordt bewaard in uw \
             dossier, en de wijzer laat per stap zien wat nog openstaat.",
            "You do not have to go through the steps in one go. Everything you fill in is kept in your \
             dossier, and the guide shows per step what is still open.",
        ),
        sources: &[],
    },
];

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::i18n::labels::tests::check_pair;

    /// Texts that are rightly the same in both languages (a loanword in Dutch).
    const SAME_IN_BOTH: &[&str] = &["Monitoring", "Start"];

    fn check_name(t: Tr, what: &str) {
        if SAME_IN_BOTH.contains(&t.nl) && t.nl == t.en {
            return;
        }
        check_pair(t, what);
    }

    fn sentences(s: &str) -> usize {
        s.split(". ").count()
    }

    #[test]
    fn every_step_has_complete_guidance_in_both_languages() {
        for s in Step::ALL {
            let g = step_guidance(s);
            assert_eq!(g.step, s);
            check_name(g.name, "name");
            check_name(g.short_name, "short name");
            check_pair(g.subtitle, "subtitle");
            check_pair(g.purpose, "purpose");
            for a in g.why {
                check_pair(a.text, "why");
                assert!(!a.sources.is_empty(), "{s:?}: a paragraph of the why without a source");
            }
            let n: usize = g.why.iter().map(|a| sentences(a.text.nl)).sum();
            assert!((4..=8).contains(&n), "{s:?}: why has {n} sentences");
            assert!(!g.levers.is_empty(), "{s:?} touches no lever");
            assert!(!g.examples.is_empty(), "{s:?} has no example");
            for e in g.examples {
                check_pair(e.title, "example title");
                check_pair(e.text, "example text");
                assert!(e.sources.iter().any(|r| r.is_source()), "{s:?}: an example without its source");
                assert!(e.text.nl.contains(e.case.name()) || e.title.nl.contains(e.case.name()));
            }
        }
        assert_eq!(step_guidance(Step::Bestek).name.nl, "Bestek (Programma van Eisen)");
    }

    #[test]
    fn every_lever_is_touched_and_explained() {
        for l in Lever::ALL {
            check_pair(l.label(), "lever name");
            check_pair(l.explanation(), "lever explanation");
            assert!(Step::ALL.iter().any(|s| step_guidance(*s).levers.contains(&l)));
        }
        check_pair(LEVERS_TITLE, "levers title");
        check_pair(LEVERS_INTRO, "levers intro");
    }

    /// Every source reference of this module.
    pub(crate) fn all_sources() -> Vec<SourceRef> {
        let mut v: Vec<SourceRef> = LEVERS_SOURCES.iter().chain(TELGEN_SOURCES).copied().collect();
        for l in Lever::ALL {
            v.extend(lever_sources(l));
        }
        for a in NINE_STEPS_INTRO.iter().chain(&LEGAL_FRAME) {
            v.extend(a.sources);
        }
        for s in Step::ALL {
            let g = step_guidance(s);
            v.extend(g.why.iter().flat_map(|a| a.sources));
            v.extend(g.examples.iter().flat_map(|e| e.sources));
        }
        v
    }

    #[test]
    fn every_reference_points_into_its_source() {
        let all = all_sources();
        assert!(all.len() > 50);
        for r in all {
            assert!(r.is_known(), "{r:?} is not a part and pages of the guide, or a section of the plan");
        }
        for l in Lever::ALL {
            assert!(!lever_sources(l).is_empty());
        }
    }

    /// A paragraph that says "de handreiking" cites the guide, and one that says "het plan"
    /// (Holland Rijnland's) cites the plan, so that a claim about a source can be checked.
    #[test]
    fn a_text_that_names_a_source_cites_it() {
        let mut texts: Vec<(Tr, &[SourceRef])> = NINE_STEPS_INTRO.iter().map(|a| (a.text, a.sources)).collect();
        for s in Step::ALL {
            let g = step_guidance(s);
            texts.extend(g.why.iter().map(|a| (a.text, a.sources)));
            texts.extend(g.examples.iter().map(|e| (e.text, e.sources)));
        }
        for (t, sources) in texts {
            let nl = t.nl.to_lowercase();
            if nl.contains("handreiking") && !nl.contains("niet uit de handreiking") {
                assert!(sources.iter().any(|r| matches!(r, SourceRef::Guide { .. })), "{:?}", t.nl);
            }
            if nl.contains("projectplan") || nl.contains("volgens het plan") {
                assert!(sources.iter().any(|r| matches!(r, SourceRef::Plan(_))), "{:?}", t.nl);
            }
        }
    }

    #[test]
    fn every_case_is_used() {
        for c in Case::ALL {
            assert!(
                Step::ALL.iter().any(|s| step_guidance(*s).examples.iter().any(|e| e.case == c)),
                "{c:?} is never an example"
            );
        }
    }

    #[test]
    fn telgen_phases_and_intro() {
        for p in TelgenPhase::ALL {
            check_pair(p.label(), "phase name");
            check_pair(p.explanation(), "phase description");
        }
        check_pair(TENDERING_NOTE, "tendering note");
        for p in NINE_STEPS_INTRO {
            check_pair(p.text, "intro paragraph");
        }
    }

    /// Every text of this module, for the spelling checks in `labels::tests`.
    pub(crate) fn all_texts() -> Vec<Tr> {
        let mut v = vec![LEVERS_TITLE, LEVERS_INTRO, TENDERING_NOTE, LEGAL_FRAME_TITLE];
        v.extend(NINE_STEPS_INTRO.map(|a| a.text));
        v.extend(LEGAL_FRAME.map(|a| a.text));
        for l in Lever::ALL {
            v.extend([l.label(), l.explanation()]);
        }
        for p in TelgenPhase::ALL {
            v.extend([p.label(), p.explanation()]);
        }
        for s in Step::ALL {
            let g = step_guidance(s);
            v.extend([g.name, g.short_name, g.subtitle, g.purpose]);
            v.extend(g.why.iter().map(|a| a.text));
            for e in g.examples {
                v.extend([e.title, e.text]);
            }
        }
        v
    }
}
