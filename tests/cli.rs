//! The binary without a broker: usage errors, exit codes, contexts, completions.

mod common;

use common::{evctl, stderr, stdout};
use evctl::commands::generate_completions;

#[test]
fn help_and_version_exit_zero() {
    evctl().arg("--help").assert().success();
    let out = evctl().arg("--version").output().unwrap();
    assert!(stdout(&out).starts_with("evctl "));
}

#[test]
fn malformed_arguments_are_usage_errors() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["tail", "t", "--from", "yesterday"],
            "invalid --from \"yesterday\"",
        ),
        (&["tail", "t", "--from", "@noon"], "invalid time \"noon\""),
        (&["produce", "t", "-H", "novalue"], "expected KEY=VALUE"),
        (&["-X", "novalue", "topics", "list"], "expected KEY=VALUE"),
        (
            &["-X", "no.such.property=1", "topics", "list"],
            "invalid Kafka client property no.such.property=1",
        ),
        (&["tail", "t", "-f", "%x"], "unknown token %x"),
        (&["tail", "t", "--grep", "("], "invalid --grep"),
        (&["--timeout", "soon", "topics", "list"], "soon"),
        (&["produce", "--value", "x"], "a TOPIC is needed"),
        (
            &["produce", "t", "--input", "jsonl", "--key", "k"],
            "--key and --key-separator do not apply",
        ),
        (
            &["tail", "t", "--group", "g", "--from", "5"],
            "with --group, --from can only be",
        ),
        (&["lag", "dashboard"], "the dashboard draws on a terminal"),
        (
            &["topics", "list", "-o", "junit"],
            "-o junit applies to `evctl validate` only",
        ),
    ];
    for (args, expected) in cases {
        let out = evctl()
            .args(["-b", "127.0.0.1:1"])
            .args(*args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains(expected),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}

const CONFIG: &str = r#"# team clusters
current-context = "local"

[contexts.local]
brokers = "127.0.0.1:9092"

[contexts.prod]
brokers = "kafka-1.example.com:9093"
[contexts.prod.properties]
"security.protocol" = "SASL_SSL"
"sasl.mechanisms" = "SCRAM-SHA-512"
"sasl.username" = "evctl"
"sasl.password" = "hunter2"
"ssl.key.password" = { env = "PROD_KEY_PASSWORD" }
[contexts.prod.amqp]
url = "amqps://evctl:rabbit-secret@rabbit.example.com/orders"
management-password = "mgmt-secret"
"#;

#[test]
fn contexts_list_use_show_without_printing_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, CONFIG).unwrap();
    let cmd = |args: &[&str]| {
        let out = evctl()
            .env("EVCTL_CONFIG", &path)
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        stdout(&out)
    };
    let list = cmd(&["context", "list"]);
    assert!(list.contains("*        local  127.0.0.1:9092"), "{list}");

    // The file is reached through a link (as from a dotfiles repository) and is owner-only:
    // both stay so, and no staged copy is left beside it.
    use std::os::unix::fs::PermissionsExt;
    let real = dir.path().join("dotfiles.toml");
    std::fs::rename(&path, &real).unwrap();
    std::os::unix::fs::symlink(&real, &path).unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
    cmd(&["context", "use", "prod"]);
    assert!(std::fs::symlink_metadata(&path).unwrap().is_symlink());
    let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(
        written.starts_with("# team clusters"),
        "comments kept: {written}"
    );
    assert!(written.contains("current-context = \"prod\""));

    let show = cmd(&["context", "show"]);
    assert!(show.contains("kafka-1.example.com:9093"), "{show}");
    assert!(
        show.lines()
            .any(|l| l.split_whitespace().eq(["sasl.username", "evctl"])),
        "{show}"
    );
    assert!(!show.contains("hunter2"), "secret printed: {show}");
    assert!(
        !show.contains("rabbit-secret") && !show.contains("mgmt-secret"),
        "{show}"
    );
    assert!(
        show.contains("amqps://evctl:****@rabbit.example.com/orders"),
        "{show}"
    );
    assert!(
        show.contains("<from environment variable PROD_KEY_PASSWORD>"),
        "{show}"
    );
    let json = cmd(&["context", "show", "-o", "json"]);
    assert!(!json.contains("hunter2") && !json.contains("rabbit-secret"));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["name"], "prod");

    let out = evctl()
        .env("EVCTL_CONFIG", &path)
        .args(["context", "use", "nope"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no context named \"nope\" (known: local, prod)"));
}

