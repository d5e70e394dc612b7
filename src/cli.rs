//! Command-line syntax: clap derive only, no I/O. `config.rs` turns this into a `Config`.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "evctl",
    version,
    about = "Produce, consume and inspect events on Apache Kafka and RabbitMQ",
    long_about = None,
    propagate_version = true,
    after_help = "Exit codes: 0 success, 1 a check failed, 2 usage/configuration/input error, \
                  3 broker unreachable/auth/timeout, 4 some messages not delivered, 130 interrupted."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]
    #[arg(
        short = 'b',
        long,
        global = true,
        env = "EVCTL_BROKERS",
        value_name = "HOST:PORT,.."
    )]
    pub brokers: Option<String>,

    /// Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL
    #[arg(short = 'X', global = true, value_name = "KEY=VALUE", value_parser = parse_key_value)]
    pub property: Vec<(String, String)>,

    /// RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST
    #[arg(long, global = true, env = "EVCTL_AMQP_URL", value_name = "URL")]
    pub amqp_url: Option<String>,

    /// RabbitMQ management API [default: http://AMQP-HOST:15672]
    #[arg(long, global = true, env = "EVCTL_MANAGEMENT_URL", value_name = "URL")]
    pub management_url: Option<String>,

    /// Named context from the config file
    #[arg(long, global = true, env = "EVCTL_CONTEXT", value_name = "NAME")]
    pub context: Option<String>,

    /// Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]
    #[arg(
        long = "config-file",
        global = true,
        env = "EVCTL_CONFIG",
        value_name = "PATH"
    )]
    pub config: Option<PathBuf>,

    /// How long to wait for a broker before giving up
    #[arg(long, global = true, default_value = "10s", value_name = "DURATION", value_parser = parse_duration)]
    pub timeout: Duration,

    /// Output format
    #[arg(short = 'o', long, global = true, value_enum, default_value_t = OutputFormat::Text)]
    pub output: OutputFormat,

    /// When to use colours (NO_COLOR is honoured with auto)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Say more on stderr (repeat for librdkafka debug logs)
    #[arg(short = 'v', long, global = true, action = clap::ArgAction::Count, conflicts_with = "quiet")]
    pub verbose: u8,

    /// Say nothing on stderr but errors
    #[arg(short = 'q', long, global = true)]
    pub quiet: bool,

    #[command(flatten)]
    pub schemas: SchemaArgs,
}

/// Where schemas come from; shared by validate, schema, produce and tail.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Schemas")]
pub struct SchemaArgs {
    /// Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen
    /// explicitly, it wins over a registry
    #[arg(long, global = true, env = "EVCTL_SCHEMAS", value_name = "DIR")]
    pub schemas: Option<PathBuf>,

    /// Confluent-compatible Schema Registry URL
    #[arg(long, global = true, env = "EVCTL_SCHEMA_REGISTRY", value_name = "URL")]
    pub schema_registry: Option<String>,

