//! Drawing the dashboard from `&App`: nothing here changes state.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Row, Table, TableState};

use super::app::{App, KEYS, RowsAt, Screen, Source};
use super::dlq::draw_list;
use crate::lag::{GroupStatus, PartitionStatus, format_ms};

/// Draws `app`; returns where the list drawn put its rows, for mouse clicks.
pub fn render(frame: &mut Frame<'_>, app: &App) -> Option<RowsAt> {
    let mut drawn = None;
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(frame.area());
    frame.render_widget(Paragraph::new(title(app)), header);
    match &app.screen {
        Screen::Overview => {
            drawn = Some(app.cluster.draw(frame, body, &app.filter, app.selected));
        }
        Screen::Topic(name) => {
            let readers = app.groups.readers_of(name);
            drawn = app
                .cluster
                .draw_topic(frame, body, (name, &readers), app.selected);
        }
        Screen::Groups => {
            drawn = Some(app.groups.draw(frame, body, &app.filter, app.selected));
        }
        Screen::Group(name) => drawn = app.groups.draw_group(frame, body, name, app.selected),
        Screen::Queues => {
            drawn = Some(app.queues.draw(frame, body, &app.filter, app.selected));
        }
        Screen::Messages(name) => {
            let view = (name.as_str(), app.filter.as_str(), app.selected);
            app.messages.draw(frame, body, view, &mut drawn);
        }
        Screen::Dlqs => drawn = Some(draw_list(frame, body, &app.visible_dlqs(), app.selected)),
        Screen::Dlq(dlq) => drawn = app.dlq.draw(frame, body, dlq, app.selected),
    }
    frame.render_widget(Paragraph::new(footer_line(app)), footer);
    if app.messages.detail {
        app.messages
            .draw_detail(frame, body, &app.filter, app.selected);
    }
    app.dlq.draw_dialog(frame, body);
    if app.help {
        help(frame);
    }
    if let Some(at) = app.picker {
        contexts(frame, app, at);
    }
    drawn
}

/// A box in the middle of `area`, at most `width` x `height`.
pub(super) fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let (width, height) = (width.min(area.width), height.min(area.height));
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

fn contexts(frame: &mut Frame<'_>, app: &App, at: usize) {
    let popup = centred(frame.area(), 40, app.contexts.len() as u16 + 2);
    let rows: Vec<Row> = app
        .contexts
        .iter()
        .map(|c| {
            let mark = if Some(c) == app.context.as_ref() {
                "●"
            } else {
                " "
            };
            Row::new([format!(" {mark} {c}")])
        })
        .collect();
    let table = Table::new(rows, [Constraint::Fill(1)])
        .block(Block::bordered().title(" context (Enter switches, Esc closes) "))
        .row_highlight_style(Style::new().add_modifier(Modifier::REVERSED));
    frame.render_widget(Clear, popup);
    frame.render_stateful_widget(table, popup, &mut TableState::new().with_selected(Some(at)));
}

fn title(app: &App) -> Line<'static> {
    let badge = Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED);
    let mut spans = if app.tabs.len() == 1 {
        vec![Span::styled(" evctl lag ", badge)]
    } else {
        let mut spans = vec![Span::styled(" evctl ", badge)];
        for (i, tab) in app.tabs.iter().enumerate() {
            let label = format!(" {} {} ", i + 1, tab.label());
            spans.push(if *tab == app.screen.tab() {
                Span::styled(
                    label,
                    Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                )
            } else {
                Span::styled(label, Style::new().fg(Color::DarkGray))
            });
        }
        spans
    };
    if let Some(context) = &app.context {
        spans.push(Span::styled(format!(" [{context}]"), bold()));
    }
    spans.push(Span::raw(format!(" {} ", app.source)));
    match app
        .updated_ms
        .and_then(chrono::DateTime::from_timestamp_millis)
    {
        Some(t) => spans.push(Span::raw(format!(" updated {} UTC", t.format("%H:%M:%S")))),
        None => spans.push(Span::raw(" waiting for the first sample…")),
    }
    // Only the problems of what this screen shows: a Kafka-only user is not told about
    // RabbitMQ until opening the queues tab.
    let shown = app.screen.sources();
    for (_, problem) in app
        .problems
        .iter()
        .filter(|(s, _)| *s == Source::Switch || shown.contains(s))
    {
        spans.push(Span::styled(
            format!("  ⚠ {problem}"),
            Style::new().fg(Color::Red),
        ));
    }
    Line::from(spans)
}

