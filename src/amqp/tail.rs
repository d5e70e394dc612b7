//! Reading RabbitMQ without harming anyone: peeking at a queue (get, then put everything
//! back), consuming it for real (`--ack`), or tapping an exchange through a temporary queue.

use std::time::Duration;

use futures_util::StreamExt;
use lapin::message::Delivery;
use lapin::options::{
    BasicAckOptions, BasicConsumeOptions, BasicGetOptions, QueueBindOptions, QueueDeclareOptions,
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
    /// A server-named, exclusive, auto-delete queue bound to the exchange with a routing
    /// pattern, or (for a headers exchange) with header values that must all match.
    Tap {
        exchange: String,
        binding: String,
        matches: Vec<(String, String)>,
    },
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
            (AmqpSource::Peek { queue } | AmqpSource::Consume { queue }, _) => queue,
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
        if matches!(self.source, AmqpSource::Consume { .. }) {
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
