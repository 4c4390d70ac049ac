//! "Oefenbasis": the basics' simple website, on its own (no phone or
//! oefenkaart beside it: these exercises need neither).

use leptos::prelude::*;

use super::{area_section, AreaProps, ScreenProps};
use crate::{
    practice::{basics::Basics, Action, State},
    ui::{lazy::split_view, practice::basics::framed},
};

framed_screen!(basics: Basics, Basics, framed);

split_view! { basics: pub fn area(props: AreaProps) {
    area_section(None, screen_of(props.screen()).into_any())
} }
