//! DLQ topics on Kafka: inspect by reading without a group; replay through a named group whose
//! offsets move only past records the target acknowledged.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::time::{Duration, Instant};

use super::{
    Inspection, LOOP_GUARD, MALFORMED, NO_ORIGIN, NO_TARGET, NOT_SELECTED, Pace, ReplayOptions,
    Summary,
};
use crate::cli::OutputFormat;
use crate::commands::Interrupt;
use crate::config::Config;
use crate::dlq::{
    self, DeadLetter, REPLAY_COUNT, REPLAYED_AT, REPLAYED_FROM, is_dead_letter_header,
};
use crate::envelope::{HeaderRef, RecordRef, write_envelope};
use crate::error::{Error, Result};
use crate::kafka::consume::Record;
use crate::kafka::group_reader::{Committer, GroupReader};
use crate::kafka::offsets::OffsetProbe;
use crate::kafka::produce::Headers;
use crate::kafka::replay::{ReplayProducer, Replayed};
use crate::output::progress::warn;
use crate::schema::decode::RecordDecoder;
use crate::schema::source::SchemaSource;

/// The record's headers as the dead-letter decoders take them.
fn headers_of<'a>(m: &'a Record<'_>) -> Vec<(&'a str, Option<&'a [u8]>)> {
    m.headers().map(|h| (h.key, h.value)).collect()
}

pub fn inspect(cfg: &Config, topic: &str, samples: usize) -> Result<()> {
    let probe = OffsetProbe::new(&cfg.kafka, cfg.verbose)?;
    let partitions = probe.partitions(&[topic.to_string()])?;
    let watermarks = probe.watermarks(&partitions)?;
    let starts: Vec<(i32, i64)> = partitions
        .iter()
        .map(|key| (key.1, watermarks[key].0))
        .collect();
    let ends: HashMap<i32, i64> = partitions
        .iter()
        .map(|key| (key.1, watermarks[key].1))
        .collect();
    // A group id is needed by the client; nothing is committed under it.
    let reader = GroupReader::open(&probe, "evctl-dlq-inspect", topic)?;
    let mut report = Inspection {
        source: topic.to_string(),
        ..Inspection::default()
    };
    // Samples show keys and values as `tail` does: framed ones read with the registry's
    // schemas, unframed Avro values with the schema of the topic they failed on.
    let mut decoder = RecordDecoder::new(SchemaSource::open(&cfg.schemas)?);
    let mut warned = cfg.quiet;
    let interrupt = Interrupt::default();
    reader.read_to_end(
        &starts,
        &ends,
        || interrupt.is_set(),
        |m| {
            let headers = headers_of(m);
            let position = format!("{topic}/{}@{}", m.partition(), m.offset());
            let decoded = match dlq::decode_kafka(&headers) {
                Ok(d) => d,
                Err(e) => {
                    report.malformed.push(format!("{position}: {e}"));
                    None
                }
            };
            report.count(m.timestamp(), decoded.as_ref());
            if report.samples.len() < samples {
                let header = |name: &str| headers.iter().find(|h| h.0 == name).and_then(|h| h.1);
                let failed_on = decoded.as_ref().and_then(|d| d.topic.as_deref());
                let read = decoder.decode(m.key(), m.value(), header, failed_on.unwrap_or(topic));
                if let Some(problem) = &read.problem
                    && !warned
                {
                    warned = true;
                    warn(format_args!("showing a payload undecoded: {problem}"));
                }
                let record = m.shown(read.key, read.value);
                report
                    .samples
                    .push(sample(&record, &headers, decoded.as_ref()));
            }
            Ok(true)
        },
    )?;
    super::print_inspection(&report, cfg)
}

fn sample(
    record: &RecordRef<'_>,
    headers: &[(&str, Option<&[u8]>)],
    dead_letter: Option<&DeadLetter>,
) -> serde_json::Value {
    let mut line = Vec::new();
    write_envelope(
        &mut line,
        record,
        headers
            .iter()
            .map(|(key, value)| HeaderRef { key, value: *value }),
    );
    super::sample_of(&line, dead_letter)
}

