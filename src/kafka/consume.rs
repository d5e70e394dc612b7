//! Reading topics: without a group (assign, nothing left on the cluster) or as a member of a
//! consumer group (subscribe, offsets committed after output is written).

use std::cell::RefCell;
use std::collections::HashSet;
use std::time::Duration;

use rdkafka::Message;
use rdkafka::Offset;
use rdkafka::TopicPartitionList;
use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{BorrowedMessage, Headers};

use super::{EvctlContext, ReadFailure, add_at, broker_error, client_config, configuration_error};
use crate::config::KafkaSettings;
use crate::envelope::{HeaderRef, RecordRef};
use crate::error::{Error, Result};
use crate::start::StartFrom;

#[derive(Debug, Clone)]
pub struct TailOptions<'a> {
    pub topics: &'a [String],
    /// Only these partitions (empty: all).
    pub partitions: &'a [i32],
    pub from: StartFrom,
    pub group: Option<&'a str>,
    pub exit_at_end: bool,
    /// `isolation.level`, when asked for (librdkafka's default: read_committed).
    pub isolation: Option<&'static str>,
}

pub enum Polled<'a> {
    Message(Record<'a>),
    /// Nothing arrived within the poll timeout.
    Idle,
    /// With `exit_at_end`: every partition has been read to its end.
    AtEnd,
}

/// A record as read, borrowed from the client's buffers: what `tail`, `validate` and the
/// dashboard's Messages screen see of it.
pub struct Record<'a>(pub(super) BorrowedMessage<'a>);

impl Record<'_> {
    pub fn topic(&self) -> &str {
        self.0.topic()
    }

    pub fn partition(&self) -> i32 {
        self.0.partition()
    }

    pub fn offset(&self) -> i64 {
        self.0.offset()
    }

    /// The record's timestamp in milliseconds, if it has one.
    pub fn timestamp(&self) -> Option<i64> {
        self.0.timestamp().to_millis()
    }

    pub fn key(&self) -> Option<&[u8]> {
        self.0.key()
    }

    pub fn value(&self) -> Option<&[u8]> {
        self.0.payload()
    }

    /// The first header called `name`, if any, and its value (`None` for a null value).
    pub fn header(&self, name: &str) -> Option<&[u8]> {
        self.0
            .headers()
            .and_then(|h| h.iter().find(|h| h.key == name).and_then(|h| h.value))
    }

    /// Every header, in order. librdkafka parses (and allocates) a record's headers when they
    /// are first asked for, so they are asked for only once the iterator is used: printing a
    /// value alone never parses them.
    pub fn headers(&self) -> impl Iterator<Item = HeaderRef<'_>> + Clone {
        std::iter::once(&self.0).flat_map(|message| {
            let headers = message.headers();
            (0..headers.map_or(0, |h| h.count())).filter_map(move |i| {
                headers.map(|h| {
                    let header = h.get(i);
                    HeaderRef {
                        key: header.key,
                        value: header.value,
                    }
                })
            })
        })
    }

    /// The record to write, with its key and value as shown (decoded, or as they are).
    pub fn shown<'a>(&'a self, key: Option<&'a [u8]>, value: Option<&'a [u8]>) -> RecordRef<'a> {
        RecordRef {
            topic: self.0.topic(),
            partition: self.0.partition(),
            offset: self.0.offset(),
            timestamp: self.0.timestamp().to_millis(),
            key,
            value,
        }
    }
}

pub struct KafkaTail {
    consumer: BaseConsumer<EvctlContext>,
    settings: KafkaSettings,
    exit_at_end: bool,
    in_group: bool,
    /// Partitions read to their end (only tracked with `exit_at_end`).
    done: RefCell<HashSet<(String, i32)>>,
}

