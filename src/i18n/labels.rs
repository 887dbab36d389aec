//! Labels and help texts: for every wizard field (`FieldId`), for every choice the dossier
//! offers (buyer role, target-group characteristic, result level, financing, procedure,
//! reporting frequency, invoicing), the warning on short contracts and the self-assessment
//! of step 9 (the four conditions of guide §2.5).
//!
//! Every text is a `Tr` pair returned from an exhaustive `match`, so a new variant without
//! words does not compile. Facts and cases come from the guide *Inkoop en innovatie* (2002)
//! and the Holland Rijnland project plan; the phrasing is ours.

use super::Tr;
use crate::domain::assessment::{Question, SCALE_MAX};
use crate::domain::dossier::{
    BuyerRole, Characteristic, Financing, Invoicing, ProcedureKind, ReportingFrequency, ResultLevel,
};
use crate::domain::contract::is_short_contract;
use crate::domain::fields::FieldId;

/// The trait lives in `i18n` itself (so that `guidance` and `labels` need not import each
/// other); re-exported here for the callers that name it through `labels`.
pub use super::Labeled;

// ---------------------------------------------------------------------------------------
// Fields
// ---------------------------------------------------------------------------------------

/// The label of a wizard field.
pub fn field_label(f: FieldId) -> Tr {
    field_texts(f).0
}

/// The help text under a wizard field: what to write, why, and an example.
pub fn field_help(f: FieldId) -> Tr {
    field_texts(f).1
}

