//! Start-up timing for people tuning seatplan: with `SEATPLAN_TIMING=1` in the
//! environment, the phases from process start to the first frame on screen are
//! printed to stderr (`SEATPLAN_TIMING=exit` also closes the window once the
//! first frame is shown, for repeated runs). Off by default, and then every
//! call here is one relaxed atomic load.
//!
//! Lines read `seatplan timing: <ms since start> ms (+<ms since the previous
//! mark>) <phase>`; spans (`parse`, …) print their own duration and do not move
//! the previous mark.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};
use std::time::{Duration, Instant};

const UNKNOWN: u8 = 0;
const OFF: u8 = 1;
const ON: u8 = 2;
const ON_EXIT: u8 = 3;

static MODE: AtomicU8 = AtomicU8::new(UNKNOWN);
static START: OnceLock<Instant> = OnceLock::new();
static LAST: std::sync::Mutex<Option<Instant>> = std::sync::Mutex::new(None);

fn mode() -> u8 {
    match MODE.load(Ordering::Relaxed) {
        UNKNOWN => {
            let m = match std::env::var("SEATPLAN_TIMING").as_deref() {
                Ok("exit") => ON_EXIT,
                Ok(v) if !v.is_empty() && v != "0" => ON,
                _ => OFF,
            };
            MODE.store(m, Ordering::Relaxed);
            m
        }
        m => m,
    }
}

/// Whether timing is on (`SEATPLAN_TIMING` set, not `0`).
pub fn enabled() -> bool {
    mode() >= ON
}

/// Whether the window should close once the first frame is on screen.
pub fn exit_after_first_frame() -> bool {
    mode() == ON_EXIT
}

/// Takes the start time: call first thing in `main`. Time spent before
/// `main` (loading the executable and its libraries) is not counted.
pub fn start() {
    if enabled() {
        let now = *START.get_or_init(Instant::now);
        if let Ok(mut last) = LAST.lock() {
            *last = Some(now);
        }
        eprintln!(
            "seatplan timing: {:8.1} ms            process start (main)",
            0.0
        );
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Prints that `phase` has just finished.
pub fn mark(phase: &str) {
    if !enabled() {
        return;
    }
    let now = Instant::now();
    let start = *START.get_or_init(|| now);
    let since_last = LAST
        .lock()
        .ok()
        .and_then(|mut last| last.replace(now))
        .map_or(Duration::ZERO, |l| now - l);
    eprintln!(
        "seatplan timing: {:8.1} ms (+{:7.1} ms) {phase}",
        ms(now - start),
        ms(since_last)
    );
}

/// Times what happens until the guard is dropped; prints `what` and the
/// duration then.
pub fn span(what: impl FnOnce() -> String) -> Option<Span> {
    enabled().then(|| Span {
        what: what(),
        started: Instant::now(),
    })
}

pub struct Span {
    what: String,
    started: Instant,
}

impl Drop for Span {
    fn drop(&mut self) {
        eprintln!(
            "seatplan timing:              {:7.1} ms  {}",
            ms(self.started.elapsed()),
            self.what
        );
    }
}
