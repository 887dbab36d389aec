//! The lexicon of the functional-specification analyser: Dutch and English words and phrases,
//! each with a word class that the rules in `rules.rs` weigh.
//!
//! Everything here is data. Words are written folded (lower case, no diacritics) in their base
//! form; the lookup finds plurals and inflected forms ("lessen" → "les", "psychologen" →
//! "psycholoog", "sessions" → "session", "duurzame" → "duurzaam") and compounds whose last
//! part is a head word marked `head` ("taalcursus" → "cursus", "deelnemersregistratie" →
//! "registratie"). The first part of a compound is looked up too, so "cursusprijs" is a price
//! of a means and "trajectprijs" a price of a result. Verbs are listed with their forms.
//!
//! Both languages live in one table: a text is matched against both, which is simpler and more
//! robust than guessing the language first (the few shared spellings mean the same).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::Topic;

/// Word classes. Only the rules turn them into signals; a class says what a word *is*, not how
/// much it counts in a given sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// Known word without a signal; stops compound analysis ("doelgroep", "netwerk").
    None,
    /// A specific means or instrument: course, lesson, training, internship, device.
    Means,
    /// A generic word for help: guidance, support, activities. Counts little.
    MeansGeneric,
    /// A profession or kind of staff.
    Staff,
    /// A qualification of staff or provider: certified, registered, hbo.
    Qualification,
    /// A diploma or certificate: staff qualification, or a client's level.
    Credential,
    /// A place where the service is delivered.
    Place,
    /// A schedule, frequency, opening hours, waiting time, duration.
    Schedule,
    /// A method or methodology.
    Method,
    /// A process condition: registration, reporting, approval, privacy.
    Process,
    /// A price or cost word; marks a sentence as being about money.
    Cost,
    /// An outcome for the client: a job, independence, participation.
    Result,
    /// A problem that the service should reduce: debts, complaints, isolation.
    Problem,
    /// A verb of change or achievement: improve, reduce, reach, obtain.
    Change,
    /// A level: niveau, A2, exam, start qualification.
    Level,
    /// A measure: per cent, measurable, demonstrably.
    Measure,
    /// A purpose marker: so that, aimed at, goal.
    Purpose,
    /// Room for the provider: at its own discretion, innovative, integral approach.
    Freedom,
    /// An input-based cost unit in one word: hourly rate, course price.
    InputCost,
    /// A result-based cost unit in one word: trajectory price, bonus.
    OutcomeCost,
    /// A member of the target group: participant, client, young person.
    Client,
    /// A verb of providing or attending: offer, deliver, attend, receive.
    Provision,
}

/// The unit role of a noun in quantities ("40 lessen") and cost units ("per les").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    None,
    /// A unit of input: lesson, session, hour, part of a day, meeting.
    Input,
    /// A unit of calendar time: day, week, month, year.
    Time,
    /// A unit of result: trajectory, placement, result.
    Result,
    /// A member of the target group (for "per deelnemer die ...").
    Client,
}

/// One word of the lexicon.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    pub class: Class,
    pub weight: f32,
    pub unit: Unit,
}

/// A group of words sharing class, weight, unit and head flag.
struct Group {
    class: Class,
    weight: f32,
    unit: Unit,
    head: bool,
    words: &'static str,
}

const fn g(class: Class, weight: f32, unit: Unit, head: bool, words: &'static str) -> Group {
    Group { class, weight, unit, head, words }
}

use Class as C;
use Unit as U;

