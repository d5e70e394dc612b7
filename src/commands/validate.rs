//! `evctl validate`: payloads from files, stdin or a live topic against a JSON Schema or Avro
//! schema. Every invalid message is reported with where it is and which field fails.

use std::io::{Read, Write};
use std::path::Path;
use std::time::Duration;

use serde::Serialize;
use serde_json::Value;
use serde_json::value::RawValue;

use super::Interrupt;
use crate::cli::{OutputFormat, ValidateArgs, ValidateInput};
use crate::config::Config;
use crate::envelope::Envelope;
use crate::error::{Error, Result};
use crate::kafka::consume::{KafkaTail, Polled, TailOptions};
use crate::output::junit::{FailedCase, write_report};
use crate::output::write_json;
use crate::schema::source::{Part, SchemaSource, load_file};
use crate::schema::wire::{KEY_SCHEMA_HEADER, VALUE_SCHEMA_HEADER};
use crate::schema::{Compiled, LoadedSchema, SchemaKind, Violation};
use crate::start::{StartFrom, now_ms};

/// Below this many bytes a second thread costs more than it saves.
const PARALLEL_FROM: usize = 1 << 20;

/// One worker's share of lines: lines seen, messages checked, failures by local line number.
type PartResult = (u64, u64, Vec<(u64, Vec<Violation>)>);

/// A message that failed, and why.
#[derive(Debug, Serialize)]
struct Invalid {
    location: String,
    violations: Vec<Violation>,
}

#[derive(Default)]
struct Tally {
    checked: u64,
    invalid: Vec<Invalid>,
}

/// A topic's messages, read from `from` to the end (or on, following), at most `limit`.
struct TopicInput {
    topic: String,
    from: StartFrom,
    follow: bool,
    limit: u64,
}

/// Where `evctl validate` reads what it checks.
enum Input {
    Topic(TopicInput),
    /// Files, or stdin when none is named.
    Files(Vec<std::path::PathBuf>),
}

/// Where the schema comes from: a file, or a topic's (folder or registry).
enum SchemaFrom {
    File(std::path::PathBuf),
    Topic(String),
}

/// `evctl validate`'s flags, checked and parsed before anything is read.
struct Validate {
    schema: SchemaFrom,
    /// Keys rather than values.
    part: Part,
    input: Input,
    /// How files and stdin hold messages.
    mode: ValidateInput,
}

impl Validate {
    fn resolve(args: &ValidateArgs) -> Result<Validate> {
        let input = match &args.from_topic {
            Some(topic) => Input::Topic(TopicInput {
                topic: topic.clone(),
                from: StartFrom::parse(&args.from, now_ms()).map_err(Error::Usage)?,
                follow: args.follow,
                limit: args.count.unwrap_or(u64::MAX),
            }),
            None => Input::Files(args.inputs.clone()),
        };
        let schema = match (
            &args.schema,
            args.topic.as_ref().or(args.from_topic.as_ref()),
        ) {
            (Some(file), _) => SchemaFrom::File(file.clone()),
            (None, Some(topic)) => SchemaFrom::Topic(topic.clone()),
            (None, None) => {
                return Err(Error::usage("give --schema FILE, --topic or --from-topic"));
            }
        };
        Ok(Validate {
            schema,
            part: if args.key { Part::Key } else { Part::Value },
            input,
            mode: args.input,
        })
    }
}

