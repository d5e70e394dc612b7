//! The messages screen: records read from a topic, kept as the envelope line `evctl tail`
//! prints (so a copied message can be produced again as it is), with the key and value as
//! one-line text for the list; how the screen is browsed (partition, start, order, follow,
//! search); and how it is drawn.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::widgets::{Block, Cell, Clear, Paragraph, Row, Table};

use super::app::{Action, RowsAt};
use super::ui::{bold, centred, selectable, window};
use crate::start::StartFrom;

use crate::envelope::write_envelope;
use crate::kafka::consume::Record;
use crate::schema::decode::RecordDecoder;

/// Messages read when the screen opens: this many before the end of each partition.
pub const BACKLOG_PER_PARTITION: i64 = 100;
/// The most messages the screen keeps; older ones are dropped as new ones come.
pub const KEPT: usize = 5_000;
/// The longest key or value text kept for the list (the envelope has it whole).
const PREVIEW: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRow {
    pub partition: i32,
    pub offset: i64,
    pub timestamp: Option<i64>,
    pub key: String,
    pub value: String,
    pub headers: usize,
    /// The message as one envelope line (no newline): what `y` copies.
    pub envelope: String,
}

impl MessageRow {
    /// Whether the search text occurs (case-insensitively) anywhere in the message: key,
    /// headers or value.
    pub fn contains(&self, lowercase: &str) -> bool {
        lowercase.is_empty() || self.envelope.to_lowercase().contains(lowercase)
    }

    /// The envelope, indented, for the message's detail view.
    pub fn pretty(&self) -> String {
        serde_json::from_str::<serde_json::Value>(&self.envelope)
            .and_then(|v| serde_json::to_string_pretty(&v))
            .unwrap_or_else(|_| self.envelope.clone())
    }
}

/// One record as the screen keeps it. Framed keys and values are decoded when a registry is
/// configured, and unframed values of a topic whose schema is Avro (folder or registry);
/// one that cannot be decoded is kept as it is and the problem returned.
pub fn row_of(
    record: &Record<'_>,
    schemas: Option<&mut RecordDecoder>,
) -> (MessageRow, Option<String>) {
    let header = |name: &str| record.header(name);
    let (key, value, problem) = match schemas {
        Some(decoder) => {
            let decoded = decoder.decode(record.key(), record.value(), header, record.topic());
            (decoded.key, decoded.value, decoded.problem)
        }
        None => (record.key(), record.value(), None),
    };
    let shown = record.shown(key, value);
    let mut line = Vec::new();
    write_envelope(&mut line, &shown, record.headers());
    line.pop();
    let row = MessageRow {
        partition: shown.partition,
        offset: shown.offset,
        timestamp: shown.timestamp,
        key: preview(key),
        value: preview(value),
        headers: record.headers().count(),
        envelope: String::from_utf8_lossy(&line).into_owned(),
    };
    (row, problem)
}

/// Bytes as one line of at most `PREVIEW` characters: text as it is (line breaks shown as
/// spaces), binary as a byte count.
pub fn preview(bytes: Option<&[u8]>) -> String {
    let Some(bytes) = bytes else {
        return "∅".into();
    };
    match std::str::from_utf8(bytes) {
        Ok(text) => {
            let mut out: String = text
                .chars()
                .take(PREVIEW)
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            if text.chars().nth(PREVIEW).is_some() {
                out.push('…');
            }
            out
        }
        Err(_) => format!("<{} bytes, binary>", bytes.len()),
    }
}

/// The OSC 52 escape that asks the terminal to put `text` on the clipboard (xterm, kitty,
/// iTerm2, WezTerm, tmux with set-clipboard; others ignore it).
pub fn osc52(text: &str) -> String {
    use base64::Engine;
    format!(
        "\x1b]52;c;{}\x07",
        base64::engine::general_purpose::STANDARD.encode(text)
    )
}

/// Where the messages screen reads from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Browse {
    /// One partition, or all.
    pub partition: Option<i32>,
    pub from: StartFrom,
    /// How the start was given, for the title.
    pub from_text: String,
    pub newest_first: bool,
}

impl Default for Browse {
    fn default() -> Browse {
        Browse {
            partition: None,
            from: StartFrom::Tail(BACKLOG_PER_PARTITION),
            from_text: format!("-{BACKLOG_PER_PARTITION}"),
            newest_first: false,
        }
    }
}

/// What the messages collector is asked to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessagesAsk {
    pub topic: String,
    pub partition: Option<i32>,
    pub from: StartFrom,
}

