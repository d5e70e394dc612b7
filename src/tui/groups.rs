//! The lag tab: consumer groups as `evctl lag` judges them, with their lag history, sorted as
//! asked; a group's partitions; and how both are drawn.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table};

use super::app::{RowsAt, matches, push_capped};
use super::ui::{bold, group_colour, partition_colour, selectable, sparkline, time, window};
use crate::kafka::membership::Member;
use crate::lag::{GroupLag, GroupStatus, PartitionLag, PartitionStatus};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    /// Worst status first, then most lag.
    Status,
    Lag,
    TimeLag,
    Name,
}

impl SortBy {
    pub fn next(self) -> SortBy {
        match self {
            SortBy::Status => SortBy::Lag,
            SortBy::Lag => SortBy::TimeLag,
            SortBy::TimeLag => SortBy::Name,
            SortBy::Name => SortBy::Status,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SortBy::Status => "status",
            SortBy::Lag => "lag",
            SortBy::TimeLag => "time lag",
            SortBy::Name => "name",
        }
    }
}

/// A group as the dashboard shows it: the latest report and its lag history.
#[derive(Debug, Clone)]
pub struct GroupRow {
    pub report: GroupLag,
    /// Total lag at each report, oldest first.
    pub history: Vec<u64>,
}

/// The lag tab's state: every group of the latest report, and the order chosen.
#[derive(Debug)]
pub struct GroupsScreen {
    pub rows: Vec<GroupRow>,
    pub sort: SortBy,
    /// The open group's members, as last described (or why not).
    pub members: Option<(String, Result<Vec<Member>, String>)>,
}

impl Default for GroupsScreen {
    fn default() -> GroupsScreen {
        GroupsScreen {
            rows: Vec::new(),
            sort: SortBy::Status,
            members: None,
        }
    }
}

impl GroupsScreen {
    /// Takes a fresh report; each group's history grows by its total lag.
    pub fn merge(&mut self, groups: Vec<GroupLag>) {
        let mut rows = Vec::with_capacity(groups.len());
        for report in groups {
            let mut history = self
                .rows
                .iter()
                .position(|r| r.report.group == report.group)
                .map(|i| std::mem::take(&mut self.rows[i].history))
                .unwrap_or_default();
            push_capped(&mut history, u64::try_from(report.total_lag).unwrap_or(0));
            rows.push(GroupRow { report, history });
        }
        self.rows = rows;
    }

    /// The groups whose names match `filter`, in the chosen order.
    pub fn visible(&self, filter: &str) -> Vec<&GroupRow> {
        let mut rows: Vec<&GroupRow> = self
            .rows
            .iter()
            .filter(|r| matches(filter, &r.report.group))
            .collect();
        let rank = |s: GroupStatus| match s {
            GroupStatus::Err => 0,
            GroupStatus::Warn => 1,
            GroupStatus::Ok => 2,
        };
        match self.sort {
            SortBy::Status => rows.sort_by(|a, b| {
                (
                    rank(a.report.status),
                    std::cmp::Reverse(a.report.total_lag),
                    &a.report.group,
                )
                    .cmp(&(
                        rank(b.report.status),
                        std::cmp::Reverse(b.report.total_lag),
                        &b.report.group,
                    ))
            }),
            SortBy::Lag => rows.sort_by(|a, b| {
                b.report
                    .total_lag
                    .cmp(&a.report.total_lag)
                    .then(a.report.group.cmp(&b.report.group))
            }),
            SortBy::TimeLag => rows.sort_by(|a, b| {
                b.report
                    .max_time_lag_ms
                    .cmp(&a.report.max_time_lag_ms)
                    .then(a.report.group.cmp(&b.report.group))
            }),
            SortBy::Name => rows.sort_by(|a, b| a.report.group.cmp(&b.report.group)),
        }
        rows
    }

    /// The group `name`, if the latest report has it.
    pub fn group(&self, name: &str) -> Option<&GroupRow> {
        self.rows.iter().find(|r| r.report.group == name)
    }

    /// The partitions of group `name`, most lag first.
    pub fn partitions(&self, name: &str) -> Vec<&PartitionLag> {
        let mut parts: Vec<&PartitionLag> = self
            .group(name)
            .map(|g| g.report.partitions.iter().collect())
            .unwrap_or_default();
        parts.sort_by(|a, b| {
            b.lag
                .cmp(&a.lag)
                .then((&a.topic, a.partition).cmp(&(&b.topic, b.partition)))
        });
        parts
    }

