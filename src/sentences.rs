//! Sentence splitting for English news prose.
//!
//! A boundary is a `.`, `!`, `?` or ellipsis, plus any closing quotes and
//! brackets after it, followed by white space and a word that can start a
//! sentence (a capital, a digit or an opening quote or bracket). That keeps
//! `"Is it?" she asked.` and `"...," he says.` whole. A full stop after a known
//! abbreviation (`Mr.`, `e.g.`) or an initial (`George W. Bush`) is no
//! boundary; after an abbreviation that often ends sentences (`Inc.`, `U.S.`)
//! it is one only when a typical sentence opener follows. Decimals
//! (`$37.5`) never split because no space follows their point. The end of the
//! text always ends a sentence, punctuated or not.

use crate::quotes::lexicon::{Build, Pattern};
use crate::quotes::people::{is_in, set, WordSet};
use std::ops::Range;
use std::sync::LazyLock;

/// Titles and words that are never the last word of a sentence.
const NEVER_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gov", "sen", "rep", "gen", "col",
    "lt", "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "insp", "det",
    "messrs", "e.g", "i.e", "cf", "vs", "viz", "approx", "ca", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "est", "dept", "univ", "assn", "bros", "ave",
    "blvd", "rd", "ft", "op", "ed", "eds",
];

/// Abbreviations that go before a number ("No. 10", "Vol. IV"): elsewhere
/// they are words ("The answer was no. The board ...").
const BEFORE_NUMBER: &[&str] = &["no", "nos", "vol", "pp", "p", "fig", "figs", "ch", "art"];

/// Abbreviations that end a sentence only before a typical sentence opener.
const OFTEN_FINAL: &[&str] = &[
    "inc", "corp", "co", "ltd", "llc", "plc", "etc", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m",
    "d.c", "n.y", "l.a", "s.a", "ag", "bhd", "pty", "al",
];

/// The longer lists as hash sets: every full stop looks a word up in them.
static NEVER_FINAL_SET: WordSet = LazyLock::new(|| set(NEVER_FINAL));
static OFTEN_FINAL_SET: WordSet = LazyLock::new(|| set(OFTEN_FINAL));

/// Words that typically open a sentence after an `OFTEN_FINAL` abbreviation.
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "in",
    "on",
    "at",
    "for",
    "as",
    "if",
    "when",
    "while",
    "after",
    "before",
    "there",
    "his",
    "her",
    "their",
    "our",
    "my",
    "however",
    "meanwhile",
    "still",
    "also",
    "many",
    "most",
    "some",
    "one",
    "two",
    "what",
    "why",
    "how",
    "who",
    "analysts",
    "shares",
];

/// Splits `text` into sentences, returned as trimmed byte ranges.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // The build of `text` for `ATTRIBUTION`, found when an attribution is first looked for.
    let mut build = None;
    while i < bytes.len() {
        // Jump to the next terminal: `.`, `!`, `?` or `…` (which starts with 0xE2).
        let Some(k) = crate::model::find_byte(&bytes[i..], [b'.', b'!', b'?', 0xE2]) else {
            break;
        };
        i += k;
        let c = bytes[i];
        if c == 0xE2 && !bytes[i..].starts_with("…".as_bytes()) {
            i += 1;
            continue;
        }
        // Extent of the terminal run: more terminals, then closing quotes/brackets.
        let mut end = i;
        while end < bytes.len() {
            let rest = &text[end..];
            let ch = rest.chars().next().unwrap_or(' ');
            if matches!(ch, '.' | '!' | '?' | '…') || is_closer(ch) {
                end += ch.len_utf8();
            } else {
                break;
            }
        }
        let next_word_start = text[end..]
            .char_indices()
            .find(|&(_, ch)| !ch.is_whitespace())
            .map(|(k, _)| end + k);
        let followed_by_space =
            end < bytes.len() && text[end..].chars().next().is_some_and(char::is_whitespace);
        let boundary = match next_word_start {
            None => false, // end of text: handled after the loop
            Some(ns) if followed_by_space => {
                is_boundary(text, start, i, ns, c == b'.' && end == i + 1)
                    && !(closes_quote(&text[i..end])
                        && is_attribution(
                            &text[ns..],
                            c == b'.',
                            *build.get_or_insert_with(|| Build::of(text)),
                        ))
            }
            _ => false,
        };
        if boundary {
            push_trimmed(text, start..end, &mut out);
            start = end;
        }
        i = end.max(i + 1);
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn closes_quote(run: &str) -> bool {
    run.contains(['"', '”', '\'', '’'])
}

/// A speaker and a speech verb: `Graham asked`, `Mr. Smith said`, `The Post reported`.
/// A `Pattern`, whose plain build compiles far cheaper.
static ATTRIBUTION: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(concat!(
        r"^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}",
        r"(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies|explained|",
        r"continued|noted|insisted|recalled|tweeted|shouted|declared|argued|concluded|warned|",
        r"joked|exclaimed|answered|suggested|acknowledged|admitted|reported)\b(\s*[.,;:]|\s*$)?"
    ))
});

