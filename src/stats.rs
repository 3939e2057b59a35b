//! Text counts over an article's body blocks. Boilerplate, title and dek never count.

use crate::model::{Block, BlockKind};
use serde::Serialize;
use std::ops::AddAssign;

/// Silent reading speed for non-fiction, words per minute (Brysbaert 2019).
pub const READING_WPM: f64 = 238.0;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Stats {
    pub characters: usize,
    pub words: usize,
    pub sentences: usize,
    pub paragraphs: usize,
    pub list_items: usize,
    pub reading_time_seconds: u64,
}

impl AddAssign<&Stats> for Stats {
    fn add_assign(&mut self, o: &Stats) {
        self.characters += o.characters;
        self.words += o.words;
        self.sentences += o.sentences;
        self.paragraphs += o.paragraphs;
        self.list_items += o.list_items;
        self.reading_time_seconds += o.reading_time_seconds;
    }
}

/// Counts the body.
pub fn count(blocks: &[Block]) -> Stats {
    let mut s = Stats::default();
    for b in blocks {
        match b.kind {
            BlockKind::Paragraph => s.paragraphs += 1,
            BlockKind::ListItem => s.list_items += 1,
        }
        s.characters += b.text.chars().count();
        s.words += words(&b.text).count();
        s.sentences += b.sentences.len();
    }
    s.reading_time_seconds = reading_seconds(s.words);
    s
}

pub fn reading_seconds(words: usize) -> u64 {
    (words as f64 * 60.0 / READING_WPM).round() as u64
}

/// The one definition of a word, used everywhere.
///
/// Text is split at whitespace and at dashes used as punctuation (`--`, `—`, `–`);
/// leading and trailing punctuation is stripped from each piece; a piece counts
/// when it still holds a letter or a digit. So hyphenated compounds
/// (`face-to-face`), contractions (`don't`), numbers and money (`$37.5`, `76%`),
/// slashed names (`Korn/Ferry`), URLs and e-mail addresses are one word each, and
/// a lone `-` or `&` is none.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || c == '—' || c == '–')
        .flat_map(|piece| SplitDoubleDash { rest: Some(piece) })
        .map(trim_word)
        .filter(|w| w.chars().any(char::is_alphanumeric))
}

/// `piece.split("--")` without building a substring searcher for every word
/// (that setup cost more than the rest of the word count together).
struct SplitDoubleDash<'a> {
    rest: Option<&'a str>,
}

impl<'a> Iterator for SplitDoubleDash<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match rest.as_bytes().windows(2).position(|w| w == b"--") {
            Some(i) => {
                self.rest = Some(&rest[i + 2..]);
                Some(&rest[..i])
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// Strips punctuation from both ends, keeping a leading currency sign and a trailing `%`.
pub fn trim_word(w: &str) -> &str {
    let keep_start =
        |c: char| c.is_alphanumeric() || matches!(c, '$' | '£' | '€' | '¥' | '#' | '@');
    let keep_end = |c: char| c.is_alphanumeric() || matches!(c, '%' | '+');
    let w = w.trim_start_matches(|c: char| !keep_start(c));
    w.trim_end_matches(|c: char| !keep_end(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> usize {
        words(s).count()
    }

    #[test]
    fn word_definition() {
        assert_eq!(n("face-to-face talks"), 2);
        assert_eq!(n("don't stop"), 2);
        assert_eq!(n("a $37.5 billion chain"), 4);
        assert_eq!(n("Gartner and Korn/Ferry's experts - outlines"), 5);
        assert_eq!(n("ahead--of customers"), 3);
        assert_eq!(
            n("mail jane@example.com or see https://example.com/a-b."),
            5
        );
        assert_eq!(n("“Quoted,” he says."), 3);
        assert_eq!(n(" - & … "), 0);
        assert_eq!(words("(76%)").next(), Some("76%"));
        assert_eq!(
            words("a---b c----d").collect::<Vec<_>>(),
            ["a", "b", "c", "d"]
        );
    }

    #[test]
    fn reading_time() {
        assert_eq!(reading_seconds(238), 60);
        assert_eq!(reading_seconds(0), 0);
    }
}
