/*!
The practice data behind the GP portal: who can be booked, which times
are free, which medicines Noor (and her practice child) take, and their
practice lab results. Everything is invented; medicine names and doses
are real generic ones from the brief, lab values are plausible practice
values, and every screen that shows them says so.

Each item is a typed id with its facts here and its Dutch words in
`locales/nl/practice-gp.ftl` (keys checked at build time through `p`).
*/

use crate::i18n::p;

/// Whose data the portal shows: Noor's own, or her child's (a parent
/// with a machtiging from the practice).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Person {
    Me,
    Child,
}

/// Someone at the practice who sees patients.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Practitioner {
    /// The GP: not bookable online ("bel de praktijk").
    Gp,
    /// The trainee GP: bookable online.
    Trainee,
    /// The practice nurse for check-ups: bookable online.
    Nurse,
}

impl Practitioner {
    pub const ALL: [Practitioner; 3] =
        [Practitioner::Gp, Practitioner::Trainee, Practitioner::Nurse];

    /// Only some practitioners can be booked online (as in real portals).
    pub fn online(self) -> bool {
        !matches!(self, Practitioner::Gp)
    }

    pub fn name_key(self) -> &'static str {
        match self {
            Practitioner::Gp => p::GP_WHO_GP,
            Practitioner::Trainee => p::GP_WHO_TRAINEE,
            Practitioner::Nurse => p::GP_WHO_NURSE,
        }
    }

    pub fn role_key(self) -> &'static str {
        match self {
            Practitioner::Gp => p::GP_WHO_GP_ROLE,
            Practitioner::Trainee => p::GP_WHO_TRAINEE_ROLE,
            Practitioner::Nurse => p::GP_WHO_NURSE_ROLE,
        }
    }
}

/// A time that may be booked: `day` days after the practice's "today",
/// at `hour`:`minute`. Minute 0 of the simulated clock is 08:00 today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    /// Shown as free, but someone else books it first: choosing it
    /// teaches what to do when a time is gone.
    pub taken: bool,
}

impl Slot {
    /// The slot's minute on the simulated clock.
    pub fn at(self) -> u32 {
        super::super::kit::clock::days(self.day)
            + (self.hour * 60 + self.minute).saturating_sub(8 * 60)
    }

    /// "09:10".
    pub fn time(self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }

    /// Practice text key of the day's name ("Dinsdag").
    pub fn day_key(self) -> &'static str {
        match self.day {
            0 => p::GP_DAY_0,
            1 => p::GP_DAY_1,
            2 => p::GP_DAY_2,
            _ => p::GP_DAY_3,
        }
    }
}

const fn slot(day: u32, hour: u32, minute: u32, taken: bool) -> Slot {
    Slot {
        day,
        hour,
        minute,
        taken,
    }
}

/// The free times shown for a practitioner bookable online.
pub const SLOTS: [Slot; 6] = [
    slot(1, 9, 10, true),
    slot(1, 11, 30, false),
    slot(2, 8, 40, false),
    slot(2, 14, 0, false),
    slot(3, 10, 20, false),
    slot(3, 15, 50, false),
];

/// A medicine on the practice repeat list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Medicine {
    Omeprazol,
    Metformine,
    Amlodipine,
    Atorvastatine,
    Salbutamol,
    Cetirizine,
}

