//! Schema evolution checks: can consumers on one version read data written with another?
//!
//! BACKWARD: the new schema reads data written with the old one. FORWARD: the old schema reads
//! data written with the new one. FULL: both. `_TRANSITIVE`: against every earlier version.
//! Avro follows the specification's schema resolution rules. JSON Schema is checked as "every
//! document the writer's schema accepts, the reader's schema accepts", keyword by keyword.
//! Protobuf follows a Confluent-compatible registry's rules (see `proto_compat`).

use apache_avro::schema::{Namespace, Schema};
use serde::Serialize;
use serde_json::Value;

use super::Compiled;
use super::avro::{AvroSchema, describe};
use super::json::escape_pointer;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    None,
    Backward,
    BackwardTransitive,
    Forward,
    ForwardTransitive,
    Full,
    FullTransitive,
}

impl Level {
    pub fn parse(s: &str) -> Option<Level> {
        Some(match s.to_ascii_uppercase().as_str() {
            "NONE" => Level::None,
            "BACKWARD" => Level::Backward,
            "BACKWARD_TRANSITIVE" => Level::BackwardTransitive,
            "FORWARD" => Level::Forward,
            "FORWARD_TRANSITIVE" => Level::ForwardTransitive,
            "FULL" => Level::Full,
            "FULL_TRANSITIVE" => Level::FullTransitive,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Level::None => "NONE",
            Level::Backward => "BACKWARD",
            Level::BackwardTransitive => "BACKWARD_TRANSITIVE",
            Level::Forward => "FORWARD",
            Level::ForwardTransitive => "FORWARD_TRANSITIVE",
            Level::Full => "FULL",
            Level::FullTransitive => "FULL_TRANSITIVE",
        }
    }

    pub fn transitive(self) -> bool {
        matches!(
            self,
            Level::BackwardTransitive | Level::ForwardTransitive | Level::FullTransitive
        )
    }

    fn directions(self) -> &'static [Direction] {
        match self {
            Level::None => &[],
            Level::Backward | Level::BackwardTransitive => &[Direction::Backward],
            Level::Forward | Level::ForwardTransitive => &[Direction::Forward],
            Level::Full | Level::FullTransitive => &[Direction::Backward, Direction::Forward],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// The new schema reads old data.
    Backward,
    /// The old schema reads new data.
    Forward,
}

/// One reason the schemas are incompatible.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Incompatibility {
    pub direction: Direction,
    /// Where in the schema: a JSON pointer into the data (`/items/0/price`).
    pub path: String,
    pub message: String,
}

/// Every incompatibility between `new` and `old` under `level` (both directions for FULL).
pub fn check(new: &Compiled, old: &Compiled, level: Level) -> Vec<Incompatibility> {
    let mut found = Vec::new();
    for &dir in level.directions() {
        let (reader, writer) = match dir {
            Direction::Backward => (new, old),
            Direction::Forward => (old, new),
        };
        let mut out = Findings {
            dir,
            found: &mut found,
        };
        match (reader, writer) {
            (Compiled::Avro(r), Compiled::Avro(w)) => {
                AvroCheck {
                    reader: r,
                    writer: w,
                }
                .read(&r.schema, &None, &w.schema, &None, "", &mut out);
            }
            (Compiled::Json(r), Compiled::Json(w)) => {
                json_accepts(
                    &r.document,
                    &r.document,
                    &w.document,
                    &w.document,
                    "",
                    &mut out,
                );
            }
            (Compiled::Protobuf(r), Compiled::Protobuf(w)) => {
                super::proto_compat::check(r, w, &mut out);
            }
            _ => out.push(
                "",
                "the schema language changed (Avro, JSON Schema and Protobuf cannot read each other's data)"
                    .into(),
            ),
        }
    }
    found
}

pub(super) struct Findings<'a> {
    dir: Direction,
    found: &'a mut Vec<Incompatibility>,
}

