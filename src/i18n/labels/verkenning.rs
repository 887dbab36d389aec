//! Step 1, Verkenning (exploration): the labels and help texts of its fields, and the names of
//! the buyer's roles.

use super::FieldTexts;
use crate::domain::dossier::BuyerRole;
use crate::i18n::{Labeled, Tr};

// ---- fields

pub(super) const TITLE: FieldTexts = (
    Tr::new("Titel van de inkoop", "Title of the purchase"),
    Tr::new(
        "Een korte naam die iedereen herkent; hij staat op elk document, en in de \
         dossierlijst als het dossier geen eigen naam heeft. Bijvoorbeeld: 'Re-integratie harde kern Holland Rijnland 2006'.",
        "A short name everyone recognises; it appears on every document, and in the \
         dossier list when the dossier has no name of its own. For example: 'Re-integration of the hard core, Holland Rijnland 2006'.",
    ),
);

pub(super) const PROBLEM: FieldTexts = (
    Tr::new("Probleem of aanleiding", "Problem or reason"),
    Tr::new(
        "Beschrijf in eigen woorden waar u nu tegenaan loopt en waarom het huidige aanbod niet \
         volstaat. Bijvoorbeeld: 'Onze klantmanagers hebben geen grip meer op ongeveer 25 \
         klanten in twee dorpen.'",
        "Describe in your own words what you are running into and why the current offer is \
         not enough. For example: 'Our case managers have lost their grip on some 25 clients in \
         two villages.'",
    ),
);

pub(super) const GOALS: FieldTexts = (
    Tr::new("Doelen", "Goals"),
    Tr::new(
        "Wat moet er na het contract anders zijn? Noem een resultaat, geen activiteit, zodat \
         u er later op kunt sturen. Bijvoorbeeld: '10 % minder bijstandsklanten binnen 24 \
         maanden', zoals Roermond zich ten doel stelde.",
        "What should be different once the contract ends? Name a result, not an activity, so \
         you can steer on it later. For example: '10% fewer clients on social assistance \
         within 24 months', the aim Roermond set itself.",
    ),
);

pub(super) const PRINCIPLES: FieldTexts = (
    Tr::new("Uitgangspunten", "Principles"),
    Tr::new(
        "Wat spreken de deelnemers vooraf met elkaar af? Leg het vast, dan hoeft de discussie \
         niet halverwege opnieuw. Bijvoorbeeld: 'Elke gemeente betaalt en verantwoordt de \
         trajecten van haar eigen klanten.'",
        "What do the participants agree on up front? Write it down, so the debate does not \
         start again halfway. For example: 'Each municipality pays and accounts for the \
         trajectories of its own clients.'",
    ),
);

pub(super) const PARTICIPANTS: FieldTexts = (
    Tr::new("Deelnemende gemeenten", "Participating municipalities"),
    Tr::new(
        "Voeg elke gemeente of gezamenlijke sociale dienst toe met contactpersoon, verwacht \
         aantal trajecten en budget. Aan het plan van Holland Rijnland deden tien gemeenten mee, \
         waarvan de ISD Bollenstreek er vier vertegenwoordigde; samen bepalen hun aantallen de waarde van \
         de opdracht.",
        "Add each municipality or joint social service with a contact person, the expected \
         number of trajectories and the budget. Ten municipalities took part in the Holland \
         Rijnland plan, four of them represented by the ISD Bollenstreek; together their numbers \
         determine the value of the contract.",
    ),
);

pub(super) const CONTACT_PARTICIPANT: FieldTexts = (
    Tr::new("Aanspreekpunt tijdens de aanbesteding", "Contact during the tender"),
    Tr::new(
        "Kies één gemeente die vragen van inschrijvers beantwoordt en de procedure regelt, \
         zoals het plan van Holland Rijnland die rol aan Katwijk gaf. Zo krijgen alle aanbieders hetzelfde \
         antwoord via één loket.",
        "Choose one municipality to answer bidders' questions and run the procedure, as the \
         Holland Rijnland plan gave that role to Katwijk. That way every provider gets the same answer \
         through a single point of contact.",
    ),
);

