//! HTML left in a text file by a scraper that did not render the page
//! (`<p>...</p>`, `&amp;`, `&rdquo;`), read as the text it marks up: tags are
//! taken out, character references decoded, and comments, scripts and styles
//! dropped. Line breaks stay, so line numbers are the file's, and cuts keep
//! offsets counting the file's characters.

use crate::model::find_byte;
use crate::plain::{Cut, Plain};

/// Tag names read as HTML (lowercase, sorted). Anything else in angle
/// brackets (`<Name>`, `<10`) is text.
const TAGS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "article",
    "aside",
    "audio",
    "b",
    "big",
    "blockquote",
    "body",
    "br",
    "button",
    "caption",
    "center",
    "cite",
    "code",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "font",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "ins",
    "kbd",
    "label",
    "legend",
    "li",
    "link",
    "main",
    "mark",
    "meta",
    "nav",
    "noscript",
    "object",
    "ol",
    "option",
    "p",
    "picture",
    "pre",
    "q",
    "s",
    "samp",
    "script",
    "section",
    "select",
    "small",
    "source",
    "span",
    "strike",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "svg",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "tt",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
];

/// Tags whose content is no text of the article.
const HIDDEN: &[&str] = &["noscript", "script", "style", "svg", "template"];

/// Tags that sit between words without a space in the markup (`<em>`,
/// `<a>`): taken out without one. Every other tag separates words.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "big", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd",
    "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
    "tt", "u", "var", "wbr",
];

/// Named character references decoded (those news pages use; others stay as written).
const NAMED: &[(&str, char)] = &[
    ("aacute", 'á'),
    ("Aacute", 'Á'),
    ("acirc", 'â'),
    ("agrave", 'à'),
    ("amp", '&'),
    ("apos", '\''),
    ("aring", 'å'),
    ("atilde", 'ã'),
    ("auml", 'ä'),
    ("Auml", 'Ä'),
    ("bdquo", '„'),
    ("bull", '•'),
    ("ccedil", 'ç'),
    ("Ccedil", 'Ç'),
    ("cent", '¢'),
    ("copy", '©'),
    ("deg", '°'),
    ("divide", '÷'),
    ("eacute", 'é'),
    ("Eacute", 'É'),
    ("ecirc", 'ê'),
    ("egrave", 'è'),
    ("euml", 'ë'),
    ("euro", '€'),
    ("frac12", '½'),
    ("frac14", '¼'),
    ("frac34", '¾'),
    ("gt", '>'),
    ("hellip", '…'),
    ("iacute", 'í'),
    ("icirc", 'î'),
    ("iuml", 'ï'),
    ("laquo", '«'),
    ("ldquo", '“'),
    ("lsaquo", '‹'),
    ("lsquo", '‘'),
    ("lt", '<'),
    ("mdash", '—'),
    ("middot", '·'),
    ("minus", '−'),
    ("nbsp", ' '),
    ("ndash", '–'),
    ("ntilde", 'ñ'),
    ("Ntilde", 'Ñ'),
    ("oacute", 'ó'),
    ("Oacute", 'Ó'),
    ("ocirc", 'ô'),
    ("ograve", 'ò'),
    ("oslash", 'ø'),
    ("ouml", 'ö'),
    ("Ouml", 'Ö'),
    ("para", '¶'),
    ("pound", '£'),
    ("prime", '′'),
    ("quot", '"'),
    ("raquo", '»'),
    ("rdquo", '”'),
    ("reg", '®'),
    ("rsaquo", '›'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("sect", '§'),
    ("shy", '\u{AD}'),
    ("szlig", 'ß'),
    ("thinsp", ' '),
    ("times", '×'),
    ("trade", '™'),
    ("uacute", 'ú'),
    ("ucirc", 'û'),
    ("ugrave", 'ù'),
    ("uuml", 'ü'),
    ("Uuml", 'Ü'),
    ("yen", '¥'),
];

/// Marks that make a text file HTML: two, one of them more than a bare
/// opening tag (a closing tag, attributes, a comment, a character
/// reference), or three bare tags. Prose that names a tag or two ("the <p>
/// and <div> elements") stays text.
const MARKS_FOR_HTML: usize = 2;
const BARE_TAGS_FOR_HTML: usize = 3;

/// What was taken out of a file read as HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stripped {
    pub tags: usize,
    pub references: usize,
    /// 1-based line and column (in characters) of the first mark, and the mark.
    pub first: (usize, usize, String),
}

impl Stripped {
    /// "12 tags taken out, 1 character reference decoded".
    pub fn summary(&self) -> String {
        let s = |n: usize| if n == 1 { "" } else { "s" };
        format!(
            "{} tag{} taken out, {} character reference{} decoded",
            self.tags,
            s(self.tags),
            self.references,
            s(self.references)
        )
    }
}