impl Findings<'_> {
    pub(super) fn push(&mut self, path: &str, message: String) {
        self.found.push(Incompatibility {
            direction: self.dir,
            path: if path.is_empty() {
                "/".into()
            } else {
                path.into()
            },
            message,
        });
    }

    /// Says the same fact from the schema author's side: what changed from old to new.
    pub(super) fn old_new(&self, reader: String, writer: String) -> (String, String) {
        match self.dir {
            Direction::Backward => (writer, reader),
            Direction::Forward => (reader, writer),
        }
    }

    /// The word for what the writer has and the reader lacks, from the author's side: the
    /// `backward` one when the writer is the old schema.
    pub(super) fn said<'w>(&self, backward: &'w str, forward: &'w str) -> &'w str {
        match self.dir {
            Direction::Backward => backward,
            Direction::Forward => forward,
        }
    }

    /// Reports what changed, worded for the direction being checked, with who cannot read.
    fn either(&mut self, path: &str, backward: String, forward: String) {
        let said = match self.dir {
            Direction::Backward => backward,
            Direction::Forward => forward,
        };
        let who = self.who();
        self.push(path, format!("{said}: {who}"));
    }

    pub(super) fn who(&self) -> &'static str {
        match self.dir {
            Direction::Backward => "new consumers cannot read old data",
            Direction::Forward => "old consumers cannot read new data",
        }
    }
}

struct AvroCheck<'a> {
    reader: &'a AvroSchema,
    writer: &'a AvroSchema,
}

