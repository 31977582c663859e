//! The domain: scenario types, validation and the year-by-year projection.
//!
//! Pure Rust with no UI dependency, so the CLI, the exporters, the tests and the
//! window all compute exactly the same figures.

mod assumptions;
mod compare;
mod cost;
mod demand;
mod diagnostic;
mod diff;
mod district_plan;
mod forecast_error;
mod housing_table;
mod ids;
mod limits;
mod merge;
mod projection;
mod review;
mod risk;
mod scenario;
mod stock;
mod targets;
mod text;
mod validate;
mod validate_districts;
mod validate_stock;
mod whatif;

pub use assumptions::{
    Assumptions, DEFAULT_COST_PER_SEAT, DEFAULT_DEFICIT_ERROR, DEFAULT_DEMAND_ERROR,
    DelayAssumptions, DelayOdds, PLANNED_LATE_ONE_YEAR, PLANNED_ON_TIME, Percent,
    UNDER_CONSTRUCTION_LATE_ONE_YEAR, UNDER_CONSTRUCTION_ON_TIME,
};
pub use compare::{
    Comparison, ComparisonRow, DistrictComparison, RegionComparison, compare, compare_projections,
    compare_with,
};
pub use cost::{
    ClosingCost, ClosingRow, CostRow, DistrictCost, PlanCost, RegionCost, closing_cost,
    cost_per_seat, places_per_design_seat, plan_cost, school_cost,
};
pub use demand::{
    Backtest, BacktestRow, DEFAULT_ENTRY_AGE, DEFAULT_GRADE_COUNT, DEFAULT_WINDOW, Demand,
    DemandOutcome, DemandRow, ENTRY_RANGE, Housing, ILLUSTRATIVE_YIELD, MAX_GRADES, MAX_MARGIN,
    MAX_SHIFTS, PROGRESSION_RANGE, Problem as DemandProblem, Progression, Ratios, backtest,
    backtest_summary, diagnostics as demand_diagnostics, evaluate as evaluate_demand,
    format_tenths, seats_needed, with_stock, year_list,
};
pub use diagnostic::{DiagArg, Diagnostic, Position, Severity, Subject};
pub use diff::{DiffField, DiffKind, DiffRow, diff};
pub use district_plan::{
    PlannedByDistrict, can_plan_as_one_region, district_id_for, labels_replaced,
    plan_as_one_region, plan_by_district,
};
pub use forecast_error::{demand_sigma, unit_error_scales};
pub use housing_table::{HousingRow, housing_projections, housing_table, without_housing};
pub use limits::{
    Limit, MAX_DISTRICTS, MAX_EXISTING, MAX_FILE_BYTES, MAX_NAME_CHARS, MAX_SCHOOLS,
    MAX_SOURCE_CHARS, OverLimit, check_file_bytes, check_limits,
};
pub use merge::{MergeError, MergeInput, MergeNotice, Merged, default_name, halve, merge, split};
pub use projection::{
    DistrictProjection, Headline, Projection, RegionProjection, YearRow, interpolate_deficit,
    project, project_with, unit_deficits,
};
pub use review::{About, Approval, Approvals, NOTE_FIELDS, Note, Review, Sign};
pub use risk::{
    Band, DEFAULT_DRAWS, DEFAULT_SEED, DistrictRisk, LIKELY, MAX_DRAWS, RegionRisk, Risk,
    RiskOptions, normal_draws, simulate, year_closed_with,
};
pub use scenario::{
    COUNTRY_ID, Condition, District, Existing, Funding, LocalizedName, Region, RegionKind,
    Scenario, School, SchoolStatus, SeatUnit,
};
pub use stock::{
    AreaStock, DEFAULT_NORM, SchoolStock, SchoolYear, Stock, StockSummary, format_load,
    round as stock_round, shifts_of, stock, stock_with, stock_without_plan, water_fill,
};
pub use targets::{Target, Targets};
pub use text::{TEXT_EXPECTED, Text};
pub use validate::{COMMISSIONED_FUTURE, MAX_HORIZON_SPAN, has_errors, validate, validate_on};
pub use whatif::{MAX_HOUSING_PERCENT, WhatIf, has_housing, region_has_housing};
