//! Windows: the .exe is built for the GUI subsystem (see `main.rs`), so a
//! double-click opens only the window, with no black console beside it. Such a
//! process starts with no standard output, though, and `seatplan check` typed
//! in cmd.exe or PowerShell would print nothing. Before running a subcommand we
//! therefore join the console of the shell that started us.
//!
//! This is the only unsafe code in seatplan (Cargo.toml denies it elsewhere):
//! three Win32 calls with no pointers passed in, which no safe, maintained
//! crate wraps.

#![allow(unsafe_code)]

use windows_sys::Win32::Foundation::{HANDLE, INVALID_HANDLE_VALUE};
use windows_sys::Win32::System::Console::{
    ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_HANDLE,
    STD_OUTPUT_HANDLE, SetStdHandle,
};

/// Sends stdout and stderr to the console of the parent process, where there is
/// one and the launcher did not already give us handles (a redirect such as
/// `seatplan.exe report x.ron > x.csv`, a pipe, or Wine's terminal), which are
/// kept as they are. Started from Explorer there is no parent console and
/// nothing changes.
pub fn attach_parent_console() {
    let out = std_handle(STD_OUTPUT_HANDLE);
    let err = std_handle(STD_ERROR_HANDLE);
    if out.is_some() && err.is_some() {
        return;
    }
    // SAFETY: AttachConsole takes a process id and touches no memory of ours;
    // failure (no parent console, already attached) is reported by its result.
    if unsafe { AttachConsole(ATTACH_PARENT_PROCESS) } == 0 {
        return;
    }
    // Attaching may point every standard handle at the console: give back the
    // redirects we were started with.
    for (which, handle) in [(STD_OUTPUT_HANDLE, out), (STD_ERROR_HANDLE, err)] {
        if let Some(handle) = handle {
            // SAFETY: `handle` came from GetStdHandle in this process and is
            // still open; SetStdHandle only stores it.
            unsafe { SetStdHandle(which, handle) };
        }
    }
}

fn std_handle(which: STD_HANDLE) -> Option<HANDLE> {
    // SAFETY: GetStdHandle only reads the process's handle table.
    let handle = unsafe { GetStdHandle(which) };
    (!handle.is_null() && handle != INVALID_HANDLE_VALUE).then_some(handle)
}
