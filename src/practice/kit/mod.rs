/*!
The practice kit: the pieces every practice service is built from.

The services once each carried their own copy of the same rules — how a
typed value is judged, how simulated time passes, how an SMS code is sent
and goes stale, when a letter is in the letterbox, what a password needs —
and the copies had started to drift (one cleared the warning before
cutting, another after). A rule that the learner meets in every service
has to behave the same in every service, so it lives here once, one file
per concern, each tested on its own.
*/

pub mod clock;
pub mod date;
pub mod fault;
pub mod input;
pub mod letters;
pub mod password;
pub mod phone;

#[cfg(test)]
mod tests;
