//! The what-if toggles, the cost line, the risk figure and the comparison
//! table, above and beside the chart.

use egui::RichText;

use super::theme::WARNING;
use crate::app::{Command, Slice, ViewCtx};
use crate::i18n::{Arg, format_money, lang, num, tr, tr_args};
use crate::model::{
    ComparisonRow, LIKELY, MAX_HOUSING_PERCENT, WhatIf, has_housing, year_closed_with,
};

fn file_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

pub(super) fn whatif_bar(app: &ViewCtx, ui: &mut egui::Ui) {
    let mut what_if = app.analysis.what_if;
    let mut show_risk = app.analysis.show_risk;
    let mut forecast_error = app.analysis.forecast_error;
    ui.horizontal_wrapped(|ui| {
        ui.label(tr("whatif-delay"));
        let mut delay = what_if.delay_planned;
        ui.add(egui::DragValue::new(&mut delay).range(0..=10).speed(1.0))
            .on_hover_text(tr("whatif-delay-tip"));
        what_if.delay_planned = delay;
        ui.label(tr_args(
            "whatif-years",
            &[("count", Arg::Count(i64::from(delay)))],
        ));
        ui.separator();
        ui.checkbox(&mut what_if.only_started, tr("whatif-only-started"))
            .on_hover_text(tr("whatif-only-started-tip"));
        ui.separator();
        // Only where there is a programme to scale; a what-if left on stays
        // visible so it can be set back.
        if has_housing(app.scenario) || what_if.housing_percent != 100 {
            let caption = ui.label(tr("whatif-housing"));
            ui.add(
                egui::DragValue::new(&mut what_if.housing_percent)
                    .range(0..=MAX_HOUSING_PERCENT)
                    .speed(1.0),
            )
            .labelled_by(caption.id)
            .on_hover_text(tr("whatif-housing-tip"));
            // Apart from the number, so a screen reader names the field by
            // its caption, not by "%".
            ui.label("%");
            ui.separator();
        }
        ui.checkbox(&mut show_risk, tr("risk-show"))
            .on_hover_text(tr("risk-show-tip"));
        if app.analysis.show_risk {
            ui.checkbox(&mut forecast_error, tr("risk-forecast-error"))
                .on_hover_text(tr("risk-forecast-error-tip"));
        }
        if app.analysis.risk_pending() {
            ui.spinner();
            ui.weak(tr("risk-computing"));
        }
        if let Some(b) = &app.analysis.compare {
            ui.separator();
            ui.label(tr_args(
                "compare-with",
                &[("name", file_name(&b.path).into())],
            ));
            let clear = ui.small_button("✖");
            let name = tr("compare-clear");
            clear.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if clear.on_hover_text(&name).clicked() {
                app.send(Command::ClearComparison);
            }
        }
    });
    if what_if != app.analysis.what_if {
        app.send(Command::SetWhatIf(what_if));
    }
    if show_risk != app.analysis.show_risk {
        app.send(Command::ShowRisk(show_risk));
    }
    if forecast_error != app.analysis.forecast_error {
        app.send(Command::IncludeForecastError(forecast_error));
    }
    if app.analysis.what_if != WhatIf::NONE {
        if app.analysis.what_if.changes(app.scenario) {
            ui.label(RichText::new(tr("whatif-active")).color(WARNING).strong());
        } else {
            // Say why the figures did not move, rather than that they did.
            ui.label(RichText::new(tr("whatif-no-effect")).weak());
        }
    }
    if let Some(c) = &app.analysis.comparison
        && c.converted()
        && let Some(b) = &app.analysis.compare
    {
        ui.label(
            RichText::new(tr_args(
                "compare-converted",
                &[("name", file_name(&b.path).into())],
            ))
            .color(WARNING),
        );
    }
}

