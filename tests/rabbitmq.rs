//! RabbitMQ commands against the real server of `scripts/brokers up` (management API on 15672).

mod common;

use std::time::{Duration, Instant};

use common::{evctl, stderr, stdout, unique};
use serde_json::{Value, json};

const MANAGEMENT: &str = "http://127.0.0.1:15672";

/// Calls the management API directly, to set up what evctl then reads.
fn api(method: &str, path: &str, body: Option<Value>) {
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

    let bad_url = evctl()
        .args(["--amqp-url", "http://x", "queues", "list"])
        .output()
        .unwrap();
    assert_eq!(bad_url.status.code(), Some(2));
    assert!(stderr(&bad_url).contains("must start with amqp:// or amqps://"));
}
