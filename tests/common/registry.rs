//! An in-test Schema Registry that follows Confluent's documented REST API (conventions.md §3):
//! the endpoints evctl uses, their JSON shapes, error codes and HTTP statuses, Basic auth, and
//! ids shared by identical schemas across subjects. No Confluent-compatible server can be
//! installed on these machines, so this stands in for one; it is not a mock of evctl's code.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use base64::Engine;
use serde_json::{Value, json};

#[derive(Default)]
struct State {
    /// subject -> versions (index + 1 = version) of schema ids.
    subjects: BTreeMap<String, Vec<u32>>,
    /// id -> (schemaType, schema text, references as registered).
    schemas: Vec<(String, String, Value)>,
    global_level: String,
    levels: BTreeMap<String, String>,
    /// Every request line seen, for tests that check what was asked.
    requests: Vec<String>,
}

#[derive(Clone)]
pub struct Registry {
    pub url: String,
    state: Arc<Mutex<State>>,
}

impl Registry {
    /// Starts a registry on a free port; with `auth`, every request needs that `user:secret`.
    pub fn start(auth: Option<&str>) -> Registry {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let state = Arc::new(Mutex::new(State {
            global_level: "BACKWARD".into(),
            ..State::default()
        }));
        let shared = Arc::clone(&state);
        let expected = auth.map(|a| {
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(a)
            )
        });
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let state = Arc::clone(&shared);
                let expected = expected.clone();
                std::thread::spawn(move || serve(stream, &state, expected.as_deref()));
            }
        });
        Registry { url, state }
    }

    /// Registers directly (as another team's CI would have), returning the id.
    pub fn register(&self, subject: &str, schema_type: &str, schema: &str) -> u32 {
        let mut state = self.state.lock().unwrap();
        register(&mut state, subject, schema_type, schema, json!([]))
    }

    pub fn set_level(&self, subject: &str, level: &str) {
        let mut state = self.state.lock().unwrap();
        state.levels.insert(subject.into(), level.into());
    }

    pub fn requests(&self) -> Vec<String> {
        self.state.lock().unwrap().requests.clone()
    }
}

fn register(
    state: &mut State,
    subject: &str,
    schema_type: &str,
    schema: &str,
    references: Value,
) -> u32 {
    let id = match state
        .schemas
        .iter()
        .position(|(t, s, r)| t == schema_type && s == schema && *r == references)
    {
        Some(i) => i as u32 + 1,
        None => {
            state
                .schemas
                .push((schema_type.into(), schema.into(), references));
            state.schemas.len() as u32
        }
    };
    let versions = state.subjects.entry(subject.into()).or_default();
    if !versions.contains(&id) {
        versions.push(id);
    }
    id
}

/// `guid_of(id)` as the registry writes it, `8-4-4-4-12` hex.
fn guid_text(id: u32) -> String {
    evctl::schema::wire::SchemaRef::guid_text(&guid_of(id))
}

/// The 16-byte GUID the registry gives schema `id` (its id, big-endian, in the last 4 bytes).
pub fn guid_of(id: u32) -> [u8; 16] {
    let mut g = [0u8; 16];
    g[12..].copy_from_slice(&id.to_be_bytes());
    g
}

fn serve(stream: TcpStream, state: &Mutex<State>, expected_auth: Option<&str>) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let (mut length, mut authorization) = (0usize, None);
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            let value = value.trim().to_string();
            match name.to_ascii_lowercase().as_str() {
                "content-length" => length = value.parse().unwrap_or(0),
                "authorization" => authorization = Some(value),
                _ => {}
            }
        }
    }
    let mut body = vec![0u8; length];
    if reader.read_exact(&mut body).is_err() {
        return;
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_string();
    let path = parts.next().unwrap_or_default().to_string();
    let (status, answer) = if expected_auth.is_some() && authorization.as_deref() != expected_auth {
        (401, json!({"error_code": 401, "message": "Unauthorized"}))
    } else {
        let mut state = state.lock().unwrap();
        state.requests.push(format!("{method} {path}"));
        route(&mut state, &method, &path, &body)
    };
    let text = answer.to_string();
    let mut stream = stream;
    let _ = write!(
        stream,
        "HTTP/1.1 {status} X\r\nContent-Type: application/vnd.schemaregistry.v1+json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{text}",
        text.len()
    );
}

fn error(status: u16, code: u32, message: String) -> (u16, Value) {
    (status, json!({"error_code": code, "message": message}))
}

