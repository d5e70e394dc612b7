//! kcat-style format strings for `evctl tail -f`.
//!
//! Tokens: `%t` topic, `%p` partition, `%o` offset, `%k` key, `%K` key length, `%s` value,
//! `%S` value length, `%T` timestamp (epoch ms), `%I` timestamp as ISO-8601 / RFC 3339 UTC,
//! `%h` headers as `k=v,k=v`, `%%` a percent sign. Escapes: `\n`, `\r`, `\t`, `\\`.
//! Lengths of an absent key or value are `-1`, as in kcat.

use std::io::Write;

use crate::envelope::{HeaderRef, RecordRef};

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Literal(Vec<u8>),
    Topic,
    Partition,
    Offset,
    Key,
    KeyLen,
    Value,
    ValueLen,
    Timestamp,
    IsoTime,
    Headers,
}

/// A parsed format string, checked once before any message is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatString {
    tokens: Vec<Token>,
}

impl FormatString {
    pub fn parse(spec: &str) -> Result<FormatString, String> {
        let mut tokens = Vec::new();
        let mut literal = Vec::new();
        let mut chars = spec.chars();
        while let Some(c) = chars.next() {
            let token = match c {
                '%' => match chars.next() {
                    Some('t') => Token::Topic,
                    Some('p') => Token::Partition,
                    Some('o') => Token::Offset,
                    Some('k') => Token::Key,
                    Some('K') => Token::KeyLen,
                    Some('s') => Token::Value,
                    Some('S') => Token::ValueLen,
                    Some('T') => Token::Timestamp,
                    Some('I') => Token::IsoTime,
                    Some('h') => Token::Headers,
                    Some('%') => {
                        literal.push(b'%');
                        continue;
                    }
                    Some(other) => {
                        return Err(format!(
                            "unknown token %{other} in format {spec:?} (known: %t %p %o %k %K %s %S %T %I %h %%)"
                        ));
                    }
                    None => return Err(format!("format {spec:?} ends with a lone %")),
                },
                '\\' => {
                    let escaped = match chars.next() {
                        Some('n') => '\n',
                        Some('r') => '\r',
                        Some('t') => '\t',
                        Some('\\') => '\\',
                        Some(other) => {
                            literal.push(b'\\');
                            other
                        }
                        None => '\\',
                    };
                    let mut buf = [0; 4];
                    literal.extend_from_slice(escaped.encode_utf8(&mut buf).as_bytes());
                    continue;
                }
                other => {
                    let mut buf = [0; 4];
                    literal.extend_from_slice(other.encode_utf8(&mut buf).as_bytes());
                    continue;
                }
            };
            if !literal.is_empty() {
                tokens.push(Token::Literal(std::mem::take(&mut literal)));
            }
            tokens.push(token);
        }
        if !literal.is_empty() {
            tokens.push(Token::Literal(literal));
        }
        Ok(FormatString { tokens })
    }

    /// Appends one message rendered with this format to `out`.
    pub fn render<'h>(
        &self,
        out: &mut Vec<u8>,
        record: &RecordRef<'_>,
        headers: impl IntoIterator<Item = HeaderRef<'h>> + Clone,
    ) {
        for token in &self.tokens {
            // Writes into a Vec cannot fail.
            let _ = match token {
                Token::Literal(bytes) => out.write_all(bytes),
                Token::Topic => out.write_all(record.topic.as_bytes()),
                Token::Partition => write!(out, "{}", record.partition),
                Token::Offset => write!(out, "{}", record.offset),
                Token::Key => out.write_all(record.key.unwrap_or_default()),
                Token::KeyLen => write!(out, "{}", len_or_minus_one(record.key)),
                Token::Value => out.write_all(record.value.unwrap_or_default()),
                Token::ValueLen => write!(out, "{}", len_or_minus_one(record.value)),
                Token::Timestamp => write!(out, "{}", record.timestamp.unwrap_or(-1)),
                Token::IsoTime => {
                    write_iso_time(out, record.timestamp);
                    Ok(())
                }
                Token::Headers => {
                    for (i, h) in headers.clone().into_iter().enumerate() {
                        if i > 0 {
                            out.push(b',');
                        }
                        out.extend_from_slice(h.key.as_bytes());
                        out.push(b'=');
                        out.extend_from_slice(h.value.unwrap_or_default());
                    }
                    Ok(())
                }
            };
        }
    }
}

