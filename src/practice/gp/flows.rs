/*!
The care flows of the GP portal: a question to the GP (e-consult), an
appointment (book, see, cancel), a repeat prescription, and the results.
Each mistake a learner can make here gets its own [`Problem`], so the
portal can say what went wrong and how to fix it.
*/

use super::{
    action::{Action, Event},
    data::{LabResult, Medicine, Practitioner, Range, PHOTOS, SLOTS},
    Booking, Gp, Order, Problem, Screen, CANCEL_BEFORE_MINUTES, QUESTION_MAX, QUESTION_MIN,
};
use crate::practice::kit::{fault::Fault, input::MAX_INPUT};

/// The note to the GP with a repeat prescription may be a few lines.
const NOTE_MAX: usize = 200;

impl Gp {
    /// The actions of the care flows; an action that does not fit the
    /// page showing does nothing.
    pub(super) fn flow(&mut self, action: Action, events: &mut Vec<Event>) {
        match (self.screen, action) {
            (Screen::AskWarning, Action::AskOn) => {
                self.go(Screen::AskForm);
                events.push(Event::WarningRead);
            }
            (Screen::AskForm, Action::Subject(subject)) => {
                self.subject = Some(subject);
                if self.problem == Some(Problem::NoSubject) {
                    self.problem = None;
                }
                events.push(Event::SubjectChosen);
            }
            (Screen::AskForm, Action::Question(text)) => self.write_question(text, events),
            (Screen::AskForm, Action::OpenGallery) => {
                self.gallery_open = true;
                events.push(Event::GalleryOpened);
            }
            (Screen::AskForm, Action::CloseGallery) => self.gallery_open = false,
            (Screen::AskForm, Action::Photo(index)) if index < PHOTOS.len() => {
                self.photo = Some(index);
                self.gallery_open = false;
                events.push(Event::PhotoAdded);
            }
            (Screen::AskForm, Action::RemovePhoto) => self.photo = None,
            (Screen::AskForm, Action::SendQuestion) => self.send_question(events),
            (Screen::Messages, Action::OpenReply) if self.reply_arrived() => {
                self.go(Screen::Reply);
                self.reply_read = true;
                events.push(Event::ReplyRead);
            }
            (Screen::BookReason, Action::Reason(text)) => {
                let was_ok = !self.reason.trim().is_empty();
                if let Some(value) = self.accept(text, MAX_INPUT, events) {
                    self.reason = value;
                } else {
                    events.push(Event::ReasonRefused);
                }
                if !self.reason.trim().is_empty() && !was_ok {
                    events.push(Event::ReasonWritten);
                }
                if self.problem == Some(Problem::ReasonEmpty) && !self.reason.trim().is_empty() {
                    self.problem = None;
                }
            }
            (Screen::BookReason, Action::ReasonNext) => {
                if self.reason.trim().is_empty() {
                    self.problem = Some(Problem::ReasonEmpty);
                } else {
                    self.go(Screen::BookWho);
                    events.push(Event::ReasonDone);
                }
            }
            (Screen::BookWho, Action::Who(who)) => self.choose_who(who, events),
            (Screen::BookSlot, Action::Slot(index)) => self.choose_slot(index, events),
            (Screen::BookCheck, Action::ConfirmBooking) => self.confirm_booking(events),
            (Screen::Appointments, Action::Cancel) => self.cancel(events),
            (Screen::CancelCheck, Action::CancelYes) => {
                self.cancelled = true;
                self.go(Screen::Cancelled);
                events.push(Event::Cancelled);
            }
            (Screen::CancelCheck, Action::CancelNo) => self.go(Screen::Appointments),
            (Screen::Repeat, Action::Tick(medicine)) => self.tick(medicine, events),
            (Screen::Repeat, Action::Note(text)) => {
                if let Some(value) = self.accept(text, NOTE_MAX, events) {
                    self.note = value;
                }
            }
            (Screen::Repeat, Action::SendRepeat) => self.send_repeat(events),
            (Screen::Results | Screen::Result(_), Action::OpenResult(result)) => {
                self.open_result(result, events);
            }
            _ => {}
        }
    }

    fn write_question(&mut self, text: String, events: &mut Vec<Event>) {
        let was_ok = self.question_ok();
        match self.accept(text, QUESTION_MAX, events) {
            Some(value) => self.question = value,
            // The text stays in the learner's field, not here; they take
            // the real detail out and go on.
            None => events.push(Event::QuestionRefused),
        }
        if self.question_ok() {
            if matches!(
                self.problem,
                Some(Problem::QuestionEmpty | Problem::QuestionShort)
            ) {
                self.problem = None;
            }
            if !was_ok {
                events.push(Event::QuestionWritten);
            }
        }
    }

