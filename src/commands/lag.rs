//! `evctl lag`: how far behind each consumer group is, in messages and in time, with a status
//! judged over a short window of samples, and CI gates.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::io::Write;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::Interrupt;

use crate::amqp::management::{ManagementClient, QueueStats};
use crate::cli::{FailOn, LagArgs, LagView, OutputFormat};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::kafka::offsets::{Committed, OffsetProbe, Oldest, PartitionOffsets, combine};
use crate::lag::format_ms;
use crate::lag::{
    Gates, GroupLag, GroupStatus, PartitionLag, PartitionStatus, QueueLag, Sample,
    StreamConsumerLag, Trend, evaluate, evaluate_queue, group_status,
};
use crate::output::format::write_iso_time;
use crate::output::table::Table;
use crate::output::write_listing;
use crate::start::now_ms;
use crate::tui::app::Tab;
use crate::tui::run::{Dashboard, run_dashboard};

pub fn run(cfg: &Config, args: &LagArgs, interrupt: &Interrupt) -> Result<()> {
    if let Some(LagView::Dashboard(dash)) = &args.view {
        // Consumer groups, or (with --queue) the RabbitMQ queues named.
        let queues = queue_patterns(args)?;
        return run_dashboard(
            cfg,
            &Dashboard {
                tabs: vec![if queues.is_empty() {
                    Tab::Lag
                } else {
                    Tab::Queues
                }],
                groups: args.groups.clone(),
                topics: args.topics.clone(),
                queues,
                contexts: Vec::new(),
                samples: args.samples,
                refresh: dash.refresh,
                connection: Vec::new(),
            },
            None,
        );
    }
    if !args.queues.is_empty() {
        return run_queues(cfg, args, interrupt);
    }
    let probe = Arc::new(OffsetProbe::new(&cfg.kafka, cfg.verbose)?);
    let mut sampler = LagSampler::new(probe, &args.groups, &args.topics, args.samples)?;
    let interval = args.watch.unwrap_or(args.interval);
    let gates = gates(args);
    loop {
        let (filled, mut reports) = sampler.sample()?;
        if args.watch.is_some() || filled {
            if args.only_lagging {
                for g in &mut reports {
                    g.partitions.retain(|p| p.lag > 0);
                }
                reports = reports
                    .into_iter()
                    .map(|g| GroupLag::new(g.group, g.judged, g.partitions))
                    .collect();
            }
            print(cfg, &reports, args.watch.is_some())?;
            let breaches: Vec<String> = reports.iter().flat_map(|g| gates.breaches(g)).collect();
            if !breaches.is_empty() {
                return Err(Error::CheckFailed(breaches.join("; ")));
            }
            if args.watch.is_none() {
                return Ok(());
            }
        }
        sleep_unless_interrupted(interval, interrupt)?;
    }
}

/// Samples consumer-group offsets and judges each group over a window of samples (Burrow's).
/// `lag` prints its reports; the dashboard's collector sends them to the screen.
pub struct LagSampler {
    probe: Arc<OffsetProbe>,
    partitions: Vec<(String, i32)>,
    groups: Vec<String>,
    /// The groups and topics asked for (names or patterns; empty: all), listed again every
    /// `RELIST_EVERY` samples so that a watch sees groups and topics that appear.
    wanted: (Vec<String>, Vec<String>),
    taken: usize,
    samples: usize,
    /// Per group, the last `samples` samples.
    history: Vec<Window>,
    /// Per group, the topics it had committed on at the last sample.
    topics: Vec<BTreeSet<String>>,
}

/// One group's last samples: when each was taken and the offsets read.
type Window = Vec<(i64, Vec<PartitionOffsets>)>;

/// Samples between two listings of the groups and topics: 20 s at the dashboard's refresh.
const RELIST_EVERY: usize = 10;

impl LagSampler {
    /// Samples through `probe`, which the dashboard shares with its overview.
    pub fn new(
        probe: Arc<OffsetProbe>,
        groups: &[String],
        topics: &[String],
        samples: u32,
    ) -> Result<LagSampler> {
        let partitions = probe.partitions(topics)?;
        let selected = select_groups(&probe, groups)?;
        Ok(LagSampler {
            history: vec![Vec::new(); selected.len()],
            topics: vec![BTreeSet::new(); selected.len()],
            probe,
            partitions,
            groups: selected,
            wanted: (groups.to_vec(), topics.to_vec()),
            taken: 0,
            samples: samples.max(1) as usize,
        })
    }