fn field_texts(f: FieldId) -> (Tr, Tr) {
    use FieldId::*;
    match f {
        // Step 1: Verkenning
        Title => (
            Tr::new("Titel van de inkoop", "Title of the purchase"),
            Tr::new(
                "Een korte naam die iedereen herkent; hij staat op elk document, en in de \
                 dossierlijst als het dossier geen eigen naam heeft. Bijvoorbeeld: 'Re-integratie harde kern Holland Rijnland 2006'.",
                "A short name everyone recognises; it appears on every document, and in the \
                 dossier list when the dossier has no name of its own. For example: 'Re-integration of the hard core, Holland Rijnland 2006'.",
            ),
        ),
        Problem => (
            Tr::new("Probleem of aanleiding", "Problem or reason"),
            Tr::new(
                "Beschrijf in eigen woorden waar u nu tegenaan loopt en waarom het huidige aanbod niet \
                 volstaat. Bijvoorbeeld: 'Onze klantmanagers hebben geen grip meer op ongeveer 25 \
                 klanten in twee dorpen.'",
                "Describe in your own words what you are running into and why the current offer is \
                 not enough. For example: 'Our case managers can no longer reach some 25 clients in \
                 two villages.'",
            ),
        ),
        Goals => (
            Tr::new("Doelen", "Goals"),
            Tr::new(
                "Wat moet er na het contract anders zijn? Noem een resultaat, geen activiteit, zodat \
                 u er later op kunt sturen. Bijvoorbeeld: '10% minder bijstandsklanten binnen 24 \
                 maanden', zoals Roermond zich ten doel stelde.",
                "What should be different once the contract ends? Name a result, not an activity, so \
                 you can steer on it later. For example: '10% fewer clients on social assistance \
                 within 24 months', the aim Roermond set itself.",
            ),
        ),
        Principles => (
            Tr::new("Uitgangspunten", "Principles"),
            Tr::new(
                "Wat spreken de deelnemers vooraf met elkaar af? Leg het vast, dan hoeft de discussie \
                 niet halverwege opnieuw. Bijvoorbeeld: 'Elke gemeente betaalt en verantwoordt de \
                 trajecten van haar eigen klanten.'",
                "What do the participants agree on up front? Write it down, so the debate does not \
                 start again halfway. For example: 'Each municipality pays and accounts for the \
                 trajectories of its own clients.'",
            ),
        ),
        Participants => (
            Tr::new("Deelnemende gemeenten", "Participating municipalities"),
            Tr::new(
                "Voeg elke gemeente of gezamenlijke sociale dienst toe met contactpersoon, verwacht \
                 aantal trajecten en budget. In Holland Rijnland deden tien gemeenten mee, waarvan de \
                 ISD Bollenstreek er vier vertegenwoordigde; samen bepalen hun aantallen de waarde van \
                 de opdracht.",
                "Add each municipality or joint social service with a contact person, the expected \
                 number of trajectories and the budget. In Holland Rijnland ten municipalities took \
                 part, four of them represented by the ISD Bollenstreek; together their numbers \
                 determine the value of the contract.",
            ),
        ),
        ContactParticipant => (
            Tr::new("Aanspreekpunt tijdens de aanbesteding", "Contact during the tender"),
            Tr::new(
                "Kies één gemeente die vragen van inschrijvers beantwoordt en de procedure regelt, \
                 zoals Katwijk dat deed voor Holland Rijnland. Zo krijgen alle aanbieders hetzelfde \
                 antwoord via één loket.",
                "Choose one municipality to answer bidders' questions and run the procedure, as \
                 Katwijk did for Holland Rijnland. That way every provider gets the same answer \
                 through a single point of contact.",
            ),
        ),
        BuyerRole => (
            Tr::new("Uw rol als opdrachtgever", "Your role as buyer"),
            Tr::new(
                "Kies hoe dicht u op de uitvoering wilt zitten. Die keuze bepaalt wat u in het bestek \
                 en in de afspraken over de uitvoering vastlegt, en hoeveel tijd het u kost.",
                "Choose how close to delivery you want to be. That choice determines what you put in \
                 the bestek (specification) and in the agreements on delivery, and how much of your \
                 time it takes.",
            ),
        ),
        RoleRationale => (
            Tr::new("Waarom deze rol", "Why this role"),
            Tr::new(
                "Leg uit waarom deze rol past bij de doelgroep en bij wat uw organisatie aankan. \
                 Bijvoorbeeld: 'We hebben geen capaciteit voor dagelijkse sturing; we sturen op de \
                 kwartaalrapportages en een go/no-go-moment per klant.'",
                "Explain why this role fits the target group and what your organisation can handle. \
                 For example: 'We lack the capacity for day-to-day steering; we steer on the quarterly \
                 reports and a go/no-go moment per client.'",
            ),
        ),
        // Step 2: Doelgroep
        TargetDescription => (
            Tr::new("Omschrijving van de doelgroep", "Description of the target group"),
            Tr::new(
                "Wie zijn het, waar wonen ze en wat hebben ze gemeen? Aanbieders bouwen hun aanpak op \
                 deze omschrijving. Bijvoorbeeld: 'Bijstandsgerechtigden met meervoudige problematiek, \
                 de harde kern van het bestand, langdurig in de bijstand.'",
                "Who are they, where do they live and what do they have in common? Providers build \
                 their approach on this description. For example: 'People on social assistance with \
                 multiple problems, the hard core of the caseload, on benefits for a long time.'",
            ),
        ),
        Characteristics => (
            Tr::new("Kenmerken", "Characteristics"),
            Tr::new(
                "Vink aan wat voor een groot deel van de groep geldt. De lijst is niet uitputtend; het \
                 gaat erom dat aanbieders weten waar ze mee te maken krijgen.",
                "Tick what applies to a large part of the group. The list is not exhaustive; the point \
                 is that providers know what they will be dealing with.",
            ),
        ),
        OtherCharacteristics => (
            Tr::new("Andere kenmerken", "Other characteristics"),
            Tr::new(
                "Wat ontbreekt er in de lijst? Bijvoorbeeld: 'Reageren niet op oproepen of sancties' \
                 of 'Hebben het vertrouwen in hulpverleners verloren', zoals Emmen zijn groep \
                 beschreef.",
                "What is missing from the list? For example: 'Do not respond to summonses or \
                 sanctions' or 'Have lost trust in social workers', as Emmen described its group.",
            ),
        ),
        TargetGroupSizes => (
            Tr::new("Omvang per gemeente", "Size per municipality"),
            Tr::new(
                "Hoeveel mensen in elke gemeente horen bij de doelgroep? Dit is de basis voor het aantal \
                 trajecten en een eventuele instroomgarantie. Reken voorzichtig: in Emmen moest de \
                 klantmanager ongeveer 50 kandidaten selecteren om 25 mensen een traject te laten \
                 doorlopen.",
                "How many people in each municipality belong to the target group? This is the basis \
                 for the number of trajectories and any instroomgarantie (inflow guarantee). Estimate \
                 cautiously: in Emmen the case manager had to select about 50 candidates for 25 people \
                 to complete a trajectory.",
            ),
        ),
        ResultLadder => (
            Tr::new("Wat telt als resultaat", "What counts as a result"),
            Tr::new(
                "Kies de treden die voor deze groep als resultaat tellen, van de eerste stap tot werk. \
                 Roermond telde ook gesubsidieerd werk en sociale activering als plaatsing; leg het \
                 vast, want hierop rekent u later af.",
                "Choose the rungs that count as a result for this group, from the first step up to \
                 work. Roermond also counted subsidised work and social activation as a placement; \
                 record it, because this is what you will pay on later.",
            ),
        ),
        // Step 3: Bestek
        FunctionalRequirements => (
            Tr::new("Functionele eisen (wat)", "Functional requirements (what)"),
            Tr::new(
                "Beschrijf het resultaat dat u nodig hebt en hoe u meet of het gehaald is, niet hoe de \
                 aanbieder moet werken. Bijvoorbeeld: 'Minstens 55% van de deelnemers stroomt uit naar \
                 werk of een plek in sociale activering.'",
                "Describe the result you need and how you will measure whether it was reached, not how \
                 the provider should work. For example: 'At least 55% of participants move into work or \
                 a place in social activation.'",
            ),
        ),
        TechnicalRequirements => (
            Tr::new("Technische eisen (hoe)", "Technical requirements (how)"),
            Tr::new(
                "Alleen voorwaarden die echt nodig zijn, want elke technische eis beperkt de ruimte \
                 voor een nieuwe aanpak. Bijvoorbeeld, uit Emmen: 'Het project wordt in de wijk \
                 uitgevoerd' en 'Deelnemers kennen geen wachttijden.'",
                "Only conditions you really need, because every technical requirement narrows the room \
                 for a new approach. For example, from Emmen: 'The project is carried out in the \
                 neighbourhood' and 'Participants do not wait.'",
            ),
        ),
        InflowGuarantee => (
            Tr::new("Instroomgarantie", "Instroomgarantie (inflow guarantee)"),
            Tr::new(
                "Belooft u een minimaal aantal klanten? Zonder die zekerheid investeren aanbieders \
                 minder in iets nieuws of bieden ze zich niet eens aan: Roermond vond zonder \
                 instroomgarantie geen bedrijven die lokaal wilden werken.",
                "Do you promise a minimum number of clients? Without that certainty providers invest \
                 less in anything new, or do not even come forward: without an inflow guarantee \
                 Roermond found no firms willing to work locally.",
            ),
        ),
        InflowClients => (
            Tr::new("Gegarandeerd aantal klanten", "Guaranteed number of clients"),
            Tr::new(
                "Het minimum dat u zeker kunt aanleveren, opgeteld over alle gemeenten. Blijf aan de \
                 lage kant: in Apeldoorn hielden vooral de voorheen gesubsidieerde \
                 instellingen de gemeente aan de afgesproken aantallen, want een tekort betekende voor hen \
                 een gat in de begroting.",
                "The minimum you can certainly refer, added up over all municipalities. Stay on the low \
                 side: in Apeldoorn especially the formerly subsidised \
                 providers held the municipality to the agreed numbers, because a shortfall meant a gap in \
                 their budget.",
            ),
        ),
        Financing => (
            Tr::new("Financiering", "Financing"),
            Tr::new(
                "Betaalt u voor inzet, voor resultaat of een mengvorm? Betaal op resultaat waar het \
                 resultaat goed meetbaar is, zoals werk, en op inzet waar dat niet kan, zoals bij \
                 sociale activering.",
                "Do you pay for effort, for results or a mix? Pay for results where the result is \
                 easy to measure, such as work, and for effort where it is not, as with social \
                 activation.",
            ),
        ),
        FailurePayShare => (
            Tr::new("Betaling zonder resultaat", "Payment without a result"),
            Tr::new(
                "Welk deel van de trajectprijs betaalt u als het resultaat uitblijft? Een deel betalen \
                 neemt wat risico weg bij de aanbieder, zodat die durft te investeren. Bijvoorbeeld \
                 50%.",
                "Which share of the trajectory price do you pay when the result is not reached? Paying \
                 a share takes some risk off the provider, so it dares to invest. For example 50%.",
            ),
        ),
        ContractMonths => (
            Tr::new("Contractduur (maanden)", "Contract duration (months)"),
            Tr::new(
                "Hoe lang loopt het contract? Een aanbieder die iets nieuws opbouwt, moet de tijd \
                 krijgen om dat terug te verdienen; bij contracten van een jaar investeert men minder. \
                 Amsterdam en Roermond werkten in principe met contracten van \
                 een jaar; Emmen sloot een contract voor twee jaar.",
                "How long does the contract run? A provider building something new needs time to earn \
                 it back; with one-year contracts firms invest less. Amsterdam and Roermond worked in principle with one-year \
                 contracts; Emmen signed one for two years.",
            ),
        ),
        OptionMonths => (
            Tr::new("Optie tot verlenging (maanden)", "Option to extend (months)"),
            Tr::new(
                "Een optie geeft de aanbieder perspectief zonder dat u vastzit als het tegenvalt. Zet \
                 de optie vooraf in de offerteaanvraag; de verlenging telt mee voor de waarde van de \
                 opdracht. Bijvoorbeeld 12 maanden.",
                "An option gives the provider a perspective without tying you down if things \
                 disappoint. State the option in the request for tender up front; the extension counts \
                 towards the value of the contract. For example 12 months.",
            ),
        ),
        BonusMalus => (
            Tr::new("Bonus/malus-regeling", "Bonus/malus rule"),
            Tr::new(
                "Een beloning boven het afgesproken resultaat en een inhouding eronder. Apeldoorn \
                 eiste 55% resultaat, gaf per extra plaatsing 15% van de gemiddelde trajectprijs als \
                 bonus en hield voor het tekort 50% van de gemiddelde trajectkosten in.",
                "A reward above the agreed result and a deduction below it. Apeldoorn required a 55% \
                 result, paid 15% of the average trajectory price as a bonus per extra placement and \
                 withheld 50% of the average trajectory cost for the shortfall.",
            ),
        ),
        Incentives => (
            Tr::new("Prikkels voor vernieuwing", "Incentives for innovation"),
            Tr::new(
                "Kies de prikkels die u inbouwt: vernieuwing als gunningscriterium, één integrale \
                 trajectprijs, of de plicht om samen te werken met andere aanbieders in de keten, zoals \
                 Roermond die oplegde.",
                "Choose the incentives you build in: innovation as an award criterion, one integral \
                 trajectory price, or the duty to cooperate with other providers in the chain, as \
                 Roermond imposed it.",
            ),
        ),
        SelectionCriteria => (
            Tr::new("Selectiecriteria", "Selection criteria"),
            Tr::new(
                "Wie mag een offerte uitbrengen? Apeldoorn selecteerde op de aangeboden dienstverlening, \
                 eerdere resultaten en vakbekwaam personeel. Vraag ook naar de ervaring van de \
                 medewerkers, zoals Amsterdam deed, zodat jonge bedrijven niet op voorhand afvallen.",
                "Who may bid? Apeldoorn selected on the services offered, past results and qualified \
                 staff. Also ask about the experience of the staff, as Amsterdam did, so that young \
                 firms are not ruled out beforehand.",
            ),
        ),
        AwardCriteria => (
            Tr::new("Gunningscriteria en wegingen", "Gunningscriteria (award criteria) and weights"),
            Tr::new(
                "Op welke punten vergelijkt u de offertes, en hoe zwaar telt elk punt? Leg dit vast en \
                 maak het bekend vóór de offertes binnen zijn. Apeldoorn woog: 50% prijs gewogen met het \
                 plaatsingspercentage, 5% helderheid van het plan, 10% doorlooptijd, 10% aansluiting \
                 bij het beleid en 25% eerdere resultaten en vakbekwaamheid.",
                "On which points will you compare the bids, and how much does each count? Fix this and \
                 publish it before the bids come in. Apeldoorn weighed: 50% price weighted with the \
                 placement rate, 5% clarity of the plan, 10% lead time, 10% fit with municipal policy \
                 and 25% past results and staff competence.",
            ),
        ),
        PriceFormula => (
            Tr::new("Prijsformule", "Price formula"),
            Tr::new(
                "Hoe wordt de prijs omgerekend naar punten? Vaste, vooraf bekendgemaakte grenzen scoren \
                 elke offerte op zichzelf; bij vergelijken met de laagste prijs kan de volgorde omslaan \
                 als er een offerte bijkomt of afvalt. Kosten per resultaat, zoals Apeldoorn de prijs woog met het \
                 plaatsingspercentage, vergelijkt functioneel.",
                "How is the price turned into points? Fixed bounds published in advance score each bid \
                 on its own; when comparing with the lowest price, the ranking can flip if a bid is \
                 added or drops out. Cost per result, like Apeldoorn's price weighted with the \
                 placement rate, compares functionally.",
            ),
        ),
        // Step 4: Uitvoeringsproces
        Referral => (
            Tr::new("Aanmelding van klanten", "Referral of clients"),
            Tr::new(
                "Wie meldt klanten aan, hoe, en welke informatie gaat mee? In Apeldoorn beoordeelde een \
                 aparte eenheid het advies van de klantmanager, meldde de klant aan en bewaakte dat elke \
                 aanbieder de afgesproken aantallen kreeg.",
                "Who refers clients, how, and what information goes along? In Apeldoorn a separate \
                 unit assessed the case manager's advice, referred the client and made sure each \
                 provider received the agreed numbers.",
            ),
        ),
        IntakeWeeks => (
            Tr::new("Intake binnen (weken)", "Intake within (weeks)"),
            Tr::new(
                "Binnen hoeveel weken na aanmelding heeft de klant een intakegesprek? Een korte termijn \
                 houdt de motivatie vast. Amsterdam spreekt twee weken af.",
                "Within how many weeks of referral does the client have an intake meeting? A short \
                 term keeps motivation alive. Amsterdam agrees on two weeks.",
            ),
        ),
        MaxDuration => (
            Tr::new("Maximale trajectduur (maanden)", "Maximum trajectory duration (months)"),
            Tr::new(
                "Hoe lang mag één traject duren? Een maximum maakt de kosten voorspelbaar en dwingt tot \
                 een besluit. Amsterdam hanteert twaalf maanden.",
                "How long may a single trajectory last? A maximum makes costs predictable and forces a \
                 decision. Amsterdam uses twelve months.",
            ),
        ),
        ReportingFrequency => (
            Tr::new("Rapportagefrequentie", "Reporting frequency"),
            Tr::new(
                "Hoe vaak rapporteert de aanbieder over de voortgang? Vaak genoeg om op tijd bij te \
                 sturen, niet zo vaak dat rapporteren het werk verdringt.",
                "How often does the provider report on progress? Often enough to adjust in time, not \
                 so often that reporting crowds out the work.",
            ),
        ),
        ReportingContent => (
            Tr::new("Inhoud van de rapportages", "Content of the reports"),
            Tr::new(
                "Wat staat er in een rapportage: gestarte klanten, voortgang, resultaten, uitval? \
                 Spreek dezelfde 'taal' af als uw eigen registratie, zoals Roermond eiste dat \
                 rapportages de indeling van zijn diagnose-instrument volgden.",
                "What goes into a report: clients started, progress, results, drop-outs? Agree on the \
                 same 'language' as your own records, as Roermond required reports to follow the \
                 structure of its diagnostic instrument.",
            ),
        ),
        GoNoGo => (
            Tr::new("Go/no-go-moment", "Go/no-go moment"),
            Tr::new(
                "Een vast moment halverwege het traject waarop klant, aanbieder en klantmanager beslissen \
                 of het traject doorgaat. Zo voorkomt u dat een traject zonder uitzicht doorloopt; \
                 Amsterdam gebruikt er een tussentijds gesprek voor.",
                "A set moment during the trajectory at which client, provider and case manager decide \
                 whether it continues. It prevents a trajectory without prospects from running on; \
                 Amsterdam uses an interim meeting for it.",
            ),
        ),
        DataProtection => (
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
        ),
        Invoicing => (
            Tr::new("Facturering", "Invoicing"),
            Tr::new(
                "Factureert de aanbieder per ingezet instrument of per traject? Dat bepaalt wie betaalt \
                 bij uitval. Koopt u samen in, laat dan per gemeente factureren.",
                "Does the provider invoice per instrument used or per trajectory? That decides who pays \
                 when a client drops out. If you buy together, have invoices sent per municipality.",
            ),
        ),
        Contacts => (
            Tr::new("Contactpersonen en overleg", "Contacts and meetings"),
            Tr::new(
                "Wie spreekt met wie, en hoe vaak? Korte lijnen helpen: in Emmen hadden klantmanager en \
                 projectleider dagelijks contact over de aanpak van de klanten.",
                "Who talks to whom, and how often? Short lines help: in Emmen the case manager and the \
                 project leader were in daily contact about the approach to each client.",
            ),
        ),
        // Step 5: Offerteprocedure
        EstimatedPrice => (
            Tr::new("Geschatte trajectprijs", "Estimated trajectory price"),
            Tr::new(
                "De gemiddelde prijs van één traject zoals u die nu inschat. Maal het aantal trajecten \
                 van alle gemeenten, inclusief opties, geeft dit de geschatte waarde van de opdracht.",
                "The average price of one trajectory as you now estimate it. Multiplied by the number \
                 of trajectories of all municipalities, options included, it gives the estimated value \
                 of the contract.",
            ),
        ),
        Threshold => (
            Tr::new("Drempelbedrag", "Threshold"),
            Tr::new(
                "Boven het Europese drempelbedrag moet u Europees aanbesteden; voor re-integratie geldt \
                 meestal de drempel voor sociale en andere specifieke diensten. Laat het veld leeg: \
                 de wijzer gebruikt dan het bedrag dat nu geldt (grijs in het veld). Vul alleen een \
                 bedrag in als u zeker weet dat een ander bedrag van toepassing is.",
                "Above the European threshold you must tender at European level; for re-integration \
                 the threshold for social and other specific services usually applies. Leave the field \
                 empty: the guide then uses the amount that applies now (greyed out in the field). \
                 Enter an amount only if you are sure another amount applies.",
            ),
        ),
        ProcedureKind => (
            Tr::new("Soort procedure", "Type of procedure"),
            Tr::new(
                "Kies een procedure die past bij de waarde en bij de markt. Onder de drempel mag \
                 onderhands, met meerdere offertes op vooraf bepaalde criteria; erboven is een openbare \
                 of niet-openbare procedure nodig.",
                "Choose a procedure that fits the value and the market. Below the threshold a private \
                 procedure (onderhands) with several quotes on criteria set in advance is allowed; \
                 above it you need an open or restricted procedure.",
            ),
        ),
        ProcedureRationale => (
            Tr::new("Motivering van de procedurekeuze", "Reasons for the choice of procedure"),
            Tr::new(
                "Leg vast waarom deze procedure past: de waarde, het aantal aanbieders, de doelgroep. \
                 Bijvoorbeeld: 'Onder de drempel; weinig aanbieders met ervaring met deze groep, dus \
                 vragen we gericht vijf offertes.'",
                "Record why this procedure fits: the value, the number of providers, the target group. \
                 For example: 'Below the threshold; few providers have experience with this group, so \
                 we ask five of them for a bid.'",
            ),
        ),
        InvitedProviders => (
            Tr::new("Uitgenodigde aanbieders", "Invited providers"),
            Tr::new(
                "Wie vraagt u om een offerte, en waarom? Nodig ook nieuwe namen uit: Apeldoorn mengde \
                 bekende partners met bedrijven die buurgemeenten aanraadden en bedrijven die zich zelf \
                 hadden gepresenteerd.",
                "Whom do you ask for a bid, and why? Invite new names too: Apeldoorn mixed known \
                 partners with firms recommended by neighbouring municipalities and firms that had \
                 presented themselves.",
            ),
        ),
        Timeline => (
            Tr::new("Planning", "Timeline"),
            Tr::new(
                "Zet de mijlpalen op een rij: offerteaanvraag verstuurd, vragen uiterlijk, offertes \
                 binnen, gunning, start. Holland Rijnland plande mei tot en met juli voor de \
                 offerteprocedure en augustus voor de start.",
                "List the milestones: request for tender sent, deadline for questions, bids in, award, \
                 start. Holland Rijnland planned May to July for the tender \
                 procedure and August for the start.",
            ),
        ),
        Bids => (
            Tr::new("Inschrijvingen", "Bids"),
            Tr::new(
                "Voer per inschrijver de prijs en de scores per gunningscriterium in. De wijzer rekent \
                 de rangorde uit met de prijsformule en de gewichten uit stap 3; beoordeel de kwaliteit \
                 het liefst voordat u de prijzen naast elkaar legt.",
                "Enter, for each bidder, the price and the scores per award criterion. The guide works \
                 out the ranking with the price formula and the weights from step 3; preferably judge \
                 quality before you put the prices side by side.",
            ),
        ),
        // Step 6: Start uitvoering
        Preconditions => (
            Tr::new("Randvoorwaarden voor de start", "Preconditions for the start"),
            Tr::new(
                "Wat moet geregeld zijn voordat de eerste klant begint? Denk aan het getekende contract, \
                 geïnformeerde klantmanagers en deelnemers die aan de voorwaarden voldoen; in Apeldoorn \
                 moesten deelnemers bijvoorbeeld clean zijn en hun schulden beheersbaar hebben.",
                "What must be in place before the first client starts? Think of the signed contract, \
                 informed case managers and participants who meet the conditions; in Apeldoorn, for \
                 instance, participants had to be clean and have their debts under control.",
            ),
        ),
        StartDate => (
            Tr::new("Startdatum", "Start date"),
            Tr::new(
                "De dag waarop de eerste trajecten beginnen. Kies een datum waarop de randvoorwaarden \
                 haalbaar geregeld zijn, niet alleen de datum in het contract.",
                "The day the first trajectories begin. Pick a date by which the preconditions can \
                 realistically be met, not just the date in the contract.",
            ),
        ),
        FirstReferrals => (
            Tr::new("Eerste aanmeldingen per gemeente", "First referrals per municipality"),
            Tr::new(
                "Hoeveel klanten meldt elke gemeente in de eerste ronde aan? Plan dit samen: in Emmen \
                 liep de start mis doordat klanten niet op tijd werden aangemeld.",
                "How many clients does each municipality refer in the first round? Plan this \
                 together: in Emmen the start went wrong because clients were not referred in time.",
            ),
        ),
        // Step 7: Monitoring
        AveragePrice => (
            Tr::new("Gemiddelde trajectprijs (contract)", "Average trajectory price (contract)"),
            Tr::new(
                "De gemiddelde prijs van een traject volgens het contract. De bonus en de malus worden \
                 als percentage van dit bedrag berekend.",
                "The average price of a trajectory under the contract. The bonus and the malus are \
                 calculated as a percentage of this amount.",
            ),
        ),
        MonitorFigures => (
            Tr::new("Voortgang per gemeente", "Progress per municipality"),
            Tr::new(
                "Vul per gemeente in hoeveel klanten zijn gestart en hoeveel het afgesproken resultaat \
                 haalden. De wijzer berekent het plaatsingspercentage en legt het naast de norm uit het \
                 contract.",
                "Enter per municipality how many clients started and how many reached the agreed \
                 result. The guide calculates the placement rate and compares it with the norm in the \
                 contract.",
            ),
        ),
        MonitoringNotes => (
            Tr::new("Bevindingen", "Findings"),
            Tr::new(
                "Wat valt op in de rapportages en gesprekken? Bijvoorbeeld: 'Instroom in gemeente B \
                 blijft achter; afgesproken dat klantmanagers vóór 1 maart vijf klanten aanmelden.'",
                "What stands out in the reports and meetings? For example: 'Inflow from municipality B \
                 is lagging; agreed that its case managers refer five clients before 1 March.'",
            ),
        ),
        // Step 8: Verantwoording
        Costs => (
            Tr::new("Werkelijke kosten per gemeente", "Actual costs per municipality"),
            Tr::new(
                "Wat heeft elke gemeente werkelijk betaald, bonus en malus verrekend? Elke gemeente \
                 verantwoordt dit in haar eigen verantwoording van het re-integratiebudget.",
                "What did each municipality actually pay, with bonus and malus settled? Each \
                 municipality accounts for this in its own report on its re-integration budget.",
            ),
        ),
        AccountabilityNotes => (
            Tr::new("Toelichting op de verantwoording", "Notes on accountability"),
            Tr::new(
                "Licht de cijfers toe: afwijkingen van de begroting, verrekende bonussen of inhoudingen, \
                 en de tijd die uw eigen medewerkers erin staken.",
                "Explain the figures: deviations from the budget, bonuses or deductions settled, and \
                 the time your own staff put in.",
            ),
        ),
        // Step 9: Evaluatie
        WhatWorked => (
            Tr::new("Wat werkte", "What worked"),
            Tr::new(
                "Wat wilt u de volgende keer zeker weer zo doen? Bijvoorbeeld: 'De gezamenlijke \
                 werkgroep voor het Programma van Eisen; de intake binnen twee weken.'",
                "What do you certainly want to do the same way next time? For example: 'The joint \
                 working group for the Programma van Eisen; the intake within two weeks.'",
            ),
        ),
        WhatToChange => (
            Tr::new("Wat doen we volgende keer anders", "What we will change next time"),
            Tr::new(
                "Wat zou u anders aanpakken? Bijvoorbeeld: 'Meetbare eindresultaten in het contract' of \
                 'Vooraf met de beoogde projectleider spreken', twee lessen die Emmen trok.",
                "What would you do differently? For example: 'Measurable end results in the contract' \
                 or 'Talk with the intended project leader beforehand', two lessons Emmen drew.",
            ),
        ),
        SelfAssessment => (
            Tr::new("Zelfevaluatie innovatief inkopen", "Self-assessment of innovative purchasing"),
            Tr::new(
                "Geef per vraag aan in hoeverre het voor deze inkoop gold, van 0 (helemaal niet) tot 4 \
                 (volledig). De uitkomst per hefboom laat zien waar u de volgende keer meer ruimte voor \
                 vernieuwing kunt geven.",
                "For each question, indicate how far it applied to this purchase, from 0 (not at all) \
                 to 4 (fully). The result per lever shows where you can leave more room for innovation \
                 next time.",
            ),
        ),
    }
}

