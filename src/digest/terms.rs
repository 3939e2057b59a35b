//! Words as the digest sees them: tokens with their punctuation boundaries,
//! stop words, and a case- and plural-folded key so that "CIO", "CIOs" and
//! "CIO's" count as one term.

use crate::model::Block;
use crate::stats::{self, trim_word};
use std::collections::hash_map::Entry;

/// One word of a sentence.
#[derive(Debug, Clone, Copy)]
pub struct Token<'a> {
    /// The word with surrounding punctuation stripped (as `stats::words` does).
    pub text: &'a str,
    /// Byte offset of `text` in the sentence.
    pub start: usize,
    /// Punctuation (a comma, a bracket, a dash, a quote mark) separates this word
    /// from the one before: no phrase or name spans the gap.
    pub boundary_before: bool,
    /// The word is a stop word (`is_stop_word`).
    pub stop: bool,
    /// The word opens with a capital (an uppercase letter).
    pub capital: bool,
}

/// The tokens of every body sentence, made once and shared by the statistics
/// and the digest stages (summary, key phrases, names) instead of each
/// splitting again.
#[derive(Debug, Default)]
pub struct BodyTokens<'a> {
    tokens: Vec<Token<'a>>,
    /// Where each sentence's tokens start in `tokens`, in block and sentence
    /// order, then their total (as `group`'s starts).
    starts: Vec<usize>,
    /// Each token's word: its index among the distinct words below. A word
    /// recurs often in an article, so its stop-word test and key are made once.
    word_of: Vec<usize>,
    /// The distinct words, with the `hash` of each.
    words: Vec<(&'a str, u64)>,
    /// Each word's term key (`key`), end to end: word `w`'s is
    /// `key_text[key_starts[w]..key_starts[w + 1]]`, empty for a word too long
    /// for one (no key is empty).
    key_text: String,
    key_starts: Vec<usize>,
    /// The `hash` of each word's key.
    key_hashes: Vec<u64>,
}

