//! All integration tests in one binary: one link instead of one per file.

mod cli;
mod common;
mod compare;
mod corpus;
mod cost;
mod export;
mod files;
mod gui;
mod i18n;
mod loading;
mod map;
mod names;
mod pdf;
mod projection;
mod properties;
mod report_out;
mod risk;
mod validation;
mod whatif;
