//! Helpers shared by the integration tests: a hermetic `evctl` command and unique names.
#![allow(dead_code)] // each test binary uses its own subset

pub mod registry;
pub mod tmux;

use std::process::Output;
use std::sync::atomic::{AtomicU32, Ordering};

use assert_cmd::Command;

/// The Kafka broker the tests use (Apache Kafka's PLAINTEXT listener), started by
/// `scripts/brokers up`.
pub fn kafka() -> String {
    std::env::var("EVCTL_TEST_KAFKA").unwrap_or_else(|_| "127.0.0.1:9092".to_string())
}

/// `$VAR`, else `$HOME/fallback`: where XDG folders are, as `scripts/brokers` reads them.
fn xdg(var: &str, fallback: &str) -> std::path::PathBuf {
    std::env::var_os(var)
        .filter(|v| !v.is_empty())
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            std::path::PathBuf::from(std::env::var_os("HOME").expect("HOME is set")).join(fallback)
        })
}

/// The state folder of `scripts/brokers` (`EVCTL_BROKERS_DIR`, read as the script reads it).
pub fn brokers_state() -> std::path::PathBuf {
    match std::env::var_os("EVCTL_BROKERS_DIR") {
        Some(dir) => dir.into(),
        None => xdg("XDG_STATE_HOME", ".local/state").join("evctl-brokers"),
    }
}

/// The folder of Apache Kafka's jars that `scripts/brokers up` fetched (for running Kafka's
/// own tools as test peers), read as the script reads `EVCTL_CACHE_DIR` and `KAFKA_VERSION`.
pub fn kafka_jars() -> std::path::PathBuf {
    let cache = std::env::var_os("EVCTL_CACHE_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| xdg("XDG_CACHE_HOME", ".cache").join("evctl"));
    let version = std::env::var("KAFKA_VERSION").unwrap_or_else(|_| "4.4.0".to_string());
    cache.join(format!("kafka-{version}")).join("lib")
}

/// The evctl config file `scripts/brokers up` writes: contexts `local`, `local-scram` and
/// `local-mtls`.
pub fn brokers_config() -> std::path::PathBuf {
    brokers_state().join("evctl.toml")
}

/// What evctl's test runs leave out of the environment (EVCTL_* settings, NO_COLOR) and what
/// they set (a home of their own, so no user config is read), like bat's tests.
fn isolation() -> (
    Vec<std::ffi::OsString>,
    Vec<(&'static str, std::path::PathBuf)>,
) {
    let mut removed: Vec<std::ffi::OsString> = std::env::vars_os()
        .map(|(key, _)| key)
        .filter(|key| key.to_string_lossy().starts_with("EVCTL_"))
        .collect();
    removed.push("NO_COLOR".into());
    let home = std::env::temp_dir().join("evctl-test-home");
    let set = vec![("XDG_CONFIG_HOME", home.join(".config")), ("HOME", home)];
    (removed, set)
}

/// The evctl binary, isolated (see `isolation`).
pub fn evctl_process() -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_evctl"));
    let (removed, set) = isolation();
    for key in removed {
        cmd.env_remove(key);
    }
    cmd.envs(set);
    cmd
}

/// The evctl binary, isolated, as the start of a shell command line (`env -u .. K=V .. evctl`).
pub fn evctl_shell() -> String {
    let (removed, set) = isolation();
    let mut line = String::from("env");
    for key in removed {
        line.push_str(&format!(" -u {}", key.to_string_lossy()));
    }
    for (key, value) in set {
        line.push_str(&format!(" {key}={}", value.display()));
    }
    line.push_str(&format!(" {}", env!("CARGO_BIN_EXE_evctl")));
    line
}

/// `evctl_process` as assert_cmd runs it, with a time limit.
pub fn evctl() -> Command {
    let mut cmd = Command::from_std(evctl_process());
    cmd.timeout(std::time::Duration::from_secs(120));
    cmd
}

/// `evctl -b <test broker> ARGS...`
pub fn evctl_kafka(args: &[&str]) -> Command {
    let mut cmd = evctl();
    cmd.arg("-b").arg(kafka()).args(args);
    cmd
}

/// A topic or group name no other test (or earlier run) uses.
pub fn unique(prefix: &str) -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!(
        "{prefix}-{}-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        nanos % 1_000_000_000
    )
}

