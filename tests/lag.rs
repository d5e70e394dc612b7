//! `evctl lag` against the Apache Kafka broker of `scripts/brokers up`.

mod common;

use std::time::Duration;

use common::{
    commit, epoch_ms, evctl_kafka, kafka, produce_aged, spawn_evctl, stderr, stdout, topic, unique,
};
use serde_json::Value;

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
    // Partition 0's records were written a minute ago (their timestamps say so), so the
    // oldest unread one is about a minute old whenever the test runs.
    let minute_ago = epoch_ms() - 60_000;
    evctl_kafka(&["produce", &t, "--partition", "0", "--input", "jsonl"])
        .write_stdin(
            (0..10)
                .map(|i| format!("{{\"timestamp\":{},\"value\":{i}}}\n", minute_ago + i))
                .collect::<String>(),
        )
        .assert()
        .success();
    evctl_kafka(&["produce", &t, "--partition", "1"])
        .write_stdin("a\nb\nc\nd\ne\n")
        .assert()
        .success();
    let g = unique("lag-group");
    commit(&g, &t, &[(0, 4), (1, 5)]);

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
    // The record at offset 4 carries a timestamp a minute before the sample.
    let time_lag = p0["time_lag_ms"].as_i64().unwrap();
    assert!((59_000..120_000).contains(&time_lag), "{time_lag}");
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