    /// Registry HTTP Basic credentials (also Confluent Cloud API key:secret)
    #[arg(
        long,
        global = true,
        env = "EVCTL_SCHEMA_REGISTRY_AUTH",
        value_name = "USER:SECRET",
        hide_env_values = true
    )]
    pub registry_auth: Option<String>,

    /// Registry bearer token
    #[arg(
        long,
        global = true,
        env = "EVCTL_SCHEMA_REGISTRY_TOKEN",
        value_name = "TOKEN",
        hide_env_values = true,
        conflicts_with = "registry_auth"
    )]
    pub registry_token: Option<String>,

    /// PEM CA bundle that signs the registry's certificate
    #[arg(long, global = true, value_name = "PATH")]
    pub registry_ca: Option<PathBuf>,

    /// How subjects are named
    #[arg(long, global = true, value_enum, default_value_t = SubjectNaming::Topic, value_name = "STRATEGY")]
    pub subject_strategy: SubjectNaming,

    /// Record full name for --subject-strategy record|topic-record
    #[arg(long, global = true, value_name = "FULL.NAME")]
    pub record_name: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SubjectNaming {
    /// <topic>-value, <topic>-key (TopicNameStrategy)
    Topic,
    /// The record's full name (RecordNameStrategy)
    Record,
    /// <topic>-<record full name> (TopicRecordNameStrategy)
    TopicRecord,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Readable text (coloured, pretty JSON on a terminal)
    Text,
    /// JSON (one pretty document per message or per listing)
    Json,
    /// JSON lines: one compact record per line (the envelope)
    Jsonl,
    /// JUnit XML, for CI test reports (validate only)
    Junit,
    /// The Prometheus text format (lag only), for node_exporter's textfile collector
    Prometheus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Publish messages to a Kafka topic or a RabbitMQ exchange or queue
    Produce(ProduceArgs),
    /// Read messages from Kafka topics and print them
    Tail(TailArgs),
    /// List, describe, create and delete topics
    #[command(subcommand)]
    Topics(TopicsCommand),
    /// Consumer-group lag in messages and in time, judged like Burrow (OK/WARN/ERR)
    Lag(LagArgs),
    /// Consumer groups
    #[command(subcommand)]
    Groups(GroupsCommand),
    /// A live terminal dashboard: brokers, topics, partitions, consumer-group lag, RabbitMQ queues
    Dashboard(DashboardArgs),
    /// Dead-letter topics and queues: inspect them, replay their messages where they failed
    #[command(subcommand)]
    Dlq(DlqCommand),
    /// Check payloads against a schema (JSON Schema or Avro): files, stdin or a live topic
    Validate(ValidateArgs),
    /// Registered schemas: list, show, register, and check a change for compatibility
    #[command(subcommand)]
    Schema(SchemaCommand),
    /// RabbitMQ queues: depth, consumers, rates, arguments
    #[command(subcommand)]
    Queues(QueuesCommand),
    /// RabbitMQ exchanges: type, flags, arguments, rates
    #[command(subcommand)]
    Exchanges(ExchangesCommand),
    /// RabbitMQ bindings: which exchange routes what to which queue or exchange
    Bindings(BindingsArgs),
    /// List, select and show config-file contexts
    #[command(subcommand)]
    Context(ContextCommand),
    /// Print a shell completion script
    Completions(CompletionsArgs),
}

/// Where a Confluent-framed value names its schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Framing {
    /// Byte 0, then the 4-byte schema id, before the value
    Prefix,
    /// Byte 1 and the schema's 16-byte GUID in the `__value_schema_id` header
    Header,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputMode {
    /// One message per line
    Lines,
    /// The whole input is one message
    Raw,
    /// One envelope per line, as written by `tail -o jsonl`
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Compression {
    None,
    Gzip,
    Snappy,
    Lz4,
    Zstd,
}

/// How a keyed message's partition is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Partitioner {
    /// murmur2 of the key, as Kafka's Java clients (and `dlq replay`) place keys
    Murmur2,
    /// CRC32 of the key, librdkafka's default (kcat, confluent-kafka and other librdkafka clients)
    Crc32,
    /// FNV-1a of the key, as Sarama (Go) places keys
    Fnv1a,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Acks {
    /// Every in-sync replica (needed by the idempotent producer)
    All,
    /// The leader only
    #[value(name = "1")]
    Leader,
    /// Do not wait
    #[value(name = "0")]
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnError {
    /// Stop at the first bad input line; nothing after it is sent
    Fail,
    /// Skip bad lines, count them and report them
    Skip,
}

#[derive(Debug, Args)]
pub struct ProduceArgs {
    /// Topic to produce to (with --input jsonl, optional: each envelope's topic is used)
    pub topic: Option<String>,

    /// Send this one value instead of reading input
    #[arg(long, conflicts_with_all = ["file", "input"])]
    pub value: Option<String>,

    /// Read messages from this file instead of stdin
    #[arg(long, value_name = "PATH")]
    pub file: Option<PathBuf>,

    /// How input is split into messages
    #[arg(long, value_enum, default_value_t = InputMode::Lines)]
    pub input: InputMode,

    /// Key for every message
    #[arg(long, conflicts_with = "key_separator")]
    pub key: Option<String>,

    /// Split each line at the first SEP into key and value
    #[arg(short = 'K', long, value_name = "SEP")]
    pub key_separator: Option<String>,

    /// Header for every message (repeatable)
    #[arg(short = 'H', long = "header", value_name = "KEY=VALUE", value_parser = parse_key_value)]
    pub headers: Vec<(String, String)>,

    /// Partition for every message [default: by key, or the envelope's]
    #[arg(long)]
    pub partition: Option<i32>,

    #[arg(long, value_enum)]
    pub compression: Option<Compression>,

    /// How keys choose partitions; messages without a key are spread at random
    #[arg(long, value_enum, default_value_t = Partitioner::Murmur2)]
    pub partitioner: Partitioner,

    /// Acknowledgements to wait for (anything but `all` turns idempotence off)
    #[arg(long, value_enum)]
    pub acks: Option<Acks>,

    /// Send an empty value as null (a tombstone), like kcat -Z
    #[arg(long)]
    pub null_value: bool,

    /// At most this many messages per second
    #[arg(long, value_name = "N")]
    pub rate: Option<u32>,

    /// What a malformed input line does
    #[arg(long, value_enum, default_value_t = OnError::Fail)]
    pub on_error: OnError,

    /// Check every value against the topic's schema first; send nothing if any is invalid
    /// (with --on-error skip: send the valid ones)
    #[arg(long, help_heading = "Schemas")]
    pub validate: bool,

    /// Validate against this schema file instead of the topic's (implies --validate)
    #[arg(long, value_name = "FILE", help_heading = "Schemas")]
    pub schema: Option<PathBuf>,

    /// Encode JSON values as Avro in the Confluent wire format, with the topic's registered
    /// schema id
    #[arg(long, help_heading = "Schemas", conflicts_with = "schema")]
    pub avro: bool,

    /// Encode JSON values (proto3 JSON mapping) as Protobuf in the Confluent wire format, with
    /// the topic's registered schema id and the message's index
    #[arg(long, help_heading = "Schemas", conflicts_with_all = ["schema", "avro"])]
    pub protobuf: bool,

    /// Where --avro and --protobuf name the schema: before the value (magic byte and id), or
    /// in the __value_schema_id header (the schema's GUID, as Confluent's header serializer)
    #[arg(
        long,
        value_enum,
        default_value_t = Framing::Prefix,
        help_heading = "Schemas",
        value_name = "WHERE"
    )]
    pub framing: Framing,

    #[command(flatten)]
    pub amqp: AmqpPublishArgs,
}

