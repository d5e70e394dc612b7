//! `evctl groups list|describe|reset-offsets` on the Apache Kafka broker of `scripts/brokers up`.

mod common;

use std::time::Duration;

use common::{commit, evctl_kafka, kafka, stderr, stdout, topic, unique};
use serde_json::Value;

fn committed(group: &str, topic: &str, partitions: i32) -> Vec<Option<i64>> {
    (0..partitions)
        .map(|p| common::committed_offset(group, topic, p))
        .collect()
}

/// A planned partition: (partition, current offset, new offset).
type Planned = (i32, Option<i64>, i64);

fn plan(args: &[&str]) -> (Option<i32>, Vec<Planned>, String) {
    let mut all = vec!["groups", "reset-offsets", "-o", "json"];
    all.extend_from_slice(args);
    let out = evctl_kafka(&all).output().unwrap();
    let rows = serde_json::from_str::<Value>(&stdout(&out))
        .ok()
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_default()
        .iter()
        .map(|r| {
            (
                i32::try_from(r["partition"].as_i64().unwrap()).unwrap(),
                r["current"].as_i64(),
                r["new"].as_i64().unwrap(),
            )
        })
        .collect();
    (out.status.code(), rows, stderr(&out))
}

#[test]
fn reset_offsets_prints_the_plan_and_changes_nothing_without_execute() {
    let t = topic("reset", 2);
    // Partition 0: ten records a second apart, long ago; partition 1: four records now.
    let old: String = (0..10)
        .map(|i| {
            format!(
                "{{\"timestamp\":{},\"value\":{i}}}\n",
                1_700_000_000_000i64 + i * 1000
            )
        })
        .collect();
    evctl_kafka(&["produce", &t, "--partition", "0", "--input", "jsonl"])
        .write_stdin(old)
        .assert()
        .success();
    evctl_kafka(&["produce", &t, "--partition", "1"])
        .write_stdin("a\nb\nc\nd\n")
        .assert()
        .success();
    let g = unique("reset-group");
    commit(&g, &t, &[(0, 3), (1, 1)]);

    let (code, rows, err) = plan(&[&g, "--topic", &t, "--to-latest"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(rows, vec![(0, Some(3), 10), (1, Some(1), 4)]);
    assert!(err.contains("--execute"), "{err}");

    let (_, rows, _) = plan(&[&g, "--topic", &t, "--to-earliest"]);
    assert_eq!(rows, vec![(0, Some(3), 0), (1, Some(1), 0)]);
    // Shifts stay within the log.
    let (_, rows, _) = plan(&[&g, "--topic", &t, "--shift-by", "-2"]);
    assert_eq!(rows, vec![(0, Some(3), 1), (1, Some(1), 0)]);
    let (_, rows, _) = plan(&[&g, "--all-topics", "--shift-by", "100"]);
    assert_eq!(rows, vec![(0, Some(3), 10), (1, Some(1), 4)]);
    // One partition; an offset past the end is kept at the end.
    let (_, rows, _) = plan(&[&g, "--topic", &format!("{t}:0"), "--to-offset", "7"]);
    assert_eq!(rows, vec![(0, Some(3), 7)]);
    let (_, rows, _) = plan(&[&g, "--topic", &format!("{t}:1"), "--to-offset", "70"]);
    assert_eq!(rows, vec![(1, Some(1), 4)]);
    // By time: the first record at or after it; after every record, the end.
    let (_, rows, _) = plan(&[
        &g,
        "--topic",
        &format!("{t}:0"),
        "--to-datetime",
        "2023-11-14T22:13:25Z",
    ]);
    assert_eq!(rows, vec![(0, Some(3), 5)]);
    let (_, rows, _) = plan(&[
        &g,
        "--topic",
        &format!("{t}:0"),
        "--to-datetime",
        "1700000007000",
    ]);
    assert_eq!(rows, vec![(0, Some(3), 7)]);
    let (_, rows, _) = plan(&[
        &g,
        "--topic",
        &format!("{t}:0"),
        "--to-datetime",
        "2023-11-15T00:00:00Z",
    ]);
    assert_eq!(rows, vec![(0, Some(3), 10)]);
    let (_, rows, _) = plan(&[&g, "--topic", &format!("{t}:1"), "--by-duration", "1h"]);
    assert_eq!(rows, vec![(1, Some(1), 0)]);

    assert_eq!(committed(&g, &t, 2), vec![Some(3), Some(1)]);

    // Mistakes are usage errors naming what was wrong.
    let (code, _, err) = plan(&[&g, "--topic", "no-such-topic-here", "--to-latest"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("no-such-topic-here"), "{err}");
    let (code, _, err) = plan(&[&g, "--topic", &format!("{t}:5"), "--to-latest"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("no partition 5"), "{err}");
    let fresh = unique("never-committed");
    let (code, _, err) = plan(&[&fresh, "--topic", &t, "--shift-by", "1"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("no committed offset"), "{err}");
    let out = evctl_kafka(&["groups", "reset-offsets", &g, "--topic", &t])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "a target is required");

    // No member holds the group: describe shows its offsets and lag, and no members.
    let out = evctl_kafka(&["groups", "describe", &g, "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let d: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(d["state"], "Empty", "{d}");
    assert_eq!(d["members"], serde_json::json!([]), "{d}");
    assert_eq!(
        (
            d["offsets"][0]["committed"].as_i64(),
            d["offsets"][0]["lag"].as_i64()
        ),
        (Some(3), Some(7))
    );
}

#[test]
fn reset_offsets_execute_commits_the_plan() {
    let t = topic("reset-exec", 2);
    evctl_kafka(&["produce", &t, "--partition", "0"])
        .write_stdin("a\nb\nc\n")
        .assert()
        .success();
    let g = unique("reset-exec-group");
    commit(&g, &t, &[(0, 1), (1, 0)]);

    let done = evctl_kafka(&[
        "groups",
        "reset-offsets",
        &g,
        "--topic",
        &format!("{t}:0"),
        "--to-earliest",
        "--execute",
    ])
    .output()
    .unwrap();
    assert!(done.status.success(), "{}", stderr(&done));
    assert!(
        stderr(&done).contains("committed 1 offset"),
        "{}",
        stderr(&done)
    );
    assert_eq!(committed(&g, &t, 2), vec![Some(0), Some(0)]);
    let done = evctl_kafka(&[
        "groups",
        "reset-offsets",
        &g,
        "--all-topics",
        "--to-offset",
        "2",
        "--execute",
    ])
    .output()
    .unwrap();
    assert!(done.status.success(), "{}", stderr(&done));
    // Partition 1 is empty: an offset past its end is kept at the end.
    assert_eq!(committed(&g, &t, 2), vec![Some(2), Some(0)]);
}

#[test]
fn many_groups_offsets_come_in_one_request_as_committed() {
    use evctl::kafka::offset_fetch::BatchFetch;
    let t = topic("batchfetch", 2);
    let (g1, g2, none) = (unique("batch-g1"), unique("batch-g2"), unique("batch-none"));
    commit(&g1, &t, &[(0, 5), (1, 7)]);
    commit(&g2, &t, &[(0, 3)]);
    let security = evctl::kafka::transport::Security::from_properties(&[])
        .unwrap()
        .expect("PLAINTEXT is spoken");
    let mut batch = BatchFetch::new(&kafka(), Duration::from_secs(10), security);
    batch
        .supported()
        .expect("the test broker takes OffsetFetch v8");
    let all = batch
        .committed(&[g1.clone(), g2.clone(), none.clone()])
        .unwrap();
    let offsets = |i: usize| -> Vec<(i32, Option<i64>)> {
        let mut v: Vec<(i32, Option<i64>)> = all[i]
            .iter()
            .filter(|((topic, _), _)| *topic == t)
            .map(|((_, p), o)| (*p, *o))
            .collect();
        v.sort();
        v
    };
    assert_eq!(offsets(0), [(0, Some(5)), (1, Some(7))]);
    assert_eq!(offsets(1), [(0, Some(3))]);
    // A group that never committed has nothing.
    assert!(all[2].is_empty(), "{:?}", all[2]);
    // librdkafka's one request per group (what it falls back to) says the same.
    let settings = evctl::config::KafkaSettings {
        brokers: kafka(),
        properties: Vec::new(),
        timeout: Duration::from_secs(10),
    };
    let lookup = evctl::kafka::lookup_consumer(&settings, 0).unwrap();
    let each = evctl::kafka::groups::list_group_offsets(
        &lookup,
        &[g1.clone(), g2.clone(), none.clone()],
        None,
        &settings,
    )
    .unwrap();
    assert_eq!(each, all);
}

/// A group a real consumer holds open is described with its member, its reset is refused
/// naming that member (exit 2), it is judged for lag, and once the consumer leaves the reset
/// goes through: for the classic protocol and for KIP-848's.
#[test]
fn a_live_group_is_described_refused_a_reset_and_reset_once_it_leaves() {
    use std::io::BufRead;
    for protocol in ["classic", "consumer"] {
        let t = topic(&format!("live-{protocol}"), 3);
        evctl_kafka(&["produce", &t, "--partition", "1"])
            .write_stdin("a\nb\nc\n")
            .assert()
            .success();
        let g = unique(&format!("live-{protocol}-group"));
        let mut consumer = common::live_consumer(&g, &t, protocol, 3);
        let mut said = String::new();
        std::io::BufReader::new(consumer.stdout.take().unwrap())
            .read_line(&mut said)
            .unwrap();
        assert_eq!(
            said.trim(),
            "assigned",
            "{protocol}: the consumer never read its messages"
        );

        let out = evctl_kafka(&["groups", "describe", &g, "-o", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{protocol}: {}", stderr(&out));
        let described: Value = serde_json::from_slice(&out.stdout).unwrap();
        let members = described["members"].as_array().unwrap();
        assert_eq!(members.len(), 1, "{protocol}: {described}");
        assert_eq!(
            members[0]["client_id"], "py-live",
            "{protocol}: {described}"
        );
        assert_eq!(members[0]["assignment"][0]["topic"], t.as_str());
        assert_eq!(
            members[0]["assignment"][0]["partitions"],
            serde_json::json!([0, 1, 2])
        );

        let reset = || {
            evctl_kafka(&[
                "groups",
                "reset-offsets",
                &g,
                "--topic",
                &t,
                "--to-earliest",
                "--execute",
            ])
            .output()
            .unwrap()
        };
        let refused = reset();
        assert_eq!(
            refused.status.code(),
            Some(2),
            "{protocol}: {}",
            stderr(&refused)
        );
        let member_id = members[0]["member_id"].as_str().unwrap();
        assert!(
            stderr(&refused).contains(member_id) || stderr(&refused).contains("py-live"),
            "{protocol}: the refusal names no member: {}",
            stderr(&refused)
        );

        let lag = evctl_kafka(&["lag", "-g", &g, "--samples", "1", "-o", "json"])
            .output()
            .unwrap();
        assert!(lag.status.success(), "{protocol}: {}", stderr(&lag));
        let judged: Value = serde_json::from_slice(&lag.stdout).unwrap();
        assert_eq!(judged[0]["group"], g.as_str(), "{protocol}: {judged}");
        assert_eq!(judged[0]["total_lag"], 0, "{protocol}: {judged}");

        // Closing stdin makes the consumer leave the group; then the reset goes through.
        drop(consumer.stdin.take());
        assert!(
            consumer.wait().unwrap().success(),
            "{protocol}: consumer failed"
        );
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        loop {
            let out = evctl_kafka(&["groups", "describe", &g, "-o", "json"])
                .output()
                .unwrap();
            let d: Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
            if d["members"].as_array().is_some_and(Vec::is_empty) {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "{protocol}: the member never left: {d}"
            );
            std::thread::sleep(Duration::from_millis(200));
        }
        let done = reset();
        assert!(done.status.success(), "{protocol}: {}", stderr(&done));
        assert_eq!(committed(&g, &t, 3)[1], Some(0), "{protocol}");
    }
}
