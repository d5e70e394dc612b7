//! `evctl dlq inspect|replay` on dead-letter records that the frameworks themselves wrote: Spring
//! for Apache Kafka's DeadLetterPublishingRecoverer, a Kafka Connect standalone worker with
//! `errors.tolerance=all`, and Kafka Streams' dead-letter queue (KIP-1034). The frameworks run
//! from Maven Central's jars (`scripts/dlq-producers`); the broker is `scripts/brokers up`'s.

mod common;

use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use common::{evctl_kafka, kafka, stderr, stdout, topic, unique};
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::{Header, Headers, Message, OwnedHeaders};
use rdkafka::producer::{BaseRecord, DefaultProducerContext, Producer, ThreadedProducer};
use rdkafka::{Offset, TopicPartitionList};
use serde_json::Value;

/// How long a framework may take to start and dead-letter a handful of records.
const FRAMEWORK_DEADLINE: Duration = Duration::from_secs(180);

/// A record as the tests write it to an origin topic and expect it back after a replay.
#[derive(Clone, Debug, PartialEq)]
struct Raw {
    partition: i32,
    key: Vec<u8>,
    value: Vec<u8>,
    headers: Vec<(String, Vec<u8>)>,
}

/// Six records over two partitions. Three fail in every framework: their value is not JSON
/// (Connect's JsonConverter and the Streams serde reject it) and says "reject" (the Spring
/// listener throws on it). Keys and one header are not UTF-8, so a replay that is not
/// byte-exact shows.
fn originals() -> Vec<Raw> {
    (0u8..6)
        .map(|i| {
            let fails = i % 2 == 1;
            let value = if fails {
                format!("{{\"n\":{i},\"reject\":true").into_bytes()
            } else {
                format!("{{\"n\":{i}}}").into_bytes()
            };
            Raw {
                partition: i32::from(i / 3),
                key: vec![b'k', 0xff, i],
                value,
                headers: vec![
                    ("trace-id".to_string(), format!("t-{i}").into_bytes()),
                    ("blob".to_string(), vec![0x00, 0xfe, 0x80, i]),
                ],
            }
        })
        .collect()
}

fn failing(records: &[Raw]) -> Vec<&Raw> {
    records
        .iter()
        .filter(|r| r.value.ends_with(b"true"))
        .collect()
}

/// Writes `records` to `topic`, each to its partition, and returns each partition's end offset
/// after them (where a replay's records will start).
fn write(topic: &str, records: &[Raw]) -> [i64; 2] {
    let producer: ThreadedProducer<DefaultProducerContext> = ClientConfig::new()
        .set("bootstrap.servers", kafka())
        .set("enable.idempotence", "true")
        .create()
        .expect("a producer");
    for r in records {
        let mut headers = OwnedHeaders::new();
        for (k, v) in &r.headers {
            headers = headers.insert(Header {
                key: k,
                value: Some(v),
            });
        }
        producer
            .send(
                BaseRecord::to(topic)
                    .partition(r.partition)
                    .key(&r.key)
                    .payload(&r.value)
                    .headers(headers),
            )
            .map_err(|(e, _)| e)
            .expect("queued");
    }
    producer.flush(Duration::from_secs(30)).expect("delivered");
    let counts = |p: i32| records.iter().filter(|r| r.partition == p).count() as i64;
    [counts(0), counts(1)]
}

/// A client for reading metadata and watermarks.
fn watcher() -> BaseConsumer {
    ClientConfig::new()
        .set("bootstrap.servers", kafka())
        .create()
        .expect("a consumer")
}

/// Each partition's end offset; empty while the topic does not exist.
fn end_offsets_with(consumer: &BaseConsumer, topic: &str) -> Vec<i64> {
    let metadata = consumer
        .fetch_metadata(Some(topic), Duration::from_secs(10))
        .expect("metadata");
    let described = &metadata.topics()[0];
    if described.error().is_some() {
        return Vec::new();
    }
    (0..described.partitions().len() as i32)
        .map(|p| {
            consumer
                .fetch_watermarks(topic, p, Duration::from_secs(10))
                .map(|(_, high)| high)
                .unwrap_or(0)
        })
        .collect()
}

fn end_offsets(topic: &str) -> Vec<i64> {
    end_offsets_with(&watcher(), topic)
}

