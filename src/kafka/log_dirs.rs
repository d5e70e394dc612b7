//! Topic sizes on disk: DescribeLogDirs asked of every broker (kafka-protocol over
//! `transport`), each partition's bytes summed over its replicas and log dirs. librdkafka has
//! no call for it. Where the transport cannot speak the context's security (Kerberos, OAuth,
//! keystores) or the user may not describe the cluster, sizes are unknown, not an error.

use std::collections::HashMap;
use std::time::Duration;

use kafka_protocol::messages::{ApiKey, ApiVersionsRequest, DescribeLogDirsRequest};

use super::transport::{Connection, Security};

/// The newest DescribeLogDirs evctl speaks. From v3 a refusal (no DESCRIBE on the cluster) is
/// an error code; before, it is an empty answer.
const NEWEST: i16 = 4;

/// Bytes on disk by (topic, partition), over every replica.
pub type Sizes = HashMap<(String, i32), i64>;

/// Asks each broker (`host:port`) for the sizes of every partition it holds. Any failure (a
/// broker down, a refusal) makes the whole answer unknown: a partial sum would look like a
/// real size.
pub fn sizes(
    properties: &[(String, String)],
    timeout: Duration,
    brokers: &[String],
) -> Result<Sizes, String> {
    let security = Security::from_properties(properties)?
        .ok_or("sizes need DescribeLogDirs, which evctl cannot send over this security setup")?;
    // No topics named: every topic.
    let request = DescribeLogDirsRequest::default().with_topics(None);
    let mut sizes = Sizes::new();
    for address in brokers {
        let mut connection = Connection::open(address, timeout, &security)?;
        let offered = connection.send(&ApiVersionsRequest::default(), 0)?;
        let version = offered
            .api_keys
            .iter()
            .find(|k| k.api_key == ApiKey::DescribeLogDirs as i16)
            .map(|k| k.max_version.min(NEWEST))
            .filter(|v| *v >= 1)
            .ok_or_else(|| format!("{address} does not answer DescribeLogDirs"))?;
        let answer = connection.send(&request, version)?;
        if answer.error_code != 0 {
            return Err(format!(
                "{address}: DescribeLogDirs error {}",
                answer.error_code
            ));
        }
        // An old broker refuses by answering with no log dirs at all.
        if answer.results.is_empty() {
            return Err(format!(
                "{address}: no log dirs described (not authorized?)"
            ));
        }
        for dir in answer.results {
            if dir.error_code != 0 {
                return Err(format!(
                    "{address}: log dir {} error {}",
                    dir.log_dir.as_str(),
                    dir.error_code
                ));
            }
            for topic in dir.topics {
                for p in topic.partitions.iter().filter(|p| !p.is_future_key) {
                    *sizes
                        .entry((topic.name.0.to_string(), p.partition_index))
                        .or_default() += p.partition_size;
                }
            }
        }
    }
    Ok(sizes)
}
