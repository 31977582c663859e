//! A sheet read into a plain grid of cells, whatever the file type: xlsx,
//! xls, ods through calamine; csv through the csv crate with the encoding and
//! delimiter guessed the way Excel users save them.

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

use calamine::{Data, Reader, open_workbook_auto};

use super::{HEADER_SEARCH_ROWS, ImportError};
use crate::model::MAX_SCHOOLS;

/// Rows a sheet may have: the schools one file holds, plus the title and
/// header rows above them. Reading stops past it, so a wrong sheet of a
/// million rows is refused without holding it all.
pub const MAX_SHEET_ROWS: usize = MAX_SCHOOLS + HEADER_SEARCH_ROWS;

/// Columns a sheet may have: Excel's own limit (XFD). A wider "sheet" is not
/// a table a planner wrote; it is refused before its cells are looked at.
pub const MAX_SHEET_COLUMNS: usize = 16_384;

/// A read running on a worker thread, shared with the window: how far it
/// got, and whether the planner asked it to stop.
#[derive(Debug)]
pub struct ReadProgress {
    /// Thousandths of the file read; [`ReadProgress::UNKNOWN`] while a
    /// workbook is opened whole (calamine has no progress).
    permille: AtomicU32,
    cancel: AtomicBool,
}

impl Default for ReadProgress {
    fn default() -> Self {
        ReadProgress {
            permille: AtomicU32::new(Self::UNKNOWN),
            cancel: AtomicBool::new(false),
        }
    }
}

impl ReadProgress {
    const UNKNOWN: u32 = u32::MAX;

    /// The share read, 0..=1, if known.
    pub fn fraction(&self) -> Option<f32> {
        match self.permille.load(Ordering::Relaxed) {
            Self::UNKNOWN => None,
            p => Some(p.min(1000) as f32 / 1000.0),
        }
    }

    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    fn set(&self, done: u64, total: u64) {
        let p = done.saturating_mul(1000).checked_div(total).unwrap_or(1000);
        self.permille
            .store(u32::try_from(p).unwrap_or(1000), Ordering::Relaxed);
    }
}

/// One cell as the importer needs it. Dates keep only their year: that is
/// all a school's opening date says in a scenario.
#[derive(Debug, Clone, PartialEq)]
pub enum CellValue {
    Empty,
    Text(String),
    Number(f64),
    /// A date cell (any date type), by its year.
    Date(i32),
    /// An error cell (`#DIV/0!`, `#REF!`, ...), as its text.
    Error(String),
}

impl CellValue {
    pub fn is_empty(&self) -> bool {
        match self {
            CellValue::Empty => true,
            CellValue::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as a planner sees it, for headers, previews and messages.
    pub fn display(&self) -> String {
        match self {
            CellValue::Empty => String::new(),
            CellValue::Text(t) | CellValue::Error(t) => t.trim().to_owned(),
            CellValue::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{n:.0}"),
            CellValue::Number(n) => n.to_string(),
            CellValue::Date(y) => y.to_string(),
        }
    }
}

/// The cells of one sheet. Row 0 is the sheet's row 1 and column 0 its
/// column A, whatever the first used cell, so addresses match what the
/// planner sees.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Grid {
    pub sheet: String,
    pub rows: Vec<Vec<CellValue>>,
}

impl Grid {
    pub fn cell(&self, row: usize, col: usize) -> &CellValue {
        static EMPTY: CellValue = CellValue::Empty;
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&EMPTY)
    }

    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }
}

/// What was read from a file: its sheets' names and the chosen sheet.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Workbook {
    pub sheets: Vec<String>,
    pub grid: Grid,
    /// Set when a CSV was not UTF-8 and was read as windows-1251.
    pub legacy_encoding: bool,
}

pub fn is_csv(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("csv") || e.eq_ignore_ascii_case("txt"))
}

