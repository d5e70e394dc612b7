//! Resolves flags, environment and the config file (named contexts) into one `Config`.
//!
//! Precedence, highest first: flag, environment (`EVCTL_BROKERS`, `EVCTL_CONTEXT`,
//! `EVCTL_CONFIG`, merged by clap), the selected context, the default (`localhost:9092`).
//! Commands receive a `Config` and never look at clap types or the environment again.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use crate::cli::{ColorChoice, GlobalArgs, OutputFormat, SubjectNaming};
use crate::error::{Error, Result};

pub const DEFAULT_BROKERS: &str = "localhost:9092";

/// Everything a command needs to know about where and how to connect and print.
#[derive(Debug, Clone)]
pub struct Config {
    pub kafka: KafkaSettings,
    pub amqp: AmqpSettings,
    pub output: OutputFormat,
    /// Colour on stdout, decided once from --color, NO_COLOR and the terminal.
    pub color: bool,
    pub stdout_is_terminal: bool,
    pub verbose: u8,
    pub quiet: bool,
    /// The context in use, if any (for messages).
    pub context: Option<String>,
    pub schemas: SchemaSettings,
}

/// Where and how to reach RabbitMQ and its management API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AmqpSettings {
    pub url: String,
    /// TLS files for amqps:// (PEM): a CA bundle to trust, a client certificate and its key.
    pub tls: AmqpTls,
    pub vhost: String,
    pub management_url: String,
    pub management_user: String,
    pub management_password: String,
    pub timeout: Duration,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AmqpTls {
    pub ca: Option<PathBuf>,
    pub cert: Option<PathBuf>,
    pub key: Option<PathBuf>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KafkaSettings {
    pub brokers: String,
    /// librdkafka properties in the order they apply: the context's, then `-X`.
    pub properties: Vec<(String, String)>,
    pub timeout: Duration,
}

/// Where schemas come from: a folder, a registry, and how subjects are named.
#[derive(Debug, Clone)]
pub struct SchemaSettings {
    pub dir: PathBuf,
    /// `--schemas` was given (or set in the context): the folder wins over a registry.
    pub dir_chosen: bool,
    pub registry: Option<RegistrySettings>,
    pub strategy: SubjectStrategy,
    /// The record full name for the RecordName strategies.
    pub record_name: Option<String>,
}

/// How a topic's subject in the registry is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubjectStrategy {
    /// `<topic>-value` / `<topic>-key` (the registry clients' default).
    TopicName,
    /// The record's full name.
    RecordName,
    /// `<topic>-<record full name>`.
    TopicRecordName,
}

/// Credentials for a Schema Registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegistryAuth {
    /// `user:secret` (also Confluent Cloud API key and secret).
    Basic(String),
    Bearer(String),
}

/// How to reach a Schema Registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistrySettings {
    pub url: String,
    pub auth: Option<RegistryAuth>,
    /// A PEM CA bundle to trust instead of the system's roots.
    pub ca: Option<PathBuf>,
    pub timeout: Duration,
}

