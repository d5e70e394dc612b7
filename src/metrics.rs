//! Lag as Prometheus metrics: the text exposition format (0.0.4) and OpenMetrics 1.0, for
//! `evctl lag serve` and `evctl lag -o prometheus`. Every family's samples are written together,
//! families in a fixed order, labels escaped as the formats want.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::lag::{GroupLag, GroupStatus, PartitionLag, PartitionStatus, QueueLag, Trend};

/// Which of the two formats a scraper asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    /// `text/plain; version=0.0.4`.
    Text,
    /// `application/openmetrics-text; version=1.0.0`: counters' families drop `_total`, and
    /// the exposition ends with `# EOF`.
    OpenMetrics,
}

impl Flavour {
    /// OpenMetrics when the `Accept` header names it, as Prometheus' does; else the text format.
    pub fn from_accept(accept: &str) -> Flavour {
        if accept.contains("application/openmetrics-text") {
            Flavour::OpenMetrics
        } else {
            Flavour::Text
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Flavour::Text => "text/plain; version=0.0.4; charset=utf-8",
            Flavour::OpenMetrics => "application/openmetrics-text; version=1.0.0; charset=utf-8",
        }
    }
}

/// How a source's sampling has gone: what `evctl_sampler_*` reports.
#[derive(Debug, Clone, Default)]
pub struct Health {
    /// `kafka` or `rabbitmq`.
    pub source: &'static str,
    /// Why the last sample failed; `None` when it succeeded (or none was taken yet).
    pub last_error: Option<String>,
    pub last_duration_secs: f64,
    pub last_success_ms: Option<i64>,
    pub interval_secs: f64,
    pub samples: u64,
    /// Failed samples by kind of error.
    pub errors: BTreeMap<&'static str, u64>,
}

/// An exposition being written: as text, or deflated as it goes (a sample of many groups is
/// tens of megabytes of text and a few deflated; it is never all held as text).
pub struct Exposition {
    text: String,
    deflate: Option<Deflating>,
}

/// The deflating side of an `Exposition::deflated()`.
struct Deflating {
    /// Deflates the current segment.
    encoder: flate2::write::DeflateEncoder<Vec<u8>>,
    /// Text given to `encoder`.
    fed: usize,
    /// The segments before the current one.
    done: Deflated,
}

/// Text gathered before it is handed to the deflate encoder.
const SPILL_AT: usize = 256 * 1024;

/// Text deflated as one segment: each starts a fresh encoder, so that segments inflate apart
/// (and at once, on several threads).
const SEGMENT: usize = 4 << 20;

/// The start of a gzip stream: magic, deflate, no flags, no time, unknown OS (RFC 1952).
const GZIP_HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];

/// An empty final block (fixed Huffman, end of block): it ends a deflate stream.
const FINAL_BLOCK: [u8; 2] = [3, 0];

fn encoder() -> flate2::write::DeflateEncoder<Vec<u8>> {
    flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast())
}

/// Deflated text that a gzip stream can carry on from: raw deflate blocks ending in a sync
/// flush (byte-aligned, no final block), with the text's CRC-32 and length. The blocks are
/// segments, each of an encoder of its own: a segment inflates without the others, and
/// together they are one deflate stream.
#[derive(Default)]
pub struct Deflated {
    blocks: Vec<u8>,
    /// Where each segment of `blocks` ends.
    ends: Vec<usize>,
    crc: crc32fast::Hasher,
    len: u64,
}

