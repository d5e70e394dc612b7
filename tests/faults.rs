//! Broker faults on the three-node Apache Kafka cluster of `scripts/brokers up --cluster 3`
//! (replication factor 3, `min.insync.replicas` 2). Each test brings the cluster up (a no-op
//! when it runs), breaks it, checks what evctl did, and brings it whole again.

mod common;

use std::io::Write;
use std::time::{Duration, Instant};

use common::{evctl, stderr, unique};
use rdkafka::consumer::{BaseConsumer, Consumer};
use serde_json::Value;

const CLUSTER: &str = "127.0.0.1:9192,127.0.0.1:9193,127.0.0.1:9194";

/// One fault at a time: the tests of this file break the same cluster.
static ONE_FAULT_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn exclusive() -> std::sync::MutexGuard<'static, ()> {
    ONE_FAULT_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Starts whatever node of the cluster is down, and waits until each serves.
fn cluster_up() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/brokers");
    let out = std::process::Command::new(script)
        .args(["up", "--cluster", "3"])
        .output()
        .expect("scripts/brokers runs");
    assert!(
        out.status.success(),
        "scripts/brokers up --cluster 3 failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Brings the cluster up and makes a topic of one partition on all three nodes.
fn replicated_topic(prefix: &str) -> String {
    cluster_up();
    let t = unique(prefix);
    let out = evctl()
        .args(["-b", CLUSTER, "topics", "create", &t])
        .args(["--replication-factor", "3"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    t
}

/// Waits until partition 0 of `topic` ends at `offset` or later: a run is under way.
fn wait_for_end(topic: &str, offset: i64) {
    let watcher: BaseConsumer = rdkafka::config::ClientConfig::new()
        .set("bootstrap.servers", CLUSTER)
        .create()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while watcher
        .fetch_watermarks(topic, 0, Duration::from_secs(5))
        .map_or(0, |(_, high)| high)
        < offset
    {
        assert!(Instant::now() < deadline, "{topic} never reached {offset}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The node that leads partition 0 of `topic`.
fn leader_of(topic: &str) -> i64 {
    let out = evctl()
        .args(["-b", CLUSTER, "topics", "describe", topic, "-o", "json"])
        .output()
        .unwrap();
    let described: Value = serde_json::from_slice(&out.stdout).unwrap();
    described["partitions"][0]["leader"].as_i64().unwrap()
}

/// SIGKILLs cluster node `id` (1 to 3): no controlled shutdown, no leadership handed over.
fn kill_node(id: i64) {
    let pid_file = common::brokers_state().join(format!("cluster/node{id}/kafka.pid"));
    let pid = std::fs::read_to_string(&pid_file).expect("the node's pid file");
    let status = std::process::Command::new("kill")
        .args(["-KILL", pid.trim()])
        .status()
        .unwrap();
    assert!(status.success(), "kill -9 of node {id}");
}

/// The values of every record of partition 0 of `topic` on the cluster, to its end.
fn values(topic: &str) -> Vec<u64> {
    use rdkafka::Message;
    let consumer: BaseConsumer = rdkafka::config::ClientConfig::new()
        .set("bootstrap.servers", CLUSTER)
        .set("group.id", "evctl-faults-reader")
        .set("enable.partition.eof", "true")
        .create()
        .unwrap();
    let mut tpl = rdkafka::TopicPartitionList::new();
    tpl.add_partition_offset(topic, 0, rdkafka::Offset::Beginning)
        .unwrap();
    consumer.assign(&tpl).unwrap();
    let mut out = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        assert!(Instant::now() < deadline, "{topic}: no end after 120 s");
        match consumer.poll(Duration::from_millis(200)) {
            Some(Ok(m)) => out.push(
                std::str::from_utf8(m.payload().unwrap())
                    .unwrap()
                    .parse()
                    .unwrap(),
            ),
            Some(Err(rdkafka::error::KafkaError::PartitionEOF(_))) => return out,
            _ => {}
        }
    }
}

/// `produce --acks all` (idempotent) of 200,000 lines while the partition's leader is
/// SIGKILLed: evctl rides out the election and every line arrives exactly once, in order.
#[test]
fn killing_the_leader_during_produce_loses_and_duplicates_nothing() {
    const N: u64 = 200_000;
    let _only = exclusive();
    let t = replicated_topic("faults-produce");
    let leader = leader_of(&t);

    // Paced, so the kill lands in the middle: 200,000 lines at 20,000 a second.
    let mut produce = common::evctl_process()
        .args(["-b", CLUSTER, "--timeout", "90s", "-q", "produce", &t])
        .args(["--acks", "all", "--rate", "20000"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = produce.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        let lines: String = (0..N).map(|i| format!("{i}\n")).collect();
        stdin.write_all(lines.as_bytes()).unwrap();
    });
    wait_for_end(&t, 40_000);
    let killed_at = Instant::now();
    kill_node(leader);
    feeder.join().unwrap();
    let done = produce.wait_with_output().unwrap();
    let recovered_in = killed_at.elapsed();
    assert_eq!(done.status.code(), Some(0), "{}", stderr(&done));

    let got = values(&t);
    cluster_up();
    let expected: Vec<u64> = (0..N).collect();
    assert!(
        got == expected,
        "{} records (expected {N}); first difference at {:?}",
        got.len(),
        got.iter().zip(&expected).position(|(a, b)| a != b)
    );
    eprintln!(
        "leader (node {leader}) killed at 40,000 of {N}: every line once, in order; produce \
         ended {:.1} s after the kill",
        recovered_in.as_secs_f64()
    );
}

/// `lag --watch` while the whole cluster is SIGKILLed: it says the cluster cannot be reached,
/// keeps running, and reports again once the cluster is back.
#[test]
fn lag_watch_rides_out_a_cluster_outage() {
    use std::io::BufRead;
    let _only = exclusive();
    let t = replicated_topic("faults-lag");
    let group = unique("faults-lag-group");
    {
        use rdkafka::consumer::CommitMode;
        let consumer: BaseConsumer = rdkafka::config::ClientConfig::new()
            .set("bootstrap.servers", CLUSTER)
            .set("group.id", &group)
            .create()
            .unwrap();
        let mut tpl = rdkafka::TopicPartitionList::new();
        tpl.add_partition_offset(&t, 0, rdkafka::Offset::Offset(0))
            .unwrap();
        consumer.commit(&tpl, CommitMode::Sync).unwrap();
    }
    let mut watch = common::evctl_process()
        .args(["-b", CLUSTER, "--timeout", "3s", "lag", "-g", &group])
        .args(["--samples", "1", "--watch", "500ms", "-o", "jsonl"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut reports = std::io::BufReader::new(watch.stdout.take().unwrap()).lines();
    let first = reports.next().unwrap().unwrap();
    assert!(first.contains(&group), "{first}");

    for node in 1..=3 {
        kill_node(node);
    }
    // What it says goes to stderr; read it on the side.
    let said = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let mut errors = std::io::BufReader::new(watch.stderr.take().unwrap());
    let heard = std::sync::Arc::clone(&said);
    std::thread::spawn(move || {
        let mut line = String::new();
        while errors.read_line(&mut line).is_ok_and(|n| n > 0) {
            heard.lock().unwrap().push_str(&line);
            line.clear();
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    while !said.lock().unwrap().contains("still watching") {
        assert!(
            Instant::now() < deadline,
            "no word of the outage: {}",
            said.lock().unwrap()
        );
        assert!(watch.try_wait().unwrap().is_none(), "lag --watch ended");
        std::thread::sleep(Duration::from_millis(100));
    }
    let down_at = Instant::now();
    cluster_up();
    // Reports resume: the next line on stdout is a report of the group again.
    let resumed = reports
        .find_map(|l| l.ok().filter(|l| l.contains(&group)))
        .unwrap_or_else(|| {
            panic!(
                "no report after the outage; it said: {}",
                said.lock().unwrap()
            )
        });
    let back_in = down_at.elapsed();
    assert!(resumed.contains(&group));
    assert!(
        said.lock().unwrap().contains("answers again"),
        "{}",
        said.lock().unwrap()
    );
    let stopped = common::signal(watch, "INT");
    assert_eq!(stopped.status.code(), Some(130));
    eprintln!(
        "lag --watch: outage reported, reports again {:.1} s after the restart began",
        back_in.as_secs_f64()
    );
}

/// `tail --group` while the partition's leader is SIGKILLed: the tail waits out the election
/// and prints every record exactly once, in order, then ends with `-e`.
#[test]
fn killing_the_leader_during_a_group_tail_loses_and_repeats_nothing() {
    use std::io::BufRead;
    const N: u64 = 100_000;
    let _only = exclusive();
    let t = replicated_topic("faults-tail");
    let lines: String = (0..N).map(|i| format!("{i}\n")).collect();
    let out = evctl()
        .args(["-b", CLUSTER, "-q", "produce", &t, "--acks", "all"])
        .write_stdin(lines)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let leader = leader_of(&t);
    let group = unique("faults-tail-group");
    // Paced by a slow reader: the pipe fills and the tail waits, so the kill lands midway.
    let mut tail = common::evctl_process()
        .args(["-b", CLUSTER, "--timeout", "60s", "tail", &t])
        .args(["--group", &group, "--from", "beginning", "-e"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut printed = std::io::BufReader::new(tail.stdout.take().unwrap()).lines();
    let mut got: Vec<u64> = Vec::with_capacity(N as usize);
    for line in printed.by_ref().take(20_000) {
        got.push(line.unwrap().parse().unwrap());
    }
    let killed_at = Instant::now();
    kill_node(leader);
    for line in printed {
        got.push(line.unwrap().parse().unwrap());
    }
    let done = tail.wait_with_output().unwrap();
    let took = killed_at.elapsed();
    cluster_up();
    assert!(done.status.success(), "{}", stderr(&done));
    let expected: Vec<u64> = (0..N).collect();
    assert!(
        got == expected,
        "{} records printed (expected {N}); first difference at {:?}",
        got.len(),
        got.iter().zip(&expected).position(|(a, b)| a != b)
    );
    eprintln!(
        "tail --group: leader (node {leader}) killed after 20,000 of {N} printed; every record \
         once, in order; ended {:.1} s after the kill",
        took.as_secs_f64()
    );
}

/// `dlq replay` while the leader of the target's partition is SIGKILLed: the replay waits out
/// the election, nothing is lost, and nothing is sent twice (nothing was killed on evctl's
/// side), with the DLQ's offsets committed to its end. The node killed also coordinates the
/// replay's group (the cluster has one offsets partition), so the commits meet a coordinator
/// that moves and then loads (they failed with CoordinatorLoadInProgress once).
#[test]
fn killing_the_targets_leader_during_a_replay_loses_nothing() {
    const N: u64 = 50_000;
    let _only = exclusive();
    let coordinator = {
        cluster_up();
        leader_of("__consumer_offsets")
    };
    let target = (0..30)
        .map(|_| replicated_topic("faults-target"))
        .find(|t| leader_of(t) == coordinator)
        .expect("a topic led by the group coordinator in 30 tries");
    let dlq = replicated_topic("faults-dlq");
    let lines: String = (0..N)
        .map(|i| {
            format!(
                "{{\"headers\":[{{\"key\":\"kafka_dlt-original-topic\",\"value\":\"{target}\"}}],\
                 \"value\":{i}}}\n"
            )
        })
        .collect();
    let out = evctl()
        .args(["-b", CLUSTER, "-q", "produce", &dlq, "--input", "jsonl"])
        .write_stdin(lines)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let leader = leader_of(&target);
    let group = unique("faults-replay");
    let replay = common::evctl_process()
        .args([
            "-b",
            CLUSTER,
            "--timeout",
            "60s",
            "-q",
            "dlq",
            "replay",
            &dlq,
        ])
        .args(["--group", &group, "--rate", "10000"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    wait_for_end(&target, 10_000);
    let killed_at = Instant::now();
    kill_node(leader);
    let done = replay.wait_with_output().unwrap();
    let took = killed_at.elapsed();
    let got = values(&target);
    cluster_up();
    assert!(done.status.success(), "{}", stderr(&done));
    let mut seen = vec![0u32; N as usize];
    for v in &got {
        seen[usize::try_from(*v).unwrap()] += 1;
    }
    let lost = seen.iter().filter(|&&n| n == 0).count();
    let twice = seen.iter().filter(|&&n| n > 1).count();
    assert_eq!((lost, twice), (0, 0), "lost and duplicated records");
    let reader: BaseConsumer = rdkafka::config::ClientConfig::new()
        .set("bootstrap.servers", CLUSTER)
        .set("group.id", &group)
        .create()
        .unwrap();
    let mut asked = rdkafka::TopicPartitionList::new();
    asked.add_partition(&dlq, 0);
    let committed = reader
        .committed_offsets(asked, Duration::from_secs(10))
        .unwrap();
    assert_eq!(
        committed.find_partition(&dlq, 0).unwrap().offset(),
        rdkafka::Offset::Offset(N as i64),
        "the DLQ's offsets are committed to its end"
    );
    eprintln!(
        "dlq replay: target leader (node {leader}) killed at 10,000 of {N}; none lost, none \
         twice; ended {:.1} s after the kill",
        took.as_secs_f64()
    );
}

/// The dashboard while all three nodes are SIGKILLed: it says the cluster cannot be reached,
/// keeps answering keys, and shows the cluster again once it is back.
#[test]
fn the_dashboard_rides_out_a_cluster_outage() {
    use common::tmux::{keys, quit, screen, start, wait_for};
    let _only = exclusive();
    let t = replicated_topic("faults-dash");
    let (session, done) = start(&format!(
        "-b {CLUSTER} --timeout 3s dashboard --refresh 500ms"
    ));
    wait_for(
        &session,
        "the three nodes",
        |l| l.contains("brokers 3:"),
        || {},
    );
    wait_for(&session, "the topic", |l| l.contains(&t), || {});

    for node in 1..=3 {
        kill_node(node);
    }
    let down = wait_for(
        &session,
        "the outage on the status line",
        |l| l.contains("⚠"),
        || {},
    );
    assert!(
        down.contains("⚠ fetching metadata: cannot reach Kafka"),
        "{down}"
    );
    // Keys still work while the cluster is away: another tab and back.
    keys(&session, &["2"]);
    wait_for(
        &session,
        "the lag tab",
        |l| l.contains("consumer groups ("),
        || {},
    );
    keys(&session, &["1"]);
    wait_for(&session, "the overview", |l| l.contains("brokers "), || {});

    let down_at = Instant::now();
    cluster_up();
    // Back: the header line has no warning, and the overview lists the nodes and the topic.
    let back = wait_for(
        &session,
        "the warning gone",
        |l| l.contains(" updated ") && !l.contains("⚠"),
        || {},
    );
    let back_in = down_at.elapsed();
    assert!(back.contains("brokers 3:"), "{back}");
    // A fresh reading, not the one from before the outage.
    let updated = |screen: &str| {
        let at = screen.find(" updated ").expect("an update time") + " updated ".len();
        screen[at..at + 8].to_string()
    };
    assert_ne!(updated(&back), updated(&down), "{back}");
    assert!(screen(&session).contains(&t), "{}", screen(&session));
    quit(&session, &done);
    eprintln!(
        "dashboard: outage shown, clear again {:.1} s after the restart began",
        back_in.as_secs_f64()
    );
}
