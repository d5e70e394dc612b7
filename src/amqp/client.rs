//! AMQP 0-9-1 through lapin: connecting, checking that exchanges and queues exist (never
//! declaring them by accident), and publishing with confirms.

use std::collections::VecDeque;

use lapin::options::{
    BasicPublishOptions, ConfirmSelectOptions, ExchangeDeclareOptions, QueueDeclareOptions,
};
use lapin::protocol::{AMQPErrorKind, AMQPHardError, AMQPSoftError};
use lapin::tcp::{OwnedIdentity, OwnedTLSConfig};
use lapin::types::{AMQPValue, FieldTable, ShortString};
use lapin::{
    BasicProperties, Channel, Confirmation, Connection, ConnectionProperties, ErrorKind,
    ExchangeKind, PublisherConfirm,
};

use crate::amqp_url::mask_password;
use crate::config::AmqpSettings;
use crate::delivery::DeliverySummary;
use crate::error::{Error, Result};

/// Translates a lapin error into ours: unreachable, refused or timed out is `Unavailable`
/// (exit 3); a missing exchange, queue or vhost is `NotFound` (exit 2).
pub fn amqp_error(what: &str, e: &lapin::Error, settings: &AmqpSettings) -> Error {
    let server = mask_password(&settings.url);
    match e.kind() {
        ErrorKind::ProtocolError(amqp) => match amqp.kind() {
            AMQPErrorKind::Soft(AMQPSoftError::NOTFOUND) => {
                Error::NotFound(format!("{what}: {}", amqp.get_message()))
            }
            AMQPErrorKind::Soft(AMQPSoftError::ACCESSREFUSED)
            | AMQPErrorKind::Hard(AMQPHardError::NOTALLOWED) => Error::Unavailable(format!(
                "{what}: RabbitMQ at {server} refused access: {}",
                amqp.get_message()
            )),
            _ => Error::Broker(format!("{what}: {}", amqp.get_message())),
        },
        _ => Error::Unavailable(format!("{what}: RabbitMQ at {server}: {e}")),
    }
}

pub async fn connect(settings: &AmqpSettings) -> Result<Connection> {
    let server = mask_password(&settings.url);
    // The name shows in the management UI and `rabbitmqctl list_connections`: who is this?
    let name = format!("evctl (pid {})", std::process::id());
    let properties = ConnectionProperties::default().with_connection_name(name.into());
    let tls = tls_config(settings)?;
    let runtime = lapin::runtime::default_runtime()
        .map_err(|e| Error::Unavailable(format!("no async runtime for AMQP: {e}")))?;
    let attempt = Connection::connect_with_config(&settings.url, properties, tls, runtime);
    match tokio::time::timeout(settings.timeout, attempt).await {
        Ok(Ok(connection)) => Ok(connection),
        Ok(Err(e)) => {
            let text = e.to_string();
            // RabbitMQ closes the socket after a failed login (ACCESS_REFUSED) or for an
            // unknown vhost; lapin reports either as a protocol error or a closed connection.
            if text.contains("ACCESS_REFUSED") || text.contains("403") {
                return Err(Error::Unavailable(format!(
                    "RabbitMQ at {server} refused the credentials: {text}"
                )));
            }
            if text.contains("vhost") || text.contains("NOT_ALLOWED") || text.contains("530") {
                return Err(Error::NotFound(format!(
                    "RabbitMQ at {server}: vhost {:?} refused or unknown: {text}",
                    settings.vhost
                )));
            }
            Err(amqp_error("connecting", &e, settings))
        }
        Err(_) => Err(Error::Unavailable(format!(
            "cannot reach RabbitMQ at {server} within {}",
            humantime::format_duration(settings.timeout)
        ))),
    }
}

/// The TLS files of the context, read now so a missing file is a configuration error.
fn tls_config(settings: &AmqpSettings) -> Result<OwnedTLSConfig> {
    let read = |path: &std::path::Path| {
        std::fs::read(path).map_err(|source| Error::File {
            path: path.display().to_string(),
            source,
        })
    };
    let cert_chain = match &settings.tls.ca {
        Some(ca) => Some(String::from_utf8(read(ca)?).map_err(|_| {
            Error::config(format!("{}: a CA bundle must be PEM text", ca.display()))
        })?),
        None => None,
    };
    let identity = match (&settings.tls.cert, &settings.tls.key) {
        (Some(cert), Some(key)) => Some(OwnedIdentity::PKCS8 {
            pem: read(cert)?,
            key: read(key)?,
        }),
        _ => None,
    };
    Ok(OwnedTLSConfig {
        identity,
        cert_chain,
    })
}

/// Fails with `NotFound` unless the exchange exists (the default exchange always does).
pub async fn check_exchange(
    channel: &Channel,
    exchange: &str,
    settings: &AmqpSettings,
) -> Result<()> {
    if exchange.is_empty() {
        return Ok(());
    }
    let options = ExchangeDeclareOptions {
        passive: true,
        ..ExchangeDeclareOptions::default()
    };
    channel
        .exchange_declare(
            exchange.into(),
            ExchangeKind::Direct,
            options,
            FieldTable::default(),
        )
        .await
        .map_err(|e| amqp_error(&format!("exchange {exchange:?}"), &e, settings))
}

/// Fails with `NotFound` unless the queue exists; returns its message and consumer counts.
pub async fn check_queue(
    channel: &Channel,
    queue: &str,
    settings: &AmqpSettings,
) -> Result<(u32, u32)> {
    let options = QueueDeclareOptions {
        passive: true,
        ..QueueDeclareOptions::default()
    };
    let q = channel
        .queue_declare(queue.into(), options, FieldTable::default())
        .await
        .map_err(|e| amqp_error(&format!("queue {queue:?}"), &e, settings))?;
    Ok((q.message_count(), q.consumer_count()))
}

