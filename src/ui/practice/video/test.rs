//! The test page (camera, microphone, sound), the browser's question,
//! and what happens after "Blokkeren": the blocked page and the fix
//! through the lock icon (computer) or the phone's settings.

use leptos::prelude::*;

use super::{media, portrait, VideoCtx};
use crate::{
    i18n::{p, practice},
    practice::video::{Action, Device, Look, Video, Word},
    ui::practice::lit,
};

/// The browser's question, over the page, with focus on its first
/// button (like the real one, it must be answered first).
pub fn question(ctx: VideoCtx) -> impl IntoView {
    let first = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if ctx.prefix == "live" {
            if let Some(b) = first.get() {
                let _ = b.focus();
            }
        }
    });
    let block = ctx.word(Word::Block);
    view! {
        <div
            class="permission-ask"
            role="alertdialog"
            aria-modal="true"
            aria-labelledby=ctx.id("ask-title")
        >
            <p class="permission-site" id=ctx.id("ask-title")>{practice(p::VIDEO_ASK_SITE)}</p>
            <ul class="permission-list">
                <li>{practice(p::VIDEO_ASK_CAMERA)}</li>
                <li>{practice(p::VIDEO_ASK_MIC)}</li>
            </ul>
            <div class="permission-buttons">
                <button
                    class="ps-button"
                    type="button"
                    node_ref=first
                    id=ctx.id("allow")
                    class:highlight=lit(ctx.highlight, "allow")
                    on:click=move |_| ctx.send(Action::Allow)
                >
                    {practice(p::VIDEO_ALLOW)}
                </button>
                {ctx.button("block", "ps-button secondary", block, Action::Block)}
            </div>
        </div>
    }
}

pub fn test(ctx: VideoCtx) -> impl IntoView {
    let state = ctx.state;
    let picture = move || state.with(|s| s.picture());
    let allowed =
        move || state.with(|s| s.permission == crate::practice::video::Permission::Allowed);
    let camera = move |device: Device, target: &'static str, word: Word| {
        device_choice(
            ctx,
            "camera",
            target,
            ctx.word(word),
            move || state.with(|s| s.camera == device),
            Action::Camera(device),
        )
    };
    let mic = move |device: Device, target: &'static str, word: Word| {
        device_choice(
            ctx,
            "mic",
            target,
            ctx.word(word),
            move || state.with(|s| s.mic == device),
            Action::Mic(device),
        )
    };
    let play = move |_| {
        media::play_tone();
        ctx.send(Action::PlayTone);
    };
    view! {
        <h2 class="ps-title">{practice(p::VIDEO_TEST_TITLE)}</h2>
        <div class="video-test">
            <fieldset class="video-part">
                <legend>{practice(p::VIDEO_CAMERA)}</legend>
                <div class="video-preview" class:dark=move || !picture()>
                    {move || if picture() {
                        view! { {portrait(false)}<span class="video-name">{practice(p::VIDEO_YOU)}</span> }.into_any()
                    } else if allowed() {
                        view! { <span>{practice(p::VIDEO_NO_PICTURE)}</span> }.into_any()
                    } else {
                        view! { <span>{practice(p::VIDEO_NO_ACCESS)}</span> }.into_any()
                    }}
                </div>
                {camera(Device::Builtin, "camera-builtin", Word::CameraBuiltin)}
                {camera(Device::Other, "camera-other", Word::CameraOther)}
            </fieldset>
            <fieldset class="video-part">
                <legend>{practice(p::VIDEO_MIC)}</legend>
                {mic(Device::Builtin, "mic-builtin", Word::MicBuiltin)}
                {mic(Device::Other, "mic-other", Word::MicOther)}
                <div class="video-meter">
                    <meter
                        min="0"
                        max="10"
                        value=move || if state.with(Video::mic_works) { "7" } else { "0" }
                        aria-label=practice(p::VIDEO_MIC)
                    ></meter>
                    {ctx.button("say-something", "ps-button secondary", practice(p::VIDEO_SAY_SOMETHING), Action::SaySomething)}
                </div>
                {move || state.with(Video::mic_works).then(|| view! {
                    <p class="video-ok">{practice(p::VIDEO_MIC_WORKS)}</p>
                })}
            </fieldset>
            <fieldset class="video-part">
                <legend>{practice(p::VIDEO_SOUND)}</legend>
                <button
                    class="ps-button secondary"
                    type="button"
                    id=ctx.id("play-tone")
                    class:highlight=lit(ctx.highlight, "play-tone")
                    on:click=play
                >
                    {practice(p::VIDEO_PLAY_TONE)}
                </button>
                {move || (state.with(|s| s.tone_played && !s.tone_heard)).then(|| view! {
                    <p>{practice(p::VIDEO_TONE_QUESTION)}</p>
                    <div class="ps-actions">
                        {ctx.button("tone-heard", "ps-button", practice(p::VIDEO_TONE_HEARD), Action::ToneHeard(true))}
                        {ctx.button("tone-not-heard", "ps-button secondary", practice(p::VIDEO_TONE_NOT_HEARD), Action::ToneHeard(false))}
                    </div>
                })}
                {move || state.with(|s| s.tone_heard).then(|| view! {
                    <p class="video-ok">{practice(p::VIDEO_SOUND_WORKS)}</p>
                })}
            </fieldset>
        </div>
        {ctx.problem_box()}
        <div class="ps-actions">
            {ctx.button("test-finish", "ps-button", practice(p::VIDEO_TEST_FINISH), Action::FinishTest)}
            {ctx.to_mail()}
        </div>
    }
}