pub(super) const BUYER_ROLE: FieldTexts = (
    Tr::new("Uw rol als opdrachtgever", "Your role as buyer"),
    Tr::new(
        "Kies hoe dicht u op de uitvoering wilt zitten. Die keuze bepaalt wat u in het bestek \
         en in de afspraken over de uitvoering vastlegt, en hoeveel tijd het u kost.",
        "Choose how close to delivery you want to be. That choice determines what you put in \
         the bestek (specification) and in the agreements on delivery, and how much of your \
         time it takes.",
    ),
);

pub(super) const ROLE_RATIONALE: FieldTexts = (
    Tr::new("Waarom deze rol", "Why this role"),
    Tr::new(
        "Leg uit waarom deze rol past bij de doelgroep en bij wat uw organisatie aankan. \
         Bijvoorbeeld: 'We hebben geen capaciteit voor dagelijkse sturing; we sturen op de \
         kwartaalrapportages en een go/no-go-moment per klant.'",
        "Explain why this role fits the target group and what your organisation can handle. \
         For example: 'We lack the capacity for day-to-day steering; we steer on the quarterly \
         reports and a go/no-go moment per client.'",
    ),
);

pub(super) const PROJECT_GROUP: FieldTexts = (
    Tr::new("Projectgroep", "Project group"),
    Tr::new(
        "Wie zitten er in de projectgroep, en wat doet die? Bij samen inkopen stuurt een projectgroep met een \
         beleidsmedewerker van elke deelnemer het project aan en neemt de definitieve besluiten. Elk lid koppelt \
         terug naar de eigen gemeente en zorgt daar voor draagvlak.",
        "Who sits in the project group, and what does it do? In a joint purchase a project group with a policy \
         officer of every participant steers the project and takes the final decisions. Each member reports back to \
         their own municipality and secures support there.",
    ),
);

pub(super) const WORKING_GROUPS: FieldTexts = (
    Tr::new("Werkgroepen", "Working groups"),
    Tr::new(
        "Welke werkgroepen werken onderdelen uit? Holland Rijnland plande er twee: een voor het Programma van Eisen \
         en de offertevraag, en een voor het uitvoeringsproces en de start. Werkgroepen koppelen hun resultaten \
         terug; de projectgroep beslist.",
        "Which working groups work out parts of the job? Holland Rijnland planned two: one for the Programma van \
         Eisen and the request for tender, and one for the delivery process and the start. Working groups report \
         back; the project group decides.",
    ),
);

pub(super) const DECISION_ROUTE: FieldTexts = (
    Tr::new("Besluitvorming", "Decision route"),
    Tr::new(
        "Waar gaan de besluiten van de projectgroep heen? In Holland Rijnland gingen ze ter advisering naar de \
         afdelingshoofden en de portefeuillehouders, om de ambtelijke en bestuurlijke legitimatie te garanderen. Leg \
         vast wie wat beslist en wanneer.",
        "Where do the project group's decisions go? In Holland Rijnland they went to the heads of department and the \
         portfolio holders for advice, to secure administrative and political legitimacy. Record who decides what, \
         and when.",
    ),
);

pub(super) const FACILITATOR: FieldTexts = (
    Tr::new("Procesbegeleider", "Process facilitator"),
    Tr::new(
        "Is er een neutrale procesbegeleider? In Holland Rijnland begeleidde het samenwerkingsorgaan het proces en \
         zat het de projectgroep onafhankelijk voor, zonder verantwoordelijkheid voor de inhoud of het geld. Laat \
         leeg als er geen is.",
        "Is there a neutral process facilitator? In Holland Rijnland the regional body guided the process and chaired \
         the project group independently, without responsibility for content or money. Leave empty if there is none.",
    ),
);

pub(super) const STEP_OWNERS: FieldTexts = (
    Tr::new("Wie doet wat per stap", "Who does what in each step"),
    Tr::new(
        "Wie trekt elke stap: de projectgroep, een werkgroep, één gemeente of elke gemeente zelf? Het plan van \
         Holland Rijnland gaf elke fase een eigenaar, van de brainstorm door de projectgroep tot de verantwoording \
         door de gemeenten afzonderlijk.",
        "Who leads each step: the project group, a working group, one municipality or each municipality itself? The \
         Holland Rijnland plan gave every phase an owner, from the brainstorm by the project group to the accounting \
         by each municipality separately.",
    ),
);

