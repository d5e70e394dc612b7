//! RabbitMQ commands against the real server of `scripts/brokers up` (management API on 15672).

mod common;

use std::time::{Duration, Instant};

use common::{MANAGEMENT, api, brokers_state, evctl, spawn_evctl, stderr, stdout, unique};
use serde_json::{Value, json};

fn evctl_rabbit(args: &[&str]) -> assert_cmd::Command {
    let mut cmd = evctl();
    cmd.args(["--amqp-url", "amqp://guest:guest@127.0.0.1:5672/%2f"])
        .args(args);
    cmd
}

#[test]
fn queues_describe_and_list_report_depth_and_arguments() {
    let q = unique("evctl-q");
    api(
        "PUT",
        &format!("/api/queues/%2F/{q}"),
        Some(
            json!({"durable": true, "arguments": {"x-dead-letter-exchange": "dlx", "x-max-length": 100}}),
        ),
    );
    for i in 0..3 {
        api(
            "POST",
            "/api/exchanges/%2F/amq.default/publish",
            Some(
                json!({"properties": {}, "routing_key": q, "payload": format!("m{i}"), "payload_encoding": "string"}),
            ),
        );
    }
    // The management API refreshes queue figures every few seconds: wait for them.
    let deadline = Instant::now() + Duration::from_secs(30);
    let described = loop {
        let out = evctl_rabbit(&["queues", "describe", &q, "-o", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
        if v["messages_ready"] == 3 || Instant::now() > deadline {
            break v;
        }
        std::thread::sleep(Duration::from_millis(500));
    };
    assert_eq!(described["messages_ready"], 3, "{described}");
    assert_eq!(described["messages_unacknowledged"], 0);
    assert_eq!(described["consumers"], 0);
    assert_eq!(described["type"], "classic");
    assert_eq!(described["arguments"]["x-dead-letter-exchange"], "dlx");
    assert_eq!(described["arguments"]["x-max-length"], 100);

    let text = evctl_rabbit(&["queues", "describe", &q]).output().unwrap();
    assert!(
        stdout(&text).contains("argument x-dead-letter-exchange  dlx"),
        "{}",
        stdout(&text)
    );

    let list = evctl_rabbit(&["queues", "list", "--vhost", "/", "-o", "json"])
        .output()
        .unwrap();
    let queues: Value = serde_json::from_str(&stdout(&list)).unwrap();
    let entry = queues
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == q.as_str())
        .unwrap();
    assert_eq!(entry["messages_ready"], 3);
    api("DELETE", &format!("/api/queues/%2F/{q}"), None);
}

#[test]
fn queue_errors_say_what_is_wrong() {
    let missing = evctl_rabbit(&["queues", "describe", "no-such-queue-here"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("queue \"no-such-queue-here\" in vhost \"/\" not found"));

    let refused = evctl()
        .args([
            "--amqp-url",
            "amqp://guest:wrong@127.0.0.1:5672/",
            "queues",
            "list",
        ])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(3));
    assert!(
        stderr(&refused).contains("refused the credentials"),
        "{}",
        stderr(&refused)
    );

    let down = evctl_rabbit(&["--management-url", "http://127.0.0.1:1", "queues", "list"])
        .output()
        .unwrap();
    assert_eq!(down.status.code(), Some(3));
    assert!(
        stderr(&down).contains("cannot reach the RabbitMQ management API at http://127.0.0.1:1")
    );
    assert!(stderr(&down).contains("rabbitmq-plugins enable rabbitmq_management"));

    let bad_url = evctl()
        .args(["--amqp-url", "http://x", "queues", "list"])
        .output()
        .unwrap();
    assert_eq!(bad_url.status.code(), Some(2));
    assert!(stderr(&bad_url).contains("must start with amqp:// or amqps://"));
}

fn declare_queue(name: &str, arguments: Value) {
    api(
        "PUT",
        &format!("/api/queues/%2F/{name}"),
        Some(json!({"durable": true, "arguments": arguments})),
    );
}

fn delete_queue(name: &str) {
    api("DELETE", &format!("/api/queues/%2F/{name}"), None);
}

/// Envelope lines `evctl tail --queue Q -o jsonl` prints (a peek: nothing is removed).
fn peek(queue: &str, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["tail", "--queue", queue, "-o", "jsonl"];
    args.extend_from_slice(extra);
    let out = evctl_rabbit(&args).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn publish_with_properties_then_peek_leaves_the_queue_as_it_was() {
    let q = unique("evctl-peek");
    declare_queue(&q, json!({}));
    let out = evctl_rabbit(&[
        "produce",
        "--queue",
        &q,
        "-H",
        "trace=t-1",
        "--content-type",
        "application/json",
        "--message-id",
        "m-1",
        "--type",
        "order.created",
        "--priority",
        "3",
    ])
    .write_stdin("{\"id\":1}\n{\"id\":2}\n")
    .output()
    .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains(&format!("2 of 2 messages delivered to queue {q}")));

    let first = peek(&q, &[]);
    assert_eq!(first.len(), 2);
    assert_eq!(first[0]["value"], json!({"id": 1}));
    assert_eq!(first[0]["routing_key"], q.as_str());
    assert_eq!(first[0]["queue"], q.as_str());
    assert_eq!(
        first[0]["properties"],
        json!({"content_type": "application/json", "message_id": "m-1", "type": "order.created",
               "delivery_mode": 2, "priority": 3})
    );
    assert_eq!(
        first[0]["headers"],
        json!([{"key": "trace", "type": "string", "value": "t-1"}])
    );
    // Peeking again sees the same messages: the first peek put them back.
    let second = peek(&q, &[]);
    let bodies = |v: &[Value]| v.iter().map(|r| r["value"].clone()).collect::<Vec<_>>();
    assert_eq!(bodies(&second), bodies(&first));
    assert_eq!(
        second[0]["redelivered"], true,
        "requeued messages are marked redelivered"
    );

    // --ack takes them for real.
    let consumed = evctl_rabbit(&["tail", "--queue", &q, "--ack", "-e", "-n", "1"])
        .output()
        .unwrap();
    assert_eq!(stdout(&consumed), "{\"id\":1}\n");
    assert_eq!(bodies(&peek(&q, &[])), vec![json!({"id": 2})]);
    delete_queue(&q);
}

#[test]
fn exchange_tap_sees_matching_messages_and_leaves_nothing_behind() {
    let tap = spawn_evctl(&[
        "--amqp-url",
        "amqp://guest:guest@127.0.0.1:5672/%2f",
        "tail",
        "--exchange",
        "amq.topic",
        "--binding",
        "evctl.tap.*",
        "-n",
        "2",
        "-f",
        "%k %s\\n",
    ]);
    wait_for_binding("amq.topic", |b| b["routing_key"] == "evctl.tap.*");
    for (key, value) in [
        ("evctl.tap.a", "one"),
        ("evctl.other", "skip"),
        ("evctl.tap.b", "two"),
    ] {
        evctl_rabbit(&[
            "produce",
            "--exchange",
            "amq.topic",
            "--routing-key",
            key,
            "--value",
            value,
        ])
        .assert()
        .success();
    }
    let out = tap.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "evctl.tap.a one\nevctl.tap.b two\n"
    );
    // Ctrl-C stops a tap cleanly too.
    let interrupted = spawn_evctl(&[
        "tail",
        "--exchange",
        "amq.topic",
        "--binding",
        "evctl.tap.*",
    ]);
    // Stop it once its binding exists, that is once it taps the exchange.
    let taps = || {
        api_get("/api/bindings/%2F")
            .as_array()
            .unwrap()
            .iter()
            .filter(|b| b["source"] == "amq.topic" && b["routing_key"] == "evctl.tap.*")
            .count()
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    while taps() == 0 {
        assert!(Instant::now() < deadline, "the tap never bound its queue");
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = common::signal(interrupted, "INT");
    assert_eq!(
        out.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The tap's queue went away with its connection: no binding with its pattern is left.
    let deadline = Instant::now() + Duration::from_secs(10);
    while taps() > 0 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(taps(), 0, "a tap queue was left behind");
}

#[test]
fn dead_lettered_messages_replay_with_typed_x_death_intact() {
    let work = unique("evctl-work");
    let dlq = unique("evctl-dlq");
    let replay = unique("evctl-replay");
    declare_queue(&dlq, json!({}));
    declare_queue(&replay, json!({}));
    declare_queue(
        &work,
        json!({"x-dead-letter-exchange": "", "x-dead-letter-routing-key": dlq}),
    );
    evctl_rabbit(&[
        "produce",
        "--queue",
        &work,
        "-H",
        "tenant=acme",
        "--message-id",
        "m-9",
    ])
    .write_stdin("{\"order\":\"o-9\"}\n")
    .assert()
    .success();
    // A consumer that rejects without requeue: RabbitMQ dead-letters and writes x-death.
    api(
        "POST",
        &format!("/api/queues/%2F/{work}/get"),
        Some(json!({"count": 1, "ackmode": "reject_requeue_false", "encoding": "auto"})),
    );
    let dead = peek(&dlq, &[]);
    assert_eq!(dead.len(), 1, "{dead:?}");
    let headers = dead[0]["headers"].as_array().unwrap();
    let x_death = headers
        .iter()
        .find(|h| h["key"] == "x-death")
        .expect("x-death");
    assert_eq!(x_death["type"], "array");
    let death = &x_death["value"][0]["value"];
    assert_eq!(death["count"], json!({"type": "i64", "value": 1}));
    assert_eq!(
        death["reason"],
        json!({"type": "string", "value": "rejected"})
    );
    assert_eq!(death["queue"], json!({"type": "string", "value": work}));
    assert_eq!(death["time"]["type"], "timestamp");

    // Re-publish the tailed line and read it back: body, properties and headers unchanged.
    let line = serde_json::to_string(&dead[0]).unwrap();
    evctl_rabbit(&["produce", "--queue", &replay, "--input", "jsonl"])
        .write_stdin(line)
        .assert()
        .success();
    let replayed = peek(&replay, &[]);
    assert_eq!(replayed.len(), 1);
    for field in ["value", "properties", "headers"] {
        assert_eq!(replayed[0][field], dead[0][field], "{field} changed");
    }
    for q in [&work, &dlq, &replay] {
        delete_queue(q);
    }
}

#[test]
fn publish_errors_are_clear_and_lose_nothing_silently() {
    let missing = evctl_rabbit(&["produce", "--queue", "evctl-no-such-queue", "--value", "x"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("NOT_FOUND - no queue 'evctl-no-such-queue'"),
        "{}",
        stderr(&missing)
    );

    let missing = evctl_rabbit(&[
        "produce",
        "--exchange",
        "evctl-no-such-exchange",
        "--value",
        "x",
    ])
    .output()
    .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("no exchange 'evctl-no-such-exchange'"));

    let unroutable = evctl_rabbit(&[
        "produce",
        "--exchange",
        "amq.direct",
        "--routing-key",
        "evctl-nobody",
        "--mandatory",
        "--value",
        "x",
    ])
    .output()
    .unwrap();
    assert_eq!(unroutable.status.code(), Some(4));
    assert!(
        stderr(&unroutable).contains("1 × unroutable, returned by the broker (312 NO_ROUTE)"),
        "{}",
        stderr(&unroutable)
    );

    let refused = evctl()
        .args([
            "--amqp-url",
            "amqp://guest:wrong@127.0.0.1:5672/",
            "produce",
            "--queue",
            "q",
            "--value",
            "x",
        ])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(3));
    assert!(
        stderr(&refused).contains("refused the credentials") && !stderr(&refused).contains("wrong")
    );

    let vhost = evctl()
        .args([
            "--amqp-url",
            "amqp://guest:guest@127.0.0.1:5672/evctl-no-vhost",
            "tail",
            "--queue",
            "q",
        ])
        .output()
        .unwrap();
    assert_eq!(vhost.status.code(), Some(2));
    assert!(
        stderr(&vhost).contains("vhost \"evctl-no-vhost\""),
        "{}",
        stderr(&vhost)
    );
}

#[test]
fn exchanges_bindings_and_a_headers_exchange_tap() {
    let x = unique("evctl-hx");
    let q = unique("evctl-hq");
    api(
        "PUT",
        &format!("/api/exchanges/%2F/{x}"),
        Some(json!({"type": "headers", "durable": false, "auto_delete": false})),
    );
    declare_queue(&q, json!({}));
    api(
        "POST",
        &format!("/api/bindings/%2F/e/{x}/q/{q}"),
        Some(json!({"routing_key": "", "arguments": {"x-match": "any", "tenant": "acme"}})),
    );

    let out = evctl_rabbit(&["exchanges", "list", "--vhost", "/", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let exchanges: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let entry = exchanges
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == x.as_str())
        .unwrap();
    assert_eq!(entry["type"], "headers");
    assert_eq!(entry["durable"], false);

    let out = evctl_rabbit(&["bindings", "--exchange", &x, "-o", "json"])
        .output()
        .unwrap();
    let bindings: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(bindings.as_array().unwrap().len(), 1, "{bindings}");
    assert_eq!(bindings[0]["destination"], q.as_str());
    assert_eq!(bindings[0]["arguments"]["tenant"], "acme");
    let text = evctl_rabbit(&["bindings", "--queue", &q]).output().unwrap();
    assert!(
        stdout(&text).contains(&format!("queue {q}")),
        "{}",
        stdout(&text)
    );

    // A tap on the headers exchange sees only what matches.
    let tap = spawn_evctl(&[
        "tail",
        "--exchange",
        &x,
        "--match",
        "type=order.created",
        "-n",
        "1",
        "-f",
        "%s\\n",
    ]);
    wait_for_binding(&x, |b| b["arguments"]["type"] == "order.created");
    for (kind, value) in [("order.paid", "no"), ("order.created", "yes")] {
        evctl_rabbit(&[
            "produce",
            "--exchange",
            &x,
            "-H",
            &format!("type={kind}"),
            "--value",
            value,
        ])
        .assert()
        .success();
    }
    let out = tap.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "yes\n");
    delete_queue(&q);
    api("DELETE", &format!("/api/exchanges/%2F/{x}"), None);
}

#[test]
fn streams_are_read_from_an_offset_and_keep_their_messages() {
    let s = unique("evctl-stream");
    declare_queue(&s, json!({"x-queue-type": "stream"}));
    evctl_rabbit(&["produce", "--queue", &s])
        .write_stdin("s-0\ns-1\ns-2\ns-3\ns-4\n")
        .assert()
        .success();
    let read = |from: &str| -> Vec<String> {
        let out = evctl_rabbit(&["tail", "--queue", &s, "--from", from, "-e", "-f", "%s\\n"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out).lines().map(String::from).collect()
    };
    assert_eq!(read("beginning"), ["s-0", "s-1", "s-2", "s-3", "s-4"]);
    assert_eq!(read("3"), ["s-3", "s-4"]);
    // `last` starts at the last chunk: at most all five, ending with the newest.
    let last = read("last");
    assert!(
        !last.is_empty() && last.len() <= 5 && last.last().unwrap() == "s-4",
        "{last:?}"
    );
    assert!(read("next").is_empty());
    // Reading removed nothing.
    assert_eq!(read("first").len(), 5);
    let envelope = peek(&s, &["--from", "beginning", "-e", "-n", "1"]);
    assert_eq!(
        envelope[0]["headers"][0],
        json!({"key": "x-stream-offset", "type": "i64", "value": 0})
    );
    let bad = evctl_rabbit(&["tail", "--queue", &s, "--from", "-3"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    delete_queue(&s);
}

/// Waits until `exchange` has a binding that `matches` accepts: a tap listens once its queue
/// is bound.
fn wait_for_binding(exchange: &str, matches: impl Fn(&Value) -> bool) {
    let path = format!("/api/exchanges/%2F/{exchange}/bindings/source");
    let deadline = Instant::now() + Duration::from_secs(30);
    while !api_get(&path).as_array().unwrap().iter().any(&matches) {
        assert!(Instant::now() < deadline, "nothing bound to {exchange}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn api_get(path: &str) -> Value {
    let mut response = ureq::Agent::new_with_defaults()
        .get(format!("{MANAGEMENT}{path}"))
        .header("Authorization", "Basic Z3Vlc3Q6Z3Vlc3Q=")
        .call()
        .unwrap_or_else(|e| panic!("GET {path}: {e}"));
    serde_json::from_str(&response.body_mut().read_to_string().unwrap()).unwrap()
}

#[test]
fn a_connection_lost_while_tailing_is_reported_with_exit_3() {
    let tap = spawn_evctl(&["tail", "--exchange", "amq.fanout"]);
    let wanted = format!("evctl (pid {})", tap.id());
    // The management API lists connections with its statistics, a few seconds late.
    let deadline = Instant::now() + Duration::from_secs(30);
    let name = loop {
        let connections = api_get("/api/connections");
        let found = connections.as_array().unwrap().iter().find_map(|c| {
            (c["client_properties"]["connection_name"] == wanted.as_str())
                .then(|| c["name"].as_str().unwrap().to_string())
        });
        if let Some(name) = found {
            break name;
        }
        assert!(
            Instant::now() < deadline,
            "the tap's connection never showed"
        );
        std::thread::sleep(Duration::from_millis(500));
    };
    let encoded: String = name
        .bytes()
        .map(|b| match b {
            b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    api("DELETE", &format!("/api/connections/{encoded}"), None);
    let out = tap.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("connection lost while tailing"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn amqps_with_a_ca_and_with_a_client_certificate() {
    let tls = brokers_state().join("tls");
    let q = unique("evctl-tls");
    declare_queue(&q, json!({}));
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    let context = |name: &str, client: bool| {
        let mut text = format!(
            "[contexts.{name}.amqp]\nurl = \"amqps://guest:guest@localhost:5671/%2f\"\nmanagement-url = \"{MANAGEMENT}\"\ntls-ca = \"{}\"\n",
            tls.join("ca.pem").display()
        );
        if client {
            text.push_str(&format!(
                "tls-cert = \"{}\"\ntls-key = \"{}\"\n",
                tls.join("client.pem").display(),
                tls.join("client-key.pem").display()
            ));
        }
        text
    };
    std::fs::write(&config, context("tls", false) + &context("mtls", true)).unwrap();
    for (ctx, value) in [("tls", "over TLS"), ("mtls", "with a client certificate")] {
        let out = evctl()
            .env("EVCTL_CONFIG", &config)
            .args(["--context", ctx, "produce", "--queue", &q, "--value", value])
            .output()
            .unwrap();
        assert!(out.status.success(), "{ctx}: {}", stderr(&out));
    }
    let read = evctl()
        .env("EVCTL_CONFIG", &config)
        .args(["--context", "mtls", "tail", "--queue", &q, "-f", "%s\\n"])
        .output()
        .unwrap();
    assert_eq!(
        stdout(&read),
        "over TLS\nwith a client certificate\n",
        "{}",
        stderr(&read)
    );

    // Without the CA the server's certificate is not trusted.
    let untrusted = evctl()
        .args([
            "--amqp-url",
            "amqps://guest:guest@localhost:5671/%2f",
            "--timeout",
            "5s",
        ])
        .args(["produce", "--queue", &q, "--value", "x"])
        .output()
        .unwrap();
    assert_eq!(untrusted.status.code(), Some(3));
    assert!(
        stderr(&untrusted).contains("invalid peer certificate"),
        "{}",
        stderr(&untrusted)
    );
    delete_queue(&q);
}

/// The management API over https, signed by the same private CA as the AMQP listener: the
/// context's `tls-ca` is trusted for both.
#[test]
fn the_management_api_over_https_trusts_the_contexts_ca() {
    let q = unique("evctl-https-mgmt");
    declare_queue(&q, json!({}));
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    let ca = brokers_state().join("tls").join("ca.pem");
    std::fs::write(
        &config,
        format!(
            "[contexts.private.amqp]\nmanagement-url = \"https://localhost:15671\"\ntls-ca = \"{}\"\n\n\
             [contexts.public.amqp]\nmanagement-url = \"https://localhost:15671\"\n",
            ca.display()
        ),
    )
    .unwrap();
    let listed = evctl()
        .env("EVCTL_CONFIG", &config)
        .args(["--context", "private", "queues", "list", "-o", "json"])
        .output()
        .unwrap();
    assert!(listed.status.success(), "{}", stderr(&listed));
    assert!(stdout(&listed).contains(&q), "{}", stdout(&listed));
    // Without the CA, the system's roots do not know the server's certificate.
    let untrusted = evctl()
        .env("EVCTL_CONFIG", &config)
        .args(["--context", "public", "--timeout", "5s", "queues", "list"])
        .output()
        .unwrap();
    assert_eq!(untrusted.status.code(), Some(3), "{}", stderr(&untrusted));
    assert!(
        stderr(&untrusted).contains("15671"),
        "{}",
        stderr(&untrusted)
    );
    delete_queue(&q);
}

#[test]
fn queue_lag_is_depth_judged_with_consumers_and_gated() {
    let q = unique("evctl-lagq");
    declare_queue(&q, json!({}));
    evctl_rabbit(&["produce", "--queue", &q])
        .write_stdin("1\n2\n3\n")
        .assert()
        .success();
    // Queue figures reach the management API every few seconds: wait for them.
    let deadline = Instant::now() + Duration::from_secs(30);
    let report = loop {
        let out = evctl_rabbit(&["lag", "--queue", &q, "--samples", "1", "-o", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
        if v[0]["depth"] == 3 || Instant::now() > deadline {
            break v;
        }
        std::thread::sleep(Duration::from_millis(500));
    };
    let entry = &report[0];
    assert_eq!(entry["queue"], q.as_str());
    assert_eq!(
        (
            entry["depth"].as_u64(),
            entry["ready"].as_u64(),
            entry["consumers"].as_u64()
        ),
        (Some(3), Some(3), Some(0))
    );
    // Messages and nobody to consume them.
    assert_eq!(
        (entry["status"].as_str(), entry["partition_status"].as_str()),
        (Some("ERR"), Some("STOP"))
    );

    let gated = evctl_rabbit(&[
        "lag",
        "--queue",
        &q,
        "--samples",
        "1",
        "--fail-on",
        "err",
        "--max-lag",
        "2",
    ])
    .output()
    .unwrap();
    assert_eq!(gated.status.code(), Some(1));
    let err = stderr(&gated);
    assert!(err.contains(&format!("queue {q} is ERR (STOP)")), "{err}");
    assert!(
        err.contains(&format!("queue {q}: depth 3 > --max-lag 2")),
        "{err}"
    );

    // The same judgement for Prometheus (tests/prometheus.rs checks the format with promtool).
    let out = evctl_rabbit(&["lag", "--queue", &q, "--samples", "1", "-o", "prometheus"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for line in [
        format!("evctl_rabbitmq_queue_messages{{vhost=\"/\",queue=\"{q}\"}} 3"),
        format!("evctl_rabbitmq_queue_consumers{{vhost=\"/\",queue=\"{q}\"}} 0"),
        format!("evctl_rabbitmq_queue_status{{vhost=\"/\",queue=\"{q}\",status=\"ERR\"}} 1"),
        format!("evctl_rabbitmq_queue_depth_status{{vhost=\"/\",queue=\"{q}\",status=\"STOP\"}} 1"),
    ] {
        assert!(text.lines().any(|l| l == line), "{line} not in\n{text}");
    }
    delete_queue(&q);
}

/// Messages in a queue, from the management API (which refreshes every few seconds: waits
/// until it shows `expected`, and fails with what it showed).
/// Waits until `queue` holds at least `least` messages, asking the broker itself (a passive
/// declare answers with the live count; the management API's figures lag by seconds).
fn wait_until_at_least(queue: &str, least: u32) {
    use lapin::options::QueueDeclareOptions;
    use lapin::types::FieldTable;
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let connection = lapin::Connection::connect(
            "amqp://guest:guest@127.0.0.1:5672/%2f",
            lapin::ConnectionProperties::default(),
        )
        .await
        .unwrap();
        let channel = connection.create_channel().await.unwrap();
        let passive = QueueDeclareOptions {
            passive: true,
            ..QueueDeclareOptions::default()
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let q = channel
                .queue_declare(queue.into(), passive, FieldTable::default())
                .await
                .unwrap();
            if q.message_count() >= least {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{queue} holds {} messages, waited for {least}",
                q.message_count()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    });
}

fn wait_depth(queue: &str, expected: u64) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let q = api_get(&format!("/api/queues/%2F/{queue}"));
        let depth = q["messages"].as_u64().unwrap_or(u64::MAX);
        if depth == expected {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{queue} holds {depth} messages, expected {expected}"
        );
        std::thread::sleep(Duration::from_millis(250));
    }
}

/// Dead-letters `count` messages from `work` the way a failing consumer does.
fn reject_all(work: &str, count: usize) {
    api(
        "POST",
        &format!("/api/queues/%2F/{work}/get"),
        Some(json!({"count": count, "ackmode": "reject_requeue_false", "encoding": "auto"})),
    );
}

#[test]
fn dlq_inspect_and_replay_of_messages_rabbitmq_dead_lettered() {
    let work = unique("evctl-dlq-work");
    let dlq = unique("evctl-dlq");
    declare_queue(&dlq, json!({}));
    declare_queue(
        &work,
        json!({"x-dead-letter-exchange": "", "x-dead-letter-routing-key": dlq}),
    );
    evctl_rabbit(&["produce", "--queue", &work, "-H", "trace-id=t-1"])
        .write_stdin("{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n{\"n\":4}\n{\"n\":5}\n")
        .assert()
        .success();
    reject_all(&work, 5);
    wait_depth(&dlq, 5);

    let out = evctl_rabbit(&["dlq", "inspect", "--queue", &dlq, "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["messages"], 5, "{report}");
    assert_eq!(report["by_origin"][format!("queue {work}")], 5, "{report}");
    assert_eq!(report["by_error"]["rejected"], 5, "{report}");
    assert_eq!(report["samples"][0]["dead_letter"]["queue"], work.as_str());
    assert_eq!(report["samples"][0]["dead_letter"]["count"], 1);

    // A dry run shows the plan and moves nothing.
    let plan = evctl_rabbit(&["dlq", "replay", "--queue", &dlq, "--dry-run"])
        .output()
        .unwrap();
    assert!(plan.status.success(), "{}", stderr(&plan));
    assert_eq!(
        stdout(&plan)
            .lines()
            .filter(|l| l.contains(&format!("-> queue {work}")))
            .count(),
        5,
        "{}",
        stdout(&plan)
    );
    wait_depth(&dlq, 5);

    // A target that does not exist: an error before anything is taken.
    let missing = evctl_rabbit(&[
        "dlq",
        "replay",
        "--queue",
        &dlq,
        "--to-queue",
        &unique("nope"),
    ])
    .output()
    .unwrap();
    assert_eq!(missing.status.code(), Some(2), "{}", stderr(&missing));
    // An exchange that routes the key nowhere: returned, reported, left in the DLQ.
    let unroutable = evctl_rabbit(&[
        "dlq",
        "replay",
        "--queue",
        &dlq,
        "--to-exchange",
        "amq.direct",
        "--limit",
        "1",
    ])
    .output()
    .unwrap();
    assert_eq!(unroutable.status.code(), Some(4), "{}", stderr(&unroutable));
    assert!(
        stderr(&unroutable).contains("unroutable"),
        "{}",
        stderr(&unroutable)
    );
    wait_depth(&dlq, 5);

    let two = evctl_rabbit(&["dlq", "replay", "--queue", &dlq, "--limit", "2"])
        .output()
        .unwrap();
    assert!(two.status.success(), "{}", stderr(&two));
    wait_depth(&work, 2);
    wait_depth(&dlq, 3);
    let back = peek(&work, &[]);
    let header = |m: &Value, k: &str| {
        m["headers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["key"] == k)
            .map(|h| h["value"].clone())
    };
    assert_eq!(back[0]["value"], json!({"n": 1}));
    assert_eq!(
        header(&back[0], "x-death"),
        None,
        "dead-letter headers dropped"
    );
    assert_eq!(header(&back[0], "trace-id"), Some(json!("t-1")));
    assert_eq!(header(&back[0], "evctl-replay-count"), Some(json!(1)));

    let rest = evctl_rabbit(&["dlq", "replay", "--queue", &dlq, "-o", "json"])
        .output()
        .unwrap();
    assert!(rest.status.success(), "{}", stderr(&rest));
    let summary: Value = serde_json::from_str(&stdout(&rest)).unwrap();
    assert_eq!(summary["replayed"], 3, "{summary}");
    wait_depth(&work, 5);
    wait_depth(&dlq, 0);

    // They fail again; with --max-replays 1 the loop guard keeps them in the DLQ (exit 4).
    reject_all(&work, 5);
    wait_depth(&dlq, 5);
    let guarded = evctl_rabbit(&["dlq", "replay", "--queue", &dlq, "--max-replays", "1"])
        .output()
        .unwrap();
    assert_eq!(guarded.status.code(), Some(4), "{}", stderr(&guarded));
    assert!(
        stderr(&guarded).contains("already replayed 1 times"),
        "{}",
        stderr(&guarded)
    );
    wait_depth(&dlq, 5);
    wait_depth(&work, 0);
    delete_queue(&work);
    delete_queue(&dlq);
}

/// Kills a RabbitMQ replay midway (SIGKILL), runs it again, and checks that every message
/// reached the target, that duplicates stay within the window of unconfirmed messages, and
/// that the DLQ is empty.
#[test]
fn a_killed_rabbitmq_replay_loses_nothing() {
    const N: usize = 20_000;
    let dlq = unique("evctl-dlq-kill");
    let target = unique("evctl-dlq-kill-target");
    declare_queue(&dlq, json!({}));
    declare_queue(&target, json!({}));
    evctl_rabbit(&["produce", "--queue", &dlq])
        .write_stdin((0..N).map(|i| format!("{i}\n")).collect::<String>())
        .assert()
        .success();
    wait_depth(&dlq, N as u64);
    let args = [
        "--amqp-url",
        "amqp://guest:guest@127.0.0.1:5672/%2f",
        "dlq",
        "replay",
        "--queue",
        &dlq,
        "--to-queue",
        &target,
        "--window",
        "500",
        "--rate",
        "4000",
        "-q",
    ];
    let mut child = common::evctl_process()
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Killed once the broker holds a quarter of the messages in the target, whenever that is.
    wait_until_at_least(&target, N as u32 / 4);
    child.kill().unwrap();
    child.wait().unwrap();
    let after_kill = peek(&target, &["--window", "65535"]).len();
    assert!(
        (1..N).contains(&after_kill),
        "killed at {after_kill} of {N}: not midway"
    );

    let rerun = evctl().args(args).output().unwrap();
    assert!(rerun.status.success(), "{}", stderr(&rerun));
    let all = peek(&target, &["--window", "65535"]);
    let mut seen = vec![0u32; N];
    for m in &all {
        seen[usize::try_from(m["value"].as_u64().unwrap()).unwrap()] += 1;
    }
    assert!(
        seen.iter().all(|&n| n >= 1),
        "every message reached the target"
    );
    let duplicates = all.len() - N;
    assert!(
        duplicates <= 500,
        "{duplicates} duplicates, more than the window of 500"
    );
    wait_depth(&dlq, 0);
    eprintln!("{after_kill} of {N} through when killed; {duplicates} duplicates");
    delete_queue(&dlq);
    delete_queue(&target);
}

/// A stream-protocol consumer (Python's rstream, installed by scripts/test) that reads
/// `first` messages of `stream` and then stops reading, holding its subscription open.
const STALLING_STREAM_CONSUMER: &str = r#"
import asyncio, sys
from rstream import Consumer, ConsumerOffsetSpecification, OffsetType
async def main():
    seen = 0
    async with Consumer(host="127.0.0.1", port=5552, username="guest", password="guest") as c:
        async def on_message(msg, ctx):
            nonlocal seen
            seen += 1
            if seen == int(sys.argv[2]):
                print("stalled", flush=True)
                await asyncio.sleep(3600)
        await c.start()
        await c.subscribe(stream=sys.argv[1], callback=on_message,
                          offset_specification=ConsumerOffsetSpecification(OffsetType.FIRST, None))
        await c.run()
asyncio.run(main())
"#;

#[test]
fn stream_consumers_report_offset_lag() {
    let stream = unique("evctl-stream-lag");
    declare_queue(&stream, json!({"x-queue-type": "stream"}));
    evctl_rabbit(&["produce", "--queue", &stream])
        .write_stdin((0..5000).map(|i| format!("{i}\n")).collect::<String>())
        .assert()
        .success();
    let mut consumer = std::process::Command::new("python3")
        .args(["-c", STALLING_STREAM_CONSUMER, &stream, "100"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("python3 runs");
    // The management API shows the consumer after its next statistics tick.
    let deadline = Instant::now() + Duration::from_secs(30);
    let api_lag = loop {
        let consumers = api_get("/api/stream/consumers/%2F");
        let lag = consumers
            .as_array()
            .into_iter()
            .flatten()
            .find(|c| c["queue"]["name"] == stream.as_str())
            .and_then(|c| c["offset_lag"].as_u64());
        if let Some(lag) = lag.filter(|&l| l > 0) {
            break lag;
        }
        assert!(
            Instant::now() < deadline,
            "the stream consumer never showed up"
        );
        std::thread::sleep(Duration::from_millis(500));
    };
    let out = evctl_rabbit(&["lag", "--queue", &stream, "--samples", "1", "-o", "json"])
        .output()
        .unwrap();
    let gated = evctl_rabbit(&[
        "lag",
        "--queue",
        &stream,
        "--samples",
        "1",
        "--max-lag",
        "10",
    ])
    .output()
    .unwrap();
    let _ = consumer.kill();
    let _ = consumer.wait();
    assert!(out.status.success(), "{}", stderr(&out));
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let q = &report[0];
    assert_eq!(q["offset_lag"], api_lag, "{q}");
    assert!(api_lag > 4000 && api_lag < 5000, "{q}");
    assert_eq!(q["stream_consumers"][0]["offset_lag"], api_lag, "{q}");
    assert_eq!(q["stream_consumers"].as_array().unwrap().len(), 1, "{q}");
    assert_eq!(gated.status.code(), Some(1), "{}", stderr(&gated));
    assert!(
        stderr(&gated).contains(&format!("queue {stream}: offset lag")),
        "{}",
        stderr(&gated)
    );
    delete_queue(&stream);
}
