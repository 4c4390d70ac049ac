//! One file per page; each is a thin view over the models.

pub mod about;
pub mod help;
pub mod home;
pub mod lesson;
pub mod lesson_done;
pub mod lesson_nav;
pub mod not_found;
pub mod practice;
pub mod settings;
pub mod task;
