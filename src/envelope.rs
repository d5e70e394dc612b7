//! The broker-neutral message record and its JSON-lines form (the "envelope").
//!
//! One line per message:
//!
//! ```text
//! {"topic":"orders","partition":0,"offset":42,"timestamp":1763769600000,
//!  "key":"o-1","headers":[{"key":"trace","value":"abc"}],"value":{"id":1}}
//! ```
//!
//! Keys, values and header values are bytes on the wire. Each is written in the first form
//! that can carry it exactly:
//! - embedded JSON, verbatim, when the bytes are one JSON object, array, number or boolean on
//!   one line with no surrounding space (so `{"a" : 1}` comes back with its odd spacing);
//! - a JSON string when the bytes are UTF-8 text (JSON strings and `null` are text too, which
//!   keeps a JSON string value apart from text and the text `null` apart from a missing value);
//! - otherwise a base64 string with a `value_encoding` (or `key_encoding`) field `"base64"`.
//!
//! `null` means absent (a tombstone value, a message without key). Reading an envelope back
//! gives the same bytes, so `tail -o jsonl | produce --input jsonl` reproduces messages exactly.
//! Readers ignore fields they do not know; the RabbitMQ fields (`exchange`, `routing_key`,
//! `properties`, typed header entries) extend the same record.

use std::borrow::Cow;
use std::io::Write;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde::Deserialize;
use serde_json::value::RawValue;

/// How one byte field is carried in the envelope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Encoding {
    Json,
    Text,
    Base64,
}

impl Encoding {
    /// The form `bytes` is written in: see the module documentation.
    pub fn of(bytes: &[u8]) -> Encoding {
        match std::str::from_utf8(bytes) {
            Ok(text) if is_embeddable_json(text) => Encoding::Json,
            Ok(_) => Encoding::Text,
            Err(_) => Encoding::Base64,
        }
    }
}

/// True when `text` is a single JSON value that can be embedded verbatim and read back as the
/// same bytes: not a string or null (those are carried as text), no line breaks (one record per
/// line), no surrounding whitespace.
fn is_embeddable_json(text: &str) -> bool {
    let Some(&first) = text.as_bytes().first() else {
        return false;
    };
    if !matches!(first, b'{' | b'[' | b'-' | b'0'..=b'9' | b't' | b'f') {
        return false;
    }
    if text.bytes().any(|b| b == b'\n' || b == b'\r') {
        return false;
    }
    match serde_json::from_str::<&RawValue>(text) {
        Ok(raw) => raw.get().len() == text.len(),
        Err(_) => false,
    }
}

/// One header of a message as borrowed from a broker client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeaderRef<'a> {
    pub key: &'a str,
    pub value: Option<&'a [u8]>,
}

/// A consumed message, borrowed from the client's buffers, ready to be written.
#[derive(Debug, Clone, Copy)]
pub struct RecordRef<'a> {
    pub topic: &'a str,
    pub partition: i32,
    pub offset: i64,
    /// Milliseconds since the Unix epoch, when the broker gave one.
    pub timestamp: Option<i64>,
    pub key: Option<&'a [u8]>,
    pub value: Option<&'a [u8]>,
}

/// Appends `record` and its headers as one envelope line (with the trailing newline) to `out`.
///
/// Writing into a reused buffer keeps the tail hot path free of per-message allocations.
pub fn write_envelope<'h>(
    out: &mut Vec<u8>,
    record: &RecordRef<'_>,
    headers: impl IntoIterator<Item = HeaderRef<'h>>,
) {
    out.extend_from_slice(b"{\"topic\":");
    write_json_str(out, record.topic);
    out.extend_from_slice(b",\"partition\":");
    write_int(out, i64::from(record.partition));
    out.extend_from_slice(b",\"offset\":");
    write_int(out, record.offset);
    out.extend_from_slice(b",\"timestamp\":");
    match record.timestamp {
        Some(ts) => write_int(out, ts),
        None => out.extend_from_slice(b"null"),
    }
    write_field(out, b",\"key\":", b"key_encoding", record.key);
    out.extend_from_slice(b",\"headers\":[");
    for (i, header) in headers.into_iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"key\":");
        write_json_str(out, header.key);
        write_field(out, b",\"value\":", b"value_encoding", header.value);
        out.push(b'}');
    }
    out.push(b']');
    write_field(out, b",\"value\":", b"value_encoding", record.value);
    out.extend_from_slice(b"}\n");
}