/// Builds this module's costly patterns, for `pipeline`'s warm-up.
pub(crate) const BUILDS: &[fn()] = crate::quotes::lexicon::builds![ATTRIBUTION];

/// True when `rest`, which follows a closing quote, is that quote's attribution
/// (`"Is it?" Graham asked.`), so the quote and the attribution make one sentence.
/// After a full stop only a bare attribution counts (`"No." Graham said.`):
/// `"No." Graham said the plan ...` starts a new sentence. `build` as for
/// `Pattern::pick`.
fn is_attribution(rest: &str, after_period: bool, build: Build) -> bool {
    ATTRIBUTION
        .pick(build)
        .captures(rest)
        .is_some_and(|c| !after_period || c.get(1).is_some())
}

fn is_closer(ch: char) -> bool {
    matches!(ch, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '“')
}

fn is_opener(ch: char) -> bool {
    matches!(ch, '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '„')
}

/// Decides whether the terminal at `term` (sentence began at `start`) ends a
/// sentence, given that the next word starts at `next`. `lone_period` is true
/// for a single `.` with nothing after it but white space.
fn is_boundary(text: &str, start: usize, term: usize, next: usize, lone_period: bool) -> bool {
    let next_ch = text[next..].chars().next().unwrap_or(' ');
    let next_word = word_at(text, next);
    let starts_sentence = next_ch.is_uppercase()
        || next_ch.is_ascii_digit()
        || is_opener(next_ch)
        || matches!(next_ch, '•' | '$' | '£' | '€');
    if !starts_sentence {
        return false;
    }
    if !lone_period {
        // `!`, `?`, `...`, or a full stop inside quotes/brackets.
        let ellipsis = text[term..].starts_with("..") || text[term..].starts_with('…');
        return !ellipsis || next_ch.is_uppercase() || is_opener(next_ch);
    }
    let prev = word_before(text, start, term);
    // Lowercased on the stack (trimming first leaves the same): the words of
    // the lists are short, and a longer word is in none of them.
    let bare = prev.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut buf = [0u8; 16];
    let lower = match buf.get_mut(..bare.len()) {
        Some(b) => {
            b.copy_from_slice(bare.as_bytes());
            b.make_ascii_lowercase();
            std::str::from_utf8(b).unwrap_or(bare)
        }
        None => bare,
    };
    if lower.is_empty() {
        return true;
    }
    // A single capital letter is an initial (J. K. Rowling, George W. Bush).
    if prev.chars().count() == 1 && prev.chars().all(|c| c.is_uppercase()) {
        return false;
    }
    if is_in(&NEVER_FINAL_SET, lower) {
        // "Mr. Smith" and "Jan. 5" never end.
        return false;
    }
    if BEFORE_NUMBER.contains(&lower) {
        let roman = next_word.len() > 1 && next_word.chars().all(|c| "IVXLC".contains(c));
        return !next_ch.is_ascii_digit() && !roman;
    }
    if is_in(&OFTEN_FINAL_SET, lower) || is_dotted_acronym(prev) {
        let w = next_word.to_ascii_lowercase();
        return OPENERS.contains(&w.as_str());
    }
    true
}

/// `U.S`, `e.g`, `a.m` (the final period is the terminal itself).
fn is_dotted_acronym(w: &str) -> bool {
    w.contains('.') && w.split('.').all(|p| p.chars().count() == 1)
}

/// The word ending right before byte `term`, not reaching back before `start`.
fn word_before(text: &str, start: usize, term: usize) -> &str {
    let head = &text[start..term];
    let from = head
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || is_opener(c) || c == '—')
        .map_or(0, |(k, c)| k + c.len_utf8());
    &head[from..]
}

