//! RabbitMQ faults on the real server of `scripts/brokers up`: evctl's connection is closed
//! from the management API (as an operator, a broker restart or a load balancer would) while
//! it publishes or replays, and what the queues hold afterwards is counted against what evctl
//! reported. Each run stops by itself: the closing is waited for, never timed.

mod common;

use std::collections::HashMap;
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::{MANAGEMENT, api, evctl, evctl_process, stderr, stdout, unique};
use serde_json::{Value, json};

const AMQP: &str = "amqp://guest:guest@127.0.0.1:5672/%2f";

fn get(path: &str) -> Value {
    let mut answer = ureq::get(format!("{MANAGEMENT}{path}"))
        .header("Authorization", "Basic Z3Vlc3Q6Z3Vlc3Q=")
        .call()
        .unwrap_or_else(|e| panic!("GET {path}: {e}"));
    serde_json::from_str(&answer.body_mut().read_to_string().unwrap()).unwrap()
}

/// A durable queue of this test's, deleted when dropped, so a failing test leaves nothing
/// behind for the next run (the dashboard's tests list every queue).
struct TestQueue(String);

impl std::ops::Deref for TestQueue {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl Drop for TestQueue {
    fn drop(&mut self) {
        // Not `api`: a panic while a failed test unwinds would abort the run.
        let _ = ureq::delete(format!("{MANAGEMENT}/api/queues/%2F/{}", self.0))
            .header("Authorization", "Basic Z3Vlc3Q6Z3Vlc3Q=")
            .call();
    }
}

fn durable_queue(prefix: &str) -> TestQueue {
    let q = unique(prefix);
    api(
        "PUT",
        &format!("/api/queues/%2F/{q}"),
        Some(json!({"durable": true})),
    );
    TestQueue(q)
}

/// Waits until the management API counts at least `n` messages in `queue` (its figures lag a
/// few seconds behind, which only makes the fault come later).
fn wait_for_depth(queue: &str, n: u64) {
    let deadline = Instant::now() + Duration::from_secs(120);
    while get(&format!("/api/queues/%2F/{queue}"))["messages"]
        .as_u64()
        .unwrap_or(0)
        < n
    {
        assert!(Instant::now() < deadline, "{queue} never held {n} messages");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Closes the AMQP connections of evctl process `pid` (it names them `evctl (pid N)`); how
/// many there were.
fn close_connections_of(pid: u32) -> usize {
    let name = format!("evctl (pid {pid})");
    let connections = get("/api/connections");
    let mine: Vec<String> = connections
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["client_properties"]["connection_name"] == name.as_str())
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect();
    for c in &mine {
        let encoded: String = c
            .bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect();
        api("DELETE", &format!("/api/connections/{encoded}"), None);
    }
    mine.len()
}

/// Takes every message out of `queue`; each body and how many times it was there.
fn drain(queue: &str) -> HashMap<String, u32> {
    let out = evctl()
        .args(["--amqp-url", AMQP, "tail", "--queue", queue, "--ack", "-e"])
        .args(["-f", "%s\\n"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let mut seen = HashMap::new();
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        *seen.entry(line.to_string()).or_insert(0) += 1;
    }
    seen
}

/// The number before `word` in `text` ("92332 of 100000 messages delivered").
fn number_before(text: &str, word: &str) -> u64 {
    let at = text
        .find(word)
        .unwrap_or_else(|| panic!("no {word:?} in {text}"));
    text[..at]
        .split_whitespace()
        .last()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no number before {word:?} in {text}"))
}

/// `produce` of 100,000 persistent messages with confirms, its connection closed a fifth of
/// the way: every message it sent is confirmed or reported failed, it exits 4, and the queue
/// holds every confirmed message once, plus at most the failed ones, and nothing else.
#[test]
fn a_connection_closed_during_produce_loses_nothing_it_confirmed() {
    const N: u64 = 100_000;
    let queue = durable_queue("fault-produce");
    let input: String = (0..N).map(|i| format!("m{i}\n")).collect();
    let mut producer = evctl_process()
        .args([
            "--amqp-url",
            AMQP,
            "produce",
            "--queue",
            &queue,
            "--rate",
            "20000",
        ])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = producer.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        use std::io::Write;
        // The write fails once evctl stops reading: that is the fault's doing.
        let _ = stdin.write_all(input.as_bytes());
    });
    wait_for_depth(&queue, N / 5);
    assert_eq!(close_connections_of(producer.id()), 1);
    let out = producer.wait_with_output().unwrap();
    feeder.join().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(4), "{err}");
    let delivered = number_before(&err, "of");
    let sent = number_before(&err, "messages delivered");
    let failed = sent - delivered;
    assert!(delivered < N, "{err}");
    let found = drain(&queue);
    let confirmed_missing = (0..delivered)
        .filter(|i| !found.contains_key(&format!("m{i}")))
        .count();
    let twice = found.values().filter(|&&n| n > 1).count();
    let beyond = (found.len() as u64).saturating_sub(delivered);
    assert_eq!(confirmed_missing, 0, "confirmed messages missing");
    assert_eq!(twice, 0, "messages in the queue twice");
    assert!(
        beyond <= failed,
        "{beyond} unreported messages in the queue"
    );
    assert!(
        found
            .keys()
            .all(|k| k[1..].parse::<u64>().is_ok_and(|i| i < sent))
    );
    eprintln!(
        "produce: connection closed; sent {sent}, confirmed {delivered}, failed {failed}; \
         the queue held {} (every confirmed one, {beyond} of the failed ones), none twice",
        found.len()
    );
}

