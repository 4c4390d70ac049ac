//! Linking the app to the pharmacy: the code from the receipt, then the
//! birth date, each checked with its own kind message.

use super::*;

#[test]
fn a_new_app_asks_to_link_the_pharmacy() {
    let pharmacy = check(&[A::Install(App::Real)], A::OpenApp, &["app-opened"]);
    assert_eq!(pharmacy.screen, Screen::Welcome);
    let pharmacy = check(
        &[A::Install(App::Real), A::OpenApp],
        A::StartLink,
        &["link-opened"],
    );
    assert_eq!(pharmacy.screen, Screen::Link);
}

#[test]
fn linking_checks_the_code_first_then_the_birth_date() {
    for more in [vec![], vec![code("   ")]] {
        let pharmacy = check(&with(linking(), &more), A::Link, &["link-code-missing"]);
        assert_eq!(pharmacy.problem, Some(Problem::LinkCodeMissing), "{more:?}");
        assert!(!pharmacy.linked);
    }
    let cases = [
        ("ABCDEFGHJ", "", "link-code-wrong"),
        ("receipt:code", "", "birth-missing"),
        ("receipt:code", "14-05-58", "birth-short-year"),
        ("receipt:code", "31-02-1958", "birth-format"),
        ("receipt:code", "veertien mei", "birth-format"),
        ("receipt:code", "01-01-2000", "birth-wrong"),
    ];
    for (typed_code, typed_birth, event) in cases {
        let before = with(linking(), &[code(typed_code), birth(typed_birth)]);
        let pharmacy = check(&before, A::Link, &[event]);
        assert!(!pharmacy.linked, "{typed_code} {typed_birth}");
        assert_eq!(pharmacy.screen, Screen::Link);
    }
}

#[test]
fn the_code_may_be_typed_as_printed_or_not_and_the_date_any_usual_way() {
    for (typed_code, typed_birth) in [
        ("receipt:code", "card:birth-date"),
        ("receipt:code", "14 mei 1958"),
        ("receipt:code", "14/5/1958"),
    ] {
        let before = with(linking(), &[code(typed_code), birth(typed_birth)]);
        let pharmacy = check(&before, A::Link, &["linked"]);
        assert!(pharmacy.linked);
        assert_eq!(pharmacy.screen, Screen::Home);
        assert!(pharmacy.typed_birth.is_empty(), "nothing typed is kept");
    }
    // Lower case and without the spaces.
    let mut pharmacy = Pharmacy::new(7);
    run(&mut pharmacy, &linking());
    let typed = pharmacy.link_code.to_ascii_lowercase();
    run(&mut pharmacy, &[code(&typed), birth("14-05-1958")]);
    assert_eq!(pharmacy.apply(A::Link), ["linked"]);
}

#[test]
fn real_data_in_the_link_form_is_refused_and_holds_the_button() {
    let pharmacy = check(
        &linking(),
        code("NL91ABNA0417164300"),
        &["real-data-blocked"],
    );
    assert!(pharmacy.typed_code.is_empty());
    assert!(matches!(pharmacy.problem, Some(Problem::RealData(_))));
    let before = with(linking(), &[code("NL91ABNA0417164300")]);
    check(&before, A::Link, &[]);
    let pharmacy = check(&before, code("receipt:code"), &["link-code-written"]);
    assert_eq!(pharmacy.problem, None);
    let long = "9".repeat(200);
    let pharmacy = check(&linking(), birth(&long), &["birth-written"]);
    assert_eq!(pharmacy.problem, Some(Problem::TooLong));
}
