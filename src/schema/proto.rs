//! Protobuf schemas: `.proto` text compiled in-process (protox, no `protoc`), messages held as
//! prost-reflect dynamic messages, and the canonical proto3 JSON mapping both ways.
//!
//! Which message of a file a topic carries: the one named by a `// evctl: message=NAME` line in
//! the file, else the file's first message (what Confluent's serializers assume too). A comment
//! rather than a side file, because it travels with the schema: into a registry, through a code
//! review, into `history/`, and `protoc` ignores it.

use std::collections::HashMap;
use std::path::Path;

use prost::Message as _;
use prost_reflect::{
    DeserializeOptions, DynamicMessage, Kind, MapKey, MessageDescriptor, ReflectMessage,
    SerializeOptions, Value,
};
use protox::file::{ChainFileResolver, File, FileResolver, GoogleFileResolver};

use super::Violation;

/// A compiled `.proto` file and the message type of the payloads it describes.
#[derive(Debug, Clone)]
pub struct ProtoSchema {
    message: MessageDescriptor,
}

/// The schema files a compilation may open, by import name: the folder's files, or a
/// registry's references. Google's well-known types come after them.
struct Sources(HashMap<String, String>);

impl FileResolver for Sources {
    fn open_file(&self, name: &str) -> Result<File, protox::Error> {
        match self.0.get(name) {
            Some(text) => match serialized(text) {
                Some(file) => Ok(file),
                None => File::from_source(name, text),
            },
            None => Err(protox::Error::file_not_found(name)),
        }
    }
}

/// A schema registered as the base64 of a FileDescriptorProto (what Confluent's Python
/// serializer registers, and what a registry gives with `format=serialized`) instead of
/// `.proto` text.
fn serialized(text: &str) -> Option<File> {
    use base64::Engine;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .ok()?;
    File::decode_file_descriptor_proto(bytes.as_slice())
        .ok()
        .filter(|f| !f.name().is_empty())
}

/// A folder's files, read when imported.
struct Folder(std::path::PathBuf);

impl FileResolver for Folder {
    fn open_file(&self, name: &str) -> Result<File, protox::Error> {
        // Import names are relative to the folder; nothing outside it is opened.
        if Path::new(name)
            .components()
            .any(|c| !matches!(c, std::path::Component::Normal(_)))
        {
            return Err(protox::Error::file_not_found(name));
        }
        match std::fs::read_to_string(self.0.join(name)) {
            Ok(text) => File::from_source(name, &text),
            Err(_) => Err(protox::Error::file_not_found(name)),
        }
    }
}

impl ProtoSchema {
    /// Compiles `text`, importing from `imports` (name to text, as a registry's references
    /// give them) and Google's well-known types.
    pub fn parse(text: &str, imports: &HashMap<String, String>) -> Result<ProtoSchema, String> {
        let main =
            serialized(text).map_or_else(|| "schema.proto".to_string(), |f| f.name().to_string());
        let mut files = imports.clone();
        files.insert(main.clone(), text.to_string());
        ProtoSchema::compile(Sources(files), &main, text, "")
    }

    /// Compiles `file` of a schemas folder; its imports are found in the same folder.
    pub fn load(file: &Path, text: &str) -> Result<ProtoSchema, String> {
        let dir = file.parent().unwrap_or(Path::new("."));
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut files = HashMap::new();
        files.insert(name.clone(), text.to_string());
        let mut chain = ChainFileResolver::new();
        chain.add(Sources(files));
        chain.add(Folder(dir.to_path_buf()));
        // Errors name files as the folder's path and the import name.
        let folder = match dir.to_string_lossy() {
            d if d.is_empty() => String::new(),
            d => format!("{}/", d.trim_end_matches('/')),
        };
        ProtoSchema::compile(chain, &name, text, &folder)
    }

