use clap::Parser;
use seatplan::cli::{self, Cli, Command};

fn main() {
    let args = Cli::parse();
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr().lock();
    let code = match args.command {
        Some(Command::Check { files }) => cli::check(&files, &mut out, &mut err),
        Some(Command::Report { file }) => cli::report(&file, &mut out, &mut err),
        None => {
            eprintln!(
                "seatplan: the window is not built yet; use `seatplan check` or `seatplan report`"
            );
            cli::EXIT_USAGE
        }
    };
    std::process::exit(code);
}
