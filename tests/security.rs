//! Kafka's security listeners, end to end on the broker of `scripts/brokers up`: SASL_SSL with
//! SCRAM-SHA-512 on 9093 and SSL with client certificates on 9095, through the contexts of the
//! config file the script writes (`local-scram`: a user allowed only topics, groups and
//! transactional ids named `scram.*`; `local-mtls`: a certificate allowed only `mtls.*`).

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

use base64::Engine;
use common::{brokers_config, brokers_state, evctl, evctl_kafka, stderr, stdout, unique};
use serde_json::{Value, json};

/// `evctl --config-file <the brokers' config> --context CONTEXT ARGS...`
fn as_context(context: &str, args: &[&str]) -> std::process::Output {
    with_config(&brokers_config(), context, args)
}

fn with_config(config: &PathBuf, context: &str, args: &[&str]) -> std::process::Output {
    evctl()
        .arg("--config-file")
        .arg(config)
        .args(["--context", context])
        .args(args)
        .output()
        .unwrap()
}

fn ok(out: &std::process::Output) -> String {
    assert!(out.status.success(), "{}", stderr(out));
    stdout(out)
}

/// A copy of the brokers' config file, each line as `edit` makes it (`None` drops it), in a
/// file of its own named after `what`.
fn edited_config(what: &str, edit: impl Fn(&str) -> Option<String>) -> PathBuf {
    let text = std::fs::read_to_string(brokers_config()).unwrap();
    let changed: String = text
        .lines()
        .filter_map(|l| edit(l).map(|l| format!("{l}\n")))
        .collect();
    assert_ne!(changed, text, "{what}: the edit changed nothing");
    let path = std::env::temp_dir().join(format!("{}.toml", unique(what)));
    std::fs::write(&path, changed).unwrap();
    path
}

/// The brokers' config file with the `local-scram` context's password replaced by `password`
/// (inline).
fn config_with_scram_password(password: &str) -> PathBuf {
    edited_config("evctl-wrong-scram", |l| {
        Some(if l.starts_with("\"sasl.password\"") {
            format!("\"sasl.password\" = \"{password}\"")
        } else {
            l.to_string()
        })
    })
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[test]
fn the_scram_context_serves_every_command_on_its_own_topics() {
    let orders = unique("scram.orders");
    let dlq = unique("scram.orders-dlt");
    let group = unique("scram.readers");
    for t in [&orders, &dlq] {
        ok(&as_context("local-scram", &["topics", "create", t]));
    }
    let listed = ok(&as_context(
        "local-scram",
        &["topics", "list", "-o", "json"],
    ));
    assert!(listed.contains(&orders), "{listed}");
    // Sizes need DESCRIBE on the cluster, which this user lacks: unknown, not zero.
    let listed: serde_json::Value = serde_json::from_str(&listed).unwrap();
    let entry = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == orders.as_str())
        .unwrap();
    assert_eq!(entry["size_bytes"], serde_json::Value::Null, "{entry}");
    ok(&as_context("local-scram", &["topics", "describe", &orders]));

    let sent = evctl()
        .arg("--config-file")
        .arg(brokers_config())
        .args(["--context", "local-scram", "produce", &orders])
        .write_stdin("a\nb\nc\n")
        .output()
        .unwrap();
    ok(&sent);
    let read = ok(&as_context(
        "local-scram",
        &["tail", &orders, "--from", "beginning", "-e"],
    ));
    assert_eq!(read.lines().collect::<Vec<_>>(), ["a", "b", "c"]);

    // A group of its own: commits, is listed, described and judged for lag.
    ok(&as_context(
        "local-scram",
        &[
            "tail",
            &orders,
            "--group",
            &group,
            "--from",
            "beginning",
            "-e",
        ],
    ));
    let groups = ok(&as_context("local-scram", &["groups", "list"]));
    assert!(groups.contains(&group), "{groups}");
    let described = ok(&as_context(
        "local-scram",
        &["groups", "describe", &group, "-o", "json"],
    ));
    let described: Value = serde_json::from_str(&described).unwrap();
    let committed: i64 = described["offsets"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|o| o["committed"].as_i64())
        .sum();
    assert_eq!(committed, 3, "{described}");
    let lag = ok(&as_context(
        "local-scram",
        &["lag", "-g", &group, "--samples", "1", "-o", "json"],
    ));
    let lag: Value = serde_json::from_str(&lag).unwrap();
    assert_eq!(lag[0]["total_lag"], 0, "{lag}");

    // A dead-lettered record goes back to its origin through the SCRAM listener.
    let dead = json!({
        "key": "k1",
        "headers": [
            {"key": "kafka_dlt-original-topic", "value": orders},
            {"key": "kafka_dlt-original-partition", "value": b64(&0i32.to_be_bytes()),
             "value_encoding": "base64"},
            {"key": "kafka_dlt-original-offset", "value": b64(&1i64.to_be_bytes()),
             "value_encoding": "base64"},
        ],
        "value": "b-again",
    });
    common::produce_envelopes(&dlq, &[dead]);
    let replay = ok(&as_context(
        "local-scram",
        &[
            "dlq",
            "replay",
            &dlq,
            "--group",
            &unique("scram.replay"),
            "-o",
            "json",
        ],
    ));
    let replay: Value = serde_json::from_str(&replay).unwrap();
    assert_eq!(replay["replayed"], 1, "{replay}");
    let read = ok(&as_context(
        "local-scram",
        &["tail", &orders, "--from", "beginning", "-e"],
    ));
    assert_eq!(read.lines().last(), Some("b-again"));
}