impl Deflated {
    /// The text again, inflated as it is read.
    pub fn reader(&self) -> impl std::io::Read + '_ {
        flate2::read::DeflateDecoder::new(std::io::Read::chain(&self.blocks[..], &FINAL_BLOCK[..]))
    }

    /// Each segment's blocks, in order.
    pub fn segments(&self) -> impl Iterator<Item = &[u8]> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(&self.ends)
            .map(|(start, &end)| &self.blocks[start..end])
    }

    /// One segment of `segments`, inflated.
    pub fn inflate(segment: &[u8]) -> std::io::Result<Vec<u8>> {
        let mut text = Vec::with_capacity(SEGMENT + SPILL_AT);
        let mut reader =
            flate2::read::DeflateDecoder::new(std::io::Read::chain(segment, &FINAL_BLOCK[..]));
        std::io::Read::read_to_end(&mut reader, &mut text)?;
        Ok(text)
    }

    /// A gzip stream of this text and then `tail`: `GZIP_HEADER`, these blocks, and what this
    /// returns (`tail` deflated, its final block, the CRC-32 and length of the whole).
    pub fn gzip_with(&self, tail: &[u8]) -> (&[u8], &[u8], Vec<u8>) {
        let mut encoder = encoder();
        let _ = std::io::Write::write_all(&mut encoder, tail);
        let mut end = encoder.finish().unwrap_or_default();
        let mut crc = self.crc.clone();
        crc.update(tail);
        end.extend_from_slice(&crc.finalize().to_le_bytes());
        // ISIZE: the length modulo 2^32.
        end.extend_from_slice(&((self.len + tail.len() as u64) as u32).to_le_bytes());
        (&GZIP_HEADER, &self.blocks, end)
    }
}

impl Exposition {
    pub fn text() -> Exposition {
        Exposition {
            text: String::new(),
            deflate: None,
        }
    }

    pub fn deflated() -> Exposition {
        Exposition {
            text: String::with_capacity(SPILL_AT + 4096),
            deflate: Some(Deflating {
                encoder: encoder(),
                fed: 0,
                done: Deflated::default(),
            }),
        }
    }

    fn spill(&mut self) {
        if self.text.len() >= SPILL_AT {
            self.spill_now();
        }
    }

    fn spill_now(&mut self) {
        let Some(deflating) = &mut self.deflate else {
            return;
        };
        // Writing to a Vec cannot fail.
        let _ = std::io::Write::write_all(&mut deflating.encoder, self.text.as_bytes());
        deflating.fed += self.text.len();
        deflating.done.crc.update(self.text.as_bytes());
        deflating.done.len += self.text.len() as u64;
        self.text.clear();
        if deflating.fed >= SEGMENT {
            deflating.end_segment();
        }
    }

    /// The text of an `Exposition::text()`.
    pub fn into_text(self) -> Vec<u8> {
        self.text.into_bytes()
    }

    /// What an `Exposition::deflated()` holds.
    pub fn into_deflated(mut self) -> Deflated {
        self.spill_now();
        let Some(mut deflating) = self.deflate.take() else {
            return Deflated::default();
        };
        if deflating.fed > 0 {
            deflating.end_segment();
        }
        deflating.done
    }
}

impl Deflating {
    /// Ends the current segment with a sync flush (byte-aligned, no final block) and starts
    /// the next with a fresh encoder.
    fn end_segment(&mut self) {
        let _ = std::io::Write::flush(&mut self.encoder);
        self.done.blocks.append(self.encoder.get_mut());
        self.done.ends.push(self.done.blocks.len());
        // The old encoder's final block goes into its Vec, emptied above and dropped with it.
        self.encoder = encoder();
        self.fed = 0;
    }
}

impl Health {
    /// Whether the last sample succeeded.
    pub fn up(&self) -> bool {
        self.samples > 0 && self.last_error.is_none()
    }
}

/// One metric family being written: its header once, then its samples.
struct Family<'a> {
    out: &'a mut Exposition,
}

fn family<'a>(out: &'a mut Exposition, name: &str, kind: &str, help: &str) -> Family<'a> {
    let _ = writeln!(out.text, "# HELP {name} {help}");
    let _ = writeln!(out.text, "# TYPE {name} {kind}");
    Family { out }
}

impl Family<'_> {
    /// A sample: `name{labels} value`.
    fn sample(&mut self, name: &str, labels: &[(&str, &str)], value: f64) {
        let out = &mut self.out.text;
        out.push_str(name);
        if !labels.is_empty() {
            out.push('{');
            for (i, (key, value)) in labels.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(key);
                out.push_str("=\"");
                escape_into(value, out);
                out.push('"');
            }
            out.push('}');
        }
        out.push(' ');
        write_value(value, out);
        out.push('\n');
        self.out.spill();
    }
}

