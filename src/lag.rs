//! Consumer lag judged like Burrow (linkedin/Burrow's evaluator; conventions.md §4): a status
//! per partition from a window of samples of its committed offset and high watermark, and a
//! status per group from its worst partition. Pure: no broker, no clock.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

/// One look at a partition: where the group had committed, and where the log ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sample {
    /// When the sample was taken (epoch ms).
    pub at_ms: i64,
    pub committed: i64,
    pub high_watermark: i64,
}

impl Sample {
    pub fn lag(&self) -> i64 {
        (self.high_watermark - self.committed).max(0)
    }
}

/// A duration in whole seconds, as people read it: `1m 5s`.
pub fn format_ms(ms: i64) -> String {
    humantime::format_duration(std::time::Duration::from_millis(
        u64::try_from(ms).unwrap_or(0) / 1000 * 1000,
    ))
    .to_string()
}

/// A partition's status, in increasing order of severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum PartitionStatus {
    Ok,
    /// Lag grew (never shrank) across the whole window.
    Warn,
    /// The committed offset went backwards and did not come back.
    Rewind,
    /// Lag throughout, and the committed offset did not move at all.
    Stall,
    /// Nothing committed for longer than the window spans, while behind.
    Stop,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum GroupStatus {
    Ok,
    Warn,
    Err,
}

impl PartitionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            PartitionStatus::Ok => "OK",
            PartitionStatus::Warn => "WARN",
            PartitionStatus::Rewind => "REWIND",
            PartitionStatus::Stall => "STALL",
            PartitionStatus::Stop => "STOP",
        }
    }
}

impl GroupStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            GroupStatus::Ok => "OK",
            GroupStatus::Warn => "WARN",
            GroupStatus::Err => "ERR",
        }
    }
}

/// Burrow's rules over `window` (oldest first), first match wins, at time `now_ms`.
/// An empty window is OK: there is nothing to judge.
///
/// Burrow sees every commit with its time; a tool that samples committed offsets sees only
/// when an offset changed. `last_commit_ms` is the last time the offset was seen to change,
/// when that was seen: STOP (stopped committing) needs it. An offset that never moved while
/// sampled is judged STALL instead, which is the same trouble seen from outside.
pub fn evaluate(
    window: &[Sample],
    allowed_lag: i64,
    now_ms: i64,
    last_commit_ms: Option<i64>,
) -> PartitionStatus {
    let (Some(first), Some(last)) = (window.first(), window.last()) else {
        return PartitionStatus::Ok;
    };
    // 0. Caught up (within what is allowed) now.
    if last.lag() <= allowed_lag {
        return PartitionStatus::Ok;
    }
    // 1. No commit for longer than the window spans, unless the consumer was caught up
    //    recently (a high watermark at or below the last committed offset).
    let span = last.at_ms - first.at_ms;
    let caught_up_recently = window.iter().any(|s| s.high_watermark <= last.committed);
    if let Some(last_commit) = last_commit_ms
        && span > 0
        && now_ms - last_commit > span
        && !caught_up_recently
    {
        return PartitionStatus::Stop;
    }
    // 2. The committed offset went backwards and never recovered.
    let highest_before_last = window[..window.len() - 1].iter().map(|s| s.committed).max();
    if highest_before_last.is_some_and(|h| last.committed < h) {
        return PartitionStatus::Rewind;
    }
    // 3. Lag at every point of the window.
    if window.len() > 1 && window.iter().all(|s| s.lag() > allowed_lag) {
        if window.iter().all(|s| s.committed == first.committed) {
            return PartitionStatus::Stall;
        }
        if window.windows(2).all(|w| w[1].lag() >= w[0].lag()) {
            return PartitionStatus::Warn;
        }
    }
    PartitionStatus::Ok
}

