//! The projection as an Excel workbook with live formulas
//! (docs/spreadsheets.md, "Exporting a workbook"): sheet 1 the projection, sheet 2 the schools, sheet 3 the deficit as used
//! and a chart of the national shortfall. Every formula carries the engine's
//! value as its cached result, so viewers that do not recalculate (previews,
//! LibreOffice with its default settings) still show the right figures;
//! Excel recalculates on open, and changing a school's seats or opening year
//! on sheet 2 moves sheet 1 the way seatplan would.

use rust_xlsxwriter::{
    Chart, ChartType, Color, Format, FormatAlign, FormatBorder, Formula, Workbook, Worksheet,
    XlsxError,
};

mod housing;

use crate::i18n::{Lang, tr_in};
use crate::model::{District, Funding, Projection, Region, Scenario, SchoolStatus};

/// How the workbook is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct XlsxOptions {
    pub lang: Lang,
    /// Store the engine's values as the formulas' cached results (always,
    /// for files people open). Off only for the recalculation cross-check,
    /// so that every figure LibreOffice shows is one it computed.
    pub cached_results: bool,
}

impl XlsxOptions {
    pub fn new(lang: Lang) -> Self {
        XlsxOptions {
            lang,
            cached_results: true,
        }
    }
}

/// Column letters of sheet 1 and sheet 3 (A region or unit, B name, C year,
/// D deficit, E opened, F cumulative, G shortfall, H surplus) and of sheet 2.
const SCHOOL_REGION: &str = "C";
const SCHOOL_DISTRICT: &str = "D";
const SCHOOL_NET: &str = "G";
const SCHOOL_OPENS: &str = "H";

struct Formats {
    header: Format,
    number: Format,
    year: Format,
    text: Format,
    total_text: Format,
    total_number: Format,
    total_year: Format,
}

impl Formats {
    fn new() -> Self {
        let number = Format::new().set_num_format("#,##0");
        let year = Format::new().set_num_format("0");
        Formats {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_background_color(Color::RGB(0x00E8_EEF4))
                .set_border_bottom(FormatBorder::Thin),
            total_text: Format::new().set_bold(),
            total_number: number.clone().set_bold(),
            total_year: year.clone().set_bold(),
            number,
            year,
            text: Format::new(),
        }
    }
}

/// The header of a sheet of rows by year (projection, deficit): `first`
/// names the rows' unit, then region, year and the five figures.
fn year_columns(first: (&'static str, f64)) -> [(&'static str, f64); 8] {
    [
        first,
        ("xlsx-col-region", 30.0),
        ("xlsx-col-year", 8.0),
        ("xlsx-col-deficit", 14.0),
        ("xlsx-col-opened", 14.0),
        ("xlsx-col-cumulative", 16.0),
        ("xlsx-col-shortfall", 14.0),
        ("xlsx-col-surplus", 14.0),
    ]
}

/// A sheet name as a formula writes it: quoted, quotes doubled.
fn sheet_ref(name: &str) -> String {
    format!("'{}'!", name.replace('\'', "''"))
}

/// A text literal inside a formula.
fn literal(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

struct Writer<'a> {
    s: &'a Scenario,
    p: &'a Projection,
    opts: XlsxOptions,
    f: Formats,
    names: Names,
}

struct Names {
    projection: String,
    schools: String,
    deficit: String,
}

fn t(lang: Lang, key: &str) -> String {
    tr_in(lang, key, &[])
}

/// The workbook as bytes.
pub fn xlsx_bytes(s: &Scenario, p: &Projection, opts: XlsxOptions) -> Result<Vec<u8>, XlsxError> {
    let lang = opts.lang;
    let w = Writer {
        s,
        p,
        opts,
        f: Formats::new(),
        names: Names {
            projection: sheet_name(&t(lang, "xlsx-sheet-projection")),
            schools: sheet_name(&t(lang, "xlsx-sheet-schools")),
            deficit: sheet_name(&t(lang, "xlsx-sheet-deficit")),
        },
    };
    let mut book = Workbook::new();
    let blocks = w.district_blocks();
    let totals = w.projection_sheet(book.add_worksheet(), &blocks)?;
    w.schools_sheet(book.add_worksheet())?;
    w.deficit_sheet(book.add_worksheet(), &blocks, totals)?;
    // A file without a stock keeps its three sheets exactly.
    if !s.existing.is_empty() {
        w.existing_sheet(book.add_worksheet())?;
    }
    // Likewise: a Housing sheet only for a file with a housing programme.
    if w.has_housing_sheet() {
        w.housing_sheet(book.add_worksheet())?;
    }
    book.save_to_buffer()
}

