//! Reading RabbitMQ without harming anyone: peeking at a queue (get, then put everything
//! back), consuming it for real (`--ack`), or tapping an exchange through a temporary queue.

use std::time::Duration;

use futures_util::StreamExt;
use lapin::message::Delivery;
use lapin::options::{
    BasicAckOptions, BasicConsumeOptions, BasicGetOptions, BasicQosOptions, QueueBindOptions,
    QueueDeclareOptions,
};
use lapin::types::{AMQPValue, FieldTable, ShortString};
use lapin::{Channel, Connection, Consumer};

use super::client::{amqp_error, check_exchange, check_queue, connect};
use crate::config::AmqpSettings;
use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmqpSource {
    /// Get every message without acknowledging it; closing the channel requeues them all.
    Peek { queue: String },
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
    /// The tap's temporary queue and its consumer.
    tap: Option<(String, Consumer)>,
    /// A get found the queue empty.
    drained: bool,
}

impl AmqpTail {
    pub async fn open(settings: &AmqpSettings, source: AmqpSource) -> Result<AmqpTail> {
        let connection = connect(settings).await?;
        let channel = connection
            .create_channel()
            .await
            .map_err(|e| amqp_error("opening a channel", &e, settings))?;
        let mut tap = None;
        match &source {
            AmqpSource::Peek { queue } | AmqpSource::Consume { queue } => {
                check_queue(&channel, queue, settings).await?;
            }
            AmqpSource::Stream { queue, offset } => {
                check_queue(&channel, queue, settings).await?;
                // Streams deliver only to consumers with a prefetch, and need acks for credit.
                channel
                    .basic_qos(1000, BasicQosOptions::default())
                    .await
                    .map_err(|e| amqp_error("setting the prefetch", &e, settings))?;
                let mut arguments = FieldTable::default();
                arguments.insert("x-stream-offset".into(), offset.argument());
                let consumer = channel
                    .basic_consume(
                        queue.as_str().into(),
                        "evctl-stream".into(),
                        BasicConsumeOptions::default(),
                        arguments,
                    )
                    .await
                    .map_err(|e| amqp_error(&format!("reading stream {queue:?}"), &e, settings))?;
                tap = Some((queue.clone(), consumer));
            }
            AmqpSource::Tap {
                exchange,
                binding,
                matches,
            } => {
                check_exchange(&channel, exchange, settings).await?;
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
                        exchange.as_str().into(),
                        binding.as_str().into(),
                        QueueBindOptions::default(),
                        arguments,
                    )
                    .await
                    .map_err(|e| {
                        amqp_error(&format!("binding to exchange {exchange:?}"), &e, settings)
                    })?;
                let options = BasicConsumeOptions {
                    no_ack: true,
                    exclusive: true,
                    ..BasicConsumeOptions::default()
                };
                let consumer = channel
                    .basic_consume(
                        name.as_str().into(),
                        "evctl-tap".into(),
                        options,
                        FieldTable::default(),
                    )
                    .await
                    .map_err(|e| amqp_error("consuming the tap queue", &e, settings))?;
                tap = Some((name, consumer));
            }
        }
        Ok(AmqpTail {
            connection,
            channel,
            source,
            settings: settings.clone(),
            tap,
            drained: false,
        })
    }

    /// The queue messages are read from (the tap's temporary one for an exchange).
    pub fn queue(&self) -> &str {
        match (&self.source, &self.tap) {
            (
                AmqpSource::Peek { queue }
                | AmqpSource::Consume { queue }
                | AmqpSource::Stream { queue, .. },
                _,
            ) => queue,
            (_, Some((name, _))) => name,
            _ => "",
        }
    }

    /// True once a peek or consume found the queue empty.
    pub fn drained(&self) -> bool {
        self.drained
    }

    /// Peeks stop when the queue has been read: following would mean taking messages.
    pub fn is_peek(&self) -> bool {
        matches!(self.source, AmqpSource::Peek { .. })
    }

    /// The next message, or `None` when none came within `wait`.
    pub async fn next(&mut self, wait: Duration) -> Result<Option<Delivery>> {
        if let Some((_, consumer)) = &mut self.tap {
            return match tokio::time::timeout(wait, consumer.next()).await {
                Err(_) => Ok(None),
                Ok(Some(Ok(delivery))) => Ok(Some(delivery)),
                Ok(Some(Err(e))) => Err(lost(&e, &self.settings)),
                Ok(None) => Err(Error::Unavailable(
                    "RabbitMQ closed the tap's consumer".to_string(),
                )),
            };
        }
        let queue = self.queue().to_string();
        match self
            .channel
            .basic_get(queue.as_str().into(), BasicGetOptions { no_ack: false })
            .await
        {
            Ok(Some(message)) => Ok(Some(message.delivery)),
            Ok(None) => {
                self.drained = true;
                if !self.is_peek() {
                    tokio::time::sleep(wait).await;
                }
                Ok(None)
            }
            Err(e) => Err(lost(&e, &self.settings)),
        }
    }

    /// Called once `delivery` has been written: `--ack` removes it from the queue now.
    pub async fn written(&self, delivery: &Delivery) -> Result<()> {
        if matches!(
            self.source,
            AmqpSource::Consume { .. } | AmqpSource::Stream { .. }
        ) {
            delivery
                .acker
                .ack(BasicAckOptions::default())
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

fn lost(e: &lapin::Error, settings: &AmqpSettings) -> Error {
    match amqp_error("reading messages", e, settings) {
        Error::Unavailable(text) | Error::Broker(text) => {
            Error::Unavailable(format!("connection lost while tailing: {text}"))
        }
        other => other,
    }
}
