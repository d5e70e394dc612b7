//! AMQP header tables in the envelope, with their types kept.
//!
//! Kafka header values are bytes; AMQP header values are typed (RabbitMQ's `x-death` holds an
//! array of tables with a signed 64-bit `count` and a timestamp `time`). Each AMQP value is
//! written as `{"type": T, "value": V}`:
//!
//! | type | AMQP | value |
//! |---|---|---|
//! | `bool` | t | true/false |
//! | `i8` `u8` `i16` `u16` `i32` `u32` `i64` | b B s u I i l | number |
//! | `f32` `f64` | f d | number |
//! | `decimal` | D | `{"scale": n, "value": n}` |
//! | `string` | S (long string) | string; base64 with `"value_encoding":"base64"` if not UTF-8 |
//! | `shortstr` | s | string |
//! | `timestamp` | T | seconds since the epoch |
//! | `array` | A | array of typed values |
//! | `table` | F | object of typed values |
//! | `bytes` | x | base64 string |
//! | `void` | V | null |
//!
//! A header entry in the envelope is `{"key": K, "type": T, "value": V}`; an entry without
//! `type` (as Kafka records have) is a long string of its bytes.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use lapin::types::{
    AMQPValue, ByteArray, DecimalValue, FieldArray, FieldTable, LongString, ShortString,
};
use serde_json::{Map, Value, json};

/// One typed value as `{"type": ..., "value": ...}`.
pub fn to_json(value: &AMQPValue) -> Value {
    let (kind, v) = match value {
        AMQPValue::Boolean(b) => ("bool", json!(b)),
        AMQPValue::ShortShortInt(n) => ("i8", json!(n)),
        AMQPValue::ShortShortUInt(n) => ("u8", json!(n)),
        AMQPValue::ShortInt(n) => ("i16", json!(n)),
        AMQPValue::ShortUInt(n) => ("u16", json!(n)),
        AMQPValue::LongInt(n) => ("i32", json!(n)),
        AMQPValue::LongUInt(n) => ("u32", json!(n)),
        AMQPValue::LongLongInt(n) => ("i64", json!(n)),
        AMQPValue::Float(f) => ("f32", json!(f)),
        AMQPValue::Double(f) => ("f64", json!(f)),
        AMQPValue::DecimalValue(d) => ("decimal", json!({"scale": d.scale, "value": d.value})),
        AMQPValue::ShortString(s) => ("shortstr", json!(s.as_str())),
        AMQPValue::LongString(s) => {
            return match std::str::from_utf8(s.as_bytes()) {
                Ok(text) => json!({"type": "string", "value": text}),
                Err(_) => json!({"type": "string", "value": BASE64.encode(s.as_bytes()),
                                 "value_encoding": "base64"}),
            };
        }
        AMQPValue::FieldArray(a) => (
            "array",
            Value::Array(a.as_slice().iter().map(to_json).collect()),
        ),
        AMQPValue::Timestamp(t) => ("timestamp", json!(t)),
        AMQPValue::FieldTable(t) => ("table", Value::Object(table_to_json(t))),
        AMQPValue::ByteArray(b) => ("bytes", json!(BASE64.encode(b.as_slice()))),
        AMQPValue::Void => ("void", Value::Null),
    };
    json!({"type": kind, "value": v})
}

pub fn table_to_json(table: &FieldTable) -> Map<String, Value> {
    table
        .inner()
        .iter()
        .map(|(k, v)| (k.as_str().to_string(), to_json(v)))
        .collect()
}

/// Header entries `{"key","type","value"}` for the envelope's `headers` array.
pub fn header_entries(table: &FieldTable) -> Vec<Value> {
    table
        .inner()
        .iter()
        .map(|(k, v)| {
            let mut entry = Map::new();
            entry.insert("key".into(), json!(k.as_str()));
            if let Value::Object(typed) = to_json(v) {
                entry.extend(typed);
            }
            Value::Object(entry)
        })
        .collect()
}

