//! Who is in a consumer group: DescribeGroups, and the consumer protocol's assignment bytes.

use rdkafka::consumer::{BaseConsumer, Consumer};
use serde::Serialize;

use super::EvctlContext;
use crate::config::KafkaSettings;
use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupDescription {
    pub group: String,
    pub state: String,
    /// "consumer" for Kafka consumers; empty for a group that only stores offsets.
    pub protocol_type: String,
    /// The assignor ("range", "roundrobin", "cooperative-sticky").
    pub protocol: String,
    pub members: Vec<Member>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Member {
    pub member_id: String,
    pub client_id: String,
    pub host: String,
    pub assignment: Vec<Assigned>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assigned {
    pub topic: String,
    pub partitions: Vec<i32>,
}

impl GroupDescription {
    /// The member a partition is assigned to.
    pub fn owner(&self, topic: &str, partition: i32) -> Option<&Member> {
        self.members.iter().find(|m| {
            m.assignment
                .iter()
                .any(|a| a.topic == topic && a.partitions.contains(&partition))
        })
    }
}

/// Describes groups (every group when `group` is `None`) with DescribeGroups.
pub fn describe(
    consumer: &BaseConsumer<EvctlContext>,
    group: Option<&str>,
    settings: &KafkaSettings,
) -> Result<Vec<GroupDescription>> {
    let list = consumer
        .fetch_group_list(group, settings.timeout)
        .map_err(|e| {
            Error::Unavailable(format!(
                "describing {} on {}: {e} (the broker did not answer DescribeGroups)",
                group.map_or("consumer groups".to_string(), |g| format!("group {g:?}")),
                settings.brokers
            ))
        })?;
    let mut out = Vec::new();
    for g in list.groups() {
        let mut members = Vec::new();
        for m in g.members() {
            let assignment = match m.assignment() {
                Some(bytes) if g.protocol_type() == "consumer" => {
                    parse_assignment(bytes).map_err(|e| {
                        Error::Broker(format!(
                            "group {:?}, member {}: unreadable assignment: {e}",
                            g.name(),
                            m.id()
                        ))
                    })?
                }
                _ => Vec::new(),
            };
            members.push(Member {
                member_id: m.id().to_string(),
                client_id: m.client_id().to_string(),
                host: m.client_host().to_string(),
                assignment,
            });
        }
        members.sort_by(|a, b| a.member_id.cmp(&b.member_id));
        out.push(GroupDescription {
            group: g.name().to_string(),
            state: g.state().to_string(),
            protocol_type: g.protocol_type().to_string(),
            protocol: g.protocol().to_string(),
            members,
        });
    }
    out.sort_by(|a, b| a.group.cmp(&b.group));
    Ok(out)
}

/// Parses a consumer protocol assignment (versions 0 to 3 share this layout): a version
/// (int16), then an array (int32 count) of topic (int16-length string) with an array of int32
/// partitions, then user data, which is ignored.
pub fn parse_assignment(bytes: &[u8]) -> std::result::Result<Vec<Assigned>, String> {
    let mut r = Reader { bytes, at: 0 };
    let _version = r.i16()?;
    let topics = r.i32()?;
    let mut out = Vec::new();
    for _ in 0..topics.max(0) {
        let len = r.i16()?;
        let name = r.take(usize::try_from(len).map_err(|_| format!("topic length {len}"))?)?;
        let topic = String::from_utf8(name.to_vec())
            .map_err(|_| format!("topic name at byte {} is not UTF-8", r.at))?;
        let count = r.i32()?;
        let mut partitions = Vec::new();
        for _ in 0..count.max(0) {
            partitions.push(r.i32()?);
        }
        partitions.sort_unstable();
        out.push(Assigned { topic, partitions });
    }
    out.sort_by(|a, b| a.topic.cmp(&b.topic));
    Ok(out)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> std::result::Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let Some(end) = end else {
            return Err(format!(
                "{} bytes end before the {n} wanted at byte {}",
                self.bytes.len(),
                self.at
            ));
        };
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn i16(&mut self) -> std::result::Result<i16, String> {
        let b = self.take(2)?;
        Ok(i16::from_be_bytes([b[0], b[1]]))
    }

    fn i32(&mut self) -> std::result::Result<i32, String> {
        let b = self.take(4)?;
        Ok(i32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(topics: &[(&str, &[i32])]) -> Vec<u8> {
        let mut out = vec![0, 1];
        out.extend_from_slice(&i32::try_from(topics.len()).unwrap().to_be_bytes());
        for (topic, partitions) in topics {
            out.extend_from_slice(&i16::try_from(topic.len()).unwrap().to_be_bytes());
            out.extend_from_slice(topic.as_bytes());
            out.extend_from_slice(&i32::try_from(partitions.len()).unwrap().to_be_bytes());
            for p in *partitions {
                out.extend_from_slice(&p.to_be_bytes());
            }
        }
        // user data: null
        out.extend_from_slice(&(-1i32).to_be_bytes());
        out
    }

    #[test]
    fn reads_an_assignment() {
        let parsed = parse_assignment(&encode(&[("orders", &[2, 0]), ("audit", &[1])])).unwrap();
        assert_eq!(
            parsed,
            vec![
                Assigned {
                    topic: "audit".into(),
                    partitions: vec![1]
                },
                Assigned {
                    topic: "orders".into(),
                    partitions: vec![0, 2]
                },
            ]
        );
    }

    #[test]
    fn truncated_assignment_is_an_error_not_a_panic() {
        let bytes = encode(&[("orders", &[0, 1])]);
        for cut in 0..bytes.len() - 4 {
            assert!(parse_assignment(&bytes[..cut]).is_err(), "cut at {cut}");
        }
    }
}
