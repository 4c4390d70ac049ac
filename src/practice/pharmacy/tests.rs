//! Every transition of the pharmacy app and its locker, natively.

use super::*;
use crate::practice::kit::phone;

use Action as A;

mod link;
mod locker;

/// Applies `actions` in order and returns the events of the last one.
fn run(pharmacy: &mut Pharmacy, actions: &[Action]) -> Vec<&'static str> {
    let mut last = vec![];
    for action in actions {
        let action = resolve(action, pharmacy);
        last = pharmacy.apply(action);
    }
    last
}

/// Checks that `action` after `before` gives exactly `events`, and
/// returns the pharmacy for more checks.
fn check(before: &[Action], action: Action, events: &[&str]) -> Pharmacy {
    let mut pharmacy = Pharmacy::new(7);
    run(&mut pharmacy, before);
    let action = resolve(&action, &pharmacy);
    let got = pharmacy.apply(action.clone());
    assert_eq!(got, events, "{action:?} after {before:?}");
    pharmacy
}

fn code(value: &str) -> Action {
    A::LinkCode(value.into())
}

fn birth(value: &str) -> Action {
    A::LinkBirth(value.into())
}

fn linking() -> Vec<Action> {
    vec![A::Install(App::Real), A::OpenApp, A::StartLink]
}

fn linked() -> Vec<Action> {
    vec![A::Setup(Setup::Linked)]
}

/// Linked, an omeprazol order for `how` placed.
fn ordered(how: Pickup) -> Vec<Action> {
    vec![
        A::Setup(Setup::Linked),
        A::Open(Page::Order),
        A::Pick(Medicine::Omeprazol, true),
        A::OrderNext,
        A::Pickup(how),
        A::PickupNext,
        A::PlaceOrder,
    ]
}

fn with(mut first: Vec<Action>, more: &[Action]) -> Vec<Action> {
    first.extend_from_slice(more);
    first
}

/// Ordered for the locker, two days later: the code is on the phone.
fn ready() -> Vec<Action> {
    with(ordered(Pickup::Locker), &[A::WaitDays(2)])
}

#[test]
fn it_starts_in_the_store_with_a_code_on_the_receipt() {
    let pharmacy = Pharmacy::new(7);
    assert_eq!(pharmacy.screen, Screen::Store);
    assert_eq!(pharmacy.place, Place::Phone);
    assert_eq!(pharmacy.link_code.len(), LINK_CODE_LENGTH);
    assert!(crate::practice::guard::check(&pharmacy.link_code).is_none());
    assert_eq!(pharmacy.printed_link_code().len(), LINK_CODE_LENGTH + 2);
    assert_ne!(Pharmacy::new(8).link_code, pharmacy.link_code, "seeded");
}

#[test]
fn the_look_alike_app_is_refused_kindly() {
    let pharmacy = check(&[], A::Install(App::Other), &["wrong-app"]);
    assert!(!pharmacy.installed);
    assert_eq!(pharmacy.problem, Some(Problem::WrongApp));
    // The app cannot be opened before it is installed.
    check(&[], A::OpenApp, &[]);
    let pharmacy = check(
        &[A::Install(App::Other)],
        A::Install(App::Real),
        &["installed"],
    );
    assert_eq!(pharmacy.problem, None);
}

#[test]
fn the_tiles_open_their_pages_only_once_linked() {
    for (page, screen, event) in [
        (Page::Medicines, Screen::Medicines, "medicines-opened"),
        (Page::Order, Screen::Order, "order-opened"),
        (Page::Status, Screen::Status, "status-opened"),
        (Page::Reminder, Screen::Reminder, "reminder-opened"),
        (Page::Home, Screen::Home, "home-opened"),
    ] {
        let pharmacy = check(&linked(), A::Open(page), &[event]);
        assert_eq!(pharmacy.screen, screen);
        check(&linking(), A::Open(page), &[]);
    }
}

