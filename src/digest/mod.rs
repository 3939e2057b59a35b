//! The gist of an article: an extractive summary, key phrases, the people and
//! organisations it names, and a MinHash signature to find near-duplicates;
//! and the corpus-wide tallies built from them.
//!
//! Everything here reads the body blocks only (plus title and dek for key
//! phrases), so boilerplate never leaks in.

pub mod dedup;
pub mod keyphrases;
pub mod names;
pub mod overview;
pub mod summary;
pub(crate) mod terms;

/// A paragraph block for unit tests, with its sentences split.
#[cfg(test)]
pub(crate) fn test_block(text: &str) -> crate::model::Block {
    crate::model::Block {
        kind: crate::model::BlockKind::Paragraph,
        line: 1,
        text: text.to_string(),
        start: 0,
        sentences: crate::sentences::split(text),
    }
}
