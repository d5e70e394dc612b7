//! Drawing the dashboard from `&App`: nothing here changes state.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Clear, Paragraph, Row, Table, TableState};

use super::app::{App, KEYS, Screen};
use crate::lag::{GroupStatus, PartitionStatus, format_ms};

pub fn render(frame: &mut Frame<'_>, app: &App) {
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(frame.area());
    frame.render_widget(Paragraph::new(title(app)), header);
    match &app.screen {
        Screen::Groups => groups(frame, app, body),
        Screen::Group(name) => partitions(frame, app, name, body),
    }
    frame.render_widget(Paragraph::new(footer_line(app)), footer);
    if app.help {
        help(frame);
    }
}

fn title(app: &App) -> Line<'static> {
    let mut spans = vec![
        Span::styled(
            " evctl lag ",
            Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
        ),
        Span::raw(format!(" {} ", app.source)),
    ];
    match app
        .updated_ms
        .and_then(chrono::DateTime::from_timestamp_millis)
    {
        Some(t) => spans.push(Span::raw(format!(" updated {} UTC", t.format("%H:%M:%S")))),
        None => spans.push(Span::raw(" waiting for the first sample…")),
    }
    if let Some(problem) = &app.problem {
        spans.push(Span::styled(
            format!("  ⚠ {problem}"),
            Style::new().fg(Color::Red),
        ));
    }
    Line::from(spans)
}

fn footer_line(app: &App) -> Line<'static> {
    if app.editing_filter {
        return Line::from(vec![
            Span::styled(" filter: ", Style::new().add_modifier(Modifier::BOLD)),
            Span::raw(format!("{}▏", app.filter)),
        ]);
    }
    let mut text = format!(" sort: {} ", app.sort.label());
    if !app.filter.is_empty() {
        text.push_str(&format!("│ filter: {} ", app.filter));
    }
    text.push_str("│ ↑↓ move  Enter open  Esc back  / filter  s sort  ? help  q quit");
    Line::from(Span::styled(text, Style::new().fg(Color::DarkGray)))
}

fn group_colour(status: GroupStatus) -> Style {
    match status {
        GroupStatus::Ok => Style::new().fg(Color::Green),
        GroupStatus::Warn => Style::new().fg(Color::Yellow),
        GroupStatus::Err => Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
    }
}

fn partition_colour(status: PartitionStatus) -> Style {
    match status {
        PartitionStatus::Ok => Style::new().fg(Color::Green),
        PartitionStatus::Warn => Style::new().fg(Color::Yellow),
        _ => Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
    }
}

/// The last `width` values as block characters, scaled to the largest.
pub fn sparkline(values: &[u64], width: usize) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let tail = &values[values.len().saturating_sub(width)..];
    let max = tail.iter().copied().max().unwrap_or(0);
    tail.iter()
        .map(|&v| BARS[(v * 7).checked_div(max).unwrap_or(0) as usize])
        .collect()
}

fn time(ms: Option<i64>) -> String {
    ms.map_or_else(|| "-".into(), format_ms)
}

fn groups(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let wide = area.width >= 120;
    let rows: Vec<Row> = app
        .visible()
        .into_iter()
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
    let count = rows.len();
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(Style::new().add_modifier(Modifier::BOLD)))
        .block(
            Block::new()
                .borders(Borders::TOP)
                .title(format!(" consumer groups ({count}) ")),
        )
        .row_highlight_style(Style::new().add_modifier(Modifier::REVERSED));
    let mut state = TableState::new().with_selected((count > 0).then_some(app.selected));
    frame.render_stateful_widget(table, area, &mut state);
}

fn partitions(frame: &mut Frame<'_>, app: &App, name: &str, area: Rect) {
    let Some(group) = app.open_group() else {
        frame.render_widget(
            Paragraph::new(format!(
                " group {name} is gone from the latest report (Esc: back)"
            )),
            area,
        );
        return;
    };
    let g = &group.report;
    let [summary, list] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
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
    let rows: Vec<Row> = app
        .open_partitions()
        .into_iter()
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
    let count = rows.len();
    let table = Table::new(
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
            .style(Style::new().add_modifier(Modifier::BOLD)),
    )
    .block(
        Block::new()
            .borders(Borders::TOP)
            .title(format!(" partitions ({count}) ")),
    )
    .row_highlight_style(Style::new().add_modifier(Modifier::REVERSED));
    let mut state = TableState::new().with_selected((count > 0).then_some(app.selected));
    frame.render_stateful_widget(table, list, &mut state);
}

fn help(frame: &mut Frame<'_>) {
    let area = frame.area();
    let width = area.width.min(64);
    let height = (KEYS.len() as u16 + 2).min(area.height);
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    let lines: Vec<Line> = KEYS
        .iter()
        .map(|(keys, what)| {
            Line::from(vec![
                Span::styled(
                    format!(" {keys:<15}"),
                    Style::new().add_modifier(Modifier::BOLD),
                ),
                Span::raw(*what),
            ])
        })
        .collect();
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(" keys (Esc or ? closes) ")),
        popup,
    );
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use super::*;
    use crate::tui::app::tests::loaded;
    use crate::tui::app::{Action, App};

    fn screen(app: &App, width: u16, height: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal.draw(|f| render(f, app)).unwrap();
        let buffer = terminal.backend().buffer();
        let mut out = String::new();
        for y in 0..height {
            for x in 0..width {
                out.push_str(buffer[(x, y)].symbol());
            }
            out.push('\n');
        }
        out
    }

    fn each_size(name: &str, app: &App) {
        for (w, h) in [(80, 24), (160, 48)] {
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(app, w, h));
        }
    }

    #[test]
    fn groups_screen() {
        let mut app = loaded();
        app.update(Action::Report {
            at_ms: 1_763_802_002_000,
            groups: crate::tui::app::tests::report(),
        });
        each_size("groups", &app);
    }

    #[test]
    fn group_screen() {
        let mut app = loaded();
        app.update(Action::Down);
        app.update(Action::Open);
        each_size("group", &app);
    }

    #[test]
    fn help_overlay_and_filter() {
        let mut app = loaded();
        app.update(Action::StartFilter);
        app.update(Action::FilterInput('a'));
        each_size("filter", &app);
        app.update(Action::FilterDone);
        app.update(Action::ToggleHelp);
        each_size("help", &app);
    }

    #[test]
    fn waiting_and_failing_collector() {
        let mut app = App::new("127.0.0.1:9092");
        app.update(Action::CollectorFailed(
            "cannot reach 127.0.0.1:9092".into(),
        ));
        each_size("unreachable", &app);
    }

    #[test]
    fn sparklines_scale_to_the_largest() {
        assert_eq!(sparkline(&[0, 7, 14], 10), "▁▄█");
        assert_eq!(sparkline(&[0, 0], 10), "▁▁");
        assert_eq!(sparkline(&[1, 2, 3, 4], 2), "▆█");
    }
}