/// Reads one `{"type","value"}` back; the error names the path to the bad value.
pub fn from_json(v: &Value, path: &str) -> Result<AMQPValue, String> {
    let kind = v
        .get("type")
        .and_then(Value::as_str)
        .ok_or_else(|| format!("{path}: a typed AMQP value needs a \"type\""))?;
    let value = v.get("value").unwrap_or(&Value::Null);
    let bad = |expected: &str| format!("{path}: type {kind} needs {expected}, got {value}");
    let int = |min: i64, max: i64| -> Result<i64, String> {
        value
            .as_i64()
            .filter(|n| (min..=max).contains(n))
            .ok_or_else(|| bad(&format!("an integer from {min} to {max}")))
    };
    Ok(match kind {
        "bool" => AMQPValue::Boolean(value.as_bool().ok_or_else(|| bad("true or false"))?),
        "i8" => AMQPValue::ShortShortInt(int(i8::MIN.into(), i8::MAX.into())? as i8),
        "u8" => AMQPValue::ShortShortUInt(int(0, u8::MAX.into())? as u8),
        "i16" => AMQPValue::ShortInt(int(i16::MIN.into(), i16::MAX.into())? as i16),
        "u16" => AMQPValue::ShortUInt(int(0, u16::MAX.into())? as u16),
        "i32" => AMQPValue::LongInt(int(i32::MIN.into(), i32::MAX.into())? as i32),
        "u32" => AMQPValue::LongUInt(int(0, u32::MAX.into())? as u32),
        "i64" => AMQPValue::LongLongInt(value.as_i64().ok_or_else(|| bad("a 64-bit integer"))?),
        "f32" => AMQPValue::Float(value.as_f64().ok_or_else(|| bad("a number"))? as f32),
        "f64" => AMQPValue::Double(value.as_f64().ok_or_else(|| bad("a number"))?),
        "decimal" => {
            let scale = value
                .get("scale")
                .and_then(Value::as_u64)
                .and_then(|s| u8::try_from(s).ok());
            let digits = value
                .get("value")
                .and_then(Value::as_u64)
                .and_then(|d| u32::try_from(d).ok());
            match (scale, digits) {
                (Some(scale), Some(value)) => {
                    AMQPValue::DecimalValue(DecimalValue { scale, value })
                }
                _ => return Err(bad("{\"scale\": u8, \"value\": u32}")),
            }
        }
        "string" => {
            let text = value.as_str().ok_or_else(|| bad("a string"))?;
            let bytes = if v.get("value_encoding").and_then(Value::as_str) == Some("base64") {
                BASE64
                    .decode(text)
                    .map_err(|e| format!("{path}: invalid base64: {e}"))?
            } else {
                text.as_bytes().to_vec()
            };
            AMQPValue::LongString(LongString::from(bytes))
        }
        "shortstr" => {
            let text = value.as_str().ok_or_else(|| bad("a string"))?;
            AMQPValue::ShortString(ShortString::try_new(text).map_err(|e| format!("{path}: {e}"))?)
        }
        "timestamp" => AMQPValue::Timestamp(
            value
                .as_u64()
                .ok_or_else(|| bad("seconds since the epoch"))?,
        ),
        "array" => {
            let items = value.as_array().ok_or_else(|| bad("an array"))?;
            let mut array = FieldArray::default();
            for (i, item) in items.iter().enumerate() {
                array.push(from_json(item, &format!("{path}[{i}]"))?);
            }
            AMQPValue::FieldArray(array)
        }
        "table" => AMQPValue::FieldTable(table_from_json(
            value.as_object().ok_or_else(|| bad("an object"))?,
            path,
        )?),
        "bytes" => {
            let text = value.as_str().ok_or_else(|| bad("a base64 string"))?;
            AMQPValue::ByteArray(ByteArray::from(
                BASE64
                    .decode(text)
                    .map_err(|e| format!("{path}: invalid base64: {e}"))?,
            ))
        }
        "void" => AMQPValue::Void,
        other => return Err(format!("{path}: unknown AMQP type {other:?}")),
    })
}

pub fn table_from_json(object: &Map<String, Value>, path: &str) -> Result<FieldTable, String> {
    let mut table = FieldTable::default();
    for (k, v) in object {
        let key = ShortString::try_new(k.as_str()).map_err(|e| format!("{path}.{k}: {e}"))?;
        table.insert(key, from_json(v, &format!("{path}.{k}"))?);
    }
    Ok(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An `x-death` header as RabbitMQ writes it.
    fn x_death() -> AMQPValue {
        let mut death = FieldTable::default();
        death.insert("count".into(), AMQPValue::LongLongInt(3));
        death.insert("reason".into(), AMQPValue::LongString("rejected".into()));
        death.insert("queue".into(), AMQPValue::LongString("orders.work".into()));
        death.insert("time".into(), AMQPValue::Timestamp(1_763_769_600));
        death.insert("exchange".into(), AMQPValue::LongString("orders".into()));
        death.insert(
            "routing-keys".into(),
            AMQPValue::FieldArray(vec![AMQPValue::LongString("order.created".into())].into()),
        );
        AMQPValue::FieldArray(vec![AMQPValue::FieldTable(death)].into())
    }

    #[test]
    fn x_death_keeps_its_types() {
        let json = to_json(&x_death());
        assert_eq!(json["type"], "array");
        let death = &json["value"][0];
        assert_eq!(death["type"], "table");
        assert_eq!(death["value"]["count"], json!({"type": "i64", "value": 3}));
        assert_eq!(
            death["value"]["time"],
            json!({"type": "timestamp", "value": 1_763_769_600})
        );
        assert_eq!(from_json(&json, "x-death").unwrap(), x_death());
    }

    #[test]
    fn every_type_round_trips() {
        let values = vec![
            AMQPValue::Boolean(true),
            AMQPValue::ShortShortInt(-5),
            AMQPValue::ShortShortUInt(250),
            AMQPValue::ShortInt(-300),
            AMQPValue::ShortUInt(60_000),
            AMQPValue::LongInt(-70_000),
            AMQPValue::LongUInt(4_000_000_000),
            AMQPValue::LongLongInt(i64::MIN),
            AMQPValue::Float(1.5),
            AMQPValue::Double(-2.25),
            AMQPValue::DecimalValue(DecimalValue {
                scale: 2,
                value: 1999,
            }),
            AMQPValue::ShortString("short".into()),
            AMQPValue::LongString(vec![0xff, 0x00].into()),
            AMQPValue::Timestamp(0),
            AMQPValue::ByteArray(vec![1, 2, 3].into()),
            AMQPValue::Void,
        ];
        for v in values {
            let json = to_json(&v);
            assert_eq!(from_json(&json, "h").unwrap(), v, "{json}");
        }
    }

    #[test]
    fn errors_name_the_path_and_the_expectation() {
        let bad = json!({"type": "array", "value": [{"type": "u8", "value": 300}]});
        let err = from_json(&bad, "x-death").unwrap_err();
        assert_eq!(
            err,
            "x-death[0]: type u8 needs an integer from 0 to 255, got 300"
        );
        let err = from_json(&json!({"type": "uuid", "value": 1}), "h").unwrap_err();
        assert!(err.contains("unknown AMQP type \"uuid\""), "{err}");
        assert!(
            from_json(&json!({"value": 1}), "h")
                .unwrap_err()
                .contains("needs a \"type\"")
        );
    }
}