    /// The groups reading `topic`, with their worst status and total lag there, most lag
    /// first.
    pub fn readers_of(&self, topic: &str) -> Vec<(&str, PartitionStatus, i64)> {
        let mut out: Vec<(&str, PartitionStatus, i64)> = self
            .rows
            .iter()
            .filter_map(|r| {
                let parts: Vec<&PartitionLag> = r
                    .report
                    .partitions
                    .iter()
                    .filter(|p| &*p.topic == topic)
                    .collect();
                let worst = parts.iter().map(|p| p.status).max()?;
                Some((
                    r.report.group.as_str(),
                    worst,
                    parts.iter().map(|p| p.lag).sum(),
                ))
            })
            .collect();
        out.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(b.0)));
        out
    }

    /// The groups that match `filter`, in the chosen order.
    pub fn draw(&self, frame: &mut Frame<'_>, area: Rect, filter: &str, selected: usize) -> RowsAt {
        let wide = area.width >= 120;
        let all = self.visible(filter);
        let shown = window(area, all.len(), selected);
        let rows: Vec<Row> = all[shown.clone()]
            .iter()
            .map(|r| {
                let g = &r.report;
                let catch_up = match &g.trend {
                    Some(t) if t.falling_behind => "falling behind".to_string(),
                    Some(t) => time(t.catch_up_ms),
                    None => "-".into(),
                };
                let mut cells = vec![
                    Cell::from(g.status.as_str()).style(group_colour(g.status)),
                    Cell::from(g.group.clone()),
                    Cell::from(g.total_lag.to_string()),
                    Cell::from(time(g.max_time_lag_ms)),
                    Cell::from(sparkline(&r.history, if wide { 30 } else { 12 })),
                ];
                if wide {
                    cells.push(Cell::from(catch_up));
                    cells.push(Cell::from(
                        g.worst_partition.clone().unwrap_or_else(|| "-".into()),
                    ));
                }
                Row::new(cells)
            })
            .collect();
        let mut header = vec!["STATUS", "GROUP", "LAG", "TIME LAG", "TREND"];
        let mut widths = vec![
            Constraint::Length(6),
            Constraint::Fill(1),
            Constraint::Length(9),
            Constraint::Length(10),
            Constraint::Length(if wide { 30 } else { 12 }),
        ];
        if wide {
            header.extend(["CATCH UP", "WORST PARTITION"]);
            widths.extend([Constraint::Length(15), Constraint::Length(24)]);
        }
        selectable(
            frame,
            area,
            "consumer groups",
            (all.len(), shown.start),
            Table::new(rows, widths).header(Row::new(header).style(bold())),
            selected,
        )
    }

    /// Lines for the open group's members (at most five, then a count): who holds which
    /// partitions, as DescribeGroups or ConsumerGroupDescribe told.
    fn member_lines(&self, name: &str) -> Vec<Line<'static>> {
        const SHOWN: usize = 5;
        let dim = Style::new().fg(Color::DarkGray);
        let members = match &self.members {
            Some((group, Ok(members))) if group == name => members,
            Some((group, Err(e))) if group == name => {
                return vec![Line::styled(format!(" members unknown: {e}"), dim)];
            }
            _ => return vec![Line::styled(" members: reading…", dim)],
        };
        if members.is_empty() {
            return vec![Line::styled(" no active members", dim)];
        }
        let mut lines: Vec<Line> = members
            .iter()
            .take(SHOWN)
            .map(|m| {
                let assigned: Vec<String> = m
                    .assignment
                    .iter()
                    .map(|a| {
                        let ids: Vec<String> = a.partitions.iter().map(i32::to_string).collect();
                        format!("{}:{}", a.topic, ids.join(","))
                    })
                    .collect();
                Line::raw(format!(
                    " member {}  {} {}  {}",
                    m.client_id,
                    m.host,
                    m.member_id,
                    assigned.join(" ")
                ))
            })
            .collect();
        if members.len() > SHOWN {
            lines.push(Line::styled(
                format!(" … {} more members", members.len() - SHOWN),
                dim,
            ));
        }
        lines
    }

    /// The group `name`: its judgement, its members and its partitions, most lag first.
    pub fn draw_group(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        name: &str,
        selected: usize,
    ) -> Option<RowsAt> {
        let Some(group) = self.group(name) else {
            frame.render_widget(
                Paragraph::new(format!(
                    " group {name} is gone from the latest report (Esc: back)"
                )),
                area,
            );
            return None;
        };
        let g = &group.report;
        let member_lines = self.member_lines(name);
        let [summary, members, list] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Length(member_lines.len() as u16),
            Constraint::Min(1),
        ])
        .areas(area);
        frame.render_widget(Paragraph::new(member_lines), members);
        frame.render_widget(
            Paragraph::new(vec![
                Line::from(vec![
                    Span::styled(format!(" {} ", g.status.as_str()), group_colour(g.status)),
                    Span::styled(g.group.clone(), Style::new().add_modifier(Modifier::BOLD)),
                    Span::raw(format!(
                        "  lag {}  time lag {}  ",
                        g.total_lag,
                        time(g.max_time_lag_ms)
                    )),
                    Span::raw(sparkline(&group.history, 20)),
                ]),
                Line::from(Span::styled(
                    format!(" judged on {}", g.judged),
                    Style::new().fg(Color::DarkGray),
                )),
            ]),
            summary,
        );
        let all = self.partitions(name);
        let shown = window(list, all.len(), selected);
        let rows: Vec<Row> = all[shown.clone()]
            .iter()
            .map(|p| {
                Row::new(vec![
                    Cell::from(p.status.as_str()).style(partition_colour(p.status)),
                    Cell::from(format!("{}/{}", p.topic, p.partition)),
                    Cell::from(p.committed.map_or("-".into(), |c| c.to_string())),
                    Cell::from(p.high_watermark.to_string()),
                    Cell::from(p.lag.to_string()),
                    Cell::from(time(p.time_lag_ms)),
                ])
            })
            .collect();
        Some(selectable(
            frame,
            list,
            "partitions",
            (all.len(), shown.start),
            Table::new(
                rows,
                [
                    Constraint::Length(7),
                    Constraint::Fill(1),
                    Constraint::Length(10),
                    Constraint::Length(10),
                    Constraint::Length(9),
                    Constraint::Length(10),
                ],
            )
            .header(
                Row::new(["STATUS", "PARTITION", "COMMITTED", "END", "LAG", "TIME LAG"])
                    .style(bold()),
            ),
            selected,
        ))
    }
}
