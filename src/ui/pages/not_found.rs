//! A friendly page for a path that does not exist.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    i18n::k,
    routes,
    ui::{i18n::use_i18n, icon::Icon, title::use_page_title},
};

#[component]
pub fn NotFound() -> impl IntoView {
    use_page_title(k::NOT_FOUND_TITLE);
    let i18n = use_i18n();
    view! {
        <div class="page not-found">
            <h1>{i18n.t(k::NOT_FOUND_TITLE)}</h1>
            <p class="lead">{i18n.t(k::NOT_FOUND_TEXT)}</p>
            <A href=routes::HOME_HREF attr:class="button">
                <Icon name="arrow" />
                <span>{i18n.t(k::BACK_HOME)}</span>
            </A>
        </div>
    }
}
