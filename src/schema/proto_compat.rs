//! Protobuf evolution by the rules a Confluent-compatible registry applies: the wire matches
//! fields by number, so messages are compared by name and their fields by number. Incompatible:
//! a package change; a message removed (or renamed); a field's kind (scalar, message, map), its
//! scalar wire group, or its message type changed; a numeric field turned repeated or back; a
//! proto2 `required` field added or removed; a field leaving a oneof; several fields moved into
//! one oneof, or one into a oneof that already had fields. Adding and removing optional fields,
//! renaming fields, and enum changes are compatible, as the registry has it.
//!
//! The comparison reads the writer's schema as the original and the reader's as the update; a
//! path is `/Message/Nested/NUMBER`, as the registry names it (`#/Message/NUMBER`).

use std::collections::{BTreeMap, BTreeSet, HashSet};

use prost_reflect::{Cardinality, FieldDescriptor, Kind, MessageDescriptor};

use super::compat::Findings;
use super::proto::ProtoSchema;

pub(super) fn check(reader: &ProtoSchema, writer: &ProtoSchema, out: &mut Findings) {
    let (r, w) = (
        reader.message().parent_file(),
        writer.message().parent_file(),
    );
    let mut diff = Diff {
        out,
        seen: HashSet::new(),
    };
    if r.package_name() != w.package_name() {
        let (old, new) = diff
            .out
            .old_new(r.package_name().to_string(), w.package_name().to_string());
        diff.report(
            "",
            format!("the package changed from {old:?} to {new:?} (the full names of its messages change with it)"),
        );
    }
    diff.messages("", w.messages(), r.messages());
}

struct Diff<'a, 'b> {
    out: &'a mut Findings<'b>,
    /// Message pairs already compared (recursive message types).
    seen: HashSet<(String, String)>,
}

/// How a field is carried on the wire, as the registry groups scalar types: a field may move
/// within its group (int32 to int64) but not across (int32 to sint32, to fixed32, to string).
#[derive(Debug, PartialEq, Eq)]
enum Shape {
    Scalar(&'static str),
    Message(MessageDescriptor),
    Map(MessageDescriptor),
}

fn shape(field: &FieldDescriptor) -> Shape {
    match field.kind() {
        Kind::Message(m) if field.is_map() => Shape::Map(m),
        Kind::Message(m) => Shape::Message(m),
        Kind::Int32 | Kind::Int64 | Kind::Uint32 | Kind::Uint64 | Kind::Bool | Kind::Enum(_) => {
            Shape::Scalar("varint")
        }
        Kind::Sint32 | Kind::Sint64 => Shape::Scalar("zig-zag varint"),
        Kind::String | Kind::Bytes => Shape::Scalar("length-delimited"),
        Kind::Fixed32 | Kind::Sfixed32 => Shape::Scalar("fixed 32-bit"),
        Kind::Fixed64 | Kind::Sfixed64 => Shape::Scalar("fixed 64-bit"),
        Kind::Float => Shape::Scalar("float"),
        Kind::Double => Shape::Scalar("double"),
    }
}

fn type_name(field: &FieldDescriptor) -> String {
    let base = match field.kind() {
        Kind::Message(m) if field.is_map() => {
            let (k, v) = (m.map_entry_key_field(), m.map_entry_value_field());
            return format!("map<{}, {}>", type_name(&k), type_name(&v));
        }
        Kind::Message(m) => m.full_name().to_string(),
        Kind::Enum(e) => e.full_name().to_string(),
        other => format!("{other:?}").to_ascii_lowercase(),
    };
    if field.is_list() {
        format!("repeated {base}")
    } else {
        base
    }
}

/// A message's name within its package (what the registry compares when a field's message
/// type is renamed or moved between packages).
fn local_name(m: &MessageDescriptor) -> &str {
    let package = m.package_name();
    m.full_name()
        .strip_prefix(package)
        .and_then(|rest| rest.strip_prefix('.'))
        .unwrap_or(m.full_name())
}

impl Diff<'_, '_> {
    fn report(&mut self, path: &str, what: String) {
        let who = self.out.who();
        self.out.push(path, format!("{what}: {who}"));
    }

