//! A fast reader for exactly the text [`to_ron_string`](super::to_ron_string)
//! writes, with whole-line `//` comments between its lines, and nothing else.
//!
//! A national file of 10 000 schools is 3.6 MB; the general RON parser takes
//! about 30 ms over it, most of it skipping whitespace and reading
//! identifiers one character at a time. Files saved by seatplan have a fixed
//! layout (one field a line, fixed indentation, fields in the writer's order,
//! optional fields left out, maps and names on one line), which this reader
//! matches byte for byte. The shipped scenarios are that layout with comment
//! lines added by hand, so a line holding only spaces and a `//` comment is
//! skipped wherever the layout starts a line, and nowhere else (never inside
//! a value, never after one on the same line).
//!
//! It returns `None` at the first byte that differs from that layout (other
//! spacing or line endings, a `/* */` or end-of-line comment, another field
//! order, a field or escape it does not know, `Some(…)`, a float other than
//! the writer's digits, …), and the loader then parses the text with RON as
//! if this reader did not exist, so positions and messages for broken files
//! are RON's. What it accepts it reads to the same value RON would (checked
//! by `tests/it/fastload.rs`); when in doubt it refuses, which costs only time.

use std::collections::BTreeMap;
use std::str::FromStr;

mod items;
mod review;

use crate::model::{
    Assumptions, Condition, DelayAssumptions, DelayOdds, Demand, District, Existing, Funding,
    Housing, LocalizedName, Percent, Region, RegionKind, Scenario, School, SchoolStatus, SeatUnit,
    Text,
};

// The fields this reader reads, in the order it reads them (the writer's).
// The tests below tie them to serde's own (`Deserialize`), so a field added
// to the model fails a test here instead of quietly slowing every load.
const SCENARIO_FIELDS: [&str; 11] = [
    "format",
    "name",
    "description",
    "base_year",
    "horizon",
    "seat_unit",
    "assumptions",
    "regions",
    "schools",
    "existing",
    "review",
];
const REGION_FIELDS: [&str; 9] = [
    "id",
    "name",
    "kind",
    "deficit",
    "demand",
    "districts",
    "illustrative",
    "source",
    "review",
];
const DISTRICT_FIELDS: [&str; 6] = ["id", "name", "deficit", "demand", "illustrative", "source"];
const DEMAND_FIELDS: [&str; 10] = [
    "capacity",
    "shifts",
    "margin",
    "births",
    "entry_age",
    "window",
    "grades",
    "pupils",
    "grade_count",
    "housing",
];
const HOUSING_FIELDS: [&str; 3] = ["dwellings", "yield", "source"];
const NAME_FIELDS: [&str; 3] = ["kk", "ru", "en"];
/// The writer puts `replaces_existing` beside `replaces`, where serde's
/// order has it last.
const SCHOOL_FIELDS: [&str; 11] = [
    "id",
    "name",
    "region",
    "district",
    "seats",
    "replaces",
    "replaces_existing",
    "opens",
    "status",
    "funding",
    "source",
];
const EXISTING_FIELDS: [&str; 8] = [
    "id",
    "name",
    "region",
    "district",
    "capacity",
    "pupils",
    "condition",
    "source",
];
const ODDS_FIELDS: [&str; 3] = ["on_time", "one_year", "two_years"];

/// Reads one field's value into the struct being built.
type Read<T> = for<'a> fn(&mut Cursor<'a>, &mut T) -> Option<()>;

/// `assumptions: (…)`, every field optional: one line a field, so a field
/// the model gains is one more line here (and the tie test below asks for it).
const ASSUMPTIONS: [(&str, Read<Assumptions>); 4] = [
    ("delay", |c, a| {
        a.delay = Some(c.fields(2, &DELAY)?);
        Some(())
    }),
    ("cost_per_seat", |c, a| {
        a.cost_per_seat = Some(c.map(Cursor::int)?);
        Some(())
    }),
    ("demand_error", |c, a| {
        let list = c.list_of(Cursor::float)?;
        a.demand_error = Some(list.into_iter().map(Percent).collect());
        Some(())
    }),
    ("deficit_error", |c, a| {
        a.deficit_error = Some(Percent(c.float()?));
        Some(())
    }),
];

/// `delay: (planned: (…), …)`, each status optional.
const DELAY: [(&str, Read<DelayAssumptions>); 3] = [
    ("planned", |c, d| {
        d.planned = Some(c.odds()?);
        Some(())
    }),
    ("under_construction", |c, d| {
        d.under_construction = Some(c.odds()?);
        Some(())
    }),
    ("commissioned", |c, d| {
        d.commissioned = Some(c.odds()?);
        Some(())
    }),
];