// ---------------------------------------------------------------------------------------
// Labels of parts of a field (list entries, checkboxes, table columns)
// ---------------------------------------------------------------------------------------

/// Labels of the parts inside a field: choices, checkboxes, table columns. (The columns of
/// list entries are chrome, shared by several lists: `wizard_ui`.)
pub mod sub {
    use crate::i18n::Tr;

    pub const INFLOW_YES: Tr = Tr::new(
        "Ja, wij garanderen een minimale instroom",
        "Yes, we guarantee a minimum inflow",
    );
    pub const INFLOW_NO: Tr = Tr::new("Nee, geen instroomgarantie", "No, no inflow guarantee");

    pub const BONUS_MALUS_ENABLED: Tr = Tr::new(
        "Een bonus/malus-regeling opnemen",
        "Include a bonus/malus rule",
    );
    pub const AGREED_RATE: Tr =
        Tr::new("Afgesproken plaatsingspercentage", "Agreed placement rate");
    pub const BONUS_SHARE: Tr = Tr::new(
        "Bonus per extra plaatsing (% van de gemiddelde trajectprijs)",
        "Bonus per extra placement (% of the average trajectory price)",
    );
    pub const MALUS_SHARE: Tr = Tr::new(
        "Inhouding per ontbrekende plaatsing (% van de gemiddelde trajectkosten)",
        "Deduction per missing placement (% of the average trajectory cost)",
    );