/// Publishing to RabbitMQ instead of Kafka: `--exchange` or `--queue` selects it.
#[derive(Debug, Args)]
#[command(next_help_heading = "RabbitMQ")]
pub struct AmqpPublishArgs {
    /// Publish to this RabbitMQ exchange (instead of a Kafka topic)
    #[arg(long, conflicts_with_all = ["queue", "topic", "partition", "compression", "acks", "partitioner"])]
    pub exchange: Option<String>,

    /// Routing key (with -K, each line's key part is its routing key)
    #[arg(long, value_name = "KEY", requires = "exchange")]
    pub routing_key: Option<String>,

    /// Publish to this queue through the default exchange
    #[arg(long, conflicts_with_all = ["topic", "partition", "compression", "acks", "partitioner"])]
    pub queue: Option<String>,

    #[arg(long, value_name = "MIME")]
    pub content_type: Option<String>,
    #[arg(long, value_name = "ID")]
    pub message_id: Option<String>,
    #[arg(long, value_name = "ID")]
    pub correlation_id: Option<String>,
    /// The AMQP `type` property
    #[arg(long = "type", value_name = "TYPE")]
    pub message_type: Option<String>,
    #[arg(long, value_name = "ID")]
    pub app_id: Option<String>,
    #[arg(long, value_name = "0-255")]
    pub priority: Option<u8>,
    /// Per-message TTL in milliseconds
    #[arg(long, value_name = "MS")]
    pub expiration: Option<String>,
    /// Delivery mode 2: written to disk (the default)
    #[arg(long, conflicts_with = "transient")]
    pub persistent: bool,
    /// Delivery mode 1: not written to disk
    #[arg(long)]
    pub transient: bool,
    /// Report messages no queue received (they count as failed)
    #[arg(long)]
    pub mandatory: bool,
}

impl AmqpPublishArgs {
    pub fn selected(&self) -> bool {
        self.exchange.is_some() || self.queue.is_some()
    }
}

#[derive(Debug, Args)]
pub struct TailArgs {
    /// Kafka topics to read
    #[arg(required_unless_present_any = ["queue", "exchange"], conflicts_with_all = ["queue", "exchange"])]
    pub topics: Vec<String>,

