//! Small reusable view pieces.

pub mod field;
pub mod step_nav;