/// The words. The first group that lists a word wins (a test checks there are no duplicates).
#[rustfmt::skip]
static GROUPS: &[Group] = &[
    // --- blockers: known words that must not be read as something else -----------------
    g(C::None, 0.0, U::None, false,
      "doelgroep netwerk werkgever werknemersorganisatie werkzaamheden werken werkt \
       gewerkt werkte sollicitatiegesprek reintegratiebedrijf bedrijf activeringsplaats \
       leerbedrijf onderaanneming onderaannemer opdrachtnemer opdrachtgever aanbieder \
       aanbieding aanbod aanbesteding gemeente aanmelding inschrijver plan trajectplannen inzicht uitvoerder uitvoering \
       vrijwilligersorganisatie ladder target aanpak approach provider \
       leerkracht kopje koffie afloop kanswijk zaken overheid vorm vormen \
       dienstverlening product voorziening service services boodschap boodschappen \
       werkgeversdienstverlening match functie uitgangspunt homework huiswerk branche \
       lezen leest"),
    // --- technical: means ------------------------------------------------------------------
    g(C::Means, 1.0, U::Input, true,
      "les cursus training workshop sessie module bijeenkomst cursusdag lesdag taalles rijles scholing \
       lesson course class session rit ritten ride rides"),
    g(C::Means, 1.0, U::None, true,
      "stage internship werkervaringsplaats leerwerkplek taalcursus sollicitatietraining \
       budgetcursus therapie therapy inloopochtend dagprogramma briefing huiswerkbegeleiding \
       koffiezetapparaat maaltijd meal apparaat machine laptop computer tablet busje vervoer taxi \
       minibus minibusje busjes \
       platform leerplatform app \
       kleding sportkleding lesmateriaal cursusmateriaal materiaal materials equipment \
       boek textbook huisbezoek werkervaringsplek"),
    g(C::Means, 0.8, U::None, true,
      "opleiding vakopleiding intake assessment programma programme program coaching guide \
       pakket pack subsidie subsidy subsidies behandeling treatment folder leaflet brochure application applications telefoonlijn telefoontje hulplijn helpline hotline vacaturebank toegang access kinderopvang opvang \
       childcare gebruikmaken \
       mentoring toeleiding toeleiden toeleidt dagbesteding diagnose orientatie screening \
       test proefplaatsing werkstage groepsbijeenkomst schuldsanering sanering budgetbeheer \
       bewindvoering"),
    g(C::Means, 0.6, U::None, false, "cv"),
    g(C::Means, 0.6, U::None, true, "groep group"),
    g(C::MeansGeneric, 0.35, U::Input, true,
      "begeleiding gesprek contactmoment bezoek instrument visit meeting"),
    g(C::MeansGeneric, 0.35, U::None, true,
      "ondersteuning hulp hulpverlening activiteit inzet counselling counseling visited coached interview \
       jongerenwerk buurtwerk welzijnswerk opbouwwerk straatwerk \
       called phoned contacted gebeld bezocht \
       begeleiden begeleidt begeleid ondersteunen ondersteunt bemiddeling support help guidance assistance \
       activity activities"),
    // --- technical: staff and qualifications -----------------------------------------------
    g(C::Staff, 0.6, U::None, true,
      "psycholoog docent leraar fysiotherapeut therapeut coach trainer begeleider \
       hulpverlener verpleegkundige jongerenwerker werker consulent mentor \
       instructeur tolk psychologist teacher therapist physiotherapist counsellor counselor \
       nurse instructor caseworker interpreter tutor"),
    g(C::Staff, 0.4, U::None, true,
      "medewerker personeel projectleider vrijwilliger team staff volunteer professional \
       contactpersoon maatje buddy"),
    g(C::Staff, 0.6, U::None, true, "hunter"),
    g(C::Staff, 0.6, U::None, true,
      "klantmanager trajectbegeleider jobhunter ervaringsdeskundige casemanager regisseur \
       adviseur adviser advisor opleider praktijkopleider werkbegeleider leermeester werkmeester coördinator coordinator supervisor \
       schuldhulpverlener arbeidsdeskundige ergotherapeut psychiater sleutelfiguur voorman \
       accountmanager werkleider"),
    g(C::Qualification, 0.8, U::None, false,
      "gecertificeerd certificering geregistreerd bevoegd gediplomeerd erkend opgeleid \
       geschoold nvvk ervaren vakbekwaam vakbekwaamheid certified qualified registered \
       licensed accredited trained recognised recognized experienced hkz iso keurmerk"),
    g(C::Qualification, 0.7, U::None, true, "ervaring experience expertise deskundigheid"),
    g(C::Credential, 0.8, U::None, true, "diploma certificaat certificate licence license rijbewijs"),
    // Round 29: experience shown by references ("aangetoond met drie referenties") is a
    // qualification of the staff or the bidder, as a diploma is.
    g(C::Qualification, 0.7, U::None, true, "referentie referenties referentieproject referentieprojecten"),
    g(C::Credential, 0.8, U::None, false, "mbo hbo big"),
    // --- technical: place, time, method, process -------------------------------------------
    g(C::Place, 0.5, U::None, true,
      "vestiging locatie kantoor buurthuis dorpshuis wijkcentrum gemeentehuis stadhuis \
       jongerencentrum klaslokaal leslokaal lokaal gebouw pand werkplaats groenvoorziening \
       office branch premises classroom venue location site building winkel bibliotheek \
       library taalhuis leerwerkbedrijf werkbedrijf punt loket workplace kamer"),
    g(C::Place, 0.8, U::None, false, "buitenland abroad"),
    g(C::Place, 0.0, U::None, false, "wijk centrum dorp stad centre center"),
    g(C::Place, 0.5, U::None, false, "thuis home"),
    g(C::Schedule, 0.6, U::None, true,
      "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag wekelijks tweewekelijks \
       dagelijks maandelijks openingstijd openingstijden spreekuur wachttijd wachtlijst \
       doorlooptijd rooster duur monday tuesday wednesday thursday friday saturday sunday \
       weekly daily monthly fortnightly schedule timetable bereikbaar reachable schooltijd \
       quarterly jaarlijks halfjaarlijks yearly annual annually open geopend \
       schooltijden werktijd werktijden kantoortijd kantoortijden lestijd lestijden schooluren \
       werkuren kantooruren"),
    g(C::Schedule, 0.4, U::None, false, "duurt lasting"),
    g(C::Schedule, 0.5, U::Input, true,
      "ochtend middag avond morning afternoon evening"),
    g(C::None, 0.0, U::Input, true, "uur dagdeel keer hour time times"),
    g(C::None, 0.0, U::Time, true,
      "dag werkdag week maand jaar kwartaal halfjaar schooljaar day month year quarter"),
    g(C::None, 0.0, U::Result, true, "traject trajectory uitstromer"),
    g(C::OutcomeCost, 1.0, U::None, true,
      "bonus malus resultaatfinanciering trajectprijs resultaatbeloning"),
    g(C::InputCost, 1.0, U::None, true,
      "uurtarief uurprijs lesprijs cursusprijs inputfinanciering lesgeld"),
    g(C::Method, 0.9, U::None, true,
      "methode methodiek protocol method methodology krachtwerk gedragstherapie model"),
    g(C::Method, 0.9, U::None, false, "ips cgt cbt mst"),
    g(C::Method, 0.6, U::None, true, "werkwijze oplossingsgericht"),
    g(C::Process, 0.7, U::None, true,
      "overleg overleggen overlegt casusoverleg registratie rapportage voortgangsrapportage kwartaalrapportage rapporteren \
       rapporteert verslag verslaglegging weekrapportage accordering goedkeuring goedgekeurd goedkeuren \
       persoonsgegevens privacy \
       klantvolgsysteem systeem system portaal portal gemeld meldt melden dossier prijsverhoging reporting registration \
       approval records"),
    g(C::Process, 0.4, U::None, false, "report reports"),
    g(C::Process, 0.6, U::None, true, "onderzoek enquete survey record logboek logbook kasboek"),
    g(C::Process, 0.5, U::None, true, "overzicht overview opgesteld opstellen"),
    g(C::Process, 0.5, U::None, false, "trajectplan keurt keuren aansluiten aansluiting"),
    g(C::Process, 0.6, U::None, false, "avg gdpr probleemanalyse"),
    // Round 30: clients' say in the provider's service (a panel, a council) is a condition
    // of the process, not the participation in society that "participatie" is.
    g(C::Process, 0.6, U::None, false,
      "clientparticipatie clientenparticipatie klantparticipatie klantenpanel clientenpanel klantpanel"),
    g(C::Process, 0.3, U::None, false, "voortgang bijgehouden monitoren progress"),
    g(C::Cost, 0.0, U::None, true,
      "beloond beloning rewarded reward prijs kosten kost tarief vergoeding bedrag betalen betaalt betaling factureren \
       factureert facturering gefactureerd financiert financieren financiering afrekenen \
       afgerekend vergoed vergoeden vergoedt euro eur price cost costs fee fees pay pays paid payment invoice invoiced \
       invoicing charge charged billed funding"),
    // Sums a share can be taken of ("5% van de opdrachtwaarde").
    g(C::Cost, 0.5, U::None, false, "opdrachtwaarde contractwaarde loonsom opdrachtsom aanneemsom contractsom"),
    // --- functional ------------------------------------------------------------------------
    g(C::Result, 0.8, U::Result, true, "plaatsing uitstroom resultaat result outcome placement baanstart"),
    g(C::Result, 0.8, U::None, true,
      "baan banen uitstromen uitstroomt job employment employed participatie \
       participeren participeert participation zelfredzaam zelfredzaamheid schuldenvrij \
       schuldvrij uitkeringsonafhankelijk startbaan arbeidsovereenkomst arbeidscontract \
       dienstverband aanstelling"),
    g(C::Result, 0.7, U::None, true,
      "tevreden tevredenheid klanttevredenheid satisfied satisfaction belastbaarheid \
       routine dagstructuur werkweek zelfstandig zelfstandigheid werkritme dagritme ritme rhythm aankunnen aankan geslaagd succesvol successful \
       schuldregeling independent independently independence stroomt effect"),
    g(C::Result, 0.6, U::None, true,
      "aannemen aangenomen hire hires hired onafhankelijk instroom inflow wage wages loon salaris salary stable stability samenleving maatschappij society zelfvertrouwen arbeidspotentieel stabiel \
       vrijwilligerswerk vrijwilligersplek welzijn leefbaar confidence werkervaring \
       woonruimte inkomen income housing gezond gezonder fit fitter healthy healthier"),
    g(C::Result, 0.5, U::None, true,
      "werk kennis vakkennis duurzaam sustainable gezondheid conditie grip volwaardig woning \
       knowledge work taalvaardigheid"),
    g(C::Result, 0.5, U::None, false, "geplaatst gemotiveerd motivated motivatie motivation trots proud"),
    g(C::Process, 0.6, U::None, false,
      "afgehandeld afhandelen afhandeling behandeld handled processed"),
    g(C::Means, 0.6, U::None, false, "assessed evaluated"),
    g(C::Result, 0.4, U::None, true, "vaardigheden vaardigheid skills competenties stap perspectief"),
    g(C::Problem, 0.3, U::None, true,
      "schuld betalingsachterstand achterstand klacht isolement eenzaamheid eenzaam \
       uitval terugval uitkering bijstand werkloosheid verzuim overlast problemen \
       opvoedproblemen probleem melding crisis huisuitzetting uithuiszetting voedselbank \
       problem ziek ziekte sick illness evicted uitgezet kwijt kwijtraken verliest verliezen criminaliteit crime \
       recidive reoffending delinquency \
       debt debts arrears complaints isolation loneliness lonely evictions eviction \
       benefits unemployment dropout relapse"),
    g(C::Change, 0.5, U::None, false,
      "vergroten vergroot verbeteren verbetert verbeterd verbetering verhogen verhoogt \
       verhoogd verhoging verminderen vermindert verminderd vermindering verlagen verlaagt \
       terugdringen terugdringing afnemen afname dalen daalt daling stijgen stijgt toenemen \
       toename bevorderen bevordert bevorderd doorbreken doorbreekt doorbroken voorkomen \
       voorkomt versterken versterkt behouden behoudt bereiken bereikt behalen behaalt \
       behaald halen haalt gehaald vinden vindt verwerven verwerft opbouwen aflossen \
       afgelost oplossen opgelost verdienen verdient \
       increase increases increased raise raises improve improves improved improvement \
       reduce reduces reduced reduction decrease prevent prevents promote promotes \
       halveren halveert gehalveerd verdubbelen verdubbelt beter betere better \
       strengthen achieve achieves achieved reach reaches reached obtain obtains obtained \
       gain gains find finds earn earns leave leaves toeneemt afneemt groeit groeien settled settle \
       oploopt oplopen \
       uitbreiden breidt verkleinen verkleint halve halved halves doubled doubles \
       sustain sustains sustained"),
    g(C::Level, 0.8, U::None, true,
      "niveau taalniveau level startkwalificatie examen exam staatsexamen beheersen beheerst"),
    g(C::Level, 0.5, U::None, false, "voldoende sufficient enough erk cefr"),
    g(C::Level, 0.7, U::None, true, "qualification kwalificatie"),
    g(C::Result, 0.6, U::None, false, "onderwijs"),
    g(C::Measure, 0.8, U::None, true,
      "procent percent percentage norm meetbaar gemeten aantoonbaar aangetoond \
       participatieladder indicator measurable measured demonstrably demonstrable proven"),
    g(C::Measure, 0.6, U::None, true,
      "meten meting vragenlijst questionnaire formulier form meter evaluatie evaluation score shown rapportcijfer \
       cijfer blijkend blijkt evident"),
    g(C::Measure, 0.6, U::None, false, "rate"),
    g(C::Measure, 0.5, U::None, false,
      "beoordelen beoordeelt beoordeeld waarderen waardeert gewaardeerd rated rates rating"),
    g(C::Purpose, 0.5, U::None, true, "doel doelstelling doelbereik goal aim objective"),
    g(C::Purpose, 0.6, U::None, false, "zodat opdat teneinde waardoor"),
    g(C::Freedom, 0.7, U::None, false,
      "innovatief innovatie vernieuwend vernieuwing creativiteit creatief vrij vrijheid \
       ongeacht integraal innovative innovation creative regardless discretion free whatever"),
    // --- neutral ---------------------------------------------------------------------------
    // Round 33: "Na afloop wil ik zelf ... kunnen bijhouden": a client writing in the first
    // person (not a compound head: "gebruik", "techniek").
    g(C::Client, 0.0, U::Client, false, "ik"),
    g(C::Client, 0.0, U::Client, true,
      "deelnemer klant client jongere statushouder inburgeraar nieuwkomer werkzoekende \
       uitkeringsgerechtigde huishouden gezin ouder bewoner cursist kandidaat werknemer \
       schoolverlater mens kind kinderen zelfstandigen ondernemer inwoner bijstandsgerechtigde verslaafde gedetineerde addict offender \
       prisoner participant child children newcomer jobseeker refugee resident household family \
       families parent youngster employee people person volwassene adult leerling scholier student \
       pupil moeder vader mother father migrant zoekende gerechtigde ontvanger zorger \
       meisje meisjes jongen jongens girl girls boy boys"),
    g(C::Provision, 0.0, U::None, false,
      "aanbieden biedt verzorgen verzorgt organiseren organiseert geven geeft gegeven \
       inzetten zet ingezet ingezette leveren levert geleverd volgen volgt gevolgd gevolgde \
       bijwonen krijgen krijgt ontvangen ontvangt houden gehouden \
       uitgevoerd bezoekt lopen schaft aanschaffen provide provides deliver delivers \
       delivered run runs hold holds attend attends receive receives get gets offer offers \
       offered organise organize organises organizes led gebruiken gebruikt use uses"),
];