impl<'a> BodyTokens<'a> {
    pub fn of(blocks: &'a [Block]) -> BodyTokens<'a> {
        // Sized up front (about a word per six bytes) rather than grown.
        let bytes: usize = blocks.iter().map(|b| b.text.len()).sum();
        let sentences: usize = blocks.iter().map(|b| b.sentences.len()).sum();
        let words = bytes / 6 + 1;
        let mut out = BodyTokens {
            tokens: Vec::with_capacity(words),
            starts: Vec::with_capacity(sentences + 1),
            word_of: Vec::with_capacity(words),
            words: Vec::with_capacity(words / 2),
            key_text: String::with_capacity(bytes / 2),
            key_starts: Vec::with_capacity(words / 2 + 1),
            key_hashes: Vec::with_capacity(words / 2),
        };
        out.starts.push(0);
        out.key_starts.push(0);
        // Word ids by the hash of their text; a word whose hash another holds
        // is simply a new word.
        let mut ids: FxMap<u64, usize> = FxMap::default();
        ids.reserve(words / 2);
        // Per distinct word: (`is_stop_word`, opens with a capital).
        let mut flags: Vec<(bool, bool)> = Vec::with_capacity(words / 2);
        let mut k = String::new();
        for s in blocks.iter().flat_map(|b| b.sentence_texts()) {
            let from = out.tokens.len();
            push_tokens(s, &mut out.tokens);
            out.starts.push(out.tokens.len());
            for t in &mut out.tokens[from..] {
                let h = hash(t.text);
                // One probe: a hit with this text, else a new word (held by
                // the hash when it is free).
                let known = match ids.entry(h) {
                    Entry::Occupied(e) => Some(*e.get()),
                    Entry::Vacant(e) => {
                        e.insert(out.words.len());
                        None
                    }
                };
                let w = match known {
                    Some(w) if out.words[w].0 == t.text => w,
                    _ => {
                        let w = out.words.len();
                        out.words.push((t.text, h));
                        let key_hash = if key(t.text, &mut k) { hash(&k) } else { 0 };
                        out.key_text.push_str(&k);
                        out.key_starts.push(out.key_text.len());
                        out.key_hashes.push(key_hash);
                        flags.push((is_stop_word(t.text), capitalised(t.text)));
                        w
                    }
                };
                (t.stop, t.capital) = flags[w];
                out.word_of.push(w);
            }
        }
        out
    }

    /// The term key of token `t` of the `i`-th body sentence and its hash;
    /// None for a word too long for one (see `key`).
    pub fn key(&self, i: usize, t: usize) -> Option<(&str, u64)> {
        let w = self.word(i, t)?;
        let text = self
            .key_text
            .get(*self.key_starts.get(w)?..*self.key_starts.get(w + 1)?)?;
        (!text.is_empty()).then(|| (text, self.key_hashes[w]))
    }

    /// Which of `words` token `t` of the `i`-th body sentence is.
    pub fn word(&self, i: usize, t: usize) -> Option<usize> {
        self.word_of.get(self.starts.get(i)? + t).copied()
    }

    /// Every distinct word of the body, with the `hash` of its text.
    pub fn words(&self) -> &[(&'a str, u64)] {
        &self.words
    }

    /// The tokens of the `i`-th body sentence (empty past the end).
    pub fn sentence(&self, i: usize) -> &[Token<'a>] {
        match self.starts.get(i..i + 2) {
            Some(&[from, to]) => &self.tokens[from..to],
            _ => &[],
        }
    }
}

/// The words of `s` in order, split as `stats::words` splits them.
#[cfg(test)]
pub fn tokens(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    tokens_into(s, &mut out);
    out
}

/// `tokens` into a reused buffer (cleared first).
pub fn tokens_into<'a>(s: &'a str, out: &mut Vec<Token<'a>>) {
    out.clear();
    push_tokens(s, out);
    for t in out.iter_mut() {
        (t.stop, t.capital) = (is_stop_word(t.text), capitalised(t.text));
    }
}

/// The word opens with an uppercase letter.
pub fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Appends the tokens of `s` to `out`, with `stop` and `capital` left for
/// the caller.
fn push_tokens<'a>(s: &'a str, out: &mut Vec<Token<'a>>) {
    let mut pending_boundary = true;
    for piece in stats::pieces(s) {
        if piece.after_dash {
            pending_boundary = true;
        }
        let word = trim_word(piece.text);
        // Most words start with a letter or digit: skip the full scan then.
        let wordy = word
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_alphanumeric)
            || word.chars().any(char::is_alphanumeric);
        if !wordy {
            if !piece.text.is_empty() {
                pending_boundary = true;
            }
            continue;
        }
        // trim_word returns a subslice, so its offset is found by pointer arithmetic.
        let lead = word.as_ptr() as usize - piece.text.as_ptr() as usize;
        out.push(Token {
            text: word,
            start: piece.start + lead,
            boundary_before: pending_boundary || lead > 0,
            stop: false,
            capital: false,
        });
        pending_boundary = lead + word.len() < piece.text.len();
    }
}

/// Writes the term key of `word` into `out`: lowercase, possessive and plural
/// endings removed ("CIOs'" and "CIO's" -> "cio"). Returns false for words too
/// long to be worth a key.
pub fn key(word: &str, out: &mut String) -> bool {
    out.clear();
    if word.len() > 64 {
        return false;
    }
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        for c in word.chars() {
            match c {
                '’' => out.push('\''),
                c => out.extend(c.to_lowercase()),
            }
        }
    }
    for suffix in ["'s", "'"] {
        if out.len() > suffix.len() + 1 && out.ends_with(suffix) {
            out.truncate(out.len() - suffix.len());
            break;
        }
    }
    // An acronym keeps its case, so "IT" is not the stop word "it"; "CIOs" is "CIO".
    if let Some(acronym) = acronym(word) {
        out.clear();
        out.push_str(acronym);
        return true;
    }
    stem_plural(out);
    true
}

