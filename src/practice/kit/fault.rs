/*!
Errors on demand: a trainer showing a lesson to a group makes the next
try fail on purpose (a wrong or expired SMS code, a blocked app, a slot
someone else took, a blocked camera), so the group sees how to recover
from it before they meet it for real.

A fault is *armed*, never done at once: the service takes it at the
moment that would fail in real life (the next "Inloggen" with a code, the
next PIN, the next slot, the next camera question) and goes down its own
error path from there, with its own kind message. So what the group sees
is exactly what a learner meets, and after it everything works again.
*/

/// A mistake a trainer can make happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fault {
    /// The SMS code is refused as wrong.
    WrongCode,
    /// The SMS code has expired by the time it is used.
    ExpiredCode,
    /// The next PIN is wrong one time too many: the app is blocked.
    BlockedPin,
    /// Someone else took the slot just before.
    SlotTaken,
    /// The browser's question about the camera ends up blocked.
    CameraBlocked,
}

impl Fault {
    pub const ALL: [Fault; 5] = [
        Fault::WrongCode,
        Fault::ExpiredCode,
        Fault::BlockedPin,
        Fault::SlotTaken,
        Fault::CameraBlocked,
    ];

    /// Its id, on the presenter channel and in text keys (`fault-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Fault::WrongCode => "wrong-code",
            Fault::ExpiredCode => "expired-code",
            Fault::BlockedPin => "blocked-pin",
            Fault::SlotTaken => "slot-taken",
            Fault::CameraBlocked => "camera-blocked",
        }
    }

    pub fn from_id(id: &str) -> Option<Fault> {
        Fault::ALL.into_iter().find(|f| f.id() == id)
    }
}

/// The fault a service holds until its moment comes; at most one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Armed(Option<Fault>);

impl Armed {
    /// Arms `fault`, in place of any other.
    pub fn arm(&mut self, fault: Fault) {
        self.0 = Some(fault);
    }

    /// Whether `fault` is armed; if so, it is used up.
    pub fn take(&mut self, fault: Fault) -> bool {
        let armed = self.0 == Some(fault);
        if armed {
            self.0 = None;
        }
        armed
    }

    pub fn get(self) -> Option<Fault> {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for fault in Fault::ALL {
            assert_eq!(Fault::from_id(fault.id()), Some(fault));
        }
        assert_eq!(Fault::from_id("power-cut"), None);
    }

    #[test]
    fn an_armed_fault_is_taken_once_and_only_by_its_own_moment() {
        let mut armed = Armed::default();
        assert!(!armed.take(Fault::WrongCode), "nothing armed");
        armed.arm(Fault::WrongCode);
        assert!(!armed.take(Fault::SlotTaken), "another moment leaves it");
        assert_eq!(armed.get(), Some(Fault::WrongCode));
        assert!(armed.take(Fault::WrongCode));
        assert!(!armed.take(Fault::WrongCode), "used up");
        armed.arm(Fault::WrongCode);
        armed.arm(Fault::ExpiredCode);
        assert_eq!(armed.get(), Some(Fault::ExpiredCode), "the last one counts");
    }
}