#[test]
fn the_mtls_context_reads_and_writes_its_own_topics() {
    let t = unique("mtls.events");
    ok(&as_context("local-mtls", &["topics", "create", &t]));
    let sent = evctl()
        .arg("--config-file")
        .arg(brokers_config())
        .args(["--context", "local-mtls", "produce", &t, "--value", "hello"])
        .output()
        .unwrap();
    ok(&sent);
    let read = ok(&as_context(
        "local-mtls",
        &["tail", &t, "--from", "beginning", "-e"],
    ));
    assert_eq!(read, "hello\n");
    let listed = ok(&as_context("local-mtls", &["topics", "list"]));
    assert!(listed.contains(&t), "{listed}");
}

/// A wrong password is refused by the broker at once; evctl stops at the first refusal (the
/// timeout is a minute, so an answer that only came from waiting would name the timeout).
#[test]
fn a_wrong_scram_password_fails_at_once_naming_mechanism_and_listener() {
    let secret = unique("wrong-password");
    let config = config_with_scram_password(&secret);
    let t = unique("scram.never");
    for args in [
        vec!["topics", "list"],
        vec!["topics", "create", &t],
        vec!["produce", &t, "--value", "x"],
        vec!["tail", &t, "-e"],
        vec!["groups", "list"],
        vec!["lag"],
        vec!["dlq", "replay", &t, "--group", "scram.g"],
    ] {
        let mut all = vec!["--timeout", "60s"];
        all.extend_from_slice(&args);
        let out = with_config(&config, "local-scram", &all);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(3), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains("refused the connection"), "{args:?}: {err}");
        assert!(err.contains("SCRAM-SHA-512"), "{args:?}: {err}");
        assert!(err.contains("127.0.0.1:9093"), "{args:?}: {err}");
        assert!(!err.contains(&secret), "{args:?}: {err}");
    }
    let _ = std::fs::remove_file(config);
}

#[test]
fn a_topic_or_group_outside_the_acls_is_not_authorized_by_name() {
    let theirs = common::topic("not-scram", 1);
    evctl_kafka(&["produce", &theirs, "--value", "private"])
        .assert()
        .success();
    for args in [
        vec!["produce", &theirs, "--value", "x"],
        vec!["tail", &theirs, "--from", "beginning", "-e"],
        vec!["topics", "describe", &theirs],
    ] {
        let out = as_context("local-scram", &args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(3), "{args:?}: {err}");
        assert!(err.contains("not authorized"), "{args:?}: {err}");
        assert!(err.contains(&theirs), "{args:?}: {err}");
    }
    // Its own topic, read into a group it may not use.
    let own = unique("scram.own");
    ok(&as_context("local-scram", &["topics", "create", &own]));
    let group = unique("not-scram-group");
    for args in [
        vec!["lag", "-g", &group, "--samples", "1"],
        vec!["dlq", "replay", &own, "--group", &group],
    ] {
        let out = as_context("local-scram", &args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(3), "{args:?}: {err}");
        assert!(err.contains("not authorized"), "{args:?}: {err}");
        assert!(err.contains(&group), "{args:?}: {err}");
    }
    // The other user's topic is not even listed.
    let listed = ok(&as_context("local-scram", &["topics", "list"]));
    assert!(!listed.contains(&theirs), "{listed}");
}

