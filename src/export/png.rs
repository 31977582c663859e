//! SVG to PNG with resvg (pure Rust, no GPU, no window), using the bundled
//! DejaVu fonts so images look the same on every machine.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

use super::{ExportError, RenderError};

fn options() -> &'static usvg::Options<'static> {
    static OPTIONS: OnceLock<usvg::Options<'static>> = OnceLock::new();
    OPTIONS.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(include_bytes!("../../assets/fonts/DejaVuSans.ttf").to_vec());
        db.load_font_data(include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf").to_vec());
        db.set_sans_serif_family("DejaVu Sans");
        usvg::Options {
            fontdb: Arc::new(db),
            font_family: "DejaVu Sans".to_owned(),
            ..usvg::Options::default()
        }
    })
}

/// Renders `svg` at `scale` (2.0 for sharp images on high-density screens and
/// projectors) and returns the PNG bytes and pixel size.
pub fn svg_to_png(svg: &str, scale: f32) -> Result<(Vec<u8>, u32, u32), ExportError> {
    let render = ExportError::Render;
    let tree = usvg::Tree::from_str(svg, options()).map_err(|e| render(e.into()))?;
    let size = tree
        .size()
        .to_int_size()
        .scale_by(scale)
        .ok_or(render(RenderError::Empty))?;
    let mut pixmap =
        tiny_skia::Pixmap::new(size.width(), size.height()).ok_or(render(RenderError::TooLarge))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    let bytes = pixmap
        .encode_png()
        .map_err(|e| render(RenderError::Png(Box::new(e))))?;
    Ok((bytes, size.width(), size.height()))
}

pub fn write_png(svg: &str, scale: f32, path: &Path) -> Result<(u32, u32), ExportError> {
    let (bytes, w, h) = svg_to_png(svg, scale)?;
    super::write_file(path, &bytes)?;
    Ok((w, h))
}
