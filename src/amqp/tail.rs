//! Reading RabbitMQ without harming anyone: peeking at a queue (consume without acknowledging,
//! then close the channel so everything goes back), consuming it for real (`--ack`), reading a
//! stream from an offset, or tapping an exchange through a temporary queue.

use std::time::Duration;

use futures_util::StreamExt;
use lapin::message::Delivery;
use lapin::options::{
    BasicAckOptions, BasicConsumeOptions, BasicQosOptions, QueueBindOptions, QueueDeclareOptions,
};
use lapin::types::{AMQPValue, FieldTable, ShortString};
use lapin::{Channel, Connection, Consumer};

use super::client::{amqp_error, check_exchange, check_queue, connect};
use super::envelope::AmqpRecordRef;
use crate::config::AmqpSettings;
use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmqpSource {
    /// Get the first `window` messages without acknowledging them (RabbitMQ's prefetch holds
    /// the rest back, so neither the server nor evctl holds more); closing the channel
    /// requeues them all, in their places.
    Peek { queue: String, window: u16 },
    /// Get and acknowledge each message once it has been written.
    Consume { queue: String },
    /// Read a stream queue from an offset: reading a stream removes nothing.
    Stream { queue: String, offset: StreamOffset },
    /// A server-named, exclusive, auto-delete queue bound to the exchange with a routing
    /// pattern, or (for a headers exchange) with header values that must all match.
    Tap {
        exchange: String,
        binding: String,
        matches: Vec<(String, String)>,
    },
}

/// Where reading a stream starts (`x-stream-offset`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StreamOffset {
    First,
    Last,
    Next,
    Offset(i64),
    /// Seconds since the epoch.
    Time(u64),
}

impl StreamOffset {
    fn argument(&self) -> AMQPValue {
        match self {
            StreamOffset::First => AMQPValue::LongString("first".into()),
            StreamOffset::Last => AMQPValue::LongString("last".into()),
            StreamOffset::Next => AMQPValue::LongString("next".into()),
            StreamOffset::Offset(o) => AMQPValue::LongLongInt(*o),
            StreamOffset::Time(t) => AMQPValue::Timestamp(*t),
        }
    }
}

pub struct AmqpTail {
    connection: Connection,
    channel: Channel,
    source: AmqpSource,
    settings: AmqpSettings,
    /// The queue read: the named one, or the tap's temporary one.
    queue: String,
    consumer: Consumer,
    /// Messages ready in a peeked or consumed queue when reading began: "the end" for -e.
    initial: u32,
    received: u32,
    /// How long nothing has arrived.
    idle: Duration,
    /// A peek or consume has read what the queue held when it began (or found it idle).
    drained: bool,
}

impl AmqpTail {
    pub async fn open(settings: &AmqpSettings, source: AmqpSource) -> Result<AmqpTail> {
        let connection = connect(settings).await?;
        let channel = connection
            .create_channel()
            .await
            .map_err(|e| amqp_error("opening a channel", &e, settings))?;
        let mut arguments = FieldTable::default();
        let mut initial = 0;
        let (queue, options) = match &source {
            AmqpSource::Peek { queue, window } => {
                initial = check_queue(&channel, queue, settings).await?.0;
                // It never acknowledges, so the server stops delivering at the window: what the
                // peek can see, and all it costs the server.
                set_prefetch(&channel, *window, settings).await?;
                (queue.clone(), BasicConsumeOptions::default())
            }
            AmqpSource::Consume { queue } => {
                initial = check_queue(&channel, queue, settings).await?.0;
                set_prefetch(&channel, PREFETCH, settings).await?;
                (queue.clone(), BasicConsumeOptions::default())
            }
            AmqpSource::Stream { queue, offset } => {
                check_queue(&channel, queue, settings).await?;
                // Streams deliver only to consumers with a prefetch, and need acks for credit.
                set_prefetch(&channel, PREFETCH, settings).await?;
                arguments.insert("x-stream-offset".into(), offset.argument());
                (queue.clone(), BasicConsumeOptions::default())
            }
            AmqpSource::Tap {
                exchange,
                binding,
                matches,
            } => {
                let name = declare_tap(&channel, exchange, binding, matches, settings).await?;
                let options = BasicConsumeOptions {
                    no_ack: true,
                    exclusive: true,
                    ..BasicConsumeOptions::default()
                };
                (name, options)
            }
        };
        let consumer = channel
            .basic_consume(queue.as_str().into(), "evctl".into(), options, arguments)
            .await
            .map_err(|e| amqp_error(&format!("reading queue {queue:?}"), &e, settings))?;
        let drained =
            initial == 0 && matches!(source, AmqpSource::Peek { .. } | AmqpSource::Consume { .. });
        Ok(AmqpTail {
            connection,
            channel,
            source,
            settings: settings.clone(),
            queue,
            consumer,
            initial,
            received: 0,
            idle: Duration::ZERO,
            drained,
        })
    }

    /// The queue messages are read from (the tap's temporary one for an exchange).
    pub fn queue(&self) -> &str {
        &self.queue
    }

    /// True once a peek or consume has read what the queue held when it began.
    pub fn drained(&self) -> bool {
        self.drained
    }

    /// Peeks stop when the queue has been read: following would mean taking messages.
    pub fn is_peek(&self) -> bool {
        matches!(self.source, AmqpSource::Peek { .. })
    }

