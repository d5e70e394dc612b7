//! Reading `produce` input on its own thread, in chunks of whole lines.
//!
//! The reader thread may block on stdin for as long as the user likes; the producing thread
//! waits on a channel with a timeout, so Ctrl-C is noticed and everything already queued is
//! still flushed and reported. Chunks (not lines) cross the channel, so the cost per line is
//! a `memchr`, not a channel send.

use std::io::{self, Read};
use std::sync::mpsc::{Receiver, RecvTimeoutError, sync_channel};
use std::time::Duration;

const CHUNK: usize = 256 * 1024;

pub enum Next {
    /// Bytes ending at a line boundary (or the last, unterminated line at end of input).
    Chunk(Vec<u8>),
    /// Nothing yet; check for interruption and try again.
    Waiting,
    End,
}

pub struct InputChunks {
    rx: Receiver<io::Result<Vec<u8>>>,
}

impl InputChunks {
    /// Starts reading `source`. With `whole`, the input is read to its end and sent as one
    /// chunk (`--input raw`).
    pub fn spawn(mut source: Box<dyn Read + Send>, whole: bool) -> InputChunks {
        let (tx, rx) = sync_channel(4);
        std::thread::spawn(move || {
            if whole {
                let mut all = Vec::new();
                let result = source.read_to_end(&mut all).map(|_| all);
                let _ = tx.send(result);
                return;
            }
            let mut buf: Vec<u8> = Vec::with_capacity(CHUNK);
            loop {
                if buf.capacity() - buf.len() < CHUNK / 4 {
                    buf.reserve(CHUNK);
                }
                let start = buf.len();
                let spare = buf.capacity() - start;
                buf.resize(start + spare, 0);
                let n = match source.read(&mut buf[start..]) {
                    Ok(n) => n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {
                        buf.truncate(start);
                        continue;
                    }
                    Err(e) => {
                        let _ = tx.send(Err(e));
                        return;
                    }
                };
                buf.truncate(start + n);
                if n == 0 {
                    if !buf.is_empty() {
                        let _ = tx.send(Ok(buf));
                    }
                    return;
                }
                if let Some(last_newline) = memchr::memrchr(b'\n', &buf[start..]) {
                    let rest = buf.split_off(start + last_newline + 1);
                    let mut next = Vec::with_capacity(CHUNK.max(rest.len() * 2));
                    next.extend_from_slice(&rest);
                    let full = std::mem::replace(&mut buf, next);
                    if tx.send(Ok(full)).is_err() {
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

    fn collect(input: &[u8], whole: bool) -> Vec<Vec<u8>> {
        let chunks = InputChunks::spawn(Box::new(io::Cursor::new(input.to_vec())), whole);
        let mut out = Vec::new();
        loop {
            match chunks.next(Duration::from_secs(5)).unwrap() {
                Next::Chunk(c) => out.push(c),
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
