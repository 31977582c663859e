//! The Existing schools pane: the selected area's schools in use for one
//! school year, after the plan's relief — capacity, pupils, load, shifts,
//! condition, open or replaced — each editable in place (through
//! `Document`, so undoable); and the targets strip the chart pane shows
//! above its figures. The figures come from `Derived::stock`,
//! computed once per revision; this view only reads and sends edits.

use egui_extras::{Column, TableBuilder};

use crate::app::{Command, Edit, EditKey, Selection, ViewCtx};
use crate::i18n::{num, tr, tr_args};
use crate::model::{Condition, Existing, SchoolYear, Targets, format_load};

fn condition_label(c: Condition) -> String {
    tr(match c {
        Condition::Sound => "condition-sound",
        Condition::Emergency => "condition-emergency",
        Condition::Adobe => "condition-adobe",
    })
}

/// The year shown, kept in egui's memory (runtime state, never saved).
fn year_slider(v: &ViewCtx, ui: &mut egui::Ui) -> i32 {
    let s = v.scenario;
    let id = ui.make_persistent_id("existing-year");
    let now = v
        .school_year_now
        .clamp(s.base_year, s.horizon.max(s.base_year));
    let mut year = ui.data(|d| d.get_temp::<i32>(id)).unwrap_or(now);
    year = year.clamp(s.base_year, s.horizon.max(s.base_year));
    ui.horizontal(|ui| {
        ui.label(tr("existing-year"));
        ui.add(egui::Slider::new(
            &mut year,
            s.base_year..=s.horizon.max(s.base_year),
        ))
        .on_hover_text(tr("existing-year"));
    });
    ui.data_mut(|d| d.insert_temp(id, year));
    year
}

pub(super) fn existing_pane(v: &ViewCtx, ui: &mut egui::Ui) {
    let (region, district) = match v.selection {
        Selection::Region(r) => (r, None),
        Selection::District(r, d) => (r, Some(d)),
        Selection::Country => {
            ui.weak(tr("existing-select"));
            return;
        }
    };
    let listed: Vec<usize> = v
        .derived
        .existing_in(region)
        .iter()
        .copied()
        .filter(|&i| {
            district.is_none()
                || v.derived.stock.schools.get(i).and_then(|x| x.area)
                    == district.map(|d| (region, d))
        })
        .collect();
    ui.horizontal(|ui| {
        if ui.button(tr("add-existing")).clicked() {
            v.send(Command::AddExisting);
        }
        paste_box(v, ui);
    });
    if listed.is_empty() {
        ui.weak(tr("existing-none"));
        return;
    }
    let year = year_slider(v, ui);
    let Some(k) = v.derived.stock.years.iter().position(|y| *y == year) else {
        return;
    };
    let three = listed
        .iter()
        .filter_map(|&i| v.derived.stock.schools.get(i)?.years.get(k))
        .filter(|y| y.open && y.three_shift())
        .count();
    ui.label(tr_args(
        "existing-three-shift",
        &[
            ("n", num(three as i64).into()),
            ("year", year.to_string().into()),
        ],
    ));
    // One line a row: a cell's text ("қанағаттанарлық", "жұмыс істейді")
    // widens its column rather than wrapping into a row 22 px high; the
    // name column clips instead.
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
    TableBuilder::new(ui)
        .striped(true)
        .column(Column::remainder().at_least(160.0).clip(true))
        .columns(Column::auto().at_least(70.0), 7)
        .header(20.0, |mut h| {
            for key in [
                "existing-col-name",
                "existing-col-capacity",
                "existing-col-pupils",
                "existing-col-load",
                "existing-col-shifts",
                "existing-col-condition",
                "existing-col-open",
                "existing-col-actions",
            ] {
                h.col(|ui| {
                    ui.strong(tr(key));
                });
            }
        })
        .body(|body| {
            body.rows(22.0, listed.len(), |mut row| {
                let i = listed[row.index()];
                let (Some(e), Some(y)) = (
                    v.scenario.existing.get(i),
                    v.derived.stock.schools.get(i).and_then(|x| x.years.get(k)),
                ) else {
                    return;
                };
                school_row(v, &mut row, i, e, y);
            });
        });
}

