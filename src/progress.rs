//! A one-line progress display on stderr: files done, megabytes, throughput.
//!
//! Shown only when it helps and cannot hurt: stderr is a terminal, stdout is
//! not (the report goes to a file or a pipe, so the two never mix), `CI` is
//! not set, `--quiet` is off, and the run has lasted a second.

use cio_digest::pipeline::Progress;
use std::io::{IsTerminal, Write};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

/// Time before the first draw: short runs never show a bar.
const DELAY: Duration = Duration::from_secs(1);
/// Time between two draws.
const INTERVAL: Duration = Duration::from_millis(100);

pub struct Bar {
    enabled: bool,
    started: Instant,
    last_draw: Option<Instant>,
}

impl Bar {
    pub fn new(quiet: bool) -> Bar {
        let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
        Bar {
            enabled: !quiet
                && !ci
                && std::io::stderr().is_terminal()
                && !std::io::stdout().is_terminal(),
            started: Instant::now(),
            last_draw: None,
        }
    }

    /// Redraws when due.
    pub fn tick(&mut self, p: &Progress) {
        if !self.enabled {
            return;
        }
        let now = Instant::now();
        let elapsed = now - self.started;
        let due = match self.last_draw {
            Some(t) => now - t >= INTERVAL,
            None => elapsed >= DELAY,
        };
        if !due {
            return;
        }
        self.last_draw = Some(now);
        let line = status(
            p.files.load(Ordering::Relaxed),
            p.bytes.load(Ordering::Relaxed),
            elapsed,
        );
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[K{line}");
        let _ = err.flush();
    }

    /// Wipes the line, so that a message or the end of the run starts clean.
    pub fn clear(&mut self) {
        if self.enabled && self.last_draw.take().is_some() {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[K");
            let _ = err.flush();
        }
    }
}

/// `cio-digest: 1,234 files, 12.3 MB, 4.5 MB/s`
fn status(files: u64, bytes: u64, elapsed: Duration) -> String {
    let mb = bytes as f64 / 1e6;
    let rate = mb / elapsed.as_secs_f64().max(1e-3);
    format!(
        "cio-digest: {} files, {mb:.1} MB, {rate:.1} MB/s",
        thousands(files)
    )
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_line() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(
            status(12345, 25_000_000, Duration::from_secs(2)),
            "cio-digest: 12,345 files, 25.0 MB, 12.5 MB/s"
        );
    }
}