/// "CIO", "CIOs", "CIO's" -> "CIO": two or more capitals, an optional plural or
/// possessive, nothing else.
pub fn acronym(word: &str) -> Option<&str> {
    // Most words are not: an acronym opens with a capital.
    if !word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let w = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
        .trim_end_matches(['\'', '’']);
    let w = w.strip_suffix('s').unwrap_or(w);
    (w.len() >= 2 && w.len() <= 8 && w.bytes().all(|b| b.is_ascii_uppercase())).then_some(w)
}

/// Harman's "S" stemmer: the plural endings only, which merges "CIOs"/"CIO" and
/// "companies"/"company" without the surprises of a full stemmer.
fn stem_plural(w: &mut String) {
    if w.len() <= 3 || !w.ends_with('s') || not_plural(w) {
        return;
    }
    if w.ends_with("ies") && !w.ends_with("eies") && !w.ends_with("aies") {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if !["aes", "ees", "oes", "us", "ss", "is"]
        .iter()
        .any(|e| w.ends_with(e))
    {
        w.truncate(w.len() - 1);
    }
}

/// Words ending in "s" that are no plurals, or whose singular is another word.
#[rustfmt::skip]
fn not_plural(w: &str) -> bool {
    matches!(
        w,
        "always" | "news" | "perhaps" | "series" | "species" | "whereas" | "besides"
            | "sometimes" | "nevertheless" | "lens" | "thanks" | "physics" | "economics"
            | "politics" | "analytics" | "athletics" | "ethics" | "logistics" | "statistics"
            | "electronics" | "mathematics" | "americas" | "texas" | "paris" | "wales" | "chaos"
            | "bias" | "gas" | "yes" | "has" | "was" | "does" | "goes" | "this" | "thus" | "plus"
            | "less" | "unless" | "across" | "towards" | "afterwards"
    )
}

/// A stable counting sort: `(key, item)` pairs grouped by key (below `keys`),
/// in the order given within each group. Returns where each group starts
/// (`keys + 1` entries, the last the total) and the items.
pub fn group<T: Copy + Default>(
    keys: usize,
    pairs: impl Iterator<Item = (usize, T)> + Clone,
) -> (Vec<usize>, Vec<T>) {
    let mut starts = vec![0usize; keys + 1];
    for (k, _) in pairs.clone() {
        starts[k + 1] += 1;
    }
    for k in 0..keys {
        starts[k + 1] += starts[k];
    }
    let mut fill = starts.clone();
    let mut items = vec![T::default(); starts[keys]];
    for (k, item) in pairs {
        items[fill[k]] = item;
        fill[k] += 1;
    }
    (starts, items)
}

/// The Fx hasher (as in rustc): fast and deterministic, for maps keyed by
/// small integers and short strings inside one article.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(b));
        }
        let tail = chunks.remainder();
        if !tail.is_empty() {
            self.write_u64(padded(tail));
        }
    }
    fn write_u8(&mut self, n: u8) {
        self.write_u64(u64::from(n));
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FxMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;

/// A short FxHash-style hash of a string, for term identity without allocation.
pub fn hash(s: &str) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = 0;
    let mut chunks = s.as_bytes().chunks_exact(8);
    for chunk in &mut chunks {
        let mut b = [0u8; 8];
        b.copy_from_slice(chunk);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        h = (h.rotate_left(5) ^ padded(tail)).wrapping_mul(K);
    }
    mix(h ^ s.len() as u64)
}

/// Up to 8 bytes as a little-endian u64, zero-padded (a copy of variable
/// length would call memcpy, and most words are one tail). From two loads of
/// 4 (or 2) bytes, one at each end: where they overlap, they hold the same bytes.
fn padded(tail: &[u8]) -> u64 {
    let shift = |n: usize| 8 * tail.len().saturating_sub(n) as u32;
    let (front, back) = if let (Some(a), Some(b)) = (tail.first_chunk(), tail.last_chunk()) {
        let wide = |x: &[u8; 4]| u64::from(u32::from_le_bytes(*x));
        (wide(a), wide(b).checked_shl(shift(4)))
    } else if let (Some(a), Some(b)) = (tail.first_chunk(), tail.last_chunk()) {
        let wide = |x: &[u8; 2]| u64::from(u16::from_le_bytes(*x));
        (wide(a), wide(b).checked_shl(shift(2)))
    } else {
        (tail.first().map_or(0, |&b| u64::from(b)), None)
    };
    front | back.unwrap_or(0)
}

