//! `evctl dlq inspect|replay` on Kafka: the Apache Kafka broker of `scripts/brokers up`.

mod common;

use std::time::{Duration, Instant};

use base64::Engine;
use common::{
    evctl, evctl_kafka, kafka, produce_envelopes, read_all, stderr, stdout, topic, unique,
};
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::{Offset, TopicPartitionList};
use serde_json::{Value, json};

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn text(key: &str, value: &str) -> Value {
    json!({"key": key, "value": value})
}

fn binary(key: &str, value: &[u8]) -> Value {
    json!({"key": key, "value": b64(value), "value_encoding": "base64"})
}

/// A record as Spring Kafka's DeadLetterPublishingRecoverer writes it.
fn spring(origin: &str, partition: i32, offset: i64, key: &str, value: Value) -> Value {
    json!({
        "key": key,
        "headers": [
            text("trace-id", &format!("t-{key}")),
            text("kafka_dlt-original-topic", origin),
            binary("kafka_dlt-original-partition", &partition.to_be_bytes()),
            binary("kafka_dlt-original-offset", &offset.to_be_bytes()),
            binary("kafka_dlt-original-timestamp", &1_763_769_600_000i64.to_be_bytes()),
            text("kafka_dlt-exception-fqcn", "com.acme.OrderRejected"),
            text("kafka_dlt-exception-message", "no such customer"),
        ],
        "value": value,
    })
}

/// A record as a Kafka Connect sink's dead-letter queue writes it (numbers as text).
fn connect(origin: &str, partition: i32, key: &str, value: Value) -> Value {
    json!({
        "key": key,
        "headers": [
            text("__connect.errors.topic", origin),
            text("__connect.errors.partition", &partition.to_string()),
            text("__connect.errors.offset", "17"),
            text("__connect.errors.exception.class.name", "org.apache.kafka.connect.errors.DataException"),
        ],
        "value": value,
    })
}

fn header<'a>(record: &'a Value, key: &str) -> Option<&'a Value> {
    record["headers"]
        .as_array()?
        .iter()
        .find(|h| h["key"] == key)
        .map(|h| &h["value"])
}

fn committed(group: &str, topic: &str) -> Option<i64> {
    common::committed_offset(group, topic, 0)
}

#[test]
fn spring_and_connect_records_go_back_to_their_origin() {
    let orders = topic("orders", 2);
    let other = topic("other", 1);
    let dlq = topic("orders-dlt", 1);
    let mut malformed = spring(&orders, 0, 5, "k-bad", json!({"n": 6}));
    malformed["headers"][2] = binary("kafka_dlt-original-partition", &[0, 1]);
    let mut looping = spring(&orders, 0, 6, "k-loop", json!({"n": 7}));
    looping["headers"]
        .as_array_mut()
        .unwrap()
        .push(text("evctl-replay-count", "3"));
    produce_envelopes(
        &dlq,
        &[
            spring(&orders, 1, 10, "k1", json!({"n": 1})),
            spring(&orders, 0, 11, "k2", json!({"n": 2})),
            connect(&orders, 1, "k3", json!({"n": 3})),
            json!({"key": "k-none", "value": {"n": 4}}),
            connect(&orders, 0, "k5", json!({"n": 5})),
            malformed,
            looping,
        ],
    );

    let out = evctl_kafka(&["dlq", "inspect", &dlq, "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["messages"], 7, "{report}");
    assert_eq!(report["by_convention"]["spring-kafka"], 3, "{report}");
    assert_eq!(report["by_convention"]["kafka-connect"], 2, "{report}");
    assert_eq!(report["by_origin"][format!("{orders}/1")], 2, "{report}");
    assert_eq!(report["by_error"]["com.acme.OrderRejected"], 3, "{report}");
    assert_eq!(
        report["malformed"][0],
        format!(
            "{dlq}/0@5: header kafka_dlt-original-partition: 2 bytes, expected a 4-byte \
             big-endian number"
        )
    );
    assert_eq!(report["samples"][0]["dead_letter"]["offset"], 10);

    // A target that does not exist stops the replay before anything is read.
    let group = unique("replay");
    let missing = evctl_kafka(&[
        "dlq",
        "replay",
        &dlq,
        "--group",
        &group,
        "--to",
        &unique("nope"),
    ])
    .output()
    .unwrap();
    assert_eq!(missing.status.code(), Some(2), "{}", stderr(&missing));
    assert_eq!(committed(&group, &dlq), None);
    assert!(read_all(&orders).is_empty());

    // The dry run prints the plan and changes nothing.
    let plan = evctl_kafka(&["dlq", "replay", &dlq, "--group", &group, "--dry-run"])
        .output()
        .unwrap();
    assert_eq!(plan.status.code(), Some(4), "{}", stderr(&plan));
    assert!(
        stdout(&plan).contains(&format!("{dlq}/0@0 -> {orders}/1  key k1")),
        "{}",
        stdout(&plan)
    );
    assert_eq!(committed(&group, &dlq), None);
    assert!(read_all(&orders).is_empty());

    let run = evctl_kafka(&["dlq", "replay", &dlq, "--group", &group, "-o", "json"])
        .output()
        .unwrap();
    // Exit 4: three records were left in the DLQ for a reason, each named on stderr.
    assert_eq!(run.status.code(), Some(4), "{}", stderr(&run));
    let err = stderr(&run);
    assert!(
        err.contains(&format!("{dlq}/0@3: left in the DLQ: no origin")),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{dlq}/0@5: left in the DLQ: header kafka_dlt-original-partition"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{dlq}/0@6: left in the DLQ: already replayed 3 times"
        )),
        "{err}"
    );
    let summary: Value = serde_json::from_str(&stdout(&run)).unwrap();
    assert_eq!(summary["replayed"], 4, "{summary}");
    assert_eq!(summary["by_target"][&orders], 4, "{summary}");
    assert_eq!(summary["failed"], 0, "{summary}");
    assert_eq!(committed(&group, &dlq), Some(7));

    let mut back = read_all(&orders);
    back.sort_by_key(|r| r["value"]["n"].as_i64());
    let seen: Vec<(i64, i64, &str)> = back
        .iter()
        .map(|r| {
            (
                r["value"]["n"].as_i64().unwrap(),
                r["partition"].as_i64().unwrap(),
                r["key"].as_str().unwrap(),
            )
        })
        .collect();
    // Back on the partitions they failed on, keys and values as they were.
    assert_eq!(
        seen,
        vec![(1, 1, "k1"), (2, 0, "k2"), (3, 1, "k3"), (5, 0, "k5")]
    );
    let first = &back[0];
    assert_eq!(header(first, "trace-id"), Some(&json!("t-k1")));
    assert_eq!(header(first, "kafka_dlt-original-topic"), None);
    assert_eq!(header(first, "evctl-replay-count"), Some(&json!(1)));
    assert_eq!(
        header(first, "evctl-replayed-from"),
        Some(&json!(format!("{dlq}/0@0")))
    );
    assert!(header(first, "evctl-replayed-at").is_some());

    // Run again: the group's offset says all of it was handled.
    let again = evctl_kafka(&["dlq", "replay", &dlq, "--group", &group, "-o", "json"])
        .output()
        .unwrap();
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(read_all(&orders).len(), 4);

    // An explicit target takes what has no origin, from an explicit offset.
    let to = evctl_kafka(&[
        "dlq",
        "replay",
        &dlq,
        "--group",
        &unique("replay-to"),
        "--to",
        &other,
        "--from",
        "3",
        "--limit",
        "1",
    ])
    .output()
    .unwrap();
    assert!(to.status.success(), "{}", stderr(&to));
    let moved = read_all(&other);
    assert_eq!(moved.len(), 1);
    assert_eq!(moved[0]["key"], "k-none");
}