    /// The messages of a file or of a message, matched by name (map entries are fields).
    fn messages(
        &mut self,
        path: &str,
        writer: impl Iterator<Item = MessageDescriptor>,
        reader: impl Iterator<Item = MessageDescriptor>,
    ) {
        let reader: BTreeMap<String, MessageDescriptor> = reader
            .filter(|m| !m.is_map_entry())
            .map(|m| (m.name().to_string(), m))
            .collect();
        for w in writer.filter(|m| !m.is_map_entry()) {
            let at = format!("{path}/{}", w.name());
            match reader.get(w.name()) {
                Some(r) => self.message(&at, &w, r),
                None => {
                    let (removed, added) = ("removed (or renamed)", "added");
                    let said = self.out.said(removed, added);
                    self.report(&at, format!("message {} was {said}", w.full_name()));
                }
            }
        }
    }

    fn message(&mut self, path: &str, w: &MessageDescriptor, r: &MessageDescriptor) {
        if !self
            .seen
            .insert((w.full_name().to_string(), r.full_name().to_string()))
        {
            return;
        }
        let oneof_of = |f: &FieldDescriptor| {
            f.containing_oneof()
                .filter(|o| !o.is_synthetic())
                .map(|o| o.name().to_string())
        };
        let by_number = |m: &MessageDescriptor| -> BTreeMap<u32, FieldDescriptor> {
            m.fields().map(|f| (f.number(), f)).collect()
        };
        let (w_all, r_all) = (by_number(w), by_number(r));
        let mut w_top: BTreeMap<u32, &FieldDescriptor> = w_all
            .iter()
            .filter(|(_, f)| oneof_of(f).is_none())
            .map(|(n, f)| (*n, f))
            .collect();
        let r_top: BTreeMap<u32, &FieldDescriptor> = r_all
            .iter()
            .filter(|(_, f)| oneof_of(f).is_none())
            .map(|(n, f)| (*n, f))
            .collect();

        // Fields moved into a oneof of the reader.
        for oneof in r.oneofs().filter(|o| !o.is_synthetic()) {
            let (mut moved, mut existing) = (0, 0);
            for f in oneof.fields() {
                if w_top.remove(&f.number()).is_some() {
                    moved += 1;
                } else if w_all
                    .get(&f.number())
                    .is_some_and(|w| oneof_of(w).is_some())
                {
                    existing += 1;
                }
            }
            let at = format!("{path}/{}", oneof.name());
            if moved > 1 {
                self.report(
                    &at,
                    format!(
                        "{moved} fields were moved into oneof {} (only one of them can be read)",
                        oneof.name()
                    ),
                );
            } else if moved == 1 && existing > 0 {
                self.report(
                    &at,
                    format!(
                        "a field was moved into oneof {}, which already had fields",
                        oneof.name()
                    ),
                );
            }
        }
        // A field leaving a oneof that stays.
        for oneof in w.oneofs().filter(|o| !o.is_synthetic()) {
            let Some(kept) = r.oneofs().find(|o| o.name() == oneof.name()) else {
                continue;
            };
            let numbers: HashSet<u32> = kept.fields().map(|f| f.number()).collect();
            for f in oneof.fields().filter(|f| !numbers.contains(&f.number())) {
                let said = self.out.said("removed from", "added to");
                self.report(
                    &format!("{path}/{}/{}", oneof.name(), f.number()),
                    format!(
                        "field {} ({}) was {said} oneof {}",
                        f.name(),
                        f.number(),
                        oneof.name()
                    ),
                );
            }
        }

        let numbers: BTreeSet<u32> = w_top.keys().chain(r_top.keys()).copied().collect();
        for n in numbers {
            let at = format!("{path}/{n}");
            match (w_top.get(&n), r_top.get(&n)) {
                (Some(wf), Some(rf)) => self.field(&at, wf, rf),
                (Some(wf), None) if wf.cardinality() == Cardinality::Required => {
                    let said = self.out.said("removed", "added");
                    self.report(
                        &at,
                        format!("required field {} ({n}) was {said}", wf.name()),
                    );
                }
                (None, Some(rf)) if rf.cardinality() == Cardinality::Required => {
                    let said = self.out.said("added", "removed");
                    self.report(
                        &at,
                        format!("required field {} ({n}) was {said}", rf.name()),
                    );
                }
                _ => {}
            }
        }
        // Fields whose oneof changed are compared by number too.
        for (n, wf) in &w_all {
            let Some(rf) = r_all.get(n) else { continue };
            let (wo, ro) = (oneof_of(wf), oneof_of(rf));
            if wo.is_some() || ro.is_some() {
                self.field(&format!("{path}/{n}"), wf, rf);
            }
        }
        self.messages(path, w.child_messages(), r.child_messages());
    }

