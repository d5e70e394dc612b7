//! A progress bar on stderr for long runs (`dlq replay`), drawn by indicatif, and the one way
//! to print a warning while it runs: `warn` prints the line above the bar, never into it.

use std::sync::Mutex;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};

/// The bar on screen, if any: where `warn` prints.
static SHOWN: Mutex<Option<ProgressBar>> = Mutex::new(None);

/// A bar that counts to `total` (or up, without one). It shows only where `target` is a
/// terminal; dropping it clears it.
pub struct Bar(ProgressBar);

impl Bar {
    /// A bar on stderr when it is a terminal and the run is not quiet.
    pub fn stderr(verb: &str, total: Option<u64>, quiet: bool) -> Bar {
        let target = if quiet {
            ProgressDrawTarget::hidden()
        } else {
            ProgressDrawTarget::stderr_with_hz(5)
        };
        Bar::to(target, verb, total)
    }

    pub fn to(target: ProgressDrawTarget, verb: &str, total: Option<u64>) -> Bar {
        let template = match total {
            Some(_) => "{msg} {pos}/{len} {wide_bar} {rate} ETA {eta}",
            None => "{msg} {pos} {rate}",
        };
        let bar = ProgressBar::with_draw_target(total, target)
            .with_style(
                ProgressStyle::with_template(template)
                    .unwrap_or_else(|_| {
                        // The templates above are fixed and valid; this keeps a default if not.
                        ProgressStyle::default_bar()
                    })
                    .with_key(
                        "rate",
                        |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                            let _ = write!(w, "{:.0}/s", state.per_sec());
                        },
                    ),
            )
            .with_message(verb.to_string());
        bar.enable_steady_tick(Duration::from_millis(200));
        if !bar.is_hidden()
            && let Ok(mut shown) = SHOWN.lock()
        {
            *shown = Some(bar.clone());
        }
        Bar(bar)
    }

    pub fn inc(&self) {
        self.0.inc(1);
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        self.0.finish_and_clear();
        if let Ok(mut shown) = SHOWN.lock() {
            *shown = None;
        }
    }
}

/// Prints `evctl: <line>` on stderr, above the bar if one is shown.
pub fn warn(line: impl std::fmt::Display) {
    let shown = SHOWN.lock().ok().and_then(|s| s.clone());
    match shown {
        Some(bar) => bar.println(format!("evctl: {line}")),
        None => eprintln!("evctl: {line}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use indicatif::InMemoryTerm;

    #[test]
    fn warnings_go_above_the_bar_and_the_bar_is_cleared_at_the_end() {
        let term = InMemoryTerm::new(6, 80);
        let bar = Bar::to(
            ProgressDrawTarget::term_like(Box::new(term.clone())),
            "replaying",
            Some(10),
        );
        for _ in 0..3 {
            bar.inc();
        }
        bar.0.tick();
        warn("orders.DLT/0@4: left in the DLQ: no origin");
        let screen = term.contents();
        let lines: Vec<&str> = screen.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(
            lines.first().copied(),
            Some("evctl: orders.DLT/0@4: left in the DLQ: no origin"),
            "{screen}"
        );
        assert!(lines[1].starts_with("replaying 3/10 "), "{screen}");
        assert_eq!(lines.len(), 2, "{screen}");
        drop(bar);
        assert!(
            term.contents().contains("evctl: orders.DLT"),
            "the warning stays"
        );
        assert!(!term.contents().contains("replaying"), "the bar is gone");
    }
}
