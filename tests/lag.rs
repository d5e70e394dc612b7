//! `evctl lag` against the sqlite-storage broker, whose watermarks and committed offsets are
//! exact (the memory engine's high watermarks are not; see shared/reference/brokers.md).

mod common;

use std::time::Duration;

use common::{evctl_kafka, interrupt_after, kafka, spawn_evctl, stderr, stdout, topic, unique};
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer};
use rdkafka::{Offset, TopicPartitionList};
use serde_json::Value;

/// Commits `offsets` for `group` the way a consumer would, without joining the group.
fn commit(group: &str, topic: &str, offsets: &[(i32, i64)]) {
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", kafka())
        .set("group.id", group)
        .set("enable.auto.commit", "false")
        .create()
        .unwrap();
    let mut tpl = TopicPartitionList::new();
    for (p, o) in offsets {
        tpl.add_partition_offset(topic, *p, Offset::Offset(*o))
            .unwrap();
    }
    consumer.commit(&tpl, CommitMode::Sync).unwrap();
}

fn lag_json(args: &[&str]) -> (Option<i32>, Value, String) {
    let mut all = vec!["lag", "--samples", "2", "--interval", "100ms", "-o", "json"];
    all.extend_from_slice(args);
    let out = evctl_kafka(&all).output().unwrap();
    let json = serde_json::from_str(&stdout(&out)).unwrap_or(Value::Null);
    (out.status.code(), json, stderr(&out))
}

#[test]
fn lag_numbers_equal_the_ground_truth() {
    let t = topic("lag", 3);
    evctl_kafka(&["produce", &t, "--partition", "0"])
        .write_stdin((0..10).map(|i| format!("{i}\n")).collect::<String>())
        .assert()
        .success();
    evctl_kafka(&["produce", &t, "--partition", "1"])
        .write_stdin("a\nb\nc\nd\ne\n")
        .assert()
        .success();
    let g = unique("lag-group");
    commit(&g, &t, &[(0, 4), (1, 5)]);
    std::thread::sleep(Duration::from_millis(1200));

    let (code, json, err) = lag_json(&["-g", &g, "--topic", &t]);
    assert_eq!(code, Some(0), "{err}");
    let group = &json[0];
    assert_eq!(group["group"], g.as_str());
    assert_eq!(group["total_lag"], 6);
    assert_eq!(group["worst_partition"], format!("{t}/0"));
    assert_eq!(group["topics"][0]["total_lag"], 6);
    assert_eq!(
        group["status"], "ERR",
        "an unmoving lagging offset is STALL: {group}"
    );
    assert!(
        group["judged"]
            .as_str()
            .unwrap()
            .starts_with("2 samples over "),
        "{group}"
    );
    let parts = group["partitions"].as_array().unwrap();
    assert_eq!(parts.len(), 3);
    let p0 = &parts[0];
    assert_eq!(
        (
            p0["committed"].as_i64(),
            p0["high_watermark"].as_i64(),
            p0["lag"].as_i64()
        ),
        (Some(4), Some(10), Some(6))
    );
    assert_eq!(p0["status"], "STALL");
    // The record at offset 4 was produced over a second before the sample.
    let time_lag = p0["time_lag_ms"].as_i64().unwrap();
    assert!((1_000..120_000).contains(&time_lag), "{time_lag}");
    assert_eq!(
        (
            parts[1]["lag"].as_i64(),
            parts[1]["time_lag_ms"].as_i64(),
            parts[1]["status"].as_str()
        ),
        (Some(0), Some(0), Some("OK"))
    );
    // Nothing committed on an empty partition: no lag.
    assert_eq!(
        (parts[2]["committed"].clone(), parts[2]["lag"].as_i64()),
        (Value::Null, Some(0))
    );

    let (_, only, _) = lag_json(&["-g", &g, "--topic", &t, "--only-lagging"]);
    assert_eq!(only[0]["partitions"].as_array().unwrap().len(), 1);
}

