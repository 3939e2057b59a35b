//! cio-digest: turns folders of scraped articles into structured data.
//!
//! The pipeline: [`walk`] finds files, [`read`] decodes each into a
//! [`model::Document`], [`analyze`] turns it into a [`model::Article`], and
//! [`corpus`] folds articles into corpus totals. Printing lives in the binary's
//! `report` module; the library never prints.

pub mod corpus;
pub mod invariants;
pub mod model;
pub mod parse;
pub mod pipeline;
pub mod quotes;
pub mod read;
pub mod sentences;
pub mod stats;
pub mod walk;

use model::{Article, Document};

/// Analyses one decoded document.
pub fn analyze(doc: &Document) -> Article {
    let s = parse::parse(doc);
    let stats = stats::count(&s.blocks);
    let q = quotes::extract(doc, &s.blocks);
    let mut warnings = doc.warnings.clone();
    warnings.extend(q.warnings);
    Article {
        path: doc.path.clone(),
        title: s.title,
        title_line: s.title_line,
        dek: s.dek,
        dek_line: s.dek_line,
        author: s.author,
        truncated: s.truncated,
        blocks: s.blocks,
        boilerplate: s.boilerplate,
        stats,
        quotes: q.quotes,
        speakers: q.speakers,
        warnings,
    }
}