    pub const INCENTIVE_INNOVATION_CRITERION: Tr = Tr::new(
        "Vernieuwing van de aanpak is een gunningscriterium",
        "Innovation of the approach is an award criterion",
    );
    pub const INCENTIVE_INTEGRAL_PRICE: Tr = Tr::new(
        "Eén integrale trajectprijs, alle instrumenten inbegrepen",
        "One integral trajectory price, all instruments included",
    );
    pub const INCENTIVE_COOPERATION: Tr = Tr::new(
        "De aanbieder moet samenwerken met andere aanbieders in de keten",
        "The provider must cooperate with other providers in the chain",
    );

    pub const GO_NO_GO_ENABLED: Tr = Tr::new(
        "Een go/no-go-moment per traject afspreken",
        "Agree on a go/no-go moment per trajectory",
    );

    pub const FIGURES_STARTED: Tr = Tr::new("Gestart", "Started");
    pub const FIGURES_RESULTS: Tr = Tr::new("Resultaat behaald", "Result reached");
    pub const FIGURES_COST: Tr = Tr::new("Betaald", "Paid");
}

/// Suggested preconditions for step 6, to start the checklist from.
pub const DEFAULT_PRECONDITIONS: [Tr; 7] = [
    Tr::new(
        "Contract getekend door alle deelnemende gemeenten",
        "Contract signed by all participating municipalities",
    ),
    Tr::new(
        "Klantmanagers op de hoogte van doelgroep, aanmelding en rapportage",
        "Case managers informed about target group, referral and reporting",
    ),
    Tr::new(
        "Route en formulier voor aanmelding afgesproken",
        "Referral route and form agreed",
    ),
    Tr::new(
        "Afspraken over het delen van persoonsgegevens vastgelegd",
        "Agreements on sharing personal data recorded",
    ),
    Tr::new(
        "Kennisgemaakt met de projectleider en de begeleiders van de aanbieder",
        "Met the provider's project leader and coaches",
    ),
    Tr::new(
        "Deelnemers voldoen aan de voorwaarden voor deelname",
        "Participants meet the conditions for taking part",
    ),
    Tr::new(
        "Facturering en rapportage per gemeente ingericht",
        "Invoicing and reporting per municipality set up",
    ),
];

