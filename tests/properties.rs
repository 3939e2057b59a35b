//! Property tests: invariants of the analysis on generated text and bytes.

use cio_digest::corpus::CorpusBuilder;
use cio_digest::read::decode;
use cio_digest::spool::Spool;
use cio_digest::stats::Stats;
use proptest::prelude::*;

/// Pieces articles are made of, and the characters that trip parsers up.
const PIECES: &[&str] = &[
    "The",
    "company",
    "said",
    "revenue",
    "rose",
    "76%",
    "to",
    "$37.5",
    "billion",
    "nine",
    "percent",
    "Jane",
    "Doe,",
    "CIO",
    "of",
    "Acme.",
    "says",
    "he",
    "she",
    "Mr.",
    "Dr.",
    "U.S.",
    "Inc.",
    "e.g.",
    "face-to-face",
    "--",
    "—",
    "–",
    "…",
    "...",
    ".",
    ",",
    "?",
    "!",
    ":",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "(",
    ")",
    "é",
    "漢字",
    "🙂",
    "\u{feff}",
    "\u{200b}",
    "\t",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "• ",
    "- ",
    "1. ",
    "* ",
    "By Jane Doe",
    "Copyright © 2024 Example Media. All rights reserved.",
    "To continue reading this article register now",
    "Related:",
    "Sign up for our newsletter",
    "About Us | Contact Us | Privacy Policy",
    "Follow us on Twitter",
    "Jane Doe is a senior writer.",
    "according to",
    "Advertisement",
];

fn article_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| {
        let mut s = String::new();
        for p in v {
            if !s.is_empty() && !s.ends_with(char::is_whitespace) {
                s.push(' ');
            }
            s.push_str(p);
        }
        s
    })
}

/// Up to a dozen of `marks`, each with a place to put it.
fn marks(
    marks: &'static [&'static str],
) -> impl Strategy<Value = Vec<(prop::sample::Index, &'static str)>> {
    prop::collection::vec(
        (any::<prop::sample::Index>(), prop::sample::select(marks)),
        0..12,
    )
}

/// `text` with each mark put in at its place (moved back to a character boundary).
fn sprinkle(mut text: String, marks: Vec<(prop::sample::Index, &str)>) -> String {
    for (at, mark) in marks {
        let mut i = at.index(text.len() + 1);
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        text.insert_str(i, mark);
    }
    text
}

/// The plain text of `file` keeps its line breaks, and with its cuts counts all its characters.
fn same_lines_and_length(
    file: &str,
    plain: &str,
    cuts: &[cio_digest::plain::Cut],
) -> Result<(), TestCaseError> {
    let breaks = |s: &str| s.matches('\n').count() + s.matches('\r').count();
    prop_assert_eq!(breaks(plain), breaks(file));
    let doc = cio_digest::model::Document::with_cuts("p", plain.to_string(), cuts);
    prop_assert_eq!(doc.char_offset(doc.text.len()), file.chars().count());
    Ok(())
}

fn analyse_checked(bytes: &[u8]) -> Option<cio_digest::model::Article> {
    analyse_named("prop.txt", bytes)
}

fn analyse_named(name: &str, bytes: &[u8]) -> Option<cio_digest::model::Article> {
    let doc = decode(name, bytes).ok()?;
    let a = cio_digest::analyze(&doc);
    let broken = cio_digest::invariants::check(&doc, &a);
    assert!(broken.is_empty(), "{broken:#?}\ninput: {:?}", doc.text);
    Some(a)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn generated_articles_keep_the_invariants(text in article_text()) {
        analyse_checked(text.as_bytes());
    }

    /// Markdown marks sprinkled into an article: the plain text keeps every
    /// line, offsets count the file's characters, invariants hold.
    #[test]
    fn markdown_keeps_lines_and_offsets(
        text in article_text(),
        marks in marks(&[
            "# ", "## ", "> ", "**", "*", "_", "`", "[", "](https://x.org/a)", "![img](p.png)",
            "\\*", "[1]: https://x.org\n", " ##", "ü", "\r\n",
        ]),
    ) {
        let md = sprinkle(text, marks);
        let (plain, cuts) = cio_digest::markdown::plain(&md);
        same_lines_and_length(&md, &plain, &cuts)?;
        analyse_named("prop.md", md.as_bytes());
    }

    /// HTML tags and character references sprinkled into an article: likewise.
    #[test]
    fn html_keeps_lines_and_offsets(
        text in article_text(),
        marks in marks(&[
            "<p>", "</p>", "<div class=\"x\">", "<a href=\"/a?b=1&c=2\">", "</a>", "<em>", "<br/>",
            "&amp;", "&rdquo;", "&#8217;", "&#x2014;", "&nbsp;", "<!-- note\n-->",
            "<script>\nvar x = '<p>';\n</script>", "<!DOCTYPE html>", "ü", "\r\n", "<", "&",
        ]),
    ) {
        let html = sprinkle(text, marks);
        let (plain, cuts, _) = cio_digest::html::plain(&html);
        same_lines_and_length(&html, &plain, &cuts)?;
        analyse_checked(html.as_bytes());
    }

    #[test]
    fn arbitrary_bytes_keep_the_invariants(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        analyse_checked(&bytes);
    }

    #[test]
    fn corpus_totals_are_the_sum_of_articles(texts in prop::collection::vec(article_text(), 1..6)) {
        let mut corpus = CorpusBuilder::default();
        let mut sum = Stats::default();
        let (mut articles, mut boilerplate, mut truncated) = (0, 0, 0);
        for t in &texts {
            let Some(a) = analyse_checked(t.as_bytes()) else {
                corpus.add_error();
                continue;
            };
            corpus.add(&a);
            sum += &a.stats;
            articles += 1;
            boilerplate += a.boilerplate.len();
            truncated += usize::from(a.truncated);
        }
        let c = corpus.finish();
        prop_assert_eq!(c.articles, articles);
        prop_assert_eq!(c.articles + c.errors, texts.len());
        prop_assert_eq!(&c.stats, &sum);
        prop_assert_eq!(c.boilerplate.values().sum::<usize>(), boilerplate);
        prop_assert_eq!(c.truncated.len(), truncated);
        let json = serde_json::to_string(&c).expect("corpus serializes");
        prop_assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
    }

    /// A spool gives back every record, whole or by offset, wherever its
    /// chunks cut the log between the temp file and memory.
    #[test]
    fn spool_reads_back_what_was_pushed(
        records in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..40), 0..60),
        chunk in 1usize..200,
    ) {
        use std::io::Read;
        let mut spool = Spool::with_chunk(chunk);
        let mut at = Vec::new();
        for r in &records {
            at.push(spool.len());
            spool.push(r);
        }
        let all: Vec<u8> = records.concat();
        prop_assert_eq!(spool.len(), all.len() as u64);
        let mut back = Vec::new();
        spool.reader().expect("reader").read_to_end(&mut back).expect("read back");
        prop_assert_eq!(&back, &all);
        for (r, &offset) in records.iter().zip(&at) {
            let mut buf = vec![0u8; r.len()];
            spool.read_at(offset, &mut buf).expect("read at");
            prop_assert_eq!(&buf, r);
        }
    }
}
