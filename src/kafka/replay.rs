//! The producer side of a DLQ replay: an idempotent (or transactional) producer whose delivery
//! reports name the DLQ record they stand for, so the DLQ offset is committed only once every
//! record before it is acknowledged by the target.

use std::sync::Mutex;
use std::time::Duration;

use rdkafka::client::ClientContext;
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::producer::{BaseProducer, BaseRecord, DeliveryResult, Producer, ProducerContext};

use super::group_reader::GroupReader;
use super::produce::Headers;
use super::{EvctlContext, LastError, client_config, configuration_error};
use crate::config::KafkaSettings;
use crate::error::{Error, Result};

/// A DLQ record's position: (partition, offset).
pub type DlqPosition = (i32, i64);

/// What the target said about one replayed record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub from: DlqPosition,
    /// `None` when acknowledged, else why it failed.
    pub error: Option<String>,
}

pub struct ReplayContext {
    client: EvctlContext,
    reports: Mutex<Vec<Report>>,
}

impl ClientContext for ReplayContext {
    fn log(&self, level: RDKafkaLogLevel, fac: &str, log_message: &str) {
        self.client.log(level, fac, log_message);
    }

    fn error(&self, error: KafkaError, reason: &str) {
        self.client.error(error, reason);
    }
}

impl LastError for ReplayContext {
    fn last_error(&self) -> Option<String> {
        self.client.last_error()
    }

    fn refused(&self) -> Option<String> {
        self.client.refused()
    }
}

impl ProducerContext for ReplayContext {
    type DeliveryOpaque = Box<DlqPosition>;

    fn delivery(&self, result: &DeliveryResult<'_>, from: Box<DlqPosition>) {
        let error = result.as_ref().err().map(|(e, _)| e.to_string());
        if let Ok(mut reports) = self.reports.lock() {
            reports.push(Report { from: *from, error });
        }
    }
}

/// One record to replay, borrowed from the DLQ record.
pub struct Replayed<'a> {
    pub topic: &'a str,
    pub partition: Option<i32>,
    pub key: Option<&'a [u8]>,
    pub value: Option<&'a [u8]>,
    pub headers: Headers,
    pub from: DlqPosition,
}

pub struct ReplayProducer {
    inner: BaseProducer<ReplayContext>,
    settings: KafkaSettings,
    transactional: bool,
}

impl ReplayProducer {
    /// An idempotent producer; with `transactional_id`, a transactional one, initialised (and
    /// any earlier instance with that id fenced) before this returns.
    pub fn new(
        settings: &KafkaSettings,
        transactional_id: Option<&str>,
        verbose: u8,
    ) -> Result<ReplayProducer> {
        let mut config = client_config(settings, verbose);
        config
            .set("enable.idempotence", "true")
            .set("linger.ms", "1")
            .set("batch.num.messages", "10000")
            // Keys land where Java clients put them.
            .set("partitioner", "murmur2_random")
            .set(
                "message.timeout.ms",
                settings.timeout.as_millis().max(1).to_string(),
            );
        if let Some(id) = transactional_id {
            config
                .set("transactional.id", id)
                .set("transaction.timeout.ms", "60000");
        }
        for (key, value) in &settings.properties {
            config.set(key, value);
        }
        let context = ReplayContext {
            client: EvctlContext::new(verbose),
            reports: Mutex::new(Vec::new()),
        };
        let inner: BaseProducer<ReplayContext> = config
            .create_with_context(context)
            .map_err(|e| configuration_error(&e))?;
        if transactional_id.is_some() {
            inner
                .init_transactions(settings.timeout)
                .map_err(|e| no_transactions(&e, settings))?;
        }
        Ok(ReplayProducer {
            inner,
            settings: settings.clone(),
            transactional: transactional_id.is_some(),
        })
    }

    /// Queues one record; waits while librdkafka's queue is full. An error means the record
    /// was refused at once (no delivery report will come).
    pub fn send(&self, record: Replayed<'_>) -> std::result::Result<(), String> {
        let mut opaque = Box::new(record.from);
        let mut headers = Some(record.headers.0);
        loop {
            let mut r: BaseRecord<'_, [u8], [u8], Box<DlqPosition>> =
                BaseRecord::with_opaque_to(record.topic, opaque);
            r.headers = headers.take();
            if let Some(k) = record.key {
                r = r.key(k);
            }
            if let Some(v) = record.value {
                r = r.payload(v);
            }
            if let Some(p) = record.partition {
                r = r.partition(p);
            }
            match self.inner.send(r) {
                Ok(()) => return Ok(()),
                Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), back)) => {
                    opaque = back.delivery_opaque;
                    headers = back.headers;
                    self.inner.poll(Duration::from_millis(5));
                }
                Err((e, _)) => return Err(e.to_string()),
            }
        }
    }

    /// Serves the delivery reports queued (without waiting) and returns those that arrived
    /// since the last call.
    pub fn reports(&self) -> Vec<Report> {
        self.inner.poll(Duration::ZERO);
        self.inner
            .context()
            .reports
            .lock()
            .map(|mut r| std::mem::take(&mut *r))
            .unwrap_or_default()
    }

    /// Partition count of `topic`, or `None` when it does not exist.
    pub fn partition_count(&self, topic: &str) -> Result<Option<usize>> {
        match super::fetch_metadata(&self.inner, Some(topic), &self.settings) {
            Ok(m) => Ok(Some(super::partitions_of(&m, topic).len())),
            Err(Error::NotFound(_)) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn begin(&self) -> Result<()> {
        self.inner
            .begin_transaction()
            .map_err(|e| Error::Broker(format!("beginning a transaction: {e}")))
    }

    /// Commits the open transaction with the DLQ offsets in it.
    /// Commits the transaction with `offsets` committed for `reader`'s group in it.
    pub fn commit_with_offsets(&self, offsets: &[(i32, i64)], reader: &GroupReader) -> Result<()> {
        let (offsets, metadata) = reader.transaction_offsets(offsets)?;
        self.inner
            .send_offsets_to_transaction(&offsets, &metadata, self.settings.timeout)
            .map_err(|e| no_transactions(&e, &self.settings))?;
        self.inner
            .commit_transaction(self.settings.timeout)
            .map_err(|e| no_transactions(&e, &self.settings))
    }

    pub fn abort(&self) {
        if self.transactional {
            let _ = self.inner.abort_transaction(self.settings.timeout);
        }
    }
}

fn no_transactions(e: &KafkaError, settings: &KafkaSettings) -> Error {
    Error::Unavailable(format!(
        "--transactional: Kafka at {} cannot run the transaction: {e}",
        settings.brokers
    ))
}
