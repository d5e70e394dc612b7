//! The envelope for RabbitMQ messages: the Kafka record's form (see `crate::envelope`) with
//! `exchange`, `routing_key`, `queue`, `redelivered`, `properties`, and typed headers.
//!
//! ```text
//! {"exchange":"orders","routing_key":"order.created","queue":"orders.work","redelivered":false,
//!  "properties":{"content_type":"application/json","delivery_mode":2,"message_id":"m-1"},
//!  "headers":[{"key":"x-death","type":"array","value":[...]}],"value":{"id":1}}
//! ```
//!
//! The body uses the same forms as Kafka values (JSON verbatim, text, base64). Property
//! `timestamp` is in seconds, as AMQP carries it.

use lapin::BasicProperties;
use lapin::types::{AMQPValue, FieldTable, ShortString};
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value, json};

use super::headers::{from_json, header_entries};
use crate::envelope::{HeaderRef, decode_field, write_field, write_json_str};

/// A delivered message, borrowed, ready to be written.
#[derive(Debug, Clone, Copy)]
pub struct AmqpRecordRef<'a> {
    pub exchange: &'a str,
    pub routing_key: &'a str,
    pub queue: Option<&'a str>,
    pub redelivered: bool,
    pub properties: &'a BasicProperties,
    pub body: &'a [u8],
}

impl<'a> AmqpRecordRef<'a> {
    /// The headers whose values are text (long strings), as `--header` filters and format
    /// strings see them.
    pub fn text_headers(&self) -> impl Iterator<Item = HeaderRef<'a>> + Clone + 'a {
        let headers = self.properties.headers().as_ref();
        headers.into_iter().flat_map(|t| {
            t.inner().iter().filter_map(|(k, v)| match v {
                AMQPValue::LongString(s) => Some(HeaderRef {
                    key: k.as_str(),
                    value: Some(s.as_bytes()),
                }),
                _ => None,
            })
        })
    }

    /// The timestamp property in milliseconds (AMQP carries seconds).
    pub fn timestamp_ms(&self) -> Option<i64> {
        self.properties
            .timestamp()
            .map(|s| i64::try_from(s).unwrap_or(i64::MAX).saturating_mul(1000))
    }
}

/// Appends `record` as one envelope line to `out`.
pub fn write_amqp_envelope(out: &mut Vec<u8>, record: &AmqpRecordRef<'_>) {
    out.extend_from_slice(b"{\"exchange\":");
    write_json_str(out, record.exchange);
    out.extend_from_slice(b",\"routing_key\":");
    write_json_str(out, record.routing_key);
    out.extend_from_slice(b",\"queue\":");
    match record.queue {
        Some(q) => write_json_str(out, q),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(if record.redelivered {
        b",\"redelivered\":true"
    } else {
        b",\"redelivered\":false"
    });
    out.extend_from_slice(b",\"properties\":");
    let _ = serde_json::to_writer(&mut *out, &properties_to_json(record.properties));
    out.extend_from_slice(b",\"headers\":");
    let headers = record
        .properties
        .headers()
        .as_ref()
        .map(header_entries)
        .unwrap_or_default();
    let _ = serde_json::to_writer(&mut *out, &headers);
    write_field(out, b",\"value\":", b"value_encoding", Some(record.body));
    out.extend_from_slice(b"}\n");
}

fn properties_to_json(p: &BasicProperties) -> Map<String, Value> {
    let mut m = Map::new();
    let mut text = |name: &str, v: &Option<ShortString>| {
        if let Some(v) = v {
            m.insert(name.to_string(), json!(v.as_str()));
        }
    };
    text("content_type", p.content_type());
    text("content_encoding", p.content_encoding());
    text("correlation_id", p.correlation_id());
    text("reply_to", p.reply_to());
    text("expiration", p.expiration());
    text("message_id", p.message_id());
    text("type", p.kind());
    text("user_id", p.user_id());
    text("app_id", p.app_id());
    text("cluster_id", p.cluster_id());
    if let Some(mode) = p.delivery_mode() {
        m.insert("delivery_mode".into(), json!(mode));
    }
    if let Some(priority) = p.priority() {
        m.insert("priority".into(), json!(priority));
    }
    if let Some(ts) = p.timestamp() {
        m.insert("timestamp".into(), json!(ts));
    }
    m
}

/// A message read from an envelope line, ready to be published.
#[derive(Debug, Clone, PartialEq)]
pub struct AmqpEnvelope {
    pub exchange: Option<String>,
    pub routing_key: Option<String>,
    pub properties: BasicProperties,
    pub body: Vec<u8>,
}

#[derive(Deserialize)]
struct WireAmqpEnvelope<'a> {
    exchange: Option<String>,
    routing_key: Option<String>,
    #[serde(default)]
    properties: Map<String, Value>,
    #[serde(default)]
    headers: Vec<Value>,
    #[serde(borrow)]
    value: &'a RawValue,
    value_encoding: Option<crate::envelope::Encoding>,
}

impl AmqpEnvelope {
    /// Parses one envelope line (from RabbitMQ or from Kafka: untyped headers become strings).
    pub fn parse(line: &[u8]) -> Result<AmqpEnvelope, String> {
        let wire: WireAmqpEnvelope<'_> =
            serde_json::from_slice(line).map_err(|e| format!("not a valid envelope: {e}"))?;
        let body = decode_field(wire.value, wire.value_encoding)
            .map_err(|e| format!("value: {e}"))?
            .unwrap_or_default();
        let mut properties = properties_from_json(&wire.properties)?;
        if !wire.headers.is_empty() {
            properties = properties.with_headers(headers_from_entries(&wire.headers)?);
        }
        Ok(AmqpEnvelope {
            exchange: wire.exchange,
            routing_key: wire.routing_key,
            properties,
            body,
        })
    }
}

