//! Key phrases by YAKE (Campos et al., Information Sciences 509, 2020), as the
//! reference implementation (LIAAD/yake) computes it: window 1, phrases of up
//! to 3 words, stop words weighted by their bigram probability.
//!
//! Every word gets a score from five statistics of the text alone (casing,
//! position, frequency, how many different words surround it, how many
//! sentences hold it); a phrase's score combines its words' scores and its own
//! frequency. Lower is more relevant. Words are folded to a key (case,
//! possessive and plural removed; acronyms keep their case), so "CIO" and
//! "CIOs" are one phrase. Departures from the reference: hyphenated words are
//! kept whole, and two-letter acronyms ("IT", "AI") are words, not stop words.
//!
//! The text is the title, the dek and the body blocks: never boilerplate.

use super::terms::{self, FxMap, Token};
use crate::model::Block;
use serde::Serialize;
use std::collections::hash_map::Entry;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Keyphrase {
    /// As written in the text (its first occurrence inside a sentence).
    pub phrase: String,
    /// YAKE score: lower is more relevant.
    pub score: f64,
}

/// Common adjectives: fine inside a phrase ("new products", "New York"), no
/// key phrase alone. (A match, which tests a word's length before its bytes,
/// rather than a scan of a list.)
#[rustfmt::skip]
fn weak_alone(key: &str) -> bool {
    matches!(
        key,
        "new" | "old" | "big" | "bigger" | "biggest" | "high" | "higher" | "highest" | "low"
            | "lower" | "good" | "great" | "better" | "best" | "major" | "main" | "large"
            | "larger" | "largest" | "small" | "long" | "short" | "early" | "full" | "real"
            | "first" | "second" | "third" | "last" | "next" | "recent" | "important"
            | "different"
    )
}

/// Days and months, as folded keys.
#[rustfmt::skip]
fn date_word(key: &str) -> bool {
    matches!(
        key,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
            | "january" | "february" | "march" | "april" | "june" | "july" | "august"
            | "september" | "october" | "november" | "december"
    )
}

/// How many phrases an article reports.
pub const TOP: usize = 10;
/// Longest phrase, in words.
const MAX_WORDS: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    /// A number: never part of a phrase.
    Digit,
    /// Mixed letters and digits or odd symbols: never part of a phrase.
    Unusable,
    Acronym,
    /// Capitalised inside a sentence.
    Capital,
    Plain,
}

#[derive(Debug, Default)]
struct Term {
    tf: f64,
    tf_acronym: f64,
    tf_capital: f64,
    /// The last sentence holding the term (`NONE` before the first).
    last_sentence: u32,
    stop: bool,
    /// Co-occurrence in the window: distinct neighbours and total weight.
    left_distinct: f64,
    left_weight: f64,
    right_distinct: f64,
    right_weight: f64,
    score: f64,
}

/// Where a phrase was seen written: sentence index and byte range.
type Surface = (u32, u32, u32);

#[derive(Debug)]
struct Candidate {
    tf: f64,
    /// Some occurrence holds no number or unusable word.
    usable: bool,
    surface: Surface,
    /// The surface is at a sentence start, where case says nothing.
    surface_initial: bool,
    /// The surface is all lowercase: a common word is shown as one.
    surface_lower: bool,
}

/// Term ids of a phrase, padded with `NONE`.
type PhraseKey = [u32; MAX_WORDS];
const NONE: u32 = u32::MAX;

/// A `PhraseKey` as a map key, hashed as two words (an array hashes its
/// length, then its bytes in pieces).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key(PhraseKey);

impl std::hash::Hash for Key {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let [a, b, c] = self.0;
        state.write_u64(u64::from(a) | u64::from(b) << 32);
        state.write_u32(c);
    }
}

/// How many of the last `MAX_WORDS` words of `chunk` pass `ok`, counted back
/// from its end up to the first that fails.
fn run_at_end<T>(chunk: &[T], ok: impl Fn(&T) -> bool) -> usize {
    chunk
        .iter()
        .rev()
        .take(MAX_WORDS)
        .take_while(|w| ok(w))
        .count()
}

/// Co-occurrence counts in the window, by `edge(left, right)`.
type Edges = FxMap<u64, f64>;

/// Two term ids as one map key, hashed in one step rather than two.
fn edge(left: u32, right: u32) -> u64 {
    u64::from(left) << 32 | u64::from(right)
}

/// The term ids of a phrase, without padding.
fn words(k: &PhraseKey) -> &[u32] {
    &k[..k.iter().position(|&w| w == NONE).unwrap_or(MAX_WORDS)]
}

