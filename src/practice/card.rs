/*!
The oefenkaart: the invented person whose details a learner uses in every
practice service. Nothing here belongs to a real person; the brief's rule
is that practice never needs real details, so the card gives fake ones.
*/

/// The practice person's child, for a referral that is not for the
/// learner (the GP portal shows the same child).
pub const CHILD_NAME: &str = "Sami Oefenaar";
pub const CHILD_BIRTH_DATE: &str = "05-09-2016";

/// The practice person's details, shown on the on-screen oefenkaart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PracticeCard {
    pub name: &'static str,
    pub first_name: &'static str,
    pub birth_date: &'static str,
    pub username: &'static str,
    pub password: &'static str,
    /// A practice e-mail address at the reserved `.example` domain, for
    /// portals with their own account (no one can have it).
    pub email: &'static str,
    /// The DigiD app's practice PIN (5 digits), for lessons that start
    /// with the app already active.
    pub pin: &'static str,
    /// Burgerservicenummer. It fails the 11-test, so it can never be a
    /// real person's number (and the real-data guard lets it through).
    pub bsn: &'static str,
    pub street: &'static str,
    pub house_number: &'static str,
    pub postcode: &'static str,
    pub town: &'static str,
}

/// The one practice person.
pub const CARD: PracticeCard = PracticeCard {
    name: "Noor Oefenaar",
    first_name: "Noor",
    birth_date: "14-05-1958",
    username: "noor.oefen",
    password: "Oefen2026!",
    email: "noor@oefenmail.example",
    pin: "24680",
    bsn: "123456780",
    street: "Oefenstraat",
    house_number: "12",
    postcode: "9999 ZZ",
    town: "Oefendorp",
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practice::guard;

    #[test]
    fn the_card_never_trips_the_real_data_guard() {
        for value in [
            CARD.name,
            CARD.birth_date,
            CARD.username,
            CARD.password,
            CARD.email,
            CARD.pin,
            CARD.bsn,
            CARD.street,
            CARD.house_number,
            CARD.postcode,
            CARD.town,
        ] {
            // Also while it is being typed, one character at a time.
            for end in 1..=value.len() {
                assert_eq!(guard::check(&value[..end]), None, "{value}");
            }
        }
    }

    #[test]
    fn the_card_bsn_fails_the_11_test() {
        assert_eq!(CARD.bsn.len(), 9);
        assert!(!guard::is_bsn(CARD.bsn));
    }
}
