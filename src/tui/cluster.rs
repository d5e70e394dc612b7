//! The overview tab: the brokers, every topic with its size and write rate, and a topic's
//! partitions, readers and configuration; and how they are drawn (Kafdrop's cluster and topic
//! pages).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table};

use super::app::{RowsAt, matches};
use super::ui::{bold, dim, ids, partition_colour, rate, selectable, window};
use crate::kafka::admin::{BrokerInfo, ClusterInfo, ConfigValue, TopicInfo};
use crate::lag::PartitionStatus;
use crate::output::format::human_bytes;

/// A topic as the overview shows it.
#[derive(Debug, Clone)]
pub struct TopicRow {
    pub info: TopicInfo,
    /// Records appended per second since the previous reading.
    pub rate: Option<f64>,
}

/// The overview's state: the latest reading of the cluster.
#[derive(Debug, Default)]
pub struct ClusterScreen {
    pub brokers: Vec<BrokerInfo>,
    /// By name.
    pub topics: Vec<TopicRow>,
    /// When the topics were read.
    topics_at_ms: Option<i64>,
    /// The open topic's configuration.
    pub configs: Option<(String, Result<Vec<ConfigValue>, String>)>,
}

impl ClusterScreen {
    /// Takes a reading made at `at_ms`; a topic's rate is how far its end offsets moved
    /// since the previous reading.
    pub fn merge(&mut self, at_ms: i64, info: ClusterInfo) {
        let seconds = self
            .topics_at_ms
            .map(|before| (at_ms - before) as f64 / 1000.0)
            .filter(|s| *s > 0.0);
        // Both lists are sorted by name: walk them side by side.
        let mut before = self.topics.iter().peekable();
        let mut topics = Vec::with_capacity(info.topics.len());
        for topic in info.topics {
            while before.next_if(|b| b.info.name < topic.name).is_some() {}
            let rate = match (seconds, before.next_if(|b| b.info.name == topic.name)) {
                (Some(s), Some(b)) => {
                    Some((topic.end_offsets() - b.info.end_offsets()).max(0) as f64 / s)
                }
                _ => None,
            };
            topics.push(TopicRow { info: topic, rate });
        }
        self.topics = topics;
        self.brokers = info.brokers;
        self.topics_at_ms = Some(at_ms);
    }

    /// The topics whose names match `filter`, by name.
    pub fn visible(&self, filter: &str) -> Vec<&TopicRow> {
        self.topics
            .iter()
            .filter(|t| matches(filter, &t.info.name))
            .collect()
    }

    /// Topic `name`, if the latest reading has it.
    pub fn topic(&self, name: &str) -> Option<&TopicRow> {
        self.topics.iter().find(|t| t.info.name == name)
    }

    /// Whether `name`'s configuration is still to be read.
    pub fn wants_configs(&self, name: &str) -> bool {
        self.configs.as_ref().is_none_or(|(t, _)| t != name)
    }

    /// The overview: brokers, totals, and the topics that match `filter`.
    pub fn draw(&self, frame: &mut Frame<'_>, area: Rect, filter: &str, selected: usize) -> RowsAt {
        let [summary, list] =
            Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
        let partitions: usize = self.topics.iter().map(|t| t.info.partitions.len()).sum();
        let under: usize = self.topics.iter().map(|t| t.info.under_replicated()).sum();
        let brokers = self
            .brokers
            .iter()
            .map(|b| format!("{} {}:{}", b.id, b.host, b.port))
            .collect::<Vec<_>>()
            .join("  ");
        frame.render_widget(
            Paragraph::new(vec![
                Line::from(vec![
                    Span::styled(format!(" brokers {}: ", self.brokers.len()), bold()),
                    Span::raw(brokers),
                ]),
                Line::from(vec![
                    Span::raw(format!(
                        " topics {}  partitions {partitions}  ",
                        self.topics.len()
                    )),
                    Span::styled(
                        format!("under-replicated {under}"),
                        if under > 0 {
                            Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
                        } else {
                            Style::new()
                        },
                    ),
                ]),
            ]),
            summary,
        );
        let wide = area.width >= 120;
        let all = self.visible(filter);
        let shown = window(list, all.len(), selected);
        let rows: Vec<Row> = all[shown.clone()]
            .iter()
            .map(|t| {
                let under = t.info.under_replicated();
                let mut cells = vec![
                    Cell::from(t.info.name.clone()),
                    Cell::from(t.info.partitions.len().to_string()),
                    Cell::from(t.info.messages().to_string()),
                    Cell::from(human_bytes(t.info.size_bytes())),
                    Cell::from(rate(t.rate)),
                    Cell::from(under.to_string()).style(if under > 0 {
                        Style::new().fg(Color::Red)
                    } else {
                        Style::new()
                    }),
                ];
                if wide {
                    let replication = t.info.partitions.iter().map(|p| p.replicas.len()).max();
                    cells.push(Cell::from(replication.unwrap_or(0).to_string()));
                    cells.push(Cell::from(t.info.end_offsets().to_string()));
                }
                Row::new(cells)
            })
            .collect();
        let mut header = vec!["TOPIC", "PARTS", "MESSAGES", "SIZE", "MSG/S", "UNDER-REPL"];
        let mut widths = vec![
            Constraint::Fill(1),
            Constraint::Length(6),
            Constraint::Length(11),
            Constraint::Length(10),
            Constraint::Length(9),
            Constraint::Length(10),
        ];
        if wide {
            header.extend(["REPLICAS", "END OFFSETS"]);
            widths.extend([Constraint::Length(8), Constraint::Length(12)]);
        }
        selectable(
            frame,
            list,
            "topics",
            (all.len(), shown.start),
            Table::new(rows, widths).header(Row::new(header).style(bold())),
            selected,
        )
    }