/// The config file as written by people.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ConfigFile {
    pub current_context: Option<String>,
    #[serde(default)]
    pub contexts: BTreeMap<String, Context>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Context {
    pub brokers: Option<String>,
    /// librdkafka client properties (TLS, SASL, ...).
    #[serde(default)]
    pub properties: BTreeMap<String, Setting>,
    /// RabbitMQ connection.
    #[serde(default)]
    pub amqp: AmqpContext,
    /// Schemas folder for this context.
    pub schemas: Option<PathBuf>,
    #[serde(default, rename = "schema-registry")]
    pub schema_registry: Option<RegistryContext>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RegistryContext {
    pub url: String,
    /// `user:secret` for HTTP Basic.
    pub auth: Option<Setting>,
    pub token: Option<Setting>,
    /// PEM CA bundle that signs the registry's certificate.
    pub ca: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct AmqpContext {
    /// amqp[s]:// URL; it may carry credentials, so it may come from env or file too.
    pub url: Option<Setting>,
    pub management_url: Option<String>,
    pub management_user: Option<String>,
    pub management_password: Option<Setting>,
    /// PEM CA bundle that signs the server's certificate (amqps://).
    pub tls_ca: Option<PathBuf>,
    /// PEM client certificate and its PEM (PKCS#8) key, for servers that ask for one.
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
}

/// The permission bits of a file that users other than its owner may read, as ssh refuses a
/// private key that others can read (evctl only warns).
fn readable_by_others(file: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(file).ok()?.permissions().mode() & 0o777;
    (mode & 0o044 != 0).then_some(mode)
}

/// A property value: inline, or read from an environment variable or a file when used.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(untagged)]
pub enum Setting {
    Text(String),
    Bool(bool),
    Int(i64),
    Env { env: String },
    File { file: PathBuf },
}

impl Setting {
    fn resolve(&self, context: &str, key: &str) -> Result<String> {
        match self {
            Setting::Text(s) => Ok(s.clone()),
            Setting::Bool(b) => Ok(b.to_string()),
            Setting::Int(i) => Ok(i.to_string()),
            Setting::Env { env } => std::env::var(env).map_err(|_| {
                Error::config(format!(
                    "context {context:?}: property {key} reads environment variable {env}, which is not set"
                ))
            }),
            Setting::File { file } => {
                let text = std::fs::read_to_string(file).map_err(|e| {
                    Error::config(format!(
                        "context {context:?}: property {key} reads {}: {e}",
                        file.display()
                    ))
                })?;
                if let Some(mode) = readable_by_others(file) {
                    eprintln!(
                        "evctl: warning: context {context:?}: {} (property {key}) is readable by \
                         other users (mode {mode:03o}); `chmod 600` it",
                        file.display()
                    );
                }
                Ok(text.trim_end_matches(['\n', '\r']).to_string())
            }
        }
    }

    /// How `context show` prints this value: never the secret itself.
    pub fn display(&self, key: &str) -> String {
        match self {
            Setting::Env { env } => format!("<from environment variable {env}>"),
            Setting::File { file } => format!("<from file {}>", file.display()),
            _ if is_secret(key) => "********".to_string(),
            Setting::Text(s) => s.clone(),
            Setting::Bool(b) => b.to_string(),
            Setting::Int(i) => i.to_string(),
        }
    }
}

/// Property names whose values are secrets (passwords, keys, tokens, JAAS configs).
pub fn is_secret(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    [
        "password",
        "secret",
        "jaas",
        "token",
        "key.pem",
        "oauthbearer.config",
    ]
    .iter()
    .any(|s| key.contains(s))
}

pub fn default_config_path() -> PathBuf {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
        .unwrap_or_else(|| PathBuf::from("."));
    base.join("evctl").join("config.toml")
}

impl ConfigFile {
    /// The file `--config-file` names, else the default one, with its path. A missing default
    /// file is an empty configuration; a missing file named on purpose is an error.
    pub fn of(global: &GlobalArgs) -> Result<(PathBuf, ConfigFile)> {
        match &global.config {
            Some(path) => Ok((path.clone(), ConfigFile::load(path, true)?)),
            None => {
                let path = default_config_path();
                let file = ConfigFile::load(&path, false)?;
                Ok((path, file))
            }
        }
    }

    /// Reads the file; a missing file is an empty configuration unless it is `required`.
    pub fn load(path: &Path, required: bool) -> Result<ConfigFile> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => {
                return Ok(ConfigFile::default());
            }
            Err(source) => {
                return Err(Error::File {
                    path: path.display().to_string(),
                    source,
                });
            }
        };
        toml::from_str(&text)
            .map_err(|e| Error::config(format!("{}: {}", path.display(), one_line(&e.to_string()))))
    }

    /// The context named by flag/environment, else the file's current context.
    pub fn select<'a>(
        &'a self,
        requested: Option<&'a str>,
    ) -> Result<Option<(&'a str, &'a Context)>> {
        let Some(name) = requested.or(self.current_context.as_deref()) else {
            return Ok(None);
        };
        match self.contexts.get_key_value(name) {
            Some((name, ctx)) => Ok(Some((name.as_str(), ctx))),
            None => {
                let known: Vec<&str> = self.contexts.keys().map(String::as_str).collect();
                Err(Error::config(format!(
                    "no context named {name:?} (known: {})",
                    if known.is_empty() {
                        "none".to_string()
                    } else {
                        known.join(", ")
                    }
                )))
            }
        }
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Config {
    pub fn resolve(global: &GlobalArgs) -> Result<Config> {
        let (_, file) = ConfigFile::of(global)?;
        let selected = file.select(global.context.as_deref())?;

        let mut properties = Vec::new();
        let mut context_brokers = None;
        if let Some((name, ctx)) = selected {
            for (key, setting) in &ctx.properties {
                properties.push((key.clone(), setting.resolve(name, key)?));
            }
            context_brokers = ctx.brokers.clone();
        }
        properties.extend(global.property.iter().cloned());

        let amqp = resolve_amqp(global, selected)?;
        let brokers = global
            .brokers
            .clone()
            .or(context_brokers)
            .unwrap_or_else(|| DEFAULT_BROKERS.to_string());
        if brokers.trim().is_empty() {
            return Err(Error::usage("--brokers is empty"));
        }

        let stdout_is_terminal = std::io::stdout().is_terminal();
        let color = match global.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                stdout_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };

        Ok(Config {
            amqp,
            kafka: KafkaSettings {
                brokers,
                properties,
                timeout: global.timeout,
            },
            output: global.output,
            color,
            stdout_is_terminal,
            verbose: global.verbose,
            quiet: global.quiet,
            context: selected.map(|(name, _)| name.to_string()),
            schemas: resolve_schemas(global, selected)?,
        })
    }
}

