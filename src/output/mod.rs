//! Every human and machine format, writing into byte buffers or any `io::Write`.

pub mod format;
pub mod junit;
pub mod progress;
pub mod table;

use std::io::Write;

use base64::Engine as _;
use serde::Serialize;

use crate::amqp::envelope::{AmqpRecordRef, write_amqp_envelope};
use crate::cli::OutputFormat;
use crate::envelope::{Encoding, HeaderRef, RecordRef, write_envelope};
use crate::error::{Error, Result};
use format::{FormatString, write_iso_time};

/// ANSI styles, used only when colour was chosen.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    on: bool,
}

impl Palette {
    pub fn new(on: bool) -> Self {
        Palette { on }
    }

    fn paint(&self, out: &mut Vec<u8>, code: &str, text: &[u8]) {
        if self.on {
            out.extend_from_slice(b"\x1b[");
            out.extend_from_slice(code.as_bytes());
            out.push(b'm');
            out.extend_from_slice(text);
            out.extend_from_slice(b"\x1b[0m");
        } else {
            out.extend_from_slice(text);
        }
    }
}

/// How `tail` writes each message.
#[derive(Debug, Clone)]
pub enum RecordStyle {
    /// The value and a newline, as kcat prints by default (text output into a pipe).
    Value,
    /// A heading line (topic, partition, offset, time, key, headers) and the value, JSON
    /// pretty-printed (text output on a terminal).
    Readable(Palette),
    /// The envelope as one compact line.
    Jsonl,
    /// The envelope pretty-printed.
    Json,
    /// A kcat-style format string.
    Format(FormatString),
}

impl RecordStyle {
    /// `readable` picks the heading-and-pretty-value form for `-o text` (a terminal, or
    /// colour forced); otherwise text output is the bare value, as kcat prints it.
    pub fn choose(
        output: OutputFormat,
        format: Option<FormatString>,
        readable: bool,
        color: bool,
    ) -> Self {
        match (format, output) {
            (Some(f), _) => RecordStyle::Format(f),
            (None, OutputFormat::Jsonl) => RecordStyle::Jsonl,
            (None, OutputFormat::Json | OutputFormat::Junit | OutputFormat::Prometheus) => {
                RecordStyle::Json
            }
            (None, OutputFormat::Text) if readable => RecordStyle::Readable(Palette::new(color)),
            (None, OutputFormat::Text) => RecordStyle::Value,
        }
    }

    /// Appends one message in this style to `out`.
    pub fn render<'h>(
        &self,
        out: &mut Vec<u8>,
        record: &RecordRef<'_>,
        headers: impl IntoIterator<Item = HeaderRef<'h>> + Clone,
    ) {
        match self {
            RecordStyle::Value => {
                out.extend_from_slice(record.value.unwrap_or_default());
                out.push(b'\n');
            }
            RecordStyle::Jsonl => write_envelope(out, record, headers),
            RecordStyle::Json => {
                let mut line = Vec::new();
                write_envelope(&mut line, record, headers);
                pretty_json_line(out, &line);
            }
            RecordStyle::Format(f) => f.render(out, record, headers),
            RecordStyle::Readable(palette) => render_readable(out, *palette, record, headers),
        }
    }
}

