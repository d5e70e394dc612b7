//! produce, tail and topics against the Apache Kafka broker of `scripts/brokers up`.

mod common;

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use common::{evctl, evctl_kafka, kafka, read_all, spawn_evctl, stderr, stdout, topic, unique};
use serde_json::{Value, json};

#[test]
fn produced_lines_come_back_with_keys_and_headers() {
    let t = topic("lines", 3);
    let input: String = (0..100)
        .map(|i| format!("order-{}:{{\"id\":{i}}}\n", i % 7))
        .collect();
    let out = evctl_kafka(&[
        "produce",
        &t,
        "-K",
        ":",
        "-H",
        "type=order.created",
        "-H",
        "v=1",
    ])
    .write_stdin(input)
    .output()
    .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("100 of 100 messages delivered"),
        "{}",
        stderr(&out)
    );

    let records = read_all(&t);
    assert_eq!(records.len(), 100);
    let ids: BTreeSet<i64> = records
        .iter()
        .map(|r| r["value"]["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, (0..100).collect());
    for r in &records {
        let id = r["value"]["id"].as_i64().unwrap();
        assert_eq!(r["key"], format!("order-{}", id % 7));
        assert_eq!(
            r["headers"],
            json!([{"key": "type", "value": "order.created"}, {"key": "v", "value": 1}])
        );
        assert_eq!(r["topic"], t.as_str());
    }
    // Same key, same partition: the default partitioner keeps per-key order.
    let partitions_of_key0: BTreeSet<i64> = records
        .iter()
        .filter(|r| r["key"] == "order-0")
        .map(|r| r["partition"].as_i64().unwrap())
        .collect();
    assert_eq!(partitions_of_key0.len(), 1);
}

/// Envelopes of awkward messages: binary, JSON with odd spacing, a JSON string, text that
/// looks like null, duplicate and null headers, a missing key, a tombstone.
fn awkward_envelopes() -> String {
    [
        r#"{"partition":0,"timestamp":1700000000000,"key":"k","headers":[],"value":{"a" : 1,  "b":[1.50, 2e3]}}"#,
        r#"{"partition":0,"timestamp":1700000000001,"key":null,"headers":[{"key":"h","value":"1"},{"key":"h","value":null},{"key":"bin","value":"/wA=","value_encoding":"base64"}],"value":"/wCAgQ==","value_encoding":"base64"}"#,
        r#"{"partition":0,"timestamp":1700000000002,"key":{"id":7},"headers":[],"value":"\"a JSON string\""}"#,
        r#"{"partition":0,"timestamp":1700000000003,"key":"tomb","headers":[],"value":null}"#,
        r#"{"partition":0,"timestamp":1700000000004,"key":"k","headers":[],"value":"null"}"#,
        r#"{"partition":0,"timestamp":1700000000005,"key":"k","headers":[],"value":"caf\u00e9 \ud83d\ude00 tab\there"}"#,
    ]
    .join("\n")
}

#[test]
fn jsonl_round_trip_is_byte_exact_through_two_topics() {
    let first = topic("rt-a", 1);
    let second = topic("rt-b", 1);
    evctl_kafka(&["produce", &first, "--input", "jsonl"])
        .write_stdin(awkward_envelopes())
        .assert()
        .success();
    let tailed = evctl_kafka(&["tail", &first, "--from", "beginning", "-e", "-o", "jsonl"])
        .output()
        .unwrap();
    assert!(tailed.status.success(), "{}", stderr(&tailed));
    let first_lines = stdout(&tailed);
    assert_eq!(first_lines.lines().count(), 6);
    // The odd spacing survives: the value is embedded verbatim.
    assert!(
        first_lines.contains(r#""value":{"a" : 1,  "b":[1.50, 2e3]}"#),
        "{first_lines}"
    );
    assert!(first_lines.contains(r#""value":"/wCAgQ==","value_encoding":"base64""#));
    assert!(first_lines.contains(r#""key":"tomb","headers":[],"value":null"#));

    // Re-produce what tail printed into another topic, tail that: the same records.
    evctl_kafka(&["produce", &second, "--input", "jsonl"])
        .write_stdin(first_lines.clone())
        .assert()
        .success();
    let again = evctl_kafka(&["tail", &second, "--from", "beginning", "-e", "-o", "jsonl"])
        .output()
        .unwrap();
    assert_eq!(stdout(&again), first_lines.replace(&first, &second));
}

#[test]
fn raw_input_value_flag_tombstones_and_explicit_partition() {
    let t = topic("modes", 2);
    evctl_kafka(&[
        "produce",
        &t,
        "--input",
        "raw",
        "--key",
        "doc",
        "--partition",
        "1",
    ])
    .write_stdin("line one\nline two\n")
    .assert()
    .success();
    evctl_kafka(&["produce", &t, "--value", "single", "--partition", "0"])
        .assert()
        .success();
    evctl_kafka(&[
        "produce",
        &t,
        "--key",
        "gone",
        "--value",
        "",
        "--null-value",
        "--partition",
        "0",
    ])
    .assert()
    .success();
    let records = read_all(&t);
    let raw = records.iter().find(|r| r["key"] == "doc").unwrap();
    assert_eq!(raw["value"], "line one\nline two\n");
    assert_eq!(raw["partition"], 1);
    assert!(
        records
            .iter()
            .any(|r| r["value"] == "single" && r["partition"] == 0)
    );
    let tomb = records.iter().find(|r| r["key"] == "gone").unwrap();
    assert_eq!(tomb["value"], Value::Null);
}

#[test]
fn unknown_topic_is_an_error_and_is_not_created() {
    let missing = unique("missing");
    let out = evctl_kafka(&["produce", &missing, "--value", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(&format!("topic \"{missing}\" not found")),
        "{}",
        stderr(&out)
    );
    let out = evctl_kafka(&["tail", &missing, "-e"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not found"));
    let list = evctl_kafka(&["topics", "list", "-o", "json"])
        .output()
        .unwrap();
    assert!(
        !stdout(&list).contains(&missing),
        "asking created the topic"
    );
}

#[test]
fn malformed_jsonl_fails_at_its_line_and_sends_nothing_after_it() {
    let t = topic("badline", 1);
    let input = "{\"value\":1}\n{\"value\":2}\n{\"value\": oops}\n{\"value\":4}\n";
    let out = evctl_kafka(&["produce", &t, "--input", "jsonl"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("stdin:3: not a valid envelope"), "{err}");
    assert!(err.contains("2 of 2 messages delivered"), "{err}");
    let values: Vec<Value> = read_all(&t)
        .into_iter()
        .map(|r| r["value"].clone())
        .collect();
    assert_eq!(values, vec![json!(1), json!(2)]);
}

#[test]
fn malformed_jsonl_lines_can_be_skipped_and_are_counted() {
    let t = topic("skipline", 1);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("events.jsonl");
    std::fs::write(
        &file,
        "{\"value\":1}\n{\"value\":\"x\",\"value_encoding\":\"base64\"}\n{\"value\":3}\n",
    )
    .unwrap();
    let out = evctl_kafka(&[
        "produce",
        &t,
        "--input",
        "jsonl",
        "--on-error",
        "skip",
        "--file",
    ])
    .arg(&file)
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("events.jsonl:2: value: invalid base64"),
        "{err}"
    );
    assert!(err.contains("1 malformed lines skipped"), "{err}");
    assert_eq!(read_all(&t).len(), 2);
}

#[test]
fn failed_deliveries_are_counted_and_exit_4() {
    let t = topic("nopart", 1);
    // Partitions the topic does not have, named by each envelope (`--partition 7` is refused
    // before anything is read).
    let out = evctl_kafka(&["produce", &t, "--input", "jsonl", "--timeout", "3s"])
        .write_stdin("{\"partition\":7,\"value\":\"a\"}\n{\"partition\":7,\"value\":\"b\"}\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("0 of 2 messages delivered") && err.contains("2 failed"),
        "{err}"
    );
}

#[test]
fn tail_from_offset_tail_count_and_time() {
    let t = topic("from", 1);
    // Ten early records stamped ten minutes ago, two late ones five minutes ago: the time
    // boundary between them lies in the records, not in a pause of the test.
    let now = chrono_like_now_ms();
    let (early, late) = (now - 600_000, now - 300_000);
    let stamped = |name: &str, at: i64| format!("{{\"timestamp\":{at},\"value\":\"{name}\"}}\n");
    let mut input: String = (0..10)
        .map(|i| stamped(&format!("early-{i}"), early))
        .collect();
    input.push_str(&stamped("late-0", late));
    input.push_str(&stamped("late-1", late));
    evctl_kafka(&["produce", &t, "--input", "jsonl"])
        .write_stdin(input)
        .assert()
        .success();
    let boundary = (early + late) / 2;

    let values = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["tail", t.as_str(), "-e"];
        all.extend_from_slice(args);
        let out = evctl_kafka(&all).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        stdout(&out).lines().map(String::from).collect()
    };
    assert_eq!(values(&["--from", "beginning"]).len(), 12);
    assert_eq!(
        values(&["--from", "8"]),
        ["early-8", "early-9", "late-0", "late-1"]
    );
    assert_eq!(values(&["--from", "-3"]), ["early-9", "late-0", "late-1"]);
    assert_eq!(
        values(&["--from", "beginning", "-n", "2"]),
        ["early-0", "early-1"]
    );
    assert_eq!(
        values(&["--from", &format!("@{boundary}")]),
        ["late-0", "late-1"]
    );
    assert!(values(&["--from", "end"]).is_empty());
    // A duration ago: the last hour holds everything.
    assert_eq!(values(&["--from", "1h"]).len(), 12);
}

fn chrono_like_now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

#[test]
fn tail_filters_and_formats() {
    let t = topic("filters", 2);
    let input = concat!(
        "{\"partition\":0,\"key\":\"a\",\"headers\":[{\"key\":\"type\",\"value\":\"order.created\"}],\"value\":{\"amount\":120}}\n",
        "{\"partition\":1,\"key\":\"b\",\"headers\":[{\"key\":\"type\",\"value\":\"order.paid\"}],\"value\":{\"amount\":5}}\n",
        "{\"partition\":1,\"key\":\"a\",\"headers\":[],\"value\":{\"amount\":999}}\n",
    );
    evctl_kafka(&["produce", &t, "--input", "jsonl"])
        .write_stdin(input)
        .assert()
        .success();
    let run = |args: &[&str]| -> String {
        let mut all = vec!["tail", t.as_str(), "--from", "beginning", "-e"];
        all.extend_from_slice(args);
        let out = evctl_kafka(&all).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    let by_key = run(&["--key", "a", "-f", "%k:%s\\n"]);
    assert_eq!(by_key.lines().count(), 2);
    assert!(by_key.lines().all(|l| l.starts_with("a:")));
    assert_eq!(
        run(&["--header", "type=order.paid", "-f", "%p/%o %h\\n"]),
        "1/0 type=order.paid\n"
    );
    assert_eq!(
        run(&["--grep", r#""amount":\d{3}"#, "-f", "%s\\n"])
            .lines()
            .count(),
        2
    );
    assert_eq!(
        run(&["-p", "0", "-f", "%t|%p|%K|%S\\n"]),
        format!("{t}|0|1|14\n")
    );

    let json = run(&["-o", "json", "-p", "0"]);
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["value"]["amount"], 120);
}

#[test]
fn group_tail_commits_what_it_printed_and_resumes() {
    let t = topic("group", 2);
    let input: String = (0..20)
        .map(|i| format!("{{\"partition\":{},\"value\":{i}}}\n", i % 2))
        .collect();
    evctl_kafka(&["produce", &t, "--input", "jsonl"])
        .write_stdin(input)
        .assert()
        .success();
    let g = unique("grp");
    let first = evctl_kafka(&["tail", &t, "--group", &g, "--from", "beginning", "-n", "5"])
        .output()
        .unwrap();
    assert!(first.status.success(), "{}", stderr(&first));
    assert_eq!(stdout(&first).lines().count(), 5);
    let rest = evctl_kafka(&["tail", &t, "--group", &g, "--from", "beginning", "-e"])
        .output()
        .unwrap();
    assert!(rest.status.success(), "{}", stderr(&rest));
    let mut all: Vec<i64> = stdout(&first)
        .lines()
        .chain(stdout(&rest).lines())
        .map(|l| l.parse().unwrap())
        .collect();
    all.sort_unstable();
    assert_eq!(
        all,
        (0..20).collect::<Vec<_>>(),
        "each message once across the two runs"
    );
}

#[test]
fn topics_create_describe_list() {
    let name = unique("admin");
    evctl_kafka(&["topics", "create", &name, "--partitions", "4"])
        .assert()
        .success();
    let again = evctl_kafka(&["topics", "create", &name]).output().unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("already exists"));

    evctl_kafka(&["produce", &name, "--partition", "2"])
        .write_stdin("x\ny\n")
        .assert()
        .success();
    let out = evctl_kafka(&["topics", "describe", &name, "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let d: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(d["name"], name.as_str());
    assert_eq!(d["partitions"].as_array().unwrap().len(), 4);
    assert_eq!(d["partitions"][2]["high_watermark"], 2);
    assert_eq!(d["partitions"][2]["messages"], 2);
    assert_eq!(d["partitions"][0]["messages"], 0);

    let list = evctl_kafka(&["topics", "list", "-o", "json"])
        .output()
        .unwrap();
    let topics: Value = serde_json::from_str(&stdout(&list)).unwrap();
    let entry = topics
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == name.as_str())
        .unwrap();
    assert_eq!(entry["partitions"], 4);
    assert_eq!(entry["messages"], 2);
    let text = evctl_kafka(&["topics", "list"]).output().unwrap();
    assert!(text.status.success(), "{}", stderr(&text));
    assert!(stdout(&text).starts_with("TOPIC"));
}

/// Other tests and people delete topics while a listing is under way: a topic gone between
/// the metadata and the offsets answer is left out, not an error (it failed `.ci/run` once).
#[test]
fn topics_list_survives_topics_deleted_meanwhile() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    let done = Arc::new(AtomicBool::new(false));
    let deleted = Arc::new(AtomicUsize::new(0));
    let churn = {
        let (done, deleted) = (done.clone(), deleted.clone());
        std::thread::spawn(move || {
            while !done.load(Ordering::Relaxed) {
                let name = topic("churn", 1);
                evctl_kafka(&["topics", "delete", &name]).assert().success();
                deleted.fetch_add(1, Ordering::Relaxed);
            }
        })
    };
    let mut lists = 0;
    while lists < 10 || deleted.load(Ordering::Relaxed) < 10 {
        let out = evctl_kafka(&["topics", "list", "-o", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_str::<Value>(&stdout(&out)).unwrap();
        lists += 1;
    }
    done.store(true, Ordering::Relaxed);
    churn.join().unwrap();
}

#[test]
fn topics_delete_removes_that_topic_only() {
    let doomed = topic("doomed", 1);
    let kept = topic("kept", 1);
    evctl_kafka(&["topics", "delete", &doomed])
        .assert()
        .success();
    let gone = evctl_kafka(&["topics", "describe", &doomed])
        .output()
        .unwrap();
    assert_eq!(gone.status.code(), Some(2), "{}", stderr(&gone));
    evctl_kafka(&["topics", "describe", &kept])
        .assert()
        .success();
    let missing = evctl_kafka(&["topics", "delete", &doomed])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn unreachable_broker_names_the_address_within_the_timeout() {
    for args in [
        vec!["produce", "t", "--value", "x"],
        vec!["tail", "t", "-e"],
        vec!["topics", "list"],
    ] {
        let start = Instant::now();
        let out = evctl()
            .args(["-b", "127.0.0.1:1", "--timeout", "2s"])
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains("cannot reach Kafka at 127.0.0.1:1 within 2s"),
            "{err}"
        );
        // The timeout is 2 s; leave room for process start-up on a loaded machine.
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "{args:?} took {:?}",
            start.elapsed()
        );
    }
}

#[test]
fn closed_pipe_exits_zero_quietly() {
    let t = topic("pipe", 1);
    let input: String = (0..5000).map(|i| format!("{i}\n")).collect();
    evctl_kafka(&["produce", &t])
        .write_stdin(input)
        .assert()
        .success();
    let cmd = format!(
        "{} -b {} tail {t} --from beginning | head -n 3",
        common::evctl_shell(),
        kafka()
    );
    let out = std::process::Command::new("bash")
        .args(["-o", "pipefail", "-c", &cmd])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "0\n1\n2\n");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn ctrl_c_stops_a_following_tail_with_130() {
    let t = topic("sigint", 1);
    evctl_kafka(&["produce", &t, "--value", "before"])
        .assert()
        .success();
    let child = spawn_evctl(&["-b", &kafka(), "tail", &t, "--from", "beginning"]);
    // Once the line is out, it is following the topic.
    let out = common::signal_when(child, "INT", |lines| !lines.is_empty());
    assert_eq!(
        out.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "before\n",
        "printed before stopping"
    );
}

/// SIGTERM (what a process manager sends) stops a tail in a group as Ctrl-C does: what it read
/// is written and committed, and it exits 143 rather than dying on the signal.
#[test]
fn sigterm_stops_a_group_tail_cleanly_with_143() {
    let t = topic("sigterm", 1);
    evctl_kafka(&["produce", &t])
        .write_stdin("a\nb\nc\n")
        .assert()
        .success();
    let group = unique("sigterm-group");
    let child = spawn_evctl(&[
        "-b",
        &kafka(),
        "tail",
        &t,
        "--group",
        &group,
        "--from",
        "beginning",
    ]);
    // It writes what it read once the topic goes quiet: three lines say it is following.
    let out = common::signal_when(child, "TERM", |lines| lines.len() >= 3);
    assert_eq!(stdout(&out), "a\nb\nc\n");
    assert_eq!(out.status.code(), Some(143), "{}", stderr(&out));
    assert_eq!(common::committed_offset(&group, &t, 0), Some(3));
}

/// Each record's partition by key, read back from `topic`.
fn partitions_by_key(topic: &str) -> std::collections::BTreeMap<String, i64> {
    read_all(topic)
        .iter()
        .map(|r| {
            (
                r["key"].as_str().unwrap().to_string(),
                r["partition"].as_i64().unwrap(),
            )
        })
        .collect()
}

/// A key goes to the partition Kafka's own Java producer (the console producer from the
/// broker's jars) picks for it, as `dlq replay` sends it; `--partitioner crc32` places keys as
/// kcat and other librdkafka clients do, somewhere else.
#[test]
fn keys_go_where_kafkas_java_producer_puts_them() {
    use std::io::Write;
    let lines: String = (0..40).map(|i| format!("customer-{i}:v{i}\n")).collect();
    let by_java = topic("java-keys", 6);
    let mut java = std::process::Command::new("java")
        .arg("-cp")
        .arg(format!("{}/*", common::kafka_jars().display()))
        .args([
            "org.apache.kafka.tools.ConsoleProducer",
            "--bootstrap-server",
        ])
        .arg(kafka())
        .args(["--topic", &by_java])
        .args([
            "--property",
            "parse.key=true",
            "--property",
            "key.separator=:",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("java runs Kafka's console producer");
    java.stdin
        .take()
        .unwrap()
        .write_all(lines.as_bytes())
        .unwrap();
    let done = java.wait_with_output().unwrap();
    assert!(done.status.success(), "{}", stderr(&done));
    let java_placed = partitions_by_key(&by_java);
    assert_eq!(java_placed.len(), 40);

    let by_evctl = topic("evctl-keys", 6);
    evctl_kafka(&["produce", &by_evctl, "-K", ":"])
        .write_stdin(lines.clone())
        .assert()
        .success();
    assert_eq!(partitions_by_key(&by_evctl), java_placed);

    let by_crc32 = topic("crc32-keys", 6);
    evctl_kafka(&["produce", &by_crc32, "-K", ":", "--partitioner", "crc32"])
        .write_stdin(lines)
        .assert()
        .success();
    let crc32_placed = partitions_by_key(&by_crc32);
    assert_eq!(crc32_placed.len(), 40);
    assert_ne!(crc32_placed, java_placed);
}

#[test]
fn every_compression_codec_round_trips() {
    let t = topic("codecs", 1);
    for codec in ["none", "gzip", "snappy", "lz4", "zstd"] {
        evctl_kafka(&["produce", &t, "--compression", codec, "--value", codec])
            .assert()
            .success();
    }
    let values: Vec<Value> = read_all(&t)
        .into_iter()
        .map(|r| r["value"].clone())
        .collect();
    assert_eq!(values, ["none", "gzip", "snappy", "lz4", "zstd"]);
}

#[test]
fn rate_spaces_messages_out() {
    let t = topic("rate", 1);
    let start = Instant::now();
    evctl_kafka(&["produce", &t, "--rate", "20"])
        .write_stdin("1\n2\n3\n4\n5\n6\n")
        .assert()
        .success();
    // Six messages at 20 per second: the last is due 250 ms after the first.
    assert!(
        start.elapsed() >= Duration::from_millis(250),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(read_all(&t).len(), 6);
}

#[test]
fn forced_colour_gives_the_readable_form_into_a_pipe() {
    let t = topic("colour", 1);
    evctl_kafka(&[
        "produce",
        &t,
        "--key",
        "o-1",
        "--value",
        r#"{"total":"19.00"}"#,
    ])
    .assert()
    .success();
    let out = evctl_kafka(&["tail", &t, "--from", "beginning", "-e", "--color", "always"])
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(text.contains(&format!("\x1b[36m{t}/0\x1b[0m")), "{text:?}");
    assert!(text.contains("{\n  \"total\": \"19.00\"\n}"), "{text:?}");
    let plain = evctl_kafka(&["tail", &t, "--from", "beginning", "-e"])
        .output()
        .unwrap();
    assert_eq!(stdout(&plain), "{\"total\":\"19.00\"}\n");
}

#[test]
fn environment_brokers_yield_to_the_flag_and_quiet_silences_the_summary() {
    let t = topic("env", 1);
    let out = evctl()
        .env("EVCTL_BROKERS", "127.0.0.1:1")
        .args(["-b", &kafka(), "-q", "produce", &t, "--value", "x"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    let out = evctl()
        .env("EVCTL_BROKERS", "127.0.0.1:1")
        .args(["--timeout", "1s", "topics", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("127.0.0.1:1"), "{}", stderr(&out));
}

#[test]
fn debug_logging_does_not_count_as_undelivered_messages() {
    // librdkafka's queue length counts log events too; with -vv they once showed up as
    // thousands of "not acknowledged" messages and a run that waited out its timeout.
    let t = topic("verbose", 1);
    let out = evctl_kafka(&["-vv", "--timeout", "5s", "produce", &t, "--value", "x"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains(&format!("evctl: 1 of 1 messages delivered to {t}\n")),
        "{}",
        &err[err.len().saturating_sub(500)..]
    );
}

/// Topic sizes are what Kafka's own log-dirs tool (`LogDirsCommand`, from the broker's jars)
/// reports, per partition in `topics describe` and summed in `topics list`.
#[test]
fn topic_sizes_match_kafkas_log_dirs_tool() {
    let t = topic("sizes", 3);
    let input: String = (0..3000)
        .map(|i| format!("{{\"partition\":{},\"value\":{{\"n\":{i}}}}}\n", i % 2))
        .collect();
    evctl_kafka(&["produce", &t, "--input", "jsonl"])
        .write_stdin(input)
        .assert()
        .success();

    let tool = std::process::Command::new("java")
        .arg("-cp")
        .arg(format!("{}/*", common::kafka_jars().display()))
        .args([
            "org.apache.kafka.tools.LogDirsCommand",
            "--bootstrap-server",
        ])
        .arg(kafka())
        .args(["--describe", "--topic-list", &t])
        .output()
        .expect("java runs Kafka's log-dirs tool");
    assert!(tool.status.success(), "{}", stderr(&tool));
    let report: Value = stdout(&tool)
        .lines()
        .find_map(|l| serde_json::from_str(l).ok())
        .expect("the tool's JSON line");
    let mut by_kafka = [0i64; 3];
    for broker in report["brokers"].as_array().unwrap() {
        for dir in broker["logDirs"].as_array().unwrap() {
            for p in dir["partitions"].as_array().unwrap() {
                let name = p["partition"].as_str().unwrap();
                let index: usize = name.rsplit_once('-').unwrap().1.parse().unwrap();
                by_kafka[index] += p["size"].as_i64().unwrap();
            }
        }
    }
    assert!(
        by_kafka[0] > 0 && by_kafka[1] > 0 && by_kafka[2] == 0,
        "{report}"
    );

    let out = evctl_kafka(&["topics", "describe", &t, "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let described: Value = serde_json::from_slice(&out.stdout).unwrap();
    let by_evctl: Vec<i64> = described["partitions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["size_bytes"].as_i64().unwrap())
        .collect();
    assert_eq!(by_evctl, by_kafka);

    let out = evctl_kafka(&["topics", "list", "-o", "json"])
        .output()
        .unwrap();
    let listed: Value = serde_json::from_slice(&out.stdout).unwrap();
    let entry = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == t.as_str())
        .unwrap();
    assert_eq!(entry["size_bytes"], by_kafka.iter().sum::<i64>());
}
