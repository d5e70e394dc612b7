//! Where a topic's schema comes from: a schemas folder (`<topic>.json`, `<topic>.avsc`,
//! `<topic>.key.json|.avsc`, the layout Tansu's broker-side validation reads) or a registry.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::proto::ProtoSchema;
use super::registry::{Reference, RegistryClient};
use super::wire::{SchemaRef, detect};
use super::{Compiled, LoadedSchema, SchemaKind};
use crate::config::{SchemaSettings, SubjectStrategy};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Key,
    Value,
}

pub struct SchemaSource {
    settings: SchemaSettings,
    registry: Option<RegistryClient>,
    by_ref: HashMap<SchemaRef, Arc<LoadedSchema>>,
    /// Per topic, its value schema when that is Avro or Protobuf (looked up once per run).
    binary_values: HashMap<String, Option<Arc<LoadedSchema>>>,
}

impl SchemaSource {
    pub fn open(settings: &SchemaSettings) -> Result<SchemaSource> {
        let registry = settings
            .registry
            .as_ref()
            .map(RegistryClient::new)
            .transpose()?;
        Ok(SchemaSource {
            settings: settings.clone(),
            registry,
            by_ref: HashMap::new(),
            binary_values: HashMap::new(),
        })
    }

    /// The registry, when one is configured.
    pub fn registry(&self) -> Option<&RegistryClient> {
        self.registry.as_ref()
    }

    /// The registry answers topic lookups unless a folder was chosen explicitly.
    pub fn topic_registry(&self) -> Option<&RegistryClient> {
        self.registry.as_ref().filter(|_| !self.settings.dir_chosen)
    }

    pub fn need_registry(&self, what: &str) -> Result<&RegistryClient> {
        self.registry.as_ref().ok_or_else(|| {
            Error::usage(format!(
                "{what} needs a schema registry: --schema-registry URL, EVCTL_SCHEMA_REGISTRY or the context's schema-registry"
            ))
        })
    }

    pub fn dir(&self) -> &Path {
        &self.settings.dir
    }

    pub fn subject(&self, topic: &str, part: Part) -> Result<String> {
        let suffix = match part {
            Part::Key => "key",
            Part::Value => "value",
        };
        let record = || {
            self.settings.record_name.clone().ok_or_else(|| {
                Error::usage("the RecordName subject strategies need --record-name FULL.NAME")
            })
        };
        Ok(match self.settings.strategy {
            SubjectStrategy::TopicName => format!("{topic}-{suffix}"),
            SubjectStrategy::RecordName => record()?,
            SubjectStrategy::TopicRecordName => format!("{topic}-{}", record()?),
        })
    }

    /// The schema for a topic's values or keys: the registry's latest version of its subject,
    /// or the folder's file.
    pub fn for_topic(&self, topic: &str, part: Part) -> Result<LoadedSchema> {
        if let Some(registry) = self.topic_registry() {
            let subject = self.subject(topic, part)?;
            let registered = registry.version(&subject, "latest")?;
            let kind = registered.kind()?;
            let compiled = self
                .compile_registered(kind, &registered.schema, &registered.references)
                .map_err(|e| {
                    Error::usage(format!(
                        "subject {subject} version {}: {e}",
                        registered.version
                    ))
                })?;
            return Ok(LoadedSchema {
                compiled,
                text: registered.schema,
                id: Some(registered.id),
                guid: registered.guid,
                origin: format!(
                    "subject {subject} version {} (id {})",
                    registered.version, registered.id
                ),
            });
        }
        let stem = match part {
            Part::Key => format!("{topic}.key"),
            Part::Value => topic.to_string(),
        };
        let files = |stem: &str| -> Vec<PathBuf> {
            ["avsc", "json", "proto"]
                .iter()
                .map(|ext| self.settings.dir.join(format!("{stem}.{ext}")))
                .filter(|p| p.is_file())
                .collect()
        };
        let candidates = files(&stem);
        // Tansu's form keeps the key schema in `<topic>.json` beside the value's.
        if candidates.is_empty()
            && part == Part::Key
            && let [one] = files(topic).as_slice()
        {
            return load_file(one, part);
        }
        match candidates.as_slice() {
            [one] => load_file(one, part),
            [] => Err(Error::NotFound(format!(
                "no schema for topic {topic}: none of {stem}.avsc, {stem}.json or {stem}.proto in {} (and no schema registry)",
                self.settings.dir.display()
            ))),
            [a, b, ..] => Err(Error::usage(format!(
                "two schemas for topic {topic}: {} and {}; keep one",
                a.display(),
                b.display()
            ))),
        }
    }

