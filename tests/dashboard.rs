//! `evctl lag dashboard` and `evctl dashboard` end to end: the real binary in tmux against the
//! real brokers. Keys go in with `send-keys`, the screen comes back with `capture-pane`.

mod common;

use common::tmux::{keys, quit, start, tmux, wait_for};
use common::{api, commit, evctl_kafka, kafka, produce_envelopes, read_all, stderr, topic, unique};
use serde_json::{Value, json};

fn produce(topic: &str, n: usize) {
    produce_to(topic, &[], n);
}

fn produce_to(topic: &str, extra: &[&str], n: usize) {
    let lines: String = (0..n).map(|i| format!("{{\"n\":{i}}}\n")).collect();
    let out = evctl_kafka(&[&["-q", "produce", topic], extra].concat())
        .write_stdin(lines)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

/// Waits for the overview's first reading, then filters its topic list to `topic`; returns
/// the screen.
fn filter_to_topic(session: &str, topic: &str) -> String {
    wait_for(
        session,
        "the broker list",
        |l| l.contains("brokers 1:"),
        || {},
    );
    keys(session, &["/", topic, "Enter"]);
    // The filter is typed a key at a time: wait for it to leave one topic.
    wait_for(
        session,
        "the filtered list",
        |l| l.contains("topics (1)"),
        || {},
    )
}

#[test]
fn a_group_falling_behind_turns_from_ok_to_warn_and_drills_down() {
    let t = topic("dash", 1);
    let group = unique("dash-group");
    produce(&t, 10);
    commit(&group, &t, &[(0, 10)]);
    let (session, done) = start(&format!(
        "-b {} lag -g {group} --samples 3 dashboard --refresh 400ms",
        kafka()
    ));

    let is_row = |status: &'static str| {
        let group = group.clone();
        move |line: &str| line.starts_with(status) && line.contains(&group)
    };
    wait_for(&session, "the caught-up group as OK", is_row("OK"), || {});

    // The producer outpaces the consumer: lag grows at every sample while commits move.
    let mut committed = 10;
    let warn = wait_for(&session, "the group turn WARN", is_row("WARN"), || {
        produce(&t, 20);
        committed += 5;
        commit(&group, &t, &[(0, committed)]);
    });
    assert!(warn.contains("consumer groups (1)"), "{warn}");

    // Drill into the group: its partition row (the group row names it too, as the worst
    // partition, so wait for the partition screen's own title).
    tmux(&["send-keys", "-t", &session, "Enter"]);
    let detail = wait_for(
        &session,
        "the partition screen",
        |l| l.contains("partitions (1)"),
        || {},
    );
    assert!(
        detail
            .lines()
            .any(|l| l.contains(&format!("{t}/0")) && !l.contains(&group)),
        "{detail}"
    );

    // Help, then back, then quit: the process ends with status 0 and the terminal is restored.
    tmux(&["send-keys", "-t", &session, "?"]);
    wait_for(
        &session,
        "the help overlay",
        |l| l.contains("keys (Esc or ? closes)"),
        || {},
    );
    tmux(&["send-keys", "-t", &session, "Escape"]);
    quit(&session, &done);
}