/// Writes `"name":<bytes in their form>`, followed by `"<marker>":"base64"` when needed.
pub(crate) fn write_field(out: &mut Vec<u8>, name: &[u8], marker: &[u8], bytes: Option<&[u8]>) {
    out.extend_from_slice(name);
    let Some(bytes) = bytes else {
        out.extend_from_slice(b"null");
        return;
    };
    match Encoding::of(bytes) {
        Encoding::Json => out.extend_from_slice(bytes),
        Encoding::Text => {
            // `of` checked the bytes are UTF-8.
            let text = std::str::from_utf8(bytes).unwrap_or_default();
            write_json_str(out, text);
        }
        Encoding::Base64 => {
            out.push(b'"');
            let start = out.len();
            out.resize(
                start + base64::encoded_len(bytes.len(), true).unwrap_or(0),
                0,
            );
            let written = BASE64
                .encode_slice(bytes, &mut out[start..])
                .unwrap_or_default();
            out.truncate(start + written);
            out.extend_from_slice(b"\",\"");
            out.extend_from_slice(marker);
            out.extend_from_slice(b"\":\"base64\"");
        }
    }
}

pub(crate) fn write_json_str(out: &mut Vec<u8>, s: &str) {
    // Writing into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, s);
}

fn write_int(out: &mut Vec<u8>, n: i64) {
    let _ = write!(out, "{n}");
}

/// A message read from an envelope line, owning its bytes, ready to be produced.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Envelope {
    pub topic: Option<String>,
    pub partition: Option<i32>,
    pub offset: Option<i64>,
    pub timestamp: Option<i64>,
    pub key: Option<Vec<u8>>,
    pub headers: Vec<(String, Option<Vec<u8>>)>,
    pub value: Option<Vec<u8>>,
}

#[derive(Deserialize)]
struct WireHeader<'a> {
    #[serde(borrow)]
    key: Cow<'a, str>,
    #[serde(borrow)]
    value: &'a RawValue,
    value_encoding: Option<Encoding>,
}

#[derive(Deserialize)]
struct WireEnvelope<'a> {
    #[serde(borrow)]
    topic: Option<Cow<'a, str>>,
    partition: Option<i32>,
    offset: Option<i64>,
    timestamp: Option<i64>,
    #[serde(borrow)]
    key: Option<&'a RawValue>,
    key_encoding: Option<Encoding>,
    #[serde(default, borrow)]
    headers: Vec<WireHeader<'a>>,
    #[serde(borrow)]
    value: &'a RawValue,
    value_encoding: Option<Encoding>,
}

impl Envelope {
    /// Parses one envelope line. The error says which field was wrong.
    pub fn parse(line: &[u8]) -> Result<Envelope, String> {
        let wire: WireEnvelope<'_> = serde_json::from_slice(line).map_err(|e| {
            // serde_json reports "line 1 column N" for a single line; the column is what helps.
            format!("not a valid envelope: {e}")
        })?;
        let key = match wire.key {
            Some(raw) => decode_field(raw, wire.key_encoding).map_err(|e| format!("key: {e}"))?,
            None => None,
        };
        let mut headers = Vec::with_capacity(wire.headers.len());
        for (i, h) in wire.headers.into_iter().enumerate() {
            let value = decode_field(h.value, h.value_encoding)
                .map_err(|e| format!("headers[{i}] ({}): {e}", h.key))?;
            headers.push((h.key.into_owned(), value));
        }
        let value =
            decode_field(wire.value, wire.value_encoding).map_err(|e| format!("value: {e}"))?;
        Ok(Envelope {
            topic: wire.topic.map(Cow::into_owned),
            partition: wire.partition,
            offset: wire.offset,
            timestamp: wire.timestamp,
            key,
            headers,
            value,
        })
    }

    /// Writes this envelope as one line, in the same form `tail -o jsonl` writes.
    pub fn write(&self, out: &mut Vec<u8>) {
        let record = RecordRef {
            topic: self.topic.as_deref().unwrap_or(""),
            partition: self.partition.unwrap_or(-1),
            offset: self.offset.unwrap_or(-1),
            timestamp: self.timestamp,
            key: self.key.as_deref(),
            value: self.value.as_deref(),
        };
        let headers = self.headers.iter().map(|(k, v)| HeaderRef {
            key: k,
            value: v.as_deref(),
        });
        write_envelope(out, &record, headers);
    }
}