impl AvroCheck<'_> {
    #[allow(clippy::too_many_arguments)]
    fn read(
        &self,
        r: &Schema,
        rns: &Namespace,
        w: &Schema,
        wns: &Namespace,
        path: &str,
        out: &mut Findings<'_>,
    ) {
        if let Schema::Ref { name } = r
            && let Some(target) = self.reader.lookup(name, rns)
        {
            let ns = name.fully_qualified_name(rns).namespace;
            return self.read(target, &ns, w, wns, path, out);
        }
        if let Schema::Ref { name } = w
            && let Some(target) = self.writer.lookup(name, wns)
        {
            let ns = name.fully_qualified_name(wns).namespace;
            return self.read(r, rns, target, &ns, path, out);
        }
        match (r, w) {
            // Every branch the writer may use must be readable.
            (_, Schema::Union(wu)) => {
                for branch in wu.variants() {
                    if !matches!(r, Schema::Union(_)) && !self.readable(r, rns, branch, wns) {
                        return self.type_changed(r, rns, w, wns, path, out);
                    }
                    if let Schema::Union(ru) = r
                        && !ru
                            .variants()
                            .iter()
                            .any(|rb| self.readable(rb, rns, branch, wns))
                    {
                        let name = describe(branch, wns);
                        out.either(
                            path,
                            format!("union branch {name} was removed"),
                            format!("union branch {name} was added"),
                        );
                    }
                }
                if let Schema::Union(ru) = r {
                    for branch in wu.variants() {
                        if let Some(rb) = ru
                            .variants()
                            .iter()
                            .find(|rb| self.readable(rb, rns, branch, wns))
                        {
                            self.read(rb, rns, branch, wns, path, out);
                        }
                    }
                }
            }
            (Schema::Union(ru), _) => match ru
                .variants()
                .iter()
                .find(|rb| self.readable(rb, rns, w, wns))
            {
                Some(rb) => self.read(rb, rns, w, wns, path, out),
                None => self.type_changed(r, rns, w, wns, path, out),
            },
            (Schema::Record(rr), Schema::Record(wr)) => {
                let rname = rr.name.fully_qualified_name(rns);
                let wname = wr.name.fully_qualified_name(wns);
                if rname.name != wname.name && !aliases(&rr.aliases).contains(&wname.name) {
                    let (old, new) = out.old_new(rname.name.clone(), wname.name.clone());
                    out.push(
                        path,
                        format!(
                            "record renamed from {old} to {new} without an alias: {}",
                            out.who()
                        ),
                    );
                    return;
                }
                let (rins, wins) = (rname.namespace, wname.namespace);
                for rf in &rr.fields {
                    let fpath = format!("{path}/{}", escape_pointer(&rf.name));
                    let wf = wr.fields.iter().find(|wf| {
                        wf.name == rf.name
                            || rf.aliases.as_ref().is_some_and(|a| a.contains(&wf.name))
                    });
                    match wf {
                        Some(wf) => self.read(&rf.schema, &rins, &wf.schema, &wins, &fpath, out),
                        None if rf.default.is_none() => {
                            out.either(&fpath, format!("field {:?} was added without a default", rf.name), format!("field {:?} was removed, and the old schema gives it no default", rf.name));
                        }
                        None => {}
                    }
                }
            }
            (Schema::Enum(re), Schema::Enum(we)) => {
                if re.default.is_none() {
                    for symbol in we.symbols.iter().filter(|s| !re.symbols.contains(s)) {
                        out.either(
                            path,
                            format!(
                                "enum symbol {symbol:?} was removed (and the enum has no default)"
                            ),
                            format!(
                                "enum symbol {symbol:?} was added (and the old enum has no default)"
                            ),
                        );
                    }
                }
            }
            (Schema::Fixed(rf), Schema::Fixed(wf)) if rf.size != wf.size => {
                let (old, new) = out.old_new(rf.size.to_string(), wf.size.to_string());
                out.push(
                    path,
                    format!(
                        "fixed size changed from {old} to {new} bytes: {}",
                        out.who()
                    ),
                );
            }
            (Schema::Array(ra), Schema::Array(wa)) => {
                self.read(&ra.items, rns, &wa.items, wns, &format!("{path}/*"), out);
            }
            (Schema::Map(rm), Schema::Map(wm)) => {
                self.read(&rm.types, rns, &wm.types, wns, &format!("{path}/*"), out);
            }
            _ if self.readable(r, rns, w, wns) => {}
            _ => self.type_changed(r, rns, w, wns, path, out),
        }
    }

    fn type_changed(
        &self,
        r: &Schema,
        rns: &Namespace,
        w: &Schema,
        wns: &Namespace,
        path: &str,
        out: &mut Findings<'_>,
    ) {
        let (rd, wd) = (describe(r, rns), describe(w, wns));
        let (old, new) = out.old_new(rd, wd);
        // The other way round works: the new type is narrower (backward) or wider (forward).
        let verb = match (self.readable(w, wns, r, rns), out.dir) {
            (true, Direction::Backward) => "narrowed",
            (true, Direction::Forward) => "widened",
            (false, _) => "changed",
        };
        out.push(
            path,
            format!("type {verb} from {old} to {new}: {}", out.who()),
        );
    }

    /// Whether data written as `w` can be read as `r` at this level (names, promotions).
    fn readable(&self, r: &Schema, rns: &Namespace, w: &Schema, wns: &Namespace) -> bool {
        let resolve = |s: &'_ Schema, ns: &Namespace, side: &AvroSchema| -> Schema {
            match s {
                Schema::Ref { name } => side.lookup(name, ns).cloned().unwrap_or_else(|| s.clone()),
                other => other.clone(),
            }
        };
        let (r, w) = (resolve(r, rns, self.reader), resolve(w, wns, self.writer));
        use Schema::*;
        match (&r, &w) {
            (Union(ru), _) => match &w {
                Union(wu) => wu.variants().iter().all(|wb| {
                    ru.variants()
                        .iter()
                        .any(|rb| self.readable(rb, rns, wb, wns))
                }),
                _ => ru
                    .variants()
                    .iter()
                    .any(|rb| self.readable(rb, rns, &w, wns)),
            },
            (_, Union(wu)) => wu
                .variants()
                .iter()
                .all(|wb| self.readable(&r, rns, wb, wns)),
            (Null, Null)
            | (Boolean, Boolean)
            | (Int, Int)
            | (Long, Long)
            | (Float, Float)
            | (Double, Double) => true,
            (Bytes, Bytes) | (String, String) | (Bytes, String) | (String, Bytes) => true,
            (Long, Int) | (Float, Int | Long) | (Double, Int | Long | Float) => true,
            (Record(rr), Record(wr)) => {
                rr.name.name == wr.name.name || aliases(&rr.aliases).contains(&wr.name.name)
            }
            (Enum(re), Enum(we)) => {
                re.name.name == we.name.name || aliases(&re.aliases).contains(&we.name.name)
            }
            (Fixed(rf), Fixed(wf)) => rf.name.name == wf.name.name && rf.size == wf.size,
            (Array(_), Array(_)) | (Map(_), Map(_)) => true,
            // Logical types read as their underlying type.
            _ if is_logical(&r) || is_logical(&w) => match (underlying(&r), underlying(&w)) {
                (Some(ru), Some(wu)) => self.readable(&ru, rns, &wu, wns),
                _ => false,
            },
            _ => false,
        }
    }
}

