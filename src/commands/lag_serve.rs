//! `evctl lag serve`: the judgements of `lag --watch` for Prometheus. A sampler thread reads
//! the brokers every `--refresh` and renders the lag families once, gzipped; each scrape of
//! `/metrics` sends that rendering (unzipped as it goes for a client that did not ask for
//! gzip) and the sampler's health, and never samples. When a sample fails the lag families are
//! dropped, not served stale, and `evctl_sampler_up` says 0.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::Interrupt;
use super::lag::{QueueSampler, Selection, sleep_unless_interrupted};
use crate::cli::ServeArgs;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::kafka::lag_sampler::LagSampler;
use crate::kafka::offsets::OffsetProbe;
use crate::lag::GroupLag;
use crate::metrics::{self, Deflated, Exposition, Flavour, Health};
use crate::start::now_ms;

/// What scrapes read: the last sample's lag families and how sampling goes.
struct Shared {
    /// The lag families of the last sample, deflated.
    families: Arc<Deflated>,
    health: Health,
}

/// Where samples come from: Kafka groups, or RabbitMQ queues.
enum Source {
    /// Made at the first sample that reaches the cluster.
    Kafka(Option<LagSampler>),
    Queues(Option<QueueSampler>),
}

/// A digest of what a sample of groups reports: when it is the last one's, the rendering is
/// kept (a cluster at rest is sampled, not rendered, every refresh).
fn fingerprint(groups: &[GroupLag]) -> u64 {
    use std::hash::BuildHasher;
    use std::hash::{Hash, Hasher};
    let mut h = foldhash::quality::FixedState::with_seed(0x5eed).build_hasher();
    for g in groups {
        (&g.group, g.status as u8, g.total_lag, g.max_time_lag_ms).hash(&mut h);
        g.trend
            .map(|t| {
                (
                    t.consume_rate.to_bits(),
                    t.produce_rate.to_bits(),
                    t.catch_up_ms,
                )
            })
            .hash(&mut h);
        for p in &g.partitions {
            (
                &p.topic,
                p.partition,
                p.committed,
                p.high_watermark,
                p.lag,
                p.time_lag_ms,
                p.status as u8,
            )
                .hash(&mut h);
            p.trend
                .map(|t| {
                    (
                        t.consume_rate.to_bits(),
                        t.produce_rate.to_bits(),
                        t.catch_up_ms,
                    )
                })
                .hash(&mut h);
        }
    }
    h.finish()
}

pub fn run(
    cfg: &Config,
    selection: &Selection,
    args: &ServeArgs,
    interrupt: &Interrupt,
) -> Result<()> {
    let listener = TcpListener::bind(args.listen)
        .map_err(|e| Error::usage(format!("cannot listen on {}: {e}", args.listen)))?;
    let (source, name) = if selection.queues.is_empty() {
        (Source::Kafka(None), "kafka")
    } else {
        (Source::Queues(None), "rabbitmq")
    };
    let shared = Arc::new(Mutex::new(Shared {
        families: Arc::new(Exposition::deflated().into_deflated()),
        health: Health {
            source: name,
            interval_secs: args.refresh.as_secs_f64(),
            ..Health::default()
        },
    }));
    let page = Arc::new(describe(cfg, selection, args));
    {
        let shared = Arc::clone(&shared);
        std::thread::spawn(move || accept(listener, &shared, &page));
    }
    if !cfg.quiet {
        eprintln!(
            "evctl: serving lag metrics on http://{}/metrics (sampling every {})",
            args.listen,
            humantime::format_duration(args.refresh)
        );
    }
    let mut source = source;
    let mut last_fingerprint = None;
    loop {
        let started = Instant::now();
        let outcome = sample(cfg, selection, &mut source, &mut last_fingerprint);
        let took = started.elapsed();
        let mut state = shared.lock().unwrap_or_else(|e| e.into_inner());
        state.health.samples += 1;
        state.health.last_duration_secs = took.as_secs_f64();
        match outcome {
            Ok(families) => {
                if let Some(families) = families {
                    state.families = Arc::new(families);
                }
                state.health.last_success_ms = Some(now_ms());
                state.health.last_error = None;
            }
            Err(e) => {
                last_fingerprint = None;
                if state.health.last_error.is_none() && !cfg.quiet {
                    eprintln!("evctl: {e} (lag metrics left out until a sample succeeds)");
                }
                state.families = Arc::new(Exposition::deflated().into_deflated());
                *state.health.errors.entry(kind(&e)).or_default() += 1;
                state.health.last_error = Some(e.to_string());
            }
        }
        drop(state);
        sleep_unless_interrupted(args.refresh.saturating_sub(took), interrupt)?;
    }
}

