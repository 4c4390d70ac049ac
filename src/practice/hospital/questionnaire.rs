//! The questionnaire before the visit to Cardiologie: five questions, one
//! per screen. Choices are answered by a press; the text questions go
//! through the practice input rule like every field.

use crate::i18n::p;

/// What a question asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// One of these answers (practice text keys).
    Choice(&'static [&'static str]),
    /// A short text; `required` when "Volgende" needs one.
    Text { required: bool },
}

/// One question (practice text keys).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub text: &'static str,
    /// A short hint under the question, if any.
    pub hint: Option<&'static str>,
    pub form: Form,
}

/// The questions, in order.
pub const QUESTIONS: [Question; 5] = [
    Question {
        text: p::HOSPITAL_Q_FEEL,
        hint: None,
        form: Form::Choice(&[
            p::HOSPITAL_Q_FEEL_GOOD,
            p::HOSPITAL_Q_FEEL_FAIR,
            p::HOSPITAL_Q_FEEL_BAD,
        ]),
    },
    Question {
        text: p::HOSPITAL_Q_PAIN,
        hint: Some(p::HOSPITAL_Q_PAIN_HINT),
        form: Form::Choice(&[
            p::HOSPITAL_Q_NO,
            p::HOSPITAL_Q_SOMETIMES,
            p::HOSPITAL_Q_OFTEN,
        ]),
    },
    Question {
        text: p::HOSPITAL_Q_SMOKE,
        hint: None,
        form: Form::Choice(&[
            p::HOSPITAL_Q_SMOKE_NEVER,
            p::HOSPITAL_Q_SMOKE_BEFORE,
            p::HOSPITAL_Q_SMOKE_YES,
        ]),
    },
    Question {
        text: p::HOSPITAL_Q_MEDICINES,
        hint: Some(p::HOSPITAL_Q_MEDICINES_HINT),
        form: Form::Text { required: true },
    },
    Question {
        text: p::HOSPITAL_Q_ASK,
        hint: Some(p::HOSPITAL_Q_ASK_HINT),
        form: Form::Text { required: false },
    },
];

/// An answer to one question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    None,
    /// The place of the chosen answer in [`Form::Choice`].
    Choice(usize),
    Text(String),
}

impl Question {
    /// Whether `answer` lets the learner go on.
    pub fn done(&self, answer: &Answer) -> bool {
        match (self.form, answer) {
            (Form::Choice(options), Answer::Choice(i)) => *i < options.len(),
            (Form::Text { required }, Answer::Text(text)) => !required || !text.trim().is_empty(),
            (Form::Text { required: false }, Answer::None) => true,
            _ => false,
        }
    }

    /// Practice text key of a chosen answer, for the check page.
    pub fn choice_key(&self, answer: &Answer) -> Option<&'static str> {
        match (self.form, answer) {
            (Form::Choice(options), Answer::Choice(i)) => options.get(*i).copied(),
            _ => None,
        }
    }
}
