//! RabbitMQ's management HTTP API (plugin `rabbitmq_management`): queue statistics.

use std::collections::BTreeMap;

use base64::Engine as _;
use serde::{Deserialize, Serialize};

use crate::config::AmqpSettings;
use crate::error::{Error, Result};
use crate::lag::{QueueCounts, StreamConsumerLag};

/// A queue with the offset lag of each stream consumer reading it (none but for streams).
pub type QueueReading = (QueueStats, Vec<StreamConsumerLag>);

/// One queue as `GET /api/queues/{vhost}/{name}` describes it. Rates are messages per second
/// over the API's last sample interval; absent until the queue has seen traffic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueueStats {
    pub name: String,
    pub vhost: String,
    /// classic, quorum or stream.
    #[serde(rename = "type", default)]
    pub kind: String,
    #[serde(default)]
    pub durable: bool,
    #[serde(default)]
    pub messages_ready: u64,
    #[serde(default)]
    pub messages_unacknowledged: u64,
    #[serde(default)]
    pub messages: u64,
    #[serde(default)]
    pub consumers: u64,
    pub consumer_utilisation: Option<f64>,
    #[serde(default)]
    pub arguments: BTreeMap<String, serde_json::Value>,
    #[serde(default)]
    pub message_stats: Option<MessageStats>,
}

