/*!
Read-aloud with the browser's own speech synthesis: no network, no files.
When the device has no voice for the language, [`speak`] says so and the
button tells the learner instead of failing silently.
*/

use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::model::lang::Lang;

/// Speaks `text` in `lang`. Returns false when no voice can speak it.
pub fn speak(text: &str, lang: Lang) -> bool {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return false;
    };
    let voice = synth
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok())
        .find(|v| Lang::from_tag(&v.lang()) == Some(lang));
    let Some(voice) = voice else {
        return false;
    };
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return false;
    };
    utterance.set_lang(&voice.lang());
    utterance.set_voice(Some(&voice));
    utterance.set_rate(0.9);
    synth.cancel();
    synth.speak(&utterance);
    true
}

/// Stops reading.
pub fn stop() {
    if let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
        synth.cancel();
    }
}
