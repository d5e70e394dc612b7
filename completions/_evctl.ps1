
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'evctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'evctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'evctl' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('produce', 'produce', [CompletionResultType]::ParameterValue, 'Publish messages to a Kafka topic or a RabbitMQ exchange or queue')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Read messages from Kafka topics and print them')
            [CompletionResult]::new('topics', 'topics', [CompletionResultType]::ParameterValue, 'List, describe, create and delete topics')
            [CompletionResult]::new('lag', 'lag', [CompletionResultType]::ParameterValue, 'Consumer-group lag in messages and in time, judged like Burrow (OK/WARN/ERR)')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Consumer groups')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'A live terminal dashboard: brokers, topics, partitions, consumer-group lag, RabbitMQ queues')
            [CompletionResult]::new('dlq', 'dlq', [CompletionResultType]::ParameterValue, 'Dead-letter topics and queues: inspect them, replay their messages where they failed')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check payloads against a schema (JSON Schema or Avro): files, stdin or a live topic')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Registered schemas: list, show, register, and check a change for compatibility')
            [CompletionResult]::new('queues', 'queues', [CompletionResultType]::ParameterValue, 'RabbitMQ queues: depth, consumers, rates, arguments')
            [CompletionResult]::new('exchanges', 'exchanges', [CompletionResultType]::ParameterValue, 'RabbitMQ exchanges: type, flags, arguments, rates')
            [CompletionResult]::new('bindings', 'bindings', [CompletionResultType]::ParameterValue, 'RabbitMQ bindings: which exchange routes what to which queue or exchange')
            [CompletionResult]::new('context', 'context', [CompletionResultType]::ParameterValue, 'List, select and show config-file contexts')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'evctl;produce' {
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'Send this one value instead of reading input')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read messages from this file instead of stdin')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'How input is split into messages')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Key for every message')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Split each line at the first SEP into key and value')
            [CompletionResult]::new('--key-separator', '--key-separator', [CompletionResultType]::ParameterName, 'Split each line at the first SEP into key and value')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Header for every message (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Header for every message (repeatable)')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Partition for every message [default: by key, or the envelope''s]')
            [CompletionResult]::new('--compression', '--compression', [CompletionResultType]::ParameterName, 'compression')
            [CompletionResult]::new('--partitioner', '--partitioner', [CompletionResultType]::ParameterName, 'How keys choose partitions; messages without a key are spread at random')
            [CompletionResult]::new('--acks', '--acks', [CompletionResultType]::ParameterName, 'Acknowledgements to wait for (anything but `all` turns idempotence off)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'At most this many messages per second')
            [CompletionResult]::new('--on-error', '--on-error', [CompletionResultType]::ParameterName, 'What a malformed input line does')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Validate against this schema file instead of the topic''s (implies --validate)')
            [CompletionResult]::new('--framing', '--framing', [CompletionResultType]::ParameterName, 'Where --avro and --protobuf name the schema: before the value (magic byte and id), or in the __value_schema_id header (the schema''s GUID, as Confluent''s header serializer)')
            [CompletionResult]::new('--exchange', '--exchange', [CompletionResultType]::ParameterName, 'Publish to this RabbitMQ exchange (instead of a Kafka topic)')
            [CompletionResult]::new('--routing-key', '--routing-key', [CompletionResultType]::ParameterName, 'Routing key (with -K, each line''s key part is its routing key)')
            [CompletionResult]::new('--queue', '--queue', [CompletionResultType]::ParameterName, 'Publish to this queue through the default exchange')
            [CompletionResult]::new('--content-type', '--content-type', [CompletionResultType]::ParameterName, 'content-type')
            [CompletionResult]::new('--message-id', '--message-id', [CompletionResultType]::ParameterName, 'message-id')
            [CompletionResult]::new('--correlation-id', '--correlation-id', [CompletionResultType]::ParameterName, 'correlation-id')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The AMQP `type` property')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'app-id')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'priority')
            [CompletionResult]::new('--expiration', '--expiration', [CompletionResultType]::ParameterName, 'Per-message TTL in milliseconds')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('--null-value', '--null-value', [CompletionResultType]::ParameterName, 'Send an empty value as null (a tombstone), like kcat -Z')
            [CompletionResult]::new('--validate', '--validate', [CompletionResultType]::ParameterName, 'Check every value against the topic''s schema first; send nothing if any is invalid (with --on-error skip: send the valid ones)')
            [CompletionResult]::new('--avro', '--avro', [CompletionResultType]::ParameterName, 'Encode JSON values as Avro in the Confluent wire format, with the topic''s registered schema id')
            [CompletionResult]::new('--protobuf', '--protobuf', [CompletionResultType]::ParameterName, 'Encode JSON values (proto3 JSON mapping) as Protobuf in the Confluent wire format, with the topic''s registered schema id and the message''s index')
            [CompletionResult]::new('--persistent', '--persistent', [CompletionResultType]::ParameterName, 'Delivery mode 2: written to disk (the default)')
            [CompletionResult]::new('--transient', '--transient', [CompletionResultType]::ParameterName, 'Delivery mode 1: not written to disk')
            [CompletionResult]::new('--mandatory', '--mandatory', [CompletionResultType]::ParameterName, 'Report messages no queue received (they count as failed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;tail' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Where to start: beginning, end, OFFSET, -N (N before the end), @TIME (RFC 3339 or epoch ms) or a duration ago (10m)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Stop after printing N messages')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after printing N messages')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Read only these partitions (repeatable)')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Read only these partitions (repeatable)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Join this consumer group and commit what was printed [default: no group, no trace]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Only messages with exactly this key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Only messages with this header (repeatable; all must match)')
            [CompletionResult]::new('--grep', '--grep', [CompletionResultType]::ParameterName, 'Only messages whose value matches this regular expression')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'kcat-style format: %t %p %o %k %K %s %S %T %I %h %%')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'kcat-style format: %t %p %o %k %K %s %S %T %I %h %%')
            [CompletionResult]::new('--isolation', '--isolation', [CompletionResultType]::ParameterName, 'Kafka: read_committed (the default, as kcat and Kafka''s consumers) hides records of aborted and still-open transactions; read_uncommitted shows them')
            [CompletionResult]::new('--queue', '--queue', [CompletionResultType]::ParameterName, 'Read this RabbitMQ queue: a peek that puts every message back unless --ack')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'A peek holds what it has read unacknowledged until it ends, so it reads at most the queue''s first N messages (RabbitMQ''s prefetch, at most 65535)')
            [CompletionResult]::new('--exchange', '--exchange', [CompletionResultType]::ParameterName, 'Tap this RabbitMQ exchange through a temporary queue; nobody loses a message')
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'Binding pattern for --exchange [default: #]')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'For a headers exchange: bind on these headers (repeatable; all must match)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Stop when every partition has been read to its end')
            [CompletionResult]::new('--exit', '--exit', [CompletionResultType]::ParameterName, 'Stop when every partition has been read to its end')
            [CompletionResult]::new('--no-decode', '--no-decode', [CompletionResultType]::ParameterName, 'Print Confluent-framed values as they are instead of decoding them with the registry')
            [CompletionResult]::new('--ack', '--ack', [CompletionResultType]::ParameterName, 'Consume for real: acknowledge (remove) each message once it is printed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;topics' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Topics with partition and message counts')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Partitions (leader, replicas, ISR, watermarks) and configuration of a topic')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a topic')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a topic')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'evctl;topics;list' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;topics;describe' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;topics;create' {
            [CompletionResult]::new('--partitions', '--partitions', [CompletionResultType]::ParameterName, 'partitions')
            [CompletionResult]::new('--replication-factor', '--replication-factor', [CompletionResultType]::ParameterName, 'Copies of each partition [default: the broker''s default.replication.factor]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Topic configuration (repeatable): --config retention.ms=86400000')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;topics;delete' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;topics;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Topics with partition and message counts')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Partitions (leader, replicas, ISR, watermarks) and configuration of a topic')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a topic')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a topic')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'evctl;topics;help;list' {
            break
        }
        'evctl;topics;help;describe' {
            break
        }
        'evctl;topics;help;create' {
            break
        }
        'evctl;topics;help;delete' {
            break
        }
        'evctl;topics;help;help' {
            break
        }
        'evctl;lag' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Consumer group, by name or regular expression (repeatable) [default: every group]')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Consumer group, by name or regular expression (repeatable) [default: every group]')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only these topics (repeatable) [default: every topic the group committed on]')
            [CompletionResult]::new('--queue', '--queue', [CompletionResultType]::ParameterName, 'RabbitMQ queues by name or regular expression (repeatable): depth, consumers, rates')
            [CompletionResult]::new('--samples', '--samples', [CompletionResultType]::ParameterName, 'Samples taken to judge the status (Burrow''s window)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between samples')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep sampling every INTERVAL and print each time, with trends (Ctrl-C stops)')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit 1 when a group''s status is this bad or worse')
            [CompletionResult]::new('--max-lag', '--max-lag', [CompletionResultType]::ParameterName, 'Exit 1 when a partition lags more than N messages')
            [CompletionResult]::new('--max-time-lag', '--max-time-lag', [CompletionResultType]::ParameterName, 'Exit 1 when a partition''s oldest unconsumed message is older than this')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('--only-lagging', '--only-lagging', [CompletionResultType]::ParameterName, 'Show only partitions that lag')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'A live terminal dashboard of the same groups: status, lag, time lag, trend, drill-down')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the same judgements to Prometheus: /metrics, /healthz and a page saying what is watched')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'evctl;lag;dashboard' {
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'How often to read the brokers again')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Consumer group, by name or regular expression (repeatable) [default: every group]')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Consumer group, by name or regular expression (repeatable) [default: every group]')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only these topics (repeatable) [default: every topic the group committed on]')
            [CompletionResult]::new('--queue', '--queue', [CompletionResultType]::ParameterName, 'RabbitMQ queues by name or regular expression (repeatable): depth, consumers, rates')
            [CompletionResult]::new('--samples', '--samples', [CompletionResultType]::ParameterName, 'Samples taken to judge the status (Burrow''s window)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;lag;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address and port to serve on')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'How often to sample the brokers (scrapes read the last sample)')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Consumer group, by name or regular expression (repeatable) [default: every group]')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Consumer group, by name or regular expression (repeatable) [default: every group]')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only these topics (repeatable) [default: every topic the group committed on]')
            [CompletionResult]::new('--queue', '--queue', [CompletionResultType]::ParameterName, 'RabbitMQ queues by name or regular expression (repeatable): depth, consumers, rates')
            [CompletionResult]::new('--samples', '--samples', [CompletionResultType]::ParameterName, 'Samples taken to judge the status (Burrow''s window)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;lag;help' {
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'A live terminal dashboard of the same groups: status, lag, time lag, trend, drill-down')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the same judgements to Prometheus: /metrics, /healthz and a page saying what is watched')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'evctl;lag;help;dashboard' {
            break
        }
        'evctl;lag;help;serve' {
            break
        }
        'evctl;lag;help;help' {
            break
        }
        'evctl;groups' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every consumer group: state, members, protocol, topics')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'A group''s members (client id, host, assignment) and committed offsets')
            [CompletionResult]::new('reset-offsets', 'reset-offsets', [CompletionResultType]::ParameterValue, 'Move a group''s committed offsets: prints the plan, changes nothing without --execute')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'evctl;groups;list' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;groups;describe' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;groups;reset-offsets' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Topic, optionally with partitions: orders or orders:0,2 (repeatable)')
            [CompletionResult]::new('--to-offset', '--to-offset', [CompletionResultType]::ParameterName, 'To this offset (kept within the partition''s watermarks)')
            [CompletionResult]::new('--to-datetime', '--to-datetime', [CompletionResultType]::ParameterName, 'To the first record at or after this time (RFC 3339 or epoch ms)')
            [CompletionResult]::new('--by-duration', '--by-duration', [CompletionResultType]::ParameterName, 'To the first record at or after this long ago')
            [CompletionResult]::new('--shift-by', '--shift-by', [CompletionResultType]::ParameterName, 'By N from the committed offset (negative goes back)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('--all-topics', '--all-topics', [CompletionResultType]::ParameterName, 'Every topic the group has committed offsets on')
            [CompletionResult]::new('--to-earliest', '--to-earliest', [CompletionResultType]::ParameterName, 'To the first offset still in the log')
            [CompletionResult]::new('--to-latest', '--to-latest', [CompletionResultType]::ParameterName, 'To the high watermark: skip everything unread')
            [CompletionResult]::new('--execute', '--execute', [CompletionResultType]::ParameterName, 'Commit the new offsets (without it, only the plan is printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;groups;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every consumer group: state, members, protocol, topics')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'A group''s members (client id, host, assignment) and committed offsets')
            [CompletionResult]::new('reset-offsets', 'reset-offsets', [CompletionResultType]::ParameterValue, 'Move a group''s committed offsets: prints the plan, changes nothing without --execute')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'evctl;groups;help;list' {
            break
        }
        'evctl;groups;help;describe' {
            break
        }
        'evctl;groups;help;reset-offsets' {
            break
        }
        'evctl;groups;help;help' {
            break
        }
        'evctl;dashboard' {
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'How often to read the brokers again')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;dlq' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Count, ages, origins, errors and samples of a DLQ, without consuming it')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Send dead-lettered messages back where they failed (or to --to), losing nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'evctl;dlq;inspect' {
            [CompletionResult]::new('--queue', '--queue', [CompletionResultType]::ParameterName, 'The dead-letter queue (RabbitMQ)')
            [CompletionResult]::new('--samples', '--samples', [CompletionResultType]::ParameterName, 'Messages shown in full with their dead-letter metadata')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;dlq;replay' {
            [CompletionResult]::new('--queue', '--queue', [CompletionResultType]::ParameterName, 'The dead-letter queue (RabbitMQ)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Send every message to this topic instead of its origin (Kafka)')
            [CompletionResult]::new('--to-queue', '--to-queue', [CompletionResultType]::ParameterName, 'Send every message to this queue, through the default exchange (RabbitMQ)')
            [CompletionResult]::new('--to-exchange', '--to-exchange', [CompletionResultType]::ParameterName, 'Re-route through an exchange with the original routing keys: the original exchange without a value (this fans out to every bound queue again), or EXCHANGE (RabbitMQ)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Consumer group that records the replay''s progress (Kafka) [default: evctl-replay-DLQ]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Replay at most N messages')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only messages dead-lettered at or after TIME (RFC 3339 or epoch ms)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only messages dead-lettered before TIME')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Only messages with this key (Kafka) or routing key (RabbitMQ)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Only messages with this header value (repeatable: all must match)')
            [CompletionResult]::new('--error', '--error', [CompletionResultType]::ParameterName, 'Only messages whose exception class or dead-letter reason matches')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Only these DLQ partitions (repeatable, Kafka)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Start at this DLQ offset instead of the group''s committed one (Kafka)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'At most N messages a second')
            [CompletionResult]::new('--max-replays', '--max-replays', [CompletionResultType]::ParameterName, 'Refuse messages evctl already replayed this many times (a poison-loop guard)')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'Messages sent but not yet committed (Kafka) or acknowledged (RabbitMQ), at most: the most a killed replay can send twice')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent where; send, commit and acknowledge nothing')
            [CompletionResult]::new('--keep-dlq-headers', '--keep-dlq-headers', [CompletionResultType]::ParameterName, 'Keep the dead-letter headers on replayed messages')
            [CompletionResult]::new('--transactional', '--transactional', [CompletionResultType]::ParameterName, 'Replay and commit in Kafka transactions: exactly once')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;dlq;help' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Count, ages, origins, errors and samples of a DLQ, without consuming it')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Send dead-lettered messages back where they failed (or to --to), losing nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'evctl;dlq;help;inspect' {
            break
        }
        'evctl;dlq;help;replay' {
            break
        }
        'evctl;dlq;help;help' {
            break
        }
        'evctl;validate' {
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Schema file: .avsc is Avro, .proto Protobuf, anything else JSON Schema')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Use this topic''s schema (from the folder or the registry)')
            [CompletionResult]::new('--from-topic', '--from-topic', [CompletionResultType]::ParameterName, 'Check the messages on this Kafka topic (Confluent-framed payloads are decoded)')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'How the input is laid out')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'With --from-topic: where to start, as in tail')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'With --from-topic: stop after N messages')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'With --from-topic: stop after N messages')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Check keys against the key schema instead of values')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'With --from-topic: keep reading new messages instead of stopping at the end')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;schema' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Subjects in the registry, or the schemas in the folder without one')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A subject''s schema (latest or --version), or a topic''s from the folder')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a schema file under a subject; prints its id')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Is a local schema change compatible? Exit 1 when it is not')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'evctl;schema;list' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;schema;show' {
            [CompletionResult]::new('--subject-version', '--subject-version', [CompletionResultType]::ParameterName, 'Version number or `latest`')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;schema;register' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Schema file: .avsc is Avro, anything else JSON Schema')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;schema;check' {
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Compare with this subject''s registered versions')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Compare with this topic''s value subject (or --key: key subject)')
            [CompletionResult]::new('--against', '--against', [CompletionResultType]::ParameterName, 'Compare with an earlier schema file instead of a registry')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'NONE, BACKWARD, FORWARD, FULL, each optionally _TRANSITIVE [default: the subject''s level in the registry, else BACKWARD]')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'With --topic: the key subject')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;schema;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Subjects in the registry, or the schemas in the folder without one')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A subject''s schema (latest or --version), or a topic''s from the folder')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a schema file under a subject; prints its id')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Is a local schema change compatible? Exit 1 when it is not')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'evctl;schema;help;list' {
            break
        }
        'evctl;schema;help;show' {
            break
        }
        'evctl;schema;help;register' {
            break
        }
        'evctl;schema;help;check' {
            break
        }
        'evctl;schema;help;help' {
            break
        }
        'evctl;queues' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Queues with ready, unacknowledged, consumers and rates')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'One queue in full, arguments (DLX, TTL, max-length) included')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'evctl;queues;list' {
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Only this vhost [default: every vhost]')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;queues;describe' {
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, '[default: the AMQP URL''s vhost]')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;queues;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Queues with ready, unacknowledged, consumers and rates')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'One queue in full, arguments (DLX, TTL, max-length) included')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'evctl;queues;help;list' {
            break
        }
        'evctl;queues;help;describe' {
            break
        }
        'evctl;queues;help;help' {
            break
        }
        'evctl;exchanges' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Exchanges with type, durability and publish rates')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'evctl;exchanges;list' {
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Only this vhost [default: every vhost]')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;exchanges;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Exchanges with type, durability and publish rates')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'evctl;exchanges;help;list' {
            break
        }
        'evctl;exchanges;help;help' {
            break
        }
        'evctl;bindings' {
            [CompletionResult]::new('--vhost', '--vhost', [CompletionResultType]::ParameterName, 'Only this vhost [default: every vhost]')
            [CompletionResult]::new('--exchange', '--exchange', [CompletionResultType]::ParameterName, 'Only bindings from this exchange')
            [CompletionResult]::new('--queue', '--queue', [CompletionResultType]::ParameterName, 'Only bindings to this queue')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;context' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Contexts in the config file; the current one is marked')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make NAME the current context')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A context''s settings, secrets masked [default: the current context]')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save NAME from the connection flags given with it (--brokers, -X, --amqp-url, --management-url, --schemas, --schema-registry and its credentials); a new config file is created owner-only (0600)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete NAME from the config file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'evctl;context;list' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;context;use' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;context;show' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;context;add' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('--use', '--use', [CompletionResultType]::ParameterName, 'Make it the current context too')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Overwrite a context of that name')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;context;remove' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;context;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Contexts in the config file; the current one is marked')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make NAME the current context')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A context''s settings, secrets masked [default: the current context]')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save NAME from the connection flags given with it (--brokers, -X, --amqp-url, --management-url, --schemas, --schema-registry and its credentials); a new config file is created owner-only (0600)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete NAME from the config file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'evctl;context;help;list' {
            break
        }
        'evctl;context;help;use' {
            break
        }
        'evctl;context;help;show' {
            break
        }
        'evctl;context;help;add' {
            break
        }
        'evctl;context;help;remove' {
            break
        }
        'evctl;context;help;help' {
            break
        }
        'evctl;completions' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL')
            [CompletionResult]::new('--amqp-url', '--amqp-url', [CompletionResultType]::ParameterName, 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST')
            [CompletionResult]::new('--management-url', '--management-url', [CompletionResultType]::ParameterName, 'RabbitMQ management API [default: http://AMQP-HOST:15672]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a broker before giving up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schemas', '--schemas', [CompletionResultType]::ParameterName, 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible Schema Registry URL')
            [CompletionResult]::new('--registry-auth', '--registry-auth', [CompletionResultType]::ParameterName, 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)')
            [CompletionResult]::new('--registry-token', '--registry-token', [CompletionResultType]::ParameterName, 'Registry bearer token')
            [CompletionResult]::new('--registry-ca', '--registry-ca', [CompletionResultType]::ParameterName, 'PEM CA bundle that signs the registry''s certificate')
            [CompletionResult]::new('--subject-strategy', '--subject-strategy', [CompletionResultType]::ParameterName, 'How subjects are named')
            [CompletionResult]::new('--record-name', '--record-name', [CompletionResultType]::ParameterName, 'Record full name for --subject-strategy record|topic-record')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (repeat for librdkafka debug logs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on stderr but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'evctl;help' {
            [CompletionResult]::new('produce', 'produce', [CompletionResultType]::ParameterValue, 'Publish messages to a Kafka topic or a RabbitMQ exchange or queue')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Read messages from Kafka topics and print them')
            [CompletionResult]::new('topics', 'topics', [CompletionResultType]::ParameterValue, 'List, describe, create and delete topics')
            [CompletionResult]::new('lag', 'lag', [CompletionResultType]::ParameterValue, 'Consumer-group lag in messages and in time, judged like Burrow (OK/WARN/ERR)')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Consumer groups')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'A live terminal dashboard: brokers, topics, partitions, consumer-group lag, RabbitMQ queues')
            [CompletionResult]::new('dlq', 'dlq', [CompletionResultType]::ParameterValue, 'Dead-letter topics and queues: inspect them, replay their messages where they failed')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check payloads against a schema (JSON Schema or Avro): files, stdin or a live topic')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Registered schemas: list, show, register, and check a change for compatibility')
            [CompletionResult]::new('queues', 'queues', [CompletionResultType]::ParameterValue, 'RabbitMQ queues: depth, consumers, rates, arguments')
            [CompletionResult]::new('exchanges', 'exchanges', [CompletionResultType]::ParameterValue, 'RabbitMQ exchanges: type, flags, arguments, rates')
            [CompletionResult]::new('bindings', 'bindings', [CompletionResultType]::ParameterValue, 'RabbitMQ bindings: which exchange routes what to which queue or exchange')
            [CompletionResult]::new('context', 'context', [CompletionResultType]::ParameterValue, 'List, select and show config-file contexts')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'evctl;help;produce' {
            break
        }
        'evctl;help;tail' {
            break
        }
        'evctl;help;topics' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Topics with partition and message counts')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Partitions (leader, replicas, ISR, watermarks) and configuration of a topic')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a topic')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a topic')
            break
        }
        'evctl;help;topics;list' {
            break
        }
        'evctl;help;topics;describe' {
            break
        }
        'evctl;help;topics;create' {
            break
        }
        'evctl;help;topics;delete' {
            break
        }
        'evctl;help;lag' {
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'A live terminal dashboard of the same groups: status, lag, time lag, trend, drill-down')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the same judgements to Prometheus: /metrics, /healthz and a page saying what is watched')
            break
        }
        'evctl;help;lag;dashboard' {
            break
        }
        'evctl;help;lag;serve' {
            break
        }
        'evctl;help;groups' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every consumer group: state, members, protocol, topics')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'A group''s members (client id, host, assignment) and committed offsets')
            [CompletionResult]::new('reset-offsets', 'reset-offsets', [CompletionResultType]::ParameterValue, 'Move a group''s committed offsets: prints the plan, changes nothing without --execute')
            break
        }
        'evctl;help;groups;list' {
            break
        }
        'evctl;help;groups;describe' {
            break
        }
        'evctl;help;groups;reset-offsets' {
            break
        }
        'evctl;help;dashboard' {
            break
        }
        'evctl;help;dlq' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Count, ages, origins, errors and samples of a DLQ, without consuming it')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Send dead-lettered messages back where they failed (or to --to), losing nothing')
            break
        }
        'evctl;help;dlq;inspect' {
            break
        }
        'evctl;help;dlq;replay' {
            break
        }
        'evctl;help;validate' {
            break
        }
        'evctl;help;schema' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Subjects in the registry, or the schemas in the folder without one')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A subject''s schema (latest or --version), or a topic''s from the folder')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a schema file under a subject; prints its id')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Is a local schema change compatible? Exit 1 when it is not')
            break
        }
        'evctl;help;schema;list' {
            break
        }
        'evctl;help;schema;show' {
            break
        }
        'evctl;help;schema;register' {
            break
        }
        'evctl;help;schema;check' {
            break
        }
        'evctl;help;queues' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Queues with ready, unacknowledged, consumers and rates')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'One queue in full, arguments (DLX, TTL, max-length) included')
            break
        }
        'evctl;help;queues;list' {
            break
        }
        'evctl;help;queues;describe' {
            break
        }
        'evctl;help;exchanges' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Exchanges with type, durability and publish rates')
            break
        }
        'evctl;help;exchanges;list' {
            break
        }
        'evctl;help;bindings' {
            break
        }
        'evctl;help;context' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Contexts in the config file; the current one is marked')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make NAME the current context')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A context''s settings, secrets masked [default: the current context]')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save NAME from the connection flags given with it (--brokers, -X, --amqp-url, --management-url, --schemas, --schema-registry and its credentials); a new config file is created owner-only (0600)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete NAME from the config file')
            break
        }
        'evctl;help;context;list' {
            break
        }
        'evctl;help;context;use' {
            break
        }
        'evctl;help;context;show' {
            break
        }
        'evctl;help;context;add' {
            break
        }
        'evctl;help;context;remove' {
            break
        }
        'evctl;help;completions' {
            break
        }
        'evctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
