//! Markdown articles as the plain text the analysis reads: heading and
//! blockquote marks, emphasis, inline code marks, images and link targets are
//! taken out (`[Lena Park](https://...)` reads `Lena Park`), line by line, so
//! line numbers stay those of the file. Each cut is recorded, so offsets
//! reported on the plain text still count the file's characters.

use crate::plain::{Cut, Plain};

/// True for the file names read as Markdown.
pub fn is_markdown(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".md") || lower.ends_with(".markdown")
}

/// The plain text of `text` and the cuts made, in order.
pub fn plain(text: &str) -> (String, Vec<Cut>) {
    let mut out = Out(Plain::with_capacity(text.len()));
    let mut rest = text;
    while !rest.is_empty() {
        let end = crate::model::line_end(rest.as_bytes()).unwrap_or(rest.len());
        out.line(&rest[..end]);
        let brk = if rest[end..].starts_with("\r\n") {
            2
        } else {
            usize::from(end < rest.len())
        };
        out.0.keep(&rest[end..end + brk]);
        rest = &rest[end + brk..];
    }
    out.0.finish()
}

struct Out(Plain);

impl Out {
    fn cut(&mut self, removed: &str) {
        self.0.cut(removed);
    }

    fn keep(&mut self, s: &str) {
        self.0.keep(s);
    }

    /// One line: its block marks, then its inline markup.
    fn line(&mut self, line: &str) {
        // A link definition ("[1]: https://...") is no text.
        if is_link_definition(line) {
            self.cut(line);
            return;
        }
        let body = strip_block_marks(line);
        self.cut(&line[..line.len() - body.len()]);
        let (open, text, close) = heading_parts(body);
        self.cut(open);
        self.inline(text);
        self.cut(close);
    }

    /// Emphasis, code marks, escapes, images and link targets.
    fn inline(&mut self, s: &str) {
        let mut i = 0;
        let b = s.as_bytes();
        while i < s.len() {
            let c = b[i];
            let width = s[i..].chars().next().map_or(1, char::len_utf8);
            let prev = s[..i].chars().next_back();
            let next = s[i + width..].chars().next();
            match c {
                b'\\' if next.is_some_and(|n| n.is_ascii_punctuation()) => {
                    self.cut("\\");
                    let n = next.map_or(1, char::len_utf8);
                    self.keep(&s[i + 1..i + 1 + n]);
                    i += 1 + n;
                }
                b'!' if next == Some('[') => match link(&s[i + 1..]) {
                    Some((_, len)) => {
                        self.cut(&s[i..i + 1 + len]);
                        i += 1 + len;
                    }
                    None => {
                        self.keep("!");
                        i += 1;
                    }
                },
                b'[' => match link(&s[i..]) {
                    Some((label, len)) => {
                        self.cut("[");
                        self.inline(label);
                        self.cut(&s[i + 1 + label.len()..i + len]);
                        i += len;
                    }
                    None => {
                        self.keep("[");
                        i += 1;
                    }
                },
                b'`' => {
                    let run = s[i..].bytes().take_while(|&x| x == b'`').count();
                    self.cut(&s[i..i + run]);
                    i += run;
                }
                b'*' | b'_' => {
                    let run = s[i..].bytes().take_while(|&x| x == c).count();
                    let after = s[i + run..].chars().next();
                    // Emphasis opens before a word or closes after one; a list
                    // bullet, a lone star and snake_case stay.
                    let opens = after.is_some_and(|a| !a.is_whitespace())
                        && !prev.is_some_and(char::is_alphanumeric);
                    let closes = prev.is_some_and(|p| !p.is_whitespace())
                        && !after.is_some_and(char::is_alphanumeric);
                    if (opens || closes) && !(c == b'_' && prev.is_some_and(char::is_alphanumeric))
                    {
                        self.cut(&s[i..i + run]);
                    } else {
                        self.keep(&s[i..i + run]);
                    }
                    i += run;
                }
                _ => {
                    self.keep(&s[i..i + width]);
                    i += width;
                }
            }
        }
    }
}

/// `[1]: https://...` or `[label]: <url>`.
fn is_link_definition(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with('[')
        && t.find("]:").is_some_and(|k| {
            let url = t[k + 2..].trim_start();
            url.starts_with("http") || url.starts_with('<') || url.starts_with('/')
        })
}