/// One sample, rendered as the lag families and deflated; `None` when it reports what the
/// last one did (`last` is the fingerprint of that).
fn sample(
    cfg: &Config,
    selection: &Selection,
    source: &mut Source,
    last: &mut Option<u64>,
) -> Result<Option<Deflated>> {
    let mut out = Exposition::deflated();
    match source {
        Source::Kafka(slot) => {
            let mut sampler = match slot.take() {
                Some(s) => s,
                None => {
                    let probe = Arc::new(OffsetProbe::new(&cfg.kafka, cfg.verbose)?);
                    LagSampler::new(
                        probe,
                        &selection.groups,
                        &selection.topics,
                        selection.samples,
                    )?
                }
            };
            let sampled = sampler.sample_if_moved();
            *slot = Some(sampler);
            // Nothing moved since a sample that found every group at rest.
            let Some((_, groups)) = sampled? else {
                return Ok(None);
            };
            let now = fingerprint(&groups);
            if last.replace(now) == Some(now) {
                return Ok(None);
            }
            metrics::write_groups(&groups, &mut out);
        }
        Source::Queues(slot) => {
            let mut sampler = match slot.take() {
                Some(s) => s,
                None => QueueSampler::new(cfg, &selection.queues, selection.samples)?,
            };
            let sampled = sampler.sample();
            *slot = Some(sampler);
            metrics::write_queues(&sampled?.1, &mut out);
        }
    }
    Ok(Some(out.into_deflated()))
}

/// The kind of a failed sample, as `evctl_sampler_errors_total` labels it.
fn kind(e: &Error) -> &'static str {
    match e {
        Error::Unavailable(_) => "unavailable",
        Error::Denied(_) => "denied",
        Error::Broker(_) => "broker",
        Error::NotFound(_) => "not_found",
        _ => "other",
    }
}

/// The `/` page: what is watched, and where the metrics are.
fn describe(cfg: &Config, selection: &Selection, args: &ServeArgs) -> String {
    let list = |items: &[String], all: &str| match items {
        [] => all.to_string(),
        items => items.join(", "),
    };
    let watched = if selection.queues.is_empty() {
        format!(
            "Kafka at {}: groups {}; topics {}",
            cfg.kafka.brokers,
            list(&selection.groups, "(every group)"),
            list(&selection.topics, "(every topic a group committed on)")
        )
    } else {
        let queues: Vec<String> = selection
            .queues
            .iter()
            .map(|q| q.as_str().to_string())
            .collect();
        format!(
            "RabbitMQ at {}: queues matching {}",
            cfg.amqp.management_url,
            queues.join(", ")
        )
    };
    format!(
        "<!doctype html>\n<html><head><title>evctl lag serve</title></head><body>\n\
         <h1>evctl lag serve</h1>\n<p>{}</p>\n<p>Context: {}. A sample every {}, statuses judged \
         over {} samples.</p>\n<p><a href=\"/metrics\">/metrics</a> \
         <a href=\"/healthz\">/healthz</a></p>\n</body></html>\n",
        html_escape(&watched),
        html_escape(cfg.context.as_deref().unwrap_or("none")),
        humantime::format_duration(args.refresh),
        selection.samples
    )
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn accept(listener: TcpListener, shared: &Arc<Mutex<Shared>>, page: &Arc<String>) {
    for stream in listener.incoming().flatten() {
        let (shared, page) = (Arc::clone(shared), Arc::clone(page));
        std::thread::spawn(move || {
            let _ = answer(stream, &shared, &page);
        });
    }
}

/// Reads one request and answers it; the connection is closed after.
fn answer(stream: TcpStream, shared: &Mutex<Shared>, page: &str) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?.take(64 * 1024));
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let (mut accept, mut gzip) = (String::new(), false);
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("accept") {
                accept = value.trim().to_string();
            } else if name.eq_ignore_ascii_case("accept-encoding") {
                gzip = value.split(',').any(|e| e.trim().starts_with("gzip"));
            }
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let path = target.split('?').next().unwrap_or("");
    let mut out = std::io::BufWriter::new(stream);
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut out,
            "405 Method Not Allowed",
            &[("Content-Type", "text/plain")],
            &[b"GET only\n"],
            method,
        );
    }
    match path {
        "/metrics" => {
            let flavour = Flavour::from_accept(&accept);
            let (families, health) = {
                let state = shared.lock().unwrap_or_else(|e| e.into_inner());
                let mut health = Exposition::text();
                metrics::write_health(&state.health, flavour, &mut health);
                metrics::end(flavour, &mut health);
                (Arc::clone(&state.families), health.into_text())
            };
            if gzip {
                let (head, blocks, end) = families.gzip_with(&health);
                return respond(
                    &mut out,
                    "200 OK",
                    &[
                        ("Content-Type", flavour.content_type()),
                        ("Content-Encoding", "gzip"),
                    ],
                    &[head, blocks, &end],
                    method,
                );
            }
            // Inflated as it is sent; its length is known only at the end, so the connection's
            // close ends it.
            write!(
                out,
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nConnection: close\r\n\r\n",
                flavour.content_type()
            )?;
            out.flush()?;
            if method != "HEAD" {
                let stream = out.get_mut();
                send_inflated(&families, stream)?;
                stream.write_all(&health)?;
            }
            Ok(())
        }
        "/healthz" => {
            let body = {
                let state = shared.lock().unwrap_or_else(|e| e.into_inner());
                match (&state.health.last_error, state.health.samples) {
                    (_, 0) => "ok: serving; the first sample is being taken\n".to_string(),
                    (None, _) => "ok: serving; the last sample succeeded\n".to_string(),
                    (Some(e), _) => format!("ok: serving; the last sample failed: {e}\n"),
                }
            };
            respond(
                &mut out,
                "200 OK",
                &[("Content-Type", "text/plain; charset=utf-8")],
                &[body.as_bytes()],
                method,
            )
        }
        "/" => respond(
            &mut out,
            "200 OK",
            &[("Content-Type", "text/html; charset=utf-8")],
            &[page.as_bytes()],
            method,
        ),
        _ => respond(
            &mut out,
            "404 Not Found",
            &[("Content-Type", "text/plain")],
            &[b"not found\n"],
            method,
        ),
    }
}

