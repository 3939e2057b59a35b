//! Walk + read + analyse in parallel, delivered in walk order.
//!
//! A walker thread numbers the files as it finds them and queues them; worker
//! threads read and analyse them; the calling thread puts the outcomes back in
//! walk order and hands each to the sink as soon as all before it are done.
//! Output is therefore identical whatever the thread count and starts before
//! the walk ends. At most `WINDOW_PER_THREAD` files per thread are between the
//! walker and the sink at any time (queued, in analysis, or finished and
//! waiting for an earlier one), so memory stays flat however large the corpus.

use crate::model::Article;
use crate::read::{self, FileError};
use crate::walk::{self, Entry, Filter};
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
    sink: impl FnMut(Outcome) -> Result<(), E>,
) -> Result<(), E> {
    run_with_progress(roots, filter, threads, &Progress::default(), sink)
}

/// Like [`run`], updating `progress` as files finish.
pub fn run_with_progress<E>(
    roots: &[PathBuf],
    filter: &Filter,
    threads: usize,
    progress: &Progress,
    mut sink: impl FnMut(Outcome) -> Result<(), E>,
) -> Result<(), E> {
    let threads = threads.max(1);
    let window = WINDOW_PER_THREAD * threads;
    // A permit is taken for each file queued and given back when its outcome
    // has been handed to the sink: this bounds the files in flight.
    let (permit_tx, permit_rx) = mpsc::sync_channel::<()>(window);
    let (job_tx, job_rx) = mpsc::channel::<(usize, Entry)>();
    let job_rx = Mutex::new(job_rx);
    let (done_tx, done_rx) = mpsc::channel::<(usize, Outcome)>();
    let stop = AtomicBool::new(false);

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
        for _ in 0..threads {
            let (job_rx, done_tx) = (&job_rx, done_tx.clone());
            scope.spawn(move || loop {
                let job = match job_rx.lock() {
                    Ok(rx) => rx.recv(),
                    Err(_) => return,
                };
                let Ok((index, entry)) = job else { return };
                let outcome = match entry {
                    Entry::File(p) => analyze_guarded(&p, progress),
                    Entry::Error(e) => Outcome::Error(e),
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
            let mut waiting: BTreeMap<usize, Outcome> = BTreeMap::new();
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

/// Analyses one file; a panic (a bug) becomes that file's error instead of
/// taking the whole run down.
fn analyze_guarded(p: &Path, progress: &Progress) -> Outcome {
    let run = std::panic::AssertUnwindSafe(|| analyze_counted(p, progress));
    std::panic::catch_unwind(run).unwrap_or_else(|_| {
        Outcome::Error(FileError::error(
            p.display().to_string(),
            "internal error: the analysis panicked (please report this file), skipped",
        ))
    })
}

/// Reads and analyses one file.
pub fn analyze_path(p: &Path) -> Outcome {
    analyze_counted(p, &Progress::default())
}

fn analyze_counted(p: &Path, progress: &Progress) -> Outcome {
    match read::read(p, &p.display().to_string()) {
        Ok(doc) => {
            progress
                .bytes
                .fetch_add(doc.text.len() as u64, Ordering::Relaxed);
            Outcome::Article(Box::new(crate::analyze(&doc)))
        }
        Err(e) => Outcome::Error(e),
    }
}
