// Release builds for Windows open no console window beside the app when
// double-clicked; subcommands join the console they were typed in (console.rs).
// Debug builds keep the console, where panics and logs show.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

#[cfg(windows)]
mod console;

use clap::Parser;
use seatplan::app::{AppOptions, SeatplanApp};
use seatplan::cli::{self, Cli};

fn main() {
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
            Ok(Box::new(SeatplanApp::new(
                cc,
                AppOptions {
                    file,
                    region,
                    ..AppOptions::default()
                },
            )))
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
