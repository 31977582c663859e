//! One load of the generated national scenario, for instruction counts that
//! a loaded machine does not blur (the criterion figures are in
//! `benches/engine.rs`):
//!
//! ```text
//! cargo build --release --example load_national
//! valgrind --tool=callgrind --toggle-collect='*load_and_project*' \
//!     target/release/examples/load_national load
//! ```
//!
//! `load` (default): `load_str` + `project`, as the app and the CLI do;
//! `ron`: the same with the general RON parser in place of the fast reader
//! (collect `'*ron_only*'`). A second argument
//! sets the number of schools (default 10 000). With `SEATPLAN_REPEAT=N` it
//! also prints the median wall time of N runs.

#[path = "../benches/common/national.rs"]
mod national;

use std::time::Instant;

use seatplan::io::{load_str, ron_parse, to_ron_string};
use seatplan::model::{project, validate};

/// Returns a count from the result, so the work cannot be optimised away.
#[inline(never)]
fn load_and_project(text: &str) -> usize {
    match load_str(text) {
        Ok(loaded) => project(&loaded.scenario).regions.len() + loaded.scenario.schools.len(),
        Err(_) => 0,
    }
}

/// What `load_str` did for this file before the fast reader: RON, then
/// validation (clean, so nothing to locate), then the projection.
#[inline(never)]
fn ron_only(text: &str) -> usize {
    match ron_parse(text) {
        Ok(s) => validate(&s).len() + project(&s).regions.len() + s.schools.len(),
        Err(_) => 0,
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "load".into());
    let n = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let text = to_ron_string(&national::scenario(n));
    let run = |text: &str| match mode.as_str() {
        "ron" => ron_only(text),
        _ => load_and_project(text),
    };
    println!("{mode}, {n} schools, {} bytes: {}", text.len(), run(&text));
    let repeat: usize = std::env::var("SEATPLAN_REPEAT")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(0);
    if repeat > 0 {
        let mut ms: Vec<f64> = (0..repeat)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(run(std::hint::black_box(&text)));
                start.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        ms.sort_by(f64::total_cmp);
        println!(
            "median {:.2} ms, min {:.2} ms over {repeat} runs",
            ms[repeat / 2],
            ms[0]
        );
    }
}
