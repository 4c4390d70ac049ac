/*!
A handful of line icons, drawn inline so they need no request and follow
the text colour (and so high contrast) automatically. Always decorative:
the text beside them carries the meaning.
*/

use leptos::prelude::*;

fn path(name: &str) -> &'static str {
    match name {
        "home" => "M3 11l9-8 9 8M5 10v10h5v-6h4v6h5V10",
        "help" => "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17.5v.5",
        "settings" => "M4 7h10M18 7h2M4 17h2M10 17h10M16 4v6M8 14v6",
        "info" => "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 11v6M12 7.5v.5",
        "globe" => "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM3 12h18M12 3c2.5 2.7 3.5 5.7 3.5 9s-1 6.3-3.5 9c-2.5-2.7-3.5-5.7-3.5-9s1-6.3 3.5-9z",
        "shield" => "M12 3l8 3v6c0 4.5-3.4 8-8 9-4.6-1-8-4.5-8-9V6zM8.5 12l2.5 2.5 4.5-5",
        "check" => "M5 12.5l4.5 4.5L19 7.5",
        "arrow" => "M15 5l-7 7 7 7",
        "lock" => "M7 11V8a5 5 0 0 1 10 0v3M6 11h12v9H6z",
        "forward" => "M9 5l7 7-7 7",
        "phone" => "M8 3h8a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1zM11 18h2",
        "clock" => "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 2",
        "map" => "M12 21s-7-6.2-7-11a7 7 0 0 1 14 0c0 4.8-7 11-7 11zM12 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z",
        "speaker" => "M4 9h4l5-4v14l-5-4H4zM16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12",
        "bulb" => "M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2V16h5v-.1c0-.8.4-1.5 1-2A6 6 0 0 0 12 3z",
        "medal" => "M8 2h3l1.5 5M16 2h-3l-1.5 5M12 22a6 6 0 1 0 0-12 6 6 0 0 0 0 12z",
        "book" => "M4 5.5C6.5 4 9.5 4 12 6c2.5-2 5.5-2 8-.5V19c-2.5-1.5-5.5-1.5-8 .5-2.5-2-5.5-2-8-.5zM12 6v13.5",
        "menu" => "M4 6h16M4 12h16M4 18h16",
        _ => "",
    }
}

/// A decorative icon by name.
#[component]
pub fn Icon(name: &'static str) -> impl IntoView {
    view! {
        <svg
            class=format!("icon icon-{name}")
            viewBox="0 0 24 24"
            aria-hidden="true"
            focusable="false"
        >
            <path d=path(name) />
        </svg>
    }
}
