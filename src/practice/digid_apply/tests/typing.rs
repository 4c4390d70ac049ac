//! Typing into "DigiD aanvragen": real-looking data and text that is too long.

use super::*;

#[test]
fn a_real_bsn_is_refused_and_never_kept() {
    let mut s = at_details();
    s.apply(Bsn("12345".into()));
    assert_eq!(s.apply(Bsn("111222333".into())), [Event::RealDataBlocked]);
    assert_eq!(s.guard, Some(RealData::Bsn));
    assert!(s.bsn.is_empty(), "nothing of it is kept");
    // Other real-looking details, in any field.
    for (action, kind) in [
        (Postcode("jan@voorbeeld.nl".into()), RealData::Email),
        (HouseNumber("06-12345678".into()), RealData::Mobile),
        (NewUsername("NL91ABNA0417164300".into()), RealData::Iban),
    ] {
        assert_eq!(s.apply(action), [Event::RealDataBlocked]);
        assert_eq!(s.guard, Some(kind));
    }
    assert!(s.postcode.is_empty() && s.house_number.is_empty() && s.username.is_empty());
    // The next ordinary value takes the warning away.
    s.apply(Bsn(CARD.bsn.into()));
    assert_eq!(s.guard, None);
}

#[test]
fn the_real_data_warning_survives_a_submit() {
    // The field is judged when the learner leaves it, often by pressing
    // the button: the warning must stay beside the "fill in" messages.
    let mut s = at_details();
    s.apply(Bsn("111222333".into()));
    s.apply(SubmitDetails);
    assert_eq!(s.guard, Some(RealData::Bsn));
    assert_eq!(s.error(Field::Bsn), Some(FieldError::Empty));
    s.apply(Bsn(CARD.bsn.into()));
    assert_eq!(s.guard, None);
}

#[test]
fn typing_a_date_digit_by_digit_never_trips_the_guard() {
    let mut s = at_details();
    for text in ["14051958", "14-05-1958", "14 05 1958"] {
        for end in 1..=text.len() {
            s.apply(BirthDate(text[..end].into()));
            assert_eq!(s.guard, None, "{}", &text[..end]);
        }
    }
}

#[test]
fn too_long_text_is_cut_and_said() {
    let mut s = at_details();
    s.apply(Postcode("9".repeat(MAX_INPUT + 10).replace('9', "z")));
    assert_eq!(s.postcode.chars().count(), MAX_INPUT);
    assert_eq!(s.error(Field::Postcode), Some(FieldError::TooLong));
    s.apply(Postcode("9999".into()));
    assert_eq!(s.error(Field::Postcode), None);
}

#[test]
fn messages_are_listed_in_the_order_of_the_page() {
    let mut s = at_details();
    let long = "z".repeat(MAX_INPUT + 1);
    s.apply(HouseNumber(long.clone()));
    s.apply(Bsn(long.clone()));
    s.apply(Postcode(long));
    let fields: Vec<Field> = s.errors.iter().map(|(f, _)| *f).collect();
    assert_eq!(fields, [Field::Bsn, Field::Postcode, Field::HouseNumber]);
    // A message given again keeps its place, once.
    s.apply(Bsn("z".repeat(MAX_INPUT + 2)));
    let fields: Vec<Field> = s.errors.iter().map(|(f, _)| *f).collect();
    assert_eq!(fields, [Field::Bsn, Field::Postcode, Field::HouseNumber]);
}
