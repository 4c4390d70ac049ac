/*!
A learner's sign as a picture: a white symbol on a disk of the sign's
colour. Always decorative: the sign's name is said in words beside it (or
the control around it is named), so it never depends on colour or sight.
*/

use leptos::prelude::*;

use crate::model::learners::Sign;

/// The sign's picture; a question mark on grey while the learner at the
/// device has none.
#[component]
pub fn SignPicture(#[prop(into)] sign: Signal<Option<Sign>>) -> impl IntoView {
    let class = move || match sign.get() {
        Some(s) => format!("sign sign-{}", s.colour.id()),
        None => "sign sign-none".to_owned(),
    };
    view! {
        <span class=class aria-hidden="true">
            {move || match sign.get() {
                Some(s) => {
                    let src = format!("/img/teken/{}.svg", s.symbol.id());
                    view! { <img src=src alt="" width="24" height="24" /> }.into_any()
                }
                None => "?".into_any(),
            }}
        </span>
    }
}