impl RecordStyle {
    /// Appends one RabbitMQ message in this style. For `-f`, `%t` is the exchange, `%k` the
    /// routing key, `%o` the message's position in this run, `%T` the AMQP timestamp in ms,
    /// and `%h` the headers that are strings.
    pub fn render_amqp(&self, out: &mut Vec<u8>, record: &AmqpRecordRef<'_>, position: i64) {
        match self {
            RecordStyle::Value => {
                out.extend_from_slice(record.body);
                out.push(b'\n');
            }
            RecordStyle::Jsonl => write_amqp_envelope(out, record),
            RecordStyle::Json => {
                let mut line = Vec::new();
                write_amqp_envelope(&mut line, record);
                pretty_json_line(out, &line);
            }
            RecordStyle::Format(f) => {
                let as_record = RecordRef {
                    topic: record.exchange,
                    partition: 0,
                    offset: position,
                    timestamp: record.timestamp_ms(),
                    key: Some(record.routing_key.as_bytes()),
                    value: Some(record.body),
                };
                f.render(out, &as_record, record.text_headers());
            }
            RecordStyle::Readable(palette) => {
                let exchange = if record.exchange.is_empty() {
                    "(default)"
                } else {
                    record.exchange
                };
                palette.paint(
                    out,
                    "36",
                    format!("{exchange} {}", record.routing_key).as_bytes(),
                );
                if let Some(queue) = record.queue {
                    palette.paint(out, "2", format!(" queue={queue}").as_bytes());
                }
                if record.redelivered {
                    palette.paint(out, "33", b" redelivered");
                }
                out.push(b'\n');
                if let Some(headers) = record.properties.headers() {
                    for entry in crate::amqp::headers::header_entries(headers) {
                        let text = format!(
                            "  {}={}",
                            entry["key"].as_str().unwrap_or_default(),
                            entry["value"]
                        );
                        palette.paint(out, "2", text.as_bytes());
                        out.push(b'\n');
                    }
                }
                render_value(out, *palette, Some(record.body));
                out.extend_from_slice(b"\n\n");
            }
        }
    }
}

fn pretty_json_line(out: &mut Vec<u8>, line: &[u8]) {
    match serde_json::from_slice::<serde_json::Value>(line) {
        Ok(v) => {
            let _ = serde_json::to_writer_pretty(&mut *out, &v);
            out.push(b'\n');
        }
        Err(_) => out.extend_from_slice(line),
    }
}

fn render_readable<'h>(
    out: &mut Vec<u8>,
    palette: Palette,
    record: &RecordRef<'_>,
    headers: impl IntoIterator<Item = HeaderRef<'h>>,
) {
    let heading = format!("{}/{}", record.topic, record.partition);
    palette.paint(out, "36", heading.as_bytes());
    out.push(b' ');
    palette.paint(out, "33", format!("@{}", record.offset).as_bytes());
    out.push(b' ');
    let mut time = Vec::new();
    write_iso_time(&mut time, record.timestamp);
    palette.paint(out, "2", &time);
    if let Some(key) = record.key {
        out.extend_from_slice(b" key=");
        palette.paint(out, "32", &display_bytes(key));
    }
    out.push(b'\n');
    for h in headers {
        out.extend_from_slice(b"  ");
        let text = [
            h.key.as_bytes(),
            b"=",
            &h.value.map(display_bytes).unwrap_or_default(),
        ]
        .concat();
        palette.paint(out, "2", &text);
        out.push(b'\n');
    }
    render_value(out, palette, record.value);
    out.extend_from_slice(b"\n\n");
}

/// A value for reading: JSON pretty-printed, text as it is, anything else as base64.
fn render_value(out: &mut Vec<u8>, palette: Palette, value: Option<&[u8]>) {
    match value {
        None => palette.paint(out, "2", b"(null)"),
        Some(value) => match Encoding::of(value) {
            Encoding::Json => match serde_json::from_slice::<serde_json::Value>(value) {
                Ok(v) => {
                    let _ = serde_json::to_writer_pretty(&mut *out, &v);
                }
                Err(_) => out.extend_from_slice(value),
            },
            Encoding::Text => out.extend_from_slice(value),
            Encoding::Base64 => {
                let note = format!("({} bytes, base64) ", value.len());
                palette.paint(out, "2", note.as_bytes());
                out.extend_from_slice(
                    base64::engine::general_purpose::STANDARD
                        .encode(value)
                        .as_bytes(),
                );
            }
        },
    }
}