/// Phrases: folded words separated by spaces. Matched before single words; the longest match
/// wins. A token matches a phrase word when its folded text or its base form equals it.
#[rustfmt::skip]
static PHRASES: &[(Class, f32, &str)] = &[
    // blockers
    (C::None, 0.0, "target group"),
    (C::None, 0.0, "in de eerste plaats"),
    (C::None, 0.0, "plan van aanpak"),
    (C::None, 0.0, "vaste lasten"),
    (C::None, 0.0, "fixed costs"),
    (C::None, 0.0, "gaat om"),
    (C::None, 0.0, "onder leiding van"),
    // Round 32: the moment of reporting sick starts the clock of a process, no problem.
    (C::None, 0.0, "na de ziekmelding"),
    (C::None, 0.0, "na ziekmelding"),
    (C::Process, 0.7, "wet verbetering poortwachter"),
    // Round 33: a quality mark of re-integration providers, not work ("op werk") to reach.
    (C::Qualification, 0.8, "blik op werk"),
    // results
    (C::Result, 1.0, "aan het werk"),
    (C::Result, 1.0, "aan de slag"),
    (C::Result, 0.8, "naar vermogen"),
    (C::Result, 0.8, "naar school"),
    (C::Result, 0.9, "sluitende begroting"),
    (C::Result, 0.8, "no longer need"),
    (C::Result, 0.8, "no longer needs"),
    (C::Result, 0.8, "niet meer nodig"),
    (C::Result, 0.9, "vaste baan"),
    // Round 29: a workplace "beschut of regulier" that a person has is a placement in work,
    // sheltered or regular, a result as "een vaste baan" is.
    (C::Result, 0.9, "beschut of regulier"),
    (C::Result, 0.9, "regulier of beschut"),
    (C::Result, 0.9, "sheltered or regular"),
    (C::Result, 0.9, "regular or sheltered"),
    // Round 31: a saving on benefit costs (in euros) is what the service yields, a result;
    // vacancies filled by people on benefits are placements; staying with the same employer
    // is job retention ("leidt ertoe dat ... zes maanden bij dezelfde werkgever blijven"); a
    // placement "bij dezelfde werkgever" without staying is no result.
    (C::Result, 0.9, "besparing op uitkeringslasten"),
    (C::Result, 0.9, "besparing op de uitkeringslasten"),
    (C::Result, 0.9, "besparing op uitkeringen"),
    (C::Result, 0.9, "besparing op de uitkeringen"),
    (C::Result, 0.9, "saving on benefits"),
    (C::Result, 0.9, "savings on benefits"),
    (C::Result, 0.9, "saving on benefit costs"),
    (C::Result, 0.9, "savings on benefit costs"),
    (C::Result, 0.9, "vacatures vervuld"),
    (C::Result, 0.9, "vacature vervuld"),
    (C::Result, 0.9, "vacancies filled"),
    (C::Result, 0.8, "bij dezelfde werkgever blijven"),
    (C::Result, 0.8, "bij dezelfde werkgever blijft"),
    (C::Result, 0.8, "bij dezelfde werkgever in dienst"),
    (C::Result, 0.8, "stay with the same employer"),
    (C::Result, 0.8, "stays with the same employer"),
    (C::Result, 0.8, "remain with the same employer"),
    (C::Result, 0.8, "remains with the same employer"),
    // Round 29: a fixed contact person assigned to each participant is staffing, a means, as
    // a key figure or a coach is ("Door elke ouder een vaste contactpersoon toe te wijzen, ...").
    (C::Staff, 0.6, "vaste contactpersoon"),
    (C::Staff, 0.6, "fixed contact person"),
    (C::Staff, 0.6, "single contact person"),
    (C::Means, 1.0, "work placement"),
    (C::Means, 1.0, "work experience placement"),
    (C::Result, 0.6, "op school"),
    (C::Result, 0.8, "in school"),
    (C::Result, 0.9, "at work"),
    (C::Result, 0.8, "kwaliteit van leven"),
    (C::Result, 0.8, "quality of life"),
    (C::Result, 0.7, "regie over"),
    (C::Result, 0.7, "eigen regie"),
    (C::Problem, 0.3, "drop out"),
    (C::Problem, 0.3, "drops out"),
    (C::Problem, 0.3, "dropping out"),
    (C::Result, 0.8, "employment contract"),
    (C::Staff, 0.6, "job coach"),
    (C::Staff, 0.6, "work leader"),
    (C::Staff, 0.6, "job carver"),
    (C::Staff, 0.6, "case manager"),
    (C::Method, 0.7, "job carving"),
    (C::Means, 0.8, "job search"),
    (C::Means, 0.8, "door middel van"),
    (C::Means, 0.8, "by means of"),
    (C::Result, 1.0, "betaald werk"),
    (C::Result, 1.0, "regulier werk"),
    (C::Result, 1.0, "regulier betaald werk"),
    (C::Result, 0.9, "naar werk"),
    (C::Result, 0.9, "op werk"),
    (C::Result, 0.9, "duurzaam werk"),
    (C::Result, 1.0, "economisch zelfstandig"),
    (C::Result, 0.9, "sociaal actief"),
    (C::Result, 0.9, "maatschappelijk actief"),
    (C::Result, 0.9, "doet mee"),
    (C::Result, 0.9, "doen mee"),
    (C::Result, 0.9, "meedoen"),
    (C::Result, 0.8, "deel te nemen"),
    (C::Result, 0.8, "in balans"),
    (C::Result, 0.9, "geen uitkering meer"),
    (C::Result, 0.8, "ready for"),
    (C::Result, 0.8, "klaar voor de arbeidsmarkt"),
    (C::Result, 0.8, "klaar voor werk"),
    (C::Result, 0.9, "geen beroep meer"),
    (C::Result, 0.9, "uit de uitkering"),
    (C::Result, 0.9, "uit de bijstand"),
    (C::Result, 1.0, "paid work"),
    (C::Result, 0.9, "into work"),
    (C::Result, 0.9, "back to work"),
    (C::Result, 0.9, "in work"),
    (C::Result, 0.9, "find work"),
    (C::Result, 0.7, "volunteer work"),
    (C::Result, 0.9, "take part in society"),
    (C::Result, 0.8, "take part"),
    (C::Result, 1.0, "self sufficient"),
    (C::Result, 0.8, "in education"),
    (C::Result, 0.8, "on time"),
    (C::Result, 0.6, "daily life"),
    (C::Result, 0.6, "daily routine"),
    (C::Result, 0.7, "aan te kunnen"),
    (C::Result, 0.8, "op tijd"),
    (C::Result, 0.6, "passend vervolg"),
    (C::Result, 0.8, "in dienst"),
    (C::Result, 0.6, "daily structure"),
    (C::Result, 0.8, "keep their home"),
    (C::Result, 0.8, "stay in their home"),
    (C::Result, 0.8, "back at school"),
    (C::Result, 0.8, "back in school"),
    (C::Result, 0.6, "at school"),
    (C::Result, 0.6, "schrijven zich in"),
    (C::Result, 0.6, "schrijft zich in"),
    (C::None, 0.0, "drempels naar werk"),
    (C::None, 0.0, "weg naar werk"),
    (C::Process, 0.7, "in kaart"),
    (C::Process, 0.7, "certificaat van deelname"),
    (C::Process, 0.7, "bewijs van deelname"),
    (C::Process, 0.7, "certificate of attendance"),
    (C::Process, 0.7, "certificate of participation"),
    (C::Method, 0.5, "werkt met"),
    (C::Method, 0.5, "werken met"),
    (C::Method, 0.5, "works with"),
    (C::Means, 0.8, "phone line"),
    (C::Means, 0.8, "job fair"),
    (C::Means, 0.8, "job club"),
    (C::Means, 0.6, "job application"),
    (C::Schedule, 0.8, "out of hours"),
    (C::Freedom, 0.8, "provider chooses"),
    (C::Freedom, 0.8, "provider decides"),
    (C::Freedom, 0.8, "aanbieder kiest"),
    (C::Freedom, 0.8, "opdrachtnemer kiest"),
    (C::Result, 0.6, "professional knowledge"),
    (C::Result, 0.6, "professional skills"),
    (C::Problem, 0.3, "food bank"),
    (C::Problem, 0.3, "beroep doen op"),
    (C::Problem, 0.3, "beroep op"),
    (C::Problem, 0.3, "beroep doet op"),
    (C::Staff, 0.4, "contact person"),
    (C::None, 0.0, "maken kennis"),
    (C::None, 0.0, "kennis met"),
    (C::None, 0.0, "maakt kennis"),
    (C::None, 0.0, "kennis maken"),
    (C::Freedom, 0.8, "het hoe"),
    (C::Result, 0.6, "training place"),
    (C::Result, 0.6, "volunteer role"),
    (C::Result, 0.6, "volunteer position"),
    (C::Result, 0.6, "volunteer job"),
    (C::Client, 0.0, "school leavers"),
    (C::Client, 0.0, "school leaver"),
    (C::Purpose, 0.6, "draagt bij aan"),
    (C::Purpose, 0.6, "dragen bij aan"),
    (C::Purpose, 0.6, "bijdragen aan"),
    (C::Purpose, 0.6, "draagt ertoe bij"),
    (C::Purpose, 0.6, "draagt er toe bij"),
    (C::Purpose, 0.6, "contributes to"),
    (C::Purpose, 0.6, "contribute to"),
    (C::Purpose, 0.6, "de bedoeling"),
    (C::Means, 0.8, "financial check"),
    (C::Means, 0.8, "home visit"),
    (C::Change, 0.6, "neemt toe"),
    (C::Change, 0.6, "nemen toe"),
    (C::Change, 0.6, "neemt af"),
    (C::Change, 0.6, "nemen af"),
    (C::Place, 0.6, "bevindt zich"),
    (C::Place, 0.6, "bevinden zich"),
    (C::Place, 0.6, "is gevestigd"),
    (C::Place, 0.6, "zijn gevestigd"),
    (C::Level, 1.0, "basic qualification"),
    // measures
    (C::OutcomeCost, 1.0, "no cure"),
    (C::OutcomeCost, 1.0, "integrale prijs"),
    (C::OutcomeCost, 1.0, "integral price"),
    // Round 33: an integral price in plain words.
    (C::OutcomeCost, 1.0, "all inclusive price"),
    (C::OutcomeCost, 1.0, "all in prijs"),
    (C::OutcomeCost, 1.0, "met alles erin"),
    (C::OutcomeCost, 1.0, "alles inbegrepen"),
    (C::OutcomeCost, 1.0, "everything included"),
    (C::OutcomeCost, 1.0, "payment by results"),
    (C::OutcomeCost, 1.0, "pay for results"),
    (C::OutcomeCost, 1.0, "afrekenen op resultaat"),
    (C::InputCost, 1.0, "hourly rate"),
    // paid whatever comes of it: an input
    (C::InputCost, 0.9, "ongeacht het resultaat"),
    (C::InputCost, 0.9, "ongeacht de uitkomst"),
    (C::InputCost, 0.9, "los van het resultaat"),
    (C::InputCost, 0.9, "regardless of the outcome"),
    (C::InputCost, 0.9, "regardless of outcome"),
    (C::InputCost, 0.9, "regardless of the result"),
    (C::InputCost, 0.9, "irrespective of the outcome"),
    (C::InputCost, 0.9, "irrespective of outcome"),
    (C::InputCost, 0.9, "whatever the outcome"),
    (C::InputCost, 1.0, "hourly fee"),
    (C::Measure, 0.8, "de helft"),
    (C::Measure, 0.8, "een kwart"),
    (C::Measure, 0.8, "twee derde"),
    (C::Measure, 0.8, "half of"),
    (C::Measure, 0.8, "a quarter"),
    (C::Measure, 0.8, "two thirds"),
    (C::Measure, 0.8, "three quarters"),
    (C::Measure, 0.8, "drie kwart"),
    (C::Measure, 0.8, "placement rate"),
    // purpose
    (C::Purpose, 0.6, "met als doel"),
    // Round 28: a result named after the means ("..., met als resultaat dat 80% ...",
    // "..., willen we bereiken dat 30% ...") is what the means is for.
    (C::Purpose, 0.6, "met als resultaat"),
    (C::Purpose, 0.6, "met als uitkomst"),
    (C::Purpose, 0.6, "willen we bereiken"),
    (C::Purpose, 0.6, "willen wij bereiken"),
    // Round 29: the provider reaching a result after an opening means ("Door ... toe te
    // wijzen, bereikt de opdrachtnemer dat 15% ...").
    (C::Purpose, 0.6, "bereikt de opdrachtnemer"),
    (C::Purpose, 0.6, "bereikt de aanbieder"),
    (C::Purpose, 0.6, "bereikt opdrachtnemer"),
    (C::Purpose, 0.6, "bereikt de dienstverlener"),
    (C::Purpose, 0.6, "with the result"),
    (C::Purpose, 0.6, "gericht op"),
    (C::Purpose, 0.6, "erop gericht"),
    (C::Purpose, 0.6, "er op gericht"),
    (C::Purpose, 0.6, "leiden tot"),
    (C::Purpose, 0.6, "leidt tot"),
    (C::Purpose, 0.6, "leidend tot"),
    (C::Purpose, 0.6, "leiden naar"),
    (C::Purpose, 0.6, "resulterend in"),
    (C::Purpose, 0.6, "resulteert in"),
    (C::Purpose, 0.6, "so that"),
    (C::Purpose, 0.6, "in order to"),
    (C::Purpose, 0.6, "aimed at"),
    (C::Purpose, 0.6, "with the aim"),
    (C::Purpose, 0.6, "leading to"),
    (C::Purpose, 0.6, "lead to"),
    (C::Purpose, 0.6, "leads to"),
    (C::Purpose, 0.6, "resulting in"),
    // freedom
    (C::Freedom, 0.9, "naar eigen inzicht"),
    (C::Freedom, 0.9, "eigen inzicht"),
    (C::Freedom, 0.9, "ter keuze"),
    (C::Freedom, 0.9, "bepaalt zelf"),
    (C::Freedom, 0.9, "bepalen zelf"),
    (C::Freedom, 0.9, "zelf bepalen"),
    (C::Freedom, 0.9, "kiest zelf"),
    (C::Freedom, 0.9, "zelf kiezen"),
    // Round 33: new forms of the service asked for: room for the provider.
    (C::Freedom, 0.9, "vernieuwende vormen"),
    (C::Freedom, 0.9, "innovatieve vormen"),
    (C::Freedom, 0.8, "open voor"),
    (C::Freedom, 0.8, "staat open"),
    (C::Freedom, 0.7, "aan de aanbieder"),
    (C::Freedom, 0.7, "aan de markt"),
    (C::Freedom, 0.7, "aan de opdrachtnemer"),
    (C::Freedom, 0.7, "laten wij aan"),
    (C::Freedom, 0.7, "laat aan"),
    (C::Freedom, 0.7, "overlaten"),
    (C::Freedom, 0.8, "integrale aanpak"),
    (C::Freedom, 0.8, "gehele traject"),
    (C::Freedom, 0.8, "volledige traject"),
    (C::Freedom, 0.8, "gehele uitvoering"),
    (C::Freedom, 0.8, "hele traject"),
    (C::Freedom, 0.8, "hele uitvoering"),
    (C::Freedom, 0.7, "vorm te geven"),
    (C::Freedom, 0.7, "vorm geven"),
    (C::Freedom, 0.7, "vormgeven"),
    (C::Freedom, 0.7, "eigen aanpak"),
    (C::Freedom, 0.7, "verantwoordelijkheid van de opdrachtnemer"),
    (C::Freedom, 0.9, "niet voorgeschreven"),
    // Round 33: plain words for leaving the means open ("Het maakt ons niet uit of het een
    // cursus ... wordt, zolang ...").
    (C::Freedom, 0.9, "maakt ons niet uit"),
    (C::Freedom, 0.9, "maakt mij niet uit"),
    (C::Freedom, 0.9, "maakt niet uit"),
    (C::Freedom, 0.9, "care how"),
    (C::Freedom, 0.9, "geen eisen"),
    (C::Freedom, 0.9, "own discretion"),
    (C::Freedom, 0.9, "free to choose"),
    (C::Freedom, 0.9, "up to the provider"),
    // Round 33: "the choice of approach is left to the provider".
    (C::Freedom, 0.9, "left to the provider"),
    (C::Freedom, 0.9, "left to the contractor"),
    (C::Freedom, 0.9, "left to the supplier"),
    (C::Freedom, 0.9, "not prescribed"),
    (C::Freedom, 0.9, "any method"),
    (C::Freedom, 0.8, "integrated approach"),
    // technical phrases
    (C::Staff, 0.6, "maatschappelijk werker"),
    (C::Staff, 0.6, "social worker"),
    (C::Staff, 0.6, "youth worker"),
    (C::Place, 1.0, "in de wijk"),
    (C::Place, 1.0, "town hall"),
    (C::Place, 1.0, "community centre"),
    (C::Place, 1.0, "community center"),
    (C::Place, 1.0, "job centre"),
    (C::Place, 1.0, "job center"),
    (C::Place, 0.8, "ter plaatse"),
    (C::Place, 0.6, "vindt plaats"),
    (C::Place, 0.6, "vinden plaats"),
    (C::Place, 0.6, "take place"),
    (C::Place, 0.6, "takes place"),
    (C::Schedule, 0.6, "s avonds"),
    (C::Schedule, 0.6, "s ochtends"),
    (C::Schedule, 0.6, "s middags"),
    (C::Schedule, 0.8, "opening hours"),
    (C::Schedule, 0.8, "waiting time"),
    (C::Schedule, 0.8, "waiting list"),
    (C::Schedule, 0.6, "maximale duur"),
    (C::Means, 1.0, "drop in"),
    (C::Method, 0.9, "triple p"),
    (C::Method, 0.9, "housing first"),
    (C::Method, 0.9, "motiverende gespreksvoering"),
    (C::Method, 0.9, "individuele plaatsing en steun"),
    (C::Method, 0.9, "cognitive behavioural therapy"),
    (C::Method, 0.9, "cognitive behavioral therapy"),
    (C::Method, 0.7, "uniforme werkwijze"),
    (C::Process, 0.7, "ter goedkeuring"),
    (C::Means, 0.7, "gebruik gemaakt van"),
    (C::Means, 0.7, "gebruik maken van"),
    (C::Means, 0.7, "samenwerking met"),
    (C::Means, 0.7, "samenwerking moet"),
    (C::Means, 0.7, "werkt samen met"),
    (C::Means, 0.7, "werken samen met"),
    (C::Means, 0.7, "samenwerken met"),
];

