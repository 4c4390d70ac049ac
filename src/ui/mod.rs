/*!
The Leptos views. Views are thin: they read the models through the
contexts in [`i18n`] and [`prefs`], show text from `locales/`, and call model
methods on events. Browser calls other than storage live in [`dom`].
*/

pub mod app;
pub mod dom;
pub mod focus;
pub mod header;
pub mod i18n;
pub mod icon;
pub mod kiosk;
pub mod language_menu;
pub mod lazy;
pub mod medal;
pub mod notice;
pub mod pages;
pub mod practice;
pub mod prefs;
pub mod presenter;
pub mod read_aloud;
pub mod sign;
pub mod speech;
pub mod title;