/// Spaces for `depth` levels of the writer's four-space indentation. The
/// deepest line is 7 levels in: a year of `grades` in a district's demand.
fn ind(depth: usize) -> &'static str {
    const SPACES: &str = "                                ";
    SPACES.get(..4 * depth).unwrap_or(SPACES)
}

/// The scenario in `text` if it is laid out exactly as seatplan writes it,
/// comment lines aside.
pub fn parse(text: &str) -> Option<Scenario> {
    let [
        f_format,
        f_name,
        f_description,
        f_base,
        f_horizon,
        f_unit,
        f_assumptions,
        f_regions,
        f_schools,
        f_existing,
        f_review,
    ] = SCENARIO_FIELDS;
    let i1 = ind(1);
    let mut c = Cursor { text, pos: 0 };
    c.comments();
    c.expect("Scenario(\n")?;
    let format = c.field(i1, f_format, Cursor::int)?;
    let name = c.field(i1, f_name, Cursor::text)?;
    let description = c.opt_field(i1, f_description, Cursor::text)?;
    let base_year = c.field(i1, f_base, Cursor::int)?;
    let horizon = c.field(i1, f_horizon, Cursor::int)?;
    let seat_unit = c.field(i1, f_unit, |c| c.variant(&SEAT_UNITS))?;
    let assumptions = c.opt_field(i1, f_assumptions, |c| c.fields(1, &ASSUMPTIONS))?;
    let regions = c.field(i1, f_regions, |c| c.list(1, "Region(", Cursor::region))?;
    let schools = c.field(i1, f_schools, |c| c.list(1, "School(", Cursor::school))?;
    let existing = c.opt_field(i1, f_existing, |c| c.list(1, "Existing(", Cursor::existing))?;
    let review = c.opt_field(i1, f_review, |c| c.review(1))?;
    c.close(0, ")\n")?;
    c.comments();
    if c.pos != text.len() {
        return None;
    }
    Some(Scenario {
        format,
        name,
        description,
        base_year,
        horizon,
        seat_unit,
        assumptions,
        regions,
        schools,
        existing: existing.unwrap_or_default(),
        review,
    })
}

