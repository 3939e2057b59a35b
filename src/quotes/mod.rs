//! Quotations: direct quotes with their speakers, titles and scare quotes told
//! apart, and reported (indirect) statements.
//!
//! `scan` finds the quoted spans, `people` tracks who is mentioned where,
//! `attribute` reads the cue and speaker around a quote and `indirect` finds
//! reported speech; this module classifies and resolves.

mod attribute;
mod indirect;
mod lexicon;
mod people;
mod scan;

use crate::model::{Block, Document};
use attribute::Found;
use people::People;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Someone's words in quote marks.
    Direct,
    /// Reported speech without quote marks.
    Indirect,
    /// The title of a book, report, film or programme.
    Title,
    /// A word or short term held at arm's length.
    Scare,
}

#[derive(Debug, Clone, Serialize)]
pub struct Quote {
    pub kind: QuoteKind,
    /// The quoted words, without the marks.
    pub text: String,
    /// 1-based line of the quote's first character.
    pub line: usize,
    /// Character offsets of `text` in the file (end exclusive).
    pub start: usize,
    pub end: usize,
    pub speaker: Option<String>,
    pub speaker_role: Option<String>,
    pub cue: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Speaker {
    pub name: String,
    pub role: Option<String>,
    /// Direct and indirect quotes attributed to them.
    pub quotes: usize,
}

/// Speaker, role and cue of one quote.
type Attribution = (Option<String>, Option<String>, Option<String>);

#[derive(Debug, Clone, Default)]
pub struct QuoteAnalysis {
    pub quotes: Vec<Quote>,
    pub speakers: Vec<Speaker>,
    pub warnings: Vec<String>,
}

/// Finds and attributes every quote in the body.
pub fn extract(doc: &Document, blocks: &[Block]) -> QuoteAnalysis {
    let spans = scan::scan(blocks);
    let doc_ranges: Vec<std::ops::Range<usize>> = spans
        .iter()
        .map(|s| blocks[s.first_block()].start + s.start()..blocks[s.last_block()].start + s.end())
        .collect();
    let mut people = People::find(blocks, &doc_ranges);
    let mut out = QuoteAnalysis::default();
    // The last direct quote's block and attribution, for continuations.
    let mut previous: Option<(usize, Attribution)> = None;

    for (span, range) in spans.iter().zip(&doc_ranges) {
        let first = &blocks[span.first_block()];
        let last = &blocks[span.last_block()];
        if span.unbalanced {
            out.warnings.push(format!(
                "unbalanced quote mark at line {}",
                doc.line_of(range.start)
            ));
        }
        let text = span.text(blocks);
        let open_at = span.start().saturating_sub(
            first.text[..span.start()]
                .chars()
                .next_back()
                .map_or(0, char::len_utf8),
        );
        let before = before_text(first, open_at);
        let close_end = next_char_end(&last.text, span.end());
        let after = after_text(last, close_end);

        let found = attribute::after(after)
            .map(|f| (f, last.start + close_end))
            .or_else(|| attribute::before(before.1).map(|f| (f, first.start + before.0)))
            .or_else(|| colon_lead_in(blocks, span.first_block(), before.1))
            // "I wrote my book "..."": the writer's own voice attributes nothing.
            .filter(|(f, _)| !lexicon::is_non_speaker(&f.speaker));
        let found_any = found.is_some();
        let (speaker, role, cue) = match found {
            Some((f, base)) => resolve(&mut people, &f, base),
            None => (None, None, None),
        };

        let kind = if is_title(&text, before.1) && !found_any {
            QuoteKind::Title
        } else if found_any {
            QuoteKind::Direct
        } else if !is_sentence_like(&text) {
            QuoteKind::Scare
        } else {
            QuoteKind::Direct
        };
        let (speaker, role, cue) = match (&kind, found_any, &previous) {
            // A quote without a cue continues the statement of the previous quote in its paragraph.
            (QuoteKind::Direct, false, Some((b, prev))) if *b == span.first_block() => prev.clone(),
            _ => (speaker, role, cue),
        };
        if kind == QuoteKind::Direct {
            previous = Some((
                span.last_block(),
                (speaker.clone(), role.clone(), cue.clone()),
            ));
        }
        out.quotes.push(Quote {
            kind,
            text,
            line: doc.line_of(range.start),
            start: doc.char_offset(range.start),
            end: doc.char_offset(range.end),
            speaker,
            speaker_role: role,
            cue,
        });
    }

    // Reported speech in sentences holding no quote.
    for b in blocks {
        for r in &b.sentences {
            let (s_start, s_end) = (b.start + r.start, b.start + r.end);
            if doc_ranges
                .iter()
                .any(|q| q.start < s_end && s_start < q.end)
            {
                continue;
            }
            let sentence = &b.text[r.clone()];
            let Some((f, content)) = indirect::find(sentence) else {
                continue;
            };
            let (speaker, role, cue) = resolve(&mut people, &f, s_start);
            if speaker.is_none() {
                continue;
            }
            let (cs, ce) = (s_start + content.start, s_start + content.end);
            out.quotes.push(Quote {
                kind: QuoteKind::Indirect,
                text: sentence[content].to_string(),
                line: doc.line_of(cs),
                start: doc.char_offset(cs),
                end: doc.char_offset(ce),
                speaker,
                speaker_role: role,
                cue,
            });
        }
    }
    out.quotes.sort_by_key(|q| (q.start, q.end));
    out.speakers = speakers(&out.quotes);
    out
}

/// Turns a speaker as written into the name to report, with a role.
fn resolve(
    people: &mut People,
    f: &Found,
    base: usize,
) -> (Option<String>, Option<String>, Option<String>) {
    let raw = f.speaker.trim();
    let first_word = raw.split_whitespace().next().unwrap_or("");
    let cue = Some(f.cue.clone());
    if lexicon::is_pronoun(raw) {
        return match people.resolve_pronoun(raw, base + f.speaker_at) {
            Some(i) => (
                Some(people.persons[i].name.clone()),
                f.role.clone().or(people.persons[i].role.clone()),
                cue,
            ),
            None => (None, None, cue),
        };
    }
    if lexicon::is_non_speaker(first_word) && raw.split_whitespace().count() == 1 {
        return (None, None, None);
    }
    // A descriptive phrase ("the company", "a spokesperson for X") is kept as written.
    if first_word.chars().next().is_some_and(char::is_lowercase)
        || ["The", "A", "An", "Another", "One"].contains(&first_word)
    {
        return (Some(raw.to_string()), f.role.clone(), cue);
    }
    match people.speaker_name(raw) {
        Some(name) => {
            let known = people
                .lookup(&name)
                .and_then(|i| people.persons[i].role.clone());
            (Some(name), f.role.clone().or(known), cue)
        }
        None => (None, None, None),
    }
}

/// (offset, text) of the sentence part before the opening mark, at most 300 bytes.
fn before_text(b: &Block, open_at: usize) -> (usize, &str) {
    let sentence_start = b
        .sentences
        .iter()
        .find(|r| r.start <= open_at && open_at <= r.end)
        .map_or(0, |r| r.start);
    let mut from = sentence_start.max(open_at.saturating_sub(300));
    while !b.text.is_char_boundary(from) {
        from += 1;
    }
    (from, &b.text[from..open_at])
}

/// The rest of the sentence after the closing mark, at most 250 bytes.
fn after_text(b: &Block, close_end: usize) -> &str {
    let sentence_end = b
        .sentences
        .iter()
        .find(|r| r.start <= close_end && close_end <= r.end)
        .map_or(b.text.len(), |r| r.end);
    let mut to = sentence_end.min(close_end + 250).max(close_end);
    while !b.text.is_char_boundary(to) {
        to -= 1;
    }
    &b.text[close_end.min(to)..to]
}

fn next_char_end(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(at, |c| at + c.len_utf8())
}

/// `X said:` ending the previous paragraph introduces a quote opening this one.
fn colon_lead_in(blocks: &[Block], bi: usize, before: &str) -> Option<(Found, usize)> {
    if !before.trim().is_empty() || bi == 0 {
        return None;
    }
    let prev = &blocks[bi - 1];
    let last = prev.sentences.last()?;
    let s = prev.text[last.clone()].trim_end();
    if !s.ends_with(':') {
        return None;
    }
    let f = attribute::before(s.trim_end_matches(':'))?;
    Some((f, prev.start + last.start))
}

const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor", "with", "by",
    "from", "as", "is", "vs", "via", "that", "into", "up", "-", "–",
];

