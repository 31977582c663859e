//! Embeds the icon and version details into the Windows .exe (Explorer,
//! taskbar, file properties). Other targets need nothing from here.
//!
//! Cross-building from Linux runs mingw-w64's `x86_64-w64-mingw32-windres`
//! (Debian: gcc-mingw-w64-x86-64); `WINDRES` overrides it.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/icon/icon.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut res = winresource::WindowsResource::new();
    res.set_icon("assets/icon/icon.ico")
        .set("ProductName", "seatplan")
        .set("FileDescription", "seatplan: school seat capacity planning")
        .set("LegalCopyright", "MIT OR Apache-2.0");
    if let Err(e) = res.compile_for("seatplan") {
        // A build without its icon is still a working program, but a release
        // must not go out like that silently: fail loudly.
        panic!("cannot embed the icon with windres (is gcc-mingw-w64-x86-64 installed?): {e}");
    }
}