fn headers_from_entries(entries: &[Value]) -> Result<FieldTable, String> {
    let mut table = FieldTable::default();
    for (i, entry) in entries.iter().enumerate() {
        let key = entry
            .get("key")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("headers[{i}]: no \"key\""))?;
        let path = format!("headers[{i}] ({key})");
        let value = if entry.get("type").is_some() {
            from_json(entry, &path)?
        } else {
            // An untyped (Kafka) header: its bytes as a long string.
            let raw = serde_json::value::to_raw_value(entry.get("value").unwrap_or(&Value::Null))
                .map_err(|e| format!("{path}: {e}"))?;
            let encoding = entry
                .get("value_encoding")
                .cloned()
                .map(serde_json::from_value)
                .transpose()
                .map_err(|e| format!("{path}: {e}"))?;
            match decode_field(&raw, encoding).map_err(|e| format!("{path}: {e}"))? {
                Some(bytes) => lapin::types::AMQPValue::LongString(bytes.into()),
                None => lapin::types::AMQPValue::Void,
            }
        };
        let name = ShortString::try_new(key).map_err(|e| format!("{path}: {e}"))?;
        table.insert(name, value);
    }
    Ok(table)
}

fn properties_from_json(m: &Map<String, Value>) -> Result<BasicProperties, String> {
    let mut p = BasicProperties::default();
    for (name, v) in m {
        let bad = |expected: &str| format!("properties.{name}: expected {expected}, got {v}");
        let text = || -> Result<ShortString, String> {
            let s = v.as_str().ok_or_else(|| bad("a string"))?;
            ShortString::try_new(s).map_err(|e| format!("properties.{name}: {e}"))
        };
        let byte = || -> Result<u8, String> {
            v.as_u64()
                .and_then(|n| u8::try_from(n).ok())
                .ok_or_else(|| bad("an integer from 0 to 255"))
        };
        p = match name.as_str() {
            "content_type" => p.with_content_type(text()?),
            "content_encoding" => p.with_content_encoding(text()?),
            "correlation_id" => p.with_correlation_id(text()?),
            "reply_to" => p.with_reply_to(text()?),
            "expiration" => p.with_expiration(text()?),
            "message_id" => p.with_message_id(text()?),
            "type" => p.with_type(text()?),
            "user_id" => p.with_user_id(text()?),
            "app_id" => p.with_app_id(text()?),
            "cluster_id" => p.with_cluster_id(text()?),
            "delivery_mode" => p.with_delivery_mode(byte()?),
            "priority" => p.with_priority(byte()?),
            "timestamp" => {
                p.with_timestamp(v.as_u64().ok_or_else(|| bad("seconds since the epoch"))?)
            }
            other => return Err(format!("properties: unknown AMQP property {other:?}")),
        };
    }
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use lapin::types::AMQPValue;

    #[test]
    fn delivered_messages_round_trip_through_the_envelope() {
        let mut headers = FieldTable::default();
        headers.insert("count".into(), AMQPValue::LongLongInt(2));
        headers.insert("trace".into(), AMQPValue::LongString("abc".into()));
        let properties = BasicProperties::default()
            .with_content_type("application/json".into())
            .with_delivery_mode(2)
            .with_priority(5)
            .with_message_id("m-1".into())
            .with_timestamp(1_763_769_600)
            .with_type("order.created".into())
            .with_headers(headers);
        let record = AmqpRecordRef {
            exchange: "orders",
            routing_key: "order.created",
            queue: Some("orders.work"),
            redelivered: true,
            properties: &properties,
            body: br#"{"id" : 1}"#,
        };
        let mut line = Vec::new();
        write_amqp_envelope(&mut line, &record);
        let text = String::from_utf8(line.clone()).unwrap();
        assert!(text.starts_with(r#"{"exchange":"orders","routing_key":"order.created","queue":"orders.work","redelivered":true,"properties":{"content_type":"application/json","#), "{text}");
        assert!(
            text.contains(r#"{"key":"count","type":"i64","value":2}"#),
            "{text}"
        );
        assert!(text.ends_with("\"value\":{\"id\" : 1}}\n"), "{text}");

        let back = AmqpEnvelope::parse(text.trim_end().as_bytes()).unwrap();
        assert_eq!(back.properties, properties);
        assert_eq!(back.body, br#"{"id" : 1}"#);
        assert_eq!(back.exchange.as_deref(), Some("orders"));
    }

    #[test]
    fn kafka_envelopes_publish_with_string_headers() {
        let env = AmqpEnvelope::parse(
            br#"{"topic":"t","headers":[{"key":"h","value":"v"},{"key":"b","value":"/w==","value_encoding":"base64"}],"value":"x"}"#,
        )
        .unwrap();
        let headers = env.properties.headers().clone().unwrap();
        assert_eq!(headers.inner()["h"], AMQPValue::LongString("v".into()));
        assert_eq!(
            headers.inner()["b"],
            AMQPValue::LongString(vec![0xff].into())
        );
    }

    #[test]
    fn bad_properties_are_named() {
        let err = AmqpEnvelope::parse(br#"{"properties":{"priority":300},"value":1}"#).unwrap_err();
        assert_eq!(
            err,
            "properties.priority: expected an integer from 0 to 255, got 300"
        );
        let err = AmqpEnvelope::parse(br#"{"properties":{"colour":"red"},"value":1}"#).unwrap_err();
        assert!(err.contains("unknown AMQP property \"colour\""));
    }
}
