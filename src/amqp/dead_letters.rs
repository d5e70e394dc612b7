//! Dead-letter queues on RabbitMQ: reading a DLQ without a prefetch limit (every message stays
//! unacknowledged, and goes back to the queue when the channel closes, unless it is
//! acknowledged), checking targets, and publishing replays with confirms and `mandatory`.
//! `dlq inspect` and `dlq replay` decide; this talks to the broker.

use std::collections::VecDeque;
use std::time::Duration;

use futures_util::StreamExt;
use lapin::message::Delivery;
use lapin::options::{
    BasicAckOptions, BasicConsumeOptions, BasicPublishOptions, ConfirmSelectOptions,
};
use lapin::types::{AMQPValue, FieldArray, FieldTable, LongString};
use lapin::{Channel, Confirmation, Connection, Consumer, PublisherConfirm};

use super::client::{amqp_error, check_exchange, check_queue, connect};
use super::envelope::AmqpRecordRef;
use crate::config::AmqpSettings;
use crate::dlq::{REPLAY_COUNT, REPLAYED_AT, REPLAYED_FROM, is_dead_letter_header};
use crate::error::{Error, Result};

/// Nothing arriving for this long means the rest of the queue went to other consumers.
const QUIET: Duration = Duration::from_secs(2);

/// A consumer of a DLQ that acknowledges nothing by itself.
pub struct QueueReader {
    connection: Connection,
    channel: Channel,
    /// Behind a lock so that targets can be checked and replays published (which borrow the
    /// reader's connection) between reads.
    consumer: tokio::sync::Mutex<Consumer>,
    settings: AmqpSettings,
    /// Messages in the queue when reading began: no more are read (a replayed message that
    /// fails again comes back later, not into this run).
    pub count: u32,
}

/// A message read from a DLQ.
pub struct DeadMessage {
    delivery: Delivery,
    headers: FieldTable,
}

impl DeadMessage {
    pub fn headers(&self) -> &FieldTable {
        &self.headers
    }

    pub fn routing_key(&self) -> &str {
        self.delivery.routing_key.as_str()
    }

    /// The header `name` as text, for `--header` filters (numbers and booleans written out).
    pub fn text_header(&self, name: &str) -> Option<String> {
        match self.headers.inner().get(name)? {
            AMQPValue::LongString(s) => Some(String::from_utf8_lossy(s.as_bytes()).into_owned()),
            AMQPValue::ShortString(s) => Some(s.as_str().to_string()),
            AMQPValue::LongLongInt(n) => Some(n.to_string()),
            AMQPValue::LongInt(n) => Some(n.to_string()),
            AMQPValue::Boolean(b) => Some(b.to_string()),
            _ => None,
        }
    }

    /// The message as its envelope shows it, read from `queue`.
    pub fn record<'a>(&'a self, queue: &'a str) -> AmqpRecordRef<'a> {
        AmqpRecordRef {
            exchange: self.delivery.exchange.as_str(),
            routing_key: self.delivery.routing_key.as_str(),
            queue: Some(queue),
            redelivered: self.delivery.redelivered,
            properties: &self.delivery.properties,
            body: &self.delivery.data,
        }
    }
}

impl QueueReader {
    pub async fn open(settings: &AmqpSettings, queue: &str) -> Result<QueueReader> {
        let connection = connect(settings).await?;
        let channel = connection
            .create_channel()
            .await
            .map_err(|e| amqp_error("opening a channel", &e, settings))?;
        let count = check_queue(&channel, queue, settings).await?.0;
        // No prefetch limit: messages left in the DLQ stay unacknowledged until the channel
        // closes (which puts them back), and must not stall the rest.
        let consumer = channel
            .basic_consume(
                queue.into(),
                "evctl-dlq".into(),
                BasicConsumeOptions::default(),
                FieldTable::default(),
            )
            .await
            .map_err(|e| amqp_error(&format!("reading queue {queue:?}"), &e, settings))?;
        Ok(QueueReader {
            connection,
            channel,
            consumer: tokio::sync::Mutex::new(consumer),
            settings: settings.clone(),
            count,
        })
    }