    /// Lists the groups and the topics' partitions again; groups already known keep their
    /// windows.
    fn relist(&mut self) -> Result<()> {
        let partitions = self.probe.partitions(&self.wanted.1)?;
        let groups = select_groups(&self.probe, &self.wanted.0)?;
        let mut known: HashMap<String, (Window, BTreeSet<String>)> = self
            .groups
            .drain(..)
            .zip(self.history.drain(..).zip(self.topics.drain(..)))
            .collect();
        for group in &groups {
            let (window, topics) = known.remove(group).unwrap_or_default();
            self.history.push(window);
            self.topics.push(topics);
        }
        self.groups = groups;
        self.partitions = partitions;
        Ok(())
    }

    /// Takes one sample and judges every group on its window; true when every window is full.
    pub fn sample(&mut self) -> Result<(bool, Vec<GroupLag>)> {
        if self.taken > 0 && self.taken.is_multiple_of(RELIST_EVERY) {
            self.relist()?;
        }
        self.taken += 1;
        let at = now_ms();
        let committed = self.probe.committed_many(&self.groups, &self.partitions)?;
        // Each group is judged on the partitions of the topics it committed on, and only those
        // topics' watermarks are read.
        let mine: Vec<BTreeSet<&str>> = committed
            .iter()
            .map(|c| {
                c.iter()
                    .filter(|(_, o)| o.is_some())
                    .map(|((t, _), _)| t.as_str())
                    .collect()
            })
            .collect();
        let any: HashSet<&str> = mine.iter().flatten().copied().collect();
        let relevant: Vec<(String, i32)> = self
            .partitions
            .iter()
            .filter(|(t, _)| any.contains(t.as_str()))
            .cloned()
            .collect();
        // Where each topic's partitions lie in `relevant` (sorted by topic).
        let mut spans: HashMap<&str, std::ops::Range<usize>> = HashMap::new();
        for (i, (t, _)) in relevant.iter().enumerate() {
            spans.entry(t.as_str()).or_insert(i..i).end = i + 1;
        }
        // A group's lag on a partition it committed nothing on counts from the low
        // watermark: only those partitions' low watermarks are read.
        let uncommitted = uncommitted(&committed, &mine, &relevant, &spans);
        // One read of the watermarks serves every group of this sample.
        let watermarks = self.probe.watermarks_of(&relevant, &uncommitted)?;
        for ((c, topics), (window, seen)) in committed
            .iter()
            .zip(&mine)
            .zip(self.history.iter_mut().zip(&mut self.topics))
        {
            if seen.len() != topics.len() || seen.iter().zip(topics).any(|(a, b)| a != b) {
                // Earlier samples lack the new topics' partitions: the window starts again.
                window.clear();
                *seen = topics.iter().map(|t| t.to_string()).collect();
            }
            let own: Vec<(String, i32)> = topics
                .iter()
                .filter_map(|t| spans.get(t))
                .flat_map(|span| relevant[span.clone()].iter().cloned())
                .collect();
            window.push((at, combine(&own, c, &watermarks)));
            if window.len() > self.samples {
                window.remove(0);
            }
        }
        let filled = self.history.iter().all(|w| w.len() >= self.samples);
        let mut reports: Vec<GroupLag> = self
            .groups
            .iter()
            .zip(&self.history)
            .map(|(group, window)| judge(group, window))
            .collect();
        add_time_lag(&self.probe, &mut reports, &self.history)?;
        // The group totals include the time lags just added.
        let reports = reports
            .into_iter()
            .map(|g| GroupLag::new(g.group, g.judged, g.partitions))
            .collect();
        Ok((filled, reports))
    }
}

