
use builtin;
use str;

set edit:completion:arg-completer[evctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'evctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'evctl'= {
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand produce 'Publish messages to a Kafka topic or a RabbitMQ exchange or queue'
            cand tail 'Read messages from Kafka topics and print them'
            cand topics 'List, describe, create and delete topics'
            cand lag 'Consumer-group lag in messages and in time, judged like Burrow (OK/WARN/ERR)'
            cand groups 'Consumer groups'
            cand dlq 'Dead-letter topics and queues: inspect them, replay their messages where they failed'
            cand queues 'RabbitMQ queues: depth, consumers, rates, arguments'
            cand exchanges 'RabbitMQ exchanges: type, flags, arguments, rates'
            cand bindings 'RabbitMQ bindings: which exchange routes what to which queue or exchange'
            cand context 'List, select and show config-file contexts'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'evctl;produce'= {
            cand --value 'Send this one value instead of reading input'
            cand --file 'Read messages from this file instead of stdin'
            cand --input 'How input is split into messages'
            cand --key 'Key for every message'
            cand -K 'Split each line at the first SEP into key and value'
            cand --key-separator 'Split each line at the first SEP into key and value'
            cand -H 'Header for every message (repeatable)'
            cand --header 'Header for every message (repeatable)'
            cand --partition 'Partition for every message [default: by key, or the envelope''s]'
            cand --compression 'compression'
            cand --acks 'Acknowledgements to wait for (anything but `all` turns idempotence off)'
            cand --rate 'At most this many messages per second'
            cand --on-error 'What a malformed input line does'
            cand --exchange 'Publish to this RabbitMQ exchange (instead of a Kafka topic)'
            cand --routing-key 'Routing key (with -K, each line''s key part is its routing key)'
            cand --queue 'Publish to this queue through the default exchange'
            cand --content-type 'content-type'
            cand --message-id 'message-id'
            cand --correlation-id 'correlation-id'
            cand --type 'The AMQP `type` property'
            cand --app-id 'app-id'
            cand --priority 'priority'
            cand --expiration 'Per-message TTL in milliseconds'
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand --null-value 'Send an empty value as null (a tombstone), like kcat -Z'
            cand --persistent 'Delivery mode 2: written to disk (the default)'
            cand --transient 'Delivery mode 1: not written to disk'
            cand --mandatory 'Report messages no queue received (they count as failed)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'evctl;tail'= {
            cand --from 'Where to start: beginning, end, OFFSET, -N (N before the end), @TIME (RFC 3339 or epoch ms) or a duration ago (10m)'
            cand -n 'Stop after printing N messages'
            cand --count 'Stop after printing N messages'
            cand -p 'Read only these partitions (repeatable)'
            cand --partition 'Read only these partitions (repeatable)'
            cand --group 'Join this consumer group and commit what was printed [default: no group, no trace]'
            cand --key 'Only messages with exactly this key'
            cand --header 'Only messages with this header (repeatable; all must match)'
            cand --grep 'Only messages whose value matches this regular expression'
            cand -f 'kcat-style format: %t %p %o %k %K %s %S %T %I %h %%'
            cand --format 'kcat-style format: %t %p %o %k %K %s %S %T %I %h %%'
            cand --queue 'Read this RabbitMQ queue: a peek that puts every message back unless --ack'
            cand --exchange 'Tap this RabbitMQ exchange through a temporary queue; nobody loses a message'
            cand --binding 'Binding pattern for --exchange [default: #]'
            cand --match 'For a headers exchange: bind on these headers (repeatable; all must match)'
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -e 'Stop when every partition has been read to its end'
            cand --exit 'Stop when every partition has been read to its end'
            cand --ack 'Consume for real: acknowledge (remove) each message once it is printed'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'evctl;topics'= {
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Topics with partition and message counts'
            cand describe 'Partitions (leader, replicas, ISR, watermarks) and configuration of a topic'
            cand create 'Create a topic'
            cand delete 'Delete a topic'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'evctl;topics;list'= {
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'evctl;topics;describe'= {
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'evctl;topics;create'= {
            cand --partitions 'partitions'
            cand --replication-factor 'replication-factor'
            cand --config 'Topic configuration (repeatable): --config retention.ms=86400000'
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'evctl;topics;delete'= {
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'evctl;topics;help'= {
            cand list 'Topics with partition and message counts'
            cand describe 'Partitions (leader, replicas, ISR, watermarks) and configuration of a topic'
            cand create 'Create a topic'
            cand delete 'Delete a topic'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'evctl;topics;help;list'= {
        }
        &'evctl;topics;help;describe'= {
        }
        &'evctl;topics;help;create'= {
        }
        &'evctl;topics;help;delete'= {
        }
        &'evctl;topics;help;help'= {
        }
        &'evctl;lag'= {
            cand -g 'Consumer group, by name or regular expression (repeatable) [default: every group]'
            cand --group 'Consumer group, by name or regular expression (repeatable) [default: every group]'
            cand --topic 'Only these topics (repeatable) [default: every topic the group committed on]'
            cand --queue 'RabbitMQ queues by name or regular expression (repeatable): depth, consumers, rates'
            cand --samples 'Samples taken to judge the status (Burrow''s window)'
            cand --interval 'Time between samples'
            cand --watch 'Keep sampling every INTERVAL and print each time, with trends (Ctrl-C stops)'
            cand --fail-on 'Exit 1 when a group''s status is this bad or worse'
            cand --max-lag 'Exit 1 when a partition lags more than N messages'
            cand --max-time-lag 'Exit 1 when a partition''s oldest unconsumed message is older than this'
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand --only-lagging 'Show only partitions that lag'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'evctl;groups'= {
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Every consumer group: state, members, protocol, topics'
            cand describe 'A group''s members (client id, host, assignment) and committed offsets'
            cand reset-offsets 'Move a group''s committed offsets: prints the plan, changes nothing without --execute'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'evctl;groups;list'= {
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'evctl;groups;describe'= {
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'evctl;groups;reset-offsets'= {
            cand --topic 'Topic, optionally with partitions: orders or orders:0,2 (repeatable)'
            cand --to-offset 'To this offset (kept within the partition''s watermarks)'
            cand --to-datetime 'To the first record at or after this time (RFC 3339 or epoch ms)'
            cand --by-duration 'To the first record at or after this long ago'
            cand --shift-by 'By N from the committed offset (negative goes back)'
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand --all-topics 'Every topic the group has committed offsets on'
            cand --to-earliest 'To the first offset still in the log'
            cand --to-latest 'To the high watermark: skip everything unread'
            cand --execute 'Commit the new offsets (without it, only the plan is printed)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'evctl;groups;help'= {
            cand list 'Every consumer group: state, members, protocol, topics'
            cand describe 'A group''s members (client id, host, assignment) and committed offsets'
            cand reset-offsets 'Move a group''s committed offsets: prints the plan, changes nothing without --execute'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'evctl;groups;help;list'= {
        }
        &'evctl;groups;help;describe'= {
        }
        &'evctl;groups;help;reset-offsets'= {
        }
        &'evctl;groups;help;help'= {
        }
        &'evctl;dlq'= {
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand inspect 'Count, ages, origins, errors and samples of a DLQ, without consuming it'
            cand replay 'Send dead-lettered messages back where they failed (or to --to), losing nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'evctl;dlq;inspect'= {
            cand --queue 'The dead-letter queue (RabbitMQ)'
            cand --samples 'Messages shown in full with their dead-letter metadata'
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'evctl;dlq;replay'= {
            cand --queue 'The dead-letter queue (RabbitMQ)'
            cand --to 'Send every message to this topic instead of its origin (Kafka)'
            cand --to-queue 'Send every message to this queue, through the default exchange (RabbitMQ)'
            cand --to-exchange 'Re-route through an exchange with the original routing keys: the original exchange without a value (this fans out to every bound queue again), or EXCHANGE (RabbitMQ)'
            cand --group 'Consumer group that records the replay''s progress (Kafka) [default: evctl-replay-DLQ]'
            cand --limit 'Replay at most N messages'
            cand --since 'Only messages dead-lettered at or after TIME (RFC 3339 or epoch ms)'
            cand --until 'Only messages dead-lettered before TIME'
            cand --key 'Only messages with this key (Kafka) or routing key (RabbitMQ)'
            cand --header 'Only messages with this header value (repeatable: all must match)'
            cand --error 'Only messages whose exception class or dead-letter reason matches'
            cand --partition 'Only these DLQ partitions (repeatable, Kafka)'
            cand --from 'Start at this DLQ offset instead of the group''s committed one (Kafka)'
            cand --rate 'At most N messages a second'
            cand --max-replays 'Refuse messages evctl already replayed this many times (a poison-loop guard)'
            cand --window 'Messages sent but not yet committed (Kafka) or acknowledged (RabbitMQ), at most: the most a killed replay can send twice'
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand --dry-run 'Print what would be sent where; send, commit and acknowledge nothing'
            cand --keep-dlq-headers 'Keep the dead-letter headers on replayed messages'
            cand --transactional 'Replay and commit in Kafka transactions: exactly once'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'evctl;dlq;help'= {
            cand inspect 'Count, ages, origins, errors and samples of a DLQ, without consuming it'
            cand replay 'Send dead-lettered messages back where they failed (or to --to), losing nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'evctl;dlq;help;inspect'= {
        }
        &'evctl;dlq;help;replay'= {
        }
        &'evctl;dlq;help;help'= {
        }
        &'evctl;queues'= {
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Queues with ready, unacknowledged, consumers and rates'
            cand describe 'One queue in full, arguments (DLX, TTL, max-length) included'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'evctl;queues;list'= {
            cand --vhost 'Only this vhost [default: every vhost]'
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'evctl;queues;describe'= {
            cand --vhost '[default: the AMQP URL''s vhost]'
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'evctl;queues;help'= {
            cand list 'Queues with ready, unacknowledged, consumers and rates'
            cand describe 'One queue in full, arguments (DLX, TTL, max-length) included'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'evctl;queues;help;list'= {
        }
        &'evctl;queues;help;describe'= {
        }
        &'evctl;queues;help;help'= {
        }
        &'evctl;exchanges'= {
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Exchanges with type, durability and publish rates'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'evctl;exchanges;list'= {
            cand --vhost 'Only this vhost [default: every vhost]'
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'evctl;exchanges;help'= {
            cand list 'Exchanges with type, durability and publish rates'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'evctl;exchanges;help;list'= {
        }
        &'evctl;exchanges;help;help'= {
        }
        &'evctl;bindings'= {
            cand --vhost 'Only this vhost [default: every vhost]'
            cand --exchange 'Only bindings from this exchange'
            cand --queue 'Only bindings to this queue'
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'evctl;context'= {
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Contexts in the config file; the current one is marked'
            cand use 'Make NAME the current context'
            cand show 'A context''s settings, secrets masked [default: the current context]'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'evctl;context;list'= {
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'evctl;context;use'= {
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'evctl;context;show'= {
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'evctl;context;help'= {
            cand list 'Contexts in the config file; the current one is marked'
            cand use 'Make NAME the current context'
            cand show 'A context''s settings, secrets masked [default: the current context]'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'evctl;context;help;list'= {
        }
        &'evctl;context;help;use'= {
        }
        &'evctl;context;help;show'= {
        }
        &'evctl;context;help;help'= {
        }
        &'evctl;completions'= {
            cand -b 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand --brokers 'Kafka bootstrap brokers, HOST:PORT[,HOST:PORT...]'
            cand -X 'Any librdkafka property, like kcat (repeatable): -X security.protocol=SSL'
            cand --amqp-url 'RabbitMQ URL, amqp[s]://USER:PASSWORD@HOST:PORT/VHOST'
            cand --management-url 'RabbitMQ management API [default: http://AMQP-HOST:15672]'
            cand --context 'Named context from the config file'
            cand --config-file 'Config file [default: $XDG_CONFIG_HOME/evctl/config.toml]'
            cand --timeout 'How long to wait for a broker before giving up'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -v 'Say more on stderr (repeat for librdkafka debug logs)'
            cand --verbose 'Say more on stderr (repeat for librdkafka debug logs)'
            cand -q 'Say nothing on stderr but errors'
            cand --quiet 'Say nothing on stderr but errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'evctl;help'= {
            cand produce 'Publish messages to a Kafka topic or a RabbitMQ exchange or queue'
            cand tail 'Read messages from Kafka topics and print them'
            cand topics 'List, describe, create and delete topics'
            cand lag 'Consumer-group lag in messages and in time, judged like Burrow (OK/WARN/ERR)'
            cand groups 'Consumer groups'
            cand dlq 'Dead-letter topics and queues: inspect them, replay their messages where they failed'
            cand queues 'RabbitMQ queues: depth, consumers, rates, arguments'
            cand exchanges 'RabbitMQ exchanges: type, flags, arguments, rates'
            cand bindings 'RabbitMQ bindings: which exchange routes what to which queue or exchange'
            cand context 'List, select and show config-file contexts'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'evctl;help;produce'= {
        }
        &'evctl;help;tail'= {
        }
        &'evctl;help;topics'= {
            cand list 'Topics with partition and message counts'
            cand describe 'Partitions (leader, replicas, ISR, watermarks) and configuration of a topic'
            cand create 'Create a topic'
            cand delete 'Delete a topic'
        }
        &'evctl;help;topics;list'= {
        }
        &'evctl;help;topics;describe'= {
        }
        &'evctl;help;topics;create'= {
        }
        &'evctl;help;topics;delete'= {
        }
        &'evctl;help;lag'= {
        }
        &'evctl;help;groups'= {
            cand list 'Every consumer group: state, members, protocol, topics'
            cand describe 'A group''s members (client id, host, assignment) and committed offsets'
            cand reset-offsets 'Move a group''s committed offsets: prints the plan, changes nothing without --execute'
        }
        &'evctl;help;groups;list'= {
        }
        &'evctl;help;groups;describe'= {
        }
        &'evctl;help;groups;reset-offsets'= {
        }
        &'evctl;help;dlq'= {
            cand inspect 'Count, ages, origins, errors and samples of a DLQ, without consuming it'
            cand replay 'Send dead-lettered messages back where they failed (or to --to), losing nothing'
        }
        &'evctl;help;dlq;inspect'= {
        }
        &'evctl;help;dlq;replay'= {
        }
        &'evctl;help;queues'= {
            cand list 'Queues with ready, unacknowledged, consumers and rates'
            cand describe 'One queue in full, arguments (DLX, TTL, max-length) included'
        }
        &'evctl;help;queues;list'= {
        }
        &'evctl;help;queues;describe'= {
        }
        &'evctl;help;exchanges'= {
            cand list 'Exchanges with type, durability and publish rates'
        }
        &'evctl;help;exchanges;list'= {
        }
        &'evctl;help;bindings'= {
        }
        &'evctl;help;context'= {
            cand list 'Contexts in the config file; the current one is marked'
            cand use 'Make NAME the current context'
            cand show 'A context''s settings, secrets masked [default: the current context]'
        }
        &'evctl;help;context;list'= {
        }
        &'evctl;help;context;use'= {
        }
        &'evctl;help;context;show'= {
        }
        &'evctl;help;completions'= {
        }
        &'evctl;help;help'= {
        }
    ]
    $completions[$command]
}
