//! Text counts over an article's body blocks. Boilerplate, title and dek never count.
//!
//! One pass over the words of each sentence: each word is counted, its
//! syllables looked up (no allocation: the lookup works on a stack buffer),
//! and its case-folded hash kept for the vocabulary and MTLD.

use crate::digest::terms::BodyTokens;
use crate::model::{Block, BlockKind, Document};
use crate::{readability, syllables};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::AddAssign;

/// Sets of word hashes: the hash is the key's own hash.
type WordSet = HashSet<u64, BuildHasherDefault<Prehashed>>;

#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    // Only u64 keys are ever written; other bytes are hashed as words are.
    fn write(&mut self, bytes: &[u8]) {
        let mut h = Fnv(self.0);
        h.write(bytes);
        self.0 = h.finish();
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// FNV-1a: fast on short keys; no DoS concern (the keys are words and their hashes).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Silent reading speed for non-fiction, words per minute (Brysbaert 2019).
pub const READING_WPM: f64 = 238.0;
/// Speaking speed of a talk or presentation, words per minute (the usual 150).
pub const SPEAKING_WPM: f64 = 150.0;
/// MTLD's type-token-ratio threshold (McCarthy and Jarvis 2010).
const MTLD_THRESHOLD: f64 = 0.72;

/// Counts over the body. Counts add up across articles; the averages and
/// ratios below them are recomputed from the summed counts by
/// [`Stats::derive`], never summed themselves.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Stats {
    /// Characters (code points) of the body blocks, spaces included.
    pub characters: usize,
    pub characters_no_spaces: usize,
    pub letters: usize,
    pub digits: usize,
    pub words: usize,
    /// Distinct words, case-folded (for the corpus: distinct over all articles).
    pub unique_words: usize,
    pub sentences: usize,
    pub paragraphs: usize,
    pub list_items: usize,
    pub syllables: usize,
    /// Words of one syllable.
    pub monosyllabic_words: usize,
    /// Words of three syllables or more.
    pub polysyllabic_words: usize,
    /// Words of seven letters or more (LIX's long words).
    pub long_words: usize,
    /// Gunning's complex words: three syllables or more, not a proper noun,
    /// not a hyphenated compound, and not three only through -es, -ed or -ing.
    pub complex_words: usize,
    /// Words not on the Dale-Chall list of familiar words (see [`readability::is_familiar`]).
    pub unfamiliar_words: usize,
    /// Words in the longest sentence, and its line (for the corpus, the line in its own article).
    pub longest_sentence_words: usize,
    pub longest_sentence_line: Option<usize>,
    pub average_sentence_words: Option<f64>,
    pub average_word_syllables: Option<f64>,
    pub average_word_letters: Option<f64>,
    /// Unique words / words.
    pub type_token_ratio: Option<f64>,
    /// Measure of textual lexical diversity (McCarthy and Jarvis 2010); for
    /// the corpus, the articles' values weighted by their words.
    pub mtld: Option<f64>,
    pub reading_time_seconds: u64,
    pub speaking_time_seconds: u64,
    /// Hashes of the case-folded words, so that corpus vocabularies merge.
    #[serde(skip)]
    vocabulary: WordSet,
    /// Sum of MTLD x words, and the words, over the articles that have an MTLD.
    #[serde(skip)]
    mtld_weighted: f64,
    #[serde(skip)]
    mtld_words: usize,
}

impl AddAssign<&Stats> for Stats {
    fn add_assign(&mut self, o: &Stats) {
        self.characters += o.characters;
        self.characters_no_spaces += o.characters_no_spaces;
        self.letters += o.letters;
        self.digits += o.digits;
        self.words += o.words;
        self.sentences += o.sentences;
        self.paragraphs += o.paragraphs;
        self.list_items += o.list_items;
        self.syllables += o.syllables;
        self.monosyllabic_words += o.monosyllabic_words;
        self.polysyllabic_words += o.polysyllabic_words;
        self.long_words += o.long_words;
        self.complex_words += o.complex_words;
        self.unfamiliar_words += o.unfamiliar_words;
        if o.longest_sentence_words > self.longest_sentence_words {
            self.longest_sentence_words = o.longest_sentence_words;
            self.longest_sentence_line = o.longest_sentence_line;
        }
        self.vocabulary.extend(&o.vocabulary);
        self.mtld_weighted += o.mtld_weighted;
        self.mtld_words += o.mtld_words;
        self.derive();
    }
}

