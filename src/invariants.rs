//! Consistency checks of an analysed article against its document: what must
//! hold for any input. The fuzz target and the property tests run them; they
//! are plain code so that a failure names the broken rule.

use crate::model::{Article, Document};
use std::collections::BTreeSet;

/// Every rule an article breaks, as readable messages (empty when sound).
pub fn check(doc: &Document, a: &Article) -> Vec<String> {
    let mut bad = Vec::new();
    let text = &doc.text;
    let lines = doc.lines.len();
    // Quote offsets count the file's characters (Markdown marks included).
    let chars = doc.char_offset(text.len());
    let line_ok = |n: usize| (1..=lines).contains(&n);

    let furniture: BTreeSet<usize> = a.boilerplate.iter().map(|b| b.line).collect();
    if furniture.len() != a.boilerplate.len() {
        bad.push("a line is listed twice as boilerplate".into());
    }
    for b in &a.boilerplate {
        if !line_ok(b.line) {
            bad.push(format!("boilerplate line {} outside 1..={lines}", b.line));
        } else if b.text != doc.line(b.line).trim() {
            bad.push(format!("boilerplate text differs from line {}", b.line));
        }
    }

    let mut prev_end = 0;
    for (i, b) in a.blocks.iter().enumerate() {
        let end = b.start + b.text.len();
        if end > text.len() || !text.is_char_boundary(b.start) || !text.is_char_boundary(end) {
            bad.push(format!(
                "block {i}: range {}..{end} not inside the text on char boundaries",
                b.start
            ));
            continue;
        }
        if b.start < prev_end {
            bad.push(format!(
                "block {i} overlaps or precedes the block before it"
            ));
        }
        prev_end = end;
        let source: String = text[b.start..end]
            .chars()
            .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
            .collect();
        if source != b.text {
            bad.push(format!("block {i}: text is not its source slice"));
        }
        if b.line != doc.line_of(b.start) {
            bad.push(format!(
                "block {i}: line {} but starts on line {}",
                b.line,
                doc.line_of(b.start)
            ));
        }
        let last_line = doc.line_of(end.saturating_sub(1).max(b.start));
        if let Some(l) = furniture.range(b.line..=last_line).next() {
            bad.push(format!(
                "block {i} (lines {}..={last_line}) covers boilerplate line {l}",
                b.line
            ));
        }
        let mut s_prev = 0;
        for r in &b.sentences {
            if r.start < s_prev
                || r.start > r.end
                || r.end > b.text.len()
                || !b.text.is_char_boundary(r.start)
                || !b.text.is_char_boundary(r.end)
            {
                bad.push(format!(
                    "block {i}: sentence {r:?} out of order or off a char boundary"
                ));
            }
            s_prev = r.end;
        }
    }

    for (what, line) in [("title", a.title_line), ("dek", a.dek_line)] {
        if let Some(n) = line {
            if !line_ok(n) {
                bad.push(format!("{what} line {n} outside 1..={lines}"));
            } else if furniture.contains(&n) {
                bad.push(format!("{what} line {n} is also boilerplate"));
            }
        }
    }

    for (i, q) in a.quotes.iter().enumerate() {
        if q.start > q.end || q.end > chars {
            bad.push(format!(
                "quote {i}: chars {}..{} outside 0..={chars}",
                q.start, q.end
            ));
        }
        if !line_ok(q.line) {
            bad.push(format!("quote {i}: line {} outside 1..={lines}", q.line));
        }
    }

    let s = &a.stats;
    if s.paragraphs + s.list_items != a.blocks.len() {
        bad.push("paragraphs + list items differ from the blocks".into());
    }
    // A sentence counts when it holds a word (not a lone "..." or emoji).
    let sentences: usize = a
        .blocks
        .iter()
        .flat_map(|b| b.sentence_texts())
        .filter(|t| crate::stats::words(t).next().is_some())
        .count();
    if s.sentences != sentences {
        bad.push("sentence count differs from the blocks' sentences".into());
    }
    match serde_json::to_string(a).map(|j| serde_json::from_str::<serde_json::Value>(&j)) {
        Ok(Ok(v)) if v.is_object() => {}
        _ => bad.push("article does not serialize to a JSON object".into()),
    }
    bad
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sound_articles_pass_and_broken_ones_are_named() {
        let text = "A Title Here\n\n\u{201c}We grew,\u{201d} says Jane Doe, CIO of Acme.\n\nCopyright \u{a9} 2024 Example Media. All rights reserved.\n";
        let doc = crate::read::decode("t", text.as_bytes()).unwrap();
        let a = crate::analyze(&doc);
        assert_eq!(check(&doc, &a), Vec::<String>::new());
        assert!(!a.blocks.is_empty() && !a.boilerplate.is_empty() && !a.quotes.is_empty());

        let mut moved = a.clone();
        moved.blocks[0].start += 1;
        assert!(check(&doc, &moved)
            .iter()
            .any(|m| m.contains("char boundaries")));
        moved.blocks[0].start += 2;
        assert!(check(&doc, &moved)
            .iter()
            .any(|m| m.contains("source slice")));
        let mut twice = a.clone();
        twice.boilerplate.push(twice.boilerplate[0].clone());
        assert!(check(&doc, &twice).iter().any(|m| m.contains("twice")));
        let mut far = a.clone();
        far.quotes[0].end = 10_000;
        assert!(check(&doc, &far).iter().any(|m| m.contains("quote 0")));
        let mut covering = a;
        covering.boilerplate[0].line = covering.blocks[0].line;
        assert!(check(&doc, &covering).iter().any(|m| m.contains("covers")));
    }
}
