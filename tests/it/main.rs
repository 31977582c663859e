//! All integration tests in one binary: one link instead of one per file.

mod cli;
mod common;
mod compare;
mod corpus;
mod cost;
mod errors;
mod export;
mod fastload;
mod files;
mod gui;
mod harness;
mod i18n;
mod loading;
mod projection;
mod properties;
mod report_out;
mod risk;
mod validation;
mod whatif;
