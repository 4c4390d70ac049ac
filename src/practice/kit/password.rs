/*!
What a new password needs. The rules are shown as a live checklist while
the learner types, in every service where a password is chosen (a new
one after "Wachtwoord vergeten?", or the first one when applying for a
DigiD), so the list and the check are one thing, kept here.
*/

/// One rule a new password must meet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordRule {
    Length,
    Capital,
    Small,
    Digit,
}

/// Shortest password allowed.
pub const MIN_LENGTH: usize = 8;

impl PasswordRule {
    /// Every rule, in the order the checklist shows them.
    pub const ALL: [PasswordRule; 4] = [
        PasswordRule::Length,
        PasswordRule::Capital,
        PasswordRule::Small,
        PasswordRule::Digit,
    ];

    pub fn holds(self, password: &str) -> bool {
        match self {
            PasswordRule::Length => password.chars().count() >= MIN_LENGTH,
            PasswordRule::Capital => password.chars().any(char::is_uppercase),
            PasswordRule::Small => password.chars().any(char::is_lowercase),
            PasswordRule::Digit => password.chars().any(|c| c.is_ascii_digit()),
        }
    }

    /// Whether `password` meets every rule.
    pub fn all_hold(password: &str) -> bool {
        PasswordRule::ALL.iter().all(|r| r.holds(password))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Which rules hold, in the order of [`PasswordRule::ALL`]:
    /// length, capital, small, digit.
    fn check(password: &str, expected: [bool; 4]) {
        assert_eq!(
            PasswordRule::ALL.map(|r| r.holds(password)),
            expected,
            "{password:?}"
        );
        assert_eq!(
            PasswordRule::all_hold(password),
            expected.iter().all(|&b| b),
            "{password:?}"
        );
    }

    #[test]
    fn each_rule_on_its_own() {
        check("", [false, false, false, false]);
        check("Oefen2024", [true, true, true, true]);
        check("oefen2024", [true, false, true, true]);
        check("OEFEN2024", [true, true, false, true]);
        check("Oefenplein", [true, true, true, false]);
        check("Oef2", [false, true, true, true]);
        check("Ééééééé1", [true, true, true, true]);
        check("Abcdefg١", [true, true, true, false]);
        check("Abcdef12", [true, true, true, true]);
        check("Abcdef1", [false, true, true, true]);
    }
}
