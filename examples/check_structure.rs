//! Measures the structure parse on clean news articles written by others.
//!
//! ```sh
//! cargo run --example check_structure -- ARTICLES_DIR... [--summaries DIR]
//! ```
//!
//! Each `*.txt` in the folders must be a clean article: the title on line 1,
//! then paragraphs separated by blank lines, and no web furniture. For every
//! article it checks that the title is line 1 and that every later non-blank
//! line is body text: a line taken as dek or boilerplate, or dropped
//! altogether, is reported. `--summaries DIR` names a folder of extractive
//! summaries with the same file names, made of sentences copied from the
//! article and joined with no space after the full stop (the BBC News Summary
//! layout); each summary sentence should be exactly one of our sentences.
//! Prints the problems found, then the totals; exits 1 when any title is not
//! line 1 or any body line is lost.

use cio_digest::model::{Document, Structure};
use cio_digest::{parse, read, stats};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Default)]
struct Totals {
    articles: usize,
    title_line_1: usize,
    separators: usize,
    body_lines: usize,
    as_dek: usize,
    as_boilerplate: usize,
    dropped: usize,
    paragraphs_expected: usize,
    paragraphs_found: usize,
    articles_same_paragraphs: usize,
    sentences: usize,
    summary_sentences: usize,
    summary_matched: usize,
}

