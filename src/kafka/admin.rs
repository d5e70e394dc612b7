//! Topic administration: listing and describing through metadata and watermarks, creating
//! and deleting through the Admin API.

use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, ResourceSpecifier, TopicReplication};
use rdkafka::consumer::BaseConsumer;
use rdkafka::error::RDKafkaErrorCode;
use rdkafka::metadata::MetadataPartition;
use serde::Serialize;

use super::log_dirs::{self, Sizes};
use super::{EvctlContext, broker_error, client_config, configuration_error, lookup_consumer};
use crate::config::KafkaSettings;
use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopicSummary {
    pub name: String,
    pub partitions: usize,
    pub replication_factor: usize,
    /// Sum over partitions of high minus low watermark.
    pub messages: i64,
    /// Bytes on disk over every partition and replica (`null` when the brokers would not say).
    pub size_bytes: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartitionInfo {
    pub partition: i32,
    pub leader: i32,
    pub replicas: Vec<i32>,
    pub isr: Vec<i32>,
    pub low_watermark: i64,
    pub high_watermark: i64,
    pub messages: i64,
    /// Bytes on disk over every replica (`null` when the brokers would not say).
    pub size_bytes: Option<i64>,
}

impl PartitionInfo {
    /// A partition as metadata describes it, with its (low, high) watermarks.
    pub fn new(p: &MetadataPartition, (low, high): (i64, i64)) -> PartitionInfo {
        PartitionInfo {
            partition: p.id(),
            leader: p.leader(),
            replicas: p.replicas().to_vec(),
            isr: p.isr().to_vec(),
            low_watermark: low,
            high_watermark: high,
            messages: (high - low).max(0),
            size_bytes: None,
        }
    }
}

/// Each partition's size in `sizes` (none when the sizes are unknown).
pub fn with_sizes(partitions: &mut [PartitionInfo], topic: &str, sizes: Option<&Sizes>) {
    for p in partitions {
        p.size_bytes = sizes.map(|s| {
            s.get(&(topic.to_string(), p.partition))
                .copied()
                .unwrap_or(0)
        });
    }
}

/// Where the brokers of `metadata` listen, as `host:port`.
pub fn broker_addresses(metadata: &rdkafka::metadata::Metadata) -> Vec<String> {
    metadata
        .brokers()
        .iter()
        .map(|b| format!("{}:{}", b.host(), b.port()))
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConfigValue {
    pub name: String,
    pub value: Option<String>,
    pub is_default: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopicDescription {
    pub name: String,
    pub partitions: Vec<PartitionInfo>,
    pub configs: Vec<ConfigValue>,
    /// Set when the broker would not describe the topic's configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub configs_error: Option<String>,
}

/// A broker as metadata names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BrokerInfo {
    pub id: i32,
    pub host: String,
    pub port: i32,
}

impl From<&TopicInfo> for TopicSummary {
    fn from(t: &TopicInfo) -> TopicSummary {
        TopicSummary {
            name: t.name.clone(),
            partitions: t.partitions.len(),
            replication_factor: t
                .partitions
                .iter()
                .map(|p| p.replicas.len())
                .max()
                .unwrap_or(0),
            messages: t.messages(),
            size_bytes: t.size_bytes(),
        }
    }
}

/// A topic's partitions, with their watermarks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopicInfo {
    pub name: String,
    pub partitions: Vec<PartitionInfo>,
}

impl TopicInfo {
    /// Bytes on disk over every partition and replica, if known.
    pub fn size_bytes(&self) -> Option<i64> {
        self.partitions.iter().map(|p| p.size_bytes).sum()
    }

    pub fn messages(&self) -> i64 {
        self.partitions.iter().map(|p| p.messages).sum()
    }

    /// Sum of the high watermarks: what grows as records are appended.
    pub fn end_offsets(&self) -> i64 {
        self.partitions.iter().map(|p| p.high_watermark).sum()
    }

    /// Partitions with fewer in-sync replicas than replicas.
    pub fn under_replicated(&self) -> usize {
        self.partitions
            .iter()
            .filter(|p| p.isr.len() < p.replicas.len())
            .count()
    }
}

/// The whole cluster at one moment: brokers, and every topic sorted by name.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct ClusterInfo {
    pub brokers: Vec<BrokerInfo>,
    pub topics: Vec<TopicInfo>,
}

pub struct TopicAdmin {
    settings: KafkaSettings,
    verbose: u8,
    lookup: BaseConsumer<EvctlContext>,
}

impl TopicAdmin {
    pub fn new(settings: &KafkaSettings, verbose: u8) -> Result<TopicAdmin> {
        Ok(TopicAdmin {
            settings: settings.clone(),
            verbose,
            lookup: lookup_consumer(settings, verbose)?,
        })
    }

    fn admin_client(&self) -> Result<AdminClient<EvctlContext>> {
        client_config(&self.settings, self.verbose)
            .create_with_context(EvctlContext::new(self.verbose))
            .map_err(|e| configuration_error(&e))
    }

    fn options(&self) -> AdminOptions {
        AdminOptions::new()
            .request_timeout(Some(self.settings.timeout))
            .operation_timeout(Some(self.settings.timeout))
    }

