//! Document -> Structure: title, dek, author, body blocks and boilerplate.
//!
//! The parse works on lines. Each line is first judged on its own
//! (`boilerplate::classify`); then position decides the rest: the title is the
//! first line that is not furniture, the dek is a standfirst right under it,
//! and at the tail an author bio, "read more" prompts and short leftover lines
//! after other furniture are taken out. What remains is the body, cut into
//! blocks by `blocks`.

mod blocks;
pub mod boilerplate;
mod head;

use crate::model::{Boilerplate, BoilerplateKind, Document, Structure};
use crate::stats;

/// The costly patterns of the parse, for `pipeline`'s warm-up.
pub(crate) const BUILDS: [&[fn()]; 2] = [boilerplate::BUILDS, head::BUILDS];

/// What the parse knows about one line.
#[derive(Debug, Clone)]
pub(crate) struct Line<'a> {
    pub text: &'a str,
    /// Word count, up to `boilerplate::MAX_WORDS + 1`.
    pub words: usize,
    pub kind: Option<BoilerplateKind>,
    /// Taken as title or dek: neither body nor boilerplate.
    pub head: bool,
}

impl Line<'_> {
    pub fn blank(&self) -> bool {
        self.text.trim().is_empty()
    }
    /// A body line holds at least one word: rules like `___` or `* * *` are separators.
    pub fn is_body(&self) -> bool {
        self.words > 0 && self.kind.is_none() && !self.head
    }
    /// Reads like a sentence rather than a label or link.
    pub fn is_prose(&self) -> bool {
        let t = self.text.trim_end();
        self.words >= 12 || (self.words >= 4 && t.ends_with(['.', '!', '?', '"', '”', ':']))
    }
}

pub fn parse(doc: &Document) -> Structure {
    let mut lines: Vec<Line> = (1..=doc.lines.len())
        .map(|n| {
            let text = doc.line(n);
            // No rule looks past `MAX_WORDS`: counting stops just above it.
            let words = stats::words(text).take(boilerplate::MAX_WORDS + 1).count();
            Line {
                text,
                words,
                kind: boilerplate::classify(text, words),
                head: false,
            }
        })
        .collect();
    extend_wrapped(&mut lines);
    let mut s = Structure::default();
    // A list over the headline ("Most Read from X" and its links) is no title.
    extend_link_lists(&mut lines, 0, false);
    head::find(&mut lines, &mut s);
    let title = lines.iter().position(|l| l.head).unwrap_or(0);
    extend_link_lists(&mut lines, title, true);
    mark_tail(&mut lines, s.author.as_deref());
    if s.author.is_none() {
        s.author = author_from_bio(&lines);
    }
    s.blocks = blocks::build(doc, &lines);
    s.boilerplate = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            l.kind.map(|kind| Boilerplate {
                kind,
                line: i + 1,
                text: l.text.trim().to_string(),
            })
        })
        .collect();
    s.truncated = s
        .boilerplate
        .iter()
        .any(|b| b.kind == BoilerplateKind::Paywall)
        || ends_cut(&s.blocks);
    s
}

/// The body stops where a scrape was cut: its last paragraph ends with an
/// excerpt mark (`...`, `[…]`), or runs on for a dozen words and stops
/// mid-sentence, without a full stop or closing mark.
pub fn ends_cut(blocks: &[crate::model::Block]) -> bool {
    let Some(last) = blocks
        .last()
        .filter(|b| b.kind == crate::model::BlockKind::Paragraph)
    else {
        return false;
    };
    let t = last.text.trim_end();
    let excerpt = ["...", "…", "[...]", "[…]"].iter().any(|m| t.ends_with(m));
    // A cut leaves a small word ("they were") or a comma; a final "LOL" or
    // "Reuters" is a sign-off.
    let last_word = t.rsplit(char::is_whitespace).next().unwrap_or("");
    let stops = t.ends_with(',')
        || (last_word.starts_with(char::is_lowercase) && t.ends_with(char::is_alphanumeric));
    excerpt || (stops && stats::words(t).nth(11).is_some())
}

/// Characters a hard-wrapped line has at least (text is wrapped at 60-80).
const MIN_WRAPPED_LINE: usize = 50;