/// The partitions of `relevant` (sorted by topic; `spans` says where each topic's lie) on
/// which a group committed nothing, though it committed on their topic (`mine`).
fn uncommitted(
    committed: &[Committed],
    mine: &[BTreeSet<&str>],
    relevant: &[(String, i32)],
    spans: &HashMap<&str, std::ops::Range<usize>>,
) -> Vec<(String, i32)> {
    committed
        .iter()
        .zip(mine)
        .flat_map(|(c, topics)| {
            topics
                .iter()
                .filter_map(|t| spans.get(t))
                .flat_map(|span| relevant[span.clone()].iter())
                .filter(|key| c.get(*key).copied().flatten().is_none())
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .cloned()
        .collect()
}

fn gates(args: &LagArgs) -> Gates {
    Gates {
        fail_on: args.fail_on.map(|f| match f {
            FailOn::Warn => GroupStatus::Warn,
            FailOn::Err => GroupStatus::Err,
        }),
        max_lag: args.max_lag,
        max_time_lag_ms: args
            .max_time_lag
            .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX)),
    }
}

/// (vhost, queue)
type QueueKey = (String, String);
/// When, what the management API said, and (streams) its stream-protocol consumers.
pub type QueueSample = (i64, QueueStats, Vec<StreamConsumerLag>);

/// `--queue` names and patterns, matched whole.
fn queue_patterns(args: &LagArgs) -> Result<Vec<regex::Regex>> {
    args.queues
        .iter()
        .map(|p| {
            regex::Regex::new(&format!("^(?:{p})$"))
                .map_err(|e| Error::usage(format!("invalid --queue {p:?}: {e}")))
        })
        .collect()
}

/// `lag --queue`: RabbitMQ queues judged by depth over the same window of samples.
fn run_queues(cfg: &Config, args: &LagArgs, interrupt: &Interrupt) -> Result<()> {
    let client = ManagementClient::new(&cfg.amqp)?;
    let patterns = queue_patterns(args)?;
    let gates = gates(args);
    let interval = args.watch.unwrap_or(args.interval);
    // Per queue (vhost, name): depths sampled, oldest first.
    let mut history: Vec<(QueueKey, Vec<QueueSample>)> = Vec::new();
    let mut warned = false;
    loop {
        let at = now_ms();
        let (readings, exposed) =
            client.queue_readings(|q| patterns.iter().any(|re| re.is_match(&q.name)))?;
        if !exposed && !warned && !cfg.quiet {
            warned = true;
            eprintln!(
                "evctl: offset lag of stream consumers is not exposed: enable the \
                 rabbitmq_stream_management plugin"
            );
        }
        for (q, consumers) in readings {
            let key = (q.vhost.clone(), q.name.clone());
            match history.iter_mut().find(|(k, _)| *k == key) {
                Some((_, samples)) => samples.push((at, q, consumers)),
                None => history.push((key, vec![(at, q, consumers)])),
            }
        }
        for (_, samples) in &mut history {
            if samples.len() > args.samples as usize {
                samples.remove(0);
            }
        }
        let filled = history
            .iter()
            .all(|(_, s)| s.len() >= args.samples as usize);
        if args.watch.is_some() || filled {
            let reports: Vec<QueueLag> = history.iter().map(|(_, s)| judge_queue(s)).collect();
            print_queues(cfg, &reports)?;
            let breaches: Vec<String> = reports
                .iter()
                .flat_map(|q| gates.queue_breaches(q))
                .collect();
            if !breaches.is_empty() {
                return Err(Error::CheckFailed(breaches.join("; ")));
            }
            if args.watch.is_none() {
                return Ok(());
            }
        }
        sleep_unless_interrupted(interval, interrupt)?;
    }
}

/// Judges a queue over its window of samples (oldest first, at least one).
pub fn judge_queue(samples: &[QueueSample]) -> QueueLag {
    // A stream keeps what was read: its consumers' largest offset lag is its backlog.
    let backlog = |(_, q, consumers): &QueueSample| {
        if q.kind == "stream" && !consumers.is_empty() {
            consumers.iter().map(|c| c.offset_lag).max().unwrap_or(0)
        } else {
            q.messages_ready + q.messages_unacknowledged
        }
    };
    let depths: Vec<u64> = samples.iter().map(backlog).collect();
    let (first_at, last_at) = (
        samples.first().map_or(0, |s| s.0),
        samples.last().map_or(0, |s| s.0),
    );
    let last = &samples[samples.len() - 1];
    let (_, q, consumers) = last;
    let depth = q.messages_ready + q.messages_unacknowledged;
    let offset_lag = (q.kind == "stream" && !consumers.is_empty()).then(|| backlog(last));
    let (active, ack_rate) = match offset_lag {
        // Stream consumers read without acknowledging.
        Some(_) => (consumers.len() as u64, 1.0),
        None => (q.consumers, q.ack_rate()),
    };
    let status = evaluate_queue(&depths, active, ack_rate);
    QueueLag {
        vhost: q.vhost.clone(),
        queue: q.name.clone(),
        status: group_status([status]),
        partition_status: status,
        depth,
        ready: q.messages_ready,
        unacked: q.messages_unacknowledged,
        consumers: q.consumers,
        offset_lag,
        stream_consumers: consumers.clone(),
        judged: format!(
            "{} samples over {}",
            samples.len(),
            humantime::format_duration(Duration::from_millis(
                u64::try_from(last_at - first_at).unwrap_or(0) / 100 * 100
            ))
        ),
        trend: Trend::from_rates(
            q.ack_rate(),
            q.publish_rate(),
            i64::try_from(offset_lag.unwrap_or(depth)).unwrap_or(i64::MAX),
        ),
    }
}

