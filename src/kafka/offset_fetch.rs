//! Committed offsets of many consumer groups in one OffsetFetch request (v8 and later ask for
//! several groups at once), after one batched FindCoordinator (v4). librdkafka's admin API
//! sends one request per group, and with hundreds of groups each refresh of `lag --watch` and
//! the dashboard's lag tab then costs hundreds of round trips through its threads.
//!
//! This speaks the Kafka protocol over plain TCP, so it serves PLAINTEXT listeners only;
//! `OffsetProbe` uses librdkafka whenever this is not usable (TLS, SASL, a broker too old)
//! or fails.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

use super::groups::GroupOffsets;

const API_VERSIONS: i16 = 18;
const FIND_COORDINATOR: i16 = 10;
const OFFSET_FETCH: i16 = 9;
const FIND_COORDINATOR_VERSION: i16 = 4;
const OFFSET_FETCH_VERSION: i16 = 8;
/// The largest answer taken (a broker's default `socket.request.max.bytes`).
const MAX_RESPONSE: usize = 100 * 1024 * 1024;

/// Connections to the cluster's brokers, kept between calls.
pub struct BatchFetch {
    bootstrap: Vec<String>,
    timeout: Duration,
    /// By `host:port`.
    connections: HashMap<String, TcpStream>,
    correlation: i32,
    /// `supported` said yes.
    checked: bool,
}

/// Whether librdkafka's `properties` leave the connection PLAINTEXT (what this can speak).
pub fn plaintext(properties: &[(String, String)]) -> bool {
    properties
        .iter()
        .rev()
        .find(|(k, _)| k == "security.protocol")
        .is_none_or(|(_, v)| v.eq_ignore_ascii_case("plaintext"))
}

impl BatchFetch {
    pub fn new(brokers: &str, timeout: Duration) -> BatchFetch {
        BatchFetch {
            bootstrap: brokers
                .split(',')
                .map(|b| b.trim().to_string())
                .filter(|b| !b.is_empty())
                .collect(),
            timeout,
            connections: HashMap::new(),
            correlation: 0,
            checked: false,
        }
    }

    /// Checks (once) that a bootstrap broker answers FindCoordinator v4 and OffsetFetch v8.
    pub fn supported(&mut self) -> Result<(), String> {
        if self.checked {
            return Ok(());
        }
        let address = self.bootstrap.first().cloned().ok_or("no brokers")?;
        let answer = self.call(&address, API_VERSIONS, 0, &[])?;
        let mut r = Reader(&answer);
        let error = r.i16()?;
        if error != 0 {
            return Err(format!("ApiVersions error {error}"));
        }
        let mut find = false;
        let mut fetch = false;
        for _ in 0..r.i32()? {
            let (key, _min, max) = (r.i16()?, r.i16()?, r.i16()?);
            find |= key == FIND_COORDINATOR && max >= FIND_COORDINATOR_VERSION;
            fetch |= key == OFFSET_FETCH && max >= OFFSET_FETCH_VERSION;
        }
        if find && fetch {
            self.checked = true;
            Ok(())
        } else {
            Err("the broker lacks FindCoordinator v4 or OffsetFetch v8".into())
        }
    }

    /// Every offset each group committed (`None` where the broker says -1), in `groups`'
    /// order. Any error fails the whole call.
    pub fn committed(&mut self, groups: &[String]) -> Result<Vec<GroupOffsets>, String> {
        if groups.is_empty() {
            return Ok(Vec::new());
        }
        let address = self.bootstrap.first().cloned().ok_or("no brokers")?;
        let mut found: HashMap<&str, GroupOffsets> = HashMap::new();
        // Groups by coordinator.
        let mut by_coordinator: HashMap<String, Vec<&String>> = HashMap::new();
        for (group, coordinator) in groups.iter().zip(self.coordinators(&address, groups)?) {
            by_coordinator.entry(coordinator).or_default().push(group);
        }
        for (coordinator, asked) in by_coordinator {
            let mut body = Vec::new();
            compact_len(&mut body, asked.len());
            for group in &asked {
                compact_str(&mut body, group);
                body.push(0); // topics: null, every partition committed
                body.push(0); // no tagged fields
            }
            body.push(0); // require_stable: false
            body.push(0);
            let answer = self.call(&coordinator, OFFSET_FETCH, OFFSET_FETCH_VERSION, &body)?;
            let mut r = Reader(&answer);
            r.i32()?; // throttle_time_ms
            for _ in 0..r.compact_len()? {
                let group = r.compact_str()?;
                let mut offsets = GroupOffsets::new();
                for _ in 0..r.compact_len()? {
                    let topic = r.compact_str()?;
                    for _ in 0..r.compact_len()? {
                        let partition = r.i32()?;
                        let offset = r.i64()?;
                        r.i32()?; // committed_leader_epoch
                        r.compact_nullable_str()?; // metadata
                        let error = r.i16()?;
                        r.tags()?;
                        if error != 0 {
                            return Err(format!(
                                "group {group} {topic}/{partition}: error {error}"
                            ));
                        }
                        offsets.insert((topic.clone(), partition), (offset >= 0).then_some(offset));
                    }
                    r.tags()?;
                }
                let error = r.i16()?;
                r.tags()?;
                if error != 0 {
                    return Err(format!("group {group}: error {error}"));
                }
                if let Some(g) = asked.iter().find(|g| ***g == group) {
                    found.insert(g.as_str(), offsets);
                }
            }
        }
        groups
            .iter()
            .map(|g| {
                found
                    .remove(g.as_str())
                    .ok_or_else(|| format!("no answer for group {g}"))
            })
            .collect()
    }

