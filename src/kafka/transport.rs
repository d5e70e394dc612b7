//! The connection that evctl's own Kafka requests travel on (`offset_fetch`): TCP, then TLS
//! (rustls) on SSL and SASL_SSL listeners, then a SASL login (PLAIN, SCRAM-SHA-256 or
//! SCRAM-SHA-512) on SASL_* listeners. It reads the same librdkafka properties as every other
//! client, so one context serves both; `Security::from_properties` says `None` for what it
//! cannot do (Kerberos, OAuth, keystores, encrypted keys, system CA stores), and librdkafka
//! answers instead.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use bytes::{Bytes, BytesMut};
use hmac::{Hmac, Mac};
use kafka_protocol::messages::{
    RequestHeader, ResponseHeader, SaslAuthenticateRequest, SaslHandshakeRequest,
};
use kafka_protocol::protocol::{Decodable, Encodable, HeaderVersion, Request, StrBytes};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};
use sha2::{Digest, Sha256, Sha512};

/// The largest answer taken (a broker's default `socket.request.max.bytes`).
const MAX_RESPONSE: usize = 100 * 1024 * 1024;

/// How to secure and authenticate a connection, from librdkafka's properties.
#[derive(Clone)]
pub struct Security {
    tls: Option<Arc<rustls::ClientConfig>>,
    sasl: Option<Sasl>,
}

#[derive(Clone)]
enum Sasl {
    Plain { user: String, password: String },
    Scram(ScramHash, String, String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ScramHash {
    Sha256,
    Sha512,
}

impl std::fmt::Debug for Security {
    // Never the password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Security")
            .field("tls", &self.tls.is_some())
            .field("sasl", &self.sasl.as_ref().map(Sasl::mechanism))
            .finish()
    }
}

impl Sasl {
    fn mechanism(&self) -> &'static str {
        match self {
            Sasl::Plain { .. } => "PLAIN",
            Sasl::Scram(ScramHash::Sha256, ..) => "SCRAM-SHA-256",
            Sasl::Scram(ScramHash::Sha512, ..) => "SCRAM-SHA-512",
        }
    }
}

/// Properties this transport reads; any other `ssl.*` or `sasl.*` property asks for something
/// it does not do, so librdkafka is left to it.
const UNDERSTOOD: &[&str] = &[
    "security.protocol",
    "sasl.mechanism",
    "sasl.mechanisms",
    "sasl.username",
    "sasl.password",
    "ssl.ca.location",
    "ssl.certificate.location",
    "ssl.key.location",
    "ssl.endpoint.identification.algorithm",
];

impl Security {
    /// What the properties ask for, when this transport can do it: `Ok(None)` when it cannot
    /// (librdkafka then answers), an error when a file they name cannot be read.
    pub fn from_properties(properties: &[(String, String)]) -> Result<Option<Security>, String> {
        let get = |key: &str| {
            properties
                .iter()
                .rev()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str())
        };
        let foreign = properties.iter().any(|(k, _)| {
            (k.starts_with("ssl.") || k.starts_with("sasl.")) && !UNDERSTOOD.contains(&k.as_str())
        });
        if foreign || get("ssl.endpoint.identification.algorithm").is_some_and(|v| v != "https") {
            return Ok(None);
        }
        let protocol = get("security.protocol")
            .unwrap_or("plaintext")
            .to_ascii_lowercase();
        let (tls, sasl) = match protocol.as_str() {
            "plaintext" => (false, false),
            "ssl" => (true, false),
            "sasl_plaintext" => (false, true),
            "sasl_ssl" => (true, true),
            _ => return Ok(None),
        };
        let sasl = if sasl {
            let user = get("sasl.username").unwrap_or_default().to_string();
            let password = get("sasl.password").unwrap_or_default().to_string();
            match get("sasl.mechanism")
                .or(get("sasl.mechanisms"))
                .unwrap_or("GSSAPI")
                .to_ascii_uppercase()
                .as_str()
            {
                "PLAIN" => Some(Sasl::Plain { user, password }),
                "SCRAM-SHA-256" => Some(Sasl::Scram(ScramHash::Sha256, user, password)),
                "SCRAM-SHA-512" => Some(Sasl::Scram(ScramHash::Sha512, user, password)),
                _ => return Ok(None),
            }
        } else {
            None
        };
        let tls = if tls {
            // Without a CA file librdkafka trusts the system's store, which this does not read.
            let Some(ca) = get("ssl.ca.location") else {
                return Ok(None);
            };
            let client = match (get("ssl.certificate.location"), get("ssl.key.location")) {
                (Some(cert), Some(key)) => Some((cert, key)),
                (None, None) => None,
                _ => return Ok(None),
            };
            Some(Arc::new(tls_config(ca, client)?))
        } else {
            None
        };
        Ok(Some(Security { tls, sasl }))
    }
}

