//! The rule table: one rule per file, each listed once in [`ALL`].
//!
//! Adding a rule: write `rules/<id>.rs` with a unit struct implementing
//! [`Rule`] (id, default level, description, thresholds, `check`), add its
//! `mod` line and its entry in [`ALL`], and a row in the README's rules table.
//! A rule that compares articles with each other implements [`Rule::corpus`].

mod duplicate;
mod encoding;
mod figure_without_source;
mod leftover_boilerplate;
mod long_sentence;
mod markup;
mod missing_author;
mod missing_title;
mod quote_heavy;
mod readability_grade;
mod title_length;
mod too_short;
mod truncated;
mod unattributed_quote;
mod unbalanced_quote;

use super::Rule;

/// Every rule, in the order `cio-digest rules` lists them.
pub static ALL: &[&dyn Rule] = &[
    &missing_title::MissingTitle,
    &title_length::TitleLength,
    &missing_author::MissingAuthor,
    &too_short::TooShort,
    &truncated::Truncated,
    &leftover_boilerplate::LeftoverBoilerplate,
    &unbalanced_quote::UnbalancedQuote,
    &unattributed_quote::UnattributedQuote,
    &quote_heavy::QuoteHeavy,
    &readability_grade::ReadabilityGrade,
    &long_sentence::LongSentence,
    &encoding::Encoding,
    &markup::Markup,
    &duplicate::Duplicate,
    &figure_without_source::FigureWithoutSource,
];

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static dyn Rule> {
    ALL.iter().copied().find(|r| r.id() == id)
}

/// Up to `n` words of `text`, with an ellipsis when cut: for messages.
pub(crate) fn excerpt(text: &str, n: usize) -> String {
    let mut words = text.split_whitespace();
    let shown: Vec<&str> = words.by_ref().take(n).collect();
    let mut out = shown.join(" ");
    if words.next().is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
pub(crate) mod testing {
    use crate::check::config::Config;
    use crate::check::{Finding, Rule, Subject};
    use crate::model::Document;

    /// A title, a byline and `n` copies of a plain 10-word sentence.
    pub fn article(title: &str, n: usize) -> String {
        format!(
            "{title}\n\nBy Jane Doe\n\n{}\n",
            "The council approved the new budget on Tuesday after debate. ".repeat(n)
        )
    }

    /// Findings of `rule` with its default thresholds.
    pub fn findings(rule: &dyn Rule, text: &str) -> Vec<Finding> {
        findings_doc(rule, Document::new("t.txt", text.to_string()))
    }

    /// The one finding of `rule` on a standard article with `tail` appended.
    pub fn single(rule: &dyn Rule, tail: &str) -> Finding {
        let mut f = findings(rule, &(article("Council approves budget", 15) + tail));
        assert_eq!(f.len(), 1, "{f:?}");
        f.remove(0)
    }

    pub fn findings_doc(rule: &dyn Rule, doc: Document) -> Vec<Finding> {
        let article = crate::analyze(&doc);
        let config = Config::default();
        let mut out = Vec::new();
        rule.check(
            &Subject {
                doc: &doc,
                article: &article,
            },
            &config.base()[rule.id()].params,
            &mut out,
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_kebab_case_and_described() {
        let mut seen = std::collections::BTreeSet::new();
        for r in ALL {
            assert!(seen.insert(r.id()), "{} listed twice", r.id());
            assert!(r.id().chars().all(|c| c.is_ascii_lowercase() || c == '-'));
            assert!(!r.description().is_empty() && !r.description().ends_with('.'));
            for p in r.params() {
                assert!(p.name.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
            }
        }
    }

    #[test]
    fn clean_article_passes_every_rule() {
        let text = testing::article("Council approves the city budget for next year", 20);
        for r in ALL {
            assert_eq!(testing::findings(*r, &text), vec![], "{}", r.id());
        }
    }
}
