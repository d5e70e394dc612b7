//! How long the dashboard takes to draw one frame of each screen, with 1,000 topics (3
//! partitions each), 200 consumer groups (5 partitions each) and 200 queues, on ratatui's
//! TestBackend at 160x48 and 80x24. The data has been through two readings, so rates,
//! trends and histories are all drawn.

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use evctl::amqp::management::{QueueReading, QueueStats};
use evctl::kafka::admin::{BrokerInfo, ClusterInfo, PartitionInfo, TopicInfo};
use evctl::lag::{GroupLag, PartitionLag, PartitionStatus, Trend};
use evctl::tui::app::{Action, App, Tab};
use evctl::tui::ui::render;

const TOPICS: usize = 1_000;
const GROUPS: usize = 200;
const QUEUES: usize = 200;

fn cluster(grow: i64) -> ClusterInfo {
    ClusterInfo {
        brokers: (1..=3)
            .map(|id| BrokerInfo {
                id,
                host: format!("kafka-{id}.internal"),
                port: 9092,
            })
            .collect(),
        topics: (0..TOPICS)
            .map(|t| TopicInfo {
                name: format!("service-{:03}.events.v{}", t / 4, t % 4),
                partitions: (0..3)
                    .map(|p| PartitionInfo {
                        partition: p,
                        leader: p % 3 + 1,
                        replicas: vec![1, 2, 3],
                        isr: vec![1, 2, 3],
                        low_watermark: 0,
                        high_watermark: 10_000 + grow * t as i64,
                        messages: 10_000 + grow * t as i64,
                        size_bytes: Some(1_000_000),
                    })
                    .collect(),
            })
            .collect(),
    }
}

fn groups() -> Vec<GroupLag> {
    (0..GROUPS)
        .map(|g| {
            let partitions = (0..5)
                .map(|p| PartitionLag {
                    topic: format!("service-{:03}.events.v0", g % 250).into(),
                    partition: p,
                    committed: Some(9_000),
                    high_watermark: 10_000 + (g * p as usize) as i64,
                    lag: 1_000 + (g * p as usize) as i64,
                    time_lag_ms: Some(1_500 * p as i64),
                    status: if g % 7 == 0 {
                        PartitionStatus::Warn
                    } else {
                        PartitionStatus::Ok
                    },
                    trend: Some(Trend::from_rates(50.0, 40.0, 1_000)),
                })
                .collect();
            GroupLag::new(
                format!("consumer-group-{g:03}"),
                "3 samples over 4s".into(),
                partitions,
            )
        })
        .collect()
}

fn queues(depth: u64) -> Vec<QueueReading> {
    (0..QUEUES)
        .map(|q| {
            serde_json::from_value::<QueueStats>(serde_json::json!({
                "name": format!("worker-{q:03}.jobs"),
                "vhost": "/",
                "type": "classic",
                "messages_ready": depth + q as u64,
                "messages_unacknowledged": 3,
                "messages": depth + q as u64 + 3,
                "consumers": q % 3,
                "message_stats": {"publish_details": {"rate": 12.5}, "ack_details": {"rate": 11.0}},
            }))
            .map(|stats| (stats, Vec::new()))
            .expect("a queue")
        })
        .collect()
}

fn loaded() -> App {
    let mut app = App::with_tabs("127.0.0.1:9092", vec![Tab::Overview, Tab::Lag, Tab::Queues]);
    for (i, at_ms) in [1_763_802_000_000, 1_763_802_002_000]
        .into_iter()
        .enumerate()
    {
        app.update(Action::Cluster {
            at_ms,
            info: cluster(i as i64),
        });
        app.update(Action::Report {
            at_ms,
            groups: groups(),
        });
        app.update(Action::Queues {
            at_ms,
            queues: queues(100 * i as u64),
        });
    }
    app
}

fn frames(c: &mut Criterion) {
    // Each screen, reached the way a user reaches it.
    let screens: [(&str, &[Action]); 5] = [
        ("overview", &[]),
        ("topic", &[Action::Open]),
        ("lag", &[Action::NextTab]),
        ("group", &[Action::NextTab, Action::Open]),
        ("queues", &[Action::GoTab(2)]),
    ];
    for (width, height) in [(160, 48), (80, 24)] {
        for (name, path) in &screens {
            let mut app = loaded();
            for action in path.iter() {
                app.update(action.clone());
            }
            let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
            c.bench_function(&format!("frame/{name}/{width}x{height}"), |b| {
                b.iter(|| {
                    terminal
                        .draw(|f| {
                            render(f, &app);
                        })
                        .expect("draw");
                });
            });
        }
    }
}

criterion_group!(benches, frames);
criterion_main!(benches);
