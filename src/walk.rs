//! Paths -> the files to analyse, in a stable sorted order.

use crate::read::{io_message, FileError};
use globset::{Glob, GlobSet, GlobSetBuilder};
use std::path::{Path, PathBuf};

/// Which files a folder walk picks up.
#[derive(Debug, Clone)]
pub struct Filter {
    /// Lowercase extensions without the dot.
    pub extensions: Vec<String>,
    /// When set, a file is taken if its path (relative to the walked folder) or name matches.
    pub globs: Option<GlobSet>,
    /// Walk hidden files and folders too.
    pub hidden: bool,
}

impl Default for Filter {
    fn default() -> Self {
        Filter {
            extensions: vec!["txt".into(), "md".into()],
            globs: None,
            hidden: false,
        }
    }
}

impl Filter {
    pub fn with_globs(mut self, patterns: &[String]) -> Result<Filter, String> {
        if patterns.is_empty() {
            return Ok(self);
        }
        let mut b = GlobSetBuilder::new();
        for p in patterns {
            b.add(Glob::new(p).map_err(|e| format!("invalid glob {p:?}: {e}"))?);
        }
        self.globs = Some(b.build().map_err(|e| e.to_string())?);
        Ok(self)
    }

    fn takes(&self, rel: &Path) -> bool {
        if let Some(g) = &self.globs {
            return g.is_match(rel) || rel.file_name().is_some_and(|n| g.is_match(n));
        }
        rel.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| self.extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
    }
}

/// A file to analyse, or a problem found while walking.
#[derive(Debug)]
pub enum Entry {
    File(PathBuf),
    Error(FileError),
}

/// Walks every root in order; calls `f` for each entry as it is found, so the
/// caller can start work before the walk ends. Explicitly named files are taken
/// whatever their extension.
pub fn walk(roots: &[PathBuf], filter: &Filter, mut f: impl FnMut(Entry)) {
    for root in roots {
        let meta = match std::fs::metadata(root) {
            Ok(m) => m,
            Err(e) => {
                f(Entry::Error(error(root, io_message(&e))));
                continue;
            }
        };
        if !meta.is_dir() {
            f(Entry::File(root.clone()));
            continue;
        }
        let it = walkdir::WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || filter.hidden || !is_hidden(e.file_name()));
        for item in it {
            match item {
                Ok(e) if e.file_type().is_file() => {
                    let rel = e.path().strip_prefix(root).unwrap_or(e.path());
                    if filter.takes(rel) {
                        f(Entry::File(e.into_path()));
                    }
                }
                Ok(_) => {}
                Err(e) => f(Entry::Error(walk_error(root, &e))),
            }
        }
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|s| s.starts_with('.'))
}

fn error(path: &Path, message: String) -> FileError {
    FileError::error(path.display().to_string(), message)
}

fn walk_error(root: &Path, e: &walkdir::Error) -> FileError {
    let path = e.path().unwrap_or(root);
    if let Some(ancestor) = e.loop_ancestor() {
        return error(
            path,
            format!("symlink loop (back to {}), skipped", ancestor.display()),
        );
    }
    match e.io_error() {
        Some(io) => error(path, io_message(io)),
        None => error(path, e.to_string()),
    }
}
