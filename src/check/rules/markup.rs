//! `markup`: HTML tags (`<p>`, `</div>`) or character references (`&amp;`,
//! `&nbsp;`, `&#8217;`) left in the text by a scraper that did not render it.

use crate::check::config::Params;
use crate::check::{Finding, Level, Meta, Rule, Subject};
use regex::Regex;
use std::sync::LazyLock;

pub struct Markup;

const META: Meta = Meta {
    id: "markup",
    level: Level::Warning,
    description: "HTML tags or character references left in the text by a scraper",
    rationale: "Raw markup shows as garbage in every digest and search result, and splits the words around it.",
    params: &[],
};

/// A tag (`<p>`, `</div>`, `<br/>`, `<a href="...">`) or a named, decimal or
/// hexadecimal character reference.
static MARKUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"</?[A-Za-z][A-Za-z0-9]{0,15}(?:\s+[A-Za-z-]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s<>]+))?)*\s*/?>|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"#,
    )
    .expect("markup pattern compiles")
});

impl Rule for Markup {
    fn meta(&self) -> &'static Meta {
        &META
    }
    fn check(&self, s: &Subject, _p: &Params, out: &mut Vec<Finding>) {
        if let Some(h) = &s.doc.html {
            let (line, column, mark) = &h.first;
            out.push(Finding {
                line: *line,
                column: *column,
                message: format!(
                    "HTML markup \"{}\" in the text (read here with {}; other tools show it \
                     raw): strip tags and decode character references where the page is scraped",
                    super::excerpt(mark, 4),
                    h.summary()
                ),
            });
        }
        // One finding per line: a page of markup should not bury the rest.
        for r in &s.doc.lines {
            let line = &s.doc.text[r.clone()];
            if !line.contains(['<', '&']) {
                continue;
            }
            if let Some(m) = MARKUP.find(line) {
                out.push(s.finding(
                    s.position(r.start + m.start()),
                    format!(
                        "HTML markup \"{}\" left in the text: strip tags and decode character \
                         references where the page is scraped",
                        super::excerpt(m.as_str(), 4)
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::{article, findings, findings_doc};

    #[test]
    fn tags_and_references() {
        let text = article("Council approves budget", 15)
            + "\n<p>The mayor said it was done.</p>\n\nIt cost &pound;5&nbsp;million &amp; more.\n\n\
               Read <a href=\"/x\">this</a> and &#8217; &#x2019;.\n";
        let f = findings(&Markup, &text);
        let got: Vec<(usize, usize)> = f.iter().map(|f| (f.line, f.column)).collect();
        assert_eq!(got, vec![(7, 1), (9, 9), (11, 6)], "{f:?}");
        assert!(f[0].message.starts_with("HTML markup \"<p>\""));
    }

    #[test]
    fn a_file_read_as_html_gets_one_finding_with_its_counts() {
        let text = article("Council approves budget", 15)
            + "\n<p>The mayor said it was done.</p>\n\nIt cost &pound;5&nbsp;million.\n";
        let doc = crate::read::decode("t.txt", text.as_bytes()).unwrap();
        let f = findings_doc(&Markup, doc);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].line, f[0].column), (7, 1));
        assert!(f[0]
            .message
            .starts_with("HTML markup \"<p>\" in the text (read here with 2 tags taken out, 2 character references decoded"));
    }

    #[test]
    fn text_that_only_looks_like_markup() {
        let text = article("Council approves budget", 15)
            + "\nAT&T said growth was < 5% and costs > 3%; R&D rose. Q&A follows.\n\n\
               Prices went from <10 to >20 units, and x<y.\n";
        assert!(findings(&Markup, &text).is_empty());
    }
}
