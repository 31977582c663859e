//! The names this reader matches, tied to the names serde's derived
//! `Deserialize` (what RON reads) lists for each type.

use std::cell::Cell;

use serde::de::{Deserialize, Deserializer, Visitor};

use super::*;

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

/// Serde's fields of a struct are the reader's, in the same order; a
/// field the model gains fails here until the reader reads it (and the
/// writer writes it: the proptests in `tests/it/fastload.rs` check that
/// the reader takes the writer's text).
fn same_fields(serde: &[&str], read: &[&str], what: &str) {
    for name in serde {
        assert!(
            read.contains(name),
            "{what} field `{name}` is new to io/fast.rs: read it where the writer writes it"
        );
    }
    assert_eq!(
        serde, read,
        "{what}: the fast reader's field order is serde's"
    );
}

fn names_of<T>(table: &[(&'static str, T)]) -> Vec<&'static str> {
    table.iter().map(|(name, _)| *name).collect()
}

#[test]
fn field_order_is_serdes() {
    same_fields(serde_names::<Scenario>(), &SCENARIO_FIELDS, "Scenario");
    same_fields(serde_names::<Region>(), &REGION_FIELDS, "Region");
    same_fields(serde_names::<District>(), &DISTRICT_FIELDS, "District");
    same_fields(serde_names::<Demand>(), &DEMAND_FIELDS, "Demand");
    same_fields(serde_names::<Housing>(), &HOUSING_FIELDS, "Housing");
    same_fields(serde_names::<Existing>(), &EXISTING_FIELDS, "Existing");
    same_fields(
        serde_names::<LocalizedName>(),
        &NAME_FIELDS,
        "LocalizedName",
    );
    same_fields(
        serde_names::<Assumptions>(),
        &names_of(&ASSUMPTIONS),
        "Assumptions",
    );
    same_fields(
        serde_names::<DelayAssumptions>(),
        &names_of(&DELAY),
        "DelayAssumptions",
    );
    same_fields(serde_names::<DelayOdds>(), &ODDS_FIELDS, "DelayOdds");
    same_fields(
        serde_names::<crate::model::Review>(),
        &review::REVIEW_FIELDS,
        "Review",
    );
    same_fields(
        serde_names::<crate::model::Sign>(),
        &review::SIGN_FIELDS,
        "Sign",
    );
    // The one place the writer departs from serde's order: a planned
    // school's `replaces_existing` beside its `replaces`.
    let mut school: Vec<&str> = serde_names::<School>().to_vec();
    school.retain(|&n| n != "replaces_existing");
    let after = school
        .iter()
        .position(|&n| n == "replaces")
        .map_or(0, |i| i + 1);
    school.insert(after, "replaces_existing");
    same_fields(&school, &SCHOOL_FIELDS, "School");
}

#[test]
fn variant_names_are_serdes() {
    assert_eq!(serde_names::<SeatUnit>(), names_of(&SEAT_UNITS));
    assert_eq!(serde_names::<RegionKind>(), names_of(&REGION_KINDS));
    assert_eq!(serde_names::<SchoolStatus>(), names_of(&STATUSES));
    assert_eq!(serde_names::<Funding>(), names_of(&FUNDING));
    assert_eq!(serde_names::<Condition>(), names_of(&CONDITIONS));
    assert_eq!(serde_names::<crate::model::About>(), review::ABOUT_VARIANTS);
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
    for (name, value) in CONDITIONS {
        assert_eq!(ron::from_str::<Condition>(name).ok(), Some(value), "{name}");
    }
}