/// One camera or microphone to choose: a radio button.
fn device_choice(
    ctx: VideoCtx,
    group: &'static str,
    target: &'static str,
    label: String,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    action: Action,
) -> impl IntoView {
    let id = ctx.id(target);
    view! {
        <label class="ps-choice" class:highlight=lit(ctx.highlight, target)>
            <input
                type="radio"
                name=ctx.id(group)
                id=id
                prop:checked=checked
                on:change=move |_| ctx.send(action.clone())
            />
            <span>{label}</span>
        </label>
    }
}

pub fn blocked(ctx: VideoCtx) -> impl IntoView {
    let phone = ctx.look() == Look::Phone;
    let why = if phone {
        p::VIDEO_BLOCKED_WHY_PHONE
    } else {
        p::VIDEO_BLOCKED_WHY
    };
    let how = if phone {
        p::VIDEO_BLOCKED_PHONE
    } else {
        p::VIDEO_BLOCKED_COMPUTER
    };
    view! {
        <h2 class="ps-title">{practice(p::VIDEO_BLOCKED_TITLE)}</h2>
        <div class="video-preview dark"><span>{practice(p::VIDEO_NO_ACCESS)}</span></div>
        <div class="ps-error" role="alert">
            <p>{practice(why)}</p>
            <p>{practice(how)}</p>
        </div>
        {phone.then(|| view! {
            <div class="phone-home">
                {ctx.button("fix-open", "phone-app", practice(p::VIDEO_OPEN_SETTINGS), Action::OpenFix)}
            </div>
        })}
        <div class="ps-actions">{ctx.to_mail()}</div>
    }
}

pub fn fix(ctx: VideoCtx) -> impl IntoView {
    let state = ctx.state;
    let phone = ctx.look() == Look::Phone;
    let switch = move |target: &'static str,
                       label: &'static str,
                       on: fn(&crate::practice::video::Video) -> bool,
                       action: fn(bool) -> Action| {
        let checked = move || state.with(on);
        view! {
            <div class="setting-row">
                <span id=ctx.id(&format!("{target}-label"))>{practice(label)}</span>
                <button
                    class="ps-switch"
                    type="button"
                    role="switch"
                    id=ctx.id(target)
                    class:highlight=lit(ctx.highlight, target)
                    aria-labelledby=ctx.id(&format!("{target}-label"))
                    aria-checked=move || checked().to_string()
                    on:click=move |_| ctx.send(action(!checked()))
                >
                    <span class="ps-switch-knob" aria-hidden="true"></span>
                    <span class="ps-switch-text">
                        {move || practice(if checked() { p::VIDEO_ALLOWED } else { p::VIDEO_NOT_ALLOWED })}
                    </span>
                </button>
            </div>
        }
    };
    let (title, note) = if phone {
        (p::VIDEO_SETTINGS_TITLE, p::VIDEO_SETTINGS_PATH)
    } else {
        (p::VIDEO_SITE_PERMISSIONS, p::VIDEO_SITE_SECURE)
    };
    view! {
        <div class="video-fix" class:site-info=!phone class:phone-settings=phone>
            <p class="video-fix-note">{practice(note)}</p>
            <h2 class="ps-title">{practice(title)}</h2>
            {switch("fix-camera", p::VIDEO_CAMERA, |s| s.camera_allowed, Action::FixCamera)}
            {switch("fix-mic", p::VIDEO_MIC, |s| s.mic_allowed, Action::FixMic)}
            {ctx.problem_box()}
            {(!phone).then(|| view! { <p>{practice(p::VIDEO_RELOAD_NOTE)}</p> })}
            <div class="ps-actions">
                {ctx.button("fix-done", "ps-button", ctx.word(Word::FixDone), Action::FixDone)}
            </div>
        </div>
    }
}