    /// The next message, or `None` when none came for a while.
    pub async fn next(&self) -> Result<Option<DeadMessage>> {
        let mut consumer = self.consumer.lock().await;
        match tokio::time::timeout(QUIET, consumer.next()).await {
            Ok(Some(Ok(delivery))) => {
                let headers = delivery.properties.headers().clone().unwrap_or_default();
                Ok(Some(DeadMessage { delivery, headers }))
            }
            Ok(Some(Err(e))) => Err(amqp_error("reading the DLQ", &e, &self.settings)),
            Ok(None) | Err(_) => Ok(None),
        }
    }

    /// Checks targets on a channel of their own (a failed passive declare closes its channel).
    pub async fn checker(&self) -> Result<Checker<'_>> {
        Ok(Checker {
            reader: self,
            channel: self.open_channel().await?,
        })
    }

    /// Publishes replays on a channel of its own, with confirms.
    pub async fn republisher(&self) -> Result<Republisher<'_>> {
        let channel = self.open_channel().await?;
        channel
            .confirm_select(ConfirmSelectOptions::default())
            .await
            .map_err(|e| amqp_error("enabling publisher confirms", &e, &self.settings))?;
        Ok(Republisher {
            reader: self,
            channel,
            pending: VecDeque::new(),
        })
    }

    async fn open_channel(&self) -> Result<Channel> {
        self.connection
            .create_channel()
            .await
            .map_err(|e| amqp_error("opening a channel", &e, &self.settings))
    }

    /// Closes the channel: every message not acknowledged goes back to the DLQ.
    pub async fn close(self) {
        let _ = self.channel.close(200, "evctl done".into()).await;
        let _ = self.connection.close(200, "evctl done".into()).await;
    }
}

/// Passive checks that queues and exchanges exist.
pub struct Checker<'r> {
    reader: &'r QueueReader,
    channel: Channel,
}

impl Checker<'_> {
    /// Fails with `NotFound` unless the queue exists.
    pub async fn queue(&mut self, name: &str) -> Result<()> {
        self.after(
            check_queue(&self.channel, name, &self.reader.settings)
                .await
                .map(|_| ()),
        )
        .await
    }

    /// Fails with `NotFound` unless the exchange exists.
    pub async fn exchange(&mut self, name: &str) -> Result<()> {
        self.after(check_exchange(&self.channel, name, &self.reader.settings).await)
            .await
    }

    /// The broker closes the channel of a declare that failed: the next check gets another.
    async fn after(&mut self, result: Result<()>) -> Result<()> {
        if matches!(result, Err(Error::NotFound(_))) {
            self.channel = self.reader.open_channel().await?;
        }
        result
    }

    pub async fn close(self) {
        let _ = self.channel.close(200, "evctl done".into()).await;
    }
}

/// Where a replayed message goes: exchange and routing key (and more keys as `CC`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Target {
    pub exchange: String,
    pub routing_key: String,
    pub cc: Vec<String>,
}

impl Target {
    pub fn describe(&self) -> String {
        if self.exchange.is_empty() {
            format!("queue {}", self.routing_key)
        } else {
            format!("exchange {} key {}", self.exchange, self.routing_key)
        }
    }
}

/// A published replay awaiting its confirm, and the DLQ message to acknowledge then.
struct Pending<T> {
    confirm: PublisherConfirm,
    delivery_tag: u64,
    about: T,
}

/// Publishes replays and acknowledges each DLQ message only once its target confirmed it.
pub struct Republisher<'r> {
    reader: &'r QueueReader,
    channel: Channel,
    pending: VecDeque<Pending<(String, String)>>,
}

/// How a replayed message's headers change.
pub struct Replaying<'a> {
    /// The DLQ, for `evctl-replayed-from`.
    pub queue: &'a str,
    /// Times it was replayed before.
    pub replays: u32,
    /// Keep the dead-letter headers (`x-death`, ...).
    pub keep_dlq_headers: bool,
}

