//! The forecast error the risk band draws (docs/scenario-format.md, "Demand
//! error"): the demand error by years ahead and the deficit-estimate rate,
//! with where the defaults come from. Shown with the scenario's own fields.
//! It edits only these two fields of `assumptions`; the delay odds and prices
//! are left as the file has them.

use egui::RichText;

use super::fields::Changes;
use crate::app::{Edit, EditKey, ViewCtx};
use crate::i18n::{Arg, tr, tr_args};
use crate::model::{DEFAULT_DEFICIT_ERROR, DEFAULT_DEMAND_ERROR, Percent};

/// A forecast error a planner may type, percent. (No " %" suffix on the
/// fields: egui would make it their accessible name; the captions say %.)
const RANGE: std::ops::RangeInclusive<f64> = 0.0..=100.0;

pub(super) fn forecast_error_editor(v: &ViewCtx, ui: &mut egui::Ui) {
    let a = v.scenario.assumptions.as_ref();
    let file_demand = a.and_then(|a| a.demand_error.clone());
    let file_deficit = a.and_then(|a| a.deficit_error);
    let mut demand: Vec<f64> = file_demand.as_ref().map_or_else(
        || DEFAULT_DEMAND_ERROR.to_vec(),
        |l| l.iter().map(|p| p.0).collect(),
    );
    let mut deficit = file_deficit.map_or(DEFAULT_DEFICIT_ERROR, |p| p.0);
    let shown = (demand.clone(), deficit);

    ui.add_space(10.0);
    ui.strong(tr("forecast-error-heading"));
    let key = EditKey::scenario();
    let mut changes = Changes::default();
    // Caption above its fields, not in a grid: in a narrow pane a grid
    // gives the long caption the width and wraps the fields one a line
    // out of sight, leaving a tall empty row.
    ui.label(tr("forecast-error-demand"));
    ui.horizontal_wrapped(|ui| {
        for (i, value) in demand.iter_mut().enumerate() {
            let name = tr_args(
                "forecast-error-ahead",
                &[("count", Arg::Count(i as i64 + 1))],
            );
            let resp = ui
                .add(egui::DragValue::new(value).range(RANGE).speed(0.1))
                .on_hover_text(&name);
            changes.track(&resp, || key.at("demand_error"));
        }
    });
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(tr("forecast-error-deficit"));
        let resp = ui
            .add(egui::DragValue::new(&mut deficit).range(RANGE).speed(0.1))
            .on_hover_text(tr("forecast-error-deficit-tip"));
        changes.track(&resp, || key.at("deficit_error"));
    });
    ui.label(RichText::new(tr("forecast-error-basis")).weak());
    let defaults = file_demand.is_none() && file_deficit.is_none();
    let reset = !defaults && ui.button(tr("forecast-error-defaults")).clicked();
    if reset {
        changes.set(key.at("forecast_error"));
    }
    let edited = (demand.clone(), deficit);
    changes.finish(v, reset || edited != shown, || {
        if reset {
            Edit::ForecastError {
                demand_error: None,
                deficit_error: None,
            }
        } else {
            // Only the part edited is written; the other stays as the file has it.
            let demand_error = if demand != shown.0 {
                Some(demand.into_iter().map(Percent).collect())
            } else {
                file_demand
            };
            let deficit_error = if deficit != shown.1 {
                Some(Percent(deficit))
            } else {
                file_deficit
            };
            Edit::ForecastError {
                demand_error,
                deficit_error,
            }
        }
    });
}
