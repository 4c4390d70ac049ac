/*!
Simulated time, so that waiting can be practised without waiting: an SMS
code that goes stale after ten minutes, a letter that takes three days.

Time is counted in minutes since the practice began, as a plain number
that the services keep in their state. Days are a view of minutes:
[`days`] turns days into minutes, [`whole_days`] minutes into the day
shown beside a letterbox. A "… later" button moves the clock on, never
back, and never by more than the service allows in one press.
*/

/// Minutes in a day.
pub const MINUTES_PER_DAY: u32 = 24 * 60;

/// The minutes in `n` days.
pub const fn days(n: u32) -> u32 {
    n.saturating_mul(MINUTES_PER_DAY)
}

/// The whole days in `minutes`: the day the practice is on, from day 0.
pub const fn whole_days(minutes: u32) -> u32 {
    minutes / MINUTES_PER_DAY
}

/// Moves the clock `now` on by `by` minutes, at most `longest` in one go.
pub fn wait(now: &mut u32, by: u32, longest: u32) {
    *now = now.saturating_add(by.min(longest));
}

/// Minutes from `then` to `now`; nothing when `then` is still to come.
pub fn since(now: u32, then: u32) -> u32 {
    now.saturating_sub(then)
}

/// Whether `span` minutes have passed since `then`.
pub fn passed(now: u32, then: u32, span: u32) -> bool {
    since(now, then) >= span
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_a_view_of_minutes() {
        for (n, minutes) in [(0, 0), (1, 1440), (3, 4320), (u32::MAX, u32::MAX)] {
            assert_eq!(days(n), minutes, "{n} days");
        }
        for (minutes, day) in [(0, 0), (1439, 0), (1440, 1), (days(3) + 5, 3)] {
            assert_eq!(whole_days(minutes), day, "{minutes} minutes");
        }
    }

    #[test]
    fn waiting_moves_on_at_most_the_longest_wait() {
        let check = |start: u32, by: u32, longest: u32, end: u32| {
            let mut now = start;
            wait(&mut now, by, longest);
            assert_eq!(now, end, "{start} + {by} (at most {longest})");
        };
        check(0, 10, 60, 10);
        check(5, 0, 60, 5);
        check(0, 1000, 60, 60);
        check(u32::MAX - 1, 10, 60, u32::MAX);
    }

    #[test]
    fn time_since_never_runs_backwards() {
        let check = |now: u32, then: u32, span: u32, since_then: u32, done: bool| {
            assert_eq!(since(now, then), since_then, "{now} since {then}");
            assert_eq!(
                passed(now, then, span),
                done,
                "{span} after {then} at {now}"
            );
        };
        check(10, 0, 10, 10, true);
        check(9, 0, 10, 9, false);
        check(0, 5, 0, 0, true);
        check(0, 5, 1, 0, false);
        check(days(3), 0, days(3), days(3), true);
    }
}
