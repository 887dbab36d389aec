//! Small reusable view pieces.

pub mod assessment;
pub mod dossier_bar;
pub mod download;
pub mod field;
pub mod step_nav;
pub mod undo;
