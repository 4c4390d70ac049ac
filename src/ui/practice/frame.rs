//! The frame around every practice screen: a permanent "not real" mark,
//! an invented web address, and "opnieuw beginnen".

use leptos::prelude::*;

use crate::{
    i18n::{p, practice},
    ui::icon::Icon,
};

#[component]
pub fn PracticeFrame(
    /// The invented address shown in the address bar.
    #[prop(into)]
    address: Signal<String>,
    /// Starts the practice service over.
    on_restart: Callback<()>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="practice-frame" lang="nl" dir="ltr">
            <div class="frame-bar">
                <span class="frame-mark">{practice(p::FRAME_LABEL)}</span>
                <span class="frame-address">
                    <Icon name="lock" />
                    <span>{address}</span>
                </span>
                <button class="frame-restart" type="button" on:click=move |_| on_restart.run(())>
                    {practice(p::FRAME_RESTART)}
                </button>
            </div>
            <div class="practice-screen">{children()}</div>
        </div>
    }
}
