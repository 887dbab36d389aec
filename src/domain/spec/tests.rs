//! Unit tests of the analyser: behaviour on known sentences, robustness, span invariants.

use super::*;

fn check_invariants(text: &str, a: &Assessment) {
    let mut last_sentence_end = 0;
    for s in a.sentences() {
        assert!(s.span.start <= s.span.end && s.span.end <= text.len());
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        assert!(s.span.start >= last_sentence_end, "sentences overlap");
        last_sentence_end = s.span.end;
        let mut last_end = s.span.start;
        for sig in &s.signals {
            assert!(sig.span.start < sig.span.end, "empty span");
            assert!(sig.span.start >= last_end, "spans unsorted or overlapping");
            assert!(sig.span.end <= s.span.end, "span outside its sentence");
            assert!(text.is_char_boundary(sig.span.start) && text.is_char_boundary(sig.span.end));
            last_end = sig.span.end;
        }
    }
}

#[test]
fn empty_and_blank_input() {
    for t in ["", " ", "\n\n\t", "...", "·"] {
        let a = assess(t);
        assert!(a.sentences().is_empty());
        assert!(a.is_inconclusive());
        assert_eq!(a.functional_share(), None);
        assert_eq!(a.verdict(), Verdict::Technical);
    }
}

fn assess_checked(text: &str) -> Assessment {
    let a = assess(text);
    check_invariants(text, &a);
    let joined: String = a.pieces(text).iter().map(|p| p.text).collect();
    assert_eq!(joined, text, "pieces must give the text back");
    for s in a.sentences() {
        let joined: String = s.pieces(text).iter().map(|p| p.text).collect();
        assert_eq!(joined, s.span.text(text));
    }
    a
}

#[test]
fn verdicts_on_plain_examples() {
    let cases = [
        ("De deelnemer volgt een taalcursus NT2 van 40 lessen.", Verdict::Technical),
        ("Minimaal 60% van de deelnemers haalt binnen een jaar taalniveau A2.", Verdict::Functional),
        ("De aanbieder verzorgt 120 uur taalles zodat deelnemers taalniveau B1 halen.", Verdict::Mixed),
        ("We pay per placement that lasts six months.", Verdict::Functional),
        ("The provider is paid per hour of coaching.", Verdict::Technical),
    ];
    for (text, want) in cases {
        let a = assess_checked(text);
        assert_eq!(a.verdict(), want, "{text}: {:?}", a.sentences());
    }
}

#[test]
fn highlights_the_words_that_decide() {
    let text = "Deelnemers volgen 3 uur per week een taalcursus bij een gecertificeerde docent; wij betalen per les.";
    let a = assess_checked(text);
    let found: Vec<(SignalKind, &str)> = a.signals().map(|s| (s.kind, s.span.text(text))).collect();
    assert!(found.contains(&(SignalKind::InputQuantity, "3 uur per week")), "{found:?}");
    assert!(found.contains(&(SignalKind::PrescribedMeans, "taalcursus")), "{found:?}");
    assert!(
        found.iter().any(|(k, t)| *k == SignalKind::StaffQualification && t.contains("gecertificeerde")),
        "{found:?}"
    );
    assert!(found.contains(&(SignalKind::InputCostUnit, "per les")), "{found:?}");
    let text = "Wij betalen per traject dat leidt tot duurzaam betaald werk.";
    let a = assess_checked(text);
    let found: Vec<(SignalKind, &str)> = a.signals().map(|s| (s.kind, s.span.text(text))).collect();
    assert!(found.contains(&(SignalKind::OutcomeCostUnit, "per traject")), "{found:?}");
    assert!(found.iter().any(|(k, t)| *k == SignalKind::Result && t.contains("betaald werk")), "{found:?}");
}

#[test]
fn hours_of_a_result_are_a_measure_hours_of_a_course_an_input() {
    let a = assess_checked("Na een jaar heeft de deelnemer betaald werk van minimaal twintig uur per week.");
    assert!(a.signals().any(|s| s.kind == SignalKind::Measure));
    assert!(!a.signals().any(|s| s.kind == SignalKind::InputQuantity));
    assert_eq!(a.verdict(), Verdict::Functional);
    let a = assess_checked("De deelnemer krijgt twintig uur per week training.");
    assert!(a.signals().any(|s| s.kind == SignalKind::InputQuantity));
}

#[test]
fn means_as_examples_or_left_free_count_less() {
    let a = assess_checked(
        "De aanbieder bepaalt zelf welke methode en locatie passen, zolang de klant duurzaam uitstroomt.",
    );
    assert_eq!(a.verdict(), Verdict::Functional);
    let a = assess_checked("Deelnemers doen mee in de samenleving, bijvoorbeeld via een cursus of vrijwilligerswerk.");
    assert_eq!(a.verdict(), Verdict::Functional);
    let a = assess_checked("De gemeente schrijft geen methode voor.");
    assert_eq!(a.verdict(), Verdict::Functional);
}

#[test]
fn compounds_plurals_and_diacritics() {
    for text in
        ["Reïntegratietrajecten met NT2-taalcursussen.", "De cliënten krijgen psychologen.", "Twee sessies per week."]
    {
        let a = assess_checked(text);
        assert_eq!(a.verdict(), Verdict::Technical, "{text}");
    }
}

#[test]
fn spans_never_split_multibyte_characters() {
    let text = "Één cliënt 👩‍🦰 volgt één taalcursus van 40 lessen in het buurthuis 🏠; reïntegratie «per les» – €50, café-bezoek.";
    let a = assess_checked(text);
    assert!(a.signals().count() >= 3);
    for s in a.signals() {
        assert!(text.get(s.span.range()).is_some());
    }
}

#[test]
fn odd_input_gives_sensible_answers() {
    let long_word = "a".repeat(10_000);
    let many_words = "a ".repeat(50_000);
    let odd = [
        "🙂🙂🙂 🚀",
        "123 456 7.890 12,5 % 99",
        "<p>De deelnemer volgt <b>40 lessen</b> &amp; een <i>cursus</i>.</p><br/>",
        long_word.as_str(),
        many_words.as_str(),
        "\"De aanbieder \u{201c}levert 'lessen.",
        "((((((]]]]]] \" ' ` « »",
        "\u{0}\u{1}\u{7f}\u{feff}\u{200b}",
        "e\u{301}e\u{301}n cursus",
        "x-aantal lessen - - - per per per per",
        "...!!!???;;;···•••",
    ];
    for t in odd {
        let a = assess_checked(t);
        let _ = a.verdict();
        let _ = a.functional_share();
    }
    let a = assess_checked("<p>De deelnemer volgt <b>40 lessen</b>.</p>");
    assert_eq!(a.verdict(), Verdict::Technical);
    let a = assess_checked("123 456");
    assert!(a.is_inconclusive());
}

#[test]
fn one_megabyte_of_text() {
    let unit = "De deelnemer volgt 40 lessen NT2 in het buurthuis. Minimaal 60% haalt niveau A2 binnen een jaar. ";
    let text = unit.repeat(1_000_000 / unit.len() + 1);
    let a = assess_checked(&text);
    let c = a.counts();
    assert!(c.technical > 5000 && c.functional > 5000, "{c:?}");
    assert_eq!(a.verdict(), Verdict::Mixed);
    let share = a.functional_share().unwrap_or(0.0);
    assert!((share - 0.5).abs() < 0.01);
    // One sentence of a megabyte without any punctuation.
    let text = "innovatief per les zodat ".repeat(40_000);
    let _ = assess_checked(&text);
}

#[test]
fn language_is_detected() {
    assert_eq!(assess("De deelnemer volgt een cursus van de gemeente.").language(), Some(TextLanguage::Dutch));
    assert_eq!(assess("The participant attends a course of the provider.").language(), Some(TextLanguage::English));
    assert_eq!(assess("").language(), None);
}

#[test]
fn overall_figures() {
    let a = assess("Deelnemers volgen 40 lessen. Minimaal 60% van de deelnemers haalt niveau A2. Inleiding.");
    let c = a.counts();
    assert_eq!((c.functional, c.technical, c.mixed, c.inconclusive), (1, 1, 0, 1));
    assert_eq!(a.functional_share(), Some(0.5));
    assert_eq!(a.verdict(), Verdict::Mixed);
    let technical = a.sentences().iter().find(|s| s.verdict == Verdict::Technical && !s.is_inconclusive());
    assert!(technical.and_then(|s| s.rewrite.as_ref()).is_some());
    let functional = a.sentences().iter().find(|s| s.verdict == Verdict::Functional);
    assert!(functional.is_some_and(|s| s.rewrite.is_none() && s.score > 0.0));
}

#[test]
fn rewrite_takes_what_it_can_from_the_sentence() {
    // One requirement, even with a ";" in it (issue 16): one sentence, one rewrite.
    let a = assess("Jongeren volgen binnen zes maanden een sollicitatietraining van acht bijeenkomsten; de aanbieder factureert per uur.");
    let rws: Vec<&Rewrite> = a.sentences().iter().filter_map(|s| s.rewrite.as_ref()).collect();
    assert_eq!(rws.len(), 1);
    assert_eq!(rws[0].target_group.as_deref(), Some("jongeren"));
    assert_eq!(rws[0].deadline.as_deref(), Some("binnen zes maanden"));
    assert!(rws[0].means.iter().any(|m| m.contains("sollicitatietraining")), "{:?}", rws[0]);
    assert_eq!(rws[0].input_cost.as_deref(), Some("per uur"));
}

#[test]
fn a_requirement_counts_once_whatever_its_sentences() {
    let reqs = [
        "Minimaal 60% van de deelnemers haalt binnen een jaar taalniveau A2. Dit wordt gemeten met het staatsexamen.",
        "Deelnemers volgen een taalcursus van 40 lessen; wij betalen per les.",
        "Inleiding",
    ];
    let c = requirement_counts(reqs);
    assert_eq!((c.functional, c.technical, c.mixed, c.inconclusive), (1, 1, 0, 1));
}

#[test]
fn a_version_is_taken_over_only_where_the_sentence_still_is() {
    let mut text = String::from("Eerste eis.\nDeelnemers volgen een taalcursus van 40 lessen.");
    let a = assess(&text);
    let s = &a.sentences()[1];
    let r =
        Replacement { span: s.span, old: s.span.text(&text).to_string(), new: "Deelnemers halen niveau A2.".into() };
    assert!(r.apply(&mut text));
    assert_eq!(text, "Eerste eis.\nDeelnemers halen niveau A2.");
    // Applied again (the sentence is gone), or after an edit, it changes nothing.
    assert!(!r.apply(&mut text));
    assert_eq!(text, "Eerste eis.\nDeelnemers halen niveau A2.");
    let mut short = String::from("Kort.");
    assert!(!r.apply(&mut short) && short == "Kort.");
}