#[test]
fn the_full_dashboard_shows_topics_a_topic_groups_and_queues() {
    let t = topic("dashall", 2);
    let group = unique("dashall-group");
    produce_to(&t, &["--partition", "0"], 20);
    produce_to(&t, &["--partition", "1"], 10);
    commit(&group, &t, &[(0, 5), (1, 5)]);
    let queue = unique("evctl-dash-q");
    api(
        "PUT",
        &format!("/api/queues/%2F/{queue}"),
        Some(json!({"durable": false, "auto_delete": false})),
    );
    for i in 0..4 {
        api(
            "POST",
            "/api/exchanges/%2F/amq.default/publish",
            Some(
                json!({"properties": {}, "routing_key": queue, "payload": format!("m{i}"),
                        "payload_encoding": "string"}),
            ),
        );
    }
    let (session, done) = start(&format!(
        "-b {} --amqp-url amqp://guest:guest@127.0.0.1:5672/%2f dashboard --refresh 500ms",
        kafka()
    ));

    // The overview: brokers, then the topic, found with the filter.
    let overview = filter_to_topic(&session, &t);
    assert!(
        overview
            .lines()
            .any(|l| l.starts_with(&t) && l.contains(" 2 ") && l.contains("30")),
        "{overview}"
    );

    // The topic: its partitions, the group reading it, its configuration.
    keys(&session, &["Enter"]);
    let detail = wait_for(
        &session,
        "the group on the topic screen",
        |l| l.contains(&group) && l.contains(" 20"),
        || {},
    );
    assert!(detail.contains("partitions (2)"), "{detail}");
    assert!(detail.contains("configuration"), "{detail}");

    // The topic's messages: what is there, then a new one as it comes.
    keys(&session, &["m"]);
    wait_for(
        &session,
        "the topic's messages",
        |l| l.contains(&format!("messages in {t}, every partition, from -100 (30)")),
        || {},
    );
    let out = evctl_kafka(&["-q", "produce", &t, "--partition", "0"])
        .write_stdin("{\"n\":\"live-marker\"}\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    wait_for(
        &session,
        "the new message arrive",
        |l| l.contains("live-marker") && l.contains(" 20 "),
        || {},
    );
    // One partition, then the next, then all again.
    keys(&session, &["p"]);
    wait_for(
        &session,
        "partition 0 alone",
        |l| l.contains("partition 0, from -100 (21)"),
        || {},
    );
    keys(&session, &["p"]);
    wait_for(
        &session,
        "partition 1 alone",
        |l| l.contains("partition 1, from -100 (10)"),
        || {},
    );
    keys(&session, &["p"]);
    // From offset 15 of each partition: 15 to 20 of partition 0, none of partition 1.
    keys(&session, &["o", "15", "Enter"]);
    wait_for(
        &session,
        "the messages from offset 15",
        |l| l.contains("every partition, from 15 (6)"),
        || {},
    );
    // Search it, open it whole, copy it.
    keys(&session, &["/", "live-marker", "Enter"]);
    wait_for(
        &session,
        "the search leave one message",
        |l| l.contains("from 15 (1)"),
        || {},
    );
    keys(&session, &["Enter"]);
    wait_for(
        &session,
        "the message, whole",
        |l| l.contains(r#""n": "live-marker""#),
        || {},
    );
    keys(&session, &["y"]);
    wait_for(
        &session,
        "the copy confirmed",
        |l| l.contains("copied partition 0 offset 20 as an envelope line"),
        || {},
    );
    // Close the message, clear the search, back to the topic.
    keys(&session, &["h", "h", "h"]);
    wait_for(
        &session,
        "the topic screen again",
        |l| l.contains("partitions (2)"),
        || {},
    );

    // Back, then the lag tab, then the queues tab with the queue's depth.
    keys(&session, &["Escape", "Tab"]);
    wait_for(
        &session,
        "the lag tab",
        |l| l.contains("consumer groups ("),
        || {},
    );
    keys(&session, &["Tab"]);
    wait_for(
        &session,
        "the queues tab",
        |l| l.contains("RabbitMQ queues ("),
        || {},
    );
    keys(&session, &["/", &queue, "Enter"]);
    // The management API counts messages a few seconds late.
    let queues = wait_for(
        &session,
        "the queue's depth",
        |l| l.contains(&queue) && l.contains(" 4 "),
        || {},
    );
    // The filter applies with the next redraw, which may come after the depth was seen.
    let filtered = wait_for(
        &session,
        "the filter",
        |l| l.contains("RabbitMQ queues (1)"),
        || {},
    );
    assert!(filtered.contains(&queue), "{queues}\n{filtered}");
    quit(&session, &done);
    api("DELETE", &format!("/api/queues/%2F/{queue}"), None);
}

#[test]
fn the_dlq_tab_inspects_a_dead_letter_topic_and_replays_it_after_a_dry_run() {
    use base64::Engine;
    let b64 = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
    let target = topic("dashdlq-target", 1);
    let dlq = topic("dashdlq-dlt", 1);
    // Three records as Spring Kafka's DeadLetterPublishingRecoverer writes them.
    let lines: String = (0..3i64)
        .map(|i| {
            let record = json!({
                "key": format!("o-{i}"),
                "headers": [
                    {"key": "kafka_dlt-original-topic", "value": target},
                    {"key": "kafka_dlt-original-partition", "value": b64(&0i32.to_be_bytes()),
                     "value_encoding": "base64"},
                    {"key": "kafka_dlt-original-offset", "value": b64(&i.to_be_bytes()),
                     "value_encoding": "base64"},
                    {"key": "kafka_dlt-exception-fqcn", "value": if i < 2 {
                        "com.acme.OrderRejected"
                    } else {
                        "java.lang.NullPointerException"
                    }},
                ],
                "value": {"order": i},
            });
            format!("{record}\n")
        })
        .collect();
    let out = evctl_kafka(&["-q", "produce", &dlq, "--input", "jsonl"])
        .write_stdin(lines)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));

    let (session, done) = start(&format!("-b {} dashboard --refresh 500ms", kafka()));
    keys(&session, &["4"]);
    wait_for(
        &session,
        "the DLQ tab",
        |l| l.contains("dead-letter topics and queues"),
        || {},
    );
    keys(&session, &["/", &dlq, "Enter"]);
    wait_for(
        &session,
        "the DLQ with its 3 messages",
        |l| l.contains(&dlq) && l.contains(" 3 "),
        || {},
    );
    // Its inspection: where the messages came from and why they failed.
    keys(&session, &["Enter"]);
    let inspected = wait_for(
        &session,
        "the counts by origin",
        |l| l.contains(&format!("{target}/0")),
        || {},
    );
    assert!(
        inspected.contains("java.lang.NullPointerException"),
        "{inspected}"
    );
    assert!(inspected.contains("3 messages"), "{inspected}");
    // `]` shows the next message read, with its own metadata.
    keys(&session, &["]"]);
    let second = wait_for(
        &session,
        "the second message",
        |l| l.contains("message 2 of the first 3"),
        || {},
    );
    assert!(second.contains(r#""o-1""#), "{second}");
    // The second row is the commonest error: R plans the replay of its messages with a dry
    // run; y goes ahead.
    keys(&session, &["Down", "R"]);
    wait_for(
        &session,
        "the dry run's plan",
        |l| {
            l.contains(&format!(
                "would replay 2 (2 to {target}), skipped 1 (1 not selected)"
            ))
        },
        || {},
    );
    assert_eq!(read_all(&target).len(), 0, "a dry run sends nothing");
    keys(&session, &["y"]);
    wait_for(
        &session,
        "the replay's summary",
        |l| l.contains(&format!("replayed 2 (2 to {target})")),
        || {},
    );
    let replayed = read_all(&target);
    let orders: Vec<&Value> = replayed.iter().map(|r| &r["value"]["order"]).collect();
    assert_eq!(orders, [&json!(0), &json!(1)]);
    keys(&session, &["Escape"]);
    quit(&session, &done);
}

#[test]
fn the_context_list_switches_every_tab_to_another_cluster() {
    // The contexts `scripts/brokers up` writes: `local` (PLAINTEXT, a super user) and
    // `local-mtls` (a client certificate whose user may see only topics named mtls.*), so the
    // other context sees other topics.
    let only_here = topic("dashctx", 1);
    let config = common::brokers_config();
    let (session, done) = start(&format!(
        "--config-file {} --context local dashboard --refresh 500ms",
        config.display()
    ));
    filter_to_topic(&session, &only_here);
    // The list has every context, the one in use marked; Down chooses the next.
    keys(&session, &["c"]);
    let list = wait_for(
        &session,
        "the context list",
        |l| l.contains("● local"),
        || {},
    );
    assert!(list.contains("local-mtls"), "{list}");
    keys(&session, &["Down", "Enter"]);
    // Every tab now reads through the other listener; the filter stays, and matches nothing
    // that user may see.
    let switched = wait_for(
        &session,
        "the other context's overview",
        |l| l.contains("[local-mtls]") && l.contains("127.0.0.1:9095"),
        || {},
    );
    assert!(!switched.contains("[local]"), "{switched}");
    wait_for(
        &session,
        "the filtered list of the other context",
        |l| l.contains("topics (0)"),
        || {},
    );
    quit(&session, &done);
}

/// Puts a bare binary `datum` and a JSON value on a new topic whose schema (`extension`,
/// `schema`) is in the folder, and waits for the messages screen to show `expected` for the
/// datum and the JSON value as it was sent.
fn messages_screen_decodes(
    name: &str,
    extension: &str,
    schema: &str,
    datum: &[u8],
    expected: &str,
) {
    use base64::Engine as _;
    let t = topic(name, 1);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(format!("{t}.{extension}")), schema).unwrap();
    produce_envelopes(
        &t,
        &[
            json!({"value": base64::engine::general_purpose::STANDARD.encode(datum),
                   "value_encoding": "base64"}),
            json!({"value": {"plain": "json-left-alone"}}),
        ],
    );
    let (session, done) = start(&format!(
        "-b {} --schemas {} dashboard --refresh 500ms",
        kafka(),
        dir.path().display()
    ));
    filter_to_topic(&session, &t);
    keys(&session, &["m"]);
    let shown = wait_for(
        &session,
        "the decoded value",
        |l| l.contains(expected),
        || {},
    );
    assert!(shown.contains("json-left-alone"), "{shown}");
    quit(&session, &done);
}