/// Per DLQ partition: the records sent and not yet acknowledged, the first that failed, and
/// the next offset to read. The offset that is safe to commit is the least of them.
#[derive(Default)]
struct Progress {
    /// Offset → index of its target in `Replay::names`.
    in_flight: HashMap<i32, BTreeMap<i64, usize>>,
    failed: HashMap<i32, i64>,
    next: HashMap<i32, i64>,
    committed: HashMap<i32, i64>,
    /// Offsets of sent records not yet covered by a committed offset: what a replay killed now
    /// would send again.
    uncovered: HashMap<i32, BTreeSet<i64>>,
}

impl Progress {
    fn safe(&self, partition: i32) -> Option<i64> {
        let next = *self.next.get(&partition)?;
        let in_flight = self
            .in_flight
            .get(&partition)
            .and_then(|s| s.keys().next().copied());
        Some(
            [Some(next), in_flight, self.failed.get(&partition).copied()]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or(next),
        )
    }

    fn pending(&self) -> usize {
        self.in_flight.values().map(BTreeMap::len).sum()
    }

    /// Offsets that moved since the last commit, by partition.
    fn to_commit(&self) -> Option<Vec<(i32, i64)>> {
        let mut moved: Vec<(i32, i64)> = self
            .next
            .keys()
            .filter_map(|p| Some((*p, self.safe(*p)?)))
            .filter(|(p, safe)| self.committed.get(p) != Some(safe))
            .collect();
        moved.sort_unstable();
        (!moved.is_empty()).then_some(moved)
    }

    fn committed(&mut self, offsets: &[(i32, i64)]) {
        for (p, o) in offsets {
            self.confirm(*p, *o);
        }
    }

    /// The group now has `offset` committed for `partition`: what is below is covered.
    fn confirm(&mut self, partition: i32, offset: i64) {
        let known = self.committed.entry(partition).or_insert(offset);
        *known = (*known).max(offset);
        if let Some(set) = self.uncovered.get_mut(&partition) {
            *set = set.split_off(&offset);
        }
    }

    fn uncovered(&self) -> usize {
        self.uncovered.values().map(BTreeSet::len).sum()
    }
}

struct Replay<'a> {
    cfg: &'a Config,
    opts: &'a ReplayOptions,
    dlq: &'a str,
    /// The group's client, for the final and transactional commits.
    reader: GroupReader,
    producer: Option<ReplayProducer>,
    progress: Progress,
    summary: Summary,
    /// Target topic → partition count (`None`: it does not exist).
    targets: HashMap<String, Option<usize>>,
    /// Target topics by index, for the records in flight.
    names: Vec<String>,
    in_transaction: bool,
    last_commit: Instant,
    /// Records handed to the producer.
    sent: u64,
    /// `sent` when the last half-window commit was made.
    sent_at_commit: u64,
    /// Commits offsets in the background while records are sent (not with `--transactional`
    /// or `--dry-run`).
    committer: Option<Committer>,
}

fn commit_failed(dlq: &str, e: impl std::fmt::Display) -> Error {
    Error::Broker(format!(
        "committing the replay's progress (group of {dlq}): {e}"
    ))
}

