/*!
The browser side of presenter mode: the broadcast channel between the
screen and the controls (the messages are in [`crate::model::presenter`]),
and opening the other window. A browser without `BroadcastChannel` still
shows both windows; they just do not follow each other.
*/

use leptos::prelude::*;

use crate::model::presenter::Message;

/// The channel, open while the component that opened it is drawn.
#[derive(Clone, Copy)]
pub struct Channel {
    #[cfg(target_arch = "wasm32")]
    inner: StoredValue<Option<web_sys::BroadcastChannel>, LocalStorage>,
}

impl Channel {
    /// Opens the channel; `on_message` hears every message of the other
    /// windows (never this window's own). Closed when the owner goes.
    pub fn open(on_message: impl Fn(Message) + 'static) -> Channel {
        #[cfg(target_arch = "wasm32")]
        {
            use wasm_bindgen::{closure::Closure, JsCast};
            let channel = web_sys::BroadcastChannel::new(crate::model::presenter::CHANNEL).ok();
            let listener = Closure::<dyn Fn(web_sys::MessageEvent)>::new(
                move |event: web_sys::MessageEvent| {
                    let text = event.data().as_string();
                    if let Some(message) = text.as_deref().and_then(Message::parse) {
                        on_message(message);
                    }
                },
            );
            if let Some(channel) = &channel {
                channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
            }
            // The listener lives until the channel is closed.
            let owned = send_wrapper::SendWrapper::new((channel.clone(), listener));
            on_cleanup(move || {
                let (channel, listener) = owned.take();
                if let Some(channel) = channel {
                    channel.set_onmessage(None);
                    channel.close();
                }
                drop(listener);
            });
            Channel {
                inner: StoredValue::new_local(channel),
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = on_message;
            Channel {}
        }
    }

    /// Tells the other windows.
    pub fn post(self, message: &Message) {
        #[cfg(target_arch = "wasm32")]
        self.inner.with_value(|channel| {
            if let Some(channel) = channel {
                let _ = channel.post_message(&message.to_text().into());
            }
        });
        #[cfg(not(target_arch = "wasm32"))]
        let _ = message;
    }
}

/// Opens `path` in the window called `name` (or brings that window to the
/// front with `path`): the screen or the controls. A blocked pop-up
/// changes nothing; the trainer can open the address by hand.
pub fn open_window(path: &str, name: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.open_with_url_and_target(path, name);
    }
}

/// Marks `<html>` while a lesson is presented: big text for the back of
/// the room (`html.presenting` in the stylesheet). Unmarked when the
/// presented page goes.
pub fn mark_presenting() {
    let root = || {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
    };
    if let Some(root) = root() {
        let _ = root.class_list().add_1("presenting");
    }
    on_cleanup(move || {
        if let Some(root) = root() {
            let _ = root.class_list().remove_1("presenting");
        }
    });
}
