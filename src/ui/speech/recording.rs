/*!
A host's own recording of a text, played instead of the browser's voice
(see [`crate::model::speech::fallback::recording`]). It obeys the same
rule as speech: one reader at a time, and a reader that leaves the page
stops what it plays.
*/

use std::cell::RefCell;

use leptos::prelude::Set;
use wasm_bindgen::{closure::Closure, JsCast};

use super::{end_active, next_number, Reader};

thread_local! {
    /// A host's recording being played, with its `ended` handler.
    static RECORDING: RefCell<Option<Recording>> = const { RefCell::new(None) };
}

/// A host's recording being played.
struct Recording {
    /// The reader playing it.
    reader: u32,
    /// This play's number: a late answer from an earlier play is not ours.
    turn: u32,
    audio: web_sys::HtmlAudioElement,
    /// The handler of its end, kept alive while it plays.
    _ended: Closure<dyn FnMut()>,
}

/// Stops the recording that plays, if `only` is `None` or names its reader
/// (like [`end_active`] for speech).
pub(super) fn stop_recording(only: Option<u32>) {
    let stopped = RECORDING.with(|r| {
        let mut r = r.borrow_mut();
        if only.is_some_and(|id| r.as_ref().is_some_and(|rec| rec.reader != id)) {
            return None;
        }
        r.take()
    });
    if let Some(rec) = stopped {
        rec.audio.set_onended(None);
        let _ = rec.audio.pause();
    }
}

impl Reader {
    /// Plays a host's recording at `url` (see
    /// [`crate::model::speech::fallback::recording`]) instead of speech;
    /// when there is none, or it cannot play (offline, no sound), calls
    /// `otherwise`, so a missing recording is never noticed.
    pub fn play_or(self, url: String, otherwise: impl FnOnce() + 'static) {
        end_active(None);
        stop_recording(None);
        let Ok(audio) = web_sys::HtmlAudioElement::new_with_src(&url) else {
            otherwise();
            return;
        };
        self.speaking.set(true);
        let ended = Closure::<dyn FnMut()>::new(move || self.reset());
        audio.set_onended(Some(ended.as_ref().unchecked_ref()));
        // Registered before it starts: a learner who moves on while it
        // loads stops it too.
        let turn = next_number();
        RECORDING.with(|r| {
            *r.borrow_mut() = Some(Recording {
                reader: self.id,
                turn,
                audio: audio.clone(),
                _ended: ended,
            })
        });
        leptos::task::spawn_local(async move {
            let played = match audio.play() {
                Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
                Err(_) => false,
            };
            let ours = RECORDING.with(|r| r.borrow().as_ref().is_some_and(|rec| rec.turn == turn));
            // Stopped while it loaded: nothing more to do. Could not play:
            // speech reads instead.
            if !played && ours {
                stop_recording(Some(self.id));
                self.reset();
                otherwise();
            }
        });
    }
}
