//! A record's key and value as the JSON their schemas say they encode: the one reading that
//! `tail`, `validate`, `dlq inspect` and the dashboard's Messages screen share.

use super::source::SchemaSource;
use super::wire::{KEY_SCHEMA_HEADER, VALUE_SCHEMA_HEADER};

/// Decodes keys and values into buffers it keeps between records, so a long `tail` allocates
/// nothing per record for the text it prints.
pub struct RecordDecoder {
    pub source: SchemaSource,
    key: Vec<u8>,
    value: Vec<u8>,
}

/// A record's key and value after decoding: JSON text where a schema read them, the bytes as
/// they came otherwise.
pub struct Decoded<'a> {
    pub key: Option<&'a [u8]>,
    pub value: Option<&'a [u8]>,
    /// Why a key or value that looked encoded could not be read (it is then left as it came).
    pub problem: Option<String>,
}

impl RecordDecoder {
    pub fn new(source: SchemaSource) -> RecordDecoder {
        RecordDecoder {
            source,
            key: Vec::new(),
            value: Vec::new(),
        }
    }

    /// Decodes a record's `key` and `value`. Framed payloads are read with the schema they name
    /// (`header` finds the schema-id headers); an unframed value that is not JSON text is read
    /// as an Avro datum of `value_topic`'s value schema (for a dead letter, the topic it failed
    /// on).
    pub fn decode<'a>(
        &'a mut self,
        key: Option<&'a [u8]>,
        value: Option<&'a [u8]>,
        header: impl Fn(&str) -> Option<&'a [u8]>,
        value_topic: &str,
    ) -> Decoded<'a> {
        let mut problem = None;
        let key_read = key.is_some_and(|k| {
            let read = self
                .source
                .read_into(k, header(KEY_SCHEMA_HEADER), None, &mut self.key);
            succeeded(read, &mut problem)
        });
        let value_read = value.is_some_and(|v| {
            let schema = self.source.binary_value_schema(value_topic);
            let read = self.source.read_into(
                v,
                header(VALUE_SCHEMA_HEADER),
                schema.as_deref(),
                &mut self.value,
            );
            succeeded(read, &mut problem)
        });
        Decoded {
            key: if key_read { Some(&self.key) } else { key },
            value: if value_read { Some(&self.value) } else { value },
            problem,
        }
    }
}

/// Whether a payload was decoded into its buffer; false (and the reason in `problem`) when there
/// was nothing to decode or it could not be.
fn succeeded(read: Option<Result<(), String>>, problem: &mut Option<String>) -> bool {
    match read {
        Some(Ok(())) => true,
        Some(Err(e)) => {
            *problem = Some(e);
            false
        }
        None => false,
    }
}
