//! `evctl lag dashboard` end to end: the real binary in tmux against the real broker. Keys go
//! in with `send-keys`, the screen comes back with `capture-pane`.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::{commit, evctl_kafka, kafka, stderr, topic, unique};

fn produce(topic: &str, n: usize) {
    let lines: String = (0..n).map(|i| format!("{{\"n\":{i}}}\n")).collect();
    let out = evctl_kafka(&["-q", "produce", topic])
        .write_stdin(lines)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

fn tmux(args: &[&str]) -> std::process::Output {
    Command::new("tmux").args(args).output().expect("tmux runs")
}

fn screen(session: &str) -> String {
    String::from_utf8_lossy(&tmux(&["capture-pane", "-p", "-t", session]).stdout).into_owned()
}

/// Waits until the screen has a line satisfying `wanted`; runs `meanwhile` between looks.
fn wait_for(
    session: &str,
    what: &str,
    wanted: impl Fn(&str) -> bool,
    mut meanwhile: impl FnMut(),
) -> String {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let s = screen(session);
        if s.lines().any(&wanted) {
            return s;
        }
        assert!(
            Instant::now() < deadline,
            "never saw {what}; the screen:\n{s}"
        );
        meanwhile();
        std::thread::sleep(Duration::from_millis(300));
    }
}

#[test]
fn a_group_falling_behind_turns_from_ok_to_warn_and_drills_down() {
    let t = topic("dash", 1);
    let group = unique("dash-group");
    produce(&t, 10);
    commit(&group, &t, &[(0, 10)]);
    let session = unique("evctl-dash");
    let done = std::env::temp_dir().join(format!("{session}.exit"));
    let command = format!(
        "{} -b {} lag -g {group} --samples 3 dashboard --refresh 400ms; echo $? > {}",
        env!("CARGO_BIN_EXE_evctl"),
        kafka(),
        done.display()
    );
    let started = tmux(&[
        "new-session",
        "-d",
        "-s",
        &session,
        "-x",
        "160",
        "-y",
        "40",
        &command,
    ]);
    assert!(
        started.status.success(),
        "{}",
        String::from_utf8_lossy(&started.stderr)
    );

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
    tmux(&["send-keys", "-t", &session, "q"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done.exists() {
        assert!(
            Instant::now() < deadline,
            "the dashboard did not quit: {}",
            screen(&session)
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let code = std::fs::read_to_string(&done).unwrap();
    let _ = std::fs::remove_file(&done);
    let _ = tmux(&["kill-session", "-t", &session]);
    assert_eq!(code.trim(), "0");
}