fn print_queues(cfg: &Config, reports: &[QueueLag]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match cfg.output {
        OutputFormat::Json | OutputFormat::Jsonl | OutputFormat::Junit => {
            write_listing(&mut out, cfg.output, reports, Table::default)?
        }
        OutputFormat::Text => {
            let mut table = Table::new([
                "VHOST",
                "QUEUE",
                "DEPTH",
                "READY",
                "UNACKED",
                "OFFSET-LAG",
                "CONSUMERS",
                "STATUS",
                "TREND",
            ]);
            for q in reports {
                table.row([
                    q.vhost.clone(),
                    q.queue.clone(),
                    q.depth.to_string(),
                    q.ready.to_string(),
                    q.unacked.to_string(),
                    q.offset_lag.map_or("-".into(), |l| l.to_string()),
                    q.consumers.to_string(),
                    format!("{} ({})", q.status.as_str(), q.partition_status.as_str()),
                    describe_trend(&q.trend, ["ack", "publish", "nothing acknowledged"]),
                ]);
            }
            table.write(&mut out).map_err(Error::Output)?;
        }
    }
    out.flush().map_err(Error::Output)
}

/// The groups to report: every group without `-g`; a `-g` value is a name, or an anchored
/// regular expression over the cluster's groups when it has regex characters.
fn select_groups(probe: &OffsetProbe, wanted: &[String]) -> Result<Vec<String>> {
    let is_plain = |g: &String| g.chars().all(|c| c.is_alphanumeric() || "-_.".contains(c));
    if !wanted.is_empty() && wanted.iter().all(is_plain) {
        return Ok(wanted.to_vec());
    }
    let listed: Vec<String> = probe.list_groups()?.into_iter().map(|g| g.group).collect();
    if wanted.is_empty() {
        return Ok(listed);
    }
    let mut selected = Vec::new();
    for pattern in wanted {
        if is_plain(pattern) {
            selected.push(pattern.clone());
            continue;
        }
        let re = regex::Regex::new(&format!("^(?:{pattern})$"))
            .map_err(|e| Error::usage(format!("invalid --group {pattern:?}: {e}")))?;
        selected.extend(listed.iter().filter(|g| re.is_match(g)).cloned());
    }
    selected.sort();
    selected.dedup();
    Ok(selected)
}

fn sleep_unless_interrupted(duration: Duration, interrupt: &Interrupt) -> Result<()> {
    let until = Instant::now() + duration;
    while Instant::now() < until {
        if interrupt.is_set() {
            return Err(Error::Interrupted);
        }
        std::thread::sleep(Duration::from_millis(50).min(until - Instant::now()));
    }
    Ok(())
}