#[test]
fn the_messages_screen_decodes_unframed_avro_with_the_topics_schema() {
    let schema = r#"{"type":"record","name":"Paid","fields":[{"name":"payment_id","type":"string"},{"name":"cents","type":"long"}]}"#;
    let datum = evctl::schema::avro::AvroSchema::parse(schema)
        .unwrap()
        .encode(&json!({"payment_id": "pay-avro-7", "cents": 1250}))
        .unwrap();
    messages_screen_decodes(
        "dashavro",
        "avsc",
        schema,
        &datum,
        r#""payment_id":"pay-avro-7","cents":1250"#,
    );
}

#[test]
fn the_messages_screen_decodes_protobuf_and_shows_unknown_fields() {
    let schema =
        "syntax = \"proto3\";\nmessage Paid {\n  string payment_id = 1;\n  int64 cents = 2;\n}\n";
    // payment_id "pay-pb-7", cents 1250, and field 7 (a varint 1) the schema does not have.
    let mut message = vec![0x0a, 8];
    message.extend(b"pay-pb-7");
    message.extend([0x10, 0xe2, 0x09, 0x38, 1]);
    messages_screen_decodes(
        "dashproto",
        "proto",
        schema,
        &message,
        r#""paymentId":"pay-pb-7","cents":"1250","$unknown":{"7":"1"}"#,
    );
}