fn footer_line(app: &App) -> Line<'static> {
    if let Some(text) = &app.messages.from_prompt {
        return Line::from(vec![
            Span::styled(
                " start at (offset, -N per partition, @time, 10m, beginning): ",
                bold(),
            ),
            Span::raw(format!("{text}▏")),
        ]);
    }
    if app.editing_filter {
        return Line::from(vec![
            Span::styled(" filter: ", Style::new().add_modifier(Modifier::BOLD)),
            Span::raw(format!("{}▏", app.filter)),
        ]);
    }
    if let Some(notice) = &app.notice {
        return Line::from(Span::styled(format!(" {notice}"), bold()));
    }
    let mut text = String::new();
    if matches!(app.screen, Screen::Messages(_)) {
        text.push_str(if app.messages.follow {
            " following │"
        } else {
            " paused │"
        });
    }
    if matches!(app.screen, Screen::Groups) {
        text.push_str(&format!(" sort: {} │", app.groups.sort.label()));
    }
    if !app.filter.is_empty() {
        text.push_str(&format!(" filter: {} │", app.filter));
    }
    text.push_str(" ↑↓ move  Enter open  Esc back  / filter");
    match app.screen {
        Screen::Groups => text.push_str("  s sort"),
        Screen::Overview | Screen::Topic(_) => text.push_str("  m messages"),
        Screen::Messages(_) => text.push_str("  f follow  y copy  p partition  n order  o start"),
        Screen::Dlq(_) => text.push_str("  R replay"),
        _ => {}
    }
    if app.tabs.len() > 1 {
        text.push_str("  Tab next");
    }
    if !app.contexts.is_empty() {
        text.push_str("  c context");
    }
    text.push_str("  ? help  q quit");
    Line::from(Span::styled(text, Style::new().fg(Color::DarkGray)))
}

pub(super) fn group_colour(status: GroupStatus) -> Style {
    match status {
        GroupStatus::Ok => Style::new().fg(Color::Green),
        GroupStatus::Warn => Style::new().fg(Color::Yellow),
        GroupStatus::Err => Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
    }
}

pub(super) fn partition_colour(status: PartitionStatus) -> Style {
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

pub(super) fn time(ms: Option<i64>) -> String {
    ms.map_or_else(|| "-".into(), format_ms)
}

/// A list with a titled top border, its row count in the title and the selected row
/// highlighted.
///
/// Only the rows in view are made: `(count, first)` says how many the list has and which
/// one the table's first row is.
pub(super) fn selectable(
    frame: &mut Frame<'_>,
    area: Rect,
    title: &str,
    (count, first): (usize, usize),
    table: Table<'_>,
    selected: usize,
) -> RowsAt {
    let table = table
        .block(
            Block::new()
                .borders(Borders::TOP)
                .title(format!(" {title} ({count}) ")),
        )
        .row_highlight_style(Style::new().add_modifier(Modifier::REVERSED));
    let mut state = TableState::new().with_selected((count > 0).then_some(selected - first));
    frame.render_stateful_widget(table, area, &mut state);
    // Under the title line and the header row: where a mouse click finds its row.
    RowsAt {
        top: area.y + 2,
        bottom: area.y + area.height,
        first,
        count,
    }
}

/// The rows of a list of `count` that fit in `area` under its border and header, scrolled
/// just enough to show `selected`.
pub(super) fn window(area: Rect, count: usize, selected: usize) -> std::ops::Range<usize> {
    let height = usize::from(area.height.saturating_sub(2)).max(1);
    let first = selected.saturating_sub(height - 1).min(count);
    first..count.min(first + height)
}

pub(super) fn bold() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

pub(super) fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}

pub(super) fn rate(r: Option<f64>) -> String {
    r.map_or_else(|| "-".into(), |r| format!("{r:.1}"))
}

pub(super) fn ids(ids: &[i32]) -> String {
    ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",")
}