/// Waits until `topic` exists and holds `count` records in all, or the framework (`child`)
/// ends, or the deadline passes.
fn wait_for_records(topic: &str, count: i64, child: &mut Child) {
    let start = Instant::now();
    let consumer = watcher();
    loop {
        if end_offsets_with(&consumer, topic).iter().sum::<i64>() >= count {
            return;
        }
        if let Some(status) = child.try_wait().expect("the framework's status")
            && !status.success()
        {
            panic!("the framework exited with {status} before {topic} held {count} records");
        }
        assert!(
            start.elapsed() < FRAMEWORK_DEADLINE,
            "{topic} did not reach {count} records within {FRAMEWORK_DEADLINE:?}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Reads `count` records of `topic`/`partition` from `from`.
fn read(topic: &str, partition: i32, from: i64, count: usize) -> Vec<Raw> {
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", kafka())
        .set("group.id", unique("frameworks-reader"))
        .set("enable.auto.commit", "false")
        .create()
        .expect("a consumer");
    let mut tpl = TopicPartitionList::new();
    tpl.add_partition_offset(topic, partition, Offset::Offset(from))
        .expect("an offset");
    consumer.assign(&tpl).expect("assigned");
    let start = Instant::now();
    let mut out = Vec::new();
    while out.len() < count {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "{topic}/{partition}: {} of {count} records from offset {from}",
            out.len()
        );
        let Some(message) = consumer.poll(Duration::from_millis(200)) else {
            continue;
        };
        let message = message.expect("a record");
        let headers = message
            .headers()
            .map(|h| {
                h.iter()
                    .map(|h| (h.key.to_string(), h.value.unwrap_or_default().to_vec()))
                    .collect()
            })
            .unwrap_or_default();
        out.push(Raw {
            partition,
            key: message.key().unwrap_or_default().to_vec(),
            value: message.payload().unwrap_or_default().to_vec(),
            headers,
        });
    }
    out
}

/// The classpath of the frameworks and of tests/peers/dlq-producers/src, built once.
fn classpath() -> &'static str {
    static CLASSPATH: OnceLock<String> = OnceLock::new();
    CLASSPATH.get_or_init(|| {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/dlq-producers");
        let out = Command::new(script)
            .arg("classpath")
            .output()
            .expect("scripts/dlq-producers runs");
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out).trim().to_string()
    })
}

/// A JVM running `class` of the frameworks' classpath; its log goes to the test's stderr.
fn java(class: &str, args: &[&str]) -> Child {
    let log4j = common::brokers_state().join("log4j2.properties");
    Command::new("java")
        .arg("-Xmx256m")
        .arg("-Devctl.log.level=ERROR")
        .arg(format!("-Dlog4j2.configurationFile={}", log4j.display()))
        .args(["-cp", classpath(), class])
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("java runs")
}

fn stop(mut child: Child) {
    // SIGTERM: Connect and Streams close cleanly on it.
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let _ = child.wait();
}

