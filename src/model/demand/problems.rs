//! Demand problems as diagnostics: each problem's translation key and
//! arguments (the sentences are in `assets/i18n/<lang>/main.ftl`).

use super::super::{DiagArg, Diagnostic, Scenario, Subject};
use super::evaluate::evaluate;
use super::{DEFAULT_GRADE_COUNT, DEFAULT_WINDOW, Demand, MAX_GRADES, MAX_MARGIN, Problem};

/// `2003–2005, 2010`: years as ranges.
pub fn year_list<T: Copy + Into<i64>>(years: &[T]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < years.len() {
        let start: i64 = years[i].into();
        let mut end = start;
        while i + 1 < years.len() && years[i + 1].into() == end + 1 {
            end += 1;
            i += 1;
        }
        parts.push(if end == start {
            start.to_string()
        } else {
            format!("{start}–{end}")
        });
        i += 1;
    }
    parts.join(", ")
}

fn ratio_text(r: f64) -> DiagArg {
    DiagArg::Text(format!("{r:.3}"))
}

impl Problem {
    /// The path of the value concerned, inside the demand block.
    fn path(&self, observed: &str) -> String {
        match self {
            Problem::CapacityNegative(_) => "capacity".into(),
            Problem::NoCapacity | Problem::NoCommonCensus => String::new(),
            Problem::Shifts(_) => "shifts".into(),
            Problem::Margin(_) => "margin".into(),
            Problem::Window(_) => "window".into(),
            Problem::GradeCount(_) | Problem::GradeCountWithGrades => "grade_count".into(),
            Problem::NegativeBirths { year, .. } => format!("births.{year}"),
            Problem::NegativePupils { year, .. } => format!("pupils.{year}"),
            Problem::NegativeGrade { year, .. }
            | Problem::GradesEmpty { year }
            | Problem::GradesTooMany { year, .. }
            | Problem::GradeLengths { year, .. } => format!("grades.{year}"),
            Problem::BirthsGap { .. }
            | Problem::NoEntryRatio { .. }
            | Problem::NoCohortRatio { .. }
            | Problem::BirthsHeld { .. } => "births".into(),
            Problem::BothObserved => "pupils".into(),
            Problem::NoObserved => String::new(),
            Problem::ObservedEmpty | Problem::ObservedGap { .. } => observed.into(),
            Problem::HeldBeforeObserved { first, .. } => format!("{observed}.{first}"),
            Problem::NoPair { .. }
            | Problem::ProgressionRange { .. }
            | Problem::EntryRange { .. } => "grades".into(),
            Problem::HousingYieldEmpty
            | Problem::HousingNegativeYield { .. }
            | Problem::HousingYieldHigh { .. } => "housing.yield".into(),
            Problem::HousingNegativeDwellings { year, .. } => format!("housing.dwellings.{year}"),
            Problem::HousingBeforeObserved { years, .. } => years.first().map_or_else(
                || "housing.dwellings".into(),
                |y| format!("housing.dwellings.{y}"),
            ),
        }
    }

    /// The problem as a diagnostic about `subject`. `unit` names the demand's
    /// owner in the message (`almaty-city`, or `almaty-city/alatau` for a
    /// district); `prefix` is the demand block's path in the subject
    /// (`demand`, `districts.0.demand`).
    pub fn diagnostic(
        &self,
        subject: &Subject,
        unit: &str,
        prefix: &str,
        observed: &str,
    ) -> Diagnostic {
        let (code, mut args) = self.words(observed);
        args.insert(0, ("unit", DiagArg::name(unit)));
        let d = if self.is_error() {
            Diagnostic::error(subject.clone(), Some("demand"), code, args)
        } else {
            Diagnostic::warning(subject.clone(), Some("demand"), code, args)
        };
        let path = self.path(observed);
        let path = if path.is_empty() {
            prefix.to_owned()
        } else {
            format!("{prefix}.{path}")
        };
        d.in_path(path)
    }

