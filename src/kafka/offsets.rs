//! Inputs for lag: a group's committed offsets, high watermarks, and the timestamp of the
//! oldest unconsumed record of a partition.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::Message;
use rdkafka::{Offset, TopicPartitionList};

use super::offset_fetch::BatchFetch;
use super::transport::Security;
use super::{
    EvctlContext, add_at, broker_error, client_config, configuration_error, lookup_consumer,
};
use crate::config::KafkaSettings;
use crate::error::{Error, Result};

/// Partitions asked for in one ListOffsets request (see `list_offsets`). With 3,000
/// partitions the dashboard's lag tab at rest measured 2.2-2.3% of a CPU at 100, 2.4-2.5% at
/// 250 (fewer, costlier answers) and 3.3% at 50 (more requests).
const LIST_OFFSETS_BATCH: usize = 100;

pub struct OffsetProbe {
    settings: KafkaSettings,
    verbose: u8,
    lookup: BaseConsumer<EvctlContext>,
    /// Many groups' offsets in one request, where the transport can speak the context's
    /// security and the brokers take it; `None` once it is not usable, and librdkafka
    /// answers instead.
    batch: Mutex<Option<BatchFetch>>,
}

impl OffsetProbe {
    pub fn settings(&self) -> &KafkaSettings {
        &self.settings
    }

    pub fn new(settings: &KafkaSettings, verbose: u8) -> Result<OffsetProbe> {
        // A context whose files cannot be read is left to librdkafka, which names them.
        let batch = Security::from_properties(&settings.properties)
            .ok()
            .flatten()
            .map(|security| BatchFetch::new(&settings.brokers, settings.timeout, security));
        Ok(OffsetProbe {
            settings: settings.clone(),
            verbose,
            lookup: lookup_consumer(settings, verbose)?,
            batch: Mutex::new(batch),
        })
    }

    /// Every consumer group of the cluster.
    pub fn list_groups(&self) -> Result<Vec<super::groups::GroupListing>> {
        super::groups::list_groups(&self.lookup, &self.settings)
    }

    /// Describes groups (every group when `group` is `None`): state, protocol and members.
    /// DescribeGroups sees a KIP-848 group (`group.protocol=consumer`) as dead and empty;
    /// those are asked again with ConsumerGroupDescribe where the transport can.
    pub fn describe(
        &self,
        group: Option<&str>,
    ) -> Result<Vec<super::membership::GroupDescription>> {
        let mut described = super::membership::describe(&self.lookup, group, &self.settings)?;
        let unknown: Vec<String> = described
            .iter()
            .filter(|d| d.members.is_empty() && d.protocol_type.is_empty() && d.state == "Dead")
            .map(|d| d.group.clone())
            .collect();
        if unknown.is_empty() {
            return Ok(described);
        }
        let mut slot = self.batch.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(batch) = slot.as_mut() else {
            return Ok(described);
        };
        match batch.describe_consumer_groups(&unknown) {
            Ok(newer) => {
                for d in newer {
                    if let Some(old) = described.iter_mut().find(|o| o.group == d.group) {
                        *old = d;
                    }
                }
            }
            Err(e) => {
                if self.verbose >= 1 {
                    eprintln!("evctl: ConsumerGroupDescribe: {e}");
                }
            }
        }
        Ok(described)
    }

    /// Every partition of `topics` (all topics when empty).
    pub fn partitions(&self, topics: &[String]) -> Result<Vec<(String, i32)>> {
        let mut out = Vec::new();
        if topics.is_empty() {
            let metadata = super::fetch_metadata(&self.lookup, None, &self.settings)?;
            for t in metadata.topics() {
                for p in t.partitions() {
                    out.push((t.name().to_string(), p.id()));
                }
            }
        } else {
            for topic in topics {
                let metadata = super::fetch_metadata(&self.lookup, Some(topic), &self.settings)?;
                for p in super::partitions_of(&metadata, topic) {
                    out.push((topic.clone(), p));
                }
            }
        }
        out.sort();
        Ok(out)
    }

