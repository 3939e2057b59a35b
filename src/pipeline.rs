//! Walk + read + analyse in parallel, delivered in walk order.
//!
//! A walker thread numbers the files as it finds them and queues them; worker
//! threads read and analyse them; the calling thread puts the outcomes back in
//! walk order and hands them to the sink a few at a time, as soon as all
//! before them are done.
//! Output is therefore identical whatever the thread count and starts before
//! the walk ends. At most `WINDOW_PER_THREAD` files per thread are between the
//! walker and the sink at any time (queued, in analysis, or finished and
//! waiting for an earlier one), so memory stays flat however large the corpus.

use crate::model::{Article, Document};
use crate::read::{self, FileError};
use crate::walk::{self, Entry, Filter};
use crate::Settings;
use std::collections::BTreeMap;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

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
    mut sink: impl FnMut(&Outcome) -> Result<(), E>,
) -> Result<(), E> {
    run_with(
        roots,
        filter,
        threads,
        progress,
        |doc| Box::new(crate::analyze_with(&doc, settings)),
        |r| {
            let outcome = match r {
                Ok(a) => Outcome::Article(a),
                Err(e) => Outcome::Error(e),
            };
            sink(&outcome)?;
            Ok(match outcome {
                Outcome::Article(a) => Some(a),
                Outcome::Error(_) => None,
            })
        },
    )
}

/// Like [`run`], with the work done on each decoded document chosen by the
/// caller (e.g. analysis followed by checks that need the document itself).
/// The sink may give a result back when done with it: the worker that made
/// it then frees it, which is cheaper for the allocator than freeing on the
/// sink's thread.
pub fn run_with<T: Send, E>(
    roots: &[PathBuf],
    filter: &Filter,
    threads: usize,
    progress: &Progress,
    work: impl Fn(Document) -> T + Sync,
    mut sink: impl FnMut(Result<T, FileError>) -> Result<Option<T>, E>,
) -> Result<(), E> {
    let threads = threads.max(1);
    let window = WINDOW_PER_THREAD * threads;
    let shared = Shared {
        flow: Mutex::new(Flow {
            queue: VecDeque::new(),
            walked: 0,
            walk_done: false,
            finished: BTreeMap::new(),
            next: 0,
            stop: false,
            idle_workers: 0,
            walker_waits: false,
            sink_waits: false,
            spent: (0..threads).map(|_| Vec::new()).collect(),
        }),
        for_workers: Condvar::new(),
        for_walker: Condvar::new(),
        for_sink: Condvar::new(),
    };
    let (shared, work) = (&shared, &work);

    std::thread::scope(|scope| {
        scope.spawn(move || {
            walk::walk(roots, filter, |entry| shared.queue(entry, window));
            let mut flow = shared.lock();
            flow.walk_done = true;
            shared.for_workers.notify_all();
            shared.for_sink.notify_one();
        });
        for k in 0..threads {
            // A lone worker builds each pattern when a file first needs it.
            let mut warm = threads == 1;
            scope.spawn(move || {
                while let Some((index, entry, spent)) = shared.take_job(k) {
                    drop(spent);
                    if !warm {
                        warm = true;
                        build_patterns(k, threads);
                    }
                    let outcome = match entry {
                        Entry::File(p) => guarded(&p, progress, work),
                        Entry::Error(e) => Err(e),
                    };
                    progress.files.fetch_add(1, Ordering::Relaxed);
                    shared.finish(index, k, outcome);
                }
            });
        }

        // Hand outcomes to the sink strictly in walk order, a batch at a time.
        let mut spent = Vec::new();
        while let Some(batch) = shared.take_batch(window, &mut spent) {
            for (worker, outcome) in batch {
                match sink(outcome) {
                    Ok(Some(done)) => spent.push((worker, done)),
                    Ok(None) => {}
                    Err(e) => {
                        // Stopping wakes the walker and the workers so the scope can end.
                        shared.stop();
                        return Err(e);
                    }
                }
            }
        }
        Ok(())
    })
}

/// Finished outcomes are handed to the sink this many at a time (or fewer at
/// the end, or after `SINK_PATIENCE`): waking the sink thread once per file
/// costs more than the sink's own work when every core is analysing.
const SINK_BATCH: usize = 8;

/// The longest a finished outcome waits for its batch to fill.
const SINK_PATIENCE: Duration = Duration::from_millis(20);

/// The state the walker, the workers and the sink share.
struct Flow<T> {
    /// Files found and not yet taken by a worker, with their walk index.
    queue: VecDeque<(usize, Entry)>,
    /// How many files the walker has queued.
    walked: usize,
    walk_done: bool,
    /// Outcomes not yet handed to the sink, by walk index, with the worker that made them.
    finished: BTreeMap<usize, (usize, Result<T, FileError>)>,
    /// The walk index the sink needs next.
    next: usize,
    stop: bool,
    idle_workers: usize,
    walker_waits: bool,
    sink_waits: bool,
    /// Results the sink is done with, for each worker to free.
    spent: Vec<Vec<T>>,
}

impl<T> Flow<T> {
    /// How many outcomes from `next` on are finished, counting up to `limit`.
    fn ready(&self, limit: usize) -> usize {
        let run = self.finished.range(self.next..).take(limit);
        run.zip(self.next..)
            .take_while(|((i, _), j)| *i == j)
            .count()
    }

    /// Every queued file has its outcome and the walk is over.
    fn all_done(&self) -> bool {
        self.walk_done && self.next + self.finished.len() == self.walked
    }
}

