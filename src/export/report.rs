//! `seatplan report FILE --out DIR`: the CSV summary, every chart and the
//! map (or the district chart standing in for it) as SVG, `targets.svg` for
//! a file with existing schools, `housing.csv` for a file with housing, and
//! with `--pdf` the slides as one PDF.

use crate::calendar::Day;
use std::path::{Path, PathBuf};

use super::{
    ExportError, chart_file_name, district_file_name, district_svg, districts_svg, map_svg,
    selection_svg, slides_pdf, stands_in_for_map, write_file,
};
use crate::i18n::lang;
use crate::map::{MapData, kazakhstan};
use crate::model::{Projection, Risk, Scenario};

pub const HOUSING_HEADER: &str =
    "region,district,year,dwellings,housing_pupils,shortfall_without,shortfall_with,housing_seats";

/// The `housing` CSV (docs/scenario-format.md, "Housing"): one row per area
/// with housing and year, as `seatplan housing` prints it; the header only
/// for a file without housing.
pub fn housing_csv(s: &Scenario) -> String {
    use std::fmt::Write as _;
    let mut out = String::from(HOUSING_HEADER);
    out.push('\n');
    for r in crate::model::housing_table(s, &crate::model::WhatIf::NONE) {
        let _ = writeln!(
            out,
            "{},{},{},{},{},{},{},{}",
            r.region,
            r.district,
            r.year,
            r.dwellings,
            r.pupils,
            r.shortfall_without,
            r.shortfall_with,
            r.seats()
        );
    }
    out
}

/// Writes `summary.csv` (the `report` CSV), one SVG chart per region plus
/// `country.svg`, one per district of a region planned by district
/// (`REGION.DISTRICT.svg`), `map.svg` when the file plans a region the map
/// shows, and with `pdf` the slides as `slides.pdf` (`date` on the title
/// slide) into `dir`, the charts and slides with the risk band's fans and
/// its slide when `risk` is given, creating it if needed; returns the files written. Text
/// is in the current language (`i18n::set_lang`).
///
/// For a file planning exactly one region, by district
/// ([`stands_in_for_map`]), `map.svg` holds that region's district chart
/// (shortfall at the horizon, largest first) instead of a country map with
/// one city coloured: the name stays `map.svg`, so every report has the same
/// set of files and what a planner attaches as "the map" is the picture that
/// says something about the file.
pub fn write_report_dir(
    s: &Scenario,
    p: &Projection,
    csv: &str,
    dir: &Path,
    risk: Option<&Risk>,
    pdf: Option<Day>,
) -> Result<Vec<PathBuf>, ExportError> {
    std::fs::create_dir_all(dir).map_err(|e| ExportError::write(dir, e))?;
    let mut written = Vec::with_capacity(s.regions.len() + 2);
    let summary = dir.join("summary.csv");
    write_file(&summary, csv.as_bytes())?;
    written.push(summary);
    let charts = (0..s.regions.len()).map(Some).chain(std::iter::once(None));
    for region in charts {
        let path = dir.join(chart_file_name(s, region));
        write_file(&path, selection_svg(s, p, region, risk).as_bytes())?;
        written.push(path);
    }
    for (r, region) in s.regions.iter().enumerate() {
        for d in 0..region.districts.as_ref().map_or(0, Vec::len) {
            let (Some(name), Some(svg)) = (district_file_name(s, r, d), district_svg(s, p, r, d))
            else {
                continue;
            };
            let path = dir.join(name);
            write_file(&path, svg.as_bytes())?;
            written.push(path);
        }
    }
    if let Some(region) = stands_in_for_map(s) {
        let path = dir.join("map.svg");
        write_file(&path, districts_svg(s, p, region).as_bytes())?;
        written.push(path);
    } else if let Ok(g) = kazakhstan() {
        let data = MapData::new(g, s, p);
        if data.has_data() {
            let path = dir.join("map.svg");
            write_file(&path, map_svg(&data, s.name.get(lang().code())).as_bytes())?;
            written.push(path);
        }
    }
    // What each housing programme calls for, for a file with one.
    if crate::model::has_housing(s) {
        let path = dir.join("housing.csv");
        write_file(&path, housing_csv(s).as_bytes())?;
        written.push(path);
    }
    // The collegium's targets, for a file with a stock.
    if !s.existing.is_empty() {
        let data = crate::chart::ChartData::targets(
            crate::i18n::tr("targets-title"),
            &crate::model::stock(s).total,
            &crate::model::stock_without_plan(s).total,
        );
        let path = dir.join("targets.svg");
        write_file(&path, super::svg::chart_svg(&data, None, None).as_bytes())?;
        written.push(path);
    }
    if let Some(date) = pdf {
        let path = dir.join("slides.pdf");
        write_file(&path, &slides_pdf(s, p, risk, date)?)?;
        written.push(path);
    }
    Ok(written)
}