/// A strong 64-bit finaliser (splitmix64).
pub fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Function words and news filler that carry no topic, lowercase.
pub fn is_stop(lower: &str) -> bool {
    lower.len() <= LONGEST_STOP_WORD && {
        let mut buf = [0u8; 16];
        buf[..lower.len()].copy_from_slice(lower.as_bytes());
        stop_lookup(buf, lower.len())
    }
}

const LONGEST_STOP_WORD: usize = 12;

/// Like `is_stop`, for a word in any case: ASCII letters are lowered and a
/// typographic apostrophe read as `'`, into a stack buffer.
pub fn is_stop_word(word: &str) -> bool {
    let b = word.as_bytes();
    let mut buf = [0u8; 16];
    // Most words: short and ASCII, lowered in one pass.
    if b.len() <= LONGEST_STOP_WORD {
        let mut high = 0;
        for (d, &c) in buf.iter_mut().zip(b) {
            high |= c;
            *d = c.to_ascii_lowercase();
        }
        if high.is_ascii() {
            return stop_lookup(buf, b.len());
        }
        buf = [0u8; 16];
    }
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        let c = match b[i] {
            c if c.is_ascii() => {
                i += 1;
                c.to_ascii_lowercase()
            }
            0xE2 if b[i + 1..].starts_with(&[0x80, 0x99]) => {
                i += 3;
                b'\''
            }
            // Every stop word is ASCII.
            _ => return false,
        };
        if n == LONGEST_STOP_WORD {
            return false;
        }
        buf[n] = c;
        n += 1;
    }
    stop_lookup(buf, n)
}

/// The stop words as open-addressed keys (see `stop_key`), built at compile time.
const STOP_SLOTS: usize = 1024;
static STOP_TABLE: [u128; STOP_SLOTS] = stop_table();

/// A word of at most 12 bytes, zero-padded, with its length in the last byte:
/// distinct words give distinct keys, and no key is 0 (the empty slot).
const fn stop_key(mut buf: [u8; 16], len: usize) -> u128 {
    buf[15] = len as u8;
    u128::from_le_bytes(buf)
}

const fn stop_slot(key: u128) -> usize {
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    (folded.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 54) as usize
}

const fn stop_table() -> [u128; STOP_SLOTS] {
    let mut table = [0u128; STOP_SLOTS];
    let mut w = 0;
    while w < STOP_WORDS.len() {
        let bytes = STOP_WORDS[w].as_bytes();
        let mut buf = [0u8; 16];
        let mut i = 0;
        while i < bytes.len() {
            buf[i] = bytes[i];
            i += 1;
        }
        let key = stop_key(buf, bytes.len());
        let mut slot = stop_slot(key);
        while table[slot] != 0 {
            slot = (slot + 1) % STOP_SLOTS;
        }
        table[slot] = key;
        w += 1;
    }
    table
}

fn stop_lookup(buf: [u8; 16], len: usize) -> bool {
    let key = stop_key(buf, len);
    let mut slot = stop_slot(key);
    loop {
        match STOP_TABLE[slot] {
            0 => return false,
            k if k == key => return true,
            _ => slot = (slot + 1) % STOP_SLOTS,
        }
    }
}

