//! A fast reader for exactly the text [`to_ron_string`](super::to_ron_string)
//! writes, and nothing else.
//!
//! A national file of 10 000 schools is 3.6 MB; the general RON parser takes
//! about 30 ms over it, most of it skipping whitespace and reading
//! identifiers one character at a time. Files saved by seatplan have a fixed
//! layout (one field a line, fixed indentation, fields in declaration order,
//! optional fields left out), which this reader matches byte for byte.
//!
//! It returns `None` at the first byte that differs from that layout
//! (a comment, other spacing or line endings, another field order, a field or
//! escape it does not know, `Some(…)`, `assumptions`, …), and the loader then
//! parses the text with RON as if this reader did not exist, so positions and
//! messages for broken files are RON's. What it accepts it reads to the same
//! value RON would (checked by `tests/it/fastload.rs`); when in doubt it
//! refuses, which costs only time.

use std::collections::BTreeMap;
use std::str::FromStr;

use crate::model::{
    Funding, LocalizedName, Region, RegionKind, Scenario, School, SchoolStatus, SeatUnit, Text,
};

const I1: &str = "    ";
const I3: &str = "            ";

// The fields this reader reads, in the order it reads them. The tests below
// tie them to serde's own (`Deserialize`), with the fields it leaves to RON
// (it refuses a text that has them), so a field added to the model or
// reordered there fails a test here instead of quietly slowing every load.
const SCENARIO_FIELDS: [&str; 8] = [
    "format",
    "name",
    "description",
    "base_year",
    "horizon",
    "seat_unit",
    "regions",
    "schools",
];
const REGION_FIELDS: [&str; 6] = ["id", "name", "kind", "deficit", "illustrative", "source"];
const NAME_FIELDS: [&str; 3] = ["kk", "ru", "en"];
const SCHOOL_FIELDS: [&str; 10] = [
    "id", "name", "region", "district", "seats", "replaces", "opens", "status", "funding", "source",
];