fn decode(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&segment[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_default()
}

/// A schema as the registry answers it. Protobuf schemas are given back as they were
/// registered: a real registry prints them back as `.proto` text even when a client (Python's
/// `ProtobufSerializer`) registered the base64 of a FileDescriptorProto; evctl reads both.
fn schema_json(schema_type: &str, schema: &str, references: &Value) -> Value {
    let mut v = json!({ "schema": schema });
    // Absent schemaType means AVRO, and absent references none, as the real registry answers.
    if schema_type != "AVRO" {
        v["schemaType"] = schema_type.into();
    }
    if references.as_array().is_some_and(|r| !r.is_empty()) {
        v["references"] = references.clone();
    }
    v
}

fn route(state: &mut State, method: &str, path: &str, body: &[u8]) -> (u16, Value) {
    let path = path.split('?').next().unwrap_or_default();
    let segments: Vec<String> = path
        .trim_start_matches('/')
        .split('/')
        .map(decode)
        .collect();
    let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
    let subject_missing = |s: &str| error(404, 40401, format!("Subject '{s}' not found."));
    match (method, segments.as_slice()) {
        ("GET", ["subjects"]) => (200, json!(state.subjects.keys().collect::<Vec<_>>())),
        ("GET", ["subjects", s, "versions"]) => match state.subjects.get(*s) {
            Some(v) => (200, json!((1..=v.len()).collect::<Vec<_>>())),
            None => subject_missing(s),
        },
        ("GET", ["subjects", s, "versions", v]) => {
            let Some(versions) = state.subjects.get(*s) else {
                return subject_missing(s);
            };
            let index = match *v {
                "latest" | "-1" => versions.len().checked_sub(1),
                n => n.parse::<usize>().ok().and_then(|n| n.checked_sub(1)),
            };
            match index.and_then(|i| versions.get(i).map(|id| (i, *id))) {
                Some((i, id)) => {
                    let (t, schema, refs) = &state.schemas[id as usize - 1];
                    let mut answer = schema_json(t, schema, refs);
                    answer["subject"] = (*s).into();
                    answer["version"] = (i + 1).into();
                    answer["id"] = id.into();
                    answer["guid"] = guid_text(id).into();
                    (200, answer)
                }
                None => error(404, 40402, format!("Version {v} not found.")),
            }
        }
        ("POST", ["subjects", s, "versions"]) => {
            let Ok(request) = serde_json::from_slice::<Value>(body) else {
                return error(422, 42201, "Invalid request body".into());
            };
            let schema_type = request["schemaType"].as_str().unwrap_or("AVRO").to_string();
            let Some(schema) = request["schema"].as_str() else {
                return error(422, 42201, "Empty schema".into());
            };
            if schema_type != "PROTOBUF" && serde_json::from_str::<Value>(schema).is_err() {
                return error(422, 42201, format!("Invalid schema {schema}"));
            }
            let references = request.get("references").cloned().unwrap_or(json!([]));
            let id = register(state, s, &schema_type, schema, references);
            (200, json!({ "id": id, "guid": guid_text(id) }))
        }
        // Is this schema registered under the subject? Its version and id.
        ("POST", ["subjects", s]) => {
            let Ok(request) = serde_json::from_slice::<Value>(body) else {
                return error(422, 42201, "Invalid request body".into());
            };
            let Some(versions) = state.subjects.get(*s) else {
                return subject_missing(s);
            };
            let schema_type = request["schemaType"].as_str().unwrap_or("AVRO");
            let references = request.get("references").cloned().unwrap_or(json!([]));
            let found = versions.iter().enumerate().find(|(_, id)| {
                let (t, text, refs) = &state.schemas[**id as usize - 1];
                t == schema_type
                    && Some(text.as_str()) == request["schema"].as_str()
                    && *refs == references
            });
            match found {
                Some((i, id)) => {
                    let (t, schema, refs) = &state.schemas[*id as usize - 1];
                    let mut answer = schema_json(t, schema, refs);
                    answer["subject"] = (*s).into();
                    answer["version"] = (i + 1).into();
                    answer["id"] = (*id).into();
                    (200, answer)
                }
                None => error(404, 40403, "Schema not found".into()),
            }
        }
        ("GET", ["schemas", "ids", id]) => match id.parse::<usize>().ok().and_then(|i| {
            i.checked_sub(1)
                .and_then(|i| state.schemas.get(i))
                .map(|s| (i + 1, s))
        }) {
            Some((_, (t, schema, refs))) => (200, schema_json(t, schema, refs)),
            None => error(404, 40403, format!("Schema {id} not found")),
        },
        ("GET", ["schemas", "guids", guid]) => {
            let hex: String = guid.chars().filter(|c| *c != '-').collect();
            let id = u32::from_str_radix(&hex[hex.len().saturating_sub(8)..], 16).unwrap_or(0);
            match (id as usize)
                .checked_sub(1)
                .and_then(|i| state.schemas.get(i))
            {
                Some((t, schema, refs)) if hex.len() == 32 => (200, schema_json(t, schema, refs)),
                _ => error(404, 40403, format!("Schema {guid} not found")),
            }
        }
        ("GET", ["config"]) => (200, json!({"compatibilityLevel": state.global_level})),
        ("GET", ["config", s]) => match state.levels.get(*s) {
            Some(level) => (200, json!({ "compatibilityLevel": level })),
            None => error(
                404,
                40408,
                format!("Subject '{s}' does not have subject-level compatibility configured"),
            ),
        },
        _ => error(404, 404, "HTTP 404 Not Found".into()),
    }
}
