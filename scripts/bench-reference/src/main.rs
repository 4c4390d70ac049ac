//! The smallest app that still uses what Oefenplein's shell uses: Leptos in
//! client-side mode, the router with two routes and links between them.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

fn main() {
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    view! {
        <Router>
            <main>
                <Routes fallback=|| view! { <p>"Page not found."</p> }>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/about") view=About />
                </Routes>
            </main>
        </Router>
    }
}

#[component]
fn Home() -> impl IntoView {
    view! {
        <h1>"Reference"</h1>
        <p>
            "A bare Leptos app with a router. The bench loads it next to the real "
            "app to show how much of the load time is the framework itself."
        </p>
        <ul>
            <li><A href="/about">"About this page"</A></li>
            <li><A href="/about#more">"More about it"</A></li>
        </ul>
    }
}

#[component]
fn About() -> impl IntoView {
    view! {
        <h1>"About"</h1>
        <p id="more">"Nothing else happens here."</p>
        <p><A href="/">"Back home"</A></p>
    }
}
