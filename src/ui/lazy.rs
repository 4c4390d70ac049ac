/*!
Parts of the app that load when they are needed.

A learner on prepaid data who only looks at the home page should not pay
for the DigiD app practice. In release web builds (cargo feature `split`)
each function declared with [`split_view!`] is cut out of the main wasm
after the build and fetched the first time it is called; the service
worker keeps every chunk for offline use. Without the feature (native
tests, component tests, `make serve`) the same functions run directly, so
every test sees the same views.

A chunk that cannot be fetched (offline before the first visit finished,
a host that lost the file) never stops the app: [`Loaded`] shows a kind
message with "Opnieuw proberen" and the way home.
*/

use std::{future::Future, pin::Pin, sync::Arc};

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use crate::{i18n::k, routes, ui::i18n::use_i18n};

/// A part of the app could not be fetched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoadError;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for LoadError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        LoadError
    }
}

/// What a split function gives: a view, or why it could not load.
pub type Loading = Result<AnyView, LoadError>;

/// Declares view functions that live in the wasm chunk `$chunk`:
/// `split_view! { chunk_name: pub fn name(args) { body } }`. The body
/// returns anything that is `IntoView`; callers get an `async fn` that
/// returns [`Loading`]. Arguments must be plain values (signals,
/// callbacks, ids): no generics, no references.
macro_rules! split_view {
    ($chunk:ident: $(#[$meta:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) $body:block) => {
        $(#[$meta])*
        #[cfg(feature = "split")]
        #[allow(unused_braces)]
        #[::leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        $vis fn $name($($arg: $ty),*) -> $crate::ui::lazy::Loading {
            Ok(::leptos::prelude::untrack(move || ::leptos::prelude::IntoAny::into_any($body)))
        }

        $(#[$meta])*
        #[cfg(not(feature = "split"))]
        #[allow(unused_braces)]
        $vis async fn $name($($arg: $ty),*) -> $crate::ui::lazy::Loading {
            Ok(::leptos::prelude::untrack(move || ::leptos::prelude::IntoAny::into_any($body)))
        }
    };
}
pub(crate) use split_view;

/// A view on its way: what [`Loaded`] waits for.
pub type Pending = Pin<Box<dyn Future<Output = Loading>>>;

/// Starts loading a view; called again for "Opnieuw proberen".
#[derive(Clone)]
pub struct Loader(Arc<dyn Fn() -> Pending + Send + Sync>);

impl Loader {
    pub fn new<Fut>(load: impl Fn() -> Fut + Send + Sync + 'static) -> Self
    where
        Fut: Future<Output = Loading> + 'static,
    {
        Loader(Arc::new(move || Box::pin(load())))
    }
}

/// Shows what `loader` gives once it has arrived; a short "Laden…" before,
/// and a kind message with a retry if it cannot be fetched. Not generic:
/// every lazily loaded part shares this one piece of code.
#[component]
pub fn Loaded(loader: Loader) -> impl IntoView {
    let attempt = RwSignal::new(0u32);
    let i18n = use_i18n();
    view! {
        <Suspense fallback=move || view! {
            <p class="loading" role="status">{i18n.t(k::LOADING)}</p>
        }>
            {move || {
                attempt.track();
                let future = SendWrapper::new((loader.0)());
                Suspend::new(async move {
                    match future.await {
                        Ok(view) => view,
                        Err(LoadError) => view! { <LoadFailed attempt /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn LoadFailed(attempt: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="problem load-failed" role="alert">
            <h2>{i18n.t(k::LOAD_FAILED_TITLE)}</h2>
            <p>{i18n.t(k::LOAD_FAILED_TEXT)}</p>
            <div class="actions">
                <button class="button big" type="button" on:click=move |_| attempt.update(|n| *n += 1)>
                    {i18n.t(k::LOAD_FAILED_RETRY)}
                </button>
                <a class="button secondary big" href=routes::HOME_HREF>{i18n.t(k::BACK_HOME)}</a>
            </div>
        </div>
    }
}