#[test]
fn gates_fail_with_exit_1_naming_group_and_partition() {
    let t = topic("gate", 1);
    evctl_kafka(&["produce", &t])
        .write_stdin("1\n2\n3\n4\n")
        .assert()
        .success();
    let g = unique("gate-group");
    commit(&g, &t, &[(0, 1)]);

    let (code, _, err) = lag_json(&["-g", &g, "--topic", &t, "--max-lag", "2"]);
    assert_eq!(code, Some(1));
    assert!(
        err.contains(&format!("group {g} {t}/0: lag 3 > --max-lag 2")),
        "{err}"
    );
    let (code, _, err) = lag_json(&["-g", &g, "--topic", &t, "--fail-on", "err"]);
    assert_eq!(code, Some(1));
    assert!(
        err.contains(&format!("group {g} is ERR ({t}/0 STALL)")),
        "{err}"
    );
    let (code, _, err) = lag_json(&[
        "-g",
        &g,
        "--topic",
        &t,
        "--max-time-lag",
        "1h",
        "--max-lag",
        "3",
    ]);
    assert_eq!(code, Some(0), "{err}");

    // A group that committed nothing has nothing to report, and passes.
    let (code, json, _) = lag_json(&["-g", &unique("idle"), "--topic", &t, "--fail-on", "warn"]);
    assert_eq!(code, Some(0));
    assert_eq!(json[0]["total_lag"], 0);
    assert!(json[0]["partitions"].as_array().unwrap().is_empty());

    let missing = evctl_kafka(&["lag", "-g", &g, "--topic", &unique("nope")])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn watch_prints_every_interval_with_trends_until_ctrl_c() {
    let t = topic("watch", 1);
    evctl_kafka(&["produce", &t])
        .write_stdin("1\n2\n3\n")
        .assert()
        .success();
    let g = unique("watch-group");
    commit(&g, &t, &[(0, 1)]);
    let child = spawn_evctl(&[
        "-b",
        &kafka(),
        "lag",
        "-g",
        &g,
        "--topic",
        &t,
        "--watch",
        "300ms",
        "-o",
        "jsonl",
    ]);
    let out = interrupt_after(child, Duration::from_millis(2500));
    assert_eq!(
        out.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines.len() >= 3, "{lines:?}");
    let last = lines.last().unwrap();
    assert_eq!(last["total_lag"], 2);
    // Nothing consumed or produced while watching: lag is not going away, nor growing.
    assert_eq!(last["trend"]["catch_up_ms"], Value::Null, "{last}");
    assert_eq!(last["trend"]["falling_behind"], false, "{last}");
    assert_eq!(last["partitions"][0]["trend"]["consume_rate"], 0.0);
}

#[test]
fn groups_are_listed_and_selected_by_regex() {
    let t = topic("regex", 1);
    evctl_kafka(&["produce", &t])
        .write_stdin("1\n2\n")
        .assert()
        .success();
    let prefix = unique("rx");
    for suffix in ["alpha", "beta"] {
        commit(&format!("{prefix}-{suffix}"), &t, &[(0, 1)]);
    }
    let list = evctl_kafka(&["groups", "list", "-o", "json"])
        .output()
        .unwrap();
    assert!(list.status.success(), "{}", stderr(&list));
    let groups: Value = serde_json::from_str(&stdout(&list)).unwrap();
    let names: Vec<&str> = groups
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|g| g["group"].as_str())
        .collect();
    assert!(
        names.contains(&format!("{prefix}-alpha").as_str()),
        "{names:?}"
    );

    let pattern = format!("{prefix}-(alpha|beta)");
    let (code, json, err) = lag_json(&["-g", &pattern, "--topic", &t]);
    assert_eq!(code, Some(0), "{err}");
    let reported: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|g| g["group"].as_str())
        .collect();
    assert_eq!(
        reported,
        [format!("{prefix}-alpha"), format!("{prefix}-beta")]
    );
    assert!(json.as_array().unwrap().iter().all(|g| g["total_lag"] == 1));

    let bad = evctl_kafka(&["lag", "-g", "(", "--topic", &t])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}
