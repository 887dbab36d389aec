//! Award arithmetic: price formulas, ranking, rank-reversal and weight-sensitivity checks,
//! evaluator consensus. Pure and exact (rust_decimal); never divides by zero or panics.

pub mod model;