fn tls_config(ca: &str, client: Option<(&str, &str)>) -> Result<rustls::ClientConfig, String> {
    let mut roots = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_file_iter(ca).map_err(|e| format!("{ca}: {e}"))? {
        roots
            .add(cert.map_err(|e| format!("{ca}: {e}"))?)
            .map_err(|e| format!("{ca}: {e}"))?;
    }
    let builder = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| e.to_string())?
    .with_root_certificates(roots);
    match client {
        None => Ok(builder.with_no_client_auth()),
        Some((cert, key)) => {
            let chain = CertificateDer::pem_file_iter(cert)
                .map_err(|e| format!("{cert}: {e}"))?
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| format!("{cert}: {e}"))?;
            let key = PrivateKeyDer::from_pem_file(key).map_err(|e| format!("{key}: {e}"))?;
            builder
                .with_client_auth_cert(chain, key)
                .map_err(|e| e.to_string())
        }
    }
}

trait Stream: Read + Write + Send {}
impl<T: Read + Write + Send> Stream for T {}

/// One connection to one broker, secured and logged in, that sends a request and reads its
/// answer.
pub struct Connection {
    stream: Box<dyn Stream>,
    correlation: i32,
}

impl Connection {
    pub fn open(address: &str, timeout: Duration, security: &Security) -> Result<Self, String> {
        let target = address
            .to_socket_addrs()
            .map_err(|e| format!("{address}: {e}"))?
            .next()
            .ok_or_else(|| format!("{address}: no address"))?;
        let tcp =
            TcpStream::connect_timeout(&target, timeout).map_err(|e| format!("{address}: {e}"))?;
        tcp.set_read_timeout(Some(timeout))
            .and_then(|()| tcp.set_write_timeout(Some(timeout)))
            .and_then(|()| tcp.set_nodelay(true))
            .map_err(|e| e.to_string())?;
        let stream: Box<dyn Stream> = match &security.tls {
            None => Box::new(tcp),
            Some(config) => {
                let host = address
                    .rsplit_once(':')
                    .map_or(address, |(h, _)| h)
                    .trim_matches(['[', ']']);
                let name = ServerName::try_from(host.to_string())
                    .map_err(|e| format!("{address}: {e}"))?;
                let session = rustls::ClientConnection::new(config.clone(), name)
                    .map_err(|e| format!("{address}: {e}"))?;
                Box::new(rustls::StreamOwned::new(session, tcp))
            }
        };
        let mut connection = Connection {
            stream,
            correlation: 0,
        };
        if let Some(sasl) = &security.sasl {
            connection
                .login(sasl)
                .map_err(|e| format!("{address}: SASL {}: {e}", sasl.mechanism()))?;
        }
        Ok(connection)
    }

    /// Sends `request` as `version` and decodes its answer (kafka-protocol writes and reads
    /// both, headers included).
    pub fn send<R: Request>(&mut self, request: &R, version: i16) -> Result<R::Response, String> {
        self.send_undecoded(request, version)?.decode()
    }