pub fn run(cfg: &Config, args: &ValidateArgs, interrupt: &Interrupt) -> Result<()> {
    let run = Validate::resolve(args)?;
    let mut source = SchemaSource::open(&cfg.schemas)?;
    let schema = match &run.schema {
        SchemaFrom::File(file) => load_file(file, run.part)?,
        SchemaFrom::Topic(topic) => source.for_topic(topic, run.part)?,
    };
    let mut tally = Tally::default();
    match &run.input {
        Input::Topic(input) => check_topic(
            cfg,
            (input, run.part),
            &schema,
            &mut source,
            &mut tally,
            interrupt,
        )?,
        Input::Files(paths) if paths.is_empty() => {
            let mut data = Vec::new();
            std::io::stdin()
                .read_to_end(&mut data)
                .map_err(|source| Error::File {
                    path: "stdin".into(),
                    source,
                })?;
            check_input("stdin", &data, run.mode, &schema.compiled, &mut tally)?;
        }
        Input::Files(paths) => {
            for path in paths {
                let data = std::fs::read(path).map_err(|source| Error::File {
                    path: path.display().to_string(),
                    source,
                })?;
                check_input(
                    &path.display().to_string(),
                    &data,
                    run.mode,
                    &schema.compiled,
                    &mut tally,
                )?;
            }
        }
    }
    report(cfg, &schema, &tally)?;
    if tally.invalid.is_empty() {
        if !cfg.quiet && cfg.output == OutputFormat::Text {
            eprintln!(
                "evctl: {} messages valid against {}",
                tally.checked, schema.origin
            );
        }
        Ok(())
    } else {
        Err(Error::CheckFailed(format!(
            "{} of {} messages invalid against {}",
            tally.invalid.len(),
            tally.checked,
            schema.origin
        )))
    }
}

fn check_input(
    name: &str,
    data: &[u8],
    mode: ValidateInput,
    schema: &Compiled,
    tally: &mut Tally,
) -> Result<()> {
    let starts_with_bracket = data
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|&b| b == b'[');
    match mode {
        ValidateInput::Delimited => check_delimited(name, data, schema, tally),
        ValidateInput::Array => check_array(name, data, schema, tally),
        ValidateInput::Auto if starts_with_bracket => check_array(name, data, schema, tally),
        ValidateInput::Auto | ValidateInput::Lines => {
            check_lines(name, data, schema, tally, |line| {
                serde_json::from_slice(line).map_err(|e| format!("not JSON: {e}"))
            });
            Ok(())
        }
        ValidateInput::Jsonl => {
            check_lines(name, data, schema, tally, |line| {
                let envelope =
                    Envelope::parse(line).map_err(|e| format!("not an envelope: {e}"))?;
                let value = envelope
                    .value
                    .ok_or_else(|| "the envelope has no value (a tombstone)".to_string())?;
                serde_json::from_slice(&value).map_err(|e| format!("the value is not JSON: {e}"))
            });
            Ok(())
        }
    }
}