/// The top key phrases of an article.
pub fn extract(title: Option<&str>, dek: Option<&str>, blocks: &[Block]) -> Vec<Keyphrase> {
    extract_tokens(title, dek, blocks, &terms::BodyTokens::of(blocks))
}

/// `extract` with the body already tokenised.
pub(crate) fn extract_tokens(
    title: Option<&str>,
    dek: Option<&str>,
    blocks: &[Block],
    body: &terms::BodyTokens,
) -> Vec<Keyphrase> {
    let mut sentences: Vec<&str> = Vec::new();
    // The title's capitals are headline case, not names.
    let headline = usize::from(title.is_some());
    sentences.extend(title);
    sentences.extend(dek);
    // Sentences from here on are the body's, already tokenised.
    let body_from = sentences.len();
    for b in blocks {
        sentences.extend(b.sentence_texts());
    }
    // Sized for the text up front rather than grown (and rehashed) word by word.
    let words_guess = sentences.iter().map(|s| s.len()).sum::<usize>() / 6 + 1;
    let mut vocabulary = Vocabulary::with_capacity(words_guess / 2);
    let mut edges: Edges = FxMap::default();
    let mut candidates: FxMap<Key, Candidate> = FxMap::default();
    let mut head_key = String::new();
    // The term and the looks of each distinct body word, once known.
    let mut term_of_word: Vec<u32> = vec![NONE; body.words().len()];
    let mut looks_of_word: Vec<Option<Looks>> = vec![None; body.words().len()];
    let mut head_tokens = Vec::new();
    // (term id, sentence index) for each distinct sentence of a term, in sentence order.
    let mut occurrences: Vec<(u32, u32)> = Vec::with_capacity(words_guess);
    // The current chunk (words between punctuation): (term id, tag, token,
    // whether the word holds a capital).
    let mut chunk: Vec<(u32, Tag, Token, bool)> = Vec::new();
    edges.reserve(words_guess);
    candidates.reserve(words_guess * 2);

    for (si, sentence) in sentences.iter().enumerate() {
        let si = si as u32;
        let tokens = if (si as usize) < body_from {
            terms::tokens_into(sentence, &mut head_tokens);
            &head_tokens[..]
        } else {
            body.sentence(si as usize - body_from)
        };
        chunk.clear();
        for (ti, t) in tokens.iter().enumerate() {
            if t.boundary_before {
                chunk.clear();
            }
            let initial = ti == 0 || (si as usize) < headline;
            // A body word met before has its looks and term already.
            let body_word = (si as usize)
                .checked_sub(body_from)
                .and_then(|bi| body.word(bi, ti));
            let looks = match body_word.and_then(|w| looks_of_word.get_mut(w)) {
                Some(seen) => *seen.get_or_insert_with(|| Looks::of(t)),
                None => Looks::of(t),
            };
            let tag = looks.tag(initial);
            let seen = body_word
                .and_then(|w| term_of_word.get(w).copied())
                .filter(|&id| id != NONE);
            let id = match seen {
                Some(id) => id,
                None => {
                    // Body words come with their keys; the title's and dek's are made here.
                    let keyed = match (si as usize).checked_sub(body_from) {
                        Some(bi) => body.key(bi, ti),
                        None => terms::key(t.text, &mut head_key).then(|| {
                            let h = terms::hash(&head_key);
                            (head_key.as_str(), h)
                        }),
                    };
                    let Some((key, h)) = keyed else {
                        chunk.clear();
                        continue;
                    };
                    let id = vocabulary.id(t, key, h);
                    if let Some(slot) = body_word.and_then(|w| term_of_word.get_mut(w)) {
                        *slot = id;
                    }
                    id
                }
            };
            let term = &mut vocabulary.terms[id as usize];
            term.tf += 1.0;
            match tag {
                Tag::Acronym => term.tf_acronym += 1.0,
                Tag::Capital => term.tf_capital += 1.0,
                _ => {}
            }
            if term.last_sentence != si {
                term.last_sentence = si;
                occurrences.push((id, si));
            }
            let usable = |tag: Tag| !matches!(tag, Tag::Digit | Tag::Unusable);
            if usable(tag) {
                if let Some(&(left, left_tag, ..)) = chunk.last() {
                    if usable(left_tag) {
                        *edges.entry(edge(left, id)).or_default() += 1.0;
                    }
                }
            }
            chunk.push((id, tag, *t, looks.upper));
            // The title counts for the words' statistics but gives no phrases:
            // headline fragments ("Fiat mulls Ferrari") are no key phrases.
            if (si as usize) < headline {
                continue;
            }
            // Every phrase of 1..=3 words ending here. Those no longer than
            // the chunk's run of usable words (of words without a capital)
            // at its end hold only usable words (no capital).
            let usable_tail = run_at_end(&chunk, |w| usable(w.1));
            let lower_tail = run_at_end(&chunk, |w| !w.3);
            let mut k: PhraseKey = [NONE; MAX_WORDS];
            for (len, first) in (1..).zip(chunk.iter().rev().take(MAX_WORDS)) {
                // The phrase of the last `len` words, `first` its first: one
                // word more in front of the last key.
                k = [first.0, k[0], k[1]];
                let surface = (si, first.2.start as u32, (t.start + t.text.len()) as u32);
                let surface_initial = ti + 1 == len;
                let c = candidates.entry(Key(k)).or_insert(Candidate {
                    tf: 0.0,
                    usable: false,
                    surface,
                    surface_initial,
                    surface_lower: false,
                });
                c.tf += 1.0;
                c.usable |= len <= usable_tail;
                // Shown as written inside a sentence, in lowercase if it ever is.
                if !c.surface_lower {
                    // The words of a chunk are apart by white space only, so
                    // the surface holds a capital where one of them does.
                    if len <= lower_tail {
                        (c.surface, c.surface_initial, c.surface_lower) = (surface, false, true);
                    } else if c.surface_initial && !surface_initial {
                        (c.surface, c.surface_initial) = (surface, false);
                    }
                }
            }
        }
    }
    let Vocabulary {
        mut terms,
        weak_alone,
        dated,
        ..
    } = vocabulary;
    score_terms(&mut terms, &occurrences, &edges, sentences.len());

    let mut scored: Vec<(f64, PhraseKey, &Candidate)> = candidates
        .iter()
        .map(|(k, c)| (&k.0, c))
        .filter(|(k, c)| {
            let words = words(k);
            c.usable
                && !(words.len() == 1 && weak_alone[words[0] as usize])
                && words
                    .first()
                    .is_some_and(|&w| !terms[w as usize].stop && !dated[w as usize])
                && words
                    .last()
                    .is_some_and(|&w| !terms[w as usize].stop && !dated[w as usize])
        })
        .map(|(k, c)| (phrase_score(k, c, &terms, &edges), *k, c))
        .collect();
    // Only the best few are read: order a head of the list, and the rest only
    // if redundant phrases use up the head (the order is total, so the result
    // is that of a full sort).
    let by_score = |a: &(f64, PhraseKey, &Candidate), b: &(f64, PhraseKey, &Candidate)| {
        a.0.total_cmp(&b.0).then(a.1.cmp(&b.1))
    };
    let head = (TOP * 8).min(scored.len());
    if head < scored.len() {
        scored.select_nth_unstable_by(head, by_score);
    }
    scored[..head].sort_by(by_score);
    let mut chosen: Vec<(PhraseKey, f64)> = Vec::with_capacity(TOP);
    let mut out = Vec::with_capacity(TOP);
    for i in 0..scored.len() {
        if out.len() >= TOP {
            break;
        }
        if i == head {
            scored[head..].sort_by(by_score);
        }
        let (score, k, c) = scored[i];
        if chosen.iter().any(|(p, tf)| c.tf <= *tf && redundant(&k, p)) {
            continue;
        }
        chosen.push((k, c.tf));
        let (si, from, to) = c.surface;
        let text = sentences[si as usize]
            .get(from as usize..to as usize)
            .unwrap_or_default();
        let text = text
            .strip_suffix("'s")
            .or_else(|| text.strip_suffix("’s"))
            .unwrap_or(text);
        out.push(Keyphrase {
            phrase: text.split_whitespace().collect::<Vec<_>>().join(" "),
            score: (score * 1e6).round() / 1e6,
        });
    }
    out
}