    /// Brokers and every topic with its partitions' leaders, replicas, ISR and watermarks:
    /// one metadata request and two batched ListOffsets, however many topics there are.
    pub fn cluster(&self) -> Result<super::admin::ClusterInfo> {
        use super::admin::{BrokerInfo, ClusterInfo, PartitionInfo, TopicInfo};
        let metadata = super::fetch_metadata(&self.lookup, None, &self.settings)?;
        let keys: Vec<(String, i32)> = metadata
            .topics()
            .iter()
            .flat_map(|t| {
                t.partitions()
                    .iter()
                    .map(|p| (t.name().to_string(), p.id()))
            })
            .collect();
        let low = self.list_offsets(&keys, Offset::Beginning)?;
        let high = self.list_offsets(&keys, Offset::End)?;
        let watermark = |key: &(String, i32)| {
            Some((
                low.get(key).copied().flatten()?,
                high.get(key).copied().flatten()?,
            ))
        };
        // Sizes are best effort: unknown (as `-`) where the brokers will not say.
        let sizes = super::log_dirs::sizes(
            &self.settings.properties,
            self.settings.timeout,
            &super::admin::broker_addresses(&metadata),
        )
        .map_err(|e| {
            if self.verbose > 0 {
                eprintln!("evctl: topic sizes unknown: {e}");
            }
        })
        .ok();
        // A topic deleted between the metadata and the offsets answer is left out.
        let mut topics: Vec<TopicInfo> = metadata
            .topics()
            .iter()
            .filter(|t| t.error().is_none() || !t.partitions().is_empty())
            .filter_map(|t| {
                let mut partitions = t
                    .partitions()
                    .iter()
                    .map(|p| {
                        Some(PartitionInfo::new(
                            p,
                            watermark(&(t.name().to_string(), p.id()))?,
                        ))
                    })
                    .collect::<Option<Vec<PartitionInfo>>>()?;
                partitions.sort_by_key(|p| p.partition);
                super::admin::with_sizes(&mut partitions, t.name(), sizes.as_ref());
                Some(TopicInfo {
                    name: t.name().to_string(),
                    partitions,
                })
            })
            .collect();
        topics.sort_by(|a, b| a.name.cmp(&b.name));
        let mut brokers: Vec<BrokerInfo> = metadata
            .brokers()
            .iter()
            .map(|b| BrokerInfo {
                id: b.id(),
                host: b.host().to_string(),
                port: b.port(),
            })
            .collect();
        brokers.sort_by_key(|b| b.id);
        Ok(ClusterInfo { brokers, topics })
    }

    /// Low and high watermarks of `partitions`, in two batched ListOffsets lookups (earliest,
    /// then latest) that librdkafka sends once per leader, not once per partition.
    pub fn watermarks(&self, partitions: &[(String, i32)]) -> Result<Watermarks> {
        self.watermarks_of(partitions, partitions)
    }

    /// `watermarks` of `partitions`, where only those of `low_too` get their low watermark
    /// read (the others show 0): lag needs it only where a group committed nothing.
    pub fn watermarks_of(
        &self,
        partitions: &[(String, i32)],
        low_too: &[(String, i32)],
    ) -> Result<Watermarks> {
        let low = self.list_offsets(low_too, Offset::Beginning)?;
        let high = self.list_offsets(partitions, Offset::End)?;
        let mut out = Watermarks::with_capacity_and_hasher(partitions.len(), Default::default());
        let read_low: HashSet<&(String, i32)> = low_too.iter().collect();
        for key in partitions {
            let low = match low.get(key).copied().flatten() {
                None if !read_low.contains(key) => Some(0),
                found => found,
            };
            match (low, high.get(key).copied().flatten()) {
                (Some(l), Some(h)) => {
                    out.insert(key.clone(), (l, h));
                }
                _ => {
                    return Err(Error::Broker(format!(
                        "reading watermarks of {}/{}: the broker gave no offset",
                        key.0, key.1
                    )));
                }
            }
        }
        Ok(out)
    }

    /// The offset of the first record at or after `time_ms` in each partition; `None` where
    /// no record is that recent.
    pub fn offsets_at(
        &self,
        partitions: &[(String, i32)],
        time_ms: i64,
    ) -> Result<HashMap<(String, i32), Option<i64>>> {
        self.list_offsets(partitions, Offset::Offset(time_ms))
    }