    /// The registered schema a framed payload names, fetched once per run.
    pub fn by_ref(&mut self, r: SchemaRef) -> Result<Arc<LoadedSchema>> {
        if let Some(s) = self.by_ref.get(&r) {
            return Ok(Arc::clone(s));
        }
        let registry = self.need_registry("decoding a Confluent-framed payload")?;
        let (found, origin) = match r {
            SchemaRef::Id(id) => (registry.by_id(id)?, format!("schema id {id}")),
            SchemaRef::Guid(g) => {
                let guid = SchemaRef::guid_text(&g);
                (registry.by_guid(&guid)?, format!("schema guid {guid}"))
            }
        };
        let kind = SchemaKind::from_registry(found.schema_type.as_deref()).ok_or_else(|| {
            Error::usage(format!(
                "{origin} is a {} schema; evctl reads AVRO, JSON and PROTOBUF",
                found.schema_type.as_deref().unwrap_or_default()
            ))
        })?;
        let compiled = self
            .compile_registered(kind, &found.schema, &found.references)
            .map_err(|e| Error::usage(format!("{origin}: {e}")))?;
        let loaded = Arc::new(LoadedSchema {
            compiled,
            text: found.schema,
            id: match r {
                SchemaRef::Id(id) => Some(id),
                SchemaRef::Guid(_) => None,
            },
            guid: match r {
                SchemaRef::Id(_) => None,
                SchemaRef::Guid(g) => Some(SchemaRef::guid_text(&g)),
            },
            origin,
        });
        self.by_ref.insert(r, Arc::clone(&loaded));
        Ok(loaded)
    }
}

impl SchemaSource {
    /// Reads `payload` as the JSON it encodes: framed (a magic byte and schema id, or the id in
    /// `header`) with the schema it names when a registry is configured; otherwise, when it is
    /// not JSON text, as a plain Avro datum or Protobuf message of `unframed` (what a producer
    /// writing raw Avro or Protobuf sends). `None` when neither applies: the payload is shown
    /// or checked as it is.
    pub fn read(
        &mut self,
        payload: &[u8],
        header: Option<&[u8]>,
        unframed: Option<&LoadedSchema>,
    ) -> Option<std::result::Result<serde_json::Value, String>> {
        let (writer, body) = match self.writer_of(payload, header, unframed)? {
            Ok(found) => found,
            Err(e) => return Some(Err(e)),
        };
        let decoded = match (&writer.schema().compiled, writer.framed()) {
            (Compiled::Avro(a), _) => a.decode(body),
            (Compiled::Protobuf(p), Some(indexes)) => p.decode_framed(body, indexes),
            (Compiled::Protobuf(p), None) => p.decode(body),
            (Compiled::Json(_), _) => serde_json::from_slice(body)
                .map_err(|e| format!("not JSON after the schema id: {e}")),
        };
        Some(decoded.map_err(|e| writer.explain(e)))
    }

