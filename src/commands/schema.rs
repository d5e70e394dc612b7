//! `evctl schema list|show|register|check`.

use std::io::Write;

use serde::Serialize;

use crate::cli::{OutputFormat, SchemaCheckArgs, SchemaCommand};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::output::table::Table;
use crate::output::{write_json, write_listing};
use crate::schema::compat::{Incompatibility, Level, check};
use crate::schema::proto::ProtoSchema;
use crate::schema::registry::{Reference, RegistryClient};
use crate::schema::source::{Part, SchemaSource, load_file};
use crate::schema::{Compiled, SchemaKind};

pub fn run(cfg: &Config, command: &SchemaCommand) -> Result<()> {
    let source = SchemaSource::open(&cfg.schemas)?;
    let mut out = std::io::stdout().lock();
    match command {
        SchemaCommand::List => list(cfg, &source, &mut out),
        SchemaCommand::Show(args) => {
            let (text, origin) = match source.registry() {
                Some(registry) => {
                    let r = registry.version(&args.subject, &args.subject_version)?;
                    let origin =
                        format!("subject {} version {} (id {})", r.subject, r.version, r.id);
                    if cfg.output != OutputFormat::Text {
                        return write_json(&mut out, &r, cfg.output == OutputFormat::Json);
                    }
                    (r.schema, origin)
                }
                None => {
                    let loaded = source.for_topic(&args.subject, Part::Value)?;
                    (loaded.text, loaded.origin)
                }
            };
            if !cfg.quiet {
                eprintln!("evctl: {origin}");
            }
            // Pretty-print when it is JSON (it always should be).
            let shown = serde_json::from_str::<serde_json::Value>(&text)
                .ok()
                .and_then(|v| serde_json::to_string_pretty(&v).ok())
                .unwrap_or(text);
            writeln!(out, "{shown}").map_err(Error::Output)
        }
        SchemaCommand::Register(args) => {
            let registry = source.need_registry("schema register")?;
            let loaded = load_file(&args.file, Part::Value)?;
            let kind = loaded.compiled.kind();
            let references = match &loaded.compiled {
                Compiled::Protobuf(proto) => register_imports(registry, &args.file, proto)?,
                _ => Vec::new(),
            };
            let id = registry.register(&args.subject, kind, &loaded.text, &references)?;
            if cfg.output == OutputFormat::Text {
                writeln!(out, "{id}").map_err(Error::Output)?;
                if !cfg.quiet {
                    eprintln!(
                        "evctl: {} registered under {} with id {id}",
                        args.file.display(),
                        args.subject
                    );
                }
                Ok(())
            } else {
                write_json(
                    &mut out,
                    &serde_json::json!({"subject": args.subject, "id": id, "schemaType": kind.registry_name()}),
                    cfg.output == OutputFormat::Json,
                )
            }
        }
        SchemaCommand::Check(args) => {
            let check = Check::resolve(args)?;
            check_command(cfg, &source, &check, &mut out)
        }
    }
}

#[derive(Serialize)]
struct Listed {
    subject: String,
    #[serde(rename = "type")]
    kind: SchemaKind,
    latest_version: Option<i32>,
    id: Option<u32>,
}

/// Registers the files a `.proto` imports from its folder, each under its import name (the
/// subject Confluent's serializers give a reference), and returns the references the schema
/// itself needs.
fn register_imports(
    registry: &RegistryClient,
    file: &std::path::Path,
    proto: &ProtoSchema,
) -> Result<Vec<Reference>> {
    let dir = file.parent().unwrap_or(std::path::Path::new("."));
    let mut registered: Vec<Reference> = Vec::new();
    for (name, imports) in proto.imports() {
        let path = dir.join(&name);
        let text = std::fs::read_to_string(&path).map_err(|source| Error::File {
            path: path.display().to_string(),
            source,
        })?;
        let references: Vec<Reference> = registered
            .iter()
            .filter(|r| imports.contains(&r.name))
            .cloned()
            .collect();
        registry.register(&name, SchemaKind::Protobuf, &text, &references)?;
        let found = registry.lookup(&name, SchemaKind::Protobuf, &text, &references)?;
        registered.push(Reference {
            name: name.clone(),
            subject: name,
            version: found.version,
        });
    }
    let direct = proto.direct_imports();
    Ok(registered
        .into_iter()
        .filter(|r| direct.contains(&r.name))
        .collect())
}

fn list(cfg: &Config, source: &SchemaSource, out: &mut impl Write) -> Result<()> {
    let mut rows = Vec::new();
    match source.registry() {
        Some(registry) => {
            for subject in registry.subjects()? {
                let latest = registry.version(&subject, "latest")?;
                rows.push(Listed {
                    kind: latest.kind().unwrap_or(SchemaKind::Avro),
                    latest_version: Some(latest.version),
                    id: Some(latest.id),
                    subject,
                });
            }
        }
        None => {
            let dir = source.dir();
            let entries = std::fs::read_dir(dir).map_err(|e| {
                Error::NotFound(format!(
                    "schemas folder {} cannot be read ({e}); give --schemas DIR or --schema-registry URL",
                    dir.display()
                ))
            })?;
            for entry in entries.flatten() {
                let path = entry.path();
                let name = entry.file_name().to_string_lossy().into_owned();
                let Some(stem) = name
                    .strip_suffix(".json")
                    .or_else(|| name.strip_suffix(".avsc"))
                    .or_else(|| name.strip_suffix(".proto"))
                else {
                    continue;
                };
                rows.push(Listed {
                    subject: stem.to_string(),
                    kind: SchemaKind::of_path(&path),
                    latest_version: None,
                    id: None,
                });
            }
            rows.sort_by(|a, b| a.subject.cmp(&b.subject));
        }
    }
    write_listing(out, cfg.output, &rows, || {
        let mut t = Table::new(["SUBJECT", "TYPE", "VERSION", "ID"]);
        for r in &rows {
            t.row([
                r.subject.clone(),
                r.kind.registry_name().to_string(),
                r.latest_version.map_or("-".into(), |v| v.to_string()),
                r.id.map_or("-".into(), |v| v.to_string()),
            ]);
        }
        t
    })
}

