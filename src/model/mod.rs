//! The domain: scenario types, validation and the year-by-year projection.
//!
//! Pure Rust with no UI dependency, so the CLI, the exporters, the tests and the
//! window all compute exactly the same figures.

mod assumptions;
mod compare;
mod cost;
mod demand;
mod diagnostic;
mod projection;
mod risk;
mod scenario;
mod text;
mod validate;
mod whatif;

pub use assumptions::{
    Assumptions, DEFAULT_COST_PER_SEAT, DelayAssumptions, DelayOdds, PLANNED_LATE_ONE_YEAR,
    PLANNED_ON_TIME, UNDER_CONSTRUCTION_LATE_ONE_YEAR, UNDER_CONSTRUCTION_ON_TIME,
};
pub use compare::{
    Comparison, ComparisonRow, RegionComparison, compare, compare_projections, compare_with,
};
pub use cost::{
    ClosingCost, ClosingRow, CostRow, PlanCost, RegionCost, closing_cost, cost_per_seat,
    places_per_design_seat, plan_cost, school_cost,
};
pub use demand::{DEFAULT_ENTRY_AGE, DEFAULT_GRADE_COUNT, DEFAULT_WINDOW, Demand};
pub use diagnostic::{DiagArg, Diagnostic, Position, Severity, Subject};
pub use projection::{
    Projection, RegionProjection, YearRow, interpolate_deficit, project, project_with,
    unit_deficits,
};
pub use risk::{
    Band, DEFAULT_DRAWS, DEFAULT_SEED, MAX_DRAWS, RegionRisk, Risk, RiskOptions, simulate,
};
pub use scenario::{
    District, Funding, LocalizedName, Region, RegionKind, Scenario, School, SchoolStatus, SeatUnit,
};
pub use text::{TEXT_EXPECTED, Text};
pub use validate::{MAX_HORIZON_SPAN, has_errors, validate};
pub use whatif::WhatIf;