/// Creates a topic through evctl itself and returns its name.
pub fn topic(prefix: &str, partitions: u32) -> String {
    let name = unique(prefix);
    evctl_kafka(&[
        "topics",
        "create",
        &name,
        "--partitions",
        &partitions.to_string(),
    ])
    .assert()
    .success();
    // Creation returns before every broker's metadata shows the topic (in Kafka too): wait
    // until it is visible, so a test's first produce does not race it.
    for _ in 0..50 {
        let described = evctl_kafka(&["topics", "describe", &name, "-o", "json"]).output();
        if described.is_ok_and(|o| o.status.success()) {
            return name;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("topic {name} did not appear after creation");
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 stdout")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Produces envelope lines (`produce --input jsonl`) to `topic` and checks it succeeded.
pub fn produce_envelopes(topic: &str, lines: &[serde_json::Value]) {
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let out = evctl_kafka(&["-q", "produce", topic, "--input", "jsonl"])
        .write_stdin(input)
        .output()
        .expect("runs");
    assert!(out.status.success(), "produce failed: {}", stderr(&out));
}

/// Puts a Spring Kafka dead-letter record on `dlq` (binary `value`, failed on `origin` at
/// offset 7), runs `dlq inspect` with `flags` before the command, and returns the value of its
/// first sample, having checked that the sample names `origin`.
pub fn inspect_dead_letter(
    dlq: &str,
    origin: &str,
    value: &[u8],
    flags: &[&str],
) -> serde_json::Value {
    use base64::Engine;
    let b64 = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
    produce_envelopes(
        dlq,
        &[serde_json::json!({
            "value": b64(value),
            "value_encoding": "base64",
            "headers": [
                {"key": "kafka_dlt-original-topic", "value": origin},
                {"key": "kafka_dlt-original-offset", "value": b64(&7i64.to_be_bytes()),
                 "value_encoding": "base64"},
            ],
        })],
    );
    let out = evctl_kafka(flags)
        .args(["dlq", "inspect", dlq, "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let sample = &report["samples"][0];
    assert_eq!(sample["dead_letter"]["topic"], origin, "{report}");
    sample["value"].clone()
}

/// The bytes of an envelope's (or a header's) `value`: base64 when it says so, else its text.
pub fn bytes_of(holder: &serde_json::Value) -> Vec<u8> {
    use base64::Engine;
    let text = holder["value"].as_str().unwrap();
    match holder["value_encoding"].as_str() {
        Some("base64") => base64::engine::general_purpose::STANDARD
            .decode(text)
            .unwrap(),
        _ => text.as_bytes().to_vec(),
    }
}

/// Every message of `topic` as envelope lines, read with `tail --from beginning -e`.
pub fn read_all(topic: &str) -> Vec<serde_json::Value> {
    let out = evctl_kafka(&["tail", topic, "--from", "beginning", "-e", "-o", "jsonl"])
        .output()
        .expect("runs");
    assert!(out.status.success(), "tail failed: {}", stderr(&out));
    stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// Starts `evctl ARGS...` in the background with stdout and stderr captured (for commands that
/// follow until stopped).
pub fn spawn_evctl(args: &[&str]) -> std::process::Child {
    evctl_process()
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("evctl starts")
}

/// Sends `signal` (`INT` for Ctrl-C, `TERM`) to `child`, and collects what it wrote.
pub fn signal(child: std::process::Child, signal: &str) -> Output {
    std::process::Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .expect("kill runs");
    child.wait_with_output().expect("evctl ends")
}

/// Reads `child`'s stdout line by line until `enough` says the lines so far are enough, sends
/// `signal_name` and collects the rest: it waits on what the process writes, not on a clock.
/// The output's stdout holds every line.
pub fn signal_when(
    mut child: std::process::Child,
    signal_name: &str,
    mut enough: impl FnMut(&[String]) -> bool,
) -> Output {
    use std::io::{BufRead, Read};
    let mut reader = std::io::BufReader::new(child.stdout.take().expect("piped stdout"));
    let mut lines: Vec<String> = Vec::new();
    while !enough(&lines) {
        let mut line = String::new();
        if reader.read_line(&mut line).expect("stdout reads") == 0 {
            break; // it ended by itself; the caller's assertions say whether that was right
        }
        lines.push(line.trim_end_matches('\n').to_string());
    }
    let mut out = signal(child, signal_name);
    let mut rest = String::new();
    reader.read_to_string(&mut rest).expect("stdout reads");
    let mut all: String = lines.iter().map(|l| format!("{l}\n")).collect();
    all.push_str(&rest);
    out.stdout = all.into_bytes();
    out
}

/// Now, in milliseconds since the epoch (records' timestamps).
pub fn epoch_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

/// Writes a record to `topic` for each of `ages`, its timestamp that many milliseconds
/// before now, in that order; returns now (epoch ms).
pub fn produce_aged(topic: &str, ages: &[i64]) -> i64 {
    let now = epoch_ms();
    let lines: String = ages
        .iter()
        .enumerate()
        .map(|(i, age)| format!("{{\"timestamp\":{},\"value\":{i}}}\n", now - age))
        .collect();
    evctl_kafka(&["produce", topic, "--input", "jsonl"])
        .write_stdin(lines)
        .assert()
        .success();
    now
}

/// Commits `offsets` for `group` on the test broker the way a consumer would, without joining
/// the group.
pub fn commit(group: &str, topic: &str, offsets: &[(i32, i64)]) {
    use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer};
    let consumer: BaseConsumer = rdkafka::config::ClientConfig::new()
        .set("bootstrap.servers", kafka())
        .set("group.id", group)
        .set("enable.auto.commit", "false")
        .create()
        .expect("a consumer");
    let mut tpl = rdkafka::TopicPartitionList::new();
    for (p, o) in offsets {
        tpl.add_partition_offset(topic, *p, rdkafka::Offset::Offset(*o))
            .expect("an offset");
    }
    consumer.commit(&tpl, CommitMode::Sync).expect("committed");
}

/// What `group` committed for `topic`/`partition`, if anything.
pub fn committed_offset(group: &str, topic: &str, partition: i32) -> Option<i64> {
    use rdkafka::consumer::{BaseConsumer, Consumer};
    let consumer: BaseConsumer = rdkafka::config::ClientConfig::new()
        .set("bootstrap.servers", kafka())
        .set("group.id", group)
        .create()
        .expect("a consumer");
    let mut tpl = rdkafka::TopicPartitionList::new();
    tpl.add_partition(topic, partition);
    let got = consumer
        .committed_offsets(tpl, std::time::Duration::from_secs(10))
        .expect("committed offsets");
    match got.find_partition(topic, partition)?.offset() {
        rdkafka::Offset::Offset(o) => Some(o),
        _ => None,
    }
}

pub const MANAGEMENT: &str = "http://127.0.0.1:15672";

/// Calls RabbitMQ's management API directly, to set up what evctl then reads.
pub fn api(method: &str, path: &str, body: Option<serde_json::Value>) {
    let agent = ureq::Agent::new_with_defaults();
    let url = format!("{MANAGEMENT}{path}");
    let auth = "Basic Z3Vlc3Q6Z3Vlc3Q="; // guest:guest
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let result = match method {
        "PUT" => agent
            .put(&url)
            .header("Authorization", auth)
            .header("content-type", "application/json")
            .send(body),
        "POST" => agent
            .post(&url)
            .header("Authorization", auth)
            .header("content-type", "application/json")
            .send(body),
        "DELETE" => agent.delete(&url).header("Authorization", auth).call(),
        other => panic!("no {other} here"),
    };
    result.unwrap_or_else(|e| panic!("{method} {path}: {e}"));
}

/// A consumer of the Python confluent-kafka client (librdkafka underneath, as real services
/// run it) in group `group` on `topic`, with the group protocol `protocol` ("classic", or
/// "consumer": KIP-848, Kafka 4's new protocol). It prints `assigned` once it has read all of
/// `messages`, and leaves the group cleanly when its stdin closes.
pub fn live_consumer(
    group: &str,
    topic: &str,
    protocol: &str,
    messages: usize,
) -> std::process::Child {
    const CONSUMER: &str = r#"
import sys, threading
from confluent_kafka import Consumer
bootstrap, group, topic, protocol, wanted = sys.argv[1:6]
conf = {"bootstrap.servers": bootstrap, "group.id": group, "client.id": "py-live",
        "auto.offset.reset": "earliest", "enable.auto.commit": True,
        "auto.commit.interval.ms": 100}
if protocol == "consumer":
    conf["group.protocol"] = "consumer"
consumer = Consumer(conf)
consumer.subscribe([topic])
done = threading.Event()
threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
seen = 0
while not done.is_set():
    message = consumer.poll(0.1)
    if message is not None and message.error() is None:
        seen += 1
        if seen == int(wanted):
            consumer.commit(asynchronous=False)
            print("assigned", flush=True)
consumer.close()
"#;
    std::process::Command::new("python3")
        .args(["-c", CONSUMER, &kafka(), group, topic, protocol])
        .arg(messages.to_string())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::inherit())
        .spawn()
        .expect("python3 with confluent-kafka runs")
}
