//! `duplicate`: the same or nearly the same body as another article, in the
//! checked set or in the `--against` corpus.
//!
//! Bodies are compared by the MinHash signatures of [`crate::digest::dedup`]
//! as articles arrive in walk order, so an article is reported against the
//! ones before it: the later copy in the checked set, or any checked article
//! that repeats one of the reference corpus. Reference articles are indexed
//! but never reported, and a file is never its own duplicate (a changed
//! article is usually also in the corpus it is checked against).

use crate::check::config::Params;
use crate::check::{CorpusCheck, Finding, Level, Meta, Param, ParamKind, Rule, Subject};
use crate::digest::dedup::{Index, Signature, THRESHOLD};
use std::path::PathBuf;

pub struct Duplicate;

const PARAMS: &[Param] = &[Param {
    name: "min_similarity",
    kind: ParamKind::Share,
    default: THRESHOLD,
    help: "lowest estimated share of shared word 4-grams (pairs below 0.5 may be missed)",
}];

const META: Meta = Meta {
    id: "duplicate",
    level: Level::Warning,
    description: "The body repeats another article's, in the checked set or in `--against DIR`",
    rationale: "A story saved twice, or a rewrite of a wire piece, counts twice in every tally and summary of the \
                corpus. Bodies are compared by shared word 4-grams (MinHash), so a new title or a trimmed \
                paragraph does not hide a copy; the earlier copy is named, and `--against` articles are never \
                reported themselves.",
    params: PARAMS,
};

impl Rule for Duplicate {
    fn meta(&self) -> &'static Meta {
        &META
    }
    fn check(&self, _s: &Subject, _p: &Params, _out: &mut Vec<Finding>) {}
    fn corpus(&self, p: &Params) -> Option<Box<dyn CorpusCheck>> {
        Some(Box::new(Seen {
            index: Index::with_threshold(p.get("min_similarity")),
            articles: Vec::new(),
        }))
    }
}

/// The articles of one run, in the order they were indexed.
struct Seen {
    index: Index,
    /// (path as shown, the file's identity) by index id.
    articles: Vec<(String, PathBuf)>,
}

impl CorpusCheck for Seen {
    fn add(&mut self, s: &Subject, reference: bool, out: &mut Vec<Finding>) {
        let a = s.article;
        let Some(sig) = a.signature.clone().or_else(|| Signature::of(a)) else {
            return;
        };
        let me = identity(&a.path);
        let mut found = self.index.add(sig);
        self.articles.push((a.path.clone(), me.clone()));
        if reference {
            return;
        }
        // Most similar first, then earliest; each other file once.
        found.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        let mut others: Vec<(&str, f64)> = Vec::new();
        let mut seen: Vec<&PathBuf> = Vec::new();
        for (id, similarity) in found {
            let Some((path, other)) = self.articles.get(id) else {
                continue;
            };
            if *other == me || seen.contains(&other) {
                continue;
            }
            seen.push(other);
            others.push((path, similarity));
        }
        let Some(&(path, similarity)) = others.first() else {
            return;
        };
        let more = match others.len() {
            1 => String::new(),
            2 => " and 1 other article".to_string(),
            n => format!(" and {} other articles", n - 1),
        };
        let what = if similarity >= 1.0 {
            "same body as"
        } else {
            "near-duplicate of"
        };
        out.push(s.finding(
            s.body_start(),
            format!(
                "{what} {path} ({:.0}% similar){more}: drop this copy, or keep one and link to it",
                similarity * 100.0
            ),
        ));
    }
}

/// The file behind a path, so that `a.txt` and `./a.txt` are one article.
fn identity(path: &str) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| PathBuf::from(path))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::config::Config;
    use crate::model::Document;

    const STORY: &str = "The city council voted on Tuesday to close the old swimming baths on Mill Lane \
        after an engineer's report found cracks in the roof beams. Councillors said the repairs would cost \
        more than a new pool, which the town has wanted for a decade. Swimmers gathered outside the town \
        hall with banners before the vote.";
    const OTHER: &str = "A new bakery opened on the high street on Saturday, selling bread made with flour \
        from the mill up the valley. The queue reached the corner by eight in the morning, and the owners \
        said they had sold out by noon. They plan to open a second shop next year.";

    fn run(articles: &[(&str, &str, bool)]) -> Vec<(String, Finding)> {
        let config = Config::default();
        let mut check = Duplicate
            .corpus(&config.base()["duplicate"].params)
            .unwrap();
        let mut all = Vec::new();
        for (path, body, reference) in articles {
            let doc = Document::new(
                *path,
                format!("Title of the piece\n\nBy Jane Doe\n\n{body}\n"),
            );
            let article = crate::analyze(&doc);
            let mut out = Vec::new();
            check.add(
                &Subject {
                    doc: &doc,
                    article: &article,
                },
                *reference,
                &mut out,
            );
            all.extend(out.into_iter().map(|f| (path.to_string(), f)));
        }
        all
    }

    #[test]
    fn later_copies_name_the_earlier_one() {
        let edited = STORY.replace("on Tuesday", "on Wednesday evening");
        let got = run(&[
            ("ref/a.txt", STORY, true),
            ("ref/a-again.txt", STORY, true),
            ("new/bakery.txt", OTHER, false),
            ("new/edited.txt", &edited, false),
            ("new/bakery-copy.txt", OTHER, false),
        ]);
        let got: Vec<(&str, usize, &str)> = got
            .iter()
            .map(|(p, f)| (p.as_str(), f.line, f.message.as_str()))
            .collect();
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!((got[0].0, got[0].1), ("new/edited.txt", 5));
        assert!(
            got[0].2.starts_with("near-duplicate of ref/a.txt (")
                && got[0]
                    .2
                    .contains("% similar) and 1 other article: drop this copy"),
            "{got:?}"
        );
        assert_eq!(
            got[1],
            (
                "new/bakery-copy.txt",
                5,
                "same body as new/bakery.txt (100% similar): drop this copy, or keep one and link to it"
            )
        );
    }

    #[test]
    fn references_and_the_file_itself_are_never_reported() {
        let got = run(&[
            ("ref/a.txt", STORY, true),
            ("ref/b.txt", STORY, true),
            ("ref/a.txt", STORY, false),
        ]);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].1.message.starts_with("same body as ref/b.txt"),
            "{got:?}"
        );
        assert!(run(&[("a.txt", STORY, false), ("a.txt", STORY, false)]).is_empty());
    }
}
