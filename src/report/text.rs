//! The human-readable digest: one short section per article, then the corpus.
//! Lines are kept within 80 columns.

use cio_digest::corpus::Corpus;
use cio_digest::figures::Figure;
use cio_digest::model::Article;
use cio_digest::read::FileError;
use cio_digest::readability::Readability;
use cio_digest::stats::Stats;
use std::io::{self, Write};

const WIDTH: usize = 80;

/// ANSI styling, applied only when colour is on.
struct Style(bool);

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
    fn warn(&self, s: &str) -> String {
        self.paint("33", s)
    }
}

pub fn article(w: &mut impl Write, a: &Article, color: bool) -> io::Result<()> {
    let st = Style(color);
    writeln!(w, "{}", st.dim(&a.path))?;
    match &a.title {
        Some(t) => {
            for part in wrap(t, WIDTH) {
                writeln!(w, "{}", st.bold(part.trim_start()))?;
            }
        }
        None => writeln!(w, "{}", st.warn("(no title found)"))?,
    }
    if let Some(d) = &a.dek {
        for l in wrap(d, WIDTH - 2) {
            writeln!(w, "  {}", st.dim(l.trim_start()))?;
        }
    }
    writeln!(
        w,
        "  by {}",
        a.author.as_deref().unwrap_or("(no author found)")
    )?;
    let s = &a.stats;
    writeln!(
        w,
        "  {} words, {} sentences, {} paragraphs, {} list items; {} read",
        thousands(s.words),
        thousands(s.sentences),
        s.paragraphs,
        s.list_items,
        duration(s.reading_time_seconds)
    )?;
    for l in wrap(&vocabulary_line(s), WIDTH - 2)
        .into_iter()
        .chain(wrap(&readability_line(&a.readability), WIDTH - 2))
    {
        writeln!(w, "  {l}")?;
    }
    if !a.figures.is_empty() {
        for l in wrap(&figures_line(&a.figures), WIDTH - 2) {
            writeln!(w, "  {l}")?;
        }
    }
    if a.truncated {
        writeln!(
            w,
            "  {}",
            st.warn("TRUNCATED: cut off by a paywall or \"continue reading\" prompt")
        )?;
    }
    if !a.boilerplate.is_empty() {
        let text = format!("boilerplate dropped: {}", boilerplate_summary(a));
        for l in wrap(&text, WIDTH - 2) {
            writeln!(w, "  {}", st.dim(&l))?;
        }
    }
    writeln!(w)
}

/// "216 unique words, MTLD 135; 1.69 syllables a word; longest sentence 37 words (line 7)".
fn vocabulary_line(s: &Stats) -> String {
    let mut parts = vec![format!("{} unique words", thousands(s.unique_words))];
    if let Some(m) = s.mtld {
        parts[0].push_str(&format!(", MTLD {m:.0}"));
    }
    if let Some(x) = s.average_word_syllables {
        parts.push(format!("{x:.2} syllables a word"));
    }
    if s.longest_sentence_words > 0 {
        let line = s
            .longest_sentence_line
            .map(|l| format!(" (line {l})"))
            .unwrap_or_default();
        parts.push(format!(
            "longest sentence {} words{line}",
            s.longest_sentence_words
        ));
    }
    parts.join("; ")
}

/// "readability: grade 13.3 (Flesch 42.4, F-K 12.6, fog 14.5, SMOG 15.1)".
fn readability_line(r: &Readability) -> String {
    let Some(grade) = r.consensus_grade else {
        return format!(
            "readability: none ({})",
            r.reason.as_deref().unwrap_or("not scored")
        );
    };
    let mut parts = Vec::new();
    for (name, v) in [
        ("Flesch", r.flesch_reading_ease),
        ("F-K", r.flesch_kincaid_grade),
        ("fog", r.gunning_fog),
        ("SMOG", r.smog),
    ] {
        if let Some(v) = v {
            parts.push(format!("{name} {v:.1}"));
        }
    }
    format!("readability: grade {grade:.1} ({})", parts.join(", "))
}

/// Key figures, in reading order: years only when there is nothing else.
const KEY_FIGURES: usize = 6;