/// Reads `sheet` (default: the first) of the file at `path`.
pub fn read(
    path: &Path,
    sheet: Option<&str>,
    progress: &ReadProgress,
) -> Result<Workbook, ImportError> {
    if is_csv(path) {
        let bytes = std::fs::read(path).map_err(|e| ImportError::read(path, e))?;
        let name = path
            .file_stem()
            .map_or_else(|| "csv".to_owned(), |s| s.to_string_lossy().into_owned());
        if let Some(wanted) = sheet.filter(|w| *w != name) {
            return Err(ImportError::NoSuchSheet {
                sheet: wanted.to_owned(),
                sheets: vec![name],
            });
        }
        return read_csv_with(&bytes, &name, progress);
    }
    let mut book = open_workbook_auto(path).map_err(|e| ImportError::read(path, e))?;
    let sheets = book.sheet_names();
    let name = match sheet {
        Some(wanted) => sheets
            .iter()
            .find(|s| s.as_str() == wanted)
            .or_else(|| {
                sheets
                    .iter()
                    .find(|s| s.trim().to_lowercase() == wanted.trim().to_lowercase())
            })
            .cloned()
            .ok_or_else(|| ImportError::NoSuchSheet {
                sheet: wanted.to_owned(),
                sheets: sheets.clone(),
            })?,
        None => sheets
            .first()
            .cloned()
            .ok_or_else(|| ImportError::read(path, super::ReadCause::NoSheets))?,
    };
    let range = book
        .worksheet_range(&name)
        .map_err(|e| ImportError::read(path, e))?;
    if progress.cancelled() {
        return Err(ImportError::Cancelled);
    }
    let mut rows: Vec<Vec<CellValue>> = Vec::new();
    if let Some((r0, c0)) = range.start() {
        let (r0, c0) = (r0 as usize, c0 as usize);
        if r0 + range.height() > MAX_SHEET_ROWS {
            return Err(ImportError::TooManyRows {
                max: MAX_SHEET_ROWS,
            });
        }
        if c0 + range.width() > MAX_SHEET_COLUMNS {
            return Err(ImportError::TooManyColumns {
                max: MAX_SHEET_COLUMNS,
            });
        }
        rows.resize(r0, Vec::new());
        for row in range.rows() {
            let mut cells = vec![CellValue::Empty; c0];
            cells.extend(row.iter().map(convert));
            while cells.last().is_some_and(|c| *c == CellValue::Empty) {
                cells.pop();
            }
            rows.push(cells);
        }
    }
    Ok(Workbook {
        sheets,
        grid: Grid { sheet: name, rows },
        legacy_encoding: false,
    })
}

fn convert(d: &Data) -> CellValue {
    match d {
        Data::Empty => CellValue::Empty,
        Data::Int(i) => CellValue::Number(*i as f64),
        Data::Float(f) => CellValue::Number(*f),
        Data::Bool(b) => CellValue::Text(b.to_string()),
        Data::String(s) => {
            // ODS error cells come back as their text.
            if s.starts_with('#') && (s.ends_with('!') || s.ends_with('?') || s == "#N/A") {
                CellValue::Error(s.clone())
            } else {
                CellValue::Text(s.clone())
            }
        }
        Data::DateTime(dt) => {
            let (y, ..) = dt.to_ymd_hms_milli();
            if dt.is_datetime() {
                CellValue::Date(i32::from(y))
            } else {
                CellValue::Number(dt.as_f64())
            }
        }
        // ODS dates: "2025-09-01" or "2025-09-01T00:00:00".
        Data::DateTimeIso(s) => s
            .get(..4)
            .and_then(|y| y.parse().ok())
            .map_or_else(|| CellValue::Text(s.clone()), CellValue::Date),
        Data::DurationIso(s) => CellValue::Text(s.clone()),
        Data::Error(e) => CellValue::Error(e.to_string()),
    }
}

/// Reads CSV bytes: UTF-8 (with or without BOM), else windows-1251; the
/// delimiter (`;`, `,` or tab) is the one most used outside quotes in the
/// first lines. More than [`MAX_SHEET_ROWS`] rows are refused.
pub fn read_csv(bytes: &[u8], sheet: &str) -> Result<Workbook, ImportError> {
    read_csv_with(bytes, sheet, &ReadProgress::default())
}

