/*!
Reading a date the many ways people write one. Parse first, then compare:
a value that cannot be read gets a message about its form ("write the year
with 4 digits"), a date that does not exist gets its own message, and only
a readable date is compared with the one expected. DigiD aanvragen, the
pharmacy's link and the referral's birth-date question all read dates here.
*/

use crate::practice::codes::ascii_digits;

/// A date that exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Date {
    pub day: u8,
    pub month: u8,
    pub year: u16,
}

impl Date {
    /// As on Dutch forms: 14-05-1958.
    pub fn to_dutch(self) -> String {
        format!("{:02}-{:02}-{:04}", self.day, self.month, self.year)
    }
}

/// Why a typed date cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Nothing typed.
    Empty,
    /// Not readable as day, month and year.
    Format,
    /// A year of 2 digits: 14-05-58 could be 1958 or 2058.
    ShortYear,
    /// Readable, but that day does not exist (31-02-1958).
    Impossible,
}

/// Dutch month names and their usual short forms, any case.
const MONTHS: [(&str, u8); 17] = [
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("april", 4),
    ("mei", 5),
    ("juni", 6),
    ("juli", 7),
    ("augustus", 8),
    ("september", 9),
    ("oktober", 10),
    ("november", 11),
    ("december", 12),
    ("mrt", 3),
    ("aug", 8),
    ("sept", 9),
    ("okt", 10),
    ("dec", 12),
];

fn month_by_name(word: &str) -> Option<u8> {
    let word = word.to_ascii_lowercase();
    let word = word.trim_end_matches('.');
    MONTHS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|(_, m)| *m)
        // Three-letter forms: jan, feb, apr, jun, jul, sep, nov.
        .or_else(|| {
            (word.chars().count() == 3)
                .then(|| MONTHS[..12].iter().find(|(name, _)| name.starts_with(word)))
                .flatten()
                .map(|(_, m)| *m)
        })
}

/// Reads a date the ways people write one: 14-05-1958, 14-5-1958,
/// 14/5/1958, 14.05.1958, 14 5 1958, 14051958, 14 mei 1958.
pub fn date(input: &str) -> Result<Date, DateError> {
    let text = ascii_digits(input.trim());
    if text.is_empty() {
        return Err(DateError::Empty);
    }
    // Split into runs of digits and runs of letters; anything else separates.
    let mut parts: Vec<String> = vec![];
    let mut current = String::new();
    for c in text.chars() {
        let joins = current
            .chars()
            .last()
            .is_some_and(|last| last.is_ascii_digit() == c.is_ascii_digit());
        if c.is_ascii_digit() || c.is_alphabetic() {
            if !joins && !current.is_empty() {
                parts.push(std::mem::take(&mut current));
            }
            current.push(c);
        } else if !current.is_empty() {
            parts.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        parts.push(current);
    }
    // A part is a run of digits or of letters, so parsing is the whole
    // check; how many digits each part may have is checked below.
    let number = |s: &str| s.parse::<u32>().ok();
    let (day, month, year) = match parts.as_slice() {
        [all] if all.len() == 8 && all.bytes().all(|b| b.is_ascii_digit()) => (
            number(&all[..2]),
            number(&all[2..4]),
            (number(&all[4..]), 4),
        ),
        [d, m, y] => (
            number(d).filter(|_| d.len() <= 2),
            number(m)
                .filter(|_| m.len() <= 2)
                .or_else(|| month_by_name(m).map(u32::from)),
            (number(y), y.len()),
        ),
        _ => return Err(DateError::Format),
    };
    let (Some(day), Some(month), (Some(year), year_digits)) = (day, month, year) else {
        return Err(DateError::Format);
    };
    if year_digits == 2 {
        return Err(DateError::ShortYear);
    }
    if year_digits != 4 {
        return Err(DateError::Format);
    }
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(month, year) {
        return Err(DateError::Impossible);
    }
    Ok(Date {
        day: day as u8,
        month: month as u8,
        year: year as u16,
    })
}

fn days_in_month(month: u32, year: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}
