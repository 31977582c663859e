//! The pieces every year-by-year table of a demand is edited with: the
//! undo key of an area's demand, the next year to add, the year → count
//! table and the paste box for a spreadsheet column. Used by the demand
//! editor (`demand.rs`) and the housing section (`housing.rs`), below both.

use super::fields::{Changes, number_field};
use crate::app::{Command, DemandTable, DistrictCommand, EditKey, Unit, ViewCtx};
use crate::i18n::{Arg, tr, tr_args};

/// The start of the undo key of every edit to `unit`'s demand (a region's
/// keys are as they were before districts had demands).
pub(super) fn prefix(unit: Unit) -> EditKey {
    EditKey::unit(unit).at("demand")
}

pub(super) fn next_year(last: Option<&i32>, app: &ViewCtx) -> i32 {
    last.map_or(app.scenario.base_year, |y| y.saturating_add(1))
}

/// A year → count table with a remove button a row.
pub(super) fn year_table(
    ui: &mut egui::Ui,
    name: &str,
    prefix: &EditKey,
    table: &mut std::collections::BTreeMap<i32, i64>,
    ch: &mut Changes,
) {
    let years: Vec<i32> = table.keys().copied().collect();
    egui::Grid::new(("demand-table", name, &prefix.0))
        .num_columns(3)
        .spacing(egui::vec2(8.0, 2.0))
        .show(ui, |ui| {
            for year in years {
                let Some(mut v) = table.get(&year).copied() else {
                    continue;
                };
                ui.label(year.to_string());
                let resp = ui
                    .push_id((name, year), |ui| {
                        ui.add(number_field(&mut v, 0..=i64::MAX / 4))
                    })
                    .inner
                    .on_hover_text(tr_args(
                        &format!("a11y-demand-{name}"),
                        &[("year", Arg::from(year))],
                    ));
                if ch.track(&resp, || prefix.at(name).at(year)) {
                    table.insert(year, v);
                }
                if ui
                    .small_button("✖")
                    .on_hover_text(tr_args("remove-point", &[("year", Arg::from(year))]))
                    .clicked()
                {
                    table.remove(&year);
                    ch.set(prefix.at(name).at(year).at("remove"));
                }
                ui.end_row();
            }
        });
}

/// A box a spreadsheet column (or row) is pasted into, the year it starts
/// at, and the button that fills the table: one command, one undo step.
pub(super) fn paste_box(
    app: &ViewCtx,
    ui: &mut egui::Ui,
    unit: Unit,
    table: DemandTable,
    next: i32,
) {
    let name = match table {
        DemandTable::Births => "births",
        DemandTable::Pupils => "pupils",
        DemandTable::Grades => "grades",
        DemandTable::Dwellings => "dwellings",
    };
    let text_id = ui.make_persistent_id(("demand-paste", unit.region, unit.district, name));
    let year_id = ui.make_persistent_id(("demand-paste-year", unit.region, unit.district, name));
    let mut text: String = ui.data_mut(|d| d.get_temp(text_id)).unwrap_or_default();
    let mut start: i32 = ui.data_mut(|d| d.get_temp(year_id)).unwrap_or(next);
    ui.add(
        egui::TextEdit::multiline(&mut text)
            .hint_text(tr("demand-paste-hint"))
            .desired_rows(1)
            .desired_width(f32::INFINITY),
    )
    .on_hover_text(tr(&format!("a11y-demand-paste-{name}")));
    ui.horizontal(|ui| {
        ui.label(tr("demand-paste-from"));
        ui.add(
            egui::DragValue::new(&mut start)
                .range(1900..=2200)
                .speed(1.0),
        )
        .on_hover_text(tr(&format!("a11y-demand-paste-year-{name}")));
        let fill = egui::Button::new(tr(&format!("demand-paste-{name}")));
        if ui.add_enabled(!text.trim().is_empty(), fill).clicked() {
            let text = std::mem::take(&mut text);
            app.send(match unit.district {
                None => Command::PasteDemand {
                    region: unit.region,
                    table,
                    start,
                    text,
                },
                Some(district) => Command::Districts(DistrictCommand::PasteDemand {
                    region: unit.region,
                    district,
                    table,
                    start,
                    text,
                }),
            });
            start = next;
        }
    });
    ui.data_mut(|d| {
        d.insert_temp(text_id, text);
        d.insert_temp(year_id, start);
    });
}