#[test]
fn picking_medicines_and_the_one_that_needs_a_check_up() {
    let before = with(linked(), &[A::Open(Page::Order)]);
    let pharmacy = check(&before, A::Pick(Medicine::Metformine, true), &["picked"]);
    assert_eq!(pharmacy.picked, [Medicine::Metformine]);
    let pharmacy = check(
        &before,
        A::Pick(Medicine::Atorvastatine, true),
        &["needs-check"],
    );
    assert!(pharmacy.picked.is_empty());
    assert_eq!(pharmacy.problem, Some(Problem::NeedsCheck));
    let picked = with(before.clone(), &[A::Pick(Medicine::Metformine, true)]);
    let pharmacy = check(&picked, A::Pick(Medicine::Metformine, false), &["unpicked"]);
    assert!(pharmacy.picked.is_empty());
    // Picked twice is still one box; the list keeps the page's order.
    let twice = with(
        before.clone(),
        &[
            A::Pick(Medicine::Amlodipine, true),
            A::Pick(Medicine::Omeprazol, true),
        ],
    );
    let pharmacy = check(&twice, A::Pick(Medicine::Amlodipine, true), &["picked"]);
    assert_eq!(pharmacy.picked, [Medicine::Omeprazol, Medicine::Amlodipine]);
    assert!(Medicine::ALL.iter().filter(|m| !m.repeatable()).count() == 1);
}

#[test]
fn the_order_needs_a_medicine_and_a_way_to_get_it() {
    let before = with(linked(), &[A::Open(Page::Order)]);
    let pharmacy = check(&before, A::OrderNext, &["nothing-picked"]);
    assert_eq!(pharmacy.screen, Screen::Order);
    let picked = with(before, &[A::Pick(Medicine::Omeprazol, true)]);
    let pharmacy = check(&picked, A::OrderNext, &["pickup-shown"]);
    assert_eq!(pharmacy.screen, Screen::Pickup);
    let at_pickup = with(picked, &[A::OrderNext]);
    let pharmacy = check(&at_pickup, A::PickupNext, &["pickup-missing"]);
    assert_eq!(pharmacy.problem, Some(Problem::PickupMissing));
    let pharmacy = check(&at_pickup, A::Pickup(Pickup::Locker), &["pickup-chosen"]);
    assert_eq!(pharmacy.pickup, Some(Pickup::Locker));
    let chosen = with(at_pickup, &[A::Pickup(Pickup::Locker)]);
    let pharmacy = check(&chosen, A::PickupNext, &["summary-shown"]);
    assert_eq!(pharmacy.screen, Screen::Summary);
    let pharmacy = check(&with(chosen, &[A::PickupNext]), A::PlaceOrder, &["ordered"]);
    assert_eq!(pharmacy.screen, Screen::Status);
    assert_eq!(pharmacy.status(), Some(Status::Received));
    assert!(pharmacy.picked.is_empty());
}

#[test]
fn the_intake_reminder_comes_the_next_day() {
    let at_reminder = with(linked(), &[A::Open(Page::Reminder)]);
    let pharmacy = check(&at_reminder, A::ReminderHour(13), &["reminder-hour"]);
    assert_eq!(pharmacy.reminder_hour, Some(13));
    check(&at_reminder, A::ReminderHour(3), &[]);
    let pharmacy = check(&at_reminder, A::SaveReminder, &["reminder-set"]);
    assert_eq!(
        pharmacy.reminder_hour,
        Some(REMINDER_HOURS[0]),
        "a default hour"
    );
    assert!(!pharmacy.reminder_due());
    let set = with(at_reminder, &[A::ReminderHour(8), A::SaveReminder]);
    check(&set, A::Taken, &[]);
    let pharmacy = check(&set, A::WaitDays(1), &["time-passed", "reminder-due"]);
    assert!(pharmacy.reminder_due());
    // Ten minutes are not a new day.
    check(&set, A::WaitMinutes(10), &["time-passed"]);
    let pharmacy = check(&with(set, &[A::WaitDays(1)]), A::Taken, &["taken"]);
    assert!(pharmacy.taken && !pharmacy.reminder_due());
}

#[test]
fn lesson_placeholders_are_filled_in() {
    let mut pharmacy = Pharmacy::new(7);
    run(&mut pharmacy, &ready());
    let sms = phone::latest_sms(&pharmacy.messages)
        .map(|m| m.code.clone())
        .expect("the pickup SMS");
    assert_eq!(sms.len(), PICKUP_CODE_LENGTH);
    assert_eq!(
        resolve(&A::LockerCode("sms:latest".into()), &pharmacy),
        A::LockerCode(sms)
    );
    assert_eq!(
        resolve(&code("receipt:code"), &pharmacy),
        code(&pharmacy.printed_link_code())
    );
    assert_eq!(
        resolve(&birth("card:birth-date"), &pharmacy),
        birth("14-05-1958")
    );
    assert_eq!(resolve(&code("ABC"), &pharmacy), code("ABC"));
}

