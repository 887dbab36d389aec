//! Small reusable view pieces.

pub mod assessment;
pub mod dossier_bar;
pub mod field;
pub mod file_drop;
pub mod focus;
pub mod guidance;
pub mod lazy;
pub mod source;
pub mod step_nav;
pub mod undo;
