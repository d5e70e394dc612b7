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
        match humantime::parse_duration(spec) {
            Ok(ago) => Ok(StartFrom::Time(now_ms - duration_ms(ago))),
            Err(_) => Err(format!(
                "invalid --from {spec:?}: expected beginning, end, OFFSET, -N, @TIME (RFC 3339 or epoch ms) or a duration such as 10m"
            )),
        }
    }
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