/// Closed word lists used by the rules. Each list is a bit; every token carries the bits of
/// the lists its folded text belongs to (one hash lookup per token), so the rules test a bit
/// instead of comparing strings.
pub(crate) mod fl {
    pub const NEGATION: u128 = 1 << 0;
    pub const WITHOUT: u128 = 1 << 1;
    pub const LESS: u128 = 1 << 2;
    pub const EXAMPLE: u128 = 1 << 3;
    pub const MODAL: u128 = 1 << 4;
    pub const PASSIVE: u128 = 1 << 5;
    pub const OBLIGATION: u128 = 1 << 6;
    pub const PER: u128 = 1 << 7;
    pub const DEADLINE: u128 = 1 << 8;
    pub const DURATION: u128 = 1 << 9;
    pub const LENGTH_AFTER: u128 = 1 << 10;
    pub const LOCATIVE: u128 = 1 << 11;
    pub const TOWARDS: u128 = 1 << 12;
    pub const ACHIEVE: u128 = 1 << 13;
    pub const PROVIDER: u128 = 1 << 14;
    pub const AFTER_TIME: u128 = 1 << 15;
    pub const RELATIVE: u128 = 1 << 16;
    pub const SKIPPABLE: u128 = 1 << 17;
    pub const PRESCRIBE: u128 = 1 << 18;
    pub const AANTAL: u128 = 1 << 19;
    pub const QUANTITY_MODIFIER: u128 = 1 << 20;
    pub const TIME_PER: u128 = 1 << 21;
    pub const DUTCH: u128 = 1 << 22;
    pub const ENGLISH: u128 = 1 << 23;
    pub const ARTICLE: u128 = 1 << 24;
    pub const TAKES_PLACE: u128 = 1 << 25;
    pub const NAME_LINK: u128 = 1 << 26;
    pub const PERCENT: u128 = 1 << 27;
    pub const FRACTION_OF: u128 = 1 << 28;
    pub const HOUR: u128 = 1 << 29;
    pub const COST_LINK: u128 = 1 << 30;
    pub const DETERMINER: u128 = 1 << 31;
    pub const NAME_PREP: u128 = 1 << 32;
    pub const BE: u128 = 1 << 33;
    pub const IN: u128 = 1 << 34;
    pub const WORK_VERB: u128 = 1 << 35;
    pub const HOW_AFTER_WORK: u128 = 1 << 36;
    pub const WORK_SUBJECT: u128 = 1 << 37;
    pub const OF: u128 = 1 << 38;
    pub const PRECEDE_SKIP: u128 = 1 << 39;
    pub const SEGMENT_BREAK: u128 = 1 << 40;
    pub const OM: u128 = 1 << 41;
    pub const TE: u128 = 1 << 42;
    pub const PLAATS: u128 = 1 << 43;
    pub const PARTICLE_VOOR: u128 = 1 << 44;
    pub const PAIR_START: u128 = 1 << 45;
    pub const STAAT: u128 = 1 << 46;
    pub const ABLE: u128 = 1 << 47;
    pub const ZIJN: u128 = 1 << 48;
    /// Number words that count as quantities. "een" and "a" are left out (articles); "één"
    /// is recognised by the tokenizer from its accents.
    pub const NUMBER_WORD: u128 = 1 << 49;
    /// The first word of some phrase (set from the phrase table).
    pub const PHRASE_START: u128 = 1 << 50;
    pub const HAVE: u128 = 1 << 51;
    /// "niet", "not": what follows is not asked (unlike "geen wachttijden", a condition).
    pub const NOT: u128 = 1 << 53;
    pub const COMPARATIVE: u128 = 1 << 54;
    pub const DEPLOY: u128 = 1 << 55;
    pub const EACH: u128 = 1 << 56;
    /// Means that are also states a client can reach ("heeft een dagbesteding").
    pub const STATE_MEANS: u128 = 1 << 52;
    /// Prepositions: a noun right after one (and its articles) is not the subject.
    pub const PREP: u128 = 1 << 57;
    /// Verbs by which the provider answers for a result ("zorgt ervoor dat", "realiseert").
    pub const ENSURE: u128 = 1 << 58;
    /// The buyer as subject: "de gemeente", "wij".
    pub const BUYER: u128 = 1 << 59;
    /// Words of a rating: a mark out of ten is a score ("gemiddeld een 7,5").
    pub const SCORE: u128 = 1 << 60;
    /// Prepositions that open a means at the start of a sentence ("via", "door", "met").
    pub const INSTRUMENT: u128 = 1 << 61;
    /// Verbs by which a client receives or attends a service ("krijgt", "volgt").
    pub const RECEIVE: u128 = 1 << 62;
    /// Verbs by which the provider delivers a service ("biedt", "organiseert", "offers").
    pub const PROVIDE: u128 = 1 << 63;
    /// "over", "about", "on": the topic of a report or an overview.
    pub const ABOUT: u128 = 1 << 64;
    /// Verbs of a state: "heeft", "is", "blijft", "has".
    pub const STATE_VERB: u128 = 1 << 65;
    /// Verbs of a figure that changes or compares: "daalt", "stijgt", "falls", "is lager".
    pub const FIGURE_VERB: u128 = 1 << 66;
    /// Nouns of a figure: "aandeel", "percentage", "share", "aantal".
    pub const FIGURE: u128 = 1 << 67;
    /// "to" (English): a direction after a means and its object.
    pub const TO: u128 = 1 << 68;
    /// "als", "as": the role someone takes up.
    pub const AS: u128 = 1 << 69;
    /// Depending on help: "afhankelijk", "beroep", "need", "ask".
    pub const DEPENDENT: u128 = 1 << 70;
    /// "eind", "einde", "end": with "van"/"of", a moment ("aan het eind van de cursus").
    pub const END: u128 = 1 << 71;
    /// "zelf", "themselves": the client doing it without help.
    pub const SELF: u128 = 1 << 72;
    /// Measure words that qualify a noun: "aantoonbare ervaring", "proven expertise".
    pub const MEASURE_ADJ: u128 = 1 << 73;
    /// Measuring instruments: "vragenlijst", "questionnaire", "survey".
    pub const INSTRUMENT_NOUN: u128 = 1 << 74;
    /// Comparatives before a figure: "een lager aantal", "a higher share".
    pub const COMPARATIVE_ADJ: u128 = 1 << 75;
    /// Participles of a process in the passive: "geregistreerd", "registered".
    pub const PROCESS_PARTICIPLE: u128 = 1 << 76;
    /// "door", "by": the agent of a passive.
    pub const BY: u128 = 1 << 77;
    /// English participles that do not end in "-ed": "held", "given", "run".
    pub const PARTICIPLE: u128 = 1 << 78;
    /// Verbs of rating: "beoordelen", "waarderen", "rate".
    pub const RATING_VERB: u128 = 1 << 89;
    /// Prepositions after "take part", "deelnemen": "in", "aan".
    pub const ATTEND_PREP: u128 = 1 << 79;
    /// "zo", "zodanig", "such": "zo ... dat" is a purpose.
    pub const SO: u128 = 1 << 80;
    /// "of", "or", "en", "and": a list.
    pub const COORD: u128 = 1 << 81;
    /// "thuis", "home": a place of delivery only when something is done there.
    pub const HOME: u128 = 1 << 82;
    /// Conjunctions that open a condition before the main clause: "indien", "if".
    pub const SUBORDINATOR: u128 = 1 << 83;
    /// Prepositions that link a measure to its instrument: "met", "uit", "op", "with", "on".
    pub const MEASURE_PREP: u128 = 1 << 84;
    /// Verbs of ensuring that need "dat"/"that" to ensure a result ("zorgt dat", not "zorgt
    /// voor een coach").
    pub const ENSURE_THAT: u128 = 1 << 85;
    /// "dat", "that".
    pub const THAT: u128 = 1 << 86;
    /// "werkgever", "employer": served by the re-integration service like a client.
    pub const EMPLOYER: u128 = 1 << 87;
    /// "bestaat uit", "omvat", "consists of": the parts of the service follow.
    pub const CONSISTS: u128 = 1 << 88;
}