    /// A peek that read its whole window of a queue holding more: the window and what the
    /// queue held when it began.
    pub fn peek_cut_short(&self) -> Option<(u16, u32)> {
        match self.source {
            AmqpSource::Peek { window, .. }
                if self.initial > u32::from(window) && self.received >= u32::from(window) =>
            {
                Some((window, self.initial))
            }
            _ => None,
        }
    }

    /// The next message, or `None` when none came within `wait`.
    pub async fn next(&mut self, wait: Duration) -> Result<Option<Delivered>> {
        if self.drained && self.is_peek() {
            return Ok(None);
        }
        match tokio::time::timeout(wait, self.consumer.next()).await {
            Err(_) => {
                // Quiet for a while although the count said more: other consumers took the
                // rest. (RabbitMQ pauses between deliveries now and then, so not at once.)
                self.idle += wait;
                if self.idle >= QUIET {
                    self.drained = true;
                }
                Ok(None)
            }
            Ok(Some(Ok(delivery))) => {
                self.idle = Duration::ZERO;
                self.received += 1;
                let window = match self.source {
                    AmqpSource::Peek { window, .. } => u32::from(window),
                    _ => u32::MAX,
                };
                if self.received >= self.initial.min(window) {
                    self.drained = true;
                }
                Ok(Some(Delivered(delivery)))
            }
            Ok(Some(Err(e))) => Err(lost(&e, &self.settings)),
            Ok(None) => Err(Error::Unavailable(format!(
                "connection lost while tailing: RabbitMQ cancelled the consumer of {:?}",
                self.queue
            ))),
        }
    }

    /// Called once `delivery` and everything before it have been written: acknowledges them
    /// all at once where acknowledging is due (`--ack` removes them; a stream needs it for
    /// credit). A peek never acknowledges; a tap has nothing to acknowledge.
    pub async fn written_through(&self, delivered: &Delivered) -> Result<()> {
        if matches!(
            self.source,
            AmqpSource::Consume { .. } | AmqpSource::Stream { .. }
        ) {
            delivered
                .0
                .acker
                .ack(BasicAckOptions { multiple: true })
                .await
                .map_err(|e| lost(&e, &self.settings))?;
        }
        Ok(())
    }

    /// Closes the channel (a peek's unacknowledged messages go back to the queue) and the
    /// connection (the tap's exclusive queue is deleted with it).
    pub async fn close(self) {
        let _ = self.channel.close(200, "evctl done".into()).await;
        let _ = self.connection.close(200, "evctl done".into()).await;
    }
}

/// A message as delivered, to write (`record`) and then acknowledge (`written_through`).
pub struct Delivered(Delivery);

impl Delivered {
    /// The message as written; `queue` names the queue it was read from, if any.
    pub fn record<'a>(&'a self, queue: Option<&'a str>) -> AmqpRecordRef<'a> {
        AmqpRecordRef {
            exchange: self.0.exchange.as_str(),
            routing_key: self.0.routing_key.as_str(),
            queue,
            redelivered: self.0.redelivered,
            properties: &self.0.properties,
            body: &self.0.data,
        }
    }
}

/// How long a peek or consume waits for the messages the queue held at the start before it
/// concludes that someone else consumed them.
const QUIET: Duration = Duration::from_secs(2);

/// At most this many unacknowledged messages in flight to a consumer that acknowledges.
pub const PREFETCH: u16 = 1000;

async fn set_prefetch(channel: &Channel, count: u16, settings: &AmqpSettings) -> Result<()> {
    channel
        .basic_qos(count, BasicQosOptions::default())
        .await
        .map_err(|e| amqp_error("setting the prefetch", &e, settings))
}

/// A server-named, exclusive, auto-delete queue bound to `exchange`; returns its name.
async fn declare_tap(
    channel: &Channel,
    exchange: &str,
    binding: &str,
    matches: &[(String, String)],
    settings: &AmqpSettings,
) -> Result<String> {
    check_exchange(channel, exchange, settings).await?;
    let options = QueueDeclareOptions {
        exclusive: true,
        auto_delete: true,
        ..QueueDeclareOptions::default()
    };
    let queue = channel
        .queue_declare("".into(), options, FieldTable::default())
        .await
        .map_err(|e| amqp_error("declaring the tap queue", &e, settings))?;
    let name = queue.name().as_str().to_string();
    let mut arguments = FieldTable::default();
    if !matches.is_empty() {
        arguments.insert("x-match".into(), AMQPValue::LongString("all".into()));
        for (k, v) in matches {
            let key = ShortString::try_new(k.as_str())
                .map_err(|e| Error::usage(format!("--match {k}: {e}")))?;
            arguments.insert(key, AMQPValue::LongString(v.as_str().into()));
        }
    }
    channel
        .queue_bind(
            name.as_str().into(),
            exchange.into(),
            binding.into(),
            QueueBindOptions::default(),
            arguments,
        )
        .await
        .map_err(|e| amqp_error(&format!("binding to exchange {exchange:?}"), &e, settings))?;
    Ok(name)
}

fn lost(e: &lapin::Error, settings: &AmqpSettings) -> Error {
    match amqp_error("reading messages", e, settings) {
        Error::Unavailable(text) | Error::Broker(text) => {
            Error::Unavailable(format!("connection lost while tailing: {text}"))
        }
        other => other,
    }
}
