//! Schemas: loading them (a folder or a Confluent-compatible registry), validating payloads
//! against them (JSON Schema, Avro and Protobuf), the registry wire format, and evolution
//! checks.
//!
//! Everything here but `registry` is pure: no network, no broker.

pub mod avro;
pub mod compat;
pub mod decode;
pub mod json;
pub mod proto;
mod proto_compat;
pub mod registry;
pub mod source;
pub mod wire;

use serde::Serialize;

/// The schema languages evctl understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum SchemaKind {
    Json,
    Avro,
    Protobuf,
}

impl SchemaKind {
    /// The registry's `schemaType` (absent means AVRO).
    pub fn from_registry(schema_type: Option<&str>) -> Option<SchemaKind> {
        match schema_type {
            None | Some("AVRO") => Some(SchemaKind::Avro),
            Some("JSON") => Some(SchemaKind::Json),
            Some("PROTOBUF") => Some(SchemaKind::Protobuf),
            _ => None,
        }
    }

    pub fn registry_name(self) -> &'static str {
        match self {
            SchemaKind::Json => "JSON",
            SchemaKind::Avro => "AVRO",
            SchemaKind::Protobuf => "PROTOBUF",
        }
    }

    /// By file extension: `.avsc` is Avro, `.proto` Protobuf, anything else JSON Schema.
    pub fn of_path(path: &std::path::Path) -> SchemaKind {
        match path.extension().and_then(|e| e.to_str()) {
            Some("avsc") => SchemaKind::Avro,
            Some("proto") => SchemaKind::Protobuf,
            _ => SchemaKind::Json,
        }
    }
}

/// One reason a payload does not match its schema.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    /// JSON pointer of the failing field (`""` is the whole payload).
    pub pointer: String,
    /// What was expected, in words.
    pub message: String,
}

impl Violation {
    pub fn new(pointer: impl Into<String>, message: impl Into<String>) -> Violation {
        Violation {
            pointer: pointer.into(),
            message: message.into(),
        }
    }

    /// `/amount: expected ...`, with `/` for the whole payload.
    pub fn describe(&self) -> String {
        let at = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        format!("{at}: {}", self.message)
    }
}

/// A schema ready to validate with: compiled once, used for every message.
pub enum Compiled {
    Json(json::JsonSchema),
    Avro(avro::AvroSchema),
    Protobuf(proto::ProtoSchema),
}

impl Compiled {
    /// Compiles `text` as `kind`; the error says what is wrong with the schema itself. A
    /// Protobuf schema's imports other than Google's well-known types are not found here (see
    /// `proto::ProtoSchema` for the folder's and the registry's).
    pub fn parse(kind: SchemaKind, text: &str) -> Result<Compiled, String> {
        match kind {
            SchemaKind::Json => json::JsonSchema::parse(text).map(Compiled::Json),
            SchemaKind::Avro => avro::AvroSchema::parse(text).map(Compiled::Avro),
            SchemaKind::Protobuf => {
                proto::ProtoSchema::parse(text, &Default::default()).map(Compiled::Protobuf)
            }
        }
    }

    pub fn kind(&self) -> SchemaKind {
        match self {
            Compiled::Json(_) => SchemaKind::Json,
            Compiled::Avro(_) => SchemaKind::Avro,
            Compiled::Protobuf(_) => SchemaKind::Protobuf,
        }
    }

    /// Fast yes/no; `violations` explains a no.
    pub fn is_valid(&self, value: &serde_json::Value) -> bool {
        match self {
            Compiled::Json(s) => s.is_valid(value),
            Compiled::Avro(s) => s.from_json(value).is_ok(),
            Compiled::Protobuf(s) => s.is_valid(value),
        }
    }

    /// Whether one binary message (a bare Avro datum or Protobuf message, no framing) decodes
    /// with this schema; JSON Schema has no binary form.
    pub fn binary_violation(&self, bytes: &[u8]) -> Option<Violation> {
        match self {
            Compiled::Json(_) => Some(Violation::new(
                "",
                "a JSON Schema checks JSON, not binary messages",
            )),
            Compiled::Avro(s) => s.decode(bytes).err().map(|e| Violation::new("", e)),
            Compiled::Protobuf(s) => s.binary_violation(bytes),
        }
    }

    pub fn violations(&self, value: &serde_json::Value) -> Vec<Violation> {
        match self {
            Compiled::Json(s) => s.violations(value),
            Compiled::Avro(s) => s.from_json(value).err().into_iter().collect(),
            Compiled::Protobuf(s) => s.from_json(value).err().into_iter().collect(),
        }
    }
}

/// A schema and where it came from.
pub struct LoadedSchema {
    pub compiled: Compiled,
    pub text: String,
    /// The registry's global id, when it came from a registry.
    pub id: Option<u32>,
    /// The registry's GUID (`8-4-4-4-12` hex), when it gave one.
    pub guid: Option<String>,
    /// A file path, or `subject S version V (id N)`.
    pub origin: String,
}