/// The terms met so far, by key.
struct Vocabulary {
    /// Term ids by the hash of their key; the keys themselves sit end to end in
    /// `key_text` (term i is `key_text[key_starts[i]..key_starts[i + 1]]`) to
    /// confirm a hit, and the rare key whose hash another key holds goes to
    /// `collided`.
    ids: FxMap<u64, u32>,
    key_text: String,
    key_starts: Vec<usize>,
    collided: FxMap<String, u32>,
    terms: Vec<Term>,
    /// Per term: a common adjective, no key phrase alone.
    weak_alone: Vec<bool>,
    /// Days and months: a date is no key phrase, nor its edge ("talks on Monday").
    dated: Vec<bool>,
}

impl Vocabulary {
    fn with_capacity(terms: usize) -> Vocabulary {
        let mut ids = FxMap::default();
        ids.reserve(terms);
        let mut key_starts = Vec::with_capacity(terms + 1);
        key_starts.push(0);
        Vocabulary {
            ids,
            key_text: String::with_capacity(terms * 8),
            key_starts,
            collided: FxMap::default(),
            terms: Vec::with_capacity(terms),
            weak_alone: Vec::with_capacity(terms),
            dated: Vec::with_capacity(terms),
        }
    }

    /// The id of the term keyed `key` (whose hash is `h`), added if new; `t`
    /// is the word as written.
    fn id(&mut self, t: &Token, key: &str, h: u64) -> u32 {
        if let Some(&id) = self.ids.get(&h) {
            let id_at = id as usize;
            if self.key_text[self.key_starts[id_at]..self.key_starts[id_at + 1]] == *key {
                return id;
            }
            if let Some(&id) = self.collided.get(key) {
                return id;
            }
        }
        let id = self.terms.len() as u32;
        let short = terms::acronym(t.text).is_none() && key.chars().nth(2).is_none();
        self.terms.push(Term {
            last_sentence: NONE,
            stop: short || t.stop || terms::is_stop(key),
            ..Term::default()
        });
        self.weak_alone.push(weak_alone(key));
        self.dated.push(date_word(key));
        self.key_text.push_str(key);
        self.key_starts.push(self.key_text.len());
        match self.ids.entry(h) {
            Entry::Vacant(e) => {
                e.insert(id);
            }
            Entry::Occupied(_) => {
                self.collided.insert(key.to_string(), id);
            }
        }
        id
    }
}