fn school_row(
    v: &ViewCtx,
    row: &mut egui_extras::TableRow<'_, '_>,
    i: usize,
    e: &Existing,
    y: &SchoolYear,
) {
    let mut edited = e.clone();
    let mut changed: Option<&'static str> = None;
    let mut sealed = false;
    let about = |key: &str| tr_args(key, &[("school", super::school_name(&e.name).into())]);
    row.col(|ui| {
        if let Some(r) = super::fields::school_name_cell(ui, &mut edited.name, ("existing-name", i))
        {
            changed = changed.or(r.changed().then_some("name"));
            sealed |= r.lost_focus();
        }
    });
    row.col(|ui| {
        let r = ui
            .push_id(("capacity", i), |ui| {
                ui.add(super::fields::number_field(
                    &mut edited.capacity,
                    1..=i64::from(u32::MAX),
                ))
            })
            .inner
            .on_hover_text(about("a11y-existing-capacity"));
        changed = changed.or(r.changed().then_some("capacity"));
        sealed |= r.drag_stopped() || r.lost_focus();
    });
    row.col(|ui| {
        // The census count of the year shown; in a year without one, the
        // figure worked out (interpolated or grown), and typing it makes it
        // a census count.
        let mut n = e
            .pupils
            .get(&y.year)
            .copied()
            .unwrap_or(y.before.round() as i64);
        let r = ui
            .push_id(("pupils", i), |ui| {
                ui.add(super::fields::number_field(&mut n, 0..=i64::from(u32::MAX)))
            })
            .inner
            .on_hover_text(about("a11y-existing-pupils"));
        if r.changed() {
            edited.pupils.insert(y.year, n);
            changed = Some("pupils");
        }
        sealed |= r.drag_stopped() || r.lost_focus();
    });
    row.col(|ui| {
        let load = format_load(y.load);
        ui.add(
            egui::ProgressBar::new((y.load / 4.0).clamp(0.0, 1.0) as f32)
                .text(load.clone())
                .desired_width(70.0),
        )
        .on_hover_text(tr_args("existing-load-tip", &[("load", load.into())]));
    });
    row.col(|ui| {
        let text = if y.open {
            y.shifts.to_string()
        } else {
            "—".to_owned()
        };
        let badge = egui::RichText::new(text).strong();
        if y.three_shift() {
            ui.label(badge.color(super::theme::ERROR));
        } else {
            ui.label(badge);
        }
    });
    row.col(|ui| {
        let mut c = edited.condition();
        egui::ComboBox::from_id_salt(("condition", i))
            .selected_text(condition_label(c))
            .show_ui(ui, |ui| {
                for option in Condition::ALL {
                    ui.selectable_value(&mut c, option, condition_label(option));
                }
            })
            .response
            .on_hover_text(about("a11y-existing-condition"));
        if c != e.condition() {
            edited.condition = Some(c);
            changed = Some("condition");
            sealed = true;
        }
    });
    row.col(|ui| {
        ui.label(tr(if y.open {
            "existing-open"
        } else {
            "existing-replaced"
        }));
    });
    actions_cell(v, row, i, e);
    if let Some(field) = changed {
        v.send(Command::Edit(
            Some(EditKey::existing(i).at(field)),
            Edit::Existing(i, Box::new(edited)),
        ));
    }
    if sealed {
        v.send(Command::Seal);
    }
}

/// Duplicate, Delete and the "…" menu (district, source), named with the
/// school for a screen reader.
fn actions_cell(v: &ViewCtx, row: &mut egui_extras::TableRow<'_, '_>, i: usize, e: &Existing) {
    let about = |key: &str| tr_args(key, &[("school", super::school_name(&e.name).into())]);
    row.col(|ui| {
        ui.horizontal(|ui| {
            actions(v, ui, i, &about);
            more_menu(v, ui, i, e, &about);
        });
    });
}

/// The fields a row has no room for: the district (in a region planned by
/// district, where moving a school changes which planned schools relieve
/// it) and the source. Each change is one edit; leaving the field ends the
/// undo step.
fn more_menu(
    v: &ViewCtx,
    ui: &mut egui::Ui,
    i: usize,
    e: &Existing,
    about: &dyn Fn(&str) -> String,
) {
    let name = about("a11y-existing-more");
    let menu = ui.menu_button("…", |ui| {
        let mut edited = e.clone();
        let mut sealed = false;
        let districts = (v.scenario.regions.iter())
            .find(|r| r.id == e.region)
            .and_then(|r| r.districts.as_deref());
        if let Some(districts) = districts {
            ui.strong(tr("col-district"));
            district_choice(ui, &mut edited.district, districts, about);
        }
        let label = ui.strong(tr("source"));
        let mut text = edited.source.clone().unwrap_or_default();
        if super::editable(&text) {
            let r = ui
                .add(
                    egui::TextEdit::multiline(&mut text)
                        .hint_text(tr("existing-source-hint"))
                        .desired_rows(3),
                )
                .labelled_by(label.id);
            if r.changed() {
                edited.source = (!text.trim().is_empty()).then_some(text);
            }
            sealed |= r.lost_focus();
        } else {
            ui.label(super::shown(&text));
        }
        let field = if edited.district != e.district {
            sealed = true;
            Some("district")
        } else {
            (edited.source != e.source).then_some("source")
        };
        if let Some(field) = field {
            v.send(Command::Edit(
                Some(EditKey::existing(i).at(field)),
                Edit::Existing(i, Box::new(edited)),
            ));
        }
        if sealed {
            v.send(Command::Seal);
        }
    });
    let r = menu.response;
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    r.on_hover_text(name);
}

