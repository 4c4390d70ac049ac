/*!
"Inloggen met DigiD" inside a care portal. The GP portal and the hospital
portal send the learner to "DigiD (oefenen)" itself, so logging in is the
same skill as in the DigiD lessons. This holds that DigiD and the portal
minute its clock started at, so DigiD's SMS codes land on the portal's
phone at the right time, and says when DigiD has let the learner in.
*/

use super::{
    digid_web::{self, DigidWeb},
    kit::phone::Message,
};

/// DigiD (oefenen) opened from a portal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DigidLogin {
    pub digid: DigidWeb,
    /// The portal minute DigiD's clock started at.
    started_at: u32,
}

impl DigidLogin {
    pub fn new(seed: u32) -> DigidLogin {
        DigidLogin {
            digid: DigidWeb::new(seed),
            started_at: 0,
        }
    }

    /// A fresh DigiD login at portal minute `now` (a new seed each time,
    /// so each login gets its own SMS codes).
    pub fn restart(&mut self, seed: u32, now: u32) {
        self.digid = DigidWeb::new(seed.wrapping_add(now));
        self.started_at = now;
    }

    /// Does a DigiD action; moves the portal clock along with DigiD's.
    /// Returns DigiD's event ids and whether the learner is now in.
    pub fn apply(&mut self, action: digid_web::Action, now: &mut u32) -> (Vec<&'static str>, bool) {
        let ids = self
            .digid
            .apply(action)
            .into_iter()
            .map(|e| e.id())
            .collect();
        *now = (*now).max(self.started_at + self.digid.minutes);
        (ids, self.digid.screen == digid_web::Screen::LoggedIn)
    }

    /// DigiD's SMS messages on the portal's clock.
    pub fn messages(&self) -> impl Iterator<Item = Message> + '_ {
        self.digid.messages.iter().map(|m| Message {
            sent_at: self.started_at + m.sent_at,
            ..m.clone()
        })
    }
}

/// Joins two lists of ids at compile time (a portal's own and DigiD's,
/// which the portal's login shows).
pub const fn join<const N: usize>(a: &[&'static str], b: &[&'static str]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < a.len() {
        out[i] = a[i];
        i += 1;
    }
    let mut j = 0;
    while j < b.len() {
        out[i + j] = b[j];
        j += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practice::card::CARD;
    use digid_web::Action::*;

    #[test]
    fn a_restart_is_a_fresh_digid_on_the_portal_clock() {
        let mut login = DigidLogin::new(1);
        let mut now = 0;
        login.apply(Username("iets".into()), &mut now);
        login.restart(1, 30);
        assert_eq!(login.digid, DigidWeb::new(31), "fresh, with its own seed");
        let mut now = 30;
        let typed = [
            Username(CARD.username.into()),
            Password(CARD.password.into()),
            SubmitLogin,
            ChooseSms,
        ];
        for action in typed {
            let (_, logged_in) = login.apply(action, &mut now);
            assert!(!logged_in);
        }
        let sent: Vec<u32> = login.messages().map(|m| m.sent_at).collect();
        assert_eq!(sent, [30], "DigiD's minute 0 is the portal's minute 30");
        assert_eq!(login.apply(WaitMinutes(4), &mut now).0, ["time-passed"]);
        assert_eq!(now, 34, "waiting in DigiD moves the portal's clock");
        login.apply(ResendCode, &mut now);
        let sent: Vec<u32> = login.messages().map(|m| m.sent_at).collect();
        assert_eq!(sent, [30, 34], "DigiD's minute 4 is the portal's 34");
        let code = login.digid.latest_code().unwrap_or_default().to_owned();
        login.apply(Code(code), &mut now);
        let (events, logged_in) = login.apply(SubmitCode, &mut now);
        assert!(logged_in);
        assert!(events.contains(&"logged-in"), "{events:?}");
        assert_eq!(now, 34);
    }

    #[test]
    fn the_portal_clock_never_goes_back() {
        let mut login = DigidLogin::new(1);
        login.restart(1, 30);
        let mut now = 100;
        login.apply(WaitMinutes(5), &mut now);
        assert_eq!(now, 100);
    }

    #[test]
    fn two_lists_of_ids_join_in_order() {
        const JOINED: [&str; 3] = join(&["a"], &["b", "c"]);
        assert_eq!(JOINED, ["a", "b", "c"]);
    }
}
