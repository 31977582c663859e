use clap::Parser;
use seatplan::app::{AppOptions, SeatplanApp};
use seatplan::cli::{self, Cli};

fn main() {
    let args = Cli::parse();
    let code = match args.command {
        Some(command) => cli::run(
            command,
            &mut std::io::stdout().lock(),
            &mut std::io::stderr().lock(),
        ),
        None => run_window(args.file, args.region),
    };
    std::process::exit(code);
}

fn run_window(file: Option<std::path::PathBuf>, region: Option<String>) -> i32 {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("seatplan")
            .with_inner_size([1600.0, 1000.0])
            .with_min_inner_size([900.0, 600.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    let result = eframe::run_native(
        "seatplan",
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
            eprintln!("seatplan: cannot open the window: {e}");
            cli::EXIT_USAGE
        }
    }
}