/// Words that open a shape one rule looks for (`tw::*`), kept apart from the lists in `fl`
/// (whose bits the rules also test as a whole, "a word on no list"): a rule asks for its bit
/// before it compares the words, which spares the comparisons on every other word.
pub(crate) mod tw {
    /// "een", "a", "nul", "zero", "nihil", "geen", "not", "no": a target in words may open here.
    pub const WORD_TARGET: u32 = 1 << 0;
    /// Auxiliaries and verbs that open a perfect or a separable verb of change or completion,
    /// and the participles of change (`perfect_changes`).
    pub const PERFECT: u32 = 1 << 1;
    /// "even", "evenveel", "evenvaak", "net", "as": a comparison of parity may open here.
    pub const PARITY: u32 = 1 << 2;
    /// "meer", "minder", "more", "fewer": a count of clients that changes.
    pub const COUNT: u32 = 1 << 3;
    /// "ook", "zelfs", "even", "zolang", "as": a concessive clause may open here.
    pub const CONCESSIVE: u32 = 1 << 4;
    /// "inclusief", "including", "inclusive".
    pub const INCLUSIVE: u32 = 1 << 5;
    /// "in" ("in dienst van"), "employed" ("employed by").
    pub const EMPLOYMENT: u32 = 1 << 6;
    /// "groep", "leerjaar": a school year may follow.
    pub const SCHOOL_YEAR: u32 = 1 << 7;
    /// Words that open a comparison with before without a comparative's list bit ("beter",
    /// "vaker", "ten opzichte van", "vergeleken met", ...).
    pub const BASELINE: u32 = 1 << 8;
    /// Verbs of getting in touch: "bereiken", "bellen", "terecht", "reach", "call".
    pub const CONTACT: u32 = 1 << 9;
    /// "from", "van", "vanaf": a span may open here.
    pub const SPAN: u32 = 1 << 10;
    /// "dat", "waarop", "wanneer", "when", "while": a clause of time may follow a schedule.
    pub const WHEN: u32 = 1 << 11;
    /// Verbs of keeping and "uit"/"from" (paid from): a kept benefit may follow.
    pub const KEEP: u32 = 1 << 12;
    /// Round 33: "met", "with": a phrase of means may open here.
    pub const MET_WITH: u32 = 1 << 13;
    /// Round 33: verbs of bringing a result about ("bereiken dat", "realiseert").
    pub const BRING_ABOUT: u32 = 1 << 14;
}