    /// `read`, written as JSON text into `out` (cleared first): what `tail`, `dlq inspect` and
    /// the dashboard print, without building the JSON value where the schema can write it
    /// directly (Protobuf).
    pub fn read_into(
        &mut self,
        payload: &[u8],
        header: Option<&[u8]>,
        unframed: Option<&LoadedSchema>,
        out: &mut Vec<u8>,
    ) -> Option<std::result::Result<(), String>> {
        let (writer, body) = match self.writer_of(payload, header, unframed)? {
            Ok(found) => found,
            Err(e) => return Some(Err(e)),
        };
        out.clear();
        let written = match (&writer.schema().compiled, writer.framed()) {
            (Compiled::Protobuf(p), Some(indexes)) => p.decode_framed_into(body, indexes, out),
            (Compiled::Protobuf(p), None) => p.decode_into(body, out),
            (Compiled::Avro(a), _) => a.decode(body).map(|json| write_value(&json, out)),
            (Compiled::Json(_), _) => serde_json::from_slice::<serde_json::Value>(body)
                .map(|json| write_value(&json, out))
                .map_err(|e| format!("not JSON after the schema id: {e}")),
        };
        Some(written.map_err(|e| writer.explain(e)))
    }

    /// The schema `payload` was written with, and its bytes after any framing: the registered
    /// schema a framed payload names (with a registry), or `unframed` for a binary payload that
    /// is not JSON text. `None` when neither applies.
    fn writer_of<'a>(
        &mut self,
        payload: &'a [u8],
        header: Option<&'a [u8]>,
        unframed: Option<&'a LoadedSchema>,
    ) -> Option<std::result::Result<(Writer<'a>, &'a [u8]), String>> {
        if self.registry.is_some()
            && let Some(framed) = detect(payload, header)
        {
            return Some(
                self.by_ref(framed.schema)
                    .map(|w| (Writer::Registered(w, framed.header_rest), framed.body))
                    .map_err(|e| e.to_string()),
            );
        }
        let schema = unframed?;
        if matches!(schema.compiled, Compiled::Json(_))
            || serde_json::from_slice::<serde::de::IgnoredAny>(payload).is_ok()
        {
            return None;
        }
        Some(Ok((Writer::Topic(schema), payload)))
    }

    /// The topic's value schema if it is a binary one (Avro or Protobuf), looked up once per
    /// run (a missing or unreadable schema counts as none).
    pub fn binary_value_schema(&mut self, topic: &str) -> Option<Arc<LoadedSchema>> {
        if let Some(known) = self.binary_values.get(topic) {
            return known.clone();
        }
        let found = self
            .for_topic(topic, Part::Value)
            .ok()
            .filter(|s| !matches!(s.compiled, Compiled::Json(_)))
            .map(Arc::new);
        self.binary_values.insert(topic.to_string(), found.clone());
        found
    }

    /// Compiles a registered schema; a Protobuf schema's references are fetched (with theirs)
    /// and given to it as the files it imports.
    pub fn compile_registered(
        &self,
        kind: SchemaKind,
        text: &str,
        references: &[Reference],
    ) -> std::result::Result<Compiled, String> {
        let Some(registry) = self
            .registry
            .as_ref()
            .filter(|_| kind == SchemaKind::Protobuf)
        else {
            return Compiled::parse(kind, text);
        };
        let mut imports = HashMap::new();
        let mut pending = references.to_vec();
        while let Some(r) = pending.pop() {
            if imports.contains_key(&r.name) {
                continue;
            }
            let found = registry
                .version(&r.subject, &r.version.to_string())
                .map_err(|e| {
                    format!(
                        "reference {} (subject {} version {}): {e}",
                        r.name, r.subject, r.version
                    )
                })?;
            pending.extend(found.references);
            imports.insert(r.name, found.schema);
        }
        ProtoSchema::parse(text, &imports).map(Compiled::Protobuf)
    }
}

