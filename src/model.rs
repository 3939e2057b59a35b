//! The data model: what an analysed article is. JSON field names are an API.

use serde::Serialize;
use std::ops::Range;

/// One source file, decoded: the text every byte offset below points into.
#[derive(Debug, Clone)]
pub struct Document {
    /// Path as given or found by the walk (forward slashes kept as-is).
    pub path: String,
    /// Decoded text, BOM stripped, line ends left as in the file.
    pub text: String,
    /// Byte range of every line (without its line end), in order; line N is `lines[N - 1]`.
    pub lines: Vec<Range<usize>>,
    /// Problems that did not stop the analysis (e.g. decoded as Windows-1252).
    pub warnings: Vec<String>,
    /// What was taken out when the file was read as HTML.
    pub html: Option<crate::html::Stripped>,
    /// (byte offset, characters before it) every `CHAR_MARK_STRIDE` bytes or so,
    /// so that a byte -> character offset never counts more than one stride,
    /// even on a file that is one long line.
    char_marks: Vec<(usize, usize)>,
}

impl Document {
    /// Splits `text` into lines at `\n`, `\r\n` and lone `\r`.
    pub fn new(path: impl Into<String>, text: String) -> Document {
        Document::with_cuts(path, text, &[])
    }

    /// A document whose `text` is the file's with `cuts` taken out (Markdown
    /// marks, HTML tags; same line breaks): character offsets still count the file's.
    pub fn with_cuts(
        path: impl Into<String>,
        text: String,
        cuts: &[crate::plain::Cut],
    ) -> Document {
        let bytes = text.as_bytes();
        let mut lines = Vec::new();
        let mut start = 0;
        while let Some(k) = line_end(&bytes[start..]) {
            let end = start + k;
            lines.push(start..end);
            let crlf = bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n');
            start = end + if crlf { 2 } else { 1 };
        }
        if start < bytes.len() {
            lines.push(start..bytes.len());
        }
        // A mark every stride, and one at each cut counting what it left out.
        let mut char_marks = vec![(0, 0)];
        let (mut at, mut chars) = (0, 0);
        let mut cuts = cuts.iter().peekable();
        loop {
            let stride = (at + CHAR_MARK_STRIDE < text.len())
                .then(|| floor_char_boundary(&text, at + CHAR_MARK_STRIDE));
            let cut = cuts.peek().map(|c| c.at.min(text.len()));
            let next = match (stride, cut) {
                (Some(s), Some(c)) => s.min(c),
                (Some(s), None) => s,
                (None, Some(c)) => c,
                (None, None) => break,
            };
            chars += text[at..next].chars().count();
            at = next;
            while let Some(c) = cuts.next_if(|c| c.at.min(text.len()) == at) {
                chars += c.chars;
            }
            match char_marks.last_mut() {
                Some(m) if m.0 == at => m.1 = chars,
                _ => char_marks.push((at, chars)),
            }
        }
        Document {
            path: path.into(),
            text,
            lines,
            warnings: Vec::new(),
            html: None,
            char_marks,
        }
    }

    /// The text of 1-based line `n` (empty when out of range).
    pub fn line(&self, n: usize) -> &str {
        match n.checked_sub(1).and_then(|i| self.lines.get(i)) {
            Some(r) => &self.text[r.clone()],
            None => "",
        }
    }

    /// 1-based line number holding byte offset `byte`.
    pub fn line_of(&self, byte: usize) -> usize {
        self.lines
            .partition_point(|r| r.end < byte)
            .min(self.lines.len().saturating_sub(1))
            + 1
    }

    /// 1-based line and character column of byte offset `byte`.
    pub fn position(&self, byte: usize) -> (usize, usize) {
        let line = self.line_of(byte);
        let line_start = self.lines.get(line - 1).map_or(0, |r| r.start);
        let column = self
            .char_offset(byte)
            .saturating_sub(self.chars_before(line_start))
            + 1;
        (line, column)
    }

    /// Characters of the file before byte `byte`, not counting what a cut
    /// left out right at it (a line's first character, before its marks).
    fn chars_before(&self, byte: usize) -> usize {
        self.chars_to(byte, false)
    }

    /// Character (code point) offset of byte offset `byte` (clamped to the text).
    pub fn char_offset(&self, byte: usize) -> usize {
        self.chars_to(byte, true)
    }

