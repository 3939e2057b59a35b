//! Quotations: direct quotes with their speakers, titles and scare quotes told
//! apart, and reported (indirect) statements.
//!
//! `scan` finds the quoted spans, `people` tracks who is mentioned where,
//! `attribute` reads the cue and speaker around a quote and `indirect` finds
//! reported speech; this module classifies and resolves.

mod attribute;
mod indirect;
pub(crate) mod lexicon;
pub(crate) mod people;
mod scan;

use crate::model::{Block, Document};
use attribute::Found;
use people::People;
use serde::Serialize;
use std::collections::BTreeMap;
use std::ops::Range;

/// The costly patterns of quote finding, for `pipeline`'s warm-up.
pub(crate) const BUILDS: [&[fn()]; 4] = [
    lexicon::BUILDS,
    people::BUILDS,
    attribute::BUILDS,
    indirect::BUILDS,
];

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
    /// A direct quote that is a fragment of the writer's sentence
    /// (`called the plan "a big mistake"`) rather than a full quotation.
    pub partial: bool,
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
    /// Everyone introduced in the body (by a title, an appositive, a reporting verb).
    pub(crate) persons: Vec<people::Person>,
}

/// Finds and attributes every quote in the body.
pub fn extract(doc: &Document, blocks: &[Block]) -> QuoteAnalysis {
    let spans = scan::scan(blocks);
    let doc_ranges: Vec<Range<usize>> = spans
        .iter()
        .map(|s| blocks[s.first_block()].start + s.start()..blocks[s.last_block()].start + s.end())
        .collect();
    // Each block's build and cues, for its people and its sentences.
    let scans: Vec<lexicon::Scan> = blocks.iter().map(|b| lexicon::Scan::of(&b.text)).collect();
    let mut people = People::find(blocks, &scans, &doc_ranges);
    let reported = reported_statements(blocks, &scans, &doc_ranges);
    let mut out = QuoteAnalysis::default();
    // The last direct quote's block and attribution, for continuations.
    let mut previous: Option<(usize, Attribution)> = None;

    // Quotes and reported statements in document order, so that a pronoun
    // resolves against the speakers named before it.
    let mut next_reported = reported.into_iter().peekable();
    for (span, range) in spans.iter().zip(&doc_ranges) {
        while let Some(r) = next_reported.next_if(|r| r.at < range.start) {
            push_reported(doc, blocks, &mut people, &mut out, r);
        }
        let q = direct_quote(doc, blocks, &mut people, span, range, &mut previous);
        if span.unbalanced {
            let first = &blocks[span.first_block()];
            let mark = first.text[..span.start()]
                .chars()
                .next_back()
                .map_or(0, char::len_utf8);
            let (line, column) = doc.position(first.start + span.start() - mark);
            out.warnings.push(format!(
                "unbalanced quote mark at line {line}, column {column}"
            ));
        }
        out.quotes.push(q);
    }
    for r in next_reported {
        push_reported(doc, blocks, &mut people, &mut out, r);
    }
    out.quotes.sort_by_key(|q| (q.start, q.end));
    out.speakers = speakers(&out.quotes);
    out.persons = people.persons;
    out
}

/// Classifies and attributes one quoted span.
fn direct_quote(
    doc: &Document,
    blocks: &[Block],
    people: &mut People,
    span: &scan::Span,
    range: &Range<usize>,
    previous: &mut Option<(usize, Attribution)>,
) -> Quote {
    let (fi, li) = (span.first_block(), span.last_block());
    let (first, last) = (&blocks[fi], &blocks[li]);
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

    let after_found = attribute::after(after.1).map(|f| (f, last.start + close_end));
    let before_found = || {
        attribute::before(before.1)
            .or_else(|| attribute::colon_name(before.1))
            .map(|f| (f, first.start + before.0))
            .or_else(|| attribute::sentence_end(after.0).map(|f| (f, last.start + close_end)))
            .or_else(|| colon_lead_in(blocks, fi, before.1))
    };
    let cue_after = after_found.is_some();
    // "I wrote my book "..."": the writer's own voice attributes nothing.
    let found = after_found
        .or_else(before_found)
        .filter(|(f, _)| !lexicon::is_non_speaker(&f.speaker));
    let partial = is_partial(before.1, &text);

    let kind = if is_title(&text, before.1) && !cue_after {
        QuoteKind::Title
    } else if found.is_some() {
        QuoteKind::Direct
    } else if !is_sentence_like(&text) {
        QuoteKind::Scare
    } else {
        QuoteKind::Direct
    };
    let window = (blocks[fi.saturating_sub(1)].start, first.start);
    let mut attribution = match (&kind, found) {
        (QuoteKind::Direct, Some((f, base))) => resolve(people, &f, base, window),
        _ => (None, None, None),
    };
    if kind == QuoteKind::Direct && attribution.2.is_none() {
        // No cue: the quote goes on with the statement of the previous quote in
        // its paragraph, or, when it makes a paragraph of its own, with the
        // statement that closed the paragraph before.
        let standalone = before.1.trim().is_empty() && open_at == 0;
        if let Some((b, prev)) = previous.as_ref() {
            if *b == fi || (standalone && *b + 1 == fi && ends_with_quote(&blocks[*b])) {
                attribution = prev.clone();
            }
        }
    }
    if kind == QuoteKind::Direct {
        *previous = Some((li, attribution.clone()));
        if let Some(i) = attribution.0.as_deref().and_then(|n| people.lookup(n)) {
            people.spoke(i, range.start);
        }
    }
    let (speaker, speaker_role, cue) = attribution;
    let chars = doc.char_range(range.clone());
    Quote {
        kind,
        partial: kind == QuoteKind::Direct && partial,
        text,
        line: doc.line_of(range.start),
        start: chars.start,
        end: chars.end,
        speaker,
        speaker_role,
        cue,
    }
}

