//! The widgets the region, district, scenario and school editors share:
//! names in three languages, a school's name in the window's language, a
//! source text, the points of a deficit estimate, a year, a whole number and
//! the deficit/demand switch; and [`Changes`], which collects what an editor
//! changed this frame and sends it as one edit.
//!
//! The guard against huge text (`editable`, `shown`: a hostile file can hold
//! a 10 MB name) is applied here, so it holds in every editor. Refuses to
//! know which editor it is drawn in: the caller passes the undo key.

use std::collections::BTreeMap;

use egui::RichText;

use crate::app::{Command, Edit, EditKey, ViewCtx};
use crate::i18n::{Arg, num, parse_int, tr, tr_args};
use crate::model::{LocalizedName, Scenario, Text, interpolate_deficit};

/// What an editor changed this frame: the undo key of the last change, and
/// whether the undo step ends (a field lost focus, a drag stopped).
#[derive(Default)]
pub(super) struct Changes {
    key: Option<EditKey>,
    sealed: bool,
}

impl Changes {
    /// Records a change under `key` (typing on in the same field merges into
    /// one undo step).
    pub fn set(&mut self, key: EditKey) {
        self.key = Some(key);
    }

    /// Records `resp`'s change under `key`, and ends the step when the field
    /// is left. Returns whether it changed.
    pub fn track(&mut self, resp: &egui::Response, key: impl FnOnce() -> EditKey) -> bool {
        let changed = resp.changed();
        if changed {
            self.key = Some(key());
        }
        self.sealed |= resp.drag_stopped() || resp.lost_focus();
        changed
    }

    /// Sends the edit if anything was changed and the value differs, then
    /// ends the undo step if a field was left.
    pub fn finish(self, v: &ViewCtx, differs: bool, edit: impl FnOnce() -> Edit) {
        if let Some(key) = self.key
            && differs
        {
            v.send(Command::Edit(Some(key), edit()));
        }
        if self.sealed {
            v.send(Command::Seal);
        }
    }
}

/// A whole-number field shown grouped (`23 000`) and typed either way.
pub(super) fn number_field(
    value: &mut i64,
    range: std::ops::RangeInclusive<i64>,
) -> egui::DragValue<'_> {
    egui::DragValue::new(value)
        .range(range)
        // Showing a file must never change it: out-of-range values stay as
        // they are (and are reported by validation) until edited.
        .clamp_existing_to_range(false)
        .speed(10.0)
        .custom_formatter(|v, _| num(v as i64))
        .custom_parser(|t| parse_int(t).map(|v| v as f64))
}

/// A year field: never grouped, arrow keys step one year.
pub(super) fn year_field(value: &mut i32) -> egui::DragValue<'_> {
    egui::DragValue::new(value)
        .range(1900..=2200)
        .clamp_existing_to_range(false)
        // Speed 1: arrow keys step one year.
        .speed(1.0)
}

/// Three grid rows: the name in kk, ru and en. A name too long to edit in
/// place is shown shortened, read-only.
pub(super) fn name_fields(
    ui: &mut egui::Ui,
    name: &mut LocalizedName,
    key: &EditKey,
    ch: &mut Changes,
) {
    for (code, caption) in [("kk", "name-kk"), ("ru", "name-ru"), ("en", "name-en")] {
        let caption = tr(caption);
        ui.label(&caption);
        let slot = match code {
            "kk" => &mut name.kk,
            "ru" => &mut name.ru,
            _ => &mut name.en,
        };
        let mut text = slot.clone().unwrap_or_default();
        if super::editable(&text) {
            let resp = ui.add(
                egui::TextEdit::singleline(&mut text)
                    .hint_text(&caption)
                    // The pane's width: "Солтүстік Қазақстан облысы" was cut at 180.
                    .desired_width(f32::INFINITY),
            );
            if ch.track(&resp, || key.at("name").at(code)) {
                *slot = (!text.trim().is_empty()).then_some(text);
            }
        } else {
            ui.label(super::shown(&text));
        }
        ui.end_row();
    }
}

/// A school's name in a table cell, in the window's language. Typing changes
/// only that language of a translated name (`Text::set`), so a planner
/// working in Russian never erases the Kazakh name. Too long to edit in
/// place: shown shortened, read-only (`None`).
pub(super) fn school_name_cell(
    ui: &mut egui::Ui,
    name: &mut Text,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
) -> Option<egui::Response> {
    let code = crate::i18n::lang().code();
    let mut text = name.get(code).to_owned();
    if !super::editable(&text) {
        ui.label(super::shown(&text));
        return None;
    }
    let r = ui.add(
        egui::TextEdit::singleline(&mut text)
            .id_salt(id_salt)
            .hint_text(tr("hint-school-name"))
            .desired_width(f32::INFINITY),
    );
    if r.changed() {
        name.set(code, text);
    }
    Some(r)
}