/// The messages screen's state. The list's selection and search text are the dashboard's
/// (`selected`, `search` below), as on every screen.
#[derive(Debug, Default)]
pub struct MessagesScreen {
    /// The open topic's messages, oldest first (at most `KEPT`).
    pub rows: Vec<MessageRow>,
    /// The newest message stays selected as messages come.
    pub follow: bool,
    /// Which messages are read: partition and start.
    pub browse: Browse,
    /// The start being typed (`o`), when the prompt is open.
    pub from_prompt: Option<String>,
    /// The selected message is shown whole.
    pub detail: bool,
    /// The overview's filter while the screen searches.
    stashed_filter: String,
}

impl MessagesScreen {
    /// The messages that contain `search`, in the chosen order.
    pub fn visible(&self, search: &str) -> Vec<&MessageRow> {
        let search = search.to_lowercase();
        let matching = self.rows.iter().filter(|m| m.contains(&search));
        if self.browse.newest_first {
            matching.rev().collect()
        } else {
            matching.collect()
        }
    }

    /// What to read of `topic`.
    pub fn ask(&self, topic: &str) -> MessagesAsk {
        MessagesAsk {
            topic: topic.to_string(),
            partition: self.browse.partition,
            from: self.browse.from,
        }
    }

    /// The newest visible message's place in a list of `len`.
    fn newest_place(&self, len: usize) -> usize {
        if self.browse.newest_first {
            0
        } else {
            len.saturating_sub(1)
        }
    }

    /// Reads the messages again from the chosen partition and start.
    fn reread(&mut self, selected: &mut usize) {
        self.rows.clear();
        *selected = 0;
        self.follow = true;
    }

    /// Opens the screen: the overview's `filter` is kept for the way back and the search
    /// starts empty.
    pub fn open(&mut self, filter: &mut String, selected: &mut usize) {
        self.stashed_filter = std::mem::take(filter);
        self.browse = Browse::default();
        self.reread(selected);
    }

    /// Leaves the screen, giving the overview its filter back.
    pub fn close(&mut self, filter: &mut String) {
        *filter = std::mem::take(&mut self.stashed_filter);
        self.rows.clear();
        self.detail = false;
    }

    /// The screen's own keys; `partitions` is how many the topic has.
    pub fn key(&mut self, action: &Action, partitions: i32, search: &str, selected: &mut usize) {
        match action {
            Action::ToggleFollow => {
                self.follow = !self.follow;
                if self.follow {
                    *selected = self.newest_place(self.visible(search).len());
                }
            }
            Action::NextPartition => {
                self.browse.partition = match self.browse.partition {
                    None if partitions > 0 => Some(0),
                    Some(p) if p + 1 < partitions => Some(p + 1),
                    _ => None,
                };
                self.reread(selected);
            }
            Action::ToggleOrder => {
                self.browse.newest_first = !self.browse.newest_first;
                // The same message stays selected.
                let last = self.visible(search).len().saturating_sub(1);
                *selected = last - (*selected).min(last);
            }
            Action::StartFromPrompt => self.from_prompt = Some(String::new()),
            _ => {}
        }
    }

    /// Keys while the start prompt is open; true when the key was the prompt's. A start that
    /// does not parse leaves its reason in `notice`.
    pub fn prompt_key(
        &mut self,
        action: &Action,
        selected: &mut usize,
        notice: &mut Option<String>,
    ) -> bool {
        let Some(text) = &mut self.from_prompt else {
            return false;
        };
        match action {
            Action::FilterInput(c) => text.push(*c),
            Action::FilterDelete => {
                text.pop();
            }
            Action::FilterDone => {
                let text = self.from_prompt.take().unwrap_or_default();
                match StartFrom::parse(&text, crate::start::now_ms()) {
                    Ok(from) => {
                        self.browse.from = from;
                        self.browse.from_text = text.trim().to_string();
                        self.reread(selected);
                    }
                    Err(e) => *notice = Some(e.replace("--from ", "start ")),
                }
            }
            Action::Back => self.from_prompt = None,
            // Reports still come in while typing.
            _ => return false,
        }
        true
    }

    /// Takes messages read, keeping at most `KEPT`. Following, the newest is selected; else
    /// the selection stays on its message (or on the oldest left, when its message was
    /// dropped).
    pub fn merge(&mut self, rows: Vec<MessageRow>, search: &str, selected: &mut usize) {
        let at = self
            .visible(search)
            .get(*selected)
            .map(|m| (m.partition, m.offset));
        self.rows.extend(rows);
        let over = self.rows.len().saturating_sub(KEPT);
        if over > 0 {
            self.rows.drain(..over);
        }
        let visible = self.visible(search);
        let kept = at.and_then(|at| visible.iter().position(|m| (m.partition, m.offset) == at));
        let len = visible.len();
        *selected = match kept {
            Some(i) if !self.follow => i,
            None if !self.follow && self.browse.newest_first => len.saturating_sub(1),
            None if !self.follow => 0,
            _ => self.newest_place(len),
        };
    }