#[test]
fn an_outcome_without_a_measure_is_told_so() {
    let a = assess("Deelnemers voelen zich na het traject gezonder.");
    let s = &a.sentences()[0];
    assert_eq!(s.verdict, Verdict::Functional);
    assert!(s.needs_measure() && s.rewrite.is_some());
    for t in [
        "Deelnemers voelen zich gezonder, gemeten met een gevalideerde vragenlijst.",
        "Minimaal 40% van de deelnemers heeft binnen een jaar betaald werk.",
        "De aanbieder bepaalt zelf welke methode past.",
    ] {
        let a = assess(t);
        assert!(a.sentences().iter().all(|s| !s.needs_measure()), "{t}");
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod prop {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn arbitrary_strings_never_panic_and_keep_spans_valid(text in any::<String>()) {
            let a = assess(&text);
            check_invariants(&text, &a);
            let joined: String = a.pieces(&text).iter().map(|p| p.text).collect();
            prop_assert_eq!(joined, text);
        }

        #[test]
        fn text_like_strings_keep_spans_valid(
            text in "([A-Za-zëïéÉ€%0-9 .,;:!?()'\"\n·•-]|cursus|per les|lessen|40|uur|zodat|niveau A2|🙂|reïntegratie){0,80}"
        ) {
            let a = assess(&text);
            check_invariants(&text, &a);
        }
    }
}

fn kinds_of(text: &str) -> Vec<SignalKind> {
    assess_checked(text).signals().map(|s| s.kind).collect()
}

#[test]
fn a_recognised_test_is_no_staff_requirement() {
    // The review: "erkend" alone made this a staff requirement.
    let k = kinds_of(
        "Minstens 60% van de deelnemers haalt binnen 12 maanden taalniveau A2, gemeten met een \
         erkende toets.",
    );
    assert!(!k.contains(&SignalKind::StaffQualification), "{k:?}");
    // With a personnel noun, a credential or an organisation it still is.
    for t in [
        "De begeleiders hebben een erkend diploma.",
        "Het personeel is gecertificeerd.",
        "De aanbieder is een erkend leerbedrijf.",
        "De cursus wordt gegeven door een gecertificeerde docent.",
    ] {
        assert!(kinds_of(t).contains(&SignalKind::StaffQualification), "{t}");
    }
    assert!(!kinds_of("De deelnemer haalt een erkend examen.").contains(&SignalKind::StaffQualification));
}

#[test]
fn generic_nouns_are_no_prescribed_means_and_no_rewrite_leaves_them_to_the_provider() {
    let a = assess_checked("De dienstverlening vindt plaats vanuit een vestiging in Apeldoorn.");
    let k: Vec<SignalKind> = a.signals().map(|s| s.kind).collect();
    assert!(!k.contains(&SignalKind::PrescribedMeans), "{k:?}");
    for t in [
        "Alle uitvoerders werken volgens de privacywet (Wet bescherming persoonsgegevens).",
        "De aanbieder biedt begeleiding.",
        "Het bureau rapporteert per kwartaal.",
    ] {
        let a = assess_checked(t);
        for s in a.sentences() {
            if let Some(r) = &s.rewrite {
                assert!(r.means.is_empty(), "{t}: {:?}", r.means);
            }
        }
    }
    // A specific means is still named.
    let a = assess_checked("De deelnemer volgt een taalcursus van 40 lessen.");
    let r = a.sentences()[0].rewrite.as_ref().expect("rewrite");
    assert!(r.means.iter().any(|m| m.contains("taalcursus")), "{:?}", r.means);
}

#[test]
fn a_trajectory_price_is_no_price_per_result() {
    for t in [
        "De aanbieder geeft een gemiddelde trajectprijs op.",
        "De prijs wordt uitgedrukt als één integrale trajectprijs, inclusief alle instrumenten.",
    ] {
        let k = kinds_of(t);
        assert!(k.contains(&SignalKind::TrajectoryPrice), "{t}: {k:?}");
        assert!(!k.contains(&SignalKind::OutcomeCostUnit), "{t}: {k:?}");
        assert_eq!(assess(t).verdict(), Verdict::Functional, "{t}");
    }
    assert!(kinds_of("We betalen een bonus per plaatsing.").contains(&SignalKind::OutcomeCostUnit));
}

#[test]
fn a_line_break_ends_a_sentence() {
    let a = assess_checked("We betalen per uur begeleiding.\nasdf qwerty");
    assert_eq!(a.sentences().len(), 2);
    assert_eq!(a.counts().technical, 1);
    assert_eq!(a.counts().inconclusive, 1);
    let a = assess_checked("De deelnemer volgt een cursus\nde deelnemer vindt een baan");
    assert_eq!(a.sentences().len(), 2);
}

#[test]
fn the_overall_label_agrees_with_the_counts() {
    let c = |functional, technical, mixed| VerdictCounts { functional, technical, mixed, inconclusive: 0 };
    assert_eq!(c(0, 0, 0).overall(), Overall::Technical);
    assert_eq!(c(3, 0, 0).overall(), Overall::Functional);
    assert_eq!(c(0, 2, 0).overall(), Overall::Technical);
    assert_eq!(c(0, 0, 2).overall(), Overall::Mixed);
    assert_eq!(c(1, 2, 0).overall(), Overall::MostlyTechnical);
    assert_eq!(c(3, 1, 1).overall(), Overall::MostlyFunctional);
    assert_eq!(c(1, 0, 2).overall(), Overall::MostlyMixed);
    assert_eq!(c(1, 1, 0).overall(), Overall::Divided);
    assert_eq!(c(2, 1, 1).overall(), Overall::Divided);
    // No 'mixed' label when no sentence is mixed, whatever the counts.
    for f in 0..5 {
        for t in 0..5 {
            let o = c(f, t, 0).overall();
            assert!(!matches!(o, Overall::Mixed | Overall::MostlyMixed), "{f} {t}");
        }
    }
    let a = assess_checked(
        "Deelnemers volgen 40 lessen. Minimaal 60% van de deelnemers haalt niveau A2. We betalen \
         per uur begeleiding.",
    );
    assert_eq!(a.overall(), Overall::MostlyTechnical);
}

/// Structural readings added after tune-21, checked on sentences of other shapes than the
/// batch's: a share of the provider's own acts, a concessive condition, an agent phrase, the
/// object of a rating.
#[test]
fn process_norms_conditions_agents_and_rated_objects() {
    for (text, want) in [
        ("De aanbieder belt in 95% van de gevallen binnen twee dagen terug.", Verdict::Technical),
        ("The provider returns calls within two days in 95% of cases.", Verdict::Technical),
        ("Deelnemers solliciteren zelfstandig, ook als zij daarbij een tolk nodig hebben.", Verdict::Functional),
        ("De dossiers worden door een onafhankelijk adviseur getoetst.", Verdict::Technical),
        ("Deelnemers beoordelen de training gemiddeld met minimaal een 8.", Verdict::Functional),
        // Round 14 (tune-23): a client's negated act, "at least" before a share.
        ("Jongeren die het traject afronden, vallen binnen een jaar niet terug in de uitkering.", Verdict::Functional),
        ("At least half of the clients who join the workshop find a job within a year.", Verdict::Functional),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
}

/// Structural readings added after tune-24, checked on sentences of other shapes than the
/// batch's: an opening partitive before a share, a share of the staff, an age of the clients,
/// the perfect of a verb of change with its amount, a phrase opened by a preposition before an
/// inverted subject, a Dutch passive before an inverted subject.
#[test]
fn partitives_staff_shares_ages_and_perfect_changes() {
    for (text, want) in [
        ("Van de jongeren die een stage lopen, heeft de helft na een jaar een baan.", Verdict::Functional),
        ("Of the clients who attend the workshop, 60% find paid work within a year.", Verdict::Functional),
        ("Ten minste 80% van de jobcoaches heeft een erkend diploma.", Verdict::Technical),
        ("At least half of the coaches hold a recognised certificate.", Verdict::Technical),
        ("Jongeren tot 23 jaar hebben na een jaar een startkwalificatie.", Verdict::Functional),
        ("Voor inwoners van 65 jaar en ouder is er een aparte inloopochtend in het buurthuis.", Verdict::Technical),
        ("De gemiddelde wachttijd op werk is voor statushouders met vier weken afgenomen.", Verdict::Functional),
        ("Bij de intake wordt een vragenlijst afgenomen.", Verdict::Technical),
        ("Als voorbereiding op een baan lopen deelnemers een stage van drie maanden.", Verdict::Technical),
        ("In preparation for work, participants attend a ten-week social skills course.", Verdict::Technical),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
}

/// Structural readings added after tune-25, checked on sentences of other shapes than the
/// batch's: a figure's relative clause over an unknown noun with a separable verb of change, the
/// parts after "bestaat uit", a share of the contract value, a comparison of parity, a moment
/// after "na", the client's act after the service, the topic of data, a problem after a verb of
/// change following an opening means.
#[test]
fn figure_scopes_parity_moments_and_topics() {
    for (text, want) in [
        (
            "Het aandeel langdurig werklozen dat meer dan een jaar in de bijstand zit, neemt elk jaar af.",
            Verdict::Functional,
        ),
        ("De training bestaat uit acht bijeenkomsten van drie uur over sollicitatievaardigheden.", Verdict::Technical),
        ("De opdrachtnemer besteedt ten minste 3% van de contractwaarde aan social return.", Verdict::Technical),
        ("Meisjes uit de wijk sporten net zo vaak als hun leeftijdgenoten.", Verdict::Functional),
        ("Participants from the project earn as much as other employees in the same job.", Verdict::Functional),
        ("The provider offers coaching as well as training to every participant.", Verdict::Technical),
        ("Jongeren hebben binnen zes maanden na vestiging een eigen bankrekening geopend.", Verdict::Functional),
        (
            "Deelnemers met een taalachterstand schrijven na de cursus zelf hun brieven aan instanties.",
            Verdict::Functional,
        ),
        ("Dossiers over de schulden van inwoners worden na vijf jaar vernietigd.", Verdict::Technical),
        ("Door de inzet van buurtcoaches daalt het aantal meldingen van overlast met 20%.", Verdict::Mixed),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
}

/// Structural readings added after tune-26, checked on sentences of other shapes than the
/// batch's: fewer or more clients opening a sentence, a mark "of hoger", an unknown figure noun
/// whose main verb is a state with a share, the separable "maken ... af".
#[test]
fn comparative_counts_marks_or_higher_and_unknown_figures() {
    for (text, want) in [
        ("Minder ouderen belanden na een val opnieuw in het ziekenhuis.", Verdict::Functional),
        ("Meer jongeren maken hun opleiding af.", Verdict::Functional),
        ("Cliënten waarderen de thuiszorg met een 8 of hoger.", Verdict::Functional),
        ("Ondernemers die willen stoppen, krijgen een gesprek met een adviseur.", Verdict::Technical),
        ("De slagingsgraad van cursisten die via de bibliotheek instromen, is minimaal 60%.", Verdict::Functional),
        ("De opdrachtnemer maakt de rapportage binnen twee weken af.", Verdict::Technical),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
}

/// Round 18 (after tune-28), each shape checked on sentences other than the batch's: an
/// opening purpose clause with "dat" up to its comma, and the act of the provider or staff
/// after it; a count of clients ("meer inwoners", "fewer households") opening an end part or
/// after an inverted verb; "een op de vier", "one in five"; "vrij" as the particle of
/// "vrijhouden"; an English compound subject without an article; "via"/"through"/"using" and
/// what its phrase names as the means; a share as the subject after an opening means; what a
/// client "kan" do at the end of the clause; "uitvallen uit" a training.
#[test]
fn round_18_purpose_clauses_counts_openings_and_particles() {
    for (text, want) in [
        ("Om ervoor te zorgen dat 70% van de jongeren een startkwalificatie haalt, zet de opdrachtnemer op elke school een trajectbegeleider in.", Verdict::Mixed),
        ("Om te bereiken dat minder huishoudens een betalingsachterstand krijgen, belt een medewerker elke nieuwe klant binnen een week.", Verdict::Mixed),
        ("Om te zorgen dat de uitstroom naar werk stijgt, kiest de opdrachtnemer zelf de aanpak.", Verdict::Functional),
        ("De gemeente zet buurtcoaches in, zodat meer ouderen zelfstandig thuis blijven wonen.", Verdict::Mixed),
        ("Providers run weekly drop-in sessions so that fewer households fall behind on their rent.", Verdict::Mixed),
        ("Minder jongeren vallen in het eerste jaar uit hun opleiding.", Verdict::Functional),
        ("Een op de vier deelnemers heeft na een jaar een baan van minimaal twintig uur per week.", Verdict::Functional),
        ("Na twee jaar is nog hoogstens één op de tien huishoudens afhankelijk van de voedselbank.", Verdict::Functional),
        ("No more than one in five young people leaves school without a qualification.", Verdict::Functional),
        ("De opdrachtnemer houdt voor elke deelnemer een plaats vrij in de groep.", Verdict::Technical),
        ("De werkgever maakt een halve dag per week vrij voor de begeleiding van de stagiair.", Verdict::Technical),
        ("De opdrachtnemer is vrij in de keuze van de methode, zolang 50% van de deelnemers binnen een jaar werk vindt.", Verdict::Functional),
        ("Youth workers must hold a diploma in social work and attend supervision twice a month.", Verdict::Technical),
        ("Language teachers must have a certificate in teaching Dutch as a second language.", Verdict::Technical),
        ("Debt problems among young people fall by a third within two years.", Verdict::Functional),
        ("Via een werkervaringsplaats bij de gemeente vindt ten minste 40% van de deelnemers binnen een jaar betaald werk.", Verdict::Mixed),
        ("Through weekly job clubs in the library, at least 35% of the jobseekers find a job within six months.", Verdict::Mixed),
        ("Using group training in the neighbourhood, two thirds of the participants reach language level A2 within a year.", Verdict::Mixed),
        ("Scholieren die dreigen uit te vallen, zitten een jaar later nog op school of hebben een diploma.", Verdict::Functional),
        ("Bij de evaluatie scoren de deelnemers hun eigen regie gemiddeld met minimaal een 7.", Verdict::Functional),
        ("Ouders kunnen na de cursus hun kinderen zelfstandig voorlezen.", Verdict::Functional),
        ("Deelnemers kunnen twee keer per week lessen volgen in het buurthuis.", Verdict::Technical),
        ("Nieuwkomers kunnen binnen een jaar zonder tolk een formulier van de gemeente invullen en een brief schrijven.", Verdict::Functional),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
}

/// Round 19 (after tune-29), general shapes rather than words, each on sentences other than the
/// batches': targets written in words ("een derde van", "four out of five", "is nul", "geen
/// enkele", "halved"); person nouns the lexicon does not know, by their ending, as the subject
/// (and staff or things with such endings left alone); a comparison with the situation before
/// ("vaker dan bij de intake", "than before"); staff knowledge and employment ("aantoonbare
/// kennis van", "in dienst van de opdrachtnemer"); a heading before a colon stripped; payment
/// "ongeacht het resultaat"; an opening means with a relative clause or an agent up to its
/// comma; "het aantal X daalt" with an unknown X.
#[test]
fn round_19_word_targets_person_nouns_baselines_staff_and_headings() {
    for (text, want) in [
        ("Het aantal huisuitzettingen wegens huurschuld is in 2028 nul.", Verdict::Functional),
        ("Geen enkele jongere uit de opvang staat na vertrek op straat.", Verdict::Functional),
        ("Twee op de drie deelnemers hebben na afloop een vaste dagbesteding.", Verdict::Functional),
        ("Het aantal jongeren zonder startkwalificatie halveert binnen vier jaar.", Verdict::Functional),
        ("Four out of five participants still live independently a year later.", Verdict::Functional),
        ("Het aantal vroegtijdige schoolverlaters is in 2030 gehalveerd.", Verdict::Functional),
        ("The number of families in temporary shelter is halved by 2029.", Verdict::Functional),
        ("Een derde van de werkzoekenden vindt binnen een jaar werk.", Verdict::Functional),
        ("Bij een derde van de aanmeldingen is de schuld binnen een jaar opgelost.", Verdict::Functional),
        ("In twee van de drie gevallen woont de cliënt na een jaar nog zelfstandig.", Verdict::Functional),
        ("The number of young people sleeping rough falls to zero by 2030.", Verdict::Functional),
        ("Het aantal mantelzorgers dat overbelast raakt, verdubbelt niet.", Verdict::Functional),
        ("Hulpvragers vinden binnen een maand de weg naar passende hulp.", Verdict::Functional),
        ("Asielzoekenden met een verblijfsvergunning wonen binnen drie maanden in een eigen huis.", Verdict::Functional),
        ("Uitkeringsontvangers boven de 55 hebben na een jaar een baan van minstens twaalf uur.", Verdict::Functional),
        ("Mantelzorgers houden het zorgen voor hun naaste langer vol.", Verdict::Functional),
        ("Claimants over fifty are back in paid work within a year.", Verdict::Functional),
        ("Tenants with rent arrears keep their home and pay their rent on time.", Verdict::Functional),
        ("Trainees complete their apprenticeship and hold a diploma within two years.", Verdict::Functional),
        ("Consulenten voeren elk kwartaal een gesprek met iedere deelnemer.", Verdict::Technical),
        ("Trainers hebben een erkend diploma en een VOG.", Verdict::Technical),
        ("Jobcoaches bezoeken de werkplek minstens eens per maand.", Verdict::Technical),
        ("Deelnemers sporten een jaar na de start vaker dan bij de intake.", Verdict::Functional),
        ("Ouderen hebben na het project meer contact met hun buren dan voorheen.", Verdict::Functional),
        ("Het schoolverzuim ligt in 2028 lager dan bij de nulmeting.", Verdict::Functional),
        ("Participants feel less lonely than before the programme started.", Verdict::Functional),
        ("Kinderen bewegen na een jaar meer dan bij de start van het project.", Verdict::Functional),
        ("Families have fewer debts than at the start of the support.", Verdict::Functional),
        ("De opdrachtnemer biedt dit jaar meer lessen aan dan vorig jaar.", Verdict::Technical),
        ("Schuldhulpverleners beschikken over een diploma van een erkende opleiding.", Verdict::Technical),
        ("Jobcoaches zijn in dienst van de opdrachtnemer en hebben geen nevenfunctie bij een werkgever.", Verdict::Technical),
        ("De begeleiders hebben aantoonbare kennis van de sociale kaart van de gemeente.", Verdict::Technical),
        ("De trainer is gecertificeerd voor de methode Rots en Water.", Verdict::Technical),
        ("Coaches are employed by the provider and have proven knowledge of debt law.", Verdict::Technical),
        ("Medewerkers beschikken over een geldige VOG en een hbo-diploma.", Verdict::Technical),
        ("Deelnemers zijn na zes maanden in dienst van een reguliere werkgever.", Verdict::Functional),
        ("Deelnemers hebben na de cursus aantoonbare kennis van de Nederlandse taal op niveau A2.", Verdict::Functional),
        ("KPI: 65% van de deelnemers heeft na twaalf maanden werk.", Verdict::Functional),
        ("Eis 4.2: De opdrachtnemer rapporteert elk kwartaal over de voortgang.", Verdict::Technical),
        ("Prestatie-indicator: het aantal contactmomenten per deelnemer per week.", Verdict::Technical),
        ("Indicator: the share of participants who find a job within a year.", Verdict::Functional),
        ("Kerneis: de trainingen vinden plaats in het buurthuis.", Verdict::Technical),
        ("Resultaatafspraak 2: minstens 40% van de jongeren zit na een jaar op school of werkt.", Verdict::Functional),
        ("De aanbieder ontvangt per aangemelde jongere een vast tarief, ongeacht het resultaat van het traject.", Verdict::Technical),
        ("The provider is paid per session, regardless of the outcome.", Verdict::Technical),
        ("Regardless of outcome, each intake is paid at a fixed fee.", Verdict::Technical),
        ("Ongeacht de gekozen methode vindt 60% van de deelnemers werk.", Verdict::Functional),
        ("Het aantal ontruimingen in de wijk daalt in drie jaar met een kwart.", Verdict::Functional),
        ("De opdrachtnemer organiseert elke maand een buurtavond, zodat het aantal burenruzies afneemt.", Verdict::Mixed),
        ("Het aantal deelnemers per groep is maximaal twaalf.", Verdict::Technical),
        ("Uitkeringsgerechtigden van boven de 60 hebben na een jaar vaker werk dan bij de aanmelding.", Verdict::Functional),
        ("Jobcoaches are employed by the provider and hold a recognised coaching certificate.", Verdict::Technical),
        ("Via a peer support group run by trained volunteers, the number of carers who report burnout falls by a third.", Verdict::Mixed),
        ("Care leavers have a home of their own within three months of turning eighteen.", Verdict::Functional),
        ("Vouchers worden per kwartaal uitgereikt aan de deelnemers.", Verdict::Technical),
        ("Mantelzorgconsulenten bezoeken iedere nieuwe mantelzorger thuis.", Verdict::Technical),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
    // The rules read the unknown person noun as the subject of a state, as this round made
    // them; since the model's affix features (after round 32) the model reads the sentence as a
    // deadline on an administrative process (registration within two weeks of arrival, as an
    // intake within ten working days, technical by the batch protocol) and says so on screen.
    let text = "Seizoensmigranten staan binnen twee weken na aankomst ingeschreven bij de gemeente.";
    let a = assess_checked(text);
    let s = &a.sentences()[0];
    let model = s.model.as_ref().expect("the model's reading is shown");
    assert_eq!(model.rules, Verdict::Functional, "{text}");
    assert_eq!(s.verdict, Verdict::Technical, "{text}");
    assert!(!model.words.is_empty(), "the words that decided are shown");
}

/// Round 20 (after tune-31): a purpose clause ("zodat", "so that", "met als doel dat") whose
/// subject is one of the people the service is for (a client, an employer, or "zij"/"hij"/
/// "they" when clients are named), after a specific means of weight, is the result that means
/// is for, whatever its verb; not after a clause that only says when or where the service
/// happens, not when the subject of the clause is the municipality or staff, and not after a
/// weak means (that would make the sentence functional instead of mixed). The functional part
/// of such a mixed sentence is the purpose clause, and the rewrite keeps it.
#[test]
fn round_20_purpose_clauses_with_the_people_served_as_subject() {
    for (text, want) in [
        ("De opdrachtnemer biedt een training van tien weken aan, zodat werkgevers hun vacatures met inwoners uit de wijk vervullen.", Verdict::Mixed),
        ("The provider offers a twelve-week driving course, so that employers in the region can fill their vacancies with local residents.", Verdict::Mixed),
        ("Elke statushouder krijgt vijf lessen over de Nederlandse arbeidsmarkt, zodat hij zelf zijn weg naar een werkgever weet te vinden.", Verdict::Mixed),
        ("Jongeren volgen een budgetcursus van zes bijeenkomsten, met als doel dat zij hun eigen administratie bijhouden.", Verdict::Mixed),
        ("The provider deploys two job coaches per employer so that employers keep the new staff on after the trial period.", Verdict::Mixed),
        ("Iedere mantelzorger krijgt vier gesprekken met een consulent, zodat mantelzorgers de zorg voor hun naaste volhouden.", Verdict::Mixed),
        ("De opdrachtnemer levert elk kwartaal een rapportage, zodat de gemeente de voortgang kan volgen.", Verdict::Technical),
        ("The sessions take place in the afternoon so that parents can collect their children from school.", Verdict::Technical),
        ("De opdrachtnemer registreert elk contact in het cliëntvolgsysteem, zodat de consulent het dossier kan inzien.", Verdict::Technical),
        ("De opdrachtnemer stuurt elke deelnemer twee dagen van tevoren een herinnering, zodat hij de afspraak niet vergeet.", Verdict::Technical),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
    // The explanation: the clause is the functional part, and it is highlighted as a result.
    let text = "Jongeren volgen een budgetcursus van zes bijeenkomsten, met als doel dat zij hun eigen administratie bijhouden.";
    let a = assess_checked(text);
    let s = &a.sentences()[0];
    let parts = s.parts.as_ref().expect("a mixed sentence with a purpose clause has two parts");
    assert!(parts.functional.text(text).contains("administratie bijhouden"), "{:?}", parts.functional.text(text));
    assert!(parts.technical.text(text).contains("budgetcursus"), "{:?}", parts.technical.text(text));
    assert!(s
        .signals
        .iter()
        .any(|g| g.kind == SignalKind::Result && g.span.text(text).starts_with("zij hun eigen administratie")));
    assert!(s.rewrite.is_some(), "a mixed sentence gets a rewrite");
}

/// Round 21 (after tune-32): "zorgt ervoor dat"/"ensures that" with one of the people served
/// as the subject of the clause: that clause is the result the provider answers for, whatever
/// its verb; a means word in it is what they reach ("hun opleiding afmaken"). With a means of
/// weight before it the sentence is mixed; alone it is functional. Not when they receive,
/// attend or have something there (a service or its staff), nor with a process or a means as
/// the clause's subject.
#[test]
fn round_21_the_provider_ensures_what_the_people_served_do() {
    for (text, want) in [
        ("Met maandelijkse huisbezoeken door een wijkverpleegkundige zorgt de aanbieder ervoor dat ouderen in hun eigen huis blijven wonen.", Verdict::Mixed),
        ("Met twee vaste ervaringsdeskundigen per groep zorgt de opdrachtnemer ervoor dat jongeren na een jaar niet meer blowen.", Verdict::Mixed),
        ("De opdrachtnemer zorgt ervoor dat jongeren hun opleiding afmaken.", Verdict::Functional),
        ("De opdrachtnemer zorgt ervoor dat de rapportage elk kwartaal bij de gemeente binnen is.", Verdict::Technical),
        ("The provider ensures that the sessions take place in the evening.", Verdict::Technical),
        ("De opdrachtnemer zorgt ervoor dat deelnemers altijd een vaste contactpersoon hebben.", Verdict::Technical),
        ("De opdrachtnemer zorgt ervoor dat deelnemers een training volgen.", Verdict::Technical),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
    let text = "De opdrachtnemer zorgt ervoor dat jongeren hun opleiding afmaken.";
    let a = assess_checked(text);
    assert!(a.signals().any(|g| g.kind == SignalKind::Result && g.span.text(text).contains("opleiding afmaken")));
    assert!(!a.signals().any(|g| g.kind == SignalKind::PrescribedMeans), "the education is what they finish");
    let text = "Met maandelijkse huisbezoeken door een wijkverpleegkundige zorgt de aanbieder ervoor dat ouderen in hun eigen huis blijven wonen.";
    let a = assess_checked(text);
    let s = &a.sentences()[0];
    assert!(s.rewrite.is_some(), "a mixed sentence gets a rewrite");
    assert!(s.signals.iter().any(|g| g.kind == SignalKind::Result && g.span.text(text).contains("blijven wonen")));
    if let Some(p) = &s.parts {
        assert!(p.functional.text(text).contains("blijven wonen"), "{:?}", p.functional.text(text));
    }
}

/// Round 21: "Geen"/"No" with a client as the subject of the main clause is a count brought
/// to zero, a target as "geen enkele" is; what they lack there is the result, not a means.
/// Not a limit on what they receive, attend or have.
#[test]
fn round_21_no_client_as_a_zero_target() {
    for (text, want) in [
        ("Geen jongere in de wijk zit na de zomer nog thuis zonder school of werk.", Verdict::Functional),
        ("Geen huishouden met kinderen wordt in 2028 nog afgesloten van gas of stroom.", Verdict::Functional),
        ("Geen leerling van de deelnemende scholen mist een excursie of een laptop doordat thuis het geld ontbreekt.", Verdict::Functional),
        ("Geen meisje blijft thuis van school omdat ze geen maandverband heeft.", Verdict::Functional),
        ("Geen deelnemer krijgt meer dan twee gesprekken per week.", Verdict::Technical),
        ("Geen cursist volgt meer dan twaalf lessen.", Verdict::Technical),
        ("No participant attends more than two sessions a week.", Verdict::Technical),
        ("Geen deelnemer heeft meer dan één coach tegelijk.", Verdict::Technical),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
    let text =
        "Geen leerling van de deelnemende scholen mist een excursie of een laptop doordat thuis het geld ontbreekt.";
    let a = assess_checked(text);
    assert!(a.signals().any(|g| g.kind == SignalKind::Measure && g.span.text(text) == "Geen leerling"));
    assert!(!a.signals().any(|g| g.kind == SignalKind::PrescribedMeans && g.span.text(text) == "laptop"));
}

/// Round 21: a comparison with before written "dan voor hun deelname" (Dutch "voor" after
/// "dan" followed by an event, not by people), and the service named only as the moment
/// after which a target is measured ("na deelname aan het programma", "na afronding van de
/// cursus"): a target, no means. Comparing two groups ("dan voor volwassenen") or the
/// provider's acts after the service stay technical.
#[test]
fn round_21_compared_with_before_taking_part() {
    for (text, want) in [
        (
            "Jongeren die hebben geblowd, blowen na deelname aan het programma minder vaak dan voor hun deelname.",
            Verdict::Functional,
        ),
        (
            "Deelnemers bezoeken na afronding van de cursus de huisarts minder vaak dan voor de cursus.",
            Verdict::Functional,
        ),
        (
            "Bewoners van de wijk melden na het volgen van de training minder vaak overlast dan voor de start.",
            Verdict::Functional,
        ),
        ("De opdrachtnemer zet voor jongeren meer coaches in dan voor volwassenen.", Verdict::Technical),
        ("Na deelname aan de training volgen deelnemers vier coachgesprekken.", Verdict::Technical),
        ("De opdrachtnemer biedt na afronding van de cursus een terugkomdag van vier uur aan.", Verdict::Technical),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
    let text = "Jongeren die hebben geblowd, blowen na deelname aan het programma minder vaak dan voor hun deelname.";
    let a = assess_checked(text);
    assert!(a.signals().any(|g| g.kind == SignalKind::Measure && g.span.text(text) == "minder"));
}

/// Round 21: "free"/"vrije" before a noun or "free of charge" is gratis or open, not the
/// provider's freedom; "free to choose", "vrij in de keuze", "a free hand" still are.
#[test]
fn round_21_free_of_charge_is_no_freedom_of_means() {
    for (text, want) in [
        ("Participants receive a free bus pass for the duration of the course.", Verdict::Technical),
        ("The library offers free homework support twice a week.", Verdict::Technical),
        ("Every household gets three free sessions with a budget coach.", Verdict::Technical),
        ("Legal advice is given free of charge at the neighbourhood office.", Verdict::Technical),
        ("The provider is free to choose the methods it uses.", Verdict::Functional),
        ("De opdrachtnemer is vrij in de keuze van de methode.", Verdict::Functional),
        ("The provider has a free hand in how it reaches these results.", Verdict::Functional),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
    let text = "Participants receive a free bus pass for the duration of the course.";
    assert!(!assess_checked(text).signals().any(|g| g.kind == SignalKind::ProviderFreedom));
}

/// Round 21: an opening "Door ... te <verb>," is the means, whoever is named in it ("Door
/// elke deelnemer ... te geven"); the main clause after the comma is the result, and the
/// kept clause puts a modal after a subject with a relative clause.
#[test]
fn round_21_an_opening_door_te_clause_is_the_means() {
    for (text, want) in [
        ("Door iedere statushouder een jaar lang een taalmaatje uit de buurt toe te wijzen, moet het aandeel dat na twee jaar niveau B1 haalt stijgen naar 60%.", Verdict::Mixed),
        ("Door elke werkzoekende drie keer per maand door een jobcoach te laten bellen, daalt het aantal uitkeringen in de wijk met 10%.", Verdict::Mixed),
        ("Door deelnemers zelf hun doelen te laten kiezen, stijgt het aandeel dat werk vindt naar 40%.", Verdict::Functional),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
    let text = "Door iedere statushouder een jaar lang een taalmaatje uit de buurt toe te wijzen, moet het aandeel dat na twee jaar niveau B1 haalt stijgen naar 60%.";
    let a = assess_checked(text);
    let s = &a.sentences()[0];
    let parts = s.parts.as_ref().expect("an opening means and its result");
    assert!(parts.technical.text(text).contains("taalmaatje"), "{:?}", parts.technical.text(text));
    assert!(parts.functional.text(text).contains("60%"), "{:?}", parts.functional.text(text));
    let kept = s.rewrite.as_ref().and_then(|r| r.kept.as_ref()).expect("the functional part is kept");
    assert_eq!(kept.clause, "Het aandeel dat na twee jaar niveau B1 haalt moet stijgen naar 60%");
}

/// Round 21: an upper limit on the income of the people named ("met een inkomen tot 120%
/// van het sociaal minimum") says who qualifies, not a target; a floor they must reach
/// ("een inkomen boven ...") still is. A school year ("groep 1", "groep 7 en 8") is no group
/// the service is given in; "in groepen van acht" still is.
#[test]
fn round_21_eligibility_limits_and_school_years() {
    for (text, want) in [
        ("Gezinnen met een inkomen tot 130% van het sociaal minimum krijgen elk schooljaar een tegoedbon van € 150 voor schoolspullen.", Verdict::Technical),
        ("Residents with an income below 120% of the social minimum can borrow a laptop from the library for three months.", Verdict::Technical),
        ("Deelnemers hebben na een jaar een inkomen boven 120% van het sociaal minimum.", Verdict::Functional),
        ("Inwoners met een inkomen tot 120% van het sociaal minimum maken na een jaar even vaak gebruik van de regelingen als andere inwoners.", Verdict::Functional),
        ("Kleuters met een taalachterstand stromen zonder achterstand door naar groep 3.", Verdict::Functional),
        ("Leerlingen uit groep 7 en 8 krijgen twee keer per week een gymles van een vakleerkracht.", Verdict::Technical),
        ("De training wordt gegeven in groepen van acht deelnemers.", Verdict::Technical),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
    let text = "Gezinnen met een inkomen tot 130% van het sociaal minimum krijgen elk schooljaar een tegoedbon van € 150 voor schoolspullen.";
    assert!(!assess_checked(text).signals().any(|g| g.kind == SignalKind::Measure), "the 130% is no target");
}

/// Round 21: counted places or staff right at "werken" are its subject, an input ("In de
/// fietsenwerkplaats werken zes leerwerkplekken ..."), not clients who work; hours of work or
/// a number of clients that work stay a result.
#[test]
fn round_21_counted_places_that_work_are_an_input() {
    for (text, want) in [
        (
            "In de fietsenwerkplaats werken zes leerwerkplekken voor jongeren zonder startkwalificatie.",
            Verdict::Technical,
        ),
        (
            "Op de kinderboerderij werken drie begeleiders voor deelnemers met een verstandelijke beperking.",
            Verdict::Technical,
        ),
        ("Deelnemers werken na een jaar minstens 20 uur per week.", Verdict::Functional),
        ("Na het traject werken 40 deelnemers bij een reguliere werkgever.", Verdict::Functional),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
}

/// Round 23: money. An amount handed to the people served ("krijgen een vergoeding van € 500
/// per jaar", "ontvangen € 150 per kind") is an instrument, not a target; a price per client
/// whose relative clause names the result ("€ 1.800 per ouder die ... werkt", "for each
/// participant who still works") is a price per result, and the hours in that clause are the
/// result's measure; a figure that changes by an amount ("stijgt met € 150 per maand") and
/// what clients earn stay functional.
#[test]
fn round_23_money_handed_out_and_money_per_result() {
    for (text, want) in [
        ("Gezinnen met een laag inkomen ontvangen een tegemoetkoming van € 150 per kind per jaar voor schoolkosten.", Verdict::Technical),
        ("Mantelzorgers krijgen elk jaar € 250 als blijk van waardering.", Verdict::Technical),
        ("The municipality gives each care leaver € 1,200 per year towards furniture.", Verdict::Technical),
        ("De aanbieder krijgt € 2.500 per werkzoekende die na een jaar nog een betaalde baan heeft.", Verdict::Functional),
        ("The provider is paid € 3,000 for each participant who still works at least 24 hours a week after one year.", Verdict::Functional),
        ("Het inkomen van deelnemers stijgt met gemiddeld € 150 per maand.", Verdict::Functional),
        ("Participants earn at least € 1,500 a month after one year.", Verdict::Functional),
        ("De opdrachtnemer ontvangt € 45 per uur begeleiding.", Verdict::Technical),
        ("Deelnemers die 20 uur per week een cursus volgen, krijgen een reiskostenvergoeding.", Verdict::Technical),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
    let text =
        "The provider is paid € 3,000 for each participant who still works at least 24 hours a week after one year.";
    let a = assess_checked(text);
    assert!(a.signals().any(|g| g.kind == SignalKind::OutcomeCostUnit && g.span.text(text) == "for each participant"));
    assert!(a.signals().any(|g| g.kind == SignalKind::Measure && g.span.text(text) == "24 hours a week"));
    assert!(!a.signals().any(|g| g.kind == SignalKind::InputQuantity), "no input: the money buys a result");
}

/// Round 23: ratios and shares. A ratio of staff to the people served ("one supervisor for
/// every four participants", "één begeleider op vijf deelnemers") is an input, its counted
/// clients no target; a share of the means that turns into a result in its clause ("70% van
/// de proefplaatsingen gaat over in een dienstverband") is a target, while a share of the
/// input itself ("90% van de geplande lessen") stays an attendance rule; "in 40% van de
/// gevallen" is a share of cases and does not take the next noun as its unit.
#[test]
fn round_23_staff_ratios_and_shares_of_the_means() {
    for (text, want) in [
        ("Deelnemers werken in de kringloopwinkel, met één begeleider op vijf deelnemers.", Verdict::Technical),
        (
            "In the workplace learners practise real tasks and work, with a coach for every ten learners.",
            Verdict::Technical,
        ),
        ("Van de deelnemers vindt één op de vier werk.", Verdict::Functional),
        ("At least 60% of the work trials lead to a permanent job.", Verdict::Functional),
        ("Minstens de helft van de leerwerkplekken eindigt in een vaste baan.", Verdict::Functional),
        ("Deelnemers volgen ten minste 90% van de geplande lessen.", Verdict::Technical),
        ("At least 90% of the scheduled sessions take place at the client's home.", Verdict::Technical),
        ("In 55% van de gevallen hebben deelnemers na een jaar een baan.", Verdict::Functional),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
    let text = "Deelnemers werken in de kringloopwinkel en vinden werk, met één begeleider op vijf deelnemers.";
    let a = assess_checked(text);
    assert!(
        !a.signals().any(|g| g.kind == SignalKind::Measure && g.span.text(text).contains("vijf")),
        "a ratio is no target"
    );
}

/// Round 23: the people served getting in touch with staff or the provider ("kunnen hun
/// gezinscoach ook in het weekend bellen", "can reach their coach by phone", "kunnen terecht
/// bij hun consulent") is access to the service, a service level, not an outcome; reaching
/// their own goals, or calling an employer themselves, stays what they can do.
#[test]
fn round_23_access_to_staff_is_a_service_level() {
    for (text, want) in [
        ("Ouders kunnen hun gezinscoach ook in het weekend bellen.", Verdict::Technical),
        (
            "Cliënten kunnen met vragen over hun traject elke werkdag terecht bij hun vaste consulent.",
            Verdict::Technical,
        ),
        ("Young carers can call the provider's helpline until ten in the evening.", Verdict::Technical),
        (
            "Jongeren kunnen na de training zelf een werkgever bellen om naar een vacature te vragen.",
            Verdict::Functional,
        ),
        ("Participants can reach their own goals without help from a coach after one year.", Verdict::Functional),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
    let text = "Ouders kunnen hun gezinscoach ook in het weekend bellen.";
    assert!(!assess_checked(text).signals().any(|g| g.kind == SignalKind::TargetGroupOutcome));
}

/// Round 23: a clause after a word of schedule ("op ochtenden dat de kinderen naar school
/// zijn", "in the evenings when the children are at home") says when the service is given;
/// what the people served do in it is no result. A moment of a result ("Op het moment dat een
/// deelnemer werk vindt") and children who go back to school stay functional.
#[test]
fn round_23_a_clause_of_schedule_is_no_result() {
    for (text, want) in [
        ("De taalles is op middagen wanneer de kinderen op school zitten.", Verdict::Technical),
        (
            "The parenting group meets in the evenings when the children are at home with a babysitter.",
            Verdict::Technical,
        ),
        ("Op het moment dat een deelnemer werk vindt, ontvangt de opdrachtnemer een bonus.", Verdict::Functional),
        ("Kinderen gaan na de zomer weer elke dag naar school.", Verdict::Functional),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
    let text = "De taalles is op middagen wanneer de kinderen op school zitten.";
    assert!(
        !assess_checked(text).signals().any(|g| g.kind.is_functional()),
        "nothing functional in the clause of time"
    );
}

/// Round 23: a benefit (a problem word) the people served keep or receive, or that money is
/// paid from ("behoudt in die periode zijn uitkering", "houden hun bijstandsuitkering",
/// "betaalt ... uit hun uitkering"), is a condition of the instrument, not a result; keeping a
/// job and no longer receiving a benefit stay results.
#[test]
fn round_23_a_benefit_kept_is_no_result() {
    for (text, want) in [
        ("Tijdens de werkstage houden deelnemers gewoon hun bijstandsuitkering.", Verdict::Technical),
        (
            "Het eerste halfjaar maakt de gemeente de zorgpremie van nieuwkomers over uit hun bijstand.",
            Verdict::Technical,
        ),
        ("Deelnemers behouden na een jaar hun baan.", Verdict::Functional),
        ("Na een jaar ontvangt 40% van de deelnemers geen uitkering meer.", Verdict::Functional),
        ("Het aantal inwoners met een uitkering daalt met 10%.", Verdict::Functional),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
    let text = "Tijdens de werkstage houden deelnemers gewoon hun bijstandsuitkering.";
    assert!(!assess_checked(text).signals().any(|g| g.kind == SignalKind::Result));
}

/// Round 23: a step of the service that opens a span of time ("from intake to six months
/// after placement", "van intake tot plaatsing") is a moment, not a means; "integral price"
/// is the English of "integrale prijs"; "ready for" (paid work, the labour market) is a state
/// reached.
#[test]
fn round_23_spans_integral_prices_and_readiness() {
    for (text, want) in [
        (
            "De trajectprijs dekt alles van intake tot een half jaar na plaatsing; de aanbieder kiest de instrumenten.",
            Verdict::Functional,
        ),
        ("We pay one integral price per participant; the provider chooses the support.", Verdict::Functional),
        (
            "After the programme 70% of the participants are ready for paid work, according to their employer.",
            Verdict::Functional,
        ),
        ("Deelnemers volgen van maandag tot vrijdag een training van drie uur.", Verdict::Technical),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
    let text =
        "De trajectprijs dekt alles van intake tot een half jaar na plaatsing; de aanbieder kiest de instrumenten.";
    assert!(!assess_checked(text).signals().any(|g| g.span.text(text) == "intake"), "intake opens the span");
}

/// Round 23: what the provider or the buyer pays for is an input ("De gemeente vergoedt het
/// inburgeringsexamen en de lessen", "The provider pays the course fee and the exam"): a
/// level named in it is reached by no one there. A price per result ("betaalt per deelnemer
/// die ... haalt", "for each participant who finds a job") stays functional.
#[test]
fn round_23_what_is_paid_for_is_an_input() {
    for (text, want) in [
        ("De gemeente vergoedt het inburgeringsexamen en de lessen voor het staatsexamen NT2.", Verdict::Technical),
        ("De opdrachtnemer financiert het praktijkexamen voor het vakdiploma van elke leerling.", Verdict::Technical),
        ("De gemeente betaalt per deelnemer die binnen een jaar een startkwalificatie haalt.", Verdict::Functional),
        ("The municipality pays the provider for each participant who finds a job.", Verdict::Functional),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
}

/// Round 24: the terms of an instrument with the people served as subject: a price or rent
/// of their own that they keep ("behouden hun oude huurprijs") is no result; keeping a job
/// stays one.
#[test]
fn round_24_a_price_kept_is_a_term_of_the_instrument() {
    let kept = "Huurders die naar een kleinere woning verhuizen, behouden hun huidige huurprijs en krijgen een \
                verhuisvergoeding van € 2.500.";
    for (text, want) in [(kept, Verdict::Technical), ("Deelnemers behouden na een jaar hun baan.", Verdict::Functional)]
    {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
    assert!(!assess_checked(kept).signals().any(|g| g.kind == SignalKind::Result && g.span.text(kept) == "behouden"));
}

/// Round 24: a conformance level of a norm ("niveau AA", "level AAA", a level of WCAG) is a
/// condition on a system, not a level a client reaches; a client's language level stays one.
#[test]
fn round_24_a_level_of_a_norm_is_a_condition_on_a_system() {
    for (text, want) in [
        ("De website van de gemeente voldoet aan WCAG 2.2 op niveau AA.", Verdict::Technical),
        ("The booking app must meet WCAG 2.1 level AA.", Verdict::Technical),
        ("Deelnemers halen binnen een jaar taalniveau A2.", Verdict::Functional),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
        let model = assess_checked(text).sentences()[0].model.as_ref().map(|m| m.rules);
        assert_eq!(model.unwrap_or(want), want, "the rules on {text}");
    }
    for text in [
        "The booking app must meet WCAG 2.1 level AA.",
        "De website van de gemeente voldoet aan WCAG 2.2 op niveau AA.",
    ] {
        assert!(!assess_checked(text).signals().any(|g| g.kind.is_functional()), "{text}");
    }
}

/// Round 24: how often a group meets, and the hours clients named by the programme they are
/// in work there, are input; hours of work after a period, or of a share, stay a result.
#[test]
fn round_24_meetings_and_programme_hours_are_input() {
    for (text, want) in [
        ("Het buurtnetwerk komt zes keer per jaar bijeen.", Verdict::Technical),
        (
            "De deelnemers van het kringloopproject werken vier ochtenden per week onder leiding van een voorman.",
            Verdict::Technical,
        ),
        ("De deelnemers van de kinderboerderij werken twee middagen per week met de dieren.", Verdict::Technical),
        ("Participants at the city farm work two afternoons a week feeding the animals.", Verdict::Technical),
        ("Deelnemers van het project werken na een jaar twintig uur per week.", Verdict::Functional),
        ("70% van de deelnemers werkt na een jaar ten minste twintig uur per week.", Verdict::Functional),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
    let text = "Participants at the city farm work two afternoons a week feeding the animals.";
    let a = assess_checked(text);
    assert!(a.signals().any(|g| g.kind == SignalKind::InputQuantity && g.span.text(text) == "two afternoons a week"));
    assert!(!a.signals().any(|g| g.kind == SignalKind::Result), "their work there is no result");
}

/// Round 24: in a purpose clause, a figure that changes by a deadline ("binnen drie jaar is
/// gehalveerd") is the result the means is for, also when the lexicon does not know the
/// figure's noun.
#[test]
fn round_24_a_figure_that_changes_after_zodat_is_a_result() {
    for (text, want) in [
        (
            "De opdrachtnemer geeft docenten drie trainingen, zodat de kloof tussen jongens en meisjes binnen drie jaar \
             is gehalveerd.",
            Verdict::Mixed,
        ),
        ("De opdrachtnemer geeft docenten drie trainingen over het lesprogramma.", Verdict::Technical),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
}

/// Round 24: a count brought to zero also after a fronted phrase of place or time ("Op het
/// terrein staat eind 2028 geen enkele vacature ... open"), with the rest of its clause as
/// the target; not the length of a means ("Geen enkele sessie duurt ...") nor a limit on a
/// waiting time.
#[test]
fn round_24_a_zero_target_after_a_fronted_phrase() {
    for (text, want) in [
        (
            "Op het bedrijventerrein staat eind 2028 geen enkele vacature langer dan drie maanden open.",
            Verdict::Functional,
        ),
        ("In 2027 wordt geen enkel gezin met kinderen uit huis gezet.", Verdict::Functional),
        ("Geen enkele sessie duurt langer dan een uur.", Verdict::Technical),
        ("De wachttijd is voor geen enkele inwoner langer dan vier weken.", Verdict::Technical),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
    let text = "Op het bedrijventerrein staat eind 2028 geen enkele vacature langer dan drie maanden open.";
    assert!(!assess_checked(text).signals().any(|g| !g.kind.is_functional()), "{text}");
}

/// Round 24: "free" before what is handed out also after "and", "with" or a verb of giving
/// ("are given a plot and free seeds", "get free bus tickets"): gratis, not room for the
/// provider; "free to choose" stays freedom.
#[test]
fn round_24_free_things_handed_out_are_no_freedom() {
    for (text, want) in [
        ("Participants get free bus tickets.", Verdict::Technical),
        ("Gardeners are given a plot and free seeds and tools.", Verdict::Technical),
        ("The provider is free to choose its methods.", Verdict::Functional),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
}

/// Round 24: "om ... te" after a noun of possibility ("bespreekt de mogelijkheden om te
/// verhuizen") says what the possibility is, not what the sentence is for; a means "om ...
/// te" a result stays a purpose.
#[test]
fn round_24_the_content_of_a_possibility_is_no_purpose() {
    for (text, want) in [
        (
            "De wooncoach bezoekt elke huurder thuis en bespreekt de mogelijkheden om te verhuizen naar een kleinere \
             woning.",
            Verdict::Technical,
        ),
        ("Deelnemers krijgen een training om binnen een jaar werk te vinden.", Verdict::Mixed),
    ] {
        assert_eq!(assess_checked(text).verdict(), want, "{text}");
    }
    let text = "De wooncoach bezoekt elke huurder thuis en bespreekt de mogelijkheden om te verhuizen naar een kleinere woning.";
    assert!(!assess_checked(text).signals().any(|g| g.kind == SignalKind::Purpose));
}

/// Round 24: points of a score ("daalt met vijf punten", "een punt lager") are the amount a
/// score changes by, not a place; a "punt" where people go stays a place.
#[test]
fn round_24_points_of_a_score_are_no_place() {
    let text = "Na de training daalt de gemiddelde stressscore van de ouders met ten minste vier punten.";
    assert!(!assess_checked(text).signals().any(|g| g.kind == SignalKind::PlaceOrTime), "{text}");
    assert_eq!(assess_checked(text).verdict(), Verdict::Functional, "{text}");
    let text = "Het informatiepunt in de bibliotheek is elke dag open.";
    assert_eq!(assess_checked(text).verdict(), Verdict::Technical, "{text}");
}

/// Round 25: checks the verdict with the model and that of the rules alone.
fn round_25_reads(text: &str, want: Verdict) {
    let a = assess_checked(text);
    assert_eq!(a.verdict(), want, "{text}");
    let rules = a.sentences()[0].model.as_ref().map(|m| m.rules);
    assert_eq!(rules.unwrap_or(want), want, "the rules on {text}");
}

/// Round 25: a certificate held by the one carrying out the work or by a provider ("onder
/// toezicht van een uitvoerder met een geldig VCA-certificaat") is a qualification, no level a
/// client reaches; a client with a certificate who finds work stays a result.
#[test]
fn round_25_a_certificate_of_the_one_carrying_out_the_work_is_a_qualification() {
    let supervised = "Leerlingen timmeren in de werkplaats alleen onder toezicht van een uitvoerder met een geldig \
                      veiligheidscertificaat.";
    round_25_reads(supervised, Verdict::Technical);
    assert!(!assess_checked(supervised).signals().any(|g| g.kind == SignalKind::Level), "{supervised}");
    round_25_reads("De aanbieder met een ISO-certificaat begeleidt de deelnemers.", Verdict::Technical);
    round_25_reads("Deelnemers met een VCA-certificaat vinden binnen een jaar werk.", Verdict::Functional);
}

/// Round 25: a facility the people served run themselves after a period ("wordt na twee jaar
/// door bewoners zelf beheerd") is a state reached, not a place; without the moment, or run
/// by staff, it stays technical.
#[test]
fn round_25_a_facility_run_by_clients_after_a_period_is_a_state_reached() {
    for (text, want) in [
        ("De schooltuin wordt na een half jaar door de leerlingen zelf onderhouden.", Verdict::Functional),
        ("The community garden is run by residents themselves after two years.", Verdict::Functional),
        ("Het buurthuis wordt door bewoners zelf schoongemaakt.", Verdict::Technical),
        ("Het wijkcentrum wordt door een beheerder van de gemeente beheerd.", Verdict::Technical),
    ] {
        round_25_reads(text, want);
    }
}

/// Round 25: what an integral price per trajectory says it covers ("waarin alle gesprekken en
/// huisbezoeken zijn inbegrepen") is its content, no means prescribed; means the provider must
/// carry out beside the price stay means.
#[test]
fn round_25_what_a_price_covers_is_no_means() {
    round_25_reads(
        "De opdrachtnemer rekent een vaste prijs per traject schuldhulp, waarin de gesprekken, de trainingen en de \
         nazorg zijn inbegrepen.",
        Verdict::Functional,
    );
    // The rules keep the means here (the model, on its words, reads it as technical).
    let beside = "De opdrachtnemer voert alle gesprekken en huisbezoeken uit binnen een vaste prijs per traject.";
    let a = assess_checked(beside);
    assert_eq!(a.sentences()[0].model.as_ref().map_or(a.verdict(), |m| m.rules), Verdict::Mixed, "{beside}");
    assert!(a.signals().any(|g| g.kind == SignalKind::PrescribedMeans), "{beside}");
}

/// Round 25: after an opening purpose clause ("Om de helft van de jongeren ... te helpen,")
/// the main clause is the means: a length given to its noun ("een leerwerktraject van 40
/// weken") is an input, so the sentence is mixed; a length that is the target stays a measure.
#[test]
fn round_25_a_length_of_the_means_after_an_opening_purpose_is_input() {
    let text = "Om de helft van de jongeren binnen twee jaar aan een startkwalificatie te helpen, volgt iedere \
                jongere een leerwerktraject van 40 weken.";
    let rules = assess_checked(text);
    let rules = rules.sentences()[0].model.as_ref().map_or(rules.verdict(), |m| m.rules);
    assert_eq!(rules, Verdict::Mixed, "the rules on {text}");
    assert!(assess_checked(text).signals().any(|g| g.kind == SignalKind::InputQuantity), "{text}");
    round_25_reads("Deelnemers werken na een traject van twaalf weken ten minste een jaar.", Verdict::Functional);
}

/// Round 25: the people served attending school or work that often after a period ("attend
/// school at least four days a week after six months") is a state reached; attending the
/// programme's training, or school without a moment after a period, stays input.
#[test]
fn round_25_attending_school_or_work_after_a_period_is_a_state_reached() {
    for (text, want) in [
        (
            "Young people in the programme attend school at least four days a week after six months.",
            Verdict::Functional,
        ),
        ("Participants attend the training two days a week.", Verdict::Technical),
        ("Participants in the programme attend school two days a week.", Verdict::Technical),
    ] {
        round_25_reads(text, want);
    }
}

/// Round 26: the rules' verdict (what the model would override, if it does).
fn round_26_rules(text: &str, want: Verdict) {
    let a = assess_checked(text);
    let rules = a.sentences()[0].model.as_ref().map_or(a.verdict(), |m| m.rules);
    assert_eq!(rules, want, "the rules on {text}");
}

/// Round 26: the English infinitive "halve" after "to" or a modal is a change of a figure ("In
/// order to halve the number of ..., the provider deploys ..." is mixed); the Dutch adjective
/// "halve" ("een halve dag") stays no change.
#[test]
fn round_26_to_halve_is_a_change() {
    for (text, want) in [
        (
            "To halve the number of evictions in the district, the provider sends a debt counsellor on weekly home \
             visits.",
            Verdict::Mixed,
        ),
        ("The number of school dropouts must halve within three years.", Verdict::Functional),
        ("De werkgever maakt een halve dag per week vrij voor de begeleiding van de stagiair.", Verdict::Technical),
    ] {
        round_26_rules(text, want);
    }
}

/// Round 26: a sentence opening with the staff member a ratio is counted per ("Per werkmeester
/// zijn maximaal zes deelnemers ...") is a staffing ratio, an input, and what the counted
/// clients do in its clause is no result; a target per staff member (no cap, or a moment after
/// a period) is left to the other rules.
#[test]
fn round_26_a_cap_of_clients_per_staff_member_is_staffing() {
    for (text, want) in [
        (
            "Per begeleider zijn ten hoogste vijf deelnemers tegelijk aan het werk in de fietsenwerkplaats.",
            Verdict::Technical,
        ),
        ("For each work supervisor there are at most eight participants at work in the kitchen.", Verdict::Technical),
        ("Per jobcoach zijn na een jaar ten hoogste tien deelnemers zonder werk.", Verdict::Functional),
    ] {
        round_26_rules(text, want);
    }
    let ratio = assess_checked("Per begeleider zijn ten hoogste vijf deelnemers tegelijk aan het werk.");
    assert!(!ratio.signals().any(|g| g.kind == SignalKind::Result), "no result in a ratio's clause");
}

/// Round 26: a percentage charged on an amount of money ("een opslag van 15% op de
/// brutoloonkosten per gewerkt uur", "12% on the gross wage costs per hour worked") is a term of
/// a price per unit of input, technical even with "wage"; a bonus per result and a share of
/// people stay functional.
#[test]
fn round_26_a_percentage_charged_on_costs_is_a_price_term() {
    for (text, want) in [
        ("Payrollvergoeding: een vaste opslag van 15% op de brutoloonkosten per gewerkt uur.", Verdict::Technical),
        ("The provider charges a surcharge of 9% on the wage costs for every hour worked.", Verdict::Technical),
        (
            "De aanbieder ontvangt een bonus van 10% op de trajectprijs per deelnemer die een baan vindt.",
            Verdict::Functional,
        ),
        ("Het inkomen van 60% van de deelnemers stijgt met 10% op jaarbasis.", Verdict::Functional),
    ] {
        round_26_rules(text, want);
    }
}

/// Round 26: a fronted share of the occasions of the service ("In 98% van de ritten komt de
/// leerling op tijd aan", "In 95% of the rides ...") is a norm on how it is delivered, no
/// result of the people served; a share of trajectories, or a share of means as the subject
/// that turns into a result, stays functional.
#[test]
fn round_26_a_share_of_the_rides_is_a_norm_on_the_service() {
    for (text, want) in [
        ("In 97% van de ritten is de leerling uiterlijk tien minuten voor schooltijd op school.", Verdict::Technical),
        ("In 95% of the rides the pupil arrives at school on time.", Verdict::Technical),
        ("In 90% van de trajecten vindt de deelnemer binnen een jaar werk.", Verdict::Functional),
        ("70% van de proefplaatsingen gaat over in een dienstverband.", Verdict::Functional),
    ] {
        round_26_rules(text, want);
    }
}

/// Round 26: a cap on the time spent in the transport, per ride or in the vehicle ("zit per
/// enkele reis niet langer dan 60 minuten in het voertuig"), is a norm on the service; hours
/// of work after a period or per week stay a result.
#[test]
fn round_26_a_cap_on_the_ride_is_a_norm_on_the_service() {
    for (text, want) in [
        ("Een kind zit per rit maximaal 45 minuten in de taxi.", Verdict::Technical),
        ("A pupil spends no longer than 45 minutes in the vehicle on a single ride.", Verdict::Technical),
        ("Deelnemers werken na een jaar maximaal 20 uur per week in de bus als chauffeur.", Verdict::Functional),
    ] {
        round_26_rules(text, want);
    }
}

/// Round 26: what the people served rate with a mark ("Deelnemers beoordelen de training van
/// de jobcoach gemiddeld met een 8") is the object of their judgement, no means; a staff member
/// rating the clients is no such mark.
#[test]
fn round_26_what_clients_rate_is_no_means() {
    for (text, want) in [
        ("Deelnemers beoordelen de training van de jobcoach gemiddeld met een 8.", Verdict::Functional),
        ("Tenants rate the home visits of the debt counsellor at 8 or higher on average.", Verdict::Functional),
    ] {
        round_26_rules(text, want);
    }
    let a = assess_checked("Tenants rate the home visits of the debt counsellor at 8 or higher on average.");
    assert!(!a.signals().any(|g| g.kind == SignalKind::PrescribedMeans), "the rated service is no means");
}

/// Round 26: a programme or place as the subject of "leidt ertoe dat" only names what the
/// result is asked of; without a result after "dat" the means stay.
#[test]
fn round_26_a_programme_that_leads_to_a_result() {
    for (text, want) in [
        (
            "Het taalhuis moet ertoe leiden dat jaarlijks 200 inwoners hun taalniveau met één niveau verbeteren.",
            Verdict::Functional,
        ),
        ("De training leidt ertoe dat de jobcoach wekelijks een rapportage maakt.", Verdict::Technical),
    ] {
        round_26_rules(text, want);
    }
}

/// Round 27: the rules' verdict and whether they read the sentence as two parts (a means part
/// and the result it is for: the model does not override such a mixed).
fn round_27_rules(text: &str, want: Verdict) -> bool {
    let a = assess_checked(text);
    let rules = a.sentences()[0].model.as_ref().map_or(a.verdict(), |m| m.rules);
    assert_eq!(rules, want, "the rules on {text}");
    a.sentences()[0].parts.is_some()
}

/// Round 27: an English opening infinitive of purpose ("To help 70% of the participants find
/// work within a year, ...") runs to its comma, as "Om ... te helpen," does: the main clause
/// is the means, and the mixed sentence is read as two parts. An opening condition ("To be
/// eligible, ...") or a purpose whose main clause leaves the means free is no such split.
#[test]
fn round_27_an_english_opening_purpose_is_a_part() {
    for text in [
        "To help at least 70% of the young people into a job, each participant follows a vocational course of 240 \
         hours.",
        "To get at least 60% of the newcomers into paid work within eighteen months, every participant receives a \
         language coach for four hours a week.",
    ] {
        assert!(round_27_rules(text, Verdict::Mixed), "two parts: {text}");
        assert_eq!(assess_checked(text).verdict(), Verdict::Mixed, "{text}");
    }
    round_27_rules(
        "To help participants find work, the provider is free to choose its own approach.",
        Verdict::Functional,
    );
    round_27_rules("To that end, the provider organises weekly group sessions.", Verdict::Technical);
}

/// Round 27: a share of the cases with a deadline of days or hours in its clause ("In 90% van
/// de gevallen ontvangt de melder binnen twee werkdagen een reactie") is a norm on how fast
/// the service responds, an input; a share of the cases with a result within months stays a
/// target.
#[test]
fn round_27_a_share_of_cases_within_days_is_a_norm_on_the_service() {
    for (text, want) in [
        (
            "In 90% van de gevallen ontvangt de melder binnen twee werkdagen een reactie van de wijkcoach.",
            Verdict::Technical,
        ),
        (
            "In 98% of cases a tenant in arrears is visited at home within five days of the landlord's report.",
            Verdict::Technical,
        ),
        ("In 80% van de gevallen heeft de deelnemer binnen zes maanden betaald werk.", Verdict::Functional),
        ("In 70% of cases the participant finds a paid job within twelve months.", Verdict::Functional),
    ] {
        round_27_rules(text, want);
    }
}

/// Round 27: a price per client who reaches a result ("€ 3.000 per deelnemer die ... een
/// contract van ten minste zes maanden ... tekent", "per participant who holds a paid job in
/// catering or cleaning services") is a price per result; the sector, contract and length in
/// its relative clause describe the result. A price per client who follows a training stays
/// a price of the means.
#[test]
fn round_27_a_price_per_client_who_reaches_a_result() {
    for (text, want) in [
        (
            "De gemeente betaalt € 3.000 per deelnemer die binnen een jaar een contract van ten minste zes maanden bij \
             een zorginstelling tekent.",
            Verdict::Functional,
        ),
        ("We pay a fixed fee per participant who signs a contract of at least six months with a logistics company.", Verdict::Functional),
        (
            "The provider receives € 2,500 per participant who holds a paid job in catering or cleaning services one \
             year after the start.",
            Verdict::Functional,
        ),
        ("De opdrachtnemer ontvangt € 80 per deelnemer die een training volgt in het buurthuis.", Verdict::Technical),
        ("De opdrachtnemer tekent met iedere deelnemer een contract van twaalf maanden.", Verdict::Technical),
    ] {
        round_27_rules(text, want);
    }
}

/// Round 27: the people served working in the programme, its hours a week and its other counts
/// ("en volgen één dag les", "in one of the three kitchens") are inputs when the programme is
/// named in the subject or its staff supervise the work; working hours after a period, or at
/// a regular employer, stay a result.
#[test]
fn round_27_work_in_the_programme_is_input() {
    for (text, want) in [
        (
            "Trainees work at least 20 hours a week in one of the three community kitchens, under the supervision of a \
             qualified chef.",
            Verdict::Technical,
        ),
        (
            "Deelnemers aan het groenproject werken drie dagen per week in de parken en volgen één dag les bij het roc.",
            Verdict::Technical,
        ),
        ("Deelnemers werken na een jaar minstens 20 uur per week bij een reguliere werkgever.", Verdict::Functional),
        ("Participants work at least 20 hours a week in paid employment one year after the start.", Verdict::Functional),
    ] {
        round_27_rules(text, want);
    }
}

/// Round 27: a staff word that names the diploma or certificate the people served obtain
/// ("het diploma Pedagogisch medewerker kinderopvang", "the certificate warehouse employee")
/// is its name, and the credential their level; a diploma held by staff stays a
/// qualification.
#[test]
fn round_27_a_credential_named_after_a_job_is_the_clients_level() {
    for (text, want) in [
        (
            "Ten minste 60% van de deelnemers behaalt binnen een jaar het diploma Pedagogisch medewerker kinderopvang.",
            Verdict::Functional,
        ),
        (
            "At least half of the trainees obtain the certificate warehouse employee within nine months.",
            Verdict::Functional,
        ),
        ("De docent heeft het diploma Pedagogisch medewerker en begeleidt de deelnemers.", Verdict::Technical),
        ("De begeleiders beschikken over het mbo-diploma Maatschappelijke zorg.", Verdict::Technical),
    ] {
        round_27_rules(text, want);
    }
    let a =
        assess_checked("At least half of the trainees obtain the certificate warehouse employee within nine months.");
    assert!(!a.signals().any(|g| g.kind == SignalKind::StaffQualification), "no staff in the credential's name");
}

/// Round 27: the sector right after paid work ("betaald werk in de kinderopvang of de
/// thuiszorg", "a paid job in cleaning or catering services") is where the job is, no means
/// or place of the service; a training in that sector stays a means.
#[test]
fn round_27_the_sector_of_paid_work_is_no_means() {
    for (text, want) in [
        (
            "Na een jaar heeft 40% van de deelnemers betaald werk in de kinderopvang of de thuiszorg.",
            Verdict::Functional,
        ),
        (
            "At least 30% of the participants have a paid job in cleaning or catering services within a year.",
            Verdict::Functional,
        ),
        (
            "De opdrachtnemer begeleidt deelnemers naar betaald werk door middel van een training in de kinderopvang.",
            Verdict::Technical,
        ),
    ] {
        round_27_rules(text, want);
    }
    let a = assess_checked("Na een jaar heeft 40% van de deelnemers betaald werk in de kinderopvang of de thuiszorg.");
    assert!(!a.signals().any(|g| g.kind == SignalKind::PrescribedMeans), "the sector is no means");
}

/// Round 27: none of a group of the people served ("Geen van de deelnemers valt ... terug",
/// "None of the residents returns to the night shelter ...") is a zero target, and the
/// places they must not return to are no means; none of them receiving more than an input,
/// none of the sessions or of the houses, stay technical.
#[test]
fn round_27_none_of_the_clients_is_a_zero_target() {
    for (text, want) in [
        ("Geen van de deelnemers valt binnen een jaar terug in de schuldhulpverlening.", Verdict::Functional),
        (
            "None of the residents returns to the night shelter or the street within a year of moving in.",
            Verdict::Functional,
        ),
        ("Geen van de deelnemers krijgt meer dan vier gesprekken.", Verdict::Technical),
        ("None of the sessions lasts longer than two hours.", Verdict::Technical),
        ("Geen van de woningen ligt verder dan 500 meter van een bushalte.", Verdict::Technical),
    ] {
        round_27_rules(text, want);
    }
}

/// Round 27: a rules' functional whose only evidence is a price per result is not made
/// technical by the model on the words of what the price covers (the retrained model read
/// this English integral price as technical at 72%).
#[test]
fn round_27_what_an_integral_price_covers_stays_functional() {
    for text in [
        "The provider charges one integral price per trajectory, in which all coaching, training and materials are \
         included.",
        "We pay a fixed price per placement, which covers the intake, the job coaching and the aftercare.",
    ] {
        round_27_rules(text, Verdict::Functional);
        assert_eq!(assess_checked(text).verdict(), Verdict::Functional, "{text}");
    }
}

/// Round 27: open to the people served ("staat open voor alle inwoners met ...") is who may
/// take part, a condition of access; open to other methods stays the provider's freedom.
#[test]
fn round_27_open_to_clients_is_a_condition_of_access() {
    for (text, want) in [
        (
            "Het taalcafé staat open voor alle inwoners met een bijstandsuitkering die hun Nederlands willen oefenen.",
            Verdict::Technical,
        ),
        ("De gemeente staat open voor andere methoden dan de hier genoemde.", Verdict::Functional),
    ] {
        round_27_rules(text, want);
    }
}

/// Round 28: the rules' verdict (as round 27's helper: whether they read two parts).
fn round_28_rules(text: &str, want: Verdict) -> bool {
    round_27_rules(text, want)
}

/// Round 28: a Dutch integral price "waarin alle ... zijn begrepen/inbegrepen" says what it
/// covers: neither the means nor the costs it names are a means or a price per unit of input,
/// and the model does not read them as such. Costs paid apart stay a price per input.
#[test]
fn round_28_what_a_dutch_integral_price_covers_is_no_means() {
    for text in [
        "Per deelnemer betaalt de gemeente één integrale trajectprijs, waarin alle trainingen, het vervoer en de \
         nazorg zijn begrepen.",
        "De aanbieder rekent één vaste prijs per traject, waarin alle kosten van coaching, materialen en \
         werkplekaanpassingen zijn inbegrepen.",
    ] {
        round_28_rules(text, Verdict::Functional);
        assert_eq!(assess_checked(text).verdict(), Verdict::Functional, "{text}");
    }
    for text in [
        "De gemeente betaalt een uurtarief voor de begeleiding, en de kosten van de cursus worden apart vergoed.",
        "De opdrachtnemer ontvangt een vaste prijs per deelnemer; de kosten van het vervoer naar de werkplek worden \
         apart vergoed.",
    ] {
        round_28_rules(text, Verdict::Technical);
    }
}

/// Round 28: a means followed by "met als resultaat dat", "met als doel dat", "willen we
/// bereiken dat" or "with the result that" and a figure is two parts, the means and the
/// result it is for; a key figure or a foreman is staff. Without a means the result stands
/// alone.
#[test]
fn round_28_a_means_with_the_result_it_is_for_is_two_parts() {
    for text in [
        "Deelnemers volgen minimaal tien dagdelen training in de bibliotheek, met als resultaat dat ten minste 70% \
         van hen na afloop zelfstandig DigiD gebruikt.",
        "Nieuwkomers krijgen een vaste sleutelfiguur uit hun eigen wijk als steunpunt toegewezen, met als doel dat \
         binnen een jaar 40% van hen vrijwilligerswerk doet.",
        "Door het onderhoud van het park te laten doen door ploegen van zes deelnemers met een voorman, willen we \
         bereiken dat 25% binnen een jaar een baan vindt.",
        "Participants take at least ten sessions of training at the library, with the result that at least 70% of \
         them use DigiD on their own afterwards.",
    ] {
        assert!(round_28_rules(text, Verdict::Mixed), "two parts: {text}");
        assert_eq!(assess_checked(text).verdict(), Verdict::Mixed, "{text}");
    }
    for (text, want) in [
        (
            "De opdrachtnemer bepaalt zelf de aanpak, met als resultaat dat ten minste 60% van de deelnemers binnen \
             een jaar werk vindt.",
            Verdict::Functional,
        ),
        ("Wij willen bereiken dat ten minste 60% van de deelnemers binnen een jaar werk vindt.", Verdict::Functional),
        ("De sleutelfiguur spreekt de taal van de gezinnen.", Verdict::Technical),
    ] {
        round_28_rules(text, want);
    }
}

/// Round 28: the buyer leaving the means to the provider with words between "laat" and "aan"
/// ("laat de gemeente uitdrukkelijk aan opdrachtnemer") is the provider's freedom, so the means
/// named there are left free. Showing something to the provider, a payment to it, or the
/// provider letting the participants do something is no freedom.
#[test]
fn round_28_means_left_expressly_to_the_provider_are_free() {
    for text in [
        "De keuze van werkwijze, locatie en aantal gesprekken met de bewoners laat de gemeente nadrukkelijk aan \
         opdrachtnemer; beoordeeld wordt alleen of de afgesproken resultaten worden gehaald.",
        "De inzet van groepstrainingen, huisbezoeken en coaching laten wij nadrukkelijk aan de aanbieder; wij \
         toetsen alleen of 60% van de deelnemers na een jaar werk heeft.",
    ] {
        round_28_rules(text, Verdict::Functional);
        assert_eq!(assess_checked(text).verdict(), Verdict::Functional, "{text}");
    }
    // The rules; the model still reads this one as technical (see the ledger).
    round_28_rules(
        "Welke methode en welke locatie worden gebruikt, laat de gemeente volledig aan inschrijver.",
        Verdict::Functional,
    );
    for text in [
        "De gemeente laat de rapportage zien aan opdrachtnemer tijdens het kwartaaloverleg.",
        "De gemeente betaalt de factuur binnen dertig dagen aan opdrachtnemer.",
        "De opdrachtnemer laat de deelnemers wekelijks een training volgen in het buurthuis.",
    ] {
        round_28_rules(text, Verdict::Technical);
    }
}

/// Round 28: a fronted share of the referrals ("In 90% van de aanmeldingen", "In 90% of
/// referrals") with a deadline of working days in its clause is a norm on how fast the service
/// responds, as round 27's share of the cases is; a share of the referrals with a result
/// within months stays a target.
#[test]
fn round_28_a_share_of_referrals_within_days_is_a_norm_on_the_service() {
    for text in [
        "In 90% van de meldingen neemt een wijkcoach binnen drie werkdagen contact op met de melder.",
        "In 90% of referrals the provider holds the intake within five working days.",
    ] {
        round_28_rules(text, Verdict::Technical);
    }
    round_28_rules(
        "In 60% van de aanmeldingen heeft de deelnemer binnen twaalf maanden een betaalde baan.",
        Verdict::Functional,
    );
}

/// Round 29: the rules' verdict (as round 27's helper: whether they read two parts).
fn round_29_rules(text: &str, want: Verdict) -> bool {
    round_27_rules(text, want)
}

/// Round 29: an opening means "Door ... te <verb>," before "bereikt de opdrachtnemer/aanbieder
/// dat" and a figure is two parts, as "willen we bereiken dat" is; a fixed contact person is
/// staff. Without an opening means the result stands alone.
#[test]
fn round_29_an_opening_means_before_the_provider_reaching_a_result_is_two_parts() {
    for text in [
        "Door iedere statushouder een vaste contactpersoon bij de werkgever te geven, bereikt de aanbieder dat \
         binnen een jaar 40% van hen nog in dienst is.",
        "Door elke jongere een vaste contactpersoon op school toe te wijzen, bereikt de opdrachtnemer dat ten \
         hoogste 10% van de jongeren voortijdig stopt.",
    ] {
        assert!(round_29_rules(text, Verdict::Mixed), "two parts: {text}");
        assert_eq!(assess_checked(text).verdict(), Verdict::Mixed, "{text}");
    }
    round_29_rules(
        "De opdrachtnemer bereikt dat ten minste 60% van de deelnemers binnen een jaar werk vindt.",
        Verdict::Functional,
    );
}

/// Round 29: a minibus run for the participants is a means; with "in order to keep ... below
/// 10%" (or "om ... onder 10% te houden") after it the sentence is two parts. Keeping a figure
/// below a level without a means is a result.
#[test]
fn round_29_a_minibus_before_keeping_a_figure_below_a_level_is_two_parts() {
    for text in [
        "The contractor runs a minibus between the station and the farm during the first month, in order to keep \
         the share of participants who drop out below 15%.",
        "Voor deelnemers zonder rijbewijs zet de aanbieder een minibusje in naar het bedrijventerrein, om de uitval \
         in de eerste maand onder 10% te houden.",
    ] {
        assert!(round_29_rules(text, Verdict::Mixed), "two parts: {text}");
    }
    for text in [
        "The provider keeps drop-out among newly placed workers below 10%.",
        "Ten minste twaalf vrijwillige chauffeurs van de buurtbus hebben na een jaar betaald werk.",
    ] {
        round_29_rules(text, Verdict::Functional);
    }
}

/// Round 29: the weight of an award criterion in brackets ("Gunningscriterium 2 (15%):") is part
/// of its heading, and experience "aangetoond met referenties" is a qualification shown, not a
/// result demonstrated: technical. A result shown by a contract stays functional.
#[test]
fn round_29_experience_shown_by_references_is_a_qualification() {
    for text in [
        "Gunningscriterium 2 (15%): de ervaring van de inschrijver met jongeren met een licht verstandelijke \
         beperking, aangetoond met twee referentieprojecten.",
        "Award criterion 3 (10%): the team leader's experience with young carers, demonstrated by two references.",
    ] {
        round_29_rules(text, Verdict::Technical);
        assert_eq!(assess_checked(text).verdict(), Verdict::Technical, "{text}");
    }
    for text in [
        "Gunningscriterium 1 (40%): het aandeel deelnemers dat binnen een jaar betaald werk heeft.",
        "Ten minste 60% van de deelnemers heeft aantoonbaar werk, aangetoond met een arbeidscontract.",
    ] {
        round_29_rules(text, Verdict::Functional);
    }
}

/// Round 29: the English "leave the choice of methods (entirely) to the provider" is the
/// provider's freedom, as "laat ... aan opdrachtnemer" is; leaving a programme is no freedom.
#[test]
fn round_29_methods_left_to_the_provider_in_english_are_free() {
    let text = "The municipality leaves the approach to the contractor; what matters is that 60% of participants \
                have a paid job within a year.";
    round_29_rules(text, Verdict::Functional);
    assert_eq!(assess_checked(text).verdict(), Verdict::Functional, "{text}");
    let text = "We leave the choice of methods to the provider; what counts is that participants in the \
                neighbourhood project take part in activities every week.";
    assert_eq!(assess_checked(text).verdict(), Verdict::Functional, "{text}");
    round_29_rules("We leave the keys to the provider every morning at 8:00.", Verdict::Technical);
}

/// Round 29: a workplace "beschut of regulier" (sheltered or regular) that a person has within a
/// period is a placement in work: functional. Offering sheltered work with staff is a means.
#[test]
fn round_29_a_workplace_sheltered_or_regular_is_a_result() {
    for text in [
        "Binnen een jaar heeft 70% van de deelnemers een plek in werk, regulier of beschut.",
        "Every former employee of the workshop has a new workplace, sheltered or regular, within six months.",
    ] {
        round_29_rules(text, Verdict::Functional);
        assert_eq!(assess_checked(text).verdict(), Verdict::Functional, "{text}");
    }
    round_29_rules(
        "De opdrachtnemer biedt in de werkplaats beschut werk aan, met een werkbegeleider per acht medewerkers.",
        Verdict::Technical,
    );
}

/// The rules' verdict on the first sentence of `text` (before any model override); whether
/// the rules split it into a means part and a result part.
fn round_30_rules(text: &str, want: Verdict) -> bool {
    round_27_rules(text, want)
}

/// Round 30: the choice of means "(uitdrukkelijk) voorbehouden aan opdrachtnemer" is the
/// provider's freedom, as "laat ... aan opdrachtnemer" is. Reserved to the municipality, or a
/// means reserved for some clients, is no freedom of the provider.
#[test]
fn round_30_means_reserved_to_the_provider_are_free() {
    for text in [
        "De keuze van werkwijze, trainingen en begeleiders is voorbehouden aan de opdrachtnemer, zolang 50% van \
         de deelnemers binnen een jaar werk heeft.",
        "Welke instrumenten en welk personeel worden ingezet, is uitdrukkelijk voorbehouden aan opdrachtnemer, mits \
         de afgesproken uitstroom wordt gehaald.",
    ] {
        round_30_rules(text, Verdict::Functional);
        assert_eq!(assess_checked(text).verdict(), Verdict::Functional, "{text}");
    }
    for text in [
        "De keuze van de trainingslocatie en de inzet van trainers is voorbehouden aan de gemeente.",
        "Een taalcursus van 40 lessen is voorbehouden aan deelnemers zonder startkwalificatie.",
    ] {
        round_30_rules(text, Verdict::Technical);
    }
}

/// Round 30: an opening "In order to" with a figure in its result runs to its comma, as "To
/// ..." does: the means in the main clause (a mentor, a coach) is a part of its own. A rate of
/// days or hours a week in a main clause that names no result, after "Om ... te ...,", is
/// input. Without a means in the main clause the sentence stays functional.
#[test]
fn round_30_an_opening_purpose_before_a_means_is_two_parts() {
    for text in [
        "In order to get at least 60% of the school leavers into a job within a year, the provider gives each of \
         them a job coach who visits them every fortnight at the workplace.",
        "Om 30% van de deelnemers aan een vaste baan in de zorg te helpen, plaatst de aanbieder elke deelnemer \
         drie dagen per week bij een ervaren verzorgende op de afdeling.",
    ] {
        round_30_rules(text, Verdict::Mixed);
        assert_eq!(assess_checked(text).verdict(), Verdict::Mixed, "{text}");
    }
    for text in [
        "In order to meet the target, at least 60% of the participants have a paid job within a year.",
        "Om de doelstelling te halen, werkt 40% van de deelnemers na een jaar ten minste drie dagen per week bij \
         een reguliere werkgever.",
    ] {
        round_30_rules(text, Verdict::Functional);
    }
}

/// Round 30: an opening "Via"/"Through" phrase whose noun the lexicon does not know (a pool of
/// employers) is still the means before the result the frame finds after it: two parts. A
/// "Via" phrase with a known means was already weighed; a result without an opening means
/// stays functional.
#[test]
fn round_30_an_unknown_opening_means_is_weighed() {
    for text in [
        "Via een vaste werkgeverskring van twaalf bouwbedrijven zorgt de opdrachtnemer ervoor dat jaarlijks ten \
         minste dertig deelnemers een arbeidsovereenkomst krijgen.",
        "Through a regional employers' circle of twenty firms, at least 40% of the participants find a paid job \
         within a year.",
    ] {
        assert!(round_30_rules(text, Verdict::Mixed), "two parts: {text}");
        assert_eq!(assess_checked(text).verdict(), Verdict::Mixed, "{text}");
    }
    round_30_rules(
        "De opdrachtnemer zorgt ervoor dat jaarlijks ten minste dertig deelnemers een arbeidsovereenkomst krijgen.",
        Verdict::Functional,
    );
}

/// Round 30: clients' say in the service ("cliëntparticipatie", a client panel) is a condition
/// of the process, not participation in society: securing it with a panel that meets a few
/// times a year is technical. A share of participants that rises is still a result.
#[test]
fn round_30_client_participation_in_the_service_is_a_process() {
    for text in [
        "Om cliëntenparticipatie te waarborgen, stelt de aanbieder een klantenpanel samen van tien deelnemers dat \
         elk kwartaal vergadert.",
        "Teneinde de cliëntparticipatie te borgen, organiseert de opdrachtnemer twee keer per jaar een \
         bijeenkomst met deelnemers.",
    ] {
        round_30_rules(text, Verdict::Technical);
        assert_eq!(assess_checked(text).verdict(), Verdict::Technical, "{text}");
    }
    round_30_rules(
        "Het aandeel deelnemers dat weer meedoet in de samenleving stijgt in twee jaar tot ten minste 70%.",
        Verdict::Functional,
    );
}

/// Round 30: terse bestek lines. Under a heading of input ("Inzet:") a rate of hours is input,
/// and "tot einde plaatsing" bounds the time of the input, no result asked for: technical. A
/// result with a labelled means after ";" ("Resultaat: ...; Inzet: ...") is two parts, which
/// the model does not make functional. A result line with hours of work stays functional.
#[test]
fn round_30_labelled_input_lines_are_input() {
    for text in [
        "Inzet: per kandidaat min. 3 uur taalcoaching per week in de eerste 2 mnd., daarna 1 uur per week tot \
         einde dienstverband.",
        "Input: two hours of job coaching a week until the end of the placement.",
    ] {
        round_30_rules(text, Verdict::Technical);
        assert_eq!(assess_checked(text).verdict(), Verdict::Technical, "{text}");
    }
    let text = "Resultaat: 20 kandidaten met een arbeidsbeperking hebben na 1 jaar een baan; Inzet: proefplaatsing, \
                aangevuld met jobcoaching van min. 8 uur per maand in het eerste halfjaar.";
    round_30_rules(text, Verdict::Mixed);
    assert_eq!(assess_checked(text).verdict(), Verdict::Mixed, "{text}");
    for text in [
        "Resultaat: na 1 jaar werken 20 kandidaten min. 24 uur per week bij een reguliere werkgever.",
        "Aan het einde van het traject heeft ten minste de helft van de deelnemers een baan.",
    ] {
        round_30_rules(text, Verdict::Functional);
    }
}

/// Round 30: "Doel van <a named service>:" heads the goal that follows; the service named in
/// the heading is no means prescribed. A means in the sentence after it still counts.
#[test]
fn round_30_the_goal_of_a_named_service_heads_its_goal() {
    for text in [
        "Doel van de wandelgroep: deelnemers gaan weer zelfstandig de deur uit en hebben contact met buren.",
        "Goal of the repair workshop: participants find their way back to regular employment.",
    ] {
        round_30_rules(text, Verdict::Functional);
        assert_eq!(assess_checked(text).verdict(), Verdict::Functional, "{text}");
    }
    round_30_rules(
        "Doel van de wandelgroep: deelnemers wandelen twee keer per week een uur onder leiding van een \
         fysiotherapeut.",
        Verdict::Technical,
    );
}

/// Round 30: a fee "pas verschuldigd nadat" / "only payable once" a result is reached is a
/// payment on that result, and spending a budget ("inzet van een ... budget") is no means.
/// A fee due after a means was delivered stays technical.
#[test]
fn round_30_a_fee_due_only_after_a_result_is_paid_on_the_result() {
    for text in [
        "Bij inzet van een individueel scholingsbudget is de vergoeding aan de aanbieder pas verschuldigd nadat de \
         deelnemer een arbeidscontract heeft getekend.",
        "The provider's fee is only payable once the participant has accepted a paid job.",
    ] {
        round_30_rules(text, Verdict::Functional);
        assert_eq!(assess_checked(text).verdict(), Verdict::Functional, "{text}");
    }
    round_30_rules(
        "De vergoeding is pas verschuldigd nadat de deelnemer alle twintig lessen van de cursus heeft gevolgd.",
        Verdict::Technical,
    );
}

/// Round 30: a share of the kilometres the provider travels ("min. 70% van de kilometers per
/// fiets", "at least half of the miles") is a norm on how it works, an input: technical. A
/// share of participants who travel on their own is a result.
#[test]
fn round_30_a_share_of_the_kilometres_travelled_is_input() {
    for text in [
        "Reizen: trainingen vinden plaats op locaties bij een station; de jobcoach rijdt min. 70% van de \
         kilometers elektrisch.",
        "The coaches cover at least half of the miles of their home visits by bike or public transport.",
    ] {
        round_30_rules(text, Verdict::Technical);
        assert_eq!(assess_checked(text).verdict(), Verdict::Technical, "{text}");
    }
    round_30_rules(
        "Na een jaar reist 70% van de deelnemers zelfstandig met het openbaar vervoer naar het werk.",
        Verdict::Functional,
    );
}

/// Round 31: one fixed person (a coach, a contact person) "die (gedurende) het hele traject"
/// stays the same is staffing, a means: the whole trajectory is no room for the provider there,
/// also with a reason clause after it. Without a fixed person it is freedom, or a span of a
/// result, as before.
#[test]
fn round_31_a_fixed_person_for_the_whole_trajectory_is_a_means() {
    for text in [
        "Elke deelnemer krijgt een vaste coach die hem het hele traject begeleidt, omdat vertrouwen tijd kost.",
        "Iedere jongere heeft één vaste contactpersoon die gedurende het gehele traject bereikbaar is.",
    ] {
        round_27_rules(text, Verdict::Technical);
    }
    for text in [
        "De opdrachtnemer geeft het hele traject zelf vorm.",
        "De gemiddelde klantwaardering over het hele traject is een 7,5 of hoger.",
    ] {
        round_27_rules(text, Verdict::Functional);
    }
}

/// Round 31: a saving on benefit costs, vacancies filled by people on benefits, and staying
/// with the same employer are results. Posting vacancies, or a placement at the same employer
/// without staying, are not.
#[test]
fn round_31_savings_filled_vacancies_and_retention_are_results() {
    for text in [
        "Within two years the programme delivers savings on benefit costs of at least 200,000 euros.",
        "Dankzij de aanpak zijn na een jaar minstens twaalf vacatures vervuld door werkzoekenden met een \
         bijstandsuitkering.",
        "De aanpak leidt ertoe dat deelnemers ten minste een jaar bij dezelfde werkgever blijven.",
        "The provider makes sure that at least half of the people placed stay with the same employer for a year.",
    ] {
        round_27_rules(text, Verdict::Functional);
    }
    for text in [
        "De opdrachtnemer meldt vacatures aan bij het werkgeversservicepunt.",
        "Een stage duurt drie maanden bij dezelfde werkgever.",
    ] {
        round_27_rules(text, Verdict::Technical);
    }
}

/// Round 31: aftercare made of phone calls and a visit in given weeks is input; a share still
/// in work after the aftercare stays a result.
#[test]
fn round_31_aftercare_calls_are_input() {
    round_27_rules(
        "De nazorg na plaatsing bestaat uit een telefoontje na één en na vier weken en een gesprek op de werkplek.",
        Verdict::Technical,
    );
    round_27_rules("Na de nazorg heeft 80% van de deelnemers na een jaar nog steeds werk.", Verdict::Functional);
}

/// Round 32: a participant's language level after the trajectory is a result; a heading
/// that names one kind of staff ("Jobcoach:", "Werkleider:") puts the levels after it on that
/// person; an account manager and a work leader are staff.
#[test]
fn round_32_language_levels_of_clients_and_staff_labels() {
    for text in [
        "Na het traject beheerst de cursist het Nederlands op ten minste niveau A2 voor lezen en schrijven.",
        "Iedere inburgeraar leest aan het eind van het jaar eenvoudige brieven van de gemeente zelfstandig.",
        "Er volgt geen betaling voor een traject dat niet binnen een jaar tot een baanstart leidt.",
    ] {
        round_27_rules(text, Verdict::Functional);
    }
    for text in [
        "Werkleider: ten minste mbo-niveau 4 en vijf jaar ervaring met mensen met een arbeidsbeperking.",
        "Elke werkgever heeft één accountmanager die minimaal vijf jaar ervaring heeft in de uitzendbranche.",
        "De docent beheerst het Nederlands op niveau C1.",
    ] {
        round_27_rules(text, Verdict::Technical);
    }
    // A client named after the heading: the levels are the client's then.
    round_27_rules(
        "Jobcoach: na een jaar spreekt 60% van de deelnemers Nederlands op niveau B1 en heeft werk.",
        Verdict::Functional,
    );
    round_27_rules(
        "Doel: de deelnemer beheerst na een jaar het Nederlands op niveau B1 voor spreken en lezen.",
        Verdict::Functional,
    );
}

/// Round 32: in sheltered work, the ratio of work leaders to employees, their certificates
/// and training hours, briefings, the steps of the Wet verbetering poortwachter and a share of
/// secondments started within days are means and process norms, no results.
#[test]
fn round_32_sheltered_work_means_and_process_norms() {
    for text in [
        "Op elke tien medewerkers in de groenvoorziening zet de aanbieder één ervaren werkleider in.",
        "Every work leader holds a valid forklift certificate and follows at least eight hours of training a year.",
        "Work leaders hold a short briefing with their team before each shift.",
        "Onverminderd de Wet verbetering poortwachter voert de aanbieder binnen zes weken na de ziekmelding een \
         probleemanalyse uit.",
        "In minstens 95% van de gevallen begint een proefplaatsing binnen vijf werkdagen na de aanvraag.",
    ] {
        round_27_rules(text, Verdict::Technical);
    }
    for text in [
        "Op elke tien deelnemers vinden er binnen een jaar minstens drie een betaalde baan.",
        "Het aantal ziekmeldingen onder de medewerkers daalt in twee jaar met 20%.",
    ] {
        round_27_rules(text, Verdict::Functional);
    }
}

/// Round 32: an opening "By ...ing ..., " clause is the means of the measured result after
/// its comma, even with words the lexicon does not know; "By the end of the year" is a moment.
#[test]
fn round_32_an_opening_by_clause_is_the_means() {
    round_27_rules(
        "By moving every trainee through the kitchen, the laundry and the reception in the first six months, the \
         contractor ensures that at least half of them hold a regular job within two years.",
        Verdict::Mixed,
    );
    round_27_rules("By the end of the year, at least 40% of participants have found paid work.", Verdict::Functional);
}

/// Round 33: memo shorthand ("vd", "min.", "max.", a staff word with its employer as the
/// heading), a share of the cases closing the sentence, a capped group size, a quality mark of
/// providers and a share of the contract sum are means and process norms, no results.
#[test]
fn round_33_memo_shorthand_and_process_norms() {
    for text in [
        "Eerste gesprek binnen 5 werkdagen na verwijzing, in 95% vd gevallen.",
        "Training werknemersvaardigheden twee keer per week, min. 2 uur, max. 10 deelnemers.",
        "Job clubs meet in the community room, in groups of at most ten jobseekers.",
        "Jobcoach opdrachtnemer: min. mbo-niveau 4, 2 jr ervaring met de doelgroep.",
        "Het keurmerk Blik op Werk is een voorwaarde voor deelname aan de aanbesteding.",
        "Social return: 4% vd opdrachtsom besteden aan leerwerkplekken.",
    ] {
        round_27_rules(text, Verdict::Technical);
    }
    for text in [
        "Max. 10 deelnemers vallen binnen een jaar terug in de bijstand.",
        "Binnen een jaar vindt 40% vd deelnemers betaald werk.",
        "Binnen zes maanden heeft de deelnemer werk, in 60% van de trajecten.",
    ] {
        round_27_rules(text, Verdict::Functional);
    }
}

/// Round 33: purposes that are no result of the people served: keeping track of the results
/// ("Om de resultaten te borgen", "te kunnen meten", "zichtbaar te maken") is a process, and a
/// journey spared ("zodat ... niet naar ... hoeven te reizen") is convenience of access.
#[test]
fn round_33_purposes_that_are_no_client_result() {
    for text in [
        "Om de behaalde resultaten te kunnen meten, registreert de aanbieder iedere week de aanwezigheid van elke \
         deelnemer.",
        "Om de resultaten per wijk zichtbaar te maken, stuurt de opdrachtnemer elk kwartaal een overzicht naar de \
         gemeente.",
        "De aanbieder houdt elke dinsdag een spreekuur met een vaste consulent in het dorpshuis van Oostburg, zodat \
         inwoners van de kleine kernen niet naar Terneuzen hoeven te reizen.",
    ] {
        round_27_rules(text, Verdict::Technical);
    }
    for text in [
        "Om de resultaten te vergroten, zet de opdrachtnemer voor iedere deelnemer een vaste jobcoach in, zodat 50% \
         binnen een jaar werk vindt.",
        "Om betere resultaten te halen, krijgt iedere deelnemer wekelijks twee uur sollicitatietraining.",
        "De aanbieder zet in elk dorp een vaste budgetcoach in, zodat inwoners van de kleine kernen hun administratie \
         zelf bijhouden.",
    ] {
        round_27_rules(text, Verdict::Mixed);
    }
}

/// Round 33: a "met" phrase is the means of what the verb after it brings about, also when the
/// lexicon knows none of its words: an opening "Met ... zorgt de aanbieder ervoor dat ..." and
/// "wil met ... bereiken dat ...". A date ("Met ingang van"), the people served or employers
/// in the phrase are no means.
#[test]
fn round_33_a_met_phrase_is_the_means() {
    for text in [
        "Met een vaste weekplanning en een kleurenschema (bijvoorbeeld stickers op elke map) zorgt de aanbieder \
         ervoor dat deelnemers binnen een half jaar zelfstandig hun afspraken nakomen.",
        "Het college wil met een maandelijkse budgetmarkt in iedere bibliotheek bereiken dat het aantal huishoudens \
         met betalingsachterstanden met een kwart daalt.",
    ] {
        round_27_rules(text, Verdict::Mixed);
    }
    for text in [
        "Met ingang van het tweede contractjaar zorgt de opdrachtnemer ervoor dat 50% van de deelnemers werk vindt.",
        "De opdrachtnemer wil met de werkgevers in de regio bereiken dat jaarlijks 40% van de deelnemers een baan \
         vindt.",
    ] {
        round_27_rules(text, Verdict::Functional);
    }
}

/// Round 33: the people served choosing for themselves ("Deelnemers bepalen zelf hun tempo in
/// ...") is no room of the provider, and the means they choose in stays a means.
#[test]
fn round_33_clients_choosing_is_no_freedom_of_the_provider() {
    round_27_rules(
        "Cursisten bepalen zelf hun leerroute in wekelijkse taallessen met vrijwilligers, zodat na een jaar 70% van \
         hen het examen A2 haalt.",
        Verdict::Mixed,
    );
    for text in [
        "De aanbieder bepaalt zelf de inzet van middelen, zolang 50% van de deelnemers binnen een jaar werk vindt.",
        "Na een jaar regelen deelnemers zelf hun vervoer en hun kinderopvang.",
    ] {
        round_27_rules(text, Verdict::Functional);
    }
}

/// Round 33: plain words that leave the means open, bounded by a result ("Het maakt ons niet
/// uit ..., zolang ...", "We do not care how ..., as long as ..."); without the negation or the
/// bound they leave nothing open.
#[test]
fn round_33_plain_words_leave_the_means_open() {
    for text in [
        "Het maakt ons niet uit welke methode de aanbieder kiest, zolang 40% van de jongeren na een jaar een \
         startkwalificatie heeft.",
        "We do not care how the contractor arranges the support, as long as 60% of participants are in paid work \
         after a year.",
    ] {
        round_27_rules(text, Verdict::Functional);
    }
    for text in [
        "We care how participants are treated: every participant has a fixed coach who meets them weekly.",
        "Het maakt niet uit of het een training of een stage is: de deelnemer volgt minimaal 20 uur per week.",
    ] {
        round_27_rules(text, Verdict::Technical);
    }
}

/// Round 33: an integral price in plain words ("met alles erin", "all-inclusive price") is a
/// price per result, and how long a job lasts ("a job lasting at least twelve months") is a
/// measure of it; a session lasting three hours and an hourly rate stay input.
#[test]
fn round_33_integral_prices_in_plain_words() {
    for text in [
        "Per deelnemer betaalt de gemeente één bedrag voor het hele traject, met alles erin.",
        "The contractor receives one all-inclusive price per participant who holds a job lasting at least twelve \
         months.",
    ] {
        round_27_rules(text, Verdict::Functional);
    }
    for text in [
        "Each participant attends training sessions lasting at least three hours.",
        "De vergoeding is € 45 per uur, met alles erin.",
    ] {
        round_27_rules(text, Verdict::Technical);
    }
}

/// Round 33: a number of placements is a target, also in the passive and beside a budget
/// ceiling ("Binnen het budget ... worden ... minimaal 45 plaatsingen gerealiseerd"); a
/// section number before a capital and reporting placements stay a process.
#[test]
fn round_33_a_number_of_placements_is_a_target() {
    for text in [
        "Binnen het beschikbare budget van € 250.000 worden in het eerste contractjaar minimaal 45 plaatsingen \
         gerealiseerd.",
        "The service achieves at least 80 placements a year.",
    ] {
        round_27_rules(text, Verdict::Functional);
    }
    for text in [
        "3.2 Plaatsingen worden binnen vijf werkdagen gemeld bij de klantmanager.",
        "De opdrachtnemer meldt alle plaatsingen binnen vijf werkdagen aan de klantmanager.",
    ] {
        round_27_rules(text, Verdict::Technical);
    }
}

/// Round 33: one fixed buddy beside the client ("een vast taalmaatje") is staffing asked, the
/// means of the result after "zodat"; fixed volunteers who deliver the service, with a purpose
/// that is no result, stay technical.
#[test]
fn round_33_a_fixed_buddy_is_a_means() {
    round_27_rules(
        "Wij willen dat elke alleenstaande ouder een vast taalmaatje krijgt, zodat binnen een jaar 70% van hen \
         zelfstandig met de school van hun kinderen praat.",
        Verdict::Mixed,
    );
    for text in [
        "Elke deelnemer heeft een maatje uit de buurt.",
        "De begeleiding wordt gegeven door vaste vrijwilligers, zodat de deelnemer niet steeds een nieuw gezicht ziet.",
    ] {
        round_27_rules(text, Verdict::Technical);
    }
}

/// Round 33: a share of the people served who receive a plan of approach within weeks is a
/// norm on the process; a share who receive a job or a certificate stays a result.
#[test]
fn round_33_a_share_receiving_a_plan_is_a_process_norm() {
    round_27_rules(
        "Ten minste 95% van de cliënten ontvangt binnen tien werkdagen na de aanmelding een schriftelijk plan van \
         aanpak.",
        Verdict::Technical,
    );
    for text in [
        "Minstens 70% van de deelnemers krijgt binnen een jaar een vaste baan.",
        "Ten minste 60% van de deelnemers ontvangt na afloop een certificaat.",
    ] {
        round_27_rules(text, Verdict::Functional);
    }
}

/// Round 33: the figure a report gives ("een overzicht aan van het aantal plaatsingen") is the
/// report's content, no target; a figure the provider raises stays one.
#[test]
fn round_33_a_reported_figure_is_no_target() {
    for text in [
        "De aanbieder stuurt elk kwartaal per regio een overzicht aan de wethouder van het aantal plaatsingen, \
         uitvallers en wachtenden.",
        "The contractor submits a monthly overview of the number of placements per municipality.",
    ] {
        round_27_rules(text, Verdict::Technical);
    }
    for text in [
        "De opdrachtnemer verhoogt het aantal plaatsingen in twee jaar met 20%.",
        "De aanbieder zorgt ervoor dat het aantal deelnemers met werk na een jaar op ten minste 50 ligt.",
    ] {
        round_27_rules(text, Verdict::Functional);
    }
}

/// Round 33: outcomes in plain or first-person words: a client writing "ik" who can do
/// something themselves, people who sustain something with the approach "left to the
/// contractor"; a venue left to the municipality and a weekly talk the client asks for stay
/// technical.
#[test]
fn round_33_outcomes_in_plain_and_first_person_words() {
    for text in [
        "We want young carers to sustain their school attendance for the whole school year; the approach is left to \
         the contractor.",
        "Na een jaar wil ik zelf mijn boodschappen en mijn afspraken kunnen regelen.",
    ] {
        round_27_rules(text, Verdict::Functional);
    }
    for text in [
        "The choice of venue is left to the municipality; sessions take place twice a week.",
        "Ik wil dat mijn coach elke week een uur met mij praat.",
    ] {
        round_27_rules(text, Verdict::Technical);
    }
}

/// Round 33: "levert op dat" with the people served as the subject after "dat": what they do
/// there is the result, as after "leidt ertoe dat" or "zorgt ervoor dat"; "levert op dat
/// moment" and a provider after "dat" are no such result.
#[test]
fn round_33_what_a_trajectory_yields_is_the_result() {
    round_27_rules(
        "De training levert op dat de cursist na afloop zijn eigen weekplanning maakt en zelf bijstuurt als het \
         tegenzit; dit blijkt uit het eindgesprek.",
        Verdict::Functional,
    );
    for text in [
        "De opdrachtnemer levert op dat moment een verslag aan de klantmanager.",
        "De cursus levert op dat de opdrachtnemer een rapport schrijft.",
    ] {
        round_27_rules(text, Verdict::Technical);
    }
}

/// Round 33: a plan of approach received within weeks is a process document only beside a
/// share of clients who receive it; "De keuze valt op het plan van aanpak" (an award
/// criterion) is no process, and new forms of the service asked for ("staat open voor
/// vernieuwende vormen van ...") leave room for the provider (the Apeldoorn demo's
/// functional list, which the model retrained to tune-71 read as technical before).
#[test]
fn round_33_new_forms_asked_for_leave_room() {
    round_27_rules(
        "De gemeente staat open voor vernieuwende vormen van schuldhulp en budgetbeheer.",
        Verdict::Functional,
    );
    let text = "De keuze valt in de eerste plaats op het plan van aanpak; de gemeente staat open voor vernieuwende \
                vormen van re-integratie.";
    assert_eq!(assess_checked(text).verdict(), Verdict::Functional, "{text}");
}
