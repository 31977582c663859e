use egui::{Align, RichText};
use egui_extras::{Column, TableBuilder};

use super::fields::number_field;
use super::region_name;
use crate::app::{Command, Edit, EditKey, Selection, ViewCtx};
use crate::i18n::{Arg, num, tr, tr_args};
use crate::model::{Funding, School, SchoolStatus};

pub(super) fn status_label(s: SchoolStatus) -> String {
    tr(match s {
        SchoolStatus::Planned => "status-planned",
        SchoolStatus::UnderConstruction => "status-under-construction",
        SchoolStatus::Commissioned => "status-commissioned",
    })
}

fn funding_label(f: Option<Funding>) -> String {
    tr(match f {
        None => "funding-none",
        Some(Funding::Republican) => "funding-republican",
        Some(Funding::Local) => "funding-local",
        Some(Funding::ComfortableSchool) => "funding-comfortable",
        Some(Funding::Ppp) => "funding-ppp",
        Some(Funding::Private) => "funding-private",
        Some(Funding::Other) => "funding-other",
    })
}

/// `key` with the school's "name [id]" as `$school`.
fn about(key: &str, school: &str) -> String {
    tr_args(key, &[("school", school.into())])
}

pub(super) fn schools_table(app: &ViewCtx, ui: &mut egui::Ui) {
    let selection = app.selection;
    let slice = app.selected();
    let indices = slice.schools;
    toolbar(app, ui, selection, indices.len(), slice.seats);

    let selected_school = app.selected_school;
    // The app clears the request once this frame's views have drawn.
    let scroll_to = if app.scroll_to_school {
        selected_school.and_then(|s| indices.iter().position(|&i| i == s))
    } else {
        None
    };
    let show_region = selection == Selection::Country;
    let row_height = ui.spacing().interact_size.y + 6.0;

    let mut table = TableBuilder::new(ui)
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(Align::Center))
        // Not resizable: a resizable column keeps the width it first had,
        // so after the window grew the names stayed cut beside empty room.
        .column(
            Column::remainder()
                .at_least(220.0)
                .clip(true)
                .resizable(false),
        )
        .column(Column::initial(140.0).at_least(80.0).clip(true));
    if show_region {
        table = table.column(Column::initial(150.0).clip(true));
    }
    table = table
        .column(Column::initial(80.0))
        .column(Column::initial(80.0))
        .column(Column::initial(70.0))
        .column(Column::initial(160.0))
        .column(Column::initial(160.0))
        .column(Column::initial(200.0).at_least(150.0));
    if let Some(row) = scroll_to {
        table = table.scroll_to_row(row, Some(Align::Center));
    }
    table
        .header(24.0, |mut header| {
            let mut titles = vec!["col-name", "col-district"];
            if show_region {
                titles.push("col-region");
            }
            titles.extend([
                "col-seats",
                "col-replaces",
                "col-opens",
                "col-status",
                "col-funding",
            ]);
            for t in titles {
                header.col(|ui| {
                    ui.strong(tr(t));
                });
            }
            header.col(|_| {});
        })
        .body(|body| {
            body.rows(row_height, indices.len(), |mut row| {
                let i = indices[row.index()];
                school_row(&mut row, app, i, selected_school, show_region);
            });
        });
}

/// The heading with the count and net seats of the listed schools (summed
/// once per revision in the derived results), and "Add school".
fn toolbar(app: &ViewCtx, ui: &mut egui::Ui, selection: Selection, count: usize, seats: i64) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading(tr_args(
            "schools-heading",
            &[("region", region_name(app.scenario, selection).into())],
        ));
        let schools = tr_args(
            "school-count",
            &[
                ("count", Arg::Count(count as i64)),
                ("n", num(count as i64).into()),
            ],
        );
        ui.label(tr_args(
            "schools-summary",
            &[("schools", schools.into()), ("seats", num(seats).into())],
        ));
        ui.with_layout(egui::Layout::right_to_left(Align::Center), |ui| {
            let add = ui
                .add_enabled(
                    selection != Selection::Country,
                    egui::Button::new(tr("add-school")),
                )
                .on_disabled_hover_text(tr("add-school-disabled"));
            if add.clicked() {
                app.send(Command::AddSchool);
            }
        });
    });
}

/// One school's row: the edited copy, which field changed, and whether the
/// cell being edited lost focus (ending its undo step).
struct RowEdit {
    edited: School,
    changed: Option<&'static str>,
    sealed: bool,
    /// "name [id]": unique, for the accessible names of the row's widgets.
    label: String,
}