/// True when block `b`'s last sentence holds a quote (its speaker is still talking).
fn ends_with_quote(b: &Block) -> bool {
    let tail = b.sentences.last().map_or("", |r| &b.text[r.clone()]);
    tail.contains(['”', '"', '»'])
}

/// A reported statement found in a sentence holding no quote.
struct Reported {
    /// Document byte offset of the sentence.
    at: usize,
    block: usize,
    found: Found,
    /// Document byte range of the content.
    content: Range<usize>,
}

fn reported_statements(
    blocks: &[Block],
    scans: &[lexicon::Scan],
    quotes: &[Range<usize>],
) -> Vec<Reported> {
    let mut out = Vec::new();
    for (bi, (b, scan)) in blocks.iter().zip(scans).enumerate() {
        if !scan.cued {
            continue;
        }
        for r in &b.sentences {
            let (s_start, s_end) = (b.start + r.start, b.start + r.end);
            let i = quotes.partition_point(|q| q.end <= s_start);
            if quotes.get(i).is_some_and(|q| q.start < s_end) {
                continue;
            }
            let (build, cued) = scan.part(&b.text[r.clone()]);
            if !cued {
                continue;
            }
            if let Some((found, content)) = indirect::find_in(&b.text[r.clone()], build) {
                out.push(Reported {
                    at: s_start,
                    block: bi,
                    found,
                    content: s_start + content.start..s_start + content.end,
                });
            }
        }
    }
    out
}

fn push_reported(
    doc: &Document,
    blocks: &[Block],
    people: &mut People,
    out: &mut QuoteAnalysis,
    r: Reported,
) {
    let window = (
        blocks[r.block.saturating_sub(1)].start,
        blocks[r.block].start,
    );
    let (speaker, speaker_role, cue) = resolve(people, &r.found, r.at, window);
    let Some(name) = speaker else { return };
    if let Some(i) = people.lookup(&name) {
        people.spoke(i, r.at);
    }
    let chars = doc.char_range(r.content.clone());
    out.quotes.push(Quote {
        kind: QuoteKind::Indirect,
        partial: false,
        text: blocks[r.block].text
            [r.content.start - blocks[r.block].start..r.content.end - blocks[r.block].start]
            .to_string(),
        line: doc.line_of(r.content.start),
        start: chars.start,
        end: chars.end,
        speaker: Some(name),
        speaker_role,
        cue,
    });
}

/// A fragment worked into the writer's own sentence (`called it a "big problem"`),
/// rather than a full quotation (`said: "..."`, `"...," he said`).
fn is_partial(before: &str, text: &str) -> bool {
    let lead = before.trim_end();
    if !lead.chars().next_back().is_some_and(char::is_alphanumeric) {
        return false;
    }
    // `told German magazine Der Spiegel "We have ..."` is a full quotation.
    let cue_near = lexicon::CUE
        .on(lead)
        .find_iter(lead)
        .last()
        .is_some_and(|m| lead[m.end()..].split_whitespace().count() <= 5);
    text.chars().next().is_some_and(char::is_lowercase) || !cue_near
}