    /// `folder` is put before the file names of errors.
    fn compile(
        resolver: impl FileResolver + 'static,
        name: &str,
        text: &str,
        folder: &str,
    ) -> Result<ProtoSchema, String> {
        let mut chain = ChainFileResolver::new();
        chain.add(resolver);
        chain.add(GoogleFileResolver::new());
        let mut compiler = protox::Compiler::with_file_resolver(chain);
        compiler.include_imports(true);
        // protox's Debug form is `file:line:column: message`.
        compiler
            .open_file(name)
            .map_err(|e| format!("{folder}{e:?}"))?;
        let pool = compiler.descriptor_pool();
        let file = pool
            .get_file_by_name(name)
            .ok_or_else(|| format!("{name} did not compile"))?;
        let message = match chosen_message(text) {
            Some(wanted) => {
                let full = if wanted.contains('.') || file.package_name().is_empty() {
                    wanted.to_string()
                } else {
                    format!("{}.{wanted}", file.package_name())
                };
                pool.get_message_by_name(&full).ok_or_else(|| {
                    format!(
                        "{folder}{name}: `// evctl: message={wanted}`: no message {full} (the file has {})",
                        names(file.messages())
                    )
                })?
            }
            None => file
                .messages()
                .next()
                .ok_or_else(|| format!("{folder}{name} declares no message"))?,
        };
        Ok(ProtoSchema { message })
    }

    /// The files this schema imports, each after the ones it imports, with the names of its
    /// own imports; Google's well-known types, which every registry knows, are left out. What
    /// registering it needs first (a registry reference per import).
    pub fn imports(&self) -> Vec<(String, Vec<String>)> {
        fn visit(file: &prost_reflect::FileDescriptor, out: &mut Vec<(String, Vec<String>)>) {
            for dep in own_imports(file) {
                if out.iter().any(|(n, _)| n == dep.name()) {
                    continue;
                }
                visit(&dep, out);
                let names = own_imports(&dep)
                    .iter()
                    .map(|d| d.name().to_string())
                    .collect();
                out.push((dep.name().to_string(), names));
            }
        }
        let mut out = Vec::new();
        visit(&self.message.parent_file(), &mut out);
        out
    }

    /// The names of the files this schema imports directly (well-known types left out).
    pub fn direct_imports(&self) -> Vec<String> {
        own_imports(&self.message.parent_file())
            .iter()
            .map(|d| d.name().to_string())
            .collect()
    }

    /// The message type payloads are read and written as.
    pub fn message(&self) -> &MessageDescriptor {
        &self.message
    }

    /// Whether a JSON value (proto3 JSON mapping) is a valid message: `from_json` without
    /// tracking where it is, for the many values that are valid.
    pub fn is_valid(&self, value: &serde_json::Value) -> bool {
        let options = DeserializeOptions::new().deny_unknown_fields(true);
        DynamicMessage::deserialize_with_options(self.message.clone(), value, &options).is_ok()
    }

    /// The payload a JSON value (proto3 JSON mapping) stands for; the violation names the
    /// field that does not fit.
    pub fn from_json(&self, value: &serde_json::Value) -> Result<DynamicMessage, Violation> {
        let options = DeserializeOptions::new().deny_unknown_fields(true);
        let mut track = serde_path_to_error::Track::new();
        let deserializer = serde_path_to_error::Deserializer::new(value, &mut track);
        DynamicMessage::deserialize_with_options(self.message.clone(), deserializer, &options)
            .map_err(|e| {
                let path = track.path();
                let message = e.to_string();
                let message = match message.as_str() {
                    "out of range integral type conversion attempted" => {
                        "a number out of range for the field's type".to_string()
                    }
                    _ => message,
                };
                Violation::new(pointer(&path), message)
            })
    }

    /// A JSON value encoded as this message type (protobuf binary).
    pub fn encode_json(&self, value: &serde_json::Value) -> Result<Vec<u8>, Violation> {
        Ok(self.from_json(value)?.encode_to_vec())
    }

    /// Decodes protobuf binary as `message` (this schema's type unless the payload's index
    /// array chose another).
    fn decode_message(
        &self,
        message: MessageDescriptor,
        bytes: &[u8],
    ) -> Result<DynamicMessage, String> {
        DynamicMessage::decode(message, bytes)
            .map_err(|e| format!("not a {}: {e}", self.message.full_name()))
    }

    /// Decodes protobuf binary as `message` into its JSON mapping.
    fn decode_as(
        &self,
        message: MessageDescriptor,
        bytes: &[u8],
    ) -> Result<serde_json::Value, String> {
        to_json(&self.decode_message(message, bytes)?)
    }