impl Stats {
    /// Recomputes every average, ratio and time from the counts.
    pub fn derive(&mut self) {
        let ratio = |a: usize, b: usize| (b > 0).then(|| round2(a as f64 / b as f64));
        self.unique_words = self.vocabulary.len();
        self.average_sentence_words = ratio(self.words, self.sentences);
        self.average_word_syllables = ratio(self.syllables, self.words);
        self.average_word_letters = ratio(self.letters, self.words);
        self.type_token_ratio = ratio(self.unique_words, self.words);
        self.mtld =
            (self.mtld_words > 0).then(|| round2(self.mtld_weighted / self.mtld_words as f64));
        self.reading_time_seconds = seconds(self.words, READING_WPM);
        self.speaking_time_seconds = seconds(self.words, SPEAKING_WPM);
    }
}

/// Rounded to two decimals, as ratios and scores are shown.
pub(crate) fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Counts the body in one pass over its words.
pub fn count(doc: &Document, blocks: &[Block]) -> Stats {
    count_tokens(doc, blocks, &BodyTokens::of(blocks))
}

/// `count` with the body already tokenised (its words are those of `words`).
pub(crate) fn count_tokens(doc: &Document, blocks: &[Block], body: &BodyTokens) -> Stats {
    let mut s = Stats::default();
    // Each word as a dense id (its type's rank of first use), so that MTLD
    // marks types in an array instead of hashing every word twice more.
    let mut ids: HashMap<u64, u32, BuildHasherDefault<Prehashed>> = HashMap::default();
    // About a word per six bytes: sized up front rather than grown.
    let bytes: usize = blocks.iter().map(|b| b.text.len()).sum();
    let mut dense: Vec<u32> = Vec::with_capacity(bytes / 6 + 1);
    // The counts of each distinct word, made when first met: words recur
    // (about three in four on news text), and the syllable and familiar-word
    // lookups cost most of a word's count.
    let mut known: Vec<Option<WordCounts>> = vec![None; body.words().len()];
    let mut si = 0;
    for b in blocks {
        match b.kind {
            BlockKind::Paragraph => s.paragraphs += 1,
            BlockKind::ListItem => s.list_items += 1,
        }
        count_chars(&mut s, &b.text);
        for r in &b.sentences {
            let tokens = body.sentence(si);
            let mut n = 0;
            for (ti, t) in tokens.iter().enumerate() {
                let mut fresh = None;
                let slot = match body.word(si, ti).and_then(|i| known.get_mut(i)) {
                    Some(slot) => slot,
                    None => &mut fresh,
                };
                let counts = slot.get_or_insert_with(|| WordCounts::of(t.text));
                count_word(&mut s, t.text, n == 0, counts);
                let id = *counts.dense.get_or_insert_with(|| {
                    let next = ids.len() as u32;
                    *ids.entry(counts.hash).or_insert(next)
                });
                dense.push(id);
                n += 1;
            }
            si += 1;
            if n > 0 {
                s.sentences += 1;
            }
            if n > s.longest_sentence_words {
                s.longest_sentence_words = n;
                s.longest_sentence_line = Some(doc.line_of(b.start + r.start));
            }
        }
    }
    s.vocabulary = ids.keys().copied().collect();
    if let Some(m) = mtld(&dense, ids.len()) {
        s.mtld_weighted = m * s.words as f64;
        s.mtld_words = s.words;
    }
    s.derive();
    s
}

/// Adds the characters of `text`: eight ASCII bytes at a time (most text),
/// other bytes one by one.
fn count_chars(s: &mut Stats, text: &str) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(chunk) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(*chunk);
        if x & HIGH == 0 {
            let spaces = ascii_in(x, b'\t', b'\r') + ascii_in(x, b' ', b' ');
            s.characters += 8;
            s.characters_no_spaces += 8 - spaces;
            // Lowercase and uppercase letters alike, with the case bit set.
            s.letters += ascii_in(x | 0x2020_2020_2020_2020, b'a', b'z');
            s.digits += ascii_in(x, b'0', b'9');
        } else {
            (i..i + 8).for_each(|at| count_char_at(s, text, at));
        }
        i += 8;
    }
    (i..b.len()).for_each(|at| count_char_at(s, text, at));
}