fn print(cfg: &Config, reports: &[GroupLag], watching: bool) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match cfg.output {
        OutputFormat::Json | OutputFormat::Jsonl | OutputFormat::Junit => {
            write_listing(&mut out, cfg.output, reports, Table::default)?
        }
        OutputFormat::Text => {
            if watching {
                let mut stamp = Vec::new();
                write_iso_time(&mut stamp, Some(now_ms()));
                writeln!(out, "{}", String::from_utf8_lossy(&stamp)).map_err(Error::Output)?;
            }
            let mut table = Table::new([
                "GROUP",
                "TOPIC",
                "PARTITION",
                "COMMITTED",
                "HIGH",
                "LAG",
                "TIME-LAG",
                "STATUS",
                "TREND",
            ]);
            for g in reports {
                for p in &g.partitions {
                    table.row([
                        g.group.clone(),
                        p.topic.clone(),
                        p.partition.to_string(),
                        p.committed.map_or("-".into(), |c| c.to_string()),
                        p.high_watermark.to_string(),
                        p.lag.to_string(),
                        p.time_lag_ms.map_or("?".into(), format_ms),
                        p.status.as_str().to_string(),
                        p.trend.as_ref().map_or(String::new(), |t| {
                            describe_trend(t, ["consume", "produce", "not consuming"])
                        }),
                    ]);
                }
                table.row([
                    g.group.clone(),
                    "(group)".into(),
                    String::new(),
                    String::new(),
                    String::new(),
                    g.total_lag.to_string(),
                    g.max_time_lag_ms.map_or("-".into(), format_ms),
                    g.status.as_str().to_string(),
                    g.trend.as_ref().map_or(String::new(), |t| {
                        describe_trend(t, ["consume", "produce", "not consuming"])
                    }),
                ]);
            }
            table.write(&mut out).map_err(Error::Output)?;
            if let Some(g) = reports.first()
                && !cfg.quiet
                && !watching
            {
                eprintln!(
                    "evctl: status judged from {} (--samples, --interval)",
                    g.judged
                );
            }
        }
    }
    out.flush().map_err(Error::Output)
}

/// "consume 12.0/s, produce 3.0/s, caught up in 4s", or why it will not be; `labels` name the
/// two rates (RabbitMQ: ack and publish) and the idle case.
fn describe_trend(t: &Trend, labels: [&str; 3]) -> String {
    let eta = match (t.catch_up_ms, t.falling_behind) {
        (_, true) => "falling behind".to_string(),
        (Some(0), _) => "caught up".to_string(),
        (Some(ms), _) => format!("caught up in {}", format_ms(ms)),
        (None, false) if t.consume_rate <= 0.0 => labels[2].to_string(),
        (None, false) => "not catching up".to_string(),
    };
    format!(
        "consume {:.1}/s, produce {:.1}/s, {eta}",
        t.consume_rate, t.produce_rate
    )
}

/// One group's report from its samples (oldest first), without time lag yet.
fn judge(group: &str, samples: &[(i64, Vec<PartitionOffsets>)]) -> GroupLag {
    let span = match (samples.first(), samples.last()) {
        (Some((first, _)), Some((last, _))) => u64::try_from(last - first).unwrap_or(0),
        _ => 0,
    };
    let judged = format!(
        "{} samples over {}",
        samples.len(),
        humantime::format_duration(Duration::from_millis(span / 100 * 100))
    );
    let Some((now, latest)) = samples.last() else {
        return GroupLag::new(group.to_string(), judged, Vec::new());
    };
    // The group's topics: those where it committed anything.
    let topics: HashSet<&str> = latest
        .iter()
        .filter(|p| p.committed.is_some())
        .map(|p| p.topic.as_str())
        .collect();
    // Each window is one (topic, partition) across the samples: a topic that gained
    // partitions during the window has them in the newer samples only.
    let by_key: Vec<HashMap<(&str, i32), &PartitionOffsets>> = samples
        .iter()
        .map(|(_, parts)| {
            parts
                .iter()
                .map(|p| ((p.topic.as_str(), p.partition), p))
                .collect()
        })
        .collect();
    let mut partitions = Vec::new();
    for current in latest {
        if !topics.contains(current.topic.as_str()) {
            continue;
        }
        let key = (current.topic.as_str(), current.partition);
        let window: Vec<Sample> = samples
            .iter()
            .zip(&by_key)
            .filter_map(|((at, _), parts)| {
                let p = parts.get(&key)?;
                Some(Sample {
                    at_ms: *at,
                    committed: p.committed.unwrap_or(p.low_watermark),
                    high_watermark: p.high_watermark,
                })
            })
            .collect();
        let last_change = window
            .windows(2)
            .rev()
            .find(|w| w[1].committed != w[0].committed)
            .map(|w| w[1].at_ms);
        let next = current.committed.unwrap_or(current.low_watermark);
        let lag = (current.high_watermark - next).max(0);
        partitions.push(PartitionLag {
            topic: current.topic.clone(),
            partition: current.partition,
            committed: current.committed,
            high_watermark: current.high_watermark,
            lag,
            time_lag_ms: (lag == 0).then_some(0),
            status: evaluate(&window, 0, *now, last_change),
            trend: Trend::of(&window),
        });
    }
    GroupLag::new(group.to_string(), judged, partitions)
}

