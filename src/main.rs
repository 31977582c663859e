// Release builds for Windows open no console window beside the app when
// double-clicked; subcommands join the console they were typed in (console.rs).
// Debug builds keep the console, where panics and logs show.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

#[cfg(windows)]
mod console;

use clap::Parser;
use seatplan::app::{AppOptions, SeatplanApp};
use seatplan::cli::{self, Cli};
use seatplan::timing;

fn main() {
    seatplan::timing::start();
    let args = match Cli::try_parse() {
        Ok(args) => args,
        Err(e) => {
            // `--help`, `--version` and usage errors are for the terminal.
            attach_terminal();
            e.exit()
        }
    };
    let code = match args.command {
        Some(command) => {
            attach_terminal();
            cli::run(
                command,
                &mut std::io::stdout().lock(),
                &mut std::io::stderr().lock(),
            )
        }
        None => run_window(args.file, args.region),
    };
    std::process::exit(code);
}

/// Only the CLI joins the shell's console: a window attached to it would be
/// closed, unsaved work and all, when that console is closed.
fn attach_terminal() {
    #[cfg(windows)]
    console::attach_parent_console();
}

fn run_window(file: Option<std::path::PathBuf>, region: Option<String>) -> i32 {
    if timing::enabled() {
        // The phases go to stderr: on Windows, to the console it was run from.
        attach_terminal();
    }
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("seatplan")
            .with_inner_size([1600.0, 1000.0])
            .with_min_inner_size([900.0, 600.0])
            .with_drag_and_drop(true)
            .with_icon(seatplan::app::window_icon()),
        ..Default::default()
    };
    let result = eframe::run_native(
        seatplan::app::platform::APP_ID,
        options,
        Box::new(move |cc| {
            timing::mark("window and GL context (eframe)");
            if timing::enabled() {
                // Done here, before the app needs it, only to time it apart.
                seatplan::i18n::preload();
                timing::mark("translations (Fluent bundles, kk/ru/en)");
            }
            let app = SeatplanApp::new(
                cc,
                AppOptions {
                    file,
                    region,
                    ..AppOptions::default()
                },
            );
            if timing::enabled() {
                timing::mark("app state: style, settings, scenario parsed and projected");
                return Ok(Box::new(Timed::new(app)));
            }
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => cli::EXIT_OK,
        Err(e) => {
            let message = seatplan::i18n::tr_in(
                seatplan::i18n::Lang::system(),
                "window-open-failed",
                &[("reason", e.to_string().into())],
            );
            eprintln!("{message}");
            // Started from Explorer there is no terminal to read the message in.
            #[cfg(windows)]
            rfd::MessageDialog::new()
                .set_level(rfd::MessageLevel::Error)
                .set_title("seatplan")
                .set_description(&message)
                .show();
            cli::EXIT_USAGE
        }
    }
}

/// The app with start-up marks around its first frame (`SEATPLAN_TIMING`).
/// Forwards every `eframe::App` method, so the app behaves the same.
struct Timed {
    app: SeatplanApp,
    /// The egui frame number of the first frame, once it has begun.
    first_frame: Option<u64>,
    shown: bool,
}

impl Timed {
    fn new(app: SeatplanApp) -> Self {
        Timed {
            app,
            first_frame: None,
            shown: false,
        }
    }
}

impl eframe::App for Timed {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        self.app.logic(ctx, frame);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        // One frame may run several passes (egui discards a pass that
        // changed the layout), so frames are counted, not calls.
        let frame_nr = ctx.cumulative_frame_nr();
        match self.first_frame {
            None => {
                self.first_frame = Some(frame_nr);
                timing::mark("first pass begins: events, font atlas (egui)");
            }
            // The first frame has been painted and swapped by now.
            Some(first) if frame_nr > first && !self.shown => {
                self.shown = true;
                timing::mark("first frame on screen (tessellated, painted, swapped)");
                if timing::exit_after_first_frame() {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
            Some(_) => {}
        }
        self.app.ui(ui, frame);
        if self.first_frame == Some(frame_nr) {
            timing::mark("first frame: pass laid out (app ui)");
            ctx.request_repaint();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.app.save(storage);
    }

    fn on_exit(&mut self, gl: Option<&eframe::glow::Context>) {
        self.app.on_exit(gl);
    }

    fn auto_save_interval(&self) -> std::time::Duration {
        self.app.auto_save_interval()
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        self.app.clear_color(visuals)
    }

    fn persist_egui_memory(&self) -> bool {
        self.app.persist_egui_memory()
    }

    fn raw_input_hook(&mut self, ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        self.app.raw_input_hook(ctx, raw_input);
    }
}
