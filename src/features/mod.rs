//! One folder (or file) per screen.

pub mod dossiers;
pub mod learn;
pub mod not_found;
pub mod start;