/// Sorted (checked by a test).
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    "a", "able", "about", "above", "according", "across", "actually", "after", "afterwards",
    "again", "against", "ago", "all", "almost", "alone", "along", "already", "also", "although",
    "always", "am", "amid", "among", "amongst", "an", "and", "another", "any", "anybody", "anyone",
    "anything", "anyway", "anywhere", "are", "aren't", "around", "as", "at", "away", "back", "bad",
    "be", "became", "because", "become", "becomes", "been", "before", "beforehand", "began",
    "begin", "behind", "being", "below", "beside", "besides", "between",
    "beyond", "bit", "both", "but", "by", "came", "can", "can't",
    "cannot", "cent", "certain", "certainly", "clear", "come", "comes", "coming", "could",
    "couldn't", "day", "days", "despite", "did", "didn't", "do", "does", "doesn't",
    "doing", "don't", "done", "down", "due", "during", "each", "eg", "eight", "either",
    "else", "elsewhere", "enough", "especially", "etc", "even", "ever", "every", "everyone",
    "everything", "everywhere", "except", "fact", "far", "few", "find", "five", "for",
    "former", "formerly", "found", "four", "from", "further", "furthermore", "get", "gets",
    "getting", "give", "given", "gives", "go", "goes", "going", "gone", "got",
    "had", "hadn't", "has", "hasn't", "have", "haven't", "having", "he", "he'd", "he'll", "he's",
    "help", "helped", "helps", "hence", "her", "here", "here's", "hers", "herself",
    "him", "himself", "his", "how", "however", "i", "i'd", "i'll", "i'm",
    "i've", "ie", "if", "in", "indeed", "instead", "into", "is", "isn't", "it",
    "it's", "its", "itself", "just", "keep", "kept", "kind", "knew", "know", "knows",
    "lately", "later", "latter", "least", "less", "let", "let's",
    "lets", "like", "likely", "little", "look", "looking", "lot", "lots",
    "made", "make", "makes", "making", "many", "may", "maybe", "me", "meanwhile",
    "might", "mine", "month", "months", "more", "moreover", "most", "mostly", "mr", "mrs", "ms",
    "much", "must", "my", "myself", "namely", "near", "nearly", "need", "needed", "needs",
    "neither", "never", "nevertheless", "nine", "no", "nobody", "none", "nor",
    "not", "nothing", "now", "nowhere", "of", "off", "often", "on", "once", "one", "only",
    "onto", "or", "other", "others", "otherwise", "ought", "our", "ours", "ourselves", "out",
    "over", "own", "part", "per", "percent", "perhaps", "possible", "probably", "put", "quite",
    "rather", "really", "recently", "said", "same", "say", "saying",
    "says", "see", "seem", "seemed", "seems", "seen", "seven", "several",
    "she", "she'd", "she'll", "she's", "should", "shouldn't", "simply",
    "since", "six", "so", "some", "somebody", "someone", "something", "sometimes",
    "somewhat", "somewhere", "sort", "start", "started", "still", "such", "sure", "take", "taken",
    "takes", "ten", "than", "that", "that's", "the", "their", "theirs", "them", "themselves",
    "then", "there", "there's", "thereby", "therefore", "these", "they", "they'd", "they'll",
    "they're", "they've", "thing", "things", "think", "thinks", "this", "those", "though",
    "thought", "three", "through", "throughout", "thus", "to", "today",
    "together", "told", "too", "took", "toward", "towards", "true", "truly", "try", "two", "under",
    "unless", "unlikely", "until", "up", "upon", "us", "use", "used", "uses", "using", "very",
    "via", "want", "wanted", "wants", "was", "wasn't", "way", "ways", "we", "we'd", "we'll",
    "we're", "we've", "week", "weeks", "well", "went", "were", "weren't", "what", "what's",
    "whatever", "when", "whenever", "where", "whereas", "whether", "which", "while", "who",
    "who's", "whoever", "whole", "whom", "whose", "why", "will", "with", "within", "without",
    "won't", "would", "wouldn't", "year", "years", "yes", "yet", "you", "you'd", "you'll",
    "you're", "you've", "your", "yours", "yourself", "yourselves",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padded_is_the_bytes_little_endian() {
        let bytes = [0x81u8, 0x02, 0xf3, 0x04, 0x95, 0x06, 0xa7];
        for n in 0..=bytes.len() {
            let plain = bytes[..n]
                .iter()
                .rev()
                .fold(0, |v, &b| (v << 8) | u64::from(b));
            assert_eq!(padded(&bytes[..n]), plain, "{n} bytes");
        }
    }

    #[test]
    fn stop_words_are_sorted() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(STOP_WORDS.iter().all(|w| w.len() <= LONGEST_STOP_WORD));
        assert!(is_stop_word("The"));
        assert!(is_stop_word("don’t"));
        assert!(!is_stop_word("customer"));
        assert!(STOP_WORDS.iter().all(|w| is_stop(w) && is_stop_word(w)));
        assert!(is_stop_word("DON’T") && is_stop_word("Shouldn't") && is_stop("it's"));
        assert!(!is_stop("The") && !is_stop("") && !is_stop_word("the\0") && !is_stop_word("é"));
        assert!(!is_stop_word("themselvesxx") && !is_stop_word("’") && !is_stop_word("don’"));
    }

    #[test]
    fn keys_fold_case_possessives_and_plurals() {
        let k = |w: &str| {
            let mut s = String::new();
            key(w, &mut s);
            s
        };
        assert_eq!(k("CIOs"), "CIO");
        assert_eq!(k("CIO’s"), "CIO");
        assert_eq!(k("CIOs'"), "CIO");
        assert_eq!(k("Customers’"), "customer");
        assert_eq!(k("companies"), "company");
        assert_eq!(k("business"), "business");
        assert_eq!(k("news"), "news");
        assert_eq!(k("Customers"), "customer");
        assert_eq!(k("analysis"), "analysis");
        assert_eq!(k("IT"), "IT");
        assert_eq!(k("it"), "it");
        assert_eq!(k("SEC's"), "SEC");
    }

    #[test]
    fn body_tokens_key_each_word_once() {
        let blocks = [crate::digest::test_block(
            "The CIOs met. The CIO’s team and the cio met the Team.",
        )];
        let body = BodyTokens::of(&blocks);
        let mut k = String::new();
        let mut tokens = 0;
        for i in 0..2 {
            for (ti, t) in body.sentence(i).iter().enumerate() {
                assert_eq!(t.stop, is_stop_word(t.text));
                let want = key(t.text, &mut k).then(|| (k.clone(), hash(&k)));
                assert_eq!(body.key(i, ti).map(|(s, h)| (s.to_string(), h)), want);
                tokens += 1;
            }
        }
        assert_eq!(tokens, 12);
        assert_eq!(body.words().len(), 9);
        assert_eq!(body.key(2, 0), None);
    }

    /// Key phrases rely on it: words with no boundary between are apart by
    /// white space only.
    #[test]
    fn unbroken_words_are_apart_by_white_space() {
        for s in [
            "Says Wayne Shurts, CIO of Supervalu (a chain)--and “others”.",
            "A  B\u{a0}C\tD — E–F G-H 'I' J’s K/L M&N “O” P... Q?R",
            "x -- y --z - w ¿Qué? (a)b c(d) e.f",
        ] {
            for w in tokens(s).windows(2) {
                if !w[1].boundary_before {
                    let gap = &s[w[0].start + w[0].text.len()..w[1].start];
                    assert!(gap.chars().all(char::is_whitespace), "{s}: {gap:?}");
                }
            }
        }
    }

    #[test]
    fn tokens_and_boundaries() {
        let t = tokens("Says Wayne Shurts, CIO of Supervalu (a chain)--and “others”.");
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            [
                "Says",
                "Wayne",
                "Shurts",
                "CIO",
                "of",
                "Supervalu",
                "a",
                "chain",
                "and",
                "others"
            ]
        );
        let b: Vec<bool> = t.iter().map(|t| t.boundary_before).collect();
        assert_eq!(
            b,
            [true, false, false, true, false, false, true, false, true, true]
        );
        let s = "x — “y”";
        let t = tokens(s);
        assert_eq!(&s[t[1].start..t[1].start + t[1].text.len()], "y");
    }
}