/// `a` repeats part of `b`: it lies inside it ("Mae" in "Fannie Mae"), or the
/// two overlap by two words or more (fragments of one longer name).
fn redundant(a: &PhraseKey, b: &PhraseKey) -> bool {
    let (a, b) = (words(a), words(b));
    let inside = b.windows(a.len()).any(|w| w == a);
    let overlap = (2..a.len().min(b.len()) + 1)
        .any(|n| a[..n] == b[b.len() - n..] || b[..n] == a[a.len() - n..]);
    inside || overlap
}

/// How a word looks, the same wherever it stands: worked out once per
/// distinct word of the body.
#[derive(Debug, Clone, Copy)]
struct Looks {
    /// Its tag at a sentence start (never `Capital`).
    tag: Tag,
    capital_first: bool,
    /// It holds a capital somewhere.
    upper: bool,
}

impl Looks {
    fn of(t: &Token) -> Looks {
        let word = t.text;
        let (mut digits, mut letters, mut symbols) = (0, 0, 0);
        let mut count = |c: char| {
            if c.is_ascii_digit() {
                digits += 1;
            } else if c.is_alphabetic() {
                letters += 1;
            } else if !c.is_alphanumeric() && !matches!(c, '-' | '\'' | '’' | '/' | '&' | '.') {
                symbols += 1;
            }
        };
        // Most words are ASCII: bytes need no decoding, nor Unicode tables.
        let upper = if word.is_ascii() {
            word.bytes().for_each(|b| count(char::from(b)));
            word.bytes().any(|b| b.is_ascii_uppercase())
        } else {
            word.chars().for_each(count);
            word.chars().any(char::is_uppercase)
        };
        let tag = if digits > 0 && letters == 0 {
            Tag::Digit
        } else if digits > 0 || letters == 0 || symbols > 0 {
            Tag::Unusable
        } else if terms::acronym(word).is_some() {
            Tag::Acronym
        } else {
            Tag::Plain
        };
        Looks {
            tag,
            capital_first: t.capital,
            upper,
        }
    }

    /// Its tag where it stands: capitalised inside a sentence, a plain word
    /// is a `Capital`.
    fn tag(self, initial: bool) -> Tag {
        if self.tag == Tag::Plain && !initial && self.capital_first {
            Tag::Capital
        } else {
            self.tag
        }
    }
}