    /// Where to start: beginning, end, OFFSET, -N (N before the end), @TIME (RFC 3339 or epoch
    /// ms) or a duration ago (10m)
    #[arg(
        long,
        default_value = "end",
        allow_hyphen_values = true,
        value_name = "WHERE"
    )]
    pub from: String,

    /// Stop when every partition has been read to its end
    #[arg(short = 'e', long)]
    pub exit: bool,

    /// Stop after printing N messages
    #[arg(short = 'n', long, value_name = "N")]
    pub count: Option<u64>,

    /// Read only these partitions (repeatable)
    #[arg(
        short = 'p',
        long = "partition",
        value_name = "N",
        conflicts_with = "group"
    )]
    pub partitions: Vec<i32>,

    /// Join this consumer group and commit what was printed [default: no group, no trace]
    #[arg(long, value_name = "GROUP")]
    pub group: Option<String>,

    /// Only messages with exactly this key
    #[arg(long)]
    pub key: Option<String>,

    /// Only messages with this header (repeatable; all must match)
    #[arg(long = "header", value_name = "KEY=VALUE", value_parser = parse_key_value)]
    pub headers: Vec<(String, String)>,

    /// Only messages whose value matches this regular expression
    #[arg(long, value_name = "REGEX")]
    pub grep: Option<String>,

    /// kcat-style format: %t %p %o %k %K %s %S %T %I %h %%
    #[arg(short = 'f', long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// Print Confluent-framed values as they are instead of decoding them with the registry
    #[arg(long, help_heading = "Schemas")]
    pub no_decode: bool,

    /// Kafka: read_committed (the default, as kcat and Kafka's consumers) hides records of
    /// aborted and still-open transactions; read_uncommitted shows them
    #[arg(long, value_enum, value_name = "LEVEL", conflicts_with_all = ["queue", "exchange"])]
    pub isolation: Option<Isolation>,

    /// Read this RabbitMQ queue: a peek that puts every message back unless --ack
    #[arg(long, help_heading = "RabbitMQ", conflicts_with_all = ["exchange", "group", "partitions"])]
    pub queue: Option<String>,

    /// Consume for real: acknowledge (remove) each message once it is printed
    #[arg(long, help_heading = "RabbitMQ", requires = "queue")]
    pub ack: bool,

    /// A peek holds what it has read unacknowledged until it ends, so it reads at most the
    /// queue's first N messages (RabbitMQ's prefetch, at most 65535)
    #[arg(
        long,
        help_heading = "RabbitMQ",
        requires = "queue",
        conflicts_with = "ack",
        default_value_t = 10_000,
        value_name = "N",
        value_parser = clap::value_parser!(u16).range(1..)
    )]
    pub window: u16,

    /// Tap this RabbitMQ exchange through a temporary queue; nobody loses a message
    #[arg(long, help_heading = "RabbitMQ", conflicts_with_all = ["group", "partitions"])]
    pub exchange: Option<String>,

    /// Binding pattern for --exchange [default: #]
    #[arg(
        long,
        help_heading = "RabbitMQ",
        value_name = "PATTERN",
        requires = "exchange"
    )]
    pub binding: Option<String>,

    /// For a headers exchange: bind on these headers (repeatable; all must match)
    #[arg(
        long = "match",
        help_heading = "RabbitMQ",
        value_name = "KEY=VALUE",
        value_parser = parse_key_value,
        requires = "exchange",
        conflicts_with = "binding"
    )]
    pub matches: Vec<(String, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Isolation {
    #[value(name = "read_committed")]
    ReadCommitted,
    #[value(name = "read_uncommitted")]
    ReadUncommitted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Warn,
    Err,
}

#[derive(Debug, Args)]
pub struct LagArgs {
    /// Consumer group, by name or regular expression (repeatable) [default: every group]
    #[arg(short = 'g', long = "group", value_name = "NAME|REGEX", global = true)]
    pub groups: Vec<String>,

    /// Only these topics (repeatable) [default: every topic the group committed on]
    #[arg(long = "topic", value_name = "TOPIC", global = true)]
    pub topics: Vec<String>,

    /// RabbitMQ queues by name or regular expression (repeatable): depth, consumers, rates
    #[arg(long = "queue", value_name = "NAME|REGEX", conflicts_with_all = ["groups", "topics"], global = true)]
    pub queues: Vec<String>,

    /// Samples taken to judge the status (Burrow's window)
    #[arg(long, default_value_t = 3, value_name = "N", value_parser = clap::value_parser!(u32).range(1..), global = true)]
    pub samples: u32,

    /// Time between samples
    #[arg(long, default_value = "500ms", value_name = "DURATION", value_parser = parse_duration)]
    pub interval: Duration,

    /// Keep sampling every INTERVAL and print each time, with trends (Ctrl-C stops)
    #[arg(long, value_name = "INTERVAL", num_args = 0..=1, default_missing_value = "2s", value_parser = parse_duration)]
    pub watch: Option<Duration>,

    /// Show only partitions that lag
    #[arg(long)]
    pub only_lagging: bool,

    /// Exit 1 when a group's status is this bad or worse
    #[arg(long, value_enum, value_name = "STATUS")]
    pub fail_on: Option<FailOn>,

    /// Exit 1 when a partition lags more than N messages
    #[arg(long, value_name = "N")]
    pub max_lag: Option<i64>,

    /// Exit 1 when a partition's oldest unconsumed message is older than this
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub max_time_lag: Option<Duration>,

    #[command(subcommand)]
    pub view: Option<LagView>,
}

#[derive(Debug, Subcommand)]
pub enum LagView {
    /// A live terminal dashboard of the same groups: status, lag, time lag, trend, drill-down
    Dashboard(DashboardArgs),
    /// Serve the same judgements to Prometheus: /metrics, /healthz and a page saying what is
    /// watched
    Serve(ServeArgs),
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to serve on
    #[arg(long, default_value = "127.0.0.1:9308", value_name = "ADDR:PORT")]
    pub listen: std::net::SocketAddr,

    /// How often to sample the brokers (scrapes read the last sample)
    #[arg(long, default_value = "2s", value_name = "DURATION", value_parser = parse_duration)]
    pub refresh: Duration,
}

#[derive(Debug, Args)]
pub struct DashboardArgs {
    /// How often to read the brokers again
    #[arg(long, default_value = "2s", value_name = "DURATION", value_parser = parse_duration)]
    pub refresh: Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ValidateInput {
    /// A JSON array if the input starts with `[`, else JSON lines
    Auto,
    /// One JSON document per line
    Lines,
    /// One JSON array of documents
    Array,
    /// Envelopes as written by `tail -o jsonl`: their values are checked
    Jsonl,
    /// Binary messages (Protobuf or Avro, unframed), each after its length as a varint: the
    /// stream Protobuf's writeDelimitedTo writes
    Delimited,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("against").required(true).args(["schema", "topic", "from_topic"])))]
