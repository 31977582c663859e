//! The domain: scenario types, validation and the year-by-year projection.
//!
//! Pure Rust with no UI dependency, so the CLI, the exporters, the tests and the
//! window all compute exactly the same figures.

mod diagnostic;
mod projection;
mod scenario;
mod validate;

pub use diagnostic::{Diagnostic, Position, Severity, Subject};
pub use projection::{Projection, RegionProjection, YearRow, interpolate_deficit, project};
pub use scenario::{
    Funding, LocalizedName, Region, RegionKind, Scenario, School, SchoolStatus, SeatUnit,
};
pub use validate::{MAX_HORIZON_SPAN, has_errors, validate};