impl Medicine {
    /// The repeat list of `person`, in the order shown.
    pub fn of(person: Person) -> &'static [Medicine] {
        match person {
            Person::Me => &[
                Medicine::Omeprazol,
                Medicine::Metformine,
                Medicine::Amlodipine,
                Medicine::Atorvastatine,
            ],
            Person::Child => &[Medicine::Salbutamol, Medicine::Cetirizine],
        }
    }

    /// A medicine that needs a check-up before it can be ordered again.
    pub fn needs_checkup(self) -> bool {
        matches!(self, Medicine::Atorvastatine)
    }

    pub fn name_key(self) -> &'static str {
        match self {
            Medicine::Omeprazol => p::GP_MED_OMEPRAZOL,
            Medicine::Metformine => p::GP_MED_METFORMINE,
            Medicine::Amlodipine => p::GP_MED_AMLODIPINE,
            Medicine::Atorvastatine => p::GP_MED_ATORVASTATINE,
            Medicine::Salbutamol => p::GP_MED_SALBUTAMOL,
            Medicine::Cetirizine => p::GP_MED_CETIRIZINE,
        }
    }

    /// How to take it, as on the label.
    pub fn use_key(self) -> &'static str {
        match self {
            Medicine::Omeprazol => p::GP_MED_OMEPRAZOL_USE,
            Medicine::Metformine => p::GP_MED_METFORMINE_USE,
            Medicine::Amlodipine => p::GP_MED_AMLODIPINE_USE,
            Medicine::Atorvastatine => p::GP_MED_ATORVASTATINE_USE,
            Medicine::Salbutamol => p::GP_MED_SALBUTAMOL_USE,
            Medicine::Cetirizine => p::GP_MED_CETIRIZINE_USE,
        }
    }
}

/// How a practice value compares with its reference range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Range {
    Within,
    Low,
    High,
}

/// A practice lab result (Noor's: the child has none).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LabResult {
    Hemoglobin,
    Glucose,
    Cholesterol,
    Egfr,
    Tsh,
}

impl LabResult {
    pub const ALL: [LabResult; 5] = [
        LabResult::Hemoglobin,
        LabResult::Glucose,
        LabResult::Cholesterol,
        LabResult::Egfr,
        LabResult::Tsh,
    ];

    /// Where the value lies.
    pub fn range(self) -> Range {
        match self {
            LabResult::Hemoglobin => Range::Low,
            LabResult::Cholesterol => Range::High,
            LabResult::Glucose | LabResult::Egfr | LabResult::Tsh => Range::Within,
        }
    }

    /// The practice text keys: name, value with unit, range, plain
    /// explanation, and the doctor's comment.
    pub fn keys(self) -> [&'static str; 5] {
        match self {
            LabResult::Hemoglobin => [
                p::GP_LAB_HB,
                p::GP_LAB_HB_VALUE,
                p::GP_LAB_HB_RANGE,
                p::GP_LAB_HB_MEANS,
                p::GP_LAB_HB_DOCTOR,
            ],
            LabResult::Glucose => [
                p::GP_LAB_GLUCOSE,
                p::GP_LAB_GLUCOSE_VALUE,
                p::GP_LAB_GLUCOSE_RANGE,
                p::GP_LAB_GLUCOSE_MEANS,
                p::GP_LAB_GLUCOSE_DOCTOR,
            ],
            LabResult::Cholesterol => [
                p::GP_LAB_CHOL,
                p::GP_LAB_CHOL_VALUE,
                p::GP_LAB_CHOL_RANGE,
                p::GP_LAB_CHOL_MEANS,
                p::GP_LAB_CHOL_DOCTOR,
            ],
            LabResult::Egfr => [
                p::GP_LAB_EGFR,
                p::GP_LAB_EGFR_VALUE,
                p::GP_LAB_EGFR_RANGE,
                p::GP_LAB_EGFR_MEANS,
                p::GP_LAB_EGFR_DOCTOR,
            ],
            LabResult::Tsh => [
                p::GP_LAB_TSH,
                p::GP_LAB_TSH_VALUE,
                p::GP_LAB_TSH_RANGE,
                p::GP_LAB_TSH_MEANS,
                p::GP_LAB_TSH_DOCTOR,
            ],
        }
    }
}

/// What an e-consult question is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Subject {
    Medicine,
    Result,
    Skin,
    Other,
}

impl Subject {
    pub const ALL: [Subject; 4] = [
        Subject::Medicine,
        Subject::Result,
        Subject::Skin,
        Subject::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Subject::Medicine => p::GP_SUBJECT_MEDICINE,
            Subject::Result => p::GP_SUBJECT_RESULT,
            Subject::Skin => p::GP_SUBJECT_SKIN,
            Subject::Other => p::GP_SUBJECT_OTHER,
        }
    }
}

/// The practice pictures on the simulated device, for a question's photo.
pub const PHOTOS: [&str; 3] = [p::GP_PHOTO_ARM, p::GP_PHOTO_HAND, p::GP_PHOTO_PLANT];
