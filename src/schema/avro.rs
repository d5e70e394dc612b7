//! Avro: JSON values checked against a schema and converted to Avro values (for validation and
//! `produce --avro`), binary datums encoded and decoded, and decoded values shown as JSON.
//!
//! JSON input follows the Avro JSON encoding (a union value may be wrapped as `{"type": value}`,
//! bytes and fixed are strings of code points 0-255), and also accepts what `evctl tail` prints,
//! so a decoded message can be produced again: a bare union value (the first branch that takes
//! it), dates and timestamps as RFC 3339 text, decimals as numbers or numeric text.

use std::collections::HashMap;

use apache_avro::schema::{Name, Namespace, RecordSchema, Schema, UnionSchema};
use apache_avro::types::Value as Avro;
use serde_json::{Map, Number, Value as Json};

use super::Violation;
use super::json::escape_pointer;

/// Avro's rule for a full name: dot-separated parts of letters, digits and `_`, none empty and
/// none starting with a digit.
fn is_avro_name(name: &str) -> bool {
    name.split('.').all(|part| {
        part.chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

/// Every named type's name in `schema` (at JSON pointer `at`) is a valid Avro full name.
fn check_names(schema: &Json, at: &str) -> Result<(), String> {
    match schema {
        Json::Object(o) => {
            let named = matches!(
                o.get("type").and_then(Json::as_str),
                Some("record" | "error" | "enum" | "fixed")
            );
            if let (true, Some(Json::String(name))) = (named, o.get("name"))
                && !is_avro_name(name)
            {
                return Err(format!(
                    "not a valid Avro schema: {} name {name:?} is not an Avro name (letters, \
                     digits and _, not starting with a digit, dots between namespace parts)",
                    if at.is_empty() { "the schema's" } else { at }
                ));
            }
            for (k, v) in o {
                check_names(v, &format!("{at}/{}", escape_pointer(k)))?;
            }
        }
        Json::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                check_names(v, &format!("{at}/{i}"))?;
            }
        }
        _ => {}
    }
    Ok(())
}

pub struct AvroSchema {
    pub schema: Schema,
    names: HashMap<Name, Schema>,
}

impl AvroSchema {
    pub fn parse(text: &str) -> Result<AvroSchema, String> {
        // apache-avro panics on a named type whose name is not a valid Avro name (0.21,
        // `Name::parse` unwraps), so names are checked first.
        if let Ok(json) = serde_json::from_str::<Json>(text) {
            check_names(&json, "")?;
        }
        let schema =
            Schema::parse_str(text).map_err(|e| format!("not a valid Avro schema: {e}"))?;
        Ok(AvroSchema::new(schema))
    }

    pub fn new(schema: Schema) -> AvroSchema {
        let mut names = HashMap::new();
        collect_names(&schema, &None, &mut names);
        AvroSchema { schema, names }
    }

    /// The record's full name, for RecordNameStrategy subjects.
    pub fn full_name(&self) -> Option<String> {
        match &self.schema {
            Schema::Record(r) => Some(r.name.fullname(None)),
            Schema::Enum(e) => Some(e.name.fullname(None)),
            Schema::Fixed(f) => Some(f.name.fullname(None)),
            _ => None,
        }
    }

    /// Checks `value` against the schema and converts it; the error names the field.
    pub fn from_json(&self, value: &Json) -> Result<Avro, Violation> {
        let mut path = String::new();
        Converter { names: &self.names }.value(&self.schema, &None, value, &mut path)
    }

    /// The Avro binary datum (no container, no framing) of a JSON value.
    pub fn encode(&self, value: &Json) -> Result<Vec<u8>, Violation> {
        let avro = self.from_json(value)?;
        apache_avro::to_avro_datum(&self.schema, avro)
            .map_err(|e| Violation::new("", format!("cannot encode: {e}")))
    }

    /// Decodes one binary datum written with this schema and shows it as JSON.
    pub fn decode(&self, mut bytes: &[u8]) -> Result<Json, String> {
        let value = apache_avro::from_avro_datum(&self.schema, &mut bytes, None)
            .map_err(|e| format!("not Avro of this schema: {e}"))?;
        if !bytes.is_empty() {
            return Err(format!(
                "not Avro of this schema: {} bytes left after the value",
                bytes.len()
            ));
        }
        Ok(Converter { names: &self.names }.to_json(&self.schema, &None, &value))
    }

    /// Resolves a named reference met while walking this schema.
    pub fn lookup(&self, name: &Name, enclosing: &Namespace) -> Option<&Schema> {
        self.names.get(&name.fully_qualified_name(enclosing))
    }
}

fn collect_names(schema: &Schema, ns: &Namespace, names: &mut HashMap<Name, Schema>) {
    match schema {
        Schema::Record(r) => {
            let name = r.name.fully_qualified_name(ns);
            let inner = name.namespace.clone();
            names.insert(name, schema.clone());
            for f in &r.fields {
                collect_names(&f.schema, &inner, names);
            }
        }
        Schema::Enum(e) => {
            names.insert(e.name.fully_qualified_name(ns), schema.clone());
        }
        Schema::Fixed(f) => {
            names.insert(f.name.fully_qualified_name(ns), schema.clone());
        }
        Schema::Decimal(d) => collect_names(&d.inner, ns, names),
        Schema::Array(a) => collect_names(&a.items, ns, names),
        Schema::Map(m) => collect_names(&m.types, ns, names),
        Schema::Union(u) => {
            for v in u.variants() {
                collect_names(v, ns, names);
            }
        }
        _ => {}
    }
}

/// The name a union branch goes by in the Avro JSON encoding (`{"long": 5}`).
pub fn branch_name(schema: &Schema, ns: &Namespace) -> String {
    match schema {
        Schema::Null => "null".into(),
        Schema::Boolean => "boolean".into(),
        Schema::Int | Schema::Date | Schema::TimeMillis => "int".into(),
        Schema::Long
        | Schema::TimeMicros
        | Schema::TimestampMillis
        | Schema::TimestampMicros
        | Schema::TimestampNanos
        | Schema::LocalTimestampMillis
        | Schema::LocalTimestampMicros
        | Schema::LocalTimestampNanos => "long".into(),
        Schema::Float => "float".into(),
        Schema::Double => "double".into(),
        Schema::Bytes | Schema::BigDecimal => "bytes".into(),
        Schema::String | Schema::Uuid => "string".into(),
        Schema::Array(_) => "array".into(),
        Schema::Map(_) => "map".into(),
        Schema::Union(_) => "union".into(),
        Schema::Record(r) => r.name.fully_qualified_name(ns).fullname(None),
        Schema::Enum(e) => e.name.fully_qualified_name(ns).fullname(None),
        Schema::Fixed(f) => f.name.fully_qualified_name(ns).fullname(None),
        Schema::Decimal(d) => branch_name(&d.inner, ns),
        Schema::Duration => "fixed".into(),
        Schema::Ref { name } => name.fully_qualified_name(ns).fullname(None),
    }
}

/// A short description of a schema for messages: `int`, `record Order`, `["null","string"]`.
pub fn describe(schema: &Schema, ns: &Namespace) -> String {
    match schema {
        Schema::Record(_) => format!("record {}", branch_name(schema, ns)),
        Schema::Enum(e) => format!("enum {} {:?}", branch_name(schema, ns), e.symbols),
        Schema::Fixed(f) => format!("fixed {} ({} bytes)", branch_name(schema, ns), f.size),
        Schema::Array(a) => format!("array of {}", describe(&a.items, ns)),
        Schema::Map(m) => format!("map of {}", describe(&m.types, ns)),
        Schema::Union(u) => format!(
            "union [{}]",
            u.variants()
                .iter()
                .map(|v| branch_name(v, ns))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Schema::Date => "int (date)".into(),
        Schema::TimestampMillis => "long (timestamp-millis)".into(),
        Schema::TimestampMicros => "long (timestamp-micros)".into(),
        Schema::Uuid => "string (uuid)".into(),
        Schema::Decimal(d) => format!("decimal({}, {})", d.precision, d.scale),
        other => branch_name(other, ns),
    }
}

fn json_kind(v: &Json) -> String {
    match v {
        Json::Null => "null".into(),
        Json::Bool(b) => b.to_string(),
        Json::Number(n) => format!("number {n}"),
        Json::String(s) if s.chars().count() > 40 => "a string".into(),
        Json::String(s) => format!("string {s:?}"),
        Json::Array(_) => "an array".into(),
        Json::Object(_) => "an object".into(),
    }
}

struct Converter<'a> {
    names: &'a HashMap<Name, Schema>,
}

impl Converter<'_> {
    fn value(
        &self,
        schema: &Schema,
        ns: &Namespace,
        v: &Json,
        path: &mut String,
    ) -> Result<Avro, Violation> {
        let wrong = |path: &str| {
            Violation::new(
                path,
                format!("expected {}, got {}", describe(schema, ns), json_kind(v)),
            )
        };
        Ok(match (schema, v) {
            (Schema::Ref { name }, _) => {
                let name = name.fully_qualified_name(ns);
                let Some(target) = self.names.get(&name) else {
                    return Err(Violation::new(
                        path.as_str(),
                        format!(
                            "the schema refers to an unknown type {}",
                            name.fullname(None)
                        ),
                    ));
                };
                let inner = name.namespace.clone();
                return self.value(target, &inner, v, path);
            }
            (Schema::Null, Json::Null) => Avro::Null,
            (Schema::Boolean, Json::Bool(b)) => Avro::Boolean(*b),
            (Schema::Int, Json::Number(n)) => Avro::Int(int(n).ok_or_else(|| wrong(path))?),
            (Schema::Long, Json::Number(n)) => Avro::Long(n.as_i64().ok_or_else(|| wrong(path))?),
            (Schema::Float, Json::Number(n)) => Avro::Float(n.as_f64().unwrap_or_default() as f32),
            (Schema::Double, Json::Number(n)) => Avro::Double(n.as_f64().unwrap_or_default()),
            (Schema::Bytes, Json::String(s)) => {
                Avro::Bytes(code_points(s).ok_or_else(|| wrong(path))?)
            }
            (Schema::String, Json::String(s)) => Avro::String(s.clone()),
            (Schema::Uuid, Json::String(s)) => {
                if !is_uuid(s) {
                    return Err(Violation::new(
                        path.as_str(),
                        format!("expected a UUID, got {}", json_kind(v)),
                    ));
                }
                Avro::String(s.clone())
            }
            (Schema::Fixed(f), Json::String(s)) => match code_points(s) {
                Some(bytes) if bytes.len() == f.size => Avro::Fixed(f.size, bytes),
                _ => return Err(wrong(path)),
            },
            (Schema::Enum(e), Json::String(s)) => match e.symbols.iter().position(|x| x == s) {
                Some(i) => Avro::Enum(i as u32, s.clone()),
                None => {
                    return Err(Violation::new(
                        path.as_str(),
                        format!("expected one of {:?}, got {}", e.symbols, json_kind(v)),
                    ));
                }
            },
            (Schema::Array(a), Json::Array(items)) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    let len = path.len();
                    path.push('/');
                    path.push_str(&i.to_string());
                    out.push(self.value(&a.items, ns, item, path)?);
                    path.truncate(len);
                }
                Avro::Array(out)
            }
            (Schema::Map(m), Json::Object(entries)) => {
                let mut out = HashMap::with_capacity(entries.len());
                for (k, item) in entries {
                    let len = path.len();
                    path.push('/');
                    path.push_str(&escape_pointer(k));
                    out.insert(k.clone(), self.value(&m.types, ns, item, path)?);
                    path.truncate(len);
                }
                Avro::Map(out)
            }
            (Schema::Record(r), Json::Object(fields)) => self.record(r, ns, fields, path)?,
            (Schema::Union(u), _) => self.union(u, ns, v, path)?,
            (Schema::Date, Json::Number(n)) => Avro::Date(int(n).ok_or_else(|| wrong(path))?),
            (Schema::Date, Json::String(s)) => {
                let day =
                    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| wrong(path))?;
                let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
                Avro::Date((day - epoch).num_days() as i32)
            }
            (Schema::TimeMillis, Json::Number(n)) => {
                Avro::TimeMillis(int(n).ok_or_else(|| wrong(path))?)
            }
            (Schema::TimeMicros, Json::Number(n)) => {
                Avro::TimeMicros(n.as_i64().ok_or_else(|| wrong(path))?)
            }
            (Schema::TimestampMillis, Json::Number(n)) => {
                Avro::TimestampMillis(n.as_i64().ok_or_else(|| wrong(path))?)
            }
            (Schema::TimestampMicros, Json::Number(n)) => {
                Avro::TimestampMicros(n.as_i64().ok_or_else(|| wrong(path))?)
            }
            (Schema::TimestampNanos, Json::Number(n)) => {
                Avro::TimestampNanos(n.as_i64().ok_or_else(|| wrong(path))?)
            }
            (Schema::TimestampMillis, Json::String(s)) => {
                Avro::TimestampMillis(rfc3339(s).ok_or_else(|| wrong(path))?.timestamp_millis())
            }
            (Schema::TimestampMicros, Json::String(s)) => {
                Avro::TimestampMicros(rfc3339(s).ok_or_else(|| wrong(path))?.timestamp_micros())
            }
            (Schema::TimestampNanos, Json::String(s)) => Avro::TimestampNanos(
                rfc3339(s)
                    .and_then(|t| t.timestamp_nanos_opt())
                    .ok_or_else(|| wrong(path))?,
            ),
            (Schema::LocalTimestampMillis, Json::Number(n)) => {
                Avro::LocalTimestampMillis(n.as_i64().ok_or_else(|| wrong(path))?)
            }
            (Schema::LocalTimestampMicros, Json::Number(n)) => {
                Avro::LocalTimestampMicros(n.as_i64().ok_or_else(|| wrong(path))?)
            }
            (Schema::LocalTimestampNanos, Json::Number(n)) => {
                Avro::LocalTimestampNanos(n.as_i64().ok_or_else(|| wrong(path))?)
            }
            (Schema::Decimal(d), _) => {
                let bytes = match v {
                    // The Avro JSON encoding: the two's-complement bytes as code points.
                    Json::String(s) if is_numeric_text(s) => {
                        decimal_bytes(s, d.scale).ok_or_else(|| wrong(path))?
                    }
                    // The Avro JSON encoding: the two's-complement bytes as code points.
                    Json::String(s) => code_points(s).ok_or_else(|| wrong(path))?,
                    Json::Number(n) => {
                        decimal_bytes(&n.to_string(), d.scale).ok_or_else(|| wrong(path))?
                    }
                    _ => return Err(wrong(path)),
                };
                if let Schema::Fixed(f) = d.inner.as_ref() {
                    if bytes.len() > f.size {
                        return Err(wrong(path));
                    }
                    let fill = if bytes.first().is_some_and(|b| b & 0x80 != 0) {
                        0xff
                    } else {
                        0
                    };
                    let mut padded = vec![fill; f.size - bytes.len()];
                    padded.extend_from_slice(&bytes);
                    Avro::Decimal(padded.into())
                } else {
                    Avro::Decimal(bytes.into())
                }
            }
            (Schema::Duration, Json::String(s)) => match code_points(s) {
                Some(bytes) if bytes.len() == 12 => {
                    let mut b = [0u8; 12];
                    b.copy_from_slice(&bytes);
                    Avro::Duration(b.into())
                }
                _ => return Err(wrong(path)),
            },
            (Schema::BigDecimal, _) => {
                return Err(Violation::new(
                    path.as_str(),
                    "big-decimal values are not supported",
                ));
            }
            _ => return Err(wrong(path)),
        })
    }

    fn record(
        &self,
        r: &RecordSchema,
        ns: &Namespace,
        fields: &Map<String, Json>,
        path: &mut String,
    ) -> Result<Avro, Violation> {
        let inner = r.name.fully_qualified_name(ns).namespace;
        for key in fields.keys() {
            if !r.lookup.contains_key(key) {
                let mut at = path.clone();
                at.push('/');
                at.push_str(&escape_pointer(key));
                return Err(Violation::new(
                    at,
                    format!("field {key:?} is not in record {}", r.name.name),
                ));
            }
        }
        let mut out = Vec::with_capacity(r.fields.len());
        for field in &r.fields {
            let len = path.len();
            path.push('/');
            path.push_str(&escape_pointer(&field.name));
            let value = match (fields.get(&field.name), &field.default) {
                (Some(v), _) => self.value(&field.schema, &inner, v, path)?,
                (None, Some(default)) => self.value(&field.schema, &inner, default, path)?,
                (None, None) => {
                    return Err(Violation::new(
                        path.as_str(),
                        format!(
                            "required field {:?} ({}) is missing and has no default",
                            field.name,
                            describe(&field.schema, &inner)
                        ),
                    ));
                }
            };
            path.truncate(len);
            out.push((field.name.clone(), value));
        }
        Ok(Avro::Record(out))
    }

    fn union(
        &self,
        u: &UnionSchema,
        ns: &Namespace,
        v: &Json,
        path: &mut String,
    ) -> Result<Avro, Violation> {
        let variants = u.variants();
        // The Avro JSON encoding: {"branch name": value}.
        if let Json::Object(map) = v
            && map.len() == 1
            && let Some((key, inner)) = map.iter().next()
            && let Some(i) = variants.iter().position(|b| branch_name(b, ns) == *key)
        {
            let value = self.value(&variants[i], ns, inner, path)?;
            return Ok(Avro::Union(i as u32, Box::new(value)));
        }
        let mut deepest: Option<Violation> = None;
        for (i, branch) in variants.iter().enumerate() {
            match self.value(branch, ns, v, path) {
                Ok(value) => return Ok(Avro::Union(i as u32, Box::new(value))),
                // Report the failure from the branch that got furthest into the value.
                Err(e) if e.pointer.len() > path.len() => {
                    if deepest
                        .as_ref()
                        .is_none_or(|d| e.pointer.len() > d.pointer.len())
                    {
                        deepest = Some(e);
                    }
                }
                Err(_) => {}
            }
        }
        Err(deepest.unwrap_or_else(|| {
            Violation::new(
                path.as_str(),
                format!(
                    "expected {}, got {}",
                    describe(&Schema::Union(u.clone()), ns),
                    json_kind(v)
                ),
            )
        }))
    }

    /// A decoded value as plain JSON: unions unwrapped, dates and timestamps as RFC 3339 text,
    /// decimals as numeric text.
    fn to_json(&self, schema: &Schema, ns: &Namespace, v: &Avro) -> Json {
        let schema = match schema {
            Schema::Ref { name } => {
                let name = name.fully_qualified_name(ns);
                match self.names.get(&name) {
                    Some(s) => return self.to_json(s, &name.namespace.clone(), v),
                    None => schema,
                }
            }
            s => s,
        };
        match (schema, v) {
            (Schema::Union(u), Avro::Union(i, inner)) => match u.variants().get(*i as usize) {
                Some(branch) => self.to_json(branch, ns, inner),
                None => Json::Null,
            },
            (Schema::Record(r), Avro::Record(fields)) => {
                let inner = r.name.fully_qualified_name(ns).namespace;
                let mut map = Map::with_capacity(fields.len());
                for (name, value) in fields {
                    let field_schema = r.lookup.get(name).map(|&i| &r.fields[i].schema);
                    let json = match field_schema {
                        Some(s) => self.to_json(s, &inner, value),
                        None => plain(value),
                    };
                    map.insert(name.clone(), json);
                }
                Json::Object(map)
            }
            (Schema::Array(a), Avro::Array(items)) => Json::Array(
                items
                    .iter()
                    .map(|i| self.to_json(&a.items, ns, i))
                    .collect(),
            ),
            (Schema::Map(m), Avro::Map(entries)) => {
                let mut keys: Vec<&String> = entries.keys().collect();
                keys.sort();
                Json::Object(
                    keys.into_iter()
                        .map(|k| (k.clone(), self.to_json(&m.types, ns, &entries[k])))
                        .collect(),
                )
            }
            (Schema::Decimal(d), Avro::Decimal(dec)) => match Vec::<u8>::try_from(dec) {
                Ok(bytes) => Json::String(decimal_text(&bytes, d.scale)),
                Err(_) => Json::Null,
            },
            _ => plain(v),
        }
    }
}