/// A furniture paragraph hard-wrapped over several lines ("Editor's note: ..."
/// continued on the next lines) is furniture throughout. A line continues the
/// one before when it opens in lower case, or when the one before is as long
/// as a wrapped line and it is no longer than a wrap; a short line ("By Ann
/// Lee", "Share via Email") ends its furniture.
fn extend_wrapped(lines: &mut [Line]) {
    for i in 1..lines.len() {
        let (Some(kind), None) = (lines[i - 1].kind, lines[i].kind) else {
            continue;
        };
        let (prev, next) = (lines[i - 1].text.trim(), lines[i].text.trim_start());
        let wrapped = next.starts_with(char::is_lowercase)
            || (prev.chars().nth(MIN_WRAPPED_LINE).is_some()
                && next.chars().nth(blocks::WRAP_WIDTH).is_none());
        // A byline's role may stand on the line below it ("By Sam Patel", "Technology reporter").
        let role = kind == BoilerplateKind::Byline && head::is_desk_role(next);
        let continues = role || (wrapped && !prev.ends_with(['.', '!', '?', ':', '"', '”', '|']));
        if continues && !lines[i].blank() && !lines[i].head {
            lines[i].kind = Some(kind);
        }
    }
}

/// Headlines listed under a "Most popular" or "Related stories" header are links too.
/// From line `from` on; `over_blanks` lets a list run on past blank lines
/// (below the title, where the story's own lines are known).
fn extend_link_lists(lines: &mut [Line], from: usize, over_blanks: bool) {
    let mut i = from;
    while i < lines.len() {
        let l = &lines[i];
        let header = l.kind == Some(BoilerplateKind::RelatedLinks)
            && (l.words <= 5 || l.text.trim_end().ends_with(':'))
            && !l.text.trim_end().ends_with('.');
        i += 1;
        if !header {
            continue;
        }
        while i < lines.len() {
            let l = &lines[i];
            if l.blank() {
                if !over_blanks {
                    break;
                }
                i += 1;
                continue;
            }
            let headline = l.kind.is_none()
                && !l.head
                && l.words <= 20
                && !l.text.trim_end().ends_with(['.', '!', '?', '"', '”']);
            if !headline {
                break;
            }
            lines[i].kind = Some(BoilerplateKind::RelatedLinks);
            i += 1;
        }
    }
}

/// Walks back from the end over furniture, marking what only position reveals:
/// author bios, "read more" prompts (the article is an excerpt), and short
/// leftover lines (a footer's site name) below other furniture.
fn mark_tail(lines: &mut [Line], author: Option<&str>) {
    let mut pending_footer: Vec<usize> = Vec::new();
    let mut i = lines.len();
    while i > 0 {
        i -= 1;
        let l = &lines[i];
        if l.blank() || l.head {
            continue;
        }
        if let Some(kind) = l.kind {
            if kind != BoilerplateKind::Byline && kind != BoilerplateKind::Dateline {
                for &p in &pending_footer {
                    lines[p].kind = Some(BoilerplateKind::SiteFooter);
                }
                pending_footer.clear();
            }
            continue;
        }
        if boilerplate::is_continue_prompt(l.text, l.words) {
            lines[i].kind = Some(BoilerplateKind::Paywall);
            continue;
        }
        if boilerplate::bio_subject(l.text.trim(), author).is_some() && has_body_before(lines, i) {
            lines[i].kind = Some(BoilerplateKind::AuthorBio);
            continue;
        }
        if !l.is_prose() && l.words <= 8 {
            pending_footer.push(i);
            continue;
        }
        break;
    }
}

/// True when real body text stands before line index `i`, so a bio is not the article.
fn has_body_before(lines: &[Line], i: usize) -> bool {
    lines[..i]
        .iter()
        .filter(|l| l.is_body() && l.is_prose())
        .count()
        >= 2
}

fn author_from_bio(lines: &[Line]) -> Option<String> {
    lines
        .iter()
        .filter(|l| l.kind == Some(BoilerplateKind::AuthorBio))
        .find_map(|l| boilerplate::bio_subject(l.text.trim(), None).map(str::to_string))
}

#[cfg(test)]
mod tests;