/// The group's status: its worst partition; STOP, STALL and REWIND make it ERR.
pub fn group_status(partitions: impl IntoIterator<Item = PartitionStatus>) -> GroupStatus {
    match partitions.into_iter().max() {
        None | Some(PartitionStatus::Ok) => GroupStatus::Ok,
        Some(PartitionStatus::Warn) => GroupStatus::Warn,
        Some(_) => GroupStatus::Err,
    }
}

/// Where lag is heading, from the first and last samples of a window.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Trend {
    /// Messages per second the group consumed (committed offsets moved).
    pub consume_rate: f64,
    /// Messages per second produced (the high watermark moved).
    pub produce_rate: f64,
    /// At the current rates, how long until caught up; `null` when lag is not shrinking.
    pub catch_up_ms: Option<i64>,
    /// Production outpaces consumption: lag grows.
    pub falling_behind: bool,
}

impl Trend {
    /// `None` for a window shorter than two samples or no time.
    pub fn of(window: &[Sample]) -> Option<Trend> {
        let (first, last) = (window.first()?, window.last()?);
        let seconds = (last.at_ms - first.at_ms) as f64 / 1000.0;
        if seconds <= 0.0 {
            return None;
        }
        let consume_rate = (last.committed - first.committed) as f64 / seconds;
        let produce_rate = (last.high_watermark - first.high_watermark) as f64 / seconds;
        Some(Trend::from_rates(consume_rate, produce_rate, last.lag()))
    }

    pub fn from_rates(consume_rate: f64, produce_rate: f64, lag: i64) -> Trend {
        let net = consume_rate - produce_rate;
        let (catch_up_ms, falling_behind) = if lag == 0 {
            (Some(0), false)
        } else if net > 0.0 {
            (Some((lag as f64 / net * 1000.0) as i64), false)
        } else {
            // Not shrinking: growing (falling behind) or at best holding steady.
            (None, net < 0.0)
        };
        Trend {
            consume_rate,
            produce_rate,
            catch_up_ms,
            falling_behind,
        }
    }
}

/// A partition's lag as reported.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartitionLag {
    /// Shared with the sampler's window (one allocation per topic, not per partition).
    pub topic: Arc<str>,
    pub partition: i32,
    /// `null` when the group committed nothing here.
    pub committed: Option<i64>,
    pub high_watermark: i64,
    /// Messages not yet consumed: from the committed offset (or the log start when nothing
    /// was committed) to the high watermark.
    pub lag: i64,
    /// How old the oldest unconsumed message is; 0 when caught up; `null` when it could not
    /// be read (deleted by retention, or a slow broker).
    pub time_lag_ms: Option<i64>,
    pub status: PartitionStatus,
    /// Rates over the window and the time to catch up at them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trend: Option<Trend>,
}

/// One topic's share of a group's lag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopicLag {
    pub topic: String,
    pub total_lag: i64,
    pub max_time_lag_ms: Option<i64>,
}

/// A group's lag as reported.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupLag {
    pub group: String,
    pub status: GroupStatus,
    pub total_lag: i64,
    pub max_time_lag_ms: Option<i64>,
    /// How the status was judged ("3 samples over 2s").
    pub judged: String,
    /// The partitions' rates summed, and the time to catch up at them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trend: Option<Trend>,
    /// `topic/partition` with the most lag, when any lags.
    pub worst_partition: Option<String>,
    pub topics: Vec<TopicLag>,
    pub partitions: Vec<PartitionLag>,
}