/// `dlq replay --queue` of 50,000 messages with its connection closed a fifth of the way: no
/// message is lost (each is in the DLQ, the target, or both), and a message is in both only
/// within the window of replays not yet acknowledged in the DLQ.
#[test]
fn a_connection_closed_during_a_queue_replay_loses_nothing() {
    const N: u64 = 50_000;
    const WINDOW: u64 = 1000;
    let dlq = durable_queue("fault-dlq");
    let target = durable_queue("fault-target");
    let input: String = (0..N).map(|i| format!("d{i}\n")).collect();
    evctl()
        .args(["--amqp-url", AMQP, "-q", "produce", "--queue", &dlq])
        .write_stdin(input)
        .assert()
        .success();
    let replay = evctl_process()
        .args(["--amqp-url", AMQP, "dlq", "replay", "--queue", &dlq])
        .args(["--to-queue", &target, "--rate", "5000"])
        .args(["--window", &WINDOW.to_string()])
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    wait_for_depth(&target, N / 5);
    assert!(close_connections_of(replay.id()) >= 1);
    let out = replay.wait_with_output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains("nothing was lost"), "{err}");
    let summary = err
        .lines()
        .find(|l| l.starts_with("evctl: replayed "))
        .unwrap_or_default();
    let replayed = number_before(summary, "(");
    let left = drain(&dlq);
    let moved = drain(&target);
    let lost = (0..N)
        .map(|i| format!("d{i}"))
        .filter(|m| !left.contains_key(m) && !moved.contains_key(m))
        .count();
    let both = moved.keys().filter(|m| left.contains_key(*m)).count() as u64;
    assert_eq!(lost, 0, "messages lost");
    assert!(both <= WINDOW, "{both} messages in both queues");
    assert!(left.values().chain(moved.values()).all(|&n| n == 1));
    eprintln!(
        "dlq replay --queue: connection closed; reported {replayed} replayed; the target held \
         {}, the DLQ {}; none lost, {both} in both (window {WINDOW})",
        moved.len(),
        left.len()
    );
}

/// A peek of a 1,000,000-message queue: the server hands it no more than its window of
/// unacknowledged messages (what the peek holds is all it costs the queue), it prints the first
/// WINDOW in order and says it stopped there, and the queue afterwards holds all 1,000,000 in
/// their order.
#[test]
fn a_peek_of_a_million_messages_holds_only_its_window() {
    const N: usize = 1_000_000;
    const WINDOW: usize = 2000;
    let queue = durable_queue("peek-million");
    let input: String = (0..N).map(|i| format!("p{i}\n")).collect();
    evctl()
        .args([
            "--amqp-url",
            AMQP,
            "-q",
            "produce",
            "--transient",
            "--queue",
            &queue,
        ])
        .write_stdin(input)
        .assert()
        .success();
    wait_for_depth(&queue, N as u64);

    // Its output is not read until the server's count of what it holds is seen: the peek
    // stalls on a full pipe holding whatever the server gave it.
    let peek = evctl_process()
        .args(["--amqp-url", AMQP, "tail", "--queue", &queue, "-o", "jsonl"])
        .args(["--window", &WINDOW.to_string()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    let held = loop {
        let q = get(&format!("/api/queues/%2F/{}", &*queue));
        let held = q["messages_unacknowledged"].as_u64().unwrap_or(0);
        if held > 0 {
            break held;
        }
        assert!(Instant::now() < deadline, "the peek never held a message");
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(held <= WINDOW as u64, "the server handed the peek {held}");
    let out = peek.wait_with_output().unwrap();
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let values: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["value"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let first: Vec<String> = (0..WINDOW).map(|i| format!("p{i}")).collect();
    assert_eq!(values, first);
    assert!(
        err.contains(&format!("read the first {WINDOW} of the {N} messages")),
        "{err}"
    );

    // Everything went back, the peeked ones in their places at the head.
    let again = evctl()
        .args(["--amqp-url", AMQP, "tail", "--queue", &queue, "-n", "2"])
        .args(["-f", "%s\\n"])
        .output()
        .unwrap();
    assert_eq!(stdout(&again), "p0\np1\n", "{}", stderr(&again));
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let q = get(&format!("/api/queues/%2F/{}", &*queue));
        if q["messages_ready"].as_u64() == Some(N as u64) && q["messages_unacknowledged"] == 0 {
            break;
        }
        assert!(Instant::now() < deadline, "not all back in the queue: {q}");
        std::thread::sleep(Duration::from_millis(100));
    }
    eprintln!(
        "peek of {N}: the server held {held} unacknowledged for it (window {WINDOW}); \
         {WINDOW} printed in order, all {N} still queued"
    );
}