/// The district of a school in a region planned by district, by name: one
/// radio button a district (a drop-down inside the menu would close it).
fn district_choice(
    ui: &mut egui::Ui,
    district: &mut Option<String>,
    districts: &[crate::model::District],
    about: &dyn Fn(&str) -> String,
) {
    let lang = crate::i18n::lang();
    let group = about("a11y-existing-district");
    for d in districts {
        let name = d.name.get(lang.code());
        let name = if name.is_empty() { d.id.as_str() } else { name };
        ui.radio_value(district, Some(d.id.clone()), super::shown(name))
            .on_hover_text(&group);
    }
}

/// The row's Duplicate and Delete, side by side.
fn actions(v: &ViewCtx, ui: &mut egui::Ui, i: usize, about: &dyn Fn(&str) -> String) {
    // Every row has these buttons: name them with the school.
    for (key, a11y, command) in [
        (
            "existing-duplicate",
            "a11y-existing-duplicate",
            Command::DuplicateExisting(i),
        ),
        (
            "existing-delete",
            "a11y-existing-delete",
            Command::DeleteExisting(i),
        ),
    ] {
        let name = about(a11y);
        let r = ui.small_button(tr(key));
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        if r.on_hover_text(name).clicked() {
            v.send(command);
        }
    }
}

/// The collegium's three targets for the selection, with the plan and
/// without it: now, at the horizon, and the year each reaches 0. Shown
/// only where the selection has existing schools.
pub(super) fn targets_strip(v: &ViewCtx, ui: &mut egui::Ui) {
    let (region, district) = match v.selection {
        Selection::Country => (None, None),
        Selection::Region(r) => (Some(r), None),
        Selection::District(r, d) => (Some(r), Some(d)),
    };
    let rows_without = v.derived.stock_without.rows_for(region, district);
    if !rows_without.iter().any(|r| r.schools > 0) {
        return;
    }
    let with = Targets::of(
        &v.derived.stock.rows_for(region, district),
        v.school_year_now,
    );
    let without = Targets::of(&rows_without, v.school_year_now);
    let horizon = v.scenario.horizon;
    for (key, w, wo) in [
        ("target-three-shift", with.three_shift, without.three_shift),
        ("target-over-norm", with.over_norm, without.over_norm),
        ("target-emergency", with.emergency, without.emergency),
    ] {
        ui.label(tr_args(
            "target-line",
            &[
                ("what", tr(key).into()),
                ("now", num(w.now).into()),
                ("horizon", num(w.horizon).into()),
                ("year", horizon.to_string().into()),
                ("zero", crate::chart::target_zero_text(&w, horizon).into()),
                ("without", num(wo.horizon).into()),
                (
                    "zero_without",
                    crate::chart::target_zero_text(&wo, horizon).into(),
                ),
            ],
        ));
    }
}

/// Rows copied from a spreadsheet, header row included, pasted here and
/// added as existing schools of the area shown (one undo step).
fn paste_box(v: &ViewCtx, ui: &mut egui::Ui) {
    let id = ui.make_persistent_id("existing-paste");
    let mut text: String = ui.data_mut(|d| d.get_temp(id)).unwrap_or_default();
    ui.collapsing(tr("existing-paste"), |ui| {
        ui.add(
            egui::TextEdit::multiline(&mut text)
                .desired_rows(3)
                .desired_width(420.0)
                .hint_text(tr("existing-paste-hint")),
        )
        .on_hover_text(tr("existing-paste"));
        if ui
            .add_enabled(
                !text.trim().is_empty(),
                egui::Button::new(tr("existing-paste-add")),
            )
            .clicked()
        {
            let year = v
                .school_year_now
                .clamp(v.scenario.base_year, v.scenario.horizon);
            v.send(Command::PasteExisting(std::mem::take(&mut text), year));
        }
    });
    ui.data_mut(|d| d.insert_temp(id, text));
}

/// The Targets pane: the three targets for the selection, then three-shift
/// schools by year with the plan (bars) and without it (line) and
/// emergency schools in use, as `report --out` draws them in `targets.svg`.
pub(super) fn targets_pane(v: &ViewCtx, ui: &mut egui::Ui) {
    let (region, district) = match v.selection {
        Selection::Country => (None, None),
        Selection::Region(r) => (Some(r), None),
        Selection::District(r, d) => (Some(r), Some(d)),
    };
    let without = v.derived.stock_without.rows_for(region, district);
    if !without.iter().any(|r| r.schools > 0) {
        ui.weak(tr("existing-none"));
        return;
    }
    // A low pane (the default layout at 1366×768) scrolls to the chart
    // rather than cutting it off.
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            targets_strip(v, ui);
            let data = crate::chart::ChartData::targets(
                tr("targets-title"),
                &v.derived.stock.rows_for(region, district),
                &without,
            );
            super::chart::legend(ui, &data, 14.0);
            let size = ui.available_size().max(egui::vec2(240.0, 160.0));
            ui.allocate_ui(size, |ui| {
                super::chart::plot(ui, "targets-chart", &data, &[], 14.0);
            });
        });
}
