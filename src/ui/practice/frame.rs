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
    /// Draws the lock icon before the address, when a service makes it a
    /// button (the site's settings); a plain picture otherwise.
    #[prop(optional, into)]
    lock: Option<ViewFn>,
    children: Children,
) -> impl IntoView {
    let lock = lock.map_or_else(|| view! { <Icon name="lock" /> }.into_any(), |f| f.run());
    view! {
        <div class="practice-frame" lang="nl" dir="ltr">
            <div class="frame-bar">
                <span class="frame-mark">{practice(p::FRAME_LABEL)}</span>
                <span class="frame-address">
                    {lock}
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