/// True when `text` holds HTML markup (see `MARKS_FOR_HTML`).
pub fn is_html(text: &str) -> bool {
    let b = text.as_bytes();
    let (mut marks, mut bare) = (0, 0);
    let mut i = 0;
    while let Some(k) = find_byte(&b[i..], [b'<', b'&']) {
        i += k;
        let rest = &text[i..];
        match tag(rest) {
            Some((name, len, false)) if len == name.len() + 2 => bare += 1,
            Some(_) => marks += 1,
            None if rest.starts_with("<!--")
                || declaration(rest).is_some()
                || reference(rest).is_some() =>
            {
                marks += 1
            }
            None => {}
        }
        if (marks >= 1 && marks + bare >= MARKS_FOR_HTML) || bare >= BARE_TAGS_FOR_HTML {
            return true;
        }
        i += 1;
    }
    false
}

/// The text `html` marks up, the cuts made, and what was taken out.
pub fn plain(html: &str) -> (String, Vec<Cut>, Stripped) {
    let mut out = Plain::with_capacity(html.len());
    let mut stripped = Stripped {
        tags: 0,
        references: 0,
        first: (0, 0, String::new()),
    };
    // The end of a hidden element or comment being skipped.
    let mut skip_to: Option<String> = None;
    let (mut line, mut line_start) = (1, 0);
    let mut i = 0;
    while i < html.len() {
        let rest = &html[i..];
        let c = rest.as_bytes()[0];
        if c == b'\n' || c == b'\r' {
            out.keep(&rest[..1]);
            if c == b'\n' || !rest[1..].starts_with('\n') {
                line += 1;
                line_start = i + 1;
            }
            i += 1;
            continue;
        }
        if let Some(end) = &skip_to {
            // Skip to the end mark or the line's end, whichever comes first.
            let line = &rest[..crate::model::line_end(rest.as_bytes()).unwrap_or(rest.len())];
            let found = find_ignore_case(line, end);
            // Up to and with the `>` that closes the end mark (`-->`, `</script ...>`).
            let n = found.map_or(line.len(), |k| {
                line[k..].find('>').map_or(line.len(), |g| k + g + 1)
            });
            out.cut(&rest[..n]);
            if found.is_some() {
                skip_to = None;
            }
            i += n;
            continue;
        }
        let mark = if rest.starts_with("<!--") {
            skip_to = Some("-->".to_string());
            out.cut(&rest[..4]);
            Some(4)
        } else if let Some(len) = declaration(rest) {
            stripped.tags += 1;
            out.cut(&rest[..len]);
            Some(len)
        } else if let Some((name, len, closing)) = tag(rest) {
            stripped.tags += 1;
            if !closing && HIDDEN.contains(&name) && !rest[..len].ends_with("/>") {
                skip_to = Some(format!("</{name}"));
            }
            // A tag between two words stands for a space, unless it is inline.
            let next = rest[len..].chars().next();
            if !INLINE.contains(&name)
                && out.ends_in_word()
                && next.is_some_and(|n| !n.is_whitespace() && n != '<')
            {
                out.replace(&rest[..len], ' ');
            } else {
                out.cut(&rest[..len]);
            }
            Some(len)
        } else if let Some((ch, len)) = reference(rest) {
            stripped.references += 1;
            out.replace(&rest[..len], ch);
            Some(len)
        } else {
            None
        };
        match mark {
            Some(len) => {
                if stripped.first.0 == 0 {
                    let column = html[line_start..i].chars().count() + 1;
                    stripped.first = (line, column, rest[..len].to_string());
                }
                i += len;
            }
            None => {
                // Plain text up to the next byte that may start markup.
                let n = find_byte(&rest.as_bytes()[1..], [b'<', b'&', b'\n', b'\r'])
                    .map_or(rest.len(), |k| k + 1);
                out.keep(&rest[..n]);
                i += n;
            }
        }
    }
    let (text, cuts) = out.finish();
    (text, cuts, stripped)
}

/// Byte index of `needle` (ASCII) in `hay`, ignoring ASCII case.
fn find_ignore_case(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    (0..(h.len() + 1).saturating_sub(n.len())).find(|&k| h[k..k + n.len()].eq_ignore_ascii_case(n))
}

