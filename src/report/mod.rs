//! Printing: one module per format. Printers only format what the library found.

pub mod check;
mod json;
mod text;

use crate::cli::Format;
use cio_digest::corpus::CorpusBuilder;
use cio_digest::pipeline::Outcome;
use cio_digest::read::{FileError, ProblemLevel};
use std::io::{self, Write};

/// Receives outcomes in order and writes them in the chosen format.
pub struct Printer {
    format: Format,
    color: bool,
    quiet: bool,
    corpus: CorpusBuilder,
    /// Kept for the closing report; ndjson has already printed them.
    problems: Vec<FileError>,
    failed: bool,
    articles: usize,
}

impl Printer {
    pub fn new(format: Format, color: bool, quiet: bool) -> Printer {
        Printer {
            format,
            color,
            quiet,
            corpus: CorpusBuilder::default(),
            problems: Vec::new(),
            failed: false,
            articles: 0,
        }
    }

    pub fn begin(&mut self, w: &mut impl Write) -> io::Result<()> {
        match self.format {
            Format::Json => json::begin(w),
            _ => Ok(()),
        }
    }

    pub fn add(&mut self, w: &mut impl Write, o: &Outcome) -> io::Result<()> {
        match o {
            Outcome::Article(a) => {
                for message in &a.warnings {
                    self.problem(w, FileError::warning(a.path.clone(), message.clone()))?;
                }
                self.corpus.add(a);
                let first = self.articles == 0;
                self.articles += 1;
                match self.format {
                    Format::Text => text::article(w, a, self.color),
                    Format::Json => json::article(w, a, first),
                    Format::Ndjson => json::line(w, "article", &**a),
                }
            }
            Outcome::Error(e) => {
                self.corpus.add_error();
                self.problem(w, e.clone())
            }
        }
    }

    fn problem(&mut self, w: &mut impl Write, e: FileError) -> io::Result<()> {
        if !self.quiet {
            eprintln!("cio-digest: {e}");
        }
        self.failed |= e.level == ProblemLevel::Error;
        if self.format == Format::Ndjson {
            json::line(w, "error", &e)
        } else {
            self.problems.push(e);
            Ok(())
        }
    }

    /// Writes the corpus part; returns true when some file could not be analysed.
    pub fn finish(self, w: &mut impl Write) -> io::Result<bool> {
        let corpus = self.corpus.finish();
        match self.format {
            Format::Text => text::corpus(w, &corpus, &self.problems, self.color)?,
            Format::Json => json::end(w, &corpus, &self.problems)?,
            Format::Ndjson => json::line(w, "corpus", &corpus)?,
        }
        Ok(self.failed)
    }
}