    pub fn decode(&self, bytes: &[u8]) -> Result<serde_json::Value, String> {
        self.decode_as(self.message.clone(), bytes)
    }

    /// Whether `bytes` decode as this schema's message; the violation names the deepest field
    /// that does not (a wrong wire type, a string that is not UTF-8, a nested message cut
    /// short), or the message itself.
    pub fn binary_violation(&self, bytes: &[u8]) -> Option<Violation> {
        let e = self.decode_message(self.message.clone(), bytes).err()?;
        Some(Violation::new(failing_field(&self.message, bytes), e))
    }

    /// Reads a Confluent-framed body: the message-index array (in the header form, from what
    /// the header carried after the schema reference), then the message it selects.
    pub fn decode_framed(
        &self,
        body: &[u8],
        header_indexes: Option<&[u8]>,
    ) -> Result<serde_json::Value, String> {
        let (message, rest) = self.framed_message(body, header_indexes)?;
        self.decode_as(message, rest)
    }

    /// The message a framed payload's index array selects, and its bytes.
    fn framed_message<'b>(
        &self,
        body: &'b [u8],
        header_indexes: Option<&[u8]>,
    ) -> Result<(MessageDescriptor, &'b [u8]), String> {
        match header_indexes {
            Some(header) => {
                let (indexes, rest) = read_indexes(header)?;
                if !rest.is_empty() {
                    return Err(format!(
                        "{} bytes after the message indexes in the schema id header",
                        rest.len()
                    ));
                }
                Ok((self.indexed(&indexes)?, body))
            }
            None => {
                let (indexes, rest) = read_indexes(body)?;
                Ok((self.indexed(&indexes)?, rest))
            }
        }
    }

    /// `decode`, written as JSON text into `out`: straight from the message, without a JSON
    /// value in between, unless it carries unknown fields to show.
    pub fn decode_into(&self, bytes: &[u8], out: &mut Vec<u8>) -> Result<(), String> {
        self.write_as(self.message.clone(), bytes, out)
    }

    /// `decode_framed`, written as JSON text into `out`.
    pub fn decode_framed_into(
        &self,
        body: &[u8],
        header_indexes: Option<&[u8]>,
        out: &mut Vec<u8>,
    ) -> Result<(), String> {
        let (message, rest) = self.framed_message(body, header_indexes)?;
        self.write_as(message, rest, out)
    }

    fn write_as(
        &self,
        message: MessageDescriptor,
        bytes: &[u8],
        out: &mut Vec<u8>,
    ) -> Result<(), String> {
        let decoded = self.decode_message(message, bytes)?;
        if has_unknown(&decoded) {
            let json = to_json(&decoded)?;
            return serde_json::to_writer(out, &json).map_err(|e| e.to_string());
        }
        write_message(&decoded, out)
    }

    /// The message an index array names: its first index counts the file's top-level messages,
    /// each next one the nested messages of the one before.
    fn indexed(&self, indexes: &[i32]) -> Result<MessageDescriptor, String> {
        let file = self.message.parent_file();
        let mut found: Option<MessageDescriptor> = None;
        for &i in indexes {
            let pick = |mut it: Box<dyn Iterator<Item = MessageDescriptor> + '_>| {
                usize::try_from(i).ok().and_then(|i| it.nth(i))
            };
            let next = match &found {
                None => pick(Box::new(file.messages())),
                Some(m) => pick(Box::new(m.child_messages())),
            };
            found = Some(next.ok_or_else(|| {
                format!(
                    "message index {indexes:?} points nowhere (the schema has {})",
                    names(file.messages())
                )
            })?);
        }
        found.ok_or_else(|| "an empty message index".to_string())
    }

    /// This schema's message as an index array (see `indexed`).
    pub fn indexes(&self) -> Vec<i32> {
        let mut path = Vec::new();
        let mut at = self.message.clone();
        loop {
            let position = match at.parent_message() {
                Some(parent) => parent.child_messages().position(|m| m == at),
                None => at.parent_file().messages().position(|m| m == at),
            };
            path.push(position.and_then(|p| i32::try_from(p).ok()).unwrap_or(0));
            match at.parent_message() {
                Some(parent) => at = parent,
                None => break,
            }
        }
        path.reverse();
        path
    }

    /// The Confluent framing after the schema id: the index array (`[0]` as one 0 byte), then
    /// `payload`.
    pub fn frame_body(&self, payload: &[u8], out: &mut Vec<u8>) {
        write_indexes(&self.indexes(), out);
        out.extend_from_slice(payload);
    }
}

