//! The DLQ tab: which topics and queues are dead-letter queues, the DLQ screen's state and
//! drawing, and the child `evctl` runs (`dlq inspect`, `dlq replay --dry-run`, `dlq replay`)
//! whose JSON it shows. Running the commands themselves keeps the screen's replay exactly as
//! safe as the command line's, and keeps their progress and warnings off the dashboard's
//! terminal.

use std::process::{Command, Stdio};

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Clear, Paragraph, Row, Table, TableState};

use super::app::{Action, RowsAt};
use super::ui::{bold, centred, dim, rate, selectable, window};
use crate::dlq::{Inspection, Summary, UNKNOWN};

/// A DLQ as the DLQ tab lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct DlqRow {
    pub dlq: DlqRef,
    pub messages: u64,
    /// Messages dead-lettered per second lately (Kafka: end offsets; RabbitMQ: publishes).
    pub rate: Option<f64>,
}

/// The DLQ screen's state: the open DLQ's inspection, the message shown, the replay dialog,
/// and the work asked of the DLQ worker.
#[derive(Debug, Default)]
pub struct DlqScreen {
    /// The open DLQ's inspection.
    pub inspection: Option<(DlqRef, Result<Inspection, String>)>,
    /// Which of the inspection's messages the screen shows.
    pub sample: usize,
    /// The replay dialog over the screen.
    pub replay: Option<(Selection, ReplayStage)>,
    /// Work for the DLQ tab's worker: the event loop takes it.
    pub asks: Vec<DlqAsk>,
}

impl DlqScreen {
    /// Asks for a fresh inspection of `dlq`.
    pub fn inspect(&mut self, dlq: DlqRef) {
        self.inspection = None;
        self.asks.push(DlqAsk::Inspect(dlq));
    }

