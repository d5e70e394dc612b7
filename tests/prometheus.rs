//! `evctl lag serve` scraped by a real Prometheus server (Debian's `prometheus` package, which
//! `scripts/test` installs), the formats checked by its `promtool`, and the alerting rules in
//! `contrib/prometheus/` checked too. Kafka is the broker of `scripts/brokers up`.

mod common;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{commit, evctl_kafka, evctl_process, kafka, produce_aged, stderr, topic, unique};
use serde_json::Value;

/// Kills the child when the test ends, passing or not.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `evctl <global> lag serve <flags> --listen 127.0.0.1:PORT --refresh 1s`, and its port.
fn serve(global: &[&str], flags: &[&str]) -> (Running, u16) {
    let port = free_port();
    let child = evctl_process()
        .args(global)
        .args(["lag", "serve"])
        .args(flags)
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .args(["--refresh", "1s"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    (Running(child), port)
}

/// A GET of `path` on 127.0.0.1:`port` with these header lines: the status line and headers,
/// and the body's bytes; `None` while nothing listens.
fn get_raw(port: u16, path: &str, headers: &str) -> Option<(String, Vec<u8>)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}\r\n"
    )
    .ok()?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).ok()?;
    let at = answer.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8(answer[..at].to_vec()).ok()?;
    Some((head, answer[at + 4..].to_vec()))
}

/// `get_raw` with an `Accept` header, the body as text.
fn get(port: u16, path: &str, accept: &str) -> Option<(String, String)> {
    let (head, body) = get_raw(port, path, &format!("Accept: {accept}\r\n"))?;
    Some((head, String::from_utf8(body).ok()?))
}