#[test]
fn a_missing_client_certificate_is_refused_with_a_hint() {
    let config = edited_config("evctl-no-cert", |l| {
        (!l.starts_with("\"ssl.certificate.location\"") && !l.starts_with("\"ssl.key"))
            .then(|| l.to_string())
    });
    let out = with_config(
        &config,
        "local-mtls",
        &["--timeout", "60s", "topics", "list"],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("127.0.0.1:9095"), "{err}");
    assert!(err.contains("client certificate"), "{err}");
    let _ = std::fs::remove_file(config);
}

/// With `-vv` and every librdkafka debug context on, no password and no line of the client's
/// private key appears in anything evctl writes, whether the login works or fails.
#[test]
fn no_secret_is_ever_printed_even_with_full_debug() {
    let password = std::fs::read_to_string(brokers_state().join("kafka/scram-password"))
        .unwrap()
        .trim()
        .to_string();
    let key = std::fs::read_to_string(brokers_state().join("kafka/tls/client-key.pem")).unwrap();
    let key_lines: Vec<&str> = key.lines().filter(|l| !l.starts_with("-----")).collect();
    assert!(!password.is_empty() && !key_lines.is_empty());
    let wrong = unique("wrong-secret");
    let wrong_config = config_with_scram_password(&wrong);

    let scram = unique("scram.secrets");
    let mtls = unique("mtls.secrets");
    ok(&as_context("local-scram", &["topics", "create", &scram]));
    ok(&as_context("local-mtls", &["topics", "create", &mtls]));
    let debug = ["-vv", "-X", "debug=all"];
    let mut runs = Vec::new();
    for (context, t) in [("local-scram", &scram), ("local-mtls", &mtls)] {
        for args in [
            vec!["produce", t, "--value", "v"],
            vec!["tail", t, "--from", "beginning", "-e"],
            vec!["topics", "list"],
            vec!["context", "show", context],
        ] {
            let mut all = debug.to_vec();
            all.extend_from_slice(&args);
            runs.push(as_context(context, &all));
        }
    }
    let mut all = debug.to_vec();
    all.extend_from_slice(&["topics", "list"]);
    runs.push(with_config(&wrong_config, "local-scram", &all));
    let _ = std::fs::remove_file(wrong_config);

    assert!(
        runs.iter().any(|o| stderr(o).contains("librdkafka")),
        "debug output was on"
    );
    for out in &runs {
        let text = format!("{}{}", stdout(out), stderr(out));
        assert!(!text.contains(&password), "the SCRAM password was printed");
        assert!(!text.contains(&wrong), "a wrong password was printed");
        for line in &key_lines {
            assert!(
                !text.contains(line),
                "a line of the private key was printed"
            );
        }
    }
}

/// The Kafka settings of one of the brokers' contexts, resolved as evctl resolves them.
fn context_settings(context: &str) -> evctl::config::KafkaSettings {
    use clap::Parser;
    let config = brokers_config();
    let cli = evctl::cli::Cli::parse_from([
        "evctl",
        "--config-file",
        config.to_str().unwrap(),
        "--context",
        context,
        "topics",
        "list",
    ]);
    evctl::config::Config::resolve(&cli.global).unwrap().kafka
}

/// evctl's own OffsetFetch (many groups in one request) logs in over SCRAM and presents the
/// client certificate, and says what librdkafka says.
#[test]
fn batched_group_offsets_work_over_scram_and_mtls() {
    use evctl::kafka::offset_fetch::BatchFetch;
    use evctl::kafka::transport::Security;
    use std::time::Duration;
    for (context, prefix) in [("local-scram", "scram."), ("local-mtls", "mtls.")] {
        let t = common::topic(&format!("{prefix}batch"), 2);
        let (g1, g2) = (
            unique(&format!("{prefix}batch-g1")),
            unique(&format!("{prefix}batch-g2")),
        );
        common::commit(&g1, &t, &[(0, 5), (1, 7)]);
        common::commit(&g2, &t, &[(0, 3)]);
        let settings = context_settings(context);
        let security = Security::from_properties(&settings.properties)
            .unwrap()
            .expect("the transport speaks this listener's security");
        let mut batch = BatchFetch::new(&settings.brokers, Duration::from_secs(10), security);
        batch.supported().unwrap();
        let groups = [g1.clone(), g2.clone()];
        let all = batch.committed(&groups).unwrap();
        let mut first: Vec<_> = all[0]
            .iter()
            .filter(|((topic, _), _)| *topic == t)
            .collect();
        first.sort();
        assert_eq!(
            first,
            [(&(t.clone(), 0), &Some(5)), (&(t.clone(), 1), &Some(7))],
            "{context}"
        );
        let lookup = evctl::kafka::lookup_consumer(&settings, 0).unwrap();
        let each =
            evctl::kafka::groups::list_group_offsets(&lookup, &groups, None, &settings).unwrap();
        assert_eq!(each, all, "{context}");
    }
}