fn word_at(text: &str, at: usize) -> &str {
    let rest = &text[at..];
    let rest = rest.trim_start_matches(is_opener);
    let end = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map_or(rest.len(), |(k, _)| k);
    &rest[..end]
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        split(t).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(sents("Mr. Smith met Dr. Jones. They talked.").len(), 2);
        assert_eq!(sents("George W. Bush spoke. He left.").len(), 2);
        assert_eq!(sents("Firms, e.g. Acme, grew. Others shrank.").len(), 2);
        assert_eq!(sents("He works for Acme Inc. in Ohio.").len(), 1);
        assert_eq!(sents("He works for Acme Inc. The firm grew.").len(), 2);
        assert_eq!(sents("The U.S. Senate voted. It passed.").len(), 2);
        assert_eq!(sents("They met at 9 a.m. on Monday.").len(), 1);
        assert_eq!(sents("Sales rose in the U.S. The rest fell.").len(), 2);
    }

    #[test]
    fn numbers_and_money() {
        assert_eq!(
            sents("A $37.5 billion chain grew 2.7%. Then it fell.").len(),
            2
        );
        assert_eq!(sents("It has 1,500.25 units.").len(), 1);
    }

    #[test]
    fn quotes_and_brackets() {
        let t =
            "\"That can't happen in a corner,\" says Wayne. \"More CEOs are looking.\" He left.";
        assert_eq!(
            sents(t),
            vec![
                "\"That can't happen in a corner,\" says Wayne.",
                "\"More CEOs are looking.\"",
                "He left."
            ]
        );
        assert_eq!(sents("“Is it?” she asked. Yes.").len(), 2);
        assert_eq!(sents("(The same holds true.) I wrote a book.").len(), 2);
        assert_eq!(
            sents("It is described in “The CIO Edge.” I agree.").len(),
            2
        );
    }

    #[test]
    fn quote_then_named_speaker_is_one_sentence() {
        assert_eq!(
            sents("“Who runs the plan?” Lopez asked. “Nobody.”"),
            vec!["“Who runs the plan?” Lopez asked.", "“Nobody.”"]
        );
        assert_eq!(sents("\"Stop!\" Mr. Reyes shouted, and left.").len(), 1);
        assert_eq!(sents("\"It works.\" Ana Cruz said.").len(), 1);
        assert_eq!(
            sents("\"It works.\" Ana Cruz said the test had passed.").len(),
            2
        );
        assert_eq!(sents("\"Why?\" The Board Met on Monday.").len(), 2);
    }

    #[test]
    fn abbreviations_before_numbers() {
        assert_eq!(
            sents("He lives at No. 10 Downing Street. See Vol. IV of it.").len(),
            2
        );
        assert_eq!(sents("It is on pp. 4-5 and in Fig. 3 below.").len(), 1);
        assert_eq!(
            sents("Is it over? No. Apple said it sold 3.2m phones."),
            vec!["Is it over?", "No.", "Apple said it sold 3.2m phones."]
        );
        assert_eq!(sents("The answer was no. The board left.").len(), 2);
    }

    #[test]
    fn ellipses_and_ends() {
        assert_eq!(sents("He paused... and went on. Then stopped").len(), 2);
        assert_eq!(sents("Wait… Then it came.").len(), 2);
        assert_eq!(
            sents("no punctuation at the end"),
            vec!["no punctuation at the end"]
        );
        assert_eq!(sents("Here's the list:"), vec!["Here's the list:"]);
        assert!(sents("   ").is_empty());
        assert_eq!(sents("?!...").len(), 1);
    }
}