    /// Each group's coordinator as `host:port`, from one FindCoordinator request.
    fn coordinators(&mut self, address: &str, groups: &[String]) -> Result<Vec<String>, String> {
        let mut body = vec![0]; // key_type: group
        compact_len(&mut body, groups.len());
        for group in groups {
            compact_str(&mut body, group);
        }
        body.push(0);
        let answer = self.call(address, FIND_COORDINATOR, FIND_COORDINATOR_VERSION, &body)?;
        let mut r = Reader(&answer);
        r.i32()?; // throttle_time_ms
        let mut found = HashMap::new();
        for _ in 0..r.compact_len()? {
            let key = r.compact_str()?;
            r.i32()?; // node_id
            let host = r.compact_str()?;
            let port = r.i32()?;
            let error = r.i16()?;
            r.compact_nullable_str()?;
            r.tags()?;
            if error != 0 {
                return Err(format!("no coordinator for group {key}: error {error}"));
            }
            found.insert(key, format!("{host}:{port}"));
        }
        groups
            .iter()
            .map(|g| {
                found
                    .remove(g)
                    .ok_or_else(|| format!("no coordinator for group {g}"))
            })
            .collect()
    }

    /// Sends one request to `address` and returns the response body. A connection that
    /// fails is dropped, to be opened again next time.
    fn call(
        &mut self,
        address: &str,
        key: i16,
        version: i16,
        body: &[u8],
    ) -> Result<Vec<u8>, String> {
        self.correlation = self.correlation.wrapping_add(1);
        let correlation = self.correlation;
        let result = self.exchange(address, key, version, body, correlation);
        if result.is_err() {
            self.connections.remove(address);
        }
        result
    }

    fn exchange(
        &mut self,
        address: &str,
        key: i16,
        version: i16,
        body: &[u8],
        correlation: i32,
    ) -> Result<Vec<u8>, String> {
        let flexible = key != API_VERSIONS;
        let mut request = Vec::with_capacity(body.len() + 32);
        request.extend_from_slice(&[0; 4]);
        request.extend_from_slice(&key.to_be_bytes());
        request.extend_from_slice(&version.to_be_bytes());
        request.extend_from_slice(&correlation.to_be_bytes());
        let client = b"evctl";
        request.extend_from_slice(&(client.len() as i16).to_be_bytes());
        request.extend_from_slice(client);
        if flexible {
            request.push(0);
        }
        request.extend_from_slice(body);
        let size = i32::try_from(request.len() - 4).map_err(|_| "request too large")?;
        request[..4].copy_from_slice(&size.to_be_bytes());

        let stream = self.connection(address)?;
        stream.write_all(&request).map_err(|e| e.to_string())?;
        let mut size = [0; 4];
        stream.read_exact(&mut size).map_err(|e| e.to_string())?;
        let size = usize::try_from(i32::from_be_bytes(size)).map_err(|_| "bad response size")?;
        if !(4..=MAX_RESPONSE).contains(&size) {
            return Err(format!("response of {size} bytes"));
        }
        let mut answer = vec![0; size];
        stream.read_exact(&mut answer).map_err(|e| e.to_string())?;
        let mut r = Reader(&answer);
        if r.i32()? != correlation {
            return Err("a response to another request".into());
        }
        // ApiVersions answers with header v0 whatever its version; the others with v1.
        if flexible {
            r.tags()?;
        }
        Ok(r.0.to_vec())
    }