/// A label value with `\`, `"` and newlines escaped.
fn escape_into(value: &str, out: &mut String) {
    // Most values (group and topic names, numbers) have nothing to escape.
    if !value.bytes().any(|b| matches!(b, b'\\' | b'"' | b'\n')) {
        out.push_str(value);
        return;
    }
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
}

/// Whole numbers without a fraction, infinities as `+Inf`/`-Inf`, NaN as `NaN`.
fn write_value(value: f64, out: &mut String) {
    if value.is_nan() {
        out.push_str("NaN");
    } else if value.is_infinite() {
        out.push_str(if value > 0.0 { "+Inf" } else { "-Inf" });
    } else if value.fract() == 0.0 && value.abs() < 1e15 {
        let _ = write!(out, "{}", value as i64);
    } else {
        let _ = write!(out, "{value}");
    }
}

const GROUP_STATUSES: [GroupStatus; 3] = [GroupStatus::Ok, GroupStatus::Warn, GroupStatus::Err];
const PARTITION_STATUSES: [PartitionStatus; 5] = [
    PartitionStatus::Ok,
    PartitionStatus::Warn,
    PartitionStatus::Rewind,
    PartitionStatus::Stall,
    PartitionStatus::Stop,
];

/// Seconds to catch up at the window's rates: 0 when caught up, `+Inf` when lag is not
/// shrinking.
fn catch_up_secs(trend: &Trend) -> f64 {
    trend
        .catch_up_ms
        .map_or(f64::INFINITY, |ms| ms as f64 / 1000.0)
}

/// A state set: per subject (its labels), one sample per status, 1 for the one it has.
fn state_set<'s, S: PartialEq + Copy>(
    out: &mut Exposition,
    (name, help): (&str, &str),
    statuses: &[(S, &str)],
    subjects: impl Iterator<Item = (Vec<(&'s str, &'s str)>, S)>,
) {
    let mut f = family(out, name, "gauge", help);
    for (mut labels, current) in subjects {
        for &(status, text) in statuses {
            labels.push(("status", text));
            f.sample(name, &labels, f64::from(u8::from(status == current)));
            labels.pop();
        }
    }
}

fn group_statuses() -> Vec<(GroupStatus, &'static str)> {
    GROUP_STATUSES.iter().map(|s| (*s, s.as_str())).collect()
}

fn partition_statuses(
    keep: impl Fn(PartitionStatus) -> bool,
) -> Vec<(PartitionStatus, &'static str)> {
    PARTITION_STATUSES
        .iter()
        .filter(|s| keep(**s))
        .map(|s| (*s, s.as_str()))
        .collect()
}