/// A value shown without its schema.
fn plain(v: &Avro) -> Json {
    match v {
        Avro::Null => Json::Null,
        Avro::Boolean(b) => Json::Bool(*b),
        Avro::Int(i) | Avro::TimeMillis(i) => Json::from(*i),
        Avro::Long(i)
        | Avro::TimeMicros(i)
        | Avro::LocalTimestampMillis(i)
        | Avro::LocalTimestampMicros(i)
        | Avro::LocalTimestampNanos(i) => Json::from(*i),
        Avro::Float(f) => number(f64::from(*f)),
        Avro::Double(f) => number(*f),
        Avro::Bytes(b) | Avro::Fixed(_, b) => Json::String(b.iter().map(|&c| c as char).collect()),
        Avro::String(s) | Avro::Enum(_, s) => Json::String(s.clone()),
        Avro::Union(_, inner) => plain(inner),
        Avro::Array(items) => Json::Array(items.iter().map(plain).collect()),
        Avro::Map(m) => Json::Object(m.iter().map(|(k, v)| (k.clone(), plain(v))).collect()),
        Avro::Record(fields) => {
            Json::Object(fields.iter().map(|(k, v)| (k.clone(), plain(v))).collect())
        }
        Avro::Date(days) => {
            let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
            match epoch.checked_add_signed(chrono::TimeDelta::days(i64::from(*days))) {
                Some(d) => Json::String(d.format("%Y-%m-%d").to_string()),
                None => Json::from(*days),
            }
        }
        Avro::TimestampMillis(ms) => time_text(chrono::DateTime::from_timestamp_millis(*ms), *ms),
        Avro::TimestampMicros(us) => time_text(chrono::DateTime::from_timestamp_micros(*us), *us),
        Avro::TimestampNanos(ns) => Json::String(
            chrono::DateTime::from_timestamp_nanos(*ns)
                .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
        ),
        Avro::Uuid(u) => Json::String(u.to_string()),
        Avro::Duration(d) => serde_json::json!({
            "months": u32::from(d.months()),
            "days": u32::from(d.days()),
            "millis": u32::from(d.millis()),
        }),
        Avro::Decimal(dec) => match Vec::<u8>::try_from(dec) {
            Ok(bytes) => Json::String(decimal_text(&bytes, 0)),
            Err(_) => Json::Null,
        },
        Avro::BigDecimal(b) => Json::String(b.to_string()),
    }
}