/// Reads the oldest unconsumed record of every lagging partition of every group, once per
/// (partition, offset) however many groups share it, and sets the time lags. Where only
/// transaction markers lie between the committed offset and the high watermark, the group has
/// read everything there is: its lag is 0, not the count of markers.
fn add_time_lag(
    probe: &OffsetProbe,
    reports: &mut [GroupLag],
    history: &[Vec<(i64, Vec<PartitionOffsets>)>],
) -> Result<()> {
    let mut unread: Vec<(String, i32, i64, i64)> = reports
        .iter()
        .flat_map(|g| g.partitions.iter())
        .filter(|p| p.lag > 0)
        .map(|p| {
            (
                p.topic.clone(),
                p.partition,
                p.high_watermark - p.lag,
                p.high_watermark,
            )
        })
        .collect();
    unread.sort();
    unread.dedup();
    let oldest = probe.oldest_unread(&unread)?;
    for (g, window) in reports.iter_mut().zip(history) {
        let now = window.last().map_or(0, |(at, _)| *at);
        for p in &mut g.partitions {
            if p.lag == 0 {
                continue;
            }
            let from = p.high_watermark - p.lag;
            match oldest.get(&(p.topic.clone(), p.partition, from)) {
                Some(Oldest::At(ts)) => p.time_lag_ms = Some((now - ts).max(0)),
                Some(Oldest::NothingReadable) => {
                    p.lag = 0;
                    p.time_lag_ms = Some(0);
                    p.status = PartitionStatus::Ok;
                }
                None => {}
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offsets(topic: &str, partition: i32, committed: i64, high: i64) -> PartitionOffsets {
        PartitionOffsets {
            topic: topic.to_string(),
            partition,
            committed: Some(committed),
            low_watermark: 0,
            high_watermark: high,
        }
    }

    /// A topic that gains partitions (and a new topic that sorts first) during a window: each
    /// partition is judged on its own samples, never on another partition's at the same place.
    #[test]
    fn windows_follow_partitions_when_topics_grow() {
        let samples = vec![
            (1_000, vec![offsets("orders", 0, 10, 10)]),
            (
                2_000,
                vec![offsets("orders", 0, 10, 10), offsets("orders", 1, 0, 50)],
            ),
            (
                3_000,
                vec![
                    offsets("audit", 0, 0, 7),
                    offsets("orders", 0, 10, 10),
                    offsets("orders", 1, 0, 90),
                ],
            ),
        ];
        let report = judge("g", &samples);
        let seen: Vec<(&str, i32, i64)> = report
            .partitions
            .iter()
            .map(|p| (p.topic.as_str(), p.partition, p.lag))
            .collect();
        assert_eq!(seen, [("audit", 0, 7), ("orders", 0, 0), ("orders", 1, 90)]);
        // orders/0 stayed caught up in all three samples; orders/1's high watermark moved 40
        // in the one second between its own two samples.
        assert_eq!(report.partitions[1].status, PartitionStatus::Ok);
        let produced = report.partitions[2].trend.as_ref().map(|t| t.produce_rate);
        assert_eq!(produced, Some(40.0));
    }

    #[test]
    fn low_watermarks_are_read_only_where_a_group_committed_nothing() {
        let key = |t: &str, p| (t.to_string(), p);
        let relevant = vec![key("a", 0), key("a", 1), key("b", 0), key("b", 1)];
        let spans: HashMap<&str, std::ops::Range<usize>> = [("a", 0..2), ("b", 2..4)].into();
        // g1 reads a (both partitions committed) and b (only partition 0); g2 reads a, and
        // has a partition on it with no offset.
        let g1: Committed = [
            (key("a", 0), Some(1)),
            (key("a", 1), Some(2)),
            (key("b", 0), Some(3)),
        ]
        .into();
        let g2: Committed = [(key("a", 0), Some(5)), (key("a", 1), None)].into();
        let mine = vec![BTreeSet::from(["a", "b"]), BTreeSet::from(["a"])];
        assert_eq!(
            uncommitted(&[g1, g2], &mine, &relevant, &spans),
            vec![key("a", 1), key("b", 1)]
        );
    }
}