struct Cursor<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn rest(&self) -> &'a [u8] {
        self.text.as_bytes().get(self.pos..).unwrap_or_default()
    }

    /// Consumes `lit` if the text continues with it.
    fn eat(&mut self, lit: &str) -> bool {
        let found = self.rest().starts_with(lit.as_bytes());
        if found {
            self.pos += lit.len();
        }
        found
    }

    fn expect(&mut self, lit: &str) -> Option<()> {
        self.eat(lit).then_some(())
    }

    /// Skips lines that hold only spaces and a `//` comment. Called only
    /// where the writer starts a line; RON reads such a line as whitespace.
    /// A comment without its line end (at the end of the text) is left, and
    /// refused by whatever comes next.
    fn comments(&mut self) {
        loop {
            let rest = self.rest();
            let spaces = rest.iter().take_while(|&&b| b == b' ').count();
            let Some(comment) = rest.get(spaces..).filter(|r| r.starts_with(b"//")) else {
                return;
            };
            let Some(end) = comment.iter().position(|&b| b == b'\n') else {
                return;
            };
            self.pos += spaces + end + 1;
        }
    }

    /// A line that starts `{indent}{lit}` and ends there, after any comment
    /// lines; consumed if found.
    fn line(&mut self, indent: &str, lit: &str) -> bool {
        self.comments();
        let start = self.pos;
        let found = self.eat(indent) && self.eat(lit) && self.eat("\n");
        if !found {
            self.pos = start;
        }
        found
    }

    /// The end of a block opened `depth` levels in: `{indent}{lit}`, after
    /// any comment lines.
    fn close(&mut self, depth: usize, lit: &str) -> Option<()> {
        self.comments();
        self.expect(ind(depth))?;
        self.expect(lit)
    }

    /// `{indent}{name}: {value},\n`, after any comment lines.
    fn field<T>(
        &mut self,
        indent: &str,
        name: &str,
        value: impl FnOnce(&mut Self) -> Option<T>,
    ) -> Option<T> {
        if !self.key(indent, name) {
            return None;
        }
        let v = value(self)?;
        self.expect(",\n")?;
        Some(v)
    }

    /// A field the writer leaves out when unset. The outer `None` refuses
    /// the text; `Some(None)` means the field is absent.
    fn opt_field<T>(
        &mut self,
        indent: &str,
        name: &str,
        value: impl FnOnce(&mut Self) -> Option<T>,
    ) -> Option<Option<T>> {
        if !self.key(indent, name) {
            return Some(None);
        }
        let v = value(self)?;
        self.expect(",\n")?;
        Some(Some(v))
    }

    /// `{indent}{name}: ` at the start of a line, after any comment lines
    /// (those stay skipped when the key is not there).
    fn key(&mut self, indent: &str, name: &str) -> bool {
        self.comments();
        let start = self.pos;
        let found = self.eat(indent) && self.eat(name) && self.eat(": ");
        if !found {
            self.pos = start;
        }
        found
    }

    /// `(\n`, then each field of `table` that is there, one a line at
    /// `depth + 1`, in the table's order, then `)` at `depth`: a struct whose
    /// fields are all optional.
    fn fields<T: Default>(&mut self, depth: usize, table: &[(&str, Read<T>)]) -> Option<T> {
        self.expect("(\n")?;
        let mut out = T::default();
        for (name, read) in table {
            if self.key(ind(depth + 1), name) {
                read(self, &mut out)?;
                self.expect(",\n")?;
            }
        }
        self.close(depth, ")")?;
        Some(out)
    }

    /// `[\n`, items opened by `{open}\n` one level deeper and closed by
    /// `),`, then `]`; `[]` as the writer writes an empty list of districts.
    fn list<T>(
        &mut self,
        depth: usize,
        open: &str,
        item: impl Fn(&mut Self) -> Option<T>,
    ) -> Option<Vec<T>> {
        let mut items = Vec::new();
        if self.eat("[]") {
            return Some(items);
        }
        self.expect("[\n")?;
        while self.line(ind(depth + 1), open) {
            items.push(item(self)?);
            self.close(depth + 1, "),\n")?;
        }
        self.close(depth, "]")?;
        Some(items)
    }

    /// A decimal integer as the writer prints it: no sign but `-`, no
    /// leading zero, no `_`; out of range for `T` refuses.
    fn int<T: FromStr>(&mut self) -> Option<T> {
        let rest = self.rest();
        let sign = usize::from(rest.first() == Some(&b'-'));
        let digits = rest
            .get(sign..)?
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let leading_zero = rest.get(sign) == Some(&b'0') && (digits > 1 || sign == 1);
        if digits == 0 || leading_zero {
            return None;
        }
        let end = self.pos + sign + digits;
        let value = self.text.get(self.pos..end)?.parse().ok()?;
        self.pos = end;
        Some(value)
    }

    /// A finite float as `{:?}` prints it: `-`, digits, then `.` and digits,
    /// `e`, `-` and digits, or both (`0.25`, `1e-7`, `1.5e16`). Read with
    /// `f64::from_str` on the same text, as RON does. `NaN`, `inf`, `+`,
    /// `E` and `_` refuse.
    fn float(&mut self) -> Option<f64> {
        let rest = self.rest();
        let digits = |from: usize| {
            rest.get(from..)
                .map_or(0, |r| r.iter().take_while(|b| b.is_ascii_digit()).count())
        };
        let mut end = usize::from(rest.first() == Some(&b'-'));
        let whole = digits(end);
        if whole == 0 {
            return None;
        }
        end += whole;
        let mut marked = false;
        if rest.get(end) == Some(&b'.') {
            let fraction = digits(end + 1);
            if fraction == 0 {
                return None;
            }
            end += 1 + fraction;
            marked = true;
        }
        if rest.get(end) == Some(&b'e') {
            end += 1 + usize::from(rest.get(end + 1) == Some(&b'-'));
            let exponent = digits(end);
            if exponent == 0 {
                return None;
            }
            end += exponent;
            marked = true;
        }
        if !marked {
            return None;
        }
        let value = self.text.get(self.pos..self.pos + end)?.parse().ok()?;
        self.pos += end;
        Some(value)
    }

    /// A quoted string with the writer's escapes (`\"`, `\\`, `\n`, `\r`,
    /// `\t`, `\0`, `\u{…}` in lowercase hex). Raw control characters
    /// (the writer escapes them) and any other escape refuse.
    fn string(&mut self) -> Option<String> {
        if !self.eat("\"") {
            return None;
        }
        let mut out = String::new();
        loop {
            let rest = self.rest();
            let stop = rest
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
            // `stop` is at an ASCII byte, so both slices are on char boundaries.
            out.push_str(self.text.get(self.pos..self.pos + stop)?);
            self.pos += stop + 1;
            match rest.get(stop)? {
                b'"' => return Some(out),
                b'\\' => out.push(self.escape()?),
                _ => return None,
            }
        }
    }

    fn escape(&mut self) -> Option<char> {
        let c = match self.rest().first()? {
            b'"' => '"',
            b'\\' => '\\',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'0' => '\0',
            b'u' => {
                self.pos += 1;
                self.expect("{")?;
                let hex = self
                    .rest()
                    .iter()
                    .take_while(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
                    .count();
                if !(1..=6).contains(&hex) {
                    return None;
                }
                let digits = self.text.get(self.pos..self.pos + hex)?;
                let c = char::from_u32(u32::from_str_radix(digits, 16).ok()?)?;
                self.pos += hex;
                self.expect("}")?;
                return Some(c);
            }
            _ => return None,
        };
        self.pos += 1;
        Some(c)
    }

    /// One of `names`, followed by the `,` that ends its field.
    fn variant<T: Copy>(&mut self, names: &[(&str, T)]) -> Option<T> {
        let rest = self.rest();
        let (name, value) = names.iter().find(|(name, _)| {
            rest.starts_with(name.as_bytes()) && rest.get(name.len()) == Some(&b',')
        })?;
        self.pos += name.len();
        Some(*value)
    }

    /// `{2023: 10000, 2025: 14000}` on one line, keys strictly increasing as
    /// a `BTreeMap` writes them (RON would let a repeated key overwrite).
    fn map<K: FromStr + Ord + Copy, V>(
        &mut self,
        mut value: impl FnMut(&mut Self) -> Option<V>,
    ) -> Option<BTreeMap<K, V>> {
        self.expect("{")?;
        let mut map = BTreeMap::new();
        if self.eat("}") {
            return Some(map);
        }
        loop {
            let key: K = self.int()?;
            if map.last_key_value().is_some_and(|(&last, _)| last >= key) {
                return None;
            }
            self.expect(": ")?;
            map.insert(key, value(self)?);
            if self.eat("}") {
                return Some(map);
            }
            self.expect(", ")?;
        }
    }

    /// `[1, 2, 3]` on one line.
    fn ints(&mut self) -> Option<Vec<i64>> {
        self.list_of(Cursor::int::<i64>)
    }

    /// `[a, b, c]` on one line, each item read by `item`.
    fn list_of<T>(&mut self, item: impl Fn(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        self.expect("[")?;
        let mut list = Vec::new();
        if self.eat("]") {
            return Some(list);
        }
        loop {
            list.push(item(self)?);
            if self.eat("]") {
                return Some(list);
            }
            self.expect(", ")?;
        }
    }

    /// A scenario's or a school's name, or a description: one quoted text,
    /// or the three languages. A translated text with no language, `()`, is left to RON,
    /// which decides what it means there.
    fn text(&mut self) -> Option<Text> {
        if self.rest().first() == Some(&b'"') {
            return self.string().map(Text::Plain);
        }
        let names = self.names()?;
        (names != LocalizedName::default()).then_some(Text::Translated(names))
    }

    /// `(kk: "…", ru: "…", en: "…")` with any of the three left out.
    fn names(&mut self) -> Option<LocalizedName> {
        self.expect("(")?;
        let mut name = LocalizedName::default();
        let mut first = true;
        let [kk, ru, en] = NAME_FIELDS;
        for (lang, slot) in [(kk, &mut name.kk), (ru, &mut name.ru), (en, &mut name.en)] {
            let start = self.pos;
            if (first || self.eat(", ")) && self.eat(lang) && self.eat(": ") {
                *slot = Some(self.string()?);
                first = false;
            } else {
                self.pos = start;
            }
        }
        self.expect(")")?;
        Some(name)
    }
}

const SEAT_UNITS: [(&str, SeatUnit); 2] = [
    ("Design", SeatUnit::Design),
    ("TwoShift", SeatUnit::TwoShift),
];

const REGION_KINDS: [(&str, RegionKind); 2] =
    [("City", RegionKind::City), ("Oblast", RegionKind::Oblast)];

const STATUSES: [(&str, SchoolStatus); 3] = [
    ("Planned", SchoolStatus::Planned),
    ("UnderConstruction", SchoolStatus::UnderConstruction),
    ("Commissioned", SchoolStatus::Commissioned),
];

const FUNDING: [(&str, Funding); 6] = [
    ("Republican", Funding::Republican),
    ("Local", Funding::Local),
    ("ComfortableSchool", Funding::ComfortableSchool),
    ("Ppp", Funding::Ppp),
    ("Private", Funding::Private),
    ("Other", Funding::Other),
];

const CONDITIONS: [(&str, Condition); 3] = [
    ("Sound", Condition::Sound),
    ("Emergency", Condition::Emergency),
    ("Adobe", Condition::Adobe),
];

#[cfg(test)]
mod tests;
