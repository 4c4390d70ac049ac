//! The parsers of "DigiD aanvragen": dates, postcodes, numbers as people type them.

use super::*;
use parse::{Date, DateError, NumberError, PostcodeError};

/// One parser case: what is typed, and what should come out.
fn check<T: PartialEq + std::fmt::Debug, E: PartialEq + std::fmt::Debug>(
    parser: fn(&str) -> Result<T, E>,
    cases: &[(&str, Result<T, E>)],
) {
    for (input, expected) in cases {
        assert_eq!(&parser(input), expected, "input {input:?}");
    }
}

const MAY_14: Date = Date {
    day: 14,
    month: 5,
    year: 1958,
};

#[test]
fn dates_are_read_the_ways_people_write_them() {
    check(
        parse::date,
        &[
            ("14-05-1958", Ok(MAY_14)),
            ("14-5-1958", Ok(MAY_14)),
            ("14/5/1958", Ok(MAY_14)),
            ("14.05.1958", Ok(MAY_14)),
            ("14 5 1958", Ok(MAY_14)),
            ("14051958", Ok(MAY_14)),
            ("14 mei 1958", Ok(MAY_14)),
            ("14 MEI 1958", Ok(MAY_14)),
            ("14 Mei 1958", Ok(MAY_14)),
            ("14mei1958", Ok(MAY_14)),
            ("14-mei-1958", Ok(MAY_14)),
            ("  14-05-1958  ", Ok(MAY_14)),
            ("14 - 05 - 1958", Ok(MAY_14)),
            ("١٤-٠٥-١٩٥٨", Ok(MAY_14)),
            (
                "1 maart 2000",
                Ok(Date {
                    day: 1,
                    month: 3,
                    year: 2000,
                }),
            ),
            (
                "3 okt. 1970",
                Ok(Date {
                    day: 3,
                    month: 10,
                    year: 1970,
                }),
            ),
            (
                "29 feb 2024",
                Ok(Date {
                    day: 29,
                    month: 2,
                    year: 2024,
                }),
            ),
        ],
    );
}

#[test]
fn dates_that_cannot_be_read_or_do_not_exist_say_why() {
    check(
        parse::date,
        &[
            ("", Err(DateError::Empty)),
            ("   ", Err(DateError::Empty)),
            ("31-02-1958", Err(DateError::Impossible)),
            ("29-02-1958", Err(DateError::Impossible)),
            ("29-02-1900", Err(DateError::Impossible)),
            ("31-04-1958", Err(DateError::Impossible)),
            ("14-13-1958", Err(DateError::Impossible)),
            ("00-05-1958", Err(DateError::Impossible)),
            ("14-05-58", Err(DateError::ShortYear)),
            ("14 mei 58", Err(DateError::ShortYear)),
            ("14 mai 1958", Err(DateError::Format)),
            ("14-05", Err(DateError::Format)),
            ("1958", Err(DateError::Format)),
            ("140-5-1958", Err(DateError::Format)),
            ("14-05-19580", Err(DateError::Format)),
            ("14-05-99999999999", Err(DateError::Format)),
            ("veertien mei", Err(DateError::Format)),
            ("1405195", Err(DateError::Format)),
        ],
    );
}

#[test]
fn postcodes_are_read_with_or_without_space_and_in_any_case() {
    let ok = || Ok("9999 ZZ".to_owned());
    check(
        parse::postcode,
        &[
            ("9999 ZZ", ok()),
            ("9999zz", ok()),
            ("9999Zz", ok()),
            (" 9999  zz ", ok()),
            ("9 9 9 9 z z", ok()),
            ("", Err(PostcodeError::Empty)),
            ("9999", Err(PostcodeError::Format)),
            ("ZZ 9999", Err(PostcodeError::Format)),
            ("0999 ZZ", Err(PostcodeError::Format)),
            ("9999-ZZ", Err(PostcodeError::Format)),
            ("99999 ZZ", Err(PostcodeError::Format)),
        ],
    );
}

#[test]
fn numbers_are_read_through_spaces_and_dots() {
    let bsn = || Ok("123456780".to_owned());
    check(
        parse::bsn,
        &[
            ("123456780", bsn()),
            ("123 456 780", bsn()),
            ("1234.56.780", bsn()),
            ("", Err(NumberError::Empty)),
            ("12345678", Err(NumberError::Format)),
            ("1234567800", Err(NumberError::Format)),
            ("12345678O", Err(NumberError::Format)),
        ],
    );
    check(
        parse::house_number,
        &[
            ("12", Ok("12".to_owned())),
            (" 12 ", Ok("12".to_owned())),
            ("12a", Ok("12A".to_owned())),
            ("12 - 2", Ok("12-2".to_owned())),
            ("", Err(NumberError::Empty)),
            ("twaalf", Err(NumberError::Format)),
            ("012", Err(NumberError::Format)),
            ("a12", Err(NumberError::Format)),
        ],
    );
}