impl Replay<'_> {
    /// Waits a moment for delivery reports: serves what is queued, and sleeps 100 µs when
    /// nothing was. rdkafka's producer poll never returns before its timeout and spins through
    /// its last millisecond, so waiting in `poll(1 ms)` cost the replay a fifth of its CPU.
    fn await_reports(&mut self) {
        if !self.settle() {
            std::thread::sleep(Duration::from_micros(100));
        }
    }

    /// Takes in the delivery reports that came in; says whether there were any.
    fn settle(&mut self) -> bool {
        let Some(producer) = &self.producer else {
            return false;
        };
        let reports = producer.reports();
        let any = !reports.is_empty();
        for report in reports {
            let (p, o) = report.from;
            let target = self
                .progress
                .in_flight
                .get_mut(&p)
                .and_then(|set| set.remove(&o));
            if let Some(error) = report.error {
                self.summary.failed += 1;
                warn(format_args!("{}/{p}@{o}: not replayed: {error}", self.dlq));
                let first = self.progress.failed.entry(p).or_insert(o);
                *first = (*first).min(o);
            } else if let Some(i) = target {
                self.summary.replayed_to(&self.names[i]);
            }
        }
        any
    }

    /// Takes in the commits the committer thread has finished since the last look.
    fn confirmations(&mut self) -> Result<()> {
        let Some(committer) = &mut self.committer else {
            return Ok(());
        };
        while let Some(answer) = committer.answered() {
            let offsets = answer.map_err(|e| commit_failed(self.dlq, e))?;
            self.progress.committed(&offsets);
        }
        Ok(())
    }

    /// Hands the safe offsets to the committer thread unless a commit is already on its
    /// way; its answer comes through `confirmations`.
    fn commit_async(&mut self) -> Result<()> {
        let Some(committer) = &mut self.committer else {
            return Ok(());
        };
        if committer.busy() {
            return Ok(());
        }
        let Some(offsets) = self.progress.to_commit() else {
            return Ok(());
        };
        self.last_commit = Instant::now();
        if !committer.ask(offsets) {
            return Err(commit_failed(self.dlq, "the committer thread stopped"));
        }
        Ok(())
    }

    /// Waits for every acknowledgement, then commits the DLQ offsets that are safe (below
    /// every record still unacknowledged) and waits for the answer: at the end, and for each
    /// transaction (`--transactional`).
    fn commit(&mut self) -> Result<()> {
        let deadline = Instant::now() + self.cfg.kafka.timeout + Duration::from_secs(5);
        while self.progress.pending() > 0 && Instant::now() < deadline {
            self.await_reports();
        }
        if let Some(answer) = self.committer.as_mut().and_then(Committer::settle) {
            let offsets = answer.map_err(|e| commit_failed(self.dlq, e))?;
            self.progress.committed(&offsets);
        }
        self.last_commit = Instant::now();
        let Some(offsets) = self.progress.to_commit() else {
            return Ok(());
        };
        if self.opts.dry_run {
            return Ok(());
        }
        if self.opts.transactional {
            let producer = self
                .producer
                .as_ref()
                .ok_or_else(|| Error::Broker("no producer for the transaction".into()))?;
            if !self.in_transaction {
                producer.begin()?;
            }
            if !self.progress.failed.is_empty() {
                producer.abort();
                self.in_transaction = false;
                return Ok(());
            }
            producer.commit_with_offsets(&offsets, &self.reader)?;
            self.in_transaction = false;
        } else {
            self.reader
                .commit(&offsets)
                .map_err(|e| commit_failed(self.dlq, e))?;
        }
        self.progress.committed(&offsets);
        Ok(())
    }

    fn target_partitions(&mut self, topic: &str) -> Result<Option<usize>> {
        if let Some(known) = self.targets.get(topic) {
            return Ok(*known);
        }
        let count = match &self.producer {
            Some(p) => p.partition_count(topic)?,
            None => {
                let probe = OffsetProbe::new(&self.cfg.kafka, self.cfg.verbose)?;
                match probe.partitions(&[topic.to_string()]) {
                    Ok(p) => Some(p.len()),
                    Err(Error::NotFound(_)) => None,
                    Err(e) => return Err(e),
                }
            }
        };
        self.targets.insert(topic.to_string(), count);
        Ok(count)
    }

    /// Decides about one DLQ record and sends it when selected. Returns false once `--limit`
    /// is reached or a record failed.
    fn handle(&mut self, m: &Record<'_>, pace: &mut Pace) -> Result<bool> {
        let (p, o) = (m.partition(), m.offset());
        self.progress.next.insert(p, o + 1);
        let position = format!("{}/{p}@{o}", self.dlq);
        let headers = headers_of(m);
        let decoded =
            dlq::decode_kafka(&headers).and_then(|d| Ok((d, dlq::replay_count(&headers)?)));
        let (dead_letter, replays) = match decoded {
            Ok(d) => d,
            Err(e) => {
                warn(format_args!("{position}: left in the DLQ: {e}"));
                self.summary.skip(MALFORMED);
                return Ok(true);
            }
        };
        let header = |name: &str| {
            headers
                .iter()
                .find(|(k, _)| *k == name)
                .and_then(|(_, v)| v.map(String::from_utf8_lossy))
        };
        if !self
            .opts
            .filter
            .selects(m.timestamp(), m.key(), header, dead_letter.as_ref())
        {
            self.summary.skip(NOT_SELECTED);
            return Ok(true);
        }
        if replays >= self.opts.max_replays {
            warn(format_args!(
                "{position}: left in the DLQ: already replayed {replays} times \
                 (--max-replays {})",
                self.opts.max_replays
            ));
            self.summary.skip(LOOP_GUARD);
            return Ok(true);
        }
        let origin = dead_letter.as_ref().and_then(|d| d.topic.clone());
        let Some(target) = self.opts.to.clone().or(origin.clone()) else {
            warn(format_args!(
                "{position}: left in the DLQ: no origin in its headers (give --to)"
            ));
            self.summary.skip(NO_ORIGIN);
            return Ok(true);
        };
        let Some(partition_count) = self.target_partitions(&target)? else {
            warn(format_args!(
                "{position}: left in the DLQ: target topic {target:?} does not exist"
            ));
            self.summary.skip(NO_TARGET);
            return Ok(true);
        };
        // Back to the partition it failed on when going home; else by key.
        let partition = dead_letter.as_ref().and_then(|d| d.partition).filter(|p| {
            origin.as_deref() == Some(target.as_str())
                && usize::try_from(*p).is_ok_and(|p| p < partition_count)
        });
        if self.opts.dry_run {
            self.print_plan(&position, &target, partition, m)?;
            self.summary.replayed_to(&target);
        } else {
            let mut kept: Vec<(&str, Option<&[u8]>)> = headers
                .iter()
                .filter(|(k, _)| {
                    (self.opts.keep_dlq_headers || !is_dead_letter_header(k))
                        && ![REPLAY_COUNT, REPLAYED_AT, REPLAYED_FROM].contains(k)
                })
                .copied()
                .collect();
            let count = (replays + 1).to_string();
            let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
            kept.push((REPLAY_COUNT, Some(count.as_bytes())));
            kept.push((REPLAYED_AT, Some(now.as_bytes())));
            kept.push((REPLAYED_FROM, Some(position.as_bytes())));
            if self.opts.transactional && !self.in_transaction {
                if let Some(producer) = &self.producer {
                    producer.begin()?;
                }
                self.in_transaction = true;
            }
            let Some(producer) = &self.producer else {
                return Err(Error::Broker("no producer".into()));
            };
            let sent = producer.send(Replayed {
                topic: &target,
                partition,
                key: m.key(),
                value: m.value(),
                headers: Headers::new(kept),
                from: (p, o),
            });
            match sent {
                Ok(()) => {
                    let index = match self.names.iter().position(|n| *n == target) {
                        Some(i) => i,
                        None => {
                            self.names.push(target);
                            self.names.len() - 1
                        }
                    };
                    self.progress
                        .in_flight
                        .entry(p)
                        .or_default()
                        .insert(o, index);
                    self.progress.uncovered.entry(p).or_default().insert(o);
                    self.sent += 1;
                }
                Err(e) => {
                    warn(format_args!("{position}: not replayed: {e}"));
                    self.summary.failed += 1;
                    self.progress.failed.entry(p).or_insert(o);
                }
            }
        }
        pace.sent();
        // Delivery reports are served in batches, not after every record.
        if self.sent.is_multiple_of(256) {
            self.settle();
        }
        let window = self.opts.window as usize;
        if self.opts.transactional {
            // A transaction ends with everything in it acknowledged.
            if self.progress.uncovered() >= window
                || self.last_commit.elapsed() >= Duration::from_millis(500)
            {
                self.commit()?;
            }
        } else if !self.opts.dry_run {
            // Commit what is acknowledged, without waiting for the answer, each time another
            // half window has been sent (or 200 ms passed), so the window is seldom full.
            self.confirmations()?;
            let half = (window / 2).max(1) as u64;
            if self.sent >= self.sent_at_commit + half
                || self.last_commit.elapsed() >= Duration::from_millis(200)
            {
                self.sent_at_commit = self.sent;
                self.settle();
                self.commit_async()?;
            }
            // Never more than the window past the confirmed commits: wait for
            // acknowledgements and commits until there is room, without draining the pipeline.
            let deadline = Instant::now() + self.cfg.kafka.timeout + Duration::from_secs(5);
            while self.progress.uncovered() >= window && self.progress.failed.is_empty() {
                if Instant::now() >= deadline {
                    return Err(Error::Unavailable(format!(
                        "replaying {}: {} records sent are neither acknowledged by their \
                         targets nor committed after {}; stopped to keep duplicates within \
                         the window",
                        self.dlq,
                        self.progress.uncovered(),
                        humantime::format_duration(self.cfg.kafka.timeout)
                    )));
                }
                self.await_reports();
                self.confirmations()?;
                self.commit_async()?;
            }
        }
        if !self.progress.failed.is_empty() {
            return Ok(false);
        }
        let chosen = if self.opts.dry_run {
            self.summary.replayed
        } else {
            self.sent
        };
        Ok(self.opts.limit.is_none_or(|limit| chosen < limit))
    }

    fn print_plan(
        &self,
        position: &str,
        target: &str,
        partition: Option<i32>,
        m: &Record<'_>,
    ) -> Result<()> {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        let key = m.key().map(String::from_utf8_lossy);
        let line = if self.cfg.output == OutputFormat::Text {
            format!(
                "{position} -> {target}{}{}\n",
                partition.map_or(String::new(), |p| format!("/{p}")),
                key.map_or(String::new(), |k| format!("  key {k}"))
            )
        } else {
            let mut l = serde_json::json!({
                "from": position,
                "to": target,
                "partition": partition,
                "key": key,
            })
            .to_string();
            l.push('\n');
            l
        };
        out.write_all(line.as_bytes()).map_err(Error::Output)
    }
}

