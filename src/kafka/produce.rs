//! Producing to Kafka: an idempotent `BaseProducer` that counts every delivery report, so
//! that nothing is dropped without being reported.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use rdkafka::client::ClientContext;
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{Header, OwnedHeaders};
use rdkafka::producer::{BaseProducer, BaseRecord, DeliveryResult, Producer, ProducerContext};

use super::{EvctlContext, LastError, client_config, configuration_error, grace};
use crate::config::KafkaSettings;
pub use crate::delivery::DeliverySummary;
use crate::error::Result;

/// Counts delivery reports. Failures are grouped by reason so the summary can say why.
#[derive(Debug)]
pub struct DeliveryCounter {
    client: EvctlContext,
    delivered: AtomicU64,
    /// Every failure: refused at once or reported failed.
    failed: AtomicU64,
    /// Failures that came as delivery reports (of enqueued messages).
    delivery_failed: AtomicU64,
    reasons: Mutex<BTreeMap<String, u64>>,
}

impl ClientContext for DeliveryCounter {
    fn log(&self, level: RDKafkaLogLevel, fac: &str, log_message: &str) {
        self.client.log(level, fac, log_message);
    }

    fn error(&self, error: KafkaError, reason: &str) {
        self.client.error(error, reason);
    }
}

impl DeliveryCounter {
    fn record_failure(&self, reason: String) {
        self.failed.fetch_add(1, Ordering::Relaxed);
        if let Ok(mut reasons) = self.reasons.lock() {
            *reasons.entry(reason).or_default() += 1;
        }
    }
}

impl LastError for DeliveryCounter {
    fn last_error(&self) -> Option<String> {
        self.client.last_error()
    }

    fn refused(&self) -> Option<String> {
        self.client.refused()
    }
}

impl ProducerContext for DeliveryCounter {
    type DeliveryOpaque = ();

    fn delivery(&self, result: &DeliveryResult<'_>, _: ()) {
        match result {
            Ok(_) => {
                self.delivered.fetch_add(1, Ordering::Relaxed);
            }
            Err((e, _)) => {
                self.delivery_failed.fetch_add(1, Ordering::Relaxed);
                self.record_failure(e.to_string());
            }
        }
    }
}

/// One message to send, borrowed from the input buffer.
#[derive(Debug, Clone, Copy)]
pub struct Outgoing<'a> {
    pub topic: &'a str,
    pub partition: Option<i32>,
    pub timestamp: Option<i64>,
    pub key: Option<&'a [u8]>,
    pub value: Option<&'a [u8]>,
}

/// Producer tuning that the command decides (everything else comes from `-X`).
#[derive(Debug, Clone)]
pub struct ProducerOptions {
    pub acks: Option<&'static str>,
    pub compression: Option<&'static str>,
    /// librdkafka's `partitioner` (`murmur2_random`: where Kafka's Java clients put a key).
    pub partitioner: &'static str,
}

pub struct KafkaProducer {
    inner: BaseProducer<DeliveryCounter>,
    settings: KafkaSettings,
    since_poll: u32,
    warmed_up: bool,
    /// Messages librdkafka accepted (each gets exactly one delivery report).
    enqueued: u64,
}

/// Serve delivery reports every this many sends, so their queue stays short.
const POLL_EVERY: u32 = 1024;

/// While the last reports are awaited, flush (send what lingers, waking every broker thread)
/// at most this often.
const FLUSH_EVERY: Duration = Duration::from_millis(50);

impl KafkaProducer {
    pub fn new(
        settings: &KafkaSettings,
        options: &ProducerOptions,
        verbose: u8,
    ) -> Result<KafkaProducer> {
        let mut config = client_config(settings, verbose);
        // Our defaults, applied before the user's properties so `-X` can override them.
        let mut defaults = vec![
            ("enable.idempotence", "true"),
            ("linger.ms", "5"),
            ("batch.num.messages", "10000"),
            ("queue.buffering.max.messages", "500000"),
            ("partitioner", options.partitioner),
            // Connect to each broker as soon as it is known: a producer needs the leaders
            // anyway, and librdkafka's sparse connections hold the first one back ~10 ms
            // after the bootstrap connection closes (a third of a short run).
            ("enable.sparse.connections", "false"),
        ];
        let timeout_ms = settings.timeout.as_millis().max(1).to_string();
        if let Some(acks) = options.acks {
            defaults.push(("acks", acks));
            if acks != "all" {
                // The idempotent producer requires acks=all.
                defaults[0] = ("enable.idempotence", "false");
            }
        }
        if let Some(codec) = options.compression {
            defaults.push(("compression.type", codec));
        }
        for (key, value) in defaults {
            config.set(key, value);
        }
        config.set("message.timeout.ms", &timeout_ms);
        for (key, value) in &settings.properties {
            config.set(key, value);
        }
        let context = DeliveryCounter {
            client: EvctlContext::new(verbose),
            delivered: AtomicU64::new(0),
            failed: AtomicU64::new(0),
            delivery_failed: AtomicU64::new(0),
            reasons: Mutex::new(BTreeMap::new()),
        };
        let inner: BaseProducer<DeliveryCounter> = config
            .create_with_context(context)
            .map_err(|e| configuration_error(&e))?;
        Ok(KafkaProducer {
            inner,
            settings: settings.clone(),
            since_poll: 0,
            warmed_up: false,
            enqueued: 0,
        })
    }

