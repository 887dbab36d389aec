//! All user-facing text, in Dutch and English.