// ---------------------------------------------------------------------------------------
// Contract duration
// ---------------------------------------------------------------------------------------

/// The guide's warning about short contracts, in its own words as far as they go: the
/// duration of the contract is an important risk for a provider, with short contracts it is
/// less inclined to invest than with long-running ones (§2.3), and a longer duration gives it
/// the opportunity to perfect its approach (§3.3).
pub const SHORT_CONTRACT_WARNING: Tr = Tr::new(
    "Let op: de duur van het contract is een belangrijk risico voor een aanbieder. Bij een contract \
     van een jaar of korter zal een aanbieder minder geneigd zijn te investeren in een nieuwe aanpak \
     dan bij een langlopend contract. Met een langere contractduur geeft u de aanbieder de \
     gelegenheid zijn aanpak te vervolmaken.",
    "Note: the duration of the contract is an important risk for a provider. With a contract of one \
     year or less, a provider will be less inclined to invest in a new approach than with a \
     long-running contract. A longer contract gives the provider the opportunity to perfect its \
     approach.",
);

/// The warning to show under the contract duration field (step 3), if any: when the contract
/// is short (`domain::contract::is_short_contract`).
pub fn contract_duration_warning(months: Option<u32>) -> Option<Tr> {
    months.is_some_and(is_short_contract).then_some(SHORT_CONTRACT_WARNING)
}

// ---------------------------------------------------------------------------------------
// Choices
// ---------------------------------------------------------------------------------------

impl Labeled for BuyerRole {
    const VARIANTS: &'static [Self] = &BuyerRole::ALL;

    fn label(self) -> Tr {
        match self {
            BuyerRole::AtDistance => Tr::new(
                "Op afstand: volgen, bewaken, bijsturen",
                "At a distance: follow, monitor, adjust",
            ),
            BuyerRole::Facilitating => Tr::new(
                "Faciliterend: randvoorwaarden regelen",
                "Facilitating: take care of the preconditions",
            ),
            BuyerRole::Director => {
                Tr::new("Regisseur: sturen op output", "Director: steer on output")
            }
            BuyerRole::Partner => {
                Tr::new("Partner: samen ontwikkelen", "Partner: develop together")
            }
        }
    }

    fn explanation(self) -> Tr {
        match self {
            BuyerRole::AtDistance => Tr::new(
                "U stuurt op de afspraken en resultaten uit het contract en bemoeit u zo min mogelijk \
                 met de werkwijze, zoals Amsterdam doet. De aanbieder krijgt ruimte voor een eigen \
                 aanpak, maar u hebt dan meetbare resultaten en goede rapportages nodig. Emmen liet zijn \
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
                 diagnosemethode voor het klantmanagement dat u zelf uitvoert. Dit geeft de meeste \
                 ruimte voor iets echt nieuws, maar u bent tot in detail betrokken en moet zelf de kennis \
                 in huis hebben. Spreek af hoe u de risico's en de opbrengsten met de aanbieder deelt.",
                "You develop a new service together with the provider, for instance a new diagnostic \
                 method for the case management you do yourself. This leaves the most room for \
                 something truly new, but you are involved in detail and need the expertise in house. \
                 Agree with the provider how you share the risks and the gains.",
            ),
        }
    }
}

impl Labeled for Characteristic {
    const VARIANTS: &'static [Self] = &Characteristic::ALL;

    fn label(self) -> Tr {
        use Characteristic::*;
        match self {
            LongTermAssistance => {
                Tr::new("Langdurig in de bijstand", "Long-term on social assistance")
            }
            MedicalLimitations => Tr::new("Medische beperkingen", "Medical limitations"),
            MultipleProblems => Tr::new("Meervoudige problematiek", "Multiple problems"),
            LowSelfImage => Tr::new("Laag zelfbeeld", "Low self-image"),
            HardToMotivate => Tr::new("Moeilijk in beweging te krijgen", "Hard to get moving"),
            LowEducation => Tr::new("Laag opleidingsniveau", "Little education"),
            NeverWorked => Tr::new(
                "Nooit of lang niet gewerkt",
                "Never worked, or not for a long time",
            ),
            CannotKeepAppointments => Tr::new(
                "Komt afspraken moeilijk na",
                "Finds it hard to keep appointments",
            ),
            PsychosocialProblems => Tr::new("Psychosociale problemen", "Psychosocial problems"),
            Addiction => Tr::new("Verslaving, nu of eerder", "Addiction, now or in the past"),
            Debts => Tr::new("Schulden", "Debts"),
            LanguageBarrier => Tr::new("Taalachterstand", "Language barrier"),
        }
    }