fn aliases(a: &apache_avro::schema::Aliases) -> Vec<String> {
    a.as_ref()
        .map(|v| v.iter().map(|x| x.name().to_string()).collect())
        .unwrap_or_default()
}

fn is_logical(s: &Schema) -> bool {
    !matches!(
        s,
        Schema::Int | Schema::Long | Schema::String | Schema::Bytes
    ) && underlying(s).is_some()
}

/// The primitive a logical type is written as.
fn underlying(s: &Schema) -> Option<Schema> {
    Some(match s {
        Schema::Date | Schema::TimeMillis | Schema::Int => Schema::Int,
        Schema::TimeMicros
        | Schema::TimestampMillis
        | Schema::TimestampMicros
        | Schema::TimestampNanos
        | Schema::LocalTimestampMillis
        | Schema::LocalTimestampMicros
        | Schema::LocalTimestampNanos
        | Schema::Long => Schema::Long,
        Schema::Uuid | Schema::String => Schema::String,
        Schema::Decimal(d) => (*d.inner).clone(),
        Schema::BigDecimal | Schema::Bytes => Schema::Bytes,
        _ => return None,
    })
}

/// Does every document that `writer` accepts pass `reader`? Reports each keyword that says no.
fn json_accepts(
    rroot: &Value,
    r: &Value,
    wroot: &Value,
    w: &Value,
    path: &str,
    out: &mut Findings<'_>,
) {
    let r = deref(rroot, r);
    let w = deref(wroot, w);
    match (r, w) {
        (Value::Bool(true), _) | (_, Value::Bool(false)) => return,
        (Value::Bool(false), _) => {
            out.push(
                path,
                format!("the schema now rejects everything here: {}", out.who()),
            );
            return;
        }
        (Value::Object(_), Value::Bool(true)) => {
            if r.as_object().is_some_and(|o| !o.is_empty()) {
                out.push(
                    path,
                    format!(
                        "constraints were added where anything was allowed: {}",
                        out.who()
                    ),
                );
            }
            return;
        }
        _ => {}
    }
    let types = |s: &Value| -> Option<Vec<String>> {
        match s.get("type")? {
            Value::String(t) => Some(vec![t.clone()]),
            Value::Array(a) => Some(
                a.iter()
                    .filter_map(|t| t.as_str().map(String::from))
                    .collect(),
            ),
            _ => None,
        }
    };
    if let Some(rt) = types(r) {
        let wt = types(w).unwrap_or_else(|| {
            ["null", "boolean", "object", "array", "number", "string"]
                .map(String::from)
                .to_vec()
        });
        let lost: Vec<&String> = wt
            .iter()
            .filter(|t| {
                !(rt.contains(t) || t.as_str() == "integer" && rt.iter().any(|x| x == "number"))
            })
            .collect();
        if !lost.is_empty() {
            let (old, new) = out.old_new(rt.join("|"), wt.join("|"));
            out.push(
                path,
                format!("type narrowed from {old} to {new}: {}", out.who()),
            );
        }
    }
    if let Some(Value::Array(allowed)) = r.get("enum") {
        match w.get("enum") {
            Some(Value::Array(written)) => {
                for v in written.iter().filter(|v| !allowed.contains(v)) {
                    out.either(
                        path,
                        format!("enum value {v} was removed"),
                        format!("enum value {v} was added"),
                    );
                }
            }
            _ => out.push(
                path,
                format!("values are now limited to an enum: {}", out.who()),
            ),
        }
    }
    if let Some(c) = r.get("const")
        && w.get("const") != Some(c)
    {
        out.push(
            path,
            format!("the value is now fixed to {c}: {}", out.who()),
        );
    }
    let empty = Vec::new();
    let required = |s: &Value| -> Vec<Value> {
        s.get("required")
            .and_then(Value::as_array)
            .unwrap_or(&empty)
            .clone()
    };
    let wreq = required(w);
    for p in required(r).iter().filter(|p| !wreq.contains(p)) {
        let name = p.as_str().unwrap_or_default();
        out.either(
            &format!("{path}/{}", escape_pointer(name)),
            format!("property {name:?} became required"),
            format!("property {name:?} is no longer required"),
        );
    }
    let no_props = serde_json::Map::new();
    let rprops = r
        .get("properties")
        .and_then(Value::as_object)
        .unwrap_or(&no_props);
    let wprops = w
        .get("properties")
        .and_then(Value::as_object)
        .unwrap_or(&no_props);
    let closed = |s: &Value| s.get("additionalProperties") == Some(&Value::Bool(false));
    for (name, ws) in wprops {
        let ppath = format!("{path}/{}", escape_pointer(name));
        match rprops.get(name) {
            Some(rs) => json_accepts(rroot, rs, wroot, ws, &ppath, out),
            None if closed(r) => {
                out.either(&ppath, format!("property {name:?} was removed from an object that allows no other properties"), format!("property {name:?} was added to an object the old schema closes (additionalProperties: false)"));
            }
            None => {}
        }
    }
    if closed(r) && !closed(w) {
        out.either(
            path,
            "additional properties are no longer allowed".into(),
            "additional properties are now allowed, which the old schema rejects".into(),
        );
    }
    if let (Some(ri), Some(wi)) = (r.get("items"), w.get("items"))
        && (ri.is_object() || ri.is_boolean())
    {
        json_accepts(rroot, ri, wroot, wi, &format!("{path}/*"), out);
    }
    for (key, tighter_when_greater) in [
        ("minimum", true),
        ("exclusiveMinimum", true),
        ("minLength", true),
        ("minItems", true),
        ("minProperties", true),
        ("maximum", false),
        ("exclusiveMaximum", false),
        ("maxLength", false),
        ("maxItems", false),
        ("maxProperties", false),
    ] {
        let (Some(rv), wv) = (
            r.get(key).and_then(Value::as_f64),
            w.get(key).and_then(Value::as_f64),
        ) else {
            continue;
        };
        let tighter = match wv {
            None => true,
            Some(wv) => {
                if tighter_when_greater {
                    rv > wv
                } else {
                    rv < wv
                }
            }
        };
        if tighter {
            let (old, new) =
                out.old_new(rv.to_string(), wv.map_or("none".into(), |v| v.to_string()));
            out.push(
                path,
                format!("{key} tightened from {old} to {new}: {}", out.who()),
            );
        }
    }
    if let Some(p) = r.get("pattern")
        && w.get("pattern") != Some(p)
    {
        out.either(
            path,
            format!("pattern {p} was added or changed"),
            format!(
                "pattern {} was removed or changed",
                w.get("pattern").unwrap_or(&Value::Null)
            ),
        );
    }
}