/// Every command that takes credentials, at `-vv` (Kafka ones with every librdkafka debug
/// context on), working and failing: the SCRAM password, a TLS key password, an AMQP URL's
/// password (which is also the management API's), a wrong one, a registry's Basic secret, a
/// wrong one and a Bearer token, and inline secrets in `context show`, never appear in stdout,
/// stderr, or on any tab of the dashboard's screen.
#[test]
fn no_command_prints_a_credential_working_or_failing() {
    use common::registry::Registry;
    use common::tmux;
    let scram = std::fs::read_to_string(brokers_state().join("kafka/scram-password"))
        .unwrap()
        .trim()
        .to_string();
    let amqp_user = unique("evctl-sweep");
    let amqp_secret = unique("amqp-secret");
    let amqp_wrong = unique("amqp-wrong");
    let key_secret = unique("key-secret");
    let registry_secret = unique("registry-secret");
    let registry_wrong = unique("registry-wrong");
    let token = unique("bearer-token");
    common::api(
        "PUT",
        &format!("/api/users/{amqp_user}"),
        Some(json!({"password": amqp_secret, "tags": "monitoring"})),
    );
    common::api(
        "PUT",
        &format!("/api/permissions/%2F/{amqp_user}"),
        Some(json!({"configure": ".*", "write": ".*", "read": ".*"})),
    );
    let queue = unique("sweep-q");
    common::api(
        "PUT",
        &format!("/api/queues/%2F/{queue}"),
        Some(json!({"durable": true})),
    );
    let registry = Registry::start(Some(&format!("reader:{registry_secret}")));
    registry.register("sweep-value", "JSON", r#"{"type":"object"}"#);
    let url = format!("amqp://{amqp_user}:{amqp_secret}@127.0.0.1:5672/%2f");
    let wrong_url = format!("amqp://{amqp_user}:{amqp_wrong}@127.0.0.1:5672/%2f");
    let unreachable_url = format!("amqp://{amqp_user}:{amqp_secret}@127.0.0.1:1/%2f");
    let basic = format!("reader:{registry_secret}");
    let wrong_basic = format!("reader:{registry_wrong}");
    let topic = unique("scram.sweep");
    ok(&as_context("local-scram", &["topics", "create", &topic]));
    let group = unique("scram.sweep-group");

    let mut runs: Vec<(String, std::process::Output)> = Vec::new();
    let mut kafka = |context: &str, args: &[&str]| {
        let mut all = vec!["-vv", "-X", "debug=all", "--timeout", "5s"];
        all.extend_from_slice(args);
        runs.push((all.join(" "), as_context(context, &all)));
    };
    kafka("local-scram", &["produce", &topic, "--value", "v"]);
    kafka(
        "local-scram",
        &["tail", &topic, "--from", "beginning", "-e"],
    );
    kafka("local-scram", &["groups", "list"]);
    kafka("local-scram", &["lag", "--group", &group]);
    kafka("local-scram", &["dlq", "inspect", &topic]);
    kafka("local-scram", &["topics", "describe", &topic]);
    kafka(
        "local-mtls",
        &[
            "-X",
            &format!("ssl.key.password={key_secret}"),
            "topics",
            "list",
        ],
    );
    let mut plain = |args: Vec<&str>| {
        let mut all = vec!["-vv", "--timeout", "5s"];
        all.extend(args);
        let out = evctl().args(&all).output().unwrap();
        runs.push((all.join(" "), out));
    };
    for amqp in [&url, &wrong_url, &unreachable_url] {
        plain(vec!["--amqp-url", amqp, "queues", "list"]);
        plain(vec![
            "--amqp-url",
            amqp,
            "produce",
            "--queue",
            &queue,
            "--value",
            "v",
        ]);
        plain(vec!["--amqp-url", amqp, "tail", "--queue", &queue, "-e"]);
        plain(vec![
            "--amqp-url",
            amqp,
            "dlq",
            "inspect",
            "--queue",
            &queue,
        ]);
        plain(vec!["--amqp-url", amqp, "lag", "--queue", &queue]);
    }
    plain(vec!["--amqp-url", &url, "exchanges", "list"]);
    plain(vec!["--amqp-url", &url, "bindings"]);
    for (auth, registry_url) in [
        (["--registry-auth", basic.as_str()], registry.url.as_str()),
        (
            ["--registry-auth", wrong_basic.as_str()],
            registry.url.as_str(),
        ),
        (["--registry-token", token.as_str()], registry.url.as_str()),
        (["--registry-auth", basic.as_str()], "http://127.0.0.1:1"),
        (["--registry-token", token.as_str()], "http://127.0.0.1:1"),
    ] {
        let mut args = vec!["--schema-registry", registry_url];
        args.extend(auth);
        let mut list = args.clone();
        list.extend(["schema", "list"]);
        plain(list);
        args.extend(["schema", "show", "sweep-value"]);
        plain(args);
    }
    // Inline secrets in a config file, as `context show` prints them.
    let inline = std::env::temp_dir().join(format!("{}.toml", unique("evctl-inline")));
    std::fs::write(
        &inline,
        format!(
            "[contexts.inline]\nbrokers = \"127.0.0.1:9093\"\n\
             [contexts.inline.properties]\n\"sasl.password\" = \"{scram}\"\n\
             \"ssl.key.password\" = \"{key_secret}\"\n\
             [contexts.inline.amqp]\nurl = \"{url}\"\nmanagement-password = \"{amqp_secret}\"\n\
             [contexts.inline.schema-registry]\nurl = \"{}\"\nauth = \"{basic}\"\n",
            registry.url
        ),
    )
    .unwrap();
    std::fs::set_permissions(&inline, std::fs::Permissions::from_mode(0o600)).unwrap();
    for args in [
        vec!["context", "show", "inline"],
        vec!["context", "list"],
        vec!["-o", "json", "context", "show", "inline"],
    ] {
        runs.push((args.join(" "), with_config(&inline, "inline", &args)));
    }

    // The dashboard, tab by tab, with the SCRAM context and the AMQP URL.
    let (session, done) = tmux::start(&format!(
        "--config-file {} --context local-scram --amqp-url {url} dashboard --refresh 500ms",
        brokers_config().display()
    ));
    let mut screens = vec![tmux::wait_for(
        &session,
        "the SCRAM listener",
        |l| l.contains("127.0.0.1:9093"),
        || {},
    )];
    for tab in ["2", "3", "4", "1"] {
        let before = tmux::screen(&session);
        tmux::keys(&session, &[tab]);
        let changed = |_: &str| tmux::screen(&session) != before;
        screens.push(tmux::wait_for(&session, "the next tab", changed, || {}));
    }
    tmux::quit(&session, &done);
    let _ = std::fs::remove_file(inline);
    common::api("DELETE", &format!("/api/queues/%2F/{queue}"), None);
    common::api("DELETE", &format!("/api/users/{amqp_user}"), None);

    assert!(
        runs.iter().any(|(_, o)| stderr(o).contains("librdkafka")),
        "debug output was on"
    );
    assert!(
        runs.iter().any(|(_, o)| o.status.code() == Some(3)),
        "some runs failed on purpose"
    );
    let secrets = [
        scram.clone(),
        amqp_secret.clone(),
        amqp_wrong.clone(),
        key_secret.clone(),
        registry_secret.clone(),
        registry_wrong.clone(),
        token.clone(),
        b64(basic.as_bytes()),
        b64(wrong_basic.as_bytes()),
    ];
    let mut leaks = Vec::new();
    let mut seen: Vec<(String, String)> = runs
        .iter()
        .map(|(what, o)| (what.clone(), format!("{}{}", stdout(o), stderr(o))))
        .collect();
    seen.extend(
        screens
            .into_iter()
            .map(|s| ("the dashboard".to_string(), s)),
    );
    for (what, text) in &seen {
        for secret in &secrets {
            if text.contains(secret.as_str()) {
                leaks.push(format!("`{what}` printed a secret"));
            }
        }
    }
    assert!(leaks.is_empty(), "{}", leaks.join("\n"));
}