/// The members of each `tw` list: exactly the words the rule compares.
#[rustfmt::skip]
static TRIGGER_LISTS: &[(u32, &str)] = &[
    (tw::WORD_TARGET, "een a nul zero nihil geen not no none"),
    (tw::PERFECT,
     "is zijn was waren wordt worden werd werden maakt maken rondt ronden neemt nemen nam namen \
      gedaald gestegen afgenomen toegenomen gegroeid verdubbeld gehalveerd"),
    (tw::PARITY, "even evenveel evenvaak net as"),
    (tw::COUNT, "meer minder more fewer"),
    (tw::CONCESSIVE, "ook zelfs even zolang as"),
    (tw::INCLUSIVE, "inclusief including inclusive"),
    (tw::EMPLOYMENT, "in employed"),
    (tw::SCHOOL_YEAR, "groep leerjaar"),
    (tw::BASELINE, "beter better vaker often eerder sooner earlier ten vergeleken compared"),
    (tw::CONTACT, "bereiken bereikt bellen belt mailen mailt appen appt terecht reach call phone email text contact"),
    (tw::SPAN, "from van vanaf"),
    (tw::WHEN, "dat waarop wanneer when while"),
    (tw::KEEP, "behoudt behouden houdt houden keeps keep retains retain uit from"),
    (tw::MET_WITH, "met with"),
    (tw::BRING_ABOUT, "bereiken bereikt realiseren realiseert bewerkstelligen bewerkstelligt achieve achieves"),
];

/// The members of each list.
#[rustfmt::skip]
static FLAG_LISTS: &[(u128, &str)] = &[
    (fl::NEGATION, "niet geen not no never nooit cannot"),
    (fl::WITHOUT, "zonder without"),
    (fl::LESS, "minder less fewer lager lower nieuwe"),
    (fl::EXAMPLE, "bijvoorbeeld zoals bijv bv waaronder including inclusief"),
    (fl::MODAL, "kan kunnen kon konden can could able staat"),
    (fl::PASSIVE, "worden wordt werd be been being"),
    (fl::OBLIGATION,
     "moet moeten dient dienen verplicht verplichte uitsluitend altijd must shall required \
      mandatory always"),
    (fl::PER, "per"),
    (fl::DEADLINE, "binnen na within after uiterlijk"),
    (fl::DURATION, "van gedurende for lasting of during"),
    (fl::LENGTH_AFTER, "lang long"),
    (fl::LOCATIVE, "in op bij vanuit at on from te"),
    (fl::TOWARDS, "naar into towards"),
    (fl::ACHIEVE,
     "vindt vinden vond behaalt behalen haalt halen ronden rondt afronden afgerond find \
      finds obtain obtains gain gains reach reaches achieve achieves complete completes \
      finish finishes"),
    (fl::PROVIDER,
     "aanbieder opdrachtnemer uitvoerder dienstverlener reintegratiebedrijf inschrijver makelaar broker \
      bureau organisatie instelling provider contractor organisation organization supplier"),
    (fl::AFTER_TIME, "after na nadat later leave leaves leaving verlaten verlaat"),
    (fl::RELATIVE, "die dat who that welke which"),
    (fl::SKIPPABLE,
     "de het een the a an elke elk iedere ieder each every afgerond afgeronde gevolgde \
      gevolgd ingezet ingezette gegeven geslaagd geslaagde succesvol succesvolle completed \
      successful individuele individueel persoonlijke persoonlijk extra vaste vast aparte \
      losse one individual personal group groeps our onze"),
    (fl::PRESCRIBE, "schrijft schrijven schrijf prescribe prescribes"),
    (fl::AANTAL, "aantal number"),
    (fl::QUANTITY_MODIFIER,
     "minimaal maximaal min max ten minste hoogste telkens at least most up to ongeveer circa about"),
    (fl::TIME_PER, "per a an in each every"),
    (fl::DUTCH,
     "de het een en van voor met op is zijn wordt die dat te naar niet aan bij als ook om \
      heeft moet worden deze"),
    (fl::ENGLISH,
     "the a an and of for with on is are to that who not at by be as also has must this \
      their they it"),
    (fl::ARTICLE, "de het een the a an"),
    (fl::TAKES_PLACE, "vindt vinden vond vonden"),
    (fl::NAME_LINK, "en and van of"),
    (fl::PERCENT, "procent percent"),
    // Round 33: "vd" is memo shorthand for "van de" ("in 90% vd gevallen").
    (fl::FRACTION_OF, "van of op uit vd"),
    (fl::HOUR, "uur hours u uhr"),
    (fl::COST_LINK, "van voor de het the of for een a an"),
    (fl::DETERMINER, "de het een the a an our onze eigen its their haar"),
    (fl::NAME_PREP, "in vanuit te"),
    (fl::BE, "is are be been was"),
    (fl::IN, "in"),
    (fl::WORK_VERB, "werkt werken work works"),
    (fl::HOW_AFTER_WORK, "met volgens samen uitsluitend vanuit aan in op"),
    (fl::WORK_SUBJECT, "aanbieder opdrachtnemer uitvoerder wij we gemeente"),
    (fl::OF, "of aan"),
    (fl::PRECEDE_SKIP, "de het een the a an nieuwe new meer more any"),
    (fl::SEGMENT_BREAK, "maar but echter however zodat"),
    (fl::OM, "om"),
    (fl::TE, "te"),
    (fl::PLAATS, "plaats"),
    (fl::PARTICLE_VOOR, "voor"),
    (fl::PAIR_START, "voor for based op onder such e o in rather instead tussen between van from"),
    (fl::STAAT, "staat"),
    (fl::ABLE, "able"),
    (fl::ZIJN, "zijn"),
    (fl::HAVE, "heeft hebben has have ingeschreven enrolled"),
    (fl::NOT, "niet not"),
    (fl::EACH, "elke elk iedere ieder each every alle all"),
    (fl::DEPLOY, "zet zetten inzetten ingezet inzet employ employs deploy deploys deployed"),
    (fl::COMPARATIVE, "meer langer minder vaker more longer less fewer"),
    (fl::STATE_MEANS,
     "dagbesteding opleiding training beroepsopleiding stage stageplek stageplaats werkervaringsplaats \
      werkervaringsplek leerwerkplek school education"),
    (fl::PREP,
     "aan naast behalve besides na binnen bij per voor via door met in op tijdens van naar over uit onder tot vanaf \
      vanuit zonder after within for with by in on at of from to over during via through \
      under until without into"),
    (fl::ENSURE,
     "zorgt zorgen draagt dragen garandeert garanderen realiseert realiseren bewerkstelligt \
       helpt helpen helps \
      bereikt bereiken ensures ensure guarantees guarantee achieves realises realizes secures"),
    (fl::BUYER, "gemeente gemeenten wij we municipality council opdrachtgever"),
    (fl::SCORE,
     "gemiddeld gemiddelde cijfer rapportcijfer score scores beoordelen beoordeelt beoordeeld \
      waarderen waardeert gewaardeerd waardering rate rates rated rating average averages \
      tevreden tevredenheid klanttevredenheid satisfied satisfaction mark scoort scoren scoorde scored"),
    (fl::INSTRUMENT, "via door met vanuit through using with"),
    (fl::RECEIVE,
     "krijgt krijgen ontvangt ontvangen volgt volgen doorloopt doorlopen lopen loopt gets get \
      use uses gebruiken gebruikmaken gevolgd attended bijgewoond \
      receives receive follows follow attends attend"),
    (fl::PROVIDE,
     "biedt bieden levert leveren organiseert organiseren verzorgt verzorgen geeft geven \
      plaatst plaatsen stelt stellen houdt houden voert voeren hanteert hanteren gebruikt \
      gebruiken betrekt betrekken offers offer provides provide delivers deliver runs run \
      organises organizes organise organize holds hold uses use assigns assign places \
      arranges arrange"),
    (fl::ABOUT, "over van on about of omtrent inzake"),
    (fl::STATE_VERB,
     "heeft hebben is zijn has have are blijft blijven remains remain stays stay"),
    (fl::FIGURE_VERB,
     "daalt dalen stijgt stijgen groeit groeien halveert halveren verdubbelt lager hoger gelijk \
      korter shorter langer longer sneller faster \
      afneemt toeneemt decreases increases decrease increase \
      kleiner groter minder meer falls fall drops drop rises rise grows grow halves \
      lower higher below above onder boven"),
    (fl::FIGURE,
     "aandeel percentage aantal deel share number proportion rate helft half gemiddelde"),
    (fl::TO, "to"),
    (fl::END, "eind einde end afronding afsluiting afloop"),
    (fl::AS, "als as"),
    (fl::MEASURE_ADJ,
     "aantoonbaar aantoonbare aangetoond aangetoonde bewezen proven demonstrable demonstrated"),
    (fl::INSTRUMENT_NOUN,
     "vragenlijst vragenlijsten questionnaire questionnaires meting metingen enquete survey \
      formulier form schaal scale matrix meter evaluatie evaluation onderzoek"),
    (fl::COMPARATIVE_ADJ,
     "lager lagere hoger hogere kleiner kleinere groter grotere lower higher smaller larger \
      bigger greater"),
    (fl::PROCESS_PARTICIPLE, "geregistreerd registered gemeld reported"),
    (fl::BY, "door by"),
    (fl::RATING_VERB,
     "beoordelen beoordeelt beoordeeld waarderen waardeert gewaardeerd rate rates rated rating"),
    (fl::COORD, "of or en and"),
    (fl::HOME, "thuis home"),
    (fl::ENSURE_THAT, "zorgt zorgen draagt dragen garandeert garanderen ensures ensure guarantees guarantee"),
    (fl::THAT, "dat that"),
    (fl::EMPLOYER, "werkgever werkgevers employer employers"),
    (fl::CONSISTS, "bestaat bestaan omvat omvatten consists consist comprises comprise includes"),
    (fl::MEASURE_PREP, "met uit volgens with from by"),
    (fl::SUBORDINATOR,
     "indien als wanneer zodra nadat voordat zolang terwijl if when once whenever while before"),
    (fl::ATTEND_PREP, "in aan bij at"),
    (fl::SO, "zo zodanig such"),
    (fl::PARTICIPLE, "held given run paid seen taken done met led made sent taught kept brought"),
    (fl::SELF, "zelf zelfstandig themselves himself herself independently"),
    (fl::DEPENDENT, "afhankelijk afhankelijkheid dependent dependence reliant beroep need needs ask asks"),
    (fl::NUMBER_WORD,
     "twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien \
      zestien achttien twintig dertig veertig vijftig zestig honderd anderhalf eens one two \
      three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty \
      fifty sixty hundred once twice x y"),
];

