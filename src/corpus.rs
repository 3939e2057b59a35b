//! Articles -> corpus totals, folded one article at a time so nothing is kept whole.

use crate::model::Article;
use crate::readability::{self, Readability};
use crate::stats::Stats;
use serde::Serialize;
use std::collections::BTreeMap;

/// The `corpus` object of every output format.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Corpus {
    /// Files analysed.
    pub articles: usize,
    /// Files that could not be analysed.
    pub errors: usize,
    /// Files analysed with a warning (e.g. decoded as Windows-1252).
    pub warnings: usize,
    pub stats: Stats,
    /// Readability of the corpus, scored from its summed counts.
    pub readability: Readability,
    /// Figures found, by unit.
    pub figures: BTreeMap<String, usize>,
    /// Paths of articles cut off by a paywall or "continue reading" prompt.
    pub truncated: Vec<String>,
    /// Boilerplate lines found, by kind label.
    pub boilerplate: BTreeMap<String, usize>,
    /// Articles with no title found.
    pub untitled: usize,
    /// Distributions, top names and phrases, near-duplicates.
    #[serde(flatten)]
    pub overview: crate::digest::overview::Overview,
}

#[derive(Debug, Default)]
pub struct CorpusBuilder {
    corpus: Corpus,
    overview: crate::digest::overview::OverviewBuilder,
}

impl CorpusBuilder {
    pub fn add(&mut self, a: &Article) {
        let c = &mut self.corpus;
        c.articles += 1;
        c.stats += &a.stats;
        for f in &a.figures {
            *c.figures.entry(f.unit.clone()).or_default() += 1;
        }
        if !a.warnings.is_empty() {
            c.warnings += 1;
        }
        if a.truncated {
            c.truncated.push(a.path.clone());
        }
        if a.title.is_none() {
            c.untitled += 1;
        }
        for b in &a.boilerplate {
            *c.boilerplate.entry(b.kind.label().to_string()).or_default() += 1;
        }
        self.overview.add(a);
    }

    pub fn add_error(&mut self) {
        self.corpus.errors += 1;
    }

    pub fn finish(mut self) -> Corpus {
        self.corpus.readability = readability::score(&self.corpus.stats);
        Corpus {
            overview: self.overview.finish(),
            ..self.corpus
        }
    }
}