fn school_row(
    row: &mut egui_extras::TableRow<'_, '_>,
    app: &ViewCtx,
    i: usize,
    selected_school: Option<usize>,
    show_region: bool,
) {
    let Some(school) = app.scenario.schools.get(i).cloned() else {
        return;
    };
    row.set_selected(selected_school == Some(i));
    let mut e = RowEdit {
        // Names repeat ("School for 1 200 seats"); the id makes each cell's
        // accessible name unique.
        label: format!(
            "{} [{}]",
            super::shown(super::school_name(&school.name)),
            super::shown(&school.id)
        ),
        edited: school.clone(),
        changed: None,
        sealed: false,
    };
    let districts = app
        .scenario
        .region_index(&school.region)
        .and_then(|r| app.scenario.regions[r].districts.as_deref());
    text_cells(row, &mut e, (i, app), districts);
    if show_region {
        row.col(|ui| {
            let s = app.scenario;
            let name = s.region_index(&school.region).map_or_else(
                || school.region.clone(),
                |r| region_name(s, Selection::Region(r)),
            );
            ui.label(name);
        });
    }
    // The existing schools this one may replace: its region's, in its
    // district where the region is planned by district.
    let by_district = districts.is_some();
    let choices: Vec<(String, String)> = app
        .scenario
        .region_index(&school.region)
        .map(|r| app.derived.existing_in(r))
        .unwrap_or_default()
        .iter()
        .filter_map(|&k| app.scenario.existing.get(k))
        .filter(|x| !by_district || x.district == school.district)
        .map(|x| (x.id.clone(), super::school_name(&x.name).to_owned()))
        .collect();
    number_cells(row, &mut e, i, &choices);
    choice_cells(row, &mut e, &school, i);
    action_cell(row, &e.label, i, app);
    if row.response().clicked() {
        app.send(Command::SelectSchool(i));
    }
    if let Some(field) = e.changed {
        app.send(Command::Edit(
            Some(EditKey::school(i).at(field)),
            Edit::School(i, Box::new(e.edited)),
        ));
    }
    if e.sealed {
        app.send(Command::Seal);
    }
}

/// The notes on school `i`, if any: an icon beside its name that opens
/// them in the Review pane, with the school selected.
fn notes_button(ui: &mut egui::Ui, app: &ViewCtx, i: usize, label: &str) {
    let Some(school) = app.scenario.schools.get(i) else {
        return;
    };
    let about = crate::model::About::School(school.id.clone());
    if super::review::notes_badge(ui, app, &about, label) {
        app.send(Command::SelectSchool(i));
        app.send(Command::ShowPane(crate::app::Pane::Review));
    }
}

fn text_cells(
    row: &mut egui_extras::TableRow<'_, '_>,
    e: &mut RowEdit,
    (i, app): (usize, &ViewCtx),
    districts: Option<&[crate::model::District]>,
) {
    row.col(|ui| {
        notes_button(ui, app, i, &e.label);
        let Some(r) = super::fields::school_name_cell(ui, &mut e.edited.name, ("school-name", i))
        else {
            return;
        };
        if r.changed() {
            e.changed = Some("name");
        }
        e.sealed |= r.lost_focus();
    });
    if let Some(districts) = districts {
        row.col(|ui| district_choice(ui, e, i, districts));
        return;
    }
    row.col(|ui| {
        let mut district = e.edited.district.clone().unwrap_or_default();
        // The screen reader's name is the tooltip, not the grey hint: a
        // sentence naming the school in every empty cell read as content.
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut district)
                    .id_salt(("school-district", i))
                    .hint_text("—")
                    .desired_width(f32::INFINITY),
            )
            .on_hover_text(about("a11y-district", &e.label));
        if r.changed() {
            e.edited.district = (!district.trim().is_empty()).then_some(district);
            e.changed = Some("district");
        }
        e.sealed |= r.lost_focus();
    });
}

fn number_cells(
    row: &mut egui_extras::TableRow<'_, '_>,
    e: &mut RowEdit,
    i: usize,
    choices: &[(String, String)],
) {
    for (field, caption) in [("seats", "a11y-seats"), ("replaces", "a11y-replaces")] {
        row.col(|ui| {
            if field == "replaces" && (!choices.is_empty() || e.edited.replaces_existing.is_some())
            {
                replaces_existing_choice(ui, e, i, choices);
                if e.edited.replaces_existing.is_some() {
                    return;
                }
            }
            let slot = if field == "seats" {
                &mut e.edited.seats
            } else {
                &mut e.edited.replaces
            };
            let mut v = i64::from(*slot);
            let r = ui
                .push_id((field, i), |ui| {
                    ui.add(number_field(&mut v, 0..=i64::from(u32::MAX)))
                })
                .inner
                .on_hover_text(about(caption, &e.label));
            if r.changed() {
                *slot = u32::try_from(v).unwrap_or(0);
                e.changed = Some(field);
            }
            e.sealed |= r.drag_stopped() || r.lost_focus();
        });
    }
    row.col(|ui| {
        // Speed 1: arrow keys step one year.
        let r = ui
            .push_id(("opens", i), |ui| {
                ui.add(
                    egui::DragValue::new(&mut e.edited.opens)
                        .range(1900..=2200)
                        .clamp_existing_to_range(false)
                        .speed(1.0),
                )
            })
            .inner
            .on_hover_text(about("a11y-opens", &e.label));
        if r.changed() {
            e.changed = Some("opens");
        }
        e.sealed |= r.drag_stopped() || r.lost_focus();
    });
}