    /// Sends `request` as `version` and reads its answer without decoding it.
    pub fn send_undecoded<R: Request>(
        &mut self,
        request: &R,
        version: i16,
    ) -> Result<Undecoded<R>, String> {
        self.correlation = self.correlation.wrapping_add(1);
        let correlation = self.correlation;
        let header = RequestHeader::default()
            .with_request_api_key(R::KEY)
            .with_request_api_version(version)
            .with_correlation_id(correlation)
            .with_client_id(Some(StrBytes::from_static_str("evctl")));
        let mut out = BytesMut::new();
        out.extend_from_slice(&[0; 4]);
        header
            .encode(&mut out, R::header_version(version))
            .and_then(|()| request.encode(&mut out, version))
            .map_err(|e| format!("encoding API {} v{version}: {e}", R::KEY))?;
        let size = i32::try_from(out.len() - 4).map_err(|_| "request too large")?;
        out[..4].copy_from_slice(&size.to_be_bytes());

        self.stream
            .write_all(&out)
            .and_then(|()| self.stream.flush())
            .map_err(|e| e.to_string())?;
        let mut size = [0; 4];
        self.stream
            .read_exact(&mut size)
            .map_err(|e| e.to_string())?;
        let size = usize::try_from(i32::from_be_bytes(size)).map_err(|_| "bad response size")?;
        if !(4..=MAX_RESPONSE).contains(&size) {
            return Err(format!("response of {size} bytes"));
        }
        let mut answer = vec![0; size];
        self.stream
            .read_exact(&mut answer)
            .map_err(|e| e.to_string())?;
        Ok(Undecoded {
            answer: Bytes::from(answer),
            version,
            correlation,
            request: std::marker::PhantomData,
        })
    }

    /// SaslHandshake v1 then SaslAuthenticate v2 rounds until the mechanism is done.
    fn login(&mut self, sasl: &Sasl) -> Result<(), String> {
        let handshake = SaslHandshakeRequest::default()
            .with_mechanism(StrBytes::from_static_str(sasl.mechanism()));
        let answer = self.send(&handshake, 1)?;
        if answer.error_code != 0 {
            return Err(format!(
                "the broker does not offer it (SaslHandshake error {})",
                answer.error_code
            ));
        }
        match sasl {
            Sasl::Plain { user, password } => {
                let mut message = vec![0u8];
                message.extend_from_slice(user.as_bytes());
                message.push(0);
                message.extend_from_slice(password.as_bytes());
                self.authenticate(message)?;
                Ok(())
            }
            Sasl::Scram(hash, user, password) => {
                let mut scram = Scram::new(*hash, user, &nonce()?);
                let server_first = self.authenticate(scram.client_first().into_bytes())?;
                let client_final = scram.client_final(&server_first, password)?;
                let server_final = self.authenticate(client_final.into_bytes())?;
                scram.check_server_final(&server_final)
            }
        }
    }

    fn authenticate(&mut self, message: Vec<u8>) -> Result<Bytes, String> {
        let request = SaslAuthenticateRequest::default().with_auth_bytes(Bytes::from(message));
        let answer = self.send(&request, 2)?;
        if answer.error_code != 0 {
            return Err(answer.error_message.map_or_else(
                || format!("SaslAuthenticate error {}", answer.error_code),
                |m| m.to_string(),
            ));
        }
        Ok(answer.auth_bytes)
    }
}

/// The answer to a request of type `R` as it came, the bytes after its size.
pub struct Undecoded<R> {
    answer: Bytes,
    version: i16,
    correlation: i32,
    request: std::marker::PhantomData<R>,
}

impl<R: Request> Undecoded<R> {
    /// The answer's bytes after the correlation id: two answers with the same bytes here say
    /// the same.
    pub fn said(&self) -> &[u8] {
        self.answer.get(4..).unwrap_or_default()
    }

    pub fn decode(self) -> Result<R::Response, String> {
        decode_answer::<R>(self.answer, self.version, self.correlation)
    }
}

/// Reads the answer to `R` sent as `version` with `correlation`: a response header, then the
/// response (the bytes after the size). Public for `fuzz/`.
pub fn decode_answer<R: Request>(
    mut answer: Bytes,
    version: i16,
    correlation: i32,
) -> Result<R::Response, String> {
    let header = ResponseHeader::decode(&mut answer, R::Response::header_version(version))
        .map_err(|e| format!("reading a response header: {e}"))?;
    if header.correlation_id != correlation {
        return Err("a response to another request".into());
    }
    R::Response::decode(&mut answer, version)
        .map_err(|e| format!("reading the answer to API {} v{version}: {e}", R::KEY))
}

fn nonce() -> Result<String, String> {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes).map_err(|e| e.to_string())?;
    Ok(base64::engine::general_purpose::STANDARD.encode(bytes))
}