/// `dlq inspect` sees every failed record as `convention`'s and names its origin; `dlq replay`
/// sends each back to the partition it failed on, with key, value and the other headers
/// byte-equal to what was first written.
fn inspect_and_replay(origin: &str, dlq: &str, convention: &str, written_ends: [i64; 2]) {
    let records = originals();
    let failed = failing(&records);

    let out = evctl_kafka(&["dlq", "inspect", dlq, "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["messages"], 3, "{report}");
    assert_eq!(report["by_convention"][convention], 3, "{report}");
    assert_eq!(report["malformed"], serde_json::json!([]), "{report}");
    let by_origin = |p: i32| failed.iter().filter(|r| r.partition == p).count();
    assert_eq!(
        report["by_origin"][format!("{origin}/0")],
        by_origin(0),
        "{report}"
    );
    assert_eq!(
        report["by_origin"][format!("{origin}/1")],
        by_origin(1),
        "{report}"
    );
    let mut origins: Vec<(i64, i64)> = report["samples"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let d = &s["dead_letter"];
            assert_eq!(d["convention"], convention, "{s}");
            assert_eq!(d["topic"], origin, "{s}");
            (
                d["partition"].as_i64().unwrap(),
                d["offset"].as_i64().unwrap(),
            )
        })
        .collect();
    origins.sort_unstable();
    // Offsets 1 of partition 0, and 0 and 2 of partition 1: where the failing records went.
    assert_eq!(origins, vec![(0, 1), (1, 0), (1, 2)], "{report}");

    let group = unique("frameworks-replay");
    let run = evctl_kafka(&["dlq", "replay", dlq, "--group", &group, "-o", "json"])
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", stderr(&run));
    let summary: Value = serde_json::from_str(&stdout(&run)).unwrap();
    assert_eq!(summary["replayed"], 3, "{summary}");
    assert_eq!(summary["by_target"][origin], 3, "{summary}");

    for partition in 0..2 {
        let expected: Vec<&Raw> = failed
            .iter()
            .copied()
            .filter(|r| r.partition == partition)
            .collect();
        let mut back = read(
            origin,
            partition,
            written_ends[partition as usize],
            expected.len(),
        );
        for r in &mut back {
            let evctl_headers = r
                .headers
                .iter()
                .filter(|(k, _)| k.starts_with("evctl-replay"))
                .count();
            assert_eq!(evctl_headers, 3, "{:?}", r.headers);
            r.headers.retain(|(k, _)| !k.starts_with("evctl-replay"));
        }
        let expected: Vec<Raw> = expected.into_iter().cloned().collect();
        assert_eq!(back, expected, "{origin}/{partition}");
    }
    assert_eq!(
        end_offsets(origin),
        vec![
            written_ends[0] + by_origin(0) as i64,
            written_ends[1] + by_origin(1) as i64
        ],
        "nothing more than the failed records came back"
    );
}

#[test]
fn spring_kafka_dead_letters_go_back_where_they_failed() {
    let origin = topic("spring-orders", 2);
    // Spring's default destination: the same partition of `<topic>-dlt`, which must exist.
    let dlq = format!("{origin}-dlt");
    evctl_kafka(&["topics", "create", &dlq, "--partitions", "2"])
        .assert()
        .success();
    let ends = write(&origin, &originals());

    let group = unique("spring-listener");
    let mut spring = java("SpringDeadLetters", &[&kafka(), &origin, &group, "6"]);
    let status = spring.wait().expect("the Spring listener ends");
    assert!(status.success(), "SpringDeadLetters: {status}");
    wait_for_records(&dlq, 3, &mut spring);

    let out = evctl_kafka(&["dlq", "inspect", &dlq, "-o", "json"])
        .output()
        .unwrap();
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    // The listener's exception, not Spring's wrapper around it.
    assert_eq!(
        report["by_error"]["java.lang.IllegalArgumentException"], 3,
        "{report}"
    );
    assert_eq!(
        report["samples"][0]["dead_letter"]["group"], group,
        "{report}"
    );
    inspect_and_replay(&origin, &dlq, "spring-kafka", ends);
}

#[test]
fn kafka_connect_dead_letters_go_back_where_they_failed() {
    let origin = topic("connect-orders", 2);
    let dlq = unique("connect-dlq");
    let ends = write(&origin, &originals());

    let dir = tempfile::tempdir().unwrap();
    let worker = dir.path().join("worker.properties");
    std::fs::write(
        &worker,
        format!(
            "bootstrap.servers={}\n\
             key.converter=org.apache.kafka.connect.storage.StringConverter\n\
             value.converter=org.apache.kafka.connect.json.JsonConverter\n\
             value.converter.schemas.enable=false\n\
             offset.storage.file.filename={}\n\
             listeners=http://127.0.0.1:0\n\
             plugin.discovery=only_scan\n",
            kafka(),
            dir.path().join("offsets").display()
        ),
    )
    .unwrap();
    let connector = dir.path().join("sink.properties");
    std::fs::write(
        &connector,
        format!(
            "name={}\n\
             connector.class=DiscardSink\n\
             tasks.max=1\n\
             topics={origin}\n\
             errors.tolerance=all\n\
             errors.deadletterqueue.topic.name={dlq}\n\
             errors.deadletterqueue.topic.replication.factor=1\n\
             errors.deadletterqueue.context.headers.enable=true\n",
            unique("discard")
        ),
    )
    .unwrap();
    let mut connect = java(
        "org.apache.kafka.connect.cli.ConnectStandalone",
        &[worker.to_str().unwrap(), connector.to_str().unwrap()],
    );
    wait_for_records(&dlq, 3, &mut connect);
    stop(connect);
    // Connect creates its dead-letter queue with one partition.
    assert_eq!(end_offsets(&dlq), vec![3]);
    inspect_and_replay(&origin, &dlq, "kafka-connect", ends);
}

#[test]
fn kafka_streams_dead_letters_go_back_where_they_failed() {
    let origin = topic("streams-orders", 2);
    let sink = topic("streams-valid", 2);
    let dlq = topic("streams-dlq", 1);
    let ends = write(&origin, &originals());

    let mut streams = java(
        "StreamsDeadLetters",
        &[&kafka(), &unique("streams-app"), &origin, &sink, &dlq],
    );
    wait_for_records(&dlq, 3, &mut streams);
    stop(streams);
    inspect_and_replay(&origin, &dlq, "kafka-streams", ends);
}
