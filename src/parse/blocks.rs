//! Body lines -> blocks: paragraphs and list items.
//!
//! Paragraphs are separated by blank lines or furniture. Inside a run of lines,
//! a line break also separates paragraphs when the lines are long (unwrapped
//! text: one paragraph per line), and always before and after a list item.
//! Hard-wrapped text (all lines short) is joined.

use super::Line;
use crate::model::{Block, BlockKind, Document};

/// Lines longer than this are unwrapped paragraphs, not hard-wrapped ones.
pub(crate) const WRAP_WIDTH: usize = 100;

pub(crate) fn build(doc: &Document, lines: &[Line]) -> Vec<Block> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].is_body() {
            i += 1;
            continue;
        }
        let run_end = (i..lines.len())
            .find(|&k| !lines[k].is_body())
            .unwrap_or(lines.len());
        split_run(doc, lines, i, run_end, &mut out);
        i = run_end;
    }
    out
}

/// Splits lines `from..to` (all body) into blocks.
fn split_run(doc: &Document, lines: &[Line], from: usize, to: usize, out: &mut Vec<Block>) {
    let unwrapped = lines[from..to]
        .iter()
        .any(|l| l.text.chars().count() > WRAP_WIDTH)
        || to - from == 1;
    let mut k = from;
    while k < to {
        if let Some(marker) = bullet_len(lines[k].text) {
            // A list item, with indented continuation lines of a hard-wrapped list.
            let mut end = k + 1;
            while end < to
                && !unwrapped
                && bullet_len(lines[end].text).is_none()
                && lines[end].text.starts_with([' ', '\t'])
            {
                end += 1;
            }
            out.push(block(doc, BlockKind::ListItem, k, end, marker));
            k = end;
            continue;
        }
        let mut end = k + 1;
        if !unwrapped {
            while end < to && bullet_len(lines[end].text).is_none() {
                end += 1;
            }
        }
        out.push(block(doc, BlockKind::Paragraph, k, end, 0));
        k = end;
    }
}

/// Length in bytes of a list marker and its space (`• `, `- `, `12. `), after indentation.
fn bullet_len(line: &str) -> Option<usize> {
    let indent = line.len() - line.trim_start().len();
    let t = &line[indent..];
    let c = t.chars().next()?;
    let after = if matches!(c, '•' | '-' | '*' | '–' | '·' | '▪' | '‣' | '◦' | '►' | '■')
    {
        c.len_utf8()
    } else {
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 3 || !matches!(t.as_bytes().get(digits), Some(b'.' | b')')) {
            return None;
        }
        digits + 1
    };
    let rest = &t[after..];
    let space = rest.len() - rest.trim_start().len();
    // "-5%" or "3.5" are not list markers: a marker is followed by white space and text.
    (space > 0 && !rest.trim().is_empty()).then_some(indent + after + space)
}

/// A block over line indexes `from..to`, skipping `skip` bytes of the first line (a list marker).
fn block(doc: &Document, kind: BlockKind, from: usize, to: usize, skip: usize) -> Block {
    let first = &doc.lines[from];
    let last = &doc.lines[to - 1];
    let raw = &doc.text[first.start..last.end];
    let lead = if skip > 0 {
        skip
    } else {
        raw.len() - raw.trim_start().len()
    };
    let body = &raw[lead..];
    let body = body.trim_end();
    // Each line-end byte becomes a space.
    let mut text = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(i) = crate::model::line_end(rest.as_bytes()) {
        text.push_str(&rest[..i]);
        text.push(' ');
        rest = &rest[i + 1..];
    }
    text.push_str(rest);
    let sentences = crate::sentences::split(&text);
    Block {
        kind,
        line: from + 1,
        text,
        start: first.start + lead,
        sentences,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bullets() {
        assert_eq!(bullet_len("  • A tolerance"), Some(6));
        assert_eq!(bullet_len("- item"), Some(2));
        assert_eq!(bullet_len("12. item"), Some(4));
        assert_eq!(bullet_len("-5% on the year"), None);
        assert_eq!(bullet_len("2004. A year"), None);
        assert_eq!(bullet_len("3.5 million"), None);
        assert_eq!(bullet_len("•"), None);
    }
}