struct Shared<T> {
    flow: Mutex<Flow<T>>,
    for_workers: Condvar,
    for_walker: Condvar,
    for_sink: Condvar,
}

impl<T> Shared<T> {
    fn lock(&self) -> MutexGuard<'_, Flow<T>> {
        // A panic holding the lock leaves the state consistent enough to go on.
        self.flow.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The walker queues one entry, first waiting while `window` files are in flight.
    fn queue(&self, entry: Entry, window: usize) {
        let mut flow = self.lock();
        while !flow.stop && flow.walked - flow.next >= window {
            flow.walker_waits = true;
            flow = self
                .for_walker
                .wait(flow)
                .unwrap_or_else(|e| e.into_inner());
        }
        flow.walker_waits = false;
        if flow.stop {
            return;
        }
        let index = flow.walked;
        flow.queue.push_back((index, entry));
        flow.walked += 1;
        if flow.idle_workers > 0 {
            self.for_workers.notify_one();
        }
    }

    /// Worker `k`'s next job, with the results it made that the sink is done with; `None`
    /// once the walk is over and the queue empty, or on a stop.
    fn take_job(&self, k: usize) -> Option<(usize, Entry, Vec<T>)> {
        let mut flow = self.lock();
        loop {
            if flow.stop {
                return None;
            }
            if let Some((index, entry)) = flow.queue.pop_front() {
                return Some((index, entry, std::mem::take(&mut flow.spent[k])));
            }
            if flow.walk_done {
                return None;
            }
            flow.idle_workers += 1;
            flow = self
                .for_workers
                .wait(flow)
                .unwrap_or_else(|e| e.into_inner());
            flow.idle_workers -= 1;
        }
    }

    fn finish(&self, index: usize, worker: usize, outcome: Result<T, FileError>) {
        let mut flow = self.lock();
        flow.finished.insert(index, (worker, outcome));
        if flow.sink_waits && (flow.ready(SINK_BATCH) == SINK_BATCH || flow.all_done()) {
            self.for_sink.notify_one();
        }
    }

    /// The next outcomes in walk order, with the worker that made each,
    /// waiting for a full batch (or the end, or `SINK_PATIENCE`); `None` when
    /// all are handed over. Passes `spent` results on to their workers.
    #[allow(clippy::type_complexity)]
    fn take_batch(
        &self,
        window: usize,
        spent: &mut Vec<(usize, T)>,
    ) -> Option<Vec<(usize, Result<T, FileError>)>> {
        let mut flow = self.lock();
        for (worker, done) in spent.drain(..) {
            flow.spent[worker].push(done);
        }
        loop {
            let ready = flow.ready(SINK_BATCH);
            if ready == SINK_BATCH || (ready > 0 && flow.all_done()) {
                break;
            }
            if flow.all_done() {
                return None;
            }
            flow.sink_waits = true;
            let (f, timeout) = self
                .for_sink
                .wait_timeout(flow, SINK_PATIENCE)
                .unwrap_or_else(|e| e.into_inner());
            flow = f;
            flow.sink_waits = false;
            if timeout.timed_out() && flow.ready(1) == 1 {
                break;
            }
        }
        let ready = flow.ready(usize::MAX);
        let batch = (0..ready)
            .filter_map(|_| {
                let next = flow.next;
                flow.next += 1;
                flow.finished.remove(&next)
            })
            .collect();
        if flow.walker_waits && flow.walked - flow.next < window {
            self.for_walker.notify_one();
        }
        Some(batch)
    }

    fn stop(&self) {
        let mut flow = self.lock();
        flow.stop = true;
        self.for_walker.notify_all();
        self.for_workers.notify_all();
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(files: usize) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..files {
            let text = format!("Title {i}\n\nBody {i}.\n");
            std::fs::write(dir.path().join(format!("{i:03}.txt")), text).unwrap();
        }
        dir
    }

    /// Each file's number, read back from its text, in the order the sink saw them.
    fn sink_order(
        dir: &Path,
        threads: usize,
        stop_after: usize,
    ) -> (Vec<usize>, Result<(), usize>) {
        let mut seen = Vec::new();
        let result = run_with(
            &[dir.to_path_buf()],
            &Filter::default(),
            threads,
            &Progress::default(),
            |doc| {
                doc.text[6..]
                    .split('\n')
                    .next()
                    .unwrap()
                    .parse::<usize>()
                    .unwrap()
            },
            |r| {
                let n = r.unwrap();
                seen.push(n);
                if seen.len() == stop_after {
                    return Err(seen.len());
                }
                // Every other result goes back to its worker to be freed.
                Ok((n % 2 == 0).then_some(n))
            },
        );
        (seen, result)
    }

    #[test]
    fn outcomes_reach_the_sink_in_walk_order_whatever_the_threads() {
        let dir = folder(150);
        for threads in [1, 2, 3, 8] {
            let (seen, result) = sink_order(dir.path(), threads, usize::MAX);
            assert_eq!(seen, (0..150).collect::<Vec<_>>(), "{threads} threads");
            assert_eq!(result, Ok(()));
        }
    }

    #[test]
    fn a_sink_error_stops_the_run_and_is_returned() {
        let dir = folder(150);
        for threads in [1, 2, 4] {
            let (seen, result) = sink_order(dir.path(), threads, 20);
            assert_eq!(seen, (0..20).collect::<Vec<_>>());
            assert_eq!(result, Err(20));
        }
    }

    #[test]
    fn an_empty_walk_ends_at_once() {
        let dir = folder(0);
        assert_eq!(sink_order(dir.path(), 2, usize::MAX), (vec![], Ok(())));
    }
}