/// The consumer groups' families.
pub fn write_groups(groups: &[GroupLag], out: &mut Exposition) {
    type PerPartition = fn(&PartitionLag) -> Option<f64>;
    let per_partition: [(&str, &str, PerPartition); 3] = [
        (
            "evctl_kafka_consumergroup_committed_offset",
            "Offset the group committed on the partition (kafka_exporter: kafka_consumergroup_current_offset).",
            |p| p.committed.map(|c| c as f64),
        ),
        (
            "evctl_kafka_consumergroup_lag",
            "Messages on the partition the group has not consumed (kafka_exporter: kafka_consumergroup_lag).",
            |p| Some(p.lag as f64),
        ),
        (
            "evctl_kafka_consumergroup_time_lag_seconds",
            "Age of the partition's oldest unconsumed message; 0 when caught up, absent when it could not be read.",
            |p| p.time_lag_ms.map(|ms| ms as f64 / 1000.0),
        ),
    ];
    for (name, help, value) in per_partition {
        let mut f = family(out, name, "gauge", help);
        for g in groups {
            for p in &g.partitions {
                if let Some(v) = value(p) {
                    let partition = p.partition.to_string();
                    let labels = [
                        ("group", g.group.as_str()),
                        ("topic", &p.topic),
                        ("partition", &partition),
                    ];
                    f.sample(name, &labels, v);
                }
            }
        }
    }
    let name = "evctl_kafka_topic_partition_high_watermark";
    let mut f = family(
        out,
        name,
        "gauge",
        "Offset after the partition's last message (kafka_exporter: kafka_topic_partition_current_offset).",
    );
    let mut seen = std::collections::HashSet::new();
    for p in groups.iter().flat_map(|g| &g.partitions) {
        if seen.insert((&*p.topic, p.partition)) {
            let partition = p.partition.to_string();
            let labels = [("topic", &*p.topic), ("partition", &partition)];
            f.sample(name, &labels, p.high_watermark as f64);
        }
    }
    type PerGroup = fn(&GroupLag) -> Option<f64>;
    let per_group: [(&str, &str, PerGroup); 5] = [
        (
            "evctl_kafka_consumergroup_total_lag",
            "The group's lag over all its partitions (kafka_exporter: kafka_consumergroup_lag_sum).",
            |g| Some(g.total_lag as f64),
        ),
        (
            "evctl_kafka_consumergroup_max_time_lag_seconds",
            "Age of the oldest unconsumed message over the group's partitions.",
            |g| g.max_time_lag_ms.map(|ms| ms as f64 / 1000.0),
        ),
        (
            "evctl_kafka_consumergroup_catch_up_seconds",
            "Time to consume the lag at the window's rates: 0 caught up, +Inf when lag is not shrinking.",
            |g| g.trend.as_ref().map(catch_up_secs),
        ),
        (
            "evctl_kafka_consumergroup_consumed_messages_per_second",
            "Messages per second the group consumed over the window (committed offsets).",
            |g| g.trend.map(|t| t.consume_rate),
        ),
        (
            "evctl_kafka_consumergroup_produced_messages_per_second",
            "Messages per second written to the group's partitions over the window.",
            |g| g.trend.map(|t| t.produce_rate),
        ),
    ];
    for (name, help, value) in per_group {
        let mut f = family(out, name, "gauge", help);
        for g in groups {
            if let Some(v) = value(g) {
                f.sample(name, &[("group", &g.group)], v);
            }
        }
    }
    state_set(
        out,
        (
            "evctl_kafka_consumergroup_status",
            "The group's status, Burrow's rules over the window: 1 for the status it has, 0 for the others.",
        ),
        &group_statuses(),
        groups
            .iter()
            .map(|g| (vec![("group", g.group.as_str())], g.status)),
    );
    state_set(
        out,
        (
            "evctl_kafka_consumergroup_partition_status",
            "The status of the group's worst partition (STOP, STALL, REWIND make the group ERR): 1 for it, 0 for the others.",
        ),
        &partition_statuses(|_| true),
        groups.iter().map(|g| {
            let worst = g.partitions.iter().map(|p| p.status).max();
            (
                vec![("group", g.group.as_str())],
                worst.unwrap_or(PartitionStatus::Ok),
            )
        }),
    );
}

fn queue_labels(q: &QueueLag) -> Vec<(&str, &str)> {
    vec![("vhost", q.vhost.as_str()), ("queue", q.queue.as_str())]
}