pub fn replay(
    cfg: &Config,
    dlq_topic: &str,
    opts: &ReplayOptions,
    interrupt: &Interrupt,
) -> Result<()> {
    let probe = OffsetProbe::new(&cfg.kafka, cfg.verbose)?;
    let mut partitions = probe.partitions(&[dlq_topic.to_string()])?;
    for p in &opts.partitions {
        if !partitions.iter().any(|(_, q)| q == p) {
            return Err(Error::NotFound(format!(
                "DLQ topic {dlq_topic:?} has no partition {p}"
            )));
        }
    }
    if !opts.partitions.is_empty() {
        partitions.retain(|(_, p)| opts.partitions.contains(p));
    }
    // A target that does not exist is an error before anything is read.
    if let Some(to) = &opts.to {
        probe.partitions(std::slice::from_ref(to))?;
    }
    let group = opts
        .group
        .clone()
        .unwrap_or_else(|| format!("evctl-replay-{dlq_topic}"));
    let watermarks = probe.watermarks(&partitions)?;
    let committed = probe.committed(&group, &partitions)?;
    let starts: Vec<(i32, i64)> = partitions
        .iter()
        .map(|key| {
            let (low, high) = watermarks[key];
            let start = match (opts.from, committed.get(key).copied().flatten()) {
                (Some(from), _) => from.clamp(low, high),
                (None, Some(c)) => c.clamp(low, high),
                (None, None) => low,
            };
            (key.1, start)
        })
        .collect();
    let ends: HashMap<i32, i64> = partitions
        .iter()
        .map(|key| (key.1, watermarks[key].1))
        .collect();
    let total: u64 = starts
        .iter()
        .map(|(p, s)| u64::try_from(ends[p] - s).unwrap_or(0))
        .sum();
    let reader = GroupReader::open(&probe, &group, dlq_topic)?;
    let producer = if opts.dry_run {
        None
    } else {
        let id = opts.transactional.then(|| format!("evctl-replay-{group}"));
        let producer = ReplayProducer::new(&cfg.kafka, id.as_deref(), cfg.verbose)?;
        if opts.transactional {
            // An empty transaction that commits the offsets the replay starts from (changing
            // nothing): a broker without transactions fails here, before anything is read.
            producer.begin()?;
            if let Err(e) = producer.commit_with_offsets(&starts, &reader) {
                producer.abort();
                return Err(e);
            }
        }
        Some(producer)
    };
    let mut run = Replay {
        cfg,
        opts,
        dlq: dlq_topic,
        reader,
        producer,
        progress: Progress::default(),
        summary: Summary {
            dry_run: opts.dry_run,
            ..Summary::default()
        },
        targets: HashMap::new(),
        names: Vec::new(),
        in_transaction: false,
        last_commit: Instant::now(),
        sent: 0,
        sent_at_commit: 0,
        committer: if opts.transactional || opts.dry_run {
            None
        } else {
            Some(Committer::start(GroupReader::open(
                &probe, &group, dlq_topic,
            )?))
        },
    };
    for (p, s) in &starts {
        run.progress.next.insert(*p, *s);
        if let Some(c) = committed
            .get(&(dlq_topic.to_string(), *p))
            .copied()
            .flatten()
        {
            run.progress.committed.insert(*p, c);
        }
    }
    let mut pace = Pace::new(
        opts.rate,
        Some(opts.limit.map_or(total, |l| l.min(total))),
        cfg.quiet,
    );
    // The group's client is borrowed by the loop and the replay alike: read with a second.
    let reading = GroupReader::open(&probe, &group, dlq_topic)?;
    let outcome = reading.read_to_end(
        &starts,
        &ends,
        || interrupt.is_set(),
        |m| run.handle(m, &mut pace),
    );
    drop(pace);
    // Whatever happened, settle what was sent and commit what is safe.
    let committed = run.commit();
    outcome?;
    committed?;
    super::finish(&run.summary, cfg, interrupt.is_set())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The offset a replay may commit is the first record not yet delivered: the lowest of
    /// what is in flight, what failed, and the next to read.
    #[test]
    fn the_safe_offset_never_passes_a_record_in_flight_or_failed() {
        let mut p = Progress::default();
        assert_eq!(p.safe(0), None, "nothing read yet");
        p.next.insert(0, 10);
        assert_eq!(p.safe(0), Some(10));
        p.in_flight.entry(0).or_default().extend([(7, 0), (4, 0)]);
        assert_eq!(p.safe(0), Some(4));
        assert_eq!(p.pending(), 2);
        p.failed.insert(0, 2);
        assert_eq!(p.safe(0), Some(2));
    }

    #[test]
    fn only_moved_offsets_are_committed_and_a_commit_covers_what_lies_below() {
        let mut p = Progress::default();
        p.next.insert(0, 5);
        p.next.insert(1, 3);
        p.uncovered.entry(0).or_default().extend([1, 2, 3, 4]);
        let offsets = p.to_commit().expect("both partitions moved");
        assert_eq!(offsets, [(0, 5), (1, 3)]);
        p.committed(&offsets);
        assert!(p.to_commit().is_none(), "nothing moved since");
        assert_eq!(p.uncovered(), 0, "offset 5 covers 1 to 4");
        // A later, lower confirmation does not move the committed offset back.
        p.confirm(0, 2);
        assert_eq!(p.committed.get(&0), Some(&5));
    }
}
