//! Holds a sender to `--rate` messages per second (`produce`, `dlq replay`), spacing sends
//! evenly from the first.

use std::time::{Duration, Instant};

/// Spaces sends evenly at `rate` messages per second.
pub struct Pacer {
    start: Instant,
    rate: u32,
    sent: u64,
}

impl Pacer {
    pub fn new(rate: u32) -> Pacer {
        Pacer {
            start: Instant::now(),
            rate: rate.max(1),
            sent: 0,
        }
    }

    /// Sleeps until the next send is due, and counts it.
    pub fn wait(&mut self) {
        let due = self.due();
        let elapsed = self.start.elapsed();
        if due > elapsed {
            std::thread::sleep(due - elapsed);
        }
        self.sent += 1;
    }

    /// When the next send is due, from the first.
    fn due(&self) -> Duration {
        Duration::from_secs_f64(self.sent as f64 / f64::from(self.rate))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sends_are_due_at_even_intervals_from_the_first() {
        let mut p = Pacer::new(4);
        assert_eq!(p.due(), Duration::ZERO, "the first goes at once");
        p.sent = 3;
        assert_eq!(p.due(), Duration::from_millis(750));
        assert_eq!(Pacer::new(0).rate, 1, "a rate of 0 would never send");
    }
}