/// The values of every record of partition 0 of `topic`, read up to its high watermark (with
/// `read_committed`, up to its last stable offset).
fn read_to_end(topic: &str, isolation: &str) -> Vec<i64> {
    use rdkafka::Message;
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", kafka())
        .set("group.id", "evctl-test-reader")
        .set("isolation.level", isolation)
        .set("enable.partition.eof", "true")
        .create()
        .unwrap();
    let mut tpl = TopicPartitionList::new();
    tpl.add_partition_offset(topic, 0, Offset::Beginning)
        .unwrap();
    consumer.assign(&tpl).unwrap();
    let mut values = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        assert!(Instant::now() < deadline, "{topic}: no end after 60 s");
        match consumer.poll(Duration::from_millis(100)) {
            Some(Ok(m)) => {
                let text = std::str::from_utf8(m.payload().unwrap()).unwrap();
                values.push(text.parse().unwrap());
            }
            Some(Err(rdkafka::error::KafkaError::PartitionEOF(_))) => return values,
            _ => {}
        }
    }
}

/// What a killed and rerun replay left: the target topic, what a reader of it with the isolation
/// asked for sees, and the offset the group had committed at the kill.
struct Killed {
    target: String,
    seen: Vec<i64>,
    at_kill: i64,
}

/// Replays 50,000 dead-lettered records (`extra` flags added; `first` only to the first run),
/// SIGKILLs the replay once the target's end offset reaches `kill_at` (no chance to commit),
/// runs it again to the end, and reads the target with `isolation`.
fn killed_and_rerun(extra: &[&str], first: &[&str], kill_at: i64, isolation: &str) -> Killed {
    let broker = kafka();
    let target = topic("replay-target", 1);
    let dlq = topic("replay-dlq", 1);
    let lines: String = (0..KILLED_N)
        .map(|i| {
            format!(
                "{}\n",
                spring(&target, 0, i as i64, &format!("k{i}"), json!(i))
            )
        })
        .collect();
    evctl()
        .args(["-b", &broker, "--timeout", "60s"])
        .args(["produce", &dlq, "--input", "jsonl"])
        .write_stdin(lines)
        .assert()
        .success();
    let group = unique("killed");
    let mut args = vec![
        "-b", &broker, "dlq", "replay", &dlq, "--group", &group, "--window", "1000", "-q",
    ];
    args.extend_from_slice(extra);
    let mut child = common::evctl_process()
        .args(&args)
        .args(first)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill once part of it is through. The end offset a read_uncommitted client sees counts
    // the records of an open transaction too: killing there leaves one behind. A transaction
    // is the window's 1,000 records and its commit marker, 1,001 offsets: a transactional run
    // is killed well inside one (a loaded machine once saw the end offset only after the
    // commit, and the kill then left nothing open).
    let transactional = extra.contains(&"--transactional");
    let inside = |high: i64| !transactional || (100..=700).contains(&(high % 1001));
    let watcher: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", &broker)
        .set("isolation.level", "read_uncommitted")
        .create()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let (_, high) = watcher
            .fetch_watermarks(&target, 0, Duration::from_secs(5))
            .unwrap();
        if high >= kill_at && inside(high) {
            break;
        }
        assert!(Instant::now() < deadline, "the replay did not get going");
        std::thread::sleep(Duration::from_millis(10));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let at_kill = committed(&group, &dlq).unwrap_or(0);
    assert!(
        at_kill < KILLED_N as i64,
        "killed after it finished: not a test of a kill"
    );
    let rerun = evctl().args(&args).output().unwrap();
    assert!(rerun.status.success(), "{}", stderr(&rerun));
    Killed {
        seen: read_to_end(&target, isolation),
        target,
        at_kill,
    }
}

