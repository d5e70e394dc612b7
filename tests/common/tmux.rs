//! The dashboard in tmux, as a user sees it: keys go in with `send-keys`, the screen comes
//! back with `capture-pane`.

use std::process::Command;
use std::time::{Duration, Instant};

use super::unique;

pub fn tmux(args: &[&str]) -> std::process::Output {
    Command::new("tmux").args(args).output().expect("tmux runs")
}

pub fn screen(session: &str) -> String {
    String::from_utf8_lossy(&tmux(&["capture-pane", "-p", "-t", session]).stdout).into_owned()
}

/// Waits until the screen has a line satisfying `wanted`; runs `meanwhile` between looks.
pub fn wait_for(
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

/// Runs `command` (shell words after the evctl binary) in a new tmux session; returns the
/// session and the file its exit status will be written to.
pub fn start(command: &str) -> (String, std::path::PathBuf) {
    let session = unique("evctl-dash");
    let done = std::env::temp_dir().join(format!("{session}.exit"));
    let command = format!(
        "{} {command}; echo $? > {}",
        super::evctl_shell(),
        done.display()
    );
    let new_session = || {
        tmux(&[
            "new-session",
            "-d",
            "-s",
            &session,
            "-x",
            "160",
            "-y",
            "40",
            &command,
        ])
    };
    // Tests start sessions side by side; when no tmux server runs yet, two of them can race
    // to start it and one is told "server exited unexpectedly". Asking again finds the
    // server the other started.
    let mut started = new_session();
    for _ in 0..5 {
        if started.status.success()
            || !String::from_utf8_lossy(&started.stderr).contains("server exited unexpectedly")
        {
            break;
        }
        started = new_session();
    }
    assert!(
        started.status.success(),
        "{}",
        String::from_utf8_lossy(&started.stderr)
    );
    (session, done)
}

/// Presses q and checks the dashboard ends with status 0.
pub fn quit(session: &str, done: &std::path::Path) {
    tmux(&["send-keys", "-t", session, "q"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    // The shell creates the file before it writes the status into it: wait for the status.
    let code = loop {
        match std::fs::read_to_string(done) {
            Ok(code) if !code.trim().is_empty() => break code,
            _ => {}
        }
        assert!(
            Instant::now() < deadline,
            "the dashboard did not quit: {}",
            screen(session)
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    let _ = std::fs::remove_file(done);
    let _ = tmux(&["kill-session", "-t", session]);
    assert_eq!(code.trim(), "0");
}

pub fn keys(session: &str, keys: &[&str]) {
    for k in keys {
        tmux(&["send-keys", "-t", session, k]);
    }
}