/// Word pairs and triples checked where a token has `fl::PAIR_START`.
pub(crate) mod pairs {
    pub const EXAMPLE: &[[&str; 2]] =
        &[["onder", "andere"], ["for", "example"], ["for", "instance"], ["such", "as"], ["e", "g"], ["o", "a"]];
    pub const PER: &[[&str; 2]] =
        &[["voor", "elke"], ["voor", "elk"], ["voor", "iedere"], ["for", "each"], ["for", "every"], ["based", "on"]];
    pub const PER_TRIPLE: &[[&str; 3]] = &[["op", "basis", "van"]];
    pub const INSTEAD: &[[&str; 3]] = &[["in", "plaats", "van"], ["rather", "than", ""], ["instead", "of", ""]];
    pub const BETWEEN: &[(&str, &str)] =
        &[("tussen", "en"), ("between", "and"), ("van", "tot"), ("from", "to"), ("from", "until")];
}

/// Words that tell the topic of a sentence, for the rewrite template.
#[rustfmt::skip]
static TOPICS: &[(Topic, &str)] = &[
    (Topic::Language,
     "taal nt2 nederlands dutch language inburgering inburgeraar inburgeringsexamen \
      statushouder lezen schrijven spreken spreekt read write speak newcomer tolk interpreter \
      taalniveau taalles taalcursus taalcoach taalonderwijs letters"),
    (Topic::Work,
     "werk vak baan job sollicitatie sollicitatietraining werkgever employer plaatsing placement \
      arbeidsmarkt employment stage internship uitstroom cv jobcoach werkervaringsplaats \
      vakopleiding vakkennis werkritme work"),
    (Topic::Debt,
     "schuld schulden schuldhulp schuldhulpverlener budget budgetcursus budgetcoach \
      budgetbeheer geld financieel debt budgeting money arrears schuldregeling \
      betalingsachterstand"),
    (Topic::Care,
     "zorg psycholoog psychologist therapie therapy klachten gezondheid huishoudelijke thuis \
      care health verpleegkundige nurse wonen zorgaanbieder fysiotherapeut gezond gezonder fit fitter \
      healthy healthier welzijn welbevinden wellbeing"),
    (Topic::Youth,
     "jongere jongeren jongerenwerker school startkwalificatie ouders opvoeding young youth \
      parents schoolverlater education opvoedproblemen gezin gezinnen"),
    (Topic::Activation,
     "vrijwilligerswerk vrijwilliger participatie activering isolement eenzaam eenzaamheid \
      dagbesteding meedoen volunteer participation society samenleving inloopochtend sport \
      sportprogramma activeringstraject maatschappelijke"),
];

/// A small, fast hasher for short keys. Not collision-resistant against chosen input; the
/// maps hold the static tables above and a per-text cache.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    // Eight bytes at a time (the Fx scheme), which matters for the per-token lookups.
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
        self.0 = h;
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A phrase of the lexicon, split into words.
pub(crate) struct Phrase {
    pub words: Vec<&'static str>,
    pub class: Class,
    pub weight: f32,
}

/// The built lexicon (once per process).
pub(crate) struct Lexicon {
    words: FastMap<&'static str, (&'static str, Entry, Option<Topic>)>,
    flags: FastMap<&'static str, u128>,
    triggers: FastMap<&'static str, u32>,
    topics: FastMap<&'static str, Topic>,
    /// Phrases by their first word, longest first.
    phrases: FastMap<&'static str, Vec<Phrase>>,
    /// Head words by their last three letters, longest first.
    heads: FastMap<[u8; 3], Vec<&'static str>>,
}

/// The result of looking a word up.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub lemma: &'static str,
    pub entry: Entry,
    /// For a compound: the entry of its first part, if known ("cursus" in "cursusprijs").
    pub modifier: Option<Entry>,
    pub topic: Option<Topic>,
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