/// Who wrote a payload, as `writer_of` found it.
enum Writer<'a> {
    /// The registered schema a framed payload names, and what its header carried after the
    /// reference (Protobuf message indexes, in the header form).
    Registered(Arc<LoadedSchema>, Option<&'a [u8]>),
    /// The topic's own schema, for an unframed binary payload.
    Topic(&'a LoadedSchema),
}

impl Writer<'_> {
    fn schema(&self) -> &LoadedSchema {
        match self {
            Writer::Registered(s, _) => s,
            Writer::Topic(s) => s,
        }
    }

    /// For a framed payload, the message indexes its header carried, if any.
    fn framed(&self) -> Option<Option<&[u8]>> {
        match self {
            Writer::Registered(_, rest) => Some(*rest),
            Writer::Topic(_) => None,
        }
    }

    /// A decoding error; for the topic's schema, naming it (a registered one is named by the
    /// id in the payload).
    fn explain(&self, e: String) -> String {
        match self {
            Writer::Registered(..) => e,
            Writer::Topic(s) => format!("{e} ({})", s.origin),
        }
    }
}

fn write_value(json: &serde_json::Value, out: &mut Vec<u8>) {
    // Writing a JSON value into memory cannot fail.
    let _ = serde_json::to_writer(out, json);
}

/// A schema file: `.avsc` is Avro, anything else JSON Schema. Missing is NotFound, broken is
/// a usage error naming the file; both exit 2. A file in Tansu's topic form (see
/// `topic_record_part`) gives the schema of `part`.
pub fn load_file(path: &Path, part: Part) -> Result<LoadedSchema> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::NotFound(format!("schema file {} does not exist", path.display()))
        } else {
            Error::File {
                path: path.display().to_string(),
                source: e,
            }
        }
    })?;
    let kind = SchemaKind::of_path(path);
    if kind == SchemaKind::Protobuf {
        let compiled = ProtoSchema::load(path, &text).map_err(Error::usage)?;
        return Ok(LoadedSchema {
            compiled: Compiled::Protobuf(compiled),
            text,
            id: None,
            guid: None,
            origin: path.display().to_string(),
        });
    }
    let text = match topic_record_part(kind, &text, part) {
        Ok(Some(inner)) => inner,
        Ok(None) => text,
        Err(e) => return Err(Error::NotFound(format!("{}: {e}", path.display()))),
    };
    let compiled = Compiled::parse(kind, &text)
        .map_err(|e| Error::usage(format!("{}: {e}", path.display())))?;
    Ok(LoadedSchema {
        compiled,
        text,
        id: None,
        guid: None,
        origin: path.display().to_string(),
    })
}