/// The files `file` imports, but for Google's well-known types (which every registry knows).
fn own_imports(file: &prost_reflect::FileDescriptor) -> Vec<prost_reflect::FileDescriptor> {
    file.dependencies()
        .filter(|d| !d.name().starts_with("google/protobuf/"))
        .collect()
}

fn names(messages: impl Iterator<Item = MessageDescriptor>) -> String {
    let all: Vec<String> = messages.map(|m| m.full_name().to_string()).collect();
    if all.is_empty() {
        "no message".to_string()
    } else {
        all.join(", ")
    }
}

/// The `NAME` of a `// evctl: message=NAME` line.
fn chosen_message(text: &str) -> Option<&str> {
    text.lines().find_map(|line| {
        line.trim()
            .strip_prefix("//")?
            .trim()
            .strip_prefix("evctl:")?
            .trim()
            .strip_prefix("message=")
            .map(str::trim)
    })
}

fn pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("/{index}")),
            Segment::Map { key } => {
                out.push('/');
                out.push_str(&escape(key));
            }
            Segment::Enum { variant } => out.push_str(&format!("/{variant}")),
            Segment::Unknown => {}
        }
    }
    out
}

/// A message in its JSON mapping, default values left out. Fields the schema does not know are
/// kept, as `"$unknown": {"NUMBER": "VALUE"}`, in text form.
fn to_json(decoded: &DynamicMessage) -> Result<serde_json::Value, String> {
    let options = SerializeOptions::new().skip_default_fields(true);
    let mut json = decoded
        .serialize_with_options(serde_json::value::Serializer, &options)
        .map_err(|e| e.to_string())?;
    keep_unknown(decoded, &mut json);
    Ok(json)
}

/// Writes a message in the proto3 JSON mapping, as prost-reflect's serializer does with default
/// values left out, but straight from the fields that are set (its serializer looks at every
/// field of the schema, and at each one's default). Google's well-known types, whose JSON forms
/// are special, are left to prost-reflect.
fn write_message(message: &DynamicMessage, out: &mut Vec<u8>) -> Result<(), String> {
    if message
        .descriptor()
        .full_name()
        .starts_with("google.protobuf.")
    {
        let options = SerializeOptions::new().skip_default_fields(true);
        return message
            .serialize_with_options(&mut serde_json::Serializer::new(out), &options)
            .map_err(|e| e.to_string());
    }
    out.push(b'{');
    for (i, (field, value)) in message.fields().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_string(field.json_name(), out);
        out.push(b':');
        let kind = field.kind();
        match value {
            Value::List(items) => {
                out.push(b'[');
                for (j, item) in items.iter().enumerate() {
                    if j > 0 {
                        out.push(b',');
                    }
                    write_value(&kind, item, out)?;
                }
                out.push(b']');
            }
            Value::Map(entries) => {
                let value_kind = match &kind {
                    Kind::Message(entry) => entry.map_entry_value_field().kind(),
                    other => other.clone(),
                };
                out.push(b'{');
                for (j, (key, item)) in entries.iter().enumerate() {
                    if j > 0 {
                        out.push(b',');
                    }
                    match key {
                        MapKey::String(s) => write_string(s, out),
                        other => write_string(&map_key(other), out),
                    }
                    out.push(b':');
                    write_value(&value_kind, item, out)?;
                }
                out.push(b'}');
            }
            single => write_value(&kind, single, out)?,
        }
    }
    out.push(b'}');
    Ok(())
}