fn read_csv_with(
    bytes: &[u8],
    sheet: &str,
    progress: &ReadProgress,
) -> Result<Workbook, ImportError> {
    let (text, legacy) = decode(bytes);
    let delimiter = sniff_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let total = text.len() as u64;
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        if rows.len() % 4096 == 0 {
            if progress.cancelled() {
                return Err(ImportError::Cancelled);
            }
            progress.set(reader.position().byte(), total);
        }
        let row = match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => record
                .iter()
                .map(|f| {
                    if f.trim().is_empty() {
                        CellValue::Empty
                    } else {
                        CellValue::Text(f.to_owned())
                    }
                })
                .collect(),
            // A broken line (bad quoting) reads as one cell holding the
            // problem, so the row is reported rather than lost silently.
            Err(e) => vec![CellValue::Error(e.to_string())],
        };
        if rows.len() == MAX_SHEET_ROWS {
            return Err(ImportError::TooManyRows {
                max: MAX_SHEET_ROWS,
            });
        }
        if row.len() > MAX_SHEET_COLUMNS {
            return Err(ImportError::TooManyColumns {
                max: MAX_SHEET_COLUMNS,
            });
        }
        rows.push(row);
    }
    progress.set(total, total);
    Ok(Workbook {
        sheets: vec![sheet.to_owned()],
        grid: Grid {
            sheet: sheet.to_owned(),
            rows,
        },
        legacy_encoding: legacy,
    })
}

fn decode(bytes: &[u8]) -> (String, bool) {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(body) {
        Ok(s) => (s.to_owned(), false),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1251.decode(body);
            (text.into_owned(), true)
        }
    }
}

fn sniff_delimiter(text: &str) -> u8 {
    let candidates = [b';', b',', b'\t'];
    let mut best = (0usize, b';');
    for d in candidates {
        let most = text
            .lines()
            .take(20)
            .map(|line| count_outside_quotes(line, d))
            .max()
            .unwrap_or(0);
        if most > best.0 {
            best = (most, d);
        }
    }
    best.1
}

fn count_outside_quotes(line: &str, d: u8) -> usize {
    let mut quoted = false;
    let mut n = 0;
    for b in line.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == d && !quoted {
            n += 1;
        }
    }
    n
}

/// `A`, `B`, …, `Z`, `AA`, … for a 0-based column.
pub fn column_name(col: usize) -> String {
    let mut n = col + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// The 0-based column of a letter name (`A`, `aa`), if it is one.
pub fn column_index(name: &str) -> Option<usize> {
    let name = name.trim();
    if name.is_empty() || name.len() > 3 || !name.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut n = 0usize;
    for b in name.bytes() {
        n = n * 26 + usize::from(b.to_ascii_uppercase() - b'A' + 1);
    }
    Some(n - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names_round_trip() {
        for (i, name) in [
            (0, "A"),
            (25, "Z"),
            (26, "AA"),
            (27, "AB"),
            (701, "ZZ"),
            (702, "AAA"),
        ] {
            assert_eq!(column_name(i), name);
            assert_eq!(column_index(name), Some(i));
        }
        assert_eq!(column_index("a"), Some(0));
        assert_eq!(column_index("Код"), None);
    }

    #[test]
    fn csv_delimiter_and_encoding() {
        let wb = read_csv("Title\n\"a;b\",c,d\n1,2,3\n".as_bytes(), "x").expect("reads");
        assert_eq!(wb.grid.rows[1][0], CellValue::Text("a;b".into()));
        assert_eq!(wb.grid.rows[2].len(), 3);
        // "Школа" in windows-1251.
        let cp1251 = [0xD8, 0xEA, 0xEE, 0xEB, 0xE0, b';', b'1'];
        let wb = read_csv(&cp1251, "x").expect("reads");
        assert!(wb.legacy_encoding);
        assert_eq!(wb.grid.rows[0][0], CellValue::Text("Школа".into()));
        let bom = b"\xEF\xBB\xBFa;b\n";
        let wb = read_csv(bom, "x").expect("reads");
        assert!(!wb.legacy_encoding);
        assert_eq!(wb.grid.rows[0][0], CellValue::Text("a".into()));
    }
}