    fn watermarks(&self, topic: &str, partition: i32) -> Result<(i64, i64)> {
        super::watermarks(&self.lookup, topic, partition, &self.settings)
    }

    /// Sizes on disk of every partition, or why they are unknown (`-v` says).
    fn sizes(&self, metadata: &rdkafka::metadata::Metadata) -> Option<Sizes> {
        let brokers = broker_addresses(metadata);
        match log_dirs::sizes(&self.settings.properties, self.settings.timeout, &brokers) {
            Ok(sizes) => Some(sizes),
            Err(e) => {
                if self.verbose > 0 {
                    eprintln!("evctl: topic sizes unknown: {e}");
                }
                None
            }
        }
    }

    pub async fn describe(&self, name: &str) -> Result<TopicDescription> {
        let metadata = super::fetch_metadata(&self.lookup, Some(name), &self.settings)?;
        let mut partitions = Vec::new();
        for topic in metadata.topics().iter().filter(|t| t.name() == name) {
            for p in topic.partitions() {
                partitions.push(PartitionInfo::new(p, self.watermarks(name, p.id())?));
            }
        }
        partitions.sort_by_key(|p| p.partition);
        with_sizes(&mut partitions, name, self.sizes(&metadata).as_ref());

        let (configs, configs_error) = match self.configs(name).await {
            Ok(configs) => (configs, None),
            Err(e) => (Vec::new(), Some(e)),
        };
        Ok(TopicDescription {
            name: name.to_string(),
            partitions,
            configs,
            configs_error,
        })
    }

    /// A topic's configuration, sorted by name, secrets hidden; the error is the broker's
    /// word for why it would not say.
    pub async fn configs(&self, name: &str) -> std::result::Result<Vec<ConfigValue>, String> {
        let admin = self.admin_client().map_err(|e| e.to_string())?;
        let specifier = ResourceSpecifier::Topic(name);
        let results = admin
            .describe_configs([&specifier], &self.options())
            .await
            .map_err(|e| e.to_string())?;
        match results.into_iter().next() {
            Some(Ok(resource)) => {
                let mut configs: Vec<ConfigValue> = resource
                    .entries
                    .into_iter()
                    .map(|e| ConfigValue {
                        value: if e.is_sensitive { None } else { e.value },
                        name: e.name,
                        is_default: e.is_default,
                    })
                    .collect();
                configs.sort_by(|a, b| a.name.cmp(&b.name));
                Ok(configs)
            }
            Some(Err(code)) => Err(code.to_string()),
            None => Err("no answer".to_string()),
        }
    }

    pub async fn create(
        &self,
        name: &str,
        partitions: i32,
        replication_factor: i32,
        configs: &[(String, String)],
    ) -> Result<()> {
        if partitions < 1 {
            return Err(Error::usage("--partitions must be at least 1"));
        }
        let mut topic = NewTopic::new(
            name,
            partitions,
            TopicReplication::Fixed(replication_factor),
        );
        for (k, v) in configs {
            topic = topic.set(k, v);
        }
        // Ask about the topic first: an unreachable cluster or a refused login fails here,
        // where evctl serves the client's events, not after the Admin API's whole timeout.
        match super::fetch_metadata(&self.lookup, Some(name), &self.settings) {
            Ok(_) | Err(Error::NotFound(_)) => {}
            Err(e) => return Err(e),
        }
        let admin = self.admin_client()?;
        let results = admin
            .create_topics([&topic], &self.options())
            .await
            .map_err(|e| {
                broker_error(
                    "creating a topic",
                    &e,
                    &self.settings,
                    admin.inner().context().as_ref(),
                )
            })?;
        for result in results {
            if let Err((topic, code)) = result {
                return Err(match code {
                    RDKafkaErrorCode::TopicAlreadyExists => {
                        Error::usage(format!("topic {topic:?} already exists"))
                    }
                    RDKafkaErrorCode::InvalidTopic
                    | RDKafkaErrorCode::InvalidPartitions
                    | RDKafkaErrorCode::InvalidReplicationFactor
                    | RDKafkaErrorCode::InvalidConfig => {
                        Error::usage(format!("cannot create topic {topic:?}: {code}"))
                    }
                    _ => Error::Broker(format!("cannot create topic {topic:?}: {code}")),
                });
            }
        }
        Ok(())
    }

    pub async fn delete(&self, name: &str) -> Result<()> {
        // Check first so a missing topic gets the same clear error as everywhere else.
        super::fetch_metadata(&self.lookup, Some(name), &self.settings)?;
        let admin = self.admin_client()?;
        let results = admin
            .delete_topics(&[name], &self.options())
            .await
            .map_err(|e| {
                broker_error(
                    "deleting a topic",
                    &e,
                    &self.settings,
                    admin.inner().context().as_ref(),
                )
            })?;
        for result in results {
            if let Err((topic, code)) = result {
                return Err(Error::Broker(format!(
                    "cannot delete topic {topic:?}: {code}"
                )));
            }
        }
        Ok(())
    }
}