/// One value of a field of `kind`, in the JSON mapping: 64-bit integers as strings, floats'
/// special values as strings, bytes as base64, enums by name (by number when unknown).
fn write_value(kind: &Kind, value: &Value, out: &mut Vec<u8>) -> Result<(), String> {
    use std::io::Write as _;
    match value {
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::I32(n) => {
            let _ = write!(out, "{n}");
        }
        Value::U32(n) => {
            let _ = write!(out, "{n}");
        }
        Value::I64(n) => write_quoted(n, out),
        Value::U64(n) => write_quoted(n, out),
        // Finite floats as serde_json writes them, in the shortest form of their own width.
        Value::F32(f) if f.is_finite() => {
            let _ = serde_json::to_writer(&mut *out, f);
        }
        Value::F64(f) if f.is_finite() => {
            let _ = serde_json::to_writer(&mut *out, f);
        }
        Value::F32(f) => write_string(non_finite(f64::from(*f)), out),
        Value::F64(f) => write_string(non_finite(*f), out),
        Value::String(s) => write_string(s, out),
        Value::Bytes(b) => {
            use base64::Engine;
            out.push(b'"');
            out.extend_from_slice(
                base64::engine::general_purpose::STANDARD
                    .encode(b)
                    .as_bytes(),
            );
            out.push(b'"');
        }
        Value::EnumNumber(n) => match kind {
            Kind::Enum(e) if e.full_name() == "google.protobuf.NullValue" => {
                out.extend_from_slice(b"null");
            }
            Kind::Enum(e) => match e.get_value(*n) {
                Some(v) => write_string(v.name(), out),
                None => {
                    let _ = write!(out, "{n}");
                }
            },
            _ => {
                let _ = write!(out, "{n}");
            }
        },
        Value::Message(m) => write_message(m, out)?,
        Value::List(_) | Value::Map(_) => {
            return Err("a list or map inside a list".to_string());
        }
    }
    Ok(())
}

/// The mapping's names for the floats JSON has no numbers for.
fn non_finite(f: f64) -> &'static str {
    if f.is_nan() {
        "NaN"
    } else if f > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    }
}

fn write_quoted(n: impl std::fmt::Display, out: &mut Vec<u8>) {
    use std::io::Write as _;
    let _ = write!(out, "\"{n}\"");
}

fn write_string(s: &str, out: &mut Vec<u8>) {
    // Writing a string into memory cannot fail.
    let _ = serde_json::to_writer(&mut *out, s);
}

/// A map key as the JSON mapping writes it: an object key, numbers and booleans as text.
fn map_key(key: &MapKey) -> String {
    match key {
        MapKey::String(s) => s.clone(),
        MapKey::Bool(b) => b.to_string(),
        MapKey::I32(n) => n.to_string(),
        MapKey::I64(n) => n.to_string(),
        MapKey::U32(n) => n.to_string(),
        MapKey::U64(n) => n.to_string(),
    }
}

/// Whether a message or any message inside it kept fields its schema does not know.
fn has_unknown(message: &DynamicMessage) -> bool {
    message.unknown_fields().next().is_some()
        || message.fields().any(|(_, value)| match value {
            Value::Message(m) => has_unknown(m),
            Value::List(items) => items
                .iter()
                .any(|i| matches!(i, Value::Message(m) if has_unknown(m))),
            Value::Map(entries) => entries
                .values()
                .any(|i| matches!(i, Value::Message(m) if has_unknown(m))),
            _ => false,
        })
}