/// The RabbitMQ queues' families.
pub fn write_queues(queues: &[QueueLag], out: &mut Exposition) {
    type Value = fn(&QueueLag) -> Option<f64>;
    let per_queue: [(&str, &str, Value); 8] = [
        (
            "evctl_rabbitmq_queue_messages",
            "Messages ready and unacknowledged (rabbitmq_exporter: rabbitmq_queue_messages).",
            |q| Some(q.depth as f64),
        ),
        (
            "evctl_rabbitmq_queue_messages_ready",
            "Messages ready for delivery (rabbitmq_exporter: rabbitmq_queue_messages_ready).",
            |q| Some(q.ready as f64),
        ),
        (
            "evctl_rabbitmq_queue_messages_unacked",
            "Messages delivered and not yet acknowledged (rabbitmq_exporter: rabbitmq_queue_messages_unacknowledged).",
            |q| Some(q.unacked as f64),
        ),
        (
            "evctl_rabbitmq_queue_consumers",
            "Consumers of the queue (rabbitmq_exporter: rabbitmq_queue_consumers).",
            |q| Some(q.consumers as f64),
        ),
        (
            "evctl_rabbitmq_queue_published_messages_per_second",
            "Messages per second published to the queue, as the management API reports.",
            |q| Some(q.trend.produce_rate),
        ),
        (
            "evctl_rabbitmq_queue_acked_messages_per_second",
            "Messages per second acknowledged from the queue, as the management API reports.",
            |q| Some(q.trend.consume_rate),
        ),
        (
            "evctl_rabbitmq_queue_drain_seconds",
            "Time to empty the queue at these rates: 0 empty, +Inf when it is not shrinking.",
            |q| Some(catch_up_secs(&q.trend)),
        ),
        (
            "evctl_rabbitmq_stream_offset_lag",
            "Streams: the largest offset lag of the stream's consumers.",
            |q| q.offset_lag.map(|l| l as f64),
        ),
    ];
    for (name, help, value) in per_queue {
        let mut f = family(out, name, "gauge", help);
        for q in queues {
            if let Some(v) = value(q) {
                f.sample(name, &[("vhost", &q.vhost), ("queue", &q.queue)], v);
            }
        }
    }
    let name = "evctl_rabbitmq_stream_consumer_offset_lag";
    let mut f = family(
        out,
        name,
        "gauge",
        "Messages of the stream one stream-protocol consumer has not read.",
    );
    for q in queues {
        for c in &q.stream_consumers {
            let id = c.subscription_id.to_string();
            let labels = [
                ("vhost", q.vhost.as_str()),
                ("queue", &q.queue),
                ("connection", &c.connection),
                ("subscription_id", &id),
            ];
            f.sample(name, &labels, c.offset_lag as f64);
        }
    }
    state_set(
        out,
        (
            "evctl_rabbitmq_queue_status",
            "The queue's status over the window: 1 for the status it has, 0 for the others.",
        ),
        &group_statuses(),
        queues.iter().map(|q| (queue_labels(q), q.status)),
    );
    state_set(
        out,
        (
            "evctl_rabbitmq_queue_depth_status",
            "Why: OK, WARN (depth rose at every sample), STALL (nothing acknowledged), STOP (no consumer): 1 for it, 0 for the others.",
        ),
        &partition_statuses(|s| s != PartitionStatus::Rewind),
        queues.iter().map(|q| (queue_labels(q), q.partition_status)),
    );
}

/// The sampler's own families.
pub fn write_health(health: &Health, flavour: Flavour, out: &mut Exposition) {
    let source = [("source", health.source)];
    let gauges: [(&str, &str, Option<f64>); 4] = [
        (
            "evctl_sampler_up",
            "1 when the last sample succeeded; 0 while the source cannot be read (its lag metrics are then left out).",
            Some(f64::from(u8::from(health.up()))),
        ),
        (
            "evctl_sampler_last_duration_seconds",
            "How long the last sample took.",
            Some(health.last_duration_secs),
        ),
        (
            "evctl_sampler_last_success_timestamp_seconds",
            "When the last successful sample was taken (Unix time).",
            health.last_success_ms.map(|ms| ms as f64 / 1000.0),
        ),
        (
            "evctl_sampler_interval_seconds",
            "Time between samples.",
            Some(health.interval_secs),
        ),
    ];
    for (name, help, value) in gauges {
        let mut f = family(out, name, "gauge", help);
        if let Some(v) = value {
            f.sample(name, &source, v);
        }
    }
    // A counter's family is named without `_total` in OpenMetrics, with it in the text format.
    let counter = |out: &mut Exposition, name: &str, help: &str| {
        let header = match flavour {
            Flavour::Text => name,
            Flavour::OpenMetrics => name.trim_end_matches("_total"),
        };
        let _ = writeln!(out.text, "# HELP {header} {help}");
        let _ = writeln!(out.text, "# TYPE {header} counter");
    };
    let name = "evctl_sampler_samples_total";
    counter(out, name, "Samples taken, successful or not.");
    Family { out }.sample(name, &source, health.samples as f64);
    let name = "evctl_sampler_errors_total";
    counter(out, name, "Samples that failed, by kind of error.");
    let mut f = Family { out };
    for (kind, count) in &health.errors {
        f.sample(
            name,
            &[("source", health.source), ("kind", kind)],
            *count as f64,
        );
    }
}