/// Cost of the plan and of closing what is left, and the chance of closing.
pub(super) fn figures_line(app: &ViewCtx, slice: &Slice<'_>, ui: &mut egui::Ui) {
    let l = lang();
    let horizon = app.scenario.horizon;
    let schools = |n: u32| {
        tr_args(
            "school-count",
            &[
                ("count", Arg::Count(i64::from(n))),
                ("n", num(i64::from(n)).into()),
            ],
        )
    };
    // One wrapped row: the plan's cost, then what closing the rest costs.
    ui.horizontal_wrapped(|ui| {
        if let Some(t) = slice.cost_total {
            ui.label(tr_args(
                "cost-plan",
                &[
                    ("money", format_money(t.cost, l).into()),
                    ("schools", schools(t.schools).into()),
                ],
            ));
            ui.separator();
        }
        match slice.closing {
            Some(c) if c.shortfall > 0 => {
                ui.label(tr_args(
                    "cost-closing",
                    &[
                        ("year", Arg::from(horizon)),
                        ("size", num(i64::from(app.analysis.closing_size)).into()),
                        (
                            "schools",
                            schools(u32::try_from(c.schools).unwrap_or(u32::MAX)).into(),
                        ),
                        ("money", format_money(c.cost, l).into()),
                    ],
                ));
            }
            _ => {
                ui.label(tr("cost-none"));
            }
        }
        let mut size = app.analysis.closing_size;
        let r = ui
            .add(
                egui::DragValue::new(&mut size)
                    .range(100..=5_000)
                    .speed(50.0),
            )
            .on_hover_text(tr("cost-closing-size"));
        if r.changed() {
            app.send(Command::SetClosingSize(size));
        }
    });
    if let Some(bands) = slice.risk
        && let Some(last) = bands.last()
    {
        let p = crate::i18n::percent(last.p_closed());
        // The year a planner can promise: closed in 4 draws of 5 from then on.
        let likely = match year_closed_with(bands, LIKELY) {
            Some(year) => tr_args("risk-closed-likely", &[("year", Arg::from(year))]),
            None => tr_args("risk-closed-likely-none", &[("year", Arg::from(last.year))]),
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(tr_args(
                    "risk-p-closed",
                    &[("year", Arg::from(last.year)), ("p", p.into())],
                ))
                .strong(),
            );
            ui.separator();
            ui.label(RichText::new(likely).strong());
        });
    }
}

pub(super) fn comparison_table(ui: &mut egui::Ui, rows: &[ComparisonRow]) {
    ui.add_space(8.0);
    ui.strong(tr("compare-heading"));
    let cell = |v: Option<i64>| v.map_or_else(|| "—".to_owned(), num);
    egui::Grid::new("comparison-table")
        .striped(true)
        .spacing(egui::vec2(14.0, 4.0))
        .show(ui, |ui| {
            for h in ["col-year", "col-this", "col-other", "col-difference"] {
                ui.strong(tr(h));
            }
            ui.end_row();
            for r in rows {
                ui.label(r.year.to_string());
                ui.label(cell(r.shortfall_a));
                ui.label(cell(r.shortfall_b));
                let d = r.difference();
                let text = d.map_or_else(
                    || "—".to_owned(),
                    |d| {
                        if d > 0 {
                            format!("+{}", num(d))
                        } else {
                            num(d)
                        }
                    },
                );
                let response = ui.label(RichText::new(&text).strong());
                let name = tr_args(
                    "compare-difference",
                    &[("year", Arg::from(r.year)), ("n", text.clone().into())],
                );
                response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
                ui.end_row();
            }
        });
}

/// The Comparison pane: this plan's shortfall against the compared file's,
/// for the selection; without one, how to start comparing.
pub(super) fn comparison_pane(app: &ViewCtx, ui: &mut egui::Ui) {
    let slice = app.selected();
    // What is compared, and the button to stop, are above the chart.
    match slice.comparison {
        Some(rows) => {
            // Shortfall by year, or what changed item by item (egui's
            // memory: runtime only).
            let id = ui.make_persistent_id("comparison-tab");
            let mut changes: bool = ui.data(|d| d.get_temp(id)).unwrap_or(false);
            ui.horizontal(|ui| {
                ui.selectable_value(&mut changes, false, tr("compare-tab-shortfall"));
                ui.selectable_value(&mut changes, true, tr("compare-tab-changes"));
            });
            ui.data_mut(|d| d.insert_temp(id, changes));
            egui::ScrollArea::vertical()
                .auto_shrink(false)
                .show(ui, |ui| match (changes, app.analysis.changes.as_deref()) {
                    (true, Some(diff)) => super::changes::changes_view(app, diff, ui),
                    _ => comparison_table(ui, rows),
                });
        }
        _ => {
            ui.add_space(4.0);
            ui.weak(tr("compare-none"));
            if ui
                .button(tr(crate::app::UiCommand::CompareWith.text_key()))
                .clicked()
            {
                app.send(Command::CompareWith);
            }
        }
    }
}