    /// Batched ListOffsets lookups: `query` is a timestamp, or earliest (-2) / latest (-1).
    /// librdkafka matches each partition of an answer to its request by a linear search, so
    /// one request for thousands of partitions costs quadratic time: they are asked in
    /// batches of `LIST_OFFSETS_BATCH`.
    fn list_offsets(
        &self,
        partitions: &[(String, i32)],
        query: Offset,
    ) -> Result<HashMap<(String, i32), Option<i64>>> {
        let mut found = HashMap::with_capacity(partitions.len());
        for batch in partitions.chunks(LIST_OFFSETS_BATCH) {
            let answer = match self.ask_offsets(batch, query) {
                // librdkafka refuses the whole request when one of its topics was deleted
                // since its metadata was read: ask again for the partitions that still exist.
                Err(KafkaError::MetadataFetch(RDKafkaErrorCode::UnknownTopicOrPartition)) => {
                    let metadata = super::fetch_metadata(&self.lookup, None, &self.settings)?;
                    let existing: HashSet<(&str, i32)> = metadata
                        .topics()
                        .iter()
                        .flat_map(|t| t.partitions().iter().map(move |p| (t.name(), p.id())))
                        .collect();
                    let (left, gone): (Vec<_>, Vec<_>) = batch
                        .iter()
                        .cloned()
                        .partition(|(t, p)| existing.contains(&(t.as_str(), *p)));
                    found.extend(gone.into_iter().map(|key| (key, None)));
                    self.ask_offsets(&left, query)
                }
                answer => answer,
            }
            .map_err(|e| {
                broker_error(
                    "listing offsets",
                    &e,
                    &self.settings,
                    self.lookup.context().as_ref(),
                )
            })?;
            for e in answer.elements() {
                if let Err(err) = e.error() {
                    // Deleted since its metadata was read: no offset, and the caller decides
                    // whether that is an error.
                    if matches!(
                        err,
                        KafkaError::OffsetFetch(
                            RDKafkaErrorCode::UnknownTopicOrPartition
                                | RDKafkaErrorCode::UnknownPartition
                        )
                    ) {
                        found.insert((e.topic().to_string(), e.partition()), None);
                        continue;
                    }
                    return Err(Error::Broker(format!(
                        "listing offsets of {}/{}: {err}",
                        e.topic(),
                        e.partition()
                    )));
                }
                let offset = match e.offset() {
                    Offset::Offset(o) => Some(o),
                    _ => None,
                };
                found.insert((e.topic().to_string(), e.partition()), offset);
            }
        }
        Ok(found)
    }

    fn ask_offsets(
        &self,
        partitions: &[(String, i32)],
        query: Offset,
    ) -> std::result::Result<TopicPartitionList, KafkaError> {
        let mut tpl = TopicPartitionList::with_capacity(partitions.len());
        for (topic, partition) in partitions {
            add_at(&mut tpl, topic, *partition, query)?;
        }
        if tpl.count() == 0 {
            return Ok(tpl);
        }
        self.lookup.offsets_for_times(tpl, self.settings.timeout)
    }

    /// The group's committed offsets for `partitions` (`None` where it committed nothing).
    /// Asking for a group's offsets does not join it.
    pub fn committed(&self, group: &str, partitions: &[(String, i32)]) -> Result<Committed> {
        self.committed_many(std::slice::from_ref(&group.to_string()), partitions)
            .map(|mut all| all.pop().unwrap_or_default())
    }

    /// `committed` for several groups at once, asked side by side through one client.
    pub fn committed_many(
        &self,
        groups: &[String],
        partitions: &[(String, i32)],
    ) -> Result<Vec<Committed>> {
        Ok(self
            .committed_many_unless(groups, partitions, None)?
            .1
            .unwrap_or_default())
    }

    /// `committed_many`, with a digest of what the brokers answered when the batched path
    /// served; the offsets are left unread (`None`) when that digest is `last`.
    pub fn committed_many_unless(
        &self,
        groups: &[String],
        partitions: &[(String, i32)],
        last: Option<u64>,
    ) -> Result<(Option<u64>, Option<Vec<Committed>>)> {
        // Asked for every partition it committed on (brokers look up what is stored instead
        // of each partition asked for), then narrowed: all groups in one request where the
        // listener and broker allow it, else one request per group through librdkafka.
        let (digest, all) = match self.batched(groups, last) {
            Some(answer) => {
                let (digest, all) = answer?;
                (Some(digest), all)
            }
            None => (
                None,
                Some(super::groups::list_group_offsets(
                    &self.lookup,
                    groups,
                    None,
                    &self.settings,
                )?),
            ),
        };
        let Some(all) = all else {
            return Ok((digest, None));
        };
        let wanted: HashSet<&(String, i32), foldhash::fast::RandomState> =
            partitions.iter().collect();
        let narrowed = all
            .into_iter()
            .map(|mut offsets| {
                offsets.retain(|key, _| wanted.contains(key));
                offsets
            })
            .collect();
        Ok((digest, Some(narrowed)))
    }