fn time_text(t: Option<chrono::DateTime<chrono::Utc>>, raw: i64) -> Json {
    match t {
        Some(t) => Json::String(t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)),
        None => Json::from(raw),
    }
}

fn number(f: f64) -> Json {
    Number::from_f64(f).map_or_else(|| Json::String(f.to_string()), Json::Number)
}

fn int(n: &Number) -> Option<i32> {
    n.as_i64().and_then(|i| i32::try_from(i).ok())
}

fn rfc3339(s: &str) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    chrono::DateTime::parse_from_rfc3339(s).ok()
}

/// Avro JSON's bytes: each char is one byte (code points 0-255).
fn code_points(s: &str) -> Option<Vec<u8>> {
    s.chars().map(|c| u8::try_from(u32::from(c)).ok()).collect()
}

fn is_numeric_text(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// `"12.5"` at scale 2 -> the big-endian two's complement of 1250, in as few bytes as it takes.
pub fn decimal_bytes(text: &str, scale: usize) -> Option<Vec<u8>> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() && frac.is_empty()
        || !whole
            .bytes()
            .chain(frac.bytes())
            .all(|b| b.is_ascii_digit())
        || frac.len() > scale
    {
        return None;
    }
    let mut unscaled: i128 = 0;
    for b in whole.bytes().chain(frac.bytes()) {
        unscaled = unscaled
            .checked_mul(10)?
            .checked_add(i128::from(b - b'0'))?;
    }
    for _ in frac.len()..scale {
        unscaled = unscaled.checked_mul(10)?;
    }
    if negative {
        unscaled = -unscaled;
    }
    let bytes = unscaled.to_be_bytes();
    // Drop leading bytes that only repeat the sign.
    let mut start = 0;
    while start < 15 {
        let (b, next) = (bytes[start], bytes[start + 1]);
        if (b == 0 && next & 0x80 == 0) || (b == 0xff && next & 0x80 != 0) {
            start += 1;
        } else {
            break;
        }
    }
    Some(bytes[start..].to_vec())
}

