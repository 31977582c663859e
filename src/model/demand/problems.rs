//! The wording of demand problems as diagnostics.

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
        let (code, message, mut args) = self.words(observed);
        args.insert(0, ("unit", DiagArg::Text(unit.to_owned())));
        let message = format!("demand of {unit:?}{message}");
        let d = if self.is_error() {
            Diagnostic::error(subject.clone(), Some("demand"), message)
        } else {
            Diagnostic::warning(subject.clone(), Some("demand"), message)
        };
        let path = self.path(observed);
        let path = if path.is_empty() {
            prefix.to_owned()
        } else {
            format!("{prefix}.{path}")
        };
        d.with_code(code, args).in_path(path)
    }

    /// Translation key, English text after `demand of "UNIT"`, arguments.
    #[allow(clippy::too_many_lines)]
    fn words(&self, observed: &str) -> (&'static str, String, Vec<(&'static str, DiagArg)>) {
        let n = DiagArg::Number;
        let y = |v: i32| DiagArg::Year(i64::from(v));
        let t = |s: String| DiagArg::Text(s);
        match self {
            Problem::CapacityNegative(v) => (
                "diag-demand-capacity",
                format!(": capacity is {v}; enter the seats in use at the start of base_year (0 or more)"),
                vec![("value", n(*v))],
            ),
            Problem::Shifts(v) => (
                "diag-demand-shifts",
                format!(": shifts is {v}; use 1, 2 or 3 (the pupils one design seat serves in a school day)"),
                vec![("value", n(*v))],
            ),
            Problem::Margin(v) => (
                "diag-demand-margin",
                format!(": margin is {v}; use a whole percent from 0 to {MAX_MARGIN}"),
                vec![("value", n(*v)), ("max", n(MAX_MARGIN))],
            ),
            Problem::Window(v) => (
                "diag-demand-window",
                format!(": window is {v}; the ratios average at least 1 observed year (default {DEFAULT_WINDOW})"),
                vec![("value", n(*v)), ("default", n(DEFAULT_WINDOW))],
            ),
            Problem::GradeCount(v) => (
                "diag-demand-grade-count",
                format!(": grade_count is {v}; use 1 to {MAX_GRADES} (default {DEFAULT_GRADE_COUNT})"),
                vec![
                    ("value", n(*v)),
                    ("max", n(MAX_GRADES as i64)),
                    ("default", n(DEFAULT_GRADE_COUNT)),
                ],
            ),
            Problem::GradeCountWithGrades => (
                "diag-demand-grade-count-with-grades",
                ": grade_count goes only with pupils totals; with grades each list gives the grades: remove grade_count".into(),
                vec![],
            ),
            Problem::NegativeBirths { year, value } => (
                "diag-demand-negative-births",
                format!(": births in {year} are {value}; a count cannot be negative"),
                vec![("year", y(*year)), ("value", n(*value))],
            ),
            Problem::NegativePupils { year, value } => (
                "diag-demand-negative-pupils",
                format!(": pupils in {year} are {value}; a count cannot be negative"),
                vec![("year", y(*year)), ("value", n(*value))],
            ),
            Problem::NegativeGrade { year, grade, value } => (
                "diag-demand-negative-grade",
                format!(": grade {grade} in {year} has {value} pupils; a count cannot be negative"),
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
                format!(
                    ": births are missing for {}; give every year from {first} to {last}",
                    year_list(missing)
                ),
                vec![
                    ("years", t(year_list(missing))),
                    ("first", y(*first)),
                    ("last", y(*last)),
                ],
            ),
            Problem::BothObserved => (
                "diag-demand-both",
                " has both grades and pupils; keep one: grades (pupils by grade) or pupils (totals only)".into(),
                vec![],
            ),
            Problem::NoCapacity => (
                "diag-demand-no-capacity",
                " has no capacity and its area has no existing schools to take it from; give capacity (the seats in use at the start of base_year)".into(),
                vec![],
            ),
            Problem::NoCommonCensus => (
                "diag-demand-no-common-census",
                " takes its pupils from the existing schools, but they have no census year in common; give pupils, or every school's pupils for the same years".into(),
                vec![],
            ),
            Problem::NoObserved => (
                "diag-demand-neither",
                " has neither grades nor pupils; give pupils by grade (grades) or totals (pupils) for at least one school year".into(),
                vec![],
            ),
            Problem::ObservedEmpty => (
                "diag-demand-observed-empty",
                format!(": {observed} has no school year; give at least one"),
                vec![("field", t(observed.into()))],
            ),
            Problem::ObservedGap { missing } => (
                "diag-demand-observed-gap",
                format!(
                    ": the observed school years must follow each other; {observed} lacks {}",
                    year_list(missing)
                ),
                vec![
                    ("field", t(observed.into())),
                    ("years", t(year_list(missing))),
                ],
            ),
            Problem::GradesEmpty { year } => (
                "diag-demand-grades-empty",
                format!(": grades for {year} is an empty list; give the pupils of each grade, grade 1 first"),
                vec![("year", y(*year))],
            ),
            Problem::GradesTooMany { year, count } => (
                "diag-demand-grades-too-many",
                format!(": grades for {year} lists {count} grades; at most {MAX_GRADES}"),
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
                format!(
                    ": grades for {year} lists {count} grades but {first} lists {expected}; give every year the same grades"
                ),
                vec![
                    ("year", y(*year)),
                    ("count", n(*count as i64)),
                    ("first", y(*first)),
                    ("expected", n(*expected as i64)),
                ],
            ),
            Problem::NoEntryRatio { births } => (
                "diag-demand-no-entry-ratio",
                format!(
                    ": no entry ratio; grade 1 of an observed year needs the births of entry_age years before, given and above 0: give births for {}",
                    year_list(births)
                ),
                vec![("years", t(year_list(births)))],
            ),
            Problem::NoCohortRatio { births } => (
                "diag-demand-no-cohort-ratio",
                format!(
                    ": no ratio of pupils to births; an observed year needs the births of all its grades, given and above 0: give births for {}",
                    year_list(births)
                ),
                vec![("years", t(year_list(births)))],
            ),
            Problem::HeldBeforeObserved {
                first,
                base,
                until,
                value,
            } => (
                "diag-demand-held-before",
                format!(
                    ": the first observed school year is {first}, after base_year {base}; {base}–{until} are held flat at the {first} pupils ({value})"
                ),
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
                (
                    "diag-demand-no-pair",
                    format!(
                        ": no two consecutive observed years for grades {list}; their progression ratio is taken as 1.0 (give another school year)"
                    ),
                    vec![("grades", t(list))],
                )
            }
            Problem::BirthsHeld { years, last, value } => (
                "diag-demand-births-held",
                format!(
                    ": the forecast needs the births of {}, after the last year given ({last}); they are held at the {last} value ({value})",
                    year_list(years)
                ),
                vec![
                    ("years", t(year_list(years))),
                    ("last", y(*last)),
                    ("value", n(*value)),
                ],
            ),
            Problem::ProgressionRange { grade, ratio } => (
                "diag-demand-progression-range",
                format!(
                    ": the progression ratio into grade {grade} is {ratio:.3}, outside 0.8–1.2; check the grade counts"
                ),
                vec![("grade", n(*grade as i64)), ("ratio", ratio_text(*ratio))],
            ),
            Problem::EntryRange { ratio } => (
                "diag-demand-entry-range",
                format!(
                    ": the entry ratio (grade 1 to the births entry_age years before) is {ratio:.3}, outside 0.7–1.3; check births and grade 1"
                ),
                vec![("ratio", ratio_text(*ratio))],
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
