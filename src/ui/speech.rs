/*!
Read-aloud with the browser's own speech synthesis: no network, no files.

Browsers fill their list of voices late: `getVoices()` is empty until the
`voiceschanged` event, on phones and PCs alike. So a reading first waits for
the voices (briefly), and only then may say "no voice" — and it asks again
at the next click, because a voice can be installed in the meantime.

A [`Reader`] is one read-aloud control and what it lights up. Only one
reader speaks at a time: starting one silences the other, and a reader that
leaves the page (a step changes, a message closes) stops its own reading.
The rules (which voice, which words are Dutch, which word is spoken) are in
[`crate::model::speech`]; this file only talks to the browser.
*/

use std::{
    cell::{Cell, RefCell},
    ops::Range,
};

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{
    SpeechSynthesis, SpeechSynthesisEvent, SpeechSynthesisUtterance, SpeechSynthesisVoice,
};

mod recording;

use recording::stop_recording;

use crate::model::{
    lang::Lang,
    speech::{
        fallback::{self, Reading},
        pick_voice, sentence_words, word_span, Piece, Voice,
    },
};

/// How long to wait for voices before believing there are none. Measured:
/// Chromium on Linux (speech-dispatcher, espeak-ng) lists its voices 3 to
/// 5.3 s after the first ask; phones and Windows within a fraction of that.
/// The button says "Stop" meanwhile, so the wait is visible.
const VOICE_WAIT_MS: f64 = 6000.0;

/// What a reader shows: whether it speaks, which words are lit, and whether
/// its last try found no voice.
#[derive(Clone, Copy)]
pub struct Reader {
    id: u32,
    speaking: RwSignal<bool>,
    lit: RwSignal<Option<Range<usize>>>,
    no_voice: RwSignal<bool>,
    /// The last reading had only Dutch labels to say: no voice speaks the
    /// learner's language here.
    dutch_only: RwSignal<bool>,
}

/// Utterances with their event handlers, kept alive here: the browser may
/// drop an utterance nobody holds mid-sentence.
type Spoken = Vec<(SpeechSynthesisUtterance, Vec<Closure<dyn FnMut(JsValue)>>)>;

/// The reading under way: whose it is, and what it says.
struct Active {
    reader: Reader,
    reading: u32,
    utterances: Spoken,
}

thread_local! {
    static NEXT: Cell<u32> = const { Cell::new(1) };
    static ACTIVE: RefCell<Option<Active>> = const { RefCell::new(None) };
    /// Handlers of ended readings. They may still be running when their
    /// reading ends (an `end` handler ends it), so they are dropped only at
    /// the next click.
    static RETIRED: RefCell<Vec<Spoken>> = const { RefCell::new(vec![]) };
}

fn next_number() -> u32 {
    NEXT.with(|n| {
        let v = n.get();
        n.set(v.wrapping_add(1));
        v
    })
}

fn synth() -> Option<SpeechSynthesis> {
    web_sys::window().and_then(|w| w.speech_synthesis().ok())
}

/// Ends the active reading, if `only` is `None` or names its reader: its
/// handlers are detached, the browser stops, its reader shows "not
/// speaking".
fn end_active(only: Option<u32>) {
    let ended = ACTIVE.with(|a| {
        let mut a = a.borrow_mut();
        if only.is_some_and(|id| a.as_ref().is_some_and(|act| act.reader.id != id)) {
            return None;
        }
        a.take()
    });
    let Some(active) = ended else {
        return;
    };
    for (utterance, _) in &active.utterances {
        utterance.set_onstart(None);
        utterance.set_onboundary(None);
        utterance.set_onend(None);
        utterance.set_onerror(None);
    }
    if let Some(synth) = synth() {
        synth.cancel();
    }
    active.reader.reset();
    RETIRED.with(|r| r.borrow_mut().push(active.utterances));
}

/// True while `reading` of `reader` is the one under way.
fn is_current(reader: u32, reading: u32) -> bool {
    ACTIVE.with(|a| {
        a.borrow()
            .as_ref()
            .is_some_and(|act| act.reader.id == reader && act.reading == reading)
    })
}