/// Checks one document per line, on every core for large inputs. Blank lines are skipped.
fn check_lines<F>(name: &str, data: &[u8], schema: &Compiled, tally: &mut Tally, parse: F)
where
    F: Fn(&[u8]) -> std::result::Result<Value, String> + Sync,
{
    let parts = split_at_lines(data, workers(data.len()));
    let results: Vec<PartResult> = std::thread::scope(|scope| {
        let handles: Vec<_> = parts
            .iter()
            .map(|part| {
                let parse = &parse;
                scope.spawn(move || {
                    let (mut lines, mut checked, mut bad) = (0u64, 0u64, Vec::new());
                    for line in part.split(|&b| b == b'\n') {
                        lines += 1;
                        let line = line.strip_suffix(b"\r").unwrap_or(line);
                        if line.iter().all(u8::is_ascii_whitespace) {
                            continue;
                        }
                        checked += 1;
                        let violations = match parse(line) {
                            Ok(v) if schema.is_valid(&v) => continue,
                            Ok(v) => schema.violations(&v),
                            Err(e) => vec![Violation::new("", e)],
                        };
                        bad.push((lines, violations));
                    }
                    (lines, checked, bad)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let mut before = 0u64;
    for (lines, checked, bad) in results {
        tally.checked += checked;
        for (line, violations) in bad {
            tally.invalid.push(Invalid {
                location: format!("{name}:{}", before + line),
                violations,
            });
        }
        before += lines;
    }
}

/// Checks each element of one JSON array; locations are the lines where elements start.
fn check_array(name: &str, data: &[u8], schema: &Compiled, tally: &mut Tally) -> Result<()> {
    let items: Vec<&RawValue> = serde_json::from_slice(data).map_err(|e| Error::Input {
        location: format!("{name}:{}", e.line()),
        message: format!("not a JSON array: {e}"),
    })?;
    let bad = in_parallel(
        &items,
        workers(data.len()),
        |raw| match serde_json::from_str::<Value>(raw.get()) {
            Ok(v) if schema.is_valid(&v) => None,
            Ok(v) => Some(schema.violations(&v)),
            Err(e) => Some(vec![Violation::new("", format!("not JSON: {e}"))]),
        },
    );
    tally.checked += items.len() as u64;
    for (index, violations) in bad {
        let offset = items[index].get().as_ptr() as usize - data.as_ptr() as usize;
        let line = memchr::memchr_iter(b'\n', &data[..offset]).count() + 1;
        tally.invalid.push(Invalid {
            location: format!("{name}:{line} (item {index})"),
            violations,
        });
    }
    Ok(())
}

/// Checks binary messages, each after its length as a varint; locations are message numbers
/// and the byte offsets where the messages start. A length that runs past the end is reported
/// where it stands and ends the input.
fn check_delimited(name: &str, data: &[u8], schema: &Compiled, tally: &mut Tally) -> Result<()> {
    if schema.kind() == SchemaKind::Json {
        return Err(Error::usage(
            "--input delimited reads binary Avro or Protobuf messages; this schema is a JSON Schema",
        ));
    }
    let mut messages: Vec<(usize, &[u8])> = Vec::new();
    let mut rest = data;
    let mut cut_short = None;
    while !rest.is_empty() {
        let start = data.len() - rest.len();
        let mut after = rest;
        let len = prost::encoding::decode_varint(&mut after)
            .ok()
            .and_then(|n| usize::try_from(n).ok());
        match len {
            Some(len) if len <= after.len() => {
                messages.push((start, &after[..len]));
                rest = &after[len..];
            }
            _ => {
                cut_short = Some((start, len, after.len()));
                break;
            }
        }
    }
    let bad = in_parallel(&messages, workers(data.len()), |(_, bytes)| {
        schema.binary_violation(bytes)
    });
    tally.checked += messages.len() as u64;
    for (index, violation) in bad {
        tally.invalid.push(Invalid {
            location: format!("{name}: message {} (byte {})", index + 1, messages[index].0),
            violations: vec![violation],
        });
    }
    if let Some((start, len, left)) = cut_short {
        tally.checked += 1;
        let what = match len {
            Some(len) => format!("its length says {len} bytes and {left} are left"),
            None => "its length prefix is not a varint".to_string(),
        };
        tally.invalid.push(Invalid {
            location: format!("{name}: message {} (byte {start})", messages.len() + 1),
            violations: vec![Violation::new("", format!("cut short: {what}"))],
        });
    }
    Ok(())
}

/// `check` on every item, the items shared out among `workers` threads; the index and finding
/// of each item it found something in, in order.
fn in_parallel<T: Sync, F: Send>(
    items: &[T],
    workers: usize,
    check: impl Fn(&T) -> Option<F> + Sync,
) -> Vec<(usize, F)> {
    let chunk = items.len().div_ceil(workers).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .enumerate()
            .map(|(n, slice)| {
                let check = &check;
                scope.spawn(move || {
                    slice
                        .iter()
                        .enumerate()
                        .filter_map(|(i, item)| check(item).map(|f| (n * chunk + i, f)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

fn workers(len: usize) -> usize {
    if len < PARALLEL_FROM {
        return 1;
    }
    std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
}

/// `n` slices of `data`, each ending after a newline (the last one at the end).
fn split_at_lines(data: &[u8], n: usize) -> Vec<&[u8]> {
    let data = data.strip_suffix(b"\n").unwrap_or(data);
    let mut parts = Vec::with_capacity(n);
    let mut start = 0;
    for i in 1..n {
        let target = data.len() * i / n;
        if target <= start {
            continue;
        }
        match memchr::memchr(b'\n', &data[target..]) {
            Some(at) => {
                parts.push(&data[start..target + at]);
                start = target + at + 1;
            }
            None => break,
        }
    }
    parts.push(&data[start..]);
    parts
}

/// Checks the messages of a topic. Framed payloads are decoded with the schema they name and
/// then checked against the topic's schema; plain ones are read as JSON (or, for an Avro
/// topic schema, as a bare Avro datum).
fn check_topic(
    cfg: &Config,
    (input, part): (&TopicInput, Part),
    schema: &LoadedSchema,
    source: &mut SchemaSource,
    tally: &mut Tally,
    interrupt: &Interrupt,
) -> Result<()> {
    let topics = [input.topic.clone()];
    let tail = KafkaTail::open(
        &cfg.kafka,
        cfg.verbose,
        &TailOptions {
            topics: &topics,
            partitions: &[],
            from: input.from,
            group: None,
            exit_at_end: !input.follow,
            isolation: None,
        },
    )?;
    let header_name = if part == Part::Key {
        KEY_SCHEMA_HEADER
    } else {
        VALUE_SCHEMA_HEADER
    };
    while tally.checked < input.limit {
        if interrupt.is_set() {
            return Err(Error::Interrupted);
        }
        let message = match tail.poll(Duration::from_millis(200))? {
            Polled::Message(m) => m,
            Polled::Idle => continue,
            Polled::AtEnd => break,
        };
        tally.checked += 1;
        let location = format!(
            "{}/{}/{}",
            message.topic(),
            message.partition(),
            message.offset()
        );
        let payload = if part == Part::Key {
            message.key()
        } else {
            message.value()
        };
        let Some(payload) = payload else {
            tally.invalid.push(Invalid {
                location,
                violations: vec![Violation::new("", "no payload (null)")],
            });
            continue;
        };
        let header = message.header(header_name);
        let decoded = source
            .read(payload, header, Some(schema))
            .unwrap_or_else(|| {
                serde_json::from_slice::<Value>(payload).map_err(|e| format!("not JSON: {e}"))
            });
        let violations = match decoded {
            Ok(v) if schema.compiled.is_valid(&v) => continue,
            Ok(v) => schema.compiled.violations(&v),
            Err(e) => vec![Violation::new("", e)],
        };
        tally.invalid.push(Invalid {
            location,
            violations,
        });
    }
    Ok(())
}

fn report(cfg: &Config, schema: &LoadedSchema, tally: &Tally) -> Result<()> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match cfg.output {
        OutputFormat::Text => {
            for bad in &tally.invalid {
                for v in &bad.violations {
                    writeln!(out, "{}: {}", bad.location, v.describe()).map_err(Error::Output)?;
                }
            }
        }
        OutputFormat::Json | OutputFormat::Prometheus => {
            #[derive(Serialize)]
            struct Summary<'a> {
                schema: &'a str,
                checked: u64,
                valid: u64,
                invalid: usize,
                errors: Vec<Flat<'a>>,
            }
            let summary = Summary {
                schema: &schema.origin,
                checked: tally.checked,
                valid: tally.checked - tally.invalid.len() as u64,
                invalid: tally.invalid.len(),
                errors: flat(tally).collect(),
            };
            write_json(&mut out, &summary, true)?;
        }
        OutputFormat::Jsonl => {
            for line in flat(tally) {
                write_json(&mut out, &line, false)?;
            }
        }
        OutputFormat::Junit => {
            let failed: Vec<FailedCase<'_>> = tally
                .invalid
                .iter()
                .map(|bad| FailedCase {
                    location: &bad.location,
                    reasons: bad.violations.iter().map(Violation::describe).collect(),
                })
                .collect();
            let suite = Path::new(&schema.origin)
                .file_name()
                .map_or(schema.origin.as_str(), |n| n.to_str().unwrap_or_default());
            write_report(
                &mut out,
                suite,
                tally.checked - tally.invalid.len() as u64,
                &failed,
            )
            .map_err(Error::Output)?;
        }
    }
    out.flush().map_err(Error::Output)
}

/// One violation per record, for JSON and JSON lines.
#[derive(Serialize)]
struct Flat<'a> {
    location: &'a str,
    pointer: &'a str,
    message: &'a str,
}

fn flat(tally: &Tally) -> impl Iterator<Item = Flat<'_>> {
    tally.invalid.iter().flat_map(|bad| {
        bad.violations.iter().map(|v| Flat {
            location: &bad.location,
            pointer: &v.pointer,
            message: &v.message,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::SchemaKind;

    fn schema() -> Compiled {
        Compiled::parse(
            SchemaKind::Json,
            r#"{"type":"object","required":["id"],"properties":{"id":{"type":"string"}}}"#,
        )
        .unwrap()
    }

    #[test]
    fn lines_are_numbered_across_parallel_parts() {
        let mut data = Vec::new();
        for i in 0..60_000u32 {
            if i % 20_000 == 7 {
                data.extend_from_slice(b"{\"id\": 5}\n");
            } else if i == 30_000 {
                data.extend_from_slice(b"\n");
            } else {
                data.extend_from_slice(format!("{{\"id\":\"{i:>30}\"}}\n").as_bytes());
            }
        }
        assert!(data.len() > PARALLEL_FROM);
        let mut tally = Tally::default();
        check_input("in", &data, ValidateInput::Auto, &schema(), &mut tally).unwrap();
        assert_eq!(tally.checked, 59_999, "the blank line is not a message");
        let locations: Vec<&str> = tally.invalid.iter().map(|b| b.location.as_str()).collect();
        assert_eq!(locations, ["in:8", "in:20008", "in:40008"]);
        assert_eq!(tally.invalid[0].violations[0].pointer, "/id");
    }

    #[test]
    fn a_line_that_is_not_json_is_invalid_not_fatal() {
        let mut tally = Tally::default();
        check_input(
            "f",
            b"{\"id\":\"a\"}\r\n{oops\n",
            ValidateInput::Lines,
            &schema(),
            &mut tally,
        )
        .unwrap();
        assert_eq!(tally.checked, 2);
        assert_eq!(tally.invalid[0].location, "f:2");
        assert!(
            tally.invalid[0].violations[0]
                .message
                .starts_with("not JSON")
        );
    }

    #[test]
    fn array_items_are_located_by_line_and_index() {
        let data = b"[\n  {\"id\":\"a\"},\n  {\"id\":1},\n  {}\n]\n";
        let mut tally = Tally::default();
        check_input("a.json", data, ValidateInput::Auto, &schema(), &mut tally).unwrap();
        assert_eq!(tally.checked, 3);
        let locations: Vec<&str> = tally.invalid.iter().map(|b| b.location.as_str()).collect();
        assert_eq!(locations, ["a.json:3 (item 1)", "a.json:4 (item 2)"]);
        let broken = check_input(
            "b.json",
            b"[1,",
            ValidateInput::Array,
            &schema(),
            &mut tally,
        );
        assert_eq!(broken.unwrap_err().exit_code(), 2);
    }

    #[test]
    fn envelopes_are_checked_by_their_values() {
        let data = b"{\"topic\":\"t\",\"value\":{\"id\":\"a\"}}\n{\"topic\":\"t\",\"value\":{\"id\":2}}\n{\"topic\":\"t\",\"value\":null}\n";
        let mut tally = Tally::default();
        check_input("e", data, ValidateInput::Jsonl, &schema(), &mut tally).unwrap();
        assert_eq!(tally.checked, 3);
        assert_eq!(tally.invalid.len(), 2);
        assert_eq!(tally.invalid[0].violations[0].pointer, "/id");
        assert!(tally.invalid[1].violations[0].message.contains("tombstone"));
    }

    #[test]
    fn splitting_keeps_every_line_once() {
        let data = b"a\nbb\nccc\ndddd\n";
        for n in 1..6 {
            let joined: Vec<u8> = split_at_lines(data, n).join(&b'\n');
            assert_eq!(joined, b"a\nbb\nccc\ndddd", "n={n}");
        }
    }
}