    /// Every offset `groups` committed, through `BatchFetch`, with its digest (the offsets
    /// unread when the digest is `last`); `None` when it is not usable.
    /// Its first failure (an old broker, a protocol surprise) leaves librdkafka to answer for
    /// the rest of the run. Once it has served, a failure is the cluster's (down,
    /// unreachable) and is returned as such: falling back then would only put librdkafka's
    /// admin calls through the same outage, and those can abort the process on a timed-out
    /// request (a librdkafka assertion, `rd_kafka_enq_once_del_source_return`, seen under
    /// `lag --watch` with the cluster down).
    fn batched(&self, groups: &[String], last: Option<u64>) -> Option<Result<Digested>> {
        let mut slot = self.batch.lock().unwrap_or_else(PoisonError::into_inner);
        let batch = slot.as_mut()?;
        let proven = batch.proven();
        match batch
            .supported()
            .and_then(|()| batch.committed_unless(groups, last))
        {
            Ok(answer) => Some(Ok(answer)),
            Err(e) if proven => Some(Err(Error::Unavailable(format!(
                "reading group offsets on {}: {e}",
                self.settings.brokers
            )))),
            Err(e) => {
                if self.verbose >= 1 {
                    eprintln!("evctl: reading group offsets through librdkafka: {e}");
                }
                *slot = None;
                None
            }
        }
    }

    /// Commits `offsets` (topic, partition, next offset to read) for `group`, as a member
    /// would, and waits for the broker to confirm.
    pub fn commit(&self, group: &str, offsets: &[(&str, i32, i64)]) -> Result<()> {
        let mut tpl = TopicPartitionList::with_capacity(offsets.len());
        for (topic, partition, offset) in offsets {
            add_at(&mut tpl, topic, *partition, Offset::Offset(*offset))
                .map_err(|e| Error::Broker(e.to_string()))?;
        }
        super::commit_sync(&self.group_client(group)?, &tpl, self.settings.timeout)
            .map_err(|e| Error::Broker(format!("committing offsets of group {group:?}: {e}")))
    }

    /// A client that speaks for `group` (reads and commits its offsets) without joining it.
    pub fn group_client(&self, group: &str) -> Result<BaseConsumer<EvctlContext>> {
        self.group_client_with(group, &[])
    }

    /// `group_client` with more client properties (before the user's `-X`).
    pub fn group_client_with(
        &self,
        group: &str,
        extra: &[(&str, &str)],
    ) -> Result<BaseConsumer<EvctlContext>> {
        let mut config = client_config(&self.settings, self.verbose);
        config
            .set("group.id", group)
            .set("enable.auto.commit", "false")
            .set("enable.auto.offset.store", "false");
        for (key, value) in extra {
            config.set(*key, *value);
        }
        for (key, value) in &self.settings.properties {
            config.set(key, value);
        }
        config
            .create_with_context(EvctlContext::new(self.verbose))
            .map_err(|e| configuration_error(&e))
    }