    fn question_ok(&self) -> bool {
        self.question.trim().chars().count() >= QUESTION_MIN
    }

    fn send_question(&mut self, events: &mut Vec<Event>) {
        let length = self.question.trim().chars().count();
        self.problem = if self.subject.is_none() {
            Some(Problem::NoSubject)
        } else if length == 0 {
            Some(Problem::QuestionEmpty)
        } else if length < QUESTION_MIN {
            Some(Problem::QuestionShort)
        } else {
            None
        };
        if self.problem.is_some() {
            events.push(Event::QuestionRefused);
            return;
        }
        self.asked_at = Some(self.minutes);
        self.reply_read = false;
        self.gallery_open = false;
        self.go(Screen::AskSent);
        events.push(Event::QuestionSent);
    }

    fn choose_who(&mut self, who: Practitioner, events: &mut Vec<Event>) {
        if who.online() {
            self.who = Some(who);
            self.slot = None;
            self.go(Screen::BookSlot);
            events.push(Event::PractitionerChosen);
        } else {
            self.problem = Some(Problem::NotOnline);
            events.push(Event::NotOnline);
        }
    }

    fn choose_slot(&mut self, index: usize, events: &mut Vec<Event>) {
        let Some(slot) = SLOTS.get(index) else {
            return;
        };
        // A trainer's fault: someone else took this free slot just now.
        if !slot.taken && self.taken_now != Some(index) && self.armed.take(Fault::SlotTaken) {
            self.taken_now = Some(index);
        }
        if slot.taken || self.taken_now == Some(index) {
            self.taken_seen = true;
            self.problem = Some(Problem::SlotTaken);
            events.push(Event::SlotTaken);
            return;
        }
        self.slot = Some(index);
        self.go(Screen::BookCheck);
        events.push(Event::SlotChosen);
    }

    fn confirm_booking(&mut self, events: &mut Vec<Event>) {
        let (Some(who), Some(slot)) = (self.who, self.slot.and_then(|i| SLOTS.get(i))) else {
            self.problem = Some(Problem::NoSlot);
            return;
        };
        self.booking = Some(Booking {
            who,
            slot: *slot,
            person: self.person,
        });
        self.cancelled = false;
        self.go(Screen::Booked);
        events.push(Event::Booked);
    }

    /// Cancelling is free up to 24 hours before; later, only by phone.
    fn cancel(&mut self, events: &mut Vec<Event>) {
        let Some(booking) = self.active_booking() else {
            return;
        };
        let left = booking.slot.at().saturating_sub(self.minutes);
        if left < CANCEL_BEFORE_MINUTES {
            self.problem = Some(Problem::CancelTooLate);
            events.push(Event::CancelTooLate);
        } else {
            self.go(Screen::CancelCheck);
            events.push(Event::CancelAsked);
        }
    }

    fn tick(&mut self, medicine: Medicine, events: &mut Vec<Event>) {
        if !Medicine::of(self.person).contains(&medicine) {
            return;
        }
        // A second tick takes it off. A check-up message stays: it is
        // about a medicine that can never be ticked, not this one.
        if let Some(at) = self.ticked.iter().position(|m| *m == medicine) {
            self.ticked.remove(at);
            return;
        }
        if medicine.needs_checkup() {
            self.problem = Some(Problem::NeedsCheckup(medicine));
            events.push(Event::CheckupNeeded);
            return;
        }
        self.ticked.push(medicine);
        if self.problem == Some(Problem::NothingTicked) {
            self.problem = None;
        }
        events.push(Event::MedicineTicked);
    }

    fn send_repeat(&mut self, events: &mut Vec<Event>) {
        if self.ticked.is_empty() {
            self.problem = Some(Problem::NothingTicked);
            events.push(Event::NothingTicked);
            return;
        }
        // Keep the list in the order it is shown.
        let shown = Medicine::of(self.person);
        let mut medicines = std::mem::take(&mut self.ticked);
        medicines.sort_by_key(|m| shown.iter().position(|s| s == m));
        self.orders.push(Order {
            medicines,
            sent_at: self.minutes,
            person: self.person,
        });
        self.note.clear();
        self.go(Screen::RepeatSent);
        events.push(Event::RepeatSent);
    }

    fn open_result(&mut self, result: LabResult, events: &mut Vec<Event>) {
        self.go(Screen::Result(result));
        events.push(Event::ResultOpened);
        if result.range() != Range::Within {
            events.push(Event::OutOfRangeOpened);
        }
    }
}
