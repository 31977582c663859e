//! seatplan: plan school seat capacity and see, year by year, how much of the
//! estimated seat deficit a plan leaves uncovered.
//!
//! Data flows one way: file → [`model::Scenario`] → [`model::validate`] →
//! [`model::project`] → [`model::Projection`] → chart, table, export.

pub mod app;
pub mod calendar;
pub mod chart;
pub mod cli;
pub mod deck;
pub mod export;
pub mod i18n;
pub mod io;
pub mod map;
pub mod model;
pub mod timing;
pub mod ui;