/// A tag of a known name at the start of `s`: its lowercase name, its length
/// in bytes and whether it closes an element. It ends on its own line.
fn tag(s: &str) -> Option<(&'static str, usize, bool)> {
    let b = s.as_bytes();
    if b.first() != Some(&b'<') {
        return None;
    }
    let closing = b.get(1) == Some(&b'/');
    let start = 1 + usize::from(closing);
    let name_len = b[start..]
        .iter()
        .take(16)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if name_len == 0 || !b[start].is_ascii_alphabetic() {
        return None;
    }
    let written = &b[start..start + name_len];
    let known = TAGS
        .binary_search_by(|t| t.bytes().cmp(written.iter().map(u8::to_ascii_lowercase)))
        .ok()?;
    let name = TAGS[known];
    // Attributes up to the `>`, quoted values may hold `>`; no line break.
    let mut k = start + name_len;
    if !matches!(b.get(k), Some(b'>' | b'/' | b' ' | b'\t')) {
        return None;
    }
    let mut quote = None;
    while let Some(&c) = b.get(k) {
        match (quote, c) {
            (_, b'\n' | b'\r') => return None,
            (None, b'"' | b'\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, b'<') => return None,
            (None, b'>') => return Some((name, k + 1, closing)),
            _ => {}
        }
        k += 1;
    }
    None
}

/// A declaration (`<!DOCTYPE html>`, `<?xml version="1.0"?>`) at the start
/// of `s`, on one line: its length in bytes.
fn declaration(s: &str) -> Option<usize> {
    let line = &s[..crate::model::line_end(s.as_bytes()).unwrap_or(s.len())];
    let lower = line.get(..9)?.to_ascii_lowercase();
    if lower != "<!doctype" && !lower.starts_with("<?xml") {
        return None;
    }
    line.find('>').map(|k| k + 1)
}

/// A character reference at the start of `s` (`&amp;`, `&#8217;`, `&#x2019;`):
/// its character and length in bytes.
fn reference(s: &str) -> Option<(char, usize)> {
    let body = s.strip_prefix('&')?;
    let end = body.as_bytes().iter().take(12).position(|&c| c == b';')?;
    let name = &body[..end];
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        match char::from_u32(code)? {
            '\0' => return None,
            c => c,
        }
    } else {
        NAMED.iter().find(|(n, _)| *n == name)?.1
    };
    Some((c, end + 2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    fn text(html: &str) -> String {
        plain(html).0
    }

    #[test]
    fn tags_go_and_references_are_decoded() {
        let html = "Banks &amp; insurers\n\n<p>Spent $4.2&nbsp;billion, said <a href=\"/p?a=1&b=2\">Tallis&nbsp;Group</a>.</p>\n\
                    <p>&ldquo;We could not,&rdquo; said Derek Holm &#8212; <em>CIO</em>.</p>\n";
        assert_eq!(
            text(html),
            "Banks & insurers\n\nSpent $4.2 billion, said Tallis Group.\n“We could not,” said Derek Holm — CIO.\n"
        );
    }

    #[test]
    fn block_tags_between_words_stand_for_a_space() {
        assert_eq!(text("<div>One.</div><div>Two.</div>"), "One. Two.");
        assert_eq!(text("Line one<br>line two<br/>"), "Line one line two");
        assert_eq!(text("a<b>bold</b>word"), "aboldword");
    }

    #[test]
    fn scripts_styles_and_comments_are_dropped_over_lines() {
        let html = "<!doctype html><p>Kept.</p>\n<script type=\"x\">\nvar a = \"<p>\";\n</SCRIPT>\n<!-- note\nmore -->After.\n<style>p{}</style>End.";
        assert_eq!(text(html), "Kept.\n\n\n\n\nAfter.\nEnd.");
    }

    #[test]
    fn text_that_only_looks_like_markup_stays() {
        for t in [
            "AT&T said growth was < 5% and costs > 3%; R&D rose. Q&A follows.",
            "Prices went from <10 to >20 units, and x<y.",
            "Dear <Name>, see <http://x.org> and &unknown; or &#xZZ; or &#0;",
            "<p unfinished\nline",
        ] {
            assert_eq!(text(t), t, "{t}");
            assert!(!is_html(t), "{t}");
        }
    }

    #[test]
    fn a_file_is_html_from_two_marks() {
        assert!(is_html("<p>One</p>"));
        assert!(is_html("<p>One\n<p>Two\n<p>Three"));
        assert!(!is_html("Use the <p> and <div> elements for text."));
        assert!(is_html("<!DOCTYPE html>\n<html>"));
        assert!(is_html("Fish &amp; chips &amp; peas"));
        assert!(!is_html("Fish &amp; chips"));
    }

    #[test]
    fn offsets_count_the_file_characters_and_lines_stay() {
        let html = "<h1>Caf&eacute; news</h1>\r\n<p>It&rsquo;s “here”, said Zoë.</p>";
        let (plain, cuts, stripped) = plain(html);
        assert_eq!(plain, "Café news\r\nIt’s “here”, said Zoë.");
        assert_eq!((stripped.tags, stripped.references), (4, 2));
        assert_eq!(stripped.first, (1, 1, "<h1>".to_string()));
        let doc = Document::with_cuts("a.txt", plain, &cuts);
        assert_eq!(doc.lines.len(), 2);
        let zoe = doc.text.find("Zoë").unwrap();
        let in_file = html.find("Zoë").unwrap();
        assert_eq!(doc.char_offset(zoe), html[..in_file].chars().count());
        let line_two = html.find("<p>").unwrap();
        assert_eq!(
            doc.position(zoe),
            (2, html[line_two..in_file].chars().count() + 1)
        );
        assert_eq!(doc.position(doc.text.find("news").unwrap()), (1, 17));
        assert_eq!(doc.char_offset(doc.text.len()), html.chars().count());
    }
}