    /// The sentence's translation key (`diag-demand-…` in `assets/i18n`,
    /// which starts `demand of "UNIT"`) and its arguments besides `unit`.
    #[allow(clippy::too_many_lines)]
    fn words(&self, observed: &str) -> (&'static str, Vec<(&'static str, DiagArg)>) {
        let n = DiagArg::Number;
        let y = |v: i32| DiagArg::Year(i64::from(v));
        let t = |s: String| DiagArg::Text(s);
        match self {
            Problem::CapacityNegative(v) => ("diag-demand-capacity", vec![("value", n(*v))]),
            Problem::Shifts(v) => ("diag-demand-shifts", vec![("value", n(*v))]),
            Problem::Margin(v) => (
                "diag-demand-margin",
                vec![("value", n(*v)), ("max", n(MAX_MARGIN))],
            ),
            Problem::Window(v) => (
                "diag-demand-window",
                vec![("value", n(*v)), ("default", n(DEFAULT_WINDOW))],
            ),
            Problem::GradeCount(v) => (
                "diag-demand-grade-count",
                vec![
                    ("value", n(*v)),
                    ("max", n(MAX_GRADES as i64)),
                    ("default", n(DEFAULT_GRADE_COUNT)),
                ],
            ),
            Problem::GradeCountWithGrades => ("diag-demand-grade-count-with-grades", vec![]),
            Problem::NegativeBirths { year, value } => (
                "diag-demand-negative-births",
                vec![("year", y(*year)), ("value", n(*value))],
            ),
            Problem::NegativePupils { year, value } => (
                "diag-demand-negative-pupils",
                vec![("year", y(*year)), ("value", n(*value))],
            ),
            Problem::NegativeGrade { year, grade, value } => (
                "diag-demand-negative-grade",
                vec![
                    ("grade", n(*grade as i64)),
                    ("year", y(*year)),
                    ("value", n(*value)),
                ],
            ),
            Problem::BirthsGap {
                missing,
                first,
                last,
            } => (
                "diag-demand-births-gap",
                vec![
                    ("years", t(year_list(missing))),
                    ("first", y(*first)),
                    ("last", y(*last)),
                ],
            ),
            Problem::BothObserved => ("diag-demand-both", vec![]),
            Problem::NoCapacity => ("diag-demand-no-capacity", vec![]),
            Problem::NoCommonCensus => ("diag-demand-no-common-census", vec![]),
            Problem::NoObserved => ("diag-demand-neither", vec![]),
            Problem::ObservedEmpty => (
                "diag-demand-observed-empty",
                vec![("field", t(observed.into()))],
            ),
            Problem::ObservedGap { missing } => (
                "diag-demand-observed-gap",
                vec![
                    ("field", t(observed.into())),
                    ("years", t(year_list(missing))),
                ],
            ),
            Problem::GradesEmpty { year } => ("diag-demand-grades-empty", vec![("year", y(*year))]),
            Problem::GradesTooMany { year, count } => (
                "diag-demand-grades-too-many",
                vec![
                    ("year", y(*year)),
                    ("count", n(*count as i64)),
                    ("max", n(MAX_GRADES as i64)),
                ],
            ),
            Problem::GradeLengths {
                year,
                count,
                first,
                expected,
            } => (
                "diag-demand-grade-lengths",
                vec![
                    ("year", y(*year)),
                    ("count", n(*count as i64)),
                    ("first", y(*first)),
                    ("expected", n(*expected as i64)),
                ],
            ),
            Problem::NoEntryRatio { births } => (
                "diag-demand-no-entry-ratio",
                vec![("years", t(year_list(births)))],
            ),
            Problem::NoCohortRatio { births } => (
                "diag-demand-no-cohort-ratio",
                vec![("years", t(year_list(births)))],
            ),
            Problem::HeldBeforeObserved {
                first,
                base,
                until,
                value,
            } => (
                "diag-demand-held-before",
                vec![
                    ("first", y(*first)),
                    ("base", y(*base)),
                    ("until", y(*until)),
                    ("value", n(*value)),
                ],
            ),
            Problem::NoPair { grades } => {
                let list = grades
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                ("diag-demand-no-pair", vec![("grades", t(list))])
            }
            Problem::BirthsHeld { years, last, value } => (
                "diag-demand-births-held",
                vec![
                    ("years", t(year_list(years))),
                    ("last", y(*last)),
                    ("value", n(*value)),
                ],
            ),
            Problem::ProgressionRange { grade, ratio } => (
                "diag-demand-progression-range",
                vec![("grade", n(*grade as i64)), ("ratio", ratio_text(*ratio))],
            ),
            Problem::EntryRange { ratio } => (
                "diag-demand-entry-range",
                vec![("ratio", ratio_text(*ratio))],
            ),
            Problem::HousingYieldEmpty => ("diag-housing-yield-empty", vec![]),
            Problem::HousingNegativeYield { index, value } => (
                "diag-housing-negative-yield",
                vec![
                    ("year", n(*index as i64 + 1)),
                    ("value", t(format!("{value}"))),
                ],
            ),
            Problem::HousingYieldHigh { index, value } => (
                "diag-housing-yield-high",
                vec![
                    ("year", n(*index as i64 + 1)),
                    ("value", t(format!("{value}"))),
                ],
            ),
            Problem::HousingNegativeDwellings { year, value } => (
                "diag-housing-negative-dwellings",
                vec![("year", y(*year)), ("value", n(*value))],
            ),
            Problem::HousingBeforeObserved { years, last } => (
                "diag-housing-before-observed",
                vec![("years", t(year_list(years))), ("last", y(*last))],
            ),
        }
    }
}

/// Every problem of a demand as diagnostics (see [`Problem::diagnostic`]).
/// `area` is the demand's region and district (`None`: the region's own), whose
/// existing schools fill in what the demand leaves out.
pub fn diagnostics(
    s: &Scenario,
    area: (&str, Option<&str>),
    d: &Demand,
    subject: &Subject,
    unit: &str,
    prefix: &str,
) -> Vec<Diagnostic> {
    let (d, no_common) = super::stock_fill::fill(s, area.0, area.1, d);
    let observed = d.observed_field();
    let mut problems = evaluate(s, &d).problems;
    if no_common {
        // Say why there are no pupils, instead of asking for a table the
        // planner meant to take from the stock.
        for p in &mut problems {
            if *p == Problem::NoObserved {
                *p = Problem::NoCommonCensus;
            }
        }
    }
    problems
        .iter()
        .map(|p| p.diagnostic(subject, unit, prefix, observed))
        .collect()
}
