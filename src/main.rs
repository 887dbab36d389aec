#[cfg(target_arch = "wasm32")]
fn main() {
    inkoopwijzer::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Inkoopwijzer runs in the browser: see README.md (scripts/serve).");
}