/// Excel's limits on a sheet name: 31 characters, none of `[]:*?/\`.
fn sheet_name(text: &str) -> String {
    text.chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(31)
        .collect()
}

/// Where a region planned by district has its district rows on sheet 3:
/// first and last 1-based row of the block, per region index.
type Blocks = Vec<Option<(u32, u32)>>;

impl Writer<'_> {
    fn lang(&self) -> Lang {
        self.opts.lang
    }

    fn formula(&self, text: String, value: i64) -> Formula {
        let f = Formula::new(text);
        if self.opts.cached_results {
            f.set_result(value.to_string())
        } else {
            f
        }
    }

    fn prepare(&self, ws: &mut Worksheet, name: &str) -> Result<(), XlsxError> {
        ws.set_name(name)?;
        ws.set_freeze_panes(1, 0)?;
        if !self.opts.cached_results {
            ws.set_formula_result_default("");
        }
        Ok(())
    }

    fn header(&self, ws: &mut Worksheet, keys: &[(&str, f64)]) -> Result<(), XlsxError> {
        for (col, (key, width)) in (0u16..).zip(keys) {
            ws.write_string_with_format(0, col, t(self.lang(), key), &self.f.header)?;
            ws.set_column_width(col, *width)?;
        }
        ws.set_row_height(0, 32)?;
        Ok(())
    }

    fn region_name(&self, r: &Region) -> String {
        r.name.get(self.lang().code()).to_owned()
    }

    fn district_name(&self, d: &District) -> String {
        d.name.get(self.lang().code()).to_owned()
    }

    fn years(&self) -> Vec<i32> {
        self.p.years().collect()
    }

    /// Sheet 3's layout: for each region, its block of rows; district rows
    /// come before a region's sum rows.
    fn district_blocks(&self) -> Blocks {
        let n = self.years().len() as u32;
        let mut next = 2u32; // 1-based: row 1 is the header
        self.s
            .regions
            .iter()
            .map(|r| {
                let districts = r.districts.as_ref().map_or(0, Vec::len) as u32;
                let block = (districts > 0).then(|| (next, next + districts * n - 1));
                next += districts * n + n;
                block
            })
            .collect()
    }

    /// Sheet 1; returns the 1-based first and last TOTAL rows.
    fn projection_sheet(
        &self,
        ws: &mut Worksheet,
        blocks: &Blocks,
    ) -> Result<(u32, u32), XlsxError> {
        self.prepare(ws, &self.names.projection)?;
        self.header(ws, &year_columns(("xlsx-col-region-id", 16.0)))?;
        let schools = sheet_ref(&self.names.schools);
        let deficit = sheet_ref(&self.names.deficit);
        let f = &self.f;
        let mut row = 1u32; // 0-based
        for rp in &self.p.regions {
            let Some(region) = self.s.regions.get(rp.region) else {
                continue;
            };
            let block = blocks.get(rp.region).copied().flatten();
            for (i, yr) in rp.rows.iter().enumerate() {
                let n = row + 1;
                ws.write_string_with_format(row, 0, &region.id, &f.text)?;
                ws.write_string_with_format(row, 1, self.region_name(region), &f.text)?;
                ws.write_number_with_format(row, 2, f64::from(yr.year), &f.year)?;
                ws.write_number_with_format(row, 3, yr.deficit as f64, &f.number)?;
                let [opened, cumulative, shortfall, surplus] = match block {
                    // A region planned by district: its columns are the sums
                    // of its district rows on sheet 3, so one district's
                    // surplus never covers another's shortfall.
                    Some((a, b)) => ["E", "F", "G", "H"].map(|c| {
                        format!("SUMIFS({deficit}${c}${a}:${c}${b},{deficit}$C${a}:$C${b},$C{n})")
                    }),
                    None => [
                        format!(
                            "SUMIFS({schools}${SCHOOL_NET}:${SCHOOL_NET},{schools}${SCHOOL_REGION}:${SCHOOL_REGION},$A{n},{schools}${SCHOOL_OPENS}:${SCHOOL_OPENS},$C{n})"
                        ),
                        if i == 0 {
                            format!("E{n}")
                        } else {
                            format!("F{}+E{n}", n - 1)
                        },
                        format!("MAX(0,D{n}-F{n})"),
                        format!("MAX(0,F{n}-D{n})"),
                    ],
                };
                let values = [yr.opened, yr.cumulative, yr.shortfall, yr.surplus];
                for (col, (text, value)) in (4u16..).zip(
                    [opened, cumulative, shortfall, surplus]
                        .into_iter()
                        .zip(values),
                ) {
                    ws.write_formula_with_format(row, col, self.formula(text, value), &f.number)?;
                }
                row += 1;
            }
        }
        let last_region_row = row; // 1-based number of the last region row
        let first_total = row + 1;
        row = self.total_rows(ws, row, last_region_row)?;
        if row > 1 {
            ws.autofilter(0, 0, row - 1, 7)?;
        }
        Ok((first_total, row))
    }

    /// The TOTAL rows of sheet 1 from 0-based `row`: per year, the sums of
    /// the region rows above (each column separately). Returns the row after.
    fn total_rows(
        &self,
        ws: &mut Worksheet,
        mut row: u32,
        last_region_row: u32,
    ) -> Result<u32, XlsxError> {
        let f = &self.f;
        for yr in &self.p.total {
            let n = row + 1;
            ws.write_string_with_format(row, 0, "TOTAL", &f.total_text)?;
            ws.write_string_with_format(row, 1, t(self.lang(), "xlsx-total"), &f.total_text)?;
            ws.write_number_with_format(row, 2, f64::from(yr.year), &f.total_year)?;
            let values = [
                yr.deficit,
                yr.opened,
                yr.cumulative,
                yr.shortfall,
                yr.surplus,
            ];
            for (col, (c, value)) in (3u16..).zip(["D", "E", "F", "G", "H"].into_iter().zip(values))
            {
                if last_region_row < 2 {
                    ws.write_number_with_format(row, col, value as f64, &f.total_number)?;
                } else {
                    let text = format!(
                        "SUMIFS({c}$2:{c}${last_region_row},$C$2:$C${last_region_row},$C{n})"
                    );
                    ws.write_formula_with_format(
                        row,
                        col,
                        self.formula(text, value),
                        &f.total_number,
                    )?;
                }
            }
            row += 1;
        }
        Ok(row)
    }

    /// Sheet 2: one row per school, in file order.
    /// Sheet 4 (only with a stock): each existing school with its pupils
    /// after the plan's relief for every year, and its load as a formula
    /// (pupils over design seats), so a planner can change a count and see
    /// the load follow (docs/scenario-format.md, "Existing schools").
    fn existing_sheet(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
        let lang = self.lang();
        self.prepare(ws, &sheet_name(&t(lang, "xlsx-sheet-existing")))?;
        self.header(
            ws,
            &[
                ("xlsx-col-id", 18.0),
                ("xlsx-col-name", 44.0),
                ("xlsx-col-region-id", 16.0),
                ("xlsx-col-district", 16.0),
                ("xlsx-col-capacity", 12.0),
                ("xlsx-col-condition", 14.0),
            ],
        )?;
        let years = self.years();
        for (k, year) in (0u16..).zip(&years) {
            for (j, key) in [(0u16, "xlsx-col-pupils-year"), (1, "xlsx-col-load-year")] {
                let col = 6 + 2 * k + j;
                let text = tr_in(lang, key, &[("year", year.to_string().into())]);
                ws.write_string_with_format(0, col, text, &self.f.header)?;
                ws.set_column_width(col, 11.0)?;
            }
        }
        let u = match self.s.seat_unit {
            crate::model::SeatUnit::Design => 1,
            crate::model::SeatUnit::TwoShift => 2,
        };
        let st = crate::model::stock(self.s);
        let f = &self.f;
        let load_format = Format::new().set_num_format("0.00");
        for (row, (e, x)) in (1u32..).zip(self.s.existing.iter().zip(&st.schools)) {
            ws.write_string_with_format(row, 0, &e.id, &f.text)?;
            ws.write_string_with_format(row, 1, e.name.get(self.lang().code()), &f.text)?;
            ws.write_string_with_format(row, 2, &e.region, &f.text)?;
            if let Some(d) = &e.district {
                ws.write_string_with_format(row, 3, d, &f.text)?;
            }
            ws.write_number_with_format(row, 4, e.capacity as f64, &f.number)?;
            ws.write_string_with_format(row, 5, format!("{:?}", e.condition()), &f.text)?;
            for (k, y) in (0u16..).zip(&x.years) {
                let col = 6 + 2 * k;
                let pupils = crate::model::stock_round(y.pupils);
                ws.write_number_with_format(row, col, pupils as f64, &f.number)?;
                let (p, c) = (
                    format!(
                        "{}{}",
                        rust_xlsxwriter::utility::column_number_to_name(col),
                        row + 1
                    ),
                    format!("E{}", row + 1),
                );
                let mut formula = Formula::new(format!("IF({c}>0,{p}*{u}/{c},0)"));
                if self.opts.cached_results {
                    // What the formula gives from the rounded pupils shown.
                    let load = if e.capacity > 0 {
                        pupils as f64 * f64::from(u) / e.capacity as f64
                    } else {
                        0.0
                    };
                    formula = formula.set_result(crate::model::format_load(load));
                }
                ws.write_formula_with_format(row, col + 1, formula, &load_format)?;
            }
        }
        Ok(())
    }

    fn schools_sheet(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
        self.prepare(ws, &self.names.schools)?;
        self.header(
            ws,
            &[
                ("xlsx-col-id", 18.0),
                ("xlsx-col-name", 44.0),
                ("xlsx-col-region-id", 16.0),
                ("xlsx-col-district", 16.0),
                ("xlsx-col-seats", 10.0),
                ("xlsx-col-replaces", 12.0),
                ("xlsx-col-net", 12.0),
                ("xlsx-col-opens", 10.0),
                ("xlsx-col-status", 22.0),
                ("xlsx-col-funding", 24.0),
            ],
        )?;
        let f = &self.f;
        let lang = self.lang();
        for (row, school) in (1u32..).zip(&self.s.schools) {
            let n = row + 1;
            ws.write_string_with_format(row, 0, &school.id, &f.text)?;
            ws.write_string_with_format(row, 1, school.name.get(lang.code()), &f.text)?;
            ws.write_string_with_format(row, 2, &school.region, &f.text)?;
            if let Some(d) = &school.district {
                ws.write_string_with_format(row, 3, d, &f.text)?;
            }
            ws.write_number_with_format(row, 4, f64::from(school.seats), &f.number)?;
            // `replaces` as the projection counts it: a replaced existing
            // school's capacity when Sound (docs/scenario-format.md,
            // "Existing schools"), so the sheet's sums match the CLI.
            let net = self.s.net_seats(school);
            let replaced = i64::from(school.seats) - net;
            ws.write_number_with_format(row, 5, replaced as f64, &f.number)?;
            ws.write_formula_with_format(
                row,
                6,
                self.formula(format!("E{n}-F{n}"), net),
                &f.number,
            )?;
            ws.write_number_with_format(row, 7, f64::from(school.opens), &f.year)?;
            ws.write_string_with_format(row, 8, t(lang, status_key(school.status)), &f.text)?;
            if let Some(funding) = school.funding {
                ws.write_string_with_format(row, 9, t(lang, funding_key(funding)), &f.text)?;
            }
        }
        let last = u32::try_from(self.s.schools.len()).unwrap_or(u32::MAX);
        ws.autofilter(0, 0, last, 9)?;
        Ok(())
    }

    /// Sheet 3: the deficit each region (and district) is measured against,
    /// year by year, and the chart of the national shortfall.
    fn deficit_sheet(
        &self,
        ws: &mut Worksheet,
        blocks: &Blocks,
        totals: (u32, u32),
    ) -> Result<(), XlsxError> {
        self.prepare(ws, &self.names.deficit)?;
        self.header(ws, &year_columns(("xlsx-col-unit", 26.0)))?;
        let schools = sheet_ref(&self.names.schools);
        let f = &self.f;
        let mut row = 1u32;
        for rp in &self.p.regions {
            let Some(region) = self.s.regions.get(rp.region) else {
                continue;
            };
            if let (Some(districts), Some((a, b))) =
                (&region.districts, blocks.get(rp.region).copied().flatten())
            {
                for dp in &rp.districts {
                    let Some(d) = districts.get(dp.district) else {
                        continue;
                    };
                    for (i, yr) in dp.rows.iter().enumerate() {
                        let n = row + 1;
                        ws.write_string_with_format(
                            row,
                            0,
                            format!("{}/{}", region.id, d.id),
                            &f.text,
                        )?;
                        ws.write_string_with_format(row, 1, self.district_name(d), &f.text)?;
                        ws.write_number_with_format(row, 2, f64::from(yr.year), &f.year)?;
                        ws.write_number_with_format(row, 3, yr.deficit as f64, &f.number)?;
                        let texts = [
                            format!(
                                "SUMIFS({schools}${SCHOOL_NET}:${SCHOOL_NET},{schools}${SCHOOL_REGION}:${SCHOOL_REGION},{},{schools}${SCHOOL_DISTRICT}:${SCHOOL_DISTRICT},{},{schools}${SCHOOL_OPENS}:${SCHOOL_OPENS},$C{n})",
                                literal(&region.id),
                                literal(&d.id)
                            ),
                            if i == 0 {
                                format!("E{n}")
                            } else {
                                format!("F{}+E{n}", n - 1)
                            },
                            format!("MAX(0,D{n}-F{n})"),
                            format!("MAX(0,F{n}-D{n})"),
                        ];
                        let values = [yr.opened, yr.cumulative, yr.shortfall, yr.surplus];
                        for (col, (text, value)) in (4u16..).zip(texts.into_iter().zip(values)) {
                            ws.write_formula_with_format(
                                row,
                                col,
                                self.formula(text, value),
                                &f.number,
                            )?;
                        }
                        row += 1;
                    }
                }
                for yr in &rp.rows {
                    let n = row + 1;
                    ws.write_string_with_format(row, 0, &region.id, &f.total_text)?;
                    ws.write_string_with_format(row, 1, self.region_name(region), &f.total_text)?;
                    ws.write_number_with_format(row, 2, f64::from(yr.year), &f.total_year)?;
                    let text = format!("SUMIFS($D${a}:$D${b},$C${a}:$C${b},$C{n})");
                    ws.write_formula_with_format(
                        row,
                        3,
                        self.formula(text, yr.deficit),
                        &f.total_number,
                    )?;
                    row += 1;
                }
            } else {
                for yr in &rp.rows {
                    ws.write_string_with_format(row, 0, &region.id, &f.text)?;
                    ws.write_string_with_format(row, 1, self.region_name(region), &f.text)?;
                    ws.write_number_with_format(row, 2, f64::from(yr.year), &f.year)?;
                    ws.write_number_with_format(row, 3, yr.deficit as f64, &f.number)?;
                    row += 1;
                }
            }
        }
        self.chart(ws, totals)
    }

    fn chart(&self, ws: &mut Worksheet, (first, last): (u32, u32)) -> Result<(), XlsxError> {
        if last < first {
            return Ok(());
        }
        // 0-based rows of the TOTAL block on sheet 1.
        let (r1, r2) = (first - 1, last - 1);
        let name = &self.names.projection;
        let mut chart = Chart::new(ChartType::Column);
        chart
            .add_series()
            .set_categories((name.as_str(), r1, 2, r2, 2))
            .set_values((name.as_str(), r1, 6, r2, 6))
            .set_name(&t(self.lang(), "xlsx-col-shortfall"));
        chart.title().set_name(&t(self.lang(), "xlsx-chart-title"));
        chart.y_axis().set_name(&t(self.lang(), "xlsx-chart-axis"));
        chart.y_axis().set_num_format("#,##0");
        chart.legend().set_hidden();
        ws.insert_chart(1, 9, &chart)?;
        Ok(())
    }
}

pub fn status_key(s: SchoolStatus) -> &'static str {
    match s {
        SchoolStatus::Planned => "status-planned",
        SchoolStatus::UnderConstruction => "status-under-construction",
        SchoolStatus::Commissioned => "status-commissioned",
    }
}

pub fn funding_key(f: Funding) -> &'static str {
    match f {
        Funding::Republican => "funding-republican",
        Funding::Local => "funding-local",
        Funding::ComfortableSchool => "funding-comfortable",
        Funding::Ppp => "funding-ppp",
        Funding::Private => "funding-private",
        Funding::Other => "funding-other",
    }
}