/// Tansu's broker-side validation reads a topic's schema as one record: a JSON Schema whose
/// `properties` are `key` and/or `value` (and `meta`), or an Avro record whose fields are.
/// For such a file this returns the schema of `part` as text; `None` for an ordinary schema.
pub fn topic_record_part(
    kind: SchemaKind,
    text: &str,
    part: Part,
) -> std::result::Result<Option<String>, String> {
    let Ok(doc) = serde_json::from_str::<serde_json::Value>(text) else {
        return Ok(None);
    };
    let name = match part {
        Part::Key => "key",
        Part::Value => "value",
    };
    let is_part = |n: &str| matches!(n, "key" | "value" | "meta");
    let names: Vec<&str> = match kind {
        SchemaKind::Json => match doc.get("properties").and_then(|p| p.as_object()) {
            Some(props) => props.keys().map(String::as_str).collect(),
            None => return Ok(None),
        },
        SchemaKind::Avro => match doc.get("fields").and_then(|f| f.as_array()) {
            Some(fields) if doc.get("type").and_then(|t| t.as_str()) == Some("record") => fields
                .iter()
                .filter_map(|f| f.get("name")?.as_str())
                .collect(),
            _ => return Ok(None),
        },
        SchemaKind::Protobuf => return Ok(None),
    };
    if !names.iter().all(|n| is_part(n)) || !names.iter().any(|n| *n == "key" || *n == "value") {
        return Ok(None);
    }
    let found = match kind {
        SchemaKind::Json => doc["properties"].get(name).cloned(),
        SchemaKind::Avro => doc["fields"].as_array().and_then(|fields| {
            fields
                .iter()
                .find(|f| f.get("name").and_then(|n| n.as_str()) == Some(name))
                .and_then(|f| f.get("type").cloned())
        }),
        SchemaKind::Protobuf => None,
    };
    match found {
        Some(schema) => Ok(Some(schema.to_string())),
        None => Err(format!(
            "this topic schema (Tansu's form) has no {name} schema"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(dir: &Path, strategy: SubjectStrategy, record: Option<&str>) -> SchemaSettings {
        SchemaSettings {
            dir: dir.to_path_buf(),
            dir_chosen: false,
            registry: None,
            strategy,
            record_name: record.map(String::from),
        }
    }

    #[test]
    fn subjects_follow_the_strategy() {
        let dir = Path::new(".");
        let s = SchemaSource::open(&settings(dir, SubjectStrategy::TopicName, None)).unwrap();
        assert_eq!(s.subject("orders", Part::Value).unwrap(), "orders-value");
        assert_eq!(s.subject("orders", Part::Key).unwrap(), "orders-key");
        let s =
            SchemaSource::open(&settings(dir, SubjectStrategy::RecordName, Some("a.B"))).unwrap();
        assert_eq!(s.subject("orders", Part::Value).unwrap(), "a.B");
        let s = SchemaSource::open(&settings(
            dir,
            SubjectStrategy::TopicRecordName,
            Some("a.B"),
        ))
        .unwrap();
        assert_eq!(s.subject("orders", Part::Value).unwrap(), "orders-a.B");
        let s = SchemaSource::open(&settings(dir, SubjectStrategy::RecordName, None)).unwrap();
        assert_eq!(s.subject("orders", Part::Value).unwrap_err().exit_code(), 2);
    }

    #[test]
    fn tansu_topic_records_are_split_into_key_and_value() {
        let json = r#"{"type":"object","properties":{"key":{"type":"string"},"value":{"type":"integer"}}}"#;
        let value = topic_record_part(SchemaKind::Json, json, Part::Value)
            .unwrap()
            .unwrap();
        assert_eq!(value, r#"{"type":"integer"}"#);
        assert!(
            topic_record_part(SchemaKind::Json, json, Part::Key)
                .unwrap()
                .is_some()
        );
        let plain = r#"{"type":"object","properties":{"value":{},"amount":{}}}"#;
        assert_eq!(
            topic_record_part(SchemaKind::Json, plain, Part::Value).unwrap(),
            None
        );
        let value_only = r#"{"properties":{"value":{}}}"#;
        assert!(topic_record_part(SchemaKind::Json, value_only, Part::Key).is_err());
        let avro = r#"{"type":"record","name":"T","fields":[{"name":"value","type":"long"}]}"#;
        assert_eq!(
            topic_record_part(SchemaKind::Avro, avro, Part::Value)
                .unwrap()
                .unwrap(),
            r#""long""#
        );
        let event = r#"{"type":"record","name":"E","fields":[{"name":"id","type":"long"}]}"#;
        assert_eq!(
            topic_record_part(SchemaKind::Avro, event, Part::Value).unwrap(),
            None
        );
    }

    #[test]
    fn unframed_avro_values_are_decoded_with_the_topics_schema() {
        let dir = tempfile::tempdir().unwrap();
        let schema = r#"{"type":"record","name":"Paid","fields":[{"name":"id","type":"string"},{"name":"cents","type":"long"}]}"#;
        std::fs::write(dir.path().join("payments.avsc"), schema).unwrap();
        std::fs::write(dir.path().join("orders.json"), r#"{"type":"object"}"#).unwrap();
        let mut s =
            SchemaSource::open(&settings(dir.path(), SubjectStrategy::TopicName, None)).unwrap();
        let avro = super::super::avro::AvroSchema::parse(schema).unwrap();
        let datum = avro
            .encode(&serde_json::json!({"id": "p-1", "cents": 1250}))
            .unwrap();
        let mut plain = |topic: &str, payload: &[u8]| {
            let schema = s.binary_value_schema(topic);
            s.read(payload, None, schema.as_deref())
        };
        assert_eq!(
            plain("payments", &datum).unwrap().unwrap(),
            serde_json::json!({"id": "p-1", "cents": 1250})
        );
        // JSON text is left as it is, as are topics whose schema is not Avro or missing.
        assert!(plain("payments", br#"{"id":"p-1"}"#).is_none());
        assert!(plain("orders", &datum).is_none());
        assert!(plain("members", &datum).is_none());
        // Bytes that are not this schema's datum say so, and name the schema.
        let wrong = plain("payments", &datum[..3]).unwrap().unwrap_err();
        assert!(wrong.contains("payments.avsc"), "{wrong}");
    }

    #[test]
    fn unframed_protobuf_values_are_decoded_with_the_topics_schema() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("common")).unwrap();
        std::fs::write(
            dir.path().join("common/money.proto"),
            "syntax = \"proto3\";\npackage common;\nmessage Money { int64 cents = 1; }\n",
        )
        .unwrap();
        let text = "syntax = \"proto3\";\nimport \"common/money.proto\";\nmessage Refund { string id = 1; common.Money amount = 2; }\n";
        std::fs::write(dir.path().join("refunds.proto"), text).unwrap();
        let mut s =
            SchemaSource::open(&settings(dir.path(), SubjectStrategy::TopicName, None)).unwrap();
        let schema = s.binary_value_schema("refunds").unwrap();
        let Compiled::Protobuf(proto) = &schema.compiled else {
            panic!("not Protobuf")
        };
        let value = serde_json::json!({"id": "r-1", "amount": {"cents": "1250"}});
        let bytes = proto.encode_json(&value).unwrap();
        assert_eq!(s.read(&bytes, None, Some(&schema)).unwrap().unwrap(), value);
        // An import missing from the folder is named with where it was wanted.
        std::fs::remove_file(dir.path().join("common/money.proto")).unwrap();
        let e = load_file(&dir.path().join("refunds.proto"), Part::Value)
            .err()
            .unwrap()
            .to_string();
        assert!(
            e.contains("refunds.proto:2:1") && e.contains("common/money.proto"),
            "{e}"
        );
    }

    #[test]
    fn the_folder_is_searched_by_topic() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("orders.json"), r#"{"type":"object"}"#).unwrap();
        std::fs::write(dir.path().join("orders.key.avsc"), r#""string""#).unwrap();
        std::fs::write(dir.path().join("both.json"), "{}").unwrap();
        std::fs::write(dir.path().join("both.avsc"), r#""int""#).unwrap();
        std::fs::write(dir.path().join("broken.json"), "{").unwrap();
        let s =
            SchemaSource::open(&settings(dir.path(), SubjectStrategy::TopicName, None)).unwrap();
        assert_eq!(
            s.for_topic("orders", Part::Value).unwrap().compiled.kind(),
            SchemaKind::Json
        );
        assert_eq!(
            s.for_topic("orders", Part::Key).unwrap().compiled.kind(),
            SchemaKind::Avro
        );
        let missing = s.for_topic("payments", Part::Value).err().unwrap();
        assert_eq!(missing.exit_code(), 2);
        assert!(missing.to_string().contains("payments.avsc"), "{missing}");
        assert!(
            s.for_topic("both", Part::Value)
                .err()
                .unwrap()
                .to_string()
                .contains("two schemas")
        );
        let broken = s.for_topic("broken", Part::Value).err().unwrap();
        assert!(
            broken.to_string().contains("broken.json: not JSON"),
            "{broken}"
        );
    }
}