/// The client side of a SCRAM exchange (RFC 5802, no channel binding), as Kafka speaks it.
struct Scram {
    hash: ScramHash,
    first_bare: String,
    nonce: String,
    /// What the server must sign, once the client's final message is made.
    auth_message: String,
    salted: Vec<u8>,
}

impl Scram {
    fn new(hash: ScramHash, user: &str, nonce: &str) -> Scram {
        let user = user.replace('=', "=3D").replace(',', "=2C");
        Scram {
            hash,
            first_bare: format!("n={user},r={nonce}"),
            nonce: nonce.to_string(),
            auth_message: String::new(),
            salted: Vec::new(),
        }
    }

    fn client_first(&self) -> String {
        format!("n,,{}", self.first_bare)
    }

    fn client_final(&mut self, server_first: &[u8], password: &str) -> Result<String, String> {
        let server_first = std::str::from_utf8(server_first)
            .map_err(|_| "the server's first message is not text")?;
        let field = |name: char| {
            server_first
                .split(',')
                .find_map(|f| f.strip_prefix(name)?.strip_prefix('='))
                .ok_or_else(|| format!("the server's first message has no {name}="))
        };
        let nonce = field('r')?;
        if !nonce.starts_with(&self.nonce) {
            return Err("the server's nonce does not extend ours".into());
        }
        let salt = base64::engine::general_purpose::STANDARD
            .decode(field('s')?)
            .map_err(|_| "the server's salt is not base64")?;
        let iterations: u32 = field('i')?
            .parse()
            .map_err(|_| "the server's iteration count is not a number")?;
        self.salted = match self.hash {
            ScramHash::Sha256 => {
                pbkdf2::pbkdf2_hmac_array::<Sha256, 32>(password.as_bytes(), &salt, iterations)
                    .to_vec()
            }
            ScramHash::Sha512 => {
                pbkdf2::pbkdf2_hmac_array::<Sha512, 64>(password.as_bytes(), &salt, iterations)
                    .to_vec()
            }
        };
        let without_proof = format!("c=biws,r={nonce}");
        self.auth_message = format!("{},{server_first},{without_proof}", self.first_bare);
        let client_key = self.hmac(&self.salted, b"Client Key");
        let stored_key = match self.hash {
            ScramHash::Sha256 => Sha256::digest(&client_key).to_vec(),
            ScramHash::Sha512 => Sha512::digest(&client_key).to_vec(),
        };
        let signature = self.hmac(&stored_key, self.auth_message.as_bytes());
        let proof: Vec<u8> = client_key
            .iter()
            .zip(&signature)
            .map(|(k, s)| k ^ s)
            .collect();
        Ok(format!(
            "{without_proof},p={}",
            base64::engine::general_purpose::STANDARD.encode(proof)
        ))
    }

    /// The server proves it knew the password too.
    fn check_server_final(&self, server_final: &[u8]) -> Result<(), String> {
        let text = std::str::from_utf8(server_final).unwrap_or_default();
        if let Some(error) = text.strip_prefix("e=") {
            return Err(error.to_string());
        }
        let server_key = self.hmac(&self.salted, b"Server Key");
        let expected = base64::engine::general_purpose::STANDARD
            .encode(self.hmac(&server_key, self.auth_message.as_bytes()));
        if text.strip_prefix("v=") == Some(expected.as_str()) {
            Ok(())
        } else {
            Err("the server's signature does not match".into())
        }
    }