    /// What is at the given offsets: the oldest unconsumed record for each (topic, partition,
    /// committed offset, high watermark) given, several offsets of one partition included
    /// (groups at different places). One reader takes every partition: it starts at the
    /// lowest offset wanted, passes or seeks to the next, and leaves the partition when all
    /// are found. An offset whose record could not be read in time is missing from the answer.
    pub fn oldest_unread(
        &self,
        positions: &[(String, i32, i64, i64)],
    ) -> Result<HashMap<(String, i32, i64), Oldest>> {
        let mut found = HashMap::new();
        // Per partition: the offsets wanted (ascending, with their high watermarks) and how
        // many of them are answered.
        let mut wanted: BTreeMap<(String, i32), Wanted> = BTreeMap::new();
        for (topic, partition, from, high) in positions {
            wanted
                .entry((topic.clone(), *partition))
                .or_default()
                .0
                .push((*from, *high));
        }
        if wanted.is_empty() {
            return Ok(found);
        }
        for (list, _) in wanted.values_mut() {
            list.sort_unstable();
            list.dedup();
        }
        let mut config = client_config(&self.settings, self.verbose);
        config
            .set("group.id", "evctl-lag-without-group")
            .set("enable.auto.commit", "false")
            .set("enable.auto.offset.store", "false")
            .set("enable.partition.eof", "true")
            // Answers come at once: a lagging partition has data, an empty one an EOF.
            .set("fetch.wait.max.ms", "10");
        let consumer: BaseConsumer<EvctlContext> = config
            .create_with_context(EvctlContext::new(self.verbose))
            .map_err(|e| configuration_error(&e))?;
        let mut tpl = TopicPartitionList::new();
        for ((topic, partition), (list, _)) in &wanted {
            add_at(&mut tpl, topic, *partition, Offset::Offset(list[0].0))
                .map_err(|e| Error::Broker(e.to_string()))?;
        }
        consumer.assign(&tpl).map_err(|e| {
            broker_error(
                "assigning partitions",
                &e,
                &self.settings,
                consumer.context().as_ref(),
            )
        })?;
        let pause = |topic: &str, partition: i32| {
            let mut done = TopicPartitionList::new();
            done.add_partition(topic, partition);
            let _ = consumer.pause(&done);
        };
        // Records closer than this are read through rather than sought past.
        const SEEK_BEYOND: i64 = 500;
        let mut open = wanted.len();
        let deadline = Instant::now() + self.settings.timeout;
        while open > 0 && Instant::now() < deadline {
            match consumer.poll(Duration::from_millis(100)) {
                Some(Ok(message)) => {
                    let key = (message.topic().to_string(), message.partition());
                    let Some((list, next)) = wanted.get_mut(&key) else {
                        continue;
                    };
                    let Some(ts) = message.timestamp().to_millis() else {
                        continue;
                    };
                    // The first readable record at or after an offset is its oldest unread.
                    while *next < list.len() && list[*next].0 <= message.offset() {
                        found.insert((key.0.clone(), key.1, list[*next].0), Oldest::At(ts));
                        *next += 1;
                    }
                    if *next == list.len() {
                        open -= 1;
                        pause(&key.0, key.1);
                    } else if list[*next].0 > message.offset() + SEEK_BEYOND {
                        let _ = consumer.seek(
                            &key.0,
                            key.1,
                            Offset::Offset(list[*next].0),
                            Duration::from_millis(500),
                        );
                    }
                }
                // The end of a partition came before the records wanted: what lies between
                // them and the high watermark is not readable (transaction markers, aborted
                // records). The event names only the partition number, so every partition at
                // its end is looked at.
                Some(Err(KafkaError::PartitionEOF(_))) => {
                    let Ok(at) = consumer.position() else {
                        continue;
                    };
                    for e in at.elements() {
                        let Offset::Offset(position) = e.offset() else {
                            continue;
                        };
                        let key = (e.topic().to_string(), e.partition());
                        let Some((list, next)) = wanted.get_mut(&key) else {
                            continue;
                        };
                        if *next == list.len() {
                            continue;
                        }
                        while *next < list.len() && position >= list[*next].1 {
                            found.insert(
                                (key.0.clone(), key.1, list[*next].0),
                                Oldest::NothingReadable,
                            );
                            *next += 1;
                        }
                        if *next == list.len() {
                            open -= 1;
                            pause(&key.0, key.1);
                        }
                    }
                }
                // Other errors are transient fetch errors; the deadline bounds the wait.
                _ => {}
            }
        }
        Ok(found)
    }
}

/// The (offset, high watermark) pairs wanted of one partition, ascending, and how many of
/// them are answered.
type Wanted = (Vec<(i64, i64)>, usize);

/// A group's committed offset per partition (`None`: nothing committed).
/// A digest of the committed offsets read, and the offsets unless they were left unread.
type Digested = (u64, Option<Vec<Committed>>);

/// Low and high watermarks by partition (looked up once per group and partition a sample:
/// a fast hash).
pub type Watermarks = HashMap<(String, i32), (i64, i64), foldhash::fast::RandomState>;

pub type Committed = super::groups::GroupOffsets;

/// The oldest unconsumed record of a partition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Oldest {
    /// Its timestamp, epoch ms.
    At(i64),
    /// The offsets between the committed one and the high watermark hold no readable record.
    NothingReadable,
}
