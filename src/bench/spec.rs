//! A micro-benchmark of the specification helper: analyses a bestek of 20,000 characters once
//! per call.

use crate::platform::ChunkError;
use wasm_bindgen::prelude::*;

/// A bestek of about 20,000 characters, mixing technical and functional requirements.
pub fn sample_bestek(chars: usize) -> String {
    const SENTENCES: [&str; 6] = [
        "De aanbieder verzorgt een taalcursus NT2 van 40 lessen van 2 uur in het wijkcentrum, tegen een prijs per les.",
        "Minstens 55% van de deelnemers stroomt binnen twaalf maanden uit naar betaald werk of vrijwilligerswerk.",
        "De begeleiding vindt plaats vanuit een vestiging in de gemeente, op werkdagen tussen 9.00 en 17.00 uur.",
        "De deelnemer beheerst na het traject de Nederlandse taal op niveau A2, gemeten met het staatsexamen.",
        "Een psycholoog voert vier gesprekken van een uur met elke deelnemer, zodat de klant zelfstandig zijn schulden regelt.",
        "Wij betalen per traject dat resulteert in duurzame plaatsing van minimaal zes maanden.",
    ];
    let mut s = String::with_capacity(chars + 200);
    let mut i = 0;
    while s.len() < chars {
        s.push_str(SENTENCES[i % SENTENCES.len()]);
        s.push(' ');
        i += 1;
    }
    s
}

/// Analyses a 20,000-character bestek with the specification helper; returns the number of
/// sentences (so the work cannot be optimised away). Async: in a split build the code arrives
/// with the benchmarks' own chunk on the first call, so the benchmarks add nothing to what the
/// start page loads.
#[wasm_bindgen]
pub async fn bench_spec_20k() -> usize {
    crate::platform::split_await!(spec_20k()).unwrap_or(0)
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(bench_chunk, fallible, wasm_split_path = ::leptos::wasm_split)
)]
fn spec_20k() -> Result<usize, ChunkError> {
    let text = sample_bestek(20_000);
    Ok(crate::domain::spec::assess(&text).sentences().len())
}
