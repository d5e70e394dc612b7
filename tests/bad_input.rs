//! The bad-input catalogue: every case runs evctl end to end against the real brokers and
//! asserts its exit code, a one-line message naming the offending thing, no panic, and, where
//! it produces, exactly how many records reached the topic. README.md lists the same cases
//! (this test checks that it does).

mod common;

use std::ffi::{OsStr, OsString};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;

use common::registry::Registry;
use common::{evctl, evctl_shell, kafka, stderr, topic, unique};
use serde_json::Value;

const AMQP: &str = "amqp://guest:guest@127.0.0.1:5672/%2f";

struct Case {
    /// How README.md names the case.
    what: &'static str,
    args: Vec<OsString>,
    stdin: Vec<u8>,
    code: i32,
    /// Found on one line of stderr, which starts with `evctl:` (or clap's `error:`).
    says: String,
    /// Records the case's topic must gain (checked when set).
    sends: Option<(String, i64)>,
    /// `args` is a shell line (for pipes).
    shell: bool,
}

fn case(what: &'static str, args: &[&str], code: i32, says: &str) -> Case {
    Case {
        what,
        args: args.iter().map(OsString::from).collect(),
        stdin: Vec::new(),
        code,
        says: says.to_string(),
        sends: None,
        shell: false,
    }
}

impl Case {
    fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Case {
        self.stdin = bytes.into();
        self
    }

    fn sends(mut self, topic: &str, records: i64) -> Case {
        self.sends = Some((topic.to_string(), records));
        self
    }

    fn shell(mut self) -> Case {
        self.shell = true;
        self
    }

    /// Runs the case; what went wrong, if anything.
    fn check(&self) -> Option<String> {
        let before = self.sends.as_ref().map(|(t, _)| end_of(t));
        let out = if self.shell {
            std::process::Command::new("bash")
                .arg("-c")
                .arg(self.args.join(OsStr::new(" ")))
                .output()
                .unwrap()
        } else {
            evctl()
                .args(&self.args)
                .write_stdin(self.stdin.clone())
                .output()
                .unwrap()
        };
        let err = stderr(&out);
        let code = out.status.code().unwrap_or(-1);
        let mut wrong = Vec::new();
        if code != self.code {
            wrong.push(format!("exit {code}, expected {}", self.code));
        }
        if code == 101 || err.contains("panicked") {
            wrong.push("a panic".to_string());
        }
        if self.says.is_empty() {
            if !err.is_empty() {
                wrong.push("something on stderr, expected nothing".to_string());
            }
        } else {
            match err.lines().find(|l| l.contains(&self.says)) {
                None => wrong.push(format!("no line saying {:?}", self.says)),
                Some(line) if !line.starts_with("evctl: ") && !line.starts_with("error: ") => {
                    wrong.push(format!("{line:?} is not an evctl or usage message"));
                }
                Some(_) => {}
            }
        }
        if let (Some((t, records)), Some(before)) = (&self.sends, before) {
            let sent = end_of(t) - before;
            if sent != *records {
                wrong.push(format!("{sent} records reached {t}, expected {records}"));
            }
        }
        (!wrong.is_empty()).then(|| format!("{}: {}\n  stderr: {err}", self.what, wrong.join("; ")))
    }
}

/// The high watermark of partition 0 of `topic`.
fn end_of(topic: &str) -> i64 {
    let out = evctl()
        .args(["-b", &kafka(), "topics", "describe", topic, "-o", "json"])
        .output()
        .unwrap();
    let d: Value = serde_json::from_slice(&out.stdout).unwrap();
    d["partitions"][0]["high_watermark"].as_i64().unwrap()
}

/// An HTTP server that answers every request with `status`, `content_type` and `body`.
fn canned(status: &str, content_type: &str, body: &str) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let answer = format!(
        "HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\n\
         connection: close\r\n\r\n{body}",
        body.len()
    );
    std::thread::spawn(move || {
        for peer in listener.incoming().flatten() {
            let mut reader = BufReader::new(&peer);
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let _ = (&peer).write_all(answer.as_bytes());
        }
    });
    url
}

fn write(dir: &std::path::Path, name: &str, text: &str, mode: u32) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
    path.display().to_string()
}

