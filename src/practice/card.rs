/*!
The oefenkaart: the invented person whose details a learner uses in every
practice service. Nothing here belongs to a real person; the brief's rule
is that practice never needs real details, so the card gives fake ones.
*/

/// The practice person's details, shown on the on-screen oefenkaart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PracticeCard {
    pub name: &'static str,
    pub first_name: &'static str,
    pub birth_date: &'static str,
    pub username: &'static str,
    pub password: &'static str,
    /// The DigiD app's practice PIN (5 digits), for lessons that start
    /// with the app already active.
    pub pin: &'static str,
}

/// The one practice person.
pub const CARD: PracticeCard = PracticeCard {
    name: "Noor Oefenaar",
    first_name: "Noor",
    birth_date: "14-05-1958",
    username: "noor.oefen",
    password: "Oefen2026!",
    pin: "24680",
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
            CARD.pin,
        ] {
            assert_eq!(guard::check(value), None, "{value}");
        }
    }
}