    /// The open DLQ's known errors, most frequent first: the rows after "every message",
    /// each a selection for a replay.
    pub fn errors(&self) -> Vec<&str> {
        match &self.inspection {
            Some((_, Ok(report))) => ranked(&report.by_error)
                .into_iter()
                .map(|(e, _)| e)
                .filter(|e| *e != UNKNOWN)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// How many rows the screen's list has.
    pub fn rows(&self) -> usize {
        match &self.inspection {
            Some((_, Ok(_))) => 1 + self.errors().len(),
            _ => 0,
        }
    }

    /// `R` plans a replay of `open` (every message, or the `selected` error's) and `y` goes
    /// ahead with a plan that replays something.
    pub fn replay_key(&mut self, action: &Action, open: Option<&DlqRef>, selected: usize) {
        match (action, open, &self.replay) {
            (Action::ReplayDlq, Some(dlq), None) if self.inspection.is_some() => {
                let chosen = Selection {
                    dlq: dlq.clone(),
                    error: selected
                        .checked_sub(1)
                        .and_then(|i| self.errors().get(i).map(|e| e.to_string())),
                };
                self.asks.push(DlqAsk::Plan(chosen.clone()));
                self.replay = Some((chosen, ReplayStage::Planning));
            }
            (Action::Confirm, _, Some((chosen, ReplayStage::Planned(Ok(plan)))))
                if plan.summary.replayed > 0 =>
            {
                let chosen = chosen.clone();
                self.asks.push(DlqAsk::Replay(chosen.clone()));
                self.replay = Some((chosen, ReplayStage::Running));
            }
            _ => {}
        }
    }

    /// Shows the next (`forward`) or previous message read.
    pub fn step(&mut self, forward: bool) {
        if let Some((_, Ok(report))) = &self.inspection {
            let last = report.samples.len().saturating_sub(1);
            self.sample = if forward {
                (self.sample + 1).min(last)
            } else {
                self.sample.saturating_sub(1)
            };
        }
    }

    /// Takes what the DLQ worker answered; `open` is the DLQ on screen, if any.
    pub fn answered(&mut self, action: Action, open: Option<&DlqRef>) {
        match action {
            Action::Inspected { dlq, result } if open == Some(&dlq) => {
                self.inspection = Some((dlq, result));
                self.sample = 0;
            }
            Action::Planned { dlq, result } => {
                if let Some((chosen, stage @ ReplayStage::Planning)) = &mut self.replay
                    && chosen.dlq == dlq
                {
                    *stage = ReplayStage::Planned(result);
                }
            }
            Action::Replayed { dlq, result } => {
                if let Some((chosen, stage)) = &mut self.replay
                    && chosen.dlq == dlq
                {
                    *stage = ReplayStage::Done(result);
                }
                if open == Some(&dlq) {
                    self.inspect(dlq);
                }
            }
            _ => {}
        }
    }

    /// Esc with the replay dialog open closes it, unless a replay runs (it is seen through:
    /// it cannot be left half done). True when the dialog took the key.
    pub fn back(&mut self) -> bool {
        let Some((_, stage)) = &self.replay else {
            return false;
        };
        if *stage != ReplayStage::Running {
            self.replay = None;
        }
        true
    }

    /// The open DLQ: its counts, the errors to choose a replay by, and one message read.
    /// Returns where the errors' rows went.
    pub fn draw(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        dlq: &DlqRef,
        selected: usize,
    ) -> Option<RowsAt> {
        let inspection = match &self.inspection {
            Some((open, result)) if open == dlq => result,
            _ => {
                frame.render_widget(
                    Paragraph::new(format!(" {}: reading every message…", dlq.label())),
                    area,
                );
                return None;
            }
        };
        let report = match inspection {
            Ok(r) => r,
            Err(e) => {
                frame.render_widget(
                    Paragraph::new(Line::from(vec![
                        Span::styled(format!(" {}: ", dlq.label()), bold()),
                        Span::styled(e.clone(), Style::new().fg(Color::Red)),
                    ])),
                    area,
                );
                return None;
            }
        };
        let when = |ms: Option<i64>| {
            ms.and_then(chrono::DateTime::from_timestamp_millis)
                .map_or_else(|| "-".into(), |t| t.format("%Y-%m-%d %H:%M:%S").to_string())
        };
        let [summary, counts, sample] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Fill(1),
            Constraint::Fill(1),
        ])
        .areas(area);
        let mut lines = vec![Line::from(vec![
            Span::styled(format!(" {} ", dlq.label()), bold()),
            Span::raw(format!(
                " {} messages, dead-lettered {} .. {} UTC",
                report.messages,
                when(report.oldest_ms),
                when(report.newest_ms)
            )),
        ])];
        if !report.malformed.is_empty() {
            lines.push(Line::styled(
                format!(
                    " {} with malformed dead-letter headers, first: {}",
                    report.malformed.len(),
                    report.malformed[0]
                ),
                Style::new().fg(Color::Red),
            ));
        }
        frame.render_widget(Paragraph::new(lines), summary);
        let columns: [Rect; 3] = Layout::horizontal([
            Constraint::Fill(2),
            Constraint::Fill(2),
            Constraint::Fill(1),
        ])
        .areas(counts);
        // By error, selectable: what `R` replays (every message, or those of one error).
        let mut rows = vec![Row::new(vec![
            Cell::from(report.messages.to_string()),
            Cell::from("every message"),
        ])];
        rows.extend(self.errors().into_iter().map(|e| {
            Row::new(vec![
                Cell::from(report.by_error[e].to_string()),
                Cell::from(e.to_string()),
            ])
        }));
        if let Some(n) = report.by_error.get(UNKNOWN) {
            rows.push(Row::new(vec![Cell::from(n.to_string()), Cell::from(UNKNOWN)]).style(dim()));
        }
        let [errors, origins, conventions] = columns;
        let mut state = TableState::new().with_selected(Some(selected));
        frame.render_stateful_widget(
            Table::new(rows, [Constraint::Length(8), Constraint::Fill(1)])
                .block(
                    Block::new()
                        .borders(Borders::TOP)
                        .title(" by error, R replays "),
                )
                .row_highlight_style(Style::new().add_modifier(Modifier::REVERSED)),
            errors,
            &mut state,
        );
        // Under the title line (no header row); the unknown row is not a selection.
        let drawn = RowsAt {
            top: errors.y + 1,
            bottom: errors.y + errors.height,
            first: state.offset(),
            count: 1 + self.errors().len(),
        };
        for ((title, counted), at) in [
            ("by origin", &report.by_origin),
            ("by convention", &report.by_convention),
        ]
        .into_iter()
        .zip([origins, conventions])
        {
            let rows: Vec<Row> = ranked(counted)
                .into_iter()
                .map(|(what, n)| {
                    Row::new(vec![
                        Cell::from(n.to_string()),
                        Cell::from(what.to_string()),
                    ])
                })
                .collect();
            frame.render_widget(
                Table::new(rows, [Constraint::Length(8), Constraint::Fill(1)]).block(
                    Block::new()
                        .borders(Borders::TOP)
                        .title(format!(" {title} ")),
                ),
                at,
            );
        }
        let shown = report
            .samples
            .get(self.sample)
            .and_then(|s| serde_json::to_string_pretty(s).ok())
            .unwrap_or_default();
        let title = match report.samples.len() {
            0 | 1 => " first message, with its dead-letter metadata ".to_string(),
            n => format!(
                " message {} of the first {n} ([ ] step), with its dead-letter metadata ",
                self.sample + 1
            ),
        };
        frame.render_widget(
            Paragraph::new(shown)
                .wrap(ratatui::widgets::Wrap { trim: false })
                .block(Block::new().borders(Borders::TOP).title(title)),
            sample,
        );
        Some(drawn)
    }