impl GroupLag {
    pub fn new(group: String, judged: String, partitions: Vec<PartitionLag>) -> GroupLag {
        let total_lag = partitions.iter().map(|p| p.lag).sum();
        let rates: Vec<&Trend> = partitions.iter().filter_map(|p| p.trend.as_ref()).collect();
        let trend = (!rates.is_empty()).then(|| {
            Trend::from_rates(
                rates.iter().map(|t| t.consume_rate).sum(),
                rates.iter().map(|t| t.produce_rate).sum(),
                total_lag,
            )
        });
        let worst_partition = partitions
            .iter()
            .filter(|p| p.lag > 0)
            .max_by_key(|p| (p.lag, p.time_lag_ms))
            .map(|p| format!("{}/{}", p.topic, p.partition));
        let mut topics: Vec<TopicLag> = Vec::new();
        for p in &partitions {
            match topics.iter_mut().find(|t| *t.topic == *p.topic) {
                Some(t) => {
                    t.total_lag += p.lag;
                    t.max_time_lag_ms = t.max_time_lag_ms.max(p.time_lag_ms);
                }
                None => topics.push(TopicLag {
                    topic: p.topic.to_string(),
                    total_lag: p.lag,
                    max_time_lag_ms: p.time_lag_ms,
                }),
            }
        }
        GroupLag {
            trend,
            worst_partition,
            topics,
            status: group_status(partitions.iter().map(|p| p.status)),
            total_lag,
            max_time_lag_ms: partitions.iter().filter_map(|p| p.time_lag_ms).max(),
            group,
            judged,
            partitions,
        }
    }
}

/// A RabbitMQ queue's depth judged like a partition's lag: there are no offsets, only how many
/// messages wait (ready + unacknowledged) and who consumes them. Over `depths` (oldest first):
/// empty now is OK; messages but no consumer is STOP; depth that never fell while nothing was
/// acknowledged is STALL; depth that rose at every step is WARN; anything else OK.
pub fn evaluate_queue(depths: &[u64], consumers: u64, ack_rate: f64) -> PartitionStatus {
    let Some(&last) = depths.last() else {
        return PartitionStatus::Ok;
    };
    if last == 0 {
        return PartitionStatus::Ok;
    }
    if consumers == 0 {
        return PartitionStatus::Stop;
    }
    if ack_rate <= 0.0 && depths.windows(2).all(|w| w[1] >= w[0]) {
        return PartitionStatus::Stall;
    }
    if depths.len() > 1 && depths.windows(2).all(|w| w[1] > w[0]) {
        return PartitionStatus::Warn;
    }
    PartitionStatus::Ok
}

/// A RabbitMQ queue's lag as reported.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QueueLag {
    pub vhost: String,
    pub queue: String,
    pub status: GroupStatus,
    pub partition_status: PartitionStatus,
    /// Ready plus unacknowledged messages.
    pub depth: u64,
    pub ready: u64,
    pub unacked: u64,
    pub consumers: u64,
    /// Streams: the largest offset lag of their stream-protocol consumers (reading a stream
    /// removes nothing, so depth is no lag there).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset_lag: Option<u64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub stream_consumers: Vec<StreamConsumerLag>,
    pub judged: String,
    /// Publish rate against acknowledge rate, and the time to drain at them.
    pub trend: Trend,
}

/// One stream-protocol consumer of a stream queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StreamConsumerLag {
    pub connection: String,
    pub subscription_id: u64,
    pub offset: u64,
    pub offset_lag: u64,
}

/// CI gates: each breach is named with its group and partition.
#[derive(Debug, Clone, Default)]
pub struct Gates {
    pub fail_on: Option<GroupStatus>,
    pub max_lag: Option<i64>,
    pub max_time_lag_ms: Option<i64>,
}

