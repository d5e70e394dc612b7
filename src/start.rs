//! Where `tail` starts reading: the `--from` argument.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A parsed `--from` value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartFrom {
    Beginning,
    End,
    /// An absolute offset, the same in every partition.
    Offset(i64),
    /// N messages before the end of each partition.
    Tail(i64),
    /// The first message at or after this time (epoch ms).
    Time(i64),
}

impl StartFrom {
    /// Parses `beginning`, `end`, `OFFSET`, `-N`, `@TIME` (RFC 3339 or epoch ms) or a duration
    /// ago (`10m`, `2h 30m`). `now` is the epoch-ms reference for durations.
    pub fn parse(spec: &str, now_ms: i64) -> Result<StartFrom, String> {
        let spec = spec.trim();
        match spec {
            "beginning" | "earliest" | "first" => return Ok(StartFrom::Beginning),
            "end" | "latest" | "last" | "next" => return Ok(StartFrom::End),
            _ => {}
        }
        if let Some(time) = spec.strip_prefix('@') {
            return parse_time(time).map(StartFrom::Time);
        }
        if let Some(n) = spec.strip_prefix('-') {
            return match n.parse::<i64>() {
                Ok(n) if n > 0 => Ok(StartFrom::Tail(n)),
                _ => Err(format!(
                    "invalid --from {spec:?}: -N needs a positive count of messages"
                )),
            };
        }
        if spec.bytes().all(|b| b.is_ascii_digit()) && !spec.is_empty() {
            return spec
                .parse::<i64>()
                .map(StartFrom::Offset)
                .map_err(|e| format!("invalid --from {spec:?}: {e}"));
        }
        match parse_duration(spec) {
            Ok(ago) => Ok(StartFrom::Time(now_ms - duration_ms(ago))),
            Err(_) => Err(format!(
                "invalid --from {spec:?}: expected beginning, end, OFFSET, -N, @TIME (RFC 3339 or epoch ms) or a duration such as 10m"
            )),
        }
    }
}

/// A duration such as `500ms`, `10s`, `2m` or `1h 30m`, as humantime reads it. humantime 2.4
/// panics (an overflow in `Duration::new`) on a total within a second of `u64::MAX` seconds,
/// which the fuzzer found, so a text whose numbers could add up to anything near that is
/// refused first: each run of digits counted as that many years, the largest unit.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    const YEAR_SECS: u128 = 31_557_600;
    let mut bound: u128 = 0;
    for run in text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|r| !r.is_empty())
    {
        let n = run.parse::<u128>().unwrap_or(u128::MAX);
        bound = bound.saturating_add(n.saturating_add(1).saturating_mul(YEAR_SECS));
    }
    if bound >= u128::from(u64::MAX / 2) {
        return Err(format!("duration {text:?} is too long"));
    }
    humantime::parse_duration(text).map_err(|e| e.to_string())
}

/// Parses an RFC 3339 time or epoch milliseconds into epoch milliseconds.
pub fn parse_time(text: &str) -> Result<i64, String> {
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        return text
            .parse::<i64>()
            .map_err(|e| format!("invalid epoch milliseconds {text:?}: {e}"));
    }
    chrono::DateTime::parse_from_rfc3339(text)
        .map(|t| t.timestamp_millis())
        .map_err(|e| {
            format!("invalid time {text:?}: {e} (expected RFC 3339, e.g. 2026-11-22T08:00:00Z, or epoch ms)")
        })
}

fn duration_ms(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(duration_ms)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_enormous_duration_is_refused_instead_of_overflowing() {
        // The fuzzer's find: humantime's carry of a whole second overflowed Duration::new.
        let spec = "18446744073709551615s1000ms";
        assert!(
            super::parse_duration(spec)
                .unwrap_err()
                .contains("too long")
        );
        assert!(super::StartFrom::parse(spec, 1_764_000_000_000).is_err());
        assert_eq!(
            super::parse_duration("1h 30m").unwrap(),
            std::time::Duration::from_secs(5400)
        );
        assert_eq!(
            super::parse_duration("1000000y").unwrap().as_secs(),
            31_557_600_000_000
        );
    }

    use super::*;

    const NOW: i64 = 1_763_800_000_000;

    #[test]
    fn every_form() {
        let p = |s| StartFrom::parse(s, NOW);
        assert_eq!(p("beginning"), Ok(StartFrom::Beginning));
        assert_eq!(p("end"), Ok(StartFrom::End));
        assert_eq!(p("1234"), Ok(StartFrom::Offset(1234)));
        assert_eq!(p("-10"), Ok(StartFrom::Tail(10)));
        assert_eq!(p("@1763769600000"), Ok(StartFrom::Time(1_763_769_600_000)));
        assert_eq!(
            p("@2025-11-22T00:00:00Z"),
            Ok(StartFrom::Time(1_763_769_600_000))
        );
        assert_eq!(
            p("@2025-11-22T01:00:00+01:00"),
            Ok(StartFrom::Time(1_763_769_600_000))
        );
        assert_eq!(p("10m"), Ok(StartFrom::Time(NOW - 600_000)));
        assert_eq!(p("1h 30m"), Ok(StartFrom::Time(NOW - 5_400_000)));
    }

    #[test]
    fn malformed_values_say_what_is_accepted() {
        for bad in ["", "yesterday", "-0", "-x", "@noon", "12ab", "@"] {
            let err = StartFrom::parse(bad, NOW).unwrap_err();
            assert!(err.contains("invalid"), "{bad}: {err}");
        }
    }
}