#[derive(Serialize)]
struct CheckReport {
    level: &'static str,
    compatible: bool,
    /// What the file was compared with.
    against: Vec<String>,
    incompatibilities: Vec<Found>,
}

#[derive(Serialize)]
struct Found {
    against: String,
    #[serde(flatten)]
    what: Incompatibility,
}

/// `schema check`'s flags, checked and parsed before any file or registry is read.
struct Check {
    file: std::path::PathBuf,
    against: Against,
    /// `--level`; else the subject's level in the registry, else BACKWARD.
    level: Option<Level>,
}

/// What the changed schema is compared with.
enum Against {
    File(std::path::PathBuf),
    Registry(SubjectOf),
}

/// A registry subject, by name or as a topic's key or value subject.
enum SubjectOf {
    Name(String),
    Topic(String, Part),
}

impl Check {
    fn resolve(args: &SchemaCheckArgs) -> Result<Check> {
        let level = args
            .level
            .as_deref()
            .map(|l| {
                Level::parse(l).ok_or_else(|| {
                    Error::usage(format!(
                        "--level {l:?}: use NONE, BACKWARD, FORWARD or FULL, optionally with _TRANSITIVE"
                    ))
                })
            })
            .transpose()?;
        let against = match (&args.against, &args.subject, &args.topic) {
            (Some(file), _, _) => Against::File(file.clone()),
            (None, Some(s), _) => Against::Registry(SubjectOf::Name(s.clone())),
            (None, None, Some(t)) => Against::Registry(SubjectOf::Topic(
                t.clone(),
                if args.key { Part::Key } else { Part::Value },
            )),
            (None, None, None) => {
                return Err(Error::usage("give --subject, --topic or --against"));
            }
        };
        Ok(Check {
            file: args.file.clone(),
            against,
            level,
        })
    }
}

fn check_command(
    cfg: &Config,
    source: &SchemaSource,
    asked: &Check,
    out: &mut impl Write,
) -> Result<()> {
    let new = load_file(&asked.file, Part::Value)?;
    let explicit_level = asked.level;
    // (label, compiled) of each schema to compare with, oldest first.
    let mut previous: Vec<(String, Compiled)> = Vec::new();
    let level = match &asked.against {
        Against::File(old_file) => {
            let old = load_file(old_file, Part::Value)?;
            previous.push((old.origin, old.compiled));
            explicit_level.unwrap_or(Level::Backward)
        }
        Against::Registry(of) => {
            let registry = source.need_registry("schema check --subject/--topic")?;
            let subject = match of {
                SubjectOf::Name(s) => s.clone(),
                SubjectOf::Topic(t, part) => source.subject(t, *part)?,
            };
            let level = match explicit_level {
                Some(l) => l,
                None => {
                    let name = registry
                        .compatibility_level(&subject)
                        .unwrap_or_else(|_| "BACKWARD".into());
                    Level::parse(&name).unwrap_or(Level::Backward)
                }
            };
            let versions: Vec<String> = if level.transitive() {
                registry
                    .versions(&subject)?
                    .iter()
                    .map(i32::to_string)
                    .collect()
            } else {
                vec!["latest".into()]
            };
            for v in versions {
                let r = registry.version(&subject, &v)?;
                let compiled = source
                    .compile_registered(r.kind()?, &r.schema, &r.references)
                    .map_err(|e| {
                        Error::usage(format!("subject {subject} version {}: {e}", r.version))
                    })?;
                previous.push((format!("{subject} version {}", r.version), compiled));
            }
            level
        }
    };
    let mut found = Vec::new();
    for (label, old) in &previous {
        for what in check(&new.compiled, old, level) {
            found.push(Found {
                against: label.clone(),
                what,
            });
        }
    }
    let report = CheckReport {
        level: level.name(),
        compatible: found.is_empty(),
        against: previous.iter().map(|(l, _)| l.clone()).collect(),
        incompatibilities: found,
    };
    if cfg.output == OutputFormat::Text {
        for f in &report.incompatibilities {
            writeln!(
                out,
                "{} vs {}: {}: {}",
                asked.file.display(),
                f.against,
                f.what.path,
                f.what.message
            )
            .map_err(Error::Output)?;
        }
    } else {
        write_json(out, &report, cfg.output == OutputFormat::Json)?;
    }
    if report.compatible {
        if !cfg.quiet && cfg.output == OutputFormat::Text {
            eprintln!(
                "evctl: {} is {} compatible with {}",
                asked.file.display(),
                report.level,
                report.against.join(", ")
            );
        }
        Ok(())
    } else {
        Err(Error::CheckFailed(format!(
            "{} is not {} compatible: {} problem(s)",
            asked.file.display(),
            report.level,
            report.incompatibilities.len()
        )))
    }
}
