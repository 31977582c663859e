//! The fast reader's items: a region, a district, a demand, a planned and
//! an existing school, and the delay odds, each in exactly the writer's
//! layout (the cursor and its low-level readers are in `fast.rs`).

use std::collections::BTreeMap;

use super::*;

impl Cursor<'_> {
    /// `(on_time: 0.2, one_year: 0.6, two_years: 0.2)`: the writer writes
    /// all three.
    pub(super) fn odds(&mut self) -> Option<DelayOdds> {
        let [on_time, one_year, two_years] = ODDS_FIELDS;
        let mut share = |sep: &str, name: &str| {
            self.expect(sep)?;
            self.expect(name)?;
            self.expect(": ")?;
            self.float()
        };
        let on_time = share("(", on_time)?;
        let one_year = share(", ", one_year)?;
        let two_years = share(", ", two_years)?;
        self.expect(")")?;
        Some(DelayOdds {
            on_time,
            one_year,
            two_years,
        })
    }

    pub(super) fn region(&mut self) -> Option<Region> {
        let [
            f_id,
            f_name,
            f_kind,
            f_deficit,
            f_demand,
            f_districts,
            f_illustrative,
            f_source,
            f_review,
        ] = REGION_FIELDS;
        let i3 = ind(3);
        let id = self.field(i3, f_id, Cursor::string)?;
        let name = self.field(i3, f_name, Cursor::names)?;
        let kind = self.field(i3, f_kind, |c| c.variant(&REGION_KINDS))?;
        let deficit = self.opt_field(i3, f_deficit, |c| c.map(Cursor::int))?;
        let demand = self.opt_field(i3, f_demand, |c| c.demand(3))?;
        let districts = self.opt_field(i3, f_districts, |c| {
            c.list(3, "District(", Cursor::district)
        })?;
        let illustrative = self.illustrative(i3, f_illustrative)?;
        let source = self.opt_field(i3, f_source, Cursor::string)?;
        let review = self.opt_field(i3, f_review, |c| c.review(3))?;
        Some(Region {
            id,
            name,
            kind,
            deficit,
            demand,
            districts,
            illustrative,
            source,
            review,
        })
    }

    pub(super) fn district(&mut self) -> Option<District> {
        let [f_id, f_name, f_deficit, f_demand, f_illustrative, f_source] = DISTRICT_FIELDS;
        let i5 = ind(5);
        let id = self.field(i5, f_id, Cursor::string)?;
        let name = self.field(i5, f_name, Cursor::names)?;
        let deficit = self.opt_field(i5, f_deficit, |c| c.map(Cursor::int))?;
        let demand = self.opt_field(i5, f_demand, |c| c.demand(5))?;
        let illustrative = self.illustrative(i5, f_illustrative)?;
        let source = self.opt_field(i5, f_source, Cursor::string)?;
        Some(District {
            id,
            name,
            deficit,
            demand,
            illustrative,
            source,
        })
    }

    /// `illustrative: true,` or nothing (the writer leaves `false` out).
    pub(super) fn illustrative(&mut self, indent: &str, name: &str) -> Option<bool> {
        let given = self.opt_field(indent, name, |c| c.variant(&[("true", true)]))?;
        Some(given.unwrap_or(false))
    }

    /// `Demand(` to its `)` at `depth`, one field a line.
    pub(super) fn demand(&mut self, depth: usize) -> Option<Demand> {
        let [
            f_capacity,
            f_shifts,
            f_margin,
            f_births,
            f_entry_age,
            f_window,
            f_grades,
            f_pupils,
            f_grade_count,
            f_housing,
        ] = DEMAND_FIELDS;
        let inner = ind(depth + 1);
        self.expect("Demand(\n")?;
        let capacity = self.opt_field(inner, f_capacity, Cursor::int)?;
        let shifts = self.field(inner, f_shifts, Cursor::int)?;
        let margin = self.opt_field(inner, f_margin, Cursor::int)?;
        let births = self.field(inner, f_births, |c| c.map(Cursor::int))?;
        let entry_age = self.opt_field(inner, f_entry_age, Cursor::int)?;
        let window = self.opt_field(inner, f_window, Cursor::int)?;
        let grades = self.opt_field(inner, f_grades, |c| c.grades(depth + 1))?;
        let pupils = self.opt_field(inner, f_pupils, |c| c.map(Cursor::int))?;
        let grade_count = self.opt_field(inner, f_grade_count, Cursor::int)?;
        let housing = self.opt_field(inner, f_housing, |c| c.housing(depth + 1))?;
        self.close(depth, ")")?;
        Some(Demand {
            capacity,
            shifts,
            margin,
            births,
            entry_age,
            window,
            grades,
            pupils,
            grade_count,
            housing,
        })
    }

    /// `Housing(` to its `)` at `depth`, one field a line.
    pub(super) fn housing(&mut self, depth: usize) -> Option<Housing> {
        let [f_dwellings, f_yield, f_source] = HOUSING_FIELDS;
        let inner = ind(depth + 1);
        self.expect("Housing(\n")?;
        let dwellings = self.field(inner, f_dwellings, |c| c.map(Cursor::int))?;
        let yields = self.field(inner, f_yield, |c| c.list_of(Cursor::float))?;
        let source = self.opt_field(inner, f_source, Cursor::string)?;
        self.close(depth, ")")?;
        Some(Housing {
            dwellings,
            yields,
            source,
        })
    }

    /// `{`, then `{year}: [pupils by grade],` a line one level deeper, years
    /// strictly increasing, then `}` at `depth`.
    pub(super) fn grades(&mut self, depth: usize) -> Option<BTreeMap<i32, Vec<i64>>> {
        self.expect("{\n")?;
        let inner = ind(depth + 1);
        let mut grades = BTreeMap::new();
        loop {
            self.comments();
            // The closing `}` is four spaces shallower, so it stops here.
            if !self.eat(inner) {
                break;
            }
            let year: i32 = self.int()?;
            if grades
                .last_key_value()
                .is_some_and(|(&last, _)| last >= year)
            {
                return None;
            }
            self.expect(": ")?;
            grades.insert(year, self.ints()?);
            self.expect(",\n")?;
        }
        self.close(depth, "}")?;
        Some(grades)
    }

    pub(super) fn school(&mut self) -> Option<School> {
        let [
            f_id,
            f_name,
            f_region,
            f_district,
            f_seats,
            f_replaces,
            f_replaces_existing,
            f_opens,
            f_status,
            f_funding,
            f_source,
        ] = SCHOOL_FIELDS;
        let i3 = ind(3);
        let id = self.field(i3, f_id, Cursor::string)?;
        let name = self.field(i3, f_name, Cursor::text)?;
        let region = self.field(i3, f_region, Cursor::string)?;
        let district = self.opt_field(i3, f_district, Cursor::string)?;
        let seats = self.field(i3, f_seats, Cursor::int)?;
        let replaces = self.opt_field(i3, f_replaces, Cursor::int)?.unwrap_or(0);
        let replaces_existing = self.opt_field(i3, f_replaces_existing, Cursor::string)?;
        let opens = self.field(i3, f_opens, Cursor::int)?;
        let status = self.field(i3, f_status, |c| c.variant(&STATUSES))?;
        let funding = self.opt_field(i3, f_funding, |c| c.variant(&FUNDING))?;
        let source = self.opt_field(i3, f_source, Cursor::string)?;
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
            replaces_existing,
        })
    }

    pub(super) fn existing(&mut self) -> Option<Existing> {
        let [
            f_id,
            f_name,
            f_region,
            f_district,
            f_capacity,
            f_pupils,
            f_condition,
            f_source,
        ] = EXISTING_FIELDS;
        let i3 = ind(3);
        let id = self.field(i3, f_id, Cursor::string)?;
        let name = self.field(i3, f_name, Cursor::text)?;
        let region = self.field(i3, f_region, Cursor::string)?;
        let district = self.opt_field(i3, f_district, Cursor::string)?;
        let capacity = self.field(i3, f_capacity, Cursor::int)?;
        let pupils = self.field(i3, f_pupils, |c| c.map(Cursor::int))?;
        let condition = self.opt_field(i3, f_condition, |c| c.variant(&CONDITIONS))?;
        let source = self.opt_field(i3, f_source, Cursor::string)?;
        Some(Existing {
            id,
            name,
            region,
            district,
            capacity,
            pupils,
            condition,
            source,
        })
    }
}