impl KafkaTail {
    pub fn open(
        settings: &KafkaSettings,
        verbose: u8,
        opts: &TailOptions<'_>,
    ) -> Result<KafkaTail> {
        let mut config = client_config(settings, verbose);
        config.set(
            "enable.partition.eof",
            if opts.exit_at_end { "true" } else { "false" },
        );
        config.set("enable.auto.commit", "false");
        config.set("enable.auto.offset.store", "false");
        // Larger fetches keep the tail loop fed (librdkafka's defaults favour latency).
        for (key, value) in super::READER_FETCH {
            config.set(*key, *value);
        }
        // librdkafka's assign() needs a group id even though no group is joined and nothing
        // is committed without --group; this one never appears on the cluster.
        config.set("group.id", opts.group.unwrap_or("evctl-tail-without-group"));
        if opts.group.is_some() {
            config.set(
                "auto.offset.reset",
                match opts.from {
                    StartFrom::Beginning => "earliest",
                    StartFrom::End => "latest",
                    _ => {
                        return Err(Error::usage(
                            "with --group, --from can only be beginning or end (it applies where the group has no committed offset)",
                        ));
                    }
                },
            );
        }
        for (key, value) in &settings.properties {
            config.set(key, value);
        }
        if let Some(level) = opts.isolation {
            config.set("isolation.level", level);
        }
        let consumer: BaseConsumer<EvctlContext> = config
            .create_with_context(EvctlContext::new(verbose))
            .map_err(|e| configuration_error(&e))?;

        // Look every topic up first: a missing topic is an error, never auto-created.
        let mut assignment = TopicPartitionList::new();
        for topic in opts.topics {
            let metadata = super::fetch_metadata(&consumer, Some(topic), settings)?;
            let available = super::partitions_of(&metadata, topic);
            for p in opts.partitions {
                if !available.contains(p) {
                    return Err(Error::NotFound(format!(
                        "topic {topic:?} has no partition {p} (it has {})",
                        available.len()
                    )));
                }
            }
            for p in available {
                if opts.partitions.is_empty() || opts.partitions.contains(&p) {
                    add_at(&mut assignment, topic, p, start_offset(opts.from))
                        .map_err(|e| Error::Broker(e.to_string()))?;
                }
            }
        }

        let tail = KafkaTail {
            consumer,
            settings: settings.clone(),
            exit_at_end: opts.exit_at_end,
            in_group: opts.group.is_some(),
            done: RefCell::new(HashSet::new()),
        };
        if opts.group.is_some() {
            let topics: Vec<&str> = opts.topics.iter().map(String::as_str).collect();
            tail.consumer
                .subscribe(&topics)
                .map_err(|e| tail.broker_error("joining the group", &e))?;
        } else {
            if let StartFrom::Time(ts) = opts.from {
                assignment = tail.offsets_for_time(&assignment, ts)?;
            }
            tail.consumer
                .assign(&assignment)
                .map_err(|e| tail.broker_error("assigning partitions", &e))?;
        }
        Ok(tail)
    }

    fn broker_error(&self, what: &str, e: &KafkaError) -> Error {
        broker_error(what, e, &self.settings, self.consumer.context().as_ref())
    }

    /// The first offset at or after `ts` in each partition (the end where there is none).
    fn offsets_for_time(
        &self,
        partitions: &TopicPartitionList,
        ts: i64,
    ) -> Result<TopicPartitionList> {
        let mut query = partitions.clone();
        query
            .set_all_offsets(Offset::Offset(ts))
            .map_err(|e| Error::Broker(e.to_string()))?;
        let found = self
            .consumer
            .offsets_for_times(query, self.settings.timeout)
            .map_err(|e| self.broker_error("looking up offsets for a time", &e))?;
        let mut result = TopicPartitionList::new();
        for elem in found.elements() {
            let offset = match elem.offset() {
                Offset::Offset(o) => Offset::Offset(o),
                _ => Offset::End,
            };
            add_at(&mut result, elem.topic(), elem.partition(), offset)
                .map_err(|e| Error::Broker(e.to_string()))?;
        }
        Ok(result)
    }

