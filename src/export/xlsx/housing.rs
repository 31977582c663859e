//! The workbook's Housing sheet (docs/scenario-format.md, "Housing"): for
//! every area with a housing programme, its yield by school year after
//! completion, the dwellings completed by year, and the pupils they bring
//! as a live formula: change a yield or a year's dwellings and H(y) follows.

use rust_xlsxwriter::utility::column_number_to_name;
use rust_xlsxwriter::{Format, Formula, Worksheet, XlsxError};

use super::{Writer, sheet_name, t};
use crate::i18n::tr_in;
use crate::model::{Demand, Housing, Scenario, evaluate_demand, with_stock};

/// Yields written, one a column from B: Excel has 16 384 columns; no real
/// curve comes near (a hostile file's longer list is cut here).
const MAX_YIELD_COLUMNS: u16 = 16_000;

/// An area with housing: its label (`region` or `region/district`), its
/// programme and L, the last observed school year of its demand.
struct Area<'a> {
    label: String,
    name: String,
    housing: &'a Housing,
    last: i32,
}

impl<'a> Writer<'a> {
    fn housing_areas(&self) -> Vec<Area<'a>> {
        let s: &'a Scenario = self.s;
        let mut out = Vec::new();
        let mut push = |label: String, name: String, area: (&str, Option<&str>), d: &'a Demand| {
            let Some(housing) = &d.housing else { return };
            let filled = with_stock(s, area.0, area.1, d);
            let Some(&(last, _)) = evaluate_demand(s, &filled).observed.last() else {
                return;
            };
            out.push(Area {
                label,
                name,
                housing,
                last,
            });
        };
        for r in &s.regions {
            if let Some(d) = &r.demand {
                push(r.id.clone(), self.region_name(r), (&r.id, None), d);
            }
            for district in r.districts.iter().flatten() {
                if let Some(d) = &district.demand {
                    push(
                        format!("{}/{}", r.id, district.id),
                        self.district_name(district),
                        (&r.id, Some(&district.id)),
                        d,
                    );
                }
            }
        }
        out
    }

    /// Whether the workbook gets a Housing sheet.
    pub(super) fn has_housing_sheet(&self) -> bool {
        !self.housing_areas().is_empty()
    }

    pub(super) fn housing_sheet(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
        let lang = self.lang();
        self.prepare(ws, &sheet_name(&t(lang, "xlsx-sheet-housing")))?;
        self.header(
            ws,
            &[
                ("xlsx-col-year", 30.0),
                ("xlsx-col-dwellings", 16.0),
                ("xlsx-col-housing-pupils", 16.0),
            ],
        )?;
        let f = &self.f;
        let decimals = Format::new().set_num_format("0.00");
        let years = self.years();
        let mut row = 2u32;
        for area in self.housing_areas() {
            ws.write_string_with_format(row, 0, &area.label, &f.total_text)?;
            ws.write_string_with_format(row, 1, &area.name, &f.total_text)?;
            row += 1;
            // The yield, one school year after completion a column from B.
            let yield_row = row;
            ws.write_string_with_format(row, 0, t(lang, "xlsx-housing-yield"), &f.text)?;
            for (col, y) in (1u16..=MAX_YIELD_COLUMNS).zip(&area.housing.yields) {
                ws.write_number_with_format(row, col, *y, &decimals)?;
            }
            row += 1;
            let counted = tr_in(lang, "xlsx-housing-counted", &[("year", area.last.into())]);
            ws.write_string_with_format(row, 0, counted, &f.text)?;
            row += 1;
            // Years from L (completions from L count) or base_year, to the
            // horizon; at most a horizon's span before base_year, so a file
            // observed centuries ago cannot ask for millions of rows (its
            // earlier completions enter the formula as numbers).
            let span = crate::model::MAX_HORIZON_SPAN;
            let first = years
                .first()
                .map_or(area.last, |&b| b.min(area.last).max(b.saturating_sub(span)));
            let last_year = years.last().copied().unwrap_or(area.last);
            let top = row;
            let row_of = |year: i32| top + u32::try_from(year - first).unwrap_or(0);
            let len = area
                .housing
                .yields
                .len()
                .min(usize::from(MAX_YIELD_COLUMNS));
            for year in first..=last_year {
                let r = row_of(year);
                ws.write_number_with_format(r, 0, f64::from(year), &f.year)?;
                let n = area.housing.dwellings_in(year);
                ws.write_number_with_format(r, 1, n as f64, &f.number)?;
                // H(y) = Σ over c = L .. y−1, ascending, of dwellings[c] ×
                // yield[min(y − c − 1, len − 1)]: a product of two cells a term.
                let yield_cell = |c: i32| {
                    let k = usize::try_from(i64::from(year) - i64::from(c) - 1)
                        .unwrap_or(0)
                        .min(len.saturating_sub(1));
                    let col = column_number_to_name(u16::try_from(1 + k).unwrap_or(u16::MAX));
                    format!("${col}${}", yield_row + 1)
                };
                let before = area
                    .housing
                    .dwellings
                    .range(area.last..first.max(area.last))
                    .map(|(&c, &n)| format!("{n}*{}", yield_cell(c)));
                let rows = (area.last.max(first)..year)
                    .map(|c| format!("$B${}*{}", row_of(c) + 1, yield_cell(c)));
                let terms: Vec<String> = if len == 0 {
                    Vec::new()
                } else {
                    before.chain(rows).collect()
                };
                let text = if terms.is_empty() {
                    "0".to_owned()
                } else {
                    terms.join("+")
                };
                let mut formula = Formula::new(text);
                if self.opts.cached_results {
                    formula = formula.set_result(area.housing.pupils(area.last, year).to_string());
                }
                ws.write_formula_with_format(r, 2, formula, &decimals)?;
            }
            row = row_of(last_year) + 2;
        }
        Ok(())
    }
}
