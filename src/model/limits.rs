//! How much one scenario file may hold, written once. Every writer (save,
//! `import`, `merge`, `split`, the window) checks these before anything
//! reaches the disk, and the loader refuses a file over [`MAX_FILE_BYTES`]:
//! so seatplan never writes a file it would then refuse to open
//! (docs/scenario-format.md, "Limits").

use super::{LocalizedName, Scenario, Text};

/// Planned schools in one file: the national plan has 212; a country's
/// every school for decades is far below this.
pub const MAX_SCHOOLS: usize = 100_000;
/// Existing schools in one file: Kazakhstan has about 7 700 schools.
pub const MAX_EXISTING: usize = 100_000;
/// Districts of one region: the largest oblast has about 20.
pub const MAX_DISTRICTS: usize = 1_000;
/// Characters in one name (each language of a translated one): the longest
/// official school name is under 200.
pub const MAX_NAME_CHARS: usize = 500;
/// Characters in one source: a citation of several publications runs to
/// 2 000 in the shipped files.
pub const MAX_SOURCE_CHARS: usize = 10_000;
/// Bytes of a scenario file the loader reads (and a writer writes).
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// Which limit a scenario passed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Limit {
    Schools,
    Existing,
    /// Districts of the region with this id.
    Districts {
        region: String,
    },
    /// The name of the item with this id (a school, an existing school, a
    /// region or a district).
    Name {
        item: String,
    },
    /// The source of the item with this id.
    Source {
        item: String,
    },
    /// The file's text in bytes.
    FileBytes,
}

/// A scenario over one of the limits: which, how many, the most allowed.
/// Its text is made at the edge, in the language shown
/// (`i18n::limit_text`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverLimit {
    pub limit: Limit,
    pub count: u64,
    pub max: u64,
}

impl OverLimit {
    /// The translation key of the message (`assets/i18n/*/main.ftl`); its
    /// arguments are `count`, `max` (whole megabytes for the file's size)
    /// and `item` ([`Self::item`]).
    pub fn key(&self) -> &'static str {
        match self.limit {
            Limit::Schools => "limit-schools",
            Limit::Existing => "limit-existing",
            Limit::Districts { .. } => "limit-districts",
            Limit::Name { .. } => "limit-name",
            Limit::Source { .. } => "limit-source",
            Limit::FileBytes => "limit-file",
        }
    }

    /// The region or item the limit is about; empty for the file-wide ones.
    pub fn item(&self) -> &str {
        match &self.limit {
            Limit::Districts { region } => region,
            Limit::Name { item } | Limit::Source { item } => item,
            _ => "",
        }
    }
}

fn over(limit: Limit, count: usize, max: usize) -> Result<(), OverLimit> {
    if count > max {
        Err(OverLimit {
            limit,
            count: count as u64,
            max: max as u64,
        })
    } else {
        Ok(())
    }
}

fn chars(limit: Limit, s: &str, max: usize) -> Result<(), OverLimit> {
    // Bytes bound characters from above: count only when it could matter.
    if s.len() <= max {
        return Ok(());
    }
    over(limit, s.chars().count(), max)
}

fn name(item: &str, s: &str) -> Result<(), OverLimit> {
    let limit = Limit::Name {
        item: item.to_owned(),
    };
    chars(limit, s, MAX_NAME_CHARS)
}

fn source(item: &str, s: Option<&str>) -> Result<(), OverLimit> {
    let limit = Limit::Source {
        item: item.to_owned(),
    };
    chars(limit, s.unwrap_or_default(), MAX_SOURCE_CHARS)
}

fn localized(item: &str, text: &LocalizedName) -> Result<(), OverLimit> {
    for s in [&text.kk, &text.ru, &text.en].into_iter().flatten() {
        name(item, s)?;
    }
    Ok(())
}

/// A school's name: the plain text, or each language of a translated one.
fn text(item: &str, t: &Text) -> Result<(), OverLimit> {
    match t {
        Text::Plain(s) => name(item, s),
        Text::Translated(n) => localized(item, n),
    }
}

/// The first limit `s` passes, counts first, then names and sources in file
/// order. The file's size is checked on its text ([`check_file_bytes`]).
pub fn check_limits(s: &Scenario) -> Result<(), OverLimit> {
    over(Limit::Schools, s.schools.len(), MAX_SCHOOLS)?;
    over(Limit::Existing, s.existing.len(), MAX_EXISTING)?;
    for r in &s.regions {
        let districts = r.districts.as_deref().unwrap_or_default();
        over(
            Limit::Districts {
                region: r.id.clone(),
            },
            districts.len(),
            MAX_DISTRICTS,
        )?;
        localized(&r.id, &r.name)?;
        source(&r.id, r.source.as_deref())?;
        for d in districts {
            localized(&d.id, &d.name)?;
            source(&d.id, d.source.as_deref())?;
        }
    }
    for x in &s.schools {
        text(&x.id, &x.name)?;
        source(&x.id, x.source.as_deref())?;
    }
    for e in &s.existing {
        text(&e.id, &e.name)?;
        source(&e.id, e.source.as_deref())?;
    }
    Ok(())
}

/// Whether a scenario's text of `bytes` bytes is one the loader reads.
pub fn check_file_bytes(bytes: usize) -> Result<(), OverLimit> {
    let bytes = bytes as u64;
    if bytes > MAX_FILE_BYTES {
        Err(OverLimit {
            limit: Limit::FileBytes,
            count: bytes,
            max: MAX_FILE_BYTES,
        })
    } else {
        Ok(())
    }
}