pub struct ValidateArgs {
    /// Files to check [default: stdin]
    #[arg(value_name = "INPUT", conflicts_with = "from_topic")]
    pub inputs: Vec<PathBuf>,

    /// Schema file: .avsc is Avro, .proto Protobuf, anything else JSON Schema
    #[arg(long, value_name = "FILE")]
    pub schema: Option<PathBuf>,

    /// Use this topic's schema (from the folder or the registry)
    #[arg(long, value_name = "TOPIC", conflicts_with = "schema")]
    pub topic: Option<String>,

    /// Check the messages on this Kafka topic (Confluent-framed payloads are decoded)
    #[arg(long, value_name = "TOPIC")]
    pub from_topic: Option<String>,

    /// Check keys against the key schema instead of values
    #[arg(long)]
    pub key: bool,

    /// How the input is laid out
    #[arg(long, value_enum, default_value_t = ValidateInput::Auto)]
    pub input: ValidateInput,

    /// With --from-topic: where to start, as in tail
    #[arg(
        long,
        default_value = "beginning",
        allow_hyphen_values = true,
        value_name = "WHERE",
        requires = "from_topic"
    )]
    pub from: String,

    /// With --from-topic: stop after N messages
    #[arg(short = 'n', long, value_name = "N", requires = "from_topic")]
    pub count: Option<u64>,

    /// With --from-topic: keep reading new messages instead of stopping at the end
    #[arg(long, requires = "from_topic")]
    pub follow: bool,
}

