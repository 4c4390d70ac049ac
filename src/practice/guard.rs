/*!
The real-data guard: every input of every practice service passes here.

Learners sometimes type their own details out of habit. When text looks
real — a citizen service number (BSN) that passes the 11-test, an IBAN
with a valid checksum, an e-mail address, a Dutch mobile number — the
input is not kept anywhere and the learner is told, kindly, that practice
never needs real details and the oefenkaart has what they need.
*/

/// What kind of real-looking data was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RealData {
    Bsn,
    Iban,
    Email,
    Mobile,
}

/// Checks a typed value. `None` means it may be kept.
pub fn check(input: &str) -> Option<RealData> {
    if looks_like_email(input) {
        return Some(RealData::Email);
    }
    if contains_iban(input) {
        return Some(RealData::Iban);
    }
    // Phone numbers are often written 06-12345678; dates use dashes too,
    // so dashes join digits only for the phone check.
    if digit_runs(input, true).iter().any(|run| is_mobile(run)) {
        return Some(RealData::Mobile);
    }
    if digit_runs(input, false).iter().any(|run| is_bsn(run)) {
        return Some(RealData::Bsn);
    }
    None
}

/// Runs of digits, reading through the spaces and dots people write
/// numbers with, and a leading `+` of a country code.
fn digit_runs(input: &str, dash_joins: bool) -> Vec<String> {
    let mut runs = vec![];
    let mut current = String::new();
    for c in input.chars() {
        match c {
            '0'..='9' => current.push(c),
            ' ' | '.' | '\u{a0}' if !current.is_empty() => {}
            '-' if dash_joins && !current.is_empty() => {}
            '+' if current.is_empty() => {}
            _ => {
                if !current.is_empty() {
                    runs.push(std::mem::take(&mut current));
                }
            }
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

/// The 11-test of the Dutch citizen service number (8 or 9 digits).
pub fn is_bsn(digits: &str) -> bool {
    if !(8..=9).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let padded = format!("{digits:0>9}");
    let d: Vec<i64> = padded.bytes().map(|b| i64::from(b - b'0')).collect();
    if d.iter().all(|&x| x == 0) {
        return false;
    }
    let sum: i64 = (0..8).map(|i| d[i] * (9 - i as i64)).sum::<i64>() - d[8];
    sum % 11 == 0
}

/// A Dutch mobile number: 06 + 8 digits, or with the +31 / 0031 prefix.
pub fn is_mobile(digits: &str) -> bool {
    let rest = if let Some(r) = digits.strip_prefix("0031") {
        r
    } else if let Some(r) = digits.strip_prefix("31").filter(|_| digits.len() == 11) {
        r
    } else if let Some(r) = digits.strip_prefix('0') {
        r
    } else {
        return false;
    };
    rest.len() == 9 && rest.starts_with('6') && !rest.starts_with("60")
}

/// An e-mail address: something@something.tld, anywhere in the text.
pub fn looks_like_email(input: &str) -> bool {
    input.split_whitespace().any(|word| {
        let word = word.trim_matches(|c: char| matches!(c, '<' | '>' | ',' | ';' | '(' | ')'));
        let Some((local, domain)) = word.split_once('@') else {
            return false;
        };
        let labels: Vec<&str> = domain.split('.').collect();
        // `.example` is reserved (RFC 2606): no one has an address there, so
        // the oefenkaart's practice address may use it. So may its first
        // letters (`.ex`, `.exa`, ...: no such top-level domains exist),
        // so the address never looks real while it is being typed.
        let reserved = labels.last().is_some_and(|tld| {
            tld.len() >= 2
                && "example"
                    .get(..tld.len())
                    .is_some_and(|start| start.eq_ignore_ascii_case(tld))
        });
        !local.is_empty()
            && !reserved
            && labels.len() >= 2
            && labels.iter().all(|l| !l.is_empty())
            && labels
                .last()
                .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(char::is_alphabetic))
    })
}

/// An IBAN with a valid mod-97 checksum, written with or without spaces.
fn contains_iban(input: &str) -> bool {
    let compact: String = input
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let chars: Vec<char> = compact.chars().collect();
    (0..chars.len()).any(|start| {
        let tail = &chars[start..];
        if tail.len() < 15
            || !tail[0].is_ascii_alphabetic()
            || !tail[1].is_ascii_alphabetic()
            || !tail[2].is_ascii_digit()
            || !tail[3].is_ascii_digit()
        {
            return false;
        }
        let body: String = tail
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        (15..=body.len().min(34)).any(|len| is_iban(&body[..len]))
    })
}

/// The ISO 13616 checksum: move the first four characters to the end,
/// letters become 10..35, and the number mod 97 must be 1.
pub fn is_iban(candidate: &str) -> bool {
    if !(15..=34).contains(&candidate.len()) || !candidate.is_ascii() {
        return false;
    }
    let (head, rest) = candidate.split_at(4);
    let mut remainder: u32 = 0;
    for c in rest.chars().chain(head.chars()) {
        let value = match c.to_digit(36) {
            Some(v) => v,
            None => return false,
        };
        let digits = if value >= 10 { 100 } else { 10 };
        remainder = (remainder * digits + value) % 97;
    }
    remainder == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_all(inputs: &[&str], expected: Option<RealData>) {
        for input in inputs {
            assert_eq!(check(input), expected, "{input:?}");
        }
    }

    #[test]
    fn a_valid_bsn_is_caught_in_any_common_writing() {
        check_all(
            &[
                "111222333",
                "123456782",
                "1112.22.333",
                "1112 22 333",
                "mijn bsn is 123456782",
                "12345672",
            ],
            Some(RealData::Bsn),
        );
    }

    /// Only spaces and dots join the digits of one number (dashes only for
    /// a phone number): a birth date written with dashes is a date, even when
    /// its digits would pass the 11-test, and letters or a `+` end a number.
    #[test]
    fn what_separates_two_numbers_keeps_them_apart() {
        assert_eq!(
            check("12011940"),
            Some(RealData::Bsn),
            "the digits alone pass"
        );
        check_all(
            &[
                "12-01-1940",
                "geboren 12-01-1940",
                "111222a333",
                "111222+333",
            ],
            None,
        );
    }

    #[test]
    fn numbers_failing_the_11_test_are_fine() {
        check_all(
            &["123456789", "111222334", "000000000", "12345", "482913"],
            None,
        );
    }

    #[test]
    fn a_valid_iban_is_caught() {
        check_all(
            &[
                "NL91ABNA0417164300",
                "nl91 abna 0417 1643 00",
                "GB82WEST12345698765432",
                "iban: NL91ABNA0417164300.",
            ],
            Some(RealData::Iban),
        );
    }

    #[test]
    fn an_iban_needs_its_shape_as_well_as_its_checksum() {
        // Norway's IBAN has 15 characters, the fewest there are.
        assert!(contains_iban("NO93 8601 1117 947"));
        // Long codes that pass the checksum but do not start with two
        // letters and two digits are no IBAN: a learner may type them.
        for code in [
            "N123ABNA0417164300",
            "NLA1ABNA0417164770",
            "NL1AABNA0417164230",
            "1L23ABNA0417164530",
        ] {
            assert!(is_iban(code), "{code} passes the checksum");
            assert!(!contains_iban(code), "{code}");
        }
    }

    #[test]
    fn an_iban_with_a_wrong_checksum_is_fine() {
        check_all(
            &[
                "NL92ABNA0417164300",
                "NL91ABNA041716430",
                "NLXXABNA0417164300",
            ],
            None,
        );
    }

    #[test]
    fn e_mail_addresses_are_caught() {
        check_all(
            &[
                "jan@example.nl",
                "a.b+c@mail.co.uk",
                "mail: <x@y.com>",
                "Noor@Oefen.NL",
            ],
            Some(RealData::Email),
        );
    }

    #[test]
    fn things_with_an_at_sign_that_are_not_addresses_are_fine() {
        check_all(
            &["@", "a@", "@b.nl", "a@b", "a@b.", "wachtwoord@1", "a@b.1x"],
            None,
        );
    }

    #[test]
    fn practice_addresses_at_the_reserved_example_domain_are_fine() {
        check_all(
            &[
                "noor@oefenmail.example",
                "NOOR@OEFENMAIL.EXAMPLE",
                "noor@oefenmail.exam",
            ],
            None,
        );
        // Only the reserved top-level name: example.nl is a real domain.
        check_all(
            &[
                "jan@example.nl",
                "a@example.com",
                "a@b.examples",
                "a@b.xample",
            ],
            Some(RealData::Email),
        );
    }

    #[test]
    fn dutch_mobile_numbers_are_caught() {
        check_all(
            &[
                "0612345678",
                "06-12345678",
                "06 12 34 56 78",
                "+31612345678",
                "0031 6 1234 5678",
                "+31 6 12345678",
            ],
            Some(RealData::Mobile),
        );
    }

    #[test]
    fn other_numbers_are_fine() {
        check_all(
            &[
                "0201234567",
                "061234567",
                "06123456789",
                "0601234567",
                "123456",
            ],
            None,
        );
    }

    #[test]
    fn practice_details_and_odd_text_are_fine() {
        check_all(
            &[
                "noor.oefen",
                "Oefen2026!",
                "14-05-1958",
                "",
                "   ",
                "مرحبا",
                "é🙂\u{202e}",
                &"x".repeat(10_000),
            ],
            None,
        );
    }

    #[test]
    fn the_checksums_themselves() {
        assert!(is_bsn("111222333"));
        assert!(!is_bsn("11122233a"));
        assert!(is_iban("NL91ABNA0417164300"));
        assert!(!is_iban("NL91ABNA041716430é"));
        // A letter of two bytes across the split after four bytes: no panic.
        assert!(!is_iban("NL9éABNA0417164300"));
        assert!(is_mobile("0612345678"));
        assert!(!is_mobile("0512345678"));
    }
}
