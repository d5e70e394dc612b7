//! The DLQ tab's data: which topics and queues are dead-letter queues, and the child `evctl`
//! runs (`dlq inspect`, `dlq replay --dry-run`, `dlq replay`) whose JSON it shows. Running the
//! commands themselves keeps the screen's replay exactly as safe as the command line's, and
//! keeps their progress and warnings off the dashboard's terminal.

use std::process::{Command, Stdio};

use crate::dlq::Summary;

/// A dead-letter queue: a Kafka topic, or a RabbitMQ queue.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DlqRef {
    pub queue: bool,
    pub name: String,
}

impl DlqRef {
    pub fn label(&self) -> String {
        if self.queue {
            format!("queue {}", self.name)
        } else {
            self.name.clone()
        }
    }

    /// How `evctl dlq` names this source.
    fn source_args(&self) -> Vec<String> {
        if self.queue {
            vec!["--queue".into(), self.name.clone()]
        } else {
            vec![self.name.clone()]
        }
    }
}

/// Whether a topic or queue name is a DLQ's by the usual conventions: a `dlt`/`dlq` word
/// (Spring's `orders-dlt` and `orders.DLT`, `orders.dlq`, `dlq.orders`), or
/// `dead-letter`/`deadletter` (SmallRye's `dead-letter-topic-orders`).
pub fn is_dlq_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let words: Vec<&str> = lower.split(['.', '-', '_']).collect();
    words
        .iter()
        .any(|w| matches!(*w, "dlt" | "dlq" | "deadletter" | "deadletters"))
        || words
            .windows(2)
            .any(|w| w[0] == "dead" && w[1].starts_with("letter"))
}

/// What a dry run said it would do: the summary and the first moves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplayPlan {
    pub summary: Summary,
    /// "orders.DLT/0@3 → orders/0", the first few.
    pub moves: Vec<String>,
}

/// Messages an inspection keeps for the screen to step through (the DLQ's first ones).
const SAMPLES: &str = "20";

/// Moves shown in the confirmation.
const MOVES_SHOWN: usize = 8;

/// Where the replay dialog is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplayStage {
    Planning,
    Planned(Result<ReplayPlan, String>),
    Running,
    Done(Result<Summary, String>),
}

/// The messages of a DLQ a replay takes: every one, or those that failed with one error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    pub dlq: DlqRef,
    /// The exception class or dead-letter reason, exactly.
    pub error: Option<String>,
}

impl Selection {
    pub fn label(&self) -> String {
        match &self.error {
            Some(e) => format!("{}, error {e}", self.dlq.label()),
            None => self.dlq.label(),
        }
    }

    /// `evctl dlq replay`'s words for this selection.
    fn args(&self) -> Vec<String> {
        let mut args = self.dlq.source_args();
        if let Some(e) = &self.error {
            args.push("--error".into());
            args.push(format!("^{}$", regex::escape(e)));
        }
        args
    }
}

/// What the DLQ tab asks its worker to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DlqAsk {
    Inspect(DlqRef),
    Plan(Selection),
    Replay(Selection),
}

/// The child's output: stdout when it wrote any, else its last words on stderr.
fn run_child(exe: &std::path::Path, connection: &[String], args: &[String]) -> (String, String) {
    let out = Command::new(exe)
        .args(connection)
        .args(args)
        .stdin(Stdio::null())
        .output();
    match out {
        Ok(o) => {
            let stderr = String::from_utf8_lossy(&o.stderr);
            let last = stderr
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("")
                .trim_start_matches("evctl: ")
                .to_string();
            let why = if last.is_empty() {
                format!("evctl exited with {}", o.status)
            } else {
                last
            };
            (String::from_utf8_lossy(&o.stdout).into_owned(), why)
        }
        Err(e) => (String::new(), format!("cannot run {}: {e}", exe.display())),
    }
}

/// Runs what was asked with `exe` (this evctl) and the dashboard's connection options.
pub fn answer(exe: &std::path::Path, connection: &[String], ask: &DlqAsk) -> super::app::Action {
    use super::app::Action;
    let words = |cmd: &[&str], source: Vec<String>| -> Vec<String> {
        let mut args: Vec<String> = cmd.iter().map(|s| s.to_string()).collect();
        args.extend(source);
        args
    };
    match ask {
        DlqAsk::Inspect(dlq) => {
            let (out, why) = run_child(
                exe,
                connection,
                &words(
                    &["-q", "-o", "json", "dlq", "inspect", "--samples", SAMPLES],
                    dlq.source_args(),
                ),
            );
            Action::Inspected {
                dlq: dlq.clone(),
                result: serde_json::from_str(&out).map_err(|_| why),
            }
        }
        DlqAsk::Plan(chosen) => {
            let (out, why) = run_child(
                exe,
                connection,
                &words(
                    &["-q", "-o", "jsonl", "dlq", "replay", "--dry-run"],
                    chosen.args(),
                ),
            );
            Action::Planned {
                dlq: chosen.dlq.clone(),
                result: parse_plan(&out).ok_or(why),
            }
        }
        DlqAsk::Replay(chosen) => {
            let (out, why) = run_child(
                exe,
                connection,
                &words(&["-q", "-o", "jsonl", "dlq", "replay"], chosen.args()),
            );
            // A replay that left messages behind still reports what it did.
            Action::Replayed {
                dlq: chosen.dlq.clone(),
                result: out
                    .lines()
                    .last()
                    .and_then(|l| serde_json::from_str(l).ok())
                    .ok_or(why),
            }
        }
    }
}

