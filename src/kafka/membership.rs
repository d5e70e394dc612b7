//! Who is in a consumer group: DescribeGroups, and the consumer protocol's assignment bytes.

use bytes::{Buf, Bytes};
use kafka_protocol::messages::ConsumerProtocolAssignment;
use kafka_protocol::protocol::{Decodable, Message};
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
    /// Why the member's assignment bytes could not be read (then `assignment` is empty).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unreadable_assignment: Option<String>,
}

impl Member {
    /// A member as DescribeGroups tells of it. A consumer-protocol assignment that cannot be
    /// read is kept as the reason, so one odd client does not hide the rest of the group.
    pub fn described(
        member_id: &str,
        client_id: &str,
        host: &str,
        protocol_type: &str,
        assignment: Option<&[u8]>,
    ) -> Member {
        let (assignment, unreadable_assignment) = match assignment {
            Some(bytes) if protocol_type == "consumer" => match parse_assignment(bytes) {
                Ok(assigned) => (assigned, None),
                Err(e) => (Vec::new(), Some(e)),
            },
            _ => (Vec::new(), None),
        };
        Member {
            member_id: member_id.to_string(),
            client_id: client_id.to_string(),
            host: host.to_string(),
            assignment,
            unreadable_assignment,
        }
    }
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
        let mut members: Vec<Member> = g
            .members()
            .iter()
            .map(|m| {
                Member::described(
                    m.id(),
                    m.client_id(),
                    m.client_host(),
                    g.protocol_type(),
                    m.assignment(),
                )
            })
            .collect();
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
    let mut buf = Bytes::copy_from_slice(bytes);
    let version = buf
        .try_get_i16()
        .map_err(|_| format!("{} bytes hold no version", bytes.len()))?;
    if version < 0 {
        return Err(format!("assignment version {version}"));
    }
    // Later versions add to the end what an older reader may skip, as Kafka's own reader does.
    let read_as = version.min(ConsumerProtocolAssignment::VERSIONS.max);
    let assignment = ConsumerProtocolAssignment::decode(&mut buf, read_as)
        .map_err(|e| format!("assignment v{version} of {} bytes: {e}", bytes.len()))?;
    let mut out: Vec<Assigned> = assignment
        .assigned_partitions
        .into_iter()
        .map(|t| {
            let mut partitions = t.partitions;
            partitions.sort_unstable();
            Assigned {
                topic: t.topic.0.to_string(),
                partitions,
            }
        })
        .collect();
    out.sort_by(|a, b| a.topic.cmp(&b.topic));
    Ok(out)
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
    fn an_unreadable_assignment_is_kept_as_its_reason() {
        let good = Member::described(
            "m-1",
            "app",
            "/10.0.0.7",
            "consumer",
            Some(&encode(&[("orders", &[0])])),
        );
        assert_eq!(good.assignment.len(), 1);
        assert_eq!(good.unreadable_assignment, None);
        let odd = Member::described("m-2", "odd", "/10.0.0.8", "consumer", Some(&[0, 1, 0]));
        assert!(odd.assignment.is_empty());
        assert!(odd.unreadable_assignment.is_some(), "{odd:?}");
        // Other protocols (Connect, Streams' own) carry no consumer assignment to read.
        let other = Member::described("m-3", "w", "/10.0.0.9", "connect", Some(&[9, 9]));
        assert_eq!(
            (other.assignment.len(), other.unreadable_assignment),
            (0, None)
        );
    }

    #[test]
    fn absurd_counts_are_an_error_not_an_allocation() {
        let mut huge = vec![0, 1];
        huge.extend_from_slice(&i32::MAX.to_be_bytes());
        assert!(parse_assignment(&huge).is_err());
        let mut one = vec![0, 1, 0, 0, 0, 1, 0, 1, b'x'];
        one.extend_from_slice(&i32::MAX.to_be_bytes());
        assert!(parse_assignment(&one).is_err());
    }

    #[test]
    fn truncated_assignment_is_an_error_not_a_panic() {
        let bytes = encode(&[("orders", &[0, 1])]);
        for cut in 0..bytes.len() - 4 {
            assert!(parse_assignment(&bytes[..cut]).is_err(), "cut at {cut}");
        }
    }
}