/// How many of the eight bytes of `x`, all ASCII, lie in `lo..=hi`: adding
/// `0x80 - lo` to a byte sets its high bit when it is `lo` or more, adding
/// `0x7f - hi` when it is above `hi` (no sum carries into the next byte).
fn ascii_in(x: u64, lo: u8, hi: u8) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let at_least = x + ONES * u64::from(0x80 - lo);
    let above = x + ONES * u64::from(0x7f - hi);
    let hits = (at_least & !above) >> 7 & ONES;
    // The sum of the bytes, each 0 or 1, lands in the top byte.
    (hits.wrapping_mul(ONES) >> 56) as usize
}

/// Adds the character at byte `i` of `text`: ASCII by byte tests, the rest
/// decoded at its first byte.
fn count_char_at(s: &mut Stats, text: &str, i: usize) {
    let c = text.as_bytes()[i];
    if c.is_ascii() {
        s.characters += 1;
        // The ASCII characters `char::is_whitespace` accepts.
        s.characters_no_spaces += usize::from(!matches!(c, b' ' | b'\t'..=b'\r'));
        if c.is_ascii_alphabetic() {
            s.letters += 1;
        } else if c.is_ascii_digit() {
            s.digits += 1;
        }
    } else if c >= 0xc0 {
        // The first byte of a character (continuation bytes are 0x80..0xc0).
        let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
            return;
        };
        s.characters += 1;
        if !c.is_whitespace() {
            s.characters_no_spaces += 1;
        }
        if c.is_alphabetic() {
            s.letters += 1;
        } else if c.is_numeric() {
            s.digits += 1;
        }
    }
}

/// What a word counts for wherever it stands.
#[derive(Debug, Clone, Copy)]
struct WordCounts {
    syllables: usize,
    letters: usize,
    /// Its [`fold_hash`].
    hash: u64,
    /// Whether it is familiar inside a sentence, and as a sentence's first
    /// word (the first time each is asked).
    familiar: [Option<bool>; 2],
    /// Its dense id (see `count_tokens`), once given.
    dense: Option<u32>,
}

impl WordCounts {
    fn of(w: &str) -> WordCounts {
        let mut buf = [0u8; syllables::MAX_WORD];
        let (syllables, letters, hash) = match buf.get_mut(..w.len()) {
            // An ASCII word is lowercased once, for the lookup and the hash.
            Some(lower) if w.is_ascii() => {
                let mut h = Fnv::default();
                let (mut letters, mut small) = (0, false);
                for (l, &c) in lower.iter_mut().zip(w.as_bytes()) {
                    letters += usize::from(c.is_ascii_alphabetic());
                    small |= c.is_ascii_lowercase();
                    *l = c.to_ascii_lowercase();
                    h.write(&[*l]); // a char at a time, as fold_hash
                }
                let lower = &*lower;
                let lh = syllables::hash(lower);
                (
                    syllables::count_lower(lower, lh, !small && letters >= 2, w),
                    letters,
                    h.finish(),
                )
            }
            _ => (
                syllables::count(w),
                w.chars().filter(|c| c.is_alphabetic()).count(),
                fold_hash(w),
            ),
        };
        WordCounts {
            syllables,
            letters,
            hash,
            familiar: [None; 2],
            dense: None,
        }
    }

    fn familiar(&mut self, w: &str, first: bool) -> bool {
        *self.familiar[usize::from(first)].get_or_insert_with(|| {
            let mut buf = [0u8; syllables::MAX_WORD];
            match buf.get_mut(..w.len()) {
                Some(lower) if w.is_ascii() => {
                    for (l, &c) in lower.iter_mut().zip(w.as_bytes()) {
                        *l = c.to_ascii_lowercase();
                    }
                    let lh = syllables::hash(lower);
                    readability::is_familiar_ascii(w, lower, lh, first)
                }
                _ => readability::is_familiar(w, first),
            }
        })
    }
}

/// Adds one word's counts; `first` is true for a sentence's first word.
fn count_word(s: &mut Stats, w: &str, first: bool, counts: &mut WordCounts) {
    let (syllables, letters) = (counts.syllables, counts.letters);
    let familiar = counts.familiar(w, first);
    s.words += 1;
    s.syllables += syllables;
    s.monosyllabic_words += usize::from(syllables == 1);
    if letters >= 7 {
        s.long_words += 1;
    }
    if syllables >= 3 {
        s.polysyllabic_words += 1;
        let proper = !first && w.starts_with(char::is_uppercase);
        let compound = w.contains('-');
        if !proper && !compound && syllables - inflection_syllable(w) >= 3 {
            s.complex_words += 1;
        }
    }
    if !familiar {
        s.unfamiliar_words += 1;
    }
}