impl Republisher<'_> {
    /// Publishes `message` to `target`, `mandatory`, with its properties and its headers as
    /// `how` says. `position` names it in a warning if it fails.
    pub async fn publish(
        &mut self,
        message: &DeadMessage,
        target: &Target,
        how: &Replaying<'_>,
        position: String,
    ) -> Result<()> {
        let table = replay_headers(message.headers(), target, how);
        let properties = message.delivery.properties.clone().with_headers(table);
        let confirm = self
            .channel
            .basic_publish(
                target.exchange.as_str().into(),
                target.routing_key.as_str().into(),
                BasicPublishOptions {
                    mandatory: true,
                    ..BasicPublishOptions::default()
                },
                &message.delivery.data,
                properties,
            )
            .await
            .map_err(|e| amqp_error("publishing", &e, &self.reader.settings))?;
        self.pending.push_back(Pending {
            confirm,
            delivery_tag: message.delivery.delivery_tag,
            about: (target.describe(), position),
        });
        Ok(())
    }

    /// Replays published and not yet confirmed.
    pub fn pending(&self) -> usize {
        self.pending.len()
    }

    /// Waits for the oldest confirm, and acknowledges its DLQ message if the target took it.
    /// Returns the target and, if it was not replayed, the position and why.
    pub async fn settle_oldest(&mut self) -> Result<Option<(String, Option<(String, String)>)>> {
        let Some(p) = self.pending.pop_front() else {
            return Ok(None);
        };
        let timeout = self.reader.settings.timeout;
        let why = match tokio::time::timeout(timeout, p.confirm).await {
            Ok(Ok(Confirmation::Ack(None))) => None,
            Ok(Ok(Confirmation::Ack(Some(returned)))) => Some(format!(
                "unroutable, returned by the broker ({} {})",
                returned.reply_code, returned.reply_text
            )),
            Ok(Ok(Confirmation::Nack(_))) => Some("nacked by the broker".to_string()),
            Ok(Ok(Confirmation::NotRequested)) => Some("no confirm".to_string()),
            Ok(Err(e)) => Some(e.to_string()),
            Err(_) => Some(format!(
                "no confirm within {}",
                humantime::format_duration(timeout)
            )),
        };
        let (target, position) = p.about;
        // The target took it but the DLQ did not take the acknowledgement (its connection
        // went): it stays in the DLQ as well, and the next replay sends it again.
        let why = match why {
            None => self
                .reader
                .channel
                .basic_ack(p.delivery_tag, BasicAckOptions::default())
                .await
                .err()
                .map(|e| format!("replayed, but still in the DLQ too: acknowledging it: {e}")),
            failed => failed,
        };
        Ok(Some((target, why.map(|w| (position, w)))))
    }

    pub async fn close(self) {
        let _ = self.channel.close(200, "evctl done".into()).await;
    }
}

/// The headers a replay carries: the original ones without the dead-letter headers (unless
/// kept) and without an earlier replay's, then the replay count, time and source, and `CC`
/// for the target's further routing keys.
fn replay_headers(original: &FieldTable, target: &Target, how: &Replaying<'_>) -> FieldTable {
    let mut table = FieldTable::default();
    for (k, v) in original.inner() {
        let name = k.as_str();
        if (how.keep_dlq_headers || !is_dead_letter_header(name))
            && ![REPLAY_COUNT, REPLAYED_AT, REPLAYED_FROM].contains(&name)
        {
            table.insert(k.clone(), v.clone());
        }
    }
    table.insert(
        REPLAY_COUNT.into(),
        AMQPValue::LongLongInt(i64::from(how.replays) + 1),
    );
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    table.insert(REPLAYED_AT.into(), AMQPValue::LongString(now.into()));
    table.insert(
        REPLAYED_FROM.into(),
        AMQPValue::LongString(format!("queue {}", how.queue).into()),
    );
    if !target.cc.is_empty() {
        let cc: Vec<AMQPValue> = target
            .cc
            .iter()
            .map(|k| AMQPValue::LongString(LongString::from(k.as_bytes().to_vec())))
            .collect();
        table.insert("CC".into(), AMQPValue::FieldArray(FieldArray::from(cc)));
    }
    table
}
