//! The messages screen's data: records read from a topic, kept as the envelope line
//! `evctl tail` prints (so a copied message can be produced again as it is), with the key and
//! value as one-line text for the list.

use rdkafka::message::{BorrowedMessage, Headers, Message};

use crate::envelope::{HeaderRef, write_envelope};
use crate::kafka::record_ref;
use crate::schema::decode::RecordDecoder;

/// Messages read when the screen opens: this many before the end of each partition.
pub const BACKLOG_PER_PARTITION: i64 = 100;
/// The most messages the screen keeps; older ones are dropped as new ones come.
pub const KEPT: usize = 5_000;
/// The longest key or value text kept for the list (the envelope has it whole).
const PREVIEW: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRow {
    pub partition: i32,
    pub offset: i64,
    pub timestamp: Option<i64>,
    pub key: String,
    pub value: String,
    pub headers: usize,
    /// The message as one envelope line (no newline): what `y` copies.
    pub envelope: String,
}

impl MessageRow {
    /// Whether the search text occurs (case-insensitively) anywhere in the message: key,
    /// headers or value.
    pub fn contains(&self, lowercase: &str) -> bool {
        lowercase.is_empty() || self.envelope.to_lowercase().contains(lowercase)
    }

    /// The envelope, indented, for the message's detail view.
    pub fn pretty(&self) -> String {
        serde_json::from_str::<serde_json::Value>(&self.envelope)
            .and_then(|v| serde_json::to_string_pretty(&v))
            .unwrap_or_else(|_| self.envelope.clone())
    }
}

/// One record as the screen keeps it. Framed keys and values are decoded when a registry is
/// configured, and unframed values of a topic whose schema is Avro (folder or registry);
/// one that cannot be decoded is kept as it is and the problem returned.
pub fn row_of(
    message: &BorrowedMessage<'_>,
    schemas: Option<&mut RecordDecoder>,
) -> (MessageRow, Option<String>) {
    let headers = message.headers();
    let header =
        |name: &str| headers.and_then(|h| h.iter().find(|h| h.key == name).and_then(|h| h.value));
    let (key, value, problem) = match schemas {
        Some(decoder) => {
            let decoded = decoder.decode(message.key(), message.payload(), header, message.topic());
            (decoded.key, decoded.value, decoded.problem)
        }
        None => (message.key(), message.payload(), None),
    };
    let record = record_ref(message, key, value);
    let header_refs = headers
        .into_iter()
        .flat_map(|h| h.iter())
        .map(|h| HeaderRef {
            key: h.key,
            value: h.value,
        });
    let mut line = Vec::new();
    write_envelope(&mut line, &record, header_refs);
    line.pop();
    let row = MessageRow {
        partition: record.partition,
        offset: record.offset,
        timestamp: record.timestamp,
        key: preview(key),
        value: preview(value),
        headers: headers.map_or(0, |h| h.count()),
        envelope: String::from_utf8_lossy(&line).into_owned(),
    };
    (row, problem)
}

/// Bytes as one line of at most `PREVIEW` characters: text as it is (line breaks shown as
/// spaces), binary as a byte count.
pub fn preview(bytes: Option<&[u8]>) -> String {
    let Some(bytes) = bytes else {
        return "∅".into();
    };
    match std::str::from_utf8(bytes) {
        Ok(text) => {
            let mut out: String = text
                .chars()
                .take(PREVIEW)
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            if text.chars().nth(PREVIEW).is_some() {
                out.push('…');
            }
            out
        }
        Err(_) => format!("<{} bytes, binary>", bytes.len()),
    }
}

/// The OSC 52 escape that asks the terminal to put `text` on the clipboard (xterm, kitty,
/// iTerm2, WezTerm, tmux with set-clipboard; others ignore it).
pub fn osc52(text: &str) -> String {
    use base64::Engine;
    format!(
        "\x1b]52;c;{}\x07",
        base64::engine::general_purpose::STANDARD.encode(text)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn previews_are_one_line_and_bounded() {
        assert_eq!(preview(None), "∅");
        assert_eq!(preview(Some(b"a\nb")), "a b");
        assert_eq!(preview(Some(&[0xff, 0x00, 0x01])), "<3 bytes, binary>");
        let long = "x".repeat(300);
        let shown = preview(Some(long.as_bytes()));
        assert_eq!(shown.chars().count(), PREVIEW + 1);
        assert!(shown.ends_with('…'));
    }

    #[test]
    fn search_looks_at_the_whole_envelope_and_pretty_indents_it() {
        let row = MessageRow {
            partition: 0,
            offset: 7,
            timestamp: Some(1),
            key: "k".into(),
            value: "{}".into(),
            headers: 1,
            envelope: r#"{"topic":"t","partition":0,"offset":7,"timestamp":1,"key":"k","headers":[{"key":"trace","value":"ABC"}],"value":{"a":1}}"#.into(),
        };
        assert!(row.contains("abc"));
        assert!(row.contains(""));
        assert!(!row.contains("zzz"));
        assert!(row.pretty().contains("\n  \"offset\": 7,"));
    }

    #[test]
    fn osc52_carries_base64() {
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x07");
    }
}