/// 1 when the word ends in a sounded -es, -ed or -ing (`boxes`, `created`, `running`).
fn inflection_syllable(w: &str) -> usize {
    let b = w.as_bytes();
    let lower = |i: usize| b.len().checked_sub(i).map(|k| b[k].to_ascii_lowercase());
    let ends = |suffix: &str| {
        b.len() > suffix.len() + 2
            && b[b.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    };
    let sounded = if ends("ing") {
        true
    } else if ends("ed") {
        matches!(lower(3), Some(b't' | b'd'))
    } else if ends("es") {
        matches!(lower(3), Some(b's' | b'x' | b'z' | b'c' | b'g'))
            || (lower(3) == Some(b'h') && matches!(lower(4), Some(b'c' | b's')))
    } else {
        false
    };
    usize::from(sounded)
}

/// A 64-bit hash of the word, case-folded, curly apostrophes made straight.
fn fold_hash(w: &str) -> u64 {
    let mut h = Fnv::default();
    for c in w.chars() {
        let c = if c == '’' { '\'' } else { c };
        for l in c.to_lowercase() {
            h.write(l.encode_utf8(&mut [0u8; 4]).as_bytes());
        }
    }
    h.finish()
}

/// MTLD over words given as dense type ids below `types`: the mean of the
/// forward and backward passes; `None` when the text never gets far enough
/// from a type-token ratio of 1 to measure.
fn mtld(tokens: &[u32], types: usize) -> Option<f64> {
    // The segment that last saw each type, reused by both passes.
    let mut seen = vec![u32::MAX; types];
    let forward = mtld_pass(tokens.iter(), &mut seen);
    seen.fill(u32::MAX);
    let backward = mtld_pass(tokens.iter().rev(), &mut seen);
    Some((forward? + backward?) / 2.0)
}

fn mtld_pass<'a>(tokens: impl Iterator<Item = &'a u32>, seen: &mut [u32]) -> Option<f64> {
    let (mut factors, mut in_segment, mut total) = (0.0, 0usize, 0usize);
    let (mut segment, mut types) = (0u32, 0usize);
    let mut ttr = 1.0;
    for &t in tokens {
        total += 1;
        in_segment += 1;
        if let Some(last) = seen.get_mut(t as usize) {
            if *last != segment {
                *last = segment;
                types += 1;
            }
        }
        ttr = types as f64 / in_segment as f64;
        if ttr <= MTLD_THRESHOLD {
            factors += 1.0;
            segment += 1;
            types = 0;
            in_segment = 0;
            ttr = 1.0;
        }
    }
    if in_segment > 0 {
        factors += (1.0 - ttr) / (1.0 - MTLD_THRESHOLD);
    }
    (factors > 0.0).then(|| total as f64 / factors)
}

/// Time to get through `words` at `wpm` words per minute.
pub fn seconds(words: usize, wpm: f64) -> u64 {
    (words as f64 * 60.0 / wpm).round() as u64
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
    Words(Pieces {
        text,
        next: Some(0),
        after_dash: false,
    })
}

/// The iterator behind [`words`]: a type of its own so that its loop is
/// always inlined into the caller's (as a `map`/`filter` chain it was only
/// sometimes, by the whims of code generation).
struct Words<'a>(Pieces<'a>);

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    #[inline(always)]
    fn next(&mut self) -> Option<&'a str> {
        loop {
            let w = trim_word(self.0.next()?.text);
            if w.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric)
                || w.chars().any(char::is_alphanumeric)
            {
                return Some(w);
            }
        }
    }
}

/// A stretch of text between word separators, before its punctuation is trimmed.
#[derive(Debug, Clone, Copy)]
pub struct Piece<'a> {
    pub text: &'a str,
    /// Byte offset of `text` in the split text.
    pub start: usize,
    /// A dash (`—`, `–`, `--`), not white space, separates it from the piece before.
    pub after_dash: bool,
}

/// The pieces [`words`] is made of: the text split at white space and at dashes.
pub fn pieces(text: &str) -> impl Iterator<Item = Piece<'_>> {
    Pieces {
        text,
        next: Some(0),
        after_dash: false,
    }
}

