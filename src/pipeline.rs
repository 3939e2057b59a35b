//! Walk + read + analyse in parallel, delivered in walk order.
//!
//! A walker thread numbers the files as it finds them and queues them; worker
//! threads read and analyse them; the calling thread puts the outcomes back in
//! walk order and hands each to the sink as soon as all before it are done.
//! Output is therefore identical whatever the thread count and starts before
//! the walk ends. At most `WINDOW_PER_THREAD` files per thread are between the
//! walker and the sink at any time (queued, in analysis, or finished and
//! waiting for an earlier one), so memory stays flat however large the corpus.

use crate::model::{Article, Document};
use crate::read::{self, FileError};
use crate::walk::{self, Entry, Filter};
use crate::Settings;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{mpsc, Mutex};

/// What became of one input.
#[derive(Debug)]
pub enum Outcome {
    Article(Box<Article>),
    Error(FileError),
}

/// How many files per thread may be between the walker and the sink.
const WINDOW_PER_THREAD: usize = 16;

/// Counters the workers update as they go, for a progress display.
#[derive(Debug, Default)]
pub struct Progress {
    /// Inputs finished (analysed or failed).
    pub files: AtomicU64,
    /// Bytes of text analysed.
    pub bytes: AtomicU64,
}

/// Runs the analysis; `sink` sees every outcome in order and may stop the run
/// by returning an error (e.g. a closed stdout).
pub fn run<E>(
    roots: &[PathBuf],
    filter: &Filter,
    threads: usize,
    settings: &Settings,
    progress: &Progress,
    mut sink: impl FnMut(Outcome) -> Result<(), E>,
) -> Result<(), E> {
    run_with(
        roots,
        filter,
        threads,
        progress,
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
    progress: &Progress,
    work: impl Fn(Document) -> T + Sync,
    mut sink: impl FnMut(Result<T, FileError>) -> Result<(), E>,
) -> Result<(), E> {
    let threads = threads.max(1);
    let window = WINDOW_PER_THREAD * threads;
    // A permit is taken for each file queued and given back when its outcome
    // has been handed to the sink: this bounds the files in flight.
    let (permit_tx, permit_rx) = mpsc::sync_channel::<()>(window);
    let (job_tx, job_rx) = mpsc::channel::<(usize, Entry)>();
    let job_rx = Mutex::new(job_rx);
    let (done_tx, done_rx) = mpsc::channel::<(usize, Result<T, FileError>)>();
    let stop = AtomicBool::new(false);
    let work = &work;

    std::thread::scope(|scope| {
        let stop = &stop;
        scope.spawn(move || {
            let mut index = 0;
            walk::walk(roots, filter, |entry| {
                if stop.load(Ordering::Relaxed) || permit_tx.send(()).is_err() {
                    stop.store(true, Ordering::Relaxed);
                    return;
                }
                if job_tx.send((index, entry)).is_err() {
                    stop.store(true, Ordering::Relaxed);
                }
                index += 1;
            });
        });
        for k in 0..threads {
            let (job_rx, done_tx) = (&job_rx, done_tx.clone());
            // A lone worker builds each pattern when a file first needs it.
            let mut warm = threads == 1;
            scope.spawn(move || loop {
                let job = match job_rx.lock() {
                    Ok(rx) => rx.recv(),
                    Err(_) => return,
                };
                let Ok((index, entry)) = job else { return };
                if !warm {
                    warm = true;
                    build_patterns(k, threads);
                }
                let outcome = match entry {
                    Entry::File(p) => guarded(&p, progress, work),
                    Entry::Error(e) => Err(e),
                };
                progress.files.fetch_add(1, Ordering::Relaxed);
                if done_tx.send((index, outcome)).is_err() {
                    return;
                }
            });
        }
        drop(done_tx);

        // Reorder: hand outcomes to the sink strictly in walk order.
        let mut emit = || {
            let mut waiting = BTreeMap::new();
            let mut next = 0;
            for (index, outcome) in done_rx.iter() {
                waiting.insert(index, outcome);
                while let Some(outcome) = waiting.remove(&next) {
                    next += 1;
                    let _ = permit_rx.recv();
                    sink(outcome)?;
                }
            }
            Ok(())
        };
        let result = emit();
        // On an early stop, dropping the receivers unblocks the walker and workers.
        stop.store(true, Ordering::Relaxed);
        drop(permit_rx);
        drop(done_rx);
        result
    })
}

/// Builds the `k`-th of every `threads` costly patterns of the analysis. Each
/// is built on first use, and a thread that needs one while another builds
/// it waits: without this, the workers' first files build them all one after
/// another. Each worker calls it once it has a file, so an empty run builds
/// nothing.
fn build_patterns(k: usize, threads: usize) {
    let lists = crate::parse::BUILDS
        .into_iter()
        .chain(crate::quotes::BUILDS);
    let lists = lists.chain([crate::sentences::BUILDS, crate::digest::names::BUILDS]);
    for build in lists.flatten().skip(k).step_by(threads) {
        build();
    }
}

/// Reads one file and does `work` on it; a panic (a bug) becomes that file's
/// error instead of taking the whole run down.
fn guarded<T>(p: &Path, progress: &Progress, work: impl Fn(Document) -> T) -> Result<T, FileError> {
    let run = std::panic::AssertUnwindSafe(|| {
        read::read(p, &p.display().to_string()).map(|doc| {
            progress
                .bytes
                .fetch_add(doc.text.len() as u64, Ordering::Relaxed);
            work(doc)
        })
    });
    std::panic::catch_unwind(run).unwrap_or_else(|_| {
        Err(FileError::error(
            p.display().to_string(),
            "internal error: the analysis panicked (please report this file), skipped",
        ))
    })
}

/// Reads and analyses one file with the default settings.
pub fn analyze_path(p: &Path) -> Outcome {
    match guarded(p, &Progress::default(), |doc| crate::analyze(&doc)) {
        Ok(a) => Outcome::Article(Box::new(a)),
        Err(e) => Outcome::Error(e),
    }
}