    /// Queues one message; waits (serving delivery reports) while librdkafka's queue is full.
    /// A message librdkafka refuses at once (unknown partition, too large) counts as failed,
    /// like one that fails later.
    pub fn send(&mut self, msg: &Outgoing<'_>, headers: Option<&Headers>) {
        loop {
            let mut record: BaseRecord<'_, [u8], [u8]> = BaseRecord::to(msg.topic);
            if let Some(key) = msg.key {
                record = record.key(key);
            }
            if let Some(value) = msg.value {
                record = record.payload(value);
            }
            if let Some(p) = msg.partition {
                record = record.partition(p);
            }
            if let Some(ts) = msg.timestamp {
                record = record.timestamp(ts);
            }
            if let Some(h) = headers {
                record = record.headers(h.0.clone());
            }
            match self.inner.send(record) {
                Ok(()) => {
                    self.enqueued += 1;
                    break;
                }
                Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), _)) => {
                    self.inner.poll(Duration::from_millis(1));
                }
                Err((e, _)) => {
                    self.inner.context().record_failure(e.to_string());
                    break;
                }
            }
        }
        self.since_poll += 1;
        if self.since_poll >= POLL_EVERY {
            self.since_poll = 0;
            self.inner.poll(Duration::ZERO);
        }
    }

    /// Serves pending delivery reports without waiting.
    pub fn poll(&self) {
        self.inner.poll(Duration::ZERO);
    }

    /// Waits for every queued message to be acknowledged or to fail, and says which.
    pub fn finish(self) -> DeliverySummary {
        // rdkafka's flush() sleeps in steps of 100 ms; short steps end the run as soon as
        // the last acknowledgement arrives. A flush that times out leaves messages in
        // flight; they are counted as unconfirmed.
        // librdkafka's queue length also counts log and error events, so what is still out
        // is counted from our own figures: messages enqueued minus delivery reports received.
        let context = self.inner.context();
        let reported = || {
            context.delivered.load(Ordering::Relaxed)
                + context.delivery_failed.load(Ordering::Relaxed)
        };
        let deadline = Instant::now() + grace(self.settings.timeout);
        let mut flushed: Option<Instant> = None;
        while reported() < self.enqueued && Instant::now() < deadline {
            // A flush sends what lingers at once, and wakes every broker thread to do so;
            // between flushes the reports are waited for without waking anyone (a loop of
            // flushes spun a core while a new topic's leader was still unknown, and slowed
            // the brokers electing it).
            if flushed.is_none_or(|at| at.elapsed() >= FLUSH_EVERY) {
                let _ = self.inner.flush(Duration::from_millis(1));
                flushed = Some(Instant::now());
            } else {
                self.inner.poll(Duration::from_millis(1));
            }
        }
        self.inner.poll(Duration::ZERO);
        DeliverySummary {
            delivered: context.delivered.load(Ordering::Relaxed),
            failed: context.failed.load(Ordering::Relaxed),
            unconfirmed: self.enqueued.saturating_sub(reported()),
            reasons: context
                .reasons
                .lock()
                .map(|r| r.clone())
                .unwrap_or_default(),
        }
    }

    /// Metadata of `topic` through this producer's connection (fails for a missing topic);
    /// returns how many partitions it has.
    pub fn check_topic(&mut self, topic: &str) -> Result<usize> {
        let metadata = super::fetch_metadata(&self.inner, Some(topic), &self.settings)?;
        let partitions = metadata
            .topics()
            .first()
            .map_or(0, |t| t.partitions().len());
        if !self.warmed_up {
            // librdkafka drops the bootstrap connection once it learns the broker's id, and
            // an idempotent producer that asked for its producer id in that moment waits
            // 500 ms for a retry timer. A metadata answer makes it ask again at once, so
            // one more request, through the learned broker, saves that wait.
            self.warmed_up = true;
            super::fetch_metadata(&self.inner, Some(topic), &self.settings)?;
        }
        Ok(partitions)
    }
}

/// A record's headers, built once and sent with as many records as carry them.
pub struct Headers(pub(super) OwnedHeaders);

impl Headers {
    /// From name/value pairs, in order, duplicates kept.
    pub fn new<'a>(pairs: impl IntoIterator<Item = (&'a str, Option<&'a [u8]>)>) -> Headers {
        Headers(owned_headers(pairs))
    }
}

/// Kafka headers from name/value pairs, in order, duplicates kept.
pub fn owned_headers<'a>(
    pairs: impl IntoIterator<Item = (&'a str, Option<&'a [u8]>)>,
) -> OwnedHeaders {
    pairs
        .into_iter()
        .fold(OwnedHeaders::new(), |headers, (key, value)| {
            headers.insert(Header { key, value })
        })
}