/// A stream-protocol consumer of a stream queue (`/api/stream/consumers`, plugin
/// `rabbitmq_stream_management`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct StreamConsumer {
    pub queue: QueueRef,
    #[serde(default)]
    pub connection_details: ConnectionRef,
    #[serde(default)]
    pub subscription_id: u64,
    /// Offset of the last chunk delivered to it.
    #[serde(default)]
    pub offset: u64,
    /// Messages in the stream after that offset.
    #[serde(default)]
    pub offset_lag: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct QueueRef {
    pub name: String,
    pub vhost: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
pub struct ConnectionRef {
    #[serde(default)]
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MessageStats {
    pub publish_details: Option<Rate>,
    pub deliver_get_details: Option<Rate>,
    pub ack_details: Option<Rate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rate {
    pub rate: f64,
}

impl QueueStats {
    /// What lag judges of this reading.
    pub fn counts(&self) -> QueueCounts {
        QueueCounts {
            vhost: self.vhost.clone(),
            name: self.name.clone(),
            kind: self.kind.clone(),
            ready: self.messages_ready,
            unacked: self.messages_unacknowledged,
            consumers: self.consumers,
            ack_rate: self.ack_rate(),
            publish_rate: self.publish_rate(),
        }
    }

    pub fn publish_rate(&self) -> f64 {
        self.rate(|s| s.publish_details.as_ref())
    }

    pub fn deliver_rate(&self) -> f64 {
        self.rate(|s| s.deliver_get_details.as_ref())
    }

    pub fn ack_rate(&self) -> f64 {
        self.rate(|s| s.ack_details.as_ref())
    }

    fn rate(&self, pick: impl Fn(&MessageStats) -> Option<&Rate>) -> f64 {
        self.message_stats
            .as_ref()
            .and_then(pick)
            .map_or(0.0, |r| r.rate)
    }
}

/// One exchange as `GET /api/exchanges` describes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExchangeInfo {
    pub name: String,
    pub vhost: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub durable: bool,
    #[serde(default)]
    pub auto_delete: bool,
    #[serde(default)]
    pub internal: bool,
    #[serde(default)]
    pub arguments: BTreeMap<String, serde_json::Value>,
    #[serde(default)]
    pub message_stats: Option<ExchangeStats>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ExchangeStats {
    pub publish_in_details: Option<Rate>,
    pub publish_out_details: Option<Rate>,
}

impl ExchangeInfo {
    pub fn rates(&self) -> (f64, f64) {
        let stats = self.message_stats.as_ref();
        let rate = |r: Option<&Rate>| r.map_or(0.0, |r| r.rate);
        (
            rate(stats.and_then(|s| s.publish_in_details.as_ref())),
            rate(stats.and_then(|s| s.publish_out_details.as_ref())),
        )
    }
}

/// One binding: messages from `source` matching `routing_key` (or `arguments` for a headers
/// exchange) go to `destination`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BindingInfo {
    pub source: String,
    pub vhost: String,
    pub destination: String,
    pub destination_type: String,
    #[serde(default)]
    pub routing_key: String,
    #[serde(default)]
    pub arguments: BTreeMap<String, serde_json::Value>,
}

pub struct ManagementClient {
    agent: ureq::Agent,
    base: String,
    authorization: String,
}

impl ManagementClient {
    /// A client of `settings.management_url`; an https API is trusted through the context's
    /// `tls-ca` (the CA that signs the broker) when one is set.
    pub fn new(settings: &AmqpSettings) -> Result<ManagementClient> {
        let credentials = format!(
            "{}:{}",
            settings.management_user, settings.management_password
        );
        Ok(ManagementClient {
            agent: crate::http::agent(settings.timeout, settings.tls.ca.as_deref())?,
            base: settings.management_url.trim_end_matches('/').to_string(),
            authorization: format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(credentials)
            ),
        })
    }

    /// Every queue, or those of one vhost, sorted by vhost and name.
    pub fn queues(&self, vhost: Option<&str>) -> Result<Vec<QueueStats>> {
        let path = match vhost {
            Some(v) => format!("/api/queues/{}", encode_segment(v)),
            None => "/api/queues".to_string(),
        };
        let mut queues: Vec<QueueStats> = self.get(&path, &listing_of(vhost))?;
        queues.sort_by(|a, b| (&a.vhost, &a.name).cmp(&(&b.vhost, &b.name)));
        Ok(queues)
    }

    /// Stream-protocol consumers of every stream, or `None` where the server does not expose
    /// them (the `rabbitmq_stream_management` plugin is not enabled).
    pub fn stream_consumers(&self) -> Result<Option<Vec<StreamConsumer>>> {
        match self.get("/api/stream/consumers", "stream consumers") {
            Err(Error::NotFound(_)) => Ok(None),
            other => other.map(Some),
        }
    }

    /// The queues `keep` accepts, each with its stream consumers' offset lag, as `lag --queue`
    /// and the dashboard judge them. The flag is false when a stream was read but the broker
    /// does not expose stream consumers (no rabbitmq_stream_management plugin).
    pub fn queue_readings(
        &self,
        keep: impl Fn(&QueueStats) -> bool,
    ) -> Result<(Vec<QueueReading>, bool)> {
        let queues: Vec<QueueStats> = self.queues(None)?.into_iter().filter(|q| keep(q)).collect();
        let (streams, exposed) = if queues.iter().any(|q| q.kind == "stream") {
            match self.stream_consumers()? {
                Some(found) => (found, true),
                None => (Vec::new(), false),
            }
        } else {
            (Vec::new(), true)
        };
        let readings = queues
            .into_iter()
            .map(|q| {
                let consumers = streams
                    .iter()
                    .filter(|c| c.queue.vhost == q.vhost && c.queue.name == q.name)
                    .map(|c| StreamConsumerLag {
                        connection: c.connection_details.name.clone(),
                        subscription_id: c.subscription_id,
                        offset: c.offset,
                        offset_lag: c.offset_lag,
                    })
                    .collect();
                (q, consumers)
            })
            .collect();
        Ok((readings, exposed))
    }

    /// Every exchange, or those of one vhost, sorted by vhost and name.
    pub fn exchanges(&self, vhost: Option<&str>) -> Result<Vec<ExchangeInfo>> {
        let path = match vhost {
            Some(v) => format!("/api/exchanges/{}", encode_segment(v)),
            None => "/api/exchanges".to_string(),
        };
        let mut exchanges: Vec<ExchangeInfo> = self.get(&path, &listing_of(vhost))?;
        exchanges.sort_by(|a, b| (&a.vhost, &a.name).cmp(&(&b.vhost, &b.name)));
        Ok(exchanges)
    }

    /// Every binding, or those of one vhost, sorted by source, destination and key.
    pub fn bindings(&self, vhost: Option<&str>) -> Result<Vec<BindingInfo>> {
        let path = match vhost {
            Some(v) => format!("/api/bindings/{}", encode_segment(v)),
            None => "/api/bindings".to_string(),
        };
        let mut bindings: Vec<BindingInfo> = self.get(&path, &listing_of(vhost))?;
        bindings.sort_by(|a, b| {
            (&a.vhost, &a.source, &a.destination, &a.routing_key).cmp(&(
                &b.vhost,
                &b.source,
                &b.destination,
                &b.routing_key,
            ))
        });
        Ok(bindings)
    }

    pub fn queue(&self, vhost: &str, name: &str) -> Result<QueueStats> {
        let path = format!(
            "/api/queues/{}/{}",
            encode_segment(vhost),
            encode_segment(name)
        );
        self.get(&path, &format!("queue {name:?} in vhost {vhost:?}"))
    }

    fn get<T: serde::de::DeserializeOwned>(&self, path: &str, what: &str) -> Result<T> {
        let url = format!("{}{path}", self.base);
        let mut response = self
            .agent
            .get(&url)
            .header("Authorization", &self.authorization)
            .call()
            .map_err(|e| {
                Error::Unavailable(format!(
                    "cannot reach the RabbitMQ management API at {}: {e} (is the management plugin enabled? `rabbitmq-plugins enable rabbitmq_management` on the server; or point --management-url at it)",
                    self.base
                ))
            })?;
        let status = response.status().as_u16();
        let body = response.body_mut().read_to_string().map_err(|e| {
            Error::Unavailable(format!(
                "reading from the management API at {}: {e}",
                self.base
            ))
        })?;
        match status {
            200 => serde_json::from_str(&body)
                .map_err(|e| Error::Broker(format!("unexpected answer from {url}: {e}"))),
            401 | 403 => Err(Error::Unavailable(format!(
                "the RabbitMQ management API at {} refused the credentials (HTTP {status})",
                self.base
            ))),
            404 => Err(Error::NotFound(format!(
                "{what} not found on {}",
                self.base
            ))),
            _ => Err(Error::Broker(format!(
                "the management API at {} answered HTTP {status} for {path}",
                self.base
            ))),
        }
    }
}

/// What a listing is of, as a 404 names it: only a vhost can be missing.
fn listing_of(vhost: Option<&str>) -> String {
    vhost.map_or_else(|| "the listing".to_string(), |v| format!("vhost {v:?}"))
}

/// Percent-encodes one path segment (vhost `/` becomes `%2F`).
pub(crate) fn encode_segment(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for b in segment.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vhosts_and_names_are_encoded() {
        assert_eq!(encode_segment("/"), "%2F");
        assert_eq!(encode_segment("orders.dlq"), "orders.dlq");
        assert_eq!(encode_segment("a b/c"), "a%20b%2Fc");
    }

    #[test]
    fn reads_the_api_shape_with_missing_stats() {
        let q: QueueStats = serde_json::from_str(
            r#"{"name":"orders","vhost":"/","type":"quorum","durable":true,
                "messages_ready":3,"messages_unacknowledged":1,"messages":4,"consumers":2,
                "consumer_utilisation":0.5,"arguments":{"x-dead-letter-exchange":"dlx"},
                "message_stats":{"publish_details":{"rate":2.5}}}"#,
        )
        .unwrap();
        assert_eq!(q.kind, "quorum");
        assert_eq!(q.publish_rate(), 2.5);
        assert_eq!(q.ack_rate(), 0.0);
        assert_eq!(q.arguments["x-dead-letter-exchange"], "dlx");
        let idle: QueueStats = serde_json::from_str(r#"{"name":"q","vhost":"/"}"#).unwrap();
        assert_eq!(idle.messages_ready, 0);
        assert_eq!(idle.consumer_utilisation, None);
    }
}