/// Turns one field back into bytes. `None` is a JSON `null`: an absent key or a tombstone.
pub(crate) fn decode_field(
    raw: &RawValue,
    encoding: Option<Encoding>,
) -> Result<Option<Vec<u8>>, String> {
    let text = raw.get();
    if text == "null" {
        return Ok(None);
    }
    let is_string = text.starts_with('"');
    let as_string = || -> Result<Cow<'_, str>, String> {
        serde_json::from_str::<Cow<'_, str>>(text).map_err(|e| e.to_string())
    };
    let bytes = match encoding {
        Some(Encoding::Base64) => {
            if !is_string {
                return Err("value_encoding base64 needs a string".into());
            }
            BASE64
                .decode(as_string()?.as_bytes())
                .map_err(|e| format!("invalid base64: {e}"))?
        }
        Some(Encoding::Text) => {
            if !is_string {
                return Err("value_encoding text needs a string".into());
            }
            as_string()?.into_owned().into_bytes()
        }
        Some(Encoding::Json) => text.as_bytes().to_vec(),
        None if is_string => as_string()?.into_owned().into_bytes(),
        None => text.as_bytes().to_vec(),
    };
    Ok(Some(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn line_for(env: &Envelope) -> String {
        let mut out = Vec::new();
        env.write(&mut out);
        String::from_utf8(out).expect("envelopes are UTF-8")
    }

    fn round_trip(env: &Envelope) -> Envelope {
        let line = line_for(env);
        assert!(line.ends_with('\n'));
        assert_eq!(line.matches('\n').count(), 1, "one line: {line}");
        Envelope::parse(line.trim_end_matches('\n').as_bytes()).expect("parses back")
    }

    fn with_value(value: &[u8]) -> Envelope {
        Envelope {
            topic: Some("t".into()),
            partition: Some(0),
            offset: Some(1),
            timestamp: Some(5),
            value: Some(value.to_vec()),
            ..Envelope::default()
        }
    }

    #[test]
    fn json_values_are_embedded_verbatim() {
        let line = line_for(&with_value(br#"{"a" : 1,  "b":[1.50,2e3]}"#));
        assert!(
            line.contains(r#""value":{"a" : 1,  "b":[1.50,2e3]}"#),
            "{line}"
        );
        assert!(!line.contains("value_encoding"));
    }

    #[test]
    fn text_json_strings_and_null_text_are_strings() {
        for (bytes, expected) in [
            (&b"hello"[..], r#""value":"hello""#),
            (br#""quoted""#, r#""value":"\"quoted\"""#),
            (b"null", r#""value":"null""#),
            (b" 42", r#""value":" 42""#),
            (b"{\"a\":1}\n", r#""value":"{\"a\":1}\n""#),
        ] {
            let line = line_for(&with_value(bytes));
            assert!(line.contains(expected), "{line}");
        }
    }

    #[test]
    fn binary_is_base64_with_a_marker() {
        let line = line_for(&with_value(&[0xff, 0x00, 0x80]));
        assert!(
            line.contains(r#""value":"/wCA","value_encoding":"base64""#),
            "{line}"
        );
    }

    #[test]
    fn tombstone_and_missing_key_are_null() {
        let env = Envelope {
            value: None,
            ..with_value(b"")
        };
        let line = line_for(&env);
        assert!(line.contains(r#""key":null"#) && line.contains(r#""value":null"#));
        assert_eq!(round_trip(&env), env);
    }

    #[test]
    fn headers_keep_order_and_duplicates() {
        let env = Envelope {
            headers: vec![
                ("b".into(), Some(b"1".to_vec())),
                ("a".into(), None),
                ("b".into(), Some(vec![0xfe])),
            ],
            ..with_value(b"x")
        };
        assert_eq!(round_trip(&env), env);
    }

    #[test]
    fn explicit_encodings_are_honoured() {
        let env = Envelope::parse(br#"{"value":"{\"a\":1}","value_encoding":"text"}"#).unwrap();
        assert_eq!(env.value.as_deref(), Some(&br#"{"a":1}"#[..]));
        let env = Envelope::parse(br#"{"value":"aGk=","value_encoding":"base64"}"#).unwrap();
        assert_eq!(env.value.as_deref(), Some(&b"hi"[..]));
        let env = Envelope::parse(br#"{"value":"hi","value_encoding":"json"}"#).unwrap();
        assert_eq!(env.value.as_deref(), Some(&br#""hi""#[..]));
    }

    #[test]
    fn errors_name_the_field() {
        let err = Envelope::parse(br#"{"value":"**","value_encoding":"base64"}"#).unwrap_err();
        assert!(err.starts_with("value: invalid base64"), "{err}");
        let err = Envelope::parse(
            br#"{"value":1,"headers":[{"key":"h","value":2,"value_encoding":"base64"}]}"#,
        )
        .unwrap_err();
        assert!(err.starts_with("headers[0] (h):"), "{err}");
        let err = Envelope::parse(br#"{"key":"k"}"#).unwrap_err();
        assert!(err.contains("missing field `value`"), "{err}");
        let err = Envelope::parse(b"{not json").unwrap_err();
        assert!(err.starts_with("not a valid envelope"), "{err}");
    }

    #[test]
    fn unknown_fields_are_ignored_for_forward_compatibility() {
        let env =
            Envelope::parse(br#"{"exchange":"x","routing_key":"r","properties":{},"value":1}"#)
                .unwrap();
        assert_eq!(env.value.as_deref(), Some(&b"1"[..]));
    }

    /// JSON-looking text with arbitrary spacing, escapes and number forms.
    fn jsonish() -> impl Strategy<Value = Vec<u8>> {
        let atom = prop_oneof![
            Just("1".to_string()),
            Just("-0.5e+10".to_string()),
            Just("true".to_string()),
            Just("null".to_string()),
            Just(r#""\u00e9\n\"""#.to_string()),
            Just(r#""é""#.to_string()),
            "[a-z]{0,4}".prop_map(|s| format!("\"{s}\"")),
        ];
        let space = prop_oneof![Just(""), Just(" "), Just("  "), Just("\t")];
        (
            proptest::collection::vec((atom, space.clone(), space.clone()), 0..5),
            space,
        )
            .prop_map(|(items, outer)| {
                let body: Vec<String> = items
                    .into_iter()
                    .enumerate()
                    .map(|(i, (v, s1, s2))| format!("{s1}\"k{i}\"{s2}:{s1}{v}{s2}"))
                    .collect();
                format!("{{{outer}{}{outer}}}", body.join(",")).into_bytes()
            })
    }

    fn bytes_field() -> impl Strategy<Value = Option<Vec<u8>>> {
        proptest::option::of(prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..40),
            any::<String>().prop_map(String::into_bytes),
            jsonish(),
        ])
    }

    proptest! {
        #[test]
        fn envelope_round_trip_is_byte_exact(
            key in bytes_field(),
            value in bytes_field(),
            headers in proptest::collection::vec((any::<String>(), bytes_field()), 0..4),
            partition in any::<i32>(),
            offset in any::<i64>(),
            timestamp in proptest::option::of(any::<i64>()),
            topic in "[a-zA-Z0-9._-]{1,20}",
        ) {
            let env = Envelope {
                topic: Some(topic),
                partition: Some(partition),
                offset: Some(offset),
                timestamp,
                key,
                headers,
                value,
            };
            prop_assert_eq!(round_trip(&env), env);
        }

        #[test]
        fn json_values_keep_their_exact_text(value in jsonish()) {
            let line = line_for(&with_value(&value));
            let embedded = format!("\"value\":{}", String::from_utf8(value.clone()).unwrap());
            prop_assert!(line.contains(&embedded));
            prop_assert_eq!(round_trip(&with_value(&value)).value, Some(value));
        }
    }
}
