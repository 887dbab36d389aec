//! The bestek of the specification helper's micro-benchmark (`bench::spec`, wasm only): pure
//! and compiled natively too, because the native timing test (`tests/spec_corpus.rs`) and the
//! reading dump (`i18n::spec_model`'s tests) analyse the same text.

/// Six requirements, technical and functional, that [`sample_bestek`] repeats.
pub const SENTENCES: [&str; 6] = [
    "De aanbieder verzorgt een taalcursus NT2 van 40 lessen van 2 uur in het wijkcentrum, tegen een prijs per les.",
    "Minstens 55% van de deelnemers stroomt binnen twaalf maanden uit naar betaald werk of vrijwilligerswerk.",
    "De begeleiding vindt plaats vanuit een vestiging in de gemeente, op werkdagen tussen 9.00 en 17.00 uur.",
    "De deelnemer beheerst na het traject de Nederlandse taal op niveau A2, gemeten met het staatsexamen.",
    "Een psycholoog voert vier gesprekken van een uur met elke deelnemer, zodat de klant zelfstandig zijn schulden regelt.",
    "Wij betalen per traject dat resulteert in duurzame plaatsing van minimaal zes maanden.",
];

/// A bestek of about `chars` characters, mixing technical and functional requirements: the
/// six [`SENTENCES`] repeated, each followed by a space.
pub fn sample_bestek(chars: usize) -> String {
    let mut s = String::with_capacity(chars + 200);
    let mut i = 0;
    while s.len() < chars {
        s.push_str(SENTENCES[i % SENTENCES.len()]);
        s.push(' ');
        i += 1;
    }
    s
}
