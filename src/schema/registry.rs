//! A client for Confluent-compatible Schema Registry REST APIs (Confluent, Karapace, Apicurio's
//! compatibility API, Redpanda). Endpoints and error codes: conventions.md §3.

use base64::Engine;
use serde::{Deserialize, Serialize};

use super::SchemaKind;
use crate::config::{RegistryAuth, RegistrySettings};
use crate::error::{Error, Result};

const MEDIA_TYPE: &str = "application/vnd.schemaregistry.v1+json";

/// One registered version of a subject.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Registered {
    pub subject: String,
    pub version: i32,
    pub id: u32,
    /// Newer registries (Confluent 8) give each schema a GUID too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guid: Option<String>,
    /// Absent means AVRO.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema_type: Option<String>,
    pub schema: String,
    /// Other subjects' schemas this one imports (Protobuf imports, by file name).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
}

/// A schema's use of another subject's version, under the name it imports it by.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Reference {
    pub name: String,
    pub subject: String,
    pub version: i32,
}

impl Registered {
    pub fn kind(&self) -> Result<SchemaKind> {
        SchemaKind::from_registry(self.schema_type.as_deref()).ok_or_else(|| {
            Error::usage(format!(
                "subject {} version {} is a {} schema; evctl reads AVRO, JSON and PROTOBUF",
                self.subject,
                self.version,
                self.schema_type.as_deref().unwrap_or_default()
            ))
        })
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ById {
    #[serde(default)]
    pub schema_type: Option<String>,
    pub schema: String,
    #[serde(default)]
    pub references: Vec<Reference>,
}

#[derive(Debug, Deserialize)]
struct ErrorBody {
    error_code: i64,
    #[serde(default)]
    message: String,
}

pub struct RegistryClient {
    agent: ureq::Agent,
    base: String,
    authorization: Option<String>,
}

impl RegistryClient {
    pub fn new(settings: &RegistrySettings) -> Result<RegistryClient> {
        let agent = crate::http::agent(settings.timeout, settings.ca.as_deref())?;
        let authorization = settings.auth.as_ref().map(|auth| match auth {
            RegistryAuth::Basic(pair) => format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(pair)
            ),
            RegistryAuth::Bearer(token) => format!("Bearer {token}"),
        });
        Ok(RegistryClient {
            agent,
            base: settings.url.trim_end_matches('/').to_string(),
            authorization,
        })
    }

    pub fn url(&self) -> &str {
        &self.base
    }

    pub fn subjects(&self) -> Result<Vec<String>> {
        self.call("GET", "/subjects", None)
    }

    pub fn versions(&self, subject: &str) -> Result<Vec<i32>> {
        self.call("GET", &format!("/subjects/{}/versions", seg(subject)), None)
    }

    /// `version` is a number or `latest`.
    pub fn version(&self, subject: &str, version: &str) -> Result<Registered> {
        self.call(
            "GET",
            &format!("/subjects/{}/versions/{}", seg(subject), seg(version)),
            None,
        )
    }

    pub fn by_id(&self, id: u32) -> Result<ById> {
        self.call("GET", &format!("/schemas/ids/{id}"), None)
    }

    pub fn by_guid(&self, guid: &str) -> Result<ById> {
        self.call("GET", &format!("/schemas/guids/{}", seg(guid)), None)
    }

    /// Registers `schema` under `subject` and returns its global id (the existing id when
    /// the same schema is already registered).
    pub fn register(
        &self,
        subject: &str,
        kind: SchemaKind,
        schema: &str,
        references: &[Reference],
    ) -> Result<u32> {
        #[derive(Deserialize)]
        struct Id {
            id: u32,
        }
        let id: Id = self.call(
            "POST",
            &format!("/subjects/{}/versions", seg(subject)),
            Some(&schema_body(kind, schema, references)),
        )?;
        Ok(id.id)
    }

    /// The version of `subject` that holds `schema` (after registering it: the version a
    /// reference to it names).
    pub fn lookup(
        &self,
        subject: &str,
        kind: SchemaKind,
        schema: &str,
        references: &[Reference],
    ) -> Result<Registered> {
        self.call(
            "POST",
            &format!("/subjects/{}", seg(subject)),
            Some(&schema_body(kind, schema, references)),
        )
    }

    /// The compatibility level for `subject`: its own, else the registry's global one.
    pub fn compatibility_level(&self, subject: &str) -> Result<String> {
        #[derive(Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct Level {
            compatibility_level: String,
        }
        match self.call::<Level>("GET", &format!("/config/{}", seg(subject)), None) {
            Ok(l) => Ok(l.compatibility_level),
            Err(Error::NotFound(_)) => self
                .call::<Level>("GET", "/config", None)
                .map(|l| l.compatibility_level),
            Err(e) => Err(e),
        }
    }