/// `text.split(white space or dash)`, each piece split again at `--`, in one
/// scan over bytes that decodes only non-ASCII characters (a char predicate
/// and a substring searcher per word cost more than the rest of the word
/// count together).
struct Pieces<'a> {
    text: &'a str,
    /// Start of the next piece; `None` after the last.
    next: Option<usize>,
    /// A dash separates the next piece from the one before.
    after_dash: bool,
}

impl<'a> Iterator for Pieces<'a> {
    type Item = Piece<'a>;

    // Inlined into each word loop: the call itself cost a fifth of a piece.
    #[inline(always)]
    fn next(&mut self) -> Option<Piece<'a>> {
        const ONES: u64 = 0x0101_0101_0101_0101;
        let start = self.next?;
        let b = self.text.as_bytes();
        let mut i = start;
        // The separator: where it starts and ends, and whether it is a dash.
        let mut sep = None;
        while i < b.len() {
            // Eight bytes at a time up to a byte below `!`, above ASCII, or `-`
            // (the lowest flagged byte is always a true one).
            if let Some(chunk) = b[i..].first_chunk::<8>() {
                let v = u64::from_le_bytes(*chunk);
                let x = v ^ (ONES * u64::from(b'-'));
                let flags = ((v.wrapping_sub(ONES * 0x21) | v) | (x.wrapping_sub(ONES) & !x))
                    & (ONES * 0x80);
                if flags == 0 {
                    i += 8;
                    continue;
                }
                i += flags.trailing_zeros() as usize / 8;
            }
            match b[i] {
                b'-' if b.get(i + 1) == Some(&b'-') => {
                    sep = Some((i, i + 2, true));
                    break;
                }
                b' ' | b'\t'..=b'\r' => {
                    sep = Some((i, i + 1, false));
                    break;
                }
                c if c < 0x80 => i += 1,
                _ => {
                    let c = self.text[i..].chars().next().unwrap_or(' ');
                    let dash = c == '—' || c == '–';
                    if dash || c.is_whitespace() {
                        sep = Some((i, i + c.len_utf8(), dash));
                        break;
                    }
                    i += c.len_utf8();
                }
            }
        }
        let after_dash = self.after_dash;
        let end = sep.map_or(b.len(), |(end, _, _)| end);
        self.next = sep.map(|(_, next, _)| next);
        self.after_dash = sep.is_some_and(|(_, _, dash)| dash);
        Some(Piece {
            text: &self.text[start..end],
            start,
            after_dash,
        })
    }
}

/// Strips punctuation from both ends, keeping a leading currency sign and a trailing `%`.
#[inline]
pub fn trim_word(w: &str) -> &str {
    let b = w.as_bytes();
    // Most words need no trimming: an ASCII letter or digit at both ends.
    if b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.last().is_some_and(u8::is_ascii_alphanumeric)
    {
        return w;
    }
    trim_punctuation(w)
}