    fn explanation(self) -> Tr {
        use Characteristic::*;
        match self {
            LongTermAssistance => Tr::new(
                "Al jaren afhankelijk van een uitkering; het ritme van werk is ver weg.",
                "Dependent on benefits for years; the rhythm of work is far away.",
            ),
            MedicalLimitations => Tr::new(
                "Lichamelijke of psychische beperkingen die bepalen welk werk of welke activiteit \
                 haalbaar is.",
                "Physical or mental limitations that determine which work or activity is feasible.",
            ),
            MultipleProblems => Tr::new(
                "Meerdere problemen tegelijk, bijvoorbeeld met gezondheid, geld en wonen; de aanpak \
                 moet ze in samenhang oppakken.",
                "Several problems at once, for example with health, money and housing; the approach \
                 must tackle them together.",
            ),
            LowSelfImage => Tr::new(
                "Weinig geloof in eigen kunnen; vertrouwen opbouwen komt eerst.",
                "Little belief in one's own abilities; building trust comes first.",
            ),
            HardToMotivate => Tr::new(
                "Reageert niet op oproepen, argumenten of sancties; de juiste ingang vinden vraagt veel \
                 vakmanschap.",
                "Does not respond to summonses, arguments or sanctions; finding the right way in takes \
                 a lot of skill.",
            ),
            LowEducation => Tr::new(
                "Weinig of geen diploma's, vaak praktisch ingesteld.",
                "Few or no qualifications, often practically minded.",
            ),
            NeverWorked => Tr::new(
                "Geen of heel oude werkervaring; ook een werkritme moet nog groeien.",
                "No work experience, or very old experience; a working rhythm still has to grow.",
            ),
            CannotKeepAppointments => Tr::new(
                "Moeite met het maken en nakomen van afspraken; vraagt een aanbieder die blijft zoeken \
                 en niet meteen afhaakt.",
                "Struggles to make and keep appointments; needs a provider who keeps trying and does \
                 not give up at once.",
            ),
            PsychosocialProblems => Tr::new(
                "Problemen in het persoonlijke leven of in het contact met anderen, vaak met weinig \
                 vertrouwen in hulpverleners.",
                "Problems in personal life or in dealing with others, often with little trust in \
                 social workers.",
            ),
            Addiction => Tr::new(
                "Gebruik van drugs of alcohol, nu of in het verleden. Soms moet iemand eerst clean zijn \
                 voordat een traject kan beginnen, zoals bij het Apeldoornse project in Ierland.",
                "Use of drugs or alcohol, now or in the past. Sometimes a person must be clean before a \
                 trajectory can begin, as in Apeldoorn's project in Ireland.",
            ),
            Debts => Tr::new(
                "Schulden die eerst beheersbaar moeten zijn; Apeldoorn stelde dat als voorwaarde voor \
                 deelname.",
                "Debts that must first be brought under control; Apeldoorn made that a condition for \
                 taking part.",
            ),
            LanguageBarrier => Tr::new(
                "Onvoldoende Nederlands. Vraag functioneel: niet een cursus van zoveel lessen, maar \
                 genoeg Nederlands om volwaardig mee te doen.",
                "Not enough Dutch. Ask functionally: not a course of so many lessons, but enough Dutch \
                 to take part fully.",
            ),
        }
    }
}

impl Labeled for ResultLevel {
    const VARIANTS: &'static [Self] = &ResultLevel::ALL;

    fn label(self) -> Tr {
        match self {
            ResultLevel::SocialActivation => Tr::new("Sociale activering", "Social activation"),
            ResultLevel::VolunteerWork => Tr::new("Vrijwilligerswerk", "Volunteer work"),
            ResultLevel::Education => Tr::new("Opleiding of scholing", "Education or training"),
            ResultLevel::SubsidisedWork => Tr::new("Gesubsidieerd werk", "Subsidised work"),
            ResultLevel::RegularWork => Tr::new("Regulier werk", "Regular work"),
        }
    }

    fn explanation(self) -> Tr {
        match self {
            ResultLevel::SocialActivation => Tr::new(
                "Meedoen in de samenleving, een stap vóór werk: bijvoorbeeld een aantal uren per week \
                 actief, gedurende een aantal maanden. Moeilijk meetbaar, dus vaak op inzet betaald.",
                "Taking part in society, a step before work: for example active for a number of hours \
                 a week over a number of months. Hard to measure, so often paid for effort.",
            ),
            ResultLevel::VolunteerWork => Tr::new(
                "Regelmatig vrijwilligerswerk: structuur, contacten en werkervaring, zonder loon.",
                "Regular volunteer work: structure, contacts and work experience, without pay.",
            ),
            ResultLevel::Education => Tr::new(
                "Instroom in een opleiding, scholing of stage die de kans op werk vergroot.",
                "Starting a course, training or internship that improves the chance of work.",
            ),
            ResultLevel::SubsidisedWork => Tr::new(
                "Werk waarvoor de werkgever een subsidie krijgt. Roermond telde dit mee als plaatsing.",
                "Work for which the employer receives a subsidy. Roermond counted it as a placement.",
            ),
            ResultLevel::RegularWork => Tr::new(
                "Een gewone betaalde baan, ook in deeltijd; het best meetbare resultaat. In Emmen werkten acht van de tweede groep van tien, in \
                 deeltijdbanen met nog een deel bijstand ernaast.",
                "An ordinary paid job, part-time included; the most measurable result. In Emmen eight of the second group of ten were \
                 working, in part-time jobs with some social assistance still on top.",
            ),
        }
    }
}

impl Labeled for Financing {
    const VARIANTS: &'static [Self] = &[
        Financing::Input,
        Financing::Output,
        Financing::NoCureLessPay,
    ];

    fn label(self) -> Tr {
        match self {
            Financing::Input => Tr::new("Betalen voor inzet (input)", "Pay for effort (input)"),
            Financing::Output => Tr::new(
                "Betalen voor resultaat (output)",
                "Pay for results (output)",
            ),
            Financing::NoCureLessPay => Tr::new(
                "No cure less pay (deels op resultaat)",
                "No cure, less pay (partly on results)",
            ),
        }
    }

    fn explanation(self) -> Tr {
        match self {
            Financing::Input => Tr::new(
                "U betaalt voor wat er is gedaan: uren, programmaonderdelen of instrumenten. Past waar \
                 het resultaat moeilijk meetbaar is, zoals bij sociale activering; het risico ligt dan \
                 vooral bij u. Emmen betaalde zo per afgerond programmaonderdeel en volgde elke klant \
                 wekelijks.",
                "You pay for what was done: hours, programme parts or instruments. Fits where the \
                 result is hard to measure, as with social activation; the risk then lies mainly with \
                 you. Emmen paid this way per completed programme part and followed each client \
                 weekly.",
            ),
            Financing::Output => Tr::new(
                "U betaalt voor het bereikte resultaat, zoals een plaatsing op werk. Past waar het \
                 resultaat goed meetbaar is; de aanbieder draagt dan het grootste risico. Amsterdam \
                 betaalde trajecten naar werk vrijwel helemaal op resultaat.",
                "You pay for the result achieved, such as a job placement. Fits where the result is \
                 easy to measure; the provider then carries most of the risk. Amsterdam paid for \
                 trajectories into work almost entirely on results.",
            ),
            Financing::NoCureLessPay => Tr::new(
                "De aanbieder krijgt een deel van de prijs ook als het resultaat uitblijft, en het \
                 volle bedrag pas bij resultaat. Een tussenweg die past bij vernieuwende trajecten: de \
                 aanbieder durft te investeren, en u betaalt niet alles voor trajecten die mislukken.",
                "The provider receives part of the price even when the result is not reached, and the \
                 full amount only on result. A middle way that suits innovative trajectories: the \
                 provider dares to invest, and you do not pay everything for trajectories that fail.",
            ),
        }
    }
}