/// Writes `text` inflated: its segments are inflated on a few threads at once, a few ahead of
/// the one being written (which bounds what is held), and written in order.
fn send_inflated(text: &Deflated, out: &mut impl Write) -> std::io::Result<()> {
    let ahead = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    std::thread::scope(|scope| {
        let mut segments = text.segments();
        let mut inflating = std::collections::VecDeque::with_capacity(ahead);
        inflating.extend(
            segments
                .by_ref()
                .take(ahead)
                .map(|s| scope.spawn(move || Deflated::inflate(s))),
        );
        while let Some(next) = inflating.pop_front() {
            let inflated = next
                .join()
                .map_err(|_| std::io::Error::other("inflating the metrics panicked"))??;
            if let Some(s) = segments.next() {
                inflating.push_back(scope.spawn(move || Deflated::inflate(s)));
            }
            // On a failed write the scope waits for those already inflating, and no more.
            out.write_all(&inflated)?;
        }
        Ok(())
    })
}

fn respond(
    out: &mut impl Write,
    status: &str,
    headers: &[(&str, &str)],
    body: &[&[u8]],
    method: &str,
) -> std::io::Result<()> {
    let length: usize = body.iter().map(|b| b.len()).sum();
    write!(out, "HTTP/1.1 {status}\r\n")?;
    for (name, value) in headers {
        write!(out, "{name}: {value}\r\n")?;
    }
    write!(out, "Content-Length: {length}\r\nConnection: close\r\n\r\n")?;
    if method != "HEAD" {
        for part in body {
            out.write_all(part)?;
        }
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lag::{PartitionLag, PartitionStatus};

    /// A group of 100,000 partitions: its text and the same deflated (several segments).
    fn many_partitions() -> (Vec<u8>, Deflated) {
        let topic: Arc<str> = "orders".into();
        let partitions = (0..100_000)
            .map(|p| PartitionLag {
                topic: Arc::clone(&topic),
                partition: p,
                committed: Some(i64::from(p) * 7),
                high_watermark: i64::from(p) * 9,
                lag: i64::from(p) * 2,
                time_lag_ms: Some(i64::from(p)),
                status: PartitionStatus::Ok,
                trend: None,
            })
            .collect();
        let group = GroupLag::new("billing".into(), "1 sample".into(), partitions);
        let mut text = Exposition::text();
        metrics::write_groups(std::slice::from_ref(&group), &mut text);
        let mut deflated = Exposition::deflated();
        metrics::write_groups(&[group], &mut deflated);
        (text.into_text(), deflated.into_deflated())
    }

    #[test]
    fn the_text_is_sent_whole_across_segments() {
        let (text, deflated) = many_partitions();
        assert!(deflated.segments().count() >= 3, "{} bytes", text.len());
        let mut sent = Vec::new();
        send_inflated(&deflated, &mut sent).unwrap();
        assert!(sent == text, "{} bytes sent of {}", sent.len(), text.len());
        // Gzipped, the segments are one stream.
        let (head, blocks, end) = deflated.gzip_with(b"# EOF\n");
        let mut unzipped = Vec::new();
        let gzip = [head, blocks, &end].concat();
        flate2::read::GzDecoder::new(&gzip[..])
            .read_to_end(&mut unzipped)
            .unwrap();
        assert!(unzipped == [&text[..], b"# EOF\n"].concat());
    }

    /// Takes `left` bytes, then fails as a socket whose scraper hung up does.
    struct HangsUp {
        left: usize,
    }

    impl Write for HangsUp {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.left == 0 {
                return Err(std::io::ErrorKind::BrokenPipe.into());
            }
            let n = buf.len().min(self.left);
            self.left -= n;
            Ok(n)
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_scraper_that_hangs_up_ends_the_sending() {
        let (_, deflated) = many_partitions();
        let sent = send_inflated(&deflated, &mut HangsUp { left: 1 << 20 });
        assert_eq!(
            sent.map_err(|e| e.kind()),
            Err(std::io::ErrorKind::BrokenPipe)
        );
    }
}
