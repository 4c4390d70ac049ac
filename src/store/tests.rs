//! Native tests for every way the device's storage can fail.

use super::*;
use crate::model::{saved::CURRENT_VERSION, settings::TextSize};

fn written_by_this_version(raw: &str) -> bool {
    raw.contains(&format!("\"version\":{CURRENT_VERSION}"))
}

/// A document as a later Oefenplein might write it.
fn from_the_future(rest: &str) -> String {
    format!(r#"{{"version":{},{rest}}}"#, CURRENT_VERSION + 1)
}

fn open(kv: &MemoryKv) -> (Store, Option<Notice>) {
    Store::open(Some(Box::new(kv.clone())))
}

fn saved_state(kv: &MemoryKv) -> SavedState {
    saved::load(kv.raw(KEY).as_deref()).state()
}

fn larger(state: &mut SavedState) {
    state.settings.text_size = TextSize::Larger;
}

#[test]
fn a_first_visit_saves_quietly() {
    let kv = MemoryKv::default();
    let (mut store, notice) = open(&kv);
    assert_eq!(notice, None);
    assert_eq!(store.update(larger), None);
    assert_eq!(saved_state(&kv).settings.text_size, TextSize::Larger);
    assert!(written_by_this_version(&kv.raw(KEY).unwrap()));
}

#[test]
fn no_storage_at_all_runs_from_memory() {
    let (mut store, notice) = Store::open(None);
    assert_eq!(notice, Some(Notice::Unavailable));
    assert_eq!(store.update(larger), None, "said once, not on every change");
    assert_eq!(store.state().settings.text_size, TextSize::Larger);
    assert_eq!(store.mode(), Mode::MemoryOnly(Notice::Unavailable));
}

#[test]
fn storage_that_throws_runs_from_memory() {
    let kv = MemoryKv::default();
    *kv.fail.borrow_mut() = Some((FailOn::Everything, StoreError::Unavailable));
    let (mut store, notice) = open(&kv);
    assert_eq!(notice, Some(Notice::Unavailable));
    assert_eq!(store.update(larger), None);
    assert_eq!(store.state().settings.text_size, TextSize::Larger);
}

#[test]
fn corrupt_json_is_backed_up_and_reset() {
    for raw in ["{kapot", "", "[]", "{\"version\":2,\"settings\":7}"] {
        let kv = MemoryKv::with(&[(KEY, raw)]);
        let (store, notice) = open(&kv);
        assert_eq!(notice, Some(Notice::Corrupt), "{raw:?}");
        assert_eq!(kv.raw(BACKUP_KEY).as_deref(), Some(raw));
        assert_eq!(saved_state(&kv), *store.state());
        assert_eq!(store.mode(), Mode::Saving);
    }
}

#[test]
fn what_can_be_read_from_a_damaged_document_is_kept() {
    let raw = r#"{"version":2,"settings":"x","progress":{"lessons":{"a":{"finished":true}}}}"#;
    let kv = MemoryKv::with(&[(KEY, raw)]);
    let (store, _) = open(&kv);
    assert!(store.state().progress.is_finished("a"));
    assert!(saved_state(&kv).progress.is_finished("a"));
}

#[test]
fn corrupt_json_is_left_alone_when_it_cannot_be_backed_up() {
    let kv = MemoryKv::with(&[(KEY, "{kapot")]);
    *kv.fail.borrow_mut() = Some((FailOn::Writes, StoreError::Full));
    let (mut store, notice) = open(&kv);
    assert_eq!(notice, Some(Notice::Corrupt));
    store.update(larger);
    assert_eq!(kv.raw(KEY).as_deref(), Some("{kapot"));
    assert_eq!(store.state().settings.text_size, TextSize::Larger);
}

#[test]
fn a_newer_document_is_never_overwritten() {
    let raw = from_the_future(r#""settings":{"high_contrast":true},"rewards":[1]"#);
    let kv = MemoryKv::with(&[(KEY, &raw)]);
    let (mut store, notice) = open(&kv);
    assert_eq!(notice, Some(Notice::Newer));
    assert!(store.state().settings.high_contrast);
    store.update(larger);
    assert_eq!(kv.raw(KEY).as_deref(), Some(raw.as_str()));
    assert_eq!(store.state().settings.text_size, TextSize::Larger);
}

#[test]
fn a_full_storage_says_so_once_and_keeps_working() {
    let kv = MemoryKv {
        quota: Some(10),
        ..MemoryKv::default()
    };
    let (mut store, notice) = open(&kv);
    assert_eq!(notice, None);
    assert_eq!(store.update(larger), Some(Notice::Full));
    assert_eq!(store.update(|s| s.settings.high_contrast = true), None);
    assert_eq!(store.state().settings.text_size, TextSize::Larger);
    assert!(store.state().settings.high_contrast);
    assert_eq!(store.mode(), Mode::MemoryOnly(Notice::Full));
}

#[test]
fn two_tabs_keep_each_others_changes() {
    let kv = MemoryKv::default();
    let (mut tab_a, _) = open(&kv);
    let (mut tab_b, _) = open(&kv);
    tab_a.update(larger);
    tab_b.update(|s| s.progress.finish("digid-web", 0));
    tab_a.update(|s| s.progress.set_step("gp", 2));
    let saved = saved_state(&kv);
    assert_eq!(saved.settings.text_size, TextSize::Larger);
    assert!(saved.progress.is_finished("digid-web"));
    assert_eq!(saved.progress.lessons["gp"].step, 2);
    assert!(tab_b.reload(), "tab B sees tab A's changes");
    assert_eq!(*tab_b.state(), saved);
    assert!(!tab_b.reload(), "nothing new the second time");
}

#[test]
fn a_version_1_document_is_migrated_and_written_back() {
    let kv = MemoryKv::with(&[(KEY, r#"{"version":1,"reduce_motion":true}"#)]);
    let (store, notice) = open(&kv);
    assert_eq!(notice, None);
    assert!(store.state().settings.reduce_motion);
    assert!(written_by_this_version(&kv.raw(KEY).unwrap()));
}

#[test]
fn another_tab_breaking_the_document_does_not_lose_ours() {
    let kv = MemoryKv::default();
    let (mut store, _) = open(&kv);
    store.update(larger);
    kv.set(KEY, "{kapot").unwrap();
    store.update(|s| s.settings.high_contrast = true);
    let saved = saved_state(&kv);
    assert_eq!(saved.settings.text_size, TextSize::Larger);
    assert!(saved.settings.high_contrast);
}

#[test]
fn a_newer_version_in_another_tab_stops_our_writes() {
    let kv = MemoryKv::default();
    let (mut store, _) = open(&kv);
    let newer = r#"{"version":5}"#;
    kv.set(KEY, newer).unwrap();
    assert_eq!(store.update(larger), Some(Notice::Newer));
    assert_eq!(kv.raw(KEY).as_deref(), Some(newer));
}

#[test]
fn storage_switched_off_mid_visit_keeps_the_change() {
    let kv = MemoryKv::default();
    let (mut store, _) = open(&kv);
    *kv.fail.borrow_mut() = Some((FailOn::Everything, StoreError::Unavailable));
    assert_eq!(store.update(larger), Some(Notice::Unavailable));
    assert_eq!(store.state().settings.text_size, TextSize::Larger);
}

#[test]
fn clearing_a_newer_versions_document_lets_this_version_save_again() {
    let kv = MemoryKv::with(&[(KEY, &from_the_future(r#""settings":{}"#))]);
    let (mut store, _) = open(&kv);
    assert_eq!(store.mode(), Mode::MemoryOnly(Notice::Newer));
    store.clear_all();
    assert_eq!(store.mode(), Mode::Saving);
    store.update(larger);
    assert_eq!(saved_state(&kv).settings.text_size, TextSize::Larger);
}

#[test]
fn clearing_without_storage_still_runs_from_memory() {
    let (mut store, _) = Store::open(None);
    store.clear_all();
    assert_eq!(store.mode(), Mode::MemoryOnly(Notice::Unavailable));
}

#[test]
fn clearing_removes_everything_we_saved() {
    let kv = MemoryKv::with(&[(KEY, "{kapot")]);
    let (mut store, _) = open(&kv);
    store.update(larger);
    store.clear_all();
    assert_eq!(kv.raw(KEY), None);
    assert_eq!(kv.raw(BACKUP_KEY), None);
    assert_eq!(*store.state(), SavedState::default());
}