/// The voices, waiting up to [`VOICE_WAIT_MS`] for the browser to list them
/// (a `voiceschanged` with an empty list keeps waiting).
async fn voices(synth: &SpeechSynthesis) -> Vec<SpeechSynthesisVoice> {
    let list = |synth: &SpeechSynthesis| -> Vec<SpeechSynthesisVoice> {
        synth
            .get_voices()
            .iter()
            .filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok())
            .collect()
    };
    let deadline = js_sys::Date::now() + VOICE_WAIT_MS;
    loop {
        let now = list(synth);
        let left = deadline - js_sys::Date::now();
        let Some(window) = web_sys::window() else {
            return now;
        };
        if !now.is_empty() || left <= 0.0 {
            return now;
        }
        // Whichever comes first resolves the promise: the event or the timeout.
        let wait = js_sys::Promise::new(&mut |resolve, _reject| {
            let once = web_sys::AddEventListenerOptions::new();
            once.set_once(true);
            let _ = synth.add_event_listener_with_callback_and_add_event_listener_options(
                "voiceschanged",
                &resolve,
                &once,
            );
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                left.ceil() as i32,
            );
        });
        let _ = wasm_bindgen_futures::JsFuture::from(wait).await;
    }
}

impl Default for Reader {
    fn default() -> Self {
        Self::new()
    }
}

impl Reader {
    /// A reader for the current view; it stops its reading when the view
    /// goes away.
    pub fn new() -> Self {
        let reader = Reader {
            id: next_number(),
            speaking: RwSignal::new(false),
            lit: RwSignal::new(None),
            no_voice: RwSignal::new(false),
            dutch_only: RwSignal::new(false),
        };
        // A reader that goes (the learner moved to another step) stops
        // what it reads, a recording too.
        on_cleanup(move || {
            end_active(Some(reader.id));
            stop_recording(Some(reader.id));
        });
        reader
    }

    /// True from the click until the reading ends or is stopped.
    pub fn speaking(self) -> bool {
        self.speaking.get()
    }

    /// True when the last try found no voice.
    pub fn no_voice(self) -> bool {
        self.no_voice.get()
    }

    /// True when the last try read only the Dutch labels.
    pub fn dutch_only(self) -> bool {
        self.dutch_only.get()
    }

    /// Whether word `index` of the text is being spoken.
    pub fn is_lit(self, index: usize) -> bool {
        self.lit
            .with(|l| l.as_ref().is_some_and(|r| r.contains(&index)))
    }

    fn reset(self) {
        let _ = self.speaking.try_set(false);
        let _ = self.lit.try_set(None);
    }

    /// Stops this reader's reading, if it is the one speaking.
    pub fn stop(self) {
        end_active(Some(self.id));
        stop_recording(Some(self.id));
        self.reset();
    }

    /// Reads `text`, written in `lang`, at `rate`. Dutch labels inside
    /// another language get a Dutch voice when there is one; `original` is
    /// the Dutch text it was translated from, if any, which shows them.
    pub fn read(self, text: String, lang: Lang, original: String, rate: f32) {
        end_active(None);
        stop_recording(None);
        RETIRED.with(|r| r.borrow_mut().clear());
        let reading = next_number();
        ACTIVE.with(|a| {
            *a.borrow_mut() = Some(Active {
                reader: self,
                reading,
                utterances: vec![],
            })
        });
        self.speaking.set(true);
        leptos::task::spawn_local(async move {
            let Some(synth) = synth() else {
                self.give_up(reading);
                return;
            };
            let all = voices(&synth).await;
            if !is_current(self.id, reading) {
                return;
            }
            let tags: Vec<(String, bool)> =
                all.iter().map(|v| (v.lang(), v.local_service())).collect();
            let own = pick_voice(&tags, lang).and_then(|i| all.get(i));
            let dutch = pick_voice(&tags, Lang::Nl).and_then(|i| all.get(i));
            let (plan, dutch_only) =
                match fallback::reading(&text, lang, &original, own.is_some(), dutch.is_some()) {
                    Reading::All(plan) => (plan, false),
                    Reading::DutchOnly(plan) => (plan, true),
                    Reading::Nothing => return self.give_up(reading),
                };
            let (Some(own), Some(dutch)) = (own.or(dutch), dutch.or(own)) else {
                return self.give_up(reading);
            };
            let _ = self.no_voice.try_set(false);
            let _ = self.dutch_only.try_set(dutch_only);
            let utterances = self.utterances(&text, &plan, own, dutch, rate, reading);
            if utterances.is_empty() {
                self.give_up(reading);
                return;
            }
            for (utterance, _) in &utterances {
                synth.speak(utterance);
            }
            ACTIVE.with(|a| {
                if let Some(act) = a.borrow_mut().as_mut() {
                    act.utterances = utterances;
                }
            });
        });
    }

