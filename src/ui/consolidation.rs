//! The consolidation pane: the files a consolidated scenario came from, when
//! each was saved and which regions it gave, what the merge changed, and
//! Refresh from sources.

use egui::RichText;

use super::theme::{CLOSED_TEXT, ERROR, WARNING};
use crate::app::{Command, Consolidation, Selection, Source, UiCommand, ViewCtx, problem_text};
use crate::i18n::{Arg, lang, num, tr, tr_args};
use crate::model::Approval;

/// When the file was saved, as the recovery prompt writes times (UTC).
pub(super) fn saved_text(source: &Source) -> String {
    source
        .saved
        .map_or_else(|| "—".to_owned(), crate::io::recovery::format_utc)
}

/// "From astana.ron, saved 2026-11-23 05:12 UTC" for region `id`.
pub(super) fn region_source_text(c: &Consolidation, id: &str) -> Option<String> {
    let source = c.source_of(id)?;
    Some(tr_args(
        "region-source",
        &[
            ("file", source.name().into()),
            ("time", saved_text(source).into()),
        ],
    ))
}

pub(super) fn consolidation_pane(app: &ViewCtx, c: &Consolidation, ui: &mut egui::Ui) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let n = c.sources.len() as i64;
        ui.strong(tr_args(
            "consolidation-heading",
            &[("count", Arg::Count(n)), ("n", num(n).into())],
        ));
        let mut refresh = egui::Button::new(tr(UiCommand::RefreshSources.text_key()));
        if c.any_changed() {
            refresh = refresh.fill(WARNING.gamma_multiply(0.35));
        }
        if ui.add(refresh).clicked() {
            app.send(Command::RefreshSources);
        }
    });
    if let Some((n, total)) = app.derived.regions_approved {
        ui.label(tr_args(
            "review-regions-approved",
            &[
                ("n", num(n as i64).into()),
                ("total", num(total as i64).into()),
            ],
        ));
    }
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            if !c.problems.is_empty() {
                ui.label(RichText::new(tr("consolidation-problems")).color(ERROR));
                for p in &c.problems {
                    ui.label(RichText::new(problem_text(p)).color(ERROR));
                }
                ui.add_space(4.0);
            }
            egui::Grid::new("consolidation-sources")
                .striped(true)
                .num_columns(4)
                .show(ui, |ui| {
                    ui.strong(tr("consolidation-file"));
                    ui.strong(tr("consolidation-saved"));
                    ui.strong(tr("pane-review"));
                    ui.strong(tr("consolidation-regions"));
                    ui.end_row();
                    for (i, source) in c.sources.iter().enumerate() {
                        ui.label(super::shown(&source.name()))
                            .on_hover_text(source.path.display().to_string());
                        ui.horizontal(|ui| {
                            ui.label(saved_text(source));
                            if source.changed {
                                ui.label(RichText::new(tr("consolidation-changed")).color(WARNING));
                            }
                        });
                        match source.approval {
                            Approval::Approved => ui.label(
                                RichText::new(tr("review-status-approved")).color(CLOSED_TEXT),
                            ),
                            Approval::Changed => {
                                ui.label(RichText::new(tr("review-status-changed")).color(ERROR))
                            }
                            Approval::None => ui.weak(tr("review-not-approved")),
                        };
                        ui.horizontal_wrapped(|ui| {
                            for id in c.regions_of(app.scenario, i) {
                                let Some(index) = app.scenario.region_index(id) else {
                                    continue;
                                };
                                let name = app.scenario.regions[index].name.get(lang().code());
                                let label = if name.is_empty() { id } else { name };
                                if ui.link(super::shown(label)).clicked() {
                                    app.send(Command::Select(Selection::Region(index)));
                                }
                            }
                        });
                        ui.end_row();
                    }
                });
            ui.add_space(4.0);
            ui.strong(tr("consolidation-notices"));
            if c.notices.is_empty() {
                ui.weak(tr("consolidation-no-notices"));
            }
            for n in &c.notices {
                ui.label(crate::i18n::diagnostic_text(
                    n.code(),
                    &n.args(),
                    lang(),
                    true,
                ));
            }
        });
}