// ---- choices

impl Labeled for BuyerRole {
    const VARIANTS: &'static [Self] = &BuyerRole::ALL;

    fn label(self) -> Tr {
        match self {
            BuyerRole::AtDistance => {
                Tr::new("Op afstand: volgen, bewaken, bijsturen", "At a distance: follow, monitor, adjust")
            }
            BuyerRole::Facilitating => {
                Tr::new("Faciliterend: randvoorwaarden regelen", "Facilitating: take care of the preconditions")
            }
            BuyerRole::Director => Tr::new("Regisseur: sturen op output", "Director: steer on output"),
            BuyerRole::Partner => Tr::new("Partner: samen ontwikkelen", "Partner: develop together"),
        }
    }

    fn explanation(self) -> Tr {
        match self {
            BuyerRole::AtDistance => Tr::new(
                "U stuurt op de afspraken en resultaten uit het contract en bemoeit u zo min mogelijk \
                 met de werkwijze, zoals Amsterdam doet. De aanbieder krijgt ruimte voor een eigen \
                 aanpak, maar u hebt dan meetbare resultaten en goede rapportages nodig. Emmen liet haar \
                 activeringsproject aan het bedrijf over, maar kon zonder meetbare eindresultaten niet op \
                 resultaat sturen, en het risico bleef bij de gemeente.",
                "You steer on the agreements and results in the contract and interfere as little as \
                 possible with the way of working, as Amsterdam does. The provider gets room for its \
                 own approach, but you then need measurable results and good reports. Emmen left its \
                 activation project to the firm, but without measurable end results it could not steer \
                 on results, and the risk stayed with the municipality.",
            ),
            BuyerRole::Facilitating => Tr::new(
                "U zorgt dat de voorwaarden voor succes vervuld zijn en laat het traject zelf aan de \
                 aanbieder. Apeldoorn zorgde er bij het bouwproject in Ierland voor dat deelnemers in de \
                 groep pasten, drugsvrij waren en hun schulden beheersbaar hadden. Reken op werk voor \
                 uw klantmanagers vóór het traject begint.",
                "You make sure the conditions for success are met and leave the trajectory itself to \
                 the provider. For the building project in Ireland, Apeldoorn made sure participants \
                 fitted in the group, were drug-free and had their debts under control. Expect work \
                 for your case managers before the trajectory starts.",
            ),
            BuyerRole::Director => Tr::new(
                "U stuurt als duidelijke opdrachtgever op output en regisseert de samenwerking tussen \
                 alle betrokken partijen. Roermond koos deze rol: de gemeente richtte de \
                 projectorganisatie in, zorgde voor goede communicatie en was in de wijk de schakel \
                 tussen de instellingen en de opdrachtnemer. Dat vraagt heldere afspraken over output en \
                 tijd om de keten te regisseren.",
                "As a clear buyer you steer on output and direct the cooperation between all parties \
                 involved. Roermond chose this role: the municipality set up the project organisation, \
                 saw to good communication and was the link in the neighbourhood between the \
                 institutions and the contractor. It needs clear agreements on output and time to \
                 direct the chain.",
            ),
            BuyerRole::Partner => Tr::new(
                "U ontwikkelt samen met de aanbieder een nieuwe dienst, bijvoorbeeld een nieuwe \
                 diagnosemethode voor het klantmanagement dat u zelf uitvoert. U bent dan tot in detail \
                 betrokken en moet zelf de kennis in huis hebben. Spreek af hoe u de risico's en de \
                 opbrengsten met de aanbieder deelt. De handreiking beschrijft deze rol in haar \
                 theoretisch kader; bij de vier gemeenten uit de praktijk kwam hij niet voor.",
                "You develop a new service together with the provider, for instance a new diagnostic \
                 method for the case management you do yourself. You are then involved in detail and \
                 need the expertise in house. Agree with the provider how you share the risks and the \
                 gains. The guide describes this role in its theoretical framework; none of its four \
                 municipalities in practice took it.",
            ),
        }
    }
}
