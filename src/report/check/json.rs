//! JSON: one document `{version, files, alerts, errors, summary}`; NDJSON: one
//! flat object per line, `"type"` first: `alert` lines, `error` lines, and a
//! final `summary` line.

use super::super::json::{line, VERSION};
use cio_digest::check::{Level, Report};
use serde::Serialize;
use std::io::{self, Write};

/// Alerts counted by level, and the files checked.
#[derive(Serialize)]
struct Summary {
    files: usize,
    error: usize,
    warning: usize,
    suggestion: usize,
}

fn summary(r: &Report) -> Summary {
    Summary {
        files: r.files,
        error: r.count(Level::Error),
        warning: r.count(Level::Warning),
        suggestion: r.count(Level::Suggestion),
    }
}

pub fn write(w: &mut impl Write, r: &Report) -> io::Result<()> {
    #[derive(Serialize)]
    struct Doc<'a> {
        version: u32,
        files: usize,
        alerts: &'a [cio_digest::check::Alert],
        errors: &'a [cio_digest::read::FileError],
        summary: Summary,
    }
    serde_json::to_writer_pretty(
        &mut *w,
        &Doc {
            version: VERSION,
            files: r.files,
            alerts: &r.alerts,
            errors: &r.errors,
            summary: summary(r),
        },
    )?;
    w.write_all(b"\n")
}

pub fn write_lines(w: &mut impl Write, r: &Report) -> io::Result<()> {
    for a in &r.alerts {
        line(w, "alert", a)?;
    }
    for e in &r.errors {
        line(w, "error", e)?;
    }
    line(w, "summary", &summary(r))
}
