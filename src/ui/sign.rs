/*!
A learner's sign as a picture: a white symbol on a disk of the sign's
colour. Always decorative: the sign's name is said in words beside it (or
the control around it is named), so it never depends on colour or sight.

The picture is drawn by CSS from two classes (`sign-<colour>`,
`symbol-<symbol>`), so the header, which every visit loads, needs no more
than [`class`].
*/

use leptos::prelude::*;

use crate::model::learners::Sign;

/// The classes that draw a sign; a question mark on grey without one.
pub fn class(sign: Option<Sign>) -> String {
    match sign {
        Some(s) => format!("sign sign-{} symbol-{}", s.colour.id(), s.symbol.id()),
        None => "sign sign-none".to_owned(),
    }
}

/// The sign's picture.
#[component]
pub fn SignPicture(#[prop(into)] sign: Signal<Option<Sign>>) -> impl IntoView {
    view! { <span class=move || class(sign.get()) aria-hidden="true"></span> }
}