    fn field(&mut self, path: &str, wf: &FieldDescriptor, rf: &FieldDescriptor) {
        let (old, new) = self.out.old_new(type_name(rf), type_name(wf));
        let named = format!("field {} ({})", rf.name(), rf.number());
        match (shape(wf), shape(rf)) {
            (Shape::Scalar(wg), Shape::Scalar(rg)) => {
                if wg != rg {
                    let (og, ng) = self.out.old_new(rg.to_string(), wg.to_string());
                    self.report(
                        path,
                        format!("{named} changed from {old} ({og}) to {new} ({ng}): a different wire encoding"),
                    );
                } else if wf.is_list() != rf.is_list() && wg != "length-delimited" {
                    self.report(
                        path,
                        format!("{named} changed from {old} to {new}: a numeric field cannot change between repeated and single"),
                    );
                }
            }
            (Shape::Message(wm), Shape::Message(rm)) => {
                if local_name(&wm) != local_name(&rm) {
                    self.report(
                        path,
                        format!("{named} changed its message type from {old} to {new}"),
                    );
                } else {
                    self.message(path, &wm, &rm);
                }
            }
            (Shape::Map(wm), Shape::Map(rm)) => {
                let key = format!("{path}/key");
                self.field(&key, &wm.map_entry_key_field(), &rm.map_entry_key_field());
                let value = format!("{path}/value");
                self.field(&value, &wm.map_entry_value_field(), &rm.map_entry_value_field());
            }
            _ => self.report(
                path,
                format!("{named} changed from {old} to {new}: scalars, messages and maps cannot read each other"),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::schema::compat::{Level, check};
    use crate::schema::{Compiled, SchemaKind};

    fn proto(body: &str) -> Compiled {
        Compiled::parse(
            SchemaKind::Protobuf,
            &format!("syntax = \"proto3\";\n{body}"),
        )
        .unwrap()
    }

    fn message(fields: &str) -> Compiled {
        proto(&format!("package shop;\nmessage U {{ {fields} }}"))
    }

    /// The incompatibilities of `new` after `old` under `level`, as `path: message`.
    fn found(new: &Compiled, old: &Compiled, level: Level) -> Vec<String> {
        check(new, old, level)
            .into_iter()
            .map(|i| format!("{}: {}", i.path, i.message))
            .collect()
    }

    #[test]
    fn the_registry_rules_hold_field_by_field() {
        let cases: &[(&str, &str, &str, Option<&str>)] = &[
            (
                "field added",
                "int32 id = 1;",
                "int32 id = 1; string x = 2;",
                None,
            ),
            (
                "field removed",
                "int32 id = 1; string x = 2;",
                "int32 id = 1;",
                None,
            ),
            ("renamed", "int32 id = 1;", "int32 key = 1;", None),
            ("same varint group", "int32 id = 1;", "int64 id = 1;", None),
            ("bool is a varint", "int32 id = 1;", "bool id = 1;", None),
            ("string and bytes", "string id = 1;", "bytes id = 1;", None),
            (
                "repeated string",
                "string id = 1;",
                "repeated string id = 1;",
                None,
            ),
            (
                "zig-zag",
                "int32 id = 1;",
                "sint32 id = 1;",
                Some(
                    "/U/1: field id (1) changed from int32 (varint) to sint32 (zig-zag varint): a different wire encoding",
                ),
            ),
            (
                "number reused",
                "int32 id = 1; string name = 2;",
                "int32 id = 1; int64 count = 2;",
                Some(
                    "/U/2: field count (2) changed from string (length-delimited) to int64 (varint)",
                ),
            ),
            (
                "repeated number",
                "int32 n = 1;",
                "repeated int32 n = 1;",
                Some(
                    "/U/1: field n (1) changed from int32 to repeated int32: a numeric field cannot change",
                ),
            ),
            (
                "scalar to message",
                "int32 n = 1;",
                "V n = 1; } message V { int32 a = 1;",
                Some("/U/1: field n (1) changed from int32 to shop.V: scalars, messages and maps"),
            ),
            (
                "message type renamed",
                "V v = 1; } message V { int32 a = 1;",
                "W v = 1; } message V { int32 a = 1; } message W { int32 a = 1;",
                Some("/U/1: field v (1) changed its message type from shop.V to shop.W"),
            ),
            (
                "map value",
                "map<string, int32> m = 1;",
                "map<string, string> m = 1;",
                Some("/U/1/value: field value (2) changed from int32 (varint) to string"),
            ),
            (
                "two fields into a oneof",
                "int32 a = 1; int32 b = 2;",
                "oneof x { int32 a = 1; int32 b = 2; }",
                Some("/U/x: 2 fields were moved into oneof x"),
            ),
            (
                "one field into a new oneof",
                "int32 a = 1;",
                "oneof x { int32 a = 1; }",
                None,
            ),
            (
                "a field into an existing oneof",
                "int32 a = 1; oneof x { int32 b = 2; }",
                "oneof x { int32 a = 1; int32 b = 2; }",
                Some("/U/x: a field was moved into oneof x, which already had fields"),
            ),
            (
                "a field out of a oneof",
                "oneof x { int32 a = 1; int32 b = 2; }",
                "oneof x { int32 a = 1; }",
                Some("/U/x/2: field b (2) was removed from oneof x"),
            ),
        ];
        for (name, old, new, expected) in cases {
            let got = found(&message(new), &message(old), Level::Backward);
            match expected {
                None => assert!(got.is_empty(), "{name}: {got:?}"),
                Some(e) => assert!(
                    got.len() == 1
                        && got[0].starts_with(e)
                        && got[0].ends_with("new consumers cannot read old data"),
                    "{name}: {got:?}"
                ),
            }
        }
    }

    #[test]
    fn messages_packages_and_required_fields() {
        let one = proto("package shop;\nmessage U { int32 id = 1; }\nmessage V { int32 a = 1; }");
        let fewer = proto("package shop;\nmessage U { int32 id = 1; }");
        assert_eq!(
            found(&fewer, &one, Level::Backward),
            ["/V: message shop.V was removed (or renamed): new consumers cannot read old data"]
        );
        // The old schema reads the new data of a removed message (nothing is written to it).
        assert!(found(&fewer, &one, Level::Forward).is_empty());
        assert_eq!(
            found(&one, &fewer, Level::Forward),
            ["/V: message shop.V was added: old consumers cannot read new data"]
        );
        let moved = proto("package store;\nmessage U { int32 id = 1; }");
        let got = found(&moved, &fewer, Level::Full);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].starts_with("/: the package changed from \"shop\" to \"store\""));

        let p2 = |fields: &str| {
            Compiled::parse(
                SchemaKind::Protobuf,
                &format!("syntax = \"proto2\";\nmessage U {{ {fields} }}"),
            )
            .unwrap()
        };
        let (old, new) = (
            p2("optional int32 a = 1;"),
            p2("optional int32 a = 1; required int32 b = 2;"),
        );
        assert_eq!(
            found(&new, &old, Level::Backward),
            ["/U/2: required field b (2) was added: new consumers cannot read old data"]
        );
        assert_eq!(
            found(&new, &old, Level::Forward),
            ["/U/2: required field b (2) was added: old consumers cannot read new data"]
        );
    }

    #[test]
    fn a_recursive_message_is_compared_once() {
        let tree = message("int32 v = 1; repeated U children = 2;");
        assert!(found(&tree, &tree, Level::FullTransitive).is_empty());
        let changed = message("sint32 v = 1; repeated U children = 2;");
        assert_eq!(found(&changed, &tree, Level::Backward).len(), 1);
    }
}
