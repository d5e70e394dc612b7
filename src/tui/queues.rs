//! The queues tab: RabbitMQ queues judged over their last readings (depth, consumers, stream
//! consumers' offset lag), as `evctl lag --queue` judges them, and how the tab is drawn.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::widgets::{Cell, Row, Table};

use super::app::{RowsAt, matches, push_capped};
use super::ui::{bold, partition_colour, selectable, sparkline, time, window};
use crate::amqp::management::{QueueReading, QueueStats};
use crate::lag::{QueueLag, QueueSample, judge_queue};

/// A queue as the dashboard shows it: judged over its last samples, with its depth history.
#[derive(Debug, Clone)]
pub struct QueueRow {
    pub lag: QueueLag,
    pub stats: QueueStats,
    window: Vec<QueueSample>,
    /// Depth at each reading, oldest first.
    pub history: Vec<u64>,
}

/// The queues tab's state: every queue of the latest reading.
#[derive(Debug, Default)]
pub struct QueuesScreen {
    pub rows: Vec<QueueRow>,
}

impl QueuesScreen {
    /// Takes a reading made at `at_ms`; each queue is judged over its last `samples`.
    pub fn merge(&mut self, at_ms: i64, queues: Vec<QueueReading>, samples: usize) {
        let mut rows = Vec::with_capacity(queues.len());
        for (stats, consumers) in queues {
            let (mut window, mut history) = self
                .rows
                .iter_mut()
                .find(|r| r.stats.vhost == stats.vhost && r.stats.name == stats.name)
                .map(|r| {
                    (
                        std::mem::take(&mut r.window),
                        std::mem::take(&mut r.history),
                    )
                })
                .unwrap_or_default();
            window.push((at_ms, stats.counts(), consumers));
            if window.len() > samples.max(1) {
                window.remove(0);
            }
            let lag = judge_queue(&window);
            push_capped(&mut history, lag.depth);
            rows.push(QueueRow {
                lag,
                stats,
                window,
                history,
            });
        }
        self.rows = rows;
    }

    /// The queues whose names match `filter`, worst first.
    pub fn visible(&self, filter: &str) -> Vec<&QueueRow> {
        let mut queues: Vec<&QueueRow> = self
            .rows
            .iter()
            .filter(|q| matches(filter, &q.lag.queue))
            .collect();
        queues.sort_by(|a, b| {
            (b.lag.status, &a.lag.vhost, &a.lag.queue).cmp(&(
                a.lag.status,
                &b.lag.vhost,
                &b.lag.queue,
            ))
        });
        queues
    }

    /// The queues that match `filter`, worst first.
    pub fn draw(&self, frame: &mut Frame<'_>, area: Rect, filter: &str, selected: usize) -> RowsAt {
        let wide = area.width >= 120;
        let all = self.visible(filter);
        let shown = window(area, all.len(), selected);
        let rows: Vec<Row> = all[shown.clone()]
            .iter()
            .map(|q| {
                let l = &q.lag;
                let name = if wide || l.vhost == "/" {
                    l.queue.clone()
                } else {
                    format!("{}:{}", l.vhost, l.queue)
                };
                let mut cells = vec![
                    Cell::from(l.partition_status.as_str())
                        .style(partition_colour(l.partition_status)),
                    Cell::from(name),
                ];
                if wide {
                    cells.push(Cell::from(l.vhost.clone()));
                    cells.push(Cell::from(q.stats.kind.clone()));
                }
                cells.extend([
                    Cell::from(l.depth.to_string()),
                    Cell::from(l.unacked.to_string()),
                    Cell::from(l.consumers.to_string()),
                    Cell::from(format!("{:.1}", q.stats.publish_rate())),
                    Cell::from(format!("{:.1}", q.stats.ack_rate())),
                    Cell::from(sparkline(&q.history, if wide { 24 } else { 10 })),
                ]);
                if wide {
                    cells.push(Cell::from(if l.trend.falling_behind {
                        "falling behind".to_string()
                    } else {
                        time(l.trend.catch_up_ms)
                    }));
                }
                Row::new(cells)
            })
            .collect();
        let mut header = vec!["STATUS", "QUEUE"];
        let mut widths = vec![Constraint::Length(6), Constraint::Fill(1)];
        if wide {
            header.extend(["VHOST", "TYPE"]);
            widths.extend([Constraint::Length(12), Constraint::Length(8)]);
        }
        header.extend(["DEPTH", "UNACKED", "CONS", "IN/S", "ACK/S", "TREND"]);
        widths.extend([
            Constraint::Length(8),
            Constraint::Length(7),
            Constraint::Length(4),
            Constraint::Length(7),
            Constraint::Length(7),
            Constraint::Length(if wide { 24 } else { 10 }),
        ]);
        if wide {
            header.push("DRAINS IN");
            widths.push(Constraint::Length(15));
        }
        selectable(
            frame,
            area,
            "RabbitMQ queues",
            (all.len(), shown.start),
            Table::new(rows, widths).header(Row::new(header).style(bold())),
            selected,
        )
    }
}