fn choice_cells(
    row: &mut egui_extras::TableRow<'_, '_>,
    e: &mut RowEdit,
    school: &School,
    i: usize,
) {
    row.col(|ui| {
        egui::ComboBox::from_id_salt(("status", i))
            .selected_text(status_label(e.edited.status))
            .width(160.0)
            .show_ui(ui, |ui| {
                for s in SchoolStatus::ALL {
                    ui.selectable_value(&mut e.edited.status, s, status_label(s));
                }
            })
            .response
            .on_hover_text(about("a11y-status", &e.label));
    });
    if e.edited.status != school.status {
        e.changed = Some("status");
    }
    row.col(|ui| {
        egui::ComboBox::from_id_salt(("funding", i))
            .selected_text(funding_label(e.edited.funding))
            .width(160.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut e.edited.funding, None, funding_label(None));
                for f in Funding::ALL {
                    ui.selectable_value(&mut e.edited.funding, Some(f), funding_label(Some(f)));
                }
            })
            .response
            .on_hover_text(about("a11y-funding", &e.label));
    });
    if e.edited.funding != school.funding {
        e.changed = Some("funding");
    }
}

fn action_cell(row: &mut egui_extras::TableRow<'_, '_>, label: &str, i: usize, app: &ViewCtx) {
    row.col(|ui| {
        // Every row has these buttons: name them with the school.
        let named = |r: egui::Response, name: String| {
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            r.on_hover_text(name)
        };
        if named(
            ui.small_button(tr("duplicate")),
            about("a11y-duplicate", label),
        )
        .clicked()
        {
            app.send(Command::DuplicateSchool(i));
        }
        let delete = ui.small_button(RichText::new(tr("delete")).color(super::theme::ERROR));
        if named(delete, about("a11y-delete", label)).clicked() {
            app.send(Command::DeleteSchool(i));
        }
    });
}

/// In a region planned by district, the school's district is one of the
/// region's: chosen, never typed. A name the region does not have (an error
/// validation reports) is shown as it is until another is chosen.
fn district_choice(
    ui: &mut egui::Ui,
    e: &mut RowEdit,
    i: usize,
    districts: &[crate::model::District],
) {
    let lang = crate::i18n::lang();
    let name_of = |id: &str| {
        districts
            .iter()
            .find(|d| d.id == id)
            .map(|d| {
                let n = d.name.get(lang.code());
                if n.is_empty() {
                    d.id.clone()
                } else {
                    n.to_owned()
                }
            })
            .unwrap_or_else(|| format!("⚠ {id}"))
    };
    let current = e.edited.district.clone();
    let selected_text = current.as_deref().map_or_else(|| "—".to_owned(), name_of);
    let mut chosen = current.clone();
    egui::ComboBox::from_id_salt(("school-district-choice", i))
        .selected_text(super::shown(&selected_text))
        .width(ui.available_width().max(80.0))
        .show_ui(ui, |ui| {
            for d in districts {
                ui.selectable_value(&mut chosen, Some(d.id.clone()), name_of(&d.id));
            }
        })
        .response
        .on_hover_text(about("a11y-school-district-choice", &e.label));
    if chosen != current {
        e.edited.district = chosen;
        e.changed = Some("district");
        // A choice is one step: the next edit is a new undo step.
        e.sealed = true;
    }
}

/// Which existing school this one replaces (docs/scenario-format.md,
/// "Existing schools"); choosing one clears `replaces`, whose value then
/// comes from that school.
fn replaces_existing_choice(
    ui: &mut egui::Ui,
    e: &mut RowEdit,
    i: usize,
    choices: &[(String, String)],
) {
    let current = e.edited.replaces_existing.clone();
    let shown = current.as_deref().map_or_else(
        || tr("replaces-existing-none"),
        |id| {
            choices.iter().find(|(x, _)| x == id).map_or_else(
                || super::shown(id).to_string(),
                |(_, n)| super::shown(n).to_string(),
            )
        },
    );
    let mut chosen = current.clone();
    egui::ComboBox::from_id_salt(("replaces-existing", i))
        .selected_text(shown)
        .width(90.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, None, tr("replaces-existing-none"));
            for (id, name) in choices {
                ui.selectable_value(
                    &mut chosen,
                    Some(id.clone()),
                    super::shown(name).to_string(),
                );
            }
        })
        .response
        .on_hover_text(about("a11y-replaces-existing", &e.label));
    if chosen != current {
        if chosen.is_some() {
            e.edited.replaces = 0;
        }
        e.edited.replaces_existing = chosen;
        e.changed = Some("replaces_existing");
        e.sealed = true;
    }
}