    /// Topic `name`: its partitions, the groups reading it (`readers`) and its
    /// configuration.
    pub fn draw_topic(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        (name, readers): (&str, &[(&str, PartitionStatus, i64)]),
        selected: usize,
    ) -> Option<RowsAt> {
        let Some(t) = self.topic(name) else {
            frame.render_widget(
                Paragraph::new(format!(
                    " topic {name} is gone from the latest reading (Esc: back)"
                )),
                area,
            );
            return None;
        };
        let [summary, parts, below] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Fill(1),
        ])
        .areas(area);
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(format!(" {name} "), bold()),
                Span::raw(format!(
                    " partitions {}  messages {}  {}  {} msg/s  under-replicated {}",
                    t.info.partitions.len(),
                    t.info.messages(),
                    human_bytes(t.info.size_bytes()),
                    rate(t.rate),
                    t.info.under_replicated()
                )),
            ])),
            summary,
        );
        let all = &t.info.partitions;
        let shown = window(parts, all.len(), selected);
        let rows: Vec<Row> = all[shown.clone()]
            .iter()
            .map(|p| {
                let short = p.isr.len() < p.replicas.len();
                Row::new(vec![
                    Cell::from(p.partition.to_string()),
                    Cell::from(p.low_watermark.to_string()),
                    Cell::from(p.high_watermark.to_string()),
                    Cell::from(p.messages.to_string()),
                    Cell::from(p.leader.to_string()),
                    Cell::from(ids(&p.replicas)),
                    Cell::from(ids(&p.isr)).style(if short {
                        Style::new().fg(Color::Red)
                    } else {
                        Style::new()
                    }),
                ])
            })
            .collect();
        let drawn = selectable(
            frame,
            parts,
            "partitions",
            (all.len(), shown.start),
            Table::new(
                rows,
                [
                    Constraint::Length(5),
                    Constraint::Length(11),
                    Constraint::Length(11),
                    Constraint::Length(11),
                    Constraint::Length(7),
                    Constraint::Fill(1),
                    Constraint::Fill(1),
                ],
            )
            .header(
                Row::new([
                    "P", "FIRST", "LAST", "MESSAGES", "LEADER", "REPLICAS", "ISR",
                ])
                .style(bold()),
            ),
            selected,
        );

        let [groups_area, configs_area] =
            Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(below);
        let group_rows: Vec<Row> = readers
            .iter()
            .map(|(group, status, lag)| {
                Row::new(vec![
                    Cell::from(status.as_str()).style(partition_colour(*status)),
                    Cell::from(group.to_string()),
                    Cell::from(lag.to_string()),
                ])
            })
            .collect();
        frame.render_widget(
            Table::new(
                group_rows,
                [
                    Constraint::Length(6),
                    Constraint::Fill(1),
                    Constraint::Length(9),
                ],
            )
            .header(Row::new(["STATUS", "GROUP", "LAG"]).style(bold()))
            .block(
                Block::new()
                    .borders(Borders::TOP)
                    .title(format!(" consumer groups ({}) ", readers.len())),
            ),
            groups_area,
        );
        let config_lines: Vec<Line> = match &self.configs {
            Some((topic, Ok(configs))) if topic == name && configs.is_empty() => {
                vec![Line::styled(" the broker reported none", dim())]
            }
            Some((topic, Ok(configs))) if topic == name => {
                // What was set on the topic first, then the broker's defaults.
                let mut sorted: Vec<_> = configs.iter().collect();
                sorted.sort_by_key(|c| c.is_default);
                sorted
                    .into_iter()
                    .map(|c| {
                        let value = c.value.as_deref().unwrap_or("(hidden)");
                        let line = format!(" {} = {value}", c.name);
                        if c.is_default {
                            Line::styled(line, dim())
                        } else {
                            Line::raw(line)
                        }
                    })
                    .collect()
            }
            Some((topic, Err(e))) if topic == name => {
                vec![Line::styled(format!(" not available: {e}"), dim())]
            }
            _ => vec![Line::styled(" reading…", dim())],
        };
        frame.render_widget(
            Paragraph::new(config_lines).block(
                Block::new()
                    .borders(Borders::TOP | Borders::LEFT)
                    .title(" configuration "),
            ),
            configs_area,
        );
        Some(drawn)
    }
}