#[test]
fn an_unreachable_broker_is_a_status_line_and_the_screen_keeps_answering() {
    // Nothing listens on port 1: every collector fails, each after its timeout.
    let (session, done) = start(
        "-b 127.0.0.1:1 --timeout 2s --management-url http://127.0.0.1:1 dashboard --refresh 500ms",
    );
    wait_for(
        &session,
        "the failure on the status line",
        |l| l.contains("⚠") && l.contains("127.0.0.1:1"),
        || {},
    );
    // Keys still work while the collectors keep failing: the help, another tab, quit.
    keys(&session, &["?"]);
    wait_for(&session, "the help", |l| l.contains("this help"), || {});
    keys(&session, &["h", "2"]);
    wait_for(
        &session,
        "the lag tab",
        |l| l.contains("consumer groups ("),
        || {},
    );
    quit(&session, &done);
}

/// The group screen shows who holds the group: a real consumer's client id, host and
/// partitions while it runs, and no members once it has left.
#[test]
fn the_group_screen_shows_a_live_consumer_and_its_leaving() {
    use std::io::BufRead;
    let t = topic("dash-live", 2);
    produce(&t, 4);
    let group = unique("dash-live-group");
    let mut consumer = common::live_consumer(&group, &t, "classic", 4);
    let mut said = String::new();
    std::io::BufReader::new(consumer.stdout.take().unwrap())
        .read_line(&mut said)
        .unwrap();
    assert_eq!(said.trim(), "assigned");
    let (session, done) = start(&format!(
        "-b {} lag -g {group} --samples 1 dashboard --refresh 400ms",
        kafka()
    ));
    wait_for(&session, "the group", |l| l.contains(&group), || {});
    keys(&session, &["Enter"]);
    let screen = wait_for(
        &session,
        "the live member",
        |l| l.contains("member py-live") && l.contains(&format!("{t}:0,1")),
        || {},
    );
    assert!(screen.contains("/127.0.0.1"), "{screen}");
    drop(consumer.stdin.take());
    assert!(consumer.wait().unwrap().success());
    wait_for(
        &session,
        "the member gone",
        |l| l.contains("no active members"),
        || {},
    );
    quit(&session, &done);
}