/// Follows a local `$ref` (`#/definitions/X`, `#/$defs/X`) within the same document.
fn deref<'a>(root: &'a Value, s: &'a Value) -> &'a Value {
    let mut s = s;
    for _ in 0..32 {
        match s
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix('#'))
        {
            Some(pointer) => match root.pointer(pointer) {
                Some(target) => s = target,
                None => return s,
            },
            None => return s,
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::SchemaKind;

    fn avro(text: &str) -> Compiled {
        Compiled::parse(SchemaKind::Avro, text).unwrap()
    }

    fn json(text: &str) -> Compiled {
        Compiled::parse(SchemaKind::Json, text).unwrap()
    }

    fn record(fields: &str) -> Compiled {
        avro(&format!(
            r#"{{"type":"record","name":"Order","fields":[{fields}]}}"#
        ))
    }

    #[test]
    fn levels_parse_and_name() {
        for name in [
            "NONE",
            "BACKWARD",
            "BACKWARD_TRANSITIVE",
            "FORWARD",
            "FORWARD_TRANSITIVE",
            "FULL",
            "FULL_TRANSITIVE",
        ] {
            assert_eq!(Level::parse(name).unwrap().name(), name);
        }
        assert!(Level::parse("backward").is_some());
        assert!(Level::parse("SIDEWAYS").is_none());
        assert!(Level::FullTransitive.transitive() && !Level::Full.transitive());
    }

    #[test]
    fn avro_field_added_with_and_without_default() {
        let old = record(r#"{"name":"id","type":"string"}"#);
        let with_default = record(
            r#"{"name":"id","type":"string"},{"name":"note","type":["null","string"],"default":null}"#,
        );
        let without = record(r#"{"name":"id","type":"string"},{"name":"qty","type":"int"}"#);
        assert!(check(&with_default, &old, Level::Full).is_empty());
        let found = check(&without, &old, Level::Backward);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].path, "/qty");
        assert!(
            found[0].message.contains("added without a default"),
            "{}",
            found[0].message
        );
        // Forward only: old readers ignore the new field.
        assert!(check(&without, &old, Level::Forward).is_empty());
        assert!(check(&without, &old, Level::None).is_empty());
    }

    #[test]
    fn avro_field_removed_without_default_breaks_forward() {
        let old = record(r#"{"name":"id","type":"string"},{"name":"qty","type":"int"}"#);
        let new = record(r#"{"name":"id","type":"string"}"#);
        assert!(check(&new, &old, Level::Backward).is_empty());
        let found = check(&new, &old, Level::Forward);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("removed"), "{}", found[0].message);
        assert_eq!(check(&new, &old, Level::Full).len(), 1);
    }

    #[test]
    fn avro_type_promotion_and_narrowing() {
        let int = record(r#"{"name":"n","type":"int"}"#);
        let long = record(r#"{"name":"n","type":"long"}"#);
        assert!(
            check(&long, &int, Level::Backward).is_empty(),
            "int widens to long"
        );
        let found = check(&int, &long, Level::Backward);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].path, "/n");
        assert!(
            found[0].message.contains("from long to int"),
            "{}",
            found[0].message
        );
        let string = record(r#"{"name":"n","type":"string"}"#);
        assert!(!check(&string, &int, Level::Backward).is_empty());
    }

    #[test]
    fn avro_enum_and_union_changes() {
        let e = |symbols: &str| {
            record(&format!(
                r#"{{"name":"s","type":{{"type":"enum","name":"S","symbols":[{symbols}]}}}}"#
            ))
        };
        let found = check(&e(r#""A""#), &e(r#""A","B""#), Level::Backward);
        assert!(found[0].message.contains("\"B\" was removed"), "{found:?}");
        assert!(check(&e(r#""A","B""#), &e(r#""A""#), Level::Backward).is_empty());
        let u = |branches: &str| record(&format!(r#"{{"name":"v","type":[{branches}]}}"#));
        let found = check(&u(r#""null""#), &u(r#""null","string""#), Level::Backward);
        assert!(
            found[0].message.contains("union branch string was removed"),
            "{found:?}"
        );
        assert!(check(&u(r#""null","string""#), &u(r#""null""#), Level::Backward).is_empty());
        // A plain type that becomes nullable stays readable; the reverse does not.
        let plain = record(r#"{"name":"v","type":"string"}"#);
        assert!(check(&u(r#""null","string""#), &plain, Level::Backward).is_empty());
        assert!(!check(&plain, &u(r#""null","string""#), Level::Backward).is_empty());
    }

    #[test]
    fn avro_nested_records_are_walked() {
        let addr = |fields: &str| {
            record(&format!(
                r#"{{"name":"a","type":{{"type":"record","name":"Address","fields":[{fields}]}}}}"#
            ))
        };
        let found = check(
            &addr(r#"{"name":"city","type":"string"},{"name":"zip","type":"string"}"#),
            &addr(r#"{"name":"city","type":"string"}"#),
            Level::Backward,
        );
        assert_eq!(found[0].path, "/a/zip");
    }

    #[test]
    fn json_schema_changes_in_words() {
        let old = json(
            r#"{"type":"object","properties":{"amount":{"type":"number"},"note":{"type":"string"}},"required":["amount"]}"#,
        );
        let narrowed = json(
            r#"{"type":"object","properties":{"amount":{"type":"integer"},"note":{"type":"string"}},"required":["amount"]}"#,
        );
        let found = check(&narrowed, &old, Level::Backward);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].path, "/amount");
        assert!(
            found[0].message.contains("narrowed from number to integer"),
            "{}",
            found[0].message
        );
        assert!(
            check(&old, &narrowed, Level::Backward).is_empty(),
            "integer widens to number"
        );

        let required = json(
            r#"{"type":"object","properties":{"amount":{"type":"number"},"note":{"type":"string"}},"required":["amount","note"]}"#,
        );
        let found = check(&required, &old, Level::Backward);
        assert_eq!(found[0].path, "/note");
        assert!(found[0].message.contains("became required"));
        let forward = check(&old, &required, Level::Forward);
        assert!(
            forward[0].message.contains("no longer required"),
            "{forward:?}"
        );

        let closed = json(
            r#"{"type":"object","properties":{"amount":{"type":"number"}},"additionalProperties":false}"#,
        );
        let found = check(&closed, &old, Level::Backward);
        assert!(
            found
                .iter()
                .any(|f| f.path == "/note" && f.message.contains("removed")),
            "{found:?}"
        );

        let bounded =
            json(r#"{"type":"object","properties":{"amount":{"type":"number","maximum":100}}}"#);
        let found = check(&bounded, &old, Level::Backward);
        assert!(
            found
                .iter()
                .any(|f| f.message.contains("maximum tightened")),
            "{found:?}"
        );
        assert!(check(&old, &old, Level::FullTransitive).is_empty());
    }

    #[test]
    fn json_enums_and_refs() {
        let old = json(
            r##"{"$defs":{"s":{"enum":["NEW","PAID"]}},"properties":{"status":{"$ref":"#/$defs/s"}}}"##,
        );
        let new = json(
            r##"{"$defs":{"s":{"enum":["NEW"]}},"properties":{"status":{"$ref":"#/$defs/s"}}}"##,
        );
        let found = check(&new, &old, Level::Backward);
        assert_eq!(found.len(), 1);
        assert!(
            found[0].message.contains("\"PAID\" was removed"),
            "{found:?}"
        );
    }

    #[test]
    fn changing_language_is_incompatible() {
        assert_eq!(
            check(&json("{}"), &avro(r#""string""#), Level::Backward).len(),
            1
        );
    }
}