    /// Says "no voice", kindly, until the next click tries again.
    fn give_up(self, reading: u32) {
        if is_current(self.id, reading) {
            end_active(Some(self.id));
        }
        self.reset();
        let _ = self.dutch_only.try_set(false);
        let _ = self.no_voice.try_set(true);
    }

    /// One utterance per piece, with handlers that light up the words.
    fn utterances(
        self,
        text: &str,
        plan: &[Piece],
        own: &SpeechSynthesisVoice,
        dutch: &SpeechSynthesisVoice,
        rate: f32,
        reading: u32,
    ) -> Spoken {
        // Once a voice has reported a word, pieces start on their first word
        // rather than their whole sentence.
        let words_seen = std::rc::Rc::new(Cell::new(false));
        let last = plan.len().saturating_sub(1);
        plan.iter()
            .enumerate()
            .filter_map(|(n, piece)| {
                let utterance =
                    SpeechSynthesisUtterance::new_with_text(&text[piece.range.clone()]).ok()?;
                let voice = match piece.voice {
                    Voice::Learner => own,
                    Voice::Dutch => dutch,
                };
                utterance.set_voice(Some(voice));
                utterance.set_lang(&voice.lang());
                utterance.set_rate(rate);
                let (full, range, seen) =
                    (text.to_string(), piece.range.clone(), words_seen.clone());
                let start = Closure::<dyn FnMut(JsValue)>::new(move |_| {
                    if is_current(self.id, reading) {
                        let lit = if seen.get() {
                            word_span(&full, &range, 0, 0)
                        } else {
                            Some(sentence_words(&full, range.start))
                        };
                        let _ = self.lit.try_set(lit);
                    }
                });
                let (full, range, seen) =
                    (text.to_string(), piece.range.clone(), words_seen.clone());
                let boundary = Closure::<dyn FnMut(JsValue)>::new(move |ev: JsValue| {
                    let Some(ev) = ev.dyn_ref::<SpeechSynthesisEvent>() else {
                        return;
                    };
                    if ev.name().as_deref() == Some("word") && is_current(self.id, reading) {
                        seen.set(true);
                        let lit = word_span(
                            &full,
                            &range,
                            ev.char_index(),
                            ev.char_length().unwrap_or(0),
                        );
                        if lit.is_some() {
                            let _ = self.lit.try_set(lit);
                        }
                    }
                });
                let end = Closure::<dyn FnMut(JsValue)>::new(move |_| {
                    if n == last && is_current(self.id, reading) {
                        end_active(Some(self.id));
                    }
                });
                // An error in any piece ends the whole reading.
                let error = Closure::<dyn FnMut(JsValue)>::new(move |_| {
                    if is_current(self.id, reading) {
                        end_active(Some(self.id));
                    }
                });
                utterance.set_onstart(Some(start.as_ref().unchecked_ref()));
                utterance.set_onboundary(Some(boundary.as_ref().unchecked_ref()));
                utterance.set_onend(Some(end.as_ref().unchecked_ref()));
                utterance.set_onerror(Some(error.as_ref().unchecked_ref()));
                Some((utterance, vec![start, boundary, end, error]))
            })
            .collect()
    }
}
