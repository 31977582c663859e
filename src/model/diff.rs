//! What changed between two versions of a plan, item by item
//! (docs/scenario-format.md, "Differences between versions"): the rows of
//! `seatplan diff` and of the window's Changes tab.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::{Existing, Region, Scenario, School, Text};

/// The kind of item a row is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DiffKind {
    Region,
    /// A planned school.
    School,
    Existing,
}

impl DiffKind {
    /// The `what` column of `seatplan diff`.
    pub fn as_str(self) -> &'static str {
        match self {
            DiffKind::Region => "region",
            DiffKind::School => "school",
            DiffKind::Existing => "existing",
        }
    }
}

/// What happened to the item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiffField {
    Added,
    Removed,
    /// A changed field: `seats`, `deficit.2025`, …
    Changed(String),
}

impl DiffField {
    /// The `field` column of `seatplan diff`.
    pub fn as_str(&self) -> &str {
        match self {
            DiffField::Added => "added",
            DiffField::Removed => "removed",
            DiffField::Changed(f) => f,
        }
    }
}

/// One row: an item added, removed, or one changed field with both values
/// as the file would show them (empty where a side has nothing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffRow {
    pub kind: DiffKind,
    /// B's region (A's for a removed item); a region row's own id.
    pub region: String,
    pub id: String,
    pub field: DiffField,
    pub a: String,
    pub b: String,
}

/// Every difference from `a` to `b`: removed items first in A's order, then
/// added and changed ones in B's order; within each file regions, then
/// planned schools, then existing schools. Items are matched by id within
/// their kind; a duplicate id (an invalid file) is matched occurrence by
/// occurrence, so the second "x" of A is compared with the second of B.
pub fn diff(a: &Scenario, b: &Scenario) -> Vec<DiffRow> {
    let regions = Matched::new(&a.regions, &b.regions, |r| &r.id);
    let schools = Matched::new(&a.schools, &b.schools, |s| &s.id);
    let existing = Matched::new(&a.existing, &b.existing, |e| &e.id);
    let mut rows = Vec::new();
    regions.removed(&mut rows, DiffKind::Region, |r| &r.id, |r| &r.id);
    schools.removed(&mut rows, DiffKind::School, |s| &s.id, |s| &s.region);
    existing.removed(&mut rows, DiffKind::Existing, |e| &e.id, |e| &e.region);
    regions.rest(
        &mut rows,
        DiffKind::Region,
        |r| (&r.id, &r.id),
        region_fields,
    );
    schools.rest(
        &mut rows,
        DiffKind::School,
        |s| (&s.id, &s.region),
        school_fields,
    );
    existing.rest(
        &mut rows,
        DiffKind::Existing,
        |e| (&e.id, &e.region),
        existing_fields,
    );
    rows
}

/// Items of one kind in A and B, and for each item of B its match in A.
struct Matched<'a, T> {
    a: &'a [T],
    b: &'a [T],
    /// For each item of B, the index of its match in A.
    b_to_a: Vec<Option<usize>>,
    /// Whether each item of A has a match in B.
    a_matched: Vec<bool>,
}

impl<'a, T> Matched<'a, T> {
    fn new(a: &'a [T], b: &'a [T], id: impl Fn(&T) -> &String) -> Self {
        // Occurrences of each id in A, in order, taken one by one by B's.
        let mut in_a: HashMap<&str, std::collections::VecDeque<usize>> = HashMap::new();
        for (i, item) in a.iter().enumerate() {
            in_a.entry(id(item).as_str()).or_default().push_back(i);
        }
        let mut a_matched = vec![false; a.len()];
        let b_to_a = b
            .iter()
            .map(|item| {
                let i = in_a.get_mut(id(item).as_str())?.pop_front()?;
                a_matched[i] = true;
                Some(i)
            })
            .collect();
        Matched {
            a,
            b,
            b_to_a,
            a_matched,
        }
    }

    fn removed(
        &self,
        rows: &mut Vec<DiffRow>,
        kind: DiffKind,
        id: impl Fn(&T) -> &String,
        region: impl Fn(&T) -> &String,
    ) {
        for (item, _) in self.a.iter().zip(&self.a_matched).filter(|(_, m)| !**m) {
            rows.push(DiffRow {
                kind,
                region: region(item).clone(),
                id: id(item).clone(),
                field: DiffField::Removed,
                a: String::new(),
                b: String::new(),
            });
        }
    }