/// Title of a work: Title Case of two words or more, or a work named just before.
fn is_title(text: &str, before: &str) -> bool {
    static WORK: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)\b(book|novel|report|study|film|movie|documentary|song|album|paper|article|column|essay|series|programme|program|show|play|poem|titled|entitled|headlined|reading|read|magazine|newspaper|podcast|episode)\s*$")
            .expect("compiles")
    });
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return false;
    }
    if WORK.is_match(before) && words.len() <= 15 {
        return true;
    }
    let significant: Vec<&&str> = words
        .iter()
        .filter(|w| !SMALL_WORDS.contains(&w.to_lowercase().as_str()))
        .collect();
    let capitalised = significant
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    words.len() >= 2
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && significant.len() >= 2
        && capitalised * 4 >= significant.len() * 3
        && !text.trim_end().ends_with([',', '?', '!'])
}

/// Reads as someone's sentence rather than a held-off term.
fn is_sentence_like(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let t = text.trim_end();
    words > 4
        || (words >= 2
            && t.chars().next().is_some_and(char::is_uppercase)
            && t.ends_with(['.', ',', '?', '!']))
}

/// Speakers by number of quotes, then first appearance.
fn speakers(quotes: &[Quote]) -> Vec<Speaker> {
    let mut order: Vec<Speaker> = Vec::new();
    let mut index: BTreeMap<String, usize> = BTreeMap::new();
    for q in quotes
        .iter()
        .filter(|q| matches!(q.kind, QuoteKind::Direct | QuoteKind::Indirect))
    {
        let Some(name) = &q.speaker else { continue };
        let i = *index.entry(name.clone()).or_insert_with(|| {
            order.push(Speaker {
                name: name.clone(),
                role: None,
                quotes: 0,
            });
            order.len() - 1
        });
        order[i].quotes += 1;
        if order[i].role.is_none() {
            order[i].role = q.speaker_role.clone();
        }
    }
    let mut ranked: Vec<(usize, Speaker)> = order.into_iter().enumerate().collect();
    ranked.sort_by(|(ia, a), (ib, b)| b.quotes.cmp(&a.quotes).then(ia.cmp(ib)));
    ranked.into_iter().map(|(_, s)| s).collect()
}