/// Turns a speaker as written into the name to report, with a role.
/// `window` is where a pronoun's antecedent may be looked for (the starts of
/// the previous paragraph and of the pronoun's own).
fn resolve(people: &mut People, f: &Found, base: usize, window: (usize, usize)) -> Attribution {
    let raw = f.speaker.trim();
    let first_word = raw.split_whitespace().next().unwrap_or("");
    let cue = Some(f.cue.clone());
    if lexicon::is_pronoun(raw) {
        return match people.resolve_pronoun(raw, base + f.speaker_at, window) {
            Some(i) => (
                Some(people.persons[i].name.clone()),
                f.role.clone().or(people.role(i)),
                cue,
            ),
            None => (None, None, cue),
        };
    }
    if lexicon::is_non_speaker(first_word) && raw.split_whitespace().count() == 1 {
        return (None, None, None);
    }
    // "The agency's counsel, Maria Delgado, said": the name is in the
    // appositive and the phrase before it is the role.
    if let Some(name) = f.role.as_deref().filter(|r| is_full_name(r)) {
        if !is_full_name(raw) {
            if let Some(name) = people.speaker_name(name) {
                return (Some(name), Some(raw.to_string()), cue);
            }
        }
    }
    // A descriptive phrase ("the company", "a spokesperson for X") is kept as written.
    if first_word.chars().next().is_some_and(char::is_lowercase)
        || ["The", "A", "An", "Another", "One"].contains(&first_word)
    {
        return (Some(raw.to_string()), f.role.clone(), cue);
    }
    match people.speaker_name(raw) {
        Some(name) => {
            let known = people.lookup(&name).and_then(|i| people.role(i));
            (Some(name), f.role.clone().or(known), cue)
        }
        None => (None, None, None),
    }
}

/// Two to four capitalised words that make a person's name ("Maria Delgado",
/// not "Transport Secretary" or "Royal Bank of Scotland").
fn is_full_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase))
        && people::strip_titles(s) == s
        && people::clean_name(s, false).is_some()
        && !words.iter().any(|w| lexicon::is_role_word(w))
}

/// (offset, text) of the sentence part before the opening mark, at most 300 bytes.
fn before_text(b: &Block, open_at: usize) -> (usize, &str) {
    let sentence_start = sentence_at(b, open_at).map_or(0, |r| r.start);
    let mut from = sentence_start.max(open_at.saturating_sub(300));
    while !b.text.is_char_boundary(from) {
        from += 1;
    }
    (from, &b.text[from..open_at])
}

/// The text after the closing mark: (the rest of its sentence, the rest of
/// the paragraph up to the next quote), each at most 250 bytes. The second
/// catches `"...?" Graham asked.`, which the splitter ends after the `?`.
fn after_text(b: &Block, close_end: usize) -> (&str, &str) {
    let cap = |to: usize| {
        let mut to = to.min(close_end + 250).max(close_end);
        while !b.text.is_char_boundary(to) {
            to -= 1;
        }
        &b.text[close_end.min(to)..to]
    };
    let sentence_end = sentence_at(b, close_end).map_or(b.text.len(), |r| r.end);
    let next_quote = b.text[close_end.min(b.text.len())..]
        .find(['“', '"', '«', '„'])
        .map_or(b.text.len(), |i| close_end + i);
    (cap(sentence_end), cap(next_quote))
}

/// The first sentence of `b` that holds byte `at` (its end included).
fn sentence_at(b: &Block, at: usize) -> Option<&Range<usize>> {
    let i = b.sentences.partition_point(|r| r.end < at);
    b.sentences.get(i).filter(|r| r.start <= at)
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
    static WORK: std::sync::LazyLock<lexicon::Pattern> = std::sync::LazyLock::new(|| {
        lexicon::regex(
            r"(?i)\b(book|novel|report|study|film|movie|documentary|song|album|paper|article|column|essay|series|programme|program|show|play|poem|titled|entitled|headlined|reading|read|magazine|newspaper|podcast|episode)\s*$",
        )
    });
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return false;
    }
    let build = lexicon::Build::of(before);
    if WORK.pick(build).is_match(before) && words.len() <= 15 {
        return true;
    }
    // "the “No Way” banners", "members of the “Kontra-Kultur Halle”": a name or
    // slogan after an article of the writer's; a work carries its own "The".
    static ARTICLE_BEFORE: std::sync::LazyLock<lexicon::Pattern> =
        std::sync::LazyLock::new(|| lexicon::regex(r"(?i)\b(?:the|a|an)\s*$"));
    if ARTICLE_BEFORE.pick(build).is_match(before) || !text.chars().any(char::is_lowercase) {
        return false;
    }
    let significant: Vec<&&str> = words
        .iter()
        // Only ASCII letters lowercase to the letters of these words.
        .filter(|w| !SMALL_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s)))
        .collect();
    let capitalised = significant
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    words.len() >= 2
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && significant.len() >= 2
        && capitalised * 4 >= significant.len() * 3
        && !text.trim_end().ends_with(['?', '!'])
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

#[cfg(test)]
mod tests;