/// "figures: $37.5 billion (line 9), nine percent (11), ... and 2 more".
fn figures_line(figures: &[Figure]) -> String {
    let mut key: Vec<&Figure> = figures.iter().filter(|f| f.unit != "year").collect();
    if key.is_empty() {
        key = figures.iter().collect();
    }
    let shown: Vec<String> = key
        .iter()
        .take(KEY_FIGURES)
        .enumerate()
        .map(|(i, f)| {
            let line = if i == 0 {
                format!("line {}", f.line)
            } else {
                f.line.to_string()
            };
            format!("{} ({line})", fit(&f.text, 40))
        })
        .collect();
    let more = figures.len() - shown.len();
    let tail = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    format!("figures: {}{tail}", shown.join(", "))
}

/// "paywall (line 17), dateline (lines 5, 19, 33 and 20 more)", kinds in order of first appearance.
fn boilerplate_summary(a: &Article) -> String {
    let mut kinds: Vec<(&str, Vec<usize>)> = Vec::new();
    for b in &a.boilerplate {
        match kinds.iter_mut().find(|(k, _)| *k == b.kind.label()) {
            Some((_, lines)) => lines.push(b.line),
            None => kinds.push((b.kind.label(), vec![b.line])),
        }
    }
    let parts: Vec<String> = kinds
        .iter()
        .map(|(k, lines)| {
            let shown: Vec<String> = lines.iter().take(3).map(usize::to_string).collect();
            let more = lines.len().saturating_sub(3);
            let plural = if lines.len() > 1 { "lines" } else { "line" };
            let tail = if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            };
            format!("{k} ({plural} {}{tail})", shown.join(", "))
        })
        .collect();
    parts.join(", ")
}

pub fn corpus(
    w: &mut impl Write,
    c: &Corpus,
    problems: &[FileError],
    color: bool,
) -> io::Result<()> {
    let st = Style(color);
    writeln!(w, "{}", st.bold("Corpus"))?;
    writeln!(
        w,
        "  {} articles analysed, {} could not be read",
        c.articles, c.errors
    )?;
    let s = &c.stats;
    writeln!(
        w,
        "  {} words, {} sentences, {} paragraphs, {} list items; {} read",
        thousands(s.words),
        thousands(s.sentences),
        thousands(s.paragraphs),
        thousands(s.list_items),
        duration(s.reading_time_seconds)
    )?;
    for l in wrap(&readability_line(&c.readability), WIDTH - 2) {
        writeln!(w, "  {l}")?;
    }
    if !c.figures.is_empty() {
        let total: usize = c.figures.values().sum();
        let units: Vec<String> = c.figures.iter().map(|(u, n)| format!("{u} {n}")).collect();
        for l in wrap(&format!("{total} figures: {}", units.join(", ")), WIDTH - 2) {
            writeln!(w, "  {l}")?;
        }
    }
    if !c.truncated.is_empty() {
        writeln!(
            w,
            "  {} truncated: {}",
            c.truncated.len(),
            c.truncated.join(", ")
        )?;
    }
    if !c.boilerplate.is_empty() {
        let total: usize = c.boilerplate.values().sum();
        let kinds: Vec<String> = c
            .boilerplate
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect();
        for l in wrap(
            &format!("{total} boilerplate lines: {}", kinds.join(", ")),
            WIDTH - 2,
        ) {
            writeln!(w, "  {l}")?;
        }
    }
    for p in problems {
        writeln!(w, "  {}", st.warn(&fit(&p.to_string(), WIDTH - 2)))?;
    }
    Ok(())
}

/// `s` cut to `width` characters with an ellipsis.
pub fn fit(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        return s.to_string();
    }
    let mut out: String = s.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Greedy word wrap; continuation lines are indented by two spaces.
pub fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in s.split_whitespace() {
        let cur = lines.last_mut().expect("never empty");
        if !cur.trim().is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
            lines.push(format!("  {word}"));
        } else {
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(word);
        }
    }
    lines
}

/// 12345 -> "12,345".
pub fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Seconds as "45 s", "3 min", "1 h 05 min".
pub fn duration(secs: u64) -> String {
    match secs {
        0..=59 => format!("{secs} s"),
        60..=3599 => format!("{} min", (secs + 30) / 60),
        _ => format!("{} h {:02} min", secs / 3600, (secs % 3600 + 30) / 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(thousands(12), "12");
        assert_eq!(duration(100), "2 min");
        assert_eq!(fit("abcdef", 4), "abc…");
        assert!(wrap("aaa bbb ccc", 7).len() == 2);
    }
}