    fn call<T: serde::de::DeserializeOwned>(
        &self,
        method: &str,
        path: &str,
        body: Option<&serde_json::Value>,
    ) -> Result<T> {
        let url = format!("{}{path}", self.base);
        let unreachable = |e: ureq::Error| {
            Error::Unavailable(format!(
                "cannot reach the schema registry at {}: {e}",
                self.base
            ))
        };
        let mut response = match body {
            Some(body) => {
                let mut request = self
                    .agent
                    .post(&url)
                    .header("Accept", MEDIA_TYPE)
                    .header("Content-Type", MEDIA_TYPE);
                if let Some(a) = &self.authorization {
                    request = request.header("Authorization", a);
                }
                request
                    .send(body.to_string().as_bytes())
                    .map_err(unreachable)?
            }
            None => {
                debug_assert_eq!(method, "GET");
                let mut request = self.agent.get(&url).header("Accept", MEDIA_TYPE);
                if let Some(a) = &self.authorization {
                    request = request.header("Authorization", a);
                }
                request.call().map_err(unreachable)?
            }
        };
        let status = response.status().as_u16();
        let text = response.body_mut().read_to_string().map_err(|e| {
            Error::Unavailable(format!(
                "reading from the schema registry at {}: {e}",
                self.base
            ))
        })?;
        read_answer(&self.base, method, path, status, &text)
    }
}

/// What an answer of HTTP `status` with body `text` from the registry at `base` means: the
/// value asked for, or the error it names. Public for `fuzz/`.
pub fn read_answer<T: serde::de::DeserializeOwned>(
    base: &str,
    method: &str,
    path: &str,
    status: u16,
    text: &str,
) -> Result<T> {
    if (200..300).contains(&status) {
        return serde_json::from_str(text).map_err(|e| {
            Error::Broker(format!(
                "unexpected answer from the schema registry ({method} {path}): {e}"
            ))
        });
    }
    let detail = serde_json::from_str::<ErrorBody>(text).ok();
    let message = detail
        .as_ref()
        .map(|d| d.message.clone())
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| format!("HTTP {status}"));
    Err(match (status, detail.map(|d| d.error_code)) {
        (401 | 403, _) => Error::Unavailable(format!(
            "the schema registry at {} refused the credentials (HTTP {status})",
            base
        )),
        (_, Some(40401..=40403)) | (404, _) => {
            Error::NotFound(format!("schema registry: {message}"))
        }
        (_, Some(42201 | 42202)) | (422, _) => {
            Error::usage(format!("schema registry rejected the schema: {message}"))
        }
        (_, Some(40901)) | (409, _) => {
            Error::CheckFailed(format!("schema registry: incompatible schema: {message}"))
        }
        _ => Error::Broker(format!(
            "the schema registry at {} answered HTTP {status} for {method} {path}: {message}",
            base
        )),
    })
}

fn schema_body(kind: SchemaKind, schema: &str, references: &[Reference]) -> serde_json::Value {
    let mut body = serde_json::json!({ "schema": schema });
    if kind != SchemaKind::Avro {
        body["schemaType"] = kind.registry_name().into();
    }
    if !references.is_empty() {
        body["references"] = serde_json::json!(references);
    }
    body
}

fn seg(s: &str) -> String {
    crate::amqp::management::encode_segment(s)
}