/// The scenario in `text` if it is laid out exactly as seatplan writes it.
pub fn parse(text: &str) -> Option<Scenario> {
    let [
        f_format,
        f_name,
        f_description,
        f_base,
        f_horizon,
        f_unit,
        _,
        _,
    ] = SCENARIO_FIELDS;
    let mut c = Cursor { text, pos: 0 };
    c.expect("Scenario(\n")?;
    let format = c.field(I1, f_format, Cursor::int)?;
    let name = c.field(I1, f_name, Cursor::text)?;
    let description = c.opt_field(I1, f_description, Cursor::text)?;
    let base_year = c.field(I1, f_base, Cursor::int)?;
    let horizon = c.field(I1, f_horizon, Cursor::int)?;
    let seat_unit = c.field(I1, f_unit, |c| c.variant(&SEAT_UNITS))?;
    // `assumptions` (floats) is left to RON: rare, small, and float syntax
    // is where two readers are most likely to disagree.
    c.expect("    regions: [\n")?;
    let mut regions = Vec::new();
    while c.eat("        Region(\n") {
        regions.push(c.region()?);
    }
    c.expect("    ],\n    schools: [\n")?;
    let mut schools = Vec::new();
    while c.eat("        School(\n") {
        schools.push(c.school()?);
    }
    c.expect("    ],\n)\n")?;
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
        assumptions: None,
        regions,
        schools,
        // `existing` (and with it `replaces_existing`) is left to RON: the
        // closing `],\n)` above refuses a file that has it.
        existing: Vec::new(),
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

    /// `{indent}{name}: {value},\n`.
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
        let start = self.pos;
        if self.key(indent, name) {
            self.pos = start;
            self.field(indent, name, value).map(Some)
        } else {
            Some(None)
        }
    }

    fn key(&mut self, indent: &str, name: &str) -> bool {
        let start = self.pos;
        let found = self.eat(indent) && self.eat(name) && self.eat(": ");
        if !found {
            self.pos = start;
        }
        found
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

    /// `{2023: 10000, 2025: 14000}`, years strictly increasing as a
    /// `BTreeMap` writes them (RON would let a repeated year overwrite).
    fn year_map(&mut self) -> Option<BTreeMap<i32, i64>> {
        self.expect("{")?;
        let mut map = BTreeMap::new();
        if self.eat("}") {
            return Some(map);
        }
        loop {
            let year: i32 = self.int()?;
            if map.last_key_value().is_some_and(|(&last, _)| last >= year) {
                return None;
            }
            self.expect(": ")?;
            map.insert(year, self.int()?);
            if self.eat("}") {
                return Some(map);
            }
            self.expect(", ")?;
        }
    }

    /// A scenario name or description: one quoted text, or the three
    /// languages. A translated text with no language is left to RON, which
    /// decides what `()` means there.
    fn text(&mut self) -> Option<Text> {
        if self.rest().first() == Some(&b'"') {
            return self.string().map(Text::Plain);
        }
        let names = self.names()?;
        (!names.is_empty()).then_some(Text::Translated(names))
    }

    /// `(kk: "…", ru: "…", en: "…")` with any of the three left out.
    fn names(&mut self) -> Option<LocalizedName> {
        self.expect("(")?;
        let mut name = LocalizedName::default();
        let mut first = true;
        let [kk, ru, en] = NAME_FIELDS;
        for (lang, slot) in [(kk, &mut name.kk), (ru, &mut name.ru), (en, &mut name.en)] {
            let start = self.pos;
            if (first || self.eat(", ")) && self.key("", lang) {
                *slot = Some(self.string()?);
                first = false;
            } else {
                self.pos = start;
            }
        }
        self.expect(")")?;
        Some(name)
    }

    fn region(&mut self) -> Option<Region> {
        let [f_id, f_name, f_kind, f_deficit, f_illustrative, f_source] = REGION_FIELDS;
        let id = self.field(I3, f_id, Cursor::string)?;
        let name = self.field(I3, f_name, Cursor::names)?;
        let kind = self.field(I3, f_kind, |c| c.variant(&REGION_KINDS))?;
        let deficit = self.opt_field(I3, f_deficit, Cursor::year_map)?;
        let illustrative = self
            .opt_field(I3, f_illustrative, |c| c.variant(&[("true", true)]))?
            .unwrap_or(false);
        let source = self.opt_field(I3, f_source, Cursor::string)?;
        self.expect("        ),\n")?;
        Some(Region {
            id,
            name,
            kind,
            deficit,
            demand: None,
            districts: None,
            illustrative,
            source,
        })
    }

    fn school(&mut self) -> Option<School> {
        let [
            f_id,
            f_name,
            f_region,
            f_district,
            f_seats,
            f_replaces,
            f_opens,
            f_status,
            f_funding,
            f_source,
        ] = SCHOOL_FIELDS;
        let id = self.field(I3, f_id, Cursor::string)?;
        let name = self.field(I3, f_name, Cursor::string)?;
        let region = self.field(I3, f_region, Cursor::string)?;
        let district = self.opt_field(I3, f_district, Cursor::string)?;
        let seats = self.field(I3, f_seats, Cursor::int)?;
        let replaces = self.opt_field(I3, f_replaces, Cursor::int)?.unwrap_or(0);
        let opens = self.field(I3, f_opens, Cursor::int)?;
        let status = self.field(I3, f_status, |c| c.variant(&STATUSES))?;
        let funding = self.opt_field(I3, f_funding, |c| c.variant(&FUNDING))?;
        let source = self.opt_field(I3, f_source, Cursor::string)?;
        self.expect("        ),\n")?;
        Some(School {
            id,
            name,
            region,
            district,
            seats,
            replaces,
            opens,
            status,
            funding,
            source,
            replaces_existing: None,
        })
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

#[cfg(test)]
mod tests {
    //! The names this reader matches, tied to the names serde's derived
    //! `Deserialize` (what RON reads) lists for each type.

    use std::cell::Cell;

    use serde::de::{Deserialize, Deserializer, Visitor};

    use super::*;

    /// The fields the reader refuses, leaving the text to RON.
    const SCENARIO_LEFT_TO_RON: [&str; 2] = ["assumptions", "existing"];
    const REGION_LEFT_TO_RON: [&str; 2] = ["demand", "districts"];
    /// A planned school that replaces an existing one comes with a stock,
    /// which the reader leaves to RON anyway.
    const SCHOOL_LEFT_TO_RON: [&str; 1] = ["replaces_existing"];

    #[derive(Debug)]
    struct Stop;

    impl std::fmt::Display for Stop {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("names taken")
        }
    }

    impl std::error::Error for Stop {}

    impl serde::de::Error for Stop {
        fn custom<T: std::fmt::Display>(_: T) -> Self {
            Stop
        }
    }

    /// A deserializer that reads nothing: it keeps the field names a struct
    /// asks for, or the variant names an enum asks for, then stops.
    struct Names<'a>(&'a Cell<&'static [&'static str]>);

    impl<'de> Deserializer<'de> for Names<'_> {
        type Error = Stop;

        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Stop> {
            Err(Stop)
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Stop> {
            self.0.set(fields);
            Err(Stop)
        }

        fn deserialize_enum<V: Visitor<'de>>(
            self,
            _: &'static str,
            variants: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Stop> {
            self.0.set(variants);
            Err(Stop)
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf option unit unit_struct newtype_struct seq tuple
            tuple_struct map identifier ignored_any
        }
    }

    /// The field or variant names of `T` as serde reads them, in order.
    fn serde_names<T: for<'de> Deserialize<'de>>() -> &'static [&'static str] {
        let names = Cell::new(&[][..]);
        let _ = T::deserialize(Names(&names));
        names.get()
    }

    /// Serde's fields of a struct, less those left to RON, are the reader's,
    /// in the same order; a field the reader neither reads nor leaves to RON
    /// fails here.
    fn same_fields(serde: &[&str], read: &[&str], left: &[&str], what: &str) {
        for name in serde {
            assert!(
                read.contains(name) || left.contains(name),
                "{what} field `{name}` is new to io/fast.rs: read it (in serde's order) or \
                 list it as left to RON"
            );
        }
        let kept: Vec<&str> = serde
            .iter()
            .copied()
            .filter(|n| !left.contains(n))
            .collect();
        assert_eq!(
            kept, read,
            "{what}: the fast reader's field order is serde's"
        );
    }

    #[test]
    fn field_order_is_serdes() {
        same_fields(
            serde_names::<Scenario>(),
            &SCENARIO_FIELDS,
            &SCENARIO_LEFT_TO_RON,
            "Scenario",
        );
        same_fields(
            serde_names::<Region>(),
            &REGION_FIELDS,
            &REGION_LEFT_TO_RON,
            "Region",
        );
        same_fields(
            serde_names::<School>(),
            &SCHOOL_FIELDS,
            &SCHOOL_LEFT_TO_RON,
            "School",
        );
        same_fields(
            serde_names::<LocalizedName>(),
            &NAME_FIELDS,
            &[],
            "LocalizedName",
        );
    }

    fn names_of<T>(table: &[(&'static str, T)]) -> Vec<&'static str> {
        table.iter().map(|(name, _)| *name).collect()
    }

    #[test]
    fn variant_names_are_serdes() {
        assert_eq!(serde_names::<SeatUnit>(), names_of(&SEAT_UNITS));
        assert_eq!(serde_names::<RegionKind>(), names_of(&REGION_KINDS));
        assert_eq!(serde_names::<SchoolStatus>(), names_of(&STATUSES));
        assert_eq!(serde_names::<Funding>(), names_of(&FUNDING));
        // And each name reads as its own value.
        for (name, value) in FUNDING {
            assert_eq!(ron::from_str::<Funding>(name).ok(), Some(value), "{name}");
        }
        for (name, value) in STATUSES {
            assert_eq!(
                ron::from_str::<SchoolStatus>(name).ok(),
                Some(value),
                "{name}"
            );
        }
    }
}
