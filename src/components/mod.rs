//! Small reusable view pieces.

pub mod step_nav;
