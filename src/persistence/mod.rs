//! Persistence: the only code that touches storage. The envelope, migrations and import
//! validation are pure and tested natively; the localStorage store is wasm-only.
