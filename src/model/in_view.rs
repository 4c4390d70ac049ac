/*!
How far to scroll so a lesson step's text and the control it names are
both in view, and whether a practice message after an action is one to
bring into view ([`Answer`]).

On a phone the step panel sits above the practice screen. When a step is
done the next step's text and its control should be on screen together,
without the page jumping to the top. Plain arithmetic on the boxes the
browser reports, so it is tested natively; `ui::focus` measures and scrolls.
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

/// What the browser measured for one step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    /// Bottom of the sticky practice bar (0 without one).
    pub bar: f64,
    /// Top of what covers the bottom (the SMS banner), else the window height.
    pub bottom: f64,
    /// The step's head, when it sticks below the bar (on a phone). Where it
    /// is now: at the top of the page it is still below its place under
    /// the bar, where it sticks once the page scrolls.
    pub sticky_head: Option<Span>,
    pub text: Span,
    pub target: Option<Span>,
    /// What the learner must read beside the control: what a new step
    /// names (a ticket's number), else a message on the practice screen
    /// (a mistake's kind help).
    pub read: Option<Span>,
}

/// How far to scroll for `layout`: the control comes into view together
/// with what there is to read; below a sticky head the text is always in
/// view, so only they have to fit under it.
pub fn scroll_for(layout: Layout) -> f64 {
    let view = match layout.sticky_head {
        Some(head) => Span::new(layout.bar + (head.bottom - head.top), layout.bottom),
        None => Span::new(layout.bar, layout.bottom),
    };
    let target = match (layout.target, layout.read) {
        (Some(control), Some(read)) => Some(together(
            control,
            read,
            view.bottom - view.top - 2.0 * MARGIN,
        )),
        (control, read) => control.or(read),
    };
    match (layout.sticky_head, target) {
        (Some(_), Some(target)) => scroll_by(view, target, None),
        (Some(_), None) => 0.0,
        (None, _) => scroll_by(view, layout.text, target),
    }
}

/// The span of a control and what to read beside it. When both do not fit
/// in `room`, the control and as much of the other as fits: the learner
/// must reach the control, and can scroll to read on.
fn together(control: Span, read: Span, room: f64) -> Span {
    let both = Span::new(control.top.min(read.top), control.bottom.max(read.bottom));
    if both.bottom - both.top <= room {
        both
    } else if read.top >= control.top {
        Span::new(control.top, control.top + room)
    } else {
        Span::new(control.bottom - room, control.bottom)
    }
}

/// What the practice screen's message did after an action, so the page
/// knows whether to bring it into view (and say it again).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// None shows, or the same one still shows after a change (typing).
    Quiet,
    /// A message with new words.
    New,
    /// The same words again: the press changed nothing, it was refused
    /// once more.
    Again,
}

impl Answer {
    /// From the message's words `before` and `now` (none: no message) and
    /// whether the action changed nothing in the practice state.
    pub fn after(before: Option<&str>, now: Option<&str>, unchanged: bool) -> Answer {
        match now {
            None => Answer::Quiet,
            Some(_) if unchanged => Answer::Again,
            now if now != before => Answer::New,
            Some(_) => Answer::Quiet,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_new_said_again_or_quiet() {
        let check = |before, now, unchanged, expected| {
            assert_eq!(
                Answer::after(before, now, unchanged),
                expected,
                "before {before:?}, now {now:?}, unchanged {unchanged}"
            );
        };
        check(None, None, false, Answer::Quiet);
        check(None, None, true, Answer::Quiet);
        check(None, Some("Typ je naam."), false, Answer::New);
        check(Some("Typ je naam."), Some("Te lang."), false, Answer::New);
        // Typing while the message shows: it stays, nothing to do.
        check(
            Some("Typ je naam."),
            Some("Typ je naam."),
            false,
            Answer::Quiet,
        );
        // The same press refused again.
        check(
            Some("Typ je naam."),
            Some("Typ je naam."),
            true,
            Answer::Again,
        );
        // A message that went away.
        check(Some("Typ je naam."), None, false, Answer::Quiet);
    }

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

    #[test]
    fn a_sticky_head_and_what_to_read_shape_what_must_fit() {
        let layout = |sticky_head, read| Layout {
            bar: 40.0,
            bottom: 667.0,
            sticky_head,
            text: Span::new(60.0, 140.0),
            target: Some(Span::new(700.0, 750.0)),
            read,
        };
        let head = Some(Span::new(40.0, 150.0));
        // Below a sticky head only the control must come in, just under the head.
        assert_eq!(scroll_for(layout(head, None)), 542.0);
        // A red message above the control comes with it.
        assert_eq!(
            scroll_for(layout(head, Some(Span::new(300.0, 400.0)))),
            142.0
        );
        // At the top of the page the head is lower than where it sticks:
        // what must fit goes below where it will be.
        let mut low = layout(Some(Span::new(198.0, 308.0)), None);
        low.target = Some(Span::new(400.0, 450.0));
        assert_eq!(scroll_for(low), 0.0);
        low.target = Some(Span::new(700.0, 750.0));
        assert_eq!(scroll_for(low), 542.0);
        // Too tall to fit with the control under the head: the control
        // stays in view, with as much as fits of what is below it...
        let tall = Some(Span::new(760.0, 1400.0));
        assert_eq!(scroll_for(layout(head, tall)), 542.0);
        // ...or above it.
        let tall = Some(Span::new(-200.0, 690.0));
        assert_eq!(scroll_for(layout(head, tall)), 91.0);
        // Without a sticky head the text counts too: too far apart, the
        // control comes in at the bottom.
        assert_eq!(scroll_for(layout(None, None)), 91.0);
        // No control and a sticky head: nothing to do.
        let mut none = layout(head, None);
        none.target = None;
        assert_eq!(scroll_for(none), 0.0);
    }
}