/// Schemas folder and registry: flag or environment, then the context, then `./schemas`.
fn resolve_schemas(
    global: &GlobalArgs,
    selected: Option<(&str, &Context)>,
) -> Result<SchemaSettings> {
    let args = &global.schemas;
    let context_dir = selected.and_then(|(_, c)| c.schemas.clone());
    let dir_chosen = args.schemas.is_some() || context_dir.is_some();
    let dir = args
        .schemas
        .clone()
        .or(context_dir)
        .unwrap_or_else(|| PathBuf::from("schemas"));
    let context_registry =
        selected.and_then(|(name, c)| c.schema_registry.as_ref().map(|r| (name, r)));
    let registry = match (&args.schema_registry, context_registry) {
        (Some(url), _) => Some(RegistrySettings {
            url: url.clone(),
            auth: match (&args.registry_auth, &args.registry_token) {
                (Some(pair), _) => Some(RegistryAuth::Basic(pair.clone())),
                (None, Some(token)) => Some(RegistryAuth::Bearer(token.clone())),
                (None, None) => None,
            },
            ca: args.registry_ca.clone(),
            timeout: global.timeout,
        }),
        (None, Some((name, r))) => Some(RegistrySettings {
            url: r.url.clone(),
            auth: match (&r.auth, &r.token) {
                (Some(a), _) => Some(RegistryAuth::Basic(
                    a.resolve(name, "schema-registry.auth")?,
                )),
                (None, Some(t)) => Some(RegistryAuth::Bearer(
                    t.resolve(name, "schema-registry.token")?,
                )),
                (None, None) => None,
            },
            ca: args.registry_ca.clone().or_else(|| r.ca.clone()),
            timeout: global.timeout,
        }),
        (None, None) => None,
    };
    if let Some(r) = &registry
        && !(r.url.starts_with("http://") || r.url.starts_with("https://"))
    {
        return Err(Error::usage(format!(
            "schema registry URL {:?} must start with http:// or https://",
            r.url
        )));
    }
    if let Some(RegistryAuth::Basic(pair)) = registry.as_ref().and_then(|r| r.auth.as_ref())
        && !pair.contains(':')
    {
        return Err(Error::usage("registry credentials must be USER:SECRET"));
    }
    Ok(SchemaSettings {
        dir,
        dir_chosen,
        registry,
        strategy: match args.subject_strategy {
            SubjectNaming::Topic => SubjectStrategy::TopicName,
            SubjectNaming::Record => SubjectStrategy::RecordName,
            SubjectNaming::TopicRecord => SubjectStrategy::TopicRecordName,
        },
        record_name: args.record_name.clone(),
    })
}