fn len_or_minus_one(bytes: Option<&[u8]>) -> i64 {
    bytes.map_or(-1, |b| b.len() as i64)
}

/// Writes an epoch-ms timestamp as `2026-11-22T08:30:00.123Z`, or `-` when there is none.
pub fn write_iso_time(out: &mut Vec<u8>, timestamp: Option<i64>) {
    match timestamp.and_then(chrono::DateTime::from_timestamp_millis) {
        Some(t) => {
            let _ = write!(out, "{}", t.format("%Y-%m-%dT%H:%M:%S%.3fZ"));
        }
        None => out.push(b'-'),
    }
}

/// A size in bytes as people read it: `512 B`, `12.3 KiB`, `4.0 GiB`; `-` when unknown.
pub fn human_bytes(n: Option<i64>) -> String {
    let Some(n) = n else {
        return "-".into();
    };
    const UNITS: [&str; 5] = ["KiB", "MiB", "GiB", "TiB", "PiB"];
    if n < 1024 {
        return format!("{n} B");
    }
    let mut value = n as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_read_them() {
        assert_eq!(human_bytes(None), "-");
        assert_eq!(human_bytes(Some(0)), "0 B");
        assert_eq!(human_bytes(Some(1023)), "1023 B");
        assert_eq!(human_bytes(Some(1024)), "1.0 KiB");
        assert_eq!(human_bytes(Some(12_600)), "12.3 KiB");
        assert_eq!(human_bytes(Some(5 * 1024 * 1024 * 1024)), "5.0 GiB");
    }
    use proptest::prelude::*;

    fn record<'a>(key: Option<&'a [u8]>, value: Option<&'a [u8]>) -> RecordRef<'a> {
        RecordRef {
            topic: "orders",
            partition: 3,
            offset: 42,
            timestamp: Some(1_763_769_600_123),
            key,
            value,
        }
    }

    fn render(spec: &str, rec: &RecordRef<'_>, headers: &[HeaderRef<'_>]) -> String {
        let f = FormatString::parse(spec).unwrap();
        let mut out = Vec::new();
        f.render(&mut out, rec, headers.iter().copied());
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn kcat_tokens() {
        let rec = record(Some(b"k1"), Some(b"v"));
        let headers = [
            HeaderRef {
                key: "a",
                value: Some(b"1"),
            },
            HeaderRef {
                key: "b",
                value: None,
            },
        ];
        assert_eq!(
            render("%t/%p@%o %k(%K)=%s(%S) %T %h\\n", &rec, &headers),
            "orders/3@42 k1(2)=v(1) 1763769600123 a=1,b=\n"
        );
    }

    #[test]
    fn iso_time_and_percent() {
        let rec = record(None, None);
        assert_eq!(
            render("%I 100%% %K %S", &rec, &[]),
            "2025-11-22T00:00:00.123Z 100% -1 -1"
        );
    }

    #[test]
    fn bad_tokens_are_rejected_with_the_list() {
        let err = FormatString::parse("%x").unwrap_err();
        assert!(err.contains("unknown token %x"), "{err}");
        assert!(FormatString::parse("50%").unwrap_err().contains("lone %"));
    }

    proptest! {
        /// Text without `%` or `\` comes out unchanged.
        #[test]
        fn literals_pass_through(text in "[^%\\\\]{0,40}") {
            prop_assert_eq!(render(&text, &record(None, None), &[]), text);
        }

        /// Any format either fails to parse or renders without panicking.
        #[test]
        fn any_format_is_safe(spec in ".{0,30}", value in proptest::collection::vec(any::<u8>(), 0..20)) {
            if let Ok(f) = FormatString::parse(&spec) {
                let mut out = Vec::new();
                f.render(&mut out, &record(Some(b"k"), Some(&value)), std::iter::empty());
            }
        }
    }
}