    /// The selected message as an envelope line, and what the footer says of it.
    pub fn copy(&self, search: &str, selected: usize) -> Option<(String, String)> {
        self.visible(search).get(selected).map(|m| {
            (
                m.envelope.clone(),
                format!(
                    "copied partition {} offset {} as an envelope line",
                    m.partition, m.offset
                ),
            )
        })
    }

    /// The list of `topic`'s messages.
    pub fn draw(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        (topic, search, selected): (&str, &str, usize),
        drawn: &mut Option<RowsAt>,
    ) {
        let wide = area.width >= 120;
        let all = self.visible(search);
        let shown = window(area, all.len(), selected);
        let rows: Vec<Row> = all[shown.clone()]
            .iter()
            .map(|m| {
                let mut cells = vec![
                    Cell::from(m.partition.to_string()),
                    Cell::from(m.offset.to_string()),
                ];
                if wide {
                    cells.push(Cell::from(
                        m.timestamp
                            .and_then(chrono::DateTime::from_timestamp_millis)
                            .map_or_else(
                                || "-".into(),
                                |t| t.format("%Y-%m-%d %H:%M:%S%.3f").to_string(),
                            ),
                    ));
                    cells.push(Cell::from(m.headers.to_string()));
                }
                cells.extend([Cell::from(m.key.clone()), Cell::from(m.value.clone())]);
                Row::new(cells)
            })
            .collect();
        let mut header = vec!["PART", "OFFSET"];
        let mut widths = vec![Constraint::Length(4), Constraint::Length(10)];
        if wide {
            header.extend(["TIME (UTC)", "HDRS"]);
            widths.extend([Constraint::Length(23), Constraint::Length(4)]);
        }
        header.extend(["KEY", "VALUE"]);
        widths.extend([
            Constraint::Length(if wide { 24 } else { 14 }),
            Constraint::Fill(1),
        ]);
        let title = format!(
            "messages in {topic}, {}, from {}{}",
            self.browse.partition.map_or_else(
                || "every partition".to_string(),
                |p| format!("partition {p}")
            ),
            self.browse.from_text,
            if self.browse.newest_first {
                ", newest first"
            } else {
                ""
            }
        );
        *drawn = Some(selectable(
            frame,
            area,
            &title,
            (all.len(), shown.start),
            Table::new(rows, widths).header(Row::new(header).style(bold())),
            selected,
        ));
    }

    /// The selected message whole, over the list.
    pub fn draw_detail(&self, frame: &mut Frame<'_>, area: Rect, search: &str, selected: usize) {
        let Some(m) = self.visible(search).get(selected).copied() else {
            return;
        };
        let popup = centred(area, area.width.saturating_sub(4), area.height);
        frame.render_widget(Clear, popup);
        frame.render_widget(
            Paragraph::new(m.pretty())
                .wrap(ratatui::widgets::Wrap { trim: false })
                .block(Block::bordered().title(format!(
                    " partition {} offset {} (↑↓ next, y copy, Esc close) ",
                    m.partition, m.offset
                ))),
            popup,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn previews_are_one_line_and_bounded() {
        assert_eq!(preview(None), "∅");
        assert_eq!(preview(Some(b"a\nb")), "a b");
        assert_eq!(preview(Some(&[0xff, 0x00, 0x01])), "<3 bytes, binary>");
        let long = "x".repeat(300);
        let shown = preview(Some(long.as_bytes()));
        assert_eq!(shown.chars().count(), PREVIEW + 1);
        assert!(shown.ends_with('…'));
    }

    #[test]
    fn search_looks_at_the_whole_envelope_and_pretty_indents_it() {
        let row = MessageRow {
            partition: 0,
            offset: 7,
            timestamp: Some(1),
            key: "k".into(),
            value: "{}".into(),
            headers: 1,
            envelope: r#"{"topic":"t","partition":0,"offset":7,"timestamp":1,"key":"k","headers":[{"key":"trace","value":"ABC"}],"value":{"a":1}}"#.into(),
        };
        assert!(row.contains("abc"));
        assert!(row.contains(""));
        assert!(!row.contains("zzz"));
        assert!(row.pretty().contains("\n  \"offset\": 7,"));
    }

    #[test]
    fn osc52_carries_base64() {
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x07");
    }
}