/// The inverse of `decimal_bytes`: two's-complement bytes at `scale` as text.
pub fn decimal_text(bytes: &[u8], scale: usize) -> String {
    if bytes.is_empty() || bytes.len() > 16 {
        return bytes.iter().map(|&c| c as char).collect();
    }
    let fill = if bytes[0] & 0x80 != 0 { 0xff } else { 0 };
    let mut full = [fill; 16];
    full[16 - bytes.len()..].copy_from_slice(bytes);
    let n = i128::from_be_bytes(full);
    let digits = n.unsigned_abs().to_string();
    let sign = if n < 0 { "-" } else { "" };
    if scale == 0 {
        return format!("{sign}{digits}");
    }
    let padded = format!("{digits:0>width$}", width = scale + 1);
    let (whole, frac) = padded.split_at(padded.len() - scale);
    format!("{sign}{whole}.{frac}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Found by `fuzz/` (registry_answer): apache-avro 0.21 panics on a record named
    /// "/coreMemberUpdated"; evctl refuses the name first.
    #[test]
    fn a_named_type_with_an_invalid_name_is_an_error_not_a_panic() {
        let record = r#"{"type": "record", "name": "/coreMember", "fields": []}"#;
        let err = AvroSchema::parse(record).err().unwrap();
        assert!(err.contains("\"/coreMember\" is not an Avro name"), "{err}");
        let nested = r#"{"type": "record", "name": "a.B", "fields": [
            {"name": "e", "type": {"type": "enum", "name": "9x", "symbols": ["A"]}}]}"#;
        let err = AvroSchema::parse(nested).err().unwrap();
        assert!(err.contains("/fields/0/type name \"9x\""), "{err}");
        assert!(
            AvroSchema::parse(r#"{"type": "record", "name": "a.b_1.C", "fields": []}"#).is_ok()
        );
    }

    const ORDER: &str = r#"{
      "type": "record", "name": "OrderCreated", "namespace": "com.acme.orders",
      "fields": [
        {"name": "order_id", "type": "string"},
        {"name": "quantity", "type": "int"},
        {"name": "total_cents", "type": "long"},
        {"name": "ratio", "type": "float", "default": 1.0},
        {"name": "share", "type": "double", "default": 0.5},
        {"name": "paid", "type": "boolean", "default": false},
        {"name": "note", "type": ["null", "string"], "default": null},
        {"name": "blob", "type": "bytes", "default": ""},
        {"name": "code", "type": {"type": "fixed", "name": "Code", "size": 2}, "default": "AB"},
        {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["NEW", "PAID"]}, "default": "NEW"},
        {"name": "tags", "type": {"type": "array", "items": "string"}, "default": []},
        {"name": "attrs", "type": {"type": "map", "values": "long"}, "default": {}},
        {"name": "placed_on", "type": {"type": "int", "logicalType": "date"}, "default": 0},
        {"name": "placed_at", "type": {"type": "long", "logicalType": "timestamp-millis"}, "default": 0},
        {"name": "id", "type": {"type": "string", "logicalType": "uuid"}, "default": "00000000-0000-0000-0000-000000000000"},
        {"name": "price", "type": {"type": "bytes", "logicalType": "decimal", "precision": 9, "scale": 2}},
        {"name": "billing", "type": ["null", {"type": "record", "name": "Address", "fields": [{"name": "city", "type": "string"}]}], "default": null},
        {"name": "shipping", "type": ["null", "Address"], "default": null}
      ]
    }"#;

    fn order() -> AvroSchema {
        AvroSchema::parse(ORDER).unwrap()
    }

    #[test]
    fn every_type_round_trips_through_binary() {
        let s = order();
        let input = json!({
            "order_id": "o-1", "quantity": 3, "total_cents": 12_000_000_000_i64,
            "ratio": 0.25, "share": 0.125, "paid": true, "note": {"string": "gift"},
            "blob": "\u{0}\u{ff}", "code": "XY", "status": "PAID",
            "tags": ["a", "b"], "attrs": {"x": 1}, "placed_on": "2026-11-22",
            "placed_at": "2026-11-22T10:00:00Z", "id": "5b3f1c9e-8a2d-4c1b-9f00-0123456789ab",
            "price": "-12.50", "billing": {"city": "Oslo"}, "shipping": {"com.acme.orders.Address": {"city": "Bergen"}}
        });
        let bytes = s.encode(&input).unwrap();
        let back = s.decode(&bytes).unwrap();
        assert_eq!(
            back,
            json!({
                "order_id": "o-1", "quantity": 3, "total_cents": 12_000_000_000_i64,
                "ratio": 0.25, "share": 0.125, "paid": true, "note": "gift",
                "blob": "\u{0}\u{ff}", "code": "XY", "status": "PAID",
                "tags": ["a", "b"], "attrs": {"x": 1}, "placed_on": "2026-11-22",
                "placed_at": "2026-11-22T10:00:00Z", "id": "5b3f1c9e-8a2d-4c1b-9f00-0123456789ab",
                "price": "-12.50", "billing": {"city": "Oslo"}, "shipping": {"city": "Bergen"}
            })
        );
        // What tail prints can be produced again, unchanged.
        assert_eq!(s.decode(&s.encode(&back).unwrap()).unwrap(), back);
    }

    #[test]
    fn defaults_fill_missing_fields() {
        let s = order();
        let v = s
            .decode(
                &s.encode(&json!({"order_id": "o", "quantity": 1, "total_cents": 5, "price": 0}))
                    .unwrap(),
            )
            .unwrap();
        assert_eq!(v["status"], "NEW");
        assert_eq!(v["note"], Json::Null);
        assert_eq!(v["placed_on"], "1970-01-01");
        assert_eq!(v["price"], "0.00");
        assert_eq!(v["tags"], json!([]));
    }

    fn violation(input: Json) -> Violation {
        order().from_json(&input).unwrap_err()
    }

    #[test]
    fn violations_name_the_field_and_what_was_expected() {
        let base = json!({"order_id": "o", "quantity": 1, "total_cents": 5, "price": "1.00"});
        let with = |k: &str, v: Json| {
            let mut o = base.clone();
            o[k] = v;
            o
        };
        let v = violation(json!({"order_id": "o", "total_cents": 5, "price": 1}));
        assert_eq!(v.pointer, "/quantity");
        assert!(v.message.contains("missing"), "{}", v.message);

        let v = violation(with("quantity", json!("3")));
        assert_eq!(
            (v.pointer.as_str(), v.message.as_str()),
            ("/quantity", "expected int, got string \"3\"")
        );

        let v = violation(with("quantity", json!(3_000_000_000_i64)));
        assert_eq!(v.pointer, "/quantity");

        let v = violation(with("status", json!("LOST")));
        assert_eq!(v.pointer, "/status");
        assert!(v.message.contains("NEW"), "{}", v.message);

        let v = violation(with("tags", json!(["a", 1])));
        assert_eq!(v.pointer, "/tags/1");

        let v = violation(with("billing", json!({"town": "Oslo"})));
        assert_eq!(v.pointer, "/billing/town");

        let v = violation(with("code", json!("ABC")));
        assert_eq!(v.pointer, "/code");

        let v = violation(with("id", json!("not-a-uuid")));
        assert_eq!(v.pointer, "/id");

        let v = violation(with("price", json!("1.234")));
        assert_eq!(v.pointer, "/price");

        let v = violation(with("extra", json!(1)));
        assert_eq!(v.pointer, "/extra");
        assert!(v.message.contains("not in record"), "{}", v.message);

        let v = violation(with("note", json!(5)));
        assert_eq!(v.pointer, "/note");
        assert!(v.message.contains("union"), "{}", v.message);
    }

    #[test]
    fn decimals_convert_both_ways() {
        for (text, scale) in [
            ("0", 2),
            ("1.5", 1),
            ("-1", 0),
            ("127", 0),
            ("128", 0),
            ("-128", 0),
            ("-129", 0),
            ("99999999.99", 2),
        ] {
            let bytes = decimal_bytes(text, scale).unwrap();
            let back = decimal_text(&bytes, scale);
            let expect = if scale > 0 && !text.contains('.') {
                format!("{text}.{}", "0".repeat(scale))
            } else if let Some((w, f)) = text.split_once('.') {
                format!("{w}.{f:0<scale$}")
            } else {
                text.to_string()
            };
            assert_eq!(back, expect, "{text} at scale {scale}");
        }
        assert_eq!(decimal_bytes("128", 0).unwrap(), vec![0, 128]);
        assert_eq!(decimal_bytes("-128", 0).unwrap(), vec![0x80]);
        assert!(decimal_bytes("1.234", 2).is_none());
        assert!(decimal_bytes("1e5", 2).is_none());
    }

    #[test]
    fn a_broken_schema_is_reported() {
        let e = AvroSchema::parse(r#"{"type":"record","name":"X"}"#)
            .err()
            .unwrap();
        assert!(e.starts_with("not a valid Avro schema"), "{e}");
    }
}