/// Adds the fields a message kept but its schema does not know, at every depth.
fn keep_unknown(message: &DynamicMessage, json: &mut serde_json::Value) {
    let unknown: serde_json::Map<String, serde_json::Value> = message
        .unknown_fields()
        .map(|f| {
            let text = f.to_string();
            let value = text
                .split_once(':')
                .map(|(_, v)| v.trim().to_string())
                .unwrap_or(text);
            (f.number().to_string(), serde_json::Value::String(value))
        })
        .collect();
    let Some(object) = json.as_object_mut() else {
        return;
    };
    if !unknown.is_empty() {
        object.insert("$unknown".to_string(), serde_json::Value::Object(unknown));
    }
    for (field, value) in message.fields() {
        let Some(inner) = object.get_mut(field.json_name()) else {
            continue;
        };
        match value {
            Value::Message(m) => keep_unknown(m, inner),
            Value::List(items) => {
                for (item, json) in items.iter().zip(inner.as_array_mut().into_iter().flatten()) {
                    if let Value::Message(m) = item {
                        keep_unknown(m, json);
                    }
                }
            }
            Value::Map(entries) => {
                for (key, item) in entries {
                    let Value::Message(m) = item else { continue };
                    if let Some(json) = inner.get_mut(map_key(key)) {
                        keep_unknown(m, json);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The JSON pointer of the field where `bytes` stop decoding as `message`: its fields are
/// walked on the wire, and a nested message that fails is walked in turn. `""` when the fault
/// is in the message's own framing (a field cut short, a bad tag).
fn failing_field(message: &MessageDescriptor, bytes: &[u8]) -> String {
    use prost::encoding::{WireType, decode_key, decode_varint};
    let mut buf = bytes;
    let mut seen: HashMap<u32, usize> = HashMap::new();
    while !buf.is_empty() {
        let Ok((number, wire_type)) = decode_key(&mut buf) else {
            return String::new();
        };
        let field = message.get_field(number);
        let at = field.as_ref().map_or_else(String::new, |f| {
            let nth = seen.entry(number).or_default();
            *nth += 1;
            match f.is_list() {
                true => format!("/{}/{}", escape(f.json_name()), *nth - 1),
                false => format!("/{}", escape(f.json_name())),
            }
        });
        let len = match wire_type {
            WireType::Varint => decode_varint(&mut buf).ok().map(|_| 0),
            WireType::SixtyFourBit => Some(8),
            WireType::ThirtyTwoBit => Some(4),
            WireType::LengthDelimited => decode_varint(&mut buf)
                .ok()
                .and_then(|n| usize::try_from(n).ok()),
            WireType::StartGroup | WireType::EndGroup => None,
        };
        let Some(len) = len.filter(|&n| n <= buf.len()) else {
            return at;
        };
        let (value, rest) = buf.split_at(len);
        buf = rest;
        let Some(field) = field else { continue };
        let expected = match field.kind() {
            Kind::Message(_) | Kind::String | Kind::Bytes => WireType::LengthDelimited,
            Kind::Double | Kind::Fixed64 | Kind::Sfixed64 => WireType::SixtyFourBit,
            Kind::Float | Kind::Fixed32 | Kind::Sfixed32 => WireType::ThirtyTwoBit,
            _ => WireType::Varint,
        };
        // Repeated scalars may come packed, in one length-delimited run.
        let packed = field.is_list() && wire_type == WireType::LengthDelimited;
        if wire_type != expected && !packed {
            return at;
        }
        match field.kind() {
            Kind::Message(inner)
                if !field.is_map() && DynamicMessage::decode(inner.clone(), value).is_err() =>
            {
                return format!("{at}{}", failing_field(&inner, value));
            }
            Kind::String if std::str::from_utf8(value).is_err() => return at,
            _ => {}
        }
    }
    String::new()
}

/// `~` and `/` escaped for a JSON pointer segment.
fn escape(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

/// Confluent's message-index array: a zig-zag varint count, then that many zig-zag varint
/// indexes; a lone 0 byte stands for `[0]`.
pub fn read_indexes(body: &[u8]) -> Result<(Vec<i32>, &[u8]), String> {
    let mut rest = body;
    let count = read_zigzag(&mut rest)?;
    if count == 0 {
        return Ok((vec![0], rest));
    }
    // Each index takes at least one byte: a count beyond what is left is not an index array.
    if count < 0 || count as usize > rest.len() {
        return Err(format!(
            "message index count {count} does not fit the {} bytes after the schema id",
            body.len()
        ));
    }
    let mut indexes = Vec::with_capacity(count as usize);
    for _ in 0..count {
        indexes.push(read_zigzag(&mut rest)?);
    }
    Ok((indexes, rest))
}

pub fn write_indexes(indexes: &[i32], out: &mut Vec<u8>) {
    if indexes == [0] {
        out.push(0);
        return;
    }
    write_zigzag(indexes.len() as i32, out);
    for &i in indexes {
        write_zigzag(i, out);
    }
}

fn read_zigzag(input: &mut &[u8]) -> Result<i32, String> {
    let mut value: u64 = 0;
    for shift in (0..35).step_by(7) {
        let Some((&byte, rest)) = input.split_first() else {
            return Err("the message index array is cut short".to_string());
        };
        *input = rest;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            let n = (value >> 1) as i64 ^ -((value & 1) as i64);
            return i32::try_from(n).map_err(|_| format!("message index {n} is out of range"));
        }
    }
    Err("a message index varint longer than five bytes".to_string())
}

fn write_zigzag(n: i32, out: &mut Vec<u8>) {
    let mut v = ((n << 1) ^ (n >> 31)) as u32;
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const SHOP: &str = r#"
syntax = "proto3";
package shop;
import "google/protobuf/timestamp.proto";

message Order {
  string id = 1;
  int64 amount_cents = 2;
  repeated Line lines = 3;
  google.protobuf.Timestamp placed_at = 4;
  message Line {
    string sku = 1;
    int32 quantity = 2;
  }
}

message Refund {
  string order_id = 1;
}
"#;

    #[test]
    fn the_first_message_is_the_default_and_a_comment_chooses_another() {
        let s = ProtoSchema::parse(SHOP, &HashMap::new()).unwrap();
        assert_eq!(s.message().full_name(), "shop.Order");
        assert_eq!(s.indexes(), [0]);
        let chosen = format!("// evctl: message=Refund\n{SHOP}");
        let s = ProtoSchema::parse(&chosen, &HashMap::new()).unwrap();
        assert_eq!(s.message().full_name(), "shop.Refund");
        assert_eq!(s.indexes(), [1]);
        let nested = format!("// evctl: message=shop.Order.Line\n{SHOP}");
        let s = ProtoSchema::parse(&nested, &HashMap::new()).unwrap();
        assert_eq!(s.indexes(), [0, 0]);
        let wrong = format!("// evctl: message=Nope\n{SHOP}");
        let e = ProtoSchema::parse(&wrong, &HashMap::new()).unwrap_err();
        assert!(
            e.contains("no message shop.Nope (the file has shop.Order, shop.Refund)"),
            "{e}"
        );
    }

    #[test]
    fn a_proto_that_does_not_compile_is_named_by_line_and_column() {
        let broken = "syntax = \"proto3\";\nmessage A {\n  string id = 1\n  int32 n = 2;\n}\n";
        let e = ProtoSchema::parse(broken, &HashMap::new()).unwrap_err();
        assert!(e.starts_with("schema.proto:4:3: "), "{e}");
        let e = ProtoSchema::parse(
            "syntax = \"proto3\";\nimport \"other.proto\";\nmessage A { Other o = 1; }\n",
            &HashMap::new(),
        )
        .unwrap_err();
        assert!(e.contains("other.proto"), "{e}");
    }

    #[test]
    fn imports_come_from_the_references_given() {
        let mut imports = HashMap::new();
        imports.insert(
            "common/money.proto".to_string(),
            "syntax = \"proto3\";\npackage common;\nmessage Money { int64 cents = 1; string currency = 2; }\n"
                .to_string(),
        );
        let s = ProtoSchema::parse(
            "syntax = \"proto3\";\nimport \"common/money.proto\";\nmessage Payment { common.Money amount = 1; }\n",
            &imports,
        )
        .unwrap();
        let bytes = s
            .encode_json(&json!({"amount": {"cents": "1250", "currency": "EUR"}}))
            .unwrap();
        assert_eq!(
            s.decode(&bytes).unwrap(),
            json!({"amount": {"cents": "1250", "currency": "EUR"}})
        );
    }

    #[test]
    fn a_schema_registered_as_a_serialized_descriptor_is_read() {
        use base64::Engine;
        let text = ProtoSchema::parse(SHOP, &HashMap::new()).unwrap();
        let file = text.message().parent_file();
        let encoded = base64::engine::general_purpose::STANDARD
            .encode(file.file_descriptor_proto().encode_to_vec());
        let s = ProtoSchema::parse(&encoded, &HashMap::new()).unwrap();
        assert_eq!(s.message().full_name(), "shop.Order");
        let bytes = text.encode_json(&json!({"id": "o-1"})).unwrap();
        assert_eq!(s.decode(&bytes).unwrap(), json!({"id": "o-1"}));
    }

    #[test]
    fn json_round_trips_through_binary_in_the_canonical_mapping() {
        let s = ProtoSchema::parse(SHOP, &HashMap::new()).unwrap();
        let order = json!({
            "id": "o-1",
            "amountCents": "1999",
            "lines": [{"sku": "A", "quantity": 2}],
            "placedAt": "2026-12-06T10:00:00Z"
        });
        let bytes = s.encode_json(&order).unwrap();
        assert_eq!(s.decode(&bytes).unwrap(), order);
        // The proto field name is accepted on the way in, as the mapping allows.
        let bytes = s.encode_json(&json!({"amount_cents": 5})).unwrap();
        assert_eq!(s.decode(&bytes).unwrap(), json!({"amountCents": "5"}));
    }

    #[test]
    fn a_violation_names_the_field() {
        let s = ProtoSchema::parse(SHOP, &HashMap::new()).unwrap();
        let v = s
            .from_json(&json!({"lines": [{"sku": "A", "quantity": "many"}]}))
            .unwrap_err();
        assert_eq!(v.pointer, "/lines/0/quantity", "{v:?}");
        let v = s.from_json(&json!({"colour": "red"})).unwrap_err();
        assert!(v.message.contains("colour"), "{v:?}");
        let v = s.from_json(&json!([1])).unwrap_err();
        assert_eq!(v.pointer, "", "{v:?}");
    }

    #[test]
    fn unknown_fields_are_kept_and_shown() {
        let s = ProtoSchema::parse(SHOP, &HashMap::new()).unwrap();
        // Field 1 = "o-1", then field 9 (varint 7) that Order does not declare.
        let mut bytes = vec![0x0a, 3, b'o', b'-', b'1', 0x48, 7];
        let json = s.decode(&bytes).unwrap();
        assert_eq!(json, json!({"id": "o-1", "$unknown": {"9": "7"}}));
        // Written straight as text, as tail prints it, the same.
        let mut text = Vec::new();
        s.decode_into(&bytes, &mut text).unwrap();
        assert_eq!(
            serde_json::from_slice::<serde_json::Value>(&text).unwrap(),
            json
        );
        text.clear();
        s.decode_into(&bytes[..5], &mut text).unwrap();
        assert_eq!(text, br#"{"id":"o-1"}"#);
        bytes.truncate(4);
        assert!(s.decode(&bytes).is_err());
        assert!(s.decode_into(&bytes, &mut text).is_err());
    }

    #[test]
    fn message_indexes_are_zigzag_varints_with_the_zero_shortcut() {
        let mut out = Vec::new();
        write_indexes(&[0], &mut out);
        assert_eq!(out, [0]);
        out.clear();
        write_indexes(&[1, 0], &mut out);
        assert_eq!(out, [4, 2, 0]);
        assert_eq!(
            read_indexes(&[4, 2, 0, 9]).unwrap(),
            (vec![1, 0], &[9u8][..])
        );
        assert_eq!(read_indexes(&[0, 9]).unwrap(), (vec![0], &[9u8][..]));
        assert!(read_indexes(&[]).is_err());
        assert!(read_indexes(&[0x7e]).is_err());
        assert!(read_indexes(&[0xff, 0xff, 0xff, 0xff, 0xff, 0x01]).is_err());

        let s = ProtoSchema::parse(SHOP, &HashMap::new()).unwrap();
        let refund = ProtoSchema::parse(
            &format!("// evctl: message=Refund\n{SHOP}"),
            &HashMap::new(),
        )
        .unwrap();
        let mut framed = Vec::new();
        refund.frame_body(
            &refund.encode_json(&json!({"orderId": "o-9"})).unwrap(),
            &mut framed,
        );
        assert_eq!(framed[..2], [2, 2]);
        // Read with the topic's schema, the index array picks Refund.
        assert_eq!(
            s.decode_framed(&framed, None).unwrap(),
            json!({"orderId": "o-9"})
        );
        // The header form carries the indexes in the header; the payload is the message alone.
        assert_eq!(
            s.decode_framed(&framed[2..], Some(&framed[..2])).unwrap(),
            json!({"orderId": "o-9"})
        );
        assert!(s.decode_framed(&framed[2..], Some(&[2, 2, 7])).is_err());
        let e = s.decode_framed(&[2, 10], None).unwrap_err();
        assert!(e.contains("points nowhere"), "{e}");
    }
}