impl Gates {
    /// Breaches for a queue: `--fail-on` by its status, `--max-lag` by its depth.
    pub fn queue_breaches(&self, q: &QueueLag) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(threshold) = self.fail_on
            && q.status >= threshold
        {
            out.push(format!(
                "queue {} is {} ({})",
                q.queue,
                q.status.as_str(),
                q.partition_status.as_str()
            ));
        }
        let max = self.max_lag.map(|m| u64::try_from(m).unwrap_or(0));
        match (max, q.offset_lag) {
            (Some(max), Some(lag)) if lag > max => out.push(format!(
                "queue {}: offset lag {lag} > --max-lag {max}",
                q.queue
            )),
            (Some(max), None) if q.depth > max => out.push(format!(
                "queue {}: depth {} > --max-lag {max}",
                q.queue, q.depth
            )),
            _ => {}
        }
        out
    }

    pub fn breaches(&self, group: &GroupLag) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(threshold) = self.fail_on
            && group.status >= threshold
        {
            let worst: Vec<String> = group
                .partitions
                .iter()
                .filter(|p| p.status != PartitionStatus::Ok)
                .map(|p| format!("{}/{} {}", p.topic, p.partition, p.status.as_str()))
                .collect();
            out.push(format!(
                "group {} is {} ({})",
                group.group,
                group.status.as_str(),
                worst.join(", ")
            ));
        }
        for p in &group.partitions {
            if let Some(max) = self.max_lag
                && p.lag > max
            {
                out.push(format!(
                    "group {} {}/{}: lag {} > --max-lag {max}",
                    group.group, p.topic, p.partition, p.lag
                ));
            }
            if let (Some(max), Some(t)) = (self.max_time_lag_ms, p.time_lag_ms)
                && t > max
            {
                out.push(format!(
                    "group {} {}/{}: time lag {} ms > --max-time-lag {max} ms",
                    group.group, p.topic, p.partition, t
                ));
            }
        }
        out
    }
}

/// A group's partitions at one moment, column by column. A window holds many samples of many
/// groups: the partitions' names and their watermarks are shared (by the samples of the same
/// partitions, and by the groups that read the same topics), and a group's own share of a
/// sample is its committed offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offsets {
    /// Each partition: its topic (one allocation per topic) and number.
    pub partitions: Arc<[(Arc<str>, i32)]>,
    /// Each partition's low watermark (read only where a group committed nothing, as lag
    /// counts from it there; 0 elsewhere) and high watermark.
    pub watermarks: Arc<[(i64, i64)]>,
    /// Each partition's committed offset; `NOT_COMMITTED` where the group committed nothing.
    pub committed: Arc<[i64]>,
}

/// In `Offsets::committed`: the group committed nothing on that partition.
pub const NOT_COMMITTED: i64 = -1;

impl Offsets {
    /// What the group committed on partition `i`.
    pub fn committed(&self, i: usize) -> Option<i64> {
        Some(self.committed[i]).filter(|&c| c != NOT_COMMITTED)
    }

    /// Where the group's next read on partition `i` is: the committed offset, or the low
    /// watermark when it committed nothing there.
    fn next(&self, i: usize) -> i64 {
        self.committed(i).unwrap_or(self.watermarks[i].0)
    }
}

/// Judges one group over its window of samples (oldest first), each partition on its own
/// samples. Time lags are left to the caller, which reads the records.
pub fn judge(group: &str, samples: &[(i64, Offsets)]) -> GroupLag {
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
    let topics: HashSet<&str, foldhash::fast::RandomState> = latest
        .partitions
        .iter()
        .enumerate()
        .filter(|&(i, _)| latest.committed(i).is_some())
        .map(|(_, (topic, _))| &**topic)
        .collect();
    // Each window is one (topic, partition) across the samples: a topic that gained
    // partitions during the window has them in the newer samples only. Samples of the same
    // partitions (the usual case, where they share them) are matched by position, others by
    // key.
    let same_layout = |o: &Offsets| {
        Arc::ptr_eq(&o.partitions, &latest.partitions) || o.partitions == latest.partitions
    };
    type ByKey<'a> = HashMap<(&'a str, i32), usize, foldhash::fast::RandomState>;
    let by_key: Option<Vec<ByKey<'_>>> =
        (!samples.iter().all(|(_, o)| same_layout(o))).then(|| {
            samples
                .iter()
                .map(|(_, o)| {
                    o.partitions
                        .iter()
                        .enumerate()
                        .map(|(i, (topic, partition))| ((&**topic, *partition), i))
                        .collect()
                })
                .collect()
        });
    let mut partitions = Vec::with_capacity(latest.partitions.len());
    // One partition's samples, the buffer reused from partition to partition.
    let mut window: Vec<Sample> = Vec::with_capacity(samples.len());
    for (index, (topic, partition)) in latest.partitions.iter().enumerate() {
        if !topics.contains(&**topic) {
            continue;
        }
        let key = (&**topic, *partition);
        window.clear();
        window.extend(samples.iter().enumerate().filter_map(|(n, (at, o))| {
            let i = match &by_key {
                None => index,
                Some(maps) => *maps[n].get(&key)?,
            };
            Some(Sample {
                at_ms: *at,
                committed: o.next(i),
                high_watermark: o.watermarks[i].1,
            })
        }));
        let last_change = window
            .windows(2)
            .rev()
            .find(|w| w[1].committed != w[0].committed)
            .map(|w| w[1].at_ms);
        let high_watermark = latest.watermarks[index].1;
        let lag = (high_watermark - latest.next(index)).max(0);
        partitions.push(PartitionLag {
            topic: Arc::clone(topic),
            partition: *partition,
            committed: latest.committed(index),
            high_watermark,
            lag,
            time_lag_ms: (lag == 0).then_some(0),
            status: evaluate(&window, 0, *now, last_change),
            trend: Trend::of(&window),
        });
    }
    GroupLag::new(group.to_string(), judged, partitions)
}