    /// Character offsets of the byte range `bytes`: markup cut at its end
    /// (`</p>` after a quote) stays out of it.
    pub fn char_range(&self, bytes: Range<usize>) -> Range<usize> {
        let start = self.char_offset(bytes.start);
        start..self.chars_to(bytes.end, false).max(start)
    }

    /// The file's characters before byte `byte`, counting a cut made right at
    /// it or not.
    fn chars_to(&self, byte: usize, with_cut_at: bool) -> usize {
        let byte = floor_char_boundary(&self.text, byte.min(self.text.len()));
        let i = self
            .char_marks
            .partition_point(|&(b, _)| b < byte || (with_cut_at && b == byte));
        match i.checked_sub(1).map(|i| self.char_marks[i]) {
            Some((mark, before)) => before + self.text[mark..byte].chars().count(),
            None => 0,
        }
    }
}

/// Bytes between two character-offset marks of a [`Document`].
const CHAR_MARK_STRIDE: usize = 1024;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_on_one_long_line() {
        let text = "é “ab” ".repeat(2000);
        let d = Document::new("t", text.clone());
        for byte in (0..text.len())
            .step_by(997)
            .filter(|&b| text.is_char_boundary(b))
        {
            assert_eq!(
                d.char_offset(byte),
                text[..byte].chars().count(),
                "byte {byte}"
            );
        }
        assert_eq!(d.char_offset(text.len()), text.chars().count());
    }

    /// Line ends found eight bytes at a time, at every place in a chunk.
    #[test]
    fn lines_split_at_every_line_end() {
        let text = "one line of text\r\n\ré\n\n  a longer line, then \r a lone CR\r\n".repeat(3);
        for from in 0..24 {
            let t = &text[(from..).find(|&i| text.is_char_boundary(i)).unwrap_or(0)..];
            let d = Document::new("t", t.to_string());
            // "\r\n" is one line end, and no line follows the last one.
            let joined = t.replace("\r\n", "\n");
            let mut want: Vec<String> = joined.split(['\n', '\r']).map(String::from).collect();
            if want.last().is_some_and(String::is_empty) {
                want.pop();
            }
            let got: Vec<&str> = (1..=d.lines.len()).map(|n| d.line(n)).collect();
            assert_eq!(got, want, "{from}");
        }
    }

    #[test]
    fn offsets() {
        let d = Document::new("t", "ab\r\n“c”\rdé\nlast".to_string());
        assert_eq!(d.lines.len(), 4);
        assert_eq!(d.line(2), "“c”");
        assert_eq!(d.line(9), "");
        for (byte, ch) in d.text.char_indices().map(|(b, _)| b).zip(0..) {
            assert_eq!(d.char_offset(byte), ch, "byte {byte}");
            assert_eq!(
                d.line_of(byte),
                d.text[..byte].matches('\n').count() + d.text[..byte].matches('\r').count()
                    - d.text[..byte].matches("\r\n").count()
                    + 1
            );
        }
        assert_eq!(d.char_offset(d.text.len()), d.text.chars().count());
        assert_eq!(
            d.char_offset(6),
            d.char_offset(4),
            "inside a character rounds down"
        );
    }
}

/// Largest char boundary at or below `i`.
pub fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Paragraph,
    ListItem,
}

/// A body paragraph or list item.
#[derive(Debug, Clone, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    /// 1-based source line of the block's first character.
    pub line: usize,
    /// The block's text: the source slice with each line-end byte turned into a space,
    /// so that byte `i` of `text` is byte `start + i` of the document.
    pub text: String,
    /// Byte offset of `text` in the document.
    #[serde(skip)]
    pub start: usize,
    /// Sentences as byte ranges into `text`.
    #[serde(skip)]
    pub sentences: Vec<Range<usize>>,
}

impl Block {
    pub fn sentence_texts(&self) -> impl Iterator<Item = &str> {
        self.sentences.iter().map(|r| &self.text[r.clone()])
    }
}

/// Offset of the first `\n` or `\r` in `bytes`.
pub(crate) fn line_end(bytes: &[u8]) -> Option<usize> {
    find_byte(bytes, [b'\n', b'\r'])
}