fn trim_punctuation(w: &str) -> &str {
    let keep_start =
        |c: char| c.is_alphanumeric() || matches!(c, '$' | '£' | '€' | '¥' | '#' | '@');
    let keep_end = |c: char| c.is_alphanumeric() || matches!(c, '%' | '+');
    // ASCII punctuation by bytes; characters only from a non-ASCII byte on.
    let b = w.as_bytes();
    let lead = b
        .iter()
        .position(|&c| !c.is_ascii() || keep_start(char::from(c)))
        .unwrap_or(b.len());
    let tail = b
        .iter()
        .rposition(|&c| !c.is_ascii() || keep_end(char::from(c)))
        .map_or(0, |k| k + 1)
        .max(lead);
    let mut w = &w[lead..tail];
    if !w.as_bytes().first().is_none_or(u8::is_ascii) {
        w = w.trim_start_matches(|c: char| !keep_start(c));
    }
    if !w.as_bytes().last().is_none_or(u8::is_ascii) {
        w = w.trim_end_matches(|c: char| !keep_end(c));
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Eight ASCII bytes at a time count as one byte at a time does.
    #[test]
    fn chars_by_chunk_as_by_byte() {
        let texts = [
            "",
            "abc",
            "The CIO, 42 years old,\tsaid:\r\n\x0b\x0c \"[Yes]\" @`{~}\x7f\x00!",
            "Zoë’s café — 3½ µs\u{a0}and\u{2003}more: ÀÉÎÕÜ １２３ 日本語 text here",
            "é-abcdefg-é-abcdefgh-€-ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789é",
        ];
        for t in texts {
            for start in 0..t.len().min(9) {
                let Some(t) = t.get(start..) else { continue };
                let (mut chunked, mut single) = (Stats::default(), Stats::default());
                count_chars(&mut chunked, t);
                (0..t.len()).for_each(|i| count_char_at(&mut single, t, i));
                let counts =
                    |s: &Stats| (s.characters, s.characters_no_spaces, s.letters, s.digits);
                assert_eq!(counts(&chunked), counts(&single), "{t:?}");
            }
        }
    }

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

    /// `pieces` is `split` at white space and dashes, then at `--`.
    #[test]
    fn count_chars_matches_char_predicates() {
        let text = "Ab 9\t\u{b}\u{c}\r\n\u{1c}_é Ж\u{a0}\u{2003}٣½ 中—x\u{85}";
        let mut s = Stats::default();
        count_chars(&mut s, text);
        let chars = || text.chars();
        assert_eq!(s.characters, chars().count());
        assert_eq!(
            s.characters_no_spaces,
            chars().filter(|c| !c.is_whitespace()).count()
        );
        assert_eq!(s.letters, chars().filter(|c| c.is_alphabetic()).count());
        let digits = chars().filter(|c| !c.is_alphabetic() && c.is_numeric());
        assert_eq!(s.digits, digits.count());
        for b in 0..=127u8 {
            let c = char::from(b);
            assert_eq!(matches!(b, b' ' | b'\t'..=b'\r'), c.is_whitespace(), "{b}");
            assert_eq!(b.is_ascii_alphabetic(), c.is_alphabetic(), "{b}");
            assert_eq!(b.is_ascii_digit(), c.is_numeric(), "{b}");
        }
    }

    #[test]
    fn pieces_match_split() {
        fn reference(text: &str) -> Vec<(&str, usize, bool)> {
            let at = |p: &str| p.as_ptr() as usize - text.as_ptr() as usize;
            text.split(|c: char| c.is_whitespace() || c == '—' || c == '–')
                .flat_map(|piece| {
                    let after_dash = text[..at(piece)].ends_with(['—', '–']);
                    piece
                        .split("--")
                        .enumerate()
                        .map(move |(i, p)| (p, after_dash || i > 0))
                })
                .map(|(p, d)| (p, at(p), d))
                .collect()
        }
        let alphabet = ['a', '-', ' ', '—', '\u{a0}', 'é', '\t', '\u{1}'];
        let mut texts = vec![
            "plain words in a longer sentence--with dashes---and more".to_string(),
            "a-b-c-d-e-f-g-h-i-j--k\u{2003}l\u{1}m—n–o".to_string(),
        ];
        texts.extend(all_strings(&alphabet, 5));
        for t in &texts {
            let got: Vec<_> = pieces(t).map(|p| (p.text, p.start, p.after_dash)).collect();
            assert_eq!(got, reference(t), "{t:?}");
        }
    }

    /// Every string of up to `max_len` characters drawn from `alphabet`.
    fn all_strings(alphabet: &[char], max_len: u32) -> Vec<String> {
        let mut out = Vec::new();
        for n in 0..=max_len {
            for k in 0..alphabet.len().pow(n) {
                let mut k = k;
                let mut t = String::new();
                for _ in 0..n {
                    t.push(alphabet[k % alphabet.len()]);
                    k /= alphabet.len();
                }
                out.push(t);
            }
        }
        out
    }

    /// `trim_word` trims as the plain char predicates do.
    #[test]
    fn trim_matches_char_trim() {
        fn reference(w: &str) -> &str {
            let keep_start =
                |c: char| c.is_alphanumeric() || matches!(c, '$' | '£' | '€' | '¥' | '#' | '@');
            let keep_end = |c: char| c.is_alphanumeric() || matches!(c, '%' | '+');
            w.trim_start_matches(|c: char| !keep_start(c))
                .trim_end_matches(|c: char| !keep_end(c))
        }
        let alphabet = ['a', '7', '.', '"', '“', '$', '£', '%', '+', 'é', '’'];
        for t in all_strings(&alphabet, 4) {
            assert_eq!(trim_word(&t), reference(&t), "{t:?}");
        }
    }

    #[test]
    fn reading_time() {
        assert_eq!(seconds(238, READING_WPM), 60);
        assert_eq!(seconds(0, READING_WPM), 0);
        assert_eq!(seconds(300, SPEAKING_WPM), 120);
    }
}
