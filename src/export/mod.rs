//! Charts and tables to files, without a window: SVG with real text, PNG
//! rendered from the same SVG, CSV.

mod districts;
mod error;
mod excel_csv;
mod html;
mod map;
mod metrics;
mod pdf;
mod png;
mod probability;
mod report;
mod slides;
mod svg;
mod values;
mod xlsx;

use crate::calendar::Day;
use std::path::{Path, PathBuf};

// What the deck says lives in `crate::deck`, below the window and the
// exports; re-exported here for the exports' callers.
pub use crate::deck::{
    ProbabilityRow, Slide, district_name, district_ranking, district_title, has_map, has_stock,
    headline_figures, headline_texts, probability_rows, probability_subtitle, ranking,
    region_title, slides, stands_in_for_map, total_title,
};
pub use districts::districts_svg;
pub use error::{ExportError, PdfError, RenderError};
pub use excel_csv::excel_csv_bytes;
pub use html::{html_page, write_html};
pub use map::{draw_map, map_svg};
pub use pdf::{slides_pdf, svgs_to_pdf};
pub use png::{svg_to_png, write_png};
pub use report::{HOUSING_HEADER, housing_csv, write_report_dir};
pub use slides::slide_svg;
pub use svg::{SLIDE_H, SLIDE_W, chart_svg};
pub use xlsx::{XlsxOptions, funding_key, status_key, xlsx_bytes};

use crate::chart::ChartData;
use crate::i18n::{lang, tr};
use crate::model::{Projection, Risk, Scenario};

/// Writes the workbook of docs/spreadsheets.md ("Exporting a workbook") to `path`.
pub fn write_xlsx(
    path: &Path,
    s: &Scenario,
    p: &Projection,
    options: XlsxOptions,
) -> Result<(), ExportError> {
    let bytes = xlsx_bytes(s, p, options).map_err(ExportError::Workbook)?;
    write_file(path, &bytes)
}

/// Writes the projection as a CSV for Excel (BOM, `;`, CRLF) to `path`.
pub fn write_excel_csv(
    path: &Path,
    s: &Scenario,
    p: &Projection,
    lang: crate::i18n::Lang,
) -> Result<(), ExportError> {
    let bytes = excel_csv_bytes(s, p, lang).map_err(|source| ExportError::Csv {
        path: path.to_path_buf(),
        source,
    })?;
    write_file(path, &bytes)
}

pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    std::fs::write(path, bytes).map_err(|e| ExportError::write(path, e))
}

/// The chart of one region (`Some(index)`) or the whole country, as SVG,
/// with the risk band's fan when `risk` is given.
pub fn selection_svg(
    s: &Scenario,
    p: &Projection,
    region: Option<usize>,
    risk: Option<&Risk>,
) -> String {
    let (title, illustrative) = match region {
        Some(i) => (
            region_title(s, i),
            s.regions.get(i).is_some_and(|r| r.illustrative),
        ),
        None => (total_title(s), s.regions.iter().any(|r| r.illustrative)),
    };
    let mut data = ChartData::for_selection(p, region, title);
    if let Some(i) = region {
        data = data.with_housing(crate::chart::housing_band_of(s, p, i, None));
    }
    let bands = match region {
        Some(i) => risk.and_then(|r| r.regions.iter().find(|x| x.region == i).map(|x| &x.rows)),
        None => risk.map(|r| &r.total),
    };
    if let Some(bands) = bands {
        data = data.with_fan(bands);
    }
    let note = illustrative.then(|| tr("slide-illustrative"));
    chart_svg(&data, Some(s.name.get(lang().code())), note.as_deref())
}

/// The chart of district `district` of region `region`, as SVG; `None` when
/// the region has no such district.
pub fn district_svg(
    s: &Scenario,
    p: &Projection,
    region: usize,
    district: usize,
) -> Option<String> {
    let r = s.regions.get(region)?;
    let d = r.districts.as_ref()?.get(district)?;
    let rows = &p.regions.get(region)?.districts.get(district)?.rows;
    let data = ChartData::from_rows(district_title(s, region, district), rows)
        .with_housing(crate::chart::housing_band_of(s, p, region, Some(district)));
    let note = (d.illustrative || r.illustrative).then(|| tr("slide-illustrative"));
    Some(chart_svg(
        &data,
        Some(s.name.get(lang().code())),
        note.as_deref(),
    ))
}

/// File name of a district's chart in `report --out`: `REGION.DISTRICT.svg`
/// (ids never hold a dot, so this never collides with a region's chart).
pub fn district_file_name(s: &Scenario, region: usize, district: usize) -> Option<String> {
    let r = s.regions.get(region)?;
    let d = r.districts.as_ref()?.get(district)?;
    Some(format!("{}.{}.svg", r.id, d.id))
}

/// File name of a region's chart in `report --out`: its id; the country's is `country.svg`.
pub fn chart_file_name(s: &Scenario, region: Option<usize>) -> String {
    match region.and_then(|i| s.regions.get(i)) {
        Some(r) => format!("{}.svg", r.id),
        None => "country.svg".to_owned(),
    }
}

/// Writes every slide as a 1920×1080 PNG into `dir` (`slide-01.png`, …);
/// returns the paths written.
pub fn export_slides(
    s: &Scenario,
    p: &Projection,
    risk: Option<&Risk>,
    dir: &Path,
    date: Day,
) -> Result<Vec<PathBuf>, ExportError> {
    let all = slides(s, risk);
    let mut written = Vec::with_capacity(all.len());
    for n in 0..all.len() {
        let path = dir.join(format!("slide-{:02}.png", n + 1));
        write_png(&slide_svg(s, p, risk, &all, n, date), 1.0, &path)?;
        written.push(path);
    }
    Ok(written)
}