/// Offset of the first byte of `bytes` that is one of `targets`, found eight
/// bytes at a time (the lowest flagged byte of a chunk is always a true one):
/// the bytes looked for are dozens apart.
pub(crate) fn find_byte<const N: usize>(bytes: &[u8], targets: [u8; N]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let v = u64::from_le_bytes(*chunk);
        let mut flags = 0;
        for t in targets {
            let x = v ^ (ONES * u64::from(t));
            flags |= x.wrapping_sub(ONES) & !x;
        }
        flags &= ONES * 0x80;
        if flags != 0 {
            return Some(i + flags.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    let tail = bytes.get(i..).unwrap_or_default();
    tail.iter().position(|b| targets.contains(b)).map(|k| i + k)
}

/// A non-article line: what kind of web furniture it is.
#[derive(Debug, Clone, Serialize)]
pub struct Boilerplate {
    pub kind: BoilerplateKind,
    pub line: usize,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BoilerplateKind {
    Paywall,
    Promo,
    RightsNotice,
    RelatedLinks,
    AuthorBio,
    Byline,
    Dateline,
    Disclaimer,
    CommentWidget,
    CommentPolicy,
    SiteFooter,
    Newsletter,
    Social,
    Cookie,
    Navigation,
    Caption,
    Advertisement,
}

impl BoilerplateKind {
    /// Human label, as the gold annotations and the text report write it.
    pub fn label(self) -> &'static str {
        match self {
            BoilerplateKind::Paywall => "paywall",
            BoilerplateKind::Promo => "promo",
            BoilerplateKind::RightsNotice => "rights notice",
            BoilerplateKind::RelatedLinks => "related links",
            BoilerplateKind::AuthorBio => "author bio",
            BoilerplateKind::Byline => "byline",
            BoilerplateKind::Dateline => "dateline",
            BoilerplateKind::Disclaimer => "disclaimer",
            BoilerplateKind::CommentWidget => "comment widget",
            BoilerplateKind::CommentPolicy => "comment policy",
            BoilerplateKind::SiteFooter => "site footer",
            BoilerplateKind::Newsletter => "newsletter",
            BoilerplateKind::Social => "social",
            BoilerplateKind::Cookie => "cookie",
            BoilerplateKind::Navigation => "navigation",
            BoilerplateKind::Caption => "caption",
            BoilerplateKind::Advertisement => "advertisement",
        }
    }
}

/// The structure of one article, before quotes, figures and digests are added.
#[derive(Debug, Clone, Default)]
pub struct Structure {
    pub title: Option<String>,
    pub title_line: Option<usize>,
    pub dek: Option<String>,
    pub dek_line: Option<usize>,
    pub author: Option<String>,
    pub truncated: bool,
    pub blocks: Vec<Block>,
    pub boilerplate: Vec<Boilerplate>,
}

/// Everything cio-digest knows about one article; serialized as an `"article"`.
#[derive(Debug, Clone, Serialize)]
pub struct Article {
    pub path: String,
    pub title: Option<String>,
    pub title_line: Option<usize>,
    pub dek: Option<String>,
    pub dek_line: Option<usize>,
    pub author: Option<String>,
    pub truncated: bool,
    pub blocks: Vec<Block>,
    pub boilerplate: Vec<Boilerplate>,
    pub stats: crate::stats::Stats,
    pub readability: crate::readability::Readability,
    pub figures: Vec<crate::figures::Figure>,
    pub quotes: Vec<crate::quotes::Quote>,
    pub speakers: Vec<crate::quotes::Speaker>,
    /// The most representative body sentences, in article order.
    pub summary: Vec<crate::digest::summary::SummarySentence>,
    pub keyphrases: Vec<crate::digest::keyphrases::Keyphrase>,
    pub people: Vec<crate::digest::names::Person>,
    pub organizations: Vec<crate::digest::names::Organization>,
    /// MinHash sketch of the body for near-duplicate detection (not serialized).
    #[serde(skip)]
    pub signature: Option<crate::digest::dedup::Signature>,
    pub warnings: Vec<String>,
}

impl Article {
    /// The paywall or "continue reading" prompt that cut the article, if any.
    pub fn paywall(&self) -> Option<&Boilerplate> {
        self.boilerplate
            .iter()
            .find(|b| b.kind == BoilerplateKind::Paywall)
    }
}
