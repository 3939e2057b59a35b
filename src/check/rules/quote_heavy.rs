//! `quote-heavy`: direct quotes make up most of the body.

use crate::check::config::Params;
use crate::check::{Finding, Level, Meta, Param, ParamKind, Rule, Subject};
use crate::quotes::QuoteKind;

pub struct QuoteHeavy;

const PARAMS: &[Param] = &[Param {
    name: "max_share",
    kind: ParamKind::Share,
    default: 0.5,
    help: "largest share of body words inside direct quotes",
}];

const META: Meta = Meta {
    id: "quote-heavy",
    level: Level::Suggestion,
    description: "Direct quotes take up more of the body than the maximum share",
    rationale: "An article that is mostly quotes hands the story to its sources; the reader needs reporting and context.",
    params: PARAMS,
};

impl Rule for QuoteHeavy {
    fn meta(&self) -> &'static Meta {
        &META
    }
    fn check(&self, s: &Subject, p: &Params, out: &mut Vec<Finding>) {
        let body = s.article.stats.words;
        if body == 0 {
            return;
        }
        let quoted: usize = s
            .article
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Direct)
            .map(|q| crate::stats::words(&q.text).count())
            .sum();
        let share = quoted as f64 / body as f64;
        let max = p.get("max_share");
        if share > max {
            let at = s.body_start();
            out.push(s.finding(
                at,
                format!(
                    "direct quotes make up {:.0}% of the body's words (max {:.0}%): add reporting \
                     and context around them",
                    share * 100.0,
                    max * 100.0
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::{article, findings};

    #[test]
    fn share_of_quoted_words() {
        let base = article("Council approves budget", 3);
        let quote = "“We will build the library next year and open it in the spring,” said Mayor Ann Lee.\n\n";
        let heavy = base.clone() + "\n" + &quote.repeat(4);
        let f = findings(&QuoteHeavy, &heavy);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].message
                .starts_with("direct quotes make up 53% of the body's words (max 50%)"),
            "{f:?}"
        );
        let light = base + "\n" + quote;
        assert!(findings(&QuoteHeavy, &light).is_empty());
    }
}
