//! The year table beside the chart: deficit, seats opened and added,
//! shortfall and the plan's cost, year by year.

use egui::RichText;

use crate::i18n::{Arg, num, tr, tr_args};
use crate::model::YearRow;
use crate::ui::theme::shortfall_color;

/// Year by year: deficit, seats opened and added, shortfall, and the cost of
/// the schools opening that year.
pub(super) fn year_table(ui: &mut egui::Ui, rows: &[YearRow], cost: &[crate::model::CostRow]) {
    let money = |year: i32| {
        cost.iter().find(|c| c.year == year).map_or_else(
            || "—".to_owned(),
            |c| crate::i18n::format_money(c.cost, crate::i18n::lang()),
        )
    };
    egui::Grid::new("year-table")
        .striped(true)
        .spacing(egui::vec2(14.0, 6.0))
        .show(ui, |ui| {
            for h in [
                "col-year",
                "col-deficit",
                "col-opened",
                "col-added",
                "col-shortfall",
                "col-cost",
            ] {
                ui.strong(tr(h));
            }
            ui.end_row();
            for r in rows {
                ui.label(r.year.to_string());
                for (column, value) in [
                    ("col-deficit", r.deficit),
                    ("col-opened", r.opened),
                    ("col-added", r.cumulative),
                    ("col-shortfall", r.shortfall),
                ] {
                    let text = num(value);
                    let rich = if column == "col-shortfall" {
                        RichText::new(&text).strong().color(shortfall_color(value))
                    } else {
                        RichText::new(&text)
                    };
                    let response = ui
                        .with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            ui.label(rich)
                        })
                        .inner;
                    // A screen reader (and a test) reads the cell with its row and column.
                    let name = tr_args(
                        "a11y-cell",
                        &[
                            ("column", tr(column).into()),
                            ("year", Arg::from(r.year)),
                            ("value", text.clone().into()),
                        ],
                    );
                    response
                        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(money(r.year));
                });
                ui.end_row();
            }
        });
}
