//! A QR code for a text (a scenario link shown on a projector), made here: no service sees it.
//!
//! Built with the `qrcode` crate (no default features: no image dependencies) and drawn as one
//! SVG path of unit squares, which scales to any size without blur. Error correction is
//! chosen by length: level M (15 %) while the code stays small, level L for longer links, so a
//! link of up to 2,000 characters still fits (a QR code holds at most 2,953 bytes at level L).

use qrcode::{Color, EcLevel, QrCode};

/// A QR code's modules: `width` by `width`, row by row, `true` for dark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrModules {
    pub width: usize,
    pub dark: Vec<bool>,
}

/// Links up to this length get error correction level M; longer ones level L (a less dense
/// code reads better from the back of a room than a more robust denser one).
pub const LEVEL_M_UP_TO: usize = 600;

/// The quiet zone (empty border) the standard asks for, in modules.
pub const QUIET_ZONE: usize = 4;

/// The QR code of `text`; `None` when it does not fit in any QR code.
pub fn qr_modules(text: &str) -> Option<QrModules> {
    let level = if text.len() <= LEVEL_M_UP_TO { EcLevel::M } else { EcLevel::L };
    let code = QrCode::with_error_correction_level(text.as_bytes(), level).ok()?;
    let width = code.width();
    let dark = code.to_colors().into_iter().map(|c| c == Color::Dark).collect();
    Some(QrModules { width, dark })
}

impl QrModules {
    /// The SVG `viewBox` size: the code and its quiet zone on both sides.
    pub fn view_size(&self) -> usize {
        self.width + 2 * QUIET_ZONE
    }

    /// One SVG path (`d`) with a unit square per dark module, offset by the quiet zone; runs of
    /// dark modules in a row are one rectangle.
    pub fn svg_path(&self) -> String {
        let mut d = String::with_capacity(self.dark.len() * 3);
        for (y, row) in self.dark.chunks(self.width.max(1)).enumerate() {
            let mut x = 0;
            while x < row.len() {
                if row.get(x).copied().unwrap_or(false) {
                    let start = x;
                    while row.get(x).copied().unwrap_or(false) {
                        x += 1;
                    }
                    d.push_str(&format!("M{} {}h{}v1h-{}z", start + QUIET_ZONE, y + QUIET_ZONE, x - start, x - start));
                } else {
                    x += 1;
                }
            }
        }
        d
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_makes_a_small_code_with_finder_patterns() {
        let q = qr_modules("https://example.org/gedeeld#s1.AAAA").unwrap();
        assert_eq!(q.dark.len(), q.width * q.width);
        assert!((21..=41).contains(&q.width), "{}", q.width);
        // The top-left finder pattern: a dark 7x7 ring with a light ring inside.
        let at = |x: usize, y: usize| q.dark[y * q.width + x];
        assert!((0..7).all(|i| at(i, 0) && at(0, i) && at(6, i) && at(i, 6)));
        assert!((1..6).all(|i| !at(i, 1) && !at(1, i)));
        assert!(at(3, 3));
        let path = q.svg_path();
        assert!(path.starts_with("M4 4h7v1h-7z"), "{}", &path[..40]);
        assert_eq!(q.view_size(), q.width + 8);
    }

    #[test]
    fn a_link_of_two_thousand_characters_still_fits_and_more_does_not() {
        let long = format!("https://example.org/gedeeld#s1.{}", "aB9-_".repeat(393));
        assert!(long.len() <= 2000);
        let q = qr_modules(&long).unwrap();
        assert!(q.width <= 177);
        assert_eq!(qr_modules(&"x".repeat(3000)), None);
    }
}