    /// Waits up to `timeout` for the next message.
    pub fn poll(&self, timeout: Duration) -> Result<Polled<'_>> {
        match self.consumer.poll(timeout) {
            None => Ok(Polled::Idle),
            Some(Ok(message)) => Ok(Polled::Message(Record(message))),
            Some(Err(KafkaError::PartitionEOF(partition))) => {
                if self.exit_at_end && self.reached_end(partition)? {
                    Ok(Polled::AtEnd)
                } else {
                    Ok(Polled::Idle)
                }
            }
            // Without --group the group id is only librdkafka's requirement for assign().
            Some(Err(e)) if !self.in_group && super::is_group_refusal(&e) => Ok(Polled::Idle),
            Some(Err(e)) => match super::read_failure(&e) {
                ReadFailure::Missing => Err(Error::NotFound(format!("reading messages: {e}"))),
                ReadFailure::Fatal => Err(self.broker_error("reading messages", &e)),
                ReadFailure::Transient => {
                    eprintln!("evctl: warning: {e}");
                    Ok(Polled::Idle)
                }
            },
        }
    }

    /// After an end-of-partition event for `partition` (librdkafka names no topic): marks the
    /// assigned partitions with that id that are read to their end, and says whether all
    /// assigned partitions now are. With one topic the event itself says so. With several
    /// topics sharing the id, each is compared with its high watermark: by position when a
    /// message was consumed (a position, unlike the last offset seen, moves past transaction
    /// markers), else by where reading started.
    fn reached_end(&self, partition: i32) -> Result<bool> {
        let assignment = self
            .consumer
            .assignment()
            .map_err(|e| self.broker_error("reading the assignment", &e))?;
        if assignment.count() == 0 {
            return Ok(false); // still joining the group
        }
        let positions = self
            .consumer
            .position()
            .map_err(|e| self.broker_error("reading positions", &e))?;
        let same_id: Vec<_> = assignment
            .elements()
            .into_iter()
            .filter(|e| e.partition() == partition)
            .map(|e| {
                let position = positions
                    .find_partition(e.topic(), partition)
                    .map_or(Offset::Invalid, |p| p.offset());
                (e.topic().to_string(), e.offset(), position)
            })
            .collect();
        let ambiguous = same_id.len() > 1;
        let mut done = self.done.borrow_mut();
        for (topic, assigned, position) in same_id {
            if !ambiguous || self.read_to_end(&topic, partition, assigned, position)? {
                done.insert((topic, partition));
            }
        }
        Ok(assignment
            .elements()
            .iter()
            .all(|e| done.contains(&(e.topic().to_string(), e.partition()))))
    }

    fn read_to_end(
        &self,
        topic: &str,
        partition: i32,
        assigned: Offset,
        position: Offset,
    ) -> Result<bool> {
        let (low, high) = self
            .consumer
            .fetch_watermarks(topic, partition, self.settings.timeout)
            .map_err(|e| self.broker_error("reading watermarks", &e))?;
        let next = match (position, assigned) {
            (Offset::Offset(p), _) => p,
            (_, Offset::Offset(o)) => o,
            (_, Offset::OffsetTail(n)) => (high - n).max(low),
            (_, Offset::End) => high,
            _ => low,
        };
        Ok(next >= high)
    }

    /// In a group: remembers that `message` was written, so the next commit covers it.
    pub fn mark_written(&self, record: &Record<'_>) -> Result<()> {
        if self.in_group {
            self.consumer
                .store_offset_from_message(&record.0)
                .map_err(|e| self.broker_error("storing an offset", &e))?;
        }
        Ok(())
    }

    /// In a group: commits what `mark_written` stored. `wait` blocks until the broker answers.
    pub fn commit(&self, wait: bool) -> Result<()> {
        if !self.in_group {
            return Ok(());
        }
        let mode = if wait {
            CommitMode::Sync
        } else {
            CommitMode::Async
        };
        match self.consumer.commit_consumer_state(mode) {
            Ok(()) => Ok(()),
            // Nothing stored since the last commit.
            Err(e) if e.rdkafka_error_code() == Some(RDKafkaErrorCode::NoOffset) => Ok(()),
            Err(e) => Err(self.broker_error("committing offsets", &e)),
        }
    }
}

fn start_offset(from: StartFrom) -> Offset {
    match from {
        StartFrom::Beginning => Offset::Beginning,
        StartFrom::End => Offset::End,
        StartFrom::Offset(o) => Offset::Offset(o),
        StartFrom::Tail(n) => Offset::OffsetTail(n),
        // Resolved by `offsets_for_time` before assigning.
        StartFrom::Time(_) => Offset::End,
    }
}
