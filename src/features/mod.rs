//! One folder (or file) per screen.

pub mod about;
pub mod bids;
pub mod demos;
pub mod documents;
pub mod dossiers;
pub mod evaluation;
pub mod learn;
pub mod not_found;
pub mod route_dossier;
pub mod share_link;
pub mod spec_helper;
pub mod start;
pub mod wizard;
pub mod workshop;