#[derive(Debug, Subcommand)]
pub enum SchemaCommand {
    /// Subjects in the registry, or the schemas in the folder without one
    List,
    /// A subject's schema (latest or --version), or a topic's from the folder
    Show(SchemaShowArgs),
    /// Register a schema file under a subject; prints its id
    Register(SchemaRegisterArgs),
    /// Is a local schema change compatible? Exit 1 when it is not
    Check(SchemaCheckArgs),
}

#[derive(Debug, Args)]
pub struct SchemaShowArgs {
    /// Subject (registry) or topic (folder)
    pub subject: String,
    /// Version number or `latest`
    #[arg(
        long = "subject-version",
        default_value = "latest",
        value_name = "N|latest"
    )]
    pub subject_version: String,
}

#[derive(Debug, Args)]
pub struct SchemaRegisterArgs {
    /// Subject to register under (e.g. orders-value)
    pub subject: String,
    /// Schema file: .avsc is Avro, anything else JSON Schema
    #[arg(long, value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("previous").required(true).args(["subject", "topic", "against"])))]
pub struct SchemaCheckArgs {
    /// The changed schema
    pub file: PathBuf,
    /// Compare with this subject's registered versions
    #[arg(long)]
    pub subject: Option<String>,
    /// Compare with this topic's value subject (or --key: key subject)
    #[arg(long, conflicts_with = "subject")]
    pub topic: Option<String>,
    /// With --topic: the key subject
    #[arg(long, requires = "topic")]
    pub key: bool,
    /// Compare with an earlier schema file instead of a registry
    #[arg(long, value_name = "FILE", conflicts_with_all = ["subject", "topic"])]
    pub against: Option<PathBuf>,
    /// NONE, BACKWARD, FORWARD, FULL, each optionally _TRANSITIVE [default: the subject's
    /// level in the registry, else BACKWARD]
    #[arg(long, value_name = "LEVEL")]
    pub level: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum DlqCommand {
    /// Count, ages, origins, errors and samples of a DLQ, without consuming it
    Inspect(DlqInspectArgs),
    /// Send dead-lettered messages back where they failed (or to --to), losing nothing
    Replay(Box<DlqReplayArgs>),
}

#[derive(Debug, Args)]
pub struct DlqSource {
    /// The dead-letter topic (Kafka)
    #[arg(required_unless_present = "queue", conflicts_with = "queue")]
    pub topic: Option<String>,

    /// The dead-letter queue (RabbitMQ)
    #[arg(long, value_name = "QUEUE")]
    pub queue: Option<String>,
}

#[derive(Debug, Args)]
pub struct DlqInspectArgs {
    #[command(flatten)]
    pub source: DlqSource,

    /// Messages shown in full with their dead-letter metadata
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub samples: usize,
}

#[derive(Debug, Args)]
pub struct DlqReplayArgs {
    #[command(flatten)]
    pub source: DlqSource,

    /// Send every message to this topic instead of its origin (Kafka)
    #[arg(long, value_name = "TOPIC", conflicts_with_all = ["to_queue", "to_exchange"])]
    pub to: Option<String>,

    /// Send every message to this queue, through the default exchange (RabbitMQ)
    #[arg(long, value_name = "QUEUE", conflicts_with = "to_exchange")]
    pub to_queue: Option<String>,

    /// Re-route through an exchange with the original routing keys: the original exchange
    /// without a value (this fans out to every bound queue again), or EXCHANGE (RabbitMQ)
    #[arg(long, value_name = "EXCHANGE", num_args = 0..=1, default_missing_value = "")]
    pub to_exchange: Option<String>,

    /// Consumer group that records the replay's progress (Kafka) [default: evctl-replay-DLQ]
    #[arg(long, value_name = "GROUP")]
    pub group: Option<String>,

    /// Replay at most N messages
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,

    /// Only messages dead-lettered at or after TIME (RFC 3339 or epoch ms)
    #[arg(long, value_name = "TIME", value_parser = crate::start::parse_time)]
    pub since: Option<i64>,

    /// Only messages dead-lettered before TIME
    #[arg(long, value_name = "TIME", value_parser = crate::start::parse_time)]
    pub until: Option<i64>,

    /// Only messages with this key (Kafka) or routing key (RabbitMQ)
    #[arg(long, value_name = "KEY")]
    pub key: Option<String>,

    /// Only messages with this header value (repeatable: all must match)
    #[arg(long = "header", value_name = "NAME=VALUE")]
    pub headers: Vec<String>,

