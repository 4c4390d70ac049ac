/*!
QR codes drawn in the browser: no image files, no network. The practice
website shows one for the DigiD app to "scan"; it holds only a sentence
saying it is practice, so a real phone that scans it learns nothing and
opens nothing.

The code is turned into one SVG path (a rectangle per run of dark
modules), which keeps the page small and sharp at any zoom.
*/

use std::fmt::Write;

use qrcodegen::{QrCode, QrCodeEcc};

/// Light modules around the code, as the standard asks.
pub const QUIET_ZONE: usize = 4;

/// A QR code as an SVG path on a square grid of `size` modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPath {
    pub size: usize,
    pub path: String,
}

/// Encodes `text`; `None` only for text too long for any QR code.
pub fn encode(text: &str) -> Option<QrPath> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = code.size();
    let dark = |x: i32, y: i32| code.get_module(x, y);
    let mut path = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if !dark(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < n && dark(x, y) {
                x += 1;
            }
            let q = QUIET_ZONE as i32;
            let _ = write!(
                path,
                "M{} {}h{}v1h-{}z",
                start + q,
                y + q,
                x - start,
                x - start
            );
        }
    }
    Some(QrPath {
        size: n as usize + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Draws the path back onto a grid, to compare with the code itself.
    fn paint(qr: &QrPath) -> Vec<Vec<bool>> {
        let mut grid = vec![vec![false; qr.size]; qr.size];
        for part in qr.path.split('M').filter(|p| !p.is_empty()) {
            let numbers: Vec<usize> = part
                .split(|c: char| !c.is_ascii_digit())
                .filter(|n| !n.is_empty())
                .filter_map(|n| n.parse().ok())
                .collect();
            let (x, y, w) = (numbers[0], numbers[1], numbers[2]);
            for cell in &mut grid[y][x..x + w] {
                *cell = true;
            }
        }
        grid
    }

    #[test]
    fn the_path_draws_exactly_the_dark_modules() {
        let text = "Oefenplein: dit is een oefen-QR-code. Niets is echt. KXPT";
        let qr = encode(text).expect("encodes");
        let code = QrCode::encode_text(text, QrCodeEcc::Medium).expect("encodes");
        let n = code.size() as usize;
        assert_eq!(qr.size, n + 8);
        let grid = paint(&qr);
        for (y, row) in grid.iter().enumerate() {
            for (x, &cell) in row.iter().enumerate() {
                let inside = (QUIET_ZONE..QUIET_ZONE + n).contains(&x)
                    && (QUIET_ZONE..QUIET_ZONE + n).contains(&y);
                let want =
                    inside && code.get_module((x - QUIET_ZONE) as i32, (y - QUIET_ZONE) as i32);
                assert_eq!(cell, want, "module {x},{y}");
            }
        }
        // The three finder patterns: dark 7x7 corners.
        for (x, y) in [(4, 4), (n + 4 - 7, 4), (4, n + 4 - 7)] {
            assert!(grid[y][x] && grid[y + 6][x + 6] && !grid[y + 1][x + 1]);
        }
    }

    #[test]
    fn different_codes_draw_differently_and_the_same_code_the_same() {
        let a = encode("KXPT").expect("encodes");
        assert_eq!(Some(a.clone()), encode("KXPT"));
        assert_ne!(Some(a), encode("KXPU"));
    }

    #[test]
    fn text_too_long_for_a_qr_code_gives_none() {
        assert_eq!(encode(&"x".repeat(5000)), None);
    }
}
