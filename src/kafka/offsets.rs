//! Inputs for lag: a group's committed offsets, high watermarks, and the timestamp of the
//! oldest unconsumed record of a partition.

use std::cell::RefCell;
use std::collections::HashMap;
use std::time::{Duration, Instant};

use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::Message;
use rdkafka::{Offset, TopicPartitionList};

use super::{EvctlContext, broker_error, client_config, configuration_error, lookup_consumer};
use crate::config::KafkaSettings;
use crate::error::{Error, Result};

/// One partition as seen at one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartitionOffsets {
    pub topic: String,
    pub partition: i32,
    /// `None` when the group committed nothing for this partition.
    pub committed: Option<i64>,
    pub low_watermark: i64,
    pub high_watermark: i64,
}

pub struct OffsetProbe {
    settings: KafkaSettings,
    verbose: u8,
    lookup: BaseConsumer<EvctlContext>,
    group_clients: RefCell<HashMap<String, BaseConsumer<EvctlContext>>>,
}

impl OffsetProbe {
    pub fn new(settings: &KafkaSettings, verbose: u8) -> Result<OffsetProbe> {
        Ok(OffsetProbe {
            settings: settings.clone(),
            verbose,
            lookup: lookup_consumer(settings, verbose)?,
            group_clients: RefCell::new(HashMap::new()),
        })
    }

    /// Every consumer group of the cluster.
    pub fn list_groups(&self) -> Result<Vec<super::groups::GroupListing>> {
        super::groups::list_groups(&self.lookup, &self.settings)
    }

    /// Every partition of `topics` (all topics when empty).
    pub fn partitions(&self, topics: &[String]) -> Result<Vec<(String, i32)>> {
        let mut out = Vec::new();
        if topics.is_empty() {
            let metadata = super::fetch_metadata(self.lookup.client(), None, &self.settings)?;
            for t in metadata.topics() {
                for p in t.partitions() {
                    out.push((t.name().to_string(), p.id()));
                }
            }
        } else {
            for topic in topics {
                let metadata =
                    super::fetch_metadata(self.lookup.client(), Some(topic), &self.settings)?;
                for p in super::partitions_of(&metadata, topic) {
                    out.push((topic.clone(), p));
                }
            }
        }
        out.sort();
        Ok(out)
    }

    /// The group's committed offsets and the watermarks of `partitions`, now. Asking for a
    /// group's offsets does not join it.
    pub fn sample(
        &self,
        group: &str,
        partitions: &[(String, i32)],
    ) -> Result<Vec<PartitionOffsets>> {
        // One client per group, kept across samples: its coordinator is found once.
        let mut clients = self.group_clients.borrow_mut();
        if !clients.contains_key(group) {
            let mut config = client_config(&self.settings, self.verbose);
            config
                .set("group.id", group)
                .set("enable.auto.commit", "false");
            let consumer: BaseConsumer<EvctlContext> = config
                .create_with_context(EvctlContext::new(self.verbose))
                .map_err(|e| configuration_error(&e))?;
            clients.insert(group.to_string(), consumer);
        }
        let consumer = &clients[group];
        let mut tpl = TopicPartitionList::new();
        for (topic, partition) in partitions {
            tpl.add_partition(topic, *partition);
        }
        let committed = consumer
            .committed_offsets(tpl, self.settings.timeout)
            .map_err(|e| {
                broker_error(
                    &format!("reading offsets of group {group:?}"),
                    &e,
                    &self.settings,
                    consumer.context().as_ref(),
                )
            })?;
        let committed: HashMap<(String, i32), Option<i64>> = committed
            .elements()
            .iter()
            .map(|e| {
                let offset = match e.offset() {
                    Offset::Offset(o) => Some(o),
                    _ => None,
                };
                ((e.topic().to_string(), e.partition()), offset)
            })
            .collect();
        let mut out = Vec::with_capacity(partitions.len());
        for (topic, partition) in partitions {
            let (low, high) = super::watermarks(&self.lookup, topic, *partition, &self.settings)?;
            out.push(PartitionOffsets {
                topic: topic.clone(),
                partition: *partition,
                committed: committed
                    .get(&(topic.clone(), *partition))
                    .copied()
                    .flatten(),
                low_watermark: low,
                high_watermark: high,
            });
        }
        Ok(out)
    }

    /// The timestamps (epoch ms) of the records at the given offsets: the oldest unconsumed
    /// record of each lagging partition. A partition whose record could not be read in time is
    /// missing from the answer.
    pub fn timestamps_at(
        &self,
        positions: &[(String, i32, i64)],
    ) -> Result<HashMap<(String, i32), i64>> {
        let mut found = HashMap::new();
        if positions.is_empty() {
            return Ok(found);
        }
        let mut config = client_config(&self.settings, self.verbose);
        config
            .set("group.id", "evctl-lag-without-group")
            .set("enable.auto.commit", "false")
            .set("enable.auto.offset.store", "false");
        let consumer: BaseConsumer<EvctlContext> = config
            .create_with_context(EvctlContext::new(self.verbose))
            .map_err(|e| configuration_error(&e))?;
        let mut tpl = TopicPartitionList::new();
        for (topic, partition, offset) in positions {
            tpl.add_partition_offset(topic, *partition, Offset::Offset(*offset))
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
        let deadline = Instant::now() + self.settings.timeout;
        while found.len() < positions.len() && Instant::now() < deadline {
            // Errors here are transient fetch errors; the deadline bounds the wait.
            if let Some(Ok(message)) = consumer.poll(Duration::from_millis(100)) {
                let key = (message.topic().to_string(), message.partition());
                if let Some(ts) = message.timestamp().to_millis() {
                    found.entry(key.clone()).or_insert(ts);
                }
                // One record per partition is all that is needed.
                let mut done = TopicPartitionList::new();
                done.add_partition(&key.0, key.1);
                let _ = consumer.pause(&done);
            }
        }
        Ok(found)
    }
}
