/*!
How far to scroll so a lesson step's text and the control it names are
both in view.

On a phone the step panel sits above the practice screen. When a step is
done the next step's text and its control should be on screen together,
without the page jumping to the top. Plain arithmetic on the boxes the
browser reports, so it is tested natively; `ui::dom` measures and scrolls.
*/

/// A vertical span on screen, in CSS pixels from the top of the viewport.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span {
    pub top: f64,
    pub bottom: f64,
}

impl Span {
    pub fn new(top: f64, bottom: f64) -> Span {
        Span { top, bottom }
    }

    fn inside(self, view: Span) -> bool {
        self.top >= view.top && self.bottom <= view.bottom
    }

    fn shifted(self, by: f64) -> Span {
        Span::new(self.top - by, self.bottom - by)
    }
}

/// Room left above and below a box that is scrolled into view.
const MARGIN: f64 = 8.0;

/// How far to scroll down (negative: up) so that `text` and `target` are
/// in `view` (the part of the viewport nothing covers). Nothing moves when
/// both are already in view. When both cannot fit, the step text goes to
/// the top and the control as close as it gets; a control that would still
/// be out of view wins over the text, since the learner can read the text
/// again with "Lees voor" but must reach the control.
pub fn scroll_by(view: Span, text: Span, target: Option<Span>) -> f64 {
    let target = target.unwrap_or(text);
    if text.inside(view) && target.inside(view) {
        return 0.0;
    }
    let text_first = text.top - view.top - MARGIN;
    if target.shifted(text_first).inside(view) {
        return text_first;
    }
    if target.inside(view) {
        // Only the text is out of view, and bringing it in would push the
        // control out: leave the control where the learner works.
        return 0.0;
    }
    // Bring the control in, as low as it can go, keeping as much text as
    // possible.
    if target.bottom > view.bottom {
        target.bottom - view.bottom + MARGIN
    } else {
        target.top - view.top - MARGIN
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `view`, `text`, `target` as (top, bottom), and the expected scroll.
    fn check(view: (f64, f64), text: (f64, f64), target: Option<(f64, f64)>, expected: f64) {
        let span = |(t, b)| Span::new(t, b);
        let got = scroll_by(span(view), span(text), target.map(span));
        assert_eq!(
            got, expected,
            "view {view:?}, text {text:?}, target {target:?}"
        );
    }

    #[test]
    fn scrolls_as_little_as_needed() {
        // Both in view: nothing moves.
        check((40.0, 667.0), (100.0, 160.0), Some((400.0, 450.0)), 0.0);
        // No target: the text alone.
        check((40.0, 667.0), (100.0, 160.0), None, 0.0);
        check((40.0, 667.0), (-200.0, -140.0), None, -248.0);
        // Text scrolled away above, control below it fits: text to the top.
        check(
            (40.0, 667.0),
            (-300.0, -240.0),
            Some((100.0, 150.0)),
            -348.0,
        );
        // Control below the fold, text above it: text to the top.
        check((40.0, 667.0), (200.0, 260.0), Some((700.0, 750.0)), 152.0);
        // Too far apart: the control comes into view at the bottom.
        check((40.0, 667.0), (100.0, 160.0), Some((1200.0, 1250.0)), 591.0);
        // Too far apart, control above the view: it comes in at the top.
        check(
            (40.0, 667.0),
            (900.0, 960.0),
            Some((-500.0, -450.0)),
            -548.0,
        );
        // Control in view, text far above it: leave the learner's place.
        check((40.0, 667.0), (-900.0, -840.0), Some((300.0, 350.0)), 0.0);
        // A banner covers the bottom (view ends at 560): it counts as out of view.
        check((40.0, 560.0), (100.0, 160.0), Some((540.0, 590.0)), 52.0);
    }
}