/// The end of an exposition: OpenMetrics' `# EOF`.
pub fn end(flavour: Flavour, out: &mut Exposition) {
    if flavour == Flavour::OpenMetrics {
        out.text.push_str("# EOF\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_labels_are_written_as_the_format_wants() {
        let mut out = String::new();
        for v in [3.0, 0.25, f64::INFINITY, f64::NAN, -2.0] {
            write_value(v, &mut out);
            out.push(' ');
        }
        assert_eq!(out, "3 0.25 +Inf NaN -2 ");
        let mut out = String::new();
        escape_into("a\"b\\c\nd", &mut out);
        assert_eq!(out, r#"a\"b\\c\nd"#);
    }

    #[test]
    fn a_group_is_written_with_one_status_set() {
        let partitions = vec![PartitionLag {
            topic: "orders".into(),
            partition: 0,
            committed: Some(5),
            high_watermark: 9,
            lag: 4,
            time_lag_ms: Some(1500),
            status: PartitionStatus::Stall,
            trend: None,
        }];
        let g = GroupLag::new("billing".into(), "1 sample".into(), partitions);
        let mut out = Exposition::text();
        write_groups(std::slice::from_ref(&g), &mut out);
        let out = String::from_utf8(out.into_text()).unwrap();
        // The deflated form holds the same text: inflated, and as one gzip stream with a tail.
        let mut deflated = Exposition::deflated();
        write_groups(&[g], &mut deflated);
        let deflated = deflated.into_deflated();
        let mut inflated = String::new();
        std::io::Read::read_to_string(&mut deflated.reader(), &mut inflated).unwrap();
        assert_eq!(inflated, out);
        let (head, blocks, end) = deflated.gzip_with(b"# EOF\n");
        let gzip = [head, blocks, &end].concat();
        let mut unzipped = String::new();
        // One member: a reader that stops after the first (as curl's does) sees everything.
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gzip[..]), &mut unzipped)
            .unwrap();
        assert_eq!(unzipped, format!("{out}# EOF\n"));
        for line in [
            r#"evctl_kafka_consumergroup_committed_offset{group="billing",topic="orders",partition="0"} 5"#,
            r#"evctl_kafka_topic_partition_high_watermark{topic="orders",partition="0"} 9"#,
            r#"evctl_kafka_consumergroup_lag{group="billing",topic="orders",partition="0"} 4"#,
            r#"evctl_kafka_consumergroup_time_lag_seconds{group="billing",topic="orders",partition="0"} 1.5"#,
            r#"evctl_kafka_consumergroup_total_lag{group="billing"} 4"#,
            r#"evctl_kafka_consumergroup_status{group="billing",status="ERR"} 1"#,
            r#"evctl_kafka_consumergroup_status{group="billing",status="OK"} 0"#,
            r#"evctl_kafka_consumergroup_partition_status{group="billing",status="STALL"} 1"#,
        ] {
            assert!(out.lines().any(|l| l == line), "{line} not in\n{out}");
        }
        // No trend from one sample: no catch-up estimate rather than a made-up one.
        assert!(!out.contains("catch_up_seconds{"), "{out}");
    }

    #[test]
    fn counters_are_named_for_the_flavour() {
        let health = Health {
            source: "kafka",
            samples: 3,
            errors: [("unavailable", 1)].into(),
            ..Health::default()
        };
        let mut text = Exposition::text();
        write_health(&health, Flavour::Text, &mut text);
        let text = String::from_utf8(text.into_text()).unwrap();
        assert!(
            text.contains("# TYPE evctl_sampler_samples_total counter\n"),
            "{text}"
        );
        let mut om = Exposition::text();
        write_health(&health, Flavour::OpenMetrics, &mut om);
        end(Flavour::OpenMetrics, &mut om);
        let om = String::from_utf8(om.into_text()).unwrap();
        assert!(
            om.contains("# TYPE evctl_sampler_samples counter\n"),
            "{om}"
        );
        assert!(
            om.contains("evctl_sampler_errors_total{source=\"kafka\",kind=\"unavailable\"} 1\n")
        );
        assert!(om.ends_with("# EOF\n"));
        // Never sampled successfully: no timestamp of a success.
        assert!(
            !om.contains("evctl_sampler_last_success_timestamp_seconds{"),
            "{om}"
        );
    }
}