/// Bytes for a one-line display: text as is, anything else as base64 in brackets.
fn display_bytes(bytes: &[u8]) -> Vec<u8> {
    match std::str::from_utf8(bytes) {
        Ok(s) if !s.contains(['\n', '\r']) => bytes.to_vec(),
        _ => format!(
            "[base64:{}]",
            base64::engine::general_purpose::STANDARD.encode(bytes)
        )
        .into_bytes(),
    }
}

/// Writes `value` as pretty JSON (`-o json`) or one compact line (`-o jsonl`).
pub fn write_json<T: Serialize>(out: &mut impl Write, value: &T, pretty: bool) -> Result<()> {
    let written = if pretty {
        serde_json::to_writer_pretty(&mut *out, value)
    } else {
        serde_json::to_writer(&mut *out, value)
    };
    written.map_err(|e| Error::Output(e.into()))?;
    out.write_all(b"\n").map_err(Error::Output)
}

/// Writes a listing: a table for text, an array for JSON, one object per line for JSON lines.
pub fn write_listing<T: Serialize>(
    out: &mut impl Write,
    output: OutputFormat,
    items: &[T],
    table: impl FnOnce() -> table::Table,
) -> Result<()> {
    match output {
        OutputFormat::Text => table().write(out).map_err(Error::Output),
        OutputFormat::Json | OutputFormat::Junit | OutputFormat::Prometheus => {
            write_json(out, &items, true)
        }
        OutputFormat::Jsonl => {
            for item in items {
                write_json(out, item, false)?;
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record<'a>(value: Option<&'a [u8]>) -> RecordRef<'a> {
        RecordRef {
            topic: "orders",
            partition: 1,
            offset: 7,
            timestamp: Some(0),
            key: Some(b"k"),
            value,
        }
    }

    fn render(style: &RecordStyle, value: Option<&[u8]>) -> String {
        let mut out = Vec::new();
        let headers = [HeaderRef {
            key: "h",
            value: Some(b"v"),
        }];
        style.render(&mut out, &record(value), headers);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn value_style_is_kcat_like() {
        assert_eq!(
            render(&RecordStyle::Value, Some(b"{\"a\":1}")),
            "{\"a\":1}\n"
        );
        assert_eq!(render(&RecordStyle::Value, None), "\n");
    }

    #[test]
    fn readable_style_pretty_prints_json_without_colour_when_off() {
        let text = render(
            &RecordStyle::Readable(Palette::new(false)),
            Some(b"{\"b\":1,\"a\":2}"),
        );
        // Keys keep the order the producer wrote them in.
        assert_eq!(
            text,
            "orders/1 @7 1970-01-01T00:00:00.000Z key=k\n  h=v\n{\n  \"b\": 1,\n  \"a\": 2\n}\n\n"
        );
        let coloured = render(&RecordStyle::Readable(Palette::new(true)), Some(b"x"));
        assert!(coloured.contains("\x1b[36morders/1\x1b[0m"), "{coloured}");
    }

    #[test]
    fn readable_style_shows_binary_as_base64() {
        let text = render(
            &RecordStyle::Readable(Palette::new(false)),
            Some(&[0xff, 0xfe]),
        );
        assert!(text.contains("(2 bytes, base64) //4="), "{text}");
    }

    #[test]
    fn json_style_is_the_envelope_pretty_printed() {
        let text = render(&RecordStyle::Json, Some(b"{\"a\":1}"));
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["value"]["a"], 1);
        assert_eq!(v["headers"][0]["key"], "h");
        assert!(text.contains("\n  \"topic\": \"orders\""));
    }

    #[test]
    fn choose_picks_value_style_for_pipes() {
        assert!(matches!(
            RecordStyle::choose(OutputFormat::Text, None, false, false),
            RecordStyle::Value
        ));
        assert!(matches!(
            RecordStyle::choose(OutputFormat::Text, None, true, true),
            RecordStyle::Readable(_)
        ));
        let f = FormatString::parse("%s").unwrap();
        assert!(matches!(
            RecordStyle::choose(OutputFormat::Jsonl, Some(f), false, false),
            RecordStyle::Format(_)
        ));
    }
}