impl Labeled for ProcedureKind {
    const VARIANTS: &'static [Self] = &[
        ProcedureKind::Open,
        ProcedureKind::Restricted,
        ProcedureKind::Private,
    ];

    fn label(self) -> Tr {
        match self {
            ProcedureKind::Open => {
                Tr::new("Openbare procedure", "Open procedure (openbare procedure)")
            }
            ProcedureKind::Restricted => Tr::new(
                "Niet-openbare procedure",
                "Restricted procedure (niet-openbare procedure)",
            ),
            ProcedureKind::Private => Tr::new(
                "Onderhandse procedure (meerdere offertes)",
                "Private procedure (onderhands, several quotes)",
            ),
        }
    }

    fn explanation(self) -> Tr {
        match self {
            ProcedureKind::Open => Tr::new(
                "Na publicatie kan iedere aanbieder een offerte uitbrengen. Zo bereikt uw vraag de \
                 hele markt, ook nieuwkomers; brede bekendmaking is volgens de handreiking juist een \
                 voorwaarde voor vernieuwing. Reken wel op veel offertes om te beoordelen.",
                "After publication any provider can submit a bid. Your question reaches the whole \
                 market, newcomers included; according to the guide, wide publication is precisely a \
                 condition for innovation. Do expect many bids to assess.",
            ),
            ProcedureKind::Restricted => Tr::new(
                "Eerst selecteert u op geschiktheid, daarna brengen alleen de geselecteerde aanbieders \
                 een offerte uit. Dat beperkt het beoordelingswerk. Roermond gebruikte de niet-openbare \
                 procedure en vroeg vijf bedrijven om een offerte.",
                "First you select on suitability, then only the selected providers submit a bid. That \
                 limits the work of assessment. Roermond used the restricted procedure and asked five \
                 firms for a bid.",
            ),
            ProcedureKind::Private => Tr::new(
                "U vraagt zelf een aantal aanbieders om een offerte, op criteria die vooraf vastliggen; \
                 alleen onder de Europese drempel. Apeldoorn nodigde 50 bedrijven uit voor een \
                 voorselectie en vroeg er 28 om een offerte; Emmen benaderde er zes, van wie drie niet \
                 konden offreren.",
                "You ask a number of providers for a bid yourself, on criteria fixed in advance; only \
                 below the European threshold. Apeldoorn invited 50 firms to a pre-selection and asked \
                 28 of them to bid; Emmen approached six, three of whom could not bid.",
            ),
        }
    }
}

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
                "Following progress per client every week, as Emmen's direction unit did. It asks \
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
            Invoicing::PerTrajectory => Tr::new(
                "Per traject (integrale prijs)",
                "Per trajectory (integral price)",
            ),
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

// ---------------------------------------------------------------------------------------
// Self-assessment (step 9): the four conditions of guide §2.5
// ---------------------------------------------------------------------------------------

pub const SELF_ASSESSMENT_TITLE: Tr = Tr::new(
    "Hoe innovatief hebt u ingekocht?",
    "How innovatively did you purchase?",
);
pub const SELF_ASSESSMENT_INTRO: Tr = Tr::new(
    "De handreiking noemt vier voorwaarden voor innovatief inkopen. Geef bij elke vraag aan in \
     hoeverre die voor deze inkoop gold. Er is geen goed of fout: de uitkomst laat zien waar u de \
     volgende keer meer ruimte voor vernieuwing kunt geven.",
    "The guide names four conditions for innovative purchasing. For each question, indicate how far \
     it applied to this purchase. There is no right or wrong: the outcome shows where you can leave \
     more room for innovation next time.",
);

/// The text of a self-assessment question (`domain::assessment::Question`, which holds its
/// stored id and lever).
pub fn question_text(q: Question) -> Tr {
    match q {
        Question::ResultNotMethod => Tr::new(
            "Beschrijft uw bestek vooral welk resultaat u wilt bereiken, en niet hoe de aanbieder \
             moet werken?",
            "Does your bestek (specification) mainly describe the result you want, rather than how \
             the provider should work?",
        ),
        Question::ThinkAlong => Tr::new(
            "Daagt uw vraag aanbieders uit om mee te denken en zelf een oplossing voor uw probleem \
             voor te stellen?",
            "Does your question challenge providers to think along and propose their own solution \
             to your problem?",
        ),
        Question::Invest => Tr::new(
            "Waren u en de aanbieder bereid te investeren in een nieuwe aanpak, bijvoorbeeld met een \
             contractduur die daar tijd voor geeft?",
            "Were you and the provider willing to invest in a new approach, for instance with a \
             contract duration that allows time for it?",
        ),
        Question::SpreadRisk => Tr::new(
            "Hebt u afspraken gemaakt om het financiële risico te spreiden, zoals no cure less pay of \
             het gedeeltelijk betalen van trajecten die mislukken?",
            "Did you make agreements to spread the financial risk, such as no cure, less pay or \
             paying part of the cost of trajectories that fail?",
        ),
        Question::Reward => Tr::new(
            "Wordt vernieuwing beloond, bijvoorbeeld met een bonus of een hogere vergoeding dan voor \
             een standaardaanpak?",
            "Is innovation rewarded, for instance with a bonus or a higher fee than for a standard \
             approach?",
        ),
        Question::AwardCriteria => Tr::new(
            "Tellen bij de gunning naast de prijs ook andere criteria serieus mee, zoals de aanpak, \
             vernieuwing of samenwerking?",
            "Besides price, do other criteria count seriously in the award, such as the approach, \
             innovation or cooperation?",
        ),
        Question::InflowGuarantee => Tr::new(
            "Geeft u aanbieders zekerheid over het aantal klanten met een instroomgarantie?",
            "Do you give providers certainty about the number of clients with an instroomgarantie \
             (inflow guarantee)?",
        ),
        Question::DeliberateRole => Tr::new(
            "Hebt u bewust gekozen hoe u met de opdrachtnemer samenwerkt: samen nieuwe diensten \
             ontwikkelen of sturen op afstand?",
            "Did you choose deliberately how you work with the contractor: developing new services \
             together or steering at a distance?",
        ),
        Question::Frontrunner => Tr::new(
            "Laat uw gemeente zien dat zij voorop wil lopen bij de ontwikkeling van nieuwe diensten \
             en werkwijzen?",
            "Does your municipality show that it wants to lead in developing new services and ways \
             of working?",
        ),
        Question::Consistent => Tr::new(
            "Houdt iedereen in uw organisatie de ruimte vast die het bestek geeft, ook klantmanagers \
             tijdens de uitvoering?",
            "Does everyone in your organisation keep to the room the bestek gives, including case \
             managers during delivery?",
        ),
    }
}

/// The labels of the scale 0..=4.
pub const SCALE_LABELS: [Tr; SCALE_MAX as usize + 1] = [
    Tr::new("Helemaal niet", "Not at all"),
    Tr::new("Nauwelijks", "Hardly"),
    Tr::new("Deels", "Partly"),
    Tr::new("Grotendeels", "Largely"),
    Tr::new("Volledig", "Fully"),
];

