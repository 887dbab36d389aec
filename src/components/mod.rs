//! Small reusable view pieces.

pub mod assessment;
pub mod field;
pub mod step_nav;
