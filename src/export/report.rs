//! `seatplan report FILE --out DIR`: the CSV summary and every chart as SVG.

use std::path::{Path, PathBuf};

use super::{
    ExportError, chart_file_name, district_file_name, district_svg, selection_svg, write_file,
};
use crate::model::{Projection, Scenario};

/// Writes `summary.csv` (the `report` CSV), one SVG chart per region plus
/// `country.svg`, and one per district of a region planned by district
/// (`REGION.DISTRICT.svg`) into `dir`, creating it if needed; returns the
/// files written.
/// Text in the charts is in the current language (`i18n::set_lang`).
pub fn write_report_dir(
    s: &Scenario,
    p: &Projection,
    csv: &str,
    dir: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    std::fs::create_dir_all(dir).map_err(|e| ExportError::Write {
        path: dir.to_path_buf(),
        reason: e.to_string(),
    })?;
    let mut written = Vec::with_capacity(s.regions.len() + 2);
    let summary = dir.join("summary.csv");
    write_file(&summary, csv.as_bytes())?;
    written.push(summary);
    let charts = (0..s.regions.len()).map(Some).chain(std::iter::once(None));
    for region in charts {
        let path = dir.join(chart_file_name(s, region));
        write_file(&path, selection_svg(s, p, region).as_bytes())?;
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
    Ok(written)
}