/// A dry run's JSON lines: one per move, then the summary.
pub fn parse_plan(out: &str) -> Option<ReplayPlan> {
    let lines: Vec<&str> = out.lines().filter(|l| !l.trim().is_empty()).collect();
    let (last, moves) = lines.split_last()?;
    let summary: Summary = serde_json::from_str(last).ok()?;
    let moves = moves
        .iter()
        .take(MOVES_SHOWN)
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|m| {
            let text = |k: &str| m[k].as_str().unwrap_or("?").to_string();
            let to = match (&m["to"], &m["partition"]) {
                (serde_json::Value::String(t), serde_json::Value::Number(p)) => format!("{t}/{p}"),
                (serde_json::Value::String(t), _) => t.clone(),
                _ => format!(
                    "exchange {:?} key {}",
                    text("exchange"),
                    text("routing_key")
                ),
            };
            format!("{} → {to}", text("from"))
        })
        .collect();
    Some(ReplayPlan { summary, moves })
}

/// The inspection's counts, biggest first, for the DLQ screen.
pub fn ranked(counts: &std::collections::BTreeMap<String, u64>) -> Vec<(&str, u64)> {
    let mut out: Vec<(&str, u64)> = counts.iter().map(|(k, n)| (k.as_str(), *n)).collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dlq_names_follow_the_usual_conventions() {
        for yes in [
            "orders-dlt",
            "orders.DLT",
            "orders.dlq",
            "dlq.orders",
            "orders_DLQ",
            "dead-letter-topic-orders",
            "payments.deadletter",
            "orders.dead_letters",
        ] {
            assert!(is_dlq_name(yes), "{yes}");
        }
        for no in ["orders", "idlt", "dltx", "deadline", "orders.retry"] {
            assert!(!is_dlq_name(no), "{no}");
        }
    }

    #[test]
    fn a_dry_runs_lines_become_the_plan() {
        let out = concat!(
            r#"{"from":"orders.DLT/0@0","to":"orders","partition":0,"key":"k"}"#,
            "\n",
            r#"{"from":"q#1","exchange":"","routing_key":"orders"}"#,
            "\n",
            r#"{"dry_run":true,"replayed":2,"skipped":{"origin unknown (give a target)":1},"failed":0,"by_target":{"orders":2}}"#,
            "\n"
        );
        let plan = parse_plan(out).unwrap();
        assert_eq!(plan.summary.replayed, 2);
        assert_eq!(
            plan.moves,
            [
                "orders.DLT/0@0 → orders/0",
                "q#1 → exchange \"\" key orders"
            ]
        );
        assert_eq!(
            plan.summary.describe(),
            "would replay 2 (2 to orders), skipped 1 (1 origin unknown (give a target)), failed 0"
        );
        assert_eq!(parse_plan("evctl: no such topic\n"), None);
        assert_eq!(parse_plan(""), None);
    }

    #[test]
    fn a_selection_by_error_matches_that_error_exactly() {
        let dlq = DlqRef {
            queue: true,
            name: "orders.dlq".into(),
        };
        let every = Selection {
            dlq: dlq.clone(),
            error: None,
        };
        assert_eq!(every.args(), ["--queue", "orders.dlq"]);
        let one = Selection {
            dlq,
            error: Some("com.acme.Order$Rejected".into()),
        };
        assert_eq!(
            one.args(),
            [
                "--queue",
                "orders.dlq",
                "--error",
                r"^com\.acme\.Order\$Rejected$"
            ]
        );
        assert_eq!(
            one.label(),
            "queue orders.dlq, error com.acme.Order$Rejected"
        );
    }

    #[test]
    fn counts_rank_biggest_first() {
        let counts = [
            ("b".to_string(), 2),
            ("a".to_string(), 2),
            ("c".to_string(), 5),
        ]
        .into_iter()
        .collect();
        assert_eq!(ranked(&counts), [("c", 5), ("a", 2), ("b", 2)]);
    }

    #[test]
    fn a_child_that_cannot_start_says_so() {
        let (out, why) = run_child(std::path::Path::new("/nonexistent/evctl"), &[], &[]);
        assert!(out.is_empty());
        assert!(why.starts_with("cannot run /nonexistent/evctl"), "{why}");
    }
}
