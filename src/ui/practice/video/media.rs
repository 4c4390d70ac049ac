/*!
The two real things in the video practice: a test tone the learner can
hear (made by the browser, nothing is recorded or fetched), and, only
when the learner chooses it, a look at their own camera.

"Probeer je eigen camera" is off until pressed. It explains first that
nothing is recorded, saved or sent; the picture stays in this page (no
network call carries it, the CSP allows none) and stops when the learner
presses stop or leaves the page. Everything works without it, and a
missing camera or a "no" from the browser gets a kind message.
*/

use js_sys::{Array, Function, Object, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::{i18n::k, ui::i18n::use_i18n};

// The calls below go through `Reflect` rather than web-sys's typed
// bindings: typed bindings add their glue to the one JavaScript file every
// first visit downloads, and these few calls run only in the video practice.

/// `target[key]`, or `None` when the browser has no such thing.
fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn set(target: &JsValue, key: &str, value: &JsValue) {
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}

/// `target.method(...args)`; `None` when it is missing or throws.
fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    let function: Function = get(target, method)?.dyn_into().ok()?;
    function.apply(target, &args.iter().collect::<Array>()).ok()
}

/// Plays a short, soft tone of 440 Hz. Silently does nothing where the
/// browser has no audio.
pub fn play_tone() {
    let _ = tone();
}

fn tone() -> Option<()> {
    let window: JsValue = web_sys::window()?.into();
    let audio: Function = get(&window, "AudioContext")?.dyn_into().ok()?;
    let context = Reflect::construct(&audio, &Array::new()).ok()?;
    let oscillator = call(&context, "createOscillator", &[])?;
    let gain = call(&context, "createGain", &[])?;
    set(&get(&oscillator, "frequency")?, "value", &440.0.into());
    let now = get(&context, "currentTime")?.as_f64()?;
    let volume = get(&gain, "gain")?;
    set(&volume, "value", &0.0.into());
    // A soft start and end, so it never clicks.
    let ramp = "linearRampToValueAtTime";
    call(&volume, ramp, &[0.2.into(), (now + 0.05).into()])?;
    call(&volume, ramp, &[0.0.into(), (now + 1.0).into()])?;
    call(&oscillator, "connect", std::slice::from_ref(&gain))?;
    call(&gain, "connect", &[get(&context, "destination")?])?;
    call(&oscillator, "start", &[])?;
    call(&oscillator, "stop", &[(now + 1.05).into()])?;
    Some(())
}

/// What the own-camera panel shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Own {
    Off,
    Starting,
    On,
    Refused,
    NoCamera,
}

/// "Probeer je eigen camera": optional, off by default.
#[component]
pub fn OwnCamera() -> impl IntoView {
    let i18n = use_i18n();
    let state = RwSignal::new(Own::Off);
    let video = NodeRef::<leptos::html::Video>::new();
    // The stream lives in the browser only; kept to stop it.
    let stream: StoredValue<Option<JsValue>, LocalStorage> = StoredValue::new_local(None);
    let stop = move || {
        if let Some(s) = stream.try_update_value(Option::take).flatten() {
            stop_tracks(&s);
        }
        if let Some(v) = video.get_untracked() {
            set(&v, "srcObject", &JsValue::NULL);
        }
    };
    on_cleanup(stop);
    let start = move |_| {
        state.set(Own::Starting);
        leptos::task::spawn_local(async move {
            match open_camera().await {
                Ok(s) => {
                    // Left the page while the browser asked: stop at once.
                    let Some(v) = video.get_untracked() else {
                        stop_tracks(&s);
                        return;
                    };
                    set(&v, "srcObject", &s);
                    let _ = call(&v, "play", &[]);
                    stream.set_value(Some(s));
                    state.set(Own::On);
                }
                Err(e) => state.set(e),
            }
        });
    };
    let stop_click = move |_| {
        stop();
        state.set(Own::Off);
    };
    let message = move || match state.get() {
        Own::Refused => Some(i18n.t(k::VIDEO_OWN_REFUSED)),
        Own::NoCamera => Some(i18n.t(k::VIDEO_OWN_NONE)),
        Own::Off | Own::Starting | Own::On => None,
    };
    view! {
        <section class="own-camera" aria-labelledby="own-camera-title">
            <h2 id="own-camera-title">{i18n.t(k::VIDEO_OWN_TITLE)}</h2>
            <p>{i18n.t(k::VIDEO_OWN_TEXT)}</p>
            <video
                node_ref=video
                class="own-camera-view"
                hidden=move || state.get() != Own::On
                muted=true
                playsinline=true
                aria-label=i18n.t(k::VIDEO_OWN_VIEW)
            ></video>
            {move || message().map(|m| view! { <p class="own-camera-note" role="status">{m}</p> })}
            {move || {
                if state.get() == Own::On {
                    view! {
                        <button class="button secondary" type="button" on:click=stop_click>
                            {i18n.t(k::VIDEO_OWN_STOP)}
                        </button>
                    }
                    .into_any()
                } else {
                    view! {
                        <button
                            class="button secondary"
                            type="button"
                            disabled=move || state.get() == Own::Starting
                            on:click=start
                        >
                            {i18n.t(k::VIDEO_OWN_START)}
                        </button>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

/// Stops the camera: the browser's "in use" light goes out.
fn stop_tracks(stream: &JsValue) {
    if let Some(tracks) = call(stream, "getTracks", &[]) {
        for track in Array::from(&tracks).iter() {
            let _ = call(&track, "stop", &[]);
        }
    }
}

/// Asks the browser for the camera (never the microphone).
async fn open_camera() -> Result<JsValue, Own> {
    let navigator: JsValue = web_sys::window().ok_or(Own::NoCamera)?.navigator().into();
    let devices = get(&navigator, "mediaDevices").ok_or(Own::NoCamera)?;
    let constraints = Object::new();
    set(&constraints, "video", &JsValue::TRUE);
    set(&constraints, "audio", &JsValue::FALSE);
    let promise: Promise = call(&devices, "getUserMedia", &[constraints.into()])
        .and_then(|p| p.dyn_into().ok())
        .ok_or(Own::NoCamera)?;
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(stream) => Ok(stream),
        Err(error) => Err(
            match get(&error, "name").and_then(|n| n.as_string()).as_deref() {
                Some("NotAllowedError" | "SecurityError") => Own::Refused,
                _ => Own::NoCamera,
            },
        ),
    }
}