    fn connection(&mut self, address: &str) -> Result<&mut TcpStream, String> {
        if !self.connections.contains_key(address) {
            let target = address
                .to_socket_addrs()
                .map_err(|e| format!("{address}: {e}"))?
                .next()
                .ok_or_else(|| format!("{address}: no address"))?;
            let stream = TcpStream::connect_timeout(&target, self.timeout)
                .map_err(|e| format!("{address}: {e}"))?;
            stream
                .set_read_timeout(Some(self.timeout))
                .and_then(|()| stream.set_write_timeout(Some(self.timeout)))
                .and_then(|()| stream.set_nodelay(true))
                .map_err(|e| e.to_string())?;
            self.connections.insert(address.to_string(), stream);
        }
        self.connections
            .get_mut(address)
            .ok_or_else(|| "no connection".to_string())
    }
}

fn uvarint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// A compact array's or string's length (stored plus one).
fn compact_len(out: &mut Vec<u8>, n: usize) {
    uvarint(out, n as u64 + 1);
}

fn compact_str(out: &mut Vec<u8>, s: &str) {
    compact_len(out, s.len());
    out.extend_from_slice(s.as_bytes());
}

/// Reads a response body front to back.
struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        if self.0.len() < n {
            return Err("response cut short".into());
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn i16(&mut self) -> Result<i16, String> {
        let b = self.take(2)?;
        Ok(i16::from_be_bytes([b[0], b[1]]))
    }

    fn i32(&mut self) -> Result<i32, String> {
        let b = self.take(4)?;
        Ok(i32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn i64(&mut self) -> Result<i64, String> {
        let mut b = [0; 8];
        b.copy_from_slice(self.take(8)?);
        Ok(i64::from_be_bytes(b))
    }

    fn uvarint(&mut self) -> Result<u64, String> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.take(1)?[0];
            n |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Ok(n);
            }
        }
        Err("varint too long".into())
    }

    /// A compact array's length (null counts as empty).
    fn compact_len(&mut self) -> Result<usize, String> {
        let n = self.uvarint()?;
        usize::try_from(n.saturating_sub(1)).map_err(|_| "length too large".into())
    }

    fn compact_nullable_str(&mut self) -> Result<Option<String>, String> {
        match self.uvarint()? {
            0 => Ok(None),
            n => {
                let len = usize::try_from(n - 1).map_err(|_| "length too large")?;
                let bytes = self.take(len)?;
                Ok(Some(String::from_utf8_lossy(bytes).into_owned()))
            }
        }
    }

    fn compact_str(&mut self) -> Result<String, String> {
        self.compact_nullable_str()?
            .ok_or_else(|| "a null string".to_string())
    }

    /// Skips tagged fields.
    fn tags(&mut self) -> Result<(), String> {
        for _ in 0..self.uvarint()? {
            self.uvarint()?;
            let size = usize::try_from(self.uvarint()?).map_err(|_| "tag too large")?;
            self.take(size)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_and_compact_strings_read_back() {
        let mut out = Vec::new();
        for n in [0u64, 1, 127, 128, 300, 1 << 35] {
            uvarint(&mut out, n);
        }
        compact_str(&mut out, "orders");
        out.push(0); // a null string
        // Two tagged fields to skip: tag 1 with 2 bytes, tag 7 with none.
        out.extend_from_slice(&[2, 1, 2, 0xaa, 0xbb, 7, 0]);
        out.extend_from_slice(&42i16.to_be_bytes());
        let mut r = Reader(&out);
        for n in [0u64, 1, 127, 128, 300, 1 << 35] {
            assert_eq!(r.uvarint().unwrap(), n);
        }
        assert_eq!(r.compact_str().unwrap(), "orders");
        assert_eq!(r.compact_nullable_str().unwrap(), None);
        r.tags().unwrap();
        assert_eq!(r.i16().unwrap(), 42);
        assert_eq!(r.i16().unwrap_err(), "response cut short");
    }

    #[test]
    fn only_plaintext_connections_are_spoken_to_directly() {
        let props = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        assert!(plaintext(&props(&[])));
        assert!(plaintext(&props(&[("security.protocol", "PLAINTEXT")])));
        assert!(!plaintext(&props(&[("security.protocol", "SASL_SSL")])));
        // The last setting wins (the context's, then -X).
        assert!(plaintext(&props(&[
            ("security.protocol", "SSL"),
            ("security.protocol", "plaintext")
        ])));
    }
}
