//! Walk + read + analyse in parallel, delivered in walk order.
//!
//! Files are taken in batches: a batch is analysed on the thread pool, then its
//! results are handed to the sink in order before the next batch starts. Output
//! is therefore identical whatever the thread count, starts before the walk
//! ends, and only one batch of articles is ever held in memory.

use crate::model::{Article, Document};
use crate::read::{self, FileError};
use crate::walk::{self, Entry, Filter};
use crate::Settings;
use rayon::prelude::*;
use std::path::PathBuf;

/// What became of one input.
#[derive(Debug)]
pub enum Outcome {
    Article(Box<Article>),
    Error(FileError),
}

/// How many files one batch holds per thread.
const BATCH_PER_THREAD: usize = 32;

/// Runs the analysis; `sink` sees every outcome in order and may stop the run
/// by returning an error (e.g. a closed stdout).
pub fn run<E>(
    roots: &[PathBuf],
    filter: &Filter,
    threads: usize,
    settings: &Settings,
    mut sink: impl FnMut(Outcome) -> Result<(), E>,
) -> Result<(), E> {
    run_with(
        roots,
        filter,
        threads,
        |doc| Box::new(crate::analyze_with(&doc, settings)),
        |r| {
            sink(match r {
                Ok(a) => Outcome::Article(a),
                Err(e) => Outcome::Error(e),
            })
        },
    )
}

/// Like [`run`], with the work done on each decoded document chosen by the
/// caller (e.g. analysis followed by checks that need the document itself).
pub fn run_with<T: Send, E>(
    roots: &[PathBuf],
    filter: &Filter,
    threads: usize,
    work: impl Fn(Document) -> T + Sync,
    mut sink: impl FnMut(Result<T, FileError>) -> Result<(), E>,
) -> Result<(), E> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.max(1))
        .build();
    let batch_size = BATCH_PER_THREAD * threads.max(1);
    let mut batch: Vec<Entry> = Vec::with_capacity(batch_size);
    let mut failed: Option<E> = None;
    let mut flush = |batch: &mut Vec<Entry>, failed: &mut Option<E>| {
        if failed.is_some() {
            batch.clear();
            return;
        }
        let one = |e: Entry| match e {
            Entry::File(p) => read::read(&p, &p.display().to_string()).map(&work),
            Entry::Error(e) => Err(e),
        };
        let outcomes: Vec<Result<T, FileError>> = match &pool {
            Ok(pool) => pool.install(|| batch.par_drain(..).map(one).collect()),
            Err(_) => batch.drain(..).map(one).collect(),
        };
        for o in outcomes {
            if let Err(e) = sink(o) {
                *failed = Some(e);
                return;
            }
        }
    };
    walk::walk(roots, filter, |entry| {
        batch.push(entry);
        if batch.len() >= batch_size {
            flush(&mut batch, &mut failed);
        }
    });
    flush(&mut batch, &mut failed);
    match failed {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Reads and analyses one file.
pub fn analyze_path(p: &std::path::Path) -> Outcome {
    let shown = p.display().to_string();
    match read::read(p, &shown) {
        Ok(doc) => Outcome::Article(Box::new(crate::analyze(&doc))),
        Err(e) => Outcome::Error(e),
    }
}