const KILLED_N: usize = 50_000;

/// Without `--transactional`: every record reaches the target, duplicates at most the window.
#[test]
fn a_killed_replay_loses_nothing_and_duplicates_at_most_its_window() {
    const WINDOW: usize = 1000;
    let Killed {
        seen: all, at_kill, ..
    } = killed_and_rerun(&[], &[], 5_000, "read_uncommitted");
    let mut seen = vec![0u32; KILLED_N];
    for v in &all {
        seen[usize::try_from(*v).unwrap()] += 1;
    }
    let lost = seen.iter().filter(|&&n| n == 0).count();
    assert_eq!(lost, 0, "{lost} records never reached the target");
    let duplicates = all.len() - KILLED_N;
    assert!(
        duplicates <= WINDOW,
        "{duplicates} duplicates, more than the window of {WINDOW}"
    );
    eprintln!(
        "committed {at_kill} of {KILLED_N} when killed; {duplicates} duplicates after the rerun"
    );
}

/// With `--transactional`: the killed run's open transaction is aborted when the rerun starts
/// (same transactional id), so a `read_committed` reader of the target sees every record
/// exactly once, in the DLQ's order. The first run is slowed to 5,000 a second and killed
/// halfway through its sixth transaction of 1,000, so an aborted transaction is certain; `tail`
/// hides its records by default and shows them with `--isolation read_uncommitted`.
#[test]
fn a_killed_transactional_replay_delivers_each_record_exactly_once_in_order() {
    let killed = killed_and_rerun(
        &["--transactional"],
        &["--rate", "5000"],
        5_500,
        "read_committed",
    );
    let expected: Vec<i64> = (0..KILLED_N as i64).collect();
    assert!(
        killed.seen == expected,
        "{} records seen (expected {KILLED_N}); first difference at {:?}",
        killed.seen.len(),
        killed.seen.iter().zip(&expected).position(|(a, b)| a != b)
    );
    let aborted = read_to_end(&killed.target, "read_uncommitted").len() - KILLED_N;
    assert!(aborted > 0, "the kill left no open transaction to abort");
    let tailed = |extra: &[&str]| {
        let mut args = vec!["tail", killed.target.as_str(), "--from", "beginning", "-e"];
        args.extend_from_slice(extra);
        let out = evctl_kafka(&args).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out).lines().count()
    };
    assert_eq!(tailed(&[]), KILLED_N, "tail reads committed records only");
    assert_eq!(
        tailed(&["--isolation", "read_uncommitted"]),
        KILLED_N + aborted,
        "--isolation read_uncommitted shows the aborted records too"
    );
    eprintln!(
        "committed {} of {KILLED_N} when killed; {aborted} aborted records hidden; exactly \
         once after the rerun",
        killed.at_kill
    );
}

/// `--transactional` on the real broker: each window is one transaction, and a
/// `read_committed` reader of the target sees every record once, in order.
#[test]
fn transactional_replay_delivers_each_record_once_in_order() {
    const N: i64 = 100;
    let target = topic("tx-orders", 1);
    let dlq = topic("tx-orders-dlt", 1);
    let records: Vec<Value> = (0..N)
        .map(|i| spring(&target, 0, i, &format!("k{i}"), json!(i)))
        .collect();
    produce_envelopes(&dlq, &records);

    let out = evctl_kafka(&["dlq", "replay", &dlq, "--transactional"])
        .args([
            "--group",
            &unique("tx-replay"),
            "--window",
            "30",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let summary: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(summary["replayed"], N, "{summary}");

    let expected: Vec<i64> = (0..N).collect();
    assert_eq!(
        read_to_end(&target, "read_committed"),
        expected,
        "each record once, in order"
    );
}