/// `lag --watch` of group `g` on topic `t`, a JSON line a sample.
fn watch(g: &str, t: &str, interval: &str) -> std::process::Child {
    spawn_evctl(&[
        "-b",
        &kafka(),
        "lag",
        "-g",
        g,
        "--topic",
        t,
        "--watch",
        interval,
        "-o",
        "jsonl",
    ])
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
    let child = watch(&g, &t, "300ms");
    let out = common::signal_when(child, "INT", |lines| lines.len() >= 3);
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

/// A watch reads the oldest unconsumed record once while the group stays where it is; its
/// time lag still grows with the clock, and follows the group when it commits.
#[test]
fn a_watch_follows_the_time_lag_as_the_group_moves() {
    let t = topic("watch-time", 1);
    // Written an hour ago, then ten minutes ago.
    let now = produce_aged(&t, &[3_600_000, 600_000]);
    let hour_ago = now - 3_600_000;
    let g = unique("watch-time-group");
    commit(&g, &t, &[(0, 0)]);
    let child = watch(&g, &t, "200ms");
    let time_lag = |line: &str| {
        serde_json::from_str::<Value>(line).unwrap()["partitions"][0]["time_lag_ms"].as_i64()
    };
    let mut committed = false;
    let out = common::signal_when(child, "INT", |lines| {
        // Three samples at offset 0, then the group moves on to offset 1.
        if lines.len() >= 3 && !committed {
            commit(&g, &t, &[(0, 1)]);
            committed = true;
        }
        // Fifty samples are ten seconds: the assertions below say what went wrong.
        lines.len() >= 50
            || lines
                .last()
                .and_then(|l| time_lag(l))
                .is_some_and(|ms| ms < 3_000_000)
    });
    let lags: Vec<i64> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(time_lag)
        .collect();
    let (at_first, after) = lags.split_at(lags.iter().take_while(|&&ms| ms >= 3_000_000).count());
    assert!(at_first.len() >= 3, "{lags:?}");
    assert!(at_first[0] >= now - hour_ago, "{lags:?}");
    assert!(at_first.windows(2).all(|w| w[1] >= w[0]), "grows: {lags:?}");
    assert!(
        after
            .first()
            .is_some_and(|&ms| (600_000..3_000_000).contains(&ms)),
        "{lags:?}"
    );
}

#[test]
fn a_watch_picks_up_a_group_that_appears_while_it_runs() {
    let t = topic("relist", 1);
    evctl_kafka(&["produce", &t])
        .write_stdin("1\n2\n3\n")
        .assert()
        .success();
    let prefix = unique("relist");
    let (first, second) = (format!("{prefix}-a"), format!("{prefix}-b"));
    commit(&first, &t, &[(0, 1)]);
    let pattern = format!("{prefix}-.*");
    let child = spawn_evctl(&[
        "-b",
        &kafka(),
        "lag",
        "-g",
        &pattern,
        "--watch",
        "200ms",
        "-o",
        "jsonl",
    ]);
    // The second group commits once the watch has reported the first, and is found when the
    // groups are listed again (every 10 samples).
    let mut committed = false;
    let out = common::signal_when(child, "INT", |lines| {
        if !lines.is_empty() && !committed {
            commit(&second, &t, &[(0, 2)]);
            committed = true;
        }
        lines.iter().any(|l| l.contains(second.as_str()))
    });
    let groups: Vec<(String, i64)> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .map(|v| {
            (
                v["group"].as_str().unwrap().to_string(),
                v["total_lag"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(groups.first(), Some(&(first.clone(), 2)), "{groups:?}");
    assert!(groups.contains(&(second.clone(), 1)), "{groups:?}");
    assert_eq!(
        groups.last(),
        Some(&(second, 1)),
        "both are watched to the end: {groups:?}"
    );
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

/// Writes `values` to partition 0 of `topic` in one committed transaction: the records, then
/// the commit marker the broker appends after them.
fn produce_in_a_transaction(topic: &str, values: &[&str]) {
    use rdkafka::producer::{BaseRecord, DefaultProducerContext, Producer, ThreadedProducer};
    let producer: ThreadedProducer<DefaultProducerContext> = rdkafka::ClientConfig::new()
        .set("bootstrap.servers", kafka())
        .set("transactional.id", unique("lag-tx"))
        .create()
        .unwrap();
    let timeout = Duration::from_secs(30);
    producer.init_transactions(timeout).unwrap();
    producer.begin_transaction().unwrap();
    for value in values {
        producer
            .send(
                BaseRecord::<(), str>::to(topic)
                    .partition(0)
                    .payload(*value),
            )
            .map_err(|(e, _)| e)
            .unwrap();
    }
    producer.commit_transaction(timeout).unwrap();
}

/// A transactional producer's commit marker takes an offset after its records, but no
/// consumer ever reads it: a group that read every record is not behind.
#[test]
fn transaction_markers_are_not_lag() {
    let t = topic("tx", 1);
    produce_in_a_transaction(&t, &["0", "1", "2"]);
    // Offsets 0-2 are records, 3 the commit marker: the high watermark is 4.
    let after_last_record = unique("after-last-record");
    let after_marker = unique("after-marker");
    let behind = unique("behind");
    commit(&after_last_record, &t, &[(0, 3)]);
    commit(&after_marker, &t, &[(0, 4)]);
    commit(&behind, &t, &[(0, 1)]);
    // What a consumer sees: the three records and nothing else.
    assert_eq!(common::read_all(&t).len(), 3);

    let report = |group: &str| {
        let (code, json, err) = lag_json(&["-g", group, "--topic", &t]);
        assert_eq!(code, Some(0), "{group}: {err}");
        json[0]["partitions"][0].clone()
    };
    for caught_up in [&after_last_record, &after_marker] {
        let p = report(caught_up);
        assert_eq!(p["high_watermark"], 4, "{caught_up}: {p}");
        assert_eq!(
            (
                p["lag"].as_i64(),
                p["time_lag_ms"].as_i64(),
                p["status"].as_str()
            ),
            (Some(0), Some(0), Some("OK")),
            "{caught_up}: {p}"
        );
    }
    // Behind: records 1 and 2 are unread; the marker after them counts as an offset, as in
    // kafka-consumer-groups.sh, and the time lag is that of record 1.
    let p = report(&behind);
    assert_eq!(p["lag"], 3, "{p}");
    assert!(p["time_lag_ms"].as_i64().is_some_and(|t| t >= 0), "{p}");
}

#[test]
fn a_group_on_two_topics_gets_totals_per_topic() {
    let orders = topic("lag-orders", 2);
    let payments = topic("lag-payments", 1);
    for (t, p, n) in [(&orders, "0", 5), (&orders, "1", 3), (&payments, "0", 8)] {
        evctl_kafka(&["produce", t, "--partition", p])
            .write_stdin((0..n).map(|i| format!("{i}\n")).collect::<String>())
            .assert()
            .success();
    }
    let g = unique("two-topics");
    commit(&g, &orders, &[(0, 5), (1, 1)]);
    commit(&g, &payments, &[(0, 2)]);
    let (code, json, err) = lag_json(&["-g", &g]);
    assert_eq!(code, Some(0), "{err}");
    let group = &json[0];
    assert_eq!(group["total_lag"], 8, "{group}");
    let per_topic: Vec<(&str, i64)> = group["topics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["topic"].as_str().unwrap(),
                t["total_lag"].as_i64().unwrap(),
            )
        })
        .collect();
    let mut expected = vec![(orders.as_str(), 2), (payments.as_str(), 6)];
    expected.sort_unstable();
    let mut got = per_topic.clone();
    got.sort_unstable();
    assert_eq!(got, expected, "{group}");
    assert_eq!(group["worst_partition"], format!("{payments}/0"));
    assert_eq!(group["partitions"].as_array().unwrap().len(), 3, "{group}");
}
