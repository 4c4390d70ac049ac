/*!
Reading what people type into "DigiD aanvragen": postcodes, house
numbers and citizen service numbers, written the many ways people write
them (dates are read by the kit's `date`). Parse first, then compare: a value that cannot be read gets a
message about its form ("write the year with 4 digits"), a date that does
not exist gets its own message, and only a readable value is compared
with the oefenkaart.
*/

use crate::practice::codes::compact;

pub use crate::practice::kit::date::{date, Date, DateError};

/// Why a typed postcode cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PostcodeError {
    Empty,
    /// Not 4 digits and 2 letters.
    Format,
}

/// Reads a Dutch postcode: "9999zz", "9999 ZZ", " 9999  zz ".
/// Returns it written the usual way: "9999 ZZ".
pub fn postcode(input: &str) -> Result<String, PostcodeError> {
    let compact = compact(input, &[]);
    if compact.is_empty() {
        return Err(PostcodeError::Empty);
    }
    let bytes = compact.as_bytes();
    let ok = bytes.len() == 6
        && bytes[0] != b'0'
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && bytes[4..].iter().all(u8::is_ascii_uppercase);
    if ok {
        Ok(format!("{} {}", &compact[..4], &compact[4..]))
    } else {
        Err(PostcodeError::Format)
    }
}

/// Why a typed number (BSN, house number) cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    Format,
}

/// Reads a citizen service number: 9 digits, with the spaces and dots
/// people put in them ("123 456 780", "1234.56.780").
pub fn bsn(input: &str) -> Result<String, NumberError> {
    let compact = compact(input, &['.', '-']);
    if compact.is_empty() {
        Err(NumberError::Empty)
    } else if compact.len() == 9 && compact.bytes().all(|b| b.is_ascii_digit()) {
        Ok(compact)
    } else {
        Err(NumberError::Format)
    }
}

/// Reads a house number: digits, perhaps with a letter or addition
/// ("12", "12a", "12 A", "12-2"). Returns it without spaces, upper case.
pub fn house_number(input: &str) -> Result<String, NumberError> {
    let compact = compact(input, &[]);
    if compact.is_empty() {
        return Err(NumberError::Empty);
    }
    let digits = compact.bytes().take_while(u8::is_ascii_digit).count();
    let rest_ok = compact[digits..]
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-');
    if (1..=5).contains(&digits) && !compact.starts_with('0') && rest_ok && compact.len() <= 10 {
        Ok(compact)
    } else {
        Err(NumberError::Format)
    }
}
