//! The smallest useful Leptos page: a heading and a reactive counter, then the `app-ready`
//! mark that scripts/bench reads (the app sets the same mark after mounting).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[component]
fn Minimal() -> impl IntoView {
    let count = RwSignal::new(0);
    view! {
        <main>
            <h1>"Minimal Leptos"</h1>
            <button type="button" on:click=move |_| count.update(|n| *n += 1)>
                "Clicked " {move || count.get()} " times"
            </button>
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(Minimal);
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark("app-ready");
    }
}

/// Self-test of the benchmark's in-browser micro-benchmarks (bench/bench.config.mjs): a fixed
/// amount of integer work, exported like the app's `bench_*` functions.
#[wasm_bindgen]
pub fn bench_selftest() -> u32 {
    let n = std::hint::black_box(1_000_000u32);
    let mut x = 0u32;
    for i in 0..n {
        x = x.wrapping_mul(31).wrapping_add(i ^ (x >> 7));
    }
    x
}