/// Waits (at most `within`) until `probe` gives something.
fn wait_for<T>(what: &str, within: Duration, mut probe: impl FnMut() -> Option<T>) -> T {
    let until = Instant::now() + within;
    loop {
        if let Some(found) = probe() {
            return found;
        }
        assert!(Instant::now() < until, "gave up waiting for {what}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// `promtool check <what>` on `input` (a file, or stdin when `None`): its output when it
/// passes.
fn promtool(what: &[&str], stdin: Option<&str>) -> String {
    let mut child = Command::new("promtool")
        .arg("check")
        .args(what)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("promtool runs (scripts/test installs Debian's prometheus)");
    let input = stdin.unwrap_or_default().to_string();
    let mut pipe = child.stdin.take().unwrap();
    std::thread::spawn(move || pipe.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    let said = format!("{}{}", common::stdout(&out), stderr(&out));
    assert!(out.status.success(), "promtool check {what:?}: {said}");
    said
}

/// One value of an instant query to Prometheus' HTTP API, when the query has one.
fn query(prometheus: u16, promql: &str) -> Option<f64> {
    let text = ureq::get(&format!("http://127.0.0.1:{prometheus}/api/v1/query"))
        .query("query", promql)
        .call()
        .ok()?
        .body_mut()
        .read_to_string()
        .ok()?;
    let answer: Value = serde_json::from_str(&text).ok()?;
    answer["data"]["result"][0]["value"][1]
        .as_str()?
        .parse()
        .ok()
}

/// Debian's Prometheus on a free port, scraping 127.0.0.1:`target` every second.
fn prometheus(target: u16, dir: &Path) -> (Running, u16) {
    let port = free_port();
    let config = dir.join("prometheus.yml");
    std::fs::write(
        &config,
        format!(
            "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n  - job_name: evctl\n    static_configs:\n      - targets: ['127.0.0.1:{target}']\n"
        ),
    )
    .unwrap();
    let child = Command::new("prometheus")
        .arg(format!("--config.file={}", config.display()))
        .arg(format!(
            "--storage.tsdb.path={}",
            dir.join("data").display()
        ))
        .arg(format!("--web.listen-address=127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("prometheus runs (scripts/test installs Debian's prometheus)");
    (Running(child), port)
}

#[test]
fn prometheus_scrapes_a_groups_lag_and_sees_it_turn_warn() {
    let t = topic("prom", 1);
    evctl_kafka(&["produce", &t])
        .write_stdin("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n")
        .assert()
        .success();
    let g = unique("prom-group");
    commit(&g, &t, &[(0, 4)]);
    let (_serve, port) = serve(
        &["-b", &kafka()],
        &["-g", &g, "--topic", &t, "--samples", "3"],
    );
    let dir = tempfile::tempdir().unwrap();
    let (_prometheus, prom) = prometheus(port, dir.path());

    // The known offsets, as Prometheus stored them from its scrapes.
    let lag =
        format!("evctl_kafka_consumergroup_lag{{group=\"{g}\",topic=\"{t}\",partition=\"0\"}}");
    wait_for(
        "Prometheus to have the lag",
        Duration::from_secs(90),
        || query(prom, &lag).filter(|v| *v == 6.0),
    );
    let committed = format!("evctl_kafka_consumergroup_committed_offset{{group=\"{g}\"}}");
    assert_eq!(query(prom, &committed), Some(4.0));
    let high = format!("evctl_kafka_topic_partition_high_watermark{{topic=\"{t}\"}}");
    assert_eq!(query(prom, &high), Some(10.0));
    assert_eq!(
        query(
            prom,
            &format!("evctl_kafka_consumergroup_total_lag{{group=\"{g}\"}}")
        ),
        Some(6.0)
    );
    assert_eq!(query(prom, "evctl_sampler_up{source=\"kafka\"}"), Some(1.0));

    // A producer outpaces the group, which still commits: lag grows at every sample, WARN.
    let warn = format!("evctl_kafka_consumergroup_status{{group=\"{g}\",status=\"WARN\"}}");
    let mut offset = 4;
    let batch: String = (0..20).map(|i| format!("m{i}\n")).collect();
    wait_for(
        "the group's status to turn WARN",
        Duration::from_secs(120),
        || {
            evctl_kafka(&["-q", "produce", &t])
                .write_stdin(batch.clone())
                .assert()
                .success();
            offset += 1;
            commit(&g, &t, &[(0, offset)]);
            query(prom, &warn).filter(|v| *v == 1.0)
        },
    );
    let catch_up = format!("evctl_kafka_consumergroup_catch_up_seconds{{group=\"{g}\"}}");
    assert!(
        query(prom, &catch_up).is_some_and(f64::is_infinite),
        "falling behind: no catch-up time"
    );
}

#[test]
fn the_metrics_pass_promtool_in_both_formats() {
    let t = topic("prom-format", 2);
    evctl_kafka(&["produce", &t, "--partition", "0"])
        .write_stdin("a\nb\nc\n")
        .assert()
        .success();
    let g = unique("prom-format-group");
    commit(&g, &t, &[(0, 1)]);
    let (_serve, port) = serve(&["-b", &kafka()], &["-g", &g]);
    let text = wait_for("a served sample", Duration::from_secs(60), || {
        get(port, "/metrics", "text/plain")
            .filter(|(_, body)| body.contains(&format!("group=\"{g}\"")))
    });
    assert!(
        text.0.contains("Content-Type: text/plain; version=0.0.4"),
        "{}",
        text.0
    );
    promtool(&["metrics"], Some(&text.1));

    // Prometheus' own Accept header: OpenMetrics, ending in # EOF, counters without _total.
    let accept = "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";
    let (head, body) = get(port, "/metrics", accept).unwrap();
    assert!(
        head.contains("application/openmetrics-text; version=1.0.0"),
        "{head}"
    );
    assert!(body.ends_with("# EOF\n"), "{body}");
    assert!(
        body.contains("# TYPE evctl_sampler_samples counter\n"),
        "{body}"
    );

    // Gzip, as Prometheus asks for it: one gzip stream (a reader that stops after the first
    // member, as curl's does, still sees the sampler's families at the end).
    let (head, zipped) = get_raw(port, "/metrics", "Accept-Encoding: gzip\r\n").unwrap();
    assert!(head.contains("Content-Encoding: gzip"), "{head}");
    let mut unzipped = String::new();
    flate2::read::GzDecoder::new(&zipped[..])
        .read_to_string(&mut unzipped)
        .unwrap();
    assert!(unzipped.contains(&format!("group=\"{g}\"")), "{unzipped}");
    assert!(
        unzipped.contains("evctl_sampler_up{source=\"kafka\"} 1\n"),
        "{unzipped}"
    );
    promtool(&["metrics"], Some(&unzipped));

    // `lag -o prometheus`: one sample, for the textfile collector.
    let out = evctl_kafka(&["lag", "-g", &g, "--samples", "1", "-o", "prometheus"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let once = common::stdout(&out);
    assert!(
        once.contains(&format!(
            "evctl_kafka_consumergroup_lag{{group=\"{g}\",topic=\"{t}\",partition=\"0\"}} 2\n"
        )),
        "{once}"
    );
    promtool(&["metrics"], Some(&once));

    let (_, page) = get(port, "/", "text/html").unwrap();
    assert!(page.contains(&g), "{page}");
    let (_, health) = get(port, "/healthz", "*/*").unwrap();
    assert!(health.starts_with("ok"), "{health}");
}

#[test]
fn with_the_broker_down_the_endpoint_answers_and_says_so() {
    // Nothing listens on port 1.
    let (_serve, port) = serve(&["-b", "127.0.0.1:1", "--timeout", "1s"], &[]);
    let (_, body) = wait_for("a failed sample counted", Duration::from_secs(60), || {
        get(port, "/metrics", "text/plain")
            .filter(|(_, body)| body.contains("evctl_sampler_errors_total{source=\"kafka\""))
    });
    assert!(
        body.contains("evctl_sampler_up{source=\"kafka\"} 0\n"),
        "{body}"
    );
    // No lag gauge is served, stale or otherwise, and no success time is made up.
    assert!(!body.contains("evctl_kafka_consumergroup_lag{"), "{body}");
    assert!(
        !body.contains("evctl_sampler_last_success_timestamp_seconds{"),
        "{body}"
    );
    let (_, health) = get(port, "/healthz", "*/*").unwrap();
    assert!(health.contains("the last sample failed"), "{health}");
}

#[test]
fn the_alerting_rules_pass_promtool() {
    let rules = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/contrib/prometheus/evctl-lag.rules.yml"
    );
    let said = promtool(&["rules", rules], None);
    assert!(said.contains("SUCCESS"), "{said}");
}

#[test]
fn the_grafana_dashboard_queries_only_metrics_evctl_serves() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/contrib/grafana/evctl-lag.json"
    );
    let dashboard: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let source =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/metrics.rs")).unwrap();
    let mut checked = 0;
    for panel in dashboard["panels"].as_array().unwrap() {
        for target in panel["targets"].as_array().into_iter().flatten() {
            let expr = target["expr"].as_str().unwrap();
            for name in expr
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .filter(|w| w.starts_with("evctl_"))
            {
                assert!(source.contains(&format!("\"{name}\"")), "{name} in {expr}");
                checked += 1;
            }
        }
    }
    assert!(checked >= 5, "{checked}");
}

#[test]
fn rabbitmq_queues_are_served_with_their_status() {
    let q = unique("prom-queue");
    let path = format!("/api/queues/%2F/{q}");
    common::api("PUT", &path, Some(serde_json::json!({"durable": false})));
    let amqp = "amqp://guest:guest@127.0.0.1:5672/%2f";
    common::evctl()
        .args(["--amqp-url", amqp, "-q", "produce", "--queue", &q])
        .write_stdin("1\n2\n3\n")
        .assert()
        .success();
    let (_serve, port) = serve(&["--amqp-url", amqp], &["--queue", &q]);
    // The management API's figures trail by a few seconds.
    let depth = format!("evctl_rabbitmq_queue_messages{{vhost=\"/\",queue=\"{q}\"}} 3\n");
    let (_, body) = wait_for("the queue's depth served", Duration::from_secs(60), || {
        get(port, "/metrics", "text/plain").filter(|(_, body)| body.contains(&depth))
    });
    let stop = format!(
        "evctl_rabbitmq_queue_depth_status{{vhost=\"/\",queue=\"{q}\",status=\"STOP\"}} 1\n"
    );
    assert!(body.contains(&stop), "no consumer: STOP\n{body}");
    assert!(
        body.contains("evctl_sampler_up{source=\"rabbitmq\"} 1\n"),
        "{body}"
    );
    promtool(&["metrics"], Some(&body));
    common::api("DELETE", &path, None);
}

/// Once every group is caught up and idle, `lag serve` reads only the offsets' digest and the
/// watermarks each sample; a message produced and a commit after that are still served, by
/// the next sample but one (before the groups are listed again, every 10th sample, which
/// would read everything anyway).
#[test]
fn a_cluster_at_rest_is_still_watched() {
    let t = topic("prom-rest", 1);
    evctl_kafka(&["produce", &t])
        .write_stdin("a\nb\nc\n")
        .assert()
        .success();
    let g = unique("prom-rest-group");
    commit(&g, &t, &[(0, 3)]);
    let (_serve, port) = serve(&["-b", &kafka()], &["-g", &g, "--samples", "2"]);
    let lag = |n: i64| {
        format!(
            "evctl_kafka_consumergroup_lag{{group=\"{g}\",topic=\"{t}\",partition=\"0\"}} {n}\n"
        )
    };
    let after = |n: u64| scrape_after(port, n);
    // Caught up, and idle over a full window (2 samples) and then some.
    let body = after(3);
    assert!(body.contains(&lag(0)), "{body}");
    let at = samples(&body);
    evctl_kafka(&["-q", "produce", &t])
        .write_stdin("d\ne\n")
        .assert()
        .success();
    let body = after(at + 2);
    assert!(
        body.contains(&lag(2)),
        "two new messages, by sample {}: {body}",
        at + 2
    );
    // Caught up again, and at rest; then a commit alone (a rewind) is seen.
    commit(&g, &t, &[(0, 5)]);
    let body = after(samples(&body) + 2);
    assert!(body.contains(&lag(0)), "{body}");
    let body = after(samples(&body) + 3);
    let at = samples(&body);
    commit(&g, &t, &[(0, 1)]);
    let body = after(at + 2);
    assert!(
        body.contains(&lag(4)),
        "the rewound group, by sample {}: {body}",
        at + 2
    );
}

/// A group that lags and does not move (nor does anything else) is judged again each sample
/// from what the last one read: its time lag grows with the clock, and a commit is served by
/// the next sample but one.
#[test]
fn a_lagging_group_that_does_not_move_is_still_judged() {
    let t = topic("prom-still", 1);
    // Written an hour ago, then ten minutes ago.
    produce_aged(&t, &[3_600_000, 600_000]);
    let g = unique("prom-still-group");
    commit(&g, &t, &[(0, 0)]);
    let (_serve, port) = serve(&["-b", &kafka()], &["-g", &g, "--samples", "2"]);
    let time_lag = |body: &str| {
        let series = format!(
            "evctl_kafka_consumergroup_time_lag_seconds{{group=\"{g}\",topic=\"{t}\",partition=\"0\"}} "
        );
        body.lines()
            .find_map(|l| l.strip_prefix(series.as_str()))
            .and_then(|v| v.parse::<f64>().ok())
    };
    let body = scrape_after(port, 3);
    let first = time_lag(&body).unwrap_or_else(|| panic!("{body}"));
    assert!(first >= 3_600.0, "{body}");
    let at = samples(&body);
    let body = scrape_after(port, at + 2);
    let later = time_lag(&body).unwrap_or_else(|| panic!("{body}"));
    assert!(later > first, "the time lag grows: {first} then {later}");
    commit(&g, &t, &[(0, 1)]);
    let at = samples(&body);
    let body = scrape_after(port, at + 2);
    let moved = time_lag(&body).unwrap_or_else(|| panic!("{body}"));
    assert!(
        (600.0..3_000.0).contains(&moved),
        "the group moved on, by sample {}: {body}",
        at + 2
    );
}

/// The body of the first scrape of `port` after at least `n` samples.
fn scrape_after(port: u16, n: u64) -> String {
    wait_for(&format!("sample {n}"), Duration::from_secs(60), || {
        get(port, "/metrics", "text/plain").filter(|(_, body)| samples(body) >= n)
    })
    .1
}

/// `evctl_sampler_samples_total` in a scrape.
fn samples(body: &str) -> u64 {
    body.lines()
        .find_map(|l| l.strip_prefix("evctl_sampler_samples_total{source=\"kafka\"} "))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}