/// AMQP settings: flag or environment, then the context's `[amqp]`, then guest on localhost.
/// Management credentials default to the AMQP URL's.
fn resolve_amqp(global: &GlobalArgs, selected: Option<(&str, &Context)>) -> Result<AmqpSettings> {
    let context = selected.map(|(name, ctx)| (name, &ctx.amqp));
    let url = match (&global.amqp_url, context) {
        (Some(url), _) => url.clone(),
        (
            None,
            Some((
                name,
                AmqpContext {
                    url: Some(setting), ..
                },
            )),
        ) => setting.resolve(name, "amqp.url")?,
        _ => crate::amqp_url::DEFAULT_AMQP_URL.to_string(),
    };
    let parsed = crate::amqp_url::AmqpUrl::parse(&url).map_err(Error::Usage)?;
    let management_url = global
        .management_url
        .clone()
        .or_else(|| context.and_then(|(_, a)| a.management_url.clone()))
        .unwrap_or_else(|| parsed.default_management_url());
    let management_user = context
        .and_then(|(_, a)| a.management_user.clone())
        .or_else(|| parsed.user.clone())
        .unwrap_or_else(|| "guest".to_string());
    let management_password = match context {
        Some((
            name,
            AmqpContext {
                management_password: Some(setting),
                ..
            },
        )) => setting.resolve(name, "amqp.management-password")?,
        _ => parsed
            .password
            .clone()
            .unwrap_or_else(|| "guest".to_string()),
    };
    let tls = context
        .map(|(_, a)| AmqpTls {
            ca: a.tls_ca.clone(),
            cert: a.tls_cert.clone(),
            key: a.tls_key.clone(),
        })
        .unwrap_or_default();
    if tls.cert.is_some() != tls.key.is_some() {
        return Err(Error::config("amqp.tls-cert and amqp.tls-key go together"));
    }
    Ok(AmqpSettings {
        url,
        tls,
        vhost: parsed.vhost,
        management_url,
        management_user,
        management_password,
        timeout: global.timeout,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Cli;
    use clap::Parser;

    const FILE: &str = r#"
current-context = "local"

[contexts.local]
brokers = "127.0.0.1:9092"

[contexts.prod]
brokers = "kafka-1:9093,kafka-2:9093"
[contexts.prod.properties]
"security.protocol" = "SASL_SSL"
"sasl.username" = "svc"
"sasl.password" = "hunter2"
"enable.idempotence" = false
"batch.num.messages" = 5000
"ssl.key.password" = { env = "EVCTL_TEST_UNSET_VARIABLE" }
"#;

    fn parse(file: &str) -> ConfigFile {
        toml::from_str(file).unwrap()
    }

    #[test]
    fn selection_prefers_the_request_over_the_current_context() {
        let file = parse(FILE);
        assert_eq!(file.select(None).unwrap().unwrap().0, "local");
        assert_eq!(file.select(Some("prod")).unwrap().unwrap().0, "prod");
        let err = file.select(Some("staging")).unwrap_err().to_string();
        assert!(
            err.contains("no context named \"staging\" (known: local, prod)"),
            "{err}"
        );
    }

    #[test]
    fn show_never_prints_secrets() {
        let file = parse(FILE);
        let prod = &file.contexts["prod"];
        assert_eq!(
            prod.properties["sasl.password"].display("sasl.password"),
            "********"
        );
        assert_eq!(
            prod.properties["sasl.username"].display("sasl.username"),
            "svc"
        );
        assert_eq!(
            prod.properties["ssl.key.password"].display("ssl.key.password"),
            "<from environment variable EVCTL_TEST_UNSET_VARIABLE>"
        );
        assert!(is_secret("sasl.jaas.config"));
        assert!(is_secret("ssl.key.pem"));
        assert!(!is_secret("ssl.ca.location"));
    }

    #[test]
    fn a_missing_environment_secret_names_context_key_and_variable() {
        let file = parse(FILE);
        let setting = &file.contexts["prod"].properties["ssl.key.password"];
        let err = setting
            .resolve("prod", "ssl.key.password")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("prod")
                && err.contains("ssl.key.password")
                && err.contains("EVCTL_TEST_UNSET_VARIABLE"),
            "{err}"
        );
    }

    #[test]
    fn secrets_resolve_from_files_without_the_newline() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pw");
        std::fs::write(&path, "s3cret\n").unwrap();
        let setting = Setting::File { file: path };
        assert_eq!(setting.resolve("c", "sasl.password").unwrap(), "s3cret");
    }

    #[test]
    fn precedence_flag_then_context_then_default() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(
            &path,
            FILE.replace(
                "\"ssl.key.password\" = { env = \"EVCTL_TEST_UNSET_VARIABLE\" }",
                "",
            ),
        )
        .unwrap();
        let path_arg = path.to_str().unwrap();
        let resolve = |args: &[&str]| {
            let mut argv = vec!["evctl", "--config-file", path_arg];
            argv.extend_from_slice(args);
            argv.extend_from_slice(&["topics", "list"]);
            Config::resolve(&Cli::try_parse_from(argv).unwrap().global).unwrap()
        };
        assert_eq!(resolve(&[]).kafka.brokers, "127.0.0.1:9092");
        let prod = resolve(&["--context", "prod", "-X", "sasl.username=other"]);
        assert_eq!(prod.kafka.brokers, "kafka-1:9093,kafka-2:9093");
        // -X comes after the context's properties, so it wins when applied in order.
        assert_eq!(
            prod.kafka.properties.last().unwrap(),
            &("sasl.username".to_string(), "other".to_string())
        );
        assert!(
            prod.kafka
                .properties
                .contains(&("enable.idempotence".into(), "false".into()))
        );
        assert!(
            prod.kafka
                .properties
                .contains(&("batch.num.messages".into(), "5000".into()))
        );
        assert_eq!(resolve(&["-b", "flag:1"]).kafka.brokers, "flag:1");

        let empty = dir.path().join("empty.toml");
        std::fs::write(&empty, "").unwrap();
        let argv = [
            "evctl",
            "--config-file",
            empty.to_str().unwrap(),
            "topics",
            "list",
        ];
        let cfg = Config::resolve(&Cli::try_parse_from(argv).unwrap().global).unwrap();
        assert_eq!(cfg.kafka.brokers, DEFAULT_BROKERS);
        assert_eq!(cfg.context, None);

        // A file named on purpose must exist; the default one may not.
        let missing = dir.path().join("none.toml");
        let argv = [
            "evctl",
            "--config-file",
            missing.to_str().unwrap(),
            "topics",
            "list",
        ];
        let err = Config::resolve(&Cli::try_parse_from(argv).unwrap().global).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("none.toml"), "{err}");
    }

    #[test]
    fn a_broken_file_is_a_config_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "[contexts.x]\nbrokerz = 1\n").unwrap();
        let err = ConfigFile::load(&path, false).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("config.toml"), "{err}");
    }
}
