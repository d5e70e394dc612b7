//! Reading one topic's partitions from given offsets up to given ends with a group's client,
//! and committing offsets for that group: what `dlq inspect` and `dlq replay` read a DLQ topic
//! with. Offsets are `(partition, next offset to read)` pairs; reading commits nothing.

use std::collections::{BTreeSet, HashMap};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::error::KafkaError;
use rdkafka::{Offset, TopicPartitionList};

use super::consume::Record;
use super::offsets::OffsetProbe;
use super::{EvctlContext, ReadFailure, add_at, broker_error};
use crate::config::KafkaSettings;
use crate::error::{Error, Result};

pub struct GroupReader {
    consumer: BaseConsumer<EvctlContext>,
    topic: String,
    settings: KafkaSettings,
}

impl GroupReader {
    /// A client of `group` for `topic`, fetching large and eagerly as `tail` does.
    pub fn open(probe: &OffsetProbe, group: &str, topic: &str) -> Result<GroupReader> {
        let mut properties = vec![("enable.partition.eof", "true")];
        properties.extend_from_slice(super::READER_FETCH);
        Ok(GroupReader {
            consumer: probe.group_client_with(group, &properties)?,
            topic: topic.to_string(),
            settings: probe.settings().clone(),
        })
    }

    /// Reads from `starts` up to `ends` (the watermarks seen at the start), calling `each` per
    /// record; `each` returns false to stop, and so does `stopped` (Ctrl-C). True when every
    /// partition was read to its end. Nothing arriving for the client's timeout is an error.
    pub fn read_to_end(
        &self,
        starts: &[(i32, i64)],
        ends: &HashMap<i32, i64>,
        stopped: impl Fn() -> bool,
        mut each: impl FnMut(&Record<'_>) -> Result<bool>,
    ) -> Result<bool> {
        let mut open: BTreeSet<i32> = starts
            .iter()
            .filter(|(p, start)| ends.get(p).is_some_and(|end| start < end))
            .map(|(p, _)| *p)
            .collect();
        if open.is_empty() {
            return Ok(true);
        }
        let opened: Vec<(i32, i64)> = starts
            .iter()
            .filter(|(p, _)| open.contains(p))
            .copied()
            .collect();
        let tpl = self.list(&opened)?;
        self.consumer
            .assign(&tpl)
            .map_err(|e| self.error("assigning DLQ partitions", &e))?;
        let mut quiet_since = Instant::now();
        while !open.is_empty() {
            if stopped() {
                return Ok(false);
            }
            match self.consumer.poll(Duration::from_millis(100)) {
                Some(Ok(m)) => {
                    quiet_since = Instant::now();
                    let record = Record(m);
                    let (p, o) = (record.partition(), record.offset());
                    let end = ends.get(&p).copied().unwrap_or(0);
                    if o >= end {
                        open.remove(&p);
                        continue;
                    }
                    if !each(&record)? {
                        return Ok(false);
                    }
                    if o + 1 >= end {
                        open.remove(&p);
                    }
                }
                // The partition's end came first (only markers were left).
                Some(Err(KafkaError::PartitionEOF(p))) => {
                    open.remove(&p);
                }
                // Reading needs no group: a replay's group is checked where its offsets are
                // read and committed, and inspect's is only librdkafka's requirement.
                Some(Err(e)) if super::is_group_refusal(&e) => {}
                // A broker that died: librdkafka fetches from the new leader by itself, and
                // the quiet time below still bounds the wait.
                Some(Err(e)) => match super::read_failure(&e) {
                    ReadFailure::Missing => {
                        return Err(Error::NotFound(format!(
                            "reading the DLQ {}: {e}",
                            self.topic
                        )));
                    }
                    ReadFailure::Fatal => return Err(self.error("reading the DLQ", &e)),
                    ReadFailure::Transient => eprintln!("evctl: warning: reading the DLQ: {e}"),
                },
                None if quiet_since.elapsed() > self.settings.timeout => {
                    return Err(Error::Unavailable(format!(
                        "reading the DLQ {}: nothing arrived for {} with partitions {open:?} \
                         unfinished",
                        self.topic,
                        humantime::format_duration(self.settings.timeout)
                    )));
                }
                None => {}
            }
        }
        Ok(true)
    }

    /// Commits `offsets` for the group and waits for the broker's answer.
    pub fn commit(&self, offsets: &[(i32, i64)]) -> std::result::Result<(), String> {
        let tpl = self.list(offsets).map_err(|e| e.to_string())?;
        super::commit_sync(&self.consumer, &tpl, self.settings.timeout).map_err(|e| e.to_string())
    }

    /// What a transaction needs to commit the group's offsets with the records it sent.
    pub(super) fn transaction_offsets(
        &self,
        offsets: &[(i32, i64)],
    ) -> Result<(TopicPartitionList, rdkafka::consumer::ConsumerGroupMetadata)> {
        let metadata = self.consumer.group_metadata().ok_or_else(|| {
            Error::Broker("the DLQ consumer has no group metadata for the transaction".into())
        })?;
        Ok((self.list(offsets)?, metadata))
    }

    fn list(&self, offsets: &[(i32, i64)]) -> Result<TopicPartitionList> {
        let mut tpl = TopicPartitionList::with_capacity(offsets.len());
        for (p, o) in offsets {
            add_at(&mut tpl, &self.topic, *p, Offset::Offset(*o))
                .map_err(|e| Error::Broker(e.to_string()))?;
        }
        Ok(tpl)
    }

    fn error(&self, doing: &str, e: &KafkaError) -> Error {
        broker_error(doing, e, &self.settings, self.consumer.context().as_ref())
    }
}

/// A commit's answer: the offsets committed, or why not.
pub type Committed = std::result::Result<Vec<(i32, i64)>, String>;

/// A thread with its own client of the group that commits the offsets it is given and answers
/// with each result, so a replay's sending does not stop for a commit's round trip.
pub struct Committer {
    ask: Sender<Vec<(i32, i64)>>,
    answers: Receiver<Committed>,
    /// A commit was asked for and not yet answered.
    in_flight: bool,
}

impl Committer {
    pub fn start(reader: GroupReader) -> Committer {
        let (ask, asked) = channel::<Vec<(i32, i64)>>();
        let (answer, answers) = channel();
        std::thread::spawn(move || {
            for offsets in asked {
                let result = reader.commit(&offsets).map(|()| offsets);
                if answer.send(result).is_err() {
                    return;
                }
            }
        });
        Committer {
            ask,
            answers,
            in_flight: false,
        }
    }

    /// Whether a commit was asked for and not yet answered.
    pub fn busy(&self) -> bool {
        self.in_flight
    }

    /// Hands `offsets` to the thread; false when the thread is gone.
    pub fn ask(&mut self, offsets: Vec<(i32, i64)>) -> bool {
        self.in_flight = self.ask.send(offsets).is_ok();
        self.in_flight
    }

    /// The answer that came, if one did.
    pub fn answered(&mut self) -> Option<Committed> {
        let answer = self.answers.try_recv().ok()?;
        self.in_flight = false;
        Some(answer)
    }

    /// Waits for the commit on its way, if any, so that no older commit lands after a newer
    /// one. `None` also when the thread is gone: the final commit is made without it.
    pub fn settle(&mut self) -> Option<Committed> {
        if !self.in_flight {
            return None;
        }
        self.in_flight = false;
        self.answers.recv().ok()
    }
}