/// The properties every message of a run carries, as its flags give them.
#[derive(Debug, Clone, Default)]
pub struct PropertyFlags<'a> {
    pub content_type: Option<&'a str>,
    pub message_id: Option<&'a str>,
    pub correlation_id: Option<&'a str>,
    pub message_type: Option<&'a str>,
    pub app_id: Option<&'a str>,
    pub priority: Option<u8>,
    /// Milliseconds, as text (AMQP carries it so).
    pub expiration: Option<&'a str>,
    pub transient: bool,
    /// Text headers.
    pub headers: &'a [(String, String)],
}

impl PropertyFlags<'_> {
    /// The AMQP properties; a value AMQP cannot carry is a usage error naming its flag.
    pub fn properties(&self) -> Result<Properties> {
        let short = |flag: &str, v: &str| {
            ShortString::try_new(v).map_err(|e| Error::usage(format!("--{flag}: {e}")))
        };
        let mut p =
            BasicProperties::default().with_delivery_mode(if self.transient { 1 } else { 2 });
        for (flag, value) in [
            ("content-type", self.content_type),
            ("message-id", self.message_id),
            ("correlation-id", self.correlation_id),
            ("type", self.message_type),
            ("app-id", self.app_id),
        ] {
            let Some(v) = value else { continue };
            let v = short(flag, v)?;
            p = match flag {
                "content-type" => p.with_content_type(v),
                "message-id" => p.with_message_id(v),
                "correlation-id" => p.with_correlation_id(v),
                "type" => p.with_type(v),
                _ => p.with_app_id(v),
            };
        }
        if let Some(v) = self.priority {
            p = p.with_priority(v);
        }
        if let Some(v) = self.expiration {
            if v.parse::<u64>().is_err() {
                return Err(Error::usage(format!(
                    "--expiration takes milliseconds, got {v:?}"
                )));
            }
            p = p.with_expiration(short("expiration", v)?);
        }
        if !self.headers.is_empty() {
            let mut table = FieldTable::default();
            for (k, v) in self.headers {
                table.insert(
                    short("header", k)?,
                    AMQPValue::LongString(v.as_str().into()),
                );
            }
            p = p.with_headers(table);
        }
        Ok(Properties(p))
    }
}

/// A message's properties, ready to publish.
#[derive(Debug, Clone)]
pub struct Properties(BasicProperties);

impl From<Properties> for BasicProperties {
    fn from(p: Properties) -> BasicProperties {
        p.0
    }
}

/// Publishes with confirms; counts acks, nacks and returned (unroutable) messages.
pub struct AmqpPublisher {
    /// Kept open for as long as the channel.
    _connection: Connection,
    channel: Channel,
    settings: AmqpSettings,
    pending: VecDeque<PublisherConfirm>,
    summary: DeliverySummary,
}

/// Confirms awaited at most this far behind the newest publish.
const WINDOW: usize = 1024;

impl AmqpPublisher {
    /// Connects and opens a channel with publisher confirms.
    pub async fn connect(settings: &AmqpSettings) -> Result<AmqpPublisher> {
        let connection = connect(settings).await?;
        let channel = connection
            .create_channel()
            .await
            .map_err(|e| amqp_error("opening a channel", &e, settings))?;
        channel
            .confirm_select(ConfirmSelectOptions::default())
            .await
            .map_err(|e| amqp_error("enabling publisher confirms", &e, settings))?;
        Ok(AmqpPublisher {
            _connection: connection,
            channel,
            settings: settings.clone(),
            pending: VecDeque::new(),
            summary: DeliverySummary::default(),
        })
    }

    pub fn channel(&self) -> &Channel {
        &self.channel
    }

    pub async fn publish(
        &mut self,
        exchange: &str,
        routing_key: &str,
        mandatory: bool,
        body: &[u8],
        properties: impl Into<BasicProperties>,
    ) -> Result<()> {
        let options = BasicPublishOptions {
            mandatory,
            ..BasicPublishOptions::default()
        };
        let confirm = self
            .channel
            .basic_publish(
                exchange.into(),
                routing_key.into(),
                options,
                body,
                properties.into(),
            )
            .await
            .map_err(|e| amqp_error("publishing", &e, &self.settings))?;
        self.pending.push_back(confirm);
        while self.pending.len() > WINDOW {
            self.settle_oldest().await;
        }
        Ok(())
    }

    async fn settle_oldest(&mut self) {
        let Some(confirm) = self.pending.pop_front() else {
            return;
        };
        match tokio::time::timeout(self.settings.timeout, confirm).await {
            Ok(Ok(Confirmation::Ack(None))) | Ok(Ok(Confirmation::NotRequested)) => {
                self.summary.delivered += 1;
            }
            Ok(Ok(Confirmation::Ack(Some(returned)))) => self.summary.fail(format!(
                "unroutable, returned by the broker ({} {})",
                returned.reply_code, returned.reply_text
            )),
            Ok(Ok(Confirmation::Nack(_))) => self.summary.fail("nacked by the broker".into()),
            Ok(Err(e)) => self.summary.fail(e.to_string()),
            Err(_) => self.summary.unconfirmed += 1,
        }
    }

    /// Waits for every outstanding confirm and says what became of each message.
    pub async fn finish(mut self) -> DeliverySummary {
        while !self.pending.is_empty() {
            self.settle_oldest().await;
        }
        let _ = self.channel.close(200, "evctl done".into()).await;
        self.summary
    }
}
