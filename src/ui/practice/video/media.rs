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

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::{i18n::k, ui::i18n::use_i18n};

/// Plays a short, soft tone of 440 Hz. Silently does nothing where the
/// browser has no audio.
pub fn play_tone() {
    let Ok(context) = web_sys::AudioContext::new() else {
        return;
    };
    let (Ok(oscillator), Ok(gain)) = (context.create_oscillator(), context.create_gain()) else {
        return;
    };
    oscillator.frequency().set_value(440.0);
    let now = context.current_time();
    let volume = gain.gain();
    volume.set_value(0.0);
    // A soft start and end, so it never clicks.
    let _ = volume.linear_ramp_to_value_at_time(0.2, now + 0.05);
    let _ = volume.linear_ramp_to_value_at_time(0.0, now + 1.0);
    if oscillator.connect_with_audio_node(&gain).is_err()
        || gain
            .connect_with_audio_node(&context.destination())
            .is_err()
    {
        return;
    }
    let _ = oscillator.start();
    let _ = oscillator.stop_with_when(now + 1.05);
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
    let stream: StoredValue<Option<web_sys::MediaStream>, LocalStorage> =
        StoredValue::new_local(None);
    let stop = move || {
        if let Some(s) = stream.try_update_value(Option::take).flatten() {
            stop_tracks(&s);
        }
        if let Some(v) = video.get_untracked() {
            v.set_src_object(None);
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
                    v.set_src_object(Some(&s));
                    let _ = v.play();
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
fn stop_tracks(stream: &web_sys::MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            track.stop();
        }
    }
}

/// Asks the browser for the camera (never the microphone).
async fn open_camera() -> Result<web_sys::MediaStream, Own> {
    let devices = web_sys::window()
        .and_then(|w| w.navigator().media_devices().ok())
        .ok_or(Own::NoCamera)?;
    let constraints = web_sys::MediaStreamConstraints::new();
    constraints.set_video(&JsValue::TRUE);
    constraints.set_audio(&JsValue::FALSE);
    let promise = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|_| Own::NoCamera)?;
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(stream) => stream.dyn_into().map_err(|_| Own::NoCamera),
        Err(error) => {
            let name = error
                .dyn_ref::<web_sys::DomException>()
                .map(|e| e.name())
                .unwrap_or_default();
            Err(match name.as_str() {
                "NotAllowedError" | "SecurityError" => Own::Refused,
                _ => Own::NoCamera,
            })
        }
    }
}
