//! Reading `produce` input on its own thread, in chunks of whole lines.
//!
//! The reader thread may block on stdin for as long as the user likes; the producing thread
//! waits on a channel with a timeout, so Ctrl-C is noticed and everything already queued is
//! still flushed and reported. Chunks (not lines) cross the channel, so the cost per line is
//! a `memchr`, not a channel send.

use std::io::{self, Read};
use std::ops::Deref;
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, sync_channel};
use std::time::Duration;

const CHUNK: usize = 256 * 1024;
/// Chunks in flight between the threads (the channel) and buffers waiting to be reused.
const IN_FLIGHT: usize = 4;

/// Bytes that end at a line boundary (or the last, unterminated line at end of input). Its
/// buffer goes back to the reader when it is dropped, so the reader does not allocate (and the
/// kernel does not zero fresh pages) for every 256 KiB of input.
pub struct Chunk {
    buf: Vec<u8>,
    len: usize,
    pool: Option<SyncSender<Vec<u8>>>,
}

impl Deref for Chunk {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

impl Drop for Chunk {
    fn drop(&mut self) {
        if let Some(pool) = &self.pool {
            // A full pool (chunks held for validation) or a finished reader: just free it.
            let _ = pool.try_send(std::mem::take(&mut self.buf));
        }
    }
}

pub enum Next {
    Chunk(Chunk),
    /// Nothing yet; check for interruption and try again.
    Waiting,
    End,
}

pub struct InputChunks {
    rx: Receiver<io::Result<Chunk>>,
}

impl InputChunks {
    /// Starts reading `source`. With `whole`, the input is read to its end and sent as one
    /// chunk (`--input raw`).
    pub fn spawn(mut source: Box<dyn Read + Send>, whole: bool) -> InputChunks {
        let (tx, rx) = sync_channel(IN_FLIGHT);
        std::thread::spawn(move || {
            if whole {
                let mut all = Vec::new();
                let result = source.read_to_end(&mut all).map(|len| Chunk {
                    buf: all,
                    len,
                    pool: None,
                });
                let _ = tx.send(result);
                return;
            }
            let (give_back, returned) = sync_channel::<Vec<u8>>(IN_FLIGHT + 1);
            // `buf[..filled]` holds input read but not sent: the start of a line, at most.
            // Every buffer's length is its capacity, zeroed once, so reads need no resizing.
            let mut buf = vec![0u8; CHUNK];
            let mut filled = 0;
            loop {
                if buf.len() - filled < CHUNK / 4 {
                    // A line longer than most of the buffer: make room.
                    buf.resize(buf.len() + CHUNK, 0);
                }
                let n = match source.read(&mut buf[filled..]) {
                    Ok(n) => n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => {
                        let _ = tx.send(Err(e));
                        return;
                    }
                };
                if n == 0 {
                    if filled > 0 {
                        let _ = tx.send(Ok(Chunk {
                            buf,
                            len: filled,
                            pool: None,
                        }));
                    }
                    return;
                }
                let start = filled;
                filled += n;
                if let Some(last_newline) = memchr::memrchr(b'\n', &buf[start..filled]) {
                    let end = start + last_newline + 1;
                    let rest = filled - end;
                    let mut next = returned.try_recv().unwrap_or_default();
                    if next.len() < rest + CHUNK {
                        next.resize(rest + CHUNK, 0);
                    }
                    next[..rest].copy_from_slice(&buf[end..filled]);
                    let full = std::mem::replace(&mut buf, next);
                    filled = rest;
                    let chunk = Chunk {
                        buf: full,
                        len: end,
                        pool: Some(give_back.clone()),
                    };
                    if tx.send(Ok(chunk)).is_err() {
                        return;
                    }
                }
            }
        });
        InputChunks { rx }
    }

