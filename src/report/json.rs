//! JSON and NDJSON. The JSON document is streamed: articles are written as they
//! come, the corpus and errors at the end.

use cio_digest::corpus::Corpus;
use cio_digest::model::Article;
use cio_digest::read::FileError;
use serde::Serialize;
use std::io::{self, Write};

/// Version of the output contract; bumped only on incompatible changes.
pub const VERSION: u32 = 1;

pub fn begin(w: &mut impl Write) -> io::Result<()> {
    write!(w, "{{\n  \"version\": {VERSION},\n  \"articles\": [")
}

pub fn article(w: &mut impl Write, a: &Article, first: bool) -> io::Result<()> {
    w.write_all(if first { b"\n" } else { b",\n" })?;
    indented(w, a, "    ")
}

pub fn end(w: &mut impl Write, corpus: &Corpus, errors: &[FileError]) -> io::Result<()> {
    w.write_all(b"\n  ],\n  \"corpus\": ")?;
    indented_rest(w, corpus, "  ")?;
    w.write_all(b",\n  \"errors\": ")?;
    indented_rest(w, &errors, "  ")?;
    w.write_all(b"\n}\n")
}

/// One NDJSON line: the value's fields with `"type"` first.
pub fn line<T: Serialize>(w: &mut impl Write, kind: &str, value: &T) -> io::Result<()> {
    #[derive(Serialize)]
    struct Typed<'a, T> {
        r#type: &'a str,
        #[serde(flatten)]
        value: &'a T,
    }
    serde_json::to_writer(
        &mut *w,
        &Typed {
            r#type: kind,
            value,
        },
    )?;
    w.write_all(b"\n")
}

/// Pretty JSON with every line indented (JSON strings never hold raw newlines).
fn indented<T: Serialize>(w: &mut impl Write, v: &T, indent: &str) -> io::Result<()> {
    let s = serde_json::to_string_pretty(v)?;
    for (i, l) in s.lines().enumerate() {
        if i > 0 {
            w.write_all(b"\n")?;
        }
        w.write_all(indent.as_bytes())?;
        w.write_all(l.as_bytes())?;
    }
    Ok(())
}

/// Like `indented`, but the first line continues the current one.
fn indented_rest<T: Serialize>(w: &mut impl Write, v: &T, indent: &str) -> io::Result<()> {
    let s = serde_json::to_string_pretty(v)?;
    for (i, l) in s.lines().enumerate() {
        if i > 0 {
            w.write_all(b"\n")?;
            w.write_all(indent.as_bytes())?;
        }
        w.write_all(l.as_bytes())?;
    }
    Ok(())
}