#[test]
fn a_context_secret_from_an_unset_variable_is_a_config_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, CONFIG).unwrap();
    let out = evctl()
        .env("EVCTL_CONFIG", &path)
        .env("EVCTL_CONTEXT", "prod")
        .args(["topics", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("PROD_KEY_PASSWORD, which is not set"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn context_add_creates_an_owner_only_file_that_evctl_reads_back() {
    use std::os::unix::fs::PermissionsExt;
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        evctl()
            .env("XDG_CONFIG_HOME", home.path().join("cfg"))
            .env_remove("EVCTL_CONFIG")
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&[
        "-b",
        "kafka-1.example.com:9093",
        "-X",
        "security.protocol=SASL_SSL",
        "-X",
        "sasl.password=hunter2",
        "--amqp-url",
        "amqps://evctl:rabbit-secret@rabbit.example.com/orders",
        "context",
        "add",
        "prod",
        "--use",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let dir = home.path().join("cfg").join("evctl");
    let file = dir.join("config.toml");
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&file), 0o600);
    assert_eq!(mode(&dir), 0o700);

    let show = stdout(&run(&["context", "show"]));
    assert!(show.contains("kafka-1.example.com:9093"), "{show}");
    assert!(
        show.contains("amqps://evctl:****@rabbit.example.com/orders"),
        "{show}"
    );
    assert!(
        !show.contains("hunter2") && !show.contains("rabbit-secret"),
        "{show}"
    );

    // A second context joins the same file, which keeps its mode; a name in use is refused
    // unless replaced, a misspelt property is refused before anything is written.
    assert!(
        run(&["-b", "127.0.0.1:9092", "context", "add", "local"])
            .status
            .success()
    );
    let again = run(&["-b", "x:1", "context", "add", "local"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );
    let typo = run(&["-X", "sasl.pasword=x", "context", "add", "typo"]);
    assert_eq!(typo.status.code(), Some(2));
    assert!(stderr(&typo).contains("sasl.pasword"), "{}", stderr(&typo));
    let list = stdout(&run(&["context", "list"]));
    assert!(list.contains("*        prod"), "{list}");
    assert!(list.contains("local  127.0.0.1:9092"), "{list}");
    assert!(!list.contains("typo"), "{list}");
    assert_eq!(mode(&file), 0o600);

    assert!(run(&["context", "remove", "prod"]).status.success());
    let list = stdout(&run(&["context", "list"]));
    assert!(!list.contains("prod") && !list.contains('*'), "{list}");
    let gone = run(&["context", "remove", "prod"]);
    assert_eq!(gone.status.code(), Some(2));
}

#[test]
fn committed_completions_match_the_cli() {
    let root = env!("CARGO_MANIFEST_DIR");
    for (shell, file) in [
        (clap_complete::Shell::Bash, "evctl.bash"),
        (clap_complete::Shell::Zsh, "_evctl"),
        (clap_complete::Shell::Fish, "evctl.fish"),
        (clap_complete::Shell::PowerShell, "_evctl.ps1"),
        (clap_complete::Shell::Elvish, "evctl.elv"),
    ] {
        let mut generated = Vec::new();
        generate_completions(shell, &mut generated);
        let committed = std::fs::read(format!("{root}/completions/{file}")).unwrap();
        assert!(
            generated == committed,
            "completions/{file} is out of date: run scripts/completions"
        );
    }
    let out = evctl().args(["completions", "bash"]).output().unwrap();
    assert!(stdout(&out).contains("_evctl()"));
}