/// The line without its leading blockquote marks (`> `) and indentation of a
/// heading (up to three spaces before `#`).
fn strip_block_marks(line: &str) -> &str {
    let mut s = line;
    loop {
        let t = s.trim_start_matches(' ');
        if let Some(q) = t.strip_prefix('>') {
            s = q.strip_prefix(' ').unwrap_or(q);
        } else if t.starts_with('#') && s.len() - t.len() <= 3 {
            return t;
        } else {
            return s;
        }
    }
}

/// An ATX heading split into its opening marks (with the space after them),
/// its text and its closing marks (`## Title ##`); a line that is no heading
/// is all text.
fn heading_parts(line: &str) -> (&str, &str, &str) {
    let marks = line.bytes().take_while(|&b| b == b'#').count();
    let rest = &line[marks..];
    if marks == 0 || marks > 6 || !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return ("", line, "");
    }
    let text = rest.trim_start_matches([' ', '\t']);
    let open = &line[..line.len() - text.len()];
    let body = text.trim_end_matches([' ', '\t']).trim_end_matches('#');
    let body = if body.len() < text.len() && (body.is_empty() || body.ends_with([' ', '\t'])) {
        body.trim_end_matches([' ', '\t'])
    } else {
        text
    };
    (open, body, &text[body.len()..])
}

/// A link `[label](target)` or `[label][ref]` at the start of `s`: its
/// label and its whole length in bytes.
fn link(s: &str) -> Option<(&str, usize)> {
    let close = label_end(s)?;
    let label = &s[1..close];
    let after = &s[close + 1..];
    let (open, shut) = match after.as_bytes().first() {
        Some(b'(') => (b'(', b')'),
        Some(b'[') => (b'[', b']'),
        _ => return None,
    };
    let mut depth = 0usize;
    for (k, b) in after.bytes().enumerate() {
        if b == open {
            depth += 1;
        } else if b == shut {
            depth -= 1;
            if depth == 0 {
                return Some((label, close + 1 + k + 1));
            }
        }
    }
    None
}

/// Byte index of the `]` that closes the `[` at the start of `s`.
fn label_end(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (k, b) in s.bytes().enumerate() {
        match b {
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(k);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(md: &str) -> String {
        plain(md).0
    }

    #[test]
    fn marks_are_taken_out_and_lines_kept() {
        let md = "# Why retailers move data ##\n\n*Rising bills.*\n\n**By Dan Oka** | May 3\r\n\n\
                  > \"We pay,\" said [Lena Park](https://x.org/a_(b)), the CTO.\n\
                  ![Racks](r.jpg)\n[1]: https://x.org\nSee `cfg` and \\*stars\\*.\n";
        assert_eq!(
            text(md),
            "Why retailers move data\n\nRising bills.\n\nBy Dan Oka | May 3\r\n\n\
             \"We pay,\" said Lena Park, the CTO.\n\n\nSee cfg and *stars*.\n"
        );
    }

    #[test]
    fn what_is_no_markup_stays() {
        for t in [
            "* a list item\n- another\n1. third",
            "snake_case_names and 2 * 3 = 6",
            "C# and F# are languages; #hashtag",
            "[not a link] and [a](",
            "***\n___",
        ] {
            assert_eq!(text(t), t, "{t}");
        }
    }

    #[test]
    fn cuts_count_the_file_characters() {
        let md = "## Tête\n**Café** [naïve](u)";
        let (plain, cuts) = plain(md);
        assert_eq!(plain, "Tête\nCafé naïve");
        let doc = crate::model::Document::with_cuts("a.md", plain, &cuts);
        // "naïve" starts at character 18 of the file, line 2, column 11.
        let at = doc.text.find("naïve").unwrap();
        assert_eq!(doc.char_offset(at), 18);
        assert_eq!(doc.position(at), (2, 11));
        // "Café" starts after the "**": column 3.
        assert_eq!(doc.position(doc.text.find("Café").unwrap()), (2, 3));
        assert_eq!(doc.char_offset(doc.text.len()), md.chars().count());
    }
}
