# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_evctl_global_optspecs
    string join \n b/brokers= X= amqp-url= management-url= context= config-file= timeout= o/output= color= v/verbose q/quiet schemas= schema-registry= registry-auth= registry-token= registry-ca= subject-strategy= record-name= h/help V/version
end

function __fish_evctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_evctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_evctl_using_subcommand
    set -l cmd (__fish_evctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c evctl -n "__fish_evctl_needs_command" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_needs_command" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_needs_command" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_needs_command" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_needs_command" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_needs_command" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_needs_command" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_needs_command" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_needs_command" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_needs_command" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_needs_command" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_needs_command" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_needs_command" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_needs_command" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_needs_command" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_needs_command" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_needs_command" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_needs_command" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_needs_command" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_needs_command" -f -a "produce" -d 'Publish messages to a Kafka topic or a RabbitMQ exchange or queue'
complete -c evctl -n "__fish_evctl_needs_command" -f -a "tail" -d 'Read messages from Kafka topics and print them'
complete -c evctl -n "__fish_evctl_needs_command" -f -a "topics" -d 'List, describe, create and delete topics'
complete -c evctl -n "__fish_evctl_needs_command" -f -a "lag" -d 'Consumer-group lag in messages and in time, judged like Burrow (OK/WARN/ERR)'
complete -c evctl -n "__fish_evctl_needs_command" -f -a "groups" -d 'Consumer groups'
complete -c evctl -n "__fish_evctl_needs_command" -f -a "dashboard" -d 'A live terminal dashboard: brokers, topics, partitions, consumer-group lag, RabbitMQ queues'
complete -c evctl -n "__fish_evctl_needs_command" -f -a "dlq" -d 'Dead-letter topics and queues: inspect them, replay their messages where they failed'
complete -c evctl -n "__fish_evctl_needs_command" -f -a "validate" -d 'Check payloads against a schema (JSON Schema or Avro): files, stdin or a live topic'
complete -c evctl -n "__fish_evctl_needs_command" -f -a "schema" -d 'Registered schemas: list, show, register, and check a change for compatibility'
complete -c evctl -n "__fish_evctl_needs_command" -f -a "queues" -d 'RabbitMQ queues: depth, consumers, rates, arguments'
complete -c evctl -n "__fish_evctl_needs_command" -f -a "exchanges" -d 'RabbitMQ exchanges: type, flags, arguments, rates'
complete -c evctl -n "__fish_evctl_needs_command" -f -a "bindings" -d 'RabbitMQ bindings: which exchange routes what to which queue or exchange'
complete -c evctl -n "__fish_evctl_needs_command" -f -a "context" -d 'List, select and show config-file contexts'
complete -c evctl -n "__fish_evctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c evctl -n "__fish_evctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l value -d 'Send this one value instead of reading input' -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l file -d 'Read messages from this file instead of stdin' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l input -d 'How input is split into messages' -r -f -a "lines\t'One message per line'
raw\t'The whole input is one message'
jsonl\t'One envelope per line, as written by `tail -o jsonl`'"
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l key -d 'Key for every message' -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -s K -l key-separator -d 'Split each line at the first SEP into key and value' -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -s H -l header -d 'Header for every message (repeatable)' -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l partition -d 'Partition for every message [default: by key, or the envelope\'s]' -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l compression -r -f -a "none\t''
gzip\t''
snappy\t''
lz4\t''
zstd\t''"
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l partitioner -d 'How keys choose partitions; messages without a key are spread at random' -r -f -a "murmur2\t'murmur2 of the key, as Kafka\'s Java clients (and `dlq replay`) place keys'
crc32\t'CRC32 of the key, librdkafka\'s default (kcat, confluent-kafka and other librdkafka clients)'
fnv1a\t'FNV-1a of the key, as Sarama (Go) places keys'"
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l acks -d 'Acknowledgements to wait for (anything but `all` turns idempotence off)' -r -f -a "all\t'Every in-sync replica (needed by the idempotent producer)'
1\t'The leader only'
0\t'Do not wait'"
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l rate -d 'At most this many messages per second' -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l on-error -d 'What a malformed input line does' -r -f -a "fail\t'Stop at the first bad input line; nothing after it is sent'
skip\t'Skip bad lines, count them and report them'"
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l schema -d 'Validate against this schema file instead of the topic\'s (implies --validate)' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l framing -d 'Where --avro and --protobuf name the schema: before the value (magic byte and id), or in the __value_schema_id header (the schema\'s GUID, as Confluent\'s header serializer)' -r -f -a "prefix\t'Byte 0, then the 4-byte schema id, before the value'
header\t'Byte 1 and the schema\'s 16-byte GUID in the `__value_schema_id` header'"
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l exchange -d 'Publish to this RabbitMQ exchange (instead of a Kafka topic)' -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l routing-key -d 'Routing key (with -K, each line\'s key part is its routing key)' -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l queue -d 'Publish to this queue through the default exchange' -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l content-type -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l message-id -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l correlation-id -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l type -d 'The AMQP `type` property' -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l app-id -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l priority -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l expiration -d 'Per-message TTL in milliseconds' -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l null-value -d 'Send an empty value as null (a tombstone), like kcat -Z'
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l validate -d 'Check every value against the topic\'s schema first; send nothing if any is invalid (with --on-error skip: send the valid ones)'
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l avro -d 'Encode JSON values as Avro in the Confluent wire format, with the topic\'s registered schema id'
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l protobuf -d 'Encode JSON values (proto3 JSON mapping) as Protobuf in the Confluent wire format, with the topic\'s registered schema id and the message\'s index'
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l persistent -d 'Delivery mode 2: written to disk (the default)'
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l transient -d 'Delivery mode 1: not written to disk'
complete -c evctl -n "__fish_evctl_using_subcommand produce" -l mandatory -d 'Report messages no queue received (they count as failed)'
complete -c evctl -n "__fish_evctl_using_subcommand produce" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand produce" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand produce" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand produce" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l from -d 'Where to start: beginning, end, OFFSET, -N (N before the end), @TIME (RFC 3339 or epoch ms) or a duration ago (10m)' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -s n -l count -d 'Stop after printing N messages' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -s p -l partition -d 'Read only these partitions (repeatable)' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l group -d 'Join this consumer group and commit what was printed [default: no group, no trace]' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l key -d 'Only messages with exactly this key' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l header -d 'Only messages with this header (repeatable; all must match)' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l grep -d 'Only messages whose value matches this regular expression' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -s f -l format -d 'kcat-style format: %t %p %o %k %K %s %S %T %I %h %%' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l isolation -d 'Kafka: read_committed (the default, as kcat and Kafka\'s consumers) hides records of aborted and still-open transactions; read_uncommitted shows them' -r -f -a "read_committed\t''
read_uncommitted\t''"
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l queue -d 'Read this RabbitMQ queue: a peek that puts every message back unless --ack' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l window -d 'A peek holds what it has read unacknowledged until it ends, so it reads at most the queue\'s first N messages (RabbitMQ\'s prefetch, at most 65535)' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l exchange -d 'Tap this RabbitMQ exchange through a temporary queue; nobody loses a message' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l binding -d 'Binding pattern for --exchange [default: #]' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l match -d 'For a headers exchange: bind on these headers (repeatable; all must match)' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand tail" -s e -l exit -d 'Stop when every partition has been read to its end'
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l no-decode -d 'Print Confluent-framed values as they are instead of decoding them with the registry'
complete -c evctl -n "__fish_evctl_using_subcommand tail" -l ack -d 'Consume for real: acknowledge (remove) each message once it is printed'
complete -c evctl -n "__fish_evctl_using_subcommand tail" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand tail" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand tail" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand tail" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -f -a "list" -d 'Topics with partition and message counts'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -f -a "describe" -d 'Partitions (leader, replicas, ISR, watermarks) and configuration of a topic'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -f -a "create" -d 'Create a topic'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -f -a "delete" -d 'Delete a topic'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l partitions -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l replication-factor -d 'Copies of each partition [default: the broker\'s default.replication.factor]' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l config -d 'Topic configuration (repeatable): --config retention.ms=86400000' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "list" -d 'Topics with partition and message counts'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Partitions (leader, replicas, ISR, watermarks) and configuration of a topic'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a topic'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a topic'
complete -c evctl -n "__fish_evctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -s g -l group -d 'Consumer group, by name or regular expression (repeatable) [default: every group]' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l topic -d 'Only these topics (repeatable) [default: every topic the group committed on]' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l queue -d 'RabbitMQ queues by name or regular expression (repeatable): depth, consumers, rates' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l samples -d 'Samples taken to judge the status (Burrow\'s window)' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l interval -d 'Time between samples' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l watch -d 'Keep sampling every INTERVAL and print each time, with trends (Ctrl-C stops)' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l fail-on -d 'Exit 1 when a group\'s status is this bad or worse' -r -f -a "warn\t''
err\t''"
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l max-lag -d 'Exit 1 when a partition lags more than N messages' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l max-time-lag -d 'Exit 1 when a partition\'s oldest unconsumed message is older than this' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -l only-lagging -d 'Show only partitions that lag'
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -f -a "dashboard" -d 'A live terminal dashboard of the same groups: status, lag, time lag, trend, drill-down'
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -f -a "serve" -d 'Serve the same judgements to Prometheus: /metrics, /healthz and a page saying what is watched'
complete -c evctl -n "__fish_evctl_using_subcommand lag; and not __fish_seen_subcommand_from dashboard serve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -l refresh -d 'How often to read the brokers again' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -s g -l group -d 'Consumer group, by name or regular expression (repeatable) [default: every group]' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -l topic -d 'Only these topics (repeatable) [default: every topic the group committed on]' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -l queue -d 'RabbitMQ queues by name or regular expression (repeatable): depth, consumers, rates' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -l samples -d 'Samples taken to judge the status (Burrow\'s window)' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from dashboard" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -l listen -d 'Address and port to serve on' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -l refresh -d 'How often to sample the brokers (scrapes read the last sample)' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -s g -l group -d 'Consumer group, by name or regular expression (repeatable) [default: every group]' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -l topic -d 'Only these topics (repeatable) [default: every topic the group committed on]' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -l queue -d 'RabbitMQ queues by name or regular expression (repeatable): depth, consumers, rates' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -l samples -d 'Samples taken to judge the status (Burrow\'s window)' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from help" -f -a "dashboard" -d 'A live terminal dashboard of the same groups: status, lag, time lag, trend, drill-down'
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the same judgements to Prometheus: /metrics, /healthz and a page saying what is watched'
complete -c evctl -n "__fish_evctl_using_subcommand lag; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -f -a "list" -d 'Every consumer group: state, members, protocol, topics'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -f -a "describe" -d 'A group\'s members (client id, host, assignment) and committed offsets'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -f -a "reset-offsets" -d 'Move a group\'s committed offsets: prints the plan, changes nothing without --execute'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l topic -d 'Topic, optionally with partitions: orders or orders:0,2 (repeatable)' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l to-offset -d 'To this offset (kept within the partition\'s watermarks)' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l to-datetime -d 'To the first record at or after this time (RFC 3339 or epoch ms)' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l by-duration -d 'To the first record at or after this long ago' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l shift-by -d 'By N from the committed offset (negative goes back)' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l all-topics -d 'Every topic the group has committed offsets on'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l to-earliest -d 'To the first offset still in the log'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l to-latest -d 'To the high watermark: skip everything unread'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l execute -d 'Commit the new offsets (without it, only the plan is printed)'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every consumer group: state, members, protocol, topics'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "describe" -d 'A group\'s members (client id, host, assignment) and committed offsets'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "reset-offsets" -d 'Move a group\'s committed offsets: prints the plan, changes nothing without --execute'
complete -c evctl -n "__fish_evctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c evctl -n "__fish_evctl_using_subcommand dashboard" -l refresh -d 'How often to read the brokers again' -r
complete -c evctl -n "__fish_evctl_using_subcommand dashboard" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand dashboard" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand dashboard" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand dashboard" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand dashboard" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand dashboard" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand dashboard" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand dashboard" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand dashboard" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand dashboard" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand dashboard" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand dashboard" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand dashboard" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand dashboard" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand dashboard" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand dashboard" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand dashboard" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand dashboard" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand dashboard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand dashboard" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -f -a "inspect" -d 'Count, ages, origins, errors and samples of a DLQ, without consuming it'
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -f -a "replay" -d 'Send dead-lettered messages back where they failed (or to --to), losing nothing'
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l queue -d 'The dead-letter queue (RabbitMQ)' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l samples -d 'Messages shown in full with their dead-letter metadata' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l queue -d 'The dead-letter queue (RabbitMQ)' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l to -d 'Send every message to this topic instead of its origin (Kafka)' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l to-queue -d 'Send every message to this queue, through the default exchange (RabbitMQ)' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l to-exchange -d 'Re-route through an exchange with the original routing keys: the original exchange without a value (this fans out to every bound queue again), or EXCHANGE (RabbitMQ)' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l group -d 'Consumer group that records the replay\'s progress (Kafka) [default: evctl-replay-DLQ]' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l limit -d 'Replay at most N messages' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l since -d 'Only messages dead-lettered at or after TIME (RFC 3339 or epoch ms)' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l until -d 'Only messages dead-lettered before TIME' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l key -d 'Only messages with this key (Kafka) or routing key (RabbitMQ)' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l header -d 'Only messages with this header value (repeatable: all must match)' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l error -d 'Only messages whose exception class or dead-letter reason matches' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l partition -d 'Only these DLQ partitions (repeatable, Kafka)' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l from -d 'Start at this DLQ offset instead of the group\'s committed one (Kafka)' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l rate -d 'At most N messages a second' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l max-replays -d 'Refuse messages evctl already replayed this many times (a poison-loop guard)' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l window -d 'Messages sent but not yet committed (Kafka) or acknowledged (RabbitMQ), at most: the most a killed replay can send twice' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l dry-run -d 'Print what would be sent where; send, commit and acknowledge nothing'
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l keep-dlq-headers -d 'Keep the dead-letter headers on replayed messages'
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l transactional -d 'Replay and commit in Kafka transactions: exactly once'
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Count, ages, origins, errors and samples of a DLQ, without consuming it'
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from help" -f -a "replay" -d 'Send dead-lettered messages back where they failed (or to --to), losing nothing'
complete -c evctl -n "__fish_evctl_using_subcommand dlq; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c evctl -n "__fish_evctl_using_subcommand validate" -l schema -d 'Schema file: .avsc is Avro, .proto Protobuf, anything else JSON Schema' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand validate" -l topic -d 'Use this topic\'s schema (from the folder or the registry)' -r
complete -c evctl -n "__fish_evctl_using_subcommand validate" -l from-topic -d 'Check the messages on this Kafka topic (Confluent-framed payloads are decoded)' -r
complete -c evctl -n "__fish_evctl_using_subcommand validate" -l input -d 'How the input is laid out' -r -f -a "auto\t'A JSON array if the input starts with `[`, else JSON lines'
lines\t'One JSON document per line'
array\t'One JSON array of documents'
jsonl\t'Envelopes as written by `tail -o jsonl`: their values are checked'
delimited\t'Binary messages (Protobuf or Avro, unframed), each after its length as a varint: the stream Protobuf\'s writeDelimitedTo writes'"
complete -c evctl -n "__fish_evctl_using_subcommand validate" -l from -d 'With --from-topic: where to start, as in tail' -r
complete -c evctl -n "__fish_evctl_using_subcommand validate" -s n -l count -d 'With --from-topic: stop after N messages' -r
complete -c evctl -n "__fish_evctl_using_subcommand validate" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand validate" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand validate" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand validate" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand validate" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand validate" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand validate" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand validate" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand validate" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand validate" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand validate" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand validate" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand validate" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand validate" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand validate" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand validate" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand validate" -l key -d 'Check keys against the key schema instead of values'
complete -c evctl -n "__fish_evctl_using_subcommand validate" -l follow -d 'With --from-topic: keep reading new messages instead of stopping at the end'
complete -c evctl -n "__fish_evctl_using_subcommand validate" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand validate" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand validate" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -f -a "list" -d 'Subjects in the registry, or the schemas in the folder without one'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -f -a "show" -d 'A subject\'s schema (latest or --version), or a topic\'s from the folder'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -f -a "register" -d 'Register a schema file under a subject; prints its id'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -f -a "check" -d 'Is a local schema change compatible? Exit 1 when it is not'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and not __fish_seen_subcommand_from list show register check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from list" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from list" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from show" -l subject-version -d 'Version number or `latest`' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from show" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from show" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from show" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from show" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from show" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from show" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from show" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from show" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from show" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from show" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from show" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from show" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from show" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from show" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from show" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l file -d 'Schema file: .avsc is Avro, anything else JSON Schema' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from register" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from register" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from register" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from register" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l subject -d 'Compare with this subject\'s registered versions' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l topic -d 'Compare with this topic\'s value subject (or --key: key subject)' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l against -d 'Compare with an earlier schema file instead of a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l level -d 'NONE, BACKWARD, FORWARD, FULL, each optionally _TRANSITIVE [default: the subject\'s level in the registry, else BACKWARD]' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l key -d 'With --topic: the key subject'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from help" -f -a "list" -d 'Subjects in the registry, or the schemas in the folder without one'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from help" -f -a "show" -d 'A subject\'s schema (latest or --version), or a topic\'s from the folder'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register a schema file under a subject; prints its id'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from help" -f -a "check" -d 'Is a local schema change compatible? Exit 1 when it is not'
complete -c evctl -n "__fish_evctl_using_subcommand schema; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -f -a "list" -d 'Queues with ready, unacknowledged, consumers and rates'
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -f -a "describe" -d 'One queue in full, arguments (DLX, TTL, max-length) included'
complete -c evctl -n "__fish_evctl_using_subcommand queues; and not __fish_seen_subcommand_from list describe help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l vhost -d 'Only this vhost [default: every vhost]' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from list" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from list" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from describe" -l vhost -d '[default: the AMQP URL\'s vhost]' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from describe" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from describe" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from describe" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from describe" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from describe" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from describe" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from describe" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from describe" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from describe" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from describe" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from describe" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from describe" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from describe" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from describe" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from describe" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from describe" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from help" -f -a "list" -d 'Queues with ready, unacknowledged, consumers and rates'
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from help" -f -a "describe" -d 'One queue in full, arguments (DLX, TTL, max-length) included'
complete -c evctl -n "__fish_evctl_using_subcommand queues; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'Exchanges with type, durability and publish rates'
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from list" -l vhost -d 'Only this vhost [default: every vhost]' -r
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from list" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from list" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from list" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from list" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from list" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from list" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from list" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from list" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from list" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from list" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from list" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from list" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from list" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from list" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from help" -f -a "list" -d 'Exchanges with type, durability and publish rates'
complete -c evctl -n "__fish_evctl_using_subcommand exchanges; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -l vhost -d 'Only this vhost [default: every vhost]' -r
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -l exchange -d 'Only bindings from this exchange' -r
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -l queue -d 'Only bindings to this queue' -r
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand bindings" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -f -a "list" -d 'Contexts in the config file; the current one is marked'
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -f -a "use" -d 'Make NAME the current context'
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -f -a "show" -d 'A context\'s settings, secrets masked [default: the current context]'
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -f -a "add" -d 'Save NAME from the connection flags given with it (--brokers, -X, --amqp-url, --management-url, --schemas, --schema-registry and its credentials); a new config file is created owner-only (0600)'
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -f -a "remove" -d 'Delete NAME from the config file'
complete -c evctl -n "__fish_evctl_using_subcommand context; and not __fish_seen_subcommand_from list use show add remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from list" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from list" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from list" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from list" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from list" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from list" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from list" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from list" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from list" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from list" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from list" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from list" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from list" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from list" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from use" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from use" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from use" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from use" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from use" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from use" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from use" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from use" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from use" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from use" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from use" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from use" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from use" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from use" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from use" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from show" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from show" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from show" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from show" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from show" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from show" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from show" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from show" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from show" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from show" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from show" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from show" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from show" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from show" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from show" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -l use -d 'Make it the current context too'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -l replace -d 'Overwrite a context of that name'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from remove" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from remove" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from remove" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from remove" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from remove" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from remove" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from remove" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from remove" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from remove" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from remove" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from remove" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from remove" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from remove" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from remove" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from remove" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "list" -d 'Contexts in the config file; the current one is marked'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make NAME the current context'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "show" -d 'A context\'s settings, secrets masked [default: the current context]'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "add" -d 'Save NAME from the connection flags given with it (--brokers, -X, --amqp-url, --management-url, --schemas, --schema-registry and its credentials); a new config file is created owner-only (0600)'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Delete NAME from the config file'
complete -c evctl -n "__fish_evctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c evctl -n "__fish_evctl_using_subcommand completions" -s b -l brokers -d 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]' -r
complete -c evctl -n "__fish_evctl_using_subcommand completions" -s X -d 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL' -r
complete -c evctl -n "__fish_evctl_using_subcommand completions" -l amqp-url -d 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST' -r
complete -c evctl -n "__fish_evctl_using_subcommand completions" -l management-url -d 'RabbitMQ management API [default: http://AMQP-HOST:15672]' -r
complete -c evctl -n "__fish_evctl_using_subcommand completions" -l context -d 'Named context from the config file' -r
complete -c evctl -n "__fish_evctl_using_subcommand completions" -l config-file -d 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand completions" -l timeout -d 'How long to wait for a broker before giving up' -r
complete -c evctl -n "__fish_evctl_using_subcommand completions" -s o -l output -d 'Output format' -r -f -a "text\t'Readable text (coloured, pretty JSON on a terminal)'
json\t'JSON (one pretty document per message or per listing)'
jsonl\t'JSON lines: one compact record per line (the envelope)'
junit\t'JUnit XML, for CI test reports (validate only)'
prometheus\t'The Prometheus text format (lag only), for node_exporter\'s textfile collector'"
complete -c evctl -n "__fish_evctl_using_subcommand completions" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c evctl -n "__fish_evctl_using_subcommand completions" -l schemas -d 'Schemas folder: <topic>.json|.avsc, <topic>.key.json|.avsc [default: ./schemas]; chosen explicitly, it wins over a registry' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand completions" -l schema-registry -d 'Confluent-compatible Schema Registry URL' -r
complete -c evctl -n "__fish_evctl_using_subcommand completions" -l registry-auth -d 'Registry HTTP Basic credentials (also Confluent Cloud API key:secret)' -r
complete -c evctl -n "__fish_evctl_using_subcommand completions" -l registry-token -d 'Registry bearer token' -r
complete -c evctl -n "__fish_evctl_using_subcommand completions" -l registry-ca -d 'PEM CA bundle that signs the registry\'s certificate' -r -F
complete -c evctl -n "__fish_evctl_using_subcommand completions" -l subject-strategy -d 'How subjects are named' -r -f -a "topic\t'<topic>-value, <topic>-key (TopicNameStrategy)'
record\t'The record\'s full name (RecordNameStrategy)'
topic-record\t'<topic>-<record full name> (TopicRecordNameStrategy)'"
complete -c evctl -n "__fish_evctl_using_subcommand completions" -l record-name -d 'Record full name for --subject-strategy record|topic-record' -r
complete -c evctl -n "__fish_evctl_using_subcommand completions" -s v -l verbose -d 'Say more on stderr (repeat for librdkafka debug logs)'
complete -c evctl -n "__fish_evctl_using_subcommand completions" -s q -l quiet -d 'Say nothing on stderr but errors'
complete -c evctl -n "__fish_evctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c evctl -n "__fish_evctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c evctl -n "__fish_evctl_using_subcommand help; and not __fish_seen_subcommand_from produce tail topics lag groups dashboard dlq validate schema queues exchanges bindings context completions help" -f -a "produce" -d 'Publish messages to a Kafka topic or a RabbitMQ exchange or queue'
complete -c evctl -n "__fish_evctl_using_subcommand help; and not __fish_seen_subcommand_from produce tail topics lag groups dashboard dlq validate schema queues exchanges bindings context completions help" -f -a "tail" -d 'Read messages from Kafka topics and print them'
complete -c evctl -n "__fish_evctl_using_subcommand help; and not __fish_seen_subcommand_from produce tail topics lag groups dashboard dlq validate schema queues exchanges bindings context completions help" -f -a "topics" -d 'List, describe, create and delete topics'
complete -c evctl -n "__fish_evctl_using_subcommand help; and not __fish_seen_subcommand_from produce tail topics lag groups dashboard dlq validate schema queues exchanges bindings context completions help" -f -a "lag" -d 'Consumer-group lag in messages and in time, judged like Burrow (OK/WARN/ERR)'
complete -c evctl -n "__fish_evctl_using_subcommand help; and not __fish_seen_subcommand_from produce tail topics lag groups dashboard dlq validate schema queues exchanges bindings context completions help" -f -a "groups" -d 'Consumer groups'
complete -c evctl -n "__fish_evctl_using_subcommand help; and not __fish_seen_subcommand_from produce tail topics lag groups dashboard dlq validate schema queues exchanges bindings context completions help" -f -a "dashboard" -d 'A live terminal dashboard: brokers, topics, partitions, consumer-group lag, RabbitMQ queues'
complete -c evctl -n "__fish_evctl_using_subcommand help; and not __fish_seen_subcommand_from produce tail topics lag groups dashboard dlq validate schema queues exchanges bindings context completions help" -f -a "dlq" -d 'Dead-letter topics and queues: inspect them, replay their messages where they failed'
complete -c evctl -n "__fish_evctl_using_subcommand help; and not __fish_seen_subcommand_from produce tail topics lag groups dashboard dlq validate schema queues exchanges bindings context completions help" -f -a "validate" -d 'Check payloads against a schema (JSON Schema or Avro): files, stdin or a live topic'
complete -c evctl -n "__fish_evctl_using_subcommand help; and not __fish_seen_subcommand_from produce tail topics lag groups dashboard dlq validate schema queues exchanges bindings context completions help" -f -a "schema" -d 'Registered schemas: list, show, register, and check a change for compatibility'
complete -c evctl -n "__fish_evctl_using_subcommand help; and not __fish_seen_subcommand_from produce tail topics lag groups dashboard dlq validate schema queues exchanges bindings context completions help" -f -a "queues" -d 'RabbitMQ queues: depth, consumers, rates, arguments'
complete -c evctl -n "__fish_evctl_using_subcommand help; and not __fish_seen_subcommand_from produce tail topics lag groups dashboard dlq validate schema queues exchanges bindings context completions help" -f -a "exchanges" -d 'RabbitMQ exchanges: type, flags, arguments, rates'
complete -c evctl -n "__fish_evctl_using_subcommand help; and not __fish_seen_subcommand_from produce tail topics lag groups dashboard dlq validate schema queues exchanges bindings context completions help" -f -a "bindings" -d 'RabbitMQ bindings: which exchange routes what to which queue or exchange'
complete -c evctl -n "__fish_evctl_using_subcommand help; and not __fish_seen_subcommand_from produce tail topics lag groups dashboard dlq validate schema queues exchanges bindings context completions help" -f -a "context" -d 'List, select and show config-file contexts'
complete -c evctl -n "__fish_evctl_using_subcommand help; and not __fish_seen_subcommand_from produce tail topics lag groups dashboard dlq validate schema queues exchanges bindings context completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c evctl -n "__fish_evctl_using_subcommand help; and not __fish_seen_subcommand_from produce tail topics lag groups dashboard dlq validate schema queues exchanges bindings context completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "list" -d 'Topics with partition and message counts'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "describe" -d 'Partitions (leader, replicas, ISR, watermarks) and configuration of a topic'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "create" -d 'Create a topic'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "delete" -d 'Delete a topic'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from lag" -f -a "dashboard" -d 'A live terminal dashboard of the same groups: status, lag, time lag, trend, drill-down'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from lag" -f -a "serve" -d 'Serve the same judgements to Prometheus: /metrics, /healthz and a page saying what is watched'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "list" -d 'Every consumer group: state, members, protocol, topics'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "describe" -d 'A group\'s members (client id, host, assignment) and committed offsets'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "reset-offsets" -d 'Move a group\'s committed offsets: prints the plan, changes nothing without --execute'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from dlq" -f -a "inspect" -d 'Count, ages, origins, errors and samples of a DLQ, without consuming it'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from dlq" -f -a "replay" -d 'Send dead-lettered messages back where they failed (or to --to), losing nothing'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from schema" -f -a "list" -d 'Subjects in the registry, or the schemas in the folder without one'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from schema" -f -a "show" -d 'A subject\'s schema (latest or --version), or a topic\'s from the folder'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from schema" -f -a "register" -d 'Register a schema file under a subject; prints its id'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from schema" -f -a "check" -d 'Is a local schema change compatible? Exit 1 when it is not'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from queues" -f -a "list" -d 'Queues with ready, unacknowledged, consumers and rates'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from queues" -f -a "describe" -d 'One queue in full, arguments (DLX, TTL, max-length) included'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from exchanges" -f -a "list" -d 'Exchanges with type, durability and publish rates'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "list" -d 'Contexts in the config file; the current one is marked'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "use" -d 'Make NAME the current context'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "show" -d 'A context\'s settings, secrets masked [default: the current context]'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "add" -d 'Save NAME from the connection flags given with it (--brokers, -X, --amqp-url, --management-url, --schemas, --schema-registry and its credentials); a new config file is created owner-only (0600)'
complete -c evctl -n "__fish_evctl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "remove" -d 'Delete NAME from the config file'