    pub fn next(&self, wait: Duration) -> io::Result<Next> {
        match self.rx.recv_timeout(wait) {
            Ok(Ok(chunk)) => Ok(Next::Chunk(chunk)),
            Ok(Err(e)) => Err(e),
            Err(RecvTimeoutError::Timeout) => Ok(Next::Waiting),
            Err(RecvTimeoutError::Disconnected) => Ok(Next::End),
        }
    }
}

/// The lines of a chunk without their `\n` (a `\r` before it is kept: bytes are data).
pub fn lines(chunk: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut start = 0;
    let mut ends = memchr::memchr_iter(b'\n', chunk);
    std::iter::from_fn(move || {
        if let Some(end) = ends.next() {
            let line = &chunk[start..end];
            start = end + 1;
            Some(line)
        } else if start < chunk.len() {
            let line = &chunk[start..];
            start = chunk.len();
            Some(line)
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hands out at most `step` bytes per read, as a pipe may.
    struct Trickle {
        data: Vec<u8>,
        at: usize,
        step: usize,
    }

    impl Read for Trickle {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(out.len()).min(self.data.len() - self.at);
            out[..n].copy_from_slice(&self.data[self.at..self.at + n]);
            self.at += n;
            Ok(n)
        }
    }

    fn collect(input: &[u8], whole: bool) -> Vec<Vec<u8>> {
        collect_from(Box::new(io::Cursor::new(input.to_vec())), whole)
    }

    /// Every chunk, copied out and dropped at once, so its buffer goes back to the reader.
    fn collect_from(source: Box<dyn Read + Send>, whole: bool) -> Vec<Vec<u8>> {
        let chunks = InputChunks::spawn(source, whole);
        let mut out = Vec::new();
        loop {
            match chunks.next(Duration::from_secs(5)).unwrap() {
                Next::Chunk(c) => out.push(c.to_vec()),
                Next::Waiting => {}
                Next::End => return out,
            }
        }
    }

    #[test]
    fn chunks_end_at_line_boundaries_and_keep_every_byte() {
        let mut input = Vec::new();
        for i in 0..100_000 {
            input.extend_from_slice(format!("line {i}\n").as_bytes());
        }
        input.extend_from_slice(b"last without newline");
        let chunks = collect(&input, false);
        assert!(chunks.len() > 1);
        for c in &chunks[..chunks.len() - 1] {
            assert_eq!(c.last(), Some(&b'\n'));
        }
        assert_eq!(chunks.concat(), input);
        let all: Vec<&[u8]> = chunks.iter().flat_map(|c| lines(c)).collect();
        assert_eq!(all.len(), 100_001);
        assert_eq!(all[5], b"line 5");
        assert_eq!(all[100_000], b"last without newline");
    }

    #[test]
    fn reused_buffers_keep_every_byte_of_long_lines_and_short_reads() {
        let mut input = Vec::new();
        for i in 0..2_000usize {
            // Now and then a line longer than a whole buffer.
            let len = if i % 500 == 7 { 3 * CHUNK / 2 } else { i % 300 };
            input.extend(std::iter::repeat_n(b'a' + (i % 26) as u8, len));
            input.push(b'\n');
        }
        for step in [1 << 20, 4096, 1000] {
            let source = Trickle {
                data: input.clone(),
                at: 0,
                step,
            };
            let chunks = collect_from(Box::new(source), false);
            assert!(chunks.iter().all(|c| c.last() == Some(&b'\n')));
            assert_eq!(chunks.concat(), input, "reads of {step} bytes");
        }
    }

    #[test]
    fn whole_input_is_one_chunk() {
        assert_eq!(collect(b"a\nb\n", true), vec![b"a\nb\n".to_vec()]);
    }

    #[test]
    fn lines_keep_empty_lines_and_carriage_returns() {
        let got: Vec<&[u8]> = lines(b"a\r\n\nb\n").collect();
        assert_eq!(got, vec![&b"a\r"[..], b"", b"b"]);
        assert_eq!(lines(b"").count(), 0);
    }
}
