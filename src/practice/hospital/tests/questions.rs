//! The questionnaire's own rules: when an answer lets the learner go on,
//! and which words the check page shows for a chosen answer.

use super::*;
use crate::i18n::p;

#[test]
fn an_answer_is_done_when_it_fits_its_question() {
    let check = |n: usize, answer: Answer, done: bool| {
        assert_eq!(QUESTIONS[n].done(&answer), done, "question {n}: {answer:?}");
    };
    check(0, Answer::Choice(2), true);
    check(0, Answer::Choice(3), false);
    check(0, Answer::None, false);
    check(0, Answer::Text("goed".into()), false);
    // Question 3 needs a text; question 4 may stay empty.
    check(3, Answer::Text("omeprazol".into()), true);
    check(3, Answer::Text("   ".into()), false);
    check(3, Answer::None, false);
    check(4, Answer::Text(String::new()), true);
    check(4, Answer::Text("Mag ik eten?".into()), true);
    check(4, Answer::None, true);
    check(4, Answer::Choice(0), false);
}

#[test]
fn spaces_are_no_answer_to_a_question_that_needs_one() {
    let on_text = choices_made(0);
    let h = check(
        &with(&on_text, &[A::Text("   ".into())]),
        A::Next,
        &["no-answer"],
    );
    assert_eq!(h.problem, Some(Problem::NoAnswer));
}

#[test]
fn the_check_page_names_the_chosen_answer() {
    let check = |n: usize, answer: Answer, key: Option<&str>| {
        assert_eq!(
            QUESTIONS[n].choice_key(&answer),
            key,
            "question {n}: {answer:?}"
        );
    };
    check(0, Answer::Choice(1), Some(p::HOSPITAL_Q_FEEL_FAIR));
    check(2, Answer::Choice(2), Some(p::HOSPITAL_Q_SMOKE_YES));
    check(2, Answer::Choice(3), None);
    check(0, Answer::None, None);
    check(3, Answer::Text("omeprazol".into()), None);
}
