//! The human-readable digest: one short section per article, then the corpus.
//! Lines are kept within 80 columns.

use cio_digest::corpus::Corpus;
use cio_digest::model::Article;
use cio_digest::read::FileError;
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
    writeln!(w, "{}", st.dim(&fit(&a.path, WIDTH)))?;
    match (&a.title, a.title_line) {
        (Some(t), Some(l)) => {
            for (i, part) in wrap(t, WIDTH - 10).iter().enumerate() {
                let at = if i == 0 {
                    format!(" (line {l})")
                } else {
                    String::new()
                };
                writeln!(w, "{}{}", st.bold(part.trim_start()), st.dim(&at))?;
            }
        }
        _ => writeln!(w, "{}", st.warn("(no title found)"))?,
    }
    if let Some(d) = &a.dek {
        writeln!(w, "  {}", fit(d, WIDTH - 2))?;
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
    if a.truncated {
        writeln!(
            w,
            "  {}",
            st.warn("TRUNCATED: cut off by a paywall or \"continue reading\" prompt")
        )?;
    }
    if !a.boilerplate.is_empty() {
        let items: Vec<String> = a
            .boilerplate
            .iter()
            .map(|b| format!("{} {}", b.line, b.kind.label()))
            .collect();
        for l in wrap(
            &format!("boilerplate dropped (line kind): {}", items.join(", ")),
            WIDTH - 2,
        ) {
            writeln!(w, "  {}", st.dim(&l))?;
        }
    }
    writeln!(w)
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
