/*!
The input rule every practice field follows.

Two things can be wrong with what a learner types: it looks like their
real details (a BSN, an IBAN, an e-mail address, a mobile number), or it is
far longer than any field needs. Real-looking data must never reach a
service's state, so it is refused whole; over-long text is cut, and the
learner is told why the end went missing. The verdict is reached on the
whole value, before anything is cut, so a real number cannot slip in by
being just past the limit.

The warning about real data stays until the learner types again: a
field is judged when it is left, often by pressing the form's button, and
that press must not swap the warning for "fill in this field". Services
whose messages share one slot ([`Notice`]) follow that with [`note`] and
[`holds_submit`].
*/

use super::super::guard::{self, RealData};

/// Longest text kept from one field.
pub const MAX_INPUT: usize = 64;

/// What is kept of a typed value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Typed {
    /// Kept as typed.
    Kept(String),
    /// Longer than [`MAX_INPUT`]: the start is kept, and the learner is
    /// told the text was too long.
    Cut(String),
    /// Looks like real data of this kind: nothing is kept.
    Refused(RealData),
}

impl Typed {
    /// Judges a typed value: first whole, by the guard, then its length.
    pub fn judge(text: String) -> Typed {
        Typed::judge_up_to(text, MAX_INPUT)
    }

    /// Like [`Typed::judge`], for a field that holds up to `limit`
    /// characters (a question to the GP, say).
    pub fn judge_up_to(text: String, limit: usize) -> Typed {
        if let Some(kind) = guard::check(&text) {
            Typed::Refused(kind)
        } else if text.chars().count() > limit {
            Typed::Cut(text.chars().take(limit).collect())
        } else {
            Typed::Kept(text)
        }
    }

    /// The kind of real data, when the value was refused.
    pub fn refused(&self) -> Option<RealData> {
        match self {
            Typed::Refused(kind) => Some(*kind),
            Typed::Kept(_) | Typed::Cut(_) => None,
        }
    }

    /// Whether the value was cut at [`MAX_INPUT`].
    pub fn was_cut(&self) -> bool {
        matches!(self, Typed::Cut(_))
    }

    /// What goes into the field: nothing when the value was refused.
    pub fn into_value(self) -> String {
        match self {
            Typed::Kept(text) | Typed::Cut(text) => text,
            Typed::Refused(_) => String::new(),
        }
    }
}

/// Whether typed text would be refused; a view holds such text in its
/// field until the learner leaves it, so it is judged once, whole.
pub fn looks_real(text: &str) -> bool {
    guard::check(text).is_some()
}

/// A service's message that can carry the two notices of the input rule.
pub trait Notice: Copy {
    /// "This looks like real data of this kind".
    fn real_data(kind: RealData) -> Self;
    /// "This was too long; the end is cut off".
    fn too_long() -> Self;
    /// The kind, when this is the real-data warning.
    fn as_real_data(self) -> Option<RealData>;
    /// Whether this is the too-long notice.
    fn is_too_long(self) -> bool;
}

/// Implements [`Notice`] for a service's message enum whose variants
/// `RealData(RealData)` and `TooLong` are the input rule's notices.
macro_rules! notices_in {
    ($message:ty) => {
        impl $crate::practice::kit::input::Notice for $message {
            fn real_data(kind: $crate::practice::guard::RealData) -> Self {
                Self::RealData(kind)
            }
            fn too_long() -> Self {
                Self::TooLong
            }
            fn as_real_data(self) -> Option<$crate::practice::guard::RealData> {
                match self {
                    Self::RealData(kind) => Some(kind),
                    _ => None,
                }
            }
            fn is_too_long(self) -> bool {
                matches!(self, Self::TooLong)
            }
        }
    };
}
pub(crate) use notices_in;

/// Shows what the verdict on a typed value says in a service's one
/// message slot: a refusal warns, a cut says so, and a value kept as typed
/// takes an earlier notice of either kind away (the learner typed again).
/// Other messages (a wrong password, say) stay until the service clears
/// them.
pub fn note<N: Notice>(message: &mut Option<N>, typed: &Typed) {
    match typed {
        Typed::Refused(kind) => *message = Some(N::real_data(*kind)),
        Typed::Cut(_) => *message = Some(N::too_long()),
        Typed::Kept(_) => {
            if message.is_some_and(|m| m.as_real_data().is_some() || m.is_too_long()) {
                *message = None;
            }
        }
    }
}

/// Judges typed text by the input rule and notes the verdict in a
/// service's one message slot: what may go into the field, or `None` when
/// it looks like real data (nothing is kept; the service reports that).
pub fn accept<N: Notice>(message: &mut Option<N>, text: String, limit: usize) -> Option<String> {
    let typed = Typed::judge_up_to(text, limit);
    note(message, &typed);
    typed.refused().is_none().then(|| typed.into_value())
}

/// Whether a submit is to be ignored: the real-data warning is showing,
/// and only typing again takes it away.
pub fn holds_submit<N: Notice>(message: &Option<N>) -> bool {
    message.is_some_and(|m| m.as_real_data().is_some())
}

#[cfg(test)]
mod tests;