fn main() -> ExitCode {
    let mut folders = Vec::new();
    let mut summaries: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--summaries" {
            summaries = args.next().map(PathBuf::from);
        } else {
            folders.push(PathBuf::from(a));
        }
    }
    if folders.is_empty() {
        eprintln!("usage: check_structure ARTICLES_DIR... [--summaries DIR]");
        return ExitCode::from(2);
    }
    let mut t = Totals::default();
    for folder in &folders {
        for path in txt_files(folder) {
            check(&path, summaries.as_deref(), &mut t);
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!("articles                      {}", t.articles);
    println!(
        "title on line 1               {} ({:.1}%)",
        t.title_line_1,
        pct(t.title_line_1, t.articles)
    );
    println!("separator lines (no words)    {}", t.separators);
    println!("lines with words after title  {}", t.body_lines);
    println!("  taken as dek                {}", t.as_dek);
    println!("  taken as boilerplate        {}", t.as_boilerplate);
    println!("  in no block (lost)          {}", t.dropped);
    println!(
        "paragraphs left in the body   {} expected, {} blocks; same count in {} of {} articles",
        t.paragraphs_expected, t.paragraphs_found, t.articles_same_paragraphs, t.articles
    );
    println!("sentences                     {}", t.sentences);
    if t.summary_sentences > 0 {
        println!(
            "summary sentences             {} of {} are exactly one of ours ({:.1}%)",
            t.summary_matched,
            t.summary_sentences,
            pct(t.summary_matched, t.summary_sentences)
        );
    }
    if t.title_line_1 == t.articles && t.dropped == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn txt_files(folder: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = match std::fs::read_dir(folder) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect(),
        Err(e) => {
            eprintln!("{}: {e}", folder.display());
            Vec::new()
        }
    };
    out.sort();
    out
}

fn check(path: &Path, summaries: Option<&Path>, t: &mut Totals) {
    let shown = path.display().to_string();
    let doc = match read::read(path, &shown) {
        Ok(d) => d,
        Err(e) => {
            println!("{e}");
            return;
        }
    };
    let s = parse::parse(&doc);
    t.articles += 1;
    if s.title_line == Some(1) {
        t.title_line_1 += 1;
    } else {
        println!("{shown}: title at line {:?}: {:?}", s.title_line, s.title);
    }
    check_lines(&shown, &doc, &s, t);
    let ours: BTreeSet<String> = s
        .blocks
        .iter()
        .flat_map(|b| b.sentence_texts())
        .map(normalize)
        .collect();
    t.sentences += s.blocks.iter().map(|b| b.sentences.len()).sum::<usize>();
    let name = path.file_name().unwrap_or_default();
    if let Some(summary) = summaries.and_then(|d| std::fs::read_to_string(d.join(name)).ok()) {
        for sentence in summary_sentences(&normalize(&summary), &normalize(&doc.text)) {
            t.summary_sentences += 1;
            if ours.contains(&normalize(&sentence)) {
                t.summary_matched += 1;
            } else {
                println!("{shown}: summary sentence not one of ours: {sentence}");
            }
        }
    }
}

/// Every non-blank line after the title should lie in a body block.
fn check_lines(shown: &str, doc: &Document, s: &Structure, t: &mut Totals) {
    let n = doc.lines.len();
    let mut in_block = vec![false; n + 1];
    for b in &s.blocks {
        let last = doc.line_of(b.start + b.text.len().saturating_sub(1));
        if b.line <= last.min(n) {
            in_block[b.line..=last.min(n)].fill(true);
        }
    }
    // Paragraphs that should be blocks: those with a line left in the body.
    let mut expected_paragraphs = 0;
    let mut paragraph_counted = false;
    for l in 2..=n {
        let text = doc.line(l).trim();
        if text.is_empty() {
            paragraph_counted = false;
            continue;
        }
        if stats::words(text).next().is_none() {
            t.separators += 1;
            continue;
        }
        t.body_lines += 1;
        if s.dek_line == Some(l) {
            t.as_dek += 1;
            println!("{shown}:{l}: taken as dek: {}", clip(text));
            continue;
        }
        if let Some(b) = s.boilerplate.iter().find(|b| b.line == l) {
            t.as_boilerplate += 1;
            println!("{shown}:{l}: taken as {}: {}", b.kind.label(), clip(text));
            continue;
        }
        if in_block.get(l) != Some(&true) {
            t.dropped += 1;
            println!("{shown}:{l}: in no block: {}", clip(text));
            continue;
        }
        if !paragraph_counted {
            expected_paragraphs += 1;
            paragraph_counted = true;
        }
    }
    let found = s.blocks.len();
    t.paragraphs_expected += expected_paragraphs;
    t.paragraphs_found += found;
    if found == expected_paragraphs {
        t.articles_same_paragraphs += 1;
    } else {
        println!("{shown}: {found} blocks for {expected_paragraphs} paragraphs");
    }
}

/// Cuts a summary made of sentences joined with no space back into those
/// sentences: a cut after `.`, `!` or `?` (and closing quotes) is taken when
/// the piece before it occurs in the article followed by white space or the
/// end, which rules out cuts inside `U.S.` or `$10.9bn`. Both texts come
/// with white space collapsed, as a summary sentence may run over a paragraph
/// end that has no full stop.
fn summary_sentences(summary: &str, article: &str) -> Vec<String> {
    let summary = summary.trim();
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in summary.char_indices() {
        if !matches!(c, '.' | '!' | '?') || i < start {
            continue;
        }
        // Quotes after the stop may close this sentence or open the next one.
        let rest = &summary[i + 1..];
        let closers: Vec<usize> = rest
            .char_indices()
            .take_while(|&(_, c)| matches!(c, '"' | '\'' | '”' | '’' | ')'))
            .map(|(k, c)| i + 1 + k + c.len_utf8())
            .collect();
        for cut in closers.into_iter().rev().chain([i + 1]) {
            let piece = &summary[start..cut];
            if cut == summary.len() || ends_in_article(piece, article) {
                out.push(piece.trim().to_string());
                start = cut;
                break;
            }
        }
    }
    if !summary[start..].trim().is_empty() {
        out.push(summary[start..].trim().to_string());
    }
    out
}

fn ends_in_article(piece: &str, article: &str) -> bool {
    article.match_indices(piece).any(|(i, m)| {
        article[i + m.len()..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace)
    })
}

fn normalize(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(90).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}