/// The label of a score, or `None` outside 0..=4.
pub fn scale_label(score: u8) -> Option<Tr> {
    SCALE_LABELS.get(usize::from(score)).copied()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::assessment::Lever;
    use crate::domain::steps::Step;
    use std::collections::HashSet;

    /// Both languages present, tidy, and actually translated.
    pub(crate) fn check_pair(t: Tr, what: &str) {
        for s in [t.nl, t.en] {
            assert!(!s.trim().is_empty(), "{what}: empty text in {t:?}");
            assert_eq!(s, s.trim(), "{what}: stray whitespace in {s:?}");
            assert!(!s.contains("  "), "{what}: double space in {s:?}");
        }
        assert_ne!(t.nl, t.en, "{what}: not translated: {:?}", t.nl);
    }

    fn check_labeled<T: Labeled + std::fmt::Debug + PartialEq>(what: &str) {
        let mut labels = HashSet::new();
        for v in T::VARIANTS {
            check_pair(v.label(), what);
            check_pair(v.explanation(), what);
            assert!(
                labels.insert(v.label().nl),
                "{what}: duplicate label for {v:?}"
            );
        }
    }

    #[test]
    fn every_field_has_a_label_and_help_in_both_languages() {
        let mut labels = HashSet::new();
        for f in FieldId::ALL {
            check_pair(field_label(f), "field label");
            check_pair(field_help(f), "field help");
            let help = field_help(f);
            assert!(
                help.nl.ends_with(['.', '?', '\'']) && help.en.ends_with(['.', '?', '\'']),
                "{f:?}"
            );
            // Labels are unique within a step (the same word may recur across steps).
            assert!(
                labels.insert((f.step(), field_label(f).nl)),
                "{f:?}: duplicate label"
            );
        }
        for s in Step::ALL {
            assert!(FieldId::ALL.iter().any(|f| f.step() == s));
        }
    }

    #[test]
    fn every_choice_has_a_label_and_explanation() {
        check_labeled::<BuyerRole>("buyer role");
        check_labeled::<Characteristic>("characteristic");
        check_labeled::<ResultLevel>("result level");
        check_labeled::<Financing>("financing");
        check_labeled::<ProcedureKind>("procedure");
        check_labeled::<ReportingFrequency>("reporting frequency");
        check_labeled::<Invoicing>("invoicing");
        check_labeled::<Lever>("lever");
        check_labeled::<crate::domain::steps::TelgenPhase>("telgen phase");
        assert_eq!(BuyerRole::VARIANTS, &BuyerRole::ALL);
        assert_eq!(
            <Characteristic as Labeled>::VARIANTS.len(),
            Characteristic::ALL.len()
        );
        assert_eq!(
            <ResultLevel as Labeled>::VARIANTS.len(),
            ResultLevel::ALL.len()
        );
    }

    /// The enums without an `ALL` in the domain: an exhaustive match here breaks the build when
    /// a variant is added, pointing at the `VARIANTS` list that must grow with it.
    #[test]
    fn variant_lists_are_complete() {
        fn count_financing(f: Financing) -> usize {
            match f {
                Financing::Input | Financing::Output | Financing::NoCureLessPay => 3,
            }
        }
        fn count_procedure(p: ProcedureKind) -> usize {
            match p {
                ProcedureKind::Open | ProcedureKind::Restricted | ProcedureKind::Private => 3,
            }
        }
        fn count_reporting(r: ReportingFrequency) -> usize {
            match r {
                ReportingFrequency::Weekly
                | ReportingFrequency::Monthly
                | ReportingFrequency::Quarterly
                | ReportingFrequency::HalfYearly => 4,
            }
        }
        fn count_invoicing(i: Invoicing) -> usize {
            match i {
                Invoicing::PerInstrument | Invoicing::PerTrajectory => 2,
            }
        }
        assert_eq!(Financing::VARIANTS.len(), count_financing(Financing::Input));
        assert_eq!(
            ProcedureKind::VARIANTS.len(),
            count_procedure(ProcedureKind::Open)
        );
        assert_eq!(
            ReportingFrequency::VARIANTS.len(),
            count_reporting(ReportingFrequency::Monthly)
        );
        assert_eq!(
            Invoicing::VARIANTS.len(),
            count_invoicing(Invoicing::PerInstrument)
        );
    }

    #[test]
    fn self_assessment_questions_have_texts_in_both_languages() {
        // Ids, levers and their order are the domain's (`domain::assessment` tests them).
        for q in Question::ALL {
            check_pair(question_text(q), q.id());
            assert!(
                question_text(q).nl.ends_with('?') && question_text(q).en.ends_with('?'),
                "{}",
                q.id()
            );
        }
    }

    #[test]
    fn scale_has_five_labelled_points() {
        for s in 0..=SCALE_MAX {
            check_pair(scale_label(s).expect("label"), "scale");
        }
        assert_eq!(scale_label(SCALE_MAX + 1), None);
        check_pair(SELF_ASSESSMENT_TITLE, "self-assessment title");
        check_pair(SELF_ASSESSMENT_INTRO, "self-assessment intro");
    }

    #[test]
    fn short_contracts_get_the_warning() {
        check_pair(SHORT_CONTRACT_WARNING, "warning");
        assert_eq!(
            contract_duration_warning(Some(12)),
            Some(SHORT_CONTRACT_WARNING)
        );
        assert_eq!(
            contract_duration_warning(Some(6)),
            Some(SHORT_CONTRACT_WARNING)
        );
        assert_eq!(contract_duration_warning(Some(24)), None);
        assert_eq!(contract_duration_warning(None), None);
    }

    fn all_texts() -> Vec<Tr> {
        use crate::domain::steps::TelgenPhase;
        use sub::*;
        let mut v = Vec::new();
        for f in FieldId::ALL {
            v.extend([field_label(f), field_help(f)]);
        }
        fn add<T: Labeled>(v: &mut Vec<Tr>) {
            for x in T::VARIANTS {
                v.extend([x.label(), x.explanation()]);
            }
        }
        add::<BuyerRole>(&mut v);
        add::<Characteristic>(&mut v);
        add::<ResultLevel>(&mut v);
        add::<Financing>(&mut v);
        add::<ProcedureKind>(&mut v);
        add::<ReportingFrequency>(&mut v);
        add::<Invoicing>(&mut v);
        add::<Lever>(&mut v);
        add::<TelgenPhase>(&mut v);
        v.extend(Question::ALL.map(question_text));
        v.extend(SCALE_LABELS);
        v.extend(DEFAULT_PRECONDITIONS);
        v.extend([
            SHORT_CONTRACT_WARNING,
            SELF_ASSESSMENT_TITLE,
            SELF_ASSESSMENT_INTRO,
        ]);
        v.extend([
            INFLOW_YES,
            INFLOW_NO,
            BONUS_MALUS_ENABLED,
            AGREED_RATE,
            BONUS_SHARE,
            MALUS_SHARE,
            INCENTIVE_INNOVATION_CRITERION,
            INCENTIVE_INTEGRAL_PRICE,
            INCENTIVE_COOPERATION,
            GO_NO_GO_ENABLED,
            FIGURES_STARTED,
            FIGURES_RESULTS,
            FIGURES_COST,
        ]);
        v.extend(crate::i18n::guidance::tests::all_texts());
        v
    }

    #[test]
    fn all_texts_are_translated_and_tidy() {
        for t in all_texts() {
            if t.nl == "Monitoring" || t.nl == "Start" {
                continue;
            }
            check_pair(t, "text");
        }
    }

    /// House style: "re-integratie" with a hyphen (current spelling), "re-integration" in English.
    #[test]
    fn re_integratie_is_spelled_consistently() {
        for t in all_texts() {
            for s in [t.nl, t.en] {
                let lower = s.to_lowercase();
                for wrong in ["reïntegr", "reintegr", "re-ïntegr", "re integr"] {
                    assert!(!lower.contains(wrong), "spelling {wrong:?} in {s:?}");
                }
            }
        }
    }

    /// A line continuation without a space before the backslash glues two words together;
    /// catch the common results of that slip.
    #[test]
    fn no_words_glued_at_line_breaks() {
        for t in all_texts() {
            for s in [t.nl, t.en] {
                for (i, w) in s.split_whitespace().enumerate() {
                    let core = w.trim_matches(|c: char| !c.is_alphanumeric());
                    assert!(
                        core.chars().count() <= 32,
                        "word {i} too long, glued? {w:?} in {s:?}"
                    );
                    // a lowercase letter followed directly by a capital inside a word
                    let chars: Vec<char> = core.chars().collect();
                    for pair in chars.windows(2) {
                        if pair[0].is_lowercase() && pair[1].is_uppercase() {
                            panic!("glued words? {w:?} in {s:?}");
                        }
                    }
                }
            }
        }
    }
}
