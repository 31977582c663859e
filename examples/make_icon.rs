//! Renders `assets/icon/icon.svg` into the files the packages use:
//! `assets/icon/icon.png` (256 px: window icon, Linux desktop entry) and
//! `assets/icon/icon.ico` (16–256 px: embedded in the Windows .exe by build.rs).
//!
//! Run after changing the SVG: `cargo run --example make_icon`.
//! The outputs are committed so a build needs neither this step nor a tool
//! outside Cargo.

use std::path::Path;

/// The sizes Windows picks from for title bars, taskbar, Explorer views.
const ICO_SIZES: [u32; 7] = [16, 24, 32, 48, 64, 128, 256];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icon");
    let svg = std::fs::read_to_string(dir.join("icon.svg"))?;
    let mut images = Vec::new();
    for size in ICO_SIZES {
        let (png, w, h) = seatplan::export::svg_to_png(&svg, size as f32 / 256.0)?;
        if (w, h) != (size, size) {
            return Err(format!("icon.svg must be 256×256; rendered {w}×{h} at {size}").into());
        }
        images.push((size, png));
    }
    let (_, big) = images.last().ok_or("no sizes")?;
    std::fs::write(dir.join("icon.png"), big)?;
    std::fs::write(dir.join("icon.ico"), ico(&images)?)?;
    println!(
        "wrote {} and {}",
        dir.join("icon.png").display(),
        dir.join("icon.ico").display()
    );
    Ok(())
}

/// An ICO file whose entries are PNG images (read by Windows Vista and later).
fn ico(images: &[(u32, Vec<u8>)]) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    let count = u16::try_from(images.len())?;
    let mut out = Vec::new();
    out.extend_from_slice(&0u16.to_le_bytes()); // reserved
    out.extend_from_slice(&1u16.to_le_bytes()); // 1 = icon
    out.extend_from_slice(&count.to_le_bytes());
    let mut offset = 6 + 16 * u32::from(count);
    for (size, png) in images {
        // 256 is written as 0: the field is one byte.
        let side = u8::try_from(*size % 256)?;
        out.extend_from_slice(&[side, side, 0, 0]);
        out.extend_from_slice(&1u16.to_le_bytes()); // colour planes
        out.extend_from_slice(&32u16.to_le_bytes()); // bits per pixel
        let len = u32::try_from(png.len())?;
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&offset.to_le_bytes());
        offset += len;
    }
    for (_, png) in images {
        out.extend_from_slice(png);
    }
    Ok(out)
}