    /// Added items and the changed fields of matched ones, in B's order.
    fn rest(
        &self,
        rows: &mut Vec<DiffRow>,
        kind: DiffKind,
        id_region: impl Fn(&T) -> (&String, &String),
        fields: impl Fn(&T, &T) -> Vec<(String, String, String)>,
    ) {
        for (item, matched) in self.b.iter().zip(&self.b_to_a) {
            let (id, region) = id_region(item);
            let row = |field, a, b| DiffRow {
                kind,
                region: region.clone(),
                id: id.clone(),
                field,
                a,
                b,
            };
            match matched.and_then(|i| self.a.get(i)) {
                None => rows.push(row(DiffField::Added, String::new(), String::new())),
                Some(old) => rows.extend(
                    fields(old, item)
                        .into_iter()
                        .map(|(f, a, b)| row(DiffField::Changed(f), a, b)),
                ),
            }
        }
    }
}

/// Pushes `(field, a, b)` when the two values differ.
fn push(out: &mut Vec<(String, String, String)>, field: &str, a: String, b: String) {
    if a != b {
        out.push((field.to_string(), a, b));
    }
}

/// Where a school is and what it is called, in the order both kinds of
/// school list them: region, district, name as shown (kk → ru → en).
type Place<'a> = (&'a String, Option<&'a String>, &'a Text);

fn place(out: &mut Vec<(String, String, String)>, a: Place<'_>, b: Place<'_>) {
    push(out, "region", a.0.clone(), b.0.clone());
    push(out, "district", opt(a.1), opt(b.1));
    push(
        out,
        "name",
        a.2.get("kk").to_owned(),
        b.2.get("kk").to_owned(),
    );
}

fn opt<T: ToString>(v: Option<&T>) -> String {
    v.map(ToString::to_string).unwrap_or_default()
}

fn debug_opt<T: std::fmt::Debug>(v: Option<T>) -> String {
    v.map(|v| format!("{v:?}")).unwrap_or_default()
}

/// `PREFIX.YEAR` for each year written on either side, ascending; a year
/// on one side only leaves the other value empty.
fn year_points(
    out: &mut Vec<(String, String, String)>,
    prefix: &str,
    a: Option<&BTreeMap<i32, i64>>,
    b: Option<&BTreeMap<i32, i64>>,
) {
    let empty = BTreeMap::new();
    let (a, b) = (a.unwrap_or(&empty), b.unwrap_or(&empty));
    let years: BTreeSet<i32> = a.keys().chain(b.keys()).copied().collect();
    for y in years {
        push(
            out,
            &format!("{prefix}.{y}"),
            opt(a.get(&y)),
            opt(b.get(&y)),
        );
    }
}

/// A region: its name as shown (kk → ru → en), then its deficit points.
fn region_fields(a: &Region, b: &Region) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    push(
        &mut out,
        "name",
        a.name.get("kk").to_string(),
        b.name.get("kk").to_string(),
    );
    year_points(&mut out, "deficit", a.deficit.as_ref(), b.deficit.as_ref());
    out
}

/// A planned school; `replaces` compared with its default 0 applied, its
/// name as shown (kk → ru → en), like a region's.
fn school_fields(a: &School, b: &School) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    push(&mut out, "seats", a.seats.to_string(), b.seats.to_string());
    push(&mut out, "opens", a.opens.to_string(), b.opens.to_string());
    push(
        &mut out,
        "status",
        format!("{:?}", a.status),
        format!("{:?}", b.status),
    );
    push(
        &mut out,
        "replaces",
        a.replaces.to_string(),
        b.replaces.to_string(),
    );
    push(
        &mut out,
        "replaces_existing",
        opt(a.replaces_existing.as_ref()),
        opt(b.replaces_existing.as_ref()),
    );
    place(
        &mut out,
        (&a.region, a.district.as_ref(), &a.name),
        (&b.region, b.district.as_ref(), &b.name),
    );
    push(
        &mut out,
        "funding",
        debug_opt(a.funding),
        debug_opt(b.funding),
    );
    out
}

/// An existing school; `condition` compared with its default Sound applied,
/// its name as shown (kk → ru → en).
fn existing_fields(a: &Existing, b: &Existing) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    place(
        &mut out,
        (&a.region, a.district.as_ref(), &a.name),
        (&b.region, b.district.as_ref(), &b.name),
    );
    push(
        &mut out,
        "capacity",
        a.capacity.to_string(),
        b.capacity.to_string(),
    );
    push(
        &mut out,
        "condition",
        format!("{:?}", a.condition()),
        format!("{:?}", b.condition()),
    );
    year_points(&mut out, "pupils", Some(&a.pupils), Some(&b.pupils));
    out
}
