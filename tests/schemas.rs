//! Schemas end to end: `validate` on the repository's schemas/ samples, `schema` against an
//! in-test registry that follows the documented API, and produce --validate / --avro and tail
//! decoding against the real Kafka broker of `scripts/brokers up`.

mod common;

use base64::Engine;
use common::registry::{Registry, guid_of};
use common::{bytes_of, evctl, evctl_kafka, produce_envelopes, read_all, stderr, stdout, topic};
use serde_json::{Value, json};

const SCHEMAS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/schemas");

/// `evctl tail TOPIC --from beginning -e -o jsonl EXTRA...`: every line, parsed.
fn tail_all(topic: &str, extra: &[&str]) -> Vec<Value> {
    let args = [
        &["tail", topic, "--from", "beginning", "-e", "-o", "jsonl"],
        extra,
    ]
    .concat();
    let out = evctl_kafka(&args).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn sample(name: &str) -> String {
    format!("{SCHEMAS}/samples/{name}")
}

fn validate(args: &[&str]) -> std::process::Output {
    evctl()
        .args(["--schemas", SCHEMAS, "validate"])
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_good_samples_are_valid_and_the_bad_ones_are_not() {
    for topic in ["orders", "payments", "members", "shipments"] {
        let good = validate(&["--topic", topic, &sample(&format!("{topic}.good.jsonl"))]);
        assert_eq!(
            good.status.code(),
            Some(0),
            "{topic}: {}{}",
            stdout(&good),
            stderr(&good)
        );
        assert_eq!(stdout(&good), "");
        let bad_file = sample(&format!("{topic}.bad.jsonl"));
        let bad = validate(&["--topic", topic, &bad_file]);
        assert_eq!(bad.status.code(), Some(1), "{topic}: {}", stderr(&bad));
        let lines = std::fs::read_to_string(&bad_file).unwrap().lines().count();
        // Every message of a bad sample is invalid, and each is reported by line.
        for n in 1..=lines {
            assert!(
                stdout(&bad).contains(&format!("{bad_file}:{n}: /")),
                "{topic} line {n}: {}",
                stdout(&bad)
            );
        }
        assert!(
            stderr(&bad).contains(&format!("{lines} of {lines} messages invalid")),
            "{}",
            stderr(&bad)
        );
    }
}

#[test]
fn reports_name_the_field_and_what_was_expected() {
    let out = validate(&[
        "--topic",
        "orders",
        "-o",
        "json",
        &sample("orders.bad.jsonl"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["checked"], 4);
    assert_eq!(report["invalid"], 4);
    let errors = report["errors"].as_array().unwrap();
    let first = &errors[0];
    assert_eq!(first["pointer"], "/items/0/quantity");
    assert!(
        first["location"]
            .as_str()
            .unwrap()
            .ends_with("orders.bad.jsonl:1")
    );
    assert!(first["message"].as_str().unwrap().contains("integer"));
    assert!(
        errors.iter().any(|e| e["pointer"] == "/customer_id"),
        "required fields point at themselves"
    );

    let avro = validate(&[
        "--topic",
        "payments",
        "-o",
        "jsonl",
        &sample("payments.bad.jsonl"),
    ]);
    let lines: Vec<Value> = stdout(&avro)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let pointers: Vec<&str> = lines
        .iter()
        .map(|l| l["pointer"].as_str().unwrap())
        .collect();
    assert_eq!(pointers, ["/amount", "/event_id", "/payment_id"]);
}

#[test]
fn junit_reports_are_well_formed_test_results() {
    let out = validate(&[
        "--topic",
        "orders",
        "-o",
        "junit",
        &sample("orders.bad.jsonl"),
        &sample("orders.good.jsonl"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let xml = stdout(&out);
    assert!(xml.starts_with("<?xml"), "{xml}");
    assert!(
        xml.contains(r#"<testsuites name="evctl validate" tests="5" failures="4""#),
        "{xml}"
    );
    assert_eq!(xml.matches("<failure ").count(), 4);
    assert!(xml.contains(r#"name="3 valid messages"/>"#));
    let junit_elsewhere = evctl()
        .args(["topics", "list", "-o", "junit"])
        .output()
        .unwrap();
    assert_eq!(junit_elsewhere.status.code(), Some(2));
}

#[test]
fn stdin_arrays_and_envelopes_are_read() {
    let good = std::fs::read_to_string(sample("orders.good.jsonl")).unwrap();
    let array = format!("[\n{}\n]", good.trim_end().replace('\n', ",\n"));
    let out = evctl()
        .args(["--schemas", SCHEMAS, "validate", "--topic", "orders"])
        .write_stdin(array)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("3 messages valid"));

    let envelopes = "{\"topic\":\"orders\",\"value\":{\"order_id\":1}}\n";
    let out = evctl()
        .args([
            "--schemas",
            SCHEMAS,
            "validate",
            "--topic",
            "orders",
            "--input",
            "jsonl",
        ])
        .write_stdin(envelopes)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).starts_with("stdin:1: /"), "{}", stdout(&out));
}

#[test]
fn a_missing_or_broken_schema_exits_2() {
    let out = validate(&["--topic", "no-such-topic", &sample("orders.good.jsonl")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no-such-topic.avsc"),
        "{}",
        stderr(&out)
    );
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.avsc");
    std::fs::write(
        &broken,
        r#"{"type":"record","name":"X","fields":[{"name":"a"}]}"#,
    )
    .unwrap();
    let out = validate(&[
        "--schema",
        broken.to_str().unwrap(),
        &sample("orders.good.jsonl"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("broken.avsc: not a valid Avro schema"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn schema_check_against_an_earlier_file() {
    let check = |new: &str, level: &str| {
        evctl()
            .args(["schema", "check", &format!("{SCHEMAS}/{new}"), "--against"])
            .arg(format!("{SCHEMAS}/history/members-v1.avsc"))
            .args(["--level", level])
            .output()
            .unwrap()
    };
    let out = check("members.avsc", "BACKWARD");
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let out = check("members.avsc", "FULL");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("enum symbol \"PLATINUM\" was added"),
        "{}",
        stdout(&out)
    );
    let out = check("history/members-v2-breaking.avsc", "BACKWARD");
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("/country: field \"country\" was added without a default"),
        "{text}"
    );
    assert!(text.contains("/tier: type changed"), "{text}");
    let bad_level = check("members.avsc", "SIDEWAYS");
    assert_eq!(bad_level.status.code(), Some(2));
}

fn with_registry(registry: &Registry) -> assert_cmd::Command {
    let mut cmd = evctl();
    cmd.args(["--schema-registry", &registry.url]);
    cmd
}

#[test]
fn registry_register_list_show_and_check() {
    let registry = Registry::start(None);
    let v1 = format!("{SCHEMAS}/history/members-v1.avsc");
    let out = with_registry(&registry)
        .args(["schema", "register", "members-value", "--file", &v1])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "1");
    let out = with_registry(&registry)
        .args([
            "schema",
            "register",
            "orders-value",
            "--file",
            &format!("{SCHEMAS}/orders.json"),
        ])
        .output()
        .unwrap();
    assert_eq!(stdout(&out).trim(), "2");
    assert!(
        registry
            .requests()
            .iter()
            .any(|r| r == "POST /subjects/orders-value/versions"),
        "{:?}",
        registry.requests()
    );

    let out = with_registry(&registry)
        .args(["schema", "list", "-o", "json"])
        .output()
        .unwrap();
    let listed: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(
        listed,
        json!([
            {"subject": "members-value", "type": "AVRO", "latest_version": 1, "id": 1},
            {"subject": "orders-value", "type": "JSON", "latest_version": 1, "id": 2}
        ])
    );
    let out = with_registry(&registry)
        .args(["schema", "show", "orders-value"])
        .output()
        .unwrap();
    let shown: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(shown["title"], "order.created");

    // Level from the registry: BACKWARD by default passes the v2 change; FULL on the subject
    // finds the enum symbol old readers cannot take.
    let check = || {
        with_registry(&registry)
            .args([
                "schema",
                "check",
                &format!("{SCHEMAS}/members.avsc"),
                "--topic",
                "members",
            ])
            .output()
            .unwrap()
    };
    assert_eq!(check().status.code(), Some(0), "{}", stdout(&check()));
    registry.set_level("members-value", "FULL");
    let out = check();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("vs members-value version 1: /tier"),
        "{}",
        stdout(&out)
    );

    // Transitive levels compare with every version, not only the latest.
    registry.register(
        "members-value",
        "AVRO",
        &std::fs::read_to_string(format!("{SCHEMAS}/members.avsc")).unwrap(),
    );
    let out = with_registry(&registry)
        .args([
            "schema",
            "check",
            &format!("{SCHEMAS}/history/members-v2-breaking.avsc"),
            "--subject",
            "members-value",
            "--level",
            "BACKWARD_TRANSITIVE",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(
        report["against"],
        json!(["members-value version 1", "members-value version 2"])
    );
    assert_eq!(report["compatible"], false);
}

#[test]
fn registry_errors_map_to_exit_codes() {
    let registry = Registry::start(Some("ci:s3cret"));
    let show = |extra: &[&str]| {
        with_registry(&registry)
            .args(extra)
            .args(["schema", "show", "nothing-value"])
            .output()
            .unwrap()
    };
    let out = show(&[]);
    assert_eq!(
        out.status.code(),
        Some(3),
        "no credentials: {}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("refused the credentials"),
        "{}",
        stderr(&out)
    );
    let out = show(&["--registry-auth", "ci:wrong"]);
    assert_eq!(out.status.code(), Some(3));
    let out = show(&["--registry-auth", "ci:s3cret"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Subject 'nothing-value' not found"),
        "{}",
        stderr(&out)
    );
    let out = with_registry(&registry)
        .args([
            "--registry-auth",
            "ci:s3cret",
            "schema",
            "show",
            "nothing-value",
            "--subject-version",
            "7",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let gone = evctl()
        .args(["--schema-registry", "http://127.0.0.1:9", "schema", "list"])
        .output()
        .unwrap();
    assert_eq!(gone.status.code(), Some(3), "{}", stderr(&gone));
}

#[test]
fn validate_uses_the_registry_schema_of_a_topic() {
    let registry = Registry::start(None);
    // schemas/orders.json is in Tansu's topic form; the registry holds the value schema.
    let file = std::fs::read_to_string(format!("{SCHEMAS}/orders.json")).unwrap();
    let topic: Value = serde_json::from_str(&file).unwrap();
    registry.register(
        "orders-value",
        "JSON",
        &topic["properties"]["value"].to_string(),
    );
    let out = with_registry(&registry)
        .args(["validate", "--topic", "orders", &sample("orders.bad.jsonl")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("subject orders-value version 1 (id 1)"),
        "{}",
        stderr(&out)
    );
}

// ---- against the real broker ----

#[test]
fn produce_validate_sends_nothing_when_any_message_is_invalid() {
    let t = topic("validate", 1);
    let mut input = std::fs::read_to_string(sample("orders.good.jsonl")).unwrap();
    input.push_str(&std::fs::read_to_string(sample("orders.bad.jsonl")).unwrap());
    let out = evctl_kafka(&[
        "--schemas",
        SCHEMAS,
        "produce",
        &t,
        "--schema",
        &format!("{SCHEMAS}/orders.json"),
    ])
    .write_stdin(input.clone())
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("stdin:4: /items/0/quantity"), "{err}");
    assert!(err.contains("stdin:7: /customer_id"), "{err}");
    assert!(
        err.contains("4 of 7 messages invalid") && err.contains("nothing was sent"),
        "{err}"
    );
    assert!(
        read_all(&t).is_empty(),
        "nothing invalid (or valid) reached the broker"
    );

    // Skipping sends the valid ones and says what it left out.
    let out = evctl_kafka(&[
        "produce",
        &t,
        "--schema",
        &format!("{SCHEMAS}/orders.json"),
        "--on-error",
        "skip",
    ])
    .write_stdin(input)
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("3 of 3 messages delivered"),
        "{}",
        stderr(&out)
    );
    let values: Vec<String> = read_all(&t)
        .iter()
        .map(|e| e["value"]["order_id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(values, ["ord_8f3k2m9q", "ord_a1b2c3d4e5", "ord_zz99yy88"]);
}

#[test]
fn produce_avro_frames_values_and_tail_decodes_them() {
    let registry = Registry::start(None);
    let t = topic("avro", 1);
    let schema = std::fs::read_to_string(format!("{SCHEMAS}/payments.avsc")).unwrap();
    registry.register("unrelated-value", "JSON", "{}");
    let id = registry.register(&format!("{t}-value"), "AVRO", &schema);
    assert_eq!(id, 2);
    let input = std::fs::read_to_string(sample("payments.good.jsonl")).unwrap();
    let mut produce = evctl_kafka(&["produce", &t, "--avro", "-K", "|"]);
    produce.args(["--schema-registry", &registry.url]);
    let keyed: String = input
        .lines()
        .enumerate()
        .map(|(i, l)| format!("k{i}|{l}\n"))
        .collect();
    let out = produce.write_stdin(keyed).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));

    // On the wire: magic byte, the schema id, then Avro (not JSON).
    let raw = read_all(&t);
    assert_eq!(raw.len(), 2);
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(raw[0]["value"].as_str().unwrap())
        .unwrap();
    assert_eq!(&bytes[..5], &[0, 0, 0, 0, 2]);
    assert_eq!(raw[0]["value_encoding"], "base64");

    let decoded = tail_all(&t, &["--schema-registry", &registry.url]);
    assert_eq!(decoded[0]["key"], "k0");
    assert_eq!(
        decoded[0]["value"],
        json!({"event_id": "5b3f1c9e-8a2d-4c1b-9f00-0123456789ab", "occurred_at": "2026-11-22T09:16:00Z",
               "payment_id": "pay_001", "order_id": "ord_8f3k2m9q", "amount": "39.98", "currency": "EUR",
               "method": "CARD", "card_last4": "4242", "attempts": 1})
    );
    assert_eq!(decoded[1]["value"]["amount"], "326.00");
    assert_eq!(decoded[1]["value"]["card_last4"], Value::Null);

    // --no-decode shows the bytes as they are.
    let out = evctl_kafka(&[
        "tail",
        &t,
        "--from",
        "beginning",
        "-e",
        "-o",
        "jsonl",
        "--no-decode",
        "--schema-registry",
        &registry.url,
    ])
    .output()
    .unwrap();
    assert!(stdout(&out).contains("\"value_encoding\":\"base64\""));

    // The live topic validates against the registered schema.
    let out = evctl_kafka(&[
        "validate",
        "--from-topic",
        &t,
        "--schema-registry",
        &registry.url,
    ])
    .output()
    .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("2 messages valid"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn produce_avro_in_the_header_form_names_the_schema_by_guid() {
    let registry = Registry::start(None);
    let t = topic("avro-header", 1);
    let schema = std::fs::read_to_string(format!("{SCHEMAS}/payments.avsc")).unwrap();
    registry.register("unrelated-value", "JSON", "{}");
    let id = registry.register(&format!("{t}-value"), "AVRO", &schema);
    let input = std::fs::read_to_string(sample("payments.good.jsonl")).unwrap();
    let out = evctl_kafka(&["produce", &t, "--avro", "--framing", "header"])
        .args(["--schema-registry", &registry.url])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));

    // The value is bare Avro (its first field, a 36-character string: length 72 zig-zag); the
    // header holds byte 1 and the schema's GUID.
    let raw = read_all(&t);
    let header = &raw[0]["headers"][0];
    assert_eq!(header["key"], "__value_schema_id");
    let header = bytes_of(header);
    let mut expected = vec![1u8];
    expected.extend(guid_of(id));
    assert_eq!(header, expected);
    let value = bytes_of(&raw[0]);
    assert_eq!(value[0], 72, "{value:?}");

    let decoded = tail_all(&t, &["--schema-registry", &registry.url]);
    assert_eq!(decoded[0]["value"]["payment_id"], "pay_001");
    assert_eq!(decoded[1]["value"]["amount"], "326.00");
}

#[test]
fn produce_avro_rejects_invalid_values_before_sending() {
    let registry = Registry::start(None);
    let t = topic("avro-bad", 1);
    registry.register(
        &format!("{t}-value"),
        "AVRO",
        &std::fs::read_to_string(format!("{SCHEMAS}/payments.avsc")).unwrap(),
    );
    let out = evctl_kafka(&["produce", &t, "--avro", "--schema-registry", &registry.url])
        .write_stdin(std::fs::read_to_string(sample("payments.bad.jsonl")).unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("stdin:1: /amount"),
        "{}",
        stderr(&out)
    );
    assert!(read_all(&t).is_empty());
    // Without a registry there is no id to frame with.
    let out = evctl_kafka(&["--schemas", SCHEMAS, "produce", "payments", "--avro"])
        .write_stdin("{}\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--schema-registry"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn tail_decodes_the_header_form_and_validate_reports_bad_live_messages() {
    let registry = Registry::start(None);
    let t = topic("guid", 1);
    let schema = r#"{"type":"record","name":"Ping","fields":[{"name":"n","type":"long"},{"name":"tag","type":"string"}]}"#;
    let id = registry.register(&format!("{t}-value"), "AVRO", schema);
    // Avro of {"n": 21, "tag": "hi"}: zig-zag 42, then length 2 and the bytes.
    let datum = [42u8, 4, b'h', b'i'];
    let mut header = vec![1u8];
    header.extend_from_slice(&guid_of(id));
    let b64 = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
    produce_envelopes(
        &t,
        &[
            json!({"headers": [{"key": "__value_schema_id", "value": b64(&header), "value_encoding": "base64"}],
                   "value": b64(&datum), "value_encoding": "base64"}),
            json!({"value": {"n": "not a number"}}),
        ],
    );

    let first = tail_all(&t, &["-n", "1", "--schema-registry", &registry.url]).remove(0);
    assert_eq!(first["value"], json!({"n": 21, "tag": "hi"}));

    let out = evctl_kafka(&[
        "validate",
        "--from-topic",
        &t,
        "--schema-registry",
        &registry.url,
    ])
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        format!("{t}/0/1: /n: expected long, got string \"not a number\"")
    );
}

/// A schemas folder holding the repository's payments schema as `topic`'s, and the first good
/// payments sample as a raw Avro datum of it.
fn payments_schema_for(topic: &str) -> (tempfile::TempDir, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let schema = std::fs::read_to_string(format!("{SCHEMAS}/payments.avsc")).unwrap();
    std::fs::write(dir.path().join(format!("{topic}.avsc")), &schema).unwrap();
    let input = std::fs::read_to_string(sample("payments.good.jsonl")).unwrap();
    let first: Value = serde_json::from_str(input.lines().next().unwrap()).unwrap();
    let datum = evctl::schema::avro::AvroSchema::parse(&schema)
        .unwrap()
        .encode(&first)
        .unwrap();
    (dir, datum)
}

#[test]
fn tail_decodes_unframed_avro_values_with_the_folders_schema() {
    let t = topic("avro-plain", 1);
    let (dir, datum) = payments_schema_for(&t);
    // A raw Avro value (no wire-format framing, as producers without a registry write), then
    // a JSON one.
    produce_envelopes(
        &t,
        &[
            json!({"value": base64::engine::general_purpose::STANDARD.encode(&datum),
                   "value_encoding": "base64"}),
            json!({"value": {"not": "avro"}}),
        ],
    );
    let folder = dir.path().display().to_string();
    let decoded = tail_all(&t, &["--schemas", &folder]);
    assert_eq!(decoded[0]["value"]["payment_id"], "pay_001");
    assert_eq!(decoded[0]["value"]["amount"], "39.98");
    assert_eq!(decoded[1]["value"], json!({"not": "avro"}));
    // --no-decode shows the bytes as they are.
    let raw = tail_all(&t, &["--schemas", &folder, "--no-decode"]);
    assert_eq!(raw[0]["value_encoding"], "base64");
}

/// `dlq inspect` reads sample values as `tail` does, with the schema of the topic the record
/// failed on (a DLQ topic has no schema of its own).
#[test]
fn dlq_inspect_decodes_unframed_avro_with_the_failed_topics_schema() {
    let origin = topic("avro-origin", 1);
    let dlq = topic("avro-origin-dlt", 1);
    let (dir, datum) = payments_schema_for(&origin);
    let folder = dir.path().display().to_string();
    let shown = common::inspect_dead_letter(&dlq, &origin, &datum, &["--schemas", &folder]);
    assert_eq!(shown["payment_id"], "pay_001", "{shown}");
}