    /// The replay dialog over the DLQ screen, when open.
    pub fn draw_dialog(&self, frame: &mut Frame<'_>, area: Rect) {
        let Some((chosen, stage)) = &self.replay else {
            return;
        };
        let red = Style::new().fg(Color::Red);
        let (lines, keys): (Vec<Line>, &str) = match stage {
            ReplayStage::Planning => (
                vec![Line::raw(" planning: a dry run, nothing is sent…")],
                " Esc cancel ",
            ),
            ReplayStage::Planned(Err(e)) => {
                (vec![Line::styled(format!(" {e}"), red)], " Esc close ")
            }
            ReplayStage::Planned(Ok(plan)) => {
                let mut lines = vec![Line::styled(
                    format!(" {}", plan.summary.describe()),
                    bold(),
                )];
                lines.extend(plan.moves.iter().map(|m| Line::raw(format!("   {m}"))));
                if plan.summary.replayed > plan.moves.len() as u64 {
                    lines.push(Line::styled(
                        format!(
                            "   … {} more",
                            plan.summary.replayed - plan.moves.len() as u64
                        ),
                        dim(),
                    ));
                }
                lines.push(Line::raw(""));
                lines.push(Line::raw(
                    " A message leaves the DLQ only once its target has confirmed it.",
                ));
                let keys = if plan.summary.replayed > 0 {
                    " y replay  Esc cancel "
                } else {
                    " nothing to replay: Esc close "
                };
                (lines, keys)
            }
            ReplayStage::Running => (vec![Line::raw(" replaying…")], " wait "),
            ReplayStage::Done(Ok(summary)) => (
                vec![Line::styled(format!(" {}", summary.describe()), bold())],
                " Esc close ",
            ),
            ReplayStage::Done(Err(e)) => (vec![Line::styled(format!(" {e}"), red)], " Esc close "),
        };
        let popup = centred(
            area,
            area.width.saturating_sub(8).max(40),
            lines.len() as u16 + 2,
        );
        frame.render_widget(Clear, popup);
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(ratatui::widgets::Wrap { trim: false })
                .block(
                    Block::bordered()
                        .title(format!(" replay {} ", chosen.label()))
                        .title_bottom(keys),
                ),
            popup,
        );
    }
}

/// The DLQ tab's list of dead-letter topics and queues.
pub fn draw_list(frame: &mut Frame<'_>, area: Rect, all: &[DlqRow], selected: usize) -> RowsAt {
    let shown = window(area, all.len(), selected);
    let rows: Vec<Row> = all[shown.clone()]
        .iter()
        .map(|r| {
            Row::new(vec![
                Cell::from(if r.dlq.queue { "RabbitMQ" } else { "Kafka" }),
                Cell::from(r.dlq.name.clone()),
                Cell::from(r.messages.to_string()).style(if r.messages > 0 {
                    Style::new().fg(Color::Yellow)
                } else {
                    Style::new()
                }),
                Cell::from(rate(r.rate)),
            ])
        })
        .collect();
    selectable(
        frame,
        area,
        "dead-letter topics and queues",
        (all.len(), shown.start),
        Table::new(
            rows,
            [
                Constraint::Length(9),
                Constraint::Fill(1),
                Constraint::Length(10),
                Constraint::Length(8),
            ],
        )
        .header(Row::new(["BROKER", "NAME", "MESSAGES", "IN/S"]).style(bold())),
        selected,
    )
}

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