    /// Only messages whose exception class or dead-letter reason matches
    #[arg(long, value_name = "REGEX")]
    pub error: Option<String>,

    /// Only these DLQ partitions (repeatable, Kafka)
    #[arg(long = "partition", value_name = "N")]
    pub partitions: Vec<i32>,

    /// Start at this DLQ offset instead of the group's committed one (Kafka)
    #[arg(long, value_name = "OFFSET")]
    pub from: Option<i64>,

    /// Print what would be sent where; send, commit and acknowledge nothing
    #[arg(long)]
    pub dry_run: bool,

    /// At most N messages a second
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub rate: Option<u32>,

    /// Refuse messages evctl already replayed this many times (a poison-loop guard)
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub max_replays: u32,

    /// Keep the dead-letter headers on replayed messages
    #[arg(long)]
    pub keep_dlq_headers: bool,

    /// Replay and commit in Kafka transactions: exactly once
    #[arg(long)]
    pub transactional: bool,

    /// Messages sent but not yet committed (Kafka) or acknowledged (RabbitMQ), at most:
    /// the most a killed replay can send twice
    #[arg(long, default_value_t = 1000, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub window: u32,
}

#[derive(Debug, Subcommand)]
pub enum GroupsCommand {
    /// Every consumer group: state, members, protocol, topics
    List,
    /// A group's members (client id, host, assignment) and committed offsets
    Describe { group: String },
    /// Move a group's committed offsets: prints the plan, changes nothing without --execute
    ResetOffsets(ResetOffsetsArgs),
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("target").required(true).multiple(false)))]
pub struct ResetOffsetsArgs {
    pub group: String,

    /// Topic, optionally with partitions: orders or orders:0,2 (repeatable)
    #[arg(
        long = "topic",
        value_name = "TOPIC[:P,..]",
        required_unless_present = "all_topics"
    )]
    pub topics: Vec<String>,

    /// Every topic the group has committed offsets on
    #[arg(long, conflicts_with = "topics")]
    pub all_topics: bool,

    /// To the first offset still in the log
    #[arg(long, group = "target")]
    pub to_earliest: bool,

    /// To the high watermark: skip everything unread
    #[arg(long, group = "target")]
    pub to_latest: bool,

    /// To this offset (kept within the partition's watermarks)
    #[arg(long, group = "target", value_name = "N")]
    pub to_offset: Option<i64>,

    /// To the first record at or after this time (RFC 3339 or epoch ms)
    #[arg(long, group = "target", value_name = "TIME", value_parser = crate::start::parse_time)]
    pub to_datetime: Option<i64>,

    /// To the first record at or after this long ago
    #[arg(long, group = "target", value_name = "DURATION", value_parser = parse_duration)]
    pub by_duration: Option<Duration>,

    /// By N from the committed offset (negative goes back)
    #[arg(long, group = "target", value_name = "N", allow_hyphen_values = true)]
    pub shift_by: Option<i64>,

    /// Commit the new offsets (without it, only the plan is printed)
    #[arg(long)]
    pub execute: bool,
}

#[derive(Debug, Subcommand)]
pub enum TopicsCommand {
    /// Topics with partition and message counts
    List,
    /// Partitions (leader, replicas, ISR, watermarks) and configuration of a topic
    Describe { topic: String },
    /// Create a topic
    Create {
        topic: String,
        #[arg(long, default_value_t = 1)]
        partitions: i32,
        /// Copies of each partition [default: the broker's default.replication.factor]
        #[arg(long)]
        replication_factor: Option<i32>,
        /// Topic configuration (repeatable): --config retention.ms=86400000
        #[arg(long = "config", value_name = "KEY=VALUE", value_parser = parse_key_value)]
        configs: Vec<(String, String)>,
    },
    /// Delete a topic
    Delete { topic: String },
}