/// The source of the figures: a few lines, scrolled when longer (sources run
/// to paragraphs; the fields above stay in view). Too long to edit in place:
/// shown shortened, read-only.
pub(super) fn source_field(
    ui: &mut egui::Ui,
    source: &mut Option<String>,
    key: &EditKey,
    ch: &mut Changes,
) {
    ui.strong(tr("source"));
    let mut text = source.clone().unwrap_or_default();
    let can_edit = super::editable(&text);
    if !can_edit {
        text = super::shown(&text).into_owned();
    }
    let resp = egui::ScrollArea::vertical()
        .id_salt(("source", &key.0))
        .max_height(160.0)
        .show(ui, |ui| {
            ui.add(
                egui::TextEdit::multiline(&mut text)
                    .hint_text(tr("source-hint"))
                    .interactive(can_edit)
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            )
        })
        .inner;
    if ch.track(&resp, || key.at("source")) {
        *source = (!text.trim().is_empty()).then_some(text);
    }
}

/// One button switches a region or district between a typed deficit and a
/// demand; true when clicked (the caller sends its command).
pub(super) fn source_switch(ui: &mut egui::Ui, has_demand: bool) -> bool {
    let (text, tip) = if has_demand {
        ("switch-to-deficit", "switch-to-deficit-tip")
    } else {
        ("switch-to-demand", "switch-to-demand-tip")
    };
    let clicked = ui.button(tr(text)).on_hover_text(tr(tip)).clicked();
    ui.add_space(4.0);
    clicked
}

/// The years a deficit estimate is edited in: every year shown, and any
/// point outside them, so such a point can be seen and removed.
pub(super) fn deficit_years(s: &Scenario, deficit: &BTreeMap<i32, i64>) -> Vec<i32> {
    let shown = s.base_year..=s.horizon.min(s.base_year.saturating_add(60));
    let mut years: Vec<i32> = shown.clone().collect();
    years.extend(deficit.keys().copied().filter(|y| !shown.contains(y)));
    years.sort_unstable();
    years
}

/// The typed deficit of a region or district: its heading, then a point a
/// year (interpolated between), each removable while another remains.
pub(super) fn deficit_editor(
    ui: &mut egui::Ui,
    s: &Scenario,
    deficit: &mut BTreeMap<i32, i64>,
    key: &EditKey,
    ch: &mut Changes,
) {
    ui.strong(tr("deficit-heading"));
    ui.weak(tr("deficit-help"));
    ui.add_space(4.0);
    let years = deficit_years(s, deficit);
    let key = key.at("deficit");
    egui::Grid::new(("deficit-points", &key.0))
        .num_columns(3)
        .spacing(egui::vec2(8.0, 4.0))
        .show(ui, |ui| {
            for year in years {
                ui.label(year.to_string());
                match deficit.get(&year).copied() {
                    Some(v) => deficit_point(ui, deficit, year, v, &key, ch),
                    None => interpolated_point(ui, deficit, year, &key, ch),
                }
                ui.end_row();
            }
        });
}

/// A typed point: its value, and ✖ to remove it.
fn deficit_point(
    ui: &mut egui::Ui,
    deficit: &mut BTreeMap<i32, i64>,
    year: i32,
    mut v: i64,
    key: &EditKey,
    ch: &mut Changes,
) {
    let resp = ui
        .push_id(("deficit", year), |ui| {
            ui.add(number_field(&mut v, i64::MIN / 4..=i64::MAX / 4))
        })
        .inner
        .on_hover_text(tr_args("a11y-deficit", &[("year", Arg::from(year))]));
    if ch.track(&resp, || key.at(year)) {
        deficit.insert(year, v);
    }
    let removable = deficit.len() > 1;
    if ui
        .add_enabled(removable, egui::Button::new("✖").small())
        .on_hover_text(tr_args("remove-point", &[("year", Arg::from(year))]))
        .clicked()
    {
        deficit.remove(&year);
        ch.set(key.at(year).at("remove"));
    }
}

/// A year without a point: the interpolated value, and a button to type one.
fn interpolated_point(
    ui: &mut egui::Ui,
    deficit: &mut BTreeMap<i32, i64>,
    year: i32,
    key: &EditKey,
    ch: &mut Changes,
) {
    let interpolated = interpolate_deficit(deficit, year).unwrap_or(0);
    ui.label(RichText::new(num(interpolated)).italics().weak())
        .on_hover_text(tr("interpolated"));
    if ui
        .small_button(tr("set-point"))
        .on_hover_text(tr_args("set-point-tip", &[("year", Arg::from(year))]))
        .clicked()
    {
        deficit.insert(year, interpolated);
        ch.set(key.at(year).at("add"));
    }
}
