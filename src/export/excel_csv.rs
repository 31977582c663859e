//! The projection as a CSV that Excel opens correctly on a Russian- or
//! Kazakh-locale PC: UTF-8 with a BOM (without one Excel reads the ANSI code
//! page and garbles Cyrillic), `;` (the list separator of those locales) and
//! CRLF line ends. Same columns as the workbook's projection sheet.

use crate::i18n::{Lang, tr_in};
use crate::model::{Projection, Scenario};

const HEADER_KEYS: [&str; 8] = [
    "xlsx-col-region-id",
    "xlsx-col-region",
    "xlsx-col-year",
    "xlsx-col-deficit",
    "xlsx-col-opened",
    "xlsx-col-cumulative",
    "xlsx-col-shortfall",
    "xlsx-col-surplus",
];

pub fn excel_csv_bytes(s: &Scenario, p: &Projection, lang: Lang) -> Result<Vec<u8>, csv::Error> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        let header = HEADER_KEYS.map(|k| tr_in(lang, k, &[]));
        w.write_record(&header)?;
        let total = tr_in(lang, "xlsx-total", &[]);
        let rows = p
            .regions
            .iter()
            .flat_map(|r| {
                let name = s
                    .regions
                    .get(r.region)
                    .map_or("", |x| x.name.get(lang.code()));
                r.rows.iter().map(move |row| (r.id.as_str(), name, row))
            })
            .chain(p.total.iter().map(|row| ("TOTAL", total.as_str(), row)));
        for (id, name, r) in rows {
            let cells = [
                id.to_owned(),
                name.to_owned(),
                r.year.to_string(),
                r.deficit.to_string(),
                r.opened.to_string(),
                r.cumulative.to_string(),
                r.shortfall.to_string(),
                r.surplus.to_string(),
            ];
            w.write_record(&cells)?;
        }
        w.flush()?;
    }
    Ok(out)
}