#[derive(Debug, Subcommand)]
pub enum QueuesCommand {
    /// Queues with ready, unacknowledged, consumers and rates
    List {
        /// Only this vhost [default: every vhost]
        #[arg(long)]
        vhost: Option<String>,
    },
    /// One queue in full, arguments (DLX, TTL, max-length) included
    Describe {
        queue: String,
        /// [default: the AMQP URL's vhost]
        #[arg(long)]
        vhost: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExchangesCommand {
    /// Exchanges with type, durability and publish rates
    List {
        /// Only this vhost [default: every vhost]
        #[arg(long)]
        vhost: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct BindingsArgs {
    /// Only this vhost [default: every vhost]
    #[arg(long)]
    pub vhost: Option<String>,
    /// Only bindings from this exchange
    #[arg(long)]
    pub exchange: Option<String>,
    /// Only bindings to this queue
    #[arg(long)]
    pub queue: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ContextCommand {
    /// Contexts in the config file; the current one is marked
    List,
    /// Make NAME the current context
    Use { name: String },
    /// A context's settings, secrets masked [default: the current context]
    Show { name: Option<String> },
    /// Save NAME from the connection flags given with it (--brokers, -X, --amqp-url,
    /// --management-url, --schemas, --schema-registry and its credentials); a new config file
    /// is created owner-only (0600)
    Add {
        name: String,
        /// Make it the current context too
        #[arg(long = "use")]
        make_current: bool,
        /// Overwrite a context of that name
        #[arg(long)]
        replace: bool,
    },
    /// Delete NAME from the config file
    Remove { name: String },
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn parse_key_value(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
        _ => Err(format!("expected KEY=VALUE, got {s:?}")),
    }
}

impl GlobalArgs {
    /// The options that say where and how to connect, as command-line words: what a child
    /// `evctl` (the dashboard's DLQ screen runs `dlq inspect` and `dlq replay`) needs to reach
    /// the same brokers. Secrets stay where the user put them: the config file is named, not
    /// read out.
    pub fn connection_args(&self) -> Vec<String> {
        let mut args = Vec::new();
        let mut pair = |flag: &str, value: Option<&String>| {
            if let Some(v) = value {
                args.push(flag.to_string());
                args.push(v.clone());
            }
        };
        pair("--brokers", self.brokers.as_ref());
        pair("--amqp-url", self.amqp_url.as_ref());
        pair("--management-url", self.management_url.as_ref());
        pair("--context", self.context.as_ref());
        let config = self.config.as_ref().map(|p| p.display().to_string());
        pair("--config-file", config.as_ref());
        for (key, value) in &self.property {
            args.push("-X".into());
            args.push(format!("{key}={value}"));
        }
        args.push("--timeout".into());
        args.push(format!("{}ms", self.timeout.as_millis()));
        args
    }
}

fn parse_duration(s: &str) -> Result<Duration, String> {
    crate::start::parse_duration(s).map_err(|e| format!("{e} (examples: 500ms, 10s, 2m)"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn connection_args_reach_the_same_brokers() {
        use clap::Parser;
        let cli = Cli::parse_from([
            "evctl",
            "-b",
            "k1:9092,k2:9092",
            "-X",
            "security.protocol=SASL_SSL",
            "--amqp-url",
            "amqp://u:p@r:5672/%2f",
            "--context",
            "prod",
            "--config-file",
            "/etc/evctl.toml",
            "--timeout",
            "3s",
            "dashboard",
        ]);
        let mut argv = vec!["evctl".to_string()];
        argv.extend(cli.global.connection_args());
        argv.push("dashboard".into());
        let again = Cli::parse_from(argv).global;
        assert_eq!(again.brokers.as_deref(), Some("k1:9092,k2:9092"));
        assert_eq!(again.property, cli.global.property);
        assert_eq!(again.amqp_url, cli.global.amqp_url);
        assert_eq!(again.management_url, None);
        assert_eq!(again.context.as_deref(), Some("prod"));
        assert_eq!(again.config, cli.global.config);
        assert_eq!(again.timeout, Duration::from_secs(3));
    }

    #[test]
    fn key_value_needs_an_equals_sign_and_a_key() {
        assert_eq!(parse_key_value("a=b=c"), Ok(("a".into(), "b=c".into())));
        assert_eq!(parse_key_value("a="), Ok(("a".into(), String::new())));
        assert!(parse_key_value("novalue").is_err());
        assert!(parse_key_value("=v").is_err());
    }

    #[test]
    fn tail_accepts_negative_from() {
        let cli = Cli::try_parse_from(["evctl", "tail", "t", "--from", "-5"]).unwrap();
        match cli.command {
            Command::Tail(args) => assert_eq!(args.from, "-5"),
            other => panic!("parsed as {other:?}"),
        }
    }
}