fn help(frame: &mut Frame<'_>) {
    let popup = centred(frame.area(), 72, KEYS.len() as u16 + 2);
    let lines: Vec<Line> = KEYS
        .iter()
        .map(|(keys, what)| {
            Line::from(vec![
                Span::styled(
                    format!(" {keys:<20}"),
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
    use crate::kafka::admin::ConfigValue;
    use crate::tui::app::tests::{dashboard, loaded};
    use crate::tui::app::{Action, App};

    /// Where drawing `app` puts the list's rows.
    fn drawn(app: &App, width: u16, height: u16) -> Option<RowsAt> {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        let mut drawn = None;
        terminal.draw(|f| drawn = render(f, app)).unwrap();
        drawn
    }

    fn screen(app: &App, width: u16, height: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal
            .draw(|f| {
                render(f, app);
            })
            .unwrap();
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
        use crate::kafka::membership::{Assigned, Member};
        let mut app = loaded();
        app.update(Action::Down);
        app.update(Action::Open);
        let group = app
            .wanted_members()
            .expect("the group screen asks for members");
        app.update(Action::Members {
            group,
            members: Ok(vec![Member {
                member_id: "rdkafka-5f1c".into(),
                client_id: "billing-worker".into(),
                host: "/10.0.0.7".into(),
                assignment: vec![Assigned {
                    topic: "orders".into(),
                    partitions: vec![0, 1],
                }],
                unreadable_assignment: None,
            }]),
        });
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
        app.update(Action::Failed {
            source: crate::tui::app::Source::Lag,
            problem: "cannot reach 127.0.0.1:9092".into(),
        });
        each_size("unreachable", &app);
    }

    #[test]
    fn messages_screen_and_a_message() {
        let mut app = crate::tui::app::tests::browsing();
        each_size("messages", &app);
        app.update(Action::Up);
        app.update(Action::Open);
        each_size("message", &app);
        app.update(Action::Copy);
        each_size("message_copied", &app);
        let mut app = crate::tui::app::tests::browsing();
        app.update(Action::ToggleOrder);
        app.update(Action::StartFromPrompt);
        for c in "-5".chars() {
            app.update(Action::FilterInput(c));
        }
        each_size("messages_newest_first_start_prompt", &app);
    }

    #[test]
    fn dlq_tab_screen_and_replay_dialog() {
        use crate::tui::app::tests::{inspected, plan};
        use crate::tui::dlq::DlqRef;
        let mut app = dashboard();
        app.update(Action::GoTab(3));
        each_size("dlqs", &app);
        app.update(Action::Open);
        each_size("dlq_reading", &app);
        let dlq = DlqRef {
            queue: false,
            name: "orders.DLT".into(),
        };
        app.update(Action::Inspected {
            dlq: dlq.clone(),
            result: Ok(inspected()),
        });
        each_size("dlq", &app);
        // A click on an error's row selects it for the replay; below the last row, nothing.
        {
            use crate::tui::app::mouse_action;
            use crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
            let click = |row| MouseEvent {
                kind: MouseEventKind::Down(MouseButton::Left),
                column: 3,
                row,
                modifiers: KeyModifiers::NONE,
            };
            app.rows_at = drawn(&app, 80, 24);
            let rows = app.rows_at.unwrap();
            assert_eq!((rows.first, rows.count), (0, 3));
            let npe = mouse_action(&app, click(rows.top + 2)).unwrap();
            assert!(matches!(npe, Action::Select(2)), "{npe:?}");
            app.update(npe);
            assert_eq!(app.selected, 2);
            assert!(mouse_action(&app, click(rows.top + 3)).is_none());
            app.update(mouse_action(&app, click(rows.top)).unwrap());
            assert_eq!(app.selected, 0);
        }
        app.update(Action::ReplayDlq);
        app.update(Action::Planned {
            dlq,
            result: Ok(plan(7)),
        });
        each_size("dlq_plan", &app);
    }

    #[test]
    fn the_mouse_scrolls_selects_and_opens_the_row_clicked() {
        use crate::tui::app::{RowsAt, Screen, mouse_action};
        use crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
        let mut app = dashboard();
        let at = |kind, row| MouseEvent {
            kind,
            column: 5,
            row,
            modifiers: KeyModifiers::NONE,
        };
        let click = |row| at(MouseEventKind::Down(MouseButton::Left), row);
        // Nothing drawn yet: a click finds no row.
        assert!(mouse_action(&app, click(6)).is_none());
        app.rows_at = drawn(&app, 80, 24);
        let rows = app.rows_at.unwrap();
        assert_eq!(
            rows,
            RowsAt {
                top: rows.top,
                bottom: 23,
                first: 0,
                count: 3
            }
        );
        // The topic list's second row; then a click on it again opens the topic.
        let action = mouse_action(&app, click(rows.top + 1)).unwrap();
        assert!(matches!(action, Action::Select(1)), "{action:?}");
        app.update(action);
        assert_eq!(app.selected, 1);
        app.update(mouse_action(&app, click(rows.top + 1)).unwrap());
        assert_eq!(app.screen, Screen::Topic("orders.DLT".into()));
        // Above the rows, or below the last item: nothing.
        app.update(Action::Back);
        screen(&app, 80, 24);
        assert!(mouse_action(&app, click(rows.top - 1)).is_none());
        assert!(mouse_action(&app, click(rows.top + 3)).is_none());
        // The wheel moves the selection.
        assert!(matches!(
            mouse_action(&app, at(MouseEventKind::ScrollDown, 0)),
            Some(Action::Down)
        ));
        assert!(matches!(
            mouse_action(&app, at(MouseEventKind::ScrollUp, 0)),
            Some(Action::Up)
        ));
    }

    #[test]
    fn overview_screen() {
        each_size("overview", &dashboard());
    }

    #[test]
    fn topic_screen() {
        let mut app = dashboard();
        app.update(Action::Open);
        each_size("topic_reading", &app);
        app.update(Action::Configs {
            topic: "orders".into(),
            configs: Ok(vec![
                ConfigValue {
                    name: "cleanup.policy".into(),
                    value: Some("delete".into()),
                    is_default: true,
                },
                ConfigValue {
                    name: "retention.ms".into(),
                    value: Some("86400000".into()),
                    is_default: false,
                },
            ]),
        });
        each_size("topic", &app);
    }

    #[test]
    fn queues_screen() {
        let mut app = dashboard();
        app.update(Action::GoTab(2));
        each_size("queues", &app);
    }

    #[test]
    fn lag_tab_of_the_full_dashboard() {
        let mut app = dashboard();
        app.update(Action::NextTab);
        each_size("dashboard_lag", &app);
    }

    #[test]
    fn context_list() {
        let mut app = dashboard();
        app.contexts = vec!["dev".into(), "prod".into()];
        app.context = Some("dev".into());
        app.update(Action::PickContext);
        app.update(Action::Down);
        each_size("contexts", &app);
    }

    #[test]
    fn only_the_rows_in_view_are_made_and_the_selection_stays_in_view() {
        let area = Rect::new(0, 0, 80, 7); // border and header leave 5 rows
        assert_eq!(window(area, 20, 0), 0..5);
        assert_eq!(window(area, 20, 4), 0..5);
        assert_eq!(window(area, 20, 9), 5..10);
        assert_eq!(window(area, 20, 19), 15..20);
        assert_eq!(window(area, 3, 2), 0..3);
        assert_eq!(window(area, 0, 0), 0..0);
        // A long list draws the same rows as ratatui would, selection included.
        let mut app = dashboard();
        let many: Vec<_> = (0..40)
            .map(|i| crate::tui::app::tests::topic(&format!("t{i:02}"), &[i], false))
            .collect();
        app.update(Action::Cluster {
            at_ms: 1_763_802_004_000,
            info: crate::kafka::admin::ClusterInfo {
                brokers: vec![],
                topics: many,
            },
        });
        for _ in 0..30 {
            app.update(Action::Down);
        }
        let drawn = screen(&app, 80, 24);
        assert!(drawn.contains("t30 ") && !drawn.contains("t12 "), "{drawn}");
    }

    #[test]
    fn sparklines_scale_to_the_largest() {
        assert_eq!(sparkline(&[0, 7, 14], 10), "▁▄█");
        assert_eq!(sparkline(&[0, 0], 10), "▁▁");
        assert_eq!(sparkline(&[1, 2, 3, 4], 2), "▆█");
    }
}