/// A queue at one moment as its lag is judged: the management API's counts and rates.
#[derive(Debug, Clone, PartialEq)]
pub struct QueueCounts {
    pub vhost: String,
    pub name: String,
    /// classic, quorum or stream.
    pub kind: String,
    pub ready: u64,
    pub unacked: u64,
    pub consumers: u64,
    /// Messages per second acknowledged and published.
    pub ack_rate: f64,
    pub publish_rate: f64,
}

/// A queue read at a time (epoch ms), with its stream consumers' offsets.
pub type QueueSample = (i64, QueueCounts, Vec<StreamConsumerLag>);

/// Judges a queue over its window of samples (oldest first, at least one).
pub fn judge_queue(samples: &[QueueSample]) -> QueueLag {
    // A stream keeps what was read: its consumers' largest offset lag is its backlog.
    let backlog = |(_, q, consumers): &QueueSample| {
        if q.kind == "stream" && !consumers.is_empty() {
            consumers.iter().map(|c| c.offset_lag).max().unwrap_or(0)
        } else {
            q.ready + q.unacked
        }
    };
    let depths: Vec<u64> = samples.iter().map(backlog).collect();
    let (first_at, last_at) = (
        samples.first().map_or(0, |s| s.0),
        samples.last().map_or(0, |s| s.0),
    );
    let last = &samples[samples.len() - 1];
    let (_, q, consumers) = last;
    let depth = q.ready + q.unacked;
    let offset_lag = (q.kind == "stream" && !consumers.is_empty()).then(|| backlog(last));
    let (active, ack_rate) = match offset_lag {
        // Stream consumers read without acknowledging.
        Some(_) => (consumers.len() as u64, 1.0),
        None => (q.consumers, q.ack_rate),
    };
    let status = evaluate_queue(&depths, active, ack_rate);
    QueueLag {
        vhost: q.vhost.clone(),
        queue: q.name.clone(),
        status: group_status([status]),
        partition_status: status,
        depth,
        ready: q.ready,
        unacked: q.unacked,
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
            q.ack_rate,
            q.publish_rate,
            i64::try_from(offset_lag.unwrap_or(depth)).unwrap_or(i64::MAX),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Samples one second apart: (committed, high watermark).
    fn window(points: &[(i64, i64)]) -> Vec<Sample> {
        points
            .iter()
            .enumerate()
            .map(|(i, &(committed, high_watermark))| Sample {
                at_ms: 1_000 * i as i64,
                committed,
                high_watermark,
            })
            .collect()
    }

    /// "Now" just after the last sample.
    fn judge(points: &[(i64, i64)]) -> PartitionStatus {
        let w = window(points);
        evaluate(&w, 0, w.last().map_or(0, |s| s.at_ms) + 100, None)
    }

    #[test]
    fn caught_up_is_ok() {
        assert_eq!(judge(&[(10, 10), (20, 20), (30, 30)]), PartitionStatus::Ok);
        assert_eq!(judge(&[]), PartitionStatus::Ok);
        // Behind earlier, caught up now.
        assert_eq!(judge(&[(10, 50), (50, 50)]), PartitionStatus::Ok);
    }

    #[test]
    fn lag_that_shrinks_somewhere_is_ok() {
        assert_eq!(judge(&[(10, 20), (18, 25), (30, 33)]), PartitionStatus::Ok);
    }

    #[test]
    fn lag_that_never_shrinks_is_warn() {
        assert_eq!(
            judge(&[(10, 20), (15, 30), (20, 40)]),
            PartitionStatus::Warn
        );
    }

    #[test]
    fn lag_with_an_unmoving_offset_is_stall() {
        assert_eq!(
            judge(&[(10, 20), (10, 20), (10, 25)]),
            PartitionStatus::Stall
        );
    }

    #[test]
    fn offset_going_backwards_is_rewind() {
        assert_eq!(
            judge(&[(50, 60), (60, 70), (40, 80)]),
            PartitionStatus::Rewind
        );
        // Backwards then recovered past the old high point: judged on lag instead.
        assert_eq!(judge(&[(50, 60), (40, 70), (65, 70)]), PartitionStatus::Ok);
    }

    #[test]
    fn no_commit_for_longer_than_the_window_is_stop() {
        let w = window(&[(10, 20), (12, 24), (14, 30)]);
        // The window spans 2 s; the offset last moved at 2 s; 10 s later it has not moved.
        assert_eq!(evaluate(&w, 0, 12_000, Some(2_000)), PartitionStatus::Stop);
        // Not while the last commit is recent.
        assert_ne!(evaluate(&w, 0, 3_000, Some(2_000)), PartitionStatus::Stop);
        // Nor when the consumer was caught up in the window.
        let w = window(&[(10, 10), (12, 24), (14, 30)]);
        assert_ne!(evaluate(&w, 0, 12_000, Some(2_000)), PartitionStatus::Stop);
    }

    #[test]
    fn allowed_lag_raises_the_bar() {
        let w = window(&[(10, 20), (15, 30), (20, 40)]);
        assert_eq!(evaluate(&w, 25, 2_100, None), PartitionStatus::Ok);
    }

    #[test]
    fn group_is_its_worst_partition_and_err_for_stop_stall_rewind() {
        use PartitionStatus::*;
        assert_eq!(group_status([Ok, Ok]), GroupStatus::Ok);
        assert_eq!(group_status([Ok, Warn]), GroupStatus::Warn);
        for bad in [Stop, Stall, Rewind] {
            assert_eq!(group_status([Ok, Warn, bad]), GroupStatus::Err);
        }
        assert_eq!(group_status([]), GroupStatus::Ok);
    }

    fn partition(
        p: i32,
        lag: i64,
        time_lag_ms: Option<i64>,
        status: PartitionStatus,
    ) -> PartitionLag {
        PartitionLag {
            topic: "orders".into(),
            partition: p,
            committed: Some(0),
            high_watermark: lag,
            lag,
            time_lag_ms,
            status,
            trend: None,
        }
    }

    #[test]
    fn trends_say_when_lag_will_be_gone_or_that_it_grows() {
        // Consumed 30/s, produced 10/s over 2 s; 40 behind at the end: 2 s to catch up.
        let t = Trend::of(&window(&[(0, 100), (30, 110), (60, 120), (80, 120)])[1..]).unwrap();
        assert_eq!((t.consume_rate, t.produce_rate), (25.0, 5.0));
        assert_eq!((t.catch_up_ms, t.falling_behind), (Some(2_000), false));
        let behind = Trend::of(&window(&[(0, 100), (5, 200)])).unwrap();
        assert_eq!((behind.catch_up_ms, behind.falling_behind), (None, true));
        let caught_up = Trend::of(&window(&[(0, 10), (10, 10)])).unwrap();
        assert_eq!(caught_up.catch_up_ms, Some(0));
        let idle = Trend::of(&window(&[(0, 10), (0, 10)])).unwrap();
        assert_eq!((idle.catch_up_ms, idle.falling_behind), (None, false));
        assert!(Trend::of(&window(&[(0, 10)])).is_none());
    }

    #[test]
    fn queues_are_judged_by_depth_and_consumers() {
        use PartitionStatus::*;
        assert_eq!(evaluate_queue(&[5, 3, 0], 1, 10.0), Ok);
        assert_eq!(evaluate_queue(&[5, 5, 5], 0, 0.0), Stop);
        assert_eq!(evaluate_queue(&[5, 5, 6], 2, 0.0), Stall);
        assert_eq!(evaluate_queue(&[5, 8, 12], 2, 3.0), Warn);
        assert_eq!(evaluate_queue(&[5, 8, 7], 2, 3.0), Ok);
        assert_eq!(evaluate_queue(&[], 0, 0.0), Ok);
        assert_eq!(
            group_status([evaluate_queue(&[1], 0, 0.0)]),
            GroupStatus::Err
        );
    }

    #[test]
    fn totals_and_gates_name_group_and_partition() {
        let g = GroupLag::new(
            "billing".into(),
            "3 samples over 2s".into(),
            vec![
                partition(0, 6, Some(90_000), PartitionStatus::Stall),
                partition(1, 0, Some(0), PartitionStatus::Ok),
            ],
        );
        assert_eq!(
            (g.total_lag, g.max_time_lag_ms, g.status),
            (6, Some(90_000), GroupStatus::Err)
        );
        let gates = Gates {
            fail_on: Some(GroupStatus::Err),
            max_lag: Some(5),
            max_time_lag_ms: Some(60_000),
        };
        assert_eq!(
            gates.breaches(&g),
            [
                "group billing is ERR (orders/0 STALL)",
                "group billing orders/0: lag 6 > --max-lag 5",
                "group billing orders/0: time lag 90000 ms > --max-time-lag 60000 ms",
            ]
        );
        assert!(Gates::default().breaches(&g).is_empty());
    }

    /// A sample of partitions given as (topic, partition, committed, high watermark).
    fn sample(parts: &[(&str, i32, i64, i64)]) -> Offsets {
        Offsets {
            partitions: parts.iter().map(|&(t, p, _, _)| (t.into(), p)).collect(),
            watermarks: parts.iter().map(|&(_, _, _, high)| (0, high)).collect(),
            committed: parts.iter().map(|&(_, _, c, _)| c).collect(),
        }
    }

    /// A topic that gains partitions (and a new topic that sorts first) during a window: each
    /// partition is judged on its own samples, never on another partition's at the same place.
    #[test]
    fn windows_follow_partitions_when_topics_grow() {
        let samples = vec![
            (1_000, sample(&[("orders", 0, 10, 10)])),
            (
                2_000,
                sample(&[("orders", 0, 10, 10), ("orders", 1, 0, 50)]),
            ),
            (
                3_000,
                sample(&[
                    ("audit", 0, 0, 7),
                    ("orders", 0, 10, 10),
                    ("orders", 1, 0, 90),
                ]),
            ),
        ];
        let report = super::judge("g", &samples);
        let seen: Vec<(&str, i32, i64)> = report
            .partitions
            .iter()
            .map(|p| (&*p.topic, p.partition, p.lag))
            .collect();
        assert_eq!(seen, [("audit", 0, 7), ("orders", 0, 0), ("orders", 1, 90)]);
        // orders/0 stayed caught up in all three samples; orders/1's high watermark moved 40
        // in the one second between its own two samples.
        assert_eq!(report.partitions[1].status, PartitionStatus::Ok);
        let produced = report.partitions[2].trend.as_ref().map(|t| t.produce_rate);
        assert_eq!(produced, Some(40.0));
    }
}