#[test]
fn actions_read_from_lesson_files() {
    for (json, action) in [
        (r#"{"do":"install","value":"real"}"#, A::Install(App::Real)),
        (r#"{"do":"open","value":"order"}"#, A::Open(Page::Order)),
        (
            r#"{"do":"pick","value":["omeprazol",true]}"#,
            A::Pick(Medicine::Omeprazol, true),
        ),
        (
            r#"{"do":"pickup","value":"locker"}"#,
            A::Pickup(Pickup::Locker),
        ),
        (r#"{"do":"wait-days","value":2}"#, A::WaitDays(2)),
        (r#"{"do":"locker-ok"}"#, A::LockerOk),
    ] {
        let read: Action = serde_json::from_str(json).unwrap_or(A::Taken);
        assert_eq!(read, action, "{json}");
    }
}

#[test]
fn every_status_has_a_name_for_every_way() {
    for how in Pickup::ALL {
        let names: Vec<_> = Status::ALL.iter().map(|s| s.name(how)).collect();
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "{how:?}");
    }
}

#[test]
fn every_medicine_and_way_to_pick_up_has_its_own_text_and_target() {
    // The app's screens show these texts and lessons point at these
    // targets: a swapped or empty one shows the learner the wrong thing.
    let mut keys = vec![];
    let mut targets = vec![];
    for m in Medicine::ALL {
        keys.extend([m.name(), m.usage()]);
        targets.push(m.target());
    }
    for way in Pickup::ALL {
        keys.extend([way.name(), way.hint()]);
        targets.push(way.target());
    }
    crate::practice::assert_own_texts(&keys);
    for target in &targets {
        assert!(TARGETS.contains(target), "{target} is not a known target");
    }
    let count = targets.len();
    targets.sort_unstable();
    targets.dedup();
    assert_eq!(targets.len(), count, "each has its own target");
}

#[test]
fn an_action_off_its_screen_changes_nothing() {
    // Each action is a button or field of one screen. Anywhere else it is
    // not there: nothing may happen (no event, no change).
    let on = |actions: Vec<Action>| {
        let mut pharmacy = Pharmacy::new(7);
        run(&mut pharmacy, &actions);
        pharmacy
    };
    let store = on(vec![]);
    let welcome = on(vec![A::Install(App::Real), A::OpenApp]);
    let link = on(linking());
    let home = on(linked());
    let counter = on(with(linked(), &[A::ToPharmacy]));
    // The way to collect chosen, not yet on the summary.
    let chosen = on(with(
        linked(),
        &[
            A::Open(Page::Order),
            A::Pick(Medicine::Omeprazol, true),
            A::OrderNext,
            A::Pickup(Pickup::Locker),
        ],
    ));
    assert_eq!(chosen.screen, Screen::Pickup);
    let opened = on(with(
        ready(),
        &[
            A::ToPharmacy,
            A::LockerCode("sms:latest".into()),
            A::LockerOk,
        ],
    ));
    assert_eq!(opened.screen, Screen::LockerOpen);
    assert_eq!(
        (store.screen, welcome.screen, link.screen, home.screen),
        (Screen::Store, Screen::Welcome, Screen::Link, Screen::Home)
    );
    let cases = [
        (&welcome, A::Install(App::Real)),
        (&link, A::Install(App::Other)),
        (&store, A::StartLink),
        (&link, A::StartLink),
        (&store, code("ABCD-EFGH")),
        (&welcome, birth("01-01-1990")),
        (&welcome, A::Link),
        // The order's steps, from the app's home screen.
        (&home, A::Pick(Medicine::Omeprazol, true)),
        (&home, A::OrderNext),
        (&home, A::Pickup(Pickup::Locker)),
        (&home, A::PickupNext),
        (&home, A::PlaceOrder),
        (&chosen, A::PlaceOrder),
        (&home, A::SaveReminder),
        // Going where the learner already is.
        (&home, A::ToPhone),
        (&counter, A::ToPharmacy),
        // The locker's keypad, once its door is open.
        (&opened, A::LockerCode("123456".into())),
        (&opened, A::LockerOk),
        // The locker's door, still closed.
        (&counter, A::TakeMedicines),
        // The app's tiles, at the pharmacy.
        (&counter, A::Open(Page::Home)),
    ];
    for (before, action) in cases {
        let mut after = before.clone();
        let action = resolve(&action, &after);
        assert_eq!(
            after.apply(action.clone()),
            Vec::<&str>::new(),
            "{action:?} on {:?}",
            before.screen
        );
        assert_eq!(&after, before, "{action:?} on {:?}", before.screen);
    }
}