/// The YAKE word score H (lower is more relevant).
fn score_terms(terms: &mut [Term], occurrences: &[(u32, u32)], edges: &Edges, sentences: usize) {
    for (&e, &w) in edges {
        let (l, r) = ((e >> 32) as u32, e as u32);
        terms[r as usize].left_distinct += 1.0;
        terms[r as usize].left_weight += w;
        terms[l as usize].right_distinct += 1.0;
        terms[l as usize].right_weight += w;
    }
    let valid: Vec<f64> = terms.iter().filter(|t| !t.stop).map(|t| t.tf).collect();
    if valid.is_empty() {
        return;
    }
    let mean = valid.iter().sum::<f64>() / valid.len() as f64;
    let std = (valid.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / valid.len() as f64).sqrt();
    let max_tf = terms.iter().map(|t| t.tf).fold(1.0, f64::max);
    let sentences = sentences.max(1) as f64;
    // Each term's sentences, ascending (`occurrences` is in sentence order).
    let (starts, by_term) = terms::group(
        terms.len(),
        occurrences.iter().map(|&(id, si)| (id as usize, si)),
    );
    for (i, t) in terms.iter_mut().enumerate() {
        let held = &by_term[starts[i]..starts[i + 1]];
        let ratio = |d: f64, w: f64| if w > 0.0 { d / w } else { 0.0 };
        let rel = (0.5 + ratio(t.left_distinct, t.left_weight) * t.tf / max_tf)
            + (0.5 + ratio(t.right_distinct, t.right_weight) * t.tf / max_tf);
        let freq = t.tf / (mean + std);
        let spread = held.len() as f64 / sentences;
        let case = t.tf_acronym.max(t.tf_capital) / (1.0 + t.tf.ln());
        let pos = (3.0 + median(held)).ln().ln();
        t.score = pos * rel / (case + freq / rel + spread / rel);
    }
}

fn median(sorted: &[u32]) -> f64 {
    match sorted.len() {
        0 => 0.0,
        n if n % 2 == 1 => f64::from(sorted[n / 2]),
        n => (f64::from(sorted[n / 2 - 1]) + f64::from(sorted[n / 2])) / 2.0,
    }
}

/// The YAKE phrase score: product of its words' scores over their sum and its frequency.
fn phrase_score(k: &PhraseKey, c: &Candidate, terms: &[Term], edges: &Edges) -> f64 {
    let words = words(k);
    let (mut sum, mut prod) = (0.0, 1.0);
    for (i, &w) in words.iter().enumerate() {
        let t = &terms[w as usize];
        if !t.stop {
            sum += t.score;
            prod *= t.score;
            continue;
        }
        // A stop word inside a phrase: how strongly it binds its neighbours.
        let bond = |a: u32, b: u32, by: u32| {
            edges.get(&edge(a, b)).copied().unwrap_or(0.0) / terms[by as usize].tf.max(1.0)
        };
        let p1 = if i > 0 {
            bond(words[i - 1], w, words[i - 1])
        } else {
            0.0
        };
        let p2 = words.get(i + 1).map_or(0.0, |&next| bond(w, next, next));
        let p = p1 * p2;
        prod *= 2.0 - p;
        sum -= 1.0 - p;
    }
    prod / ((sum + 1.0) * c.tf)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::digest::test_block as block;

    #[test]
    fn finds_the_topic_and_merges_plurals() {
        let blocks = [
            block("Solar panels are getting cheaper. Farmers in Kent now put solar panels on barn roofs."),
            block("A solar panel pays for itself in six years, the Kent farmers say. The panels also earn a feed-in tariff."),
            block("Some farmers worry about the look of the barns. Others say the tariff is too good to miss."),
        ];
        let k = extract(Some("Farmers Turn to Solar Power"), None, &blocks);
        let phrases: Vec<String> = k.iter().map(|k| k.phrase.to_lowercase()).collect();
        assert!(phrases.len() <= TOP);
        assert!(
            phrases.iter().take(3).any(|p| p.contains("solar")),
            "{phrases:?}"
        );
        // "solar panel" and "solar panels" are one phrase.
        assert_eq!(
            phrases
                .iter()
                .filter(|p| p.starts_with("solar panel"))
                .count(),
            1,
            "{phrases:?}"
        );
        assert!(
            phrases.iter().all(|p| {
                let first = p.split(' ').next().unwrap_or("");
                let last = p.split(' ').next_back().unwrap_or("");
                !terms::is_stop(first) && !terms::is_stop(last)
            }),
            "{phrases:?}"
        );
        assert!(k.windows(2).all(|w| w[0].score <= w[1].score));
    }

    #[test]
    fn no_dates() {
        let blocks = [
            block("The team meets every Tuesday. On Tuesday the team meets the board."),
            block("Every Tuesday in March the board meets the team again."),
        ];
        let k = extract(None, None, &blocks);
        assert!(!k.is_empty());
        assert!(
            k.iter().all(|k| {
                let first = k.phrase.split(' ').next().unwrap_or("");
                let last = k.phrase.split(' ').next_back().unwrap_or("");
                ![first, last]
                    .iter()
                    .any(|w| matches!(*w, "Tuesday" | "March"))
            }),
            "{k:?}"
        );
    }

    #[test]
    fn empty_text() {
        assert!(extract(None, None, &[]).is_empty());
        assert!(extract(Some("—"), None, &[block("1 2 3.")]).is_empty());
    }
}