/// The lexicon, built on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    LEXICON.get_or_init(Lexicon::build)
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut words: FastMap<&'static str, (&'static str, Entry, Option<Topic>)> = FastMap::default();
        let mut heads: FastMap<[u8; 3], Vec<&'static str>> = FastMap::default();
        for group in GROUPS {
            for w in group.words.split_whitespace() {
                let entry = Entry { class: group.class, weight: group.weight, unit: group.unit };
                if words.contains_key(w) {
                    continue;
                }
                words.insert(w, (w, entry, None));
                if let [.., x, y, z] = w.as_bytes() {
                    if group.head {
                        heads.entry([*x, *y, *z]).or_default().push(w);
                    }
                }
            }
        }
        let mut topics: FastMap<&'static str, Topic> = FastMap::default();
        for &(topic, list) in TOPICS {
            for w in list.split_whitespace() {
                topics.entry(w).or_insert(topic);
            }
        }
        for (w, value) in words.iter_mut() {
            value.2 = topics.get(w).copied();
        }
        let mut phrases: FastMap<&'static str, Vec<Phrase>> = FastMap::default();
        for &(class, weight, text) in PHRASES {
            let ws: Vec<&'static str> = text.split_whitespace().collect();
            if let Some(&first) = ws.first() {
                phrases.entry(first).or_default().push(Phrase { words: ws, class, weight });
            }
        }
        for list in phrases.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
        let mut flags: FastMap<&'static str, u128> = FastMap::default();
        for &(bit, list) in FLAG_LISTS {
            for w in list.split_whitespace() {
                *flags.entry(w).or_insert(0) |= bit;
            }
        }
        for list in heads.values_mut() {
            list.sort_by_key(|h| std::cmp::Reverse(h.len()));
        }
        let mut triggers: FastMap<&'static str, u32> = FastMap::default();
        for &(bit, list) in TRIGGER_LISTS {
            for w in list.split_whitespace() {
                *triggers.entry(w).or_insert(0) |= bit;
            }
        }
        // Phrase openers get a bit, so the rules look phrases up only where one may start.
        for first in phrases.keys() {
            *flags.entry(first).or_insert(0) |= fl::PHRASE_START;
        }
        Lexicon { words, flags, triggers, topics, phrases, heads }
    }

    /// The list bits (`fl::*`) of a folded word.
    pub(crate) fn flags(&self, word: &str) -> u128 {
        self.flags.get(word).copied().unwrap_or(0)
    }

    /// The trigger bits (`tw::*`) of a folded word.
    pub(crate) fn triggers(&self, word: &str) -> u32 {
        self.triggers.get(word).copied().unwrap_or(0)
    }

    /// Phrases starting with `word`.
    pub(crate) fn phrases(&self, word: &str) -> &[Phrase] {
        self.phrases.get(word).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The topic of a word (its base form), if any.
    pub(crate) fn topic(&self, word: &str) -> Option<Topic> {
        self.topics.get(word).copied()
    }

    fn exact(&self, word: &str) -> Option<(&'static str, Entry)> {
        self.words.get(word).map(|&(l, e, _)| (l, e))
    }

    fn exact_with_topic(&self, word: &str) -> Option<(&'static str, Entry, Option<Topic>)> {
        self.words.get(word).copied()
    }

    /// Looks a folded word up: exact, then inflected forms, then as a compound.
    /// `scratch` is a reusable buffer.
    pub(crate) fn lookup(&self, word: &str, scratch: &mut String) -> Option<Hit> {
        if word.len() < 2 || word.len() > 48 || !word.is_ascii() {
            // Non-ASCII after folding: not in the (ASCII) lexicon; skip the stemmer, which
            // slices by bytes and is written for ASCII.
            return self.exact(word).map(|(lemma, entry)| Hit {
                lemma,
                entry,
                modifier: None,
                topic: self.topic(lemma),
            });
        }
        // "less" is no plural of "les" (lesson), nor is "homeless" a compound of it.
        if not_inflected(word) {
            return None;
        }
        // 1. The word itself and its inflected forms.
        let mut found: Option<(&'static str, Entry, Option<Topic>)> = None;
        for_each_form(word, scratch, &mut |form| {
            if found.is_none() {
                found = self.exact_with_topic(form);
            }
            found.is_some()
        });
        if let Some((lemma, entry, topic)) = found {
            return Some(Hit { lemma, entry, modifier: None, topic });
        }
        // 2. A compound: the longest known head at the end, with a first part of at least
        //    three letters. Only for words long enough to be compounds.
        if word.len() < 6 {
            return self.topic(word).map(|topic| Hit {
                lemma: "",
                entry: Entry { class: Class::None, weight: 0.0, unit: Unit::None },
                modifier: None,
                topic: Some(topic),
            });
        }
        let mut hit: Option<Hit> = None;
        for_each_form(word, scratch, &mut |form| {
            hit = self.compound(form);
            hit.is_some()
        });
        if hit.is_none() {
            if let Some(topic) = self.topic(word) {
                return Some(Hit {
                    lemma: "",
                    entry: Entry { class: Class::None, weight: 0.0, unit: Unit::None },
                    modifier: None,
                    topic: Some(topic),
                });
            }
        }
        hit
    }

    fn compound(&self, form: &str) -> Option<Hit> {
        let len = form.len();
        let b = form.as_bytes();
        if len < 6 {
            return None;
        }
        // Heads ending in the same three letters as the word, longest first.
        let key = [b[len - 3], b[len - 2], b[len - 1]];
        let candidates = self.heads.get(&key)?;
        for &head in candidates {
            if head.len() + 3 > len || !form.ends_with(head) {
                continue;
            }
            let split = len - head.len();
            let Some(first) = form.get(..split) else {
                continue;
            };
            let Some((lemma, entry)) = self.exact(head) else {
                continue;
            };
            // A three-letter first part is often a particle ("aan-melding", "op-leiding"):
            // only accept known words ("job-coach", "vak-kennis").
            if split < 4 && self.exact(first).is_none() && self.topic(first).is_none() {
                continue;
            }
            let (modifier, mod_topic) = self.modifier(first);
            let topic = mod_topic.or_else(|| self.topic(lemma));
            return Some(Hit { lemma, entry, modifier, topic });
        }
        None
    }

    /// The first part of a compound, with linking letters removed ("deelnemers" →
    /// "deelnemer", "plaatsings" → "plaatsing").
    fn modifier(&self, first: &str) -> (Option<Entry>, Option<Topic>) {
        let mut candidates: [&str; 4] = [first; 4];
        if let Some(s) = first.strip_suffix('s') {
            candidates[1] = s;
        }
        if let Some(s) = first.strip_suffix("en") {
            candidates[2] = s;
        }
        if let Some(s) = first.strip_suffix('e') {
            candidates[3] = s;
        }
        let mut entry = None;
        let mut topic = None;
        for c in candidates {
            if entry.is_none() {
                entry = self.exact(c).map(|(_, e)| e);
            }
            if topic.is_none() {
                topic = self.topic(c);
            }
        }
        if entry.is_none() && first.len() >= 6 {
            // A compound first part ("huiswerkbegeleidings"): try its own head.
            if let Some(h) = self.compound(first) {
                entry = Some(h.entry);
                topic = topic.or(h.topic);
            }
        }
        (entry, topic)
    }
}

/// Words that look like an inflected form of a lexicon word but are not: English words ending
/// in "less" ("less", "unless", "needless", "homeless", "jobless", "regardless") are no plural
/// of "les" (lesson) and no compound ending in it. A Dutch word ends in "les" or "lessen",
/// never in "less".
fn not_inflected(word: &str) -> bool {
    word.ends_with("less")
}

/// Calls `f` with the word and its plausible base forms, most likely first, until `f`
/// returns true. ASCII input only.
fn for_each_form(word: &str, scratch: &mut String, f: &mut dyn FnMut(&str) -> bool) {
    if f(word) {
        return;
    }
    let b = word.as_bytes();
    let n = b.len();
    let is_vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    // English "-ies" → "-y" ("agencies").
    if let Some(stem) = word.strip_suffix("ies") {
        scratch.clear();
        scratch.push_str(stem);
        scratch.push('y');
        if f(scratch) {
            return;
        }
    }
    // "-s" (workshops, sessies, courses), "-es" (classes).
    if n > 3 && b[n - 1] == b's' {
        if let Some(stem) = word.get(..n - 1) {
            if f(stem) {
                return;
            }
        }
        if n > 4 && b[n - 2] == b'e' {
            if let Some(stem) = word.get(..n - 2) {
                if f(stem) {
                    return;
                }
            }
        }
    }
    // Dutch "-en" plurals and infinitives, "-e" adjective endings, "-n" ("jongeren").
    for suffix in ["en", "e", "n"] {
        let Some(stem) = word.strip_suffix(suffix) else {
            continue;
        };
        let sb = stem.as_bytes();
        let m = sb.len();
        if m < 2 {
            continue;
        }
        if f(stem) {
            return;
        }
        // Undo consonant doubling: "lessen" → "les", "gesprekken" → "gesprek".
        if m >= 3 && sb[m - 1] == sb[m - 2] && !is_vowel(sb[m - 1]) {
            if let Some(s) = stem.get(..m - 1) {
                if f(s) {
                    return;
                }
            }
        }
        // Restore a long vowel: "psychologen" → "psycholoog", "weken" → "week",
        // "uren" → "uur", "duurzame" → "duurzaam".
        if m >= 2 && !is_vowel(sb[m - 1]) && is_vowel(sb[m - 2]) && (m < 3 || !is_vowel(sb[m - 3])) {
            scratch.clear();
            scratch.push_str(stem.get(..m - 1).unwrap_or(""));
            scratch.push(char::from(sb[m - 2]));
            scratch.push(char::from(sb[m - 1]));
            if f(scratch) {
                return;
            }
        }
        // "v" → "f", "z" → "s": "brieven" → "brief", "huizen" → "huis".
        if let Some(&last) = sb.last() {
            let swapped = match last {
                b'v' => Some('f'),
                b'z' => Some('s'),
                _ => None,
            };
            if let Some(sw) = swapped {
                scratch.clear();
                scratch.push_str(stem.get(..m - 1).unwrap_or(""));
                scratch.push(sw);
                if f(scratch) {
                    return;
                }
            }
        }
    }
    // English "-ed"/"-ing" are listed explicitly where they matter.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class_of(word: &str) -> Option<Class> {
        let mut s = String::new();
        lexicon().lookup(word, &mut s).map(|h| h.entry.class)
    }

    #[test]
    fn no_word_is_listed_twice() {
        let mut seen = std::collections::HashSet::new();
        let mut dups = Vec::new();
        for g in GROUPS {
            for w in g.words.split_whitespace() {
                if !seen.insert(w) {
                    dups.push(w);
                }
            }
        }
        assert!(dups.is_empty(), "listed twice: {dups:?}");
    }

    #[test]
    fn finds_plurals_inflections_and_compounds() {
        assert_eq!(class_of("lessen"), Some(Class::Means));
        // English adjectives in "-less" are no lessons (tune-36: "homeless" read as a means).
        for word in ["homeless", "jobless", "regardless", "needless", "less"] {
            assert_eq!(class_of(word), None, "{word}");
        }
        assert_eq!(class_of("taallessen"), Some(Class::Means));
        // "rij" is too short a first part to be trusted unknown ("rij-les"): listed itself.
        assert_eq!(class_of("rijlessen"), Some(Class::Means));
        assert_eq!(class_of("cursussen"), Some(Class::Means));
        assert_eq!(class_of("psychologen"), Some(Class::Staff));
        assert_eq!(class_of("sessions"), Some(Class::Means));
        assert_eq!(class_of("taalcursus"), Some(Class::Means));
        assert_eq!(class_of("deelnemersregistratie"), Some(Class::Process));
        assert_eq!(class_of("duurzame"), Some(Class::Result));
        assert_eq!(class_of("doelgroep"), Some(Class::None));
        let mut s = String::new();
        let h = lexicon().lookup("stagekosten", &mut s).map(|h| (h.entry.class, h.modifier.map(|m| m.class)));
        assert_eq!(h, Some((Class::Cost, Some(Class::Means))));
        let h = lexicon().lookup("trajectkosten", &mut s).map(|h| h.modifier.map(|m| m.unit));
        assert_eq!(h, Some(Some(Unit::Result)));
    }
}
