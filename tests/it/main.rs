//! All integration tests in one binary: one link instead of one per file.

mod cli;
mod common;
mod compare;
mod consolidate;
mod corpus;
mod cost;
mod demand;
mod districts;
mod errors;
mod export;
mod files;
mod gui;
mod harness;
mod i18n;
mod loading;
mod merge;
mod projection;
mod properties;
mod report_out;
mod risk;
mod validation;
mod whatif;
