//! cio-digest: turns folders of scraped articles into structured data.
//!
//! The pipeline: [`walk`] finds files, [`read`] decodes each into a
//! [`model::Document`], [`analyze`] turns it into a [`model::Article`], and
//! [`corpus`] folds articles into corpus totals. Printing lives in the binary's
//! `report` module; the library never prints.

pub mod check;
pub mod corpus;
pub mod digest;
pub mod figures;
pub mod html;
pub mod invariants;
pub mod markdown;
pub mod model;
pub mod parse;
pub mod pipeline;
pub mod plain;
pub mod quotes;
pub mod read;
pub mod readability;
pub mod sentences;
pub mod spool;
pub mod stats;
pub mod syllables;
pub mod walk;

use model::{Article, Document};

/// Analysis settings the command line can change.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Sentences in each article's summary.
    pub summary_sentences: usize,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            summary_sentences: 3,
        }
    }
}

/// Analyses one decoded document with the default settings.
pub fn analyze(doc: &Document) -> Article {
    analyze_with(doc, &Settings::default())
}

/// Analyses one decoded document.
pub fn analyze_with(doc: &Document, settings: &Settings) -> Article {
    let s = parse::parse(doc);
    // The body tokenised once, for the statistics and the three digest stages.
    let body = digest::terms::BodyTokens::of(&s.blocks);
    let stats = stats::count_tokens(doc, &s.blocks, &body);
    let readability = readability::score(&stats);
    let figures = figures::extract_tokens(doc, &s.blocks, &body);
    let q = quotes::extract(doc, &s.blocks);
    let mut warnings = doc.warnings.clone();
    warnings.extend(q.warnings);
    let summary =
        digest::summary::summarize_tokens(doc, &s.blocks, &body, settings.summary_sentences);
    let keyphrases =
        digest::keyphrases::extract_tokens(s.title.as_deref(), s.dek.as_deref(), &s.blocks, &body);
    let names = digest::names::find(
        &s.blocks,
        &body,
        &q.speakers,
        &q.persons,
        s.author.as_deref(),
    );
    let signature = digest::dedup::Signature::of_tokens(&s.blocks, &body);
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
        readability,
        figures,
        quotes: q.quotes,
        speakers: q.speakers,
        summary,
        keyphrases,
        people: names.people,
        organizations: names.organizations,
        signature,
        warnings,
    }
}