#[test]
fn bad_input_gets_its_exit_code_and_a_line_naming_it() {
    let b = kafka();
    let t = topic("bad-input", 1);
    let dlq = topic("bad-input-dlq", 1);
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();

    // A dead-lettered record whose every Spring header is malformed.
    let malformed = r#"{"headers":[{"key":"kafka_dlt-original-topic","value":"/w==","value_encoding":"base64"},{"key":"kafka_dlt-original-partition","value":"AAE=","value_encoding":"base64"},{"key":"kafka_dlt-original-offset","value":"x"},{"key":"kafka_dlt-exception-fqcn","value":"/w==","value_encoding":"base64"}],"value":1}"#;
    evctl()
        .args(["-b", &b, "-q", "produce", &dlq, "--input", "jsonl"])
        .write_stdin(format!("{malformed}\n"))
        .assert()
        .success();
    // More than a pipe holds (64 KiB), so tail is still writing when `head -1` has gone.
    let many: String = (0..20_000).map(|i| format!("line {i}\n")).collect();
    let long = topic("bad-input-long", 1);
    evctl()
        .args(["-b", &b, "-q", "produce", &long])
        .write_stdin(many)
        .assert()
        .success();

    let broken_toml = write(d, "broken.toml", "[contexts.x\nbrokers = 1\n", 0o600);
    let unknown_key = write(
        d,
        "unknown.toml",
        &format!("[contexts.x]\nbrokers = \"{b}\"\nbrokerz = \"typo\"\n"),
        0o600,
    );
    let open_secret = write(d, "open-secret", "s3cret\n", 0o644);
    let secrets = write(
        d,
        "secrets.toml",
        &format!(
            "[contexts.missing]\nbrokers = \"{b}\"\n[contexts.missing.properties]\n\
             \"ssl.key.password\" = {{ file = \"{}/no-such-secret\" }}\n\
             [contexts.open]\nbrokers = \"{b}\"\n[contexts.open.properties]\n\
             \"ssl.key.password\" = {{ file = \"{open_secret}\" }}\n",
            d.display()
        ),
        0o600,
    );
    let bad_json_schema = write(d, "bad.json", r#"{"type": 5}"#, 0o600);
    let bad_avro_schema = write(d, "bad.avsc", r#"{"type": "record", "name": "x"}"#, 0o600);
    let not_json_schema = write(d, "text.json", "type: object\n", 0o600);
    let orders = format!("{}/schemas/orders.json", env!("CARGO_MANIFEST_DIR"));
    let shipments = format!("{}/schemas/shipments.proto", env!("CARGO_MANIFEST_DIR"));
    let bad_proto = write(
        d,
        "bad.proto",
        "syntax = \"proto3\";\nmessage A {\n  string id = 1\n}\n",
        0o600,
    );
    let no_message = write(
        d,
        "nomessage.proto",
        "// evctl: message=Nope\nsyntax = \"proto3\";\npackage shop;\nmessage A { string id = 1; }\n",
        0o600,
    );
    let missing_import = write(
        d,
        "importer.proto",
        "syntax = \"proto3\";\nimport \"missing/money.proto\";\nmessage A { string id = 1; }\n",
        0o600,
    );
    // Framed Protobuf records whose index array points nowhere, and whose message is cut short.
    let registry = Registry::start(None);
    let proto_topic = topic("bad-input-proto", 1);
    let id = registry.register(
        &format!("{proto_topic}-value"),
        "PROTOBUF",
        "syntax = \"proto3\";\nmessage A { string id = 1; }\n",
    );
    let framed = |body: &[u8]| {
        let mut bytes = vec![0u8];
        bytes.extend_from_slice(&id.to_be_bytes());
        bytes.extend_from_slice(body);
        bytes
    };
    for body in [&[2u8, 10, b'x'][..], &[0u8, 0x0a, 5, b'a'][..]] {
        evctl()
            .args(["-b", &b, "-q", "produce", &proto_topic, "--input", "raw"])
            .write_stdin(framed(body))
            .assert()
            .success();
    }
    let registry_500 = canned(
        "500 Internal Server Error",
        "application/json",
        r#"{"error_code":50001,"message":"store error"}"#,
    );
    let registry_html = canned("200 OK", "text/html", "<html><body>login</body></html>");
    let registry_garbage = canned("200 OK", "application/json", r#"{"subjects": [1, 2"#);
    let huge_line = {
        let mut line = vec![b'a'; 100 * 1024 * 1024];
        line.push(b'\n');
        line
    };
    let garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let cmd = evctl_shell();
    let group = unique("bad-input-group");

    let k = |rest: &[&str]| {
        let mut all = vec!["-b", b.as_str()];
        all.extend_from_slice(rest);
        all.into_iter().map(OsString::from).collect::<Vec<_>>()
    };
    let kc = |what, rest: &[&str], code, says: &str| {
        let mut c = case(what, &[], code, says);
        c.args = k(rest);
        c
    };
    let rabbit = |what, rest: &[&str], code, says: &str| {
        let mut c = case(what, &["--amqp-url", AMQP], code, says);
        c.args.extend(rest.iter().map(OsString::from));
        c
    };

    let cases = vec![
        // Input to produce: nothing after a bad line is sent, and what was sent is counted.
        kc(
            "truncated envelope",
            &["produce", &t, "--input", "jsonl"],
            2,
            "stdin:1: not a valid envelope",
        )
        .stdin(r#"{"value":1"#)
        .sends(&t, 0),
        kc(
            "bad second line",
            &["produce", &t, "--input", "jsonl"],
            2,
            "stdin:2: not a valid envelope",
        )
        .stdin("{\"value\":1}\n{\"key\":\n")
        .sends(&t, 1),
        kc(
            "malformed base64 value",
            &["produce", &t, "--input", "jsonl"],
            2,
            "stdin:1: value: invalid base64",
        )
        .stdin(r#"{"value":"x","value_encoding":"base64"}"#)
        .sends(&t, 0),
        kc(
            "header key not a string",
            &["produce", &t, "--input", "jsonl"],
            2,
            "stdin:1: not a valid envelope",
        )
        .stdin(r#"{"headers":[{"key":1}],"value":1}"#)
        .sends(&t, 0),
        kc(
            "invalid UTF-8 in an envelope",
            &["produce", &t, "--input", "jsonl"],
            2,
            "stdin:1: not a valid envelope",
        )
        .stdin(b"{\"key\":\"\xff\xfe\",\"value\":1}\n".to_vec())
        .sends(&t, 0),
        kc(
            "binary garbage as envelopes",
            &["produce", &t, "--input", "jsonl"],
            2,
            "stdin:1",
        )
        .stdin(garbage)
        .sends(&t, 0),
        kc(
            "skipped malformed lines",
            &["produce", &t, "--input", "jsonl", "--on-error", "skip"],
            4,
            "stdin:2",
        )
        .stdin("{\"value\":1}\nnot json\n{\"value\":3}\n")
        .sends(&t, 2),
        kc(
            "invalid UTF-8 key (bytes are fine)",
            &["produce", &t, "-K", ":"],
            0,
            "1 of 1 messages delivered",
        )
        .stdin(b"k\xff:v\n".to_vec())
        .sends(&t, 1),
        kc("a 100 MiB line", &["produce", &t], 4, "MessageSizeTooLarge")
            .stdin(huge_line)
            .sends(&t, 0),
        kc(
            "envelope partition out of range",
            &["produce", &t, "--input", "jsonl"],
            4,
            "Unknown partition",
        )
        .stdin(r#"{"partition":99,"value":1}"#)
        .sends(&t, 0),
        kc(
            "--partition out of range",
            &["produce", &t, "--partition", "7"],
            2,
            "has no partition 7",
        )
        .stdin("x\n")
        .sends(&t, 0),
        kc(
            "unknown topic (produce)",
            &["produce", "no-such-topic-bad-input"],
            2,
            "\"no-such-topic-bad-input\" not found",
        )
        .stdin("x\n"),
        kc(
            "--rate 0",
            &["produce", &t, "--rate", "0"],
            2,
            "--rate must be at least 1",
        ),
        {
            let mut c = kc(
                "invalid UTF-8 in a -H argument",
                &["produce", &t, "-H"],
                2,
                "invalid UTF-8",
            );
            c.args.push(OsStr::from_bytes(b"h\xff=1").to_os_string());
            c.stdin("x\n").sends(&t, 0)
        },
        // Reading.
        kc(
            "unknown format token",
            &["tail", &t, "-e", "-f", "%Q"],
            2,
            "unknown token %Q",
        ),
        kc(
            "unknown topic (tail)",
            &["tail", "no-such-topic-bad-input", "-e"],
            2,
            "not found",
        ),
        kc(
            "--from not understood",
            &["tail", &t, "-e", "--from", "yesterday-ish"],
            2,
            "invalid --from \"yesterday-ish\"",
        ),
        kc(
            "--from offset out of range",
            &["tail", &t, "-e", "--from", "99999999999999999999"],
            2,
            "invalid --from",
        ),
        kc(
            "--from negative time",
            &["tail", &t, "-e", "--from", "@-1"],
            2,
            "invalid time \"-1\"",
        ),
        kc(
            "--partition missing (tail)",
            &["tail", &t, "-e", "--partition", "5"],
            2,
            "has no partition 5",
        ),
        kc(
            "-f with -o json",
            &["tail", &t, "-e", "-f", "%s", "-o", "json"],
            2,
            "-f/--format and -o json conflict",
        ),
        kc(
            "--group with an offset",
            &["tail", &t, "--group", &group, "--from", "5"],
            2,
            "with --group, --from can only be",
        ),
        kc(
            "topics with --queue",
            &["tail", &t, "--queue", "q"],
            2,
            "cannot be used with",
        ),
        case(
            "output pipe closed early",
            &[
                "set -o pipefail; timeout 60",
                &cmd,
                "-b",
                &b,
                "tail",
                &long,
                "--from",
                "beginning",
                "|",
                "head",
                "-1",
                ">/dev/null",
            ],
            0,
            "",
        )
        .shell(),
        // Configuration.
        case(
            "unknown context",
            &["--context", "nope", "topics", "list"],
            2,
            "no context named \"nope\"",
        ),
        case(
            "config file syntax error",
            &["--config-file", &broken_toml, "topics", "list"],
            2,
            "broken.toml: TOML parse error at line 1",
        ),
        case(
            "config file unknown key",
            &[
                "--config-file",
                &unknown_key,
                "--context",
                "x",
                "topics",
                "list",
            ],
            2,
            "unknown field `brokerz`",
        ),
        case(
            "config file missing",
            &["--config-file", "/no/such/evctl.toml", "topics", "list"],
            2,
            "/no/such/evctl.toml",
        ),
        case(
            "secret file missing",
            &[
                "--config-file",
                &secrets,
                "--context",
                "missing",
                "topics",
                "list",
            ],
            2,
            "no-such-secret",
        ),
        case(
            "secret file readable by others",
            &[
                "--config-file",
                &secrets,
                "--context",
                "open",
                "topics",
                "describe",
                &t,
            ],
            0,
            "open-secret (property ssl.key.password) is readable by other users",
        ),
        case(
            "unknown client property",
            &["-X", "no.such.property=1", "topics", "list"],
            2,
            "no.such.property=1",
        ),
        case(
            "bad --timeout",
            &["--timeout", "soon", "topics", "list"],
            2,
            "soon",
        ),
        // Brokers and registries that cannot or will not answer.
        case(
            "unreachable broker",
            &["-b", "127.0.0.1:1", "--timeout", "2s", "topics", "list"],
            3,
            "cannot reach Kafka at 127.0.0.1:1",
        ),
        case(
            "unreachable registry",
            &["--schema-registry", "http://127.0.0.1:1", "schema", "list"],
            3,
            "cannot reach the schema registry at http://127.0.0.1:1",
        ),
        case(
            "registry answers 500",
            &["--schema-registry", &registry_500, "schema", "list"],
            3,
            "answered HTTP 500 for GET /subjects: store error",
        ),
        case(
            "registry answers HTML",
            &["--schema-registry", &registry_html, "schema", "list"],
            3,
            "unexpected answer from the schema registry (GET /subjects)",
        ),
        case(
            "registry answers broken JSON",
            &["--schema-registry", &registry_garbage, "schema", "list"],
            3,
            "unexpected answer from the schema registry",
        ),
        // Schemas.
        case(
            "JSON Schema that does not compile",
            &["validate", "--schema", &bad_json_schema],
            2,
            "bad.json",
        ),
        case(
            "Avro schema that does not compile",
            &["validate", "--schema", &bad_avro_schema],
            2,
            "bad.avsc",
        ),
        case(
            "schema file that is not JSON",
            &["validate", "--schema", &not_json_schema],
            2,
            "text.json: not JSON",
        ),
        case(
            "schema file missing",
            &["validate", "--schema", "/no/such/schema.json"],
            2,
            "/no/such/schema.json does not exist",
        ),
        case(
            "Protobuf schema that does not compile",
            &["validate", "--schema", &bad_proto],
            2,
            "bad.proto:4:1: expected ';'",
        ),
        case(
            "Protobuf message type that does not exist",
            &["validate", "--schema", &no_message],
            2,
            "no message shop.Nope (the file has shop.A)",
        ),
        case(
            "Protobuf import missing from the folder",
            &["validate", "--schema", &missing_import],
            2,
            "import 'missing/money.proto' not found",
        ),
        case(
            "-o prometheus outside lag",
            &["-o", "prometheus", "topics", "list"],
            2,
            "-o prometheus applies to `evctl lag` only",
        ),
        case(
            "--framing header without --avro or --protobuf",
            &["produce", "orders", "--framing", "header", "--value", "{}"],
            2,
            "--framing applies to --avro and --protobuf",
        ),
        case(
            "binary input against a JSON Schema",
            &["validate", "--schema", &orders, "--input", "delimited"],
            2,
            "--input delimited reads binary Avro or Protobuf messages",
        )
        .stdin("\u{3}abc"),
        case(
            "Protobuf value that does not fit its message",
            &["validate", "--schema", &shipments],
            1,
            "1 of 1 messages invalid",
        )
        .stdin("{\"carrier\":\"FEDEX\"}\n"),
        kc(
            "Protobuf index array pointing nowhere (tail)",
            &[
                "--schema-registry",
                &registry.url,
                "tail",
                &proto_topic,
                "--from",
                "beginning",
                "-n",
                "1",
            ],
            0,
            "message index [5] points nowhere (the schema has A)",
        ),
        kc(
            "Protobuf message cut short (tail)",
            &[
                "--schema-registry",
                &registry.url,
                "tail",
                &proto_topic,
                "--from",
                "1",
                "-e",
            ],
            0,
            "showing a payload undecoded: not a A",
        ),
        case(
            "payload invalid against its schema",
            &["validate", "--schema", &orders],
            1,
            "1 of 1 messages invalid",
        )
        .stdin("{\"a\":1}\n"),
        // Dead letters.
        kc(
            "every dead-letter header malformed",
            &["dlq", "replay", &dlq, "--group", &group],
            4,
            "/0@0: left in the DLQ: header kafka_dlt-original-topic: not UTF-8 text",
        ),
        kc(
            "unknown DLQ topic",
            &["dlq", "replay", "no-such-dlq-bad-input"],
            2,
            "\"no-such-dlq-bad-input\" not found",
        ),
        kc(
            "unknown replay target",
            &["dlq", "replay", &dlq, "--to", "no-such-target-bad-input"],
            2,
            "\"no-such-target-bad-input\" not found",
        ),
        // Groups.
        kc(
            "unknown group (describe)",
            &["groups", "describe", "no-such-group-bad-input"],
            2,
            "no consumer group \"no-such-group-bad-input\"",
        ),
        kc(
            "--fail-on not understood",
            &["lag", "--group", "g", "--fail-on", "nonsense"],
            2,
            "invalid value 'nonsense'",
        ),
        kc(
            "existing topic created again",
            &["topics", "create", &t],
            2,
            "already exists",
        ),
        // RabbitMQ.
        rabbit(
            "unknown queue (produce)",
            &["produce", "--queue", "no-such-queue-bad-input"],
            2,
            "no queue 'no-such-queue-bad-input'",
        )
        .stdin("x\n"),
        rabbit(
            "unknown queue (tail)",
            &["tail", "--queue", "no-such-queue-bad-input", "-e"],
            2,
            "no queue 'no-such-queue-bad-input'",
        ),
        rabbit(
            "unknown vhost",
            &["queues", "list", "--vhost", "no-such-vhost"],
            2,
            "vhost \"no-such-vhost\" not found",
        ),
        case(
            "AMQP URL with a bad scheme",
            &["--amqp-url", "amqpx://h", "queues", "list"],
            2,
            "invalid AMQP URL \"amqpx://h\"",
        ),
        case(
            "refused AMQP password",
            &[
                "--amqp-url",
                "amqp://guest:wrong@127.0.0.1:5672/%2f",
                "queues",
                "list",
            ],
            3,
            "refused the credentials",
        ),
    ];

    assert!(cases.len() >= 40, "{} cases", cases.len());
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let mut failures: Vec<String> = cases.iter().filter_map(Case::check).collect();
    for c in &cases {
        if !readme.contains(&format!("| {} | {} |", c.what, c.code)) {
            failures.push(format!(
                "README.md does not list `| {} | {} |`",
                c.what, c.code
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