    fn hmac(&self, key: &[u8], data: &[u8]) -> Vec<u8> {
        // HMAC takes keys of any length: `new_from_slice` cannot fail for it.
        match self.hash {
            ScramHash::Sha256 => Hmac::<Sha256>::new_from_slice(key)
                .map(|mac| mac.chain_update(data).finalize().into_bytes().to_vec())
                .unwrap_or_default(),
            ScramHash::Sha512 => Hmac::<Sha512>::new_from_slice(key)
                .map(|mac| mac.chain_update(data).finalize().into_bytes().to_vec())
                .unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-shot server that reads one request and answers it with `body` after a response
    /// header holding the request's correlation id.
    fn answering(body: Vec<u8>) -> String {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap().to_string();
        std::thread::spawn(move || {
            let (mut peer, _) = listener.accept().unwrap();
            let mut size = [0; 4];
            peer.read_exact(&mut size).unwrap();
            let mut request = vec![0; usize::try_from(i32::from_be_bytes(size)).unwrap()];
            peer.read_exact(&mut request).unwrap();
            let mut answer = Vec::new();
            answer.extend_from_slice(&i32::try_from(body.len() + 4).unwrap().to_be_bytes());
            answer.extend_from_slice(&request[4..8]);
            answer.extend_from_slice(&body);
            peer.write_all(&answer).unwrap();
        });
        address
    }

    /// An answer whose array claims two billion elements in a few bytes is refused as
    /// malformed; reserving room for them first would abort the process.
    #[test]
    fn an_array_longer_than_its_answer_is_refused() {
        let mut body = 0i16.to_be_bytes().to_vec();
        body.extend_from_slice(&i32::MAX.to_be_bytes());
        body.extend_from_slice(&[0; 6]);
        let address = answering(body);
        let security = Security::from_properties(&[]).unwrap().unwrap();
        let mut connection = Connection::open(&address, Duration::from_secs(5), &security).unwrap();
        let answer = connection.send(&kafka_protocol::messages::ApiVersionsRequest::default(), 0);
        assert!(answer.is_err(), "{answer:?}");
    }

    /// RFC 7677's example exchange for SCRAM-SHA-256.
    #[test]
    fn scram_sha_256_matches_the_rfc_example() {
        let mut scram = Scram::new(ScramHash::Sha256, "user", "rOprNGfwEbeRWgbNEkqO");
        assert_eq!(scram.client_first(), "n,,n=user,r=rOprNGfwEbeRWgbNEkqO");
        let server_first = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,\
                            s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
        let client_final = scram
            .client_final(server_first.as_bytes(), "pencil")
            .unwrap();
        assert_eq!(
            client_final,
            "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,\
             p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="
        );
        scram
            .check_server_final(b"v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=")
            .unwrap();
        assert!(scram.check_server_final(b"v=AAAA").is_err());
        assert_eq!(
            scram.check_server_final(b"e=invalid-proof").unwrap_err(),
            "invalid-proof"
        );
    }

    #[test]
    fn a_server_nonce_that_does_not_extend_ours_is_refused() {
        let mut scram = Scram::new(ScramHash::Sha512, "a=b,c", "abc");
        assert_eq!(scram.client_first(), "n,,n=a=3Db=2Cc,r=abc");
        assert!(scram.client_final(b"r=xyz,s=AAAA,i=4096", "pw").is_err());
    }

    #[test]
    fn only_what_the_transport_speaks_is_taken_from_the_properties() {
        let props = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        let spoken = |v: &[(&str, &str)]| Security::from_properties(&props(v)).unwrap().is_some();
        assert!(spoken(&[]));
        assert!(spoken(&[("security.protocol", "PLAINTEXT")]));
        assert!(spoken(&[
            ("security.protocol", "SASL_PLAINTEXT"),
            ("sasl.mechanism", "SCRAM-SHA-512"),
            ("sasl.username", "u"),
            ("sasl.password", "p"),
        ]));
        // Kerberos, OAuth, a system CA store, keystores and no hostname check are librdkafka's.
        assert!(!spoken(&[("security.protocol", "SASL_PLAINTEXT")]));
        assert!(!spoken(&[
            ("security.protocol", "SASL_PLAINTEXT"),
            ("sasl.mechanism", "OAUTHBEARER"),
        ]));
        assert!(!spoken(&[("security.protocol", "SSL")]));
        assert!(!spoken(&[
            ("security.protocol", "SSL"),
            ("ssl.keystore.location", "k.p12"),
        ]));
        assert!(!spoken(&[
            ("security.protocol", "SSL"),
            ("ssl.endpoint.identification.algorithm", "none"),
        ]));
        // The last setting wins (the context's, then -X).
        assert!(spoken(&[
            ("security.protocol", "SSL"),
            ("security.protocol", "plaintext")
        ]));
        // A CA file that is not there is an error, not a silent fallback.
        assert!(
            Security::from_properties(&props(&[
                ("security.protocol", "SSL"),
                ("ssl.ca.location", "/nonexistent/ca.pem"),
            ]))
            .is_err()
        );
    }
}
